"""A run-on transcript: the contact's day, week or advice opens the next point with no stop.

A user dictating a recap pauses before "her week is ..." and Whisper writes nothing there, or
a comma, and tiny.en hears the "is" after "week" as "as". Real spaCy and the shipped insight
model; every text is written for these tests: a school district's transport coordinator and a
hospital pharmacist, recapped aloud in one breath, lower case and barely punctuated.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")


def _insights(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_whispers_as_for_is_after_a_run_on_path_starts_the_week() -> None:
    said = (
        "Talked with Rosa Delgado, transport coordinator for the Pine Valley school district. "
        "She drove a route for six years and then took a logistics certificate at the "
        "community college her week as bus routing, driver schedules and parent calls. "
        "She loves when a new route finally works."
    )
    found = _insights(said)
    assert ("typical_day", "her week as bus routing, driver schedules and parent calls.") in found
    assert (
        "career_path",
        "She drove a route for six years and then took a logistics certificate at the "
        "community college",
    ) in found


def test_a_pronoun_before_the_week_does_not_glue_it_to_the_path() -> None:
    said = (
        "Call with Omar Haddad, a pharmacist at Saint Luke's. He did retail pharmacy at a "
        "drugstore chain for five years and got tired of doing this his week is mostly "
        "checking orders on the oncology floor and teaching residents."
    )
    # one run-on filed twice, whole, before: a path and a week each got the other's words
    assert _insights(said)[-2:] == [
        (
            "career_path",
            "He did retail pharmacy at a drugstore chain for five years and got tired of doing "
            "this",
        ),
        (
            "typical_day",
            "his week is mostly checking orders on the oncology floor and teaching residents.",
        ),
    ]


def test_a_share_of_the_week_or_a_reported_day_is_not_cut() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_topic import topic_opens

    nlp = load_nlp()
    for plain in (
        "she said the routing software is old and half her week is fixing its errors",
        "the dispatcher told me her day is mostly radio calls and angry parents",
        "he spends his week driving between the three campuses and the depot",
        "she described her week as chaotic but fun in the spring",
    ):
        doc = nlp(plain)
        assert not any(
            topic_opens(doc, 0, t.i, len(doc)) for t in doc if t.lower_ in {"his", "her"}
        ), plain
    doc = nlp("she runs the depot for two hundred buses, her day is driver checks")
    assert [t.i for t in doc if topic_opens(doc, 0, t.i, len(doc))] == [9]
