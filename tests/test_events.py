"""The generated ``events`` module reads real events, keeps what it does not know, refuses the rest.

The module is rendered from ``models/partnercentral-selling/customizations/events.json`` onto
the generic runtime of ``runtime/eventbridge/``. It is checked here against real data
(``tests/data/events/``, see its SOURCE.md): the AWS documentation's examples of the ten event
types and 17 events captured from the Sandbox catalog. Every one parses into its typed class
and ``to_dict()`` gives it back unchanged; an unknown type and unknown fields are kept; bad
input raises ``EventParseError`` naming the field, which hypothesis checks by breaking real
events field by field. The router is driven with the three deliveries Lambda makes (an event,
a list, an SQS batch), and ``event_pattern()`` must write the documentation's rule pattern.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import pickle
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnercentral_selling import SdkError, events
from typed_aws_runtime.eventbridge import record
from partnercentral_selling.enums import EngagementContextType, ParticipantType
from partnercentral_selling.events import (
    EngagementInvitationCreated,
    EventParseError,
    EventRouter,
    OpportunityCreated,
    OpportunityEventDetail,
    OpportunityReference,
    OpportunityUpdated,
    UnknownEvent,
    event_pattern,
    parse_event,
)
from tests.test_typing import run_mypy

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "events" / "partnercentral-selling"
SRC = ROOT / "generated" / "partnercentral-selling" / "src"
EVENTS_FILE = ROOT / "models" / "partnercentral-selling" / "customizations" / "events.json"
DOCS_EXAMPLES = sorted(
    p for p in (DATA / "docs-examples").glob("*.json") if not p.name.startswith("event-pattern")
)
CAPTURED = sorted((DATA / "captured").glob("[0-9]*.json"))
REAL_EVENTS = DOCS_EXAMPLES + CAPTURED


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text())  # type: ignore[no-any-return]


def class_name(detail_type: str) -> str:
    """The class the module names a detail-type by: ``Opportunity Updated`` -> ``OpportunityUpdated``."""
    return detail_type.replace(" ", "")


# -- real events ------------------------------------------------------------------------


def test_the_data_is_all_here() -> None:
    assert len(DOCS_EXAMPLES) == 10 and len(CAPTURED) == 17
    index = load(DATA / "captured" / "index.json")
    assert [entry["file"] for entry in index] == [f"captured/{p.name}" for p in CAPTURED]


@pytest.mark.parametrize("path", REAL_EVENTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_real_event_parses_into_its_class_and_back(path: Path) -> None:
    data = load(path)
    event = parse_event(data)
    assert type(event).__name__ == class_name(data["detail-type"])
    assert isinstance(event, events.Event) and not isinstance(event, UnknownEvent)
    assert event.to_dict() == data
    assert parse_event(path.read_text()) == event  # from JSON text too
    assert parse_event(path.read_bytes()).to_dict() == data
    assert type(event).from_dict(data) == event
    assert event.source == "aws.partnercentral-selling"
    assert event.time.tzinfo is not None and event.time == _utc(data["time"])
    assert event.extra == {} and event.detail.extra == {}


def _utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def test_both_schema_versions_and_envelope_versions_are_read() -> None:
    parsed = [parse_event(load(path)) for path in REAL_EVENTS]
    assert {e.detail.schema_version for e in parsed} >= {"1", "1.0"}
    assert {e.version for e in parsed} == {"0", "1"}


def test_the_captured_invitation_reads_typed() -> None:
    event = parse_event(load(CAPTURED[0]))
    assert isinstance(event, EngagementInvitationCreated)
    invitation = event.detail.engagement_invitation
    assert invitation.participant_type is ParticipantType.RECEIVER
    assert invitation.id == "engi-dansn8enotil9"
    # Nanoseconds are more than a datetime holds: the text stays as sent.
    assert invitation.expiration_date == "2031-03-08T01:50:25.685385312Z"
    assert event.detail.schema_version == "1.0"


def test_the_documentation_placeholders_stay_open_strings() -> None:
    event = parse_event(load(DATA / "docs-examples" / "engagement-invitation-accepted.json"))
    assert event.detail.engagement_invitation.participant_type == "Enum"
    assert type(event.detail.engagement_invitation.participant_type) is str
    updated = parse_event(load(DATA / "docs-examples" / "engagement-updated.json"))
    assert updated.detail.engagement.context_types == [
        EngagementContextType.LEAD,
        EngagementContextType.CUSTOMERPROJECT,
    ]
    assert updated.detail.engagement.last_modified_at == _utc("2023-04-18T18:20:15Z")


def test_every_example_of_the_events_file_parses_into_its_class() -> None:
    """The examples the class docstrings show are events the module reads."""
    for name, spec in load(EVENTS_FILE)["types"].items():
        event = parse_event(spec["example"])
        assert type(event).__name__ == name
        assert event.to_dict() == spec["example"]
        docstring = inspect.getdoc(getattr(events, name)) or ""
        [shown] = re.findall(r"^```json\n(.*?)^```$", docstring, re.S | re.M)
        assert json.loads(shown) == spec["example"]


def test_the_documented_pattern_example_is_the_json_of_its_docs_text() -> None:
    """The strict JSON files are the documentation's blocks without comments and backticks."""
    for path in (DATA / "docs-examples").glob("*.docs.txt"):
        text = "\n".join(line.split(" //")[0] for line in path.read_text().splitlines())
        strict = load(path.with_name(path.name.replace(".docs.txt", ".json")))
        assert json.loads(text.replace("`", "")) == strict, path.name


