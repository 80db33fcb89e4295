"""The contact's title as the writer corrects it right after saying it.

"brent holloway, he's a training manager, no sorry sales enablement manager, at verdance",
"Yuki Tanabe. Epidemiologist at the Navajo Nation Department of Health. No wait, she's a
biostatistician, she corrected me": the readers keep the title said first; the labels keep
the corrected one (aa, q; and p, y, v where the readers already take it). The intro's
correction markers (``[corrections]`` of ``contact_patterns.toml``) replace an organisation in
the same sentence, and "no sorry" without its comma is not among them.

Read where the kept title is first said: within ``_WITHIN`` words after it (one sentence break
at most, no other person named between) a marker of ``title_correction_cues``
(``word_lists.toml``: "no wait", "no sorry", "wait no", "or rather"), then at once, past "she's"
/ "he is" / "a" / "the" and fillers, one to four lower-case words ending on a title's head word
(:func:`~debrief.extract.contact_title_first.title_words`) and not run on into a noun. "No
wait, she said she just moved" (a company corrected) has no title there. The corrected title
replaces the kept one where they share less than half their words. Runs on the combined answer
(:func:`~debrief.extract.roles_combine.combine`). Counted in docs/extraction-history.md,
"contact52".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers, word_runs
from debrief.extract.lexicon import cue_set, word_list
from debrief.extract.title_later import title_run
from debrief.extract.title_stated import shared_words
from debrief.models import Contact

#: Words after the kept title the marker may be said within.
_WITHIN = 12
#: Words skipped between the marker and the corrected title.
_SKIP = {",", "she", "he", "'s", "’s", "is", "s", "actually", "now", "um", "uh", "a", "an", "the"}


def _title_at(doc: Doc, i: int) -> str | None:
    """The title of one to four words from ``i`` ending on a head word, not run on."""
    run = title_run(doc, i)
    return run[1] if run else None


def corrected_title(doc: Doc, title: str, name: str | None) -> str | None:
    """The title said as a correction right after ``title`` (module doc), or None."""
    lows = lowers(doc)
    runs = word_runs(lows, title.lower().split())
    if not runs:
        return None
    end = runs[0] + len(title.split())
    own = set((name or "").lower().split())
    cues = cue_set(doc.vocab, tuple(sorted(word_list("title_correction_cues"))))
    marks = dict(cues.find(doc, end, min(len(doc), end + _WITHIN + 3)))
    breaks = 0
    for i in range(end, min(len(doc), end + _WITHIN)):
        t = doc[i]
        if t.ent_type_ == "PERSON" and t.lower_ not in own:
            return None
        if i in marks:
            j = marks[i]
            while j < len(doc) and lows[j] in _SKIP:
                j += 1
            return _title_at(doc, j)
        if t.is_sent_end:
            breaks += 1
            if breaks > 1:
                return None
    return None


def title_corrected(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the title the writer corrected it to; unchanged otherwise."""
    if not contact.title:
        return contact
    said = corrected_title(doc, contact.title, contact.name)
    if said is None or shared_words(contact.title, said) >= 0.5:
        return contact
    return replace(contact, title=said)
