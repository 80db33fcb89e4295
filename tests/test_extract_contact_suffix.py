"""contact50 through the real spaCy pipeline: a form of address said after the contact's name
("-san", "ji") is no part of it (contact_suffix); a name that only looks like one stays."""

from __future__ import annotations

import pytest

from debrief.extract import extract
from debrief.extract.contact_suffix import suffix_dropped
from debrief.models import Contact

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zoom with Haruki Mori-san today, a QA lead at Tanaka Electric. He said learn the "
            "tooling first.",
            "Haruki Mori",
        ),
        (
            "Talked to Sunil Kapoor ji, plant manager at Sterling Foods. He said learn lean.",
            "Sunil Kapoor",
        ),
    ],
)
def test_a_form_of_address_after_the_name_is_dropped(text: str, name: str) -> None:
    assert extract(text).contact.name == name


def test_a_name_that_ends_like_one_stays() -> None:
    contact = extract(
        "Call with Wang Ji, he's a plant manager at Sterling Foods. He said learn lean."
    ).contact
    assert contact.name == "Wang Ji"
    assert suffix_dropped(Contact(name="Mei Hsu-Chan")).name == "Mei Hsu-Chan"
    assert suffix_dropped(Contact(name="ji")).name == "ji"
