import io

import pytest
from bulk_fakes import FakeEngine
from bulk_helpers import book, committed
from click.testing import CliRunner

from mlptutor.grader.bulk.pool import LocalPool
from mlptutor.grader.bulk.run import grade_class
from mlptutor.cli import cli

distributed = pytest.importorskip("dask.distributed")


def test_dask_executor_gives_the_local_gradebook(tmp_path, write):
    from mlptutor.grader.bulk.dask_executor import DaskExecutor

    for i, body in enumerate(["CORRECT", "HALF", "no", "CORRECT"]):
        write(f"class/s{i}/softmax.py", body)
    engine = FakeEngine()
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as cluster:
        summary = grade_class(tmp_path / "class", tmp_path / "dask", engine, DaskExecutor(engine, cluster.scheduler_address))
    assert summary.graded == 4
    grade_class(tmp_path / "class", tmp_path / "local", engine, LocalPool(engine, 1))
    assert book(tmp_path / "dask" / "gradebook.sqlite") == book(tmp_path / "local" / "gradebook.sqlite")


def _cluster(workers):
    return distributed.LocalCluster(processes=False, n_workers=workers, threads_per_worker=1, dashboard_address=None)


class _KillWorkersAfterFirst:
    """The Dask executor, with every worker of `cluster` closed once the first submission is done."""

    def __init__(self, executor, cluster):
        self.executor, self.cluster = executor, cluster

    def run(self, jobs):
        for i, done in enumerate(self.executor.run(jobs)):
            yield done
            if i == 0:
                self.cluster.scale(0)


def test_all_workers_lost_stops_the_run_with_one_line_and_keeps_what_was_committed(tmp_path, write):
    from mlptutor.grader.bulk.dask_executor import DaskExecutor
    from mlptutor.grader.bulk.engine import EngineError

    for i in range(6):
        write(f"class/s{i}/softmax.py", "CORRECT SLOW")
    engine = FakeEngine()
    heartbeat = io.StringIO()
    with _cluster(1) as cluster:
        executor = DaskExecutor(engine, cluster.scheduler_address, heartbeat=0.2, lost_after=1.5, stream=heartbeat)
        with pytest.raises(EngineError) as stopped:
            grade_class(tmp_path / "class", tmp_path / "out", engine, _KillWorkersAfterFirst(executor, cluster))
    message = str(stopped.value)
    assert message.startswith(f"no Dask worker connected to {cluster.scheduler_address} for 1.5 s") and "\n" not in message
    kept = committed(tmp_path / "out" / "gradebook.sqlite")
    assert 1 <= kept < 6 and f"{kept} of 6 submissions done" in message
    assert message in (tmp_path / "out" / "problems.txt").read_text()  # the class files still say what happened
    assert "waiting for the Dask cluster" in heartbeat.getvalue() and "0 workers connected" in heartbeat.getvalue()


def test_a_cluster_without_workers_exits_non_zero_in_one_line(tmp_path, write, monkeypatch):
    from mlptutor.grader.bulk import commands, dask_executor

    monkeypatch.setattr(commands, "Engine", FakeEngine)
    monkeypatch.setattr(dask_executor, "LOST_AFTER", 1.0)
    monkeypatch.setattr(dask_executor, "HEARTBEAT", 0.3)
    write("class/alice/softmax.py", "CORRECT")
    with _cluster(0) as cluster:
        result = CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(tmp_path / "out"),
                                          "--executor", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1].startswith("Error: no Dask worker connected")
    assert "waiting for the Dask cluster" in result.output and "Traceback" not in result.output


def test_workers_of_another_grader_version_are_refused(tmp_path, write, monkeypatch):
    from mlptutor.grader.bulk import dask_executor
    from mlptutor.grader.bulk.dask_executor import DaskExecutor, VersionMismatch, grade_remote
    from mlptutor.grader.bulk.jobs import WorkItem

    write("class/alice/softmax.py", "CORRECT")
    engine = FakeEngine()
    with _cluster(1) as cluster:
        with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
            future = client.submit(grade_remote, engine, WorkItem("alice", {"softmax": "CORRECT"}), "fake-0", pure=False)
            with pytest.raises(VersionMismatch, match="runs grader version fake-1, this coordinator fake-0"):
                future.result()  # checked by the job itself, for workers that join after the start
        monkeypatch.setattr(dask_executor, "worker_version", lambda engine: "fake-0")
        with pytest.raises(VersionMismatch) as refused:
            grade_class(tmp_path / "class", tmp_path / "out", engine, DaskExecutor(engine, cluster.scheduler_address))
    assert "runs grader version fake-0, this coordinator fake-1" in str(refused.value) and "\n" not in str(refused.value)
    assert committed(tmp_path / "out" / "gradebook.sqlite") == 0


def test_workers_option_with_dask_is_rejected_in_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["grade", str(tmp_path), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1",
                                      "--workers", "4"])
    assert result.exit_code == 2 and "--workers counts local processes" in result.output
