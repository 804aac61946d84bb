"""Load the name patterns (``data/name_patterns.yml``) and apply the naming rules.

Example:
    >>> canonical_name("“智能制造+机器人”科技产业园", Label.PARK)
    '智能制造+机器人科技产业园'
    >>> canonical_name("中兴环保智慧仓储物流园项目", Label.PROJECT)
    '中兴环保智慧仓储物流园'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from extractors.base import YAML_LOADER
from extractors.suffix_scan import LiteralMatch
from schema import Label

if TYPE_CHECKING:
    from extractors.matching import DictMatcher

PATTERNS_FILE = Path(__file__).with_name("data") / "name_patterns.yml"
_QUOTES = re.compile(r"[“”\"《》〈〉「」『』‘’'\s]")
_PROJECT_TAIL = ("项目", "工程")
#: The term of an assembly or committee inside its name (第十八届人民代表大会, 第十一届委员会).
_TERM = re.compile(r"第[一二三四五六七八九十百\d]+届(?=人民代表大会|委员会)")
#: The building of a named facility's phase (曙光水镇一期建设项目): the facility is the project.
_PHASE_BUILT = re.compile(r"^(.{2,}?)[一二三四五六七八九]期建设(?:项目|工程)$")
#: 项目 or 工程 written before a phase (康立泰创新药产业化基地项目一期; a phase in brackets, 鲁能智慧产业园项目（一期）, keeps it).
_TAIL_BEFORE_PHASE = re.compile(r"^(.{2,}?)(?:项目|工程)([一二三四五六七八九首]期)$")
_LINE_ENDS = ("号线终点站", "号线起点站")
#: Works on a road are annotated by the road's name (ANNOTATION.md rule 11), a section kept: 杨北公路改扩建工程 -> 杨北公路,
#: 京津塘高速武清段改扩建工程 -> 京津塘高速武清段.
_ROAD_WORKS = re.compile(r"^(.{2,}?(?:公路|大道|快速路|高速|道|路)(?:[\u4e00-\u9fff]{1,4}?段)?)(?:提升改造|改扩建|扩建|改造|拓宽|新建|大修|建设)(?:工程|项目)?$")
#: "<place>是/成为/打造成…重要的<kind>": what a place is or becomes, a role rather than a named park or project
#: (是全国重要的蔬菜生产基地, 打造成长三角知名的文化旅游特色小镇).
#: Not after an ordinal (二是加快…) and not 集…于一体的<name>, which introduces a named facility, nor after a
#: figure (就是占地5600亩的北辰区西堤头现代农业产业园: a size says which one).
_ROLE_BEFORE = re.compile(r"(?:(?<![一二三四五六七八九十])是|成为|建成|打造成|打造为|建设成|定位为|发展成)"
                          r"[^，,；;。：:！？!?\n\d]{1,16}(?<!一体)的[^，,；;。：:的\n]{0,6}$")
#: Qualities a plan wants of a kind of place (建设高品质产城融合示范区): they open no name
#: (:func:`extractors.name_filters.after_quality` moves a name's start past them).
QUALITIES = ("高品质", "高标准", "高质量", "高起点", "高能级", "高水平", "宜居宜业")
_BAD_STARTS = ("各", "该", "本", "全", "我", "此", "相关", "一批", "多个", "这", "那", "其", "每", "有关", "年度", "所在", "所属",
               "其他", "以", "等", "之", "及", "和", "与", "或", "在", "对",
               # verbs and adverbs a clause opens with (开通双向转介绿色通道, 打造成天津市精品项目)
               "开通", "打造", "奖励", "组建", "推广", "积极", "聚力", "大力", "建设", "未履行", "推进", "加快",
               "推动", "引进", "培育", "参与", "衔接", "通车", "系列", "一系列", "被评为", "获评", "荣获", "抓",
               # modifiers of a class of works or bodies (普通学校, 镇街文体中心, 区级残疾人康复中心)
               "普通", "普惠性", "镇街", "街镇", "区级", "市级", "复合型", "社会办", "已建", "引育", "区域",
               # the sides of a plot or a works' ends (东至凤阳路, 起于太阳路)
               "东至", "西至", "南至", "北至", "起于", "止于", "起自", "至",
               # the unit left of a capacity whose number the walk stopped at (30|万套电控总成生产线)
               "万套", "万吨", "万台", "万辆", "万件", "万片", "万只", "万头", "亿片", "亿只", "亿元", "万元", *QUALITIES)


@dataclass(frozen=True)
class NamePatterns:
    """Compiled pattern tables."""

    suffixes: dict[str, tuple[Label, bool]]
    suffix_re: re.Pattern[str]
    heads: dict[str, Label]
    head_re: re.Pattern[str]
    stop_tokens: frozenset[str]
    generic: dict[Label, frozenset[str]]
    bad_starts: tuple[str, ...] = _BAD_STARTS
    ordered: tuple[str, ...] = ()  # the suffixes, longest first
    park_suffix_re: re.Pattern[str] = re.compile("(?!)")  # strong park suffixes
    lengths: tuple[int, ...] = ()  # the distinct suffix lengths, longest first

    @cached_property
    def _suffix_matcher(self) -> DictMatcher[str]:
        from extractors.matching import DictMatcher  # (matching imports the pair gate, which imports this module)

        return DictMatcher({suffix: suffix for suffix in self.suffixes})

    def suffix_matches(self, text: str) -> list[LiteralMatch]:
        """The matches of :attr:`suffix_re` in ``text`` (leftmost, longest first, not overlapping), found by a
        dictionary matcher: twice as fast as the alternation on the corpus."""
        return [LiteralMatch(start, end, word) for start, end, word in self._suffix_matcher.finditer(text)]

    def suffix_label(self, name: str) -> Label | None:
        """The label of the longest suffix ``name`` ends with (None if none)."""
        suffix = self.suffix_of(name)
        return self.suffixes[suffix][0] if suffix else None

    def suffix_of(self, name: str) -> str:
        """The longest suffix ``name`` ends with and is longer than ("" if none).

        One dict lookup per suffix length: of the suffixes of one length only ``name[-n:]`` can match,
        so the longest length whose tail is a suffix gives what a scan of ``ordered`` would.
        """
        size = len(name)
        for n in self.lengths:
            if size > n and name[-n:] in self.suffixes:
                return name[-n:]
        return ""


_QUANTITY = r"(?:\d+余?|[一二三四五六七八九十两数多]+)[个条家所座项处]"
_COUNTED = "一二三四五六七八九十两数多"


#: A character between 等 and the head noun, not where the list's own head (部门, 单位) or its predicate (要, 将)
#: comes first: 市自然资源局、市发展和改革局等部门要优先保障项目用地 lists no projects.
_FILLER = r"(?:(?!部门|单位|要|将)[^，。；、,;:：\n])"


def _head_pattern(heads: str, plain: bool = False) -> str:
    """An enumeration head after 等 (等40余个重大项目) or after a count (3个项目), ``heads`` an alternation.

    ``plain`` is the pattern as first written. The other is the same pattern with each branch
    starting on the character it consumes first (等, a digit, a numeral), the look-behinds moved after
    it, so that ``re`` skips in C to where a match can start instead of trying every position.
    """
    if plain:
        return (rf"(?:(?<![高平相同均对初中上次优超何])等(?:{_QUANTITY})?{_FILLER}{{0,14}}?"
                rf"|(?<=[\u4e00-\u9fffA-Za-z]){_QUANTITY})(?P<head>{heads})")
    return (rf"[等\d{_COUNTED}](?:(?<=等)(?<![高平相同均对初中上次优超何]等)(?:{_QUANTITY})?{_FILLER}{{0,14}}?"
            rf"|(?:(?<=[\u4e00-\u9fffA-Za-z]\d)\d*余?|(?<=[\u4e00-\u9fffA-Za-z][{_COUNTED}])[{_COUNTED}]*)"
            rf"[个条家所座项处])(?P<head>{heads})")


def _alternation(words: list[str]) -> str:
    """Longest first; words of one length in text order, so the pattern is the same in every process."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trie_alternation(words: list[str]) -> str:
    """The words as a character trie, longer continuations tried first: at each position the same
    match as :func:`_alternation` (the longest word there) without trying every word in turn."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here; tried last, after every longer word
    return _trie_branch(trie)


def _trie_branch(node: dict[str, dict]) -> str:
    alternatives = [re.escape(ch) + _trie_branch(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alternatives.append("")
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


#: The endings of a body's short form and what its full form adds (卫生健康委 -> 卫生健康委员会, 人才办 -> 人才办公室).
_WRITTEN_IN_FULL = (("委", "员会"), ("办", "公室"))


@lru_cache(maxsize=2)
def load_patterns(path: str = str(PATTERNS_FILE)) -> NamePatterns:
    """Read and compile the pattern file."""
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=YAML_LOADER)
    suffixes: dict[str, tuple[Label, bool]] = {}
    for label in ("Park", "Project", "Enterprise", "Organization"):
        for strength in ("strong", "weak"):
            for suffix in data[label].get(strength, []):
                suffixes.setdefault(suffix, (Label(label), strength == "strong"))
    # a body's short form ending in 委 or 办 is also written in full, and the short key would hide the full one
    # (区卫生健康委|员会: matches do not overlap), so the full form is a suffix too
    for suffix, kind in list(suffixes.items()):
        for short, full in _WRITTEN_IN_FULL:
            if suffix.endswith(short) and kind[0] == Label.ORGANIZATION:
                suffixes.setdefault(suffix + full, kind)
    heads = {word: Label(label) for label, words in data["heads"].items() for word in words}
    head_re = re.compile(_head_pattern(_alternation(list(heads))))
    return NamePatterns(
        suffixes=suffixes,
        suffix_re=re.compile(_trie_alternation(list(suffixes))),
        heads=heads,
        head_re=head_re,
        stop_tokens=frozenset(data["stop_tokens"]),
        generic={Label(k): frozenset(v) for k, v in data["generic"].items()},
        ordered=tuple(sorted(suffixes, key=len, reverse=True)),
        lengths=tuple(sorted({len(s) for s in suffixes if s}, reverse=True)),
        park_suffix_re=re.compile(_trie_alternation(data["Park"]["strong"])),
    )


def canonical_name(surface: str, label: Label) -> str:
    """Apply the ontology's naming rules to a surface form."""
    name = _QUOTES.sub("", surface)
    if label == Label.ENTERPRISE and name.endswith("有限公"):
        name += "司"  # a garbled company name lost its last character (…发展有限公中铁…)
    if label == Label.ORGANIZATION and "届" in name:
        name = _TERM.sub("", name)  # 湘潭县第十八届人民代表大会: the body, not one term of it
    if label == Label.ORGANIZATION and name.endswith(("管委会", "管委")) and len(name) > 4:
        name = name[:name.rindex("管委")] + "管理委员会"  # 武汉东湖新技术开发区管委会 (管委) is the zone's 管理委员会
    if label == Label.PROJECT and name.endswith(_LINE_ENDS) and len(name) > 5:
        name = name[:-3]  # 地铁5号线终点站 is the line's terminus: the project is the line
    road = _ROAD_WORKS.match(name) if label == Label.PROJECT else None
    if road:
        return road.group(1)
    phase = _PHASE_BUILT.match(name) if label == Label.PROJECT else None
    if phase and load_patterns().suffix_label(phase.group(1)) in (Label.PROJECT, Label.PARK):
        return phase.group(1)  # 曙光水镇一期建设项目 is 曙光水镇 (ANNOTATION.md rule 13)
    if label == Label.PROJECT and (tail := _TAIL_BEFORE_PHASE.match(name)) and _named_without_tail(tail.group(1)):
        return tail.group(1) + tail.group(2)  # 康立泰创新药产业化基地项目一期 is 康立泰创新药产业化基地一期 (rule 13)
    if label == Label.PROJECT and name.endswith(_PROJECT_TAIL):
        rest = name[:-2]
        if _named_without_tail(rest):  # …有限公司年产…重卡项目 (NOTES rule 10); not 永定河综合治理与生态修复工程, both works'
            name = rest
    return name


