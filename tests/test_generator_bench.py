"""bench/generator_bench.py measures what it says, and reports a model that fails (no timings).

The benchmark's figures are for `make bench`; here only that a case runs in a child
process and yields its size and resource figures, that a model the generator refuses is
an error row with the generator's message, that gzipped botocore files are unpacked,
and how growth is computed.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import generator_bench  # noqa: E402
import synthetic_model  # noqa: E402


def test_a_case_reports_the_generated_size_and_the_child_s_figures(tmp_path: Path) -> None:
    model = synthetic_model.write_model(tmp_path / "model", 3)
    row = generator_bench.measure("synthetic 3", model, skip_unsupported=False)
    assert "error" not in row, row
    assert (row["operations"], row["shapes"], row["skipped"]) == (
        3,
        3 * 2 + len(synthetic_model.SHARED_SHAPES),
        0,
    )
    assert row["wall_s"] > 0 and row["cpu_s"] > 0 and row["peak_rss_mb"] > 1


def test_peak_memory_is_the_child_s_own_not_this_process_s(tmp_path: Path) -> None:
    """A child forked from a big process starts with its size as ru_maxrss; VmHWM does not."""
    ballast = bytes(range(256)) * (300 * 4096)  # 300 MiB, every page written
    model = synthetic_model.write_model(tmp_path / "model", 3)
    row = generator_bench.measure("synthetic 3", model, skip_unsupported=False)
    assert len(ballast) >> 20 == 300 and 1 < row["peak_rss_mb"] < 200


def test_a_model_that_fails_is_an_error_row_with_the_generator_s_message(
    tmp_path: Path,
) -> None:
    model = synthetic_model.write_model(tmp_path / "model", 2)
    document = json.loads((model / "service-2.json").read_text())
    document["operations"]["Op00000"]["input"] = {"shape": "Missing"}
    (model / "service-2.json").write_text(json.dumps(document))
    row = generator_bench.measure("broken", model, skip_unsupported=False)
    assert row["error"].startswith("exit 1: error: ") and "Missing" in row["error"]
    assert "peak-rss-kb" not in row["error"]


def test_botocore_files_are_unpacked_gzipped_or_not(tmp_path: Path) -> None:
    source = tmp_path / "botocore"
    source.mkdir()
    with gzip.open(source / "service-2.json.gz", "wt", encoding="utf-8") as f:
        json.dump({"operations": {"A": {}}}, f)
    (source / "paginators-1.json").write_text('{"pagination": {}}')
    unpacked = generator_bench.unpack_model(source, tmp_path / "model")
    assert sorted(p.name for p in unpacked.iterdir()) == ["paginators-1.json", "service-2.json"]
    assert json.loads((unpacked / "service-2.json").read_text()) == {"operations": {"A": {}}}


def test_growth_compares_cost_per_operation_and_marginal_cost() -> None:
    def row(size: int, cpu: float) -> dict[str, object]:
        return {"case": f"synthetic {size}", "operations": size, "cpu_s": cpu}

    # 2 s fixed, then 10 ms an operation up to 2,000 and 20 ms beyond.
    rows = [row(1000, 12.0), row(2000, 22.0), row(4000, 62.0), {"case": "x", "error": "e"}]
    rows = [{**r, "wall_s": r.get("cpu_s"), "peak_rss_mb": r.get("cpu_s")} for r in rows]
    result = generator_bench.growth(rows)
    assert (result["from"], result["to"]) == (1000, 4000)
    assert result["cpu_s"] == {
        "per_op_ratio": round((62 / 4000) / (12 / 1000), 2),
        "marginal_ratio": 2.0,
    }
