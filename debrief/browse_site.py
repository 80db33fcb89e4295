"""The job seeker's pages inside Datasette (``debrief browse``): a Datasette plugin.

``register_routes`` adds the pages (home at ``/``, ``/search``, ``/company/NAME``,
``/person/NAME``, ``/call/ID``, ``/review``), drawn by the HTML renderer the weekly review
uses (:mod:`debrief.views`); the raw tables stay at ``/debrief`` ("Raw tables" in the bar).
Each page reads through the store's own query functions on a read-only connection, in a
worker thread (SQLite and spaCy would block Datasette's event loop). Nothing writes.

Datasette loads this module through ``--plugins-dir`` (:mod:`debrief.browse` writes a one-line
shim that imports it), so it runs in the Datasette child process only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from datasette import hookimpl
from datasette.utils.asgi import Response

from debrief.errors import DebriefError, NotFound

__all__ = ["register_routes"]


def _db_path(datasette: Any) -> Path:
    for name, db in datasette.databases.items():
        if not name.startswith("_") and db.path:
            return Path(db.path)
    raise NotFound("no knowledge base is being served")


def _today(request: Any) -> date:
    """Today, or the ``today`` a page was asked for (?today=2026-11-25: a past week's view)."""
    value = request.args.get("today")
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return date.today()


def _links(datasette: Any) -> Any:
    """Links between the pages; "Raw tables" is Datasette's page of the served database."""
    from debrief.views.html_pages import Links

    names = [n for n in datasette.databases if not n.startswith("_")]
    return Links("", raw="/" + (names[0] if names else "debrief"))


async def _page(datasette: Any, request: Any, draw: Callable[[Any], str]) -> Response:
    """Run ``draw(store)`` on a fresh read-only store in a thread; errors become a page."""
    path = _db_path(datasette)

    def run() -> tuple[int, str]:
        from debrief.store.readonly import open_read_only

        store = open_read_only(path)
        try:
            return 200, draw(store)
        except NotFound as exc:
            return 404, _message(datasette, "Not found", str(exc))
        except DebriefError as exc:
            return 400, _message(datasette, "Cannot show this", str(exc))
        finally:
            store.close()

    status, html = await asyncio.get_running_loop().run_in_executor(None, run)
    return Response.html(html, status=status)


def _message(datasette: Any, title: str, text: str) -> str:
    from debrief.review.render_html import e, page
    from debrief.views.html_pages import nav

    return page(
        title,
        [f"<header><h1>{e(title)}</h1></header>", f"<section><p>{e(text)}</p></section>"],
        nav(_links(datasette)),
    )


def _render(kind: str, data: Any, datasette: Any, **options: Any) -> str:
    from debrief import views

    return views.render(kind, data, "html", links=_links(datasette), **options)


async def home(datasette: Any, request: Any) -> Response:
    def draw(store: Any) -> str:
        from debrief.review.home import build_home

        return _render("home", build_home(store, _today(request)), datasette)

    return await _page(datasette, request, draw)


async def search(datasette: Any, request: Any) -> Response:
    query = (request.args.get("q") or "").strip()
    category = request.args.get("category") or None

    def draw(store: Any) -> str:
        from debrief.ask.tips import search_with_tips
        from debrief.models import CATEGORIES
        from debrief.store import list_insights

        cat = category if category in CATEGORIES else None
        hits: list[dict[str, Any]] = []
        if query:
            # The same search as `debrief search`: words and meaning, keywords alone
            # when the embedding model cannot load.
            hits = search_with_tips(store, query, limit=50, category=cat)
        elif cat:
            hits = list_insights(store, category=cat, limit=100)
        ask = bool((datasette.plugin_config("debrief") or {}).get("ask"))
        return _render("search", hits, datasette, query=query, category=cat, ask=ask)

    return await _page(datasette, request, draw)


async def company(datasette: Any, request: Any) -> Response:
    name = unquote(request.url_vars["name"])

    def draw(store: Any) -> str:
        from debrief.store.company import company_view

        return _render("company", company_view(store, name, _today(request)), datasette)

    return await _page(datasette, request, draw)


async def person(datasette: Any, request: Any) -> Response:
    name = unquote(request.url_vars["name"])

    def draw(store: Any) -> str:
        from debrief.store.people import person_view

        return _render("person", person_view(store, name), datasette)

    return await _page(datasette, request, draw)


async def call(datasette: Any, request: Any) -> Response:
    debrief_id = int(request.url_vars["id"])

    def draw(store: Any) -> str:
        from debrief.store.call_view import call_view

        return _render("show", call_view(store, debrief_id), datasette)

    return await _page(datasette, request, draw)


async def review(datasette: Any, request: Any) -> Response:
    week = request.args.get("week") or None

    def draw(store: Any) -> str:
        from debrief.review import build_review, resolve_period

        today = _today(request)
        period = resolve_period(today, week, None, None)
        data = build_review(store, period, today, per_category=3)
        return _render("review", data, datasette)

    return await _page(datasette, request, draw)


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    """The pages, ahead of Datasette's own routes (so ``/`` is the home page)."""
    return [
        (r"^/$", home),
        (r"^/search$", search),
        (r"^/company/(?P<name>[^/]+)$", company),
        (r"^/person/(?P<name>[^/]+)$", person),
        (r"^/call/(?P<id>[0-9]+)$", call),
        (r"^/review$", review),
    ]
