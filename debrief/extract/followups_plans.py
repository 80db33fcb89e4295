"""Plans said in the present progressive, for debrief_followups_v1.

"I'm sending my resume tonight", "I'm going to the extension field day on the twenty fifth",
"Calling her back Thursday about the night spot.", "Following up with Tanisha next Friday":
no modal, yet a plan, because a day is named. Without a day the progressive is a report
("I'm applying to a few places", "I'm taking a night class"), so a stated due date is
required. The verbs that are never actions (``non_action_verbs`` in
``pipelines/followup_cues.toml``) stay excluded ("I'm thinking about it this weekend").

The contact's request with a deadline is the speaker's to-do too: "She wants me to send her
some sketches by the 10th", "they asked me to write a short plan by July 20th", and said as
an instruction to hand something over: "she said send her my resume, resume to Yasmin by
Thursday", "he said email him by April fifteenth".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from debrief.extract.dates import due_date
from debrief.extract.doc_arrays import lemmas, lowers
from debrief.extract.followups_tokens import anchor_date, has_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from debrief.extract.lexicon import PhraseSet

#: "I'm" / "I am" (and the unpunctuated "im") before the progressive verb.
_BE = {"'m", "am", "m"}
#: the speaker's "I" and "im" (typed without the apostrophe) opening a progressive plan
_I = {"i", "im"}
#: The contact's request of the speaker: "she wants me to ...", "they asked me to ...".
_REQUESTS = {"want", "ask", "need"}
#: "she said send her ...": what the contact said to send or say to her is asked of the
#: speaker; "she said apply by November first" is her advice with the posting's deadline
#: (unlabelled on a..s: "apply for the spring season by november first")
_SAID = {"said", "says"}
_HANDOVER = {"send", "email", "e-mail", "mail", "ping", "text", "message", "forward", "shoot"}
#: the speaker's own clause, which says its own date
_SPEAKER = {"i", "i'll", "ill", "i'm", "im"}
#: the longest short tail after a comma that only says when ("got to do that by Monday")
_TAIL = 10


class PlanAnchors:
    """Anchors of progressive plans and dated requests (mixed into FollowUpExtractor)."""

    non_action: set[str]
    fillers: PhraseSet

    def _verb_after(self, doc: Doc, j: int, end: int) -> int | None:
        raise NotImplementedError

    # defined by FollowUpExtractor
    def _end(self, doc: Doc, verb: int, limit: int) -> int:
        raise NotImplementedError

    def _reported(self, doc: Doc, verb: Token, sent: Span) -> bool:
        raise NotImplementedError

    def _subordinate(self, doc: Doc, subj: Token, verb: Token) -> bool:
        raise NotImplementedError

    def _progressive(
        self, doc: Doc, sent: Span, i: int, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """(start, verb) of each dated progressive plan in ``sent``: "I'm sending ..." and,
        opening the sentence at ``i`` (after the openers), a subjectless "Calling her ..."."""
        out: list[tuple[int, int]] = []
        taken = [(s, self._end(doc, v, sent.end)) for s, v in found]
        words = lowers(doc)  # the word first: only the opening and "I" are looked at
        for tok in (doc[k] for k in range(sent.start, sent.end) if k == i or words[k] in _I):
            subj: Token | None = None
            if tok.i == i and tok.tag_ == "VBG" and not has_subject(tok):
                v = tok.i  # "Calling her back Thursday about the night spot."
            elif tok.lower_ in {"i", "im"}:
                j = tok.i + 1
                if tok.lower_ == "i":
                    if j >= sent.end or doc[j].lower_ not in _BE:
                        continue
                    j += 1
                while j < sent.end and self.fillers.match_at(doc, j, sent.end):
                    j += self.fillers.match_at(doc, j, sent.end)
                if j >= sent.end or doc[j].tag_ != "VBG":
                    continue
                v, subj = j, tok
            else:
                continue
            verb = doc[v]
            if verb.lemma_.lower() in self.non_action or verb.lower_ in self.non_action:
                continue
            if verb.lower_ == "going" and v + 2 < sent.end and doc[v + 2].tag_ == "VB":
                continue  # "I'm going to apply": the modal, read elsewhere
            start = tok.i
            if any(s <= start <= e for s, e in taken):
                continue
            end = self._end(doc, v, sent.end)
            if due_date(doc[start:end].text, anchor_date(doc)) is None:
                continue  # undated: a report of what is under way, not a plan
            if self._reported(doc, verb, sent):
                continue
            if subj is not None and self._subordinate(doc, subj, verb):
                continue
            out.append((start, v))
            taken.append((start, end))
        return out

    def _dated_request(
        self, doc: Doc, sent: Span, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """(start, verb) of the contact's request with a deadline: "She wants me to send her
        some sketches by the 10th", "He asked me to write two sample emails, by Friday the
        13th". Labelled the speaker's to-do, from the request's subject on; without a date
        it is her wish or advice ("she wants me to apply for the navigator job": 14 of 14
        such requests on a..s unlabelled, 6 of 6 dated ones labelled)."""
        out: list[tuple[int, int]] = []
        taken = [(s, self._end(doc, v, sent.end)) for s, v in found]
        # the word first: only a word of saying or a request's verb is looked at
        words, lems = lowers(doc), lemmas(doc)
        # (the slice as spaCy reads it: "sent.end - 3" below zero counts from the doc's end)
        head = doc[sent.start : sent.end - 3]
        asked = (
            k
            for k in range(head.start, head.end)
            if words[k] in _SAID or lems[k].lower() in _REQUESTS
        )
        for tok in (doc[k] for k in asked):
            said = self._said_handover(doc, sent, tok, taken)
            if said is not None:
                out.append(said)
                taken.append((said[0], sent.end))
                continue
            if (
                tok.lemma_.lower() not in _REQUESTS
                or tok.pos_ != "VERB"
                or tok.tag_ == "VB"
                or doc[tok.i + 1].lower_ != "me"
                or doc[tok.i + 2].lower_ != "to"
            ):
                continue
            who = doc[tok.i - 1] if tok.i > sent.start else None
            if who is None or not (
                who.lower_ in {"she", "he", "they"} or who.ent_type_ == "PERSON"
            ):
                continue
            v = self._verb_after(doc, tok.i + 3, sent.end)
            if v is None or doc[v].lemma_.lower() in self.non_action:
                continue
            start = who.i
            if any(s <= start <= e or s <= v <= e for s, e in taken):
                continue
            end = self._end(doc, v, sent.end)
            # the speaker's own clause after a comma says its own date ("..., I'll do it
            # tonight", "..., so I'll send it tomorrow"); "a note on what I'd do in the first
            # ninety days by July 20th" does not
            end = next(
                (
                    t.i
                    for t in doc[v + 1 : end]
                    if t.lower_ in {"i", "i'll", "ill"} and _after_comma(doc, t.i)
                ),
                end,
            )
            if due_date(doc[v:end].text, anchor_date(doc)) is None:
                continue
            out.append((start, v))
            taken.append((start, end))
        return out

    def _said_handover(
        self, doc: Doc, sent: Span, tok: Token, taken: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """(start, verb) of "she said (to) send her X ... by Thursday": the contact asking for
        something by a day, filed from the verb on. On spoken recaps the date often comes in
        a short tail after Whisper's comma ("send her simple dashboard, got to do that by
        Monday", "send a sample unit, sample unit by June 15"); undated it is not labelled
        ("She said send her my CV." 4 of 4 on a..s unlabelled, the dated ones all labelled)."""
        if tok.lower_ not in _SAID or tok.i == sent.start:
            return None
        who = doc[tok.i - 1]
        if not (who.lower_ in {"she", "he", "they"} or who.ent_type_ == "PERSON"):
            return None
        v = tok.i + 1
        while v < sent.end and doc[v].lower_ in {",", "to"}:
            v += 1
        if v >= sent.end or doc[v].lower_ not in _HANDOVER:
            return None
        if any(s <= v <= e for s, e in taken):
            return None
        anchor = anchor_date(doc)
        # up to the speaker's own item after it ("..., so I will message Joy tomorrow"; not
        # "... which ill do at lunch today", which dates this one)
        limit = min([s for s, _ in taken if s > v] + [sent.end])
        end = self._end(doc, v, limit)
        end = next(
            (t.i for t in doc[v + 1 : end] if t.lower_ in _SPEAKER and _after_comma(doc, t.i)),
            end,
        )
        if due_date(doc[v:end].text, anchor) is not None:
            return v, v
        # a short tail after the comma that only says when, with no one else speaking in it
        tail = doc[end:limit]
        if (
            0 < len(tail) <= _TAIL
            and doc[end].text == ","
            and not any(t.lower_ in _SPEAKER | {"she", "he", "they"} for t in tail)
            and due_date(tail.text, anchor) is not None
        ):
            return v, v
        return None


def _after_comma(doc: Doc, i: int) -> bool:
    """A comma right before ``i``, or before a joining word there (", so I'll ...")."""
    k = i - 1
    if k > 0 and doc[k].lower_ in {"so", "and", "then", "but"}:
        k -= 1
    return k >= 0 and doc[k].text == ","
