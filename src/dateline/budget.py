"""The time budget of one document: a deadline around each step's work on it.

On the main thread of a process on a POSIX system a real-time interval timer (SIGALRM)
interrupts the step when the budget runs out, so a page that would run for minutes stops
at its budget.  Python checks for the signal between bytecodes: a single long call into C
(one regular expression, one parse) finishes first, then stops; so does an import, which
is never cut in half.  Where no timer can be set
(another thread, Windows) the time is measured and a step that ran over is reported once it
returns.
"""

from __future__ import annotations

import signal
import threading
import time


class OverBudget(BaseException):
    """The document ran out of time. A BaseException, so that an analyser's
    ``except Exception`` cannot swallow it and carry on."""


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


_IMPORT_RETRY = 0.05  # seconds: how soon to ring again when the alarm found an import running


def _importing(frame) -> bool:
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def _ring(signum, frame):
    # Stopping a module half-imported would leave it broken for every later document
    # (a half-initialised C extension); wait for the import to finish, then stop.
    if _importing(frame):
        signal.setitimer(signal.ITIMER_REAL, _IMPORT_RETRY)
        return
    raise OverBudget()


class deadline:
    """``with deadline(seconds) as clock:`` runs the block for at most ``seconds``;
    ``clock.elapsed`` says how long it ran."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.elapsed = 0.0
        self._armed = False
        self._old = None
        self._old_timer = (0.0, 0.0)  # someone else's timer, given back on exit
        self._start = time.perf_counter()

    def __enter__(self) -> "deadline":
        self._start = time.perf_counter()
        if self.seconds <= 0:
            raise OverBudget()
        if _can_alarm():
            self._old = signal.signal(signal.SIGALRM, _ring)
            self._old_timer = signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self._armed = True
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.elapsed = time.perf_counter() - self._start
        if self._armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old if self._old is not None else signal.SIG_DFL)
            self._armed = False
            remaining, interval = self._old_timer
            if remaining > 0:
                signal.setitimer(signal.ITIMER_REAL, max(remaining - self.elapsed, 0.001), interval)
        if exc_type is None and self.elapsed > self.seconds:
            raise OverBudget()
