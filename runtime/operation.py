"""Static descriptions of a service and its operations, rendered by the generator."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import ServiceError

Output = TypeVar("Output")


@dataclass(frozen=True)
class OperationSpec(Generic[Output]):
    """What the client needs to call one operation (a precomputed table row)."""

    name: str
    target: str  # the X-Amz-Target header value
    input: Any  # the input Structure class, or None when the operation takes none
    output: type[Output] | None  # None for an operation with no output
    idempotency_tokens: tuple[str, ...] = ()  # wire names filled with a UUID4 when absent
    host_prefix: str | None = None  # e.g. "data-{Label}." (labels from input members)


@dataclass(frozen=True)
class ServiceSpec:
    """What the client needs to know about the service."""

    service_id: str
    api_version: str
    json_version: str
    signing_name: str
    endpoint_prefix: str
    package_name: str
    package_version: str
    base_error: type[ServiceError]
    errors: Mapping[str, type[ServiceError]] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return f"application/x-amz-json-{self.json_version}"
