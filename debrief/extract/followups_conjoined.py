"""A second obligation joined by "and" to the speaker's step is an item, for debrief_followups_v1.

"gotta email Renata by Friday, and should look into the HACCP course", "need to send her a
thank you, and gotta ask Wilbert about the posting", "I'll sign up for a shift Saturday and
gotta renew my ServSafe": a conjunct that states an obligation of its own ("gotta", "need to",
"should", "have to", ... the cue file's ``subjectless`` forms) with no subject carries on the
subject of the step it is joined to, the speaker, and is a step of its own. With "I" the
clause rules already make it one ("..., and I need to thank Jasmine"); without it the conjunct
was read as the tail of the first step's text. On every development author the labels split
such a conjunct from the step before it, with or without "I", and never keep the two as one
item (docs/extraction-history.md, "fu28: a second obligation joined by and"). Only a conjunct
inside a step already found is read: "he said veterans get points and should mention their
service" stays the contact's advice, as no step of the speaker's holds it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import PhraseSet

#: words skipped between "and" and the obligation ("and then gotta", "and also need to")
_BRIDGE = {"then", "also", "um", "uh", "so", "like", ","}


class ConjoinedSteps:
    """The second obligation of a coordinated step (mixed into FollowUpExtractor)."""

    subjectless: PhraseSet

    # defined by FollowUpExtractor and its mixins
    def _end(self, doc: Doc, verb: int, limit: int) -> int:
        raise NotImplementedError

    def _verb_after(self, doc: Doc, j: int, end: int) -> int | None:
        raise NotImplementedError

    def _is_action(self, doc: Doc, v: int, start: int) -> bool:
        raise NotImplementedError

    def _met(self, doc: Doc, j: int, v: int) -> bool:
        raise NotImplementedError

    def _conjoined(
        self, doc: Doc, sent: Span, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """(start, verb) of each subjectless obligation after an "and" inside a found step."""
        out: list[tuple[int, int]] = []
        words, firsts = lowers(doc), self.subjectless.by_first
        # the word first: an "and" with an obligation's first word within three words of it
        if not found or "and" not in words[found[0][1] + 1 : sent.end]:
            return out
        ands = [k for k in range(found[0][1] + 1, sent.end - 1) if words[k] == "and"]
        if not any(w in firsts for k in ands for w in words[k + 1 : k + 4]):
            return out
        taken = {v for _s, v in found}
        starts = {s for s, _v in found}
        for _s, v in found:
            end = self._end(doc, v, sent.end)
            for k in range(v + 1, end - 1):
                if words[k] != "and":
                    continue
                j = k + 1
                while j < end and words[j] in _BRIDGE:
                    j += 1
                n = self.subjectless.match_at(doc, j, sent.end) if j < end else 0
                if not n or j in starts:
                    continue
                w = self._verb_after(doc, j + n, sent.end)
                if (
                    w is not None
                    and w not in taken
                    and self._is_action(doc, w, j)
                    and not self._met(doc, j, w)
                ):
                    out.append((j, w))
                    taken.add(w)
                    starts.add(j)
        return out
