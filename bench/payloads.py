"""The benchmark's requests and canned responses, built from the pinned model.

Everything is derived from ``models/.../service-2.json`` with the test suite's
``tests/populate.py`` (every member of every structure set, lists of two,
maps of two), so the client under test and boto3 see the same, fully
populated data. Imported by ``bench/run.py`` (requests) and by
``bench/server.py`` (responses, in the server process; GetOpportunity's in JSON
and in RPC v2 CBOR too).
"""

from __future__ import annotations

import json
import sys
from datetime import timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json"
GENERATED_SRC = ROOT / "generated" / "partnercentral-selling" / "src"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.populate import populate, to_wire_json  # noqa: E402

TARGET_PREFIX = "AWSPartnerCentralSelling."
CATALOG = "AWS"
OPPORTUNITY_ID = "O1234567"
PAGE_SIZE = 100


def load_shapes() -> dict[str, Any]:
    with MODEL.open(encoding="utf-8") as f:
        return json.load(f)["shapes"]  # type: ignore[no-any-return]


def _wire_bytes(shapes: dict[str, Any], name: str, value: Any) -> bytes:
    return json.dumps(to_wire_json(shapes, name, value), separators=(",", ":")).encode()


# -- requests (client side) ------------------------------------------------------


def create_opportunity_params(shapes: dict[str, Any]) -> dict[str, Any]:
    """A boto3-style CreateOpportunityRequest with every member set."""
    params = populate(shapes, "CreateOpportunityRequest")
    params["Catalog"] = CATALOG
    return params  # type: ignore[no-any-return]


def create_opportunity_wire(shapes: dict[str, Any], params: dict[str, Any]) -> Any:
    """The wire (JSON body) form of a boto3-style CreateOpportunityRequest."""
    return to_wire_json(shapes, "CreateOpportunityRequest", params)


def get_opportunity_params() -> dict[str, Any]:
    return {"Catalog": CATALOG, "Identifier": OPPORTUNITY_ID}


def list_opportunities_params(next_token: str | None) -> dict[str, Any]:
    params: dict[str, Any] = {"Catalog": CATALOG, "MaxResults": PAGE_SIZE}
    if next_token is not None:
        params["NextToken"] = next_token
    return params


# -- responses (server side) -----------------------------------------------------


def _get_opportunity_value(shapes: dict[str, Any]) -> Any:
    value = populate(shapes, "GetOpportunityResponse")
    value["Id"] = OPPORTUNITY_ID
    return value


def get_opportunity_body(shapes: dict[str, Any]) -> bytes:
    """A fully populated GetOpportunityResponse, as the service sends it."""
    return _wire_bytes(shapes, "GetOpportunityResponse", _get_opportunity_value(shapes))


def get_opportunity_cbor_body(shapes: dict[str, Any]) -> bytes:
    """The same GetOpportunityResponse in RPC v2 CBOR: a map of the members by name,
    timestamps as tag 1 (epoch seconds).

    The populated value is its own CBOR wire form here: the model has no ``locationName``
    and no blob, and its timestamps are whole milliseconds, as in the JSON body.
    """
    import cbor2  # the server's and run.py's: .venv-aiobotocore's clients have none

    value = _get_opportunity_value(shapes)
    return cbor2.dumps(value, datetime_as_timestamp=True, timezone=timezone.utc)


def create_opportunity_body(shapes: dict[str, Any]) -> bytes:
    value = populate(shapes, "CreateOpportunityResponse")
    value["Id"] = OPPORTUNITY_ID
    return _wire_bytes(shapes, "CreateOpportunityResponse", value)


def page_token(index: int) -> str:
    return f"page-{index}"


def list_page_bodies(shapes: dict[str, Any], pages: int) -> list[bytes]:
    """``pages`` ListOpportunitiesResponse bodies of ``PAGE_SIZE`` fully populated summaries.

    Page ``k`` carries ``NextToken = page-{k+1}``; the last page has none.
    Items differ (identifiers, enum values, strings) by their variant.
    """
    summaries = []
    for i in range(PAGE_SIZE):
        item = populate(shapes, "OpportunitySummary", variant=i % 7)
        item["Id"] = f"O{i:09d}"
        summaries.append(to_wire_json(shapes, "OpportunitySummary", item))
    items_json = json.dumps(summaries, separators=(",", ":"))
    bodies = []
    for k in range(pages):
        tail = f',"NextToken":{json.dumps(page_token(k + 1))}' if k + 1 < pages else ""
        bodies.append(f'{{"OpportunitySummaries":{items_json}{tail}}}'.encode())
    return bodies
