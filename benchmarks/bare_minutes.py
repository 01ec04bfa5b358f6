"""The bare baseline of the minutes export: raw SELECTs and python-docx writing the same
content (heading, attendance list, each TOP with its text and decisions).

As a process: ``python benchmarks/bare_minutes.py FILE MEETING_ID OUT.docx``.
"""

from __future__ import annotations

import sqlite3
import sys


def write_minutes(db: str, meeting_id: str, out: str) -> None:
    from docx import Document

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    meeting = conn.execute(
        "SELECT b.name, m.number, m.date, m.start_time, m.end_time, m.place FROM meetings m "
        "JOIN bodies b ON b.id = m.body_id WHERE m.id = ?", [meeting_id]).fetchone()
    attendance = conn.execute(
        "SELECT p.first_name, p.last_name, s.name, a.status FROM attendance a "
        "JOIN memberships ms ON ms.id = a.membership_id JOIN people p ON p.id = ms.person_id "
        "LEFT JOIN sides s ON s.id = ms.side_id WHERE a.meeting_id = ? AND a.deleted_at IS NULL "
        "ORDER BY s.position, p.last_name, p.first_name", [meeting_id]).fetchall()
    items = conn.execute(
        "SELECT id, position, title, notes, result_text FROM agenda_items "
        "WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position", [meeting_id]).fetchall()
    decisions: dict[str, list[tuple[str, ...]]] = {}
    for row in conn.execute(
            "SELECT agenda_item_id, number, title, wording, result_text FROM decisions "
            "WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY seq", [meeting_id]):
        decisions.setdefault(row[0], []).append(row[1:])
    conn.close()

    document = Document()
    name, number, day, start, end, place = meeting
    document.add_heading(f"Protokoll der {number}. Sitzung – {name}", level=0)
    document.add_paragraph(f"{day}, {start}–{end} Uhr, {place}")
    document.add_heading("Anwesenheit", level=1)
    for first, last, side, status in attendance:
        document.add_paragraph(f"{first} {last} ({side or ''}): {status}", style="List Bullet")
    for item_id, position, title, notes, result in items:
        document.add_heading(f"TOP {position}: {title}", level=1)
        if notes:
            document.add_paragraph(notes)
        if result:
            document.add_paragraph(result)
        for decision_number, decision_title, wording, result_text in decisions.get(item_id, []):
            document.add_paragraph(f"Beschluss {decision_number}: {decision_title}",
                                   style="Heading 2")
            document.add_paragraph(wording)
            document.add_paragraph(result_text)
    document.save(out)


if __name__ == "__main__":
    write_minutes(sys.argv[1], sys.argv[2], sys.argv[3])
