"""Writes a Blueprint journey document with N stages and M steps spread over the five lanes."""
import json
import sys

stages, steps = int(sys.argv[1]), int(sys.argv[2])
lanes = ["PHYSICAL_EVIDENCE", "CUSTOMER_ACTIONS", "FRONTSTAGE", "BACKSTAGE", "SUPPORT"]
channels = ["PHONE", "CHAT", "WEB", "APP", "STORE", "EMAIL"]
doc = {"format": "blueprint-journey/1", "service": "Benchmark service", "name": f"Benchmark {stages}x{steps}",
       "persona": "Benchmark persona", "status": "ACTIVE",
       "stages": [{"key": f"S{i + 1}", "name": f"Stage {i + 1}"} for i in range(stages)],
       "steps": [], "flows": []}
for i in range(steps):
    lane = lanes[i % len(lanes)]
    step = {"key": f"P{i + 1}", "stage": f"S{i % stages + 1}", "lane": lane, "title": f"Step {i + 1}",
            "description": f"What happens in step {i + 1}", "owningTeam": "Team " + str(i % 7),
            "failPoint": i % 13 == 0, "waitPoint": i % 11 == 0, "touchpoint": None}
    if lane in ("CUSTOMER_ACTIONS", "FRONTSTAGE") and i % 2 == 0:
        step["touchpoint"] = {"code": f"BENCH-{i + 1:03d}", "channel": channels[i % len(channels)],
                              "effortPlan": {"targetCes": 5.5, "maxSteps": 3, "maxHandoffs": 1,
                                             "maxWaitSeconds": 120, "targetFcrPercent": 80},
                              "kpis": [{"metric": "CES", "target": 6, "unit": "score",
                                        "direction": "HIGHER_IS_BETTER", "owner": "Care"}]}
    doc["steps"].append(step)
for i in range(steps - 1):
    if i % 3 == 0:
        doc["flows"].append({"from": f"P{i + 1}", "to": f"P{i + 2}", "label": None})
json.dump(doc, sys.stdout)
