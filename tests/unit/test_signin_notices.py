"""Sign-in notices in the person's language: `signin` keeps each sentence as a catalog template
with its values (`Notice`), so the window (ui/i18n.tr) and the terminal (cli_language) translate
it, role name included, while the JSON's `notice` stays the English of access.py."""

from __future__ import annotations

from orga_app.cli_language import terminal_translator
from orga_app.signin import ADMIN_NOTICE, SignedIn, access_notice
from orga_app.store.events import EventInfo
from orga_app.sync.openevent import access


def event(event_id: str, name: str, role: access.Role) -> EventInfo:
    return EventInfo(event_id, None, name, None, None, "UTC", False, None, role.value)


def signed_in(*events: EventInfo) -> SignedIn:
    return SignedIn("https://server.example", "door@example.org", len(events),
                    notices=access_notice(events))  # fmt: skip


def test_a_registrar_is_told_in_german_and_arabic_and_the_json_stays_english() -> None:
    result = signed_in(
        event("1", "Gala", access.Role.REGISTRAR), event("2", "Expo", access.Role.ORGANIZER)
    )
    english, station = result.notice.splitlines()
    assert english == access.missing_role_message(access.Role.REGISTRAR, "Gala")
    assert station == access.station_note()
    german = result.notice_in(terminal_translator("de")).splitlines()
    assert german[0].startswith("Dieses Konto ist Registrierung für „Gala“")
    assert german[1].startswith("Check-ins gehen über eine Registrierungsstation")
    arabic = result.notice_in(terminal_translator("ar"))
    assert "المسجِّل" in arabic and "Gala" in arabic and "registrar" not in arabic


def test_an_admin_without_roles_and_an_empty_organizer_are_told_in_chinese() -> None:
    admin = SignedIn("https://server.example", "root@example.org", 0, notices=(ADMIN_NOTICE,))
    assert admin.notice.startswith("This account is a server admin without a role")
    assert admin.notice_in(terminal_translator("zh_CN")).startswith("此账户是服务器管理员")
    assert SignedIn("https://s.example", "x", 0).notice == ""  # nothing to say, no line
