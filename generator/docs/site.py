"""The reference site: Markdown pages and ``mkdocs.yml`` rendered beside the package.

The templates under ``templates/docs/`` read the IR through :class:`SiteView`, which
knows where each page lives (so member types link to their shape, enum or error), how
to spell a type and its constraints in words, and how to make model text safe inside a
Markdown table cell. The site is built with MkDocs in strict mode (``make docs``), so a
link to a page or anchor that does not exist fails the build.

Layout under ``docs/``: one page per operation (``operations/<method>.md``) and per
structure or union (``shapes/<Class>.md``); enums and errors each on one page, one
anchor (the class name) per enum or error; plus the guide pages of :data:`GUIDE_PAGES`, and
those of :data:`OPTIONAL_GUIDE_PAGES` the service has.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .markdown import first_sentence
from ..emit.examples import example_literal
from ..model.ir import Member, Operation, Service, Shape

if TYPE_CHECKING:
    import jinja2

# Guide and index pages: template -> path inside the package folder.
GUIDE_PAGES = {
    "docs/mkdocs.yml.j2": "mkdocs.yml",
    "docs/index.md.j2": "docs/index.md",
    "docs/getting-started.md.j2": "docs/getting-started.md",
    "docs/configuration.md.j2": "docs/configuration.md",
    "docs/retries.md.j2": "docs/retries.md",
    "docs/pagination.md.j2": "docs/pagination.md",
    "docs/async.md.j2": "docs/async.md",
    "docs/thread-safety.md.j2": "docs/thread-safety.md",
    "docs/testing.md.j2": "docs/testing.md",
    "docs/operations.md.j2": "docs/operations/index.md",
    "docs/shapes.md.j2": "docs/shapes/index.md",
    "docs/enums.md.j2": "docs/enums.md",
    "docs/errors.md.j2": "docs/errors.md",
}
# Guide pages only some services have: template -> (path, does the service have it?).
OPTIONAL_GUIDE_PAGES: dict[str, tuple[str, Callable[[Service], bool]]] = {
    "docs/events.md.j2": ("docs/events.md", lambda s: s.customization.events is not None),
    "docs/workflows.md.j2": ("docs/workflows.md", lambda s: bool(s.customization.workflows)),
}

# How the site spells scalar types (the annotations, without the module aliases).
_SCALAR_TYPES = {
    "string": "str",
    "integer": "int",
    "long": "int",
    "float": "float",
    "double": "float",
    "boolean": "bool",
    "blob": "bytes",
    "timestamp": "datetime",
    "document": "JSON value",
}
# A code span (group 1: its backticks) or a ``|`` outside one.
_CELL_PIPE = re.compile(r"(?<![`\\])(`+)(?!`).+?(?<!`)\1(?!`)|\|")
_HTML_CHARACTER = {char: f"&#{ord(char)};" for char in string.punctuation}
_LENGTH_KINDS = frozenset({"string", "blob", "list", "map"})


@dataclass(frozen=True)
class ConfigOption:
    """One client option and where else its value can come from (README and site)."""

    js_option: str
    python_option: str
    environment: str
    config_key: str
    default: str
    description: str


def config_options(service: Service) -> list[ConfigOption]:
    """The client's options, each with its environment variable and config-file key.

    The one source of the README's and the site's configuration tables.
    """
    env = service.metadata.env_name
    key = service.metadata.config_key
    logger = f'`logging.getLogger("{service.package_name}")`'
    return [
        ConfigOption(
            "`region`",
            "`region`",
            "`AWS_REGION`, `AWS_DEFAULT_REGION`",
            "`region`",
            "none (required)",
            "The AWS Region to call.",
        ),
        ConfigOption(
            "`profile`",
            "`profile`",
            "`AWS_PROFILE`",
            "(the section)",
            "`default`",
            "The shared config/credentials file profile to read.",
        ),
        ConfigOption(
            "`credentials`",
            "`credentials`",
            "`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`",
            "`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`, "
            "`credential_process`, ...",
            "the standard chain",
            "Credentials, or a provider of them, to sign requests with.",
        ),
        ConfigOption(
            "`endpoint`",
            "`endpoint_url`",
            f"`AWS_ENDPOINT_URL_{env}`, `AWS_ENDPOINT_URL`",
            f"`endpoint_url` (in `[services]` under `{key}`, or the profile)",
            "the endpoint rules",
            "A fixed endpoint instead of the one the endpoint rules give.",
        ),
        ConfigOption(
            "`maxAttempts`",
            "`max_attempts`",
            "`AWS_MAX_ATTEMPTS`",
            "`max_attempts`",
            "3 (5 in `legacy` retry mode)",
            "Attempts per call, the first included.",
        ),
        ConfigOption(
            "`retryMode`",
            "`retry_mode`",
            "`AWS_RETRY_MODE`",
            "`retry_mode`",
            "`standard`",
            "`legacy`, `standard` or `adaptive`.",
        ),
        ConfigOption(
            "`retryStrategy`",
            "`retry_strategy`",
            "-",
            "-",
            "from `retry_mode` and `max_attempts`",
            "Your own retry strategy object.",
        ),
        ConfigOption(
            "`useFipsEndpoint`",
            "`use_fips_endpoint`",
            "`AWS_USE_FIPS_ENDPOINT`",
            "`use_fips_endpoint`",
            "`false`",
            "Call the FIPS endpoint.",
        ),
        ConfigOption(
            "`useDualstackEndpoint`",
            "`use_dualstack_endpoint`",
            "`AWS_USE_DUALSTACK_ENDPOINT`",
            "`use_dualstack_endpoint`",
            "`false`",
            "Call the dual-stack (IPv6) endpoint; warns (`IgnoredOptionWarning`) when the "
            "endpoint rules do not take it.",
        ),
        ConfigOption(
            "`defaultsMode`",
            "`defaults_mode`",
            "`AWS_DEFAULTS_MODE`",
            "`defaults_mode`",
            "`legacy`",
            "Selects defaults such as the connect timeout.",
        ),
        ConfigOption(
            "`disableHostPrefix`",
            "`disable_host_prefix`",
            "-",
            "-",
            "`false`",
            "Do not prepend the model's host prefix to the endpoint.",
        ),
        ConfigOption(
            "`requestHandler` (`connectionTimeout`)",
            "`connect_timeout`",
            "-",
            "-",
            "60 s (`legacy`), 3.1 s (`standard`), per `defaults_mode`",
            "Seconds to wait for a connection.",
        ),
        ConfigOption(
            "`requestHandler` (`requestTimeout`)",
            "`read_timeout`",
            "-",
            "-",
            "60 s",
            "Seconds to wait for each piece of the response.",
        ),
        ConfigOption(
            "`logger`",
            "`logger`",
            "-",
            "-",
            logger,
            "Where calls, attempts and retry decisions are logged.",
        ),
        ConfigOption(
            "`userAgentAppId`",
            "`app_id`",
            "`AWS_SDK_UA_APP_ID`",
            "`sdk_ua_app_id`",
            "none",
            "Your application's id in the `User-Agent` (`app/<id>`), at most 50 characters.",
        ),
        ConfigOption(
            "`requestHandler`",
            "`request_handler`",
            "-",
            "-",
            "pooled standard library connections",
            "The object that sends the HTTP requests.",
        ),
        ConfigOption(
            "`requestHandler` (`httpsAgent`)",
            "`verify`",
            "`AWS_CA_BUNDLE`",
            "`ca_bundle`",
            "the system's trust store",
            "A CA bundle file or directory to verify the endpoint against, or `False`.",
        ),
        ConfigOption(
            "`requestHandler` (`httpsAgent`)",
            "`client_cert`",
            "-",
            "-",
            "none",
            "A client certificate file (with its key), or a (certificate, key) pair.",
        ),
        ConfigOption(
            "`requestHandler` (`httpsAgent`)",
            "`proxies`",
            "`HTTPS_PROXY`, `HTTP_PROXY` (`NO_PROXY`)",
            "-",
            "none",
            "The proxy URL by endpoint scheme, as boto3's `Config(proxies=...)`.",
        ),
        ConfigOption(
            "-",
            "`proxies_config`",
            "-",
            "-",
            "none",
            "`proxy_ca_bundle`, `proxy_client_cert`, `proxy_use_forwarding_for_https`.",
        ),
        ConfigOption(
            "`extensions`",
            "`extensions`",
            "-",
            "-",
            "none",
            "Interceptors (`extensions.Interceptor`) run at named points of every call.",
        ),
        *_endpoint_options(service),
    ]


def _endpoint_options(service: Service) -> list[ConfigOption]:
    """The options only some services' endpoint rules take."""
    options = []
    if service.takes_account_id_endpoint_mode:
        options.append(
            ConfigOption(
                "`accountIdEndpointMode`",
                "`account_id_endpoint_mode`",
                "`AWS_ACCOUNT_ID_ENDPOINT_MODE`",
                "`account_id_endpoint_mode`",
                "`preferred`",
                "`preferred`, `disabled` or `required`: call the endpoint of the "
                "credentials' account.",
            )
        )
    for param in service.client_context_params:
        options.append(
            ConfigOption(
                f"`{param.name[:1].lower()}{param.name[1:]}`",
                f"`{param.python_name}`",
                "-",
                "-",
                "not set",
                param.summary,
            )
        )
    return options


