#!/usr/bin/env bash
# The load test of issue 14: USERS simulated users (50) for DURATION seconds (300) against the two-node cluster behind
# HAProxy, the same against one node directly (the reference), and a third run against the cluster in which one node is
# killed with kill -9 in the middle. Loopback only; needs root (su postgres), haproxy, Java 17 and a build
# (mvn -B -o -DskipTests package: blueprint-web/target/server and blueprint-web/target/blueprint.war).
#
# The users (bench/cluster/Load.java, run with `java Load.java`, no dependencies; each user thinks 200-1000 ms, seeded,
# between requests): 40 % designers who sign in with the login form and add stages on the blueprint editor through its
# PrimeFaces Ajax request (a journey of their own each, a new one through the REST API every 30 stages), 24 %
# executives reading the effort and guarantee outcome reports, 16 % ops downloading the guarantees in force as CSV, and
# the rest feeds posting batches of 10 survey responses or contact events (all REST with API tokens of their own).
#
# Printed per kind of request and in total for each run: requests, requests/s, p50/p95/p99 latency and errors (a
# transport error, a status other than 2xx/3xx, a redirect to the sign-in page, a Faces partial response with an
# <error> or <redirect>, an editor answer without the new stage or with a conflict notice, a feed batch with rejected
# rows), the load average and CPU count at the start; then the ratios cluster / one node of requests/s and p95; for the
# fail-over run the errors per kind (in flight at the kill or after it) and the longest pause any user saw.
#
# The database blueprint_load is made anew with the demo data. The reference run goes to node 1 of the same cluster
# (node 2 still up and holding copies of the sessions). The nodes' logs are copied to LOGS (/tmp/load-logs) before the
# servers' folder is removed, with every error the load saw (RUN-errors.txt) and every request (RUN-requests.tsv).
# Ctrl+C or a failure stops every server this started.
#
# Environment overrides:
#   DURATION           measured seconds of each of the first two runs (300)
#   FAILOVER_DURATION  measured seconds of the fail-over run (DURATION); the node dies at half of them
#   WARMUP             seconds each run's users run before the measured ones; their requests are left out of the
#                      figures, not their errors (30)
#   USERS              simulated users (50)
#   SEED               seed of the think times and the data the users send (1)
#   CLUSTER_PORT_BASE  node N gets the port offset CLUSTER_PORT_BASE+10·N (1000: HTTP 9090/9100, management
#                      11000/11010, JGroups 8610/8620); lib/cluster.sh
#   BALANCER_PORT      HAProxy's port (18080)
#   KILL_NODE          the node the fail-over run kills (1)
#   RUNS               which runs, of: cluster one-node failover (all three)
#   LOGS               where the logs are kept (/tmp/load-logs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
DURATION=${DURATION:-300}
WARMUP=${WARMUP:-30}
FAILOVER_DURATION=${FAILOVER_DURATION:-$DURATION}
USERS=${USERS:-50}
SEED=${SEED:-1}
KILL_NODE=${KILL_NODE:-1}
RUNS=${RUNS:-cluster one-node failover}
LOGS=${LOGS:-/tmp/load-logs}
export CLUSTER_PORT_BASE=${CLUSTER_PORT_BASE:-1000}
export BALANCER_PORT=${BALANCER_PORT:-18080}
database=blueprint_load
role=blueprint_load
role_password="load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
command -v java >/dev/null || { echo "Java 17 is missing" >&2; exit 1; }
# shellcheck source=../lib/postgres.sh
source "$root/bench/lib/postgres.sh"
# shellcheck source=../lib/cluster.sh
source "$root/bench/lib/cluster.sh"

results=$(mktemp -d)
killer_pid=""
# called by stop_cluster (the EXIT trap) before the servers' folder goes
cluster_cleanup() {
    [ -n "$killer_pid" ] && kill "$killer_pid" 2>/dev/null
    # only what an earlier run kept there
    rm -rf "${LOGS:?}/node1" "${LOGS:?}/node2"
    rm -f "$LOGS"/*.tsv "$LOGS"/*.txt "$LOGS"/*.out
    mkdir -p "$LOGS"
    for n in 1 2; do
        [ -d "${cluster_work:-}/node$n/log" ] && cp -r "$cluster_work/node$n/log" "$LOGS/node$n"
        [ -f "${cluster_work:-}/node$n/server.out" ] && cp "$cluster_work/node$n/server.out" "$LOGS/node$n.out"
    done
    [ -f "${cluster_work:-}/haproxy.out" ] && cp "$cluster_work/haproxy.out" "$LOGS/"
    cp "$results"/* "$LOGS/" 2>/dev/null
    rm -rf "$results"
    echo "Logs and the errors the load saw: $LOGS" >&2
}
trap 'exit 130' INT TERM

fresh_database
export BLUEPRINT_DEMO_SEED=true BLUEPRINT_DEMO_PASSWORD_CHANGE=false
BLUEPRINT_MEASUREMENT_CUSTOMER_KEY="load-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export BLUEPRINT_MEASUREMENT_CUSTOMER_KEY
echo "Starting node 1, then node 2, then the balancer (ports: balancer $BALANCER_PORT, node offsets" \
    "$(node_offset 1) and $(node_offset 2)) ..." >&2
start_cluster
# shellcheck disable=SC2154 # start_node sets node_url_N with eval
echo "Cluster up: $base_url (node 1 $node_url_1, node 2 $node_url_2)" >&2

# LABEL URL RUN [KILL_FILE [DURATION]]
load() {
    (cd "$here" && LABEL=$1 BASE_URL=$2 RUN=$3 KILL_FILE=${4:-} DURATION=${5:-$DURATION} WARMUP=$WARMUP USERS=$USERS \
        SEED=$SEED START_FILE="$results/$3-start.txt" RESULT_FILE="$results/$3.tsv" ERROR_FILE="$results/$3-errors.txt" \
        SAMPLES_FILE="$results/$3-requests.tsv" java Load.java run)
}

case " $RUNS " in *" cluster "*)
    load "cluster, through HAProxy at $base_url" "$base_url" cluster ;;
esac
case " $RUNS " in *" one-node "*)
    load "one node directly, node 1 at $node_url_1 (the reference)" "$node_url_1" one-node ;;
esac
if [ -f "$results/cluster.tsv" ] && [ -f "$results/one-node.tsv" ]; then
    echo
    echo "== cluster / one node"
    (cd "$here" && java Load.java compare "$results/cluster.tsv" "$results/one-node.tsv")
fi
case " $RUNS " in *" failover "*)
    kill_file="$results/kill.txt"
    (
        # the users start once the generator has set up (tokens, journeys): it writes the start file then
        until [ -f "$results/failover-start.txt" ]; do sleep 0.2; done
        sleep "$((WARMUP + FAILOVER_DURATION / 2))"
        jvm=$(node_jvm "$KILL_NODE")
        # kill_node looks the JVM up again (pgrep, which takes a while on a loaded machine) and then sends the
        # kill -9: it went between these two instants
        before=$(date +%s%3N)
        kill_node "$KILL_NODE"
        after=$(date +%s%3N)
        while [ -e "/proc/$jvm" ]; do sleep 0.05; done
        echo "$before $after $(date +%s%3N) node$KILL_NODE" > "$kill_file"
    ) &
    killer_pid=$!
    load "fail-over: the cluster through HAProxy, node $KILL_NODE killed (kill -9) at $((FAILOVER_DURATION / 2)) s" \
        "$base_url" failover "$kill_file" "$FAILOVER_DURATION"
    wait "$killer_pid" || true
    killer_pid=""
    ;;
esac
