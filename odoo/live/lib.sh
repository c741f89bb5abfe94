# What odoo-up.sh and odoo18-big.sh share, sourced by both: start an Odoo in the background on
# loopback and wait for it, and check that the bot's API key signs in. Each caller sets PORT,
# PIDFILE, CONF, ROOT, LOG, DB, BOT_LOGIN, KEYFILE, NICE, ODOO (python, odoo-bin) and `step`.

# True when Odoo answers on $PORT.
odoo_answers() {
    curl -fsS -m 5 -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","method":"call","params":{}}' \
        "http://127.0.0.1:$PORT/web/webclient/version_info" >/dev/null 2>&1
}

# Starts Odoo with $CONF unless it already runs, and waits until it answers; $1 names it.
start_odoo() {
    if [[ -s $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && odoo_answers; then
        step "$1 already running (pid $(cat "$PIDFILE"))"
        return
    fi
    step "starting $1 on 127.0.0.1:$PORT"
    setsid $NICE "${ODOO[@]}" -c "$CONF" >> "$ROOT/odoo.stdout" 2>&1 < /dev/null &
    echo $! > "$PIDFILE"
    for _ in $(seq 120); do odoo_answers && break; sleep 1; done
    odoo_answers || { echo "Odoo did not answer on port $PORT: see $LOG" >&2; exit 1; }
}

# The bot's uid when its key in $KEYFILE signs in to $DB; stops the script otherwise.
bot_uid() {
    local uid
    uid=$(curl -fsS -m 30 -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/jsonrpc" -d \
      "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"common\",\"method\":\"authenticate\",\"args\":[\"$DB\",\"$BOT_LOGIN\",\"$(cat "$KEYFILE")\",{}]}}" \
      | "${ODOO[0]}" -c 'import json,sys; print(json.load(sys.stdin).get("result"))')
    [[ $uid =~ ^[0-9]+$ ]] || { echo "the bot's API key does not authenticate (got $uid)" >&2; exit 1; }
    echo "$uid"
}