def table_cell(markdown: str) -> str:
    """Model Markdown as one table cell: its first sentence, on one line, ``|`` escaped.

    A ``|`` inside a code span stays as it is: Python-Markdown's tables do not split
    there, and would show the backslash.
    """
    text = " ".join(first_sentence(markdown).split())
    return _CELL_PIPE.sub(lambda match: match.group(0) if match.group(1) else "\\|", text)


def code_cell(text: str) -> str:
    """``text`` as code in a table cell, on one line.

    A code span cannot hold the ``|`` of a regular expression inside a table (the
    table would split there) nor a backtick, so such text becomes HTML ``<code>``
    with every punctuation character as a character reference: Markdown still
    reads the text between the tags, and must find no markup in it.
    """
    text = " ".join(text.split())
    if "|" not in text and "`" not in text:
        return f"`{text}`"
    return "<code>" + "".join(_HTML_CHARACTER.get(char, char) for char in text) + "</code>"


@dataclass(frozen=True)
class SiteView:
    """What the site's templates need beyond the IR: links, types and table cells."""

    service: Service

    def shape(self, name: str) -> Shape:
        return self.service.shapes[name]

    def link(self, name: str, base: str = "../") -> str:
        """A link to the page or anchor of shape ``name``, from a page ``base`` deep."""
        shape = self.shape(name)
        if shape.exception:
            return f"{base}errors.md#{shape.python_name}"
        if shape.kind == "enum":
            return f"{base}enums.md#{shape.python_name}"
        return f"{base}shapes/{shape.python_name}.md"

    def type_markdown(self, name: str, base: str = "../") -> str:
        """The Python type of a value of shape ``name``, its classes linked."""
        shape = self.shape(name)
        if shape.kind in ("structure", "union", "enum"):
            return f"[`{shape.python_name}`]({self.link(name, base)})"
        if shape.kind == "list":
            return f"list of {self.type_markdown(shape.member_target, base)}"
        if shape.kind == "map":
            return f"map of `str` to {self.type_markdown(shape.value_target, base)}"
        return f"`{_SCALAR_TYPES[shape.kind]}`"

    def constraints(self, name: str) -> str:
        """Length, range, pattern or enum of shape ``name``, for a table cell ("" for none)."""
        shape = self.shape(name)
        facts = []
        limits = shape.constraints
        if limits.min is not None or limits.max is not None:
            low = "" if limits.min is None else f"{limits.min:g}"
            high = "" if limits.max is None else f"{limits.max:g}"
            facts.append(f"{'length' if shape.kind in _LENGTH_KINDS else 'range'} {low}..{high}")
        if limits.pattern is not None:
            facts.append(f"pattern {code_cell(limits.pattern)}")
        if shape.kind == "enum":
            facts.append(f"one of {len(shape.enum_values)} values")
        return "; ".join(facts)

    def cell(self, markdown: str) -> str:
        return table_cell(markdown)

    def code_cell(self, text: str) -> str:
        return code_cell(text)

    def operations_raising(self, error: str) -> list[Operation] | None:
        """The operations that name ``error`` (None: every operation does)."""
        raising = [op for op in self.service.operations if error in op.errors]
        return None if len(raising) == len(self.service.operations) else raising

    def call_arguments(self, members: Sequence[Member]) -> str:
        """Keyword arguments of an example call: the required members, with example values."""
        return ", ".join(f"{m.python_name}={value}" for m, value in self._examples(members))

    def _examples(self, members: Sequence[Member]) -> list[tuple[Member, str]]:
        """Each required member of ``members`` with its example value (a Python literal)."""
        chosen = self.service.customization.example_values
        return [
            (m, example_literal(m, self.shape(m.target), chosen))
            for m in members
            if m.required_argument
        ]

    def input_members(self, operation: Operation) -> tuple[Member, ...]:
        return self.shape(operation.input).members if operation.input else ()

    def first_call(self) -> Operation:
        """The operation the getting-started page calls: read-only, fewest required arguments."""
        candidates = [op for op in self.service.operations if op.readonly] or list(
            self.service.operations
        )
        return min(candidates, key=self._simplest)

    def _simplest(self, operation: Operation) -> tuple[int, int, str]:
        """How an example call ranks: fewest required arguments, then the shortest name."""
        required = sum(m.required_argument for m in self.input_members(operation))
        return (required, len(operation.name), operation.name)

    def emulated_operations(self) -> list[Operation]:
        """The operations the package's emulator answers (its behaviour modules handle)."""
        handled = {
            name
            for module in self.service.customization.emulator_modules
            for name in module.operations
        }
        return [op for op in self.service.operations if op.name in handled]

    def first_emulated_call(self) -> Operation | None:
        """The call the testing page makes of the emulator: a paged list, fewest arguments."""
        candidates = [op for op in self.emulated_operations() if op.paginator is not None]
        if not candidates:
            return None
        return min(candidates, key=self._simplest)

    def wire_arguments(self, operation: Operation) -> str:
        """boto3's keyword arguments for an example call: wire names, example values."""
        examples = self._examples(self.input_members(operation))
        return ", ".join(f"{m.wire_name}={value}" for m, value in examples)

    def cli_arguments(self, operation: Operation) -> str:
        """The AWS CLI's options for an example call (``--catalog "Sandbox"``): string values."""
        examples = self._examples(self.input_members(operation))
        return " ".join(f"--{m.python_name.replace('_', '-')} {value}" for m, value in examples)

    def readme_link(self, page: str) -> str:
        """The README's link to ``page`` of the site (``retries.md``, ``errors.md#Name``).

        Relative to the package folder, unless the customization says where the site is
        published: then absolute, to the built page, so that the link works where the
        README is shown without the docs folder (PyPI).
        """
        base = self.service.customization.documentation_url
        if not base:
            return f"docs/{page}"
        path, hash_, anchor = page.partition("#")
        return f"{base.rstrip('/')}/{path.removesuffix('.md')}.html{hash_}{anchor}"

    @property
    def config_options(self) -> list[ConfigOption]:
        return config_options(self.service)

    @property
    def shape_pages(self) -> list[Shape]:
        """The structures and unions, each on its own page, by class name."""
        return sorted(self.service.structures + self.service.unions, key=lambda s: s.python_name)


def site_files(env: jinja2.Environment, context: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (relative path, text) of ``mkdocs.yml`` and every page of the site."""
    site: SiteView = context["site"]
    optional = {
        template_name: path
        for template_name, (path, wanted) in OPTIONAL_GUIDE_PAGES.items()
        if wanted(site.service)
    }
    # A page can link the guide pages rendered before it by title (``guide_titles``).
    titles: dict[str, str] = {}
    for template_name, path in {**GUIDE_PAGES, **optional}.items():
        text = env.get_template(template_name).render(context, guide_titles=titles)
        heading = text.partition("\n")[0]
        if path.endswith(".md") and heading.startswith("# "):
            titles[heading.removeprefix("# ")] = path.removeprefix("docs/")
        yield path, text
    operation_page = env.get_template("docs/operation.md.j2")
    for operation in site.service.operations:
        path = f"docs/operations/{operation.method_name}.md"
        yield path, operation_page.render(context, operation=operation)
    shape_page = env.get_template("docs/shape.md.j2")
    for shape in site.shape_pages:
        yield f"docs/shapes/{shape.python_name}.md", shape_page.render(context, shape=shape)
