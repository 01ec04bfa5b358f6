"""The Beschlusskontrolle: open tasks by side and owner, overdue marked — Word and CSV."""

from __future__ import annotations

from datetime import date

import pytest
from document_reading import BOM, TODAY, read_csv, text_of
from docx import Document

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.task_list import CSV_HEADER, export_task_list, task_list_context
from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.model import TaskOwner
from sro_desktop.domain.tasks import ACTIVE_STATES, is_overdue


def sg(store):
    return store.bodies.resolve("SG")


def export(store, tmp_path, name="aufgaben.docx", body=None, **kw):
    return export_task_list(store, (body or sg(store)).id, tmp_path / name, today=TODAY, **kw)


def owner_names(store, task):
    people = {p.id: p.full_name for p in store.people.list()}
    orgs = {o.id: o.name for o in store.organizations.list()}
    return [people.get(o.person_id) or orgs[o.organization_id] for o in task.owners]


def sections(path):
    """{owner heading: [rows of its table]}, in the order of the document."""
    document = Document(str(path))
    body = document.element.body
    found, owner = {}, None
    tables = iter(document.tables)
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[1]
        if tag == "p":
            style = child.find(".//{*}pStyle")
            text = "".join(t.text or "" for t in child.iter("{*}t"))
            if style is not None and style.get(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") in (
                    "Heading3", "Heading 3"):
                owner = text
        elif tag == "tbl":
            table = next(tables)
            found[owner] = [[c.text for c in row.cells] for row in table.rows[1:]]
    return found


def test_open_tasks_by_side_and_owner(demo_store, tmp_path):
    path = export(demo_store, tmp_path)
    tasks = demo_store.tasks.list(sg(demo_store).id, active=True)
    overdue = [t for t in tasks if is_overdue(t, TODAY)]
    text = text_of(path)
    assert f"Stand: 25.11.2026 · {len(tasks)} offene Aufgaben, davon {len(overdue)} überfällig." \
        in text
    assert "Offene Aufgaben der Steuerungsgruppe Sozialraumorientierung" in text
    by_owner = sections(path)
    assert "Birgit Lange · Amt für Jugend, Soziales und Asyl" in by_owner
    assert "Anke Hoffmann · Kinder- und Jugendhilfe Warnowufer gGmbH" in by_owner
    assert "Kinder- und Jugendhilfe Warnowufer gGmbH" in by_owner  # an organisation owns it
    # every open task under each of its owners, with due date and overdue mark
    for task in tasks:
        for name in owner_names(demo_store, task):
            heading = next(h for h in by_owner if h.split(" · ")[0] == name)
            row = next(r for r in by_owner[heading] if r[0].split("\n")[0] == task.title
                       and r[2].split("\n")[0] == german_date(task.due_date))
            due = row[2].split("\n")
            if is_overdue(task, TODAY):
                days = (TODAY - task.due_date).days
                assert due[1] == f"seit {days} Tagen überfällig"
            else:
                assert len(due) == 1
            assert row[3] == task.state.label


def test_a_tandem_appears_on_both_sides(demo_store, tmp_path):
    path = export(demo_store, tmp_path)
    by_owner = sections(path)
    title = "Umsetzung vorbereiten: Sozialraumbudget 2027"
    lange = next(r for r in by_owner["Birgit Lange · Amt für Jugend, Soziales und Asyl"]
                 if r[0].startswith(title))
    hoffmann = next(r for r in by_owner["Anke Hoffmann · Kinder- und Jugendhilfe Warnowufer "
                                        "gGmbH"] if r[0].startswith(title))
    assert lange[0] == f"{title}\nTandem mit Anke Hoffmann"
    assert hoffmann[0] == f"{title}\nTandem mit Birgit Lange"
    assert lange[1] == "6. Sitzung am 16.09.2026, TOP 6\nBeschluss SG-2026/010"
    assert lange[4] == "8. Sitzung am 11.12.2026"
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Verwaltung", "Freie Träger"]


