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
planner-added = { $lines } zum Angebot hinzugefügt.
planner-name-a-product = Welches Produkt soll ins Angebot, und wie viele? Zum Beispiel "füge 10 Bürostühle zum Angebot hinzu".
planner-found = Das habe ich gefunden:
planner-help = Ich kann Produkte, Preise und Lagerbestände nachschlagen, Produkte nebeneinander vergleichen, ein Angebot erstellen und zur Genehmigung vorlegen und (wenn Sie angemeldet sind) sagen, wo Ihre Bestellungen sind, und Ihre Rechnungen und Ihr Konto zeigen. Versuchen Sie "vergleiche den Bürostuhl und die Bürolampe", "füge 10 Bürostühle zum Angebot hinzu" oder "wo ist meine Bestellung?".
planner-which-line = Welche Position Ihres Angebots soll sich ändern, und auf wie viele? Zum Beispiel "ändere die Bürostühle auf 5" oder "entferne die Bürolampe".
planner-not-in-quote = { $name } ist nicht in Ihrem Angebot.
planner-removed = { $name } wurde aus Ihrem Angebot entfernt.
planner-changed = Ihr Angebot hat jetzt { $quantity } × { $name }.
planner-attributes = { $name }: { $listed }.
planner-greeting = Hallo! Fragen Sie mich, was ein Produkt kostet oder ob es vorrätig ist, nach Produkten einer Art ("Schreibtische unter 300 €"), nach einem Vergleich zweier Produkte oder nach einem Angebot.
planner-price = { $name } kostet { $price } pro { $uom }.
planner-price-with-list = { $name } kostet für Sie { $price } pro { $uom } (Listenpreis { $list }).
planner-in-stock = { $name } ist vorrätig: jetzt { $available } { $uom } verfügbar.
planner-low-stock = Von { $name } sind nur noch { $available } { $uom } übrig.
planner-no-stock = { $name } ist derzeit nicht vorrätig.
planner-attribute = { $attribute } von { $name }: { $value }.
planner-attribute-unknown = Der Shop gibt das für { $name } nicht an. Angegeben sind: { $listed }.
planner-which-one = Welches meinen Sie: { $first } oder { $second }?
planner-which-product = Welches Produkt meinen Sie? Zum Beispiel "was kostet der Bürostuhl?".
planner-none-match = Nichts passt zu allem. Das gibt es von dieser Art:
planner-most-expensive = { $name } ist mit { $price } am teuersten.
planner-lightest = { $name } ist mit { $weight } am leichtesten.
planner-heaviest = { $name } ist mit { $weight } am schwersten.

## Booking a showroom visit (agent/src/approvals/booking.rs)

booking-choose = Das sind die freien Zeiten für einen Besuch. Wählen Sie, was Ihnen passt.
booking-none-free = In dieser Woche gibt es keine freien Zeiten; versuchen Sie ein anderes Datum.
booking-title = Diesen Besuch buchen
booking-please-approve = { $when }: genehmigen Sie unten, um zu buchen.
booking-booked = Ihr Besuch ist gebucht ({ $reference }): { $when }. Bis dann!
booking-requested = Wir halten { $when } für Sie frei ({ $reference }); ein Berater bestätigt Ihren Besuch.
booking-not-booked = Nicht gebucht. Wählen Sie eine andere Zeit, wann immer Sie möchten.
# A visit's start time in the shop's time zone: "Monday 30 November, 10:00 (Europe/Brussels)".
booking-when = { $weekday } { $day }. { $month }, { $time } ({ $zone })
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

