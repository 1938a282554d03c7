"""A local stand-in for STS's ``AssumeRole`` and ``AssumeRoleWithWebIdentity``.

:class:`LocalStsServer` is a :class:`tests.localserver.LocalAwsServer` whose
handler speaks STS's query protocol: it reads the form body, checks an
``AssumeRole``'s SigV4 signature (service ``sts``) against the keys it knows
with the same :class:`~tests.localserver.SigV4Verifier` the JSON server uses,
and answers with the XML of the STS API reference's examples. Every set of
credentials it hands out is numbered (``ASIAROLE1``, ``role-secret-1``,
``role-token-1``, ...) and becomes a known signer, so a second role can be
assumed with the first one's credentials.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from urllib.parse import parse_qs

from tests.localserver import LocalAwsServer, RecordedRequest, Response, SigV4Verifier

STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/"
XML = {"Content-Type": "text/xml"}

# The STS API reference's AssumeRole example, with our values (the session token wraps, as there).
ASSUME_ROLE_XML = """<AssumeRoleResponse xmlns="{ns}">
<AssumeRoleResult>
<SourceIdentity>Alice</SourceIdentity>
  <AssumedRoleUser>
    <Arn>arn:aws:sts::123456789012:assumed-role/demo/{session}</Arn>
    <AssumedRoleId>ARO123EXAMPLE123:{session}</AssumedRoleId>
  </AssumedRoleUser>
  <Credentials>
    <AccessKeyId>{key}</AccessKeyId>
    <SecretAccessKey>{secret}</SecretAccessKey>
    <SessionToken>
     {token}
    </SessionToken>
    <Expiration>{expiration}</Expiration>
  </Credentials>
  <PackedPolicySize>6</PackedPolicySize>
</AssumeRoleResult>
<ResponseMetadata>
  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
</ResponseMetadata>
</AssumeRoleResponse>"""

# The AssumeRoleWithWebIdentity example, in its own element order.
WEB_IDENTITY_XML = """<AssumeRoleWithWebIdentityResponse xmlns="{ns}">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>amzn1.account.AF6RHO7KZU5XRVQJGXK6HB56KR2A</SubjectFromWebIdentityToken>
    <Audience>client.5498841531868486423.1548@apps.example.com</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/FederatedWebIdentityRole/{session}</Arn>
      <AssumedRoleId>AROACLKWSDQRAOEXAMPLE:{session}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>{token}</SessionToken>
      <SecretAccessKey>{secret}</SecretAccessKey>
      <Expiration>{expiration}</Expiration>
      <AccessKeyId>{key}</AccessKeyId>
    </Credentials>
    <SourceIdentity>SourceIdentityValue</SourceIdentity>
    <Provider>www.amazon.com</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>ad4156e9-bce1-11e2-82e6-6b6efEXAMPLE</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>"""

ERROR_XML = """<ErrorResponse xmlns="{ns}">
  <Error>
    <Type>Sender</Type>
    <Code>{code}</Code>
    <Message>{message}</Message>
  </Error>
  <RequestId>4a2b4d5c-1d5e-11e8-9c36-EXAMPLE</RequestId>
</ErrorResponse>"""


@dataclass
class StsCall:
    """One request STS answered (or refused): its action, form parameters and signer."""

    action: str
    params: dict[str, str]
    signed_by: str | None
    refused: str | None = None


class LocalStsServer(LocalAwsServer):
    """STS on 127.0.0.1: signed AssumeRole, unsigned AssumeRoleWithWebIdentity.

    ``known`` maps access key ids to (secret, token) for the signature check;
    ``lifetime`` is the seconds until the issued credentials' ``Expiration``;
    ``deny`` holds role ARNs answered with ``AccessDenied``; ``region`` is the
    Region a signature must be scoped to. ``calls`` lists what was asked.
    """

    def __init__(
        self, known: dict[str, tuple[str, str | None]], region: str = "us-east-1"
    ) -> None:
        super().__init__(self._answer)
        self.known = dict(known)
        self.sts_region = region
        self.lifetime = 3600.0
        self.deny: set[str] = set()
        self.calls: list[StsCall] = []
        self._issued = 0
        self._sts_lock = threading.Lock()

    def issued(self, number: int) -> tuple[str, str, str]:
        """The ``number``-th credentials handed out (1-based): key, secret, token."""
        return f"ASIAROLE{number}", f"role-secret-{number}", f"role-token-{number}"

    def _answer(self, request: RecordedRequest) -> Response:
        params = {name: values[0] for name, values in parse_qs(request.body.decode()).items()}
        action = params.pop("Action", "")
        assert params.pop("Version", "") == "2011-06-15"
        signed_by = None
        if action == "AssumeRole":
            authorization = request.header("Authorization") or ""
            signed_by = authorization.partition("Credential=")[2].partition("/")[0]
            secret, token = self.known.get(signed_by, ("", None))
            verifier = SigV4Verifier(signed_by or "none", secret, token, self.sts_region, "sts")
            host = request.header("Host") or f"{self.host}:{self.port}"
            failure = verifier.verify(
                request.method,
                f"http://{host}{request.path}",
                request.headers,
                request.body,
                now=dt.datetime.now(dt.timezone.utc),
            )
            if signed_by not in self.known or failure is not None:
                reason = "unknown key" if failure is None else failure.code
                return self._refuse(
                    action, params, signed_by, 403, "SignatureDoesNotMatch", reason
                )
        elif action == "AssumeRoleWithWebIdentity":
            assert request.header("Authorization") is None
        else:
            return self._refuse(action, params, None, 400, "InvalidAction", action)
        if params.get("RoleArn") in self.deny:
            message = (
                f"User: arn:aws:iam::123456789012:user/base is not authorized to perform: "
                f"sts:{action} on resource: {params['RoleArn']}"
            )
            return self._refuse(action, params, signed_by, 403, "AccessDenied", message)
        with self._sts_lock:
            self._issued += 1
            key, secret, token = self.issued(self._issued)
            self.known[key] = (secret, token)
            self.calls.append(StsCall(action, params, signed_by))
        expiration = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=self.lifetime)
        template = ASSUME_ROLE_XML if action == "AssumeRole" else WEB_IDENTITY_XML
        body = template.format(
            ns=STS_NAMESPACE,
            session=params.get("RoleSessionName", ""),
            key=key,
            secret=secret,
            token=token,
            expiration=expiration.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        return 200, XML, body.encode()

    def _refuse(
        self,
        action: str,
        params: dict[str, str],
        signed_by: str | None,
        status: int,
        code: str,
        message: str,
    ) -> Response:
        with self._sts_lock:
            self.calls.append(StsCall(action, params, signed_by, refused=code))
        body = ERROR_XML.format(ns=STS_NAMESPACE, code=code, message=message)
        return status, XML, body.encode()
