"""The contact's company where neither answer found one, but the recap places them in one.

Both the rules and the roles model miss some companies said in the plainest way, right beside
the contact's name or title: "the call with dmitri volkov from vantreo", "Wojciech from Mazur
Tool and Die", "lunch with Thandiwe Mokoena from the NTSB's office of aviation safety", "Wynn's
Li Wei Chen", "Dr. Henrik Vos, principal at Vos Akoestiek". Where the combined contact has no
company, an organisation some tagger marks (the rules' mentions, the base model's ORG, the
roles model's ORG or CONTACT_ORG) said right after the name with "from", or owning the name
("X's Name"), is the company. The study is in docs/extraction-history.md, "company16".
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import title_heads
from debrief.extract.org_names import described, display_name, org_mentions
from debrief.extract.roles_company import said
from debrief.extract.roles_spans import SPANS_KEY
from debrief.models import Contact
from debrief.names import company_key, person_key
from debrief.names_spelling import lexicon

#: Words that may stand between "from" and the organisation: "from the NTSB", "from a tiny org,".
_FILLERS = {"the", "a", "an", ","}
#: The base model's tags that make a capitalised run no organisation.
_NOT_ORG_TAGS = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"}
#: How many tokens after the name a correction takes it back.
_TAKEN_BACK = 4
#: How many tokens past "from" the organisation may start.
_REACH = 2
#: The most words an organisation's name holds here.
_MOST_WORDS = 6


def orgs_said(doc: Doc, spans: list[Span]) -> list[tuple[int, int, str]]:
    """(start, end, text) of each organisation some tagger marks in the recap."""
    mentions = org_mentions(doc)
    orgs = [(m.start, m.end, m.name) for m in mentions or []]
    orgs += [(s.start, s.end, s.text) for s in spans if s.label_ in {"ORG", "CONTACT_ORG"}]
    orgs += [(e.start, e.end, e.text) for e in doc.ents if e.label_ == "ORG"]
    return orgs


def usable_company(text: str, name: str) -> bool:
    """An organisation that is not the contact's own name, a given name alone (the taggers
    mark some first names an organisation: "at Ingrid's studio"), nor a description ("office
    of a firm")."""
    words = set(company_key(text).split())
    if not words or words <= set(person_key(name).split()) or described(text):
        return False
    return not (len(words) == 1 and next(iter(words)) in lexicon().given)


def _said_as(text: str) -> str:
    """An organisation's words as said, to find it again: "the NTSB" and "NTSB" alike."""
    return display_name(text).lower()


def org_at(doc: Doc, j: int, orgs: list[tuple[int, int, str]]) -> str | None:
    """The organisation said from token ``j`` on: one tagged there, else the words there that
    a tagger marks as an organisation elsewhere in the recap ("from vantreo", tagged only where
    it is said again), the longest first ("Mazur Tool and Die" over "Mazur")."""
    found = sorted(((e - s, t) for s, e, t in orgs if s == j), reverse=True)
    if found:
        return display_name(found[0][1])
    keys = {_said_as(t) for _, _, t in orgs}
    for n in range(_MOST_WORDS, 0, -1):
        if j + n <= len(doc) and _said_as(doc[j : j + n].text) in keys:
            return display_name(doc[j : j + n].text)
    return None


def _from_after(doc: Doc, name_span: Span, orgs: list[tuple[int, int, str]]) -> str | None:
    """The organisation said right after the name with "from" ("dmitri volkov from vantreo",
    "Dolores Quispe, from Andes Solar Partners", "Mokoena from the NTSB's office")."""
    k = name_span.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "from":
        return None
    j = k + 1
    while j < len(doc) and j - k <= _REACH and doc[j].lower_ in _FILLERS:
        j += 1
    return org_at(doc, j, orgs) or capitalised_run(doc, j, name_span.text)


def capitalised_run(doc: Doc, j: int, name: str) -> str | None:
    """An organisation no tagger marks, said from token ``j`` on in a typed recap: capitalised
    proper nouns ("Vos Akoestiek"), none a place, a date or a person's tag, not only given
    names or the contact's own, no title word, ended by punctuation or a function word."""
    k = j
    while k < len(doc) and k - j < _MOST_WORDS and doc[k].pos_ == "PROPN":
        k += 1
    run = doc[j:k]
    if not len(run) or not all(t.text[:1].isupper() and t.is_alpha for t in run):
        return None
    if k < len(doc) and not (doc[k].is_punct or doc[k].is_stop):
        return None
    own = {w.lower() for w in name.split()}
    if any(t.ent_type_ in _NOT_ORG_TAGS or t.lower_ in title_heads() for t in run):
        return None
    if all(t.lower_ in own or t.lower_ in lexicon().given for t in run):
        return None
    return run.text


def _after_title(doc: Doc, title: str, name: str, orgs: list[tuple[int, int, str]]) -> str | None:
    """The organisation said right after the contact's title with "at" ("principal at Vos
    Akoestiek, his own small firm")."""
    for span in said(doc, title):
        j = span.end
        if j >= len(doc) or doc[j].lower_ != "at":
            continue
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        found = org_at(doc, j, orgs) or capitalised_run(doc, j, name)
        if found and usable_company(found, name):
            return found
    return None


def _owner_before(doc: Doc, name_span: Span, orgs: list[tuple[int, int, str]]) -> str | None:
    """The organisation owning the name, right before it ("Wynn's Li Wei Chen"): one tagged
    there or tagged elsewhere with the same words."""
    s = name_span.start
    if s < 2 or doc[s - 1].lower_ not in {"'s", "'"}:
        return None
    keys = {_said_as(t) for _, _, t in orgs}
    for n in range(min(_MOST_WORDS, s - 1), 0, -1):
        if _said_as(doc[s - 1 - n : s - 1].text) in keys:
            return display_name(doc[s - 1 - n : s - 1].text)
    return None


@lru_cache(maxsize=1)
def _corrections() -> tuple[tuple[str, ...], ...]:
    """The spoken corrections of ``[corrections] markers`` ("no sorry", "wait"), a bare "not"
    left out."""
    markers = contact_patterns()["corrections"]["markers"]
    return tuple(tuple(m.split()) for m in markers if m != "not")


def taken_back(doc: Doc, name_span: Span) -> bool:
    """Whether the speaker takes the name back right after saying it ("Brightwater's Lena,
    no, sorry, wrong one. It was ..."): what is said beside it is not the contact's."""
    words = [t.lower_ for t in doc[name_span.end : name_span.end + _TAKEN_BACK] if t.is_alpha]
    bare = [tuple(w for w in m if w != ",") for m in _corrections()]
    return any(m and tuple(words[: len(m)]) == m for m in bare)


def name_spans(doc: Doc, name: str) -> list[Span]:
    """Where the contact's name is said, whole, and where the said name runs on before it
    ("Li Wei Chen" for the kept "Wei Chen")."""
    out = []
    for span in said(doc, name):
        s = span.start
        while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].text[:1].isupper():
            s -= 1
        out.append(doc[s : span.end])
    return out


