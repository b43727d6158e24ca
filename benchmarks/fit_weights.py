"""Fit the line-score weights of the main-text search, cross-validated by site.

The weights in ``newsclean/data/line_weights.json`` say how much a paragraph,
a heading, a boilerplate line ... weigh for or against being main text
(`newsclean.segment.LineWeights`). This script searches them by coordinate
descent on the shared corpus, maximising the mean over the four renderings of
(aeb body F1 + trafeval snippet F1) / 2.

Pages are split into two folds by site (the URL's host), so that a page's
siblings never sit on both sides: each fold's weights are fitted on the other
fold and scored on it (the cross-validated score), and the weights fitted on
all pages are scored in-sample. The script prints both and, with ``--write``,
stores the all-pages fit in the package.

    python benchmarks/fit_weights.py [--jobs 2] [--write]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import sys
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality

from newsclean import segment
from newsclean.api import DEFAULT_PIPELINE
from newsclean.model import Draft
from newsclean.options import DEFAULT_OPTIONS
from newsclean.segment import LineWeights

WEIGHTS_FILE = Path(segment.__file__).resolve().parent / "data" / "line_weights.json"
_BODY_STEPS = ("mark_body", "pick_title", "mark_credits")
Task = dict[str, Any]

_TASKS: list[Task] = []


def site(url: str) -> str:
    """The host of a page's URL, without "www."."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def fold_of(url: str) -> int:
    """0 or 1, the same for every page of a site."""
    return zlib.crc32(site(url).encode("utf-8")) % 2


def write_weights(path: Path, fitted: Any) -> None:
    """Store a dataclass of fitted weights in the package's JSON file, keeping its note."""
    values = json.loads(path.read_text(encoding="utf-8"))
    values.update(dataclasses.asdict(fitted))
    path.write_text(json.dumps(values, indent=2) + "\n", encoding="utf-8")
    print(f"written to {path}")


def _prepare(task: Task) -> Task:
    """Run the pipeline up to the main-text search once per page rendering."""
    text = Path(task["path"]).read_bytes().decode("utf-8")
    before = DEFAULT_PIPELINE.without(*_BODY_STEPS, "detect_language")
    task["draft"] = before(Draft(source=text), DEFAULT_OPTIONS)
    return task


def _init(tasks: list[Task]) -> None:
    _TASKS.extend(tasks)


def _score_shard(args: tuple[dict[str, float], int, int]) -> list[tuple[int, str, str, Any]]:
    """Score every `step`-th page from `first` with the given weights."""
    values, first, step = args
    segment.WEIGHTS = LineWeights(**values)
    after = [(name, s) for name, s in DEFAULT_PIPELINE.steps if name in _BODY_STEPS]
    out: list[tuple[int, str, str, Any]] = []
    for task in _TASKS[first::step]:
        draft = task["draft"]
        for _, run in after:
            draft = run(draft, DEFAULT_OPTIONS)
        body = segment.assemble(draft, DEFAULT_OPTIONS).text
        if task["gold_body"] is not None:
            out.append(
                (task["fold"], task["style"], "aeb", quality.prf(body, task["gold_body"])[2])
            )
        else:
            flat = quality.squash(body)
            tp = sum(s in flat for s in task["with"])
            fp = sum(s in flat for s in task["without"])
            out.append((task["fold"], task["style"], "snip", (tp, len(task["with"]) - tp, fp)))
    return out


def objective(results: list[tuple[int, str, str, Any]], folds: set[int]) -> float:
    """Mean over renderings of (aeb F1 + snippet F1) / 2 on the pages of `folds`."""
    per_style: dict[str, float] = {}
    for style in quality.STYLES:
        f1s = [v for f, s, k, v in results if f in folds and s == style and k == "aeb"]
        counts = [v for f, s, k, v in results if f in folds and s == style and k == "snip"]
        tp = sum(c[0] for c in counts)
        fn = sum(c[1] for c in counts)
        fp = sum(c[2] for c in counts)
        snippet = 2 * tp / (2 * tp + fn + fp) if tp else 0.0
        aeb = sum(f1s) / len(f1s) if f1s else 0.0
        per_style[style] = (aeb + snippet) / 2
    return sum(per_style.values()) / len(per_style)


