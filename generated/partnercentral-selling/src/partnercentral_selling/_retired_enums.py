"""Enums the service no longer has, kept so code written for older versions still runs.

Import them from ``enums`` as before; that import warns (DeprecationWarning).
Their values are plain strings on the wire, so passing a member still works
where the member is now typed ``str``.
"""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum

# Why each one was retired (shown in the deprecation warning).
REASONS = {
    "MarketSegment": "removed from the model in botocore 1.43.x (2026-08-04), when LeadCustomer.MarketSegment and LeadInvitationCustomer.MarketSegment became free-text strings (LeadMarketSegment); pass the value as a str",
}


class MarketSegment(_OpenEnum):
    """Deprecated: the service no longer has this enum; removed from the model in botocore
    1.43.x (2026-08-04), when LeadCustomer.MarketSegment and
    LeadInvitationCustomer.MarketSegment became free-text strings (LeadMarketSegment);
    pass the value as a str.
    """

    ENTERPRISE = "Enterprise"
    LARGE = "Large"
    MEDIUM = "Medium"
    SMALL = "Small"
    MICRO = "Micro"
