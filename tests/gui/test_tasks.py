"""The task runner: results and errors come back in the GUI thread; workers are kept until they report."""

from __future__ import annotations

import threading

import pytest

from arsip_berita.core.errors import ArsipError
from arsip_berita.gui.tasks import ImmediatePool, TaskContext, TaskRunner


def test_immediate_pool_runs_synchronously() -> None:
    runner = TaskRunner(pool=ImmediatePool(), write_pool=ImmediatePool(), bulk_pool=ImmediatePool())
    got: list[object] = []
    handle = runner.submit("x", lambda ctx: 21 * 2, on_done=got.append)
    assert got == [42] and handle.done and runner.running() == []


def test_threaded_result_progress_and_gui_thread_delivery(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    main = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def work(ctx: TaskContext) -> int:
        assert threading.get_ident() != main
        for i in range(3):
            ctx.progress(i)
        return 7

    with qtbot.waitSignal(runner.idle, timeout=5000):
        handle = runner.submit("w", work, on_done=lambda r: seen.append(("done", r, threading.get_ident())),
                               on_progress=lambda p: seen.append(("p", p, threading.get_ident())))
        assert runner.running() == [handle]  # kept alive until it reports
    assert [(k, v) for k, v, _ in seen] == [("p", 0), ("p", 1), ("p", 2), ("done", 7)]
    assert {t for _, _, t in seen} == {main}
    runner.wait_all()


def test_errors_go_to_the_handler_and_cancel_is_seen(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    runner = TaskRunner(error_handler=errors.append)
    gate = threading.Event()

    def slow(ctx: TaskContext) -> None:
        gate.wait(5)
        if ctx.cancelled():
            raise ArsipError("dibatalkan")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        handle = runner.submit("s", slow)
        handle.cancel()
        gate.set()
    assert len(errors) == 1 and isinstance(errors[0], ArsipError)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit("boom", lambda ctx: 1 / 0, write=True)
    assert isinstance(errors[1], ZeroDivisionError)
    runner.wait_all()


@pytest.mark.parametrize("flag", ["write", "bulk"])
def test_other_pools(qtbot, flag: str) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    got: list[object] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit("p", lambda ctx: flag, on_done=got.append, **{flag: True})
    assert got == [flag]
    runner.wait_all()
