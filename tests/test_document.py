"""The PDF as a reader gets it, checked from the file itself: page size, metadata, fonts,
links, sections, size, reproducibility, PDF/UA. Nothing is compared with stored bytes."""

from __future__ import annotations

import random
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from briefing.build import extract
from briefing.cli import main
from briefing.export import to_json
from tests.conftest import SAMPLE_OPTIONS, SAMPLE_PDF, SAMPLES

NAME = SAMPLE_PDF


def _build(out: Path, *args: str, source: Path = SAMPLES) -> PdfReader:
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), "-q", *args])
    assert result.exit_code == 0, result.output
    return PdfReader(out / NAME)


@pytest.fixture(scope="module")
def a4(sample_build: tuple[Path, str]) -> PdfReader:
    return PdfReader(sample_build[0] / NAME)


def _text(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_a4_by_default_letter_by_option(a4: PdfReader, tmp_path: Path) -> None:
    box = a4.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    letter = _build(tmp_path, "--page-size", "Letter").pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_front_page_reads_alone(a4: PdfReader) -> None:
    front = _text(a4)[0]
    for needle in ("UNCLASSIFIED // FOR TRAINING", "Regional Security Desk", "16–22 November 2023",
                   "current to 22 Nov 2023", "Key points", "Figures at a glance",
                   "approximately 66 (+25 since 8 Nov)", "page 1 of"):
        assert needle in front, needle
    assert "Chronology" not in front


def test_marking_on_every_page(a4: PdfReader) -> None:
    assert all(page.count("UNCLASSIFIED // FOR TRAINING") >= 2 for page in _text(a4))


def test_metadata(a4: PdfReader) -> None:
    meta = a4.metadata
    assert meta is not None
    assert meta.title == "Attacks on US forces in Iraq and Syria — 16–22 November 2023"
    assert meta.author == "Regional Security Desk"
    assert meta.subject and "16–22 November 2023" in meta.subject
    assert "Iraq" in (meta.get("/Keywords") or "")
    assert str(a4.root_object["/Lang"]) == "en"


def test_fonts_embedded_and_subset(a4: PdfReader) -> None:
    for page in a4.pages:
        for font in pdf_dict(pdf_dict(page["/Resources"])["/Font"]).values():
            font = pdf_dict(font)
            assert "+" in str(font["/BaseFont"])  # subset prefix, e.g. ABCDEF+DejaVu-Sans
            for descendant in font.get("/DescendantFonts", []):
                assert "/FontFile2" in pdf_dict(pdf_dict(descendant)["/FontDescriptor"])


def test_citations_link_to_the_source_list(a4: PdfReader) -> None:
    internal = [annot.get_object() for page in a4.pages for annot in page.get("/Annots", [])
                if annot.get_object().get("/Subtype") == "/Link" and "/Dest" in annot.get_object()]
    assert len(internal) >= 10
    names = set(a4.named_destinations)
    assert {f"src-{n}" for n in range(1, 5)} <= names


def test_sections_in_order_and_chronology_by_day(a4: PdfReader) -> None:
    flat = " ".join(_text(a4))
    position = 0
    for heading in ("Key points", "Figures at a glance", "Chronology, 16–22 November 2023",
                    "Tuesday 21 November 2023", "Wednesday 22 November 2023",
                    "Earlier events, for context", "Wednesday 8 November 2023", "Sunday 12 November 2023",
                    "Running tallies", "Where sources disagree", "Sources", "Appendix"):
        position = flat.index(heading, position)
    assert "attack on US forces at Al-Asad Airbase, Iraq: 8 US injured" in flat


def test_small_enough_to_email(sample_build: tuple[Path, str]) -> None:
    assert (sample_build[0] / NAME).stat().st_size < 300_000


def test_same_inputs_same_bytes(sample_build: tuple[Path, str], tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # the document's dates come from the data
    _build(tmp_path, *SAMPLE_OPTIONS)
    assert (tmp_path / NAME).read_bytes() == (sample_build[0] / NAME).read_bytes()


def test_input_order_does_not_change_the_export() -> None:
    files = sorted(SAMPLES.glob("*.txt"))
    forward = to_json(extract(files))
    for seed in range(3):
        shuffled = files[:]
        random.Random(seed).shuffle(shuffled)
        assert to_json(extract(shuffled)) == forward


def test_pdf_ua_is_tagged(tmp_path: Path) -> None:
    reader = _build(tmp_path, "--pdf-ua")
    root = reader.root_object
    assert bool(pdf_dict(root["/MarkInfo"])["/Marked"])
    assert "/StructTreeRoot" in root
    xmp = ElementTree.fromstring(root["/Metadata"].get_object().get_data())  # type: ignore[union-attr]  # a stream
    parts = {e.get("{http://www.aiim.org/pdfua/ns/id/}part") for e in xmp.iter()} - {None}
    assert parts == {"1"}  # PDF/UA-1, read from the pdfuaid:part attribute itself


def test_html_preview_is_self_contained(sample_build: tuple[Path, str]) -> None:
    html = (sample_build[0] / NAME.replace(".pdf", ".html")).read_text()
    assert "<style>" in html and "data:image/svg+xml;base64," in html
    assert 'href="briefing.css"' not in html and "briefing:attacks.svg" not in html


def pdf_dict(value: object) -> DictionaryObject:
    """A PDF dictionary, through its reference if it is one (pypdf types every value as PdfObject)."""
    found = value.get_object() if hasattr(value, "get_object") else value
    assert isinstance(found, DictionaryObject), type(found)
    return found
