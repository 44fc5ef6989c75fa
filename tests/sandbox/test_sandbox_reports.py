"""Batched reports and the progress memory: outcomes go back in batches, yet timeouts, crashes and forged
messages are still blamed on the one call that caused them, and the calls around it still run."""

import io
import types

import numpy as np
import pytest

from mlptutor.grader.sandbox import Call, Limits, wire
from mlptutor.grader.sandbox.job import SandboxJob, _ChildRun
from mlptutor.grader.sandbox.wire import OUTCOME, MessageReader, ProtocolError, Reporter, load_npy, message
from tests.sandbox.conftest import assert_healthy

FAST = "def double(x):\n    return 2 * x\n"


def around(bad_function: str, source: str, before: int = 5, after: int = 3):
    """`before` fast calls, one call of `bad_function`, `after` fast calls: (modules, calls)."""
    calls = [Call(f"a{i}", "m", "double", (np.full(3, float(i)),)) for i in range(before)]
    calls.append(Call("bad", "m", bad_function))
    calls += [Call(f"b{i}", "m", "double", (i,)) for i in range(after)]
    return {"m": FAST + source}, calls


def assert_only_bad_failed(result, before: int = 5, after: int = 3):
    for i in range(before):
        assert result.outcomes[f"a{i}"].status == "ok" and np.array_equal(result.outcomes[f"a{i}"].value, [2.0 * i] * 3)
    for i in range(after):
        assert result.outcomes[f"b{i}"].status == "ok" and result.outcomes[f"b{i}"].value == 2 * i


def test_a_timeout_inside_a_batch_blames_only_its_call(sandbox):
    modules, calls = around("spin", "def spin():\n    while True:\n        pass\n")
    result = sandbox.run(modules, calls)
    assert result.outcomes["bad"].status == "timeout" and "timed out after 0.5 s" in result.outcomes["bad"].error
    assert result.outcomes["bad"].seconds >= 0.45
    assert_only_bad_failed(result)
    assert_healthy(sandbox)


def test_a_crash_inside_a_batch_blames_only_its_call(bwrap):
    modules, calls = around("die", "import ctypes\ndef die():\n    ctypes.string_at(0)\n")
    result = bwrap.run(modules, calls)
    assert result.outcomes["bad"].status == "crashed" and "SIGSEGV" in result.outcomes["bad"].error
    assert_only_bad_failed(result)


def forged_report_source(outcomes) -> str:
    """A function that writes a report holding `outcomes` on the result pipe, then returns normally."""
    forged = message({"kind": "report", "done": 7, "errors": {}, "notes": {}, "outcomes": outcomes}, [])
    return f"import os\ndef forge():\n    os.write(3, {forged!r})\n    return 1\n"


def record(call_id: str = "bad", **fields):
    """An OUTCOME record of a call that returned 42, with `fields` changed."""
    return OUTCOME.type(call_id, "ok", 42, "", 0.0, [], [], [], 0)._replace(**fields)


@pytest.mark.parametrize("outcomes", [
    OUTCOME.columns([record(arrays=3)]),  # arrays the report does not hold
    OUTCOME.columns([record(status="bogus")]),
    OUTCOME.columns([record("b0")]),  # another call's outcome
    OUTCOME.columns([record(changed=["x" * 101])]),  # a changed argument with a name too long
    OUTCOME.columns([record(warnings=["w"] * 4)]),  # more warning lines than the child keeps
    {**OUTCOME.columns([record()]), "args_after": [None]},  # a field the record does not have
    [list(record())],  # a record as a list: fields are named
])
def test_a_forged_report_fails_only_the_call_that_wrote_it(bwrap, outcomes):
    """The child may have run several calls since its last report: a strict re-run finds the writer."""
    modules, calls = around("forge", forged_report_source(outcomes))
    result = bwrap.run(modules, calls)
    assert result.outcomes["bad"].status == "crashed" and "malformed" in result.outcomes["bad"].error
    assert result.outcomes["bad"].value is None
    assert_only_bad_failed(result)


def test_forged_progress_fails_only_the_call_that_wrote_it(sandbox):
    """The grader reads the progress when it wakes: the call lets it see the stage, rewinds it, lets it look."""
    source = ("import ctypes, time\n"
              "def rewind():\n"
              "    time.sleep(0.1)\n"
              "    for line in open('/proc/self/maps'):\n"
              "        if 'mlptutor-progress' in line:\n"
              "            ctypes.c_uint32.from_address(int(line.split('-')[0], 16)).value = 0\n"
              "    time.sleep(0.1)\n"
              "    return 1\n")
    modules, calls = around("rewind", source)
    result = sandbox.run(modules, calls)
    assert result.outcomes["bad"].status == "crashed" and "progress went from" in result.outcomes["bad"].error
    assert_only_bad_failed(result)


