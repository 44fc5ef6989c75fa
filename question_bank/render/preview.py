"""`mlptutor quiz preview QUESTION [--seed S]`: one variant of a question in the terminal, with its key.

For authors and instructors: the statement, each answer with its tolerance,
and the worked solution, as plain text. The same question and seed always
show the same variant (the seed names a quiz of one student, "preview").
"""

from __future__ import annotations

import click

from mlptutor.question_bank.render.keyformat import format_answer, tolerance_text
from mlptutor.question_bank.loader import QuestionError, load_question
from mlptutor.question_bank.render.mathml import MathError
from mlptutor.question_bank.render.plaintext import markdown_to_text
from mlptutor.question_bank.variants import Variant, make_variant

__all__ = ["preview_text", "preview"]


def preview_text(variant: Variant) -> str:
    """Statement, key and solution of one variant as terminal text."""
    lines = [f"== {variant.title} ({variant.question}, {variant.topic}, {variant.points:g} points) ==", "",
             markdown_to_text(variant.statement), "Key:"]
    for spec in variant.answer_specs:
        value = variant.answers[spec["name"]]
        lines.append(f"  {markdown_to_text(spec['label']).strip()}: {format_answer(spec, value, variant.params)}")
        lines.append(f"    {markdown_to_text(tolerance_text(spec, value)).strip()}")
    lines += ["", "Worked solution:", "", markdown_to_text(variant.solution)]
    return "\n".join(lines)


@click.command("preview")
@click.argument("question")
@click.option("--seed", default="preview", show_default=True, help="Which variant: any text; the same seed, the same variant.")
def preview(question, seed):
    """Show one variant of QUESTION with its key and worked solution."""
    try:
        variant = make_variant(load_question(question), str(seed), "preview")
        click.echo(preview_text(variant))
    except (QuestionError, MathError) as exc:
        raise click.ClickException(str(exc)) from None
