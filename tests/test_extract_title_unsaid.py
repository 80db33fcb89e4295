"""title32 through the real spaCy pipeline: no title where the recap says the contact's title
was not given (title_unsaid), and the cue read only as the writer's word about the contact.

Every recap is written for this file, none copied from a labelled corpus."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.pipeline import extract_doc
from debrief.extract.title_unsaid import title_unsaid, untitled
from debrief.models import Contact

WHEN = datetime(2026, 12, 9, 18, 0)


def test_a_guess_after_didnt_catch_the_title_gives_no_title() -> None:
    r = extract(
        "so that was Torvald Esquibel from Marrowgate Labs, I didn't catch his title, "
        "something like product lead or head of product. He said the team is six people.",
        WHEN,
    )
    assert r.contact.name == "Torvald Esquibel"
    assert r.contact.title is None


def test_the_cues_of_a_title_not_given() -> None:
    for text in (
        "Call w/ someone from Brightwell Partners, a principal maybe, didn't give a title.",
        "shes on their events team i think not sure of her title",
        "I forgot to ask for her title but she runs the volunteers.",
        "no idea what his title is, he just does the grants.",
    ):
        assert title_unsaid(extract_doc(text, WHEN)), text


def test_a_title_said_or_the_writers_own_is_kept() -> None:
    for text in (
        "Her title is volunteer coordinator, I didn't catch the rest of the team names.",
        "He didn't ask my title, he asked what I do all day.",
        "She got the title of director last year, not bad for three years in.",
    ):
        doc = extract_doc(text, WHEN)
        kept = untitled(doc, Contact(name="Ines Varga", title="coordinator"))
        assert kept.title == "coordinator", text


def test_advice_or_a_correction_is_no_cue() -> None:
    for text in (
        "- she says: don't sell yourself short, ask for senior title and a remote day",
        "program associate? no, she said her title is grants officer, GO for short",
    ):
        assert not title_unsaid(extract_doc(text, WHEN)), text
