#!/usr/bin/env python3
"""Example external proposer for `nexus run`: the rule-based world model, in Python.

Protocol (JSON lines): Nexus writes one request per step on stdin,
    {"step": n, "state": {...canonical network state...}, "action": "link_up h3 h1"}
and reads one answer per line on stdout,
    {"delta": [{"op": "link_add", "a": "h3", "b": "h1"}, {"op": "set_result", "exit_code": 0}], "signal": 0.0}
Edits use the serialization of docs/network-world.md (the deltas table). These rules are exactly
those of Nexus's in-process RuleProposer, so both give the same results. Replace predict() with any model.
"""
import json
import sys

EFFECTS = {
    "host_up": lambda a: {"op": "host_up", "host": a[0]},
    "host_down": lambda a: {"op": "host_down", "host": a[0]},
    "link_up": lambda a: {"op": "link_add", "a": a[0], "b": a[1]},
    "link_down": lambda a: {"op": "link_del", "a": a[0], "b": a[1]},
    "svc_up": lambda a: {"op": "svc_up", "host": a[0], "port": int(a[1])},
    "svc_down": lambda a: {"op": "svc_down", "host": a[0], "port": int(a[1])},
    "fw_deny": lambda a: {"op": "fw_deny", "host": a[0], "src": a[1]},
    "fw_allow": lambda a: {"op": "fw_allow", "host": a[0], "src": a[1]},
    "connect": lambda a: {"op": "flow_open", "src": a[0], "dst": a[1], "port": int(a[2])},
    "close": lambda a: {"op": "flow_close", "src": a[0], "dst": a[1], "port": int(a[2])},
    "advance": lambda a: {"op": "clock_advance", "amount": 1},
}
UNCERTAIN = {"connect", "close", "advance"}


def predict(state, action):
    """The rules: every command does what it names and succeeds; unsure where reachability decides."""
    name, *arguments = action.split()
    delta = [EFFECTS[name](arguments), {"op": "set_result", "exit_code": 0}]
    return delta, 1.0 if name in UNCERTAIN else 0.0


def main():
    for line in sys.stdin:
        request = json.loads(line)
        delta, signal = predict(request["state"], request["action"])
        sys.stdout.write(json.dumps({"delta": delta, "signal": signal}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
