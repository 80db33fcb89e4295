"""Clause tests of debrief_followups_v1: whether an "I ..." clause or an imperative is the
speaker's own action ("I'll send her my resume") rather than a non-action ("I'm going to think
about it"), the contact's reported advice ("she said I should ..."), a relative clause ("the
demo I need to watch") or a condition ("if I want to ..."). A mixin of
:class:`~debrief.extract.followups.FollowUpExtractor`, which holds the cue sets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from debrief.extract.dates import due_date
from debrief.extract.followups_tokens import FUSED, anchor_date, coordinated, fresh_clause
from debrief.extract.lexicon import PhraseSet
from debrief.extract.orgs import lower_doc

_NEGATIONS = {"not", "n't", "never", "no"}
#: Marks that end a written sentence.
_ENDS = {".", "?", "!"}
#: How far back (tokens from the verb) a written sentence's further parser cuts are crossed.
_WRITTEN_REACH = 40
#: Verbs after which "so" is what was said or thought ("she said so I'll ...").
_SAID_SO = {"say", "tell", "think", "hope", "guess", "believe", "suppose"}
#: Words skipped between "and" and a second verb ("and then also", "and maybe message ...").
SPLIT_SKIP = {"then", "also", "um", "uh", "and", ",", "maybe", "probably", "possibly", "just"}


class ClauseTests:
    """Is this clause the speaker's own action? (mixed into FollowUpExtractor)"""

    non_action: set[str]
    habit_verbs: set[str]
    becoming_verbs: set[str]
    got_to_past: set[str]
    non_action_particles: dict[str, set[str]]
    reporting: set[str]
    subordinators: set[str]
    closing: PhraseSet
    advice_words: set[str]

    # defined by FollowUpExtractor
    def _base_verb(self, tok: Token) -> bool:
        raise NotImplementedError

    def _then_action(self, doc: Doc, v: int, start: int, end: int) -> int | None:
        """'I should think about it and call him back by Monday': an action verb joined by
        'and' to a non-action one (within a few words) carries the item."""
        if any(doc[k].lower_ in _NEGATIONS for k in range(start, v)):
            return None
        for k in range(v + 1, min(end, v + 7)):
            if doc[k].text in {".", ";", ","} or doc[k].dep_.startswith("nsubj"):
                return None  # a new clause: "I should think about what she said and ..."
            if doc[k].lower_ == "and":
                j = k + 1
                while j < end and doc[j].lower_ in SPLIT_SKIP:
                    j += 1
                if j < end and self._base_verb(doc[j]) and self._is_action(doc, j, start):
                    return j
                return None
        return None

    def _is_action(self, doc: Doc, v: int, start: int) -> bool:
        verb = doc[v]
        if verb.lemma_.lower() in self.non_action or verb.lower_ in self.non_action:
            return False
        if v + 1 < len(doc) and _changes_self(
            verb, doc[v + 1], self.habit_verbs, self.becoming_verbs
        ):
            return False  # "I should stop calling myself ...", "I gotta get faster" (fu30)
        # "I want to get my notes down": about the recap being spoken, not a to-do
        particles = self.non_action_particles.get(verb.lemma_.lower(), ())
        # "record this week's episode": a determiner is no particle
        if any(
            t.lower_ in particles and t.dep_ != "det" for t in doc[v + 1 : min(len(doc), v + 5)]
        ):
            return False
        return not any(doc[k].lower_ in _NEGATIONS for k in range(start, v))

    def _reported(self, doc: Doc, verb: Token, sent: Span) -> bool:
        """True when the clause hangs under someone else's reporting verb or a relative clause."""
        t = verb
        hops = 0
        # a typed line cut from a longer parse (``typed_lines``): the parser's links across
        # the line break ("Actions:\n- pull the transcript" read as a relative clause of
        # "Actions") say nothing about who speaks
        while t.head.i != t.i and hops < 8 and sent.start <= t.head.i < sent.end:
            if t.dep_ in {"relcl", "acl"} and not self._misread_relative(verb, t):
                return True
            head = t.head
            lemma = head.lemma_.lower()
            # an unpunctuated run-on ("her advice was to get an internship i need to look up
            # ...") hangs a far-off "I ..." under the contact's verb: too far to be reported
            far = (
                verb.i - head.i - _condition_between(head, t) > 12
                and doc[verb.i - 1].lower_ != "that"
                and not _echoed_advice(doc, verb)
            )
            if (
                lemma in self.reporting
                and head.pos_ in {"VERB", "AUX"}
                and not far
                and not _asked_about(head, verb)
                # scanned only under a reporting verb, the one case it decides
                and not fresh_clause(doc, head, verb)
            ):
                subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if not subj or subj[0].lower_ != "i":
                    if t.dep_ in {"ccomp", "xcomp", "advcl", "dobj", "parataxis"} and t.i > head.i:
                        return True
                    if t.dep_ == "conj" and t.i > head.i and coordinated(doc, t):
                        return True
            t = head
            hops += 1
        if (
            verb.dep_ in {"relcl", "acl"}
            and sent.start <= verb.head.i < sent.end
            and not self._misread_relative(verb, verb)
        ):
            return True
        # text fallback: "<she|he|they|Name> said (that) I ..." just before
        window = doc[max(sent.start, verb.i - 8) : verb.i]
        for k, w in enumerate(window):
            if (
                w.lemma_.lower() in self.reporting
                and w.pos_ == "VERB"
                and k > 0
                and not _asked_about(w, verb)
            ):
                who = window[k - 1]
                by_other = who.lower_ in {"she", "he", "they"} or who.ent_type_ == "PERSON"
                if by_other and not any(x.text in {".", ";"} for x in window[k:]):
                    return True
        return self._said_before(doc, verb, sent) and _echoed_advice(doc, verb, comma=True)

    def _met(self, doc: Doc, j: int, v: int) -> bool:
        """ "I finally got to talk to the people director", "I got to meet her team": "got to"
        before a verb of meeting someone (``got_to_past`` in the cue file) is what the call
        allowed, not "have got to" (a plan: "I've got to thank them")."""
        return (
            doc[j].lower_ == "got"
            and j + 1 < v
            and doc[j + 1].lower_ == "to"
            and doc[v].lemma_.lower() in self.got_to_past
        )

    def _quoted_advice(self, doc: Doc, i: int, sent: Span) -> bool:
        """ "Apply to the rotational program in the fall, he said.", "Take a stats course, she
        said, a real one": a bare imperative followed by ", <she|he|they|a name> said" is the
        contact's words quoted, not the speaker's note. Undated only: "Send it by Friday, she
        said" is a request with a deadline the speaker may file as their own. Also an
        imperative up to its first comma that says "your" ("Get your CPA, that was her big
        point"): addressed to the speaker, her words (no labelled item on a..s says "your")."""
        clause = next((k for k in range(i + 1, sent.end) if doc[k].text == ","), sent.end)
        if any(t.lower_ in {"your", "yourself"} for t in doc[i:clause]):
            return True
        for k in range(i + 1, sent.end - 2):
            if doc[k].text != ",":
                continue
            who, verb = doc[k + 1], doc[k + 2]
            if (who.lower_ in {"she", "he", "they"} or who.ent_type_ == "PERSON") and (
                verb.lemma_.lower() in self.reporting and verb.pos_ == "VERB"
            ):
                return due_date(doc[i:k].text, anchor_date(doc)) is None
        return False

    def _continued_advice(self, doc: Doc, i: int, sent: Span) -> bool:
        """ "His main advice: apply in the first round. And take the GRE early.", "he told me
        to draw one character fifty times. Also look at their submission guidelines.": an
        undated bare imperative opened by "And"/"Also"/"Plus" just after a sentence of the
        contact's advice (her reporting verb, or "advice") adds to her list. On the
        development authors 3 such items, none labelled, and no labelled undated "And/Also
        <imperative>" after such a sentence on a..m; a dated one stays a plan."""
        lead = [t.lower_ for t in doc[sent.start : i]]
        if not lead or not set(lead) <= {"and", "also", "plus", ","} or lead == [","]:
            return False
        if sent.start == 0 or doc[sent.start - 1].text not in _ENDS:
            return False
        if due_date(doc[i : sent.end].text, anchor_date(doc)) is not None:
            return False
        end = sent.start - 1
        start = _written_start(doc, doc[end].sent.start, end)
        for k in range(start, end):
            w = doc[k]
            if w.lower_ in self.advice_words:
                return True
            if w.lemma_.lower() in self.reporting and w.pos_ == "VERB" and k > start:
                who = doc[k - 1]
                if who.lower_ in {"she", "he", "they"} or who.ent_type_ == "PERSON":
                    return True
        return False

    def _said_before(self, doc: Doc, verb: Token, sent: Span) -> bool:
        """Someone else's reporting verb earlier in the sentence ("She told me ...", "he said
        ..."), however far: with :func:`_echoed_advice` the "and I should ..." that carries on
        her words where the parser does not hang it under them ("She told me the skill nobody
        teaches is fundraising and I should take a course"). The parser may cut the sentence
        before "and I should" with no full stop there: the words before the cut count too,
        back to the written sentence's start (:func:`_written_start`)."""
        start = _written_start(doc, sent.start, verb.i)
        for k in range(start + 1, verb.i):
            w = doc[k]
            if (
                w.lemma_.lower() in self.reporting
                and w.pos_ == "VERB"
                and not _asked_about(w, verb)
            ):
                who = doc[k - 1]
                if who.lower_ in {"she", "he", "they"} or who.ent_type_ == "PERSON":
                    return True
        return False

    def _plan_modal(self, doc: Doc, j: int, fused: str | None) -> bool:
        """The auxiliary at ``j`` (after "i", or fused into "ill"/"im") states a plan: "'ll",
        "will", "'m going to", "'m gonna" (the cue file's ``closing``); not "should", "need
        to", "want to", which after the contact's words may still be her advice."""
        if fused is not None:
            return fused == "'ll" or (fused == "'m" and doc[j].lower_ in {"going", "gonna", "gon"})
        return bool(self.closing.match_at(doc, j, len(doc)))

    def _so_plan(self, doc: Doc, subj: Token, j: int, fused: str | None) -> bool:
        """ "she told me to apply directly, so I'll apply on their website this week": after
        the contact's words, "so" + a plan ("I'll", "I'm going to") is what the speaker
        decided, though the parser hangs it under her "told" ("she said so I'll" and "so
        that I'll" are not)."""
        k = subj.i - 1
        while k > 0 and doc[k].text == ",":
            k -= 1
        if k <= 0 or doc[k].lower_ != "so" or not self._plan_modal(doc, j, fused):
            return False
        before = doc[k - 1]  # "she said so", "I think so": "so" is what was said
        return before.lemma_.lower() not in _SAID_SO and before.lower_ not in {"and", "not"}

    def _answers_request(self, doc: Doc, subj: Token, j: int, fused: str | None) -> bool:
        """ "She told me to talk to Marcus Bell, and I will email him by Friday", "He asked me
        to send him my CV, I'll do it tonight": once the contact's request is complete (a
        reporting verb's infinitive, "told me to ...", ended before the comma), a plan of the
        speaker's own after the comma answers it; the parser hangs it under "told" as if it
        were more of what she said. Only a plan ("I'll", "I'm going to"): "..., and I should
        ..." may still be her advice."""
        k = subj.i - 1
        if k > 0 and doc[k].lower_ in {"and", "but"}:
            k -= 1
        if k <= 0 or doc[k].text != "," or not self._plan_modal(doc, j, fused):
            return False
        for t in doc[subj.sent.start : k]:
            if t.lemma_.lower() not in self.reporting or t.pos_ != "VERB":
                continue
            done = [
                c
                for c in t.children
                if c.dep_ == "xcomp"
                and c.right_edge.i < k
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ]
            if done and not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in t.children):
                return True
        return False

    @staticmethod
    def _misread_relative(verb: Token, clause: Token) -> bool:
        """A relative clause the parser reads into an unpunctuated run-on: "... through the
        free demo i need to watch the demo videos this weekend" hangs "i need" under "demo".
        Not a relative clause when it is the speaker's and the action keeps its own object (a
        relative clause lacks one: "the demo I need to watch"), or when it opens far before
        the action (a relative clause many words up the run-on)."""
        if verb.i - clause.i > 12:
            return True
        speakers = {"i", *FUSED}
        own = any(c.lower_ in speakers and c.dep_ == "nsubj" for c in clause.children)
        if not own:
            return False
        if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            return True
        # "that's real experience i'll apply for the rep role": in a run-on, a preposition
        # that keeps its object leaves nothing for a relative pronoun to fill
        return (
            lower_doc(verb.doc)
            and not _stranded(verb)
            and any(c.dep_ == "prep" and _has_object(c) for c in verb.children)
        )

    def _subordinate(self, doc: Doc, subj: Token, verb: Token) -> bool:
        """Conditional or background clauses: 'if I want to ...', 'because I need to ...'."""
        head = subj.head
        for node in (head, verb):
            if any(c.dep_ == "mark" and c.lower_ in self.subordinators for c in node.children):
                return True
        prev = doc[subj.i - 1] if subj.i > 0 else None
        return prev is not None and prev.lower_ in self.subordinators and prev.lower_ != "so"


