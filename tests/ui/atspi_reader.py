"""Dumps an application's AT-SPI tree as JSON: run with the system's Python, which has
pyatspi (Debian's python3-pyatspi), by tests/ui/test_atspi.py.

    /usr/bin/python3 atspi_reader.py "<application name>" <seconds>

Waits (up to the seconds) until the application shows on the accessibility bus, then
writes {"name", "role", "description", "states", "children"} nodes to stdout. The
items of tables, lists and trees are left out (the view itself is the control)."""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

ITEM_VIEWS = {"table", "tree table", "list", "tree", "list box"}


def node(accessible):
    states = sorted(s.value_nick for s in accessible.getState().getStates())
    role = accessible.getRoleName()
    found = {"name": accessible.name or "", "role": role,
             "description": accessible.description or "", "states": states,
             "children": []}
    if role in ITEM_VIEWS or "showing" not in states and role != "application":
        return found
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            found["children"].append(node(child))
    return found


def main():
    name, seconds = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + seconds
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            application = desktop.getChildAtIndex(index)
            if application is not None and application.name == name:
                json.dump(node(application), sys.stdout)
                return 0
        if time.monotonic() > deadline:
            print(f"{name!r} not on the accessibility bus", file=sys.stderr)
            return 1
        time.sleep(0.1)


if __name__ == "__main__":
    sys.exit(main())
