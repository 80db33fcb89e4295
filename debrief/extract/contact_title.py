"""Title and company parsing for debrief_contact_v1: what follows the contact's name.

The title follows a copula or an apposition ("she's a senior PM", ", senior counsel at ...");
the company is the first organisation of the intro clause, and a spoken correction ("at
Deloitte, no wait, at KPMG") replaces it. :class:`TitleCompanyParser` is the part of
:class:`~debrief.extract.contact.ContactExtractor` that reads them; the cue words are in
``pipelines/contact_patterns.toml``. Which words from a given token make the title is
:class:`~debrief.extract.contact_title_phrase.TitlePhrase`'s to say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from debrief.extract.contact_company import CompanyChecks
from debrief.extract.contact_lower import LowerOrgs
from debrief.extract.contact_title_around import TitleAround
from debrief.extract.contact_title_phrase import TitlePhrase
from debrief.extract.lexicon import word_list
from debrief.extract.org_names import put_in_place
from debrief.extract.orgs import OrgMention, chunk_end, display_name, lower_doc

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet

_PRONOUNS = {"she", "he", "they"}
_HAS = {"'s", "has", "have", "'ve"}

#: "the city of Boise": a lower-case word before "of" that makes the place an organisation.
_OF_PLACES = {"city", "county", "state", "town", "village", "borough", "commonwealth", "port"}
MOVED_WORDS = word_list("moved_words")
TIME_WORDS = word_list("time_words")
#: Words that place the contact at an organisation: "at Samford", "with Mercy Corps".
_LINKS = {"at", "for", "with", "from"}


class TitleCompanyParser(CompanyChecks, TitleAround, TitlePhrase):
    """Title and company of the contact from the intro sentence (a mixin of ContactExtractor)."""

    copulas: PhraseSet
    corrections: PhraseSet
    recasts: PhraseSet
    title_stops: set[str]
    title_continue: set[str]
    title_heads: set[str]
    _first_names: set[str]
    _replaced: tuple[int, int] | None
    lower_orgs: LowerOrgs

    # ------------------------------------------------------------ title and company

    def _title_company(
        self,
        doc: Doc,
        sents: list[Span],
        sent: Span,
        start: int,
        mentions: list[OrgMention],
        desc_at: int | None,
    ) -> tuple[str | None, str | None]:
        titles: list[tuple[int, str]] = []
        while start < sent.end and doc[start].lower_ in TIME_WORDS:
            start += 1
        if desc_at is not None:
            t = self._descriptor_title(doc, desc_at, sent.end)
            if t:
                titles.append((desc_at, t))
        first_names = self._first_names
        recast_at: int | None = None
        i = start
        while i < sent.end:
            tok = doc[i]
            hit = 0
            after_org = tok.text == "," and any(
                m.end == i and m.start <= start + 3 for m in mentions
            )
            if tok.lower_ in _PRONOUNS | {"title", "who"} | first_names or (
                tok.text in {",", "(", "-", "–", "—"} and (i == start or after_org)
            ):
                punct = tok.is_punct
                hit = 0 if punct else self.copulas.match_at(doc, i + 1, sent.end)
                if punct or (hit == 0 and i == start):
                    # apposition: "Dana Whitfield, senior instructional designer at ASU"
                    j = i + 1 if punct else i
                    # a capitalised title between commas first: it also drops the
                    # organisation the model saw in it ("Landscape Designer, Fenwick Rowe")
                    t = self._capitalised_title(doc, j, sent.end, mentions) if punct else None
                    if t is None:
                        t = self._parse_title(doc, j, sent.end, mentions, apposition=True)
                    if t:
                        titles.append((j, t))
                        self._paren_org(doc, j, sent.end, mentions, bracket=tok.text == "(")
                    i += 1
                    continue
            if (
                tok.lower_ == "and"
                and i == start
                and not titles
                and self._misheard_an(doc, i, sent)
            ):
                # "Eric and apprentice at the Iron Workers": tiny.en's "and" for ", an"
                t = self._parse_title(doc, i + 1, sent.end, mentions, require_head=True)
                if t:
                    titles.append((i + 1, t))
                i += 1
                continue
            recast = self.recasts.match_at(doc, i, sent.end)
            if recast and titles:
                t = self._parse_title(doc, i + recast, sent.end, mentions)
                if t:
                    titles.append((i + recast, t))
                    recast_at = i + recast
                i += recast
                continue
            if hit:
                j = i + 1 + hit
                t = self._parse_title(doc, j, sent.end, mentions)
                if t:
                    titles.append((j, t))
                i = j
                continue
            i += 1
        title = None
        title_at: int | None = None
        if titles:
            title, title_at = titles[0][1], titles[0][0]
            if len(titles) > 1 and (
                self.corrections.find(doc, titles[0][0], titles[-1][0]) or recast_at is not None
            ):
                title, title_at = titles[-1][1], titles[-1][0]
        if title is not None:
            # "Epidemiologist at the county. No wait, she's a biostatistician."
            title = self._corrected_next(doc, sents, sent, mentions) or title
        if lower_doc(doc):
            # "at the city of charlotte", "a chain called motion works pt": the intro
            # sentence, before the name too (a transcript is often one long sentence)
            lows = self.lower_orgs.find(doc, 0, min(len(doc), start + 40), self._blocked)
            for lm in lows:
                over = [m for m in mentions if m.start < lm.end and lm.start < m.end]
                if all(lm.start <= m.start and m.end <= lm.end for m in over):
                    mentions[:] = [m for m in mentions if m not in over]
                    mentions.append(lm)
            mentions.sort(key=lambda m: m.start)
        # company: the first organisation after the name in the intro sentence, corrections win
        if not lower_doc(doc):
            # "a company, called Apex Mechanical": in the intro and the two sentences after it
            idx = next((k for k, x in enumerate(sents) if x.start == sent.start), -1)
            hi = sents[min(len(sents) - 1, idx + 2)].end if idx >= 0 else sent.end
            self._add_called(doc, sent.start, hi, mentions)
            self._add_which(doc, sent.start, sent.end, mentions)  # "Kindred, which is a ..."
        # the window reaches into the next sentence for Whisper's full stop before the name
        # ("... of an architecture firm. Vogel Studio, which is her own firm.")
        apposed = self._add_apposed(doc, sent.start, min(len(doc), sent.end + 8), mentions)
        apposed = [(d, am) for d, am in apposed if d < sent.end]
        # a lower-case transcript's sentence breaks are guesses: the intro runs 30 tokens on
        sent_end = max(sent.end, min(len(doc), start + 30)) if lower_doc(doc) else sent.end
        in_sent = [m for m in mentions if start <= m.start < sent_end]
        in_sent += [am for _d, am in apposed if am.start >= sent_end and am in mentions]
        if not in_sent and not lower_doc(doc):
            # "he's a foreman at bluepeak roofing, a small outfit", "a budget analyst for the
            # city of Austin": a lower-case company name in a cased recap or transcript, right
            # after the title (or the name) and closed by punctuation or a place
            lo = title_at if title_at is not None else start
            low_org = self._lower_company(doc, lo, min(sent_end, lo + 12))
            if low_org is not None:
                mentions.append(low_org)
                mentions.sort(key=lambda m: m.start)
                in_sent = [low_org]
        company = None
        chosen: OrgMention | None = None
        # "a DevOps engineer at a healthcare startup, CareLoop": a capitalised word of the
        # title is no company when an organisation follows it in the sentence
        modifiers = [
            m for m in in_sent if m.end < len(doc) and doc[m.end].lower_ in self.title_heads
        ]
        if modifiers and (len(modifiers) < len(in_sent) or apposed):
            in_sent = [m for m in in_sent if m not in modifiers]
        if in_sent:
            # the organisation right after the current title wins over earlier ones
            # ("started at Chase as a teller, now he's a branch manager at Wells Fargo")
            base = 0
            if title_at is not None:
                linked = [
                    n
                    for n, m in enumerate(in_sent)
                    if title_at < m.start <= title_at + 12
                    and doc[m.start - 1].lower_ in {"at", "with", "for", "from", "the"}
                    # "he's an associate ... he studied at lse": a past place is not the link
                    and not (m.start >= 2 and doc[m.start - 2].tag_ == "VBD")
                ]
                if linked:
                    base = linked[0]
            in_sent = in_sent[base:]
            chosen = in_sent[0]
            later = in_sent[1:]
            if later:
                marks = self.corrections.find(doc, in_sent[0].end, later[-1].start)
                if marks:
                    after = [m for m in later if m.start >= marks[0][1]]
                    if after:
                        self._replaced = (in_sent[0].start, marks[0][0])
                        chosen = after[-1]
        for described_at, am in apposed:
            # "at a Dutch-owned company here in Michigan, Daikin Applied": the name after the
            # description wins over the description's own capitalised words
            if am.start >= start and (chosen is None or described_at <= chosen.start < am.start):
                chosen = am
                break
        if chosen is not None and chosen.start >= 2 and not lower_doc(doc):
            # "at the city of Boise": Whisper lower-cases "city", the model tags only "Boise"
            of, head = doc[chosen.start - 1], doc[chosen.start - 2]
            if of.lower_ == "of" and head.is_lower and head.lower_ in _OF_PLACES:
                s0 = chosen.start - 2
                chosen = OrgMention(s0, chosen.end, doc[s0 : chosen.end].text, chosen.strong)
                put_in_place(mentions, chosen)
        if chosen is not None:
            # "at HealthTech company called Carewell": the name after "called" wins over the
            # capitalised description just before it
            named = [
                m
                for m in mentions
                if chosen.end < m.start <= chosen.end + 4
                and doc[m.start - 1].lower_ in {"called", "named"}
            ]
            if named:
                chosen = named[0]
            company = chosen.name
        if (company is None or title is None) and all(t.is_punct for t in doc[start : sent.end]):
            # "Cameron Whitfield-Ayodele. Forensic accountant, Kroll, in their New York office."
            title_next, company_next = self._next_sentence_apposition(doc, sents, sent, mentions)
            title = title or title_next
            company = company or company_next
        if company is None or title is None:
            # "She's a project manager there." / "Sam works at Google." in the next sentences
            idx = next((k for k, x in enumerate(sents) if x.start == sent.start), -1)
            for nxt in sents[idx + 1 : idx + 3] if idx >= 0 else []:
                subj = [
                    k
                    for k in range(nxt.start, nxt.end)
                    if doc[k].lower_ in _PRONOUNS | first_names
                    and (k < nxt.start + 4 or doc[k].dep_ == "nsubj")
                ]
                if not subj:
                    continue
                # "He used to be a teacher and now he's a designer at Coursera": the clause
                # about the past does not say what they do now
                current = [k for k in subj if not _past_clause(doc[k])]
                k = current[0] if current else subj[0]
                if company is None and not lower_doc(doc):
                    # "She's a senior planner at the city of Tacoma."
                    low_org = self._lower_company(doc, k, min(nxt.end, k + 14))
                    if low_org is not None:
                        mentions.append(low_org)
                        mentions.sort(key=lambda m: m.start)
                        company = low_org.name
                if company is None:
                    # "He's a senior manager at the South African software company, Yoko.":
                    # the name after the description, not the description's own words
                    self._add_apposed(doc, nxt.start, nxt.end, mentions)
                    near = [m for m in mentions if k < m.start < min(nxt.end, k + 20)]
                    verbs = {"'s", "is", "works", "work", "'re", "are", "'m"}
                    between = doc[k : near[0].start] if near else doc[k:k]
                    past = any(
                        t.tag_ in {"VBD", "VBN"}
                        and t.lower_ not in {"called", "named", "based"}
                        # "he's been a PM at HubSpot for three years" is still true now
                        and not (t.lower_ == "been" and doc[t.i - 1].lower_ in _HAS)
                        for t in between
                    )
                    if (
                        near
                        and not past
                        and any(t.lower_ in verbs or t.tag_ in {"VBZ", "VBP"} for t in between)
                    ):
                        company = near[0].name
                if title is None:
                    hit = self.copulas.match_at(doc, k + 1, nxt.end)
                    if hit:
                        title = self._parse_title(doc, k + 1 + hit, nxt.end, mentions)
                    else:
                        title = self._as_title(doc, k, nxt.end, mentions)
                if company is not None and title is not None:
                    break
        if title is None:
            title = self._as_title(doc, start, sent.end, mentions) or self._said_later(
                doc, sents, sent, mentions
            )
        return title, company

    @staticmethod
    def _misheard_an(doc: Doc, i: int, sent: Span) -> bool:
        """'<Name> and investment associate at the Gates Foundation': an "and" right after the
        name, then lower-case words without article, verb or comma, then "at"/"for" within 7
        words, is a misheard ", an" before the title (not "<Name> and her boss")."""
        for k in range(i + 1, min(sent.end, i + 8)):
            t = doc[k]
            if t.lower_ in {"at", "for"} and k > i + 1:
                return True
            if t.is_punct or t.pos_ in {"VERB", "AUX", "PRON", "DET", "CCONJ"}:
                return False
        return False

    def _lower_company(self, doc: Doc, lo: int, hi: int) -> OrgMention | None:
        """A lower-case organisation name in ``doc[lo:hi]`` of a cased text ("at bluepeak
        roofing,", "for the city of Austin.", "at the office of personnel management in
        D.C."): right after "at" or "for the", not a plural ("for teachers"), closed by
        punctuation or "in", its words lower-case but for a place ("city of Austin").
        Generic descriptions ("for universities", "at the county office") are none."""
        for lm in self.lower_orgs.find(doc, lo, hi, self._blocked):
            closer = doc[lm.end] if lm.end < len(doc) else None
            j = lm.start - 1
            the = j > 0 and doc[j].lower_ == "the"
            j -= the
            # "for" only with "the" ("for the city of Austin", not "for teachers"); "from" right
            # after the contact's name ("dana whitcomb from ferrow freight.")
            after_name = doc[j].lower_ == "from" and j - 1 in self._blocked
            if (
                (doc[j].lower_ == "at" or (doc[j].lower_ == "for" and the) or after_name)
                and doc[lm.end - 1].tag_ not in {"NNS", "NNPS"}
                and (closer is None or closer.is_punct or closer.lower_ == "in")
                and all(
                    t.is_lower or (t.ent_type_ in {"GPE", "LOC", "ORG"} and n > 0)
                    for n, t in enumerate(doc[lm.start : lm.end])
                    if t.is_alpha
                )
            ):
                return lm
        return None

    def _capitalised_title(
        self, doc: Doc, j: int, end: int, mentions: list[OrgMention]
    ) -> str | None:
        """'Notes on Matius Olivera, Project Architect, Haldon Ward Architects, Chicago.': a
        capitalised title between commas, ending on a title head word, is the title and not
        an organisation (the mention that covers it is dropped)."""
        k = j
        while (
            k < end
            and k - j < 6
            and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in {"of", "and", "&", "for"})
        ):
            k += 1
        if k == j or k >= end or doc[k].text != "," or doc[k - 1].lower_ not in self.title_heads:
            return None
        mentions[:] = [m for m in mentions if m.end <= j or m.start >= k]
        return doc[j:k].text

    def _next_sentence_apposition(
        self, doc: Doc, sents: list[Span], sent: Span, mentions: list[OrgMention]
    ) -> tuple[str | None, str | None]:
        """'Cameron Whitfield-Ayodele. Forensic accountant, Kroll, in their New York office.',
        'Dr. Femi Adeyemi-Clarke. Program director of the PA program at Samford.', 'Padma
        Venkataraman. At Meridian Realty Partners she's head of ...': the intro sentence is
        only the name, and the next one opens, without a verb, with a title (its head word
        required) or with "at <organisation>". (title, company), either may be None."""
        idx = next((k for k, x in enumerate(sents) if x.start == sent.start), -1)
        if idx < 0 or idx + 1 >= len(sents):
            return None, None
        nxt = sents[idx + 1]
        j = nxt.start
        while j < nxt.end and (doc[j].lower_ in self.header_fillers or doc[j].is_punct):
            j += 1
        if j >= nxt.end:
            return None, None
        title = None
        if doc[j].lower_ not in _LINKS:
            title = self._capitalised_title(doc, j, nxt.end, mentions) or self._parse_title(
                doc, j, nxt.end, mentions, apposition=True, require_head=True
            )
            if (
                title is None
                and doc[j].is_title
                and doc[j].ent_type_ == ""
                and doc[j].pos_ in {"ADJ", "NOUN", "PROPN"}  # not "My old branch manager"
            ):
                # the sentence's capital is no proper name: "Forensic accountant, Kroll"
                rest = self._parse_title(
                    doc, j + 1, nxt.end, mentions, apposition=True, require_head=True
                )
                title = f"{doc[j].text} {rest}" if rest and j + 1 < nxt.end else None
            if title is None:
                return None, None
            self._paren_org(doc, j, nxt.end, mentions, bracket=False)  # ", Kroll,"
        for m in mentions:
            if j <= m.start < min(nxt.end, j + 16) and doc[m.start - 1].lower_ in _LINKS | {
                ",",
                "the",
            }:
                return title, m.name
        return title, None

    def _as_title(self, doc: Doc, lo: int, hi: int, mentions: list[OrgMention]) -> str | None:
        """'She works at Microsoft as a program manager' -> 'program manager'."""
        for k in range(lo, min(hi, lo + 16) - 1):
            working = any(
                t.lemma_.lower() in {"work", "serve", "start", "join"}
                for t in doc[max(lo, k - 8) : k]
            )
            if working and doc[k].lower_ == "as" and doc[k + 1].lower_ in {"a", "an", "the"}:
                return self._parse_title(doc, k + 2, hi, mentions, require_head=True)
        return None

    def _paren_org(
        self, doc: Doc, j: int, end: int, mentions: list[OrgMention], bracket: bool = True
    ) -> None:
        """'(data engineer, Shopify)' or ', quant researcher, Two Sigma.': org after a comma."""
        if bracket:
            close = next((k for k in range(j, min(end, j + 14)) if doc[k].text == ")"), None)
        else:
            comma0 = next((k for k in range(j, min(end, j + 10)) if doc[k].text == ","), None)
            nxt = chunk_end(doc, comma0 + 1, end) if comma0 is not None else None
            close = nxt if nxt is not None and (nxt >= end or doc[nxt].is_punct) else None
        comma = next((k for k in range(j, close) if doc[k].text == ","), None) if close else None
        if close is None or comma is None:
            return
        e = chunk_end(doc, comma + 1, close)
        if e == close and e > comma + 1 and not any(m.start == comma + 1 for m in mentions):
            mentions.append(OrgMention(comma + 1, e, display_name(doc[comma + 1 : e].text), True))
            mentions.sort(key=lambda m: m.start)


def _past_clause(subject: Token) -> bool:
    """Whether the clause of ``subject`` is about the past ("he used to be", "she was")."""
    verb = subject.head
    return verb.tag_ == "VBD" or (
        verb.lemma_ == "use" and any(c.dep_ == "xcomp" for c in verb.children)
    )
