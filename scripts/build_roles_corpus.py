#!/usr/bin/env python3
"""Build the ``.spacy`` corpora that ``spacy train`` reads for the debrief_roles model.

    .venv/bin/python scripts/build_roles_corpus.py OUT.spacy FILE.jsonl [FILE.jsonl ...]

Each labelled recap (``pipelines/training/*.jsonl``: ``text``, ``contact``,
``people_mentioned``, ``companies_mentioned``) becomes one Doc whose entities are the gold
strings found in the text, case-insensitively and on token boundaries (in a transcript where
Whisper misheard a name, the most similar window of words, rapidfuzz ratio >= 80):

- CONTACT_NAME, CONTACT_TITLE, CONTACT_ORG: one occurrence each, the one nearest the
  contact's name (the name itself: its first occurrence). Later mentions stay unlabelled, so
  the model learns where the introduction is, not every repetition of the name.
- REFERRAL / MENTIONED (a person's ``relation``): every occurrence of the person's name as
  written in the gold.
- ORG (``companies_mentioned``): every occurrence not already labelled CONTACT_ORG.

Spans are placed in that order of priority; one that overlaps a span already placed is left
out. A recap whose gold contact, person or company cannot be found in its text is dropped
(an unlabelled mention would teach the model that it is not one), and so is one where a gold
span crosses a sentence break of the base parse (the ``ner`` cannot learn it); the count is
printed.
Never pass the dev corpus or anything under benchmarks/blind/: they are the measures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, DocBin, Span  # noqa: E402

#: The labels the model predicts (the people labels are the relation values upper-cased).
LABELS = ("CONTACT_NAME", "CONTACT_TITLE", "CONTACT_ORG", "REFERRAL", "MENTIONED", "ORG")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Character offsets of ``needle`` in ``text``: case-insensitive, whole words."""
    needle = needle.strip()
    if not needle:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def find(doc: Doc, needle: str, name: bool = False) -> list[tuple[int, int]]:
    """Exact occurrences, else the one misheard form :func:`fuzzy_occurrence` finds (for a
    person's name, else :func:`misheard_name`)."""
    found = occurrences(doc.text, needle)
    if not found and needle.strip():
        near = fuzzy_occurrence(doc, needle)
        if near is None and name:
            near = misheard_name(doc, needle)
        found = [near] if near is not None else []
    return found


def _fold(text: str) -> str:
    """Lower case without accents: "Aurélie" and "Aurelie" are one spelling to a listener."""
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)
    )


def misheard_name(doc: Doc, needle: str, cutoff: float = 60.0) -> tuple[int, int] | None:
    """A person's name as Whisper wrote it when no window comes within
    :func:`fuzzy_occurrence`'s cutoff ("Ifeoma Nwosu" heard as "Ifiyoma N. Wusu", "Mireille
    Fontaine" as "Ryle Fauncane"): the window of up to two words more than the name, not
    starting or ending on a stop word and (unless the transcript is all lower case) starting
    capitalised, most like the name once accents are folded, if at least ``cutoff`` alike."""
    from rapidfuzz import fuzz

    want = _fold(needle.strip())
    n = len(want.split())
    lower = doc.text == doc.text.lower()
    best: tuple[float, int, int] | None = None
    for size in {max(1, n - 1), n, n + 1, n + 2}:
        for i in range(len(doc) - size + 1):
            window = doc[i : i + size]
            if any(t.is_punct for t in window) or window[0].is_stop or window[-1].is_stop:
                continue
            if not lower and not window[0].text[:1].isupper():
                continue
            score = fuzz.ratio(want, _fold(window.text))
            if score >= cutoff and (best is None or score > best[0]):
                best = (score, window.start_char, window.end_char)
    return None if best is None else (best[1], best[2])


def fuzzy_occurrence(doc: Doc, needle: str, cutoff: float = 80.0) -> tuple[int, int] | None:
    """Where a transcript has a misheard form of ``needle`` ("Chioma Eze" heard as "Chiomah
    Ezeh"): the token window (as many words, one more or one fewer) most like it, if its
    similarity is at least ``cutoff`` (0-100), else None."""
    from rapidfuzz import fuzz

    want = needle.strip().lower()
    n = len(want.split())
    best: tuple[float, int, int] | None = None
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(len(doc) - size + 1):
            window = doc[i : i + size]
            if window[0].is_punct or window[-1].is_punct:
                continue
            score = fuzz.ratio(want, window.text.lower())
            if score >= cutoff and (best is None or score > best[0]):
                best = (score, window.start_char, window.end_char)
    return None if best is None else (best[1], best[2])


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    span = doc.char_span(start, end, label=label, alignment_mode="strict")
    if span is None:
        # "Duolingo's" or a tokenizer split inside the string: the tokens that cover it,
        # unless that takes in more than punctuation
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span.text.strip(" .,'\"")) > end - start + 2:
            span = None
    return span


