"""A user's session (QA, stop 33): each defect found, as the `debrief` command shows it.
Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLE_AUDIO, run_cli
from test_frictions import ANSI, StalledModel, filed_and_waiting, in_a_terminal

#: One call, typed once after it and filed again later the same day (as the recording of
#: the same recap would be): a contact, an offer and a referral.
NADIA = (
    "Had a call with Nadia Brooks, a UX researcher at Atlassian. She said the team runs"
    " usability studies every sprint. She said she will send me her interview guide."
    " She said I should talk to Tomas Berg, a designer at Canva."
)


def _todo(*extra: str) -> str:
    code, out, err = run_cli("todo", *extra)
    assert code == 0, err
    return out


@pytest.mark.usefixtures("filed_soon_after")
def test_the_same_call_filed_twice_owes_one_of_each(home: Path) -> None:
    """The same recap filed twice on the same day gave two thank-you notes, two "reach out
    to Tomas Berg" and two offers in `todo` and `prep`. The second filing generates none
    of them again; closing the one left leaves no twin open, across `reextract` too; a call
    with the same person on another day still owes its own thank-you."""
    for when in ("2026-12-01T10:00", "2026-12-01T18:30"):
        code, _, err = run_cli("add", "-y", "--text", NADIA, "--when", when)
        assert code == 0, err
    out = _todo()
    assert out.count("thank-you note to Nadia Brooks") == 1, out
    assert out.count("Reach out to Tomas Berg") == 1, out
    assert out.count("her interview guide") == 1, out
    code, prep, err = run_cli("prep", "Nadia Brooks")
    assert code == 0, err
    owe = prep.split("You owe", 1)[1]
    assert owe.count("thank-you note") == 1 and owe.count("Reach out to Tomas Berg") == 1, prep

    thanks_id = next(ln.split()[0] for ln in out.splitlines() if "thank-you" in ln).lstrip("#")
    code, _, err = run_cli("done", thanks_id)
    assert code == 0, err
    code, _, err = run_cli("reextract", "--all")
    assert code == 0, err
    out = _todo()
    assert "thank-you" not in out, out  # the one closed stays closed, and no twin opens
    assert out.count("Reach out to Tomas Berg") == 1, out

    code, _, err = run_cli("add", "-y", "--text", NADIA, "--when", "2026-12-09T10:00")
    assert code == 0, err
    assert _todo().count("thank-you note to Nadia Brooks") == 1  # the new day's own


@pytest.mark.usefixtures("filed_soon_after")
def test_deleting_the_filing_that_held_the_items_hands_them_to_its_twin(home: Path) -> None:
    """The twin generated nothing while the first filing held the items; deleting the first
    (the user keeps the recording's filing) must not leave the call owing nothing."""
    for when in ("2026-12-01T10:00", "2026-12-01T18:30"):
        code, _, err = run_cli("add", "-y", "--text", NADIA, "--when", when)
        assert code == 0, err
    code, _, err = run_cli("delete", "1", "-y")
    assert code == 0, err
    out = _todo()
    assert out.count("thank-you note to Nadia Brooks") == 1, out
    assert out.count("Reach out to Tomas Berg") == 1, out
    assert "debrief #1" not in out


def test_ctrl_c_while_the_model_loads_leaves_at_once(home: Path, tmp_path: Path) -> None:
    """Ctrl-C during `debrief add memo.wav` while the Whisper model was still loading waited
    for the load to finish (the transcription queued behind it was cancelled, but a
    cancelled job still queued does not count as done): a model that never finishes
    loading hung `add`. Here the load never ends; `add` leaves at once, the recap kept."""
    model = StalledModel(tmp_path)  # never released: its config.json is never written
    sent: list[float] = []

    def ctrl_c(proc: subprocess.Popen[bytes]) -> None:
        sent.append(time.monotonic())
        proc.send_signal(signal.SIGINT)

    code, _, drawn = in_a_terminal(
        ["add", str(SAMPLE_AUDIO["recap-maria-lopez"])],
        until=filed_and_waiting,
        then=ctrl_c,
        env=model.env,
    )
    took = time.monotonic() - sent[0]
    text = ANSI.sub("", drawn)
    assert code == 130, text[-2000:]
    assert took < 30, f"{took:.1f} s after Ctrl-C"  # hung until the 180 s deadline before
    assert "error: interrupted; the recap is kept as #1: `debrief process` finishes it" in text
    assert "Traceback" not in text
    assert json.loads(run_cli("list", "--json")[1])[0]["status"] == "pending"


def test_ctrl_c_during_process_while_the_model_loads_leaves_at_once(
    home: Path, tmp_path: Path
) -> None:
    """`debrief process` (finishing queued recordings) waited on Ctrl-C for its
    transcription, queued behind a model load that never ended, and its plain exit then
    waited for the Whisper thread: it hung. It leaves as `add` does: exit 130, at once, the
    recordings still queued, and the message names every one of them."""
    model = StalledModel(tmp_path)  # never released: its config.json is never written
    memos = [str(SAMPLE_AUDIO["recap-maria-lopez"]), str(SAMPLE_AUDIO["recap-priya-shah"])]
    code, _, drawn = in_a_terminal(
        ["add", *memos],
        until=both_filed,
        then=lambda p: p.send_signal(signal.SIGINT),
        env=model.env,
    )
    text = ANSI.sub("", drawn)
    assert code == 130, text[-2000:]
    assert "the recaps are kept as #1, #2: `debrief process` finishes them" in text
    sent: list[float] = []

    def ctrl_c_once_the_load_stalls(proc: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + 120
        while not waiting_on_the_load(proc) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert waiting_on_the_load(proc), "process never reached the model load"
        sent.append(time.monotonic())
        proc.send_signal(signal.SIGINT)

    code, out, drawn = in_a_terminal(
        ["process"], until=lambda _: True, then=ctrl_c_once_the_load_stalls, env=model.env
    )
    took = time.monotonic() - sent[0]
    text = ANSI.sub("", drawn)
    assert code == 130, text[-2000:]
    assert took < 30, f"{took:.1f} s after Ctrl-C"  # hung until the 180 s deadline before
    assert text.strip().endswith(
        "error: interrupted; the recaps are kept as #1, #2: `debrief process` finishes them"
    ), text[-2000:]
    assert "Traceback" not in text + out
    listed = json.loads(run_cli("list", "--json")[1])
    assert sorted((d["id"], d["status"]) for d in listed) == [(1, "pending"), (2, "pending")]


def both_filed(drawn: str) -> bool:
    """True once `debrief add` of two recordings has filed both (a StalledModel holds the
    first one's transcription, so both wait pending)."""
    return "copying" in drawn and len(json.loads(run_cli("list", "--json")[1])) == 2


def waiting_on_the_load(proc: subprocess.Popen[bytes]) -> bool:
    """True once a thread of ``proc`` is blocked opening the StalledModel's config.json (a
    FIFO with no writer: Linux shows that thread waiting in ``wait_for_partner``), so a
    Ctrl-C sent now lands while the load stalls, however busy the machine."""
    for task in Path(f"/proc/{proc.pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            if (task / "wchan").read_text().strip() == "wait_for_partner":
                return True
    return False


def test_ctrl_c_leaves_with_130_even_when_its_orderly_exit_waits_for_ever() -> None:
    """After Ctrl-C, `add` and `process` stop the spinner, list what was kept and say so,
    then leave; CI once saw `process` still running 120 s after its Ctrl-C. Whatever that
    orderly exit waits on (here: for ever), :func:`leave_within` leaves with 130."""
    waits = (
        "import threading; from debrief.cli.app import leave_within;"
        " leave_within(0.5); threading.Event().wait()"
    )
    done = subprocess.run([sys.executable, "-c", waits], timeout=60, capture_output=True)
    assert done.returncode == 130, done.stderr.decode()[-2000:]


def test_ctrl_c_leaves_with_130_when_the_main_thread_never_sees_it() -> None:
    """CI (stops 36 and 47) saw `debrief process` still drawing its spinner 120 s after a
    Ctrl-C: the command's own handler never ran. Whichever thread the kernel hands the
    SIGINT to, :func:`watch_ctrl_c` hears it and leaves with 130 and its message. Here the
    main thread blocks SIGINT and then waits, uninterruptibly, on a lock nobody releases."""
    waits = (
        "import signal, threading; from debrief.cli.app import Ctx, watch_ctrl_c;"
        " ctx = Ctx(); ctx.program = True; watch_ctrl_c(ctx, 'interrupted; kept');"
        " signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT});"
        " print('waiting', flush=True); lock = threading.Lock(); lock.acquire(); lock.acquire()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", waits],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None and proc.stdout.readline() == b"waiting\n"
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("still running 60 s after Ctrl-C") from None
    assert proc.returncode == 130, err.decode()[-2000:]
    assert err.decode().strip() == "error: interrupted; kept"
