import pickle

from bulk_fakes import fake_grade

from grader.bulk.jobs import Done, pack, unpack


def test_pack_round_trips_a_report_and_an_error():
    report = fake_grade("bob", {"softmax": "HALF", "losses": "nope"})
    report.problems.append("notes.py: not an exercise")
    back = unpack(pickle.loads(pickle.dumps(pack(Done("bob", report)))))
    assert back.student == "bob" and back.error == ""
    assert back.report.to_dict() == report.to_dict()
    assert [type(v) for v in vars(back.report.checks[0]).values()] == [type(v) for v in vars(report.checks[0]).values()]
    assert unpack(pack(Done("eve", None, "the grader failed"))) == Done("eve", None, "the grader failed")


def test_unpacked_rows_that_recur_are_one_instance():
    first = unpack(pack(Done("a", fake_grade("a", {"softmax": "CORRECT"}))))
    second = unpack(pack(Done("b", fake_grade("b", {"softmax": "CORRECT"}))))
    assert first.report.checks[0] is second.report.checks[0]  # frozen rows are shared, not rebuilt per student
    assert first.report.checks is not second.report.checks
