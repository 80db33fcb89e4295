"""The organisation's run after a cue (company_run.py), as `company_opening` and
`company_named` each ask for it: the same capitalised run for both, and the differences their
keyword arguments name (a unit after the name, a lower-case name closed by a head, a
lower-case recap's bare word, a run cut on "&").

Run on real spaCy docs of the whole pipeline. Every sentence is written for this file, in the
shape of a typed recap's first line; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_run import org_run

_WHEN = datetime(2026, 12, 9, 17, 0)
#: The options `company_opening` reads its opening frame's organisation with.
_OPENING = {
    "hyphened_words": False,
    "may_end_on_join": True,
    "unit_after": False,
    "headed_lower": True,
    "lower_recap_words": False,
}
#: The options `company_named` (and `company_corrected`) read a named organisation with.
_NAMED = {
    "hyphened_words": True,
    "may_end_on_join": False,
    "unit_after": True,
    "headed_lower": False,
    "lower_recap_words": True,
}


def _run_after_cue(text: str, options: dict[str, bool]) -> str | None:
    """The run read from the word after the first "from"/"of" to its sentence's end."""
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, _WHEN)
    j = next(t.i for t in doc if t.lower_ in {"from", "of"}) + 1
    run = org_run(doc, j, doc[j].sent.end, **options)
    return run.text if run is not None else None


@pytest.mark.parametrize(
    ("text", "opening", "named"),
    [
        pytest.param(
            # "the" left off, a lower-case name head kept: both read it alike
            "Met the CEO of the Lowfield Arts foundation for coffee this morning.",
            "Lowfield Arts foundation",
            "Lowfield Arts foundation",
            id="the-and-name-head",
        ),
        pytest.param(
            # "&" inside the name: both read it alike
            "Spoke with a partner from Marlow & Finch about audit work.",
            "Marlow & Finch",
            "Marlow & Finch",
            id="ampersand-inside",
        ),
        pytest.param(
            # the unit after a county's name belongs to it only for company_named
            "Spoke with a planner from Pike County public works, she was great.",
            "Pike County",
            "Pike County public works",
            id="unit-after",
        ),
        pytest.param(
            # a lower-case name closed by a head: only the opening frame reads it
            "Spoke with a guy from the county water authority, he was great.",
            "county water authority",
            None,
            id="headed-lower",
        ),
        pytest.param(
            # a lower-case recap's bare word before a comma: only company_named reads it
            "talked to dana from bridgeline, qa manager there. good call.",
            None,
            "bridgeline",
            id="lower-recap-word",
        ),
        pytest.param(
            # a run that stops on "&": company_named takes it as cut mid-name
            "Spoke with a partner from Marlow & the rest of them about audits.",
            "Marlow &",
            None,
            id="ends-on-join",
        ),
    ],
)
def test_options_say_where_the_two_readings_differ(
    text: str, opening: str | None, named: str | None
) -> None:
    assert _run_after_cue(text, _OPENING) == opening
    assert _run_after_cue(text, _NAMED) == named
