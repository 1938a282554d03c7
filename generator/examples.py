"""Example argument values for the generated README, derived from the model's constraints.

The README's code blocks must run as written (``tests/test_readme_examples.py``
runs them), so an argument gets a concrete value rather than ``...``: an enum's
first value, a number within its range, and for a string the first that fits the
shape's ``pattern`` and length limits of: a value the member's documentation
quotes (one described as for testing first, so ``catalog`` gets ``"Sandbox"``
rather than ``"AWS"``), a sample of the pattern (``O[0-9]{1,19}`` gives
``"O1234567"``), a value spelled from the member's name. The pattern sampler knows the subset of regular expressions AWS models use
(literals, classes, groups, alternatives, quantifiers, lookaheads); a pattern
outside it gives no sample. The client checks types, not patterns, so any of these
runs; the pattern only makes the example plausible.
"""

from __future__ import annotations

import json
import re
import string

from .ir import Member, Shape

# Preferred repetition length of an open-ended class (`+`, `*`, `{3,}`).
_RUN_LENGTH = 7
# A class repeats the first of these runs whose characters it all admits, so
# samples read like identifiers ("O1234567", "Example") rather than noise.
_RUNS = ("1234567890", "Example", "example")
_ANY = frozenset(string.printable) - frozenset(string.whitespace)
_ESCAPES = {
    "d": frozenset(string.digits),
    "w": frozenset(string.ascii_letters + string.digits + "_"),
    "s": frozenset(" "),
}


class _Unsupported(Exception):
    """The pattern uses a construct the sampler does not know."""


def example_literal(member: Member, shape: Shape) -> str:
    """A Python literal for an argument of ``shape`` (``...`` when not a simple value)."""
    if shape.kind == "enum" and shape.enum_values:
        return json.dumps(shape.enum_values[0].value)
    if shape.kind == "string":
        return json.dumps(_example_string(member, shape))
    if shape.kind in ("integer", "long"):
        low = shape.constraints.min
        return str(int(low) if low is not None and low > 1 else 1)
    if shape.kind == "boolean":
        return "True"
    return "..."


def _example_string(member: Member, shape: Shape) -> str:
    low = int(shape.constraints.min or 0)
    high = shape.constraints.max
    pattern = shape.constraints.pattern
    quoted = _quoted_values(member.documentation)
    candidates = [value for value, text in quoted if "test" in text.lower()]
    candidates += [value for value, _ in quoted]
    if pattern is not None:
        try:
            candidates.append(_Sampler(pattern).sample())
        except _Unsupported:
            pass
    candidates.append(f"my-{member.python_name.replace('_', '-')}")
    for value in candidates:
        fits = len(value) >= low and (high is None or len(value) <= high)
        if fits and (pattern is None or _matches(pattern, value)):
            return value
    return candidates[-1]


def _quoted_values(documentation: str) -> list[tuple[str, str]]:
    """``(value, the text after it)`` of each code span in the documentation."""
    return re.findall(r"`([^`\s]+)`([^`]*)", documentation)


def _matches(pattern: str, value: str) -> bool:
    try:
        return re.fullmatch(pattern, value) is not None
    except re.error:  # a pattern Python cannot compile: trust the sample
        return True


class _Sampler:
    """A recursive-descent reader of a regular expression that builds one match."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def sample(self) -> str:
        result = self.alternatives()
        if self.pos != len(self.text):
            raise _Unsupported(self.text)
        return result

    def peek(self, ahead: int = 0) -> str:
        index = self.pos + ahead
        return self.text[index] if index < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise _Unsupported(self.text)
        self.pos += 1
        return char

    def alternatives(self) -> str:
        """Branches split by ``|``; the first one is the sample."""
        first = self.sequence()
        while self.peek() == "|":
            self.pos += 1
            self.sequence()
        return first

    def sequence(self) -> str:
        parts = []
        while self.peek() not in ("", "|", ")"):
            parts.append(self.item())
        return "".join(parts)

    def item(self) -> str:
        atom = self.atom()
        low, high = self.quantifier()
        if isinstance(atom, str):
            return atom * (low if low > 0 or high == 0 else 1)
        run = next((run for run in _RUNS if set(run) <= atom), "".join(sorted(atom)))
        count = max(low, min(_RUN_LENGTH, high if high is not None else _RUN_LENGTH))
        return (run * (count // len(run) + 1))[:count]

    def quantifier(self) -> tuple[int, int | None]:
        """``(min, max)`` repetitions of the atom just read (max None: unbounded)."""
        char = self.peek()
        bounds: tuple[int, int | None] = (1, 1)
        if char in ("+", "*", "?"):
            self.pos += 1
            bounds = {"+": (1, None), "*": (0, None), "?": (0, 1)}[char]
        elif char == "{":
            end = self.text.find("}", self.pos)
            match = re.fullmatch(r"(\d+)(,(\d*))?", self.text[self.pos + 1 : end])
            if end < 0 or match is None:
                raise _Unsupported(self.text)
            self.pos = end + 1
            low = int(match.group(1))
            high = match.group(3)
            bounds = (low, low if match.group(2) is None else int(high) if high else None)
        if self.peek() == "?":  # lazy: the same matches
            self.pos += 1
        return bounds

    def atom(self) -> str | frozenset[str]:
        """A literal text, or the set of characters a class admits."""
        char = self.take()
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == ".":
            return _ANY
        if char in ("^", "$"):
            return ""
        if char == "\\":
            return self.escape()
        if char in "+*?{)|]":
            raise _Unsupported(self.text)
        return char

    def group(self) -> str:
        lookahead = False
        if self.peek() == "?":
            kind = self.peek(1)
            if kind in ("=", "!"):
                lookahead = True
                self.pos += 2
            elif kind == ":":
                self.pos += 2
            elif kind.isalpha():  # inline flags such as (?s): no text of their own
                end = self.text.find(")", self.pos)
                if end < 0 or not self.text[self.pos + 1 : end].isalpha():
                    raise _Unsupported(self.text)
                self.pos = end + 1
                return ""
            else:
                raise _Unsupported(self.text)
        inner = self.alternatives()
        if self.take() != ")":
            raise _Unsupported(self.text)
        return "" if lookahead else inner

    def escape(self) -> str | frozenset[str]:
        char = self.take()
        if char in _ESCAPES:
            return _ESCAPES[char]
        if char.isalnum():
            raise _Unsupported(self.text)
        return char

    def char_class(self) -> frozenset[str]:
        if self.peek() == "^":
            raise _Unsupported(self.text)
        chars: set[str] = set()
        while self.peek() != "]":
            char = self.take()
            if char == "\\":
                escaped = self.escape()
                if isinstance(escaped, frozenset):
                    chars |= escaped
                    continue
                char = escaped
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.pos += 1
                last = self.take()
                chars.update(chr(code) for code in range(ord(char), ord(last) + 1))
            else:
                chars.add(char)
        self.pos += 1
        return frozenset(chars)
