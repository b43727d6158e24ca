"""Options: the one place where the built-in steps' thresholds are tuned."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.errors import InvalidOptionsError

__all__ = ["DEFAULT_OPTIONS", "Options"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Thresholds for the built-in steps. Every field has a safe default.

    Attributes:
        tag_separators: Strings that separate a headline from its section or
            tags (``Title | Community``). Add ``"·"`` for sites that use it.
        max_tag_chars: A pipe-separated item longer than this is not a tag.
        min_paragraph_chars: A line at least this long that reads like prose
            counts as a paragraph even without final punctuation.
        max_heading_chars: Longer lines are never headings.
        max_title_chars: Longer lines are never the headline.
        glue_min_joins: A line with at least this many lower-to-upper joins
            (``HomeWorldBusiness``) is split at them into segments.
        language_sample_chars: How much body text langdetect reads.
        language_min_chars: Below this many letters the language is None.
        language_min_probability: Below this confidence the language is None.
    """

    tag_separators: tuple[str, ...] = ("|", "｜")
    max_tag_chars: int = 60
    min_paragraph_chars: int = 100
    max_heading_chars: int = 150
    max_title_chars: int = 300
    glue_min_joins: int = 3
    language_sample_chars: int = 2000
    language_min_chars: int = 40
    language_min_probability: float = 0.80

    def __post_init__(self) -> None:
        separators: object = self.tag_separators  # checked at run time, whatever the type says
        if isinstance(separators, str):
            raise InvalidOptionsError(
                "tag_separators must be a tuple of non-empty strings, got "
                f"{separators!r}; did you mean ({separators!r},)?"
            )
        if (
            not isinstance(separators, tuple)
            or not separators
            or not all(isinstance(s, str) and s.strip() for s in separators)
        ):
            raise InvalidOptionsError(
                f"tag_separators must be a tuple of non-empty strings, got {separators!r}"
            )
        for name in _POSITIVE_INTS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidOptionsError(f"{name} must be a positive int, got {value!r}")
        probability: object = self.language_min_probability
        if (
            isinstance(probability, bool)
            or not isinstance(probability, int | float)
            or not 0.0 <= probability <= 1.0
        ):
            raise InvalidOptionsError(
                f"language_min_probability must be a number in [0, 1], got {probability!r}"
            )


_POSITIVE_INTS = (
    "max_tag_chars",
    "min_paragraph_chars",
    "max_heading_chars",
    "max_title_chars",
    "glue_min_joins",
    "language_sample_chars",
    "language_min_chars",
)

DEFAULT_OPTIONS = Options()
"""The options `clean` uses when none are given."""
