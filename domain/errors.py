class DomainError(ValueError):
    """A rule of the coaching domain was broken.

    ``reason`` is plain English for logs and the API; ``code`` and ``params`` let the coach say it
    in the runner's language.
    """

    def __init__(self, reason: str, code: str = "invalid", **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.params = params


class InvalidRun(DomainError):
    pass


class InvalidProfile(DomainError):
    pass


class InvalidPlan(DomainError):
    pass
