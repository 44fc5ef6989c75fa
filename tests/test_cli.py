import subprocess
import sys

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


def test_demo_trains_xor_to_four_of_four():
    result = CliRunner().invoke(cli, ["demo", "--seed", "0"])
    assert result.exit_code == 0 and "correct: 4/4" in result.output
