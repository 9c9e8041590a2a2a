#!/usr/bin/env bash
# Benchmark: the service-policy reads with many guarantees in force: the public charter, the guarantee
# list, one version with its live policy checks, and the ops export in each format.
#
# Starts the provisioned WildFly on its own ports (offset 400) with its own H2 database, publishes
# GUARANTEES guarantees through the REST API (designer drafts and submits, executive publishes), then
# requests each read WARMUP + RUNS times and prints the times. Build first: mvn -DskipTests install
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
offset=400
# shellcheck source=../lib/server.sh
source "$root/bench/lib/server.sh"
start_server
GUARANTEES=${GUARANTEES:-300} RUNS=${RUNS:-20} WARMUP=${WARMUP:-5} python3 "$here/policy.py" "$base_url" "$work"
