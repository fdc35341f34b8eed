"""Settings dialog: device name, scan mode, sound, camera, decoder backend, sync interval.
Every value is checked by orga_app.settings on save; a bad one becomes a short message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orga_app.settings import SettingError, Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


MODES = (("in", "Check in"), ("out", "Check out"), ("validate", "Validate only"))
DECODERS = (("zxing", "zxing-cpp (fast, default)"), ("pyzbar", "ZBar"), ("opencv", "OpenCV"))


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
        self.sync_interval = QSpinBox()
        self.sync_interval.setRange(10, 3600)
        self.sync_interval.setSuffix(tr(" s"))
        self.sync_interval.setValue(int(settings.get("sync_interval")))
        form.addRow(tr("Download other doors' check-ins every"), self.sync_interval)
        root.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        root.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

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
