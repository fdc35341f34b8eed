"""The USB scanner set-up's reasoning (scan/scanner_setup.py): what one scan of the test code
shows about the scanner, and the correction applied to every later scan. Key events through
real Qt widgets are in tests/ui/test_scanner_setup_keys.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from orga_app.scan.scanner_setup import (
    SCANNER_TEST_CODE,
    US_READ_AS_DE,
    Burst,
    Corrector,
    Layout,
    Outcome,
    ScannerProfile,
    Terminator,
    analyse,
    load_profiles,
    save_result,
    saved_state,
)
from orga_app.settings import Settings

ENTER, NONE = Terminator.ENTER, Terminator.NONE


def as_german(text: str) -> str:
    """What a German keyboard mapping makes of a US scanner typing `text`."""
    return "".join(US_READ_AS_DE.get(c, c) for c in text)


def test_a_clean_scan_changes_nothing() -> None:
    result = analyse([Burst(SCANNER_TEST_CODE, ENTER)])
    assert result.outcome is Outcome.TESTED
    assert result.profile == ScannerProfile(Terminator.ENTER)
    assert not result.profile.changes_codes


def test_prefix_suffix_and_missing_enter_are_found_and_undone() -> None:
    result = analyse([Burst(f"]Q1{SCANNER_TEST_CODE}#END", NONE)])
    profile = result.profile
    assert profile is not None
    assert (profile.prefix, profile.suffix, profile.terminator) == ("]Q1", "#END", NONE)
    assert profile.correct("]Q1ab12-cd#END") == "ab12-cd"
    assert profile.correct("ab12-cd") == "ab12-cd"  # no affix: left alone


@pytest.mark.parametrize("separate", [True, False], ids=["two-bursts", "one-burst"])
def test_doubled_output_is_found(separate: bool) -> None:
    bursts = (
        [Burst(SCANNER_TEST_CODE, ENTER), Burst(SCANNER_TEST_CODE, ENTER)]
        if separate
        else [Burst(SCANNER_TEST_CODE * 2, ENTER)]
    )
    profile = analyse(bursts).profile
    assert profile is not None and profile.doubled
    assert profile.correct("TICKET-1TICKET-1") == "TICKET-1"


def test_us_scanner_through_german_mapping_corrects_the_whole_table() -> None:
    received = as_german(SCANNER_TEST_CODE)
    assert received != SCANNER_TEST_CODE  # the test code does show the mismatch
    profile = analyse([Burst(received, ENTER)]).profile
    assert profile is not None and profile.layout is Layout.US_AS_DE
    # symbols that are NOT in the test code are corrected too: a URL with "?" and "&"
    url = "https://tickets.example.org/check?code=x&y=1"
    assert profile.correct(as_german(url.replace("=", ""))) == url.replace("=", "")


def test_an_unknown_mismatch_is_learned_from_the_pairs_seen() -> None:
    received = SCANNER_TEST_CODE.replace("q", "a").replace("-", "+")
    profile = analyse([Burst(received, ENTER)]).profile
    assert profile is not None and profile.layout is Layout.LEARNED
    assert dict(profile.char_map) == {"a": "q", "+": "-"}


@pytest.mark.parametrize(
    ("bursts", "problem"),
    [
        ([], "nothing_received"),
        ([Burst("JN-0002", ENTER)], "not_the_test_code"),
        ([Burst(SCANNER_TEST_CODE[:-3], ENTER)], "not_the_test_code"),  # characters lost
        ([Burst("A" * 20, ENTER), Burst("B" * 20, ENTER)], "several_codes"),
    ],
)
def test_what_cannot_be_the_test_code_is_a_problem(bursts: list[Burst], problem: str) -> None:
    result = analyse(bursts)
    assert (result.outcome, result.problem, result.profile) == (Outcome.PROBLEM, problem, None)


def test_the_second_copy_of_a_doubled_code_is_dropped_once() -> None:
    corrector = Corrector({Corrector.DEFAULT: ScannerProfile(doubled=True)})
    assert corrector.accept("kbd", "T-1", 10.0) == "T-1"
    assert corrector.accept("kbd", "T-1", 10.02) is None  # the scanner's copy
    assert corrector.accept("kbd", "T-1", 10.04) == "T-1"  # a third: scanned again on purpose
    assert corrector.accept("kbd", "T-1", 15.0) == "T-1"  # seconds later: a real re-scan


def test_profiles_are_saved_per_scanner_and_read_back(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert saved_state(settings).outcome is Outcome.NOT_TESTED
    german = analyse([Burst(as_german(SCANNER_TEST_CODE), NONE)])
    save_result(settings, "Scanner A", german)
    plain = analyse([Burst(SCANNER_TEST_CODE, ENTER)])
    save_result(settings, "Scanner B", plain)
    again = Settings(tmp_path)  # a fresh start reads the file
    profiles = load_profiles(str(again.get("scanner_profiles")))
    assert profiles["Scanner A"].layout is Layout.US_AS_DE
    assert profiles["Scanner B"].layout is Layout.SAME
    corrector = Corrector(profiles)
    assert corrector.accept("Scanner A", "zes", 0.0) == "yes"
    assert corrector.accept("Scanner B", "zes", 1.0) == "zes"
    state = saved_state(again)
    assert state.outcome is Outcome.TESTED
    assert "layout_us_as_de" in state.found and "terminator_none" in state.found
    save_result(again, "Scanner A", analyse([Burst("JN-0002", ENTER)]))
    assert saved_state(again).outcome is Outcome.PROBLEM
    assert "Scanner A" in load_profiles(str(again.get("scanner_profiles")))  # kept


@pytest.mark.parametrize(
    "text",
    ['{"x": {"char_map": {"ab": "c"}}}', '{"x": 3}', "[1]", "not json", '{"x": {"prefix": 5}}'],
)
def test_a_damaged_profile_is_skipped_not_applied(text: str) -> None:
    assert load_profiles(text) == {}


def test_the_demo_prints_a_test_ticket_that_reads_as_the_test_code(tmp_path: Path) -> None:
    import cv2
    import numpy as np

    from orga_app.cli_demo import write_test_ticket
    from orga_app.scan.decoders import ZxingDecoder

    path = write_test_ticket(tmp_path)
    image = cv2.imread(str(path))
    assert image is not None
    assert [d.text for d in ZxingDecoder().decode(np.asarray(image, dtype=np.uint8))] == [
        SCANNER_TEST_CODE
    ]