def test_a_forked_copy_of_the_child_cannot_move_the_job_on(sandbox):
    """A fork that returns into the harness exits at the next stage instead of running the remaining calls."""
    modules, calls = around("split", "import os, time\ndef split():\n    os.fork() and time.sleep(2)\n", after=1)
    result = sandbox.run(modules, calls)
    assert result.outcomes["bad"].status == "timeout"
    assert_only_bad_failed(result, after=1)


# --- the trusted side's check of a report, on its own ---------------------------------------


def child_run(calls: list) -> types.SimpleNamespace:
    """What _ChildRun._report uses: the job, the stages (one import, then the calls), stages reported."""
    job = SandboxJob({"m": FAST}, calls, Limits())
    return types.SimpleNamespace(job=job, stages=[("import", "m")] + [("call", c.id) for c in calls], reported=0)


def report_of(outcomes: list, done: int) -> tuple:
    """(header, arrays) of a report made by the child's Reporter."""
    sent = []
    reporter = Reporter(sent.append, strict=False)
    for entry, arrays in outcomes:
        reporter.outcome(entry._replace(arrays=len(arrays)), arrays)
    reporter.finished(done, at_once=True)
    [(header, arrays)] = MessageReader().feed(b"".join(sent))
    return header, arrays


def entry(call_id: str, value=None, status: str = "ok"):
    """What the child's harness hands the Reporter: an OUTCOME record."""
    return OUTCOME.type(call_id, status, value, "", 0.001, [], [], [], 0)


def test_a_report_covers_several_calls_each_with_its_own_arrays():
    run = child_run([Call("c1", "m", "double"), Call("c2", "m", "double")])
    pair = ["t", [0], [1]]
    header, arrays = report_of([(entry("c1", [0]), [np.ones(2)]),
                                (entry("c2", pair), [np.zeros(1), np.arange(3)])], done=3)
    assert header["outcomes"]["arrays"] == [1, 2] and len(header["arrays"]) == 3
    _ChildRun._report(run, header, arrays)
    outcomes = run.job.outcomes
    assert run.reported == 3 and np.array_equal(outcomes["c1"].value, [1.0, 1.0])
    first, second = outcomes["c2"].value
    assert np.array_equal(first, [0.0]) and np.array_equal(second, [0, 1, 2])
    second[0] = 7  # values are writable arrays of their own
    assert np.array_equal(outcomes["c1"].value, [1.0, 1.0])


@pytest.mark.parametrize("outcomes, done, match", [
    ([(entry("c1", 1), []), (entry("c2", 2, status="hacked"), [])], 3, "wrong types"),
    ([(entry("c2", 1), []), (entry("c1", 2), [])], 3, "out of order"),
    ([(entry("c1", 1), [])], 3, "not lists of 2 items"),
    ([(entry("c1", [0]), [])], 2, "bad value tag"),
    ([], 9, "report of stages up to 9"),
    ([(entry("c1", 1)._replace(again=["c2", [], "array"]), []), (entry("c2", 2), [])], 3, "names no earlier call"),
    ([(entry("c1", 1), []), (entry("c2", 2)._replace(again=["c9", [], "array"]), [])], 3, "names no earlier call"),
    ([(entry("c1", 1), []), (entry("c2", 2)._replace(again=["c1", ["x\nok"], "array"]), [])], 3, "handed out again"),
    ([(entry("c1", 1), []), (entry("c2", 2)._replace(again=["c1", [], "set"]), [])], 3, "handed out again"),
])
def test_a_report_with_a_malformed_entry_is_rejected_whole(outcomes, done, match):
    run = child_run([Call("c1", "m", "double"), Call("c2", "m", "double")])
    header, arrays = report_of(outcomes, done)
    with pytest.raises(ProtocolError, match=match):
        _ChildRun._report(run, header, arrays)
    assert run.job.outcomes == {} and run.reported == 0


def test_a_result_handed_out_again_names_an_earlier_call_of_its_function():
    # arrays among the arguments: calls are placed by their ids, no Call's == runs
    run = child_run([Call("c1", "m", "double", (np.ones(2),)), Call("c2", "m", "double", (np.ones(2),)),
                     Call("c3", "m", "other")])
    header, arrays = report_of([(entry("c1", 1), []), (entry("c2", 2)._replace(again=["c1", [1, "W"], "list"]), []),
                                (entry("c3", 3)._replace(again=["c1", [], "array"]), [])], done=4)
    with pytest.raises(ProtocolError, match="names no earlier call"):  # c1 is another function's
        _ChildRun._report(run, header, arrays)
    header, arrays = report_of([(entry("c1", 1), []), (entry("c2", 2)._replace(again=["c1", [1, "W"], "list"]), [])],
                               done=3)
    _ChildRun._report(run, header, arrays)
    assert run.job.outcomes["c2"].again == ("c1", (1, "W"), "list") and run.job.outcomes["c1"].again == ()


