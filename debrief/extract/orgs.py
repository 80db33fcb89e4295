"""Organisation mentions: capitalised name chunks in organisation contexts.

The small English model's NER labels companies as GPE or PERSON about as often as ORG
("at Asana" GPE, "at Pfizer" PERSON) and labels tools and credentials as ORG ("SQL", "DNP"),
so a mention is decided by its context first (a preposition such as "at"/"joined", a verb
such as "X hired her", an apposition to "firm", an organisation head word such as
"University") and by the NER label second. Cue words are in ``pipelines/contact_patterns.toml``
(``[orgs]``) and ``pipelines/not_companies.txt``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from debrief.extract.casing import NOT_NAMES, is_acronym, is_cap, lower_doc
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.dates import vocab as date_vocab
from debrief.extract.doc_arrays import lemmas, lowers, texts
from debrief.extract.lexicon import PhraseSet, word_list
from debrief.extract.org_checks import OrgChecks
from debrief.extract.org_names import (
    OrgMention,
    chunk_end,
    display_name,
    end_past_head,
    merge_names,
    nxt_is,
)
from debrief.extract.org_runon import runon_end
from debrief.names import words

# re-exported: the contact and people rules import these from here
__all__ = [
    "OrgFinder",
    "OrgMention",
    "chunk_end",
    "display_name",
    "end_past_head",
    "is_acronym",
    "is_cap",
    "lower_doc",
    "merge_names",
    "nxt_is",
]

_PLACE_LABELS = {"GPE", "LOC", "NORP", "LANGUAGE", "DATE", "TIME"}
_SKIP_DET = {"the", "a", "an"}
#: the words :meth:`OrgFinder.find` looks at in its pass over every word, besides its lists
_LOOKED_AT = frozenset({"of", ","})
_NOT_NAME_POS = {"VERB", "AUX", "PRON", "DET", "ADV", "ADP", "SCONJ", "CCONJ", "PART", "INTJ"}


_DEBUG = False


def _ran_on(span: Span) -> bool:
    """'head of Product Design at Figma': a tagger's organisation that ends on a lower-case
    preposition ran into the phrase after it; the words before it are a department or a
    title, not an organisation's name ("Product Design at" was filed as a company)."""
    last = span[-1]
    return len(span) > 1 and last.is_lower and last.pos_ == "ADP"


