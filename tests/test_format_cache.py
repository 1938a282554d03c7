"""The format cache (generator/emit/format_cache.py) saves black's work and never changes its output.

black itself is the oracle: whatever the cache holds (nothing, every entry, damaged entries,
entries of another black version, mode or namespace), the formatter's output is black's, and
what ``black_output`` reads is what black returned for that very text, never a result of the
piecewise formatter. A warm cache runs black on nothing, a changed definition reformats that
definition alone, worker processes give what one process gives, and a cache that cannot be
written costs one warning, not the generation. The default folder is the user's cache folder,
fixed when the generator is imported.
"""

from __future__ import annotations

import hashlib
import os
import platform
import subprocess
import sys
import textwrap
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import black
import pytest
from black.parsing import InvalidInput

from generator import user_cache
from generator.emit import format_cache, formatting
from generator.errors import GeneratorError
from generator.emit.format_cache import BLACK_OUTPUT, FormatCache, black_output
from generator.emit.formatting import PIECEWISE, Formatter
from generator.loaders import load_model
from generator.emit.package import BLACK_MODE, write_package

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synthetic_model  # noqa: E402

# Seven pieces: the module head, f, the head of A and its three methods, then g and B (no
# blank line between them, so no cut).
TEXT = textwrap.dedent('''\
    """A module."""

    import os


    def f( a,b ): return a+b


    class A:
        x=1

        def m(self): return [1,
        2]

        @property
        def n(self): return {'a':1}

        async def o(self): pass


    def g(): pass
    class B( A ): pass
    ''')


def _blacks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text black formats from now on, in order."""
    seen: list[str] = []
    real = black.format_str

    def counting(source: str, *, mode: black.Mode) -> str:
        seen.append(source)
        return real(source, mode=mode)

    monkeypatch.setattr(black, "format_str", counting)
    return seen


def _entries(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("??/*") if not path.name.startswith(".tmp-"))


def test_a_warm_cache_runs_black_on_nothing_and_gives_black_s_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = black.format_str(TEXT, mode=BLACK_MODE)
    seen = _blacks(monkeypatch)
    cache = FormatCache(tmp_path)
    assert Formatter(BLACK_MODE, cache, workers=1).format(TEXT) == expected
    assert len(seen) == 7  # the pieces, each once
    assert cache.added == 8 and len(_entries(tmp_path)) == 8  # the pieces and the whole text
    seen.clear()
    assert Formatter(BLACK_MODE, FormatCache(tmp_path), workers=1).format(TEXT) == expected
    assert seen == []


def test_a_changed_definition_is_the_only_piece_black_formats_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Formatter(BLACK_MODE, FormatCache(tmp_path), workers=1).format(TEXT)
    changed = TEXT.replace("def n(self): return {'a':1}", "def n(self): return {'b':2}")
    seen = _blacks(monkeypatch)
    formatted = Formatter(BLACK_MODE, FormatCache(tmp_path), workers=1).format(changed)
    assert formatted == black.format_str(changed, mode=BLACK_MODE)
    assert len(seen) == 2  # the changed method (in its stand-in class), then the check above
    assert "{'b':2}" in seen[0] and "def m(" not in seen[0]


def _damage_every_entry(folder: Path, damage: Callable[[Path], None]) -> None:
    entries = _entries(folder)
    assert entries
    for entry in entries:
        damage(entry)


def _flip_a_byte(entry: Path) -> None:
    data = bytearray(entry.read_bytes())
    data[-2] ^= 0x01
    entry.write_bytes(bytes(data))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "a byte flipped": _flip_a_byte,
    "cut short": lambda entry: entry.write_bytes(entry.read_bytes()[:70]),
    "empty": lambda entry: entry.write_bytes(b""),
    "no digest line": lambda entry: entry.write_bytes(b"x = 1"),
    "undecodable": lambda entry: entry.write_bytes(
        format_cache.hashlib.sha256(b"\xff").hexdigest().encode() + b"\n\xff"
    ),
    "a folder": lambda entry: (entry.unlink(), entry.mkdir()),
    "removed": lambda entry: entry.unlink(),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_entry_is_a_miss_never_a_wrong_output(
    damage: Callable[[Path], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Formatter(BLACK_MODE, FormatCache(tmp_path), workers=1).format(TEXT)
    _damage_every_entry(tmp_path, damage)
    seen = _blacks(monkeypatch)
    cache = FormatCache(tmp_path)
    assert Formatter(BLACK_MODE, cache, workers=1).format(TEXT) == black.format_str(
        TEXT, mode=BLACK_MODE
    )
    assert len(seen) == 8  # every piece again, then the check above
    if damage is not DAMAGES["a folder"]:  # a folder in an entry's place stays a miss
        assert cache.added == 8  # every damaged entry written anew


def test_entries_are_black_s_version_s_mode_s_and_python_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = FormatCache(tmp_path)
    cache.put("x=1\n", BLACK_MODE, "x = 1\n", namespace=BLACK_OUTPUT)

    def read(mode: black.Mode = BLACK_MODE, namespace: str = BLACK_OUTPUT) -> str | None:
        return FormatCache(tmp_path).get("x=1\n", mode, namespace=namespace)

    assert read() == "x = 1\n"
    assert read(black.Mode(line_length=88)) is None
    assert read(namespace=PIECEWISE) is None
    assert format_cache.BLACK_VERSION == black.__version__
    monkeypatch.setattr(format_cache, "BLACK_VERSION", "0.0.0")
    assert read() is None
    monkeypatch.undo()
    monkeypatch.setattr(format_cache, "PYTHON", "CPython 3.99 (Unicode 99.0.0)")
    assert read() is None
    monkeypatch.undo()
    assert format_cache.PYTHON == (
        f"{platform.python_implementation()} {sys.version_info[0]}.{sys.version_info[1]} "
        f"(Unicode {unicodedata.unidata_version})"
    )


def test_an_entry_is_written_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails half-way leaves neither the entry nor its temporary file."""

    def failing_replace(source: str, destination: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(format_cache.os, "replace", failing_replace)
    with pytest.raises(KeyboardInterrupt):
        FormatCache(tmp_path).put("x=1\n", BLACK_MODE, "x = 1\n", namespace=BLACK_OUTPUT)
    assert [path for path in tmp_path.rglob("*") if path.is_file()] == []


def test_an_unwritable_cache_warns_once_and_formats_all_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be\n")
    cache = FormatCache(blocked)
    assert Formatter(BLACK_MODE, cache, workers=1).format(TEXT) == black.format_str(
        TEXT, mode=BLACK_MODE
    )
    assert cache.added == 0
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 1
    assert warnings[0].startswith("warning: the format cache is read-only from now on: ")
    assert str(blocked) in warnings[0] and "GENERATOR_FORMAT_CACHE" in warnings[0]


def test_prune_removes_the_least_recently_used_entries_beyond_the_limit(
    tmp_path: Path,
) -> None:
    cache = FormatCache(tmp_path)
    sources = [f"x{number}={number}\n" for number in range(6)]
    for source in sources:
        cache.put(source, BLACK_MODE, source.replace("=", " = "), namespace=BLACK_OUTPUT)
    entries = {source: cache._path(source, BLACK_MODE, BLACK_OUTPUT) for source in sources}
    size = entries[sources[0]].stat().st_size
    now = time.time()
    for age, source in enumerate(reversed(sources)):  # sources[0] is the oldest
        os.utime(entries[source], (now - 100 * age, now - 100 * age))
    used = FormatCache(tmp_path).get(sources[1], BLACK_MODE, namespace=BLACK_OUTPUT)
    assert used is not None  # and so the newest now

    assert cache.prune(limit=3 * size) == 3
    assert [source for source in sources if entries[source].exists()] == [
        sources[1],
        sources[4],
        sources[5],
    ]
    cache.put("y=1\n", BLACK_MODE, "y = 1\n", namespace=BLACK_OUTPUT)
    assert cache.prune(limit=0) == 0  # pruned less than an hour ago
    assert cache.prune(limit=0, interval=0) == 4
    assert FormatCache(tmp_path).prune(limit=0, interval=0) == 0  # added nothing


def test_worker_processes_give_what_one_process_gives(tmp_path: Path) -> None:
    """Forked workers format the misses (in a child: pytest may run threads of its own)."""
    script = textwrap.dedent(f"""\
        import threading
        from pathlib import Path
        from generator.emit import formatting
        from generator.emit.format_cache import FormatCache
        from generator.emit.package import BLACK_MODE
        formatting.PARALLEL_MIN_CHARACTERS = 0
        assert threading.active_count() == 1
        text = Path({str(tmp_path / "text.py")!r}).read_text()
        with formatting.Formatter(BLACK_MODE, FormatCache(Path({str(tmp_path)!r})), 2) as f:
            out = f.format(text)
            assert f._pool is not None, "no worker processes were started"
        Path({str(tmp_path / "out.py")!r}).write_text(out)
        try:
            with formatting.Formatter(BLACK_MODE, None, 2) as f:
                f.format(text + "def broken(:\\n")
        except Exception as exc:
            print(type(exc).__name__, exc)
        """)
    text = TEXT * 20
    (tmp_path / "text.py").write_text(text)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.py").read_text() == black.format_str(text, mode=BLACK_MODE)
    with pytest.raises(InvalidInput) as blacks:
        black.format_str(text + "def broken(:\n", mode=BLACK_MODE)
    assert result.stdout == f"InvalidInput {blacks.value}\n"  # the whole text's line


def test_a_threaded_process_formats_in_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formatting, "PARALLEL_MIN_CHARACTERS", 0)
    monkeypatch.setattr(formatting.threading, "active_count", lambda: 2)
    with Formatter(BLACK_MODE, None, workers=2) as formatter:
        assert formatter.format(TEXT) == black.format_str(TEXT, mode=BLACK_MODE)
        assert formatter._pool is None


def test_generated_packages_are_the_same_with_a_cold_warm_damaged_or_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = load_model(synthetic_model.write_model(tmp_path / "model", 4))

    def generate(label: str, setting: str) -> dict[str, bytes]:
        monkeypatch.setenv("GENERATOR_FORMAT_CACHE", setting)
        package = write_package(service, tmp_path / label, "0.0.0")
        return {
            str(path.relative_to(package)): path.read_bytes()
            for path in sorted(package.rglob("*"))
            if path.is_file()
        }

    folder = tmp_path / "cache"
    without = generate("without", "off")
    assert not folder.exists()
    assert generate("cold", str(folder)) == without
    assert len(_entries(folder)) > 100
    assert generate("warm", str(folder)) == without
    _damage_every_entry(folder, _flip_a_byte)
    assert generate("damaged", str(folder)) == without
    python_files = [text for name, text in without.items() if name.endswith(".py")]
    assert python_files and all(
        black.format_str(text.decode(), mode=BLACK_MODE) == text.decode() for text in python_files
    )


def test_the_default_cache_is_the_user_s_unless_the_variable_says(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("GENERATOR_FORMAT_CACHE", raising=False)
    default = format_cache.default_cache()
    assert default is not None and default.folder == user_cache.USER_CACHE / "format"
    monkeypatch.setenv("HOME", str(tmp_path))  # as the credential tests do: the cache stays
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    again = format_cache.default_cache()
    assert again is not None and again.folder == default.folder
    monkeypatch.setenv("GENERATOR_FORMAT_CACHE", str(tmp_path))
    chosen = format_cache.default_cache()
    assert chosen is not None and chosen.folder == tmp_path
    monkeypatch.setenv("GENERATOR_FORMAT_CACHE", "off")
    assert format_cache.default_cache() is None


def test_the_user_s_cache_folder_follows_xdg_then_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    name = "partnercentral-selling-generator"
    assert user_cache.user_cache_folder({}, home) == home / ".cache" / name
    xdg = {"XDG_CACHE_HOME": str(tmp_path / "xdg")}
    assert user_cache.user_cache_folder(xdg, home) == tmp_path / "xdg" / name
    relative = {"XDG_CACHE_HOME": "relative/cache"}  # not absolute: ignored, as XDG says
    assert user_cache.user_cache_folder(relative, home) == home / ".cache" / name
    script = "from generator.emit import format_cache; print(format_cache.DEFAULT_FOLDER)"
    environ = {**os.environ, **xdg, "HOME": str(home)}
    environ.pop("GENERATOR_FORMAT_CACHE", None)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environ, capture_output=True, text=True
    )
    assert result.stdout == f"{tmp_path / 'xdg' / name / 'format'}\n", result.stderr


def test_black_output_is_black_s_with_a_cold_warm_or_damaged_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = black.format_str(TEXT, mode=BLACK_MODE)
    seen = _blacks(monkeypatch)
    assert black_output(TEXT, BLACK_MODE, FormatCache(tmp_path)) == expected
    assert seen == [TEXT] and len(_entries(tmp_path)) == 1
    assert black_output(TEXT, BLACK_MODE, FormatCache(tmp_path)) == expected
    assert seen == [TEXT]  # warm: black did not run
    _damage_every_entry(tmp_path, _flip_a_byte)
    assert black_output(TEXT, BLACK_MODE, FormatCache(tmp_path)) == expected
    assert seen == [TEXT, TEXT]
    assert black_output(TEXT, BLACK_MODE, None) == expected
    assert seen == [TEXT, TEXT, TEXT]


def test_the_formatter_s_whole_text_results_are_never_read_as_black_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the formatter stores for a whole text is under PIECEWISE, which black_output
    never reads; and format_pieces cuts and joins anew, asking the cache for pieces only."""
    expected = black.format_str(TEXT, mode=BLACK_MODE)
    cache = FormatCache(tmp_path)
    Formatter(BLACK_MODE, cache, workers=1).format(TEXT)
    assert cache.get(TEXT, BLACK_MODE, namespace=PIECEWISE) == expected
    assert cache.get(TEXT, BLACK_MODE, namespace=BLACK_OUTPUT) is None
    cache.put(TEXT, BLACK_MODE, "wrong = 1\n", namespace=PIECEWISE)  # a formatter's bug
    assert Formatter(BLACK_MODE, cache, workers=1).format(TEXT) == "wrong = 1\n"
    seen = _blacks(monkeypatch)
    assert Formatter(BLACK_MODE, cache, workers=1).format_pieces(TEXT) == expected
    assert seen == []  # every piece is black's own output, from the cache
    assert black_output(TEXT, BLACK_MODE, cache) == expected
    assert seen == [TEXT]


def test_the_piecewise_namespace_names_the_formatter_s_code() -> None:
    """A formatter whose cutting rules changed (a branch, an edit) never reads older results."""
    code = Path(formatting.__file__).read_bytes()
    assert PIECEWISE == f"piecewise {hashlib.sha256(code).hexdigest()}"


def test_the_workers_variable_caps_the_formatting_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GENERATOR_FORMAT_WORKERS", raising=False)
    assert format_cache.format_workers() is None  # one per usable CPU
    monkeypatch.setenv("GENERATOR_FORMAT_WORKERS", "1")
    assert format_cache.format_workers() == 1
    for wrong in ("0", "two", "-1"):
        monkeypatch.setenv("GENERATOR_FORMAT_WORKERS", wrong)
        with pytest.raises(GeneratorError, match=f"GENERATOR_FORMAT_WORKERS='{wrong}': expected"):
            format_cache.format_workers()