def beside_name(doc: Doc, name: str) -> tuple[list[tuple[int, int, str]], list[Span]]:
    """What the company rules read beside the contact's ``name``: the organisations said in
    the recap that can be a company for that name, and where the name is said (not where the
    speaker takes it back: "..., no, sorry, wrong one")."""
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    orgs = [o for o in orgs_said(doc, spans) if usable_company(o[2], name)]
    return orgs, name_said_at(doc, name)


def name_said_at(doc: Doc, name: str) -> list[Span]:
    """Where the contact's ``name`` is said, as :func:`beside_name` gives it, for the rules
    that read no organisation from it: the organisations are the costlier half."""
    return [n for n in name_spans(doc, name) if not taken_back(doc, n)]


def placed_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation the recap places them in beside their name, where
    no company was found (see the module docstring). Run once the name is settled: the
    combination may hold a title for the name until then."""
    if contact.company or not contact.name:
        return contact
    orgs, said_at = beside_name(doc, contact.name)
    for name_span in said_at:
        company = _from_after(doc, name_span, orgs) or _owner_before(doc, name_span, orgs)
        if company:
            return replace(contact, company=company)
    if contact.title:
        company = _after_title(doc, contact.title, contact.name, orgs)
        if company:
            return replace(contact, company=company)
    return contact
