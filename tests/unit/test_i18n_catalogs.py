"""The shipped catalogs are complete and current: every string the code passes to tr() is in
every .ts and translated (placeholders and plural forms kept), lupdate would change nothing,
and each .qm is what lrelease makes of its .ts. A new or changed UI string fails here until
`make i18n` has run and the string is translated (docs/i18n.md says how)."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from orga_app.languages import CATALOG_DIR, TRANSLATED

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as catalog_tool  # type: ignore[import-not-found]  # noqa: E402 - scripts/i18n.py

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# argparse's own messages (cli_language) use printf-style fields: %s, %(name)s, %(value)r
PRINTF_FIELD = re.compile(r"%\([a-z_]+\)[sr]|%s")
# The one tr() of the GUI (ui/i18n.py) and the terminal's (cli_language.py, no widgets): both
# look messages up under the empty context.
OWN_TR_ALLOWED = {"i18n.py", "cli_language.py"}


def source_files() -> list[Path]:
    """What `make i18n` hands lupdate: the UI and the command line's words."""
    found: list[Path] = catalog_tool.sources()
    return found


def marked_strings(path: Path) -> set[str]:
    """The literal first argument of every tr(...) and QT_TR_NOOP(...) in `path`, f-strings
    included (lupdate skips calls inside f-strings: such a string is then missing below)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else ""
        if name == "text" and path.parent.name == "readiness":
            name = "QT_TR_NOOP"  # readiness/lines.py text(): a template marked for the catalogs
        first = node.args[0]
        if (
            name in ("tr", "QT_TR_NOOP")
            and isinstance(first, ast.Constant)
            and isinstance(first.value, str)
            and first.value
        ):
            found.add(first.value)
    return found


def catalog(code: str) -> dict[str, ET.Element]:
    root = ET.parse(CATALOG_DIR / f"orga_app_{code}.ts").getroot()
    return {m.findtext("source") or "": m for m in root.iter("message")}


def test_every_module_translates_through_the_one_tr() -> None:
    """A module's own `QCoreApplication.translate("Context", ...)` wrapper is never found in a
    catalog: lupdate files a bare tr() call under the empty context (ui/i18n.py)."""
    own: list[str] = []
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.FunctionDef)
                and node.name == "tr"
                and path.name not in OWN_TR_ALLOWED
            ):
                own.append(f"{path.name}:{node.lineno} defines its own tr()")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value
            ):
                own.append(
                    f"{path.name}:{node.lineno} translates in context {node.args[0].value!r}"
                )
    assert not own, "use `from orga_app.ui.i18n import tr`:\n" + "\n".join(own)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_ui_string_is_translated_in_the_catalog(code: str) -> None:
    messages = catalog(code)
    missing, unfinished, broken = [], [], []
    for path in source_files():
        for text in sorted(marked_strings(path)):
            message = messages.get(text)
            if message is None:
                missing.append(f"{path.name}: {text!r}")
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
                unfinished.append(text)
                continue
            # a plural form may say the count in words ("مشارك واحد": one attendee): no %n
            wanted = set(PLACEHOLDER.findall(text)) - {"%n"}
            fields = sorted(PRINTF_FIELD.findall(text))
            for form in forms:
                if not wanted <= set(PLACEHOLDER.findall(form)):
                    broken.append(f"{text!r} -> {form!r}")
                if sorted(PRINTF_FIELD.findall(form)) != fields:
                    broken.append(f"{text!r} -> {form!r} (printf fields)")
    assert not missing, f"not in orga_app_{code}.ts (run `make i18n`): {missing}"
    assert not unfinished, f"untranslated in orga_app_{code}.ts: {unfinished}"
    assert not broken, f"placeholders lost in orga_app_{code}.ts: {broken}"


def test_the_catalogs_are_what_lupdate_and_lrelease_make_now(tmp_path: Path) -> None:
    for code in TRANSLATED:
        shutil.copy(CATALOG_DIR / f"orga_app_{code}.ts", tmp_path)
    catalog_tool.update(tmp_path)
    catalog_tool.release(tmp_path)
    stale = []
    for code in TRANSLATED:
        for suffix in (".ts", ".qm"):
            name = f"orga_app_{code}{suffix}"
            if (tmp_path / name).read_bytes() != (CATALOG_DIR / name).read_bytes():
                stale.append(name)
    assert not stale, f"stale catalogs (run `make i18n` and translate what it adds): {stale}"
