"""Personal names in the text: a known surname and a given name of one or two characters.

:class:`PersonNames` reads the name starting at an offset (王宝雨 of 王宝雨表示: the third character may open
the verb after the name), the names a 、 joins, and two-character names a byline runs together (孙悦杨帆）).
:mod:`extractors.people` decides where to look: after an office title, in a byline, before 同志.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors import lexicon

#: Forms of address after a surname (联系人：王女士): no given name.
_HONORIFICS = frozenset(("女士", "先生", "同志", "老师", "小姐", "师傅", "总", "工"))  # 杨工: an engineer

#: Words right after a titled name that no given name's third character opens (多次, 一行, 先后, 亲自, 率队).
_AFTER_NAME = ("多次", "一行", "先后", "亲自", "率队", "带队", "一直", "随后", "等人", "同志", "现场", "专门",
               # a meeting's verbs the dictionary does not tag as verbs (镇党委书记吴刚|汇报工作)
               "汇报", "交流", "座谈", "总结", "作报告", "作总结", "分别", "包抓", "包联", "分包",
               # how often (副区长邵雯|每月召开调度会)
               "每月", "每周", "每季度", "每年", "每天", "每日")

#: Words opening with a surname's character (关于, 和部分): no name after a title.
_FUNCTION_OPENINGS = ("关于", "于是", "和部分", "和有关", "和相关", "和其他", "和各", "和全体")

#: A role a title or a name takes on written right after it (由区长任组长, 常务副区长兼任副组长, 区委书记、区长任双组长,
#: 副区长张明任常务副组长): no name follows the title, and 任 is no name's third character.
SERVES_AS = re.compile(r"(?:兼任|担任|任)(?:双|第一|常务|执行|副)*(?:组长|主任|总指挥|指挥长|召集人|书记|主席|队长|团长|总?链长)")

#: Characters that open or end no given name (区, 长, 的, 、): the title's or the sentence's.
_NOT_NAME = set("区市县镇乡村街委长局省的和等与及、,，。:：;；")

#: One-character words a would-be third character of a name may be instead (在, 说, 的, 将).
_ONE_CHAR_VERBS = frozenset("在说的和同等对是为于与及也就将到来去向要还并又已曾")

#: jieba's count from which a common word opening a would-be name (县长|项目工程, 书记|项目) is that word.
_COMMON_COUNT = 2000

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: The ways a run of four to six characters parts into two or three names (朱婷|王一鸣, 孙悦|杨帆|李想).
_PARTINGS: dict[int, tuple[tuple[int, ...], ...]] = {4: ((2, 2),), 5: ((2, 3), (3, 2)), 6: ((3, 3), (2, 2, 2))}
#: Two or three names of two characters run together up to a byline's closing bracket (孙悦杨帆）).
_BYLINE_RUN = re.compile(r"([\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{6})[)）]")


class PersonNames:
    """The names starting with one of ``surnames``. ``not_third``: the characters that, after a surname and one
    more character, may open the word after the name instead of being its third (调 of 王强调研)."""

    def __init__(self, surnames: Iterable[str], not_third: Iterable[str]) -> None:
        self.surnames = sorted(surnames, key=len, reverse=True)
        self.not_third = frozenset(not_third)
        self.one_char_surnames = frozenset(s for s in self.surnames if len(s) == 1)

    def verb_after(self, text: str, third: int) -> bool:
        """The would-be third character starts the verb after the name (王宝雨表示; not 许志强).

        A one-character function word (在, 说, 的) always does; a character such as 强 or 表
        only when it starts a word with the next one (强调, 表示)."""
        ch = text[third:third + 1]
        two = text[third:third + 2]
        if text.startswith(_AFTER_NAME, third) or SERVES_AS.match(text, third) \
                or ch not in self.not_third and len(two) == 2 and two.isalpha() and lexicon.tagged(two, "verb"):
            return True  # 副区长刘洋|多次到企业调研, 董事长王毅|告诉记者, 张明|任组长: a word after the name, not its third
        if ch not in self.not_third or text.startswith("来说", third):
            return False  # 党总支书记郝春来说: a titled name before 说 keeps its 来 (对…来说 has no title before it)
        return ch in _ONE_CHAR_VERBS or bool(lexicon.count(text[third:third + 2]))

    def pairs(self, text: str, pos: int) -> list[int]:
        """Where each of two or three two-character names run together before a byline's closing bracket starts
        (孙悦杨帆）), each opening with a one-character surname; [] otherwise."""
        run = _BYLINE_RUN.match(text, pos)
        if run is None or len(run.group(1)) % 2:
            return []
        starts = list(range(pos, run.end(1), 2))
        return starts if all(text[at] in self.one_char_surnames for at in starts) else []

    def glued(self, text: str, pos: int, stops: tuple[str, ...]) -> list[tuple[int, int]]:
        """The names of a byline's run of four to six characters from ``pos`` to a mark, a digit or a field of ``stops``
        (作者：朱婷王一鸣2023-03-16, its space gone): the one way it parts into names of two or three characters, each
        opening with a one-character surname; [] where none or several do."""
        end = pos
        while end < len(text) and _HAN.match(text[end]) and not text.startswith(stops, end):
            end += 1
        ways = [parts for parts in _PARTINGS.get(end - pos, ()) if self._names_at(text, pos, parts)]
        if len(ways) != 1:
            return []
        starts = [pos + sum(ways[0][:k]) for k in range(len(ways[0]))]
        return [(at, at + size) for at, size in zip(starts, ways[0], strict=True)]

    def _names_at(self, text: str, pos: int, sizes: tuple[int, ...]) -> bool:
        """Each part of ``sizes`` from ``pos`` opens with a one-character surname and is no common word."""
        for size in sizes:
            if text[pos] not in self.one_char_surnames or _common_word(text[pos:pos + 2]):
                return False
            pos += size
        return True

    def run(self, text: str, pos: int) -> list[tuple[int, int]]:
        """The names from ``pos`` joined by 、 (张立群、赵红梅、周宏亮): their spans."""
        out: list[tuple[int, int]] = []
        while (name := self.at(text, pos)) is not None:
            out.append((pos, pos + len(name)))
            pos += len(name)
            if text[pos:pos + 1] != "、":
                break
            pos += 1
        return out

    def at(self, text: str, pos: int) -> str | None:
        """A 2-3 character name starting with a surname at ``pos``."""
        surname = next((s for s in self.surnames if text.startswith(s, pos)), None)
        if surname is None or text.startswith(_FUNCTION_OPENINGS, pos) or _common_word(text[pos:pos + 2]):
            return None  # 总书记|关于…, 办事处主任|和部分区人大代表: a function word after the title, no surname
        rest = text[pos + len(surname):pos + len(surname) + 2]
        given = re.match(r"[\u4e00-\u9fff]*", rest[:2] if len(surname) == 1 else rest[:1]).group()
        if len(given) == 2 and (given[1] in _NOT_NAME or self.verb_after(text, pos + len(surname) + 1)):
            given = given[:1]
        long_name = len(given) == 2 and given[0] == "长" and (  # 刘长顺, 李长春 (not 刘长期)
            lexicon.tagged(given, "proper") or not lexicon.count(given))
        if not given or not re.fullmatch(r"[\u4e00-\u9fff]+", given) or given[0] in _NOT_NAME and not long_name \
                or given in _HONORIFICS or surname == "和" and _and_word(text, pos, given):  # 研究员|和海外人才: and
            return None  # 王女士, 刘先生, 杨工: a surname and a form of address name no one
        return surname + given


def _and_word(text: str, pos: int, given: str) -> bool:
    """和 at ``pos`` is the conjunction before a word (和海外人才, 和市民代表), not the surname of 区长和磊: a given name
    of two characters that is a word, or one that opens a word with the character after it."""
    if text.startswith(_BODY_KINDS, pos + 1 + len(given)):
        return True  # 发挥链长|和链主企业作用: 和 before a kind of body, no surname
    return bool(lexicon.count(given)) if len(given) > 1 else bool(lexicon.count(text[pos + 1:pos + 3]))


#: Kinds of bodies a word before them names (链主企业, 责任单位): after 和, no given name.
_BODY_KINDS = ("企业", "单位", "部门", "机构")


def _common_word(two: str) -> bool:
    """``two`` is a common word of the dictionary, no proper noun (项目, 任务; not 高峰, 李强)."""
    return (lexicon.count(two) or 0) >= _COMMON_COUNT and not lexicon.tagged(two, "proper")
