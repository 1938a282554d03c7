"""Model ``pattern`` traits: a bounded reader, sampler and matcher for their regular expressions.

The generator uses a shape's pattern only to pick a plausible example value
(:mod:`generator.examples`). A model is untrusted input, so no pattern may make the
generator hang, exhaust memory or crash. This module therefore does not run :mod:`re`
(whose backtracking takes exponential time on patterns such as ``(a+)+b``): it reads the
subset of regular expressions AWS models use into a small tree, builds a sample from the
tree, and checks values against it with a Thompson NFA, whose work grows with the value's
length times the pattern's size. Every step of reading, compiling, sampling and matching
spends from a :class:`Budget`, so the work per pattern is bounded by a count of steps.

The subset: literals and escapes (``\\.``, ``\\n``, ``\\xhh``, ``\\uhhhh``), ``.``,
classes (``[a-z\\d]``, ``[^...]``), ``\\d \\w \\s`` and their negations, the Unicode
categories of AWS's Java-dialect patterns (``\\p{L}``, ``\\P{N}``), groups ``(...)`` and
``(?:...)``, lookaheads ``(?=...)`` and ``(?!...)``, alternatives, greedy and lazy
quantifiers, ``^``, ``$`` and a leading ``(?s)``. Outside it (:class:`PatternError`):
backreferences, lookbehinds, possessive quantifiers, atomic and named groups, other flags,
invalid syntax. Within it, :meth:`Pattern.matches` agrees with :func:`re.fullmatch`.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Union

__all__ = ["Budget", "Pattern", "PatternError", "analyze", "example"]

COMPILE_STEPS = 100_000
"""Steps one pattern may take to be read, compiled and sampled."""
MATCH_STEPS = 100_000
"""Steps one value may take to be checked against a pattern."""
MAX_PATTERN_LENGTH = 4096
"""Longer patterns are not read at all."""
MAX_VALUE_LENGTH = 256
"""Longest sample built and longest value checked (example values are short)."""
MAX_GROUP_DEPTH = 32
"""Deepest nesting of groups read (the reader and compiler recurse per level)."""
MAX_STATES = 10_000
"""Most NFA states a compiled pattern keeps (botocore's patterns need at most about 2,300)."""

# Preferred repetition length of an open-ended class (`+`, `*`, `{3,}`).
_RUN_LENGTH = 7
# A class repeats the first of these runs whose characters it all admits, so
# samples read like identifiers ("O1234567", "Example") rather than noise.
_RUNS = ("1234567890", "Example", "example")
# Characters a sample takes from a class (besides the first ones of its own ranges).
_ALPHABET = "".join(sorted(set(string.printable) - set(string.whitespace) | {" "}))
_RANGE_SAMPLE = 64  # characters of each range of a class offered to the sampler
_SURROGATES = range(0xD800, 0xE000)
_BOUNDS = re.compile(r"\{([0-9]{1,9})(,([0-9]{0,9}))?\}")
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
_CONTROL_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_CATEGORY = re.compile(r"\{([A-Z][a-z]?)\}")
_CATEGORIES = frozenset(
    "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So "
    "Z Zs Zl Zp C Cc Cf Cs Co Cn".split()
)


class PatternError(Exception):
    """The pattern is outside the subset this module reads, or needs more work than allowed."""


class Budget:
    """Steps of work allowed; spending beyond them raises :class:`PatternError`.

    ``used`` never exceeds ``limit``: a spend that would is refused whole.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, steps: int = 1) -> None:
        """Count ``steps`` more, or raise when that would pass the limit."""
        if self.used + steps > self.limit:
            raise PatternError(f"it needs more than {self.limit} steps of work")
        self.used += steps


def _is_word(char: str) -> bool:
    """``\\w`` of a str pattern: alphanumeric (Unicode) or underscore."""
    return char.isalnum() or char == "_"


def _negation(test: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda char: not test(char)


def _category(name: str) -> Callable[[str], bool]:
    """``\\p{name}``: the character's Unicode general category starts with ``name``."""
    return lambda char: unicodedata.category(char).startswith(name)


_CLASS_ESCAPES: dict[str, Callable[[str], bool]] = {
    "d": str.isdecimal,  # re's \d for str patterns: Unicode category Nd
    "w": _is_word,
    "s": str.isspace,
}
_CLASS_ESCAPES.update({name.upper(): _negation(test) for name, test in _CLASS_ESCAPES.items()})


@dataclass(frozen=True)
class _CharSet:
    """The characters one position admits: code point ranges and tests, maybe negated."""

    ranges: tuple[tuple[int, int], ...] = ()
    tests: tuple[Callable[[str], bool], ...] = ()
    negated: bool = False

    @property
    def cost(self) -> int:
        """Steps one membership check takes."""
        return 1 + len(self.ranges) + len(self.tests)

    def contains(self, char: str) -> bool:
        code = ord(char)
        found = any(low <= code <= high for low, high in self.ranges) or any(
            test(char) for test in self.tests
        )
        return found != self.negated

    def members(self) -> list[str]:
        """Characters a sample may use, sorted: the alphabet's and the first of each range."""
        chars = {char for char in _ALPHABET if self.contains(char)}
        if not self.negated:
            for low, high in self.ranges:
                codes = range(low, min(high, low + _RANGE_SAMPLE) + 1)
                chars.update(chr(code) for code in codes if code not in _SURROGATES)
        return sorted(chars)


_NEWLINE = ord("\n")
_ANY = _CharSet(ranges=((_NEWLINE, _NEWLINE),), negated=True)
_ANY_DOTALL = _CharSet(negated=True)


@dataclass(frozen=True)
class _Literal:
    char: str


@dataclass(frozen=True)
class _Set:
    chars: _CharSet


@dataclass(frozen=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alt:
    branches: tuple[_Node, ...]


@dataclass(frozen=True)
class _Group:
    node: _Node


@dataclass(frozen=True)
class _Repeat:
    node: _Node
    low: int
    high: int | None  # None: unbounded


@dataclass(frozen=True)
class _Anchor:
    end: bool  # ``$`` (else ``^``)


@dataclass(frozen=True)
class _Look:
    node: _Node
    negate: bool


_Node = Union[_Literal, _Set, _Seq, _Alt, _Group, _Repeat, _Anchor, _Look]


class _Reader:
    """A recursive-descent reader of the subset, building the tree."""

    def __init__(self, text: str, budget: Budget) -> None:
        self.text = text
        self.pos = 0
        self.budget = budget
        self.depth = 0
        self.dotall = False

    def read(self) -> _Node:
        if len(self.text) > MAX_PATTERN_LENGTH:
            raise PatternError(f"it is longer than {MAX_PATTERN_LENGTH} characters")
        if self.text.startswith("(?s)"):
            self.dotall = True
            self.pos = 4
        node = self.alternatives()
        if self.pos != len(self.text):
            raise self.error("unbalanced ')'")
        return node

    def error(self, problem: str) -> PatternError:
        return PatternError(f"{problem} at position {self.pos}")

    def peek(self, ahead: int = 0) -> str:
        index = self.pos + ahead
        return self.text[index] if index < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise self.error("it ends early")
        self.pos += 1
        return char

    def alternatives(self) -> _Node:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else _Alt(tuple(branches))

    def sequence(self) -> _Node:
        items = []
        while self.peek() not in ("", "|", ")"):
            items.append(self.item())
        return items[0] if len(items) == 1 else _Seq(tuple(items))

    def item(self) -> _Node:
        self.budget.spend()
        atom = self.atom()
        bounds = self.quantifier()
        if bounds is None:
            return atom
        if isinstance(atom, (_Anchor, _Look)):
            raise self.error("a repeated assertion")
        if self.peek() == "?":  # lazy: the same strings match
            self.pos += 1
        if self.peek() in ("*", "+", "?", "{"):
            raise self.error("a possessive or repeated quantifier")
        return _Repeat(atom, *bounds)

    def quantifier(self) -> tuple[int, int | None] | None:
        """``(min, max)`` repetitions of the atom just read (max None: unbounded)."""
        char = self.peek()
        if char in ("*", "+", "?"):
            self.pos += 1
            return {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        if char != "{":
            return None
        match = _BOUNDS.match(self.text, self.pos)
        if match is None:
            raise self.error("'{' that is not a repeat count {n}, {n,} or {n,m}")
        self.pos = match.end()
        low = int(match.group(1))
        if match.group(2) is None:
            return low, low
        high = int(match.group(3)) if match.group(3) else None
        if high is not None and high < low:
            raise self.error("a repeat count whose maximum is below its minimum")
        return low, high

    def atom(self) -> _Node:
        char = self.take()
        if char == "(":
            return self.group()
        if char == "[":
            return _Set(self.char_class())
        if char == ".":
            return _Set(_ANY_DOTALL if self.dotall else _ANY)
        if char in ("^", "$"):
            return _Anchor(end=char == "$")
        if char == "\\":
            return self.escape()
        if char in ("*", "+", "?", "{"):
            raise self.error("nothing to repeat")
        return _Literal(char)

    def group(self) -> _Node:
        if self.depth >= MAX_GROUP_DEPTH:
            raise self.error(f"groups nested deeper than {MAX_GROUP_DEPTH}")
        negate: bool | None = None
        if self.peek() == "?":
            kind = self.peek(1)
            if kind not in (":", "=", "!"):
                raise self.error("an unsupported group '(?'")
            negate = {":": None, "=": False, "!": True}[kind]
            self.pos += 2
        self.depth += 1
        inner = self.alternatives()
        self.depth -= 1
        if self.take() != ")":
            raise self.error("a missing ')'")
        return _Group(inner) if negate is None else _Look(inner, negate)

    def escape(self) -> _Literal | _Set:
        char = self.take()
        test = self.class_escape(char)
        if test is not None:
            return _Set(_CharSet(tests=(test,)))
        return _Literal(self.char_escape(char))

    def class_escape(self, char: str) -> Callable[[str], bool] | None:
        """The test of a class escape (``\\d``, ``\\P{L}``, ...) after the backslash, else None."""
        if char in _CLASS_ESCAPES:
            return _CLASS_ESCAPES[char]
        if char not in ("p", "P"):
            return None
        match = _CATEGORY.match(self.text, self.pos)
        if match is None or match.group(1) not in _CATEGORIES:
            raise self.error(f"an unknown Unicode category after '\\{char}'")
        self.pos = match.end()
        test = _category(match.group(1))
        return test if char == "p" else _negation(test)

    def char_escape(self, char: str) -> str:
        """The character an escape other than a class stands for."""
        if char in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[char]
        if char in _HEX_DIGITS:
            digits = self.text[self.pos : self.pos + _HEX_DIGITS[char]]
            if len(digits) != _HEX_DIGITS[char] or not all(d in string.hexdigits for d in digits):
                raise self.error(f"a bad '\\{char}' escape")
            self.pos += len(digits)
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise self.error("an escape beyond U+10FFFF")
            return chr(code)
        if char.isascii() and char.isalnum():
            raise self.error(f"an unsupported escape '\\{char}'")
        return char

    def class_item(self, char: str) -> str | Callable[[str], bool]:
        """One item of a class: a character, or the test of a class escape."""
        if char != "\\":
            return char
        escaped = self.take()
        test = self.class_escape(escaped)
        return test if test is not None else self.char_escape(escaped)

    def char_class(self) -> _CharSet:
        """``[...]`` after its ``[``, read as :mod:`re` reads it (a leading ``]`` is literal)."""
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        ranges: list[tuple[int, int]] = []
        tests: list[Callable[[str], bool]] = []

        def add(item: str | Callable[[str], bool]) -> None:
            if isinstance(item, str):
                ranges.append((ord(item), ord(item)))
            else:
                tests.append(item)

        while True:
            self.budget.spend()
            char = self.take()
            if char == "]" and (ranges or tests):
                break
            start = self.class_item(char)
            if self.peek() != "-":
                add(start)
                continue
            self.pos += 1
            after = self.take()
            if after == "]":
                add(start)
                add("-")
                break
            end = self.class_item(after)
            if not isinstance(start, str) or not isinstance(end, str) or end < start:
                raise self.error("a bad character range")
            ranges.append((ord(start), ord(end)))
        return _CharSet(tuple(ranges), tuple(tests), negated)


_CHAR, _SPLIT, _ANCHOR, _LOOK, _ACCEPT = range(5)


@dataclass(slots=True)
class _State:
    """One NFA state; which fields mean something depends on ``kind``."""

    kind: int
    next: int = -1  # CHAR, ANCHOR, LOOK: the state after; SPLIT: the first choice
    other: int = -1  # SPLIT: the second choice; LOOK: the lookahead's first state
    chars: _CharSet = _ANY_DOTALL  # CHAR: the characters it reads
    flag: bool = False  # ANCHOR: is ``$`` (else ``^``); LOOK: negated
    accept: int = -1  # LOOK: the lookahead's accept state


class _Compiler:
    """Builds the NFA of a tree, back to front (each node is given the state after it)."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.states: list[_State] = []

    def add(self, state: _State) -> int:
        self.budget.spend()
        if len(self.states) == MAX_STATES:
            raise PatternError(f"it needs more than {MAX_STATES} automaton states")
        self.states.append(state)
        return len(self.states) - 1

    def compile(self, node: _Node, after: int) -> int:
        """The first state of ``node`` followed by state ``after``."""
        if isinstance(node, _Literal):
            code = ord(node.char)
            return self.add(_State(_CHAR, after, chars=_CharSet(ranges=((code, code),))))
        if isinstance(node, _Set):
            return self.add(_State(_CHAR, after, chars=node.chars))
        if isinstance(node, _Seq):
            for item in reversed(node.items):
                after = self.compile(item, after)
            return after
        if isinstance(node, _Alt):
            starts = [self.compile(branch, after) for branch in node.branches]
            start = starts[-1]
            for other in reversed(starts[:-1]):
                start = self.add(_State(_SPLIT, other, start))
            return start
        if isinstance(node, _Group):
            return self.compile(node.node, after)
        if isinstance(node, _Anchor):
            return self.add(_State(_ANCHOR, after, flag=node.end))
        if isinstance(node, _Look):
            accept = self.add(_State(_ACCEPT))
            first = self.compile(node.node, accept)
            return self.add(_State(_LOOK, after, first, flag=node.negate, accept=accept))
        return self.repeat(node, after)

    def repeat(self, node: _Repeat, after: int) -> int:
        """``x{low,high}`` as ``low`` copies of x then ``high - low`` optional ones.

        No value longer than MAX_VALUE_LENGTH is checked, and on such a value a match
        needs at most ``max(low, length)`` repetitions (repetitions that match nothing
        can be dropped while more than ``low`` remain), so a ``high`` further than that
        above ``low`` changes nothing and is read as unbounded.
        """
        high = node.high
        if high is not None and high - node.low > MAX_VALUE_LENGTH:
            high = None
        if high is None:
            loop = self.add(_State(_SPLIT, -1, after))
            self.states[loop].next = self.compile(node.node, loop)
            start = loop
        else:
            start = after
            for _ in range(high - node.low):
                start = self.add(_State(_SPLIT, self.compile(node.node, start), after))
        for _ in range(node.low):
            start = self.compile(node.node, start)
        return start


def _too_long() -> PatternError:
    return PatternError(f"its sample would be longer than {MAX_VALUE_LENGTH} characters")


class _Sampler:
    """Builds one string the tree matches (lookaheads aside), preferring readable runs."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget

    def sample(self, node: _Node) -> str:
        self.budget.spend()
        if isinstance(node, _Literal):
            return node.char
        if isinstance(node, _Set):
            return self.run(node.chars, 1)
        if isinstance(node, _Seq):
            return self.fit("".join(self.sample(item) for item in node.items))
        if isinstance(node, _Alt):
            return self.sample(node.branches[0])
        if isinstance(node, _Group):
            return self.sample(node.node)
        if isinstance(node, (_Anchor, _Look)):
            return ""
        if isinstance(node.node, _Set):
            high = _RUN_LENGTH if node.high is None else node.high
            return self.run(node.node.chars, max(node.low, min(_RUN_LENGTH, high)))
        text = self.sample(node.node)
        times = node.low if node.low > 0 or node.high == 0 else 1
        return self.fit(text, times)

    def fit(self, text: str, times: int = 1) -> str:
        """``text`` repeated ``times``, refused when longer than a sample may be."""
        if len(text) * times > MAX_VALUE_LENGTH:
            raise _too_long()
        self.budget.spend(len(text) * times)
        return text * times

    def run(self, chars: _CharSet, count: int) -> str:
        """``count`` characters of a class: a preferred run if it admits one, else its first."""
        if count > MAX_VALUE_LENGTH:  # checked before the run is built
            raise _too_long()
        # The runs' and the alphabet's membership checks, then each range's first characters.
        checks = sum(map(len, _RUNS)) + len(_ALPHABET)
        self.budget.spend(checks * chars.cost + _RANGE_SAMPLE * len(chars.ranges))
        run = next((run for run in _RUNS if all(chars.contains(c) for c in run)), None)
        members = run or "".join(chars.members())
        if not members:
            raise PatternError("a class admits no character the sampler can choose")
        return self.fit((members * (count // len(members) + 1))[:count])


class _Run:
    """One check of a value: simulates the NFA a character at a time (no backtracking)."""

    def __init__(self, states: list[_State], text: str, budget: Budget) -> None:
        self.states = states
        self.text = text
        self.budget = budget
        self.lookaheads: dict[tuple[int, int], bool] = {}

    def reaches(self, start: int, pos: int, accept: int, whole: bool) -> bool:
        """From ``start`` at ``pos``: is ``accept`` reached at the end (``whole``) or anywhere?"""
        current = self.closure([start], pos)
        while True:
            if accept in current and (not whole or pos == len(self.text)):
                return True
            if pos == len(self.text) or not current:
                return False
            char = self.text[pos]
            following = []
            for index in current:
                state = self.states[index]
                if state.kind == _CHAR:
                    self.budget.spend(state.chars.cost)
                    if state.chars.contains(char):
                        following.append(state.next)
            pos += 1
            current = self.closure(following, pos)

    def closure(self, starts: list[int], pos: int) -> list[int]:
        """The character-reading and accept states reached from ``starts`` at ``pos``."""
        seen: set[int] = set()
        stack = list(reversed(starts))
        result = []
        while stack:
            index = stack.pop()
            if index in seen:
                continue
            seen.add(index)
            self.budget.spend()
            state = self.states[index]
            if state.kind == _SPLIT:
                stack += [state.other, state.next]
            elif state.kind == _ANCHOR:
                if self.anchor_holds(state.flag, pos):
                    stack.append(state.next)
            elif state.kind == _LOOK:
                if self.lookahead(state.other, state.accept, pos) != state.flag:
                    stack.append(state.next)
            else:
                result.append(index)
        return result

    def anchor_holds(self, end: bool, pos: int) -> bool:
        """``^`` at the start; ``$`` at the end or before a final newline (as in :mod:`re`)."""
        if not end:
            return pos == 0
        length = len(self.text)
        return pos == length or (pos == length - 1 and self.text[pos] == "\n")

    def lookahead(self, start: int, accept: int, pos: int) -> bool:
        """Does the lookahead starting at state ``start`` match a prefix of the text at ``pos``?"""
        key = (start, pos)
        if key not in self.lookaheads:
            self.lookaheads[key] = self.reaches(start, pos, accept, whole=False)
        return self.lookaheads[key]


class Pattern:
    """A pattern read and compiled; ``sample`` is a value it matches, or None."""

    def __init__(self, text: str, budget: Budget | None = None) -> None:
        """Read and compile ``text`` and build its sample; raise PatternError if unusable."""
        budget = budget or Budget(COMPILE_STEPS)
        tree = _Reader(text, budget).read()
        candidate = _Sampler(budget).sample(tree)
        compiler = _Compiler(budget)
        self._accept = compiler.add(_State(_ACCEPT))
        self._start = compiler.compile(tree, self._accept)
        self._states = compiler.states
        # A lookahead is not sampled, so the sample may miss it; then there is none.
        self.sample = candidate if self.matches(candidate, budget) else None

    @property
    def size(self) -> int:
        """NFA states: a check costs at most about this many steps per character."""
        return len(self._states)

    def matches(self, value: str, budget: Budget | None = None) -> bool:
        """Does the pattern match all of ``value``? (False for values over MAX_VALUE_LENGTH.)

        Raises PatternError when the check needs more than the budget.
        """
        if len(value) > MAX_VALUE_LENGTH:
            return False
        run = _Run(self._states, value, budget or Budget(MATCH_STEPS))
        return run.reaches(self._start, 0, self._accept, whole=True)


@functools.lru_cache(maxsize=256)
def analyze(pattern: str) -> Pattern | PatternError:
    """``pattern`` compiled, or why it cannot be used.

    Cached, as the templates ask for the same patterns many times; a cached pattern keeps
    at most MAX_STATES states, so the cache stays within some hundred megabytes even for a
    model made of the largest patterns.
    """
    try:
        return Pattern(pattern)
    except PatternError as error:
        return error


def example(pattern: str, budget: Budget) -> str | None:
    """A value ``pattern`` matches, built within ``budget``; None when there is none to give."""
    try:
        return Pattern(pattern, budget).sample
    except PatternError:
        return None
