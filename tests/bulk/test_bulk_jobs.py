import pickle

from bulk_fakes import fake_grade

from mlptutor.grader.bulk.jobs import Done, WorkItem, grade_job, pack_done, unpack_done


def test_pack_round_trips_a_report_and_an_error():
    report = fake_grade("bob", {"softmax": "HALF", "losses": "nope"})
    report.problems.append("notes.py: not an exercise")
    back = unpack_done(pickle.loads(pickle.dumps(pack_done(Done("bob", report)))))
    assert back.student == "bob" and back.error == ""
    assert back.report.to_dict() == report.to_dict()
    assert [type(v) for v in vars(back.report.checks[0]).values()] == [type(v) for v in vars(report.checks[0]).values()]
    assert unpack_done(pack_done(Done("eve", None, "the grader failed"))) == Done("eve", None, "the grader failed")


def _raising(exc):
    def grade(student, modules):
        raise exc
    return grade


def test_a_failure_of_the_submission_is_ungradable_one_of_the_machine_is_retried():
    from mlptutor.grader.sandbox.calls import SandboxError
    from mlptutor.grader.sandbox.wire import ProtocolError

    job = WorkItem("bob", {"softmax": "x"})
    for exc in (ProtocolError("message too large"), ValueError("bad input")):
        done = grade_job(_raising(exc), job)
        assert done.ungradable and done.report is None and done.error.startswith("cannot be graded (")
    for exc in (SandboxError("the sandbox interpreter failed to start"), OSError(24, "Too many open files"), MemoryError()):
        done = grade_job(_raising(exc), job)
        assert not done.ungradable and done.error.endswith("rerun to retry")
    assert unpack_done(pack_done(Done("eve", None, "too large", ungradable=True))).ungradable
