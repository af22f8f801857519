"""`khabar add`: all or nothing (checks and encoding first, then three files), even under SIGKILL;
datelines in more shapes; CRLF and BOM normalised and said so."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.corpus.documents import STAGING_PREFIX, add_article, recover_adds
from khabar.corpus.layout import Layout
from khabar.io import KhabarError, read_json
from khabar.validate.core import validate_corpus
from test_corpus import PAR, _files, _raw

SRC = Path(__file__).resolve().parent.parent / "src"


def _codes(layout: Layout) -> list[str]:
    return [p.code for p in validate_corpus(layout)]


@pytest.mark.parametrize("option,value,code", [
    ("agency", "AF\udcffP", "text-encoding"),  # undecodable bytes on the command line
    ("source_note", "note\udc80", "text-encoding"),
    ("agency", "AFP\x00", "text-control-char"),
    ("source_note", "a\u200bb", "text-control-char"),
])
def test_bad_option_writes_nothing(empty, tmp_path, option, value, code):
    # Before: the raw file was written, then encoding the record failed; validate then passed
    # and a retry was refused.
    src = _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR)
    with pytest.raises(KhabarError) as exc:
        add_article(empty, src, "a1", **{option: value})
    assert exc.value.code == code
    assert _files(empty.root) == {}
    add_article(empty, src, "a1")  # and a retry works


@pytest.mark.parametrize("content,notes", [
    ("12/2/2024 9:50:00 AM\r\n" + PAR + "\r\n" + PAR + "\r\n", ["read 3 CRLF line ending(s) as LF"]),
    ("\ufeff12/2/2024 9:50:00 AM\n" + PAR, ["removed a byte-order mark (U+FEFF) at the start"]),
    ("\ufeff12/2/2024 9:50:00 AM\r\n" + PAR, ["removed a byte-order mark (U+FEFF) at the start",
                                             "read 1 CRLF line ending(s) as LF"]),
])
def test_crlf_and_bom_are_normalised_and_reported(empty, tmp_path, content, notes):
    src = _raw(tmp_path, content)
    result = add_article(empty, src, "a1")
    assert result.notes == notes
    assert result.document["text"].split("\n")[0] == PAR and "\r" not in result.document["text"]
    assert empty.raw("a1").read_bytes() == src.read_bytes()  # the raw file is kept as received
    assert _codes(empty) == []  # rederived from the raw file without a mismatch


@pytest.mark.parametrize("dateline,order,published", [
    ("2024-12-02 09:50", "mdy", "2024-12-02T09:50:00"),
    ("2024-12-02T09:50:07", "dmy", "2024-12-02T09:50:07"),
    ("2/12/2024 9:50:00 AM", "dmy", "2024-12-02T09:50:00"),
    ("2/12/2024 9:50:00 AM", "mdy", "2024-02-12T09:50:00"),
    ("13/1/2025 21:05", "dmy", "2025-01-13T21:05:00"),
])
def test_datelines(empty, tmp_path, capsys, dateline, order, published):
    src = _raw(tmp_path, dateline + "\n" + PAR)
    assert main(["--root", str(empty.root), "add", str(src), "--id", "a1", "--date-order", order]) == 0
    doc = read_json(empty.document("a1"))
    assert (doc["dateline"], doc["published"]) == (dateline, published)
    assert _codes(empty) == []


def test_day_first_needs_the_option(empty, tmp_path):
    with pytest.raises(KhabarError) as exc:
        add_article(empty, _raw(tmp_path, "13/1/2025 21:05\n" + PAR), "a1")
    assert exc.value.code == "dateline-invalid"


def test_published_for_an_article_without_dateline(empty, tmp_path, capsys):
    src = _raw(tmp_path, PAR + "\n" + PAR)
    assert main(["--root", str(empty.root), "add", str(src), "--id", "a1",
                 "--published", "2024-12-02T09:50:00"]) == 0
    doc = read_json(empty.document("a1"))
    assert (doc["dateline"], doc["published"], doc["text"]) == (None, "2024-12-02T09:50:00", PAR + "\n" + PAR)
    assert _codes(empty) == []
    # and a dateline with --published is refused (which time would be right?)
    with pytest.raises(KhabarError, match="starts with a dateline; drop --published"):
        add_article(empty, _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR + " 2", "b.txt"), "a2",
                    published="2024-12-02")
    with pytest.raises(KhabarError, match="expected an ISO date"):
        add_article(empty, _raw(tmp_path, PAR + " 3", "c.txt"), "a3", published="2/12/2024")


# ---- SIGKILL at every write step

KILLER = r"""
import os, signal, sys
from pathlib import Path
step, when = int(sys.argv[1]), sys.argv[2]
calls = [0]
real_replace, real_fsync = os.replace, os.fsync

