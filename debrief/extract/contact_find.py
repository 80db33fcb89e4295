"""Finding the contact's name in a recap (a mixin of
:class:`~debrief.extract.contact.ContactExtractor`): an intro cue in the opening ("just got off
the phone with Maria Lopez"), a definitive or verbless intro, the opening's first PERSON, and a
typed or misheard heading ("Call w/ Dana Reyes - Stripe", "De Brief, ..."). Cue words are in
``pipelines/contact_patterns.toml``; the checks a candidate must pass are in
:mod:`debrief.extract.contact_names`.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from spacy.tokens import Doc, Span

from debrief.extract.contact_names import NameChecks, unlisted_full_name
from debrief.extract.contact_title import TitleCompanyParser
from debrief.extract.contact_title_phrase import TITLE_CAPS
from debrief.extract.lexicon import PhraseSet
from debrief.extract.orgs import chunk_end, is_cap

_DESCRIPTOR = {"my", "a", "an", "the", "this", "their", "her", "his", "our"}


class ContactFinding(NameChecks, TitleCompanyParser):
    """The name-finding half of ContactExtractor (its cue sets are read in its __init__)."""

    cues: PhraseSet
    skip: set[str]
    definitive: PhraseSet
    call_verbs: set[str]
    header_cues: PhraseSet
    header_fillers: set[str]
    header_call_words: set[str]
    header_kinds: set[str]
    _first_end: int | None
    _first_span: tuple[int, int] | None
    _early_alias: tuple[int, int] | None
    _header: tuple[int, int] | None
    _misheard: tuple[int, int] | None

    # ------------------------------------------------------------ name

    def _find_name(
        self, doc: Doc, sents: list[Span], low: bool
    ) -> tuple[tuple[int, int] | None, Span | None, int | None]:
        """Intro cue in the opening, else the opening's first PERSON, else a name-and-title
        sentence, else a later intro cue, else a looser pattern; a first name is completed
        by a fuller mention soon after. A description without a name ("that was a nice call",
        "the call with the head of engineering at Furrow") does not end the search."""
        said = self._find_definitive(doc, sents[:5], low)
        if said is not None:
            return self._completed(doc, said, low)
        found = self._find_cued(doc, sents[:3], low)
        if found is not None and found[0] is not None:
            return self._completed(doc, found, low)
        described = found
        limit = sents[1].end if len(sents) > 1 else len(doc)
        later: tuple[tuple[int, int] | None, Span | None, int | None] | None = None
        for ent in doc.ents:
            if (
                (ent.label_ == "PERSON" or unlisted_full_name(ent))
                and ent.end <= limit
                and self._plausible(doc, ent.start, ent.end)
                and not self._org_position(doc, ent.start)
            ):
                later = (ent.start, ent.end), ent.sent, None
                break
        if later is None:
            later = self._find_verbless(doc, sents[:4], low) or self._find_apposed(
                doc, sents[:4], low
            )
        if later is None:
            later = self._find_cued(doc, sents[3:6], low)
            if later is not None and later[0] is None:
                described = described or later
                later = None
        if later is None:
            loose = self._find_loose(doc, sents[:6], low)
            if loose is not None:
                later = loose[0], loose[1], None
        if later is None:
            return described or (None, (sents[0] if sents else None), None)
        if described is not None and described[1] is not None and later[1] is not None:
            # the description's sentence still carries the title and company when the name
            # follows in the same or the next sentence
            gap = sum(1 for x in sents if described[1].start < x.start <= later[1].start)
            titled = described[2] is not None and self._descriptor_title(
                doc, described[2], described[1].end
            )
            if later[1].start >= described[1].start and (gap == 0 or (gap == 1 and titled)):
                later = later[0], described[1], described[2]
        return self._completed(doc, later, low)

    def _find_definitive(
        self, doc: Doc, sents: list[Span], low: bool
    ) -> tuple[tuple[int, int], Span, None] | None:
        """'The call was with Yolanda Prieto', 'the contact was Anjali ...': a cue that says
        who the contact is, wherever it stands in the first sentences, wins over any name
        before it (a heading's organisation, a name corrected away, who set the call up)."""
        for sent in sents:
            for _s, k in self.definitive.find(doc, sent.start, sent.end):
                while k < sent.end and (doc[k].lower_ in self.skip or doc[k].text == ","):
                    k += 1
                e = self._name_end(doc, k, sent.end, low)
                if e > k and self._plausible(doc, k, e):
                    return (k, e), sent, None
        return None

    def _intro_end(self, sent: Span) -> int:
        """Where the intro sentence's first mention of the name ends, else its start."""
        e = self._first_end
        return e if e is not None and sent.start < e <= sent.end else sent.start

    def _completed(
        self, doc: Doc, found: tuple[tuple[int, int] | None, Span | None, int | None], low: bool
    ) -> tuple[tuple[int, int] | None, Span | None, int | None]:
        if found[0] is None:
            return found
        self._first_end = found[0][1]
        self._first_span = found[0]
        span = self._corrected(doc, found[0], low)
        return self._complete(doc, span, low), found[1], found[2]

    def _find_verbless(
        self, doc: Doc, sents: list[Span], low: bool
    ) -> tuple[tuple[int, int] | None, Span | None, int | None] | None:
        """'Lindiwe Khumalo, HR business partner at the New York Public Library.': a sentence
        that opens with a name and a comma, then a job title."""
        for sent in sents:
            k = sent.start
            while k < sent.end and (
                doc[k].lower_ in self.header_fillers or doc[k].lower_ in self.call_verbs
            ):
                k += 1  # "Called Desmond Oyelaran, senior buyer at ...": the verb is no name
            if k >= sent.end or self._in_header(k):
                continue
            e = self._name_end(doc, k, sent.end, low)
            said = self._said_about(doc, k, e, sent.end, low)
            if said:
                return (k, e), sent, None
            if low:
                continue
            if not 1 < e - k <= 4 or e + 1 >= sent.end or doc[e].text != ",":
                continue
            span = doc[k:e]
            # the small model tags names it does not know ORG ("Siobhán Ní Bhriain, BSA
            # officer at ..."): a name of proper nouns still opens the sentence
            names = all(t.pos_ == "PROPN" for t in span)
            tagged = {"GPE", "LOC", "FAC", "DATE"} | (set() if names else {"ORG"})
            if self.orgs.has_head(span) or any(t.ent_type_ in tagged for t in span):
                continue
            j = e + 1
            if doc[j].lower_ in {"a", "an", "the"}:
                j += 1
            if self._parse_title(doc, j, sent.end, [], require_head=True):
                return (k, e), sent, None
        return None

    def _find_cued(
        self, doc: Doc, sents: list[Span], low: bool
    ) -> tuple[tuple[int, int] | None, Span | None, int | None] | None:
        """(name token span, intro sentence, start of a descriptor like "my dad's advisor")."""
        first_desc: tuple[Span, int] | None = None
        for sent in sents:
            desc: tuple[Span, int] | None = None
            i = sent.start
            while i < sent.end:
                n = self.cues.match_at(doc, i, sent.end)
                if not n:
                    i += 1
                    continue
                k = i + n
                while k < sent.end and (
                    doc[k].lower_ in self.skip or doc[k].lower_ in {"um", "uh", ","}
                ):
                    if (
                        doc[k].lower_ in {"my", "a", "an", "the"}
                        and k + 1 < sent.end
                        and (not is_cap(doc[k + 1], low) or doc[k + 1].lower_ in TITLE_CAPS)
                    ):
                        break
                    k += 1
                # "Recap, Chatted with Alex Morgan" / "Quick recap, Talk to Ana Ruiz": Whisper
                # capitalises the word after a heading's comma; the second cue (or a lone verb
                # before to/with) introduces the name, which starts after it.
                if self.cues.match_at(doc, k, sent.end):
                    i = k
                    continue
                if (
                    k + 2 < sent.end
                    and doc[k].pos_ in {"VERB", "NOUN"}
                    and doc[k + 1].lower_ in {"to", "with", "w/"}
                    and is_cap(doc[k + 2], low)
                ):
                    k += 2
                # a lower-case transcript's sentence break can fall between "her name is"
                # and the name
                hi = sent.end if not low or k < sent.end else min(len(doc), k + 3)
                e = self._name_end(doc, k, hi, low)
                if e == k and not low and k < hi and self._lower_name(doc[k]):
                    e = self._name_end(doc, k, hi, True)  # "Talked to marcus bell today, ..."
                if self._in_header(k):
                    e = k  # "Debrief, Mayo Clinic call.": the heading names the organisation
                elif e > k and not self._plausible(doc, k, e):
                    e = k  # "Debrief, Field Museum, again": an organisation, not a name
                if e > k:
                    # "coffee with Jess, sorry, Jessica Huang": the corrected name wins
                    if e + 1 < sent.end and doc[e].text == ",":
                        m = self.corrections.match_at(doc, e + 1, sent.end)
                        k2 = e + 1 + m
                        while m and k2 < sent.end and doc[k2].text == ",":
                            k2 += 1
                        e2 = self._name_end(doc, k2, sent.end, low) if m else k2
                        if m and e2 > k2:
                            self._early_alias = (k, e)
                            return (k2, e2), sent, None
                    # "the call was with the head of engineering at Furrow, she's called
                    # Astrid": the description before the name gives the title and company
                    titled = desc is not None and self._descriptor_title(doc, desc[1], sent.end)
                    if desc is None and first_desc is not None and first_desc[0].end == sent.start:
                        # "that was the education director at the Wing Luke Museum. Her name
                        # is Michiko": the sentence before describes them
                        fs, fk = first_desc
                        if self._descriptor_title(doc, fk, fs.end):
                            return (k, e), fs, fk
                    return (k, e), sent, (desc[1] if desc is not None and titled else None)
                if desc is None and k < sent.end and doc[k].lower_ in _DESCRIPTOR:
                    # "my sister's friend Olga, she's a pharmacist": the name ends the descriptor
                    for j in range(k + 1, min(sent.end, k + 10)):
                        if (
                            doc[j].lower_ in {"named", "called"}
                            and doc[j - 1].lower_ in self.orgs.apposition_nouns
                        ):
                            # "a policy shop called Brightline Strategies, Naledi Dlamini"
                            oe = chunk_end(doc, j + 1, sent.end, low)
                            if oe + 1 < sent.end and doc[oe].text == ",":
                                e = self._name_end(doc, oe + 1, sent.end, low)
                                if e > oe + 1 and (e >= sent.end or doc[e].is_punct):
                                    return (oe + 1, e), sent, k
                            break
                        if doc[j].lower_ in {"named", "called"} and j + 1 < sent.end:
                            # "a product manager at Airbnb named Chris Olsen"
                            e = self._name_end(doc, j + 1, sent.end, low)
                            if e > j + 1:
                                return (j + 1, e), sent, k
                            break
                        if j - k > 8:  # "the city of Duluth's planning manager, Kristiina Mäkelä"
                            continue
                        if doc[j].is_punct and doc[j].text != "'s":
                            # "my old manager, Priya Das, who ..." (a relation of the
                            # speaker's); "the hiring manager at Atlassian, Tomasz Wojcik"
                            # (a description: their title and company)
                            # "the transit agency, metro regional transit": the agency's name
                            apposed = doc[j - 1].lower_ in self.orgs.apposition_nouns
                            if doc[j].text == "," and j + 1 < sent.end and not apposed:
                                e = self._name_end(doc, j + 1, sent.end, low)
                                if e > j + 1 and (e >= sent.end or doc[e].is_punct):
                                    article = doc[k].lower_ in {"a", "an", "the"}
                                    return (j + 1, e), sent, k if article else None
                            break
                        if is_cap(doc[j], low) and doc[j - 1].pos_ == "NOUN":
                            e = self._name_end(doc, j, sent.end, low)
                            if e > j and (e >= sent.end or doc[e].is_punct):
                                return (j, e), sent, None
                            break
                    desc = (sent, k)
                i += n
            if desc is not None and first_desc is None:
                # "Notes on the city budget office call. Talked with Dmitri Volkov, ...": a
                # description without a name waits for a later sentence that names them
                first_desc = desc
        if first_desc is not None:
            return None, first_desc[0], first_desc[1]
        return None

    def _in_header(self, i: int) -> bool:
        return self._header is not None and self._header[0] <= i < self._header[1]

    def _opening(self, doc: Doc, sents: list[Span]) -> tuple[Span, int] | None:
        """The first sentence and its first token past filler ("so"), where a heading stands."""
        if not sents:
            return None
        sent = sents[0]
        i = sent.start
        while i < sent.end and doc[i].lower_ in self.header_fillers:
            i += 1
        return sent, i

    def _misheard_heading(self, doc: Doc, sent: Span, i: int) -> tuple[int, int] | None:
        """'De Brief, Penn Medicine call', 'To breathe, ...': Whisper mishears the opening
        "Debrief" about half the time. One to three words before the opening sentence's first
        comma that sound like "debrief", or that hold no name, organisation or place, are the
        heading word (token span), else None."""
        if self.header_cues.match_at(doc, i, sent.end):
            return None  # a heading word heard right
        c = next((k for k in range(i + 1, min(sent.end, i + 4)) if doc[k].text == ","), None)
        if c is None or not all(t.is_alpha for t in doc[i:c]):
            return None
        heard = "".join(t.lower_ for t in doc[i:c])
        if SequenceMatcher(None, heard, "debrief").ratio() >= 0.6:
            return (i, c)
        if any(
            t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "GPE", "FAC", "NORP", "LOC"}
            for t in doc[i:c]
        ):
            return None
        # "To breathe, ...": no name there; the words are a heading, not part of the recap
        if doc[i].is_stop and c - i >= 2:
            return (i, c)
        return None

    def _find_header(self, doc: Doc, sent: Span, i: int, low: bool) -> tuple[int, int] | None:
        """'Debrief, Mayo Clinic call.' / 'Notes on the Zipline call.': the organisation a
        recap is headed with (token span), else None. The contact's name is never in it."""
        n = self.header_cues.match_at(doc, i, sent.end)
        if not n and self._misheard is not None and self._misheard[0] == i:
            n = self._misheard[1] - i
        cued = bool(n)
        k = i + n
        while k < sent.end and doc[k].lower_ in {",", ":", "-", "–", "—", "the", "my", "a"}:
            k += 1
        e = chunk_end(doc, k, sent.end, low)
        if e == k and low:
            e = chunk_end(doc, k, sent.end, True, 4)
        if (
            e == k
            and cued
            and not low
            and k + 1 < sent.end
            and doc[k].is_alpha
            and doc[k].is_lower
            and not doc[k].is_stop
            and doc[k].pos_ in {"ADJ", "PROPN", "NOUN"}
        ):
            # "To brief, greater Boston Legal Services, talked with ...": Whisper lower-cases
            # the first word of a name after the heading's comma
            e = chunk_end(doc, k + 1, sent.end, low)
            if e == k + 1:
                e = k
        if e <= k:
            return None
        while e > k and doc[e - 1].is_punct:
            e -= 1
        if e - k > 1 and doc[e - 1].lower_ in self.header_call_words:
            e -= 1  # "Penn Medicine Call,": Whisper capitalises the call word too
        if e + 1 < sent.end and doc[e].lower_ in {"and", "&"} and is_cap(doc[e + 1], low):
            # "Debrief, Los Angeles Department of Water and Power call."
            e2 = chunk_end(doc, e + 1, sent.end, low)
            if e2 < sent.end and doc[e2].lower_ in self.header_call_words:
                e = e2
        nxt = doc[e] if e < sent.end else None
        if nxt is not None and nxt.lower_ in self.header_call_words:
            # "So, Northwind call done." needs no cue; "Great call today.", "Last recap of
            # the year", "Call recap." name no organisation: a heading word is no adjective
            # or verb the sentence merely starts with
            # "Phone call with ...", "Second call with ..." say what kind of call it was
            # "Meeting notes,", "Call recap:": a call word before another is no organisation
            kind = all(t.lower_ in self.header_kinds | self.header_call_words for t in doc[k:e])
            if not kind and any(t.pos_ in {"PROPN", "NOUN"} or t.ent_type_ for t in doc[k:e]):
                return (k, e)
            return None
        if low or not cued:
            return None
        if (
            nxt is not None
            and nxt.text == ","
            and e + 1 < sent.end
            and (doc[e + 1].pos_ == "VERB" or self.cues.match_at(doc, e + 1, sent.end))
            and not any(t.ent_type_ == "PERSON" for t in doc[k:e])
        ):
            return (
                k,
                e,
            )  # "To brief, Boston Legal Aid, talked with ...": a heading, then the intro
        # "Debrief, Portland Water Bureau." names an organisation, "Notes on Ana Ruiz." a person
        ends = nxt is None or (nxt.is_punct and nxt.text != "," and e + 1 >= sent.end)
        span = doc[k:e]
        org_like = self.orgs.has_head(span) or any(t.ent_type_ in {"ORG", "FAC"} for t in span)
        # "Recap, Atlassian.": a bare heading after "recap"/"debrief" (not "notes on") names
        # the organisation unless the model sees a person there
        bare = doc[i].lower_ in {"recap", "debrief"} and e - k <= 2
        if ends and (org_like or bare) and not any(t.ent_type_ == "PERSON" for t in span):
            return (k, e)
        return None
