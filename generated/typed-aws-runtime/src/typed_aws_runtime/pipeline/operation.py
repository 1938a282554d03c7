"""The static description of an operation, rendered by the generator (one per operation).

Plain slotted classes rather than dataclasses: these modules are imported on
every client start, and the dataclass machinery costs milliseconds there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

Output = TypeVar("Output")


class OperationSpec(Generic[Output]):
    """What the client needs to call one operation (a precomputed table row).

    ``name`` is the operation's name in the model (its wire name: the
    protocol derives what it sends to address the operation from it);
    ``input`` the input Structure class (None when the operation takes
    none); ``output`` the output class (None for an operation with no
    output), both given by name as attributes of the ``shapes`` module and
    looked up on first use, so building the table imports no shape class;
    ``idempotency_tokens`` the wire names the protocol fills with a
    UUID4 when absent; ``host_prefix`` the endpoint host prefix template,
    e.g. ``"data-{Label}."`` (labels are input members, by wire name);
    ``output_has_documents`` says the output can hold free-form documents,
    which the protocol must decode exactly;
    ``endpoint_params`` (None when the operation sets none) returns the
    endpoint rule-set parameters a call sets from its typed input and the
    model's static values, by parameter name (a value of None sets nothing);
    ``resend_safe`` is False when the model says a second delivery of a call
    may act twice (neither read-only nor idempotent, and no idempotency
    token): a request that may have reached the service is then never sent
    again, by the transport or by a retry. True when the model does not say.
    """

    __slots__ = (
        "name",
        "input",
        "output",
        "_shapes",
        "_classes",
        "idempotency_tokens",
        "host_prefix",
        "output_has_documents",
        "endpoint_params",
        "resend_safe",
    )
    name: str
    idempotency_tokens: tuple[str, ...]
    host_prefix: str | None
    output_has_documents: bool
    endpoint_params: Callable[[Any], dict[str, Any]] | None
    resend_safe: bool
    input: Any
    output: type[Output] | None

    def __init__(
        self,
        *,
        name: str,
        input: str | None,
        output: str | None,
        shapes: Any = None,
        idempotency_tokens: tuple[str, ...] = (),
        host_prefix: str | None = None,
        output_has_documents: bool = False,
        endpoint_params: Callable[[Any], dict[str, Any]] | None = None,
        resend_safe: bool = True,
    ) -> None:
        if shapes is None and (input or output):
            raise ValueError(f"{name}: give the shapes module its input and output are read from")
        self.name = name
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
        self.resend_safe = resend_safe

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
