"""The people stage's first candidates of a recap, gathered once and read again.

The people stage gathers every candidate name twice a recap: once for the people it files
(``PeopleExtractor._run``) and once for the names the contact's first guess held back
(:func:`~debrief.extract.people_held.held_people`), with the contact's names left out of the
recap's facts. The first steps of the gathering (the tagger's PERSON entities, the lower-case
names after a person cue, the capitalised chunks in a person context) read the doc, the
component's word lists and three facts only: whether the recap is all lower case, each
token's sentence end and the tokens of the strong organisation mentions; the contact's names
are read by the later steps alone. Both gatherings found the same first candidates, the
second at about a sixth of the stage's time (speed2), so the second reads the first's.

What is kept (``doc.user_data``): the component's id, the doc's length and the three facts
the steps read, with a copy of the candidates; another component, a retokenised doc or other
facts gather again.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

#: ``doc.user_data`` key of the first candidates
FIRST_KEY = "debrief_people_first"


def _tie(owner: object, doc: Doc, facts: Any) -> tuple[int, int, bool]:
    return id(owner), len(doc), facts.low


def first_names(owner: object, doc: Doc, facts: Any) -> dict[int, int] | None:
    """A copy of the first candidates gathered for ``doc`` by ``owner`` on the same facts,
    else None."""
    kept = doc.user_data.get(FIRST_KEY)
    if (
        kept is None
        or kept[0] != _tie(owner, doc, facts)
        or kept[1] != facts.sent_end
        or kept[2] != facts.strong_org_tokens
    ):
        return None
    return dict(kept[3])


def keep_first_names(owner: object, doc: Doc, facts: Any, spans: dict[int, int]) -> None:
    """Keep a copy of the first candidates ``spans`` for the next gathering of ``doc``."""
    doc.user_data[FIRST_KEY] = (
        _tie(owner, doc, facts),
        dict(facts.sent_end),
        set(facts.strong_org_tokens),
        dict(spans),
    )
