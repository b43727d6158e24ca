"""The weights that ship as data name exactly the fields of their dataclasses."""

from __future__ import annotations

import json
from dataclasses import fields
from importlib import resources

import pytest

from newsclean.segment import LineWeights
from newsclean.title import TitleWeights


@pytest.mark.parametrize(
    ("cls", "filename"),
    [(LineWeights, "line_weights.json"), (TitleWeights, "title_weights.json")],
)
def test_the_shipped_file_gives_every_weight_and_no_other(
    cls: type[LineWeights] | type[TitleWeights], filename: str
) -> None:
    text = resources.files("newsclean").joinpath(f"data/{filename}").read_text("utf-8")
    values = json.loads(text)
    names = {f.name for f in fields(cls)}
    assert set(values) - {"about"} == names
    loaded = cls.load()
    assert all(getattr(loaded, name) == values[name] for name in names)
