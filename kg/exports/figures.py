"""Figures of the graph with matplotlib: a CJK font that really renders, and layered layouts.

:func:`use_cjk_font` finds a font file with Chinese glyphs (the one
``scripts/install_fonts.sh`` installs, a Noto/Source Han/WenQuanYi font, or
the file named by ``KG_CJK_FONT``), registers it with
``matplotlib.font_manager.addfont`` and makes it the default, so labels such
as 成套装备制造 are drawn instead of empty boxes. :func:`layered_positions`
places nodes in one column per label (chains | enterprises | parks | towns),
ordered to keep edges short, which reads better than a spring layout.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Enterprise:天锻", label="Enterprise")
    >>> g.add_node("IndustryChain:成套装备制造", label="IndustryChain")
    >>> g.add_edge("Enterprise:天锻", "IndustryChain:成套装备制造", key="IN_CHAIN")
    'IN_CHAIN'
    >>> pos = layered_positions(g, ["IndustryChain", "Enterprise"])
    >>> pos["IndustryChain:成套装备制造"][0] < pos["Enterprise:天锻"][0]
    True
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from kg.errors import KGError

#: Where Debian/Ubuntu font packages put CJK fonts (fonts-wqy-microhei first: it is small).
KNOWN_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
_NAME_HINTS = ("wqy", "noto", "cjk", "sourcehan", "source-han", "droidsansfallback", "simhei", "ming")
_PROBE = "北辰区双街镇成套装备制造"


class FontMissingError(KGError):
    """No font with Chinese glyphs could be found."""


def has_cjk_glyphs(path: Path, probe: str = _PROBE) -> bool:
    """Tell whether the font file ``path`` has a glyph for every character of ``probe``."""
    from matplotlib.ft2font import FT2Font

    try:
        charmap = FT2Font(str(path)).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(ch) in charmap for ch in probe)


def _candidates() -> list[Path]:
    found = [Path(p) for p in KNOWN_FONTS]
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf"))
            found += [p for p in files if any(h in p.name.lower() for h in _NAME_HINTS)]
    return found


def find_cjk_font() -> Path:
    """Return the path of a font file with Chinese glyphs.

    ``KG_CJK_FONT`` (a file path) wins; then the known Debian paths; then any
    font under the usual font folders whose name suggests CJK coverage. Each
    candidate is checked for real glyphs.

    Raises:
        FontMissingError: when none is found, saying how to install one.
    """
    override = os.environ.get("KG_CJK_FONT")
    if override:
        if not has_cjk_glyphs(Path(override)):
            raise FontMissingError(f"KG_CJK_FONT={override}: not a readable font with Chinese glyphs")
        return Path(override)
    for path in _candidates():
        if path.is_file() and has_cjk_glyphs(path):
            return path
    raise FontMissingError(
        "no font with Chinese glyphs found, so figures would show empty boxes; "
        "run `bash scripts/install_fonts.sh` (Debian package fonts-wqy-microhei) "
        "or set KG_CJK_FONT to a .ttf/.ttc/.otf file with Chinese glyphs"
    )


def use_cjk_font() -> str:
    """Register a CJK font with matplotlib, make it the default and return its family name."""
    import matplotlib as mpl
    from matplotlib import font_manager

    path = find_cjk_font()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [family, *mpl.rcParams["font.sans-serif"]]
    mpl.rcParams["axes.unicode_minus"] = False
    return family


def _barycentre(node: Hashable, graph: Any, placed: dict[Hashable, float]) -> float:
    neighbours = [placed[n] for n in (*graph.predecessors(node), *graph.successors(node)) if n in placed]
    return sum(neighbours) / len(neighbours) if neighbours else float("-inf")


def _column_y(members: list[Hashable], tallest: int, spread: bool) -> dict[Hashable, float]:
    step = (tallest - 1) / max(len(members) - 1, 1) if spread and len(members) > 1 else 1.0
    offset = (len(members) - 1) * step / 2
    return {node: offset - rank * step for rank, node in enumerate(members)}


def layered_positions(graph: Any, columns: Sequence[str], *, label_attr: str = "label",
                      width: float = 1.0, spread: bool = True, sweeps: int = 2) -> dict[Hashable, tuple[float, float]]:
    """Place each node in the column of its label; order each column by its neighbours.

    The first column starts sorted by degree (busiest on top); each next column
    is sorted by the mean height of its neighbours already placed, so most edges
    run nearly horizontally. ``sweeps`` further passes re-sort every column
    against both neighbouring columns, which removes more crossings. Nodes whose
    label is not in ``columns`` are left out.

    Args:
        graph: a networkx graph whose nodes carry ``label_attr`` (e.g. from kg.load_graph).
        columns: labels from left to right, e.g. ["IndustryChain", "Enterprise", "Park", "Town"].
        label_attr: the node attribute holding the label.
        width: horizontal distance between columns.
        spread: stretch every column over the height of the tallest one (else unit steps).
        sweeps: extra ordering passes over all columns.

    Returns:
        ``{node: (x, y)}`` with y decreasing downwards and every column centred on 0.
    """
    groups = {label: sorted((n for n, d in graph.nodes(data=True) if d.get(label_attr) == label), key=str)
              for label in columns}
    tallest = max([len(g) for g in groups.values()] + [1])
    placed: dict[Hashable, float] = {}
    for sweep in range(sweeps + 1):
        for index, label in enumerate(columns):
            members = groups[label]
            if sweep == 0 and index == 0:
                members.sort(key=lambda n: (-graph.degree(n), str(n)))
            else:
                members.sort(key=lambda n: (-_barycentre(n, graph, placed), str(n)))
            placed.update(_column_y(members, tallest, spread))
    return {n: (columns.index(label) * width, placed[n]) for label in columns for n in groups[label]}
