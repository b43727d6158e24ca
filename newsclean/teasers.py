"""Read related-article teasers: ``Title | tag | tag`` lines and their snippets."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean.classify import split_tag_trail

__all__ = ["TitleAndTags", "split_title_and_tags"]

# "... their respective experiences. Education": a sentence, then a short
# capitalised tail that is really the first tag, glued on by the scraper.
_TAIL_TAG = regex.compile(r"(?<=[.!?。！？]\s{0,3})(?P<tag>\p{Lu}[\p{L}\p{M}\s-]{0,30})$")
_MAX_TAIL_WORDS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleAndTags:
    """A headline and the tags that trailed it."""

    title: str
    tags: tuple[str, ...]


def split_title_and_tags(
    text: str, separators: tuple[str, ...] = ("|", "｜"), max_tag_chars: int = 60
) -> TitleAndTags:
    """Split ``Title | tag | tag`` into the title and its tags.

    Items too long to be tags belong to the title; a short capitalised tail
    after the title's last sentence is the first tag.

    >>> split_title_and_tags("Storm hits the coast | Weather | Europe")
    TitleAndTags(title='Storm hits the coast', tags=('Weather', 'Europe'))
    >>> split_title_and_tags("Mayor opens the new bridge today. City | Transport")
    TitleAndTags(title='Mayor opens the new bridge today.', tags=('City', 'Transport'))
    >>> split_title_and_tags("No tags at all")
    TitleAndTags(title='No tags at all', tags=())
    """
    items = list(split_tag_trail(text, separators)) or [text.strip()]
    title_items = [items.pop(0)]
    while items and len(items[0]) > max_tag_chars:
        title_items.append(items.pop(0))
    last = title_items[-1]
    tail = _TAIL_TAG.search(last)
    if tail is not None and len(tail.group("tag").split()) <= _MAX_TAIL_WORDS and items:
        title_items[-1] = last[: tail.start()].rstrip()
        items.insert(0, tail.group("tag").strip())
    title = " | ".join(item for item in title_items if item)
    return TitleAndTags(title=title, tags=tuple(items))
