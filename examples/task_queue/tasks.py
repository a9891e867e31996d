"""Task functions for the RQ examples: the worker imports them by module path."""


def square(n):
    return n * n


def invert(x):
    return 1 / x
