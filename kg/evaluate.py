"""Measure extraction quality against the hand-annotated gold set.

The gold set lives in ``tests/gold/corpus`` (verbatim excerpts of the corpus)
and ``tests/gold/synthetic`` (invented passages); ``tests/gold/README.md``
describes the YAML format. :func:`kg.gold.load_gold` reads and validates the files,
:func:`predict_passage` runs the real pipeline on one passage,
:func:`score_passage` compares prediction and gold, and :func:`evaluate`
does all of it and returns an :class:`EvalReport` with precision, recall and
F1 per label, per relationship type and in total, for each split.

Example:
    >>> gold = GoldPassage(id="t", source="synthetic", text="双街镇",
    ...     entities=[GoldEntity(label=Label.TOWN, name="双街镇")])
    >>> pred = Prediction(entities=[PredEntity("Town:双街镇", Label.TOWN, "双街镇", ())])
    >>> score_passage(gold, pred).entity_misses
    []
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from kg.errors import InputError, KGError
from kg.gold import DOC_SELF, SPLITS, GoldEntity, GoldPassage, GoldRelation, load_gold, norm_name
from schema.graph import Edge, Node
from schema.ontology import ENTITY_LABELS, SYMMETRIC, Label, RelType

@dataclass(frozen=True)
class PredEntity:
    """A predicted entity node: id, label, name, aliases and (a Project) the stage the passage gives it."""

    id: str
    label: Label
    name: str
    aliases: tuple[str, ...]
    stage: str | None = None

    def forms(self) -> set[str]:
        """Normalised name and aliases."""
        return {norm_name(n) for n in (self.name, *self.aliases)}


@dataclass(frozen=True)
class PredRelation:
    """A predicted relationship; Document endpoints already mapped to ``Document:@``."""

    type: RelType
    source: str
    target: str


@dataclass
class Prediction:
    """What the pipeline found in one passage."""

    entities: list[PredEntity] = field(default_factory=list)
    relations: list[PredRelation] = field(default_factory=list)
    error: str = ""


def prediction_from_graph(nodes: Iterable[Node], edges: Iterable[Edge]) -> Prediction:
    """Turn the graph of one passage into a prediction.

    Entities are entity-label nodes that a Document or Section MENTIONS (a Project with the stage on the
    Document's MENTIONS edge); relations are all edges except MENTIONS and evidence-less PART_OF.
    """
    nodes, edges = list(nodes), list(edges)
    mentioned = {e.target for e in edges if e.type is RelType.MENTIONS}
    stages = {e.target: e.properties.get("stage") for e in edges
              if e.type is RelType.MENTIONS and e.source.startswith("Document:") and e.properties.get("stage")}
    ents = [
        PredEntity(n.id, n.label, n.name, tuple(n.aliases), stages.get(n.id))
        for n in nodes
        if n.label in ENTITY_LABELS and n.id in mentioned
    ]

    def end(node: str) -> str:
        # one document per run: every Document node is the passage itself
        return DOC_SELF if node.startswith("Document:") else node

    rels = [
        PredRelation(e.type, end(e.source), end(e.target))
        for e in edges
        if e.type is not RelType.MENTIONS and not (e.type is RelType.PART_OF and not e.evidence)
    ]
    return Prediction(entities=ents, relations=rels)


def predict_passage(passage: GoldPassage) -> Prediction:
    """Run the real pipeline (ingest, extract, resolve) on one passage."""
    try:
        from kg.ingest import document_from_text
        from kg.pipeline import extract_graph
    except ImportError as exc:
        raise KGError(f"the extraction pipeline is not available: {exc}") from exc
    try:
        doc = document_from_text(passage.input_text, doc_id=passage.id)
        nodes, edges = extract_graph([doc])
    except KGError as exc:
        return Prediction(error=f"{type(exc).__name__}: {exc}")
    return prediction_from_graph(nodes, edges)


class Score(BaseModel):
    """Counts and the derived precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was annotated."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        """Add another score's counts to this one."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def summary(self) -> dict[str, float | int]:
        """Counts plus rounded precision, recall and F1, for JSON."""
        rates = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn} | {k: round(v, 4) for k, v in rates.items()}


