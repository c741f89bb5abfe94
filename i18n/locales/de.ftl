# Deutsch. Folgt en.ftl, Meldung für Meldung.

## The built-in planner's answers (agent/src/planner)

planner-and = und
planner-comparing = So schneiden { $names } im direkten Vergleich ab, mit Preis und Lagerbestand.
planner-cheapest = { $name } ist mit { $price } am günstigsten.
planner-out-of-stock = {" "}{ $name } ist derzeit nicht vorrätig.
planner-without-tax = {" "}Preise verstehen sich ohne MwSt.
planner-with-tax = {" "}Preise inklusive MwSt.
planner-name-two = Welche Produkte möchten Sie vergleichen? Nennen Sie zwei oder mehr, zum Beispiel "vergleiche den Bürostuhl und die Bürolampe".
planner-found-only = Ich habe nur { $found } gefunden. Mit welchem anderen Produkt soll ich es vergleichen?
planner-added = { $quantity } × { $name } zum Angebot hinzugefügt.
planner-name-a-product = Welches Produkt soll ins Angebot, und wie viele? Zum Beispiel "füge 10 Bürostühle zum Angebot hinzu".
planner-found = Das habe ich gefunden:
planner-help = Ich kann Produkte, Preise und Lagerbestände nachschlagen, Produkte nebeneinander vergleichen, ein Angebot erstellen und zur Genehmigung vorlegen und (wenn Sie angemeldet sind) sagen, wo Ihre Bestellungen sind, und Ihre Rechnungen und Ihr Konto zeigen. Versuchen Sie "vergleiche den Bürostuhl und die Bürolampe", "füge 10 Bürostühle zum Angebot hinzu" oder "wo ist meine Bestellung?".

## Booking a showroom visit (agent/src/approvals/booking.rs)

booking-choose = Das sind die freien Zeiten für einen Besuch. Wählen Sie, was Ihnen passt.
booking-none-free = In dieser Woche gibt es keine freien Zeiten; versuchen Sie ein anderes Datum.
booking-title = Diesen Besuch buchen
booking-please-approve = { $when }: genehmigen Sie unten, um zu buchen.
booking-booked = Ihr Besuch ist gebucht ({ $reference }): { $when }. Bis dann!
booking-requested = Wir halten { $when } für Sie frei ({ $reference }); ein Berater bestätigt Ihren Besuch.
booking-not-booked = Nicht gebucht. Wählen Sie eine andere Zeit, wann immer Sie möchten.
# A visit's start time: "Monday 30 November, 09:00 UTC".
booking-when = { $weekday } { $day }. { $month }, { $time } UTC
booking-monday = Montag
booking-tuesday = Dienstag
booking-wednesday = Mittwoch
booking-thursday = Donnerstag
booking-friday = Freitag
booking-saturday = Samstag
booking-sunday = Sonntag
booking-january = Januar
booking-february = Februar
booking-march = März
booking-april = April
booking-may = Mai
booking-june = Juni
booking-july = Juli
booking-august = August
booking-september = September
booking-october = Oktober
booking-november = November
booking-december = Dezember

## Quotes and their approval (agent/src/approvals/quote.rs)

quote-title = Dieses Angebot als Bestellung bestätigen
quote-please-approve = Ihr Angebot beläuft sich auf { $total }. Genehmigen Sie es unten, um zu bestellen, oder lehnen Sie ab, um es weiter zu bearbeiten.
quote-placed = Bestellung { $reference } ist bestätigt. Vielen Dank!
quote-not-placed = Nicht bestellt. Ihr Angebot ist wieder ein Entwurf: Ändern Sie es und fordern Sie die Genehmigung an, wann es Ihnen passt.
quote-refused = Die Bestellung konnte nicht aufgegeben werden: { $reason } Ihr Angebot ist wieder ein Entwurf.
quote-cannot-submit = Dieses Angebot kann noch nicht zur Genehmigung vorgelegt werden: { $reason }
quote-no-quote = In diesem Gespräch gibt es noch kein Angebot. Fügen Sie zuerst Produkte hinzu, zum Beispiel "füge 10 Office Chairs zum Angebot hinzu".
quote-already-waiting = Ihr Angebot wartet oben bereits auf Ihre Genehmigung.

## Support tickets (agent/src/approvals/ticket.rs)

