"""set_start_method() may be called once; a second call raises RuntimeError."""

import multiprocessing as mp


def report(q):
    q.put(mp.get_start_method())


def main():
    mp.set_start_method("spawn")  # (1)!
    try:
        mp.set_start_method("fork")  # (2)!
    except RuntimeError as exc:
        print("second call raised RuntimeError:", exc)
    q = mp.Queue()
    child = mp.Process(target=report, args=(q,))
    child.start()
    print("parent's start method:", mp.get_start_method())
    print("child's start method: ", q.get(timeout=10))  # (3)!
    child.join(timeout=10)


if __name__ == "__main__":
    main()
