"""The contact's title said after "he's/she's" with no "the/a" before it (``title_bare``, seen
on recaps-ae and n..s): "<Name>, she's manager of X at <Org>", "he's head of growth", where
``title_later`` needed an opener. Every sentence is written for this file, none is copied from
a labelled corpus; each is read on its real parse (``extract_doc``) with the contact's name,
and once through the whole extraction.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.pipeline import extract, extract_doc
from debrief.extract.title_later import title_said_later

WHEN = datetime(2026, 12, 9, 17, 0)


def _later(text: str, name: str) -> str | None:
    return title_said_later(extract_doc(text, WHEN), name)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            # a nurse's recap: the title straight after "she's", its "of" part kept
            "Long shift, but quick notes. Oksana Pereira, she's manager of guest relations at "
            "a hotel group downtown, we talked half an hour about moving off the floor.",
            "Oksana Pereira",
            "manager of guest relations",
        ),
        (
            # a lower-case typed note, "there" after the title
            "call w ravi dutt tonight. he's director of ops there and he has been for six "
            "years, mostly warehouses.",
            "ravi dutt",
            "director of ops",
        ),
        (
            # "is" spelt out, an adjective before the head word, no "of"
            "Talked to Lena Moss this morning. She is senior counsel at a water utility, "
            "mostly contracts and easements.",
            "Lena Moss",
            "senior counsel",
        ),
        (
            # an acronym head and an "of" part that is no plain word
            "Coffee with Nia Bello, a friend of my sister. She's VP of R&D at a snack maker "
            "outside Dayton.",
            "Nia Bello",
            "VP of R&D",
        ),
    ],
)
def test_a_title_with_no_opener(text: str, name: str, title: str) -> None:
    assert _later(text, name) == title


@pytest.mark.parametrize(
    "said",
    [
        "He's head over heels about the new job",  # an idiom, not a title
        "He's lead on the warehouse move this spring",  # a role in one project
        "He's manager material, his boss keeps saying",  # the head word run on into a noun
        "He's not manager anymore, he stepped down",  # an adverb before the head word
    ],
)
def test_words_after_is_that_are_no_title(said: str) -> None:
    text = f"Met Theo Grant for coffee on Friday. {said}."
    assert _later(text, "Theo Grant") is None


def test_an_of_part_stops_before_a_determiner() -> None:
    # "of the whole team" is what she leads, not a part of the title
    text = "Spoke with Nia Bello. She's the head of the whole team at a snack maker."
    assert _later(text, "Nia Bello") == "head"


def test_the_whole_extraction_files_the_bare_title() -> None:
    # a tired dictation: the day and a city said first, the intro parser reads no title here
    text = (
        "It's Monday, I think, yeah Monday, three early reports in a row. Tulsa. Okay, big "
        "one. Oksana Pereira, she's manager of guest experience at Marriott, the Midwest "
        "region. We talked forty minutes."
    )
    contact = extract(text, WHEN).contact
    assert contact.name == "Oksana Pereira"
    assert contact.title == "manager of guest experience"
