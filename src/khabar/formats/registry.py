"""The registry of outside formats: for each, what it exports and imports and the options each direction takes."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Direction:
    """One direction of a format (export or import): what it does, where it writes, its options."""

    summary: str
    out: str                   # what --out names
    out_required: bool
    options: tuple[str, ...]   # the options it takes beyond --out and --force (CLI spelling)


@dataclass(frozen=True)
class Format:
    name: str
    export: Direction | None
    imports: Direction | None


# The tool formats (Label Studio, brat, INCEpTION) go both ways over the project's annotations;
# CoNLL and spaCy export for training; Wojood and CoNLL import outside evaluation data into a
# folder of its own. An option a direction does not list is refused by the command line.
_TOOL_EXPORT = ("--doc", "--annotation")
_TOOL_IMPORT = ("--doc", "--pass")
_IOB2_IMPORT = ("--prefix", "--source-note", "--repair-orphan-i")

FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("jsonl",
           Direction("one JSON object per document: every span of every layer at document offsets, "
                     "and the relations", "a file (default: standard output)", False, ("--doc",)),
           None),
    Format("wojood",
           Direction("nested IOB2 entity layers, one file per split (the whole corpus)",
                     "a folder", True, ()),
           Direction("a Wojood nested-IOB2 file as evaluation data", "a new folder of its own", True,
                     _IOB2_IMPORT)),
    Format("labelstudio",
           Direction("a labeling config and tasks (the annotation as predictions)", "a folder", True,
                     _TOOL_EXPORT),
           Direction("a Label Studio JSON export into annotations/ (or a pass, or --out)",
                     "a folder instead of annotations/", False, _TOOL_IMPORT)),
    Format("brat",
           Direction("brat standoff .txt/.ann with annotation.conf and visual.conf", "a folder", True,
                     _TOOL_EXPORT),
           Direction("a folder of brat .ann files (or one .ann)", "a folder instead of annotations/",
                     False, _TOOL_IMPORT)),
    Format("inception",
           Direction("UIMA CAS XMI with TypeSystem.xml", "a folder", True, _TOOL_EXPORT),
           Direction("a folder of .xmi, one .xmi or an INCEpTION zip", "a folder instead of annotations/",
                     False, _TOOL_IMPORT)),
    Format("conll",
           Direction("`token tag` lines over one layer (the ner or ner_coarse view)", "a file", True,
                     (*_TOOL_EXPORT, "--view")),
           Direction("a flat `token tag` IOB2 file as evaluation data", "a new folder of its own", True,
                     (*_IOB2_IMPORT, "--label-map"))),
    Format("spacy",
           Direction("a spaCy DocBin: ents the outermost entities, spans every layer", "a file", True,
                     (*_TOOL_EXPORT, "--split-at-spans")),
           None),
)}

# The formats whose files are annotations of the project's documents (both directions).
TOOL_EXPORTS = ("labelstudio", "brat", "inception", "conll", "spacy")
TOOL_IMPORTS = ("labelstudio", "brat", "inception")


def exporters() -> dict[str, Direction]:
    return {name: f.export for name, f in FORMATS.items() if f.export is not None}


def importers() -> dict[str, Direction]:
    return {name: f.imports for name, f in FORMATS.items() if f.imports is not None}
