"""``update-model``: take a new model revision, diff it, bump the version, regenerate.

The model folder holds the release state next to the model files:

``release.json``
    The single source of the package version and of the model revision: where the
    model came from and the sha256 of its files (see :mod:`generator.release.state`).
``CHANGELOG.md``
    One entry per model update, newest first. It lives here, not only in
    ``generated/``, because generation replaces the whole package tree; the
    renderer copies it into the package, so ``make check`` covers it too.

``update-model`` takes a new revision (the installed botocore, a botocore version
fetched with pip, a folder of botocore files, or a Smithy JSON AST: a file or a
folder of them), diffs it against the pinned one whatever the form of either,
bumps the version by the classification (major: any ERROR or DANGER event; patch:
only documentation changed; minor: anything else), writes the model files,
``SOURCE.md``, ``release.json`` and a changelog entry, and regenerates. The pinned
folder holds one form: an update from the other form replaces the model files, so
nothing of the old form is left for :func:`~generator.loaders.load_model` (which
tries botocore first) to read. Output is deterministic: entries carry the model's
source and sha256, never a date.

Botocore's endpoint test cases (``endpoint-tests-1.json``) are taken from a folder with
the model files, or from the sdist of a botocore version fetched with pip (the wheel has
none). A revision without them keeps the pinned ones while its endpoint rule set is
byte-identical (said in the output); otherwise a warning says the package stops shipping
them. Nothing is dropped silently.
"""

from __future__ import annotations

import gzip
import importlib
import json
import shutil
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Literal

from .. import botocore_dist
from ..diff.service import SEVERITIES, DiffResult, diff_services
from ..errors import GeneratorError, ModelError
from ..loaders import load_model, locate
from ..loaders.botocore import (
    ENDPOINT_RULES_FILE,
    ENDPOINT_TESTS_FILE,
    PAGINATORS_FILE,
    RETIRED_ENUMS_FILE,
    SERVICE_FILE,
    WAITERS_FILE,
)
from ..loaders.customization import CUSTOMIZATION_DIR, customization_dir
from ..loaders.smithy import ast_files
from ..model.ir import Service
from ..emit.package import write_package
from .state import (
    CHANGELOG_FILE,
    DEFAULT_PACKAGE_VERSION,
    RELEASE_FILE,
    Release,
    folder_sha256,
    load_release,
    sha256_file,
)

SOURCE_FILE = "SOURCE.md"
# The endpoint rule set's test cases are botocore's too, though only its sdist ships them.
MODEL_FILES = (
    SERVICE_FILE,
    PAGINATORS_FILE,
    WAITERS_FILE,
    ENDPOINT_RULES_FILE,
    ENDPOINT_TESTS_FILE,
)
# Files of ours that stay with the model across updates.
CARRIED_FILES = (RETIRED_ENUMS_FILE,)
# Files of ours beside the model, which no model file may be named like.
OUR_FILES = frozenset({*CARRIED_FILES, RELEASE_FILE, CHANGELOG_FILE, SOURCE_FILE})
CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "One entry per model update (`make update-model`), newest first. Each entry names where\n"
    "the model came from (a botocore version or a Smithy JSON AST) and the sha256 of its\n"
    "`service-2.json` or AST.\n"
)
# The header before Smithy sources: an older changelog's is replaced, not kept below.
_BOTOCORE_HEADER = (
    "# Changelog\n\n"
    "One entry per model update (`make update-model`), newest first. Each entry names the\n"
    "botocore version the model came from and the sha256 of its `service-2.json`.\n"
)

Bump = Literal["major", "minor", "patch"]
_DOC_KINDS = frozenset(
    {
        "DocumentationChanged",
        "OperationDocumentationChanged",
        "ServiceDocumentationChanged",
        "EndpointDocumentationChanged",
    }
)


# -- classification -------------------------------------------------------


def classify(result: DiffResult) -> Bump | None:
    """The version bump ``result`` calls for (None: nothing changed)."""
    if not result.events:
        return None
    if any(e.severity in ("ERROR", "DANGER") for e in result.events):
        return "major"
    if all(e.kind in _DOC_KINDS for e in result.events):
        return "patch"
    return "minor"


