"""quiz24's leftovers: what an outsider types in practice, what a hint shows, what the exports carry."""

import pytest
from click.testing import CliRunner

from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.practice import arithmetic, hint, practice, practice_variant, reveals

NUMBER = {"name": "x", "type": "numeric", "label": "x", "decimals": 3, "atol": 0.001}
VECTOR = {"name": "v", "type": "vector", "label": "v", "decimals": 3, "atol": 0.001}


@pytest.mark.parametrize("spec, key, text, reason", [
    (NUMBER, 1.25, "1,250", "write a decimal point, 1.250"),                   # a decimal comma read as thousands
    (VECTOR, [0.25, 0.5], "0,25", "if it is one number with a decimal comma, write 0.25"),  # [0, 25] of 2 entries
])
def test_a_comma_that_may_be_a_decimal_comma_costs_no_try(spec, key, text, reason):
    """'1,250' read as 1250 and '0,25' of a 2-entry vector read as [0, 25] were wrong answers: a try spent on a
    separator. Now they are asked again (readable=False), saying both readings; '1,250' for 1250 is still right."""
    verdict = check_answer(spec, key, text)
    assert not verdict.correct and not verdict.readable and reason in verdict.message, verdict.message
    assert check_answer(NUMBER, 1250, "1,250").correct and check_answer(VECTOR, [1, 2], "1,2").correct


MATRIX = {**VECTOR, "type": "matrix"}


@pytest.mark.parametrize("spec, key, text, reason", [
    (NUMBER, 0.4, "2,500", "2500 with a comma between thousands or 2.5"),  # neither reading right: ambiguous
    (NUMBER, 12.5, "1,250", "neither is right, though the digits are"),  # and the digits still said (quiz25)
    (VECTOR, [1, 2], "[1,3]", "too large"),
    (MATRIX, [[1, 2], [3, 4]], "[[1,2],[3,5]]", "too large"),
])
def test_a_comma_whose_decimal_reading_is_wrong_too_costs_a_try(spec, key, text, reason):
    """Every wrong '[1,3]' for [1, 2] or 'd,ddd' guess came back readable=False: practice charged no try, so a
    student could home in on the key with 'too large' / 'too small' for free. Free only when 1.3 or 2.5 is right."""
    verdict = check_answer(spec, key, text)
    assert not verdict.correct and verdict.readable and reason in verdict.message, verdict.message
    assert "'1,2'" not in verdict.message, verdict.message  # the right entries are not blamed


def test_practice_spends_a_try_on_a_thousands_comma_that_is_no_decimal_comma_either(tmp_path):
    question = load_question("count-parameters")
    total = practice_variant(question, 7, 0).answers["total"]
    wrong = f"1,{total % 1000:03d}"  # a thousands comma, or a decimal comma: neither reading is the count
    result = CliRunner().invoke(practice, ["--topic", "counting", "--seed", "7", "--tries", "1", "--rounds", "1",
                                           "--progress", str(tmp_path / "p.sqlite")], input=f"{wrong}\n{total}\n")
    assert "is ambiguous" in result.output and "Cannot read that" not in result.output, result.output
    assert "All correct" not in result.output, result.output


@pytest.mark.parametrize("text, gives", [
    ("b ← b + η (y - ŷ) = -0.5 + 0.5 · (-1) = -1.00", True),   # b's value stated (and worked out)
    ("b = -1", True),
    ("b = -0.5 - 0.5", True), ("b = -0.5 + 0.5 × (-1)", True), ("b ← -1", True), ("b: -1", True),  # worked, ←, :
    ("b_new = -1", True), ("b = -0.999", True),  # -1.00 at the 2 decimals asked
    ("Score: w · x + b = 1.23, so the perceptron predicts ŷ = 1.", False),  # another quantity equal to 1
    ("divides the survivors by the keep probability 1 - p", False),
])
def test_a_hint_holding_0_or_1_gives_an_answer_of_0_or_1_away_only_stated_as_it(text, gives):
    """perceptron-update's b is -1 in this variant: 0 and ±1 were left out of reveals() altogether, so 'b = -1'
    passed as a hint; counting every 1 would refuse 'ŷ = 1' and '1 - p'. Then only a bare number after '=' was
    judged: 'b = -0.5 - 0.5', 'b ← -1', 'b: -1' and 'b_new = -1' passed, and -0.999 was not -1.00."""
    variant = practice_variant(load_question("perceptron-update"), 7, 0)
    assert variant.answers["b"] == -1.0
    assert reveals(text, variant) is gives


def test_the_gradient_step_hint_leads_without_working_the_step_out():
    """The third hint was 'w ← w - η ∂L/∂w = 4.0 - 0.10 · (6.0)': one subtraction from the answer."""
    question = load_question("gradient-descent-step")
    variant = practice_variant(question, 0, 0)
    third = hint(variant, question, 3)
    assert third and "·" not in third and "-" not in third.split("=")[-1], third
    assert arithmetic("4.3 - 0.20 · (2.4)") == pytest.approx(3.82) and arithmetic("1 - p") is None


def test_a_right_to_left_name_is_isolated_in_the_html_sheet_header():
    """'محمد علي (12345, 2 points)': after Arabic letters the id's digits are Arabic numbers (bidi W2) and the '('
    between them joins the right-to-left run, so the header showed the id and parenthesis on the wrong side of the
    name. The name is a <bdi>, isolated from what follows."""
    from mlptutor.question_bank.loader import select_questions
    from mlptutor.question_bank.render.documents import render_sheet
    from mlptutor.question_bank.variants import build_quiz
    from mlptutor.roster import Student

    student = Student("12345", "محمد علي")
    html = render_sheet(build_quiz(select_questions(["gradient-descent-step"]), [student], "rtl"), student, "html")
    assert "<h2><bdi>محمد علي</bdi> <span" in html
    # a <title> holds no <bdi>, nor a Markdown heading: the name between U+2068 and U+2069 (first strong isolate)
    markdown = render_sheet(build_quiz(select_questions(["gradient-descent-step"]), [student], "rtl"), student, "md")
    assert "<title>" in html and "— \u2068محمد علي\u2069</title>" in html
    assert "## \u2068محمد علي\u2069 (12345, " in markdown, markdown


