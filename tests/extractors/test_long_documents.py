"""Rules rewritten to cost linear time on long documents find what the plain computation found.

Each test keeps the plain computation (a regex ``finditer``, a scan over every mention) as the
reference and compares on the corpus, the gold passages and texts of the shapes that made the plain
computation quadratic (long runs of digits, one sentence repeated many times).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from extractors import indicators, overlaps, policies, policy_links, rel_context
from extractors.base import document_of, mentions_of, text_of
from extractors.gazetteer import GazetteerComponent, _with_short_city
from extractors.gazetteer_data import Area
from extractors.indicators import IndicatorFinder, value_hits
from extractors.people import PeopleFinder
from extractors.rel_chains import _PARK_TYPE, _NamedChains, chain_mentions
from extractors.rel_context import RelContext
from extractors.text_marks import Covered, ScopesAt, TakenSpans
from schema import Document, Label, Mention, RelType

ROOT = Path(__file__).resolve().parents[2]
#: One sentence of the corpus' kind, with a park named by a chain, an enterprise, a chain and a target.
REPEATED = "加快推进双街镇京津医药谷项目建设，支持天津荣程集团在北辰经济技术开发区布局新能源汽车产业链，" \
           "做强高端装备制造产业，建设高端装备制造产业园，到2025年地区生产总值达到1200亿元。"


def corpus_and_gold_texts() -> list[str]:
    """The raw corpus documents and the text of every gold passage."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "gold").rglob("*.yaml")):
        texts.append(yaml.safe_load(path.read_text(encoding="utf-8"))["text"])
    return texts


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]


@lru_cache(maxsize=16)
def doc_before(text: str, component: str = "kg_relations") -> Doc:
    """The Doc of ``text`` as ``component`` receives it (every earlier component has run)."""
    from extractors.base import init_doc
    from extractors.pipeline import load_nlp, make_doc
    from kg.ingest import document_from_text

    nlp = load_nlp()
    document = document_from_text(text, doc_id="t")
    doc = make_doc(nlp, document.text)
    init_doc(doc, document)
    for name, step in nlp.pipeline:
        if name == component:
            return doc
        doc = step(doc)
    raise KeyError(component)


def long_texts() -> list[str]:
    """The corpus documents, a text of one sentence repeated in lines of 20, and the corpus' lines in
    another order (a long document naming many companies and their short forms)."""
    lines = [line for text in corpus_texts() for line in text.split("\n") if line.strip()]
    mixed = "\n".join(lines[i * 7919 % len(lines)] for i in range(len(lines)))
    return corpus_texts() + [(REPEATED * 20 + "\n") * 15, mixed]


@lru_cache(maxsize=1)
def places_text() -> str:
    """Lines of sentences naming 北辰区's towns and villages and counties all over the country."""
    from extractors.gazetteer_data import load_gazetteer

    gz = load_gazetteer()
    code = gz.counties["北辰区"][0].code
    pairs = [(town, village) for town in gz.towns[code] for village in gz.villages_of(code, town)]
    counties = sorted(gz.counties)[:600]
    sentences = [f"北辰区{t}{v}与{counties[i * 37 % len(counties)]}开展合作，推进{v}人居环境整治。"
                 for i, (t, v) in enumerate(pairs * 3)]
    return "\n".join("".join(sentences[i:i + 40]) for i in range(0, len(sentences), 40))


