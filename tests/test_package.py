"""What ships with the program, and the README's description of the file."""

from __future__ import annotations

import re
from pathlib import Path

from sro_desktop import paths
from sro_desktop.store import Store

README = Path(__file__).resolve().parent.parent / "README.md"


def test_shipped_folders_are_found():
    assert (paths.templates_dir() / "README.md").is_file()
    assert (paths.resources_dir() / "README.md").is_file()


def test_user_data_dir_follows_the_override(tmp_path, monkeypatch):
    monkeypatch.setenv("SRO_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.demo_db_path() == tmp_path / "elsewhere" / "demo.sro"


def test_readme_documents_every_table_and_column(tmp_path):
    text = README.read_text(encoding="utf-8")
    common = {"id", "created_at", "updated_at", "updated_by", "deleted_at"}
    with Store.open(tmp_path / "doc.sro", create=True) as store:
        undocumented = []
        for table in store.db.table_names():
            row = re.search(rf"^\| `{table}` \|.*$", text, re.MULTILINE)
            if table.startswith("search_index_"):  # FTS5's own tables
                continue
            if table.startswith("_sqlite") or table in ("meta", "search_index"):
                assert f"`{table}`" in text
                continue
            if not row:
                undocumented.append(table)
                continue
            for column in store.db[table].columns:
                if column.name not in common and f"`{column.name}`" not in row.group(0):
                    undocumented.append(f"{table}.{column.name}")
    assert not undocumented


def test_readme_documents_every_coded_value():
    from sro_desktop.domain import enums

    text = README.read_text(encoding="utf-8")
    missing = [f"{kind.__name__}.{member.value}"
               for kind in vars(enums).values()
               if isinstance(kind, type) and issubclass(kind, enums.Labeled)
               and kind is not enums.Labeled
               for member in kind
               if f"`{member.value}` {member.label}" not in text]
    assert not missing


def test_every_package_of_the_code_is_installed():
    """pyproject.toml lists the packages: a new room missing there is missing from an
    installed program (and from CI, which installs it)."""
    import tomllib

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(root).parts)
             for p in (root / "sro_desktop").rglob("__init__.py")}
    assert found - listed == set()
