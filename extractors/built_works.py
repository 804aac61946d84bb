"""Works named only by what they are, which a company of the text builds: 北方微纳则与东北大学合作，在科技城
建设刻蚀装备中试线 names a project although no word of 刻蚀装备中试线 is proper, because the company that builds
it is named in the sentence (北方微纳: the first four characters of the core of 沈阳北方微纳装备股份有限公司,
named in full elsewhere in the text).

Only works with a facility suffix that says what was built (中试线, 生产线, 繁育基地 …), right after a verb of
building and ending their clause, and only in a sentence naming a company of the text by its full name or by its
core's first four characters (the name without place and legal form: 北方微纳, 彩云花卉): 支持企业建设智能工厂
gives nothing.

Example:
    >>> text = "沈阳北方微纳装备股份有限公司落户浑南。北方微纳与东北大学合作，在科技城建设刻蚀装备中试线。"
    >>> [text[s:e] for s, e in built_works(text, ["沈阳北方微纳装备股份有限公司"])]
    ['刻蚀装备中试线']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.company_cores import company_core

#: Facility suffixes that say what a company built (the strong project suffixes of a production site).
SUFFIXES = ("中试线", "生产线", "产线", "繁育基地", "生产基地", "制造基地", "产业化基地", "加工基地", "智能工厂",
            "示范基地", "测试基地", "封测基地", "研发基地", "智能制造项目", "封装测试项目", "产业化项目", "总部基地",
            "扩产项目", "技改项目", "扩建项目")
#: The works right after a verb of building, up to the end of their clause (X投资的创新药产业化基地项目, X新建的…, 拟建设
#: 高端医用耗材及体外诊断试剂生产基地: two products joined by 及 before one facility).
_WORKS = re.compile(r"(?:(?:建设|新建|建成|扩建|实施)的?|投资的)(?P<works>(?!的)[\u4e00-\u9fff]{2,14}?(?:及[\u4e00-\u9fff]{2,8}?)?"
                    r"(?:" + "|".join(SUFFIXES) + r"))(?:项目)?(?=[，。；,;]|$)")
_SENTENCE_END = "。！？!?\n"
#: How far back from the works their sentence's company is looked for (characters).
_REACH = 300


def built_works(text: str, companies: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the works built in a sentence that names one of ``companies`` (full names) or the start of its core."""
    names = {name for full in companies for name in (full, company_core(full)[:4]) if len(name) >= 3}
    if not names:
        return []
    out: list[tuple[int, int]] = []
    for m in _WORKS.finditer(text):
        floor = max(0, m.start() - _REACH)  # a text without sentence ends is not read back to its start each time
        opening = max(floor - 1, *(text.rfind(end, floor, m.start()) for end in _SENTENCE_END)) + 1
        if any(name in text[opening:m.start()] for name in names):
            out.append((m.start("works"), m.end("works")))
    return out