def _hits(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def indicator_finder() -> IndicatorFinder:
    return IndicatorFinder()


def test_value_hits_equal_finditer_on_corpus_gold_and_digit_runs() -> None:
    """Every value the plain ``finditer`` finds, on real text and on lines of thousands of digits."""
    indicators = indicator_finder()
    assert indicators._value_at_run is not None  # no unit starts with a digit: the run-start scan is used
    digits = "".join(str(i * 7 % 10) for i in range(3000))
    texts = corpus_and_gold_texts() + [
        f"指标\t{digits}\t2025年\t{digits}.5亿元\n" * 3,
        "PM2.5年均浓度5μg/m345亿元，下降到3μg/m3 12%以上，1.2.3万吨、２３亿元",
    ]
    found = 0
    for text in texts:
        expected = _hits(indicators._value.finditer(text))
        assert _hits(value_hits(indicators._value, indicators._value_at_run, text)) == expected
        found += len(expected)
    assert found > 500


_PIECES = list("0123456789.%万吨亿元μg/m3 以上产值") + ["μg/m3", "12", "3.5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_value_hits_equal_finditer_on_generated_text(text: str) -> None:
    """Units that end with a digit (μg/m3) right before another number, decimals, dots."""
    finder = indicator_finder()
    assert _hits(value_hits(finder._value, finder._value_at_run, text)) == _hits(finder._value.finditer(text))


def _named_chain_plainly(m: Mention, chains: list[Mention]) -> Mention | None:
    """The park's chain as ``rel_chains`` computed it before: every chain against the park's name."""
    if m.label != Label.PARK:
        return None
    named = [c for c in chains if len(c.name) >= 2 and c.name in m.name
             and _PARK_TYPE.fullmatch(m.name[m.name.rindex(c.name) + len(c.name):])]
    return max(named, key=lambda c: (len(c.name), -c.start)) if named else None


def test_named_chains_equal_the_plain_computation_on_corpus_and_repeated_sentences() -> None:
    named = 0
    for text in long_texts():
        ctx = RelContext(doc_before(text))
        chains = chain_mentions(ctx)
        lookup = _NamedChains(chains)
        for m in ctx.ms:
            expected = _named_chain_plainly(m, chains)
            assert lookup.of(m) is expected
            named += expected is not None
    assert named > 20


def _first_within_plainly(starts: list[int], lo: int, hi: int, _in_order: bool) -> int | None:
    return next((s for s in starts if lo <= s < hi), None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=12), st.integers(0, 40), st.integers(0, 40), st.booleans())
def test_first_within_equals_reading_every_start(starts: list[int], lo: int, hi: int, ordered: bool) -> None:
    """In order (bisection) or not (every start read): the first start inside ``[lo, hi)``."""
    starts = sorted(starts) if ordered else starts
    in_order = starts == sorted(starts)
    assert policy_links._first_within(starts, lo, hi, in_order) == _first_within_plainly(starts, lo, hi, in_order)


def test_reported_targets_equal_the_plain_lookup_on_corpus_and_repeated_sentences(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every relation (moved SETS_TARGET included) as with the lookup that reads every indicator start."""
    from extractors.pipeline import extract
    from kg.ingest import document_from_text

    texts = long_texts() + ["《北辰区“十四五”规划》提出，到2025年地区生产总值达到1200亿元。" * 50]
    documents = [document_from_text(text, doc_id="t") for text in texts]
    fast = [extract(d).relations for d in documents]
    monkeypatch.setattr(policy_links, "_first_within", _first_within_plainly)
    assert fast == [extract(d).relations for d in documents]
    assert any(r.type.value == "SETS_TARGET" and r.source.label == Label.POLICY for rels in fast for r in rels)


class _PlainTaken:
    """The spans taken so far, each compared with every question (the computation before TakenSpans)."""

    def __init__(self, _length: int) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=25))
def test_taken_spans_answer_as_comparing_every_span(spans: list[tuple[int, int]]) -> None:
    """Each span is asked about, then taken if free: as the short-form references are."""
    fast, plain = TakenSpans(40), _PlainTaken(40)
    for start, size in spans:
        assert fast.overlaps(start, start + size) == plain.overlaps(start, start + size)
        if not plain.overlaps(start, start + size):
            fast.add(start, start + size)
            plain.add(start, start + size)


def test_short_form_references_equal_the_plain_computation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The references of a RelContext (mentions plus short company forms) on corpus and long texts."""
    docs = [doc_before(text) for text in long_texts()]
    fast = [[(m.start, m.end, m.name, m.rule) for m in RelContext(doc).refs] for doc in docs]
    monkeypatch.setattr(rel_context, "TakenSpans", _PlainTaken)
    assert fast == [[(m.start, m.end, m.name, m.rule) for m in RelContext(doc).refs] for doc in docs]
    assert sum(m[3] == "ref.short_form" for refs in fast for m in refs) > 50


class _PlainGazetteer(GazetteerComponent):
    """Each county's city and province searched for in the whole text at each of its matches."""

    def _city_named(self, area: Area, named: Callable[[str], bool]) -> bool:
        text = self._text
        names = (area.city, _with_short_city(area), area.province,
                 self.gz.provinces[area.province].short if area.province in self.gz.provinces else "")
        return any(n and n in text for n in names)


def test_gazetteer_matches_equal_searching_the_text_at_each_county() -> None:
    fast, plain = GazetteerComponent(), _PlainGazetteer()
    counties = 0
    for text in [*corpus_texts(), places_text()]:
        doc = doc_before(text, "kg_gazetteer")
        plain._text = text_of(doc)
        found = fast.match(doc)
        assert found == plain.match(doc)
        counties += sum(p.rule == "gazetteer.county" for _, _, p in found)
    assert counties > 500


def gold_text(name: str) -> str:
    """The text of one gold passage."""
    path = next((ROOT / "tests" / "gold").rglob(f"{name}-*.yaml"))
    return yaml.safe_load(path.read_text(encoding="utf-8"))["text"]


def model_town_headings() -> str:
    """A plan of 240 headings naming towns by their 示范镇 form: 北辰区's towns, and 木渎 (a town of
    another county, which every such heading looks up among the text's towns)."""
    towns = ["双街镇", "大张庄镇", "西堤头镇", "青光镇", "双口镇", "小淀镇", "北仓镇", "天穆镇"]
    blocks = [f"({_NUMERALS[i % 8]}){town[:-1] if i % 3 else '木渎'}示范镇建设工程\n"
              f"加快推进{town}还迁安置和产业园区建设，完善公共服务设施。\n" for i, town in enumerate(towns * 30)]
    return "北辰区新型城镇化规划\n" + "".join(blocks)


_NUMERALS = "一二三四五六七八九十"


def test_town_scopes_equal_indexing_the_towns_at_each_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Headings naming a town by its 示范镇 form (gold passage s02; a plan of 240 such headings)."""
    from extractors.rel_town_scopes import town_scopes

    texts = [*corpus_texts(), gold_text("s02"), (gold_text("s02") + "\n") * 2, model_town_headings()]
    docs = [doc_before(text) for text in texts]
    fast = [town_scopes(RelContext(doc)) for doc in docs]
    monkeypatch.setattr(RelContext, "towns_by_name",
                        property(lambda ctx: {t.name: t for t in ctx.ms if t.label == Label.TOWN}))
    assert fast == [town_scopes(RelContext(doc)) for doc in docs]
    assert sum(town.rule == "ref.model_town" for scopes in fast for town, *_ in scopes) >= 3
    assert sum(rule == "context.heading_town" for _, _, _, rule in fast[-1]) >= 150


class _PlainCovered:
    """Every span read for each position (the computation before Covered)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    def holds(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.spans)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12), st.integers(-2, 32))
