"""An exception raised in apply_async() work vanishes unless someone asks.

The task fails in the worker, the pool stores the exception in the
AsyncResult, and nothing is printed. Only .get() (which re-raises it) or an
error_callback brings it to light.
"""

# stderr(spawn, forkserver, python >= 3.15): missing a __spec__.loader
import multiprocessing as mp


def parse(text):
    return int(text)


def main():
    errors = []
    with mp.Pool(2) as pool:
        forgotten = pool.apply_async(parse, ("forty-two",))  # (1)!
        checked = pool.apply_async(parse, ("forty-two",))
        pool.apply_async(parse, ("forty-two",), error_callback=errors.append)  # (2)!
        pool.close()
        pool.join()
    print("the pool finished; nothing was printed about the failure")
    print("forgotten.successful():", forgotten.successful())
    try:
        checked.get(timeout=10)  # (3)!
    except ValueError as e:
        print("checked.get() raised", type(e).__name__)
        print("its __cause__ is a", type(e.__cause__).__name__)
    print("error_callback received:", [type(e).__name__ for e in errors])


if __name__ == "__main__":
    main()
