"""The contact's company said after the name in words no other company rule reads.

Where the rules and the roles model found no company, a recap often still names it a little
after the contact, in a frame of its own: named outright ("the practice is called Still Water
Counseling", "Company is Drift Property"), described first and named after ("she's the
coordinator at a family-owned bakery, Panaderia Sol,", "from a tiny org, Bridge Ed,"), set off
by commas after the title ("Forensic accountant, Kroll, in their New York office"), or after
"from"/"at" once the name's own sentence has ended or a clause has come between ("Chioma? From
Waypoint.", "..., from Canvas, the credit union", "That was Chef Renata Oyelaran at Cascade Ridge
Community College"), in a lower-case recap a lower-case word ("fatima noorzai from bridgeline,").
The sentence of each mention of the name and the one after it are read; the run named must be
an organisation by `company_before.an_org` (no place, date, title or person) and not taken back.
A company found that is no organisation of its own (a census given name alone: the referrer
"Helen") counts as none.
The study is in docs/extraction-history.md, "company22".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_before import an_org
from debrief.extract.company_placed import name_said_at, taken_back, usable_company
from debrief.extract.company_run import org_run
from debrief.extract.company_said_after import org_heads
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import title_heads
from debrief.extract.org_names import display_name
from debrief.models import Contact

#: Words that name an organisation outright after a noun for it ("a CRO called Medpace").
_NAMING = {"called", "named"}
#: Nouns that stand for the contact's organisation as a sentence's subject ("Company is X",
#: "the practice is called X"); the contact_patterns apposition nouns are read too.
_SUBJECTS = {"company", "firm", "org", "employer", "practice", "startup", "agency", "team"}
#: Words before an organisation described by a common noun first ("at a tiny org, X").
_PLACING = {"at", "from", "for"}
#: Words for the contact as one of the organisation's people ("Roz's coworker at X").
_FELLOWS = {"coworker", "co-worker", "colleague", "counterpart", "peer"}
#: The most lower-case words of a description before the comma and the name.
_DESCRIBED = 5
#: How many sentences from the name's the title's comma frame is read in (the name said in
#: one, a remark, then "Forensic accountant, Kroll, ...").
_TITLE_SENTS = 3
#: Punctuation that may end the name's mention before "from"/"at" ("Chioma? From Waypoint.").
_BREAKS = {",", "?", ".", "!", "-", "—"}


def name_run(doc: Doc, j: int, high: int) -> Span | None:
    """The organisation's words from token ``j``, as the frames after the name read them: a
    capitalised run (with "&" inside, not ending on it, and lower-case name heads after it:
    "Gwinnett schools", or a few lower-case words closed by an organisation head: "Pike County
    public works"), or in a lower-case recap one or two lower-case words closed by
    punctuation ("from bridgeline, QA manager")."""
    return org_run(
        doc,
        j,
        high,
        hyphened_words=True,
        may_end_on_join=False,
        unit_after=True,
        headed_lower=False,
        lower_recap_words=True,
    )


def _described(doc: Doc, i: int, high: int) -> Span | None:
    """ "at a family-owned tortilleria, Tortilleria La Esperanza", "at the county, Pike County
    public works": after a placing word at ``i``, "a"/"an" and a few lower-case words, or "the"
    and lower-case words closed by an organisation head, a comma, then the name."""
    words = lowers(doc)
    if i + 1 >= high or words[i + 1] not in {"a", "an", "the"}:
        return None
    k = i + 2
    while k < high and k - i - 2 < _DESCRIBED and (doc[k].is_lower or words[k] == "-"):
        k += 1
    if k == i + 2 or k >= high or words[k] != ",":
        return None
    if words[i + 1] == "the" and words[k - 1] not in org_heads():
        return None  # "from the start, ...": only an organisation said with "the"
    return name_run(doc, k + 1, high)


def _cued(doc: Doc, i: int, low: int, high: int, name_end: set[int]) -> Span | None:
    """The organisation a cue at token ``i`` names, if the word there is one of the module's
    cues (see the module docstring)."""
    words = lowers(doc)
    word = words[i]
    before = words[i - 1] if i > low else ""
    if word in _NAMING and (before == "is" or before in org_heads() or before in _SUBJECTS):
        return name_run(doc, i + 1, high)
    if (
        word == "is"
        and before in _SUBJECTS
        and (doc[i - 1].is_sent_start or words[i - 2] in {"the", "her", "his", "their"})
    ):
        return name_run(doc, i + 1, high)
    if word in _PLACING:
        found = _described(doc, i, high)
        if found is not None:
            return found
        if word in {"from", "at"} and (i in name_end or (i - 1 in name_end and before in _BREAKS)):
            return name_run(doc, i + 1, high)
        if word == "from" and (doc[i].is_sent_start or before == ","):
            return name_run(doc, i + 1, high)
        if word == "at" and before in _FELLOWS:
            return name_run(doc, i + 1, high)
    return None


def _after_title(doc: Doc, title: str | None, low: int, high: int) -> Span | None:
    """ "Forensic accountant, Kroll, in their New York office": the title, a comma, the name
    ended by a comma or the sentence's end."""
    if not title:
        return None
    words = lowers(doc)
    said = title.lower().split()
    n = len(said)
    for i in range(low, high - n - 1):
        if words[i : i + n] != said or words[i + n] != ",":
            continue
        run = name_run(doc, i + n + 1, high)
        if run is not None and (run.end >= high or doc[run.end].is_punct):
            return run
    return None


def _org(run: Span, name: str) -> bool:
    """Whether the run can be the contact's organisation: `company_before.an_org`, or a place
    with an organisation head after it ("Pike County public works": the tagger calls the
    county a place)."""
    if an_org(run, name):
        return True
    if len(run) < 2 or run[-1].lower_ not in org_heads():
        return False
    return usable_company(run.text, name) and not any(t.lower_ in title_heads() for t in run)


def _sentences_on(doc: Doc, i: int, n: int) -> int:
    """The end of the ``n``-th sentence from the one of token ``i`` (1: its own)."""
    end = i
    for _ in range(n):
        if end >= len(doc):
            break
        end = doc[end].sent.end
    return end


def named_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation said after the name in one of the module's frames,
    where no company (or no organisation: a given name alone) was found."""
    if not contact.name or (contact.company and usable_company(contact.company, contact.name)):
        return contact
    said_at = name_said_at(doc, contact.name)
    name_end = {s.end for s in said_at}
    for span in sorted(said_at, key=lambda s: s.start):
        low, high = span.start, _sentences_on(doc, span.end, 2)
        runs = [_after_title(doc, contact.title, low, _sentences_on(doc, span.end, _TITLE_SENTS))]
        runs += [_cued(doc, i, low, high, name_end) for i in range(low, high)]
        for run in runs:
            if run is not None and _org(run, contact.name) and not taken_back(doc, run):
                return replace(contact, company=display_name(run.text))
    return contact
