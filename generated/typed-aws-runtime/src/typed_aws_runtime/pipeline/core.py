"""The synchronous client core: the request pipeline of every operation.

check the input's type -> serialize (the service's protocol, which also
fills idempotency tokens) -> route (the endpoint: the client's one, or this
input's, see :mod:`..config.routing`) -> address and complete the HTTP
request -> then per attempt: sign (SigV4, for the route's scope) -> send
(request handler) -> parse or raise (the protocol again); the retry
strategy (:mod:`..retries.strategy`) decides whether a failed attempt is
made again. Every attempt of a call sends the same body (so the same
idempotency tokens) and the same ``amz-sdk-invocation-id``: a retried
create cannot create twice. Interceptor hooks (``extensions``) sit between
the steps. Generated client methods are thin wrappers that call
:meth:`ClientCore.invoke` with a precomputed :class:`OperationSpec`;
:meth:`ClientCore.configure` builds a core from the constructor's options
the way every AWS SDK resolves them.

The pipeline knows no wire protocol: it reaches the protocol only through
``service.protocol`` (:class:`~..protocols.interface.ClientProtocol`).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..auth.credentials import Credentials, CredentialsProvider, StaticCredentialsProvider
from ..exceptions import ParamValidationError, SdkError, ServiceError, TransportError
from ..model.ids import random_uuid
from ..model.structure import ResponseMetadata, Structure
from ..retries.strategy import (
    CLOCK_SKEW_ERROR_CODES,
    RetryStrategy,
    RetryToken,
    StandardRetryStrategy,
    corrected_clock_offset,
    retry_after,
)
from ..transports.http import HttpRequest, HttpResponse, RequestHandler, Timeouts
from .interceptors import Interceptor, InterceptorContext
from .operation import OperationSpec
from .service import ServiceSpec
from .user_agent import build_user_agent

if TYPE_CHECKING:
    import logging

    from ..auth.sigv4 import SigV4Signer
    from ..config.client_config import ClientConfig
    from ..config.routing import Route, Router
    from ..retries.pacing import RateLimits
    from .modify import UpdateSpec
    from .waiter import WaiterSpec

DEBUG = 10  # logging.DEBUG, without importing logging before the first call
Output = TypeVar("Output")
Result = TypeVar("Result")
Request = TypeVar("Request", bound="Structure")
Handler = TypeVar("Handler")
Pipeline = TypeVar("Pipeline", bound="CallPipeline[Any]")


class CallPipeline(Generic[Handler]):
    """A client's resolved settings and every step of a call that does no I/O.

    Serializing, signing, deciding on retries, parsing and logging live
    here, once; :class:`ClientCore` (sync) and :class:`~.aio_core.AsyncClientCore`
    only add the loop that sends and sleeps, so the two clients cannot
    drift apart. Safe to share across threads and tasks: per-call state
    lives on the stack; the signer's key cache, the credentials cache, the
    retry quota and the handler's pool are thread-safe.
    """

    def __init__(
        self,
        service: ServiceSpec,
        *,
        region: str | None,
        endpoint_url: str | None = None,
        credentials: Credentials | CredentialsProvider,
        request_handler: Handler | None = None,
        timeouts: Timeouts = Timeouts(),
        disable_host_prefix: bool = False,
        signing_name: str | None = None,
        signing_region: str | None = None,
        endpoint_headers: dict[str, str] | None = None,
        router: Router | None = None,
        retry_strategy: RetryStrategy | None = None,
        rate_limits: RateLimits | None = None,
        interceptors: Sequence[Interceptor] = (),
        logger: logging.Logger | None = None,
        config: ClientConfig | None = None,
        user_agent: str | None = None,
    ) -> None:
        self.service = service
        self.protocol = service.protocol
        self.region = region
        self.config = config
        if router is None:
            # One fixed endpoint, given directly (as tests and tools build a core).
            from ..config.routing import FixedRouter, Route

            if endpoint_url is None or not (signing_region or region):
                raise ValueError("a core needs a router, or an endpoint_url and a region")
            router = FixedRouter(
                Route(
                    endpoint_url,
                    endpoint_headers or {},
                    signing_name or service.signing_name,
                    signing_region or region or "",
                )
            )
        elif endpoint_url is not None:
            raise ValueError("pass a router or an endpoint_url, not both")
        self._router = router
        if isinstance(credentials, Credentials):
            credentials = StaticCredentialsProvider(credentials)
        self.credentials_provider = credentials
        # Made here, with the signer's and the codecs' shared modules below, rather than on
        # the first call: a built client is ready, so its first call (in an event loop, too)
        # pays only for what its operation needs.
        self.request_handler: Handler = (
            self._default_handler() if request_handler is None else request_handler
        )
        self.timeouts = timeouts
        self.disable_host_prefix = disable_host_prefix
        # One signer per (signing name, region) a route asks for, made on first use. The
        # class is imported now: hashlib's OpenSSL start-up is not the first call's to pay.
        from ..auth.sigv4 import SigV4Signer

        self._new_signer = SigV4Signer
        self._signers: dict[tuple[str, str], SigV4Signer] = {}
        self.protocol.prepare()
        # Seconds added to the local clock, learnt from the service (see _service_error).
        self._clock_offset = 0.0
        self._user_agent = user_agent or build_user_agent(service)
        self.retry_strategy = retry_strategy or StandardRetryStrategy()
        self.rate_limits = rate_limits
        self.interceptors = tuple(interceptors)
        self._logger = logger

    @property
    def endpoint_url(self) -> str | None:
        """The URL every call goes to, or None when each call's is resolved from its input."""
        return self._router.endpoint_url

    @classmethod
    def configure(
        cls: type[Pipeline], service: ServiceSpec, options: dict[str, Any], *, environ: Any = None
    ) -> Pipeline:
        """Build a core from a client constructor's options (None = not given)."""
        from .configure import configure_core

        return configure_core(cls, service, options, environ=environ)

    def _default_handler(self) -> Handler:
        """The handler of a client given none (its module is imported here)."""
        raise NotImplementedError

    @property
    def logger(self) -> logging.Logger:
        """The ``logger`` option, else the package's logger (looked up on first use)."""
        logger = self._logger
        if logger is None:
            import logging  # not before a logger is asked for (see debug_enabled)

            logger = self._logger = logging.getLogger(self.service.package_name)
        return logger

    def debug_enabled(self) -> bool:
        """Whether the logger takes DEBUG records.

        Without the ``logging`` module imported, nothing can have configured a
        logger to take them: False, without importing it (a cold process's
        first call then loads no ``logging``).
        """
        if self._logger is None and "logging" not in sys.modules:
            return False
        return self.logger.isEnabledFor(DEBUG)

    def build_request(
        self, operation: OperationSpec[Any], params: Structure | None
    ) -> tuple[HttpRequest, Route]:
        """Validate, serialize and address one call (no I/O, not yet signed).

        Returns the request and its route, which says how to sign it. The
        route is found after the input is validated, from the input.
        """
        if operation.input is None:
            params = None
        elif not isinstance(params, operation.input):
            raise ParamValidationError(
                "",
                f"{operation.name} takes a {operation.input.__name__}, got {type(params).__name__}",
            )
        request = self.protocol.serialize_request(operation, params)
        route = self._router.route(operation, params, self.credentials_provider)
        host = route.host
        if operation.host_prefix and not self.disable_host_prefix:
            host = _expand_host_prefix(operation.host_prefix, params) + host
        headers = request.headers
        headers["User-Agent"] = self._user_agent
        if route.headers:
            headers.update(route.headers)
        # One id per call, the same on every retry of it.
        headers["amz-sdk-invocation-id"] = random_uuid()
        if not operation.resend_safe:
            request.resend_safe = False
        request.url = f"{route.scheme}://{host}{_join_path(route.path, request.url)}"
        return request, route

    def call(
        self, operation: OperationSpec[Output], params: Structure | None
    ) -> Generator[HttpRequest | float, HttpResponse | None, Output]:
        """One whole call, as a generator that does no I/O itself.

        It yields either an :class:`HttpRequest` to send, and is then sent
        the :class:`HttpResponse` (or thrown the handler's TransportError),
        or a number of seconds to wait, and is then sent None. It returns
        the output or raises the call's error. The sync and async cores are
        the loops that do what it yields.
        """
        serialized, route, context = self.begin(operation, params)
        debug = self.debug_enabled()
        token = self.retry_strategy.acquire_initial_retry_token()
        while True:
            if token.delay > 0:
                yield token.delay
            limits = self.rate_limits
            if limits is not None:
                # After the retry's backoff: the slot is reserved for when the attempt goes.
                pause = self.rate_limit_pause(limits, operation)
                if pause > 0:
                    yield pause
            request = self.prepare_attempt(serialized, route, token.attempt, context)
            started = time.monotonic() if debug else 0.0
            try:
                try:
                    response = yield request
                except TransportError as error:
                    if error.head is not None and error.request_id is None:
                        # The transport knows no protocol: the id is read here.
                        error.request_id = self.protocol.request_id(error.head)
                    if debug:
                        self.log_attempt(operation, request, token.attempt, started, error)
                    raise
                assert response is not None
                if debug:
                    self.log_attempt(operation, request, token.attempt, started, response)
                output = self.finish_attempt(operation, response, context)
            except (ServiceError, TransportError) as error:
                retry = self.next_attempt(operation, token, error)
                if retry is None:
                    raise
                token = retry
                continue
            result: Any = output  # a TypeVar is not narrowed by isinstance
            if isinstance(result, Structure):
                result._response_metadata = ResponseMetadata(
                    self.protocol.request_id(response),
                    response.status,
                    response.headers,
                    token.attempt - 1,
                )
            self.succeed(operation, token, output, context)
            return output

    def begin(
        self, operation: OperationSpec[Any], params: Structure | None
    ) -> tuple[HttpRequest, Route, InterceptorContext | None]:
        """What a call does once, before its attempts: hooks, then the serialized request."""
        hooks = self.interceptors
        context = InterceptorContext(operation.name, params) if hooks else None
        if context is not None:
            for hook in hooks:
                hook.read_before_execution(context)
            for hook in hooks:
                params = context.input = hook.modify_before_serialization(context)
        request, route = self.build_request(operation, params)
        if context is not None:
            context.request = request
            for hook in hooks:
                hook.read_after_serialization(context)
        if self.debug_enabled():
            # The typed input's repr redacts every member the model marks sensitive. It is
            # made now: a record holds text, not the input, which a handler that formats
            # later (or serializes the arguments its own way) would see as it is then.
            self.logger.debug("%s: input %s", operation.name, repr(params))
        return request, route, context

    def rate_limit_pause(self, limits: RateLimits, operation: OperationSpec[Any]) -> float:
        """Seconds until this attempt's slot in its operation group's budget, shared by the
        process's clients of the same account and region (see ``retries/pacing.py``)."""
        credentials = self.credentials_provider.get_credentials()
        identity = credentials.account_id or credentials.access_key_id
        pause = limits.pause(operation.name, identity, self.region or "")
        if pause > 0 and self.debug_enabled():
            self.logger.debug("%s: rate limit: waiting %.3f s", operation.name, pause)
        return pause

    def prepare_attempt(
        self,
        serialized: HttpRequest,
        route: Route,
        attempt: int,
        context: InterceptorContext | None,
    ) -> HttpRequest:
        """A fresh, signed copy of the call's request for attempt number ``attempt``."""
        headers = serialized.headers.copy()
        headers["amz-sdk-request"] = f"attempt={attempt}; max={self.retry_strategy.max_attempts}"
        request = HttpRequest(
            serialized.method, serialized.url, headers, serialized.body, serialized.resend_safe
        )
        if context is not None:
            context.request = request
            for hook in self.interceptors:
                request = context.request = hook.modify_before_signing(context)
        self.signer(route).sign(request, self.credentials_provider.get_credentials())
        if context is not None:
            request = self._hooks(
                context, "read_after_signing", "modify_before_transmit", "request"
            )
            # A hook may hand over a request of its own making, which knows nothing of this.
            request.resend_safe = serialized.resend_safe
        return request

    def finish_attempt(
        self,
        operation: OperationSpec[Output],
        response: HttpResponse,
        context: InterceptorContext | None,
    ) -> Output:
        """The attempt's typed output, or its error raised (a ServiceError or a parse error)."""
        if context is not None:
            context.response = response
            response = self._hooks(
                context, "read_after_transmit", "modify_before_deserialization", "response"
            )
        if 200 <= response.status < 300:
            output = self.protocol.parse_response(operation, response)
            if context is not None:
                context.output = output
                for hook in self.interceptors:
                    hook.read_after_deserialization(context)
            return output
        raise self._service_error(response)

    def next_attempt(
        self, operation: OperationSpec[Any], token: RetryToken, error: SdkError
    ) -> RetryToken | None:
        """The token for another attempt after ``error``, or None to raise it.

        A transport error after which the server may have acted on the request
        is not retried when the operation is not safe to resend: a second
        delivery could act twice (a duplicate create), whatever the strategy
        would say. The error then says so.
        """
        if not operation.resend_safe and isinstance(error, TransportError) and error.request_sent:
            error.not_resent = (
                f"The {operation.name} request may have been processed: it was not resent, "
                f"because {operation.name} is not idempotent and takes no idempotency token. "
                "Check whether it took effect before calling it again, or retry it yourself"
            )
            return None
        retry = self.retry_strategy.refresh_retry_token_for_retry(token, error)
        if retry is not None and self.debug_enabled():
            self.logger.debug(
                "%s: retrying after %s (attempt %d of %d, in %.3f s)",
                operation.name,
                _reason(error),
                retry.attempt,
                self.retry_strategy.max_attempts,
                retry.delay,
            )
        return retry

    def succeed(
        self,
        operation: OperationSpec[Any],
        token: RetryToken,
        output: Any,
        context: InterceptorContext | None,
    ) -> None:
        """What a call does once, after the attempt that succeeded."""
        self.retry_strategy.record_success(token)
        if context is not None:
            for hook in self.interceptors:
                hook.read_after_execution(context)
        if self.debug_enabled():
            # As for the input: the output's repr, made now, redacts its sensitive members.
            self.logger.debug("%s: output %s", operation.name, repr(output))

    def log_attempt(
        self,
        operation: OperationSpec[Any],
        request: HttpRequest,
        attempt: int,
        started: float,
        outcome: HttpResponse | BaseException,
    ) -> None:
        """One DEBUG record per attempt: what was sent where, and what came back how fast.

        Never the headers (they hold the signature and the session token)
        and never a service's error message (it may quote the input).
        """
        elapsed = (time.monotonic() - started) * 1000
        if isinstance(outcome, HttpResponse):
            result = f"HTTP {outcome.status}, request id {self.protocol.request_id(outcome)}"
        else:
            result = _reason(outcome)
        self.logger.debug(
            "%s: attempt %d of %d: %s %s -> %s in %.1f ms",
            operation.name,
            attempt,
            self.retry_strategy.max_attempts,
            request.method,
            request.url,
            result,
            elapsed,
        )

    def _service_error(self, response: HttpResponse) -> ServiceError:
        """The error of a non-2xx response, with what the retry strategy needs to know."""
        error = self.protocol.parse_error(self.service, response)
        error.retry_after = retry_after(response)
        if error.code in CLOCK_SKEW_ERROR_CODES and self._signers:
            offset = corrected_clock_offset(response.header("Date"), self._clock_offset)
            if offset is not None:
                self._clock_offset = offset
                for signer in list(self._signers.values()):
                    signer.clock_offset = offset
                error.clock_skew_corrected = True
        return error

    def signer(self, route: Route) -> SigV4Signer:
        """The signer for ``route``'s scope, made on first use with the learnt clock offset.

        Two threads may both make the first signer of a scope: one is kept,
        and both sign alike.
        """
        signer = self._signers.get(route.scope)
        if signer is None:
            signer = self._new_signer(*route.scope)
            signer.clock_offset = self._clock_offset
            self._signers[route.scope] = signer
        return signer

    def _hooks(self, context: InterceptorContext, read: str, modify: str, field: str) -> Any:
        """Run every interceptor's ``read`` hook, then its ``modify`` hook on ``field``."""
        for hook in self.interceptors:
            getattr(hook, read)(context)
        for hook in self.interceptors:
            setattr(context, field, getattr(hook, modify)(context))
        return getattr(context, field)


