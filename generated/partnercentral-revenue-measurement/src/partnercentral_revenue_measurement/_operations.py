"""Precomputed tables: the service and each operation's call facts (internal).

An operation names its input and output classes: they are read from ``shapes`` on
the first call, so building the tables imports no shape module.
"""

from __future__ import annotations

from typing import Any

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.paginator import PageSpec
from typed_aws_runtime.pipeline.service import ServiceSpec
from typed_aws_runtime.protocols.rpcv2cbor import RpcV2CborProtocol

from . import errors as _errors
from . import shapes as _shapes
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


_SERVICE = ServiceSpec(
    service_id="PartnerCentral Revenue Measurement",
    api_version="2022-07-26",
    protocol=RpcV2CborProtocol(service_name="PartnerCentralRevenueMeasurement"),
    signing_name="partnercentral",
    endpoint_prefix="partnercentral-prm",
    package_name="partnercentral_revenue_measurement",
    package_version=__version__,
    base_error=_errors.PartnerCentralRevenueMeasurementError,
    errors={
        "AccessDeniedException": _errors.AccessDeniedException,
        "ConflictException": _errors.ConflictException,
        "InternalServerException": _errors.InternalServerException,
        "ResourceNotFoundException": _errors.ResourceNotFoundException,
        "ServiceQuotaExceededException": _errors.ServiceQuotaExceededException,
        "ThrottlingException": _errors.ThrottlingException,
        "ValidationException": _errors.ValidationException,
    },
    env_name="PARTNERCENTRAL_REVENUE_MEASUREMENT",
    config_key="partnercentral_revenue_measurement",
    endpoint_rules=_endpoint_rules,
)

