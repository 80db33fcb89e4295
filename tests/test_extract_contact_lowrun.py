"""contact41 with the real spaCy pipeline: the contact's name in a recap whose capitals do not
mark names, as the whole recap says it (contact_lowrun): the opening's words and English
words run on after it trimmed, a one-word name finished by the surname said after it, and a
run the recap opens on with no cue before it."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.contact_lowrun import lower_named
from debrief.extract.pipeline import extract, extract_doc
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_one_word_name_finished_by_the_surname_said_after_it() -> None:
    doc = extract_doc(
        "long shift so i called the guy at the depot his name is emeka okonjo he was a line "
        "cook before and he said the pay is better there and the hours are fixed"
    )
    got = lower_named(doc, Contact(name="emeka", title="dispatcher"))
    assert got.name == "emeka okonjo"


def test_surname_with_a_particle() -> None:
    text = (
        "quick one. rosa, no, rosalind, rosalind da costa, buyer for produce at tallgrass "
        "foods. she said i would need to learn margins and she likes the early starts."
    )
    assert lower_named(extract_doc(text), Contact(name="rosalind")).name == "rosalind da costa"
    assert extract(text, WHEN).contact.name == "rosalind da costa"


def test_opening_filler_and_english_words_run_on_are_no_part_of_the_name() -> None:
    doc = extract_doc(
        "ok priyanka venkat from lumora, product lead, she's the one jo mentioned. she said "
        "the roadmap work is most of her week and she likes the team."
    )
    assert lower_named(doc, Contact(name="ok priyanka")).name == "priyanka venkat"
    doc = extract_doc(
        "talked with oren baptiste logistics coordinator at hollow pine freight. he did "
        "eight years in the warehouse first and he said the certificates matter."
    )
    got = lower_named(doc, Contact(name="oren baptiste logistics"))
    assert got.name == "oren baptiste"


def test_uncued_opening_run_is_the_name() -> None:
    text = (
        "marisol quintanilla owner of bright fern bakery small shop in tucson. she started as "
        "a line baker at a hotel and opened her own place after ten years. she said the "
        "mornings are brutal but she loves it. i will send her my resume by friday."
    )
    assert lower_named(extract_doc(text), Contact()).name == "marisol quintanilla"


def test_place_and_day_opening_is_no_name() -> None:
    doc = extract_doc(
        "tucson arizona monday i think. talked to a baker at a hotel, she said the mornings "
        "are brutal and the pay is fine. she said learn costing."
    )
    assert lower_named(doc, Contact()).name is None


def test_cased_recap_or_no_person_spoken_of_is_left() -> None:
    doc = extract_doc(
        "Talked with Emeka Okonjo today. He was a line cook before and he said the pay is "
        "better there. I will send him my resume by Friday."
    )
    assert lower_named(doc, Contact(name="Emeka")).name == "Emeka"
    doc = extract_doc(
        "notes from the depot visit the badge said emeka okonjo they said the pay is better "
        "and the hours are fixed and we toured the yard and the shop floor"
    )
    assert lower_named(doc, Contact(name="emeka")).name == "emeka"
