"""What every server type's HTTP client shares: which addresses it may talk to in clear text,
no cookie jar, and an httpx failure as the project's typed error (sync/errors.py)."""

from __future__ import annotations

import ipaddress
import ssl
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx

from orga_app.sync.errors import ApiError, TlsError, TransientNetworkError


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secure_base_url(base_url: str, *, insecure: bool) -> str:
    """The server address without query, fragment or trailing slash, after refusing one that
    would send passwords and tokens in clear text (plain http to another computer, unless the
    person chose `insecure`). ValueError says why, in words for the person."""
    try:
        url = httpx.URL(base_url.strip())
    except httpx.InvalidURL as exc:
        raise ValueError(f"Not a server address: {base_url!r}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"Server address must start with https:// (got {base_url!r})")
    if url.scheme == "http" and not insecure and not is_loopback(url.host):
        raise ValueError(
            f"Refusing plain http to {url.host}: passwords and tokens would travel unencrypted. "
            "Use https:// (plain http is only allowed for this computer)."
        )
    return str(url.copy_with(query=None, fragment=None)).rstrip("/")


def needs_insecure(base_url: str) -> bool:
    """Plain http to another computer: passwords, tokens and attendee data travel readable."""
    try:
        url = httpx.URL(base_url.strip())
    except httpx.InvalidURL:
        return False
    return url.scheme == "http" and bool(url.host) and not is_loopback(url.host)


def no_cookie_jar() -> CookieJar:
    # A server may read its session from a cookie before the token header and then demand CSRF
    # headers (Open Event does), so no cookie is ever stored: a policy allowing no domain.
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


def _is_certificate_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def network_error(exc: httpx.HTTPError) -> ApiError:
    """Map an httpx failure to a typed error, telling whether the request may have arrived."""
    if _is_certificate_failure(exc):
        return TlsError(detail=str(exc))
    # Before the request left (no connection, or none free in the pool) nothing can be applied;
    # anything later (timeout while waiting, connection dropped) may have been applied.
    not_sent = (
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.PoolTimeout,
        httpx.ProxyError,
        httpx.UnsupportedProtocol,
    )
    return TransientNetworkError(
        maybe_applied=not isinstance(exc, not_sent), detail=type(exc).__name__
    )
