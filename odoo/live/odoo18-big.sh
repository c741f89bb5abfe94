#!/usr/bin/env bash
# A second Odoo 18 with 10,000 more products, for issue #20's scale bench (`cargo xtask bench
# odoo`), beside the stock one and without touching it. Idempotent: every step checks what is
# already there. See README.md beside it ("A big catalogue").
#
#   bash odoo/live/odoo18-big.sh            # copy, generate, start: then
#   eval "$(bash odoo/live/odoo18-big.sh --env)"
#   bash odoo/live/odoo18-big.sh --down     # stops it; the database stays
#
# | port | database      | root (ODOO18BIG_ROOT) | sources and Python                        |
# | 8068 | showroom18big | /work/odoo18big       | the stock 18's (/work/odoo18/src, venv/)  |
#
# The database is a copy of the stock `showroom18` (its demo data, its seed, the same bot user
# and key) taken once with pg_dump/pg_restore: `createdb -T` would need the stock Odoo on 8069
# to let go of its connections, and it stays up. Its filestore is copied beside it.
set -euo pipefail

STOCK=${ODOO18_ROOT:-/work/odoo18}
ROOT=${ODOO18BIG_ROOT:-/work/odoo18big}
PORT=8068
DB=showroom18big
STOCK_DB=showroom18
PG_ROLE=odoo18 PG_PASS=odoo18
BOT_LOGIN=showroom-bot
PRODUCTS=${SHOWROOM_BIG_PRODUCTS:-10000}
CONF=$ROOT/odoo.conf LOG=$ROOT/odoo.log PIDFILE=$ROOT/odoo.pid KEYFILE=$ROOT/bot.key
ODOO=("$STOCK/venv/bin/python" "$STOCK/src/odoo-bin")
NICE="nice -n 10"

case ${1:-} in
--env)
    [[ -s $KEYFILE ]] || { echo "no $KEYFILE yet: run $0 first" >&2; exit 1; }
    printf 'export ODOO_URL=http://127.0.0.1:%s\nexport ODOO_DB=%s\nexport ODOO_LOGIN=%s\nexport ODOO_KEY=%s\nexport ODOO_VERSION=18\n' \
        "$PORT" "$DB" "$BOT_LOGIN" "$(cat "$KEYFILE")"
    exit 0 ;;
--down)
    if [[ -s $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
        pid=$(cat "$PIDFILE"); kill "$pid"
        for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        echo "stopped the big Odoo 18 (pid $pid)"
    else
        echo "the big Odoo 18 is not running"
    fi
    rm -f "$PIDFILE"; exit 0 ;;
"") ;;
*) echo "usage: $0 [--env|--down]" >&2; exit 2 ;;
esac

[[ -x ${ODOO[0]} && -f ${ODOO[1]} && -s $STOCK/bot.key ]] \
    || { echo "no stock Odoo 18 in $STOCK: run odoo/live/odoo-up.sh 18 first" >&2; exit 1; }
mkdir -p "$ROOT/data/filestore"
T0=$(date +%s)
step() { echo "== $(date +%T) [+$(( $(date +%s) - T0 ))s] $*"; }
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
timing() { echo "$(date -Is) $*" >> "$ROOT/timings.log"; }
psql_pg() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }

# 1. The copy of the stock database, once ---------------------------------------------------
if [[ -z $(psql_pg "-c \"select 1 from pg_database where datname='$DB'\"") ]]; then
    step "copying $STOCK_DB to $DB (pg_dump | pg_restore as $PG_ROLE)"
    T=$(date +%s)
    psql_pg "-c \"create database ${DB}_tmp owner $PG_ROLE\""
    su postgres -c "pg_dump -Fc $STOCK_DB" \
        | su postgres -c "pg_restore --no-owner --role=$PG_ROLE -d ${DB}_tmp"
    psql_pg "-c \"alter database ${DB}_tmp rename to $DB\""
    rm -rf "$ROOT/data/filestore/$DB"
    cp -a "$STOCK/data/filestore/$STOCK_DB" "$ROOT/data/filestore/$DB"
    # The same bot user, so the same key; kept here in case the stock one is rebuilt.
    install -m 600 "$STOCK/bot.key" "$KEYFILE"
    timing "copied $STOCK_DB ($(( $(date +%s) - T ))s)"
