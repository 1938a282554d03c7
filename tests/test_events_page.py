"""The "React to events" page's Python examples run as written, in order, against a local server.

``generated/partnercentral-selling/docs/events.md`` is rendered from the service's events file
(its example types, handler, call and event) by ``templates/docs/events.md.j2``. Its blocks
continue one another (the rule, the Lambda handler, a try of the handler with one event and
with an SQS batch, reading events without the router), so they run one after the other in one
namespace, unchanged, as in ``tests/test_readme_examples.py``: the client is pointed at a
signature-checking :class:`LocalAwsServer` through the environment only.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

from partnercentral_selling.events import OpportunityCreated, OpportunityUpdated, event_pattern
from tests.test_readme_examples import aws_env, minimal_response, serve

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "generated" / "partnercentral-selling" / "docs" / "events.md"
__all__ = ["aws_env"]  # the fixture, used by name


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", PAGE.read_text(), re.S | re.M)


def test_the_page_is_listed_where_the_other_pages_are() -> None:
    package = PAGE.parent.parent
    assert "(docs/events.md)" in (package / "README.md").read_text()
    assert "(events.md)" in (package / "docs" / "index.md").read_text()
    assert "React to events: events.md" in (package / "mkdocs.yml").read_text()


def test_the_page_shows_the_pattern_its_code_prints() -> None:
    [shown] = blocks("json")
    assert json.loads(shown) == event_pattern(
        OpportunityCreated, OpportunityUpdated, catalogs=["AWS"]
    )


def test_the_examples_run_in_order(
    aws_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    python = blocks("python")
    assert len(python) == 5
    placeholders = [
        node
        for block in python
        for node in ast.walk(ast.parse(block))
        if isinstance(node, ast.Constant) and node.value is Ellipsis
    ]
    assert not placeholders, "an example has a `...` placeholder: give it a value"
    namespace: dict[str, Any] = {"__name__": "__events_page__"}
    with serve(minimal_response, aws_env) as server:
        for index, block in enumerate(python):
            exec(compile(block, f"<events.md block {index}>", "exec"), namespace)
    output = capsys.readouterr().out
    [pattern_text] = blocks("json")
    assert output.startswith(pattern_text)
    # The handler ran twice (the event, then the SQS batch), each time fetching the
    # opportunity the event names, from its catalog.
    calls = [json.loads(request.body) for request in server.requests]
    assert calls == [{"Catalog": "AWS", "Identifier": "O1234567"}] * 2
    assert all(request.signature_valid for request in server.requests)
    assert all(
        request.header("X-Amz-Target") == "AWSPartnerCentralSelling.GetOpportunity"
        for request in server.requests
    )
    lines = output[len(pattern_text) :].splitlines()
    assert lines[0].startswith("Opportunity Updated 01234567-0123-0123-0123-0123456789ab ")
    assert lines[1] == "None"  # the handler's result
    assert lines[3] == "{'batchItemFailures': []}"
    assert lines[4] == "OpportunityUpdated 2023-04-16T15:23:45+00:00"
    assert lines[5] == "detail.catalog - missing required field"