def bump_version(version: str, bump: Bump) -> str:
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise GeneratorError(f"package version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(p) for p in parts)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def changelog_entry(
    result: DiffResult, version: str, bump: Bump | None, old: Release, new: Release
) -> str:
    """A Markdown changelog entry: revisions, counts, events grouped by severity."""
    summary = result.summary()
    lines = [
        f"## {version} (model from {new.model_source})",
        "",
        f"Model revision: {new.model_source}, {_hashed(new)} sha256 `{new.model_sha256}`; "
        f"previously {old.model_source or 'an unrecorded source'} (`{old.model_sha256}`), "
        f"package version {old.package_version}.",
        "",
    ]
    if old.model_form != new.model_form:
        lines += [
            f"Model form: {_FORMS.get(old.model_form or '', 'an unrecorded form')} -> "
            f"{_FORMS[new.model_form or '']} (the old form's files were replaced).",
            "",
        ]
    lines += [
        f"Version bump: {bump or 'patch'} ({_bump_reason(bump)}). "
        f"Operations {len(result.old.operations)} -> {len(result.new.operations)}, "
        f"shapes {len(result.old.shapes)} -> {len(result.new.shapes)}.",
        "",
        "| Severity | Count |",
        "|---|---:|",
    ]
    lines += [f"| {s} | {summary[s]} |" for s in SEVERITIES]
    for severity in SEVERITIES:
        events = [e for e in result.events if e.severity == severity]
        if not events:
            continue
        lines += ["", f"### {severity} ({len(events)})", ""]
        if severity == "NOTE":
            counts = Counter(e.kind for e in events)
            lines += [f"- {kind}: {count}" for kind, count in sorted(counts.items())]
        else:
            lines += [f"- `{e.id}`: {_one_line(e.message)}" for e in events]
    return "\n".join(lines) + "\n"


_FORMS = {"botocore": "botocore files", "smithy": "a Smithy JSON AST"}


def _hashed(release: Release) -> str:
    """What ``release.model_sha256`` is the sha256 of, for the changelog."""
    return "`service-2.json`" if release.model_form == "botocore" else "AST"


def _bump_reason(bump: Bump | None) -> str:
    return {
        "major": "breaking changes: ERROR or DANGER events",
        "minor": "compatible changes beyond documentation: no ERROR or DANGER event",
        "patch": "documentation only",
        None: "model files changed without an API difference",
    }[bump]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def prepend_entry(changelog: str | None, entry: str) -> str:
    body = (changelog or CHANGELOG_HEADER).rstrip("\n") + "\n"
    for header in (CHANGELOG_HEADER, _BOTOCORE_HEADER):
        if body.startswith(header):
            rest = body[len(header) :].lstrip("\n")
            return CHANGELOG_HEADER + "\n" + entry + ("\n" + rest if rest else "")
    return CHANGELOG_HEADER + "\n" + entry + "\n" + body


def source_text(
    new: Release, service: Service, name: str, folder: Path, tests_origin: str | None = None
) -> str:
    """``SOURCE.md`` of the model in ``folder``: ``service``, from ``new.model_source``.

    ``name`` is the service's folder in botocore's ``data/``; ``tests_origin`` says where
    the folder's ``endpoint-tests-1.json`` came from (a sentence).
    """
    api_version = service.metadata.api_version
    title = f"The {service.metadata.full_name} model (API version {api_version})"
    if new.model_form == "botocore":
        origin = [
            f"{title} as shipped in botocore {new.model_revision},",
            f"`botocore/data/{name}/{api_version}/`, written by "
            "`make update-model` (`generator/release/update.py`).",
            "",
            "License: Apache License 2.0 (boto/botocore); see "
            "`tests/data/LICENSES/botocore-LICENSE.txt` and `botocore-NOTICE`.",
        ]
        owner = "botocore's"
    else:
        origin = [
            f"{title} from the",
            f"{new.model_source}, written by "
            "`make update-model` (`generator/release/update.py`).",
            "",
            "License: Apache License 2.0 (aws/api-models-aws); see",
            "`tests/data/LICENSES/api-models-aws-LICENSE` and `api-models-aws-NOTICE`.",
        ]
        owner = "AWS's"
    lines = ["# Source of the pinned model", "", *origin, "", "| file | sha256 |", "| --- | --- |"]
    lines += [f"| `{file}` | `{sha256_file(folder / file)}` |" for file in _model_names(folder)]
    if tests_origin is not None and (folder / ENDPOINT_TESTS_FILE).is_file():
        lines += [
            "",
            f"`{ENDPOINT_TESTS_FILE}` (the endpoint rule set's test cases): {tests_origin}",
        ]
    lines += [
        "",
        "`release.json` (package version and model revision), `CHANGELOG.md` and",
        f"`retired-enums.json` are ours, not {owner}.",
    ]
    return "\n".join(lines) + "\n"


