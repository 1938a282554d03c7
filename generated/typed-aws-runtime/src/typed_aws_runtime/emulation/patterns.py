"""Model ``pattern`` traits as Python regular expressions, for the emulator's checks.

AWS models write patterns in the Java dialect, whose Unicode categories
(``\\p{L}``, ``\\P{N}``) Python's :mod:`re` lacks. :func:`compile_pattern`
spells each category out as the code-point ranges of the running Python's
:mod:`unicodedata` (the categories the generator's own pattern reader uses),
so a category works inside a class too. Everything else keeps Python's
meaning, and a value must match the whole pattern (:func:`re.fullmatch`), as
AWS services match patterns.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

_CATEGORY = re.compile(r"\\([pP])\{(\w+)\}")


class PatternError(ValueError):
    """A model pattern the emulator cannot check values with."""


@functools.lru_cache(maxsize=None)
def _category_ranges(name: str) -> str:
    """The code points of Unicode category ``name`` (``L``, ``Lu``...) as class ranges."""
    parts: list[str] = []
    start = -1
    for code in range(sys.maxunicode + 2):
        inside = code <= sys.maxunicode and unicodedata.category(chr(code)).startswith(name)
        if inside and start < 0:
            start = code
        elif not inside and start >= 0:
            last = code - 1
            parts.append(f"\\U{start:08x}" if start == last else f"\\U{start:08x}-\\U{last:08x}")
            start = -1
    if not parts:
        raise PatternError(f"no Unicode category {name!r}")
    return "".join(parts)


def _in_class(pattern: str, position: int) -> bool:
    """Whether ``position`` of ``pattern`` is inside a character class ``[...]``."""
    inside = False
    index = 0
    while index < position:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[" and not inside:
            inside = True
        elif char == "]" and inside:
            inside = False
        index += 1
    return inside


@functools.lru_cache(maxsize=1024)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` with its Unicode categories spelled out, compiled.

    Raises :class:`PatternError` for a pattern Python cannot read, or a negated
    category (``\\P{L}``) inside a class, which no class can hold as ranges.
    """
    pieces: list[str] = []
    last = 0
    for found in _CATEGORY.finditer(pattern):
        negated = found.group(1) == "P"
        ranges = _category_ranges(found.group(2))
        if _in_class(pattern, found.start()):
            if negated:
                raise PatternError(
                    f"pattern {pattern!r}: a negated category inside a class is not supported"
                )
            text = ranges
        else:
            text = f"[{'^' if negated else ''}{ranges}]"
        pieces.append(pattern[last : found.start()])
        pieces.append(text)
        last = found.end()
    pieces.append(pattern[last:])
    try:
        return re.compile("".join(pieces))
    except re.error as error:
        raise PatternError(
            f"pattern {pattern!r} is not a regular expression Python reads: {error}"
        ) from None
