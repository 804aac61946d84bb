"""kg.extract.section_finder answers as Document.section_at does, on the corpus documents."""

from __future__ import annotations

from pathlib import Path

from kg.extract import section_finder
from kg.ingest import read_document


def test_section_finder_matches_section_at_on_the_corpus(corpus_dir: Path) -> None:
    checked = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        document = read_document(path, root=corpus_dir)
        find = section_finder(document)
        edges = {b + d for s in document.sections for b in (s.start, s.end) for d in (-1, 0, 1)}
        offsets = sorted({*range(0, len(document.text) + 2, 5), *(o for o in edges if o >= 0)})
        for offset in offsets:
            assert find(offset) == document.section_at(offset), (path.name, offset)
        checked += len(document.sections)
    assert checked > 100
