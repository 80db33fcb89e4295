"""Who the contact is, from the whole recap: where the name kept is said as an organisation's
("this one was Hudl. guy named Tyler Nakamura, ... went to Hudl in sales", "Call w/ ICF - ...
Spoke with Lukas Brandt"), the person the recap talks to and about is the contact.

The rules and the model both read the contact in the opening, and both take an organisation
said first for the name when the recap opens on it; the earlier checks of that kind
(``contact_plausible.org_filed_as_name``, ``roles_who.no_person_kept``) ask for an
organisation's word or an English last word in the name and for the model's CONTACT_NAME mark
on the person. Here the evidence is from the whole recap. The name kept is an organisation's:
no census given name, no cue of a person anywhere ("named", "her name is", "talked to", a form
of address before it, "said" after it), and an acronym, an organisation's head word, lower case
where the recap writes names capitalised, or said after "at", "from", "joined", "went to"
somewhere. The person: said by the base model (PERSON) or the roles model (CONTACT_NAME,
MENTIONED), one to three capitalised words or a census given name, and spoken with or about:
each mention of their first name scores a cue before it ("talked to", "spoke with", "named",
"name is", "with the director") or a verb of theirs after it ("Bill said", "Bill was a golf
pro"). The best scored person, not said as who introduced the speaker or as a referral, is the
contact; the name kept before is their company where none was found. See
docs/extraction-history.md, "contact29: the title tied to the contact's name".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from debrief.extract.casing import names_lower
from debrief.extract.contact_plausible import person_like
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import PhraseSet, cue_set, org_name_heads, word_list
from debrief.extract.roles_people import said_as_introducer
from debrief.models import Contact, Person
from debrief.names import person_key
from debrief.names_spelling import lexicon

#: Words right before a name that only a person's takes ("named", a form of address).
_NAMING = frozenset({"named"}) | word_list("forms_of_address")
#: Words right before a person's name that say the speaker talked with them or names them.
_CUES_BEFORE = _NAMING | {
    "to",
    "with",
    "w/",
    "is",
    "was",
    "director",
    "manager",
    "coordinator",
    "owner",
    "guy",
    "woman",
    "lady",
}
#: Words right after a name that make the person its speaker.
_SAYS = frozenset({"said", "says", "told", "thinks"})
#: Words right after a person's name that make them the subject of what the recap tells.
_VERBS_AFTER = _SAYS | {
    "was",
    "is",
    "'s",
    "has",
    "does",
    "runs",
    "likes",
    "loves",
    "came",
    "started",
    "mentioned",
    "explained",
    "ran",
    "works",
}
#: Words before a name that make it a referral ("call Rick Osei", "reach out to").
_REFERRAL_BEFORE = {"call", "email", "contact", "ping", "text", "introduce", "meet"}
#: Phrases said right before a name (``word_lists.toml``; house41): ``who_person_before`` make
#: it a person's ("name is", "talked to"), ``who_org_before`` an organisation's ("at", "went
#: to"), ``who_referral_before`` a referral ("reach out").
_PERSON_BEFORE, _ORG_BEFORE, _REFERRAL_PAIRS = (
    "who_person_before",
    "who_org_before",
    "who_referral_before",
)
#: Span labels of the roles model that name a person.
_PERSON_LABELS = {"CONTACT_NAME", "MENTIONED"}


def _cues(doc: Doc, name: str) -> PhraseSet:
    """The phrases of ``word_lists.toml`` list ``name`` over the doc's vocab (built once)."""
    return cue_set(doc.vocab, _sorted(name))


@cache
def _sorted(name: str) -> tuple[str, ...]:
    return tuple(sorted(word_list(name)))


def _score(doc: Doc, key: list[str], strong_only: bool = False) -> int:
    """How often the name's first word (or the whole name) is said with a cue of a person."""
    lows = lowers(doc)
    strong = _cues(doc, _PERSON_BEFORE)
    first = key[0]
    score = 0
    for i in [i for i, w in enumerate(lows) if w == first]:
        j = i + len(key) if lows[i : i + len(key)] == key else i + 1
        before = lows[i - 1] if i > 0 else ""
        after = lows[j] if j < len(lows) else ""
        if strong_only:
            score += before in _NAMING
            score += after in _SAYS
            score += strong.ends_at(doc, i)
            continue
        score += before in _CUES_BEFORE
        score += after in _VERBS_AFTER
    return score


def _person_shaped(text: str, label: str) -> bool:
    """A census given name first, or one to three capitalised words (no acronym, no
    organisation's head word) the base model tags PERSON or the roles model marks a person."""
    if person_like(text, min_words=1):
        return True
    words = text.split()
    return (
        label in {"PERSON", "CONTACT_NAME", "MENTIONED"}
        and 0 < len(words) <= 3
        and all(w.replace("-", "").isalpha() and w[:1].isupper() and not w.isupper() for w in words)
        and not any(w.lower() in org_name_heads() for w in words)
    )


def _no_person(doc: Doc, lows: list[str], name: str) -> bool:
    """The name kept is an organisation's: no census given name, nothing said of it as of a
    person, and said as an organisation: an acronym ("ICF"), a word of an organisation's
    name, a word in lower case where the recap writes names capitalised, or after "at",
    "from", "joined", "went to" somewhere in the recap."""
    key = person_key(name).split()
    if not key or any(w in lexicon().given for w in key):
        return False
    if _score(doc, key, strong_only=True):
        return False
    words = name.split()
    if not all(w.replace("-", "").replace(".", "").replace("&", "").isalpha() for w in words):
        return False  # "~120 ppl": a misread, not an organisation's name
    if not all(w[:1].isupper() for w in words):
        return not names_lower(doc)  # "xlookup" where the recap writes names capitalised
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return True
    if any(w.lower() in org_name_heads() for w in words):
        return True
    first = key[0]
    org_before = _cues(doc, _ORG_BEFORE)
    return any(org_before.ends_at(doc, i) for i, w in enumerate(lows) if w == first)


def _referred(doc: Doc, key: list[str]) -> bool:
    """The person's first mention is a referral ("she said call Rick Osei")."""
    lows = lowers(doc)
    n = len(key)
    for i in range(len(lows) - n + 1):
        if lows[i : i + n] == key:
            before = lows[max(0, i - 3) : i]
            return any(w in _REFERRAL_BEFORE for w in before) or _cues(
                doc, _REFERRAL_PAIRS
            ).ends_at(doc, i)
    return False


def talked_with(doc: Doc, contact: Contact, spans: list[Span], people: list[Person]) -> Contact:
    """``contact`` with the person the recap talks with and about as its name where the name
    kept is an organisation's (module doc); unchanged otherwise."""
    name = contact.name
    if not name:
        return contact
    lows = lowers(doc)
    if not _no_person(doc, lows, name):
        return contact
    referrals = {person_key(p.name) for p in people if p.relation == "referral"}
    seen: set[str] = {person_key(name)}
    best: tuple[int, int, str] | None = None
    candidates = [e for e in doc.ents if e.label_ == "PERSON"] + [
        s for s in spans if s.label_ in _PERSON_LABELS
    ]
    for s in candidates:
        text = s.text.strip(" ,.'\"")
        key = person_key(text)
        if key in seen or key in referrals or not _person_shaped(text, s.label_):
            continue
        seen.add(key)
        words = key.split()
        if _referred(doc, words) or said_as_introducer(doc, text) is not None:
            continue
        score = _score(doc, words)
        if score and (best is None or (score, -s.start) > best[:2]):
            best = (score, -s.start, text)
    if best is None:
        return contact
    return replace(contact, name=best[2], company=contact.company or name)
