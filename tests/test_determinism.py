"""Determinism: the same page gives the same Article in any process, order or thread.

The pages below were written for this test (English, German, Chinese).  Results
are compared as ``to_dict(include_lines=True)`` JSON, which includes the language
and its probability.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent

PAGES: dict[str, str] = {
    "en": (
        "Home\nNews\nLocal\n"
        "Harbour council approves new ferry timetable after months of delay | Community\n"
        "Published 9:40 AM EDT, Tue March 12, 2024\n"
        "By Mara Lindqvist and Tobias Brenner\n"
        "The harbour council voted on Monday evening to approve a new ferry timetable, "
        "ending a dispute that has left commuters on the northern islands waiting for "
        "more than an hour on some winter mornings.\n"
        "Under the plan, boats will leave every twenty minutes during the morning and "
        "evening rush, and every forty minutes at other times. The council said the "
        "change would cost about two million dollars a year.\n"
        "“We have listened to the people who use these boats every day,” the mayor told "
        "reporters after the vote. Residents who spoke at the meeting were cautiously "
        "optimistic but said they would wait to see whether the boats actually ran on time.\n"
        "What comes next\n"
        "The new timetable takes effect in early May. The operator has promised to hire "
        "twelve additional crew members before then.\n"
        "Share this article\n"
        "Related articles\n"
        "Island school reopens after storm repairs | Community | Education\n"
        "Island school reopens after storm repairs | Community | Education\n"
        "Pupils returned to the village school on Thursday after three weeks of...\n"
        "© 2024 Northwind Gazette. All rights reserved.\n"
    ),
    "de": (
        "Startseite\nPolitik\n"
        "Stadtrat beschließt Sanierung der alten Brücke | Regionales\n"
        "19.03.2024, 08:30 Uhr\n"
        "Von Lena Haverkamp\n"
        "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte "
        "Brücke über den Fluss in den kommenden zwei Jahren grundlegend zu sanieren. "
        "Die Kosten werden auf rund elf Millionen Euro geschätzt.\n"
        "Während der Bauarbeiten soll die Brücke für Fußgänger und Radfahrer geöffnet "
        "bleiben, Autos müssen jedoch eine Umleitung über die Südstraße nehmen. "
        "Anwohner hatten sich seit Jahren über die Schäden beschwert.\n"
        "Der Bürgermeister sprach von einem wichtigen Tag für die Stadt. Die Opposition "
        "kritisierte dagegen, dass die Finanzierung noch nicht vollständig gesichert sei.\n"
        "Artikel teilen\n"
        "© 2024 Stadtanzeiger\n"
    ),
    "zh": (
        "首页\n新闻\n"
        "城市图书馆延长开放时间 | 社会\n"
        "2024年5月8日 09:30\n"
        "记者 王晨\n"
        "本市图书馆管理部门十六日宣布，从下月起，中心图书馆和五个分馆将在工作日延长开放时间至晚上十点，"
        "以方便下班后的读者借阅和自习。\n"
        "据介绍，这项调整是在去年进行的读者调查基础上作出的。超过六成受访者表示，希望图书馆在晚间开放更长时间。"
        "管理部门表示，将增加工作人员并改善夜间照明。\n"
        "不少市民对此表示欢迎。一位在附近工作的年轻人说，以前下班后赶到图书馆时已经快要关门了，现在终于可以安心看书。\n"
        "分享到\n"
        "版权所有 © 2024 城市日报\n"
    ),
}

EXPECTED_LANGUAGE = {"en": "en", "de": "de", "zh": "zh"}

_SCRIPT = r"""
import json, sys, threading
import newsclean

pages = json.loads(sys.stdin.read())
mode = sys.argv[1]

def run(name):
    return newsclean.clean(pages[name]).to_dict(include_lines=True)

if mode == "plain":
    out = {name: run(name) for name in pages}
elif mode == "reversed":
    for name in reversed(list(pages)):  # warm up in another order, then clean again
        run(name)
    out = {name: run(name) for name in reversed(list(pages))}
elif mode == "threads":
    n = 8
    barrier = threading.Barrier(n)
    results = [None] * n
    errors = []
    names = list(pages)

    def work(i):
        try:
            barrier.wait()
            order = names[i % len(names):] + names[: i % len(names)]
            results[i] = {name: run(name) for name in order}
        except BaseException as exc:  # report, do not hide
            errors.append(f"thread {i}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out = {"errors": errors, "results": results}
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(json.dumps(out, ensure_ascii=True, sort_keys=True))
"""


def _run(mode: str, *, hashseed: str = "0") -> Any:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = hashseed
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])]
    )
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode],
        input=json.dumps(PAGES),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, f"subprocess failed:\n{proc.stderr[-4000:]}"
    return json.loads(proc.stdout)


def _here() -> dict[str, Any]:
    return {
        name: json.loads(json.dumps(newsclean.clean(page).to_dict(include_lines=True)))
        for name, page in PAGES.items()
    }


def _diff(a: dict[str, Any], b: dict[str, Any]) -> str:
    for name, fields in a.items():
        other = b.get(name, {})
        for key, value in fields.items():
            if value != other.get(key):
                return f"page {name!r}, field {key!r}: {value!r} != {other.get(key)!r}"
    return "no field differs"


@pytest.mark.timeout(300)
def test_languages_are_detected() -> None:
    for name, page in PAGES.items():
        lang = newsclean.clean(page).language
        assert lang is not None, f"{name}: no language"
        assert lang.code.startswith(EXPECTED_LANGUAGE[name]), f"{name}: {lang}"


@pytest.mark.timeout(300)
def test_same_result_in_a_fresh_process() -> None:
    here = _here()
    there = _run("plain")
    assert there == here, _diff(here, there)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("hashseed", ["1", "4242", "random"])
def test_same_result_under_another_hash_seed(hashseed: str) -> None:
    here = _here()
    there = _run("plain", hashseed=hashseed)
    assert there == here, _diff(here, there)


@pytest.mark.timeout(300)
def test_same_result_after_other_pages_in_another_order() -> None:
    here = _here()
    there = _run("reversed", hashseed="7")
    assert there == here, _diff(here, there)


def test_same_result_after_other_pages_in_this_process() -> None:
    first = _here()
    for page in reversed(list(PAGES.values())):
        newsclean.clean(page + "\nExtra closing line of text for variety.")
        newsclean.clean(page.encode("utf-8"))
    assert _here() == first


@pytest.mark.timeout(300)
def test_eight_threads_on_first_use_agree() -> None:
    """The first detect_language loads profiles: 8 threads racing it must agree."""
    here = _here()
    for attempt in range(3):  # the race is probabilistic: try a few fresh processes
        out = _run("threads", hashseed=str(attempt))
        assert out["errors"] == [], out["errors"]
        results = out["results"]
        assert len(results) == 8
        for i, result in enumerate(results):
            assert result == here, f"attempt {attempt}, thread {i}: " + _diff(here, result)
        for i, result in enumerate(results):
            for name in PAGES:
                lang = result[name]["language"]
                assert lang is not None, f"thread {i}, {name}: no language"
                assert lang["code"].startswith(EXPECTED_LANGUAGE[name]), (i, name, lang)
