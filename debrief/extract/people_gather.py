"""What debrief_people_v1 knows of a recap before it judges a name, and the candidate names
it gathers (a mixin of :class:`~debrief.extract.people.PeopleExtractor`).

The facts (:class:`RecapFacts`) are what the other components found: the contact and their
aliases, the organisations and companies, the phrases that name no person; every later rule
reads them. The candidates are spans of the recap that may name a person: the tagger's PERSON
entities; in an all-lower-case transcript, the word after a person cue ("his boss", "talk
to") and a word before a person's verb ("so priya connected us"); in a cased recap typed with
names in lower case, a word the tagger reads as a name right after a person cue; and
capitalised name chunks in a person context. Each candidate is then trimmed to the name
proper ("Email Marcus" -> Marcus); whether it is a person, the rules of ``people.py``,
``people_shape.py`` and ``people_orgs.py`` decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import ENT_TYPE, POS, TAG
from spacy.symbols import ADJ, NOUN
from spacy.tokens import Doc

from debrief.extract.casing import may_be_cap
from debrief.extract.contact_suffix import address_words
from debrief.extract.doc_arrays import lowers, texts
from debrief.extract.lexicon import PhraseSet
from debrief.extract.org_names import hyphen_joins, org_mentions
from debrief.extract.orgs import chunk_end, is_acronym, is_cap, lower_doc
from debrief.extract.people_affiliated import affiliated_name
from debrief.extract.people_affiliated import given as affiliated_given
from debrief.extract.people_apposed import apposed_names
from debrief.extract.people_context import PersonContext
from debrief.extract.people_first_names import first_names, keep_first_names
from debrief.extract.people_lone import name_after_verb, of_possessor
from debrief.extract.people_lowgiven import full_after_cue, given_after_cue, lower_given_name
from debrief.extract.people_parened import parened_name
from debrief.extract.people_subject import capitalised_word, given_name_subject, said_as_place
from debrief.extract.people_unlisted import unlisted_not_person
from debrief.names import company_key, person_key
from debrief.names_spelling import lexicon


@dataclass
class RecapFacts:
    """What the recap's other components found, read by every rule of one recap's people."""

    low: bool  # an all-lower-case transcript
    aliases: set[str]  # the contact's names and nicknames, lower case
    alias_words: set[str]  # their words, as written and as person keys
    contact_span: Any  # where the contact is named, or None
    orgs: list[Any]  # the organisation mentions found
    strong_org_tokens: set[int]  # the tokens of the strong ones
    company_keys: set[str]  # the companies mentioned, as keys
    company_words: set[str]  # their words
    contact: Any  # the contact, or None
    org_names: list[str]  # every organisation named, the contact's own included
    org_words: set[str]  # their words, as person keys
    not_people_tokens: set[int]  # the tokens of capitalised phrases that name no person
    sent_end: dict[int, int]  # each token's sentence end


def _org_words_elsewhere(facts: RecapFacts, i: int) -> set[str]:
    """The words of the recap's organisations (the contact's own included) but those of the
    mentions that cover token ``i``, as person keys."""
    names = [m.name for m in facts.orgs if not m.start <= i < m.end]
    if facts.contact is not None and facts.contact.company:
        names.append(facts.contact.company)
    return {w for n in names for w in person_key(n).split()}


def _title_words(facts: RecapFacts) -> set[str]:
    """The words of the contact's title, lower case ("Forensic accountant")."""
    title = facts.contact.title if facts.contact is not None else None
    return set((title or "").lower().split())


