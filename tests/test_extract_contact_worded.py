"""contact43 through the real spaCy pipeline: a name kept that is made of plain English words
only ("Open Doors Forward", "I. Right") is no person; the person said nearest it is the
contact. A name with a form of address, a census given name or one word stays
(docs/extraction-history.md, "contact43").

Every recap is written for this file, none copied from a labelled corpus."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.contact_worded import english_only, initialled

WHEN = datetime(2026, 12, 9, 18, 0)


def test_an_organisation_in_english_words_gives_way_to_the_person_present() -> None:
    r = extract(
        "Re: Call with Open Doors Forward\n"
        "Present: Executive Director (Ms. Graciela Montoya, hereafter GM); myself. "
        "40 minutes.\nDiscussion:\n- GM founded Open Doors Forward in 2015 after teaching.\n",
        WHEN,
    )
    assert r.contact.name == "Graciela Montoya"


def test_a_word_glued_to_an_initial_gives_way_to_the_person_named() -> None:
    r = extract(
        "Sorry, I went off about the cat, where was I. Right. Bolt's Marek, no, sorry, wrong "
        "one. It was Valentina Ochoa, from Sierra Grid Partners, the small developer in "
        "Quito, she's their controller. She was a site engineer.",
        WHEN,
    )
    assert r.contact.name == "Valentina Ochoa"
    assert r.contact.title == "controller"


def test_the_person_filed_as_an_organisation_is_the_contact() -> None:
    r = extract(
        "Sorry, I went off on a tangent with the dog, where was I. Right. Bolt's Lena, no, "
        "sorry, that's the wrong one. It was Marisol Quispe, from Andes Wind Partners, the "
        "small developer in Lima, she's their finance manager. She was a site engineer on "
        "mining projects.",
        WHEN,
    )
    assert r.contact.name == "Marisol Quispe"
    assert r.contact.title == "finance manager"
    # the initial and the sentence's word it was glued to are no organisation either
    assert "I. Right" not in r.companies_mentioned


def test_people_with_english_words_for_names_stay() -> None:
    for text, name in (
        (
            "Notes, Thurs. Spoke with Mrs. Whitaker, the head of guidance at Fernhill "
            "Academy. She said the job is mostly scheduling. Her colleague Anneliese Varga "
            "runs testing.",
            "Mrs. Whitaker",
        ),
        (
            "Had coffee with Hammer, my old platoon sergeant, now a site supervisor at "
            "Kessler Build. He said to get my OSHA 30. Dmitri Sokol was there too.",
            "Hammer",
        ),
        (
            "Called Rose Baker, a nurse manager at Mercy West. She said nights are hard but "
            "the team is close. Her director Ingvild Haugen hires in March.",
            "Rose Baker",
        ),
    ):
        assert extract(text, WHEN).contact.name == name, text


def test_english_only_reads_the_words_alone() -> None:
    assert english_only("Words Forward")
    assert english_only("Y. Talked")
    assert english_only("Lift Every Reader")
    assert not english_only("Tues")  # one word: a nickname is often one ("Hammer")
    assert not english_only("Brother Anselm")  # a form of address
    assert not english_only("Grace Park")  # a census given name
    assert not english_only("Wanbli Two Eagles")  # a word no English word
    assert not english_only("Priya R")
    assert initialled("I. Right")
    assert not initialled("Words Forward")
