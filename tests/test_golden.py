"""Golden pages: each tests/golden/<case>.txt must give exactly <case>.json.

The JSON holds ``Article.to_dict(include_lines=True)``: every line's label and
reason is part of the expected output, so a diff shows which decision changed.
Regenerate with ``pytest tests/test_golden.py --update-golden`` and review the
diff; CI never updates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

GOLDEN_DIR = Path(__file__).parent / "golden"
PAGES = sorted(GOLDEN_DIR.glob("*.txt"))
assert PAGES, f"no golden pages found in {GOLDEN_DIR}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_golden_page(page: Path, update_golden: bool) -> None:
    # Read bytes: read_text() would turn the CRLF pages into LF.
    text = page.read_bytes().decode("utf-8")
    actual = newsclean.clean(text).to_dict(include_lines=True)
    expected_file = page.with_suffix(".json")
    if update_golden:
        expected_file.write_text(
            json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        pytest.skip("golden file rewritten")
    assert expected_file.exists(), f"run pytest --update-golden to create {expected_file.name}"
    assert actual == json.loads(expected_file.read_text(encoding="utf-8"))


def test_golden_languages_cover_the_required_set() -> None:
    languages = {page.stem.split("-")[0] for page in PAGES}
    assert {"en", "de", "fr", "es", "ru", "zh"} <= languages
    assert len(PAGES) >= 12
