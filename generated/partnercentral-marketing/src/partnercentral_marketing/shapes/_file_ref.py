"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only CreateCampaign and UpdateCampaign calls hold, imported on the first
use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._file_ref"


class FileRef(_Structure):
    """A reference to a partner-supplied file in the Partner Central file staging bucket.

    The URI must be \\`s3://{stagingBucket}/{callerAccountId}/…\\`, where the account id
    segment equals the caller's session-derived account — never an account named in the
    request body. A mismatch is refused \\`FILE_REFERENCE_NOT_OWNED\\`; any other bucket,
    \\`FILE_REFERENCE_INVALID\\`.

    \\`VersionId\\` is required: the staging bucket is versioned, and the service takes
    exactly the version the upload returned, so a later upload to the same key cannot change
    what was referenced. The service copies that version into storage it controls and pins
    the copy for scanning and processing.

    Attributes:
        s3_uri: The `s3://` location of the file. Required.
        version_id: The version of the object to take: the `VersionId` the staging
            upload returned. Required.
    """

    __module__ = __package__
    __slots__ = (
        "s3_uri",
        "version_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "S3Uri",
            "VersionId",
        )
    )
    _REQUIRED = (
        "S3Uri",
        "VersionId",
    )
    _CODECS = _CODEC_MODULE

    s3_uri: str
    version_id: str

    def __init__(
        self,
        *,
        s3_uri: str,
        version_id: str,
    ) -> None:
        self.s3_uri = s3_uri
        self.version_id = version_id
