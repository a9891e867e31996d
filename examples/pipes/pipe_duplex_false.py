"""Pipe(duplex=False): the first end only receives, the second only sends."""

import multiprocessing as mp


def send_words(send_end):
    for word in ["one", "way", "only"]:
        send_end.send(word)
    send_end.close()


def main():
    recv_end, send_end = mp.Pipe(duplex=False)  # (1)!
    print("recv_end: readable", recv_end.readable, "writable", recv_end.writable)
    print("send_end: readable", send_end.readable, "writable", send_end.writable)
    try:
        recv_end.send("backwards")  # (2)!
    except OSError as exc:
        print("recv_end.send() raised", type(exc).__name__)
    child = mp.Process(target=send_words, args=(send_end,))
    child.start()
    send_end.close()
    words = [recv_end.recv() for _ in range(3) if recv_end.poll(10)]
    join_or_stop(child)
    recv_end.close()
    print("received:", words)


def join_or_stop(process, timeout=10):
    """Join; if it still runs after timeout, terminate (then kill) it and say so."""
    process.join(timeout)
    if process.is_alive():
        print(f"{process.name} still running after {timeout} s: terminating it")
        process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


if __name__ == "__main__":
    main()
