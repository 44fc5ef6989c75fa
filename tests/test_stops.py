"""Stopped from outside (SIGTERM, a closed terminal), the commands and the suite's second process leave nothing."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mlptutor import stops

TESTS = Path(__file__).parent


def _gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_the_second_process_dies_with_a_killed_pytest(tmp_path):
    """A SIGTERM of pytest runs no sessionfinish: the second process (apart.py), waiting on its queue, outlived it
    under init with its sandbox's zygotes for 77 minutes. Now it is killed when its parent dies."""
    script = tmp_path / "suite.py"
    script.write_text(textwrap.dedent(f"""\
        import os, sys
        sys.path.insert(0, {str(TESTS)!r})
        import apart

        def pid(grader):
            return os.getpid()

        if __name__ == "__main__":
            apart.begin("pid", pid)
            print(apart.result("pid"), flush=True)
            os.kill(os.getpid(), 9)  # no sessionfinish, no atexit
        """))
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert run.returncode == -9, run.stderr
    assert _gone(int(run.stdout)), "the second process outlived pytest"


def test_sigterm_and_sighup_raise_keyboard_interrupt_unless_ignored():
    """SIGTERM and SIGHUP killed `mlptutor grade` without a word, its workers grading on orphaned; as Ctrl-C they
    reach the command's clean-up. A SIGHUP ignored by nohup stays ignored."""
    before = {s: signal.getsignal(s) for s in stops.STOPS}
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        stops.as_ctrl_c()
        assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
    finally:
        for stop, handler in before.items():
            signal.signal(stop, handler)


def test_an_interrupted_start_is_one_line():
    """Ctrl-C while `mlptutor check` imports (before click handles it) printed a traceback of the import machinery."""
    code = ("import os, signal, sys; sys.argv = ['mlptutor', '--help']; from mlptutor import launch, cli; "
            "cli.cli = lambda: os.kill(os.getpid(), signal.SIGTERM) or __import__('time').sleep(5); launch.main()")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stderr) == (stops.INTERRUPTED, "mlptutor: interrupted\n")


def test_ctrl_c_in_a_students_check_is_one_line(monkeypatch, capsys):
    """Ctrl-C in `mlptutor-student check` printed a traceback of wherever the check was (red21)."""
    from mlptutor.grader.release.student import cli

    def interrupted(paths, fmt):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "check", interrupted)
    with pytest.raises(SystemExit) as ended:
        cli.main(["check", "my-work"])
    assert (ended.value.code, capsys.readouterr().err) == (stops.INTERRUPTED, "mlptutor-student: interrupted\n")


def test_ctrl_c_in_any_command_exits_130_in_one_line(monkeypatch):
    """click turns Ctrl-C into its Abort: "Aborted!" and status 1, which a script reads as a failed check or grade
    (read24); the shell's 130 and one line now, as an interrupted start."""
    from click.testing import CliRunner

    from mlptutor import cli

    @cli.click.command()
    def slow():
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.cli.lazy, "slow", "tests_stops_slow:slow")
    monkeypatch.setitem(sys.modules, "tests_stops_slow", type(sys)("tests_stops_slow"))
    sys.modules["tests_stops_slow"].slow = slow
    result = CliRunner().invoke(cli.cli, ["slow"])
    assert (result.exit_code, result.output) == (stops.INTERRUPTED, "\nmlptutor: interrupted\n")  # click ends the ^C line