class PeopleGather(PersonContext):
    strip_leading: set[str]
    strip_trailing: set[str]
    hyphen_endings: set[str]
    honorifics: set[str]
    ranks: frozenset[str]
    low_after: PhraseSet
    common_nouns: set[str]
    not_people_phrases: PhraseSet
    low_given_after: PhraseSet
    never_names: set[str]
    _low_given: set[int]
    _subject_given: set[int]
    _apposed: set[tuple[int, int]]
    person_nouns: set[str]

    def _recap_facts(self, doc: Doc) -> RecapFacts:
        """The facts every rule of this recap reads, from the other components' findings."""
        low = lower_doc(doc)
        aliases = {a.lower() for a in (doc._.contact_aliases or [])}
        alias_words = {w for a in aliases for w in a.split()} | {
            w for a in aliases for w in person_key(a).split()
        }
        contact_span = doc._.contact_span
        orgs = org_mentions(doc)
        strong_org_tokens = {k for m in orgs if m.strong for k in range(m.start, m.end)}
        company_keys = {company_key(c) for c in (doc._.companies or [])}
        company_words = {w for c in company_keys for w in c.split()}
        contact = doc._.contact
        org_names = [m.name for m in orgs] + list(doc._.companies or [])
        if contact is not None and contact.company:
            org_names.append(contact.company)
        org_words = {w for n in org_names for w in person_key(n).split()}

        not_people_tokens = {
            k for a, b in self.not_people_phrases.find(doc) if is_cap(doc[a]) for k in range(a, b)
        }
        sent_end = {k: sent.end for sent in doc.sents for k in range(sent.start, sent.end)}
        return RecapFacts(
            low=low,
            aliases=aliases,
            alias_words=alias_words,
            contact_span=contact_span,
            orgs=orgs,
            strong_org_tokens=strong_org_tokens,
            company_keys=company_keys,
            company_words=company_words,
            contact=contact,
            org_names=org_names,
            org_words=org_words,
            not_people_tokens=not_people_tokens,
            sent_end=sent_end,
        )

    def _gather(self, doc: Doc, facts: RecapFacts) -> dict[int, int]:
        """Every candidate name, as start -> end: the tagger's PERSON entities first, then the
        lower-case names after or before a person cue, then capitalised chunks in a person
        context (which read the spans found before them: a list's next name, a first name
        completed)."""
        low = facts.low
        # the first steps read no contact name: gathered once a recap (people_first_names.py)
        first = first_names(self, doc, facts)
        if first is None:
            spans: dict[int, int] = {}
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    spans[ent.start] = max(spans.get(ent.start, 0), ent.end)
            if low:
                self._lower_transcript_names(doc, spans)
            self._lower_typed_names(doc, low, spans)
            self._name_chunks(doc, facts, spans)
            keep_first_names(self, doc, facts, spans)
        else:
            spans = first
        self._low_given = set()
        self._subject_given = set()
        self._apposed = set()
        if not doc._.spoken:
            # a lone given name taken on its capital or on the census alone, as a subject or
            # in lower case: a typed capital marks a name, Whisper's marks what it took for
            # one ("Tex usually get promoted", "winter's quieter"); on transcripts these
            # rules kept 4 right to 20 false (spoken42), so they read typed text only
            self._lower_given_names(doc, spans)
            self._given_subjects(doc, facts, spans)
            self._apposed_names(doc, spans)
        self._of_possessors(doc, spans)
        self._affiliated(doc, facts, spans)
        self._parened(doc, facts, spans)
        return spans

    def _affiliated(self, doc: Doc, facts: RecapFacts, spans: dict[int, int]) -> None:
        """One capitalised word typed with the organisation the person is at ("Marta @
        genomiQa"; people_affiliated.py) is a candidate, judged as a given name acting as a
        person (``_subject_given``), unless a word of an organisation of the recap, of the
        contact's names, or of a place."""
        words = texts(doc)
        if "@" not in words:
            return
        for i in range(len(words) - 2):
            if words[i + 1] != "@" or not capitalised_word(words[i]):
                continue
            key = words[i].lower()
            if (
                i in spans
                or i in facts.strong_org_tokens
                or key in facts.org_words
                or key in facts.alias_words
                or not affiliated_name(doc, i, self.never_names)
                or key in _org_words_elsewhere(facts, i)
                or said_as_place(doc, key, tagged=not affiliated_given(key))
            ):
                continue
            spans[i] = i + 1
            self._subject_given.add(i)

    def _parened(self, doc: Doc, facts: RecapFacts, spans: dict[int, int]) -> None:
        """One capitalised first name typed before a parenthesis of who the person is ("w/
        Noor (night supv)"; people_parened.py) is a candidate, judged as a given name acting
        as a person (``_subject_given``), unless a word of an organisation of the recap, of
        the contact's names, or of a place (``places.txt`` or said after a place
        preposition: the tagger's place reading of a name it does not know is no guide)."""
        words = texts(doc)
        if "(" not in words:
            return
        for i in range(len(words) - 3):
            if words[i + 1] != "(" or not capitalised_word(words[i]):
                continue
            key = words[i].lower()
            if (
                spans.get(i, i + 1) != i + 1  # a longer name the tagger found there
                or i in facts.strong_org_tokens
                or key in facts.org_words
                or key in facts.alias_words
                or not parened_name(doc, i, self.never_names)
                or key in _org_words_elsewhere(facts, i)
                or said_as_place(doc, key, tagged=False)
            ):
                continue
            spans[i] = i + 1
            self._subject_given.add(i)

    def _of_possessors(self, doc: Doc, spans: dict[int, int]) -> None:
        """One capitalised word said as "a friend of Oksana's" (``of_possessor``) is a
        candidate, judged as a given name acting as a person (``_subject_given``): the tagger's
        organisation or place reading of the word does not count there."""
        words = texts(doc)
        for i in range(2, len(words)):
            if words[i] not in {"'s", "\u2019s"} or words[i - 2].lower() != "of":
                continue
            s = i - 1
            if capitalised_word(words[s]) and of_possessor(doc, s, i) and s not in spans:
                spans[s] = i
                self._subject_given.add(s)

    def _given_subjects(self, doc: Doc, facts: RecapFacts, spans: dict[int, int]) -> None:
        """A capitalised given name said alone as the subject of a verb ("Carol wants me to
        cover", "Hoa finally fixed the sheeter"; people_subject.py). Remembered in
        ``_subject_given``: the judge reads them as it reads ``_low_given``. Not a word of
        an organisation named elsewhere in the recap ("Chase hired her" after "Chase Bank"),
        nor one a strong organisation mention holds here; the tagger's weak ORG guess on
        the word itself ("ok Mai is calling") does not count."""
        self._subject_given = set()
        owners = frozenset(self.possessed | self.person_nouns)  # "Kasia's husband"
        for i, text in enumerate(texts(doc)):
            # both readings ask a capitalised word first: the Token is built for those alone
            if not capitalised_word(text):
                continue
            tok = doc[i]
            # months too: "Wed Jan 14" is no Jan; "April wants" is lost, rarer than a date
            listed = given_name_subject(doc, i, self.common_nouns, self.time_words)
            if listed:
                if i in facts.strong_org_tokens or tok.lower_ in _org_words_elsewhere(facts, i):
                    continue
            elif not self._unlisted_subject(doc, facts, i, owners):
                continue
            # the tagger's place reading of a name off the census is no guide ("Jaylen")
            if said_as_place(doc, tok.lower_, tagged=listed):
                continue
            spans.setdefault(i, i + 1)
            self._subject_given.add(i)

    def _unlisted_subject(
        self, doc: Doc, facts: RecapFacts, i: int, owners: frozenset[str]
    ) -> bool:
        """A name off the census list said alone as a subject ("Oksana wants the files",
        "Duc finally fixed it"; people_subject.unlisted_given): no word of a strong
        organisation mention here or of an organisation named elsewhere (the tagger's weak
        ORG guess on the word itself, "Oksana wants", is no organisation), and no word of the
        contact's names (a contact named by first name alone is the contact), nor a heading,
        a firm said elsewhere or a title's word (people_unlisted.py, people23)."""
        if not given_name_subject(
            doc, i, self.common_nouns, self.time_words, unlisted=True, owners=owners
        ):
            return False
        key = doc[i].lower_
        return (
            i not in facts.strong_org_tokens
            and key not in _org_words_elsewhere(facts, i)
            and key not in facts.org_words
            and key not in facts.alias_words
            and not unlisted_not_person(doc, i, _title_words(facts))
        )

    def _apposed_names(self, doc: Doc, spans: dict[int, int]) -> None:
        """ "my steward, beatriz, said": a lower-case name set off by commas after the noun
        phrase saying who it is (people_apposed.py); a lone given name so said is remembered
        in ``_apposed``, as one acting as a person is in ``_low_given``: the judge keeps it."""
        for s, e in apposed_names(doc, self.common_nouns, self.never_names):
            if spans.get(s, e) != e:
                continue  # a longer name found there already is judged as it is
            spans[s] = e
            self._apposed.add((s, e))

    def _lower_given_names(self, doc: Doc, spans: dict[int, int]) -> None:
        """A given name in lower case before what only a person does ("renata said", "the
        one thanh sent me to"), in any recap: the tagger's reading of the word is no guide
        (people_lowgiven.py). Remembered in ``_low_given``: the judge keeps them."""
        self._low_given = set()
        given = lexicon().given
        # "kasia was calling me": a lower-case word off the census that the tagger reads as
        # a PERSON, before what only a person does, is a name as a census one is (people31)
        person = doc.vocab.strings.add("PERSON")
        words = texts(doc)
        tagged = {
            ent.start
            for ent in doc.ents
            if ent.label == person and ent.end - ent.start == 1 and words[ent.start].islower()
        }
        for i in sorted(tagged):
            if words[i] not in given and lower_given_name(
                doc, i, self.low_given_after, self.common_nouns, self.never_names, True
            ):
                spans.setdefault(i, i + 1)
                self._low_given.add(i)
        for i, word in enumerate(lowers(doc)):
            # the word first, as lower_given_name asks first: no call for most words (speed34)
            if (
                word not in given
                or i in spans
                or not lower_given_name(
                    doc, i, self.low_given_after, self.common_nouns, self.never_names
                )
            ):
                continue
            spans[i] = i + 1
            self._low_given.add(i)

    def _lower_transcript_names(self, doc: Doc, spans: dict[int, int]) -> None:
        """All-lowercase transcripts: the word(s) after "his boss", "talk to", ..., and a word
        before a person's verb ("so priya connected us"); no capitals say where a name is."""
        for tok in doc:
            if self._context_before(doc, tok.i) and tok.is_alpha and not tok.is_stop:
                # "her coworker tobias wexley": a given name and a surname, misread (people39)
                full = self._full_after_cue(doc, tok.i)
                if tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "DET", "ADJ", "ADV", "NUM"} and not (
                    tok.pos_ == "ADJ" and (full or self._given_after_cue(doc, tok.i))
                ):
                    continue
                if tok.i > 0 and doc[tok.i - 1].lower_ in {"the", "a", "an", "my"}:
                    continue
                e = tok.i + 1
                nxt = doc[e] if e < len(doc) else None
                if full or (
                    nxt is not None
                    and nxt.is_alpha
                    and not nxt.is_stop
                    and nxt.pos_ in {"PROPN", "NOUN"}
                    and nxt.lower_ not in self.time_words
                ):
                    e += 1
                # "their veteran recruiter sarah bloom": the model's PERSON may stop short
                spans[tok.i] = max(spans.get(tok.i, 0), e)
        for tok in doc:
            # "so priya connected us", "the guy ngaio put me in touch with"
            if (
                tok.is_alpha
                and not tok.is_stop
                and tok.pos_ in {"PROPN", "NOUN"}
                and tok.lower_ not in self.common_nouns
                and self.low_after.match_at(doc, tok.i + 1)
            ):
                spans.setdefault(tok.i, tok.i + 1)

    def _lower_typed_names(self, doc: Doc, low: bool, spans: dict[int, int]) -> None:
        """A cased recap typed with the names in lower case ("my old platoon sergeant dwayne
        harris", "talk to her supervisor, daniel brooks"): a word the tagger reads as a name,
        right after a person cue."""
        if low:
            return
        # word first: only a word the tagger reads as a name (NNP or PERSON) can pass
        # _lower_name, so the others build no Token (speed34)
        strings = doc.vocab.strings
        nnp, person = strings.add("NNP"), strings.add("PERSON")
        tags = doc.to_array([TAG, ENT_TYPE, POS]).tolist() if len(doc) else []
        given = lexicon().given
        words = texts(doc)
        misread = {NOUN, ADJ}  # given_after_cue's parts of speech, read from the array
        # "talk to andre": a census given name in lower case the tagger read as a common noun
        # or an adjective (people31); the tag and the text first, the census after
        for tok in (
            doc[i]
            for i, (tag, ent, pos) in enumerate(tags)
            if tag == nnp
            or ent == person
            or (pos in misread and words[i].islower() and words[i] in given)
        ):
            # "her coworker tobias wexley": a given name and a surname, both misread (people39)
            full = self._full_after_cue(doc, tok.i)
            if (
                self._lower_name(tok) or self._given_after_cue(doc, tok.i) or full
            ) and self._context_before(doc, tok.i):
                e = tok.i + 1
                if e < len(doc) and (full or self._lower_name(doc[e])):
                    e += 1
                spans.setdefault(tok.i, e)

    def _name_chunks(self, doc: Doc, facts: RecapFacts, spans: dict[int, int]) -> None:
        """Capitalised name chunks the tagger missed, where something says a person is meant:
        a person cue before or after, a cue verb, the next name of a list, a first name said
        before in full, a rank ("Captain Hollis")."""
        low, sent_end = facts.low, facts.sent_end
        words = texts(doc)  # the text first in a cased recap: most words start no name
        for tok in (doc[k] for k in range(len(doc)) if low or may_be_cap(words[k])):
            if (
                self._name_start(tok, low)
                and tok.i not in spans
                and (tok.i == 0 or not is_cap(doc[tok.i - 1], low))
            ):
                e = chunk_end(doc, tok.i, sent_end[tok.i], low, 3 if low else 4)
                end = sent_end[tok.i]
                while hyphen_joins(doc, e, end) and doc[e + 1].is_lower:
                    # "Hye-jin Park", "Soo-ah Kang": a hyphenated given name, then the rest
                    e += 2
                    if e < end and doc[e - 1].whitespace_ and is_cap(doc[e]):
                        e = chunk_end(doc, e, end, False, 3)
                if e == tok.i:
                    continue
                ctx = self._context_before(doc, tok.i) or self._owns_personal(doc, e)
                # "his GM Natalia", "Email Marcus": the name proper starts after these
                k = tok.i
                while k < e - 1 and doc[k].lower_ in self.strip_leading:
                    k += 1
                led = name_after_verb(doc, tok.i, k) and self._context_before(doc, k)
                if (tok.i in facts.strong_org_tokens or tok.tag_ != "NNP") and not (ctx or led):
                    continue
                if (
                    ctx
                    or (k > tok.i and self._context_before(doc, k))
                    # "Marcus Bell and Yolanda Frías": the next name of a list (whether
                    # the list is of people, the filter below decides)
                    or (self._list_before(doc, tok.i) in {x - 1 for x in spans.values()})
                    # "My friend Joy introduced us, Joy Castillo": a first name completed
                    or (e - tok.i >= 2 and tok.lower_ in {doc[a].lower_ for a in spans})
                    or self._context_after(doc, e)
                    or self._weak_context(doc, tok.i, e)
                    # "Coach Pellegrini", "Captain Hollis": a rank before a name
                    or (e - tok.i == 2 and tok.lower_.rstrip(".") in self.ranks)
                ):
                    spans[tok.i] = e

    def _trimmed(
        self, doc: Doc, s: int, e: int, sent_end: dict[int, int]
    ) -> tuple[int, int] | None:
        """The name proper of a candidate span: past leading non-name words ("Email Marcus",
        "Dr. Femi Adebayo") and a rank, without trailing punctuation or "'s", with a
        hyphenated given name the model left out ("Hyun-woo Park"); None if nothing is left."""
        # drop leading non-name words: "Email Marcus", "Dr. Femi Adebayo"
        while s < e and (
            (
                doc[s].lower_ in self.strip_leading
                and not (is_acronym(doc[s].text) and doc[s].lower_ in self.honorifics)
            )
            or doc[s].is_punct
        ):
            s += 1  # "his GM Natalia"; but "MS Project" is no "Ms. Project"
        while e > s and (
            doc[e - 1].is_punct
            or doc[e - 1].lower_ == "'s"
            # "tell bruna thanks": a thank-you said after the name ends it
            or doc[e - 1].lower_ in self.strip_trailing
            # "ask harjit ji", "owner is Gill sahib": a form of address said after the name,
            # in lower case as written ("Wang Ji" is a name; contact_suffix.py)
            or (e - s > 1 and doc[e - 1].text in address_words() and doc[e - 2].whitespace_)
        ):
            e -= 1
        if e <= s:
            return None
        s, e = self._past_rank(doc, s, e, sent_end[s])
        if (
            s >= 3
            and doc[s - 2].text == "-"
            and doc[s - 1].is_lower
            and not doc[s - 3].whitespace_
            and not doc[s - 2].whitespace_
            and is_cap(doc[s - 3])
        ):
            s -= 3  # "Hyun-woo Park": the model tags only "Park"
        elif (
            s >= 2
            and doc[s].is_lower
            and hyphen_joins(doc, s - 1)
            and is_cap(doc[s - 2])
            and doc[s].text not in self.hyphen_endings
        ):
            s -= 2  # "the one Ji-yeon mentioned": a subject rule takes only "yeon"
        if (
            e - s == 1
            and is_cap(doc[s])
            and hyphen_joins(doc, e)
            and doc[e + 1].is_lower
            and doc[e + 1].text not in self.hyphen_endings
        ):
            e += 2  # "write to Ji-yeon": the model tags only "Ji"
        return s, e

    def _given_after_cue(self, doc: Doc, i: int) -> bool:
        """A lower-case census given name the tagger misread, where a person cue may stand
        before it (people_lowgiven.given_after_cue)."""
        word = texts(doc)[i]  # the text first: most words asked are capitalised
        return (
            word.islower()
            and word in lexicon().given
            and given_after_cue(doc, i, self.common_nouns, self.never_names)
        )

    def _full_after_cue(self, doc: Doc, i: int) -> bool:
        """A lower-case census given name and a surname of note the tagger misread, where a
        person cue may stand before them (people_lowgiven.full_after_cue)."""
        word = texts(doc)[i]  # the text first: most words asked are capitalised
        return (
            word.islower()
            and word in lexicon().given
            and full_after_cue(doc, i, self.common_nouns, self.never_names)
        )

    def _lower_name(self, tok: Any) -> bool:
        """A lower-case word the tagger reads as (part of) a person's name."""
        return (
            tok.is_lower
            and tok.is_alpha
            and not tok.is_stop
            and (tok.tag_ == "NNP" or tok.ent_type_ == "PERSON")
            and tok.lower_ not in self.common_nouns
            and tok.lower_ not in self.time_words
        )
