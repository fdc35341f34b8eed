"""The query layer's rule, checked by reading the source (ast): the UI and the command line ask
the store through calls that open their own transaction (store/queries.py and the like) and
never touch SQL themselves.

A module breaks the rule when it
- imports sqlalchemy or sqlite3 (only `sqlalchemy.exc` is allowed: error types to word a
  failure for people),
- opens a transaction on a store (`store.read()`, `store.write()`, `….store.read()`) or
  reaches for its engine or a raw connection,
- calls SQL on a connection (`exec_driver_sql`, `raw_connection`),
- holds SQL text (a string such as "SELECT … FROM", "UPDATE … SET"),
- uses a store function that takes a Connection (`attendees.search(conn, …)`): only a
  caller that holds a transaction could call it.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ALLOWED_SQLALCHEMY = frozenset({"sqlalchemy.exc"})
FORBIDDEN_MODULES = ("sqlalchemy", "sqlite3")
TRANSACTION_METHODS = frozenset({"read", "write"})
CONNECTION_ATTRIBUTES = frozenset({"exec_driver_sql", "raw_connection", "engine"})
# Upper-case keywords only: "select a file from the list" is a sentence, not SQL.
SQL_TEXT = re.compile(
    r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER)|PRAGMA\s+\w+)\b"
)


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def connection_functions(package: str = "orga_app.store") -> dict[str, frozenset[str]]:
    """Per store module, the names (defined or re-exported there) of functions whose first
    parameter is a Connection: callable only inside a transaction."""
    found: dict[str, frozenset[str]] = {}
    root = importlib.import_module(package)
    for info in pkgutil.iter_modules(root.__path__):
        name = f"{package}.{info.name}"
        module = importlib.import_module(name)
        names = set()
        for attr, value in vars(module).items():
            if inspect.isfunction(value) and _takes_connection(value):
                names.add(attr)
        found[name] = frozenset(names)
    return found


def _takes_connection(function: object) -> bool:
    try:
        parameters = list(inspect.signature(function).parameters.values())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if not parameters:
        return False
    annotation = parameters[0].annotation
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return str(text).split(".")[-1] == "Connection"


def _is_store(node: ast.expr) -> bool:
    """`store`, `self.store`, `ctx.store`, `self._store`: a Store by the name it goes by."""
    if isinstance(node, ast.Name):
        return node.id.lstrip("_") == "store"
    if isinstance(node, ast.Attribute):
        return node.attr.lstrip("_") == "store"
    return False


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, conn_functions: Mapping[str, frozenset[str]]) -> None:
        self.path = path
        self.conn_functions = conn_functions
        self.module_aliases: dict[str, str] = {}  # local name -> store module
        self.findings: list[Finding] = []

    def _add(self, node: ast.AST, what: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), what))

    def _check_module_name(self, node: ast.AST, module: str) -> None:
        if (
            module.split(".", maxsplit=1)[0] in FORBIDDEN_MODULES
            and module not in ALLOWED_SQLALCHEMY
        ):
            self._add(node, f"imports {module}")

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module_name(node, alias.name)
            if alias.name in self.conn_functions and alias.asname:
                self.module_aliases[alias.asname] = alias.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        self._check_module_name(node, module)
        for alias in node.names:
            local = alias.asname or alias.name
            if module in ALLOWED_SQLALCHEMY:
                continue
            if module.split(".", maxsplit=1)[0] in FORBIDDEN_MODULES:
                continue  # reported above
            submodule = f"{module}.{alias.name}"
            if submodule in self.conn_functions:
                self.module_aliases[local] = submodule
            elif alias.name in self.conn_functions.get(module, frozenset()):
                self._add(node, f"imports {module}.{alias.name}, which needs a transaction")

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in TRANSACTION_METHODS
            and _is_store(func.value)
        ):
            self._add(node, f"opens a store transaction ({func.attr}())")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in CONNECTION_ATTRIBUTES and (node.attr != "engine" or _is_store(node.value)):
            self._add(node, f"uses .{node.attr}")
        if isinstance(node.value, ast.Name) and node.value.id in self.module_aliases:
            module = self.module_aliases[node.value.id]
            if node.attr in self.conn_functions[module]:
                self._add(node, f"calls {module}.{node.attr}, which needs a transaction")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and SQL_TEXT.search(node.value):
            self._add(node, f"holds SQL text {node.value[:40]!r}")


def findings(source: str, path: str, conn_functions: Mapping[str, frozenset[str]]) -> list[Finding]:
    visitor = _Visitor(path, conn_functions)
    visitor.visit(ast.parse(source, filename=path))
    return visitor.findings


def check_files(
    files: Iterable[Path], root: Path, conn_functions: Mapping[str, frozenset[str]]
) -> list[Finding]:
    found: list[Finding] = []
    for file in sorted(files):
        found += findings(file.read_text("utf-8"), str(file.relative_to(root)), conn_functions)
    return found
