"""A cut model loaded with one customization file, and what a broken one must report.

Shared by the tests of the customization files that add behaviour (``waiters-2.json``,
``rate-limits.json``): each error names the file, the JSON pointer of the bad value and
what to do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from generator.errors import ModelError
from generator.loaders import load_model
from generator.model.ir import Service


def load_with(model_dir: Path, folder: Path, name: str, document: object) -> Service:
    """The model in ``model_dir`` with ``document`` as the customization file ``name``."""
    folder.mkdir()
    (folder / name).write_text(json.dumps(document))
    return load_model(model_dir, customizations=folder)


def assert_refused(
    model_dir: Path, folder: Path, name: str, document: object, expected: Sequence[str]
) -> None:
    """Loading ``document`` fails at ``(pointer, words of the problem, words of the fix)``."""
    pointer, problem, hint = expected
    with pytest.raises(ModelError) as caught:
        load_with(model_dir, folder, name, document)
    assert caught.value.file == str(folder / name)
    assert caught.value.pointer == pointer
    assert problem in caught.value.problem
    assert hint in caught.value.hint
