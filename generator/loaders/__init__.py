"""Model front ends: each reads one model format into the IR (:class:`~generator.model.ir.Service`).

Everything after a front end (naming, emitters, the diff, releases) sees only the IR, so a
second model format is one more module here and one more entry in :data:`FRONT_ENDS`.
:func:`load_model` is the one entry point: ``generate``, ``check``, ``diff`` and
``update-model`` all call it, and it picks the front end by what the path holds. It then
adds the service's customizations (:mod:`.customization`), whatever the front end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ..errors import GeneratorError
from ..model.ir import Service
from . import botocore, smithy
from .customization import customization_dir, customize
from .schemas import load_json


class FrontEnd(NamedTuple):
    """One model format: how to recognise it at a path, and how to read it."""

    name: str
    expects: str  # what the user should point at, for the error when nothing matches
    locate: Callable[[Path], Path | None]  # the model's root at ``path``, or None
    load: Callable[..., Service]  # load(root, *, skip_unsupported) -> Service


FRONT_ENDS: tuple[FrontEnd, ...] = (
    FrontEnd(
        "botocore",
        f"a botocore model folder (holding {botocore.SERVICE_FILE}) or its {botocore.SERVICE_FILE}",
        botocore.locate,
        botocore.load_model,
    ),
    FrontEnd(
        "smithy",
        "a Smithy 2.0 JSON AST (a .json file, or a folder of them)",
        smithy.locate,
        smithy.load_model,
    ),
)


def locate(path: Path) -> tuple[FrontEnd, Path] | None:
    """The front end that reads ``path`` and the model's root there (None: no model).

    Front ends are tried in :data:`FRONT_ENDS` order, so a folder holding both forms is
    read as botocore files.
    """
    for front_end in FRONT_ENDS:
        root = front_end.locate(path)
        if root is not None:
            return front_end, root
    return None


def load_model(
    path: Path,
    *,
    skip_unsupported: bool = False,
    customizations: Path | None = None,
    protocol: str | None = None,
) -> Service:
    """Read the model at ``path`` with the front end that recognises it, into the IR.

    ``skip_unsupported`` leaves out operations that need a feature this generator
    cannot render (listed in ``Service.skipped_operations``) instead of failing.
    ``customizations`` is the service's customization folder; by default the model
    folder's sibling ``customizations/`` (none there: no customization). A
    ``retired-enums.json`` beside the model (ours, whatever the form, so it survives an
    update from one form to the other) adds the enums kept as deprecated aliases.
    ``protocol`` forces one of the protocols the model lists (``smithy-rpc-v2-cbor``
    for a json service that lists both) instead of botocore's preferred one.
    """
    found = locate(path)
    if found is not None:
        front_end, root = found
        service = front_end.load(root, skip_unsupported=skip_unsupported)
        folder = root if root.is_dir() else root.parent
        retired_file = folder / botocore.RETIRED_ENUMS_FILE
        if retired_file.exists():
            retired = botocore.retired_enums(load_json(retired_file), retired_file, service)
            service = dataclasses.replace(service, retired_enums=retired)
        if protocol is not None:
            service = force_protocol(service, protocol)
        return customize(service, customizations or customization_dir(root))
    expected = "; or ".join(front_end.expects for front_end in FRONT_ENDS)
    problem = "not a model this generator reads" if path.exists() else "no such file or folder"
    raise GeneratorError(f"{path}: {problem}; expected {expected}")


def force_protocol(service: Service, protocol: str) -> Service:
    """``service`` generated for ``protocol``, one its model lists and the generator renders.

    For a model that lists several protocols (``["smithy-rpc-v2-cbor", "json"]``), the
    loader picks botocore's preferred one; this is the override (the ``generate
    --protocol`` option), for a package of the other one.
    """
    metadata = service.metadata
    if protocol not in metadata.protocols:
        raise GeneratorError(
            f"protocol {protocol!r} is not one the model lists ({', '.join(metadata.protocols)}); "
            "pick one of those"
        )
    if protocol not in botocore.SUPPORTED_PROTOCOLS:
        raise GeneratorError(
            f"protocol {protocol!r} is not one the generator renders "
            f"({', '.join(botocore.SUPPORTED_PROTOCOLS)})"
        )
    chosen = dataclasses.replace(metadata, protocol=protocol)
    return dataclasses.replace(service, metadata=chosen)
