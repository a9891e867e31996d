"""Polling `q.empty` without calling it: a loop that never ends.

`q.empty` is a bound method, and a function object is always true, so
`while q.empty:` means `while True:`. Here a consumer that wants only odd
numbers puts the even ones back, as an old tutorial did; once the odd
numbers are gone it spins forever. An iteration cap stops the demonstration.
"""

import multiprocessing as mp

CAP = 100


def main():
    q = mp.Queue()
    print("q.empty is a", type(q.empty).__name__)
    print("bool(q.empty):", bool(q.empty))  # (1)!
    for number in range(1, 7):
        q.put(number)

    odd, rounds = [], 0
    while q.empty:  # (2)!
        rounds += 1
        if rounds > CAP:
            break
        number = q.get(timeout=5)
        if number % 2:
            odd.append(number)
        else:
            q.put(number)  # (3)!
    print("odd numbers taken:", odd)
    print(f"still looping after {CAP} rounds: {rounds > CAP}")
    left = sorted(q.get(timeout=5) for _ in range(3))
    print("even numbers still circling:", left)


if __name__ == "__main__":
    main()
