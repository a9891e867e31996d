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
    worker.join(timeout=10)
    print("exitcode:", worker.exitcode)


if __name__ == "__main__":
    main()
