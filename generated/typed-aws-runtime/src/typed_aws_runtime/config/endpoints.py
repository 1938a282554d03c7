"""An interpreter for AWS endpoint rule sets (``endpoint-rule-set-1.json``).

A service ships its endpoint rules as data; :class:`RuleSetResolver` walks
them for a set of parameter values (``Region``, ``UseFIPS``, ``Endpoint``...)
and returns the :class:`Endpoint` to send requests to, or raises
:class:`EndpointResolutionError` with the rule set's own message. We
interpret rather than compile so that the official test cases exercise this
very code, and because a client resolves once and caches the result.

The rule language: rules are tried in order; a rule applies when all its
conditions hold (a function result of ``None`` or ``False`` fails a
condition; ``assign`` binds the result to a name for the rest of that
rule). A ``tree`` rule recurses into its sub-rules, an ``endpoint`` rule
yields a URL, properties and headers, an ``error`` rule raises. Strings are
templates: ``{Name}`` and ``{Name#path.to[0]}`` insert values, ``{{`` and
``}}`` stand for literal braces.

``partitions.json`` next to this module is botocore 1.44.8's
``botocore/data/partitions.json`` (Apache-2.0), the data ``aws.partition``
matches regions against.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from typing import Any, Callable, Mapping, Sequence, TypeGuard

from ..exceptions import SdkError

__all__ = [
    "Endpoint",
    "EndpointResolutionError",
    "RuleSetResolver",
    "load_partitions",
]

# One template token: an escaped brace or a ``{reference}``.
_TEMPLATE_TOKEN_RE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
# One ``getAttr`` path segment: ``name``, ``name[3]`` or ``[3]``.
_PATH_SEGMENT_RE = re.compile(r"([^\[\]]*)(?:\[(\d+)\])?")
# RFC 1123 host label: 1-63 letters, digits and hyphens, no hyphen at either end.
_HOST_LABEL_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
# Dotted-quad shape, deliberately loose (as botocore's): "looks like an IP".
_IPV4_RE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")

_PARAMETER_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "stringarray": lambda value: isinstance(value, (list, tuple))
    and all(isinstance(item, str) for item in value),
}


class EndpointResolutionError(SdkError):
    """No endpoint for these parameters; the message is the rule set's error text."""


class Endpoint:
    """A resolved endpoint: the URL to send to, extra properties and headers.

    ``properties`` carries what the rules attach for the signer, notably
    ``authSchemes`` (signing name and region); ``headers`` maps a header
    name to the values to add to every request sent to this endpoint.
    (A plain class: this module is imported when every client is built.)
    """

    __slots__ = ("url", "properties", "headers")

    def __init__(
        self,
        url: str,
        properties: dict[str, Any] | None = None,
        headers: dict[str, list[str]] | None = None,
    ) -> None:
        self.url = url
        self.properties = properties if properties is not None else {}
        self.headers = headers if headers is not None else {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Endpoint):
            return NotImplemented
        return (self.url, self.properties, self.headers) == (
            other.url,
            other.properties,
            other.headers,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r}, properties={self.properties!r}, headers={self.headers!r})"


@lru_cache(maxsize=None)
def load_partitions() -> dict[str, Any]:
    """Return the partition table shipped next to this module (read once).

    The result is shared between callers: treat it as read-only.
    """
    path = os.path.join(os.path.dirname(__file__), "partitions.json")
    with open(path, encoding="utf-8") as file:
        text = file.read()
    data: dict[str, Any] = json.loads(text)
    return data


# --- The standard library functions -------------------------------------------------------------


def _is_set(value: Any) -> bool:
    """``isSet``: whether a value is present (``False`` is a present value)."""
    return value is not None


def _not(value: Any) -> bool:
    """``not``: logical negation of a boolean."""
    return not value


def _boolean_equals(left: Any, right: Any) -> bool:
    """``booleanEquals``: two booleans are the same; an unset side never equals."""
    if left is None or right is None:
        return False
    if not isinstance(left, bool) or not isinstance(right, bool):
        raise EndpointResolutionError(
            f"booleanEquals needs two booleans, not {type(left).__name__} "
            f"and {type(right).__name__}"
        )
    return left is right


def _string_equals(left: Any, right: Any) -> bool:
    """``stringEquals``: two strings are equal; an unset side never equals."""
    if left is None or right is None:
        return False
    if not isinstance(left, str) or not isinstance(right, str):
        raise EndpointResolutionError(
            f"stringEquals needs two strings, not {type(left).__name__} "
            f"and {type(right).__name__}"
        )
    return left == right


