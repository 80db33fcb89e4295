"""Typed headings that name an insight's category ("Likes: ...", "Advice: ...", "On mission, ...").

Decides the category a candidate's own heading gives it. A writer's typed heading is a surer
label than the classifier (which took "Likes: ..." for mission_values on author v's notes,
stop 28), so a candidate that opens with a known heading of ``pipelines/insight_headings.toml``
is filed under it; a heading said aloud is read by ``insight_heard.py`` on the same table.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from debrief.extract.insight_sentences import SUBJECT_PRONOUNS
from debrief.extract.lexicon import load_toml


@functools.cache
def heading_categories(table: str = "") -> dict[str, str]:
    """Heading -> category (``pipelines/insight_headings.toml``; ``table="topics"``: the
    topics an "On <topic>, ..." sentence names). A typed heading is looked up here
    (:func:`heading_label`), and a heading said aloud too (``insight_heard.py``)."""
    data = load_toml("insight_headings.toml")
    data = data.get(table, {}) if table else {k: v for k, v in data.items() if k != "topics"}
    return {h: cat for cat, heads in data.items() for h in heads}


#: words dropped before a heading's look-up: "Her advice:", "Jake's path:" (typed here, said
#: aloud in insight_heard.py)
HEADING_OWNERS = frozenset({"her", "his", "their", "the", "my"})


def heading_label(doc: Doc, span: tuple[int, int]) -> str | None:
    """The category a typed note's heading names, when ``span`` opens with one: "Likes:
    homeowners actually listen", "Me: told him I've troubleshot Metasys front ends". The
    writer's own heading is a surer label than the classifier, which took "Likes: ..." for
    mission_values and "Me: told him ..." for nothing on author v's notes (stop 28); the
    heading must be at most five words, followed by a word."""
    s, e = span
    if doc[s].lower_ == "on":
        return _topic(doc, s + 1, e)
    colon = next((k for k in range(s, min(s + 6, e)) if doc[k].text == ":"), None)
    if colon is None or colon == s or not any(t.is_alpha for t in doc[colon + 1 : e]):
        return None
    words = [t.lower_ for t in doc[s:colon]]
    if words[0] in HEADING_OWNERS:
        words = words[1:]
    elif len(words) > 1 and words[1] == "'s":
        words = words[2:]
    return heading_categories().get(" ".join(words).replace(" - ", "-")) if words else None


def _topic(doc: Doc, s: int, e: int) -> str | None:
    """The category of "On [the] <topic> [side]" opening a sentence, when a comma or a
    pronoun subject follows the topic ("On mission, she said ...", "On the culture he was
    honest, ...")."""
    k = s + 1 if s < e and doc[s].lower_ == "the" else s
    for end in range(k + 1, min(k + 4, e)):
        nxt = doc[end]
        if nxt.text == "," or nxt.lower_ in SUBJECT_PRONOUNS or nxt.lower_ == "side":
            words = " ".join(t.lower_ for t in doc[k:end])
            return heading_categories("topics").get(words)
    return None
