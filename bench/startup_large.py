"""bench/startup.py with a large ``__main__``: one that imports a lot.

Under spawn and forkserver every child imports the parent's ``__main__``
module again (as ``__mp_main__``), so everything imported at its top level
is imported again in every child.  Standard library only.
"""

import time

_start = time.perf_counter()
import argparse  # noqa: E402, F401
import asyncio  # noqa: E402, F401
import csv  # noqa: E402, F401
import dataclasses  # noqa: E402, F401
import decimal  # noqa: E402, F401
import difflib  # noqa: E402, F401
import email.mime.multipart  # noqa: E402, F401
import fractions  # noqa: E402, F401
import http.server  # noqa: E402, F401
import inspect  # noqa: E402, F401
import ipaddress  # noqa: E402, F401
import logging.handlers  # noqa: E402, F401
import pydoc  # noqa: E402, F401
import statistics  # noqa: E402, F401
import tarfile  # noqa: E402, F401
import typing  # noqa: E402, F401
import unittest  # noqa: E402, F401
import urllib.request  # noqa: E402, F401
import xml.dom.minidom  # noqa: E402, F401
import zipfile  # noqa: E402, F401

IMPORT_SECONDS = time.perf_counter() - _start

from startup import main  # noqa: E402

if __name__ == "__main__":
    main(IMPORT_SECONDS)
