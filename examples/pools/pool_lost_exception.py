"""An exception in an apply_async task vanishes unless someone asks for it."""

# stderr(spawn, forkserver, python >= 3.15): missing a __spec__.loader
import multiprocessing as mp


def divide(a, b):
    return a / b


def main():
    pool = mp.Pool(2)
    result = pool.apply_async(divide, (1, 0))
    try:
        result.get(timeout=10)  # (1)!
    except ZeroDivisionError as e:
        print("get() raised:", type(e).__name__)
        print("its __cause__:", type(e.__cause__).__name__)  # (2)!

    errors = []
    done = pool.apply_async(divide, (1, 0), error_callback=errors.append)
    done.wait(timeout=10)  # (3)!
    print("error_callback got:", [type(e).__name__ for e in errors])

    pool.apply_async(divide, (1, 0))  # (4)!
    pool.close()
    pool.join()
    print("without get(): the pool closed and nothing was reported")


if __name__ == "__main__":
    main()
