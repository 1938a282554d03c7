"""Read a botocore model folder, validate it, and normalize it into the IR.

Order of work: each file is parsed and validated against our JSON Schema
(``generator/loaders/schemas``); then cross-references are checked (every shape
reference resolves, every name is a usable identifier); then the IR is
built. Every trait met is either carried into the IR, listed in
``NO_EFFECT_*`` with the reason it changes nothing for a Python awsJson
client, or rejected by name with a :class:`ModelError`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, cast

from ..model import context_params, naming, paging
from ..model.endpoint_tests import check_endpoint_tests
from ..docs.markdown import first_sentence, html_to_markdown
from ..errors import ModelError, UnsupportedFeature, json_pointer, pointer_parts
from ..model.ir import (
    ClientContextParam,
    Constraints,
    EndpointBinding,
    EndpointBindingSource,
    EnumValue,
    Example,
    HttpBinding,
    Member,
    Operation,
    Paginator,
    Protocol,
    RetiredEnum,
    Service,
    ServiceMetadata,
    Shape,
    ShapeKind,
    TimestampFormat,
)
from .schemas import load_json, validate_model_file
from .waiters import WAITERS_FILE as WAITERS_FILE  # re-exported: a model folder file
from .waiters import read_waiters
from ..model.example_checks import fitting_examples
from ..model.validation import (
    check_host_prefix,
    check_members,
    check_metadata,
    check_nesting,
    pattern_warnings,
)

SERVICE_FILE = "service-2.json"
PAGINATORS_FILE = "paginators-1.json"
ENDPOINT_RULES_FILE = "endpoint-rule-set-1.json"
ENDPOINT_TESTS_FILE = "endpoint-tests-1.json"
RETIRED_ENUMS_FILE = "retired-enums.json"
EXAMPLES_FILE = "examples-1.json"

SUPPORTED_PROTOCOLS: tuple[Protocol, ...] = ("json", "smithy-rpc-v2-cbor")
# botocore's order of preference among the protocols a model lists
# (botocore.utils.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS, 1.44.8).
PROTOCOL_PREFERENCE = ("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2")
SUPPORTED_JSON_VERSIONS = ("1.0", "1.1")
# Keys that carry nothing a Python awsJson client acts on, and why.
NO_EFFECT_SHAPE_KEYS = {
    "documentation": "converted separately",
    "box": "every Python member is optional already",
    "wrapper": "XML only",
    "deprecatedMessage": "shown with deprecated",
    "synthetic": "botocore bookkeeping",
    "xmlNamespace": "XML only",
    "xmlOrder": "XML only",
    "flattened": "XML only",
    "locationName": "XML/query only on shapes",
    "payload": "REST only",
    "requiresLength": "streaming uploads only",
    "streaming": "rejected separately when used",
    "sparse": "carried",
    "deprecatedSince": "shown with deprecated",
}
NO_EFFECT_MEMBER_KEYS = {
    "documentation": "converted separately",
    "box": "every Python member is optional already",
    "jsonvalue": "only changes header-bound members, which awsJson has none of",
    "deprecatedMessage": "shown with deprecated",
    "xmlNamespace": "XML only",
    "xmlAttribute": "XML only",
    "flattened": "XML only",
    "queryName": "query protocol only",
    "deprecatedSince": "shown with deprecated",
    "endpointdiscoveryid": "endpoint discovery is off; calls go to the regional endpoint",
}
NO_EFFECT_OPERATION_KEYS = {
    "documentation": "converted separately",
    "documentationUrl": "linked from the docs",
    "deprecatedMessage": "shown with deprecated",
    "alias": "botocore aliases are not part of this client's names",
    "authtype": "every operation is signed with SigV4",
    "auth": "every operation is signed with SigV4",
    "unsignedPayload": "awsJson payloads are always signed",
    "httpChecksumRequired": "awsJson bodies carry no checksum",
    "requestcompression": "requests are sent uncompressed; compression is optional",
    "endpointoperation": "endpoint discovery is off; calls go to the regional endpoint",
    "deprecatedSince": "shown with deprecated",
}
HANDLED_SHAPE_KEYS = {
    "type",
    "members",
    "required",
    "enum",
    "min",
    "max",
    "pattern",
    "sensitive",
    "union",
    "exception",
    "fault",
    "error",
    "retryable",
    "timestampFormat",
    "member",
    "key",
    "value",
    "document",
    "deprecated",
}
HANDLED_MEMBER_KEYS = {
    "shape",
    "idempotencyToken",
    "hostLabel",
    "timestampFormat",
    "deprecated",
    "locationName",
    "location",
    "required",
    "contextParam",
}
HANDLED_OPERATION_KEYS = {
    "name",
    "http",
    "input",
    "output",
    "errors",
    "idempotent",
    "readonly",
    "deprecated",
    "endpoint",
    "endpointdiscovery",
    "staticContextParams",
    "operationContextParams",
}

# Shape kinds rendered as classes (structures and errors, unions, enums).
CLASS_KINDS = frozenset({"structure", "union", "enum"})

_SCALAR_TYPES: dict[str, ShapeKind] = {
    "string": "string",
    "character": "string",
    "integer": "integer",
    "long": "long",
    "short": "integer",
    "byte": "integer",
    "float": "float",
    "double": "double",
    "boolean": "boolean",
    "blob": "blob",
    "timestamp": "timestamp",
}


def locate(path: Path) -> Path | None:
    """The botocore model folder at ``path``: the folder itself, or a ``service-2.json``'s folder."""
    if path.is_dir():
        return path if (path / SERVICE_FILE).is_file() else None
    return path.parent if path.name == SERVICE_FILE else None


