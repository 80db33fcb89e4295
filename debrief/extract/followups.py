"""debrief_followups_v1: the speaker's action items with due dates, and the call's length.

An action item is a clause whose subject is the speaker ("I need to send her a note tomorrow",
"I'll email Dev by Friday"), a subjectless note ("Need to rework the portfolio by Sunday"),
a bare imperative ("Email Marcus by Friday.") or an entry of a spoken list ("Follow-ups:
send ..., register ..."). Clauses under someone else's reporting verb ("she said I should
...") are the contact's advice and are skipped, as are relative and conditional clauses,
negated ones and non-actions ("I'm going to think about it"), and bare imperatives just
after a sentence that only announces advice ("Advice? Learn SQL."), Whisper's way of writing
a typed "Advice: learn SQL" (also ", advice." ending a sentence, "Advice for someone moving
into X."). On Whisper's punctuation, a dated bare imperative after a comma is a note ("...,
Tamsen Ruiz, call Tamsen tomorrow."), and "Talk to <the contact>" in the opening sentences is
tiny.en's "Talked to", the introduction. Cue words are in ``pipelines/followup_cues.toml``;
dates are resolved by :mod:`debrief.extract.dates`, the call's length read by
:mod:`debrief.extract.followups_minutes`; where an item ends is
:mod:`debrief.extract.followups_ends`'.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from debrief.extract.dates import resolve_due
from debrief.extract.doc_arrays import looks_english, lowers, puncts, texts
from debrief.extract.followup_cues import followup_cues
from debrief.extract.followups_asides import drop_asides
from debrief.extract.followups_checkbox import box_at, boxed_item, checkbox_lines
from debrief.extract.followups_clauses import ClauseTests
from debrief.extract.followups_conjoined import ConjoinedSteps
from debrief.extract.followups_context import date_from_context
from debrief.extract.followups_ends import ItemEnds
from debrief.extract.followups_entries import mark_listed
from debrief.extract.followups_except import hedged_step, none_but
from debrief.extract.followups_header_line import drop_header_items
from debrief.extract.followups_line_label import line_label
from debrief.extract.followups_lists import ListShapes
from debrief.extract.followups_minutes import CallLength
from debrief.extract.followups_name_check import drop_name_checks
from debrief.extract.followups_noun_subject import noun_subject_opening
from debrief.extract.followups_plans import PlanAnchors
from debrief.extract.followups_restated import fold_restated
from debrief.extract.followups_resumed import resumed_steps
from debrief.extract.followups_run_in import run_in_anchors
from debrief.extract.followups_runon import TranscriptAnchors
from debrief.extract.followups_said import own_after_said
from debrief.extract.followups_sections import verb_bases
from debrief.extract.followups_so_step import so_steps
from debrief.extract.followups_split import ItemSplits
from debrief.extract.followups_taken_up import taken_up
from debrief.extract.followups_tokens import (
    FUSED,
    anchor_date,
    had_done,
    has_subject,
    introduces,
    speaker_speaks,
    typed_lines,
)
from debrief.extract.guard import degraded
from debrief.extract.lexicon import PhraseSet
from debrief.extract.orgs import lower_doc
from debrief.models import FollowUp

#: Whose advice a sentence may end on: "More corporate, his advice. Get the WSET level 3."
_ADVICE_OWNERS = {"his", "her", "their", "the", "my"}
#: Words that open a note about a meeting when "with" follows ("Call with Sam went well").
_MEETING_NOUNS = {"call", "chat", "coffee", "zoom", "lunch", "meeting", "text", "message", "email"}


class FollowUpExtractor(
    ItemEnds, ClauseTests, ListShapes, PlanAnchors, TranscriptAnchors, ItemSplits, ConjoinedSteps
):
    def __init__(self, nlp: Language, cues: dict[str, Any]) -> None:
        intent, imp, lists, bounds, cl = (
            cues["intent"],
            cues["imperative"],
            cues["lists"],
            cues["boundaries"],
            cues["call_length"],
        )
        modals = list(intent["modals"])
        for m in intent["modals"]:
            for aux in ("'m ", "am "):
                if m.startswith(aux):
                    modals += [f"{aux}{adv} {m[len(aux) :]}" for adv in intent["inner_adverbs"]]
        modals += [m.replace("'", "") for m in modals if m.startswith("'")]  # "im going to"
        self.modals = PhraseSet(nlp, modals, prefix="I")
        self.bridges = PhraseSet(nlp, intent["bridges"])
        self.subjectless = PhraseSet(nlp, intent["subjectless"])
        self.fillers = PhraseSet(nlp, intent["fillers"])
        self.midway = PhraseSet(nlp, intent["midway"])
        self.commitments = set(intent["commitments"])
        self.hypothetical = PhraseSet(nlp, intent["hypothetical"])
        self.closing = PhraseSet(nlp, intent["closing"], prefix="I")
        self.intros = set(intent["introductions"])
        self.non_action_particles = {
            verb: set(words) for verb, words in intent["non_action_particles"].items()
        }
        self.non_action = set(intent["non_action_verbs"])
        self.habit_verbs = set(intent["habit_verbs"])
        self.becoming_verbs = set(intent["becoming_verbs"])
        self.got_to_past = set(intent["got_to_past"])
        self.deadline_words = set(intent["deadline_words"])
        self.reporting = set(intent["reporting_verbs"])
        self.subordinators = set(intent["subordinators"])
        self.imperatives = set(imp["verbs"])
        self.openers = PhraseSet(nlp, imp["openers"])
        self.headers = PhraseSet(nlp, lists["headers"])
        self.verbless_labels = frozenset(lists["verbless_labels"])
        self.section_headers = PhraseSet(nlp, lists["headers"] + lists["line_headers"])
        self.none_markers = PhraseSet(nlp, lists["none_markers"])
        self.none_exceptions = PhraseSet(nlp, lists["none_exceptions"])
        self.none_idle = frozenset(lists["none_idle"])
        self.after_comma = PhraseSet(nlp, bounds["after_comma"])
        self.strong = set(bounds["strong"])
        self.other_subjects = set(bounds["other_subjects"])
        self.corrections = set(bounds["corrections"])
        self.advice_words = set(bounds["advice_words"])
        self.advice_span = int(bounds["advice_span"])
        self.minutes = CallLength(nlp, cl)
        self.past_forms = _past_forms(nlp)
        self.verb_bases = verb_bases(nlp)
        self.taken_up = cues["taken_up"]

    # ------------------------------------------------------------ entry point

    def __call__(self, doc: Doc) -> Doc:
        if not looks_english(doc):
            doc._.follow_ups = []
            doc._.call_minutes = None
            return doc
        try:
            anchor = anchor_date(doc)
            items: list[FollowUp] = []
            list_open = False  # a "Follow-ups: 1. ... 2. ..." list may run on
            advice = 0  # sentences left under a spoken "Advice." header
            contact = getattr(doc._, "contact", None) if Doc.has_extension("contact") else None
            name = (contact.name or "").lower() if contact is not None else ""
            prev: Span | None = None
            after_none = False  # the sentence before said there is nothing to follow up
            boxes, boxed = checkbox_lines(doc), set()  # "- [ ] email Ana" (fu35)
            sents = typed_lines(doc)
            for n, sent in enumerate(sents):
                if box := box_at(boxes, sent.start_char) if boxes else None:
                    if box not in boxed:  # one item a box, read at its line's first sentence
                        boxed.add(box)
                        line = [s for s in sents if box_at([box], s.start_char)]
                        found = [f for s in line for f in self._sentence(doc, s, anchor, False)[0]]
                        make = lambda s, e: self._make(doc, s, e, anchor)  # noqa: E731
                        items.extend(boxed_item(doc, box, found, make))
                    prev = sent
                    continue
                if self._advice_header(doc, sent):
                    advice = self.advice_span
                    continue
                if self._says_none(doc, sent):
                    # "No follow-ups.": the bare imperatives before it were the contact's advice
                    items = self.speakers_own(items)
                # a later sentence of a typed line opened by a label: the label says whose
                label = line_label(
                    doc, sent, self.section_headers, self.advice_words, self.imperatives
                )
                advised = advice > 0 or label == "advice"
                found, list_open = self._sentence(doc, sent, anchor, list_open, advised)
                if label == "todo" and not found:  # "TODO: enroll by Friday. ask Omar ..."
                    found = self._label_step(doc, sent, anchor)
                if after_none and not found:  # "No action items. Maybe talk to Shannon."
                    kept = hedged_step(doc, sent.start, sent.end, self.none_idle)
                    found = [f for f in [self._make(doc, *kept, anchor)] if f] if kept else []
                after_none = not found and bool(self.none_markers.find(doc, sent.start, sent.end))
                if n < 3:  # "Rebecca Liu, or Lieu, I need to check the spelling" (fu38)
                    found = drop_name_checks(found)
                if n < 3 and name:
                    # "Talk to Giovanni Russell, who is head of ...": tiny.en's "Talked to"
                    # introducing the contact, not a note to talk to them
                    found = [f for f in found if not introduces(f, name, anchor, self.intros)]
                if items and prev is not None:
                    grown = self._carry_over(doc, items[-1], prev, sent, bool(found))
                    items[-1] = grown or items[-1]
                items.extend(found)
                prev = sent
                if advice:
                    advice = 0 if speaker_speaks(sent) else advice - 1
            items = fold_restated(doc, items)  # "..., no, let's say Friday"
            items = drop_header_items(doc, items)  # "Subject: Call with ... - 55 min"
            items = date_from_context(doc, items)  # "..., by the fifth"
            # "he said send him my resume, so I'll do that tomorrow" (fu43)
            doc._.follow_ups = taken_up(doc, items, self.taken_up, self.imperatives)
        except Exception as exc:  # never let one odd recap break extraction
            degraded("follow-up", exc)
            doc._.follow_ups = []
        try:
            doc._.call_minutes = self.minutes(doc)
        except Exception as exc:
            degraded("call length", exc)
            doc._.call_minutes = None
        return doc

    # ------------------------------------------------------------ per sentence

    def _sentence(
        self, doc: Doc, sent: Span, anchor: date, list_open: bool, advised: bool = False
    ) -> tuple[list[FollowUp], bool]:
        """The sentence's action items, and whether a numbered list is still running after it.
        ``advised``: the sentence follows an advice header, so its bare imperatives are the
        contact's advice ("Advice? Learn to facilitate workshops."), not the speaker's notes."""
        if marks := self.none_markers.find(doc, sent.start, sent.end):
            # "No follow-ups really, maybe just connect on LinkedIn": the one thing named
            kept = none_but(doc, marks[-1][1], sent.end, self.none_exceptions, self.none_idle)
            item = self._make(doc, *kept, anchor) if kept else None
            return ([item] if item else []), False
        listed, list_open = self._listed(doc, sent, list_open)
        if listed is not None:
            # "1. gotta read the guidance and need to update LinkedIn": a second obligation
            # inside a list's entry is a step of its own, as after any step (fu28, fu29)
            extra = self._conjoined(doc, sent, [(s, v) for s, v, _ in listed])
            starts = sorted(listed + [(s, v, s) for s, v in extra])
        else:
            starts = [
                (start, verb, start)
                for start, verb in self._anchors(doc, sent)
                if not (advised and start == verb)  # a bare imperative: the contact's advice
            ]
            if starts:
                start, verb, _ = starts[0]
                lead = self._lead_date(doc, sent, start, anchor)
                starts[0] = (lead, verb, lead)
                # "..., she said it closes on the 23rd, and send her a note" (fu32)
                found = [(s, v) for s, v, _ in starts]
                ends = lambda v: self._end(doc, v, sent.end)  # noqa: E731
                starts += [(j, j, j) for j in resumed_steps(doc, sent, found, ends)]
        out: list[FollowUp] = []
        spans: list[tuple[int, int]] = []
        for k, (start, verb, _) in enumerate(starts):
            # up to the next entry, or the list number that opens it
            limit = starts[k + 1][2] if k + 1 < len(starts) else sent.end
            for s, e in self._split(doc, start, verb, self._tail_date(doc, start, verb, limit)):
                item = self._make(doc, s, e, anchor)
                if item and out and self._deadline_tail(doc, out[-1], spans[-1][1], s, item):
                    s = spans.pop()[0]
                    out.pop()
                    item = self._make(doc, s, e, anchor)
                if item:
                    out.append(item)
                    spans.append((s, e))
        if listed is not None:  # a list's entries are the speaker's, whoever spoke inside
            mark_listed(doc, [f.start for f in out])
        return out, list_open

    def _label_step(self, doc: Doc, sent: Span, anchor: date) -> list[FollowUp]:
        """A sentence under a to-do label earlier on its line that no rule read as a step:
        its first word, past openers, is the step's verb when it can be a verb's base form."""
        k = self._skip_openers(doc, sent.start, sent.end)
        if k >= sent.end or not doc[k].text.isalpha() or doc[k].lower_ in {"i", "be"}:
            return []
        tok = doc[k]
        if not (
            tok.lower_ in self.imperatives or tok.tag_ == "VB" or tok.lower_ in self.verb_bases
        ):
            return []
        item = self._make(doc, k, self._tail_date(doc, k, k, sent.end), anchor)
        return [item] if item else []

    def _advice_header(self, doc: Doc, sent: Span) -> bool:
        """A short verbless sentence announcing advice: "Advice?", "Her advice for me as an
        analyst." (Whisper's sentence break where a typed recap has "Advice: ...")."""
        first = self._skip_openers(doc, sent.start, sent.end)
        # the words' indices, read on the doc's arrays: a Token only for the last test (speed34)
        low, punct = lowers(doc), puncts(doc)
        words = [i for i in range(first, sent.end) if not punct[i]]
        if len(words) > 2 and low[words[-1]] in self.advice_words:
            before = words[-1] - 1
            if low[before] in _ADVICE_OWNERS and before - 1 > sent.start:
                before -= 1  # ", his advice." / ", her advice." as Whisper ends the sentence
            if texts(doc)[before] == ",":
                return True  # "He said they live their values, local news first, advice."
        if (
            0 < len(words) <= 10
            and low[words[0]] in self.advice_words
            and len(words) > 1
            and low[words[1]] == "for"
        ):
            return True  # "Advice for someone moving from law to philanthropy."
        return (
            0 < len(words) <= 8
            and any(low[i] in self.advice_words for i in words[:3])
            and not any(doc[i].pos_ in {"VERB", "AUX"} for i in words)
        )

    def _lead_date(self, doc: Doc, sent: Span, start: int, anchor: date) -> int:
        """'Tomorrow I'll send her my resume': a short date phrase before the item belongs to it."""
        first = self._skip_openers(doc, sent.start, start)
        short = 0 < start - first <= 5
        if short and not any(t.pos_ in {"VERB", "AUX"} for t in doc[first:start]):
            return first if resolve_due(doc[first:start].text, anchor) is not None else start
        return start

    def _skip_openers(self, doc: Doc, i: int, end: int) -> int:
        while i < end:
            n = self.openers.match_at(doc, i, end)
            if not n:
                break
            i += n
        return i

    def _anchors(self, doc: Doc, sent: Span, listed: bool = False) -> list[tuple[int, int]]:
        """(start token, action verb token) of each action item in the sentence. ``listed``:
        the sentence opens on a list header ("Next steps: he said Nadia sends the offer, so I
        should email her if ..."), so the speaker's own clauses in it are their steps, not the
        contact's words reported."""
        found: list[tuple[int, int]] = []
        # subjectless notes and bare imperatives at the start of the sentence
        i = self._skip_openers(doc, sent.start, sent.end)
        if i < sent.end and doc[i].lower_ != "i":
            n: int | None = self.subjectless.match_at(doc, i, sent.end)
            if n:
                v: int | None = self._verb_after(doc, i + n, sent.end)
                if v is not None and self._is_action(doc, v, i):
                    found.append((i, v))
            elif self._imperative_opening(doc[i]) or self._heard_past(doc, doc[i], sent.end):
                nxt = doc[i + 1] if i + 1 < sent.end else None
                # "Call with Sam went well" reports a meeting; "Meet with a rep" is a to-do
                meeting = doc[i].lower_ in _MEETING_NOUNS
                if (
                    (
                        nxt is None
                        or (
                            nxt.lower_
                            not in {
                                "is",
                                "was",
                                "'s",
                                "of",
                                "from",
                                "log",
                                "notes",
                                "recap",
                                "debrief",
                                # "Mail has won": a noun subject, not an imperative
                                "has",
                                "had",
                                "are",
                                "were",
                                # "Don't undersell it": the contact's advice, not a to-do
                                "n't",
                                "not",
                                # "Contact: Dana Reyes", "Call: 40 min": a typed note's
                                # field label
                                ":",
                            }
                            # "Call lasted an hour", "Coffee ran long": a past verb after
                            # the meeting's noun reports it
                            and not (
                                meeting and (nxt.lower_ in {"with", "w/", "w"} or nxt.tag_ == "VBD")
                            )
                        )
                    )
                    and not has_subject(doc[i])
                    and not noun_subject_opening(doc[i])  # "Volunteer management is ..."
                    and not self._reported(doc, doc[i], sent)
                    and not self._quoted_advice(doc, i, sent)
                    and not self._continued_advice(doc, i, sent)
                ):
                    found.append((i, i))
        # clauses whose subject is the speaker (the word first: no Token for the others)
        words = lowers(doc)
        speaker = (k for k in range(sent.start, sent.end) if words[k] == "i" or words[k] in FUSED)
        for tok in (doc[k] for k in speaker):
            fused = FUSED.get(tok.lower_) if tok.text.islower() else None
            if (tok.lower_ != "i" and fused is None) or tok.i + 1 >= sent.end:
                continue
            j = tok.i + 1
            while (
                j < sent.end
                and self.fillers.match_at(doc, j, sent.end)
                and doc[j].lower_ not in {"to", ","}
            ):
                j += self.fillers.match_at(doc, j, sent.end)
            if fused is None and self.hypothetical.match_at(doc, j, sent.end):
                continue  # "I'd need to show ...": what it would take, not a plan
            if fused is None and j < sent.end and doc[j].lower_ in self.commitments:
                v = j  # "I owe her a thank-you note": a commitment as it stands
            else:
                n = (
                    self.modals.match_at(doc, j, sent.end)
                    if fused is None
                    else self._fused(doc, fused, j, sent.end)
                )
                if n is None or (not n and fused is None):
                    continue
                v = self._verb_after(doc, j + n, sent.end)
                if v is not None and self._met(doc, j, v):
                    continue  # "I finally got to talk to Vanessa": the call itself, past
            if v is not None and not self._is_action(doc, v, tok.i):
                v = self._then_action(doc, v, tok.i, sent.end)
            if v is None:
                continue
            if had_done(doc[v]) and any(t.lower_ in {"'d", "d", "id"} for t in doc[tok.i : v]):
                continue  # "I'd emailed him", "I told her I'd built ...": had, not would
            reported = self._reported(doc, doc[v], sent) and not listed
            if (reported or self._subordinate(doc, tok, doc[v])) and not (
                self._closing_plan(doc, tok, j, fused)
                or self._so_plan(doc, tok, j, fused)
                or self._answers_request(doc, tok, j, fused)
                or own_after_said(doc, tok, v, sent, self.reporting)
            ):
                continue
            if found and found[-1][1] >= tok.i:
                continue
            found.append((tok.i, v))
        found = sorted(found + self._progressive(doc, sent, i, found))
        found = sorted(found + self._dated_request(doc, sent, found))
        if not found:
            found = self._dated_note(doc, sent, i)
        found = sorted(found + self._midway(doc, sent, found))
        found = sorted(found + self._conjoined(doc, sent, found))  # ", and gotta ask ..."
        # "he said Jenna is ex-finance too, so get in touch with Jenna": the speaker's (fu30)
        found = sorted(found + so_steps(doc, sent, found, self.imperatives, self.reporting))
        if lower_doc(doc):
            found = sorted(found + self._run_on(doc, sent, found))
        else:
            found = sorted(found + self._comma_dated(doc, sent, found))
        found = sorted(found + self._after_length(doc, sent, found))
        found = sorted(found + self._header_steps(doc, sent, found))  # "so next steps email"
        # "... the readiness numbers follow up send him my resume": no break before it (fu37)
        found = sorted(found + run_in_anchors(doc, sent, found, self.imperatives))
        return drop_asides(doc, found, sent.end)  # "Hold on, ...", "Call 40 minutes."

    def _imperative_opening(self, tok: Token) -> bool:
        """A sentence opening with an action verb: one of the cue file's imperatives, or any
        verb the tagger reads as a bare imperative with an object or a particle ("Search
        USAJobs for ...", "Work on my resume", "Photograph the stations Saturday"). Not a past
        form the tagger reads as a base one at a note's start: "Ran a tower crane for nine
        years ...", "Got her name from my broker"."""
        if self._past_form(tok):
            return False
        if tok.lower_ in self.imperatives and tok.tag_ in {"VB", "NNP", "NN", "VBP"}:
            return True
        return (
            tok.tag_ == "VB"
            and tok.dep_ == "ROOT"
            and tok.lemma_.lower() not in self.non_action
            and any(c.dep_ in {"dobj", "prep", "prt"} for c in tok.children)
        )

    def _fused(self, doc: Doc, aux: str, j: int, end: int) -> int | None:
        """Unpunctuated contractions: "ill text her" is "I'll text her"."""
        best: int | None = None
        for seq in self.modals.by_first.get(aux, ()):
            rest = seq[1:]
            if j + len(rest) <= end and all(doc[j + k].lower_ == w for k, w in enumerate(rest)):
                best = len(rest) if best is None else max(best, len(rest))
        return best

    def _verb_after(self, doc: Doc, j: int, end: int) -> int | None:
        steps = 0
        while j < end and steps < 6:
            b = self.bridges.match_at(doc, j, end)
            if b:
                j += b
                steps += 1
                continue
            t = doc[j]
            if t.lower_ in {"to", ","} or (self.fillers.match_at(doc, j, end) and t.pos_ != "VERB"):
                j += 1
                steps += 1
                continue
            if (
                t.lower_ in {"go", "ahead"}
                and j + 1 < end
                and doc[j + 1].lower_ in {"and", "ahead"}
            ):
                return j
            if t.pos_ in {"VERB", "AUX"} or t.tag_ == "VB" or t.lower_ in self.imperatives:
                return j
            return None
        return None

    def _base_verb(self, tok: Token) -> bool:
        if tok.lower_ in {"be", "i"}:
            return False
        return tok.tag_ == "VB" or tok.lower_ in self.imperatives


def _past_forms(nlp: Language) -> frozenset[str]:
    """Irregular past forms ("ran", "got", "met") from the base model's lemma exceptions (a
    form that is also its own lemma, "read", "set", "put", is not one)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(form for form, lemmas in table.items() if form not in lemmas and lemmas)


@Language.factory("debrief_followups_v1")
def make_followups(nlp: Language, name: str) -> FollowUpExtractor:
    return FollowUpExtractor(nlp, followup_cues())
