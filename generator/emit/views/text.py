"""Docstring text layout: wrapping to the docstring width and Google-style field lists."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from ...docs.markdown import first_sentence
from ...model.ir import Member

DOC_WIDTH = 84  # docstring text width, so indented docstrings stay within 99 columns


def field_list(title: str, members: Sequence[Member]) -> str:
    """A Google-style field list (``Args:``/``Attributes:``) of members."""
    return described_list(title, field_entries(members))


def field_entries(members: Sequence[Member]) -> list[tuple[str, str]]:
    """``(python name, summary)`` of each member, saying which are required."""
    entries = []
    for member in members:
        summary = first_sentence(member.documentation) or "(undocumented)"
        if member.required_argument:
            summary += " Required."
        elif member.idempotency_token:
            summary += " Filled with a random UUID when omitted."
        entries.append((member.python_name, summary))
    return entries


def described_list(title: str, entries: list[tuple[str, str]]) -> str:
    """A Google-style section: ``Title:`` then ``name: summary`` lines, wrapped."""
    lines = [f"{title}:"]
    for name, summary in entries:
        lines.extend(
            textwrap.wrap(
                f"{name}: {summary or '(undocumented)'}",
                width=DOC_WIDTH,
                initial_indent="    ",
                subsequent_indent="        ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)


def wrap(text: str, indent: str = "", subsequent_indent: str | None = None) -> str:
    """``text`` wrapped to the docstring width, its lines indented."""
    return "\n".join(
        textwrap.wrap(
            text,
            width=DOC_WIDTH,
            initial_indent=indent,
            subsequent_indent=indent if subsequent_indent is None else subsequent_indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )
