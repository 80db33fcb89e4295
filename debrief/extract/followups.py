"""debrief_followups_v1: the speaker's action items with due dates, and the call's length.

An action item is a clause whose subject is the speaker ("I need to send her a note tomorrow",
"I'll email Dev by Friday"), a subjectless note ("Need to rework the portfolio by Sunday"),
a bare imperative ("Email Marcus by Friday.") or an entry of a spoken list ("Follow-ups:
send ..., register ..."). Clauses under someone else's reporting verb ("she said I should
...") are the contact's advice and are skipped, as are relative and conditional clauses,
negated ones and non-actions ("I'm going to think about it"). Cue words are in
``pipelines/followup_cues.toml``; dates are resolved by :mod:`debrief.extract.dates`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from debrief.extract.dates import number_regex, parse_number, resolve_due
from debrief.extract.guard import degraded
from debrief.extract.lexicon import PhraseSet, load_toml, looks_english
from debrief.models import FollowUp

_NEGATIONS = {"not", "n't", "never", "no"}
_BARE_AFTER = (
    r"\b(went|ran|lasted|talked|chatted|spoke|call was)\s+(for\s+)?"
    r"(about|around|like|almost|maybe|nearly|roughly|over|just\s+over|under)?\s*$"
)
# "ill", "im", "ive", "id" in transcripts without apostrophes: I + the contracted auxiliary
_FUSED = {"ill": "'ll", "im": "'m", "ive": "'ve", "id": "'d"}
_DURATION_HINT = re.compile(
    r"\b(?:min|mins|minutes?|hours?|went|ran|lasted|talked|chatted|spoke)\b", re.I
)
_CALL_SUBJECTS = {"we", "it", "i", "that", "this", "she", "he", "they", "who"}


def _anchor_date(doc: Doc) -> date:
    when = doc._.recorded_at
    if isinstance(when, datetime):
        return when.date()
    if isinstance(when, date):
        return when
    return datetime.now().date()


class FollowUpExtractor:
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
        self.non_action = set(intent["non_action_verbs"])
        self.reporting = set(intent["reporting_verbs"])
        self.subordinators = set(intent["subordinators"])
        self.imperatives = set(imp["verbs"])
        self.openers = PhraseSet(nlp, imp["openers"])
        self.headers = PhraseSet(nlp, lists["headers"])
        self.none_markers = PhraseSet(nlp, lists["none_markers"])
        self.after_comma = PhraseSet(nlp, bounds["after_comma"])
        self.strong = set(bounds["strong"])
        self.other_subjects = set(bounds["other_subjects"])
        self.corrections = set(bounds["corrections"])
        self.minutes = CallLength(nlp, cl)

    # ------------------------------------------------------------ entry point

    def __call__(self, doc: Doc) -> Doc:
        if not looks_english(doc):
            doc._.follow_ups = []
            doc._.call_minutes = None
            return doc
        try:
            anchor = _anchor_date(doc)
            items: list[FollowUp] = []
            list_open = False  # a "Follow-ups: 1. ... 2. ..." list may run on
            for sent in doc.sents:
                found, list_open = self._sentence(doc, sent, anchor, list_open)
                items.extend(found)
            doc._.follow_ups = items
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
        self, doc: Doc, sent: Span, anchor: date, list_open: bool
    ) -> tuple[list[FollowUp], bool]:
        """The sentence's action items, and whether a numbered list is still running after it."""
        if self.none_markers.find(doc, sent.start, sent.end):
            return [], False
        listed, list_open = self._listed(doc, sent, list_open)
        if listed is not None:
            starts = listed
        else:
            starts = [(start, verb, start) for start, verb in self._anchors(doc, sent)]
            if starts:
                start, verb, _ = starts[0]
                lead = self._lead_date(doc, sent, start, anchor)
                starts[0] = (lead, verb, lead)
        out = []
        for k, (start, verb, _) in enumerate(starts):
            # up to the next entry, or the list number that opens it
            limit = starts[k + 1][2] if k + 1 < len(starts) else sent.end
            for s, e in self._split(doc, start, verb, self._end(doc, verb, limit)):
                item = self._make(doc, s, e, anchor)
                if item:
                    out.append(item)
        return out, list_open

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

    def _listed(
        self, doc: Doc, sent: Span, list_open: bool
    ) -> tuple[list[tuple[int, int, int]] | None, bool]:
        """Entries of "Follow-ups: a, b, and c" or of a numbered list ("Next steps: 1) ...
        2) ..."), as (start, verb, where the entry with its list number begins); None when
        ``sent`` is not a list. A numbered list may run on over the next sentences
        (``list_open``); the second value says whether it still may after this one."""
        i = sent.start
        n = self.headers.match_at(doc, i, sent.end)
        if not n:
            i = self._skip_openers(doc, sent.start, sent.end)
            n = self.headers.match_at(doc, i, sent.end)
        if not n:
            if not (list_open and _enumerator(doc, sent.start, sent.end)):
                return None, False
            n, i = 0, sent.start  # "2. read her blog post." after "Next steps: 1. ..."
        j = i + n
        while j < sent.end and doc[j].lower_ in {":", "-", "—", "are", "is", ",", "so"}:
            j += 1
        starts: list[tuple[int, int, int]] = []
        numbered = False
        k = j
        while k < sent.end:
            t = doc[k]
            mark = _enumerator(doc, k, sent.end)
            if mark:
                # after a number the entry needs no verb: "2) coffee chat with her teammate"
                numbered = True
                if k + mark < sent.end:
                    opens = k - 1 if k > j and doc[k - 1].text == "," else k
                    starts.append((k + mark, k + mark, opens))
                k += mark
                continue
            boundary = (
                k == j
                or doc[k - 1].text in {",", ";"}
                or (doc[k - 1].lower_ == "and" and k - 2 >= j and doc[k - 2].text in {",", ";"})
            )
            if boundary and (t.lower_ in self.imperatives or t.tag_ == "VB"):
                starts.append((k, k, k))
            k += 1
        return starts, numbered

    def _anchors(self, doc: Doc, sent: Span) -> list[tuple[int, int]]:
        """(start token, action verb token) of each action item in the sentence."""
        found: list[tuple[int, int]] = []
        # subjectless notes and bare imperatives at the start of the sentence
        i = self._skip_openers(doc, sent.start, sent.end)
        if i < sent.end and doc[i].lower_ != "i":
            n: int | None = self.subjectless.match_at(doc, i, sent.end)
            if n:
                v = self._verb_after(doc, i + n, sent.end)
                if v is not None and self._is_action(doc, v, i):
                    found.append((i, v))
            elif doc[i].lower_ in self.imperatives and doc[i].tag_ in {"VB", "NNP", "NN", "VBP"}:
                nxt = doc[i + 1] if i + 1 < sent.end else None
                if (
                    (
                        nxt is None
                        or nxt.lower_
                        not in {"is", "was", "'s", "of", "with", "w/", "w", "from", "log", "notes"}
                    )
                    and not self._has_subject(doc[i])
                    and not self._reported(doc, doc[i], sent)
                ):
                    found.append((i, i))
        # clauses whose subject is the speaker
        for tok in sent:
            fused = _FUSED.get(tok.lower_) if tok.text.islower() else None
            if (tok.lower_ != "i" and fused is None) or tok.i + 1 >= sent.end:
                continue
            j = tok.i + 1
            while (
                j < sent.end
                and self.fillers.match_at(doc, j, sent.end)
                and doc[j].lower_ not in {"to", ","}
            ):
                j += self.fillers.match_at(doc, j, sent.end)
            n = (
                self.modals.match_at(doc, j, sent.end)
                if fused is None
                else self._fused(doc, fused, j, sent.end)
            )
            if n is None or (not n and fused is None):
                continue
            v = self._verb_after(doc, j + n, sent.end)
            if v is None or not self._is_action(doc, v, tok.i):
                continue
            if self._reported(doc, doc[v], sent) or self._subordinate(doc, tok, doc[v]):
                continue
            if found and found[-1][1] >= tok.i:
                continue
            found.append((tok.i, v))
        return found

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

    def _is_action(self, doc: Doc, v: int, start: int) -> bool:
        verb = doc[v]
        if verb.lemma_.lower() in self.non_action or verb.lower_ in self.non_action:
            return False
        return not any(doc[k].lower_ in _NEGATIONS for k in range(start, v))

    @staticmethod
    def _has_subject(tok: Token) -> bool:
        return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)

    def _reported(self, doc: Doc, verb: Token, sent: Span) -> bool:
        """True when the clause hangs under someone else's reporting verb or a relative clause."""
        t = verb
        hops = 0
        while t.head.i != t.i and hops < 8:
            if t.dep_ in {"relcl", "acl"}:
                return True
            head = t.head
            lemma = head.lemma_.lower()
            # an unpunctuated run-on ("her advice was to get an internship i need to look up
            # ...") hangs a far-off "I ..." under the contact's verb: too far to be reported
            far = verb.i - head.i > 12 and doc[verb.i - 1].lower_ != "that"
            if lemma in self.reporting and head.pos_ in {"VERB", "AUX"} and not far:
                subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if not subj or subj[0].lower_ != "i":
                    if t.dep_ in {"ccomp", "xcomp", "advcl", "dobj", "parataxis"} and t.i > head.i:
                        return True
                    if t.dep_ == "conj" and t.i > head.i and _coordinated(doc, t):
                        return True
            t = head
            hops += 1
        if verb.dep_ in {"relcl", "acl"}:
            return True
        # text fallback: "<she|he|they|Name> said (that) I ..." just before
        window = doc[max(sent.start, verb.i - 8) : verb.i]
        for k, w in enumerate(window):
            if w.lemma_.lower() in self.reporting and w.pos_ == "VERB" and k > 0:
                who = window[k - 1]
                by_other = who.lower_ in {"she", "he", "they"} or who.ent_type_ == "PERSON"
                if by_other and not any(x.text in {".", ";"} for x in window[k:]):
                    return True
        return False

    def _subordinate(self, doc: Doc, subj: Token, verb: Token) -> bool:
        """Conditional or background clauses: 'if I want to ...', 'because I need to ...'."""
        head = subj.head
        for node in (head, verb):
            if any(c.dep_ == "mark" and c.lower_ in self.subordinators for c in node.children):
                return True
        prev = doc[subj.i - 1] if subj.i > 0 else None
        return prev is not None and prev.lower_ in self.subordinators and prev.lower_ != "so"

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
            if t.text in {",", ";", "—", "-"} or t.lower_ in {"and", "but", "so"}:
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
                    and doc[j].lower_ in self.other_subjects
                    and j + 1 < limit
                    and (doc[j + 1].pos_ in {"VERB", "AUX"})
                ) and (t.text in {",", ";", "—", "-"} or doc[j - 1].lower_ in {"and", "but", "so"}):
                    return k
            k += 1
        # drop trailing ", I guess"-style tails and punctuation-only ends
        return limit

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
                while j < end and doc[j].lower_ in {"then", "also", "um", "uh", "and", ","}:
                    j += 1
                # "email Leticia and send Mohammed the report": two things to do, each its
                # own item; a one-word first part ("go and ask") is one action
                if (
                    j < end
                    and self._base_verb(doc[j])
                    and doc[j - 1].lower_ != "to"
                    and k - s >= 3
                    and not self._same_object(doc, s, k, j, end)
                ):
                    e = k - 1 if doc[k - 1].text == "," else k
                    parts.append((s, e))
                    s = j
                    k = j + 1
                    continue
            k += 1
        parts.append((s, end))
        return parts

    @staticmethod
    def _same_object(doc: Doc, s: int, k: int, j: int, end: int) -> bool:
        """'email Simone and Rahul' shares one verb; 'go in and ask' is one action."""
        first_verbs = [t for t in doc[s:k] if t.pos_ == "VERB"]
        if not first_verbs or all(t.lower_ in {"go", "come"} for t in first_verbs[-1:]):
            return True
        # "pick a project idea and send it to him": the second acts on what the first made
        return j + 1 < end and doc[j + 1].lower_ in {"it", "them"}

    def _base_verb(self, tok: Token) -> bool:
        if tok.lower_ in {"be", "i"}:
            return False
        return tok.tag_ == "VB" or tok.lower_ in self.imperatives

    def _make(self, doc: Doc, s: int, e: int, anchor: date) -> FollowUp | None:
        while e > s and (
            doc[e - 1].is_space or doc[e - 1].lower_ in {"um", "uh", "and", "so", ","}
        ):
            e -= 1
        if e - s < 2:
            return None
        span = doc[s:e]
        text = span.text.strip()
        due = resolve_due(text, anchor)
        return FollowUp(
            text=text,
            due=due.isoformat() if due else None,
            start=span.start_char,
            end=span.end_char,
        )


