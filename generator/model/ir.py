"""The intermediate representation: what the templates read.

Immutable dataclasses built by the loader from the raw model. Everything a
template needs (Python names, resolved timestamp formats, sensitivity,
reachability, documentation already converted to Markdown) is computed here
once, so templates hold no model logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from . import naming
from .workflows import Workflows

ShapeKind = Literal[
    "structure",
    "union",
    "list",
    "map",
    "enum",
    "string",
    "integer",
    "long",
    "float",
    "double",
    "boolean",
    "blob",
    "timestamp",
    "document",
]

SCALAR_KINDS = frozenset(
    {"string", "integer", "long", "float", "double", "boolean", "blob", "timestamp", "document"}
)
TimestampFormat = Literal["unixTimestamp", "iso8601", "rfc822"]
Protocol = Literal["json", "smithy-rpc-v2-cbor"]  # the wire protocols the generator renders
# Where a member travels in an HTTP request or response. awsJson puts every member in
# the JSON body (the loader refuses the others); a protocol with HTTP bindings (REST)
# would read the rest.
MemberLocation = Literal["body", "header", "headers", "querystring", "uri", "statusCode"]


@dataclass(frozen=True)
class Constraints:
    """Length/range/pattern facts of a shape (carried for docs and opt-in checks)."""

    min: float | None = None
    max: float | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class EnumValue:
    """One value of an enum: its wire string and its Python constant name."""

    value: str
    constant: str
    documentation: str = ""


@dataclass(frozen=True)
class Member:
    """A member of a structure or union."""

    wire_name: str
    python_name: str
    target: str
    required: bool = False
    idempotency_token: bool = False
    sensitive: bool = False
    timestamp_format: TimestampFormat | None = None
    host_label: bool = False
    location: MemberLocation = "body"
    deprecated: bool = False
    documentation: str = ""
    # union variants only: the class holding this variant
    variant_class: str = ""

    @property
    def required_argument(self) -> bool:
        """Must the caller pass it? Not an idempotency token: the client fills those."""
        return self.required and not self.idempotency_token


@dataclass(frozen=True)
class Shape:
    """A named shape of the model."""

    name: str
    python_name: str
    kind: ShapeKind
    documentation: str = ""
    members: tuple[Member, ...] = ()
    enum_values: tuple[EnumValue, ...] = ()
    member_target: str = ""  # list element
    key_target: str = ""  # map key
    value_target: str = ""  # map value
    sensitive: bool = False
    exception: bool = False
    error_code: str = ""  # the model's error code (botocore's ``error.code``, else the name)
    http_status: int | None = None
    fault: bool = False
    retryable_throttling: bool | None = None
    timestamp_format: TimestampFormat | None = None
    constraints: Constraints = Constraints()
    deprecated: bool = False
    sparse: bool = False
    used_in_input: bool = False
    used_in_output: bool = False
    unknown_variant_class: str = ""  # unions only

    @property
    def required_members(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.required)


@dataclass(frozen=True)
class RetiredEnum:
    """An enum the service no longer has, kept in the package as a deprecated alias.

    When a member's enum becomes a plain string or an enum shape disappears,
    code written against an older package still imports the class; it keeps
    working (the values are plain strings on the wire) with a warning.
    """

    name: str
    python_name: str
    enum_values: tuple[EnumValue, ...]
    reason: str


@dataclass(frozen=True)
class Paginator:
    """How to page through an operation's results."""

    operation: str
    input_tokens: tuple[str, ...]
    output_tokens: tuple[str, ...]
    result_keys: tuple[str, ...]
    limit_key: str | None = None
    more_results: str | None = None


AcceptorState = Literal["success", "failure", "retry"]
AcceptorMatcher = Literal["path", "pathAll", "pathAny", "status", "error"]


@dataclass(frozen=True)
class Acceptor:
    """One rule of a waiter: when ``matcher`` finds ``expected``, the wait is in ``state``.

    ``argument`` is the JMESPath expression of the path matchers (over the
    output's wire-name dict); the status and error matchers have none.
    """

    state: AcceptorState
    matcher: AcceptorMatcher
    expected: str | int | float | bool
    argument: str | None = None

    @property
    def matches_errors(self) -> bool:
        """Can this acceptor match an error response (and not only an output)?"""
        if self.matcher == "error":
            return self.expected is not False
        if self.matcher == "status":
            # A 2xx response is an output, never an error.
            return not 200 <= int(self.expected) < 300
        return False


