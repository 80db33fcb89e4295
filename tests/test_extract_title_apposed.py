"""contact42 through the real spaCy pipeline: a title apposed to another named person ("the
hiring manager Ingrid Dahl", "her boss, the VP of sales, Tom Reyes") is that person's, never
the contact's; the contact's own title beside their name stays. The check (title_apposed,
stop 39) was measured and reverted under the keep rule: the first test is the open bug
(docs/extraction-history.md, "contact42: a title apposed to another named person").

Every recap is written for this file, none copied from a labelled corpus."""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 9, 18, 0)


@pytest.mark.xfail(reason="qa52's bug: no check of whose name a title is said with (contact42)")
def test_another_persons_apposed_title_is_not_the_contacts() -> None:
    for text in (
        "Met Oskar Lindqvist for coffee. He said the hiring manager Ingrid Dahl is the one "
        "to email about the opening.",
        "Talked with Oskar Lindqvist, who reports to the hiring manager Ingrid Dahl.",
        "Just spoke to Oskar Lindqvist. Apparently the hiring manager Ingrid Dahl is the one "
        "to email about the opening, not HR.",
        "Coffee with Marguerite Okonjo today. She put me in touch with her boss, the VP of "
        "sales, Tomasz Reyes, who decides on the new territory.",
    ):
        r = extract(text, WHEN)
        assert r.contact.name in {"Oskar Lindqvist", "Marguerite Okonjo"}, text
        assert r.contact.title is None, (text, r.contact.title)


def test_the_contacts_own_title_beside_their_name_stays() -> None:
    r = extract("Met Oskar Lindqvist, the hiring manager, for coffee. Ingrid Dahl set it up.", WHEN)
    assert r.contact.name == "Oskar Lindqvist"
    assert r.contact.title == "hiring manager"
    r = extract(
        "Talked with the hiring manager Ingrid Dahl about the opening. She wants a portfolio.",
        WHEN,
    )
    assert r.contact.name == "Ingrid Dahl"
    assert r.contact.title == "hiring manager"


def test_the_contacts_full_name_after_the_title_is_no_other_person() -> None:
    """contact43: the shape contact42's check cost on the development authors' invented
    likes (a contact kept by a first name or a nickname, named in full after the title); a
    next check must keep these titles."""
    for text, name, title in (
        (
            "Met Bernie for coffee today. The director of development, Bernadette Szabo, she "
            "insists on Bernie, runs a team of four at Mahoning Radio. She said grants are "
            "relationships.",
            "Bernie",
            "director of development",
        ),
        (
            "Call with Kasia at Dunmore Tools. The lead CNC instructor, Katarzyna Nowak, trains "
            "customers and staff. She said get the certs.",
            "Kasia",
            "lead CNC instructor",
        ),
    ):
        r = extract(text, WHEN)
        assert (r.contact.name, r.contact.title) == (name, title), text
