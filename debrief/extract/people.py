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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from debrief.extract.contact_address import named_in_full
from debrief.extract.dates import vocab as date_vocab
from debrief.extract.guard import degraded
from debrief.extract.lexicon import PhraseSet, load_lines, load_toml, looks_english, word_list
from debrief.extract.org_names import after_title_noun, hyphen_joins
from debrief.extract.orgs import chunk_end, is_acronym, is_cap, lower_doc
from debrief.extract.people_context import first_name_of, leads
from debrief.extract.people_lone import (
    doubted_spelling,
    full_name,
    given_name_acting,
    name_after_verb,
)
from debrief.extract.people_places import drop_places
from debrief.extract.people_ranks import rank_people
from debrief.extract.people_relation import PersonRelation
from debrief.extract.people_respelt import drop_respellings
from debrief.models import Person
from debrief.names import company_key, part_of_name, person_key, words

#: two capitals inside a mixed-case word, or dotted initials alone: a product, a brand or a
#: subject ("ArcGIS", "PowerBI", "P.E."), not a name ("McDonald", "LaToya" have one capital)
_PLACE_OR_ORG = {"ORG", "GPE", "FAC", "LOC", "PRODUCT"}
_CAPS_INSIDE = re.compile(r"[a-z][A-Z]{2,}|[A-Z]{2,}[a-z]|^(?:[A-Z]\.){2,}$")


@dataclass
class _Candidate:
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


