"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only AcceptEngagementInvitation calls hold, imported on the first use of
one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._accept_engagement_invitation"


class AcceptEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `AcceptEngagementInvitation` operation.

    Attributes:
        catalog: The `CatalogType` parameter specifies the catalog associated with the
            engagement invitation. Required.
        identifier: The `Identifier` parameter in the
            `AcceptEngagementInvitationRequest` specifies the unique... Required.
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