fi

# 2. Configuration: the stock sources, another port, data dir and database ------------------
if [[ ! -f $CONF ]]; then
    step "writing $CONF"
    cat > "$CONF" <<EOF
[options]
addons_path = $STOCK/src/odoo/addons
data_dir = $ROOT/data
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

# 3. The products, in batches of 500, each committed: a rerun goes on where it stopped ------
step "generating products up to $PRODUCTS (idempotent)"
T=$(date +%s)
SHOWROOM_PRODUCTS=$PRODUCTS \
    $NICE "${ODOO[@]}" shell -c "$CONF" -d "$DB" --no-http --logfile "$ROOT/generate.log" <<'PY'
import os, random, time

WANTED = int(os.environ['SHOWROOM_PRODUCTS'])
BATCH = 500
ICP = env['ir.config_parameter'].sudo()
made = int(ICP.get_param('showroom.big.products', '0'))

# Five families, each with its nouns, the materials and finishes that fit it, and a price range.
FAMILIES = {
    'Seating': (['Office Chair', 'Task Chair', 'Meeting Chair', 'Stool', 'Bar Stool', 'Armchair',
                 'Lounge Chair', 'Bench', 'Sofa', 'Two-Seat Sofa', 'Corner Sofa', 'Footrest'],
                ['Mesh', 'Leather', 'Fabric', 'Velvet', 'Oak', 'Walnut', 'Steel', 'Beech'],
                (45, 1400)),
    'Desks and Tables': (['Desk', 'Standing Desk', 'Corner Desk', 'Writing Desk', 'Desk Combination',
                          'Meeting Table', 'Coffee Table', 'Side Table', 'Dining Table',
                          'Conference Table', 'Workbench'],
                         ['Oak', 'Walnut', 'Birch', 'Steel', 'Glass', 'Bamboo', 'Laminate', 'Ash'],
                         (80, 2500)),
    'Storage': (['Cabinet', 'Drawer Unit', 'Bookcase', 'Shelf', 'Locker', 'Filing Cabinet',
                 'Wardrobe', 'Sideboard', 'Storage Box', 'Pedestal', 'Wall Shelf'],
                ['Oak', 'Pine', 'Steel', 'Birch', 'Walnut', 'Lacquered', 'Bamboo'],
                (25, 1800)),
    'Lighting': (['Desk Lamp', 'Floor Lamp', 'Pendant Light', 'Wall Light', 'Ceiling Light',
                  'Reading Lamp', 'LED Strip', 'Table Lamp'],
                 ['Brass', 'Copper', 'Aluminium', 'Glass', 'Linen', 'Ceramic', 'Rattan'],
                 (15, 650)),
    'Accessories': (['Monitor Arm', 'Cable Tray', 'Footrest', 'Desk Organiser', 'Whiteboard',
                     'Coat Stand', 'Acoustic Panel', 'Rug', 'Cushion', 'Plant Pot', 'Clock',
                     'Mirror', 'Laptop Stand', 'Paper Tray'],
                    ['Felt', 'Cork', 'Aluminium', 'Oak', 'Wool', 'Cotton', 'Steel', 'Terracotta'],
                    (5, 400)),
}
STYLES = ['Nordic', 'Classic', 'Compact', 'Ergonomic', 'Industrial', 'Modular', 'Executive',
          'Studio', 'Urban', 'Heritage', 'Minimal', 'Premium', 'Essential', 'Contour', 'Atlas',
          'Linea', 'Arc', 'Haven', 'Summit', 'Kyoto', 'Oslo', 'Milano', 'Verona', 'Bergen']
COLOURS = ['Black', 'White', 'Grey', 'Anthracite', 'Natural', 'Sand', 'Olive', 'Navy',
           'Terracotta', 'Sage', 'Charcoal', 'Cream']
