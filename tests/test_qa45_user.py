"""What qa45 saw using the `debrief` command between calls, each as the command shows it.
Real spaCy for the typed recaps, real SQLite files, the real Datasette for `browse`."""

from __future__ import annotations

import re
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from conftest import add_text, run_cli

from debrief import browse
from debrief.store import Store

NADIA = (
    "Just spoke with Nadia Okoro, a data engineer at Quillfield. She said the culture is calm"
    " and everyone writes things down. She suggested I talk to Tomas Berg on the platform"
    " team. I need to send Nadia my writing sample by Friday. She'll send me the team's"
    " reading list."
)


@pytest.fixture
def served(home: Path, tmp_path: Path) -> Iterator[int]:
    """The data home served as `debrief browse` serves it (read-only, loopback): its port."""
    add_text(NADIA, "2026-12-02T10:00")
    store = Store(home / "debrief.db")
    store.checkpoint()  # what serve_store does before serving the file immutable
    store.close()
    port = browse.free_port()
    proc = browse.start(
        home / "debrief.db", tmp_path, port=port, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                assert time.monotonic() < deadline, "datasette did not answer within 60 s"
                time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.mark.enable_socket
@pytest.mark.usefixtures("filed_soon_after")
def test_the_browse_call_page_lists_what_show_lists(served: int) -> None:
    """`show 1` listed the thank-you note, the reach-out, the stay-in-touch date and what
    the contact offered, each marked generated; the browse page of the same call listed only
    "I need to send Nadia my writing sample". It lists every item `show` does, so marked."""
    code, shown, err = run_cli("show", "1")
    assert code == 0, err
    ups = shown.split("Follow-ups", 1)[1].split("People mentioned", 1)[0]
    said = [re.sub(r"^\[.\] #\d+ ", "", x.strip()) for x in ups.splitlines() if x.strip()]
    made = [x.split(" (due")[0].split(" (generated")[0] for x in said if "(generated" in x]
    assert len(made) == 4, ups  # thanks, reach out, stay in touch, their offer
    with urllib.request.urlopen(f"http://127.0.0.1:{served}/call/1", timeout=30) as resp:
        html = resp.read().decode("utf-8")
    found = re.search(r'(?s)<section id="follow-ups">(.*?)</section>', html)
    assert found, html[:500]
    page = " ".join(unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())
    assert "send Nadia my writing sample" in page, page
    for item in made:
        assert " ".join(item.split()) in page, (item, page)
    assert page.count("(generated)") == 3 and page.count("(generated, they offered)") == 1, page


@pytest.mark.usefixtures("filed_soon_after")
def test_todo_says_the_due_date_the_user_moved_not_the_recaps(home: Path) -> None:
    """`follow-up 1 --due 2026-12-09` moved "I need to send Nadia my writing sample by Friday"
    to Wednesday; `todo` then showed "due Wed 09 Dec" beside "... by Friday." (the Friday
    of the call's week, December 4), and `todo --by-person` the same. The text says the
    date the ledger holds, as `draft thanks` writes it; a date not moved stays as said."""
    add_text(NADIA, "2026-12-02T10:00")
    code, out, err = run_cli("follow-up", "1", "--due", "2026-12-09")
    assert code == 0, err
    for args in (("todo",), ("todo", "--by-person")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        (line,) = [x for x in out.splitlines() if "#1 " in x]
        assert "writing sample by Wednesday, December 9." in line, (args, line)
        assert "Friday" not in line, (args, line)
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    assert '"I need to send Nadia my writing sample by Wednesday, December 9."' in out, out
    # the generated items said no date: nothing is added to them
    assert '"Send a thank-you note to Nadia Okoro"' in out, out


OLUWASEUN = (
    "Had a call with Oluwaseun Adebayo, a UX researcher at Brindle Labs. She said research"
    " there starts from support tickets. She suggested I talk to Marek Novak, who runs design"
    " ops. I'll email Marek next Monday. I need to send Oluwaseun my resume by Thursday."
)


def _next_step(debrief_id: str) -> str:
    code, out, err = run_cli("draft", "thanks", debrief_id)
    assert code == 0, err
    (line,) = [
        x
        for x in out.splitlines()
        if x.startswith(("I will ", "I'll ", "As promised", "My next step:"))
    ]
    return line


def test_the_thank_you_note_does_not_promise_to_reach_a_referral_met_since(home: Path) -> None:
    """Once Marek's call was filed, the note to the contact who referred him said "I have
    since spoken with Marek." and then "My next step: I'll email Marek next Monday.": a
    promise already kept. The next step is then the one still owed to her."""
    add_text(OLUWASEUN, "2026-11-24T14:00")
    assert "email Marek" in _next_step("1")  # not met yet: still the next step
    add_text(
        "Spoke with Marek Novak, design ops lead at Brindle Labs. He said promotions depend"
        " on peer feedback.",
        "2026-11-26T11:00",
    )
    code, note, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "I have since spoken with Marek." in note, note
    step = _next_step("1")
    assert "Marek" not in step and "send you my resume" in step, step
