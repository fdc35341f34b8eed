"""JSON:API query strings as the Open Event server reads them: filter, sort, fields, page, include.

``filter`` is flask-rest-jsonapi's JSON filter language, compiled to SQL with parameters;
sparse fieldsets keep the server's snake_case quirk (see docs/open-event-api.md).
"""

from __future__ import annotations

import json
from typing import Any

from orga_app.demo.documents import ApiError


def _bad_parameter(parameter: str, detail: str) -> ApiError:
    return ApiError(400, "Invalid parameters", detail, {"parameter": parameter})


class Collection:
    """What a resource type allows in query strings."""

    def __init__(
        self,
        kind: str,
        table: str,
        columns: dict[str, str],
        *,
        attribute_names: list[str],
        relationship_names: list[str],
        relationships: dict[str, tuple[str, str, dict[str, str]]] | None = None,
        includable: list[str] | None = None,
    ) -> None:
        self.kind = kind
        self.table = table
        self.columns = columns  # dasherized name → column
        self.attribute_names = attribute_names
        self.relationship_names = relationship_names
        # relationship → (table, foreign key column here, its columns) for has/any filters
        self.relationships = relationships or {}
        self.includable = includable or []

    def column(self, name: str, parameter: str) -> str:
        column = self.columns.get(name) or self.columns.get(name.replace("_", "-"))
        if column is None:
            raise _bad_parameter(parameter, f"{self.kind} has no attribute {name}")
        return column


# A filter deeper or larger than this is refused (400), never a RecursionError or an SQL
# expression SQLite cannot take (500). Real filters from the app are one or two terms deep.
MAX_FILTER_DEPTH = 16
MAX_FILTER_NODES = 256
# SQLite integers are 64-bit: a page whose OFFSET would not fit is refused (400), where the real
# server answers 500. A far page that fits is just empty, as on the real server.
MAX_OFFSET = 2**62
_SQL_INT = 2**63


def check_filter_shape(tree: Any) -> None:
    """Walks the parsed filter without recursion; too deep or too large → 400."""
    pending: list[tuple[Any, int]] = [(tree, 1)]
    nodes = 0
    while pending:
        node, depth = pending.pop()
        nodes += 1
        if depth > MAX_FILTER_DEPTH or nodes > MAX_FILTER_NODES:
            raise _bad_parameter("filter", "Filter too deep or too large")
        if isinstance(node, list):
            pending.extend((child, depth + 1) for child in node)
        elif isinstance(node, dict):
            pending.extend((child, depth + 1) for child in node.values())


def _sql_value(value: Any) -> Any:
    """A filter value SQLite can bind, or 400 (objects, lists and huge ints are not)."""
    if value is None or isinstance(value, str | float | bool):
        return value
    if isinstance(value, int) and -_SQL_INT <= value < _SQL_INT:
        return value
    raise _bad_parameter("filter", "Invalid filter value")


