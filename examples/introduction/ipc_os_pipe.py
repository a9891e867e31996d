"""The operating system's pipe: a one-way channel of bytes between processes."""

import os
import subprocess
import sys

CHILD = "import os, sys; os.write(int(sys.argv[1]), b'hello through an OS pipe')"


def main():
    read_fd, write_fd = os.pipe()  # (1)!
    subprocess.run(
        [sys.executable, "-c", CHILD, str(write_fd)],
        pass_fds=(write_fd,),  # (2)!
        check=True,
        timeout=10,
    )
    os.close(write_fd)  # (3)!
    with os.fdopen(read_fd, "rb") as reader:
        data = reader.read()  # (4)!
    print(type(data).__name__, data)


if __name__ == "__main__":
    main()
