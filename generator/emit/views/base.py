"""What every view needs: the service, its shapes by name, operations and paginations."""

from __future__ import annotations

from functools import cached_property

from ...model import paging
from ...model.ir import Operation, Service, Shape
from ...model.paging import Pagination


class ViewBase:
    """The IR a view reads, with lookups the templates ask for many times."""

    def __init__(self, service: Service) -> None:
        self.service = service

    def shape(self, name: str) -> Shape:
        return self.service.shapes[name]

    @cached_property
    def operations_by_name(self) -> dict[str, Operation]:
        return {operation.name: operation for operation in self.service.operations}

    @cached_property
    def _paginations(self) -> dict[str, Pagination]:
        """Every paginator resolved once: the templates ask for each many times."""
        return {
            operation.name: paging.pagination(self.service.shapes, operation)
            for operation in self.service.paginated_operations
        }

    def pagination(self, operation: Operation) -> Pagination:
        """``operation``'s paginator in Python names (the loader has checked it resolves)."""
        return self._paginations[operation.name]
