"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only DeleteCustomerAccount calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._delete_customer_account"


class DeleteCustomerAccountRequest(_Structure):
    """Information about delete customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the customer account.
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


class DeleteCustomerAccountResponse(_Structure):
    """Information about delete customer account response."""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
