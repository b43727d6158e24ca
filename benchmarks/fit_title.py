"""Fit the weights of the headline's signs, cross-validated by site.

`newsclean.title` scores each line that may be the headline by a weighted sum
of signs (`newsclean.title.TitleWeights`: repeats the page title, is marked as
``# h1``, stands right above the byline, sums up the text ...). The weights ship
as data in ``newsclean/data/title_weights.json``. This script runs the pipeline
up to the headline once per page and rendering, keeps each candidate line's
signs and the title F1 it would score against the gold, and then searches the
weights by coordinate descent, maximising the mean title F1 over the four
renderings of the trafeval pages.

Pages are split into two folds by site, as in `fit_weights.py`: each fold is
scored with weights fitted on the other (the cross-validated score), and the
weights fitted on all pages are scored in-sample. ``--write`` stores the
all-pages fit in the package.

    python benchmarks/fit_title.py [--jobs 2] [--write]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality
from fit_weights import fold_of, write_weights

from newsclean import title
from newsclean.api import DEFAULT_PIPELINE
from newsclean.model import BODY_KINDS, Draft, LineKind
from newsclean.options import DEFAULT_OPTIONS
from newsclean.title import TitleWeights

WEIGHTS_FILE = Path(title.__file__).resolve().parent / "data" / "title_weights.json"
_AFTER_TITLE = ("pick_title", "mark_credits", "detect_language")
_GRID = (-12.0, -8.0, -6.0, -5.0, -4.0, -3.0, -2.0, -1.5, -1.0, -0.5, 0.0,
         0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0)  # fmt: skip
"""Values tried for each weight."""

Candidate = tuple[dict[str, float], float]
"""A line's signs and the title F1 it would score."""
Page = dict[str, Any]
"""One page rendering: its style, fold, candidates and the F1 with no headline found."""


def _prepare(task: dict[str, Any]) -> Page:
    """Run the pipeline up to the headline; score each candidate against the gold title."""
    text = Path(task["path"]).read_bytes().decode("utf-8")
    draft = DEFAULT_PIPELINE.without(*_AFTER_TITLE)(Draft(source=text), DEFAULT_OPTIONS)
    lines = list(draft.lines)
    found, first = title._candidate_lines(lines, DEFAULT_OPTIONS)
    page_title = next((ln.text for ln in lines if ln.kind is not LineKind.BLANK), "")
    separators = DEFAULT_OPTIONS.tag_separators

    def f1(index: int, reason: str) -> float:
        line = lines[index].relabel(LineKind.TITLE, reason)
        headline, _ = title.title_and_tags(line, separators, page_title)
        return quality.prf(headline, task["gold"])[2]

    candidates = [
        (features, f1(i, "page title" if i == first else "headline"))
        for i, features in sorted(found.items())
    ]
    body = next((i for i, ln in enumerate(lines) if ln.kind in BODY_KINDS), None)
    fallback = quality.prf(None, task["gold"])[2]
    if body is not None and lines[body].kind is LineKind.HEADING:
        fallback = f1(body, "heading that opens the main text")
    return {"style": task["style"], "fold": task["fold"], "candidates": candidates,
            "fallback": fallback}  # fmt: skip


def _page_f1(page: Page, weights: TitleWeights) -> float:
    """The title F1 of the line the weights pick (the first of equals), or with none picked."""
    fallback = float(page["fallback"])
    best_score, best_f1 = float("-inf"), fallback
    for features, f1 in page["candidates"]:
        score = weights.score(features)
        if score > best_score:
            best_score, best_f1 = score, f1
    return best_f1 if best_score >= weights.least_score else fallback


def per_style(pages: list[Page], weights: dict[int, TitleWeights]) -> dict[str, float]:
    """Mean title F1 per rendering on the pages of the folds `weights` gives weights for."""
    scores: dict[str, list[float]] = {style: [] for style in quality.STYLES}
    for page in pages:
        if page["fold"] in weights:
            scores[page["style"]].append(_page_f1(page, weights[page["fold"]]))
    return {style: sum(v) / len(v) for style, v in scores.items() if v}


