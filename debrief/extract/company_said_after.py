"""The organisation said right after a name or a rejected company, and what makes a run of
words an organisation (its head words).

"Pedro Alvarado. Rogue Bakers Guild, which ...", "(Culinary Dir, Evergreen Table
Hospitality)": a contact's company said right after their name or after the words rejected as
a company. Used by company_kind (a company that is no organisation, replaced) and company_word
(a word of something that employs no one); here, and not in either, so that neither imports the
other. The studies are in docs/extraction-history.md, "company19" and "company25".
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import word_list
from debrief.extract.org_names import org_mentions
from debrief.extract.roles_company import said
from debrief.names import words
from debrief.names_spelling import lexicon


@functools.cache
def org_heads() -> frozenset[str]:
    """Words that make a run an organisation (``[orgs]`` heads, lower-case heads, "of" heads
    and apposition nouns of ``pipelines/contact_patterns.toml``, and the sub-units)."""
    orgs = contact_patterns()["orgs"]
    keys = ("heads", "lower_heads", "of_heads", "apposition_nouns")
    return frozenset(w for k in keys for w in orgs[k]) | word_list("sub_units")


def has_head(company: str) -> bool:
    return any(w in org_heads() for w in words(company))


def _orgs(doc: Doc, spans: list[Span]) -> list[tuple[int, int, str]]:
    """The organisations any tagger marks: the roles model, the rules and the base model."""
    mentions = org_mentions(doc)
    orgs = [(s.start, s.end, s.text) for s in spans if s.label_ in {"ORG", "CONTACT_ORG"}]
    orgs += [(m.start, m.end, m.name) for m in mentions or []]
    return orgs + [(e.start, e.end, e.text) for e in doc.ents if e.label_ == "ORG"]


def _a_first_name(span: Span) -> bool:
    """'30 min, Google Meet. Marcus set it up.': one word, a census given name or tagged a
    person, opening the next sentence is who did something, not an organisation."""
    return len(span) == 1 and (span[0].lower_ in lexicon().given or span[0].ent_type_ == "PERSON")


def org_after(doc: Doc, said_as: str | None, spans: list[Span]) -> str | None:
    """The organisation said right after ``said_as`` (the contact's name or the rejected
    company) and a full stop or comma: "Pedro Alvarado. Rogue Bakers Guild, which ...", "Jo
    Lindqvist. Sunnyside Grocery Cooperative.", "(Culinary Dir, Evergreen Table
    Hospitality)"."""
    if not said_as:
        return None
    orgs = _orgs(doc, spans)
    for place in said(doc, said_as):
        e = place.end
        if e + 1 >= len(doc) or doc[e].text not in {".", ","}:
            continue
        for start, end, text in orgs:
            if start == e + 1 and not _a_first_name(doc[start:end]):
                return text
        # no tagger marks it: a capitalised run holding an organisation's head word
        k = e + 1
        while k < len(doc) and (doc[k].is_title or doc[k].text == "&"):
            k += 1
        if k - e > 2 and has_head(doc[e + 1 : k].text):
            return doc[e + 1 : k].text
    return None
