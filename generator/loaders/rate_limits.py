"""A service's rate limit presets (``customizations/rate-limits.json``), checked against its model.

A service's published quotas (so many requests per second, and per rolling 24 hours, per
group of operations) are data beside its model, not code: the generated package renders
them as named presets of its client's ``rate_limits`` option. A preset must say something
of every operation of the package: each one is in exactly one group, or listed as
``unlimited`` (not paced by the client), so a new operation brought by a model update
fails the load until someone decides where it belongs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from ..errors import ModelError, json_pointer
from ..model.ir import RateLimitGroup, RateLimitPreset, Service
from .schemas import load_json, suggest, validate_model_file

RATE_LIMITS_FILE = "rate-limits.json"


def read_rate_limits(service: Service, file: Path) -> tuple[RateLimitPreset, ...]:
    """The presets of the rate limits file ``file``, checked against ``service``."""
    document = load_json(file)
    validate_model_file(document, "rate-limits", file)
    raw = cast("dict[str, Any]", document)
    return tuple(
        _preset(service, name, spec, file) for name, spec in sorted(raw["presets"].items())
    )


def _preset(service: Service, name: str, raw: dict[str, Any], file: Path) -> RateLimitPreset:
    """One preset; every operation of the package in exactly one group or unlimited."""
    known = [operation.name for operation in service.operations]
    placed: dict[str, str] = {}  # operation -> the pointer of where it was placed
    for group, spec in raw["groups"].items():
        for i, operation in enumerate(spec["operations"]):
            pointer = json_pointer("presets", name, "groups", group, "operations", i)
            _place(operation, pointer, known, placed, file)
    for i, operation in enumerate(raw["unlimited"]):
        _place(operation, json_pointer("presets", name, "unlimited", i), known, placed, file)
    missing = [operation for operation in known if operation not in placed]
    if missing:
        raise ModelError(
            file,
            json_pointer("presets", name),
            f"the preset says nothing of {', '.join(missing)}",
            "put each operation in a group, or in 'unlimited' when no limit is published",
        )
    return RateLimitPreset(
        name=name,
        documentation=raw["description"],
        source=raw["source"],
        groups=tuple(
            RateLimitGroup(
                name=group,
                documentation=spec["description"],
                operations=tuple(spec["operations"]),
                rate=spec["rate_per_second"],
                burst=spec["burst"],
                daily_quota=spec.get("daily_quota"),
            )
            for group, spec in raw["groups"].items()
        ),
        unlimited=tuple(raw["unlimited"]),
    )


def _place(
    operation: str, pointer: str, known: list[str], placed: dict[str, str], file: Path
) -> None:
    """Record that ``operation`` is placed at ``pointer``: an operation, placed once."""
    if operation not in known:
        raise ModelError(
            file,
            pointer,
            f"no operation {operation!r} in the package",
            suggest(operation, known) or "give the name of an operation as the model spells it",
        )
    if operation in placed:
        raise ModelError(
            file,
            pointer,
            f"{operation!r} is placed twice (first at {placed[operation]})",
            "keep it in one group, or in 'unlimited'",
        )
    placed[operation] = pointer
