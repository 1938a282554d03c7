"""Interceptors: user code at named points of every call (the client's ``extensions``).

The hook names follow the Smithy reference architecture used by the other
AWS SDKs. ``read_*`` hooks observe; ``modify_*`` hooks return the value the
call continues with (the input, the HTTP request or response, the output).
Hooks run in the order the interceptors were given, on the calling thread
(or task): an interceptor shared by several clients or threads must be
thread-safe itself. An exception raised by a hook ends the call with it.

``read_before_execution`` through ``read_after_serialization`` run once per
call; ``modify_before_signing`` through ``read_after_deserialization`` run
once per attempt, each time on a fresh copy of the serialized request (so
a header added before signing is added once, and signed, on every retry);
``read_after_execution`` runs once, after the attempt that succeeded.
"""

from __future__ import annotations

from typing import Any

from ..transports.http import HttpRequest, HttpResponse


class InterceptorContext:
    """What a hook can see of the call so far; later steps fill more fields.

    Attributes:
        operation_name: The operation's name in the model (e.g. ``"ListTagsForResource"``).
        input: The typed request object (None for an operation without input).
        request: The HTTP request, from ``read_after_serialization`` on.
        response: The HTTP response, from ``read_after_transmit`` on.
        output: The typed output, from ``read_after_deserialization`` on.
    """

    __slots__ = ("operation_name", "input", "request", "response", "output")
    operation_name: str
    input: Any
    request: HttpRequest | None
    response: HttpResponse | None
    output: Any

    def __init__(self, operation_name: str, input: Any) -> None:
        self.operation_name = operation_name
        self.input = input
        self.request = None
        self.response = None
        self.output = None


class Interceptor:
    """Base class of interceptors: override the hooks you need; the rest do nothing."""

    def read_before_execution(self, context: InterceptorContext) -> None:
        """First, before anything else (the typed input is set)."""

    def modify_before_serialization(self, context: InterceptorContext) -> Any:
        """Return the input to serialize (by default the one given)."""
        return context.input

    def read_after_serialization(self, context: InterceptorContext) -> None:
        """The HTTP request is built (not yet signed)."""

    def modify_before_signing(self, context: InterceptorContext) -> HttpRequest:
        """Return the request to sign: add headers here and they are signed."""
        assert context.request is not None
        return context.request

    def read_after_signing(self, context: InterceptorContext) -> None:
        """The request is signed (its Authorization header is set)."""

    def modify_before_transmit(self, context: InterceptorContext) -> HttpRequest:
        """Return the request to send; changes here are not signed."""
        assert context.request is not None
        return context.request

    def read_after_transmit(self, context: InterceptorContext) -> None:
        """The HTTP response arrived (not yet parsed)."""

    def modify_before_deserialization(self, context: InterceptorContext) -> HttpResponse:
        """Return the response to parse."""
        assert context.response is not None
        return context.response

    def read_after_deserialization(self, context: InterceptorContext) -> None:
        """The typed output is parsed (for a success response)."""

    def read_after_execution(self, context: InterceptorContext) -> None:
        """Last, after a successful call (errors propagate without this hook)."""
