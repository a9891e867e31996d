"""Create processes with a target function, positional and keyword arguments."""

import multiprocessing as mp


def greet(results, name, punctuation="."):
    results.put(f"hello, {name}{punctuation}")  # (1)!


def main():
    results = mp.Queue()
    workers = [
        mp.Process(target=greet, args=(results, "Ada")),  # (2)!
        mp.Process(target=greet, args=(results, "Linus"), kwargs={"punctuation": "!"}),
    ]
    for worker in workers:
        worker.start()  # (3)!
    greetings = [results.get(timeout=10) for _ in workers]
    for worker in workers:
        join_or_stop(worker)  # (4)!
    for greeting in sorted(greetings):  # (5)!
        print(greeting)


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
