"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only CreateBenefitApplication, GetBenefitApplication and
UpdateBenefitApplication calls hold, imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._contact"


class Contact(_Structure):
    """Represents contact information for a partner representative.

    Attributes:
        email: The email address of the contact person.
        first_name: The first name of the contact person.
        last_name: The last name of the contact person.
        business_title: The business title or role of the contact person within the
            organization.
        phone: The phone number of the contact person.
    """

    __module__ = __package__
    __slots__ = (
        "email",
        "first_name",
        "last_name",
        "business_title",
        "phone",
    )
    _WIRE_NAMES = frozenset(
        (
            "Email",
            "FirstName",
            "LastName",
            "BusinessTitle",
            "Phone",
        )
    )
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "phone",
        )
    )
    _CODECS = _CODEC_MODULE

    email: str | None
    first_name: str | None
    last_name: str | None
    business_title: str | None
    phone: str | None

    def __init__(
        self,
        *,
        email: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        business_title: str | None = None,
        phone: str | None = None,
    ) -> None:
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.business_title = business_title
        self.phone = phone
