"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only GetBenefitAllocation calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BenefitAllocationStatus,
        CurrencyCode,
        FulfillmentType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_benefit_allocation"


class AccessDetails(_Structure):
    """Contains information about access-based benefit fulfillment, such as service permissions
    or feature access.

    Attributes:
        description: A description of the access privileges or permissions granted by
            this benefit.
    """

    __module__ = __package__
    __slots__ = ("description",)
    _WIRE_NAMES = frozenset(("Description",))
    _CODECS = _CODEC_MODULE

    description: str | None

    def __init__(
        self,
        *,
        description: str | None = None,
    ) -> None:
        self.description = description


class ConsumableDetails(_Structure):
    """Contains information about consumable benefit fulfillment, such as usage quotas or
    service limits.

    Attributes:
        allocated_amount: The total amount of the consumable benefit that has been
            allocated.
        remaining_amount: The remaining amount of the consumable benefit that is still
            available for use.
        utilized_amount: The amount of the consumable benefit that has already been
            used.
        issuance_details: Detailed information about how the consumable benefit was
            issued and distributed.
    """

    __module__ = __package__
    __slots__ = (
        "allocated_amount",
        "remaining_amount",
        "utilized_amount",
        "issuance_details",
    )
    _WIRE_NAMES = frozenset(
        (
            "AllocatedAmount",
            "RemainingAmount",
            "UtilizedAmount",
            "IssuanceDetails",
        )
    )
    _CODECS = _CODEC_MODULE

    allocated_amount: MonetaryValue | None
    remaining_amount: MonetaryValue | None
    utilized_amount: MonetaryValue | None
    issuance_details: IssuanceDetail | None

    def __init__(
        self,
        *,
        allocated_amount: MonetaryValue | None = None,
        remaining_amount: MonetaryValue | None = None,
        utilized_amount: MonetaryValue | None = None,
        issuance_details: IssuanceDetail | None = None,
    ) -> None:
        self.allocated_amount = allocated_amount
        self.remaining_amount = remaining_amount
        self.utilized_amount = utilized_amount
        self.issuance_details = issuance_details


class CreditCode(_Structure):
    """Represents an AWS credit code that can be applied to an AWS account for billing
    purposes.

    Attributes:
        aws_account_id: The AWS account ID that the credit code is associated with or
            can be applied to. Required.
        value_: The monetary value of the credit code. Required.
        aws_credit_code: The actual credit code string that can be redeemed in the AWS
            billing console. Required.
        status: The current status of the credit code (e.g., active, redeemed, expired).
            Required.
        issued_at: The timestamp when the credit code was issued. Required.
        expires_at: The timestamp when the credit code expires and can no longer be
            redeemed. Required.
    """

    __module__ = __package__
    __slots__ = (
        "aws_account_id",
        "value_",
        "aws_credit_code",
        "status",
        "issued_at",
        "expires_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "AwsAccountId",
            "Value",
            "AwsCreditCode",
            "Status",
            "IssuedAt",
            "ExpiresAt",
        )
    )
    _REQUIRED = (
        "AwsAccountId",
        "Value",
        "AwsCreditCode",
        "Status",
        "IssuedAt",
        "ExpiresAt",
    )
    _CODECS = _CODEC_MODULE

    aws_account_id: str
    value_: MonetaryValue
    aws_credit_code: str
    status: BenefitAllocationStatus | str
    issued_at: _dt.datetime
    expires_at: _dt.datetime

    def __init__(
        self,
        *,
        aws_account_id: str,
        value_: MonetaryValue,
        aws_credit_code: str,
        status: BenefitAllocationStatus | _types.BenefitAllocationStatusValue,
        issued_at: _dt.datetime,
        expires_at: _dt.datetime,
    ) -> None:
        self.aws_account_id = aws_account_id
        self.value_ = value_
        self.aws_credit_code = aws_credit_code
        self.status = status
        self.issued_at = issued_at
        self.expires_at = expires_at


