"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only UpdateCustomerAccount calls hold, imported on the first use of one.
"""

from __future__ import annotations

import copy as _copy
import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EnrichmentStatus,
    )
    from . import (
        CustomerAccountData,
        GetCustomerAccountResponse,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._update_customer_account"


class UpdateCustomerAccountRequest(_Structure):
    """Information about update customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the customer account.
            Required.
        account: Specifies the complete, updated details of the customer. Required.
        partner_account_identifier: Specifies your own identifier for the customer
            account, such as the account ID in your CRM system.
        last_modified_date: Specifies the `LastModifiedDate` of the customer account as
            you last read it. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "account",
        "partner_account_identifier",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Account",
            "PartnerAccountIdentifier",
            "LastModifiedDate",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "Account",
        "LastModifiedDate",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    account: CustomerAccountData
    partner_account_identifier: str | None
    last_modified_date: _dt.datetime

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        account: CustomerAccountData,
        last_modified_date: _dt.datetime,
        partner_account_identifier: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.account = account
        self.partner_account_identifier = partner_account_identifier
        self.last_modified_date = last_modified_date

    @classmethod
    def from_current(cls, current: GetCustomerAccountResponse) -> UpdateCustomerAccountRequest:
        """The UpdateCustomerAccount request that writes `current` back as it is.

        UpdateCustomerAccount replaces the whole resource: a member the request leaves out
        is cleared. This request holds every member it takes, copied from the
        GetCustomerAccount output `current` (`identifier` from its `id`), so change it
        rather than building one from scratch. The copy is deep: changing the request leaves
        `current` as it was. `PartnerCentralSellingClient.modify_customer_account` does this
        for you, with the conflict handling.

        Args:
            current: What `get_customer_account` returned.

        Returns:
            UpdateCustomerAccountRequest
        """
        # A read's values are open (an enum value newer than this client is a str) and
        # go back unchanged: the service knows them.
        values: _typing.Any = _copy.deepcopy(current)
        return cls(
            catalog=values.catalog,
            identifier=values.id,
            account=values.account,
            partner_account_identifier=values.partner_account_identifier,
            last_modified_date=values.last_modified_date,
        )


class UpdateCustomerAccountResponse(_Structure):
    """Information about update customer account response.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the customer account. Required.
        id: The unique identifier of the customer account. Required.
        status: The enrichment status of the customer account. Required.
        catalog: The catalog that the customer account belongs to. Required.
        partner_account_identifier: Your own identifier for the customer account, if you
            provided one.
        created_date: The date and time when the customer account was created. Required.
        last_modified_date: The date and time when the customer account was last
            modified. Required.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "status",
        "catalog",
        "partner_account_identifier",
        "created_date",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "Catalog",
            "PartnerAccountIdentifier",
            "CreatedDate",
            "LastModifiedDate",
        )
    )
    _REQUIRED = (
        "Arn",
        "Id",
        "Status",
        "Catalog",
        "CreatedDate",
        "LastModifiedDate",
    )
    _CODECS = _CODEC_MODULE

    arn: str
    id: str
    status: EnrichmentStatus | str
    catalog: str
    partner_account_identifier: str | None
    created_date: _dt.datetime
    last_modified_date: _dt.datetime

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: EnrichmentStatus | _types.EnrichmentStatusValue,
        catalog: str,
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        partner_account_identifier: str | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.catalog = catalog
        self.partner_account_identifier = partner_account_identifier
        self.created_date = created_date
        self.last_modified_date = last_modified_date
