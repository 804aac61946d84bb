"""One industry chain across documents that name it differently: a chain one document names by a taxonomy
alias (高端装备) is the chain another document names by the canonical name (高端装备制造).

Each document names its chains as written (ANNOTATION.md rule 19): an alias takes the taxonomy's canonical
name only where its own text writes that name (:meth:`extractors.chains.ChainMatcher.canonical`). Across
documents the taxonomy joins them when the corpus writes the canonical name somewhere; where it never does,
the chain keeps the name its texts give it (文化旅游 is not renamed 休闲旅游).

The taxonomy is read from the extractors' data file as plain data (no extraction code is imported here).

Example:
    >>> from schema import Label
    >>> chain = Label.INDUSTRY_CHAIN
    >>> taxonomy_joins({(chain, "高端装备"): 1, (chain, "高端装备制造"): 2, (chain, "文化旅游"): 1})
    {(<Label.INDUSTRY_CHAIN: 'IndustryChain'>, '高端装备'): '高端装备制造'}
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import yaml

from schema import Label

#: The industry taxonomy (canonical chain name -> its aliases).
CHAINS_FILE = Path(__file__).resolve().parent.parent / "extractors" / "data" / "industry_chains.yml"

Key = tuple[Label, str]


@lru_cache(maxsize=1)
def taxonomy_aliases(path: Path = CHAINS_FILE) -> dict[str, str]:
    """Each alias of the taxonomy mapped to its canonical chain name (the first chain listing it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    out: dict[str, str] = {}
    for name, spec in (data.get("chains") or {}).items():
        for alias in (spec or {}).get("aliases", []):
            out.setdefault(alias, name)
    return out


def taxonomy_joins(entities: Mapping[Key, object]) -> dict[Key, str]:
    """``(IndustryChain, alias) -> canonical`` for each chain named by a taxonomy alias whose canonical name is
    also a chain of ``entities`` (the corpus writes it)."""
    table = taxonomy_aliases()
    return {key: table[key[1]] for key in entities
            if key[0] == Label.INDUSTRY_CHAIN and key[1] in table and (Label.INDUSTRY_CHAIN, table[key[1]]) in entities}
