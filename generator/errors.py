"""Errors the generator reports to its user.

Every problem found in a model names the file, the JSON pointer inside it
(RFC 6901) and what to do, so a bad model can be fixed without reading the
generator's source.
"""

from __future__ import annotations

from pathlib import Path


def json_pointer(*parts: str | int) -> str:
    """Build an RFC 6901 pointer from path segments (escaping ``~`` and ``/``)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def pointer_parts(pointer: str) -> list[str]:
    """The segments of an RFC 6901 pointer, unescaped (the inverse of :func:`json_pointer`)."""
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


def describe(file: Path | str, pointer: str, problem: str, hint: str = "") -> str:
    """The one-line report of a problem in a model file: ``file#pointer: problem (hint)``."""
    message = f"{file}#{pointer or '/'}: {problem}"
    return f"{message} ({hint})" if hint else message


class GeneratorError(Exception):
    """Base of the errors the CLI prints (without a traceback) and exits 1 on."""


class ModelError(GeneratorError):
    """The model is wrong: unreadable, invalid against its schema, or inconsistent."""

    def __init__(self, file: Path | str, pointer: str, problem: str, hint: str = "") -> None:
        self.file = str(file)
        self.pointer = pointer
        self.problem = problem
        self.hint = hint
        super().__init__(describe(self.file, pointer, problem, hint))


class UnsupportedFeature(ModelError):
    """The model is valid but uses a feature this generator cannot render yet.

    With ``--skip-unsupported-operations`` the operations that need it are
    left out (and listed) instead of failing the whole generation.
    """
