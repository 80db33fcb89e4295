"""Whether the contact's kept title is a job they held before (``title_tense``, counted over
the development authors): a title said with a past cue or in a clause told in the past with a
time word gives way to the job said as held now, else to none; a title said in the present
perfect, with "now", or of a retired contact stays.

Every recap is written for this file, none copied from a labelled corpus. Each is parsed for
real (``extract_doc``); the kept title is handed in as the combination would keep it, so the
reading is tested apart from what the rules and the model happen to find.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract.pipeline import extract_doc
from debrief.extract.title_tense import title_now, wordless_reread
from debrief.models import Contact

WHEN = datetime(2026, 12, 9, 17, 0)


def _now(text: str, kept: str, name: str = "Oksana Mireles") -> str | None:
    doc = extract_doc(text, WHEN)
    return title_now(doc, Contact(name=name, title=kept, company=None), []).title


def test_a_past_job_with_its_years_is_no_title() -> None:
    text = (
        "Spoke with Oksana Mireles from Tallgrass Legal. She was a court clerk for nine years "
        "before the firm hired her, and she likes the quieter pace."
    )
    assert _now(text, "court clerk") is None


def test_started_as_gives_way_to_the_job_said_now() -> None:
    text = (
        "Oksana Mireles called back. She started as a dock worker at Brannock Freight and "
        "worked her way up to fleet manager over eleven years."
    )
    assert _now(text, "dock worker") == "fleet manager"


def test_now_after_the_past_job_is_the_title() -> None:
    text = (
        "Call with Oksana Mireles. She was a bank teller for three years, now she's a "
        "compliance analyst at Ridgefield Credit Union."
    )
    assert _now(text, "bank teller") == "compliance analyst"


def test_the_present_perfect_is_the_job_held_now() -> None:
    text = (
        "Talked to Oksana Mireles. She's been a product manager at Quillfeather for three "
        "years and says the roadmap work is the best part."
    )
    assert _now(text, "product manager") == "product manager"


def test_a_title_told_in_the_recap_s_past_tense_stays() -> None:
    # the call is told in the past, but no time word ends the job
    text = (
        "Met Oksana Mireles at the fair. She was a compliance analyst at Ridgefield Credit "
        "Union and she gave me great advice about certifications."
    )
    assert _now(text, "compliance analyst") == "compliance analyst"


def test_a_retired_contact_keeps_the_last_job() -> None:
    text = (
        "Oksana Mireles is retired now. But she was the records director at Pellham County "
        "for twenty years, so she knows the hiring side."
    )
    assert _now(text, "records director") == "records director"


def _reread(text: str, kept: str, name: str = "Oksana Mireles") -> str | None:
    doc = extract_doc(text, WHEN)
    return wordless_reread(doc, Contact(name=name, title=kept, company=None), []).title


def test_a_kept_phrase_with_no_title_word_gives_way_to_the_said_title() -> None:
    text = (
        "Call with Oksana Mireles from Harrowgate Clinics, a rural dental practice network. "
        "She's their patient outreach coordinator and she trains the front desk."
    )
    assert _reread(text, "rural dental practice network") == "patient outreach coordinator"


def test_a_wordless_title_right_after_the_name_stays() -> None:
    text = (
        "Talked with Oksana Mireles, plans examiner at the Pellham County building department. "
        "She said the architect she works with reviews everything twice."
    )
    assert _reread(text, "plans examiner") == "plans examiner"


def test_a_job_taken_up_years_ago_is_the_job_held_now() -> None:
    text = (
        "Call with Oksana Mireles. She joined Brannock Freight as a dispatcher two years ago "
        "and she says the night shift is calmer."
    )
    assert _now(text, "dispatcher") == "dispatcher"


def test_just_started_as_is_the_job_held_now() -> None:
    text = (
        "Oksana Mireles just started as a claims adjuster at Pellham Mutual, and she was "
        "happy to talk about the licence exam."
    )
    assert _now(text, "claims adjuster") == "claims adjuster"


def test_then_she_told_me_is_the_call_going_on() -> None:
    text = (
        "Oksana Mireles was the intake coordinator at Pellham Legal Aid, then she told me "
        "about the waitlist and the grant cycle."
    )
    assert _now(text, "intake coordinator") == "intake coordinator"
