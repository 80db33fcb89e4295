"""The organisation the recap opens on, said before the contact's name as whom they are with.

Many recaps say who the contact works for before saying who they are: "the guy from the CDC
foundation, ah, Rahul Iyer", "This one was from the state parks foundation, Ayelet ...",
"the supply chain director at Hollow Oak Brewing Company, and ... his name ...", "the CEO of
Quiet Room, a four-person startup, Anouk de Vries". The rules that read beside the name then
take a later organisation (a past employer, a school, a programme) or none. Where such an
opening frame comes before the name's first mention (in that sentence or the one before it),
the opening's organisation is the company where none was found, or where the one found is
said after the name as where the contact was before ("he was a nurse ... did an MPH at
Emory"), not before the name. The frame is "from", "at" or "of" right after a person noun
("guy", "people") or a title head ("director at", "CEO of"), or "from" opening the sentence
or after "was". The study is in docs/extraction-history.md,
"company21".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_before import an_org
from debrief.extract.company_placed import name_said_at, taken_back
from debrief.extract.company_run import org_run
from debrief.extract.doc_arrays import doc_text, lowers
from debrief.extract.lexicon import title_heads
from debrief.extract.org_names import display_name
from debrief.models import Contact

#: Nouns for the person before "from"/"at" ("the guy from X", "two people from X").
_SOMEONE = {"guy", "woman", "man", "lady", "person", "someone", "somebody", "folks", "people"}
#: Words before an opening "from" that still say whom the call was with ("this one was
#: from X", "okay so from X, ...").
_OPENERS = {"was", "so", "okay", "ok", "um", "uh"}
#: Words before the company found that place the contact there in the past ("was a nurse
#: ... at Emory", "a former designer at ..."): a past employer, which the opening outranks.
_PAST = {"was", "were", "former", "formerly", "used", "did", "before", "then", "previously"}
_PAST |= {"had", "after", "ex", "retired"}
#: How many words before the company found are read for a past cue.
_PAST_WINDOW = 8


def _framed(doc: Doc, low: int, high: int) -> list[Span]:
    """Each organisation said after an opening frame between ``low`` and ``high``."""
    words = lowers(doc)
    runs = []
    for i in range(low, high - 1):
        word = words[i]
        if word not in {"from", "at", "of"}:
            continue
        before = words[i - 1] if i > low else ""
        by_person = before in _SOMEONE or before in title_heads()
        opening = word == "from" and (doc[i].is_sent_start or before in _OPENERS)
        if (word == "of" and before not in title_heads()) or not (by_person or opening):
            continue
        # a capitalised run with name heads after it ("the CDC foundation"), or, the frame
        # being said in any recap, lower-case words closed by an organisation head ("the
        # state parks foundation")
        run = org_run(
            doc,
            i + 1,
            high,
            hyphened_words=False,
            may_end_on_join=True,
            unit_after=False,
            headed_lower=True,
            lower_recap_words=False,
        )
        if run is not None:
            runs.append(run)
    return runs


def _said_before(doc: Doc, company: str, end: int) -> bool:
    """Whether ``company`` is said in the recap before token ``end``."""
    return company.lower() in doc_text(doc)[: doc[end].idx].lower()


def _said_as_past(doc: Doc, company: str, first: Span) -> bool:
    """Whether ``company``, where first said after the name's first mention (``first``), is
    said as where the contact was before, a past cue among the words just before it ("he was a
    nurse ... then did an MPH at Emory", "a former game designer at Guerrilla"): only then
    does the opening's organisation outrank it."""
    text = doc_text(doc).lower()
    at = text.find(company.lower(), doc[first.start].idx)
    span = doc.char_span(at, at + len(company), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return False
    before = lowers(doc)[max(span.sent.start, span.start - _PAST_WINDOW) : span.start]
    return any(w in _PAST for w in before)


def opening_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation the recap opens on (see the module docstring)
    where the company found is none or said only after the name."""
    if not contact.name:
        return contact
    said_at = name_said_at(doc, contact.name)
    if not said_at:
        return contact
    first = min(said_at, key=lambda s: s.start)
    if contact.company and (
        _said_before(doc, contact.company, first.start)
        or not _said_as_past(doc, contact.company, first)
    ):
        return contact
    low = first.sent.start
    if low > 0:
        low = doc[low - 1].sent.start
    for run in _framed(doc, low, first.start):
        if an_org(run, contact.name) and not taken_back(doc, run) and not _in_title(run, contact):
            return replace(contact, company=display_name(run.text))
    return contact


def _in_title(run: Span, contact: Contact) -> bool:
    """'Director of Experience Design, Siobhan Kelly' (Whisper capitalises the title): the run
    after "of" is the kept title's own words, what the role is of, not where the contact
    works (spoken45)."""
    title = " ".join((contact.title or "").lower().split())
    said = " ".join(display_name(run.text).lower().split())
    return bool(title) and title.endswith(" " + said)
