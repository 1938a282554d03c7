"""SigV4 checked as the service checks it: the emulator's optional request authentication.

Given the access keys it knows (``{access key id: secret}``), the emulator
recomputes each request's signature from what arrived (method, path, query,
the signed headers, the body's hash) with the runtime's own SigV4 steps and
refuses a request whose signature, key, service or date does not match,
with the codes AWS json services answer (``MissingAuthenticationTokenException``,
``UnrecognizedClientException``, ``InvalidSignatureException``).
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from hashlib import sha256

from ..auth.sigv4 import canonical_request, derive_signing_key, signature, string_to_sign
from .routes import ServiceFault

_AUTHORIZATION = re.compile(
    r"AWS4-HMAC-SHA256 Credential=(?P<key>[^/]+)/(?P<date>\d{8})/(?P<region>[^/]+)/"
    r"(?P<service>[^/]+)/aws4_request, ?SignedHeaders=(?P<signed>[a-z0-9;_.-]+), ?"
    r"Signature=(?P<signature>[0-9a-f]{64})$"
)
MAX_SKEW = 15 * 60  # seconds between the request's date and the service's clock


def verify(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
    keys: Mapping[str, str],
    signing_name: str,
    now: float,
) -> str:
    """The access key id of a correctly signed request; raises :class:`ServiceFault` otherwise.

    ``headers`` are the received headers with lower-case names.
    """
    authorization = headers.get("authorization")
    if not authorization:
        raise ServiceFault("MissingAuthenticationTokenException", "Missing Authentication Token")
    found = _AUTHORIZATION.match(authorization)
    if found is None:
        raise ServiceFault("IncompleteSignatureException", "the Authorization header is not SigV4")
    secret = keys.get(found["key"])
    if secret is None:
        raise ServiceFault(
            "UnrecognizedClientException", "The security token included in the request is invalid."
        )
    if found["service"] != signing_name:
        raise ServiceFault(
            "InvalidSignatureException",
            f"Credential should be scoped to correct service: '{signing_name}'.",
        )
    amz_date = headers.get("x-amz-date", "")
    try:
        signed_at = datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        raise ServiceFault(
            "IncompleteSignatureException", "X-Amz-Date is missing or not a date"
        ) from None
    if abs(signed_at.timestamp() - now) > MAX_SKEW or not amz_date.startswith(found["date"]):
        raise ServiceFault("InvalidSignatureException", "Signature expired or not yet valid")
    names = found["signed"].split(";")
    if "host" not in names or any(name not in headers for name in names):
        raise ServiceFault(
            "InvalidSignatureException", "a signed header is missing from the request"
        )
    creq = canonical_request(
        method, path, query, [(name, headers[name]) for name in names], sha256(body).hexdigest()
    )
    scope = f"{found['date']}/{found['region']}/{found['service']}/aws4_request"
    key = derive_signing_key(secret, found["date"], found["region"], found["service"])
    expected = signature(key, string_to_sign(amz_date, scope, creq))
    if not hmac.compare_digest(expected, found["signature"]):
        raise ServiceFault(
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided.",
        )
    return found["key"]
