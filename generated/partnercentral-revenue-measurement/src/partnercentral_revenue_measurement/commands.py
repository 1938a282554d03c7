"""Seed-style commands, one per operation, for ``client.send(...)``.

```python
client.send(GetMarketplaceRevenueShareCommand({"Catalog": "AWS", "Identifier": "arn:example:partnercentral:1234567:123456789012:catalog/Example/marketplace-revenue-share/mrs-1234567890123"}))
```

A command takes the operation's typed request object or a dict with the
wire (PascalCase) member names, as boto3 and the JavaScript SDK do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.pipeline.command import Command

from . import _operations as _ops

if TYPE_CHECKING:
    from typing import Any as _Any
    from typing import ClassVar as _ClassVar

    from typed_aws_runtime.pipeline.operation import OperationSpec as _OperationSpec

    from . import _input_types as _types
    from . import shapes as _shapes

__all__ = [
    "Command",
    "CreateMarketplaceRevenueShareCommand",
    "CreateMarketplaceRevenueShareAllocationCommand",
    "CreateRevenueAttributionCommand",
    "GetMarketplaceRevenueShareCommand",
    "GetMarketplaceRevenueShareAllocationCommand",
    "GetRevenueAttributionCommand",
    "GetRevenueAttributionAllocationCommand",
    "GetRevenueAttributionAllocationsTaskCommand",
    "ListMarketplaceRevenueShareAllocationsCommand",
    "ListMarketplaceRevenueSharesCommand",
    "ListRevenueAttributionAllocationsCommand",
    "ListRevenueAttributionsCommand",
    "ListTagsForResourceCommand",
    "StartRevenueAttributionAllocationsTaskCommand",
    "TagResourceCommand",
    "UntagResourceCommand",
    "UpdateMarketplaceRevenueShareCommand",
    "UpdateMarketplaceRevenueShareAllocationCommand",
    "UpdateRevenueAttributionCommand",
]


class CreateMarketplaceRevenueShareCommand(Command["_shapes.CreateMarketplaceRevenueShareOutput"]):
    """Creates a new marketplace revenue share resource in the specified catalog.

    Run it with `client.send(CreateMarketplaceRevenueShareCommand({...}))`, passing a
    `CreateMarketplaceRevenueShareInput` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateMarketplaceRevenueShareOutput`; its arguments and
    errors are those of
    `PartnerCentralRevenueMeasurementClient.create_marketplace_revenue_share`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_MARKETPLACE_REVENUE_SHARE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateMarketplaceRevenueShareInput
                | _types.CreateMarketplaceRevenueShareInputDict
            ),
        ) -> None: ...


class CreateMarketplaceRevenueShareAllocationCommand(
    Command["_shapes.CreateMarketplaceRevenueShareAllocationOutput"]
):
    """Creates a new allocation under the specified marketplace revenue share.

    Run it with `client.send(CreateMarketplaceRevenueShareAllocationCommand({...}))`,
    passing a `CreateMarketplaceRevenueShareAllocationInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `CreateMarketplaceRevenueShareAllocationOutput`; its arguments and errors are those
    of
    `PartnerCentralRevenueMeasurementClient.create_marketplace_revenue_share_allocation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateMarketplaceRevenueShareAllocationInput
                | _types.CreateMarketplaceRevenueShareAllocationInputDict
            ),
        ) -> None: ...


class CreateRevenueAttributionCommand(Command["_shapes.CreateRevenueAttributionOutput"]):
    """Creates a new revenue attribution record in the specified catalog.

    Run it with `client.send(CreateRevenueAttributionCommand({...}))`, passing a
    `CreateRevenueAttributionInput` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateRevenueAttributionOutput`; its arguments and errors
    are those of `PartnerCentralRevenueMeasurementClient.create_revenue_attribution`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_REVENUE_ATTRIBUTION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateRevenueAttributionInput | _types.CreateRevenueAttributionInputDict
            ),
        ) -> None: ...


class GetMarketplaceRevenueShareCommand(Command["_shapes.GetMarketplaceRevenueShareOutput"]):
    """Retrieves the details of a specific marketplace revenue share.

    Run it with `client.send(GetMarketplaceRevenueShareCommand({...}))`, passing a
    `GetMarketplaceRevenueShareInput` or a mapping with its wire (PascalCase) member
    names. The call returns `GetMarketplaceRevenueShareOutput`; its arguments and errors
    are those of `PartnerCentralRevenueMeasurementClient.get_marketplace_revenue_share`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_MARKETPLACE_REVENUE_SHARE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetMarketplaceRevenueShareInput
                | _types.GetMarketplaceRevenueShareInputDict
            ),
        ) -> None: ...


class GetMarketplaceRevenueShareAllocationCommand(
    Command["_shapes.GetMarketplaceRevenueShareAllocationOutput"]
):
    """Retrieves the details of a specific marketplace revenue share allocation.

    Run it with `client.send(GetMarketplaceRevenueShareAllocationCommand({...}))`,
    passing a `GetMarketplaceRevenueShareAllocationInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `GetMarketplaceRevenueShareAllocationOutput`; its arguments and errors are those of
    `PartnerCentralRevenueMeasurementClient.get_marketplace_revenue_share_allocation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_MARKETPLACE_REVENUE_SHARE_ALLOCATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetMarketplaceRevenueShareAllocationInput
                | _types.GetMarketplaceRevenueShareAllocationInputDict
            ),
        ) -> None: ...


