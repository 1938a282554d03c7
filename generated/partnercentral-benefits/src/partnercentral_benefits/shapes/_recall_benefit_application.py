"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only RecallBenefitApplication calls hold, imported on the first use of
one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._recall_benefit_application"


class RecallBenefitApplicationInput(_Structure):
    """RecallBenefitApplicationInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog the
            application belongs to. Required.
        client_token: A unique, case-sensitive identifier to ensure idempotent
            processing of the recall request.
        identifier: The unique identifier of the benefit application to recall.
            Required.
        reason: A descriptive reason explaining why the benefit application is being
            recalled. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "identifier",
        "reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Identifier",
            "Reason",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "Reason",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    identifier: str
    reason: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        reason: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.identifier = identifier
        self.reason = reason


class RecallBenefitApplicationOutput(_Structure):
    """RecallBenefitApplicationOutput"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
