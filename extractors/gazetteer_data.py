"""The administrative-division gazetteer: China down to villages, from jionlp's wheel.

jionlp ships ``dictionary/china_location.txt``, a tab-indented tree
(province / city / county / town / village, the first three with code and
short name). It is read straight from the installed package, without
importing jionlp, and kept in compact dictionaries. ``regions_extra.tsv``
beside this file adds areas the tree lacks (e.g. 雄安新区).

Example:
    >>> gz = load_gazetteer()
    >>> gz.counties["北辰区"][0].city
    '天津市'
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg import disk_cache
from kg.compiled import source_file

EXTRA_REGIONS = Path(__file__).with_name("data") / "regions_extra.tsv"


@dataclass(frozen=True)
class Area:
    """A province, city or county with its parents."""

    name: str
    level: str  # province | city | county
    code: str
    short: str
    province: str
    city: str = ""
    #: The counties whose towns a county-level area without towns of its own holds (a 国家级新区's).
    members: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    """Lookup tables of the administrative tree."""

    provinces: dict[str, Area] = field(default_factory=dict)
    cities: dict[str, list[Area]] = field(default_factory=dict)
    counties: dict[str, list[Area]] = field(default_factory=dict)
    towns: dict[str, list[str]] = field(default_factory=dict)  # county code -> towns
    #: county code -> one line per town with villages, ``town\tvillage\tvillage...``: 3k strings
    #: instead of 658k in the pickle, which then loads in 5 ms instead of 0.26 s (see :meth:`villages_of`).
    villages: dict[str, str] = field(default_factory=dict)

    def villages_of(self, county_code: str, town: str) -> list[str]:
        """The villages of ``town`` in the county ``county_code``, in gazetteer order."""
        prefix = town + "\t"
        for line in self.villages.get(county_code, "").split("\n"):
            if line.startswith(prefix):
                return line.split("\t")[1:]
        return []

    def areas(self) -> list[Area]:
        """Every province, city and county."""
        out = list(self.provinces.values())
        for group in (self.cities, self.counties):
            out.extend(a for areas in group.values() for a in areas)
        return out


def gazetteer_path() -> Path:
    """Where jionlp's china_location.txt (or the .zip the wheel ships it in) is installed."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jionlp is not installed; `pip install jionlp` provides the gazetteer")
    folder = Path(list(spec.submodule_search_locations)[0]) / "dictionary"
    text = folder / "china_location.txt"
    return text if text.is_file() else folder / "china_location.zip"


def _gazetteer_lines(path: Path) -> Iterator[str]:
    """Lines of the gazetteer, from the plain file or from inside the wheel's zip."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive, archive.open("china_location.txt") as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def _parse_line(gz: Gazetteer, line: str, state: dict[str, str], villages: dict[tuple[str, str], list[str]]) -> None:
    depth = len(line) - len(line.lstrip("\t"))
    parts = line.strip().split("\t")
    if depth == 0 and len(parts) == 3:
        state.update(province=parts[0], city="", county="", code="")
        gz.provinces[parts[0]] = Area(parts[0], "province", parts[1], parts[2], parts[0])
    elif depth == 1 and len(parts) == 3:
        state.update(city=parts[0], county="", code="")
        area = Area(parts[0], "city", parts[1], parts[2].split("/")[0], state["province"])
        gz.cities.setdefault(parts[0], []).append(area)
    elif depth == 2 and len(parts) == 3:
        state.update(county=parts[0], code=parts[1], town="")
        area = Area(parts[0], "county", parts[1], parts[2], state["province"], state["city"])
        gz.counties.setdefault(parts[0], []).append(area)
    elif depth == 3 and state.get("code"):
        state["town"] = parts[0]
        gz.towns.setdefault(state["code"], []).append(parts[0])
    elif depth == 4 and state.get("town"):
        villages.setdefault((state["code"], state["town"]), []).append(parts[0])


def _add_extra(gz: Gazetteer, path: Path) -> None:
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, level, code, short, province, city, members = (line.split("\t") + [""] * 7)[:7]
        area = Area(name, level, code, short, province, city, tuple(m for m in members.split(",") if m))
        table = gz.counties if level == "county" else gz.cities
        table.setdefault(name, []).append(area)


def parse_gazetteer(source: Path) -> Gazetteer:
    """Parse the gazetteer tree (and ``regions_extra.tsv``) into lookup tables."""
    gz = Gazetteer()
    state: dict[str, str] = {}
    villages: dict[tuple[str, str], list[str]] = {}
    for line in _gazetteer_lines(source):
        if line.strip():
            _parse_line(gz, line.rstrip("\n"), state, villages)
    lines: dict[str, list[str]] = {}
    for (code, town), names in villages.items():
        lines.setdefault(code, []).append("\t".join([town, *names]))
    gz.villages = {code: "\n".join(rows) for code, rows in lines.items()}
    _add_extra(gz, EXTRA_REGIONS)
    return gz


def _cache_file(source: Path) -> Path:
    """Where the parsed tables of ``source`` are kept: keyed by both input files and this code."""
    digest = hashlib.sha256()
    for path in (source, EXTRA_REGIONS, source_file(__file__)):  # this module's source, compiled or not
        stat = path.stat() if path.exists() else None
        digest.update(f"{path}:{stat.st_size if stat else 0}:{stat.st_mtime_ns if stat else 0};".encode())
    return disk_cache.cache_dir() / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer, parsed once per machine (a pickle in kg's cache folder, see :mod:`kg.disk_cache`).

    Parsing the 700k-line tree takes about a second; the cache is rebuilt
    whenever the source files or this module change, and ignored if unreadable.
    """
    source = Path(path) if path else gazetteer_path()
    cache = _cache_file(source)
    cached = disk_cache.load(cache, Gazetteer)
    if cached is not None:
        return cached
    gz = parse_gazetteer(source)
    disk_cache.store(cache, gz, family="gazetteer-*.pickle")
    return gz


WORD_COUNTIES = Path(__file__).with_name("data") / "word_counties.txt"


@lru_cache(maxsize=1)
def word_counties() -> frozenset[str]:
    """County names that are everyday words too (站前区, 老城区): ``data/word_counties.txt``."""
    lines = WORD_COUNTIES.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def listed_after(text: str, start: int, areas: list[Area], before: list[tuple[int, int, Area]]) -> Area | None:
    """Of counties sharing a name, the one of the city of the county listed right before it (深圳市福田区、南山区: 深圳市's
    南山区, whatever city the text names most); None where no such county stands before it."""
    if len(areas) < 2 or not before or before[-1][1] != start - 1 or text[start - 1] not in "、和及与":
        return None
    prev = before[-1][2]
    return next((a for a in areas if prev.level == "county" and a.city and a.city == prev.city), None)