def test_a_report_with_arrays_no_outcome_uses_is_rejected():
    run = child_run([Call("c1", "m", "double")])
    header = {"kind": "report", "done": 2, "errors": {}, "notes": {}, "outcomes": OUTCOME.columns([entry("c1", 1)])}
    [(header, arrays)] = MessageReader().feed(message(header, [np.ones(1)]))
    with pytest.raises(ProtocolError, match="arrays no outcome uses"):
        _ChildRun._report(run, header, arrays)


@pytest.mark.parametrize("bad, match", [
    ({k: v for k, v in OUTCOME.columns([entry("c1", 1)]).items() if k != "warnings"}, "not exactly"),
    ({**OUTCOME.columns([entry("c1", 1)]), "extra": [0]}, "not exactly"),
    ([list(entry("c1", 1))], "not exactly"),
    ({**OUTCOME.columns([entry("c1", 1)]), "id": "c1"}, "not lists"),
    ({**OUTCOME.columns([entry("c1", 1)]), "id": ["c1", "c2"]}, "not lists of 1 items"),
    (OUTCOME.columns([entry("c1", 1)._replace(arrays=0.0)]), "missing or out of order"),
    (OUTCOME.columns([entry("c1", 1)._replace(changed=["x\nok value (value) 2/2"])]), "changed arguments"),
    (OUTCOME.columns([entry("c1", 1)._replace(drew=["rng\nok"])]), "generators drawn from"),
])
def test_outcomes_not_columns_of_the_records_fields_are_rejected(bad, match):
    run = child_run([Call("c1", "m", "double")])
    [(header, arrays)] = MessageReader().feed(message({"kind": "report", "done": 2, "errors": {}, "notes": {}, "outcomes": bad}, []))
    with pytest.raises(ProtocolError, match=match):
        _ChildRun._report(run, header, arrays)


def test_module_errors_only_for_modules_imported_in_the_reported_stages():
    run = child_run([Call("c1", "m", "double")])
    header = {"kind": "report", "done": 1, "errors": {"other": "SyntaxError"}, "notes": {},
              "outcomes": OUTCOME.columns([])}
    with pytest.raises(ProtocolError, match="module errors"):
        _ChildRun._report(run, header, [])
    for notes in ({"other": "notebook cell 2 raised"}, {"m": 3}, None):  # a note is about an imported module, text
        with pytest.raises(ProtocolError, match="module errors or notes"):
            _ChildRun._report(run, {**header, "errors": {}, "notes": notes}, [])
    _ChildRun._report(run, {**header, "errors": {"m": "SyntaxError: bad (m.py line 1)"}}, [])
    assert run.job.module_errors == {"m": "SyntaxError: bad (m.py line 1)"} and run.job.module_notes == {}


def test_reporter_refuses_an_outcome_too_large_and_keeps_the_others():
    sent = []
    reporter = Reporter(sent.append, strict=False, per_call=20_000)
    reporter.outcome(entry("c1", 1), [])
    reporter.outcome(entry("c2", ["l", "x" * 2000, [0]])._replace(arrays=1), [np.ones(2)])
    reporter.outcome(entry("c3", 10**5000), [])  # beyond str()'s digit limit: JSON cannot hold it
    reporter.close()
    *reports, (done, _) = MessageReader().feed(b"".join(sent))
    outcomes = [r for report, _ in reports for r in OUTCOME.rows(report["outcomes"])]
    assert [(r.id, r.status) for r in outcomes] == [("c1", "ok"), ("c2", "error"), ("c3", "error")]
    assert "per call" in outcomes[1].error and "ValueError" in outcomes[2].error and outcomes[1].value is None
    assert all(arrays == [] for _, arrays in reports) and done["kind"] == "done"


def test_a_batch_not_admitted_whole_goes_outcome_by_outcome_as_its_stages_allow():
    calls = [Call(f"c{i}", "m", "double") for i in range(1, 5)]
    outcomes = [(entry(c.id, ["t", "y" * 60, [0]]), [np.full(2, i)]) for i, c in enumerate(calls)]
    header, arrays = report_of(outcomes, done=5)  # one report: the fast path
    whole = child_run(calls)
    _ChildRun._report(whole, header, arrays)
    sent = []
    reporter = Reporter(sent.append, strict=False, per_call=12_000)  # each fits; all four together do not
    reporter.finished(1)  # the import stage
    for stage, (e, a) in enumerate(outcomes, 2):
        reporter.outcome(e._replace(arrays=len(a)), a)
        reporter.done = stage  # finished() without its flush
    reporter.flush()
    split = child_run(calls)
    reports = [m for m in MessageReader().feed(b"".join(sent)) if m[0]["outcomes"]["id"]]
    assert len(reports) == 4
    for header, arrays in reports:
        _ChildRun._report(split, header, arrays)
    assert split.reported == 5
    for c in calls:
        got, want = split.job.outcomes[c.id], whole.job.outcomes[c.id]
        assert got.status == "ok" and got.value[0] == want.value[0] and np.array_equal(got.value[1], want.value[1])


