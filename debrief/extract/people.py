"""debrief_people_v1: people mentioned, and which of them are referrals.

Candidates are PERSON entities and capitalised name chunks in person contexts ("her
colleague Dev Malhotra", "talk to Raj", "Inés Castillo, who's ..."), minus the contact (and
their nicknames), organisations found in an organisation context, places ("on Woodward") and
tools. A first name alone is folded into the full name said elsewhere ("email Dev" -> Dev
Malhotra). A person is a ``referral`` when a sentence naming them carries a referral cue
said by the contact ("she suggested I talk to ...", "he offered to connect us") and not
negated ("she didn't offer to connect us"); otherwise ``mentioned``. Their company is the
organisation named right after them, or the contact's own for "her team"/"there". Cue words
are in ``pipelines/people_cues.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from debrief.extract.dates import vocab as date_vocab
from debrief.extract.guard import degraded
from debrief.extract.lexicon import PhraseSet, load_lines, load_toml, looks_english
from debrief.extract.orgs import chunk_end, display_name, is_acronym, is_cap, lower_doc
from debrief.extract.people_context import PersonContext
from debrief.models import Person
from debrief.names import company_key, person_key, words


@dataclass
class _Candidate:
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


class PeopleExtractor(PersonContext):
    def __init__(self, nlp: Language, cfg: dict[str, Any], not_names: list[str]) -> None:
        ctx, ref, comp = cfg["context"], cfg["referral"], cfg["company"]
        self.before = PhraseSet(nlp, ctx["before"])
        self.after = PhraseSet(nlp, ctx["after"])
        self.low_after = PhraseSet(nlp, ctx["low_after"])
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
        self.not_before = PhraseSet(nlp, ctx["not_before"])
        self.honorifics = set(ctx["honorifics"])
        self.common_nouns = set(ctx["common_nouns"])
        self.past_intro = set(ref["past_introducers"])
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
        # "Hana Suzuki, a planner on her team": a person's description may hold "team"
        self.org_nouns = set(contact_cfg["orgs"]["apposition_nouns"]) - {"team", "group"}
        self.org_possessions = set(ctx["org_possessions"])
        self.org_heads = set(contact_cfg["orgs"]["heads"])
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
            doc._.people = self._run(doc) if looks_english(doc) else []
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
                    spans.setdefault(tok.i, e)
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
        if not low:
            for tok in doc:
                if (
                    is_cap(tok)
                    and tok.i not in spans
                    and (tok.i == 0 or not is_cap(doc[tok.i - 1]))
                ):
                    e = chunk_end(doc, tok.i, sent_end[tok.i], False, 4)
                    if e == tok.i or (
                        tok.i in strong_org_tokens and not self._context_before(doc, tok.i)
                    ):
                        continue
                    if tok.tag_ != "NNP" and not self._context_before(doc, tok.i):
                        continue
                    if (
                        self._context_before(doc, tok.i)
                        or self._context_after(doc, e)
                        or self._weak_context(doc, tok.i, e)
                    ):
                        spans[tok.i] = e

        found: list[tuple[int, int, str, bool]] = []  # start, end, name, in person context
        ctx_ends: set[int] = set()  # last token of each accepted name in a person context
        for s, e in sorted(spans.items()):
            # drop leading non-name words: "Email Marcus", "Dr. Femi Adebayo"
            while s < e and (doc[s].lower_ in self.strip_leading or doc[s].is_punct):
                s += 1
            while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ == "'s"):
                e -= 1
            if e <= s:
                continue
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
            in_ctx = (
                self._context_before(doc, s)
                or self._context_after(doc, e)
                or self._coordinated(doc, s, ctx_ends)
                or self._weak_context(doc, s, e)
            )
            if len(span) == 1 and (key in self.never_names or key in self.fillers):
                continue  # "the call today was with", "i talked to um": never a name
            if (
                not key
                or key in self.not_names
                or is_acronym(text)
                or any(t.like_num for t in span)
            ):
                continue
            if not low and not all(
                is_cap(t)
                or t.text in {"-"}
                or (t.i > s and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_)
                or t.lower_ in {"de", "van", "von", "da", "del", "la", "le", "bin", "al"}
                for t in span
            ):
                continue
            if contact_span and s < contact_span[1] and contact_span[0] < e:
                continue
            heading = doc._.heading_word
            if heading and s < heading[1] and heading[0] < e:
                continue  # "Deep Reef, ...": a misheard "Debrief"
            titled = s > 0 and doc[s - 1].lower_ in self.honorifics
            if not titled and any(t.lower_ in self.thing_words for t in span):
                # "Highway 9", "Multilingual Outreach", "Youth Apprenticeship Program": a road
                # or a programme the model tags PERSON, whatever precedes it
                continue
            if key in aliases or all(w in alias_words for w in key.split()):
                continue
            if any(k in strong_org_tokens for k in range(s, e)) and not self._context_before(
                doc, s
            ):
                continue
            before_ctx = self._context_before(doc, s)
            if not before_ctx and any(t.ent_type_ in {"NORP", "LANGUAGE"} for t in span):
                # "Spanish speakers"; but "reach out to Priya" (tagged NORP) is a person
                continue
            if contact is not None and company_key(text) == company_key(contact.company or ""):
                continue  # the contact's own organisation, whatever precedes it
            if not before_ctx and (
                (contact is not None and company_key(text) == company_key(contact.company or ""))
                or any(t.lower_ in self.title_heads for t in span)
                or (s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in self.title_heads)
                or any(
                    self.not_before.match_at(doc, s - n, s) == n for n in range(1, 4) if s - n >= 0
                )
            ):
                # "Senior Recruiter", "VP of Marketing", "learn Ruby", "went to Wharton",
                # "the Braintrust thing": a title, a tool or a school, not a person
                continue
            overlaps = [m for m in orgs if m.start <= s < m.end or s <= m.start < e]
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
                    or (len(span) == 1 and key in own_words)
                    or (not in_ctx and all(w in org_words for w in key.split()))
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
            if len(span) == 1 and span[0].ent_type_ in {"GPE", "LOC", "ORG", "NORP"} and not in_ctx:
                continue
            if (
                not before_ctx
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
        # names that turned out to be people are not organisations
        pkeys = {company_key(p.name) for p in out}
        if doc._.companies:
            doc._.companies = [c for c in doc._.companies if company_key(c) not in pkeys]
        return out

    # ------------------------------------------------------------ relation and company

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
        plan = self.own_plans.match_at(doc, first, sent.end)
        if (
            plan
            and first + plan <= s
            and not self.negations.find(doc, sent.start, s)
            # "Email Jenna by Wednesday and thank Dr. Rivera": a second verb, a second plan
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[first + plan : s])
        ):
            return True
        cues = self.cues.find(doc, sent.start, sent.end)
        inside = {k for cs, ce in cues for k in range(cs, ce)}
        first = sent.start
        while first < sent.end and (doc[first].is_punct or doc[first].lower_ in self.openers):
            first += 1
        directive = first < sent.end and doc[first].lemma_.lower() in self.directives
        for cs, ce in cues:
            if self.negations.find(doc, max(sent.start, cs - 4), cs):
                continue
            if s < cs and doc[cs].tag_ == "VBD" and doc[cs].lemma_.lower() in self.past_intro:
                continue  # "Dana connected us": who introduced the speaker, not a referral
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
            if not any(s < o < cs for o in self._starts):
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


@Language.factory("debrief_people_v1")
def make_people(nlp: Language, name: str) -> PeopleExtractor:
    return PeopleExtractor(nlp, load_toml("people_cues.toml"), load_lines("not_companies.txt"))
