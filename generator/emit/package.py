"""Render the IR through the Jinja2 templates into a formatted package tree.

Output is deterministic (sorted iteration, no timestamps; the package version
lives in ``_version.py`` only) and atomic: the package is rendered into a
temporary folder beside the destination and swapped in only when every file
rendered and formatted, so a failure leaves the old tree untouched.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import black
import jinja2
from black.mode import TargetVersion
from black.parsing import InvalidInput

from ..docs.markdown import docstring_literal, escape_unsafe_text, first_sentence
from ..docs.site import SiteView, site_files
from ..errors import GeneratorError
from ..model import naming
from ..model.ir import Service
from ..release.runtime import load_runtime_release
from .format_cache import SIZE_LIMIT, FormatCache, default_cache, format_workers
from .formatting import Formatter
from .layout import Layout
from .protocols import emitter
from .views import PythonView
from .views.text import wrap

if TYPE_CHECKING:
    from ..release.state import Release

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"

# The generated package's source files: template -> path inside the package folder.
PACKAGE_FILES = {
    "pyproject.toml.j2": "pyproject.toml",
    "LICENSE.j2": "LICENSE",
    "NOTICE.j2": "NOTICE",
    "README.md.j2": "README.md",
    "MANIFEST.in.j2": "MANIFEST.in",
    "__init__.py.j2": "src/{package}/__init__.py",
    "_version.py.j2": "src/{package}/_version.py",
    "enums/__init__.py.j2": "src/{package}/enums/__init__.py",
    "shapes/__init__.py.j2": "src/{package}/shapes/__init__.py",
    "errors.py.j2": "src/{package}/errors.py",
    "transport.py.j2": "src/{package}/transport.py",
    "extensions.py.j2": "src/{package}/extensions.py",
    "testing.py.j2": "src/{package}/testing.py",
    "_operations.py.j2": "src/{package}/_operations.py",
    "_input_types.py.j2": "src/{package}/_input_types.py",
    "_endpoint_rules.py.j2": "src/{package}/_endpoint_rules.py",
    "_retired_enums.py.j2": "src/{package}/_retired_enums.py",
    "commands.py.j2": "src/{package}/commands.py",
    "client.py.j2": "src/{package}/client.py",
    "aio_client.py.j2": "src/{package}/aio_client.py",
    "py.typed.j2": "src/{package}/py.typed",
    "events.py.j2": "src/{package}/events.py",
    "rate_limits.py.j2": "src/{package}/rate_limits.py",
    "emulator.py.j2": "src/{package}/emulator.py",
    "_emulator_model.py.j2": "src/{package}/_emulator_model.py",
    "_emulator/__init__.py.j2": "src/{package}/_emulator/__init__.py",
    "tests/test_endpoint_rules.py.j2": "tests/test_endpoint_rules.py",
    "tests/endpoint_tests.json.j2": "tests/endpoint_tests.json",
}


def _has_emulator(service: Service) -> bool:
    """Does the package get an emulator: has the service hand-written behaviours for it?"""
    return bool(service.customization.emulator_modules)


# Files rendered only when the model has what they hold.
OPTIONAL_FILES: dict[str, Callable[[Service], bool]] = {
    "_endpoint_rules.py.j2": lambda service: service.endpoint_rule_set is not None,
    "_retired_enums.py.j2": lambda service: bool(service.retired_enums),
    "events.py.j2": lambda service: service.customization.events is not None,
    "rate_limits.py.j2": lambda service: bool(service.customization.rate_limits),
    "emulator.py.j2": _has_emulator,
    "_emulator_model.py.j2": _has_emulator,
    "_emulator/__init__.py.j2": _has_emulator,
    "tests/test_endpoint_rules.py.j2": lambda service: bool(service.endpoint_tests),
    "tests/endpoint_tests.json.j2": lambda service: bool(service.endpoint_tests),
}


BLACK_MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=99)


def cluster_files(layout: Layout) -> Iterator[tuple[str, str, dict[str, object]]]:
    """``(template, path in the package, extra context)`` of the shape and enum modules.

    One module of classes and one of enums per cluster that has them (see
    :mod:`generator.emit.layout`); the codec modules are the protocol emitter's.
    """
    for cluster in layout.clusters:
        if cluster.classes:
            yield "shapes/cluster.py.j2", f"shapes/{cluster.name}.py", {"cluster": cluster}
        if cluster.enums:
            yield "enums/cluster.py.j2", f"enums/{cluster.name}.py", {"cluster": cluster}


def _docstring(markdown: str, indent: str) -> str:
    """Docstring text; a multi-line one ends with its closing quotes on their own line."""
    text = docstring_literal(markdown, indent)
    return text + "\n" + indent if "\n" in text else text


def _inline_doc(text: str) -> str:
    """Model text (a service name, say) made safe inside a one-line docstring."""
    return docstring_literal(" ".join(text.split()), "")


@functools.cache
def template_environment() -> jinja2.Environment:
    """The templates' environment, one per process.

    Parsing and compiling the templates takes most of a generation's time when the format
    cache is warm, so every generation in a process (the tests make hundreds) shares the
    compiled templates; the loader still reloads a template whose file changed.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = _docstring
    env.filters["inline_doc"] = _inline_doc
    env.filters["summary"] = first_sentence
    env.filters["wrap"] = wrap
    env.filters["operation_constant"] = naming.operation_constant
    env.filters["pyrepr"] = repr
    return env


