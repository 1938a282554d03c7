"""black's formatting of a generated file, done one definition at a time.

black holds the file it formats as one syntax tree, and its time per line grows with the
tree: the ``shapes.py`` of a 400-operation model (80,000 lines) took half a gigabyte and
0.6 ms a line, against 0.4 ms a line for a quarter of it (``bench/generator_bench.py``).
Generated files are long runs of independent definitions: top-level classes (shapes,
commands, errors, enums) and the methods of one client class. So the text is cut between
such definitions, black formats each piece on its own, and the pieces are joined with the
blank lines black itself puts there: two between top-level definitions, one between
methods (a method is formatted inside a stand-in ``class _:`` line, for its indentation and
line length). The result is black's formatting of the whole text, byte for byte
(``tests/test_formatting.py`` compares them), in time and memory that grow linearly with
the model.

A cut goes only where black's blank-line rules look at nothing across it: before a ``def``
or ``class`` statement (its decorators included) that blank lines alone, at least one,
separate from the statement before it; not right after a module docstring; in a class
body only of a top-level class that a cut or the end of the text follows, and never
before its first statement. The statements are
found with :mod:`tokenize` (strings and comments are never mistaken for code), which,
unlike an AST, keeps nothing of the file in memory but the cut points.

:class:`Formatter` adds what regeneration needs: a cache by input
(:mod:`generator.emit.format_cache`), asked for the whole text (what this code computed for
it: :data:`PIECEWISE`) and then for each piece (what black returned for it), so that black
runs only on the definitions that changed, and worker processes for those when they are many
(a first generation).
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import threading
import tokenize
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

import black
from black.parsing import InvalidInput

from .format_cache import BLACK_OUTPUT, FormatCache, black_output

_WRAPPER = "class _:\n"
_TOP_LEVEL = "\n\n\n"  # two blank lines between top-level definitions
_IN_CLASS = "\n\n"  # one between methods
# Characters of missing pieces from which worker processes format them: about a second of
# black's work (forking and collecting the results cost a few hundredths of that).
PARALLEL_MIN_CHARACTERS = 100_000
# The cache namespace of whole texts formatted here, named by this file's code: what one
# version of the cutting rules computed is never read by another.
PIECEWISE = "piecewise " + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


class _Statement:
    """A statement at depth 0, or at depth 1 in a top-level class: where it starts, what it is."""

    __slots__ = ("first", "definition", "string", "after_blank_lines", "body")

    def __init__(self, first: int, token: tokenize.TokenInfo, after_blank_lines: bool) -> None:
        self.first = first  # 0-based index of its first line (its first decorator's)
        self.definition = token.string in ("def", "async", "class", "@")
        self.string = token.type == tokenize.STRING  # a docstring when it comes first
        self.after_blank_lines = after_blank_lines  # blank lines, no comment, before it
        self.body: list[_Statement] | None = [] if token.string == "class" else None


class _Cut(NamedTuple):
    line: int  # 0-based index of the first line after the cut
    separator: str  # what joins the formatted pieces
    wrapped: bool  # the piece is a method: format it inside _WRAPPER


def format_python(text: str, mode: black.Mode) -> str:
    """``black.format_str(text, mode=mode)``, computed piece by piece.

    Raises black's ``InvalidInput`` for text that is not Python, with the position in
    the whole text, as black does.
    """
    return Formatter(mode, cache=None, workers=1).format(text)


class Formatter:
    """:func:`format_python` that asks a cache first and may share black's work out.

    ``cache`` holds formatted texts by their input (:mod:`generator.emit.format_cache`): the
    whole text is looked up first (:data:`PIECEWISE`), then each piece (black's own output),
    and black runs only on the pieces missing.
    When those come to :data:`PARALLEL_MIN_CHARACTERS` or more, ``workers`` processes
    (default: one per CPU this process may use) format them, forked from this one, which
    must run a single thread then (forking a threaded process can deadlock the child);
    otherwise this process does. A context manager: the processes end with it.
    """

    def __init__(
        self, mode: black.Mode, cache: FormatCache | None, workers: int | None = None
    ) -> None:
        self.mode = mode
        self.cache = cache
        self.workers = _usable_cpus() if workers is None else workers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """End the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def format(self, text: str) -> str:
        """black's formatting of ``text`` (see :func:`format_python`)."""
        if self.cache is not None:
            known = self.cache.get(text, self.mode, namespace=PIECEWISE)
            if known is not None:
                return known
        formatted = self.format_pieces(text)
        if self.cache is not None:
            self.cache.put(text, self.mode, formatted, namespace=PIECEWISE)
        return formatted

    def format_pieces(self, text: str) -> str:
        """black's formatting of ``text`` computed from its pieces now, whatever is cached.

        The cache is asked only for black's own output for each piece, never for a whole
        text's result: what tests compare with black's output for the whole text.
        """
        try:
            # Pieces are joined with "\n": a text with "\r" (black keeps CRLF) is done whole.
            cuts = [] if "\r" in text else _cuts(_statements(text))
        except (tokenize.TokenError, SyntaxError):
            cuts = []
        if not cuts:
            return black_output(text, self.mode, self.cache)
        pieces = list(_split(text, cuts))
        sources = [_WRAPPER + source if cut.wrapped else source for cut, source in pieces]
        known = [self._cached(source) for source in sources]
        missing = [index for index, output in enumerate(known) if output is None]
        try:
            fresh = dict(zip(missing, self._black([sources[index] for index in missing])))
        except InvalidInput:
            return black.format_str(text, mode=self.mode)  # raises, naming the whole text's line
        if self.cache is not None:
            for index, output in fresh.items():
                self.cache.put(sources[index], self.mode, output, namespace=BLACK_OUTPUT)
        parts = []
        for index, ((cut, _), cached) in enumerate(zip(pieces, known)):
            output = fresh[index] if cached is None else cached
            body = output[len(_WRAPPER) :] if cut.wrapped else output
            parts += [cut.separator, body.rstrip("\n")]
        return "".join(parts) + "\n"

    def _cached(self, source: str) -> str | None:
        if self.cache is None:
            return None
        return self.cache.get(source, self.mode, namespace=BLACK_OUTPUT)

    def _black(self, sources: list[str]) -> list[str]:
        """black's output for each of ``sources``, in order, in worker processes when it pays."""
        if (
            self.workers < 2
            or sum(map(len, sources)) < PARALLEL_MIN_CHARACTERS
            or "fork" not in multiprocessing.get_all_start_methods()
            or threading.active_count() > 1
        ):
            return [black.format_str(source, mode=self.mode) for source in sources]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, multiprocessing.get_context("fork"))
        chunk = max(1, len(sources) // (self.workers * 8))  # small enough to even out the load
        return list(
            self._pool.map(_black_format, sources, [self.mode] * len(sources), chunksize=chunk)
        )


def _black_format(source: str, mode: black.Mode) -> str:
    """``black.format_str`` as a module-level function, for worker processes."""
    return black.format_str(source, mode=mode)


def _usable_cpus() -> int:
    """How many CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _statements(text: str) -> list[_Statement]:
    """The top-level statements, each top-level class with its body's statements."""
    top: list[_Statement] = []
    depth = 0
    decorating = [False, False]  # a decorator started the current statement, by depth
    line_start = True  # the next token starts a logical line
    previous_end = -1  # 0-based line of the last logical line's end
    comment = False  # a comment since then
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        kind = token.type
        if kind == tokenize.INDENT:
            depth += 1
        elif kind == tokenize.DEDENT:
            depth -= 1
        elif kind == tokenize.COMMENT:
            comment = comment or line_start
        elif kind == tokenize.NEWLINE:
            previous_end = token.start[0] - 1
            line_start, comment = True, False
        elif kind not in (tokenize.NL, tokenize.ENDMARKER) and line_start:
            line_start = False
            row = token.start[0] - 1
            siblings = top if depth == 0 else top[-1].body if depth == 1 and top else None
            if siblings is None:
                continue
            if decorating[depth]:
                decorating[depth] = token.string == "@"
                if token.string == "class":
                    siblings[-1].body = []
                continue
            blank = not comment and row - previous_end > 1
            siblings.append(_Statement(row, token, blank))
            decorating[depth] = token.string == "@"
            if depth == 0:
                decorating[1] = False
    return top


def _cuts(top: list[_Statement]) -> list[_Cut]:
    """Where the text may be cut, in order, and how its pieces join.

    A class's body is cut only when the class ends its piece (a cut or the end of the
    text follows it): the last method's piece then holds nothing but class body.
    """
    cut_before = [
        index > 0
        and statement.definition
        and statement.after_blank_lines
        and not (index == 1 and top[0].string)
        for index, statement in enumerate(top)
    ]
    cuts = []
    for index, statement in enumerate(top):
        if cut_before[index]:
            cuts.append(_Cut(statement.first, _TOP_LEVEL, False))
        if statement.body and (index + 1 == len(top) or cut_before[index + 1]):
            cuts += [
                _Cut(member.first, _IN_CLASS, True)
                for member in statement.body[1:]
                if member.definition and member.after_blank_lines
            ]
    return cuts


def _split(text: str, cuts: list[_Cut]) -> Iterator[tuple[_Cut, str]]:
    """The pieces of ``text`` between the cuts, each with the cut before it.

    The first piece comes with a cut of no separator, not wrapped.
    """
    following = iter(cuts)
    boundary = next(following, None)
    current = _Cut(0, "", False)
    lines: list[str] = []
    for row, line in enumerate(io.StringIO(text)):
        if boundary is not None and row == boundary.line:
            yield current, "".join(lines)
            current, lines = boundary, []
            boundary = next(following, None)
        lines.append(line)
    yield current, "".join(lines)
