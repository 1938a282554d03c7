"""Seed-style commands, one per operation, for ``client.send(...)``.

```python
client.send(ListTagsForResourceCommand({"resourceArn": "arn:1234567:partnercentral:1234567:123456789012:catalog/Example/1234567/1234567"}))
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
    "AmendBenefitApplicationCommand",
    "AssociateBenefitApplicationResourceCommand",
    "CancelBenefitApplicationCommand",
    "CreateBenefitApplicationCommand",
    "DisassociateBenefitApplicationResourceCommand",
    "GetBenefitCommand",
    "GetBenefitAllocationCommand",
    "GetBenefitApplicationCommand",
    "ListBenefitAllocationsCommand",
    "ListBenefitApplicationsCommand",
    "ListBenefitsCommand",
    "ListTagsForResourceCommand",
    "RecallBenefitApplicationCommand",
    "SubmitBenefitApplicationCommand",
    "TagResourceCommand",
    "UntagResourceCommand",
    "UpdateBenefitApplicationCommand",
]


class AmendBenefitApplicationCommand(Command["_shapes.AmendBenefitApplicationOutput"]):
    """Modifies an existing benefit application by applying amendments to specific fields
    while...

    Run it with `client.send(AmendBenefitApplicationCommand({...}))`, passing a
    `AmendBenefitApplicationInput` or a mapping with its wire (PascalCase) member names.
    The call returns `AmendBenefitApplicationOutput`; its arguments and errors are those
    of `PartnerCentralBenefitsClient.amend_benefit_application`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.AMEND_BENEFIT_APPLICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.AmendBenefitApplicationInput | _types.AmendBenefitApplicationInputDict,
        ) -> None: ...


class AssociateBenefitApplicationResourceCommand(
    Command["_shapes.AssociateBenefitApplicationResourceOutput"]
):
    """Links an AWS resource to an existing benefit application for tracking and management
    purposes.

    Run it with `client.send(AssociateBenefitApplicationResourceCommand({...}))`,
    passing a `AssociateBenefitApplicationResourceInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `AssociateBenefitApplicationResourceOutput`; its arguments and errors are those of
    `PartnerCentralBenefitsClient.associate_benefit_application_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.ASSOCIATE_BENEFIT_APPLICATION_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.AssociateBenefitApplicationResourceInput
                | _types.AssociateBenefitApplicationResourceInputDict
            ),
        ) -> None: ...


class CancelBenefitApplicationCommand(Command["_shapes.CancelBenefitApplicationOutput"]):
    """Cancels a benefit application that is currently in progress, preventing further
    processing.

    Run it with `client.send(CancelBenefitApplicationCommand({...}))`, passing a
    `CancelBenefitApplicationInput` or a mapping with its wire (PascalCase) member
    names. The call returns `CancelBenefitApplicationOutput`; its arguments and errors
    are those of `PartnerCentralBenefitsClient.cancel_benefit_application`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CANCEL_BENEFIT_APPLICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CancelBenefitApplicationInput | _types.CancelBenefitApplicationInputDict
            ),
        ) -> None: ...


class CreateBenefitApplicationCommand(Command["_shapes.CreateBenefitApplicationOutput"]):
    """Creates a new benefit application for a partner to request access to AWS benefits
    and programs.

    Run it with `client.send(CreateBenefitApplicationCommand({...}))`, passing a
    `CreateBenefitApplicationInput` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateBenefitApplicationOutput`; its arguments and errors
    are those of `PartnerCentralBenefitsClient.create_benefit_application`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_BENEFIT_APPLICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateBenefitApplicationInput | _types.CreateBenefitApplicationInputDict
            ),
        ) -> None: ...


class DisassociateBenefitApplicationResourceCommand(
    Command["_shapes.DisassociateBenefitApplicationResourceOutput"]
):
    """Removes the association between an AWS resource and a benefit application.

    Run it with `client.send(DisassociateBenefitApplicationResourceCommand({...}))`,
    passing a `DisassociateBenefitApplicationResourceInput` or a mapping with its wire
    (PascalCase) member names. The call returns
    `DisassociateBenefitApplicationResourceOutput`; its arguments and errors are those
    of `PartnerCentralBenefitsClient.disassociate_benefit_application_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DISASSOCIATE_BENEFIT_APPLICATION_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.DisassociateBenefitApplicationResourceInput
                | _types.DisassociateBenefitApplicationResourceInputDict
            ),
        ) -> None: ...


class GetBenefitCommand(Command["_shapes.GetBenefitOutput"]):
    """Retrieves detailed information about a specific benefit available in the partner
    catalog.

    Run it with `client.send(GetBenefitCommand({...}))`, passing a `GetBenefitInput` or
    a mapping with its wire (PascalCase) member names. The call returns
    `GetBenefitOutput`; its arguments and errors are those of
    `PartnerCentralBenefitsClient.get_benefit`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_BENEFIT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetBenefitInput | _types.GetBenefitInputDict,
        ) -> None: ...


class GetBenefitAllocationCommand(Command["_shapes.GetBenefitAllocationOutput"]):
    """Retrieves detailed information about a specific benefit allocation that has been
    granted to a...

    Run it with `client.send(GetBenefitAllocationCommand({...}))`, passing a
    `GetBenefitAllocationInput` or a mapping with its wire (PascalCase) member names.
    The call returns `GetBenefitAllocationOutput`; its arguments and errors are those of
    `PartnerCentralBenefitsClient.get_benefit_allocation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_BENEFIT_ALLOCATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetBenefitAllocationInput | _types.GetBenefitAllocationInputDict,
        ) -> None: ...


