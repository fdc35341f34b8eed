"""One declaration of the attendee (store/models.py `ATTENDEE`); every other shape of it is
derived from it or checked against it here, so a column added in one place only fails a test:
the migrations, AttendeeRow, the upsert, AttendeeSummary's columns and the backends' mappers."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any, get_type_hints

import pytest

from orga_app.core.verdict import AttendeeSummary
from orga_app.store.attendees import AttendeeRow
from orga_app.store.db import Store
from orga_app.store.models import (
    ATTENDEE,
    ATTENDEE_COLUMNS,
    ATTENDEE_DEFAULTS,
    ATTENDEE_DERIVED,
    ATTENDEE_DOOR_STATE,
    ATTENDEE_SUPPLIED,
    ATTENDEE_TYPES,
)
from orga_app.store.summaries import SUMMARY_SOURCES
from orga_app.sync.openevent.download import attendee_row as openevent_row
from orga_app.sync.openevent.records import AttendeeRecord
from orga_app.sync.pretix.records import position_from_json
from orga_app.sync.pretix.rows import attendee_row as pretix_row
from tests.helpers import EVENT_ID, add_attendees, add_event, open_store, store_path
from tests.unit.test_store_schema import write_v1_file


def declared_row_shape() -> dict[str, Any]:
    """What a supplied row may hold, by the declaration: column name → type."""
    return {name: ATTENDEE_TYPES[name] for name in ATTENDEE_SUPPLIED}


def shape_mismatches(shape: Mapping[str, Any], declared: Mapping[str, Any]) -> list[str]:
    problems = [f"{name}: not declared" for name in shape if name not in declared]
    problems += [f"{name}: missing" for name in declared if name not in shape]
    problems += [
        f"{name}: {shape[name]} but declared {declared[name]}"
        for name in shape
        if name in declared and shape[name] != declared[name]
    ]
    return problems


def test_attendee_row_has_the_declared_columns_and_types() -> None:
    assert shape_mismatches(get_type_hints(AttendeeRow), declared_row_shape()) == []


def test_a_column_added_in_one_place_only_is_reported() -> None:
    row_only = {**get_type_hints(AttendeeRow), "badge_colour": str}
    assert shape_mismatches(row_only, declared_row_shape()) == ["badge_colour: not declared"]
    model_only = {**declared_row_shape(), "badge_colour": str}
    assert shape_mismatches(get_type_hints(AttendeeRow), model_only) == ["badge_colour: missing"]
    retyped = {**get_type_hints(AttendeeRow), "ticket_id": str}
    assert shape_mismatches(retyped, declared_row_shape()) == [
        "ticket_id: <class 'str'> but declared int | None"
    ]


def test_roles_and_defaults_come_from_the_declaration() -> None:
    assert set(ATTENDEE_DERIVED) == {"search_text", "name_key"}
    assert "is_checked_in" in ATTENDEE_DOOR_STATE and "firstname" not in ATTENDEE_DOOR_STATE
    assert set(ATTENDEE_DEFAULTS) == set(ATTENDEE_SUPPLIED) - {"id", "event_id"}


def _sqlite_default(text: str | None) -> object:
    """PRAGMA table_info's default (SQL literal text) as a Python value."""
    if text is None or text.upper() == "NULL":
        return None
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    return int(text)


@pytest.mark.parametrize("origin", ["fresh", "upgraded_v1"])
def test_the_migrations_build_the_declared_attendee(tmp_path: Path, origin: str) -> None:
    path = store_path(tmp_path)
    if origin == "upgraded_v1":
        write_v1_file(path)
    Store(path).close()
    conn = sqlite3.connect(path)
    try:
        built = conn.execute("PRAGMA table_info(attendee)").fetchall()
    finally:
        conn.close()
    assert tuple(r[1] for r in built) == ATTENDEE_COLUMNS
    for _cid, name, _type, notnull, default, pk in built:
        column = ATTENDEE.c[name]
        assert (bool(notnull) or bool(pk)) == (not column.nullable), name
        if name in ATTENDEE_DEFAULTS and not pk:
            assert _sqlite_default(default) == ATTENDEE_DEFAULTS[name], name


def _distinct_value(name: str, annotation: Any) -> object:
    """A value for the column that no default has."""
    if name == "event_id":
        return EVENT_ID
    if annotation in (bool,):
        return True
    if annotation in (int, int | None):
        return 4242
    return f"v-{name}"


def test_upsert_writes_every_declared_column(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        add_event(store)
        row: dict[str, Any] = {
            name: _distinct_value(name, annotation)
            for name, annotation in declared_row_shape().items()
        }
        row["id"] = 77
        add_attendees(store, [AttendeeRow(**row)])  # type: ignore[typeddict-item]
        conn = sqlite3.connect(store.path)
        conn.row_factory = sqlite3.Row
        try:
            stored = dict(conn.execute("SELECT * FROM attendee WHERE id = 77").fetchone())
        finally:
            conn.close()
    finally:
        store.close()
    assert {name: stored[name] for name in ATTENDEE_SUPPLIED} == row
    assert all(stored[name] not in (None, "") for name in ATTENDEE_DERIVED)


def test_summary_fields_come_from_declared_columns() -> None:
    assert [f.name for f in dataclasses.fields(AttendeeSummary)] == list(SUMMARY_SOURCES)
    sources = [c for c in SUMMARY_SOURCES.values() if c is not None]
    assert set(sources) <= set(ATTENDEE_COLUMNS)


# Columns an Open Event download leaves to their defaults on purpose: pretix-only facts (an Open
# Event ticket is never blocked and has no validity window of its own).
NOT_FROM_OPEN_EVENT = frozenset({"blocked", "valid_from", "valid_until"})


def test_the_open_event_mapper_fills_every_supplied_column() -> None:
    record = AttendeeRecord(
        id=5, event_id="9", identifier="ab12", order_identifier="ORD", order_status="completed",
        ticket_id=3, ticket_name="Regular", firstname="Ada", lastname="L", email="a@x.org",
        company="C", job_title="J", is_checked_in=False, is_checked_out=False,
        checkin_times="", checkout_times="", device_name_checkin="", deleted=False,
    )  # fmt: skip
    row = openevent_row(record, "9", "2026-12-01T10:00:00+00:00")
    assert set(row) == set(ATTENDEE_SUPPLIED) - NOT_FROM_OPEN_EVENT
    assert set(ATTENDEE_DEFAULTS) >= NOT_FROM_OPEN_EVENT


def test_the_pretix_mapper_supplies_only_declared_columns() -> None:
    position = position_from_json(
        {"id": 41, "secret": "s3cr3t", "item": 2, "attendee_name": "A B", "checkins": []},
        order_code="LSSW9",
        order_status="p",
    )
    row = pretix_row(position, event_id="org/ev", list_id=1)
    # server_seen_at is stamped by the download, after the mapper.
    assert set(row) | {"server_seen_at"} == set(ATTENDEE_SUPPLIED)