def test_finished_tasks_are_not_listed(demo_store, tmp_path):
    path = export(demo_store, tmp_path)
    text = text_of(path)
    active = {t.title for t in demo_store.tasks.list(sg(demo_store).id, active=True)}
    finished = [t for t in demo_store.tasks.list(sg(demo_store).id)
                if t.state not in ACTIVE_STATES and t.title not in active]
    assert finished
    for task in finished:
        assert task.title not in text


def test_csv_equals_the_store(demo_store, tmp_path):
    path = export(demo_store, tmp_path, "aufgaben.csv")
    assert path.read_bytes().startswith(BOM)
    rows = read_csv(path)
    assert rows[0] == list(CSV_HEADER)
    header = rows[0]
    got = sorted((r[header.index("Verantwortlich")], r[header.index("Aufgabe")],
                  r[header.index("Fällig")], r[header.index("Überfällig")],
                  r[header.index("Stand")]) for r in rows[1:])
    expected = sorted(
        (name, t.title, german_date(t.due_date), "ja" if is_overdue(t, TODAY) else "nein",
         t.state.label)
        for t in demo_store.tasks.list(sg(demo_store).id, active=True)
        for name in owner_names(demo_store, t))
    assert got == expected
    sides = [r[0] for r in rows[1:]]
    assert sides == sorted(sides, key=["Verwaltung", "Freie Träger"].index)  # grouped


def test_tasks_without_owner_or_side(demo_store, tmp_path):
    body = sg(demo_store)
    demo_store.tasks.add(body.id, "Raum für die Klausur buchen", due_date=date(2026, 12, 1))
    outsider = demo_store.people.add("Extern", "Erika")
    demo_store.tasks.add(body.id, "Gutachten einholen", due_date=date(2026, 11, 1),
                         owners=[TaskOwner(person_id=outsider.id)])
    path = export(demo_store, tmp_path)
    by_owner = sections(path)
    assert by_owner["ohne Verantwortliche"][0][0] == "Raum für die Klausur buchen"
    assert by_owner["Erika Extern"][0][2] == "01.11.2026\nseit 24 Tagen überfällig"
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == "ohne Seite"


def test_no_open_tasks(demo_store, tmp_path):
    board = demo_store.bodies.resolve("PG1")
    path = export(demo_store, tmp_path, body=board)
    assert "Es gibt keine offenen Aufgaben." in text_of(path)
    csv_path = export(demo_store, tmp_path, "leer.csv", body=board)
    assert read_csv(csv_path) == [list(CSV_HEADER)]


def test_user_text_appears_literally_and_csv_holds_no_formula(demo_store, tmp_path):
    body = sg(demo_store)
    lange = next(p for p in demo_store.people.list() if p.last_name == "Lange")
    demo_store.tasks.add(body.id, "=HYPERLINK(\"http://x.example\") {{ 7*7 }} <w:p> R&D\x07",
                         description="- Punkt eins\r\n- Punkt zwei\x1b",
                         due_date=date(2027, 1, 5), owners=[TaskOwner(person_id=lange.id)])
    path = export(demo_store, tmp_path)
    text = text_of(path)
    assert "=HYPERLINK(\"http://x.example\") {{ 7*7 }} <w:p> R&D" in text
    assert "- Punkt eins\n- Punkt zwei" in text
    assert "49" not in text
    assert "\x07" not in text
    rows = read_csv(export(demo_store, tmp_path, "aufgaben.csv"))
    row = next(r for r in rows if "HYPERLINK" in r[3])
    assert row[3] == "'=HYPERLINK(\"http://x.example\") {{ 7*7 }} <w:p> R&D"
    assert row[4] == "- Punkt eins\n- Punkt zwei"


def test_context_counts_each_task_once(demo_store):
    context = task_list_context(demo_store, sg(demo_store).id, TODAY)
    tasks = demo_store.tasks.list(sg(demo_store).id, active=True)
    assert context["count"] == len(tasks)
    assert len(context["lines"]) == sum(len(t.owners) for t in tasks)
    assert sum(s["count"] for s in context["sides"]) > context["count"]  # tandems twice


def test_other_file_kinds_are_refused(demo_store, tmp_path):
    with pytest.raises(ExportError, match="bitte als .docx"):
        export(demo_store, tmp_path, "aufgaben.xlsx")
    assert not (tmp_path / "aufgaben.xlsx").exists()