# -- fetching a revision --------------------------------------------------


def _copy_model_files(files: dict[str, bytes], target: Path) -> None:
    """Write ``name -> content`` (``.gz`` names decompressed) for the model files."""
    target.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if name.endswith(".gz"):
            name, content = name[: -len(".gz")], gzip.decompress(content)
        if name in MODEL_FILES:
            (target / name).write_bytes(content)
    if not (target / SERVICE_FILE).is_file():
        raise GeneratorError(f"the new revision has no {SERVICE_FILE}")


def _newest_api(names: list[str], where: str, service: str) -> str:
    if not names:
        raise GeneratorError(f"{where}: no {service} model found")
    return sorted(names)[-1]


def fetch_installed(target: Path, service: str) -> str:
    botocore = importlib.import_module("botocore")  # untyped: imported by name
    data = Path(str(botocore.__file__)).parent / "data" / service
    api = _newest_api(
        [p.name for p in data.iterdir() if p.is_dir()] if data.is_dir() else [],
        str(data),
        service,
    )
    _copy_model_files({p.name: p.read_bytes() for p in (data / api).iterdir()}, target)
    return str(botocore.__version__)


def fetch_pip(target: Path, service: str, version: str) -> str | None:
    """Stage botocore ``version``'s model files (its wheel's) and endpoint tests (its sdist's).

    Return where the endpoint tests came from, or None (the sdist could not be fetched:
    said on stderr; or it has none for ``service``).
    """
    with tempfile.TemporaryDirectory() as scratch:
        done = botocore_dist.pip_download(version, Path(scratch), sdist=False)
        wheels = list(Path(scratch).glob("botocore-*.whl"))
        if done.returncode != 0 or not wheels:
            raise GeneratorError(f"pip could not download botocore {version}: {done.stderr}")
        prefix = f"botocore/data/{service}/"
        with zipfile.ZipFile(wheels[0]) as wheel:
            names = [n for n in wheel.namelist() if n.startswith(prefix)]
            api = _newest_api(
                sorted({n[len(prefix) :].split("/")[0] for n in names}), version, service
            )
            files = {
                n.rsplit("/", 1)[1]: wheel.read(n)
                for n in names
                if n.startswith(f"{prefix}{api}/") and not n.endswith("/")
            }
    tests_path = (
        f"botocore-{version}/tests/functional/endpoint-rules/{service}/{ENDPOINT_TESTS_FILE}"
    )
    archive, problem = botocore_dist.fetch_sdist(version)
    if archive is None:
        print(
            f"warning: cannot fetch botocore {version}'s sdist ({problem}), so its endpoint "
            f"test cases for {service} (`{tests_path}`; the wheel has none) are not taken. "
            f"To provide them, put that file beside the model files and update with "
            f"FROM_DIR=<that folder> BOTOCORE={version}.",
            file=sys.stderr,
        )
    else:
        tests = botocore_dist.sdist_endpoint_tests(archive, version, [service]).get(service)
        if tests is not None:
            files[ENDPOINT_TESTS_FILE] = tests
    _copy_model_files(files, target)
    if ENDPOINT_TESTS_FILE not in files:
        return None
    return f"from botocore {version}'s sdist, `{tests_path}`."


