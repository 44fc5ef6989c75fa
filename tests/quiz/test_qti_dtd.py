"""Every QTI 1.2 export validated against the IMS QTI ASI 1.2.1 DTD (tests/quiz/data/ims_qtiasiv1p2p1.dtd, the
Final release of 14 Feb 2003, as pyslet 0.7.20170805 ships it in its unittests on PyPI).

The DTD is the spec's namespace-free binding: the test reads the export with its namespace taken off (the XSD
binding puts the same elements in http://www.imsglobal.org/xsd/ims_qtiasiv1p2). The spec's `*_extension`
elements are ANY, left to vendors: Canvas's <points_per_item> in <selection_extension> is Canvas's own, so their
content is not the DTD's to judge. What a DTD cannot say is checked too: item idents unique, and each <varequal>
names a response of its item and, for a choice (response_lid), one of its response_label idents. Cost: three
quizzes of every question built and validated, about 1 s. lxml is a test extra: without it the module is skipped."""

import zipfile
from collections import Counter
from pathlib import Path

import pytest

from mlptutor.question_bank.assembly import assemble
from mlptutor.question_bank.lms.qti import write_qti
from mlptutor.question_bank.loader import select_questions
from mlptutor.roster import Student

etree = pytest.importorskip("lxml.etree")  # a test extra: a venv without it collects the rest of tests/quiz
DTD = etree.DTD(str(Path(__file__).parent / "data" / "ims_qtiasiv1p2p1.dtd"))
STUDENTS = [Student("s1", "Zoë O'Neil"), Student("s2", "Bob <b> & Co")]


def _namespace_free(element: etree._Element) -> etree._Element:
    """A copy of `element` in the DTD's terms: local names, no namespaced attributes, extensions emptied."""
    plain = etree.Element(etree.QName(element).localname,
                          {name: value for name, value in element.attrib.items() if not name.startswith("{")})
    plain.text, plain.tail = element.text, element.tail
    if not plain.tag.endswith("_extension"):  # ANY: a vendor's elements (Canvas's points_per_item)
        plain.extend(_namespace_free(child) for child in element if isinstance(child.tag, str))
    return plain


@pytest.mark.parametrize("options", [{}, {"shuffle": True}, {"count": 5}], ids=["every", "shuffled", "drawn"])
def test_every_qti_export_is_valid_qti_1_2(tmp_path, options):
    quiz = assemble(select_questions(), STUDENTS, "dtd", "Quiz & <test>", **options)
    (archive_path,) = write_qti(quiz, tmp_path)
    with zipfile.ZipFile(archive_path) as archive:
        (assessment,) = [n for n in archive.namelist() if n.count("/") == 1 and not n.endswith("assessment_meta.xml")]
        root = _namespace_free(etree.fromstring(archive.read(assessment)))
    assert root.tag == "questestinterop"
    assert DTD.validate(root), [f"{e.line}: {e.message}" for e in DTD.error_log][:10]
    assert not _meaning_errors(root)[:10]


def _meaning_errors(root: etree._Element) -> list[str]:
    """What the DTD cannot check: repeated item idents (an LMS keeps one of them), and a <varequal> naming no
    response of its item or, on a choice (response_lid), none of its options (that answer could never score)."""
    repeated = [f"item ident {ident!r} repeated" for ident, n in
                Counter(item.get("ident") for item in root.iter("item")).items() if n > 1]
    unnamed = []
    for item in root.iter("item"):
        responses = {r.get("ident"): r for r in item.iter("response_lid", "response_str", "response_num")}
        for compared in item.iter("varequal"):
            response = responses.get(compared.get("respident"))
            options = {label.get("ident") for label in response.iter("response_label")} if response is not None else ()
            if response is None or (response.tag == "response_lid" and compared.text not in options):
                unnamed.append(f"{item.get('ident')}: varequal {compared.get('respident')}={compared.text!r} names "
                               f"no {'response' if response is None else 'option'} of its item")
    return repeated + unnamed


def test_the_dtd_refuses_what_qti_1_2_does_not_allow():
    """The check can fail: an item without its ident, and an rcardinality outside Single | Multiple | Ordered."""
    bad = (b'<questestinterop><item title="x"><presentation><response_num ident="r" rcardinality="One">'
           b'<render_fib/></response_num></presentation></item></questestinterop>')
    assert not DTD.validate(_namespace_free(etree.fromstring(bad)))
    said = " ".join(e.message for e in DTD.error_log)
    assert "item does not carry attribute ident" in said and '"One" for attribute rcardinality' in said, said


def test_the_meaning_check_refuses_a_repeated_ident_and_a_right_answer_naming_no_option():
    """Valid by the DTD, wrong all the same: two items 'i1', a varequal naming option_z of options a and b, and
    another naming a response the item does not have."""
    lid = (b'<response_lid ident="response1" rcardinality="Single"><render_choice>'
           b'<response_label ident="option_a"/><response_label ident="option_b"/></render_choice></response_lid>')
    item = (b'<item ident="i1"><presentation>' + lid + b'</presentation><resprocessing><outcomes><decvar/></outcomes>'
            b'<respcondition><conditionvar><varequal respident="response1">option_%s</varequal></conditionvar>'
            b'</respcondition><respcondition><conditionvar><varequal respident="response2">x</varequal>'
            b'</conditionvar></respcondition></resprocessing></item>')
    root = _namespace_free(etree.fromstring(b"<questestinterop>" + item % b"a" + item % b"z" + b"</questestinterop>"))
    assert DTD.validate(root), [e.message for e in DTD.error_log]
    no_response = "i1: varequal response2='x' names no response of its item"
    assert _meaning_errors(root) == [
        "item ident 'i1' repeated", no_response, "i1: varequal response1='option_z' names no option of its item",
        no_response], _meaning_errors(root)
