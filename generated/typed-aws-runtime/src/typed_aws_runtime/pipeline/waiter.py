"""Waiters: call an operation again and again until its answer says the wait is over.

A waiter (from the model's ``waiters-2.json``) names an operation, a delay,
a number of attempts and an ordered list of acceptors. After each attempt
the first acceptor that matches decides: ``success`` (the wait returns the
output), ``failure`` (:class:`~..exceptions.WaiterError`) or ``retry``. When
none matches, an error raised by the operation is a failure and an output
means trying again. Out of attempts: :class:`~..exceptions.WaiterTimeoutError`.
These are botocore's rules (``botocore/waiter.py``), and so are the matchers:

- ``path``: the JMESPath expression ``argument``, searched in the output's
  wire-name dict (``to_dict()``, what boto3 returns), equals ``expected``;
- ``pathAll``: it gives a non-empty list whose every element equals ``expected``;
- ``pathAny``: it gives a non-empty list with an element equal to ``expected``;
- ``status``: the HTTP status equals ``expected`` (200 for an output, the
  error response's status for an error);
- ``error``: the error code equals ``expected``; ``true`` matches any error
  and ``false`` an output.

The path matchers never match an error. :class:`Waiting` makes the
decisions and does no I/O, so the sync and async client cores only call
and sleep (``ClientCore.wait``, ``AsyncClientCore.wait``). The ``jmespath``
package (a dependency of every generated package that has waiters) is
imported when a path acceptor is first used.
"""

from __future__ import annotations

import json
import time
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ..exceptions import ParamValidationError, ServiceError, WaiterError, WaiterTimeoutError
from .operation import OperationSpec

if TYPE_CHECKING:
    import logging

Result = TypeVar("Result")

DEBUG = 10  # logging.DEBUG, without importing logging
# The status an output stands for: awsJson answers every success with 200.
OUTPUT_STATUS = 200


class Response:
    """One attempt's outcome as the acceptors see it: an output, or the error raised.

    The output's wire-name dict, which path expressions search, is built
    once and only when a path acceptor asks for it.
    """

    __slots__ = ("output", "error", "_document")

    def __init__(self, outcome: Any) -> None:
        self.error = outcome if isinstance(outcome, ServiceError) else None
        self.output = None if self.error is not None else outcome
        self._document: Any = None

    @property
    def document(self) -> Any:
        """The output as boto3 returns it (``{}`` for an operation without output)."""
        if self._document is None:
            self._document = {} if self.output is None else self.output.to_dict()
        return self._document


class Acceptor:
    """One rule of a waiter: when ``matcher`` finds ``expected``, the wait is in ``state``."""

    __slots__ = ("state", "matcher", "expected", "argument", "_expression")

    def __init__(self, state: str, matcher: str, expected: Any, argument: str = "") -> None:
        self.state = state  # "success", "failure" or "retry"
        self.matcher = matcher  # "path", "pathAll", "pathAny", "status" or "error"
        self.expected = expected
        self.argument = argument  # the JMESPath expression of the path matchers
        self._expression: Any = None

    def matches(self, response: Response) -> bool:
        """Does this acceptor match the attempt's ``response`` (botocore's semantics)?"""
        matcher = self.matcher
        error = response.error
        if matcher == "error":
            # `is`, not ==: expected 1 is an error code that never matches, as in botocore.
            if self.expected is True:
                return error is not None
            if self.expected is False:
                return error is None
            return bool((error.code if error is not None else "") == self.expected)
        if matcher == "status":
            status = error.status_code if error is not None else OUTPUT_STATUS
            return bool(status == self.expected)
        if error is not None:
            return False
        found = self._search(response.document)
        if matcher == "path":
            return bool(found == self.expected)
        if not isinstance(found, list) or not found:
            return False  # pathAll and pathAny need a non-empty list
        if matcher == "pathAll":
            return all(item == self.expected for item in found)
        return any(item == self.expected for item in found)

    def _search(self, document: Any) -> Any:
        expression = self._expression
        if expression is None:
            # By name: only packages with waiters depend on jmespath (untyped, maybe absent).
            expression = self._expression = import_module("jmespath").compile(self.argument)
        return expression.search(document)

    def __str__(self) -> str:
        expected = _show(self.expected)
        if self.matcher == "path":
            return f"{self.argument} == {expected}"
        if self.matcher == "pathAll":
            return f"every {self.argument} == {expected}"
        if self.matcher == "pathAny":
            return f"some {self.argument} == {expected}"
        if self.matcher == "status":
            return f"HTTP status {expected}"
        if self.expected is True or self.expected is False:
            return "any error" if self.expected else "no error"
        return f"error {self.expected}"

    def __repr__(self) -> str:
        return f"Acceptor({self.state!r}, {self.matcher!r}, {self.expected!r}, {self.argument!r})"


