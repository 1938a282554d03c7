"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only SendEmailVerificationCode calls hold, imported on the first use of
one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._send_email_verification_code"


class SendEmailVerificationCodeRequest(_Structure):
    """SendEmailVerificationCodeRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        email: The email address to send the verification code to. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "email",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Email",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Email",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    email: str

    def __init__(
        self,
        *,
        catalog: str,
        email: str,
    ) -> None:
        self.catalog = catalog
        self.email = email


class SendEmailVerificationCodeResponse(_Structure):
    """SendEmailVerificationCodeResponse"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
