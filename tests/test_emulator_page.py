"""docs/testing.md, its emulator part: each Python block runs as written, and the page
lists every operation once, as emulated or not, as the emulator itself says.

The blocks start emulators on 127.0.0.1 themselves; boto3 is a dev dependency. The
shell block (the console command and the AWS CLI) is run by tests/test_emulator_serving.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partnercentral_selling.emulator import Emulator

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "generated" / "partnercentral-selling" / "docs" / "testing.md"
EMULATOR_PART = PAGE.read_text(encoding="utf-8").split("\n## A local ", 1)[-1]
BLOCKS = re.findall(r"^```python\n(.*?)^```$", EMULATOR_PART, re.S | re.M)


def test_the_page_has_an_emulator_part() -> None:
    assert len(BLOCKS) == 4


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_each_block_runs(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "absent"))
    exec(compile(BLOCKS[index], f"{PAGE.name}#emulator-{index}", "exec"), {"__name__": "__page__"})


def test_the_page_lists_what_the_emulator_answers() -> None:
    section = EMULATOR_PART.split("### What it answers", 1)[1]
    answered, others = section.split("The others answer", 1)
    assert sorted(re.findall(r"`(\w+)`", answered)) == Emulator().emulated_operations
    listed_others = set(re.findall(r"`([A-Z]\w+)`", others)) - {"UnknownOperationException"}
    assert listed_others == set(Emulator.OPERATIONS) - set(Emulator().emulated_operations)