def _named_without_tail(rest: str) -> bool:
    """Whether works named ``rest`` (their 项目 or 工程 taken off) are still named: by a company's name, or by a project's
    or a park's suffix (NOTES rule 10)."""
    company_made = re.search(r"(?:有限公司|集团).", rest) is not None
    return (company_made or load_patterns().suffix_label(rest) in (Label.PROJECT, Label.PARK)) \
        and not rest.endswith(_PROJECT_TAIL) and "与" not in rest


#: Verbs of becoming right before a name: what a place or body is to become (将北辰医院打造成为天津北部地区医疗中心).
_BECOME_BEFORE = re.compile(r"(?:成为|打造成|打造为|建设成|定位为|发展成)$")


#: What an actor becomes *of* a named thing (…成为<name>的首家入驻企业, …项目的建设主体): the name stays a name.
_ACTOR_ROLE_AFTER = re.compile(r"(?:项目|工程)?的[\u4e00-\u9fff]{0,6}?(?:企业|单位|主体|投资方|运营方|建设方|合作方|伙伴|成员)")


def role_description(text: str, start: int, end: int = -1) -> bool:
    """True if the name at ``start``-``end`` ends a role phrase (…是全国重要的<name>) or follows a verb of
    becoming (打造成为<name>): a description or a goal, no name. Not a goal: a name followed by the role an
    actor takes in it (京东集团成为京东西南智能产业园项目的建设主体); ``end`` -1: the name's end unknown."""
    return _ROLE_BEFORE.search(text, max(0, start - 30), start) is not None or becoming_goal(text, start, end)


def becoming_goal(text: str, start: int, end: int = -1) -> bool:
    """True if the name at ``start``-``end`` follows a verb of becoming (打造成为长三角科技创新中心): what a
    place or body is to become, no name of a park, project or body; not when the role an actor takes in
    it follows (…成为<name>的建设主体).

    Example:
        >>> becoming_goal("把张江打造成为长三角科技创新中心", 7, 16), becoming_goal("成为北京大学的合作伙伴", 2, 6)
        (True, False)
    """
    return _BECOME_BEFORE.search(text, max(0, start - 3), start) is not None \
        and not (end >= 0 and _ACTOR_ROLE_AFTER.match(text, end))