def fetch_dir(target: Path, folder: Path) -> None:
    """Stage the botocore files of ``folder``, its ``endpoint-tests-1.json`` included."""
    if not folder.is_dir():
        raise GeneratorError(f"{folder}: no such model folder")
    if _is_smithy(folder):
        raise GeneratorError(
            f"{folder}: a Smithy JSON AST, not botocore files; take it with --from-smithy "
            "(make update-model FROM_SMITHY=...)"
        )
    _copy_model_files({p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}, target)


def fetch_smithy(target: Path, path: Path) -> None:
    """Copy the Smithy JSON AST at ``path`` (a file, or a folder's AST files) as they are named."""
    files = (ast_files(path) if path.is_dir() else [path]) if path.exists() else []
    if not files or not all(_is_smithy(file) for file in files):
        problem = "not a Smithy JSON AST" if path.exists() else "no such file or folder"
        raise GeneratorError(
            f"{path}: {problem}; expected a Smithy 2.0 JSON AST (a .json file starting "
            '`{"smithy": ...`, or a folder of them)'
        )
    target.mkdir(parents=True, exist_ok=True)
    for file in files:
        if file.name in OUR_FILES:
            raise GeneratorError(
                f"{file}: an AST may not be named like our {file.name}; rename it"
            )
        shutil.copyfile(file, target / file.name)


def _is_smithy(file: Path) -> bool:
    found = locate(file)
    return found is not None and found[0].name == "smithy"


def _model_names(folder: Path) -> list[str]:
    """The model files of ``folder`` (one form's), by name: what an update replaces."""
    found = locate(folder)
    if found is None:
        return []
    if found[0].name == "botocore":
        return [name for name in MODEL_FILES if (folder / name).is_file()]
    return [file.name for file in ast_files(folder)]


# -- update-model ---------------------------------------------------------


def _pinned_dir(model_root: Path) -> Path:
    """The one ``<api version>/`` folder of ``model_root`` holding a model, of either form."""
    found = sorted(
        folder
        for folder in (model_root.iterdir() if model_root.is_dir() else ())
        if folder.is_dir() and folder.name != CUSTOMIZATION_DIR and locate(folder) is not None
    )
    if len(found) != 1:
        raise GeneratorError(
            f"{model_root}: expected exactly one <api version>/ folder holding a model "
            f"(botocore files or a Smithy JSON AST), found {len(found)}"
        )
    return found[0]


