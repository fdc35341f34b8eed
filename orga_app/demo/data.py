"""Sample data for the demo server: a realistic event with many attendees, in SQLite.

The generator is deterministic for a given seed (same names, codes, check-ins), so tests and
benchmarks can rely on it. Rows go in with ``executemany``: 100,000 attendees take a few seconds.
"""

from __future__ import annotations

import hashlib
import random
import secrets
import sqlite3
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

DEMO_EMAIL = "demo@orga.example"
DEMO_PASSWORD = "door-demo-2026"
#: Organizer of both events but not a platform admin: may list attendees, may not PATCH them.
REGISTRAR_EMAIL = "registrar@orga.example"
#: Holds only the "registrar" role: listing attendees is refused (403).
HELPER_EMAIL = "helper@orga.example"
#: Bought the first order of the main event: may PATCH its attendees although not an admin.
BUYER_EMAIL = "buyer@orga.example"
#: Owner and co-organizer of both events, not admins: list attendees and check them in through
#: a station (POST /v1/user-check-in), but every attendee PATCH is a 403, as on the real server.
OWNER_EMAIL = "owner@orga.example"
COORGANIZER_EMAIL = "coorganizer@orga.example"
#: A platform admin with no role in any event: /v1/users/{id}/events lists nothing for it.
ADMIN_EMAIL = "admin@orga.example"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL,
    salt TEXT NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0,
    first_name TEXT, last_name TEXT);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, identifier TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
    starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, timezone TEXT NOT NULL,
    state TEXT NOT NULL, location_name TEXT, logo_url TEXT, owner_id INTEGER NOT NULL,
    deleted_at TEXT);
CREATE TABLE IF NOT EXISTS event_roles (
    user_id INTEGER NOT NULL, event_id INTEGER NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (user_id, event_id));
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    price REAL NOT NULL, quantity INTEGER NOT NULL, is_checkin_restricted INTEGER NOT NULL,
    auto_checkin_enabled INTEGER NOT NULL, position INTEGER NOT NULL, deleted_at TEXT);
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, identifier TEXT UNIQUE NOT NULL,
    status TEXT NOT NULL, amount REAL NOT NULL, user_id INTEGER, created_at TEXT NOT NULL,
    completed_at TEXT);
CREATE TABLE IF NOT EXISTS attendees (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, order_id INTEGER NOT NULL,
    ticket_id INTEGER NOT NULL, identifier TEXT, firstname TEXT, lastname TEXT, email TEXT,
    company TEXT, job_title TEXT, city TEXT, country TEXT,
    is_checked_in INTEGER NOT NULL DEFAULT 0, checkin_times TEXT,
    is_checked_out INTEGER NOT NULL DEFAULT 0, checkout_times TEXT,
    device_name_checkin TEXT, attendee_notes TEXT,
    is_registered INTEGER NOT NULL DEFAULT 0, is_badge_printed INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT, register_times TEXT, badge_printed_at TEXT);
CREATE TABLE IF NOT EXISTS stations (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, station_name TEXT NOT NULL,
    station_type TEXT NOT NULL, microlocation_id INTEGER);
CREATE TABLE IF NOT EXISTS user_check_ins (
    id INTEGER PRIMARY KEY, attendee_id INTEGER NOT NULL, station_id INTEGER NOT NULL,
    session_id INTEGER, created_at TEXT NOT NULL, check_in_out_at TEXT);
