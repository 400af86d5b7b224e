#!/usr/bin/env bash
# Runs every test on a fresh Debian machine with the .NET 10 SDK: installs what the tests need
# when it is missing, then runs `dotnet test` on the whole solution.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
pg_dir=""
redis_dir=""
cleanup() {
  # Runs on exit: the tests' verdict is the exit status, so nothing here may change it.
  local status=$?
  set +e
  if [ -n "$pg_dir" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
  if [ -n "$redis_dir" ]; then
    if [ -f "$redis_dir/redis.pid" ]; then
      redis_pid=$(cat "$redis_dir/redis.pid")
      kill "$redis_pid" 2>/dev/null
      # Redis writes its last log lines as it stops: wait for it before deleting its folder.
      for _ in $(seq 1 100); do kill -0 "$redis_pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$redis_dir"
  fi
  rm -f "$log"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PostgreSQL for the event-log contract tests: a throwaway cluster on 127.0.0.1, stopped and
# deleted on exit. Skipped when PLENARY_TEST_POSTGRES already names a server.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
newest_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
if [ -z "${PLENARY_TEST_POSTGRES:-}" ]; then
  pg_bin=$(newest_pg_bin)
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
    echo "Installing PostgreSQL (apt-get)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(newest_pg_bin)
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi

  port=5432
  while port_in_use "$port"; do
    port=$((port + 1))
    if [ "$port" -gt 5532 ]; then
      echo "No free port for PostgreSQL between 5432 and 5532." >&2
      exit 1
    fi
  done

  pg_dir=$(mktemp -d /tmp/plenary-pg.XXXXXX)
  chmod 700 "$pg_dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pg_dir"; fi
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  # A scratch cluster: fsync off is safe here (it is deleted on exit) and keeps the suite fast.
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$pg_dir -c max_connections=300 -c fsync=off" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; exit 1; }
  as_postgres "$pg_bin/psql" -h "$pg_dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE plenary LOGIN PASSWORD 'plenary'" \
    -c "CREATE DATABASE plenary_test OWNER plenary"
  export PLENARY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=plenary;Password=plenary;Database=plenary_test"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (PLENARY_TEST_POSTGRES)"
fi

# Redis for the backplane tests (two server processes): a throwaway redis-server on 127.0.0.1
# without persistence, stopped on exit. Skipped when PLENARY_TEST_REDIS already names a server.
if [ -z "${PLENARY_TEST_REDIS:-}" ]; then
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Installing Redis (apt-get)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq redis-server >/dev/null
  fi
  redis_port=6379
  while port_in_use "$redis_port"; do
    redis_port=$((redis_port + 1))
    if [ "$redis_port" -gt 6479 ]; then
      echo "No free port for Redis between 6379 and 6479." >&2
      exit 1
    fi
  done
  redis_dir=$(mktemp -d /tmp/plenary-redis.XXXXXX)
  redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$redis_dir" \
    --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" >/dev/null
  for _ in $(seq 1 50); do
    if [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = "PONG" ]; then break; fi
    sleep 0.1
  done
  if [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" != "PONG" ]; then
    cat "$redis_dir/redis.log" >&2
    exit 1
  fi
  export PLENARY_TEST_REDIS="127.0.0.1:$redis_port"
  echo "Redis $(redis-server --version | grep -Eo 'v=[0-9.]+' | cut -c3-) on 127.0.0.1:$redis_port (PLENARY_TEST_REDIS)"
fi

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
if [ -z "${PLENARY_CHROMIUM:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Chromium (apt-get)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  fi
  PLENARY_CHROMIUM=$(command -v chromium)
  export PLENARY_CHROMIUM
  echo "$("$PLENARY_CHROMIUM" --version 2>/dev/null | head -n 1) at $PLENARY_CHROMIUM (PLENARY_CHROMIUM)"
fi

set +e
dotnet test --solution Plenary.slnx -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line for CI, summed over the test assemblies.
passed=$(grep -E '^\s*succeeded: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo 0)
failed=$(grep -E '^\s*failed: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo 0)
skipped=$(grep -E '^\s*skipped: [0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo 0)
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "${passed}" = "0" ] && [ "${status}" = "0" ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "${status}"
