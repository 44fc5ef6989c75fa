"""PDF sheets: compiled by the TeX engine when there is one, reproducible; one clear line when there is none."""

import pytest
from click.testing import CliRunner

from mlptutor.roster import Student
from mlptutor.question_bank.render import pdf
from mlptutor.question_bank.commands import quiz as quiz_command
from mlptutor.question_bank.render.documents import render_sheet
from mlptutor.question_bank.loader import select_questions
from mlptutor.question_bank.render.sheets import write_quiz
from mlptutor.question_bank.variants import build_quiz
from tests.quiz.conftest import overfull_boxes

STUDENTS = [Student("s1", "Zoë_&%#${}~^\\ O'Neil"), Student("s2", "Bob")]


@pytest.mark.skipif(pdf.find_engine() is None, reason="no LaTeX engine (./setup.sh --pdf)")
def test_every_question_compiles_to_reproducible_pdfs(tmp_path):
    # one student and the key: every question's statement and solution goes through the engine once
    quiz = build_quiz(select_questions(), STUDENTS[:1], "7")
    first = write_quiz(quiz, ["pdf"], tmp_path / "a")
    pdfs = [p for p in first if p.suffix == ".pdf"]
    assert sorted(str(p.relative_to(tmp_path / "a" / "pdf")) for p in pdfs) == [
        "answer-key.pdf", "sheets/s1.pdf", "solutions/s1.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF-") for p in pdfs)
    # the same document compiled again, in another build folder, gives the same bytes
    again = pdf._compile(pdf.find_engine(), "the sheet of s1", render_sheet(quiz, STUDENTS[0], "tex"), tmp_path / "b.pdf")
    assert again.read_bytes() == (tmp_path / "a" / "pdf" / "sheets" / "s1.pdf").read_bytes()


@pytest.mark.skipif(pdf.find_engine() is None, reason="no LaTeX engine")
def test_a_latex_error_is_one_line_naming_the_document(tmp_path, monkeypatch):
    broken = r"\documentclass{article}\begin{document}\oops\end{document}"
    monkeypatch.setattr(pdf, "render_sheet", lambda quiz, student, fmt: broken)
    monkeypatch.setattr(pdf, "render_solutions", lambda quiz, student, fmt: broken)  # every job fails fast
    monkeypatch.setattr(pdf, "render_key", lambda quiz, fmt: broken)
    quiz = build_quiz(select_questions(["iterations-per-epoch"]), STUDENTS[:1], "7")
    with pytest.raises(pdf.PdfError, match=r"^pdf: \w+ failed on the sheet of s1: ! Undefined control sequence"):
        pdf.write_pdfs(quiz, tmp_path)


def test_without_an_engine_the_command_says_how_to_get_one(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    result = CliRunner().invoke(quiz_command, ["--questions", "iterations-per-epoch", "--variants", "1",
                                               "--seed", "1", "--format", "html,pdf", "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "no LaTeX engine found" in result.output and "setup.sh --pdf" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()  # nothing half-written


# a line may run this far into the margin (TeX's own slack, invisible on paper); the sheets once ran 13-69 pt
OVERFULL_LIMIT_PT = 2.0


@pytest.mark.skipif(pdf.find_engine() not in ("lualatex", "xelatex", "pdflatex"), reason="no LaTeX engine with a log")
def test_no_line_runs_into_the_margin(tmp_path):
    """A sheet and its solutions, every question, seed 4: a loss curve of 12 epochs (a table wider than the line),
    answer names in typewriter type at a label's end, PReLU's vectors inline in a sentence overflowed."""
    from concurrent.futures import ThreadPoolExecutor

    from mlptutor.question_bank.render.documents import render_solutions

    quiz = build_quiz(select_questions(), STUDENTS[1:], "4")
    engine = pdf.find_engine()
    documents = {"sheet": render_sheet(quiz, STUDENTS[1], "tex"),
                 "solutions": render_solutions(quiz, STUDENTS[1], "tex")}
    with ThreadPoolExecutor(2) as pool:
        found = dict(zip(documents, pool.map(lambda name: overfull_boxes(engine, documents[name], tmp_path / name),
                                             documents)))
    assert {name: [box for box in boxes if box[0] > OVERFULL_LIMIT_PT] for name, boxes in found.items()} == {
        "sheet": [], "solutions": []}