ticket-title = Ein Support-Ticket eröffnen
ticket-subject = Betreff
ticket-order = Bestellung
ticket-please-approve = Ich kann dafür ein Support-Ticket eröffnen. Genehmigen Sie es unten, und unser Team kümmert sich darum.
ticket-opened = Ticket { $reference } ist eröffnet; wir melden uns bei Ihnen.
ticket-not-opened = Es wurde kein Ticket eröffnet.

## Changing an order (agent/src/approvals/order_change.rs)

order-change-title = Diese Bestellung ändern
order-change-cancelled = storniert
order-change-please-approve = Genehmigen Sie unten, um Bestellung { $reference } zu ändern.
order-change-changed = Bestellung { $reference } ist geändert.
order-change-unchanged = Die Bestellung bleibt, wie sie war.

## The customer's orders, invoices and account (agent/src/planner/account.rs)

account-sign-in-first = Bitte melden Sie sich zuerst unter **Konto** neben Ihren Chats an: Bestellungen laufen über das Konto Ihrer Firma.
account-no-orders = Sie haben noch keine Bestellungen.
account-order-not-found = Unter Ihren Bestellungen finde ich keine Bestellung { $reference }. Prüfen Sie die Nummer, zum Beispiel S00021.
# Where an order stands, by the last step it reached; $reference is the order's reference.
account-quotation = { $reference } ist ein Angebot; es ist noch nicht bestätigt.
account-confirmed = Bestellung { $reference } ist bestätigt und wartet auf den Versand.
account-picking = Bestellung { $reference } ist versandt und unterwegs.
account-delivered = Bestellung { $reference } wurde geliefert.
account-invoiced = Bestellung { $reference } wurde geliefert und berechnet.
account-no-invoices = Sie haben noch keine Rechnungen.
account-invoices-paid = Hier sind Ihre Rechnungen; alle sind bezahlt.
account-invoices-open = Hier sind Ihre Rechnungen: { $outstanding } sind noch offen.
account-with-limit = Sie kaufen zu den Preisen der Liste { $pricelist }; { $used } Ihres Kreditrahmens von { $limit } sind belegt.
account-without-limit = Sie kaufen zu den Preisen der Liste { $pricelist }; { $used } sind auf Ihrem Konto gebunden.

## What the store's rules say when they warn or refuse (agent/src/commerce)

store-out-of-stock = Nur { $free } { $uom } { $product } auf Lager, { $asked } angefragt.
store-no-more-in-stock = Nur noch { $free } weitere { $uom } { $product } auf Lager.
store-visit = Showroom-Besuch mit Beratung
store-margin = { $product } unterschreitet die Margenregeln (höchstens { $off } % Rabatt, mindestens { $over } % über dem Einstandspreis).
store-over-credit-limit = Dieses Angebot ({ $total }) überschreitet das Kreditlimit von { $customer } ({ $limit }).
store-over-credit-limit-with-due = Dieses Angebot ({ $total }) überschreitet, mit { $due } noch offen, das Kreditlimit von { $customer } ({ $limit }).
store-change-over-credit-limit = Diese Änderung ({ $added }) würde { $customer } über das Kreditlimit von { $limit } bringen.
store-line-on-its-way = Diese Position kann nicht mehr geändert werden: Die Bestellung ist unterwegs.
# Who a quote is for when nobody is signed in.
store-guest = Gast

## Orders (agent/src/commerce/messages.rs)

# An order's state (Odoo's draft/sent, sale, done, cancel) in words.
order-quotation = Angebot
order-sales-order = Verkaufsauftrag
order-locked = Gesperrt
order-cancelled = Storniert

## Errors the agent tells in words

# The language-model planner, when a question needs more tool steps than one answer may take.
error-too-many-steps = Das hätte mehr Schritte gebraucht, als ich in einer Antwort machen darf. Können Sie es in kleineren Teilen fragen?

## The sign-in page (agent/src/routes/signin.rs)

signin-title = Ihr Konto
signin-login = Benutzername
signin-password = Passwort
signin-sign-in = Anmelden
signin-sign-out = Abmelden
signin-signed-in-as = Sie sind angemeldet als
signin-refused = Diese Zugangsdaten wurden nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut.
signin-too-fast = Zu viele Versuche in kurzer Zeit. Warten Sie kurz und versuchen Sie es erneut.
signin-unavailable = Der Shop ist nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
signin-demo = Kunden des Demo-Shops (ohne Passwort):
signin-back = Zurück zum Chat
