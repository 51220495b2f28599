"""Limit BLAS threads for small dense algebra (d = 64 problems).

On a shared 2-core machine OpenBLAS's worker threads oversubscribe the cores: the demo's
degree-2 mixture solve took 24 s with the default threads and ~2 s with one thread
(measured under load average ~10). threadpoolctl is optional: without it this is a no-op.
"""
from __future__ import annotations

import contextlib


@contextlib.contextmanager
def limit_blas_threads(n: int = 1):
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(limits=n, user_api="blas"):
        yield
