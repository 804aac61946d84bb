"""The faster scans of branch s8-speed give what the plain scans they replaced give.

Each test keeps the plain scan (a regex ``finditer``, a character loop) as the reference and
compares on the corpus, on the gold passages and on generated strings.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.pair_gate import PairGate
from extractors.policies import _NAME_CHARS, PolicyRuler
from extractors.suffix_scan import LazySuffixPattern

ROOT = Path(__file__).resolve().parents[2]


def corpus_and_gold_texts() -> list[str]:
    """The raw corpus documents and the text of every gold passage."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "gold").rglob("*.yaml")):
        texts.append(yaml.safe_load(path.read_text(encoding="utf-8"))["text"])
    return texts


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


def _assert_scans_equal_regexes(scans: tuple[object, ...], texts: list[str]) -> None:
    """Each fast scan finds what the regex it wraps (``scan.pattern``) finds, in every text."""
    for scan in scans:
        for text in texts:
            assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))  # type: ignore[attr-defined]


def test_bare_plan_scan_equals_the_regex_on_corpus_and_gold() -> None:
    bare = PolicyRuler()._bare
    texts = corpus_and_gold_texts()
    assert len(texts) > 5 and any(_spans(bare.pattern.finditer(t)) for t in texts)
    for text in texts:
        assert _spans(bare.finditer(text)) == _spans(bare.pattern.finditer(text))


_SUFFIXES = ["规划纲要", "规划", "纲要", "划纲", "方案", "案", "计划", "划划"]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="规划纲要方案计划北辰区“”，。a1 \n", max_size=80),
       st.lists(st.sampled_from(_SUFFIXES), min_size=1, max_size=5, unique=True),
       st.integers(1, 3), st.integers(3, 8))
def test_lazy_suffix_pattern_equals_the_regex_on_generated_text(text: str, suffixes: list[str], lo: int,
                                                                hi: int) -> None:
    """Suffixes inside suffixes, overlapping ones, suffix characters among the name characters."""
    pattern = LazySuffixPattern(_NAME_CHARS, lo, hi, suffixes)
    assert _spans(pattern.finditer(text)) == _spans(pattern.pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="划纲计方案北区，a", max_size=60), st.integers(1, 4))
def test_lazy_suffix_pattern_with_a_narrow_class_equals_the_regex(text: str, hi: int) -> None:
    """Name characters that exclude some suffix characters: a suffix then stops the run."""
    pattern = LazySuffixPattern("北区划a", 1, hi, ["划纲", "方案", "划"])
    assert _spans(pattern.finditer(text)) == _spans(pattern.pattern.finditer(text))


def test_dict_matchers_with_the_pair_gate_equal_the_regex_gate_on_corpus_and_gold() -> None:
    """The gazetteer's and the taxonomy's matchers: numpy's candidate positions give the same matches."""
    from extractors.chains import ChainMatcher
    from extractors.gazetteer import GazetteerComponent

    gazetteer = GazetteerComponent()
    gazetteer.towns.county_of_towns("")  # builds the matcher of all towns
    matchers = [gazetteer.region_matcher, gazetteer.list_matcher, gazetteer.towns._all_towns, ChainMatcher().matcher]
    def veto(_t: str, s: int, _e: int) -> bool:
        return s % 7 != 3

    for text in corpus_and_gold_texts():
        for matcher in matchers:
            assert list(matcher.finditer(text)) == list(matcher._scan(text, None))
            assert list(matcher.finditer(text, veto)) == list(matcher._scan(text, veto))


_KEYS = ["双街镇", "双街", "街镇", "北辰区", "镇", "𠀀镇", "区𠀀", "ab", "b"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("双街镇北辰区ab c。𠀀")), max_size=30),
       st.lists(st.sampled_from(_KEYS), max_size=6), st.sets(st.integers(0, 30), max_size=4))
def test_pair_gate_matches_equal_the_regex_gate_on_generated_text(text: str, keys: list[str],
                                                                  veto: set[int]) -> None:
    """Any mix of one-character keys, shared prefixes, characters beyond the BMP (the regex path)."""
    from extractors.matching import DictMatcher

    matcher = DictMatcher({k: i for i, k in enumerate(keys)})
    def accept(_t: str, s: int, _e: int) -> bool:
        return s not in veto

    if keys:
        assert list(matcher.finditer(text, accept)) == list(matcher._scan(text, accept))
    gate = PairGate(keys)
    starts = gate.positions(text)
    if starts is not None:
        assert starts == [i for i in range(len(text)) if text[i:i + 2] in {k[:2] for k in keys if len(k) > 1}
                          or text[i] in {k for k in keys if len(k) == 1}]


