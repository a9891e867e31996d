"""Exception classes for unpicklable_error.py, in a module both sides can import."""


class QuotaError(Exception):
    def __init__(self, user, limit):  # (1)!
        super().__init__(f"{user} is over {limit}")


class FixedQuotaError(Exception):
    def __init__(self, user, limit):
        super().__init__(user, limit)  # (2)!
        self.user, self.limit = user, limit

    def __str__(self):
        return f"{self.user} is over {self.limit}"
