#!/usr/bin/env bash
# Try Blueprint as a cluster on one machine: two nodes and HAProxy at http://localhost:8080, on PostgreSQL 15 with
# the demo data (database blueprint_cluster, made anew). Ctrl+C stops everything. docs/cluster.md says what each
# setting means and what production looks like. Needs: root (su postgres), haproxy, a build (mvn -DskipTests install).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
database=blueprint_cluster
role=blueprint_cluster
role_password="cluster-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
# shellcheck source=../lib/postgres.sh
source "$root/bench/lib/postgres.sh"
# shellcheck source=../lib/cluster.sh
source "$root/bench/lib/cluster.sh"
fresh_database
export BLUEPRINT_DEMO_SEED=true BLUEPRINT_MEASUREMENT_CUSTOMER_KEY="cluster-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
echo "Starting node 1, then node 2, then the balancer ..." >&2
start_cluster
echo "Blueprint runs at $base_url (node 1: $node_url_1, node 2: $node_url_2). Ctrl+C stops it." >&2
echo "Logs: $cluster_work/node1/log/server.log, $cluster_work/node2/log/server.log" >&2
wait "$balancer_pid"
