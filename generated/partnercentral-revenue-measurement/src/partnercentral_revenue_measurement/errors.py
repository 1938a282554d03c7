"""Exceptions of the Partner Central Revenue Measurement API.

``PartnerCentralRevenueMeasurementError`` is the base of every error the service
returns; each modeled error is a subclass carrying the error's members as
typed attributes. An error code this client does not know is raised as
``PartnerCentralRevenueMeasurementError`` itself, still with its ``code``, ``message``,
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
        ConflictExceptionReason,
        ResourceNotFoundExceptionReason,
        ServiceQuotaExceededExceptionReason,
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
    "PartnerCentralRevenueMeasurementError",
    "AccessDeniedException",
    "ConflictException",
    "InternalServerException",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ThrottlingException",
    "ValidationException",
]


class PartnerCentralRevenueMeasurementError(ServiceError):
    """Base of every error the Partner Central Revenue Measurement API returns."""


class AccessDeniedException(PartnerCentralRevenueMeasurementError):
    """The request was denied due to insufficient permissions.

    Attributes:
        message: A human-readable message describing the access denial reason. Required.
        reason: The reason for the access denial. Required.
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


class ConflictException(PartnerCentralRevenueMeasurementError):
    """The request could not be completed due to a conflict with the current state of the
    resource.

    Attributes:
        message: A human-readable message describing the conflict that occurred.
            Required.
        reason: The reason for the conflict. Required.
    """

    code = "ConflictException"
    fault = "client"
    http_status = 409

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


class InternalServerException(PartnerCentralRevenueMeasurementError):
    """An internal server error occurred. Retry your request.

    Attributes:
        message: A human-readable message describing the internal server error.
            Required.
    """

    code = "InternalServerException"
    fault = "server"
    http_status = 500
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


class ResourceNotFoundException(PartnerCentralRevenueMeasurementError):
    """The specified resource was not found.

    Attributes:
        message: A human-readable message describing which resource was not found.
            Required.
        reason: The reason the resource was not found. Required.
    """

    code = "ResourceNotFoundException"
    fault = "client"
    http_status = 404

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


class ServiceQuotaExceededException(PartnerCentralRevenueMeasurementError):
    """The request would exceed a service quota limit.

    Attributes:
        message: A human-readable message describing which service quota would be
            exceeded. Required.
        reason: The reason the service quota was exceeded. Required.
    """

    code = "ServiceQuotaExceededException"
    fault = "client"
    http_status = 402

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


class ThrottlingException(PartnerCentralRevenueMeasurementError):
    """The request was throttled due to too many requests. Retry your request.

    Attributes:
        message: A human-readable message indicating that the request rate limit has
            been exceeded. Required.
        service_code: The service code associated with the throttling error.
        quota_code: The quota code associated with the throttling error.
    """

    code = "ThrottlingException"
    fault = "client"
    http_status = 429
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


class ValidationException(PartnerCentralRevenueMeasurementError):
    """The request failed validation due to invalid input parameters.

    Attributes:
        message: A human-readable message describing the validation failure. Required.
        reason: The reason for the validation failure. Required.
        field_list: A list of fields that failed validation.
    """

    code = "ValidationException"
    fault = "client"
    http_status = 400
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
