"""Choose what crosses to a child: __getstate__/__setstate__ leave out a lock
and a cache; __reduce__ rebuilds an object from its constructor's arguments."""

import multiprocessing as mp
import pickle
import tempfile
import threading
from pathlib import Path


class Scorer:
    def __init__(self, weights):
        self.weights = weights
        self.cache = {}
        self.lock = threading.Lock()

    def score(self, word):
        with self.lock:
            if word not in self.cache:
                self.cache[word] = sum(self.weights.get(c, 0) for c in word)
            return self.cache[word]

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]  # (1)!
        state["cache"] = {}  # (2)!
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()  # (3)!


class LineFile:
    """An open text file that a child reopens by name."""

    def __init__(self, path):
        self.path = path
        self.file = open(path, encoding="utf-8")  # noqa: SIM115 (closed by close())

    def __reduce__(self):
        return (LineFile, (self.path,))  # (4)!

    def close(self):
        self.file.close()


def count_lines(lines):
    try:
        return sum(1 for _ in lines.file)
    finally:
        lines.close()  # (5)!


def main():
    scorer = Scorer({"a": 1, "b": 2, "c": 3})
    for n in range(10_000):
        scorer.score(f"abc{n}")  # fill the parent's cache
    print("cache entries in the parent:", len(scorer.cache))
    print("pickled Scorer:", len(pickle.dumps(scorer)), "bytes")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "events.log")
        path.write_text("start\nwork\nstop\n", encoding="utf-8")
        lines = LineFile(str(path))
        with mp.Pool(2) as pool:
            print("scores:", pool.map(scorer.score, ["a", "cab", "abba"]))
            counted = pool.apply_async(count_lines, (lines,)).get(timeout=20)
            print("lines counted in a worker:", counted)
            pool.close()
            pool.join()
        lines.close()


if __name__ == "__main__":
    main()
