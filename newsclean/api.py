"""The default pipeline and `clean`, the one obvious entry point."""

from __future__ import annotations

from newsclean import (
    bylines,
    classify,
    encoding,
    fragments,
    glue,
    language,
    normalize,
    segment,
    title,
)
from newsclean.errors import expected_text_message
from newsclean.model import Article, Draft
from newsclean.options import DEFAULT_OPTIONS, Options
from newsclean.pipeline import Pipeline

__all__ = ["DEFAULT_PIPELINE", "clean"]

DEFAULT_PIPELINE = Pipeline(
    (
        ("fix_encoding", encoding.fix_encoding_step),
        ("normalize", normalize.normalize_step),
        ("repair_glue", glue.repair_glue),
        ("split_into_lines", classify.split_into_lines),
        ("classify_lines", classify.classify_lines),
        ("join_fragments", fragments.join_fragments),
        ("mark_split_bylines", bylines.mark_split_bylines),
        ("mark_teasers", segment.mark_teasers),
        ("mark_body", segment.mark_body),
        ("pick_title", title.pick_title),
        ("mark_credits", segment.mark_credits),
        ("detect_language", language.detect_language_step),
    )
)
"""The steps `clean` runs, in order; edit it by step name."""


def clean(
    text: str | bytes,
    /,
    *,
    encoding: str | None = None,
    options: Options = DEFAULT_OPTIONS,
    pipeline: Pipeline = DEFAULT_PIPELINE,
) -> Article:
    """Clean one scraped news page and split it into title, body, teasers and tags.

    `text` is the page's text, or its bytes (decoded with the `encoding` hint,
    then UTF-8, then a detector; see `newsclean.decode`).

    >>> article = clean("Storm hits the coast | Weather\\n\\nThe storm reached the coast "
    ...                 "on Monday night and cut power to thousands of homes.")
    >>> article.title, article.tags
    ('Storm hits the coast', ('Weather',))
    """
    decoded_as = None
    if isinstance(text, bytes | bytearray | memoryview):
        decoded = _decode_bytes(bytes(text), encoding)
        text, decoded_as = decoded.text, decoded.encoding
    elif not isinstance(text, str):
        raise TypeError(expected_text_message("clean", text))
    if not isinstance(options, Options):
        raise TypeError(f"options must be a newsclean.Options, got {type(options).__name__}")
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"pipeline must be a newsclean.Pipeline, got {type(pipeline).__name__}")
    draft = pipeline(Draft.from_text(text, decoded_as=decoded_as), options)
    if not draft.lines and draft.source:
        draft = classify.split_into_lines(draft, options)
    return segment.assemble(draft, options)


_decode_bytes = encoding.decode_bytes  # the parameter `encoding` shadows the module
