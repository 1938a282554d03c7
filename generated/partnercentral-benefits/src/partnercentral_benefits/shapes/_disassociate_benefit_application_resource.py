"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only DisassociateBenefitApplicationResource calls hold, imported on the
first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._disassociate_benefit_application_resource"


class DisassociateBenefitApplicationResourceInput(_Structure):
    """DisassociateBenefitApplicationResourceInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog the
            application belongs to. Required.
        benefit_application_identifier: The unique identifier of the benefit application
            to disassociate the resource from. Required.
        resource_arn: The Amazon Resource Name (ARN) of the AWS resource to disassociate
            from the benefit application. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "benefit_application_identifier",
        "resource_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "BenefitApplicationIdentifier",
            "ResourceArn",
        )
    )
    _REQUIRED = (
        "Catalog",
        "BenefitApplicationIdentifier",
        "ResourceArn",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    benefit_application_identifier: str
    resource_arn: str

    def __init__(
        self,
        *,
        catalog: str,
        benefit_application_identifier: str,
        resource_arn: str,
    ) -> None:
        self.catalog = catalog
        self.benefit_application_identifier = benefit_application_identifier
        self.resource_arn = resource_arn


class DisassociateBenefitApplicationResourceOutput(_Structure):
    """DisassociateBenefitApplicationResourceOutput

    Attributes:
        id: The unique identifier of the benefit application after the resource
            disassociation.
        arn: The Amazon Resource Name (ARN) of the benefit application after the
            resource disassociation.
        revision: The updated revision number of the benefit application after the
            resource disassociation.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Revision",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    revision: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        revision: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.revision = revision