-- Lets a page of visible attendees be found from the index alone (deep OFFSETs stay cheap).
CREATE INDEX IF NOT EXISTS attendees_event ON attendees (event_id, deleted_at, id);
"""

# (first names, last names, countries with cities); Latin script as the server stores them.
_CULTURES: list[tuple[list[str], list[str], list[tuple[str, str]]]] = [
    (
        ["Ingrid", "Sindre", "Åse", "Bjørn", "Solveig", "Håkon", "Marit", "Øystein"],
        ["Ødegaard", "Bråten", "Haugen", "Løkken", "Sæther", "Fjeld", "Håland"],
        [("NO", "Oslo"), ("NO", "Bergen"), ("NO", "Trondheim")],
    ),
    (
        ["Jürgen", "Anneliese", "Lukas", "Mia", "Günther", "Sophie", "Jörg", "Käthe"],
        ["Müller", "Schröder", "Weiß", "Groß", "Köhler", "Fußmann", "Bäcker"],
        [("DE", "Berlin"), ("DE", "München"), ("DE", "Köln"), ("AT", "Wien")],
    ),
    (
        ["José", "María", "Íñigo", "Lucía", "Álvaro", "Begoña", "Nuño"],
        ["Peña", "Muñoz", "García", "Ibáñez", "Núñez", "Rodríguez", "Martínez"],
        [("ES", "Madrid"), ("ES", "Sevilla"), ("MX", "Ciudad de México"), ("AR", "Córdoba")],
    ),
    (
        ["Łukasz", "Małgorzata", "Wojciech", "Agnieszka", "Paweł", "Zofia", "Grzegorz"],
        ["Kowalski", "Wiśniewska", "Żółkiewski", "Dąbrowski", "Szczęsna", "Łuczak"],
        [("PL", "Warszawa"), ("PL", "Kraków"), ("PL", "Łódź")],
    ),
    (
        ["Nguyễn Văn", "Thị Hương", "Minh", "Thu Trang", "Quang Huy", "Ngọc Anh"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"],
        [("VN", "Hà Nội"), ("VN", "Hồ Chí Minh"), ("VN", "Đà Nẵng")],
    ),
    (
        ["Haruto", "Yui", "Sōta", "Aoi", "Ren", "Yūki", "Hina"],
        ["Satō", "Suzuki", "Takahashi", "Itō", "Watanabe", "Yamamoto", "Kōno"],
        [("JP", "Tōkyō"), ("JP", "Ōsaka"), ("JP", "Kyōto")],
    ),
    (
        ["Mohammed", "Fatima", "Abdullah", "Aisha", "Omar", "Layla", "Yusuf"],
        ["Al-Farsi", "El-Amin", "Haddad", "bin Rashid", "Al-Khouri", "Nassar"],
        [("AE", "Dubai"), ("EG", "Cairo"), ("JO", "Amman"), ("MA", "Casablanca")],
    ),
    (
        ["Thandiwe", "Sipho", "Nomvula", "Bongani", "Lindiwe", "Themba"],
        ["Dlamini", "Nkosi", "Mthembu", "Zulu", "Ndlovu", "Khumalo"],
        [("ZA", "Durban"), ("ZA", "Johannesburg"), ("ZA", "Pietermaritzburg")],
    ),
    (
        ["Priya", "Arjun", "Lakshmi", "Rahul", "Ananya", "Vikram", "Sneha"],
        ["Venkataraman", "Sharma", "Iyer", "Chatterjee", "Reddy", "Gupta", "Nair"],
        [("IN", "Bengaluru"), ("IN", "Mumbai"), ("IN", "Chennai"), ("IN", "Kolkata")],
    ),
    (
        ["Emma", "Liam", "Olivia", "Noah", "Chloé", "Siobhán", "Seán"],
        ["O'Brien", "Smith", "Dubois", "van der Berg", "Johnson", "MacLeod"],
        [("IE", "Dublin"), ("GB", "Edinburgh"), ("FR", "Lyon"), ("NL", "Utrecht")],
    ),
]
_COMPANIES = [
    "FOSSASIA", "Nordlys AS", "Müller & Söhne GmbH", "Peña Consultores", "Łódź Software",
    "Sakura Systems KK", "Al-Noor Trading", "Ubuntu Labs", "Tata Digital", "Open Door Ltd",
    None, None, None,
]  # fmt: skip
_JOBS = ["Engineer", "Designer", "Student", "CTO", "Researcher", "Organizer", None, None]
_DEVICES = ["Door A – iPad", "Door B – Pixel 7", "Main entrance", "Orga App (Hall 2)", "Kiosk 1"]
_ASCII_FOLD = str.maketrans(
    {"ø": "o", "æ": "ae", "å": "a", "ł": "l", "ß": "ss", "đ": "d", "'": "", " ": "", "-": ""}
)


@dataclass(frozen=True)
class SampleInfo:
    """What a test needs to know about a generated sample."""

    db_path: Path
    event_id: int
    other_event_id: int
    attendees: int  # visible (not soft-deleted) attendees of the main event
    deleted_attendees: int
    demo_user_id: int
    registrar_user_id: int


def hash_password(password: str, salt: str) -> str:
    """Salted hash; few rounds because this is a demo and logins must stay fast in tests."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 1000).hex()


