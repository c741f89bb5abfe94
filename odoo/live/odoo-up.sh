#!/usr/bin/env bash
# Bring up a STOCK Odoo Community (17, 18 or 19) on loopback for recording the agent's cassettes
# (issue #20). Idempotent: every step checks what is already there. See README.md beside it.
#
#   bash odoo/live/odoo-up.sh 17|18|19          # then: eval "$(bash odoo/live/odoo-up.sh 19 --env)"
#   bash odoo/live/odoo-down.sh 17|18|19
#
# | version | port | database   | root (ODOO<v>_ROOT) | Python | sources (ODOO<v>_GIT, a bare git dir)            |
# | 17      | 8017 | showroom17 | /work/odoo17        | 3.11   | GitHub HungPham-Canh/erp (17.0-20231206)          |
# | 18      | 8069 | showroom18 | /work/odoo18        | 3.11   | GitHub ManuelGil/dockerized-odoo-18 (18.0-20250506) |
# | 19      | 8019 | showroom19 | /work/odoo19        | 3.12   | GitHub Manognaaaaaa/Campus_events_erp_Odoo (19.0-20260402) |
#
# Everything it makes lives under the version's root, never in the repo:
#   src/ Odoo sources · venv/ Python · data/ filestore · odoo.conf · odoo.log · odoo.pid
#   bot.key (the bot's API key, mode 600) · seed-facts.json (ids the seed made) · timings.log
set -euo pipefail

V=${1:-}
case $V in
    17) PORT=8017 PYVER=3.11 REPO=HungPham-Canh/erp ;;
    18) PORT=8069 PYVER=3.11 REPO=ManuelGil/dockerized-odoo-18 ;;
    19) PORT=8019 PYVER=3.12 REPO=Manognaaaaaa/Campus_events_erp_Odoo ;;
    *) echo "usage: $0 17|18|19 [--env]" >&2; exit 2 ;;
esac
shift
# Per-version overrides, e.g. ODOO19_ROOT, ODOO19_GIT, ODOO19_PYTHON (ODOO18_* as before).
var() { local name="ODOO${V}_$1"; echo "${!name:-$2}"; }
ROOT=$(var ROOT "/work/odoo$V")
# The public sources as a bare git directory (the session's `fetch` tool puts it here; `git
# clone --bare` of the GitHub repository works where GitHub is reachable). Each holds one
# version's Community tree with every addon under odoo/addons.
GIT_DIR_SRC=$(var GIT "/work/.mirror/${REPO/\//+}/repo")
# The first python$PYVER that runs (a pyenv shim may exist for a version that is not selected).
find_python() {
    local c
    for c in "$(command -v "python$PYVER")" /root/.pyenv/versions/"$PYVER"*/bin/"python$PYVER"; do
        [[ -x $c ]] && "$c" -c '' 2>/dev/null && { echo "$c"; return; }
    done
    echo "python$PYVER"
}
PY=$(var PYTHON "$(find_python)")
DB=showroom$V
PG_ROLE=odoo$V
PG_PASS=odoo$V
MODULES=sale_management,stock,account,website_sale,calendar
OPTIONAL_MODULES=crm            # installed only if it installs cleanly
BOT_LOGIN=showroom-bot
SRC=$ROOT/src VENV=$ROOT/venv DATA=$ROOT/data CONF=$ROOT/odoo.conf
LOG=$ROOT/odoo.log PIDFILE=$ROOT/odoo.pid KEYFILE=$ROOT/bot.key FACTS=$ROOT/seed-facts.json
NICE="nice -n 10"
# 17 and 18 load demo data unless told not to; 19 loads it only when asked.
DEMO_FLAG=""
[[ $V == 19 ]] && DEMO_FLAG="--with-demo"

if [[ ${1:-} == --env ]]; then
    [[ -s $KEYFILE ]] || { echo "no $KEYFILE yet: run $0 $V first" >&2; exit 1; }
    # ODOO_VERSION tells the version-tagged recordings (agent/tests/odoo_versions.rs) which one
    # this Odoo is; the connector itself detects it.
    printf 'export ODOO_URL=http://127.0.0.1:%s\nexport ODOO_DB=%s\nexport ODOO_LOGIN=%s\nexport ODOO_KEY=%s\nexport ODOO_VERSION=%s\n' \
        "$PORT" "$DB" "$BOT_LOGIN" "$(cat "$KEYFILE")" "$V"
    exit 0
