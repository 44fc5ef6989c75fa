"""The local executor: N worker processes, each holding one Sandbox and Grader for its whole life.

The coordinator talks to each worker over its own pipe and keeps at most
PREFETCH jobs in flight per worker (so a worker never waits for the next
job), which also tells it exactly which job a dying worker was running: that
job is retried once on a fresh worker, then reported as ungradable (recorded
with 0 and the reason, see jobs.Done); the worker's
queued jobs go back to the queue untouched. A worker silent for STALLED
seconds (a sandbox that failed to enforce its own time limits) is killed and
counts as dying. Workers ignore Ctrl-C (the coordinator stops them), quit on SIGTERM
(a closing sandbox) and exit when their pipe closes, so a `kill -9` of the coordinator leaves no grading
behind. A finished job comes back as plain tuples (`jobs.pack_done`), the
cheapest form to pickle. Workers are forked from the coordinator after
`Engine.prepare()`, so what it found is theirs without a cost each.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait

from mlptutor.grader.bulk.engine import Engine, EngineError
from mlptutor.grader.bulk.jobs import Done, WorkItem, grade_job, one_line, pack_done, unpack_done
from mlptutor.stops import quits

PREFETCH = 2
ATTEMPTS = 2  # a job whose worker dies this many times is reported, not retried
STALLED = 300.0  # seconds without an answer; the sandbox's own job limit is far lower


def _worker(conn: Connection, inherited: list[Connection], engine: Engine) -> None:
    quits()
    for other in inherited:  # the coordinator's ends, copied by fork: only the coordinator may hold them,
        other.close()  # or a worker would never see EOF when the coordinator dies
    try:
        with engine.open() as grade:  # its Grader freezes what is loaded and sets the collector's thresholds
            conn.send(("ready", None))
            while (job := conn.recv()) is not None:
                conn.send(("done", pack_done(grade_job(grade, job))))
    except (EOFError, BrokenPipeError, ConnectionResetError):  # the coordinator is gone
        return
    except Exception as exc:  # the engine could not start: tell the coordinator, which stops the run
        try:
            conn.send(("fatal", exc.args[0] if isinstance(exc, EngineError) else one_line(exc)))
        except OSError:
            pass


class _Worker:
    def __init__(self, context, engine: Engine, others: list[_Worker]):
        self.conn, child = context.Pipe()
        inherited = [self.conn, *(w.conn for w in others)]
        self.process = context.Process(target=_worker, args=(child, inherited, engine), daemon=True)
        self.process.start()
        child.close()
        self.jobs: deque[WorkItem] = deque()  # sent, not answered; the first one is running
        self.heard = time.monotonic()  # last answer (or start)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class LocalPool:
    """Grade jobs on `workers` local processes; `run` yields a Done per job as they finish."""

    def __init__(self, engine: Engine, workers: int, stalled: float = STALLED):
        self.engine = engine
        self.workers = max(1, workers)
        self.stalled = stalled
        self.context = multiprocessing.get_context("fork")

    def run(self, jobs: Iterable[WorkItem]) -> Iterator[Done]:
        queue = deque(jobs)
        deaths: dict[str, int] = {}
        workers: list[_Worker] = []
        if queue:
            self.engine.prepare()  # once here instead of once per forked worker
        try:
            for _ in range(min(self.workers, len(queue))):
                workers.append(_Worker(self.context, self.engine, workers))
            for worker in workers:
                self._feed(worker, queue)
            while any(w.jobs for w in workers):
                waitables = [w.conn for w in workers] + [w.process.sentinel for w in workers]
                ready = set(wait(waitables, timeout=self.stalled / 10))
                for worker in workers:
                    if worker.jobs and time.monotonic() - worker.heard > self.stalled:
                        worker.process.kill()  # its sentinel wakes the next wait: handled as a death
                for worker in list(workers):
                    if worker.conn in ready or worker.process.sentinel in ready:
                        yield from self._serve(worker, workers, queue, deaths)
        except BaseException:  # interrupted (Ctrl-C, SIGTERM) or stopped: the jobs in flight are dropped at once
            for worker in workers:
                worker.process.terminate()
            raise
        finally:
            for worker in workers:
                worker.stop()

    def _feed(self, worker: _Worker, queue: deque[WorkItem]) -> None:
        while queue and len(worker.jobs) < PREFETCH:
            job = queue.popleft()
            worker.jobs.append(job)
            try:
                worker.conn.send(job)
            except OSError:  # died already: the sentinel reports it
                return

    def _serve(self, worker: _Worker, workers: list[_Worker], queue: deque[WorkItem], deaths: dict[str, int]) -> Iterator[Done]:
        try:
            while worker.conn.poll():
                kind, payload = worker.conn.recv()
                if kind == "fatal":
                    raise EngineError(payload)
                worker.heard = time.monotonic()
                if kind == "done":
                    worker.jobs.popleft()
                    yield unpack_done(payload)
            if worker.process.is_alive():
                self._feed(worker, queue)
                return
        except (EOFError, OSError):
            pass
        yield from self._replace(worker, workers, queue, deaths)

    def _replace(self, dead: _Worker, workers: list[_Worker], queue: deque[WorkItem], deaths: dict[str, int]) -> Iterator[Done]:
        """The worker died: retry or report its running job, requeue the rest, start a new worker if work is left."""
        if dead.process.is_alive():  # its pipe broke first
            dead.process.kill()
        dead.process.join()
        code = dead.process.exitcode
        pending = list(dead.jobs)
        dead.jobs.clear()
        dead.stop()
        if pending:
            running = pending[0]
            deaths[running.student] = deaths.get(running.student, 0) + 1
            if deaths[running.student] >= ATTEMPTS:
                pending = pending[1:]
                yield Done(running.student, None,
                           f"the grading worker died {ATTEMPTS} times on this submission (exit code {code}); "
                           "report it to the grader's maintainers", ungradable=True)
        queue.extendleft(reversed(pending))
        workers.remove(dead)
        if queue:
            workers.append(_Worker(self.context, self.engine, workers))
            self._feed(workers[-1], queue)
