"""`mlptutor check`'s start-up: SymPy's companion starts ahead of need for a formulas file the disk cache does not
settle (before the specs load for a file not seen before; killed once judging ahead shows no formula needs it),
else when a formula agrees with its answer in numbers; formulas are judged ahead while the submission is planned and run, and the results kept on disk from
one check to the next (grader/diskcache.py) give the very report a first check gives."""

import os
import pickle
import re
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader import commands, diskcache, pipeline
from mlptutor.grader.checks import formula_relations, symbolic, sympy_ahead
from mlptutor.grader.checks.base import Context
from mlptutor.grader.pipeline import Grader
from mlptutor.grader.sandbox import Limits, Sandbox
from mlptutor.grader.sandbox.zygote import Zygote
from mlptutor.grader.specs import Specs, load_spec

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def companions(monkeypatch):
    """The preload of every companion started (the first `Sandbox.companion` call for it), in order."""
    started, seen = [], []  # the companions themselves: an id could be a closed one's again
    original = Sandbox.companion

    def companion(self, preload):
        made = original(self, preload)
        if not any(made is other for other in seen):
            seen.append(made)
            started.append(made.preload)
        return made
    monkeypatch.setattr(Sandbox, "companion", companion)
    return started


@pytest.fixture
def confirmations(monkeypatch):
    """The number of formulas of every job SymPy's companion ran to confirm them, in order."""
    jobs, run = [], Sandbox.run

    def counted(self, modules, calls, *args, **kwargs):
        if symbolic.WORKER in modules and calls[0].function == "confirm":
            jobs.append(sum(c.function == "confirm" for c in calls))
        return run(self, modules, calls, *args, **kwargs)
    monkeypatch.setattr(Sandbox, "run", counted)
    return jobs


@pytest.fixture
def closed_zygotes(monkeypatch):
    """(made ready, exit status) of every zygote closed, in order: one never made ready ran no job."""
    closed, close = [], Zygote.close

    def recorded(self):
        close(self)
        closed.append((self._booted, self.process.returncode))
    monkeypatch.setattr(Zygote, "close", recorded)
    return closed


@pytest.fixture
def fresh_verdicts(monkeypatch):
    """The process's memo of formula verdicts emptied (other tests judged the same formulas), still on disk."""
    monkeypatch.setattr(symbolic, "VERDICTS", symbolic.VERDICTS.fresh())


def check(folder, cache):
    return CliRunner(env={"MLPTUTOR_CACHE": str(cache)}).invoke(cli, ["check", str(folder)])


def test_the_companion_starts_only_when_a_derivatives_file_is_checked(tmp_path, solution, companions, fresh_verdicts):
    (tmp_path / "softmax.py").write_text(solution("softmax"))
    assert check(tmp_path / "softmax.py", "").exit_code == 0
    assert companions == []
    (tmp_path / "derivatives.py").write_text(solution("derivatives"))
    result = check(tmp_path, "")
    assert result.exit_code == 0, result.output
    assert companions == [symbolic.PRELOAD] and "SymPy confirms it" in result.output


def test_an_unchanged_derivatives_file_is_judged_again_without_sympy(tmp_path, solution, companions, fresh_verdicts,
                                                                      confirmations):
    folder, cache = tmp_path / "work", tmp_path / "cache"
    folder.mkdir()
    (folder / "derivatives.py").write_text(solution("derivatives"))
    first = check(folder, cache)
    assert first.exit_code == 0 and companions == [symbolic.PRELOAD]
    assert {"formula-texts.pickle", "formula-verdicts.pickle"} <= {p.name for p in cache.iterdir()}
    symbolic.VERDICTS.clear()  # a new process: only the disk knows the verdicts
    again = check(folder, cache)
    assert again.output == first.output and companions == [symbolic.PRELOAD]  # no second companion
    (folder / "derivatives.py").write_text(solution("derivatives").replace('"sech(z)**2"', '"cosh(z)"'))
    edited = check(folder, cache)  # another file: its new formula judged, wrong in numbers: SymPy confirms nothing
    # (and proves nothing: no relation fits cosh(z), grader/checks/formula_relations.py); its companion started
    # ahead of need (a file the disk cache does not settle) and confirmed nothing
    assert edited.exit_code == 1 and companions == [symbolic.PRELOAD] * 2 and confirmations == [7]
    assert "FAIL tanh_derivative" in edited.output and "your formula gives" in edited.output