def test_reporter_batches_unless_strict(monkeypatch):
    # a still clock: 5 ms between two stages of this loop (a loaded machine, red24's full sandbox run) flushed twice
    monkeypatch.setattr(wire.time, "perf_counter", lambda: 0.0)
    for strict, writes in ((False, 1), (True, 3)):
        sent = []
        reporter = Reporter(sent.append, strict=strict)
        for stage in (1, 2, 3):
            reporter.outcome(entry(f"c{stage}", stage), [])
            reporter.finished(stage)
        if not strict:
            reporter.flush()
        assert len(sent) == writes


# --- .npy: what numpy writes is read, and checked as strictly -----------------------------------


def npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


@pytest.mark.parametrize("array", [np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(2, 3).T, np.array(2.5),
                                   np.zeros(0), np.ones(2, complex), np.arange(4, dtype=">i4"), np.ones(3, bool)])
def test_npy_from_numpy_loads(array):
    back = load_npy(bytearray(npy(array)))
    assert back.dtype == array.dtype and back.shape == array.shape and np.array_equal(back, array)
    assert back.flags.writeable


def test_a_header_with_the_wrong_amount_of_data_is_rejected():
    good = npy(np.ones((2, 2)))
    load_npy(good)
    with pytest.raises(ProtocolError, match="does not match"):
        load_npy(good[:-8])


SETTING = """\
import sys, warnings
import numpy as np
np.seterr(all="raise")  # a debugging habit, at the top of one file
warnings.simplefilter("error")
np.hypot = lambda a, b: "replaced"

def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_filename.endswith("b_plain.py"):
        raise ValueError("traced")

sys.settrace(tracer)

def g():
    try:
        np.exp(np.float64(1000))
    except FloatingPointError as error:
        return [np.hypot(3, 4), type(error).__name__]
"""
OVERFLOWING = """\
import numpy as np

def f():
    return [float(np.hypot(3, 4)), float(np.exp(np.float64(1000)))]
"""


def test_one_files_numpy_settings_and_names_reach_its_own_calls_only(bwrap):
    """np.seterr(all='raise'), warnings.simplefilter('error'), np.exp replaced or a tracer (sys.settrace) at the
    top of softmax.py reached the calls of every file imported after it: the right activations.py and losses.py
    beside it lost up to 22.5 of 112.5 points (full marks graded alone; red22). Each import now starts from the
    job's settings, numpy's own names and tracer, a call runs under its own module's."""
    result = bwrap.run({"a_setting": SETTING, "b_plain": OVERFLOWING},
                       [Call("g", "a_setting", "g"), Call("f", "b_plain", "f"), Call("g2", "a_setting", "g")])
    own, other, again = (result.outcomes[name] for name in ("g", "f", "g2"))
    assert own.value == again.value == ["replaced", "FloatingPointError"], own
    assert other.value == [5.0, float("inf")] and "overflow" in " ".join(other.warnings), other


NESTED_IMPORTER = """\
import numpy as np
import c_settings  # its own settings, not this file's

def f():
    return float(np.exp(np.float64(1000)))
"""
NESTED_SETTING = """\
import numpy as np
np.seterr(all="raise")

def g():
    try:
        np.exp(np.float64(1000))
        return "not raised"
    except FloatingPointError:
        return "raised"
"""


def test_a_module_imported_by_anothers_import_keeps_its_settings_to_itself(bwrap):
    """The settings were taken per import stage: c_settings, imported by a_importer's `import c_settings`, handed its
    np.seterr(all='raise') to a_importer (whose f failed with FloatingPointError) and ran its own g without it; named
    the other way round (its stage first), each kept its own: which module held them hung on names and restarts. Now
    taken around each module's own code, in every order."""
    for modules in ({"a_importer": NESTED_IMPORTER, "c_settings": NESTED_SETTING},
                    {"c_settings": NESTED_SETTING, "a_importer": NESTED_IMPORTER}):
        result = bwrap.run(modules, [Call("g", "c_settings", "g"), Call("f", "a_importer", "f")])
        own, importer = result.outcomes["g"], result.outcomes["f"]
        assert own.value == "raised", (list(modules), own)
        assert importer.value == float("inf") and "overflow" in " ".join(importer.warnings), (list(modules), importer)
