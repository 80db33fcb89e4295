"""Does Whisper's word probability mark the names it misspelt, and what does asking cost?

    .venv/bin/python benchmarks/unsure.py                       # recaps-f-01, first 20
    .venv/bin/python benchmarks/unsure.py SET.jsonl --limit 40 --voices heart,joe,slt-hts

Each recap's ``text`` of a labelled JSONL is spoken by ``speak.py`` in a rotation of natural
voices (cached in ``benchmarks/.cache/speech/``, see benchmarks/speech) and transcribed by one
loaded faster-whisper engine (the default settings) twice, interleaved: without and with
``word_timestamps`` (the words and their probabilities). Printed:

* cost: wall and CPU seconds of both, summed and per recap, and their ratio (same process,
  same model, same audio; a busy machine's load hits both alike);
* separation: every contact and person name extraction files from the transcript (a fresh
  knowledge base, so nothing resolves), whether it is spelt as the text says (each of its
  words is a word of the text spoken), and the lowest probability of its words in the
  transcript; then, per threshold, recall (misspelt names flagged / misspelt names) and
  precision (misspelt / flagged), and what :func:`debrief.names.unsure_names` flags.

The set's labels are not read: only ``id`` and ``text``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import speech  # noqa: E402

DEFAULT_SET = ROOT / "pipelines" / "training" / "recaps-f-01.jsonl"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--voices", default="heart,joe,slt-hts")
    parser.add_argument("--json", type=Path, help="write every name's row here")
    parser.add_argument("--companies", action="store_true", help="score company names too")
    parser.add_argument(
        "--cost",
        type=int,
        metavar="N",
        help="only the cost: N interleaved runs each on the benchmarks' 60 s recap (r21, "
        "benchmarks/speech, as add.py's cold figure)",
    )
    args = parser.parse_args()
    if args.cost:
        measure_cost(args.cost)
        return

    os.environ.setdefault("DEBRIEF_HOME", tempfile.mkdtemp(prefix="debrief-unsure-"))
    from debrief.audio import decode
    from debrief.config import load_settings
    from debrief.extract import extract
    from debrief.names import name_occurrences, name_probability, unsure_names, words
    from debrief.transcribe import get_engine

    items = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()]
    items = items[: args.limit]
    voices = args.voices.split(",")
    settings = load_settings()
    engine = get_engine(settings)
    print(
        f"{len(items)} recaps of {args.set.name}, voices {','.join(voices)}; "
        f"{engine.name} {settings.model} beam {settings.beam_size} batch {settings.batch_size}"
    )
    cost = {False: [0.0, 0.0], True: [0.0, 0.0]}
    deltas: list[float] = []
    audio_s = 0.0
    rows: list[dict] = []
    for n, item in enumerate(items):
        voice = voices[n % len(voices)]
        samples = decode(speech.audio_for(item["id"], item["text"], voice))
        audio_s += len(samples) / 16_000
        got = {}
        walls = {}
        # Alternate which goes first, so warm caches favour neither.
        for on in (False, True) if n % 2 == 0 else (True, False):
            engine.word_probabilities = on  # type: ignore[attr-defined]
            w0, c0 = time.perf_counter(), time.process_time()
            got[on] = engine.transcribe(samples)
            walls[on] = time.perf_counter() - w0
            cost[on][0] += walls[on]
            cost[on][1] += time.process_time() - c0
        deltas.append(walls[True] - walls[False])
        transcript = got[True]
        spoken = set(words(item["text"]))
        extraction = extract(transcript.text)
        names = [(extraction.contact.name, "contact")] if extraction.contact.name else []
        names += [(p.name, p.relation) for p in extraction.people_mentioned]
        if args.companies:  # companies too, scored apart (not flagged by debrief today)
            orgs = [extraction.contact.company, *extraction.companies_mentioned]
            names += [(c, "company") for c in dict.fromkeys(o for o in orgs if o)]
        flagged = {u.name for u in unsure_names(transcript.words, [n for n, _ in names])}
        for name, role in names:
            right = all(w in spoken for w in words(name))
            prob = name_probability(transcript.words, name)
            occ = name_occurrences(transcript.words, name)
            rows.append(
                dict(
                    id=item["id"],
                    voice=voice,
                    name=name,
                    role=role,
                    right=right,
                    p=prob,
                    flagged=name in flagged,
                    occ=occ,
                    same_text=got[True].text == got[False].text,
                )
            )
            mark = "  " if right else "XX"
            shown = "-" if prob is None else f"{prob:.2f}"
            print(f"  {item['id']} {voice:<8} {mark} {shown:>5} {role:<9} {name}")
    off, on = cost[False], cost[True]
    print(f"\naudio {audio_s:.0f} s in {len(items)} recaps")
    print(f"without words: wall {off[0]:.1f} s, CPU {off[1]:.1f} s")
    print(f"with words:    wall {on[0]:.1f} s, CPU {on[1]:.1f} s")
    print(
        f"ratio wall {on[0] / off[0]:.3f}, CPU {on[1] / off[1]:.3f}; per recap wall "
        f"+{1000 * (on[0] - off[0]) / len(items):.0f} ms (median "
        f"{1000 * statistics.median(deltas):+.0f} ms), per minute of audio "
        f"+{60_000 * (on[0] - off[0]) / audio_s:.0f} ms"
    )
    print(
        f"transcripts identical with and without words: "
        f"{len({r['id'] for r in rows if r['same_text']})} of {len({r['id'] for r in rows})} "
        "recaps with names"
    )
    located = [r for r in rows if r["p"] is not None]
    wrong = [r for r in located if not r["right"]]
    print(
        f"\n{len(rows)} names filed, {len(located)} located in the words, "
        f"{len(wrong)} misspelt ({sum(1 for r in rows if not r['right'])} in all)"
    )
    if located:
        for label, group in (("misspelt", wrong), ("right", [r for r in located if r["right"]])):
            ps = sorted(r["p"] for r in group)
            if ps:
                print(
                    f"  {label:<9} lowest word p: median {statistics.median(ps):.2f}, "
                    f"quartiles {ps[len(ps) // 4]:.2f}-{ps[(3 * len(ps)) // 4]:.2f}"
                )
        print(f"\n{'threshold':>9} {'flagged':>8} {'recall':>7} {'precision':>10}")
        for t in THRESHOLDS:
            flag = [r for r in located if r["p"] < t]
            hit = [r for r in flag if not r["right"]]
            rec = len(hit) / len(wrong) if wrong else 0.0
            prec = len(hit) / len(flag) if flag else 0.0
            print(f"{t:>9.2f} {len(flag):>8} {rec:>7.2f} {prec:>10.2f}")
        flag = [r for r in rows if r["flagged"]]
        hit = [r for r in flag if not r["right"]]
        print(
            f"debrief's mark: {len(flag)} flagged, recall {len(hit)}/{len(wrong)}, "
            f"precision {len(hit)}/{len(flag)}"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


def measure_cost(repeat: int) -> None:
    """Transcription of the 60 s recap with and without word probabilities, interleaved,
    ``repeat`` times each, one loaded engine: medians and their ratio."""
    os.environ.setdefault("DEBRIEF_HOME", tempfile.mkdtemp(prefix="debrief-unsure-"))
    from debrief.audio import decode
    from debrief.config import load_settings
    from debrief.transcribe import get_engine

    recap = next(r for r in speech.load() if r.id == "r21")
    samples = decode(speech.audio_for(recap.id, recap.text, recap.voice))
    engine = get_engine(load_settings())
    engine.transcribe(samples)  # warm
    runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for n in range(repeat):
        for on in (False, True) if n % 2 == 0 else (True, False):
            engine.word_probabilities = on  # type: ignore[attr-defined]
            w0, c0 = time.perf_counter(), time.process_time()
            engine.transcribe(samples)
            runs[on].append((time.perf_counter() - w0, time.process_time() - c0))
    load = os.getloadavg()[0]
    print(
        f"r21 ({recap.voice}, {len(samples) / 16_000:.1f} s), {repeat} runs each, load {load:.1f}"
    )
    med = {
        on: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
        for on, r in runs.items()
    }
    for on in (False, True):
        print(
            f"  {'with' if on else 'without'} words: "
            f"wall {med[on][0]:.3f} s, CPU {med[on][1]:.3f} s"
        )
    pairs = [b[0] / a[0] for a, b in zip(runs[False], runs[True], strict=True)]
    cpu = [b[1] / a[1] for a, b in zip(runs[False], runs[True], strict=True)]
    print(
        f"  ratio wall {statistics.median(pairs):.3f} (runs {min(pairs):.2f}-{max(pairs):.2f}), "
        f"CPU {statistics.median(cpu):.3f}; added wall "
        f"{1000 * (med[True][0] - med[False][0]):+.0f} ms, "
        f"CPU {1000 * (med[True][1] - med[False][1]):+.0f} ms"
    )


if __name__ == "__main__":
    main()