def test_mechanism_scans_equal_their_regexes_on_corpus_and_gold() -> None:
    from extractors.policies import _DUTY_SYSTEM, _MECHANISM

    texts = corpus_and_gold_texts()
    assert any(_spans(_MECHANISM.pattern.finditer(t)) for t in texts)
    _assert_scans_equal_regexes((_MECHANISM, _DUTY_SYSTEM), texts)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="河湖林长制责任(（)）、和落实推行“a，", max_size=40))
def test_mechanism_scans_equal_their_regexes_on_generated_text(text: str) -> None:
    """Lists of mechanisms, verbs in front, quotes, brackets: the lookbehinds see the text before a start."""
    from extractors.policies import _DUTY_SYSTEM, _MECHANISM

    _assert_scans_equal_regexes((_MECHANISM, _DUTY_SYSTEM), [text])
    assert [(m.group(1), m.span()) for m in _MECHANISM.finditer(text)] \
        == [(m.group(1), m.span()) for m in _MECHANISM.pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab甲乙长制", max_size=30), st.integers(1, 4))
def test_anchored_pattern_equals_the_regex_when_the_reach_holds(text: str, width: int) -> None:
    import re

    from extractors.suffix_scan import AnchoredPattern

    pattern = re.compile(f"(?<!b)[a甲乙]{{1,{width}}}长制|b长?制")
    anchored = AnchoredPattern(pattern, "制", width + 1)
    assert _spans(anchored.finditer(text)) == _spans(pattern.finditer(text))


def test_occurrence_lists_equal_occurrences_on_corpus_names() -> None:
    """names._repeats: every name-like stretch of the corpus, looked up at once and one by one."""
    from extractors.name_words import occurrences
    from extractors.pair_gate import occurrence_lists

    for text in corpus_and_gold_texts()[:5]:
        surfaces = [text[i:i + n] for i in range(0, len(text) - 8, 53) for n in (2, 4, 7)] + ["北辰区", "产业园"]
        found = occurrence_lists(surfaces, text)
        assert all(found[s] == list(occurrences(s, text)) for s in surfaces)
        assert any(len(found[s]) > 1 for s in surfaces)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="ab园区𠀀", min_size=1, max_size=4), max_size=6),
       st.text(alphabet="ab园区𠀀 ", max_size=40))
def test_occurrence_lists_equal_occurrences_on_generated_text(surfaces: list[str], text: str) -> None:
    """Repeated letters (aaa), prefixes of each other, one-character surfaces and non-BMP text (find)."""
    from extractors.name_words import occurrences
    from extractors.pair_gate import occurrence_lists

    found = occurrence_lists(surfaces, text)
    assert set(found) == set(surfaces)
    assert all(found[s] == list(occurrences(s, text)) for s in surfaces)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="万元亿吨% \t\n个/平方米公里", max_size=8))
def test_is_unit_with_cached_units_equals_the_plain_set(text: str) -> None:
    """indicator_tables._is_unit strips the vocabulary's units once, not per cell."""
    import re

    from extractors.indicator_tables import _is_unit
    from extractors.indicators import IndicatorFinder

    vocab = IndicatorFinder().table_vocab
    for cell in (text, *vocab.units, *(u + " " for u in vocab.units)):
        assert _is_unit(cell, vocab) == (re.sub(r"\s", "", cell) in {re.sub(r"\s", "", u) for u in vocab.units})


def _head_matches(pattern: object, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group("head")) for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_head_pattern_equals_the_plain_pattern_on_corpus_and_gold() -> None:
    import re

    from extractors.patterns import _alternation, _head_pattern, load_patterns

    patterns = load_patterns()
    plain = re.compile(_head_pattern(_alternation(list(patterns.heads)), plain=True))
    texts = corpus_and_gold_texts()
    assert sum(len(_head_matches(plain, t)) for t in texts) > 100
    for text in texts:
        assert _head_matches(patterns.head_re, text) == _head_matches(plain, text)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="等高3０一两多余个项企业重大项目，a\n", max_size=40))
