"""The synchronous client core: the request pipeline of every operation.

validate + serialize -> fill idempotency tokens -> build the HTTP request
-> sign (SigV4) -> send (request handler) -> parse or raise. Generated
client methods are thin wrappers that call :meth:`ClientCore.invoke` with a
precomputed :class:`OperationSpec`.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING, Any, TypeVar

from .credentials import Credentials, CredentialsProvider, StaticCredentialsProvider
from .errors import ParamValidationError
from .http import HttpRequest, RequestHandler, Timeouts
from .operation import OperationSpec, ServiceSpec
from .protocol import encode_body, parse_error, parse_response
from .shapes import Structure

if TYPE_CHECKING:
    from .sigv4 import SigV4Signer

Output = TypeVar("Output")


class ClientCore:
    """Holds a client's configuration and runs the pipeline for one call.

    Safe to share across threads: per-call state lives on the stack; the
    signer's key cache and the handler's pool are thread-safe.
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
    ) -> None:
        self.service = service
        self.region = region
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
        self._signer: SigV4Signer | None = None  # made on first use, like the handler
        python = ".".join(str(part) for part in sys.version_info[:3])
        self._user_agent = (
            f"{service.package_name}/{service.package_version} python/{python} os/{sys.platform}"
        )

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
        for token in operation.idempotency_tokens:
            if body.get(token) is None:
                import uuid  # only operations with idempotency tokens need it

                body[token] = str(uuid.uuid4())
        host = self._host
        if operation.host_prefix and not self.disable_host_prefix:
            host = _expand_host_prefix(operation.host_prefix, body) + host
        return HttpRequest(
            "POST",
            f"{self._scheme}://{host}{self._path}",
            {
                "Content-Type": self.service.content_type,
                "X-Amz-Target": operation.target,
                "User-Agent": self._user_agent,
            },
            encode_body(body),
        )

    def invoke(self, operation: OperationSpec[Output], params: Structure | None) -> Output:
        """Run one call and return its typed output (or raise its error)."""
        request = self.build_request(operation, params)
        signer = self._signer
        if signer is None:
            # hashlib's OpenSSL start-up is not paid until a request is signed.
            from .sigv4 import SigV4Signer

            signer = self._signer = SigV4Signer(self.service.signing_name, self.region)
        signer.sign(request, self.credentials_provider.get_credentials())
        response = self.request_handler.send(request, timeouts=self.timeouts)
        if 200 <= response.status < 300:
            return parse_response(operation, response)
        raise parse_error(self.service, response)

    def close(self) -> None:
        if self._request_handler is not None:
            self._request_handler.close()


def _expand_host_prefix(template: str, body: dict[str, Any]) -> str:
    """Fill ``{Label}`` placeholders of an endpoint host prefix from the input."""
    result = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        label, _, rest = after.partition("}")
        value = body.get(label)
        if not isinstance(value, str) or not _is_host_label(value):
            raise ParamValidationError(
                label, f"must be a valid host label for the endpoint prefix, got {value!r}"
            )
        result.append(before + value)
    result.append(rest)
    return "".join(result)


def _is_host_label(value: str) -> bool:
    return (
        0 < len(value) < 64
        and value.isascii()
        and value.replace("-", "").isalnum()
        and not value.startswith("-")
    )
