"""Paginators: every page, or every item, of a paginated operation.

A generated ``paginate_<operation>`` method returns a :class:`Paginator` (sync
client) or an :class:`AsyncPaginator` (async client), which call the
operation's own client method once per page, lazily, as the iteration goes.
Both take their next request from one sans-I/O :class:`PageCursor`, so the
two cannot drift apart in how they follow tokens:

- the first request carries the caller's arguments, and ``starting_token``
  (a page's output token from an earlier pagination) in the input token;
  the limit key (``max_results``, the page size) is one of those arguments,
  so every request carries it;
- a page's output token goes into the next request's input token; a token
  that is missing, None or empty (any false value, as botocore has it) ends
  the pagination, as does a ``more_results`` member that is false;
- a page with no items but a token is not the end: the next page is fetched;
- a token equal to the one the request carried would fetch the same page
  forever: the pagination ends after that page, with a WARNING on the
  client's logger. botocore raises ``PaginationError`` there instead; ending
  keeps a loop over a misbehaving service finite without making it fail.

Tokens are compared by equality, so a structured token (DynamoDB's
``LastEvaluatedKey`` map) works as a string one does. The paths to tokens and
items are precomputed by the generator (:class:`PageSpec`): no JMESPath runs here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import logging

Page = TypeVar("Page")
Item = TypeVar("Item")
Fetch = TypeVar("Fetch")
Path = tuple[str | int, ...]
"""Attribute names and list indexes leading from a page to a value."""


class PageSpec:
    """How one operation pages, in Python names (rendered from ``paginators-1.json``).

    ``operation`` is the operation's name (for the log); ``input_tokens``
    the operation's arguments that take the tokens; ``output_tokens`` the
    paths to the tokens in a page, pairwise; ``items`` the path to the list
    ``items()`` yields from (None: the operation has no list result);
    ``more_results`` the path to a boolean that is false on the last page
    (None: only the tokens tell).
    """

    __slots__ = ("operation", "input_tokens", "output_tokens", "items", "more_results")
    operation: str
    input_tokens: tuple[str, ...]
    output_tokens: tuple[Path, ...]
    items: Path | None
    more_results: Path | None

    def __init__(
        self,
        *,
        operation: str,
        input_tokens: tuple[str, ...],
        output_tokens: tuple[Path, ...],
        items: Path | None = None,
        more_results: Path | None = None,
    ) -> None:
        self.operation = operation
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.items = items
        self.more_results = more_results

    def __repr__(self) -> str:
        return f"PageSpec({self.operation!r})"


def follow(value: Any, path: Path) -> Any:
    """The value at ``path`` in ``value``; None where a step finds nothing."""
    for step in path:
        if value is None:
            return None
        if isinstance(step, int):
            value = value[step] if -len(value) <= step < len(value) else None
        else:
            value = getattr(value, step)
    return value


class PageCursor:
    """Where a pagination stands: the next request's arguments, given the last page.

    No I/O: the sync and async paginators are loops around it.
    """

    __slots__ = ("spec", "params", "_logger")

    def __init__(
        self,
        spec: PageSpec,
        params: Mapping[str, Any],
        starting_token: Any,
        logger: logging.Logger,
    ) -> None:
        self.spec = spec
        # The arguments of the next request.
        self.params = dict(params)
        self._logger = logger
        if starting_token is not None:
            # One input token takes the value itself; several take a tuple, pairwise.
            names = spec.input_tokens
            tokens = (starting_token,) if len(names) == 1 else starting_token
            if not isinstance(tokens, tuple) or len(tokens) != len(names):
                raise ValueError(
                    f"starting_token takes a tuple of {len(names)} values, for {', '.join(names)}"
                )
            self.params.update(zip(names, tokens))

    def advance(self, page: Any) -> bool:
        """Take ``page``'s tokens into :attr:`params`; False when it was the last page."""
        spec = self.spec
        if spec.more_results is not None and not follow(page, spec.more_results):
            return False
        tokens = tuple(follow(page, path) or None for path in spec.output_tokens)
        if all(token is None for token in tokens):
            return False
        sent = tuple(self.params.get(name) for name in spec.input_tokens)
        if tokens == sent:
            # Not the token itself: it can hold data (a DynamoDB key, say).
            self._logger.warning(
                "%s: the service sent back the pagination token it was given; "
                "stopping after this page instead of requesting it again",
                spec.operation,
            )
            return False
        self.params.update(zip(spec.input_tokens, tokens))
        return True


class _Pagination(Generic[Fetch]):
    """What both paginators hold: the call, its arguments and where to start."""

    __slots__ = ("_fetch", "_params", "_spec", "_starting_token", "_logger")

    def __init__(
        self,
        fetch: Fetch,
        params: Mapping[str, Any],
        spec: PageSpec,
        starting_token: Any,
        logger: logging.Logger,
    ) -> None:
        self._fetch = fetch
        self._params = params
        self._spec = spec
        self._starting_token = starting_token
        self._logger = logger

    def _cursor(self) -> PageCursor:
        """A new cursor at the first page: every iteration starts over."""
        return PageCursor(self._spec, self._params, self._starting_token, self._logger)

    def _items_path(self) -> Path:
        """The path to a page's items; TypeError when the operation has no list result."""
        if self._spec.items is None:
            raise TypeError(
                f"{self._spec.operation} pages have no list of items; iterate the pages"
            )
        return self._spec.items


class Paginator(_Pagination[Callable[..., Page]], Generic[Page, Item]):
    """The pages of one paginated call (``for page in paginator``), fetched as needed.

    Each iteration starts from the first page (or ``starting_token``) again.
    :meth:`items` yields the elements of every page's result list instead.
    """

    __slots__ = ()

    def __iter__(self) -> Iterator[Page]:
        cursor = self._cursor()
        while True:
            page = self._fetch(**cursor.params)
            yield page
            if not cursor.advance(page):
                return

    def items(self) -> Iterator[Item]:
        """Every item of every page, in order (pages are fetched as needed)."""
        path = self._items_path()
        for page in self:
            yield from follow(page, path) or ()


class AsyncPaginator(_Pagination[Callable[..., Awaitable[Page]]], Generic[Page, Item]):
    """The pages of one paginated call (``async for page in paginator``), fetched as needed.

    Each iteration starts from the first page (or ``starting_token``) again.
    :meth:`items` yields the elements of every page's result list instead.
    """

    __slots__ = ()

    async def __aiter__(self) -> AsyncIterator[Page]:
        cursor = self._cursor()
        while True:
            page = await self._fetch(**cursor.params)
            yield page
            if not cursor.advance(page):
                return

    async def items(self) -> AsyncIterator[Item]:
        """Every item of every page, in order (``async for item in paginator.items()``)."""
        path = self._items_path()
        async for page in self:
            for item in follow(page, path) or ():
                yield item
