"""Reading, checking and completing the contact's name for debrief_contact_v1.

Where a name that starts at a token ends (``_name_end``: capitalised words in a cased recap,
content words in one whose capitals are unreliable, see :mod:`debrief.extract.casing`), the
name after a rank ("Petty Officer Marcus Delacroix") and a sentence that opens with a name the
next clause is about ("Nasra, she's a ..."). What :mod:`debrief.extract.contact` finds after
an intro cue is a candidate. Here it is checked (an organisation, a date or a job title is
not a name), completed (a first name the recap spells out in full a little later: "Ruth. Ruth,
um, Ruth Mekonnen", "Bea, Beatriz Soto") and, where no cue introduced anyone, looked for with
the looser patterns of ``[intro.loose]`` in ``pipelines/contact_patterns.toml`` ("we talked for
an hour, with Marisa Delacroix-Young"), matched with spaCy's :class:`~spacy.matcher.Matcher`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.contact_title import TIME_WORDS
from debrief.extract.lexicon import non_name_words, title_head_words, word_list
from debrief.extract.orgs import is_cap
from debrief.extract.title_heard import title_in_name
from debrief.names import fold_lower
from debrief.names_spelling import lexicon

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet
    from debrief.extract.orgs import OrgFinder

#: Entity types a name never carries (the small model tags "April Fools' Day" as a name's
#: neighbour; a cue before "Veterans Day" or "twenty minutes" does not introduce a person).
_NOT_NAME_ENTS = {"DATE", "TIME", "EVENT", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}
#: Words before a capitalised phrase that make it an organisation, not a repeat of the name
#: ("a company called Charlotte Electric" after "Charlotte").
_ORG_BEFORE = {"at", "called", "for", "from", "named", "joined", "with"}

#: Prepositions before an organisation or a place, not before the person the call was with.
_ORG_PREPS = {"at", "from", "for", "of", "in", "on", "near", "by"}
#: Last words of holidays the small model tags as people ("April Fools' Day").
_HOLIDAY_ENDS = {"day", "eve"}

NameSpan = tuple[int, int]

#: Tags no word of a lower-case name gets; an adverb does not start one ("that was kind of
#: a bummer") but the tagger reads some surnames as adverbs ("maria lopez")
_NOT_LOWER_NAME_POS = {"VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ"}

#: "o'brien", "d'souza": one word of a lower-case name despite its apostrophe
_APOSTROPHE_NAME = re.compile(r"[a-z]{1,2}'[a-z]{2,}")


def _surname_address() -> frozenset[str]:
    """Forms of address a lower-case note says before a surname alone ("mr", "mrs"):
    ``surname_only_address`` of ``pipelines/word_lists.toml``."""
    return word_list("surname_only_address")


def _misread_first(t: Token, nxt: Token | None) -> bool:
    """'met raj patel today': the tagger reads a lower-case first name it does not know as an
    adverb; it starts the name when a word the tagger does read as a name follows it (an
    adverb before a name, "met really Maria", is not said; "kind of", "honestly great" are
    followed by no name)."""
    return (
        t.pos_ == "ADV"
        and not t.lower_.endswith("ly")
        and nxt is not None
        and nxt.is_alpha
        and not nxt.is_stop
        and nxt.pos_ == "PROPN"
        and nxt.lower_ not in TIME_WORDS
    )


#: the tags the small model gives full names it does not know ("Ifeoma Chukwu" ORG)
_NAME_MISTAGS = {"ORG", "GPE", "NORP", "PRODUCT", "FAC"}
#: lower-case particles inside a name ("Anouk de Vries")
_PARTICLES = {"de", "van", "von", "da", "der", "del", "la", "le", "bin", "al"}


def unlisted_full_name(ent: Span) -> bool:
    """Whether ``ent``, an entity the small model tags an organisation or a place, is shaped
    as a full name no list vouches for ("the UNICEF person Ifeoma Chukwu", "Anouk de Vries"):
    two or three capitalised words (particles aside), none an English word, a well-known
    organisation's or a word that is no name (``not_names``). The model tags people's names
    it has not seen as organisations; an organisation of two words neither of which is an
    English word ("Tandem Health", "Quiet Room" are) is rare."""
    if ent.label_ not in _NAME_MISTAGS:
        return False
    words = [t for t in ent if t.lower_ not in _PARTICLES]
    if not 2 <= len(words) <= 3 or not words[0].text[:1].isupper():
        return False
    plain = non_name_words()
    return all(
        t.is_alpha
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.lower_ not in plain
        and t.lower_ not in NOT_NAMES
        for t in words
    )


def loose_matcher(nlp: Language, patterns: list[dict[str, Any]]) -> Matcher:
    """A Matcher over the ``[[intro.loose]]`` patterns; the last token matched starts the name."""
    matcher = Matcher(nlp.vocab)
    for entry in patterns:
        matcher.add(entry["label"], [entry["pattern"]])
    return matcher


class NameChecks:
    """Plausibility and completion of a name candidate (a mixin of ContactExtractor)."""

    orgs: OrgFinder
    title_heads: set[str]
    particles: set[str]
    org_before: set[str]
    ranks: set[str]
    rank_joiners: set[str]
    loose: Matcher
    corrections: PhraseSet
    _tail_title: str | None = None

    def _in_header(self, i: int) -> bool:  # pragma: no cover
        raise NotImplementedError

    def _name_end(self, doc: Doc, k: int, end: int, low: bool) -> int:
        if low:
            j = k
            words = 0
            while j < end and words < 3:
                t = doc[j]
                if t.text == "-" and j > k and not doc[j - 1].whitespace_ and j + 1 < end:
                    j += 2  # "oduya-bell", "eun-ji": one word of the name
                    continue
                if _APOSTROPHE_NAME.fullmatch(t.text):
                    j += 1  # "o'brien", "d'souza"
                    words += 1
                    continue
                nxt = doc[j + 1] if j + 1 < end else None
                if (
                    t.lower_ in self.particles
                    and j > k
                    and nxt is not None
                    and nxt.is_alpha
                    and not nxt.is_stop
                    and nxt.pos_ in {"PROPN", "NOUN", "ADJ"}
                ):
                    j += 1  # "gabriel dos santos", "ana de la cruz": the tagger calls it a verb
                    continue
                person = t.ent_iob_ == "I" and t.ent_type_ == "PERSON"
                if j > k and person and not t.is_stop and t.lower_ not in TIME_WORDS:
                    j += 1  # "desmond achebe": the tagger's particle, the model's one person
                    words += 1
                    continue
                if (
                    not t.is_alpha
                    or t.is_stop
                    or t.pos_ in _NOT_LOWER_NAME_POS
                    or (j == k and t.pos_ in {"ADV", "INTJ"} and not _misread_first(t, nxt))
                    or t.lower_ in TIME_WORDS
                    or t.lower_ in {"um", "uh", "er", "umm"}
                ):
                    break
                j += 1
                words += 1
            return j
        j = k
        words = 0
        while j < end and words < 4:
            t = doc[j]
            if is_cap(t) and t.lower_ not in TIME_WORDS and not t.like_num:
                j += 1
                words += 1
                continue
            if t.text == "-" and j > k and not doc[j - 1].whitespace_ and j + 1 < end:
                j += 2  # "Hyun-woo", "Mei-Ling"
                continue
            if t.lower_ in self.particles and j > k and j + 1 < end and is_cap(doc[j + 1]):
                j += 1
                continue
            break
        while j > k and (
            doc[j - 1].is_punct or (doc[j - 1].text in self.particles and doc[j - 1].text.islower())
        ):
            j -= 1
        return j

    @staticmethod
    def _name_text(span: Span) -> str:
        text = span.text
        for prefix in ("Dr. ", "Dr ", "Doctor ", "Professor ", "Prof. ", "Mr. ", "Ms. ", "Mrs. "):
            if text.startswith(prefix) and len(text) > len(prefix):
                text = text[len(prefix) :]
        return text.strip(" ,.'\"")

    def _past_ranks(self, doc: Doc, span: tuple[int, int], low: bool) -> tuple[int, int]:
        """The name after the ranks that open ``span`` ("Petty Officer First Class Marcus
        Delacroix" -> "Marcus Delacroix"; "Corporal, sorry, former Corporal, Aroha Tamihana"
        -> "Aroha Tamihana"), or ``span`` when no name follows them."""
        s = span[0]
        if doc[s].lower_ not in self.ranks:
            return span
        k = s
        end = doc[s].sent.end
        while k < end and (doc[k].lower_ in self.ranks or doc[k].lower_ in self.rank_joiners):
            k += 1
        if k >= end:
            return span
        e2 = self._name_end(doc, k, end, low)
        if e2 > k and self._plausible(doc, k, e2) and doc[k].lower_ not in self.title_heads:
            return (k, e2)
        return span

    def _title_off(self, doc: Doc, span: NameSpan, low: bool) -> NameSpan:
        """'the estimating lead from ironbridge haruto sato operations pm at ...', 'arjun mehta
        senior commissioning engineer': where no comma ends a lower-case name, the words after
        it run into it. From its third word on, a run of content words ending in a job title's
        head ("pm", "director", "cfp") is the title said after the name, not more of the name:
        the name ends before it, and the title is kept in ``_tail_title`` for when the recap
        gives no other. Two-word names are left whole ("sam cook", "ben carpenter")."""
        self._tail_title = None
        s, e = span
        if not low:
            # "Rosalind Achebe Payments Risk Lead": Whisper's title in Title Case, no comma
            heard = title_in_name(doc, s, e)
            if heard is None:
                return span
            self._tail_title = doc[heard[0] : heard[1]].text
            return (s, heard[0])
        front = self._title_in_front(doc, s, e)
        if front > s:
            # "talked to dispatcher rosa at ...": the title said first, then the name
            self._tail_title = doc[s:front].text
            return (front, e)
        starts = [
            i
            for i in range(s, e)
            if doc[i].is_alpha
            and not (i > s and doc[i - 1].text == "-" and not doc[i - 2].whitespace_)
        ]
        # after a form of address the name is a surname alone ("mr patel safety coord")
        addressed = s > 0 and doc[s - 1].lower_.rstrip(".") in _surname_address()
        if len(starts) < (2 if addressed else 3):
            return span
        p = starts[1 if addressed else 2]
        end = min(doc[s].sent.end, e + 4, p + 6)
        heads = title_head_words()  # the clipped heads too ("ops mgr", "safety coord")
        last = None
        j = p
        while j < end:
            t = doc[j]
            if t.text == "-" and not doc[j - 1].whitespace_ and j + 1 < end:
                j += 1  # "co-founder"
                continue
            if not t.is_alpha or t.is_stop or t.pos_ in {"ADP", "VERB", "AUX", "PRON", "DET"}:
                break
            if t.lower_ in heads:
                last = j
            j += 1
        if last is None or (last < e - 1 and doc[e - 1].lower_ not in heads):
            return span
        self._tail_title = doc[p : last + 1].text
        return (s, p)

    def _title_in_front(self, doc: Doc, s: int, e: int) -> int:
        """Where the name starts past a lower-case job title said before it ("dispatcher rosa",
        "plant manager luis ortega"): up to three content words ending in a title's head word,
        none a census given name ("dean"), with a name word left after them; else ``s``."""
        census = lexicon()
        heads = title_head_words()
        for h in range(s, min(e - 1, s + 3)):
            t = doc[h]
            if not t.is_alpha or t.is_stop or t.lower_ in census.given:
                return s
            if t.lower_ in heads:
                # a name after it, not an English word ("a recruiter type at ...")
                rest = [w.lower_ for w in doc[h + 1 : e] if w.is_alpha]
                named = rest and all(census.known(w) or w not in non_name_words() for w in rest)
                return h + 1 if named else s
        return s

    def _said_about(self, doc: Doc, k: int, e: int, end: int, low: bool) -> bool:
        """'Nasra, she didn't give a last name, she's a ...', 'ok so zoë lambert she's a
        content designer', 'Lorenzo from ThoughtWorks, he's ...': a sentence that opens with a
        name the next clause is about ("she", "he", "they", after a comma or a "from <Org>")."""
        if not 0 < e - k <= 4 or not self._plausible(doc, k, e):
            return False
        if not low and not all(is_cap(t) or t.text == "-" or t.is_lower for t in doc[k:e]):
            return False
        if any(t.is_stop or t.lower_ in self.title_heads for t in doc[k:e] if t.is_alpha):
            return False
        if e - k == 1 and not low and doc[k].ent_type_ != "PERSON" and doc[k].tag_ != "NNP":
            return False
        j = e
        if j < end and doc[j].lower_ == "from":
            # "Lorenzo from ThoughtWorks, he's": the organisation, then the comma
            j += 1
            while j < end and j - e <= 5 and doc[j].text != ",":
                j += 1
        if j < end and doc[j].text == ",":
            j += 1
        elif not low:
            return False  # typed text marks the clause with a comma; run-on text may not
        if j + 1 >= end or doc[j].lower_ not in {"she", "he", "they"}:
            return False
        nxt = doc[j + 1]
        return nxt.pos_ in {"AUX", "VERB"} or nxt.lower_ in {"'s", "s"}

    def _find_apposed(
        self, doc: Doc, sents: list[Span], low: bool
    ) -> tuple[NameSpan, Span, None] | None:
        """'The speaker at our career night, Precious Ndlovu, she's the clinical coordinator',
        'a woman at the Minnesota Historical Society, Astrid, I didn't catch her last name':
        a name set off by commas after a description, and followed by a clause about them
        (she/he/they and a verb) or by the speaker not catching their name. Only where no cue
        or opening name was found; a name the tagger reads as a proper noun or a person."""
        for sent in sents:
            for i in range(sent.start + 1, sent.end - 3):
                if doc[i].text != "," or doc[i - 1].is_punct:
                    continue
                k = i + 1
                e = self._name_end(doc, k, sent.end, low)
                if not 0 < e - k <= 3 or e + 2 >= sent.end or doc[e].text != ",":
                    continue
                if not all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in doc[k:e]):
                    continue
                if self._said_about(doc, k, e, sent.end, low) or self._name_not_caught(doc, e + 1):
                    return (k, e), sent, None
        return None

    @staticmethod
    def _name_not_caught(doc: Doc, i: int) -> bool:
        """'..., Astrid, I didn't catch her last name', '..., Curtis, he didn't give me his last
        name': the speaker says they have only this name."""
        window = doc[i : min(len(doc), i + 9)]
        return doc[i].lower_ in {"i", "she", "he", "they"} and any(
            t.lower_ == "name" for t in window
        )

    @staticmethod
    def _lower_name(t: Token) -> bool:
        """A lower-case word right after an intro cue that the tagger reads as a name: the
        contact's name typed in lower case in an otherwise cased recap."""
        return t.is_lower and t.is_alpha and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON")

    def _plausible(self, doc: Doc, s: int, e: int) -> bool:
        """Whether ``doc[s:e]`` can be a person's name: not an organisation (a head word like
        "Museum", "Department"), not a date or a number, not a job title ("the VP of Sales",
        "the Partnerships lead"), not the recap's heading."""
        if e <= s or self._in_header(s):
            return False
        heard = getattr(self, "_misheard", None)
        if heard is not None and s < heard[1] and heard[0] < e:
            return False  # "Deep Reef, Harlow Parks call.": a misheard "Debrief"
        span = doc[s:e]
        if self.orgs.has_head(span):
            return False
        nxt = doc[e] if e < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.lower_ in self.org_before:
            return False  # "the Bank of America person", "the Acme panel"
        after = doc[e + 1] if e + 1 < len(doc) else None
        owned = after is not None and (
            after.text == "," or (is_cap(after) and after.ent_type_ in {"PERSON", ""})
        )
        if nxt is not None and nxt.lower_ in {"'s", "'"} and owned:
            return False  # "the call with Ocean Spray's Kwame", "Acme's, sorry, Halvard's"
        if nxt is not None and nxt.text == "," and after is not None and after.lower_ == "their":
            # "my talk with Farmers Edge, their customer success manager, Jules": the name
            # follows their title ("Jean-Baptiste, their operations director." is the contact)
            rest = doc[e + 2 : min(len(doc), e + 12)]
            if any(t.text == "," and t.i + 1 < len(doc) and is_cap(doc[t.i + 1]) for t in rest):
                return False
        if nxt is not None and nxt.lower_ == "of" and self.orgs.has_head(doc[s : e + 1]):
            return False  # "Bank of America", "City of Tacoma": the name goes on past "of"
        if any(t.ent_type_ in _NOT_NAME_ENTS for t in span):
            return False
        if all(t.lower_ in self.title_heads for t in span if t.is_alpha):
            return False
        if len(span) > 1 and span[-1].lower_ in _HOLIDAY_ENDS:
            return False
        # "the Partnerships lead", "the Ops manager": a capitalised word before a title head
        return not (e < len(doc) and doc[e].lower_ in self.title_heads and doc[e].is_lower)

    def _org_position(self, doc: Doc, s: int) -> bool:
        """'at Coursera', 'the train from Mainz', 'at Stripe, no, sorry, Square': where the
        small model's PERSON is an organisation or a place."""
        if s > 0 and doc[s - 1].lower_ in _ORG_PREPS:
            return True
        k = s - 1
        while k >= 0 and doc[k].is_punct:
            k -= 1
        return any(
            self.corrections.match_at(doc, j, s) and j + self.corrections.match_at(doc, j, s) > k
            for j in range(max(0, k - 3), k + 1)
        )

    def _corrected(self, doc: Doc, span: NameSpan, low: bool) -> NameSpan:
        """'Farah, no, it's Fareeha, Fareeha Malik': the name after a spoken correction wins."""
        e = span[1]
        if e + 1 >= len(doc) or doc[e].text != ",":
            return span
        m = self.corrections.match_at(doc, e + 1, doc[e].sent.end)
        if not m:
            return span
        k = e + 1 + m
        while k < len(doc) and doc[k].text == ",":
            k += 1
        e2 = self._name_end(doc, k, doc[k].sent.end, low) if k < len(doc) else k
        return (k, e2) if e2 > k and self._plausible(doc, k, e2) else span

    def _complete(self, doc: Doc, span: NameSpan, low: bool) -> NameSpan:
        """A one-word name spelled out in full soon after: the longest later mention that
        starts with it ("Koji ... Koji Fujimoto.", "Bea, Beatriz Soto", "hector um hector
        galvan"). A nickname only counts as the start of a full name right after it."""
        s, e = span
        if e - s != 1:
            return span
        first = fold_lower(doc[s].lower_)
        for k in range(e, min(len(doc), e + 60)):
            t = doc[k]
            word = fold_lower(t.lower_)  # "Ines, Inés Navarro": one name with and without accent
            apposed = k <= e + 4 and len(first) >= 3 and word.startswith(first)
            if not (word == first or apposed) or (not low and not is_cap(t)):
                continue
            if k > 0 and doc[k - 1].lower_ in _ORG_BEFORE:
                continue
            e2 = self._name_end(doc, k, t.sent.end, low)
            if e2 - k >= 2 and self._plausible(doc, k, e2):
                return (k, e2)
        return span

    def _find_loose(self, doc: Doc, sents: list[Span], low: bool) -> tuple[NameSpan, Span] | None:
        """No cue introduced anyone: the first ``[[intro.loose]]`` match in ``sents``."""
        if low or not sents:
            return None
        lo, hi = sents[0].start, sents[-1].end
        for _label, _s, e in sorted(self.loose(doc[lo:hi]), key=lambda m: m[1]):
            k = lo + e - 1
            end = self._name_end(doc, k, doc[k].sent.end, low)
            if end - k >= 2 and self._plausible(doc, k, end):
                return (k, end), doc[k].sent
        return None