quote-title = Dieses Angebot zusenden
quote-please-approve = Ihr Angebot beträgt { $total }. Bestätigen Sie unten, und der Shop sendet es Ihnen als Angebot, das Sie dann annehmen, um zu bestellen. Lehnen Sie ab, um es weiter zu bearbeiten.
quote-placed = Bestellung { $reference } ist bestätigt. Vielen Dank!
quote-not-placed = Es wurde nichts gesendet. Ihr Angebot ist wieder ein Entwurf: Ändern Sie es und bitten Sie um Bestätigung, wann es Ihnen passt.
quote-refused = Das Angebot konnte nicht erstellt werden: { $reason } Ihr Angebot ist wieder ein Entwurf.
quote-cannot-submit = Dieses Angebot kann noch nicht zur Genehmigung vorgelegt werden: { $reason }
quote-no-quote = In diesem Gespräch gibt es noch kein Angebot. Fügen Sie zuerst Produkte hinzu, zum Beispiel "füge 10 Office Chairs zum Angebot hinzu".
quote-already-waiting = Ihr Angebot wartet oben bereits auf Ihre Genehmigung.
quote-sent = Angebot { $reference } liegt bereit: Öffnen Sie es oder laden Sie unten das PDF. Nehmen Sie es hier an, wann es Ihnen passt.
quote-sent-here = Angebot { $reference } liegt bereit. Nehmen Sie es hier an, wann es Ihnen passt.
quote-sent-sign = Angebot { $reference } liegt bereit. Der Shop bittet um Ihre Online-Unterschrift zur Annahme: Öffnen Sie es unten im Portal.
quote-sent-pay = Angebot { $reference } liegt bereit. Der Shop bittet um eine Online-Zahlung zur Annahme: Öffnen Sie es unten im Portal.
quote-back-ordered = { $product }: { $available } von { $wanted } auf Lager; der Rest folgt, sobald er eintrifft.
quote-accept-title = Angebot annehmen
quote-please-accept = Angebot { $reference } über { $total } im Namen von { $name } annehmen? Damit bestätigen Sie Ihre Bestellung.
quote-not-accepted = Nicht angenommen. Angebot { $reference } bleibt offen: Nehmen Sie es an, wann es Ihnen passt.
quote-accept-refused = Angebot { $reference } konnte nicht angenommen werden: { $reason }
quote-discount-no-quote = Über Rabatte entscheidet der Shop. Legen Sie die Produkte zuerst in ein Angebot (zum Beispiel "10 Bürostühle ins Angebot") und fragen Sie dann noch einmal: Ihre Anfrage geht mit dem Angebot an den Shop.
quote-discount-noted = In Ihrem Angebot vermerkt. Wenn Sie es senden, geht Ihre Anfrage mit dem Angebot an den Verkäufer des Shops, der entscheidet; bis dahin gelten die Preise Ihrer Preisliste.

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

account-reordered = Ihr Angebot enthält jetzt, was Sie in { $reference } bestellt haben: { $lines }.
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
account-invoices-open-net = Hier sind Ihre Rechnungen und Gutschriften: Nach Abzug Ihrer Gutschriften sind noch { $outstanding } offen.
account-invoices-in-credit = Hier sind Ihre Rechnungen und Gutschriften: Ihre Gutschriften decken alles ab, Sie haben ein Guthaben von { $credit }.
account-invoices-none-paid = Noch keine Ihrer Rechnungen ist bezahlt.
account-invoices-none-open = Sie haben keine offenen Rechnungen: alles ist bezahlt.
account-invoices-none-overdue = Keine Ihrer Rechnungen ist überfällig.
account-invoices-shown-paid = Ihre bezahlten Rechnungen: { $count }.
account-invoices-shown-open = Ihre offenen Rechnungen: { $count }.
account-invoices-shown-overdue = Ihre überfälligen Rechnungen: { $count }.
account-with-limit = Sie kaufen zu den Preisen der Liste { $pricelist }; { $used } Ihres Kreditrahmens von { $limit } sind belegt.
account-without-limit = Sie kaufen zu den Preisen der Liste { $pricelist }; { $used } sind auf Ihrem Konto gebunden.

## What the store's rules say when they warn or refuse (agent/src/present)

