import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from mlptutor.cli import COMMANDS, cli


def test_help_lists_every_subcommand():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.output


def test_check_imports_neither_jinja_nor_sympy():
    probe = ("import sys; from mlptutor.cli import cli; cli.get_command(None, 'check'); "
             "print(sorted(m for m in ('jinja2', 'sympy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unknown_subcommand_is_a_usage_error():
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code == 2 and "No such command" in result.output


@pytest.mark.parametrize("args, line", [
    (["frobnicate"], "Error: No such command 'frobnicate'. (see mlptutor --help)"),
    (["grade"], "Error: Missing argument 'SUBMISSIONS'. (see mlptutor grade --help)"),
    (["practice", "--bogus"], "Error: No such option '--bogus'. Did you mean '--rounds'? (see mlptutor practice --help)"),
])
def test_a_usage_error_is_one_line_naming_the_help_to_read(args, line):
    """click prints its usage block before the error; the brief's one line names the problem and the help."""
    result = CliRunner().invoke(cli, args, prog_name="mlptutor")
    assert result.exit_code == 2 and result.output.splitlines() == [line], result.output


def test_demo_trains_xor_to_four_of_four():
    result = CliRunner().invoke(cli, ["demo", "--seed", "0"])
    assert result.exit_code == 0 and "correct: 4/4" in result.output


# a command of the process's own command line, ending through `finish` after output it has not flushed
FINISH = """
import atexit, sys, threading
import click
from mlptutor import ending
from mlptutor.cli import cli

@cli.command("finishing")
@click.argument("status", type=int)
@click.option("--thread", is_flag=True, help="a thread that is no daemon still running")
def finishing(status, thread):
    atexit.register(lambda: print("atexit ran", file=sys.stderr))
    if thread:
        threading.Thread(target=threading.Event().wait, args=(0.5,)).start()
    click.echo("the report, unflushed", nl=False)
    ending.finish(status)

cli()
"""


def test_a_command_run_as_its_process_ends_with_its_output_flushed_and_its_atexit_handlers_run():
    for extra in ([], ["--thread"]):  # a thread that is no daemon: sys.exit, which waits for it
        done = subprocess.run([sys.executable, "-c", FINISH, "finishing", "3", *extra], capture_output=True, text=True)
        assert (done.returncode, done.stdout, done.stderr) == (3, "the report, unflushed", "atexit ran\n")


def test_a_command_run_by_clirunner_ends_by_sys_exit_leaving_the_process():
    from mlptutor import ending

    @cli.command("finishing-here")
    def finishing_here():
        click.echo("done")
        ending.finish(4)
    try:
        result = CliRunner().invoke(cli, ["finishing-here"])
    finally:
        cli.commands.pop("finishing-here")
    assert (result.exit_code, result.output) == (4, "done\n")


def test_the_console_script_looks_ahead_only_for_check():
    """mlptutor.launch: SymPy's companion may start before click's import for `check`, never for another command."""
    probe = ("import sys; sys.argv = ['mlptutor', 'demo', '--help']; from mlptutor.launch import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('AHEAD', 'mlptutor.grader.checks.sympy_ahead' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "Usage: mlptutor demo" in out and out.strip().endswith("AHEAD False")
