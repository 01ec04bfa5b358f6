"""The child process of test_crash.py: a secretary editing as fast as she can.

``python crash_writer.py FILE SEED`` opens FILE for writing and makes user edits
through the repositories in a loop, each one transaction, and right after each
edit has returned prints one line to stdout (flushed):

    stored <id>                     a record was added (organisation, person, task
                                    with owners, decision in writing with its number)
    stored <id> address=<n>         the organisation's address was changed to "Stand <n>"
    stored <id> deleted             the organisation (one owning no task) was deleted
                                    (tombstone)

It never stops by itself; the parent kills it with SIGKILL.
"""

from __future__ import annotations

import random
import sys
from datetime import date

from sro_desktop.domain.model import TaskOwner
from sro_desktop.store import Store


def main(path: str, seed: int) -> None:
    rnd = random.Random(seed)
    store = Store.open(path)
    body = store.bodies.resolve("SG")
    members = [m.person_id for m in store.memberships.list(body.id)]
    mine: list[str] = []  # organisations this run added and has not deleted
    owning: set[str] = set()  # of those, the ones owning a task: they cannot be deleted
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        kind = rnd.randrange(6)
        free = [o for o in mine if o not in owning]
        if kind == 0 or not mine or (kind == 5 and not free):
            org = store.organizations.add(f"Träger {seed}-{n} e.V.", kind="Freier Träger")
            mine.append(org.id)
            print(f"stored {org.id}", flush=True)
        elif kind == 1:
            person = store.people.add(f"Nachname {seed}-{n}", "Vorname",
                                      email=f"p{seed}.{n}@example.org")
            print(f"stored {person.id}", flush=True)
        elif kind == 2:
            owner = rnd.choice(mine)
            owning.add(owner)
            owners = [TaskOwner(person_id=rnd.choice(members)),
                      TaskOwner(organization_id=owner)]
            task = store.tasks.add(body.id, f"Aufgabe {seed}-{n}", owners=owners,
                                   due_date=date(2027, 1 + n % 12, 1 + n % 28))
            print(f"stored {task.id}", flush=True)
        elif kind == 3:
            decision = store.decisions.add(f"Umlaufbeschluss {seed}-{n}", body_id=body.id,
                                           decided_on=date(2027, 2, 1))
            print(f"stored {decision.id}", flush=True)
        elif kind == 4:
            org_id = rnd.choice(mine)
            store.organizations.update(org_id, address=f"Stand {n}")
            print(f"stored {org_id} address={n}", flush=True)
        else:
            org_id = rnd.choice(free)
            mine.remove(org_id)
            store.organizations.delete(org_id)
            print(f"stored {org_id} deleted", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
