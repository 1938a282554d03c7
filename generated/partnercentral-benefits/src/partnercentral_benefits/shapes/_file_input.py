"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only CreateBenefitApplication and UpdateBenefitApplication calls hold,
imported on the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._file_input"


class FileInput(_Structure):
    """Represents input information for uploading a file to a benefit application.

    Attributes:
        file_uri: The URI or location where the file should be stored or has been
            uploaded. Required.
        business_use_case: The business purpose or use case that this file supports in
            the benefit application.
    """

    __module__ = __package__
    __slots__ = (
        "file_uri",
        "business_use_case",
    )
    _WIRE_NAMES = frozenset(
        (
            "FileURI",
            "BusinessUseCase",
        )
    )
    _REQUIRED = ("FileURI",)
    _CODECS = _CODEC_MODULE

    file_uri: str
    business_use_case: str | None

    def __init__(
        self,
        *,
        file_uri: str,
        business_use_case: str | None = None,
    ) -> None:
        self.file_uri = file_uri
        self.business_use_case = business_use_case
