"""The OParl 1.1 export of the demo, read back: every object (and every object embedded in
one) against the spec's JSON schemas (draft-07 variant, tests/fixtures/oparl-1.1), the
list pages against the list structure, and our own checks: links resolve inside the tree,
lists hold what objects point to, nothing private or non-public, same data → same bytes."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from sro_desktop.documents.oparl import export_oparl
from sro_desktop.domain.enums import MeetingState
from sro_desktop.store import Store

BASE = "https://ris.example.org/oparl"
SCHEMAS = Path(__file__).resolve().parents[1] / "fixtures" / "oparl-1.1" / "draft-07"
TYPE = "https://schema.oparl.org/1.1/"
PAGE = 7  # small pages, so that the lists have several
SECRET_PAPER = "Vertrauliche Anlage Kostenaufstellung.txt"
PUBLIC_PAPER = "Konzeptskizze Sozialraum.txt"
PHONE = "+49 381 381-4711"
# key of a reference -> the type it points to (the Body's lists are checked apart)
POINTS_TO = {"person": "Person", "organization": "Organization", "onBehalfOf": "Organization",
             "meeting": "Meeting", "meetings": "Meeting", "agendaItem": "AgendaItem",
             "paper": "Paper", "consultation": "Consultation", "masterFile": "File",
             "derivativeFile": "File", "membership": "Membership",
             "originatorOrganization": "Organization", "sroRostock:advises": "Organization",
             "body": "Body", "system": "System"}
LIST_OF = {"Organization": "organization", "Person": "person", "Meeting": "meeting",
           "Paper": "paper", "Membership": "membership", "AgendaItem": "agendaItem",
           "Consultation": "consultation", "File": "file", "Location": "locationList"}


@pytest.fixture(scope="module")
def exported(demo_path, tmp_path_factory) -> dict[str, Any]:
    """The demo with a paper at a public and at a non-public TOP, a phone number and a
    deleted meeting, exported twice into two folders."""
    folder = tmp_path_factory.mktemp("oparl")
    copy = folder / "demo.sro"
    shutil.copy(demo_path, copy)
    with Store.open(copy) as store:
        meetings = store.meetings.list()
        open_meeting = next(m for m in meetings if m.state is MeetingState.DRAFT)
        items = store.agenda.list(open_meeting.id)
        public = next(i for i in items if i.public)
        hidden = next(i for i in items if not i.public)
        store.attachments.add(public.id, (PUBLIC_PAPER, b"Skizze: drei Sozialraeume\n"))
        store.attachments.add(hidden.id, (SECRET_PAPER, b"Kosten je Fall\n"))
        person = store.people.list()[0]
        store.people.update(person.id, phone=PHONE)
        planned = [m for m in meetings if m.state is MeetingState.PLANNED]
        store.meetings.delete(planned[-1].id)
        non_public = [i.title for m in store.meetings.list() for i in store.agenda.list(m.id)
                      if not i.public]
        guests = {a.guest_name for m in meetings for a in store.attendance.list(m.id)
                  if not a.membership_id}  # private persons: not even in the minutes
        private = [p.email for p in store.people.list() if p.email] + [PHONE, *guests]
        first = export_oparl(store, folder / "one", BASE + "/", page_size=PAGE)
        export_oparl(store, folder / "two", BASE, page_size=PAGE)
        approved = [m.id for m in store.meetings.list() if m.state is MeetingState.APPROVED]
    return {"root": folder / "one", "again": folder / "two", "summary": first,
            "non_public": non_public, "private": private, "deleted": planned[-1].id,
            "approved": approved}


def _files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}


def _json_files(root: Path) -> dict[str, Any]:
    return {rel: json.loads(p.read_text(encoding="utf-8"))
            for rel, p in _files(root).items() if rel.endswith(".json")}


def _objects(documents: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """url -> object, for every object file (list pages left out)."""
    return {f"{BASE}/{rel}": doc for rel, doc in documents.items() if "type" in doc}


def _embedded(value: Any, top: bool = True):
    if isinstance(value, dict):
        if not top and "id" in value and "type" in value:
            yield value
        for inner in value.values():
            yield from _embedded(inner, False)
    elif isinstance(value, list):
        for inner in value:
            yield from _embedded(inner, False)


@pytest.fixture(scope="module")
def validators() -> dict[str, Draft7Validator]:
    registry: Registry = Registry()
    schemas = {}
    for path in sorted(SCHEMAS.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents, default_specification=DRAFT7)
        schema_id = contents["$id"]
        registry = registry.with_resources([(path.name, resource), (schema_id, resource),
                                            (f"{TYPE}{path.name}", resource)])
        schemas[schema_id] = contents
    return {schema_id: Draft7Validator(schema, registry=registry,
                                       format_checker=Draft7Validator.FORMAT_CHECKER)
            for schema_id, schema in schemas.items()}


def test_date_times_are_really_checked(validators):
    meeting = validators[f"{TYPE}Meeting"]
    assert not meeting.is_valid({"id": f"{BASE}/m.json", "type": f"{TYPE}Meeting",
                                 "start": "2026-05-11 09:00"})
    # an embedded object is checked against its own schema (AgendaItem needs "order")
    assert not meeting.is_valid({"id": f"{BASE}/m.json", "type": f"{TYPE}Meeting",
                                 "agendaItem": [{"id": f"{BASE}/a.json",
                                                 "type": f"{TYPE}AgendaItem"}]})


def test_every_object_and_every_embedded_one_fits_the_schema(exported, validators):
    objects = _objects(_json_files(exported["root"]))
    checked = set()
    for url, obj in objects.items():
        for each in [obj, *_embedded(obj)]:
            errors = [e.message for e in validators[each["type"]].iter_errors(each)]
            assert not errors, (url, each["id"], errors)
            checked.add(each["type"].removeprefix(TYPE))
    assert checked == {"System", "Body", "Organization", "Person", "Membership", "Meeting",
                       "Location", "AgendaItem", "File", "Paper", "Consultation"}


def test_list_pages_follow_the_list_structure(exported, validators):
    documents = _json_files(exported["root"])
    body = documents["body/sro.json"]
    lists = [v for k, v in body.items() if isinstance(v, str) and k != "system"
             and v.startswith(f"{BASE}/body/sro/")]
    assert len(lists) == 9
    several = 0
    for first in [*lists, documents["system.json"]["body"]]:
        url, seen, pages = first, [], 0
        while True:
            page = documents[url.removeprefix(BASE + "/")]
            assert set(page) == {"data", "pagination", "links"}
            assert page["links"]["first"] == first
            assert page["links"]["self"] == url
            for obj in page["data"]:
                assert not list(validators[obj["type"]].iter_errors(obj))
            seen += [o["id"] for o in page["data"]]
            pages += 1
            assert page["pagination"]["currentPage"] == pages
            if "next" not in page["links"]:
                break
            assert len(page["data"]) == PAGE
            url = page["links"]["next"]
        assert page["pagination"]["totalPages"] == pages
        assert page["pagination"]["totalElements"] == len(seen) == len(set(seen))
        several += pages > 1
    assert several >= 4


def _references(value: Any, key: str = ""):
    """(key, url) of every URL under the base anywhere in ``value``."""
    if isinstance(value, dict):
        for k, inner in value.items():
            if k != "id":
                yield from _references(inner, k)
    elif isinstance(value, list):
        for inner in value:
            yield from _references(inner, key)
    elif isinstance(value, str) and value.startswith(BASE):
        yield key, value


def test_every_link_resolves_in_the_tree_to_the_right_type(exported):
    root = exported["root"]
    files = _files(root)
    documents = _json_files(root)
    downloads = 0
    for rel, doc in documents.items():
        for key, url in _references(doc):
            rel_target = url.removeprefix(BASE + "/")
            assert rel_target in files, (rel, key, url)
            if key in ("accessUrl", "downloadUrl"):
                downloads += 1
                continue
            target = documents[rel_target]
            if "data" in target or key in ("first", "self", "next", "prev", "last"):
                continue  # a list page
            if key in POINTS_TO:
                assert target["type"] == TYPE + POINTS_TO[key], (rel, key, url)
    assert downloads


def test_the_bytes_of_files_are_as_the_file_object_says(exported):
    root = exported["root"]
    files = [o for o in _objects(_json_files(root)).values()
             if o["type"] == f"{TYPE}File" and not o.get("deleted")]
    names = set()
    for obj in files:
        data = (root / obj["accessUrl"].removeprefix(BASE + "/")).read_bytes()
        assert len(data) == obj["size"]
        assert hashlib.sha512(data).hexdigest() == obj["sha512Checksum"]
        names.add(obj["name"])
    assert PUBLIC_PAPER in names
    assert SECRET_PAPER not in names
    minutes = [o for o in files if o["mimeType"].endswith("wordprocessingml.document")]
    assert len(minutes) == len(exported["approved"])


def test_lists_hold_every_object_others_point_to(exported):
    documents = _json_files(exported["root"])
    objects = _objects(documents)
    listed: dict[str, set[str]] = {}
    for name in LIST_OF.values():
        url, ids = f"{BASE}/body/sro/{name}.json", set()
        while url:
            page = documents[url.removeprefix(BASE + "/")]
            ids |= {o["id"] for o in page["data"]}
            url = page["links"].get("next")
        listed[name] = ids
    for url, obj in objects.items():
        kind = obj["type"].removeprefix(TYPE)
        if kind in LIST_OF:
            assert url in listed[LIST_OF[kind]], url
        for key, target in _references(obj):
            target_obj = objects.get(target)
            if target_obj and key in POINTS_TO and target_obj["type"].removeprefix(TYPE) \
                    in LIST_OF:
                assert target in listed[LIST_OF[target_obj["type"].removeprefix(TYPE)]]


def _strings(value: Any):
    if isinstance(value, dict):
        for k, inner in value.items():
            yield k
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)
    elif isinstance(value, str):
        yield value


def test_no_empty_strings_and_only_our_vendor_prefix(exported):
    for rel, doc in _json_files(exported["root"]).items():
        for text in _strings(doc):
            assert text.strip(), rel
        for obj in [doc, *_embedded(doc)]:
            extra = [k for k in obj if ":" in k]
            assert all(k.startswith("sroRostock:") for k in extra), (rel, extra)


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", "", xml)


def test_nothing_private_or_non_public_in_the_tree(exported):
    root = exported["root"]
    texts = {rel: (_docx_text(p) if rel.endswith(".docx") else p.read_bytes().decode(
        "utf-8", errors="replace")) for rel, p in _files(root).items()}
    assert exported["non_public"]
    assert len(exported["private"]) > 2  # addresses, the phone number, the guests
    for rel, text in texts.items():
        for title in exported["non_public"]:
            assert title not in text, (rel, title)
        for private in exported["private"]:
            assert private not in text, (rel, private)
        assert "Kosten je Fall" not in text
    for obj in _objects(_json_files(root)).values():
        if obj["type"] == f"{TYPE}Person":
            assert not {"email", "phone", "location", "locationObject"} & set(obj)


def test_meetings_states_times_and_deletions(exported):
    objects = _objects(_json_files(exported["root"]))
    meetings = {u: o for u, o in objects.items() if o["type"] == f"{TYPE}Meeting"}
    gone = meetings[f"{BASE}/meeting/{exported['deleted']}.json"]
    assert gone["deleted"] is True
    assert set(gone) == {"id", "type", "created", "modified",
                                                     "deleted"}
    live = [o for o in meetings.values() if not o.get("deleted")]
    assert any(o["cancelled"] and o["meetingState"] == "abgesagt" for o in live)
    january = next(o for o in live if o.get("start", "").startswith("2026-01-"))
    may = next(o for o in live if o.get("start", "").startswith("2026-05-"))
    assert january["start"].endswith("+01:00")
    assert may["start"].endswith("+02:00")
    with_minutes = [o for o in live if "resultsProtocol" in o]
    assert sorted(o["id"] for o in with_minutes) == sorted(
        f"{BASE}/meeting/{m}.json" for m in exported["approved"])
    assert all("sroRostock:attendance" in o for o in with_minutes)
    decided = [i for o in with_minutes for i in o["agendaItem"] if "resolutionText" in i]
    assert decided
    assert all(i["sroRostock:decisions"][0]["votes"] for i in decided
                           if i["result"] != "vertagt")
    planned = [o for o in live if o["meetingState"] == "terminiert"]
    assert planned
    assert not any("agendaItem" in o for o in planned)  # the draft agenda stays inside
    not_approved = [o for o in live if "resultsProtocol" not in o]
    assert not any("resolutionText" in i for o in not_approved
                   for i in o.get("agendaItem", []))


def test_recommendations_are_papers_with_two_consultations(exported):
    objects = _objects(_json_files(exported["root"]))
    papers = [o for o in objects.values() if o["type"] == f"{TYPE}Paper"]
    assert papers
    for paper in papers:
        roles = [c["role"] for c in paper["consultation"]]
        assert roles[0] == "Vorberatung"
        assert "Entscheidung" in roles
        assert [c["authoritative"] for c in paper["consultation"]
                if c["role"] == "Entscheidung"] == [True] * roles.count("Entscheidung")
    assert any("sroRostock:response" in p for p in papers)


def test_two_exports_of_the_same_data_are_the_same_bytes(exported):
    one, two = _files(exported["root"]), _files(exported["again"])
    assert one.keys() == two.keys()
    for rel, path in one.items():
        assert path.read_bytes() == two[rel].read_bytes(), rel
    summary = exported["summary"]
    assert summary.json_files + summary.downloads == len(one)
    assert summary.counts["meeting"] == len(
        [r for r in one if r.startswith("meeting/")])
