"""Round 9 outsider: the quiz exports read as Canvas and Moodle read them (their documented formats).

Canvas: a question split into items (one per number) keeps its points exactly, as QTI's
points_possible decimals add up, and the quiz's assessment_meta.xml holds the true total."""

import io
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal

from mlptutor.question_bank.lms.qti import assessment_xml, write_qti
from mlptutor.question_bank.variants import Quiz, Variant
from mlptutor.roster import Student

Q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"


def _quiz(points: float, entries: int) -> Quiz:
    spec = {"name": "v", "type": "vector", "label": "v", "rtol": 0.0, "atol": 0.001, "decimals": 3}
    values = [0.1 * (i + 1) for i in range(entries)]
    variant = Variant("q", "s1", "made-up", "0", "T", "losses", points, [spec], {}, {"v": values}, {}, "S", "D")
    return Quiz("T", "q", [Student("s1", "S")], ["made-up"], [variant])


def _points(item: ET.Element) -> Decimal:
    fields = {f.find(Q + "fieldlabel").text: f.find(Q + "fieldentry").text for f in item.iter(Q + "qtimetadatafield")}
    return Decimal(fields["points_possible"])


def test_a_six_part_question_of_two_points_totals_exactly_two():
    items = ET.fromstring(assessment_xml(_quiz(2, 6), "a1")).findall(f".//{Q}item")
    weights = [_points(i) for i in items]
    assert sum(weights) == 2 and len(weights) == 6
    assert sorted(weights) == [Decimal("0.333333")] * 4 + [Decimal("0.333334")] * 2  # within a millionth of 1/3


def test_sevenths_and_quarter_points_add_up_too():
    for points, entries in ((1, 7), (2.25, 3), (17.5, 9), (3, 3)):
        items = ET.fromstring(assessment_xml(_quiz(points, entries), "a1")).findall(f".//{Q}item")
        assert sum(_points(i) for i in items) == Decimal(str(points))


def test_the_quiz_settings_hold_the_exact_total(tmp_path):
    (path,) = write_qti(_quiz(2.25, 3), tmp_path)
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        meta = next(n for n in archive.namelist() if n.endswith("assessment_meta.xml"))
        root = ET.fromstring(archive.read(meta))
    total = root.find("{http://canvas.instructure.com/xsd/cccv1p0}points_possible").text
    assert Decimal(total) == Decimal("2.25")  # was '2.2' (one decimal)
