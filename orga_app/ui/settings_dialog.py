"""Settings dialog: device name, scan mode, sound, camera, decoder backend, and the timings
(sync interval, camera repeat, kiosk return). Every value is checked by orga_app.settings on
save; a bad one becomes a short message. Number fields take their range from the settings'
declarations, so a value the door cannot use cannot be entered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orga_app.settings import SETTINGS, SettingError, Settings
from orga_app.ui.accessible import name_controls
from orga_app.ui.i18n import LANGUAGES, PSEUDO, QT_TR_NOOP, tr
from orga_app.ui.plain import make_labels_plain, plain_label


def number_box(settings: Settings, name: str) -> QSpinBox | QDoubleSpinBox:
    """A spin box for a numeric setting, limited to the range the setting declares."""
    setting = next(s for s in SETTINGS if s.name == name)
    assert setting.limits is not None, f"{name} declares no range"
    low, high = setting.limits
    box: QSpinBox | QDoubleSpinBox
    if setting.type is int:
        box = QSpinBox()
        box.setRange(int(low), int(high))
        box.setValue(int(settings.get(name)))
    else:
        box = QDoubleSpinBox()
        box.setDecimals(2)
        box.setSingleStep(0.5)
        box.setRange(low, high)
        box.setValue(float(settings.get(name)))
    # A value typed past the range snaps to the nearest end instead of being half-kept.
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    box.setSuffix(tr(" s"))
    box.setToolTip(setting.help)
    return box


MODES = (
    ("in", QT_TR_NOOP("Check in")),
    ("out", QT_TR_NOOP("Check out")),
    ("validate", QT_TR_NOOP("Validate only")),
)
SPEECH = (
    ("auto", QT_TR_NOOP("In the kiosk only")),
    ("on", QT_TR_NOOP("On")),
    ("off", QT_TR_NOOP("Off")),
)
DECODERS = (
    ("zxing", QT_TR_NOOP("zxing-cpp (fast, default)")),
    ("pyzbar", "ZBar"),
    ("opencv", "OpenCV"),
)


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, cameras: list[int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Settings"))
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.device_name = QLineEdit(str(settings.get("device_name")))
        self.device_name.setToolTip(tr("Sent to the server with each check-in, e.g. 'Door A'."))
        form.addRow(tr("Device name"), self.device_name)
        self.scan_mode = QComboBox()
        for value, label in MODES:
            self.scan_mode.addItem(tr(label), value)
        self.scan_mode.setCurrentIndex(max(0, self.scan_mode.findData(settings.get("scan_mode"))))
        form.addRow(tr("Scan mode"), self.scan_mode)
        self.sound = QCheckBox(tr("Play a sound for each verdict"))
        self.sound.setChecked(bool(settings.get("sound")))
        form.addRow(tr("Sound"), self.sound)
        self.camera = QComboBox()
        self.camera.setEditable(True)  # a video file path is allowed too
        for index in cameras or []:
            self.camera.addItem(tr("Camera {n}").format(n=index), str(index))
        current = str(settings.get("camera"))
        found = self.camera.findData(current)
        if found >= 0:
            self.camera.setCurrentIndex(found)
        else:
            self.camera.setEditText(current)
        form.addRow(tr("Camera"), self.camera)
        self.decoder = QComboBox()
        for value, label in DECODERS:
            self.decoder.addItem(tr(label), value)
        self.decoder.setCurrentIndex(max(0, self.decoder.findData(settings.get("decoder"))))
        form.addRow(tr("QR decoder"), self.decoder)
        self.sync_interval = number_box(settings, "sync_interval")
        form.addRow(tr("Download other doors' check-ins every"), self.sync_interval)
        self.repeat_after = number_box(settings, "repeat_after")
        form.addRow(tr("Camera reads the same ticket again after"), self.repeat_after)
        self.kiosk_return_seconds = number_box(settings, "kiosk_return_seconds")
        form.addRow(tr("Kiosk shows a verdict for"), self.kiosk_return_seconds)
        self.language = QComboBox()
        self.language.addItem(tr("System language"), "")
        for language in LANGUAGES:  # each in its own words: whoever needs it can read it
            self.language.addItem(language.native_name, language.code)
        self.language.addItem(tr("Pseudo (finds cut-off text)"), PSEUDO)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        form.addRow(tr("Language"), self.language)
        self.speech = QComboBox()
        for value, label in SPEECH:
            self.speech.addItem(tr(label), value)
        self.speech.setCurrentIndex(max(0, self.speech.findData(settings.get("speech"))))
        form.addRow(tr("Speak verdicts"), self.speech)
        root.addLayout(form)
        self.error = plain_label()  # messages may quote what was typed or read from a file
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        root.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        make_labels_plain(self)
        name_controls(self)

    def camera_value(self) -> str:
        text = self.camera.currentText()
        index = self.camera.findText(text)
        data = self.camera.itemData(index) if index >= 0 else None
        return str(data) if data is not None else text.strip()

    def save(self) -> None:
        values = {
            "device_name": self.device_name.text().strip(),
            "scan_mode": self.scan_mode.currentData(),
            "sound": self.sound.isChecked(),
            "camera": self.camera_value(),
            "decoder": self.decoder.currentData(),
            "sync_interval": self.sync_interval.value(),
            "repeat_after": self.repeat_after.value(),
            "kiosk_return_seconds": self.kiosk_return_seconds.value(),
            "language": self.language.currentData(),
            "speech": self.speech.currentData(),
        }
        if not values["device_name"]:
            self.error.setText(tr("The device name must not be empty."))
            return
        if "," in str(values["device_name"]):
            self.error.setText(tr("The device name must not contain a comma."))
            return
        try:
            for name, value in values.items():
                self.settings.set(name, value)
        except SettingError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