@dataclass(frozen=True)
class Waiter:
    """A waiter: call ``operation`` every ``delay`` seconds until an acceptor decides."""

    name: str
    method_name: str  # e.g. wait_until_table_exists
    operation: str
    delay: int
    max_attempts: int
    acceptors: tuple[Acceptor, ...]
    description: str = ""
    # Added by the service's customization (a supplementary waiters file), not the model.
    supplementary: bool = False

    @property
    def spec_name(self) -> str:
        """Its ``_operations`` constant."""
        return naming.waiter_constant(self.method_name)

    @property
    def succeeds_on_error(self) -> bool:
        """Can the wait end in success on an error (so with no output to return)?"""
        return any(a.state == "success" and a.matches_errors for a in self.acceptors)


EndpointParameterType = Literal["string", "boolean", "stringArray"]
EndpointBindingSource = Literal["static", "member", "path"]


@dataclass(frozen=True)
class EndpointBinding:
    """Where an operation's call takes the value of one endpoint rule-set parameter.

    ``source`` says how: "static" is the model's fixed ``value``
    (``staticContextParams``); "member" is the input member whose wire name
    is ``path`` (its ``contextParam``); "path" is the JMESPath ``path`` over
    the input (``operationContextParams``), which ``generator/model/context_params.py``
    resolves into Python code. ``type`` is the parameter's, as the rule set
    declares it. Precedence when the call has a value: these over client
    context parameters over built-ins (botocore's order).
    """

    parameter: str
    type: EndpointParameterType
    source: EndpointBindingSource
    value: str | bool | tuple[str, ...] | None = None
    path: str = ""


@dataclass(frozen=True)
class ClientContextParam:
    """A client option that sets an endpoint rule-set parameter (``clientContextParams``)."""

    name: str  # the rule-set parameter, e.g. DisableMultiRegionAccessPoints
    python_name: str  # the client option, e.g. disable_multi_region_access_points
    type: Literal["string", "boolean"]
    summary: str  # one sentence for the option's docs

    @property
    def annotation(self) -> str:
        """The Python type of the option's value."""
        return "bool" if self.type == "boolean" else "str"


@dataclass(frozen=True)
class HttpBinding:
    """An operation's HTTP request line and success status (botocore's ``http``).

    awsJson sends every call as ``POST /`` and reads any 2xx answer, whatever the model
    says here; a protocol with HTTP bindings would build its path from ``request_uri``
    (with the members located in it, see :data:`MemberLocation`).
    """

    method: str = "POST"
    request_uri: str = "/"
    response_code: int = 200


@dataclass(frozen=True)
class Example:
    """A call of an operation with real values, as the model gives it (never made up).

    From a Smithy model's ``smithy.api#examples`` or a botocore folder's
    ``examples-1.json``. Values are JSON, keyed by wire names as on the wire.
    """

    title: str
    documentation: str  # Markdown
    input: dict[str, Any] = field(default_factory=dict)
    output: dict[str, Any] | None = None  # None: the call ends in ``error``, or says nothing
    error: str = ""  # the modeled error shape the call ends in, if it does


@dataclass(frozen=True)
class Operation:
    """An operation: its shapes, errors and traits."""

    name: str
    method_name: str
    command_name: str
    input: str | None
    output: str | None
    errors: tuple[str, ...]
    documentation: str = ""
    idempotent: bool = False
    readonly: bool = False
    deprecated: bool = False
    host_prefix: str | None = None
    idempotency_tokens: tuple[str, ...] = ()
    paginator: Paginator | None = None
    output_has_documents: bool = False  # free-form JSON in the output: parse exactly
    endpoint_bindings: tuple[EndpointBinding, ...] = ()
    http: HttpBinding = HttpBinding()
    examples: tuple[Example, ...] = ()

    @property
    def safe_to_resend(self) -> bool:
        """Whether sending a call twice does what sending it once does.

        True for a read-only or idempotent operation, and for one with an
        idempotency token: the client fills the token once per call and every
        attempt carries it, so the service deduplicates. Meaningful only when
        the service's ``idempotency_known`` says the traits were stated.
        """
        return self.readonly or self.idempotent or bool(self.idempotency_tokens)


EventValueKind = Literal["string", "timestamp", "enum", "object", "list"]


@dataclass(frozen=True)
class EventValue:
    """What an event field holds: text, a timestamp, an enum's value, an object or a list."""

    kind: EventValueKind
    name: str = ""  # "enum": the model's enum shape; "object": the event class
    item: EventValue | None = None  # "list": what each item holds


