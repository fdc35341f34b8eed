"""The attendee PATCH rules of OPEN_EVENT_API.md: which documents pass, and how check-in and
check-out times are appended or replaced (quirks included, in the server's code order)."""

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
    """Rules 2–6 of OPEN_EVENT_API.md, applied to *changes* in place (server code order)."""
    sent_times = changes.get("checkin_times")
    if "device_name_checkin" in changes and sent_times is None:
        raise _unprocessable("/data/attributes/device-name-checkin", "Check in Times missing")
    if order_status != "initializing" and sent_times is None:
        raise _unprocessable(
            "/data/attributes/checkin-times",
            "Attendee can't be updated because the corresponding order is not in"
            " initializing state",
        )
    if changes.get("is_checked_in"):
        old_times = current["checkin_times"]
        old_devices = current["device_name_checkin"]
        sent_device = changes.get("device_name_checkin")
        if old_times and sent_times in old_times.split(","):
            if duplicate == "reject":
                raise _unprocessable(
                    "/data/attributes/checkin-times", "Check in time already present"
                )
            # The classic server keeps only the re-sent time: the history is gone.
            changes["device_name_checkin"] = sent_device if sent_device is not None else "-"
        else:
            if old_times:
                changes["checkin_times"] = f"{old_times},{sent_times}"
            new_device = sent_device if sent_device is not None else "-"
            changes["device_name_checkin"] = (
                f"{old_devices},{new_device}" if old_devices is not None else new_device
            )
            if sent_device is not None and len(changes["checkin_times"].split(",")) != len(
                changes["device_name_checkin"].split(",")
            ):
                raise _unprocessable(
                    "/data/attributes/device-name-checkin",
                    "Check in Times missing for the corresponding devices",
                )
    if changes.get("is_checked_out") and not current["is_checked_out"]:
        outs = current["checkout_times"].split(",") if current["checkout_times"] else []
        outs.append(datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"))
        changes["checkout_times"] = ",".join(outs)
