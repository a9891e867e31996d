"""Closing an interpreter before its items are read leaves placeholders."""

# requires: python >= 3.14

from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q)
        interp.exec("q.put('report-1'); q.put(42)")  # (1)!
    finally:
        interp.close()  # (2)!
    print("items in the queue:", q.qsize())
    for _ in range(2):
        print("got:", q.get(timeout=1))  # (3)!

    interp = interpreters.create()
    try:
        interp.prepare_main(q=q)
        interp.exec("q.put('report-2')")
        print("read before close:", q.get(timeout=1))  # (4)!
    finally:
        interp.close()


if __name__ == "__main__":
    main()
