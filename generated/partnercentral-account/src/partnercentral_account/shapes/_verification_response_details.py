"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetVerification and StartVerification calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import datetime as _dt

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._verification_response_details"


class BusinessVerificationDetails(_Structure):
    """Contains the business information required for verifying a company's legal status and
    registration details within AWS Partner Central.

    Attributes:
        legal_name: The official legal name of the business as registered with the
            appropriate government authorities. Required.
        registration_id: The unique business registration identifier assigned by the
            government or regulatory authority... Required.
        country_code: The ISO 3166-1 alpha-2 country code where the business is legally
            registered and operates. Required.
        jurisdiction_of_incorporation: The specific legal jurisdiction or state where
            the business was incorporated or registered...
    """

    __module__ = __package__
    __slots__ = (
        "legal_name",
        "registration_id",
        "country_code",
        "jurisdiction_of_incorporation",
    )
    _WIRE_NAMES = frozenset(
        (
            "LegalName",
            "RegistrationId",
            "CountryCode",
            "JurisdictionOfIncorporation",
        )
    )
    _REQUIRED = (
        "LegalName",
        "RegistrationId",
        "CountryCode",
    )
    _SENSITIVE = frozenset(
        (
            "legal_name",
            "registration_id",
        )
    )
    _CODECS = _CODEC_MODULE

    legal_name: str
    registration_id: str
    country_code: str
    jurisdiction_of_incorporation: str | None

    def __init__(
        self,
        *,
        legal_name: str,
        registration_id: str,
        country_code: str,
        jurisdiction_of_incorporation: str | None = None,
    ) -> None:
        self.legal_name = legal_name
        self.registration_id = registration_id
        self.country_code = country_code
        self.jurisdiction_of_incorporation = jurisdiction_of_incorporation


class BusinessVerificationResponse(_Structure):
    """Contains the response information and results from a business verification process,
    including any verification-specific data returned by the verification service.

    Attributes:
        business_verification_details: The business verification details that were
            processed and verified, potentially including... Required.
        completion_url: A secure URL where the registrant can complete additional
            verification steps, such as document...
        completion_url_expires_at: The timestamp when the completion URL expires and is
            no longer valid for accessing the...
    """

    __module__ = __package__
    __slots__ = (
        "business_verification_details",
        "completion_url",
        "completion_url_expires_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "BusinessVerificationDetails",
            "CompletionUrl",
            "CompletionUrlExpiresAt",
        )
    )
    _REQUIRED = ("BusinessVerificationDetails",)
    _CODECS = _CODEC_MODULE

    business_verification_details: BusinessVerificationDetails
    completion_url: str | None
    completion_url_expires_at: _dt.datetime | None

    def __init__(
        self,
        *,
        business_verification_details: BusinessVerificationDetails,
        completion_url: str | None = None,
        completion_url_expires_at: _dt.datetime | None = None,
    ) -> None:
        self.business_verification_details = business_verification_details
        self.completion_url = completion_url
        self.completion_url_expires_at = completion_url_expires_at


class RegistrantVerificationResponse(_Structure):
    """Contains the response information from a registrant verification process, including any
    verification-specific data and next steps for the individual verification workflow.

    Attributes:
        completion_url: A secure URL where the registrant can complete additional
            verification steps, such as document... Required.
        completion_url_expires_at: The timestamp when the completion URL expires and is
            no longer valid for accessing the... Required.
    """

    __module__ = __package__
    __slots__ = (
        "completion_url",
        "completion_url_expires_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "CompletionUrl",
            "CompletionUrlExpiresAt",
        )
    )
    _REQUIRED = (
        "CompletionUrl",
        "CompletionUrlExpiresAt",
    )
    _CODECS = _CODEC_MODULE

    completion_url: str
    completion_url_expires_at: _dt.datetime

    def __init__(
        self,
        *,
        completion_url: str,
        completion_url_expires_at: _dt.datetime,
    ) -> None:
        self.completion_url = completion_url
        self.completion_url_expires_at = completion_url_expires_at


class VerificationResponseDetails(_TaggedUnion):
    """A union structure containing the response details specific to different types of
    verification processes, providing type-specific information and results.

    A union: set exactly one variant by building one of
    `VerificationResponseDetailsBusinessVerificationResponse`,
    `VerificationResponseDetailsRegistrantVerificationResponse`. A variant added to the
    service later is received as `VerificationResponseDetailsUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "BusinessVerificationResponse",
            "RegistrantVerificationResponse",
        )
    )
    _CODECS = _CODEC_MODULE


class VerificationResponseDetailsBusinessVerificationResponse(VerificationResponseDetails):
    """The `BusinessVerificationResponse` variant of `VerificationResponseDetails`.

    The response details from a business verification process, including verification
    results and any additional business information discovered.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "BusinessVerificationResponse"
    value: BusinessVerificationResponse

    def __init__(self, value: BusinessVerificationResponse) -> None:
        self.value = value


class VerificationResponseDetailsRegistrantVerificationResponse(VerificationResponseDetails):
    """The `RegistrantVerificationResponse` variant of `VerificationResponseDetails`.

    The response details from a registrant verification process, including verification
    results and any additional steps required for identity confirmation.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "RegistrantVerificationResponse"
    value: RegistrantVerificationResponse

    def __init__(self, value: RegistrantVerificationResponse) -> None:
        self.value = value


class VerificationResponseDetailsUnknown(_UnknownVariant, VerificationResponseDetails):
    """A variant of VerificationResponseDetails this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
