"""The `mlptutor` command: one click group whose subcommands live with the code they drive."""

import click

from mlptutor.lazy import LazyGroup

# name -> "module:attribute" of a click command, imported only when used
COMMANDS = {
    "demo": "mlptutor.demo:demo",
    "check": "mlptutor.grader.commands:check",
    "release": "mlptutor.grader.release.commands:release",
    "gradescope": "mlptutor.grader.gradescope:gradescope",
    "grade": "mlptutor.grader.bulk.commands:grade",
    "export": "mlptutor.grader.bulk.commands:export",
    "quiz": "mlptutor.question_bank.commands:quiz",
    "practice": "mlptutor.question_bank.practice:practice",
}


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(package_name="mlptutor")
def cli():
    """Tutor, grader and quiz generator for the MLP course."""
