"""The `mlptutor` console script: for a check, SymPy's companion starts before the command line is parsed."""

import sys

from mlptutor import stops


def main():
    stops.as_ctrl_c()
    try:
        _main()
    except KeyboardInterrupt:  # during the imports, before click's own handling (a traceback of the import machinery)
        stops.interrupted("mlptutor")


def _main():
    # its boot is a first check's longest item: spawned before click's import, at 86 ms instead of 102, the twelve's
    # first check 0.96x (benchmarks/README.md, fourteenth pass)
    if sys.argv[1:2] == ["check"]:
        from mlptutor.grader.checks.sympy_ahead import start_early

        start_early(sys.argv[2:])
    from mlptutor.cli import cli

    cli()
