"""Every example runs, from the repository root and from any other directory."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES_DIR = ROOT / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.py"))
PAGES = sorted((EXAMPLES_DIR / "pages").glob("*.txt"))
assert EXAMPLES, f"no examples found in {EXAMPLES_DIR}"

# What each example must print: evidence that it did its job, not just that it ran.
EXPECTED_OUTPUT = {
    "basic": [
        "title:     Storm Idris floods the harbour town of Port Elwin",
        "tags:      Weather",
        "published: 2025-03-04T06:40:00+00:00",
        "authors:   Dana Whitlock, Oren Falk",
        "Storm Idris brought gusts of more than 90 mph",
    ],
    "custom_step": [
        "mark_site_phrases",
        "headings after:  ['What happens next']",
        "after mark_site_phrases  boilerplate",
        "pickled pipeline gives the same article: True",
    ],
    "scraper_loop": [
        '"url": "https://news.example/storm"',
        '"decoded_as": "windows-1252"',
        '"decoded_as": "utf-16"',
    ],
    "notebook": [
        "<Article title='Storm Idris floods the harbour town of Port Elwin'",
        "byline",
        "detect_language",
        "mojibake",
    ],
}


def test_the_expected_examples_exist() -> None:
    assert {path.stem for path in EXAMPLES} == set(EXPECTED_OUTPUT)
    assert 1 <= len(PAGES) <= 2


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_example_runs_in_process_from_another_directory(
    example: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(example)])
    status: object = None
    try:
        runpy.run_path(str(example), run_name="__main__")
    except SystemExit as exc:
        status = exc.code
    assert status in (0, None)
    out = capsys.readouterr().out
    for expected in EXPECTED_OUTPUT[example.stem]:
        assert expected in out


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
@pytest.mark.parametrize("cwd", ["root", "elsewhere"])
def test_example_runs_as_a_script(example: Path, cwd: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(example)],
        cwd=ROOT if cwd == "root" else tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for expected in EXPECTED_OUTPUT[example.stem]:
        assert expected in result.stdout


def test_scraper_loop_writes_json_lines_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "pages.jsonl"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES_DIR / "scraper_loop.py"), str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["decoded_as"] for r in records] == ["utf-8", "windows-1252", "utf-16"]
    assert records[1]["title"] == records[2]["title"] == "Neue Fußgängerbrücke in Kellberg eröffnet"
    assert [r["language"]["code"] for r in records] == ["en", "de", "de"]
    for record in records:
        article = newsclean.Article.from_dict(record)
        assert article.body


def test_basic_takes_a_page_argument(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(EXAMPLES_DIR / "basic.py"),
            str(EXAMPLES_DIR / "pages" / "bridge.txt"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "title:     Neue Fußgängerbrücke in Kellberg eröffnet" in result.stdout
    assert "authors:   Jana Roth, Felix Baum" in result.stdout


# --- the example pages themselves: what the README and examples rely on ----------


def _clean(name: str) -> newsclean.Article:
    return newsclean.clean((EXAMPLES_DIR / "pages" / name).read_bytes())


def test_storm_page_segments_as_the_readme_says() -> None:
    article = _clean("storm.txt")
    assert article.title == "Storm Idris floods the harbour town of Port Elwin"
    assert article.tags == ("Weather",)
    assert article.dateline == "Published 6:40 AM GMT, Tue March 4, 2025"
    assert article.published is not None
    assert article.published.isoformat() == "2025-03-04T06:40:00+00:00"
    assert [(a.name, a.role) for a in article.authors] == [
        ("Dana Whitlock", None),
        ("Oren Falk", None),
    ]
    assert article.language is not None
    assert article.language.code == "en"
    assert [(t.title, t.tags) for t in article.teasers] == [
        ("Ferry crossings resume after the winter gales", ("Transport", "Islands")),
        ("Volunteers rebuild the dunes at Sandholm beach", ("Environment", "Coast")),
    ]
    assert all(t.snippet for t in article.teasers)
    assert "coast. The town council" in article.text
    assert "county’s emergency service" in article.text
    assert {(r.kind, r.before) for r in article.repairs} == {
        ("glued_sentence", ""),
        ("mojibake", "â€™"),
    }
    assert [b.text for b in article.boilerplate] == [
        "Share on Facebook",
        "Subscribe to our newsletter",
    ]


def test_bridge_page_segments_in_german() -> None:
    article = _clean("bridge.txt")
    assert article.title == "Neue Fußgängerbrücke in Kellberg eröffnet"
    assert article.tags == ("Lokales", "Verkehr")
    assert article.published is not None
    assert article.published.isoformat() == "2025-03-12T14:05:00"
    assert [a.name for a in article.authors] == ["Jana Roth", "Felix Baum"]
    assert article.language is not None
    assert article.language.code == "de"
    assert "freigegeben worden. Die Stadt" in article.text
    assert article.teasers == ()


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_example_pages_are_plain_utf8_with_lf(page: Path) -> None:
    data = page.read_bytes()
    text = data.decode("utf-8")
    assert "\r" not in text
    assert text.endswith("\n")