store-out-of-stock = Nur { $free } { $uom } { $product } auf Lager, { $asked } angefragt.
store-out-of-stock-count = Nur { $free } { $product } auf Lager, { $asked } angefragt.
store-no-more-in-stock = Nur noch { $free } weitere { $uom } { $product } auf Lager.
store-visit = Showroom-Besuch mit Beratung
store-margin = Der Preis von { $product } liegt außerhalb dessen, was der Shop im Chat erlaubt; fragen Sie bitte den Shop danach.
store-over-credit-limit = Dieses Angebot ({ $total }) überschreitet das Kreditlimit von { $customer } ({ $limit }).
store-over-credit-limit-with-due = Dieses Angebot ({ $total }) überschreitet, mit { $due } noch offen, das Kreditlimit von { $customer } ({ $limit }).
store-change-over-credit-limit = Diese Änderung ({ $added }) würde { $customer } über das Kreditlimit von { $limit } bringen.
store-line-on-its-way = Diese Position kann nicht mehr geändert werden: Die Bestellung ist unterwegs.
store-not-a-time = Das ist keine Uhrzeit. Bitte wählen Sie eine der angezeigten Zeiten.
store-slot-taken = Diese Zeit ist nicht mehr frei; bitte wählen Sie eine andere.
store-unknown-approval = Diese Freigabe gehört jemand anderem, daher wurde nichts getan.
store-not-allowed = Der Shop hat dies nicht erlaubt.
# Who a quote is for when nobody is signed in.
store-guest = Gast
store-accept-in-portal = Der Shop verlangt eine Online-Unterschrift oder -Zahlung: Bitte nehmen Sie das Angebot im Portal an.
store-quotation-closed = Dieses Angebot ist nicht mehr offen (abgelaufen oder storniert).

## Orders (agent/src/present)

# An order's state (Odoo's draft/sent, sale, done, cancel) in words.
order-quotation = Angebot
order-sales-order = Verkaufsauftrag
order-locked = Gesperrt
order-cancelled = Storniert

## Errors the agent tells in words

# The language-model planner, when a question needs more tool steps than one answer may take.
error-too-many-steps = Das hätte mehr Schritte gebraucht, als ich in einer Antwort machen darf. Können Sie es in kleineren Teilen fragen?
error-too-many-tokens = Diese Antwort wurde länger, als ich auf einmal schreiben darf. Können Sie in kleineren Teilen fragen?
error-too-long = Das hat länger gedauert, als eine Antwort dauern darf. Bitte fragen Sie noch einmal, vielleicht in kleineren Teilen.

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

## The chat app (src/)

app-name = Showroom
app-language = Sprache
app-theme-dark = Dunkles Design
app-theme-light = Helles Design
app-composer-label = Nachricht
app-composer-placeholder = Fragen Sie nach Produkten, Preisen, Bestand…
app-send = Senden
app-stop = Stopp
app-stopped = Angehalten.
app-reconnecting = Verbindung unterbrochen, verbinde neu…
app-conversation = Unterhaltung
app-you = Sie
app-assistant = Assistent
app-answering = Der Assistent antwortet…
app-answered = Die Antwort ist vollständig.
app-empty-title = Wobei kann ich helfen?
app-retry = Erneut versuchen
app-copy-code = Code kopieren
app-copy = Kopieren
app-edit = Bearbeiten
app-edit-label = Nachricht bearbeiten
app-save-and-send = Senden
app-cancel = Abbrechen
app-save = Speichern
app-offline = Sie sind offline. Was Sie schreiben, bleibt hier, bis Sie wieder online sind.
app-unreachable = Der Assistent ist gerade nicht erreichbar. Neuer Versuch läuft…
app-earlier = Frühere Nachrichten anzeigen
app-chats = Chats
app-new-chat = Neuer Chat
app-account = Konto
app-no-chats = Noch keine Chats.
app-chats-unavailable = Chats konnten nicht geladen werden. Prüfen Sie Ihre Verbindung.
app-rename = Umbenennen
app-rename-label = Neuer Name für diesen Chat
app-delete = Löschen
app-delete-confirm = Diesen Chat löschen?
app-copied = Kopiert
app-task-done = erledigt
app-task-not-done = offen
app-protocol-errors = Ein Teil der Antwort konnte nicht gelesen werden
# The suggestions on the empty chat (they must be questions the planner understands).
app-suggestions = Vorschläge
app-suggest-compare = Vergleiche Bürostuhl und Bürolampe
app-suggest-desks = Zeig mir Schreibtische
app-suggest-compare-desks = Vergleiche Eckschreibtisch rechts, Schreibtischkombination und Arbeitsplatz

## The app's error messages (src/i18n.rs)

# The app's words for the agent's error codes (src/i18n.rs error_message).
error-network = Die Verbindung zum Assistenten ist fehlgeschlagen. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.
error-busy = Warten Sie, bis die Antwort fertig ist, und versuchen Sie es dann erneut.
error-quantity = Diese Menge ist nicht möglich.
error-not-here = Das ist hier nicht möglich.
error-server = Der Assistent konnte nicht antworten. Bitte versuchen Sie es erneut.
error-store = Der Shop ist nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-store-data = Der Shop hat etwas zurückgeschickt, das nicht gelesen werden konnte, daher wird es nicht angezeigt. Bitte versuchen Sie es später erneut oder fragen Sie den Shop.
error-too-fast = Sie senden Nachrichten schneller, als der Assistent antworten kann. Bitte warten Sie kurz und versuchen Sie es erneut.
error-too-long-message = Diese Nachricht ist zu lang: höchstens 4.000 Zeichen. Bitte kürzen Sie sie und senden Sie sie erneut.
error-bad-input = Diese Nachricht konnte so nicht gesendet werden.

## The component catalogue page (src/catalogue_page.rs)

catalogue-title = Komponentenkatalog
catalogue-intro = Jede Komponente in jedem Zustand, aus den Beispielen in components/samples.
catalogue-last-action = Letzte Aktion:
catalogue-no-action = noch keine
catalogue-read-only = nur lesen

# The component catalogue (components/src): one group per component, named after it without
# underscores (ticket_card → ticketcard-), and kit- for the words the components share.

## ticket card (components/src/views/ticket_card.rs)
ticketcard-request = Supportanfrage
ticketcard-reference = Referenz
ticketcard-created = Erstellt
ticketcard-order = Bestellung
ticketcard-new = Neu
ticketcard-in-progress = In Bearbeitung
ticketcard-waiting = Wartet auf Sie
ticketcard-solved = Gelöst

## quote card (components/src/views/quote_card.rs)
quotecard-quote = Angebot
quotecard-for = für
quotecard-product = Produkt
quotecard-quantity = Menge
quotecard-unit-price = Stückpreis
quotecard-discount = Rabatt
quotecard-subtotal = Zwischensumme
quotecard-untaxed = Netto
quotecard-taxes = MwSt.
quotecard-total = Gesamt
quotecard-valid-until = Gültig bis
quotecard-quantity-of = Menge von
quotecard-remove = Entfernen
quotecard-flagged = Außerhalb der Margenregeln: so nicht genehmigungsfähig
quotecard-no-lines = Noch keine Positionen: bitten Sie darum, ein Produkt hinzuzufügen.
quotecard-submit = Genehmigung anfordern
quotecard-requote = Neu anbieten
quotecard-portal = Im Portal öffnen
quotecard-pdf = PDF herunterladen
quotecard-draft = Entwurf
quotecard-awaiting = Wartet auf Genehmigung
quotecard-confirmed = Bestätigt
quotecard-expired = Abgelaufen
quotecard-cancelled = Storniert
quotecard-sent = Gesendet
quotecard-your-reference = Ihre Referenz (Bestellnummer)
quotecard-accept = Annehmen
quotecard-sign-in-portal = Im Portal unterschreiben und annehmen
quotecard-pay-in-portal = Im Portal bezahlen und annehmen
quotecard-expected = Voraussichtliche Lieferung
quotecard-discount-requested = Rabatt angefragt:
quotecard-discount-pending = offen, der Shop entscheidet

## account summary (components/src/views/account_summary.rs)
accountsummary-account = Konto
accountsummary-pricelist = Preisliste
accountsummary-credit = Genutzter Kredit
accountsummary-of-limit = von
accountsummary-no-limit = kein Kreditlimit
accountsummary-recent = Letzte Bestellungen
accountsummary-top = Am meisten gekauft
accountsummary-reorder = Nachbestellen
accountsummary-none = Noch keine.

