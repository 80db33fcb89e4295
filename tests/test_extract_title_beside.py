"""contact38 with the real spaCy pipeline: the contact's title said right beside their name
(before it, past an organisation and a comma, or after it past a dash or "she's a"), where
no other reading kept one (title_beside)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.pipeline import extract, extract_doc
from debrief.extract.title_beside import title_beside, titled_beside
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)

BEFORE_ORG = (
    "Had a call this morning with the CTO of Brindle Works, a small robotics shop, Odile "
    "Marchetti. She said the hiring is slow but she loves the team."
)

DASH_AFTER = (
    "Velmora Labs call (lab software, Denver)\nw/ Kasimir Oduya - Platform Research Lead. "
    "great chat. he said learn SQL first."
)

ARMY_AFTER = (
    "Spoke with Ottilie Brannock, she's a GS-11 property management specialist at the depot. "
    "She said the pay is steady."
)

IS_NAME = (
    "Brackwater is the startup, five people, and the co-founder is Lazlo Pemberton. He said "
    "the runway is a year."
)

STORY = (
    "Talked to Odile Marchetti about the plant. I was a manager at a warehouse for years. She "
    "said the hiring is slow."
)

PAST = (
    "From Larkspur Press, the print shop, Ines. Ines was a line cook once, then she learned "
    "letterpress. She said the work is slow."
)

POSSESSED = (
    "Spoke to Bertil Vannoy, the co-founder's cousin, about sales. He said the leads are cold."
)


def _title(text: str, name: str) -> str | None:
    return title_beside(extract_doc(text, WHEN), name)


def test_a_title_said_before_the_organisation_and_the_name() -> None:
    assert _title(BEFORE_ORG, "Odile Marchetti") == "CTO"


def test_a_title_said_after_a_dash_in_capitals() -> None:
    assert _title(DASH_AFTER, "Kasimir Oduya") == "Platform Research Lead"


def test_a_graded_title_said_after_the_name() -> None:
    got = _title(ARMY_AFTER, "Ottilie Brannock")
    assert got is not None and got.endswith("property management specialist")


def test_a_title_said_before_is_and_the_name() -> None:
    assert _title(IS_NAME, "Lazlo Pemberton") == "co-founder"


def test_the_speakers_own_job_in_another_sentence_is_no_title() -> None:
    assert _title(STORY, "Odile Marchetti") is None


def test_a_past_job_said_with_was_is_no_title() -> None:
    assert _title(PAST, "Ines") is None


def test_another_persons_title_said_as_a_possessive_is_none() -> None:
    assert _title(POSSESSED, "Bertil Vannoy") is None


def test_a_kept_title_is_not_replaced() -> None:
    doc = extract_doc(BEFORE_ORG, WHEN)
    got = titled_beside(doc, Contact(name="Odile Marchetti", title="engineer"))
    assert got.title == "engineer"


def test_the_whole_pipeline_keeps_the_title_said_before_the_name() -> None:
    got = extract(IS_NAME, WHEN).contact
    assert got.name == "Lazlo Pemberton"
    assert got.title == "co-founder"
