"""Where an action item's text ends, and the item it makes, for debrief_followups_v1.

An item runs from its anchor to the end of its clause: it stops before a strong word
("because"), before a comma or "and" that opens a clause with another subject ("..., she said
she'd connect me", "..., and Bea said"), and on Whisper's lowercase run-ons before a new
speaker once it has a date; a short tail that only says when is kept ("..., which is the
30th"). The text, trimmed of fillers, is dated by :func:`debrief.extract.dates.due_date`.
A mixin of :class:`~debrief.extract.followups.FollowUpExtractor`, which holds the cue sets
(``[boundaries]`` of ``pipelines/followup_cues.toml``); it comes first among the mixins, whose
stubs of ``_end`` it must override.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from debrief.extract.casing import names_lower
from debrief.extract.dates import due_date
from debrief.extract.followups_others_date import own_due
from debrief.extract.followups_tokens import anchor_date, new_speaker
from debrief.extract.lexicon import PhraseSet
from debrief.models import FollowUp


class ItemEnds:
    """Where an item ends and the FollowUp it makes (mixed into FollowUpExtractor)."""

    strong: set[str]
    subordinators: set[str]
    after_comma: PhraseSet
    corrections: set[str]
    other_subjects: set[str]

    def _end(self, doc: Doc, verb: int, limit: int) -> int:
        """Where the item's text ends: before a new clause with another subject or a 'because'."""
        k = verb + 1
        while k < limit:
            t = doc[k]
            if t.lower_ in self.strong:
                e = k
                while e > verb + 1 and doc[e - 1].is_punct:
                    e -= 1
                return e
            if (
                names_lower(doc)
                and new_speaker(doc, k, limit, self.subordinators)
                and due_date(doc[verb:k].text, anchor_date(doc)) is not None
            ):
                return k  # "email felicity tomorrow he also mentioned ...": dated, then his words
            if t.text == "-" and not doc[k - 1].whitespace_:
                pass  # "thank-you": a word's hyphen, not a dash between clauses
            elif t.text in {",", ";", "—", "-"} or t.lower_ in {"and", "but", "so"}:
                j = k + 1
                while j < limit and doc[j].lower_ in {
                    "um",
                    "uh",
                    "like",
                    ",",
                    "and",
                    "so",
                    "but",
                    "then",
                }:
                    j += 1
                if (
                    j < limit
                    and t.text in {",", ";", "—"}
                    and self.after_comma.match_at(doc, j, limit)
                ):
                    return k
                if (
                    j < limit
                    and not any(w.lower_ in self.corrections for w in doc[max(verb, k - 3) : k])
                    and (doc[j].lower_ in self.other_subjects or _named_subject(doc[j]))
                    and j + 1 < limit
                    and (doc[j + 1].pos_ in {"VERB", "AUX"})
                ) and (t.text in {",", ";", "—", "-"} or doc[j - 1].lower_ in {"and", "but", "so"}):
                    return k
            k += 1
        # drop trailing ", I guess"-style tails and punctuation-only ends
        return limit

    def _tail_date(self, doc: Doc, start: int, verb: int, limit: int) -> int:
        """:meth:`_end`, except that a short tail which only says when is kept: "I need to do
        those before our next chat, which is the 30th", "find the application, she said it
        closes the 15th"."""
        end = self._end(doc, verb, limit)
        if end >= limit or limit - end > 14:
            return end
        anchor = anchor_date(doc)
        if due_date(doc[start:end].text, anchor) is None and due_date(doc[end:limit].text, anchor):
            return limit
        return end

    def _make(self, doc: Doc, s: int, e: int, anchor: date) -> FollowUp | None:
        while e > s and (
            doc[e - 1].is_space
            or doc[e - 1].lower_ in {"um", "uh", "and", "so", ",", ";", "-", "—"}
        ):
            e -= 1
        if e - s < 2:
            return None
        span = doc[s:e]
        text = span.text.strip()
        due = own_due(span, text, anchor)  # not "..., she's going to intro us by Friday"
        return FollowUp(
            text=text,
            due=due.isoformat() if due else None,
            start=span.start_char,
            end=span.end_char,
        )


def _named_subject(tok: Token) -> bool:
    """ "..., and Bea said she'd connect me": a name opening a clause of its own ends the item
    as "she" would."""
    return tok.pos_ == "PROPN" and tok.dep_ == "nsubj" and tok.text[:1].isupper()
