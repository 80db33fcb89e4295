"""Shared fixtures. Everything here is real: SQLite files, Whisper, spaCy, PyAV."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from debrief.store import Store

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/shared.py, below, whichever way pytest was started
    sys.path.insert(0, str(ROOT))

from benchmarks.shared import shared_file  # noqa: E402

SAMPLES = ROOT / "samples"

#: The bundled sample recaps and the text each one says (samples/<name>.txt).
SAMPLE_AUDIO = {
    "recap-maria-lopez": SAMPLES / "recap-maria-lopez.wav",
    "recap-priya-shah": SAMPLES / "recap-priya-shah.flac",
    "recap-short-note": SAMPLES / "recap-short-note.ogg",
}


#: speak.py (``$DEBRIEF_SPEAK``, else the shared folder's ``tools/speak.py``, found by
#: benchmarks/shared.py) and the venv its natural voices run in (speak-setup.sh).
_GIVEN_SPEAK = os.environ.get("DEBRIEF_SPEAK")
SPEAK = Path(_GIVEN_SPEAK) if _GIVEN_SPEAK is not None else shared_file("tools", "speak.py")
SPEAK_VENV = Path(
    os.environ.get("SPEAK_HOME", Path.home() / ".cache" / "speak-voices"), "venv", "bin", "python"
)

#: whether speak() uses the natural voices (else espeak-ng, whose rendering Whisper hears
#: differently: a test about one transcript shape may not get it)
NATURAL_VOICES = SPEAK is not None and SPEAK.exists() and SPEAK_VENV.exists()


def heard_shape(ok: bool, what: str, transcript: str) -> None:
    """The precondition of a test about one transcript shape: ``ok`` says the transcript has
    it. With the natural voices the shape is expected (a failure); with espeak-ng standing in
    for them the test skips, saying so, since that voice is not the one the shape was made
    with."""
    if ok:
        return
    if NATURAL_VOICES:
        pytest.fail(f"the transcript lacks {what}: {transcript}")
    pytest.skip(
        f"espeak-ng stands in for speak.py's voices (not found) and Whisper did not hear {what}"
    )


def speak(
    text: str, out: Path, voice: str = "heart", seed: int | None = 0, timeout: int = 600
) -> Path:
    """``text`` spoken into the 16 kHz WAV ``out``: by speak.py's natural ``voice`` (``seed``
    None: unseeded) when its voices are installed, else by espeak-ng; with neither the test
    skips (there is no speech to test on)."""
    if NATURAL_VOICES:
        seeded = [] if seed is None else ["--seed", str(seed)]
        cmd = [str(SPEAK), "--voice", voice, *seeded, "--rate", "16000", text, str(out)]
    elif shutil.which("espeak-ng"):
        cmd = ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(out), text]
    else:
        pytest.skip("neither speak.py voices nor espeak-ng are installed: no speech to test on")
    subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)
    return out


def mixed_case(cased: str) -> str:
    """The recap as Whisper or a hurried typist writes it: names capitalised, sentence
    starts and the speaker's words lower case."""
    return ". ".join(s[:1].lower() + s[1:] for s in cased.split(". "))


def contact_of(text: str) -> tuple[str, str, str]:
    """The contact the extractor reads in a recap (recorded 2026-12-09 17:00), as what the
    contact-shape tests compare: the name's and company's keys, the title in lower case."""
    from debrief.extract import extract  # spaCy loads only for the tests that use it
    from debrief.names import company_key, person_key

    c = extract(text, datetime(2026, 12, 9, 17, 0)).contact
    return person_key(c.name), (c.title or "").lower(), company_key(c.company)


def casings(cased: str, lower_fails: bool = False, mixed: bool = True) -> list:
    """A recap as three test parameters: as typed, mixed case (:func:`mixed_case`; not for
    a shape opening on a name, which mixed case would lower too) and all lower case, that one
    a strict xfail where the extractor does not read its lower-case form yet."""
    marks = (
        [pytest.mark.xfail(strict=True, reason="lower case not read yet")] if lower_fails else []
    )
    return [
        pytest.param(cased, id="cased"),
        *([pytest.param(mixed_case(cased), id="mixed")] if mixed else []),
        pytest.param(cased.lower(), id="lower", marks=marks),
    ]


