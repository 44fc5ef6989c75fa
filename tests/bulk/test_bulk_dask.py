import pytest
from bulk_fakes import FakeEngine
from bulk_helpers import book

from grader.bulk.pool import LocalPool
from grader.bulk.run import grade_class

distributed = pytest.importorskip("dask.distributed")


def test_dask_executor_gives_the_local_gradebook(tmp_path, write):
    from grader.bulk.dask_executor import DaskExecutor

    for i, body in enumerate(["CORRECT", "HALF", "no", "CORRECT"]):
        write(f"class/s{i}/softmax.py", body)
    engine = FakeEngine()
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as cluster:
        summary = grade_class(tmp_path / "class", tmp_path / "dask", engine, DaskExecutor(engine, cluster.scheduler_address))
    assert summary.graded == 4
    grade_class(tmp_path / "class", tmp_path / "local", engine, LocalPool(engine, 1))
    assert book(tmp_path / "dask" / "gradebook.sqlite") == book(tmp_path / "local" / "gradebook.sqlite")
