"""The package's event handler and workflow examples, run against the emulator.

What a partner's CI would run: the "React to events" page's Lambda handler
(docs/events.md) receives the events the emulator sends for real changes and calls the
emulator back for the opportunity each names; the "Keep a CRM in sync" page's blocks
(docs/workflows.md) run unchanged against an emulator seeded, from a state file, with
the opportunity they name. The client of each page finds the emulator through the
environment only (``AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from partnercentral_selling.emulator import EMULATOR_CREDENTIALS, Emulator
from partnercentral_selling.events import parse_event

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "generated" / "partnercentral-selling" / "docs"


def _blocks(page: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", (DOCS / page).read_text(), re.S | re.M)


@pytest.fixture
def pointed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """The environment of a CI job: dummy keys, no profile; the endpoint is set per test."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EMULATOR_CREDENTIALS.access_key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EMULATOR_CREDENTIALS.secret_access_key)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "absent"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "absent"))
    return monkeypatch


def test_the_events_pages_handler_reacts_to_the_emulators_events(
    pointed: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    handler_block = next(block for block in _blocks("events.md") if "EventRouter()" in block)
    with Emulator() as emulator:
        pointed.setenv("AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING", emulator.endpoint_url)
        namespace: dict[str, Any] = {"__name__": "__lambda__"}
        exec(compile(handler_block, "events.md#handler", "exec"), namespace)
        handler = namespace["handler"]
        received: list[dict[str, Any]] = []
        emulator.events.subscribe(received.append)
        crm = emulator.client()
        created = crm.create_opportunity(catalog="AWS", client_token="crm-1")
        crm.modify_opportunity(
            lambda request: request.replace(partner_opportunity_identifier="CRM-0001"),
            catalog="AWS",
            identifier=created.id,
        )
        # As EventBridge would: each event alone, then all of them in one SQS batch.
        for event in received:
            handler(event, None)
        batch = {
            "Records": [
                {"messageId": f"m-{n}", "eventSource": "aws:sqs", "body": json.dumps(event)}
                for n, event in enumerate(received)
            ]
        }
        handler(batch, None)
        assert emulator.faults == []
    kinds = [parse_event(event).detail_type for event in received]
    assert kinds == ["Opportunity Created", "Opportunity Updated"]
    lines = capsys.readouterr().out.splitlines()
    # Each event handled twice (alone, then in the batch), each time fetching the opportunity.
    expected = [f"{event['detail-type']} {event['id']} " for event in received * 2]
    assert [line[: len(start)] for line, start in zip(lines, expected)] == expected
    assert all(created.id in line for line in lines)
    assert "CRM-0001" in lines[1] and "CRM-0001" in lines[3]


def _seeded_state(tmp_path: Path, identifier: str) -> Path:
    """A state file holding the opportunity ``identifier``, made with the emulator itself."""
    maker = Emulator()
    with maker:
        made = maker.client().create_opportunity(catalog="Sandbox", client_token="seed")
    state = json.loads(json.dumps(maker.store.to_json()))
    table = state["tables"]["Sandbox/opportunities"]
    record = table.pop(made.id)
    record.update(Id=identifier, Arn=record["Arn"].replace(made.id, identifier))
    table[identifier] = record
    path = tmp_path / "state.json"
    path.write_text(json.dumps(state))
    return path


@pytest.mark.parametrize("index", range(4))
def test_the_workflows_pages_blocks_run_against_the_emulator(
    index: int, pointed: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    block = _blocks("workflows.md")[index]
    named = set(re.findall(r'identifier="(O\d+)"', block)) or {"O1234567"}
    (identifier,) = named
    with Emulator(state=_seeded_state(tmp_path, identifier)) as emulator:
        pointed.setenv("AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING", emulator.endpoint_url)
        exec(compile(block, f"workflows.md#{index}", "exec"), {"__name__": "__page__"})
        assert emulator.faults == []
        if "modify_opportunity" in block or "from_current" in block:
            current = emulator.client().get_opportunity(catalog="Sandbox", identifier=identifier)
            assert current.partner_opportunity_identifier == "CRM-0042"
    if "print(" in block:
        assert identifier in capsys.readouterr().out
