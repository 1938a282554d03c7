"""Service customizations: what one service's documentation shows that its model cannot say.

Generic code (templates, views, the runtime) names no service. What is particular to one
service (the operation its README shows first, the example value of an argument, the
opening words of its getting-started page) is data kept beside that service's model, in
``models/<service>/customizations/``: the sibling of the ``<api-version>/`` model folder,
so it outlives model updates. It is read here, for every front end:
:func:`generator.loaders.load_model` calls :func:`customize` once the front end has built
the IR, and every name a customization gives is checked against that IR (the operation
exists, the shape exists, the value fits the shape), each problem reported with the file,
the JSON pointer and what to do. A service without the folder gets the generic rules.

The folder holds (any other file in it is an error, so a misspelt name does not go unseen):

``docs.json`` (format: ``schemas/customization-docs.schema.json``)
    ``headline_operation``, ``example_values`` (by shape name),
    ``getting_started_intro``, ``documentation_url`` and ``distribution_name`` (the
    package's PyPI name when the model's endpoint prefix is not the service's name); what
    each changes: :class:`generator.model.ir.Customization`.
``events.json`` (format: ``schemas/customization-events.schema.json``)
    the EventBridge events the service sends, read by :mod:`.events`: the package gets an
    ``events`` module and a reference page.
``workflows.json`` (format: ``schemas/customization-workflows.schema.json``)
    read-modify-write updates and incremental syncs: :mod:`.workflows`.
``waiters-2.json`` (format: botocore's, ``schemas/waiters-2.schema.json``)
    waiters the model lacks, added to the model's (:mod:`.waiters` checks both alike; a
    name the model's file has already is refused): the same wait methods, marked as the
    package's own in the docs.
``rate-limits.json`` (format: ``schemas/customization-rate-limits.schema.json``)
    named presets of client-side rate limits per operation group, read by
    :mod:`.rate_limits`: the client's ``rate_limits`` option and the ``rate_limits`` module.
``emulator/`` (a folder of ``<name>.py`` files, nothing else)
    the hand-written behaviour modules of the package's emulator, read by :mod:`.emulator`:
    each must compile, and is copied verbatim into the package's ``_emulator/``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, cast

from ..errors import GeneratorError, ModelError, json_pointer
from ..model import naming
from ..model.ir import Customization, Service, Shape
from ..model.patterns import Pattern, PatternError, analyze
from .emulator import EMULATOR_DIR, read_emulator_modules
from .events import EVENTS_FILE, read_events
from .rate_limits import RATE_LIMITS_FILE, read_rate_limits
from .schemas import load_json, suggest, validate_model_file
from .waiters import WAITERS_FILE, read_waiters
from .workflows import WORKFLOWS_FILE, read_workflows

CUSTOMIZATION_DIR = "customizations"
DOCS_FILE = "docs.json"
KNOWN_FILES = (DOCS_FILE, EVENTS_FILE, WORKFLOWS_FILE, WAITERS_FILE, RATE_LIMITS_FILE)
KNOWN_FOLDERS = (EMULATOR_DIR,)


def customization_dir(model_root: Path) -> Path:
    """The customization folder of the model at ``model_root``: the sibling of its folder.

    ``model_root`` is a model folder, or a model file (a Smithy AST) inside one.
    """
    folder = model_root.parent if model_root.is_file() else model_root
    return folder.parent / CUSTOMIZATION_DIR


def customize(service: Service, folder: Path) -> Service:
    """``service`` with the customizations in ``folder`` (unchanged when there is no folder)."""
    if not folder.exists():
        return service
    if not folder.is_dir():
        raise GeneratorError(
            f"{folder}: a file where the service's customization folder belongs; "
            "move it away or make it the folder"
        )
    known = {*KNOWN_FILES, *KNOWN_FOLDERS}
    unknown = sorted(p.name for p in folder.iterdir() if p.name not in known)
    if unknown:
        raise GeneratorError(
            f"{folder}: unknown customization file {', '.join(map(repr, unknown))} "
            f"(a customization folder holds {', '.join(KNOWN_FILES)} and the folder "
            f"{', '.join(f'{name}/' for name in KNOWN_FOLDERS)}; "
            "see generator/loaders/customization.py)"
        )
    customization = service.customization
    if (folder / DOCS_FILE).exists():
        document = load_json(folder / DOCS_FILE)
        validate_model_file(document, "customization", folder / DOCS_FILE)
        raw = cast("dict[str, Any]", document)
        customization = _read_docs(service, raw, folder / DOCS_FILE)
        service = _renamed(service, raw)
    if (folder / EVENTS_FILE).exists():
        customization = dataclasses.replace(
            customization, events=read_events(service, folder / EVENTS_FILE)
        )
    if (folder / WORKFLOWS_FILE).exists():
        customization = dataclasses.replace(
            customization, workflows=read_workflows(service, folder / WORKFLOWS_FILE)
        )
    if (folder / RATE_LIMITS_FILE).exists():
        customization = dataclasses.replace(
            customization, rate_limits=read_rate_limits(service, folder / RATE_LIMITS_FILE)
        )
    if (folder / EMULATOR_DIR).exists():
        customization = dataclasses.replace(
            customization,
            emulator_modules=read_emulator_modules(
                folder / EMULATOR_DIR, [operation.name for operation in service.operations]
            ),
        )
    if (folder / WAITERS_FILE).exists():
        service = _supplement_waiters(service, folder / WAITERS_FILE)
    return dataclasses.replace(service, customization=customization)


def _read_docs(service: Service, raw: dict[str, Any], file: Path) -> Customization:
    """The documentation customization of ``docs.json`` (``raw``), checked against ``service``."""
    headline: str | None = raw.get("headline_operation")
    if headline is not None:
        _check_operation(service, headline, file)
    examples: dict[str, str] = raw.get("example_values", {})
    for name, value in examples.items():
        _check_example(service, name, value, file)
    return Customization(
        file=str(file),
        headline_operation=headline,
        example_values=dict(examples),
        getting_started_intro=raw.get("getting_started_intro", ""),
        documentation_url=raw.get("documentation_url", ""),
    )


def _renamed(service: Service, raw: dict[str, Any]) -> Service:
    """``service`` under the ``distribution_name`` of ``docs.json``, when it gives one.

    The default names come from the model's endpoint prefix, which for some services is
    not what AWS calls them (Partner Central Revenue Measurement's is
    ``partnercentral-prm``; boto3 calls it ``partnercentral-revenue-measurement``).
    """
    distribution: str | None = raw.get("distribution_name")
    if distribution is None:
        return service
    return dataclasses.replace(
        service,
        distribution_name=distribution,
        package_name=naming.package_name(distribution),
    )


def _supplement_waiters(service: Service, file: Path) -> Service:
    """``service`` with the waiters of the supplementary ``file`` added to the model's.

    Read like the model's own waiters file (same schema, same checks); a waiter may not
    take the name or the wait method of one of the model's, so a model update that
    brings the same waiter is noticed rather than shadowed.
    """
    document = load_json(file)
    validate_model_file(document, "waiters", file)
    raw = cast("dict[str, Any]", document)
    for name in raw["waiters"]:
        if name in service.waiters:
            raise ModelError(
                file,
                json_pointer("waiters", name),
                f"the model has a waiter {name!r} already",
                "remove this one if the model's does the same, else rename it",
            )
    taken = {waiter.method_name: waiter.name for waiter in service.waiters.values()}
    added = read_waiters(
        raw,
        file,
        service.operations,
        service.shapes,
        skipped=service.skipped_operations,
        taken=taken,
    )
    waiters = {**service.waiters}
    waiters.update((n, dataclasses.replace(w, supplementary=True)) for n, w in added.items())
    return dataclasses.replace(service, waiters=dict(sorted(waiters.items())))


def _check_operation(service: Service, name: str, file: Path) -> None:
    """The headline operation is one the package has."""
    pointer = json_pointer("headline_operation")
    if name in service.skipped_operations:
        raise ModelError(
            file,
            pointer,
            f"operation {name!r} is left out of the package: {service.skipped_operations[name]}",
            "name an operation the package has",
        )
    _require(
        name, [operation.name for operation in service.operations], "operation", file, pointer
    )


def _require(name: str, names: list[str], what: str, file: Path, pointer: str) -> None:
    """``name`` is the name of one of the model's ``what`` (operations, shapes): ``names``."""
    if name not in names:
        raise ModelError(
            file,
            pointer,
            f"no {what} {name!r} in the model",
            suggest(name, names) or f"give the name of a {what} as the model spells it",
        )


