"""A managed set (SyncManager.set, new in 3.14): workers record the tags they find."""

# requires: python >= 3.14

import multiprocessing as mp

DOCUMENTS = {
    "d1": "queue pipe queue",
    "d2": "pipe lock",
    "d3": "queue manager",
}


def collect_tags(doc_id, text, tags):
    tags.update(text.split())  # (1)!
    tags.add(f"seen:{doc_id}")


def main():
    with mp.Manager() as manager:
        tags = manager.set()  # (2)!
        workers = [
            mp.Process(target=collect_tags, args=(doc_id, text, tags))
            for doc_id, text in DOCUMENTS.items()
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=10)
            if w.is_alive():
                w.kill()
                print("a worker did not exit")
        print("proxy type:", type(tags).__name__)
        print("tags:", sorted(tags.copy()))  # (3)!
        print("'lock' in tags:", "lock" in tags)
        tags -= {f"seen:{d}" for d in DOCUMENTS}  # (4)!
        print("still a proxy:", type(tags).__name__, "| words:", sorted(tags.copy()))


if __name__ == "__main__":
    main()