# -- open: unknown types and fields ---------------------------------------------------------


def test_an_unknown_detail_type_keeps_the_whole_event() -> None:
    data = load(CAPTURED[2])
    data["detail-type"] = "Opportunity Archived"
    data["detail"]["reason"] = {"code": 7, "words": ["a", None]}
    event = parse_event(json.dumps(data))
    assert isinstance(event, UnknownEvent)
    assert event.detail_type == "Opportunity Archived"
    assert event.detail == data["detail"] and event.id == data["id"]
    assert event.to_dict() == data
    assert UnknownEvent.from_dict(data) == event
    built = UnknownEvent(
        id=event.id,
        time=event.time,
        account=event.account,
        region=event.region,
        resources=event.resources,
        detail=event.detail,
        detail_type="Opportunity Archived",
        source="aws.partnercentral-selling",
    )
    assert built == event and parse_event(built.to_dict()) == event


def test_unknown_fields_are_kept_at_every_level() -> None:
    data = load(CAPTURED[0])
    data["replay-name"] = "replay-1"
    data["detail"]["region"] = {"name": "EMEA"}
    data["detail"]["engagementInvitation"]["status"] = "PENDING"
    event = parse_event(data)
    assert event.extra == {"replay-name": "replay-1"}
    assert event.detail.extra == {"region": {"name": "EMEA"}}
    assert event.detail.engagement_invitation.extra == {"status": "PENDING"}
    assert event.to_dict() == data
    # What was read is copied: changing the input or the output changes neither.
    data["detail"]["region"]["name"] = "changed"
    event.to_dict()["detail"]["region"]["name"] = "changed too"
    assert event.detail.extra == {"region": {"name": "EMEA"}}


def test_a_null_optional_field_stays_null() -> None:
    data = load(CAPTURED[0])
    data["detail"]["schemaVersion"] = None
    data["resources"] = None
    event = parse_event(data)
    assert event.detail.schema_version is None and event.resources is None
    assert event.to_dict() == data


def test_timestamps_keep_their_text_until_changed() -> None:
    data = load(CAPTURED[2])
    data["time"] = "2025-02-19T05:20:25.123456789+01:00"
    event = parse_event(data)
    assert event.time == datetime(2025, 2, 19, 4, 20, 25, 123456, tzinfo=timezone.utc)
    assert event.to_dict()["time"] == data["time"]
    event.time += timedelta(seconds=1)
    assert event.to_dict()["time"] == "2025-02-19T04:20:26.123456Z"


def test_an_event_built_in_code_writes_eventbridge_json() -> None:
    event = OpportunityUpdated(
        id="e-1",
        time=datetime(2025, 2, 19, 4, 20, 25, tzinfo=timezone.utc),
        account="111122223333",
        region="us-east-1",
        resources=[],
        detail=OpportunityEventDetail(
            catalog="Sandbox", opportunity=OpportunityReference(identifier="O1")
        ),
    )
    data = event.to_dict()
    assert data == {
        "version": "0",
        "id": "e-1",
        "detail-type": "Opportunity Updated",
        "source": "aws.partnercentral-selling",
        "account": "111122223333",
        "time": "2025-02-19T04:20:25Z",
        "region": "us-east-1",
        "resources": [],
        "detail": {"catalog": "Sandbox", "opportunity": {"identifier": "O1"}},
    }
    assert parse_event(data) == event
    assert pickle.loads(pickle.dumps(event)) == event
    assert repr(event).startswith("OpportunityUpdated(version='0', id='e-1', ")


