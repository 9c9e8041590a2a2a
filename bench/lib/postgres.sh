# Shared by the benchmarks on PostgreSQL: the local PostgreSQL 15 cluster (started if down), a database and role of
# their own, and the server settings that point the provisioned WildFly (lib/server.sh) at it. Source it after
# setting database, role and role_password; needs root (su postgres).

admin_sql() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -d ${1:-postgres}"; }
bench_sql() { PGPASSWORD=$role_password psql -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$role" -d "$database" "$@"; }

pg_lsclusters -h 15 main | grep -q online || pg_ctlcluster --skip-systemctl-redirect 15 main start

# the role and an empty database it owns, whatever an earlier run left
fresh_database() {
    drop_database
    admin_sql <<SQL
CREATE ROLE $role LOGIN PASSWORD '$role_password';
CREATE DATABASE $database OWNER $role;
SQL
}

drop_database() {
    admin_sql <<SQL
DROP DATABASE IF EXISTS $database WITH (FORCE);
DROP ROLE IF EXISTS $role;
SQL
}

# start_server's database settings, the server's heap, and the demo data seeded without a password change; the
# customer key stays the caller's (BLUEPRINT_MEASUREMENT_CUSTOMER_KEY)
use_bench_database() {
    db_kind=postgresql
    db_url="jdbc:postgresql://127.0.0.1:5432/$database"
    db_user=$role
    db_password=$role_password
    export JBOSS_JAVA_SIZING="-Xms64m -Xmx512m"
    export BLUEPRINT_DEMO_SEED=true BLUEPRINT_DEMO_PASSWORD_CHANGE=false
}
