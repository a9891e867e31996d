"""A context object fixes the start method for the objects made from it."""

import multiprocessing as mp


def square(n, q):
    q.put((n, n * n))


def main():
    ctx = mp.get_context("spawn")  # (1)!
    q = ctx.Queue()  # (2)!
    workers = [ctx.Process(target=square, args=(n, q)) for n in range(3)]
    for w in workers:
        w.start()
    results = sorted(q.get(timeout=10) for _ in workers)
    for w in workers:
        join_or_stop(w)
    print("context's start method:", ctx.get_start_method())
    print("results:", results)
    print("exit codes:", [w.exitcode for w in workers])


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
