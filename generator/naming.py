"""Python names for model names: a public contract.

Renaming a generated name breaks every user of it, so the rules here change
only on purpose (and the model diff reports it).

- Operations and members: botocore's ``xform_name`` (``GetAwsOpportunitySummary``
  -> ``get_aws_opportunity_summary``; ``GatewayARNs`` -> ``gateway_arns``), so code
  ported from boto3 keeps its names.
- Shapes keep their model name (``OpportunitySummary``).
- Escapes: a member name that is a Python keyword or soft keyword, or that
  clashes with a name the generated code itself uses (``self``, ``cls``,
  ``to_dict``, ``from_dict`` ...), gets a trailing underscore (``from`` ->
  ``from_``). A shape name that is a keyword gets a trailing underscore too.
  Builtins such as ``type`` or ``id`` are *not* escaped: as attributes and
  keyword arguments they shadow nothing the generated code uses, and
  ``type_=`` would be worse for every caller.
"""

from __future__ import annotations

import re

_FIRST_CAP = re.compile("(.)([A-Z][a-z]+)")
_END_CAP = re.compile("([a-z0-9])([A-Z])")
_PLURAL_ACRONYM = re.compile("[A-Z]{2,}s$")

# Python's keywords (the same 35 in 3.10 to 3.13), pinned rather than read from `keyword`
# so that every Python generates the same names.
KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except"
    " finally for from global if import in is lambda nonlocal not or pass raise return try"
    " while with yield".split()
)
# The soft keywords of 3.10 and 3.11. 3.12 adds `type`, deliberately not escaped here:
# `type` is a model member name (`type=` keeps working, as a builtin would).
SOFT_KEYWORDS = frozenset({"_", "case", "match"})

# Names the generated classes and methods use for themselves.
RESERVED_MEMBER_NAMES = frozenset(
    {"self", "cls", "to_dict", "from_dict", "value", "tag", "client", "request"}
)
# `value` and `tag` are the attributes of union variant classes; `client`
# and `request` are parameter names of generated methods.
RESERVED_ERROR_MEMBER_NAMES = frozenset(
    {"code", "status_code", "request_id", "details", "fault", "args", "with_traceback", "add_note"}
)
# Attributes every service exception has (its error code, HTTP status ...):
# an error shape's members must not hide them.


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


def escape(name: str) -> str:
    """Append ``_`` to keywords and soft keywords."""
    if name in KEYWORDS or name in SOFT_KEYWORDS:
        return name + "_"
    return name


def member_name(wire_name: str, *, of_error: bool = False) -> str:
    """The snake_case attribute and keyword-argument name of a member."""
    name = escape(xform_name(wire_name))
    if name in RESERVED_MEMBER_NAMES or (of_error and name in RESERVED_ERROR_MEMBER_NAMES):
        name += "_"
    return name


def operation_method_name(operation_name: str) -> str:
    """The client method name of an operation (``GetOpportunity`` -> ``get_opportunity``)."""
    return escape(xform_name(operation_name))


def class_name(shape_name: str) -> str:
    """The class name of a shape: its model name, escaped when it is a keyword."""
    return escape(shape_name)


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


def command_class_name(operation_name: str) -> str:
    """The seed-style Command class of an operation (``GetOpportunityCommand``)."""
    return f"{operation_name}Command"
