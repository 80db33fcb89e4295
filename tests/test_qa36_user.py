"""A user's session (QA, stop 33, qa36): each defect found, as the `debrief` command shows
it. Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import SAMPLE_AUDIO, add_text, run_cli
from test_frictions import ANSI, StalledModel, debrief_cmd, filed_and_waiting, in_a_terminal
from test_qa33_user import waiting_on_the_load

#: A manager who suggests a friend without saying where the friend works, and the friend's
#: own call a week later, which says it.
LENA = (
    "Had a call with Lena Novak, an engineering manager at Shopify. She said the platform"
    " team hires in the spring. She suggested I reach out to Raj Patel, a friend of hers."
)
RAJ = (
    "Had a call with Raj Patel, a staff engineer at Shopify. He said the on-call rotation is"
    " light. He said the interviews focus on system design."
)


def _row(out: str, name: str, after: str) -> str:
    """The table line naming ``name`` below the heading ``after``."""
    below = out.split(after, 1)[1]
    return next(ln for ln in below.splitlines() if name in ln)


def test_a_referral_shows_the_company_their_own_call_gave(home: Path) -> None:
    """The referral table showed "-" for Raj's company, though Raj's own call is filed at
    Shopify; the referrer named no company. It shows what his own call says; before that
    call nothing is known and it still shows "-"."""
    add_text(LENA, "2026-11-20T10:00")
    code, out, err = run_cli("people")
    assert code == 0, err
    row = _row(out, "Raj Patel", "Referrals")
    assert "Shopify" not in row and " - " in row, row  # nothing known yet: not the referrer's

    add_text(RAJ, "2026-11-27T10:00")
    code, out, err = run_cli("people")
    assert code == 0, err
    row = _row(out, "Raj Patel", "Referrals")
    assert "Shopify" in row and "contacted #2" in row, row
    referral = json.loads(run_cli("people", "--json")[1])["referrals"][0]
    assert referral["company"] is None  # the JSON keeps what the referrer said, apart
    assert referral["contact_company"] == "Shopify"


def test_edit_when_confirms_the_new_date(home: Path) -> None:
    """`debrief edit 1 --when ...` answered "#1 edited: Lena Novak / ... / Shopify", with
    no date: the user could not see where the call landed (a day alone keeps the call's
    own time). It now ends with the date as `debrief list` shows it; an edit that does not
    move the call says no date."""
    add_text(LENA, "2026-11-20T10:00")
    code, out, err = run_cli("edit", "1", "--when", "2026-11-18")
    assert code == 0, err
    assert (
        out.strip()
        == "#1 edited: Lena Novak / engineering manager / Shopify, recorded 2026-11-18 10:00"
    )
    code, out, err = run_cli("edit", "1", "--when", "2026-11-18 16:30", "--title", "director")
    assert code == 0, err
    assert out.strip().endswith("/ director / Shopify, recorded 2026-11-18 16:30"), out
    code, out, err = run_cli("edit", "1", "--company", "Shopify Inc")
    assert code == 0, err
    assert "recorded" not in out and out.strip().endswith("/ Shopify Inc"), out
    assert json.loads(run_cli("list", "--json")[1])[0]["recorded_at"] == "2026-11-18T16:30:00"


def filed_on_a_stalled_model(tmp_path: Path) -> tuple[StalledModel, Path]:
    """A memo `debrief add` filed and left pending, its Whisper load stalled and the add
    stopped by Ctrl-C: the model (never released: its config.json is never written) and the
    memo."""
    model = StalledModel(tmp_path)
    memo = SAMPLE_AUDIO["recap-short-note"]
    code, _, drawn = in_a_terminal(
        ["add", str(memo)],
        until=filed_and_waiting,
        then=lambda p: p.send_signal(signal.SIGINT),
        env=model.env,
    )
    assert code == 130, ANSI.sub("", drawn)[-2000:]
    return model, memo


def test_process_shows_adds_spinner_while_the_model_loads(home: Path, tmp_path: Path) -> None:
    """`debrief process` drew nothing while the Whisper model loaded (seconds; for ever on
    a stalled disk), where `debrief add` shows a spinner naming each step: a silent
    terminal looked hung. `process` now draws add's spinner, from its first moment, naming
    the recording it reads (add names the one it copies) while the load stalls, and clears
    it before the Ctrl-C message; a run that completes names each step as add does and
    leaves stdout to the summary."""
    model, memo = filed_on_a_stalled_model(tmp_path)

    code, out, drawn = in_a_terminal(
        ["process"],
        until=lambda drawn: f"reading {memo.name}" in drawn,
        then=ctrl_c_once_the_load_stalls,
        env=model.env,
    )
    text = ANSI.sub("", drawn)
    assert code == 130, text[-2000:]
    assert re.search("[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]", drawn), "no spinner frame drawn"
    steps = ["starting…", f"reading {memo.name}…"]
    positions = [text.find(step) for step in steps]
    assert -1 not in positions and positions == sorted(positions), text[-2000:]
    # the spinner line is cleared: the message stands alone on the last line
    last = text.strip().splitlines()[-1]
    assert last == "error: interrupted; the recap is kept as #1: `debrief process` finishes it"

    code, out, drawn = in_a_terminal(["process"])  # the bundled model: it completes
    text = ANSI.sub("", drawn)
    assert code == 0, text[-2000:]
    steps = ["starting…", "loading the speech model…", "transcribing", "finding the contact"]
    positions = [text.find(step) for step in steps]
    assert -1 not in positions and positions == sorted(positions), text[-2000:]
    assert "processed 1: 1 filed, 0 failed" in out, out
    assert "…" not in out  # the steps stay on stderr


def ctrl_c_once_the_load_stalls(proc: subprocess.Popen[bytes]) -> None:
    """Ctrl-C once a thread of ``proc`` is blocked on the StalledModel's load (qa35's
    test's way: the spinner is then drawn and nothing else can move it on)."""
    deadline = time.monotonic() + 120
    while not waiting_on_the_load(proc) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert waiting_on_the_load(proc), "process never reached the model load"
    proc.send_signal(signal.SIGINT)