def test_head_pattern_equals_the_plain_pattern_on_generated_text(text: str) -> None:
    """Counts after letters or digits, 高等, 等 at the start, full-width digits (also \\d)."""
    import re

    from extractors.patterns import _head_pattern

    heads = "重大项目|企业|项目"
    assert _head_matches(re.compile(_head_pattern(heads)), text) \
        == _head_matches(re.compile(_head_pattern(heads, plain=True)), text)


def test_home_and_village_scans_equal_their_regexes_on_corpus_and_gold() -> None:
    from extractors.villages import COMMUNITY_ITEMS, VILLAGE_ITEMS as _VILLAGE_ITEMS
    from extractors.rel_members import _HOME

    texts = corpus_and_gold_texts()
    for scan in (_HOME, _VILLAGE_ITEMS):
        assert any(_spans(scan.pattern.finditer(t)) for t in texts)
    _assert_scans_equal_regexes((_HOME, _VILLAGE_ITEMS, COMMUNITY_ITEMS), texts)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="等相继先后已均纷落户地入驻于在我区县，村五峰、和a社", max_size=40))
def test_home_and_village_scans_equal_their_regexes_on_generated_text(text: str) -> None:
    from extractors.villages import COMMUNITY_ITEMS, VILLAGE_ITEMS as _VILLAGE_ITEMS
    from extractors.rel_members import _HOME

    _assert_scans_equal_regexes((_HOME, _VILLAGE_ITEMS, COMMUNITY_ITEMS), [text])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab已均落户我区", max_size=30))
def test_start_chars_pattern_equals_the_regex(text: str) -> None:
    import re

    from extractors.suffix_scan import StartCharsPattern

    pattern = re.compile("(?:a[^b]{0,3}?)?(?:已|均)*落户?我区|b落")
    assert _spans(StartCharsPattern(pattern, "a已均落b").finditer(text)) == _spans(pattern.finditer(text))


def test_paragraph_leads_by_mark_index_equal_the_find_scan() -> None:
    """RelContext.lead bisects the marks 。；; instead of three str.find per paragraph."""
    from extractors.base import init_doc
    from extractors.pipeline import load_nlp, make_doc
    from extractors.rel_context import RelContext
    from kg.ingest import document_from_text

    nlp = load_nlp()
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        document = document_from_text(path.read_text(encoding="utf-8"), doc_id=path.stem)
        doc = make_doc(nlp, document.text)
        init_doc(doc, document)
        ctx = RelContext(doc)
        text = ctx.text
        spans = list(ctx.paragraphs()) + [(s, s + n) for s in range(0, len(text), 37) for n in (0, 5, 60)]
        for start, end in spans:
            stop = min((i for i in (text.find(c, start, end) for c in "。；;") if i >= 0), default=end)
            plain = (start, stop) if 0 < stop - start <= ctx.lead_max and stop < end else None
            assert ctx.lead(start, end) == plain


def _plain_owner_by_prefix(ctx: object, name: str) -> str | None:
    from extractors.rel_actors import _UNIT_AFTER, _common_core
    from extractors.company_cores import common_prefix, company_core

    best, best_n = None, 0
    for full in sorted(set(ctx.companies.values()), key=lambda f: (len(company_core(f)), f)):  # type: ignore[attr-defined]
        core = company_core(full)
        n = common_prefix(core, name)
        if (n >= 3 or (n == len(core) >= 2)) and n > best_n and name != full and not _UNIT_AFTER.match(name, n) \
                and name[:n] not in ctx.park_forms and not _common_core(core, name, n):  # type: ignore[attr-defined]
            best, best_n = full, n
    return best


