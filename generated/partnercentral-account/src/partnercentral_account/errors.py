"""Exceptions of the Partner Central Account API.

``PartnerCentralAccountError`` is the base of every error the service
returns; each modeled error is a subclass carrying the error's members as
typed attributes. An error code this client does not know is raised as
``PartnerCentralAccountError`` itself, still with its ``code``, ``message``,
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
    from ._awsjson import errors as _codecs
    from .enums import (
        AccessDeniedExceptionReason,
        ConflictExceptionReason,
        ResourceNotFoundExceptionReason,
        ServiceQuotaExceededExceptionReason,
        ValidationExceptionReason,
    )
    from .shapes import (
        ValidationError,
    )
else:
    # The wire codecs of the errors' members, imported when an error is first decoded.
    _codecs = _LazyModule(f"{__package__}._awsjson.errors")

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
    "PartnerCentralAccountError",
    "AccessDeniedException",
    "ConflictException",
    "InternalServerException",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ThrottlingException",
    "ValidationException",
]


class PartnerCentralAccountError(ServiceError):
    """Base of every error the Partner Central Account API returns."""


class AccessDeniedException(PartnerCentralAccountError):
    """The request was denied due to insufficient permissions. The caller does not have the
    required permissions to perform this operation.

    Attributes:
        message: (undocumented) Required.
        reason: The specific reason for the access denial. Required.
    """

    code = "AccessDeniedException"
    fault = "client"

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


class ConflictException(PartnerCentralAccountError):
    """The request could not be completed due to a conflict with the current state of the
    resource. This typically occurs when trying to create a resource that already exists or
    modify a resource that has been changed by another process.

    Attributes:
        message: (undocumented) Required.
        reason: The specific reason for the conflict. Required.
    """

    code = "ConflictException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        *,
        reason: ConflictExceptionReason | str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
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


class InternalServerException(PartnerCentralAccountError):
    """An internal server error occurred while processing the request. This is typically a
    temporary condition and the request may be retried.

    Attributes:
        message: (undocumented) Required.
    """

    code = "InternalServerException"
    fault = "server"
    retryable = "transient"

    def __init__(
        self,
        message: str = "",
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> InternalServerException:
        error = cls(message, **context)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_InternalServerException(self)


class ResourceNotFoundException(PartnerCentralAccountError):
    """The specified resource could not be found. This may occur when referencing a resource
    that does not exist or has been deleted.

    Attributes:
        message: (undocumented) Required.
        reason: The specific reason why the resource was not found. Required.
    """

    code = "ResourceNotFoundException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        *,
        reason: ResourceNotFoundExceptionReason | str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.reason = reason

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


class ServiceQuotaExceededException(PartnerCentralAccountError):
    """The request was rejected because it would exceed a service quota or limit. This may
    occur when trying to create more resources than allowed by the service limits.

    Attributes:
        message: (undocumented) Required.
        reason: The specific reason for the service quota being exceeded. Required.
    """

    code = "ServiceQuotaExceededException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        *,
        reason: ServiceQuotaExceededExceptionReason | str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.reason = reason

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


class ThrottlingException(PartnerCentralAccountError):
    """The request was throttled due to too many requests being sent in a short period of time.
    The client should implement exponential backoff and retry the request.

    Attributes:
        message: (undocumented) Required.
        service_code: The service code associated with the throttling error.
        quota_code: The quota code associated with the throttling error.
    """

    code = "ThrottlingException"
    fault = "client"
    retryable = "transient"

    def __init__(
        self,
        message: str = "",
        *,
        service_code: str | None = None,
        quota_code: str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.service_code = service_code
        self.quota_code = quota_code

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


class ValidationException(PartnerCentralAccountError):
    """The request failed validation. One or more input parameters are invalid, missing, or do
    not meet the required format or constraints.

    Attributes:
        message: (undocumented) Required.
        reason: The reason for the validation failure. Required.
        error_details: A list of detailed validation errors that occurred during request
            processing.
    """

    code = "ValidationException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        *,
        reason: ValidationExceptionReason | str | None = None,
        error_details: list[ValidationError] | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.reason = reason
        self.error_details = error_details

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
