"""The commands at the sandbox's edges: `grade` refuses to run below bubblewrap unless told, `check` runs weaker
with one line, and input the sandbox cannot take is one line (exit 2 in `check`, a module error in a job)."""

import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from mlptutor.grader.bulk import commands as bulk_commands
from mlptutor.grader.sandbox import Call, levels
from mlptutor.grader.sandbox.runtime import runtime
from mlptutor.grader.sandbox.wire import ProtocolError
from mlptutor.cli import cli

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


@pytest.fixture
def no_bwrap(monkeypatch):
    """This machine as one without bubblewrap."""
    real = levels.unavailable
    monkeypatch.setattr(levels, "unavailable", lambda level, runtime: "bwrap is not installed" if level == "bwrap"
                        else real(level, runtime))
    monkeypatch.setattr(levels, "_warned", [])


@pytest.fixture
def graded(monkeypatch):
    """Stands in for the class grading; records the engine the command built."""
    engines = []

    def grade_class(submissions, out, engine, runner, **options):
        engines.append(engine)
        return SimpleNamespace(problems=[], line=lambda: "graded", usable=True)

    monkeypatch.setattr(bulk_commands, "grade_class", grade_class)
    return engines


def test_grade_refuses_below_bubblewrap_in_one_line(tmp_path, no_bwrap, graded):
    result = CliRunner().invoke(cli, ["grade", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and not graded
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert "bubblewrap sandbox required but not used: bwrap is not installed" in lines[0]
    assert "apt-get install bubblewrap, or run setup.sh as root" in lines[0] and "--allow-weak-sandbox" in lines[0]


def test_grade_runs_weaker_when_allowed(tmp_path, no_bwrap, graded):
    result = CliRunner().invoke(cli, ["grade", str(tmp_path), "--out", str(tmp_path / "out"), "--allow-weak-sandbox"])
    assert result.exit_code == 0, result.output
    assert [engine.require_sandbox for engine in graded] == [False]


def test_grade_requires_bubblewrap_by_default(tmp_path, graded):
    if levels.unavailable("bwrap", runtime(("numpy",))):
        pytest.skip("bubblewrap cannot run here")
    assert CliRunner().invoke(cli, ["grade", str(tmp_path), "--out", str(tmp_path / "out")]).exit_code == 0
    assert [engine.require_sandbox for engine in graded] == [True]


def test_check_runs_weaker_with_one_line(tmp_path, no_bwrap, capsys):
    (tmp_path / "layers.py").write_text((SOLUTIONS / "layers.py").read_text())
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "layers.py")])
    notes = [line for line in result.stderr.splitlines() + capsys.readouterr().err.splitlines()
             if "weaker than bubblewrap (bwrap is not installed)" in line]
    assert result.exit_code == 0, result.output
    assert len(notes) == 1


@pytest.mark.parametrize("content, message", [
    (b"x = 1\n" + b"#" * (12 << 20), "12 MiB, over the 1 MiB limit for an exercise file; is it the right file?"),
    (b"x = 1\n\xff\xfe\n", "not UTF-8 text (byte 0xff at offset 6); save it as UTF-8"),
    (b"x = 1\n\0\n", "contains a NUL byte (offset 6); save it as plain text"),
], ids=["12MB", "not-utf8", "nul"])
def test_check_refuses_input_the_sandbox_cannot_take_in_one_line(tmp_path, content, message):
    (tmp_path / "layers.py").write_bytes(content)
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "layers.py")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"mlptutor check: {tmp_path / 'layers.py'}: {message}"]


def test_job_refuses_sources_over_the_limits_before_sending(bwrap):
    big = "def f():\n    return 1\n" + "#" * (2 << 20) + "\n"
    result = bwrap.run({"m": big, "n": "def f():\n    return 2\n"}, [Call("c", "m", "f"), Call("d", "n", "f")])
    assert result.outcomes["c"].status == "module_error" and result.outcomes["d"].value == 2
    assert "m.py is larger than the sandbox's file size limit (2 MiB; the limit is 1 MiB)" in result.outcomes["c"].error
    many = {f"m{i}": "def f():\n    return 1\n" + "#" * (900 << 10) + "\n" for i in range(12)}
    with pytest.raises(ProtocolError, match=r"message too large: the submission's files hold 10.5 MiB, over the "
                                            r"sandbox's limit of 8 MiB; make them smaller"):
        bwrap.run(many, [Call(f"c{i}", f"m{i}", "f") for i in range(12)])
    fits = {f"m{i}": "def f():\n    return 1\n" + "#" * (900 << 10) + "\n" for i in range(9)}  # 7.9 MiB: a request
    result = bwrap.run(fits, [Call(f"c{i}", f"m{i}", "f") for i in range(9)])       # larger than the pipe
    assert [result.outcomes[f"c{i}"].value for i in range(9)] == [1] * 9


def test_check_refuses_files_over_the_sandboxs_total_in_one_line(tmp_path):
    from mlptutor.grader.specs import load_specs

    for name in sorted(load_specs())[:9]:  # each under the 1 MiB limit, 8.6 MiB together
        (tmp_path / f"{name}.py").write_text("x = 1\n" + "#" * (950 << 10) + "\n")
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "mlptutor check: the exercise files hold 8.35 MiB in all, over the sandbox's 8 MiB; are they the right files?"]


def test_importing_a_refused_module_says_why(bwrap):
    helper = "X = 1\n" + "#" * (2 << 20) + "\n"
    result = bwrap.run({"helper": helper, "m": "import helper\ndef f():\n    return helper.X\n"}, [Call("c", "m", "f")])
    error = result.outcomes["c"].error
    assert result.outcomes["c"].status == "module_error"
    assert "ImportError: helper.py cannot be imported: helper.py is larger than the sandbox's file size limit" in error


def test_bwrap_is_given_the_checkpoint_capability_by_number(tmp_path):
    """bwrap reads --cap-add with libcap's cap_from_name: before libcap 2.44 the name CAP_CHECKPOINT_RESTORE is
    "unknown" and bwrap refused to start (no sandbox at all), where the number 40 is taken by every version."""
    if os.geteuid() != 0 or levels.last_capability() < levels.CHECKPOINT_RESTORE:
        pytest.skip("the capability is asked for only by root, on kernels that have it")
    command = levels._bwrap(runtime(("numpy",)), str(tmp_path), 1 << 20)
    added = [command[i + 1] for i, arg in enumerate(command) if arg == "--cap-add"]
    assert "40" in added and not [cap for cap in added if "CHECKPOINT" in cap], added
