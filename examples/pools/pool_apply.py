"""Pool.apply blocks until the answer is back; apply_async returns an AsyncResult."""

import multiprocessing as mp


def square(x):
    return x * x


def main():
    pool = mp.Pool(processes=2)  # (1)!
    print("apply:", pool.apply(square, (3,)))  # (2)!

    result = pool.apply_async(square, (4,))  # (3)!
    result.wait(timeout=10)  # (4)!
    print("ready:", result.ready())
    print("successful:", result.successful())
    print("get:", result.get(timeout=10))  # (5)!

    pool.close()  # (6)!
    pool.join()


if __name__ == "__main__":
    main()
