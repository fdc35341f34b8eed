"""The one check-in service: every scan (camera, USB wedge, typed, list, kiosk) goes through here.

The decisions are pure; the store supplies a `ScanTransaction` so that attendee state, outbox
row and scan-log row are written in ONE durable transaction (DESIGN.md "Check-in semantics").
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from orga_app.core.codes import CodeKind, MalformedCode, TicketCode, parse_code
from orga_app.core.list_checkin import DoorList, list_verdict, no_list_result
from orga_app.core.list_rules import ServerKind, TicketFacts
from orga_app.core.online import OnlineCheck, OnlineRequest
from orga_app.core.online_verdict import Asked, direction_of, online_secret
from orga_app.core.verdict import (
    AttendeeSummary,
    Mode,
    Reason,
    ScanResult,
    Source,
    Verdict,
    order_refusal,
)

log = logging.getLogger("orga_app.checkin")

# How much of a bad scan the log keeps: enough to recognise it, not a dump of binary data.
RAW_LOG_LIMIT = 120


@dataclass(frozen=True, slots=True)
class Lookup:
    """Attendees a code matched: in the scanned event, and elsewhere in the store."""

    here: Sequence[AttendeeSummary]
    elsewhere: Sequence[AttendeeSummary]
    local_event: bool = False
    # Nothing live matched, but the code was a ticket the server has removed since.
    cancelled: bool = False
    # A pretix-type event (issue 11): the door's check-in list (None: not chosen yet), what
    # the store knows of the one matched ticket, and whether an unmatched code was revoked.
    server_kind: ServerKind = ServerKind.OPEN_EVENT
    door: DoorList | None = None
    ticket: TicketFacts | None = None
    revoked: bool = False


class ScanTransaction(Protocol):
    # `typed`: a person entered the code (bare ids and e-mails are accepted only then).
    def find(self, event_id: str, code: TicketCode, typed: bool) -> Lookup: ...

    def has_unsent(self, attendee_id: int) -> bool: ...

    def attendee(self, attendee_id: int) -> AttendeeSummary | None: ...

    # `attendee` is the state after the scan: its lists already end with `at` and `device`.
    # `nonce`: the scan's own, when it was already sent to the server once (online check).
    def check_in(
        self, attendee: AttendeeSummary, at: str, device: str, queue: bool, nonce: str | None = None
    ) -> None: ...

    def check_out(
        self, attendee: AttendeeSummary, at: str, device: str, queue: bool, nonce: str | None = None
    ) -> None: ...

    def log_scan(
        self,
        event_id: str,
        raw: str,
        verdict: Verdict,
        attendee_id: int | None,
        device: str,
        source: Source,
        mode: Mode,
        at: str,
        verdict_ms: float | None = None,
    ) -> None: ...


class CheckInRepository(Protocol):
    def scan_transaction(self) -> AbstractContextManager[ScanTransaction]: ...

    # A read-only snapshot for the lookup before an online check: no write lock is held while
    # the server is asked (only find/has_unsent/attendee are called on it).
    def scan_lookup(self) -> AbstractContextManager[ScanTransaction]: ...


# The online check for an event, or None (Open Event, a door without a signed-in server).
OnlineChecks = Callable[[str], OnlineCheck | None]


# Where a person typed or picked the attendee: only these may name one by a bare attendee id or
# e-mail address (both guessable; a printed ticket carries the order's random identifier).
TYPED_SOURCES = frozenset({Source.MANUAL, Source.LIST})
# Where "Not paid: admit anyway?" can be answered: the scanner page (its camera, the USB scanner,
# the code field). The kiosk never admits an unpaid order; the attendee list has no such step.
CONFIRM_SOURCES = frozenset({Source.CAMERA, Source.WEDGE, Source.MANUAL})


def utc_now() -> datetime:
    return datetime.now(UTC)


def _printable(raw: str | bytes) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    cleaned = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return cleaned[:RAW_LOG_LIMIT]


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000.0, 3)


def last_entry(csv_list: Sequence[str]) -> str | None:
    return csv_list[-1] if csv_list else None


class CheckInService:
    """code → verdict, durably. Call from any thread except the GUI thread."""

    def __init__(
        self,
        repository: CheckInRepository,
        device_name: Callable[[], str],
        clock: Callable[[], datetime] = utc_now,
        on_queued: Callable[[str], None] | None = None,
        online: OnlineChecks | None = None,
    ) -> None:
        self._repository = repository
        self._device_name = device_name
        self._clock = clock
        # Called with the event id after a durable write that queued an upload.
        self._on_queued = on_queued
        self._online = online

    def scan(
        self,
        event_id: str,
        raw: str | bytes,
        mode: Mode = Mode.CHECK_IN,
        source: Source = Source.MANUAL,
        *,
        admit_unpaid: bool = False,
    ) -> ScanResult:
        """`admit_unpaid`: a person at a staffed door confirmed admitting a pending order
        on a list that allows it (the result of the first scan offered it); never at a kiosk."""
        started = time.perf_counter()  # the verdict time kept in the scan log (throughput)
        admit_unpaid = admit_unpaid and source is not Source.KIOSK
        scanned_at = self._clock().astimezone(UTC)
        at = scanned_at.isoformat(timespec="microseconds")
        # The server keeps devices as ONE comma-separated list: a comma would split this one.
        device = self._device_name().replace(",", " ").strip() or "door"
        try:
            code = parse_code(raw)
        except MalformedCode as exc:
            with self._repository.scan_transaction() as tx:
                tx.log_scan(
                    event_id,
                    _printable(raw),
                    Verdict.MALFORMED,
                    None,
                    device,
                    source,
                    mode,
                    at,
                    verdict_ms=_ms_since(started),
                )
            # what exactly is wrong is for the log; the door says "unreadable"
            log.info("unreadable scan: %s", exc.reason)
            return ScanResult(Reason.UNREADABLE, scanned_at, code=_printable(raw))
        queued = False
        # Made now: the server gets it with the online check, the outbox row gets the same
        # one if the answer does not come (then the upload is the same scan, not a second).
        nonce = str(uuid.uuid4())
        asked = self._ask_server(event_id, code, mode, source, scanned_at, nonce, admit_unpaid)
        with self._repository.scan_transaction() as tx:
            if asked is not None and asked.answer is not None:
                # the ticket as the check just added or refreshed it from the answer
                found = asked.answer.attendee_id
                attendee = tx.attendee(found) if found is not None else None
                result = asked.result(attendee, code.text, mode, scanned_at, at, device)
            else:
                result = self._decide(
                    tx, event_id, code, mode, scanned_at, at, device, source, admit_unpaid
                )
            if asked is not None:
                result = replace(result, online=asked.state)
            attendee = result.attendee
            if result.verdict in (Verdict.CHECKED_IN, Verdict.CHECKED_OUT) and attendee:
                write = tx.check_in if result.verdict is Verdict.CHECKED_IN else tx.check_out
                write(attendee, at, device, result.pending, nonce)
                queued = result.pending
            tx.log_scan(
                event_id,
                code.text[:RAW_LOG_LIMIT],
                result.verdict,
                attendee.id if attendee else None,
                device,
                source,
                mode,
                at,
                # up to the verdict and its writes, before the commit: the commit's fsync is
                # the same for every scan and is measured in bench/, not per scan
                verdict_ms=_ms_since(started),
            )
        if queued and self._on_queued is not None:
            self._on_queued(event_id)
        return result

    def _ask_server(
        self,
        event_id: str,
        code: TicketCode,
        mode: Mode,
        source: Source,
        scanned_at: datetime,
        nonce: str,
        admit_unpaid: bool,
    ) -> Asked | None:
        """The server's verdict when this event has an online check (None: it has none, or
        this scan is the door's alone: validate only, no list chosen, a ticket with unsent
        local check-ins, whose local state is newer than the server's)."""
        check = self._online(event_id) if self._online is not None else None
        if check is None or mode is Mode.VALIDATE:
            return None
        typed = source in TYPED_SOURCES
        kiosk = source not in CONFIRM_SOURCES
        with self._repository.scan_lookup() as reader:
            lookup = reader.find(event_id, code, typed)
            if not lookup.server_kind.uses_checkin_lists or lookup.local_event:
                return None
            secret = online_secret(code, lookup.here, typed)
            unsent = len(lookup.here) == 1 and reader.has_unsent(lookup.here[0].id)
        if lookup.door is None:
            return None
        if secret is None or unsent or (lookup.elsewhere and not lookup.here):
            return Asked(None, check.state(), lookup.door, kiosk)
        request = OnlineRequest(
            event_id=event_id,
            list_id=lookup.door.rules.id,
            secret=secret,
            nonce=nonce,
            direction=direction_of(mode),
            scanned_at=scanned_at,
            ignore_unpaid=admit_unpaid,
        )
        answer = check.redeem(request)
        gone = Reason.REVOKED if lookup.revoked else None
        if gone is None and lookup.cancelled:
            gone = Reason.TICKET_CANCELLED
        return Asked(answer, check.state(), lookup.door, kiosk, gone)

    def _decide(
        self,
        tx: ScanTransaction,
        event_id: str,
        code: TicketCode,
        mode: Mode,
        scanned_at: datetime,
        at: str,
        device: str,
        source: Source,
        admit_unpaid: bool = False,
    ) -> ScanResult:
        typed = source in TYPED_SOURCES
        lookup = tx.find(event_id, code, typed)
        result = self._verdict(
            tx, lookup, code, mode, scanned_at, at, device, typed, admit_unpaid, source
        )
        # A serverless door has nothing to upload: its results must not claim a server has them.
        return replace(result, local=lookup.local_event)

    def _verdict(
        self,
        tx: ScanTransaction,
        lookup: Lookup,
        code: TicketCode,
        mode: Mode,
        scanned_at: datetime,
        at: str,
        device: str,
        typed: bool,
        admit_unpaid: bool,
        source: Source,
    ) -> ScanResult:
        if not lookup.here:
            if lookup.elsewhere:
                other = lookup.elsewhere[0]
                return ScanResult(Reason.OTHER_EVENT, scanned_at, attendee=other, code=code.text)
            reason = Reason.UNKNOWN_CODE
            if lookup.revoked:
                reason = Reason.REVOKED
            elif lookup.cancelled:
                reason = Reason.TICKET_CANCELLED
            elif not typed and code.kind in (CodeKind.ATTENDEE_ID, CodeKind.EMAIL):
                reason = Reason.TYPED_ONLY
            return ScanResult(reason, scanned_at, code=code.text)
        if len(lookup.here) > 1:
            return ScanResult(
                Reason.AMBIGUOUS, scanned_at, candidates=tuple(lookup.here), code=code.text
            )
        attendee = lookup.here[0]
        if lookup.server_kind.uses_checkin_lists:
            if lookup.door is None or lookup.ticket is None:
                return no_list_result(code.text, scanned_at, attendee)
            return list_verdict(
                lookup.door,
                lookup.ticket,
                attendee,
                code=code.text,
                mode=mode,
                scanned_at=scanned_at,
                at=at,
                device=device,
                unsent=tx.has_unsent(attendee.id),
                admit_unpaid=admit_unpaid,
                kiosk=source not in CONFIRM_SOURCES,
            )
        refusal = order_refusal(attendee.order_status)
        if refusal is not None and mode is not Mode.CHECK_OUT:
            # Like a ticket of another event: the person is named, the door stays shut.
            # Checking out someone already inside stays possible.
            return ScanResult(refusal, scanned_at, attendee=attendee, code=code.text)
        queue = not lookup.local_event
        unsent = tx.has_unsent(attendee.id)
        previous_at = last_entry(attendee.checkin_times)
        previous_device = last_entry(attendee.checkin_devices)
        if mode is Mode.VALIDATE:
            return ScanResult(
                Reason.VALID,
                scanned_at,
                attendee=attendee,
                pending=unsent,
                previous_checkin_at=previous_at if attendee.is_checked_in else None,
                previous_device=previous_device if attendee.is_checked_in else None,
                code=code.text,
            )
        if mode is Mode.CHECK_IN:
            if attendee.is_checked_in:
                return ScanResult(
                    Reason.ALREADY_CHECKED_IN,
                    scanned_at,
                    attendee=attendee,
                    pending=unsent,
                    previous_checkin_at=previous_at,
                    previous_device=previous_device,
                    code=code.text,
                )
            after = _with_checkin(attendee, at, device)
            return ScanResult(
                Reason.CHECKED_IN,
                scanned_at,
                attendee=after,
                pending=queue,
                code=code.text,
            )
        if not attendee.is_checked_in:
            return ScanResult(
                Reason.NOT_CHECKED_IN,
                scanned_at,
                attendee=attendee,
                pending=unsent,
                code=code.text,
            )
        after = _with_checkout(attendee, at)
        return ScanResult(
            Reason.CHECKED_OUT,
            scanned_at,
            attendee=after,
            pending=queue,
            code=code.text,
        )


def _with_checkin(a: AttendeeSummary, at: str, device: str) -> AttendeeSummary:
    return replace(
        a,
        checkin_times=(*a.checkin_times, at),
        checkin_devices=(*a.checkin_devices, device),
        is_checked_in=True,
    )


def _with_checkout(a: AttendeeSummary, at: str) -> AttendeeSummary:
    return replace(a, checkout_times=(*a.checkout_times, at), is_checked_in=False)
