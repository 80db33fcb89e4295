"""The contact's advice running on, for debrief_followups_v1.

A recap spoken in one breath, or typed without the commas, carries the contact's advice on for
a clause or three after "her advice", "he advised me to", "she said to": "her advice get on the
city's contractor list for the program and maybe get the BPI or an energy auditor cert so i can
do walkthroughs", "he advised me to read the book and also to shadow the supplier reps when
they come next time ask if i can sit in on the meeting", "advice was dont go straight into
capture do program management first and learn how bids are built". Each bare imperative there
("get the BPI ...", "ask if i can sit in ...", "do program management ...") is what the contact
advised, not the speaker's own step; the run-on rule's look-back (``followups_runon``) reaches
only ten tokens, and the parser cuts such a sentence where it likes, so the imperative may also
open a parser sentence of its own.

So an undated item that opens on a bare imperative is dropped when, reading back from it over
the written sentence (to a full stop, a line break or a colon), the nearest clause that owns it
is the contact's: their advice word ("advice", "tip") or their reporting verb ("said", "told",
"advised", "suggested") said by "she", "he", "they" or a name. The speaker taking the word back
in between ("i", "so", "todo", "next steps") makes it the speaker's: "... she said to get the
cert so look up the course" and "... and i will ask my boss and order the book" stay, and so
does any dated item ("... she told me to take the typing test seriously apply by friday", and
"start a local meetup by November", a month the due date leaves open), and
any item that holds the speaker's own plan ("... to do post editing work to see how it feels
I'll look for a gig this week", the advice run into the speaker's step by the parser). A thing
to hand over ("he said send my resume to their recruiting inbox") is the contact's request,
which the speaker does: it stays, and so do the steps after "she asked", "he wants me to".
(The tagger calls a run-on imperative VBP as often as VB: "maybe get the BPI" is VBP.)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.dates import find_dates, vocab
from debrief.extract.doc_arrays import lemmas, lowers, texts
from debrief.extract.followup_cues import followup_cues
from debrief.extract.followups_entries import listed_entry
from debrief.extract.followups_tokens import HANDOVER, anchor_date
from debrief.models import FollowUp

_CUES = followup_cues()
#: The contact's requests ("she asked me to", "he wants me to", "remind him") are the speaker's
#: steps, not advice: only the verbs of saying and advising count.
_REQUESTS = frozenset({"ask", "want", "remind", "offer"})
_REPORTING = frozenset(_CUES["intent"]["reporting_verbs"]) - _REQUESTS
_ADVICE = frozenset(_CUES["boundaries"]["advice_words"])
#: The contact as the subject of a reporting verb just before it.
_THEM = frozenset({"she", "he", "they", "shes", "hes", "theyre"})
#: The speaker taking the word back: the item after these is the speaker's.
_SPEAKER = frozenset({"i", "ill", "im", "ive", "id", "so", "todo", "to-do", "steps"})
#: Where a written sentence ends.
_ENDS = frozenset({".", "?", "!", ":", ";"})
#: The speaker's own plan said inside the item ("... to do post editing work to see how it
#: feels I'll look for a gig on ProZ"): the parser ran the advice into the speaker's step.
_OWN_PLAN = re.compile(r"\b(?:i(?:'ll| will|'m| am| need| have to| want| plan)|ill|im)\b", re.I)
#: A month said as a deadline ("start a local meetup by November"), which the due date leaves
#: open: a time the speaker set themselves.
_BY_MONTH = re.compile(
    r"\b(?:by|before|in|until|of)\s+(?:" + "|".join(sorted(vocab().months)) + r")\b", re.I
)
#: How far back the contact's words may stand (one spoken run-on holds a whole recap).
_REACH = 30


def _contact_owns(doc: Doc, start: int, listed: bool = False) -> bool:
    """Reading back from token ``start``, the contact's advice or reporting verb comes before
    the speaker's own words, a sentence end or ``_REACH`` tokens. ``listed``: the item is an
    entry of the speaker's list ("To do, ..., no, she said Tuesday, and sign up ..."), where
    her reporting verb belongs to an earlier entry; only an advice word owns it then."""
    words, lems, orth = lowers(doc), lemmas(doc), texts(doc)
    for k in range(start - 1, max(-1, start - 1 - _REACH), -1):
        w = words[k]
        if orth[k] in _ENDS or "\n" in orth[k] or w in _SPEAKER:
            return False
        if w in _ADVICE:
            return True
        if lems[k] in _REPORTING and k > 0 and not listed:
            who = doc[k - 1]
            if words[k - 1] in _THEM or who.ent_type_ == "PERSON":
                return True
    return False


def _said_when(text: str, doc: Doc) -> bool:
    """The item names a time, one that sets a deadline or one left open ("this week", "by
    November"): the speaker's own plan, even said in the contact's run of words."""
    return bool(_BY_MONTH.search(text) or find_dates(text, anchor_date(doc)))


def _bare_imperative(doc: Doc, start: int) -> bool:
    """The item opens on a base-form verb with no subject of its own ("get the BPI ...")."""
    tok = doc[start]
    return tok.tag_ in {"VB", "VBP"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children
    )


def drop_advice_runon(doc: Doc, items: list[FollowUp]) -> list[FollowUp]:
    """``items`` less the undated bare imperatives that carry on the contact's advice."""
    out: list[FollowUp] = []
    for item in items:
        if item.due is None and item.start is not None and item.end is not None:
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            if (
                span is not None
                and not _OWN_PLAN.search(item.text)
                and lowers(doc)[span.start] not in HANDOVER
                and _bare_imperative(doc, span.start)
                and _contact_owns(doc, span.start, listed_entry(doc, item.start))
                and not _said_when(item.text, doc)
            ):
                continue
        out.append(item)
    return out
