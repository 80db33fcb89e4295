"""A transcript's given name heard alone beside the one-word name Whisper ran together from it
and a surname is that person again (people_runtogether.py).

The recaps are transcript-style texts written for these tests; the real pipeline reads each
twice, as a transcript (``spoken=True``) and as typed text.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.people_runtogether import opens_runtogether

WHEN = datetime(2026, 3, 3, 18, 5)

TEXT = (
    "Okay so call with Ilsemarkov, the volunteer coordinator at Tern Harbor Food Bank. "
    "She runs about two hundred volunteers a month and says scheduling is the whole job. "
    "She said the board wants someone with grant experience. "
    "Ask Ilse for a sample schedule to study."
)


def names(text: str, spoken: bool) -> list[str]:
    return [p.name for p in extract(text, WHEN, spoken=spoken).people_mentioned]


def test_the_given_name_of_a_run_together_contact_is_no_second_person() -> None:
    result = extract(TEXT, WHEN, spoken=True)
    assert result.contact.name == "Ilsemarkov"
    assert "Ilse" not in [p.name for p in result.people_mentioned]
    # typed text is read as before
    assert "Ilse" in names(TEXT, spoken=False)


def test_names_of_their_own_are_not_run_together() -> None:
    assert opens_runtogether("Ilse", ["Ilsemarkov"])
    assert opens_runtogether("Tavi", ["Tavinderpal", "Tavi"])
    assert not opens_runtogether("Dan", ["Danielle"])  # a census given name of its own
    assert not opens_runtogether("Rob", ["Robertson"])  # a census surname
    assert not opens_runtogether("Ilse", ["Ilse Markov"])  # two words: people_fold's
    assert not opens_runtogether("Jo", ["Jolantavic"])  # too short to read
    assert not opens_runtogether("Ilse", ["Ilsem"])  # one letter more is a spelling