fi

mkdir -p "$ROOT" "$DATA"
T0=$(date +%s)
step() { echo "== $(date +%T) [+$(( $(date +%s) - T0 ))s] $*"; }
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
timing() { echo "$(date -Is) $*" >> "$ROOT/timings.log"; }
psql_pg() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }

# 1. Sources ------------------------------------------------------------------------------
if [[ ! -x $SRC/odoo-bin && ! -f $SRC/odoo-bin ]]; then
    step "extracting Odoo $V sources from $GIT_DIR_SRC"
    [[ -d $GIT_DIR_SRC ]] || { echo "missing $GIT_DIR_SRC: fetch github:$REPO first" >&2; exit 1; }
    rm -rf "$SRC.tmp" && mkdir -p "$SRC.tmp"
    # Only what runs Odoo: every addon is under odoo/addons in these three repositories. 18's
    # also holds an older copy under addons/ (877 MB, every module of it shadowed by
    # odoo/addons); that, the projects' own files and the docker/CI/doc/debian ones are left out.
    git --git-dir="$GIT_DIR_SRC" archive HEAD odoo-bin odoo requirements.txt setup.py setup.cfg \
        | $NICE tar -x -C "$SRC.tmp"
    git --git-dir="$GIT_DIR_SRC" rev-parse HEAD > "$SRC.tmp/COMMIT"
    mv "$SRC.tmp" "$SRC"
    timing "sources extracted ($(( $(date +%s) - T0 ))s)"
else
    step "sources present ($(cat "$SRC/COMMIT" 2>/dev/null || echo '?'))"
fi

# 2. PostgreSQL ---------------------------------------------------------------------------
read -r PGVER PGCLUSTER PGSTATUS < <(pg_lsclusters -h | awk '{print $1, $2, $4; exit}')
if [[ $PGSTATUS != online ]]; then
    step "starting PostgreSQL $PGVER/$PGCLUSTER"
    pg_ctlcluster "$PGVER" "$PGCLUSTER" start
fi
if [[ -z $(psql_pg "-c \"select 1 from pg_roles where rolname='$PG_ROLE'\"") ]]; then
    step "creating PostgreSQL role $PG_ROLE"
    psql_pg "-c \"create role $PG_ROLE login createdb password '$PG_PASS'\""
fi

# 3. Python virtualenv --------------------------------------------------------------------
REQ=$ROOT/requirements.txt
grep -v '^python-ldap' "$SRC/requirements.txt" > "$REQ"      # LDAP: not needed, needs libldap-dev
echo 'setuptools<70' > "$ROOT/build-constraints.txt"          # old sdists still use pkg_resources APIs
REQ_SUM=$(sha256sum "$REQ" | cut -c1-16)
if [[ $(cat "$VENV/.requirements" 2>/dev/null) != "$REQ_SUM" ]]; then
    step "virtualenv + requirements (python: $PY)"
    T=$(date +%s)
    [[ -x $VENV/bin/python ]] || "$PY" -m venv "$VENV"
    $NICE "$VENV/bin/pip" install -q --upgrade 'pip>=25.3'
    $NICE "$VENV/bin/pip" install -q --build-constraint "$ROOT/build-constraints.txt" -r "$REQ"
    echo "$REQ_SUM" > "$VENV/.requirements"
    timing "requirements installed ($(( $(date +%s) - T ))s)"
fi

# 4. Configuration ------------------------------------------------------------------------
if [[ ! -f $CONF ]]; then
    step "writing $CONF"
    cat > "$CONF" <<EOF
[options]
addons_path = $SRC/odoo/addons
data_dir = $DATA
db_host = 127.0.0.1
db_port = 5432
db_user = $PG_ROLE
db_password = $PG_PASS
db_name = $DB
dbfilter = ^$DB\$
http_interface = 127.0.0.1
http_port = $PORT
admin_passwd = $(head -c 18 /dev/urandom | base64 | tr -d '/+=')
logfile = $LOG
EOF
    chmod 600 "$CONF"
fi
ODOO=("$VENV/bin/python" "$SRC/odoo-bin")

