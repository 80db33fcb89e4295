"""A name the recap says as an organisation somewhere is no person mentioned (people32).

The tagger reads a firm, a school or a base as a PERSON ("Kroll", "Hochschule Esslingen",
"Gate Gourmet", "Seymour Johnson") and, with no person cue around, the people stage kept it.
One mention seldom tells, but the whole recap often does: where a name is said as a step of
a career or a place of work in any of its mentions ("then Kroll.", "then Hochschule
Esslingen, then 3 yrs in China", "went from hotel kitchens to Gate Gourmet as a sous",
"joined Teralith", "support for Seymour Johnson" is no such step and is left), it names an
organisation. People are said so rarely: on the development authors no labelled person
fills these roles (docs/extraction-history.md, "people32"). A person cue before any
mention, a form of address, or a person's verb right after the name ("X said", "X and I",
"X, who") keeps it a person, whatever the other mentions say.

Decided here: whether one person, kept by the rules of ``people.py`` with every mention
found, is said as an organisation (:func:`said_as_org`). Word lists: ``org_step_verbs``,
``at_not_org``, ``person_verbs_after`` in ``pipelines/word_lists.toml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.tokens import Doc

from debrief.extract.lexicon import word_list

#: what may follow a career step's name: the end, a comma, "as a sous", "for six years"
_STEP_AFTER = {"as", "for", "in", "after", "before", "until", "till", "since", "then"}


def org_role(doc: Doc, s: int, e: int) -> bool:
    """Whether the name at ``s:e`` is said as a step of a career or a place of work."""
    prev = doc[s - 1].lower_ if s > 0 else ""
    nxt = doc[e] if e < len(doc) else None
    if nxt is not None and nxt.lower_ in {"'s", "’s"}:
        return False  # "then Priya's team", "at Dana's": the name owns something
    ends = nxt is None or nxt.is_punct or nxt.lower_ in _STEP_AFTER
    if prev == "then" and ends:
        return True  # "then Big Four audit, then Kroll."
    if prev == "at" and (s < 2 or doc[s - 2].lower_ not in word_list("at_not_org")):
        return True  # "ask at Motion Supply", "a sous at Gate Gourmet"
    if prev == "to" and s >= 2 and ends:
        # "went from hotel kitchens to Gate Gourmet as a sous", "moved over to X"
        head = doc[s - 1].head
        return head.lemma_ in word_list("org_step_verbs") or any(
            doc[k].lower_ == "from" and doc[k].head == head for k in range(max(0, s - 8), s - 1)
        )
    return prev in word_list("org_step_verbs") and doc[s - 1].pos_ == "VERB"  # "joined X"


def _occurrences(orths: Any, mentions: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The mentions found, and every other place the longest one's words are said again
    (``orths``: the recap's ``ORTH`` array, searched whole at C speed)."""
    spans = set(mentions)
    s0, e0 = max(spans, key=lambda m: m[1] - m[0])
    words = orths[s0:e0]
    n = e0 - s0
    for k in numpy.flatnonzero(orths == words[0]).tolist():
        if k + n <= len(orths) and (orths[k : k + n] == words).all():
            spans.add((k, k + n))
    return spans


def said_as_org(
    doc: Doc,
    orths: Any,
    mentions: list[tuple[int, int]],
    cue_before: Callable[[int], bool],
    honorifics: set[str],
) -> bool:
    """Whether the person of ``mentions`` is said as an organisation in the recap and never
    as a person (see the module); ``orths`` is the recap's ``ORTH`` array,
    ``cue_before`` tells a person cue before a start."""
    if not mentions:
        return False
    spans = _occurrences(orths, mentions)
    after = word_list("person_verbs_after")
    for s, e in spans:
        if cue_before(s) or (s > 0 and doc[s - 1].lower_ in honorifics):
            return False
        if e < len(doc) and doc[e].lower_ in after:
            return False  # "Kroll said", "Dana and I", "Dana, who"
        if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in {"who", "whose"}:
            return False
    return any(org_role(doc, s, e) for s, e in spans)