def test_a_latex_sheet_keeps_each_label_with_its_answer_space_and_each_heading_with_its_statement():
    """A 30-question sheet through LuaLaTeX put 'the activations g(z) (a vector ...)' at the foot of page 1 and its
    boxes atop page 2, and question 5's heading and id at the foot of page 2 with its statement on page 3. Checked
    on the real PDF once (pdftotext, 12 pages); here on the LaTeX source, which costs no compile."""
    import re

    from mlptutor.question_bank.loader import select_questions
    from mlptutor.question_bank.render.documents import render_sheet
    from mlptutor.question_bank.variants import build_quiz
    from mlptutor.roster import Student

    student = Student("s1", "Ann Lee")
    ids = ["activation-values", "batch-norm", "gradient-descent-step"]  # a grid, a matrix grid and a box
    tex = render_sheet(build_quiz(select_questions(ids), [student], "pages"), student, "tex")
    assert r"\newcommand{\answerline}[1]{\par\nopagebreak" in tex
    grids = re.findall(r"(\\par(?:\\nopagebreak)?)\\noindent\\begin\{tabular\}", tex)
    assert grids and set(grids) == {r"\par\nopagebreak"}, grids
    headings = re.findall(r"\\subsubsection\*\{Question \d+:.*\}\n.*?\\par(\\nopagebreak)?", tex)
    assert headings == [r"\nopagebreak"] * 3, headings


# STACK's own names (maths/moodle-qtype_stack): its input types, every answer test stack/answertest/
# controller.class.php knows (its $pops, and RegExp of its switch), and the fields of a PRT node its importer reads
# (questiontype.php, import_xml_prt_node)
STACK_INPUTS = {"algebraic", "numerical", "matrix", "varmatrix", "units", "equiv", "textarea", "singlechar",
                "boolean", "dropdown", "checkbox", "radio", "notes", "string"}
STACK_TESTS = {"AlgEquiv", "AlgEquivNouns", "EqualComAss", "EqualComAssRules", "CasEqual", "SameType", "SubstEquiv",
               "SysEquiv", "Sets", "Expanded", "FacForm", "SingleFrac", "PartFrac", "CompSquare", "PropLogic", "Equiv",
               "EquivFirst", "GT", "GTE", "SigFigsStrict", "NumAbsolute", "NumRelative", "NumSigFigs", "NumDecPlaces",
               "NumDecPlacesWrong", "Units", "UnitsStrict", "UnitsAbsolute", "UnitsStrictAbsolute", "UnitsRelative",
               "UnitsStrictRelative", "LowestTerms", "Diff", "Int", "String", "StringSloppy", "Levenshtein", "SRegExp",
               "Validator", "RegExp"}
STACK_NODE = ["name", "answertest", "sans", "tans", "testoptions", "quiet", "truescoremode", "truescore",
              "truepenalty", "truenextnode", "trueanswernote", "truefeedback", "falsescoremode", "falsescore",
              "falsepenalty", "falsenextnode", "falseanswernote", "falsefeedback"]


def test_every_stack_question_uses_stacks_documented_names_and_places():
    """The STACK questions were never run through a STACK server: each is checked against STACK's question XML as
    its importer reads it. Every input of a documented type with its [[input:x]] and [[validation:x]] once in the
    question text, every tree's [[feedback:prtN]] once, answer tests STACK has, each node with the fields
    import_xml_prt_node reads, a NumAbsolute's tolerance a plain number, answer notes unique."""
    import xml.etree.ElementTree as ET

    from mlptutor.question_bank.lms.moodle import moodle_xml
    from mlptutor.question_bank.loader import select_questions
    from mlptutor.question_bank.variants import build_quiz
    from mlptutor.roster import Student

    quiz = build_quiz(select_questions(topics=["derivatives", "softmax", "activations"]), [Student("s1"), Student("s2")],
                      "stack")
    stacks = ET.fromstring(moodle_xml(quiz)).findall(".//question[@type='stack']")
    assert stacks
    for question in stacks:
        text = question.find("questiontext/text").text + question.find("specificfeedback/text").text
        for item in question.findall("input"):
            name = item.find("name").text
            assert item.find("type").text in STACK_INPUTS
            assert text.count(f"[[input:{name}]]") == text.count(f"[[validation:{name}]]") == 1
        notes = []
        for prt in question.findall("prt"):
            assert text.count(f"[[feedback:{prt.find('name').text}]]") == 1 and int(prt.find("value").text) >= 1
            for node in prt.findall("node"):
                assert [child.tag for child in node] == STACK_NODE
                assert node.find("answertest").text in STACK_TESTS
                if node.find("answertest").text == "NumAbsolute":
                    float(node.find("testoptions").text)
                notes += [node.find("trueanswernote").text, node.find("falseanswernote").text]
        assert len(notes) == len(set(notes))


def test_a_vector_read_with_a_joined_comma_keeps_its_entries_credit_on_a_sheet():
    """'0,25' for [0, 0.25]: asked again in practice, but a sheet's response read as [0, 25] keeps entry 1's credit."""
    verdict = check_answer(VECTOR, [0, 0.25], "0,25")
    assert not verdict.readable and verdict.fraction == 0.5
