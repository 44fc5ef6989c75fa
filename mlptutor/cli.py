"""The `mlptutor` command: one click group whose subcommands live with the code they drive."""

import click

from mlptutor.lazy import LazyGroup

# name -> "module:attribute" of a click command, imported only when used
COMMANDS = {
    "demo": "mlptutor.demo:demo",
    "check": "grader.commands:check",
    "grade": "grader.bulk.commands:grade",
    "export": "grader.bulk.commands:export",
    "release": "grader.nbgrader.commands:release",
    "quiz": "question_bank.commands:quiz",
    "practice": "question_bank.practice:practice",
}


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(package_name="mlptutor")
def cli():
    """Tutor, grader and quiz generator for the MLP course."""
