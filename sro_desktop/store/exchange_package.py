"""The exchange package (``.sroex``): one ZIP file that describes itself.

* ``manifest.json``: the format and its version, the program and the file format
  that wrote it, the record (``dataset_id``), the copy it comes from and the copy it
  is for (or none: for every copy), what the sending copy has (``known``, a version
  vector), the names of the copies it knows, the number of records per table, and
  ``sha256`` over the content (``changes.jsonl``, then each blob by name);
* ``changes.jsonl``: one record per line, ``{"t": table, "id": …, "vv": {…}, "by":
  replica, "seq": n, "row": {column: value}}`` (``by``/``seq``: the copy that made its
  last change and that change's number; an approved meeting also ``"extra":
  {"minutes_rows": {table: [ids]}}``, the records its approval covered), or
  ``"gone": true`` for a record deleted outright. A BLOB value is written as
  ``{"$blob": sha256}``;
* ``blobs/<sha256>``: the bytes of the attachments.

Anything else in the archive, a path that leaves it, a wrong checksum, a cut-off
archive or a manifest of another kind refuse the whole package (PackageRefused).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.words import say
from .errors import StoreError

FORMAT = "sro-desktop-exchange"
FORMAT_VERSION = 1
SUFFIX = ".sroex"
_BLOB = re.compile(r"blobs/[0-9a-f]{64}")
_MAX_BYTES = 4 * 1024 ** 3  # more than any record holds: a larger archive is a trick


class PackageRefused(StoreError):
    """The package is taken in not at all; the words say why."""


@dataclass
class Change:
    table: str
    id: str
    vv: dict[str, int]
    row: dict[str, Any] | None  # None: deleted outright ("gone")
    by: str | None = None  # the copy that made the record's last change, and its number
    seq: int = 0
    extra: dict[str, Any] | None = None  # an approved meeting: "minutes_rows" {table: ids}


@dataclass
class Package:
    manifest: dict[str, Any]
    changes: list[Change] = field(default_factory=list)

    @property
    def sender(self) -> str:
        return str(self.manifest["from"]["replica_id"])

    @property
    def sender_name(self) -> str:
        return str(self.manifest["from"].get("name") or self.sender[:8])


def write(path: Path, manifest: dict[str, Any], changes: Iterable[Change]) -> dict[str, Any]:
    """Write the package atomically (a temporary file beside it, then renamed)."""
    lines: list[bytes] = []
    blobs: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for change in changes:
        row = None
        if change.row is not None:
            row = {}
            for k, v in change.row.items():
                if isinstance(v, bytes):
                    digest = hashlib.sha256(v).hexdigest()
                    blobs[digest] = v
                    v = {"$blob": digest}
                row[k] = v
        entry: dict[str, Any] = {"t": change.table, "id": change.id, "vv": change.vv}
        if change.by:
            entry.update(by=change.by, seq=change.seq)
        if change.extra:
            entry["extra"] = change.extra
        entry.update({"row": row} if row is not None else {"gone": True})
        lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode())
        counts[change.table] = counts.get(change.table, 0) + 1
    content = b"\n".join(lines)
    manifest = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION,
                "counts": counts, "blobs": len(blobs),
                "sha256": _digest(content, blobs)}
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            z.writestr("changes.jsonl", content)
            for name in sorted(blobs):
                z.writestr(f"blobs/{name}", blobs[name], zipfile.ZIP_STORED)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return manifest


def _digest(content: bytes, blobs: Mapping[str, bytes]) -> str:
    h = hashlib.sha256(content)
    for name in sorted(blobs):
        h.update(name.encode())
        h.update(blobs[name])
    return h.hexdigest()


def read(path: Path) -> Package:
    """Read and check the whole package; PackageRefused says what is wrong with it."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PackageRefused(
            say("store.exchange_package", "Das Paket {name} gibt es nicht.").format(
                                 name=name)) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageRefused(say("store.exchange_package", "{name} ist kein Austauschpaket von "
                                                           "SRO Desktop oder ist unvollständig "
                                                           "(abgeschnitten).").format(
                                                               name=name)) from exc
    with archive:
        names = archive.namelist()
        for entry in names:
            if entry not in ("manifest.json", "changes.jsonl") and not _BLOB.fullmatch(entry):
                raise PackageRefused(say("store.exchange_package", "{name} wird nicht "
                                                                   "übernommen: es enthält "
                                                                   "einen unzulässigen Eintrag "
                                                                   "({entry}).").format(
                                         name=name, entry=entry[:80]))
        if "manifest.json" not in names or "changes.jsonl" not in names:
            raise PackageRefused(say("store.exchange_package", "{name} ist kein Austauschpaket "
                                                               "von SRO Desktop.").format(
                                     name=name))
        if sum(i.file_size for i in archive.infolist()) > _MAX_BYTES:
            raise PackageRefused(say("store.exchange_package", "{name} wird nicht übernommen: "
                                                               "es ist unplausibel groß.").format(
                                     name=name))
        try:
            manifest = json.loads(archive.read("manifest.json"))
            content = archive.read("changes.jsonl")
            blobs = {n.removeprefix("blobs/"): archive.read(n) for n in names
                     if n.startswith("blobs/")}
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise PackageRefused(say("store.exchange_package", "{name} ist beschädigt oder "
                                                               "unvollständig (abgeschnitten); "
                                                               "nichts wurde übernommen.").format(
                                     name=name)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageRefused(say("store.exchange_package", "{name} ist kein Austauschpaket von "
                                                           "SRO Desktop.").format(name=name))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise PackageRefused(say("store.exchange_package", "{name} hat ein Paketformat, das "
                                                           "diese Version nicht kennt (Version "
                                                           "{get}); bitte SRO Desktop "
                                                           "aktualisieren.").format(
                                 name=name, get=manifest.get('format_version')))
    if manifest.get("sha256") != _digest(content, blobs):
        raise PackageRefused(
            say(
                "store.exchange_package",
                "{name} ist verändert oder "
                "beschädigt (die Prüfsumme stimmt "
                "nicht); nichts wurde übernommen.",
            ).format(name=name)
        )
    try:
        changes = [_change(json.loads(line), blobs) for line in content.splitlines() if line]
    except (ValueError, KeyError, TypeError) as exc:
        raise PackageRefused(say("store.exchange_package", "{name} ist beschädigt: ein Eintrag "
                                                           "ist unlesbar.").format(
                                                               name=name)) from exc
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.table] = counts.get(change.table, 0) + 1
    if counts != manifest.get("counts"):
        raise PackageRefused(say("store.exchange_package", "{name} ist unvollständig: die Zahl "
                                                           "der Einträge stimmt nicht.").format(
                                 name=name))
    return Package(manifest, changes)


def _change(entry: dict[str, Any], blobs: Mapping[str, bytes]) -> Change:
    row = entry.get("row")
    if row is not None:
        row = {k: blobs[v["$blob"]] if isinstance(v, dict) else v for k, v in row.items()}
    elif not entry.get("gone"):
        raise ValueError('neither row nor gone')
    vv = {str(k): int(v) for k, v in entry["vv"].items()}
    by = entry.get("by")
    extra = entry.get("extra")
    return Change(str(entry["t"]), str(entry["id"]), vv, row,
                  str(by) if by else None, int(entry.get("seq") or 0),
                  extra if isinstance(extra, dict) else None)
