"""A header run into an unpunctuated recap with no break before it, for debrief_followups_v1
(fu37).

A recap said in one breath and written without punctuation ends on its steps after a spoken
header, with nothing to set the header off: "... sell the leadership and the readiness numbers
follow up send him my resume by Monday and do some reading on the parent company". The list
reader (``header_anchors``) wants a break or an opener before a header, so these steps were
lost (six on the development authors, all "follow up" at once followed by a verb). The
header is the cue file's ``[lists] run_in_headers``; it counts with no break only when a
step's verb follows it at once ("follow up send", "follow up register") and no subject or
modal stands before it ("I'll follow up with her", "need to follow up" are steps themselves,
and "with" is no verb), so "follow up" reads as two verbs in a row only as a header does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import lowers
from debrief.extract.followup_cues import followup_cues

_HEADERS = tuple(tuple(h.split()) for h in followup_cues()["lists"]["run_in_headers"])
#: words before the header that make it the speaker's own verb ("I'll follow up", "to follow up")
_BEFORE = frozenset({"i", "to", "'ll", "will", "'d", "would", "should", "must", "gotta", "can"})


def run_in_anchors(
    doc: Doc, sent: Span, found: list[tuple[int, int]], imperatives: set[str]
) -> list[tuple[int, int]]:
    """(start, verb) of each step opening at once after a run-in header inside ``sent``, not
    already found."""
    words = lowers(doc)
    starts = {s for s, _ in found}
    out: list[tuple[int, int]] = []
    for k in range(sent.start + 1, sent.end):
        for header in _HEADERS:
            v = k + len(header)
            if v >= sent.end or tuple(words[k:v]) != header or words[k - 1] in _BEFORE:
                continue
            tok = doc[v]
            if (
                v not in starts
                and tok.is_alpha
                and tok.lower_ in imperatives
                and tok.lower_ != "up"
            ):
                out.append((v, v))
    return out
