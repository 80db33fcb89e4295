"""The rules of debrief_people_v1 that drop a candidate for what its own words are, or for
what the recap already names it as (a mixin of :class:`~debrief.extract.people.PeopleExtractor`).

A candidate whose words cannot be a name (a day, a filler, a number, an acronym, words in
lower case in a cased recap), that names a thing (a product "ArcGIS Pro", a plan "Plan B",
a job "P.E. Teacher"), or that the recap names as someone or something else (a nickname, a
work's title, the contact in full or by an alias, the misheard heading, a road or a
programme) is no person mentioned. ``people.py`` calls these in order, between the rules of
the name's context and the organisation rules of ``people_orgs.py``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.contact_address import named_in_full
from debrief.extract.lexicon import PhraseSet
from debrief.extract.org_names import after_title_noun
from debrief.extract.orgs import is_acronym, is_cap
from debrief.extract.people_gather import PeopleGather, RecapFacts

#: two capitals inside a mixed-case word, or dotted initials alone: a product, a brand or a
#: subject ("ArcGIS", "PowerBI", "P.E."), not a name ("McDonald", "LaToya" have one capital)
_CAPS_INSIDE = re.compile(r"[a-z][A-Z]{2,}|[A-Z]{2,}[a-z]|^(?:[A-Z]\.){2,}$")


class PeopleShape(PeopleGather):
    never_names: set[str]
    not_names: set[str]
    weak_after: PhraseSet
    nicknames: PhraseSet
    thing_words: set[str]

    def _not_name_shaped(
        self, doc: Doc, s: int, e: int, key: str, text: str, low: bool, before_ctx: bool
    ) -> bool:
        """Words that cannot be a name: a day or a filler alone, a listed non-name, an
        acronym, a number, or (in a cased recap) a word in lower case the tagger does not
        read as a name after a person cue."""
        span = doc[s:e]
        if len(span) == 1 and (key in self.never_names or key in self.fillers):
            return True  # "the call today was with", "i talked to um": never a name
        if (
            not key
            or key in self.not_names
            or is_acronym(text)
            # "Darlene Two Feathers": a capitalised number word inside a name is part of it
            or any(t.like_num and not (t.i > s and t.is_alpha and is_cap(t)) for t in span)
        ):
            return True
        # "talk to andre": a census given name the tagger misread as a noun counts (people31)
        lower_named = before_ctx and (
            all(self._lower_name(t) or self._given_after_cue(doc, t.i) for t in span)
            # "her coworker tobias wexley": a given name and a surname (people39)
            or (len(span) == 2 and self._full_after_cue(doc, s))
        )
        return (
            not low
            and not lower_named
            and not all(
                is_cap(t)
                or t.text in {"-"}
                or (t.i > s and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_)
                or t.lower_ in {"de", "van", "von", "da", "del", "la", "le", "bin", "al"}
                for t in span
            )
        )

    def _without_days(self, doc: Doc, s: int, e: int) -> int:
        """The end of the name without the days said after it."""
        while e - s > 1 and doc[e - 1].lower_ in self.never_names:
            e -= 1  # "email Tamsin Monday": the day the speaker will do it
        return e

    def _thing_or_job(self, doc: Doc, s: int, e: int, before_ctx: bool) -> bool:
        """A product or an organisation written with capitals inside or initials, a name
        ending in a bare letter ("Plan B"), a lone untagged word before "is a", a job title:
        things, whatever cue precedes them."""
        span = doc[s:e]
        if any(
            _CAPS_INSIDE.search(t.text)
            or (
                is_acronym(t.text)
                and len(t.text) >= 2
                and t.is_alpha
                and not (t.i == s and len(t.text) == 2 and before_ctx)
            )
            for t in span
        ):
            # "ArcGIS Pro", "MS Project", "Oakland CC", "CH Robinson": a product or an
            # organisation; "talk to AJ Thompson" keeps its initials
            return True
        if e - s > 1 and len(doc[e - 1].text) == 1 and doc[e - 1].is_upper:
            return True  # "Reg Z", "Plan B", "Type A": a name does not end in a bare letter
        if (
            all(t.ent_type_ != "PERSON" for t in span)
            and self.weak_after.match_at(doc, e)
            and not before_ctx
            and not self._team_after(doc, e)
            and not self._role_follows(doc, e)
        ):
            # "Advancement is a clear ladder", "my being Deaf is an asset": "X is a ..."
            # alone does not make a lone untagged word a person ("Ngozi is a nurse" does)
            return True
        # "he was a teacher, P.E. Teacher": a job, whatever cue precedes it
        return span[-1].lower_ in self.title_heads and span[-1].ent_type_ != "PERSON"

    def _named_otherwise(
        self,
        doc: Doc,
        s: int,
        e: int,
        key: str,
        facts: RecapFacts,
        before_ctx: bool,
        titled: bool,
    ) -> bool:
        """Words the recap names as someone or something else than a new person: a
        nickname, a work's title, the contact (in full after a surname, in their own span,
        by an alias), the misheard heading, a road or a programme."""
        span = doc[s:e]
        contact = facts.contact
        if any(self.nicknames.match_at(doc, s - n, s) == n for n in (1, 2, 3) if s >= n):
            return True  # "Margaret Ellison, everyone calls her Peggy": a nickname
        if not before_ctx and after_title_noun(doc, s):
            return True  # "a newsletter, Philanthropy Wire Weekly": a work's title
        if contact is not None and named_in_full(doc, contact.name, key):
            return True  # "Mr. Dube, Sipho Dube": the contact, named in full after a surname
        contact_span = facts.contact_span
        if contact_span and s < contact_span[1] and contact_span[0] < e:
            return True
        heading = doc._.heading_word
        if heading and s < heading[1] and heading[0] < e:
            return True  # "Deep Reef, ...": a misheard "Debrief"
        if not titled and any(t.lower_ in self.thing_words for t in span):
            # "Highway 9", "Multilingual Outreach", "Youth Apprenticeship Program": a road
            # or a programme the model tags PERSON, whatever precedes it
            return True
        return key in facts.aliases or all(w in facts.alias_words for w in key.split())
