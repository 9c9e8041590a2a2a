#!/usr/bin/env python3
"""The guarantee outcome benchmark's REST side (see run.sh).

    outcomes.py guarantees KEY=VALUE …   publishes the call guarantee's two versions and drafts a third; prints their ids
    outcomes.py measure KEY=VALUE …      times the report and the what-if, runs the raw scans, compares, prints the table
    outcomes.py frames < jfr-print-output  the hottest frames of JFR execution samples (PROFILE=1)
"""
import base64, datetime, http.client, json, math, os, statistics, subprocess, sys, time, urllib.parse
from decimal import Decimal, ROUND_HALF_UP

CLAIM_RATE = Decimal("0.25")


def arguments():
    return dict(a.split("=", 1) for a in sys.argv[2:])


class Api:
    """One keep-alive connection to the server's REST API under one Authorization header."""

    def __init__(self, base_url, authorization):
        url = urllib.parse.urlsplit(base_url)
        self.connection = http.client.HTTPConnection(url.hostname, url.port)
        self.authorization = authorization

    def call(self, method, path, body=None, etag=None, expect=(200, 201)):
        headers = {"Authorization": self.authorization, "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if etag is not None:
            headers["If-Match"] = etag
        self.connection.request(method, "/api/v1" + path, body=None if body is None else json.dumps(body), headers=headers)
        answer = self.connection.getresponse()
        data = answer.read()
        if answer.status not in expect:
            sys.exit(f"{method} {path} answered {answer.status}: {data[:1500]!r}")
        return answer.headers.get("ETag"), json.loads(data, parse_float=Decimal) if data else None


def basic(user):
    return "Basic " + base64.b64encode(f"{user}:{user}-demo".encode()).decode()


def per_ten_minutes(amount, cap):
    return {"remedy": "POINTS_CREDIT", "amountKind": "PER_BREACH_UNIT", "amount": amount, "breachUnit": "MINUTES",
            "breachUnitSize": 10, "cap": cap, "currency": "KRW", "payout": "AUTOMATIC"}


TEN_PERCENT = {"remedy": "CASH_REFUND", "amountKind": "PERCENT_OF_ORDER", "amount": 10, "cap": 3000, "currency": "KRW",
               "payout": "ON_CLAIM", "claimSteps": ["Ask for the refund in the app · 앱에서 환불 요청"], "claimDeadlineDays": 30}


def terms(threshold, today, codes):
    minutes = threshold // 60
    return {"title": f"Your call answered within {minutes} minutes · {minutes}분 안에 전화 응답",
            "promise": f"상담원이 {minutes}분({threshold}초) 안에 전화를 받습니다. An agent answers within {threshold} seconds.",
            "condition": {"metric": "WAIT_TIME", "operator": "AT_MOST", "threshold": threshold, "unit": "SECONDS"},
            "scope": "Calls to the outcome bench's care line", "exclusions": ["Declared outages · 통신 장애"],
            "claimChannels": [{"kind": "WEB", "contact": "https://shop.example.com/claim"}],
            "effectiveFrom": today, "touchpointCodes": codes, "owner": "Care centre",
            "refundRules": [per_ten_minutes(1000, 5000), TEN_PERCENT]}


def publish(designer, executive, gid, etag):
    etag, _ = designer.call("POST", f"/guarantees/{gid}/submit", etag=etag)
    executive.call("POST", f"/guarantees/{gid}/publish", etag=etag)


def guarantees(a):
    designer, executive = Api(a["base_url"], basic("designer")), Api(a["base_url"], basic("executive"))
    codes, today = a["codes"].split(","), a["today"]
    etag, first = designer.call("POST", "/guarantees", {"serviceId": int(a["service"]), "code": a["code"],
                                                        "terms": terms(int(a["t1"]), today, codes)})
    publish(designer, executive, first["id"], etag)
    etag, second = designer.call("POST", f"/guarantees/{first['id']}/new-version")
    etag, _ = designer.call("PUT", f"/guarantees/{second['id']}", terms(int(a["t2"]), today, codes), etag=etag)
    publish(designer, executive, second["id"], etag)
    _, draft = designer.call("POST", f"/guarantees/{second['id']}/new-version")
    print(first["id"], second["id"], draft["id"])


def p95(values):
    ordered = sorted(values)  # nearest rank
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def timed(api, method, path, bodies):
    client_ms, answers = [], []
    for body in bodies:
        started = time.perf_counter()
        _, answer = api.call(method, path, body, expect=(200,))
        client_ms.append((time.perf_counter() - started) * 1000)
        answers.append(answer)
    return client_ms, answers


def server_times(access_log, method, prefix, count):
    time.sleep(1.5)  # the access log is written behind the requests
    times = []
    with open(access_log, encoding="utf-8") as log:
        for line in log:
            fields = line.split()
            if len(fields) >= 4 and fields[0] == method and fields[1].startswith(prefix):
                times.append(float(fields[3]))
    if len(times) < count:
        sys.exit(f"the access log holds {len(times)} {method} {prefix} requests, not {count}")
    return times[-count:]


def scan(a, sql_file, variables, runs):
    command = ["psql", "-X", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", a["role"], "-d",
               a["database"]]
    for name, value in variables.items():
        command += ["-v", f"{name}={value}"]
    command += ["-c", "\\timing on", "-f", sql_file]
    times, rows = [], []
    for _ in range(runs):
        out = subprocess.run(command, env=dict(os.environ, PGPASSWORD=a["password"]), check=True, capture_output=True,
                             text=True).stdout
        rows = []
        for line in out.splitlines():
            if line.startswith("Time: "):
                times.append(float(line.split()[1]))
            elif "|" in line:
                rows.append(line.split("|"))
    if len(times) != runs:
        sys.exit(f"psql timed {len(times)} runs of {sql_file}, not {runs}")
    return times, rows


def figures(counts, rules):
    """The API's shape of one month or period from the scan's counts row and its rules (revision → owed sums)."""
    measured, breaches, named, anonymous = (int(counts[k]) for k in ("measured", "breaches", "named", "anonymous"))
    out_rules, cost = [], Decimal(0)
    for revision in sorted(rules):
        row = rules[revision]
        per_ten, percent = Decimal(row["per_ten"]), Decimal(row["percent"])
        claimed = (percent * CLAIM_RATE).quantize(Decimal(1), ROUND_HALF_UP)
        out_rules += [(revision, 0, per_ten, per_ten, 0), (revision, 1, percent, claimed, int(row["unpriced"]))]
        cost += per_ten + claimed
    return {"revisions": sorted(rules), "measured": measured, "breaches": breaches,
            "breachRate": breaches / measured if measured else None, "customersOwed": named + anonymous,
            "cost": cost, "rules": out_rules}


def api_figures(f):
    return {"revisions": f["revisions"], "measured": f["measured"], "breaches": f["breaches"],
            "breachRate": None if f["breachRate"] is None else float(f["breachRate"]),
            "customersOwed": f["customersOwed"], "cost": Decimal(f["cost"]),
            "rules": [(r["revision"], r["position"], Decimal(r["owed"]), Decimal(r["expected"]), r["unpriced"])
                      for r in f["rules"]]}


def compare(label, mine, theirs, mismatches):
    for name, value in theirs.items():
        ours = mine.get(name)
        equal = abs(ours - value) <= 1e-12 if name == "breachRate" and ours is not None and value is not None else ours == value
        if not equal:
            mismatches.append(f"{label} {name}: API {ours} raw scan {value}")


def report_scan(rows):
    """scan.sql's rows as {month or '*': figures}."""
    names = ["g", "ym", "r", "measured", "breaches", "named", "anonymous", "per_ten", "percent", "unpriced"]
    rules, counts = {}, {}
    for cells in rows:
        row = dict(zip(names, cells))
        key = row["ym"] or "*"
        if row["r"]:
            rules.setdefault(key, {})[int(row["r"])] = row
        else:
            counts[key] = row
    return {key: figures(counts[key], rules.get(key, {})) for key in counts}


def what_if_scan(rows, revisions):
    """whatif.sql's rows as {which: {month or '*': figures}}."""
    names = ["g", "which", "ym", "measured", "breaches", "named", "anonymous", "per_ten", "percent", "unpriced"]
    out = {}
    for cells in rows:
        row = dict(zip(names, cells))
        out.setdefault(row["which"], {})[row["ym"] or "*"] = figures(row, {revisions[row["which"]]: row})
    return out


def compare_period(label, period, scanned, mismatches):
    months = {m["month"]: m for m in period["months"]}
    if sorted(months) != sorted(k for k in scanned if k != "*"):
        mismatches.append(f"{label}: API months {sorted(months)}, raw scan {sorted(k for k in scanned if k != '*')}")
    for key, theirs in scanned.items():
        mine = period["total"] if key == "*" else months.get(key)
        if mine is None:
            mismatches.append(f"{label} {key}: not in the API's answer")
            continue
        compare(f"{label} {'the period' if key == '*' else key}", api_figures(mine), theirs, mismatches)


def measure(a):
    runs, warmup, scan_runs = int(a["runs"]), int(a["warmup"]), int(a["scan_runs"])
    api = Api(a["base_url"], "Bearer " + a["token"])
    mismatches = []

    # ---- the outcome report over the whole data set
    load_before = load_average()
    report_path = f"/reports/guarantees?service={a['service']}&from={a['from']}&to={a['to']}"
    report_client, answers = timed(api, "GET", report_path, [None] * (warmup + runs))
    report_client = report_client[warmup:]
    report_server = server_times(a["access_log"], "GET", "/api/v1" + report_path, runs)
    report = answers[-1]
    if any(answer != report for answer in answers):
        mismatches.append("the report's answers differ between calls")

    # ---- the what-if, another threshold each call
    thresholds = [60 + (10 * i) % 250 for i in range(warmup + runs)]
    tried = [per_ten_minutes(int(a["amount"]), int(a["cap"])), TEN_PERCENT]
    bodies = [{"guarantee": int(a["draft"]), "refundRules": tried,
               "condition": {"metric": "WAIT_TIME", "operator": "AT_MOST", "threshold": t, "unit": "SECONDS"}}
              for t in thresholds]
    what_if_client, what_ifs = timed(api, "POST", "/reports/guarantees/what-if", bodies)
    what_if_client = what_if_client[warmup:]
    what_if_server = server_times(a["access_log"], "POST", "/api/v1/reports/guarantees/what-if", runs)
    load_after = load_average()
    check_threshold = int(a["scan_threshold"])
    if check_threshold in thresholds:
        what_if = what_ifs[thresholds.index(check_threshold)]
    else:
        _, what_if = api.call("POST", "/reports/guarantees/what-if", {**bodies[0], "condition": {
            **bodies[0]["condition"], "threshold": check_threshold}}, expect=(200,))
    if any(w["inForce"] != what_if["inForce"] for w in what_ifs):
        mismatches.append("the what-if's figures of the version in force differ between calls")
    projected_breaches = [w["projected"]["total"]["breaches"] for w in what_ifs]
    by_threshold = [b for _, b in sorted(zip(thresholds, projected_breaches))]
    if any(later > earlier for earlier, later in zip(by_threshold, by_threshold[1:])):
        mismatches.append("a higher threshold breached more often in the what-if")

    # ---- the raw scans
    codes = ",".join(f"'{c}'" for c in a["codes"].split(","))
    common = {"service": a["service"], "codes": codes}
    report_scan_ms, rows = scan(a, a["scan_sql"], {**common, "from": a["from"], "to": a["to"], "change": a["change"],
                                                   "t1": a["t1"], "t2": a["t2"]}, scan_runs)
    scanned_report = report_scan(rows)
    what_if_scan_ms, rows = scan(a, a["what_if_sql"], {**common, "from": what_if["from"], "to": what_if["to"],
                                                       "threshold": check_threshold, "amount": a["amount"],
                                                       "cap": a["cap"], "t2": a["t2"]}, scan_runs)
    scanned_what_if = what_if_scan(rows, {"projected": what_if["revision"], "inForce": what_if["inForceRevision"]})

    # ---- the same figures?
    rows = [g for g in report["guarantees"] if g["code"] == a["code"]]
    if len(report["guarantees"]) != 1 or not rows:
        mismatches.append(f"the report holds {[g['code'] for g in report['guarantees']]}, not only {a['code']}")
    else:
        compare_period("report", rows[0], scanned_report, mismatches)
    expected_from = (datetime.date.fromisoformat(a["today"]).replace(day=1) - datetime.timedelta(days=1)) \
        .replace(day=1)
    for _ in range(5):
        expected_from = (expected_from - datetime.timedelta(days=1)).replace(day=1)
    if (what_if["from"], what_if["to"]) != (expected_from.isoformat(), a["what_if_to"]):
        mismatches.append(f"the what-if measured {what_if['from']} … {what_if['to']}, not {expected_from} … {a['what_if_to']}")
    compare_period(f"what-if {check_threshold} s", what_if["projected"], scanned_what_if.get("projected", {}), mismatches)
    compare_period("what-if, version in force", what_if["inForce"], scanned_what_if.get("inForce", {}), mismatches)

    # ---- the table
    total = rows[0]["total"] if rows else None
    print(f"\nGuarantee outcome benchmark, PostgreSQL 15 on loopback, {os.cpu_count()} CPUs, "
          f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%dT%H:%M:%SZ} (server's today {a['today']})")
    print(f"data set: {a['settings']}; contacts of the service {int(a['contacts']):,}; database {a['db_size']}")
    print(f"load: {a['load']}")
    print(f"load average (1, 5, 15 min) before the timed calls {load_before}, after {load_after}")
    print(f"guarantee {a['code']} on {a['codes']}: version 1 wait ≤ {a['t1']} s from {a['from']}, version 2 ≤ {a['t2']} s "
          f"from {a['change']} (rules: per started 10 minutes 1,000 won cap 5,000 automatic; 10 % of the order cap "
          f"3,000 on claim, claim rate {report['claimRate']}); draft {a['draft']} for the what-if")
    if total:
        print(f"report {a['from']} … {a['to']}: {total['measured']:,} contacts measured, {total['breaches']:,} breaches "
              f"({float(total['breachRate']):.2%}), {total['customersOwed']:,} customers owed, expected cost "
              f"{total['cost']:,} {total['currency']}, {total['unpriced']:,} breaches unpriced")
    p, n = what_if["projected"]["total"], what_if["inForce"]["total"]
    print(f"what-if {what_if['from']} … {what_if['to']} at {check_threshold} s (per 10 minutes {a['amount']} won cap "
          f"{a['cap']}): {p['breaches']:,} of {p['measured']:,} breached, cost {p['cost']:,}; the version in force: "
          f"{n['breaches']:,} breached, cost {n['cost']:,}; thresholds 60 … 300 s: {min(projected_breaches):,} … "
          f"{max(projected_breaches):,} breaches")
    rm, wm = statistics.median(report_server), statistics.median(what_if_server)
    rs, ws = statistics.median(report_scan_ms), statistics.median(what_if_scan_ms)
    print("\n| measured | server time (access log %D), median / p95 | client time on loopback, median / p95 "
          "| raw SQL scan (psql \\timing), median (max) | ratio server / scan |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| outcome report, {a['from']} … {a['to']} | **{rm:.0f} ms** / {p95(report_server):.0f} ms | "
          f"{statistics.median(report_client):.1f} / {p95(report_client):.1f} ms | {rs:.0f} ms ({max(report_scan_ms):.0f}) | "
          f"{rm / rs:.3f} |")
    print(f"| what-if, 6 months, thresholds 60 … 300 s | **{wm:.0f} ms** / {p95(what_if_server):.0f} ms | "
          f"{statistics.median(what_if_client):.1f} / {p95(what_if_client):.1f} ms | {ws:.0f} ms ({max(what_if_scan_ms):.0f}) | "
          f"{wm / ws:.3f} |")
    print(f"\n{runs} timed calls each after {warmup} warm-up calls; scans {scan_runs} times each. "
          f"What-if target under 300 ms: {'met' if wm < 300 and p95(what_if_server) < 300 else 'NOT met'} "
          f"(median {wm:.0f}, p95 {p95(what_if_server):.0f})")
    print(f"figures compared (every month, the period, per rule owed/expected/unpriced; the what-if at {check_threshold} s "
          f"and the version in force): " + ("all equal" if not mismatches else f"{len(mismatches)} MISMATCHES"))
    for line in mismatches[:60]:
        print("  " + line)
    sys.exit(1 if mismatches else 0)


def frames(_):
    """From `jfr print --events jdk.ExecutionSample`: the methods samples were in (top frame) and the outcome, JDBC and
    connection-pool methods under which they were (inclusive), by share of the samples."""
    import collections, re
    top, inclusive, samples = collections.Counter(), collections.Counter(), 0
    for event in sys.stdin.read().split("jdk.ExecutionSample {")[1:]:
        stack = [f.split("(")[0] for f in re.findall(r"^\s+([\w.$<>]+\([^)]*\))\s+line:", event, re.M)]
        if not stack:
            continue
        samples += 1
        top[stack[0]] += 1
        for method in set(stack):
            if method.startswith(("io.blueprint.policy.", "io.blueprint.reports.", "org.postgresql.", "org.jboss.jca.")):
                inclusive[method] += 1
    print(f"{samples} samples; top frames:")
    for method, count in top.most_common(12):
        print(f"  {count / samples:6.1%}  {method}")
    print("inclusive, outcome, JDBC and connection-pool methods:")
    for method, count in inclusive.most_common(16):
        print(f"  {count / samples:6.1%}  {method}")


if __name__ == "__main__":
    {"guarantees": guarantees, "measure": measure, "frames": frames}[sys.argv[1]](arguments())
