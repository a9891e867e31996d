"""An exception that cannot be unpickled in the parent: Pool wedges, executors break."""

# stderr: _handle_results

import multiprocessing as mp
import pickle
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from quota_errors import FixedQuotaError, QuotaError


def check(user, error=QuotaError):
    if user == "bob":
        raise error(user, 10)
    return f"{user} ok"


def round_trips(error):
    try:
        pickle.loads(pickle.dumps(error("bob", 10)))  # (1)!
    except TypeError:
        return False
    return True


def main():
    print("QuotaError survives pickling:", round_trips(QuotaError))
    print("FixedQuotaError survives pickling:", round_trips(FixedQuotaError))

    with ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(check, "bob").result(timeout=10)
        except BrokenProcessPool as e:  # (2)!
            print("ProcessPoolExecutor:", type(e).__name__)

    with ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(check, "bob", FixedQuotaError).result(timeout=10)
        except FixedQuotaError as e:
            print("ProcessPoolExecutor, fixed class:", e)

    pool = mp.Pool(2)
    try:
        pool.apply_async(check, ("bob",)).get(timeout=2)  # (3)!
    except mp.TimeoutError:
        print("Pool: the failed task never reports (TimeoutError)")
    try:
        pool.apply_async(check, ("ann",)).get(timeout=2)
    except mp.TimeoutError:
        print("Pool: a healthy task submitted later never reports either")  # (4)!
    try:
        pool.terminate()
    except AssertionError:
        print("Pool: terminate() raised AssertionError")  # (5)!
    for worker in mp.active_children():
        worker.terminate()
        worker.join(timeout=10)
        if worker.is_alive():
            worker.kill()
            worker.join()


if __name__ == "__main__":
    main()
