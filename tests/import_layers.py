"""The layer rules of DESIGN.md, checked by reading imports (ast; nothing is imported or run).

Layers, lowest first: `core` imports nothing of the project but itself; `store` may import
`core`; `sync` and `scan` may import `core` and `store`; `app` (the composition root, and the
services GUI and CLI share, like `signin`) builds on them; `ui` may import everything below
it; the command line (`cli*`, `__main__`) is the entry point on top. Nothing imports `ui` or
the command line except the command line itself (it has to start the window). `demo` stands
beside the app: it imports nothing of it, and only the CLI's demo verbs import `demo`. `base`
is the package root and the stand-alone helpers (settings, paths, logs, languages) that the top
layers share; they import only each other.
Besides the layers, no two modules may import each other, directly or round a longer cycle.

Every import counts, also one inside a function or under TYPE_CHECKING: a lazy import still
ties the modules together (and a lazy cycle is still a cycle for a reader).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# Which layers a layer may import (its own always included).
ALLOWED: Mapping[str, frozenset[str]] = {
    "base": frozenset({"base"}),
    "core": frozenset({"core"}),
    "store": frozenset({"core", "store"}),
    "sync": frozenset({"core", "store", "sync"}),
    "scan": frozenset({"core", "store", "scan"}),
    "demo": frozenset({"demo"}),
    # Badge printing (layouts, Qt rendering and print support, the print queue): beside sync
    # and scan, below the composition root.
    "badges": frozenset({"base", "core", "store", "badges"}),
    "app": frozenset({"base", "core", "store", "sync", "scan", "badges", "app"}),
    "ui": frozenset({"base", "core", "store", "sync", "scan", "badges", "app", "ui"}),
    "cli": frozenset({"base", "core", "store", "sync", "scan", "badges", "app", "ui", "cli"}),
}
SUBPACKAGE_LAYERS = frozenset({"core", "store", "sync", "scan", "demo", "ui", "badges"})
BASE_MODULES = frozenset({"settings", "paths", "logs", "languages"})
# The composition root and the services that GUI and CLI share above sync (signin: sign-in and
# the event cache, as one GUI and CLI path).
APP_MODULES = frozenset({"app", "signin", "signin_pretix", "readiness"})
# Server types behind the sync seam (sync/backend.py): the neutral sync modules (engine, upload,
# scheduler, ...) import none of them, and no server type imports another; only the layers above
# sync (the composition root, sign-in, UI, CLI) choose one.
SERVER_TYPE_PACKAGES = frozenset({"openevent", "pretix"})
# The one module that may import `demo`: the command line's demo verbs (`demo`, `demo-server`).
DEMO_VERBS_MODULE = "cli_demo"


@dataclass(frozen=True, slots=True)
class Edge:
    """`importer` imports `imported` (both dotted module names) at `line` of `importer`."""

    importer: str
    imported: str
    line: int


@dataclass(frozen=True, slots=True)
class Violation:
    edge: Edge
    rule: str

    def __str__(self) -> str:
        return f"{self.edge.importer}:{self.edge.line} imports {self.edge.imported}: {self.rule}"


def module_names(package_dir: Path) -> dict[str, Path]:
    """Dotted name → file for every module of the package at `package_dir`."""
    root = package_dir.name
    names: dict[str, Path] = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = (root, *path.relative_to(package_dir).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    # `from . import x` in a.b.c means a.b; in the package a.b (its __init__) it means a.b too.
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str, path: Path, known: Iterable[str]) -> list[Edge]:
    """The project modules `module` imports. `from pkg import name` counts as importing the
    module pkg.name when that is a module, else pkg itself."""
    known_set = set(known)
    root = module.split(".", maxsplit=1)[0]
    is_package = path.name == "__init__.py"
    edges: list[Edge] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        targets: list[str] = []
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            source = _absolute(module, is_package, node)
            for alias in node.names:
                candidate = f"{source}.{alias.name}"
                targets.append(candidate if candidate in known_set else source)
        for target in targets:
            if target == root or target.startswith(root + "."):
                edges.append(Edge(module, target, node.lineno))
    return list(dict.fromkeys(edges))  # `from a import b, c` is one edge


def layer_of(module: str) -> str:
    """The layer of a dotted module name of the checked package."""
    parts = module.split(".")
    if len(parts) == 1:
        return "base"  # the package root (__version__)
    top = parts[1]
    if top in SUBPACKAGE_LAYERS:
        return top
    if top in BASE_MODULES:
        return "base"
    if top in APP_MODULES:
        return "app"
    if top in ("cli", "__main__") or top.startswith("cli_"):
        return "cli"
    raise ValueError(f"{module}: no layer; add it to tests/import_layers.py")


def layer_violations(edges: Iterable[Edge]) -> list[Violation]:
    found: list[Violation] = []
    for edge in edges:
        source, target = layer_of(edge.importer), layer_of(edge.imported)
        if target == "demo" and source != "demo":
            if edge.importer.split(".")[1:] != [DEMO_VERBS_MODULE]:
                found.append(Violation(edge, f"only {DEMO_VERBS_MODULE} may import demo"))
        elif target not in ALLOWED[source]:
            found.append(Violation(edge, f"{source} may not import {target}"))
        elif source == target == "sync" and (rule := _seam_rule(edge)):
            found.append(Violation(edge, rule))
    return found


def server_type_of(module: str) -> str | None:
    """The server-type package a sync module belongs to, None for the neutral part."""
    parts = module.split(".")
    if len(parts) > 2 and parts[1] == "sync" and parts[2] in SERVER_TYPE_PACKAGES:
        return parts[2]
    return None


def _seam_rule(edge: Edge) -> str | None:
    source, target = server_type_of(edge.importer), server_type_of(edge.imported)
    if target is None or source == target:
        return None
    if source is None:
        return f"neutral sync may not import the server type {target}"
    return f"server type {source} may not import the server type {target}"


def cycles(edges: Iterable[Edge]) -> list[list[str]]:
    """Groups of modules that import each other (strongly connected components larger than
    one module, or a module importing itself), each sorted; Tarjan's algorithm, iterative."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        graph.setdefault(edge.importer, set()).add(edge.imported)
        graph.setdefault(edge.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, list[str]]] = [(start, sorted(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in graph[node]:
                    found.append(sorted(group))
    return sorted(found)


def package_edges(package_dir: Path) -> list[Edge]:
    names = module_names(package_dir)
    return [edge for name, path in names.items() for edge in imports_of(name, path, names)]
