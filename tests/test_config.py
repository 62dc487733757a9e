"""briefing.toml: read beside the input or from --config, overridden by options, checked strictly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.config import Settings, load
from briefing.errors import BriefingError
from tests.conftest import SAMPLES


def _inputs(tmp_path: Path, toml: str | None) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    if toml is not None:
        (folder / "briefing.toml").write_text(toml, encoding="utf-8")
    return folder


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert load(None, tmp_path) == Settings()


def test_file_beside_input_and_options_override(tmp_path: Path) -> None:
    folder = _inputs(tmp_path, 'title = "Weekly"\norganisation = "Desk"\npage_size = "letter"\n')
    settings = load(None, folder)
    assert (settings.title, settings.organisation, settings.page_size) == ("Weekly", "Desk", "Letter")
    assert settings.override(title="Other", organisation=None).title == "Other"
    assert settings.override(title="Other", organisation=None).organisation == "Desk"


@pytest.mark.parametrize(("toml", "message"), [
    ('page_size = "A3"', "'page_size' is 'A3'; allowed values: A4, Letter"),
    ('colour = "red"', "unknown setting 'colour'; known settings: title, organisation"),
    ("context_days = -4", "'context_days' is -4; allowed values: a whole number 0 to 366"),
    ('pdf_variant = "pdf/a-3b"', "allowed values: pdf/ua-1"),
    ("title = ", "not valid TOML"),
])
def test_bad_settings_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    folder = _inputs(tmp_path, toml)
    with pytest.raises(BriefingError, match=r"briefing\.toml"):
        load(None, folder)
    from briefing.cli import main

    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output
    assert "Traceback" not in result.output


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        load(None, _inputs(tmp_path, 'page_size = "A5"\nmarking = 3\n'))
    assert "page_size" in str(caught.value.message) and "marking" in str(caught.value.message)


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such settings file"):
        load(tmp_path / "nope.toml", tmp_path)


def test_settings_file_is_not_an_input(tmp_path: Path) -> None:
    from briefing.discover import discover

    folder = _inputs(tmp_path, 'title = "T"\n')
    found = discover([folder])
    assert found.files and "briefing.toml" not in {f.path.name for f in found.files}


def test_marking_from_file_reaches_the_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from briefing.cli import main

    folder = _inputs(tmp_path, 'marking = "FOR TRAINING"\norganisation = "Desk <b>"\n')
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "o"), "-q",
                                       "--organisation", "Desk From Option"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "o" / "briefing-2023-11-16_to_2023-11-22.pdf")
    front = reader.pages[0].extract_text()
    assert "FOR TRAINING" in front and "Desk From Option" in front
    assert reader.metadata is not None and reader.metadata.author == "Desk From Option"
