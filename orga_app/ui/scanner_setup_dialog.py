"""The USB scanner set-up window (issue 15): scan the test code once, see what the scanner does to
codes, and keep the correction for this scanner (scan/scanner_setup.py does the reasoning).

The window shows the test code as a QR code (most scanners read a screen) and as text; the
printable test ticket carries the same code. While the window is open its own wedge filter takes
the scanner's keys (it is installed after the main window's, so it sees them first and keeps
them from the door): a scan here never checks anybody in. Every code that arrives within
`SETTLE_MS` of the first counts as one scan, so a doubling scanner's second copy is seen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from orga_app.scan.scanner_setup import (
    PROFILES_SETTING,
    SCANNER_TEST_CODE,
    Burst,
    Corrector,
    Layout,
    Outcome,
    ScannerProfile,
    SettingsLike,
    SetupResult,
    Terminator,
    analyse,
    load_profiles,
    save_result,
)
from orga_app.ui.accessible import name_controls
from orga_app.ui.i18n import tr
from orga_app.ui.plain import plain_label
from orga_app.ui.wedge_filter import WedgeFilter

# Long enough for a scanner's second copy of a code (it follows within a few ms), short enough
# that the answer feels immediate.
SETTLE_MS = 400


def scanner_corrector(settings: SettingsLike) -> Corrector:
    """What the door's wedge filter applies to every scan: the saved profiles."""
    return Corrector(load_profiles(str(settings.get(PROFILES_SETTING))))


class QrCode(QWidget):
    """A QR code drawn crisp at any size (black modules on white with a quiet zone)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import segno  # only here: the main window imports this module at every start

        self._matrix = [list(row) for row in segno.make(text, error="m", micro=False).matrix]
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        del event
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = len(self._matrix) + 8  # 4 modules of quiet zone on each side
        module = side / count
        left = (self.width() - side) / 2 + 4 * module
        top = (self.height() - side) / 2 + 4 * module
        painter.fillRect(QRectF((self.width() - side) / 2, 0, side, side), QColor("white"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRectF(left + x * module, top + y * module, module + 0.5, module + 0.5),
                        QColor("black"),
                    )
        painter.end()


def result_lines(result: SetupResult) -> list[str]:
    """What the set-up found, in words for the door team."""
    profile = result.profile
    if profile is None:
        return [problem_words(result.problem)]
    lines = [tr("The scanner works.")]
    lines.append(terminator_words(profile.terminator))
    lines.extend(profile_words(profile))
    if profile.changes_codes:
        lines.append(tr("These are corrected for every scan from now on."))
    return lines


def terminator_words(terminator: Terminator) -> str:
    if terminator is Terminator.ENTER:
        return tr("It ends each code with Enter.")
    if terminator is Terminator.TAB:
        return tr("It ends each code with Tab.")
    return tr(
        "It sends no Enter after a code: codes still work (the app waits for a short pause), "
        "but setting the scanner to send Enter answers a little faster."
    )


def profile_words(profile: ScannerProfile) -> list[str]:
    lines: list[str] = []
    if profile.prefix:
        lines.append(tr("It puts “{text}” in front of each code.").format(text=profile.prefix))
    if profile.suffix:
        lines.append(tr("It adds “{text}” after each code.").format(text=profile.suffix))
    if profile.doubled:
        lines.append(tr("It sends each code twice."))
    if profile.layout is Layout.US_AS_DE:
        lines.append(
            tr(
                "It types with a US keyboard layout while this computer uses a German one "
                "(y and z swapped, symbols moved)."
            )
        )
    elif profile.layout is Layout.LEARNED:
        pairs = ", ".join(f"{got}→{meant}" for got, meant in sorted(profile.char_map.items()))
        lines.append(
            tr("Its keyboard layout differs from this computer's: {pairs}.").format(pairs=pairs)
        )
    return lines


def problem_words(problem: str) -> str:
    if problem == "nothing_received":
        return tr("Nothing arrived from the scanner.")
    if problem == "several_codes":
        return tr("Several different codes arrived. Scan only the test code, once.")
    return tr(
        "What arrived is not the test code, and the app cannot tell how to correct it. "
        "Scan the test code (not a ticket), or reset the scanner to its factory settings."
    )


class ScannerSetupDialog(QDialog):
    """Emits `analysed(SetupResult)` once a scan of the test code has been judged and saved."""

    analysed = Signal(object)

    def __init__(
        self,
        settings: SettingsLike,
        parent: QWidget | None = None,
        *,
        install_filter: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("USB scanner set-up"))
        self._settings = settings
        self._bursts: list[Burst] = []
        self._scanner = ""
        self.outcome: SetupResult | None = None
        root = QVBoxLayout(self)
        intro = plain_label(
            tr(
                "Scan this test code once with the USB scanner (from the screen, or from the "
                "printed test ticket). The app finds out what the scanner does to codes and "
                "corrects it from now on."
            )
        )
        intro.setWordWrap(True)
        root.addWidget(intro)
        root.addWidget(QrCode(SCANNER_TEST_CODE), 1)
        code = plain_label(SCANNER_TEST_CODE)
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        root.addWidget(code)
        self.answer: QLabel = plain_label(tr("Waiting for a scan…"))
        self.answer.setWordWrap(True)
        self.answer.setStyleSheet("font-size: 13pt;")
        root.addWidget(self.answer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again = QPushButton(tr("Scan again"))
        # no default button: an Enter that slipped past the filter must not close the window
        self.again.setAutoDefault(False)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.again.clicked.connect(self.restart)
        root.addWidget(buttons)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._judge)
        self.wedge = WedgeFilter(self, scope=self)
        self.wedge.burst.connect(self._burst)
        self._install = install_filter
        name_controls(self)
        self.resize(460, 560)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        app = QApplication.instance()
        if self._install and app is not None:
            app.installEventFilter(self.wedge)  # last installed: sees the keys first

    def done(self, result: int) -> None:
        self._remove_filter()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._remove_filter()
        super().closeEvent(event)

    def _remove_filter(self) -> None:
        self._settle.stop()
        self.wedge.flush()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)

    def restart(self) -> None:
        self._bursts.clear()
        self.outcome = None
        self.answer.setText(tr("Waiting for a scan…"))
        self.answer.setStyleSheet("font-size: 13pt;")

    def _burst(self, text: str, terminator: str, scanner: str) -> None:
        if self.outcome is not None:
            self.restart()  # a new scan after an answer: a new try
        if not self._bursts:
            self._scanner = scanner
        self._bursts.append(Burst(text, Terminator(terminator)))
        self._settle.start()
        self.answer.setText(tr("Reading…"))

    def _judge(self) -> None:
        result = analyse(self._bursts)
        self.outcome = result
        save_result(self._settings, self._scanner, result)
        ok = result.outcome is Outcome.TESTED
        self.answer.setText("\n".join(result_lines(result)))
        colour = "#1b7a3a" if ok else "#b3261e"
        self.answer.setStyleSheet(f"font-size: 13pt; color: {colour};")
        self.analysed.emit(result)
