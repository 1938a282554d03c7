"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateCustomerAccount calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EnrichmentStatus,
    )
    from . import (
        CustomerAccountData,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_customer_account"


class CreateCustomerAccountRequest(_Structure):
    """Information about create customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        account: Specifies the details of the customer, such as the company name,
            website, and address. Required.
        partner_account_identifier: Specifies your own identifier for the customer
            account, such as the account ID in your CRM system.
        tags: Specifies the tags to add to the customer account.
        client_token: Specifies a unique, case-sensitive identifier that you provide to
            make the request idempotent. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "account",
        "partner_account_identifier",
        "tags",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Account",
            "PartnerAccountIdentifier",
            "Tags",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Account",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    account: CustomerAccountData
    partner_account_identifier: str | None
    tags: _Sequence[Tag] | None
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        account: CustomerAccountData,
        partner_account_identifier: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.account = account
        self.partner_account_identifier = partner_account_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
        self.client_token = client_token


class CreateCustomerAccountResponse(_Structure):
    """Information about create customer account response.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the customer account. Required.
        id: The unique identifier of the customer account. Required.
        status: The enrichment status of the new customer account. Required.
        catalog: The catalog that the customer account belongs to. Required.
        partner_account_identifier: Your own identifier for the customer account, if you
            provided one.
        created_date: The date and time when the customer account was created. Required.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "status",
        "catalog",
        "partner_account_identifier",
        "created_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "Catalog",
            "PartnerAccountIdentifier",
            "CreatedDate",
        )
    )
    _REQUIRED = (
        "Arn",
        "Id",
        "Status",
        "Catalog",
        "CreatedDate",
    )
    _CODECS = _CODEC_MODULE

    arn: str
    id: str
    status: EnrichmentStatus | str
    catalog: str
    partner_account_identifier: str | None
    created_date: _dt.datetime

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: EnrichmentStatus | _types.EnrichmentStatusValue,
        catalog: str,
        created_date: _dt.datetime,
        partner_account_identifier: str | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.catalog = catalog
        self.partner_account_identifier = partner_account_identifier
        self.created_date = created_date
