"""`sro-desktop export oparl`: the tree written with its counts; a base URL that is not
http(s), or a folder that is not ours, refused in one line with exit 1."""

from __future__ import annotations

import json

from command_line import assert_user_error, run


def test_the_tree_is_written_and_counted(demo, tmp_path):
    out = tmp_path / "oparl"
    result = run("export", "oparl", "--db", demo, "--base-url", "https://ris.example.org/sro/",
                 "--out", out)
    assert result.returncode == 0, result.stderr
    system = json.loads((out / "system.json").read_text(encoding="utf-8"))
    assert system["id"] == "https://ris.example.org/sro/system.json"
    meetings = len(list((out / "meeting").iterdir()))
    assert f"meeting: {meetings}" in result.stdout
    assert "Written:" in result.stdout
    assert result.stderr == ""


def test_a_base_url_that_is_not_http_is_refused(demo, tmp_path):
    for url in ("ftp://ris.example.org/sro", "ris.example.org"):
        result = run("export", "oparl", "--db", demo, "--base-url", url, "--out",
                     tmp_path / "oparl")
        assert_user_error(result, "http://", "https://")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_with_other_files_is_refused(demo, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("export", "oparl", "--db", demo, "--base-url", "https://ris.example.org",
                 "--out", tmp_path)
    assert_user_error(result, "nicht leer")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
