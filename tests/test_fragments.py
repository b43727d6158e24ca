"""Paragraphs broken at inline markup are joined again; lists of tags are not."""

from __future__ import annotations

from newsclean.classify import classify_lines, split_into_lines
from newsclean.fragments import CONTINUES, FRAGMENT_START, join_fragments
from newsclean.model import Draft, LineKind
from newsclean.options import Options


def _joined(text: str) -> list[tuple[str, str, str]]:
    options = Options()
    draft = classify_lines(split_into_lines(Draft.from_text(text), options), options)
    return [(ln.text, ln.kind.value, ln.reason) for ln in join_fragments(draft, options).lines]


def test_sentence_split_at_its_links_is_one_paragraph() -> None:
    lines = _joined("Die Stadt hat den\nneuen Radweg\nam Fluss am Montag für den Verkehr geöffnet.")
    assert [reason for _, _, reason in lines] == [FRAGMENT_START, CONTINUES, CONTINUES]


def test_tags_under_a_tag_label_do_not_continue_it() -> None:
    for label in ("Etiquetas: autos", "Tags:", "Schlagwörter: Verkehr"):
        lines = _joined(
            f"{label}\nbendición\ncapuchinos Lea también: la bendición de los vehículos será "
            "este sábado frente a la iglesia del barrio sur, como cada año."
        )
        assert lines[0][1:] == (LineKind.BOILERPLATE.value, "tag label")
        assert lines[1][2] != CONTINUES
