"""Symbolic grading in bulk: one worker job per submission, and none for formulas already judged."""

from dataclasses import dataclass

import pytest

from mlptutor.grader.checks import base, formula_relations, symbolic
from mlptutor.grader.checks.symbolic import VERDICTS, FormulaVerdict, judge_formulas
from mlptutor.grader.pipeline import Grader
from mlptutor.grader.sandbox import Call, JobResult, Outcome
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.reference.derivatives import FORMULAS

Z = {"z": (-4.0, 4.0)}
ANSWER = "sigmoid(z)*(1 - sigmoid(z))"


@pytest.fixture
def counting(monkeypatch, sandbox, formulas):
    """The grader's sandbox (numeric comparisons) and its companion with SymPy (confirmations), their formula
    jobs recorded in `sandbox.jobs` as (the worker's function, calls), with empty verdict and relation memos."""
    VERDICTS.clear()
    monkeypatch.setattr(formula_relations, "RELATED", formula_relations.RELATED.fresh())
    jobs = []
    for each in (sandbox, formulas):
        def run(modules, calls, *args, real=each.run, **kwargs):
            if symbolic.WORKER in modules or formula_relations.WORKER in modules:
                jobs.append((calls[0].function, len(calls)))
            return real(modules, calls, *args, **kwargs)
        monkeypatch.setattr(each, "run", run)
    monkeypatch.setattr(sandbox, "jobs", jobs, raising=False)
    return sandbox


def symbolic_rows(report):
    return [(r.function, r.points, r.passed, r.message) for r in report.checks if r.kind == "symbolic"]


def test_all_symbolic_checks_of_a_submission_share_two_jobs_and_a_second_submission_none(grader, solution, counting):
    first = grader.grade({"derivatives": solution("derivatives")}, student="ann")
    # each formula compared, then confirmed by SymPy, which rewrites each to the answer (no 30-digit evaluation)
    assert counting.jobs == [("compare", 7), ("confirm", 7)]
    second = grader.grade({"derivatives": solution("derivatives")}, student="ben")
    assert counting.jobs == [("compare", 7), ("confirm", 7)]
    assert symbolic_rows(first) == symbolic_rows(second) and all(row[2] for row in symbolic_rows(first))


def test_only_the_new_formula_of_a_submission_goes_to_the_worker_and_a_wrong_one_to_sympy_only_to_relate_it(
        grader, solution, counting):
    grader.grade({"derivatives": solution("derivatives")}, student="ann")
    changed = solution("derivatives") + '\n\ndef tanh_derivative():\n    return "1 - tanh(z)"\n'
    report = grader.grade({"derivatives": changed}, student="ben")
    # wrong in numbers: never confirmed; a relation fits its numbers (screen), which SymPy proves
    assert counting.jobs == [("compare", 7), ("confirm", 7), ("compare", 1), ("screen", 1), ("prove", 1)]
    wrong = [row for row in symbolic_rows(report) if not row[2]]
    assert [row[0] for row in wrong] == ["tanh_derivative"] and "one power changed" in wrong[0][3]


def test_cache_hits_start_no_job_and_whitespace_does_not_matter(counting):
    first = judge_formulas([("exp(-z)/(1+exp(-z))**2", ANSWER, Z), ("sigmoid(z)", ANSWER, Z)], sandbox=counting)
    again = judge_formulas([(" sigmoid( z )", ANSWER, Z), ("exp(-z) / (1+exp(-z))**2\t", ANSWER, Z)], sandbox=counting)
    assert counting.jobs == [("compare", 2), ("confirm", 1)]
    assert again == first[::-1] and [v.status for v in first] == ["equivalent", "wrong"]


def test_what_sympy_does_not_rewrite_to_the_answer_is_evaluated_with_30_digits_in_a_second_job(counting):
    # sign and step agree at every sample point, and SymPy proves no rewriting of one into the other
    verdict = judge_formulas([("(sign(z) + 1)/2", "step(z)", Z)], sandbox=counting)[0]
    assert counting.jobs == [("compare", 1), ("confirm", 1), ("precise", 1)] and verdict.status == "wrong"