class CreditDetails(_Structure):
    """Contains information about credit-based benefit fulfillment, including AWS promotional
    credits.

    Attributes:
        allocated_amount: The total amount of credits that have been allocated for this
            benefit. Required.
        issued_amount: The amount of credits that have actually been issued and are
            available for use. Required.
        codes: A list of credit codes that have been generated for this benefit
            allocation. Required.
    """

    __module__ = __package__
    __slots__ = (
        "allocated_amount",
        "issued_amount",
        "codes",
    )
    _WIRE_NAMES = frozenset(
        (
            "AllocatedAmount",
            "IssuedAmount",
            "Codes",
        )
    )
    _REQUIRED = (
        "AllocatedAmount",
        "IssuedAmount",
        "Codes",
    )
    _CODECS = _CODEC_MODULE

    allocated_amount: MonetaryValue
    issued_amount: MonetaryValue
    codes: list[CreditCode]

    def __init__(
        self,
        *,
        allocated_amount: MonetaryValue,
        issued_amount: MonetaryValue,
        codes: _types.SequenceNotStr[CreditCode],
    ) -> None:
        self.allocated_amount = allocated_amount
        self.issued_amount = issued_amount
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.codes = codes  # type: ignore[assignment]


class DisbursementDetails(_Structure):
    """Contains information about disbursement-based benefit fulfillment, such as direct
    payments or reimbursements.

    Attributes:
        disbursed_amount: The total amount that has been disbursed for this benefit
            allocation.
        issuance_details: Detailed information about how the disbursement was issued and
            processed.
    """

    __module__ = __package__
    __slots__ = (
        "disbursed_amount",
        "issuance_details",
    )
    _WIRE_NAMES = frozenset(
        (
            "DisbursedAmount",
            "IssuanceDetails",
        )
    )
    _CODECS = _CODEC_MODULE

    disbursed_amount: MonetaryValue | None
    issuance_details: IssuanceDetail | None

    def __init__(
        self,
        *,
        disbursed_amount: MonetaryValue | None = None,
        issuance_details: IssuanceDetail | None = None,
    ) -> None:
        self.disbursed_amount = disbursed_amount
        self.issuance_details = issuance_details


class FulfillmentDetails(_TaggedUnion):
    """Contains comprehensive information about how a benefit allocation is fulfilled across
    different fulfillment types.

    A union: set exactly one variant by building one of
    `FulfillmentDetailsDisbursementDetails`, `FulfillmentDetailsConsumableDetails`,
    `FulfillmentDetailsCreditDetails`, `FulfillmentDetailsAccessDetails`. A variant
    added to the service later is received as `FulfillmentDetailsUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "DisbursementDetails",
            "ConsumableDetails",
            "CreditDetails",
            "AccessDetails",
        )
    )
    _CODECS = _CODEC_MODULE


class FulfillmentDetailsDisbursementDetails(FulfillmentDetails):
    """The `DisbursementDetails` variant of `FulfillmentDetails`.

    Details about disbursement-based fulfillment, if applicable to this benefit allocation.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "DisbursementDetails"
    value: DisbursementDetails

    def __init__(self, value: DisbursementDetails) -> None:
        self.value = value


class FulfillmentDetailsConsumableDetails(FulfillmentDetails):
    """The `ConsumableDetails` variant of `FulfillmentDetails`.

    Details about consumable-based fulfillment, if applicable to this benefit allocation.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "ConsumableDetails"
    value: ConsumableDetails

    def __init__(self, value: ConsumableDetails) -> None:
        self.value = value


class FulfillmentDetailsCreditDetails(FulfillmentDetails):
    """The `CreditDetails` variant of `FulfillmentDetails`.

    Details about credit-based fulfillment, if applicable to this benefit allocation.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "CreditDetails"
    value: CreditDetails

    def __init__(self, value: CreditDetails) -> None:
        self.value = value


