"""Run code in a second interpreter: exec(), prepare_main(), call(), errors."""

# requires: python >= 3.14

from concurrent import interpreters

LIMIT = 3


def parse_order(line):
    """Turn 'id,qty' into a dict; raises ValueError on a bad line."""
    order_id, qty = line.split(",")
    return {"id": order_id, "qty": int(qty)}


def main():
    interp = interpreters.create()  # (1)!
    try:
        try:
            interp.exec("print(LIMIT)")  # (2)!
        except interpreters.ExecutionFailed as e:
            print("exec:", type(e).__name__, "caused by", e.excinfo.type.__name__)

        results = interpreters.create_queue()
        interp.prepare_main(limit=LIMIT, results=results)  # (3)!
        interp.exec("results.put(limit * 2)")
        print("exec put:", results.get(timeout=10))

        order = interp.call(parse_order, "A7,3")  # (4)!
        print("call returned:", order)

        try:
            interp.call(parse_order, "A7;3")
        except interpreters.ExecutionFailed as e:  # (5)!
            print("call:", type(e).__name__, "caused by", e.excinfo.type.__name__)
    finally:
        interp.close()  # (6)!
    print("interpreters left:", len(interpreters.list_all()))


if __name__ == "__main__":
    main()
