"""Clean and segment text scraped from news pages."""

from newsclean.api import DEFAULT_PIPELINE, clean
from newsclean.bylines import parse_byline
from newsclean.classify import split_tag_trail
from newsclean.dates import find_date
from newsclean.encoding import decode, fix_encoding
from newsclean.errors import InvalidOptionsError, NewscleanError, UnknownStepError
from newsclean.language import detect_language
from newsclean.model import (
    Article,
    Author,
    Block,
    Draft,
    Language,
    Line,
    LineKind,
    Repair,
    Span,
    Teaser,
    split_lines,
)
from newsclean.normalize import normalize_text
from newsclean.options import DEFAULT_OPTIONS, Options
from newsclean.pipeline import MapLines, Pipeline, Step

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_OPTIONS",
    "DEFAULT_PIPELINE",
    "Article",
    "Author",
    "Block",
    "Draft",
    "InvalidOptionsError",
    "Language",
    "Line",
    "LineKind",
    "MapLines",
    "NewscleanError",
    "Options",
    "Pipeline",
    "Repair",
    "Span",
    "Step",
    "Teaser",
    "UnknownStepError",
    "clean",
    "decode",
    "detect_language",
    "find_date",
    "fix_encoding",
    "normalize_text",
    "parse_byline",
    "split_lines",
    "split_tag_trail",
]


def __dir__() -> list[str]:  # tab completion shows only the public surface
    return list(__all__)
