"""Code comments cite the measurement behind a choice by section: (docs/NAME.md, "Heading"),
or (README, "Heading") for what the README still holds. The history moved out of the README
once (stop 28) and left such citations pointing at nothing; this keeps each one pointing at a
heading that exists, by its first words (headings are long: "Contact, pipeline 1.21" stands
for "Contact, pipeline 1.21: the roles model retrained")."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("debrief", "scripts", "benchmarks", "tests")

#: A citation: the file, a comma or not, then the quoted heading; a comment may break it over lines.
CITATION = re.compile(r'(README|docs/[\w-]+\.md),?\s*(?:#:?\s*)?"([^"]+)"')


def _headings(doc: Path) -> list[str]:
    return [ln.lstrip("#").strip() for ln in doc.read_text().splitlines() if ln.startswith("#")]


def _citations() -> list[tuple[str, str, str]]:
    """(where, cited file, heading) for every citation in the code, whitespace and comment
    markers inside the heading folded to one space."""
    out = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__).resolve():
                continue  # its docstring shows the form
            text = path.read_text()
            for m in CITATION.finditer(text):
                heading = " ".join(re.sub(r"\n\s*#:?", " ", m.group(2)).split())
                out.append((str(path.relative_to(ROOT)), m.group(1), heading))
    return out


def test_every_cited_section_exists() -> None:
    found = _citations()
    assert len(found) >= 12, found  # the regex still reads the citations there are
    missing = []
    for where, cited, heading in found:
        doc = ROOT / ("README.md" if cited == "README" else cited)
        if not any(h.startswith(heading) for h in _headings(doc)):
            missing.append(f"{where}: {cited}, {heading!r}")
    assert not missing, missing


def test_a_citation_to_a_moved_section_is_caught() -> None:
    # The check itself: a heading that now lives in docs/ is not one of the README's.
    readme = _headings(ROOT / "README.md")
    history = _headings(ROOT / "docs" / "extraction-history.md")
    assert not any(h.startswith("Contact, pipeline 1.21") for h in readme)
    assert any(h.startswith("Contact, pipeline 1.21") for h in history)
