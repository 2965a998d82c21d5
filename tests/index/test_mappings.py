"""Index templates, versioned indices and aliases on the real engine."""
import dataclasses
import json

import pytest

from factcheck.config import from_environ
from factcheck.index import mappings
from factcheck.index.client import Engine


@pytest.fixture
def engine():
    engine = Engine(from_environ())
    yield engine
    engine.close()


@pytest.fixture
def specs(engine, request):
    from conftest import unique_prefix

    prefix = unique_prefix("fctest-map")
    yield mappings.index_specs(prefix)
    mappings.uninstall(engine, prefix)


def test_mapping_files_are_valid_and_single_node_sized():
    for name in mappings.INDEX_NAMES:
        document = mappings.load_mapping(name)
        assert set(document) == {"version", "settings", "mappings"}
        assert document["settings"]["number_of_shards"] == 1
        assert document["settings"]["number_of_replicas"] == 0
        assert document["mappings"]["_meta"]["version"] == document["version"]


def test_mappings_use_only_built_in_analysis():
    # The engine has no analysis-common module: only standard/simple/whitespace/keyword analyzers and
    # the lowercase filter exist.
    for name in mappings.INDEX_NAMES:
        text = json.dumps(mappings.load_mapping(name))
        for unavailable in ('"english"', "porter_stem", "asciifolding", "snowball", "stemmer"):
            assert unavailable not in text, (name, unavailable)


def test_install_creates_templates_versioned_indices_and_aliases(engine, specs):
    installed = mappings.install(engine, specs)
    for spec in specs.values():
        assert installed[spec.alias] == f"{spec.alias}-v{spec.version}"
        assert engine.alias_targets(spec.alias) == [spec.concrete_index]
        assert engine.index_template_names(spec.template_name) == [spec.template_name]
    assert mappings.missing_aliases(engine, specs) == []


def test_install_is_idempotent(engine, specs):
    first = mappings.install(engine, specs)
    assert mappings.install(engine, specs) == first
    prefix = next(iter(specs.values())).prefix
    assert engine.index_names(f"{prefix}-*") == sorted(spec.concrete_index for spec in specs.values())


def test_claims_mapping_is_search_ready(engine, specs):
    mappings.install(engine, specs)
    claims = engine.client.indices.get_mapping(index=specs["claims"].alias)
    properties = next(iter(claims.body.values()))["mappings"]["properties"]
    assert properties["text"]["type"] == "text"
    assert properties["speaker"]["type"] == "text"
    assert properties["speaker"]["fields"]["keyword"]["type"] == "keyword"
    assert properties["figure"]["properties"]["value"]["type"] == "double"
    assert properties["figure"]["properties"]["subject"]["type"] == "text"
    assert properties["published_at"]["type"] == "date"
    for keyword in ("type", "source", "speaker_kind", "article_id"):
        assert properties[keyword]["type"] == "keyword"


def test_install_restores_a_removed_alias(engine, specs):
    mappings.install(engine, specs)
    spec = specs["claims"]
    engine.update_aliases([{"remove": {"index": spec.concrete_index, "alias": spec.alias}}])
    assert mappings.missing_aliases(engine, specs) == [spec.alias]
    mappings.install(engine, specs)
    assert engine.alias_targets(spec.alias) == [spec.concrete_index]


def test_migrate_reindexes_into_a_new_version_and_swaps_the_alias(engine, specs):
    mappings.install(engine, specs)
    spec = specs["urls"]
    engine.create(spec.alias, "k1", {"url": "https://a.example/1", "article_id": "x", "created_at": None},
                  refresh=True)
    properties = dict(spec.mappings["properties"], note={"type": "keyword"})
    version_2 = dataclasses.replace(spec, version=2, mappings=dict(spec.mappings, properties=properties))
    assert mappings.migrate(engine, version_2) == f"{spec.alias}-v2"
    assert engine.alias_targets(spec.alias) == [f"{spec.alias}-v2"]
    assert engine.get(spec.alias, "k1")["url"] == "https://a.example/1"
    assert mappings.migrate(engine, version_2) is None
    engine.delete_index(f"{spec.alias}-v1")


def test_uninstall_removes_everything(engine, specs):
    mappings.install(engine, specs)
    prefix = next(iter(specs.values())).prefix
    mappings.uninstall(engine, prefix)
    assert engine.index_names(f"{prefix}-*") == []
    assert engine.index_template_names(f"{prefix}-*") == []
