"""Odd and even consumers, done right: a dispatcher routes each number to its queue."""

import queue
import threading

STOP = None


def dispatch(numbers, odd_q, even_q):
    for n in numbers:
        (even_q if n % 2 == 0 else odd_q).put(n)  # (1)!
    odd_q.put(STOP)  # (2)!
    even_q.put(STOP)


def consume(q, label, report):
    got = []
    while (n := q.get(timeout=10)) is not STOP:  # (3)!
        got.append(n)
    report.put((label, got))


def main():
    odd_q, even_q, report = queue.Queue(), queue.Queue(), queue.Queue()
    threads = [
        threading.Thread(target=dispatch, args=(range(1, 10), odd_q, even_q)),
        threading.Thread(target=consume, args=(odd_q, "odd", report)),
        threading.Thread(target=consume, args=(even_q, "even", report)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    for label, got in sorted(report.get(timeout=10) for _ in range(2)):  # (4)!
        print(f"{label:>4}: {got}")
    print("threads still running:", sum(t.is_alive() for t in threads))


if __name__ == "__main__":
    main()
