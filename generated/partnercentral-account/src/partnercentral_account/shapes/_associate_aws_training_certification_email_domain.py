"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only AssociateAwsTrainingCertificationEmailDomain calls hold, imported on
the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._associate_aws_training_certification_email_domain"


class AssociateAwsTrainingCertificationEmailDomainRequest(_Structure):
    """AssociateAwsTrainingCertificationEmailDomainRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        email: The email address used to verify domain ownership for AWS training and
            certification association. Required.
        email_verification_code: The verification code sent to the email address to
            confirm domain ownership. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
        "email",
        "email_verification_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
            "Email",
            "EmailVerificationCode",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "Email",
        "EmailVerificationCode",
    )
    _SENSITIVE = frozenset(("email_verification_code",))
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    client_token: str | None
    email: str
    email_verification_code: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        email: str,
        email_verification_code: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token
        self.email = email
        self.email_verification_code = email_verification_code


class AssociateAwsTrainingCertificationEmailDomainResponse(_Structure):
    """AssociateAwsTrainingCertificationEmailDomainResponse"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
