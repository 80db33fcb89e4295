"""Organisations in all-lower-case, barely punctuated transcripts, for debrief_contact_v1.

Whisper sometimes returns "so i talked to nia she's an assistant planner at the city of
charlotte she graduated from unc charlotte last year": no capital letter marks a name. An
organisation is then read after a preposition ("at the city of charlotte") or after a
description and "called" ("a physical therapy chain called motion works pt"): spaCy
:class:`~spacy.matcher.Matcher` patterns from ``[lowercase]`` in
``pipelines/contact_patterns.toml`` find where one starts, and the name runs over content words,
"of (the)", "'s", "and" and name particles until a function word, a pronoun or a verb. A name
made only of generic words ("the county health department", "a technical college") is a
description, not a name.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import non_name_words
from debrief.extract.org_names import NUMBERED
from debrief.extract.org_runon import runon_end
from debrief.extract.orgs import OrgMention, end_past_head

#: Words a number after them belongs to ("ibew local 48", "school district 91").

_STOP_POS = {"VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ", "DET", "PART", "NUM"}
_JOINS = {"of", "the", "and"}
_FUSED = {"hes", "shes", "theyre", "whos", "im", "ive", "ill", "id", "its", "thats", "theres"}


def _spelled_number(t: Any, nxt: Any, word: Any) -> bool:
    """Whether ``t`` is a number spelt out that opens a name ("two sigma", "one medical"): a
    singular name word follows it ("two years", "three companies" count, they name nothing);
    an ordinal is no name's opening ("from third period": a class)."""
    return bool(
        t.is_alpha
        and t.like_num
        and t.tag_ == "CD"
        and nxt is not None
        and word(nxt)
        and nxt.tag_ not in {"NNS", "NNPS"}
    )


def _english(t: Any) -> bool:
    """Whether ``t`` is an English word: its form or its lemma ("managing", "hires") is in
    the lemmatizer's index or the stop words."""
    words = non_name_words()
    return t.lower_ in words or t.lemma_.lower() in words


class LowerOrgs:
    """Where organisations start in a lower-case transcript, and how far their names run."""

    def __init__(
        self, nlp: Language, cfg: dict[str, Any], apposition_nouns: list[str], people: list[str]
    ) -> None:
        """``people``: nouns for people (job titles too): "a guy called ..." names a person."""
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add(
            "prep_org",
            [[{"LOWER": {"IN": list(cfg["prepositions"])}}, {"LOWER": "the", "OP": "?"}]],
        )
        self.matcher.add(
            "called_org",
            [
                [{"LOWER": {"IN": list(apposition_nouns)}}, {"LOWER": {"IN": ["called", "named"]}}],
                # "a small garage called wrenchworks auto": any noun but a person's
                [
                    {"POS": "NOUN", "LOWER": {"NOT_IN": [*people, *cfg["person_nouns"]]}},
                    {"LOWER": {"IN": ["called", "named"]}},
                ],
            ],
        )
        self.generic = set(cfg["generic_words"])
        self.trailing = set(cfg["trailing_words"])
        self.stops = set(cfg["stops"])
        self.particles = set(cfg["particles"])
        self.people = set(people) | set(cfg["person_nouns"])
        self.not_name_ends = set(cfg["not_name_ends"])
        self.heads = set(contact_patterns()["orgs"]["lower_heads"])

    def find(self, doc: Doc, lo: int, hi: int, blocked: set[int]) -> list[OrgMention]:
        """Organisations whose names start in ``doc[lo:hi]``, in order, without overlaps;
        ``blocked`` tokens (the contact's name) are in none."""
        found: dict[int, OrgMention] = {}
        for match_id, _s, e in self.matcher(doc[lo:hi]):
            k = lo + e
            if k >= len(doc) or k in found:
                continue
            called = doc.vocab.strings[match_id] == "called_org"
            end = self._name_end(doc, k, min(len(doc), k + 7), called)
            if any(i in blocked for i in range(k, end)):
                continue
            if not called:
                end = runon_end(doc, k, end)
            while end > k and doc[end - 1].lower_ in self.trailing:
                end -= 1  # "the john deere plant" names John Deere
            if end <= k:
                continue
            span = [t for t in doc[k:end] if t.is_alpha]
            # "for companies": a plural of a generic word describes too
            if not called and all(
                t.lower_ in self.generic or t.lemma_ in self.generic or t.lower_ in _JOINS
                for t in span
            ):
                continue
            if not called and all(t.ent_type_ in {"GPE", "LOC"} for t in span):
                continue  # "from new zealand": a place
            if not called and doc[end - 1].lower_ in self.people | self.not_name_ends:
                continue  # "with the compliance director", "for the ... role": no name
            found[k] = OrgMention(k, end, doc[k:end].text, True)
        out: list[OrgMention] = []
        for m in sorted(found.values(), key=lambda m: m.start):
            if not out or m.start >= out[-1].end:
                out.append(m)
        return out

    def name_end(self, doc: Doc, k: int, hi: int) -> int:
        """End of a lower-case organisation name starting at ``doc[k]`` (``k`` if none)."""
        return self._name_end(doc, k, hi, False)

    def _name_end(self, doc: Doc, k: int, hi: int, called: bool) -> int:
        """After "called" any content word may be a name's ("visiting angels", "abiomed",
        which the tagger reads as verbs); after a preposition only nouns and adjectives."""
        word = self._called_word if called else self._word
        j = k
        while j < hi:
            t = doc[j]
            low = t.lower_
            nxt = doc[j + 1] if j + 1 < hi else None
            # "city of portland", "alzheimer's association", "sal's heating and air",
            # "vin de garde imports"
            joins = low in {"of", "'s", "and", "&"} or low in self.particles
            if j > k and nxt is not None and joins and word(nxt):
                j += 1
                continue
            if (
                j > k
                and low == "of"
                and j + 2 < hi
                and doc[j + 1].lower_ == "the"
                and word(doc[j + 2])
            ):
                j += 2  # "museum of the african diaspora"
                continue
            if j == k and _spelled_number(t, nxt, word):
                j += 1  # "at two sigma", "one medical": a number word opening a name
                continue
            if not word(t) or (j > k and called and t.tag_ in {"VBD", "VBZ"}):
                break
            # "called hartwell drugs honestly i only got ...": past its first word (which the
            # tagger often reads as an adverb: "called finchly"), an adverb ends the name; after
            # a preposition an English adverb does ("at athenahealth fully remote", company40)
            if j > k and t.pos_ in {"ADV", "INTJ"} and (called or _english(t)):
                break
            j += 1
        while j > k and not word(doc[j - 1]):
            j -= 1
        if called:
            j = end_past_head(doc, k, j, self.heads)
        if j > k and j < hi and doc[j].is_digit and doc[j - 1].lower_ in NUMBERED:
            j += 1  # "ibew local 48", "school district 91": the number is part of the name
        return j

    def _called_word(self, t: Any) -> bool:
        return bool(
            t.is_alpha
            and not t.is_stop
            and t.pos_ not in {"AUX", "PRON", "ADP", "CCONJ", "SCONJ", "DET", "PART"}
            and t.lower_ not in self.stops
            and t.lower_ not in _FUSED
        )

    def _word(self, t: Any) -> bool:
        if t.is_alpha and t.lower_ not in self.stops and not _english(t):
            return True  # "at pallas freightworks": no English word, whatever the tagger says
        return bool(
            t.is_alpha
            and not t.is_stop
            and t.pos_ not in _STOP_POS
            and t.lower_ not in self.stops
            and t.lower_ not in _FUSED
        )