def objective(pages: list[Page], weights: TitleWeights, folds: set[int]) -> float:
    """Mean over renderings of the title F1 on the pages of `folds`."""
    scores = per_style(pages, dict.fromkeys(folds, weights))
    return sum(scores.values()) / len(scores)


def _fold_f1(pages: list[Page], scores: list[list[float]], least: float) -> float:
    """Mean over renderings of the title F1, given each candidate's score."""
    f1s: dict[str, list[float]] = {}
    for page, page_scores in zip(pages, scores, strict=True):
        best_score, best_f1 = float("-inf"), page["fallback"]
        for score, (_, f1) in zip(page_scores, page["candidates"], strict=True):
            if score > best_score:
                best_score, best_f1 = score, f1
        picked = best_f1 if best_score >= least else page["fallback"]
        f1s.setdefault(page["style"], []).append(picked)
    return sum(sum(v) / len(v) for v in f1s.values()) / len(f1s)


def fit(
    pages: list[Page],
    start: TitleWeights,
    folds: set[int],
    sweeps: int,
    names: tuple[str, ...] = (),
) -> TitleWeights:
    """Coordinate descent: set each weight (or those `names`) to the grid value that helps most."""
    chosen = [p for p in pages if p["fold"] in folds]
    best = start
    scores = [[best.score(features) for features, _ in p["candidates"]] for p in chosen]
    best_score = _fold_f1(chosen, scores, best.least_score)
    for _ in range(sweeps):
        improved = False
        for name in names or tuple(f.name for f in dataclasses.fields(TitleWeights)):
            old = getattr(best, name)
            values = [[features.get(name, 0.0) for features, _ in p["candidates"]] for p in chosen]
            for value in _GRID:
                if name == "least_score":
                    trial, least = scores, value
                else:
                    delta = value - old
                    trial = [
                        [s + delta * v for s, v in zip(row, vrow, strict=True)]
                        for row, vrow in zip(scores, values, strict=True)
                    ]
                    least = best.least_score
                score = _fold_f1(chosen, trial, least)
                if score > best_score + 1e-4:
                    best_score, improved = score, True
                    best = dataclasses.replace(best, **{name: value})
                    scores = trial
                    old = value
                    if name != "least_score":
                        scores = [[best.score(f) for f, _ in p["candidates"]] for p in chosen]
            print(f"  {name} = {getattr(best, name)}: {best_score:.4f}", flush=True)
        if not improved:
            break
    return best


def _table(label: str, scores: dict[str, float]) -> str:
    cells = " ".join(f"{style} {scores[style]:.4f}" for style in quality.STYLES if style in scores)
    return f"{label}: {cells}"


def main(argv: list[str] | None = None) -> int:
    """Fit, cross-validate, print, and with --write store the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=quality.DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sweeps", type=int, default=2)
    parser.add_argument("--only", default="", help="fit only these weights, comma-separated")
    parser.add_argument("--write", action="store_true", help="store the all-pages fit")
    args = parser.parse_args(argv)
    names = tuple(name for name in args.only.split(",") if name)

    records = [json.loads(line) for line in (args.corpus / "pages.jsonl").open(encoding="utf-8")]
    tasks = [
        {"path": str(args.corpus / "text" / style / f"{page['id']}.txt"), "style": style,
         "fold": fold_of(page["url"]), "gold": page["title"]}
        for page in records
        if page.get("title") is not None
        for style in quality.STYLES
    ]  # fmt: skip
    with multiprocessing.Pool(args.jobs) as pool:
        pages = pool.map(_prepare, tasks, chunksize=8)
    shipped = TitleWeights.load()
    print(_table("shipped weights", per_style(pages, {0: shipped, 1: shipped})))
    by_fold = {test: fit(pages, shipped, {1 - test}, args.sweeps, names) for test in (0, 1)}
    print(_table("cross-validated by site", per_style(pages, by_fold)))
    fitted = fit(pages, shipped, {0, 1}, args.sweeps, names)
    print(_table("all pages, in-sample", per_style(pages, {0: fitted, 1: fitted})))
    print(fitted)
    if args.write:
        write_weights(WEIGHTS_FILE, fitted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
