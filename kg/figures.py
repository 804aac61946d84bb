"""The figures a document states for one indicator, merged onto its one SETS_TARGET edge (:mod:`kg.resolve`).

Example:
    >>> kept = {"unit": "亿元", "baseline": "4741", "baseline_year": 2023}
    >>> merge_figures(kept, {"unit": "%", "change": "增长", "target_value": "6.5", "target_year": 2024})
    >>> kept["growth_target"], kept["growth_target_year"]
    ('6.5', 2024)
"""

from __future__ import annotations


def merge_figures(kept: dict[str, object], found: dict[str, object]) -> None:
    """Fill ``kept`` (an edge's properties) from ``found`` (a later statement of the same fact).

    Statements of one unit fill in each other's missing keys. A document can state one indicator as a level
    and as a growth rate (地区生产总值达到4741亿元; 增长6.5%左右): the level keeps ``unit`` and its values, and the
    rate goes to ``growth`` (reported) or ``growth_target`` and ``growth_target_year``; a negative ``change``
    (下降) gives a negative rate. Two levels in different units keep the first.
    A figure scoped to a town, village or park (``scope``) adds nothing to one of another scope or of the whole
    area, and the whole area's figure replaces a scoped one found first: the edge keeps the document's own figure,
    the scoped statements stay among its evidence.
    """
    if not kept:  # the first statement (a scoped one too: it stays until the area's own is found)
        kept.update(found)
        return
    if kept.get("scope") != found.get("scope"):
        if "scope" in kept and "scope" not in found:
            kept.clear()
            kept.update(found)
        return
    unit = kept.get("unit")
    if unit is None or found.get("unit", unit) == unit:
        other_year = "baseline" in kept and "baseline" in found and kept.get("baseline_year") != found.get("baseline_year")
        for k, v in found.items():
            if not (other_year and k in _REPORTED):  # 1—5月's growth is not the growth of last year's level
                kept.setdefault(k, v)
        return
    if _is_rate(kept) and not _is_rate(found):  # the level came second: it leads, the rate is moved aside
        rate = dict(kept)
        kept.clear()
        kept.update(found)
        found = rate
    if _is_rate(found):
        for k, v in _as_growth(found).items():
            kept.setdefault(k, v)


#: The keys of a reported figure, which belong together: another year's statement adds none of them.
_REPORTED = frozenset(("baseline", "baseline_year", "growth", "period", "change"))


def _is_rate(props: dict[str, object]) -> bool:
    return bool(props.get("change")) and props.get("unit") in ("%", "个百分点", "百分点")


def _as_growth(rate: dict[str, object]) -> dict[str, object]:
    """A growth-rate statement's figures as growth keys (a fall written 下降/降低 is negative)."""
    sign = "-" if rate.get("change") in ("下降", "降低", "减少") else ""
    if "target_value" in rate:
        out = {"growth_target": f"{sign}{rate['target_value']}"}
        return out | ({"growth_target_year": rate["target_year"]} if "target_year" in rate else {})
    return {"growth": f"{sign}{rate['baseline']}"} if "baseline" in rate else {}