class WaiterSpec(Generic[Result]):
    """A waiter of the model (a precomputed table row, like :class:`OperationSpec`).

    ``Result`` is what the wait returns: the operation's output, or that or
    None when an error can be the success (e.g. "the table is gone").
    """

    __slots__ = ("name", "operation", "delay", "max_attempts", "acceptors")

    def __init__(
        self,
        *,
        name: str,
        operation: OperationSpec[Any],
        delay: float,
        max_attempts: int,
        acceptors: tuple[Acceptor, ...],
    ) -> None:
        self.name = name
        self.operation = operation
        self.delay = delay
        self.max_attempts = max_attempts
        self.acceptors = acceptors

    def __repr__(self) -> str:
        return f"WaiterSpec({self.name!r})"


class Waiting(Generic[Result]):
    """The decisions of one wait, attempt by attempt (no I/O).

    The caller makes an attempt, hands its output or :class:`ServiceError`
    to :meth:`after`, and sleeps the seconds it returns, until it returns
    None (success: :attr:`output` is the result) or raises. ``delay``,
    ``max_attempts`` and ``max_wait`` (seconds from the first attempt after
    which no new attempt starts; None: no limit) override the model's.
    """

    def __init__(
        self,
        spec: WaiterSpec[Result],
        *,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        if delay is not None and (not _is_number(delay) or delay < 0):
            raise ParamValidationError("delay", f"must be seconds >= 0, got {delay!r}")
        if max_attempts is not None and (
            not isinstance(max_attempts, int) or isinstance(max_attempts, bool) or max_attempts < 1
        ):
            raise ParamValidationError(
                "max_attempts", f"must be a whole number >= 1, got {max_attempts!r}"
            )
        if max_wait is not None and (not _is_number(max_wait) or max_wait <= 0):
            raise ParamValidationError("max_wait", f"must be seconds > 0, got {max_wait!r}")
        self.spec = spec
        self.delay = spec.delay if delay is None else delay
        self.max_attempts = spec.max_attempts if max_attempts is None else max_attempts
        self.max_wait = max_wait
        self.attempts = 0
        self.output: Result = cast(Result, None)
        self._logger = logger
        self._started = time.monotonic()

    def after(self, outcome: Any) -> float | None:
        """Decide after an attempt that returned ``outcome`` or raised it (a ServiceError).

        Returns None when the wait succeeded, else the seconds to sleep
        before the next attempt. Raises :class:`WaiterError` when a failure
        acceptor matched or an error matched none, and
        :class:`WaiterTimeoutError` when no attempt or time is left.
        """
        self.attempts += 1
        response = Response(outcome)
        matched = next((a for a in self.spec.acceptors if a.matches(response)), None)
        name = self.spec.name
        logger = self._logger
        if logger is not None and logger.isEnabledFor(DEBUG):
            logger.debug(
                "waiter %s: attempt %d of %d: %s",
                name,
                self.attempts,
                self.max_attempts,
                f"{matched.state} ({matched})" if matched else "no acceptor matched",
            )
        if matched is not None and matched.state == "success":
            self.output = cast(Result, response.output)
            return None
        if matched is not None and matched.state == "failure":
            raise WaiterError(
                name,
                f"a failure acceptor matched ({matched})",
                last_response=outcome,
                attempts=self.attempts,
            ) from response.error
        if matched is None and response.error is not None:
            raise WaiterError(
                name,
                f"the error {response.error.code} matched no acceptor",
                last_response=outcome,
                attempts=self.attempts,
            ) from response.error
        elapsed = time.monotonic() - self._started
        if self.attempts >= self.max_attempts:
            limit = f"max_attempts={self.max_attempts}"
        elif self.max_wait is not None and elapsed + self.delay > self.max_wait:
            limit = f"the next attempt would start after max_wait={self.max_wait} s"
        else:
            return self.delay
        raise WaiterTimeoutError(
            name,
            f"gave up after {self.attempts} attempts in {elapsed:.1f} s, "
            f"{self.delay} s apart ({limit})",
            last_response=outcome,
            attempts=self.attempts,
            elapsed=elapsed,
        )


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _show(value: Any) -> str:
    """A JSON value as the model writes it (``"ACTIVE"``, ``true``, ``0``)."""
    return json.dumps(value)
