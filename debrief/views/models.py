"""The read models the renderers draw, as the store returns them (plain dicts, typed here).

The review's models are dataclasses in :mod:`debrief.review.model` and
:mod:`debrief.review.actions`; these are the rest.
Rows nested in them (an insight, a follow-up, a person) stay ``dict[str, Any]``: their
columns are the store's SELECTs.
"""

from __future__ import annotations

from typing import Any, TypedDict

Row = dict[str, Any]


class DebriefRow(TypedDict):
    """One line of ``debrief list`` (:meth:`debrief.store.Store.debriefs`)."""

    id: int
    recorded_at: str
    status: str
    error: str | None
    duration: float | None
    call_minutes: int | None
    source: str
    original_name: str | None
    contact: str | None
    title: str | None
    company: str | None
    insights: int


class Debrief(TypedDict, total=False):
    """A debrief with everything known about it (``show``, ``export``:
    :meth:`debrief.store.Store.full`): the debriefs columns, the names, and these."""

    id: int
    recorded_at: str
    status: str
    error: str | None
    source: str
    original_name: str | None
    audio_path: str | None
    duration: float | None
    call_minutes: int | None
    pipeline_version: str | None
    contact: str | None
    title: str | None
    company: str | None
    #: the names as speech recognition wrote them, where name resolution replaced them
    heard_contact: str | None
    #: how the contact's name replaced what was heard ("spelling" or "resolved")
    heard_contact_how: str | None
    heard_company: str | None
    transcript: Row | None
    segments: list[Row]
    insights: list[Row]
    follow_ups: list[Row]
    #: ``show``: the ledger's items filed for the call (debrief.store.ledger_view.generated)
    generated: list[Row]
    people_mentioned: list[Row]
    companies_mentioned: list[str]
    #: names filed as Whisper spelt them while unsure (debrief.store.unsure.HeardUnsure)
    unsure_names: list[Any]


class SearchHit(TypedDict, total=False):
    """One search result (:func:`debrief.store.search.search`); ``snippet`` marks the
    matched words with ``\\x02`` and ``\\x03``."""

    source: str  # "insight" or "transcript"
    debrief_id: int
    insight_id: int
    category: str | None
    text: str | None
    snippet: str
    recorded_at: str
    contact: str | None
    title: str | None
    company: str | None


class CompanyView(TypedDict):
    """``debrief company`` (:func:`debrief.store.company.company_view`)."""

    company: Row
    query: str
    exact: bool
    contacts: list[Row]
    calls: list[Row]
    categories: list[Row]
    not_covered: list[str]
    themes: list[Row]
    follow_ups: list[Row]
    people: list[Row]
    mentioned_in: list[Row]
    no_company: list[Row]  # calls filed without a company (one may have been with this one)


class PeopleOverview(TypedDict):
    """``debrief people`` (:func:`debrief.store.people.people_overview`)."""

    contacts: list[Row]
    referrals: list[Row]
    not_contacted: list[Row]
    mentioned: list[Row]  # each with ``contact``: the contact they are, or None


class PersonView(TypedDict):
    """``debrief person`` (:func:`debrief.store.people.person_view`)."""

    name: str
    query: str
    exact: bool
    is_contact: bool
    contacts: list[Row]
    referred_by: list[Row]
    calls: list[Row]
    insights: list[Row]
    follow_ups: list[Row]
    referred: list[Row]  # their referrals only
    mentioned: list[Row]  # people they only mentioned: no one to contact
    mentioned_by: list[Row]