@pytest.mark.parametrize("file", ["wrong", "unfinished"])
def test_formulas_the_numbers_refute_and_an_unfinished_file_never_wait_for_sympy(tmp_path, companions, fresh_verdicts,
                                                                                  confirmations, closed_zygotes, file):
    """Judged ahead or after the job, with the cache or without: the same report, and nothing for SymPy to
    confirm or prove (no relation fits the numbers: grader/checks/formula_relations.py). Judged ahead, SymPy's
    companion starts before the numbers are in and is killed (never waited for) once they show no formula
    needs it; judged after the job, none starts."""
    folder = tmp_path / "work"
    folder.mkdir()
    wrong = "".join(f"def {fn.name}():\n    return 's_i*s_j + s_i**3'\n\n\n" for fn in load_spec("derivatives").functions)
    stub = (ROOT / "exercises" / "derivatives.py").read_text()
    (folder / "derivatives.py").write_text(wrong if file == "wrong" else stub)
    ahead = check(folder, tmp_path / "cache")  # the formulas judged ahead (`SymbolicCheck.start`)
    assert companions == [symbolic.PRELOAD]  # started ahead of need
    assert [status for booted, status in closed_zygotes if not booted] == [-signal.SIGKILL]  # killed at close
    symbolic.VERDICTS.clear()
    after = check(folder, "")  # no disk cache: judged after the submission's job
    assert ahead.exit_code == after.exit_code == 1 and ahead.output == after.output
    assert companions == [symbolic.PRELOAD] and confirmations == []  # none after the job
    assert ahead.output.count("TODO " if file == "unfinished" else "FAIL ") == 7 and "SymPy" not in ahead.output
    again = check(folder, tmp_path / "cache")  # the same file again: the disk settles every formula
    assert again.output == ahead.output and companions == [symbolic.PRELOAD]  # no second companion


@pytest.mark.parametrize("file", ["right", "refuted", "unfinished"])
def test_a_companion_started_ahead_is_closed_once_judging_ahead_shows_no_formula_needs_it(tmp_path, solution,
                                                                                          companions, closed_zygotes,
                                                                                          monkeypatch, file):
    """Judging starts once the formulas judged ahead are in: by then the companion started ahead is closed (killed
    while booting, or before any job ran in it) when no formula needed it: none agreed in numbers and no relation
    fits (refuted), or no function returned a text (unfinished); right formulas keep it."""
    folder = tmp_path / "work"
    folder.mkdir()
    refuted = "".join(f"def {fn.name}():\n    return 's_i*s_j + s_i**3'\n\n\n" for fn in load_spec("derivatives").functions)
    files = {"right": solution("derivatives"), "refuted": refuted,
             "unfinished": (ROOT / "exercises" / "derivatives.py").read_text()}
    (folder / "derivatives.py").write_text(files[file])
    when_judging = []

    def judge(job, grader):
        for thread in symbolic._AHEAD.get(grader.sandbox, []):
            thread.join()
        when_judging.append(list(closed_zygotes))
        pipeline.judge(job, grader)
    monkeypatch.setattr(pipeline, "STEPS", tuple(judge if step is pipeline.judge else step for step in pipeline.STEPS))
    assert check(folder, tmp_path / "cache").exit_code == (0 if file == "right" else 1)
    assert companions == [symbolic.PRELOAD]
    assert when_judging == ([[]] if file == "right" else [[(False, -signal.SIGKILL)]])


