class DomainError(ValueError):
    """A rule of the coaching domain was broken; ``reason`` is safe to show to the runner."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class InvalidRun(DomainError):
    pass


class InvalidProfile(DomainError):
    pass


class InvalidPlan(DomainError):
    pass
