"""The text tables the benchmarks print."""

from __future__ import annotations


def print_grid(headers: list[str], table: list[list[str]]) -> None:
    """A text table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *table)]
    line = "  ".join(
        h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths))
    )
    print()
    print(line)
    print("-" * len(line))
    for cells in table:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))
            )
        )
