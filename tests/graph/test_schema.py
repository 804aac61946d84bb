"""The ontology's closed sets are enforced by the records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from kg.cli import main
from schema import ALLOWED, EntityRef, Label, RelationMention, RelType, allowed, node_id


def test_schema_rejects_edge_the_ontology_forbids() -> None:
    with pytest.raises(ValidationError, match="IN_CHAIN from Town"):
        RelationMention(
            type=RelType.IN_CHAIN,
            source=EntityRef(label=Label.TOWN, name="双街镇"),
            target=EntityRef(label=Label.INDUSTRY_CHAIN, name="生物医药"),
            start=0, end=1, rule="test",
        )


@pytest.mark.parametrize(
    ("rel", "source", "target", "ok"),
    [
        (RelType.LOCATED_IN, Label.PROJECT, Label.TOWN, True),
        (RelType.PART_OF, Label.TOWN, Label.REGION, True),
        (RelType.PART_OF, Label.PROJECT, Label.TOWN, False),
        (RelType.DEVELOPS, Label.ENTERPRISE, Label.PROJECT, True),
        (RelType.SETS_TARGET, Label.DOCUMENT, Label.INDICATOR, True),
        (RelType.HOLDS_OFFICE, Label.PERSON, Label.REGION, True),
        (RelType.HOLDS_OFFICE, Label.REGION, Label.PERSON, False),
        (RelType.MENTIONS, Label.DOCUMENT, Label.VILLAGE, True),
        (RelType.MENTIONS, Label.DOCUMENT, Label.DOCUMENT, False),
    ],
)
def test_allowed_pairs(rel: RelType, source: Label, target: Label, ok: bool) -> None:
    assert allowed(rel, source, target) is ok


def test_every_relationship_type_has_pairs() -> None:
    assert set(ALLOWED) == set(RelType)
    assert all(ALLOWED[r] for r in RelType)


def test_node_id_is_label_and_name() -> None:
    assert node_id(Label.TOWN, "双街镇") == "Town:双街镇"
    assert node_id("Project", "SMC二期") == "Project:SMC二期"


def test_schema_command_exports_json_schema() -> None:
    result = CliRunner().invoke(main, ["schema", "edge"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"] == "Edge"
    assert set(data["$defs"]["RelType"]["enum"]) == {r.value for r in RelType}


def test_printed_schema_points_only_to_files_that_exist() -> None:
    """The descriptions a user reads in `kg schema` name documents of this repository, not missing ones."""
    import re

    repo = Path(__file__).resolve().parents[2]
    result = CliRunner().invoke(main, ["schema"])
    named = set(re.findall(r"[\w./-]+\.md\b", result.output))
    assert named and all((repo / name).is_file() for name in named), named


def test_schema_help_explains_its_argument_and_default() -> None:
    result = CliRunner().invoke(main, ["schema", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "[WHICH]" in result.output.splitlines()[0]
    assert "WHICH is node, edge, document, report, or all of them keyed by name (the default)" in text


def test_properties_cannot_shadow_contract_fields() -> None:
    from schema import Edge

    with pytest.raises(ValidationError, match="reserved names"):
        Edge(source="a", target="b", type=RelType.SETS_TARGET, properties={"target": "105"})


def test_printed_schemas_validate_every_line_of_a_build(corpus_build: Path) -> None:
    """``kg schema node`` / ``edge`` describe the lines of nodes.jsonl / edges.jsonl, properties spread in."""
    import jsonschema

    for which, name in (("node", "nodes.jsonl"), ("edge", "edges.jsonl"), ("report", "report.json")):
        printed = CliRunner().invoke(main, ["schema", which])
        assert printed.exit_code == 0
        validator = jsonschema.Draft202012Validator(json.loads(printed.output))
        text = (corpus_build / name).read_text(encoding="utf-8")
        rows = [json.loads(line) for line in text.splitlines()] if name.endswith(".jsonl") else [json.loads(text)]
        assert rows and [row for row in rows if not validator.is_valid(row)] == []
    assert not jsonschema.Draft202012Validator(json.loads(CliRunner().invoke(main, ["schema", "node"]).output)
                                               ).is_valid({"label": "Town", "name": "x"})  # no id: invalid
