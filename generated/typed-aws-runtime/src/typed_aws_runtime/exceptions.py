"""The exception hierarchy shared by every generated client.

``SdkError`` is the root. A service answered with an error: ``ServiceError``
(the generated package derives one class per modeled error from it). No
HTTP response at all: ``TransportError``. The request was refused before
sending because the input is wrong: ``ParamValidationError``. A waiter
(``client.wait_until_...``) stopped short of its success state:
``WaiterError``, or ``WaiterTimeoutError`` when it ran out of attempts or time.
A value read as one of the service's events is not one: ``EventParseError``. A
read-modify-write (``client.modify_...``) whose every write met a newer change:
``UpdateConflictError``.
A call the client's own ``rate_limits`` refused, its daily quota being spent:
``QuotaExhaustedError``. Not an error but a warning: an option set that the
service's endpoint rules ignore, ``IgnoredOptionWarning``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from .transports.http import HttpResponse


class SdkError(Exception):
    """Base of every exception this client raises."""


class ParamValidationError(SdkError, ValueError):
    """The input failed validation before anything was sent.

    ``path`` is the member path of the offending value, e.g.
    ``Settings.Owner.Name`` or ``Items[2].Id``.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"Invalid input at {path or '<root>'}: {problem}")

    def nested(self, parent: str) -> "ParamValidationError":
        """Return the same error with ``parent`` prefixed to its path."""
        if not self.path:
            path = parent
        elif self.path.startswith("["):
            path = parent + self.path
        else:
            path = f"{parent}.{self.path}"
        return ParamValidationError(path, self.problem)


class EventParseError(SdkError, ValueError):
    """A value given as an event of the service is not one.

    Not a JSON object (or not JSON at all), another service's ``source``, or a
    field missing or of the wrong type. ``path`` names the field in the event's
    own JSON names, e.g. ``detail.order.id`` or ``resources[0]``
    (empty for the event as a whole); ``problem`` says what was wrong.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"Invalid event at {path}: {problem}" if path else f"Invalid event: {problem}"
        )


class TransportError(SdkError):
    """No HTTP response was received (connection refused or reset, DNS, TLS).

    Or no complete one: when the status line and headers arrived but the
    body did not (cut short, too large, malformed), ``head`` holds them (an
    :class:`~.transports.http.HttpResponse` with an empty body),
    ``status_code`` is its status and ``request_id`` the id the service gave
    it, which the client reads from ``head`` by its protocol's rules (a
    transport knows no protocol); the message then ends with
    ``(HTTP <status>, request id <id>)``. Otherwise all three are None.

    ``request_sent`` is False when the failure came before the server could
    have the whole request (no connection, or the request not all written),
    so sending it again cannot act twice; True when the server may have
    received it, and is the default: a handler that does not say is taken
    to have sent it. ``not_resent`` is set (and ends the message) when the
    client did not retry because the server may have acted on the request.
    """

    head: HttpResponse | None = None
    status_code: int | None = None
    request_id: str | None = None
    request_sent: bool = True
    not_resent: str | None = None

    def __init__(
        self, *args: object, head: HttpResponse | None = None, request_sent: bool | None = None
    ) -> None:
        super().__init__(*args)
        if head is not None:
            self.head = head
            self.status_code = head.status
        if request_sent is not None:
            self.request_sent = request_sent

    def __str__(self) -> str:
        text = super().__str__()
        if self.status_code is not None:
            text = f"{text} (HTTP {self.status_code}, request id {self.request_id})"
        if self.not_resent is not None:
            text = f"{text}. {self.not_resent}"
        return text


class ConnectTimeoutError(TransportError):
    """The TCP connection was not established within the connect timeout."""

    request_sent = False


class ReadTimeoutError(TransportError):
    """The server did not answer within the read timeout."""


class IncompleteResponseError(TransportError):
    """The status line and headers arrived, then the connection closed before the whole body.

    Carries the ``status_code`` and ``request_id`` of the head received (and
    the ``head`` itself when the transport gives it).
    """

    status_code: int
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        request_id: str | None = None,
        head: HttpResponse | None = None,
    ) -> None:
        super().__init__(message, head=head)
        self.status_code = status_code
        if request_id is not None:
            self.request_id = request_id


class ResponseParseError(SdkError):
    """A successful response could not be read: not JSON, or not the modeled output shape.

    An empty body, an HTML page from a proxy, JSON cut short, a value of the
    wrong type (the message names its member path, e.g.
    ``Items[3].CreatedAt``). Carries the HTTP
    ``status_code``, the ``request_id`` (for AWS support) and the first
    1 KiB of the ``body``; the message quotes no more of the body than an
    HTML page's title.
    """

    body: bytes

    def __init__(
        self, message: str, *, status_code: int, body: bytes, request_id: str | None = None
    ) -> None:
        self.status_code = status_code
        self.request_id = request_id
        self.body = body[:1024]
        super().__init__(f"{message} (HTTP {status_code}, request id {request_id})")


class ServiceError(SdkError):
    """The service answered with an error.

    Carries the error ``code`` (the bare shape name, without namespace or
    URI), the ``message``, the HTTP ``status_code``, the ``request_id`` and
    the raw decoded error body in ``details``. Modeled errors are subclasses
    with typed attributes; a code the client does not know raises this class
    itself, so an older client still tells what happened.
    """

    code: str = ""
    fault: str = "client"
    # The model's retryable trait: "throttling", "transient" or None.
    retryable: str | None = None
    # Seconds the response asked the client to wait before retrying, if any.
    retry_after: float | None = None
    # The client corrected its clock from this response's Date (a skew error).
    clock_skew_corrected: bool = False
    details: dict[str, Any]
    # An error listing the fields it refuses: (its list member, and the field, message and
    # code members of an item; code may be None), Python names. str() shows the list.
    _FIELD_ERRORS: ClassVar[tuple[str, str, str, str | None] | None] = None

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        status_code: int = 0,
        request_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        if code is not None:
            self.code = code
        self.message = message
        self.status_code = status_code
        self.request_id = request_id
        self.details = details if details is not None else {}
        super().__init__(message)

    def to_dict(self) -> dict[str, Any]:
        """The error's modeled members, boto3-style (none for an unknown code)."""
        return {}

    def __str__(self) -> str:
        text = (
            f"{self.code} (HTTP {self.status_code}, request id {self.request_id}): {self.message}"
        )
        fields = self.field_errors_text()
        return f"{text}: {fields}" if fields else text

    def field_errors_text(self) -> str:
        """The fields the service refused, as ``Field: message (CODE)`` joined by ``; ``.

        Empty unless the error's model lists field errors (a list of items
        with a field name and a message, such as a ValidationException's).
        """
        spec = self._FIELD_ERRORS
        items = getattr(self, spec[0], None) if spec is not None else None
        if not spec or not isinstance(items, list):
            return ""
        _, field, message, code = spec
        parts = []
        for item in items:
            text = f"{getattr(item, field, None)}: {getattr(item, message, None)}"
            value = getattr(item, code, None) if code is not None else None
            parts.append(f"{text} ({value})" if value is not None else text)
        return "; ".join(parts)


