"""The synchronous client core: the request pipeline of every operation.

validate + serialize -> fill idempotency tokens -> build the HTTP request
-> then per attempt: sign (SigV4) -> send (request handler) -> parse or
raise; the retry strategy (:mod:`.retries`) decides whether a failed
attempt is made again. Every attempt of a call sends the same body (so the
same idempotency tokens) and the same ``amz-sdk-invocation-id``: a retried
create cannot create twice. Interceptor hooks (``extensions``) sit between
the steps. Generated client methods are thin wrappers that call
:meth:`ClientCore.invoke` with a precomputed :class:`OperationSpec`;
:meth:`ClientCore.configure` builds a core from the constructor's options
the way every AWS SDK resolves them.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .credentials import Credentials, CredentialsProvider, StaticCredentialsProvider
from .errors import ParamValidationError, ServiceError, TransportError
from .http import HttpRequest, HttpResponse, RequestHandler, Timeouts
from .interceptors import Interceptor, InterceptorContext
from .operation import OperationSpec, ServiceSpec
from .protocol import encode_body, parse_error, parse_response, request_id
from .retries import (
    CLOCK_SKEW_ERROR_CODES,
    RetryStrategy,
    StandardRetryStrategy,
    corrected_clock_offset,
    retry_after,
)
from .shapes import Structure

if TYPE_CHECKING:
    import logging

    from .config import ClientConfig
    from .sigv4 import SigV4Signer

Output = TypeVar("Output")


class ClientCore:
    """A client's resolved settings, and the pipeline that runs one call.

    Safe to share across threads: per-call state lives on the stack; the
    signer's key cache, the credentials cache and the handler's pool are
    thread-safe.
    """

    def __init__(
        self,
        service: ServiceSpec,
        *,
        region: str,
        endpoint_url: str,
        credentials: Credentials | CredentialsProvider,
        request_handler: RequestHandler | None = None,
        timeouts: Timeouts = Timeouts(),
        disable_host_prefix: bool = False,
        signing_name: str | None = None,
        signing_region: str | None = None,
        endpoint_headers: dict[str, str] | None = None,
        retry_strategy: RetryStrategy | None = None,
        interceptors: Sequence[Interceptor] = (),
        logger: logging.Logger | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        self.service = service
        self.region = region
        self.config = config
        self.endpoint_url = endpoint_url.rstrip("/")
        scheme, _, rest = self.endpoint_url.partition("://")
        host, _, path = rest.partition("/")
        self._scheme = scheme
        self._host = host
        self._path = "/" + path if path else "/"
        if isinstance(credentials, Credentials):
            credentials = StaticCredentialsProvider(credentials)
        self.credentials_provider = credentials
        self._request_handler = request_handler
        self._handler_lock = threading.Lock()
        self.timeouts = timeouts
        self.disable_host_prefix = disable_host_prefix
        self.signing_name = signing_name or service.signing_name
        self.signing_region = signing_region or region
        self._signer: SigV4Signer | None = None  # made on first use, like the handler
        python = ".".join(str(part) for part in sys.version_info[:3])
        self._static_headers = {
            "Content-Type": service.content_type,
            "User-Agent": (
                f"{service.package_name}/{service.package_version} "
                f"python/{python} os/{sys.platform}"
            ),
            **(endpoint_headers or {}),
        }
        self.retry_strategy = retry_strategy or StandardRetryStrategy()
        self.interceptors = tuple(interceptors)
        self._logger = logger

    @classmethod
    def configure(
        cls, service: ServiceSpec, options: dict[str, Any], *, environ: Any = None
    ) -> ClientCore:
        """Build a core from a client constructor's options (None = not given)."""
        from .setup import configure_core

        return configure_core(cls, service, options, environ=environ)

    @property
    def request_handler(self) -> RequestHandler:
        """The handler in use; the default one (urllib3) is made on first use.

        Importing urllib3 and building its TLS context cost tens of
        milliseconds, so a client that is built but not yet used pays nothing.
        """
        handler = self._request_handler
        if handler is None:
            with self._handler_lock:
                if self._request_handler is None:
                    from .urllib3_handler import Urllib3RequestHandler

                    self._request_handler = Urllib3RequestHandler()
                handler = self._request_handler
        return handler

    def build_request(
        self, operation: OperationSpec[Any], params: Structure | None
    ) -> HttpRequest:
        """Validate, serialize and address one call (no I/O, not yet signed)."""
        if operation.input is None:
            body: dict[str, Any] = {}
        elif isinstance(params, operation.input):
            body = params._encode(True)
        else:
            raise ParamValidationError(
                "",
                f"{operation.name} takes a {operation.input.__name__}, got {type(params).__name__}",
            )
        import uuid  # imported on first call, not at client start

        for token in operation.idempotency_tokens:
            if body.get(token) is None:
                body[token] = str(uuid.uuid4())
        host = self._host
        if operation.host_prefix and not self.disable_host_prefix:
            host = _expand_host_prefix(operation.host_prefix, body) + host
        headers = self._static_headers.copy()
        headers["X-Amz-Target"] = operation.target
        # One id per call, the same on every retry of it.
        headers["amz-sdk-invocation-id"] = str(uuid.uuid4())
        return HttpRequest(
            "POST", f"{self._scheme}://{host}{self._path}", headers, encode_body(body)
        )

    def invoke(self, operation: OperationSpec[Output], params: Structure | None) -> Output:
        """Run one call, retrying as the strategy allows; return its output or raise its error."""
        hooks = self.interceptors
        context = InterceptorContext(operation.name, params) if hooks else None
        if context is not None:
            for hook in hooks:
                hook.read_before_execution(context)
            for hook in hooks:
                params = context.input = hook.modify_before_serialization(context)
        request = self.build_request(operation, params)
        if context is not None:
            context.request = request
            for hook in hooks:
                hook.read_after_serialization(context)
        strategy = self.retry_strategy
        token = strategy.acquire_initial_retry_token()
        while True:
            if token.delay > 0:
                time.sleep(token.delay)
            try:
                output = self._attempt(operation, request, token.attempt, context)
            except (ServiceError, TransportError) as error:
                retry = strategy.refresh_retry_token_for_retry(token, error)
                if retry is None:
                    raise
                self._log_retry(operation, retry, error)
                token = retry
                continue
            strategy.record_success(token)
            if context is not None:
                for hook in hooks:
                    hook.read_after_execution(context)
            return output

    def _attempt(
        self,
        operation: OperationSpec[Output],
        serialized: HttpRequest,
        attempt: int,
        context: InterceptorContext | None,
    ) -> Output:
        """One attempt: sign a fresh copy of the request, send it, parse the answer."""
        headers = serialized.headers.copy()
        headers["amz-sdk-request"] = f"attempt={attempt}; max={self.retry_strategy.max_attempts}"
        request = HttpRequest(serialized.method, serialized.url, headers, serialized.body)
        if context is not None:
            context.request = request
            for hook in self.interceptors:
                request = context.request = hook.modify_before_signing(context)
        self._sign(request)
        if context is not None:
            request = self._hooks(
                context, "read_after_signing", "modify_before_transmit", "request"
            )
        logger = self._logger
        if logger is None:
            import logging  # urllib3 imports it too; not needed before the first call

            logger = self._logger = logging.getLogger(self.service.package_name)
        if logger.isEnabledFor(10):  # logging.DEBUG
            logger.debug("%s: POST %s (attempt %d)", operation.name, request.url, attempt)
        response = self.request_handler.send(request, timeouts=self.timeouts)
        if logger.isEnabledFor(10):
            logger.debug(
                "%s: HTTP %s, request id %s", operation.name, response.status, request_id(response)
            )
        if context is not None:
            context.response = response
            response = self._hooks(
                context, "read_after_transmit", "modify_before_deserialization", "response"
            )
        if 200 <= response.status < 300:
            output = parse_response(operation, response)
            if context is not None:
                context.output = output
                for hook in self.interceptors:
                    hook.read_after_deserialization(context)
            return output
        raise self._service_error(response)

    def _service_error(self, response: HttpResponse) -> ServiceError:
        """The error of a non-2xx response, with what the retry strategy needs to know."""
        error = parse_error(self.service, response)
        error.retry_after = retry_after(response)
        if error.code in CLOCK_SKEW_ERROR_CODES and self._signer is not None:
            offset = corrected_clock_offset(response.header("Date"), self._signer.clock_offset)
            if offset is not None:
                self._signer.clock_offset = offset
                error.clock_skew_corrected = True
        return error

    def _log_retry(self, operation: OperationSpec[Any], retry: Any, error: Exception) -> None:
        logger = self._logger
        if logger is not None and logger.isEnabledFor(10):
            # The code, not the message: a service's message may quote the input.
            reason = error.code if isinstance(error, ServiceError) else type(error).__name__
            logger.debug(
                "%s: retrying after %s (attempt %d of %d, in %.3f s)",
                operation.name,
                reason,
                retry.attempt,
                self.retry_strategy.max_attempts,
                retry.delay,
            )

    def _sign(self, request: HttpRequest) -> None:
        signer = self._signer
        if signer is None:
            # hashlib's OpenSSL start-up is not paid until a request is signed.
            from .sigv4 import SigV4Signer

            signer = self._signer = SigV4Signer(self.signing_name, self.signing_region)
        signer.sign(request, self.credentials_provider.get_credentials())

    def _hooks(self, context: InterceptorContext, read: str, modify: str, field: str) -> Any:
        """Run every interceptor's ``read`` hook, then its ``modify`` hook on ``field``."""
        for hook in self.interceptors:
            getattr(hook, read)(context)
        for hook in self.interceptors:
            setattr(context, field, getattr(hook, modify)(context))
        return getattr(context, field)

    def close(self) -> None:
        if self._request_handler is not None:
            self._request_handler.close()


def _expand_host_prefix(template: str, body: dict[str, Any]) -> str:
    """Fill ``{Label}`` placeholders of an endpoint host prefix from the input."""
    from .endpoints import is_valid_host_label  # only operations with a host prefix need it

    result = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        label, _, rest = after.partition("}")
        value = body.get(label)
        if not is_valid_host_label(value, False):
            raise ParamValidationError(
                label, f"must be a valid host label for the endpoint prefix, got {value!r}"
            )
        result.append(before + value)
    result.append(rest)
    return "".join(result)