def counted(real):
    def wrapper(*args, **kw):
        calls[0] += 1
        if calls[0] == step and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        out = real(*args, **kw)
        if calls[0] == step and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return out
    return wrapper

os.replace, os.fsync = counted(real_replace), counted(real_fsync)
from khabar.corpus.documents import add_article
from khabar.corpus.layout import Layout
add_article(Layout(Path(sys.argv[3])), Path(sys.argv[4]), "new1", agency="AFP")
print("steps", calls[0])
"""


def _run(step: int, when: str, root: Path, src: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-c", KILLER, str(step), when, str(root), str(src)],
                          capture_output=True, text=True, env=env, timeout=60)


def test_sigkill_leaves_old_or_new(tmp_path, empty):
    add_article(empty, _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR, "old.txt"), "old1")
    src = _raw(tmp_path, "1/1/2025 9:50:00 AM\n" + PAR + " جديد")
    old = _files(empty.root)
    # A full run, to learn the new state and how many write steps an add takes.
    full = Layout(tmp_path / "full")
    import shutil
    shutil.copytree(empty.root / "corpus", full.root / "corpus")
    shutil.copytree(empty.root / "annotations", full.root / "annotations")
    done = _run(0, "never", full.root, src)
    assert done.returncode == 0, done.stderr
    steps = int(done.stdout.split()[-1])
    new = _files(full.root)
    assert steps >= 8 and len(new) == len(old) + 3
    # Kill points drawn with a fixed seed: before or after any fsync or rename of the add.
    rng = random.Random(20261126)
    points = sorted({(rng.randint(1, steps), rng.choice(["before", "after"])) for _ in range(12)})
    seen = set()
    for step, when in points:
        root = tmp_path / f"k{step}{when}"
        shutil.copytree(empty.root, root, ignore=shutil.ignore_patterns("in", "full", "k*"))
        res = _run(step, when, root, src)
        assert res.returncode == -signal.SIGKILL, (step, when, res.stderr)
        layout = Layout(root)
        staged = list((root / "corpus").glob(STAGING_PREFIX + "*"))
        # Until recovery, validate says an add was interrupted (never passes a half-added state).
        if staged:
            assert "add-incomplete" in _codes(layout)
        recover_adds(layout)
        after = _files(root)
        assert after in (old, new), (step, when, sorted(set(after) ^ set(old)))
        seen.add("old" if after == old else "new")
    assert seen == {"old", "new"}, seen  # the seeded points hit both sides of the commit


def test_bad_char_class_is_unicodes():
    # The written-out class of refused characters is exactly Cc, Cf and Cs but "\n" and "\t".
    import unicodedata

    from khabar.corpus.documents import ALLOWED_CONTROLS, bad_char
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        refused = unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in ALLOWED_CONTROLS
        assert (bad_char(ch) == 0) == refused, hex(cp)



@pytest.mark.parametrize("text,at", [
    ("قال\nالمرصد\tاليوم", None),          # line feeds and tabs only: the fast path answers
    ("قال\u00a0المرصد", None),              # a no-break space is not printable, but allowed
    ("قال\nالمر\u200bصد", 8),               # a zero-width space after a line feed
    ("\u00a0\x07", 1),                       # the regex, past a character isprintable refuses
    ("", None),
])
def test_bad_char_finds_the_first(text, at):
    from khabar.corpus.documents import bad_char
    assert bad_char(text) == at


# ---- per-document licence

ATTRIBUTION = "وكالة الأنباء التجريبية"  # a made-up credit, for tests only


@pytest.mark.parametrize("licence,attribution,stored,code", [
    ("unknown", None, None, None),
    ("CC-BY-4.0", ATTRIBUTION, "CC-BY-4.0", None),
    ("CC-BY-SA-4.0", ATTRIBUTION, "CC-BY-SA-4.0", None),
    ("cc-by-2.5", ATTRIBUTION, "cc-by-2.5", None),     # ids are read as given
    ("MIT", None, "MIT", None),
    ("GPL-3.0+", None, "GPL-3.0+", None),
    ("unknown", ATTRIBUTION, None, None),             # the author is known, the licence is not
    ("CC-BY-4.0", None, None, "licence-invalid"),     # a BY licence asks for attribution
    ("CC-BY-4.0", "  ", None, "usage"),
    ("CC BY 4.0", ATTRIBUTION, None, "licence-invalid"),
    ("", None, None, "licence-invalid"),
    ("-MIT", None, None, "licence-invalid"),
    ("../MIT", None, None, "licence-invalid"),
    ("MIT\n", None, None, "licence-invalid"),
    ("MIT", "a\u200bb", None, "text-control-char"),
])
def test_licence_and_attribution_are_kept_or_refused(empty, tmp_path, licence, attribution, stored, code):
    """Before: `add` took no licence at all; every added record said null."""
    src = _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR)
    if code is not None:
        with pytest.raises(KhabarError) as exc:
            add_article(empty, src, "a1", licence=licence, attribution=attribution)
        assert exc.value.code == code and "\n" not in str(exc.value)
        assert _files(empty.root) == {}
        return
    source = add_article(empty, src, "a1", licence=licence, attribution=attribution).document["source"]
    assert read_json(empty.document("a1"))["source"] == source
    assert (source["license"], source.get("attribution")) == (stored, attribution)
    assert _codes(empty) == []


def test_cli_add_license_and_its_reference_row(empty, tmp_path, capsys):
    src = _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR)
    assert main(["--root", str(empty.root), "add", str(src), "--id", "a1", "--license", "CC-BY-4.0",
                 "--attribution", ATTRIBUTION]) == 0
    assert "licence CC-BY-4.0" in capsys.readouterr().out
    assert read_json(empty.document("a1"))["source"] == {
        "outlet": None, "agency": None, "url": None, "license": "CC-BY-4.0",
        "note": "Outlet and URL unknown; licence CC-BY-4.0 as stated with --license when the article was added.",
        "attribution": ATTRIBUTION}
    assert main(["--root", str(empty.root), "add", str(_raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR + " 2", "b.txt")),
                 "--id", "a2", "--license", "CC BY"]) == 2
    assert capsys.readouterr().err == ("khabar add: error: --license 'CC BY': expected an SPDX identifier such as "
                                       "CC-BY-4.0 (letters, digits, '.', '+', '-') or unknown [licence-invalid]\n")


def test_open_only_build_and_publish_go_by_the_added_licence(tmp_path, capsys):
    """An added CC BY document is released by --open-only, with its attribution on the card, and
    its release publishes without --acknowledge-unknown-licence; the unknown-licence one does not."""
    from khabar.io import write_json
    from releasefix import RAW, gold, make_project

    layout = make_project(tmp_path / "proj")  # doc1: licence unknown
    src = _raw(tmp_path, RAW.replace("سقطوا", "قتلوا"))
    doc2 = add_article(layout, src, "doc2", licence="CC-BY-4.0", attribution=ATTRIBUTION).document
    write_json(layout.annotation("doc2"), gold(doc2))
    cli = lambda *args: main(["--root", str(layout.root), *map(str, args)])
    assert cli("splits") == 0
    repo = "khabar-test/licences"
    for open_only, released, publishes in ((True, ["doc2"], True), (False, ["doc1", "doc2"], False)):
        out = tmp_path / f"release-{open_only}"
        capsys.readouterr()
        assert cli("build", "--out", out, "--repo-id", repo, *(["--open-only"] if open_only else [])) == 0
        left_out = [line for line in capsys.readouterr().out.splitlines() if line.startswith("left out")]
        assert left_out == (["left out doc1: licence unknown: not open (--open-only releases only openly "
                             "licensed text)"] if open_only else [])
        manifest = read_json(out / "khabar-manifest.json")
        assert manifest["text_licence"] == {"documents": len(released), "unknown": len(released) - 1}
        card = (out / "README.md").read_text(encoding="utf-8")
        assert f"- Documents added with licence CC-BY-4.0. Attribution: {ATTRIBUTION}" in card
        capsys.readouterr()
        assert cli("publish", "--repo-id", repo, "--release", out, "--dry-run") == (0 if publishes else 2)
        err = capsys.readouterr().err
        assert err == "" if publishes else err.rstrip().endswith("[publish-refused]")
