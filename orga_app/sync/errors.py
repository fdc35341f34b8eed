"""Typed failures of the Open Event API, each with a one-line message a door UI can show.

The sync engine decides what to do from the class alone: ``transient`` errors are retried with
backoff, ``permanent`` ones fail the outbox row, auth problems pause the queue and ask for a login.
The UI translates by class (``tr()`` lives in the UI layer; this module imports no Qt).
"""

from __future__ import annotations

from typing import ClassVar

_MAX_DETAIL = 160


def _one_line(text: str | None) -> str | None:
    """Squash server text to a single short line: a door screen has no room for a traceback."""
    if text is None:
        return None
    squashed = " ".join(text.split())
    if not squashed:
        return None
    if len(squashed) > _MAX_DETAIL:
        squashed = squashed[: _MAX_DETAIL - 1] + "…"
    return squashed


class ApiError(Exception):
    """Any failure talking to the server. Carries what the server said, if anything."""

    #: Worth retrying later without a person acting (network, 429, 5xx).
    transient: ClassVar[bool] = False
    #: Retrying the same request can never succeed; the row needs a person.
    permanent: ClassVar[bool] = False

    def __init__(
        self,
        *,
        status: int | None = None,
        title: str | None = None,
        detail: str | None = None,
        pointer: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.title = _one_line(title)
        self.detail = _one_line(detail)
        self.pointer = pointer
        self.retry_after = retry_after
        super().__init__(self.message())

    @property
    def reason(self) -> str | None:
        """The server's most specific words: detail, else title."""
        return self.detail or self.title

    def _with_reason(self, text: str) -> str:
        reason = self.reason
        return f"{text}: {reason}" if reason else f"{text}."

    def message(self) -> str:
        """One line for a person at the door."""
        status = f" {self.status}" if self.status is not None else ""
        return self._with_reason(f"The server answered with an error{status}")

    def __str__(self) -> str:
        return self.message()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, title={self.title!r}, "
            f"detail={self.detail!r}, pointer={self.pointer!r}, retry_after={self.retry_after!r})"
        )


class AuthError(ApiError):
    """401 (or a malformed token): the session is gone and a person must log in again."""

    def message(self) -> str:
        return self._with_reason("Login needed, the session is no longer valid")


class InvalidCredentialsError(AuthError):
    """The login itself was refused: wrong email or password."""

    permanent = True

    def message(self) -> str:
        return "Wrong email or password."


class ForbiddenError(ApiError):
    """403: this account may not do this (e.g. a registrar updating attendees)."""

    permanent = True

    def message(self) -> str:
        return self._with_reason("This account is not allowed to do that")


class NotFoundError(ApiError):
    """404: the attendee or event no longer exists on the server."""

    permanent = True

    def message(self) -> str:
        return self._with_reason("Not found on the server")


class ClientDataError(ApiError):
    """400/409/415/422 and other 4xx: refused as sent; resending the same won't help."""

    permanent = True

    def message(self) -> str:
        status = f" ({self.status})" if self.status is not None else ""
        return self._with_reason(f"The server refused the change{status}")


class RowHeldError(ApiError):
    """This row cannot go until a person acts (a pretix door with no check-in list chosen for a
    scan that carries none): it stays queued, this attendee's later rows wait behind it, and
    every other attendee's rows still go. Not a server answer: nothing was sent."""

    def message(self) -> str:
        return self.reason or "This check-in waits until a person acts."


class RateLimitedError(ApiError):
    """429: too many requests; wait ``retry_after`` seconds when the server said so."""

    transient = True

    def message(self) -> str:
        if self.retry_after is not None:
            return f"The server is busy (too many requests); retrying in {self.retry_after:.0f} s."
        return "The server is busy (too many requests); retrying later."


class ServerError(ApiError):
    """5xx: the server (or a proxy in front of it) failed; try again later."""

    transient = True

    def message(self) -> str:
        status = f" {self.status}" if self.status is not None else ""
        return self._with_reason(f"Server error{status}, will retry")


class UnexpectedResponseError(ServerError):
    """An answer that is not the API's (HTML from a captive portal, a redirect, broken JSON)."""

    def message(self) -> str:
        return self._with_reason(
            "The server's answer could not be read (proxy or Wi-Fi login page?), will retry"
        )


class TransientNetworkError(ApiError):
    """No usable answer: connection refused, timeout, connection dropped.

    ``maybe_applied`` is True when the request may have reached the server (the failure came after
    it was sent), so a PATCH must be verified with a fresh GET before it is sent again.
    """

    transient = True

    def __init__(self, *, maybe_applied: bool, detail: str | None = None) -> None:
        self.maybe_applied = maybe_applied
        super().__init__(detail=detail)

    def message(self) -> str:
        if self.maybe_applied:
            return "No answer from the server (connection lost or timed out); will check and retry."
        return "Server unreachable (no connection); will retry."


class TlsError(ApiError):
    """The server's certificate failed verification: wrong address, or a proxy intercepting."""

    permanent = True

    def message(self) -> str:
        return (
            "The server's certificate could not be verified; check the server address "
            "and the computer's date and certificates."
        )


class AnswerTooSlowError(TransientNetworkError):
    """The whole answer did not arrive within the request's deadline (a stalled or dripping
    server). The request may have been applied, like any lost answer."""

    def __init__(self, *, limit: float) -> None:
        self.limit = limit
        super().__init__(maybe_applied=True, detail=f"no complete answer within {limit:g} s")

    def message(self) -> str:
        return (
            f"The server did not answer completely within {self.limit:g} s; will check and retry."
        )


class AnswerTooLargeError(UnexpectedResponseError):
    """The answer grew past the size cap: not an API page (a runaway stream or a wrong URL)."""

    def __init__(self, *, limit: int) -> None:
        self.limit = limit
        super().__init__(detail=f"answer larger than {limit} bytes")

    def message(self) -> str:
        return f"The server's answer was too large (over {_size_text(self.limit)}); will retry."


class IncompleteListError(UnexpectedResponseError):
    """A list the server paged in a way that cannot be complete or cannot end (paging that
    does not advance, more pages than any real list has)."""

    def message(self) -> str:
        return self._with_reason("The server's list could not be read completely, will retry")


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    if size >= 1024:
        return f"{size / 1024:g} kB"
    return f"{size} bytes"


# A sync report's error when no answer came at all (the error's own words, untranslated).
_NO_ANSWER = frozenset(str(TransientNetworkError(maybe_applied=m)) for m in (False, True))


def is_no_answer(error: str | None) -> bool:
    """The report's error says the server did not answer at all (no network, refused, timed
    out). A server that answers with an error (5xx, 429, a proxy's page) is reachable."""
    return error in _NO_ANSWER