def load_model(model_dir: Path, *, skip_unsupported: bool = False) -> Service:
    """Load, validate and normalize the model in ``model_dir`` into the IR.

    ``skip_unsupported`` leaves out operations that need a feature this
    generator cannot render (listed in ``Service.skipped_operations``)
    instead of failing with :class:`UnsupportedFeature`.
    """
    service_file = model_dir / SERVICE_FILE
    raw = _load(service_file, "service")
    paginators = _load_optional(model_dir / PAGINATORS_FILE, "paginators")
    waiters = _load_optional(model_dir / WAITERS_FILE, "waiters")
    rules = _load_optional(model_dir / ENDPOINT_RULES_FILE, "endpoint-rules")
    service = build_service(
        cast("dict[str, Any]", raw),
        service_file,
        paginators=cast("dict[str, Any] | None", paginators),
        paginators_file=model_dir / PAGINATORS_FILE,
        waiters=cast("dict[str, Any] | None", waiters),
        waiters_file=model_dir / WAITERS_FILE,
        endpoint_rule_set=cast("dict[str, Any] | None", rules),
        skip_unsupported=skip_unsupported,
    )
    tests_file = model_dir / ENDPOINT_TESTS_FILE
    tests = cast("dict[str, Any] | None", _load_optional(tests_file, "endpoint-tests"))
    if tests is not None:
        check_endpoint_tests(service, tests["testCases"], tests_file, "/testCases")
        service = dataclasses.replace(service, endpoint_tests=tuple(tests["testCases"]))
    examples = _load_optional(model_dir / EXAMPLES_FILE, "examples")
    if examples is not None:
        service = with_examples(
            service, cast("dict[str, Any]", examples), model_dir / EXAMPLES_FILE
        )
    return service


def with_examples(service: Service, document: dict[str, Any], file: Path) -> Service:
    """``service`` with its operations' examples from a schema-valid ``examples-1.json``.

    Examples of an operation the model lacks are an error; those of an operation left
    out as unsupported go with it; one whose values do not fit the operation's shapes
    is left out with a warning (see :func:`fitting_examples`).
    """
    operations = {operation.name: operation for operation in service.operations}
    warnings = list(service.warnings)
    found: dict[str, tuple[Example, ...]] = {}
    for name, items in document["examples"].items():
        if name in service.skipped_operations:
            continue
        if name not in operations:
            raise ModelError(
                file,
                json_pointer("examples", name),
                f"examples for unknown operation {name!r}",
                "fix the operation name or remove its examples",
            )
        examples = [
            (
                json_pointer("examples", name, index),
                Example(
                    title=item["title"],
                    documentation=html_to_markdown(item.get("description", "")),
                    input=item.get("input", {}),
                    output=item.get("output"),
                ),
            )
            for index, item in enumerate(items)
        ]
        found[name], dropped = fitting_examples(service.shapes, operations[name], examples, file)
        warnings += dropped
    return dataclasses.replace(
        service,
        operations=tuple(
            dataclasses.replace(operation, examples=found.get(operation.name, ()))
            for operation in service.operations
        ),
        warnings=tuple(warnings),
    )


def retired_enums(document: object, file: Path, service: Service) -> tuple[RetiredEnum, ...]:
    """Read ``retired-enums.json``: enums to keep as deprecated aliases.

    The file maps an enum name to ``{"values": [...], "reason": "..."}``. A
    name that is a shape of the current model is an error: nothing is retired.
    """
    if not isinstance(document, dict):
        raise ModelError(file, "", "expected an object mapping enum names to their entries")
    result = []
    for name, entry in sorted(document.items()):
        pointer = json_pointer(name)
        if not naming.is_model_class_name(name):
            raise ModelError(file, pointer, f"{name!r} is not a valid class name")
        if name in service.shapes:
            raise ModelError(
                file,
                pointer,
                f"{name!r} is a shape of the current model, so it is not retired",
                "remove the entry",
            )
        values = entry.get("values") if isinstance(entry, dict) else None
        reason = entry.get("reason", "") if isinstance(entry, dict) else ""
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ModelError(file, pointer + "/values", "expected a list of strings")
        if not isinstance(reason, str) or not reason:
            raise ModelError(file, pointer + "/reason", "expected a non-empty string saying why")
        result.append(
            RetiredEnum(
                name=name,
                python_name=naming.class_name(name, service.class_names),
                enum_values=_enum_values(values),
                reason=reason,
            )
        )
    return tuple(result)


def _load(file: Path, kind: str) -> object:
    document = load_json(file)
    validate_model_file(document, kind, file)
    return document


