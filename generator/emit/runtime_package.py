"""The shared runtime distribution: ``runtime/`` rendered as ``generated/<runtime>/``.

Every generated package imports its pipeline, protocols, signing and transports from one
installed distribution (``naming.RUNTIME_DISTRIBUTION``) instead of carrying a copy, so
packages installed side by side share one runtime and a runtime fix reaches all of them
with one release. The distribution is the runtime folder's code, verbatim (it uses
relative imports only), under ``src/<import name>/``, with the packaging files of
``templates/runtime/`` and the version and changelog of its own release record
(:mod:`generator.release.runtime`).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from ..docs.markdown import escape_unsafe_text
from ..model import naming
from ..release.runtime import RUNTIME_ROOT, RuntimeRelease, load_runtime_release, runtime_files
from .package import template_environment, write_files, write_tree

# Template (under templates/) -> path in the distribution.
RUNTIME_DISTRIBUTION_FILES = {
    "runtime/pyproject.toml.j2": "pyproject.toml",
    "runtime/README.md.j2": "README.md",
    "runtime/NOTICE.j2": "NOTICE",
    "runtime/MANIFEST.in.j2": "MANIFEST.in",
    "LICENSE.j2": "LICENSE",
    "py.typed.j2": "src/{package}/py.typed",
}


def render_runtime_files(release: RuntimeRelease) -> Iterator[tuple[str, str]]:
    """(relative path, text) of the distribution's packaging files and changelog."""
    env = template_environment()
    context = {
        "distribution": naming.RUNTIME_DISTRIBUTION,
        "package": naming.RUNTIME_PACKAGE,
        "version": release.version,
        "requirement": release.requirement,
    }
    yield "CHANGELOG.md", release.changelog
    for template_name, target in RUNTIME_DISTRIBUTION_FILES.items():
        text = env.get_template(template_name).render(context)
        yield target.format(package=naming.RUNTIME_PACKAGE), escape_unsafe_text(text)


def write_runtime(out_dir: Path, root: Path = RUNTIME_ROOT) -> Path:
    """Write the runtime distribution of the runtime folder ``root`` into ``out_dir``."""
    release = load_runtime_release(root)
    package = Path("src") / naming.RUNTIME_PACKAGE

    def fill(staging: Path) -> None:
        write_files(staging, render_runtime_files(release))
        for source in runtime_files(root):
            target = staging / package / source.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)

    return write_tree(out_dir / naming.RUNTIME_DISTRIBUTION, fill)