def _email_part(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(_ASCII_FOLD))
    return folded.encode("ascii", "ignore").decode()


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def generate_sample(db_path: Path, attendees: int, seed: int = 7) -> SampleInfo:
    """Create the demo database at *db_path* (replacing nothing: the file must be new)."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    try:
        conn.executescript(SCHEMA)
        conn.execute("PRAGMA journal_mode=WAL")
        with conn:
            _insert_users(conn)
            conn.execute(
                "INSERT INTO meta VALUES ('jwt_secret', ?), ('seed', ?)",
                (secrets.token_hex(32), str(seed)),
            )
            berlin = timezone(timedelta(hours=2))
            main_start = datetime(2026, 6, 12, 9, 0, tzinfo=berlin)
            _insert_event(
                conn,
                1,
                rng,
                name="FOSSASIA Summit 2026",
                starts=main_start,
                tz_name="Europe/Berlin",
            )
            other_start = datetime(2026, 9, 3, 18, 30, tzinfo=UTC)
            _insert_event(
                conn, 2, rng, name="Open Source Meetup", starts=other_start, tz_name="UTC"
            )
            tickets_main = _insert_tickets(conn, 1, _MAIN_TICKETS, first_id=1)
            tickets_other = _insert_tickets(
                conn, 2, _OTHER_TICKETS, first_id=len(_MAIN_TICKETS) + 1
            )
            deleted = _insert_attendees(
                conn, rng, event_id=1, tickets=tickets_main, count=attendees, starts=main_start,
                first_order_id=1, first_attendee_id=1,
            )  # fmt: skip
            next_order = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM orders").fetchone()[0]
            # A small second event lets the app test its "ticket of another event" verdict.
            _insert_attendees(
                conn, rng, event_id=2, tickets=tickets_other, count=24, starts=other_start,
                first_order_id=next_order, first_attendee_id=attendees + 1,
            )  # fmt: skip
        return SampleInfo(db_path, 1, 2, attendees - deleted, deleted, 1, 2)
    finally:
        conn.close()


def upgrade_schema(conn: sqlite3.Connection) -> None:
    """Brings a demo database made by an older version up to date (tables and columns added
    since; nothing is dropped), so `demo-server --db FILE` keeps working on old files."""
    conn.executescript(SCHEMA)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(attendees)")}
    if "register_times" not in columns:
        conn.execute("ALTER TABLE attendees ADD COLUMN register_times TEXT")
    if "badge_printed_at" not in columns:
        conn.execute("ALTER TABLE attendees ADD COLUMN badge_printed_at TEXT")
    conn.commit()


def read_sample_info(db_path: Path) -> SampleInfo:
    """The :class:`SampleInfo` of an existing database (after a restart)."""
    conn = sqlite3.connect(db_path)
    try:
        visible, deleted = conn.execute(
            "SELECT SUM(deleted_at IS NULL), SUM(deleted_at IS NOT NULL) FROM attendees"
            " WHERE event_id = 1"
        ).fetchone()
        return SampleInfo(db_path, 1, 2, visible or 0, deleted or 0, 1, 2)
    finally:
        conn.close()


def _insert_users(conn: sqlite3.Connection) -> None:
    users = [
        (1, DEMO_EMAIL, 1, "Dana", "Demo"),
        (2, REGISTRAR_EMAIL, 0, "Rafael", "Registrar"),
        (3, HELPER_EMAIL, 0, "Hanne", "Helper"),
        (4, BUYER_EMAIL, 0, "Bea", "Buyer"),
        (5, OWNER_EMAIL, 0, "Olu", "Owner"),
        (6, COORGANIZER_EMAIL, 0, "Cora", "Co-organizer"),
        (7, ADMIN_EMAIL, 1, "Ada", "Admin"),
    ]
    for user_id, email, is_admin, first, last in users:
        salt = f"salt-{user_id}"
        conn.execute(
            "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, email, hash_password(DEMO_PASSWORD, salt), salt, is_admin, first, last),
        )
    for event_id in (1, 2):
        conn.executemany(
            "INSERT INTO event_roles VALUES (?, ?, ?)",
            [
                (1, event_id, "owner"),
                (2, event_id, "organizer"),
                (3, event_id, "registrar"),
                (5, event_id, "owner"),
                (6, event_id, "coorganizer"),
            ],
        )


def _insert_event(
    conn: sqlite3.Connection,
    event_id: int,
    rng: random.Random,
    *,
    name: str,
    starts: datetime,
    tz_name: str,
) -> None:
    conn.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, 'published', ?, ?, 1, NULL)",
        (
            event_id,
            f"{rng.getrandbits(32):08x}",
            name,
            starts.isoformat(),
            (starts + timedelta(hours=9)).isoformat(),
            tz_name,
            "Kulturbrauerei, Berlin" if event_id == 1 else "Community Hall",
            f"https://images.orga.example/event-{event_id}.png",
        ),
    )


# name, type, price, is_checkin_restricted, auto_checkin_enabled, weight
_MAIN_TICKETS = [
    ("Early Bird", "paid", 49.0, False, False, 25),
    ("Standard", "paid", 89.0, False, False, 40),
    ("Community (free)", "free", 0.0, False, False, 20),
    ("Supporter", "donation", 25.0, False, False, 5),
    ("VIP", "paid", 299.0, True, False, 6),
    ("Speaker", "free", 0.0, True, True, 4),
]
_OTHER_TICKETS = [
    ("Meetup entry", "free", 0.0, False, False, 3),
    ("Pizza sponsor", "paid", 10.0, False, False, 1),
]


def _insert_tickets(
    conn: sqlite3.Connection,
    event_id: int,
    specs: list[tuple[str, str, float, bool, bool, int]],
    first_id: int,
) -> list[tuple[int, int]]:
    rows = []
    for position, (name, kind, price, restricted, auto, _weight) in enumerate(specs):
        rows.append(
            (first_id + position, event_id, name, kind, price, 5000, restricted, auto, position)
        )
    conn.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)", rows)
    return [(first_id + i, spec[5]) for i, spec in enumerate(specs)]


def _insert_attendees(
    conn: sqlite3.Connection,
    rng: random.Random,
    *,
    event_id: int,
    tickets: list[tuple[int, int]],
    count: int,
    starts: datetime,
    first_order_id: int,
    first_attendee_id: int,
) -> int:
    """Insert *count* attendees in orders of 1–4; returns how many were soft-deleted."""
    ticket_ids = [t for t, _ in tickets]
    weights = [w for _, w in tickets]
    used_identifiers: set[str] = set(
        row[0] for row in conn.execute("SELECT identifier FROM attendees WHERE identifier NOT NULL")
    )
    orders: list[tuple[object, ...]] = []
    people: list[tuple[object, ...]] = []
    order_id = first_order_id
    attendee_id = first_attendee_id
    deleted = 0
    sold_from = starts - timedelta(days=120)
    while len(people) < count:
        size = min(rng.choice((1, 1, 1, 2, 2, 3, 4)), count - len(people))
        roll = rng.random()
        status = "completed" if roll < 0.95 else ("placed" if roll < 0.98 else "pending")
        created = sold_from + timedelta(seconds=rng.randrange(110 * 86400))
        ticket_id = rng.choices(ticket_ids, weights)[0]
        buyer = 4 if order_id == 1 else None
        orders.append(
            (
                order_id,
                event_id,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                status,
                0.0,
                buyer,
                _iso(created.astimezone(UTC)),
                _iso(created.astimezone(UTC)) if status == "completed" else None,
            )
        )
        for _ in range(size):
            firsts, lasts, places = rng.choice(_CULTURES)
            first, last = rng.choice(firsts), rng.choice(lasts)
            country, city = rng.choice(places)
            identifier: str | None = None
            if rng.random() >= 0.05:  # about 5% are older attendees without an identifier
                while identifier is None or identifier in used_identifiers:
                    identifier = f"{rng.getrandbits(24):06x}"
                used_identifiers.add(identifier)
            email = f"{_email_part(first)}.{_email_part(last)}{attendee_id}@mail.example"
            checkin = _checkin_history(rng, starts)
            is_deleted = rng.random() < 0.01
            deleted += is_deleted
            people.append(
                (
                    attendee_id, event_id, order_id, ticket_id, identifier, first, last, email,
                    rng.choice(_COMPANIES), rng.choice(_JOBS), city, country, *checkin,
                    None, 0, 0,
                    _iso((starts - timedelta(days=1)).astimezone(UTC)) if is_deleted else None,
                )
            )  # fmt: skip
            attendee_id += 1
        order_id += 1
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?)", orders)
    conn.executemany(
        "INSERT INTO attendees VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, NULL, NULL)",
        people,
    )
    return deleted


def _checkin_history(
    rng: random.Random, starts: datetime
) -> tuple[int, str | None, int, str | None, str | None]:
    """(is_checked_in, checkin_times, is_checked_out, checkout_times, device_name_checkin)."""
    roll = rng.random()
    if roll >= 0.12:
        return (0, None, 0, None, None)
    entries = 1 if rng.random() < 0.8 else 2
    moment = starts.astimezone(UTC) - timedelta(minutes=30)
    times, devices, outs = [], [], []
    for _ in range(entries):
        moment += timedelta(seconds=rng.randrange(60, 4 * 3600), microseconds=rng.randrange(10**6))
        times.append(_iso(moment))
        devices.append(rng.choice(_DEVICES))
        if len(times) < entries or roll >= 0.10:  # left again (re-entry, or gone home)
            moment += timedelta(seconds=rng.randrange(600, 3 * 3600))
            outs.append(moment.strftime("%Y-%m-%d %H:%M:%S.%f"))
    inside = 0 if len(outs) == entries else 1
    return (
        inside,
        ",".join(times),
        1 if outs else 0,  # the server never resets is-checked-out (rule 7)
        ",".join(outs) or None,
        ",".join(devices),
    )


def sample_ticket_codes(db_path: Path, event_id: int) -> list[tuple[int, str]]:
    """(attendee id, QR string ``<order identifier>-<identifier or id>``) of visible attendees."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT a.id, o.identifier || '-' || COALESCE(a.identifier, a.id)"
            " FROM attendees a JOIN orders o ON o.id = a.order_id"
            " WHERE a.event_id = ? AND a.deleted_at IS NULL ORDER BY a.id",
            (event_id,),
        ).fetchall()
        return [(int(attendee_id), str(code)) for attendee_id, code in rows]
    finally:
        conn.close()
