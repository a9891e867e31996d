"""Subclass Process and override run()."""

import multiprocessing as mp


class Squarer(mp.Process):
    def __init__(self, numbers, results):
        super().__init__()  # (1)!
        self.numbers = numbers
        self.results = results

    def run(self):  # (2)!
        self.results.put([n * n for n in self.numbers])


def main():
    results = mp.Queue()
    worker = Squarer([1, 2, 3], results)
    worker.start()  # (3)!
    print("squares:", results.get(timeout=10))
    join_or_stop(worker)
    print("exitcode:", worker.exitcode)


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
