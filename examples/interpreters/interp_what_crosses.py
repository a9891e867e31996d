"""What an interpreter queue carries: copies, a few shared objects, and errors."""

# requires: python >= 3.14

import threading
from concurrent import interpreters


def main():
    for value in [42, "text", b"raw", (1, "a"), None, [1, 2], {"a": 1}]:
        print(f"is_shareable({value!r}):", interpreters.is_shareable(value))  # (1)!

    q = interpreters.create_queue()
    order = {"id": "A7", "items": ["pen"]}
    q.put(order)
    order["items"].append("ink")  # (2)!
    got = q.get(timeout=1)
    print("got:", got, "| same object:", got is order)

    buffer = bytearray(b"....")
    interp = interpreters.create()
    try:
        interp.prepare_main(view=memoryview(buffer), replies=q)  # (3)!
        interp.exec("view[:2] = b'OK'; replies.put(replies)")
        print("buffer after the other interpreter wrote:", bytes(buffer))
        print("a queue sent back is the same queue:", q.get(timeout=1) is q)  # (4)!
    finally:
        interp.close()

    try:
        q.put(threading.Lock())  # (5)!
    except interpreters.NotShareableError as e:
        print("a lock:", type(e).__name__, "| a TypeError:", isinstance(e, TypeError))


if __name__ == "__main__":
    main()
