"""contact39 with the real spaCy pipeline: the contact's name said right beside the title the
recap kept (before it past a comma or "he's a", or after it past a comma), where no reading
kept a name (contact_beside)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.contact_beside import named_beside
from debrief.extract.pipeline import extract, extract_doc
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_name_before_the_title_past_a_comma() -> None:
    doc = extract_doc(
        "Talked to someone at the Marsh Creek Clinic, a charge nurse, Philippa Okonkwo-Tate. "
        "She grew up nearby and came back after school."
    )
    got = named_beside(doc, Contact(title="charge nurse", company="Marsh Creek Clinic"))
    assert got.name == "Philippa Okonkwo-Tate"


def test_name_with_particles_before_he_s_a_title() -> None:
    doc = extract_doc(
        "Call with a Delft-trained planner at Arcwell, Joost-Pieter van der Kamp, he's a "
        "planning director there. He moved here at forty."
    )
    got = named_beside(doc, Contact(title="planning director", company="Arcwell"))
    assert got.name == "Joost-Pieter van der Kamp"


def test_labelled_line() -> None:
    doc = extract_doc(
        "BLUF: good fit.\n\nWHO: Verlie Castellanos, Director of Field Services, Tamsin "
        "Water District\nDURATION: 30 min\n\nShe said apply in spring."
    )
    got = named_beside(doc, Contact(title="Director", company="Tamsin Water District"))
    assert got.name == "Verlie Castellanos"


def test_place_or_org_or_word_is_no_name() -> None:
    doc = extract_doc(
        "Okay, a site manager at Brenlow Freight. She said the shifts are long but fair."
    )
    assert named_beside(doc, Contact(title="site manager", company="Brenlow Freight")).name is None
    doc = extract_doc("Talked with someone in Tacoma, a site manager. She said apply early.")
    assert named_beside(doc, Contact(title="site manager")).name is None


def test_a_name_kept_or_no_title_is_left() -> None:
    doc = extract_doc("Odile Marchetti, a site manager. She said apply early.")
    kept = Contact(name="Odile", title="site manager")
    assert named_beside(doc, kept) == kept
    assert named_beside(doc, Contact()) == Contact()


def test_in_the_pipeline() -> None:
    got = extract(
        "Quick recap. Talked to someone at the Tribal Wellness Center in Kyle, a nurse "
        "manager, Winona Two Feathers. She said the clinic needs EMTs who stay.",
        WHEN,
    )
    assert got.contact.name == "Winona Two Feathers"
    assert all(p.name != "Winona Two Feathers" for p in got.people_mentioned)
