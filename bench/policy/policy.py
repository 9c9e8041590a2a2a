"""Publishes GUARANTEES guarantees through the API, then times the policy reads (see run.sh)."""
import base64, json, os, statistics, sys, time, urllib.error, urllib.request

base, work = sys.argv[1], sys.argv[2]
count, runs, warmup = (int(os.environ[k]) for k in ("GUARANTEES", "RUNS", "WARMUP"))


def call(user, method, path, body=None, etag=None):
    request = urllib.request.Request(base + "/api/v1" + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{user}-demo".encode()).decode())
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if etag is not None:
        request.add_header("If-Match", etag)
    with urllib.request.urlopen(request) as response:
        return response.status, response.headers, response.read()


service = next(s["id"] for s in json.loads(call("viewer", "GET", "/services")[2])
               if s["name"] == "Online store customer care")
touchpoints = ["RET-WEB-01", "RET-APP-01", "RET-CHAT-01", "RET-STORE-01", "RET-MAIL-01", "RET-CALL-01"]
today = json.loads(call("viewer", "GET", "/charter")[2])["date"]
started = time.time()
for n in range(count):
    terms = {
        "title": f"Answered within {n % 50 + 1} minutes · {n % 50 + 1}분 안에 응답 #{n}",
        "promise": f"상담은 {n % 50 + 1}분 안에 연결됩니다. A person answers within {n % 50 + 1} minutes.",
        "condition": {"metric": "WAIT_TIME", "operator": "AT_MOST", "threshold": (n % 50 + 1) * 60, "unit": "SECONDS"},
        "scope": "Benchmark guarantee", "exclusions": ["Declared outages · 통신 장애"],
        "claimChannels": [{"kind": "WEB", "contact": "https://shop.example.com/claim"},
                          {"kind": "POST", "contact": "서울특별시 중구 세종대로 110", "postalCode": "04524"}],
        "effectiveFrom": today, "touchpointCodes": [touchpoints[n % len(touchpoints)]], "owner": "Care centre",
        "refundRules": [{"remedy": "CASH_REFUND", "amountKind": "PER_BREACH_UNIT", "amount": 1000,
                         "breachUnit": "MINUTES", "breachUnitSize": 10, "cap": 10000, "payout": "ON_CLAIM",
                         "claimSteps": ["Open the claim form · 청구 양식 열기"], "claimDeadlineDays": 30}]}
    _, headers, body = call("designer", "POST", "/guarantees", {"serviceId": service, "code": f"BENCH-{n:04d}", "terms": terms})
    gid = json.loads(body)["id"]
    _, headers, _ = call("designer", "POST", f"/guarantees/{gid}/submit", etag=headers["ETag"])
    call("executive", "POST", f"/guarantees/{gid}/publish", etag=headers["ETag"])
print(f"published {count} guarantees through the API in {time.time() - started:.1f} s "
      f"({(time.time() - started) / count * 1000:.0f} ms per draft + submit + publish)")

reads = [("charter (public JSON)", "viewer", "/charter"),
         ("guarantee list", "viewer", "/guarantees"),
         ("one version + checks", "viewer", f"/guarantees/{gid}")]
for fmt in ("csv", "xlsx", "json", "pdf"):
    reads.append((f"export {fmt}", "ops", f"/policy/export?format={fmt}"))

print(f"{runs} requests each after {warmup} warm-up requests, loopback, H2:")
for name, user, path in reads:
    times, size = [], 0
    try:
        for i in range(warmup + runs):
            t = time.perf_counter()
            _, _, body = call(user, "GET", path)
            if i >= warmup:
                times.append((time.perf_counter() - t) * 1000)
            size = len(body)
    except urllib.error.HTTPError as e:
        print(f"  {name:24}: answered {e.code}, skipped")
        continue
    times.sort()
    p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
    print(f"  {name:24}: median {statistics.median(times):7.1f} ms  p90 {p90:7.1f} ms  max {times[-1]:7.1f} ms"
          f"  ({size // 1024} KiB)")