class GetRevenueAttributionCommand(Command["_shapes.GetRevenueAttributionOutput"]):
    """Retrieves the details of a specific revenue attribution.

    Run it with `client.send(GetRevenueAttributionCommand({...}))`, passing a
    `GetRevenueAttributionInput` or a mapping with its wire (PascalCase) member names.
    The call returns `GetRevenueAttributionOutput`; its arguments and errors are those
    of `PartnerCentralRevenueMeasurementClient.get_revenue_attribution`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_REVENUE_ATTRIBUTION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetRevenueAttributionInput | _types.GetRevenueAttributionInputDict,
        ) -> None: ...


class GetRevenueAttributionAllocationCommand(
    Command["_shapes.GetRevenueAttributionAllocationOutput"]
):
    """Retrieves a single allocation by its RevenueAttributionAllocationId.

    Run it with `client.send(GetRevenueAttributionAllocationCommand({...}))`, passing a
    `GetRevenueAttributionAllocationInput` or a mapping with its wire (PascalCase)
    member names. The call returns `GetRevenueAttributionAllocationOutput`; its
    arguments and errors are those of
    `PartnerCentralRevenueMeasurementClient.get_revenue_attribution_allocation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_REVENUE_ATTRIBUTION_ALLOCATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetRevenueAttributionAllocationInput
                | _types.GetRevenueAttributionAllocationInputDict
            ),
        ) -> None: ...


class GetRevenueAttributionAllocationsTaskCommand(
    Command["_shapes.GetRevenueAttributionAllocationsTaskOutput"]
):
    """Retrieves the current status of a previously submitted allocations task.

    Run it with `client.send(GetRevenueAttributionAllocationsTaskCommand({...}))`,
    passing a `GetRevenueAttributionAllocationsTaskInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `GetRevenueAttributionAllocationsTaskOutput`; its arguments and errors are those of
    `PartnerCentralRevenueMeasurementClient.get_revenue_attribution_allocations_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetRevenueAttributionAllocationsTaskInput
                | _types.GetRevenueAttributionAllocationsTaskInputDict
            ),
        ) -> None: ...


class ListMarketplaceRevenueShareAllocationsCommand(
    Command["_shapes.ListMarketplaceRevenueShareAllocationsOutput"]
):
    """Returns a paginated list of allocations under a marketplace revenue share, with
    optional...

    Run it with `client.send(ListMarketplaceRevenueShareAllocationsCommand({...}))`,
    passing a `ListMarketplaceRevenueShareAllocationsInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `ListMarketplaceRevenueShareAllocationsOutput`; its arguments and errors are those
    of
    `PartnerCentralRevenueMeasurementClient.list_marketplace_revenue_share_allocations`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_MARKETPLACE_REVENUE_SHARE_ALLOCATIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListMarketplaceRevenueShareAllocationsInput
                | _types.ListMarketplaceRevenueShareAllocationsInputDict
            ),
        ) -> None: ...


class ListMarketplaceRevenueSharesCommand(Command["_shapes.ListMarketplaceRevenueSharesOutput"]):
    """Returns a paginated list of marketplace revenue shares with optional filters.

    Run it with `client.send(ListMarketplaceRevenueSharesCommand({...}))`, passing a
    `ListMarketplaceRevenueSharesInput` or a mapping with its wire (PascalCase) member
    names. The call returns `ListMarketplaceRevenueSharesOutput`; its arguments and
    errors are those of
    `PartnerCentralRevenueMeasurementClient.list_marketplace_revenue_shares`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_MARKETPLACE_REVENUE_SHARES

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListMarketplaceRevenueSharesInput
                | _types.ListMarketplaceRevenueSharesInputDict
            ),
        ) -> None: ...


class ListRevenueAttributionAllocationsCommand(
    Command["_shapes.ListRevenueAttributionAllocationsOutput"]
):
    """Returns a paginated list of committed allocations with support for filtering by
    entity, customer...

    Run it with `client.send(ListRevenueAttributionAllocationsCommand({...}))`, passing
    a `ListRevenueAttributionAllocationsInput` or a mapping with its wire (PascalCase)
    member names. The call returns `ListRevenueAttributionAllocationsOutput`; its
    arguments and errors are those of
    `PartnerCentralRevenueMeasurementClient.list_revenue_attribution_allocations`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_REVENUE_ATTRIBUTION_ALLOCATIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListRevenueAttributionAllocationsInput
                | _types.ListRevenueAttributionAllocationsInputDict
            ),
        ) -> None: ...