class PassageResult(BaseModel):
    """Per-passage outcome: counts by label/type, misses and false positives."""

    id: str
    split: str
    by_label: dict[str, Score] = Field(default_factory=dict)
    by_type: dict[str, Score] = Field(default_factory=dict)
    entity_misses: list[str] = Field(default_factory=list)
    entity_false_positives: list[str] = Field(default_factory=list)
    relation_misses: list[str] = Field(default_factory=list)
    relation_false_positives: list[str] = Field(default_factory=list)
    #: Stages of the gold projects found: tp right, fp another stage, fn another or none (:func:`score_stages`).
    stages: Score = Field(default_factory=Score)
    stage_misses: list[str] = Field(default_factory=list)
    error: str = ""


def _bump(table: dict[str, Score], key: str, kind: str) -> None:
    score = table.setdefault(key, Score())
    setattr(score, kind, getattr(score, kind) + 1)


def entity_matches(gold: GoldEntity, pred: PredEntity) -> bool:
    """Same label, and the predicted name is the gold name or an alias (or the gold name a predicted alias)."""
    if gold.label is not pred.label:
        return False
    return norm_name(pred.name) in gold.forms() or norm_name(gold.name) in pred.forms()


def _pair(gold: list[Any], pred: list[Any], *tests: Callable[[Any, Any], bool]) -> tuple[list[Any], list[Any]]:
    """One-to-one greedy pairing, strictest test first; returns (unmatched gold, unmatched predictions)."""
    missed, left = list(gold), list(pred)
    for same in tests:
        still = []
        for g in missed:
            hit = next((i for i, p in enumerate(left) if same(g, p)), None)
            if hit is None:
                still.append(g)
            else:
                left.pop(hit)
        missed = still
    return missed, left


def _endpoint_ok(gold_end: str, pred_end: str, gold_ents: dict[str, GoldEntity], preds: dict[str, PredEntity]) -> bool:
    if gold_end == DOC_SELF or pred_end == DOC_SELF:
        return gold_end == pred_end
    label, _, name = pred_end.partition(":")
    if label not in {lab.value for lab in ENTITY_LABELS}:
        return False
    pred = preds.get(pred_end) or PredEntity(pred_end, Label(label), name, ())
    return entity_matches(gold_ents[gold_end], pred)


def relation_matches(gold: GoldRelation, pred: PredRelation, gold_ents: dict[str, GoldEntity],
                     preds: dict[str, PredEntity]) -> bool:
    """Same type and both endpoints match (either direction for symmetric types)."""
    if gold.type is not pred.type:
        return False
    ends = [(pred.source, pred.target)]
    if gold.type in SYMMETRIC:
        ends.append((pred.target, pred.source))
    return any(_endpoint_ok(gold.source, s, gold_ents, preds) and _endpoint_ok(gold.target, t, gold_ents, preds)
               for s, t in ends)


def score_passage(gold: GoldPassage, pred: Prediction) -> PassageResult:
    """Compare one passage's prediction with its gold annotation."""
    res = PassageResult(id=gold.id, split=gold.source, error=pred.error)
    exact = lambda g, p: g.label is p.label and norm_name(g.name) == norm_name(p.name)  # noqa: E731
    missed, extra = _pair(gold.entities, pred.entities, exact, entity_matches)
    for ent in gold.entities:
        _bump(res.by_label, ent.label.value, "fn" if ent in missed else "tp")
    for p in extra:
        _bump(res.by_label, p.label.value, "fp")
    res.entity_misses = [e.key for e in missed]
    res.entity_false_positives = sorted(p.id for p in extra)
    gold_ents = {e.key: e for e in gold.entities}
    preds = {p.id: p for p in pred.entities}
    same = lambda g, p: relation_matches(g, p, gold_ents, preds)  # noqa: E731
    rmissed, rextra = _pair(gold.relations, pred.relations, same)
    for rel in gold.relations:
        _bump(res.by_type, rel.type.value, "fn" if rel in rmissed else "tp")
    for p in rextra:
        _bump(res.by_type, p.type.value, "fp")
    res.relation_misses = [r.key for r in rmissed]
    res.relation_false_positives = sorted(f"{p.type.value} {p.source} -> {p.target}" for p in rextra)
    res.stages, res.stage_misses = score_stages(gold, pred)
    return res