## booking widget (components/src/views/booking_widget.rs)
bookingwidget-book = Buchen
bookingwidget-minutes = Min.
bookingwidget-choose = Wählen Sie eine Zeit (Ihre Zeitzone):
bookingwidget-no-slots = Diese Woche keine freien Zeiten.
bookingwidget-when = Wann
bookingwidget-where = Wo
bookingwidget-reference = Referenz
bookingwidget-add-calendar = Zum Kalender hinzufügen (.ics)
bookingwidget-choosing = Zeit wählen
bookingwidget-awaiting = Wartet auf Genehmigung
bookingwidget-confirmed = Bestätigt
bookingwidget-requested = Angefragt
bookingwidget-cancelled = Storniert

## invoice list (components/src/views/invoice_list.rs)
invoicelist-invoices = Rechnungen
invoicelist-number = Nummer
invoicelist-date = Datum
invoicelist-due = Fällig
invoicelist-amount = Betrag
invoicelist-state = Zahlung
invoicelist-links = Dokumente
invoicelist-outstanding = Offen
invoicelist-none = Keine Rechnungen.
invoicelist-not-paid = Nicht bezahlt
invoicelist-partial = Teilweise bezahlt
invoicelist-in-payment = In Zahlung
invoicelist-paid = Bezahlt
invoicelist-reversed = Storniert
invoicelist-overdue = Überfällig
invoicelist-pdf = PDF
invoicelist-portal = Portal
invoicelist-invoices-and-credit-notes = Rechnungen und Gutschriften
invoicelist-outstanding-net = Offen nach Gutschriften
invoicelist-credit-note = Gutschrift
invoicelist-credit-open = Zu verrechnen
invoicelist-credit-partial = Teilweise verrechnet
invoicelist-credit-used = Verrechnet

## product card (components/src/views/product_card.rs)
productcard-product = Produkt
productcard-list-price = Listenpreis
productcard-per = pro
productcard-variants = Varianten
productcard-add = Zum Angebot hinzufügen

## product grid (components/src/views/product_grid.rs)
productgrid-products = Produkte
productgrid-found-for = Gefunden für
productgrid-none-found = Keine Produkte gefunden.
productgrid-showing = Angezeigt:
productgrid-of = von

## product comparator (components/src/views/product_comparator.rs)
productcomparator-caption = Produktvergleich
productcomparator-product = Produkt
productcomparator-price = Preis
productcomparator-list-price = Listenpreis
productcomparator-stock = Bestand
productcomparator-best = Niedrigster Preis
productcomparator-per = pro
productcomparator-add = Zum Angebot hinzufügen
productcomparator-remove = Entfernen

## order status (components/src/views/order_status.rs)
orderstatus-order = Bestellung
orderstatus-quotation = Angebot
orderstatus-confirmed = Bestätigt
orderstatus-picking = In Kommissionierung
orderstatus-delivered = Geliefert
orderstatus-invoiced = Berechnet
orderstatus-not-yet = noch nicht
orderstatus-tracking = Sendungsverfolgung
orderstatus-product = Produkt
orderstatus-ordered = Bestellt
orderstatus-delivered-qty = Geliefert
orderstatus-subtotal = Zwischensumme
orderstatus-total = Gesamt
orderstatus-quantity-of = Menge von
orderstatus-cancel-line = Position stornieren

## approval card (components/src/views/approval_card.rs)
approvalcard-approve = Genehmigen
approvalcard-reject = Ablehnen
approvalcard-amount = Betrag
approvalcard-pending = Braucht Ihre Genehmigung
approvalcard-approved = Genehmigt
approvalcard-rejected = Abgelehnt
approvalcard-failed = Fehlgeschlagen
approvalcard-expired = Abgelaufen

## kit (components/src/kit.rs)
kit-as-of = Stand
kit-stale = Preise und Bestand können sich geändert haben seit
kit-refresh = Aktualisieren
kit-loading = Wird geladen…
kit-in-stock = Auf Lager
kit-low = Geringer Bestand
kit-out = Nicht vorrätig
kit-excl-tax = zzgl. MwSt.
kit-incl-tax = inkl. MwSt.

## fallback (components/src/fallback.rs)
fallback-title = Dieser Teil der Antwort kann nicht angezeigt werden
fallback-hint = Der Rest des Gesprächs ist davon nicht betroffen. Details:

## activity (components/src/activity.rs)
activity-other-activity = Aktivität
