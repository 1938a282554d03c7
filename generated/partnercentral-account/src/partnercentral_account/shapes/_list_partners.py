"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only ListPartners calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_partners"


class ListPartnersRequest(_Structure):
    """ListPartnersRequest

    Attributes:
        catalog: The catalog identifier to list partners from. Required.
        next_token: The token for retrieving the next page of results in paginated
            responses.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.next_token = next_token


class ListPartnersResponse(_Structure):
    """ListPartnersResponse

    Attributes:
        partner_summary_list: A list of partner summaries including basic information
            about each partner account. Required.
        next_token: The token for retrieving the next page of results if more results
            are available.
    """

    __module__ = __package__
    __slots__ = (
        "partner_summary_list",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "PartnerSummaryList",
            "NextToken",
        )
    )
    _REQUIRED = ("PartnerSummaryList",)
    _CODECS = _CODEC_MODULE

    partner_summary_list: list[PartnerSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        partner_summary_list: _types.SequenceNotStr[PartnerSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.partner_summary_list = partner_summary_list  # type: ignore[assignment]
        self.next_token = next_token


class PartnerSummary(_Structure):
    """A summary view of a partner account containing basic information for listing purposes.

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the partner account. Required.
        id: The unique identifier of the partner account. Required.
        legal_name: The legal name of the partner organization. Required.
        created_at: The timestamp when the partner account was created. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "legal_name",
        "created_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "LegalName",
            "CreatedAt",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "LegalName",
        "CreatedAt",
    )
    _SENSITIVE = frozenset(("legal_name",))
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    legal_name: str
    created_at: _dt.datetime

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        legal_name: str,
        created_at: _dt.datetime,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.legal_name = legal_name
        self.created_at = created_at
