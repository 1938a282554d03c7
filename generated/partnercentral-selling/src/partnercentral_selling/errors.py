"""Exceptions of the Partner Central Selling API.

``PartnerCentralSellingError`` is the base of every error the service
returns; each modeled error is a subclass carrying the error's members as
typed attributes. An error code this client does not know is raised as
``PartnerCentralSellingError`` itself, still with its ``code``, ``message``,
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
from typed_aws_runtime.exceptions import UpdateConflictError
from typed_aws_runtime.exceptions import WaiterError, WaiterTimeoutError
from typed_aws_runtime.exceptions import QuotaExhaustedError
from typed_aws_runtime.model.lazy import LazyModule as _LazyModule

if _typing.TYPE_CHECKING:
    from ._awsjson import errors as _codecs
    from .enums import (
        AccessDeniedExceptionErrorCode,
        ValidationExceptionReason,
    )
    from .shapes import (
        ValidationExceptionError,
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
    "UpdateConflictError",
    "WaiterError",
    "WaiterTimeoutError",
    "QuotaExhaustedError",
    "PartnerCentralSellingError",
    "AccessDeniedException",
    "ConflictException",
    "InternalServerException",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ThrottlingException",
    "ValidationException",
]


class PartnerCentralSellingError(ServiceError):
    """Base of every error the Partner Central Selling API returns."""


class AccessDeniedException(PartnerCentralSellingError):
    """This error occurs when you don't have permission to perform the requested action.

    You don’t have access to this action or resource. Review IAM policies or contact your
    AWS administrator for assistance.

    Attributes:
        message: A message that describes why access was denied.
        reason: The reason why access was denied for the requested operation.
    """

    code = "AccessDeniedException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        *,
        reason: AccessDeniedExceptionErrorCode | str | None = None,
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


class ConflictException(PartnerCentralSellingError):
    """This error occurs when the request can’t be processed due to a conflict with the target
    resource's current state, which could result from updating or deleting the resource.

    Suggested action: Fetch the latest state of the resource, verify the state, and retry
    the request.

    Attributes:
        message: A message that describes the conflict.
    """

    code = "ConflictException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ConflictException:
        error = cls(message, **context)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ConflictException(self)


class InternalServerException(PartnerCentralSellingError):
    """This error occurs when the specified resource can’t be found or doesn't exist. Resource
    ID and type might be incorrect.

    Suggested action: This is usually a transient error. Retry after the provided retry
    delay or a short interval. If the problem persists, contact AWS support.

    Attributes:
        message: A message that describes the internal error.
    """

    code = "InternalServerException"
    fault = "server"

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


class ResourceNotFoundException(PartnerCentralSellingError):
    """This error occurs when the specified resource can't be found. The resource might not
    exist, or isn't visible with the current credentials.

    Suggested action: Verify that the resource ID is correct and the resource is in the
    expected AWS region. Check IAM permissions for accessing the resource.

    Attributes:
        message: A message that describes which resource the service couldn't find.
    """

    code = "ResourceNotFoundException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ResourceNotFoundException:
        error = cls(message, **context)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ResourceNotFoundException(self)


class ServiceQuotaExceededException(PartnerCentralSellingError):
    """This error occurs when the request would cause a service quota to be exceeded. Service
    quotas represent the maximum allowed use of a specific resource, and this error
    indicates that the request would surpass that limit.

    Suggested action: Review the
    [Quotas](https://docs.aws.amazon.com/partner-central/latest/selling-api/quotas.html) for
    the resource, and either reduce usage or request a quota increase.

    Attributes:
        message: A message that describes which quota the request exceeded.
    """

    code = "ServiceQuotaExceededException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ServiceQuotaExceededException:
        error = cls(message, **context)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ServiceQuotaExceededException(self)


class ThrottlingException(PartnerCentralSellingError):
    """This error occurs when there are too many requests sent. Review the provided quotas and
    adapt your usage to avoid throttling.

    This error occurs when there are too many requests sent. Review the provided
    [Quotas](https://docs.aws.amazon.com/partner-central/latest/selling-api/quotas.html) and
    retry after the provided delay.

    Attributes:
        message: A message that describes why the service throttled the request.
    """

    code = "ThrottlingException"
    fault = "client"

    def __init__(
        self,
        message: str = "",
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)

    @classmethod
    def _from_response(
        cls, message: str, data: _Mapping[str, _Any], **context: _Any
    ) -> ThrottlingException:
        error = cls(message, **context)
        return error

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        return _codecs._encode_ThrottlingException(self)


class ValidationException(PartnerCentralSellingError):
    """The input fails to satisfy the constraints specified by the service or business
    validation rules.

    Suggested action: Review the error message, including the failed fields and reasons, to
    correct the request payload.

    Attributes:
        message: A message that describes the validation error. Required.
        reason: The primary reason for this validation exception to occur. Required.
        error_list: A list of issues that were discovered in the submitted request or
            the resource state.
    """

    code = "ValidationException"
    fault = "client"
    _FIELD_ERRORS = ("error_list", "field_name", "message", "code")

    def __init__(
        self,
        message: str = "",
        *,
        reason: ValidationExceptionReason | str | None = None,
        error_list: list[ValidationExceptionError] | None = None,
        **context: _Any,
    ) -> None:
        _ServiceError.__init__(self, message, **context)
        self.reason = reason
        self.error_list = error_list

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
