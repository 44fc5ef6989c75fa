"""Sheets for every name: six scripts in the real PDF engine, a header on every page, room sized to the answer,
and output folders replaced whole."""

import shutil
import subprocess

import pytest

from mlptutor.roster import Student
from mlptutor.question_bank.render import pdf, sheets
from mlptutor.question_bank.render.documents import render_key, render_sheet
from mlptutor.question_bank.loader import select_questions
from mlptutor.question_bank.variants import build_quiz

SIX_SCRIPTS = [
    Student("vi1", "Nguyễn Thị Ánh"), Student("el2", "Γιώργος Παπαδόπουλος"), Student("ru3", "Анна Иванова"),
    Student("zh4", "王小明"), Student("ar5", "محمد علي"), Student("hi6", "अनीता शर्मा"),
]
UNICODE_ENGINE = pdf.find_engine() in ("lualatex", "xelatex")


def _pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.mark.skipif(not UNICODE_ENGINE, reason="no LuaLaTeX/XeLaTeX (./setup.sh --pdf installs LuaLaTeX and Noto fonts)")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (apt-get install poppler-utils)")
def test_names_in_six_scripts_print_in_every_page_header(tmp_path):
    quiz = build_quiz(select_questions(["iterations-per-epoch"]), SIX_SCRIPTS, "scripts")
    # the key holds every student, one page each: one compile covers the six scripts and the headers
    key = pdf._compile(pdf.find_engine(), "the answer key", render_key(quiz, "tex"), tmp_path / "key.pdf")
    pages = _pages(key)
    assert len(pages) == len(SIX_SCRIPTS)
    for page, student in zip(pages, SIX_SCRIPTS):
        header = page.strip().splitlines()[0]
        assert student.name in header and student.id in header, header
    fonts = subprocess.run(["pdffonts", str(key)], capture_output=True, text=True).stdout
    assert "Type 3" not in fonts  # bitmap fonts are Type 3


def test_pdflatex_refuses_a_name_it_cannot_print_before_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "find_engine", lambda: "pdflatex")
    quiz = build_quiz(select_questions(["iterations-per-epoch"]), SIX_SCRIPTS[:3], "scripts")
    with pytest.raises(pdf.PdfError, match="pdflatex cannot print the name of vi1 .*setup.sh --pdf"):
        sheets.write_quiz(quiz, ["html", "pdf"], tmp_path / "o")
    assert not (tmp_path / "o").exists()


def test_the_answer_space_has_the_answers_shape():
    quiz = build_quiz(select_questions(["batch-norm", "softmax-jacobian"]), SIX_SCRIPTS[:1], "space")
    tex = render_sheet(quiz, SIX_SCRIPTS[0], "tex")
    norm = quiz.for_student("vi1")[0]
    rows, cols = len(norm.answers["out"]), len(norm.answers["out"][0])
    grid = tex[tex.index("the layer"):]
    assert rf"\begin{{tabular}}{{|*{{{cols}}}" in grid
    assert grid.split(r"\end{tabular}")[0].count(r"\\\hline") == rows
    assert r"\answerline{3.2em}" in tex  # a formula gets two lines
    page = render_sheet(quiz, SIX_SCRIPTS[0], "html")
    grid = page[page.index("the layer"):].split("</table>")[0]
    assert grid.count("<tr>") == rows and grid.count("<td></td>") == rows * cols
    assert str(norm.answers["out"][0][0]) not in grid.split(r"\end{tabular}")[0]


def test_a_rerun_replaces_each_folder_whole(tmp_path, monkeypatch):
    chosen = select_questions(["iterations-per-epoch"])
    sheets.write_quiz(build_quiz(chosen, SIX_SCRIPTS[:3], "r"), ["html", "md"], tmp_path)
    sheets.write_quiz(build_quiz(chosen, SIX_SCRIPTS[:1], "r"), ["html"], tmp_path)
    assert sorted(p.name for p in (tmp_path / "html" / "sheets").iterdir()) == ["vi1.html"]

    def broken(quiz, out):
        (out / "md" / "sheets").mkdir(parents=True)
        (out / "md" / "sheets" / "half.md").write_text("half")
        raise RuntimeError("engine died")

    monkeypatch.setitem(sheets.WRITERS, "md", broken)
    with pytest.raises(RuntimeError):
        sheets.write_quiz(build_quiz(chosen, SIX_SCRIPTS[:1], "r"), ["md"], tmp_path)
    assert sorted(p.name for p in (tmp_path / "md" / "sheets").iterdir()) == ["el2.md", "ru3.md", "vi1.md"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
