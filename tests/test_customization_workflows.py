"""``workflows.json``: read-modify-write updates and incremental syncs, derived and checked.

``models/<service>/customizations/workflows.json`` says what the model cannot (that an
update replaces the whole resource, its concurrency token and conflict error, a list's
"changed since" filter); ``generator/loaders/workflows.py`` derives the rest from the
model (the read an update is rebuilt from) and refuses what the model does not allow. A
broken file must fail with its path, the JSON pointer of the value at fault and what to
do. The pinned model stands in for a service, loaded once; each case customizes it anew.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.errors import ModelError
from generator.loaders import load_model
from generator.loaders.customization import customize
from generator.model.ir import Service
from generator.model.workflows import Workflows

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
OPPORTUNITY = {
    "concurrency_token": "LastModifiedDate",
    "conflict_error": "ConflictException",
    "identifiers": {"Identifier": "Id"},
}
SYNC = {
    "since": "LastModifiedDate.AfterLastModifiedDate",
    "sort": {"Sort": {"SortBy": "LastModifiedDate", "SortOrder": "ASCENDING"}},
    "item_timestamp": "LastModifiedDate",
    "item_id": "Id",
}


@pytest.fixture(scope="module")
def plain() -> Service:
    """The pinned model without customizations."""
    return load_model(PINNED, customizations=PINNED / "no-such-folder")


def _customized(plain: Service, tmp_path: Path, document: object) -> Service:
    folder = tmp_path / "customizations"
    folder.mkdir()
    (folder / "workflows.json").write_text(json.dumps(document))
    return customize(plain, folder)


def _update(**changes: Any) -> dict[str, Any]:
    return {"updates": {"UpdateOpportunity": {**OPPORTUNITY, **changes}}}


def _sync(**changes: Any) -> dict[str, Any]:
    return {"incremental_syncs": {"ListOpportunities": {**SYNC, **changes}}}


def test_the_pinned_model_derives_its_reads() -> None:
    workflows = load_model(PINNED).customization.workflows
    assert [(u.update, u.read, u.method_name) for u in workflows.updates] == [
        ("UpdateOpportunity", "GetOpportunity", "modify_opportunity"),
        ("UpdateCustomerAccount", "GetCustomerAccount", "modify_customer_account"),
    ]
    opportunity = workflows.updates[0]
    assert opportunity.token == "last_modified_date"
    assert ("identifier", "id") in opportunity.sources
    assert len(opportunity.sources) == 12  # every member of UpdateOpportunityRequest
    [sync] = workflows.syncs
    assert (sync.method_name, sync.item_id, sync.item_timestamp) == (
        "sync_opportunities",
        "id",
        "last_modified_date",
    )
    assert workflows.guide_title == "Keep a CRM in sync"


def test_without_the_file_there_are_none(plain: Service) -> None:
    assert plain.customization.workflows == Workflows()
    assert not plain.customization.workflows


def test_both_files_are_read(plain: Service, tmp_path: Path) -> None:
    folder = tmp_path / "customizations"
    folder.mkdir()
    (folder / "workflows.json").write_text(json.dumps(_sync()))
    (folder / "docs.json").write_text('{"headline_operation": "ListOpportunities"}')
    customization = customize(plain, folder).customization
    assert customization.headline_operation == "ListOpportunities"
    assert [sync.operation for sync in customization.workflows.syncs] == ["ListOpportunities"]


# (id, document, pointer, problem, start of the hint)
BROKEN: list[tuple[str, Any, str, str, str]] = [
    (
        "unknown key",
        {"update": {}},
        "",
        "unknown key 'update' in workflows customization",
        "did you mean 'updates'?",
    ),
    (
        "missing conflict error",
        {"updates": {"UpdateOpportunity": {"concurrency_token": "LastModifiedDate"}}},
        "/updates/UpdateOpportunity",
        "missing required key 'conflict_error' in update",
        "add 'conflict_error'",
    ),
    (
        "unknown update",
        {"updates": {"UpdateOportunity": OPPORTUNITY}},
        "/updates/UpdateOportunity",
        "no operation 'UpdateOportunity' in the model",
        "name an operation the package has",
    ),
    (
        "token not an input member",
        _update(concurrency_token="LastModified"),
        "/updates/UpdateOpportunity/concurrency_token",
        "UpdateOpportunity's input has no member 'LastModified'",
        "use one of 'Catalog', ",
    ),
    (
        "identifier not an input member",
        _update(identifiers={"Ident": "Id"}),
        "/updates/UpdateOpportunity/identifiers/Ident",
        "UpdateOpportunity's input has no member 'Ident'",
        "use one of ",
    ),
    (
        "conflict error not the update's",
        _update(conflict_error="ServiceQuotaExceededException"),
        "/updates/UpdateOpportunity/conflict_error",
        "UpdateOpportunity does not list the error 'ServiceQuotaExceededException'",
        "use one of 'AccessDeniedException', 'ConflictException', ",
    ),
    (
        "no read without the renames",
        _update(identifiers={}),
        "/updates/UpdateOpportunity",
        "no read-only operation returns everything UpdateOpportunity takes: the closest, "
        "GetOpportunity, returns no Identifier",
        "name under 'identifiers' the read's member",
    ),
    (
        "a rename of the wrong type",
        _update(identifiers={"Identifier": "Id", "NationalSecurity": "LifeCycle"}),
        "/updates/UpdateOpportunity",
        "no read-only operation returns everything UpdateOpportunity takes: the closest, "
        "GetOpportunity, returns LifeCycle as LifeCycle, not NationalSecurity",
        "name under 'identifiers'",
    ),
    (
        "an update no read rebuilds",
        {
            "updates": {
                "UpdateEngagementContext": {
                    "concurrency_token": "EngagementLastModifiedAt",
                    "conflict_error": "ConflictException",
                    "identifiers": {"EngagementIdentifier": "Id"},
                }
            }
        },
        "/updates/UpdateEngagementContext",
        "no read-only operation returns everything UpdateEngagementContext takes: the "
        "closest, GetCustomerAccount, returns no ContextIdentifier; returns no "
        "EngagementLastModifiedAt; returns no Type; returns no Payload",
        "name under 'identifiers'",
    ),
    (
        "an update without a conflict error",
        {
            "updates": {
                "PutSellingSystemSettings": {
                    "concurrency_token": "Catalog",
                    "conflict_error": "ConflictException",
                }
            }
        },
        "/updates/PutSellingSystemSettings/conflict_error",
        "PutSellingSystemSettings does not list the error 'ConflictException'",
        "use one of 'AccessDeniedException', ",
    ),
    (
        "sync of an operation without pages",
        {"incremental_syncs": {"GetOpportunity": SYNC}},
        "/incremental_syncs/GetOpportunity",
        "GetOpportunity has no paginator",
        "name a paginated list",
    ),
    (
        "since not a path of the input",
        _sync(since="LastModifiedDate.After"),
        "/incremental_syncs/ListOpportunities/since",
        "'LastModifiedDate.After': 'LastModifiedDate' has no member 'After'",
        "give a dotted path of input members",
    ),
    (
        "since not a timestamp",
        _sync(since="LastModifiedDate"),
        "/incremental_syncs/ListOpportunities/since",
        "'LastModifiedDate' leads to a structure, not a timestamp",
        "give the path of the filter's timestamp",
    ),
    (
        "sort of an unknown member",
        _sync(sort={"Order": "ASCENDING"}),
        "/incremental_syncs/ListOpportunities/sort/Order",
        "ListOpportunities's input has no member 'Order'",
        "use one of 'Catalog', ",
    ),
    (
        "sort value not of the enum",
        _sync(sort={"Sort": {"SortBy": "LastModifiedDate", "SortOrder": "Ascending"}}),
        "/incremental_syncs/ListOpportunities/sort/Sort/SortOrder",
        "'Ascending' is not a value of the enum SortOrder",
        "use one of 'ASCENDING', 'DESCENDING'",
    ),
    (
        "sort value missing a required member",
        _sync(sort={"Sort": {"SortBy": "LastModifiedDate"}}),
        "/incremental_syncs/ListOpportunities/sort/Sort",
        "OpportunitySort requires 'SortOrder'",
        "give it",
    ),
    (
        "item id not a member",
        _sync(item_id="Identifier"),
        "/incremental_syncs/ListOpportunities/item_id",
        "the listed OpportunitySummary has no member 'Identifier'",
        "use one of 'Catalog', 'Id', ",
    ),
    (
        "item timestamp not a timestamp",
        _sync(item_timestamp="Id"),
        "/incremental_syncs/ListOpportunities/item_timestamp",
        "OpportunitySummary.Id is a string, not a timestamp",
        "",
    ),
]


@pytest.mark.parametrize(
    ("document", "pointer", "problem", "hint"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_workflow_names_file_pointer_and_fix(
    plain: Service, tmp_path: Path, document: Any, pointer: str, problem: str, hint: str
) -> None:
    with pytest.raises(ModelError) as caught:
        _customized(plain, tmp_path, document)
    assert caught.value.file == str(tmp_path / "customizations" / "workflows.json")
    assert caught.value.pointer == pointer
    assert caught.value.problem == problem
    assert caught.value.hint.startswith(hint)
