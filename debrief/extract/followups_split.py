"""Splitting one action item in two, for debrief_followups_v1.

"update my résumé by Wednesday and apply to the role" is two items; "redo the deck and send it
by Friday" is one (the second acts on the first's result and only it says when). Two verbs
joined by "and" (or a comma before a bare verb) part when the first already has its own date,
when they act on different things, or when the verb is left out of a second part with its own
date ("do two by Friday and the rest by the sixteenth"); an undated step, a bare comma and
the dated step that does it stay one item ("check if they pay for it, ask HR by Friday").
A mixin of :class:`~debrief.extract.followups.FollowUpExtractor`, which holds the cue sets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.dates import find_dates
from debrief.extract.followups_clauses import SPLIT_SKIP
from debrief.extract.followups_dated_on import dated_follow_on
from debrief.extract.followups_parted import lower_name, opens_on_verb, second_verb
from debrief.extract.followups_tokens import anchor_date, same_object

#: the most words a follow-on step may have and still carry on the step before it
_FOLLOW_ON_WORDS = 4
#: a person named by a pronoun ("and check her last name", "and send him the certificate")
_PERSONS = {"him", "her", "them", "his", "their"}
#: a habit is a when of its own ("apply by Friday and practice typing every night")
_HABITS = {"every", "each", "daily", "nightly", "weekly"}


class ItemSplits:
    """Where one clause holds two items (mixed into FollowUpExtractor)."""

    corrections: set[str]

    # defined by FollowUpExtractor
    def _base_verb(self, tok: Token) -> bool:
        raise NotImplementedError

    def _split(self, doc: Doc, start: int, verb: int, end: int) -> list[tuple[int, int]]:
        """'update my résumé by Wednesday and apply to the role' -> two items.

        Two verbs joined by 'and' are two items when the first already has its own date or a
        comma stands before the 'and'; otherwise they share one ('redo X and send it by Friday').
        """
        parts = []
        s = start
        k = verb + 1
        while k < end:
            if doc[k].lower_ in {"and", "then"} or (
                doc[k].text == "," and k + 1 < end and self._base_verb(doc[k + 1])
            ):
                j = k + 1
                while j < end and doc[j].lower_ in SPLIT_SKIP:
                    j += 1
                j = second_verb(doc, j, end, self._base_verb) if j < end else j
                # "email Leticia and send Mohammed the report": two things to do, each its
                # own item; a one-word first part ("go and ask") is one action
                if (
                    j < end
                    and opens_on_verb(doc, j, end, self._base_verb)
                    and doc[j - 1].lower_ != "to"
                    # "by Sunday, wait, no, by Saturday": a spoken correction of the date,
                    # not a second thing to do
                    and doc[j].lower_ not in self.corrections
                    and (k - s >= 3 or self._dated(doc, s, k))  # "Apply tonight and send ..."
                    and self._two_items(doc, s, k, j, end)
                    and not self._how_by_when(doc, s, k, end)
                    and not self._follow_on(doc, k, j, end)
                    # "look up the dates and register by Friday": one item, due then (fu37)
                    and not dated_follow_on(doc, s, k, j, end)
                ):
                    e = k - 1 if doc[k - 1].text == "," else k
                    parts.append((s, e))
                    s = j
                    k = j + 1
                    continue
            if doc[k].lower_ in {"and", ",", ";"} and self._gapped(doc, s, k, end):
                parts.append((s, k - 1 if doc[k - 1].text == "," else k))
                s = k + 1
                while s < end and doc[s].lower_ in SPLIT_SKIP:
                    s += 1
                k = s + 1
                continue
            k += 1
        parts.append((s, end))
        return parts

    def _gapped(self, doc: Doc, s: int, k: int, end: int) -> bool:
        """'do two by Friday and the rest by the sixteenth', 'sign-up night January 20th,
        application by January 30th': the verb left out of the second part, each part with
        its own date, is two items. The second part names a thing (no verb before its date)
        and does not open with its date or a spoken correction ('by Friday, no, Monday')."""
        j = k + 1
        while j < end and doc[j].lower_ in SPLIT_SKIP:
            j += 1
        if j >= end or doc[j].pos_ not in {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}:
            return False
        if any(t.lower_ in self.corrections for t in doc[max(s, k - 3) : j + 1]):
            return False  # "by Thursday, no wait, Thursday's Thanksgiving, by Wednesday"
        anchor = anchor_date(doc)
        if not find_dates(doc[s:k].text, anchor):
            return False
        rest = doc[j:end]
        found = find_dates(rest.text, anchor)
        if not found or found[0].start == 0:
            return False
        head = [t for t in rest if t.idx - rest.start_char < found[0].start]
        return len(head) >= 2 and not any(
            t.pos_ in {"VERB", "AUX"} or (t.lower_ == "'s" and not _named(head, t)) for t in head
        )  # "deadline's next Monday" explains the first date

    def _two_items(self, doc: Doc, s: int, k: int, j: int, end: int) -> bool:
        """Whether 'X and Y' (the second verb at ``j``) are two items: unless they share an
        object; and when each says when ('rewrite my resume this week and send it to Ravi by
        Thursday') even though the second acts on the first's result. A first part with its
        own date is done by then: 'Email Oluwaseun by Friday, and look for a course' (where the
        tagger reads "Email" as a name, so no verb seems to open it), 'Apply tonight and send
        him a note'."""
        if not same_object(doc, s, k, j, end):
            return True
        if (
            self._dated(doc, s, k)
            # "I'll go down there on Friday and get my name on the list": one errand
            and not any(t.lemma_ in {"go", "come"} for t in doc[s:k] if t.pos_ == "VERB")
            and not (j + 1 < end and doc[j + 1].lower_ in {"it", "them"})
        ):
            return True  # "Email Oluwaseun by Friday, and look for a course" ("Email" a noun)
        return self._dated(doc, s, k) and self._dated(doc, k, end)

    def _how_by_when(self, doc: Doc, s: int, k: int, end: int) -> bool:
        """ "Check if Marbury pays for it, ask HR by Friday", "negotiate the step, ask for step
        5 ...": an undated step, a bare comma, then the dated step that does it is one item
        with that date (not after "and": "email Leticia, and send Mohammed the report")."""
        return (
            doc[k].text == ","
            and doc[k + 1].lower_ not in {"and", "then"}
            and not self._dated(doc, s, k)
            and self._dated(doc, k, end)
        )

    def _follow_on(self, doc: Doc, k: int, j: int, end: int) -> bool:
        """ "call the hotel people this week and ask around", "visit the market Saturday and
        ask about a stall", "email admissions by Friday and compare costs": a short undated
        step after a bare "and" (no comma), naming no one and nothing new, carries on the step
        before it: the labels keep the two as one item (docs/extraction-history.md, "fu27: a
        short follow-on step"). A step that names someone or something ("and thank Jess too",
        "and check her last name", "and update my LinkedIn"), says its own when (a habit
        too), or runs longer is an item of its own."""
        if doc[k].lower_ != "and" or doc[k - 1].text == ",":
            return False
        tail = [t for t in doc[j:end] if not t.is_punct]
        return (
            len(tail) <= _FOLLOW_ON_WORDS
            # no one named: no proper noun, no capital ("LinkedIn", "CA"), no him/her/them
            and not any(
                t.pos_ == "PROPN"
                or t.lower_ in _PERSONS
                or (t.lower_ != "i" and any(c.isupper() for c in t.text))
                or lower_name(doc, t)  # "and message priya" in a lower-case recap (fu36)
                for t in tail
            )
            and not self._dated(doc, j, end)
            and not any(t.lower_ in _HABITS for t in tail)  # "and practice every night"
        )

    @staticmethod
    def _dated(doc: Doc, s: int, e: int) -> bool:
        return bool(find_dates(doc[s:e].text, anchor_date(doc)))


def _named(head: list[Token], t: Token) -> bool:
    """ "... by the fifteenth and Rocket's by the twentieth": a possessive "'s" just after a
    name opening the part is the gapped step's thing (fu36), unlike "the deadline's"."""
    return t.tag_ == "POS" and t.i == head[0].i + 1 and head[0].pos_ == "PROPN"
