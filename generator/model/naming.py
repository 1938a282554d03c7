"""Python names for model names: the one authority, and a public contract.

Renaming a generated name breaks every user of it, so the rules here change
only on purpose (and the model diff reports it). Every rule is a pure
function of the model: the keyword and builtin lists are pinned below, not
read from the running interpreter, so Python 3.10 and 3.13 give the same
names.

Spelling:

- Operations and members: botocore's ``xform_name`` (``GetAwsOpportunitySummary``
  -> ``get_aws_opportunity_summary``; ``GatewayARNs`` -> ``gateway_arns``), so
  code ported from boto3 keeps its names.
- Shapes keep their model name (``OpportunitySummary``).

How a model name is kept from every name a generated scope already uses:

1. **Private aliases (no rename).** Generated modules refer to everything
   that is not a model name (typing helpers, runtime classes such as
   ``ClientCore``, sibling modules) through ``_``-prefixed aliases, and a
   model name never starts with ``_`` (the loader refuses such shape and
   operation names; members lose their leading underscores, rule 2). So a
   shape may be called ``TypeVar``, ``Credentials`` or ``Command``.
2. **Trailing underscore (deterministic rename)** where a model name would
   take a name that generated code or Python itself needs in that scope:

   - a class name (structure, union, variant, enum, error) that is a keyword,
     a builtin that generated modules call (``dict``, ``frozenset`` ...), a
     runtime exception the package re-exports (``TransportError`` ...), or
     one of the service's own class names (``PartnerCentralSellingClient``);
   - a member name that is a keyword or soft keyword, a name generated
     classes use (``self``, ``to_dict`` ...), or, in an error, an attribute
     every service error has (``code``, ``retryable``, ``request_id`` ...);
     a member name with leading underscores loses them and gets the trailing
     underscore instead (``_encode`` -> ``encode_``);
   - an operation method that is a keyword or a member of every client
     (``config``, ``close``, ``send`` ...).
3. **Refusal** (a ``ModelError`` naming the file and JSON pointer) where a
   rename would surprise users: two model names that give the same Python
   name, a union variant class that is another shape's name even with
   ``Variant`` appended (:func:`variant_class_name`), a paginator or
   waiter method that is an operation's, an input member that takes the name
   of a paginate or wait method's own option.

Builtins that generated code does not use (``type``, ``id``) are *not*
escaped: as attributes and keyword arguments they shadow nothing, and
``type_=`` would be worse for every caller. For the same reason ``type``,
a soft keyword only since Python 3.12, is not in the pinned soft keywords.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

_FIRST_CAP = re.compile("(.)([A-Z][a-z]+)")
_END_CAP = re.compile("([a-z0-9])([A-Z])")
_PLURAL_ACRONYM = re.compile("[A-Z]{2,}s$")

# Python's keywords: the same 35 from 3.10 to 3.13 (a test compares them
# with the running interpreter's ``keyword.kwlist``).
RUNTIME_DISTRIBUTION = "typed-aws-runtime"
"""The shared runtime every generated package depends on (``generated/<this>/``)."""
RUNTIME_PACKAGE = RUNTIME_DISTRIBUTION.replace("-", "_")
"""Its import name: generated code imports ``<this>.pipeline``, ``<this>.protocols`` ..."""

KEYWORDS = frozenset(
    {
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
    }
)
# Soft keywords escaped in member and method names: Python 3.10's list.
# ``type`` (3.12) is left out on purpose: see the module docstring.
SOFT_KEYWORDS = frozenset({"_", "case", "match"})

# Builtins that generated modules use. A class of that name would replace
# the builtin in the module that defines or imports it. A test parses every
# generated module and checks that each builtin it uses is listed here.
GENERATED_CODE_BUILTINS = frozenset(
    {
        "AttributeError",
        "BaseException",
        "DeprecationWarning",
        "NotImplemented",
        "bool",
        "bytes",
        "classmethod",
        "dict",
        "float",
        "frozenset",
        "getattr",
        "globals",
        "int",
        "isinstance",
        "list",
        "object",
        "property",
        "slice",
        "str",
        "super",
        "tuple",
        "type",
    }
)
# Runtime exceptions that ``errors.py`` re-exports under their own names.
REEXPORTED_ERRORS = frozenset(
    {
        "ConnectTimeoutError",
        "IncompleteResponseError",
        "ParamValidationError",
        "ReadTimeoutError",
        "ResponseParseError",
        "SdkError",
        "ServiceError",
        "TransportError",
        "UpdateConflictError",
        "WaiterError",
        "WaiterTimeoutError",
    }
)
# Public names a generated module binds besides model classes.
MODULE_NAMES = frozenset({"annotations", "REASONS"})
RESERVED_CLASS_NAMES = (
    KEYWORDS | SOFT_KEYWORDS | GENERATED_CODE_BUILTINS | REEXPORTED_ERRORS | MODULE_NAMES
)

# Names the generated classes and methods use for themselves: the
# parameters ``self`` and ``cls``, the shape methods ``to_dict`` and
# ``from_dict``, union variants' ``value``, ``tag`` and ``unknown_tag``,
# and ``client`` and ``request``, kept from the first release.
RESERVED_MEMBER_NAMES = frozenset(
    {"self", "cls", "to_dict", "from_dict", "value", "tag", "unknown_tag", "client", "request"}
)
# Attributes every service exception has: the error code, HTTP status,
# request id, the decoded body, the facts the retry logic reads
# (``retryable``, ``retry_after``, ``clock_skew_corrected``, ``fault``,
# ``http_status``), ``BaseException``'s own, and ``context``, the keyword
# collector of generated error constructors. An error member must not hide
# them (``message`` is the exception message itself, so it is not here).
RESERVED_ERROR_MEMBER_NAMES = frozenset(
    {
        "code",
        "status_code",
        "request_id",
        "details",
        "fault",
        "http_status",
        "retryable",
        "retry_after",
        "clock_skew_corrected",
        "context",
        "args",
        "with_traceback",
        "add_note",
    }
)
# Members of every generated client: an operation method must not replace them.
RESERVED_METHOD_NAMES = frozenset({"config", "close", "send"})
# The names the ``events`` module binds besides its event classes: an event class
# (named in the service's events.json) must not take one.
EVENTS_MODULE_NAMES = frozenset(
    {
        "AnyEvent",
        "Event",
        "EventObject",
        "EventParseError",
        "EventRouter",
        "SOURCE",
        "UnknownEvent",
        "event_pattern",
        "parse_event",
    }
)
# Attributes every event object has besides its fields: ``extra`` holds the unknown ones.
RESERVED_EVENT_FIELD_NAMES = RESERVED_MEMBER_NAMES | {"extra"}
# The keyword options of every client constructor: a client context
# parameter's option must not take one.
CLIENT_OPTIONS = frozenset(
    {
        "region",
        "profile",
        "credentials",
        "endpoint_url",
        "max_attempts",
        "retry_mode",
        "retry_strategy",
        "use_fips_endpoint",
        "use_dualstack_endpoint",
        "defaults_mode",
        "disable_host_prefix",
        "connect_timeout",
        "read_timeout",
        "logger",
        "request_handler",
        "extensions",
        "account_id_endpoint_mode",
        "rate_limits",
        "app_id",
        "verify",
        "client_cert",
        "proxies",
        "proxies_config",
    }
)


def xform_name(name: str) -> str:
    """Convert a CamelCase model name to snake_case exactly as botocore does."""
    if "_" in name:
        return name
    special = _PLURAL_ACRONYM.search(name)
    if special is not None:
        matched = special.group()
        name = f"{name[: -len(matched)]}_{matched.lower()}"
    first = _FIRST_CAP.sub(r"\1_\2", name)
    return _END_CAP.sub(r"\1_\2", first).lower()


def is_identifier(name: str) -> bool:
    """True when ``name`` can be a Python identifier (ASCII only, as in models)."""
    return name.isascii() and name.isidentifier()


def is_model_class_name(name: str) -> bool:
    """True when a shape or operation name can name generated classes.

    An ASCII identifier that starts with a letter: a leading underscore is
    the generated modules' own namespace (rule 1 of the module docstring).
    """
    return is_identifier(name) and name[0].isalpha()


def escape(name: str, reserved: Iterable[str] = ()) -> str:
    """Append ``_`` to keywords, pinned soft keywords and ``reserved`` names."""
    if name in KEYWORDS or name in SOFT_KEYWORDS or name in reserved:
        return name + "_"
    return name


def member_name(wire_name: str, *, of_error: bool = False) -> str:
    """The snake_case attribute and keyword-argument name of a member.

    Leading underscores would make the name private (or mangled, for two),
    so they move to the end: ``_encode`` -> ``encode_``. Returns "" for a
    name of underscores only, which the loader refuses.
    """
    name = xform_name(wire_name)
    stripped = name.lstrip("_")
    if not stripped:
        return ""
    if stripped != name:
        return stripped + "_"
    reserved = (
        RESERVED_MEMBER_NAMES | RESERVED_ERROR_MEMBER_NAMES if of_error else RESERVED_MEMBER_NAMES
    )
    return escape(name, reserved)


def event_field_name(json_name: str) -> str:
    """The attribute and keyword-argument name of an event field, or "" when none fits.

    A member's rules (``schemaVersion`` -> ``schema_version``), ``extra`` escaped too.
    """
    name = member_name(json_name)
    return escape(name, RESERVED_EVENT_FIELD_NAMES) if is_identifier(name) else ""


def client_option_name(parameter: str) -> str:
    """The client option of a client context parameter (``UseArnRegion`` -> ``use_arn_region``).

    Returns "" when the name cannot be a keyword argument of its own.
    """
    name = xform_name(parameter)
    if not is_identifier(name) or escape(name, {"self"}) != name:
        return ""
    return name


def operation_method_name(operation_name: str) -> str:
    """The client method name of an operation (``GetOpportunity`` -> ``get_opportunity``)."""
    return escape(xform_name(operation_name), RESERVED_METHOD_NAMES)


def waiter_method_name(waiter_name: str) -> str:
    """The client method of a waiter (``TableExists`` -> ``wait_until_table_exists``)."""
    return "wait_until_" + xform_name(waiter_name)


def paginator_method_name(operation_method: str) -> str:
    """The client method of an operation's paginator (``paginate_list_opportunities``)."""
    return f"paginate_{operation_method}"


