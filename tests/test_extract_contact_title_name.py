"""contact48 through the real spaCy pipeline: a title or a rank kept as the contact's name
gives way to the person said beside it, where no rule filed that person (contact_title_name,
read by contact_unperson), and the title kept as the name becomes the title."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.contact_title_name import title_of, titled

WHEN = datetime(2026, 12, 8, 18, 0)


def test_heading_title_and_a_contact_line_under_it() -> None:
    r = extract(
        "Call w/ Sr. Research Fellow at the Ostrander Institute for Water Policy (think tank, "
        "Ottawa)\n\nContact: Wairimu Odhiambo. 30 min, she was between meetings.\n\n"
        "- Background: hydrology PhD -> fellowship -> stayed\n- Advice: publish short pieces now",
        WHEN,
    )
    assert r.contact.name == "Wairimu Odhiambo"
    assert r.contact.title is not None and "Fellow" in r.contact.title


def test_a_title_said_before_the_name_after_a_colon() -> None:
    r = extract(
        "Quick notes. Department of Finance (NS) — budget office.\n"
        "Met w/ a Sr. Business Analyst who did the same move I'm making: Mathilde Roussel. "
        "~25 min.\n- Career: accountant, then BA in 2021\n- Likes: stable hours",
        WHEN,
    )
    assert r.contact.name == "Mathilde Roussel"
    assert r.contact.title == "Sr. Business Analyst"


def test_a_rank_before_the_name_is_no_name() -> None:
    r = extract(
        "Morning call with Command Sergeant Major, retired, Oyelaran Adebisi. She runs a "
        "veterans hiring nonprofit now. She said translate every bullet on the resume.",
        WHEN,
    )
    assert r.contact.name == "Oyelaran Adebisi"


def test_the_reading_of_a_title_kept_as_a_name() -> None:
    assert titled("Practice Head", person_made=False)
    assert not titled("Jordan Marshal", person_made=False)  # a given name first
    assert not titled("Head", person_made=False)  # one word: often a nickname
    assert not titled("Chiamaka Obi - Sr. PM", person_made=False)  # a name run on into a title
    assert title_of("Policy Fellow") == "Policy Fellow"
    assert title_of("Command Sergeant Major") is None  # a rank is no job
