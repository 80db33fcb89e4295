"""The call's length for debrief_followups_v1: minutes where the recap states them.

"We talked for about forty minutes", "the call ran an hour and a half": the actual length beats
a planned one ("we had thirty minutes booked but went over to an hour"), and a spoken correction
wins. Cue words are in the ``[call_length]`` table of ``pipelines/followup_cues.toml``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from debrief.extract.dates import number_regex, parse_number
from debrief.extract.doc_arrays import doc_text

_BARE_AFTER = (
    r"\b(went|ran|lasted|talked|chatted|spoke|call was)\s+(for\s+)?"
    r"(about|around|like|almost|maybe|nearly|roughly|over|just\s+over|under)?\s*$"
)
_DURATION_HINT = re.compile(
    r"\b(?:min|mins|minutes?|hours?|went|ran|lasted|talked|chatted|spoke)\b", re.I
)
#: How far (characters) after a length a bare number may still correct it ("an hour,
#: actually no, more like forty").
_BARE_REACH = 60
_CALL_SUBJECTS = {"we", "it", "i", "that", "this", "she", "he", "they", "who"}


#: Words that may open a sentence before a duration that opens the recap's note of the call.
_OPENING_FILLERS = {"so", "yeah", "ok", "okay", "um", "uh", "and", "well", "alright", ","}

#: Verbs opening a note about the call itself ("Spoke with ...", "Met ..."), as lemmas and as
#: the past forms the tagger misses in a terse note ("Spoke w/ Raj": "Spoke" as a name).
_CALL_OPENERS = {"speak", "talk", "chat", "meet", "call", "zoom"}
_CALL_OPENERS |= {"spoke", "talked", "chatted", "met", "called", "zoomed"}


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
                # "an hour and ten minutes", a terse note's "Hour and ten minutes"
                re.compile(
                    rf"\b(?:(?:an?|one)\s+)?hour\s+and\s+(?P<n>{num})\s+min(?:ute)?s?\b", re.I
                ),
                lambda m: _num(m, "n", 1, 60),
            ),
            (
                # "Call lasted an hour and ten.", "Long call, an hour twenty, with ...": the
                # minutes left unsaid after the hour (a clause's end must follow the number)
                re.compile(
                    rf"\b(?:an?|one)\s+hour\s+(?:and\s+)?(?P<n>{num})(?=\s*(?:[,.;!?]|$))",
                    re.I,
                ),
                lambda m: _leftover(m, "n"),
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
            # a terse note's "Hour long." / ", hour long, we clicked"
            (re.compile(r"\bhour[\s-]+long\b", re.I), lambda m: 60),
        ]
        self.bare = re.compile(rf"\b(?P<n>{num})\b", re.I)

    def __call__(self, doc: Doc) -> int | None:
        best: int | None = None
        for sent in doc.sents:
            value = self._sentence(doc, sent)
            if value is not None:
                best = value
        if best is None:
            # weaker evidence, only where the recap states no length otherwise: a duration
            # run onto the sentence before (a transcript's dropped full stop, :func:`_fragment`;
            # docs/extraction-history.md, "spoken36")
            for sent in doc.sents:
                value = self._sentence(doc, sent, weak=True)
                if value is not None:
                    best = value
        return best

    def _sentence(self, doc: Doc, sent: Span, weak: bool = False) -> int | None:
        # ``sent.text`` builds a Token per word: a slice of the doc's text read once
        text = doc_text(doc)[sent.start_char : sent.end_char]
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
                if not self._about_call(doc, base + m.start(), base + m.end(), weak):
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
                    if v and 5 <= v <= 240 and self._bare_ok(doc, base + m.end() - 1):
                        mentions.append((m.start(), m.end(), v))
            if not mentions:
                return None
        first = min(s for s, _, _ in mentions)
        for m in self.bare.finditer(text):
            if m.start() <= first or any(m.start() < e and s < m.end() for s, e, _ in mentions):
                continue
            if m.start() - max(e for _, e, _ in mentions) > _BARE_REACH:
                continue  # a run-on's "his team is mostly people over forty": another topic
            v = parse_number(m.group("n"))
            if v and 5 <= v <= 240 and self._bare_ok(doc, base + m.end() - 1):
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
        while tok.i > 0 and tok.nbor(-1).like_num:
            tok = tok.nbor(-1)  # "forty six": the number's first word
        if tok.i > 0 and tok.nbor(-1).lower_ in {"at", "age", "aged", "'m", "am"}:
            return False  # "moved into security at forty six", "if I'm fifty five": an age
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

    def _about_call(self, doc: Doc, start: int, end: int, weak: bool = False) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        unit = span[-1]
        nxt = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        if nxt is not None and _rate_or_part(doc, span[0].i, unit.i):
            return False
        if _fragment(doc, span[0].i, unit.i, weak):
            return True
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
                    gave_me = lemma == "give" and any(c.lower_ == "me" for c in head.children)
                    if (
                        subj
                        and subj[0].lemma_.lower() not in self.nouns | _CALL_SUBJECTS
                        and not gave_me  # "Tamar Ben-David gave me forty minutes"
                    ):
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
                        return (
                            gave_me
                            or self._window_has_call(doc, unit.i)
                            or _subject(head) in {"we", "i"}
                        )
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
            after < sent.end
            and doc[after].lower_ in {"with", "w/"}
            and all(t.lower_ in _OPENING_FILLERS for t in doc[sent.start : first])
        ):
            return True  # "yeah so twenty five minutes with the logistics coordinator at ..."
        if (
            doc[first - 1].text == ","
            and (after >= sent.end or doc[after].text in {".", ";"})
            and any(t.lemma_.lower() in self.nouns for t in doc[sent.start : sent.start + 3])
        ):
            return True  # a note about the call: "Call with Grace Kim at Twilio, 25 minutes."
        if _aside(doc, first, after) and sent.start in [x.start for x in list(doc.sents)[:3]]:
            return True  # the opening's "Luis Echeverria, plant manager, about forty minutes, ..."
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


#: Words that may lead a duration said on its own: "about 25 minutes", "I'd say twenty".
_LEADS = {
    "about",
    "around",
    "like",
    "maybe",
    "only",
    "just",
    "roughly",
    "almost",
    "nearly",
    "over",
    "under",
    "barely",
    "a",
    "good",
    "solid",
    "quick",
    "got",
    "had",
    "say",
    "'d",
    "i",
    "um",
    "uh",
    "so",
    "okay",
    "ok",
    "recap",
    "debrief",
    "call",
    "was",
    "probably",
    "we",
}
#: What may follow such a duration: the fragment ends, or says who the call was with.
_FRAGMENT_END = {
    ",",
    ".",
    ";",
    "!",
    "—",
    "-",
    ")",
    "with",
    "w/",
    "on",
    "only",
    "total",
    "tops",
    "max",
    "long",
    "flat",
}
_PRONOUNS = {"she", "he", "they", "we", "i"}


def _fragment(doc: Doc, first: int, unit: int, weak: bool = False) -> bool:
    """A duration said as a note of its own: "Fifteen minutes, she had to run.", "Twenty
    minutes on the phone, ...", "Got forty minutes with Aisha", "..., like an hour.", and in
    an unpunctuated transcript "... in oklahoma twenty minutes she was between classes";
    ``weak`` (when the recap states no length otherwise): also at a sentence's end after a
    noun, run onto it."""
    sent = doc[first].sent
    p = first
    while p > sent.start and doc[p - 1].lower_ in _LEADS:
        p -= 1
    opens = p == sent.start or doc[p - 1].text in {",", ":", "—", "-", "(", ";"}
    after = doc[unit + 1] if unit + 1 < len(doc) else None
    if after is None or (after.is_punct and unit + 2 >= len(doc)):
        # the recap's last words: "... apply to the graduate program thirty minutes"
        return opens or doc[p - 1].pos_ not in {"ADP", "VERB", "AUX", "DET", "PART"}
    if weak and not opens and after.text == "." and after.i == sent.end - 1:
        # a transcript's duration run onto the sentence before, its full stop dropped by
        # Whisper ("... she's the one doing the day to day 25 minutes."): the sentence's last
        # words, after a noun, not an object ("for an hour") nor a predicate ("is an hour")
        return doc[p - 1].pos_ in {"NOUN", "PROPN"} and doc[p - 1].dep_ != "compound"
    if after.lower_ in _PRONOUNS and unit + 2 < len(doc) and doc[unit + 2].pos_ in {"VERB", "AUX"}:
        # a new clause starts right after it: the duration stood alone
        return opens or doc[p - 1].pos_ in {"PROPN", "NOUN", "PRON"}
    return opens and (after.lower_ in _FRAGMENT_END or after.is_punct)


def _rate_or_part(doc: Doc, first: int, unit: int) -> bool:
    """'eight hours a day', 'the first five minutes': a rate or a part of the call."""
    nxt = [t.lower_ for t in doc[unit + 1 : unit + 3]]
    if nxt[:1] in (["per"], ["each"], ["every"]) or nxt in (["a", "day"], ["a", "week"]):
        return True
    before = [t.lower_ for t in doc[max(doc[first].sent.start, first - 2) : first]]
    return any(w in {"first", "last", "initial", "final", "extra"} for w in before)


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


def _leftover(m: re.Match[str], group: str) -> int | None:
    """An hour and the minutes said after it ("an hour twenty"): only a number of minutes
    (5 to 59), not "an hour and a" of some other phrase."""
    n = _num(m, group, 1, 0)
    return 60 + n if n is not None and 5 <= n <= 59 else None


def _num(m: re.Match[str], group: str, scale: int, add: int) -> int | None:
    whole = parse_number(m.group(group))
    try:
        n = float(whole) if whole is not None else float(m.group(group))
    except ValueError:
        return None
    return round(n * scale + add)


#: Hedges before a duration set off by commas: "..., about forty five minutes, ...".
_HEDGES = {"about", "around", "like", "maybe", "roughly", "nearly", "almost", "only", "just"}


def _aside(doc: Doc, first: int, after: int) -> bool:
    """A duration set off by commas as a note of its own: ", about forty five minutes," or
    ", twenty minutes before her standup." (after: the first token past the unit)."""
    k = first - 1
    while k > 0 and doc[k].lower_ in _HEDGES:
        k -= 1
    if k <= 0 or doc[k].text != ",":
        return False
    return after >= len(doc) or doc[after].text in {",", ".", ";"} or doc[after].lower_ == "before"