@lru_cache(maxsize=256)
def _parse_path(path: str) -> tuple[tuple[str, int | None], ...]:
    """Split a ``getAttr`` path such as ``a.b[2]`` into ``(name, index)`` steps."""
    steps: list[tuple[str, int | None]] = []
    for segment in path.split("."):
        match = _PATH_SEGMENT_RE.fullmatch(segment)
        if match is None or not segment:
            raise EndpointResolutionError(f"Invalid getAttr path: {path!r}")
        name, index = match.groups()
        steps.append((name, None if index is None else int(index)))
    return tuple(steps)


def _get_attr(value: Any, path: str) -> Any:
    """``getAttr``: follow ``path`` into nested objects and lists.

    A missing key or an index past the end yields ``None`` (the condition
    fails) rather than an exception.
    """
    for name, index in _parse_path(path):
        if name:
            if not isinstance(value, Mapping):
                return None
            value = value.get(name)
        if index is not None:
            if not isinstance(value, (list, tuple)) or index >= len(value):
                return None
            value = value[index]
    return value


def _substring(value: Any, start: int, stop: int, reverse: bool) -> str | None:
    """``substring``: ``value[start:stop]``, counted from the end when ``reverse``.

    ``None`` for non-ASCII input (indexes are byte offsets in other SDKs)
    and when the range does not fit inside the string.
    """
    if not isinstance(value, str) or not value.isascii():
        return None
    if start >= stop or len(value) < stop:
        return None
    if reverse:
        return value[len(value) - stop : len(value) - start]
    return value[start:stop]


def _uri_encode(value: Any) -> str | None:
    """``uriEncode``: percent-encode all but the RFC 3986 unreserved characters."""
    if value is None:
        return None
    from urllib.parse import quote  # rarely needed; kept off the client-start path

    return quote(str(value), safe="")


def _is_ip_host(authority: str) -> bool:
    """Whether the host part of ``authority`` is an IPv4 or bracketed IPv6 address."""
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        literal = host[1 : host.find("]")] if "]" in host else ""
        try:
            import ipaddress  # rarely needed; kept off the client-start path

            ipaddress.IPv6Address(literal.replace("%25", "%", 1))
        except ValueError:
            return False
        return True
    return _IPV4_RE.fullmatch(host.partition(":")[0]) is not None


def _parse_url(value: Any) -> dict[str, Any] | None:
    """``parseURL``: split an ``http``/``https`` URL into the rule set's URL object.

    ``None`` for anything else: another or no scheme, a query string, or a
    port that is not a number. ``normalizedPath`` is the path with a leading
    and a trailing slash.
    """
    if not isinstance(value, str):
        return None
    try:
        from urllib.parse import urlsplit  # rarely needed; kept off the client-start path

        parts = urlsplit(value)
        parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.query:
        return None
    path = parts.path
    normalized = path if path.startswith("/") else "/" + path
    if not normalized.endswith("/"):
        normalized += "/"
    return {
        "scheme": parts.scheme,
        "authority": parts.netloc,
        "path": path,
        "normalizedPath": normalized,
        "isIp": _is_ip_host(parts.netloc),
    }


def is_valid_host_label(value: Any, allow_subdomains: bool) -> TypeGuard[str]:
    """``isValidHostLabel``: an RFC 1123 label, or dot-separated labels if allowed."""
    if not isinstance(value, str):
        return False
    labels = value.split(".") if allow_subdomains else [value]
    return all(_HOST_LABEL_RE.fullmatch(label) is not None for label in labels)


def _parse_arn(value: Any) -> dict[str, Any] | None:
    """``aws.parseArn``: ``arn:partition:service:region:account:resource``.

    ``resourceId`` is the resource split on both ``:`` and ``/``. Region
    and account may be empty; partition, service and resource may not.
    """
    if not isinstance(value, str):
        return None
    parts = value.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn":
        return None
    _, partition, service, region, account, resource = parts
    if not partition or not service or not resource:
        return None
    return {
        "partition": partition,
        "service": service,
        "region": region,
        "accountId": account,
        "resourceId": re.split(r"[:/]", resource),
    }


def _is_virtual_hostable_s3_bucket(value: Any, allow_subdomains: bool) -> bool:
    """``aws.isVirtualHostableS3Bucket``: usable as a host name label for S3.

    3 to 63 characters, lower case, not shaped like an IPv4 address, and
    valid host label(s).
    """
    if not isinstance(value, str) or not 3 <= len(value) <= 63:
        return False
    if value.lower() != value or _IPV4_RE.fullmatch(value) is not None:
        return False
    return is_valid_host_label(value, allow_subdomains)


