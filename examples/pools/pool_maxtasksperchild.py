"""maxtasksperchild replaces a worker after it has run that many tasks."""

import multiprocessing as mp

tasks_done = 0  # one counter per worker process


def count_task(_):
    global tasks_done
    tasks_done += 1
    return tasks_done  # (1)!


def main():
    ctx = mp.get_context("spawn")  # (2)!
    with ctx.Pool(1) as pool:
        print("one worker for life:", pool.map(count_task, range(6), chunksize=1))
    with ctx.Pool(1, maxtasksperchild=2) as pool:  # (3)!
        counts = pool.map(count_task, range(6), chunksize=1)
        print("maxtasksperchild=2:", counts)
        print("workers used:", counts.count(1))
        chunked = pool.map(count_task, range(6), chunksize=3)  # (4)!
        print("maxtasksperchild=2, chunksize=3:", chunked)


if __name__ == "__main__":
    main()
