"""house43 (docs/extraction-history.md, "house43: one reading of forms of address"): the
forms of address each module held or read its own way come through
``lexicon.honorific_words`` / ``honorific_forms`` (a reader's leave-outs as data), names'
lower-case words are data, people_fromcompany reads the dates' weekday names, and the two
title mixins say what they ask of each other as typed Protocols. Each reader's words are the
set it held before, so no output changes. Real spaCy (``en_core_web_sm``) where a recap is
extracted; every sentence is written for this file."""

from __future__ import annotations

import inspect
from datetime import datetime

from debrief.extract import extract, people_firmname, people_placeshape, roles_who
from debrief.extract.contact_title_around import ParsesTitle, TitleAround
from debrief.extract.contact_title_phrase import ReadsUnit, TitlePhrase
from debrief.extract.dates import weekday_names
from debrief.extract.lexicon import honorific_forms, honorific_words, load_toml
from debrief.extract.people_fromcompany import _name_of
from debrief.names import person_key, typed_capitals

WHEN = datetime(2026, 12, 8, 18, 0)
_RAW = load_toml("people_cues.toml")["context"]


def test_each_reader_of_forms_of_address_gets_the_set_it_held() -> None:
    raw = _RAW["honorifics"]
    # people.py and contact_orgname compared a token's lower_ with the forms as written
    assert honorific_forms() == {w.lower() for w in raw}
    assert "dr." in honorific_forms() and "dr" in honorific_forms()
    # people_firmname and people_placeshape stripped the full stop; roles_people took keys
    stripped = {h.rstrip(".") for h in raw}
    assert people_firmname._cues()[0] == stripped
    assert people_placeshape._words()[3] == stripped | set(_RAW["rank_words"])
    assert honorific_words() == {person_key(h) for h in raw}
    # org_checks held the five courtesy titles only
    assert honorific_words("org_checks") == {"dr", "mr", "ms", "mrs", "prof"}
    # roles_who took six forms of address and four titles out of the relation nouns
    old = {"dr", "mr", "ms", "mrs", "prof", "professor", "director", "vp", "founder", "ceo"}
    before = _RAW["before"]
    assert roles_who._relation_nouns() == {w for w in before if w.isalpha() and w not in old}
    assert "brother" in roles_who._relation_nouns()


def test_a_courtesy_title_still_marks_a_person() -> None:
    text = (
        "Talked with Priya Raman, a product manager at Lumen Labs. She said I should reach "
        "out to Dr. Okoye at the clinic."
    )
    e = extract(text, WHEN)
    assert e.contact.name == "Priya Raman"
    assert [p.name for p in e.people_mentioned] == ["Dr. Okoye"]
    # must not change: the contact's company stays a company
    assert e.companies_mentioned == ["Lumen Labs"]


def test_names_lower_words_are_the_list_it_held() -> None:
    assert typed_capitals("anouk de vries") == "Anouk de Vries"
    assert typed_capitals("dayton hoops & homework") == "Dayton Hoops & Homework"
    assert typed_capitals("karim ibn rashid") == "Karim ibn Rashid"
    # must not change: "st." is a particle for the extractors, capitalised when typed
    assert typed_capitals("st. clair designs") == "St. Clair Designs"
    assert typed_capitals("McLeod") == "McLeod"


def test_people_fromcompany_reads_the_full_weekday_names() -> None:
    assert weekday_names() == {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
    assert _name_of("Keisha Saturday") == "Keisha"
    # must not change: a clipped weekday is no weekday here
    assert _name_of("Keisha Sat") is None


def test_the_title_mixins_protocols_are_the_methods_signatures() -> None:
    asked = inspect.signature(ParsesTitle.__call__)
    given = inspect.signature(TitlePhrase._parse_title)
    assert list(asked.parameters) == list(given.parameters)
    assert inspect.signature(ReadsUnit.__call__).parameters.keys() == (
        inspect.signature(TitleAround._of_the_unit).parameters.keys()
    )
