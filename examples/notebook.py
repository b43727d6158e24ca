# %% [markdown]
# # Inspecting one page in a notebook
#
# Percent-format cells: open this file in Jupyter (with jupytext), VS Code or
# PyCharm and run it cell by cell, or run it as a script from anywhere.
# pandas is used for the lines table when it is installed; it is not required.

# %%
from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

import newsclean

PAGE = Path(__file__).resolve().parent / "pages" / "storm.txt"
page = PAGE.read_text(encoding="utf-8")
article = newsclean.clean(page)

# %% [markdown]
# The repr fits on one line: title, tags, date, counts and language.

# %%
print(repr(article))
print(article.to_dict()["authors"])

# %% [markdown]
# Every line of the page comes out with a label and the reason for it; nothing
# is dropped. This table is the fastest way to see why a page came out wrong.

# %%
rows: list[dict[str, Any]] = [line.to_dict() for line in article.lines]
if importlib.util.find_spec("pandas") is not None:
    pd: Any = importlib.import_module("pandas")
    table = pd.DataFrame(rows)[["number", "kind", "reason", "text"]]
    print(table.to_string(max_colwidth=40))
else:
    for row in rows:
        print(f"{row['number']:>3}  {row['kind']:<14} {row['reason']:<34} {row['text'][:40]!r}")

# %% [markdown]
# `trace` runs the pipeline and keeps the draft after every step, so you can
# see which step made a decision. Drafts are immutable, so the snapshots are cheap.

# %%
previous: dict[int, str] = {}
for name, draft in newsclean.DEFAULT_PIPELINE.trace(
    newsclean.Draft.from_text(page), newsclean.DEFAULT_OPTIONS
):
    labels = {line.number: f"{line.kind}: {line.reason}" for line in draft.lines}
    changed = sum(1 for number, kind in labels.items() if previous.get(number) != kind)
    print(f"{name:<20} {draft!r}  {changed} labels changed")
    previous = labels

# %% [markdown]
# The repairs say what was changed in the text, and where in `article.source`.

# %%
for repair in article.repairs:
    start, end = repair.span.start, repair.span.end
    print(f"{repair.kind:<16} {repair.before!r} -> {article.source[start:end]!r}")
