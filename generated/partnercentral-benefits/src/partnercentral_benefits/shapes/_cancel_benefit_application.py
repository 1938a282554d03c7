"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only CancelBenefitApplication calls hold, imported on the first use of
one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._cancel_benefit_application"


class CancelBenefitApplicationInput(_Structure):
    """CancelBenefitApplicationInput

    Attributes:
        catalog: The catalog identifier that specifies which benefit catalog the
            application belongs to. Required.
        client_token: A unique, case-sensitive identifier to ensure idempotent
            processing of the cancellation request. Required.
        identifier: The unique identifier of the benefit application to cancel.
            Required.
        reason: A descriptive reason explaining why the benefit application is being
            cancelled.
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
        "ClientToken",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str
    identifier: str
    reason: str | None

    def __init__(
        self,
        *,
        catalog: str,
        client_token: str,
        identifier: str,
        reason: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.identifier = identifier
        self.reason = reason


class CancelBenefitApplicationOutput(_Structure):
    """CancelBenefitApplicationOutput"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
