"""The user resource and its event-role relationships, as the real server answers them
(docs/open-event-api.md, "Roles: who may do what"): how the app learns an account's role.

- ``GET /v1/users/{id}``: the user with ``is-admin``, ``is-super-admin`` and the
  ``is-user-<role>`` flags (true when the user holds that role for any event).
- ``GET /v1/users/{id}/relationships/{owner,organizer,coorganizer,registrar}-events``: the
  events where the user holds that role, as ``{"type": "event", "id": 1}`` (the real server
  writes these ids as numbers, not strings), deleted events included (the real relationship
  does not filter them).
Both are for the user itself or an admin; anyone else gets 403 "Access Forbidden". An unknown
user is a 404, worded differently by the two routes, as on the real server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from orga_app.demo.documents import ApiError, check_accept

if TYPE_CHECKING:
    from orga_app.demo.handlers import DemoApi

# Relationship name → the role it lists (the real server has more; the app asks these four).
ROLE_RELATIONS = {
    "owner-events": "owner",
    "organizer-events": "organizer",
    "coorganizer-events": "coorganizer",
    "registrar-events": "registrar",
}
# Every relationship the real user resource links to that the demo can answer.
_LINKED = ("events", *ROLE_RELATIONS)
_ROLE_FLAGS = {
    "is-user-owner": "owner",
    "is-user-organizer": "organizer",
    "is-user-coorganizer": "coorganizer",
    "is-user-track-organizer": "track_organizer",
    "is-user-moderator": "moderator",
    "is-user-registrar": "registrar",
}


def _forbidden() -> ApiError:
    return ApiError(403, "Access Forbidden", "Access Forbidden", {"source": ""})


class UserHandlers:
    """Route handlers for ``/v1/users/{id}`` and its role relationships."""

    def __init__(self, api: DemoApi) -> None:
        self.api = api

    def _allowed_user(self, request: Request, missing: ApiError) -> int:
        """The asked-for user id after the real server's checks, in its order: the token,
        the Accept header, then "the user itself or an admin", then whether the user exists."""
        caller = self.api.identity(request)
        check_accept(request)
        user_id = int(request.path_params["user_id"])
        if caller != user_id and not self.api.is_admin(caller):
            raise _forbidden()
        if not self.api.user_exists(user_id):
            raise missing
        return user_id

    async def user(self, request: Request) -> Response:
        missing = ApiError(404, "Object not found", "Object Not Found", {"pointer": ""})
        user_id = self._allowed_user(request, missing)
        row = self.api.db.execute(
            "SELECT email, first_name, last_name, is_admin FROM users WHERE id = ?", (user_id,)
        ).fetchone()
        held = {
            str(role)
            for (role,) in self.api.db.execute(
                "SELECT DISTINCT role FROM event_roles WHERE user_id = ?", (user_id,)
            )
        }
        # The demo has one admin flag; its admins are super admins too, like the real seed's.
        is_admin = bool(row[3])
        attributes: dict[str, Any] = {
            "email": row[0],
            "first-name": row[1],
            "last-name": row[2],
            "public-name": None,
            "is-admin": is_admin,
            "is-super-admin": is_admin,
            "is-sales-admin": False,
            "is-marketer": False,
            "is-verified": True,
            "is-blocked": False,
            "deleted-at": None,
        }
        attributes.update({flag: role in held for flag, role in _ROLE_FLAGS.items()})
        base = f"/v1/users/{user_id}"
        relationships = {
            name: {"links": {"self": f"{base}/relationships/{name}", "related": f"{base}/{name}"}}
            for name in _LINKED
        }
        resource = {
            "type": "user",
            "id": str(user_id),
            "attributes": attributes,
            "relationships": relationships,
            "links": {"self": base},
        }
        return self.api.respond(request, {"data": resource, "links": {"self": base}})

    async def role_events(self, request: Request) -> Response:
        relation = str(request.path_params["relation"])
        role = ROLE_RELATIONS.get(relation)
        if role is None:
            # The real server has no such route: a plain 404 before any check.
            raise ApiError(404, "Not found", "The requested URL was not found", None)
        user_id = int(request.path_params["user_id"])
        missing = ApiError(
            404, "Object not found", f"User: {user_id} not found", {"parameter": "id"}
        )
        self._allowed_user(request, missing)
        event_ids = [
            int(event_id)
            for (event_id,) in self.api.db.execute(
                "SELECT event_id FROM event_roles WHERE user_id = ? AND role = ? ORDER BY event_id",
                (user_id, role),
            )
        ]
        base = f"/v1/users/{user_id}"
        document = {
            "links": {"self": f"{base}/relationships/{relation}", "related": f"{base}/{relation}"},
            "data": [{"type": "event", "id": event_id} for event_id in event_ids],
        }
        return self.api.respond(request, document)
