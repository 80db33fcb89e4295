"""Where Whisper's punctuation hides the speaker's action items, for debrief_followups_v1.

Typed recaps end a note with a full stop; transcripts run on: a comma where a sentence ended
("..., Tamsen Ruiz, call Tamsen tomorrow."), no punctuation at all in all-lower-case
transcripts ("... take the test seriously apply by friday"), a subjectless "gotta" in the
middle of a sentence ("he'll send her my number gotta look up the requirements this
weekend"). These finders add (start, verb) anchors to those :class:`FollowUpExtractor`
found; they are a mixin because they share its cue sets and clause tests.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from debrief.extract.dates import due_date, find_dates, resolve_due
from debrief.extract.doc_arrays import doc_text, lowers, puncts
from debrief.extract.followups_tokens import anchor_date, has_subject
from debrief.extract.followups_when import no_deadline
from debrief.models import FollowUp

if TYPE_CHECKING:
    from spacy.tokens import Token

    from debrief.extract.lexicon import PhraseSet

#: Someone else speaking again after a candidate note: it was not the last clause.
_OTHER_SUBJECTS = {"she", "he", "they", "shes", "hes", "theyre", "said", "says", "told"}
#: Words after which a verb continues the clause rather than starting a note.
_GLUE = {"to", "not", "never", "please", "me", "us", "him", "her", "them", "you", "i", "we"}
#: A short verbless sentence with these words is about the call, not a note to self.
_CALL_WORDS = {
    "call",
    "chat",
    "zoom",
    "phone",
    "meeting",
    "minute",
    "hour",
    "coffee",
    "interview",
    "recap",
    "debrief",
    "note",
    "notes",
}
#: Words before a date that opens the next sentence: "Wait no, ... so by the 16th."
_CARRY_SKIP = {
    "wait",
    "no",
    "actually",
    "sorry",
    "so",
    "and",
    "or",
    "um",
    "uh",
    "oh",
    "well",
    ",",
    "i",
    "mean",
    "make",
    "it",
    "that",
    "scratch",
    "like",
    "maybe",
    "probably",
}


#: A call's length said before a note: "30 minutes, apply ...", "an hour, send ...".
_DURATION_UNITS = {"minutes", "minute", "mins", "min", "hour", "hours"}
_SINGULAR_UNITS = {"minute", "min"}


#: the words that make a date a deadline: "by Thursday", "before the end of April"
#: (just before the date, or the date's own first words)
_DEADLINE = re.compile(r"\b(?:by|before)\s+(?:the\s+)?$", re.IGNORECASE)
_DEADLINE_OPENS = re.compile(r"(?:by|before)\s", re.IGNORECASE)


#: the word right before a note :meth:`_comma_dated` looks at (``_comma_or_dash``, ``_so_led``)
_BEFORE_NOTE = frozenset({",", "-", "—", "so"})


def _comma_or_dash(doc: Doc, k: int) -> bool:
    """A comma, or a dash between words ("Jake will ask Deb - check back w/ him in 2
    weeks"), not a word's own hyphen ("thank-you")."""
    t = doc[k]
    return t.text == "," or (t.text in {"-", "—"} and k > 0 and bool(doc[k - 1].whitespace_))


def _so_led(doc: Doc, sent: Span, i: int, reported: set[str] | frozenset[str]) -> bool:
    """ ", so <verb>" where the speaker draws their own to-do from what came before: "The
    application is due January 15, so start it this weekend", "she offered to review my
    resume, so send Leticia my resume by Wednesday" (labelled on a..s when dated). After the
    contact's words in the same sentence it is her advice passed on ("He said Accenture hires
    in the fall, so apply in August": unlabelled; "..., so learn survey design"), so no
    reporting or advice word may stand before it in the sentence."""
    if i - 2 <= sent.start or doc[i - 1].lower_ != "so" or doc[i - 2].text != ",":
        return False
    return not any(
        t.lemma_.lower() in reported or t.lower_ in reported for t in doc[sent.start : i - 2]
    )


def _base_form(tok: Token) -> bool:
    """The verb's bare form as the tagger may read it after a comma; a past tag counts when
    the word is its own lemma ("set a reminder", "put in", "read her post": VBD by form)."""
    return tok.tag_ in {"VB", "VBP", "NN", "NNP"} or (
        tok.tag_ == "VBD" and tok.lower_ == tok.lemma_.lower()
    )


class TranscriptAnchors:
    """Action-item anchors in run-on transcripts (mixed into FollowUpExtractor)."""

    imperatives: set[str]
    past_forms: frozenset[str]
    corrections: set[str]
    advice_words: set[str]
    reporting: set[str]
    midway: PhraseSet
    closing: PhraseSet
    subordinators: set[str]

    # defined by FollowUpExtractor
    def _end(self, doc: Doc, verb: int, limit: int) -> int:
        raise NotImplementedError

    def _skip_openers(self, doc: Doc, i: int, end: int) -> int:
        raise NotImplementedError

    def _verb_after(self, doc: Doc, j: int, end: int) -> int | None:
        raise NotImplementedError

    def _is_action(self, doc: Doc, v: int, start: int) -> bool:
        raise NotImplementedError

    def _reported(self, doc: Doc, verb: Token, sent: Span) -> bool:
        raise NotImplementedError

    def _plan_modal(self, doc: Doc, j: int, fused: str | None) -> bool:
        raise NotImplementedError

    def _met(self, doc: Doc, j: int, v: int) -> bool:
        raise NotImplementedError

    def _closing_plan(self, doc: Doc, subj: Token, j: int, fused: str | None) -> bool:
        """The speaker's plan that closes an unpunctuated run-on recap, though the parser hangs
        it under the contact's words: "... she told me to take the terminology class first
        before spending money on a program i'm going to enroll in the med term class by april
        tenth", "... if they need an assistant i'll send her my cv tomorrow and register by the
        end of may". ``subj`` is the "i", ``j`` where its auxiliary starts. A plan ("i'll", "i'm
        going to"; not "i should") that says when ("next week" too), runs to the recap's end
        with no one else speaking, has no full stop in the forty words before it, and is not
        tied to a reporting verb or a subordinator just before ("she said i'll", "told me
        i'll", "that i'll"; "he said lead with that i'll ..." ends on an object)."""
        if not self._plan_modal(doc, j, fused) or subj.i == 0 or len(doc) - subj.i > 30:
            return False
        prev = doc[subj.i - 1]
        if (
            (prev.lower_ in self.subordinators and prev.dep_ not in {"pobj", "dobj"})
            or prev.lemma_.lower() in self.reporting
            or prev.lower_ in {"me", "us", "and", "but", "or"}
        ):
            return False
        stops = {".", "?", "!", ";"}
        if any(t.text in stops for t in doc[max(0, subj.i - 40) : subj.i]):
            return False
        rest = doc[subj.i :]
        if any(t.text in stops for t in rest[:-1]) or any(
            t.lower_ in _OTHER_SUBJECTS for t in rest
        ):
            return False
        return resolve_due(rest.text, anchor_date(doc)) is not None  # it says when

    def _past_form(self, tok: Token) -> bool:
        """An irregular past form ("ran", "got", "met") that is no imperative of the cue file:
        opening a note, it reports what happened, whatever the tagger calls it."""
        return tok.lower_ in self.past_forms and tok.lower_ not in self.imperatives

    def _dated_note(self, doc: Doc, sent: Span, i: int) -> list[tuple[int, int]]:
        """A verbless note that only says what is due when: "Case study by July 20.",
        "Kaggle project by the end of May", "LinkedIn connect today". Short, opening (at
        ``i``, after the openers) on a noun, with no clause of its own, not about the call
        ("Thirty minutes by Zoom"), and dated by its last words."""
        if not 2 <= sent.end - i - sum(puncts(doc)[i : sent.end]) <= 12:
            return []  # the words counted on the flags first: most sentences are longer
        words = [t for t in doc[i : sent.end] if not t.is_punct]
        if not 2 <= len(words) <= 12 or doc[i].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return []
        if self._past_form(doc[i]):
            return []  # "Met Dana from the clinic today.": a past verb the tagger calls a name
        # "CV to her by next Friday": a thing sent to someone, though the tagger calls "CV"
        # (like "Specs") a person
        sent_to = i + 2 < sent.end and doc[i + 1].lower_ == "to" and doc[i + 2].pos_ == "PRON"
        if doc[i].ent_type_ in {"GPE", "DATE", "TIME", "CARDINAL"} or (
            doc[i].ent_type_ == "PERSON" and doc[i].tag_ == "NNP" and not sent_to
        ):
            return []
        if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in words):
            return []
        if any(t.dep_.startswith("nsubj") for t in words) and any(
            t.pos_ in {"VERB", "AUX"} for t in words
        ):
            return []  # a clause of its own; "portfolio site live by May 2" has no verb
        if any(t.lemma_.lower() in _CALL_WORDS for t in words):
            return []
        anchor = anchor_date(doc)
        found = find_dates(doc[i : sent.end].text, anchor)
        if not found or due_date(doc[i : sent.end].text, anchor) is None:
            return []
        if no_deadline(doc[i : sent.end].text, found):
            return []  # "in office Tues/Thurs", "Morning, Jackson Hole, Saturday." (fu30)
        before = doc[i : sent.end].text[: found[0].start].split()
        if len(before) < 2 and before[-1:] != ["by"]:
            return []  # the date is the note's subject ("Friday works")
        return [(i, i)]

    def _carry_over(
        self, doc: Doc, item: FollowUp, prev: Span, sent: Span, has_items: bool
    ) -> FollowUp | None:
        """Whisper's full stop inside an item: "I'll send her my resume this week. By
        Thursday.", "I need to send him a request. Today, and ask about ...", "I'll send her
        the project by Friday. Wait no, she's out next week, so by the 16th." A sentence that
        opens with a date (or corrects one) continues the previous sentence's last item: the
        item grows to take it in, and its due date is read again."""
        if item.start is None or item.end is None or item.start < prev.start_char:
            return None
        if doc_text(doc)[item.end : prev.end_char].strip(" .,!?;"):
            return None  # the item did not run to the end of its sentence
        k = sent.start
        while k < sent.end and doc[k].lower_ in _CARRY_SKIP:
            k += 1
        if k >= sent.end:
            return None
        correction = any(t.lower_ in self.corrections for t in doc[sent.start : k])
        anchor = anchor_date(doc)
        mentions = find_dates(doc[k : sent.end].text, anchor)
        others = any(
            t.dep_.startswith("nsubj") and t.lower_ not in {"i", "it"} for t in doc[k : sent.end]
        )
        if mentions and mentions[0].start == 0 and not others:
            # "By Thursday." / "Today, and ask about ...": up to the date, or the short note
            end = doc[k].idx + mentions[0].end
            if not has_items and len(sent) <= 12:
                end = sent.end_char
        elif mentions and correction and not has_items and len(sent) <= 16:
            end = sent.end_char  # "Wait no, she's out next week, so by the 16th."
        else:
            return None
        if item.due is not None and not correction:
            return None
        text = doc_text(doc)[item.start : end].strip()
        due = due_date(text, anchor)
        return FollowUp(text=text, due=due.isoformat() if due else None, start=item.start, end=end)

    def _midway(self, doc: Doc, sent: Span, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A subjectless "gotta" / "need to" inside a run-on sentence: "..., gotta message
        Tobias before christmas", "he'll send her my number gotta look up the requirements".
        It starts the speaker's note after a comma, or after a word that ends a clause (a
        singular noun, an adverb, a number); not after a subject ("I gotta", "people need
        to") nor under someone else's reporting verb."""
        out: list[tuple[int, int]] = []
        taken = {v for _s, v in found}
        k = sent.start + 1
        words, firsts = lowers(doc), self.midway.by_first
        while k < sent.end:
            n = self.midway.match_at(doc, k, sent.end) if words[k] in firsts else 0
            if not n:
                k += 1
                continue
            prev = doc[k - 1]
            after_comma = prev.text in {",", ";", "—"}
            ends_clause = (
                prev.pos_ in {"NOUN", "PROPN", "ADV", "NUM"}
                and prev.tag_ not in {"NNS", "NNPS"}
                and prev.lower_ not in _GLUE
                and doc[k].lower_ in {"gotta", "got", "gonna", "gon"}
            )
            v = self._verb_after(doc, k + n, sent.end) if after_comma or ends_clause else None
            if (
                v is not None
                and v not in taken
                and self._is_action(doc, v, k)
                and not self._met(doc, k, v)  # "I finally got to talk to ...": past
                and not self._reported(doc, doc[v], sent)
                and not any(s <= k <= self._end(doc, w, sent.end) for s, w in found)
            ):
                out.append((k, v))
                taken.add(v)
            k += n
        return out

    def _heard_past(self, doc: Doc, tok: Token, end: int) -> bool:
        """tiny.en's "-ed" on a spoken imperative: "Apply to the analyst role by February 6."
        is heard "Applied to ...", "..., email Julian by Thursday." "..., emailed Julian ...".
        A regular past form of a cue verb still opens the speaker's note when the words up to
        ``end`` set a deadline after the call ("by <date>", "before <date>"): what is done
        has no deadline still to come, so "Emailed her on Monday" stays a report."""
        if (
            tok.tag_ not in {"VBD", "VBN"}
            or not tok.lower_.endswith("ed")
            or tok.lemma_.lower() not in self.imperatives
        ):
            return False
        text = doc[tok.i : end].text
        anchor = anchor_date(doc)
        return any(
            d.value > anchor
            and (_DEADLINE.search(text[: d.start]) or _DEADLINE_OPENS.match(d.text)) is not None
            for d in find_dates(text, anchor)
        )

    def _comma_dated(
        self, doc: Doc, sent: Span, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Whisper's comma where a typed recap ends a sentence: "She gave me the name of the
        coordinator, Tamsen Ruiz, call Tamsen tomorrow." / "... 30 minutes, apply by November
        20.", and a typed dash ("Jake will ask Deb - check back w/ him in 2 weeks (3/19)"). A
        bare imperative from the cue list right after the comma or dash starts the speaker's
        note when its clause (up to the next comma) states when: a dated to-do. Not after an
        advice word or a reporting verb ("Her advice, apply early", "she said, call her"), not
        when the verb has a subject of its own. The speaker's conclusion ", so start it this
        weekend" too (:func:`_so_led`)."""
        out: list[tuple[int, int]] = []
        taken = {v for _s, v in found}
        # the word before first: only after a comma, a dash or ", so" (no Token for the rest)
        words, said = lowers(doc), self.reporting | self.advice_words
        after = (k for k in range(sent.start + 2, sent.end) if words[k - 1] in _BEFORE_NOTE)
        for tok in (doc[k] for k in after):
            so = _so_led(doc, sent, tok.i, said)
            comma = tok.i - 2 if so else tok.i - 1
            if (
                tok.i in taken
                or not (so or _comma_or_dash(doc, comma))
                or not (
                    (tok.lower_ in self.imperatives and _base_form(tok))
                    or self._heard_past(doc, tok, sent.end)
                )
                or has_subject(tok)
                or any(s <= tok.i <= self._end(doc, v, sent.end) for s, v in found)
            ):
                continue
            before = doc[max(sent.start, comma - 3) : comma]
            # "to"/"and"/"or" only just before the comma ("I need to, hmm, finish ..."): three
            # words back it is the sentence's own ("... reduced to accounts, write up ...")
            if any(
                t.lower_ in self.advice_words or t.lemma_.lower() in self.reporting
                for t in before[-3:]
            ) or doc[comma - 1].lower_ in {"to", "and", "or"}:
                continue
            close = next((k for k in range(tok.i + 1, sent.end) if doc[k].text == ","), sent.end)
            if close - tok.i < 2 or resolve_due(doc[tok.i : close].text, anchor_date(doc)) is None:
                continue
            out.append((tok.i, tok.i))
            taken.add(tok.i)
        return out

    def _after_length(
        self, doc: Doc, sent: Span, found: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Whisper's comma after the call's length, where a typed recap ends two sentences:
        "Thirty minutes. Apply to the apprentice school." is heard "30 minutes, apply to the
        apprentice school." or, opening a sentence, "20 minutes sign up for the open house."
        A verb of the cue list right after "<number> minutes," (or "an hour,"; the comma may
        be missing when the duration opens the sentence) opens the speaker's note, dated or
        not. The parser often takes the minutes for the verb's subject ("30 minutes apply"),
        so only a subject other than the duration disqualifies it. Not after a reporting or
        advice word in the duration's clause ("she said it takes 20 minutes, ...")."""
        out: list[tuple[int, int]] = []
        taken = {v for _s, v in found}
        opening = self._skip_openers(doc, sent.start, sent.end)
        words = lowers(doc)
        for i in range(sent.start + 2, sent.end - 1):
            comma = words[i - 1] == ","
            u = i - 2 if comma else i - 1
            # on the words first: nearly every token follows no duration, and the checks
            # below build the tokens around it
            if u < sent.start + 1 or words[u] not in _DURATION_UNITS:
                continue
            tok, unit, number = doc[i], doc[u], doc[u - 1]
            if (
                tok.i in taken
                or unit.lower_ not in _DURATION_UNITS
                or not (number.like_num or number.lower_ in {"an", "a", "half"})
                # without the comma, only a duration opening the sentence, said as one
                # ("20 minutes sign up ...", not the modifier of "10 minute call with ...")
                or not (comma or (number.i == opening and unit.lower_ not in _SINGULAR_UNITS))
                or (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in {"with", "w/"})
                or tok.lower_ not in self.imperatives
                or not _base_form(tok)
                or any(
                    c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i != unit.i for c in tok.children
                )
                or any(s <= tok.i <= self._end(doc, v, sent.end) for s, v in found)
            ):
                continue
            # the duration's own clause, back to the last comma or the sentence's start
            k = number.i
            while k > sent.start and doc[k - 1].text not in {",", ";"}:
                k -= 1
            if any(
                t.lemma_.lower() in self.reporting or t.lower_ in self.advice_words
                for t in doc[k : tok.i]
            ):
                continue
            out.append((tok.i, tok.i))
            taken.add(tok.i)
        return out

    def _run_on(self, doc: Doc, sent: Span, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """All-lower-case, unpunctuated transcripts: "she told me to apply for the posting and
        to take the test seriously apply by friday and study for the test". A bare imperative
        in the middle of a sentence starts the speaker's own note when the word before it
        ends a clause (a noun, an adverb, a number), not when it continues one ("to apply",
        "i'll apply", "he said apply", "and apply")."""
        out: list[tuple[int, int]] = []
        taken = {v for _s, v in found}
        for tok in doc[sent.start + 1 : sent.end]:
            if (
                tok.i in taken
                or tok.lower_ not in self.imperatives
                or tok.tag_ not in {"VB", "VBP"}
            ):
                continue
            prev = doc[tok.i - 1]
            if prev.pos_ not in {"NOUN", "PROPN", "ADV", "NUM", "ADJ"} or prev.lower_ in _GLUE:
                continue
            if any(
                t.lower_ in self.reporting
                or t.lemma_ in self.reporting
                or t.lower_ in self.advice_words  # "... fast advice get the certificate"
                for t in doc[tok.i - 2 : tok.i]
            ):
                continue
            if out and tok.i - out[-1][1] < 3:
                continue
            if prev.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "nsubj" for c in tok.children):
                continue  # "techs who get their certs", "people get hired": a subject's verb
            if any(t.lower_ in _OTHER_SUBJECTS for t in doc[tok.i + 1 : sent.end]):
                continue  # the speaker's note ends the run-on; "... she said ..." goes on
            if self._advised(doc, sent, tok):
                continue
            out.append((tok.i, tok.i))
        return out

    def _advised(self, doc: Doc, sent: Span, tok: Token) -> bool:
        """ "she said don't apply to agencies first go straight to in-house", "he said
        everything's faster now don't despair": without the comma a typed recap puts there,
        an imperative a few words after someone's "said", "told" or "advice" in the same
        sentence is more of what they advised, unless it says when ("she told me to ... take
        the typing test seriously apply by friday" is the speaker's own note)."""
        lo = max(sent.start, tok.i - 10)
        if not any(
            t.lower_ in self.reporting
            or t.lemma_ in self.reporting
            or t.lower_ in self.advice_words
            for t in doc[lo : tok.i]
        ):
            return False
        return resolve_due(doc[tok.i : sent.end].text, anchor_date(doc)) is None