def score_stages(gold: GoldPassage, pred: Prediction) -> tuple[Score, list[str]]:
    """The stages of the gold projects that carry one, on the predicted project each is found as: right (tp),
    another stage (fp and fn) or none (fn). A project not found at all is scored as an entity miss only; a
    stage given where the gold records none is not scored (the gold's stage is optional).

    Example:
        >>> from schema.ontology import Stage
        >>> g = GoldPassage(id="t", source="synthetic", text="SMC二期开工",
        ...     entities=[GoldEntity(label=Label.PROJECT, name="SMC二期", stage=Stage.STARTING)])
        >>> p = Prediction(entities=[PredEntity("Project:SMC二期", Label.PROJECT, "SMC二期", (), "completed")])
        >>> score, misses = score_stages(g, p)
        >>> (score.tp, score.fp, score.fn), misses
        ((0, 1, 1), ['Project:SMC二期: starting, given completed'])
    """
    score, misses = Score(), []
    for g in gold.entities:
        if g.stage is None:
            continue
        found = next((p for p in pred.entities if g.label is p.label and norm_name(g.name) == norm_name(p.name)),
                     None) or next((p for p in pred.entities if entity_matches(g, p)), None)
        if found is None:
            continue
        if found.stage == g.stage.value:
            score.tp += 1
            continue
        score.fn += 1
        score.fp += found.stage is not None
        misses.append(f"{g.key}: {g.stage.value}, given {found.stage or 'none'}")
    return score, misses


class SplitReport(BaseModel):
    """Scores of one split (corpus, synthetic or all)."""

    passages: int = 0
    characters: int = 0
    entities: Score = Field(default_factory=Score)
    relations: Score = Field(default_factory=Score)
    stages: Score = Field(default_factory=Score)  # the stages of the gold projects found (:func:`score_stages`)
    by_label: dict[str, Score] = Field(default_factory=dict)
    by_type: dict[str, Score] = Field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON form with precision, recall and F1 spelled out."""
        return {"passages": self.passages, "characters": self.characters,
                "entities": self.entities.summary(), "relations": self.relations.summary(),
                "stages": self.stages.summary(),
                "by_label": {k: v.summary() for k, v in sorted(self.by_label.items())},
                "by_type": {k: v.summary() for k, v in sorted(self.by_type.items())}}


class EvalReport(BaseModel):
    """Scores per split plus every passage's misses and false positives."""

    splits: dict[str, SplitReport] = Field(default_factory=dict)
    passages: list[PassageResult] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``kg eval --json`` document."""
        return {"splits": {k: v.to_json() for k, v in self.splits.items()},
                "passages": [p.model_dump(exclude={"by_label", "by_type"}) for p in self.passages]}


def aggregate(results: list[PassageResult], gold: list[GoldPassage]) -> EvalReport:
    """Sum passage results into per-split and overall scores (micro-averaged)."""
    chars = {g.id: len(g.text) for g in gold}
    report = EvalReport(passages=results)
    for split in (*SPLITS, "all"):
        chosen = [r for r in results if split == "all" or r.split == split]
        if not chosen:
            continue
        rep = SplitReport(passages=len(chosen), characters=sum(chars.get(r.id, 0) for r in chosen))
        for r in chosen:
            rep.stages.add(r.stages)
            for table, total, mine in ((rep.by_label, rep.entities, r.by_label), (rep.by_type, rep.relations, r.by_type)):
                for key, score in mine.items():
                    table.setdefault(key, Score()).add(score)
                    total.add(score)
        report.splits[split] = rep
    return report


def evaluate(gold_dir: Path, *, split: str = "all",
             predict: Callable[[GoldPassage], Prediction] = predict_passage) -> EvalReport:
    """Load the gold set, run ``predict`` on every passage of ``split`` and score it."""
    if split not in (*SPLITS, "all"):
        raise InputError(str(gold_dir), f"unknown split {split!r}", "use corpus, synthetic or all")
    gold = [g for g in load_gold(gold_dir) if split == "all" or g.source == split]
    if not gold:
        raise InputError(str(gold_dir), f"no gold passages for split {split!r}")
    results = [score_passage(g, predict(g)) for g in gold]
    return aggregate(results, gold)
