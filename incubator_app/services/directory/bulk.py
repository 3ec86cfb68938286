"""Bulk work without Python's cycle collector: a listing import or a link run allocates
hundreds of thousands of dicts and tuples that live until the end of the run, and the collector
walks them again and again (its older generations grow with them). Measured on the 2×20,000-row
benchmark, three interleaved pairs: 16.3–20.5 → 13.9–15.4 CPU seconds, same peak memory
(benchmarks/RESULTS-directory.md).

`without_cycle_collector` pauses it for the duration of the call (reference counting still
frees everything that is not in a cycle) and starts it again after the last of several
concurrent calls, if it was running before the first."""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def without_cycle_collector(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1
        try:
            return fn(*args, **kwargs)
        finally:
            with _lock:
                _depth -= 1
                if _depth == 0 and _was_enabled:
                    gc.enable()

    return wrapper
