"""Pool pickles every task: a lambda cannot be sent; a module-level function can."""

import multiprocessing as mp
import pickle


def triple(x):
    return x * 3


def main():
    with mp.Pool(2) as pool:
        try:
            pool.map(lambda x: x * 3, range(4))  # (1)!
        except (AttributeError, pickle.PicklingError):  # (2)!
            print("lambda: failed, a lambda cannot be pickled")
        print("module-level function:", pool.map(triple, range(4)))  # (3)!


if __name__ == "__main__":
    main()
