"""Plans said in the present progressive, for debrief_followups_v1.

"I'm sending my resume tonight", "I'm going to the extension field day on the twenty fifth",
"Calling her back Thursday about the night spot.", "Following up with Tanisha next Friday":
no modal, yet a plan, because a day is named. Without a day the progressive is a report
("I'm applying to a few places", "I'm taking a night class"), so a stated due date is
required. The verbs that are never actions (``non_action_verbs`` in
``pipelines/followup_cues.toml``) stay excluded ("I'm thinking about it this weekend").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from debrief.extract.dates import due_date
from debrief.extract.followups_tokens import anchor_date, has_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from debrief.extract.lexicon import PhraseSet

#: "I'm" / "I am" (and the unpunctuated "im") before the progressive verb.
_BE = {"'m", "am", "m"}


class PlanAnchors:
    """Anchors of progressive plans (mixed into FollowUpExtractor)."""

    non_action: set[str]
    fillers: PhraseSet

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
        for tok in doc[sent.start : sent.end]:
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
