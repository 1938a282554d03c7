"""Exceptions of the Partner Central Selling API.

``PartnerCentralSellingError`` is the base of every error the service
returns; each modeled error is a subclass carrying the error's members as
typed attributes. An error code this client does not know is raised as
``PartnerCentralSellingError`` itself, still with its ``code``, ``message``,
``status_code`` and ``request_id``.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any as _Any
from typing import TYPE_CHECKING

from ._runtime.exceptions import ConnectTimeoutError, IncompleteResponseError, ParamValidationError
from ._runtime.exceptions import ReadTimeoutError
from ._runtime.exceptions import ParamValidationError as _ParamValidationError
from ._runtime.exceptions import ResponseParseError, SdkError, ServiceError, TransportError
from ._runtime.exceptions import ServiceError as _ServiceError
from ._runtime.model.lazy import LazyModule as _LazyModule
from ._runtime.model.lazy import enum_lookup as _enum_lookup
from ._runtime.protocols import serde as _serde
from ._runtime.protocols.serde import missing as _missing
from .shapes import (
    ValidationExceptionError,
    _decode_ValidationExceptionErrorList,
    _encode_ValidationExceptionErrorList,
)

if TYPE_CHECKING:
    from .enums import (
        AccessDeniedExceptionErrorCode,
        ValidationExceptionReason,
    )

_enums = _LazyModule(f"{__package__}.enums")
_lookup_AccessDeniedExceptionErrorCode = _enum_lookup(
    globals(), "_lookup_AccessDeniedExceptionErrorCode", _enums, "AccessDeniedExceptionErrorCode"
)
_lookup_ValidationExceptionReason = _enum_lookup(
    globals(), "_lookup_ValidationExceptionReason", _enums, "ValidationExceptionReason"
)

__all__ = [
    "SdkError",
    "ServiceError",
    "TransportError",
    "ConnectTimeoutError",
    "ReadTimeoutError",
    "IncompleteResponseError",
    "ParamValidationError",
    "ResponseParseError",
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
        self = cls(message, **context)
        wire = True
        # Members are set directly (no __init__); each wire value is checked as it is decoded.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Reason"
            value = get("Reason")
            if value.__class__ is not str and value is not None:
                value = _serde.dec_str(value, wire)
            fields.reason = (
                None if value is None else _lookup_AccessDeniedExceptionErrorCode(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        wire = False
        out = self._fields_dict(wire)
        if self.message:
            out["Message"] = self.message
        return out

    def _fields_dict(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Reason"
            value = self.reason
            if value is not None:
                out["Reason"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out


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
        self = cls(message, **context)
        wire = True

        return self

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        wire = False
        out = self._fields_dict(wire)
        if self.message:
            out["Message"] = self.message
        return out

    def _fields_dict(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out


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
        self = cls(message, **context)
        wire = True

        return self

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        wire = False
        out = self._fields_dict(wire)
        if self.message:
            out["Message"] = self.message
        return out

    def _fields_dict(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out


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
        self = cls(message, **context)
        wire = True

        return self

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        wire = False
        out = self._fields_dict(wire)
        if self.message:
            out["Message"] = self.message
        return out

    def _fields_dict(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out


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
        self = cls(message, **context)
        wire = True

        return self

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        wire = False
        out = self._fields_dict(wire)
        if self.message:
            out["Message"] = self.message
        return out

    def _fields_dict(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out


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
        self = cls(message, **context)
        wire = True

        return self

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        wire = False
        out = self._fields_dict(wire)
        if self.message:
            out["Message"] = self.message
        return out

    def _fields_dict(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out


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
        self = cls(message, **context)
        wire = True
        # Members are set directly (no __init__); each wire value is checked as it is decoded.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Reason"
            value = get("Reason")
            if value.__class__ is not str and value is not None:
                value = _serde.dec_str(value, wire)
            fields.reason = (
                None if value is None else _lookup_ValidationExceptionReason(value, value)
            )
            member = "ErrorList"
            value = get("ErrorList")
            fields.error_list = (
                None if value is None else _decode_ValidationExceptionErrorList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self

    def to_dict(self) -> dict[str, _Any]:
        """The modeled members of the error, boto3-style (wire names)."""
        wire = False
        out = self._fields_dict(wire)
        if self.message:
            out["Message"] = self.message
        return out

    def _fields_dict(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Reason"
            value = self.reason
            if value is not None:
                out["Reason"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ErrorList"
            value = self.error_list
            if value is not None:
                out["ErrorList"] = _encode_ValidationExceptionErrorList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out
