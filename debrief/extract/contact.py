"""debrief_contact_v1: who the call was with (name, title, company) and the companies mentioned.

The contact is the name after an intro cue in the first sentences ("just got off the phone with
Maria Lopez", "that was Kenji Watanabe", "recap of my call with ..."), else the first PERSON
entity. Their title follows a copula or an apposition ("she's a senior PM", ", senior counsel
at ..."); their company is the first organisation of that intro clause, and a spoken
correction ("at Deloitte, no wait, at KPMG") replaces it. Earlier employers in later sentences
are never the contact's company. Organisations come from :class:`~debrief.extract.orgs.OrgFinder`
and are merged with :func:`~debrief.extract.orgs.merge_names`. Finding the name and the
heading is in :mod:`debrief.extract.contact_find`; reading the title and company after it is
in :mod:`debrief.extract.contact_title`. Cue words are in ``pipelines/contact_patterns.toml``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from debrief.extract.casing import names_lower
from debrief.extract.contact_company import apposed_matcher
from debrief.extract.contact_described import spelled_out
from debrief.extract.contact_find import ContactFinding
from debrief.extract.contact_lower import LowerOrgs
from debrief.extract.contact_names import loose_matcher
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.contact_title import MOVED_WORDS
from debrief.extract.doc_arrays import looks_english, lowers
from debrief.extract.guard import degraded
from debrief.extract.lexicon import PhraseSet, load_lines, name_particles
from debrief.extract.orgs import (
    OrgFinder,
    OrgMention,
    chunk_end,
    display_name,
    is_cap,
    merge_names,
)
from debrief.extract.title_heard import heard_title, title_sentence
from debrief.models import Contact
from debrief.names import company_key

# heading_word: the token span of a misheard opening "Debrief" ("De Brief,"), never a name
# (org_mentions is registered in debrief.extract.org_names, beside its accessor)
for _ext in ("contact_aliases", "contact_span", "heading_word"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


class ContactExtractor(ContactFinding):
    def __init__(self, nlp: Language, cfg: dict[str, Any], not_companies: list[str]) -> None:
        intro, title = cfg["intro"], cfg["title"]
        self.cues = PhraseSet(nlp, intro["cues"])
        self.skip = set(intro["skip"])
        self.particles = set(name_particles())
        self.alias = PhraseSet(nlp, intro["alias"])
        self.copulas = PhraseSet(nlp, [c for c in title["copulas"] if "'re" not in c], prefix="she")
        self.copulas.add(PhraseSet(nlp, [c for c in title["copulas"] if "'re" in c], prefix="they"))
        self.title_stops = set(title["stops"])
        self.title_continue = set(title["continue_if_lowercase"])
        self.title_heads = set(title["heads"])
        self.org_before = set(intro["org_before"])
        self.definitive = PhraseSet(nlp, intro["definitive"])
        self.corrections = PhraseSet(nlp, cfg["corrections"]["markers"])
        self.recasts = PhraseSet(nlp, intro["recasts"])
        self.orgs = OrgFinder(nlp, cfg["orgs"], not_companies)
        header = cfg["header"]
        self.header_cues = PhraseSet(nlp, header["cues"])
        self.header_fillers = set(header["fillers"])
        self.header_call_words = set(header["call_words"])
        self.header_kinds = set(header["kinds"])
        self.cues.add(PhraseSet(nlp, intro["name_is"]))
        self.loose = loose_matcher(nlp, intro["loose"])
        self.call_verbs = set(intro["call_verbs"])
        self.ranks = set(intro["ranks"])
        self.rank_joiners = set(intro["rank_joiners"])
        self.lower_orgs = LowerOrgs(
            nlp, cfg["lowercase"], cfg["orgs"]["apposition_nouns"], cfg["title"]["heads"]
        )
        self.apposed = apposed_matcher(nlp, cfg["company"], cfg["orgs"]["apposition_nouns"])

    def __call__(self, doc: Doc) -> Doc:
        try:
            if looks_english(doc):
                self._run(doc)
                return doc
        except Exception as exc:  # never let one odd recap break extraction
            degraded("contact", exc)
        # not English, or the component failed: nothing about the contact is known
        doc._.contact = Contact()
        doc._.companies = []
        doc._.contact_aliases = []
        doc._.org_mentions = []
        return doc

    # ------------------------------------------------------------ main

    def _run(self, doc: Doc) -> None:
        self._replaced: tuple[int, int] | None = None
        self._early_alias: tuple[int, int] | None = None
        self._first_names: set[str] = set()
        self._first_end: int | None = None
        self._first_span: tuple[int, int] | None = None
        # a mixed-case recap's contact is read as in a lower-case one (casing.names_lower)
        low = names_lower(doc)
        sents = list(doc.sents)
        opening = self._opening(doc, sents)
        self._misheard = self._misheard_heading(doc, *opening) if opening else None
        self._header = self._find_header(doc, *opening, low) if opening else None
        name_span, intro_sent, desc_at = self._find_name(doc, sents, low)
        rank: str | None = None
        if name_span is not None:
            ranked = self._past_ranks(doc, name_span, low)
            if ranked != name_span:
                # "Special Agent Teodoro Ramirez": the rank is the title when none is said
                words = [t.text for t in doc[name_span[0] : ranked[0]] if t.lower_ in self.ranks]
                rank = " ".join(w for w in words if w.lower() not in {"former", "retired"})
            name_span = self._title_off(doc, ranked, low)  # "arjun mehta senior pm"
        blocked: set[int] = set(range(name_span[0], name_span[1])) if name_span else set()
        if self._misheard is not None:
            blocked.update(range(*self._misheard))
        aliases: list[str] = []
        if self._early_alias is not None:
            aliases.append(doc[self._early_alias[0] : self._early_alias[1]].text)
            blocked.update(range(*self._early_alias))
        if name_span:
            name = self._name_text(doc[name_span[0] : name_span[1]])
            aliases += [name, *name.split()]
            if self._first_span is not None and self._first_span != name_span:
                # "Bea, Beatriz Soto", "Farah, no, it's Fareeha": the first form is the contact
                fs, fe = self._first_span
                aliases.append(doc[fs:fe].text)
                blocked.update(range(fs, fe))
            self._first_names = {name.split()[0].lower()} if name.split() else set()
        else:
            name = None
        # aliases: "she goes by Seun"
        if intro_sent is not None:
            for s, e in self.alias.find(doc, intro_sent.start, intro_sent.end):
                if s > 0 and doc[s - 1].pos_ == "NOUN":
                    continue  # "a hospital system called Baycare" names an organisation
                ae = chunk_end(doc, e, intro_sent.end, low, 3)
                if ae > e:
                    aliases.append(doc[e:ae].text)
                    blocked.update(range(e, ae))
        # every mention of the contact's names is blocked from being an organisation
        alias_words = {a.lower() for a in aliases}
        # the word first: a Token only for a word that is one of the names (speed34)
        for t in (doc[i] for i, w in enumerate(lowers(doc)) if w in alias_words):
            if is_cap(t, low) and not self._family_firm(doc, t, low):
                blocked.add(t.i)
        self._blocked = blocked
        mentions = self.orgs.find(doc, blocked)
        if name_span:
            self._add_of_org(doc, name_span[1], mentions)  # "Lena Park of Acme Robotics"
        if self._header is not None:
            hs, he = self._header
            # "Penn Medicine Call,": the call word after the heading's name is not part of it
            mentions = [
                m
                if not (
                    m.start == hs
                    and m.end > he
                    and all(t.lower_ in self.header_call_words for t in doc[he : m.end])
                )
                else OrgMention(hs, he, display_name(doc[hs:he].text), m.strong)
                for m in mentions
            ]
            if not any(m.start <= hs < m.end for m in mentions):
                shown = display_name(doc[hs:he].text)
                mentions.append(OrgMention(hs, he, shown[:1].upper() + shown[1:], True))
                mentions.sort(key=lambda m: m.start)
        title, company = None, None
        if intro_sent is not None:
            # a name completed by a later mention ("Koji ... Koji Fujimoto.") is read from
            # where the intro sentence names them
            in_intro = name_span is not None and intro_sent.start <= name_span[0] < intro_sent.end
            start = (
                desc_at
                if desc_at is not None
                else (name_span[1] if name_span and in_intro else self._intro_end(intro_sent))
            )
            title, company = self._title_company(doc, sents, intro_sent, start, mentions, desc_at)
        if title is None and name_span is not None and not low:
            # "Sumitara Shiza Chief Nursing informatics officer at ...": Whisper's comma lost
            title = heard_title(doc, name_span[1])
        if title is None and name_span is not None:
            title = self._title_before_name(doc, name_span[0])  # "their ops lead, Camille"
        title = title or rank or (self._tail_title if name_span is not None else None)
        if title is None and name_span is not None and not low:
            # "... runs the Lakeshore youth football alliance. Executive director."
            title = title_sentence(doc, name_span[1])
        if name_span is not None:
            # "the UNICEF person Ifeoma Chukwu": where they are from, said with the name
            said = self._org_person_before(doc, mentions, name_span[0])
            company = said.name if said is not None else company
        if company is not None and self._header is not None and intro_sent is not None:
            # "Debrief, Harbor Freight Logistics call. Talked with James, ... ex-Army like me":
            # the heading wins over an organisation the intro does not place them at
            tied = any(
                m.name == company
                and m.start > 0
                and doc[m.start - 1].lower_ in {"at", "for", "with", "the", "of"}
                for m in mentions
            )
            if not tied:
                company = None
        if company is None:
            company = self._fallback_company(doc, mentions, name_span, intro_sent)
        company = spelled_out(self._settle(doc, company, mentions), mentions)
        doc._.contact = Contact(name=name, title=title, company=company)
        doc._.contact_aliases = aliases
        doc._.contact_span = name_span
        doc._.heading_word = self._misheard
        doc._.org_mentions = mentions
        names = [m.name for m in mentions]
        if self._replaced is not None:
            # a slip corrected on the spot ("at Deloitte, no wait, KPMG") is not a mention,
            # unless the slipped name comes up again elsewhere
            lo, hi = self._replaced
            slipped = [m for m in mentions if lo <= m.start < hi]
            keys = {company_key(m.name) for m in slipped}
            moved = any(t.lower_ in MOVED_WORDS for t in doc[lo : hi + 8])
            if not moved and not any(
                company_key(m.name) in keys for m in mentions if not lo <= m.start < hi
            ):
                names = [m.name for m in mentions if not lo <= m.start < hi]
        places = {m.name for m in mentions if m.name != company and self._place_only(doc, m)}
        names = [n for n in names if n not in places]
        doc._.companies = merge_names(names, company, self.orgs.standalone)

    def _family_firm(self, doc: Doc, t: Any, low: bool) -> bool:
        """'the project manager from Okafor Builders, ... Chinedu Okafor', 'owner of
        Henriksen & Daughters Builders': the contact's surname starting a name with an
        organisation head is the family's firm, not the contact."""
        span = self._first_span or (-1, -1)
        if t.i + 1 >= len(doc) or span[0] <= t.i < span[1]:
            return False
        end = t.sent.end
        e = chunk_end(doc, t.i, end, low)
        if e < end - 1 and doc[e].text == "&":
            e = chunk_end(doc, e + 1, end, low)
        return e - t.i >= 2 and self.orgs.has_head(doc[t.i : e])

    @staticmethod
    def _place_only(doc: Doc, m: OrgMention) -> bool:
        """'Medline, Northfield, Illinois', 'IBEW Local 103, Boston': a place the model tags
        GPE after a comma or "in" is where the organisation is, not another organisation."""
        span = doc[m.start : m.end]
        if not all(t.ent_type_ in {"GPE", "LOC"} for t in span if t.is_alpha):
            return False
        prev = doc[m.start - 1] if m.start > 0 else None
        return prev is not None and (prev.text == "," or prev.lower_ in {"in", "near", "outside"})


@Language.factory("debrief_contact_v1")
def make_contact(nlp: Language, name: str) -> ContactExtractor:
    return ContactExtractor(nlp, contact_patterns(), load_lines("not_companies.txt"))
