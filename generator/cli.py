"""The generator's command line: ``generate``, ``check``, ``diff``, ``update-model``, ``docs``
and the shared runtime's ``generate-runtime``, ``check-runtime`` and ``release-runtime``.

Exit codes: 0 success, 1 a problem with the input or the output tree
(printed as one clear message, no traceback), 2 bad usage.
``diff`` differs: 0 no event at or above ``--fail-on``, 1 some, 2 bad usage
or an unreadable/invalid model or ignore file.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .diff.service import SEVERITIES, diff_services, read_ignore_file
from .diff.report import FORMATS, render
from .errors import GeneratorError
from .model.ir import Service
from .loaders import load_model
from .release.state import Release, load_release
from .release.update import update_model
from .emit.package import write_package
from .emit.runtime_package import write_runtime
from .release.runtime import load_runtime_release, release_runtime

DEFAULT_PACKAGE_VERSION = "0.1.0"
MODEL_FORMS = (
    "a botocore model folder (service-2.json and its paginators, waiters, endpoint rules) "
    "or its service-2.json, or a Smithy JSON AST (a .json file or a folder of them)"
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed Python client from an awsJson or RPC v2 CBOR model: botocore files "
        "or a Smithy JSON AST.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    generate = commands.add_parser("generate", help="render the client package from a model")
    _model_options(generate)
    generate.add_argument(
        "--out", type=Path, required=True, help="folder to write the package into"
    )
    generate.set_defaults(handler=_generate)

    check = commands.add_parser(
        "check", help="fail when regenerating would change the committed package"
    )
    _model_options(check)
    check.add_argument(
        "--out", type=Path, required=True, help="folder holding the committed package"
    )
    check.set_defaults(handler=_check)

    for name, handler, help_text in (
        ("generate-runtime", _generate_runtime, "render the shared runtime distribution"),
        (
            "check-runtime",
            _check_runtime,
            "fail when regenerating would change the committed runtime distribution",
        ),
    ):
        runtime = commands.add_parser(name, help=help_text)
        runtime.add_argument(
            "--out", type=Path, required=True, help="folder holding the generated distributions"
        )
        runtime.set_defaults(handler=handler)
    release_runtime = commands.add_parser(
        "release-runtime",
        help="record a new runtime version when the runtime changed: major, minor or patch "
        "by what changed in its public surface",
    )
    release_runtime.set_defaults(handler=_release_runtime)

    update = commands.add_parser(
        "update-model",
        help="take a new model revision, bump the version, write a changelog entry, regenerate",
    )
    update.add_argument(
        "--model-root",
        type=Path,
        required=True,
        help="folder holding the pinned <api version>/ model folder (botocore files or a "
        "Smithy JSON AST)",
    )
    update.add_argument("--out", type=Path, required=True, help="folder to write the package into")
    update.add_argument(
        "--from-dir",
        type=Path,
        help="take the botocore model files from this folder (its name, or "
        "--botocore-version, is recorded as the botocore version)",
    )
    update.add_argument(
        "--botocore-version",
        help="fetch this botocore version with pip (default: the installed botocore)",
    )
    update.add_argument(
        "--from-smithy",
        type=Path,
        metavar="PATH",
        help="take a Smithy JSON AST instead: a .json file, or a folder of them (its "
        "name is recorded as the source); it replaces botocore files",
    )
    update.add_argument(
        "--api-models-aws-commit",
        metavar="COMMIT",
        help="with --from-smithy: the aws/api-models-aws commit the AST came from, "
        "recorded as the model revision",
    )
    update.set_defaults(handler=_update_model)

    diff = commands.add_parser(
        "diff", help="classify the changes between two model revisions (see MODEL-DIFF.md)"
    )
    diff.add_argument("old", type=Path, help=f"old model: {MODEL_FORMS}")
    diff.add_argument("new", type=Path, help=f"new model: {MODEL_FORMS}")
    diff.add_argument(
        "--format", choices=FORMATS, default="text", help="report format (default: %(default)s)"
    )
    diff.add_argument(
        "--fail-on",
        choices=[s.lower() for s in SEVERITIES],
        default="error",
        help="exit 1 when an event at or above this severity remains (default: %(default)s)",
    )
    diff.add_argument(
        "--ignore",
        type=Path,
        metavar="FILE",
        help="file of accepted event ids, one per line (# comments, blank lines allowed)",
    )
    diff.add_argument(
        "--skip-unsupported-operations",
        action="store_true",
        help="leave out operations that need a feature the generator cannot render",
    )
    diff.set_defaults(handler=_diff)

    docs = commands.add_parser(
        "docs", help="build a generated package's reference site with MkDocs (strict)"
    )
    docs.add_argument(
        "--package",
        type=Path,
        required=True,
        help="the generated package folder (holding mkdocs.yml)",
    )
    docs.add_argument("--out", type=Path, required=True, help="folder to write the site into")
    docs.set_defaults(handler=_docs)

    from .diff.surface import add_surface_diff_command

    add_surface_diff_command(commands)  # surface-diff OLD_TREE NEW_TREE
    return parser


def _model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        type=Path,
        required=True,
        help=f"the model: {MODEL_FORMS}",
    )
    parser.add_argument(
        "--package-version",
        default=None,
        help="version of the generated distribution (default: the model folder's "
        f"release.json, else {DEFAULT_PACKAGE_VERSION})",
    )
    parser.add_argument(
        "--skip-unsupported-operations",
        action="store_true",
        help="leave out (and list) operations that need a feature the generator "
        "cannot render, such as event streams, instead of failing",
    )
    parser.add_argument(
        "--protocol",
        default=None,
        help="generate this one of the protocols the model lists (such as "
        "smithy-rpc-v2-cbor for a json service that lists both) instead of the preferred one",
    )


def _load(args: argparse.Namespace) -> Service:
    service = load_model(
        args.model, skip_unsupported=args.skip_unsupported_operations, protocol=args.protocol
    )
    for name, reason in sorted(service.skipped_operations.items()):
        print(f"warning: operation {name} left out: {reason}", file=sys.stderr)
    for warning in service.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return service


def _generate(args: argparse.Namespace) -> int:
    service = _load(args)
    destination = write_package(service, args.out, *_versioned(args))
    print(
        f"generated {destination} ({len(service.operations)} operations, "
        f"{len(service.shapes)} shapes; {_protocol_summary(service)})"
    )
    return 0


def _protocol_summary(service: Service) -> str:
    """Which protocol the package speaks and, when the model lists several, among which."""
    metadata = service.metadata
    summary = f"protocol {metadata.protocol}"
    if metadata.protocol == "json":
        summary += f" (awsJson {metadata.json_version})"
    if len(metadata.protocols) > 1:
        summary += f", chosen from [{', '.join(metadata.protocols)}]"
    if metadata.query_compatible:
        summary += "; awsQueryCompatible"
    return summary


def _check(args: argparse.Namespace) -> int:
    service = _load(args)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = write_package(service, Path(scratch), *_versioned(args))
        return _compare(fresh, args.out / service.distribution_name)


def _compare(fresh: Path, committed: Path) -> int:
    """0 when ``committed`` is the tree ``fresh``; else 1, listing the differing files."""
    differences = list(_differences(fresh, committed))
    if differences:
        print(
            f"{committed} is out of date; run `make generate`. Differing files:", file=sys.stderr
        )
        for path in differences:
            print(f"  {path}", file=sys.stderr)
        return 1
    print(f"{committed} is up to date")
    return 0


def _generate_runtime(args: argparse.Namespace) -> int:
    destination = write_runtime(args.out)
    print(f"generated {destination} (version {load_runtime_release().version})")
    return 0


def _check_runtime(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = write_runtime(Path(scratch))
        return _compare(fresh, args.out / fresh.name)


def _release_runtime(args: argparse.Namespace) -> int:
    version = release_runtime()
    if version is None:
        print(f"the runtime is unchanged since {load_runtime_release().version}")
    else:
        print(f"recorded runtime {version}; run `make generate` to give the packages its range")
    return 0


def _diff(args: argparse.Namespace) -> int:
    try:
        ignore = read_ignore_file(args.ignore) if args.ignore else set()
        skip = args.skip_unsupported_operations
        old = load_model(args.old, skip_unsupported=skip)
        new = load_model(args.new, skip_unsupported=skip)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = diff_services(
        old, new, old_label=str(args.old), new_label=str(args.new), ignore=ignore
    )
    sys.stdout.write(render(result, args.format))
    return 1 if result.fails(args.fail_on.upper()) else 0


def _docs(args: argparse.Namespace) -> int:
    """Run ``mkdocs build --strict``: a broken link or anchor fails the build."""
    config = args.package / "mkdocs.yml"
    if not config.is_file():
        raise GeneratorError(
            f"{config} not found: {args.package} is not a generated client package with a "
            "reference site (the runtime distribution has none); generate it first "
            "(`make generate`) or name a client package (SERVICE=partnercentral-...)"
        )
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
    command += ["-f", str(config), "-d", str(args.out.resolve())]
    return 0 if subprocess.run(command, check=False).returncode == 0 else 1


def _differences(fresh: Path, committed: Path, relative: Path = Path()) -> list[Path]:
    """Paths that differ, exist only on one side, or are missing (recursively)."""
    if not committed.is_dir():
        return [relative or Path(committed.name)]
    comparison = filecmp.dircmp(fresh, committed, ignore=["__pycache__", ".mypy_cache"])
    result = [relative / name for name in comparison.left_only + comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(
        fresh, committed, comparison.common_files, shallow=False
    )
    result += [relative / name for name in mismatch + errors]
    for name in comparison.common_dirs:
        result += _differences(fresh / name, committed / name, relative / name)
    return sorted(result)


def _versioned(args: argparse.Namespace) -> tuple[str, Release]:
    """The package version and release facts (``--package-version`` overrides)."""
    release = load_release(args.model, args.package_version)
    return release.package_version, release


def _update_model(args: argparse.Namespace) -> int:
    return update_model(
        args.model_root,
        args.out,
        botocore_version=args.botocore_version,
        from_dir=args.from_dir,
        from_smithy=args.from_smithy,
        smithy_commit=args.api_models_aws_commit,
    )
