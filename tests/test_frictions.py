"""A new user's two weeks (issue 18): each friction they met, as the `debrief` command shows it.

Real SQLite files, real spaCy for typed recaps, real Whisper on a bundled sample for Ctrl-C.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLE_AUDIO
from kb_seed import add, job_search_kb, stripe_kb

from debrief.cli import Ctx, cli
from debrief.store import Store
from debrief.store.tone import tone
from debrief.transcribe.bundled import bundled_model_path

JARGON = ("bm25", "datasette", "pipeline", "fts", "sqlite")
DAILY = ("record", "add", "search", "review", "todo")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        cli, list(args), obj=Ctx(), env={"COLUMNS": "200"}, prog_name="debrief"
    )
    return result.exit_code, result.stdout, result.stderr


def debrief_cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", "from debrief.cli import main; main()", *args]


# -- help -------------------------------------------------------------------------------------


def test_debrief_alone_shows_the_help_grouped_by_task(home: Path) -> None:
    code, out, err = run()
    assert code == 0 and err == ""
    assert out.index("After a call") < out.index("Look things up") < out.index("Set up")
    daily = out[out.index("After a call") : out.index("Look things up")]
    positions = [daily.index(f"\n  {name} ") for name in DAILY]
    assert positions == sorted(positions)
    for name in DAILY:  # one example each
        assert f"e.g. debrief {name}" in daily
    for word in JARGON:
        assert word not in out.lower(), word
    body = out.split("\n", 1)[1]  # after click's "Usage: ... [ARGS]..." line
    assert "..." not in body and "…" not in body  # nothing cut mid-sentence
    for line in out.splitlines():
        if line.startswith("  ") and not line.strip().startswith(("e.g.", "-")):
            summary = line.strip().split(None, 1)
            if len(summary) == 2 and summary[0].isalpha() and summary[0] in cli.commands:
                assert summary[1].endswith("."), line


def test_debrief_help_is_a_command(home: Path) -> None:
    assert run("help")[:2] == run()[:2]
    code, out, _ = run("help", "search")
    assert code == 0 and out.startswith("Usage: debrief search")
    assert "--category" in out and "bm25" not in out
    code, out, err = run("help", "nosuch")
    assert code == 2 and "no command 'nosuch'" in err


# -- add: progress and Ctrl-C -------------------------------------------------------------------

RECAP = (
    "Just talked to Maria Lopez, a product manager at Stripe. She said the mission and values "
    "are real there. She told me to learn SQL. I need to send her my resume by Friday."
)


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def in_a_terminal(
    args: list[str],
    until: str | Callable[[str], bool] | None = None,
    then: Callable[[subprocess.Popen[bytes]], None] | None = None,
    env: dict[str, str] | None = None,
) -> tuple[int, str, str]:
    """Run ``debrief ARGS`` with stderr on a pseudo-terminal: (exit code, stdout, stderr as
    drawn). With ``until`` (a text, or a test of what has been drawn so far), call
    ``then(proc)`` once that text has been drawn or the test holds. ``env``: more variables."""
    leader, follower = pty.openpty()
    # PYTHONFAULTHANDLER: a child still running at the deadline is sent SIGABRT, and the
    # stacks of its threads are drawn, for the failure to show where it waited.
    env = {
        **os.environ,
        "COLUMNS": "160",
        "TERM": "xterm-256color",
        "PYTHONFAULTHANDLER": "1",
        **(env or {}),
    }
    proc = subprocess.Popen(
        debrief_cmd(*args),
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
        # Ctrl-C reaches a command typed at a prompt; a test run started in the background
        # (`pytest &`) ignores SIGINT, and the child would inherit that and never stop.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(follower)
    # The terminal is read on a thread of its own, as a real one never stops reading: a
    # ``then`` that takes its time (polling for the model load on a slow machine) must not
    # leave the child blocked writing its spinner into a full pty, where its Ctrl-C exit
    # waits too (CI, stop 36: `process` "hung" for 120 s after Ctrl-C that way).
    drawn: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                return
            if not chunk:
                return
            drawn.append(chunk)

    reader = threading.Thread(target=drain, name="pty-reader", daemon=True)
    reader.start()
    reached = (lambda text: until in text) if isinstance(until, str) else until
    deadline = time.monotonic() + 180  # a hung child fails the test instead of hanging it
    try:
        while reached and then and time.monotonic() < deadline and proc.poll() is None:
            if reached(b"".join(drawn).decode("utf-8", "replace")):
                then(proc)
                break
            time.sleep(0.1)
        try:
            out = proc.communicate(timeout=120)[0].decode()
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(10)
            reader.join(5)
            stacks = b"".join(drawn).decode("utf-8", "replace")[-8000:]
            hung = f"debrief {' '.join(args)} still running; drawn:\n{stacks}"
            raise AssertionError(hung) from None
    finally:
        if proc.poll() is None:  # never leave a child waiting on a stalled model behind
            proc.kill()
            proc.wait()
        reader.join(10)
        os.close(leader)
    seen = b"".join(drawn)
    return proc.returncode, out, seen.decode("utf-8", "replace")


class StalledModel:
    """A Whisper model whose load waits until the test releases it: the bundled model's
    files, but its config.json a named pipe (a model on a disk that stopped answering).
    `debrief add` with it (:attr:`env`) files the recap as pending, then waits on the load
    (on the Whisper thread, the GIL released), so Ctrl-C lands at that known point however
    busy the machine: a Ctrl-C sent a while after "transcribing" was drawn found the recap
    already filed under load."""

    def __init__(self, where: Path) -> None:
        self.path = where / "stalled-model"
        self.path.mkdir()
        for part in bundled_model_path().iterdir():
            if part.name != "config.json":
                (self.path / part.name).symlink_to(part)
        os.mkfifo(self.path / "config.json")
        self.env = {"DEBRIEF_MODEL": str(self.path)}

    def interrupt(self, proc: subprocess.Popen[bytes]) -> None:
        """Ctrl-C, then let the load end: the transcription queued behind it is cancelled,
        and `add` waits for the load before it leaves."""
        proc.send_signal(signal.SIGINT)
        try:  # no reader (ENXIO): `add` left without waiting for the load
            pipe = os.open(self.path / "config.json", os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return
        with os.fdopen(pipe, "wb") as config:
            config.write((bundled_model_path() / "config.json").read_bytes())


def filed_and_waiting(drawn: str) -> bool:
    """True once `debrief add` (with a :class:`StalledModel`) has filed its recap: it
    opened the data home before saying "copying" (so listing it here creates nothing), and
    the recap is listed."""
    return "copying" in drawn and bool(json.loads(run("list", "--json")[1]))


def test_add_shows_a_spinner_from_the_first_moment_naming_each_step(home: Path) -> None:
    code, out, drawn = in_a_terminal(["add", "--text", RECAP])
    assert code == 0, drawn[-2000:]
    assert re.search("[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]", drawn), "no spinner frame drawn"
    text = ANSI.sub("", drawn)
    steps = ["starting…", "reading your typed recap…", "finding the contact, insights and"]
    positions = [text.find(step) for step in steps]
    assert -1 not in positions and positions == sorted(positions), text[-2000:]
    assert out.startswith("#1 Maria Lopez")  # the result on stdout, the spinner cleared


def test_add_in_a_script_keeps_stderr_for_errors(home: Path) -> None:
    code, out, err = run("add", "--text", RECAP)
    assert (code, err) == (0, "") and out.startswith("#1 Maria Lopez")


def test_ctrl_c_during_add_keeps_the_recap_and_says_how_to_finish(
    home: Path, tmp_path: Path
) -> None:
    model = StalledModel(tmp_path)
    code, out, drawn = in_a_terminal(
        ["add", str(SAMPLE_AUDIO["recap-maria-lopez"])],
        until=filed_and_waiting,
        then=model.interrupt,
        env=model.env,
    )
    text = ANSI.sub("", drawn)
    assert code == 130, text[-2000:]
    assert "error: interrupted; the recap is kept as #1: `debrief process` finishes it" in text
    assert "Traceback" not in text
    code, out, _ = run("list", "--json")
    assert json.loads(out)[0]["status"] == "pending"
    code, out, err = run("process")
    assert code == 0, err
    assert "Maria Lopez" in out
    assert json.loads(run("list", "--json")[1])[0]["status"] == "extracted"


# -- list, search ---------------------------------------------------------------------------


def test_list_with_a_status_none_has_says_so(home: Path) -> None:
    stripe_kb(home)
    code, out, _ = run("list", "--status", "pending")
    assert (code, out) == (0, "no pending debriefs; every debrief: `debrief list`\n")
    code, out, _ = run("list", "--status", "extracted")
    assert "Maria Lopez" in out


def test_search_a_category_without_words_lists_it(home: Path) -> None:
    stripe_kb(home)
    code, out, _ = run("search", "--category", "advancement")
    assert code == 0
    for said in (
        "Promotions are slow on her team.",
        "Promotion committees meet once a year.",
        "Mentoring is excellent, my manager meets me every week.",
        "The mentoring is great and promotions happen twice a year.",
    ):
        assert said in out
    assert "nothing to search for" not in out
    code, out, _ = run("search", "--category", "advancement", "--json")
    hits = json.loads(out)
    assert len(hits) == 4 and {h["category"] for h in hits} == {"advancement"}
    code, out, _ = run("search", "--company", "figma")
    assert "Design systems and prototyping are the core skills." in out


def test_empty_results_give_a_hint(home: Path) -> None:
    stripe_kb(home)
    # --exact: by meaning, a company filter lowers the similarity floor and something of
    # Stripe's is always nearest; words alone find nothing here.
    code, out, _ = run("search", "zebra", "giraffe", "--company", "stripe", "--exact")
    first = out.splitlines()[0]
    assert code == 0 and first.startswith("no results for 'zebra giraffe': try fewer words")
    assert all(line.startswith("  try: ") for line in out.splitlines()[1:])
    assert "dropping --company" in out and "`debrief company stripe`" in out
    code, out, _ = run("search", "--category", "mission_values")
    assert out == (
        "nothing filed for Mission & values yet: try dropping --category"
        " or `debrief company NAME`\n"
    )


# -- one display form of category names -----------------------------------------------------


def test_category_names_have_one_display_form(home: Path) -> None:
    code, out, err = run("add", "--text", RECAP)
    assert code == 0, err
    for raw in ("mission_values", "career_path", "typical_day", "self_pitch"):
        assert raw not in out
    assert "Mission & values" in out and "Career path" in out
    for args in (("show", "1"), ("company", "stripe"), ("search", "mission")):
        code, out, _ = run(*args)
        assert code == 0 and "mission_values" not in out and "Mission & values" in out, args


# -- the company view -----------------------------------------------------------------------


@pytest.fixture
def two_weeks(home: Path) -> Path:
    return job_search_kb(home, date.today())


def test_company_view_marks_only_what_is_clear(home: Path) -> None:
    store = Store(home / "debrief.db")
    add(
        store,
        "2026-11-20T10:00",
        "Sam Roe",
        "Acme",
        [
            ("culture", "Pick a hard problem and own it."),
            ("culture", "The culture is intense but fair."),
            ("advancement", "Promotions are slow."),
        ],
    )
    add(store, "2026-11-21T10:00", "Li Wu", "Acme", [("culture", "The team is great.")])
    store.close()
    assert tone("Pick a hard problem and own it.", "culture") == 0  # advice, not a verdict
    assert tone("They hire great people.", "culture") == 0  # describes, judges nothing
    assert tone("The team is great.", "culture") == 1
    assert tone("Promotions are slow.", "advancement") == -1
    code, out, _ = run("company", "acme")
    assert code == 0
    line = next(x for x in out.splitlines() if "Pick a hard problem" in x)
    assert not re.match(r"\s*[-+·]", line), line  # no mark at all
    assert re.match(
        r"\s*-\s+Promotions are slow\.",
        next(x for x in out.splitlines() if "Promotions are slow." in x),
    )


def test_company_view_flags_overdue_follow_ups_as_todo_does(two_weeks: Path) -> None:
    code, out, _ = run("company", "stripe")
    assert code == 0
    line = next(x for x in out.splitlines() if "Email James Chen" in x)
    assert "⚠ 3 days overdue" in line
    assert "⚠ 3 days overdue" in run("todo")[1]


def test_company_view_never_asks_for_the_self_pitch(two_weeks: Path) -> None:
    code, out, _ = run("company", "stripe")
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("not asked yet"))
    assert "Typical day" in line and "Self-pitch" not in line


def test_company_view_points_to_calls_without_a_company(two_weeks: Path) -> None:
    code, out, _ = run("company", "stripe")
    assert code == 0
    assert (
        "1 call filed without a company (not in this view);"
        " if one was with Stripe: debrief edit 4 --company Stripe" in out
    )
    assert "#4" in out and "Ana Ruiz" in out


# -- the review -----------------------------------------------------------------------------


def test_themes_find_what_recurs_across_contacts(two_weeks: Path) -> None:
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    since = (monday - timedelta(days=7)).isoformat()
    code, out, err = run(
        "review", "--since", since, "--until", today.isoformat(), "--format", "markdown"
    )
    assert code == 0, err
    themes = out[out.index("## Themes") :].split("\n## ")[0]
    for term in ("mentorship", "portfolio", "promotion", "remote work"):
        assert re.search(rf"\*\*{term}s?\*\*", themes, re.IGNORECASE), (term, themes)
    assert "Maria Lopez" in themes and "Ana Ruiz" in themes


def test_a_long_review_is_summarised_and_limited(home: Path) -> None:
    store = Store(home / "debrief.db")
    for n in range(12):
        add(
            store,
            (datetime(2026, 11, 16, 9) + timedelta(hours=10 * n)).isoformat(),
            f"Contact {n}",
            ("Stripe", "Figma", "Acme")[n % 3],
            [
                ("advancement", f"Promotion cycle number {n} is quarterly."),
                ("culture", f"Team ritual {n} is a weekly demo."),
                ("advice", f"Tip {n}: build a portfolio."),
                ("skills", f"Skill {n}: SQL and a portfolio."),
            ],
        )
    store.close()
    code, out, err = run("review", "--week", "2026-W47", "--format", "markdown")
    assert code == 0, err
    summary = out.split("\n\n")[3]
    assert summary.startswith("4 topics, 12 insights each;")
    assert "came up with several contacts: portfolio" in summary
    takeaways = out[out.index("## Takeaways") :].split("\n## ")[0]
    assert takeaways.count("\n- ") == 4 * 4  # 3 per category and one "… and 9 more" line
    assert takeaways.count("- … and 9 more: `debrief review --all`") == 4
    code, out, _ = run("review", "--week", "2026-W47", "--format", "markdown", "--all")
    takeaways = out[out.index("## Takeaways") :].split("\n## ")[0]
    assert takeaways.count("\n- ") == 48 and "more:" not in takeaways
    code, out, _ = run("review", "--week", "2026-W47", "--format", "html")
    assert out.count("<details><summary>9 more</summary>") == 4
    code, out, _ = run("review", "--week", "2026-W47")
    assert "… and 9 more: debrief review --all" in out


def test_a_busy_week_shows_the_most_widely_named_themes(home: Path) -> None:
    store = Store(home / "debrief.db")
    topics = "pricing onboarding mentorship portfolio salary equity budget feedback travel"
    topics += " analytics roadmaps interviews referrals"
    words = topics.split()
    for n in range(6):
        said = ", ".join(words[: len(words) - n])  # the first topics by the most contacts
        add(store, f"2026-11-{16 + n}T10:00", f"Contact {n}", "Acme", [("culture", f"{said}.")])
    store.close()

    def themes(*flags: str) -> list[str]:
        code, out, _ = run("review", "--week", "2026-W47", "--format", "markdown", *flags)
        assert code == 0
        return out[out.index("## Themes") :].split("\n## ")[0].splitlines()

    every = [line for line in themes("--all") if line.startswith("- **")]
    assert len(every) > 10 and not any("more:" in line for line in themes("--all"))
    limited = themes()
    assert [line for line in limited if line.startswith("- **")] == every[:10]
    # Most widely named first: the shown ones were named by at least as many contacts.
    counts = [line.count("Contact") for line in every]
    assert counts[0] == 6 and min(counts[:10]) >= max(counts[10:])
    assert f"- … and {len(every) - 10} more: `debrief review --all`" in limited
