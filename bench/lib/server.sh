# Shared by the benchmarks: start the provisioned WildFly with the built WAR on its own ports and its
# own H2 database in a temporary folder, and stop it again on exit. Source it, then call start_server.
# Needs: root (the repository), offset (port offset). Sets: work, base_url, pid.
# Optional: db_kind, db_url, db_user, db_password for another database than the temporary H2 one (the
# other BLUEPRINT_* settings pass through the environment); a function bench_cleanup, called on exit
# after the server has stopped (its log, $work/server.out, is still there); a function bench_prepare,
# called with the copied configuration folder before the server starts (enable_access_log is one).

start_server() {
    local server="$root/blueprint-web/target/server"
    local war="$root/blueprint-web/target/blueprint.war"
    [ -d "$server" ] && [ -f "$war" ] || { echo "Build first: mvn -DskipTests install" >&2; exit 1; }
    base_url="http://127.0.0.1:$((8080 + offset))"
    work=$(mktemp -d)
    trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
          if declare -F bench_cleanup >/dev/null; then bench_cleanup; fi; rm -rf "$work"' EXIT
    cp -r "$server/standalone" "$work/standalone"
    rm -f "$work/standalone/deployments/"*.war*
    cp "$war" "$work/standalone/deployments/blueprint.war"
    if declare -F bench_prepare >/dev/null; then bench_prepare "$work/standalone/configuration"; fi
    # in the background mode standalone.sh hands a TERM on to the server, so stopping it stops WildFly
    LAUNCH_JBOSS_IN_BACKGROUND=1 BLUEPRINT_DB_KIND="${db_kind:-h2}" \
        BLUEPRINT_DB_URL="${db_url:-jdbc:h2:file:$work/db/blueprint;DB_CLOSE_ON_EXIT=FALSE}" \
        BLUEPRINT_DB_USER="${db_user:-sa}" BLUEPRINT_DB_PASSWORD="${db_password:-sa}" \
        "$server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" \
        -Djboss.socket.binding.port-offset="$offset" > "$work/server.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
        curl -sf -o /dev/null "$base_url/login.xhtml" && return 0
        sleep 1
    done
    echo "server did not start"; tail -20 "$work/server.out"; exit 1
}

# The server time of every request in WildFly's access log (standalone/log/access.log: method, path and query,
# status, %D in ms): %D needs the listener to note when a request started. Call it from bench_prepare.
enable_access_log() { # configuration folder
    sed -i 's|<http-listener name="default" |<http-listener name="default" record-request-start-time="true" |' "$1/standalone.xml"
    sed -i 's|<host name="default-host" alias="localhost">|&<access-log pattern="%m %U%q %s %D" prefix="access." suffix="log" rotate="false" use-server-log="false"/>|' "$1/standalone.xml"
    grep -q 'record-request-start-time="true"' "$1/standalone.xml" && grep -q '<access-log pattern' "$1/standalone.xml" \
        || { echo "could not configure the access log"; exit 1; }
}