def operation_constant(method_name: str) -> str:
    """The ``_operations`` module constant of an operation (``GET_OPPORTUNITY``).

    Never starts with ``_``: that module's other constants all do.
    """
    return method_name.upper()


def paginator_constant(method_name: str) -> str:
    """The ``_operations`` constant of an operation's paginator (``_LIST_OPPORTUNITIES_PAGES``).

    Private, so no operation's constant can take it.
    """
    return f"_{operation_constant(method_name)}_PAGES"


def waiter_constant(waiter_method: str) -> str:
    """The ``_operations`` constant of a waiter (``_WAIT_UNTIL_TABLE_EXISTS``); private too."""
    return "_" + waiter_method.upper()


def service_class_names(service_id: str) -> tuple[str, str, str]:
    """``(client, async client, error base)`` class names for a ``serviceId``.

    ``Partner Central Selling`` -> ``PartnerCentralSellingClient``,
    ``AsyncPartnerCentralSellingClient``, ``PartnerCentralSellingError``.
    """
    stem = "".join(part[:1].upper() + part[1:] for part in service_id.replace("-", " ").split())
    return f"{stem}Client", f"Async{stem}Client", f"{stem}Error"


def package_name(endpoint_prefix: str) -> str:
    """The import name of the package (``partnercentral-selling`` -> ``partnercentral_selling``)."""
    return endpoint_prefix.replace("-", "_").replace(".", "_").lower()


