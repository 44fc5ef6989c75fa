"""The Dask executor: the same per-submission jobs, sent to a dask.distributed cluster.

Each Dask worker thread opens the engine once (one Sandbox and Grader) and
keeps it for its life, like a local worker process. Results come back to the
coordinating process, which alone writes the gradebook. Dask is imported
only here, so the local path never pays for it.

Fail fast instead of hanging:
- every worker's grader version is compared with the coordinator's, before
  any job is sent (the workers connected then) and by each job on the worker
  that runs it (workers joining later): another version is refused in one line;
- while waiting, a heartbeat line on stderr every `heartbeat` seconds without
  a result says how far the run is and how many workers are connected;
- no worker connected for `lost_after` seconds (all lost, or none ever came)
  stops the run with one line; what was committed stays in the gradebook.
"""

from __future__ import annotations

import atexit
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import TextIO

from mlptutor.grader.bulk.engine import Engine, EngineError, GradeFn
from mlptutor.grader.bulk.jobs import Done, WorkItem, grade_job, one_line

HEARTBEAT = 30.0  # seconds without a result between two "still waiting" lines
LOST_AFTER = 120.0  # seconds without any connected worker before the run stops

_local = threading.local()


class VersionMismatch(EngineError):
    """A Dask worker runs another grader version than the coordinator (the message is one line)."""


def _grade_fn(engine: Engine) -> GradeFn:
    """This thread's open grade function for `engine`, opened on first use."""
    opened = _local.__dict__.setdefault("engines", {})
    if engine not in opened:
        stack = ExitStack()
        opened[engine] = stack.enter_context(engine.open())
        atexit.register(stack.close)
    return opened[engine]


def worker_version(engine: Engine) -> str:
    """The grader version the engine has on the machine running this (a Dask worker)."""
    return engine.version


def _mismatch(where: str, theirs: str, ours: str) -> VersionMismatch:
    return VersionMismatch(f"Dask worker {where} runs grader version {theirs}, this coordinator {ours}: install the "
                           "same mlptutor on every worker and restart them; nothing was graded there")


def grade_remote(engine: Engine, job: WorkItem, version: str) -> Done:
    """Grade `job` on this worker, after checking it runs the coordinator's grader `version`."""
    if (here := worker_version(engine)) != version:
        from distributed import get_worker

        raise _mismatch(get_worker().address, here, version)
    return grade_job(_grade_fn(engine), job)


class DaskExecutor:
    """Grade jobs on the Dask scheduler at `scheduler` (an address such as tcp://host:8786)."""

    def __init__(self, engine: Engine, scheduler: str, *, heartbeat: float | None = None,
                 lost_after: float | None = None, stream: TextIO | None = None):
        self.engine = engine
        self.scheduler = scheduler
        self.heartbeat = HEARTBEAT if heartbeat is None else heartbeat
        self.lost_after = LOST_AFTER if lost_after is None else lost_after
        self.stream = stream

    def run(self, jobs: Iterable[WorkItem]) -> Iterator[Done]:
        from dask.distributed import Client

        jobs = list(jobs)
        if not jobs:
            return
        version = self.engine.version
        with Client(self.scheduler, set_as_default=False) as client:
            try:
                versions = client.run(worker_version, self.engine)
            except Exception as exc:  # e.g. a worker whose mlptutor lacks this function: another version too
                raise VersionMismatch(f"cannot ask the Dask workers at {self.scheduler} for their grader version "
                                      f"({one_line(exc)}): install the same mlptutor on every worker") from None
            for address, theirs in versions.items():
                if theirs != version:
                    raise _mismatch(address, theirs, version)
            futures = {client.submit(grade_remote, self.engine, job, version, key=f"mlptutor-grade-{i}-{job.student}",
                                     pure=False): job for i, job in enumerate(jobs)}
            try:
                yield from self._collect(client, futures)
            finally:
                client.cancel(list(futures))

    def _collect(self, client, futures: dict) -> Iterator[Done]:
        from dask.distributed import as_completed

        results = as_completed(futures, loop=client.loop)
        finished = 0
        tick = min(self.heartbeat, self.lost_after, 1.0)  # how often the scheduler is asked for its workers
        alone_since = None  # when the cluster was last seen without workers
        quiet_since = checked = time.monotonic()  # the last result or heartbeat line; the last look at the workers
        while not results.is_empty():
            done = results.next_batch(block=False) if results.has_ready() else []
            for future in done:
                finished += 1
                yield self._result(future, futures[future])
            now = time.monotonic()
            if done:
                quiet_since = now
            if now - checked < tick:
                time.sleep(0.02 if not done else 0)
                continue
            checked = now
            workers = len(client.nthreads())
            alone_since = None if workers else (alone_since or now)
            if alone_since is not None and now - alone_since >= self.lost_after:
                raise EngineError(
                    f"no Dask worker connected to {self.scheduler} for {self.lost_after:g} s "
                    f"({finished} of {len(futures)} submissions done, kept in the gradebook): "
                    "start workers (dask worker ADDRESS) and run the same command to continue")
            if now - quiet_since >= self.heartbeat:
                quiet_since = now
                print(f"waiting for the Dask cluster at {self.scheduler}: {finished}/{len(futures)} done, "
                      f"{workers} worker{'s' * (workers != 1)} connected", file=self.stream or sys.stderr, flush=True)

    @staticmethod
    def _result(future, job: WorkItem) -> Done:
        try:
            return future.result()
        except VersionMismatch:
            raise
        except Exception as exc:  # the task was lost (worker died, cluster gone): report, rerun retries
            return Done(job.student, None, f"the Dask task failed ({one_line(exc)}); rerun to retry")
