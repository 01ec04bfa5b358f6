"""The OParl 1.1 export: a static tree of JSON files that the city's council information
system (Ratsinformationssystem) can take, or that any web server can serve as it is.

One OParl ``Body`` stands for the city's SRO programme (``body/sro.json``); our bodies
(Steuerungsgruppe, Planungsgruppe/Beirat, JHA, Unterausschuss) are ``Organization``\\ s of
type "Gremium" in it, as OParl models committees; the organisations members sit for
(Träger, Amt) are Organizations too (``onBehalfOf`` of a Membership).

What is public (and so exported):
- meetings of every body; from the invitation on with their public agenda items (number,
  title; a planned meeting's agenda is still a draft); cancelled meetings as cancelled
  (``cancelled: true``, meetingState "abgesagt");
- results (``result``, ``resolutionText``, votes per side) and the minutes only of
  meetings whose minutes are approved; the minutes as their public version (DOCX, and
  PDF when a converter is given: ``minutes_pdf``);
- the papers of public TOPs (Files with their bytes);
- the advisory board's recommendations as Papers, unless a non-public TOP deals with one;
- persons: name and memberships only (no e-mail, phone, address); guests are no
  members and are not published; in the JSON attendance only as counts. The published
  minutes are the official public version: like every council's minutes they name the
  members present, excused and absent (they hold a seat in a public body), the guests
  only as a number (documents/minutes.py ``_published``).
Left out: non-public TOPs with their decisions, papers and recommendations; draft
minutes; the invitation (no File yet); tasks' owners; reasons for cancellations.

What OParl has no field for is in vendor fields with the prefix ``sroRostock:`` (see
``oparl_objects.VENDOR`` and the README). Deleted meetings, persons, organisations and
recommendations stay listed as ``deleted: true``.

The tree is built in a temporary folder beside the target and then put in its place;
an existing folder that is neither empty nor an earlier OParl export is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..domain.words import say
from ..store import Store
from ..store.os_words import os_reason
from .files import ExportError
from .oparl_meetings import PdfHook, export_meetings
from .oparl_objects import Obj, Source, Urls, body_object, organisation_side, typed

PAGE_SIZE = 100  # objects per list page (OParl recommends pages above 100)
BODY_LISTS = ("organization", "person", "meeting", "paper", "membership", "agendaItem",
              "consultation", "file", "locationList")
KEEP_EMPTY = frozenset({"legislativeTerm", "data"})  # required even when empty
DEFAULT_NAME = "Sozialraumorientierung der Kinder- und Jugendhilfe"


@dataclass(frozen=True)
class OparlSummary:
    folder: Path
    counts: dict[str, int]  # list name -> objects (deleted ones included)
    downloads: int  # files with bytes (papers, minutes)
    json_files: int

    def lines(self) -> list[str]:
        return [f"{name}: {count}" for name, count in self.counts.items()] + [
            f"files with content: {self.downloads}", f"JSON files: {self.json_files}"]


def check_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; refused unless http(s) with a host."""
    text = base_url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query \
            or parts.fragment or any(c.isspace() for c in text):
        raise ExportError(say("documents.oparl", "Die Basis-Adresse muss mit http:// oder "
                              "https:// beginnen und einen Servernamen enthalten, z. B. "
                              "https://ris.rostock.de/oparl."))
    return text.rstrip("/")


def archive_pdf(docx: Path, pdf: Path) -> None:
    """The approved minutes as PDF/A-2b beside their DOCX (LibreOffice; ExportError in
    German when it is missing or fails)."""
    from .pdf import convert_to_pdf

    convert_to_pdf(docx, pdf, archive=True)


def export_oparl(store: Store, out_dir: str | Path, base_url: str, *,
                 name: str = DEFAULT_NAME, page_size: int = PAGE_SIZE,
                 minutes_pdf: PdfHook | None = None) -> OparlSummary:
    """Write the OParl tree of the file into ``out_dir`` (see the module's docstring)."""
    urls = Urls(check_base_url(base_url))
    out = Path(out_dir).absolute()
    check_target(out)
    source = Source.read(store)
    lists: dict[str, list[Obj]] = {n: [] for n in BODY_LISTS}
    lists.update(organisation_side(store, urls, source))
    meetings = export_meetings(store, urls, source, minutes_pdf=minutes_pdf)
    for list_name, objects in meetings.lists.items():
        lists[list_name].extend(objects)
    for objects in lists.values():
        objects.sort(key=lambda o: o["id"])
    files = _tree(urls, source, name, lists, page_size)
    files.update({path: data for path, data in meetings.downloads.items()})
    _publish(out, files)
    return OparlSummary(out, {n: len(lists[n]) for n in BODY_LISTS},
                        len(meetings.downloads), len(files) - len(meetings.downloads))


