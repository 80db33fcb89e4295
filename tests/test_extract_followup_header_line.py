"""A typed recap's first line that is the call's own header ("Subject: ...", "Call (40 min)
w/ ...") yields no follow-up (``followups_header_line.drop_header_items``), through the real
spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_BODY = (
    "\nBackground: she came from retail planning.\n"
    "Next steps: email her the portfolio link by Friday."
)


def test_a_subject_header_with_a_date_is_no_step() -> None:
    text = "Subject: Tomas Reyes - Planning Lead, Kestrel Foods - 01/09 - 40 mins"
    assert _items(text + _BODY) == [("email her the portfolio link by Friday.", "2026-09-04")]


def test_a_call_header_with_its_length_is_no_step() -> None:
    text = "Call (30 min) w/ the Planning Lead at Kestrel Foods (regional grocery chain)"
    assert _items(text + _BODY) == [("email her the portfolio link by Friday.", "2026-09-04")]


def test_a_first_line_step_without_header_marks_stays() -> None:
    text = "Call Tomas Reyes back by Thursday about the planning role."
    got = _items(text + _BODY)
    assert ("Call Tomas Reyes back by Thursday about the planning role.", "2026-09-03") in got