@dataclass(frozen=True)
class EventField:
    """A field of an object inside an event."""

    json_name: str  # as the event's JSON spells it: ``schemaVersion``
    python_name: str  # the attribute: ``schema_version``
    value: EventValue
    required: bool  # every event has it; one without is refused
    documentation: str  # Markdown


@dataclass(frozen=True)
class EventClass:
    """An object inside events: a type's ``detail`` or an object the detail holds."""

    name: str  # the Python class
    documentation: str
    fields: tuple[EventField, ...]


@dataclass(frozen=True)
class EventType:
    """One ``detail-type`` the service sends, and its class."""

    name: str  # the Python class
    detail_type: str
    documentation: str
    detail: str  # the EventClass of its ``detail``
    example: str  # a whole event of the type, as JSON text


@dataclass(frozen=True)
class EventFilter:
    """A keyword argument of ``event_pattern()`` that matches one field of the detail."""

    argument: str  # ``catalogs``
    path: tuple[str, ...]  # the field's JSON names from the detail down: ``("catalog",)``
    documentation: str


@dataclass(frozen=True)
class EventGuide:
    """What the events reference page shows: a rule pattern, a handler, a try of it."""

    introduction: str  # Markdown
    pattern_types: tuple[str, ...]  # EventType names the example rule matches (none: all)
    pattern_filters: tuple[tuple[str, tuple[str, ...]], ...]  # (filter argument, values)
    handler_types: tuple[str, ...]  # EventType names the example handler takes
    handler_function: str
    operation: str  # the model operation the handler calls
    # (input member wire name, the detail field's JSON names from the detail down)
    arguments: tuple[tuple[str, tuple[str, ...]], ...]
    example_type: str  # the EventType whose example the page sends to the router


@dataclass(frozen=True)
class Events:
    """The EventBridge events a service sends, which its model does not describe."""

    file: str  # the file they were read from
    source: str
    documentation: str
    types: tuple[EventType, ...]
    classes: tuple[EventClass, ...]  # each after the classes it holds
    filters: tuple[EventFilter, ...]
    guide: EventGuide

    def event_class(self, name: str) -> EventClass:
        return next(c for c in self.classes if c.name == name)

    def event_type(self, name: str) -> EventType:
        return next(t for t in self.types if t.name == name)


@dataclass(frozen=True)
class RateLimitGroup:
    """Operations that share one published rate and quota (per account, per region)."""

    name: str
    documentation: str  # what the group is, as the source names it
    operations: tuple[str, ...]
    rate: float  # requests per second
    burst: int  # requests that may go back to back after a pause
    daily_quota: int | None = None  # requests per rolling 24 hours


@dataclass(frozen=True)
class RateLimitPreset:
    """A named set of rate limits: every operation in one group, or explicitly unlimited."""

    name: str
    documentation: str  # Markdown
    source: str  # where the figures are published
    groups: tuple[RateLimitGroup, ...]
    unlimited: tuple[str, ...]  # operations the client does not pace


@dataclass(frozen=True)
class EmulatorModule:
    """A hand-written behaviour module of the service's emulator, copied into the package.

    ``name`` is its module name (``customizations/emulator/<name>.py``, the package's
    ``_emulator/<name>.py``); ``source`` its text, checked to compile, copied verbatim;
    ``operations`` the model operations it handles (its ``@routes("Name")``), sorted.
    """

    name: str
    source: str
    operations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Customization:
    """What one service's documentation shows that its model cannot say.

    Read from the service's ``models/<service>/customizations/`` folder (see
    :mod:`generator.loaders.customization`), so that the generic templates and views
    name no service: without one, every example follows the generic rules.
    """

    file: str = ""  # the file it was read from, for problems found when rendering
    # Read-modify-write updates and incremental syncs (``workflows.json``).
    workflows: Workflows = Workflows()
    # The operation the README's quick start, the commands module and ``send`` show.
    headline_operation: str | None = None
    # Example argument values by string or enum shape name: they replace the generic ones.
    example_values: dict[str, str] = field(default_factory=dict)
    # The opening paragraph (Markdown) of the reference site's getting-started page.
    getting_started_intro: str = ""
    # Where the reference site is published ("": nowhere known; the README links it relatively).
    documentation_url: str = ""
    # The service's EventBridge events: an ``events`` module and page when given.
    events: Events | None = None
    # Client-side rate limit presets (the client's ``rate_limits`` option), by name order.
    rate_limits: tuple[RateLimitPreset, ...] = ()
    # The emulator's hand-written behaviour modules (``emulator/``), by name order.
    emulator_modules: tuple[EmulatorModule, ...] = ()


