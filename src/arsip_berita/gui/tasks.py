"""The one task runner: every long job runs off the GUI thread as a QRunnable reporting through signals."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class ImmediatePool:
    """A pool that runs each task at once in the calling thread (tests, and scripts without threads)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class TaskContext:
    """Handed to a task function that wants to report progress or notice a cancel request."""

    def __init__(self, task_id: int, signals: _TaskSignals, cancel: threading.Event) -> None:
        self._id = task_id
        self._signals = signals
        self._cancel = cancel

    def progress(self, value: object) -> None:
        self._signals.progress.emit(self._id, value)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _TaskSignals(QObject):
    # (task id, payload); emitted from the worker thread, delivered queued in the GUI thread.
    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[TaskContext], Any], signals: _TaskSignals,
                 cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner owns it until it reports back
        self._id = task_id
        self._fn = fn
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        ctx = TaskContext(self._id, self._signals, self._cancel)
        try:
            result = self._fn(ctx)
        except BaseException as exc:  # reported to the GUI thread, never lost in the worker
            self._signals.failed.emit(self._id, exc)
            return
        self._signals.finished.emit(self._id, result)


@dataclass
class TaskHandle:
    """What the caller keeps: cancel a task and tell whether it is still running."""

    task_id: int
    name: str
    _cancel: threading.Event = field(default_factory=threading.Event)
    done: bool = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Entry:
    handle: TaskHandle
    task: _Task
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[Any], None] | None


class TaskRunner(QObject):
    """Runs functions in a pool; callbacks run in the GUI thread.

    ``pool`` serves short reads (a single thread by default: the archive's SQLite connection is
    shared); ``write_pool`` has one thread so that index writes never overlap; ``bulk_pool`` takes
    long jobs that open their own connection (officials directory, batch printing) so they do not
    hold up searches. All three are injectable.
    ``error_handler`` receives exceptions of tasks submitted without ``on_error``.
    """

    task_started = Signal(str)
    task_finished = Signal(str)
    idle = Signal()

    def __init__(self, pool: Pool | None = None, write_pool: Pool | None = None,
                 bulk_pool: Pool | None = None, error_handler: Callable[[BaseException], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or _single_thread_pool(self)
        self._write_pool = write_pool or _single_thread_pool(self)
        self._bulk_pool = bulk_pool or _single_thread_pool(self)
        self._ids = itertools.count(1)
        self._running: dict[int, _Entry] = {}
        self._signals = _TaskSignals(self)
        self._signals.finished.connect(self._on_task_finished)
        self._signals.failed.connect(self._on_task_failed)
        self._signals.progress.connect(self._on_task_progress)
        self.error_handler = error_handler

    def submit(self, name: str, fn: Callable[[TaskContext], Any], *,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[Any], None] | None = None, write: bool = False,
               bulk: bool = False) -> TaskHandle:
        """Run ``fn(ctx)`` in the background; the runner keeps the worker alive until it reports."""
        task_id = next(self._ids)
        handle = TaskHandle(task_id, name)
        task = _Task(task_id, fn, self._signals, handle._cancel)
        self._running[task_id] = _Entry(handle, task, on_done, on_error, on_progress)
        self.task_started.emit(name)
        pool = self._write_pool if write else self._bulk_pool if bulk else self._pool
        pool.start(task)
        return handle

    def running(self) -> list[TaskHandle]:
        return [e.handle for e in self._running.values()]

    def wait_all(self, msecs: int = 30000) -> None:
        """Block until the pools are idle (used at shutdown)."""
        for pool in (self._pool, self._write_pool, self._bulk_pool):
            if isinstance(pool, QThreadPool):
                pool.waitForDone(msecs)

    def _finish(self, task_id: int) -> _Entry | None:
        entry = self._running.pop(task_id, None)
        if entry is not None:
            entry.handle.done = True
            self.task_finished.emit(entry.handle.name)
        if not self._running:
            self.idle.emit()
        return entry

    @Slot(int, object)
    def _on_task_finished(self, task_id: int, result: object) -> None:
        entry = self._finish(task_id)
        if entry is not None and entry.on_done is not None:
            entry.on_done(result)

    @Slot(int, object)
    def _on_task_failed(self, task_id: int, exc: object) -> None:
        entry = self._finish(task_id)
        assert isinstance(exc, BaseException)
        if entry is not None and entry.on_error is not None:
            entry.on_error(exc)
        elif self.error_handler is not None:
            self.error_handler(exc)
        else:
            log.error("task failed", exc_info=exc)

    @Slot(int, object)
    def _on_task_progress(self, task_id: int, value: object) -> None:
        entry = self._running.get(task_id)
        if entry is not None and entry.on_progress is not None:
            entry.on_progress(value)


def _single_thread_pool(parent: QObject) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return pool
