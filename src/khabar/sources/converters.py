"""The registry of source converters, and rehydrating a source-backed document's text from the cache.

A converter reads the cached files of one source. A corpus converter turns them into articles
(locator, domain, title, paragraphs) whose text a record names by locator and SHA-256; the
record itself holds no text. Evaluation sources (the Wojood sample) are read as files by the
formats that know them, and are registered here so that the manifest names only known readers.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.io import KhabarError, read_json, write_json
from khabar.sources.fetch import FETCH_HINT, cached_file, source_dir
from khabar.sources.manifest import Manifest


@dataclass(frozen=True)
class SourceArticle:
    """One article of a corpus source: what a record's locator names."""
    doc_id: str            # the stable Khabar id of the article's document
    locator: str
    domain: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        # The title is the document's first paragraph: headlines carry entities and numbers too.
        return "\n".join((self.title, *self.paragraphs))


def _arwikinews(data: Mapping[str, bytes]) -> tuple[list[SourceArticle], str]:
    from khabar.sources import arwikinews

    conv = arwikinews.convert({key: data[name] for key, name in arwikinews.FILES.items()})
    # Stable ids from the locator: the 2014 set, the domain and the article's place in it.
    return ([SourceArticle(f"wn14_{a.domain}_{a.index:02d}", a.locator, a.domain, a.title,
                           tuple(a.paragraphs)) for a in conv.articles],
            arwikinews.CONVERTER_VERSION)


@dataclass(frozen=True)
class Converter:
    name: str
    reads: str
    # file name -> bytes  ->  (articles, converter version); None for evaluation-only sources
    articles: Callable[[Mapping[str, bytes]], tuple[list[SourceArticle], str]] | None


CONVERTERS: dict[str, Converter] = {
    "arwikinews": Converter(
        "arwikinews", "the three copies of the Arabic Wikinews 2014 test set, cross-checked into "
        "undiacritized running text (khabar.sources.arwikinews)", _arwikinews),
    "wojood-iob2": Converter(
        "wojood-iob2", "Wojood's nested IOB2 files, read by `khabar import wojood` and the CRF "
        "baselines (khabar.formats.wojood)", None),
}


def converter(name: str) -> Converter:
    if name not in CONVERTERS:
        raise KhabarError(f"no converter {name!r} (registered: {', '.join(sorted(CONVERTERS))})",
                          "source-manifest")
    return CONVERTERS[name]


# Articles of a source, by (cache folder, file hashes): converted once per process.
_ARTICLES: dict[tuple[str, str], dict[str, SourceArticle]] = {}


def source_articles(root: Path, manifest: Manifest, name: str) -> dict[str, SourceArticle]:
    """locator -> article for a corpus source, from its verified cached files.

    The conversion is kept beside the cached files (`converted-<key>.json`, keyed by the
    converter's version and the files' hashes): rebuilt whenever either changes, and never
    trusted for more than a cache of the converter's output (records check their text's hash).
    """
    source = manifest.source(name)
    conv = converter(source.converter)
    if conv.articles is None:
        raise KhabarError(f"source {name!r} holds evaluation data, not corpus articles", "source-unknown")
    key = hashlib.sha256("\n".join([conv.name, *(f.sha256 for f in source.files)]).encode()).hexdigest()[:16]
    memo = (str(source_dir(root, source)), key)
    if memo in _ARTICLES:  # files verified when first read; every source-backed document asks again
        return _ARTICLES[memo]
    paths = {f.name: cached_file(root, manifest, name, f.name) for f in source.files}
    derived = source_dir(root, source) / f"converted-{key}.json"
    articles = None
    if derived.is_file():
        try:
            obj = read_json(derived)
            articles = [SourceArticle(a["id"], a["locator"], a["domain"], a["title"], tuple(a["paragraphs"]))
                        for a in obj["articles"]]
        except (KhabarError, KeyError, TypeError):
            articles = None  # a damaged derived file is rebuilt from the verified sources
    if articles is None:
        found, version = conv.articles({n: p.read_bytes() for n, p in paths.items()})
        articles = found
        write_json(derived, {"converter": conv.name, "version": version, "key": key,
                             "articles": [{"id": a.doc_id, "locator": a.locator, "domain": a.domain, "title": a.title,
                                           "paragraphs": list(a.paragraphs)} for a in articles]})
    _ARTICLES[memo] = {a.locator: a for a in articles}
    return _ARTICLES[memo]


def rehydrate(root: Path, manifest: Manifest, record: Mapping[str, Any], where: str) -> SourceArticle:
    """The article a source-backed record names (its text not yet checked against the record's hash)."""
    src = record.get("source")
    if not isinstance(src, dict):
        src = {}
    name, locator = src.get("name"), src.get("locator")
    articles = source_articles(root, manifest, str(name))
    if locator not in articles:
        raise KhabarError(f"{where}: source {name!r} has no article {locator!r}; {FETCH_HINT} or "
                          "check the locator", "source-locator", where)
    return articles[locator]




# Conversion reports, one per corpus source that has one: (source, report path in the project).
REPORTS = {"arwikinews": Path("docs") / "sources" / "arwikinews-conversion.md"}


def conversion_report(root: Path, manifest: Manifest, name: str) -> str:
    """The conversion report of a corpus source, from its verified cached files."""
    from khabar.sources import arwikinews

    if name != "arwikinews":
        raise KhabarError(f"source {name!r} has no conversion report", "source-unknown")
    data = {f.name: cached_file(root, manifest, name, f.name).read_bytes() for f in manifest.source(name).files}
    conv = arwikinews.convert({key: data[file] for key, file in arwikinews.FILES.items()})
    sha = {f.name: f.sha256 for f in manifest.source(name).files if f.name != "camel-LICENSE_CC_BY_SA"}
    return arwikinews.report_markdown(conv, sha, arwikinews.list_2024(data[arwikinews.FILE_2024]))