@dataclass(frozen=True)
class ServiceMetadata:
    """What identifies the service and how it is called."""

    service_id: str
    full_name: str
    api_version: str
    protocol: Protocol  # the one generated, chosen from ``protocols``
    protocols: tuple[str, ...]  # every protocol the model lists, in its order
    query_compatible: bool  # awsQueryCompatible: a JSON service that was a query service
    json_version: str  # awsJson's "1.0" or "1.1" ("" for a model that lists no json)
    target_prefix: str  # awsJson's X-Amz-Target prefix; RPC v2 CBOR's <ServiceName> in the path
    endpoint_prefix: str
    signing_name: str
    signature_version: str
    uid: str

    @property
    def env_name(self) -> str:
        """The service part of ``AWS_ENDPOINT_URL_<NAME>`` (the AWS SDKs' rule)."""
        return self.service_id.replace(" ", "_").replace("-", "_").upper()

    @property
    def config_key(self) -> str:
        """The service's key under a ``[services ...]`` config-file section."""
        return self.service_id.replace(" ", "_").replace("-", "_").lower()


@dataclass(frozen=True)
class Service:
    """The whole model, normalized."""

    metadata: ServiceMetadata
    documentation: str
    package_name: str  # import name, e.g. partnercentral_selling
    distribution_name: str  # PyPI name, e.g. partnercentral-selling
    client_name: str  # e.g. PartnerCentralSellingClient
    async_client_name: str  # e.g. AsyncPartnerCentralSellingClient
    error_base_name: str  # e.g. PartnerCentralSellingError
    operations: tuple[Operation, ...]
    shapes: dict[str, Shape]
    waiters: dict[str, Waiter] = field(default_factory=dict)  # by name, sorted
    endpoint_rule_set: dict[str, Any] | None = None
    # Operations left out because they need an unsupported feature: name -> why.
    skipped_operations: dict[str, str] = field(default_factory=dict)
    retired_enums: tuple[RetiredEnum, ...] = ()
    client_context_params: tuple[ClientContextParam, ...] = ()
    customization: Customization = Customization()
    # Problems that cost the package nothing but an example value, one line each.
    warnings: tuple[str, ...] = ()
    # Whether the model states, for every operation, if it is read-only or idempotent
    # (Smithy models do; botocore drops the traits, so there an absent trait says nothing).
    idempotency_known: bool = False
    # The rule set's test cases (Smithy ``smithy.rules#endpointTests``, botocore's
    # ``endpoint-tests-1.json``): ``{"documentation", "params", "expect", "operationInputs"}``.
    endpoint_tests: tuple[dict[str, Any], ...] = ()

    def shape(self, name: str) -> Shape:
        return self.shapes[name]

    @property
    def class_names(self) -> tuple[str, str, str]:
        """The classes every package of the service has: both clients and the error base."""
        return self.client_name, self.async_client_name, self.error_base_name

    @property
    def endpoint_built_ins(self) -> frozenset[str]:
        """The built-ins (``AWS::Region``...) the endpoint rule set takes."""
        parameters = (self.endpoint_rule_set or {}).get("parameters", {})
        return frozenset(p["builtIn"] for p in parameters.values() if "builtIn" in p)

    @property
    def takes_account_id_endpoint_mode(self) -> bool:
        """Does the client need the ``account_id_endpoint_mode`` option?"""
        return "AWS::Auth::AccountIdEndpointMode" in self.endpoint_built_ins

    @property
    def endpoint_params_per_call(self) -> bool:
        """Does some operation set endpoint rule-set parameters from its call?"""
        return any(operation.endpoint_bindings for operation in self.operations)

    @property
    def structures(self) -> list[Shape]:
        return [s for s in self.shapes.values() if s.kind == "structure" and not s.exception]

    @property
    def unions(self) -> list[Shape]:
        return [s for s in self.shapes.values() if s.kind == "union"]

    @property
    def enums(self) -> list[Shape]:
        return [s for s in self.shapes.values() if s.kind == "enum"]

    @property
    def collections(self) -> list[Shape]:
        return [s for s in self.shapes.values() if s.kind in ("list", "map")]

    @property
    def errors(self) -> list[Shape]:
        return [s for s in self.shapes.values() if s.exception]

    @property
    def paginated_operations(self) -> list[Operation]:
        return [o for o in self.operations if o.paginator is not None]
