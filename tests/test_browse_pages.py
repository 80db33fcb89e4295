"""debrief browse's own pages, served by the real Datasette and looked at in headless Chromium.

A seeded knowledge base (two weeks of a job search ending today, tests/kb_seed.py) is served
exactly as ``debrief browse`` serves it (immutable file, loopback, the pages plugin). Each page
is rendered by Debian's ``chromium`` (fresh profile, no network but the loopback): its DOM
must show the contacts, companies, insights and follow-ups of that knowledge base and none
of the database's column names; a screenshot of each is saved under the test's temp dir.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date, timedelta
from html import unescape
from pathlib import Path
from urllib.parse import quote

import pytest
from kb_seed import job_search_kb

from debrief import browse
from debrief.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.enable_socket,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed (scripts/setup.sh --dev installs it)"
    ),
]

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]

#: Database column and table names a job seeker should never have to read.
RAW_NAMES = [
    "debrief_id",
    "start_char",
    "end_char",
    "recorded_at",
    "contact_id",
    "company_id",
    "done_at",
    "people_mentioned",
    "mission_values",
    "career_path",
    "typical_day",
    "self_pitch",
    "CREATE TABLE",
    "rowid",
]

TODAY = date.today()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """The seeded knowledge base served as `debrief browse` serves it: (port, shots dir)."""
    root = tmp_path_factory.mktemp("browse")
    db = job_search_kb(root / "home", TODAY)
    store = Store(db)
    # What serve_store does before serving: theme terms cached, WAL folded in.
    from debrief.store.terms import cache_all_terms

    cache_all_terms(store)
    store.checkpoint()
    store.close()
    port = browse.free_port()
    proc = browse.start(db, root, port=port, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"datasette exited with {proc.returncode}: {err[-2000:]}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail("datasette did not answer within 30 s")
                time.sleep(0.2)
        shots = root / "screenshots"
        shots.mkdir()
        yield port, shots
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def chromium(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = workdir / "chromium-profile"
    if profile.exists():
        shutil.rmtree(profile)
    profile.mkdir(parents=True)
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(workdir)},
        check=False,
    )


def look(served: tuple[int, Path], name: str, path: str, height: int = 1500) -> str:
    """Screenshot ``path`` as ``name.png`` and return the visible text of its DOM."""
    port, shots = served
    url = f"http://127.0.0.1:{port}{path}"
    shot = shots / f"{name}.png"
    done = chromium(shots, f"--screenshot={shot}", f"--window-size=1200,{height}", url)
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, height)
    assert len(data) > 20_000  # a rendered page, not a blank canvas
    dom = chromium(shots, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert "<h1" in html, html[:500]
    return html


def visible(html: str) -> str:
    """The text a reader sees: no tags, attributes, styles or scripts; entities decoded."""
    html = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def section(html: str, ident: str) -> str:
    found = re.search(rf'(?s)<section id="{ident}">(.*?)</section>', html)
    assert found, f"no section {ident}"
    return visible(found.group(1))


def no_raw_names(html: str) -> None:
    text = visible(html)
    for name in RAW_NAMES:
        assert name not in text, name


def test_home(served: tuple[int, Path]) -> None:
    html = look(served, "home", "/")
    no_raw_names(html)
    week = section(html, "this-week")
    assert "James Chen" in week and "Ana Ruiz" in week and "Stripe" in week
    assert "Maria Lopez" not in week  # her call was last week
    follow = section(html, "follow-ups")
    assert "Email James Chen about the payments team" in follow
    assert "3 days overdue" in follow and "Send Priya my portfolio" in follow
    referrals = section(html, "referrals")
    assert "Omar Haddad" in referrals and "Plaid" in referrals
    assert "James Chen" not in referrals.split("suggested by")[0]  # called since
    assert "Figma" in section(html, "companies")
    assert "Ana Ruiz" in section(html, "no-company")
    assert "debrief edit ID --company NAME" in section(html, "no-company")
    # Contacts and companies lead to their pages; the raw tables are one click away.
    assert 'href="/person/Maria%20Lopez"' in html and 'href="/company/Stripe"' in html
    assert 'href="/debrief"' in html and "Raw tables" in visible(html)
    with urllib.request.urlopen(f"http://127.0.0.1:{served[0]}/debrief", timeout=10) as resp:
        raw = resp.read().decode()
    assert "insights" in raw and "your pages" in raw


def test_search(served: tuple[int, Path]) -> None:
    html = look(served, "search", "/search?q=promotion")
    no_raw_names(html)
    results = section(html, "results")
    for name in ("Maria Lopez", "Priya Shah", "James Chen"):
        assert name in results
    assert "Advancement" in results and "<mark>" in html
    # A topic without words lists it; nothing found gives a hint.
    listed = visible(look(served, "search-category", "/search?category=skills", 900))
    assert "Design systems and a strong portfolio matter most." in listed
    assert "A portfolio beats a resume for design roles." in listed
    empty = section(look(served, "search-empty", "/search?q=xylophonist+quantum", 700), "results")
    assert "Nothing found" in empty and "Try fewer words or debrief company NAME" in empty


def test_company(served: tuple[int, Path]) -> None:
    html = look(served, "company", "/company/" + quote("Stripe"), 2200)
    no_raw_names(html)
    assert "Maria Lopez" in section(html, "contacts") and "James Chen" in section(html, "contacts")
    said = section(html, "insights")
    assert "Promotions are slow on the payments team." in said
    assert "Not asked yet" in said and "Self-pitch" not in said
    # Advice carries no verdict: no mark before it.
    advice = re.search(r"<li>(.*?)Pick a hard problem and own it\.", html)
    assert advice and "tone-" not in advice.group(1)
    assert "3 days overdue" in section(html, "follow-ups")
    assert "Ana Ruiz" in section(html, "no-company")
    assert "debrief edit ID --company Stripe" in section(html, "no-company")


def test_person(served: tuple[int, Path]) -> None:
    html = look(served, "person", "/person/" + quote("Maria Lopez"))
    no_raw_names(html)
    assert "product manager" in visible(html) and "Stripe" in visible(html)
    assert "Remote work is flexible and the team is supportive." in section(html, "said")
    referred = section(html, "referred")
    assert "Omar Haddad" in referred and "not contacted yet" in referred
    assert "James Chen" in referred and "contacted" in referred
    assert "Email James Chen about the payments team" in section(html, "follow-ups")


def test_debrief_page(served: tuple[int, Path]) -> None:
    html = look(served, "debrief", "/call/1")
    no_raw_names(html)
    assert "Maria Lopez" in visible(html) and "Stripe" in visible(html)
    spans = re.findall(r'<mark class="insight"[^>]*title="([^"]+)"[^>]*>([^<]+)</mark>', html)
    assert ("Advice", "Pick a hard problem and own it.") in spans
    assert (
        "Career path",
        "She started in support and moved into product after two years.",
    ) in spans
    assert "We talked for twenty minutes." in section(html, "transcript")
    assert "Omar Haddad" in section(html, "people")


def test_review_page(served: tuple[int, Path]) -> None:
    html = look(served, "review", "/review", 2400)
    no_raw_names(html)
    assert "James Chen" in section(html, "calls") and "Ana Ruiz" in section(html, "calls")
    themes = section(html, "themes")
    assert "mentorship" in themes and "portfolio" in themes
    assert "Email James Chen about the payments team" in section(html, "follow-ups")
    assert 'href="/call/3"' in html  # calls lead to their page


def test_unknown_pages_are_a_clear_page(served: tuple[int, Path]) -> None:
    port = served[0]
    for path, words in (
        ("/call/999", "no debrief with id 999"),
        ("/company/Zzzq", "Zzzq"),
        ("/review?week=bogus", "not an ISO week"),
    ):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10)
        assert err.value.code in (400, 404)
        assert words in visible(err.value.read().decode())


def test_a_past_week_and_a_past_today(served: tuple[int, Path]) -> None:
    """?week= reviews another week; ?today= shows the home page as of that day."""
    port = served[0]
    last = TODAY - timedelta(days=7)
    week = f"{last.isocalendar().year}-W{last.isocalendar().week:02d}"
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/review?week={week}", timeout=30) as r:
        html = r.read().decode()
    assert "Maria Lopez" in section(html, "calls") and "James Chen" not in section(html, "calls")
    with urllib.request.urlopen(
        f"http://127.0.0.1:{port}/?today={last.isoformat()}", timeout=30
    ) as r:
        html = r.read().decode()
    assert "Maria Lopez" in section(html, "this-week")