def retire_removed_enums(result: DiffResult, path: Path, source: str) -> list[str]:
    """Record in ``retired-enums.json`` the enums this revision removes; return their names.

    The generated package keeps them as deprecated aliases (see
    ``templates/_retired_enums.py.j2``), so code written against the previous
    version keeps importing them. An entry whose enum came back is dropped.
    """
    entries = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for name in [name for name in entries if name in result.new.shapes]:
        del entries[name]
    removed = sorted(
        name
        for name, shape in result.old.shapes.items()
        if shape.kind == "enum" and name not in result.new.shapes
    )
    for name in removed:
        entries[name] = {
            "values": [value.value for value in result.old.shapes[name].enum_values],
            "reason": f"removed from the model in {source}; pass the value as a str",
        }
    if entries:
        path.write_text(json.dumps(entries, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    elif path.exists():
        path.unlink()
    return removed


def _fetch(
    staging: Path,
    service_name: str,
    botocore_version: str | None,
    from_dir: Path | None,
    from_smithy: Path | None,
    smithy_commit: str | None,
) -> tuple[str, str, str, str | None]:
    """Stage the new revision's model files; return its form, revision and source, and
    where its ``endpoint-tests-1.json`` came from (None: it has none, or it is an AST).
    """
    if from_smithy is not None:
        if from_dir is not None or botocore_version is not None:
            raise GeneratorError("a Smithy AST is one source: give no botocore option with it")
        fetch_smithy(staging, from_smithy)
        revision = smithy_commit or from_smithy.name
        commit = f" at api-models-aws commit {smithy_commit}" if smithy_commit else ""
        return "smithy", revision, f"Smithy AST {from_smithy.name}{commit}", None
    if smithy_commit is not None:
        raise GeneratorError("an api-models-aws commit names a Smithy AST: give it with one")
    tests_origin = None
    if from_dir is not None:
        fetch_dir(staging, from_dir)
        revision = botocore_version or from_dir.name
        if (staging / ENDPOINT_TESTS_FILE).is_file():
            tests_origin = f"taken with the model files from the folder `{from_dir.name}/`."
    elif botocore_version is not None:
        revision = botocore_version
        tests_origin = fetch_pip(staging, service_name, botocore_version)
    else:
        revision = fetch_installed(staging, service_name)
    return "botocore", revision, f"botocore {revision}", tests_origin


def _carry_endpoint_tests(staging: Path, old_dir: Path, old: Release) -> str | None:
    """Copy the pinned ``endpoint-tests-1.json`` into ``staging`` when the new botocore
    revision brings none and its endpoint rule set is byte-identical to the pinned one
    (the cases still describe it); return where they came from, for ``SOURCE.md``.
    """
    old_tests, old_rules, new_rules = (
        old_dir / ENDPOINT_TESTS_FILE,
        old_dir / ENDPOINT_RULES_FILE,
        staging / ENDPOINT_RULES_FILE,
    )
    if (
        (staging / ENDPOINT_TESTS_FILE).exists()
        or not old_tests.is_file()
        or not (old_rules.is_file() and new_rules.is_file())
        or old_rules.read_bytes() != new_rules.read_bytes()
    ):
        return None
    shutil.copy2(old_tests, staging / ENDPOINT_TESTS_FILE)
    print(
        f"kept the pinned {ENDPOINT_TESTS_FILE} ({old_tests}): the new revision brings none, "
        f"and its {ENDPOINT_RULES_FILE} is byte-identical to the pinned one they were written for"
    )
    return (
        f"carried over from the previous revision ({old.model_source or old_dir}): the new "
        f"revision brings none, and its `{ENDPOINT_RULES_FILE}` is byte-identical to the one "
        "they were written for."
    )


def _warn_lost_endpoint_tests(old: Service, new: Service, old_dir: Path, staging: Path) -> None:
    """Say on stderr that the package stops shipping endpoint tests, why, and how to keep them."""
    if not old.endpoint_tests or new.endpoint_tests:
        return
    why = "the new revision has no endpoint test cases"
    if (old_dir / ENDPOINT_TESTS_FILE).is_file() and (staging / ENDPOINT_RULES_FILE).is_file():
        why += (
            f", and the pinned {ENDPOINT_TESTS_FILE} is not carried over: it was written for "
            f"the pinned {ENDPOINT_RULES_FILE}, and the new one differs"
        )
    name = old_dir.parent.name
    print(
        f"warning: the package will no longer ship endpoint tests (tests/, "
        f"{len(old.endpoint_tests)} cases): {why}. To keep them, update with "
        f"FROM_DIR=<a folder of the model files with the rule set's {ENDPOINT_TESTS_FILE}, "
        f"from botocore's sdist: botocore-<ver>/tests/functional/endpoint-rules/{name}/> "
        "or BOTOCORE=<ver> (which takes them from that version's sdist).",
        file=sys.stderr,
    )


def _load_staged(
    staging: Path, origin: Path | None, customizations: Path, carried_from: Path | None
) -> Service:
    """The staged revision read into the IR; a model error names the file it was copied from
    (``origin``'s; the endpoint tests' carried over: ``carried_from``'s).

    The staging folder is temporary: an error naming it would point at nothing left.
    """
    try:
        return load_model(staging, customizations=customizations)
    except ModelError as error:
        staged = Path(error.file)
        if staged.parent != staging or staged.name not in _model_names(staging):
            raise
        if staged.name == ENDPOINT_TESTS_FILE and carried_from is not None:
            file = carried_from / staged.name
        elif origin is None:
            raise
        else:
            file = origin if origin.is_file() else origin / staged.name
        raise type(error)(file, error.pointer, error.problem, error.hint) from None


def update_model(
    model_root: Path,
    out: Path,
    *,
    botocore_version: str | None = None,
    from_dir: Path | None = None,
    from_smithy: Path | None = None,
    smithy_commit: str | None = None,
) -> int:
    """Update the pinned model to a new revision; see the module docstring.

    ``model_root`` is ``models/<service>/``: ``<service>`` names the model's folder in
    botocore's ``data/``, and ``model_root/customizations/`` keeps the service's
    customizations across revisions. ``from_smithy`` takes a Smithy JSON AST (a file or
    a folder of them) instead of botocore files; ``smithy_commit``, the api-models-aws
    commit it came from, is then recorded as the revision.
    """
    service_name = model_root.resolve().name
    old_dir = _pinned_dir(model_root)
    old = load_release(old_dir)
    customizations = customization_dir(old_dir)
    with tempfile.TemporaryDirectory() as scratch:
        staging = Path(scratch) / "model"
        form, revision, source, tests_origin = _fetch(
            staging, service_name, botocore_version, from_dir, from_smithy, smithy_commit
        )
        carried_from = None
        if form == "botocore" and tests_origin is None:
            tests_origin = _carry_endpoint_tests(staging, old_dir, old)
            carried_from = old_dir if tests_origin is not None else None
        staged_names = _model_names(staging)
        if (
            form == old.model_form
            and staged_names == _model_names(old_dir)
            and all(sha256_file(staging / n) == sha256_file(old_dir / n) for n in staged_names)
        ):
            print(
                f"{old_dir} is already up to date ({old.model_source}, "
                f"the same model as {source}); nothing changed"
            )
            return 0
        origin = from_smithy or from_dir
        for name in CARRIED_FILES:
            if (old_dir / name).is_file():
                shutil.copy2(old_dir / name, staging / name)
        old_service = load_model(old_dir)
        result = diff_services(
            old_service,
            # With the same customizations: their waiters are no change of the model's.
            _load_staged(staging, origin, customizations, carried_from),
            old_label=old.model_source or str(old_dir),
            new_label=source,
        )
        _warn_lost_endpoint_tests(old_service, result.new, old_dir, staging)
        retired = retire_removed_enums(result, staging / RETIRED_ENUMS_FILE, source)
        bump = classify(result)
        version = bump_version(old.package_version, bump or "patch")
        new = Release(version, form, source, revision, folder_sha256(staging))
        entry = changelog_entry(result, version, bump, old, new)
        if retired:
            names = ", ".join(f"`{name}`" for name in retired)
            entry = entry.rstrip("\n") + (
                f"\n\nRemoved enums kept importable as deprecated aliases: {names}.\n"
            )
        changelog = prepend_entry(old.changelog, entry)
        (staging / CHANGELOG_FILE).write_text(changelog, encoding="utf-8")
        state = {
            "package_version": version,
            "model_form": form,
            "model_source": source,
            "model_revision": revision,
            "model_sha256": new.model_sha256,
        }
        (staging / RELEASE_FILE).write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
        api_version = result.new.metadata.api_version
        (staging / SOURCE_FILE).write_text(
            source_text(new, result.new, service_name, staging, tests_origin), encoding="utf-8"
        )
        # Loaded again with the enums retired above (a customization the new revision
        # breaks failed the diff's load, before anything was replaced).
        service = _load_staged(staging, origin, customizations, carried_from)
        new_dir = model_root / api_version
        shutil.rmtree(old_dir)
        shutil.copytree(staging, new_dir)
    destination = write_package(service, out, version, release=load_release(new_dir))
    counts = ", ".join(f"{n} {s}" for s, n in result.summary().items())
    print(
        f"updated {new_dir} to {source} ({counts}); "
        f"version {old.package_version} -> {version} ({bump or 'patch'}); "
        f"regenerated {destination}"
    )
    return 0
