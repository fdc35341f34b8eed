"""Records answers of the real Open Event server into tests/fixtures/open_event/.

    python scripts/record_open_event_fixtures.py        # needs ../shared (see tests/real/oes.py)

Starts the real server (fresh database, a few seeded attendees), makes the requests a check-in
client makes, as each role, and writes one JSON file per answer: the request (method, path,
query) and the answer (status, content type, ETag, body as parsed JSON). The unit tests replay
these files (tests/recorded.py) so that what they model is what the real server says, not what
someone remembered. The server is a throwaway with a test key, so its tokens are kept as they
are; ports and hosts are replaced by a placeholder.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jwt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.real import oes  # noqa: E402 - after the path set-up above
from tests.real.oes import RealServer  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "open_event"
JSONAPI = "application/vnd.api+json"
HOST_PLACEHOLDER = "http://open-event.test"
CHECKIN_TIME = "2026-12-01T09:00:00.000001+00:00"


@dataclass
class Recorder:
    server: RealServer
    written: int = 0

    def call(
        self,
        name: str,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json_body: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        all_headers = {"Accept": JSONAPI}
        if json_body is not None:
            all_headers["Content-Type"] = JSONAPI if path != "/auth/login" else "application/json"
        if token is not None:
            all_headers["Authorization"] = f"JWT {token}"
        all_headers.update(headers or {})
        answer = httpx.request(
            method,
            f"{self.server.url}/v1{path}",
            params=params,
            json=json_body,
            headers=all_headers,
            timeout=60,
        )
        body: Any
        try:
            body = answer.json()
        except ValueError:
            body = answer.text
        record = {
            "request": {"method": method, "path": f"/v1{path}", "params": params or {},
                        "body": json_body},
            "status": answer.status_code,
            "content_type": answer.headers.get("content-type"),
            "etag": answer.headers.get("etag"),
            "body": body,
        }  # fmt: skip
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)
        text = text.replace(self.server.url, HOST_PLACEHOLDER)
        (OUT / f"{name}.json").write_text(text + "\n", encoding="utf-8")
        self.written += 1
        return answer

    def login(self, role: str, name: str | None = None) -> dict[str, str]:
        account = self.server.account(role)
        body = {
            "email": account.email,
            "password": account.password,
            "remember-me": True,
            "include-in-response": True,
        }
        answer = self.call(name, "POST", "/auth/login", json_body=body) if name else None
        if answer is None:
            answer = httpx.post(f"{self.server.url}/v1/auth/login", json=body, timeout=60)
        tokens: dict[str, str] = answer.json()
        return tokens


def attendee_patch(attendee_id: int, **attributes: Any) -> dict[str, Any]:
    dashed = {k.replace("_", "-"): v for k, v in attributes.items()}
    return {"data": {"type": "attendee", "id": str(attendee_id), "attributes": dashed}}


def record_all(rec: Recorder) -> None:
    server = rec.server
    event = server.event.id
    admin = rec.login("admin", "login_admin")["access_token"]
    owner_tokens = rec.login("owner", "login_owner")
    owner = owner_tokens["access_token"]
    registrar = rec.login("registrar")["access_token"]
    coorganizer = rec.login("coorganizer")["access_token"]
    wrong = {"email": server.account("owner").email, "password": "not-the-password"}
    rec.call("login_wrong_password", "POST", "/auth/login", json_body=wrong)
    rec.call(
        "token_refresh",
        "POST",
        "/auth/token/refresh",
        headers={"Authorization": f"JWT {owner_tokens['refresh_token']}"},
    )
    claims = jwt.decode(owner, options={"verify_signature": False})
    past = int(time.time()) - 3600
    claims.update(iat=past - 60, nbf=past - 60, exp=past)
    expired = jwt.encode(claims, oes.JWT_SECRET, algorithm="HS256")
    rec.call("token_expired", "GET", f"/events/{event}", token=expired)
    rec.call("token_bad_signature", "GET", f"/events/{event}", token=owner[:-4] + "AAAA")
    rec.call("get_user_id", "GET", "/users/user-details/get-user-id", token=owner)

    owner_id = claims["identity"]
    admin_id = jwt.decode(admin, options={"verify_signature": False})["identity"]
    rec.call("user_events_owner", "GET", f"/users/{owner_id}/events", token=owner)
    rec.call("user_events_admin_without_role", "GET", f"/users/{admin_id}/events", token=admin)
    rec.call("event", "GET", f"/events/{event}", token=owner)
    rec.call("tickets", "GET", f"/events/{event}/tickets", token=owner)

    everyone = {"include": "order,ticket", "sort": "id", "page[size]": "0"}
    rec.call("attendees_all", "GET", f"/events/{event}/attendees", token=owner, params=everyone)
    first_page = {"include": "order,ticket", "sort": "id", "page[size]": "3", "page[number]": "1"}
    rec.call("attendees_page_1", "GET", f"/events/{event}/attendees", token=owner,
             params=first_page)  # fmt: skip
    rec.call("attendees_registrar_forbidden", "GET", f"/events/{event}/attendees",
             token=registrar)  # fmt: skip
    dashed_fields = {"fields[attendee]": "is-checked-in,checkin-times"}
    rec.call("attendees_dashed_fields", "GET", f"/events/{event}/attendees", token=owner,
             params=dashed_fields)  # fmt: skip
    someone = server.attendees[1].id
    rec.call("attendee_one", "GET", f"/attendees/{someone}", token=owner,
             params={"include": "order,ticket"})  # fmt: skip
    rec.call("attendee_not_found", "GET", "/attendees/987654", token=owner)

    # Check-in, the refused roles, the 422 list rule, a check-out.
    checkin = attendee_patch(someone, is_checked_in=True, checkin_times=CHECKIN_TIME,
                             device_name_checkin="door-1")  # fmt: skip
    rec.call("patch_forbidden_owner", "PATCH", f"/attendees/{someone}", token=owner,
             json_body=checkin)  # fmt: skip
    rec.call("patch_wrong_content_type", "PATCH", f"/attendees/{someone}", token=admin,
             json_body=checkin, headers={"Content-Type": "application/json"})  # fmt: skip
    rec.call("patch_checkin_admin", "PATCH", f"/attendees/{someone}", token=admin,
             json_body=checkin)  # fmt: skip
    checkout = attendee_patch(someone, is_checked_in=False, is_checked_out=True,
                              checkin_times=CHECKIN_TIME, device_name_checkin="door-1")  # fmt: skip
    rec.call("patch_checkout_admin", "PATCH", f"/attendees/{someone}", token=admin,
             json_body=checkout)  # fmt: skip
    uneven = server.attendees[2].id
    rec.call("patch_uneven_lists", "PATCH", f"/attendees/{uneven}", token=admin,
             json_body=attendee_patch(uneven, is_checked_in=False,
                                      checkin_times=f"{CHECKIN_TIME},{CHECKIN_TIME[:-6]}Z",
                                      device_name_checkin="door-1"))  # fmt: skip
    later = "2026-12-01T09:30:00.000002+00:00"
    rec.call("patch_422_device_list_mismatch", "PATCH", f"/attendees/{uneven}", token=admin,
             json_body=attendee_patch(uneven, is_checked_in=True, checkin_times=later,
                                      device_name_checkin="door-2"))  # fmt: skip

    # Stations: the path for owners, organizers and co-organizers.
    station_doc = {
        "data": {
            "type": "station",
            "attributes": {"station-name": "Door 1", "station-type": "registration"},
            "relationships": {"event": {"data": {"type": "event", "id": str(event)}}},
        }
    }
    station = rec.call("station_created", "POST", "/station", token=coorganizer,
                       json_body=station_doc).json()["data"]["id"]  # fmt: skip
    rec.call("station_registrar_refused", "POST", "/station", token=registrar,
             json_body=station_doc)  # fmt: skip
    rec.call("stations_list", "GET", f"/events/{event}/stations", token=owner)
    registered = server.attendees[3].id

    def station_check_in(attendee_id: int) -> dict[str, Any]:
        return {
            "data": {
                "type": "user_check_in",
                "attributes": {},
                "relationships": {
                    "station": {"data": {"type": "station", "id": str(station)}},
                    "ticket-holder": {"data": {"type": "attendee", "id": str(attendee_id)}},
                },
            }
        }

    rec.call("user_check_in_created", "POST", "/user-check-in", token=coorganizer,
             json_body=station_check_in(registered))  # fmt: skip
    rec.call("user_check_in_again", "POST", "/user-check-in", token=owner,
             json_body=station_check_in(registered))  # fmt: skip
    rec.call("user_check_in_registrar", "POST", "/user-check-in", token=registrar,
             json_body=station_check_in(server.attendees[4].id))  # fmt: skip
    rec.call("attendee_registered", "GET", f"/attendees/{registered}", token=owner)
    rec.call("user_check_in_stats", "GET", f"/user-check-in/stats/event/{event}", token=owner)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with oes.running(attendees=6) as server:
        recorder = Recorder(server)
        record_all(recorder)
    print(f"recorded {recorder.written} answers into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
