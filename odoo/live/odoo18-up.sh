#!/usr/bin/env bash
# Odoo 18 on 127.0.0.1:8069, as before: `odoo-up.sh 18` (kept so existing docs and commands work).
exec bash "$(dirname "$0")/odoo-up.sh" 18 "$@"
