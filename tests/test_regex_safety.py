"""Every regular expression in newsclean, fed adversarial 100,000-character lines.

The patterns are found by walking the modules, so a new pattern is tested
without being listed here. Each must finish a search (and a match at every
offset a step would use) well within the guard: none may backtrack
catastrophically. The guard is generous; it catches quadratic and exponential
behaviour, not slowness.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest
import regex

import newsclean

SIZE = 100_000
GUARD_SECONDS = 5.0  # a linear scan of 100 K characters takes milliseconds

ADVERSARIAL = {
    "letters": "a" * SIZE,
    "upper_lower": "aA" * (SIZE // 2),
    "spaces": " " * SIZE,
    "space_then_x": " " * (SIZE - 1) + "x",
    "pipes": "|" * SIZE,
    "pipe_items": "A | " * (SIZE // 4),
    "digits": "1" * SIZE,
    "dots": "." * SIZE,
    "words": "word " * (SIZE // 5),
    "sentence_glue": "end.Start" * (SIZE // 9),
    "date_like": "12.03.2024 " * (SIZE // 11),
    "byline_like": "By Ann Lee, " * (SIZE // 12),
    "ampersands": "&amp" * (SIZE // 4),
    "cjk": "城市" * (SIZE // 2),
    "brackets": "[" * SIZE,
    "hashes": "#" * SIZE,
}


def _patterns() -> list[tuple[str, regex.Pattern[str] | re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(newsclean.__path__):
        if info.name == "__main__":  # importing it runs the command line
            continue
        module = importlib.import_module(f"newsclean.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern | re.Pattern):
                found.append((f"{info.name}.{name}", value))
            elif isinstance(value, tuple):  # tables of (reason, pattern, words)
                found.extend(
                    (f"{info.name}.{name}[{index}]", part)
                    for index, item in enumerate(value)
                    if isinstance(item, tuple)
                    for part in item
                    if isinstance(part, regex.Pattern | re.Pattern)
                )
    return found


PATTERNS = _patterns()
assert len(PATTERNS) >= 30, f"found only {len(PATTERNS)} patterns"


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_pattern_is_linear_on_adversarial_line(
    name: str, pattern: regex.Pattern[str], shape: str
) -> None:
    text = ADVERSARIAL[shape]
    started = time.perf_counter()
    pattern.search(text)
    for _ in pattern.finditer(text[:20_000]):
        pass
    pattern.sub("", text[:20_000])
    elapsed = time.perf_counter() - started
    assert elapsed < GUARD_SECONDS, f"{name} took {elapsed:.2f}s on {shape}"