def distribution_name(package: str) -> str:
    """The PyPI name of the package (``partnercentral_selling`` -> ``partnercentral-selling``)."""
    return package.replace("_", "-")


def class_name(shape_name: str, service_classes: Iterable[str] = ()) -> str:
    """The class name of a shape: its model name, escaped when generated code needs it.

    ``service_classes`` are the service's own class names (client, error base).
    """
    return escape(shape_name, RESERVED_CLASS_NAMES | frozenset(service_classes))


def variant_class_name(union: str, wire_name: str, shape_names: Container[str] = ()) -> str:
    """The class of a union variant: the union's name and the member's, joined.

    When a shape already has that name (sagemaker's union ``AIModelSource``
    has a member ``S3`` of the shape ``AIModelSourceS3``), ``Variant`` is
    appended: ``AIModelSourceS3Variant``.
    """
    name = f"{union}{wire_name[:1].upper()}{wire_name[1:]}"
    return name + "Variant" if name in shape_names else name


def unknown_variant_class_name(union_class: str) -> str:
    """The class a union's variants unknown to this client are decoded into."""
    return f"{union_class}Unknown"


def constant_name(enum_value: str) -> str:
    """The Python member name of an enum value (``Closed Lost`` -> ``CLOSED_LOST``).

    Characters that cannot be in an identifier become ``_``; a leading digit
    gets a ``V_`` prefix. Returns "" when nothing usable is left (the value is
    then only reachable as a plain string).
    """
    name = re.sub(r"[^0-9A-Za-z]+", "_", enum_value).strip("_").upper()
    if not name:
        return ""
    if name[0].isdigit():
        name = "V_" + name
    return escape(name)


