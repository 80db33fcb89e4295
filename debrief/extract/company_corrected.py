"""The contact's company where the recap corrects it or says the contact has moved on.

A speaker often names an organisation and then puts it right, and the company is what comes
after: a slip put right at once or at the next sentence's start ("at Better Mortgage, or,
sorry, he said it's just Better now", "So, Agri-Vision? No, AgriVue, with a V-U-E.", "from
Grounded, the coffee roaster? No, sorry, Grounded Build"), a move said as a correction ("a SOC
analyst at Garanti's US branch, no, sorry, he left Garanti, he's at Citizens Bank now"), or a
past employer marked "former"/"left" with where the contact is now said after it ("someone at
USAID, well, former USAID, ... now she's at a small contractor called Tetra Tech"). Where the
company found is said in one of these frames, the organisation said after the cue replaces it.
`contact_company`'s own correction rule reads a correction right after the organisation it
picked; this one reads the company as finally settled, wherever it is said, and runs last.
The study is in docs/extraction-history.md, "company23".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_named import name_run
from debrief.extract.company_placed import usable_company
from debrief.extract.doc_arrays import doc_text, lowers
from debrief.extract.lexicon import title_heads
from debrief.extract.org_names import display_name
from debrief.models import Contact
from debrief.names import company_key
from debrief.names_spelling import lexicon

#: Words that take back what was just said ("no, sorry, it's ..."); "or" alone is no
#: correction ("Better Mortgage or Rocket"), nor "actually" ("X actually promotes from the
#: floor, most of the HR team ...").
_CUES = {"no", "sorry", "correction"}
#: Tags of no organisation (a correction to a place is no company; not NORP: the tagger
#: calls "it's just Better now" a nationality).
_NOT_ORG_TAGS = {"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"}
#: Words that mark the organisation as one the contact has left ("former USAID").
_PAST = {"former", "formerly", "left", "ex", "ex-"}
#: Words after which the organisation the contact is at now is named ("now she's at X",
#: "now at a small contractor called X", "he joined X").
_NOW_AT = {"at", "called", "named", "joined"}
#: How many tokens after the company the correction may start ("Garanti's US branch, no").
_CUE_GAP = 6
#: How many tokens after the correction the organisation it names may be said ("no, sorry,
#: he left Garanti, he's at Citizens Bank").
_AFTER_CUE = 14
#: How many tokens after a past mark "now" may be said, and the organisation after "now".
_NOW_GAP = 20
_NOW_RUN = 10


def _mentions(doc: Doc, company: str) -> list[Span]:
    """Where the company is said, as token spans (by characters, so "Agri-Vision" and
    "Garanti's" are found whole)."""
    out = []
    pattern = r"\b" + re.escape(company.lower()) + r"\b"
    for m in re.finditer(pattern, doc_text(doc).lower()):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def _new_org(doc: Doc, low: int, high: int, old: str, name: str) -> Span | None:
    """The first organisation said from ``doc[low:high]`` on (to its sentence's end) that is
    not the one taken back (nor one said right after "left"/"former": "he left Garanti, he's
    at Citizens Bank")."""
    words = lowers(doc)
    k = low
    while k < high:
        tok = doc[k]
        run = None
        if not tok.is_stop and tok.text[:1].isupper():
            run = name_run(doc, k, tok.sent.end)
        if run is None or len(run) == 0:
            k += 1
            continue
        left = k > 0 and words[k - 1] in _PAST
        same = company_key(run.text) == company_key(old)
        if not left and not same and _an_org(run, name):
            return run
        k = run.end
    return None


def _an_org(run: Span, name: str) -> bool:
    """No place, date or number, not a title alone, no given name first (the tagger may call a
    corrected name a person: "Grounded Build"), and an organisation by `usable_company`."""
    if any(t.ent_type_ in _NOT_ORG_TAGS for t in run):
        return False
    if all(t.lower_ in title_heads() for t in run):
        return False  # "No, not a PM": a title is no organisation ("Tetra Tech" is one)
    if run[0].lower_ in lexicon().given:
        return False
    return usable_company(run.text, name)


def _bare_no(doc: Doc, k: int) -> bool:
    """Whether the "no" at ``k`` is said alone, as a correction ("No, AgriVue", "no sorry"),
    not as a determiner ("no idea")."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in _CUES


def _corrected(doc: Doc, span: Span, old: str, name: str) -> Span | None:
    """ "X, or, sorry, it's just Y now", "X? No, Y": a correction within a few words after
    the company (or opening the next sentence), then the organisation it names. Not where a
    name is said between ("at Onsemi in Phoenix. Sorry, not Phoenix, Mesa": the place is
    corrected) nor where the correction takes back another word ("No, not a PM")."""
    words = lowers(doc)
    sent_end = span.sent.end
    at = list(range(span.end, min(sent_end, span.end + _CUE_GAP)))
    if sent_end < len(doc):
        at.append(sent_end)  # the correction may open the next sentence ("? No, ...")
    for k in at:
        if words[k] not in _CUES or (words[k] == "no" and not _bare_no(doc, k)):
            continue
        if any(t.text[:1].isupper() and not t.is_stop for t in doc[span.end : k]):
            return None
        after = [w for w in words[k + 1 : k + 4] if w not in {",", "sorry"}]
        if after[:1] == ["not"] and after[1:2] != old.lower().split()[:1]:
            return None
        end = min(doc[k].sent.end, k + _AFTER_CUE)
        return _new_org(doc, k + 1, end, old, name)
    return None


def _moved(doc: Doc, span: Span, old: str, name: str) -> Span | None:
    """ "former X ... now she's at a contractor called Y", "left X, now at Y": the company
    said as one the contact left, then "now" and the organisation they are at."""
    words = lowers(doc)
    if not any(words[k] in _PAST for k in range(max(0, span.start - 2), span.start)):
        return None
    sent_end = span.sent.end
    for k in range(span.end, min(sent_end, span.end + _NOW_GAP)):
        if words[k] != "now":
            continue
        end = min(sent_end, k + _NOW_RUN)
        for j in range(k + 1, end):
            if words[j] in _NOW_AT:
                found = _new_org(doc, j + 1, min(end + 4, sent_end), old, name)
                if found is not None:
                    return found
    return None


def corrected_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation a correction or a move names after their company
    (see the module docstring); unchanged where none is said."""
    if not contact.company or not contact.name:
        return contact
    said = set(lowers(doc))
    if not said & (_CUES | _PAST):
        return contact
    for span in _mentions(doc, contact.company):
        found = _corrected(doc, span, contact.company, contact.name)
        if found is None:
            found = _moved(doc, span, contact.company, contact.name)
        if found is not None:
            return replace(contact, company=display_name(found.text))
    return contact