def _reason(error: BaseException) -> str:
    """An error as a log shows it: the service's code and status, or the exception type."""
    if isinstance(error, ServiceError):
        return f"{error.code} (HTTP {error.status_code})"
    return type(error).__name__


class ClientCore(CallPipeline[RequestHandler]):
    """The synchronous client's core: the pipeline, with a blocking send-and-retry loop."""

    def _default_handler(self) -> RequestHandler:
        from ..transports.socket_handler import SocketRequestHandler

        if self.config is None:
            return SocketRequestHandler()
        return SocketRequestHandler(**self.config.handler_options())

    def invoke(self, operation: OperationSpec[Output], params: Structure | None) -> Output:
        """Run one call, retrying as the strategy allows; return its output or raise its error."""
        steps = self.call(operation, params)
        handler = self.request_handler
        try:
            step = next(steps)
            while True:
                if isinstance(step, HttpRequest):
                    try:
                        response = handler.send(step, timeouts=self.timeouts)
                    except TransportError as error:
                        step = steps.throw(error)
                    else:
                        step = steps.send(response)
                else:
                    time.sleep(step)
                    step = steps.send(None)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    def wait(
        self,
        waiter: WaiterSpec[Result],
        params: Structure | None,
        *,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> Result:
        """Call the waiter's operation until an acceptor decides (see :mod:`.waiter`)."""
        from .waiter import Waiting

        waiting = Waiting(
            waiter, delay=delay, max_attempts=max_attempts, max_wait=max_wait, logger=self.logger
        )
        while True:
            outcome: Any
            try:
                outcome = self.invoke(waiter.operation, params)
            except ServiceError as error:
                outcome = error
            pause = waiting.after(outcome)
            if pause is None:
                return waiting.output
            time.sleep(pause)

    def modify(
        self,
        update: UpdateSpec[Request, Result],
        read_params: Structure | None,
        change: Callable[[Request], Request],
        max_attempts: int,
    ) -> Result:
        """Read, change and write back until a write is not refused as stale (see :mod:`.modify`)."""
        from .modify import Modifying

        modifying = Modifying(update, change, max_attempts)
        while True:
            request = modifying.request(self.invoke(update.read, read_params))
            try:
                return self.invoke(update.write, request)
            except ServiceError as error:
                modifying.refused(error)

    def close(self) -> None:
        """Close the handler's pooled connections (a later call opens new ones)."""
        self.request_handler.close()


def _join_path(base: str, path: str) -> str:
    """The endpoint's path joined with a request's (botocore's ``_urljoin``).

    ``"/"`` adds nothing to an endpoint with a path of its own; otherwise
    the two are joined with one slash between them.
    """
    if path == "/" or not path:
        return base
    if base.endswith("/") and path.startswith("/"):
        return base[:-1] + path
    return base + path


def _expand_host_prefix(template: str, params: Structure | None) -> str:
    """Fill ``{Label}`` placeholders of an endpoint host prefix from the input's members."""
    # Only operations with a host prefix need it.
    from ..config.endpoints import is_valid_host_label

    # The boto3-style dict: members by wire name, whatever the protocol sends.
    values: dict[str, Any] = {} if params is None else params.to_dict()
    result = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        label, _, rest = after.partition("}")
        value = values.get(label)
        if not is_valid_host_label(value, False):
            raise ParamValidationError(
                label, f"must be a valid host label for the endpoint prefix, got {value!r}"
            )
        result.append(before + value)
    result.append(rest)
    return "".join(result)