class Evaluator:
    """Scores weights on every page once, in the pool's workers, and remembers the results."""

    def __init__(self, pool: Any, jobs: int) -> None:
        self.pool, self.jobs = pool, jobs
        self.cache: dict[tuple[float, ...], list[tuple[int, str, str, Any]]] = {}

    def results(self, weights: LineWeights) -> list[tuple[int, str, str, Any]]:
        """Per-page scores with `weights`: (fold, style, "aeb", F1) or (..., "snip", counts)."""
        key = dataclasses.astuple(weights)
        if key not in self.cache:
            values = dataclasses.asdict(weights)
            shards = self.pool.map(_score_shard, [(values, i, self.jobs) for i in range(self.jobs)])
            self.cache[key] = [row for shard in shards for row in shard]
        return self.cache[key]


def fit(
    evaluator: Evaluator,
    start: LineWeights,
    folds: set[int],
    sweeps: int,
    factors: tuple[float, ...],
) -> LineWeights:
    """Coordinate descent: try each weight times each factor, keep what helps."""
    best = start
    best_score = objective(evaluator.results(best), folds)
    for _ in range(sweeps):
        improved = False
        for field in dataclasses.fields(LineWeights):
            for factor in factors:
                value = round(getattr(best, field.name) * factor, 4)
                trial = dataclasses.replace(best, **{field.name: value})
                score = objective(evaluator.results(trial), folds)
                if score > best_score + 1e-4:
                    best, best_score, improved = trial, score, True
                    print(f"  {field.name} = {value}: {score:.4f}", flush=True)
        if not improved:
            break
    return best


def main(argv: list[str] | None = None) -> int:
    """Fit, cross-validate, print, and with --write store the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=quality.DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sweeps", type=int, default=1)
    parser.add_argument(
        "--factors", default="0.5,2", help="multipliers tried for each weight, comma-separated"
    )
    parser.add_argument("--write", action="store_true", help="store the all-pages fit")
    args = parser.parse_args(argv)
    factors = tuple(float(f) for f in args.factors.split(","))

    pages = [json.loads(line) for line in (args.corpus / "pages.jsonl").open(encoding="utf-8")]
    tasks: list[Task] = []
    for page in pages:
        gold_body = None
        if page["gold"] == "body":
            gold_body = (args.corpus / "gold" / f"{page['id']}.txt").read_text(encoding="utf-8")
        tasks.extend(
            {
                "path": str(args.corpus / "text" / style / f"{page['id']}.txt"),
                "style": style,
                "fold": fold_of(page["url"]),
                "gold_body": gold_body,
                "with": [s for s in map(quality.squash, page.get("with") or []) if s],
                "without": [s for s in map(quality.squash, page.get("without") or []) if s],
            }
            for style in quality.STYLES
        )  # fmt: skip
    with multiprocessing.Pool(args.jobs) as pool:
        tasks = pool.map(_prepare, tasks, chunksize=16)
    with multiprocessing.Pool(args.jobs, initializer=_init, initargs=(tasks,)) as pool:
        evaluator = Evaluator(pool, args.jobs)
        shipped = LineWeights.load()
        print(f"shipped weights: in-sample {objective(evaluator.results(shipped), {0, 1}):.4f}")
        held_out = []
        for test in (0, 1):
            fitted = fit(evaluator, shipped, {1 - test}, args.sweeps, factors)
            train = objective(evaluator.results(fitted), {1 - test})
            score = objective(evaluator.results(fitted), {test})
            base = objective(evaluator.results(shipped), {test})
            held_out.append((score, base))
            print(f"fold {test}: fitted on the other fold {train:.4f}; "
                  f"held out {score:.4f} (shipped weights {base:.4f}); {fitted}")  # fmt: skip
        cv = sum(s for s, _ in held_out) / 2
        cv_base = sum(b for _, b in held_out) / 2
        print(f"cross-validated by site: {cv:.4f} (shipped weights: {cv_base:.4f})")
        fitted = fit(evaluator, shipped, {0, 1}, args.sweeps, factors)
        print(f"all pages: in-sample {objective(evaluator.results(fitted), {0, 1}):.4f}; {fitted}")
    if args.write:
        write_weights(WEIGHTS_FILE, fitted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