_STANDARD_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "isSet": _is_set,
    "not": _not,
    "booleanEquals": _boolean_equals,
    "stringEquals": _string_equals,
    "getAttr": _get_attr,
    "substring": _substring,
    "uriEncode": _uri_encode,
    "parseURL": _parse_url,
    "isValidHostLabel": is_valid_host_label,
    "aws.parseArn": _parse_arn,
    "aws.isVirtualHostableS3Bucket": _is_virtual_hostable_s3_bucket,
}


# --- Partitions ----------------------------------------------------------------------------------


class _PartitionTable:
    """``aws.partition``: which partition a region belongs to, and its outputs.

    A region listed by name in a partition wins over a ``regionRegex``
    match; an unknown region falls back to the ``aws`` partition (so new
    commercial regions work before the table knows them). Results are
    cached per region and shared: read-only.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._partitions: list[Mapping[str, Any]] = list(data["partitions"])
        self._regexes = [re.compile(p["regionRegex"]) for p in self._partitions]
        self._cache: dict[str, dict[str, Any]] = {}

    def __call__(self, region: Any) -> dict[str, Any] | None:
        """Return the partition outputs for ``region`` (``None`` when unset)."""
        if not isinstance(region, str):
            return None
        result = self._cache.get(region)
        if result is None:
            result = self._cache[region] = self._lookup(region)
        return result

    def _lookup(self, region: str) -> dict[str, Any]:
        """Find the partition for ``region``: by name first, then by pattern."""
        for partition in self._partitions:
            if region in partition["regions"]:
                return self._outputs(partition, partition["regions"][region])
        for partition, regex in zip(self._partitions, self._regexes):
            if regex.match(region):
                return self._outputs(partition, {})
        fallback = next((p for p in self._partitions if p["id"] == "aws"), self._partitions[0])
        return self._outputs(fallback, {})

    @staticmethod
    def _outputs(partition: Mapping[str, Any], region: Mapping[str, Any]) -> dict[str, Any]:
        """The partition's outputs plus its ``name`` and any region-specific overrides."""
        outputs = dict(partition["outputs"])
        outputs["name"] = partition["id"]
        outputs.update((k, v) for k, v in region.items() if k != "description")
        return outputs


# --- The interpreter -----------------------------------------------------------------------------


