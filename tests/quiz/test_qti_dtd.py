"""Every QTI 1.2 export validated against the IMS QTI ASI 1.2.1 DTD (tests/quiz/data/ims_qtiasiv1p2p1.dtd, the
Final release of 14 Feb 2003, as pyslet 0.7.20170805 ships it in its unittests on PyPI).

The DTD is the spec's namespace-free binding: the test reads the export with its namespace taken off (the XSD
binding puts the same elements in http://www.imsglobal.org/xsd/ims_qtiasiv1p2). The spec's `*_extension`
elements are ANY, left to vendors: Canvas's <points_per_item> in <selection_extension> is Canvas's own, so their
content is not the DTD's to judge. Cost: three quizzes of every question built and validated, about 1 s."""

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from mlptutor.question_bank.assembly import assemble
from mlptutor.question_bank.lms.qti import write_qti
from mlptutor.question_bank.loader import select_questions
from mlptutor.roster import Student

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


def test_the_dtd_refuses_what_qti_1_2_does_not_allow():
    """The check can fail: an item without its ident, and an rcardinality outside Single | Multiple | Ordered."""
    bad = (b'<questestinterop><item title="x"><presentation><response_num ident="r" rcardinality="One">'
           b'<render_fib/></response_num></presentation></item></questestinterop>')
    assert not DTD.validate(_namespace_free(etree.fromstring(bad)))
    said = " ".join(e.message for e in DTD.error_log)
    assert "item does not carry attribute ident" in said and '"One" for attribute rcardinality' in said, said
