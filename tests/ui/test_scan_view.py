"""The Scan view driven like a user would: files, paste, camera frames, the merge dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL.ImageQt import ImageQt
from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.store import Store
from netdesk.ui.runtime.services import Services
from netdesk.ui.scan.scan_view import ScanView, qimage_to_pil
from tests.scanimages import BIZCARD, MECARD, VCARD30, phone_photo, qr_image


@pytest.fixture
def services(store: Store, qtbot) -> Services:
    services = Services(store)
    event = store.events.add("Water boards breakfast", "2026-11-24", kind="breakfast")
    services.set_current_event(event)
    yield services
    # Results and change signals from the workers arrive queued (and a decoded frame may
    # start a scan): deliver them while the store is still open.
    for _ in range(3):
        services.tasks.wait()
        QCoreApplication.processEvents()
    services.close()


@pytest.fixture
def view(services: Services, qtbot) -> ScanView:
    view = ScanView(services)
    view.frame_interval_ms = 0
    qtbot.addWidget(view)
    return view


def qimage(picture) -> QImage:
    return QImage(ImageQt(picture.convert("RGB"))).copy()


def test_no_camera_says_so_and_offers_files_and_clipboard(view: ScanView) -> None:
    # The test machines have no camera (and may lack QtMultimedia's libraries).
    assert "No camera found" in view.no_camera.text()
    assert not view.camera_button.isVisibleTo(view)
    assert view.open_button.isVisibleTo(view) and view.paste_button.isVisibleTo(view)
    assert "Water boards breakfast" in view.event_label.text()
    assert view.results_empty.isVisibleTo(view)


def test_several_files_at_once(view: ScanView, services: Services, qtbot, tmp_path: Path) -> None:
    paths = []
    for name, text in (("a.png", MECARD), ("b.jpg", BIZCARD)):
        path = tmp_path / name
        phone_photo(qr_image(text), seed=len(name)).save(path)
        paths.append(path)
    with qtbot.waitSignal(view.scan_finished, timeout=10_000) as done:
        view.scan_paths(paths)
    summary = done.args[0]
    assert summary.count("created") == 2
    assert view.results.count() == 2
    assert view.cue.isVisibleTo(view) and "2 added" in view.cue.text()
    people = services.store.people.ids()
    assert len(people) == 2
    met = services.store.encounters.for_event(services.current_event_id)
    assert {e.how for e in met} == {"qr"}


def test_dropping_files_uses_the_same_path(view: ScanView, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "dropped.png"
    qr_image(VCARD30).save(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    with qtbot.waitSignal(view.scan_finished, timeout=10_000) as done:
        assert view.take_mime(mime, "drop")
    assert done.args[0].items[0].name == "Zoë Ångström"


def test_a_line_of_context_after_a_scan(view: ScanView, services: Services, qtbot) -> None:
    with qtbot.waitSignal(view.scan_finished, timeout=10_000) as done:
        view.scan_text(MECARD, "clipboard")
    person_id = done.args[0].items[0].person_id
    assert view.context.isEnabled() and "Hiroshi Tanaka" in view.context.placeholderText()
    qtbot.keyClicks(view.context, "same pumping-station problem")
    qtbot.keyClick(view.context, Qt.Key.Key_Return)
    store = services.store
    # The answer comes after the commit's change notice: nothing is left in flight.
    qtbot.waitUntil(lambda: "Noted for Hiroshi Tanaka" in view.cue.text())
    [met] = store.encounters.for_person(person_id)  # the scan's meeting, not a second one
    assert met.event_id == services.current_event_id
    assert met.context == "same pumping-station problem"
    assert view.context.text() == ""


def test_clipboard_image_paste(view: ScanView, qtbot) -> None:
    QGuiApplication.clipboard().setImage(qimage(qr_image(MECARD)))
    with qtbot.waitSignal(view.scan_finished, timeout=10_000) as done:
        view.paste()
    (item,) = done.args[0].items
    assert item.name == "Hiroshi Tanaka" and item.where == "clipboard"
    assert "Added Hiroshi Tanaka" in view.cue.text()


def test_clipboard_with_nothing_scannable(view: ScanView) -> None:
    QGuiApplication.clipboard().clear()
    assert not view.paste()
    assert "no image or card" in view.cue.text()


def test_camera_frames_pushed_through_the_camera_path(
    view: ScanView, services: Services, qtbot
) -> None:
    frame = qimage(phone_photo(qr_image(VCARD30), seed=5, size=(1280, 960)))
    with qtbot.waitSignal(view.scan_finished, timeout=10_000) as done:
        assert view.push_frame(frame)
    assert done.args[0].count("created") == 1
    # The card stays in front of the camera: the next frames read it again, add nothing.
    for _ in range(3):
        with qtbot.waitSignal(view.frame_decoded, timeout=10_000) as read:
            assert view.push_frame(frame)
        assert read.args[0]  # the code was read…
    services.tasks.wait()
    assert view.results.count() == 1  # …but not added twice
    assert services.store.people.count() == 1


def test_frames_are_throttled_while_one_is_decoding(view: ScanView, qtbot) -> None:
    frame = qimage(qr_image(MECARD))
    view.frame_interval_ms = 60_000
    with qtbot.waitSignal(view.frame_decoded, timeout=10_000):
        assert view.push_frame(frame)
        assert not view.push_frame(frame)  # one in flight
    assert not view.push_frame(frame)  # and not again within the interval


def test_blank_frames_are_read_and_ignored(view: ScanView, qtbot) -> None:
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    with qtbot.waitSignal(view.frame_decoded, timeout=10_000) as read:
        view.push_frame(blank)
    assert read.args[0] == []
    assert view.results.count() == 0


def test_qimage_conversion_respects_row_padding() -> None:
    odd = qimage(qr_image(MECARD).resize((333, 333)))
    picture = qimage_to_pil(odd)
    assert picture.size == (333, 333)
    from netdesk.core.qr.decode import decode_image

    assert decode_image(picture)[0].text == MECARD


def test_merge_dialog_from_a_scan_with_differences(
    view: ScanView, services: Services, qtbot
) -> None:
    store = services.writer.store  # known before the scan: written as another program would
    known = store.people.add(
        PersonFields(
            "Hiroshi Tanaka",
            organisation="Tokyo Water Works",
            title="Engineer",
            contacts=(ContactPoint("email", "tanaka@example.jp"),),
        )
    )
    card = (
        "MECARD:N:Tanaka,Hiroshi;ORG:Tokyo Water;TITLE:Chief engineer;"
        "TEL:+81 3 1234 5678;EMAIL:tanaka@example.jp;;"
    )
    QGuiApplication.clipboard().setText(card)
    with qtbot.waitSignal(view.scan_finished, timeout=10_000) as done:
        view.paste()
    (item,) = done.args[0].items
    assert item.outcome == "merged" and item.person_id == known
    assert view.review_button.isEnabled()
    assert "2 fields differ" in view.results.item(0).text()

    dialog = view.merge_dialog_for(item)
    qtbot.addWidget(dialog)
    # Differences default to what we have: nothing is overwritten unless chosen.
    assert dialog.choices() == {"organisation": "current", "title": "current"}
    dialog.choose("title", "scanned")
    view.apply_dialog(dialog)
    person = store.people.get(known)
    assert (person.title, person.organisation) == ("Chief engineer", "Tokyo Water Works")
    assert "+81 3 1234 5678" in person.phones  # added by the scan: new, not an overwrite


# Offscreen there is no GPU: QVideoFrame.toImage() says so once and converts on the CPU.
@pytest.mark.qt_log_ignore("No RHI backend")
def test_a_video_frame_takes_the_camera_path(view: ScanView, services: Services, qtbot) -> None:
    multimedia = pytest.importorskip("PySide6.QtMultimedia")
    frame = multimedia.QVideoFrame(qimage(qr_image(BIZCARD)))
    with qtbot.waitSignal(view.scan_finished, timeout=10_000) as done:
        view._on_video_frame(frame)
    assert done.args[0].items[0].name == "Sean Owen"
    assert done.args[0].items[0].where == "camera"