#: Three calls: a data scientist, a product manager who says the name of another's company,
#: an engineering manager. Searching a name alone should show that person's (or company's)
#: notes, and other notes only when they hold the name.
MEI = (
    "Had a call with Mei Chen, a data scientist at Spotify. She said the team ships"
    " experiments weekly. She said promotions depend on impact reviews twice a year."
    " She likes the flexible hours."
)
OMAR = (
    "Talked with Omar Haddad, a product manager at Figma. He said the culture is very"
    " collaborative. He said he moved over from Spotify after four years."
    " His advice was to build a portfolio of shipped work."
)
LENA_NOTES = (
    "Call with Lena Novak, an engineering manager at Shopify. She said on-call is one week"
    " in six. She dislikes the long planning cycles."
)


def _search(*args: str) -> list[dict[str, object]]:
    code, out, err = run_cli("search", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_searching_a_name_alone_shows_no_one_else_found_by_meaning(home: Path) -> None:
    """`debrief search "Mei Chen"` listed, after her three notes, other people's notes found
    by the meaning of her name alone (cosine 0.07-0.18, all unrelated). A query that is only
    a known person's or company's name now shows theirs and the notes holding the name; a
    name with a topic still ranks everyone's notes on the topic after theirs."""
    add_text(MEI, "2026-11-10T10:00")
    add_text(OMAR, "2026-11-12T10:00")
    add_text(LENA_NOTES, "2026-11-14T10:00")
    hits = _search("Mei Chen")
    assert {h["contact"] for h in hits} == {"Mei Chen"} and len(hits) == 3, hits
    hits = _search("Spotify")  # her company, and Omar's note that names it
    assert [h["contact"] for h in hits][:3] == ["Mei Chen"] * 3, hits
    assert {h["contact"] for h in hits} == {"Mei Chen", "Omar Haddad"}, hits
    assert [h["text"] for h in hits if h["contact"] == "Omar Haddad"] == [
        "He said he moved over from Spotify after four years."
    ]
    hits = _search("Mei Chen promotions")  # a topic besides the name: the rest still ranked
    assert hits[0]["contact"] == "Mei Chen" and "promotions" in str(hits[0]["text"])
    assert len({h["contact"] for h in hits}) > 1, hits


def test_output_piped_into_a_reader_that_leaves_is_no_error(home: Path) -> None:
    """`debrief search ... --json | head` ended with "error: unexpected BrokenPipeError":
    the reader closing the pipe early is the user's choice, not a failure. The real command
    in a fresh process, its stdout a pipe closed before it writes."""
    add_text(LENA, "2026-11-20T10:00")
    add_text(RAJ, "2026-11-27T10:00")
    proc = subprocess.Popen(
        debrief_cmd("search", "Shopify", "--json"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader leaves before a line is written
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert "BrokenPipe" not in err and "error" not in err, err
    assert code == 0, (code, err)


@pytest.mark.usefixtures("filed_soon_after")
def test_a_thank_you_to_someone_else_leaves_the_contacts_owed(home: Path) -> None:
    """The user's own "thank-you note to Park for the intro" made `todo` drop the thank-you
    the contact is owed: any spoken item with "thank" counted as the contact's. A thank-you
    naming someone else leaves the contact's; one naming the contact (title or not) still
    stands in for it, so it is not owed twice. Found by the lead's user check at stop 33."""
    add_text(
        "Call with Teresa Kowalski, a program manager at Overwatch Federal. She said the"
        " contracts team is growing. To do: send her my resume by Friday, and a thank-you"
        " note to Park for the intro, today.",
        "2026-12-04T17:00",
    )
    code, out, err = run_cli("todo", "--all")
    assert code == 0, err
    assert "Send a thank-you note to Teresa Kowalski" in out, out
    assert "thank-you note to Park" in out, out

    add_text(
        "Call with Omar Haddad, a buyer at Lattice Foods. He said the category teams are"
        " small. Thank-you email to Mr. Haddad tonight.",
        "2026-12-05T09:00",
    )
    code, out, err = run_cli("todo", "--all")
    assert code == 0, err
    assert "Send a thank-you note to Omar Haddad" not in out, out
    assert out.count("Haddad") >= 1, out
