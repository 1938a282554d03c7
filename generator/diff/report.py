"""Render a :class:`~generator.diff.DiffResult` as text, Markdown, JSON or GitHub annotations.

The JSON schema is described in :mod:`generator.diff`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .service import SEVERITIES, DiffResult, Event
from ..model.ir import Service

FORMATS = ("text", "markdown", "json", "github")


def render(result: DiffResult, fmt: str) -> str:
    """The report in format ``fmt`` (one of :data:`FORMATS`), ending with a newline."""
    renderers: dict[str, Callable[[DiffResult], str]] = {
        "text": render_text,
        "markdown": render_markdown,
        "json": render_json,
        "github": render_github,
    }
    return renderers[fmt](result)


def _counts(result: DiffResult) -> str:
    summary = result.summary()
    text = ", ".join(f"{summary[s]} {s}" for s in SEVERITIES)
    if result.ignored:
        text += f" ({result.ignored} ignored)"
    return text


def _by_severity(result: DiffResult) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = {s: [] for s in SEVERITIES}
    for event in result.events:
        groups[event.severity].append(event)
    return groups


def _title(result: DiffResult) -> str:
    return (
        f"{result.new.metadata.service_id}: {result.old_label} -> {result.new_label}"
        if result.old.metadata.service_id == result.new.metadata.service_id
        else f"{result.old.metadata.service_id} {result.old_label} -> "
        f"{result.new.metadata.service_id} {result.new_label}"
    )


def render_text(result: DiffResult) -> str:
    lines = [f"{_title(result)}: {_counts(result)}"]
    for severity, events in _by_severity(result).items():
        if not events:
            continue
        lines += ["", f"{severity} ({len(events)})"]
        for event in events:
            lines.append(f"  [{event.direction}] {event.id}")
            lines.append(f"      {event.message}")
            lines.append(f"      wire: {event.wire}; Python API: {event.python_api}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render_markdown(result: DiffResult) -> str:
    summary = result.summary()
    lines = [
        f"## Model diff: {_title(result)}",
        "",
        f"Operations {len(result.old.operations)} -> {len(result.new.operations)}, "
        f"shapes {len(result.old.shapes)} -> {len(result.new.shapes)}."
        + (f" {result.ignored} accepted events ignored." if result.ignored else ""),
        "",
        "| Severity | Count |",
        "|---|---:|",
    ]
    lines += [f"| {s} | {summary[s]} |" for s in SEVERITIES]
    for severity, events in _by_severity(result).items():
        if not events:
            continue
        lines += [""]
        folded = severity == "NOTE"
        if folded:
            lines += [f"<details><summary>NOTE ({len(events)})</summary>", ""]
        else:
            lines += [f"### {severity} ({len(events)})", ""]
        lines += ["| Id | Direction | Wire | Python API | Message |", "|---|---|---|---|---|"]
        for e in events:
            lines.append(
                f"| `{e.id}` | {e.direction} | {_cell(e.wire)} | {_cell(e.python_api)} "
                f"| {_cell(e.message)} |"
            )
        if folded:
            lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def _side(service: Service, label: str) -> dict[str, Any]:
    return {
        "label": label,
        "service_id": service.metadata.service_id,
        "api_version": service.metadata.api_version,
        "operations": len(service.operations),
        "shapes": len(service.shapes),
    }


def as_json(result: DiffResult) -> dict[str, Any]:
    return {
        "old": _side(result.old, result.old_label),
        "new": _side(result.new, result.new_label),
        "ignored": result.ignored,
        "summary": result.summary(),
        "events": [e.as_dict() for e in result.events],
    }


def render_json(result: DiffResult) -> str:
    return json.dumps(as_json(result), indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_COMMANDS = {"ERROR": "error", "DANGER": "warning", "WARNING": "warning", "NOTE": "notice"}


def render_github(result: DiffResult) -> str:
    """One workflow command per event (nothing else, so every line is an annotation)."""
    return "".join(
        f"::{_COMMANDS[e.severity]} title={_escape_property(e.id)}::"
        f"{_escape_data(f'{e.severity} ({e.direction}): {e.message}')}\n"
        for e in result.events
    )
