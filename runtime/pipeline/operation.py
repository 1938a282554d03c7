"""Static descriptions of a service and its operations, rendered by the generator.

Plain slotted classes rather than dataclasses: these modules are imported on
every client start, and the dataclass machinery costs milliseconds there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..exceptions import ServiceError

Output = TypeVar("Output")


class OperationSpec(Generic[Output]):
    """What the client needs to call one operation (a precomputed table row).

    ``target`` is the X-Amz-Target header value; ``input`` the input Structure
    class (None when the operation takes none); ``output`` the output class
    (None for an operation with no output). Both are given by name, as
    attributes of the ``shapes`` module, and looked up on first use: building
    the table imports no shape class. ``idempotency_tokens`` the wire
    names filled with a UUID4 when absent; ``host_prefix`` the endpoint host
    prefix template, e.g. ``"data-{Label}."``; ``output_has_documents`` says
    the output can hold free-form JSON, which must be parsed exactly;
    ``endpoint_params`` (None when the operation sets none) returns the
    endpoint rule-set parameters a call sets from its typed input and the
    model's static values, by parameter name (a value of None sets nothing).
    """

    __slots__ = (
        "name",
        "target",
        "input",
        "output",
        "_shapes",
        "_classes",
        "idempotency_tokens",
        "host_prefix",
        "output_has_documents",
        "endpoint_params",
    )
    input: Any
    output: type[Output] | None

    def __init__(
        self,
        *,
        name: str,
        target: str,
        shapes: Any,
        input: str | None,
        output: str | None,
        idempotency_tokens: tuple[str, ...] = (),
        host_prefix: str | None = None,
        output_has_documents: bool = False,
        endpoint_params: Callable[[Any], dict[str, Any]] | None = None,
    ) -> None:
        self.name = name
        self.target = target
        self._shapes = shapes
        # Class names by attribute; an attribute named here is left unset until first read.
        self._classes = {"input": input, "output": output}
        if input is None:
            self.input = None
        if output is None:
            self.output = None
        self.idempotency_tokens = idempotency_tokens
        self.host_prefix = host_prefix
        self.output_has_documents = output_has_documents
        self.endpoint_params = endpoint_params

    if not TYPE_CHECKING:  # to type checkers, ``input`` and ``output`` are plain attributes

        def __getattr__(self, attribute: str) -> Any:
            """``input`` or ``output`` on first read: the class, kept in its slot from then on.

            Only an unset slot comes here, so later reads cost what any attribute does.
            """
            name = self._classes.get(attribute) if attribute in ("input", "output") else None
            if name is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {attribute!r}"
                )
            value = getattr(self._shapes, name)
            setattr(self, attribute, value)
            return value

    def __repr__(self) -> str:
        return f"OperationSpec({self.name!r})"


class ServiceSpec:
    """What the client needs to know about the service."""

    __slots__ = (
        "service_id",
        "api_version",
        "json_version",
        "signing_name",
        "endpoint_prefix",
        "package_name",
        "package_version",
        "base_error",
        "errors",
        "content_type",
        "env_name",
        "config_key",
        "endpoint_rules",
        "query_compatible",
        "endpoint_params_per_call",
        "client_context_params",
    )

    def __init__(
        self,
        *,
        service_id: str,
        api_version: str,
        json_version: str,
        signing_name: str,
        endpoint_prefix: str,
        package_name: str,
        package_version: str,
        base_error: type[ServiceError],
        errors: Mapping[str, type[ServiceError]],
        env_name: str = "",
        config_key: str = "",
        endpoint_rules: Callable[[], dict[str, Any]] | None = None,
        query_compatible: bool = False,
        endpoint_params_per_call: bool = False,
        client_context_params: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.service_id = service_id
        self.api_version = api_version
        self.json_version = json_version
        self.signing_name = signing_name
        self.endpoint_prefix = endpoint_prefix
        self.package_name = package_name
        self.package_version = package_version
        self.base_error = base_error
        self.errors = errors
        self.content_type = f"application/x-amz-json-{json_version}"
        # AWS_ENDPOINT_URL_<env_name>, and the key under a [services ...] section
        self.env_name = env_name
        self.config_key = config_key
        # Returns the endpoint rule set (imported only when a client is built).
        self.endpoint_rules = endpoint_rules
        # awsQueryCompatible: a JSON service that was a query service. Requests
        # say so (x-amzn-query-mode), and errors carry their query code.
        self.query_compatible = query_compatible
        # Does some operation set endpoint parameters from its call (endpoint_params)?
        self.endpoint_params_per_call = endpoint_params_per_call
        # Client options that set endpoint parameters: option -> (parameter, "string"|"boolean").
        self.client_context_params = client_context_params or {}

    def __repr__(self) -> str:
        return f"ServiceSpec({self.service_id!r}, {self.api_version!r})"