def test_covered_equals_reading_every_span(spans: list[tuple[int, int]], pos: int) -> None:
    """Overlapping, nested, touching, empty and reversed spans."""
    assert Covered(spans).holds(pos) == _PlainCovered(spans).holds(pos)


def table_rows_text() -> str:
    """A plan whose indicator tables alternate with sentences setting targets, 40 times over."""
    rows = "\n".join(f"{name}\t亿元\t2020年\t{100 + k}\t2025年\t{200 + k}\t{k % 9 + 1}%"
                     for k, name in enumerate(["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额"]))
    block = (f"表1 主要指标\n指标\t单位\t基期\t数值\t目标期\t目标值\t年均增长\n{rows}\n"
             "到2025年，全区地区生产总值达到1200亿元，居民人均可支配收入与经济发展同步增长。\n")
    return "北辰区“十四五”规划\n" + block * 40


def test_indicators_equal_reading_every_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """Values inside tables are left to the table rows, in the corpus and in a plan of 40 tables."""
    finder = indicator_finder()
    docs = [doc_before(text, "kg_indicators") for text in [*corpus_texts(), table_rows_text()]]
    fast = [finder.match(doc) for doc in docs]
    monkeypatch.setattr(indicators, "Covered", _PlainCovered)
    assert fast == [finder.match(doc) for doc in docs]
    assert len(document_of(docs[-1]).tables) >= 40 and len(fast[-1]) >= 40


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=14))
def test_dedupe_equals_comparing_every_kept_policy(spans: list[tuple[int, int]]) -> None:
    """Nested, overlapping, touching and (for the fallback) empty spans."""
    found = [policies.PolicyMatch(start, start + size, f"p{i}", "r") for i, (start, size) in enumerate(spans)]
    assert policies._dedupe(found) == policies._dedupe_plainly(found)


