"""A throwaway redis-server for the examples that need one.

Started on a free loopback port with persistence off, stopped by its pid.
Where redis-server is missing the Redis examples are skipped with a message
saying how to install it; when the CI environment variable is set they fail
instead, so CI cannot pass without really running them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

INSTALL = (
    "install it (Debian/Ubuntu: apt-get install -y redis-server; "
    "macOS: brew install redis)"
)


class RedisUnavailable(Exception):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def command(port: int, *args: str, timeout: float = 5.0) -> bytes:
    """Send one command in RESP and return the raw reply line."""
    payload = f"*{len(args)}\r\n".encode()
    for arg in args:
        data = arg.encode()
        payload += b"$%d\r\n%s\r\n" % (len(data), data)
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(payload)
        return conn.recv(4096)


@contextmanager
def redis_server() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if not binary:
        raise RedisUnavailable(f"redis-server is not installed: {INSTALL}")
    port = _free_port()
    proc = subprocess.Popen(
        [
            binary,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "yes",
            "--loglevel",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                if command(port, "PING").startswith(b"+PONG"):
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.poll() is not None else ""
                raise RedisUnavailable(
                    f"redis-server did not start on port {port}: {err}"
                )
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        os.kill(proc.pid, 15)  # stop it by its pid
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
