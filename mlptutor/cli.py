"""The `mlptutor` command: one click group whose subcommands live with the code they drive.

Subcommands are imported only when used, so `mlptutor check` never pays for
jinja2 or sympy, and each room of the project owns its own command.
"""

import importlib

import click

# name -> "module:attribute" of a click command
COMMANDS = {
    "demo": "mlptutor.demo:demo",
    "check": "grader.commands:check",
    "grade": "grader.bulk.commands:grade",
    "export": "grader.bulk.commands:export",
    "quiz": "question_bank.commands:quiz",
    "practice": "question_bank.commands:practice",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=LazyGroup)
@click.version_option(package_name="mlptutor")
def cli():
    """Tutor, grader and quiz generator for the MLP course."""
