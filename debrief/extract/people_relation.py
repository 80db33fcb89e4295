"""Who a person mentioned is to the speaker (referral or mentioned) and where they work: a
mixin of :class:`~debrief.extract.people.PeopleExtractor`.

A person is a ``referral`` when a sentence naming them carries a referral cue said by the
contact ("she suggested I talk to ...", "he offered to connect us") and not negated ("she
didn't offer to connect us"), when they are listed as people to contact, or when the speaker
plans to contact them; otherwise ``mentioned``. Their company is the organisation named right
after them, or the contact's own for "her team"/"there". Cue words are in
``pipelines/people_cues.toml``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from debrief.extract.casing import is_cap
from debrief.extract.lexicon import PhraseSet
from debrief.extract.org_names import display_name
from debrief.extract.people_context import PersonContext
from debrief.extract.people_owntalk import speaker_will_talk
from debrief.extract.people_told import said_after, told_to_contact


class PersonRelation(PersonContext):
    cues: PhraseSet
    negations: PhraseSet
    listed: PhraseSet
    own_plans: PhraseSet
    todo_headings: PhraseSet
    item_breaks: set[str]
    same: PhraseSet
    former: PhraseSet
    contact_subjects: set[str]
    directives: set[str]
    breaks: set[str]
    openers: set[str]
    past_intro: set[str]
    low_after: PhraseSet
    named_by: set[str]
    said_words: set[str]
    told_verbs: set[str]
    own_talk: tuple[set[str], set[str], set[str]]
    _starts: list[int]

    def _referral(self, doc: Doc, s: int, aliases: set[str]) -> bool:
        """A referral cue in the mention's sentence, said by the contact, about this person;
        or, for a name continuing a list after a full stop ("... talk to Anders. And Farida,
        who ..."), in the sentence the list started in."""
        sent: Span = doc[s].sent
        k = self._list_before(doc, s)
        if k is not None and k < sent.start and doc[k].sent.start < sent.start:
            return self._referral(doc, k, aliases)
        # "... talk to Marco. And her old colleague, Ruth Okafor.": a verbless sentence opening
        # with "And" adds to the list of the sentence before
        first = sent.start
        while first < s and (doc[first].is_punct or doc[first].lower_ in self.fillers):
            first += 1
        # "he'll introduce me to their data lead | Sunita Rao i'll ...": in unpunctuated
        # speech the parser may start a sentence at the name; with no punctuation at that
        # break and a person cue right before it, the name ends the sentence before
        if (
            first == s
            and sent.start > 0
            and not doc[sent.start - 1].is_punct
            and self._context_before(doc, s)
        ):
            return self._referral(doc, sent.start - 1, aliases)
        if (
            sent.start > 0
            and first < s
            and doc[first].lower_ in self.continuers
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[first:s])
            and self._referral(doc, sent.start - 1, aliases)
        ):
            return True
        # "Names to contact: Ruth, ... and Sam Okoro": a list of people to contact is a
        # referral whoever says it
        for cs, _ce in self.listed.find(doc, sent.start, s):
            if not self.negations.find(doc, max(sent.start, cs - 4), cs):
                return True
        # "Email Julien and Sarah by Thursday", "I'll reach out to Aisha": the speaker's own
        # plan to contact them; they are a lead from the call, a referral
        first = sent.start
        while first < sent.end and (doc[first].is_punct or doc[first].lower_ in self.openers):
            first += 1
        if self._plan_from(doc, sent, first, s, aliases):
            return True
        if self._todo_item_plan(doc, sent, first, s, aliases):
            return True
        if self._plan_right_before(doc, sent.start, s):
            return True
        if told_to_contact(
            doc, s, aliases, self.contact_subjects, self.said_words, self.told_verbs
        ):
            return True
        if said_after(doc, s, aliases, self.contact_subjects, self.said_words, self.told_verbs):
            return True
        cues = self.cues.find(doc, sent.start, sent.end) + [
            # "... and I should call him": the run-on part's cue, about someone said before
            (cs, ce)
            for cs, ce in self.cues.find(doc, sent.end, self._run_on_end(doc, sent))
            if ce < len(doc) and doc[ce].lower_ in {"him", "her", "them"}
        ]
        inside = {k for cs, ce in cues for k in range(cs, ce)}
        first = sent.start
        while first < sent.end and (doc[first].is_punct or doc[first].lower_ in self.openers):
            first += 1
        directive = first < sent.end and doc[first].lemma_.lower() in self.directives
        # "He told me to apply for the opening. And to talk to Aisha in HR.": a sentence
        # continuing the one before ("And ...") keeps its speaker
        lead = sent.start
        while lead < sent.end and (doc[lead].is_punct or doc[lead].lower_ in self.fillers):
            lead += 1
        if (
            sent.start > 0
            and lead + 1 < sent.end
            and doc[lead].lower_ in self.continuers
            # "And I'll connect with Kofi": a subject of its own is a new speaker
            and doc[lead + 1].pos_ != "PRON"
        ):
            prev = doc[sent.start - 1].sent
            directive = directive or any(
                t.lower_ in self.contact_subjects or t.lower_ in aliases for t in prev
            )
        for cs, ce in cues:
            if self.negations.find(doc, max(sent.start, cs - 4), cs):
                continue
            if speaker_will_talk(doc, cs, ce, sent.start, *self.own_talk):
                continue  # "so I'll ask my boss Mike": the speaker's own errand
            if s < cs and doc[cs].tag_ == "VBD" and doc[cs].lemma_.lower() in self.past_intro:
                continue  # "Dana connected us": who introduced the speaker, not a referral
            if (
                s < cs
                and self.low_after.match_at(doc, cs)
                and any(t.dep_ == "nsubj" and t.left_edge.i <= s < cs for t in doc[cs].children)
            ):
                continue  # "my cousin Dara gave me her number": who introduced the speaker
            if s >= ce and ce < len(doc) and doc[ce].lower_ in _INTRODUCED_BY:
                continue  # "the introduction from Dr. Redcloud": who introduced the speaker
            if (
                s < cs
                and cs >= 2
                and doc[cs - 1].lower_ in {"the", "an", "that"}
                and doc[cs - 2].lemma_.lower() in {"make", "do"}
            ):
                continue  # "Coach Pérez made the intro": the introducer, not a referral
            before = doc[sent.start : cs]
            said_by_contact = directive or any(
                t.lower_ in self.contact_subjects or t.lower_ in aliases for t in before
            )
            if not said_by_contact:
                continue
            if s >= ce:
                # "she suggested I talk to X" but not "..., and she mentioned her old boss X"
                if any(
                    t.lemma_.lower() in self.breaks and t.pos_ == "VERB" and t.i not in inside
                    for t in doc[ce:s]
                ):
                    continue
                return True
            # "X is hiring, and she said I should reach out to him"
            if (
                not any(s < o < cs for o in self._starts)
                and not self._own_object(doc, ce)
                and not _cue_has_object(doc, cs, ce)
            ):
                return True
        return False

    def _plan_from(self, doc: Doc, sent: Span, first: int, s: int, aliases: set[str]) -> bool:
        """ "Email Julien and Sarah by Thursday": a plan to contact opening at ``first`` whose
        object reaches the name at ``s`` with no second verb between."""
        plan = self.own_plans.match_at(doc, first, sent.end)
        return bool(
            plan
            and first + plan <= s
            and not self.negations.find(doc, sent.start, s)
            # "Email Jenna by Wednesday and thank Dr. Rivera": a second verb, a second plan
            and not any(
                t.pos_ in {"VERB", "AUX"} and not self._named_by_contact(doc, t.i, aliases)
                for t in doc[first + plan : s]
            )
            and not self._own_acquaintance(doc, first + plan, s)
        )

    def _todo_item_plan(self, doc: Doc, sent: Span, first: int, s: int, aliases: set[str]) -> bool:
        """ "Next steps: update my LinkedIn, and email the volunteer lead X", "Tasks, one, ...,
        two, email X": in a sentence opening with a to-do heading, a plan opening any item
        (after a comma, "and" or an item's number), not only the first, is a plan to contact
        the person its object reaches (rel41)."""
        head = self.todo_headings.match_at(doc, first, sent.end)
        if not head:
            return False
        k = first + head
        while k < s:
            if doc[k].lower_ not in self.item_breaks and not doc[k].is_punct:
                k += 1
                continue
            p = k
            while p < s and (doc[p].lower_ in self.item_breaks or doc[p].is_punct):
                p += 1
            if p < s and self._plan_from(doc, sent, p, s, aliases):
                return True
            k = p + 1
        return False

    def _plan_right_before(self, doc: Doc, start: int, s: int) -> bool:
        """ "she said Dale is hiring i'll email Dale tomorrow": in unpunctuated speech the
        speaker's plan ("i'll email", "i need to reach out to") need not open the parser's
        sentence; said by "i" right before the name, anywhere in it, it is the same plan. So is a
        plan opening a line of typed notes ("...\nTODO email Ingrid, mention Lars"): the parser
        keeps a note's lines in one sentence, but each line is said on its own (people28)."""
        for cs, ce in self.own_plans.find(doc, start, s):
            if (
                ce == s
                and (doc[cs].lower_ == "i" or _line_start(doc, start, cs))
                and not self.negations.find(doc, cs, ce)
            ):
                return True
        return False

    @staticmethod
    def _own_acquaintance(doc: Doc, k: int, s: int) -> bool:
        """ "I'll reach out to my friend Tae-yang about teaming up": the speaker's plan about
        their own friend or colleague ("my" right after the plan) is no lead from the call."""
        return k < s and doc[k].lower_ in {"my", "our"}

    def _run_on_end(self, doc: Doc, sent: Span) -> int:
        """ "She said her old deputy, X, is still there and I should call him.": where the
        parser ends ``sent`` with no punctuation and the next sentence opens with "and", the
        two are one sentence said by the same speaker; the end of that next one, else of
        ``sent``."""
        end = sent.end
        if 0 < end < len(doc) and not doc[end - 1].is_punct and doc[end].lower_ == "and":
            return doc[end].sent.end
        return end

    def _named_by_contact(self, doc: Doc, k: int, aliases: set[str]) -> bool:
        """ "I'll reach out to the recruiter she mentioned, X", "message the two people he
        named, X and Y": the verb at ``k`` says the contact named them, which leaves the
        speaker's plan about them (no second plan)."""
        return (
            k > 0
            and doc[k].lemma_.lower() in self.named_by
            and (doc[k - 1].lower_ in self.contact_subjects or doc[k - 1].lower_ in aliases)
        )

    def _own_object(self, doc: Doc, ce: int) -> bool:
        """ "He mentioned his colleague X, and he'll introduce me to Y": a cue ending at ``ce``
        followed, within a few words of its sentence, by a person of its own (one found, or
        the contact) is about that person, not a name said before it."""
        sent_end = doc[ce - 1].sent.end if ce > 0 else len(doc)
        stop = min(sent_end, ce + 5)
        span = doc._.contact_span
        for k in range(ce, stop):
            if doc[k].is_punct and doc[k].text != ",":
                return False
            if k in self._starts or (span and span[0] <= k < span[1]):
                return True
        return False

    def _company(self, doc: Doc, s: int, e: int, orgs: list[Any]) -> str | None:
        sent = doc[s].sent
        stop = min(sent.end, e + 14, *(x for x in self._starts if x > s))
        stop = next((k for k in range(e, stop) if doc[k].lower_ in {"and", "but", ";"}), stop)
        for m in orgs:
            if e <= m.start < stop:
                between = doc[e : m.start]
                if any(is_cap(t) and t.ent_type_ == "PERSON" for t in between):
                    break
                return str(m.name)
        # "her counterpart at the White Sox, Eric Dunn"
        for m in orgs:
            if (
                s - 3 <= m.end < s
                and doc[m.end].text == ","
                and not any(m.start - 8 <= o < s for o in self._starts)
                and not any(t.lower_ in {"and", "or", "but"} for t in doc[m.end : s])
            ):
                return str(m.name)
        window_start = max(sent.start, s - 4, *(x + 1 for x in self._starts if x < s))
        window = range(window_start, stop)
        same = [k for k in window if self.same.match_at(doc, k, stop)]
        former = self.former.find(doc, window_start, stop)
        contact = doc._.contact
        if same and not former and contact is not None and contact.company:
            return display_name(contact.company)
        return None


#: after a cue ("intro", "introduction"), the word saying who made it: "the introduction from
#: Dr. X", "Intro via X (Acme)", "connected through X": who introduced the speaker, mentioned
_INTRODUCED_BY = {"from", "by", "via", "through", "thru"}

#: the parts of speech that open a noun phrase: a cue followed by one has an object of its own
_OBJECT_POS = {"NOUN", "PROPN", "DET", "ADJ", "NUM"}


def _cue_has_object(doc: Doc, cs: int, ce: int) -> bool:
    """ "X ... she said they need people who can talk to landlords", "Rebecca promotes from
    inside, he gave me advice on that", "X signs off on hires, she'd forward my resume": a cue
    read back to a name said before it ("X is hiring, I should reach out to him", "X would be
    worth a call") points back with a pronoun or ends its clause; a cue going on with a noun
    phrase of its own (a determiner, adjective, number or noun right after it) is about that
    thing, not the name before it. A date or time right after ("worth a call next week") is no
    object, "send my resume to her" still points back, and a cue opening a relative clause
    ("X, who's hiring a dispatcher") is about the name it follows whatever its object."""
    if ce >= len(doc) or doc[cs].lower_ in {"who", "whom", "whose"}:
        return False
    first = doc[ce]
    if first.pos_ not in _OBJECT_POS or first.ent_type_ in {"DATE", "TIME"}:
        return False
    return not any(t.lower_ in {"him", "her", "them"} for t in doc[ce + 1 : ce + 4])


def _line_start(doc: Doc, start: int, k: int) -> bool:
    """Whether ``k`` opens a line of typed notes: only a to-do marker, a bullet or other
    punctuation stands between it and a line break (or the sentence's start)."""
    j = k - 1
    while j >= start and (doc[j].is_punct or doc[j].lower_ in {"todo", "to", "do"}):
        j -= 1
    return j < start or "\n" in doc[j].text


def thanked(doc: Doc, s: int) -> bool:
    """ "so todo thank X for the intro", "text X a thank-you", "email X thanks": a mention
    the speaker thanks (a thanks word right before the name or a few words after it, in its
    sentence) is of someone who helped already, the one who set the call up: no lead to
    contact, whatever plan or cue the sentence also carries. The development authors label
    a person so thanked ``mentioned`` (26 of 28, twelve authors; the two others were near a
    thank-you to the contact)."""
    sent = doc[s].sent
    near = doc[max(sent.start, s - 2) : min(sent.end, s + 6)]
    return any(t.lower_.startswith("thank") for t in near)
