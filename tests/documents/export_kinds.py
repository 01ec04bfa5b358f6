"""Every exporter by name, on the demo file, for the fault tests.

Run as a script it is the export in a subprocess whose files may not grow beyond a
limit (``RLIMIT_FSIZE``, SIGXFSZ ignored): a full disk as the export sees it, with the
store opened before the limit is set. It prints one JSON line, ``{"error": message}``
or ``{"written": path}``; anything else (a traceback) is a failure of the test.

    python export_kinds.py KIND DB TARGET LIMIT
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 25)  # the demo's "today" in the document tests

# kind -> file suffix
KINDS = {
    "minutes": ".docx",
    "minutes-public": ".docx",
    "invitation": ".docx",
    "tasks": ".docx",
    "tasks-csv": ".csv",
    "register": ".docx",
    "register-csv": ".csv",
    "report": ".docx",
    "signatures": ".docx",
}


def export(kind: str, store, target: str | Path) -> Path:
    """Write the document ``kind`` of the demo's steering group to ``target``."""
    from sro_desktop.documents.invitation import export_invitation
    from sro_desktop.documents.minutes import export_minutes
    from sro_desktop.documents.register import export_register
    from sro_desktop.documents.report import export_report
    from sro_desktop.documents.task_list import export_task_list
    from sro_desktop.domain.enums import MeetingState

    sg = store.bodies.resolve("SG")
    meetings = store.meetings.list(sg.id)
    if kind.startswith("minutes"):
        held = next(m for m in meetings if m.state is MeetingState.DRAFT)
        return export_minutes(store, held.id, target, public=kind.endswith("public"),
                              today=TODAY)
    if kind == "invitation":
        planned = next(m for m in meetings if m.state is MeetingState.PLANNED)
        return export_invitation(store, planned.id, target, today=TODAY).path
    if kind.startswith("tasks"):
        return export_task_list(store, sg.id, target, today=TODAY)
    if kind.startswith("register"):
        return export_register(store, sg.id, target, today=TODAY)
    if kind == "report":
        return export_report(store, target, body_id=sg.id, today=TODAY)
    if kind == "signatures":
        from sro_desktop.documents.signature_list import export_signature_list

        return export_signature_list(store, meetings[0].id, target)
    raise ValueError(kind)


def main(argv: list[str]) -> int:
    import resource
    import signal

    from sro_desktop.documents.files import ExportError
    from sro_desktop.store import Store

    kind, db, target, limit = argv
    store = Store.open(db)
    try:
        store.bodies.resolve("SG")  # everything read that opening needs, then the limit
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(limit), int(limit)))
        try:
            path = export(kind, store, target)
        except ExportError as exc:
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        else:
            print(json.dumps({"written": str(path)}))
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
