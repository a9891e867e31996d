"""cloudpickle pickles lambdas and closures by value, so loky (the process
pool behind joblib) accepts them; whatever a closure uses travels with it."""

import pickle

import cloudpickle
import numpy as np
from joblib.externals.loky import get_reusable_executor


def size(data):
    n = len(data)
    return "under 1 kB" if n < 1000 else f"{n / 1000:,.0f} kB"


def scale(x, factor):
    return x * factor


def main():
    factor = 3
    triple = lambda x: x * factor  # noqa: E731 (a lambda is the point)
    try:
        pickle.dumps(triple)
    except (pickle.PicklingError, AttributeError):  # (1)!
        print("pickle: cannot pickle the lambda")
    print("cloudpickle, the lambda:", size(cloudpickle.dumps(triple)))  # (2)!
    print("pickle, a top-level function:", len(pickle.dumps(scale)), "bytes")

    table = np.arange(100_000, dtype=np.float64)
    lookup = lambda i: float(table[i])  # noqa: E731
    print("cloudpickle, a lambda that uses an array:", size(cloudpickle.dumps(lookup)))

    executor = get_reusable_executor(max_workers=2)  # (3)!
    print("results:", list(executor.map(triple, range(5), timeout=60)))
    again = get_reusable_executor(max_workers=2)  # (4)!
    print("get_reusable_executor() returned the same executor:", again is executor)
    print("results:", list(again.map(lookup, [1, 2, 3], timeout=60)))
    again.shutdown(wait=True)  # (5)!


if __name__ == "__main__":
    main()
