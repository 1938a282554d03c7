"""Exceptions of the Partner Central Channel API.

``PartnerCentralChannelError`` is the base of every error the service
returns; each modeled error is a subclass carrying the error's members as
typed attributes. An error code this client does not know is raised as
``PartnerCentralChannelError`` itself, still with its ``code``, ``message``,
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
        ValidationExceptionReason,
    )
    from .shapes import (
        ValidationExceptionField,
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
    "PartnerCentralChannelError",
    "AccessDeniedException",
    "ConflictException",
    "InternalServerException",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ThrottlingException",
    "ValidationException",
]


class PartnerCentralChannelError(ServiceError):
    """Base of every error the Partner Central Channel API returns."""


class AccessDeniedException(PartnerCentralChannelError):
    """The request was denied due to insufficient permissions.

    Attributes:
        message: A message describing the access denial. Required.
        reason: The reason for the access denial.
    """

    code = "AccessDeniedException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        *,
        reason: str | None = None,
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


class ConflictException(PartnerCentralChannelError):
    """The request could not be completed due to a conflict with the current state of the
    resource.

    Attributes:
        message: A message describing the conflict. Required.
        resource_id: The identifier of the resource that caused the conflict. Required.
        resource_type: The type of the resource that caused the conflict. Required.
    """

    code = "ConflictException"
    fault = "client"

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
    ) -> ConflictException:
        error = cls(message, **context)
        _codecs._decode_ConflictException(error, data)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ConflictException(self)


class InternalServerException(PartnerCentralChannelError):
    """An internal server error occurred while processing the request.

    Attributes:
        message: A message describing the internal server error. Required.
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


class ResourceNotFoundException(PartnerCentralChannelError):
    """The specified resource was not found.

    Attributes:
        message: A message describing the resource not found error. Required.
        resource_id: The identifier of the resource that was not found.
        resource_type: The type of the resource that was not found.
    """

    code = "ResourceNotFoundException"
    fault = "client"

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


class ServiceQuotaExceededException(PartnerCentralChannelError):
    """The request would exceed a service quota limit.

    Attributes:
        message: A message describing the service quota exceeded error. Required.
        resource_id: The identifier of the resource that would exceed the quota.
            Required.
        resource_type: The type of the resource that would exceed the quota. Required.
        quota_code: The code identifying the specific quota that would be exceeded.
            Required.
    """

    code = "ServiceQuotaExceededException"
    fault = "client"
    retryable = "transient"

    def __init__(
        self,
        message: str = "",
        *,
        resource_id: str | None = None,
        resource_type: str | None = None,
        quota_code: str | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.resource_id = resource_id
        self.resource_type = resource_type
        self.quota_code = quota_code

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


class ThrottlingException(PartnerCentralChannelError):
    """The request was throttled due to too many requests being sent in a short period.

    Attributes:
        message: A message describing the throttling error. Required.
        service_code: The service code associated with the throttling error.
        quota_code: The quota code associated with the throttling error.
    """

    code = "ThrottlingException"
    fault = "client"
    retryable = "throttling"

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


class ValidationException(PartnerCentralChannelError):
    """The request failed validation due to invalid input parameters.

    Attributes:
        message: A message describing the validation error. Required.
        reason: The reason for the validation failure. Required.
        field_list: A list of fields that failed validation.
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
