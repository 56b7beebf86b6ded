"""The My card page and presenter mode, driven as a user would, offscreen."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest

from netdesk.core.errors import NetdeskError
from netdesk.core.qr.payload import payload
from netdesk.ui.card.card_editor import CardEditor
from netdesk.ui.card.card_presenter import CardPresenter, present_card
from netdesk.ui.runtime.services import Services


def to_pil(image: QImage) -> Image.Image:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(gray.constBits())
    return Image.frombytes("L", (gray.width(), gray.height()), raw, "raw", "L", gray.bytesPerLine())


def make_editor(qtbot, services: Services) -> CardEditor:
    editor = CardEditor(services)
    editor.preview_delay = editor.save_delay = 0
    qtbot.addWidget(editor)
    editor.resize(1024, 640)
    editor.show()
    return editor


def type_into(qtbot, editor, key: str, text: str) -> None:
    edit = editor.inputs[key]
    edit.setFocus()
    with qtbot.waitSignal(editor.preview_updated, timeout=2000):
        for ch in text:
            if ch.isascii():
                qtbot.keyClicks(edit, ch)
            else:  # QTest.keyClicks only knows ASCII keys; a key event can carry any text
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click,
                    edit,
                    Qt.Key.Key_unknown,
                    ch,
                    Qt.KeyboardModifier.NoModifier,
                )


def decoded(widget) -> str:
    found = zxingcpp.read_barcodes(to_pil(widget.grab().toImage()))
    assert len(found) == 1
    return found[0].text


def test_first_open_has_a_work_profile_and_asks_for_a_name(qtbot, store, services):
    editor = make_editor(qtbot, services)
    assert [p.name for p in store.cards.list()] == ["work"]
    assert editor.code is None
    assert editor.preview.code is None
    assert "needs a name" in editor.preview.message


def test_typing_updates_the_preview_and_saves(qtbot, store, services):
    editor = make_editor(qtbot, services)
    type_into(qtbot, editor, "name", "Zoë O'Brien-Smith")
    type_into(qtbot, editor, "organisation", "Acme; Partners")
    assert editor.code is not None
    assert "FN;CHARSET=UTF-8:Zoë O'Brien-Smith" in editor.code.payload
    assert decoded(editor.preview) == editor.code.payload
    qtbot.waitUntil(lambda: store.cards.get("work").fields.get("organisation") == "Acme; Partners")
    assert "%" in editor.meter.text() and editor.meter.value() > 0
    assert "modules" in editor.meter_text.text()


def test_unticking_share_removes_the_field_from_the_code(qtbot, store, services):
    store.cards.save("work", {"name": "Sam Lee", "phones": ["+44 20 7946 0958"]})
    editor = make_editor(qtbot, services)
    assert "TEL" in editor.code.payload
    with qtbot.waitSignal(editor.preview_updated):
        editor.shares["phones"].click()
    assert "TEL" not in editor.code.payload
    qtbot.waitUntil(lambda: "phones" not in store.cards.get("work").shared)
    assert payload(store.cards.get("work")) == editor.code.payload


def test_too_long_card_shows_which_fields_to_drop_instead_of_a_code(qtbot, store, services):
    store.cards.save("work", {"name": "Sam Lee"})
    editor = make_editor(qtbot, services)
    with qtbot.waitSignal(editor.preview_updated):
        editor.inputs["note"].setPlainText("x" * 700)
    assert editor.code is None and editor.preview.code is None
    assert "leave out or shorten: note" in editor.meter_text.text()
    assert editor.meter.value() == 100


def test_profiles_new_switch_and_delete(qtbot, store, services):
    store.cards.save("work", {"name": "Sam Lee", "emails": ["sam@work.example"]})
    editor = make_editor(qtbot, services)
    editor.new_profile("personal")
    assert [p.name for p in store.cards.list()] == ["work", "personal"]
    assert editor.profiles.currentItem().text() == "personal"
    editor.inputs["emails"].setPlainText("sam@home.example")
    editor.save_now()
    editor.profiles.setCurrentRow(0)
    assert editor.inputs["emails"].toPlainText() == "sam@work.example"
    assert store.cards.get("personal").fields["emails"] == ["sam@home.example"]
    editor.delete_profile(ask=False)
    assert [p.name for p in store.cards.list()] == ["personal"]


def test_export_png_svg_and_cards_pdf(qtbot, store, services, tmp_path):
    store.cards.save("work", {"name": "José Ørsted", "organisation": "Ørsted"})
    editor = make_editor(qtbot, services)
    editor.png_size.setValue(500)
    editor.export("png", tmp_path / "card.png")
    image = Image.open(tmp_path / "card.png")
    assert image.size == (500, 500)
    assert zxingcpp.read_barcodes(image.convert("L"))[0].text == editor.code.payload
    editor.export("svg", tmp_path / "card.svg")
    svg = QSvgRenderer(str(tmp_path / "card.svg"))
    assert svg.isValid()
    with qtbot.waitSignal(editor.export_finished, timeout=10000):
        editor.export("cards", tmp_path / "cards.pdf")
    assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF")


def test_badges_for_an_attendee_list(qtbot, store, services, tmp_path):
    csv = tmp_path / "attendees.csv"
    csv.write_text("name,organisation,email\nAnna Kowalska,Acme,anna@example.pl\n")
    store.cards.save("work", {"name": "Sam Lee"})
    editor = make_editor(qtbot, services)
    with qtbot.waitSignal(editor.export_finished, timeout=10000):
        editor.export("badges", tmp_path / "badges.pdf", attendees=csv)
    assert "badges.pdf" in editor.status.text()


def test_presenter_is_full_screen_decodes_and_esc_leaves(qtbot, store, services):
    store.cards.save("work", {"name": "王小明", "title": "工程师", "organisation": "Acme"})
    editor = make_editor(qtbot, services)
    presenter = editor.present()
    assert isinstance(presenter, CardPresenter)
    qtbot.waitExposed(presenter)
    assert presenter.isFullScreen()
    assert presenter.screen() is editor.screen()
    assert decoded(presenter) == editor.code.payload
    with qtbot.waitSignal(presenter.closed):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert editor._presenter is None


def test_cards_made_elsewhere_appear_in_the_list(qtbot, store, services):
    editor = make_editor(qtbot, services)
    store.cards.save("internal", {"name": "Sam Lee"})
    qtbot.waitUntil(lambda: editor.profiles.count() == 2)


def test_present_card_from_a_shortcut_uses_the_first_profile(qtbot, store):
    store.cards.save("work", {"name": "Zoë O'Brien-Smith", "organisation": "Acme"})
    store.cards.save("personal", {"name": "Zoë"})
    presenter = present_card(store)
    qtbot.addWidget(presenter)
    qtbot.waitExposed(presenter)
    assert presenter.name == "Zoë O'Brien-Smith" and presenter.subtitle == "Acme"
    assert decoded(presenter) == payload(store.cards.get("work"))
    presenter.close()


def test_present_card_without_a_card_says_so(qtbot, store):
    with pytest.raises(NetdeskError) as refused:
        present_card(store)
    assert refused.value.code == "no-profile"


def test_the_set_up_your_card_message_goes_once_the_card_changes(qtbot, window, store):
    window.present_card()
    bar = window.statusBar()
    assert bar.currentMessage().startswith("Set up your card first")
    assert window.current_page_key() == "card"
    store.cards.save("work", {"name": "Zoë O'Brien-Smith"})  # from elsewhere: the watcher sees it
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)
