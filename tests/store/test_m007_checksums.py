"""Migration m007 stamps old approved minutes with a frozen copy of the checksum of
version 1; it must agree with the live code, which approval uses today."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from formats import as_format_6

from sro_desktop.store import Store
from sro_desktop.store.m007_checksums import _hash_one, stamp_approved_minutes
from sro_desktop.store.minutes_hash import altered_minutes


def test_the_frozen_checksum_equals_the_one_approval_stores(tmp_path, demo_path):
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo_path, path)  # the demo, written once per run
    as_format_6(path)
    with Store.open(path) as store:
        approved = list(store.db.query(
            "SELECT * FROM meetings WHERE state = 'approved' AND deleted_at IS NULL"))
        assert approved
        for meeting in approved:
            assert _hash_one(store.db, meeting) == meeting["content_hash"]


def test_stamping_fills_only_missing_checksums_and_keeps_the_lock(tmp_path, demo_path):
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo_path, path)  # the demo, written once per run
    as_format_6(path)
    with Store.open(path) as store:
        db = store.db
        lock = next(db.query("SELECT sql FROM sqlite_master WHERE name = "
                             "'meetings_lock_update'"))["sql"]
        one = next(db.query("SELECT id, content_hash FROM meetings WHERE state = 'approved'"))
        db.execute("DROP TRIGGER meetings_lock_update")
        db.execute("UPDATE meetings SET content_hash = NULL WHERE id = ?", [one["id"]])
        db.execute(lock)
        with db.atomic():
            assert stamp_approved_minutes(db) == 1
        assert next(db.query("SELECT content_hash FROM meetings WHERE id = ?",
                             [one["id"]]))["content_hash"] == one["content_hash"]
        assert next(db.query("SELECT sql FROM sqlite_master WHERE name = "
                             "'meetings_lock_update'"))["sql"] == lock
        assert altered_minutes(db) == []


def test_migrations_call_no_live_application_code():
    """schema.py (the migrations) imports only the standard library, sqlite-utils and
    its frozen helpers (typed_columns: the catalogue the file's CHECKs are made of)."""
    schema = Path(__file__).resolve().parents[2] / "sro_desktop" / "store" / "schema.py"
    imported = {node.module for node in ast.walk(ast.parse(schema.read_text("utf-8")))
                if isinstance(node, ast.ImportFrom) and node.level}
    assert imported <= {"m007_checksums", "typed_columns"}
