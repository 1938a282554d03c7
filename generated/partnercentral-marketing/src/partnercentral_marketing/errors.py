"""Exceptions of the Partner Central Marketing API.

``PartnerCentralMarketingError`` is the base of every error the service
returns; each modeled error is a subclass carrying the error's members as
typed attributes. An error code this client does not know is raised as
``PartnerCentralMarketingError`` itself, still with its ``code``, ``message``,
``status_code`` and ``request_id``.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Mapping as _Mapping
from typing import Any as _Any

from typed_aws_runtime.exceptions import (
    ConnectTimeoutError,
    IncompleteResponseError,
    ParamValidationError,
)
from typed_aws_runtime.exceptions import ReadTimeoutError
from typed_aws_runtime.exceptions import ResponseParseError, SdkError, ServiceError, TransportError
from typed_aws_runtime.exceptions import IgnoredOptionWarning
from typed_aws_runtime.exceptions import ServiceError as _ServiceError
from typed_aws_runtime.model.lazy import LazyModule as _LazyModule

if _typing.TYPE_CHECKING:
    from ._rpcv2cbor import errors as _codecs
    from .enums import (
        AccessDeniedExceptionReason,
        ValidationExceptionReason,
    )
    from .shapes import (
        ValidationExceptionField,
    )
else:
    # The wire codecs of the errors' members, imported when an error is first decoded.
    _codecs = _LazyModule(f"{__package__}._rpcv2cbor.errors")

__all__ = [
    "SdkError",
    "ServiceError",
    "TransportError",
    "ConnectTimeoutError",
    "ReadTimeoutError",
    "IncompleteResponseError",
    "ParamValidationError",
    "ResponseParseError",
    "IgnoredOptionWarning",
    "PartnerCentralMarketingError",
    "AccessDeniedException",
    "ConflictException",
    "InternalServerException",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ThrottlingException",
    "ValidationException",
]


class PartnerCentralMarketingError(ServiceError):
    """Base of every error the Partner Central Marketing API returns."""


class AccessDeniedException(PartnerCentralMarketingError):
    """You do not have sufficient access to perform this action.

    An IAM denial carries no `Reason`. A refusal for the caller's Partner Central state
    carries one, so a client tells the two apart by its presence.

    Attributes:
        message: Error message. Required.
        reason: Why the caller was refused, when the refusal is about the caller's
            Partner Central state rather...
    """

    code = "AccessDeniedException"
    fault = "client"
    http_status = 403

    def __init__(
        self,
        message: str = "",
        *,
        reason: AccessDeniedExceptionReason | str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.reason = reason

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> AccessDeniedException:
        error = cls(message, **context)
        _codecs._decode_AccessDeniedException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_AccessDeniedException(self)


class ConflictException(PartnerCentralMarketingError):
    """The request conflicts with the current state of the resource.

    Attributes:
        message: Error message. Required.
        resource_id: The affected resource identifier.
        resource_type: The affected resource type.
        reason: Machine-readable cause, for clients that branch on it.
    """

    code = "ConflictException"
    fault = "client"
    http_status = 409

    def __init__(
        self,
        message: str = "",
        *,
        resource_id: str | None = None,
        resource_type: str | None = None,
        reason: str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.resource_id = resource_id
        self.resource_type = resource_type
        self.reason = reason

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ConflictException:
        error = cls(message, **context)
        _codecs._decode_ConflictException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ConflictException(self)


class InternalServerException(PartnerCentralMarketingError):
    """An unexpected error occurred during the processing of the request.

    Attributes:
        message: Error message. Required.
        retry_after_seconds: Seconds before retry.
    """

    code = "InternalServerException"
    fault = "server"
    http_status = 500
    retryable = "transient"

    def __init__(
        self,
        message: str = "",
        *,
        retry_after_seconds: int | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.retry_after_seconds = retry_after_seconds

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> InternalServerException:
        error = cls(message, **context)
        _codecs._decode_InternalServerException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_InternalServerException(self)


class ResourceNotFoundException(PartnerCentralMarketingError):
    """The specified resource does not exist.

    Attributes:
        message: Error message. Required.
        resource_id: The affected resource identifier.
        resource_type: The affected resource type.
    """

    code = "ResourceNotFoundException"
    fault = "client"
    http_status = 404

    def __init__(
        self,
        message: str = "",
        *,
        resource_id: str | None = None,
        resource_type: str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.resource_id = resource_id
        self.resource_type = resource_type

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ResourceNotFoundException:
        error = cls(message, **context)
        _codecs._decode_ResourceNotFoundException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ResourceNotFoundException(self)


class ServiceQuotaExceededException(PartnerCentralMarketingError):
    """The request exceeds a service quota.

    Attributes:
        message: Error message. Required.
        resource_type: The affected resource type.
        quota_code: The exceeded quota code.
        service_code: The service code.
    """

    code = "ServiceQuotaExceededException"
    fault = "client"
    http_status = 402

    def __init__(
        self,
        message: str = "",
        *,
        resource_type: str | None = None,
        quota_code: str | None = None,
        service_code: str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.resource_type = resource_type
        self.quota_code = quota_code
        self.service_code = service_code

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ServiceQuotaExceededException:
        error = cls(message, **context)
        _codecs._decode_ServiceQuotaExceededException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ServiceQuotaExceededException(self)


class ThrottlingException(PartnerCentralMarketingError):
    """The request was denied due to request throttling.

    Attributes:
        message: Error message. Required.
        retry_after_seconds: Seconds before retry.
    """

    code = "ThrottlingException"
    fault = "client"
    http_status = 429
    retryable = "throttling"

    def __init__(
        self,
        message: str = "",
        *,
        retry_after_seconds: int | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.retry_after_seconds = retry_after_seconds

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ThrottlingException:
        error = cls(message, **context)
        _codecs._decode_ThrottlingException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ThrottlingException(self)


class ValidationException(PartnerCentralMarketingError):
    """The input fails to satisfy the constraints specified by the service.

    A caller branches on `Reason`, and where the rejection is attributable to particular
    fields it reads `FieldList` rather than parsing `Message`, which is prose and may
    change.

    Attributes:
        message: Error message. Required.
        reason: The single coarse reason the request was rejected, for a caller that
            does not care which field.
        field_list: Every field that failed, not just the first.
    """

    code = "ValidationException"
    fault = "client"
    _FIELD_ERRORS = ("field_list", "name", "message", "code")

    def __init__(
        self,
        message: str = "",
        *,
        reason: ValidationExceptionReason | str | None = None,
        field_list: list[ValidationExceptionField] | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.reason = reason
        self.field_list = field_list

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ValidationException:
        error = cls(message, **context)
        _codecs._decode_ValidationException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ValidationException(self)
