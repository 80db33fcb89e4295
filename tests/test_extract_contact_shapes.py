"""Contact shapes from recaps by other authors (issue 11), one test per shape, real spaCy.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


def test_first_name_spelled_out_in_full_later() -> None:
    text = (
        "Okay. That was Ottilie, Ottilie Marchetti, and I had to ask twice how to spell it. "
        "She's a senior grants officer at the Harrow Valley Foundation."
    )
    r = extract(text, WHEN)
    assert r.contact.name == "Ottilie Marchetti"
    assert "Ottilie Marchetti" not in _people(text)


def test_nickname_then_full_name() -> None:
    r = extract(
        "So I talked with Theo, Theodora Farrow, who's a shop foreman at Pike Street Motors. "
        "She started sweeping floors there at sixteen.",
        WHEN,
    )
    assert r.contact.name == "Theodora Farrow"


def test_full_name_after_a_company_with_the_same_first_word() -> None:
    r = extract(
        "The person I talked to, Florence, she's a bookkeeper at a firm called Florence "
        "Ledger Partners, which she finds funny. Her full name is Florence Adeyemi.",
        WHEN,
    )
    assert r.contact.name == "Florence Adeyemi"


def test_spoken_correction_of_the_name() -> None:
    r = extract(
        "Right, that went well. Marta, no, it's Martina, Martina Kowalczyk, a data steward "
        "at the Lakeshore Transit Authority. She used to teach chemistry.",
        WHEN,
    )
    assert r.contact.name == "Martina Kowalczyk"


def test_heading_organisation_is_not_the_name() -> None:
    text = (
        "Debrief, Bellwether Science Museum, again, a different person this time. "
        "This time it was Cosmin Varga, an exhibit fabricator in the workshop."
    )
    r = extract(text, WHEN)
    assert r.contact.name == "Cosmin Varga"
    assert "Bellwether Science Museum" in r.companies_mentioned
    assert not _people(text) & {"Cosmin Varga", "Bellwether Science Museum"}


def test_rank_before_the_name() -> None:
    r = extract(
        "Talked with Capt. Lorna Pettigrew, retired, she's now the operations director at "
        "Greyline Freight. She flew cargo for twenty years.",
        WHEN,
    )
    assert r.contact.name == "Lorna Pettigrew"


def test_description_without_a_name_does_not_end_the_search() -> None:
    r = extract(
        "Well, that was a pleasant hour. Benedetta Luongo, a nurse who is now a clinical "
        "trainer at Orchard Health Partners. She teaches the new graduate cohort.",
        WHEN,
    )
    assert r.contact.name == "Benedetta Luongo"
    assert r.contact.company == "Orchard Health Partners"


def test_name_after_with_in_a_long_sentence() -> None:
    r = extract(
        "Phew. The dog would not stop barking. So that one ran long, we went for almost an "
        "hour, like fifty minutes, with Rosalind Achterberg. "
        "She's the head of volunteer services at Mercy Ridge.",
        WHEN,
    )
    assert r.contact.name == "Rosalind Achterberg"


def test_sentence_opening_with_called() -> None:
    r = extract(
        "Notes. Late start, my laptop died. "
        "Called Desmond Oyelaran, senior buyer at Tallgrass Outfitters, Omaha. "
        "He came up through the stockroom.",
        WHEN,
    )
    assert r.contact.name == "Desmond Oyelaran"
    assert r.contact.company == "Tallgrass Outfitters"


def test_named_later_in_the_same_sentence_after_a_description() -> None:
    r = extract(
        "I'm tired. The call was with the head of data at a small fintech, um, Coinvale, "
        "she's called Ingrid. Ingrid Solberg. She was a physicist before.",
        WHEN,
    )
    assert r.contact.name == "Ingrid Solberg"
    assert r.contact.title == "head of data"


# ---------------------------------------------------------------- the contact's company


def test_company_named_after_its_description() -> None:
    r = extract(
        "Talked to Henrietta Vos, she's a process engineer at a Belgian-owned plant here in "
        "Ohio, Kestrel Polymers. Twenty minutes. She started on the line.",
        WHEN,
    )
    assert r.contact.company == "Kestrel Polymers"
    assert "Belgian" not in r.companies_mentioned


def test_company_described_before_the_name() -> None:
    r = extract(
        "So I talked to the volunteer manager at a small river museum, the Tamsin Ferry "
        "Museum in Ohio. Her name is Gwendolyn. She was a park ranger before.",
        WHEN,
    )
    assert r.contact.name == "Gwendolyn"
    assert r.contact.company == "Tamsin Ferry Museum"


def test_acronym_company_after_a_description() -> None:
    r = extract(
        "Quick recap of the call with Obadiah Nwankwo, head of pricing at the Ghana arm of "
        "an insurer, QBE Ghana, in Accra. He trained as an actuary.",
        WHEN,
    )
    assert r.contact.company == "QBE Ghana"


def test_company_joined_by_and() -> None:
    r = extract(
        "Notes. I talked with Perpetua Osei, a tax manager at Hargrove and Finch. She started "
        "in audit and moved over after three years.",
        WHEN,
    )
    assert r.contact.company == "Hargrove and Finch"


def test_capitalised_title_words_are_not_the_company() -> None:
    r = extract(
        "Call notes: Oskar Lindqvist, Senior Manager, Audit Innovation for Brannock Partners, "
        "he covers the Baltic clients from Riga.",
        WHEN,
    )
    assert r.contact.company == "Brannock Partners"


def test_possessive_company_names() -> None:
    owned = extract(
        "Call notes: Ines Kovacs, senior analyst at Brightwater Holdings Group's Tessel. She "
        "came from a bank.",
        WHEN,
    )
    assert owned.contact.company == "Tessel"
    unit = extract(
        "I spoke with Rufus Adeyemi, the director of the Lakemont County Department of "
        "Transportation's bridge inspection unit. He was an engineer first.",
        WHEN,
    )
    assert unit.contact.company == "Lakemont County Department of Transportation"


def test_heading_organisation_with_and() -> None:
    r = extract(
        "Debrief, Harlow Department of Parks and Recreation call. Spoke with Imogen Tate, a "
        "recreation supervisor. She coached swimming for ten years.",
        WHEN,
    )
    assert r.contact.company == "Harlow Department of Parks and Recreation"


# ---------------------------------------------------------------- lower-case transcripts


def test_lowercase_of_names() -> None:
    r = extract(
        "okay so i talked to marguerite she's a grants analyst at the city of duluth and she "
        "used to teach music she said the budget cycle runs her whole year",
        WHEN,
    )
    assert r.contact.company == "city of duluth"


def test_lowercase_company_called() -> None:
    r = extract(
        "um so i had the call with ignatius he's a service writer at a small garage called "
        "wrenchworks auto in dayton he was a mechanic for twelve years",
        WHEN,
    )
    assert r.contact.company == "wrenchworks auto"


def test_lowercase_company_before_the_name() -> None:
    r = extract(
        "so that was the man from the museum of the great lakes in toledo his name is "
        "bartholomew and he's the collections manager he was a diver before",
        WHEN,
    )
    assert r.contact.company == "museum of the great lakes"


def test_lowercase_spoken_correction_of_the_company() -> None:
    r = extract(
        "ok notes from the call with solveig from pinecrest bank no sorry she left she's at "
        "harborview credit union now she's a loan officer she started as a teller",
        WHEN,
    )
    assert r.contact.company == "harborview credit union"


def test_lowercase_generic_place_is_no_company() -> None:
    r = extract(
        "so i talked with cornelius he's a clerk at the county records office and he likes "
        "the quiet he said the pay is fine",
        WHEN,
    )
    assert r.contact.company is None


# ---------------------------------------------------------------- the contact's title


def test_current_title_after_an_earlier_one() -> None:
    r = extract(
        "Okay, that went well. Solenne Marchetti, a paramedic who's now an emergency "
        "management planner at Riverside County. She still rides along sometimes.",
        WHEN,
    )
    assert r.contact.title == "emergency management planner"
    turned = extract(
        "That was Caspian Holt, a chemistry teacher turned data analyst at Fernhill "
        "Analytics in Boise.",
        WHEN,
    )
    assert turned.contact.title == "data analyst"


def test_description_in_the_sentence_before_the_name() -> None:
    r = extract(
        "So that was the collections manager at a small maritime museum, the Pell Harbor "
        "Museum. Her name is Ysolde. She started as a volunteer.",
        WHEN,
    )
    assert r.contact.name == "Ysolde"
    assert r.contact.title == "collections manager"


def test_trade_and_museum_titles() -> None:
    r = extract(
        "Debrief, Lakeside Museum of Art. Talked with Anselm Koenig, a preparator. He hangs "
        "the shows and builds the crates.",
        WHEN,
    )
    assert r.contact.title == "preparator"


def test_place_after_the_company_is_not_another_company() -> None:
    r = extract(
        "Notes. Called Perpetua Vance, senior buyer at Harlowe Outfitters, Denver, Colorado. "
        "She started in the stockroom.",
        WHEN,
    )
    assert r.contact.company == "Harlowe Outfitters"
    assert not {"Denver", "Colorado"} & set(r.companies_mentioned)


def test_capitalised_title_between_commas_is_not_the_company() -> None:
    r = extract(
        "Notes on Tobiah Quarles, Landscape Designer, Fenwick Rowe Studio, Denver. He was a "
        "high school art teacher for six years.",
        WHEN,
    )
    assert r.contact.title == "Landscape Designer"
    assert r.contact.company == "Fenwick Rowe Studio"
    assert "Fenwick Rowe Studio" not in _people(
        "Notes on Tobiah Quarles, Landscape Designer, Fenwick Rowe Studio, Denver."
    )


def test_lower_case_company_name_in_a_typed_recap() -> None:
    r = extract(
        "The call was with Halvard Stene, he's a foreman at bluepeak roofing, a small outfit. "
        "He started as a laborer.",
        WHEN,
    )
    assert r.contact.company == "bluepeak roofing"
    generic = extract(
        "Talked with Odile Fontaine, a nurse at the hospital. She works nights.", WHEN
    )
    assert generic.contact.company is None


# ---- spoken-path shapes from Whisper transcripts (people2, session 20)


def test_misheard_heading_word_is_not_an_organisation_and_heading_names_the_company() -> None:
    text = (
        "De Brief, Westbrook Dental Call, Talk with Ilse Varga, a hygienist who moved into "
        "office management. She said the schedules are brutal."
    )
    r = extract(text, WHEN)
    assert r.contact.company == "Westbrook Dental"
    assert "De Brief" not in r.companies_mentioned
    assert "Talk" not in _people(text)


def test_misheard_heading_then_lower_case_first_word_of_the_organisation() -> None:
    r = extract(
        "To brief, northern Plains Legal Aid, talked with Corwin Bale, a staff attorney. He "
        "said the caseload never lets up.",
        WHEN,
    )
    assert r.contact.name == "Corwin Bale"
    assert r.contact.company == "Northern Plains Legal Aid"


def test_long_institution_possessive_gives_the_unit_without_s() -> None:
    # the labelled corpora file "the City of Boston's Department of X" under the unit; a long
    # owner name must not cut the unit short ("Community" alone) or keep the "'s"
    r = extract(
        "Debrief, call with Ansel Pike, an analyst at the Travis County Department of Public "
        "Health's Chronic Disease Unit. He said the data work is steady.",
        WHEN,
    )
    assert r.contact.company == "Chronic Disease Unit"
    assert not any("'s" in c for c in r.companies_mentioned)


def test_capitalised_title_before_at_is_not_the_company() -> None:
    r = extract(
        "Debrief, Ravi Anand, Partner Success Manager at Quillbay, the invoicing startup. He "
        "said most of the job is onboarding calls.",
        WHEN,
    )
    assert r.contact.company == "Quillbay"
    assert "Partner Success" not in r.companies_mentioned


def test_institution_possessive_with_a_one_word_unit_stays_one_name() -> None:
    r = extract(
        "Call with Dario Wexley, an investigator at the Lake County Public Defender's Office. "
        "He said the caseload is heavy.",
        WHEN,
    )
    assert r.contact.company == "Lake County Public Defender's Office"


def test_misheard_heading_word_is_never_the_contacts_name() -> None:
    r = extract(
        "Deep Reef, Harlow Parks call. The ranger was great, Bettina, she's been there nine "
        "years. Bettina said seasonal jobs open in March.",
        WHEN,
    )
    assert r.contact.name != "Deep Reef"
    assert r.contact.company == "Harlow Parks"
