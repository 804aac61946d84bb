"""Neo4j spellings the embedded store takes: rewritten into LadybugDB's Cypher before the query runs.

Analysts write Cypher as Neo4j's manual teaches it, and the same query should give the same answer
from ``kg query`` and from ``kg query --neo4j``. LadybugDB lacks some of Neo4j's function names and
reads one of them otherwise: ``labels(n)`` is a string there (so ``labels(n)[0]`` is empty and
``'Park' IN labels(n)`` an error). :func:`ladybug_cypher` rewrites those spellings whose meaning is
the same in both engines; strings, quoted names and comments are left as written.

============================  ==========================
Neo4j                         LadybugDB
============================  ==========================
``labels(n)[0]``              ``label(n)``
``labels(n)``                 ``[label(n)]`` (one label per node in kg)
``type(r)``                   ``label(r)``
``WHERE n:Park`` (after       ``WHERE label(n) = 'Park'``
WHERE, AND, OR, XOR, NOT,
WHEN)
``toString``, ``toInteger``,  ``to_string``, ``to_int64``,
``toFloat``, ``toBoolean``    ``to_double``, ``to_bool``
``split(s, d)``               ``string_split(s, d)``
``head(xs)``, ``last(xs)``    ``list_extract(xs, 1)``, ``list_extract(xs, -1)``
============================  ==========================

What differs in meaning is not rewritten, since a query may already be written for LadybugDB: list
indexes and slices count from 1 (``x[1]`` is the first item) and so does ``substring``'s start; the
store's refusal of ``x[0]`` names that (:func:`kg.stores.embedded.query`).

Example:
    >>> ladybug_cypher("MATCH (a)-[r]->(b) WHERE a:Park AND type(r) = 'LOCATED_IN' RETURN labels(b)[0]")
    "MATCH (a)-[r]->(b) WHERE label(a) = 'Park' AND label(r) = 'LOCATED_IN' RETURN label(b)"
    >>> ladybug_cypher("RETURN 'type(r)' AS s // labels(n)")
    "RETURN 'type(r)' AS s // labels(n)"
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.cypher import NOT_CODE

_MASK = "\x00{}\x00"
_MASKED = re.compile("\x00(\\d+)\x00")
#: Neo4j functions LadybugDB has under another name, with the same arguments and meaning.
RENAMED = {"type": "label", "tostring": "to_string", "tointeger": "to_int64", "tofloat": "to_double",
           "toboolean": "to_bool", "split": "string_split"}
#: A function name where a call may start (not a property ``n.type``, a parameter or part of a name).
_CALL = re.compile(r"(?<![\w.$\x00])(labels|head|last|" + "|".join(RENAMED) + r")\s*\(", re.IGNORECASE)
_FIRST_INDEX = re.compile(r"\s*\[\s*0\s*\]")
_LABEL_TEST = re.compile(r"\b(WHERE|AND|OR|XOR|NOT|WHEN)(\s+)([A-Za-z_]\w*)\s*:\s*([A-Za-z_]\w*)\b", re.IGNORECASE)


def ladybug_cypher(text: str) -> str:
    """``text`` with the Neo4j spellings of the module's table rewritten (the rest as it was)."""
    literals: list[str] = []

    def mask(match: re.Match[str]) -> str:
        literals.append(match.group())
        return _MASK.format(len(literals) - 1)

    code = NOT_CODE.sub(mask, text)
    if "\x00" in text or not (_CALL.search(code) or _LABEL_TEST.search(code)):
        return text  # (a NUL in the query itself: left for the engine to refuse)
    code = _LABEL_TEST.sub(lambda m: f"{m[1]}{m[2]}label({m[3]}) = '{m[4]}'", code)
    code = _rewrite_calls(code)
    return _MASKED.sub(lambda m: literals[int(m[1])], code)


def _rewrite_calls(code: str) -> str:
    """``code`` with every call of :data:`_CALL`'s functions rewritten, innermost calls included."""
    out: list[str] = []
    position = 0
    while (match := _CALL.search(code, position)) is not None:
        close = _closing(code, match.end())
        if close is None:  # unbalanced: the engine names the syntax error
            break
        inner = _rewrite_calls(code[match.end():close])
        after = close + 1
        name = match[1].lower()
        if name == "labels" and (index := _FIRST_INDEX.match(code, after)) is not None:
            call, after = f"label({inner})", index.end()
        else:
            call = _CALLS.get(name, _renamed(name))(inner)
        out.append(code[position:match.start()] + call)
        position = after
    out.append(code[position:])
    return "".join(out)


def _renamed(name: str) -> Callable[[str], str]:
    return lambda inner: f"{RENAMED[name]}({inner})"


_CALLS: dict[str, Callable[[str], str]] = {
    "labels": lambda inner: f"[label({inner})]",
    "head": lambda inner: f"list_extract({inner}, 1)",
    "last": lambda inner: f"list_extract({inner}, -1)",
}


def _closing(code: str, start: int) -> int | None:
    """The index of the parenthesis closing the one opened just before ``start`` (literals are masked)."""
    depth = 1
    for index in range(start, len(code)):
        char = code[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None
