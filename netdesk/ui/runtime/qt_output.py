"""Qt's side of writing files: private temporaries as devices, and a quiet command line.

QPdfWriter and QImage.save would open a file name themselves, following any link
planted there; given a QFile on the descriptor netdesk created exclusively, they
write only into that file. On the command line, Qt's own warnings (the offscreen
platform's ``propagateSizeHints``, QPainter's) would break the one-line error rule.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QMessageLogContext, QtMsgType, qInstallMessageHandler

from netdesk.core.errors import NetdeskError
from netdesk.core.files.paths import PrivateTemp, private_temp


@contextmanager
def private_device(
    target: Path, *, make_parents: bool = False
) -> Iterator[tuple[QFile, PrivateTemp]]:
    """A QFile on a private temporary that replaces ``target`` when the block succeeds."""
    with private_temp(target, make_parents=make_parents) as temp:
        device = QFile()
        if not device.open(temp.fd, QIODevice.OpenModeFlag.WriteOnly):
            raise NetdeskError("file-unwritable", path=target, detail=device.errorString())
        try:
            yield device, temp
            if not device.flush():
                raise NetdeskError("file-unwritable", path=target, detail=device.errorString())
        finally:
            device.close()  # the descriptor stays open: private_temp owns it


@contextmanager
def quiet_qt_messages() -> Iterator[None]:
    """Keep Qt's warnings off stderr for a command-line run (NETDESK_DEBUG=1 shows them)."""
    if os.environ.get("NETDESK_DEBUG"):
        yield
        return
    previous = qInstallMessageHandler(_drop)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _drop(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Failures reach the user as netdesk's own one-line errors, not as Qt's notes."""
