"""`mlptutor quiz`: every question in every format, well-formed and self-contained output,
byte-identical reruns, escaped roster names, no answers on student sheets, one-line errors."""

import html.parser
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from mlptutor.roster import Student
from mlptutor.question_bank.commands import quiz as quiz_command
from mlptutor.question_bank.render.keyformat import format_answer
from mlptutor.question_bank.loader import question_ids, select_questions
from mlptutor.question_bank.render.sheets import write_quiz
from mlptutor.question_bank.templating import escape_tex
from mlptutor.question_bank.variants import build_quiz, load_quiz

HOSTILE = "Zoë_&%#${}~^\\ O'Neil <b>"
STUDENTS = [Student("s1", HOSTILE), Student("s2", "Bob Smith")]
TEXT_FORMATS = ["html", "tex", "md", "moodle", "qti"]
MATHML_NS = "http://www.w3.org/1998/Math/MathML"


@pytest.fixture(scope="module")
def quiz():
    return build_quiz(select_questions(), STUDENTS, "7", "Midterm")


@pytest.fixture(scope="module")
def out(quiz, tmp_path_factory):
    folder = tmp_path_factory.mktemp("quiz")
    write_quiz(quiz, TEXT_FORMATS, folder)
    return folder


def student_files(out):
    """Every file a student receives."""
    return [p for fmt, ext in (("html", "html"), ("tex", "tex"), ("md", "md"))
            for p in sorted((out / fmt / "sheets").glob(f"*.{ext}"))]


def test_layout(out):
    names = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    expected = {"variants.json", "answer-grid.csv", "moodle/quiz-7.xml", "qti/quiz-7.zip"}
    for fmt in ("html", "tex", "md"):
        expected |= {f"{fmt}/answer-key.{fmt}", f"{fmt}/sheets/s1.{fmt}", f"{fmt}/sheets/s2.{fmt}",
                     f"{fmt}/solutions/s1.{fmt}", f"{fmt}/solutions/s2.{fmt}"}
    assert names == expected


def test_every_question_is_on_every_sheet_and_in_the_key(out, quiz):
    titles = {v.question: v.title for v in quiz.variants}
    assert set(titles) == set(question_ids())
    for path in [*student_files(out), out / "md" / "answer-key.md"]:
        text = path.read_text()
        for title in titles.values():
            assert title.split()[0] in text, (path.name, title)
    key = (out / "html" / "answer-key.html").read_text()
    assert key.count('class="question"') == len(titles) * len(STUDENTS)


