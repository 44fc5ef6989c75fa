"""The `mlptutor` command: one click group whose subcommands live with the code they drive."""

import click

from mlptutor.lazy import LazyGroup

# name -> "module:attribute" of a click command, imported only when used
COMMANDS = {
    "demo": "mlptutor.demo:demo",
    "check": "grader.commands:check",
    "release": "grader.release.commands:release",
    "gradescope": "grader.gradescope:gradescope",
    "grade": "grader.bulk.commands:grade",
    "export": "grader.bulk.commands:export",
    "quiz": "question_bank.commands:quiz",
    "practice": "question_bank.practice:practice",
}


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(package_name="mlptutor")
def cli():
    """Tutor, grader and quiz generator for the MLP course."""
