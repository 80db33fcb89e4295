"""The contact's company read against the whole recap: a company the recap says is someone
else's, or a past shared with the speaker, gives way to the organisation the recap places the
contact at now.

The rules settle the company from the introduction, and the introduction of a referral often
names the organisation of the person who set the call up, or of a past the speaker shares
with the contact, before the contact's own: "a referral from Miriam at Hillel, she said call
Yosef Adler ... Yosef is the development associate at JFS", "the guy Brendan from Kettle
Moraine Controls told me about ... Pete owns Northpoint Controls", "we were at stewart
together ... he's a logistics management specialist at Army Sustainment Command". Read over
the whole recap, each place the settled company is said is evidence for or against it:
- another person's: right after a name that is not the contact's, with "at", "from", "of" or
  "with" ("Miriam at Hillel", "Brendan, from Kettle Moraine Controls");
- the past the speaker shares with the contact ("we were at stewart together"), or one the
  contact left ("she left Brightline last year"). A past said of the contact alone ("she
  used to run education at the museum") is no evidence: authors label a retired contact's
  last organisation.
Only where every place is evidence against it, and the recap places the contact at another
organisation in the present ("at", "for", "owns", "runs" or "joined" right before the
organisation, and reading back from that word, the contact's name or "he"/"she"/"they" before
any past cue or verb in the past, other person's name or possessive: "she played volleyball
at UCF", "ask him about his wife's cousin at GSA" place no contact), is that organisation the
company, spelled out where an acronym is ("at JFS, Jewish Family Service of ..."). A company
said once neutrally (a heading, "Deepa from Tandem Health") is kept: evidence against it has
to be all there is. The study is in docs/extraction-history.md, "company24".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from debrief.extract.casing import initials
from debrief.extract.company_placed import beside_name, org_at, usable_company
from debrief.extract.contact_described import spelled_out
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import cue_set, word_list
from debrief.extract.org_names import OrgMention, org_mentions
from debrief.extract.roles_company import said
from debrief.models import Contact
from debrief.names import company_key
from debrief.names_spelling import lexicon

#: Words between another person's name and their organisation ("Miriam at Hillel").
_OF_PERSON = {"at", "from", "of", "with"}
#: Words that may stand between such a word and the organisation ("from the SLA").
_FILLERS = {"the", "a", "an"}
#: The speaker with the contact, or the contact leaving: "we were at stewart together"
#: (``shared_past_cues`` of ``word_lists.toml``, :func:`shared_said`), "she left Brightline".
_LEFT = {"left", "quit"}
#: Words right before an organisation that place the contact there ("associate at JFS",
#: "Pete owns Northpoint Controls", "she joined Acme").
_PLACING = {"at", "for", "owns", "runs", "joined"}
#: Words of a sentence that speak of the contact without the name.
_PRONOUNS = {"he", "she", "they", "he's", "she's", "they're"}
#: Words that put what follows in the past ("she was a nurse at", "he left Acme for").
_PAST = {"was", "were", "used", "former", "formerly", "previously", "left", "before", "ex"}
#: Words that bring a sentence back to the present.
_NOW = {"now", "currently", "today", "nowadays"}
#: The longest acronym read as one ("JFS", "NATCA").
_ACRONYM = 6
#: How many words before an organisation the speaker's shared past may be said.
_SHARED_WINDOW = 4


def other_persons(doc: Doc, span: Span, own: set[str]) -> bool:
    """Whether ``span`` is said as another person's organisation: "Miriam at Hillel",
    "Brendan, from Kettle Moraine Controls" (a given name or a person's tag before the
    preposition, not a word of the contact's name)."""
    j = span.start - 1
    while j >= 0 and doc[j].lower_ in _FILLERS:
        j -= 1
    if j < 1 or doc[j].lower_ not in _OF_PERSON:
        return False
    j -= 1
    if j >= 1 and doc[j].text == ",":
        j -= 1
    person = doc[j]
    if not person.text[:1].isupper() or person.lower_ in own:
        return False
    return person.ent_type_ == "PERSON" or person.lower_ in lexicon().given


def _shared_past(doc: Doc, span: Span) -> bool:
    """Whether the speaker says ``span`` as a past shared with the contact ("we were at
    stewart together"), or as one the contact left ("she left Brightline")."""
    lo = max(span.sent.start, span.start - _SHARED_WINDOW)
    words = lowers(doc)[lo : span.start]
    if words and words[-1] in _LEFT:
        return True
    return shared_said(doc, lo, span.start)


@cache
def _shared_cues() -> tuple[str, ...]:
    return tuple(sorted(word_list("shared_past_cues")))


def shared_said(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the speaker says a past shared with the contact ("we were", "i was") whole
    inside ``doc[lo:hi]`` (house41: the per-doc phrase matcher, where each pair of words was
    compared)."""
    return cue_set(doc.vocab, _shared_cues()).within(doc, lo, hi)


def _against(doc: Doc, company: str, own: set[str]) -> bool:
    """Whether every place the recap says ``company`` is evidence it is not the contact's
    present organisation (see the module docstring)."""
    spans = list(said(doc, company))
    if not spans:
        return False
    return all(other_persons(doc, s, own) or _shared_past(doc, s) for s in spans)


def _past_verb(tok: Token) -> bool:
    """Whether ``tok`` is a verb in the past ("she played volleyball at UCF")."""
    return tok.pos_ in {"VERB", "AUX"} and "Past" in tok.morph.get("Tense", [])


def _contacts_clause(doc: Doc, low: list[str], start: int, k: int, own: set[str]) -> bool:
    """Whether the placing word at ``k`` is said of the contact in the present: reading back
    from it, the contact's name or a pronoun comes before any past cue or verb in the past
    ("she played volleyball at UCF", "he said look at CXPA"), any other person's given name,
    and any possessive ("ask him about his wife's cousin at GSA": the cousin is placed
    there). A "now" read on the way back puts the clause in the present again. Read only at a
    placing word, not at every token."""
    now = False
    for i in range(k - 1, start - 1, -1):
        word = low[i]
        if word in own or word in _PRONOUNS:
            return True
        now = now or word in _NOW
        if _breaks_clause(doc, word, i, now):
            return False
    return False


def _breaks_clause(doc: Doc, word: str, i: int, now: bool) -> bool:
    """Whether token ``i`` (lower-case ``word``) read back from a placing word puts it out of
    the contact's present: the past (unless "now" came after it), a possessive, or another
    person's capitalised given name."""
    if not now and (word in _PAST or _past_verb(doc[i])):
        return True
    if word in {"'s", "’s"} and doc[i].pos_ == "PART":
        return True
    return word in lexicon().given and doc[i].text[:1].isupper()


def _of_contact(words: list[str], own: set[str]) -> bool:
    """Whether a sentence's words speak of the contact: a word of the name or a pronoun."""
    return any(w in own or w in _PRONOUNS for w in words)


def _placed_now(doc: Doc, company: str, name: str, own: set[str]) -> str | None:
    """The first organisation, other than ``company``, the recap places the contact at in the
    present (see the module docstring)."""
    orgs, _ = beside_name(doc, name)
    if not orgs:
        return None
    low = lowers(doc)
    key = company_key(company)
    for sent in doc.sents:
        words = low[sent.start : sent.end]
        if not _of_contact(words, own):
            continue
        for k in range(sent.start, sent.end - 1):
            if low[k] not in _PLACING or not _contacts_clause(doc, low, sent.start, k, own):
                continue
            j = k + 1
            while j < sent.end and low[j] in _FILLERS:
                j += 1
            found = org_at(doc, j, orgs)
            if not found or not usable_company(found, name) or company_key(found) == key:
                continue
            if any(other_persons(doc, s, own) for s in said(doc, found)):
                continue  # "Lakshmi from Optum": someone else's too
            return found
    return None


def _spelled_after(doc: Doc, found: str, mentions: list[OrgMention]) -> str:
    """The whole name said right after an acronym, after a comma, as a mention whose words'
    initials begin with it or it with them ("at JFS, Jewish Family Service of Greater
    Springfield", a place's initial left out of the acronym or the name as the rules hold it);
    ``found`` where there is none (`contact_described.spelled_out` reads exact initials)."""
    if not found.isupper() or not 2 <= len(found) <= _ACRONYM:
        return found
    for span in said(doc, found):
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        for m in mentions:
            if m.start != span.end + 1:
                continue
            caps = initials(m.name)
            if len(caps) >= 2 and (caps.startswith(found) or found.startswith(caps)):
                return m.name
    return found


def evidenced_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation the recap places them at now as the company, where
    every place the settled company is said makes it someone else's or the past (see the
    module docstring)."""
    if not contact.company or not contact.name:
        return contact
    own = {w.lower() for w in contact.name.split()}
    if not _against(doc, contact.company, own):
        return contact
    found = _placed_now(doc, contact.company, contact.name, own)
    if found is None:
        return contact
    mentions = list(org_mentions(doc))
    return replace(contact, company=spelled_out(_spelled_after(doc, found, mentions), mentions))
