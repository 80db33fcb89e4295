"""The contact's company where none was read: the organisation the recap says beside them.

Every other company rule reads a shape ("at <Org>", "<Org> - Name", a listed line); where none
fits, the contact is filed without a company though the recap names the organisation in the
contact's own sentence or as the call's subject: "recap of the <Org> call. <Name>, he's an
account director", "So <Org>, they make ..., and I talked to <Name>", "<Name> <Org> he is
presales director there" (run on, unpunctuated: the name is cut off), "<Name>, he's a research
nurse at the Phase One unit at <Org>". The organisations the contact stage read (and the
model's ORG and CONTACT_ORG spans) are there; only the choice is missing. Here, where no
company was filed, the first organisation said in the sentence that first names the contact or
first says their title, or said in the recap's first sentence before a call word ("<Org>
call"), is the company, unless it is said as their past
(:func:`~debrief.extract.roles_company.past_cue`: "was a nurse at X", "before") or a few words
after the speaker's own ("my", "our"), is a place or a person by the base model or among the
people read, holds a word of the contact's name or a title or rank word, is lower case only (a
unit: "the housing department"), a short acronym ("MSL", "PK"), a department, credential or
phase (``company_word.no_employer``), two names said unsure ("Tran or Trinh"), a label before
a colon ("Present:"), or is listed in ``not_companies.txt``. Where the contact's sentence says
they work on their own ("a freelance designer", ``on_their_own`` of ``word_lists.toml``), none
is filed. The study is in docs/extraction-history.md, "contact49".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.company_word import no_employer
from debrief.extract.contact_worded import initialled
from debrief.extract.lexicon import call_words, load_lines, title_or_rank_words, word_list
from debrief.extract.org_names import display_name, org_mentions
from debrief.extract.roles_company import past_cue, said
from debrief.models import Contact
from debrief.names import company_key, person_key

#: The base model's tags for no organisation: a place, a person, a nationality, a date.
_NOT_ORG_TAGS = {"GPE", "LOC", "PERSON", "NORP", "DATE", "TIME", "CARDINAL", "FAC"}
#: How many words before a mention are read for a past cue ("was a nurse at ...").
_PAST_WINDOW = 8
#: The speaker's words: an organisation said a few words after one is the speaker's own.
_SPEAKER = {"my", "our", "i", "me", "we", "us"}
#: How many words before a mention are read for the speaker's words.
_SPEAKER_WINDOW = 4
#: The most letters of an all-capitals organisation left alone ("MSL", "OSHA", "PK").
_SHORT_ACRONYM = 4


@lru_cache(maxsize=1)
def _not_companies() -> frozenset[str]:
    return frozenset(company_key(line) for line in load_lines("not_companies.txt") if line.strip())


def _anchor_sentences(doc: Doc, contact: Contact) -> list[Span]:
    """The sentences that first say the contact's name and their title: where a recap says
    whom the call was with."""
    out: list[Span] = []
    for text in (contact.name, contact.title):
        first = next(iter(said(doc, text)), None) if text else None
        if first is not None and first.sent not in out:
            out.append(first.sent)
    return out


def _call_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention in the recap's first sentence is said as the call's subject ("recap
    of the <Org> call", "<Org> chat today"): a call word right after it. An organisation the
    opening says otherwise may be the speaker's own ("after my shift at <Org>")."""
    first = next(iter(doc.sents), None)
    if first is None or end > first.end or end >= len(doc):
        return False
    return doc[end].lower_ in call_words()


def _name_cut(name: str, contact: Contact) -> str:
    """The organisation without the contact's full name it runs on from ("<Name> <Org> he is
    presales director there": the tagger reads them as one organisation)."""
    full = (contact.name or "").split()
    words = name.split()
    if (
        len(full) >= 2
        and len(words) > len(full)
        and [w.lower() for w in words[: len(full)]] == [w.lower() for w in full]
    ):
        return " ".join(words[len(full) :]).lstrip(" ,-\u2013\u2014")
    return name


def _refused(doc: Doc, mention: Span, name: str, contact: Contact) -> bool:
    """Whether a mention is no candidate (see the module docstring)."""
    words = [t for t in mention if t.is_alpha]
    if not words or "/" in name or initialled(name):
        return True
    # lower case only: a unit or a description ("the housing department"); a lower-case
    # recap's organisations are left to the rules that read them
    if not any(w[:1].isupper() for w in name.split()):
        return True
    # "Tran or Trinh": a name said unsure between two, no organisation
    if "or" in name.split() or (mention.start and doc[mention.start - 1].lower_ == "or"):
        return True
    if no_employer(doc, name) or any(w.lower() in title_or_rank_words() for w in name.split()):
        return True
    # "Present: AF; myself.": a note's label before its colon
    if mention.end < len(doc) and doc[mention.end].text == ":":
        return True
    key = company_key(name)
    if not key or key in _not_companies():
        return True
    letters = "".join(t.text for t in words)
    if len(words) == 1 and letters.isupper() and len(letters) <= _SHORT_ACRONYM:
        return True
    if all(t.ent_type_ in _NOT_ORG_TAGS for t in words):
        return True
    # "Nkosi-Reyes" of "Thandiwe Nkosi-Reyes": a piece of the contact's name
    name_words = {w.lower().strip(".,()@") for w in (contact.name or "").split()}
    name_words |= {p for w in name_words for p in w.split("-")}
    if any(w.lower().strip(".,") in name_words for w in name.replace("-", " ").split()):
        return True
    sent = mention.sent
    lo = max(sent.start, mention.start - _PAST_WINDOW)
    before = [t.lower_ for t in doc[lo : mention.start]]
    if any(past_cue(before, k) for k in range(len(before))):
        return True
    # "after my shift at <Org>", "our rep from <Org>": the speaker's own organisation
    return any(w in _SPEAKER for w in before[-_SPEAKER_WINDOW:])


def mentioned_company(
    doc: Doc, contact: Contact, spans: list[Span], people: Sequence[str] = ()
) -> Contact:
    """The contact with the organisation said in the recap's opening or the contact's own
    sentence as the company, where none was filed (see the module docstring)."""
    if contact.company:
        return contact
    found = [(doc[m.start : m.end], m.name) for m in org_mentions(doc)]
    found += [(s, display_name(s.text)) for s in spans if s.label_ in {"ORG", "CONTACT_ORG"}]
    sents = _anchor_sentences(doc, contact)
    if any(t.lower_ in word_list("on_their_own") for s in sents for t in s):
        return contact  # "a freelance brand designer": no organisation employs them
    # a name the rules or the model read as a person is no sure organisation
    persons = {person_key(p) for p in people}
    best: tuple[int, str] | None = None
    for mention, text in found:
        name = _name_cut(text, contact)
        if _refused(doc, mention, name, contact) or person_key(name) in persons:
            continue
        # the first place it is said in the opening or the contact's sentence (the tagger
        # may have read only a later mention: "recap of the Edelman call" tagged a nationality)
        at = [
            m.start
            for m in said(doc, name)
            if any(s.start <= m.start and m.end <= s.end for s in sents)
            or _call_subject(doc, m.start, m.end)
        ]
        if at and (best is None or min(at) < best[0]):
            best = (min(at), name)
    return replace(contact, company=best[1]) if best else contact
