"""What makes a capitalised run no organisation, and what marks one: the checks of
:class:`~debrief.extract.orgs.OrgFinder` (a mixin), kept apart from the finder's walk.

No organisation: a credential, a rule, a tool or a work's title (``pipelines/not_companies.txt``;
``tool_verbs``, ``skill_words``, ``title_nouns`` in ``pipelines/word_lists.toml``), a day, a
grade, a unit ("the Austin branch"), a rank and a surname, a piece of a hyphenated word. An
organisation: a name with an organisation's head word ("University", "Health"), an acronym
that owns or does something, the name after a person's "of" ("Lena Park of Acme Robotics").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from debrief.extract.casing import is_acronym, is_cap
from debrief.extract.lexicon import honorific_words, word_list
from debrief.extract.org_names import after_title_noun, described, hyphen_joins, nxt_is
from debrief.names import clean_company, words

_UNIT_NOUNS = {
    "branch",
    "campus",
    "location",
    "area",
    "region",
    "site",
    "plant",
    "store",
    "warehouse",
    "airport",
    "metro",
}
_EMPLOYER_PREPS = {"at", "joined", "join", "joining"}
_GRADE = re.compile(r"^[A-Z]{1,4}\s*-?\s*\d+[A-Z]?$")


class OrgChecks:
    not_companies: set[str]
    time_words: set[str]
    credential_nouns: set[str]
    ranks: frozenset[str]
    heads: set[str]
    of_heads: set[str]
    acronym_kind_words: set[str]
    modifier_nouns: set[str]
    skill_words: frozenset[str]
    apposition_nouns: set[str]

    def _bad(self, doc: Doc, s: int, e: int) -> bool:
        span = doc[s:e]
        key = " ".join(words(span.text))
        # "at Figma", "joined Slack": a product name after "at"/"joined" is its company
        employer = (
            s > 0
            and doc[s - 1].lower_ in _EMPLOYER_PREPS
            and not is_acronym(span.text)
            and not (s > 1 and doc[s - 2].pos_ in {"ADJ", "ADV"})  # "good at Pro Tools"
        )
        if (
            not key
            or (key in self.not_companies and not employer)
            or (" ".join(words(clean_company(span.text))) in self.not_companies and not employer)
        ):
            return True
        first = doc[s].lower_
        if first in self.time_words or first.rstrip("s") in self.time_words:
            return True
        # "a book, Just Enough Research", "read the book How to Lie with Maps", "a newsletter,
        # Locally Optimistic": a title, not an organisation
        if after_title_noun(doc, s):
            return True
        # "comfortable with QLab", "experience in Yardi": a skill's tool, not an employer
        if (
            s > 1
            and doc[s - 1].lower_ in {"with", "in", "on"}
            and doc[s - 2].lower_ in self.skill_words
        ):
            return True
        # "Google Certified Educator Level 2": a credential ("the Association of Certified
        # Fraud Examiners" has an organisation's head word)
        if any(t.lower_ in {"certified", "certification"} for t in span) and not self.has_head(
            span
        ):
            return True
        # "Ji-ho Lindqvist", "a Black-owned agency", "Jae-won Choi": a piece of a hyphenated
        # word is no name of its own
        if (
            hyphen_joins(doc, e)
            and doc[e + 1].is_lower
            # "Chick-fil-A" is one name ("Professor-turned-consultant" is none)
            and not (nxt_is(doc, e + 2, {"-"}) and e + 3 < len(doc) and is_cap(doc[e + 3], False))
        ) or (
            s > 1
            and doc[s - 2].text == "-"
            and doc[s - 1].is_lower
            and not doc[s - 2].whitespace_
            and doc[s - 1].whitespace_
            and is_cap(doc[s], False)
            and s > 2
            and is_cap(doc[s - 3], False)
        ):
            return True
        if all(t.like_num or t.is_punct for t in span) or _GRADE.match(span.text):
            return True
        # "Spoke w/ Priya Raman", "Met w/ the team": a run that ends on the typed "with" is a
        # verb and a preposition, no organisation ("Spoke" is capitalised only as a note's
        # first word)
        if doc[e - 1].lower_ in {"w/", "w/o"}:
            return True
        if described(span.text):  # "the Cleveland Office of an Architecture Firm"
            return True
        if nxt_is(doc, e, _UNIT_NOUNS):
            return True
        if nxt_is(doc, e, self.credential_nouns):
            return True
        if any(t.lower_.rstrip(".") in honorific_words("org_checks") for t in span):
            return True
        # "Captain Hollis", "Coach Pellegrini", "Sergeant Major Alvarez": a rank and a surname
        # name a person ("Sergeant First Class": a rank alone)
        if (
            e - s >= 2
            and doc[s].lower_.rstrip(".") in self.ranks
            and not any(t.lower_ in self.heads for t in doc[s + 1 : e])
        ):
            return True
        # "at a CDFI", "a PBM", "an MBA": an acronym after an indefinite article or a
        # possessive names a kind of organisation, a credential or a person, not one employer
        if (
            e - s == 1
            and is_acronym(span.text)
            and s > 0
            and doc[s - 1].lower_ in self.acronym_kind_words
        ):
            return True
        nxt = doc[e] if e < len(doc) else None
        if (
            nxt is not None
            and nxt.lower_ in self.modifier_nouns
            and (is_acronym(span.text) or e - s == 1)
        ):
            return True
        return bool(s > 0 and doc[s - 1].lower_ in word_list("forms_of_address"))

    @staticmethod
    def _owned_s(doc: Doc, e: int) -> bool:
        """Whether the possessive 's at ``doc[e]`` belongs to the name before it ("Macy's",
        "Harrah's", "Lloyd's"): nothing possessed follows it (a full stop, a preposition, a
        conjunction, "has"/"had"/"will"); "Patagonia's PR team" and "Microsoft's been" stay
        possessives."""
        if e >= len(doc) or doc[e].tag_ != "POS" or doc[e].lower_ not in {"'s", "\u2019s"}:
            return False
        if e + 1 >= len(doc):
            return True
        nxt = doc[e + 1]
        return (
            nxt.is_punct
            or nxt.tag_ in {"IN", "CC", "TO", "MD", "WDT"}
            or nxt.lower_ in {"has", "had", "is", "was"}
        )

    @staticmethod
    def _acting_acronym(doc: Doc, tok: Token, low: bool) -> bool:
        """An all-caps acronym that owns something or does something is an organisation:
        "REI's Co-op Brand team", "the AWWA has resilience standards", "NWS is still a lot of
        Fortran". Credentials, tools and titles ("SQL is", "her PMP") are kept out by
        ``not_companies.txt`` and by the words before them (``_bad``); a label before a colon
        ("HW: update LinkedIn.") is the note's, not a subject (company30)."""
        # the cheap token flags first: this is asked of every capitalised token
        if low or len(tok.text) < 2 or not tok.is_alpha or not is_acronym(tok.text):
            return False
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "'s":
            return True
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
            return False  # "HW: update LinkedIn.": a note's label, the verb after it is no act
        # the subject of a verb, alone ("the NCUA examiners" is a modifier, "Crisis PR" a name)
        return (
            tok.dep_ == "nsubj"
            and tok.head.pos_ in {"VERB", "AUX"}
            and tok.head.i > tok.i
            and (tok.i == 0 or not is_cap(doc[tok.i - 1], False))
        )

    def _person_of(self, doc: Doc, i: int) -> bool:
        """Whether "of" at ``i`` ties a person's name to an organisation ("Lena Park of Acme
        Robotics"): a name the tagger reads as a person ends right before it and a capitalised
        word follows, not a place ("Lena Park of Denver" says where she is); "Bank of America",
        "Duke of York" have no person before "of"."""
        return (
            0 < i < len(doc) - 1
            and doc[i].lower_ == "of"
            and doc[i - 1].ent_type_ == "PERSON"
            and doc[i - 1].pos_ == "PROPN"
            and is_cap(doc[i + 1], False)
            and doc[i + 1].ent_type_ not in {"PERSON", "GPE", "LOC", "NORP"}
            and doc[i - 1].lower_ not in self.heads
        )

    def _names_an_org(self, doc: Doc, i: int) -> bool:
        """Whether "called"/"named" at ``i`` follows an organisation noun: "a startup called",
        "a food bank in Oakland called" (a place between them is fine, a verb is not)."""
        for t in reversed(doc[max(0, i - 5) : i]):
            if t.lower_ in self.apposition_nouns:
                return True
            if t.pos_ in {"VERB", "AUX", "PRON"} or t.is_punct:
                return False
        return False

    def has_head(self, span: Span) -> bool:
        toks = [t.lower_ for t in span]
        if any(t in self.heads for t in toks[1:]) or (
            len(toks) > 1 and toks[0] in self.heads and toks[1] == "of"
        ):
            return True
        return len(toks) > 2 and toks[0] in self.of_heads and toks[1] == "of"

    @staticmethod
    def _covered(doc: Doc, s: int, e: int, labels: set[str]) -> bool:
        """True when one entity with one of ``labels`` spans all of doc[s:e]."""
        ent = doc[s].ent_type_
        return (
            bool(ent)
            and ent in labels
            and all(t.ent_type_ == ent for t in doc[s:e])
            and (s + 1 == e or all(t.ent_iob_ == "I" for t in doc[s + 1 : e]))
        )

    @staticmethod
    def _label(doc: Doc, s: int, e: int) -> str:
        """The entity label most of doc[s:e]'s tokens carry; on a tie, the one said first
        ("go to HIMSS Texas": ORG before GPE). Taking the maximum over the list, not over a
        set of it, keeps the tie to text order: a set of strings iterates in an order that
        changes with PYTHONHASHSEED, so the same recap found the organisation in one process
        and not in the next."""
        labels = [t.ent_type_ for t in doc[s:e] if t.ent_type_]
        return max(labels, key=labels.count) if labels else ""
