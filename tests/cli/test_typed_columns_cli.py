"""The command line on a file holding values of the wrong type (issue 14): ``check``
names each, ``list meetings`` lists the meeting with its date cut short and marked."""

from __future__ import annotations

import shutil

import pytest
from command_line import run, run_process
from typed_files import LONG, as_previous_format, write_bad_values

from sro_desktop.store import Store


@pytest.fixture
def bad_file(tmp_path, demo_template):
    path = tmp_path / "alt.sro"
    shutil.copyfile(demo_template, path)
    as_previous_format(path)
    write_bad_values(path)
    return path


def test_check_names_every_bad_value_of_an_old_file(bad_file):
    result = run_process("check", "--db", bad_file)  # the real program, as a user runs it
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert len([line for line in lines if "Spalte „" in line]) == 6
    assert any("Spalte „Datum“: „2026-13-45xxx" in line and "ist kein Datum" in line
               for line in lines)
    assert any(line.startswith("Beschluss ") and "„beschlossen am“" in line for line in lines)
    assert "x" * 100 not in result.stdout
    assert all(len(line) < 300 for line in lines)


@pytest.mark.parametrize("migrated", [False, True], ids=["old format", "migrated"])
def test_list_meetings_with_a_10_kb_date_prints_it_short(bad_file, migrated):
    if migrated:  # the listing then reads the file plainly (store/plain.py)
        with Store.open(bad_file):
            pass
    for args in ([], ["--json"]):
        result = run("list", "meetings", "--db", bad_file, *args)
        assert result.returncode == 0, result.stderr
        assert "x" * 100 not in result.stdout + result.stderr
        assert LONG not in result.stdout
        assert "Traceback" not in result.stderr
    table = run("list", "meetings", "--db", bad_file).stdout
    marked = [line for line in table.splitlines() if line.startswith("ungültig: 2026-13-45")]
    assert len(marked) == 1
    assert len(marked[0]) < 160
    assert len(table.splitlines()) > 5  # the other meetings are listed as ever
