"""Every reason code reaches the screen in words (issue 10 "verdicts carry reason codes"): the
door panel and the kiosk's verdict screen, real widgets offscreen, go over the whole Reason enum,
so a code added without words fails here. Core holds no prose; the command line's words are
checked the same way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from orga_app.cli_words import scan_message
from orga_app.core.verdict import AttendeeSummary, Reason, ScanResult, Verdict
from orga_app.ui.kiosk_screens import VerdictScreen
from orga_app.ui.verdict_panel import VerdictPanel

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
HERE, ELSEWHERE = "501", "777"
EVENT_NAMES = {HERE: "Door Conference", ELSEWHERE: "Winter Gala 2026"}


def person(attendee_id: int, first: str, last: str, **extra: object) -> AttendeeSummary:
    return AttendeeSummary(
        id=attendee_id, event_id=str(extra.pop("event_id", HERE)), firstname=first,
        lastname=last, email=f"{first.lower()}@example.org", ticket="VIP",
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def result_for(reason: Reason) -> ScanResult:
    """A result as core or a server backend would give it, with the data its words need."""
    ana = person(1, "Ana", "Ødegaard")
    if reason is Reason.AMBIGUOUS:
        both = (person(2, "Eve", "First"), person(3, "Eve", "Second"))
        return ScanResult(reason, NOW, candidates=both, code="ORDER-1")
    if reason is Reason.OTHER_EVENT:
        return ScanResult(reason, NOW, attendee=person(9, "Olga", "Other", event_id=ELSEWHERE))
    if reason in (Reason.ALREADY_CHECKED_IN, Reason.CHECKED_OUT):
        inside = person(
            1, "Ana", "Ødegaard", is_checked_in=reason is Reason.ALREADY_CHECKED_IN,
            checkin_times=("2026-11-26T09:12:00+00:00",), checkin_devices=("Door North",),
        )  # fmt: skip
        return ScanResult(
            reason, NOW, attendee=inside, previous_checkin_at="2026-11-26T09:12:00+00:00",
            previous_device="Door North",
        )  # fmt: skip
    if reason.verdict in (Verdict.UNKNOWN, Verdict.MALFORMED):
        return ScanResult(reason, NOW, code="NO-SUCH-1")  # nobody to name
    return ScanResult(reason, NOW, attendee=ana, code="ORDER-1-1")


def shown_text(widget: QWidget) -> str:
    return " | ".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def panel_with(qtbot: QtBot, reason: Reason) -> VerdictPanel:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.event_names = dict(EVENT_NAMES)
    panel.show()
    panel.show_result(result_for(reason))
    return panel


def kiosk_with(qtbot: QtBot, reason: Reason) -> VerdictScreen:
    screen = VerdictScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.show_result(result_for(reason), NOW)
    return screen


REFUSALS = [r for r in Reason if r is not Reason.CHECKED_IN]


@pytest.mark.parametrize("reason", list(Reason), ids=str)
def test_the_door_panel_says_every_reason_in_a_line_of_its_own(
    qtbot: QtBot, reason: Reason
) -> None:
    panel = panel_with(qtbot, reason)
    assert panel.headline.text()  # the big headline stays
    assert panel.detail.text().strip(), reason
    assert panel.detail.isVisibleTo(panel)
    assert panel.detail.text() != panel.headline.text()


@pytest.mark.parametrize("reason", REFUSALS, ids=str)
def test_no_reason_reads_like_an_admission_on_the_door_panel(qtbot: QtBot, reason: Reason) -> None:
    admitted = panel_with(qtbot, Reason.CHECKED_IN)
    panel = panel_with(qtbot, reason)
    assert panel.detail.text() != admitted.detail.text()
    assert (panel.headline.text(), panel.family) != (admitted.headline.text(), admitted.family)


def test_each_reason_has_its_own_words_on_the_door_panel(qtbot: QtBot) -> None:
    """No catch-all: two codes that share words would tell the door nothing new."""
    panels = {reason: panel_with(qtbot, reason) for reason in Reason}  # kept alive
    words = {reason: panel.detail.text() for reason, panel in panels.items()}
    assert len(set(words.values())) == len(words), words


@pytest.mark.parametrize("reason", list(Reason), ids=str)
def test_the_kiosk_says_every_reason_and_names_nobody_else(qtbot: QtBot, reason: Reason) -> None:
    screen = kiosk_with(qtbot, reason)
    assert screen.headline.text()
    assert screen.detail.text().strip(), reason
    assert screen.detail.isVisibleTo(screen)
    shown = shown_text(screen)
    # the queue behind reads this screen: no other attendee, no surname, no e-mail
    for private in ("Olga", "Eve", "Ødegaard", "@"):
        assert private not in shown, (reason, shown)


@pytest.mark.parametrize("reason", REFUSALS, ids=str)
def test_no_reason_reads_like_a_welcome_at_the_kiosk(qtbot: QtBot, reason: Reason) -> None:
    welcome = kiosk_with(qtbot, Reason.CHECKED_IN)
    screen = kiosk_with(qtbot, reason)
    assert welcome.headline.text() == "Welcome, Ana!"
    assert screen.detail.text() not in (welcome.headline.text(), welcome.detail.text())
    assert screen.headline.text() != welcome.headline.text()
    assert screen.family != "success"


def test_each_reason_has_its_own_words_at_the_kiosk(qtbot: QtBot) -> None:
    screens = {reason: kiosk_with(qtbot, reason) for reason in REFUSALS}  # kept alive
    refusals = {reason: screen.detail.text() for reason, screen in screens.items()}
    assert len(set(refusals.values())) == len(refusals), refusals


def test_a_known_but_refused_ticket_is_not_called_unrecognised_at_the_kiosk(qtbot: QtBot) -> None:
    unknown = kiosk_with(qtbot, Reason.UNKNOWN_CODE)
    unpaid = kiosk_with(qtbot, Reason.ORDER_PENDING)
    assert "not recognised" in unknown.headline.text()
    assert "not recognised" not in unpaid.headline.text()
    assert "not paid" in unpaid.detail.text()


@pytest.mark.parametrize("reason", list(Reason), ids=str)
def test_the_command_line_has_words_for_every_reason(reason: Reason) -> None:
    message = scan_message(result_for(reason))
    assert message.strip()
    if reason is not Reason.CHECKED_IN:
        assert message != scan_message(result_for(Reason.CHECKED_IN))


def test_each_reason_has_its_own_words_on_the_command_line() -> None:
    words = {reason: scan_message(result_for(reason)) for reason in Reason}
    assert len(set(words.values())) == len(words), words
