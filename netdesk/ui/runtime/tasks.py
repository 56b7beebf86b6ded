"""Run plain core functions off the GUI thread; results and errors come back by signal.

A task gets a :class:`TaskControl` to report progress and to see a cancel
request; it never touches widgets (Anki's taskman, Picard's thread helpers).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskControl:
    """Handed to a task: ``progress(done, total)`` and ``cancelled``."""

    def __init__(self, emit_progress: Callable[[int, int], None]) -> None:
        self._emit_progress = emit_progress
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._emit_progress(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    """One piece of background work; connect to its signals before starting it."""

    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = TaskControl(self.progressed.emit)

    def cancel(self) -> None:
        self.control.cancel()

    @classmethod
    def wired(
        cls,
        parent: QObject,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
        kwargs: dict[str, Any],
        *,
        with_control: bool,
    ) -> Task:
        """A task reporting to ``on_done``/``on_error``, gone after either; with ``with_control``
        the work gets ``control=`` among its ``kwargs``."""
        task = cls(parent)
        if on_done:
            task.finished.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        task.finished.connect(task.deleteLater)
        task.failed.connect(task.deleteLater)
        if with_control:
            kwargs["control"] = task.control
        return task

    def run_here(self, fn: Callable[..., Any], args: tuple, kwargs: dict[str, Any]) -> None:
        """Run ``fn`` on the calling (worker) thread; the outcome goes out by signal."""
        try:
            result = fn(*args, **kwargs)
        except Exception as error:  # reported to the GUI thread, shown as a sentence there
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self._task, self._fn, self._args, self._kwargs = task, fn, args, kwargs

    def run(self) -> None:
        self._task.run_here(self._fn, self._args, self._kwargs)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        with_control: bool = False,
        **kwargs: Any,
    ) -> Task:
        """Run ``fn(*args, **kwargs)`` (plus ``control=`` when asked) on the pool."""
        task = Task.wired(self, on_done, on_error, kwargs, with_control=with_control)
        self.pool.start(_Runnable(task, fn, args, kwargs))
        return task

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
