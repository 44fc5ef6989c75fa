"""The `mlptutor` console script: for a check, SymPy's companion starts before the command line is parsed."""

import sys


def main():
    # its boot is a first check's longest item: spawned before click's import, at 86 ms instead of 102, the twelve's
    # first check 0.96x (benchmarks/README.md, fourteenth pass)
    if sys.argv[1:2] == ["check"]:
        from mlptutor.grader.checks.sympy_ahead import start_early

        start_early(sys.argv[2:])
    from mlptutor.cli import cli

    cli()