# -- bad input ------------------------------------------------------------------------------


def _failure(value: Any) -> EventParseError:
    with pytest.raises(EventParseError) as caught:
        parse_event(value)
    assert isinstance(caught.value, SdkError) and isinstance(caught.value, ValueError)
    return caught.value


BAD: list[tuple[str, Any, str, str]] = [
    ("not JSON", "{not json", "", "not JSON (Expecting property name"),
    ("not UTF-8", b"\xff", "", "not JSON ("),
    ("JSON but no object", "[1, 2]", "", "expected a JSON object, got an array"),
    ("neither dict nor text", 42, "", "expected an event (a dict or its JSON text), got int"),
    ("no source", {"detail-type": "Opportunity Updated"}, "source", "missing required field"),
    (
        "another service",
        {"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification"},
        "source",
        "expected 'aws.partnercentral-selling', got 'aws.ec2'",
    ),
    (
        "no detail-type",
        {"source": "aws.partnercentral-selling"},
        "detail-type",
        "missing required field",
    ),
]


@pytest.mark.parametrize(
    ("value", "path", "problem"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_what_is_not_an_event_names_why(value: Any, path: str, problem: str) -> None:
    error = _failure(value)
    assert error.path == path
    assert error.problem.startswith(problem)


def test_a_bad_field_is_named_by_its_path() -> None:
    data = load(CAPTURED[0])
    data["detail"]["engagementInvitation"]["participantType"] = 3
    error = _failure(data)
    assert error.path == "detail.engagementInvitation.participantType"
    assert error.problem == "expected a string, got a number"
    assert str(error) == (
        "Invalid event at detail.engagementInvitation.participantType: "
        "expected a string, got a number"
    )
    data = load(CAPTURED[0])
    data["time"] = "yesterday"
    assert _failure(data).problem == "expected an ISO 8601 timestamp, got 'yesterday'"
    data = load(CAPTURED[0])
    data["resources"] = ["arn:ok", {"arn": "x"}]
    assert _failure(data).path == "resources[1]"


def test_an_unknown_field_nested_too_deep_is_refused_not_crashed_on() -> None:
    data = load(CAPTURED[2])
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    data["detail"]["deep"] = deep
    assert _failure(data).problem == "nested too deeply to read"
    assert _failure(
        json.dumps(load(CAPTURED[2]))[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    ).problem.startswith("not JSON")


def test_from_dict_of_a_class_wants_its_own_detail_type() -> None:
    data = load(CAPTURED[2])
    with pytest.raises(EventParseError) as caught:
        OpportunityCreated.from_dict(data)
    assert caught.value.path == "detail-type"
    assert caught.value.problem == "expected 'Opportunity Created', got 'Opportunity Updated'"


def _value_at(data: Any, path: list[str | int]) -> Any:
    for part in path:
        data = data[part]
    return data


def _dotted(path: list[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _places(kind: record.Kind, value: Any, path: list[str | int], required: bool) -> Iterator[Any]:
    """``(path, kind, required)`` of ``value`` (read by ``kind``) and of everything inside it."""
    yield path, kind, required
    if isinstance(kind, record.ObjectOf) and isinstance(value, dict):
        for field in kind.cls._FIELDS:
            if field.json_name in value:
                inner = value[field.json_name]
                yield from _places(field.kind, inner, path + [field.json_name], field.required)
    elif isinstance(kind, record.ListOf) and isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(kind.item, item, path + [index], True)


def places(data: dict[str, Any]) -> list[tuple[list[str | int], Any, bool]]:
    """Every field of a real event (and list item) with its kind and whether it is required."""
    event_class = type(parse_event(data))
    return [p for p in _places(record.ObjectOf(event_class), data, [], True) if p[0]]


# Values of every JSON type; each mutation picks one its field's kind refuses.
WRONG_VALUES: list[Any] = [7, 1.5, True, None, "not a timestamp", [], {}, ["x"], {"k": "v"}]


def _refuses(kind: Any, value: Any, required: bool, path: list[str | int]) -> bool:
    """Does a field of ``kind`` refuse ``value``, with the error naming the field itself?"""
    if value is None:
        return required  # an optional null is kept
    if isinstance(kind, record.ObjectOf):
        return not isinstance(value, dict)  # a dict is refused deeper down, if at all
    if isinstance(kind, record.ListOf):
        return not isinstance(value, list)
    if kind is record.TIMESTAMP:
        return not isinstance(value, str) or record.read_timestamp(value) is None
    if path == ["source"]:
        return True  # another string is another service's source
    return not isinstance(value, str)  # another detail-type is an unknown event's


@st.composite
def broken_events(draw: st.DrawFn) -> tuple[Any, str]:
    """A real event with one field broken, and the path the error must name."""
    data = copy.deepcopy(load(draw(st.sampled_from(REAL_EVENTS))))
    path, kind, required = draw(st.sampled_from(places(data)))
    *parent_path, last = path
    parent = _value_at(data, parent_path)
    how = draw(
        st.sampled_from(["drop", "replace"] if required and isinstance(last, str) else ["replace"])
    )
    if how == "drop":
        del parent[last]
        return data, _dotted(path)
    choices = [v for v in WRONG_VALUES if _refuses(kind, v, required, path)]
    parent[last] = copy.deepcopy(draw(st.sampled_from(choices)))
    return data, _dotted(path)


@settings(max_examples=400, deadline=None)
@given(broken_events())
def test_a_broken_real_event_names_the_broken_field(case: tuple[Any, str]) -> None:
    data, path = case
    try:
        parse_event(data)
    except EventParseError as error:
        assert error.path == path, (error, data)
    else:
        raise AssertionError(f"{path} broken, yet the event parsed: {data}")


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=20,
    )
)
def test_any_json_value_is_an_event_or_an_event_parse_error(value: Any) -> None:
    for given_value in (value, json.dumps(value)):
        try:
            parse_event(given_value)
        except EventParseError:
            pass


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(REAL_EVENTS), st.data())
def test_an_optional_field_left_out_or_an_unknown_one_added_still_round_trips(
    path: Path, data: st.DataObject
) -> None:
    event = load(path)
    optional = [p for p, _, required in places(event) if not required and isinstance(p[-1], str)]
    if optional and data.draw(st.booleans()):
        *parent, last = data.draw(st.sampled_from(optional))
        del _value_at(event, parent)[last]
    objects = [[]] + [p for p, kind, _ in places(event) if isinstance(kind, record.ObjectOf)]
    target = _value_at(event, data.draw(st.sampled_from(objects)))
    target.setdefault(data.draw(st.sampled_from(["zNew", "new-field", "x"])), [1, {"a": None}])
    assert parse_event(event).to_dict() == event


# -- the router -------------------------------------------------------------------------------


def _router(calls: list[Any]) -> EventRouter:
    router = EventRouter()

    @router.on(OpportunityUpdated)
    def updated(event: OpportunityUpdated) -> str:
        calls.append(event)
        if event.detail.opportunity.identifier == "O-fail":
            raise RuntimeError("the CRM is down")
        return f"updated {event.detail.opportunity.identifier}"

    @router.on(OpportunityCreated, EngagementInvitationCreated)
    def created(event: OpportunityCreated | EngagementInvitationCreated) -> str:
        calls.append(event)
        return f"created {event.detail_type}"

    return router


def _with_id(path: Path, identifier: str) -> dict[str, Any]:
    data = load(path)
    data["detail"]["opportunity"]["identifier"] = identifier
    return data


UPDATED, CREATED, INVITATION = CAPTURED[2], CAPTURED[15], CAPTURED[0]
SNAPSHOT = CAPTURED[1]


def test_the_router_takes_one_event_as_eventbridge_delivers_it() -> None:
    calls: list[Any] = []
    router = _router(calls)
    assert router(load(UPDATED), None) == "updated O5465588"
    assert router(load(INVITATION), object()) == "created Engagement Invitation Created"
    assert [type(e) for e in calls] == [OpportunityUpdated, EngagementInvitationCreated]
    assert router(load(SNAPSHOT), None) is None  # no handler, no fallback: ignored


def test_the_router_takes_a_list_of_events() -> None:
    router = _router([])
    assert router([load(UPDATED), json.dumps(load(CREATED))], None) == [
        "updated O5465588",
        "created Opportunity Created",
    ]
    bad = load(CREATED)
    bad["source"] = "aws.other"
    with pytest.raises(EventParseError) as caught:
        router([load(UPDATED), bad], None)
    assert caught.value.path == "[1].source"


def _sqs(*bodies: str, fifo: bool = False) -> dict[str, Any]:
    arn = "arn:aws:sqs:us-east-1:111122223333:events" + (".fifo" if fifo else "")
    return {
        "Records": [
            {"messageId": f"m-{n}", "eventSource": "aws:sqs", "eventSourceARN": arn, "body": body}
            for n, body in enumerate(bodies)
        ]
    }


def _sns(event: dict[str, Any]) -> str:
    return json.dumps(
        {
            "Type": "Notification",
            "MessageId": "n-1",
            "TopicArn": "arn:aws:sns:t",
            "Message": json.dumps(event),
        }
    )


def test_an_sqs_batch_reports_the_messages_that_failed(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[Any] = []
    router = _router(calls)
    batch = _sqs(
        json.dumps(load(UPDATED)),
        "not json",
        json.dumps(_with_id(UPDATED, "O-fail")),
        _sns(load(CREATED)),
        json.dumps(load(SNAPSHOT)),
    )
    with caplog.at_level(logging.ERROR):
        assert router(batch, None) == {
            "batchItemFailures": [{"itemIdentifier": "m-1"}, {"itemIdentifier": "m-2"}]
        }
    assert [type(e).__name__ for e in calls] == [
        "OpportunityUpdated",
        "OpportunityUpdated",
        "OpportunityCreated",
    ]
    assert "SQS message m-2 failed" in caplog.text and "the CRM is down" in caplog.text


def test_a_fifo_batch_reports_every_message_after_a_failure() -> None:
    calls: list[Any] = []
    router = _router(calls)
    bodies = [load(UPDATED), _with_id(UPDATED, "O-fail"), load(UPDATED)]
    batch = _sqs(*map(json.dumps, bodies), fifo=True)
    assert router(batch, None) == {
        "batchItemFailures": [{"itemIdentifier": "m-1"}, {"itemIdentifier": "m-2"}]
    }
    assert len(calls) == 2  # the third was not handled: it comes back after the second


def test_a_batch_whose_every_message_fails_raises() -> None:
    router = _router([])
    with pytest.raises(RuntimeError, match="the CRM is down"):
        router(_sqs(json.dumps(_with_id(UPDATED, "O-fail")), "not json"), None)
    assert router({"Records": []}, None) == {"batchItemFailures": []}


def test_what_is_not_an_sqs_batch_is_refused() -> None:
    router = _router([])
    with pytest.raises(EventParseError) as caught:
        router({"Records": [{"EventSource": "aws:sns", "Sns": {}}]}, None)
    assert caught.value.path == "Records[0].eventSource"
    with pytest.raises(EventParseError) as caught:
        router({"Records": [{"eventSource": "aws:sqs", "body": "{}"}]}, None)
    assert caught.value.path == "Records[0].messageId"


def test_the_fallback_takes_every_other_event_the_unknown_ones_too() -> None:
    router = _router([])
    others: list[Any] = []
    router.fallback(others.append)
    unknown = load(UPDATED) | {"detail-type": "Opportunity Archived"}
    router([load(SNAPSHOT), unknown], None)
    assert [type(e) for e in others] == [events.EngagementResourceSnapshotCreated, UnknownEvent]


def test_handlers_are_registered_once_per_type_and_for_this_service_only() -> None:
    router = _router([])
    with pytest.raises(ValueError, match="OpportunityUpdated already has a handler"):
        router.on(OpportunityUpdated)
    with pytest.raises(TypeError, match="is not an event type of this router"):
        router.on(UnknownEvent)
    router.fallback(print)
    with pytest.raises(ValueError, match="already has a fallback"):
        router.fallback(print)


# -- the rule pattern -----------------------------------------------------------------------------


def test_the_pattern_of_all_events_of_a_catalog_is_the_documented_one() -> None:
    documented = load(DATA / "docs-examples" / "event-pattern-all-events-catalog-aws.json")
    assert event_pattern(catalogs=["AWS"]) == documented
    assert event_pattern(catalogs="AWS") == documented


def test_a_pattern_names_the_chosen_types() -> None:
    assert event_pattern(OpportunityCreated, OpportunityUpdated, OpportunityCreated) == {
        "source": ["aws.partnercentral-selling"],
        "detail-type": ["Opportunity Created", "Opportunity Updated"],
    }
    assert event_pattern(OpportunityUpdated, catalogs=("AWS", "Sandbox"))["detail"] == {
        "catalog": ["AWS", "Sandbox"]
    }
    with pytest.raises(ValueError, match="detail.catalog: no value given"):
        event_pattern(catalogs=[])
    with pytest.raises(TypeError, match="is not an event type of aws.partnercentral-selling"):
        event_pattern(UnknownEvent)


# -- lazy and typed ------------------------------------------------------------------------------


def test_events_load_on_first_use_only() -> None:
    code = textwrap.dedent(f"""\
        import json, sys
        sys.path.insert(0, {str(SRC)!r})
        def loaded(part):
            return sorted(m for m in sys.modules if m.startswith("partnercentral_selling") and part in m)
        import partnercentral_selling
        stages = {{"package": loaded("event")}}
        from partnercentral_selling import events
        stages["module"] = loaded(".enums.") + loaded(".shapes.")
        events.parse_event({load(INVITATION)!r})
        stages["parsed"] = loaded(".enums.")
        print(json.dumps(stages))
        """)
    result = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    stages = json.loads(result.stdout)
    assert stages["package"] == [] and stages["module"] == []
    assert stages["parsed"]  # the invitation's enums, on its first decode


TYPED_APP = """\
from __future__ import annotations

from partnercentral_selling.events import (
    AnyEvent,
    EngagementCreated,
    EventRouter,
    OpportunityCreated,
    OpportunityUpdated,
    event_pattern,
    parse_event,
)

router = EventRouter()


@router.on(OpportunityUpdated)
def updated(event: OpportunityUpdated) -> str:
    return event.detail.opportunity.identifier


@router.on(OpportunityCreated, OpportunityUpdated)
def both(event: OpportunityCreated | OpportunityUpdated) -> None:
    reveal_type(event.detail.catalog)  # N: Revealed type is "str"


@router.fallback
def other(event: AnyEvent) -> None:
    if isinstance(event, EngagementCreated):
        reveal_type(event.detail.engagement.created_at)  # N: Revealed type is "datetime.datetime | None"


reveal_type(parse_event("{}"))  # N: Revealed type is "partnercentral_selling.events.OpportunityCreated | partnercentral_selling.events.OpportunityUpdated
reveal_type(updated)  # N: def (partnercentral_selling.events.OpportunityUpdated) -> str
reveal_type(event_pattern(OpportunityUpdated, catalogs=["AWS"]))  # N: Revealed type is "dict[str, Any]"


@router.on(OpportunityUpdated)  # E: arg-type: Argument 1 has incompatible type
def wrong(event: EngagementCreated) -> None:
    pass


parse_event(42)  # E: arg-type: Argument 1 to "parse_event" has incompatible type "int"
event = parse_event("{}")
assert isinstance(event, OpportunityUpdated)
event.detail.opportunity.identifer  # E: attr-defined: has no attribute "identifer"
event_pattern(catalogs=5)  # E: arg-type: Argument "catalogs" to "event_pattern" has incompatible type "int"
"""


def test_the_events_module_is_typed_for_mypy_strict(tmp_path: Path) -> None:
    program = tmp_path / "typed_app.py"
    program.write_text(TYPED_APP)
    (tmp_path / "mypy.ini").write_text(f"[mypy]\nmypy_path = {SRC}\n")
    run = run_mypy(tmp_path, program)
    lines = TYPED_APP.splitlines()
    errors = {(d.line, d.code) for d in run.diagnostics if d.severity == "error"}
    expected = {
        (number, line.split("# E: ")[1].split(":")[0])
        for number, line in enumerate(lines, 1)
        if "# E: " in line
    }
    assert errors == expected, run.stdout
    notes = {d.line: d.message for d in run.diagnostics if d.severity == "note"}
    for number, line in enumerate(lines, 1):
        if "# N: " in line:
            assert line.split("# N: ")[1] in notes.get(number, ""), (number, run.stdout)
