"""bench/cold_start.py: what a cold child reports, and how samples become rows (no timings).

The figures themselves are for `make bench`; here only that every client's child program
runs against the benchmark server and reports its four stamps and its own peak memory,
how a printed line splits into stages, that samples are interleaved after a warm-up, and
how rows compare ours with the peer, the floors and the goals.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import cold_profile  # noqa: E402
import cold_start  # noqa: E402

TARGET = "AWSPartnerCentralSelling.GetOpportunity"


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    server = subprocess.Popen(
        [sys.executable, "-u", str(ROOT / "bench" / "server.py"), "--pages", "1"],
        cwd=str(ROOT / "bench"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    line = server.stdout.readline()
    assert line.startswith("PORT "), line
    yield f"http://127.0.0.1:{line.split()[1]}"
    server.stdin.close()  # the server exits at EOF on stdin
    server.wait(timeout=10)


def _settings(url: str) -> dict[str, Any]:
    # The server does not check signatures: the floors' headers need only the target.
    presigned = (
        b'{"Catalog":"AWS","Identifier":"O1234567"}',
        {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": TARGET},
    )
    return cold_start.settings_for(
        url,
        presigned,
        credentials=("AKID", "SECRET"),
        region="us-east-1",
        service="partnercentral-selling",
        catalog="AWS",
        opportunity_id="O1234567",
    )


def _env() -> dict[str, str]:  # with the `home` fixture: no AWS_* of this shell
    return {
        **os.environ,
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    }


def test_every_client_s_child_answers_and_reports_its_stages(server_url: str, home: Path) -> None:
    clients = [
        c for c in cold_start.CLIENTS if c != "aiobotocore" or cold_start.PEER_PYTHON.exists()
    ]
    codes = {c: cold_start.child_code(c, _settings(server_url)) for c in clients}
    figures = cold_start.measure(codes, 1, _env())
    assert list(figures) == clients
    for client, f in figures.items():
        wall, cpu = f["wall"], f["cpu"]
        assert all(wall[stage] >= 0 for stage in cold_start.STAGES), (client, f)
        assert wall["total"] == pytest.approx(sum(wall[s] for s in cold_start.STAGES))
        assert cpu["to_answer"] == pytest.approx(
            cpu["import"] + cpu["construct"] + cpu["first_call"]
        )
        assert 5 * 1024 < f["peak_rss_kb"] < 1024 * 1024, (client, f)
        assert f["runs"] == 1 and f["modules"] > 20
    # The SDKs load more than the floor that shares their transport.
    assert figures["ours"]["modules"] > figures["floor"]["modules"]
    assert figures["boto3"]["modules"] > figures["floor"]["modules"]


def test_peak_memory_is_the_child_s_own_not_this_process_s(server_url: str, home: Path) -> None:
    ballast = bytes(range(256)) * (300 * 4096)  # 300 MiB, every page written
    code = cold_start.child_code("floor", _settings(server_url))
    sample = cold_start.run_child(sys.executable, code, _env(), ROOT / "bench")
    assert len(ballast) >> 20 == 300 and 1024 < sample["peak_rss_kb"] < 200 * 1024


def test_a_child_that_fails_says_why(home: Path) -> None:
    code = cold_start.child_code("floor", _settings("http://127.0.0.1:9"))  # nothing listens
    with pytest.raises(RuntimeError, match="ConnectionRefusedError"):
        cold_start.run_child(sys.executable, code, _env(), ROOT / "bench")


def test_a_printed_line_splits_into_stages_from_the_spawn() -> None:
    line = '{"stamps": [[10.5, 0.01], [10.7, 0.2], [10.75, 0.25], [11.0, 0.4]], '
    line += '"peak_rss_kb": 20480, "modules": 99}'
    sample = cold_start.parse_sample("noise\n" + line + "\n", spawned=10.0)
    assert sample["wall"] == pytest.approx(
        {"start": 0.5, "import": 0.2, "construct": 0.05, "first_call": 0.25, "total": 1.0}
    )
    assert sample["cpu"] == pytest.approx(
        {
            "start": 0.01,
            "import": 0.19,
            "construct": 0.05,
            "first_call": 0.15,
            "total": 0.4,
            "to_client": 0.24,
            "to_answer": 0.39,
        }
    )
    assert (sample["peak_rss_kb"], sample["modules"]) == (20480, 99)
    with pytest.raises(ValueError, match="expected 4 stamps"):
        cold_start.parse_sample('{"stamps": [[1, 1]], "peak_rss_kb": 1, "modules": 1}', 0.0)


def _sample(total: float, rss: int = 1000) -> dict[str, Any]:
    stages = dict.fromkeys(cold_start.STAGES, total / 4)
    cpu = {**stages, "total": total, "to_client": total / 2, "to_answer": total * 3 / 4}
    return {"wall": {**stages, "total": total}, "cpu": cpu, "peak_rss_kb": rss, "modules": 1}


def test_samples_are_interleaved_after_one_warm_up_child_each_and_the_median_counts() -> None:
    calls: list[tuple[str, str]] = []
    totals = {"ours": iter([9.0, 1.0, 3.0, 2.0]), "boto3": iter([9.0, 5.0, 4.0, 6.0])}

    def spawn(python: str, code: str, env: dict[str, str], cwd: Path) -> dict[str, Any]:
        calls.append((python, code))
        return _sample(next(totals[code]))

    figures = cold_start.measure({"ours": "ours", "boto3": "boto3"}, 3, {}, spawn=spawn)
    assert [code for _, code in calls] == ["ours", "boto3"] * 4
    assert {python for python, _ in calls} == {sys.executable}
    assert figures["ours"]["wall"]["total"] == 2.0 and figures["boto3"]["wall"]["total"] == 5.0
    assert (figures["ours"]["total_min"], figures["ours"]["total_max"]) == (1.0, 3.0)
    assert cold_start.python_for("aiobotocore") == str(cold_start.PEER_PYTHON)


def test_rows_compare_ours_with_the_peer_the_floors_and_the_goal() -> None:
    figures = {
        "ours": cold_start.medians([_sample(0.06, rss=24 * 1024)]),
        "boto3": cold_start.medians([_sample(0.2, rss=48 * 1024)]),
        "floor": cold_start.medians([_sample(0.04, rss=16 * 1024)]),
    }
    rows = {r["key"]: r for r in cold_start.rows(figures)}
    assert not any(key.endswith("_async") for key in rows)  # no async children: no rows
    wall = rows["cold_wall"]
    assert (wall["ratio"], wall["floor_ratios"], wall["goal"], wall["met"]) == (
        0.3,
        {"floor": 0.2},
        0.3,
        True,
    )
    rss = rows["peak_rss"]
    assert (rss["ratio"], rss["met"], cold_start.format_value("MB", rss["ours"])) == (
        0.5,
        True,
        "24.0",
    )
    assert rows["first_call"]["met"] is True and rows["cold_import"]["met"] is None
    imports = cold_start.import_figures(figures)
    assert list(imports) == ["ours", "boto3", "floor"]
    assert imports["ours"]["total"] == 0.03 and imports["ours"]["total_with_first_call"] == 0.045


def test_the_cold_profile_diagnostic_walks_each_chain_to_the_second_call(home: Path) -> None:
    """bench/cold_profile.py: every step runs (or names the module that is gone)."""
    clients = ["ours", "boto3", "ours_async"]
    command = [sys.executable, str(ROOT / "bench" / "cold_profile.py"), "--runs", "1", "--json"]
    for client in clients:
        command += ["--client", client]
    done = subprocess.run(command, cwd=str(ROOT), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout[done.stdout.index("\n{") :])
    assert list(results) == clients
    for client, result in results.items():
        steps = result["steps"]
        chain = cold_profile.CHAINS[client]
        assert [(s["phase"], s["step"]) for s in steps] == [(p, label) for p, label, _ in chain]
        assert all(s["wall_ms"] >= 0 and s["rss_mb"] > 1 for s in steps)
        # A step naming a module that moved would still run, shown as absent: the chains
        # follow the runtime's layout (update CHAINS when it changes).
        assert [s["step"] for s in steps if s["absent"] is not None] == []
        assert [s["phase"] for s in steps].count("warm") == 1


def test_a_chain_step_is_one_line() -> None:
    settings = _settings("http://127.0.0.1:9")
    code = cold_profile.chain_code("ours", settings, traced=False)
    assert code.count("except ModuleNotFoundError") == len(cold_profile.CHAINS["ours"])
    cold_profile.CHAINS["broken"] = [("import", "two lines", "import os\nimport sys")]
    try:
        with pytest.raises(ValueError, match="one line"):
            cold_profile.chain_code("broken", settings, traced=False)
    finally:
        del cold_profile.CHAINS["broken"]
