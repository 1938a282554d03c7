"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CreateRelationship and UpdateRelationship calls hold, imported on
the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Coverage,
        Provider,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._support_plan"


class PartnerLedSupport(_Structure):
    """Configuration for partner-led support plans.

    Attributes:
        coverage: The coverage level for partner-led support. Required.
        provider: The provider of the partner-led support.
        tam_location: The location of the Technical Account Manager (TAM). Required.
    """

    __module__ = __package__
    __slots__ = (
        "coverage",
        "provider",
        "tam_location",
    )
    _WIRE_NAMES = frozenset(
        (
            "coverage",
            "provider",
            "tamLocation",
        )
    )
    _REQUIRED = (
        "coverage",
        "tamLocation",
    )
    _CODECS = _CODEC_MODULE

    coverage: Coverage | str
    provider: Provider | str | None
    tam_location: str

    def __init__(
        self,
        *,
        coverage: Coverage | _types.CoverageValue,
        tam_location: str,
        provider: Provider | _types.ProviderValue | None = None,
    ) -> None:
        self.coverage = coverage
        self.provider = provider
        self.tam_location = tam_location


class ResoldEnterprise(_Structure):
    """Configuration for resold enterprise support plans.

    Attributes:
        coverage: The coverage level for resold enterprise support. Required.
        tam_location: The location of the Technical Account Manager (TAM). Required.
        charge_account_id: The AWS account ID to charge for the support plan.
    """

    __module__ = __package__
    __slots__ = (
        "coverage",
        "tam_location",
        "charge_account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "coverage",
            "tamLocation",
            "chargeAccountId",
        )
    )
    _REQUIRED = (
        "coverage",
        "tamLocation",
    )
    _CODECS = _CODEC_MODULE

    coverage: Coverage | str
    tam_location: str
    charge_account_id: str | None

    def __init__(
        self,
        *,
        coverage: Coverage | _types.CoverageValue,
        tam_location: str,
        charge_account_id: str | None = None,
    ) -> None:
        self.coverage = coverage
        self.tam_location = tam_location
        self.charge_account_id = charge_account_id


class ResoldUnifiedOperations(_Structure):
    """Configuration for resold unified operations support plans.

    Attributes:
        coverage: The coverage level for resold unified operations support. Required.
        tam_location: The location of the Technical Account Manager (TAM). Required.
        charge_account_id: The AWS account ID to charge for the support plan.
    """

    __module__ = __package__
    __slots__ = (
        "coverage",
        "tam_location",
        "charge_account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "coverage",
            "tamLocation",
            "chargeAccountId",
        )
    )
    _REQUIRED = (
        "coverage",
        "tamLocation",
    )
    _CODECS = _CODEC_MODULE

    coverage: Coverage | str
    tam_location: str
    charge_account_id: str | None

    def __init__(
        self,
        *,
        coverage: Coverage | _types.CoverageValue,
        tam_location: str,
        charge_account_id: str | None = None,
    ) -> None:
        self.coverage = coverage
        self.tam_location = tam_location
        self.charge_account_id = charge_account_id


class SupportPlan(_TaggedUnion):
    """Configuration for different types of support plans.

    A union: set exactly one variant by building one of `SupportPlanResoldEnterprise`,
    `SupportPlanPartnerLedSupport`, `SupportPlanResoldUnifiedOperations`. A variant
    added to the service later is received as `SupportPlanUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "resoldEnterprise",
            "partnerLedSupport",
            "resoldUnifiedOperations",
        )
    )
    _CODECS = _CODEC_MODULE


class SupportPlanResoldEnterprise(SupportPlan):
    """The `resoldEnterprise` variant of `SupportPlan`.

    Configuration for resold enterprise support plans.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "resoldEnterprise"
    value: ResoldEnterprise

    def __init__(self, value: ResoldEnterprise) -> None:
        self.value = value


class SupportPlanPartnerLedSupport(SupportPlan):
    """The `partnerLedSupport` variant of `SupportPlan`.

    Configuration for partner-led support plans.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "partnerLedSupport"
    value: PartnerLedSupport

    def __init__(self, value: PartnerLedSupport) -> None:
        self.value = value


class SupportPlanResoldUnifiedOperations(SupportPlan):
    """The `resoldUnifiedOperations` variant of `SupportPlan`.

    Configuration for resold unified operations support plans.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "resoldUnifiedOperations"
    value: ResoldUnifiedOperations

    def __init__(self, value: ResoldUnifiedOperations) -> None:
        self.value = value


class SupportPlanUnknown(_UnknownVariant, SupportPlan):
    """A variant of SupportPlan this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
