"""JSON:API documents and error bodies of the Open Event server → plain typed values.

Everything the server (or a proxy in front of it) can send is turned into either a ``Document``
or one of the typed exceptions in ``errors``; nothing else escapes from here. The server's
error bodies come in several shapes (see docs/open-event-api.md): JSON:API ``errors`` lists with int
or string status and odd ``source`` values, a bare ``{"status": 429, "title": ...}``, plain
``{"error": "..."}`` auth failures, and HTML pages from proxies.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from orga_app.sync.answers import parse_retry_after
from orga_app.sync.errors import (
    ApiError,
    AuthError,
    ClientDataError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnexpectedResponseError,
)

JSON_API_MEDIA_TYPE = "application/vnd.api+json"


@dataclass(frozen=True)
class ResourceId:
    """A resource linkage: what a relationship points to."""

    type: str
    id: str


@dataclass(frozen=True)
class Resource:
    """One resource object. Attribute names stay dasherized, as the server sends them."""

    type: str
    id: str | None
    attributes: Mapping[str, Any] = field(default_factory=dict)
    # name -> one linkage, a list of them, or None (to-one relationship that is empty or
    # whose data the server did not send)
    relationships: Mapping[str, ResourceId | tuple[ResourceId, ...] | None] = field(
        default_factory=dict
    )


@dataclass(frozen=True)
class Document:
    """A parsed JSON:API document: primary data, included resources and paging facts."""

    resources: tuple[Resource, ...]
    is_collection: bool
    included: Mapping[tuple[str, str], Resource]
    count: int | None
    next_link: str | None

    def one(self) -> Resource:
        """The single primary resource; an error if the server sent a list or nothing."""
        if self.is_collection or len(self.resources) != 1:
            raise UnexpectedResponseError(detail="expected one resource in the answer")
        return self.resources[0]

    def related(self, resource: Resource, name: str) -> Resource | None:
        """The included resource a to-one relationship points to, if the server included it."""
        linkage = resource.relationships.get(name)
        if not isinstance(linkage, ResourceId):
            return None
        return self.included.get((linkage.type, linkage.id))


# ---------------------------------------------------------------------------------------------
# Documents


def malformed(what: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(detail=f"malformed JSON:API document ({what})")


def id_string(value: object) -> str | None:
    # ids are strings in JSON:API, but a lenient server (or a test double) may send numbers
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    return None


def _parse_linkage(value: object) -> ResourceId | None:
    if not isinstance(value, Mapping):
        return None
    kind, ident = value.get("type"), id_string(value.get("id"))
    if not isinstance(kind, str) or ident is None:
        return None
    return ResourceId(kind, ident)


def _parse_relationships(value: object) -> dict[str, ResourceId | tuple[ResourceId, ...] | None]:
    result: dict[str, ResourceId | tuple[ResourceId, ...] | None] = {}
    if not isinstance(value, Mapping):
        return result
    for name, rel in value.items():
        data = rel.get("data") if isinstance(rel, Mapping) else None
        if isinstance(data, list):
            result[str(name)] = tuple(
                link for link in (_parse_linkage(item) for item in data) if link is not None
            )
        else:
            result[str(name)] = _parse_linkage(data)
    return result


def _parse_resource(value: object) -> Resource:
    if not isinstance(value, Mapping):
        raise malformed("resource is not an object")
    kind = value.get("type")
    if not isinstance(kind, str):
        raise malformed("resource without a type")
    attributes = value.get("attributes")
    if attributes is None:
        attributes = {}
    if not isinstance(attributes, Mapping):
        raise malformed("attributes is not an object")
    return Resource(
        type=kind,
        id=id_string(value.get("id")),
        attributes=dict(attributes),
        relationships=_parse_relationships(value.get("relationships")),
    )


def _parse_count(meta: object) -> int | None:
    if not isinstance(meta, Mapping):
        return None
    count = meta.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        return None
    return count


def parse_document(payload: object) -> Document:
    """Turn a decoded JSON body into a ``Document``; raises ``UnexpectedResponseError`` only."""
    if not isinstance(payload, Mapping):
        raise malformed("body is not an object")
    if "data" not in payload:
        raise malformed("no primary data")
    data = payload["data"]
    if isinstance(data, list):
        resources = tuple(_parse_resource(item) for item in data)
        is_collection = True
    elif data is None:
        resources, is_collection = (), False
    else:
        resources, is_collection = (_parse_resource(data),), False
    included: dict[tuple[str, str], Resource] = {}
    raw_included = payload.get("included")
    if isinstance(raw_included, list):
        for item in raw_included:
            resource = _parse_resource(item)
            if resource.id is not None:
                included[(resource.type, resource.id)] = resource
    links = payload.get("links")
    next_link = links.get("next") if isinstance(links, Mapping) else None
    return Document(
        resources=resources,
        is_collection=is_collection,
        included=included,
        count=_parse_count(payload.get("meta")),
        next_link=next_link if isinstance(next_link, str) and next_link else None,
    )


# ---------------------------------------------------------------------------------------------
# Errors


def _status_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, (list, dict)):
        return None
    return str(value)


def _pointer(source: object) -> str | None:
    """``source`` may be {"pointer": ...}, {"parameter": ...}, null or a bare string."""
    if isinstance(source, str):
        return source or None
    if isinstance(source, Mapping):
        for key in ("pointer", "parameter"):
            found = source.get(key)
            if isinstance(found, str) and found:
                return found
    return None


@dataclass(frozen=True)
class _ErrorFacts:
    status: int | None = None
    title: str | None = None
    detail: str | None = None
    pointer: str | None = None
    plain_auth_body: bool = False


def _facts_from_payload(payload: object) -> _ErrorFacts:
    if not isinstance(payload, Mapping):
        return _ErrorFacts()
    errors = payload.get("errors")
    if isinstance(errors, list):
        first = next((item for item in errors if isinstance(item, Mapping)), None)
        if first is None:
            return _ErrorFacts()
        return _ErrorFacts(
            status=_status_int(first.get("status")),
            title=_text(first.get("title")),
            detail=_text(first.get("detail")),
            pointer=_pointer(first.get("source")),
        )
    # flask-jwt style auth failures: {"error": "..."} (flask-jwt-extended itself uses "msg")
    for key in ("error", "msg"):
        message = payload.get(key)
        if isinstance(message, str):
            return _ErrorFacts(detail=message, plain_auth_body=True)
    # the rate limiter's bare object: {"status": 429, "title": "Request Limit Exceeded"}
    return _ErrorFacts(
        status=_status_int(payload.get("status")),
        title=_text(payload.get("title")),
        detail=_text(payload.get("detail") or payload.get("message")),
    )


def error_from_payload(
    http_status: int,
    payload: object,
    *,
    retry_after: float | None = None,
    reason_phrase: str | None = None,
) -> ApiError:
    """The typed exception for an error answer. Never raises; the HTTP status decides the class.

    ``payload`` is the decoded JSON body, or None when the body was not JSON (e.g. an HTML
    502 page from a proxy); then only the status and the reason phrase are kept.
    """
    facts = _facts_from_payload(payload)
    title = facts.title or reason_phrase or None
    kwargs: dict[str, Any] = {
        "status": http_status,
        "title": title,
        "detail": facts.detail,
        "pointer": facts.pointer,
        "retry_after": retry_after,
    }
    if http_status == 401:
        return AuthError(**kwargs)
    if http_status == 422 and facts.plain_auth_body:
        # a malformed token or Authorization header, not a data problem: a login fixes it
        return AuthError(**kwargs)
    if http_status == 403:
        return ForbiddenError(**kwargs)
    if http_status == 404:
        return NotFoundError(**kwargs)
    if http_status == 429:
        return RateLimitedError(**kwargs)
    if 500 <= http_status <= 599:
        return ServerError(**kwargs)
    if 400 <= http_status <= 499:
        return ClientDataError(**kwargs)
    # 1xx/3xx (other than 304, handled by the caller) or nonsense: not the API talking
    return UnexpectedResponseError(**kwargs)


def error_from_body(
    http_status: int,
    body: bytes,
    *,
    retry_after_header: str | None = None,
    reason_phrase: str | None = None,
) -> ApiError:
    """Like ``error_from_payload`` but starting from raw bytes, which may not be JSON at all."""
    try:
        payload: object = json.loads(body) if body else None
    except (ValueError, RecursionError):
        payload = None
    return error_from_payload(
        http_status,
        payload,
        retry_after=parse_retry_after(retry_after_header),
        reason_phrase=reason_phrase,
    )