#: Verbs opening a note about the call itself ("Spoke with ...", "Met ..."), as lemmas and as
#: the past forms the tagger misses in a terse note ("Spoke w/ Raj": "Spoke" as a name).
_CALL_OPENERS = {"speak", "talk", "chat", "meet", "call", "zoom"}
_CALL_OPENERS |= {"spoke", "talked", "chatted", "met", "called", "zoomed"}

_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def _enumerator(doc: Doc, k: int, end: int) -> int:
    """Length of a list number at ``doc[k]`` ("1)", "2.", "(3)", "one,"), else 0."""
    t = doc[k]
    if t.text == "(" and k + 2 < end and doc[k + 1].like_num and doc[k + 2].text == ")":
        return 3
    if k + 1 >= end:
        return 0
    nxt = doc[k + 1].text
    if re.fullmatch(r"\d{1,2}", t.text) and nxt in {")", "."}:
        return 2
    if re.fullmatch(r"\d{1,2}[).]", t.text):
        return 1
    if t.lower_ in _NUMBER_WORDS and nxt in {",", ")", ":"} and (k == 0 or doc[k - 1].is_punct):
        return 2
    return 0


class CallLength:
    """The call's length in minutes where the recap states it (actual beats planned)."""

    def __init__(self, nlp: Language, cues: dict[str, Any]) -> None:
        num = number_regex()
        self.verbs = set(cues["verbs"])
        self.nouns = set(cues["nouns"])
        self.excluded = set(cues["excluded_verbs"])
        self.planned = [
            re.compile(r"\b" + re.escape(p).replace(r"\ ", r"\s+") + r"\b", re.I)
            for p in cues["planned"]
        ]
        self.deviation = [
            re.compile(r"\b" + re.escape(p).replace(r"\ ", r"\s+") + r"\b", re.I)
            for p in cues["deviation"]
        ]
        over = "|".join(re.escape(p) for p in sorted(cues["overrun"], key=len, reverse=True))
        self.overrun = re.compile(rf"(?:{over})\s*(?:like\s+|about\s+|maybe\s+)?$", re.I)
        self.corrections = [
            re.compile(r"\b" + re.escape(p).replace(r"\ ", r"\s+"), re.I)
            for p in cues["corrections"]
        ]
        self.contrast = re.compile(
            r"\b(but|actually|ended up|went|ran|lasted|only|it was|we did|instead)\b", re.I
        )
        self.durations = [
            (re.compile(r"\b(?:an?|one)\s+hour\s+and\s+a\s+half\b", re.I), lambda m: 90),
            (
                re.compile(rf"\b(?P<h>{num})\s+and\s+a\s+half\s+hours?\b", re.I),
                lambda m: _num(m, "h", 60, 30),
            ),
            (
                re.compile(rf"\b(?:an?|one)\s+hour\s+and\s+(?P<n>{num})\s+min(?:ute)?s?\b", re.I),
                lambda m: _num(m, "n", 1, 60),
            ),
            (re.compile(r"\bhalf(?:\s+an?|-an?)?[\s-]+hour\b", re.I), lambda m: 30),
            (re.compile(r"\b(?:a\s+)?quarter\s+(?:of\s+)?an?\s+hour\b", re.I), lambda m: 15),
            (
                re.compile(rf"\b(?P<n>{num})(?:\s+|-)?(?:minutes?|mins?)\b", re.I),
                lambda m: _num(m, "n", 1, 0),
            ),
            (re.compile(rf"\b(?P<h>{num})[\s-]+hours?\b", re.I), lambda m: _num(m, "h", 60, 0)),
            (
                re.compile(r"\b(?:an?|one|a\s+full|a\s+whole|full|whole)[\s-]+hour\b", re.I),
                lambda m: 60,
            ),
        ]
        self.bare = re.compile(rf"\b(?P<n>{num})\b", re.I)

    def __call__(self, doc: Doc) -> int | None:
        best: int | None = None
        for sent in doc.sents:
            value = self._sentence(doc, sent)
            if value is not None:
                best = value
        return best

    def _sentence(self, doc: Doc, sent: Span) -> int | None:
        text = sent.text
        if not _DURATION_HINT.search(text):
            return None
        base = sent.start_char
        mentions: list[tuple[int, int, int]] = []  # (start, end, minutes)
        taken: list[tuple[int, int]] = []
        for rx, value in self.durations:
            for m in rx.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                v = value(m)
                if v is None or not 1 <= v <= 600:
                    continue
                if not self._about_call(doc, base + m.start(), base + m.end()):
                    continue
                taken.append((m.start(), m.end()))
                mentions.append((m.start(), m.end(), v))
        if not mentions:
            # "we went about 45" with no unit
            for m in self.bare.finditer(text):
                before = text[: m.start()].lower()
                if re.search(
                    _BARE_AFTER,
                    before,
                ):
                    v = parse_number(m.group("n"))
                    if v and 5 <= v <= 240 and self._bare_ok(doc, base + m.start()):
                        mentions.append((m.start(), m.end(), v))
            if not mentions:
                return None
        first = min(s for s, _, _ in mentions)
        for m in self.bare.finditer(text):
            if m.start() <= first or any(m.start() < e and s < m.end() for s, e, _ in mentions):
                continue
            v = parse_number(m.group("n"))
            if v and 5 <= v <= 240 and self._bare_ok(doc, base + m.start()):
                mentions.append((m.start(), m.end(), v))
        mentions.sort()
        planned: int | None = None
        actual: int | None = None
        overrun = 0
        prev_end = 0
        for s, e, v in mentions:
            before = text[prev_end:s]
            clause_before = text[:s]
            if self.overrun.search(text[max(0, s - 20) : s]):
                overrun += v
            elif self._is_planned(clause_before, prev_end) and actual is None:
                planned = v
            else:
                actual = v
            prev_end = e
            del before
        if actual is not None:
            return actual
        if planned is not None and overrun:
            return planned + overrun
        if planned is not None and not any(rx.search(text) for rx in self.deviation):
            return planned
        return None

    def _is_planned(self, before: str, prev_end: int) -> bool:
        last_plan = max((m.end() for rx in self.planned for m in rx.finditer(before)), default=-1)
        if last_plan < 0:
            return False
        return not self.contrast.search(before[last_plan:])

    def _bare_ok(self, doc: Doc, char: int) -> bool:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        if (
            tok.dep_ == "nummod"
            and tok.head.pos_ == "NOUN"
            and tok.head.lemma_ not in {"minute", "min"}
        ):
            return False
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt is None or nxt.lower_ not in {
            "percent",
            "%",
            "years",
            "year",
            "people",
            "a.m.",
            "p.m.",
            "am",
            "pm",
            "times",
            "o'clock",
        }

    def _about_call(self, doc: Doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        unit = span[-1]
        nxt = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.is_alpha
            and nxt.pos_ in {"NOUN", "PROPN"}
            and unit.lower_ in {"minute", "min", "hour"}
        ):
            # used as an adjective: "a 20-minute coffee chat" vs "fifteen-minute slots"
            if nxt.tag_ in {"NNS", "NNPS"}:
                return False
            return any(t.lemma_.lower() in self.nouns for t in doc[unit.i + 1 : unit.i + 3])
        t = unit
        for _ in range(4):
            head = t.head
            if head.i == t.i:
                break
            lemma = head.lemma_.lower()
            if head.pos_ in {"VERB", "AUX"}:
                if lemma in self.excluded:
                    return False
                if lemma in self.verbs:
                    if self._topic(head, unit):
                        return False
                    subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                    if subj and subj[0].lemma_.lower() not in self.nouns | _CALL_SUBJECTS:
                        return False
                    if lemma == "be":
                        subjects = [c.lower_ for c in head.children if c.dep_ == "nsubj"]
                        return bool(subjects) and subjects[0] in self.nouns | {
                            "it",
                            "that",
                            "we",
                            "this",
                        }
                    if lemma in {"have", "get", "give", "spend", "take", "do"}:
                        return self._window_has_call(doc, unit.i) or _subject(head) in {"we", "i"}
                    return True
            if head.pos_ == "NOUN" and head.lemma_.lower() in self.nouns:
                return True
            t = head
        sent = unit.sent
        if not any(t.pos_ in {"VERB", "AUX"} for t in sent) and len(sent) <= 6:
            return True  # a note of its own: "25 min."
        first, after = span[0].i, unit.i + 1
        if (first == sent.start or doc[first - 1].text in {".", ")", ":", ";"}) and (
            after >= len(doc) or doc[after].text in {".", ";"} or doc[after].lower_ in self.nouns
        ):
            return True
        if (
            doc[first - 1].text == ","
            and (after >= sent.end or doc[after].text in {".", ";"})
            and any(t.lemma_.lower() in self.nouns for t in doc[sent.start : sent.start + 3])
        ):
            return True  # a note about the call: "Call with Grace Kim at Twilio, 25 minutes."
        opener = next(
            (t for t in sent if t.is_alpha and t.lower_ not in {"so", "just", "ok"}), None
        )
        # "Spoke w/ Raj Mehta (analyst @ Wayfair) for 20 mins.": "w/" defeats the parse
        if (
            opener is not None
            and (opener.lemma_.lower() in _CALL_OPENERS or opener.lower_ in _CALL_OPENERS)
            and not any(t.lower_ in {"about", "on"} for t in doc[opener.i : first])
        ):
            return True
        return self._window_has_call(doc, unit.i, strict=True)

    def _window_has_call(self, doc: Doc, i: int, strict: bool = False) -> bool:
        lo, hi = max(0, i - 6), min(len(doc), i + 4)
        words = {t.lemma_.lower() for t in doc[lo:hi]}
        if strict:
            return bool(words & self.nouns)
        return bool(words & (self.nouns | {"talk", "chat", "speak", "call"}))

    @staticmethod
    def _topic(verb: Token, unit: Token) -> bool:
        """'talked about the ramen place for ten minutes': a topic, not the call."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "about":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if (
                    objs
                    and objs[0].i != unit.i
                    and objs[0].pos_ != "NUM"
                    and not any(x.i == unit.i for x in objs[0].subtree)
                ):
                    return True
        return False


def _coordinated(doc: Doc, verb: Token) -> bool:
    """'..., but I should lead with ...': a conjunction or comma right before the clause."""
    first = min(verb.left_edge.i, verb.i)
    prev = [t.lower_ for t in doc[max(0, first - 2) : first]]
    return any(p in {"and", "but", "so", ",", "then"} for p in prev)


def _subject(verb: Token) -> str:
    """Lowercased subject of a verb, looking through 'supposed to do' / 'wanted to get'."""
    t = verb
    for _ in range(3):
        subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return subj[0].lower_
        if t.dep_ not in {"xcomp", "ccomp", "conj"} or t.head.i == t.i:
            break
        t = t.head
    return ""


def _num(m: re.Match[str], group: str, scale: int, add: int) -> int | None:
    whole = parse_number(m.group(group))
    try:
        n = float(whole) if whole is not None else float(m.group(group))
    except ValueError:
        return None
    return round(n * scale + add)


@Language.factory("debrief_followups_v1")
def make_followups(nlp: Language, name: str) -> FollowUpExtractor:
    return FollowUpExtractor(nlp, load_toml("followup_cues.toml"))
