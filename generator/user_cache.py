"""The folder of this project's caches that every clone on a machine shares.

Like pip's, black's and mypy's caches, it is in the user's cache folder:
``$XDG_CACHE_HOME/partnercentral-selling-generator/`` when ``XDG_CACHE_HOME`` is an
absolute path (the XDG rule: a relative one is ignored), else
``~/.cache/partnercentral-selling-generator/``. A second clone, or a CI job that keeps
``~/.cache``, then starts with what the first one computed. It holds only what is safe to
share: entries keyed by everything their content depends on, and checked when read
(``format/``, :mod:`generator.emit.format_cache`), and virtual environments keyed by the
Python and the requirements they were made from (``cross-python/``,
``scripts/cross_python.py``).

:data:`USER_CACHE` is computed once, when this module is first imported, so a test that
points ``HOME`` at a temporary folder (as the credential tests do) does not move the cache.
Only the standard library is used: ``scripts/cross_python.py`` runs under any Python 3.10+.

``python3 -m generator.user_cache`` prints the folder; ``--remove`` deletes it
(``make clean-cache``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

NAME = "partnercentral-selling-generator"


def user_cache_folder(environ: Mapping[str, str], home: Path) -> Path:
    """This project's folder in the user's cache folder that ``environ`` and ``home`` give."""
    xdg = environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else home / ".cache"
    return base / NAME


USER_CACHE = user_cache_folder(os.environ, Path.home())


def main(argv: list[str] | None = None) -> int:
    """Print the shared cache folder, or remove it with ``--remove``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--remove", action="store_true", help="delete the folder and its content")
    args = parser.parse_args(argv)
    if args.remove:
        shutil.rmtree(USER_CACHE, ignore_errors=True)
        print(f"removed {USER_CACHE}")
    else:
        print(USER_CACHE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
