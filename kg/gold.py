"""The hand-annotated gold set: the YAML format of ``tests/gold/`` read into records.

``tests/gold/README.md`` describes the files. :func:`load_gold` reads and
validates a folder of them (each half in its own sub-folder, ``corpus/`` and
``synthetic/``); :mod:`kg.evaluate` scores the pipeline against them.

Example:
    >>> norm_name("“海河英才” 行动计划")
    '海河英才行动计划'
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kg.errors import InputError
from schema.ontology import ENTITY_LABELS, Label, RelType, Stage, allowed

SPLITS = ("corpus", "synthetic")
DOC_SELF = "Document:@"
_STRIP = re.compile(r"[\s\u3000\"'“”‘’《》「」〈〉]")


def norm_name(name: str) -> str:
    """Normalise a name for comparison: NFKC width folding, no spaces or quotes.

    Example:
        >>> norm_name("北辰区新型城镇化“十四五”规划 ")
        '北辰区新型城镇化十四五规划'
    """
    return _STRIP.sub("", unicodedata.normalize("NFKC", name))


class GoldEntity(BaseModel):
    """One annotated entity: label, canonical name and the other surface forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Label
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    stage: Stage | None = None  # a Project's stage in this passage (scored by kg.evaluate.score_stages)

    @property
    def key(self) -> str:
        """``Label:name``, the form relation endpoints use."""
        return f"{self.label.value}:{self.name}"

    def forms(self) -> set[str]:
        """Normalised canonical name and aliases."""
        return {norm_name(n) for n in (self.name, *self.aliases)}


class GoldRelation(BaseModel):
    """One annotated relationship between two entity keys (or ``Document:@``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: RelType
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> str:
        """Readable identity, e.g. ``LOCATED_IN Project:花卉博览园 -> Town:双街镇``."""
        return f"{self.type.value} {self.source} -> {self.target}"


class GoldPassage(BaseModel):
    """One gold passage with its exhaustive annotation."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    source: Literal["corpus", "synthetic"]
    text: str = Field(min_length=1)
    doc: str | None = None
    start_line: int | None = None
    end_line: int | None = None
    context: list[str] = Field(default_factory=list)
    entities: list[GoldEntity] = Field(default_factory=list)
    relations: list[GoldRelation] = Field(default_factory=list)

    @property
    def input_text(self) -> str:
        """What the pipeline reads: the context heading lines, then the excerpt."""
        return "\n\n".join([*self.context, self.text])

    @model_validator(mode="after")
    def _check(self) -> "GoldPassage":
        keys = [e.key for e in self.entities]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"entity annotated twice: {', '.join(dupes)}")
        if any(e.label not in ENTITY_LABELS for e in self.entities):
            raise ValueError("entities may not use the bookkeeping labels Document/Section")
        labels = {e.key: e.label for e in self.entities} | {DOC_SELF: Label.DOCUMENT}
        for rel in self.relations:
            _check_relation(rel, labels)
        return self


def _check_relation(rel: GoldRelation, labels: dict[str, Label]) -> None:
    if rel.type is RelType.MENTIONS:
        raise ValueError(f"{rel.key}: MENTIONS is not annotated")
    for end in (rel.source, rel.target):
        if end not in labels:
            raise ValueError(f"{rel.key}: endpoint {end!r} is not an annotated entity or Document:@")
    src, dst = labels[rel.source], labels[rel.target]
    if not allowed(rel.type, src, dst):
        raise ValueError(f"{rel.key}: the ontology does not allow {src.value} -[{rel.type.value}]-> {dst.value}")


def load_passage(path: Path) -> GoldPassage:
    """Read and validate one gold YAML file; errors name the file and the problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "a gold file must hold one YAML mapping")
    try:
        return GoldPassage.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'passage'}: {e['msg']}" for e in exc.errors())
        raise InputError(str(path), f"invalid gold passage: {problems}") from exc


def gold_files(root: Path) -> list[Path]:
    """YAML files of a gold folder: its ``corpus`` and ``synthetic`` subfolders, or the folder itself."""
    if not root.is_dir():
        raise InputError(str(root), "gold folder not found")
    subdirs = [root / s for s in SPLITS if (root / s).is_dir()]
    folders = subdirs or [root]
    return sorted(p for d in folders for p in d.glob("*.y*ml") if p.suffix in {".yaml", ".yml"})


def load_gold(root: Path) -> list[GoldPassage]:
    """Load every gold passage under ``root``; passage ids must be unique."""
    passages = [load_passage(p) for p in gold_files(root)]
    seen: dict[str, int] = {}
    for p in passages:
        seen[p.id] = seen.get(p.id, 0) + 1
    dupes = sorted(k for k, v in seen.items() if v > 1)
    if dupes:
        raise InputError(str(root), f"passage id used more than once: {', '.join(dupes)}")
    return passages