def _check_example(service: Service, name: str, value: str, file: Path) -> None:
    """``value`` is an example the shape ``name`` accepts: of its enum, length and pattern."""
    pointer = json_pointer("example_values", name)
    _require(name, list(service.shapes), "shape", file, pointer)
    shape = service.shapes[name]
    if shape.kind == "enum":
        allowed = [v.value for v in shape.enum_values]
        if value not in allowed:
            raise ModelError(
                file,
                pointer,
                f"{value!r} is not a value of the enum {name!r}",
                f"use one of {', '.join(map(repr, allowed))}",
            )
        return
    if shape.kind != "string":
        raise ModelError(
            file,
            pointer,
            f"{name!r} is a {shape.kind} shape; example values are for string and enum shapes",
            "give a value for the string or enum shape of the argument instead",
        )
    _check_string(shape, value, file, pointer)


def _check_string(shape: Shape, value: str, file: Path, pointer: str) -> None:
    limits = shape.constraints
    low, high = int(limits.min or 0), limits.max
    if len(value) < low or (high is not None and len(value) > high):
        bounds = f"{low}..{'' if high is None else f'{high:g}'}"
        raise ModelError(
            file,
            pointer,
            f"{value!r} is {len(value)} characters long; {shape.name!r} takes {bounds}",
            "give a value of an allowed length",
        )
    pattern = analyze(limits.pattern) if limits.pattern is not None else None
    if not isinstance(pattern, Pattern):
        return  # no pattern, or one the generator cannot read (the loader warned)
    try:
        matches = pattern.matches(value)
    except PatternError:
        raise ModelError(
            file,
            pointer,
            f"{value!r} takes too many steps to check against the pattern of {shape.name!r}",
            "give a shorter value",
        ) from None
    if not matches:
        raise ModelError(
            file,
            pointer,
            f"{value!r} does not match the pattern of {shape.name!r}: {limits.pattern}",
            "give a value the pattern accepts",
        )
