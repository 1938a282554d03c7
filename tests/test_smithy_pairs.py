"""One revision in two forms gives one client: the Smithy front end against the botocore one.

For the target (its Smithy AST and botocore 1.42.80, the same revision) and six other
services (``tests/data/models/smithy-pairs``: Smithy AST and botocore 1.37.26 files of
one revision), the IR read from the Smithy AST must equal the IR read from the botocore
files, except where a rule of :data:`JUSTIFIED` says why the two forms say different
things. Then the package generated from the Smithy IR, with exactly those differences
taken back from the botocore IR, must be byte-identical to the botocore package: the
differences in the packages are those of the IRs and nothing else.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, cast

import pytest

from generator.diff.service import diff_services
from generator.emit.package import write_package
from generator.loaders import load_model
from generator.model.ir import Service
from generator.release.state import Release
from tests.packages import SMITHY_PAIRS

PAIRS = SMITHY_PAIRS


class Rule(NamedTuple):
    """A difference the two forms may show: which services, where, when, and why."""

    services: frozenset[str]  # empty: every service
    path: re.Pattern[str]  # over the difference's path, e.g. shapes['X'].http_status
    applies: Callable[[Any, Any], bool]  # (Smithy value, botocore value)
    reason: str


def _rule(
    services: str, path: str, reason: str, applies: Callable[[Any, Any], bool] | None = None
) -> Rule:
    return Rule(
        frozenset(services.split()), re.compile(path), applies or (lambda a, b: True), reason
    )


JUSTIFIED = (
    _rule("", r"idempotency_known", "Smithy states @readonly/@idempotent for every operation"),
    _rule(
        "",
        r"operations\[\w+\]\.(readonly|idempotent)",
        "@readonly and @idempotent exist only in Smithy (botocore drops them)",
    ),
    _rule(
        "",
        r"endpoint_tests",
        "the AST carries smithy.rules#endpointTests; these botocore folders have no tests file",
    ),
    _rule(
        "",
        r"operations\[\w+\]\.examples.*",
        "@examples: Smithy's own, botocore's examples-1.json when present",
    ),
    _rule(
        "",
        r"shapes\['\w+'\]\.http_status",
        "@httpError: these botocore revisions drop the error's HTTP status",
        lambda smithy, boto: boto is None,
    ),
    _rule(
        "sqs",
        r"shapes\['\w+'\]\.error_code",
        "@awsQueryError: the query-compatible error code, which botocore 1.37.26 leaves out",
    ),
    _rule(
        "",
        r"shapes\['\w+'\]\.constraints\.min",
        "botocore writes a length without a minimum as minimum 0 on some shapes",
        lambda smithy, boto: {smithy, boto} == {None, 0},
    ),
    _rule("", r"warnings", "a warning names its file; its pattern text follows the rules above"),
    _rule(
        "",
        r"shapes\['\w+'\]\.constraints\.pattern",
        "botocore keeps the ^ and $ of some patterns; the loader drops them, which changes "
        "nothing under AWS's full-match reading of patterns",
        lambda smithy, boto: unanchored(smithy) == unanchored(boto),
    ),
    _rule(
        "partnercentral-selling",
        r"shapes\['TaskIdentifier'\]\.constraints\.pattern",
        "the source texts differ: botocore reads '.*task-[0-9a-z]{13}' where Smithy reads "
        "'task-[0-9a-z]{13}$'",
    ),
    _rule(
        "dynamodb",
        r"shapes\['AttributeValue'\]\.(kind|unknown_variant_class|members\[\w+\]\.variant_class)",
        "Smithy declares AttributeValue a union; botocore 1.37.26 has no union marker on it",
    ),
    _rule(
        "dynamodb",
        r"shapes\['InvalidEndpointException'\]|operations\[\w+\]\.errors",
        "Smithy lists the endpoint-discovery error InvalidEndpointException; botocore drops it",
    ),
    _rule(
        "dynamodb kinesis",
        r"operations\[\w+\]\.paginator(\.\w+)?",
        "botocore's paginators-1.json is kept apart from the model: it pages operations the "
        "Smithy model does not mark @paginated, with extra result keys, and the reverse",
    ),
    _rule(
        "dynamodb kinesis",
        r"waiters\['\w+'\]\.max_attempts",
        "a Smithy waiter has no attempt limit: it gets as many as fit in 600 s of its delay",
    ),
    _rule(
        "kinesis",
        r"skipped_operations\['SubscribeToShard'\]",
        "the reason names the event-stream shape each form has",
    ),
    _rule(
        "ecs",
        r"shapes\['\w+'\]\.members",
        "the Smithy model gives the ECS errors a message member that botocore leaves out",
    ),
    _rule(
        "ecs",
        r"shapes\['Rollback'\]\.members\[serviceRevisionArn\]\.documentation",
        "the source texts differ: the Smithy text has two more paragraphs (about GPU and "
        "InferenceAccelerator resource types) than botocore's",
    ),
)


def unanchored(pattern: str | None) -> str | None:
    return None if pattern is None else re.sub(r"^\^|(?<!\\)\$$", "", pattern)


def differences(smithy: Any, boto: Any, path: str = "") -> Iterator[tuple[str, Any, Any]]:
    """(path, Smithy value, botocore value) of every leaf where the two IRs differ."""
    if dataclasses.is_dataclass(smithy) and type(smithy) is type(boto):
        for field in dataclasses.fields(smithy):
            name = f"{path}.{field.name}" if path else field.name
            yield from differences(getattr(smithy, field.name), getattr(boto, field.name), name)
    elif isinstance(smithy, dict) and isinstance(boto, dict) and path != "endpoint_rule_set":
        for key in sorted(set(smithy) | set(boto), key=str):
            yield from differences(smithy.get(key), boto.get(key), f"{path}[{key!r}]")
    elif (
        isinstance(smithy, tuple)
        and isinstance(boto, tuple)
        and len(smithy) == len(boto)
        and smithy
        and dataclasses.is_dataclass(smithy[0])
    ):
        for index, (a, b) in enumerate(zip(smithy, boto)):
            label = getattr(a, "name", None) or getattr(a, "wire_name", None) or index
            yield from differences(a, b, f"{path}[{label}]")
    elif smithy != boto:
        yield path, smithy, boto


def justification(service: str, path: str, smithy: Any, boto: Any) -> Rule | None:
    for rule in JUSTIFIED:
        if rule.services and service not in rule.services:
            continue
        if rule.path.fullmatch(path) and rule.applies(smithy, boto):
            return rule
    return None


def take_back(smithy: Any, boto: Any, path: str, justified: set[str]) -> Any:
    """``smithy`` with the value of ``boto`` at every path in ``justified``."""
    if path in justified:
        return boto
    if dataclasses.is_dataclass(smithy) and type(smithy) is type(boto):
        changes = {}
        for field in dataclasses.fields(smithy):
            name = f"{path}.{field.name}" if path else field.name
            a, b = getattr(smithy, field.name), getattr(boto, field.name)
            new = take_back(a, b, name, justified)
            if new is not a:
                changes[field.name] = new
        return dataclasses.replace(cast(Any, smithy), **changes) if changes else smithy
    if isinstance(smithy, dict) and isinstance(boto, dict) and path != "endpoint_rule_set":
        result = {}
        for key in sorted(set(smithy) | set(boto), key=str):
            name = f"{path}[{key!r}]"
            if key not in smithy or key not in boto:
                if name in justified and key in boto:
                    result[key] = boto[key]
                elif name not in justified:
                    result[key] = smithy[key]
                continue
            result[key] = take_back(smithy[key], boto[key], name, justified)
        # Keep the botocore order: the IR's dicts are ordered, and order reaches the code.
        return {key: result[key] for key in [*boto, *smithy] if key in result}
    if isinstance(smithy, tuple) and isinstance(boto, tuple) and len(smithy) == len(boto):
        items = []
        for index, (a, b) in enumerate(zip(smithy, boto)):
            label = getattr(a, "name", None) or getattr(a, "wire_name", None) or index
            items.append(take_back(a, b, f"{path}[{label}]", justified))
        return tuple(items)
    return smithy


@pytest.fixture(scope="module")
def irs() -> dict[str, tuple[Service, Service]]:
    return {
        name: (load_model(smithy, skip_unsupported=True), load_model(boto, skip_unsupported=True))
        for name, (smithy, boto) in PAIRS.items()
    }


@pytest.mark.parametrize("service", sorted(PAIRS))
def test_the_two_forms_differ_only_where_justified(
    irs: dict[str, tuple[Service, Service]], service: str
) -> None:
    smithy, boto = irs[service]
    unexplained = [
        f"{path}: Smithy {a!r:.120} / botocore {b!r:.120}"
        for path, a, b in differences(smithy, boto)
        if justification(service, path, a, b) is None
    ]
    assert not unexplained, "\n".join(unexplained)


def test_every_justification_is_needed(irs: dict[str, tuple[Service, Service]]) -> None:
    used = {
        justification(service, path, a, b)
        for service, (smithy, boto) in irs.items()
        for path, a, b in differences(smithy, boto)
    }
    assert [rule.reason for rule in JUSTIFIED if rule not in used] == []


@pytest.mark.parametrize("service", ["partnercentral-selling", "sqs", "verifiedpermissions"])
def test_the_packages_differ_only_by_the_justified_differences(
    irs: dict[str, tuple[Service, Service]], service: str, tmp_path: Path
) -> None:
    smithy, boto = irs[service]
    justified = {path for path, a, b in differences(smithy, boto)}
    release = Release(package_version="1.0.0")
    from_smithy = write_package(
        take_back(smithy, boto, "", justified), tmp_path / "smithy", "1.0.0", release
    )
    from_boto = write_package(boto, tmp_path / "botocore", "1.0.0", release)
    files = sorted(p.relative_to(from_boto) for p in from_boto.rglob("*") if p.is_file())
    assert files == sorted(
        p.relative_to(from_smithy) for p in from_smithy.rglob("*") if p.is_file()
    )
    changed = [f for f in files if (from_smithy / f).read_bytes() != (from_boto / f).read_bytes()]
    assert changed == []


# The ERROR events of a diff from one form to the other: each comes from a difference of
# JUSTIFIED (the union, the paginators, the endpoint-discovery error, the ECS error members),
# which the two published forms really have. No pair gives a DANGER.
BREAKING_BETWEEN_FORMS = {
    "dynamodb": {"PaginatorChanged", "PaginatorRemoved", "ShapeTypeChanged", "ErrorShapeRemoved"},
    "kinesis": {"PaginatorChanged", "PaginatorRemoved"},
    "ecs": {"MemberRemoved"},
}


@pytest.mark.parametrize("service", sorted(PAIRS))
def test_a_diff_between_the_forms_breaks_only_where_the_forms_differ(
    irs: dict[str, tuple[Service, Service]], service: str
) -> None:
    smithy, boto = irs[service]
    found = set()
    for old, new in ((boto, smithy), (smithy, boto)):
        events = diff_services(old, new).events
        assert not [e.id for e in events if e.severity == "DANGER"]
        found |= {e.kind for e in events if e.severity == "ERROR"}
    assert found == BREAKING_BETWEEN_FORMS.get(service, set())