class ListRevenueAttributionsCommand(Command["_shapes.ListRevenueAttributionsOutput"]):
    """Returns a paginated list of revenue attributions with optional filters.

    Run it with `client.send(ListRevenueAttributionsCommand({...}))`, passing a
    `ListRevenueAttributionsInput` or a mapping with its wire (PascalCase) member names.
    The call returns `ListRevenueAttributionsOutput`; its arguments and errors are those
    of `PartnerCentralRevenueMeasurementClient.list_revenue_attributions`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_REVENUE_ATTRIBUTIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListRevenueAttributionsInput | _types.ListRevenueAttributionsInputDict,
        ) -> None: ...


class ListTagsForResourceCommand(Command["_shapes.ListTagsForResourceOutput"]):
    """Returns the tags associated with the specified resource.

    Run it with `client.send(ListTagsForResourceCommand({...}))`, passing a
    `ListTagsForResourceInput` or a mapping with its wire (PascalCase) member names. The
    call returns `ListTagsForResourceOutput`; its arguments and errors are those of
    `PartnerCentralRevenueMeasurementClient.list_tags_for_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_TAGS_FOR_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListTagsForResourceInput | _types.ListTagsForResourceInputDict,
        ) -> None: ...


class StartRevenueAttributionAllocationsTaskCommand(
    Command["_shapes.StartRevenueAttributionAllocationsTaskOutput"]
):
    """Submits a batch of up to 250 allocation changes (CREATE and/or UPDATE) for
    asynchronous processing.

    Run it with `client.send(StartRevenueAttributionAllocationsTaskCommand({...}))`,
    passing a `StartRevenueAttributionAllocationsTaskInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `StartRevenueAttributionAllocationsTaskOutput`; its arguments and errors are those
    of
    `PartnerCentralRevenueMeasurementClient.start_revenue_attribution_allocations_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartRevenueAttributionAllocationsTaskInput
                | _types.StartRevenueAttributionAllocationsTaskInputDict
            ),
        ) -> None: ...


class TagResourceCommand(Command[None]):
    """Adds or overwrites one or more tags for the specified resource.

    Run it with `client.send(TagResourceCommand({...}))`, passing a `TagResourceInput`
    or a mapping with its wire (PascalCase) member names. The call returns `None`; its
    arguments and errors are those of
    `PartnerCentralRevenueMeasurementClient.tag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.TAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.TagResourceInput | _types.TagResourceInputDict,
        ) -> None: ...


class UntagResourceCommand(Command[None]):
    """Removes one or more tags from the specified resource.

    Run it with `client.send(UntagResourceCommand({...}))`, passing a
    `UntagResourceInput` or a mapping with its wire (PascalCase) member names. The call
    returns `None`; its arguments and errors are those of
    `PartnerCentralRevenueMeasurementClient.untag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UNTAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UntagResourceInput | _types.UntagResourceInputDict,
        ) -> None: ...


class UpdateMarketplaceRevenueShareCommand(Command["_shapes.UpdateMarketplaceRevenueShareOutput"]):
    """Replaces the products of a marketplace revenue share.

    Run it with `client.send(UpdateMarketplaceRevenueShareCommand({...}))`, passing a
    `UpdateMarketplaceRevenueShareInput` or a mapping with its wire (PascalCase) member
    names. The call returns `UpdateMarketplaceRevenueShareOutput`; its arguments and
    errors are those of
    `PartnerCentralRevenueMeasurementClient.update_marketplace_revenue_share`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_MARKETPLACE_REVENUE_SHARE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.UpdateMarketplaceRevenueShareInput
                | _types.UpdateMarketplaceRevenueShareInputDict
            ),
        ) -> None: ...


class UpdateMarketplaceRevenueShareAllocationCommand(
    Command["_shapes.UpdateMarketplaceRevenueShareAllocationOutput"]
):
    """Updates an existing marketplace revenue share allocation.

    Run it with `client.send(UpdateMarketplaceRevenueShareAllocationCommand({...}))`,
    passing a `UpdateMarketplaceRevenueShareAllocationInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `UpdateMarketplaceRevenueShareAllocationOutput`; its arguments and errors are those
    of
    `PartnerCentralRevenueMeasurementClient.update_marketplace_revenue_share_allocation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.UpdateMarketplaceRevenueShareAllocationInput
                | _types.UpdateMarketplaceRevenueShareAllocationInputDict
            ),
        ) -> None: ...


class UpdateRevenueAttributionCommand(Command["_shapes.UpdateRevenueAttributionOutput"]):
    """Updates an existing revenue attribution record.

    Run it with `client.send(UpdateRevenueAttributionCommand({...}))`, passing a
    `UpdateRevenueAttributionInput` or a mapping with its wire (PascalCase) member
    names. The call returns `UpdateRevenueAttributionOutput`; its arguments and errors
    are those of `PartnerCentralRevenueMeasurementClient.update_revenue_attribution`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_REVENUE_ATTRIBUTION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.UpdateRevenueAttributionInput | _types.UpdateRevenueAttributionInputDict
            ),
        ) -> None: ...
