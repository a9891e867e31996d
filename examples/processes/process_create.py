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
        worker.join(timeout=10)  # (4)!
    for greeting in sorted(greetings):  # (5)!
        print(greeting)


if __name__ == "__main__":
    main()
