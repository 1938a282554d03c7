"""The AWS SDK "defaults modes": default values that depend on where a client runs.

The values are those of botocore 1.44.8's ``sdk-default-configuration.json``
(Apache-2.0), the file every AWS SDK shares; a test compares this table with
that file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULTS_MODES = ("legacy", "standard", "in-region", "cross-region", "mobile", "auto")

# sdk-default-configuration.json, version 1: base values and per-mode changes.
BASE: Mapping[str, Any] = {
    "retryMode": "standard",
    "stsRegionalEndpoints": "regional",
    "s3UsEast1RegionalEndpoints": "regional",
    "connectTimeoutInMillis": 1100,
    "tlsNegotiationTimeoutInMillis": 1100,
}
MODES: Mapping[str, Mapping[str, Mapping[str, Any]]] = {
    "standard": {
        "connectTimeoutInMillis": {"override": 3100},
        "tlsNegotiationTimeoutInMillis": {"override": 3100},
    },
    "in-region": {},
    "cross-region": {
        "connectTimeoutInMillis": {"override": 3100},
        "tlsNegotiationTimeoutInMillis": {"override": 3100},
    },
    "mobile": {
        "connectTimeoutInMillis": {"override": 30000},
        "tlsNegotiationTimeoutInMillis": {"override": 30000},
    },
}


def mode_values(mode: str) -> dict[str, Any]:
    """The defaults a mode sets; "legacy" sets none (each option keeps its old default)."""
    if mode == "legacy":
        return {}
    values = dict(BASE)
    for key, change in MODES[mode].items():
        if "override" in change:
            values[key] = change["override"]
        elif "multiply" in change:
            values[key] = values[key] * change["multiply"]
        elif "add" in change:
            values[key] = values[key] + change["add"]
    return values


def resolve_auto(region: str | None, environ: Mapping[str, str] | None = None) -> str:
    """What "auto" means here: in-region or cross-region when running in AWS, else standard.

    Like the other SDKs, a client running on AWS compute (``AWS_EXECUTION_ENV``
    set) compares its region with the one the environment names. The
    instance metadata service is not asked (that would cost a network round
    trip at construction); without an environment region the mode is standard.
    """
    environ = os.environ if environ is None else environ
    if environ.get("AWS_EXECUTION_ENV"):
        current = environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION")
        if current and region:
            return "in-region" if current == region else "cross-region"
    return "standard"
