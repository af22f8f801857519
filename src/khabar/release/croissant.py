"""croissant.json: MLCommons Croissant 1.1 metadata of the release folder, from `khabar.release.configs.CONFIGS`.

One FileObject per parquet shard (relative contentUrl, sha256), one FileSet per config and split
(its shards by pattern) and one RecordSet per config and split reading that FileSet, whose fields
mirror the declared features; ClassLabel columns are integers whose names are given by the inline
label record sets.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from khabar import __version__
from khabar.corpus.splits import SPLITS
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES
from khabar.release.configs import CONFIGS, NER_COARSE_TAGS, NER_TAGS, ClassLabel, List, Value
from khabar.release.manifest import sha256_file
from khabar.release.parquet import split_pattern
from khabar.release.result import BuildResult

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
DTYPES = {"string": "sc:Text", "int32": "sc:Integer", "int64": "sc:Integer", "float64": "sc:Float",
          "bool": "sc:Boolean"}
LABEL_SETS = {"entity_types": ENTITY_LABELS, "number_kinds": NUMBER_KINDS, "qualifiers": QUALIFIERS,
              "claim_kinds": CLAIM_KINDS, "relation_types": RELATION_TYPES, "ner_tags": tuple(NER_TAGS),
              "ner_coarse_tags": tuple(NER_COARSE_TAGS)}


__all__ = ["croissant", "croissant_json", "sha256_file"]


def _label_set(feat: ClassLabel) -> str:
    names = tuple(feat.names)
    return next(k for k, v in LABEL_SETS.items() if tuple(v) == names)


def _leaf(feat: Any) -> tuple[str, bool, str]:
    """(dataType, is array, description suffix) of a non-struct feature."""
    if isinstance(feat, List):
        dtype, _, note = _leaf(feat.feature)
        return dtype, True, note
    if isinstance(feat, ClassLabel):
        return "sc:Integer", False, f" Integer index into the record set `{_label_set(feat)}`."
    assert isinstance(feat, Value)
    return DTYPES[feat.dtype], False, ""


def _fields(spec: dict, rs: str, file_set: str, column: str | None, path: list[str]) -> list[dict]:
    out = []
    for name, (doc, feat) in spec.items():
        fid = "/".join([rs, *path, name])
        col = column or name
        source: dict[str, Any] = {"fileSet": {"@id": file_set}, "extract": {"column": col}}
        if column is not None:
            source["transform"] = {"jsonPath": ".".join([*path[1:], name])}
        node: dict[str, Any] = {"@type": "cr:Field", "@id": fid, "name": name, "description": doc}
        if isinstance(feat, (dict, list)):
            sub = feat if isinstance(feat, dict) else feat[0]
            if isinstance(feat, list):
                node |= {"isArray": True, "arrayShape": "-1"}
            node["source"] = source
            node["subField"] = _fields(sub, rs, file_set, col, [*path, name])
        else:
            dtype, is_array, note = _leaf(feat)
            node["description"] = doc + note
            node["dataType"] = dtype
            if is_array:
                node |= {"isArray": True, "arrayShape": "-1"}
            node["source"] = source
        out.append(node)
    return out


def croissant(folder: Path, result: BuildResult) -> dict[str, Any]:
    distribution = []
    record_sets = []
    for name, names in LABEL_SETS.items():
        record_sets.append({
            "@type": "cr:RecordSet", "@id": name, "name": name, "key": {"@id": f"{name}/index"},
            "description": f"The names behind the integer values of ClassLabel columns ({name}).",
            "field": [{"@type": "cr:Field", "@id": f"{name}/index", "name": "index", "dataType": "sc:Integer"},
                      {"@type": "cr:Field", "@id": f"{name}/name", "name": "name", "dataType": "sc:Text"}],
            "data": [{f"{name}/index": i, f"{name}/name": n} for i, n in enumerate(names)],
        })
    for config, (desc, spec) in CONFIGS.items():
        for split in SPLITS:
            files = result.sizes[config][split].files
            for i, rel in enumerate(files):
                file_id = f"{config}-{split}-{i:05d}-parquet"
                distribution.append({"@type": "cr:FileObject", "@id": file_id, "name": file_id,
                                     "description": f"Shard {i + 1} of {len(files)} of the {split} split of the "
                                                    f"{config} config.",
                                     "contentUrl": rel, "contentSize": f"{(folder / rel).stat().st_size} B",
                                     "encodingFormat": "application/x-parquet", "sha256": sha256_file(folder / rel)})
            file_set = f"{config}-{split}-parquet-files"
            distribution.append({"@type": "cr:FileSet", "@id": file_set, "name": file_set,
                                 "description": f"Every shard of the {split} split of the {config} config.",
                                 "encodingFormat": "application/x-parquet", "includes": split_pattern(config, split)})
            rs = f"{config}_{split}"
            record_sets.append({"@type": "cr:RecordSet", "@id": rs, "name": rs,
                                "description": f"{desc} ({split} split)",
                                "field": _fields(spec, rs, file_set, None, [])})
    meta: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": "khabar",
        "alternateName": "Khabar (خبر)",
        "description": ("Arabic news articles annotated with nested entities (WojoodNER types), numeric "
                        "expressions with normalized values and relations, and checkable claims."),
        "version": __version__,
        "inLanguage": "ar",
        "license": ("https://creativecommons.org/licenses/by-sa/4.0/" if result.open_release else
                    "other: article text of unknown licence (third-party news copy); see README.md"),
        "citeAs": "Khabar: a span-annotated Arabic news corpus of entities, numbers and claims "
                  f"(dataset, version {__version__})",
        "keywords": ["Arabic", "named entity recognition", "nested NER", "numbers", "claims", "fact-checking"],
        "isLiveDataset": False,
    }
    if result.repo_id:
        meta["url"] = f"https://huggingface.co/datasets/{result.repo_id}"
    meta["distribution"] = distribution
    meta["recordSet"] = record_sets
    return meta


def croissant_json(folder: Path, result: BuildResult) -> str:
    return json.dumps(croissant(folder, result), ensure_ascii=False, indent=2) + "\n"
