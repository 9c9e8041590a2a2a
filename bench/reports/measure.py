#!/usr/bin/env python3
"""Times the effort report over REST and the raw SQL scan, compares their figures and prints the table (see run.sh)."""
import base64, datetime, http.client, json, math, os, statistics, subprocess, sys, time, urllib.parse
from scipy.stats import t as student

(base_url, access_log, journey, day_from, day_to, runs, warmup, scan_runs, scan_sql, service, codes, check,
 load, settings, db_size, counts) = sys.argv[1:17]
runs, warmup, scan_runs = int(runs), int(warmup), int(scan_runs)


def p95(values):
    ordered = sorted(values)  # nearest rank
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


# ---- the report over REST, Basic as a viewer (checked with PBKDF2 once, then from the server's cache)
url = urllib.parse.urlsplit(base_url)
connection = http.client.HTTPConnection(url.hostname, url.port)
path = f"/api/v1/reports/effort?journey={journey}&from={day_from}&to={day_to}"
headers = {"Authorization": "Basic " + base64.b64encode(b"viewer:viewer-demo").decode(), "Accept": "application/json"}
client_ms, report = [], None
for i in range(warmup + runs):
    started = time.perf_counter()
    connection.request("GET", path, headers=headers)
    answer = connection.getresponse()
    body = answer.read()
    elapsed = (time.perf_counter() - started) * 1000
    if answer.status != 200:
        sys.exit(f"the effort report answered {answer.status}: {body[:500]!r}")
    if i >= warmup:
        client_ms.append(elapsed)
    report = json.loads(body)
connection.close()
time.sleep(1.5)  # the access log is written behind the requests
server_ms = []
with open(access_log, encoding="utf-8") as log:
    for line in log:
        fields = line.split()
        if len(fields) >= 4 and fields[1].startswith("/api/v1/reports/effort?"):
            server_ms.append(float(fields[3]))
if len(server_ms) < warmup + runs:
    sys.exit(f"the access log holds {len(server_ms)} report requests, not {warmup + runs}")
server_ms = server_ms[-runs:]

# ---- the raw scan through psql, timed by psql (\timing)
scan_ms, raw = [], None
command = ["psql", "-X", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "rbench", "-d", "rbench",
           "-v", f"service={service}", "-v", f"journey={journey}", "-v", f"codes={codes}", "-v", f"from={day_from}",
           "-v", f"to={day_to}", "-c", "\\timing on", "-f", scan_sql]
for _ in range(scan_runs):
    out = subprocess.run(command, env=dict(os.environ, PGPASSWORD="rbench"), check=True, capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        if line.startswith("Time: "):
            scan_ms.append(float(line.split()[1]))
        elif "|" in line:
            cells = line.split("|")
            rows[cells[0]] = [None if c == "" else float(c) for c in cells[1:]]
    raw = rows
if len(scan_ms) != scan_runs:
    sys.exit(f"psql timed {len(scan_ms)} scans, not {scan_runs}")

# ---- the same figures?
FIELDS = ["responses", "cesMean", "sd", "lowEffortShare", "highEffortShare", "contacts", "waitP50", "waitP90",
          "transfersMean", "fcrRate", "repeatRate", "channelSwitchRate"]
mismatches = []


def compare(label, row, scanned):
    if scanned is None:
        mismatches.append(f"{label}: no raw rows")
        return
    n = row["responses"]
    sd = None
    if row.get("cesCiHigh") is not None and n >= 2:
        sd = (row["cesCiHigh"] - row["cesCiLow"]) / 2 * math.sqrt(n) / student.ppf(0.975, n - 1)
    ours = [n, row["cesMean"], sd, row["lowEffortShare"], row["highEffortShare"], row["contacts"], row["waitP50"],
            row["waitP90"], row["transfersMean"], row["fcrRate"], row["repeatRate"], row["channelSwitchRate"]]
    for name, mine, theirs in zip(FIELDS, ours, scanned):
        # 0 responses: the scan has no row for the code's surveys (NULL), the report 0
        if theirs is None and mine in (0, None):
            continue
        tolerance = 1e-6 if name == "sd" else 1e-9  # sd comes back through the interval and t(0.975, n − 1)
        if mine is None or theirs is None or abs(mine - theirs) > tolerance * max(1.0, abs(theirs)):
            mismatches.append(f"{label} {name}: report {mine} raw scan {theirs}")


for row in report["touchpoints"]:
    compare(row["code"], row, raw.get(row["code"]))
compare("journey total", report["total"], raw.get("*"))
if len(report["touchpoints"]) != len(codes.split(",")):
    mismatches.append(f"the report has {len(report['touchpoints'])} touchpoints")

check_rows = [line.split("|") for line in check.splitlines() if line]
check_bad = sum(int(r[2]) for r in check_rows)

# ---- the table
total = report["total"]
report_median, scan_median = statistics.median(server_ms), statistics.median(scan_ms)
print(f"\nEffort report benchmark, PostgreSQL 15 on loopback, {os.cpu_count()} CPUs, "
      f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%dT%H:%M:%SZ}")
print(f"data set: {settings}; rows of the benchmark's service (surveys, contacts): {counts}; database {db_size}")
print(f"load: {load}")
print(f"importer check (rollup rows of the importer's service; rows differing from the SQL route's):")
for table, rows, bad in check_rows:
    print(f"  {table:22} {int(rows):8,} rows  {int(bad):4} differ")
print(f"\njourney {journey}: {len(report['touchpoints'])} touchpoints, {day_from} … {day_to}: "
      f"{total['responses']:,} responses, {total['contacts']:,} contacts, mean CES {total['cesMean']:.4f}, "
      f"p90 wait {total['waitP90']} s, repeat rate {total['repeatRate']:.4f}")
statuses = {}
for row in report["touchpoints"]:
    statuses[row["status"]] = statuses.get(row["status"], 0) + 1
print(f"statuses: {', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))}")
print(f"\n| measured | median | p95 | runs |")
print(f"| --- | --- | --- | --- |")
print(f"| effort report, server time (access log %D) | {report_median:.0f} ms | {p95(server_ms):.0f} ms | {runs} after {warmup} warm-up |")
print(f"| effort report, client time on loopback | {statistics.median(client_ms):.1f} ms | {p95(client_ms):.1f} ms | {runs} |")
print(f"| raw SQL scan (psql \\timing) | {scan_median:.0f} ms | {max(scan_ms):.0f} ms (max) | {scan_runs} |")
print(f"\nratio report / raw scan: {report_median / scan_median:.4f} (the report {scan_median / report_median:.0f}x faster); "
      f"target under 300 ms: {'met' if report_median < 300 and p95(server_ms) < 300 else 'NOT met'}")
print(f"figures compared per touchpoint and for the journey ({len(FIELDS)} each): "
      + ("all equal" if not mismatches else f"{len(mismatches)} MISMATCHES"))
for line in mismatches[:50]:
    print("  " + line)
sys.exit(1 if mismatches or check_bad else 0)
