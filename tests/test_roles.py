"""debrief_roles_v1: the trained roles model on real spaCy, its combination with the rules,
and the script that builds its training corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from spacy.tokens import DocBin

from debrief.extract import extract, extract_doc, load_nlp
from debrief.extract.pipeline import load_base
from debrief.extract.roles import SPANS_KEY, Roles, combine, model_roles
from debrief.extract.roles_people import introducer
from debrief.models import Contact, Person
from tests.conftest import ROOT

WHEN = datetime(2026, 12, 8, 18, 0)


def spans(doc, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in doc.spans[SPANS_KEY] if s.label_ == label]


# ---------------------------------------------------------------- the model on real spaCy


def test_verbless_introduction_is_read_by_the_model() -> None:
    # written for this test (not in the training files): a verbless "Name, title at Company"
    doc = extract_doc(
        "Imani Okafor, biostatistician at Larkspur Therapeutics in Raleigh. We spoke for "
        "half an hour. She moved over from a university lab two years ago and mostly builds "
        "survival models now.",
        WHEN,
    )
    assert spans(doc, "CONTACT_NAME")[:1] == ["Imani Okafor"]
    assert "Larkspur Therapeutics" in spans(doc, "CONTACT_ORG")


def test_lower_case_transcript() -> None:
    # Whisper sometimes gives no capitals and no full stops
    text = (
        "okay so i just talked to rosa delgado she is a project manager at a company called "
        "brightwater builders and she said the hardest part is scheduling subcontractors she "
        "told me to reach out to her colleague tom becker about the estimator role"
    )
    doc = extract_doc(text, WHEN)
    assert spans(doc, "CONTACT_NAME")[:1] == ["rosa delgado"]
    assert spans(doc, "CONTACT_TITLE")[:1] == ["project manager"]
    assert "brightwater builders" in spans(doc, "CONTACT_ORG")
    # a referral the rules found by its cue stays even where the model marks no one
    r = extract(text, WHEN)
    assert [(p.name, p.relation) for p in r.people_mentioned] == [("tom becker", "referral")]


def test_base_entities_are_left_as_the_base_model_set_them() -> None:
    text = (
        "Just got off a call with Farida Haddad, a product designer at Canva in Sydney. "
        "She said to email her manager Ben Ortiz next week."
    )
    base = load_base()(text)
    doc = extract_doc(text, WHEN)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in base.ents]
    assert SPANS_KEY in doc.spans and len(doc.spans[SPANS_KEY]) > 0


def test_the_component_is_in_the_pipeline_once() -> None:
    nlp = load_nlp()
    assert nlp.pipe_names.count("debrief_roles_v1") == 1
    assert nlp.pipe_names[-1] == "debrief_roles_v1"  # after the rules it is combined with


# ---------------------------------------------------------------- combination


def test_combine_policies_on_a_real_doc() -> None:
    doc = extract_doc(
        "Talked with Kwame Mensah, a line cook at Juniper Bistro. He said I should call "
        "Ana Ruiz at Copper Pot about a prep job.",
        WHEN,
    )
    model = model_roles(doc)
    rules = Roles(
        Contact(name=None, title="chef", company="Somewhere Else"),
        [Person(name="Kwame Mensah"), Person(name="Zed Zed")],
        ["Somewhere Else"],
    )
    base = dict.fromkeys(("name", "title", "company", "people", "relation", "companies"), "rules")
    only_rules = combine(doc, rules, model, base)
    assert only_rules.contact.name is None and only_rules.contact.company == "Somewhere Else"
    filled = combine(doc, rules, model, {**base, "name": "rules_else_model"})
    assert filled.contact.name == model.contact.name == "Kwame Mensah"
    # the contact is never one of the people mentioned
    assert "Kwame Mensah" not in [p.name for p in filled.people]
    union = combine(doc, rules, model, {**base, "people": "union"})
    assert {p.name for p in union.people} >= {"Zed Zed"} | {p.name for p in model.people}
    inter = combine(doc, rules, model, {**base, "people": "intersection"})
    assert "Zed Zed" not in {p.name for p in inter.people}
    with pytest.raises(ValueError):
        combine(doc, rules, model, {**base, "people": "sometimes"})


def test_extract_returns_the_combined_contact() -> None:
    r = extract(
        "Notes on Yusuf Demir, welding inspector, Halvorsen Marine, Duluth. Twenty minutes. "
        "He started as a pipefitter and got his CWI after eight years.",
        WHEN,
    )
    assert r.contact.name == "Yusuf Demir"
    assert r.contact.company == "Halvorsen Marine"


# ---------------------------------------------------------------- corpus script


def test_corpus_script_on_a_tiny_input(tmp_path: Path) -> None:
    recs = [
        {
            "id": "t1",
            "text": "Spoke with Lena Fischer, a nurse educator at Mercy General. "
            "She said Omar Said could mentor me. Lena also worked at Kaiser.",
            "contact": {
                "name": "Lena Fischer",
                "title": "nurse educator",
                "company": "Mercy General",
            },
            "people_mentioned": [{"name": "Omar Said", "relation": "referral"}],
            "companies_mentioned": ["Mercy General", "Kaiser"],
        },
        {
            # the gold name is not in the text at all: the recap is dropped
            "id": "t2",
            "text": "Call with the tall guy from the bank.",
            "contact": {"name": "Pat Quinn", "title": None, "company": None},
            "people_mentioned": [],
            "companies_mentioned": [],
        },
    ]
    src = tmp_path / "tiny.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs))
    out = tmp_path / "tiny.spacy"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_roles_corpus.py"), str(out), str(src)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "1 recaps, 1 dropped" in done.stdout
    nlp = load_base()
    (doc,) = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Lena Fischer", "CONTACT_NAME"),
        ("nurse educator", "CONTACT_TITLE"),
        ("Mercy General", "CONTACT_ORG"),
        ("Omar Said", "REFERRAL"),
        ("Kaiser", "ORG"),
    ]


def test_the_models_longer_form_of_the_rules_name_completes_it() -> None:
    from debrief.extract.roles_name import completes

    assert completes("tyler", "tyler brennan")
    assert completes("Wanbli", "Wanbli Two Bulls")
    assert not completes("tyler brennan", "tyler")
    assert not completes("tyler", "tyler brennan site lead")  # a phrase, not a surname
    assert not completes("ana", "maria lopez")


def test_a_person_found_against_the_rules_contact_that_is_the_final_contact_is_dropped() -> None:
    # the rules took the introducer for the contact and filed the real contact, said in full,
    # as a person mentioned; once the model names the contact by first name ("Kwame"), the
    # person "Kwame Mensah" is the contact again, and so is "Mensah" alone
    doc = extract_doc(
        "Talked with Kwame Mensah, a line cook at Juniper Bistro. He said I should call "
        "Ana Ruiz at Copper Pot about a prep job.",
        WHEN,
    )
    model = model_roles(doc)
    base = dict.fromkeys(("name", "title", "company", "people", "relation", "companies"), "rules")
    for contact, person in (("Kwame", "Kwame Mensah"), ("Kwame Mensah", "Mensah")):
        rules = Roles(
            Contact(name=contact, title="line cook", company="Juniper Bistro"),
            [Person(name=person), Person(name="Ana Ruiz")],
            ["Juniper Bistro"],
        )
        both = combine(doc, rules, model, base)
        assert [p.name for p in both.people] == ["Ana Ruiz"]


def test_the_rules_contact_said_before_s_cousin_is_an_introducer() -> None:
    # the rules took "Marisol" (whose cousin the speaker talked to) for the contact; once the
    # contact is the cousin, Marisol is who introduced them, a person mentioned
    doc = extract_doc(
        "Quick notes. I talked to Marisol's cousin, Tobias Grunwald, a ferry captain with the "
        "county. Later Dara Quinn introduced us to the harbor master.",
        WHEN,
    )
    assert introducer(doc, "Marisol", "Tobias Grunwald") == "Marisol"
    assert introducer(doc, "Marisol's", "Tobias Grunwald") == "Marisol"
    assert introducer(doc, "Dara Quinn", "Tobias Grunwald") == "Dara Quinn"  # "introduced us"
    assert introducer(doc, "Marisol", "Marisol") is None  # the same contact: nothing to add
    assert introducer(doc, "Tobias Grunwald", "Tobias") is None  # the contact, said in full


def test_the_rules_contact_said_before_mentioned_is_who_pointed_the_speaker() -> None:
    # a recap that opens with who pointed the speaker to the contact ("the hiring lady that
    # Rosalind mentioned"): the rules take Rosalind for the contact, the model names the
    # contact, and Rosalind is a person mentioned
    text = (
        "ok so the hiring lady that Rosalind mentioned at my book club, Priyanka Desai, "
        "finally called me back, she's a talent partner at Loomwell Health"
    )
    doc = extract_doc(text, WHEN)
    assert introducer(doc, "Rosalind", "Priyanka Desai") == "Rosalind"
    assert introducer(doc, "Priyanka Desai", "Rosalind") is None  # no cue after her name
    result = extract(text, WHEN)
    assert result.contact.name == "Priyanka Desai"
    assert [(p.name, p.relation) for p in result.people_mentioned] == [("Rosalind", "mentioned")]


def test_a_rules_contact_with_no_introducer_words_after_it_is_not_added() -> None:
    doc = extract_doc(
        "Quick notes. Marisol Vega runs the ferry office. I talked to Tobias Grunwald, a "
        "ferry captain with the county.",
        WHEN,
    )
    assert introducer(doc, "Marisol Vega", "Tobias Grunwald") is None
