"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListEngagementMembers calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_engagement_members"


class EngagementMember(_Structure):
    """Engagement members are the participants in an Engagement, which is likely a
    collaborative project or business opportunity within the AWS partner network. Members
    can be different partner organizations or AWS accounts that are working together on a
    specific engagement.

    Each member is represented by their AWS Account ID, Company Name, and associated
    details. Members have a status within the Engagement (PENDING, ACCEPTED, REJECTED, or
    WITHDRAWN), indicating their current state of participation. Only existing members of an
    Engagement can view the list of other members. This implies a level of privacy and
    access control within the Engagement structure.

    Attributes:
        company_name: The official name of the member's company or organization.
        website_url: The URL of the member company's website.
        account_id: This is the unique identifier for the AWS account associated with
            the member organization.
    """

    __module__ = __package__
    __slots__ = (
        "company_name",
        "website_url",
        "account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "CompanyName",
            "WebsiteUrl",
            "AccountId",
        )
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "account_id",
        )
    )
    _CODECS = _CODEC_MODULE

    company_name: str | None
    website_url: str | None
    account_id: str | None

    def __init__(
        self,
        *,
        company_name: str | None = None,
        website_url: str | None = None,
        account_id: str | None = None,
    ) -> None:
        self.company_name = company_name
        self.website_url = website_url
        self.account_id = account_id


class ListEngagementMembersRequest(_Structure):
    """Contains the request parameters for the `ListEngagementMembers` operation.

    Attributes:
        catalog: The catalog related to the request. Required.
        identifier: Identifier of the Engagement record to retrieve members from.
            Required.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.max_results = max_results
        self.next_token = next_token


class ListEngagementMembersResponse(_Structure):
    """Contains the response that the `ListEngagementMembers` action returns.

    Attributes:
        engagement_member_list: Provides a list of engagement members. Required.
        next_token: A pagination token used to retrieve the next set of results.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_member_list",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementMemberList",
            "NextToken",
        )
    )
    _REQUIRED = ("EngagementMemberList",)
    _CODECS = _CODEC_MODULE

    engagement_member_list: list[EngagementMember]
    next_token: str | None

    def __init__(
        self,
        *,
        engagement_member_list: _types.SequenceNotStr[EngagementMember],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagement_member_list = engagement_member_list  # type: ignore[assignment]
        self.next_token = next_token
