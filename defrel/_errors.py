"""The exceptions defrel raises on purpose."""

from __future__ import annotations

__all__ = ["DefrelError", "LoadError", "SerializationError"]


class DefrelError(Exception):
    """The base of every error defrel raises on purpose."""


class LoadError(DefrelError, OSError):
    """A file could not be read as an article; the message names the file and the reason.

    >>> str(LoadError("a.txt", "the file is empty"))
    'a.txt: the file is empty'
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[LoadError], tuple[str, str]]:
        return (type(self), (self.path, self.reason))


class SerializationError(DefrelError, ValueError):
    """JSON or a mapping does not describe the requested defrel type.

    >>> str(SerializationError("bad", ("$.meetings[0].date: invalid isoformat string",)))
    'bad\\n  $.meetings[0].date: invalid isoformat string'
    """

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        text = "\n  ".join((message, *problems))
        super().__init__(text)
        self.problems = problems

    def __reduce__(self) -> tuple[type[SerializationError], tuple[str, tuple[str, ...]]]:
        return (type(self), (str(self).split("\n  ", 1)[0], self.problems))
