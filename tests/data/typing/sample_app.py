"""A sample program using the generated Partner Central Selling client, as a user would.

tests/test_typing.py type-checks it with ``mypy --strict`` against the
generated package: every public entry point a user touches (constructing
the client, typed calls with shape objects and enums, commands built from
dicts, modeled errors with their typed members, paging through list
results) must type-check without casts or ``Any``. tests/test_typing.py
also runs it against the local test server, so it is working code too.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from enum import Enum

from partnercentral_selling import (
    Credentials,
    Paginator,
    ParamValidationError,
    PartnerCentralSellingClient,
    PartnerCentralSellingError,
    TransportError,
)
from partnercentral_selling.commands import (
    GetOpportunityCommand,
    ListOpportunitiesCommand,
    UpdateOpportunityCommand,
)
from partnercentral_selling.enums import (
    CountryCode,
    Industry,
    OpportunityOrigin,
    OpportunityType,
    PrimaryNeedFromAws,
    ReviewStatus,
    Stage,
    ValidationExceptionReason,
)
from partnercentral_selling.errors import (
    ConflictException,
    ResourceNotFoundException,
    ValidationException,
)
from partnercentral_selling.shapes import (
    Account,
    Address,
    Contact,
    CreateOpportunityResponse,
    Customer,
    GetOpportunityResponse,
    LifeCycle,
    ListOpportunitiesResponse,
    OpportunitySummary,
    Project,
    UpdateOpportunityRequest,
)

CATALOG = "Sandbox"


def make_client(
    endpoint_url: str, access_key: str, secret_key: str
) -> PartnerCentralSellingClient:
    return PartnerCentralSellingClient(
        region="us-east-1",
        endpoint_url=endpoint_url,
        credentials=Credentials(access_key, secret_key),
        connect_timeout=5.0,
        read_timeout=30.0,
    )


def create_prospect(
    client: PartnerCentralSellingClient, crm_id: str, company: str, contact_email: str
) -> CreateOpportunityResponse:
    customer = Customer(
        account=Account(
            company_name=company,
            industry=Industry.SOFTWARE_AND_INTERNET,
            website_url="https://example.com",
            address=Address(city="Seattle", country_code=CountryCode.US),
        ),
        contacts=[Contact(email=contact_email, first_name="Jane", last_name="Roe")],
    )
    return client.create_opportunity(
        catalog=CATALOG,
        partner_opportunity_identifier=crm_id,
        customer=customer,
        origin=OpportunityOrigin.PARTNER_REFERRAL,
        opportunity_type=OpportunityType.NET_NEW_BUSINESS,
        primary_needs_from_aws=[PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION],
        project=Project(title="Data lake", customer_business_problem="Slow nightly loads"),
        life_cycle=LifeCycle(stage=Stage.PROSPECT, target_close_date="2025-12-31"),
    )


def text(value: Enum | str | None) -> str:
    """An enum-typed member as its wire value (enums are open: a new value arrives as a str)."""
    if isinstance(value, Enum):
        return str(value.value)
    return "-" if value is None else value


def current_stage(opportunity: GetOpportunityResponse) -> Stage | str | None:
    if opportunity.life_cycle is None:
        return None
    return opportunity.life_cycle.stage


def company_of(opportunity: GetOpportunityResponse) -> str:
    customer = opportunity.customer
    if customer is None or customer.account is None:
        return "(no customer)"
    name: str = customer.account.company_name
    return name


def qualify(client: PartnerCentralSellingClient, identifier: str) -> dt.datetime:
    """Move an opportunity to Qualified; return its new LastModifiedDate."""
    opportunity = client.get_opportunity(catalog=CATALOG, identifier=identifier)
    # A read's enum values are open (Enum | str) and inputs take known values only, so
    # what is written back comes from the read through from_current().
    request = UpdateOpportunityRequest.from_current(opportunity)
    request.life_cycle = LifeCycle(stage=Stage.QUALIFIED, next_steps="Schedule the pilot")
    updated = client.send(UpdateOpportunityCommand(request))
    modified: dt.datetime = updated.last_modified_date
    return modified


def fetch_with_command(
    client: PartnerCentralSellingClient, identifier: str
) -> GetOpportunityResponse:
    # The command's output type follows from the command class.
    return client.send(GetOpportunityCommand({"Catalog": CATALOG, "Identifier": identifier}))


def iter_opportunities(
    client: PartnerCentralSellingClient, stages: Sequence[Stage] = (), page_size: int = 50
) -> Iterator[OpportunitySummary]:
    pages: Paginator[ListOpportunitiesResponse, OpportunitySummary] = (
        client.paginate_list_opportunities(
            catalog=CATALOG, max_results=page_size, life_cycle_stage=list(stages) or None
        )
    )
    return pages.items()


def count_by_stage(summaries: Iterator[OpportunitySummary]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for summary in summaries:
        stage = summary.life_cycle.stage if summary.life_cycle is not None else None
        if isinstance(stage, Stage):
            counts[stage.value] += 1
        elif stage is not None:
            counts[stage] += 1  # a stage newer than this client: enums are open
        else:
            counts["(none)"] += 1
    return counts


def recently_modified(client: PartnerCentralSellingClient, since: dt.datetime) -> list[str]:
    response = client.send(ListOpportunitiesCommand({"Catalog": CATALOG, "MaxResults": 100}))
    return [
        summary.id
        for summary in response.opportunity_summaries
        if summary.id is not None
        and summary.last_modified_date is not None
        and summary.last_modified_date >= since
    ]


def explain(error: ValidationException) -> list[str]:
    lines = [f"{error.code} ({error.status_code}, request {error.request_id}): {error.message}"]
    if error.reason is ValidationExceptionReason.BUSINESS_VALIDATION_FAILED:
        lines.append("the change breaks a business rule")
    for item in error.error_list or []:
        field: str = item.field_name or "(request)"
        lines.append(f"{field}: {text(item.code)} {item.message}")
    return lines


def pending_review(opportunity: GetOpportunityResponse) -> bool:
    life_cycle = opportunity.life_cycle
    return life_cycle is not None and life_cycle.review_status == ReviewStatus.PENDING_SUBMISSION


def run(endpoint_url: str, access_key: str, secret_key: str) -> int:
    with make_client(endpoint_url, access_key, secret_key) as client:
        try:
            created = create_prospect(client, "CRM-42", "Example Corp", "jane@example.com")
            opportunity = fetch_with_command(client, created.id)
            print(created.id, company_of(opportunity), text(current_stage(opportunity)))
            print("pending review:", pending_review(opportunity))
            modified = qualify(client, created.id)
            print("qualified at", modified.isoformat())
            counts = count_by_stage(iter_opportunities(client, stages=[Stage.QUALIFIED]))
            print(dict(counts))
            print(recently_modified(client, modified - dt.timedelta(days=1)))
            client.get_opportunity(catalog="Production", identifier=created.id)
        except ValidationException as error:
            print("\n".join(explain(error)))
            return 2
        except (ConflictException, ResourceNotFoundException) as error:
            print(f"retry later: {error.code}: {error.message}")
            return 3
        except PartnerCentralSellingError as error:
            details: dict[str, object] = dict(error.details)
            print(f"service error {error.code} (HTTP {error.status_code}): {details}")
            return 4
        except ParamValidationError as error:
            print(f"bad input at {error.path}: {error.problem}")
            return 5
        except TransportError as error:
            print(f"network problem: {error}")
            return 6
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], sys.argv[2], sys.argv[3]))