CREATE_MARKETPLACE_REVENUE_SHARE: OperationSpec[_shapes.CreateMarketplaceRevenueShareOutput] = (
    OperationSpec(
        name="CreateMarketplaceRevenueShare",
        input="CreateMarketplaceRevenueShareInput",
        output="CreateMarketplaceRevenueShareOutput",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

CREATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION: OperationSpec[
    _shapes.CreateMarketplaceRevenueShareAllocationOutput
] = OperationSpec(
    name="CreateMarketplaceRevenueShareAllocation",
    input="CreateMarketplaceRevenueShareAllocationInput",
    output="CreateMarketplaceRevenueShareAllocationOutput",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_REVENUE_ATTRIBUTION: OperationSpec[_shapes.CreateRevenueAttributionOutput] = OperationSpec(
    name="CreateRevenueAttribution",
    input="CreateRevenueAttributionInput",
    output="CreateRevenueAttributionOutput",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

GET_MARKETPLACE_REVENUE_SHARE: OperationSpec[_shapes.GetMarketplaceRevenueShareOutput] = (
    OperationSpec(
        name="GetMarketplaceRevenueShare",
        input="GetMarketplaceRevenueShareInput",
        output="GetMarketplaceRevenueShareOutput",
        shapes=_shapes,
    )
)

GET_MARKETPLACE_REVENUE_SHARE_ALLOCATION: OperationSpec[
    _shapes.GetMarketplaceRevenueShareAllocationOutput
] = OperationSpec(
    name="GetMarketplaceRevenueShareAllocation",
    input="GetMarketplaceRevenueShareAllocationInput",
    output="GetMarketplaceRevenueShareAllocationOutput",
    shapes=_shapes,
)

GET_REVENUE_ATTRIBUTION: OperationSpec[_shapes.GetRevenueAttributionOutput] = OperationSpec(
    name="GetRevenueAttribution",
    input="GetRevenueAttributionInput",
    output="GetRevenueAttributionOutput",
    shapes=_shapes,
)

GET_REVENUE_ATTRIBUTION_ALLOCATION: OperationSpec[
    _shapes.GetRevenueAttributionAllocationOutput
] = OperationSpec(
    name="GetRevenueAttributionAllocation",
    input="GetRevenueAttributionAllocationInput",
    output="GetRevenueAttributionAllocationOutput",
    shapes=_shapes,
)

GET_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK: OperationSpec[
    _shapes.GetRevenueAttributionAllocationsTaskOutput
] = OperationSpec(
    name="GetRevenueAttributionAllocationsTask",
    input="GetRevenueAttributionAllocationsTaskInput",
    output="GetRevenueAttributionAllocationsTaskOutput",
    shapes=_shapes,
)

LIST_MARKETPLACE_REVENUE_SHARE_ALLOCATIONS: OperationSpec[
    _shapes.ListMarketplaceRevenueShareAllocationsOutput
] = OperationSpec(
    name="ListMarketplaceRevenueShareAllocations",
    input="ListMarketplaceRevenueShareAllocationsInput",
    output="ListMarketplaceRevenueShareAllocationsOutput",
    shapes=_shapes,
)

_LIST_MARKETPLACE_REVENUE_SHARE_ALLOCATIONS_PAGES = PageSpec(
    operation="ListMarketplaceRevenueShareAllocations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("marketplace_revenue_share_allocation_summaries",),
)

LIST_MARKETPLACE_REVENUE_SHARES: OperationSpec[_shapes.ListMarketplaceRevenueSharesOutput] = (
    OperationSpec(
        name="ListMarketplaceRevenueShares",
        input="ListMarketplaceRevenueSharesInput",
        output="ListMarketplaceRevenueSharesOutput",
        shapes=_shapes,
    )
)

_LIST_MARKETPLACE_REVENUE_SHARES_PAGES = PageSpec(
    operation="ListMarketplaceRevenueShares",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("marketplace_revenue_share_summaries",),
)

LIST_REVENUE_ATTRIBUTION_ALLOCATIONS: OperationSpec[
    _shapes.ListRevenueAttributionAllocationsOutput
] = OperationSpec(
    name="ListRevenueAttributionAllocations",
    input="ListRevenueAttributionAllocationsInput",
    output="ListRevenueAttributionAllocationsOutput",
    shapes=_shapes,
)

_LIST_REVENUE_ATTRIBUTION_ALLOCATIONS_PAGES = PageSpec(
    operation="ListRevenueAttributionAllocations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("revenue_attribution_allocation_summaries",),
)

LIST_REVENUE_ATTRIBUTIONS: OperationSpec[_shapes.ListRevenueAttributionsOutput] = OperationSpec(
    name="ListRevenueAttributions",
    input="ListRevenueAttributionsInput",
    output="ListRevenueAttributionsOutput",
    shapes=_shapes,
)

_LIST_REVENUE_ATTRIBUTIONS_PAGES = PageSpec(
    operation="ListRevenueAttributions",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("revenue_attribution_summaries",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceOutput] = OperationSpec(
    name="ListTagsForResource",
    input="ListTagsForResourceInput",
    output="ListTagsForResourceOutput",
    shapes=_shapes,
)

START_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK: OperationSpec[
    _shapes.StartRevenueAttributionAllocationsTaskOutput
] = OperationSpec(
    name="StartRevenueAttributionAllocationsTask",
    input="StartRevenueAttributionAllocationsTaskInput",
    output="StartRevenueAttributionAllocationsTaskOutput",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

TAG_RESOURCE: OperationSpec[None] = OperationSpec(
    name="TagResource",
    input="TagResourceInput",
    output=None,
    shapes=_shapes,
)

UNTAG_RESOURCE: OperationSpec[None] = OperationSpec(
    name="UntagResource",
    input="UntagResourceInput",
    output=None,
    shapes=_shapes,
)

UPDATE_MARKETPLACE_REVENUE_SHARE: OperationSpec[_shapes.UpdateMarketplaceRevenueShareOutput] = (
    OperationSpec(
        name="UpdateMarketplaceRevenueShare",
        input="UpdateMarketplaceRevenueShareInput",
        output="UpdateMarketplaceRevenueShareOutput",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

UPDATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION: OperationSpec[
    _shapes.UpdateMarketplaceRevenueShareAllocationOutput
] = OperationSpec(
    name="UpdateMarketplaceRevenueShareAllocation",
    input="UpdateMarketplaceRevenueShareAllocationInput",
    output="UpdateMarketplaceRevenueShareAllocationOutput",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

UPDATE_REVENUE_ATTRIBUTION: OperationSpec[_shapes.UpdateRevenueAttributionOutput] = OperationSpec(
    name="UpdateRevenueAttribution",
    input="UpdateRevenueAttributionInput",
    output="UpdateRevenueAttributionOutput",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)
