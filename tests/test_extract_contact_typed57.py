"""contact57 with the real spaCy pipeline: typed lower-case notes whose opening names the
contact in shorthand: "w" for "with" without its slash, a clipped title head ("mgr",
"coord") the roles model takes for the name, and a title run on after "mr <surname>"."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.pipeline import extract
from debrief.extract.roles_name import in_title

WHEN = datetime(2026, 12, 8, 18, 0)


def test_w_without_its_slash_introduces_the_contact() -> None:
    contact = extract(
        "call w dana kim, ops mgr at blue pine produce\n- runs the warehouse\n- likes mornings",
        WHEN,
    ).contact
    assert contact.name == "dana kim"
    assert contact.title == "ops mgr"
    assert contact.company == "blue pine produce"


def test_title_run_on_after_a_form_of_address_and_surname() -> None:
    contact = extract(
        "met w mr tanaka plant mgr at sunfield dairy\n- he started on the line\n1 send email",
        WHEN,
    ).contact
    assert contact.name == "tanaka"
    assert contact.title == "plant mgr"
    assert contact.company == "sunfield dairy"


def test_clipped_head_of_the_title_is_no_name() -> None:
    assert in_title("mgr", "ops mgr")
    assert in_title("Coord", "safety coord")
    assert not in_title("dean", "ops mgr")  # a word the title does not hold
    assert not in_title("dana kim", "ops mgr")  # a name of two words
    assert not in_title("mgr", None)


def test_french_heading_word_is_no_name() -> None:
    contact = extract(
        "Appel — Sophie Gagnon, content strategist, Boréal Media\n20/05, 45 min\n\n"
        "She writes guides for clients.",
        WHEN,
    ).contact
    assert contact.name == "Sophie Gagnon"
    assert contact.company == "Boréal Media"


def test_french_call_heading_opens_the_contact() -> None:
    contact = extract(
        "Entretien info - Julien Roy, terminologist, Lexa Group (Québec)\nDate: 17/02. ~20 min"
        "\n\n* 8 years at Lexa",
        WHEN,
    ).contact
    assert contact.name == "Julien Roy"
    assert contact.title == "terminologist"


def test_call_word_the_model_reads_as_the_name_gives_way() -> None:
    contact = extract(
        "Appel avec Karim Benali — recruteur (Talent Partner), Clearwave Labs\n12/08, 30 min. "
        "He hires for support roles.",
        WHEN,
    ).contact
    assert contact.name == "Karim Benali"


def test_lower_case_title_said_before_the_name() -> None:
    contact = extract(
        "talked to dispatcher rosa at big sky freight 20 min\nshe was a driver 6 yrs\n"
        "1 send thank you",
        WHEN,
    ).contact
    assert contact.name == "rosa"
    assert contact.title == "dispatcher"
    assert contact.company == "big sky freight"


def test_a_given_name_that_is_a_title_word_stays_the_name() -> None:
    contact = extract(
        "talked to dean walker at big sky freight 20 min\nhe was a driver 6 yrs", WHEN
    ).contact
    assert contact.name == "dean walker"


def test_a_title_before_an_english_word_is_no_title_before_a_name() -> None:
    contact = extract(
        "ok so the call was with a recruiter type at northwind no not a recruiter a regional "
        "manager of dining services her name is carla mendes she said she started as a cook",
        WHEN,
    ).contact
    assert contact.title != "recruiter"
