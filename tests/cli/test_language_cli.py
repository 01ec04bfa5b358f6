"""The command line speaks one language: ``SRO_LANG``, else the one chosen in the window,
else German. Its own messages, errors and help texts come in that language and no
other (argparse's own words, "usage:" and the like, stay as argparse has them)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from command_line import run, run_process

from sro_desktop import language

GERMAN = re.compile(r"\b(Geschrieben|geschrieben|Fehler|Warnung|in Ordnung|Befund|gibt es|"
                    r"Datei|Sitzung|Gremium|oder|und|der|die|das|nicht)\b|[äöüß„“]")
ENGLISH = re.compile(r"\b(Written|written|error: (?!argument)|warning|finding|does not exist|"
                     r"file|meeting|body|the|and|or|not)\b")


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv("SRO_LANG", "en")
    yield
    language.use("de")


@pytest.fixture
def german(monkeypatch):
    monkeypatch.delenv("SRO_LANG", raising=False)
    yield
    language.use("de")


def ours(text: str) -> str:
    """``text`` without the words argparse says itself and the program's option names."""
    text = re.sub(r"^usage: .*?(?=\n\n|\Z)", "", text, flags=re.S | re.M)
    text = re.sub(r"^(positional arguments|options):$|show this help message and exit", "",
                  text, flags=re.M)
    return re.sub(r"--?[\w-]+|\{[\w,]+\}|sro-desktop", "", text)


def test_english_output_of_a_process_holds_no_german(english, tmp_path):
    demo = tmp_path / "demo.sro"
    written = run_process("demo", "--db", demo)
    assert written.stdout == f"Demo written: {demo}\n", written.stderr
    checked = run_process("check", "--db", demo)
    assert checked.returncode == 0
    assert checked.stdout == f"{demo}: ok\n"
    refused = run_process("backup", "--db", demo, "--out", tmp_path)
    assert refused.returncode == 1
    assert refused.stderr == f"error: {tmp_path} is a folder; --out names the backup file\n"
    for result in (written, checked, refused):
        assert not GERMAN.search(ours(result.stdout + result.stderr).replace(str(tmp_path), ""))


def test_german_output_of_a_process_holds_no_english(german, tmp_path):
    demo = tmp_path / "demo.sro"
    written = run_process("demo", "--db", demo)
    assert written.stdout == f"Demo geschrieben: {demo}\n", written.stderr
    checked = run_process("check", "--db", demo)
    assert checked.stdout == f"{demo}: in Ordnung\n"
    refused = run_process("backup", "--db", demo, "--out", tmp_path)
    assert refused.returncode == 1
    assert refused.stderr == (f"Fehler: {tmp_path} ist ein Ordner; --out nennt die "
                              f"Sicherungsdatei\n")
    for result in (written, checked, refused):
        assert not ENGLISH.search(ours(result.stdout + result.stderr).replace(str(tmp_path), ""))


def test_the_language_chosen_in_the_window_counts_without_sro_lang(german, tmp_path):
    subprocess.run([sys.executable, "-c", "from sro_desktop import language; "
                    "language.store_choice('en')"], check=True, timeout=60)
    result = run_process("demo", "--db", tmp_path / "demo.sro")
    assert result.stdout.startswith("Demo written: "), result.stderr


@pytest.mark.parametrize("command", [
    (), ("demo",), ("check",), ("verify",), ("lint",), ("list",), ("list", "meetings"),
    ("export",), *[("export", kind) for kind in (
        "minutes", "invitation", "tasks", "decisions", "report", "members", "signatures",
        "eml", "ics", "oparl", "allowances", "certificate", "budget")],
    ("import",), ("import", "members"), ("backup",), ("restore",), ("privacy",),
    ("privacy", "export"), ("privacy", "anonymise"), ("exchange",),
    *[("exchange", what) for what in ("clone", "export", "import", "status", "name",
                                       "decide")], ("merge",)])
def test_every_help_text_is_in_the_language_chosen(german, monkeypatch, command):
    said = run(*command, "--help")
    assert said.returncode == 0
    assert not ENGLISH.search(ours(said.stdout)), said.stdout
    monkeypatch.setenv("SRO_LANG", "en")
    said = run(*command, "--help")
    assert not GERMAN.search(ours(said.stdout)), said.stdout


def test_errors_in_english_in_this_process(english, demo, tmp_path):
    result = run("export", "ics", "--db", demo, "--tasks", "--out", tmp_path / "x.ics")
    assert (result.returncode, result.stderr) == (1, "error: --tasks needs --body or "
                                                     "--owner\n")
    result = run("lint", "--db", demo, "--meeting", "SG 1")
    assert result.returncode in (0, 1)
    last = (result.stderr or result.stdout).strip().splitlines()[-1]
    assert re.fullmatch(r"error: \d+ finding\(s\)|.*: ok", last), last
    result = run("backup", "--db", demo, "--out", demo)
    assert result.stderr == f"error: {demo} already exists; --force replaces it\n"


def test_version_needs_no_language(tmp_path):
    code = ("import sys\n"
            "from sro_desktop.cli import main\n"
            "try:\n"
            "    main(['--version'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "assert 'PySide6' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("SRO Desktop ")