SIZES = ['80 cm', '120 cm', '140 cm', '160 cm', '180 cm', '200 cm', 'Small', 'Medium', 'Large',
         'XL']

def category(name):
    parent = env['product.category'].search([('name', '=', 'Showroom big catalogue')], limit=1) \
        or env['product.category'].create({'name': 'Showroom big catalogue'})
    return env['product.category'].search([('name', '=', name), ('parent_id', '=', parent.id)], limit=1) \
        or env['product.category'].create({'name': name, 'parent_id': parent.id})

CATEGORIES = {family: category(family).id for family in FAMILIES}
FAMILY_CODES = {'Seating': 'SE', 'Desks and Tables': 'DT', 'Storage': 'ST', 'Lighting': 'LI',
                'Accessories': 'AC'}

def ean13(n):
    """A valid EAN-13 in the in-store range 20…: unique per product number."""
    body = '20' + str(n).zfill(10)
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)

def values(n):
    """Product number n, the same on every run (a generator seeded with n)."""
    rnd = random.Random(n)
    family = rnd.choice(list(FAMILIES))
    nouns, materials, (low, high) = FAMILIES[family]
    parts = [rnd.choice(STYLES)]
    if rnd.random() < 0.7:
        parts.append(rnd.choice(materials))
    parts.append(rnd.choice(nouns))
    name = ' '.join(parts)
    if rnd.random() < 0.4:
        name += ' ' + rnd.choice(SIZES)
    if rnd.random() < 0.5:
        name += f' ({rnd.choice(COLOURS)})'
    price = round(rnd.uniform(low, high), 0) - (0.01 if rnd.random() < 0.5 else 0)
    vals = {
        'name': name,
        'categ_id': CATEGORIES[family],
        'list_price': price,
        'standard_price': round(price * rnd.uniform(0.4, 0.7), 2),
        'type': 'consu',
        'sale_ok': True,
        'is_published': rnd.random() < 0.95,
    }
    if rnd.random() < 0.6:
        vals['default_code'] = f'SRB-{FAMILY_CODES[family]}-{n:05d}'
    if rnd.random() < 0.3:
        vals['barcode'] = ean13(n)
    storable = rnd.random() < 0.4
    vals['is_storable'] = storable
    stock = rnd.choice([0, 0, 2, 5, 12, 40, 150]) if storable else None
    return vals, stock

stock_location = env['stock.warehouse'].search([('company_id', '=', env.company.id)], limit=1).lot_stock_id
started = time.time()
while made < WANTED:
    numbers = range(made + 1, min(made + BATCH, WANTED) + 1)
    rows = [values(n) for n in numbers]
    templates = env['product.template'].create([vals for vals, _ in rows])
    quants = env['stock.quant']
    for template, (_, stock) in zip(templates, rows):
        if stock:
            quants |= env['stock.quant'].with_context(inventory_mode=True).create({
                'product_id': template.product_variant_id.id,
                'location_id': stock_location.id,
                'inventory_quantity': stock,
            })
    if quants:
        quants.action_apply_inventory()
    made = numbers[-1]
    ICP.set_param('showroom.big.products', str(made))
    env.cr.commit()
    print(f'{made} products ({time.time() - started:.0f}s)', flush=True)
total = env['product.product'].search_count([('sale_ok', '=', True), ('is_published', '=', True)])
print(f'generated: {made}; published and for sale in all: {total}', flush=True)
PY
timing "products up to $PRODUCTS ($(( $(date +%s) - T ))s)"

# 4. Start it in the background, loopback only ----------------------------------------------
start_odoo "the big Odoo 18"

# 5. Check the key ---------------------------------------------------------------------------
uid=$(bot_uid)
timing "up in $(( $(date +%s) - T0 ))s"
step "ready: bot uid $uid; log in $LOG"
echo
echo "# the bench's environment (also: eval \"\$(bash $0 --env)\")"
bash "$0" --env
