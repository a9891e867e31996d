"""When a parent is killed: a watching child notices, a daemon child lives on."""

# requires: posix

import multiprocessing as mp
import time


def daemon_child(commands, started):
    started.release()
    while commands.poll(20):
        if commands.recv() != "ping":
            break
        commands.send("pong")


def watching_child(alive_r, alive_w, report, started):
    alive_w.close()  # (1)!
    started.release()
    alive_r.poll(20)  # (2)!
    try:
        alive_r.recv()
    except EOFError:
        report.send("watching child: pipe from parent reached EOF, exiting")


def middle(report, commands, started):
    mp.Process(target=daemon_child, args=(commands, started), daemon=True).start()
    alive_r, alive_w = mp.Pipe(duplex=False)  # (3)!
    watcher = mp.Process(
        target=watching_child, args=(alive_r, alive_w, report, started)
    )
    watcher.start()
    alive_r.close()
    time.sleep(30)  # killed long before this ends


def main():
    report_r, report_w = mp.Pipe(duplex=False)
    commands, daemon_end = mp.Pipe()
    started = mp.Semaphore(0)
    parent = mp.Process(target=middle, args=(report_w, daemon_end, started))
    parent.start()
    report_w.close()
    daemon_end.close()
    for _ in range(2):
        if not started.acquire(timeout=10):
            raise RuntimeError("a grandchild did not start")

    parent.kill()  # (4)!
    parent.join(timeout=1)
    print("parent of both children killed, exitcode", parent.exitcode)
    if report_r.poll(10):
        print(report_r.recv())
    commands.send("ping")
    if commands.poll(10):
        print("daemon child still answers:", commands.recv())  # (5)!
    commands.send("stop")
    while report_r.poll(10):  # (6)!
        try:
            report_r.recv()
        except EOFError:
            print("daemon child stopped: nothing left behind")
            break


if __name__ == "__main__":
    main()