def _load_optional(file: Path, kind: str) -> object | None:
    return _load(file, kind) if file.exists() else None


def build_service(
    raw: dict[str, Any],
    file: Path,
    *,
    paginators: dict[str, Any] | None = None,
    paginators_file: Path | None = None,
    waiters: dict[str, Any] | None = None,
    waiters_file: Path | None = None,
    endpoint_rule_set: dict[str, Any] | None = None,
    skip_unsupported: bool = False,
) -> Service:
    """Normalize an already schema-valid ``service-2.json`` document."""
    builder = _Builder(raw, file)
    skipped = builder.skip_unsupported_operations() if skip_unsupported else {}
    return builder.build(
        paginators, paginators_file, waiters, waiters_file, endpoint_rule_set, skipped
    )


class _Builder:
    def __init__(self, raw: dict[str, Any], file: Path) -> None:
        self.raw = raw
        self.file = file
        self.raw_shapes: dict[str, dict[str, Any]] = raw["shapes"]
        self.raw_operations: dict[str, dict[str, Any]] = raw["operations"]
        self.protocol_default_format: TimestampFormat = "unixTimestamp"
        # The client, async client and error base class names (set by build()).
        self.service_classes: tuple[str, ...] = ()
        # The endpoint rule set's parameters (set by build; none without a rule set).
        self.rule_parameters: dict[str, dict[str, Any]] = {}

    def error(self, pointer: str, problem: str, hint: str = "") -> ModelError:
        return ModelError(self.file, pointer, problem, hint)

    # -- entry point -----------------------------------------------------

    def build(
        self,
        paginators: dict[str, Any] | None,
        paginators_file: Path | None,
        waiters: dict[str, Any] | None,
        waiters_file: Path | None,
        endpoint_rule_set: dict[str, Any] | None,
        skipped: dict[str, str],
    ) -> Service:
        metadata = self.metadata()
        self.rule_parameters = (endpoint_rule_set or {}).get("parameters", {})
        self.check_references()
        check_nesting(self.raw_shapes, self.file)
        names = self.service_names(metadata)
        self.service_classes = names[1:]
        input_shapes, output_shapes = self.reachability()
        shapes = {
            name: self.shape(name, raw, name in input_shapes, name in output_shapes)
            for name, raw in sorted(self.raw_shapes.items())
        }
        self.check_class_names(shapes)
        pages = self.paginators(paginators or {}, paginators_file or self.file)
        operations = tuple(
            self.operation(name, raw, pages.get(name), shapes)
            for name, raw in sorted(self.raw_operations.items())
        )
        self.check_method_names(operations)
        self.check_paginators(operations, shapes, paginators_file or self.file)
        self.check_context_params_on_inputs(operations)
        package, client_name, async_client_name, error_base_name = names
        return Service(
            metadata=metadata,
            documentation=html_to_markdown(self.raw.get("documentation", "")),
            package_name=package,
            distribution_name=naming.distribution_name(package),
            client_name=client_name,
            async_client_name=async_client_name,
            error_base_name=error_base_name,
            operations=operations,
            shapes=shapes,
            waiters=read_waiters(
                waiters or {}, waiters_file or self.file, operations, shapes, skipped=skipped
            ),
            endpoint_rule_set=endpoint_rule_set,
            skipped_operations=skipped,
            client_context_params=self.client_context_params(),
            warnings=tuple(pattern_warnings(self.raw_shapes, self.file)),
        )

    def service_names(self, metadata: ServiceMetadata) -> tuple[str, str, str, str]:
        """``(package, client, async client, error base)`` names, checked."""
        client, async_client, error_base = naming.service_class_names(metadata.service_id)
        if not naming.is_model_class_name(client):
            raise self.error(
                "/metadata/serviceId",
                f"serviceId {metadata.service_id!r} does not give a class name",
                "use letters, digits, spaces and hyphens, starting with a letter",
            )
        package = naming.package_name(metadata.endpoint_prefix)
        if not naming.is_model_class_name(package):
            raise self.error(
                "/metadata/endpointPrefix",
                f"endpointPrefix {metadata.endpoint_prefix!r} does not give a package name",
                "use letters, digits, hyphens and dots, starting with a letter",
            )
        return package, client, async_client, error_base

    def unsupported_reason(self, name: str, raw: dict[str, Any]) -> UnsupportedFeature | None:
        """Why shape ``name`` cannot be rendered, or None when it can."""
        pointer = json_pointer("shapes", name)
        if raw.get("event") or raw.get("eventstream"):
            return UnsupportedFeature(
                self.file,
                pointer,
                "event streams are not supported",
                "pass --skip-unsupported-operations to generate the rest",
            )
        if raw.get("streaming"):
            return UnsupportedFeature(
                self.file,
                pointer + "/streaming",
                "streaming shapes are not supported",
                "pass --skip-unsupported-operations to generate the rest",
            )
        return None

    def skip_unsupported_operations(self) -> dict[str, str]:
        """Drop the operations that need an unsupported feature; return name -> why.

        Shapes reachable only from dropped operations are dropped with them.
        """
        unsupported = {
            name: reason
            for name, raw in self.raw_shapes.items()
            if (reason := self.unsupported_reason(name, raw)) is not None
        }
        skipped: dict[str, str] = {}
        for op_name, op in self.raw_operations.items():
            if op.get("endpointdiscovery", {}).get("required"):
                skipped[op_name] = "requires endpoint discovery"
                continue
            reached: set[str] = set()
            for key in ("input", "output"):
                if key in op:
                    self.walk(op[key]["shape"], reached)
            bad = sorted(reached & set(unsupported))
            if bad:
                skipped[op_name] = f"{unsupported[bad[0]].problem} (shape {bad[0]})"
        if not skipped:
            return {}
        kept_ops = {n: op for n, op in self.raw_operations.items() if n not in skipped}
        only_skipped = self.reachable(self.raw_operations) - self.reachable(kept_ops)
        self.raw_operations = kept_ops
        self.raw_shapes = {n: s for n, s in self.raw_shapes.items() if n not in only_skipped}
        return skipped

    def reachable(self, operations: dict[str, dict[str, Any]]) -> set[str]:
        seen: set[str] = set()
        for op in operations.values():
            for key in ("input", "output"):
                if key in op:
                    self.walk(op[key]["shape"], seen)
            for err in op.get("errors", []):
                self.walk(err["shape"], seen)
        return seen

    # -- metadata --------------------------------------------------------

    def metadata(self) -> ServiceMetadata:
        meta = self.raw["metadata"]
        check_metadata(meta, self.file)
        protocol = self.choose_protocol(meta)
        if "targetPrefix" not in meta:
            raise self.error(
                "/metadata",
                "missing 'targetPrefix'",
                "awsJson and RPC v2 CBOR models name it; add it to metadata",
            )
        listed = meta.get("protocols", [meta["protocol"]])
        if "json" in listed and "jsonVersion" not in meta:
            raise self.error(
                "/metadata", "missing 'jsonVersion'", "awsJson models name it; add it to metadata"
            )
        if "jsonVersion" in meta and meta["jsonVersion"] not in SUPPORTED_JSON_VERSIONS:
            raise self.error(
                "/metadata/jsonVersion",
                f"jsonVersion {meta['jsonVersion']!r} is not supported",
                f"use one of {', '.join(SUPPORTED_JSON_VERSIONS)}",
            )
        endpoint_prefix = meta.get("endpointPrefix") or meta.get("signingName")
        if not endpoint_prefix:
            raise self.error("/metadata", "missing 'endpointPrefix'", "the service needs a name")
        service_id = meta.get("serviceId") or endpoint_prefix
        return ServiceMetadata(
            service_id=service_id,
            full_name=meta.get("serviceFullName", service_id),
            api_version=meta.get("apiVersion", ""),
            protocol=protocol,
            protocols=tuple(listed),
            query_compatible="awsQueryCompatible" in meta,
            json_version=meta.get("jsonVersion", ""),
            target_prefix=meta["targetPrefix"],
            endpoint_prefix=endpoint_prefix,
            signing_name=meta.get("signingName", endpoint_prefix),
            signature_version=meta.get("signatureVersion", "v4"),
            uid=meta.get("uid", ""),
        )

    def choose_protocol(self, meta: Mapping[str, Any]) -> Protocol:
        """The protocol to generate: the first one we support, in botocore's order.

        A model that lists ``protocols`` may be called with any of them
        (``["smithy-rpc-v2-cbor", "json"]`` gives awsJson, as botocore picks it, so
        an existing json service's package keeps its protocol; ``load_model(...,
        protocol=)`` forces another listed one); an older model has only ``protocol``.
        """
        listed = meta.get("protocols")
        if listed is None:
            listed = [meta["protocol"]]
            pointer, problem = "/metadata/protocol", f"protocol {meta['protocol']!r} is"
        else:
            pointer, problem = "/metadata/protocols", f"none of the protocols {listed} is"
        for protocol in sorted(SUPPORTED_PROTOCOLS, key=PROTOCOL_PREFERENCE.index):
            if protocol in listed:
                return protocol
        raise self.error(
            pointer,
            f"{problem} supported",
            "this generator renders awsJson 1.0 and 1.1 clients (protocol 'json') and "
            "Smithy RPC v2 CBOR clients (protocol 'smithy-rpc-v2-cbor')",
        )

    # -- cross-references ------------------------------------------------

    def references(self) -> Iterator[tuple[str, str]]:
        """Yield (JSON pointer, target shape name) for every shape reference."""
        for op_name, op in self.raw_operations.items():
            for key in ("input", "output"):
                if key in op:
                    yield json_pointer("operations", op_name, key, "shape"), op[key]["shape"]
            for i, err in enumerate(op.get("errors", [])):
                yield json_pointer("operations", op_name, "errors", i, "shape"), err["shape"]
        for shape_name, shape in self.raw_shapes.items():
            for member_name, member in shape.get("members", {}).items():
                pointer = json_pointer("shapes", shape_name, "members", member_name, "shape")
                yield pointer, member["shape"]
            for key in ("member", "key", "value"):
                if key in shape:
                    yield json_pointer("shapes", shape_name, key, "shape"), shape[key]["shape"]

    def check_references(self) -> None:
        for pointer, target in self.references():
            if target not in self.raw_shapes:
                raise self.error(
                    pointer,
                    f"reference to undefined shape {target!r}",
                    "define the shape under /shapes or fix the name",
                )
        for name in self.raw_shapes:
            # A leading underscore is refused too: generated modules keep those names.
            if not naming.is_model_class_name(name):
                raise self.error(
                    json_pointer("shapes", name),
                    f"shape name {name!r} is not a valid Python identifier",
                    "shape names must be letters, digits and underscores, not starting with a digit",
                )
        for name in self.raw_operations:
            if not naming.is_model_class_name(name):
                raise self.error(
                    json_pointer("operations", name),
                    f"operation name {name!r} is not a valid Python identifier",
                    "operation names must be letters, digits and underscores, starting "
                    "with a letter",
                )

    def reachability(self) -> tuple[set[str], set[str]]:
        inputs: set[str] = set()
        outputs: set[str] = set()
        for op in self.raw_operations.values():
            if "input" in op:
                self.walk(op["input"]["shape"], inputs)
            if "output" in op:
                self.walk(op["output"]["shape"], outputs)
            for err in op.get("errors", []):
                self.walk(err["shape"], outputs)
        return inputs, outputs

    def reached(self, name: str) -> set[str]:
        """Every shape reachable from shape ``name`` (itself included)."""
        seen: set[str] = set()
        self.walk(name, seen)
        return seen

    def walk(self, name: str, seen: set[str]) -> None:
        stack = [name]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            shape = self.raw_shapes[current]
            stack.extend(m["shape"] for m in shape.get("members", {}).values())
            stack.extend(shape[k]["shape"] for k in ("member", "key", "value") if k in shape)

    # -- shapes ----------------------------------------------------------

    def check_keys(
        self,
        raw: Mapping[str, Any],
        handled: set[str],
        no_effect: Mapping[str, str],
        pointer: str,
        what: str,
    ) -> None:
        for key in raw:
            if key not in handled and key not in no_effect:
                raise self.error(
                    json_pointer(*pointer_parts(pointer), key),
                    f"{what} trait {key!r} is not supported by this generator",
                    "remove it, or extend generator/loaders/botocore.py to carry it",
                )

    def shape_kind(self, name: str, raw: dict[str, Any]) -> ShapeKind:
        type_name = raw["type"]
        pointer = json_pointer("shapes", name)
        if type_name == "structure":
            if raw.get("document"):
                return "document"
            if raw.get("union"):
                return "union"
            unsupported = self.unsupported_reason(name, raw)
            if unsupported is not None:
                raise unsupported
            return "structure"
        if type_name in ("list", "map"):
            return cast(ShapeKind, type_name)
        if type_name == "string" and "enum" in raw:
            return "enum"
        if type_name in _SCALAR_TYPES:
            unsupported = self.unsupported_reason(name, raw)
            if unsupported is not None:
                raise unsupported
            return _SCALAR_TYPES[type_name]
        raise self.error(
            pointer + "/type",
            f"unknown shape type {type_name!r}",
            f"use one of {', '.join(sorted(['structure', 'list', 'map', *_SCALAR_TYPES]))}",
        )

    def shape(
        self, name: str, raw: dict[str, Any], used_in_input: bool, used_in_output: bool
    ) -> Shape:
        pointer = json_pointer("shapes", name)
        self.check_keys(
            raw,
            HANDLED_SHAPE_KEYS | {"event", "eventstream"},
            NO_EFFECT_SHAPE_KEYS,
            pointer,
            "shape",
        )
        kind = self.shape_kind(name, raw)
        error = raw.get("error", {})
        members = self.members(name, raw, kind) if kind in ("structure", "union") else ()
        return Shape(
            name=name,
            python_name=naming.class_name(name, self.service_classes),
            kind=kind,
            documentation=html_to_markdown(raw.get("documentation", "")),
            members=members,
            enum_values=self.enum_values(name, raw) if kind == "enum" else (),
            member_target=raw.get("member", {}).get("shape", ""),
            key_target=raw.get("key", {}).get("shape", ""),
            value_target=raw.get("value", {}).get("shape", ""),
            sensitive=bool(raw.get("sensitive")),
            exception=bool(raw.get("exception")),
            error_code=error.get("code") or name,
            http_status=error.get("httpStatusCode"),
            fault=bool(raw.get("fault")) or error.get("senderFault") is False,
            retryable_throttling=(
                bool(raw["retryable"].get("throttling")) if "retryable" in raw else None
            ),
            timestamp_format=raw.get("timestampFormat"),
            constraints=Constraints(raw.get("min"), raw.get("max"), raw.get("pattern")),
            deprecated=bool(raw.get("deprecated")),
            sparse=bool(raw.get("sparse")),
            used_in_input=used_in_input,
            used_in_output=used_in_output,
            unknown_variant_class=(
                naming.class_name(naming.unknown_variant_class_name(name), self.service_classes)
                if kind == "union"
                else ""
            ),
        )

    def members(self, shape_name: str, raw: dict[str, Any], kind: ShapeKind) -> tuple[Member, ...]:
        check_members(shape_name, raw, self.raw_shapes, self.file)
        required = set(raw.get("required", []))
        result = []
        python_names: dict[str, str] = {}
        for wire_name, member in raw.get("members", {}).items():
            pointer = json_pointer("shapes", shape_name, "members", wire_name)
            self.check_keys(member, HANDLED_MEMBER_KEYS, NO_EFFECT_MEMBER_KEYS, pointer, "member")
            if member.get("location") not in (None, "body"):
                raise self.error(
                    pointer + "/location",
                    f"member location {member['location']!r} is not supported",
                    "awsJson members are all in the JSON body",
                )
            if not naming.is_identifier(wire_name):
                raise self.error(
                    pointer,
                    f"member name {wire_name!r} is not a valid Python identifier",
                    "member names must be letters, digits and underscores",
                )
            python_name = naming.member_name(wire_name, of_error=bool(raw.get("exception")))
            if not python_name:
                raise self.error(
                    pointer,
                    f"member name {wire_name!r} has no letter or digit",
                    "name the member with letters, digits and underscores",
                )
            if python_name in python_names:
                raise self.error(
                    pointer,
                    f"member {wire_name!r} and {python_names[python_name]!r} "
                    f"both map to the Python name {python_name!r}",
                    "rename one of them in the model",
                )
            python_names[python_name] = wire_name
            target = self.raw_shapes[member["shape"]]
            timestamp_format = None
            if target["type"] == "timestamp":
                timestamp_format = (
                    member.get("timestampFormat")
                    or target.get("timestampFormat")
                    or self.protocol_default_format
                )
            result.append(
                Member(
                    wire_name=member.get("locationName", wire_name),
                    python_name=python_name,
                    target=member["shape"],
                    required=wire_name in required,
                    idempotency_token=bool(member.get("idempotencyToken")),
                    sensitive=self.is_sensitive(member["shape"]),
                    timestamp_format=timestamp_format,
                    host_label=bool(member.get("hostLabel")),
                    deprecated=bool(member.get("deprecated")),
                    documentation=html_to_markdown(member.get("documentation", "")),
                    variant_class=(
                        naming.class_name(
                            naming.variant_class_name(shape_name, wire_name, self.raw_shapes),
                            self.service_classes,
                        )
                        if kind == "union"
                        else ""
                    ),
                )
            )
        for name in required - set(raw.get("members", {})):
            raise self.error(
                json_pointer("shapes", shape_name, "required"),
                f"required member {name!r} is not a member of the shape",
            )
        return tuple(result)

    def is_sensitive(self, shape_name: str) -> bool:
        """A member is sensitive when its target, or a list/map of it, is."""
        raw = self.raw_shapes[shape_name]
        if raw.get("sensitive"):
            return True
        if raw["type"] == "list":
            return self.is_sensitive(raw["member"]["shape"])
        if raw["type"] == "map":
            return self.is_sensitive(raw["value"]["shape"]) or self.is_sensitive(
                raw["key"]["shape"]
            )
        return False

    def enum_values(self, name: str, raw: dict[str, Any]) -> tuple[EnumValue, ...]:
        return _enum_values(raw["enum"])

    def check_class_names(self, shapes: dict[str, Shape]) -> None:
        """Refuse two shapes that give one class: by escape or as a union variant.

        Escaping (``dict`` -> ``dict_``) can meet a model name, and a union
        variant class (``Union`` + member) can be another shape's name;
        renaming either would surprise users, so the model must.
        """
        self.check_unique(
            (
                (class_name, shape.name, json_pointer("shapes", shape.name))
                for shape in shapes.values()
                if shape.kind in CLASS_KINDS
                for class_name in (
                    shape.python_name,
                    *(m.variant_class for m in shape.members if m.variant_class),
                    *([shape.unknown_variant_class] if shape.unknown_variant_class else []),
                )
            ),
            "shape",
        )

    def check_method_names(self, operations: tuple[Operation, ...]) -> None:
        """Refuse two operations that give one client method or one module constant."""
        self.check_unique(
            (
                (python_name, operation.name, json_pointer("operations", operation.name))
                for operation in operations
                for python_name in (
                    operation.method_name,
                    naming.operation_constant(operation.method_name),
                )
            ),
            "operation",
        )

    def check_unique(self, entries: Iterable[tuple[str, str, str]], kind: str) -> None:
        """Refuse two model names that give one Python name.

        ``entries`` are ``(Python name, model name, JSON pointer)``; ``kind``
        says what the model names are, for the message.
        """
        taken: dict[str, str] = {}
        for python_name, model_name, pointer in entries:
            if taken.setdefault(python_name, model_name) != model_name:
                raise self.error(
                    pointer,
                    f"the {kind}s {taken[python_name]!r} and {model_name!r} both give the "
                    f"Python name {python_name!r}",
                    f"rename one of the {kind}s",
                )

    # -- operations ------------------------------------------------------

    def operation(
        self, name: str, raw: dict[str, Any], paginator: Paginator | None, shapes: dict[str, Shape]
    ) -> Operation:
        pointer = json_pointer("operations", name)
        self.check_keys(
            raw, HANDLED_OPERATION_KEYS, NO_EFFECT_OPERATION_KEYS, pointer, "operation"
        )
        if raw.get("endpointdiscovery", {}).get("required"):
            raise UnsupportedFeature(
                self.file,
                pointer + "/endpointdiscovery",
                "the operation requires endpoint discovery, which is not supported",
                "pass --skip-unsupported-operations to generate the rest",
            )
        # Optional endpoint discovery is off by default in AWS SDKs: calls go
        # to the regional endpoint, so the trait changes nothing here.
        input_name = raw.get("input", {}).get("shape")
        output_name = raw.get("output", {}).get("shape")
        for key, shape_name in (("input", input_name), ("output", output_name)):
            if shape_name is not None and shapes[shape_name].kind != "structure":
                raise self.error(
                    pointer + f"/{key}/shape",
                    f"{key} shape {shape_name!r} is a {shapes[shape_name].kind}, not a structure",
                )
        errors = tuple(sorted({e["shape"] for e in raw.get("errors", [])}))
        for error_name in errors:
            if not shapes[error_name].exception:
                raise self.error(
                    pointer + "/errors",
                    f"error shape {error_name!r} is not marked as an exception",
                    'add "exception": true to the shape',
                )
        host_prefix = raw.get("endpoint", {}).get("hostPrefix")
        if host_prefix is not None:
            check_host_prefix(
                host_prefix,
                input_name,
                self.raw_shapes,
                self.file,
                pointer + "/endpoint/hostPrefix",
            )
        tokens: tuple[str, ...] = ()
        if input_name is not None:
            tokens = tuple(m.wire_name for m in shapes[input_name].members if m.idempotency_token)
        return Operation(
            name=name,
            method_name=naming.operation_method_name(name),
            command_name=naming.command_class_name(name),
            input=input_name,
            output=output_name,
            errors=errors,
            documentation=html_to_markdown(raw.get("documentation", "")),
            idempotent=bool(raw.get("idempotent")),
            readonly=bool(raw.get("readonly")),
            deprecated=bool(raw.get("deprecated")),
            host_prefix=host_prefix,
            idempotency_tokens=tokens,
            paginator=paginator,
            output_has_documents=output_name is not None
            and any(shapes[name].kind == "document" for name in self.reached(output_name)),
            endpoint_bindings=self.endpoint_bindings(name, raw, shapes),
            http=HttpBinding(
                method=raw.get("http", {}).get("method", "POST"),
                request_uri=raw.get("http", {}).get("requestUri", "/"),
                response_code=raw.get("http", {}).get("responseCode", 200),
            ),
        )

    # -- endpoint parameters ---------------------------------------------

    def rule_parameter(self, parameter: str, pointer: str) -> dict[str, Any]:
        """The rule set's declaration of ``parameter``, which the model binds at ``pointer``."""
        declared = self.rule_parameters.get(parameter)
        if declared is None:
            if not self.rule_parameters:
                raise self.error(
                    pointer,
                    f"binds the endpoint parameter {parameter!r}, but the model has no "
                    "endpoint rule set",
                    f"add {ENDPOINT_RULES_FILE} or remove the binding",
                )
            raise self.error(
                pointer,
                f"the endpoint rule set declares no parameter {parameter!r}",
                f"use one of {', '.join(sorted(self.rule_parameters))}",
            )
        return declared

    def endpoint_bindings(
        self, name: str, raw: dict[str, Any], shapes: dict[str, Shape]
    ) -> tuple[EndpointBinding, ...]:
        """Where the operation's calls take endpoint parameters from, checked.

        Each binding must name a parameter the rule set declares, once per
        operation, and give a value of its type (a path must resolve; see
        ``generator/model/context_params.py``).
        """
        input_name = raw.get("input", {}).get("shape")
        found = self.declared_bindings(name, raw, input_name)
        bound: dict[str, str] = {}
        for where, binding in found:
            if binding.parameter in bound:
                raise self.error(
                    where,
                    f"{name} binds the endpoint parameter {binding.parameter!r} twice "
                    f"(also at {bound[binding.parameter]})",
                    "keep one binding",
                )
            bound[binding.parameter] = where
            try:
                context_params.binding_code(shapes, input_name, binding)
            except ValueError as exc:
                detail = "/value" if binding.source == "static" else ""
                raise self.error(
                    where + detail, str(exc), "fix the binding or the endpoint rule set"
                ) from None
        return tuple(binding for _, binding in found)

    def declared_bindings(
        self, name: str, raw: dict[str, Any], input_name: str | None
    ) -> list[tuple[str, EndpointBinding]]:
        """(JSON pointer, binding) of the operation's ``staticContextParams``, its input
        members' ``contextParam`` and its ``operationContextParams``, in that order."""
        found = []
        for parameter, spec in raw.get("staticContextParams", {}).items():
            where = json_pointer("operations", name, "staticContextParams", parameter)
            value = spec["value"]
            static = tuple(value) if isinstance(value, list) else value
            found.append((where, self.binding(parameter, where, "static", value=static)))
        members = self.raw_shapes[input_name].get("members", {}) if input_name else {}
        for member_name, member in members.items():
            if "contextParam" in member:
                where = json_pointer(
                    "shapes", str(input_name), "members", member_name, "contextParam"
                )
                parameter = member["contextParam"]["name"]
                path = member.get("locationName", member_name)
                found.append((where, self.binding(parameter, where, "member", path=path)))
        for parameter, spec in raw.get("operationContextParams", {}).items():
            where = json_pointer("operations", name, "operationContextParams", parameter)
            found.append((where, self.binding(parameter, where, "path", path=spec["path"])))
        return found

    def binding(
        self,
        parameter: str,
        where: str,
        source: EndpointBindingSource,
        *,
        value: str | bool | tuple[str, ...] | None = None,
        path: str = "",
    ) -> EndpointBinding:
        """A binding of the declared rule-set ``parameter``, typed as the rule set declares it."""
        declared = self.rule_parameter(parameter, where)
        return EndpointBinding(
            parameter=parameter,
            type=context_params.PARAMETER_TYPES[declared["type"].lower()],
            source=source,
            value=value,
            path=path,
        )

    def check_context_params_on_inputs(self, operations: tuple[Operation, ...]) -> None:
        """Refuse a ``contextParam`` on a member of a shape that is no operation's input.

        Only the input's own members bind endpoint parameters (botocore,
        Smithy): elsewhere the trait would silently do nothing.
        """
        inputs = {operation.input for operation in operations}
        for shape_name, raw in sorted(self.raw_shapes.items()):
            for member_name, member in raw.get("members", {}).items():
                if "contextParam" in member and shape_name not in inputs:
                    raise self.error(
                        json_pointer("shapes", shape_name, "members", member_name, "contextParam"),
                        f"contextParam on a member of {shape_name!r}, which is no operation's "
                        "input, binds nothing",
                        "move it to a member of the operation's input shape",
                    )

    def client_context_params(self) -> tuple[ClientContextParam, ...]:
        """The ``clientContextParams``: client options that set rule-set parameters."""
        result: list[ClientContextParam] = []
        for name, spec in self.raw.get("clientContextParams", {}).items():
            where = json_pointer("clientContextParams", name)
            declared = self.rule_parameter(name, where)
            if declared["type"].lower() != spec["type"]:
                raise self.error(
                    where + "/type",
                    f"{name} is a {spec['type']} here but a {declared['type']} in the "
                    "endpoint rule set",
                    "use the rule set's type",
                )
            python_name = naming.client_option_name(name)
            if not python_name:
                raise self.error(
                    where, f"{name!r} does not give a Python option name", "rename the parameter"
                )
            if python_name in naming.CLIENT_OPTIONS or python_name in (
                p.python_name for p in result
            ):
                raise self.error(
                    where,
                    f"the client option {python_name!r} of {name!r} is already a client option",
                    "rename the parameter",
                )
            result.append(
                ClientContextParam(
                    name=name,
                    python_name=python_name,
                    type=spec["type"],
                    summary=first_sentence(html_to_markdown(spec.get("documentation", "")))
                    or f"Sets the endpoint parameter {name}.",
                )
            )
        return tuple(result)

    def paginators(self, raw: dict[str, Any], file: Path) -> dict[str, Paginator]:
        result = {}
        for op_name, spec in raw.get("pagination", {}).items():
            pointer = json_pointer("pagination", op_name)
            if op_name not in self.raw_operations:
                if op_name in self.raw["operations"]:
                    continue  # the operation was skipped as unsupported
                raise ModelError(file, pointer, f"paginator for unknown operation {op_name!r}")
            result[op_name] = Paginator(
                operation=op_name,
                input_tokens=_as_tuple(spec["input_token"]),
                output_tokens=_as_tuple(spec["output_token"]),
                result_keys=_as_tuple(spec.get("result_key", ())),
                limit_key=spec.get("limit_key"),
                more_results=spec.get("more_results"),
            )
        return result

    def check_paginators(
        self, operations: tuple[Operation, ...], shapes: dict[str, Shape], file: Path
    ) -> None:
        """Refuse a paginator whose tokens or result keys the generated code cannot follow."""
        method_names = {operation.method_name for operation in operations}
        for operation in operations:
            if operation.paginator is None:
                continue
            try:
                paging.check(shapes, operation, method_names)
            except paging.PaginatorError as exc:
                pointer = json_pointer(
                    "pagination", operation.name, *([exc.key] if exc.key else [])
                )
                raise ModelError(
                    file, pointer, str(exc), "fix the paginator in the paginators file"
                ) from None


def _enum_values(raw_values: list[str]) -> tuple[EnumValue, ...]:
    """Enum values with their Python constant names (unique within the enum)."""
    names = naming.enum_constant_names(raw_values)
    return tuple(EnumValue(value=v, constant=c) for v, c in zip(raw_values, names, strict=True))


def _as_tuple(value: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)