def test_owner_by_prefix_with_cores_by_head_equals_the_full_scan() -> None:
    """rel_actors._owner_by_prefix looks only at the cores sharing the name's first two characters."""
    from extractors.rel_actors import _owner_by_prefix

    checked = 0
    for _, ctx in _corpus_rel_contexts():
        names = {m.name for m in ctx.ms} | {c + "项目" for c in ctx.companies} | {"", "a"}
        for name in names:
            assert _owner_by_prefix(ctx, name) == _plain_owner_by_prefix(ctx, name)
            checked += _plain_owner_by_prefix(ctx, name) is not None
    assert checked > 10


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="新能源材料装备产业链高端绿色", max_size=10))
def test_ends_with_term_equals_the_any_scan(text: str) -> None:
    """ChainMatcher.ends_with_term: one str.endswith with the tuple of terms."""
    from extractors.chains import ChainMatcher

    chains = ChainMatcher()
    for probe in (text, *(text + t for t in list(chains.canonical_of)[::7])):
        assert chains.ends_with_term(probe) == any(probe.endswith(t) for t in chains.canonical_of)


def test_short_refs_found_by_occurrence_lists_equal_finditer_of_each_form() -> None:
    """RelContext._with_short_refs: every company form of the corpus, looked up at once."""
    import re

    from extractors.pair_gate import occurrence_lists

    for text in corpus_and_gold_texts()[:5]:
        forms = [text[i:i + n] for i in range(0, len(text) - 9, 41) for n in (2, 3, 4, 8)]
        found = occurrence_lists(forms, text)
        assert all(found[f] == [m.span() for m in re.finditer(re.escape(f), text)] for f in forms)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”\"城市双修二期a，-（", max_size=14))
def test_precompiled_patterns_equal_the_module_level_calls(text: str) -> None:
    """quoted_phase and the name-character test of policies._left_cut, compiled once."""
    import re

    from extractors.name_words import quoted_phase
    from extractors.policies import _NAME_CHAR

    assert quoted_phase(text) == (re.search(r"[“\"][^”\"]{2,10}[”\"][一二三四五六七八九十]期$", text) is not None)
    for ch in text:
        assert bool(_NAME_CHAR.match(ch)) == bool(re.match(f"[{_NAME_CHARS}]", ch))


def _plain_segment_towns(ctx: object, start: int, end: int) -> list[tuple[object, int, int, str]]:
    from itertools import pairwise

    from extractors.rel_town_scopes import _SEGMENT_END, SEGMENT_TOWNS, _leading_town, _led_by_place
    from schema import Label

    cuts = [start] + [m.end() for m in _SEGMENT_END.finditer(ctx.text, start, end)] + [end]  # type: ignore[attr-defined]
    scopes: list[tuple[object, int, int, str]] = []
    for lo, hi in pairwise(cuts):
        town = _leading_town(ctx, lo, hi) if hi > lo else None  # type: ignore[arg-type]
        if town is not None:
            scopes.append((town, lo, hi, "context.sentence_town"))
        elif hi > lo and _led_by_place(ctx, lo, hi) and ctx.next_after(lo).label == Label.TOWN:  # type: ignore[attr-defined]
            scopes.append((ctx.next_after(lo), lo, hi, SEGMENT_TOWNS))  # type: ignore[attr-defined]
        elif scopes and lo > start and scopes[-1][2] == lo and not _led_by_place(ctx, lo, hi):  # type: ignore[arg-type]
            last = scopes[-1]
            scopes[-1] = (last[0], last[1], hi, last[3])
    return scopes


def test_segment_towns_skipping_sentences_without_mentions_equals_the_plain_loop() -> None:
    from extractors.rel_town_scopes import _segment_towns

    found = 0
    for document, ctx in _corpus_rel_contexts():
        spans = [(s.start, s.end) for s in document.sentences] + [(s, s + 30) for s in range(0, len(ctx.text), 29)]
        for start, end in spans:
            assert _segment_towns(ctx, start, end) == _plain_segment_towns(ctx, start, end)
            found += bool(_plain_segment_towns(ctx, start, end))
    assert found > 0


def _corpus_rel_contexts() -> list[tuple[object, object]]:
    """(Document, RelContext) of each corpus file: the pipeline run up to the relations component."""
    from extractors.base import init_doc
    from extractors.pipeline import load_nlp, make_doc
    from extractors.rel_context import RelContext
    from kg.ingest import document_from_text

    nlp, out = load_nlp(), []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        document = document_from_text(path.read_text(encoding="utf-8"), doc_id=path.stem)
        doc = make_doc(nlp, document.text)
        init_doc(doc, document)
        for name, component in nlp.pipeline:
            if name != "kg_relations":
                doc = component(doc)
        out.append((document, RelContext(doc)))
    return out


