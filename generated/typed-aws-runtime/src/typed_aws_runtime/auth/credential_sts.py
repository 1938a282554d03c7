"""A small STS client: ``AssumeRole`` and ``AssumeRoleWithWebIdentity``, nothing else.

STS speaks the query protocol: a form-encoded POST (``Action=...&Version=
2011-06-15&...``) answered with XML, parsed here with the standard library.
``AssumeRole`` is SigV4-signed with the source credentials;
``AssumeRoleWithWebIdentity`` is unsigned (the token is the proof). The
endpoint is chosen as botocore chooses it for the credential providers' STS
client (:func:`sts_endpoint`), and can be moved like any service's endpoint
(``AWS_ENDPOINT_URL_STS``, the ``[services]`` section's ``sts`` entry, ...).

Imported only when a profile or the environment asks for a role, so a client
that does not assume one never loads ``xml`` or this module. Errors never hold
a secret: the source's secret key, the session tokens and the web identity
token are cut out of anything STS sends back before it reaches a message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..config.config_files import SharedConfig
from ..exceptions import TransportError
from .credential_base import _expiry_field
from .credentials import Credentials, CredentialsError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

API_VERSION = "2011-06-15"
TIMEOUT_SECONDS = 30.0
# The regions that used the global endpoint under sts_regional_endpoints=legacy (botocore's list).
LEGACY_GLOBAL_REGIONS = frozenset(
    (
        "ap-northeast-1",
        "ap-south-1",
        "ap-southeast-1",
        "ap-southeast-2",
        "aws-global",
        "ca-central-1",
        "eu-central-1",
        "eu-north-1",
        "eu-west-1",
        "eu-west-2",
        "eu-west-3",
        "sa-east-1",
        "us-east-1",
        "us-east-2",
        "us-west-1",
        "us-west-2",
    )
)
_GLOBAL_ENDPOINT = ("https://sts.amazonaws.com", "us-east-1")


def sts_region(shared: SharedConfig, environ: Mapping[str, str]) -> str | None:
    """The Region the credential providers' STS calls use: the session's, as in botocore.

    ``AWS_REGION``, ``AWS_DEFAULT_REGION``, then the profile's ``region`` (the
    profile the client uses, not the source profile). A client's own
    ``region=`` argument does not reach it, as it does not reach botocore's.
    """
    return (
        environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION") or shared.get("region")
    ) or None


def sts_endpoint(
    shared: SharedConfig, environ: Mapping[str, str], region: str | None
) -> tuple[str, str]:
    """The STS endpoint URL and the Region to sign for.

    A configured endpoint (``AWS_ENDPOINT_URL_STS``, ``AWS_ENDPOINT_URL``, the
    profile's services section ``sts``, its ``endpoint_url``; all ignored with
    ``ignore_configured_endpoint_urls``) wins. Else, as botocore: no Region
    means the global endpoint; ``sts_regional_endpoints`` (``AWS_STS_REGIONAL_
    ENDPOINTS``, default ``regional``) ``legacy`` keeps the global endpoint for
    the regions that had it; any other Region gets ``sts.<region>.<dnsSuffix>``.
    """
    from ..config.client_config import _endpoint_url, _Resolver

    configured = _endpoint_url(_Resolver({}, environ, shared), "STS", "sts")
    if configured:
        return configured, region or _GLOBAL_ENDPOINT[1]
    if region is None or region == "aws-global":
        return _GLOBAL_ENDPOINT
    mode = (
        environ.get("AWS_STS_REGIONAL_ENDPOINTS") or shared.get("sts_regional_endpoints") or ""
    ).lower() or "regional"
    if mode == "legacy" and region in LEGACY_GLOBAL_REGIONS:
        return _GLOBAL_ENDPOINT
    from ..config.endpoints import _PartitionTable, load_partitions

    outputs = _PartitionTable(load_partitions())(region) or {}
    return f"https://sts.{region}.{outputs.get('dnsSuffix', 'amazonaws.com')}", region


def call_sts(
    action: str,
    params: Mapping[str, str],
    *,
    endpoint: str,
    region: str,
    what: str,
    signing_credentials: Credentials | None = None,
    secrets: Sequence[str] = (),
) -> Credentials:
    """Run ``action`` and return the credentials in its answer.

    ``what`` names the request in errors ("AssumeRole of role arn:... for
    profile 'dev'"). ``signing_credentials`` signs it (None: unsigned);
    ``secrets`` are values to cut out of any error text besides the signing
    secret and token. Raises :class:`CredentialsError` with STS's error code
    and message on an error answer, or the transport's problem.
    """
    from urllib.parse import urlencode

    body = urlencode({"Action": action, "Version": API_VERSION, **params}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    url = endpoint.rstrip("/") + "/"
    hidden = list(secrets)
    if signing_credentials is not None:
        from ..transports.http import HttpRequest
        from .sigv4 import SigV4Signer

        request = HttpRequest("POST", url, headers, body)
        SigV4Signer("sts", region).sign(request, signing_credentials)
        headers = request.headers
        hidden += [signing_credentials.secret_access_key, signing_credentials.session_token or ""]
    try:
        status, answer = _post(url, headers, body)
    except TransportError as exc:
        raise CredentialsError(f"{what} failed: cannot reach STS at {endpoint}: {exc}") from None
    root = _parse_xml(answer)
    if status != 200 or root is None or _local(root.tag) == "ErrorResponse":
        raise CredentialsError(f"{what} failed: {_error_text(status, root, hidden)}")
    return _credentials(root, action, what, hidden)


def _post(url: str, headers: Mapping[str, str], body: bytes) -> tuple[int, bytes]:
    """POST through the package's default transport, as botocore's STS client goes.

    So a corporate network's settings apply to STS as to the service: the proxies of
    ``HTTPS_PROXY``/``HTTP_PROXY`` (less ``NO_PROXY``) and the CA bundle of
    ``AWS_CA_BUNDLE``. Raises :class:`TransportError`.
    """
    import os

    from ..transports.http import HttpRequest, Timeouts
    from ..transports.socket_handler import SocketRequestHandler

    handler = SocketRequestHandler(verify=os.environ.get("AWS_CA_BUNDLE") or True)
    try:
        response = handler.send(
            HttpRequest("POST", url, dict(headers), body),
            timeouts=Timeouts(TIMEOUT_SECONDS, TIMEOUT_SECONDS),
        )
    finally:
        handler.close()
    return response.status, response.body


def _parse_xml(data: bytes) -> Element | None:
    from xml.etree.ElementTree import ParseError, fromstring

    try:
        return fromstring(data)
    except ParseError:
        return None


def _local(tag: str) -> str:
    """A tag without its ``{namespace}``."""
    return tag.rpartition("}")[2]


def _find(element: Element, *path: str) -> Element | None:
    """The first descendant path of local names, namespace-blind."""
    for name in path:
        found = next((child for child in element if _local(child.tag) == name), None)
        if found is None:
            return None
        element = found
    return element


def _text(element: Element, *path: str) -> str:
    found = _find(element, *path)
    return "" if found is None or found.text is None else found.text.strip()


def _scrub(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _error_text(status: int, root: Element | None, secrets: Sequence[str]) -> str:
    if root is None:
        return f"HTTP {status}, and the answer is not STS's XML"
    error = _find(root, "Error")
    code = _text(error, "Code") if error is not None else ""
    message = _text(error, "Message") if error is not None else ""
    request_id = _text(root, "RequestId")
    text = f"HTTP {status} {code or 'unknown error'}" + (f": {message[:500]}" if message else "")
    if request_id:
        text += f" (request id {request_id[:100]})"
    return _scrub(text, secrets)


def _credentials(root: Element, action: str, what: str, secrets: Sequence[str]) -> Credentials:
    result = _find(root, f"{action}Result")
    found = None if result is None else _find(result, "Credentials")
    if result is None or found is None:
        raise CredentialsError(f"{what}: the answer holds no credentials")
    values = {name: _text(found, name) for name in ("AccessKeyId", "SecretAccessKey")}
    for name, value in values.items():
        if not value:
            raise CredentialsError(f"{what}: the answer has no {name}")
    # An assumed role's ARN is arn:<partition>:sts::<account>:assumed-role/...
    arn_parts = _text(result, "AssumedRoleUser", "Arn").split(":")
    account_id = arn_parts[4] if len(arn_parts) > 5 and arn_parts[4].isdigit() else None
    return Credentials(
        values["AccessKeyId"],
        values["SecretAccessKey"],
        _text(found, "SessionToken") or None,
        _expiry_field(_text(found, "Expiration") or None, _scrub(what, secrets)),
        account_id,
    )
