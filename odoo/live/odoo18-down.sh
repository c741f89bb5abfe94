#!/usr/bin/env bash
# Stop the Odoo 18: `odoo-down.sh 18` (kept so existing docs and commands work).
exec bash "$(dirname "$0")/odoo-down.sh" 18 "$@"
