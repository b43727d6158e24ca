"""Weights that ship as data: ``newsclean/data/*.json``, fitted by ``benchmarks/fit_*.py``."""

from __future__ import annotations

import json
from dataclasses import fields
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = ["shipped_weights"]

W = TypeVar("W", bound="DataclassInstance")


def shipped_weights(cls: type[W], filename: str) -> W:
    """A dataclass of float weights with the values in ``data/<filename>``.

    A weight the file leaves out keeps its default; the file's other keys
    (its "about" note) are ignored.
    """
    text = resources.files("newsclean").joinpath(f"data/{filename}").read_text("utf-8")
    values: dict[str, Any] = json.loads(text)
    names = [f.name for f in fields(cls)]
    return cls(**{name: float(values[name]) for name in names if name in values})
