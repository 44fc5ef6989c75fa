import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from mlptutor.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parents[1]


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


def test_every_option_of_every_command_says_what_it_is():
    """`mlptutor export --help` showed `--gradebook PATH [default: grading-out/gradebook.sqlite]` and nothing
    else: which gradebook, when `grade --out` named another folder?"""
    def bare(command, name):
        found = [f"{name} {p.opts[0]}" for p in command.params if isinstance(p, click.Option) and not p.help]
        if isinstance(command, click.Group):
            context = click.Context(command)
            found += [o for sub in command.list_commands(context)
                      for o in bare(command.get_command(context, sub), f"{name} {sub}")]
        return found

    assert bare(cli, "mlptutor") == []


def readme_command_options(text: str) -> list[tuple[str, str]]:
    """(subcommand words, option) of every `mlptutor ...` line of the shell blocks of a README."""
    found = []
    for block in re.findall(r"```(?:bash)?\n(.*?)```", text, re.S):
        for line in block.replace("\\\n", " ").splitlines():
            words = line.split("#")[0].split()
            if words[:1] != ["mlptutor"]:
                continue
            names = [w for w in words[1:3] if re.fullmatch(r"[a-z]+", w)]
            found += [(" ".join(names), w.strip("[]").split("=")[0]) for w in words if w.strip("[").startswith("--")]
    return found


def test_every_option_a_readme_gives_is_one_the_command_takes():
    """An instructor follows the READMEs alone: an option spelled there as no command spells it is a failed step."""
    readmes = [ROOT / "README.md", *sorted(ROOT.glob("*/README.md")), *sorted(ROOT.glob("grader/*/README.md"))]
    wrong = []
    for readme in readmes:
        for names, option in readme_command_options(readme.read_text()):
            command = cli
            for name in names.split():
                sub = command.get_command(click.Context(command), name) if isinstance(command, click.Group) else None
                command = sub or command
            if option not in {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"--help"}:
                wrong.append(f"{readme.name}: mlptutor {names} {option}")
    assert wrong == []
