"""Joining a producer before draining its queue can deadlock; drain first."""

import multiprocessing as mp

BIG = bytes(1024 * 1024)  # 1 MiB: more than the pipe under the queue can hold


def produce(q, payload):
    q.put(payload)  # returns at once; a feeder thread writes it to the pipe


def try_join_first(payload, wait):
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, payload))
    producer.start()
    producer.join(timeout=wait)  # (1)!
    stuck = producer.is_alive()
    q.get(timeout=10)  # reading unblocks the producer's feeder thread
    join_or_stop(producer)
    return stuck


def drain_then_join(payload):
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, payload))
    producer.start()
    item = q.get(timeout=10)  # (2)!
    join_or_stop(producer)
    return len(item), producer.exitcode


def main():
    # A process that can exit returns from join() early, so a long timeout
    # costs nothing; one that cannot exit holds join() for the whole timeout.
    print("join first, 1 KiB item: stuck:", try_join_first(bytes(1024), wait=10))
    print("join first, 1 MiB item: stuck:", try_join_first(BIG, wait=1))
    size, code = drain_then_join(BIG)
    print(f"drain first, 1 MiB item: got {size} bytes, producer exit code {code}")


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
