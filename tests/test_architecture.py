"""The package's shape: arrows point down (cli -> library -> model), no cycles, no printing library.

Read from the source with `ast`, so a lazy import inside a function counts as much as one at the
top of a module: an upward arrow is an upward arrow wherever it is written.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "khabar"

# Layers, lowest first. A module may import its own layer and the layers below it.
LAYERS = {
    "model": 0, "io": 0, "outputs": 0, "parallel": 0, "progress": 0,
    # third-party sources (manifest, fetching, converters) sit below the corpus that rehydrates from them
    "sources": 1,
    "corpus": 2,
    "validate": 3,
    "formats": 4, "annotate": 4, "release": 4, "evaluate": 4,
    "cli": 5, "__main__": 6,
}
HEAVY = ("datasets", "pyarrow", "torch", "transformers", "spacy", "matplotlib", "dask", "pandas",
         "sklearn_crfsuite", "jsonschema", "numpy")


def module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def imports(path: Path, top_level_only: bool = False) -> list[tuple[str, int]]:
    """(imported module, line) for every import in the file (or only those at module level)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    out = []
    for node in nodes:
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.module, node.lineno))
            # `from khabar.x import y` may import the submodule khabar.x.y
            out += [(f"{node.module}.{a.name}", node.lineno) for a in node.names
                    if f"{node.module}.{a.name}" in MODULES]
    return out


def layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "khabar" or len(parts) < 2:
        return None
    return LAYERS.get(parts[1])


def test_every_module_has_a_layer_and_a_docstring():
    for name, path in MODULES.items():
        if name in ("khabar", "khabar.__main__"):
            continue
        assert layer(name) is not None, f"{name}: not in a known layer; add its package to LAYERS"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path}: no module docstring saying what it is for"


def test_arrows_point_down():
    upward = []
    for name, path in MODULES.items():
        mine = layer(name)
        for target, line in imports(path):
            theirs = layer(target)
            if mine is not None and theirs is not None and theirs > mine:
                upward.append(f"{path.relative_to(SRC.parent)}:{line}: {name} imports {target}")
    assert upward == []


def test_library_never_imports_argparse_or_the_cli():
    bad = []
    for name, path in MODULES.items():
        if name.startswith("khabar.cli") or name == "khabar.__main__":
            continue
        for target, line in imports(path):
            if target == "argparse" or target.startswith("khabar.cli"):
                bad.append(f"{path.relative_to(SRC.parent)}:{line}: imports {target}")
    assert bad == []


def test_library_never_prints():
    bad = []
    for name, path in MODULES.items():
        if name.startswith("khabar.cli") or name == "khabar.__main__":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                bad.append(f"{path.relative_to(SRC.parent)}:{node.lineno}")
    assert bad == []


def test_no_import_cycles():
    """No cycle, counting imports inside functions too (they run, and they tie modules together)."""
    graph = {name: sorted({t for t, _ in imports(path) if t in MODULES and t != name})
             for name, path in MODULES.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]) if nxt in stack else nxt)
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"]])
def test_starting_the_cli_imports_no_heavy_library(argv):
    code = ("import sys; from khabar.cli import build_parser\n"
            f"try:\n    build_parser().parse_args({argv!r})\nexcept SystemExit:\n    pass\n"
            f"print(' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stderr
    assert out.strip() == ""


def test_the_package_docstring_names_every_module():
    """A reader finds in one place what each module is for (khabar/__init__.py)."""
    import re

    doc = ast.get_docstring(ast.parse((SRC / "__init__.py").read_text(encoding="utf-8")))
    named = set(re.findall(r"[a-z_]+", doc))
    unnamed = [m for m in MODULES if m.rsplit(".", 1)[-1] not in named and m not in ("khabar", "khabar.__main__")]
    assert unnamed == []
