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
trap 'rm -f "$log"' EXIT
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