_COMPARISONS = {"eq": "=", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _compile_filter(
    node: Any, columns: dict[str, str], collection: Collection, alias: str
) -> tuple[str, list[Any]]:
    """One node of flask-rest-jsonapi's filter language → SQL and parameters."""
    if isinstance(node, list):
        parts = [_compile_filter(n, columns, collection, alias) for n in node]
        return _join(parts, "AND")
    if not isinstance(node, dict):
        raise _bad_parameter("filter", "A filter must be an object")
    for combinator in ("and", "or"):
        if combinator in node:
            parts = [_compile_filter(n, columns, collection, alias) for n in node[combinator]]
            return _join(parts, combinator.upper())
    if "not" in node:
        sql, params = _compile_filter(node["not"], columns, collection, alias)
        return f"NOT ({sql})", params
    name, op, val = node.get("name"), node.get("op"), node.get("val")
    if not isinstance(name, str) or not isinstance(op, str):
        raise _bad_parameter("filter", "Can't find name or op in filter")
    if op in ("has", "any"):
        relation = collection.relationships.get(name)
        if relation is None:
            raise _bad_parameter("filter", f"{collection.kind} has no relationship {name}")
        table, key, rel_columns = relation
        inner_collection = Collection(
            name, table, rel_columns, attribute_names=[], relationship_names=[]
        )
        sql, params = _compile_filter(val, rel_columns, inner_collection, "r")
        return f"EXISTS (SELECT 1 FROM {table} r WHERE r.id = {alias}.{key} AND {sql})", params
    column = columns.get(name) or columns.get(name.replace("_", "-"))
    if column is None:
        raise _bad_parameter("filter", f"{collection.kind} has no attribute {name}")
    target = f"{alias}.{column}"
    if op in ("eq", "is_") and val is None:
        return f"{target} IS NULL", []
    if op in ("ne", "isnot") and val is None:
        return f"{target} IS NOT NULL", []
    if op in _COMPARISONS:
        return f"{target} {_COMPARISONS[op]} ?", [_sql_value(val)]
    if op in ("in_", "notin_"):
        if not isinstance(val, list):
            raise _bad_parameter("filter", f"{op} needs a list")
        marks = ", ".join("?" for _ in val) or "NULL"
        return f"{target} {'NOT IN' if op == 'notin_' else 'IN'} ({marks})", [
            _sql_value(v) for v in val
        ]
    if op in ("like", "ilike", "notlike", "notilike"):
        negate = "NOT " if op.startswith("not") else ""
        return f"lower({target}) {negate}LIKE lower(?)", [_sql_value(val)]
    if op in ("startswith", "endswith", "contains"):
        pattern = {"startswith": "{}%", "endswith": "%{}", "contains": "%{}%"}[op].format(val)
        return f"{target} LIKE ?", [pattern]
    raise _bad_parameter("filter", f"Invalid filter operator {op}")


def _join(parts: list[tuple[str, list[Any]]], glue: str) -> tuple[str, list[Any]]:
    if not parts:
        return "1", []
    params = [p for _, ps in parts for p in ps]
    return "(" + f" {glue} ".join(sql for sql, _ in parts) + ")", params


class PageRequest:
    """The parsed query string of a collection request."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.size = 20
        self.number = 1
        self.filter_sql = "1"
        self.filter_params: list[Any] = []
        self.sort: list[tuple[str, bool]] = []
        self.include: list[str] = []
        # type → set of dasherized names to keep (absent: all)
        self.fields: dict[str, set[str]] = {}

    def where_sql(self, alias: str, base: str, params: list[Any]) -> tuple[str, list[Any]]:
        return f"({base}) AND {self.filter_sql.replace('§.', alias + '.')}", [
            *params,
            *self.filter_params,
        ]

    def order_sql(self, alias: str) -> str:
        terms = [f"{alias}.{column} {'DESC' if desc else 'ASC'}" for column, desc in self.sort]
        return ", ".join([*terms, f"{alias}.id ASC"])

    def limit_sql(self) -> str:
        if self.size == 0:
            return ""
        return f" LIMIT {self.size} OFFSET {(self.number - 1) * self.size}"

    def apply_fields(self, resource: dict[str, Any]) -> None:
        keep = self.fields.get(resource["type"])
        if keep is None:
            return
        resource["attributes"] = {k: v for k, v in resource["attributes"].items() if k in keep}
        if "relationships" in resource:
            resource["relationships"] = {
                k: v for k, v in resource["relationships"].items() if k in keep
            }

    def links(self, url: Any, count: int) -> dict[str, str]:
        links = {"self": str(url)}
        if self.size == 0:
            return links
        last = max(1, -(-count // self.size))

        def page(number: int) -> str:
            return str(url.include_query_params(**{"page[number]": number}))

        links["first"] = page(1)
        links["last"] = page(last)
        if self.number > 1:
            links["prev"] = page(self.number - 1)
        if self.number < last:
            links["next"] = page(self.number + 1)
        return links


def parse_collection_query(
    query: Any, collection: Collection, *, paginated: bool = True
) -> PageRequest:
    page = PageRequest(collection)
    if paginated:
        page.size = _non_negative(query.get("page[size]", "20"), "page[size]")
        page.number = max(1, _non_negative(query.get("page[number]", "1"), "page[number]"))
        if (page.number - 1) * page.size > MAX_OFFSET or page.size > MAX_OFFSET:
            raise _bad_parameter("page[number]", "Page out of range")
        if "filter" in query:
            try:
                tree = json.loads(query["filter"])
            except (ValueError, RecursionError):
                raise _bad_parameter("filter", "Parse error") from None
            check_filter_shape(tree)
            sql, params = _compile_filter(tree, collection.columns, collection, "§")
            page.filter_sql, page.filter_params = sql, params
        for term in filter(None, query.get("sort", "").split(",")):
            name = term.lstrip("-")
            page.sort.append((collection.column(name, "sort"), term.startswith("-")))
    for name in filter(None, query.get("include", "").split(",")):
        if name not in collection.includable:
            raise _bad_parameter("include", f'{collection.kind} has no relationship "{name}"')
        page.include.append(name)
    for key, value in query.items():
        if key.startswith("fields[") and key.endswith("]"):
            page.fields[key[7:-1]] = _parse_fields(key, value, collection)
    return page


def _parse_fields(key: str, value: str, collection: Collection) -> set[str]:
    """Sparse fieldsets, with the server's quirk: several fields must be given in snake_case."""
    names = [n.strip() for n in value.split(",") if n.strip()]
    if key != f"fields[{collection.kind}]":
        return {n.replace("_", "-") for n in names}
    known = set(collection.attribute_names) | set(collection.relationship_names)
    keep = set()
    for name in names:
        dashed = name.replace("_", "-")
        if dashed not in known or (len(names) > 1 and "-" in name):
            raise _bad_parameter(key, f"{collection.kind} has no attribute {name}")
        keep.add(dashed)
    return keep


def _non_negative(text: str, parameter: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _bad_parameter(parameter, "Parse error") from None
    if value < 0:
        raise _bad_parameter(parameter, "Parse error")
    return value