def _line_and_list_scans() -> tuple[object, ...]:
    from extractors.lead_lists import _LEAD_SCAN
    from extractors.people import _MEDIA_SCAN
    from extractors.rail_lines import _CODED_SCAN, _LINE_SCAN

    return _LINE_SCAN, _CODED_SCAN, _LEAD_SCAN, _MEDIA_SCAN


#: The zone-opening pattern as it was written before ``(?m:^)`` (a look-behind the scan tries at every position).
_ZONE_OPENING_PLAIN = (r"(?:^|(?<=\n))[ \t\u3000]*(?:积极|加快|全面|持续)?推进(?P<zone>[\u4e00-\u9fff]{2,10}"
                       r"(?:城|小镇|片区))建设[。，,]")


#: Each scan's shape where its match is longest before its anchor, or at the text's very start.
_SCAN_SHAPES = ["轨道交通S12线、地铁Z4线、轨交A1线和B2线建设。", "推进嘉青松金山线，研究嘉闵线。", "重点项目：甲乙、丙丁等。\n一期工程：戊己及庚辛等；",
"天津北方网讯：今日（津云新闻记者 赵颖）接受津云记者专访"]


def test_rail_list_and_media_scans_equal_their_regexes_on_corpus_and_gold() -> None:
    import re

    from extractors.zone_leads import _ZONE_OPENING

    texts = corpus_and_gold_texts() + _SCAN_SHAPES
    scans = _line_and_list_scans()
    found = [sum(len(_spans(scan.pattern.finditer(t))) for t in texts) for scan in scans]  # type: ignore[attr-defined]
    assert all(found), found
    _assert_scans_equal_regexes(scans, texts)
    plain = re.compile(_ZONE_OPENING_PLAIN)
    assert any(_spans(plain.finditer(t)) for t in texts)
    assert all(_spans(plain.finditer(t)) == _spans(_ZONE_OPENING.finditer(t)) for t in texts)


#: Pieces of the shapes the scans look for (a coined line, a coded line, a led list, a byline).
_SCAN_PIECES = ["推进", "建设", "研究", "、", "，", "。", "\n", "和", "及", "嘉闵", "青", "城", "片区", "线", "公司", "地铁",
                "轨道交通", "轨交", "S1", "Z", "4", "项目", "工程", "：", "等", "；", "甲乙", "丙", "的", "（", "接受",
                "津云", "新闻", "记者", "北方网", "讯", " "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=24).map("".join))
def test_rail_list_and_media_scans_equal_their_regexes_on_generated_text(text: str) -> None:
    import re

    from extractors.zone_leads import _ZONE_OPENING

    _assert_scans_equal_regexes(_line_and_list_scans(), [text])
    assert _spans(re.compile(_ZONE_OPENING_PLAIN).finditer(text)) == _spans(_ZONE_OPENING.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab已均落户我区\n", max_size=30))
def test_start_chars_pattern_at_the_start_equals_the_regex(text: str) -> None:
    import re

    from extractors.suffix_scan import StartCharsPattern

    pattern = re.compile("(?:^|\n)a?落户|已(?:均)*落户?我区")
    assert _spans(StartCharsPattern(pattern, "\n已", at_start=True).finditer(text)) == _spans(pattern.finditer(text))


def _suffix_spans(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The name suffixes of ``text`` by the dictionary matcher and by the alternation it replaced."""
    from extractors.patterns import load_patterns

    patterns = load_patterns()
    return [(m.start(), m.end(), m.group(0)) for m in patterns.suffix_matches(text)], _spans(
        patterns.suffix_re.finditer(text))


def test_suffix_matches_equal_the_alternation_on_corpus_and_gold() -> None:
    texts = corpus_and_gold_texts()
    assert sum(len(_suffix_spans(t)[0]) for t in texts) > 1000
    for text in texts:
        matched, plain = _suffix_spans(text)
        assert matched == plain


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["产业园", "产业", "园区", "园", "区", "中心", "心", "项目", "工程", "一期", "有限公司", "公司",
                                 "集团", "北辰", "，", "\U00020000", "a"]), max_size=20).map("".join))
def test_suffix_matches_equal_the_alternation_on_generated_text(text: str) -> None:
    matched, plain = _suffix_spans(text)
    assert matched == plain
