"""The Dutch catalogue: loaded through the app's own start-up code, complete, and in sync.

The widgets and the core error are checked with the translators installed exactly as
``netdesk.ui.app.run`` installs them (the locale set to nl_NL); the catalogue checks read
``resources/translations/netdesk_nl.ts`` itself, so a new string that nobody translated, a
lost placeholder or a stale .qm fails here instead of showing up in English.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMenuBar, QWidget

from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import install_translator
from netdesk.ui.app import TRANSLATIONS, install_translators
from netdesk.ui.main_window import MainWindow
from netdesk.ui.people.undo import DeletePeople, Undo
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
from netdesk.ui.widgets.look import number_text

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS / "netdesk_nl.ts"
QM = TRANSLATIONS / "netdesk_nl.qm"
BIN = Path(sys.executable).parent
# {name}, {count:,}, %1…%9, %n: what the code fills in after translating.
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|%\d|%n")


@contextmanager
def translators_for(qapp: QApplication, locale: QLocale) -> Iterator[list]:
    """The app's translators as installed for ``locale``; afterwards as before."""
    before = QLocale()
    QLocale.setDefault(locale)
    installed = install_translators(qapp)
    try:
        yield installed
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translator(None)
        QLocale.setDefault(before)


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[list]:
    """nl_NL; afterwards English again for every other test."""
    with translators_for(qapp, QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)) as t:
        yield t


def test_the_main_window_and_the_people_page_speak_dutch(
    qtbot, dutch: list, services: Services, settings: Settings
) -> None:
    assert any(t.filePath().endswith("netdesk_nl.qm") for t in dutch)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Bestand"
    assert "Be&werken" in menus
    window.show_page("people")  # Home opens first; the People page is built when shown
    buttons = {button.text() for button in window.findChildren(QAbstractButton)}
    assert "Nieuwe persoon" in buttons  # the People page's toolbar (icon text: no & or …)
    assert "Verwijderen" in buttons


def _clashes(window: QWidget) -> list[str]:
    """Menu entries that share an Alt/mnemonic letter within one menu (or the menu bar)."""
    clashes = []
    for menu in [*window.findChildren(QMenuBar), *window.findChildren(QMenu)]:
        seen: dict[str, str] = {}
        for action in menu.actions():
            found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
            if found is None:
                continue
            letter = found.group(1).lower()
            if letter in seen:
                clashes.append(f"{seen[letter]!r} and {action.text()!r}")
            seen[letter] = action.text()
    return clashes


def test_no_two_menu_entries_share_an_accelerator(
    qtbot, services: Services, settings: Settings
) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert _clashes(window) == []


def test_no_two_dutch_menu_entries_share_an_accelerator(
    qtbot, dutch: list, services: Services, settings: Settings
) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert _clashes(window) == []


def test_plurals_follow_the_dutch_rules(dutch: list, services: Services) -> None:
    assert DeletePeople(services, [1]).text() == "1 persoon verwijderen"
    assert DeletePeople(services, [1, 2, 3]).text() == "3 personen verwijderen"
    # Thousands as Dutch writes them: 1,234 would read as one point two three four.
    assert DeletePeople(services, range(1, 1235)).text() == "1.234 personen verwijderen"
    assert number_text(1_234_567) == "1.234.567"  # status bar, tables, filter counts


def test_core_errors_come_out_in_dutch(dutch: list) -> None:
    assert str(NetdeskError("bad-date", value="x")) == (
        "'x' is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-20"
    )
    # The noun filled into a sentence is translated with it.
    assert (
        str(NetdeskError("empty-name", what="person")) == "een naam is verplicht voor een persoon"
    )


def test_without_the_translators_everything_is_english_again(qapp, services: Services) -> None:
    assert str(NetdeskError("bad-date", value="x")).startswith("'x' is not a valid date")
    assert DeletePeople(services, [1, 2]).text() == "Delete 2 people"
    assert DeletePeople(services, range(1, 1235)).text() == "Delete 1,234 people"


