"""Why the benchmark sends distinct objects: pickle sends a repeat only once."""

from multiprocessing.reduction import ForkingPickler


def main():
    one = bytes(1024)
    same = [one] * 100  # (1)!
    distinct = [bytes(1024) for _ in range(100)]  # (2)!
    print("one object, 100 times:", len(ForkingPickler.dumps(same)), "bytes")
    print("100 distinct objects: ", len(ForkingPickler.dumps(distinct)), "bytes")


if __name__ == "__main__":
    main()
