"""Compare ranking variants of search by meaning on every relevance set, side by side.

Seeds each relevance set of ``tests/`` once (real model, real SQLite), then scores each
variant (options of :func:`debrief.ask.hybrid.search`, optionally with another query adapter
file) as recall@10 / nDCG@10 overall, on paraphrases and on names/phrases. Variants are
chosen on the development sets (dev2, dev3) with tests/relevance as a guard.

    .venv/bin/python scripts/query_experiments.py            # the standard variants
    .venv/bin/python scripts/query_experiments.py --adapter /tmp/a.npz --only adapter
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SETS = ("relevance", "relevance_dev2", "relevance_dev3")


def use_adapter(path: Path | None) -> None:
    """Make the search use the adapter at ``path`` (None: none at all)."""
    import numpy as np

    from debrief.ask import question

    def load() -> dict[str, Any] | None:
        if path is None:
            return None
        with np.load(path) as saved:
            return {k: np.asarray(saved[k], dtype=np.float32) for k in saved.files if k != "meta"}

    question._adapter_file = load  # type: ignore[assignment]


def variants(base_w: dict[str, float]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = [
        ("vector only", {"mode": "vector"}),
        ("hybrid (default)", {}),
        ("hybrid, no keyword list", {"weights": {**base_w, "all": 0.0}}),
        ("hybrid, topics off", {"topics": "off"}),
        ("hybrid, no category prior", {"weights": {**base_w, "category": 0.0}}),
    ]
    # The keyword gate, pseudo-relevance feedback and the answers of similar questions were
    # compared here until 1.19; measured and not kept (docs/search-history.md), their code is
    # gone.
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--adapter", type=Path, action="append", default=[])
    parser.add_argument("--only", default="", help="run only variants whose label has this")
    parser.add_argument("--extra", default="", help="python list of (label, options) to add")
    args = parser.parse_args(argv)

    from relevance.evaluate import KINDS, evaluate, seed

    from debrief.ask import hybrid
    from debrief.store import Store

    runs = variants(dict(hybrid.WEIGHTS))
    if args.extra:
        runs += eval(args.extra)
    runs = [r for r in runs if args.only in r[0]]
    adapters: list[tuple[str, Path | str | None]] = [("shipped", "shipped")]
    adapters += [(p.stem, p) for p in args.adapter]
    sets = [s for s in SETS if (ROOT / "tests" / s / "questions.json").exists()]
    stores: dict[str, tuple[Any, dict[int, str]]] = {}
    tmp = tempfile.TemporaryDirectory()
    for name in sets:
        store = Store(Path(tmp.name) / f"{name}.db")
        stores[name] = (store, seed(store, folder=ROOT / "tests" / name))
    from debrief.ask import question

    shipped = question._adapter_file
    header = f"{'variant':<34}" + "".join(f"{s.replace('relevance', 'rel'):>30}" for s in sets)
    print(header)
    print(f"{'':<34}" + "".join(f"{'all   para   names (R@10/nDCG)':>30}" for _ in sets))
    for alabel, apath in adapters:
        if apath == "shipped":
            question._adapter_file = shipped  # type: ignore[assignment]
        else:
            use_adapter(apath)  # type: ignore[arg-type]
        for label, options in runs:
            cells = []
            options = dict(options)
            patched = options.pop("_set", {})  # module constants, e.g. {"NOTHING_BELOW": 0}
            saved = {k: getattr(hybrid, k) for k in patched}
            for k, v in patched.items():
                setattr(hybrid, k, v)
            for name in sets:
                store, keys = stores[name]
                rank = partial(hybrid.search, store, limit=10, **options)
                folder = ROOT / "tests" / name
                parts = []
                for _, only in KINDS:
                    r = evaluate(store, keys, rank, only, folder=folder)
                    parts.append(f"{r['recall']:.2f}/{r['ndcg']:.2f}")
                cells.append(" ".join(parts))
            for k, v in saved.items():
                setattr(hybrid, k, v)
            tag = label if alabel == "shipped" else f"[{alabel}] {label}"
            print(f"{tag:<34}" + "".join(f"{c:>30}" for c in cells), flush=True)
    for store, _ in stores.values():
        store.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