def test_the_companion_starts_ahead_for_a_changed_formulas_file_only(tmp_path, solution, companions, fresh_verdicts):
    """Ahead of need: for a formulas file the disk cache does not settle (its numbers refute every formula here,
    so only the start ahead starts one), not for the same file again, nor for a folder without formulas."""
    folder, cache = tmp_path / "work", tmp_path / "cache"
    folder.mkdir()
    (folder / "softmax.py").write_text(solution("softmax"))
    assert check(folder, cache).exit_code == 0 and companions == []  # no formula exercise
    wrong = "".join(f"def {fn.name}():\n    return '1 - s_i'\n\n\n" for fn in load_spec("derivatives").functions)
    (folder / "derivatives.py").write_text(wrong)
    first = check(folder, cache)
    assert first.exit_code == 1 and companions == [symbolic.PRELOAD]
    symbolic.VERDICTS.clear()  # a new process: only the disk knows the verdicts
    assert check(folder, cache).output == first.output and companions == [symbolic.PRELOAD]
    (folder / "derivatives.py").write_text(wrong.replace("'1 - s_i'", "'2 - s_i'", 1))  # changed: judged afresh
    assert check(folder, cache).exit_code == 1 and companions == [symbolic.PRELOAD] * 2


def test_the_companion_starts_before_the_specs_load_for_a_formulas_file_not_seen_before(tmp_path, solution, companions,
                                                                                       closed_zygotes, monkeypatch):
    """Read off the spec modules' sources (no spec imported); a companion started so that no check claims (the
    spec read wrongly) is killed once identify is done, never made ready."""
    events = []
    start, identified = sympy_ahead.start, commands.identified

    def started(sandbox, exercises):
        events.append(("started", start(sandbox, exercises)))
        return events[-1][1]

    def identify(job, grader):
        events.append("identify")
        identified(job, grader)
        events.append(("identified", list(closed_zygotes)))
    monkeypatch.setattr(sympy_ahead, "start", started)
    monkeypatch.setattr(commands, "identified", identify)
    folder, cache = tmp_path / "work", tmp_path / "cache"
    folder.mkdir()
    (folder / "derivatives.py").write_text(solution("derivatives"))
    assert check(folder, cache).exit_code == 0
    assert events == [("started", True), "identify", ("identified", [])] and companions == [symbolic.PRELOAD]
    events.clear()
    closed_zygotes.clear()
    assert check(folder, cache).exit_code == 0  # seen before: the disk cache settles it
    assert events == [("started", False), "identify", ("identified", [])] and companions == [symbolic.PRELOAD]
    assert sympy_ahead.judges_formulas("derivatives") and not sympy_ahead.judges_formulas("softmax")
    (folder / "derivatives.py").unlink()
    (folder / "softmax.py").write_text(solution("softmax"))
    monkeypatch.setattr(sympy_ahead, "judges_formulas", lambda exercise: True)  # a wrong guess
    events.clear()
    closed_zygotes.clear()
    assert check(folder, cache).exit_code == 0
    assert events == [("started", True), "identify", ("identified", [(False, -signal.SIGKILL)])]
    assert companions == [symbolic.PRELOAD] * 2


def test_a_wrong_formula_a_relation_fits_in_numbers_starts_the_companion_to_prove_it(tmp_path, companions,
                                                                                     fresh_verdicts, confirmations,
                                                                                     monkeypatch):
    monkeypatch.setattr(formula_relations, "RELATED", formula_relations.RELATED.fresh())  # other tests related formulas
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "derivatives.py").write_text("def softmax_off_diagonal():\n    return 's_i*s_j'\n")
    result = check(folder / "derivatives.py", tmp_path / "cache")
    assert result.exit_code == 1 and companions == [symbolic.PRELOAD] and confirmations == []
    assert "SymPy shows your formula is the right one times -1" in result.output
    symbolic.VERDICTS.clear()
    formula_relations.RELATED.clear()  # a new process: only the disk knows the relation
    again = check(folder / "derivatives.py", tmp_path / "cache")
    assert again.output == result.output and companions == [symbolic.PRELOAD]  # no second companion


