"""Whether the name the combination kept is an organisation the recap says as one, and whom
it then names instead (contact31, docs/extraction-history.md, "contact31: an organisation
kept as the contact's name (stop 37)").

Most recaps open on the organisation ("Chagrin Ridge, the village, talked to ...", "the
startup, Sentrix"), and the tagger reads a name it does not know as a person. The census lists
are no evidence here (they hold "Grove", "Parks", "Ridge" as surnames and lack most contacts'
names), so the evidence is how the recap itself says the words:

- described after a comma by an article and an organisation noun (``[orgs]
  apposition_nouns`` and ``of_heads`` of ``pipelines/contact_patterns.toml``): "Chagrin
  Ridge, the village, ..."; not the noun said before the name, which far more often names
  the person after their organisation ("the Monarchs front office, Chidi Okonkwo");
- as part of a longer capitalised name said after "at", "for", "from" or "with" ("from Bright
  Path Solar", "with Westlake Parks and Rec"), or of a company the recap files
  ("Ridgeback" of "Ridgeback Federal Services"); a run of three words or more unless filed
  ("with Kwame Mensah" is a person's name), with no title word or form of address ("with
  Coach Imani Gordon").

A name whose first word is a census given name is never so judged ("Grace Wood"). The
contact is then the person the kept title is said with (:func:`holder_of_title`), or no one;
the organisation becomes the company where there is none.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.contact_holder import holder_of_title
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.doc_arrays import lowers, word_runs
from debrief.extract.lexicon import honorific_forms, title_heads
from debrief.models import Contact, Person
from debrief.names import company_key, person_key
from debrief.names_spelling import lexicon

#: words after a comma after the name that may describe it ("the village", "a tiny startup")
_AFTER = 4
_PREPS = frozenset({"at", "for", "from", "with"})
_JOINS = frozenset({"and", "&", "of"})
#: the phrase after the comma starts so ("the village"; not ", at Cedar Ridge Hospital")
_DETS = frozenset({"the", "a", "an"})


@lru_cache(maxsize=1)
def _org_nouns() -> frozenset[str]:
    orgs = contact_patterns()["orgs"]
    return frozenset(w.lower() for w in [*orgs["apposition_nouns"], *orgs["of_heads"]])


def _apposed(doc: Doc, lows: list[str], i: int, j: int) -> bool:
    """The name at ``i:j`` is followed by a comma and a short phrase ending on an
    organisation noun ("Chagrin Ridge, the village,"). Not the noun before the name: "the
    Monarchs front office, Chidi Okonkwo" names the person after the organisation."""
    nouns = _org_nouns()
    if j + 1 < len(doc) and lows[j] == "," and lows[j + 1] in _DETS:
        k = j + 2
        end = min(len(doc), k + _AFTER)
        while k < end and not doc[k].is_punct and doc[k].pos_ != "ADP":
            if lows[k] in nouns and (k + 1 == len(doc) or doc[k + 1].is_punct):
                return True
            k += 1
    return False


def _run(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """The capitalised run the words at ``i:j`` are said in ("Bright Path Solar", "Westlake
    Parks and Rec")."""

    def cap(k: int) -> bool:
        t = doc[k]
        return t.text[:1].isupper() and t.is_alpha and t.text != "I" and not t.is_sent_start

    start, end = i, j
    while start > 0 and cap(start - 1):
        start -= 1
    while end < len(doc):
        if cap(end):
            end += 1
        elif doc[end].lower_ in _JOINS and end + 1 < len(doc) and cap(end + 1):
            end += 2
        else:
            break
    return start, end


def _in_org_run(doc: Doc, lows: list[str], i: int, j: int, filed: set[str]) -> str | None:
    """The longer name the words at ``i:j`` are part of, where it is said after "at", "for",
    "from", "with" or is a company the recap files."""
    start, end = _run(doc, i, j)
    if (start, end) == (i, j):
        return None
    text = doc[start:end].text
    if lows[start] in lexicon().given:
        return None  # "with Maria Lopez": a person's name run on
    if end - start < 3 and company_key(text) not in filed:
        return None  # "with Kwame Mensah": two words are a person's name as often
    if set(lows[start:end]) & (title_heads() | honorific_forms()):
        return None  # "with Sergeant Major Tuilagi", "with Mr Delacroix": a rank, an address
    before = start - 1 if start > 0 and lows[start - 1] != "the" else start - 2
    if (before >= 0 and lows[before] in _PREPS) or company_key(text) in filed:
        return text
    return None


def org_kept(
    doc: Doc, contact: Contact, spans: list[Span], people: list[Person], companies: list[str]
) -> Contact:
    """``contact`` with another person, or none, where the name kept is an organisation the
    recap says as one (module doc); unchanged otherwise."""
    name = contact.name
    if not name:
        return contact
    key = person_key(name).split()
    if not key or key[0] in lexicon().given:
        return contact
    lows = lowers(doc)
    filed = {company_key(c) for c in [*companies, contact.company or ""] if c}
    org: str | None = None
    for i in word_runs(lows, key):
        j = i + len(key)
        longer = _in_org_run(doc, lows, i, j, filed)
        if longer is not None:
            org = longer
            break
        if _apposed(doc, lows, i, j):
            org = name
            break
    if org is None:
        return contact
    holder = holder_of_title(doc, contact, spans, people)
    company = contact.company or org
    return replace(contact, name=holder, company=company)
