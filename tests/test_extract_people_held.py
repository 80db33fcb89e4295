"""People mentioned (`people44`): a name the people rules held back as the contact's first
guess is a person mentioned once the contact goes to another ("send my resume to Rufus
Garvey", where the rules first took Rufus Garvey for the contact), and not where the final
contact is that person. Real spaCy (``en_core_web_sm``); the contact component's first guess
is set by hand (the rules' misreadings that make it are many and change from stop to stop).
Every sentence is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.tokens import Doc

from debrief.extract.people_held import HELD_KEY, restored
from debrief.extract.pipeline import load_nlp
from debrief.models import Contact

TEXT = (
    "Spoke with odette at Lumenfield, she runs their delivery operations. "
    "She started in a warehouse and moved up over eight years. "
    "She'll send my resume to Rufus Garvey in recruiting if I cut it to one page."
)


def _people_stage(first_guess: str) -> Doc:
    """The recap through the people component, the contact's first guess being
    ``first_guess`` (said in the text) at Lumenfield."""
    nlp = load_nlp()
    doc = nlp.make_doc(TEXT)
    doc._.recorded_at = datetime(2026, 5, 4, 9, 0)
    for name, proc in nlp.pipeline:
        if name == "debrief_people_v1":
            start = TEXT.index(first_guess)
            span = doc.char_span(start, start + len(first_guess))
            assert span is not None
            doc._.contact = Contact(name=first_guess, company="Lumenfield")
            doc._.contact_aliases = [first_guess.lower()]
            doc._.contact_span = (span.start, span.end)
            return proc(doc)
        doc = proc(doc)
    raise AssertionError("no people component")


@pytest.fixture(scope="module")
def held_doc() -> Doc:
    doc = _people_stage("Rufus Garvey")
    # the roles model's spans, which restored() reads (is the held name a person to it too)
    load_nlp().get_pipe("debrief_roles_v1").tag(doc)
    return doc


def test_first_guess_is_held_not_filed(held_doc: Doc) -> None:
    assert "Rufus Garvey" not in [p.name for p in held_doc._.people]
    assert [p.name for p in held_doc.user_data[HELD_KEY]] == ["Rufus Garvey"]


def test_held_person_filed_when_the_contact_is_another(held_doc: Doc) -> None:
    people = restored(held_doc, Contact(name="odette"), list(held_doc._.people), ["Lumenfield"])
    assert "Rufus Garvey" in [p.name for p in people]


@pytest.mark.parametrize("final", ["Rufus Garvey", "Rufus", "Mr. Garvey"])
def test_held_person_not_filed_when_they_stay_the_contact(held_doc: Doc, final: str) -> None:
    people = restored(held_doc, Contact(name=final), list(held_doc._.people), ["Lumenfield"])
    assert "Rufus Garvey" not in [p.name for p in people]


def test_held_name_within_an_organisation_not_filed(held_doc: Doc) -> None:
    firms = ["Lumenfield", "Rufus Garvey Staffing"]
    people = restored(held_doc, Contact(name="odette"), list(held_doc._.people), firms)
    assert "Rufus Garvey" not in [p.name for p in people]
