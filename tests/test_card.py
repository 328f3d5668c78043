"""The dataset card: front matter that datasets understands, a body that documents every field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml
from pydantic import BaseModel

from mfa_dataset._version import DATASET_VERSION, SCHEMA_VERSION
from mfa_dataset.card import (
    AUTHORS,
    PRETTY_NAME,
    Source,
    citation_bibtex,
    render_card,
    size_category,
)
from mfa_dataset.features import hf_features, nested_models
from mfa_dataset.models import Statement
from mfa_dataset.tables import TABLES

COUNTS = {"statements": 1234, "qa_pairs": 2000, "meetings": 300, "agreements": 45}
SOURCES = [
    Source(
        f"xx-mfa-2024-{n}",
        dt.date(2024, 1, 1) + dt.timedelta(days=n % 366),
        "Ministry of Foreign Affairs of X",
        f"https://mfa.example/en/news/{n}",
    )
    for n in range(COUNTS["statements"], 0, -1)
]


def _split(card: str) -> tuple[dict[str, Any], str]:
    assert card.startswith("---\n")
    header, body = card[len("---\n") :].split("\n---\n", 1)
    meta = yaml.safe_load(header)
    assert isinstance(meta, dict)
    return meta, body


@pytest.fixture(scope="module")
def card() -> str:
    return render_card(COUNTS, sources=SOURCES)


def test_front_matter(card: str) -> None:
    meta, _ = _split(card)
    assert meta["license"] == "cc-by-4.0"
    assert meta["language"] == ["en"]
    assert meta["size_categories"] == ["1K<n<10K"]
    assert meta["pretty_name"]
    assert {"diplomacy", "event-data", "international-relations"} <= set(meta["tags"])


def test_configs_follow_tables(card: str) -> None:
    meta, _ = _split(card)
    assert [c["config_name"] for c in meta["configs"]] == list(TABLES)
    for config in meta["configs"]:
        table = config["config_name"]
        assert config["data_files"] == [{"split": "train", "path": f"data/{table}.jsonl"}]
        assert config.get("default", False) is (table == "statements")


def test_dataset_info_has_features_and_counts(card: str) -> None:
    meta, _ = _split(card)
    assert [i["config_name"] for i in meta["dataset_info"]] == list(TABLES)
    for info in meta["dataset_info"]:
        table = info["config_name"]
        assert info["features"] == hf_features(TABLES[table])
        (split,) = info["splits"]
        assert split == {"name": "train", "num_bytes": 0, "num_examples": COUNTS[table]}


def test_num_bytes_when_given() -> None:
    meta, _ = _split(render_card(COUNTS, num_bytes={"meetings": 4096}))
    sizes = {i["config_name"]: i["splits"][0]["num_bytes"] for i in meta["dataset_info"]}
    assert sizes == {"statements": 0, "qa_pairs": 0, "meetings": 4096, "agreements": 0}


def test_datasets_reads_the_card(card: str) -> None:
    """The front matter means to ``datasets`` what it says: configs, default, features, splits."""
    from datasets import Features
    from datasets.info import DatasetInfosDict
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCard

    data = DatasetCard(card).data
    configs = MetadataConfigs.from_dataset_card_data(data)
    assert list(configs) == list(TABLES)
    assert configs.get_default_config_name() == "statements"
    infos = DatasetInfosDict.from_dataset_card_data(data)
    for table, model in TABLES.items():
        assert infos[table].features == Features._from_yaml_list(hf_features(model))
        assert infos[table].splits is not None, "a split without num_bytes is dropped"
        assert infos[table].splits["train"].num_examples == COUNTS[table]


def _section(body: str, heading: str) -> str:
    start = body.index(f"\n{heading}\n")
    level = heading.split(" ", 1)[0]
    rest = body[start + len(heading) + 2 :]
    ends = [rest.find(f"\n{h} ") for h in ("#", "##", "###", level) if rest.find(f"\n{h} ") >= 0]
    return rest[: min(ends)] if ends else rest


def _documented(section: str, model: type[BaseModel]) -> None:
    for name, field in model.model_fields.items():
        rows = [line for line in section.splitlines() if line.startswith(f"| `{name}` |")]
        assert len(rows) == 1, f"{model.__name__}.{name} is not documented once"
        nullable = type(None) in get_args(field.annotation)
        assert ("| nullable |" in rows[0]) is nullable, f"{model.__name__}.{name}"
        assert field.description is not None
        assert field.description.rstrip(".") in rows[0]


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_field_is_documented(card: str, table: str) -> None:
    _, body = _split(card)
    _documented(_section(body, f"### `{table}`"), TABLES[table])


@pytest.mark.parametrize("model", nested_models(*TABLES.values()), ids=lambda m: m.__name__)
def test_every_nested_field_is_documented(card: str, model: type[BaseModel]) -> None:
    _, body = _split(card)
    _documented(_section(body, f"#### `{model.__name__}`"), model)


def test_enum_values_are_listed(card: str) -> None:
    _, body = _split(card)
    meetings = _section(body, "### `meetings`")
    assert "`bilateral`, `trilateral`, `multilateral`" in meetings
    assert "`curated`, `extracted`" in meetings


def test_body_explains_ids_spans_provenance_versions_and_license(card: str) -> None:
    _, body = _split(card)
    for needle in [
        "<iso2 issuer>-<issuer acronym>-<year>-<number>",
        "`<statement id>.q1`",
        "`.ag1`",
        "text[start:end]",
        "`curated`",
        "`extracted`",
        f"Dataset version **{DATASET_VERSION}**",
        f"Schema version **{SCHEMA_VERSION}**",
        'datasets.load_dataset("<path or repo id>", "meetings"',
        "mfa_dataset.load_statements()",
        "`source_url`",
        "copyright stays with the",
        "## Limitations",
        "CAMEO",
    ]:
        assert needle in body, needle
    assert "| `statements` (default) | 1234 |" in body


@pytest.mark.parametrize(
    ("n", "bucket"),
    [
        (0, "n<1K"),
        (999, "n<1K"),
        (1000, "1K<n<10K"),
        (9999, "1K<n<10K"),
        (10_000, "10K<n<100K"),
        (999_999, "100K<n<1M"),
        (1_000_000, "1M<n<10M"),
        (10**9, "1B<n<10B"),
        (10**12 - 1, "100B<n<1T"),
        (10**12, "n>1T"),
    ],
)
def test_size_category(n: int, bucket: str) -> None:
    assert size_category(n) == bucket


def test_size_category_follows_statements() -> None:
    meta, _ = _split(render_card({**COUNTS, "statements": 12, "qa_pairs": 50_000}))
    assert meta["size_categories"] == ["n<1K"]


def test_deterministic(card: str) -> None:
    assert render_card(dict(reversed(list(COUNTS.items()))), sources=SOURCES[::-1]) == card
    assert render_card(COUNTS, sources=SOURCES) == card
    assert card.endswith("\n")
    assert not card.endswith("\n\n")


@pytest.mark.parametrize(
    ("counts", "error"),
    [
        ({"statements": 1}, ValueError),
        ({**COUNTS, "extra": 1}, ValueError),
        ({**COUNTS, "meetings": -1}, ValueError),
        ({**COUNTS, "meetings": 1.0}, TypeError),
    ],
)
def test_bad_counts(counts: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        render_card(counts)


def test_negative_size_category() -> None:
    with pytest.raises(ValueError, match="negative"):
        size_category(-1)


def test_no_raw_html_outside_code(card: str) -> None:
    """``ORG:<acronym>`` outside backticks would render as an (invisible) HTML tag."""
    _, body = _split(card)
    outside_code = "".join(body.replace("```", "\x00").split("\x00")[::2]).split("`")[::2]
    assert not [part for part in outside_code if "<" in part or ">" in part]


def test_sources_list_every_statement_by_id(card: str) -> None:
    _, body = _split(card)
    section = _section(body, "## Sources")
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert len(rows) == COUNTS["statements"]
    assert [row.split("`")[1] for row in rows] == sorted(s.id for s in SOURCES)
    first = min(SOURCES)
    assert rows[0] == (
        f"| `{first.id}` | {first.date.isoformat()} | {first.issuer} | {first.url} |"
    )
    assert body.rstrip("\n").endswith(rows[-1])


def test_source_of_a_statement(seed: Statement) -> None:
    assert Source.of(seed) == (
        "az-mfa-2024-280",
        dt.date(2024, 7, 3),
        "Ministry of Foreign Affairs of the Republic of Azerbaijan",
        "https://mfa.gov.az/en/news/no28024",
    )


def test_without_sources_there_is_no_source_list() -> None:
    _, body = _split(render_card(COUNTS))
    assert "## Sources" not in body
    assert "## License" in body


@pytest.mark.parametrize(
    "sources",
    [SOURCES[1:], [*SOURCES[1:], SOURCES[1]]],
    ids=["one missing", "one twice"],
)
def test_sources_must_be_one_per_statement(sources: list[Source]) -> None:
    with pytest.raises(ValueError, match="source"):
        render_card(COUNTS, sources=sources)


def test_license_and_citation(card: str) -> None:
    _, body = _split(card)
    license_text = _section(body, "## License")
    assert "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)" in license_text
    assert "copyright stays with the issuing" in license_text
    assert "MIT" in license_text
    citation = _section(body, "## Citation")
    assert f"```bibtex\n{citation_bibtex()}\n```" in citation
    assert f"version = {{{DATASET_VERSION}}}" in citation_bibtex()
    assert f"title = {{{PRETTY_NAME}}}" in citation_bibtex()


def test_citation_cff_agrees_with_the_card(root: Path) -> None:
    cff = yaml.safe_load((root / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert cff["type"] == "dataset"
    assert cff["title"] == PRETTY_NAME
    assert cff["version"] == DATASET_VERSION, "bump CITATION.cff with DATASET_VERSION"
    assert cff["license"] == "CC-BY-4.0"
    assert [a["name"] for a in cff["authors"]] == list(AUTHORS)
    assert cff["message"]