class OrgFinder(OrgChecks):
    def __init__(self, nlp: Language, cfg: dict[str, Any], not_companies: Iterable[str]) -> None:
        self.strong_preps = PhraseSet(nlp, cfg["prepositions"])
        self.weak_preps = PhraseSet(nlp, cfg["weak_prepositions"])
        self.subject_verbs = set(cfg["subject_verbs"])
        self.heads = {h.lower() for h in cfg["heads"]}
        self.title_heads = set(contact_patterns()["title"]["heads"])
        self.of_heads = {h.lower() for h in cfg["of_heads"]}
        self.apposition_nouns = set(cfg["apposition_nouns"])
        self.naming = set(cfg["naming"])
        self.credential_nouns = set(cfg["credential_nouns"])
        self.list_nouns = set(cfg["list_nouns"])
        self.modifier_nouns = set(cfg["acronym_modifier_nouns"])
        self.acronym_kind_words = set(cfg["acronym_kind_words"])
        self.standalone = list(cfg["standalone"])
        self.school_words = set(cfg["school_words"])
        self.lower_heads = set(cfg["lower_heads"])
        lower_cfg = contact_patterns()["lowercase"]
        self.lower_stops = set(lower_cfg["stops"])
        #: words that describe an organisation rather than name it ("at the county health
        #: department", "at a consulting firm"): a lower-case run of only these is no name
        self.lower_generic = (
            set(lower_cfg["generic_words"]) | self.lower_heads | self.apposition_nouns
        )
        self.not_companies = {" ".join(words(x)) for x in not_companies}
        self.known_acronyms = word_list("org_acronyms")
        self.named_firms = PhraseSet(nlp, word_list("person_named_firms"))
        self.tool_verbs = word_list("tool_verbs")
        self.brand_nouns = word_list("brand_nouns")
        self.skill_words = word_list("skill_words")
        self.ranks = word_list("person_ranks")
        v = date_vocab()
        self.time_words = (
            set(v.weekdays)
            | set(v.months)
            | set(v.relative_days)
            | {
                "thanksgiving",
                "christmas",
                "easter",
                "halloween",
                "hanukkah",
                "ramadan",
                "eid",
                "diwali",
                "passover",
                "memorial",
                "labor",
                "labour",
                "independence",
                "spring",
                "summer",
                "fall",
                "autumn",
                "winter",
                "q1",
                "q2",
                "q3",
                "q4",
            }
        )

    # ------------------------------------------------------------ helpers

    def _lower_word(self, t: Token, first_called: bool = False) -> bool:
        """A word that can belong to an organisation's name in a lower-case transcript."""
        low = t.lower_
        if (
            not t.is_alpha
            or low in self.lower_stops
            or low in NOT_NAMES
            or low in self.time_words
            or low in self.naming  # "for hospitals called kindred works": a new name
            or t.ent_type_ in {"PERSON", "DATE", "TIME"}
        ):
            return False
        if low in self.lower_heads:
            return True
        if t.is_stop:
            return False
        # a participle inside a name ("the amalgamated transit union", "visiting angels");
        # right after "called" the tagger often reads a made-up name as a verb ("abiomed")
        # or an adverb ("called finchly")
        return (
            t.pos_ in {"NOUN", "PROPN", "ADJ"}
            or (t.pos_ == "VERB" and t.tag_ in {"VBN", "VBG"})
            or (first_called and t.pos_ in {"VERB", "ADV"} and t.tag_ not in {"VBD", "VBZ"})
        )

    def lower_name_end(self, doc: Doc, k: int, e: int, end: int, called: bool) -> int:
        """:meth:`_lower_name_end`, without the next clause's subject or a sentence adverb a
        run-on dictation puts right after a name said after a preposition (org_runon)."""
        j = self._lower_name_end(doc, k, e, end, called)
        return j if called else runon_end(doc, k, j)

    def _lower_name_end(self, doc: Doc, k: int, e: int, end: int, called: bool) -> int:
        """End of a lower-case organisation name starting at ``doc[k]`` (``e``: the end of its
        proper-noun chunk, ``k`` when none): "ferrow freight out of columbus" -> "ferrow
        freight", "gecko wind services in denver" -> "gecko wind services".

        The name runs over content words; after a preposition it ends at the last organisation
        head word in that run (``[orgs].lower_heads``), after "<noun> called" it is the whole
        run. A preposition ("out of", "in"), a verb or a stop word ends the run, so a place
        said after the name stays out of it. A run of only descriptive words ("the county
        health department") is no name unless it was "called" so.
        """
        j = k
        last = e
        while j < end and j - k < 6 and self._lower_word(doc[j], called and j == k):
            j += 1
            if doc[j - 1].lower_ in self.lower_heads:
                last = max(last, j)
        if called:
            last = end_past_head(doc, k, max(last, j), self.lower_heads)
        elif last < j and doc[last].pos_ in {"NOUN", "PROPN"}:
            # "for the customer service supervisor role": a head word inside a longer noun
            # phrase is part of a description, not the end of a name (a verb after it,
            # "at south plains college gonna check ...", is not)
            return e
        if last <= k:
            return e
        if not called and all(
            t.lower_ in self.lower_generic or t.lemma_ in self.lower_generic for t in doc[k:last]
        ):
            return e
        return last

    # ------------------------------------------------------------ finder

    def _looked_at(self, doc: Doc, low: bool) -> list[int]:
        """The words :meth:`find`'s pass over every word looks at (a subject verb, an
        acronym, "of", a naming word, an apposition noun, a comma): read on the strings
        first, since the Token and its attributes cost more than the strings; the three word
        lists fetched once per doc, not once per word (speed34)."""
        words, lems, txts = lowers(doc), lemmas(doc), texts(doc)
        naming, nouns, verbs = self.naming, self.apposition_nouns, self.subject_verbs
        return [
            k
            for k, w in enumerate(words)
            if w in _LOOKED_AT
            or w in naming
            or w in nouns
            or lems[k].lower() in verbs
            or (not low and is_acronym(txts[k]))
        ]

    def find(self, doc: Doc, blocked: set[int] | None = None) -> list[OrgMention]:
        """Organisation mentions in text order; ``blocked`` tokens (people) are never orgs."""
        blocked = blocked or set()
        low = lower_doc(doc)
        found: dict[int, OrgMention] = {}
        n = len(doc)

        def add(s: int, e: int, strong: bool) -> None:
            while s < e and doc[s].lower_ in _SKIP_DET:
                s += 1
            if e - s > 2 and doc[s].lower_ == "ex" and doc[s + 1].text == "-":
                s += 2  # "Ex-Air Force avionics": the organisation is the Air Force
            for j in range(s + 1, e - 1):
                # "Lena Park of Acme Robotics": a person, then the organisation they are of
                if self._person_of(doc, j) and doc[s].ent_type_ == "PERSON":
                    s = j + 1
                    break
            while e > s and doc[e - 1].is_punct:
                e -= 1
            if e <= s or any(k in blocked for k in range(s, e)) or self._bad(doc, s, e):
                return
            if (
                e < n
                and is_cap(doc[e], low)
                and not low
                and doc[e].lower_ in self.title_heads
                and not self.has_head(doc[s:e])
            ):
                return  # "Customer Success Director at Sanson": the start of a title
            if e - s > 1 and doc[e - 1].tag_ == "POS":
                e -= 1  # "the Urban Institute's culture": the name without its possessive
            if self._owned_s(doc, e):
                e += 1  # "at Macy's.", "Harrah's for years": the 's is the name's own
            name = display_name(doc[s:e].text)
            if not name:
                return
            prev = found.get(s)
            if nxt_is(doc, e, {"and"}) and e + 1 < n and is_cap(doc[e + 1], low):
                e2 = chunk_end(doc, e + 1, n, low)
                # "Paws and Claws Animal Clinic"; "Barnes and Noble", one organisation to the tagger
                if self.has_head(doc[s:e2]) or self._covered(doc, s, e2, {"ORG"}):
                    e = e2
                    name = display_name(doc[s:e].text)
            if prev is None or (e - s) > (prev.end - prev.start):
                found[s] = OrgMention(s, e, name, strong or (prev.strong if prev else False))

        sent_end: dict[int, int] = {}
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                for k in range(sent.start, sent.end):
                    sent_end[k] = sent.end
        # most words start no preposition: skip them on the strings, no Token built
        words, firsts = lowers(doc), self.strong_preps.by_first.keys() | self.weak_preps.by_first
        i = 0
        while i < n:
            if words[i] not in firsts:
                i += 1
                continue
            end = sent_end.get(i, n)
            m = self.strong_preps.match_at(doc, i, end)
            weak = 0 if m else self.weak_preps.match_at(doc, i, end)
            if (
                (m or weak)
                and doc[i].lower_ in {"for", "and"}
                and i > 0
                and i + 1 < end
                and is_cap(doc[i - 1], low)
                and is_cap(doc[i + 1], low)
                and not low
                and doc[i - 1].ent_type_ == "ORG"
                and doc[i + 1].ent_type_ == "ORG"
                and doc[i + 1].ent_iob_ == "I"
            ):
                # "Habitat for Humanity", "the Association for Assessment and Accreditation of
                # ...": inside one organisation's name, not a preposition before another
                m = weak = 0
            k = i + (m or weak)
            if m or weak:
                while k < end and doc[k].lower_ in _SKIP_DET | {"um", "uh", ","}:
                    k += 1
                e = chunk_end(doc, k, end, low)
                if e == k and m and not low:
                    e = chunk_end(doc, k, end, True, 3)  # "at jp morgan"
                    if e > k and (
                        any(not t.is_lower for t in doc[k:e])
                        # "at the workforce center", "a kombucha company", "the paralegal
                        # association newsletter": with a determiner, or a lower-case noun
                        # after it, a lower-case run in a cased recap describes, not names
                        or doc[k - 1].lower_ in _SKIP_DET
                        or (e < end and doc[e].is_lower and doc[e].pos_ in {"NOUN", "ADJ"})
                    ):
                        e = k
                if low and m and (e > k or doc[k - 1].lower_ not in {"a", "an"}):
                    # "for uber freight on the carrier side"; "at a consulting firm" (an
                    # indefinite article and no proper noun) describes, it does not name
                    e = self.lower_name_end(doc, k, e, end, False)
                elif m and e - k >= 2 and all(t.is_lower for t in doc[k:e]):
                    # a lower-case dictation with a few acronyms ("... up to GM"): the same
                    # run-on as a wholly lower-case one ("at halvorsen nashville site priya
                    # set it up")
                    e = runon_end(doc, k, e)
                if e > k:
                    label = self._label(doc, k, e)
                    span = doc[k:e]
                    prep = doc[i].lower_
                    if m:
                        person_like = self._covered(doc, k, e, {"PERSON"}) and prep in {
                            "with",
                            "from",
                            "for",
                            "through",
                            "via",
                        }
                        place_like = self._covered(doc, k, e, _PLACE_LABELS) and (
                            prep in {"from", "for", "with", "out"}
                            # "at a Montreal studio", "the Ontario legislature": a place
                            # qualifying the lower-case noun after it ("a Peterbilt dealer",
                            # "the Lane County postings" name an organisation)
                            or (
                                e < end
                                and doc[e].is_lower
                                and doc[e].pos_ == "NOUN"
                                and doc[e].lemma_ not in self.brand_nouns
                                and not any(t.lower_ in self.of_heads for t in span)
                            )
                        )
                        # "Dana Whitfield from Pfizer": right after the contact's own name, a
                        # name after "from" is where they work, whatever label NER guessed
                        of_contact = prep == "from" and i > 0 and (i - 1) in blocked
                        ok = (
                            self.has_head(span)
                            or not (person_like or place_like)
                            or (of_contact and not place_like)
                        )
                    else:
                        ok = self.has_head(span) or (
                            label == "ORG"
                            and not is_acronym(span.text)
                            and (
                                doc[k - 1].lower_ == "the" or prep not in {"in", "to", "into", "on"}
                            )
                            and not (e - k == 1 and nxt_is(doc, e, {"'s"}))
                        )
                        if (
                            not ok
                            and nxt_is(doc, e, {"for"})
                            and nxt_is(doc, e + 1, self.school_words)
                        ):
                            ok = True
                        if prep in {"like", "including"} and not ok:
                            ok = any(t.lower_ in self.list_nouns for t in doc[max(0, i - 3) : i])
                    if ok:
                        add(k, e, bool(m) or self.has_head(span))
                    i = max(i + 1, k)
                    continue
            i += 1
        # "Eater hired her", "a big firm in Boston, Hale & Rowe, ..."
        for tok in (doc[k] for k in self._looked_at(doc, low)):
            if tok.lemma_.lower() in self.subject_verbs and tok.pos_ == "VERB" and tok.i > 0:
                s = tok.i - 1
                while s > 0 and is_cap(doc[s - 1], low):
                    s -= 1
                if (
                    is_cap(doc[tok.i - 1], low)
                    and (s == 0 or doc[s - 1].lower_ not in {"she", "he", "they"})
                    # "Getting promoted is slow": a capitalised verb is not a name
                    and not any(t.pos_ in _NOT_NAME_POS for t in doc[s : tok.i])
                ):
                    e = chunk_end(doc, s, tok.i, low)
                    if e == tok.i and (doc[s].ent_type_ != "PERSON" or e - s == 1):
                        add(s, e, True)
            if self._acting_acronym(doc, tok, low):
                add(tok.i, tok.i + 1, False)
            # (the word itself first: _person_of builds the token again)
            if not low and tok.lower_ == "of" and self._person_of(doc, tok.i):
                # "talk to Lena Park of Acme Robotics", "his old boss Lena Park of Acme"
                e = chunk_end(doc, tok.i + 1, sent_end.get(tok.i, n), low)
                if e > tok.i + 1:
                    add(tok.i + 1, e, True)
            if (
                tok.lower_ in self.naming
                and tok.i + 1 < n
                and (is_cap(doc[tok.i + 1], low) or low)
                and self._names_an_org(doc, tok.i)
            ):
                k = tok.i + 1
                e = chunk_end(doc, k, n, low)
                if low:
                    # "a nonprofit called the regenerative grain trust in kansas"
                    if doc[k].lower_ == "the" and k + 1 < n:
                        k += 1
                        e = chunk_end(doc, k, n, low)
                    e = self.lower_name_end(doc, k, e, sent_end.get(k, n), True)
                if e > k:
                    add(k, e, True)
            if low and tok.lower_ in self.apposition_nouns and tok.i + 2 < n:
                # "he owns his own business rezaei agronomy services", "a county 911 center
                # the metro emergency communications district": in unpunctuated speech a
                # name apposed to an organisation noun, closed by its own head word
                k = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
                e = self.lower_name_end(doc, k, k, sent_end.get(k, n), False)
                if e - k >= 2:
                    add(k, e, True)
            if tok.text == "," and tok.i + 1 < n and is_cap(doc[tok.i + 1], low):
                before = doc[max(0, tok.i - 6) : tok.i]
                nouns = [t.i for t in before if t.lower_ in self.apposition_nouns]
                # "a big firm in Boston, Hale & Rowe"; not "my nursing school friend Joy
                # introduced us, Joy Castillo" (a verb after the noun ends its phrase)
                if nouns and not any(t.pos_ in {"VERB", "AUX"} for t in doc[nouns[-1] + 1 : tok.i]):
                    e = chunk_end(doc, tok.i + 1, n, low)
                    if e >= n or doc[e].text in {",", ".", ";", "and"}:
                        add(tok.i + 1, e, True)
        # NER organisations and organisation-headed names anywhere
        person_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
        for ent in doc.ents:
            s, e = ent.start, ent.end
            if any(s <= m.start < e or m.start <= s < m.end for m in found.values()):
                continue
            span = doc[s:e]
            if ent.label_ == "ORG" and not is_acronym(span.text.replace("the ", "")):
                if len(span) == 1 and (span[0].pos_ != "PROPN" or nxt_is(doc, e, {"'s"})):
                    continue
                if (
                    not low
                    and span.text.islower()
                    and not (s > 0 and doc[s - 1].lower_ in self.naming)
                ):
                    continue  # "the food bank", "an ag technology specialist": a description
                if s > 0 and doc[s - 1].lower_ in self.tool_verbs:
                    continue  # "learn Power Query", "using NetSuite": a tool, not an employer
                sent = doc[s].sent
                if (
                    sent.start > 0
                    and doc[sent.start - 1].text in {".", "?", "!"}
                    and all(t.is_punct for t in doc[sent.start : s])
                    and all(t.is_punct for t in doc[e : sent.end])
                ):
                    # "Department of Public Health." alone between two sentences: in a
                    # transcript, a fragment Whisper made up or split off, named by nothing
                    continue
                if all(t.lower_ in person_words for t in span):
                    continue  # "email Julia" after "Julia Santos at Jacobs": a person, again
                if s > 0 and doc[s - 1].lower_ in {"in", "to", "into", "on"}:
                    continue
                if _ran_on(span):
                    continue
                add(s, e, False)
                if _DEBUG:
                    print("NER-ONLY", span.text)
            elif self.has_head(span) and ent.label_ not in {
                "PERSON",
                "DATE",
                "TIME",
                "MONEY",
                "CARDINAL",
            }:
                add(s, e, False)
        # "FEMA grant paperwork", "the NCUA examiners": an organisation known by its acronym
        # names itself wherever it stands (``org_acronyms`` in pipelines/word_lists.toml)
        covered = {k for m in found.values() for k in range(m.start, m.end)}
        for k, text in enumerate(texts(doc)):
            if text in self.known_acronyms and k not in covered and k not in blocked:
                found[k] = OrgMention(k, k + 1, text, True)
        # "call Robert Half on Monday", "a company like Henry Schein": a firm named after a
        # person (``person_named_firms``), said capitalised, is that firm wherever it stands
        for s, e in self.named_firms.find(doc):
            if any(k in blocked for k in range(s, e)) or not all(
                is_cap(t) or not t.is_alpha for t in doc[s:e]
            ):
                continue
            near = [k for k, m in found.items() if m.start < e and s < m.end]
            if any(found[k].start <= s and e <= found[k].end for k in near):
                continue  # "Keller Williams Realty": said as part of a longer name
            for k in near:
                del found[k]
            found[s] = OrgMention(s, e, doc[s:e].text, True)
        out = [found[k] for k in sorted(found)]
        # "at Macy's ... Macy's executive program": once a name is said with its own 's, the
        # bare possessive stem is the same organisation, shown the same way
        owned = {m.name[:-2]: m.name for m in out if m.name.endswith(("'s", "\u2019s"))}
        return [
            OrgMention(m.start, m.end, owned[m.name], m.strong) if m.name in owned else m
            for m in out
        ]
