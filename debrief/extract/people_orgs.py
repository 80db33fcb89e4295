"""The rules of debrief_people_v1 that drop a candidate as an organisation, a place, a title
or a tool (a mixin of :class:`~debrief.extract.people.PeopleExtractor`).

The tagger often reads a firm, a school, a street or a tool as a PERSON ("call Robert Half",
"went to Wharton", "on Woodward", "learn Ruby"), and reads a person inside an organisation
guess as often ("Grace introduced us"). These rules weigh what the other components found
(organisation mentions, companies, the contact's company: :class:`RecapFacts`) against what
is said around the name: a person context (``in_ctx``), a person cue right before it
(``before_ctx``), an honorific (``titled``). ``people.py`` calls them in order, after the
rules of ``people_shape.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import PhraseSet
from debrief.extract.orgs import is_cap
from debrief.extract.people_context import PersonContext, leads
from debrief.extract.people_gather import RecapFacts
from debrief.extract.people_lone import owned_by_given_name
from debrief.names import company_key, person_key
from debrief.names_spelling import lexicon

_PLACE_OR_ORG = {"ORG", "GPE", "FAC", "LOC", "PRODUCT"}


class PeopleOrgs(PersonContext):
    named_firms: PhraseSet
    not_people: set[str]
    org_heads: set[str]
    place_preps: set[str]
    common_nouns: set[str]

    def _tagged_org(
        self,
        doc: Doc,
        s: int,
        e: int,
        facts: RecapFacts,
        before_ctx: bool,
        in_ctx: bool,
        titled: bool,
        ctx_ends: set[int],
    ) -> bool:
        """Words the tagger reads as an organisation, a place or a nationality, or that a
        strong organisation mention holds, with nothing said of them as of a person."""
        span = doc[s:e]
        if (
            not before_ctx
            and not titled
            and all(t.ent_type_ in _PLACE_OR_ORG for t in span)
            # "Marcus Lee, who ..., and Inés Castillo, who's ...": a list of people
            and not self._coordinated(doc, s, ctx_ends)
            and not (s > 0 and doc[s - 1].lower_ in {"and", "&", "or"})
            and not self._weak_context(doc, s, e)
            and (e >= len(doc) or doc[e].is_punct or doc[e].lower_ in {"who", "whose"})
        ):
            # "Lwazi Nkosi from FedEx, who ...": what the tagger calls an organisation
            # or a place, with nothing said of it before, in no list of people and no
            # verb of its own after, is no person ("Tobias had set it up" and
            # "introduced by Meena" are)
            return True
        if any(k in facts.strong_org_tokens for k in range(s, e)) and not before_ctx:
            return True
        # "Spanish speakers"; but "reach out to Priya" (tagged NORP) is a person
        return (
            not before_ctx
            and not (in_ctx and sum(is_cap(t) for t in span) > 1)
            and any(t.ent_type_ in {"NORP", "LANGUAGE"} for t in span)
        )

    def _firm_or_title(
        self,
        doc: Doc,
        s: int,
        e: int,
        text: str,
        facts: RecapFacts,
        before_ctx: bool,
        titled: bool,
        kin_before: bool,
        acting: bool,
    ) -> bool:
        """A firm named after a person ("Robert Half"), the contact's own organisation, a
        title, a tool or a school ("VP of Marketing", "learn Ruby", "went to Wharton")."""
        span = doc[s:e]
        contact = facts.contact
        if self.named_firms.match_at(doc, s, e) == e - s and not kin_before and not titled:
            return True  # "call Robert Half on Monday": a firm named after a person
        if (
            contact is not None
            and company_key(text) == company_key(contact.company or "")
            and not kin_before
            and not acting
        ):
            return True  # the contact's own organisation, whatever else precedes it
        # "Senior Recruiter", "VP of Marketing", "learn Ruby", "went to Wharton",
        # "the Braintrust thing": a title, a tool or a school, not a person
        return not before_ctx and (
            any(t.lower_ in self.title_heads for t in span)
            or (s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in self.title_heads)
            or any(self.not_before.match_at(doc, s - n, s) == n for n in range(1, 4) if s - n >= 0)
        )

    def _org_words(
        self,
        doc: Doc,
        s: int,
        e: int,
        key: str,
        text: str,
        facts: RecapFacts,
        before_ctx: bool,
        in_ctx: bool,
        acting: bool,
    ) -> bool:
        """Words of an organisation the recap names (a mention, a company, the contact's),
        or a day, or a listed non-person, where no person cue says otherwise."""
        span = doc[s:e]
        orgs, org_names, contact = facts.orgs, facts.org_names, facts.contact
        overlaps = [m for m in orgs if m.start <= s < m.end or s <= m.start < e]
        if not before_ctx and any(
            m.start <= s and e <= m.end and m.end - m.start > e - s for m in overlaps
        ):
            return True  # "the Center for Health Equity": words inside a longer organisation
        # "Grace introduced us": a weak organisation guess on this very name, in a
        # person context, is no evidence its words name an organisation
        own = {
            person_key(m.name)
            for m in overlaps
            if in_ctx and not m.strong and (m.start, m.end) == (s, e)
        }
        if own:
            own_words = {
                w for n in org_names if person_key(n) not in own for w in person_key(n).split()
            }
            if contact is not None and contact.company:
                own_words |= set(person_key(contact.company).split())
        else:
            own_words = facts.org_words
        if key in self.not_people or (
            not before_ctx
            and (
                key in self.time_words
                or any(m.strong or not in_ctx for m in overlaps)
                or (len(span) == 1 and key in own_words and not acting)
                or (not in_ctx and all(w in facts.org_words for w in key.split()))
                # "Harbor Lane says ..." after "Harbor Lane Credit Union": a name's first
                # words, said again alone
                or (len(span) > 1 and any(leads(key, n) for n in org_names))
                # "he was Peace Corps Malawi": the tagger's name cut from a service's
                or any(k in facts.not_people_tokens for k in range(s, e))
            )
        ):
            # "Ashurst & Reid", "He was Army", "a contractor called Hensel Phelps": a
            # word of an organisation's name, an organisation or a day, not a person
            return True
        if company_key(text) in facts.company_keys and not in_ctx:
            return True
        return len(span) == 1 and key in facts.company_words and not in_ctx

    def _said_as_place_or_org(
        self,
        doc: Doc,
        s: int,
        e: int,
        facts: RecapFacts,
        before_ctx: bool,
        in_ctx: bool,
        titled: bool,
    ) -> bool:
        """A name said as a place or an organisation is: after a place preposition, a lone
        word tagged a place, the last word of an organisation's own list, ending on an
        organisation's head word, apposed to or described as an organisation."""
        span = doc[s:e]
        if s > 0 and doc[s - 1].lower_ in self.place_preps:
            if not in_ctx:
                return True
            # "Coach Tubbs from Westerville set it up", "over in Sandusky, a friend of my
            # wife's": a context after a town said after a preposition is the person's said
            # before it; a lone word no cue before, no title and the tagger's PERSON reading
            # make a person, and no given name (people40)
            if (
                len(span) == 1
                and not before_ctx
                and not titled
                and span[0].ent_type_ != "PERSON"
                and span[0].lower_ not in lexicon().given
            ):
                return True
        if (
            len(span) == 1
            and span[0].ent_type_ in {"GPE", "LOC", "ORG", "NORP"}
            and not in_ctx
            and not titled
        ):
            return True
        if (
            not before_ctx
            # "Chiamaka Eze at Pfizer and Devon Liu": a person listed after another's
            # organisation
            and not (in_ctx and len(span) > 1)
            and s >= 2
            and doc[s - 1].lower_ in {"and", "&", ","}
            and (s - 2) in facts.strong_org_tokens
        ):
            # "the Center for Equity, Gender and Leadership": the last word of an
            # organisation's own list, not a person
            return True
        if not in_ctx and len(span) > 1 and span[-1].lower_ in self.org_heads:
            # "Senior product manager, Loamhouse Games.": an organisation's head word ends
            # it, and nothing says it is a person
            return True
        if not before_ctx and self._apposed_to_org(doc, s):
            # "her salon, Studio Bellini", "a small think tank, Te Whare Kaupapa"
            return True
        # "Kessler Hollis is a law firm in Baltimore", "Hamilton Reed, the law firm"
        return not before_ctx and self._described_as_org(doc, e)

    def _lone_or_noun(
        self, doc: Doc, s: int, e: int, key: str, low: bool, in_ctx: bool, titled: bool
    ) -> bool:
        """A lone word in no person context, or (in a lower-case transcript) a common noun."""
        span = doc[s:e]
        # a transcript's "Man's been running" is Whisper's capital, no owner (spoken43)
        if (
            len(span) == 1
            and not in_ctx
            and not titled
            and (doc._.spoken or not owned_by_given_name(doc, s, e))
        ):
            # a lone word the model tags PERSON in no person context ("drive for
            # Schneider", "tools like Ironclad", "Dakar office") is more often an
            # organisation, a tool or a place than a person; "Dr. Rivera" is a person,
            # and so is a given name owning a noun ("Darnell's people")
            return True
        # "apply for the supervisor role", "talking to donors": no capitals to tell,
        # and these are nouns, not names
        return low and (key in self.common_nouns or any(t.tag_ == "NNS" for t in span))
