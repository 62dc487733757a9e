"""One hierarchy of errors rooted in click.ClickException: each is said as 'Error: …', exit 1."""

from __future__ import annotations

import inspect

import click
import pytest
from click.testing import CliRunner

from briefing import errors
from briefing.cli import main
from tests.conftest import SAMPLES

KINDS = [cls for _, cls in inspect.getmembers(errors, inspect.isclass) if cls.__module__ == errors.__name__]


def test_the_hierarchy_has_one_root() -> None:
    assert errors.BriefingError in KINDS and len(KINDS) > 5
    for kind in KINDS:
        assert issubclass(kind, errors.BriefingError) and issubclass(kind, click.ClickException)
        assert kind.exit_code == 1


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_reaches_the_user_as_one_line(kind: type[errors.BriefingError]) -> None:
    @click.command()
    def fails() -> None:
        raise kind("what went wrong; what to do")

    result = CliRunner().invoke(fails)
    assert (result.exit_code, result.output) == (1, "Error: what went wrong; what to do\n")


def test_a_wrong_period_is_a_period_error(tmp_path: object) -> None:
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "--from", "2023-11-22", "--to", "2023-11-16",
                                       "-o", str(tmp_path)])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)  # a usage error
    assert "Error: --from 2023-11-22 is after --to 2023-11-16; swap them" in result.output
