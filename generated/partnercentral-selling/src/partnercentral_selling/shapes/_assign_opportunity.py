"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only AssignOpportunity calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._assign_opportunity"


class AssignOpportunityRequest(_Structure):
    """Contains the request parameters for the `AssignOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        identifier: Requires the `Opportunity`'s unique identifier when you want to
            assign it to another user. Required.
        assignee: Specifies the user or team member responsible for managing the
            assigned opportunity. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "assignee",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Assignee",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "Assignee",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    assignee: AssigneeContact

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        assignee: AssigneeContact,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.assignee = assignee


class AssigneeContact(_Structure):
    """Represents the contact details of the individual assigned to manage the opportunity
    within the partner organization. This helps to ensure that there is a point of contact
    for the opportunity's progress.

    Attributes:
        email: Provides the email address of the assignee. Required.
        first_name: Specifies the first name of the assignee managing the opportunity.
            Required.
        last_name: Specifies the last name of the assignee managing the opportunity.
            Required.
        phone: Specifies the contact phone number of the assignee responsible for the
            opportunity or engagement.
        business_title: Specifies the business title of the assignee managing the
            opportunity. Required.
    """

    __module__ = __package__
    __slots__ = (
        "email",
        "first_name",
        "last_name",
        "phone",
        "business_title",
    )
    _WIRE_NAMES = frozenset(
        (
            "Email",
            "FirstName",
            "LastName",
            "Phone",
            "BusinessTitle",
        )
    )
    _REQUIRED = (
        "Email",
        "FirstName",
        "LastName",
        "BusinessTitle",
    )
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "phone",
            "business_title",
        )
    )
    _CODECS = _CODEC_MODULE

    email: str
    first_name: str
    last_name: str
    phone: str | None
    business_title: str

    def __init__(
        self,
        *,
        email: str,
        first_name: str,
        last_name: str,
        business_title: str,
        phone: str | None = None,
    ) -> None:
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.phone = phone
        self.business_title = business_title
