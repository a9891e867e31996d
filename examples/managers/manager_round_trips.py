"""Count the requests a proxy sends to the manager: one per operation."""

from multiprocessing.managers import BaseManager, DictProxy


class CountingDict(dict):  # (1)!
    """A dict that counts the requests it serves inside the manager."""

    def __init__(self):
        super().__init__()
        self.served = 0

    def __getitem__(self, key):
        self.served += 1
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        self.served += 1
        super().__setitem__(key, value)

    def update(self, other):
        self.served += 1
        super().update(other)

    def take_count(self):
        count, self.served = self.served, 0
        return count


class CountingProxy(DictProxy):
    _exposed_ = (*DictProxy._exposed_, "take_count")

    def take_count(self):
        return self._callmethod("take_count")


class CountingManager(BaseManager):
    pass


CountingManager.register("CountingDict", CountingDict, CountingProxy)


def main():
    with CountingManager() as manager:
        d = manager.CountingDict()

        for i in range(10):
            d[f"k{i}"] = i  # (2)!
        print("10 assignments:", d.take_count(), "requests")

        d.update({f"k{i}": i for i in range(10)})  # (3)!
        print("1 update() of 10 keys:", d.take_count(), "request")

        d["total"] = 0
        for i in range(10):
            d["total"] += i  # (4)!
        print("d['total'] += i, 10 times:", d.take_count(), "requests")

        d["total"] = sum(range(10))  # (5)!
        print("sum locally, assign once:", d.take_count(), "request")
        print("total:", d["total"])


if __name__ == "__main__":
    main()
