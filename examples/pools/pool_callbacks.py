"""callback and error_callback run in the parent when a task finishes."""

# stderr(spawn, forkserver, python >= 3.15): missing a __spec__.loader
import multiprocessing as mp


def check(x):
    if x % 3 == 0:
        raise ValueError(f"{x} is a multiple of 3")
    return x * 10


def main():
    results = []
    errors = []
    with mp.Pool(2) as pool:
        for x in range(1, 7):
            pool.apply_async(
                check,
                (x,),
                callback=results.append,  # (1)!
                error_callback=errors.append,  # (2)!
            )
        pool.close()
        pool.join()  # (3)!
    print("results:", sorted(results))
    print("errors:", sorted(str(e) for e in errors))
    print("error types:", sorted({type(e).__name__ for e in errors}))


if __name__ == "__main__":
    main()
