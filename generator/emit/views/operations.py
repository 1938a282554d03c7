"""Operation facts the ``_operations`` module renders: endpoint parameter bindings."""

from __future__ import annotations

from ...model import context_params
from ...model.ir import Operation
from .base import ViewBase


class OperationsView(ViewBase):
    """Per-operation tables: how a call sets the endpoint rule-set's parameters."""

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
