#!/usr/bin/env bash
# Stop the server started by smollm2-up.sh (by its pid file only). Idempotent.
set -euo pipefail
LLM_HOME="${LLM_HOME:-/work/llm}"
PIDFILE="$LLM_HOME/server.pid"
if [ ! -f "$PIDFILE" ]; then echo "smollm2-down: not running" >&2; exit 0; fi
pid="$(cat "$PIDFILE")"
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  echo "smollm2-down: stopped pid $pid" >&2
else
  echo "smollm2-down: pid $pid was not running" >&2
fi
rm -f "$PIDFILE"