class FulfillmentDetailsAccessDetails(FulfillmentDetails):
    """The `AccessDetails` variant of `FulfillmentDetails`.

    Details about access-based fulfillment, if applicable to this benefit allocation.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "AccessDetails"
    value: AccessDetails

    def __init__(self, value: AccessDetails) -> None:
        self.value = value


class FulfillmentDetailsUnknown(_UnknownVariant, FulfillmentDetails):
    """A variant of FulfillmentDetails this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class GetBenefitAllocationInput(_Structure):
    """GetBenefitAllocationInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog to query.
            Required.
        identifier: The unique identifier of the benefit allocation to retrieve.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetBenefitAllocationOutput(_Structure):
    """GetBenefitAllocationOutput

    Attributes:
        id: The unique identifier of the benefit allocation.
        catalog: The catalog identifier that the benefit allocation belongs to.
        arn: The Amazon Resource Name (ARN) of the benefit allocation.
        name: The human-readable name of the benefit allocation.
        description: A detailed description of the benefit allocation.
        status: The current status of the benefit allocation (e.g., active, expired,
            consumed).
        status_reason: Additional information explaining the current status of the
            benefit allocation.
        benefit_application_id: The identifier of the benefit application that resulted
            in this allocation.
        benefit_id: The identifier of the benefit that this allocation is based on.
        fulfillment_type: The fulfillment type used for this benefit allocation.
        applicable_benefit_ids: A list of benefit identifiers that this allocation can
            be applied to.
        fulfillment_detail: Detailed information about how the benefit allocation is
            fulfilled.
        created_at: The timestamp when the benefit allocation was created.
        updated_at: The timestamp when the benefit allocation was last updated.
        starts_at: The timestamp when the benefit allocation becomes active and usable.
        expires_at: The timestamp when the benefit allocation expires and is no longer
            usable.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "catalog",
        "arn",
        "name",
        "description",
        "status",
        "status_reason",
        "benefit_application_id",
        "benefit_id",
        "fulfillment_type",
        "applicable_benefit_ids",
        "fulfillment_detail",
        "created_at",
        "updated_at",
        "starts_at",
        "expires_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Catalog",
            "Arn",
            "Name",
            "Description",
            "Status",
            "StatusReason",
            "BenefitApplicationId",
            "BenefitId",
            "FulfillmentType",
            "ApplicableBenefitIds",
            "FulfillmentDetail",
            "CreatedAt",
            "UpdatedAt",
            "StartsAt",
            "ExpiresAt",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    catalog: str | None
    arn: str | None
    name: str | None
    description: str | None
    status: BenefitAllocationStatus | str | None
    status_reason: str | None
    benefit_application_id: str | None
    benefit_id: str | None
    fulfillment_type: FulfillmentType | str | None
    applicable_benefit_ids: list[str] | None
    fulfillment_detail: FulfillmentDetails | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    starts_at: _dt.datetime | None
    expires_at: _dt.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        catalog: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        status: BenefitAllocationStatus | _types.BenefitAllocationStatusValue | None = None,
        status_reason: str | None = None,
        benefit_application_id: str | None = None,
        benefit_id: str | None = None,
        fulfillment_type: FulfillmentType | _types.FulfillmentTypeValue | None = None,
        applicable_benefit_ids: _types.SequenceNotStr[str] | None = None,
        fulfillment_detail: FulfillmentDetails | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        starts_at: _dt.datetime | None = None,
        expires_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.catalog = catalog
        self.arn = arn
        self.name = name
        self.description = description
        self.status = status
        self.status_reason = status_reason
        self.benefit_application_id = benefit_application_id
        self.benefit_id = benefit_id
        self.fulfillment_type = fulfillment_type
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.applicable_benefit_ids = applicable_benefit_ids  # type: ignore[assignment]
        self.fulfillment_detail = fulfillment_detail
        self.created_at = created_at
        self.updated_at = updated_at
        self.starts_at = starts_at
        self.expires_at = expires_at


class IssuanceDetail(_Structure):
    """Represents detailed information about a specific issuance of benefit value.

    Attributes:
        issuance_id: The unique identifier for this specific issuance.
        issuance_amount: The monetary amount or value that was issued in this specific
            issuance.
        issued_at: The timestamp when this specific issuance was processed.
    """

    __module__ = __package__
    __slots__ = (
        "issuance_id",
        "issuance_amount",
        "issued_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "IssuanceId",
            "IssuanceAmount",
            "IssuedAt",
        )
    )
    _CODECS = _CODEC_MODULE

    issuance_id: str | None
    issuance_amount: MonetaryValue | None
    issued_at: _dt.datetime | None

    def __init__(
        self,
        *,
        issuance_id: str | None = None,
        issuance_amount: MonetaryValue | None = None,
        issued_at: _dt.datetime | None = None,
    ) -> None:
        self.issuance_id = issuance_id
        self.issuance_amount = issuance_amount
        self.issued_at = issued_at


class MonetaryValue(_Structure):
    """Represents a monetary amount with its associated currency.

    Attributes:
        amount: The numeric amount of the monetary value. Required.
        currency_code: The ISO 4217 currency code (e.g., USD, EUR) for the monetary
            amount. Required.
    """

    __module__ = __package__
    __slots__ = (
        "amount",
        "currency_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Amount",
            "CurrencyCode",
        )
    )
    _REQUIRED = (
        "Amount",
        "CurrencyCode",
    )
    _CODECS = _CODEC_MODULE

    amount: str
    currency_code: CurrencyCode | str

    def __init__(
        self,
        *,
        amount: str,
        currency_code: CurrencyCode | _types.CurrencyCodeValue,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code