class PeopleExtractor(PersonRelation):
    def __init__(self, nlp: Language, cfg: dict[str, Any], not_names: list[str]) -> None:
        ctx, ref, comp = cfg["context"], cfg["referral"], cfg["company"]
        self.before = PhraseSet(nlp, ctx["before"])
        self.possessed = set(ctx["possessed"])  # "Kwabena's boss": said after the name too
        self.after = PhraseSet(nlp, [*ctx["after"], *(f"'s {w}" for w in self.possessed)])
        self.low_after = PhraseSet(nlp, ctx["low_after"])
        self.weak_after = PhraseSet(nlp, ctx["weak_after"])
        self.nicknames = PhraseSet(nlp, ctx["nicknames"])
        self.place_preps = set(ctx["place_prepositions"])
        self.strip_leading = set(ctx["strip_leading"])
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
        self.honorifics = set(ctx["honorifics"])
        self.ranks = word_list("person_ranks")
        self.rank_words = set(ctx["rank_words"])
        self.named_firms = PhraseSet(nlp, word_list("person_named_firms"))
        self.common_nouns = set(ctx["common_nouns"])
        self.past_intro = set(ref["past_introducers"])
        self.named_by = set(ref["named_by"])
        self.listed = PhraseSet(nlp, ref["listed"])
        self.weak_before = PhraseSet(nlp, ctx["weak_before"])
        self.thing_words = set(ctx["thing_words"])
        self.own_plans = PhraseSet(nlp, ref["own_plans"])
        self.team_nouns = set(ctx["team_nouns"])
        self.role_dets = set(ctx["role_determiners"])
        self.continuers = set(ctx["list_continuers"])
        self.fillers = set(ctx["fillers"])
        self.departments = set(ctx["departments"])
        contact_cfg = load_toml("contact_patterns.toml")
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
        self.command_verbs = set(load_toml("followup_cues.toml")["imperative"]["verbs"])
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
        try:
            found = rank_people(self, doc, self._run(doc)) if looks_english(doc) else []
            doc._.people = drop_places(doc, found)
        except Exception as exc:  # never let one odd recap break extraction
            degraded("people", exc)
            doc._.people = []
        return doc

    def _run(self, doc: Doc) -> list[Person]:
        low = lower_doc(doc)
        aliases = {a.lower() for a in (doc._.contact_aliases or [])}
        alias_words = {w for a in aliases for w in a.split()} | {
            w for a in aliases for w in person_key(a).split()
        }
        contact_span = doc._.contact_span
        orgs = doc._.org_mentions or []
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
        spans: dict[int, int] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                spans[ent.start] = max(spans.get(ent.start, 0), ent.end)
        sent_end = {k: sent.end for sent in doc.sents for k in range(sent.start, sent.end)}
        if low:
            # all-lowercase transcripts: the word(s) after "his boss", "talk to", ...
            for tok in doc:
                if self._context_before(doc, tok.i) and tok.is_alpha and not tok.is_stop:
                    if tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "DET", "ADJ", "ADV", "NUM"}:
                        continue
                    if tok.i > 0 and doc[tok.i - 1].lower_ in {"the", "a", "an", "my"}:
                        continue
                    e = tok.i + 1
                    nxt = doc[e] if e < len(doc) else None
                    if (
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
        # a cased recap typed with the names in lower case ("my old platoon sergeant
        # dwayne harris", "talk to her supervisor, daniel brooks"): a word the tagger reads
        # as a name, right after a person cue
        for tok in doc:
            if not low and self._lower_name(tok) and self._context_before(doc, tok.i):
                e = tok.i + 1
                if e < len(doc) and self._lower_name(doc[e]):
                    e += 1
                spans.setdefault(tok.i, e)
        for tok in doc:
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
                if (tok.i in strong_org_tokens or tok.tag_ != "NNP") and not (ctx or led):
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

        found: list[tuple[int, int, str, bool]] = []  # start, end, name, in person context
        ctx_ends: set[int] = set()  # last token of each accepted name in a person context
        for s, e in sorted(spans.items()):
            # drop leading non-name words: "Email Marcus", "Dr. Femi Adebayo"
            while s < e and (
                (
                    doc[s].lower_ in self.strip_leading
                    and not (is_acronym(doc[s].text) and doc[s].lower_ in self.honorifics)
                )
                or doc[s].is_punct
            ):
                s += 1  # "his GM Natalia"; but "MS Project" is no "Ms. Project"
            while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ == "'s"):
                e -= 1
            if e <= s:
                continue
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
            span = doc[s:e]
            text = span.text
            key = person_key(text)
            if self._advice_run(doc, s, e) or doubted_spelling(doc, s, e):
                continue
            # s is fixed from here on
            before_ctx = self._context_before(doc, s) or self._owns_personal(doc, e)
            in_ctx = (
                before_ctx
                or self._context_after(doc, e)
                or self._coordinated(doc, s, ctx_ends)
                or self._weak_context(doc, s, e)
                or (e - s > 1 and doc[s].lower_ in {doc[k].lower_ for k in ctx_ends})
                or self._name_pair(doc, s, e)
            )
            if len(span) == 1 and (key in self.never_names or key in self.fillers):
                continue  # "the call today was with", "i talked to um": never a name
            if (
                not key
                or key in self.not_names
                or is_acronym(text)
                # "Darlene Two Feathers": a capitalised number word inside a name is part of it
                or any(t.like_num and not (t.i > s and t.is_alpha and is_cap(t)) for t in span)
            ):
                continue
            lower_named = all(self._lower_name(t) for t in span) and before_ctx
            if (
                not low
                and not lower_named
                and not all(
                    is_cap(t)
                    or t.text in {"-"}
                    or (t.i > s and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_)
                    or t.lower_ in {"de", "van", "von", "da", "del", "la", "le", "bin", "al"}
                    for t in span
                )
            ):
                continue
            while e - s > 1 and doc[e - 1].lower_ in self.never_names:
                e -= 1  # "email Tamsin Monday": the day the speaker will do it
            span = doc[s:e]
            text, key = span.text, person_key(span.text)
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
                continue
            if e - s > 1 and len(doc[e - 1].text) == 1 and doc[e - 1].is_upper:
                continue  # "Reg Z", "Plan B", "Type A": a name does not end in a bare letter
            if (
                all(t.ent_type_ != "PERSON" for t in span)
                and self.weak_after.match_at(doc, e)
                and not before_ctx
                and not self._team_after(doc, e)
                and not self._role_follows(doc, e)
            ):
                # "Advancement is a clear ladder", "my being Deaf is an asset": "X is a ..."
                # alone does not make a lone untagged word a person ("Ngozi is a nurse" does)
                continue
            if span[-1].lower_ in self.title_heads and span[-1].ent_type_ != "PERSON":
                continue  # "he was a teacher, P.E. Teacher": a job, whatever cue precedes it
            if any(self.nicknames.match_at(doc, s - n, s) == n for n in (1, 2, 3) if s >= n):
                continue  # "Margaret Ellison, everyone calls her Peggy": a nickname
            if not before_ctx and after_title_noun(doc, s):
                continue  # "a newsletter, Philanthropy Wire Weekly": a work's title
            if contact is not None and named_in_full(doc, contact.name, key):
                continue  # "Mr. Dube, Sipho Dube": the contact, named in full after a surname
            if contact_span and s < contact_span[1] and contact_span[0] < e:
                continue
            heading = doc._.heading_word
            if heading and s < heading[1] and heading[0] < e:
                continue  # "Deep Reef, ...": a misheard "Debrief"
            titled = (
                s > 0
                and doc[s - 1].lower_ in self.honorifics
                and not is_acronym(doc[s - 1].text)
                # "his sister Giulia", "my uncle Ray": a relation said with a possessive is
                # no title ("Sister Mary", "Uncle Ray" are)
                and not (doc[s - 1].is_lower and s > 1 and doc[s - 2].tag_ == "PRP$")
            )
            if not titled and any(t.lower_ in self.thing_words for t in span):
                # "Highway 9", "Multilingual Outreach", "Youth Apprenticeship Program": a road
                # or a programme the model tags PERSON, whatever precedes it
                continue
            if key in aliases or all(w in alias_words for w in key.split()):
                continue
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
                continue
            if any(k in strong_org_tokens for k in range(s, e)) and not before_ctx:
                continue
            if (
                not before_ctx
                and not (in_ctx and sum(is_cap(t) for t in span) > 1)
                and any(t.ent_type_ in {"NORP", "LANGUAGE"} for t in span)
            ):
                # "Spanish speakers"; but "reach out to Priya" (tagged NORP) is a person
                continue
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
            acting = given_name_acting(doc, s, e, self.after, self.weak_after)
            if self.named_firms.match_at(doc, s, e) == e - s and not kin_before and not titled:
                continue  # "call Robert Half on Monday": a firm named after a person
            if (
                contact is not None
                and company_key(text) == company_key(contact.company or "")
                and not kin_before
                and not acting
            ):
                continue  # the contact's own organisation, whatever else precedes it
            if not before_ctx and (
                any(t.lower_ in self.title_heads for t in span)
                or (s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in self.title_heads)
                or any(
                    self.not_before.match_at(doc, s - n, s) == n for n in range(1, 4) if s - n >= 0
                )
            ):
                # "Senior Recruiter", "VP of Marketing", "learn Ruby", "went to Wharton",
                # "the Braintrust thing": a title, a tool or a school, not a person
                continue
            overlaps = [m for m in orgs if m.start <= s < m.end or s <= m.start < e]
            if not before_ctx and any(
                m.start <= s and e <= m.end and m.end - m.start > e - s for m in overlaps
            ):
                continue  # "the Center for Health Equity": words inside a longer organisation
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
                own_words = org_words
            if key in self.not_people or (
                not before_ctx
                and (
                    key in self.time_words
                    or any(m.strong or not in_ctx for m in overlaps)
                    or (len(span) == 1 and key in own_words and not acting)
                    or (not in_ctx and all(w in org_words for w in key.split()))
                    # "Harbor Lane says ..." after "Harbor Lane Credit Union": a name's first
                    # words, said again alone
                    or (len(span) > 1 and any(leads(key, n) for n in org_names))
                    # "he was Peace Corps Malawi": the tagger's name cut from a service's
                    or any(k in not_people_tokens for k in range(s, e))
                )
            ):
                # "Ashurst & Reid", "He was Army", "a contractor called Hensel Phelps": a
                # word of an organisation's name, an organisation or a day, not a person
                continue
            if company_key(text) in company_keys and not in_ctx:
                continue
            if len(span) == 1 and key in company_words and not in_ctx:
                continue
            if s > 0 and doc[s - 1].lower_ in self.place_preps and not in_ctx:
                continue
            if (
                len(span) == 1
                and span[0].ent_type_ in {"GPE", "LOC", "ORG", "NORP"}
                and not in_ctx
                and not titled
            ):
                continue
            if (
                not before_ctx
                # "Chiamaka Eze at Pfizer and Devon Liu": a person listed after another's
                # organisation
                and not (in_ctx and len(span) > 1)
                and s >= 2
                and doc[s - 1].lower_ in {"and", "&", ","}
                and (s - 2) in strong_org_tokens
            ):
                # "the Center for Equity, Gender and Leadership": the last word of an
                # organisation's own list, not a person
                continue
            if not in_ctx and len(span) > 1 and span[-1].lower_ in self.org_heads:
                # "Senior product manager, Loamhouse Games.": an organisation's head word ends
                # it, and nothing says it is a person
                continue
            if not before_ctx and self._apposed_to_org(doc, s):
                # "her salon, Studio Bellini", "a small think tank, Te Whare Kaupapa"
                continue
            if not before_ctx and self._described_as_org(doc, e):
                # "Kessler Hollis is a law firm in Baltimore", "Hamilton Reed, the law firm"
                continue
            if len(span) == 1 and not in_ctx and not titled:
                # a lone word the model tags PERSON in no person context ("drive for
                # Schneider", "tools like Ironclad", "Dakar office") is more often an
                # organisation, a tool or a place than a person; "Dr. Rivera" is a person
                continue
            if low and (key in self.common_nouns or any(t.tag_ == "NNS" for t in span)):
                # "apply for the supervisor role", "talking to donors": no capitals to tell,
                # and these are nouns, not names
                continue
            if titled and e - s == 1:
                # "Mrs. Ferreira", "Coach Delgado": a surname alone keeps the honorific it was
                # said with (who "Ferreira" is, the honorific tells); "Dr. Femi Adebayo" does not
                text = doc[s - 1 : e].text
            found.append((s, e, text, in_ctx))
            if in_ctx:
                ctx_ends.add(e - 1)

        # A lone capitalised word opening a sentence, in no person context and never named
        # again, is more often a noun NER mistook for a name ("Burnout is real") than a person.
        counts: dict[str, int] = {}
        for _s, _e, text, _ctx in found:
            for w in person_key(text).split():
                counts[w] = counts.get(w, 0) + 1
        found = [
            f
            for f in found
            if not (
                f[1] - f[0] == 1
                and doc[f[0]].is_sent_start
                and not f[3]
                and counts.get(person_key(f[2]), 0) <= 1
            )
        ]

        # fold first names into full names, in order of first mention
        people: list[_Candidate] = []
        for s, e, text, _ctx in sorted(found, key=lambda x: -(x[1] - x[0])):
            toks = [w for w in person_key(text).split() if w not in self.honorifics]
            for cand in people:
                ck = person_key(cand.name).split()
                if toks == ck or (len(toks) < len(ck) and all(t in ck for t in toks)):
                    cand.mentions.append((s, e))
                    break
            else:
                people.append(_Candidate(text, [(s, e)]))
        people.sort(key=lambda c: min(s for s, _ in c.mentions))
        for cand in people:
            # "my old steward, Vince Palumbo, knows her ... I'll call Vince": a first name
            # alone, where the tagger reads the full name elsewhere, is that full name
            if " " not in cand.name.strip():
                cand.name = full_name(doc, cand.name)

        self._starts = sorted(s for c in people for s, _ in c.mentions)
        out: list[Person] = []
        for cand in people:
            relation = (
                "referral"
                if any(self._referral(doc, s, aliases) for s, _ in cand.mentions)
                else "mentioned"
            )
            company = None
            for s, e in sorted(cand.mentions):
                company = self._company(doc, s, e, orgs)
                if company:
                    break
            out.append(Person(name=cand.name, company=company, relation=relation))
        out = drop_respellings(doc, out)  # the contact or a company Whisper spelt twice
        # names that turned out to be people are not organisations
        pkeys = {company_key(p.name) for p in out}
        # people the tagger itself reads as names ("Sharpline Communications" after "named"
        # is found as a person, but is no PERSON to the tagger)
        ent_keys = {person_key(ent.text) for ent in doc.ents if ent.label_ == "PERSON"}
        tagged = [p for p in out if person_key(p.name) in ent_keys]
        # "Sharpline Communications" found as a person still names an organisation
        orgish = self.org_heads | self.departments
        named = [p for p in out if not set(person_key(p.name).split()) & orgish]
        if doc._.companies:
            doc._.companies = [
                c
                for c in doc._.companies
                if company_key(c) not in pkeys
                and not self._name_piece(c, tagged, contact)
                and not first_name_of(c, named)
            ]
        return out

    def _name_piece(self, company: str, people: list[Person], contact: Any) -> bool:
        """ "Choi" beside "Jae-won Choi", "Rivka" beside "Rivka Adler": an organisation whose
        words are all words of one person's full name (a person found or the contact), and
        not the contact's own organisation, is that person again."""
        key = person_key(company).split()
        if not key or any(w in self.org_heads for w in key):
            return False
        if (
            contact is not None
            and contact.company
            and company_key(company) == company_key(contact.company)
        ):
            return False
        names = [p.name for p in people if len(person_key(p.name).split()) > len(key)]
        if contact is not None and contact.name:
            names.append(contact.name)
        return any(part_of_name(company, n) for n in names)

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


@Language.factory("debrief_people_v1")
def make_people(nlp: Language, name: str) -> PeopleExtractor:
    return PeopleExtractor(nlp, load_toml("people_cues.toml"), load_lines("not_companies.txt"))