class StrictHTML(html.parser.HTMLParser):
    """Fails on unbalanced tags: every non-void element is closed in order."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "mspace"}

    def __init__(self):
        super().__init__()
        self.stack = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"


def html_files(out):
    return sorted((out / "html").rglob("*.html"))


def test_html_is_well_formed(out):
    for path in html_files(out):
        text = path.read_text()
        assert text.startswith("<!DOCTYPE html>")
        ET.fromstring(text.removeprefix("<!DOCTYPE html>"))  # well-formed XML (XHTML syntax)
        parser = StrictHTML()
        parser.feed(text)
        parser.close()
        assert parser.stack == []


def test_html_is_self_contained_and_printable(out):
    for path in html_files(out):
        text = path.read_text()
        urls = set(re.findall(r"(?:https?:)?//[^\s\"'<>)]+", text))
        assert urls <= {"http://www.w3.org/1998/Math/MathML"}, urls  # a namespace name, never fetched
        assert not re.search(r"<(script|link|img|iframe)\b|@import|url\(", text)
        assert "@media print" in text and "break-after: page" in text
    assert f'xmlns="{MATHML_NS}"' in (out / "html" / "sheets" / "s1.html").read_text()


def test_latex_hostile_names_are_escaped(out):
    tex = (out / "tex" / "sheets" / "s1.tex").read_text()
    assert escape_tex(HOSTILE) in tex and HOSTILE not in tex
    page = ET.fromstring((out / "html" / "sheets" / "s1.html").read_text().removeprefix("<!DOCTYPE html>"))
    heading = page.find(".//h2/bdi")  # the name isolated from the id after it (a right-to-left name: quiz24)
    assert heading.text.strip() == HOSTILE
    assert "<b>" not in (out / "html" / "sheets" / "s1.html").read_text()
    assert escape_tex(HOSTILE) in (out / "tex" / "answer-key.tex").read_text()


def printed_answers(variant):
    """(spec, text): each answer as the key prints it, and each entry of a vector or matrix."""
    texts = []
    for spec in variant.answer_specs:
        printed = format_answer(spec, variant.answers[spec["name"]], variant.params)
        texts.append((spec, printed))
        if spec["type"] in ("vector", "matrix"):
            texts += [(spec, entry) for entry in re.findall(r"-?\d+(?:\.\d+)?", printed)]
    return texts


def occurs(needle, text):
    # a number inside a longer number (26 in 0.265) is not that number
    return re.search(r"(?<![\d.])" + re.escape(needle) + r"(?![\d])", text) is not None


def test_no_answer_is_on_a_student_sheet(out, quiz):
    key = (out / "html" / "answer-key.html").read_text()
    checked = 0
    for path in student_files(out):
        text = path.read_text()
        for variant in quiz.for_student(path.stem):
            for spec, answer in printed_answers(variant):
                if len(answer.replace("-", "").replace(".", "")) < 3:
                    continue  # one- and two-digit numbers are everywhere (question numbers, points)
                assert not occurs(answer, text), (path.name, variant.question, answer)
                # the same search does find it in the key, so the search itself works
                assert spec["type"] == "choice" or occurs(answer, key), (variant.question, answer)
                checked += 1
    assert checked > 50


def test_the_key_holds_every_answer_and_solution(out, quiz):
    page = ET.fromstring((out / "html" / "answer-key.html").read_text().removeprefix("<!DOCTYPE html>"))
    keys = [" ".join("".join(span.itertext()).split()) for span in page.iter("span") if span.get("class") == "key"]
    expected = [format_answer(spec, v.answers[spec["name"]], v.params)
                for v in quiz.variants for spec in v.answer_specs]
    choices = {text for v in quiz.variants for spec in v.answer_specs if spec["type"] == "choice"
               for text in [format_answer(spec, v.answers[spec["name"]], v.params)]}
    # choice options may hold math (MathML in the page): compare their option letter only
    assert [k.split()[0] if e in choices else k for k, e in zip(keys, expected)] == [
        e.split()[0] if e in choices else e for e in expected]
    solutions = [d for d in page.iter("div") if d.get("class") == "solution"]
    assert len(solutions) == len(quiz.variants) and all("".join(d.itertext()).strip() for d in solutions)
    assert "".join(page.itertext()).count("accepted:") == len(expected)


def test_rounding_rule_is_on_every_sheet(out):
    for path in student_files(out):
        assert "already rounded" in path.read_text()


def test_moodle_xml_structure(out, quiz):
    root = ET.parse(out / "moodle" / "quiz-7.xml").getroot()
    assert root.tag == "quiz"
    questions = root.findall("question")
    categories = [q.find("category/text").text for q in questions if q.get("type") == "category"]
    assert categories == [f"$course$/top/Midterm/Q{i} {qid}" for i, qid in enumerate(quiz.questions, start=1)]
    items = [q for q in questions if q.get("type") != "category"]
    assert len(items) == len(quiz.variants)
    for item in items:
        assert item.get("type") in {"numerical", "multichoice", "stack", "cloze"}
        assert item.find("name/text").text and item.find("questiontext").get("format") == "html"
        assert item.find("questiontext/text").text and item.find("generalfeedback/text").text
        answers = item.findall("answer")
        if item.get("type") == "numerical":
            (answer,) = answers
            assert answer.get("fraction") == "100" and float(answer.find("tolerance").text) >= 0
            float(answer.find("text").text)
        elif item.get("type") == "multichoice":
            assert [a.get("fraction") for a in answers].count("100") >= 1 and len(answers) >= 2
            assert item.find("single").text == "true"
        elif item.get("type") == "stack":
            inputs = item.findall("input")
            assert [i.find("name").text for i in inputs] == [f"ans{k}" for k in range(1, len(inputs) + 1)]
            assert all(f"[[input:{i.find('name').text}]]" in item.find("questiontext/text").text for i in inputs)
            assert len(item.findall("prt")) == len(inputs)
        else:
            assert re.search(r"\{\d+:(NUMERICAL|MULTICHOICE):", item.find("questiontext/text").text)
    kinds = {item.get("type") for item in items}
    assert {"numerical", "multichoice", "stack", "cloze"} <= kinds


def test_moodle_numerical_tolerance_is_the_key_policy(out, quiz):
    root = ET.parse(out / "moodle" / "quiz-7.xml").getroot()
    by_name = {q.find("name/text").text: q for q in root.findall("question") if q.get("type") == "numerical"}
    question = by_name["Q" + str(quiz.questions.index("count-parameters") + 1) + " count-parameters · s1"]
    (variant,) = [v for v in quiz.for_student("s1") if v.question == "count-parameters"]
    assert question.find("answer/text").text == str(variant.answers["total"])
    assert float(question.find("answer/tolerance").text) == 0  # an integer: exact


def test_qti_zip_structure(out, quiz):
    q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    with zipfile.ZipFile(out / "qti" / "quiz-7.zip") as archive:
        names = archive.namelist()
        assert names[0] == "imsmanifest.xml"
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        files = [f.get("href") for f in manifest.iter("{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}file")]
        assert sorted(files) == sorted(names[1:])
        assessment_name = next(n for n in names if not n.endswith(("assessment_meta.xml", "imsmanifest.xml")))
        root = ET.fromstring(archive.read(assessment_name))
        meta = ET.fromstring(archive.read(next(n for n in names if n.endswith("assessment_meta.xml"))))
    assert root.tag == q + "questestinterop" and meta.find("{http://canvas.instructure.com/xsd/cccv1p0}title").text
    groups = root.findall(f"{q}assessment/{q}section/{q}section")
    assert len(groups) == len(quiz.questions)
    for group in groups:
        if group.find(f"{q}selection_ordering") is not None:
            assert group.find(f"{q}selection_ordering/{q}selection/{q}selection_number").text == "1"
            assert len(group.findall(f"{q}item")) == len(STUDENTS)
        else:  # a question split into parts: one variant, named in the title
            assert "(variant s1)" in group.get("title") and group.findall(f"{q}item")
    types = set()
    for item in root.iter(q + "item"):
        fields = {f.find(q + "fieldlabel").text: f.find(q + "fieldentry").text
                  for f in item.iter(q + "qtimetadatafield")}
        types.add(fields["question_type"])
        if fields["question_type"] == "numerical_question":
            low = float(item.find(f".//{q}vargte").text)
            high = float(item.find(f".//{q}varlte").text)
            exact = float(item.find(f".//{q}or/{q}varequal").text)
            assert low <= exact <= high
    assert {"numerical_question", "multiple_choice_question", "essay_question"} == types


def test_same_seed_and_roster_give_identical_bytes(out, quiz, tmp_path):
    again = build_quiz(select_questions(), STUDENTS, "7", "Midterm")
    write_quiz(again, TEXT_FORMATS, tmp_path)
    for path in out.rglob("*"):
        if path.is_file():
            assert (tmp_path / path.relative_to(out)).read_bytes() == path.read_bytes(), path


def test_variants_json_is_the_record_the_formats_come_from(out, quiz):
    assert load_quiz(out / "variants.json") == quiz


# --- the command line ----------------------------------------------------------------------------

def run(*args):
    return CliRunner().invoke(quiz_command, [str(a) for a in args])


def roster(tmp_path, text):
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_with_roster_and_formats(tmp_path):
    path = roster(tmp_path, "id,name,email\na1,Ann,a@x\nb2,Bo,b@x\n")
    result = run("--topics", "training,activations", "--roster", path, "--seed", "s1",
                 "--format", "html,md", "--format", "qti", "--out", tmp_path / "o")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "html" / "sheets" / "b2.html").is_file()
    assert (tmp_path / "o" / "qti" / "quiz-s1.zip").is_file()
    assert not (tmp_path / "o" / "tex").exists()


def test_cli_variants(tmp_path):
    result = run("--questions", "iterations-per-epoch", "--variants", 3, "--seed", 1, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "html" / "sheets").iterdir()) == [
        "variant-01.html", "variant-02.html", "variant-03.html"]


@pytest.mark.parametrize("text, message", [
    ("id,email\na1,a@x\n", "row 1: missing column 'name'"),
    ("id,name\na1,Ann\n,Bo\n", "row 3: empty id"),
    ("id,name\na1,Ann\nb2,Bo\na1,Al\n", "row 4: duplicate id 'a1' (first on row 2)"),
    ("id,name\na/1,Ann\n", "row 2: id 'a/1' may hold only"),
])
def test_cli_roster_errors_are_one_line_naming_the_row(tmp_path, text, message):
    result = run("--questions", "iterations-per-epoch", "--roster", roster(tmp_path, text), "--seed", 1,
                 "--out", tmp_path / "o")
    assert result.exit_code != 0
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output and not (tmp_path / "o").exists()


@pytest.mark.parametrize("args, message", [
    (["--questions", "nope", "--variants", 1], "unknown question 'nope'"),
    (["--topics", "cooking", "--variants", 1], "unknown topic 'cooking'"),
    (["--questions", "iterations-per-epoch", "--variants", 1, "--format", "docx"], "unknown format 'docx'"),
    (["--questions", "iterations-per-epoch"], "exactly one of --variants and --roster"),
    (["--variants", 2], "exactly one of --questions and --topics"),
    (["--questions", "iterations-per-epoch", "--variants", 1, "--seed", "a b"], "--seed 'a b' may hold only"),
])
def test_cli_user_errors_are_one_line(tmp_path, args, message):
    result = run(*args, "--out", tmp_path / "o", *([] if "--seed" in args else ["--seed", 1]))
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_grade_is_a_subcommand_of_quiz():
    assert "grade" in quiz_command.list_commands(None)
    assert quiz_command.get_command(None, "grade").name == "grade"


def test_practice_command_is_wired():
    from mlptutor.cli import cli

    assert cli.get_command(None, "practice").name == "practice"


def test_no_file_of_this_test_is_left_in_the_repository():
    assert not list(Path(__file__).parent.glob("*.html"))


CODE = {"md": "`{}`", "html": "<code>{}</code>", "tex": r"\texttt{{{}}}"}


def test_a_sheet_names_each_answer_as_the_responses_file_does(out, quiz):
    """The question number differs per student with --shuffle: a sheet prints, under each question, the
    question id and each answer's name, the `question` and `answer` columns of responses.csv."""
    for path in student_files(out):
        text, code = path.read_text(), CODE[path.suffix[1:]]
        assert "responses file" in text
        at = 0
        for variant in quiz.for_student(path.stem):
            at = text.index("question " + code.format(variant.question), at)
            for spec in variant.answer_specs:
                at = text.index("answer " + code.format(escape_tex(spec["name"]) if path.suffix == ".tex"
                                                        else spec["name"]), at)
