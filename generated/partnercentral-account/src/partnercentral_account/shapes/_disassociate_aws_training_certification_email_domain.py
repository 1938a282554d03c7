"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only DisassociateAwsTrainingCertificationEmailDomain calls hold, imported
on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._disassociate_aws_training_certification_email_domain"


class DisassociateAwsTrainingCertificationEmailDomainRequest(_Structure):
    """DisassociateAwsTrainingCertificationEmailDomainRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        domain_name: The domain name to disassociate from AWS training and
            certification. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
        "domain_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
            "DomainName",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "DomainName",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    client_token: str | None
    domain_name: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        domain_name: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token
        self.domain_name = domain_name


class DisassociateAwsTrainingCertificationEmailDomainResponse(_Structure):
    """DisassociateAwsTrainingCertificationEmailDomainResponse"""

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass
