"""The command line: ``newsclean PAGE ...``, ``newsclean -``, ``--text``, ``--lines``."""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import cli

ROOT = Path(__file__).resolve().parents[1]
STORM = ROOT / "examples" / "pages" / "storm.txt"
BRIDGE = ROOT / "examples" / "pages" / "bridge.txt"


def _records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_cli_prints_one_json_line_per_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(STORM), str(BRIDGE)]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["page"] for r in records] == [str(STORM), str(BRIDGE)]
    assert [r["title"] for r in records] == [
        "Storm Idris floods the harbour town of Port Elwin",
        "Neue Fußgängerbrücke in Kellberg eröffnet",
    ]
    assert "source" not in records[0]
    assert "lines" not in records[0]


def test_cli_json_is_the_articles_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(STORM)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record.pop("page") == str(STORM)
    assert record == json.loads(json.dumps(newsclean.clean(STORM.read_bytes()).to_dict()))


def test_cli_text_prints_the_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--text", str(STORM)]) == 0
    out = capsys.readouterr().out
    assert out == newsclean.clean(STORM.read_bytes()).text + "\n"
    assert out.startswith("Storm Idris brought gusts")
    assert "Ferry crossings resume" not in out


def test_cli_lines_round_trips_to_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lines", str(STORM)]) == 0
    (record,) = _records(capsys.readouterr().out)
    del record["page"]
    assert newsclean.Article.from_dict(record) == newsclean.clean(STORM.read_bytes())
    assert [line["kind"] for line in record["lines"]][:3] == ["title", "blank", "dateline"]


def test_cli_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BRIDGE.read_bytes())))
    assert cli.main(["-"]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["page"] == "-"
    assert record["tags"] == ["Lokales", "Verkehr"]
    assert record["decoded_as"] == "utf-8"


def test_cli_encoding_option_is_the_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "bruecke.txt"
    page.write_bytes(BRIDGE.read_text(encoding="utf-8").encode("cp1252"))
    assert cli.main(["--encoding", "cp1252", str(page)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["decoded_as"] == "cp1252"
    assert record["title"] == "Neue Fußgängerbrücke in Kellberg eröffnet"


def test_cli_indent(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--indent", "2", str(STORM)]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "page": ')
    assert json.loads(out)["tags"] == ["Weather"]


def test_cli_missing_file_is_reported_and_the_rest_still_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert cli.main([str(missing), str(STORM)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"newsclean: cannot read {missing}")
    assert "Traceback" not in captured.err
    assert [r["page"] for r in _records(captured.out)] == [str(STORM)]


def test_cli_directory_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(tmp_path)]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_cli_without_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        cli.main([])
    assert excinfo.value.code == 2
    assert "usage: newsclean" in capsys.readouterr().err


def test_cli_closes_the_files_it_reads(capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert cli.main([str(STORM)]) == 0
        gc.collect()
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaks == []


def test_python_dash_m_newsclean_smoke(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "--text", "-"],
        input=BRIDGE.read_bytes(),
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode("utf-8").startswith("Nach zwei Jahren Bauzeit")


def test_python_dash_m_newsclean_missing_file_exit_status(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "nope.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == ("newsclean: cannot read nope.txt: No such file or directory")
    assert result.stdout == ""
