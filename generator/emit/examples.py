"""Example argument values for the generated README, derived from the model's constraints.

The README's code blocks must run as written (``tests/test_readme_examples.py``
runs them), so an argument gets a concrete value rather than ``...``: the value the
service's customization gives its shape (:mod:`generator.loaders.customization`), else
an enum's first value, a number within its range, and for a string the first that fits
the shape's ``pattern`` and length limits of: a value the member's documentation quotes,
a sample of the pattern (``[A-Z][0-9]{1,19}`` gives ``"A1234567"``), a value spelled
from the member's name. Patterns are read, sampled
and matched by :mod:`generator.patterns`, within a bounded number of steps; a pattern
it cannot use gives no sample and checks no value (the loader warns about it). The
client checks types, not patterns, so any of these runs; the pattern only makes the
example plausible.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from ..model.ir import Member, Shape
from ..model.patterns import Pattern, PatternError, analyze


def example_literal(member: Member, shape: Shape, chosen: Mapping[str, str]) -> str:
    """A Python literal for an argument of ``shape`` (``...`` when not a simple value).

    ``chosen`` holds the example values of the service's customization, by shape name.
    """
    if shape.name in chosen:
        return json.dumps(chosen[shape.name])
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
    compiled = analyze(shape.constraints.pattern) if shape.constraints.pattern else None
    pattern = compiled if isinstance(compiled, Pattern) else None
    candidates = _quoted_values(member.documentation)
    if pattern is not None and pattern.sample is not None:
        candidates.append(pattern.sample)
    candidates.append(f"my-{member.python_name.replace('_', '-')}")
    for value in candidates:
        fits = len(value) >= low and (high is None or len(value) <= high)
        if fits and (pattern is None or _matches(pattern, value)):
            return value
    return candidates[-1]


def _quoted_values(documentation: str) -> list[str]:
    """The text of each code span (without white space) in the documentation."""
    return re.findall(r"`([^`\s]+)`", documentation)


def _matches(pattern: Pattern, value: str) -> bool:
    """Does ``pattern`` match ``value``? (No when checking takes more steps than allowed.)"""
    try:
        return pattern.matches(value)
    except PatternError:
        return False


def string_literal(text: str) -> str:
    """``text`` as a Python string literal: ``repr``'s escapes, double quotes where it can.

    Whatever ``text`` holds (quotes, backslashes, line breaks, controls, lone surrogates),
    the literal is one printable line whose value is ``text``.
    """
    literal = repr(text)
    return f'"{literal[1:-1]}"' if literal[0] == "'" and '"' not in text else literal


def bytes_literal(text: str) -> str:
    """The UTF-8 of ``text`` (a blob as an example spells it) as a Python bytes literal."""
    literal = repr(text.encode("utf-8", "surrogatepass"))
    return f'b"{literal[2:-1]}"' if literal[1] == "'" and '"' not in text else literal
