"""send() blocks while the pipe is full: there is no feeder thread to hand off to."""

import multiprocessing as mp
import threading

BIG = bytes(1024 * 1024)  # 1 MiB: far more than the OS buffer of a pipe holds


def main():
    recv_end, send_end = mp.Pipe(duplex=False)
    sender = threading.Thread(target=send_end.send_bytes, args=(BIG,))
    sender.start()
    sender.join(timeout=0.5)  # (1)!
    print("send_bytes() of 1 MiB still blocked after 0.5 s:", sender.is_alive())
    if recv_end.poll(10):
        data = recv_end.recv_bytes()  # (2)!
        print("received", len(data), "bytes")
    sender.join(timeout=10)
    print("send_bytes() returned once the reader read:", not sender.is_alive())
    send_end.close()
    recv_end.close()


if __name__ == "__main__":
    main()
