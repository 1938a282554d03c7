"""The ``User-Agent`` of every request, in the AWS SDKs' user agent format 2.1.

``<sdk>/<version> ua/2.1 os/<family>#<release> lang/python#<version>
md/<name>#<value>... m/<metrics> cfg/<name>#<value> app/<app id>``: what AWS
uses to tell SDKs, versions, platforms and features apart, plus an id the
user chooses (``app_id``, ``AWS_SDK_UA_APP_ID``, ``sdk_ua_app_id``). Every
part is sanitized: a character outside the HTTP token characters (and
``#``) becomes ``-``, so no value can break the header or add one.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .service import ServiceSpec

# The SDKs' business-metric ids of the retry modes (User-Agent 2.1's ``m/``).
_RETRY_MODE_METRICS = {"legacy": "D", "standard": "E", "adaptive": "F"}
_OS_FAMILIES = {"linux": "linux", "darwin": "macos", "win32": "windows", "cygwin": "windows"}


def build_user_agent(
    service: ServiceSpec, retry_mode: str | None = None, app_id: str | None = None
) -> str:
    """The ``User-Agent`` in the AWS SDKs' format 2.1 (``ua/2.1``), every part sanitized.

    The SDK and its version, the OS and Python, the retry mode as a business
    metric and a ``cfg/`` entry (left out for a strategy of the user's own:
    ``retry_mode`` None), and the user's ``app/`` id. Built from what
    the interpreter knows (``sys``, ``os.uname``), not :mod:`platform`, whose
    import a cold start would pay.
    """
    uname = getattr(os, "uname", None)
    system = uname() if uname is not None else None
    parts = [
        f"aws-sdk-python-{ua_text(service.package_name)}/{ua_text(service.package_version)}",
        "ua/2.1",
        f"os/{_OS_FAMILIES.get(sys.platform, 'other')}"
        + (f"#{ua_text(system.release)}" if system else ""),
        f"lang/python#{'.'.join(str(part) for part in sys.version_info[:3])}",
        f"md/pyimpl#{ua_text(sys.implementation.name)}",
    ]
    if system:
        parts.append(f"md/arch#{ua_text(system.machine)}")
    metric = _RETRY_MODE_METRICS.get(retry_mode or "")
    if metric is not None:
        parts.append(f"m/{metric}")
        parts.append(f"cfg/retry-mode#{retry_mode}")
    if app_id:
        parts.append(f"app/{ua_text(app_id)}")
    return " ".join(parts)


_UA_ALLOWED = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!$%&'*+-.^_`|~#"
)


def ua_text(text: str) -> str:
    """``text`` with every character a User-Agent value may not hold replaced by ``-``."""
    return "".join(char if char in _UA_ALLOWED else "-" for char in text)
