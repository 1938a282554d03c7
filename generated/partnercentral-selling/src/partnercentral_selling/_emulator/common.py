"""What every Partner Central behaviour shares: catalogs, ARNs, errors as the service words them.

The service keeps the `AWS` and `Sandbox` catalogs apart: a record made in
one is not found from the other, so every table here is per catalog
(:func:`records`). Refused input answers `ValidationException` with the
service's `Reason` and an `ErrorList` of `{FieldName, Message, Code}`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn

from typed_aws_runtime.emulation.routes import Call, Context, Routes, ServiceFault, fail
from typed_aws_runtime.emulation.documents import Problem

routes = Routes()

CATALOGS = ("AWS", "Sandbox")

# The codes of the service's ValidationExceptionErrorCode for each kind of problem.
_CODES = {
    "missing": "REQUIRED_FIELD_MISSING",
    "enum": "INVALID_ENUM_VALUE",
    "pattern": "INVALID_STRING_FORMAT",
    "length": "INVALID_STRING_FORMAT",
    "type": "INVALID_VALUE",
    "value": "INVALID_VALUE",
    "too_few": "NOT_ENOUGH_VALUES",
    "too_many": "TOO_MANY_VALUES",
    "range": "VALUE_OUT_OF_RANGE",
    "state": "INVALID_RESOURCE_STATE",
    "duplicate": "DUPLICATE_KEY_VALUE",
    "not_permitted": "ACTION_NOT_PERMITTED",
}


def _validation_error(problems: Sequence[Problem], business: bool) -> ServiceFault:
    errors = [
        {"FieldName": problem.path, "Message": problem.message, "Code": _CODES[problem.kind]}
        for problem in problems
    ]
    first = problems[0]
    return ServiceFault(
        "ValidationException",
        f"The request failed validation: {first.path or 'the input'} {first.message}",
        {
            "Reason": "BUSINESS_VALIDATION_FAILED" if business else "REQUEST_VALIDATION_FAILED",
            "ErrorList": errors,
        },
    )


routes.validation_error = _validation_error


def records(context: Context, catalog: str, kind: str) -> dict[str, Any]:
    """The records of ``kind`` (``opportunities``, ``engagements``...) in ``catalog``."""
    return context.table(f"{catalog}/{kind}")


def catalog_tables(context: Context, kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each catalog's table of ``kind`` that exists: ``(catalog, records)``."""
    suffix = "/" + kind
    for name, table in list(context.store.tables.items()):
        if name.endswith(suffix):
            yield name[: -len(suffix)], table


def arn(context: Context, catalog: str, path: str) -> str:
    """The ARN of a catalog resource: ``path`` is ``engagement/eng-...`` and the like."""
    return f"arn:aws:partnercentral:{context.region}::catalog/{catalog}/{path}"


def not_found(what: str, identifier: str) -> NoReturn:
    """Answer ResourceNotFoundException for ``what`` (``opportunity``) ``identifier``."""
    fail("ResourceNotFoundException", f"The {what} {identifier} was not found in this catalog.")


def conflict(message: str) -> NoReturn:
    fail("ConflictException", message)


def find(context: Context, catalog: str, kind: str, identifier: str, what: str) -> dict[str, Any]:
    """The record ``identifier`` (its id or ARN) of ``kind`` in ``catalog``, else not found."""
    table = records(context, catalog, kind)
    record: dict[str, Any] | None = table.get(identifier)
    if record is None:
        record = next((r for r in table.values() if r.get("Arn") == identifier), None)
    if record is None:
        not_found(what, identifier)
    return record


# The record kinds the modules share, per catalog (``records(context, catalog, kind)``).
# A record is the document its Get operation answers (timestamps as epoch seconds), plus
# keys starting with ``_`` that only the emulator reads (the output leaves them out, as it
# leaves out every name its shape does not have).
OPPORTUNITIES = "opportunities"  # Id -> GetOpportunity's output
ENGAGEMENTS = "engagements"  # Id -> GetEngagement's output; "_Members": EngagementMember list
INVITATIONS = "invitations"  # Id -> GetEngagementInvitation's output
RESOURCE_ASSOCIATIONS = "resource-associations"  # "<engagement>/<type>/<id>" -> its summary
CLIENT_TOKENS = "client-tokens"  # "<operation>/<token>" -> the request's digest and output


def create_opportunity(
    context: Context, catalog: str, fields: dict[str, Any], created_by: str = ""
) -> dict[str, Any]:
    """A new opportunity in ``catalog`` from CreateOpportunity's ``fields``; emits its event.

    Used by CreateOpportunity and by the tasks that make an opportunity from an
    engagement. The new opportunity's review status is ``Pending Submission``
    and its stage ``Prospect`` unless ``fields`` say otherwise.
    """
    identifier = "O" + str(1_000_000 + context.store.next_number())
    life_cycle = {"ReviewStatus": "Pending Submission", "Stage": "Prospect"}
    life_cycle.update(fields.get("LifeCycle") or {})
    record = {
        key: value
        for key, value in fields.items()
        if key not in ("ClientToken", "Origin", "Tags", "LifeCycle")
    }
    record.update(
        Catalog=catalog,
        Id=identifier,
        Arn=arn(context, catalog, f"opportunity/{identifier}"),
        CreatedDate=context.now,
        LastModifiedDate=context.now,
        LifeCycle=life_cycle,
        RelatedEntityIdentifiers=record.get("RelatedEntityIdentifiers") or {},
        _Origin=fields.get("Origin", "Partner Referral"),
        _CreatedBy=created_by or context.account_id,
    )
    records(context, catalog, OPPORTUNITIES)[identifier] = record
    context.emit(
        "Opportunity Created",
        {"schemaVersion": "1", "catalog": catalog, "opportunity": {"identifier": identifier}},
    )
    return record


def idempotent(call: Call, answer: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The output of ``answer()``, or of the earlier call with the same ``ClientToken``.

    The same token with other parameters is a different request under a reused token:
    ConflictException, as the service answers. A refused call leaves no token behind.
    """
    params = {key: value for key, value in call.params.items() if key != "ClientToken"}
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()
    tokens = records(call, call.params["Catalog"], CLIENT_TOKENS)
    key = f"{call.operation}/{call.params['ClientToken']}"
    earlier = tokens.get(key)
    if earlier is not None:
        if earlier["digest"] != digest:
            conflict(f"The client token {call.params['ClientToken']} was used by another request.")
        return dict(earlier["output"])
    output = answer()
    tokens[key] = {"digest": digest, "output": output}
    return output
