"""The contact's title where a transcript's punctuation hides it (``title_heard``, spoken38):
Whisper writes the pause after the name as nothing and capitalises the title ("Rosalind
Achebe Payments Risk Lead at ..."), so that no comma or copula opens it; or writes the pause
before the title as a full stop, so that the title is a sentence of its own ("... runs a
soccer league. Program director."). Every sentence is written for this file, none is copied
from a labelled corpus; each runs through the whole extraction.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.pipeline import extract

WHEN = datetime(2026, 12, 9, 17, 0)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            # the comma after the name not heard, the title in Title Case
            "Just got off the phone with Rosalind Achebe Payments Risk Lead at Northgate "
            "Credit Union. She was a teller first.",
            "Rosalind Achebe",
            "Payments Risk Lead",
        ),
        (
            # the Title Case run goes on in lower case to its head word
            "Notes from my call with Tomasz Kowalczyk Chief Nursing informatics officer at a "
            "health system called Lakeview Health She was a nurse for twenty years",
            "Tomasz Kowalczyk",
            "Chief Nursing informatics officer",
        ),
        (
            # the title heard as a sentence of its own after the name's sentence
            "Okay, so, Big Dmitri, Dmitri Volkov, runs the Westgate youth soccer league. "
            "Program director. He started it with two teams and now there are forty.",
            "Dmitri Volkov",
            "Program director",
        ),
    ],
)
def test_heard_title(text: str, name: str, title: str) -> None:
    contact = extract(text, WHEN).contact
    assert contact.name == name
    assert contact.title == title


@pytest.mark.parametrize(
    "text",
    [
        # a Title Case word after the name that is no title: nothing read
        "Talked with Rosalind Achebe Tuesday about the credit union. She was kind.",
        # lower-case words after the name are no heard title
        "Talked with Rosalind Achebe about the payments risk lead opening. She was kind.",
        # a verbless sentence after the name's that is no title
        "Okay, so, Big Dmitri, Dmitri Volkov, runs the Westgate youth soccer league. Great "
        "guy. He started it with two teams.",
        # a sentence with a verb after the name's is no heard title
        "Okay, so, Big Dmitri, Dmitri Volkov, runs the Westgate youth soccer league. The "
        "director left. He started it with two teams.",
    ],
)
def test_no_heard_title(text: str) -> None:
    assert extract(text, WHEN).contact.title is None
