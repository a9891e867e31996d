"""InterpreterPoolExecutor: the futures API, one interpreter per worker thread."""

# requires: python >= 3.14

import hashlib
from concurrent.futures import InterpreterPoolExecutor


def checksum(text):
    """CPU-bound work: hash a string many times, return a short digest."""
    digest = text.encode()
    for _ in range(20_000):
        digest = hashlib.sha256(digest).digest()
    return digest.hex()[:12]


def parse_order(line):
    """Turn 'id,qty' into a dict; raises ValueError on a bad line."""
    order_id, qty = line.split(",")
    return {"id": order_id, "qty": int(qty)}


def main():
    lines = [f"order-{n}" for n in range(4)]
    with InterpreterPoolExecutor(max_workers=2) as pool:  # (1)!
        digests = pool.map(checksum, lines, timeout=60)  # (2)!
        for line, digest in zip(lines, digests, strict=True):
            print(line, digest)
        future = pool.submit(parse_order, "A7;3")
        error = future.exception(timeout=30)  # (3)!
        print(
            "error:", type(error).__name__, "| cause:", type(error.__cause__).__name__
        )


if __name__ == "__main__":
    main()