def test_the_same_formula_twice_in_a_batch_is_judged_once(counting):
    verdicts = judge_formulas([("sigmoid(z)", ANSWER, Z)] * 3 + [("sigmoid(z) ", ANSWER, Z)], sandbox=counting)
    assert counting.jobs == [("compare", 1)] and all(v == verdicts[0] for v in verdicts)


def test_the_seed_is_part_of_the_key(counting):
    judge_formulas([("sigmoid(z)", ANSWER, Z)], sandbox=counting, seed=1)
    wrong = judge_formulas([("sigmoid(z)", ANSWER, Z)], sandbox=counting, seed=2)[0]
    assert counting.jobs == [("compare", 1), ("compare", 1)] and wrong.status == "wrong"


def test_refused_texts_need_no_job(counting):
    verdict = judge_formulas([("z.__class__", ANSWER, Z)], sandbox=counting)[0]
    assert counting.jobs == [] and verdict.status == "not_allowed"


class Unfinished:
    """A sandbox whose every call times out."""

    level = "none"

    def run(self, modules, calls, limits=None):
        return JobResult(outcomes={call.id: Outcome("timeout", error="limit") for call in calls})


def test_a_timeout_is_not_remembered():
    VERDICTS.clear()
    assert judge_formulas([("sigmoid(z)", ANSWER, Z)], sandbox=Unfinished())[0].status == "timeout"
    assert len(VERDICTS) == 0


@dataclass(frozen=True)
class Batched(base.Check):
    """A check kind that prepares in bulk: prepare leaves the batch size in each memo, or fails on demand."""

    kind = "value"  # a kind the report knows
    name: str = "batched"
    points: float = 1.0
    batches: list = None  # shared record of the batch sizes prepare saw
    fail: bool = False

    def plan(self, ctx):
        return base.Plan([ctx.call(self.name, 0)], memo={})

    @classmethod
    def prepare(cls, checks, outcomes):
        checks[0][0].batches.append(len(checks))
        if checks[0][0].fail:
            raise RuntimeError("prepare broke")
        for _, _, plan in checks:
            plan.memo["batch"] = len(checks)

    def judge(self, ctx, plan, outcomes):
        return base.Verdict(1.0, f"batch of {plan.memo.get('batch', 'none')}: {outcomes[plan.calls[0].id].value}")


@pytest.mark.parametrize("fail, message", [(False, "batch of 3: 1"), (True, "batch of none: 1")])
def test_the_pipeline_prepares_each_kind_once_and_judges_without_it_when_it_fails(sandbox, fail, message):
    batches = []
    checks = (Batched("one", batches=batches, fail=fail), Batched("two", batches=batches, fail=fail))
    spec = ExerciseSpec("toy", (FunctionSpec("f", lambda: 1, checks), FunctionSpec("g", lambda: 1, checks[:1]),
                                FunctionSpec("h", lambda: 1, checks[:1])))
    source = "def f():\n    return 1\n\ndef g():\n    return 1\n\ndef h():\n    raise NotImplementedError\n"
    report = Grader(sandbox, specs={"toy": spec}).grade({"toy": source})
    assert batches == [3]  # h is an untouched stub: the pipeline says so without preparing or judging it
    assert [r.message for r in report.checks] == [message] * 3 + ["not implemented yet"]


PROBE = '''
import sys

import symbolic_worker


def new_sympy_modules(student, answer, variables):
    before = set(sys.modules)
    # numbers agree (right formulas): SymPy's companion has no NumPy to compare them with
    symbolic_worker.confirm({"status": "equivalent"}, student, answer, variables)
    return sorted(name for name in set(sys.modules) - before if name.startswith("sympy"))
'''


def test_a_job_imports_no_sympy_module_the_zygote_could_have_preloaded(solution, formulas):
    namespace = {}
    exec(solution("derivatives"), namespace)  # our own solution file, not a student's
    calls = [Call(name, "probe", "new_sympy_modules", (namespace[name](), f.answer, f.variables))
             for name, f in FORMULAS.items()]
    result = formulas.run({"symbolic_worker": symbolic._worker_source(), "probe": PROBE}, calls)
    assert {name: o.value for name, o in result.outcomes.items()} == {name: [] for name in FORMULAS}
