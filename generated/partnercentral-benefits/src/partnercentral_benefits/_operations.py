"""Precomputed tables: the service and each operation's call facts (internal).

An operation names its input and output classes: they are read from ``shapes`` on
the first call, so building the tables imports no shape module.
"""

from __future__ import annotations

from typing import Any

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.paginator import PageSpec
from typed_aws_runtime.pipeline.service import ServiceSpec
from typed_aws_runtime.protocols.awsjson import AwsJsonProtocol

from . import errors as _errors
from . import shapes as _shapes
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


_SERVICE = ServiceSpec(
    service_id="PartnerCentral Benefits",
    api_version="2018-05-10",
    protocol=AwsJsonProtocol(json_version="1.0", target_prefix="PartnerCentralBenefitsService"),
    signing_name="partnercentral-benefits",
    endpoint_prefix="partnercentral-benefits",
    package_name="partnercentral_benefits",
    package_version=__version__,
    base_error=_errors.PartnerCentralBenefitsError,
    errors={
        "AccessDeniedException": _errors.AccessDeniedException,
        "ConflictException": _errors.ConflictException,
        "InternalServerException": _errors.InternalServerException,
        "ResourceNotFoundException": _errors.ResourceNotFoundException,
        "ServiceQuotaExceededException": _errors.ServiceQuotaExceededException,
        "ThrottlingException": _errors.ThrottlingException,
        "ValidationException": _errors.ValidationException,
    },
    env_name="PARTNERCENTRAL_BENEFITS",
    config_key="partnercentral_benefits",
    endpoint_rules=_endpoint_rules,
)

AMEND_BENEFIT_APPLICATION: OperationSpec[_shapes.AmendBenefitApplicationOutput] = OperationSpec(
    name="AmendBenefitApplication",
    input="AmendBenefitApplicationInput",
    output="AmendBenefitApplicationOutput",
    shapes=_shapes,
)

ASSOCIATE_BENEFIT_APPLICATION_RESOURCE: OperationSpec[
    _shapes.AssociateBenefitApplicationResourceOutput
] = OperationSpec(
    name="AssociateBenefitApplicationResource",
    input="AssociateBenefitApplicationResourceInput",
    output="AssociateBenefitApplicationResourceOutput",
    shapes=_shapes,
)

CANCEL_BENEFIT_APPLICATION: OperationSpec[_shapes.CancelBenefitApplicationOutput] = OperationSpec(
    name="CancelBenefitApplication",
    input="CancelBenefitApplicationInput",
    output="CancelBenefitApplicationOutput",
    shapes=_shapes,
)

CREATE_BENEFIT_APPLICATION: OperationSpec[_shapes.CreateBenefitApplicationOutput] = OperationSpec(
    name="CreateBenefitApplication",
    input="CreateBenefitApplicationInput",
    output="CreateBenefitApplicationOutput",
    shapes=_shapes,
)

DISASSOCIATE_BENEFIT_APPLICATION_RESOURCE: OperationSpec[
    _shapes.DisassociateBenefitApplicationResourceOutput
] = OperationSpec(
    name="DisassociateBenefitApplicationResource",
    input="DisassociateBenefitApplicationResourceInput",
    output="DisassociateBenefitApplicationResourceOutput",
    shapes=_shapes,
)

GET_BENEFIT: OperationSpec[_shapes.GetBenefitOutput] = OperationSpec(
    name="GetBenefit",
    input="GetBenefitInput",
    output="GetBenefitOutput",
    shapes=_shapes,
    output_has_documents=True,
)

GET_BENEFIT_ALLOCATION: OperationSpec[_shapes.GetBenefitAllocationOutput] = OperationSpec(
    name="GetBenefitAllocation",
    input="GetBenefitAllocationInput",
    output="GetBenefitAllocationOutput",
    shapes=_shapes,
)

GET_BENEFIT_APPLICATION: OperationSpec[_shapes.GetBenefitApplicationOutput] = OperationSpec(
    name="GetBenefitApplication",
    input="GetBenefitApplicationInput",
    output="GetBenefitApplicationOutput",
    shapes=_shapes,
    output_has_documents=True,
)

LIST_BENEFIT_ALLOCATIONS: OperationSpec[_shapes.ListBenefitAllocationsOutput] = OperationSpec(
    name="ListBenefitAllocations",
    input="ListBenefitAllocationsInput",
    output="ListBenefitAllocationsOutput",
    shapes=_shapes,
)

_LIST_BENEFIT_ALLOCATIONS_PAGES = PageSpec(
    operation="ListBenefitAllocations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("benefit_allocation_summaries",),
)

LIST_BENEFIT_APPLICATIONS: OperationSpec[_shapes.ListBenefitApplicationsOutput] = OperationSpec(
    name="ListBenefitApplications",
    input="ListBenefitApplicationsInput",
    output="ListBenefitApplicationsOutput",
    shapes=_shapes,
)

_LIST_BENEFIT_APPLICATIONS_PAGES = PageSpec(
    operation="ListBenefitApplications",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("benefit_application_summaries",),
)

LIST_BENEFITS: OperationSpec[_shapes.ListBenefitsOutput] = OperationSpec(
    name="ListBenefits",
    input="ListBenefitsInput",
    output="ListBenefitsOutput",
    shapes=_shapes,
)

_LIST_BENEFITS_PAGES = PageSpec(
    operation="ListBenefits",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("benefit_summaries",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    input="ListTagsForResourceRequest",
    output="ListTagsForResourceResponse",
    shapes=_shapes,
)

RECALL_BENEFIT_APPLICATION: OperationSpec[_shapes.RecallBenefitApplicationOutput] = OperationSpec(
    name="RecallBenefitApplication",
    input="RecallBenefitApplicationInput",
    output="RecallBenefitApplicationOutput",
    shapes=_shapes,
)

SUBMIT_BENEFIT_APPLICATION: OperationSpec[_shapes.SubmitBenefitApplicationOutput] = OperationSpec(
    name="SubmitBenefitApplication",
    input="SubmitBenefitApplicationInput",
    output="SubmitBenefitApplicationOutput",
    shapes=_shapes,
)

TAG_RESOURCE: OperationSpec[_shapes.TagResourceResponse] = OperationSpec(
    name="TagResource",
    input="TagResourceRequest",
    output="TagResourceResponse",
    shapes=_shapes,
)

UNTAG_RESOURCE: OperationSpec[_shapes.UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    input="UntagResourceRequest",
    output="UntagResourceResponse",
    shapes=_shapes,
)

UPDATE_BENEFIT_APPLICATION: OperationSpec[_shapes.UpdateBenefitApplicationOutput] = OperationSpec(
    name="UpdateBenefitApplication",
    input="UpdateBenefitApplicationInput",
    output="UpdateBenefitApplicationOutput",
    shapes=_shapes,
)
