"""The static description of an operation, rendered by the generator (one per operation).

Plain slotted classes rather than dataclasses: these modules are imported on
every client start, and the dataclass machinery costs milliseconds there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

Output = TypeVar("Output")


class OperationSpec(Generic[Output]):
    """What the client needs to call one operation (a precomputed table row).

    ``name`` is the operation's name in the model (its wire name: the
    protocol derives what it sends to address the operation from it);
    ``input`` the input Structure class (None when the operation takes
    none); ``output`` the output class (None for an operation with no
    output); ``idempotency_tokens`` the wire names the protocol fills with a
    UUID4 when absent; ``host_prefix`` the endpoint host prefix template,
    e.g. ``"data-{Label}."`` (labels are input members, by wire name);
    ``output_has_documents`` says the output can hold free-form documents,
    which the protocol must decode exactly;
    ``endpoint_params`` (None when the operation sets none) returns the
    endpoint rule-set parameters a call sets from its typed input and the
    model's static values, by parameter name (a value of None sets nothing).
    """

    __slots__ = (
        "name",
        "input",
        "output",
        "idempotency_tokens",
        "host_prefix",
        "output_has_documents",
        "endpoint_params",
    )

    def __init__(
        self,
        *,
        name: str,
        input: Any,
        output: type[Output] | None,
        idempotency_tokens: tuple[str, ...] = (),
        host_prefix: str | None = None,
        output_has_documents: bool = False,
        endpoint_params: Callable[[Any], dict[str, Any]] | None = None,
    ) -> None:
        self.name = name
        self.input = input
        self.output = output
        self.idempotency_tokens = idempotency_tokens
        self.host_prefix = host_prefix
        self.output_has_documents = output_has_documents
        self.endpoint_params = endpoint_params

    def __repr__(self) -> str:
        return f"OperationSpec({self.name!r})"
