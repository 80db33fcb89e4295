"""Lists of follow-ups and deadline tails, for debrief_followups_v1.

"Follow-ups: a, b, and c", a numbered list ("Next steps: 1) ... 2) ..."), or a header with
prose after it ("Next steps: the manager is away, so I'll send ...").

A list header may follow openers, one of which is "next" itself: "So next steps: start the
project, ...", "Next step: look at the posting". An undated item followed by a comma and a
clause that only states when ("..., target the end of March", "..., try to do that before the
end of April") is one dated item, not two.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from debrief.extract.dates import find_dates
from debrief.extract.followups_entries import (
    ENTRY_FILLERS,
    entry_begins,
    entry_opens,
    entry_verb,
)
from debrief.extract.followups_heard_label import heard_label_before, heard_label_inside
from debrief.extract.followups_labels import header_alone, item_step
from debrief.extract.followups_obliged import obliged_label
from debrief.extract.followups_sections import header_anchors, section_entry, verbless
from debrief.extract.followups_todo_label import todo_label
from debrief.extract.followups_tokens import FUSED, anchor_date, enumerator

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet
    from debrief.models import FollowUp


#: after "no follow-up", a word that narrows it to one item or to the contact
_NOT_NONE = {"date", "dates", "with", "otherwise", "else", "besides", "beyond"}
#: an entry's first word that makes it the speaker's own clause: "I", an unpunctuated "ill"
_OWN_OPENINGS = frozenset({"i"} | set(FUSED))
#: an item the speaker says of themself ("I need to ...", "we'll ..."): theirs, whatever follows
_SPEAKER_ITEM = re.compile(r"(?i)^\W*(?:(?:and|so|then|also|oh|ok|okay|um|uh),?\s+){0,2}(?:i|we)\b")


class ListShapes:
    """List headers and deadline tails (mixed into FollowUpExtractor)."""

    headers: PhraseSet
    verbless_labels: frozenset[str]
    section_headers: PhraseSet  # the headers and those said only on a line of their own
    openers: PhraseSet
    imperatives: set[str]
    deadline_words: set[str]
    advice_words: set[str]
    verb_bases: frozenset[str]

    none_markers: PhraseSet
    subjectless: PhraseSet
    modals: PhraseSet

    # defined by FollowUpExtractor
    def _anchors(self, doc: Doc, sent: Span, listed: bool = False) -> list[tuple[int, int]]:
        raise NotImplementedError

    def _listed(
        self, doc: Doc, sent: Span, list_open: bool
    ) -> tuple[list[tuple[int, int, int]] | None, bool]:
        """Entries of "Follow-ups: a, b, and c" or of a numbered list ("Next steps: 1) ...
        2) ..."), as (start, verb, where the entry with its list number begins); None when
        ``sent`` is not a list. A numbered list may run on over the next sentences
        (``list_open``); the second value says whether it still may after this one."""
        i, n = self._header(doc, sent)
        heard = None
        if not n and not item_step(doc, i, sent.end):
            # a label Whisper ran onto the clause before it (spoken37): "... leverage the
            # network, chores, ask ...", or "... the state exam next steps." before this one
            heard = heard_label_inside(doc, sent, self.headers, self.advice_words, self.imperatives)
            if heard is not None:
                i, n = heard
            elif heard_label_before(doc, sent, self.headers, self.advice_words, self.imperatives):
                i, n, heard = sent.start, 0, (sent.start, 0)
        if item_step(doc, i, sent.end):
            n = 0  # "Item one, look at ...", "Action item one: confirm ...": a numbered list
        elif not n and heard is None:
            if list_open and enumerator(doc, sent.start, sent.end):
                n, i = 0, sent.start  # "2. read her blog post." after "Next steps: 1. ..."
            else:
                # "- Talk to Gary about the hours" on a line under a "To do" line
                entry = section_entry(
                    doc,
                    sent,
                    self.section_headers,
                    self.openers,
                    self.imperatives,
                    self.advice_words,
                    self.verb_bases,
                )
                if entry is None:
                    return None, False
                # one entry, cut further as any imperative is: "Revise the module (cut
                # text, rewrite checks) by Labor Day" is one step, not two
                return [(entry, entry, entry)], False
        j = i + n
        while j < sent.end and doc[j].lower_ in {":", "-", "—", "are", "is", ",", "so", "to"}:
            j += 1
        starts: list[tuple[int, int, int]] = []
        own: set[int] = set()  # entries opening on the speaker's "I" or "need to", "gotta"
        numbered = False
        k = j
        while k < sent.end:
            t = doc[k]
            mark = enumerator(doc, k, sent.end) or item_step(doc, k, sent.end)
            if mark:
                # after a number the entry needs no verb: "2) coffee chat with her teammate"
                numbered = True
                if k + mark < sent.end:
                    opens = k - 1 if k > j and doc[k - 1].text == "," else k
                    starts.append((k + mark, k + mark, opens))
                k += mark
                continue
            # after the header or a separator, past fillers: "To do um email Ana ...",
            # "... — she said ... — and make a list" (fu34)
            opens = entry_opens(doc, k, j) if t.lower_ not in ENTRY_FILLERS else 0
            # "ask her in Feb. Look up ...": an abbreviation's full stop the parser did
            # not take for a sentence end, before a capitalised entry
            if not opens and k > j and doc[k - 1].text.endswith(".") and t.text[:1].isupper():
                opens = 1
            if opens and entry_verb(t, self.imperatives, self.verb_bases, opens):
                starts.append((k, k, entry_begins(doc, k, j)))  # ", then send ...": the filler
            elif opens and (t.lower_ in _OWN_OPENINGS or t.lower_ in self.subjectless.by_first):
                own.add(k)
            k += 1
        if n and self._verbless_first(doc, i, n, j, starts, sent.end):
            starts.insert(0, (j, j, j))  # "TODO: thx email", "todo: budget reading by sun, ..."
        if starts and own and not numbered:
            # "To do, um, I need to sign up ... tonight, and email Ana ...": an entry said
            # with the speaker's own "I need to" beside the bare imperatives (fu34)
            starts = sorted(
                starts
                + [
                    (s, v, entry_begins(doc, s, j))
                    for s, v in self._anchors(doc, sent, True)
                    if s in own
                ]
            )
        if not starts and not numbered and header_alone(doc, j, sent.end):
            return [], True  # "To do:" alone on its line: the numbered lines under it follow
        if not starts and not numbered:
            # "Next steps: the manager is away, so I'll send ...": no entry, the words after
            # the header read as prose (not the header itself: "Note to self.")
            return [(s, v, s) for s, v in self._anchors(doc, sent, True) if s >= j], False
        return starts, numbered

    def _verbless_first(
        self,
        doc: Doc,
        i: int,
        n: int,
        j: int,
        starts: list[tuple[int, int, int]],
        end: int,
    ) -> bool:
        """After a to-do label of ``verbless_labels`` ("TODO: linkedin connect"), the words up
        to the first entry found (or the sentence's end) name a step with no verb: a noun
        phrase of two words or more with no subject and no finite verb (fu45)."""
        label = " ".join(t.lower_ for t in doc[i : i + n] if not t.is_punct)
        if label not in self.verbless_labels or j >= end:
            return False
        stop = starts[0][2] if starts else end
        if stop <= j:
            return False
        while stop > j and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
            stop -= 1
        return stop > j and verbless(doc, j, stop, stretch=True)

    def _header_steps(
        self, doc: Doc, sent: Span, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Steps after a header said inside the sentence ("... so todo thank marcus ...")."""
        return header_anchors(
            doc, sent, found, self.headers, self.openers, self.imperatives, self.advice_words
        )

    def _header(self, doc: Doc, sent: Span) -> tuple[int, int]:
        """Where a list header opens the sentence and its length (0: none), tried after each
        opener in turn, since "next" is an opener itself ("So next steps: ...")."""
        i = sent.start
        while i < sent.end:
            n = self.headers.match_at(doc, i, sent.end)
            if n:
                return i, n
            # "Homework: ...", "HW: ...": any label of the speaker's steps (fu29)
            n = todo_label(doc, i, sent.end, self.advice_words, self.imperatives)
            if n:  # (a string test first inside: most openings have no colon near)
                return i, n
            if n := obliged_label(doc, i, sent.end, self.modals, self.subjectless):
                return i, n  # "ok so i have to - email her ... - update ..." (fu35)
            step = self.openers.match_at(doc, i, sent.end)
            if not step:
                break
            i += step
        return i, 0

    def _deadline_tail(
        self, doc: Doc, prev: FollowUp, prev_end: int, s: int, item: FollowUp
    ) -> bool:
        """After an undated item, ", target the end of March" or ", try to do that before the
        end of April" is only its deadline, not an item of its own: right after the previous
        item's comma, dated, and with no word left but the date's and ``deadline_words``."""
        if prev.due is not None or item.due is None:
            return False
        if not all(t.text == "," for t in doc[prev_end:s]):
            return False
        text = item.text.lower()
        for d in find_dates(item.text, anchor_date(doc)):
            text = text.replace(d.text.lower(), " ")
        left = [w for w in re.findall(r"[a-z']+", text) if w not in self.deadline_words]
        return not left

    def _says_none(self, doc: Doc, sent: Span) -> bool:
        """ "No follow-ups." said late in the recap: the bare imperatives before it were the
        contact's advice, not the speaker's notes ("Apply for the summer camp role first.
        That's how most educators get hired. No follow-ups."). Of 45 development recaps with
        such a marker, 44 label nothing before it. Not "No follow-up date really" (about one
        item's day) nor "no follow-up with them" (about the contact), nor "nothing to do with"."""
        for s, e in self.none_markers.find(doc, sent.start, sent.end):
            if doc[s].lower_ == "no" and (e >= sent.end or doc[e].lower_ not in _NOT_NONE):
                return True
        return False

    @staticmethod
    def speakers_own(items: list[FollowUp]) -> list[FollowUp]:
        """What stands of ``items`` once a late "No follow-ups." says the bare imperatives
        before it were the contact's advice: the items the speaker said of themself ("I need
        to send her my resume by Friday. No follow-ups otherwise." keeps its item)."""
        return [f for f in items if _SPEAKER_ITEM.match(f.text)]