def enum_constant_names(values: Iterable[str]) -> list[str]:
    """The members of one enum, in order: :func:`constant_name` made unique.

    A value with no usable characters is ``VALUE``; a name already taken gets
    ``_2``, ``_3``, ... in the order the values come.
    """
    used: set[str] = set()
    names = []
    for value in values:
        constant = constant_name(value) or "VALUE"
        base, n = constant, 2
        while constant in used:
            constant = f"{base}_{n}"
            n += 1
        used.add(constant)
        names.append(constant)
    return names


def private_module_name(name: str) -> str:
    """A generated private module named after a shape or an operation method.

    ``_`` and the snake_case name, lower-cased: ``LifeCycle`` -> ``_life_cycle``,
    ``get_opportunity`` -> ``_get_opportunity``. No model name starts with ``_``, so the
    module never meets a class or function of the package it is in, and lower case keeps
    two names from being one file on a case-insensitive disk (``Foo_Bar``, ``foo_bar``).
    """
    return "_" + xform_name(name).lower()


def command_class_name(operation_name: str) -> str:
    """The seed-style Command class of an operation (``GetOpportunityCommand``)."""
    return f"{operation_name}Command"


def modify_method_name(update_operation: str) -> str:
    """The client method of an update's read-modify-write: ``modify_opportunity``."""
    return _with_verb("modify", update_operation)


def sync_method_name(list_operation: str) -> str:
    """The client method of an incremental sync over a list: ``sync_opportunities``."""
    return _with_verb("sync", list_operation)


def _with_verb(verb: str, operation_name: str) -> str:
    """The operation's method with its first word replaced by ``verb``
    (``UpdateOpportunity`` -> ``modify_opportunity``); a one-word name is kept whole."""
    name = xform_name(operation_name)
    _, _, rest = name.partition("_")
    return f"{verb}_{rest or name}"


def workflow_constant(method_name: str) -> str:
    """The ``_operations`` constant of a workflow method (``_MODIFY_OPPORTUNITY``); private."""
    return "_" + method_name.upper()
