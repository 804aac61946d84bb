"""Texts for the long-document tests: the corpus, gold passages, and long texts of one shape each.

Each builder makes a text of the shape that made a rule's plain computation quadratic (one sentence
repeated, thousands of headings, many companies, one long enumeration...), from the corpus' language.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc

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


def table_rows_text() -> str:
    """A plan whose indicator tables alternate with sentences setting targets, 40 times over."""
    rows = "\n".join(f"{name}\t亿元\t2020年\t{100 + k}\t2025年\t{200 + k}\t{k % 9 + 1}%"
                     for k, name in enumerate(["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额"]))
    block = (f"表1 主要指标\n指标\t单位\t基期\t数值\t目标期\t目标值\t年均增长\n{rows}\n"
             "到2025年，全区地区生产总值达到1200亿元，居民人均可支配收入与经济发展同步增长。\n")
    return "北辰区“十四五”规划\n" + block * 40


def people_text() -> str:
    """News lines naming officials by region and title, 300 times over."""
    lines = ["近日，北辰区区长王宝雨在接受津云记者专访时表示，越是艰险越向前。",
             "天津市北辰区人民政府办公室主任李松达主持会议，北辰区区委书记赵颖妍出席并讲话。",
             "西堤头镇党委书记张明远介绍，天津荣程集团有限公司董事长王世民参加签约。"]
    return "\n".join(lines[k % 3] for k in range(900)) + "\n"


def chain_headings_text() -> str:
    """A plan of 300 headings naming industry chains, each over a paragraph led by a chain, with a project."""
    chains = ["高端装备制造", "新能源汽车", "现代医药", "电子信息", "现代物流"]
    blocks = [f"({_NUMERALS[k % 10]}){chains[k % 5]}产业\n发展{chains[(k + 1) % 5]}产业。加快推进天津荣程"
              f"{k}号智能制造项目建设，建设北辰{chains[k % 5]}产业园。\n" for k in range(300)]
    return "北辰区产业发展规划\n一、重点产业\n" + "".join(blocks)


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


def enumeration_text(count: int = 300) -> str:
    """One sentence listing companies, their projects and parks by the hundred, joined by 、."""
    chars, trades = "华中北新瑞泰达源信科鑫隆盛恒宏博晟汇通安康", ["智能装备", "新材料", "生物医药", "电子信息"]
    items = []
    for k in range(count):
        core = chars[k % 20] + chars[k // 20 % 20] + trades[k % 4]
        items += [f"天津{core}有限公司", f"{core}二期", f"{core[:2]}集团{core[2:]}产业园"]
    return "北辰区重点推进" + "、".join(items) + "等项目建设。\n"


@lru_cache(maxsize=1)
def paragraph_text(length: int = 60000) -> str:
    """The corpus' lines as one paragraph without sentence ends (each 。；！？ and line break a comma), cut
    at ``length`` characters: one sentence holding every rule's patterns."""
    text = "，".join(line.strip() for text in corpus_texts() for line in text.split("\n") if line.strip())
    return "".join("，" if ch in "。；;！？!?" else ch for ch in text)[:length] + "。\n"


def sentence_texts() -> list[str]:
    """The corpus and gold passages, one long paragraph of the corpus, one long sentence of the rules'
    patterns and two long enumerations: texts with sentences of every length."""
    return [*corpus_and_gold_texts(), paragraph_text(), patterns_sentence_text(), chain_enumeration_text(),
            enumeration_text()]


def patterns_sentence_text(count: int = 150) -> str:
    """One sentence of ``count`` clauses naming companies, projects and parks with the verbs of the place
    and developer rules (投资建设, 由…建设, 位于, 已集聚, 此前已在…运营, 该公司在…), joined by commas."""
    chars, trades = "华中北新瑞泰达源信科鑫隆盛恒宏博晟汇通安康", ["智能装备", "新材料", "生物医药", "电子信息"]
    clauses = []
    for k in range(count):
        core = chars[k % 20] + chars[k // 20 % 20] + trades[k % 4]
        firm = f"天津{core}有限公司"
        clauses += [f"{firm}投资建设{core}二期项目", f"{core}研发中心项目由{firm}建设", f"{core}二期项目位于西堤头镇",
                    f"北辰经济技术开发区已入驻{firm}、天津{core[:2]}科技有限公司等企业", "此前已在北辰经济技术开发区运营",
                    f"该项目由{firm}负责建设", f"该公司已在双街镇设立{core}工厂", f"{firm}、西堤头镇赵庄子村、双口镇小五堡村"]
    return "北辰区重点企业情况：" + "，".join(clauses) + "。\n"


def chain_enumeration_text(count: int = 400) -> str:
    """One enumeration sentence (as the review's probe) of parks and projects named by place and one of
    four chains, companies and bare chain words, joined by 、."""
    places = ["北仓镇", "小五堡村", "韩家墅村", "青光镇", "双口镇", "西堤头镇", "大张庄镇", "天穆镇"]
    chains = ["新能源汽车", "高端装备制造", "生物医药", "现代物流"]
    chars = "华中北新瑞泰达源信科鑫隆盛恒宏博晟汇通安康"
    items = []
    for k in range(count):
        place, chain = places[k % 8], chains[k // 8 % 4]
        items.append([f"{place}{chain}产业园", f"天津{chars[k % 20]}{chars[k // 20 % 20]}{chain}有限公司",
                      f"{chain}产业", f"{place}{_NUMERALS[k % 3]}期{chain}项目", "住宅"][k % 5])
    return "北辰区重点推进" + "、".join(items) + "等项目建设。\n"


def notice_text(count: int = 300) -> str:
    """A notice handing out hundreds of plans in one sentence (…关于印发…的通知, 《P》…现印发给你们)."""
    plans = "、".join(f"《北辰区{k}号产业发展实施方案》" for k in range(count))
    return (f"天津市北辰区人民政府办公室关于印发北辰区产业发展实施方案的通知\n各镇人民政府：经区人民政府同意，{plans}"
            f"现印发给你们，请认真贯彻执行，区发展改革委印发《北辰区重点项目管理办法》。\n")