# 5. Database: the modules, with demo data, English only ----------------------------------
installed() {  # prints the installed modules among $1 (comma-separated)
    local list="'${1//,/\',\'}'"
    psql_pg "-d $DB -c \"select name from ir_module_module where state='installed' and name in ($list) order by name\"" 2>/dev/null || true
}
want=$(tr ',' '\n' <<< "$MODULES" | sort)
if [[ $(installed "$MODULES") != "$want" ]]; then
    step "initialising database $DB with $MODULES (+ demo data); this is the long step"
    T=$(date +%s)
    $NICE "${ODOO[@]}" -c "$CONF" -d "$DB" -i "$MODULES" $DEMO_FLAG --stop-after-init --logfile "$ROOT/init.log"
    [[ $(installed "$MODULES") == "$want" ]] || { echo "module install failed: see $ROOT/init.log" >&2; exit 1; }
    timing "database initialised ($(( $(date +%s) - T ))s)"
fi
for m in ${OPTIONAL_MODULES//,/ }; do
    if [[ -z $(installed "$m") && ! -f $ROOT/.skip-$m ]]; then
        step "installing optional module $m"
        T=$(date +%s)
        if $NICE "${ODOO[@]}" -c "$CONF" -d "$DB" -i "$m" $DEMO_FLAG --stop-after-init --logfile "$ROOT/init-$m.log" \
            && [[ -n $(installed "$m") ]]; then
            timing "$m installed ($(( $(date +%s) - T ))s)"
        else
            echo "WARNING: $m did not install cleanly (see $ROOT/init-$m.log); going on without it" >&2
            touch "$ROOT/.skip-$m"
        fi
    fi
done

# 6. Seed: what issue #20's journeys need on top of the demo data -------------------------
step "seeding (idempotent)"
T=$(date +%s)
SHOWROOM_KEYFILE=$KEYFILE SHOWROOM_FACTS=$FACTS SHOWROOM_BOT=$BOT_LOGIN \
    $NICE "${ODOO[@]}" shell -c "$CONF" -d "$DB" --no-http --logfile "$ROOT/seed.log" <<'PY'
import datetime, json, os
import pytz
from odoo.release import version_info

# What differs between 17, 18 and 19 for this seed (checked in each version's sources):
MAJOR = version_info[0]
# a storable product: 17 has type 'product'; 18 and 19 have type 'consu' with is_storable
STORABLE = [('type', '=', 'product')] if MAJOR == 17 else [('is_storable', '=', True)]
# a user's groups: groups_id until 18, group_ids in 19
GROUPS = 'group_ids' if 'group_ids' in env['res.users']._fields else 'groups_id'

ICP = env['ir.config_parameter'].sudo()
company = env.ref('base.main_company')
facts = {}

def remembered(key, make):
    """The seed's records are remembered in ir.config_parameter, so a rerun makes none again."""
    value = ICP.get_param('showroom.seed.' + key)
    if value:
        return json.loads(value)
    value = make()
    ICP.set_param('showroom.seed.' + key, json.dumps(value))
    return value

# Pricelists are a standard setting, off in a fresh database; a customer pricelist needs it.
pricelist_group = env.ref('product.group_product_pricelist')
if pricelist_group not in env.ref('base.group_user').implied_ids:
    env['res.config.settings'].create({'group_product_pricelist': True}).execute()

# a. Some demo products out of stock: free quantity 0, by an inventory adjustment to 0.
def out_of_stock():
    products = env['product.product'].search(
        STORABLE + [('sale_ok', '=', True), ('is_published', '=', True)], order='id')
    chosen = products.filtered(lambda p: p.qty_available > 0 and p.free_qty == p.qty_available)[:3]
    for product in chosen:
        quants = env['stock.quant'].search(
            [('product_id', '=', product.id), ('location_id.usage', '=', 'internal')])
        quants = quants.with_context(inventory_mode=True)
        quants.write({'inventory_quantity': 0})
        quants.inventory_quantity_set = True
        quants._apply_inventory()
        quants.inventory_quantity_set = False
    return chosen.ids
ids = remembered('out_of_stock', out_of_stock)
facts['out_of_stock'] = [
    {'id': p.id, 'default_code': p.default_code, 'name': p.display_name,
     'free_qty': p.free_qty, 'qty_available': p.qty_available}
    for p in env['product.product'].browse(ids).with_context(warehouse_id=None)]

# b. One customer company on a discount pricelist (10 % off list on everything).
def discount_pricelist():
    pricelist = env['product.pricelist'].create({
        'name': 'Trade partners -10%',
        'currency_id': company.currency_id.id,
        'item_ids': [(0, 0, {'applied_on': '3_global', 'compute_price': 'percentage',
                             'percent_price': 10.0})],
    })
    customer = env.ref('base.res_partner_2')      # Deco Addict (a company)
    customer.property_product_pricelist = pricelist
    return {'pricelist': pricelist.id, 'partner': customer.id}
seeded = remembered('discount_pricelist', discount_pricelist)
partner = env['res.partner'].browse(seeded['partner'])
facts['discount_customer'] = {'partner_id': partner.id, 'name': partner.name,
                              'pricelist_id': seeded['pricelist'],
                              'pricelist': partner.property_product_pricelist.display_name}

# c. A posted credit note for a customer (not matched to an invoice, so it is outstanding credit).
def credit_note():
    customer = env.ref('base.res_partner_12')     # Azure Interior, which has demo invoices
    product = env.ref('product.product_product_4')  # Customizable Desk
    move = env['account.move'].create({
        'move_type': 'out_refund',
        'partner_id': customer.id,
        'invoice_date': datetime.date.today(),
        'ref': 'Damaged on delivery',
        'invoice_line_ids': [(0, 0, {'product_id': product.id, 'quantity': 1, 'price_unit': 150.0})],
    })
    move.action_post()
    return move.id
move = env['account.move'].browse(remembered('credit_note', credit_note))
facts['credit_note'] = {'id': move.id, 'name': move.name, 'partner_id': move.partner_id.id,
                        'partner': move.partner_id.name, 'state': move.state,
                        'amount_total': move.amount_total, 'currency': move.currency_id.name}

# d. A public holiday on a weekday: Friday 25 December 2026, global (no resource) on the
#    company's working-time calendar, a whole day in the calendar's time zone.
def holiday():
    calendar = company.resource_calendar_id
    tz = pytz.timezone(calendar.tz or 'UTC')
    day = datetime.date(2026, 12, 25)
    start = tz.localize(datetime.datetime.combine(day, datetime.time(0, 0)))
    end = tz.localize(datetime.datetime.combine(day, datetime.time(23, 59, 59)))
    leave = env['resource.calendar.leaves'].create({
        'name': 'Christmas Day',
        'calendar_id': calendar.id,
        'company_id': company.id,
        'resource_id': False,
        'date_from': start.astimezone(pytz.utc).replace(tzinfo=None),
        'date_to': end.astimezone(pytz.utc).replace(tzinfo=None),
    })
    return leave.id
leave = env['resource.calendar.leaves'].browse(remembered('holiday', holiday))
facts['holiday'] = {'id': leave.id, 'name': leave.name, 'date': '2026-12-25',
                    'calendar': leave.calendar_id.name, 'tz': leave.calendar_id.tz,
                    'date_from_utc': str(leave.date_from), 'date_to_utc': str(leave.date_to)}

# e. The connector's bot: an internal user in Sales (all documents) and Invoicing (billing),
#    with a persistent API key (sudo: a non-admin's own key must otherwise expire).
Users = env['res.users'].with_context(active_test=False, no_reset_password=True)
bot_login = os.environ['SHOWROOM_BOT']
bot = Users.search([('login', '=', bot_login)])
groups = [env.ref(x).id for x in ('base.group_user', 'sales_team.group_sale_salesman_all_leads',
                                  'account.group_account_invoice')]
if not bot:
    bot = Users.create({'name': 'Showroom Bot', 'login': bot_login,
                        'email': 'showroom-bot@example.com', 'tz': company.partner_id.tz or 'UTC',
                        GROUPS: [(6, 0, groups)]})
bot.write({'active': True, GROUPS: [(4, g) for g in groups]})
keyfile = os.environ['SHOWROOM_KEYFILE']
key = open(keyfile).read().strip() if os.path.exists(keyfile) else None
Keys = env['res.users.apikeys']
if not key or Keys._check_credentials(scope='rpc', key=key) != bot.id:
    Keys.sudo().search([('user_id', '=', bot.id), ('name', '=', 'showroom')]).unlink()
    # 18 and 19 take an expiration date (None: never, which only sudo may ask); 17 has none.
    if MAJOR == 17:
        key = Keys.with_user(bot).sudo()._generate(None, 'showroom')
    else:
        key = Keys.with_user(bot).sudo()._generate(None, 'showroom', None)
    fd = os.open(keyfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.write(fd, (key + '\n').encode())
    os.close(fd)
facts['bot'] = {'id': bot.id, 'login': bot.login,
                'groups': sorted(bot[GROUPS].mapped('full_name'))}

# f. The demo portal user: login portal, password portal.
portal = Users.search([('login', '=', 'portal')])
if not portal:
    portal = Users.create({'name': 'Joel Willis', 'login': 'portal', 'email': 'joel.willis63@example.com',
                           GROUPS: [(6, 0, [env.ref('base.group_portal').id])]})
portal.write({'active': True, 'password': 'portal'})
facts['portal'] = {'id': portal.id, 'partner_id': portal.partner_id.id, 'name': portal.name,
                   'commercial_partner_id': portal.partner_id.commercial_partner_id.id}

# g. A portal user for a contact of Azure Interior (the credit note's customer): login azure,
#    password azure, so a journey can sign in as a customer with credit notes.
def azure_portal():
    customer = env.ref('base.res_partner_12')     # Azure Interior
    contact = customer.child_ids.filtered(lambda c: c.type == 'contact').sorted('id')[:1]
    user = Users.search([('login', '=', 'azure')])
    if not user:
        user = Users.create({'login': 'azure', 'partner_id': contact.id,
                             GROUPS: [(6, 0, [env.ref('base.group_portal').id])]})
    return user.id
azure = Users.browse(remembered('azure_portal', azure_portal))
azure.write({'active': True, 'password': 'azure'})
facts['azure_portal'] = {'id': azure.id, 'login': azure.login, 'partner_id': azure.partner_id.id,
                         'name': azure.name,
                         'commercial_partner_id': azure.partner_id.commercial_partner_id.id}

# h. The records journey: an order of the portal user delivered (with a carrier tracking
#    reference, where the delivery module has the field) and invoiced, and a 5,000 credit
#    limit on their partner (the company setting for credit limits on).
def delivered_order():
    partner = portal.partner_id.commercial_partner_id
    stocked = env['product.product'].search(
        STORABLE + [('sale_ok', '=', True), ('id', 'not in', ids)], order='id')
    product = stocked.filtered(lambda p: p.free_qty >= 2)[:1]
    order = env['sale.order'].create({'partner_id': partner.id, 'order_line': [
        (0, 0, {'product_id': product.id, 'product_uom_qty': 2})]})
    order.action_confirm()
    for picking in order.picking_ids:
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        if 'carrier_tracking_ref' in picking._fields:
            picking.carrier_tracking_ref = '1Z999AA10123456784'
        picking.with_context(skip_backorder=True, skip_sms=True).button_validate()
    invoice = order._create_invoices()
    invoice.action_post()
    return order.id
order = env['sale.order'].browse(remembered('delivered_order', delivered_order))
if not env.company.account_use_credit_limit:
    env['res.config.settings'].create({'account_use_credit_limit': True}).execute()
partner = portal.partner_id.commercial_partner_id
partner.write({'use_partner_credit_limit': True, 'credit_limit': 5000.0})
facts['delivered_order'] = {'id': order.id, 'name': order.name, 'state': order.state,
                            'pickings': order.picking_ids.mapped('state'),
                            'invoices': order.invoice_ids.mapped('name'),
                            'credit_limit': partner.credit_limit}

facts['version'] = env['ir.module.module'].search([('name', '=', 'base')]).latest_version
facts['languages'] = env['res.lang'].search([]).mapped('code')
facts['modules'] = sorted(env['ir.module.module'].search([('state', '=', 'installed')]).mapped('name'))
env.cr.commit()
with open(os.environ['SHOWROOM_FACTS'], 'w') as f:
    json.dump(facts, f, indent=1, default=str)
print('seeded:', json.dumps({k: v for k, v in facts.items() if k != 'modules'}, default=str))
PY
[[ -s $KEYFILE && -s $FACTS ]] || { echo "seed failed: see $ROOT/seed.log" >&2; exit 1; }
timing "seeded ($(( $(date +%s) - T ))s)"

# 7. Start Odoo in the background, loopback only --------------------------------------------
start_odoo "Odoo"

# 8. Check the key, then tell how to use it -------------------------------------------------
uid=$(bot_uid)
timing "up in $(( $(date +%s) - T0 ))s"
step "ready: bot uid $uid; facts in $FACTS; log in $LOG"
echo
echo "# the agent's environment (also: eval \"\$(bash $0 $V --env)\")"
bash "$0" "$V" --env
