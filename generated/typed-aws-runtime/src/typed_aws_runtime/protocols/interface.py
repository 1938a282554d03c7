"""The client-protocol interface: what the call pipeline asks of a wire protocol.

A protocol turns a call into an HTTP request and an HTTP response back into
the call's output or error; the pipeline (sync and async alike) does
everything else: validating the input's type, routing, the host prefix,
the headers every SDK sends, signing, retries, interceptors, logging. It
calls a protocol only through :class:`ClientProtocol`, so it knows no
header, content type, body format or error field of any protocol, and a
transport knows none either. In the spirit of smithy-python's
``ClientProtocol``.

Each protocol is one module of this package (:mod:`.awsjson`: awsJson 1.0
and 1.1) holding a class that implements the interface; the generated
``_operations.py`` builds one instance with the service's protocol settings
and hands it to ``ServiceSpec`` as ``protocol=``. The interface is
structural (a :class:`typing.Protocol`): implementations do not derive from
it, and this module is imported only by type checkers, never when a client
starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from ..exceptions import ServiceError
    from ..pipeline.operation import OperationSpec
    from ..transports.http import HttpRequest, HttpResponse

Output = TypeVar("Output")


class ErrorTable(Protocol):
    """What :meth:`ClientProtocol.parse_error` needs of a service (a ``ServiceSpec`` is one).

    ``errors`` maps an error code (the bare shape name, and for a service
    that has them, its query-compatible code) to the modeled class;
    ``base_error`` is the class of an error the model does not describe.
    """

    @property
    def errors(self) -> Mapping[str, type[ServiceError]]: ...

    @property
    def base_error(self) -> type[ServiceError]: ...


class ClientProtocol(Protocol):
    """One wire protocol, as the call pipeline uses it. Must be safe to share across threads.

    ``id`` names the protocol as Smithy does (``awsJson1_0``), for logs and
    messages.
    """

    id: str

    def prepare(self) -> None:
        """Load what every call of this protocol needs (its codec's modules, say).

        A client's construction calls it, so that the first call pays only
        for what its own operation needs. Must be cheap once done.
        """
        ...

    def serialize_request(self, operation: OperationSpec[Any], params: Any) -> HttpRequest:
        """The request of one call of ``operation``, before routing and signing.

        ``params`` is an instance of ``operation.input`` (the pipeline has
        checked its type), or None for an operation without input. The
        request's ``url`` is the path and query string relative to the
        endpoint (``"/"`` for a protocol that posts every call to one
        address); its ``headers`` are those the protocol sets. It must be a
        new request each time: the pipeline completes it in place (the
        absolute URL, its own headers). Members the model marks as
        idempotency tokens (``operation.idempotency_tokens``) are filled
        with a random UUID4 when the input leaves them unset; the request is
        built once per call and every attempt sends it, so a retry repeats
        the same tokens. Raises :class:`ParamValidationError` for an invalid
        input.
        """
        ...

    def parse_response(self, operation: OperationSpec[Output], response: HttpResponse) -> Output:
        """The typed output of a successful (2xx) response of ``operation``.

        Raises :class:`ResponseParseError` (with the status and
        the request id) when the response cannot be read as that output.
        """
        ...

    def parse_error(self, service: ErrorTable, response: HttpResponse) -> ServiceError:
        """The exception for an error (non-2xx) response; returned, not raised.

        The modeled class found by the error's code in ``service.errors``,
        else ``service.base_error``; it carries the ``code``, ``message``,
        HTTP ``status_code``, ``request_id`` and the decoded ``details``. A
        body the protocol cannot read still gives an error (coded by the
        HTTP status), never an exception of another kind.
        """
        ...

    def request_id(self, response: HttpResponse) -> str | None:
        """The id the service gave the request (for support cases), or None.

        Also read from the head of a response whose body never arrived whole
        (:attr:`TransportError.head`).
        """
        ...


class ServerSide(Protocol):
    """What a protocol offers to stand in for the service (the ``testing`` module's stubber, the emulator).

    The other half of :class:`ClientProtocol`: it reads a request as the
    service would and writes the response the service would send, so a stubbed
    client runs its whole pipeline with only the network replaced. Optional: a
    protocol without it cannot be stubbed.
    """

    def request_operation(self, request: HttpRequest) -> str:
        """The name of the operation ``request`` calls ("" when it names none)."""
        ...

    def read_request(self, operation: OperationSpec[Any], request: HttpRequest) -> Any:
        """The typed input ``request`` carries (None for an operation without input).

        Raises :class:`ParamValidationError` naming the member that does not fit.
        """
        ...

    def write_response(
        self, operation: OperationSpec[Any], output: Any, request_id: str
    ) -> HttpResponse:
        """The 200 response carrying ``output`` (an ``operation.output``, or None).

        Raises :class:`ParamValidationError` when ``output`` breaks the model
        (a required member missing, a value of the wrong type).
        """
        ...

    def write_error(
        self, code: str, message: str, status: int, fields: Mapping[str, Any], request_id: str
    ) -> HttpResponse:
        """The error response of ``code`` with the modeled ``fields`` (JSON-safe, wire names)."""
        ...

    def read_document(self, request: HttpRequest) -> Any:
        """The request's body as plain values by wire name, unchecked (the emulator checks it).

        Raises :class:`ValueError` for a body the protocol cannot read.
        """
        ...

    def write_document(self, document: Mapping[str, Any], request_id: str) -> HttpResponse:
        """The 200 response carrying the output ``document`` (plain values by wire name)."""
        ...