def test_policies_equal_comparing_every_kept_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The policy names of the corpus and of a long text of its lines in another order."""
    ruler = policies.PolicyRuler()
    docs = [doc_before(text, "kg_policies") for text in long_texts()]
    fast = [ruler.match(doc) for doc in docs]
    monkeypatch.setattr(policies, "_dedupe", policies._dedupe_plainly)
    assert fast == [ruler.match(doc) for doc in docs]
    assert len(fast[-1]) > 200


class _PlainPeople(PeopleFinder):
    """The mentions ending at a title found by reading every mention, once per title."""

    def _office(self, doc: Doc, document: Document, role: str, title_start: int,
                ending_at: dict[int, list[Mention]]) -> tuple[tuple[Label, str] | None, int]:
        plain = {title_start: [m for m in mentions_of(doc) if m.end == title_start]}
        return super()._office(doc, document, role, title_start, plain)


def people_text() -> str:
    """News lines naming officials by region and title, 300 times over."""
    lines = ["近日，北辰区区长王宝雨在接受津云记者专访时表示，越是艰险越向前。",
             "天津市北辰区人民政府办公室主任李松达主持会议，北辰区区委书记赵颖妍出席并讲话。",
             "西堤头镇党委书记张明远介绍，天津荣程集团有限公司董事长王世民参加签约。"]
    return "\n".join(lines[k % 3] for k in range(900)) + "\n"


def test_people_equal_reading_every_mention_at_each_title() -> None:
    fast, plain = PeopleFinder(), _PlainPeople()
    offices = 0
    for text in [*corpus_texts(), people_text()]:
        doc = doc_before(text, "kg_people")
        found = fast.match(doc)
        assert found == plain.match(doc)
        offices += sum(m.office is not None for m in found)
    assert offices >= 600


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12), st.integers(-2, 32))
def test_scopes_at_equal_reading_every_scope(bounds: list[tuple[int, int]], pos: int) -> None:
    """Nested, overlapping, touching, empty and reversed scopes, in their given order."""
    scopes = [(lo, hi, i) for i, (lo, hi) in enumerate(bounds)]
    assert ScopesAt(scopes)(pos) == [x for x in scopes if x[0] <= pos < x[1]]


class _PlainScopes:
    """Every scope read for each position (the computation before ScopesAt)."""

    def __init__(self, scopes: list[tuple[int, int, list[Mention]]]) -> None:
        self.scopes = scopes

    def __call__(self, pos: int) -> list[tuple[int, int, list[Mention]]]:
        return [x for x in self.scopes if x[0] <= pos < x[1]]


def chain_headings_text() -> str:
    """A plan of 300 headings naming industry chains, each over a paragraph led by a chain, with a project."""
    chains = ["高端装备制造", "新能源汽车", "现代医药", "电子信息", "现代物流"]
    blocks = [f"({_NUMERALS[k % 10]}){chains[k % 5]}产业\n发展{chains[(k + 1) % 5]}产业。加快推进天津荣程"
              f"{k}号智能制造项目建设，建设北辰{chains[k % 5]}产业园。\n" for k in range(300)]
    return "北辰区产业发展规划\n一、重点产业\n" + "".join(blocks)


def test_chain_relations_equal_reading_every_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    """IN_CHAIN from paragraph leads and headings, in the corpus and in a plan of 300 chain headings."""
    from extractors import rel_chains

    docs = [doc_before(text) for text in [*corpus_texts(), chain_headings_text()]]
    fast = [rel_chains.chain_relations(RelContext(doc)) for doc in docs]
    monkeypatch.setattr(rel_chains, "ScopesAt", _PlainScopes)
    assert fast == [rel_chains.chain_relations(RelContext(doc)) for doc in docs]
    assert len(rel_chains._heading_chains(RelContext(docs[-1]))) >= 300
    assert [r.rule for r in fast[-1]].count("context.paragraph_chain") >= 300


def companies_text(count: int = 600) -> str:
    """Lines naming distinct companies with their short forms, projects, subsidiaries and parks."""
    chars, trades = "华中北新瑞泰达源信科鑫隆盛恒宏博晟汇通安康", ["智能装备", "新材料", "生物医药", "电子信息"]
    lines = []
    for k in range(count):
        core = chars[k % 20] + chars[k // 20 % 20] + trades[k % 4]
        short = core[:2] + trades[k % 4][:2]
        lines.append(f"天津{core}有限公司（以下简称“{short}”）投资建设{core}二期项目，{short}所属的天津{core}研究院"
                     f"落户北辰经济技术开发区{core[:3]}产业园，{core[:2]}集团与{short}合作建设{core[:3]}产业园。"
                     f"北辰经济技术开发区管委会出席仪式，天津{core}有限公司新建厂房项目开工。企业集聚北辰经济技术开发区。")
    return "北辰区重点企业发展情况\n" + "\n".join(lines) + "\n"


class _PlainIndex:
    """A look-up that reads every entry per question (the computations before the indexes)."""

    def __init__(self, entries: list, match: Callable) -> None:
        self.entries, self.match = entries, match

    def get(self, key: object, default: object = ()) -> list:
        return [value for entry, value in self.entries if self.match(entry, key)] or list(default)


def _plain_by_start(mentions: list[Mention]) -> _PlainIndex:
    return _PlainIndex([(m.start, m) for m in mentions], lambda start, wanted: start == wanted)


def _plain_by_tail(parks: set[str]) -> _PlainIndex:
    return _PlainIndex([(p, p) for p in parks], lambda park, name: park.endswith(name) and park != name)


def test_overlaps_equal_reading_every_company_issuer_and_park(monkeypatch: pytest.MonkeyPatch) -> None:
    """kg_overlaps on the corpus and on 600 companies with their projects and parks."""
    from extractors.pipeline import load_nlp

    step = load_nlp().get_pipe("kg_overlaps")
    docs = [doc_before(text, "kg_overlaps") for text in [*corpus_texts(), companies_text()]]
    fast = [step.match(doc) for doc in docs]
    monkeypatch.setattr(overlaps, "_by_start", _plain_by_start)
    monkeypatch.setattr(overlaps, "_by_tail", _plain_by_tail)
    assert fast == [step.match(doc) for doc in docs]
    assert sum(m.label == Label.PARK for m in fast[-1]) > 500


def _park_prefix_parts_plainly(ctx: RelContext) -> list:
    from extractors.rel_places import _rel

    parks = {m.name: m for m in ctx.ms if m.label == Label.PARK}
    out = []
    for name, m in parks.items():
        parent = max((p for p in parks if p != name and name.startswith(p) and len(name) - len(p) >= 2),
                     key=len, default=None)
        if parent:
            out.append(_rel(ctx, RelType.PART_OF, m, (Label.PARK, parent), m.start, "name.park_prefix"))
    return out


def test_park_prefix_parts_equal_comparing_every_park() -> None:
    from extractors.rel_places import park_prefix_parts

    parts = 0
    for text in [*corpus_texts(), companies_text(), gold_text("s02")]:
        ctx = RelContext(doc_before(text))
        found = park_prefix_parts(ctx)
        assert found == _park_prefix_parts_plainly(ctx)
        parts += len(found)
    assert parts >= 300


def _phase_and_prefix_owners_plainly(ctx: RelContext) -> list:
    """rel_actors.phase_and_prefix_owners as it was: the sentence's companies read per project, and every
    company name, longest first, tried as the start of its name."""
    from extractors.rel_actors import (
        _FACILITY_TAIL,
        _PHASE,
        BUILT,
        _key,
        _owner_by_prefix,
        _quoted,
        _rel,
        _whole_core_prefix,
    )
    from extractors.rel_context import company_core

    out = []
    others = {m.name for m in ctx.ms if m.label not in (Label.ENTERPRISE,)}
    shorts = {m.name for m in ctx.ms if m.label == Label.ENTERPRISE}
    cores = frozenset(company_core(full) for full in set(ctx.companies.values()))
    for m in ctx.ms:
        if m.label not in BUILT or (m.label == Label.PARK and not _whole_core_prefix(cores, m.name)):
            continue
        phase = _PHASE.match(m.name) if m.label == Label.PROJECT else None
        span = ctx.sentence(m.start)
        near = frozenset(e.name for e in ctx.within(span.start, span.end, {Label.ENTERPRISE}))
        owner = _owner_by_prefix(ctx, m.name, near) or next(
            (e for e in sorted(shorts, key=len, reverse=True) if m.name.startswith(e) and len(m.name) > len(e)), None)
        rule = "name.owner_prefix"
        if owner is None and phase and ctx.owner_of(phase.group("base")):
            owner, rule = ctx.owner_of(phase.group("base")), "name.phase"
        elif owner is None and phase:
            base = phase.group("base")
            bracketed = m.name[len(base):len(base) + 1] in ("(", "（")
            if base in others or _FACILITY_TAIL.search(base) or len(base) < 2 or _quoted(ctx, m) or bracketed:
                continue
            owner, rule = base, "name.phase"
            mentions_of(ctx.doc).append(Mention(label=Label.ENTERPRISE, text=base, name=base, start=m.start,
                                                end=m.start + len(base), rule="name.phase_base"))
        elif phase:
            rule = "name.phase"
        if owner:
            out.append(_rel(ctx, RelType.DEVELOPS, (Label.ENTERPRISE, owner), _key(m), m.start, rule))
    return out


def enumeration_text(count: int = 300) -> str:
    """One sentence listing companies, their projects and parks by the hundred, joined by 、."""
    chars, trades = "华中北新瑞泰达源信科鑫隆盛恒宏博晟汇通安康", ["智能装备", "新材料", "生物医药", "电子信息"]
    items = []
    for k in range(count):
        core = chars[k % 20] + chars[k // 20 % 20] + trades[k % 4]
        items += [f"天津{core}有限公司", f"{core}二期", f"{core[:2]}集团{core[2:]}产业园"]
    return "北辰区重点推进" + "、".join(items) + "等项目建设。\n"


def test_phase_and_prefix_owners_equal_the_plain_computation() -> None:
    """DEVELOPS from names and phases, and the companies they add, on the corpus and on long texts."""
    from extractors.rel_actors import phase_and_prefix_owners

    developed = 0
    for text in [*corpus_texts(), companies_text(), enumeration_text()]:
        fast_doc, plain_doc = doc_before.__wrapped__(text), doc_before.__wrapped__(text)  # the rule adds mentions
        found = phase_and_prefix_owners(RelContext(fast_doc))
        assert found == _phase_and_prefix_owners_plainly(RelContext(plain_doc))
        assert mentions_of(fast_doc) == mentions_of(plain_doc)
        developed += len(found)
    assert developed > 500
