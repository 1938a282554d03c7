"""Typed shapes (requests, responses and their parts) of the Partner Central Benefits API.

Every class takes keyword arguments with snake_case names; ``to_dict()`` gives
the boto3-style dict with the wire (PascalCase) names and ``from_dict()``
reads one. Unions are a base class with one subclass per variant (and an
``...Unknown`` subclass for variants added to the service later).

Import the classes from here. Each is defined in a private module with the other
shapes the same operations use, imported when one of its names is first read, so a
program loads the shapes of the calls it makes only.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._amend_benefit_application import (
        AmendBenefitApplicationInput,
        AmendBenefitApplicationOutput,
        Amendment,
    )
    from ._associate_benefit_application_resource import (
        AssociateBenefitApplicationResourceInput,
        AssociateBenefitApplicationResourceOutput,
    )
    from ._cancel_benefit_application import (
        CancelBenefitApplicationInput,
        CancelBenefitApplicationOutput,
    )
    from ._contact import (
        Contact,
    )
    from ._create_benefit_application import (
        CreateBenefitApplicationInput,
        CreateBenefitApplicationOutput,
    )
    from ._disassociate_benefit_application_resource import (
        DisassociateBenefitApplicationResourceInput,
        DisassociateBenefitApplicationResourceOutput,
    )
    from ._errors import (
        ValidationExceptionField,
    )
    from ._file_input import (
        FileInput,
    )
    from ._get_benefit import (
        GetBenefitInput,
        GetBenefitOutput,
    )
    from ._get_benefit_allocation import (
        AccessDetails,
        ConsumableDetails,
        CreditCode,
        CreditDetails,
        DisbursementDetails,
        FulfillmentDetails,
        FulfillmentDetailsDisbursementDetails,
        FulfillmentDetailsConsumableDetails,
        FulfillmentDetailsCreditDetails,
        FulfillmentDetailsAccessDetails,
        FulfillmentDetailsUnknown,
        GetBenefitAllocationInput,
        GetBenefitAllocationOutput,
        IssuanceDetail,
        MonetaryValue,
    )
    from ._get_benefit_application import (
        FileDetail,
        GetBenefitApplicationInput,
        GetBenefitApplicationOutput,
    )
    from ._list_benefit_allocations import (
        BenefitAllocationSummary,
        ListBenefitAllocationsInput,
        ListBenefitAllocationsOutput,
    )
    from ._list_benefit_applications import (
        AssociatedResource,
        BenefitApplicationSummary,
        ListBenefitApplicationsInput,
        ListBenefitApplicationsOutput,
    )
    from ._list_benefits import (
        BenefitSummary,
        ListBenefitsInput,
        ListBenefitsOutput,
    )
    from ._list_tags_for_resource import (
        ListTagsForResourceRequest,
        ListTagsForResourceResponse,
    )
    from ._recall_benefit_application import (
        RecallBenefitApplicationInput,
        RecallBenefitApplicationOutput,
    )
    from ._submit_benefit_application import (
        SubmitBenefitApplicationInput,
        SubmitBenefitApplicationOutput,
    )
    from ._tag import (
        Tag,
    )
    from ._tag_resource import (
        TagResourceRequest,
        TagResourceResponse,
    )
    from ._untag_resource import (
        UntagResourceRequest,
        UntagResourceResponse,
    )
    from ._update_benefit_application import (
        UpdateBenefitApplicationInput,
        UpdateBenefitApplicationOutput,
    )

__all__ = [
    "AccessDetails",
    "AmendBenefitApplicationInput",
    "AmendBenefitApplicationOutput",
    "Amendment",
    "AssociateBenefitApplicationResourceInput",
    "AssociateBenefitApplicationResourceOutput",
    "AssociatedResource",
    "BenefitAllocationSummary",
    "BenefitApplicationSummary",
    "BenefitSummary",
    "CancelBenefitApplicationInput",
    "CancelBenefitApplicationOutput",
    "ConsumableDetails",
    "Contact",
    "CreateBenefitApplicationInput",
    "CreateBenefitApplicationOutput",
    "CreditCode",
    "CreditDetails",
    "DisassociateBenefitApplicationResourceInput",
    "DisassociateBenefitApplicationResourceOutput",
    "DisbursementDetails",
    "FileDetail",
    "FileInput",
    "GetBenefitAllocationInput",
    "GetBenefitAllocationOutput",
    "GetBenefitApplicationInput",
    "GetBenefitApplicationOutput",
    "GetBenefitInput",
    "GetBenefitOutput",
    "IssuanceDetail",
    "ListBenefitAllocationsInput",
    "ListBenefitAllocationsOutput",
    "ListBenefitApplicationsInput",
    "ListBenefitApplicationsOutput",
    "ListBenefitsInput",
    "ListBenefitsOutput",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "MonetaryValue",
    "RecallBenefitApplicationInput",
    "RecallBenefitApplicationOutput",
    "SubmitBenefitApplicationInput",
    "SubmitBenefitApplicationOutput",
    "Tag",
    "TagResourceRequest",
    "TagResourceResponse",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateBenefitApplicationInput",
    "UpdateBenefitApplicationOutput",
    "ValidationExceptionField",
    "FulfillmentDetails",
    "FulfillmentDetailsDisbursementDetails",
    "FulfillmentDetailsConsumableDetails",
    "FulfillmentDetailsCreditDetails",
    "FulfillmentDetailsAccessDetails",
    "FulfillmentDetailsUnknown",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "AmendBenefitApplicationInput": "_amend_benefit_application",
    "AmendBenefitApplicationOutput": "_amend_benefit_application",
    "Amendment": "_amend_benefit_application",
    "AssociateBenefitApplicationResourceInput": "_associate_benefit_application_resource",
    "AssociateBenefitApplicationResourceOutput": "_associate_benefit_application_resource",
    "CancelBenefitApplicationInput": "_cancel_benefit_application",
    "CancelBenefitApplicationOutput": "_cancel_benefit_application",
    "Contact": "_contact",
    "CreateBenefitApplicationInput": "_create_benefit_application",
    "CreateBenefitApplicationOutput": "_create_benefit_application",
    "DisassociateBenefitApplicationResourceInput": "_disassociate_benefit_application_resource",
    "DisassociateBenefitApplicationResourceOutput": "_disassociate_benefit_application_resource",
    "ValidationExceptionField": "_errors",
    "FileInput": "_file_input",
    "GetBenefitInput": "_get_benefit",
    "GetBenefitOutput": "_get_benefit",
    "AccessDetails": "_get_benefit_allocation",
    "ConsumableDetails": "_get_benefit_allocation",
    "CreditCode": "_get_benefit_allocation",
    "CreditDetails": "_get_benefit_allocation",
    "DisbursementDetails": "_get_benefit_allocation",
    "FulfillmentDetails": "_get_benefit_allocation",
    "FulfillmentDetailsDisbursementDetails": "_get_benefit_allocation",
    "FulfillmentDetailsConsumableDetails": "_get_benefit_allocation",
    "FulfillmentDetailsCreditDetails": "_get_benefit_allocation",
    "FulfillmentDetailsAccessDetails": "_get_benefit_allocation",
    "FulfillmentDetailsUnknown": "_get_benefit_allocation",
    "GetBenefitAllocationInput": "_get_benefit_allocation",
    "GetBenefitAllocationOutput": "_get_benefit_allocation",
    "IssuanceDetail": "_get_benefit_allocation",
    "MonetaryValue": "_get_benefit_allocation",
    "FileDetail": "_get_benefit_application",
    "GetBenefitApplicationInput": "_get_benefit_application",
    "GetBenefitApplicationOutput": "_get_benefit_application",
    "BenefitAllocationSummary": "_list_benefit_allocations",
    "ListBenefitAllocationsInput": "_list_benefit_allocations",
    "ListBenefitAllocationsOutput": "_list_benefit_allocations",
    "AssociatedResource": "_list_benefit_applications",
    "BenefitApplicationSummary": "_list_benefit_applications",
    "ListBenefitApplicationsInput": "_list_benefit_applications",
    "ListBenefitApplicationsOutput": "_list_benefit_applications",
    "BenefitSummary": "_list_benefits",
    "ListBenefitsInput": "_list_benefits",
    "ListBenefitsOutput": "_list_benefits",
    "ListTagsForResourceRequest": "_list_tags_for_resource",
    "ListTagsForResourceResponse": "_list_tags_for_resource",
    "RecallBenefitApplicationInput": "_recall_benefit_application",
    "RecallBenefitApplicationOutput": "_recall_benefit_application",
    "SubmitBenefitApplicationInput": "_submit_benefit_application",
    "SubmitBenefitApplicationOutput": "_submit_benefit_application",
    "Tag": "_tag",
    "TagResourceRequest": "_tag_resource",
    "TagResourceResponse": "_tag_resource",
    "UntagResourceRequest": "_untag_resource",
    "UntagResourceResponse": "_untag_resource",
    "UpdateBenefitApplicationInput": "_update_benefit_application",
    "UpdateBenefitApplicationOutput": "_update_benefit_application",
}

if not _typing.TYPE_CHECKING:  # type checkers read the imports above instead
    from importlib import import_module as _import_module

    def __getattr__(name: str) -> object:
        """Import the module defining ``name`` on its first read; it is kept here after."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list({*globals(), *_MODULES})
