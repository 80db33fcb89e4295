"""Who the contact is, from the whole recap: where the name kept holds no evidence of a person
("this one was Hudl. guy named Tyler Nakamura", "Chagrin Ridge, the village, talked to the
parks and rec director Bill Hollister ... Bill said", "Call w/ ICF - ... Spoke with Lukas
Brandt"), the person the recap talks to and about is the contact.

The rules and the model both read the contact in the opening, and both take an organisation
said first for the name when the recap opens on it; each earlier check of that kind
(``contact_plausible.org_filed_as_name``, ``roles_who.no_person_kept``) asks for its own
evidence that the name is an organisation (an organisation's word, an English last word) and
for the model's CONTACT_NAME mark on the person. Here the evidence is the other way round and
from the whole recap: the name kept is no person's (no census given name, no cue of a person
anywhere: "named", "her name is", "talked to", a form of address before it, "said" after it),
and a person said in the recap is spoken with or about: each mention of their first name
scores a cue before it ("talked to", "spoke with", "named", "name is", "with the director") or
a verb of theirs after it ("Bill said", "Bill was a golf pro"). The best scored person, not
said as who introduced the speaker or as a referral, is the contact; the name kept before is
their company where none was found. See docs/extraction-history.md, "contact29: the title tied
to the contact's name (stop 35)".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.contact_plausible import person_like
from debrief.extract.lexicon import lowers, org_name_heads
from debrief.extract.roles_people import said_as_introducer
from debrief.models import Contact, Person
from debrief.names import person_key
from debrief.names_spelling import lexicon

#: Words right before a person's name that say the speaker talked with them or names them.
_CUES_BEFORE = {
    "named",
    "to",
    "with",
    "w/",
    "is",
    "was",
    "mr",
    "mr.",
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "dr",
    "dr.",
    "director",
    "manager",
    "coordinator",
    "owner",
    "guy",
    "woman",
    "lady",
}
#: Words right after a person's name that make them the subject of what the recap tells.
_VERBS_AFTER = {
    "said",
    "says",
    "told",
    "was",
    "is",
    "'s",
    "has",
    "does",
    "runs",
    "likes",
    "loves",
    "thinks",
    "came",
    "started",
    "mentioned",
    "explained",
    "ran",
    "works",
}
#: Words before a name that make it a referral ("call Rick Osei", "reach out to").
_REFERRAL_BEFORE = {"call", "email", "contact", "ping", "text", "introduce", "meet"}
#: Span labels of the roles model that name a person.
_PERSON_LABELS = {"CONTACT_NAME", "MENTIONED", "REFERRAL"}


def _score(lows: list[str], key: list[str], strong_only: bool = False) -> int:
    """How often the name's first word (or the whole name) is said with a cue of a person."""
    first = key[0]
    score = 0
    for i in [i for i, w in enumerate(lows) if w == first]:
        j = i + len(key) if lows[i : i + len(key)] == key else i + 1
        before = lows[i - 1] if i > 0 else ""
        after = lows[j] if j < len(lows) else ""
        if strong_only:
            score += before in {"named", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."}
            score += after in {"said", "says", "told", "thinks"}
            score += lows[max(0, i - 2) : i] in (["name", "is"], ["name", "'s"], ["talked", "to"])
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


def _no_person(lows: list[str], name: str) -> bool:
    """The name kept is no person's: no census given name, nothing said of it as of a person."""
    key = person_key(name).split()
    if not key or any(w in lexicon().given for w in key):
        return False
    return _score(lows, key, strong_only=True) == 0


def _referred(lows: list[str], key: list[str]) -> bool:
    """The person's first mention is a referral ("she said call Rick Osei")."""
    n = len(key)
    for i in range(len(lows) - n + 1):
        if lows[i : i + n] == key:
            before = lows[max(0, i - 3) : i]
            return any(w in _REFERRAL_BEFORE for w in before) or before[-2:] == ["reach", "out"]
    return False


_HE, _SHE = {"he", "him", "his", "he's", "himself"}, {"she", "her", "hers", "she's", "herself"}
#: Words after a mention of a name within which its pronoun is read ("Dante Brooks, my QB, he").
_PRONOUN_WINDOW = 12


def _pronoun_of(lows: list[str], key: list[str], others: list[list[str]]) -> str | None:
    """ "he" or "she": the first pronoun said right after a mention of the name's first word,
    before any other person's name or the sentence's end; None where none is."""
    if not key:
        return None
    firsts = {o[0] for o in others if o and o[0] != key[0]}
    for i in [i for i, w in enumerate(lows) if w == key[0]]:
        for x in lows[i + 1 : i + 1 + _PRONOUN_WINDOW]:
            if x in firsts or x == ".":
                break
            if x in _HE or x in _SHE:
                return "he" if x in _HE else "she"
    return None


def _dominant(lows: list[str]) -> str | None:
    """The pronoun the recap is told in: three times as many as the other, at least six."""
    he = she = 0
    for w in lows:
        if w in _HE:
            he += 1
        elif w in _SHE:
            she += 1
    if he >= 6 and he >= 3 * she:
        return "he"
    if she >= 6 and she >= 3 * he:
        return "she"
    return None


def talked_with(doc: Doc, contact: Contact, spans: list[Span], people: list[Person]) -> Contact:
    """``contact`` with the person the recap talks with and about as its name where the name
    kept is no person's, or where the recap is told in one pronoun and the name kept takes the
    other while another person takes it (module doc); unchanged otherwise."""
    name = contact.name
    if not name:
        return contact
    lows = lowers(doc)
    gender: str | None = None
    if not _no_person(lows, name):
        gender = _dominant(lows)
        if gender is None:
            return contact
        # the name kept said with the other pronoun (read to the sentence's end first: the
        # entities, which stop it at another person's name, cost more to build)
        own = person_key(name).split()
        if _pronoun_of(lows, own, []) in {None, gender}:
            return contact
        keys = [person_key(e.text).split() for e in doc.ents if e.label_ == "PERSON"]
        if _pronoun_of(lows, own, keys) in {None, gender}:
            return contact
    referrals = {person_key(p.name) for p in people if p.relation == "referral"}
    seen: set[str] = set()
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
        if key == person_key(name) or _referred(lows, words):
            continue
        if said_as_introducer(doc, text) is not None:
            continue
        if gender is not None:
            others = [person_key(c.text).split() for c in candidates] + [person_key(name).split()]
            if _pronoun_of(lows, words, others) != gender:
                continue
        # the pronoun the recap is told in, said of them, is a cue of its own
        score = _score(lows, words) + (gender is not None)
        if score and (best is None or (score, -s.start) > best[:2]):
            best = (score, -s.start, text)
    if best is None:
        return contact
    if gender is not None:
        return replace(contact, name=best[2])
    return replace(contact, name=best[2], company=contact.company or name)
