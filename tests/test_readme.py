"""README.md is executed: its doctests, its first commands, and its reference tables."""

from __future__ import annotations

import dataclasses
import doctest
import re
from pathlib import Path

import pytest

import newsclean
from newsclean import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<lang>\w*)\n(?P<body>.*?)^(?P=indent)```$", re.MULTILINE | re.DOTALL
)
BLOCKS = [(m.group("lang"), m.group("body")) for m in FENCE.finditer(TEXT)]

FIRST_COMMANDS = [
    "pip install -e . && newsclean --text examples/pages/storm.txt",
    "pip install -e '.[dev]' && python -m pytest -n auto",
]


def _section(title: str) -> str:
    match = re.search(rf"^##+ {re.escape(title)}\n(.*?)(?=^## )", TEXT, re.MULTILINE | re.DOTALL)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def test_readme_doctests_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples read examples/pages/... like a user in a checkout
    result = doctest.testfile(
        str(README),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        encoding="utf-8",
    )
    assert result.failed == 0, f"{result.failed} README examples failed (output above)"
    assert result.attempted >= 30


def test_readme_starts_with_title_and_one_sentence() -> None:
    title, blank, sentence, *_ = TEXT.splitlines()
    assert title == "# newsclean"
    assert blank == ""
    assert sentence.endswith(".")
    assert sentence.count(". ") == 0


def test_readme_first_commands_install_run_and_test() -> None:
    lang, body = BLOCKS[0]
    assert lang == "sh"
    assert body.splitlines() == FIRST_COMMANDS
    assert TEXT.index(BLOCKS[0][1]) < TEXT.index(">>>")


def test_ci_runs_the_readme_test_command() -> None:
    test_command = FIRST_COMMANDS[1].split(" && ")[1]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_first_command_runs_on_the_example_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    args = FIRST_COMMANDS[0].split(" && ")[1].split()
    assert args[0] == "newsclean"
    assert (ROOT / args[-1]).is_file()
    assert cli.main(args[1:]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Storm Idris brought gusts of more than 90 mph")
    assert "Share on Facebook" not in out


def test_readme_doctest_blocks_end_with_a_blank_line() -> None:
    # Without it doctest reads the closing fence as part of the expected output.
    doctest_blocks = [body for lang, body in BLOCKS if ">>>" in body]
    assert len(doctest_blocks) >= 12
    for body in doctest_blocks:
        assert body.endswith("\n\n"), f"no blank line before the closing fence:\n{body}"


def test_readme_options_table_has_every_field_and_default() -> None:
    section = _section("Options")
    rows = {
        match.group(1): match.group(2).replace("\\|", "|")
        for match in re.finditer(r"^\| `(\w+)` \| `(.*?)` \|", section, re.MULTILINE)
    }
    defaults = {field.name: field.default for field in dataclasses.fields(newsclean.Options)}
    assert set(rows) == set(defaults)
    for name, default in defaults.items():
        assert rows[name] == repr(default), name


def test_readme_lists_every_line_kind() -> None:
    section = _section("Output reference")
    for kind in newsclean.LineKind:
        assert f"`{kind.value}`" in section, kind


def test_readme_lists_every_article_field() -> None:
    section = _section("Output reference")
    documented = set(re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE))
    fields = {field.name for field in dataclasses.fields(newsclean.Article)}
    assert fields | {"text"} == documented


def test_readme_guarantees_name_existing_tests() -> None:
    section = _section("Guarantees")
    named = set(re.findall(r"`(test_\w+)`", section))
    assert len(named) >= 8
    sources = "".join(
        path.read_text(encoding="utf-8")
        for path in [ROOT / "tests" / "property" / "test_invariants.py"]
    )
    for name in sorted(named):
        assert f"def {name}(" in sources, name


def test_readme_links_point_at_existing_files() -> None:
    for target in re.findall(r"\]\(((?!https?://)[^)#]+)\)", TEXT):
        assert (ROOT / target).exists(), target


def test_readme_cli_section_covers_the_options() -> None:
    section = _section("Command line")
    for usage in ("newsclean page.txt", "newsclean -", "--text", "--lines", "--encoding"):
        assert usage in section
