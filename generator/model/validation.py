"""Checks on model values that reach the generated code, its files or the wire as they are.

The JSON Schemas check each model file's structure and the loader its references and
names. The values checked here end up verbatim in an HTTP header, a host name, a
signature scope, a JSON key or a type annotation of the generated client, so a model from
an untrusted or buggy source is refused (one :class:`ModelError` line: file, JSON
pointer, what to do) rather than giving a client that sends broken requests or cannot be
imported:

- metadata names use only the characters botocore's models use (:data:`METADATA_RULES`):
  ``targetPrefix`` goes into the ``X-Amz-Target`` header, ``signingName`` into the SigV4
  credential scope, ``endpointPrefix`` into host names, ``serviceId`` into class,
  environment and config names;
- an operation's ``hostPrefix`` is host-name text whose ``{Label}`` placeholders name
  required string members of the input marked ``hostLabel`` (the client checks each
  value is one host label when it sends), so the prefixed host stays under the endpoint;
- no two members of a structure share a wire name, and idempotency tokens are strings
  (the client fills them with a UUID string);
- lists and maps nest at most :data:`MAX_COLLECTION_NESTING` levels, and never contain
  themselves without a structure in between: each level is one level of brackets in the
  generated annotations (``Sequence[Sequence[str]]``), which CPython parses only to a
  limited depth, and a collection cycle has no annotation at all.

Patterns are not refused: one the example builder cannot use only loses its examples,
so :func:`pattern_warnings` reports it as a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ModelError, describe, json_pointer
from .patterns import PatternError, analyze

# One host-name label (RFC 1123), as the runtime's isValidHostLabel checks it.
_HOST_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"

METADATA_RULES: Mapping[str, tuple[re.Pattern[str], str]] = {
    "targetPrefix": (
        re.compile(r"[A-Za-z][A-Za-z0-9_.]*"),
        "letters, digits, '_' and '.', starting with a letter",
    ),
    "signingName": (
        re.compile(r"[A-Za-z][A-Za-z0-9-]*"),
        "letters, digits and '-', starting with a letter",
    ),
    "endpointPrefix": (
        re.compile(rf"{_HOST_LABEL}(?:\.{_HOST_LABEL})*"),
        "host-name labels of letters, digits and inner '-', joined by '.'",
    ),
    "serviceId": (
        re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+)*"),
        "words of letters and digits joined by single spaces or '-', starting with a letter",
    ),
}
"""Metadata key -> (what its whole value must match, the rule in words)."""

MAX_COLLECTION_NESTING = 32
"""Deepest chain of lists and maps inside one another (botocore's deepest is 4)."""

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_HOST_TEXT = re.compile(r"[A-Za-z0-9.-]*")


def check_metadata(metadata: Mapping[str, Any], file: Path) -> None:
    """Refuse a metadata name holding characters that would break a header, host or scope."""
    for key, (rule, words) in METADATA_RULES.items():
        value = metadata.get(key)
        if value is not None and rule.fullmatch(value) is None:
            raise ModelError(
                file,
                json_pointer("metadata", key),
                f"{key} {_shown(value)} is not usable: it goes into the client's requests as is",
                f"use {words}",
            )


def check_host_prefix(
    prefix: str,
    input_shape: str | None,
    raw_shapes: Mapping[str, Mapping[str, Any]],
    file: Path,
    pointer: str,
) -> None:
    """Refuse a ``hostPrefix`` that could take the request's host away from the endpoint.

    Its literal text must be host-name characters forming whole labels once each
    ``{Label}`` stands for one host label (the last label may run into the endpoint's
    first, as in ``sync-``); each ``{Label}`` must name a required string member of the
    input marked ``hostLabel``, under its own name (the client reads the value by wire name).
    """

    def refuse(problem: str, hint: str) -> ModelError:
        return ModelError(file, pointer, f"host prefix {_shown(prefix)}: {problem}", hint)

    literal = _PLACEHOLDER.sub("a", prefix)
    if _HOST_TEXT.fullmatch(literal) is None:
        bad = next(char for char in literal if _HOST_TEXT.fullmatch(char) is None)
        raise refuse(f"{bad!r} is not a host-name character", "use letters, digits, '-' and '.'")
    if any(re.fullmatch(_HOST_LABEL, label) is None for label in (literal + "x").split(".")):
        raise refuse(
            "it does not form host-name labels",
            "no empty label, no label starting or ending with '-'",
        )
    members = raw_shapes[input_shape].get("members", {}) if input_shape else {}
    required = raw_shapes[input_shape].get("required", []) if input_shape else []
    for label in _PLACEHOLDER.findall(prefix):
        member = members.get(label)
        if member is None:
            raise refuse(f"{{{label}}} names no member of the input", "name an input member")
        target = raw_shapes[member["shape"]]["type"]
        if not member.get("hostLabel") or label not in required or target != "string":
            raise refuse(
                f"member {label!r} is not a required string member marked hostLabel",
                'add "hostLabel": true, list it in "required" and give it a string shape',
            )
        if member.get("locationName", label) != label:
            raise refuse(
                f"member {label!r} is renamed on the wire by locationName",
                "remove locationName from the host label member",
            )


def check_members(
    shape_name: str,
    raw: Mapping[str, Any],
    raw_shapes: Mapping[str, Mapping[str, Any]],
    file: Path,
) -> None:
    """Refuse two members with one wire name, and an idempotency token that is not a string."""
    wire_names: dict[str, str] = {}
    for name, member in raw.get("members", {}).items():
        pointer = json_pointer("shapes", shape_name, "members", name)
        wire = member.get("locationName", name)
        if wire in wire_names:
            raise ModelError(
                file,
                pointer + ("/locationName" if "locationName" in member else ""),
                f"member {name!r} has the wire name {wire!r} of member {wire_names[wire]!r}",
                "give each member of a structure its own wire name",
            )
        wire_names[wire] = name
        target = raw_shapes[member["shape"]]["type"]
        if member.get("idempotencyToken") and target != "string":
            raise ModelError(
                file,
                pointer + "/idempotencyToken",
                f"idempotency token {name!r} has the type {target!r}; the client fills tokens "
                "with a UUID string",
                "give the member a string shape, or remove idempotencyToken",
            )


def check_nesting(raw_shapes: Mapping[str, Mapping[str, Any]], file: Path) -> None:
    """Refuse lists and maps nested deeper than MAX_COLLECTION_NESTING, or in a cycle."""
    for name in raw_shapes:
        chain: list[str] = []  # the lists and maps entered from ``name``, outermost first
        current = name
        while raw_shapes[current]["type"] in ("list", "map"):
            if current in chain:
                cycle = " -> ".join(chain[chain.index(current) :] + [current])
                raise ModelError(
                    file,
                    json_pointer("shapes", name),
                    f"the list/map contains itself with no structure in between ({cycle}), "
                    "which has no Python type",
                    "put a structure in the cycle",
                )
            chain.append(current)
            if len(chain) > MAX_COLLECTION_NESTING:
                raise ModelError(
                    file,
                    json_pointer("shapes", name),
                    f"lists and maps nest more than {MAX_COLLECTION_NESTING} levels deep here "
                    f"({' -> '.join(chain[:3])} -> ...)",
                    f"nest at most {MAX_COLLECTION_NESTING} (each level is one level of "
                    "brackets in the generated types), or put a structure between levels",
                )
            raw = raw_shapes[current]
            current = raw["member" if raw["type"] == "list" else "value"]["shape"]


def pattern_warnings(raw_shapes: Mapping[str, Mapping[str, Any]], file: Path) -> list[str]:
    """A warning for each ``pattern`` the example builder cannot use (its examples ignore it)."""
    warnings = []
    for name, raw in raw_shapes.items():
        pattern = raw.get("pattern")
        problem = analyze(pattern) if isinstance(pattern, str) else None
        if isinstance(problem, PatternError):
            warnings.append(
                describe(
                    file,
                    json_pointer("shapes", name, "pattern"),
                    f"pattern {_shown(pattern)} gives no example values: {problem}",
                    "examples ignore the pattern; the client does not check patterns",
                )
            )
    return warnings


def _shown(value: object, limit: int = 60) -> str:
    """``repr`` of a model value for a one-line message, cut to about ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
