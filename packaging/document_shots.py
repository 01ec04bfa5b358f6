"""Pictures of the printed documents for the README: the demo's minutes (the 3rd meeting
of the steering group, with its failed double majority), an invitation and the
Sachstandsbericht, as LibreOffice prints them.

Run: python packaging/document_shots.py   (needs libreoffice-writer and poppler-utils)
Writes packaging/screenshots/{protokoll-1..4,einladung-1,sachstandsbericht-1}.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sro_desktop.documents.invitation import export_invitation
from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.report import export_report
from sro_desktop.domain.enums import MeetingState
from sro_desktop.store import Store
from sro_desktop.store.demo import write_demo

OUT = Path(__file__).resolve().parent / "screenshots"
DPI = "80"  # an A4 page 662 px wide: readable beside the text


def pages(docx: Path, name: str, first: int, last: int) -> None:
    """The pages first..last of a Word file as PNGs named ``name-<page>.png``."""
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                    str(docx.parent), str(docx)], check=True, capture_output=True,
                   timeout=300)
    prefix = docx.parent / name
    subprocess.run(["pdftoppm", "-r", DPI, "-png", "-f", str(first), "-l", str(last),
                    str(docx.with_suffix(".pdf")), str(prefix)], check=True, timeout=120)
    for png in sorted(docx.parent.glob(f"{name}-*.png")):
        number = int(png.stem.rsplit("-", 1)[1])
        shutil.copy(png, OUT / f"{name}-{number}.png")


def main() -> int:
    work = Path(tempfile.mkdtemp())
    demo = work / "demo.sro"
    write_demo(demo)
    with Store.open(demo, read_only=True) as store:
        sg = store.bodies.resolve("SG")
        third = next(m for m in store.meetings.list(sg.id) if m.number == 3)
        invited = next(m for m in store.meetings.list(sg.id) if m.state is MeetingState.INVITED)
        export_minutes(store, third.id, work / "protokoll.docx")
        export_invitation(store, invited.id, work / "einladung.docx")
        export_report(store, work / "sachstandsbericht.docx", body_id=sg.id)
    pages(work / "protokoll.docx", "protokoll", 1, 4)
    pages(work / "einladung.docx", "einladung", 1, 1)
    pages(work / "sachstandsbericht.docx", "sachstandsbericht", 1, 1)
    print(f"wrote the document pictures to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