def _tree(urls: Urls, source: Source, name: str, lists: dict[str, list[Obj]],
          page_size: int) -> dict[str, bytes]:
    """Path in the tree -> bytes: every object (embedded ones too) and every list page."""
    body = body_object(urls, source, name, list(BODY_LISTS))
    all_objects = [o for objects in lists.values() for o in objects]
    system: Obj = {"id": urls.system(), "type": typed("System"),
                   "oparlVersion": "https://schema.oparl.org/1.1/",
                   "body": urls.body_list(), "name": f"SRO Desktop – {name}"}
    system |= {k: body[k] for k in ("created", "modified") if k in body}
    files: dict[str, bytes] = {}
    for obj in [system, body, *all_objects, *_embedded(all_objects)]:
        files[urls.path(obj["id"])] = _json(obj)
    files.update(_pages(urls, urls.body_list(), [body], page_size, lambda p: urls.body_list()
                        if p == 1 else urls.body_list().replace(".json", f"-{p}.json")))
    for list_name, objects in lists.items():
        files.update(_pages(urls, urls.list_page(list_name), objects, page_size,
                            lambda p, n=list_name: urls.list_page(n, p)))
    return files


def _embedded(objects: Iterable[Obj]) -> list[Obj]:
    """The objects inside others (Location, AgendaItem, File, Membership, Consultation):
    each is also a file of its own under its id."""
    found: list[Obj] = []

    def visit(value: Any, top: bool) -> None:
        if isinstance(value, dict):
            if not top and "id" in value and "type" in value:
                found.append(value)
            for inner in value.values():
                visit(inner, False)
        elif isinstance(value, list):
            for inner in value:
                visit(inner, False)

    for obj in objects:
        visit(obj, True)
    return found


def _pages(urls: Urls, first: str, objects: list[Obj], size: int,
           page_url: Any) -> dict[str, bytes]:
    total = max(1, -(-len(objects) // size))
    pages = {}
    for number in range(1, total + 1):
        links = {"first": first, "self": page_url(number), "last": page_url(total)}
        if number > 1:
            links["prev"] = page_url(number - 1)
        if number < total:
            links["next"] = page_url(number + 1)
        page = {"data": objects[(number - 1) * size:number * size],
                "pagination": {"totalElements": len(objects), "elementsPerPage": size,
                               "currentPage": number, "totalPages": total},
                "links": links}
        pages[urls.path(page_url(number))] = _json(page)
    return pages


def _pruned(value: Any) -> Any:
    """No empty strings, no null, no empty optional lists: OParl says leave them out."""
    if isinstance(value, dict):
        kept = {}
        for key, inner in value.items():
            inner = _pruned(inner)
            if inner is None or inner == "" or (inner == [] and key not in KEEP_EMPTY) \
                    or inner == {}:
                continue
            kept[key] = inner
        return kept
    if isinstance(value, list):
        return [v for v in (_pruned(i) for i in value) if v not in (None, "")]
    return value


def _json(value: Any) -> bytes:
    return (json.dumps(_pruned(value), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- putting the tree in place --------------------------------------------------------

def is_earlier_export(folder: Path) -> bool:
    """A folder this export wrote before: its ``system.json`` is an OParl System."""
    try:
        system = json.loads((folder / "system.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(system, dict) and system.get("type") == typed("System")


def check_target(out: Path) -> None:
    """Refuse (ExportError) a folder the tree may not go into: a file, a missing
    parent, a folder with other things in it than an earlier OParl export."""
    if not out.parent.is_dir():
        raise ExportError(say("documents.oparl", "Den Ordner {folder} gibt es nicht.").format(
            folder=out.parent))
    if out.exists() and not out.is_dir():
        raise ExportError(say("documents.oparl", "{folder} ist eine Datei, kein Ordner; bitte "
                              "einen Ordner wählen.").format(folder=out))
    try:
        occupied = out.is_dir() and any(out.iterdir())
    except OSError as exc:
        raise ExportError(say("documents.oparl", "Der Ordner {folder} lässt sich nicht lesen: "
                              "{reason}.").format(folder=out, reason=os_reason(exc))) from exc
    if occupied and not is_earlier_export(out):
        raise ExportError(say("documents.oparl", "Der Ordner {folder} ist nicht leer und "
                              "enthält keinen früheren OParl-Export. Bitte einen leeren Ordner "
                              "wählen; nichts wurde geschrieben.").format(folder=out))


def _publish(out: Path, files: dict[str, bytes]) -> None:
    """Write the tree beside ``out``, then swap it in; on a failure nothing is left
    half-written and an earlier export stays as it was."""
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-neu-", dir=out.parent))
    except OSError as exc:
        raise ExportError(say("documents.oparl", "{folder} kann nicht beschrieben werden: "
                              "{reason}.").format(folder=out.parent, reason=os_reason(exc))) \
            from exc
    holder: Path | None = None  # the earlier export, moved aside until the swap is done
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; this is for publishing
        for rel, data in sorted(files.items()):
            target = tmp.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if out.exists():
            holder = Path(tempfile.mkdtemp(prefix=f".{out.name}-alt-", dir=out.parent))
            os.replace(out, holder / "tree")
        try:
            os.replace(tmp, out)
        except OSError:
            if holder is not None:
                os.replace(holder / "tree", out)
            raise
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(say("documents.oparl", "{folder} kann nicht geschrieben werden: "
                              "{reason}.").format(folder=out, reason=os_reason(exc))) from exc
    finally:
        if holder is not None and out.exists():  # never the only copy of the earlier one
            shutil.rmtree(holder, ignore_errors=True)
