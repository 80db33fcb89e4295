"""company40 through the real spaCy pipeline: in a lower-case recap the organisation a verb of
working or the kept title ties to the contact wins over a kept company nothing ties to them;
and the lower-case organisation reader's extent (a non-English word is a name's word, an
English adverb or a time word ends the name)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_lowtied import lower_tied
from debrief.extract.pipeline import extract_doc, load_nlp
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_a_verb_of_working_ties_the_organisation() -> None:
    doc = extract_doc(
        "ok so that was ms okonjo the one my aunt from church set up for me. she works at "
        "marlowe county hospital in billing and she said the job is mostly appeals",
        WHEN,
    )
    kept = Contact(name="ms okonjo", title=None, company="church")
    assert lower_tied(doc, kept).company == "marlowe county hospital"


def test_the_kept_title_ties_the_organisation() -> None:
    doc = extract_doc(
        "quick one talked to the guy from the freight tech meetup he's a dispatch supervisor "
        "at orrin cartage. twenty minutes. he started as a driver",
        WHEN,
    )
    kept = Contact(name=None, title="dispatch supervisor", company="freight tech meetup")
    assert lower_tied(doc, kept).company == "orrin cartage"


def test_a_tied_kept_company_stays() -> None:
    doc = extract_doc(
        "talked to dana she works at orrin cartage as a dispatcher. she said to ask at "
        "kelloway mills too",
        WHEN,
    )
    kept = Contact(name="dana", title="dispatcher", company="orrin cartage")
    assert lower_tied(doc, kept).company == "orrin cartage"


def test_a_past_job_ties_nothing() -> None:
    doc = extract_doc(
        "talked to dana from orrin cartage. she used to work at kelloway mills before that",
        WHEN,
    )
    kept = Contact(name="dana", title=None, company="orrin cartage")
    assert lower_tied(doc, kept).company == "orrin cartage"


def test_another_persons_work_far_from_the_contact_ties_nothing() -> None:
    doc = extract_doc(
        "talked to dana reyes from harbor church. she said the first year is hard. the pay "
        "is fine. my cousin marco set it up. he works at kelloway mills",
        WHEN,
    )
    kept = Contact(name="dana reyes", title=None, company="harbor church")
    assert lower_tied(doc, kept).company == "harbor church"


def test_a_past_title_ties_nothing() -> None:
    doc = extract_doc(
        "talked to dana reyes from harbor church. she was a dispatch planner at kelloway "
        "mills for years",
        WHEN,
    )
    kept = Contact(name="dana reyes", title="dispatch planner", company="harbor church")
    assert lower_tied(doc, kept).company == "harbor church"


def test_a_capitalised_recap_is_left_to_the_cased_rules() -> None:
    doc = extract_doc(
        "Talked to Dana Reyes from the Harbor Tech meetup. She works at Orrin Cartage now.",
        WHEN,
    )
    kept = Contact(name="Dana Reyes", title=None, company="Harbor Tech")
    assert lower_tied(doc, kept).company == "Harbor Tech"


def test_an_adverb_ends_a_lower_case_name() -> None:
    r = extract(
        "ok call with tomas reyes just ended. he's an onboarding consultant at zentavo fully "
        "remote from fresno. he said the first year is mostly training",
        WHEN,
    )
    assert r.contact.company == "zentavo"


def test_a_time_word_ends_a_lower_case_name() -> None:
    r = extract(
        "talked to someone at the state water resources board today. her name is odalys, she's "
        "a permit analyst. she said the exam is in march",
        WHEN,
    )
    assert r.contact.company == "state water resources board"


def test_a_non_english_word_the_tagger_reads_as_a_verb_stays_in_the_name() -> None:
    nlp = load_nlp()
    reader = next(p for _n, p in nlp.pipeline if hasattr(p, "lower_orgs")).lower_orgs
    doc = extract_doc("talked to dominga at quellan freightworks for ten minutes", WHEN)
    k = [t.lower_ for t in doc].index("quellan")
    doc[k + 1].pos_ = "VERB"  # as the tagger read it in a longer recap
    assert doc[k : reader.name_end(doc, k, len(doc))].text == "quellan freightworks"
