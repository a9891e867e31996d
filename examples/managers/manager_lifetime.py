"""Proxies work only while their manager runs; `with` shuts it down on exit."""

import multiprocessing as mp


def main():
    with mp.Manager() as manager:
        settings = manager.dict(mode="fast")
        print("inside the with block:", settings["mode"])
    try:
        settings["mode"]  # (1)!
    except OSError as e:
        print("after the with block:", type(e).__name__)
    snapshot = None
    with mp.Manager() as manager:
        settings = manager.dict(mode="fast")
        snapshot = settings.copy()  # (2)!
    print("a plain copy outlives it:", snapshot, type(snapshot).__name__)


if __name__ == "__main__":
    main()
