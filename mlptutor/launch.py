"""The `mlptutor` console script: for a check, SymPy's companion starts before the command line is parsed."""

import sys


def main():
    if sys.argv[1:2] == ["check"]:  # its boot is a first check's longest item: it starts before click's import
        from mlptutor.grader.checks.sympy_ahead import start_early

        start_early(sys.argv[2:])
    from mlptutor.cli import cli

    cli()