class GetBenefitApplicationCommand(Command["_shapes.GetBenefitApplicationOutput"]):
    """Retrieves detailed information about a specific benefit application.

    Run it with `client.send(GetBenefitApplicationCommand({...}))`, passing a
    `GetBenefitApplicationInput` or a mapping with its wire (PascalCase) member names.
    The call returns `GetBenefitApplicationOutput`; its arguments and errors are those
    of `PartnerCentralBenefitsClient.get_benefit_application`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_BENEFIT_APPLICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetBenefitApplicationInput | _types.GetBenefitApplicationInputDict,
        ) -> None: ...


class ListBenefitAllocationsCommand(Command["_shapes.ListBenefitAllocationsOutput"]):
    """Retrieves a paginated list of benefit allocations based on specified filter
    criteria.

    Run it with `client.send(ListBenefitAllocationsCommand({...}))`, passing a
    `ListBenefitAllocationsInput` or a mapping with its wire (PascalCase) member names.
    The call returns `ListBenefitAllocationsOutput`; its arguments and errors are those
    of `PartnerCentralBenefitsClient.list_benefit_allocations`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_BENEFIT_ALLOCATIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListBenefitAllocationsInput | _types.ListBenefitAllocationsInputDict,
        ) -> None: ...


class ListBenefitApplicationsCommand(Command["_shapes.ListBenefitApplicationsOutput"]):
    """Retrieves a paginated list of benefit applications based on specified filter
    criteria.

    Run it with `client.send(ListBenefitApplicationsCommand({...}))`, passing a
    `ListBenefitApplicationsInput` or a mapping with its wire (PascalCase) member names.
    The call returns `ListBenefitApplicationsOutput`; its arguments and errors are those
    of `PartnerCentralBenefitsClient.list_benefit_applications`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_BENEFIT_APPLICATIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListBenefitApplicationsInput | _types.ListBenefitApplicationsInputDict,
        ) -> None: ...


class ListBenefitsCommand(Command["_shapes.ListBenefitsOutput"]):
    """Retrieves a paginated list of available benefits based on specified filter criteria.

    Run it with `client.send(ListBenefitsCommand({...}))`, passing a `ListBenefitsInput`
    or a mapping with its wire (PascalCase) member names. The call returns
    `ListBenefitsOutput`; its arguments and errors are those of
    `PartnerCentralBenefitsClient.list_benefits`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_BENEFITS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListBenefitsInput | _types.ListBenefitsInputDict,
        ) -> None: ...


class ListTagsForResourceCommand(Command["_shapes.ListTagsForResourceResponse"]):
    """Retrieves all tags associated with a specific resource.

    Run it with `client.send(ListTagsForResourceCommand({...}))`, passing a
    `ListTagsForResourceRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListTagsForResourceResponse`; its arguments and errors are those
    of `PartnerCentralBenefitsClient.list_tags_for_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_TAGS_FOR_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListTagsForResourceRequest | _types.ListTagsForResourceRequestDict,
        ) -> None: ...


class RecallBenefitApplicationCommand(Command["_shapes.RecallBenefitApplicationOutput"]):
    """Recalls a submitted benefit application, returning it to draft status for further
    modifications.

    Run it with `client.send(RecallBenefitApplicationCommand({...}))`, passing a
    `RecallBenefitApplicationInput` or a mapping with its wire (PascalCase) member
    names. The call returns `RecallBenefitApplicationOutput`; its arguments and errors
    are those of `PartnerCentralBenefitsClient.recall_benefit_application`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.RECALL_BENEFIT_APPLICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.RecallBenefitApplicationInput | _types.RecallBenefitApplicationInputDict
            ),
        ) -> None: ...


class SubmitBenefitApplicationCommand(Command["_shapes.SubmitBenefitApplicationOutput"]):
    """Submits a benefit application for review and processing by AWS.

    Run it with `client.send(SubmitBenefitApplicationCommand({...}))`, passing a
    `SubmitBenefitApplicationInput` or a mapping with its wire (PascalCase) member
    names. The call returns `SubmitBenefitApplicationOutput`; its arguments and errors
    are those of `PartnerCentralBenefitsClient.submit_benefit_application`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.SUBMIT_BENEFIT_APPLICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.SubmitBenefitApplicationInput | _types.SubmitBenefitApplicationInputDict
            ),
        ) -> None: ...


class TagResourceCommand(Command["_shapes.TagResourceResponse"]):
    """Adds or updates tags for a specified resource.

    Run it with `client.send(TagResourceCommand({...}))`, passing a `TagResourceRequest`
    or a mapping with its wire (PascalCase) member names. The call returns
    `TagResourceResponse`; its arguments and errors are those of
    `PartnerCentralBenefitsClient.tag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.TAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.TagResourceRequest | _types.TagResourceRequestDict,
        ) -> None: ...


class UntagResourceCommand(Command["_shapes.UntagResourceResponse"]):
    """Removes specified tags from a resource.

    Run it with `client.send(UntagResourceCommand({...}))`, passing a
    `UntagResourceRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `UntagResourceResponse`; its arguments and errors are those of
    `PartnerCentralBenefitsClient.untag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UNTAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UntagResourceRequest | _types.UntagResourceRequestDict,
        ) -> None: ...


class UpdateBenefitApplicationCommand(Command["_shapes.UpdateBenefitApplicationOutput"]):
    """Updates an existing benefit application with new information while maintaining
    revision control.

    Run it with `client.send(UpdateBenefitApplicationCommand({...}))`, passing a
    `UpdateBenefitApplicationInput` or a mapping with its wire (PascalCase) member
    names. The call returns `UpdateBenefitApplicationOutput`; its arguments and errors
    are those of `PartnerCentralBenefitsClient.update_benefit_application`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_BENEFIT_APPLICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.UpdateBenefitApplicationInput | _types.UpdateBenefitApplicationInputDict
            ),
        ) -> None: ...
