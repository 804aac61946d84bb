"""Short forms a name declares (成都天府国际生物城（以下简称“生物城”）): each later occurrence is the named thing (split
from :mod:`extractors.name_lists`; :class:`extractors.names.NamesComponent` calls :func:`said_short_forms`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from extractors.candidates import Candidate
from extractors.name_words import GLUED_AFTER
from extractors.text_marks import said_short
from extractors.token_bounds import TokenBounds
from schema import Label

if TYPE_CHECKING:
    from extractors.names import NamesComponent

_SAID_LABELS = (Label.PARK, Label.PROJECT, Label.ORGANIZATION, Label.ENTERPRISE)


def said_short_forms(names: NamesComponent, text: str, bounds: TokenBounds, known: list[Candidate]) -> list[Candidate]:
    """The occurrences of a short form a park, project, body or company declares (成都天府国际生物城（以下简称“生物城”）),
    named with the full name: the declared one and the later ones where a token starts and ends, not inside a
    name found nor opening one (生物城大道). A name found that is just the short form (长飞公司 of
    长飞光纤光缆股份有限公司（以下简称长飞公司）) is replaced by one named in full (the caller drops the first)."""
    spans = sorted((c.start, c.end) for c in known)
    out: list[Candidate] = []
    for c in known:
        full = c.name or text[c.start:c.end]
        said = said_short(text, c.end, full) if c.label in _SAID_LABELS and c.strong else None
        if said is None:
            continue
        short = said.group(1)
        same = {(k.start, k.end) for k in known if k.label == c.label and text[k.start:k.end] == short}
        for hit in re.finditer(re.escape(short), text[said.start(1):]):
            start, end = said.start(1) + hit.start(), said.start(1) + hit.end()
            near = spans[bisect_left(spans, (start - _LONGEST, 0)):bisect_left(spans, (end, 0))]
            if (start, end) in same or start == said.start(1) \
                    or (start >= said.end() and (bounds.is_end(end) or text[end:end + 1] in _GLUED_AFTER)
                                        and bounds.token_start(start) == start
                                        and not any(e > start and not start <= lo < e <= end for lo, e in near)
                                        and not names.patterns.suffix_re.match(text, end)):
                out.append(Candidate(start, end, c.label, "name.said_short", True, full))
    return out


#: Function words the segmenter glues to the end of a short form (代建单位长清城|发未|按…): its end all the same (the
#: walk's, and the negation and prepositions after a subject).
_GLUED_AFTER = GLUED_AFTER | frozenset("未对被把从向")
_LONGEST = 80  # no name found is longer: the spans that may hold an occurrence start at most this far before it
