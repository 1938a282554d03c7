"""A user program touching every typed entry point; it must pass mypy --strict and pyright strict.

tests/test_typing_mistakes.py checks it with both (it never runs: it only has to type-check).
Sync and async clients, precise inputs (enum members and their values, lists and tuples),
paginators, waiters, commands built from wire-name dicts and from request objects, the
read-modify-write and incremental-sync workflows, EventBridge events and interceptors.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

from partnercentral_selling import AsyncPartnerCentralSellingClient, PartnerCentralSellingClient
from partnercentral_selling.commands import (
    CreateOpportunityCommand,
    GetOpportunityCommand,
    ListOpportunitiesCommand,
)
from partnercentral_selling.enums import OpportunityType, PrimaryNeedFromAws, Stage
from partnercentral_selling.events import (
    EventRouter,
    OpportunityCreated,
    OpportunityUpdated,
    event_pattern,
    parse_event,
)
from partnercentral_selling.extensions import (
    HttpRequest,
    HttpResponse,
    Interceptor,
    InterceptorContext,
)
from partnercentral_selling.shapes import (
    GetOpportunityRequest,
    LifeCycle,
    ListOpportunitiesResponse,
    OpportunitySummary,
    UpdateOpportunityRequest,
)
from partnercentral_selling.transport import RequestHandler, SocketRequestHandler, Timeouts


class Tracing(Interceptor):
    def modify_before_signing(self, context: InterceptorContext) -> HttpRequest:
        request = super().modify_before_signing(context)
        request.headers["X-Trace-Id"] = context.operation_name
        return request

    def read_after_transmit(self, context: InterceptorContext) -> None:
        response: HttpResponse | None = context.response
        if response is not None:
            print(response.status, response.header("x-amzn-requestid"))


class Recording(RequestHandler):
    def __init__(self) -> None:
        self.inner = SocketRequestHandler()

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        return self.inner.send(request, timeouts=timeouts)

    def close(self) -> None:
        self.inner.close()


def sync_calls() -> None:
    client = PartnerCentralSellingClient(
        region="us-east-1",
        retry_mode="adaptive",
        defaults_mode="in-region",
        extensions=[Tracing()],
        request_handler=Recording(),
    )
    created = client.create_opportunity(
        catalog="Sandbox",
        opportunity_type="Net New Business",
        primary_needs_from_aws=[
            PrimaryNeedFromAws.CO_SELL_DEAL_SUPPORT,
            "Co-Sell - Pricing Assistance",
        ],
        life_cycle=LifeCycle(stage="Prospect", next_steps="Call"),
    )
    stages: list[Stage] = [Stage.PROSPECT, Stage.QUALIFIED]
    client.list_opportunities(catalog="Sandbox", life_cycle_stage=stages, identifier=("O1", "O2"))
    pages = client.paginate_list_opportunities(catalog="Sandbox", life_cycle_stage=["Qualified"])
    first: ListOpportunitiesResponse = next(iter(pages))
    summaries: list[OpportunitySummary] = list(pages.items())
    print(first, summaries)

    opportunity = client.send(
        GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": created.id})
    )
    client.send(GetOpportunityCommand(GetOpportunityRequest(catalog="Sandbox", identifier="O1")))
    client.send(
        CreateOpportunityCommand(
            {
                "Catalog": "Sandbox",
                "OpportunityType": OpportunityType.EXPANSION,
                "LifeCycle": {"Stage": "Prospect"},
                "PrimaryNeedsFromAws": ["Co-Sell - Deal Support"],
            }
        )
    )
    listed = client.send(ListOpportunitiesCommand({"Catalog": "Sandbox", "MaxResults": 10}))
    print(listed.opportunity_summaries)

    stage: Stage | str | None = opportunity.life_cycle.stage if opportunity.life_cycle else None
    print(stage)

    def qualify(request: UpdateOpportunityRequest) -> UpdateOpportunityRequest:
        request.life_cycle = LifeCycle(stage=Stage.QUALIFIED)
        return request

    client.modify_opportunity(qualify, catalog="Sandbox", identifier=created.id)
    request = UpdateOpportunityRequest.from_current(opportunity)
    print(request.to_dict())

    sync = client.sync_opportunities(catalog="Sandbox", life_cycle_stage=["Qualified"])
    for item in sync:
        modified: dt.datetime | None = item.last_modified_date
        print(modified)
    print(json.dumps(sync.checkpoint.to_dict()))

    done = client.wait_until_resource_snapshot_job_running(
        catalog="Sandbox", resource_snapshot_job_identifier="J1", max_attempts=3
    )
    print(done.status)


async def async_calls() -> None:
    async with AsyncPartnerCentralSellingClient(
        region="us-east-1", retry_mode="standard"
    ) as client:
        got = await client.get_opportunity(catalog="Sandbox", identifier="O1")
        print(got.id)
        async for summary in client.paginate_list_opportunities(catalog="Sandbox").items():
            print(summary.id)
        async for item in client.sync_opportunities(catalog="Sandbox"):
            print(item.id)
        await client.send(ListOpportunitiesCommand({"Catalog": "AWS"}))


router = EventRouter()


@router.on(OpportunityCreated)
def created(event: OpportunityCreated) -> str:
    return event.detail.opportunity.identifier


@router.on(OpportunityUpdated)
def updated(event: OpportunityUpdated) -> str:
    return event.detail_type


def handle(raw: dict[str, Any]) -> None:
    event = parse_event(raw)
    if isinstance(event, OpportunityCreated):
        print(event.detail.catalog, event.time.isoformat())
    pattern: dict[str, Any] = event_pattern(OpportunityCreated, catalogs="Sandbox")
    print(pattern, router(raw))


if __name__ == "__main__":
    sync_calls()
    asyncio.run(async_calls())
