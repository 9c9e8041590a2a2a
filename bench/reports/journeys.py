#!/usr/bin/env python3
"""Prints the journey documents of the report benchmark, one JSON document a line, for POST /api/v1/journeys/import.

    journeys.py SERVICE JOURNEYS TOUCHPOINTS PREFIX

JOURNEYS journeys of SERVICE, each of TOUCHPOINTS touchpoint steps in five stages (the frontstage lane), codes
PREFIX-Jjj-Ttt (so that ordering the codes orders the journeys and their touchpoints), channels in turn, every
touchpoint with the same effort plan (target CES 5.0, wait 120 s, one hand-off, FCR 70 %) so that the statuses
differ by what was measured.
"""
import json
import sys

CHANNELS = ["PHONE", "CHAT", "WEB", "APP", "EMAIL"]
STAGES = 5


def document(service, journey, touchpoints, prefix):
    stages = [{"key": f"S{s}", "name": f"Stage {s}"} for s in range(1, STAGES + 1)]
    per_stage = -(-touchpoints // STAGES)
    steps = []
    for t in range(1, touchpoints + 1):
        code = f"{prefix}-J{journey:02d}-T{t:02d}"
        steps.append({"key": f"P{t}", "stage": f"S{(t - 1) // per_stage + 1}", "lane": "FRONTSTAGE",
                      "title": f"Customer uses {code}", "owningTeam": "Care centre",
                      "touchpoint": {"code": code, "channel": CHANNELS[(t - 1) % len(CHANNELS)],
                                     "effortPlan": {"targetCes": 5.0, "maxWaitSeconds": 120, "maxHandoffs": 1,
                                                    "targetFcrPercent": 70}}})
    return {"format": "blueprint-journey/1", "service": service, "name": f"Report bench journey {journey:02d}",
            "stages": stages, "steps": steps}


def main():
    service, journeys, touchpoints, prefix = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    for journey in range(1, journeys + 1):
        print(json.dumps(document(service, journey, touchpoints, prefix)))


if __name__ == "__main__":
    main()