def render_files(
    service: Service,
    package_version: str,
    release: Release | None = None,
    cache: FormatCache | None = None,
) -> Iterator[tuple[str, str]]:
    """Yield (relative path, text) for every rendered file of the package.

    ``release`` adds the model revision to ``_version.py`` and the model folder's
    ``CHANGELOG.md`` to the package (see :mod:`generator.release.state`). Every file but the
    Python ones (whose templates write model text through ``repr`` and docstring escapes)
    has its control and bidi characters escaped here, whichever template wrote them.
    Python files are formatted by black, through ``cache`` when one is given.
    """
    for path, text in _rendered_files(service, package_version, release, cache):
        yield path, text if path.endswith(".py") else escape_unsafe_text(text)


def package_context(
    service: Service, package_version: str, release: Release | None = None
) -> dict[str, Any]:
    """What every template of the package renders from."""
    layout = Layout(service)
    protocol = emitter(service, layout)
    # The runtime's extras the package needs: its protocol's codec library, jmespath for waiters.
    extras = sorted({*protocol.runtime_extras, *(["waiters"] if service.waiters else [])})
    listed = f"[{','.join(extras)}]" if extras else ""
    return {
        "service": service,
        "view": PythonView(service),
        "layout": layout,
        "protocol": protocol,
        "site": SiteView(service),
        "package_version": package_version,
        "runtime": naming.RUNTIME_PACKAGE,
        "runtime_distribution": naming.RUNTIME_DISTRIBUTION,
        "runtime_extras": extras,
        "runtime_dependency": (
            f"{naming.RUNTIME_DISTRIBUTION}{listed}{load_runtime_release().requirement}"
        ),
        "model_form": release.model_form if release else None,
        "model_source": release.model_source if release else None,
        "model_revision": release.model_revision if release else None,
        "model_sha256": release.model_sha256 if release else None,
    }


def _rendered_files(
    service: Service, package_version: str, release: Release | None, cache: FormatCache | None
) -> Iterator[tuple[str, str]]:
    """(relative path, text) of every file, as the templates render it (Python formatted)."""
    env = template_environment()
    context = package_context(service, package_version, release)
    layout, protocol = context["layout"], context["protocol"]
    if release is not None and release.changelog is not None:
        yield "CHANGELOG.md", release.changelog
    with Formatter(BLACK_MODE, cache, format_workers()) as formatter:
        for template_name, target in PACKAGE_FILES.items():
            wanted = OPTIONAL_FILES.get(template_name)
            if wanted is not None and not wanted(service):
                continue
            text = env.get_template(template_name).render(context)
            path = target.format(package=service.package_name)
            yield path, _formatted(formatter, template_name, path, text)
        modules = [*cluster_files(layout), *protocol.files()]
        for template_name, module_path, extra in modules:
            path = f"src/{service.package_name}/{module_path}"
            text = env.get_template(template_name).render({**context, **extra})
            yield path, _formatted(formatter, template_name, path, text)
    for module in service.customization.emulator_modules:
        # Hand-written and committed black-clean: copied as written, never reformatted.
        yield f"src/{service.package_name}/_emulator/{module.name}.py", module.source
    yield from site_files(env, context)


def _formatted(formatter: Formatter, template_name: str, path: str, text: str) -> str:
    """``text`` formatted by black when ``path`` is a Python file, as it is otherwise."""
    if not path.endswith(".py"):
        return text
    try:
        return formatter.format(text)
    except InvalidInput as exc:
        raise GeneratorError(
            f"template {template_name} rendered invalid Python ({exc}); "
            "this is a generator bug: please report it with the model used"
        ) from exc


def write_package(
    service: Service,
    out_dir: Path,
    package_version: str,
    release: Release | None = None,
    *,
    cache_folder: Path | None = None,
    cache_limit: int = SIZE_LIMIT,
) -> Path:
    """Render the package into ``out_dir/<distribution name>`` atomically; return it.

    Python files are formatted through the format cache of :func:`default_cache`, or the
    one in ``cache_folder``: a caller generating far more than the shared cache keeps
    (``scripts/all_services.py``, every service of botocore) uses a folder of its own, so
    the shared one is not pruned of what the tests and ``make generate`` use. The cache is
    pruned to ``cache_limit`` bytes afterwards.
    """
    cache = default_cache() if cache_folder is None else FormatCache(cache_folder)

    def fill(staging: Path) -> None:
        write_files(staging, render_files(service, package_version, release, cache))

    destination = write_tree(out_dir / service.distribution_name, fill)
    if cache is not None:
        cache.prune(cache_limit)
    return destination


def write_files(folder: Path, files: Iterable[tuple[str, str]]) -> None:
    """Write each ``(relative path, text)`` under ``folder`` as UTF-8, making folders."""
    for relative, text in files:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def write_tree(destination: Path, fill: Callable[[Path], None]) -> Path:
    """Make ``destination`` the tree ``fill`` writes into an empty staging folder, atomically.

    The staging folder is beside ``destination``; it replaces the old tree only once
    ``fill`` returned, and is removed whatever stopped it otherwise.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}-", dir=destination.parent))
    try:
        # mkdtemp makes the folder private (0700); the package gets the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)
        fill(staging)
        _swap(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return destination


def _swap(staging: Path, destination: Path) -> None:
    """Replace ``destination`` by ``staging`` (the old tree is removed only after)."""
    old = destination.with_name(f".{destination.name}-old")
    if old.exists():
        shutil.rmtree(old)
    if destination.exists():
        destination.rename(old)
    staging.rename(destination)
    if old.exists():
        shutil.rmtree(old)
