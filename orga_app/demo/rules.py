"""The attendee PATCH rules of the real server (docs/open-event-api.md): which documents pass,
and how check-in and check-out times are appended or replaced (quirks included, in the
server's code order)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from orga_app.demo.documents import ApiError
from orga_app.demo.resources import ATTENDEE_ATTRS

_WRITABLE = {name: (column, kind) for name, column, kind, writable in ATTENDEE_ATTRS if writable}


def _unprocessable(pointer: str, detail: str) -> ApiError:
    return ApiError(422, "Unprocessable Entity", detail, {"pointer": pointer})


def parse_patch_document(body: bytes, attendee_id: int) -> dict[str, Any]:
    """The JSON:API document → {column: value}; type (409) and id (400) checks as the server."""
    try:
        document = json.loads(body)
    except ValueError:
        raise ApiError(
            400, "Bad request", "Request body is not valid JSON", {"pointer": ""}
        ) from None
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, dict):
        raise _unprocessable("/data", "Object must include `data` key")
    if data.get("type") != "attendee":
        raise ApiError(
            409, "Incorrect type", 'Invalid type. Expected "attendee".', {"pointer": "/data/type"}
        )
    if "id" not in data:
        raise ApiError(400, "Bad request", 'Missing id in "data" node', {"pointer": "/data/id"})
    if str(data["id"]) != str(attendee_id):
        raise ApiError(
            400,
            "Bad request",
            "Value of id does not match the resource identifier in url",
            {"pointer": "/data/id"},
        )
    attributes = data.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise _unprocessable("/data/attributes", "Invalid input type.")
    changes: dict[str, Any] = {}
    # Read-only and unknown attributes are ignored, as marshmallow 2 did on load.
    for name, value in attributes.items():
        if name not in _WRITABLE:
            continue
        column, kind = _WRITABLE[name]
        if kind == "b" and not isinstance(value, bool):
            raise _unprocessable(f"/data/attributes/{name}", "Not a valid boolean.")
        if kind == "s" and value is not None and not isinstance(value, str):
            raise _unprocessable(f"/data/attributes/{name}", "Not a valid string.")
        changes[column] = value
    return changes


def apply_checkin_rules(
    changes: dict[str, Any], current: dict[str, Any], *, order_status: str, duplicate: str
) -> None:
    """The real server's before_update_object for attendees (open-event-server
    app/api/attendees.py, measured in docs/open-event-api.md), applied to *changes* in place,
    in the server's order. The 403 for callers who are neither admin nor the buyer comes first,
    in the handler."""
    sent_times = changes.get("checkin_times")
    if order_status != "initializing" and "checkin_times" not in changes:
        raise _unprocessable(
            "/data/id",
            "Attendee can't be updated because the corresponding order is not in"
            " initializing state",
        )
    if "device_name_checkin" in changes and sent_times is None:
        raise _unprocessable("/data/attributes/device_name_checkin", "Check in Times missing")
    if changes.get("is_checked_in"):
        if sent_times is None:
            raise _unprocessable(
                "/data/attributes/checkin_times",
                "Check in time missing while trying to check in attendee",
            )
        old_times = current["checkin_times"]
        old_devices = current["device_name_checkin"]
        repeated = bool(old_times) and sent_times in old_times.split(",")
        if repeated and duplicate == "reject":  # some newer server versions (a fault switch)
            raise _unprocessable("/data/attributes/checkin-times", "Check in time already present")
        if old_times and not repeated:
            changes["checkin_times"] = f"{old_times},{sent_times}"
        # else: the list becomes the sent time alone, so a repeated time wipes the history
        sent_device = changes.get("device_name_checkin")
        if sent_device is not None:
            if old_devices is not None:
                changes["device_name_checkin"] = f"{old_devices},{sent_device}"
            # Lists of different lengths (left by another client, or by a repeated time) refuse
            # every check-in that names a device; without a device name it is accepted.
            if len(changes["checkin_times"].split(",")) != len(
                changes["device_name_checkin"].split(",")
            ):
                raise _unprocessable(
                    "/data/attributes/device_name_checkin",
                    "Check in Time missing for the corresponding device name",
                )
        else:
            changes["device_name_checkin"] = f"{old_devices},-" if old_devices is not None else "-"
    if changes.get("is_checked_out") and not current["is_checked_out"]:
        # The server's own clock, UTC without offset, str(datetime) format; only when the
        # attendee is not out already (a check-in does not clear is-checked-out).
        outs = current["checkout_times"].split(",") if current["checkout_times"] else []
        outs.append(str(datetime.now(UTC).replace(tzinfo=None)))
        changes["checkout_times"] = ",".join(outs)