class WaiterError(SdkError):
    """A waiter stopped without reaching its success state.

    An acceptor in the failure state matched, or the operation raised an
    error that no acceptor expects. Carries the waiter's ``name``, the
    ``reason``, the ``last_response`` (the last attempt's output, or the
    :class:`ServiceError` it raised) and the number of ``attempts`` made.
    """

    def __init__(self, name: str, reason: str, *, last_response: Any, attempts: int) -> None:
        self.name = name
        self.reason = reason
        self.last_response = last_response
        self.attempts = attempts
        super().__init__(f"Waiter {name}: {reason}")


class WaiterTimeoutError(WaiterError):
    """A waiter made its ``max_attempts`` attempts, or ran out of ``max_wait``, undecided.

    Besides what :class:`WaiterError` carries, ``elapsed`` is the seconds
    from the first attempt's start to the end of the last.
    """

    def __init__(
        self, name: str, reason: str, *, last_response: Any, attempts: int, elapsed: float
    ) -> None:
        self.elapsed = elapsed
        super().__init__(name, reason, last_response=last_response, attempts=attempts)


class UpdateConflictError(SdkError):
    """A read-modify-write (``client.modify_...``) ran out of attempts.

    Every write was refused because the resource changed after the read that
    preceded it (another writer was faster each time). Carries the update
    ``operation``'s name, the ``attempts`` made and the ``last_error`` (the
    refusal of the last write, also the exception's ``__cause__``).
    """

    def __init__(self, operation: str, *, attempts: int, last_error: ServiceError) -> None:
        self.operation = operation
        self.attempts = attempts
        self.last_error = last_error
        super().__init__(
            f"{operation}: gave up after {attempts} attempts; each write found the resource "
            f"changed since its read ({last_error.code})"
        )


class QuotaExhaustedError(SdkError):
    """The client's ``rate_limits`` refused a call: its group's daily quota is spent.

    Nothing was sent. The count is this process's (every client sharing the
    account and region): ``group`` names the operation group, ``daily_quota``
    its requests per rolling 24 hours, and ``retry_after`` the seconds until
    the oldest counted request leaves the window, so one more is allowed.
    """

    def __init__(self, group: str, daily_quota: int, retry_after: float) -> None:
        self.group = group
        self.daily_quota = daily_quota
        self.retry_after = retry_after
        super().__init__(
            f"the daily quota of the operation group {group!r} is spent: {daily_quota} "
            f"requests in the last 24 hours; the next is allowed in {retry_after:.0f} s "
            "(nothing was sent)"
        )


class IgnoredOptionWarning(UserWarning):
    """An option was set that the service's endpoint rules do not take: it changes nothing.

    Issued at construction, e.g. for ``use_dualstack_endpoint=True`` when the
    rule set has no ``AWS::UseDualStack`` parameter.
    """
