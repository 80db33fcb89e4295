"""debrief_people_v1: people mentioned, and which of them are referrals.

Candidates are PERSON entities and capitalised name chunks in person contexts ("her
colleague Dev Malhotra", "talk to Raj", "Inés Castillo, who's ...", a role with a determiner
"the owner Hector", "an intern, Priya", a list "two of her analysts, A and B", a rank "Captain
Hollis"), and in a cased recap lower-case names the tagger reads as names after such a cue;
minus the contact (and their nicknames), organisations found in an organisation context,
places ("on Woodward"), products and tools ("ArcGIS Pro"). A first name alone is folded
into the full name said elsewhere ("email Dev" -> Dev Malhotra). A person is a ``referral``
when a sentence naming them carries a referral cue said by the contact ("she suggested I
talk to ...", "he offered to connect us") and not negated ("she didn't offer to connect
us"); otherwise ``mentioned`` (``people_relation.py``). Their company is the organisation
named right after them, or the contact's own for "her team"/"there". Cue words are in
``pipelines/people_cues.toml``.

One recap runs in stages (``PeopleExtractor._run``): the facts the other components found
and the candidate spans (``people_gather.py``); each candidate trimmed and judged in its
context (``_judged`` here), dropped for its own words or for what the recap names it as
(``people_shape.py``) or as an organisation, a place, a title or a tool (``people_orgs.py``);
the names kept folded into people (``people_fold.py``); each person's relation and company;
the companies that turned out to be people taken out of the companies.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from debrief.extract.company_stepped import stepped
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.dates import vocab as date_vocab
from debrief.extract.doc_arrays import looks_english
from debrief.extract.followup_cues import followup_cues
from debrief.extract.guard import degraded
from debrief.extract.lexicon import PhraseSet, honorific_forms, load_lines, use_pipeline, word_list
from debrief.extract.org_names import hyphen_joins, org_mentions
from debrief.extract.orgs import is_acronym
from debrief.extract.people_backref import referred_back
from debrief.extract.people_commonwords import common_words_only
from debrief.extract.people_cues import people_cues, team_nouns
from debrief.extract.people_fold import (
    Candidate,
    Found,
    drop_lone_openers,
    drop_people_from_companies,
    fold_first_names,
)
from debrief.extract.people_gather import RecapFacts
from debrief.extract.people_held import HELD_KEY
from debrief.extract.people_initials import contact_initials
from debrief.extract.people_lone import doubted_spelling, given_name_acting
from debrief.extract.people_lonegiven import lone_given_name
from debrief.extract.people_lowfull import completed_names
from debrief.extract.people_lowtitle import split_honorific
from debrief.extract.people_orgrole import said_as_org
from debrief.extract.people_orgs import PeopleOrgs
from debrief.extract.people_plain import drop_non_people
from debrief.extract.people_ranks import rank_people
from debrief.extract.people_relation import PersonRelation, thanked
from debrief.extract.people_respelt import drop_respellings
from debrief.extract.people_shape import PeopleShape
from debrief.extract.people_verbsubject import verb_subject_people
from debrief.models import Person
from debrief.names import person_key, words


class PeopleExtractor(PeopleShape, PeopleOrgs, PersonRelation):
    def __init__(self, nlp: Language, cfg: dict[str, Any], not_names: list[str]) -> None:
        ctx, ref, comp = cfg["context"], cfg["referral"], cfg["company"]
        self.before = PhraseSet(nlp, ctx["before"])
        self.possessed = set(ctx["possessed"])  # "Kwabena's boss": said after the name too
        self.after = PhraseSet(nlp, [*ctx["after"], *(f"'s {w}" for w in self.possessed)])
        self.possessed_roles = set(ctx["possessed_roles"])  # "Yesenia's manager"
        self.low_after = PhraseSet(nlp, ctx["low_after"])
        self.low_given_after = PhraseSet(nlp, ctx["low_given_after"])
        self.weak_after = PhraseSet(nlp, ctx["weak_after"])
        self.nicknames = PhraseSet(nlp, ctx["nicknames"])
        self.place_preps = set(ctx["place_prepositions"])
        self.strip_leading = set(ctx["strip_leading"])
        self.strip_trailing = set(ctx["strip_trailing"])
        self.hyphen_endings = set(ctx["hyphen_endings"])
        self.cues = PhraseSet(nlp, ref["cues"])
        self.negations = PhraseSet(nlp, ref["negations"])
        self.contact_subjects = set(ref["contact_subjects"])
        self.directives = set(ref["directives"])
        self.breaks = set(ref["breaks"])
        self.openers = {"also", "and", "then", "she", "he", "they", "so", "oh", "plus"}
        self.same = PhraseSet(nlp, comp["same"])
        self.former = PhraseSet(nlp, comp["former"])
        self.not_names = {" ".join(words(x)) for x in not_names}
        self.not_people = {" ".join(words(x)) for x in ctx["not_people"]}
        self.not_people_phrases = PhraseSet(nlp, ctx["not_people"])
        self.not_before = PhraseSet(nlp, [*ctx["not_before"], *word_list("tool_verbs")])
        self.honorifics = set(honorific_forms())
        self.ranks = word_list("person_ranks")
        self.rank_words = set(ctx["rank_words"])
        self.ranks_left_out = set(ctx["ranks_left_out"])
        self.named_firms = PhraseSet(nlp, word_list("person_named_firms"))
        self.common_nouns = set(ctx["common_nouns"])
        self.past_intro = set(ref["past_introducers"])
        self.named_by = set(ref["named_by"])
        self.said_words = set(ref["said_words"])
        self.told_verbs = set(ref["told_verbs"])
        own_talk = ref["own_talk"]
        self.own_talk = (set(own_talk["verbs"]), set(own_talk["future"]), set(own_talk["speaker"]))
        self.back_verbs = set(ref["back_verbs"])
        self.listed = PhraseSet(nlp, ref["listed"])
        self.weak_before = PhraseSet(nlp, ctx["weak_before"])
        self.thing_words = set(ctx["thing_words"])
        self.own_plans = PhraseSet(nlp, ref["own_plans"])
        self.todo_headings = PhraseSet(nlp, ref["todo_headings"])
        self.item_breaks = set(ref["item_breaks"])
        self.team_nouns = set(team_nouns())
        self.role_dets = set(ctx["role_determiners"])
        self.continuers = set(ctx["list_continuers"])
        self.fillers = set(ctx["fillers"])
        self.departments = set(ctx["departments"])
        contact_cfg = contact_patterns()
        self.title_heads = set(contact_cfg["title"]["heads"])
        self.role_nouns = self.title_heads | set(ctx["role_nouns"])
        # the person cues that are nouns ("boss", "colleague"), not verbs ("talk to")
        self.person_nouns = set(ctx["role_nouns"]) | {w for w in ctx["before"] if " " not in w}
        self.org_partners = PhraseSet(nlp, ctx["org_partners"])
        # "Hana Suzuki, a planner on her team": a person's description may hold "team"
        self.org_nouns = (set(contact_cfg["orgs"]["apposition_nouns"]) - {"team", "group"}) | set(
            ctx["org_nouns"]
        )
        self.org_possessions = set(ctx["org_possessions"])
        self.org_heads = set(contact_cfg["orgs"]["heads"])
        # bare imperatives of a recap's notes: "Learn Excel Modeling" opens on one (_advice_run)
        self.command_verbs = set(followup_cues()["imperative"]["verbs"])
        v = date_vocab()
        self.time_words = (
            set(v.relative_days)
            | set(v.weekdays)
            | set(v.months)
            | {"today", "tonight", "week", "month"}
        )
        # months may be names ("talk to June"); days and "today" never are
        self.never_names = self.time_words - set(v.months)

    def __call__(self, doc: Doc) -> Doc:
        self._starts: list[int] = []
        self._low_given: set[int] = set()
        self._subject_given: set[int] = set()
        self._apposed: set[tuple[int, int]] = set()
        try:
            found = rank_people(self, doc, self._run(doc)) if looks_english(doc) else []
            # "Bankole set it up", "the course Anjali mentioned": a lone name as the subject
            # of a person's verb is a person (people_verbsubject.py)
            # (not in a transcript: Whisper capitalises words it takes for names, and a
            # capital is all these rules have to go on; spoken43)
            if looks_english(doc) and not doc._.spoken:
                found = verb_subject_people(self, doc, found)
            found = drop_non_people(doc, found)
            # "Dislikes, the backlog", "not SFC. Gave her", "Series B.": a capitalised name
            # of common English words said nowhere as a person is none (people_commonwords.py)
            doc._.people = [
                p
                for p in found
                if not common_words_only(
                    doc, p.name, lambda k: self._context_before(doc, k), self.honorifics
                )
            ]
            # the names held back as the contact's first guess, for the roles stage to file
            # if the contact goes to another (people_held.py)
            if looks_english(doc):
                doc.user_data[HELD_KEY] = self._held(doc)
        except Exception as exc:  # never let one odd recap break extraction
            degraded("people", exc)
            doc._.people = []
        return doc

    def _run(self, doc: Doc) -> list[Person]:
        """One recap's people: gather the candidates, judge each in its context, fold the
        names kept into people, tell each one's relation and company, and take the people
        out of the recap's companies."""
        facts = self._recap_facts(doc)
        spans = self._gather(doc, facts)
        found = self._kept(doc, facts, spans)
        found = drop_lone_openers(doc, found)
        people = fold_first_names(doc, found, self.honorifics)
        # "then Kroll.", "went from hotel kitchens to Gate Gourmet": a name the recap says as
        # an organisation, and never as a person, is none (people_orgrole.py)
        orths = doc.to_array(ORTH) if people else None
        people = [
            c
            for c in people
            if not said_as_org(
                doc, orths, c.mentions, lambda k: self._context_before(doc, k), self.honorifics
            )
        ]
        out = self._related(doc, facts, people)
        # the contact or a company Whisper spelt twice
        contact_name = facts.contact.name if facts.contact is not None else None
        out = drop_respellings(out, facts.org_names, contact_name)
        # "our dealer tom brandt ... call tom monday": a lower-case given name filed alone
        # takes the surname said with it elsewhere (people_lowfull.py)
        out = completed_names(doc, out, contact_name)
        drop_people_from_companies(doc, out, facts.contact, self.org_heads, self.departments)
        # "then moved to Accenture", "then Kroll.": a name said as a career's step or a place
        # of work, no person kept, is a company mentioned (company_stepped.py)
        # A name the companies stage saw and dropped (a slip put right, "at Deloitte, no wait,
        # at KPMG"; a place only) was judged there: it is not added back.
        companies = list(doc._.companies or [])
        judged = [m.name for m in org_mentions(doc)]
        doc._.companies = companies + stepped(
            doc, companies + judged, [p.name for p in out], contact_name
        )
        return out

    def _kept(self, doc: Doc, facts: RecapFacts, spans: dict[int, int]) -> list[Found]:
        """The candidates judged people, in order of their start; a name kept in a person
        context lets the next name of its list be one too (``ctx_ends``)."""
        found: list[Found] = []  # start, end, name, in person context
        ctx_ends: set[int] = set()  # last token of each accepted name in a person context
        for s, e in sorted(spans.items()):
            kept = self._judged(doc, facts, s, e, ctx_ends)
            if kept is None:
                continue
            found.append(kept)
            if kept[3]:
                ctx_ends.add(kept[1] - 1)
        return found

    def _judged(
        self, doc: Doc, facts: RecapFacts, s: int, e: int, ctx_ends: set[int]
    ) -> Found | None:
        """One candidate trimmed to its name and judged: the contexts that make it a person
        (a cue before it, ``before_ctx``; any person context, ``in_ctx``; an honorific,
        ``titled``), then the rules that drop it, in order: its own words, what the recap
        names it as, an organisation, a place, a title or a tool. None if dropped."""
        trimmed = self._trimmed(doc, s, e, facts.sent_end)
        if trimmed is None:
            return None
        gathered, (s, e) = s, trimmed
        text = doc[s:e].text
        key = person_key(text)
        if self._advice_run(doc, s, e) or doubted_spelling(doc, s, e):
            return None
        # s is fixed from here on
        # "my steward, beatriz, said": the noun phrase before the commas says who they are
        apposed = (s, e) in self._apposed
        before_ctx = self._context_before(doc, s) or self._owns_personal(doc, e) or apposed
        # "renata said", "rebecca's team", "Carol wants me to": a given name acting as a person
        # "the one Ji-yeon mentioned": a hyphenated given name is one word; the rules that
        # gathered it saw its last part ("yeon")
        one_word = e - s == 1 or (e - s == 3 and hyphen_joins(doc, s + 1))
        low_given = (
            one_word
            and any(k in self._low_given or k in self._subject_given for k in (s, gathered))
        ) or apposed
        in_ctx = (
            before_ctx
            or low_given
            or self._context_after(doc, e)
            or self._coordinated(doc, s, ctx_ends)
            or self._weak_context(doc, s, e)
            or (e - s > 1 and doc[s].lower_ in {doc[k].lower_ for k in ctx_ends})
            or self._name_pair(doc, s, e)
        )
        # "ask mrs. okafor": a lower-case honorific the tokenizer split from its full stop
        # (people_lowtitle.py)
        low_title = split_honorific(doc, s, self.honorifics)
        titled = low_title is not None or (
            s > 0
            # "Sergeant Major Pruitt": a rank left out of the name still says a person
            and (
                doc[s - 1].lower_ in self.honorifics
                or (doc[s - 1].lower_.rstrip(".") in self.ranks_left_out and doc[s - 1].is_title)
            )
            and not is_acronym(doc[s - 1].text)
            # "his sister Giulia", "my uncle Ray": a relation said with a possessive is
            # no title ("Sister Mary", "Uncle Ray" are)
            and not (doc[s - 1].is_lower and s > 1 and doc[s - 2].tag_ == "PRP$")
        )
        # a lower-case given name acting as a person is read as in a lower-case recap
        if self._not_name_shaped(doc, s, e, key, text, facts.low or low_given, before_ctx):
            return None
        e = self._without_days(doc, s, e)
        span = doc[s:e]
        text, key = span.text, person_key(span.text)
        if (
            self._thing_or_job(doc, s, e, before_ctx)
            or self._named_otherwise(doc, s, e, key, facts, before_ctx, titled)
            or self._tagged_org(doc, s, e, facts, before_ctx or low_given, in_ctx, titled, ctx_ends)
        ):
            return None
        # "her old boss Lionel Baptiste at ...": a name right after a person noun is that
        # person, even where the contact's first guess took it for their organisation
        kin_before = (
            before_ctx
            and len(span) > 1
            and doc[s - 1].pos_ == "NOUN"
            and doc[s - 1].lower_ in self.person_nouns
        )
        # "Renata overheard that": a given name acting as a person does, whatever
        # organisation guess (the contact's own included) took in its word
        acting = low_given or given_name_acting(doc, s, e, self.after, self.weak_after)
        if (
            self._firm_or_title(doc, s, e, text, facts, before_ctx, titled, kin_before, acting)
            or self._org_words(doc, s, e, key, text, facts, before_ctx or low_given, in_ctx, acting)
            or self._said_as_place_or_org(doc, s, e, facts, before_ctx, in_ctx, titled)
            or (
                not low_given
                and not self._lone_given(doc, s, e, facts)
                and self._lone_or_noun(doc, s, e, key, facts.low, in_ctx, titled)
            )
        ):
            return None
        if titled and e - s == 1 and doc[s - 1].lower_.rstrip(".") not in self.ranks_left_out:
            # "Mrs. Ferreira", "Coach Delgado": a surname alone keeps the honorific it was
            # said with (who "Ferreira" is, the honorific tells); "Dr. Femi Adebayo" does not,
            # nor a rank ("Colonel Briggs" is filed "Briggs": _past_rank)
            text = doc[s - 1 : e].text
        if (
            low_title is not None
            and e - s == 1
            and doc[low_title].lower_ not in self.ranks_left_out
        ):
            text = doc[low_title:e].text  # "mrs. whitfield", as "Mrs. Whitfield" is filed
        return s, e, text, in_ctx

    def _lone_given(self, doc: Doc, s: int, e: int, facts: RecapFacts) -> bool:
        """ "give Rhonda my notice", "the one with Mike": a lone given name the whole recap
        reads as a person, in no person context (people_lonegiven.py). Not in a transcript
        (``doc._.spoken``): there the capital it rests on is Whisper's guess (spoken43)."""
        if facts.low or e - s != 1 or doc._.spoken:
            return False
        low = doc[s].lower_
        org_words = {
            w for n in facts.org_names if person_key(n) != low for w in person_key(n).split()
        }
        return lone_given_name(doc, s, e, org_words)

    def _related(self, doc: Doc, facts: RecapFacts, people: list[Candidate]) -> list[Person]:
        """Each person's relation (a referral when any mention carries the contact's
        referral cue) and company (the first mention's that names one); the starts of all
        mentions bound the windows these rules read (``_starts``)."""
        self._starts = sorted(s for c in people for s, _ in c.mentions)
        # "AA suggested I speak with ...": the contact written by initials (people_initials)
        contact_name = facts.contact.name if facts.contact is not None else None
        aliases = facts.aliases | contact_initials(doc, contact_name)
        out: list[Person] = []
        for cand in people:
            relation = (
                "referral"
                if any(
                    (
                        self._referral(doc, s, aliases)
                        or referred_back(
                            doc,
                            s,
                            e,
                            self._starts,
                            doc._.contact_span,
                            aliases,
                            self.back_verbs,
                        )
                    )
                    and not thanked(doc, s)
                    for s, e in cand.mentions
                )
                else "mentioned"
            )
            company = None
            for s, e in sorted(cand.mentions):
                company = self._company(doc, s, e, facts.orgs)
                if company:
                    break
            out.append(Person(name=cand.name, company=company, relation=relation))
        return out

    def _held(self, doc: Doc) -> list[Person]:
        """The people among the names the first guess of the contact held back: each
        candidate that is the contact's span or said in the contact's words, judged with no
        contact name (:mod:`debrief.extract.people_held` files them once the contact is
        final)."""
        facts = self._recap_facts(doc)
        contact = facts.contact
        if contact is None or not contact.name or not facts.aliases:
            return []
        span = facts.contact_span
        free = replace(
            facts,
            aliases=set(),
            alias_words=set(),
            contact_span=None,
            contact=replace(contact, name=None),
        )
        found = []
        for s, e in sorted(self._gather(doc, free).items()):
            words = person_key(doc[s:e].text).split()
            overlaps = span is not None and s < span[1] and span[0] < e
            if not overlaps and not (words and all(w in facts.alias_words for w in words)):
                continue
            kept = self._judged(doc, free, s, e, set())
            if kept is not None:
                found.append(kept)
        if not found:
            return []
        return self._related(doc, free, fold_first_names(doc, found, self.honorifics))


@Language.factory("debrief_people_v1")
def make_people(nlp: Language, name: str) -> PeopleExtractor:
    use_pipeline(nlp)  # its lemmatizer gives the plain words (people_plain)
    return PeopleExtractor(nlp, people_cues(), load_lines("not_companies.txt"))