def test_formulas_judged_ahead_give_the_report_formulas_judged_after_the_job_give(tmp_path, solution, companions,
                                                                                  fresh_verdicts, confirmations):
    (tmp_path / "derivatives.py").write_text(solution("derivatives"))
    ahead = check(tmp_path, tmp_path / "cache")
    symbolic.VERDICTS.clear()
    after = check(tmp_path, "")
    assert ahead.exit_code == after.exit_code == 0 and ahead.output == after.output
    assert companions == [symbolic.PRELOAD] * 2 and confirmations == [7, 7]
    assert ahead.output.count("SymPy confirms it") == 7


def test_a_wrong_guess_of_the_texts_starts_the_companion_when_judging(tmp_path, solution, companions,
                                                                      fresh_verdicts):
    """The texts a file returned last time are a guess: when a function returns another text, judging starts
    the companion and gives the same verdicts as without any cache."""
    functions = [fn.name for fn in load_spec("derivatives").functions]
    zeros = {"derivatives": "".join(f"def {name}():\n    return '0'\n\n\n" for name in functions)}
    right = {"derivatives": solution("derivatives")}
    after_identify = []

    def identify(job, grader):
        pipeline.identify(job, grader)
        after_identify.append(len(companions))

    def grade(sources):  # a process of its own: a new Sandbox
        with Sandbox(level="auto") as sandbox:
            return Grader(sandbox, specs=Specs(), steps=(identify, *pipeline.STEPS[1:])).grade(
                sources, only=["derivatives"])
    try:
        diskcache.enable(zeros, folder=tmp_path)
        grade(zeros)  # the verdicts on '0' are kept (a companion started ahead of need: a file not seen before)
        before = len(companions)
        diskcache.enable(right, folder=tmp_path)
        for name in functions:  # guessed: every function of the right file returns '0' again
            symbolic.RETURNED.put((diskcache.digest("derivatives"), name), "0")
        report = grade(right)
    finally:
        diskcache.enable(folder=None)
    # none ahead for '0' (wrong in numbers); one to judge
    assert after_identify[1] == before and len(companions) == before + 1
    assert report.passed and all("SymPy confirms it" in row.message for row in report.checks)


def test_a_store_reads_only_its_own_version_from_a_file_only_the_user_can_write(tmp_path):
    try:
        diskcache.enable(folder=tmp_path)
        kept = diskcache.store("test-store")
        kept.put(("a", 1), [1.5])
        diskcache.flush()
        path = tmp_path / "test-store.pickle"
        diskcache.enable(folder=tmp_path)
        assert kept.get(("a", 1)) == [1.5]
        os.chmod(path, 0o666)  # another user could have written it: not read
        diskcache.enable(folder=tmp_path)
        assert kept.get(("a", 1)) is None
        os.chmod(path, 0o600)
        path.write_bytes(pickle.dumps({"version": "another grader", "entries": {("a", 1): [2.5]}}))
        diskcache.enable(folder=tmp_path)
        assert kept.get(("a", 1)) is None
        diskcache.enable(folder=None)  # disabled: nothing kept, nothing written
        kept.put(("b", 2), 1)
        diskcache.flush()
        assert kept.get(("b", 2)) is None and path.read_bytes().count(b"another grader") == 1
    finally:
        diskcache.enable(folder=None)


def test_a_store_never_reads_through_a_symbolic_link(tmp_path):
    """A link in the cache folder to a file the user owns (a student's downloaded submission: its bytes are the
    student's) is not unpickled: in a folder others can write (MLPTUTOR_CACHE=/tmp/...), unpickling it would run
    their code as the user."""
    try:
        diskcache.enable(folder=tmp_path)
        kept = diskcache.store("test-store")
        kept.put(("a", 1), [1.5])
        diskcache.flush()
        (tmp_path / "test-store.pickle").rename(tmp_path / "downloaded.ipynb")
        (tmp_path / "test-store.pickle").symlink_to(tmp_path / "downloaded.ipynb")
        diskcache.enable(folder=tmp_path)
        assert kept.get(("a", 1)) is None
    finally:
        diskcache.enable(folder=None)


