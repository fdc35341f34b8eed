"""The demo server's JWTs, made and checked as flask-jwt-extended does for Open Event.

Tokens are HS256 with the ``identity`` claim; failures are answered as plain ``{"error": ...}``
(:class:`AuthError`), not as JSON:API errors.
"""

from __future__ import annotations

import time
import uuid

import jwt

ACCESS_LIFETIME = 24 * 3600.0
REMEMBER_ME_LIFETIME = 90 * 60.0
REFRESH_LIFETIME = 365 * 24 * 3600.0
_MISSING_JWT = 'Missing JWT in headers or cookies (Missing Authorization Header; Missing cookie "access_token_cookie")'  # noqa: E501


class AuthError(Exception):
    """An authentication failure: answered as plain ``{"error": ...}``, not JSON:API."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def make_token(secret: str, user_id: int, kind: str, lifetime: float) -> str:
    """A signed ``access`` or ``refresh`` token for *user_id*, valid for *lifetime* seconds."""
    now = time.time()
    claims = {
        "iat": int(now),
        "nbf": int(now),
        "jti": str(uuid.uuid4()),
        "exp": int(now + lifetime),
        "identity": user_id,
        "fresh": kind == "access",
        "type": kind,
    }
    return jwt.encode(claims, secret, algorithm="HS256")


def claimed_identity(header: str | None, secret: str, kind: str) -> object:
    """The ``identity`` claim of the ``JWT <token>`` Authorization *header*, checked and unverified
    as to whether that user exists (the caller looks that up)."""
    if not header:
        raise AuthError(401, _MISSING_JWT)
    parts = header.split()
    if len(parts) != 2 or parts[0] != "JWT":
        raise AuthError(422, "Bad Authorization header. Expected value 'JWT <JWT>'")
    try:
        claims = jwt.decode(parts[1], secret, algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        raise AuthError(401, "Token has expired") from None
    except jwt.InvalidTokenError as exc:
        raise AuthError(422, str(exc) or "Invalid token") from None
    if claims.get("type") != kind:
        raise AuthError(422, f"Only {kind} tokens are allowed")
    return claims.get("identity")
