"""``tests/populate.py`` gives a value for every model shape: recursion ends, ranges hold.

Found by ``make all-services``: Glue's ``SearchFilter`` union holds lists of itself
(populate never ended), and Rekognition's ``SegmentConfidence`` doubles have a ``min`` of
50 (the client refused the value). Random models of both classes: unions and structures in
cycles through lists and maps, and doubles, floats and integers with ranges.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.populate import populate

NAMES = [f"S{index}" for index in range(5)]


@st.composite
def recursive_models(draw: st.DrawFn) -> dict[str, Any]:
    """Shapes S0..S4, structures or unions, each member a list, map or direct reference."""
    shapes: dict[str, Any] = {"Text": {"type": "string"}}
    for name in NAMES:
        members = {}
        union = draw(st.booleans())
        required = not union and draw(st.booleans())
        for index in range(draw(st.integers(1, 3))):
            target = draw(st.sampled_from(NAMES + ["Text"]))
            wrap = draw(st.sampled_from(["direct", "list", "map"]))
            if (union or required) and wrap == "direct" and target <= name:
                # a union's or a required member never closes a cycle alone: no value
                # would end (real models leave a way out: an empty list, another member)
                target = "Text"
            if wrap != "direct":
                wrapper = f"{name}{wrap.title()}{index}"
                shapes[wrapper] = (
                    {"type": "list", "member": {"shape": target}}
                    if wrap == "list"
                    else {"type": "map", "key": {"shape": "Text"}, "value": {"shape": target}}
                )
                target = wrapper
            members[f"m{index}"] = {"shape": target}
        shapes[name] = {"type": "structure", "members": members}
        if union:
            shapes[name]["union"] = True
        elif required:
            shapes[name]["required"] = sorted(members)
    return shapes


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


@settings(max_examples=200, deadline=None)
@given(recursive_models(), st.integers(0, 3))
def test_recursion_ends(shapes: dict[str, Any], variant: int) -> None:
    for name in NAMES:
        value = populate(shapes, name, variant=variant, max_depth=3)
        # each pass round a cycle nests at most a structure and a wrapper per shape
        assert _depth(value) <= 2 * 3 * (len(NAMES) + 1) + 2


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["double", "float", "integer", "long"]),
    st.one_of(st.none(), st.integers(-(10**6), 10**6)),
    st.one_of(st.none(), st.integers(0, 10**6)),
    st.integers(1, 5),
)
def test_numbers_keep_in_range(kind: str, low: int | None, span: int | None, count: int) -> None:
    number: dict[str, Any] = {"type": kind}
    if low is not None:
        number["min"] = low
    if span is not None:
        number["max"] = (low or 0) + span
    members = {f"n{index}": {"shape": "Number"} for index in range(count)}
    shapes = {"Number": number, "Holder": {"type": "structure", "members": members}}
    for value in populate(shapes, "Holder").values():
        assert number.get("min", value) <= value <= number.get("max", value)


def test_an_endpoint_parameter_is_a_host_label_the_pattern_allows() -> None:
    """EventBridge's PutEvents: the rules refuse an EndpointId that is no host label."""
    from scripts.all_services import newest_version, read_model_file

    shapes = read_model_file(newest_version("events") / "service-2.json")["shapes"]
    value = populate(shapes, "PutEventsRequest")
    assert re.fullmatch(shapes["EndpointId"]["pattern"].strip("^$"), value["EndpointId"])


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.none(), st.integers(0, 6)), st.one_of(st.none(), st.integers(0, 6)))
def test_lists_keep_their_length_range(low: int | None, extra: int | None) -> None:
    """EVS's CreateEnvironment takes at least four hosts: the client refuses two."""
    listing: dict[str, Any] = {"type": "list", "member": {"shape": "Text"}}
    if low is not None:
        listing["min"] = low
    if extra is not None:
        listing["max"] = max(1, (low or 0) + extra)
    shapes = {"Text": {"type": "string"}, "Texts": listing}
    length = len(populate(shapes, "Texts"))
    assert listing.get("min", 0) <= length <= listing.get("max", length)
