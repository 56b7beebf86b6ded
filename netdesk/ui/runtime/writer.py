"""The app's one writer: a single thread that owns the one connection allowed to write.

Every write of the window and its background work is a plain core function
``op(store, …)`` handed to :meth:`Writer.submit` (or :meth:`Writer.call` for a
short write a dialog waits on). They run one after another on the writer's
thread, each in its own transaction, so no two of the app's writes ever meet,
and a busy database (another program writing) is waited for off the GUI thread
(Anki's collection executor is the model).
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, QObject, Qt

from netdesk.core.storage.store import Store
from netdesk.ui.runtime.tasks import Task

T = TypeVar("T")


class Writer(QObject):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="netdesk-writer"
        )

    def submit(
        self,
        op: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        with_control: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Run ``op(store, *args, **kwargs)`` on the writer; the result comes back by signal."""
        task = Task.wired(self, on_done, on_error, kwargs, with_control=with_control)
        self._pool.submit(task.run_here, op, (self.store, *args), kwargs)
        return task

    def call(self, op: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``op(store, …)`` on the writer and wait for it: for a dialog's short save.

        Raises what the operation raised, so the dialog keeps what was typed and
        shows the sentence. While it waits (behind an import, say) the window still
        paints, but takes no input, so nothing is clicked twice.
        """
        future = self._pool.submit(op, self.store, *args, **kwargs)
        if not future.done():
            loop = QEventLoop()
            future.add_done_callback(
                lambda _: QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)
            )
            if not future.done():
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return future.result()

    def wait(self) -> None:
        """Let every submitted write finish (closing the app)."""
        self._pool.submit(lambda: None).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)
