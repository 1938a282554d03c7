"""The "Keep a CRM in sync" page's Python examples run as written, against a local service.

Each ```python block of ``generated/partnercentral-selling/docs/workflows.md`` runs
unchanged, as the README's do (``tests/test_readme_examples.py``: the environment points
the client at a signature-checking :class:`LocalAwsServer`). The server is the fake
service of the workflow tests, not minimal answers: GetOpportunity and UpdateOpportunity
by :class:`~tests.test_read_modify_write.FakeWithAccounts` (full replace, stale
``LastModifiedDate`` refused), ListOpportunities by
:class:`~tests.test_incremental_sync.FakeOpportunityList` (inclusive filter, sort, pages),
so what a block does can be checked on the service's side.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator.docs import site
from generator.emit.package import package_context, template_environment
from generator.loaders import load_model

from partnercentral_selling import PartnerCentralSellingClient
from tests.localserver import RecordedRequest, Response
from tests.test_incremental_sync import FakeOpportunityList
from tests.test_read_modify_write import FakeWithAccounts
from tests.test_integration_http import create_example
from tests.test_readme_examples import REGION, aws_env, run_block, serve  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "generated" / "partnercentral-selling" / "docs" / "workflows.md"
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
LISTED = [f"O{n:07d}" for n in range(7)]


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", PAGE.read_text(), re.S | re.M)


def test_the_page_shows_both_workflows() -> None:
    text = "\n".join(python_blocks())
    assert len(python_blocks()) == 4
    for shown in ("modify_opportunity(", ".from_current(", "sync_opportunities(", "async for"):
        assert shown in text
    assert "](workflows.md)" in (PAGE.parent / "index.md").read_text()
    assert "](docs/workflows.md)" in (PAGE.parent.parent / "README.md").read_text()


@pytest.mark.parametrize("block", python_blocks(), ids=["modify", "from_current", "sync", "async"])
def test_the_page_block_runs_as_written(
    block: str, aws_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    service, listing = FakeWithAccounts(), FakeOpportunityList()
    for n, opportunity_id in enumerate(LISTED):
        listing.put(opportunity_id, n // 3)  # three to a second: the boundary is shared

    def answer(request: RecordedRequest) -> Response:
        target = request.header("X-Amz-Target") or ""
        return (listing if target.endswith(".ListOpportunities") else service)(request)

    with serve(answer, aws_env) as server:
        with PartnerCentralSellingClient(region=REGION) as client:
            opportunity_id = create_example(client, partner_opportunity_identifier="CRM-0001").id
        run_block(block)
    assert not server.errors and all(r.signature_valid for r in server.requests)

    printed = capsys.readouterr().out.split()
    if "sync_opportunities" in block:
        assert [word for word in printed if word.startswith("O")] == LISTED
    else:
        record = service.opportunities[opportunity_id]
        assert (
            opportunity_id == "O1234567" and record["PartnerOpportunityIdentifier"] == "CRM-0042"
        )
        assert record["Customer"]["Account"]["CompanyName"] == "Example Corp"  # kept


@pytest.mark.parametrize("events_page", [False, True], ids=["alone", "with-events-page"])
def test_a_related_page_is_linked_when_the_site_has_it(events_page: bool) -> None:
    """The customization names "React to events" as related: linked only when that page exists."""
    service = load_model(MODEL)
    if not events_page:
        customization = dataclasses.replace(service.customization, events=None)
        service = dataclasses.replace(service, customization=customization)
    rendered = dict(site.site_files(template_environment(), package_context(service, "1.0.0")))
    assert ("docs/events.md" in rendered) is events_page
    linked = "- [React to events](events.md)" in rendered["docs/workflows.md"]
    assert linked is events_page
