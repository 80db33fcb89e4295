"""`debrief ask`: the answer-shaped view of a question, with its sources. No LLM.

The best insights for the question (hybrid ranking, :mod:`debrief.ask.hybrid`) that clear
a similarity floor, grouped by company and contact, each with its debrief id and date.
When two or more contacts answered, their stances are compared: an insight is positive or
negative by its category (``likes``/``dislikes``) or by the polarity words of
``pipelines/ask.toml`` (a negator just before flips one), a contact's stance is the sign of
the sum, and contacts of opposite stance are shown as disagreeing.

Below the floor the answer is that no one has talked about it yet, with what to try; when
some insights come near (:data:`WEAK_FLOOR`), the closest few are shown as such ("not
directly; the closest notes"), since a wrong "no one" hides what is there. The tips shown
then, and the lines on people on file the question names, are :mod:`debrief.ask.tips`'s.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Unpack

from debrief.ask import hybrid
from debrief.ask.asked import everyday
from debrief.ask.calls_asked import asks_calls, from_calls
from debrief.ask.hybrid import Filters
from debrief.ask.not_on_file import not_on_file
from debrief.ask.on_topic import off_topic
from debrief.ask.owed import STEM, OwedItem, asked_beside, asks_ledger, named_on_file, owed
from debrief.ask.question import ask_data, content_words, topics_of
from debrief.ask.tips import close_names, on_file, suggestions
from debrief.ask.who_referred import asks_who_referred, people_named
from debrief.store import Store

#: An insight answers the question when its cosine with it reaches this, or when it holds
#: every content word of the question (or is of a contact or company it names) and its cosine
#: reaches KEYWORD_FLOOR. Calibrated on tests/relevance: the questions no one answered peak
#: at 0.17-0.32 (0.30 here, 0.32 on tests/kb_seed); 44 of the 46 answered ones clear it.
#: The cosine is MiniLM's even when the query adapter ranks (see debrief.ask.hybrid): the
#: adapter's own cosines, even mapped back to MiniLM's scale, lifted an unanswered question
#: of the second set over WEAK_FLOOR, so the floors keep the scale they were set on.
FLOOR = 0.33
KEYWORD_FLOOR = 0.15
#: At most this many insights in an answer; and none far below the best one.
MAX_ITEMS = 10
RELATIVE_DROP = 0.2
#: When nothing clears FLOOR, insights from this cosine up are shown as the closest notes
#: (at most WEAK_ITEMS), not as an answer. FLOOR alone, calibrated on tests/relevance, said
#: "no one" to 10 of the 43 answered questions of tests/relevance_dev2 (written apart, their
#: best answers peak at 0.26-0.33); the unanswered questions of both sets peak at 0.17-0.38.
#: Same value as hybrid.NOTHING_BELOW: below it a search shows nothing either.
WEAK_FLOOR = 0.25
WEAK_ITEMS = 5
#: Search's own strong picks are part of the answer whatever their cosine (qa43: "work life
#: balance" answered "no one has talked about this" while search ranked "people leave by
#: five" first, at cosine 0.245). An insight is one when search ranks it
#: in its first AGREED_RANK and two of its lists found it (meaning and the category prior, or
#: keywords), or in its first TOP_RANK at TOP_FLOOR when the best reaches WEAK_FLOOR; either
#: way at KEYWORD_FLOOR at least. They join an answer the floors found, or answer a question
#: on a topic of ``pipelines/ask.toml`` (see :func:`strong_picks`).
AGREED_RANK = 5
TOP_RANK = 2
TOP_FLOOR = 0.2


@dataclass
class Source:
    insight_id: int
    debrief_id: int
    date: str
    category: str | None
    text: str
    similarity: float
    polarity: int  # +1 positive, -1 negative, 0 neutral


@dataclass
class ContactAnswer:
    contact: str
    title: str | None
    sources: list[Source] = field(default_factory=list)

    @property
    def stance(self) -> int:
        total = sum(s.polarity for s in self.sources)
        return (total > 0) - (total < 0)


@dataclass
class CompanyAnswer:
    company: str
    contacts: list[ContactAnswer] = field(default_factory=list)


@dataclass
class Answer:
    """What `debrief ask` shows (``--json`` prints :meth:`to_dict`)."""

    question: str
    companies: list[CompanyAnswer] = field(default_factory=list)
    agree: list[str] = field(default_factory=list)  # contacts of one stance, when 2+
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    #: No insight clears the floor: ``companies`` holds the closest notes, not an answer.
    tentative: bool = False
    #: Open follow-ups answering a question about the ledger ("what do I owe Maria?").
    follow_ups: list[OwedItem] = field(default_factory=list)
    #: The question is about the ledger (even when no open item answers it).
    ledger: bool = False
    #: The contacts or companies on file the question names ("promotions at Canva") when
    #: none of their notes answers it: ``companies`` then holds other companies' notes, an
    #: extra shown as such, not their answer.
    elsewhere: list[str] = field(default_factory=list)
    #: When no note answers: what is on file about the people the question names ("who
    #: suggested Tomas Berg": "Tomas Berg: suggested by Ifeoma Castellanos, #1 2026-11-24").
    on_file: list[str] = field(default_factory=list)
    #: ``on_file`` answers the question ("who referred me to James?"): the referral is the
    #: answer, not a fallback below "No note answers this" (qa61).
    referred: bool = False
    #: Names the question asks about that nothing on file names ("culture at Initech":
    #: :mod:`debrief.ask.not_on_file`); ``companies`` then holds what is known of others.
    unknown: list[str] = field(default_factory=list)
    #: Names on file close to an ``unknown`` one ("Branock": Brannock Foods), offered only.
    close: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.companies and not self.follow_ups

    #: The positive and negative contacts speak of one thing (:mod:`debrief.ask.stances`):
    #: a like set against a dislike of something else is no disagreement (qa67).
    same_topic: bool = True

    @property
    def disagreement(self) -> bool:
        return bool(self.positive and self.negative and self.same_topic)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["answered"] = self.referred or (
            not self.empty and not self.tentative and not self.elsewhere and not self.unknown
        )
        out["disagreement"] = self.disagreement
        return out


_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


def polarity(text: str, category: str | None = None) -> int:
    """+1, -1 or 0: the sentiment of an insight (see the module doc)."""
    if category == "likes":
        return 1
    if category == "dislikes":
        return -1
    data = ask_data()
    pos, neg, negators = data["positive"], data["negative"], data["negators"]
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    score = 0
    for i, tok in enumerate(tokens):
        value = 1 if tok in pos else -1 if tok in neg else 0
        if value and any(t in negators for t in tokens[max(0, i - 3) : i]):
            value = -value
        score += value
    return (score > 0) - (score < 0)


def answer(
    store: Store,
    question: str,
    **filters: Unpack[Filters],
) -> Answer:
    """The answer to ``question`` from the knowledge base; ``filters`` (company, category,
    person, since, until) narrow it as they narrow :func:`debrief.ask.hybrid.search`."""
    result = Answer(question=question)
    result.ledger = asks_ledger(question, store)
    result.follow_ups = owed(store, question, names=(filters.get("company"), filters.get("person")))
    if not result.follow_ups and asks_who_referred(question):
        # "who suggested Tobias": the file answers (who_referred), not the nearest notes
        known = on_file(store, question, people_named(store, question))
        if known:
            result.on_file, result.referred = known, True
            # only the tip to the person's page: "ask in other words" under an answer
            # told the user it had not answered
            tips = suggestions(store, question, filtered=any(filters.values()))
            result.suggestions = [t for t in tips if "debrief person" in t]
            return result
    if not result.follow_ups and not result.ledger:
        # "when did I last talk to Maria", "who should I contact at Stripe": the calls
        # and referrals answer, not the nearest notes (calls_asked)
        known = from_calls(store, question, (filters.get("company"), filters.get("person")))
        if known:
            result.on_file, result.referred = known, True
            return result
    if not (filters.get("company") or filters.get("person")):
        result.unknown = not_on_file(store, question, everyday)
        result.close = close_names(store, [w.lower() for n in result.unknown for w in n.split()])
        if result.unknown and asks_calls(question):
            # "when did I last talk to someone at Initech": no call there is the answer;
            # other companies' notes would be no part of it
            return result
    hits = hybrid.search(store, question, limit=MAX_ITEMS * 2, floor=KEYWORD_FLOOR, **filters)
    # Narrowed to a company or person (a filter, or a name in the question): what they said
    # on the subject is the answer even when it is put far from the question's words.
    narrowed = bool(filters.get("company") or filters.get("person"))
    kept: list[dict[str, Any]] = []
    for h in hits:
        if h.get("source") != "insight":
            continue
        sim = float(h.get("similarity") or 0.0)
        close = narrowed or h.get("named") or "all" in h.get("matched", [])
        on_topic = h.get("named") and h.get("category_named")  # "Ledgerline culture"
        if sim >= FLOOR or (close and sim >= KEYWORD_FLOOR) or on_topic:
            kept.append(h)
    picks = strong_picks(hits, question)
    if kept or topics_of(question):
        # they join an answer (a question no note clears the floors for keeps its closest
        # notes: search's first picks of an unanswered question are near by rank only)
        kept += [h for h in picks if h not in kept]
    if _about_them(question, hits):
        # "What is Quillon like to work at": the question names them and asks nothing more
        # particular; all they said is the answer, in search's order.
        kept = [h for h in hits if h.get("source") == "insight" and h.get("named")]
    if any(h.get("named") for h in kept):
        # The question names a contact or company on file ("culture at Figma"): the answer is
        # theirs; another company's notes on the subject would read as part of it.
        kept = [h for h in kept if h.get("named")]
    elif result.follow_ups and any(named_on_file(store, question).values()):
        # "what did Grace offer", answered by her offers: the notes of another contact, who
        # said nothing of it, read as part of the answer ("1 contact talked about this")
        kept = []
    if result.ledger and kept:
        # "what did Grace offer", answered by her offers (or by none): her other notes ("the
        # benefits are generous", her company's offer) are no part of it; one holding what
        # the question asks beside the ledger ("... offer about the portfolio") is (qa55)
        beside = asked_beside(store, question)
        kept = [h for h in kept if beside & {w[:STEM] for w in _TOKEN.findall(h["text"].lower())}]
    if not narrowed:
        # a named note of another topic than the one asked about is no answer (on_topic)
        away = off_topic(
            [h for h in hits if h.get("source") == "insight"], topics_of(question), FLOOR
        )
        kept = [h for h in kept if int(h["insight_id"]) not in away]
    else:
        away = set()
    if kept:
        best = max(float(h["similarity"]) for h in kept)
        kept = [
            h
            for h in kept
            if h.get("named")
            or narrowed
            or h in picks
            or float(h["similarity"]) >= best - RELATIVE_DROP
        ]
        kept = [h for h in hits if h in kept][:MAX_ITEMS] if picks else kept[:MAX_ITEMS]
    if not kept and result.follow_ups:
        return result  # the ledger answers; near notes would only be noise beside it
    if not kept:
        result.suggestions = suggestions(store, question, filtered=any(filters.values()))
        result.on_file = on_file(store, question)
        near = [
            h
            for h in hits
            if h.get("source") == "insight"
            and float(h.get("similarity") or 0.0) >= WEAK_FLOOR
            and int(h["insight_id"]) not in away
        ]
        if not near:
            if not narrowed and not result.on_file:
                result.elsewhere = _named_on_file(store, question)  # "nothing from Pellucid"
            return result
        best = max(float(h["similarity"]) for h in near)
        kept = [h for h in near if float(h["similarity"]) >= best - RELATIVE_DROP][:WEAK_ITEMS]
        result.tentative = True
    if not narrowed and not any(h.get("named") for h in kept):
        # "How do promotions work at Canva" with nothing from Canva on it: other companies'
        # notes are no answer about Canva; they are shown as notes from elsewhere.
        # A company or contact on file with no note that answers ("what benefits does
        # Pellucid offer", Pellucid's one call about offers) is no hit of search's, yet the
        # question names it: the notes are still from elsewhere, and said so (qa53).
        result.elsewhere = _names_asked(question, hits) or _named_on_file(store, question)
    by_company: dict[str, CompanyAnswer] = {}
    by_contact: dict[tuple[str, str], ContactAnswer] = {}
    for h in kept:
        company_name = h.get("company") or "(company not known)"
        contact_name = h.get("contact") or "(contact not known)"
        group = by_company.setdefault(company_name, CompanyAnswer(company_name))
        key = (company_name, contact_name)
        if key not in by_contact:
            by_contact[key] = ContactAnswer(contact_name, h.get("title"))
            group.contacts.append(by_contact[key])
        by_contact[key].sources.append(
            Source(
                insight_id=int(h["insight_id"]),
                debrief_id=int(h["debrief_id"]),
                date=str(h["recorded_at"])[:10],
                category=h.get("category"),
                text=h["text"],
                similarity=round(float(h["similarity"]), 3),
                polarity=polarity(h["text"], h.get("category")),
            )
        )
    result.companies = list(by_company.values())
    if result.tentative:
        return result  # near notes are no stances to compare
    contacts = [c for g in result.companies for c in g.contacts]
    result.positive = [c.contact for c in contacts if c.stance > 0]
    result.negative = [c.contact for c in contacts if c.stance < 0]
    if result.positive and result.negative:
        from debrief.ask.stances import same_topic

        def said(sign: int) -> list[str]:
            return [s.text for c in contacts if c.stance == sign for s in c.sources]

        result.same_topic = same_topic(said(1), said(-1))
    if len(contacts) >= 2 and not result.disagreement:
        same = result.positive or result.negative
        if len(same) >= 2:
            result.agree = list(same)
    return result


def strong_picks(hits: list[dict[str, Any]], question: str = "") -> list[dict[str, Any]]:
    """The insights search ranks first with confidence (see :data:`AGREED_RANK`). A question
    on a topic of ``pipelines/ask.toml`` ("work life balance": its answers are in other
    words, "people leave by five", cosine 0.245) needs no best at WEAK_FLOOR: search's first
    two at TOP_FLOOR answer it (no topic question of the relevance sets is left unanswered
    by the floors, so this moves none of them)."""
    ranked = [h for h in hits if h.get("source") == "insight"]
    best = max((float(h.get("similarity") or 0.0) for h in ranked), default=0.0)
    if question and topics_of(question):
        best = max(best, WEAK_FLOOR)
    picks = []
    for rank, h in enumerate(ranked[:AGREED_RANK], start=1):
        sim = float(h.get("similarity") or 0.0)
        agreed = len(h.get("matched") or []) >= 2
        top = rank <= TOP_RANK and sim >= TOP_FLOOR and best >= WEAK_FLOOR
        if sim >= KEYWORD_FLOOR and (agreed or top):
            picks.append(h)
    return picks


def _names_asked(question: str, hits: list[dict[str, Any]]) -> list[str]:
    """The companies and contacts of the ``named`` hits (search put their insights first:
    the question names them) whose name the question holds, companies first."""
    said = {w.strip(".,'’?!").lower().split("'")[0] for w in question.split()}
    found: list[str] = []
    for part in ("company", "contact"):
        for h in hits:
            name = h.get(part) if h.get("named") else None
            words = {w.strip(".,'’").lower() for w in str(name or "").split()}
            if name and words & said and name not in found:
                found.append(str(name))
        if found:
            return found
    return found


def _named_on_file(store: Store, question: str) -> list[str]:
    """The companies on file the question names, else the contacts (:func:`named_on_file`)."""
    named = named_on_file(store, re.sub(r"['’]s\b", "", question))  # "Pellucid's culture"
    for table, ids in (("companies", named["company_ids"]), ("contacts", named["contact_ids"])):
        if ids:
            marks = ",".join("?" * len(ids))
            rows = store.rows(f"SELECT name FROM {table} WHERE id IN ({marks}) ORDER BY id", ids)
            return list(dict.fromkeys(str(r["name"]) for r in rows))
    return []


def _about_them(question: str, hits: list[dict[str, Any]]) -> bool:
    """Whether ``question`` names a contact or company of ``hits`` and, besides the name,
    holds only the general words of ``pipelines/ask.toml`` ("what is Quillon like to work
    at")."""
    named = [h for h in hits if h.get("named")]
    if not named:
        return False
    names: set[str] = set()
    for h in named:
        for part in (h.get("company"), h.get("contact")):
            names |= {w.strip(".,'’").lower() for w in str(part or "").split()}
    general = ask_data().get("general", set())
    rest = [w for w in content_words(question) if w not in names and w.split("'")[0] not in names]
    return all(w in general for w in rest)
