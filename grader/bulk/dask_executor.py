"""The Dask executor: the same per-submission jobs, sent to a dask.distributed cluster.

Each Dask worker thread opens the engine once (one Sandbox and Grader) and
keeps it for its life, like a local worker process. Results come back to the
coordinating process, which alone writes the gradebook. Dask is imported
only here, so the local path never pays for it.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack

from grader.bulk.engine import Engine, GradeFn
from grader.bulk.jobs import Done, Job, grade_job, one_line

_local = threading.local()


def _grade_fn(engine: Engine) -> GradeFn:
    """This thread's open grade function for `engine`, opened on first use."""
    opened = _local.__dict__.setdefault("engines", {})
    if engine not in opened:
        stack = ExitStack()
        opened[engine] = stack.enter_context(engine.open())
        atexit.register(stack.close)
    return opened[engine]


def grade_remote(engine: Engine, job: Job) -> Done:
    return grade_job(_grade_fn(engine), job)


class DaskExecutor:
    """Grade jobs on the Dask scheduler at `scheduler` (an address such as tcp://host:8786)."""

    def __init__(self, engine: Engine, scheduler: str):
        self.engine = engine
        self.scheduler = scheduler

    def run(self, jobs: Iterable[Job]) -> Iterator[Done]:
        from dask.distributed import Client, as_completed

        with Client(self.scheduler, set_as_default=False) as client:
            futures = {client.submit(grade_remote, self.engine, job, key=f"mlptutor-grade-{i}-{job.student}",
                                     pure=False): job for i, job in enumerate(jobs)}
            for future in as_completed(futures, loop=client.loop):
                try:
                    yield future.result()
                except Exception as exc:  # the task was lost (worker died, cluster gone): report, rerun retries
                    yield Done(futures[future].student, None, f"the Dask task failed ({one_line(exc)}); rerun to retry")
