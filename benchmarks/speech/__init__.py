"""The speech test set: recaps spoken in natural voices, and how transcripts are scored.

``recaps.jsonl`` holds the texts (``{id, text, voice, names}``). Their audio is made with
``speak.py`` (``../shared/tools/speak.py``; ``speak-setup.sh`` once) into
``benchmarks/.cache/speech/`` on first use, 16 kHz mono WAV, and reused after that. The file
name carries a hash of everything that shapes the audio (text, voice, rate, seed), so a changed
text is spoken again and never confused with its old audio.

Reproducible: every voice but ``joe`` gives bit-identical audio for the same text and seed.
Piper (``joe``) draws its noise inside its ONNX graph, so speak.py cannot seed it; its recaps
are therefore committed once, as 32 kbps Opus (a phone memo's format, under 1 MB in all), in
``benchmarks/speech/audio/``, and those files are what every run decodes.

Scoring: :func:`wer` is the corpus word error rate (all errors over all reference words) after
:func:`normalise`; :func:`names_found` the fraction of a recap's names found in a transcript,
case-insensitively.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.shared import shared_file

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RECAPS = HERE / "recaps.jsonl"
FIXED = HERE / "audio"
CACHE = ROOT / "benchmarks" / ".cache" / "speech"
RATE = 16_000
SEED = 0
#: speak.py cannot make these voices reproducible: their audio is committed (see module doc).
UNSEEDABLE = frozenset({"joe"})
#: Voices a labelled set is spoken in, in turn (extract_voice.py).
ROTATION = ("heart", "joe", "kumo", "alpha", "slt-hts", "tebukuro")


@dataclass
class Recap:
    id: str
    text: str
    voice: str
    names: list[str] = field(default_factory=list)


def load(path: Path = RECAPS) -> list[Recap]:
    """The recaps of a JSONL file (``{id, text, voice, names}`` per line)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append(Recap(item["id"], item["text"], item["voice"], list(item.get("names", []))))
    return out


def speak_py() -> Path:
    """speak.py: ``$SPEAK_PY``, else the shared folder's ``tools/speak.py``
    (``../shared/tools/speak.py`` beside the checkout, see benchmarks/shared.py)."""
    given = os.environ.get("SPEAK_PY", "")
    if given and Path(given).is_file():
        return Path(given)
    found = shared_file("tools", "speak.py")
    if found is not None:
        return found
    sys.exit(
        "speak.py not found: set SPEAK_PY to ../shared/tools/speak.py (and run speak-setup.sh once)"
    )


