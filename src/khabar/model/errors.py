"""Every error and problem code Khabar reports, with its severity and a one-line explanation.

Validation problems (`Problem`) and command errors (`KhabarError`) both carry a code from
`CODES`; nothing reads a code back out of a message. `khabar validate --explain CODE` prints the
explanation, as `rustc --explain` does. Related locations (the other span of a crossing pair) go
in `references`, as UD's validator keeps them.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import NamedTuple

ERROR, WARNING = "error", "warning"


class Code(NamedTuple):
    severity: str
    explanation: str


def _e(text: str) -> Code:
    return Code(ERROR, text)


def _w(text: str) -> Code:
    return Code(WARNING, text)


# One entry per code, grouped by level as UD's validator groups its tests. Codes are stable:
# tests, tools and users' scripts match on them. Add new codes; never rename one.
CODES: dict[str, Code] = {
    # files
    "file-missing": _e("A file named on the command line or required by the layout does not exist."),
    "file-encoding": _e("A file is not valid UTF-8; the message names the first bad byte's offset."),
    "file-unreadable": _e("A file exists but cannot be read (a folder, permissions, an I/O error)."),
    "json-invalid": _e("A file is not valid JSON; the location is line:column of the syntax error."),
    "json-constant": _e("JSON holds NaN, Infinity or -Infinity, which JSON does not define."),
    "json-duplicate-key": _e("A JSON object repeats a key; readers disagree on which value wins."),
    "json-too-deep": _e("JSON nests deeper than Khabar reads (a hostile or broken file)."),
    "json-number-too-long": _e("A JSON number has more digits than Khabar reads."),
    "text-control-char": _e("Text holds a control, zero-width or unpaired surrogate character."),
    "not-object": _e("The top level of an annotation or document file must be a JSON object."),
    # schema (one code per JSON Schema keyword: schema-type, schema-enum, schema-pattern, ...)
    "schema-required": _e("A required property is missing."),
    "schema-additional-property": _e("A property the schema does not define is present."),
    "schema-type": _e("A value has the wrong JSON type (an offset must be an integer, not 1.0)."),
    "schema-enum": _e("A value is not one of the labels defined in labels.py."),
    "schema-pattern": _e("A string does not match its pattern (ids, hashes, dates)."),
    "schema-const": _e("A value must be exactly the constant the schema gives."),
    "schema-minimum": _e("A number is below its minimum (offsets are >= 0)."),
    "schema-maximum": _e("A number is above its maximum."),
    "schema-min-length": _e("A string or list is shorter than allowed."),
    "schema-max-length": _e("A string or list is longer than allowed."),
    "schema-min-items": _e("A list has fewer items than allowed (a relation needs parts)."),
    "schema-max-items": _e("A list has more items than allowed."),
    "schema-unique-items": _e("A list repeats an item."),
    "schema-one-of": _e("A value matches none (or several) of the alternatives the schema allows."),
    "schema-any-of": _e("A value matches none of the alternatives the schema allows."),
    "schema-format": _e("A string is not in its declared format."),
    "schema-invalid": _e("A value breaks a schema rule without a more specific code."),
    # documents and raw files
    "document-missing": _e("An annotation file has no document record in corpus/documents/."),
    "document-id-mismatch": _e("A file's id field differs from its file name."),
    "annotation-missing": _e("A document record has no annotation file in annotations/."),
    "raw-missing": _e("A document record's raw file corpus/raw/<id>.txt does not exist."),
    "raw-orphan": _e("A raw file in corpus/raw/ has no document record (an interrupted `add`)."),
    "raw-path": _e("A document record's raw_file is not corpus/raw/<id>.txt."),
    "raw-unreadable": _e("The raw file cannot be read as UTF-8."),
    "raw-hash-mismatch": _e("The raw file's SHA-256 differs from the one recorded."),
    "raw-text-mismatch": _e("The text rederived from the raw file differs from the record's text."),
    "dateline-mismatch": _e("The recorded dateline differs from the raw file's first line."),
    "text-not-nfc": _e("Document text must be in Unicode NFC; offsets count NFC code points."),
    "text-hash-mismatch": _e("A text_sha256 differs from the SHA-256 of the document text."),
    "paragraph-offsets": _e("Paragraph offsets must tile the text in order, within its bounds."),
    # spans
    "span-out-of-bounds": _e("A span's offsets fall outside the document text."),
    "span-empty": _e("A span's end must be greater than its start."),
    "span-text-mismatch": _e("A span's stored text differs from the text its offsets cover."),
    "span-edge": _e("A span starts or ends with white space or punctuation."),
    "span-word-boundary": _e("A span cuts a word (a proclitic before it is allowed)."),
    "span-crossing": _e("Two spans of a layer overlap without nesting; references: the other span."),
    "span-duplicate": _e("Two annotations of a layer have the same offsets and label."),
    "span-crosses-paragraph": _e("A span runs across a paragraph break."),
    "span-text-stored": _e("A span of a source-backed document's annotation stores its text; only "
                           "offsets are kept for third-party text."),
    "id-duplicate": _e("Two annotations share an id."),
    "ref-unresolved": _e("An id reference (claimant, claim number, relation part) names nothing."),
    # numbers, claims, relations
    "number-value-mismatch": _e("A number's value differs from what the digits of its span say (digits alone; "
                                "a time's digits are a clock reading)."),
    "number-word-value": _w("A number's value differs from what its words read as (number words, or digits "
                            "with scale words: \"12 مليون\" is 12,000,000), and no `value_override` explains why."),
    "number-kind-value": _e("A number's value does not fit its kind (a year or an ordinal that is not whole, "
                            "a time outside the day's minutes, ...)."),
    "qualifier-span-exact": _e("An exact number cannot carry a qualifier span."),
    "claimant-label": _w("A claimant entity should be a source: PERS, ORG, OCC, GPE, NORP or WEBSITE."),
    "claim-number-outside": _e("A number listed by a claim lies outside the claim's span."),
    "claim-number-unlisted": _w("A number inside a claim's span is not listed by the claim."),
    "relation-self": _e("A relation's total is also one of its parts."),
    "relation-arithmetic": _e("A relation's values do not satisfy its arithmetic (sum, includes, equals)."),
    # status
    "status-empty-gold": _e("An annotation file has no annotations but claims a gold status."),
    # validate and add: hostile input, atomic add
    "add-incomplete": _e("An interrupted `khabar add` left a staging folder; the next `khabar add` "
                         "(or `khabar add --recover`) completes or undoes it."),
    "dateline-invalid": _e("The first line of a raw article is not a dateline in the expected order "
                           "(--date-order), and no --published was given."),
    "id-invalid": _e("A document id is not a safe slug (lowercase letters, digits, '_' and '-')."),
    "document-exists": _e("`khabar add` refuses an id whose raw file, record or annotation exists."),
    "document-duplicate": _e("`khabar add` refuses an article whose text another document has."),
    "text-empty": _e("A raw article has no paragraphs."),
    "text-encoding": _e("A command-line value cannot be stored as UTF-8 (it holds undecodable bytes)."),
    # imports and formats
    "wojood-nested-iob2": _e("A Wojood line breaks nested IOB2 (an I- continuing nothing, a layer under O)."),
    "format-invalid": _e("An outside format's file is malformed at the place named."),
    # benchmark (evaluate/): predictions files and results files
    "predictions-duplicate-id": _e("A predictions file gives the same id on two lines."),
    "predictions-unknown-id": _e("A predictions record's id names no row, paragraph or document of the data."),
    "predictions-row-missing": _e("A scored row has no predictions record (its own, its paragraph's or "
                                  "its document's)."),
    "predictions-row-covered-twice": _e("Two predictions records cover one row (say, its own and its "
                                        "document's)."),
    "predictions-text-mismatch": _e("A predictions record's text differs from the data's text."),
    "predictions-span-out-of-bounds": _e("A predicted span's offsets fall outside its record's text."),
    "predictions-span-text-mismatch": _e("A predicted span's text differs from the text its offsets cover."),
    "results-invalid": _e("A file given to --compare is not a valid `khabar benchmark --out` results file."),
    "results-stats-mismatch": _e("A results file's per-row statistics are not what its stored predictions "
                                 "score against the gold of the data it names (the file was edited after "
                                 "`khabar benchmark` wrote it); --compare refuses it."),
    "model-invalid": _e("A model folder given as `trained:DIR` lacks a readable khabar-model.json "
                        "(format khabar-model/1, a known family and training set), or its model files; "
                        "the file is named."),
    "results-mismatch": _e("Two results files were computed on different data, splits, schemes or "
                           "layers, so they cannot be compared pair by pair."),
    # annotation tools and training formats (formats/: labelstudio, brat, inception, conll, spacy)
    "format-offset": _e("A span in an outside format falls outside the text, inside a surrogate pair, "
                        "is discontinuous, or does not cover the text it quotes."),
    "format-missing-attribute": _e("A number or claim from an outside tool lacks an attribute Khabar "
                                   "requires (value, kind, qualifier, check-worthiness)."),
    "format-relation": _e("A relation in an outside format links annotations Khabar cannot link that "
                          "way (a claimant that is not an entity, an unlabelled relation)."),
    "format-ambiguous": _e("An outside file holds several annotations of one document; Khabar does "
                           "not pick one silently."),
    "format-unknown-document": _e("An outside file names a document the project does not have."),
    "zip-refused": _e("A zip file is over Khabar's limits (a member's size, the total size, the number "
                      "of members, or a compression ratio that marks a zip bomb), or a member holds "
                      "more than its header declares; it is refused before it is read."),
    "import-nothing": _e("An import found nothing to import (a Label Studio file whose tasks hold no "
                         "submitted annotation, such as the tasks.json `khabar export labelstudio` "
                         "writes); the message says what was skipped and why."),
    "conll-iob2": _e("A CoNLL line breaks IOB2 (an I- tag continuing no entity of its type)."),
    "dependency-missing": _e("The command needs an optional package that is not installed (the "
                             "message names the extra to install)."),
    # commands
    "out-refused": _e("An --out path would overwrite what the command did not create."),
    "path-outside": _e("A path given to a command (a pass) or read from a file resolves outside the project "
                       "(or the --out folder): it is never read or written."),
    "gold-exists": _e("A gold annotation file exists; the command writes over it only with --force."),
    "pass-exists": _e("An annotation pass (annotations/passes/<id>/<name>.json) exists and differs; "
                      "`khabar import --pass` writes over it only with --force."),
    "invalid-corpus": _e("The command needs a valid corpus; run `khabar validate`."),
    "usage": _e("An option or argument has a value the command cannot use."),
    "adjudication-reference": _e("`adjudicate --apply`: a decided claim or relation refers to an entity or "
                                 "number that another decision leaves out of the gold (or replaces by "
                                 "several); both decisions are named, and nothing is written."),
    "decision-orphaned": _e("`adjudicate`: a decision in disagreements.json matches no disagreement of the "
                            "passes given (other passes, or changed ones); nothing is written unless --force "
                            "drops it."),
    "adjudication-decisions": _e("`adjudicate --apply`: disagreements.json is not the shape adjudication "
                                 "writes (an object with a list of disagreement objects, each with its "
                                 "layer, type, attribute, offsets and a decision string); the JSON path is "
                                 "named."),
    "adjudication-conflict": _e("`adjudicate --apply`: the decisions give a gold that does not validate "
                                "(`both` keeping two copies of one span, crossing spans); the decisions and "
                                "their items are named, and nothing is written."),
    # third-party sources (corpus/sources.json, `khabar sources`)
    "source-manifest": _e("corpus/sources.json is malformed at the place named, or names an unknown converter."),
    "source-unknown": _e("A source or source file is not in corpus/sources.json."),
    "source-missing": _e("A source file is not in the cache (or not in the mirror named); "
                         "`khabar sources fetch` obtains it."),
    "source-hash-mismatch": _e("A fetched or cached source file does not have the size and SHA-256 the "
                               "manifest pins; it is refused and nothing is written."),
    "source-truncated": _e("A download or copy of a source file ended early; it is refused and nothing is written."),
    "source-download": _e("A source file could not be downloaded (no network, HTTP error); a mirror "
                          "folder (--mirror or KHABAR_SOURCES) stands in for the download."),
    "source-locator": _e("A source-backed record names an article its source does not have."),
    "source-malformed": _e("A source file does not have the layout its converter reads (the place is named)."),
    "source-licence-mismatch": _e("A source-backed record's licence or attribution differs from the manifest's."),
    "licence-invalid": _e("`khabar add --license` is not an SPDX identifier (letters, digits, '.', '+', '-') "
                          "or `unknown`, or names a licence that asks for attribution without --attribution."),
    "published-missing": _e("A news article has no publication time and no `undated` reason."),
    # release (build, publish)
    "release-invalid": _e("A release folder is not a complete, unchanged build: its manifest "
                          "(khabar-manifest.json) is missing or malformed, or a file is missing, changed, "
                          "a symlink, or disagrees with croissant.json."),
    "publish-refused": _e("publish refuses a card built for another repository (or without --repo-id), and "
                          "article text of unknown licence without --acknowledge-unknown-licence."),
    "error": _e("An error without a more specific code."),
}


def explain(code: str) -> str | None:
    entry = CODES.get(code)
    return None if entry is None else f"{code} ({entry.severity}): {entry.explanation}"


def severity(code: str) -> str:
    """The registered severity of a code (an unregistered schema-* keyword code is an error)."""
    entry = CODES.get(code)
    return entry.severity if entry else ERROR


def one_line(text: str) -> str:
    """Text as one printable UTF-8 line, whatever a file name or a value holds: line breaks
    escaped, and unpaired surrogates (from undecodable file names or JSON escapes) as \\udXXX."""
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True, order=True)
class Problem:
    """One finding of validation: where (file and JSON path or line:column), what, and related places."""
    path: str
    pointer: str
    code: str
    message: str
    severity: str = ERROR
    references: tuple[str, ...] = field(default=(), compare=False)

    def format(self) -> str:
        tag = "" if self.severity == ERROR else "warning "
        line = f"{self.path}:{self.pointer}: {tag}[{self.code}] {self.message}"
        if self.references:
            line += f" (see {', '.join(self.references)})"
        return one_line(line)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["references"] = list(self.references)
        return d


def install_hint(extra: str) -> str:
    """How to install an optional extra, in words that work in a clone of Khabar (it is not on
    PyPI: `pip install 'khabar[...]'` finds nothing)."""
    return f"install the `{extra}` extra from the Khabar clone: pip install -e '.[{extra}]'"


class KhabarError(Exception):
    """An error to show the user as one line (the CLI prints it, never a traceback).

    `code` is a key of CODES; `path` and `where` (line:column or a JSON path) locate it.
    """

    def __init__(self, message: str, code: str = "error", path: str | None = None,
                 where: str | None = None):
        super().__init__(message)
        self.code, self.path, self.where = code, path, where

    def __str__(self) -> str:
        msg = super().__str__()
        if self.path is not None and not msg.startswith(str(self.path)):
            loc = f"{self.path}:{self.where}" if self.where else str(self.path)
            msg = f"{loc}: {msg}"
        return one_line(msg)
