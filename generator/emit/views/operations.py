"""Operation facts the ``_operations`` module renders: endpoint parameter bindings, resend safety."""

from __future__ import annotations

from ...model import context_params
from ...model.ir import Operation
from .base import ViewBase


class OperationsView(ViewBase):
    """Per-operation tables: how a call sets the endpoint rule-set's parameters, and
    whether a request that may have reached the service can be sent again."""

    def resend_unsafe(self, operation: Operation) -> bool:
        """Whether the client must not resend ``operation`` once it may have reached the service.

        Only a model that states the read-only and idempotent traits of every
        operation can say so; for any other (botocore's) an absent trait says
        nothing, and calls retry as every AWS SDK retries them.
        """
        return self.service.idempotency_known and not operation.safe_to_resend

    def resend_unsafe_operations(self) -> list[Operation]:
        """The operations :meth:`resend_unsafe` names, for the retry rules' page."""
        return [op for op in self.service.operations if self.resend_unsafe(op)]

    def endpoint_params(self, operation: Operation) -> list[tuple[str, str]]:
        """(rule-set parameter, Python expression over ``params``) of each endpoint binding.

        The loader has checked that every binding resolves.
        """
        return [
            (
                binding.parameter,
                context_params.binding_code(self.service.shapes, operation.input, binding),
            )
            for binding in operation.endpoint_bindings
        ]

    @property
    def uses_context_steps(self) -> bool:
        """Does a binding read a path, so ``_operations.py`` needs ``runtime/config/context_params.py``?"""
        return any(
            binding.source == "path"
            for operation in self.service.operations
            for binding in operation.endpoint_bindings
        )
