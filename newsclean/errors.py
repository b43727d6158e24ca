"""Errors raised by newsclean.

Odd *content* never raises; these are for bad *types*, bad *options* and bad
pipeline edits.
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InvalidOptionsError(NewscleanError, ValueError):
    """An `Options` field is out of range or of the wrong type."""


class UnknownStepError(NewscleanError, KeyError):
    """A pipeline edit named a step that the pipeline does not have."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


def expected_text_message(function: str, value: object) -> str:
    """Build the TypeError message for a call that received neither str nor bytes.

    >>> expected_text_message("clean", 3)
    'clean() expects the page as str (or bytes, decoded for you), got int'
    """
    return (
        f"{function}() expects the page as str (or bytes, decoded for you), "
        f"got {type(value).__name__}"
    )
