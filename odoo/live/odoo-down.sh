#!/usr/bin/env bash
# Stop the Odoo that `odoo-up.sh <version>` started (by the pid it wrote). The database stays.
#
#   bash odoo/live/odoo-down.sh 17|18|19
set -euo pipefail
V=${1:-}
[[ $V =~ ^(17|18|19)$ ]] || { echo "usage: $0 17|18|19" >&2; exit 2; }
name="ODOO${V}_ROOT"
ROOT=${!name:-/work/odoo$V}
PIDFILE=$ROOT/odoo.pid
if [[ -s $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    pid=$(cat "$PIDFILE")
    kill "$pid"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "stopped Odoo $V (pid $pid)"
else
    echo "Odoo $V is not running (no live pid in $PIDFILE)"
fi
rm -f "$PIDFILE"
