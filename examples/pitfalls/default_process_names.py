"""Default process names depend on the start method.

Pool workers are named after the context's Process class (ForkPoolWorker,
SpawnPoolWorker, ForkServerPoolWorker), and so are processes created from a
context. Output that prints default names therefore differs between Linux
(fork up to 3.13, forkserver from 3.14) and macOS or Windows (spawn). Give
processes names of your own when the name matters.
"""

import multiprocessing as mp


def my_name(_=None):
    return mp.current_process().name


def report_name(q):
    q.put(my_name())


def name_in_child(process_class, **kwargs):
    q = mp.Queue()
    child = process_class(target=report_name, args=(q,), **kwargs)
    child.start()
    name = q.get(timeout=10)
    join_or_stop(child)
    return name


def main():
    names = [("mp.Process()", name_in_child(mp.Process))]
    names.append(("get_context().Process()", name_in_child(mp.get_context().Process)))
    named = name_in_child(mp.Process, name="producer")  # (1)!
    with mp.Pool(1) as pool:  # last: no fork follows the pool's threads
        names.append(("Pool worker", pool.apply_async(my_name).get(timeout=10)))
        pool.close()
        pool.join()
    names.append(("name='producer'", named))
    for label, name in names:
        print(f"{label:<24} {name}")


def join_or_stop(process, timeout=10):
    """Join; if it still runs after timeout, terminate (then kill) it and say so."""
    process.join(timeout)
    if process.is_alive():
        print(f"{process.name} still running after {timeout} s: terminating it")
        process.terminate()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


if __name__ == "__main__":
    main()