def test_a_memoised_function_runs_once_per_version_and_keeps_its_signature(tmp_path):
    calls = []

    def run(seed, steps=3):
        """A pure function of its arguments."""
        calls.append(seed)
        return {"seed": seed, "steps": steps}
    memo = diskcache.memoised("test-runs", run)
    try:
        diskcache.enable(folder=tmp_path)
        assert memo(4, steps=2) == {"seed": 4, "steps": 2}
        diskcache.flush()
        diskcache.enable(folder=tmp_path)  # the next check
        assert memo(4, steps=2) == {"seed": 4, "steps": 2} and memo(5) == {"seed": 5, "steps": 3}
        assert calls == [4, 5]
    finally:
        diskcache.enable(folder=None)
    assert memo(4, steps=2) == {"seed": 4, "steps": 2} and calls == [4, 5, 4]  # disabled: computed
    assert memo.__name__ == "run" and memo.__doc__ == run.__doc__


# hidden draws of every kind (graphs, generators passed on, seeds, splits), mistakes the relation finder names
KEPT_PLAN_EXERCISES = ("data", "early_stopping", "experiments", "graph", "init", "optim", "perceptron", "softmax")


def test_kept_plans_give_the_report_fresh_plans_give(tmp_path, sandbox, solution):
    """Every exercise, each with one of its mistakes made (so the relation finder and the named mistakes, which
    read the plans and the hidden draws' generators, have work): the report of a check whose plans come from
    the disk is the report of one that plans afresh."""
    specs = Specs()
    sources = {}
    for name in KEPT_PLAN_EXERCISES:
        edits = list(load_spec(name).edits.values())
        sources[name] = edits[len(edits) // 2].apply(solution(name)) if edits else solution(name)
    steps = tuple(commands.plan_kept if step is pipeline.plan else step for step in pipeline.STEPS)

    def rows(kept: bool):
        report = Grader(sandbox, specs=specs, steps=steps if kept else pipeline.STEPS).grade(sources, student="s1")
        return [(r.function, r.check, r.points, r.mistake, re.sub(r"in \d+\.\d+ s", "", r.message))
                for r in report.checks]
    try:
        diskcache.enable(sources, folder=tmp_path)
        fresh = rows(kept=True)  # planned, and kept
        diskcache.flush()
        diskcache.enable(sources, folder=tmp_path)  # the next check reads them
        kept = rows(kept=True)
    finally:
        diskcache.enable(folder=None)
    assert (tmp_path / "plans.pickle").exists()
    assert kept == fresh == rows(kept=False)
    assert sum(r[2] for r in kept) < sum(specs[name].max_points for name in sources)  # the mistakes cost points


def test_a_kept_plan_holds_the_public_students_draws_once_judging_asked_for_them(tmp_path, sandbox, solution,
                                                                                monkeypatch):
    """What `secret` compares a right hidden input beside a wrong one with: a right file's first check draws none of
    them (every first check drew them for every plan it kept: 57 ms of CPU for the 21 exercises); a later check of a
    wrong file plans the function again for its draws' makers and keeps them with its plan, which the check after
    it reads; every report is the one a grader planning afresh gives."""
    drawn, public_rng = [], Context.public_rng
    monkeypatch.setattr(Context, "public_rng", lambda self, name: drawn.append(name) or public_rng(self, name))
    steps = tuple(commands.plan_kept if step is pipeline.plan else step for step in pipeline.STEPS)
    specs, right = Specs(), solution("init")
    wrong = load_spec("init").edits["he-fan-out"].apply(right)  # right on some hidden inputs of a drawn mode

    def rows(source, kept=True):
        diskcache.enable({"init": source}, folder=tmp_path if kept else None)
        try:
            report = Grader(sandbox, specs=specs, steps=steps).grade({"init": source}, student="s1")
            diskcache.flush()
        finally:
            diskcache.enable(folder=None)
        return [(r.function, r.check, r.points, r.mistake, re.sub(r"in \d+\.\d+ s", "", r.message))
                for r in report.checks]

    fresh = rows(wrong, kept=False)
    assert drawn
    drawn.clear()
    assert rows(right) == rows(right, kept=False) and not drawn
    assert rows(wrong) == fresh and drawn
    asked = len(drawn)
    assert rows(wrong) == fresh and len(drawn) == asked


def test_the_companion_started_ahead_has_spawned_its_zygote_when_start_returns(tmp_path, solution):
    """In the check command's own thread, before it imports NumPy and the grader (the boot's head start)."""
    diskcache.enable({"derivatives": solution("derivatives")}, folder=tmp_path / "cache")
    try:
        with Sandbox(level="auto") as sandbox:
            assert sympy_ahead.start(sandbox, ["derivatives"])
            companion = sandbox.companion(symbolic.PRELOAD)
            assert companion._resources.zygote is not None and companion._resources.zygote.alive()
            sympy_ahead.release(sandbox)  # no check claimed it
            assert companion.closed
    finally:
        diskcache.enable(folder=None)


def test_the_paths_of_a_check_are_guessed_before_its_command_line_is_parsed():
    args = ["a", "--format", "json", "b", "--student=s1", "--student", "s2", "--require-sandbox", "c/d.py"]
    assert sympy_ahead._guessed_paths(args) == ["a", "b", "c/d.py"]


def test_the_console_script_makes_the_companion_before_click_and_the_check_takes_it(tmp_path, solution, monkeypatch):
    """mlptutor.launch: `mlptutor check` starts SymPy's companion (start_early) before its command line is parsed;
    the check's Sandbox takes that very companion, which confirms the formulas and closes with it; none is made
    for a file the disk cache settles, and one the check does not ask for (the guess was wrong) is closed."""
    ran_in, run = [], Sandbox.run

    def recorded(self, modules, calls, *args, **kwargs):
        if calls and calls[0].function == "confirm":
            ran_in.append(self)
        return run(self, modules, calls, *args, **kwargs)
    monkeypatch.setattr(Sandbox, "run", recorded)
    monkeypatch.setattr(symbolic, "VERDICTS", symbolic.VERDICTS.fresh())
    monkeypatch.setenv("MLPTUTOR_CACHE", str(tmp_path / "cache"))
    folder, other = tmp_path / "work", tmp_path / "other"
    folder.mkdir(), other.mkdir()
    (folder / "derivatives.py").write_text(solution("derivatives"))
    (other / "softmax.py").write_text(solution("softmax"))

    sympy_ahead.start_early(["--format", "text", str(folder)])
    [early] = sympy_ahead._AHEAD
    assert early.preload == symbolic.PRELOAD and early._resources.zygote is not None
    assert check(folder, tmp_path / "cache").exit_code == 0
    assert ran_in == [early] and early.closed and sympy_ahead._AHEAD == []

    sympy_ahead.start_early([str(folder)])  # seen before: nothing to confirm
    assert sympy_ahead._AHEAD == []

    (folder / "derivatives.py").write_text(solution("derivatives") + "\n# edited\n")
    sympy_ahead.start_early([str(folder)])
    [early] = sympy_ahead._AHEAD
    assert check(other, tmp_path / "cache").exit_code == 0  # not the guessed folder
    assert early.closed and sympy_ahead._AHEAD == []


def test_the_early_guess_reads_no_file_the_check_would_refuse(tmp_path, monkeypatch):
    """A FIFO (read, it would block) or a file over the sandbox's size limit named derivatives.py: no companion made
    early; the check then refuses the folder in one line, after at most one note naming the file."""
    monkeypatch.setenv("MLPTUTOR_CACHE", str(tmp_path / "cache"))
    fifo, big = tmp_path / "fifo", tmp_path / "big"
    fifo.mkdir(), big.mkdir()
    os.mkfifo(fifo / "derivatives.py")
    (big / "derivatives.py").write_text("#" * (Limits().sources_bytes + 1))
    for folder in (fifo, big):
        sympy_ahead.start_early([str(folder)])
        assert sympy_ahead._AHEAD == []
        result = check(folder, tmp_path / "cache")
        *notes, refusal = result.output.strip().splitlines()
        assert result.exit_code == 2 and refusal.startswith("mlptutor check: "), result.output
        assert len(notes) <= 1 and all("derivatives.py" in note for note in notes), result.output
