"""Index mappings: versioned JSON on disk (``schemas/index/<name>.json``) installed behind aliases.

Each mapping file holds ``version``, ``settings`` and ``mappings``. For a prefix ``factcheck`` and the
``claims`` file at version 1 the engine gets:

- an index template ``factcheck-claims`` matching ``factcheck-claims-v*``;
- a concrete index ``factcheck-claims-v1``;
- an alias ``factcheck-claims`` (the write index) that all reads and writes go through.

Additive mapping changes are applied in place to the current index. Anything else (a changed field
type, a new analyzer) means bumping ``version`` in the file and running ``migrate``: a fresh index is
filled by reindexing, then the alias is swapped atomically.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from factcheck.index.client import EngineBadRequest, EngineError

log = logging.getLogger(__name__)

# The mapping files live in the repository's schemas/ folder, beside the package (the service runs
# from a checkout installed with ``pip install -e``).
SCHEMAS_DIR = Path(__file__).resolve().parents[2] / "schemas" / "index"

# Every index factcheck owns, by short name. "urls" maps a normalised article URL to the article id.
INDEX_NAMES = ("articles", "claims", "conflicts", "urls")

# Above the built-in templates (logs-*-*, metrics-*-* use 100) so a prefix never loses to them.
TEMPLATE_PRIORITY = 200


@dataclass(frozen=True)
class IndexSpec:
    """One of factcheck's indices for a given prefix."""

    name: str
    prefix: str
    version: int
    settings: dict
    mappings: dict

    @property
    def alias(self):
        """The name every read and write uses: ``<prefix>-<name>``."""
        return f"{self.prefix}-{self.name}"

    @property
    def concrete_index(self):
        """The versioned index behind the alias: ``<prefix>-<name>-v<version>``."""
        return f"{self.alias}-v{self.version}"

    @property
    def template_name(self):
        """The index template's name (the alias' name)."""
        return self.alias

    def template_body(self):
        """The composable index template for every version of this index."""
        return {
            "index_patterns": [f"{self.alias}-v*"],
            "priority": TEMPLATE_PRIORITY,
            "version": self.version,
            "template": {"settings": self.settings, "mappings": self.mappings},
            "_meta": {"managed_by": "factcheck", "mapping": self.name},
        }


def load_mapping(name, schemas_dir=SCHEMAS_DIR):
    """The parsed ``<name>.json`` mapping file."""
    path = Path(schemas_dir) / f"{name}.json"
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def index_specs(prefix, schemas_dir=SCHEMAS_DIR):
    """``{short name: IndexSpec}`` for every index factcheck owns under ``prefix``."""
    specs = {}
    for name in INDEX_NAMES:
        document = load_mapping(name, schemas_dir)
        specs[name] = IndexSpec(name=name, prefix=prefix, version=int(document["version"]),
                                settings=document["settings"], mappings=document["mappings"])
    return specs


def install(engine, specs):
    """Install templates, indices and aliases that are missing; safe to run from every worker.

    Templates are (re)written each time so an additive change in a mapping file reaches indices
    created later; the same additive change is put on the live index. Returns ``{alias: concrete
    index}``.
    """
    installed = {}
    for spec in specs.values():
        engine.put_index_template(spec.template_name, spec.template_body())
        targets = engine.alias_targets(spec.alias)
        if targets:
            for target in targets:
                _put_mapping_in_place(engine, spec, target)
            installed[spec.alias] = targets[0]
            continue
        created = engine.create_index(spec.concrete_index, aliases={spec.alias: {"is_write_index": True}})
        if not created and not engine.alias_targets(spec.alias):
            # The index exists without its alias (someone removed it by hand): point it back.
            engine.update_aliases([{"add": {"index": spec.concrete_index, "alias": spec.alias,
                                            "is_write_index": True}}])
        installed[spec.alias] = spec.concrete_index
    return installed


def _put_mapping_in_place(engine, spec, target):
    try:
        engine.put_mapping(target, spec.mappings)
    except EngineBadRequest as error:
        # Not additive: the live index keeps working with its mapping until someone migrates.
        log.error("mapping %s v%s cannot be applied to %s in place (%s); run a migration",
                  spec.name, spec.version, target, error)


def missing_aliases(engine, specs):
    """Aliases that do not exist (the service is not ready while any is missing)."""
    return [spec.alias for spec in specs.values() if not engine.alias_targets(spec.alias)]


def migrate(engine, spec):
    """Move ``spec.alias`` to a fresh ``spec.concrete_index`` built from the current mapping file.

    Zero downtime for reads: the old index keeps serving until the alias swap, which is atomic. If
    reindexing fails, the half-filled new index is deleted and the alias left where it was. Writes
    that arrive during the reindex go to the old index and are not copied: run it in a quiet period
    (or pause writers). Returns the new index name, or None when the alias already points there.
    """
    engine.put_index_template(spec.template_name, spec.template_body())
    old_targets = engine.alias_targets(spec.alias)
    if old_targets == [spec.concrete_index]:
        return None
    if not engine.create_index(spec.concrete_index):
        raise EngineError(f"{spec.concrete_index} already exists but the alias points elsewhere; "
                          "delete it or bump the version")
    try:
        for old in old_targets:
            engine.reindex(old, spec.concrete_index)
    except Exception:
        engine.delete_index(spec.concrete_index)
        raise
    actions = [{"remove": {"index": old, "alias": spec.alias}} for old in old_targets]
    actions.append({"add": {"index": spec.concrete_index, "alias": spec.alias, "is_write_index": True}})
    engine.update_aliases(actions)
    return spec.concrete_index


def uninstall(engine, prefix):
    """Delete every index and template under ``prefix`` (tests and throwaway environments).

    The engine refuses wildcard deletes by default, so each index is deleted by its exact name.
    """
    for name in INDEX_NAMES:
        alias = f"{prefix}-{name}"
        for index in engine.index_names(f"{alias}-v*"):
            engine.delete_index(index)
        engine.delete_index_template(alias)
