#!/usr/bin/env bash
# Stop the Odoo 18 that odoo18-up.sh started (by the pid it wrote). The database stays.
set -euo pipefail
ROOT=${ODOO18_ROOT:-/work/odoo18}
PIDFILE=$ROOT/odoo.pid
if [[ -s $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    pid=$(cat "$PIDFILE")
    kill "$pid"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "stopped Odoo (pid $pid)"
else
    echo "Odoo is not running (no live pid in $PIDFILE)"
fi
rm -f "$PIDFILE"
