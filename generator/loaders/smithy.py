"""Read a Smithy 2.0 JSON AST into the IR.

Order of work, as for every input: the AST (one file, or every ``.json`` of a folder,
merged) is checked against our JSON Schema of the Smithy JSON AST; then every shape
reference is resolved; then the service's closure (its operations, those of its
resources, their inputs, outputs and errors, and what those reach) is read trait by
trait. Every trait met is carried, listed in :data:`NO_EFFECT_TRAITS` with the reason
it changes nothing for a Python awsJson client, or refused by name.

The closure is then *lowered* into botocore's documents (``service-2``,
``paginators-1``, ``waiters-2``, the endpoint rule set): the form AWS itself derives
from its Smithy models, with AWS's conventions (a member's own constraints become a
shape named ``<Structure><Member><Type>``, patterns and lengths as botocore writes
them). The botocore front end's builder then makes the IR, so both forms share every
check and every name, and a revision published in both forms gives the same client.
A problem the builder finds in the lowered documents is reported at its place in the
AST (:class:`_Origins`). What only Smithy has is added after the build: ``@examples``,
and the knowledge that an operation without ``@readonly``/``@idempotent`` is neither.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

from ..docs.markdown import html_to_markdown
from ..errors import ModelError, json_pointer, pointer_parts
from ..model.endpoint_tests import check_endpoint_tests
from ..model.example_checks import fitting_examples
from ..model.ir import Example, Service
from . import botocore
from .schemas import load_json, validate_model_file

PRELUDE = "smithy.api"
UNIT = "smithy.api#Unit"
# The prelude's shapes a model may target, by type (``smithy.api#Unit`` aside).
PRELUDE_TYPES = {
    "String": "string",
    "Blob": "blob",
    "BigInteger": "bigInteger",
    "BigDecimal": "bigDecimal",
    "Timestamp": "timestamp",
    "Document": "document",
    "Boolean": "boolean",
    "PrimitiveBoolean": "boolean",
    "Byte": "byte",
    "PrimitiveByte": "byte",
    "Short": "short",
    "PrimitiveShort": "short",
    "Integer": "integer",
    "PrimitiveInteger": "integer",
    "Long": "long",
    "PrimitiveLong": "long",
    "Float": "float",
    "PrimitiveFloat": "float",
    "Double": "double",
    "PrimitiveDouble": "double",
}
# Smithy simple types as botocore writes them.
_BOTOCORE_TYPES = {
    "string": "string",
    "blob": "blob",
    "boolean": "boolean",
    "byte": "byte",
    "short": "short",
    "integer": "integer",
    "intEnum": "integer",
    "long": "long",
    "float": "float",
    "double": "double",
    "timestamp": "timestamp",
    "enum": "string",
    "list": "list",
    "set": "list",
    "map": "map",
    "structure": "structure",
    "union": "structure",
    "document": "structure",
}
# Protocol traits and botocore's names for them.
PROTOCOL_TRAITS = {
    "aws.protocols#awsJson1_0": "json",
    "aws.protocols#awsJson1_1": "json",
    "smithy.protocols#rpcv2Cbor": "smithy-rpc-v2-cbor",
    "aws.protocols#restJson1": "rest-json",
    "aws.protocols#restXml": "rest-xml",
    "aws.protocols#awsQuery": "query",
    "aws.protocols#ec2Query": "ec2",
}
# Smithy's timestamp formats as botocore names them.
TIMESTAMP_FORMATS = {
    "date-time": "iso8601",
    "epoch-seconds": "unixTimestamp",
    "http-date": "rfc822",
}
JSON_VERSIONS = {"aws.protocols#awsJson1_0": "1.0", "aws.protocols#awsJson1_1": "1.1"}
# Smithy waiters have no attempt limit (the caller gives a wait time); a wait method
# here takes ``max_attempts``, so a waiter gets as many as fit in this many seconds.
WAITER_DEFAULT_WAIT = 600
# Traits carried into the lowered documents (and so into the IR).
CARRIED_TRAITS = frozenset(
    {
        "aws.api#service",
        "aws.auth#sigv4",
        "aws.protocols#awsQueryCompatible",
        "aws.protocols#awsQueryError",
        "aws.api#clientDiscoveredEndpoint",
        *PROTOCOL_TRAITS,
        "smithy.api#documentation",
        "smithy.api#title",
        "smithy.api#required",
        "smithy.api#idempotencyToken",
        "smithy.api#sensitive",
        "smithy.api#deprecated",
        "smithy.api#timestampFormat",
        "smithy.api#error",
        "smithy.api#httpError",
        "smithy.api#retryable",
        "smithy.api#length",
        "smithy.api#range",
        "smithy.api#pattern",
        "smithy.api#paginated",
        "smithy.api#enumValue",
        "smithy.api#examples",
        "smithy.api#readonly",
        "smithy.api#idempotent",
        "smithy.api#hostLabel",
        "smithy.api#endpoint",
        "smithy.api#streaming",
        "smithy.api#sparse",
        "smithy.waiters#waitable",
        "smithy.rules#endpointRuleSet",
        "smithy.rules#endpointTests",
        "smithy.rules#contextParam",
        "smithy.rules#staticContextParams",
        "smithy.rules#operationContextParams",
        "smithy.rules#clientContextParams",
    }
)
# Traits that change nothing for a Python awsJson client, and why.
NO_EFFECT_TRAITS = {
    "smithy.api#default": "the client sends only what the caller sets; the service applies defaults",
    "smithy.api#addedDefault": "the client sends only what the caller sets",
    "smithy.api#clientOptional": "every Python member is optional already",
    "smithy.api#input": "naming only: the operation says which shape is its input",
    "smithy.api#output": "naming only: the operation says which shape is its output",
    "smithy.api#jsonName": "the awsJson protocols ignore jsonName (only restJson1 uses it)",
    "smithy.api#http": "awsJson sends every call as POST /",
    "smithy.api#httpHeader": "the awsJson protocols ignore HTTP bindings: the member is in the body",
    "smithy.api#httpLabel": "the awsJson protocols ignore HTTP bindings: the member is in the body",
    "smithy.api#httpQuery": "the awsJson protocols ignore HTTP bindings: the member is in the body",
    "smithy.api#httpQueryParams": "the awsJson protocols ignore HTTP bindings",
    "smithy.api#httpPayload": "the awsJson protocols ignore HTTP bindings",
    "smithy.api#httpPrefixHeaders": "the awsJson protocols ignore HTTP bindings",
    "smithy.api#httpResponseCode": "the awsJson protocols ignore HTTP bindings",
    "smithy.api#cors": "browsers only",
    "smithy.api#xmlName": "XML only",
    "smithy.api#xmlNamespace": "XML only",
    "smithy.api#xmlFlattened": "XML only",
    "smithy.api#xmlAttribute": "XML only",
    "smithy.api#uniqueItems": "values are sent as given; the service checks them",
    "smithy.api#mixin": "mixins are applied to the shapes that use them",
    "smithy.api#suppress": "model validation only",
    "smithy.api#tags": "model bookkeeping",
    "smithy.api#since": "model bookkeeping",
    "smithy.api#unstable": "model bookkeeping",
    "smithy.api#internal": "model bookkeeping",
    "smithy.api#private": "model bookkeeping",
    "smithy.api#recommended": "model validation only",
    "smithy.api#externalDocumentation": "links for the service's own docs",
    "smithy.api#references": "resource bookkeeping",
    "smithy.api#resourceIdentifier": "resource bookkeeping",
    "smithy.api#noReplace": "resource bookkeeping",
    "smithy.api#nestedProperties": "resource bookkeeping",
    "smithy.api#property": "resource bookkeeping",
    "smithy.api#notProperty": "resource bookkeeping",
    "smithy.api#auth": "every operation is signed with SigV4",
    "smithy.api#optionalAuth": "every operation is signed with SigV4",
    "smithy.api#requestCompression": "requests are sent uncompressed; compression is optional",
    "smithy.api#eventHeader": "event streams are refused or skipped",
    "smithy.api#eventPayload": "event streams are refused or skipped",
    "smithy.api#requiresLength": "streaming uploads only",
    "smithy.test#smokeTests": "tests that call the real service",
    "smithy.test#httpRequestTests": "protocol compliance tests",
    "smithy.test#httpResponseTests": "protocol compliance tests",
    "aws.api#arn": "ARN templates for documentation",
    "aws.api#arnReference": "ARN templates for documentation",
    "aws.api#data": "data classification for AWS tooling",
    "aws.api#controlPlane": "AWS tooling",
    "aws.api#dataPlane": "AWS tooling",
    "aws.api#tagEnabled": "AWS tooling",
    "aws.api#taggable": "AWS tooling",
    "aws.api#clientEndpointDiscovery": "endpoint discovery is off; calls go to the regional endpoint",
    "aws.api#clientEndpointDiscoveryId": "endpoint discovery is off",
    "aws.auth#unsignedPayload": "awsJson payloads are always signed",
    "aws.protocols#httpChecksum": "awsJson bodies carry no checksum",
    "aws.endpoints#standardRegionalEndpoints": "the endpoint rule set decides the endpoint",
    "aws.endpoints#dualStackOnlyEndpoints": "the endpoint rule set decides the endpoint",
    "aws.endpoints#standardPartitionalEndpoints": "the endpoint rule set decides the endpoint",
    "aws.endpoints#rulesBasedEndpoints": "the endpoint rule set decides the endpoint",
}
# Trait namespaces that are IAM and CloudFormation metadata, none of which a client uses.
NO_EFFECT_NAMESPACES = {
    "aws.iam": "IAM policy metadata",
    "aws.cloudformation": "CloudFormation metadata",
}


def locate(path: Path) -> Path | None:
    """The Smithy AST at ``path``: a ``.json`` file holding one, or a folder of them."""
    if path.is_dir():
        return path if ast_files(path) else None
    return path if path.suffix == ".json" and _is_ast(path) else None


def ast_files(folder: Path) -> list[Path]:
    """The Smithy ASTs of a folder (other JSON files there, such as ``release.json``, aside)."""
    return [file for file in sorted(folder.glob("*.json")) if _is_ast(file)]


def _is_ast(file: Path) -> bool:
    """Does the file start like a Smithy JSON AST (``{"smithy": ...``)?"""
    try:
        with file.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return re.match(rb'\s*\{\s*"smithy"\s*:', head) is not None


def load_model(path: Path, *, skip_unsupported: bool = False) -> Service:
    """Load, validate and normalize the Smithy AST at ``path`` (a file or folder) into the IR."""
    model = _Model(path)
    lowered = _Lowering(model).lower()
    try:
        for document, kind in (
            (lowered.service, "service"),
            (lowered.paginators, "paginators"),
            (lowered.waiters, "waiters"),
        ):
            validate_model_file(document, kind, model.file)
        service = botocore.build_service(
            lowered.service,
            model.file,
            paginators=lowered.paginators,
            paginators_file=model.file,
            waiters=lowered.waiters,
            waiters_file=model.file,
            endpoint_rule_set=lowered.rule_set,
            skip_unsupported=skip_unsupported,
        )
    except ModelError as error:
        raise lowered.origins.relocate(error) from None
    return _add_smithy_facts(service, model, lowered)


# -- reading and checking the AST ------------------------------------------------


class _Model:
    """The merged AST: shapes by id, checked against the schema and for references."""

    def __init__(self, path: Path) -> None:
        files = ast_files(path) if path.is_dir() else [path]
        self.file = files[0] if len(files) == 1 else path
        self.shapes: dict[str, dict[str, Any]] = {}
        self.shape_files: dict[str, Path] = {}
        applies: list[tuple[Path, str, dict[str, Any]]] = []
        for file in files:
            document = load_json(file)
            validate_model_file(document, "smithy", file)
            for shape_id, shape in cast("dict[str, Any]", document).get("shapes", {}).items():
                if shape["type"] == "apply":
                    applies.append((file, shape_id, shape))
                    continue
                if shape_id in self.shapes:
                    raise ModelError(
                        file,
                        json_pointer("shapes", shape_id),
                        f"shape {shape_id!r} is also defined in {self.shape_files[shape_id]}",
                        "define each shape once",
                    )
                self.shapes[shape_id] = shape
                self.shape_files[shape_id] = file
        self.check_references()
        self.resolve_mixins()
        for file, shape_id, shape in applies:
            self.apply(file, shape_id, shape)

    def error(self, shape_id: str, problem: str, hint: str = "", *path: str | int) -> ModelError:
        file = self.shape_files.get(shape_id.split("$")[0], self.file)
        return ModelError(file, json_pointer("shapes", shape_id, *path), problem, hint)

    def references(self) -> Iterator[tuple[str, tuple[str | int, ...], str]]:
        """(shape id, path inside it, target) for every shape reference of the model."""
        for shape_id, shape in self.shapes.items():
            for name, member in shape.get("members", {}).items():
                yield shape_id, ("members", name, "target"), member["target"]
            for key in ("member", "key", "value", "input", "output", *_LIFECYCLE):
                if key in shape:
                    yield shape_id, (key, "target"), shape[key]["target"]
            for key in ("operations", "collectionOperations", "resources", "errors", "mixins"):
                for index, ref in enumerate(shape.get(key, [])):
                    yield shape_id, (key, index, "target"), ref["target"]
            for name, ref in shape.get("identifiers", {}).items():
                yield shape_id, ("identifiers", name, "target"), ref["target"]

    def check_references(self) -> None:
        for shape_id, path, target in self.references():
            if target not in self.shapes and not _is_prelude(target):
                raise self.error(
                    shape_id,
                    f"reference to undefined shape {target!r}",
                    "define the shape or fix the shape id",
                    *path,
                )

    def resolve_mixins(self) -> None:
        """Copy each mixin's members and traits into the shapes that use it."""
        done: set[str] = set()
        for shape_id in list(self.shapes):
            self.mix(shape_id, done, ())

    def mix(self, shape_id: str, done: set[str], chain: tuple[str, ...]) -> None:
        if shape_id in done:
            return
        if shape_id in chain:
            cycle = " -> ".join((*chain[chain.index(shape_id) :], shape_id))
            raise self.error(chain[0], f"mixin cycle: {cycle}", "break the cycle", "mixins")
        shape = self.shapes[shape_id]
        members: dict[str, Any] = {}
        traits: dict[str, Any] = {}
        for ref in shape.get("mixins", []):
            mixin = self.shapes.get(ref["target"])
            if mixin is None or "smithy.api#mixin" not in mixin.get("traits", {}):
                raise self.error(
                    shape_id,
                    f"{ref['target']!r} is not a mixin",
                    "mark it with smithy.api#mixin or remove it from mixins",
                    "mixins",
                )
            self.mix(ref["target"], done, (*chain, shape_id))
            local = set(mixin["traits"]["smithy.api#mixin"].get("localTraits", []))
            local.add("smithy.api#mixin")
            traits.update({k: v for k, v in mixin.get("traits", {}).items() if k not in local})
            for name, member in mixin.get("members", {}).items():
                members[name] = {
                    "target": member["target"],
                    "traits": dict(member.get("traits", {})),
                }
        if shape.get("mixins"):
            for name, member in shape.get("members", {}).items():
                inherited = members.get(name, {"traits": {}})
                merged = {**inherited.get("traits", {}), **member.get("traits", {})}
                members[name] = {
                    "target": member.get("target", inherited.get("target")),
                    "traits": merged,
                }
            traits.update(shape.get("traits", {}))
            shape = {**shape, "members": members, "traits": traits}
            shape.pop("mixins")
            self.shapes[shape_id] = shape
        done.add(shape_id)

    def apply(self, file: Path, target: str, shape: dict[str, Any]) -> None:
        """An ``apply`` entry: its traits join those of the shape or member it names."""
        shape_id, _, member = target.partition("$")
        owner = self.shapes.get(shape_id)
        holder = owner.get("members", {}).get(member) if owner and member else owner
        if holder is None:
            raise ModelError(
                file,
                json_pointer("shapes", target),
                f"apply names {target!r}, which is not defined",
                "fix the shape id",
            )
        holder.setdefault("traits", {}).update(shape.get("traits", {}))

    def service_id(self) -> str:
        services = [shape_id for shape_id, s in self.shapes.items() if s["type"] == "service"]
        if len(services) != 1:
            found = ", ".join(services) or "none"
            raise ModelError(
                self.file,
                "/shapes",
                f"expected exactly one service shape, found {found}",
                "generate from a model with one service",
            )
        return services[0]


_LIFECYCLE = ("create", "put", "read", "update", "delete", "list")


def _is_prelude(shape_id: str) -> bool:
    namespace, _, name = shape_id.partition("#")
    return namespace == PRELUDE and (name in PRELUDE_TYPES or shape_id == UNIT)


# -- lowering into botocore's documents ------------------------------------------


def lower(path: Path) -> Lowered:
    """The service of the Smithy AST at ``path`` as botocore's documents (checked, not built).

    What :func:`load_model` builds the IR from; also what botocore itself can load.
    """
    return _Lowering(_Model(path)).lower()


@dataclasses.dataclass
class Lowered:
    """The service's closure as botocore's documents, and where each part came from."""

    service: dict[str, Any]
    paginators: dict[str, Any]
    waiters: dict[str, Any]
    rule_set: dict[str, Any] | None
    origins: _Origins
    service_id: str
    operation_ids: dict[str, str]  # botocore operation name -> shape id


class _Origins:
    """Where each part of the lowered documents came from in the AST, to report problems there."""

    # botocore keys and the Smithy trait that holds the same fact.
    KEY_TRAITS = {
        "pattern": "smithy.api#pattern",
        "min": "smithy.api#length",
        "max": "smithy.api#length",
        "hostPrefix": "smithy.api#endpoint",
        "contextParam": "smithy.rules#contextParam",
        "staticContextParams": "smithy.rules#staticContextParams",
        "operationContextParams": "smithy.rules#operationContextParams",
        "idempotencyToken": "smithy.api#idempotencyToken",
        "timestampFormat": "smithy.api#timestampFormat",
    }

    def __init__(self, model: _Model) -> None:
        self.model = model
        self.prefixes: dict[str, tuple[Path, str]] = {}

    def add(self, lowered_pointer: str, shape_id: str, *path: str | int) -> None:
        file = self.model.shape_files.get(shape_id.split("$")[0], self.model.file)
        self.prefixes[lowered_pointer] = (file, json_pointer("shapes", shape_id, *path))

    def relocate(self, error: ModelError) -> ModelError:
        """``error`` (about the lowered documents) pointing into the AST instead."""
        pointer = error.pointer
        while pointer and pointer not in self.prefixes:
            pointer = pointer.rsplit("/", 1)[0]
        if not pointer:
            return ModelError(self.model.file, "", error.problem, error.hint)
        file, target = self.prefixes[pointer]
        rest = error.pointer[len(pointer) :].split("/")[1:]
        if rest and rest[0] == "members":
            target += "/" + "/".join(rest[:2])
            rest = rest[2:]
        if rest and rest[0] in self.KEY_TRAITS:
            target += json_pointer("traits", self.KEY_TRAITS[rest[0]])
        return type(error)(file, target, error.problem, error.hint)


class _Lowering:
    """The service's closure as botocore's documents."""

    def __init__(self, model: _Model) -> None:
        self.model = model
        self.service_id = model.service_id()
        self.service = model.shapes[self.service_id]
        self.renames: dict[str, str] = self.service.get("rename", {})
        self.origins = _Origins(model)
        self.shapes: dict[str, dict[str, Any]] = {}  # botocore name -> botocore shape
        self.names: dict[str, str] = {}  # shape id -> botocore name

    # -- names and traits ----------------------------------------------------

    def name(self, shape_id: str) -> str:
        """The botocore name of a shape: its name without namespace, or its rename."""
        return self.renames.get(shape_id, shape_id.partition("#")[2])

    def traits(
        self, shape_id: str, traits: Mapping[str, Any], *path: str | int
    ) -> Mapping[str, Any]:
        """``traits`` (of the shape or member at ``path``), each known and its value checked."""
        try:
            validate_model_file(traits, "smithy-traits", self.model.file)
        except ModelError as error:
            raise self.model.error(
                shape_id, error.problem, error.hint, *path, "traits", *pointer_parts(error.pointer)
            ) from None
        for trait in traits:
            if trait in CARRIED_TRAITS or trait in NO_EFFECT_TRAITS:
                continue
            if trait.partition("#")[0] in NO_EFFECT_NAMESPACES:
                continue
            raise self.model.error(
                shape_id,
                f"trait {trait!r} is not supported by this generator",
                "remove it, or extend generator/loaders/smithy.py to carry it or list why it "
                "has no effect",
                *path,
                "traits",
                trait,
            )
        return traits

    # -- the whole service ---------------------------------------------------

    def lower(self) -> Lowered:
        service_traits = self.traits(self.service_id, self.service.get("traits", {}))
        operation_ids = self.operation_ids()
        service_errors = [ref["target"] for ref in self.service.get("errors", [])]
        operations = {}
        paginators: dict[str, Any] = {}
        waiters: dict[str, Any] = {}
        for name, shape_id in operation_ids.items():
            operations[name] = self.operation(name, shape_id, service_errors)
            traits = self.model.shapes[shape_id].get("traits", {})
            if "smithy.api#paginated" in traits:
                paginators[name] = self.paginator(
                    traits["smithy.api#paginated"], service_traits.get("smithy.api#paginated", {})
                )
                self.origins.add(
                    json_pointer("pagination", name), shape_id, "traits", "smithy.api#paginated"
                )
            for waiter, spec in traits.get("smithy.waiters#waitable", {}).items():
                waiters[waiter] = self.waiter(name, spec)
                self.origins.add(
                    json_pointer("waiters", waiter),
                    shape_id,
                    "traits",
                    "smithy.waiters#waitable",
                    waiter,
                )
        document: dict[str, Any] = {
            "version": "2.0",
            "metadata": self.metadata(service_traits),
            "operations": operations,
            "shapes": self.used_shapes(operations),
            "documentation": service_traits.get("smithy.api#documentation", ""),
        }
        client_params = service_traits.get("smithy.rules#clientContextParams")
        if client_params:
            document["clientContextParams"] = client_params
        self.origins.add("/metadata", self.service_id, "traits")
        self.origins.add(
            "/clientContextParams", self.service_id, "traits", "smithy.rules#clientContextParams"
        )
        return Lowered(
            service=document,
            paginators={"pagination": paginators},
            waiters={"version": 2, "waiters": waiters},
            rule_set=self.rule_set(service_traits),
            origins=self.origins,
            service_id=self.service_id,
            operation_ids=operation_ids,
        )

    def used_shapes(self, operations: Mapping[str, Any]) -> dict[str, Any]:
        """The lowered shapes that operations reach, by name.

        A shape lowered only to be copied into a member's constrained shape
        (see :meth:`constrained`) is left out, as AWS's conversion leaves it.
        """
        used: set[str] = set()
        stack = [
            ref["shape"]
            for operation in operations.values()
            for ref in (
                operation.get("input"),
                operation.get("output"),
                *operation.get("errors", []),
            )
            if ref
        ]
        while stack:
            name = stack.pop()
            if name in used:
                continue
            used.add(name)
            shape = self.shapes[name]
            stack.extend(member["shape"] for member in shape.get("members", {}).values())
            stack.extend(shape[key]["shape"] for key in ("member", "key", "value") if key in shape)
        return {name: self.shapes[name] for name in sorted(used)}

    def rule_set(self, traits: Mapping[str, Any]) -> dict[str, Any] | None:
        """The ``smithy.rules#endpointRuleSet``, checked like botocore's rules file."""
        rule_set = traits.get("smithy.rules#endpointRuleSet")
        if rule_set is not None:
            try:
                validate_model_file(rule_set, "endpoint-rules", self.model.file)
            except ModelError as error:
                raise self.model.error(
                    self.service_id,
                    error.problem,
                    error.hint,
                    "traits",
                    "smithy.rules#endpointRuleSet",
                    *pointer_parts(error.pointer),
                ) from None
        return rule_set

    def operation_ids(self) -> dict[str, str]:
        """Every operation of the service, its resources' included: botocore name -> id."""
        found: dict[str, str] = {}
        stack = [self.service_id]
        seen: set[str] = set()
        while stack:
            container = stack.pop()
            if container in seen:
                continue
            seen.add(container)
            shape = self.model.shapes[container]
            for key in ("operations", "collectionOperations", *_LIFECYCLE):
                refs = shape.get(key, [])
                for ref in refs if isinstance(refs, list) else [refs]:
                    target = ref["target"]
                    if self.model.shapes[target]["type"] != "operation":
                        raise self.model.error(
                            container, f"{target!r} is not an operation", "", key
                        )
                    name = self.name(target)
                    if found.setdefault(name, target) != target:
                        raise self.model.error(
                            target,
                            f"operations {found[name]!r} and {target!r} have the same name",
                            "rename one in the service's rename map",
                        )
            self.traits(container, shape.get("traits", {}))
            for ref in shape.get("resources", []):
                if self.model.shapes[ref["target"]]["type"] != "resource":
                    raise self.model.error(
                        container, f"{ref['target']!r} is not a resource", "", "resources"
                    )
                stack.append(ref["target"])
        return dict(sorted(found.items()))

    def metadata(self, traits: Mapping[str, Any]) -> dict[str, Any]:
        aws = traits.get("aws.api#service", {})
        sigv4 = traits.get("aws.auth#sigv4", {})
        protocols = [PROTOCOL_TRAITS[t] for t in traits if t in PROTOCOL_TRAITS]
        json_version = next((JSON_VERSIONS[t] for t in traits if t in JSON_VERSIONS), None)
        name = self.service_id.partition("#")[2]
        endpoint_prefix = aws.get("endpointPrefix") or sigv4.get("name") or name.lower()
        version = self.service.get("version", "")
        metadata: dict[str, Any] = {
            "apiVersion": version,
            "endpointPrefix": endpoint_prefix,
            "protocol": protocols[0] if protocols else "",
            "protocols": protocols,
            "serviceFullName": traits.get("smithy.api#title", aws.get("sdkId", name)),
            "serviceId": aws.get("sdkId", name),
            "signatureVersion": "v4",
            "signingName": sigv4.get("name", endpoint_prefix),
            "targetPrefix": name,
            "uid": f"{endpoint_prefix}-{version}",
        }
        if json_version is not None:
            metadata["jsonVersion"] = json_version
        if "aws.protocols#awsQueryCompatible" in traits:
            metadata["awsQueryCompatible"] = {}
        return metadata

    # -- operations ----------------------------------------------------------

    def operation(self, name: str, shape_id: str, service_errors: list[str]) -> dict[str, Any]:
        shape = self.model.shapes[shape_id]
        traits = self.traits(shape_id, shape.get("traits", {}))
        self.origins.add(json_pointer("operations", name), shape_id)
        result: dict[str, Any] = {"name": name, "http": {"method": "POST", "requestUri": "/"}}
        for key in ("input", "output"):
            target = shape.get(key, {}).get("target", UNIT)
            if target != UNIT:
                result[key] = {"shape": self.shape(target)}
                self.origins.add(json_pointer("operations", name, key), shape_id, key)
        errors = [ref["target"] for ref in shape.get("errors", [])] + service_errors
        if errors:
            result["errors"] = [{"shape": self.shape(target)} for target in errors]
        if "smithy.api#documentation" in traits:
            result["documentation"] = traits["smithy.api#documentation"]
        for trait, key in (
            ("smithy.api#idempotent", "idempotent"),
            ("smithy.api#readonly", "readonly"),
            ("smithy.api#deprecated", "deprecated"),
        ):
            if trait in traits:
                result[key] = True
        if "smithy.api#endpoint" in traits:
            result["endpoint"] = {"hostPrefix": traits["smithy.api#endpoint"]["hostPrefix"]}
        if "aws.api#clientDiscoveredEndpoint" in traits:
            required = traits["aws.api#clientDiscoveredEndpoint"].get("required", False)
            result["endpointdiscovery"] = {"required": True} if required else {}
        for trait, key in (
            ("smithy.rules#staticContextParams", "staticContextParams"),
            ("smithy.rules#operationContextParams", "operationContextParams"),
        ):
            if trait in traits:
                result[key] = traits[trait]
                self.origins.add(json_pointer("operations", name, key), shape_id, "traits", trait)
        return result

    def paginator(self, spec: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
        merged = {**defaults, **spec}
        result: dict[str, Any] = {
            "input_token": merged.get("inputToken"),
            "output_token": merged.get("outputToken"),
        }
        if "pageSize" in merged:
            result["limit_key"] = merged["pageSize"]
        if "items" in merged:
            result["result_key"] = merged["items"]
        return result

    def waiter(self, operation: str, spec: Mapping[str, Any]) -> dict[str, Any]:
        delay = spec.get("minDelay", 2)
        result: dict[str, Any] = {
            "delay": delay,
            "operation": operation,
            "maxAttempts": math.ceil(WAITER_DEFAULT_WAIT / delay),
            "acceptors": [self.acceptor(acceptor) for acceptor in spec["acceptors"]],
        }
        if "documentation" in spec:
            result["description"] = spec["documentation"]
        return result

    def acceptor(self, acceptor: Mapping[str, Any]) -> dict[str, Any]:
        state = acceptor["state"]
        matcher = acceptor["matcher"]
        if "success" in matcher:
            return (
                {"state": state, "matcher": "status", "expected": 200}
                if matcher["success"]
                else {"state": state, "matcher": "error", "expected": True}
            )
        if "errorType" in matcher:
            return {"state": state, "matcher": "error", "expected": matcher["errorType"]}
        path = matcher.get("output") or matcher.get("inputOutput")
        kind = {
            "stringEquals": "path",
            "booleanEquals": "path",
            "allStringEquals": "pathAll",
            "anyStringEquals": "pathAny",
        }[path["comparator"]]
        expected: Any = path["expected"]
        if path["comparator"] == "booleanEquals":
            expected = expected == "true"
        return {"state": state, "matcher": kind, "argument": path["path"], "expected": expected}

    # -- shapes --------------------------------------------------------------

    def shape(self, shape_id: str) -> str:
        """The botocore name of ``shape_id``, lowering it (and what it reaches) on first use."""
        if shape_id in self.names:
            return self.names[shape_id]
        name = self.name(shape_id)
        if name in self.shapes:
            raise self.model.error(
                shape_id,
                f"shape name {name!r} is also the name of another shape of the service",
                "rename one in the service's rename map",
            )
        self.names[shape_id] = name
        if _is_prelude(shape_id):
            kind = PRELUDE_TYPES[name]
            self.shapes[name] = (
                {"type": "structure", "members": {}, "document": True}
                if (kind == "document")
                else {"type": _BOTOCORE_TYPES.get(kind, kind)}
            )
            return name
        self.shapes[name] = {}  # reserved: a recursive reference finds it
        self.shapes[name] = self.lower_shape(shape_id, name)
        return name

    def lower_shape(self, shape_id: str, name: str) -> dict[str, Any]:
        raw = self.model.shapes[shape_id]
        kind = raw["type"]
        traits = self.traits(shape_id, raw.get("traits", {}))
        self.origins.add(json_pointer("shapes", name), shape_id)
        if kind not in _BOTOCORE_TYPES:
            raise self.model.error(
                shape_id,
                f"a {kind} cannot be used as a value",
                "target a structure, union, list, map, enum or simple shape",
                "type",
            )
        result: dict[str, Any] = {"type": _BOTOCORE_TYPES[kind]}
        result.update(self.shape_traits(traits))
        if kind == "union":
            result["union"] = True
        if kind == "document":
            result["document"] = True
        if kind == "enum":
            result["enum"] = [
                self.enum_value(shape_id, member_name, member)
                for member_name, member in raw.get("members", {}).items()
            ]
        elif kind in ("structure", "union"):
            result["members"] = {}
            required = []
            for member_name, member in raw.get("members", {}).items():
                member_traits = self.traits(
                    shape_id, member.get("traits", {}), "members", member_name
                )
                result["members"][member_name] = self.member(
                    shape_id, name, member_name, member["target"], member_traits
                )
                if "smithy.api#required" in member_traits:
                    required.append(member_name)
            if required:
                result["required"] = required
        elif kind in ("list", "set", "map"):
            for key in ("member",) if kind != "map" else ("key", "value"):
                member = raw[key]
                member_traits = self.traits(shape_id, member.get("traits", {}), key)
                result[key] = self.member(shape_id, name, key, member["target"], member_traits)
        if "smithy.api#streaming" in traits:
            result["eventstream" if kind == "union" else "streaming"] = True
        return result

    def enum_value(self, shape_id: str, member_name: str, member: Mapping[str, Any]) -> str:
        traits = self.traits(shape_id, member.get("traits", {}), "members", member_name)
        value = traits.get("smithy.api#enumValue", member_name)
        if not isinstance(value, str):
            raise self.model.error(
                shape_id,
                f"enum value {value!r} is not a string",
                "an enum's values are strings (use an intEnum for numbers)",
                "members",
                member_name,
            )
        return value

    def shape_traits(self, traits: Mapping[str, Any]) -> dict[str, Any]:
        """The botocore keys of a shape's (or a member's own) traits."""
        result: dict[str, Any] = {}
        if "smithy.api#documentation" in traits:
            result["documentation"] = traits["smithy.api#documentation"]
        if "smithy.api#sensitive" in traits:
            result["sensitive"] = True
        if "smithy.api#deprecated" in traits:
            result["deprecated"] = True
        if "smithy.api#sparse" in traits:
            result["sparse"] = True
        if "smithy.api#timestampFormat" in traits:
            result["timestampFormat"] = TIMESTAMP_FORMATS[traits["smithy.api#timestampFormat"]]
        result.update(_constraints(traits))
        if "smithy.api#error" in traits:
            result.update(self.error_traits(traits))
        return result

    def error_traits(self, traits: Mapping[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {"exception": True}
        error: dict[str, Any] = {}
        query_error = traits.get("aws.protocols#awsQueryError")
        if query_error:
            error["code"] = query_error["code"]
            error["httpStatusCode"] = query_error["httpResponseCode"]
        elif "smithy.api#httpError" in traits:
            error["httpStatusCode"] = traits["smithy.api#httpError"]
        if traits["smithy.api#error"] == "server":
            result["fault"] = True
        else:
            error["senderFault"] = True
        if error:
            result["error"] = error
        if "smithy.api#retryable" in traits:
            result["retryable"] = {
                "throttling": bool(traits["smithy.api#retryable"].get("throttling"))
            }
        return result

    def member(
        self,
        owner_id: str,
        owner: str,
        member_name: str,
        target: str,
        traits: Mapping[str, Any],
    ) -> dict[str, Any]:
        """A botocore member; its own constraints give it a shape of its own (AWS's rule)."""
        target_name = self.shape(target)
        constraints = _constraints(traits)
        if constraints:
            target_name = self.constrained(owner, member_name, target_name, constraints)
            self.origins.add(json_pointer("shapes", target_name), owner_id, "members", member_name)
        result: dict[str, Any] = {"shape": target_name}
        if "smithy.api#documentation" in traits:
            result["documentation"] = traits["smithy.api#documentation"]
        for trait, key in (
            ("smithy.api#idempotencyToken", "idempotencyToken"),
            ("smithy.api#hostLabel", "hostLabel"),
            ("smithy.api#deprecated", "deprecated"),
        ):
            if trait in traits:
                result[key] = True
        if "smithy.api#timestampFormat" in traits:
            result["timestampFormat"] = TIMESTAMP_FORMATS[traits["smithy.api#timestampFormat"]]
        if "smithy.rules#contextParam" in traits:
            result["contextParam"] = traits["smithy.rules#contextParam"]
        return result

    def constrained(
        self, owner: str, member_name: str, target: str, constraints: Mapping[str, Any]
    ) -> str:
        """A copy of ``target`` with a member's own constraints, named as AWS names it."""
        base = self.shapes[target]
        suffix = base["type"][:1].upper() + base["type"][1:]
        name = f"{owner}{member_name}{suffix}"
        shape = {k: v for k, v in base.items() if k != "documentation"}
        shape.update(constraints)
        if name in self.shapes and self.shapes[name] != shape:
            raise ModelError(
                self.model.file,
                "/shapes",
                f"the constrained member {owner}.{member_name} needs the shape name {name!r}, "
                "which another shape has",
                "rename that shape in the service's rename map",
            )
        self.shapes[name] = shape
        return name


def _constraints(traits: Mapping[str, Any]) -> dict[str, Any]:
    """``length``, ``range`` and ``pattern`` as botocore's ``min``, ``max`` and ``pattern``."""
    result: dict[str, Any] = {}
    length = traits.get("smithy.api#length")
    if length is not None:
        result.update({k: v for k, v in length.items() if k in ("min", "max")})
    bounds = traits.get("smithy.api#range")
    if bounds is not None:
        result.update({k: _number(v) for k, v in bounds.items() if k in ("min", "max")})
    if "smithy.api#pattern" in traits:
        result["pattern"] = _unanchored(traits["smithy.api#pattern"])
    return result


def _unanchored(pattern: str) -> str:
    """A pattern as botocore writes it: without a leading ``^`` or a trailing ``$``.

    AWS services match a pattern against the whole value, so the anchors that a
    Smithy pattern (a search, by the spec) needs say nothing more there; AWS's own
    conversion drops them, and so does this one, so both forms give one pattern.
    """
    if pattern.startswith("^"):
        pattern = pattern[1:]
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1]
    return pattern


def _number(value: Any) -> Any:
    """A range bound as botocore writes it: a whole number as an int."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# -- what only Smithy says -------------------------------------------------------


def _add_smithy_facts(service: Service, model: _Model, lowered: Lowered) -> Service:
    """The IR with ``@examples``, the endpoint tests and whether idempotency is known.

    Idempotency is known when the model marks at least one operation ``@readonly``:
    a model that marks none (several AWS models do, reads included) does not use the
    traits, so their absence says nothing there, as in botocore.
    """
    operations = []
    warnings = list(service.warnings)
    for operation in service.operations:
        shape_id = lowered.operation_ids[operation.name]
        raw = model.shapes[shape_id].get("traits", {}).get("smithy.api#examples", [])
        pointer = json_pointer("shapes", shape_id, "traits", "smithy.api#examples")
        examples, misfits = fitting_examples(
            service.shapes,
            operation,
            ((f"{pointer}/{index}", _example(spec)) for index, spec in enumerate(raw)),
            model.shape_files[shape_id],
        )
        warnings.extend(misfits)
        operations.append(dataclasses.replace(operation, examples=examples))
    service = dataclasses.replace(
        service,
        operations=tuple(operations),
        warnings=tuple(warnings),
        idempotency_known=any(operation.readonly for operation in service.operations),
    )
    return dataclasses.replace(service, endpoint_tests=_endpoint_tests(service, model, lowered))


def _endpoint_tests(
    service: Service, model: _Model, lowered: Lowered
) -> tuple[dict[str, Any], ...]:
    """The ``smithy.rules#endpointTests`` cases, checked like botocore's tests file."""
    trait = "smithy.rules#endpointTests"
    spec = model.shapes[lowered.service_id].get("traits", {}).get(trait)
    if spec is None:
        return ()
    file = model.shape_files[lowered.service_id]
    pointer = json_pointer("shapes", lowered.service_id, "traits", trait)
    try:
        validate_model_file(spec, "endpoint-tests", file)
    except ModelError as error:
        raise ModelError(file, pointer + error.pointer, error.problem, error.hint) from None
    check_endpoint_tests(service, spec["testCases"], file, pointer + "/testCases")
    return tuple(spec["testCases"])


def _example(spec: Mapping[str, Any]) -> Example:
    error = spec.get("error")
    return Example(
        title=spec.get("title", ""),
        documentation=html_to_markdown(spec.get("documentation", "")),
        input=dict(spec.get("input", {})),
        output=dict(spec["output"]) if "output" in spec else None,
        error=error["shapeId"].partition("#")[2] if error else "",
    )
