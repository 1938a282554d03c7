"""Enumerations of the Partner Central Benefits API.

Enums are open: a value the service adds later is kept as a plain ``str``
(every enum-typed member is annotated ``SomeEnum | str``), so an older client
never fails on it. Each class is a ``str`` subclass, so members compare equal
to their wire strings.

Import the classes from here. Each is defined in a private module with the other
enums the same operations use, imported when one of its names is first read.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._benefit_allocation_status import (
        BenefitAllocationStatus,
    )
    from ._benefit_application_status import (
        BenefitApplicationStatus,
    )
    from ._benefit_status import (
        BenefitStatus,
    )
    from ._errors import (
        ValidationExceptionErrorCode,
        ValidationExceptionReason,
    )
    from ._fulfillment_type import (
        FulfillmentType,
    )
    from ._get_benefit_allocation import (
        CurrencyCode,
    )
    from ._get_benefit_application import (
        FileType,
    )
    from ._list_benefit_applications import (
        ResourceType,
    )

__all__ = [
    "BenefitAllocationStatus",
    "BenefitApplicationStatus",
    "BenefitStatus",
    "CurrencyCode",
    "FileType",
    "FulfillmentType",
    "ResourceType",
    "ValidationExceptionErrorCode",
    "ValidationExceptionReason",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "BenefitAllocationStatus": "_benefit_allocation_status",
    "BenefitApplicationStatus": "_benefit_application_status",
    "BenefitStatus": "_benefit_status",
    "ValidationExceptionErrorCode": "_errors",
    "ValidationExceptionReason": "_errors",
    "FulfillmentType": "_fulfillment_type",
    "CurrencyCode": "_get_benefit_allocation",
    "FileType": "_get_benefit_application",
    "ResourceType": "_list_benefit_applications",
}

if not _typing.TYPE_CHECKING:  # type checkers read the imports above instead
    from importlib import import_module as _import_module

    def __getattr__(name: str) -> object:
        """Import the module defining ``name`` on its first read; it is kept here after."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list({*globals(), *_MODULES})