def annotate(doc: Doc, record: dict) -> bool:
    """Set ``doc.ents`` from the record's gold; False when a gold string is not in the text."""
    placed: list[Span] = []
    taken: set[int] = set()

    def place(span: Span | None) -> bool:
        if span is None or not len(span):
            return False
        if any(i in taken for i in range(span.start, span.end)):
            return True  # overlaps a span of higher priority: left out, record kept
        placed.append(span)
        taken.update(range(span.start, span.end))
        return True

    contact = record.get("contact") or {}
    anchor: int | None = None
    name = contact.get("name")
    if name:
        found = find(doc, name, name=True)
        if not found:
            return False
        anchor = found[0][0]
        if not place(_span(doc, *found[0], "CONTACT_NAME")):
            return False
    contact_org: tuple[int, int] | None = None
    for key, label in (("title", "CONTACT_TITLE"), ("company", "CONTACT_ORG")):
        value = contact.get(key)
        if not value:
            continue
        found = find(doc, value)
        if not found:
            return False
        near = anchor if anchor is not None else 0
        best = min(found, key=lambda o: abs(o[0] - near))
        if not place(_span(doc, *best, label)):
            return False
        if key == "company":
            contact_org = best
    for person in record.get("people_mentioned") or []:
        label = str(person.get("relation") or "mentioned").upper()
        found = find(doc, person.get("name") or "", name=True)
        if not found:
            return False
        for o in found:
            if not place(_span(doc, *o, label)):
                return False
    for company in record.get("companies_mentioned") or []:
        found = [o for o in find(doc, company) if o != contact_org]
        if not found and contact_org is None:
            return False
        for o in found:
            place(_span(doc, *o, "ORG"))
    doc.ents = sorted(placed, key=lambda s: s.start)
    return True


def crosses_sentence(doc: Doc, parsed: Doc) -> bool:
    """Whether an entity spans a sentence start of the base parse ("Sgt. | Williams"): the
    ``ner`` transition system cannot build such an entity and ``spacy train`` stops (E024)."""
    return bool(crossing(doc, parsed))


def crossing(doc: Doc, parsed: Doc) -> list[Span]:
    """The entities of ``doc`` that span a sentence start of the base parse."""
    starts = {t.idx for t in parsed if t.is_sent_start}
    return [e for e in doc.ents if any(t.idx in starts for t in e[1:])]


def unmark(doc: Doc, spans: list[Span]) -> None:
    """Turn ``spans`` from entities into missing annotation (no gold either way)."""
    if not spans:
        return
    drop = {(s.start, s.end) for s in spans}
    keep = [e for e in doc.ents if (e.start, e.end) not in drop]
    doc.set_ents(keep, missing=[doc[s:e] for s, e in drop], default="unmodified")


def build(paths: list[Path], nlp) -> tuple[DocBin, int, int]:  # type: ignore[no-untyped-def]
    """(DocBin of the recaps that align, recaps kept, recaps dropped)."""
    db = DocBin(store_user_data=False)
    kept = dropped = 0
    build.partial = 0  # type: ignore[attr-defined]
    records = [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = (r["text"] for r in records)
    for record, parsed in zip(records, nlp.pipe(texts, disable=["ner"]), strict=True):
        doc = nlp.make_doc(record["text"])
        if annotate(doc, record):
            across = crossing(doc, parsed)
            unmark(doc, across)
            build.partial += bool(across)  # type: ignore[attr-defined]
            db.add(doc)
            kept += 1
        else:
            dropped += 1
    return db, kept, dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("inputs", type=Path, nargs="+")
    args = ap.parse_args(argv)
    from debrief.extract.pipeline import load_base

    db, kept, dropped = build(args.inputs, load_base())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.out)
    partial = build.partial  # type: ignore[attr-defined]
    print(
        f"{args.out}: {kept} recaps, {dropped} dropped (not in the text); "
        f"{partial} with a span across a sentence left unlabelled"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
