"""A table's column of leaders (包联区领导, 首席服务官, 链长, 区级河湖长): the persons it names, for ``kg_people``.

Example:
    >>> [c.text for c in leader_cells("序号\\t项目名称\\t包联区领导\\n1\\t甲乙产业园\\t陈建华、周立明\\n")]
    ['陈建华', '周立明']
"""

from __future__ import annotations

from extractors.project_tables import cell_parts, ends_table, line_cells, table_lines
from schema import Cell

#: Header cells of a table's column of leaders (包联区领导: the district leader who answers for a project or firm).
_LEADER_WORDS = ("包联区领导", "包联领导", "责任领导", "牵头领导", "联系领导", "牵头区领导", "责任区领导", "包联市领导",
                 "包保领导", "包联县领导", "联系区领导", "首席服务官", "姓名", "链长", "区级河湖长", "区级河长")


def leader_cells(text: str) -> list[Cell]:
    """Each name of a table's leaders column (包联区领导: 陈建华; 周立明、沈丽娟), until a paragraph ends the table."""
    out: list[Cell] = []
    column: int | None = None
    for start, line in table_lines(text):
        if "\t" not in line:
            column = None if ends_table(line) else column
            continue
        cells = line_cells(line, start)
        header = next((i for i, c in enumerate(cells) if c.text in _LEADER_WORDS), None)
        if header is not None or column is None:
            column = header
        elif column < len(cells) and 2 <= len(cells[column].text) <= 12:
            out.extend(cell_parts(cells[column]))
    return out
