"""An AT-SPI client for the X11 end-to-end tests, run with Debian's /usr/bin/python3.

pyatspi is packaged by Debian (python3-pyatspi) and not on PyPI, so this script runs
outside the project's venv and imports nothing from Bitna. It talks to the accessibility
bus of the session in its environment (DISPLAY, DBUS_SESSION_BUS_ADDRESS) and prints JSON:

    atspi_client.py tree --pid PID [--wait-for NAME ...] [--timeout S]
        every object under the application with that process id:
        [{"depth", "path", "role", "name", "description", "actions", "states"}, ...]
    atspi_client.py press --pid PID --role "push button" --name Read
        do the first action of that control ({"pressed": ..., "action": ...})
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi

#: A Qt window can hold thousands of objects (a long text, a table); stop well before that.
MAX_NODES = 2000


def _safe(call, default=""):
    try:
        return call()
    except Exception:
        return default


def find_application(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = _safe(lambda index=index: desktop.getChildAtIndex(index), None)
        if app is not None and _safe(app.get_process_id, -1) == pid:
            return app
    return None


def describe(acc, depth: int, path: str) -> dict:
    actions = []
    action = _safe(acc.queryAction, None)
    if action is not None:
        actions = [_safe(lambda i=i: action.getName(i)) for i in range(action.nActions)]
    states = _safe(lambda: acc.getState().getStates(), [])
    return {
        "depth": depth,
        "path": path,
        "role": _safe(acc.getRoleName),
        "name": _safe(lambda: acc.name),
        "description": _safe(lambda: acc.description),
        "actions": actions,
        "states": sorted(pyatspi.stateToString(state) for state in states),
    }


def walk(root) -> list[tuple[object, dict]]:
    found = []
    stack = [(root, 0, "0")]
    while stack and len(found) < MAX_NODES:
        acc, depth, path = stack.pop()
        found.append((acc, describe(acc, depth, path)))
        count = _safe(lambda acc=acc: acc.childCount, 0)
        children = []
        for index in range(count):
            child = _safe(lambda acc=acc, index=index: acc.getChildAtIndex(index), None)
            if child is not None:
                children.append((child, depth + 1, f"{path}.{index}"))
        stack.extend(reversed(children))
    return found


def tree_when_ready(pid: int, wait_for: list[str], timeout: float):
    """The tree, once every name in `wait_for` is in it (the window may still be building)."""
    deadline = time.monotonic() + timeout
    while True:
        app = find_application(pid)
        nodes = walk(app) if app is not None else []
        names = {node["name"] for _, node in nodes}
        if app is not None and all(name in names for name in wait_for):
            return nodes
        if time.monotonic() > deadline:
            missing = [name for name in wait_for if name not in names]
            raise SystemExit(
                f"atspi_client: no application with pid {pid} and names {missing} "
                f"after {timeout} s; saw {sorted(names)[:50]}"
            )
        time.sleep(0.25)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("tree", "press"))
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--wait-for", action="append", default=[])
    parser.add_argument("--role", default="push button")
    parser.add_argument("--name")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()

    wait_for = list(args.wait_for)
    if args.command == "press":
        if not args.name:
            parser.error("press needs --name")
        wait_for.append(args.name)
    nodes = tree_when_ready(args.pid, wait_for, args.timeout)
    if args.command == "tree":
        json.dump([node for _, node in nodes], sys.stdout, ensure_ascii=False)
        return 0
    for acc, node in nodes:
        if node["role"] == args.role and node["name"] == args.name:
            action = acc.queryAction()
            name = action.getName(0)
            pressed = bool(action.doAction(0))  # returns at once; the click is asynchronous
            json.dump({"pressed": pressed, "action": name, "node": node}, sys.stdout)
            return 0
    raise SystemExit(f"atspi_client: no {args.role} named {args.name!r}")


if __name__ == "__main__":
    sys.exit(main())
