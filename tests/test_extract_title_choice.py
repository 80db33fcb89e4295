"""Which of several candidate titles is kept for the contact (``title_choice``, seen over the
development authors n..s, ac and ae): the title combined from the rules and the roles model
gives way to another candidate when it has no title word, is the contact's past job or another
person's, or is a loose description said before the name where the title is said beside it.

Every recap is written for this file, none copied from a labelled corpus. Each is parsed for
real (``extract_doc``); the candidates are spans of that parse labelled as the roles model
labels them, so the choice is tested apart from what the model happens to mark; one recap goes
through the whole extraction.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.tokens import Doc, Span

from debrief.extract.pipeline import extract, extract_doc
from debrief.extract.title_choice import title_weighed

WHEN = datetime(2026, 12, 9, 17, 0)


def _span(doc: Doc, words: str) -> Span:
    at = doc.text.find(words)
    assert at >= 0, words
    span = doc.char_span(at, at + len(words), label="CONTACT_TITLE")
    assert span is not None, words
    return span


def _weigh(text: str, kept: str, rules: str | None, marked: list[str], name: str) -> str | None:
    doc = extract_doc(text, WHEN)
    return title_weighed(doc, kept, rules, [_span(doc, m) for m in marked], name)


def test_a_past_job_gives_way_to_the_present_one() -> None:
    # a pharmacist's path told after her job: the model's nearest title is the old one
    text = (
        "Talked to Yusra Haddad tonight, a clinical pharmacist at Brightwell Pharmacy. "
        "She was a pharmacy tech for six years before pharmacy school."
    )
    kept = _weigh(text, "pharmacy tech", "clinical pharmacist", ["pharmacy tech"], "Yusra Haddad")
    assert kept == "clinical pharmacist"


def test_used_to_be_is_a_past_job_too() -> None:
    # the model marks both; the one after "used to be" is the kept one
    text = (
        "Coffee with Anneliese Brandt, she is the owner of Copperpot Catering now. "
        "She used to be a line cook at a hotel for ten years."
    )
    marked = ["owner", "line cook"]
    assert _weigh(text, "line cook", None, marked, "Anneliese Brandt") == "owner"


def test_a_phrase_with_no_title_word_gives_way() -> None:
    # "bakery supply" is what the company sells, the rules read the job
    text = (
        "Call with Pieter Claes, account manager at Hollis Mills. They do bakery supply for "
        "half the state, mostly flour and yeast."
    )
    kept = _weigh(text, "bakery supply", "account manager", ["bakery supply"], "Pieter Claes")
    assert kept == "account manager"


def test_the_title_beside_the_name_beats_a_loose_one_before_it() -> None:
    # the user first says how they met her, then her name and her title
    text = (
        "Call with the hiring lead at Quarry Labs, Dimitra Vance, principal data engineer. "
        "She said they want someone who can own the pipelines."
    )
    marked = ["hiring lead", "principal data engineer"]
    kept = _weigh(text, "hiring lead", "hiring lead", marked, "Dimitra Vance")
    assert kept == "principal data engineer"


def test_a_title_taken_back_gives_way_to_the_correction() -> None:
    # the user corrects the title in the next sentence; the model marks only the first
    text = (
        "Talked to Lucia Ferro, a dispatcher at the county. Sorry, she's a dispatch "
        "supervisor, she corrected me twice."
    )
    kept = _weigh(text, "dispatcher", "dispatch supervisor", ["dispatcher"], "Lucia Ferro")
    assert kept == "dispatch supervisor"


def test_another_persons_title_gives_way_to_the_contacts() -> None:
    text = (
        "Spoke with Daniel and Sarah from Tallgrass Bikes together. Daniel is the founder and "
        "Sarah is the head of sales. Daniel said the shop needs a mechanic."
    )
    kept = _weigh(text, "head of sales", "founder", ["head of sales"], "Daniel")
    assert kept == "founder"


@pytest.mark.parametrize(
    ("text", "kept", "rules", "marked"),
    [
        (
            # "was" sets the call, not her past: the CRA stays
            "The call was with a CRA, Lucia Ferro, who covers sites in three states. She "
            "said a monitoring associate role opens soon.",
            "CRA",
            None,
            ["CRA", "monitoring associate"],
        ),
        (
            # "that was the ..." tells of the call in a recap's past tense, not of her past;
            # the career step said after it is no better
            "Okay, that was the deputy director at the science museum, Lucia Ferro. She "
            "started out building exhibits, then became a project manager.",
            "deputy director",
            None,
            ["deputy director", "project manager"],
        ),
        (
            # "was promoted to" moves her into the title she holds
            "Talked to Lucia Ferro last night. She was promoted to clinic director in May "
            "after years as a nurse practitioner.",
            "clinic director",
            None,
            ["clinic director", "nurse practitioner"],
        ),
        (
            # a bare "not" is no correction of her title: the job she is not after is no
            # candidate to take it back
            "Lucia Ferro is a line cook at Bistro Nine, not a chef, and she said a sous chef "
            "job opens there in March.",
            "line cook",
            None,
            ["line cook", "sous chef"],
        ),
        (
            # the only other candidate is a past job too: nothing better to give way to
            "Lucia Ferro used to be a flight attendant, and she was a travel agent before that.",
            "flight attendant",
            None,
            ["flight attendant", "travel agent"],
        ),
        (
            # a title said right after her name stays, though "reviewer" is no head word
            # of the title list: the rules' "architect" is how the user met her
            "I met the architect at the county office, Lucia Ferro, she's a permit reviewer "
            "there and has been for nine years.",
            "permit reviewer",
            "architect",
            ["permit reviewer"],
        ),
        (
            # another person's title beside another person's name is no candidate
            "Lucia Ferro is a friend of my cousin. She told me to talk to Omar Said, their "
            "head of people.",
            "friend of my cousin",
            None,
            ["friend of my cousin", "head of people"],
        ),
    ],
)
def test_the_kept_title_stays(text: str, kept: str, rules: str | None, marked: list[str]) -> None:
    assert _weigh(text, kept, rules, marked, "Lucia Ferro") == kept


def test_no_title_is_never_made_up() -> None:
    text = "Met Lucia Ferro for lunch. She was a welder for years, now she runs a weld shop."
    doc = extract_doc(text, WHEN)
    assert title_weighed(doc, None, None, [_span(doc, "welder")], "Lucia Ferro") is None


def test_a_hiring_manager_said_first_is_not_the_contacts_title() -> None:
    # the whole extraction: the role in the hiring said first, the job title beside the name
    text = (
        "Call with the hiring manager at Larchmont Schools, Desmond Okoro, director of "
        "student services. He said the district is hiring two counselors in spring."
    )
    contact = extract(text, WHEN).contact
    assert contact.name == "Desmond Okoro"
    assert contact.title == "director of student services"


def test_a_past_job_moved_on_from_is_no_title() -> None:
    """contact44: the only title kept is a job the contact left ("... for years, then ..."),
    no present one said: no title rather than the old one."""
    text = (
        "Talked to Lucia Ferro, a friend of a friend. She was a dental hygienist for nine "
        "years and then drifted into something with software, she would not say what."
    )
    kept = _weigh(text, "dental hygienist", None, ["dental hygienist"], "Lucia Ferro")
    assert kept is None


def test_a_past_job_with_no_move_after_it_stays() -> None:
    # retired: the job she held is the one the recap gives her, nothing came after it
    text = (
        "Talked with Lucia Ferro, she's retired now but she was the records manager at the "
        "county clerk's office for twenty years, my aunt's neighbour."
    )
    kept = _weigh(text, "records manager", None, ["records manager"], "Lucia Ferro")
    assert kept == "records manager"
    text = "Met Lucia Ferro. She was a welder for years at the shipyard before it closed."
    assert _weigh(text, "welder", None, ["welder"], "Lucia Ferro") == "welder"