class RuleSetResolver:
    """Resolves endpoints by interpreting one service's endpoint rule set.

    Build it once per client from the rule set JSON (already decoded) and
    the partition table (``load_partitions()`` when omitted); ``resolve``
    keeps no state between calls.
    """

    def __init__(
        self, rule_set: Mapping[str, Any], partitions: Mapping[str, Any] | None = None
    ) -> None:
        self._parameters: Mapping[str, Mapping[str, Any]] = rule_set.get("parameters", {})
        self._rules: Sequence[Mapping[str, Any]] = rule_set["rules"]
        self._functions: dict[str, Callable[..., Any]] = dict(_STANDARD_FUNCTIONS)
        self._functions["aws.partition"] = _PartitionTable(
            load_partitions() if partitions is None else partitions
        )

    def resolve(self, params: Mapping[str, Any]) -> Endpoint:
        """Return the endpoint for ``params`` (keyed by the rule set's parameter names).

        Raises :class:`EndpointResolutionError` when a required parameter is
        missing or mistyped, when an ``error`` rule applies, or when no rule
        applies at all.
        """
        scope = self._bind_parameters(params)
        endpoint = self._evaluate_rules(self._rules, scope)
        if endpoint is None:
            shown = "\n".join(f"{name}: {value}" for name, value in scope.items())
            raise EndpointResolutionError(f"No endpoint found for parameters:\n{shown}")
        return endpoint

    # - parameters

    def _bind_parameters(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Apply defaults, check required parameters and types; return the set values."""
        scope: dict[str, Any] = {}
        for name, spec in self._parameters.items():
            value = params.get(name)
            if value is None:
                value = spec.get("default")
                if value is None:
                    if spec.get("required"):
                        raise EndpointResolutionError(
                            f"Cannot find value for required parameter {name}"
                        )
                    continue
            _check_parameter_type(name, spec["type"], value)
            scope[name] = value
        return scope

    # - rules

    def _evaluate_rules(
        self, rules: Sequence[Mapping[str, Any]], scope: Mapping[str, Any]
    ) -> Endpoint | None:
        """Try ``rules`` in order; the first that yields an endpoint (or raises) wins."""
        for rule in rules:
            local = self._match_conditions(rule.get("conditions", ()), scope)
            if local is None:
                continue
            kind = rule.get("type")
            if kind == "endpoint":
                return self._build_endpoint(rule["endpoint"], local)
            if kind == "error":
                raise EndpointResolutionError(str(self._evaluate(rule["error"], local)))
            if kind != "tree":
                raise EndpointResolutionError(f"Unknown rule type: {kind}")
            # A tree whose sub-rules all fail falls through to its next sibling.
            endpoint = self._evaluate_rules(rule["rules"], local)
            if endpoint is not None:
                return endpoint
        return None

    def _match_conditions(
        self, conditions: Sequence[Mapping[str, Any]], scope: Mapping[str, Any]
    ) -> Mapping[str, Any] | None:
        """Return the scope for the rule body if every condition holds, else ``None``.

        The scope is copied on the first ``assign`` only, so bindings of a
        rule never leak to its siblings and assignment-free rules copy nothing.
        """
        local = scope
        copied: dict[str, Any] | None = None
        for condition in conditions:
            result = self._call(condition, local)
            if result is None or result is False:
                return None
            name = condition.get("assign")
            if name is not None:
                if name in local:
                    raise EndpointResolutionError(
                        f"Assignment {name} already exists in scope and cannot be overwritten"
                    )
                if copied is None:
                    local = copied = dict(scope)
                copied[name] = result
        return local

    def _build_endpoint(self, spec: Mapping[str, Any], scope: Mapping[str, Any]) -> Endpoint:
        """Evaluate an ``endpoint`` rule's URL, properties and headers."""
        url = self._evaluate(spec["url"], scope)
        if not isinstance(url, str):
            raise EndpointResolutionError(f"Endpoint URL is not a string: {url!r}")
        properties = {
            key: self._render_property(value, scope)
            for key, value in spec.get("properties", {}).items()
        }
        headers = {
            name: [str(self._evaluate(item, scope)) for item in values]
            for name, values in spec.get("headers", {}).items()
        }
        return Endpoint(url, properties, headers)

    def _render_property(self, value: Any, scope: Mapping[str, Any]) -> Any:
        """Expand templates in a property value, recursing into lists and objects."""
        if isinstance(value, str):
            return _render_template(value, scope)
        if isinstance(value, list):
            return [self._render_property(item, scope) for item in value]
        if isinstance(value, dict):
            return {key: self._render_property(item, scope) for key, item in value.items()}
        return value

    # - expressions

    def _evaluate(self, expression: Any, scope: Mapping[str, Any]) -> Any:
        """Evaluate a literal (strings are templates), a ``ref`` or a function call."""
        if isinstance(expression, str):
            return _render_template(expression, scope)
        if isinstance(expression, dict):
            if "ref" in expression:
                return scope.get(expression["ref"])
            if "fn" in expression:
                return self._call(expression, scope)
        if isinstance(expression, list):
            return [self._evaluate(item, scope) for item in expression]
        return expression

    def _call(self, call: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        """Call a standard library function on its evaluated arguments."""
        name = call["fn"]
        function = self._functions.get(name)
        if function is None:
            raise EndpointResolutionError(f"Unknown endpoint rule function: {name}")
        return function(*[self._evaluate(arg, scope) for arg in call["argv"]])


def _check_parameter_type(name: str, type_name: str, value: Any) -> None:
    """Raise if ``value`` does not have the parameter's declared type."""
    check = _PARAMETER_TYPES.get(type_name.lower())
    if check is None:
        raise EndpointResolutionError(f"Unknown parameter type {type_name} for {name}")
    if not check(value):
        raise EndpointResolutionError(
            f"Value ({name}) is the wrong type. Must be {type_name}, not {type(value).__name__}."
        )


def _render_template(template: str, scope: Mapping[str, Any]) -> str:
    """Expand ``{Name}``/``{Name#path}`` references and ``{{``/``}}`` escapes."""
    if "{" not in template and "}" not in template:
        return template

    def substitute(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return _template_value(match.group(1), scope)

    return _TEMPLATE_TOKEN_RE.sub(substitute, template)


def _template_value(reference: str, scope: Mapping[str, Any]) -> str:
    """The text a template reference stands for; an unset value is an error."""
    name, _, path = reference.partition("#")
    value = scope.get(name)
    if path and value is not None:
        value = _get_attr(value, path)
    if value is None:
        raise EndpointResolutionError(f"Template refers to an unset value: {{{reference}}}")
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
