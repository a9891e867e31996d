"""Registering a lambda works under fork only: start() must pickle the registry."""

import multiprocessing as mp
import pickle
import queue
from multiprocessing.managers import BaseManager

jobs = queue.Queue()


def get_jobs():
    return jobs


class LambdaManager(BaseManager):
    pass


class FunctionManager(BaseManager):
    pass


LambdaManager.register("get_jobs", callable=lambda: jobs)  # (1)!
FunctionManager.register("get_jobs", callable=get_jobs)  # (2)!


def start_and_use(manager_class):
    manager = manager_class(address=("127.0.0.1", 0), authkey=b"example key")
    try:
        manager.start()  # (3)!
    except pickle.PicklingError as e:
        return f"start() raised {type(e).__name__}"
    try:
        q = manager.get_jobs()
        q.put("job")
        return f"started, round trip: {q.get(timeout=10)}"
    finally:
        manager.shutdown()


def main():
    print("start method:", mp.get_start_method())
    print("lambda:", start_and_use(LambdaManager))
    print("module-level function:", start_and_use(FunctionManager))


if __name__ == "__main__":
    main()
