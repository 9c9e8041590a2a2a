#!/usr/bin/env python3
"""Writes Blueprint CSV files of survey responses and contact events for the ingest benchmark.

    generate.py DIR [SURVEYS] [CONTACTS] [SEED]

DIR/surveys.csv and DIR/contacts.csv, in Blueprint's own format, rows in time order (as exports come):
times spread over the 90 days before today's midnight UTC (so never in the future; the same seed on
the same day gives the same files), the touchpoints of one service (codes from TOUCHPOINTS below),
CES 2.0 and CES 1.0 answers, optional CSAT and NPS, about 200,000 distinct customers so that repeat
contacts happen, waits 0-600 s (most short, a tail up to ten minutes), some abandoned and transferred
contacts, order values in KRW on some. Prints the touchpoints as JSON on stdout for the journey.
"""
import datetime
import json
import os
import random
import sys

# code, channel: one service's touchpoints
TOUCHPOINTS = [("BNC-WEB-01", "WEB"), ("BNC-APP-01", "APP"), ("BNC-CALL-01", "PHONE"),
               ("BNC-CHAT-01", "CHAT"), ("BNC-MAIL-01", "EMAIL")]
CUSTOMERS = 200_000
DAYS = 90


def times(rng, count, end):
    """count instants (whole seconds, UTC) in the DAYS before end, sorted, with more in the daytime."""
    span = DAYS * 86400
    start = end - span
    out = []
    for _ in range(count):
        day = rng.randrange(DAYS)
        # Seoul office hours weigh more: 00:00-09:00 UTC is 09:00-18:00 KST
        second = rng.randrange(9 * 3600) if rng.random() < 0.7 else rng.randrange(86400)
        out.append(start + day * 86400 + second)
    out.sort()
    return [min(t, end - 1) for t in out]


def iso(t, zone_hours=9):
    """ISO-8601 with the Seoul offset, as survey tools and contact centres in Korea export."""
    moment = datetime.datetime.fromtimestamp(t, datetime.timezone(datetime.timedelta(hours=zone_hours)))
    return moment.isoformat()


def surveys(path, rng, count, end):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("response_id,touchpoint_code,answered_at,channel,ces,ces_scale,csat,nps,customer\n")
        for n, t in enumerate(times(rng, count, end), 1):
            code, channel = rng.choice(TOUCHPOINTS)
            if rng.random() < 0.6:
                scale, ces = "CES2", min(7, max(1, round(rng.gauss(5.2, 1.4))))
            else:
                scale, ces = "CES1", min(5, max(1, round(rng.gauss(2.1, 1.0))))
            csat = str(min(5, max(1, round(rng.gauss(4.0, 0.9))))) if rng.random() < 0.7 else ""
            nps = str(min(10, max(0, round(rng.gauss(7.5, 2.0))))) if rng.random() < 0.5 else ""
            customer = f"cust-{rng.randrange(CUSTOMERS):06d}" if rng.random() < 0.9 else ""
            out.write(f"SR-{n:08d},{code},{iso(t)},{channel if rng.random() < 0.8 else ''},{ces},{scale},"
                      f"{csat},{nps},{customer}\n")


def contacts(path, rng, count, end):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("contact_id,customer,touchpoint_code,started_at,channel,wait_seconds,handle_seconds,transfers,"
                  "resolved,abandoned,resolved_at,order_value,currency\n")
        assisted = [tp for tp in TOUCHPOINTS if tp[1] in ("PHONE", "CHAT", "EMAIL")]
        for n, t in enumerate(times(rng, count, end), 1):
            code, channel = rng.choice(assisted) if rng.random() < 0.8 else rng.choice(TOUCHPOINTS)
            # waits cluster under a minute with a tail to ten minutes, around the guarantees' thresholds
            wait = min(600, int(rng.expovariate(1 / 70))) if rng.random() < 0.95 else rng.randrange(601)
            abandoned = wait > 30 and rng.random() < wait / 1500
            handle = 0 if abandoned else 30 + int(rng.expovariate(1 / 240))
            transfers = 0 if abandoned else min(3, int(rng.expovariate(1.8)))
            resolved = not abandoned and rng.random() < 0.75
            resolved_at = iso(min(t + wait + handle, end - 1)) if resolved and rng.random() < 0.6 else ""
            if rng.random() < 0.3:
                value, currency = f"{rng.randrange(5, 500) * 1000}.00", "KRW"
            else:
                value, currency = "", ""
            out.write(f"CE-{n:08d},cust-{rng.randrange(CUSTOMERS):06d},{code},{iso(t)},{channel},{wait},{handle},"
                      f"{transfers},{'Y' if resolved else 'N'},{'Y' if abandoned else 'N'},{resolved_at},{value},"
                      f"{currency}\n")


def main():
    folder = sys.argv[1]
    survey_count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    contact_count = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 11
    today = datetime.datetime.now(datetime.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    end = int(today.timestamp())
    surveys(os.path.join(folder, "surveys.csv"), random.Random(seed), survey_count, end)
    contacts(os.path.join(folder, "contacts.csv"), random.Random(seed + 1), contact_count, end)
    print(json.dumps([{"code": code, "channel": channel} for code, channel in TOUCHPOINTS]))


if __name__ == "__main__":
    main()
