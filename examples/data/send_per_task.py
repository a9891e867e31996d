"""What crosses with every task: a bound method sends its object, a partial
its arguments; a pool initializer sends read-only data once per worker.

A Table counts, in the parent, how many times it is pickled.
"""

import functools
import multiprocessing as mp
import pickle

import numpy as np


class Table:
    pickled = 0  # times this process pickled a Table

    def __init__(self, values):
        self.values = values

    def __getstate__(self):
        Table.pickled += 1  # (1)!
        return self.__dict__

    def lookup(self, key):
        return float(self.values[key])


def lookup_in(table, key):
    return table.lookup(key)


_table = None  # set in each worker by install()


def install(table):
    global _table
    _table = table


def lookup(key):
    return _table.lookup(key)


def size(obj):
    n = len(pickle.dumps(obj))
    return "under 1 kB" if n < 1000 else f"{n / 1000:,.0f} kB"


def main():
    table = Table(np.arange(100_000, dtype=np.float64))  # 800 kB of data
    keys = list(range(8))
    ways = {
        "bound method": (table.lookup, {}),  # (2)!
        "functools.partial": (functools.partial(lookup_in, table), {}),
        "initializer": (lookup, {"initializer": install, "initargs": (table,)}),
    }
    for name, (func, pool_args) in ways.items():
        with mp.Pool(2, **pool_args) as pool:
            Table.pickled = 0  # (3)!
            results = pool.map(func, keys, chunksize=1)  # (4)!
            during_map = Table.pickled
            pool.close()
            pool.join()
        print(f"{name}:")
        print(f"    one task message holds {size((func, keys[0]))}")
        print(f"    Table pickled during map(): {during_map} times")
        print(f"    results: {results == [float(k) for k in keys]}")


if __name__ == "__main__":
    main()
