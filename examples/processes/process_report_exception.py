"""Send the outcome back to the parent instead of letting run() raise."""

import multiprocessing as mp


def divide(results, a, b):
    try:
        results.put(("ok", a / b))
    except Exception as exc:  # (1)!
        results.put(("error", type(exc).__name__))


def main():
    results = mp.Queue()
    for a, b in [(6, 3), (1, 0)]:
        child = mp.Process(target=divide, args=(results, a, b))
        child.start()
        status, payload = results.get(timeout=10)  # (2)!
        child.join(timeout=10)
        print(f"{a}/{b}: {status} {payload!r}, exitcode {child.exitcode}")


if __name__ == "__main__":
    main()
