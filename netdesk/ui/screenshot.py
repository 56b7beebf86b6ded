"""Render a view offscreen to a PNG: for the README, for checking the UI with no display.

:data:`REGISTRY` maps a view key to a function ``(services, options) -> QWidget``
that builds what to photograph; a new view is one more entry. The window uses
throw-away settings, so a screenshot never depends on (or changes) the user's
saved window state.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.core.errors import NetdeskError
from netdesk.core.people.query import PersonQuery
from netdesk.ui.runtime.qt_output import private_device
from netdesk.ui.runtime.services import Services


@dataclass(frozen=True)
class ShotOptions:
    settings_dir: Path
    person_id: int | None = None


Builder = Callable[[Services, ShotOptions], QWidget]


def window_on(page: str) -> Builder:
    """A builder showing the main window on ``page``."""

    def build(services: Services, options: ShotOptions) -> QWidget:
        from netdesk.ui.main_window import MainWindow
        from netdesk.ui.runtime.settings import Settings

        window = MainWindow(services, Settings(options.settings_dir / "settings.ini"))
        window.show_page(page)
        return window

    return build


def _person(services: Services, options: ShotOptions) -> QWidget:
    window = window_on("people")(services, options)
    people = window.page("people")
    person_id = options.person_id
    if person_id is None:
        person_id = _a_person_worth_showing(services)
    if person_id is None:
        raise NetdeskError("no-person-yet")
    people.navigate(person_id=person_id)
    return window


def _a_person_worth_showing(services: Services) -> int | None:
    """Someone with an open follow-up (so the detail pane has something in every section)."""
    store = services.store
    ids = store.people.ids(PersonQuery(has_open_followup=True, sort="last_met", descending=True))
    for person_id in ids[:50]:
        if store.exchanges.for_person(person_id) and store.encounters.for_person(person_id):
            return person_id
    ids = ids or store.people.ids(PersonQuery())
    return ids[0] if ids else None


def _review(services: Services, options: ShotOptions) -> QWidget:
    """The review wizard on the past event where the most people were met."""
    from netdesk.ui.events.review_wizard import ReviewWizard

    events = [e for e in services.store.events.list() if e.people_met]
    if not events:
        raise NetdeskError("no-event-met-yet")
    busiest = max(events, key=lambda e: e.people_met)
    return ReviewWizard(services, busiest.id)


def _insights(services: Services, options: ShotOptions) -> QWidget:
    """Insights with its figures in place (the page normally works them out in the background)."""
    window = window_on("insights")(services, options)
    window.page("insights").refresh_now()
    return window


def _home(services: Services, options: ShotOptions) -> QWidget:
    """Home with its figures in place (the page normally reads them in the background)."""
    window = window_on("home")(services, options)
    window.page("home").refresh_now()
    return window


def _brief(services: Services, options: ShotOptions) -> QWidget:
    """The brief of the event a brief helps most with (the next one with an attendee list)."""
    import datetime as dt

    from netdesk.core.briefing.brief import event_to_brief
    from netdesk.ui.reports.paper_dialog import open_brief

    event_id = event_to_brief(services.store, today=dt.date.today())
    if event_id is None:
        raise NetdeskError("no-event-yet")
    return open_brief(services, event_id)


def _report(services: Services, options: ShotOptions) -> QWidget:
    """The monthly report of the month in which the most people were met lately."""
    import datetime as dt

    from netdesk.core.briefing.report import busiest_month
    from netdesk.ui.reports.paper_dialog import ReportDialog

    dialog = ReportDialog(services)
    today = dt.date.today()
    dialog.show_month_now(busiest_month(services.store, today=today) or f"{today:%Y-%m}")
    return dialog


def _trash(services: Services, options: ShotOptions) -> QWidget:
    """Edit ▸ Trash: the people and events deleted and not yet emptied."""
    from netdesk.ui.trash_dialog import TrashDialog

    return TrashDialog(services)


REGISTRY: dict[str, Builder] = {
    "home": _home,
    "events": window_on("events"),
    "people": window_on("people"),
    "followups": window_on("followups"),
    "person": _person,
    "scan": window_on("scan"),
    "card": window_on("card"),
    "review": _review,
    "insights": _insights,
    "trash": _trash,
    "brief": _brief,
    "report": _report,
}


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise ValueError(text) from None
    if not (320 <= size[0] <= 8192 and 240 <= size[1] <= 8192):
        raise ValueError(text)
    return size


def render(
    services: Services,
    view: str,
    out: Path,
    *,
    size: tuple[int, int] = (1280, 800),
    person_id: int | None = None,
) -> Path:
    """Build ``view``, lay it out at ``size``, and save what it paints as ``out``."""
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    with tempfile.TemporaryDirectory(prefix="netdesk-shot-") as folder:
        widget = REGISTRY[view](services, ShotOptions(Path(folder), person_id))
        widget.resize(*size)
        widget.show()
        # Layouts settle over a few event-loop turns; what the window fills in after its
        # first paint (the status bar's counts) needs a few more.
        for _ in range(8):
            app.processEvents()
        image = widget.grab()
        widget.close()
        widget.deleteLater()
        app.processEvents()
    save_image(image, out)
    return out


def use_dark_palette(app: QApplication) -> None:
    """Fusion with a dark palette: what a dark desktop theme hands the app, so a screenshot
    shows that every colour comes from the palette (look.py), none is fixed."""
    app.setStyle("Fusion")
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"), (role.Text, "#e6e6e6"), (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f6fb3"),
        (role.HighlightedText, "#ffffff"), (role.Link, "#7ab7ff"), (role.Mid, "#5a5a5a"),
        (role.PlaceholderText, "#9a9a9a"), (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#e6e6e6"), (role.BrightText, "#ff7b72"),
    ):  # fmt: skip
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#7a7a7a"))
    app.setPalette(palette)


def save_image(image: QImage | QPixmap, out: Path) -> None:
    """Save as the file's extension says (PNG without one), 0600, all or nothing."""
    kind = out.suffix.lstrip(".").upper() or "PNG"
    with private_device(out, make_parents=True) as (device, _temp):
        if not image.save(device, kind):
            raise NetdeskError("file-unwritable", path=out, detail="could not write the image")


def ensure_offscreen() -> None:
    """Before the QApplication exists: render without a display unless one was chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
