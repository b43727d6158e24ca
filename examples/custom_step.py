"""Add your own step to the pipeline, and watch what it changes with ``trace``.

The example site puts a "Listen to this article" button between paragraphs. The
built-in steps cannot know it is furniture and keep it as a heading. A small
step, inserted after ``classify_lines``, labels such lines boilerplate before
the context passes run. Nothing is deleted: the line is only relabelled, so it
still appears in ``article.lines`` and ``article.boilerplate`` with a reason.

Run from anywhere: ``python examples/custom_step.py``.
"""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass
from pathlib import Path

import newsclean
from newsclean import Draft, LineKind, Options

PAGE = Path(__file__).resolve().parent / "pages" / "storm.txt"


@dataclass(frozen=True, slots=True)
class MarkSitePhrases:
    """Step: label lines that start with one of `phrases` as boilerplate.

    A frozen dataclass, not a closure: the step carries its configuration, stays
    immutable, and pickles, so the pipeline can go to a process pool.
    """

    phrases: tuple[str, ...]

    def __call__(self, draft: Draft, options: Options) -> Draft:
        prefixes = tuple(phrase.casefold() for phrase in self.phrases)
        lines = tuple(
            line.relabel(LineKind.BOILERPLATE, f"site phrase {line.text!r}")
            if line.text.casefold().startswith(prefixes)
            else line
            for line in draft.lines
        )
        return dataclasses.replace(draft, lines=lines)


PIPELINE = newsclean.DEFAULT_PIPELINE.insert_after(
    "classify_lines", "mark_site_phrases", MarkSitePhrases(("Listen to this",))
)


def main() -> None:
    page = PAGE.read_text(encoding="utf-8")
    print(PIPELINE)

    before = newsclean.clean(page)
    after = newsclean.clean(page, pipeline=PIPELINE)
    print("headings before:", [b.text for b in before.body if b.kind is LineKind.HEADING])
    print("headings after: ", [b.text for b in after.body if b.kind is LineKind.HEADING])
    print("relabelled:     ", [b.text for b in after.boilerplate if b.reason.startswith("site")])

    # trace() returns the draft after every step: follow the line through them.
    for name, draft in PIPELINE.trace(Draft.from_text(page), newsclean.DEFAULT_OPTIONS):
        for line in draft.lines:
            if line.text.startswith("Listen to this"):
                print(f"  after {name:<18} {line.kind:<12} {line.reason}")

    # The edited pipeline is still plain data: it pickles, so it can go to a
    # process pool (see scraper_loop.py).
    copy = pickle.loads(pickle.dumps(PIPELINE))  # noqa: S301 - our own data
    print("pickled pipeline gives the same article:", newsclean.clean(page, pipeline=copy) == after)


if __name__ == "__main__":
    main()