def audio_key(text: str, voice: str) -> str:
    blob = json.dumps([text, voice, RATE, SEED], ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()[:12]


def fixed_path(recap_id: str, text: str, voice: str) -> Path:
    return FIXED / f"{recap_id}-{voice}-{audio_key(text, voice)}.opus"


def cached_path(recap_id: str, text: str, voice: str, cache: Path = CACHE) -> Path:
    return cache / f"{recap_id}-{voice}-{audio_key(text, voice)}.wav"


def speak(text: str, voice: str, out: Path) -> None:
    """Speak ``text`` in ``voice`` into a 16 kHz WAV at ``out`` (atomically)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.partial.wav")
    cmd = [str(speak_py()), "--voice", voice, "--rate", str(RATE), "--seed", str(SEED)]
    proc = subprocess.run(
        [*cmd, "-", str(tmp)], input=text, text=True, capture_output=True, check=False
    )
    if proc.returncode != 0 or not tmp.is_file():
        sys.exit(f"speak.py failed for voice {voice}: {proc.stderr.strip()[-400:]}")
    os.replace(tmp, out)


def encode_opus(wav: Path, out: Path, bitrate: int = 32_000) -> None:
    """Re-encode a WAV as Ogg Opus (for the committed, unseedable voices)."""
    import av

    out.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(wav)) as src, av.open(str(out), "w", format="ogg") as dst:
        stream = dst.add_stream("libopus", rate=48_000)
        stream.bit_rate = bitrate
        stream.layout = "mono"  # type: ignore[attr-defined]
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
        for frame in src.decode(audio=0):
            for f in resampler.resample(frame):
                for packet in stream.encode(f):
                    dst.mux(packet)
        for f in resampler.resample(None):
            for packet in stream.encode(f):
                dst.mux(packet)
        for packet in stream.encode(None):
            dst.mux(packet)


def audio_for(
    recap_id: str, text: str, voice: str, cache: Path = CACHE, *, log: bool = True
) -> Path:
    """The audio file of one recap: committed (unseedable voice) or cached, spoken if missing."""
    fixed = fixed_path(recap_id, text, voice)
    if fixed.is_file():
        return fixed
    path = cached_path(recap_id, text, voice, cache)
    if not path.is_file():
        if log:
            print(f"  speaking {recap_id} ({voice}) into {path.parent}", file=sys.stderr)
        speak(text, voice, path)
    return path


def ensure_audio(recaps: list[Recap], cache: Path = CACHE) -> dict[str, Path]:
    """Audio for every recap (spoken on first use); {id: path}."""
    return {r.id: audio_for(r.id, r.text, r.voice, cache) for r in recaps}


# -- scoring -----------------------------------------------------------------------------------

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_NUMBER = {w: str(i) for i, w in enumerate(_UNITS)} | {w: str(n) for w, n in _TENS.items()}
_ORDINAL = {"first": "1st", "second": "2nd", "third": "3rd", "fifteenth": "15th"}


def normalise(text: str) -> list[str]:
    """Words for WER: lowercase, hyphens as spaces, punctuation dropped, number words as
    digits (Whisper writes '10 years' for 'ten years'), 'ok'/'okay' and 'one on one' kept."""
    text = text.lower().replace("-", " ").replace("\u2019", "'")
    words = re.findall(r"[a-z0-9']+", text)
    out: list[str] = []
    for i, w in enumerate(words):
        w = w.strip("'")
        if not w:
            continue
        if w in _TENS and i + 1 < len(words) and words[i + 1] in _NUMBER:
            out.append(w)  # joined with the unit below
            continue
        if w in _NUMBER and out and out[-1] in _TENS:
            out[-1] = str(_TENS[out[-1]] + int(_NUMBER[w]))
            continue
        out.append(_NUMBER.get(w, _ORDINAL.get(w, w)))
    return ["okay" if w == "ok" else w for w in out]


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(errors, reference words) after :func:`normalise` (substitutions+deletions+insertions)."""
    import jiwer

    ref, hyp = " ".join(normalise(reference)), " ".join(normalise(hypothesis))
    if not hyp:
        n = len(ref.split())
        return n, n
    out = jiwer.process_words(ref, hyp)
    return out.substitutions + out.deletions + out.insertions, len(ref.split())


def wer(pairs: list[tuple[str, str]]) -> float:
    """Corpus WER over (reference, hypothesis) pairs."""
    errors = words = 0
    for ref, hyp in pairs:
        e, n = word_errors(ref, hyp)
        errors += e
        words += n
    return errors / words if words else 0.0


def names_found(names: list[str], transcript: str) -> tuple[int, int]:
    """(found, total): names that occur in the transcript, case-insensitively (whole words,
    spacing and punctuation between their words forgiven)."""
    hay = " " + " ".join(re.findall(r"[a-z0-9']+", transcript.lower())) + " "
    found = 0
    for name in names:
        needle = " ".join(re.findall(r"[a-z0-9']+", name.lower()))
        found += f" {needle} " in hay
    return found, len(names)


def main() -> None:
    """``python -m benchmarks.speech [--commit-unseedable]``: speak the whole set now."""
    import argparse

    ap = argparse.ArgumentParser(description="speak the speech test set into the cache")
    ap.add_argument(
        "--commit-unseedable",
        action="store_true",
        help="(re)make the committed Opus files of voices speak.py cannot seed",
    )
    args = ap.parse_args()
    recaps = load()
    if args.commit_unseedable:
        for r in recaps:
            if r.voice in UNSEEDABLE:
                wav = cached_path(r.id, r.text, r.voice)
                if not wav.is_file():
                    speak(r.text, r.voice, wav)
                for old in FIXED.glob(f"{r.id}-*.opus"):
                    old.unlink()
                encode_opus(wav, fixed_path(r.id, r.text, r.voice))
                print(f"{r.id}: {fixed_path(r.id, r.text, r.voice).relative_to(ROOT)}")
    paths = ensure_audio(recaps)
    print(f"{len(paths)} recaps ready")


if __name__ == "__main__":
    main()
