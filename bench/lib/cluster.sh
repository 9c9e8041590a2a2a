# Shared by bench/cluster: two Blueprint nodes of the provisioned WildFly (the web-clustering layer) and HAProxy in
# front of them, on one machine and one PostgreSQL database. Source it after lib/postgres.sh (database, role,
# role_password set, database made); call start_cluster, then kill_node N or stop_cluster (also run on exit).
# Ports: the balancer on BALANCER_PORT (8080); node N on port offset CLUSTER_PORT_BASE+10·N (CLUSTER_PORT_BASE 0:
# HTTP 8080+10·N, management 9990+10·N, JGroups 7600+10·N). Sets: base_url (the balancer), node_url_N, node_pid_N,
# cluster_work. Optional: NODE_HEAP (-Xmx, 768m), cluster_prepare (called with each node's configuration folder),
# cluster_cleanup (called by stop_cluster before cluster_work is removed, e.g. to keep the logs).

BALANCER_PORT=${BALANCER_PORT:-8080}
CLUSTER_PORT_BASE=${CLUSTER_PORT_BASE:-0}
NODE_HEAP=${NODE_HEAP:-768m}
node_offset() { echo $((CLUSTER_PORT_BASE + 10 * $1)); } # N
cluster_members="127.0.0.1[$((7600 + $(node_offset 1)))],127.0.0.1[$((7600 + $(node_offset 2)))]"
balancer_pid=""

start_node() { # N
    local n=$1 offset; offset=$(node_offset "$1")
    local server="$root/blueprint-web/target/server" war="$root/blueprint-web/target/blueprint.war"
    local home="$cluster_work/node$n"
    [ -d "$server" ] && [ -f "$war" ] || { echo "Build first: mvn -DskipTests install" >&2; exit 1; }
    rm -rf "$home"
    cp -r "$server/standalone" "$home"
    rm -f "$home/deployments/"*.war*
    cp "$war" "$home/deployments/blueprint.war"
    if declare -F cluster_prepare >/dev/null; then cluster_prepare "$home/configuration"; fi
    # in the background mode standalone.sh hands a TERM on to the server; a kill -9 goes to the JVM itself
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_JAVA_SIZING="-Xms128m -Xmx$NODE_HEAP" \
        BLUEPRINT_DB_KIND=postgresql BLUEPRINT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
        BLUEPRINT_DB_USER="$role" BLUEPRINT_DB_PASSWORD="$role_password" \
        BLUEPRINT_CLUSTER_NAME="blueprint-$database" BLUEPRINT_CLUSTER_MEMBERS="$cluster_members" \
        BLUEPRINT_SECURITY_TRUSTED_PROXIES=127.0.0.1 \
        "$server/bin/standalone.sh" -Djboss.server.base.dir="$home" -Djboss.node.name="node$n" \
        -Djboss.socket.binding.port-offset="$offset" -Djava.net.preferIPv4Stack=true > "$home/server.out" 2>&1 &
    eval "node_pid_$n=$!"
    eval "node_url_$n=http://127.0.0.1:$((8080 + offset))"
}

await_node() { # N
    local url; url=$(eval echo "\$node_url_$1")
    for _ in $(seq 1 180); do
        curl -sf -o /dev/null "$url/login.xhtml" && return 0
        sleep 1
    done
    echo "node $1 did not start"; tail -20 "$cluster_work/node$1/server.out"; exit 1
}

# the JVM under the node's standalone.sh: found by its server folder, which is this run's own (another cluster on the
# machine, such as ClusterFailoverIT's, has nodes of the same names)
node_jvm() {
    [ -n "${cluster_work:-}" ] || return 0
    pgrep -f -- "-Djboss.server.base.dir=$cluster_work/node$1( |\$)" | while read -r p; do
        if [ "$(ps -o comm= -p "$p")" = java ]; then echo "$p"; fi
    done || true
}

kill_node() { # N: kill -9, as a crash would
    local jvm; jvm=$(node_jvm "$1")
    [ -n "$jvm" ] || { echo "node $1 is not running" >&2; return 1; }
    kill -9 $jvm
}

start_cluster() {
    cluster_work=$(mktemp -d)
    trap stop_cluster EXIT
    # the first node migrates and seeds while the second waits for it
    start_node 1; await_node 1
    start_node 2; await_node 2
    BALANCER_PORT=$BALANCER_PORT NODE1_PORT=$((8080 + $(node_offset 1))) NODE2_PORT=$((8080 + $(node_offset 2))) \
        NODE1_HEALTH=$((9990 + $(node_offset 1))) NODE2_HEALTH=$((9990 + $(node_offset 2))) \
        haproxy -db -f "$root/blueprint-web/src/cluster/haproxy.cfg" > "$cluster_work/haproxy.out" 2>&1 &
    balancer_pid=$!
    base_url="http://127.0.0.1:$BALANCER_PORT"
    for _ in $(seq 1 30); do curl -sf -o /dev/null "$base_url/login.xhtml" && return 0; sleep 1; done
    echo "the balancer did not answer"; cat "$cluster_work/haproxy.out"; exit 1
}

stop_cluster() {
    set +e
    [ -n "$balancer_pid" ] && { kill "$balancer_pid" 2>/dev/null || true; }
    for n in 1 2; do
        local pid; pid=$(eval echo "\${node_pid_$n:-}")
        [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
        local jvm; jvm=$(node_jvm "$n"); [ -n "$jvm" ] && kill -9 $jvm 2>/dev/null
    done
    if declare -F cluster_cleanup >/dev/null; then cluster_cleanup; fi
    [ -n "${cluster_work:-}" ] && rm -rf "$cluster_work"
}