def sample_text(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").strip()


_NUMBERS = {
    "ten": "10",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "twenty five": "25",
}


def normalise(text: str) -> list[str]:
    """Words for WER: lowercase, punctuation dropped, spoken numbers as digits."""
    text = text.lower().replace("-", " ")
    for spoken, digits in sorted(_NUMBERS.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{spoken}\b", digits, text)
    return re.findall(r"[a-z0-9']+", text)


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate of ``hypothesis`` against ``reference`` (jiwer, normalised)."""
    import jiwer

    return float(jiwer.wer(" ".join(normalise(reference)), " ".join(normalise(hypothesis))))


@pytest.fixture(autouse=True, scope="session")
def _never_the_real_data_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No test reaches the user's real data home (the platform's ~/.local/share/debrief):
    for the whole session DEBRIEF_HOME names a throwaway directory, inherited by every
    subprocess and module-scoped fixture. A test that files or reads anything still takes
    ``home`` (a fresh one of its own) or sets DEBRIEF_HOME itself."""
    path = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DEBRIEF_HOME", str(path))
        # One embedding-model cache (debrief.minilm, 55 MB) for the session, not one per home.
        mp.setenv("DEBRIEF_CACHE", str(tmp_path_factory.mktemp("model-cache")))
        yield path


@pytest.fixture(scope="session")
def converted_tiny_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled tiny.en converted to an openai-whisper checkpoint once for the session
    (with its ``.sha256``), in a data home of its own; skips where the openai-whisper extra
    is absent. Tests put a copy in their own home (:func:`with_tiny_en`), so the session's
    is never written to (docs/extraction-history.md, "house40: one cue-phrase matcher")."""
    from debrief.config import Settings
    from debrief.errors import EngineUnavailable

    try:
        from debrief.transcribe.openai import import_whisper

        import_whisper()
    except EngineUnavailable as exc:
        pytest.skip(f"openai-whisper extra not installed ({exc})")
    from debrief.transcribe.models_list import convert_bundled

    path, _ = convert_bundled(Settings(home=tmp_path_factory.mktemp("tiny-en-home"), sources={}))
    return path


def with_tiny_en(converted: Path, home: Path) -> Path:
    """``home`` holding a copy of the session's converted checkpoint where the engine looks
    for it; ``convert_bundled`` then verifies the copy by its checksum and reuses it."""
    target = home / "models" / "openai-whisper"
    target.mkdir(parents=True, exist_ok=True)
    for src in (converted, converted.with_name(converted.name + ".sha256")):
        shutil.copyfile(src, target / src.name)
    return target / converted.name


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data home for one test (made, as `debrief add` makes it: a reading
    command on a home that does not exist says so, qa58)."""
    path = tmp_path / "home"
    path.mkdir(mode=0o700)
    monkeypatch.setenv("DEBRIEF_HOME", str(path))
    for var in ("DEBRIEF_ENGINE", "DEBRIEF_MODEL", "DEBRIEF_BEAM_SIZE", "DEBRIEF_THREADS"):
        monkeypatch.delenv(var, raising=False)
    return path


#: The day the suite's calls on fixed dates (November and early December 2026) are filed.
FILED_ON = "2026-12-07"


@pytest.fixture
def filed_soon_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """Calls filed on :data:`FILED_ON` (at the real time of day), whatever day the suite
    runs: a test that files calls on fixed dates of late 2026 and expects what a recent call
    owes (its thank-you, telling the referrer, items dated from the call) would otherwise
    meet, from early 2027, the rule for an old memo filed long after its call
    (``[filed_late]`` of pipelines/habits.toml, store/filed_late.py), which judges the
    call's stored filing time. The store's own clock (``now_iso``) is the seam."""
    import debrief.store.repo as repo

    monkeypatch.setattr(
        repo, "now_iso", lambda: f"{FILED_ON}T{datetime.now().strftime('%H:%M:%S')}"
    )


@pytest.fixture
def kb(home: Path) -> Path:
    """The small seeded knowledge base of ``tests/kb_seed.py`` in the test's data home."""
    from tests.kb_seed import stripe_kb

    return stripe_kb(home)


@pytest.fixture
def store(kb: Path) -> Iterator[Store]:
    """The seeded knowledge base, open."""
    s = Store(kb)
    yield s
    s.close()


def run_cli(*args: str) -> tuple[int, str, str]:
    """``debrief ARGS`` in this process: (exit code, stdout, stderr). A bug (an exception
    other than the clean exit) fails the test instead of passing as an exit code."""
    from click.testing import CliRunner

    from debrief.cli import Ctx, cli

    result = CliRunner().invoke(cli, list(args), obj=Ctx())
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def days_ago(days: int, at: str = "10:00") -> str:
    """A ``--when`` of ``days`` before today at ``at``: a recent call, whatever day the suite
    runs (a fixed date of a test's writing drifts into the past as the calendar moves)."""
    from datetime import date, timedelta

    return f"{(date.today() - timedelta(days=days)).isoformat()}T{at}"


def add_text(text: str, when: str) -> None:
    """``debrief add --text TEXT --when WHEN -y``: a typed recap filed on a given day, which
    must succeed (the user-level tests build their knowledge base this way)."""
    code, _, err = run_cli("add", "-y", "--text", text, "--when", when)
    assert code == 0, err


def make_read_only(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``db`` as a read-only file is to a user who is not root (the tests may run as root,
    for whom a file is writable whatever its mode): SQLite opens it read-only and
    ``os.access`` says it is not writable."""
    import sqlite3

    import debrief.store.db as opening

    real_connect, real_access = sqlite3.connect, os.access

    def read_only(path: str, **kwargs: object) -> sqlite3.Connection:
        return real_connect(f"file:{path}?mode=ro", uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(opening.sqlite3, "connect", read_only)
    monkeypatch.setattr(
        os, "access", lambda p, m, **k: False if Path(p) == db else real_access(p, m, **k)
    )


def refiled_as(sentence: str, model_label: str) -> str | None:
    """What the refiling rules make of a one-sentence candidate the model filed under
    ``model_label`` (the sentence's own label too): a category, or None to keep it.
    The insight tests check a rule against the answer of the model it was written for this way
    (insights32), whichever model is loaded."""
    from debrief.extract.insight_model import LABEL_INDEX, LABELS
    from debrief.extract.insight_refile import refiled
    from debrief.extract.pipeline import load_base

    doc = load_base()(sentence)
    lab = LABEL_INDEX[model_label]
    got = refiled(doc, (0, len(doc)), lab, lab, False)
    return None if got is None else LABELS[got]


#: tests/model_changed.txt: the tests whose answer the retrained models changed (see there).
MODEL_CHANGED = Path(__file__).with_name("model_changed.txt")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests listed in tests/model_changed.txt as strict xfails: a regression
    owned and listed in one place, not silenced; one that passes again fails the run."""
    listed = {
        line.strip()
        for line in MODEL_CHANGED.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    seen: set[str] = set()
    for item in items:
        if item.nodeid in listed:
            seen.add(item.nodeid)
            item.add_marker(
                pytest.mark.xfail(
                    strict=True, reason="pipeline 1.43's retrained models answer otherwise"
                )
            )
    # a listed test missing from a file that was collected whole: the list is stale (a test
    # renamed or removed); a run narrowed with -k or by node id says nothing
    if config.getoption("keyword") or config.getoption("markexpr"):
        return
    files = {item.nodeid.split("::")[0] for item in items}
    stale = {n for n in listed - seen if n.split("::")[0] in files}
    if stale and len(items) > 2000:
        raise pytest.UsageError(f"tests/model_changed.txt names unknown tests: {sorted(stale)}")
