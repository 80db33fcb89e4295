"""contact44 through the real spaCy pipeline: an office or role that is a job title by itself
("the commissioner of the league", "their only salesperson", "an HRBP at ...",
"Zoning official for the county") is the contact's title, where no title head word stood in
it before; the word said as anything but a title leaves the title alone
(docs/extraction-history.md, "contact44").

Every recap is written for this file, none copied from a labelled corpus."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 9, 18, 0)


def test_an_office_said_as_the_title_is_the_title() -> None:
    for text, title in (
        (
            "Call with an HRBP at Dorrance & Pike Insurance, Dana Reyes. He moved from a law "
            "firm's HR team.",
            "HRBP",
        ),
        (
            "ok so the last call, the commissioner of the Tri-County Conference, that's our "
            "league, Dana Reyes. She was kind.",
            "commissioner",
        ),
        (
            "Talked to Dan Reyes. Zoning official for the Navajo Nation. He grew up there and "
            "started as a carpenter.",
            "Zoning official",
        ),
        (
            "Talked to Dan Reyes, she's the chair of the nursing department at Acme College. "
            "She was kind.",
            "chair",
        ),
    ):
        r = extract(text, WHEN)
        assert r.contact.title == title, (text, r.contact.title)


def test_the_word_said_as_no_title_leaves_the_title() -> None:
    """A chair pulled up, an official offer: the welder stays a welder."""
    r = extract(
        "Met Dan Reyes at a cafe, he pulled up a chair and we talked. He's a welder at Acme "
        "Fabrication. The offer there is official now.",
        WHEN,
    )
    assert r.contact.name == "Dan Reyes"
    assert r.contact.title == "welder"