def _messages(path: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_in_the_catalogue_is_translated() -> None:
    unfinished = []
    for context, source, message in _messages():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(f"{context}: {source!r}")
    assert not unfinished, (
        f"{len(unfinished)} untranslated (fill them in netdesk_nl.ts, then run "
        "scripts/update-translations):\n" + "\n".join(unfinished)
    )


def test_translations_keep_the_placeholders_and_plural_forms() -> None:
    wrong = []
    for context, source, message in _messages():
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if numerus and len(forms) != 2:  # Dutch: one, other
            wrong.append(f"{context}: {source!r} has {len(forms)} plural forms")
        if "%n" in source and not numerus:
            # Extracted as plain text (a translate(…, n) call lupdate does not read as a
            # plural): Qt then shows the English for every n but 1. Use Class.tr(text, "", n).
            wrong.append(f"{context}: {source!r} is not a plural in the catalogue")
        for form in forms:
            want = sorted(set(PLACEHOLDER.findall(source)))
            got = sorted(set(PLACEHOLDER.findall(form)))
            # A singular may say "deze persoon" instead of "%n persoon".
            if numerus and form is forms[0]:
                got = sorted(set(got) | {"%n"})
            if want != got:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.skipif(
    not (BIN / "pyside6-lupdate").exists() or not (ROOT / ".git").exists(),
    reason="needs pyside6-lupdate and a git checkout (the sources are what git lists)",
)
def test_the_catalogue_holds_every_string_in_the_source(tmp_path: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "netdesk/*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [BIN / "pyside6-lupdate", "-no-obsolete", "-locations", "none", *listed, "-ts", fresh],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    in_source = {(c, s) for c, s, _ in _messages(fresh)}
    in_catalogue = {(c, s) for c, s, _ in _messages()}
    missing = sorted(in_source - in_catalogue)
    assert not missing, "run scripts/update-translations and translate:\n" + "\n".join(
        f"{c}: {s!r}" for c, s in missing
    )


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="pyside6-lrelease missing")
def test_the_compiled_catalogue_matches_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "netdesk_nl.qm"
    subprocess.run([BIN / "pyside6-lrelease", TS, "-qm", built], capture_output=True, check=True)
    assert built.read_bytes() == QM.read_bytes(), "run scripts/update-translations"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list]:
    """An English (here: the C) locale."""
    with translators_for(qapp, QLocale.c()) as installed:
        yield installed


def test_english_plurals_come_from_the_english_catalogue(english: list) -> None:
    assert any(t.filePath().endswith("netdesk_en.qm") for t in english)

    def tr(text: str, n: int) -> str:
        return QCoreApplication.translate("Reminders", text, None, n)

    assert tr("%n follow-up(s) due today or earlier.", 1) == "1 follow-up due today or earlier."
    assert tr("%n follow-up(s) due today or earlier.", 3) == "3 follow-ups due today or earlier."
    assert Undo.tr("Delete %n person(s)", "", 1) == "Delete 1 person"
    assert Undo.tr("Delete %n person(s)", "", 2) == "Delete 2 people"


def test_every_plural_message_has_its_english_forms() -> None:
    """scripts/update-translations keeps netdesk_en.ts in step; a new %n text must be in it."""
    english = ET.parse(TRANSLATIONS / "netdesk_en.ts")
    dutch = ET.parse(TS)
    plural = {m.findtext("source") for m in dutch.iter("message") if m.get("numerus") == "yes"}
    filled = {
        m.findtext("source")
        for m in english.iter("message")
        if len(m.findall("translation/numerusform")) == 2
        and "(s)" not in "".join(f.text or "" for f in m.iter("numerusform"))
    }
    assert plural <= filled


def test_the_detail_pane_names_codes_in_dutch(
    qtbot, dutch: list, services: Services, store
) -> None:
    """Exchange kinds, directions, interaction kinds and sources come from the vocabulary:
    a Dutch user never reads 'referral', 'emailed' or 'scan'."""
    from netdesk.core.model import ContactPoint, PersonFields
    from netdesk.ui.people.person_detail import PersonDetail

    pid = store.people.add(
        PersonFields("Ada Peters", contacts=(ContactPoint("email", "ada@example.org"),)),
        source="scan",
    )
    store.exchanges.add(pid, "gave", "referral", "a contractor")
    store.interactions.add(pid, "emailed", "the report")
    detail = PersonDetail(services.store, writer=services.writer)
    qtbot.addWidget(detail)
    detail.show_person(pid)
    detail.browser.anchorClicked.emit(QUrl("netdesk:provenance"))  # where the details came from
    text = detail.browser.toPlainText()
    for dutch_word in ("gegeven", "Doorverwijzing", "gemaild", "gescand", "e-mail"):
        assert dutch_word in text
    for code in ("referral", "emailed", "scan", "gave", "email"):
        assert not re.search(rf"\b{code}\b", text), code
