"""The HTML review opened in a real browser: Debian's headless ``chromium``.

The page is loaded from a ``file://`` URL with networking features off and a fresh
profile; the DOM chromium renders (``--dump-dom``) must hold every section and both SVG
charts, and nothing in it may point outside the page.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_review import TODAY, seed

from debrief.review import Review, build_review, parse_week
from debrief.store import Store
from debrief.views import render as render_as


def render(review: Review, fmt: str) -> str:
    """The review as text in ``fmt``, through the renderer registry."""
    return render_as("review", review, fmt)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--hide-scrollbars",
]

SECTIONS = {
    "charts": None,
    "calls": "Calls",
    "takeaways": "Takeaways",
    "themes": "Themes",
    "companies": "Companies side by side",
    "follow-ups": "Follow-ups",
    "referrals": "Referrals not yet contacted",
    "coverage": "Coverage: what to ask next",
}


@pytest.fixture(autouse=True)
def utc() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
        check=False,
    )


class Dom(HTMLParser):
    """Elements of a rendered page: (tag, attributes, ids of the enclosing elements)."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.stack: list[tuple[str, str | None]] = []
        self.text: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        ids = tuple(i for _, i in self.stack if i)
        self.elements.append((tag, attributes, ids))
        if tag not in self.VOID:
            self.stack.append((tag, attributes.get("id")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs), tuple(i for _, i in self.stack if i)))

    def handle_endtag(self, tag: str) -> None:
        if tag not in {t for t, _ in self.stack}:
            return
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, i in self.stack:
            if i:
                self.text.setdefault(i, []).append(data)

    def within(self, section: str, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a, ids in self.elements if t == tag and section in ids]

    def section_text(self, section: str) -> str:
        return " ".join(" ".join(self.text.get(section, [])).split())


def page(tmp_path: Path, week: str) -> Path:
    store = Store(tmp_path / "debrief.db")
    seed(store)
    html = render(build_review(store, parse_week(week), TODAY), "html")
    store.close()
    target = tmp_path / f"review-{week}.html"
    target.write_text(html, encoding="utf-8")
    return target


def rendered(tmp_path: Path, target: Path) -> Dom:
    done = chromium(tmp_path, "--dump-dom", target.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    dom = Dom()
    dom.feed(done.stdout)
    return dom


def test_the_browser_renders_every_section_and_both_charts(tmp_path: Path) -> None:
    dom = rendered(tmp_path, page(tmp_path, "2026-W47"))
    ids = {a.get("id") for _, a, _ in dom.elements}
    for section, heading in SECTIONS.items():
        assert section in ids, f"section {section} missing from the rendered page"
        if heading:
            assert heading in dom.section_text(section)
    # Two inline SVG charts: seven days of calls, ten question categories.
    assert len([t for t, _, _ in dom.elements if t == "svg"]) == 2
    day_bars = dom.within("chart-calls", "rect")
    assert len(day_bars) == 7
    assert sum(1 for a in day_bars if a.get("class") == "bar") == 3  # Mon, Thu, Sun
    assert len(dom.within("chart-insights", "rect")) == 10
    assert "Skills: 3" in dom.section_text("chart-insights")
    # The content of the week, as the browser sees it.
    assert "Maria Lopez" in dom.section_text("calls")
    assert "over 30 min" in dom.section_text("calls")
    assert "stakeholder management" in dom.section_text("themes")
    assert "12 days overdue" in dom.section_text("follow-ups")
    assert "Ana Ruiz" in dom.section_text("referrals")
    assert "Mission & values" in dom.section_text("coverage")
    assert "Self-pitch" not in dom.section_text("coverage")  # what you say, not a question
    # Self-contained: nothing loads from anywhere.
    for tag, attrs, _ in dom.elements:
        assert not {"src", "href"} & set(attrs), f"<{tag}> refers outside the page: {attrs}"
    assert not [t for t, _, _ in dom.elements if t in ("script", "link", "img", "iframe")]


def test_the_browser_renders_the_empty_week_message(tmp_path: Path) -> None:
    dom = rendered(tmp_path, page(tmp_path, "2026-W50"))
    text = dom.section_text("empty")
    assert "No calls in week 2026-W50" in text
    assert "debrief review --week 2026-W48" in text
    assert "calls" not in {a.get("id") for _, a, _ in dom.elements}


def test_screenshot_of_the_page(tmp_path: Path) -> None:
    shot = tmp_path / "review.png"
    done = chromium(
        tmp_path,
        f"--screenshot={shot}",
        "--window-size=1200,1600",
        page(tmp_path, "2026-W47").as_uri(),
    )
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1600)
    assert len(data) > 20_000  # a rendered page, not a blank canvas
