"""recv() raises EOFError only when every copy of the other end is closed."""

import multiprocessing as mp


def send_then_wait(send_end, go):
    for n in range(3):
        send_end.send(n)
    go.wait(timeout=10)  # (1)!
    send_end.close()


def main():
    recv_end, send_end = mp.Pipe(duplex=False)
    go = mp.Event()
    child = mp.Process(target=send_then_wait, args=(send_end, go))
    child.start()  # (2)!
    received = [recv_end.recv() for _ in range(3) if recv_end.poll(10)]
    print("received:", received)
    print("both copies open:       poll(0.2) =", recv_end.poll(0.2))  # (3)!
    send_end.close()
    print("parent's copy closed:   poll(0.2) =", recv_end.poll(0.2))  # (4)!
    go.set()
    print("child's copy closed too: poll(10) =", recv_end.poll(10))  # (5)!
    try:
        recv_end.recv()
    except EOFError:
        print("recv() raised EOFError")
    join_or_stop(child)
    recv_end.close()


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
