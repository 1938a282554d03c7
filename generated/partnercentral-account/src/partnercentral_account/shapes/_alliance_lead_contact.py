"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CreatePartner, GetAllianceLeadContact and PutAllianceLeadContact
calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._alliance_lead_contact"


class AllianceLeadContact(_Structure):
    """Contains contact information for the primary alliance lead responsible for partnership
    activities.

    Attributes:
        first_name: The first name of the alliance lead contact person. Required.
        last_name: The last name of the alliance lead contact person. Required.
        email: The email address of the alliance lead contact person. Required.
        business_title: The business title or role of the alliance lead contact person.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "first_name",
        "last_name",
        "email",
        "business_title",
    )
    _WIRE_NAMES = frozenset(
        (
            "FirstName",
            "LastName",
            "Email",
            "BusinessTitle",
        )
    )
    _REQUIRED = (
        "FirstName",
        "LastName",
        "Email",
        "BusinessTitle",
    )
    _SENSITIVE = frozenset(
        (
            "first_name",
            "last_name",
            "business_title",
        )
    )
    _CODECS = _CODEC_MODULE

    first_name: str
    last_name: str
    email: str
    business_title: str

    def __init__(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        business_title: str,
    ) -> None:
        self.first_name = first_name
        self.last_name = last_name
        self.email = email
        self.business_title = business_title