def _written_start(doc: Doc, start: int, verb: int) -> int:
    """Where the written sentence holding ``start`` begins: the parser cuts a long sentence
    at "and I ...", "so I'm ...", "but I ..." with no full stop there ("He said the programs
    want care hours and I have four thousand so I'm fine but I need chemistry and I should
    retake it": four parser sentences), so step back over its cuts until a full stop or a
    line break. The first cut is always crossed; further ones only within
    ``_WRITTEN_REACH`` tokens of the verb, so that an unpunctuated run-on (one written
    sentence) does not carry a "she said" from far back."""
    if start > 0 and doc[start - 1].text not in _ENDS:
        start = doc[start - 1].sent.start
    while (
        start > 0
        and doc[start - 1].text not in _ENDS
        and "\n" not in doc[start - 1].text_with_ws
        and verb - doc[start - 1].sent.start <= _WRITTEN_REACH
    ):
        start = doc[start - 1].sent.start
    return start


def _condition_between(head: Token, clause: Token) -> int:
    """How many tokens between a reporting verb and its clause are the clause's own "if ..."
    ("She told me if I want to move into social services I should volunteer first"): the
    condition is part of her words, not the distance of an unpunctuated run-on."""
    return sum(
        len(list(c.subtree))
        for c in clause.children
        if c.dep_ == "advcl"
        and head.i < c.i < clause.i
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
    )


def _asked_about(said: Token, verb: Token) -> bool:
    """ "to see if Kevin said anything, and I gotta bring him a six-pack": a reporting verb
    under "if"/"whether" asks what was said, and the speaker's clause after a comma or "and"
    is not what was said. Inside it ("I asked if he thought I should apply") it still is."""
    if not any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in said.children):
        return False
    doc = said.doc
    return any(t.text == "," or t.lower_ == "and" for t in doc[said.i + 1 : verb.i])


def _echoed_advice(doc: Doc, verb: Token, comma: bool = False) -> bool:
    """ "She said credit unions want people who know digital lending, and I should look at
    CUSO jobs": "and I should" (or "but I need to") joined to her words goes on with her
    advice, however far the parser hangs it from "said" (far only excuses an unpunctuated
    run-on's own clause). ``comma``: a comma joins too ("She said GIIF has a program for
    engineers, I should apply when it opens")."""
    joins = {"and", "but", ","} if comma else {"and", "but"}
    subj = next((t for t in doc[max(0, verb.i - 5) : verb.i] if t.lower_ == "i"), None)
    if subj is None or subj.i == 0 or doc[subj.i - 1].lower_ not in joins:
        return False
    # "but I need to practice backgrounds" after "he said my sheets show ...": her judgement
    # of what the speaker lacks, said in the speaker's "I" like "I should"
    between = [t.lower_ for t in doc[subj.i + 1 : verb.i]]
    if "should" not in between and not ("need" in between and "to" in between):
        return False
    # "She offered to intro me to Kai, and I should email her Monday": a day makes it a plan;
    # the clause ends at a comma or where the speaker starts a new one, unpunctuated ("and i
    # should just email him i'll email dale tomorrow": the day is the second clause's)
    end = verb.sent.end
    clause = next(
        (
            t.i
            for t in doc[verb.i : end]
            if t.text in {",", ";"} or (t.lower_ == "i" and t.dep_ == "nsubj" and t.i > verb.i)
        ),
        end,
    )
    return due_date(doc[verb.i : clause].text, anchor_date(doc)) is None


def _has_object(prep: Token) -> bool:
    return any(c.dep_ in {"pobj", "pcomp"} for c in prep.children)


def _stranded(verb: Token) -> bool:
    """'the course I'll sign up for': a preposition left without its object."""
    return any(c.dep_ == "prep" and not _has_object(c) for c in verb.children)


def _changes_self(verb: Token, nxt: Token, habits: set[str], becoming: set[str]) -> bool:
    """ "stop calling myself X", "get comfortable with SAS": a habit changed (a verb of
    stopping, a gerund after it) or a state aimed at (a verb of becoming, an adjective after
    it) is how the speaker will be, not a step (docs/extraction-history.md, "fu30: the
    speaker's step after so, and the non-steps said as a plan")."""
    lemma = verb.lemma_.lower()
    if lemma in habits:
        return nxt.tag_ == "VBG"
    return lemma in becoming and nxt.tag_ in {"JJ", "JJR", "RBR"} and nxt.dep_ != "amod"
