# Nederlands. Volgt en.ftl, bericht voor bericht.

## The built-in planner's answers (agent/src/planner)

planner-and = en
planner-comparing = Zo verhouden { $names } zich tot elkaar, naast elkaar met prijs en voorraad.
planner-cheapest = { $name } is het voordeligst, voor { $price }.
planner-out-of-stock = {" "}{ $name } is op dit moment niet op voorraad.
planner-without-tax = {" "}Prijzen zijn exclusief btw.
planner-with-tax = {" "}Prijzen zijn inclusief btw.
planner-name-two = Welke producten wil je vergelijken? Noem er twee of meer, bijvoorbeeld "vergelijk de bureaustoel en de kantoorlamp".
planner-found-only = Ik vond alleen { $found }. Met welk ander product zal ik het vergelijken?
planner-added = { $lines } toegevoegd aan je offerte.
planner-name-a-product = Welk product moet in je offerte, en hoeveel? Bijvoorbeeld "voeg 10 bureaustoelen toe aan mijn offerte".
planner-found = Dit heb ik gevonden:
planner-help = Ik kan producten, prijzen en voorraad opzoeken, producten naast elkaar vergelijken, een offerte maken en ter goedkeuring voorleggen, en (als je bent aangemeld) zeggen waar je bestellingen zijn en je facturen en account tonen. Probeer "vergelijk de bureaustoel en de kantoorlamp", "voeg 10 bureaustoelen toe aan mijn offerte" of "waar is mijn bestelling?".
planner-which-line = Welke regel van je offerte moet veranderen, en naar hoeveel? Bijvoorbeeld "verander de bureaustoelen naar 5" of "haal de kantoorlamp eruit".
planner-not-in-quote = { $name } staat niet in je offerte.
planner-removed = { $name } is uit je offerte gehaald.
planner-changed = Je offerte heeft nu { $quantity } × { $name }.
planner-attributes = { $name }: { $listed }.
planner-greeting = Hallo! Vraag me wat een product kost of of het op voorraad is, naar producten van een soort ("bureaus onder € 300"), om twee producten te vergelijken, of om een offerte samen te stellen.
planner-price = { $name } kost { $price } per { $uom }.
planner-price-with-list = { $name } kost voor jou { $price } per { $uom } (catalogusprijs { $list }).
planner-in-stock = { $name } is op voorraad: nu { $available } { $uom } beschikbaar.
planner-low-stock = Er zijn nog maar { $available } { $uom } { $name } over.
planner-no-stock = { $name } is op dit moment niet op voorraad.
planner-attribute = { $attribute } van { $name }: { $value }.
planner-attribute-unknown = De winkel vermeldt dat niet voor { $name }. Wel vermeld: { $listed }.
planner-which-one = Welke bedoel je: { $first } of { $second }?
planner-which-product = Welk product bedoel je? Bijvoorbeeld "wat kost de bureaustoel?".
planner-none-match = Niets voldoet aan alles. Dit is er van die soort:
planner-most-expensive = { $name } is het duurst, voor { $price }.
planner-lightest = { $name } is het lichtst, met { $weight }.
planner-heaviest = { $name } is het zwaarst, met { $weight }.

## Booking a showroom visit (agent/src/approvals/booking.rs)

booking-choose = Dit zijn de vrije tijden voor een bezoek. Kies wat je uitkomt.
booking-none-free = Die week zijn er geen vrije tijden; probeer een andere datum.
booking-title = Dit bezoek boeken
booking-please-approve = { $when }: keur hieronder goed om te boeken.
booking-booked = Je bezoek is geboekt ({ $reference }): { $when }. Tot dan!
booking-requested = We houden { $when } voor je vrij ({ $reference }); een adviseur bevestigt je bezoek.
booking-not-booked = Niet geboekt. Kies een andere tijd wanneer je wilt.
# A visit's start time in the shop's time zone: "Monday 30 November, 10:00 (Europe/Brussels)".
booking-when = { $weekday } { $day } { $month }, { $time } ({ $zone })
booking-monday = maandag
booking-tuesday = dinsdag
booking-wednesday = woensdag
booking-thursday = donderdag
booking-friday = vrijdag
booking-saturday = zaterdag
booking-sunday = zondag
booking-january = januari
booking-february = februari
booking-march = maart
booking-april = april
booking-may = mei
booking-june = juni
booking-july = juli
booking-august = augustus
booking-september = september
booking-october = oktober
booking-november = november
booking-december = december

## Quotes and their approval (agent/src/approvals/quote.rs)

quote-title = Stuur me deze offerte
quote-please-approve = Je offerte komt op { $total }. Keur hieronder goed en de winkel stuurt je hem als offerte, die je daarna accepteert om te bestellen. Wijs af om hem nog aan te passen.
quote-placed = Bestelling { $reference } is bevestigd. Dank je wel!
quote-not-placed = Er is niets verstuurd. Je offerte is weer een concept: pas hem aan en vraag goedkeuring wanneer het je uitkomt.
quote-refused = De offerte kon niet worden gemaakt: { $reason } Je offerte is weer een concept.
quote-cannot-submit = Deze offerte kan nog niet ter goedkeuring worden voorgelegd: { $reason }
quote-no-quote = Er is nog geen conceptofferte in dit gesprek. Voeg eerst producten toe, bijvoorbeeld "voeg 10 office chairs toe aan mijn offerte".
quote-already-waiting = Je offerte wacht hierboven al op je goedkeuring.
quote-sent = Offerte { $reference } staat klaar: open hem of download de pdf hieronder. Accepteer hem hier wanneer het je uitkomt.
quote-sent-here = Offerte { $reference } staat klaar. Accepteer hem hier wanneer het je uitkomt.
quote-sent-sign = Offerte { $reference } staat klaar. De winkel vraagt je online te tekenen om hem te accepteren: open hem hieronder in het portaal.
quote-sent-pay = Offerte { $reference } staat klaar. De winkel vraagt een online betaling om hem te accepteren: open hem hieronder in het portaal.
quote-back-ordered = { $product }: { $available } op voorraad van de { $wanted } gevraagd; de rest volgt zodra hij binnen is.
quote-accept-title = Offerte accepteren
quote-please-accept = Offerte { $reference } van { $total } accepteren op naam van { $name }? Daarmee bevestig je je bestelling.
quote-not-accepted = Niet geaccepteerd. Offerte { $reference } blijft open: accepteer hem wanneer het je uitkomt.
quote-accept-refused = Offerte { $reference } kon niet worden geaccepteerd: { $reason }
quote-discount-no-quote = Kortingen bepaalt de winkel. Zet de producten eerst in een offerte (bijvoorbeeld "voeg 10 bureaustoelen toe aan mijn offerte") en vraag het dan opnieuw: je verzoek gaat met de offerte naar de winkel.
quote-discount-noted = Genoteerd op je offerte. Als je hem verstuurt, gaat je verzoek met de offerte naar de verkoper van de winkel, die beslist; tot dan gelden de prijzen van je prijslijst.

## Support tickets (agent/src/approvals/ticket.rs)

ticket-title = Een supportticket openen
ticket-subject = Onderwerp
ticket-order = Bestelling
ticket-please-approve = Ik kan hiervoor een supportticket openen. Keur het hieronder goed en ons team pakt het op.
ticket-opened = Ticket { $reference } staat open; we nemen contact met je op.
ticket-not-opened = Er is geen ticket geopend.

## Changing an order (agent/src/approvals/order_change.rs)

order-change-title = Deze bestelling wijzigen
order-change-cancelled = geannuleerd
order-change-please-approve = Keur hieronder goed om bestelling { $reference } te wijzigen.
order-change-changed = Bestelling { $reference } is gewijzigd.
order-change-unchanged = De bestelling blijft zoals ze was.

## The customer's orders, invoices and account (agent/src/planner/account.rs)

account-reordered = Je offerte bevat nu wat je in { $reference } bestelde: { $lines }.
account-sign-in-first = Meld je eerst aan via **Account** naast je gesprekken: bestellingen worden op de rekening van je bedrijf geplaatst.
account-no-orders = Je hebt nog geen bestellingen.
account-order-not-found = Ik vond geen bestelling { $reference } bij je bestellingen. Controleer het nummer, bijvoorbeeld S00021.
# Where an order stands, by the last step it reached; $reference is the order's reference.
account-quotation = { $reference } is een offerte; die is nog niet bevestigd.
account-confirmed = Bestelling { $reference } is bevestigd en wacht op verzending.
account-picking = Bestelling { $reference } is verzonden en onderweg.
account-delivered = Bestelling { $reference } is geleverd.
account-invoiced = Bestelling { $reference } is geleverd en gefactureerd.
account-no-invoices = Je hebt nog geen facturen.
account-invoices-paid = Hier zijn je facturen; ze zijn allemaal betaald.
account-invoices-open = Hier zijn je facturen: er staat nog { $outstanding } open.
account-invoices-open-net = Hier zijn je facturen en creditnota's: na aftrek van je creditnota's staat er nog { $outstanding } open.
account-invoices-in-credit = Hier zijn je facturen en creditnota's: je creditnota's dekken alles, en je hebt nog { $credit } tegoed.
account-invoices-none-paid = Er is nog geen enkele factuur van je betaald.
account-invoices-none-open = Je hebt geen openstaande facturen: alles is betaald.
account-invoices-none-overdue = Geen van je facturen is over de vervaldatum.
account-invoices-shown-paid = Je betaalde facturen: { $count }.
account-invoices-shown-open = Je openstaande facturen: { $count }.
account-invoices-shown-overdue = Je facturen over de vervaldatum: { $count }.
account-with-limit = Je koopt tegen de prijzen van { $pricelist }; { $used } van je krediet van { $limit } is in gebruik.
account-without-limit = Je koopt tegen de prijzen van { $pricelist }; er staat { $used } op je rekening.

## What the store's rules say when they warn or refuse (agent/src/present)

store-out-of-stock = Er zijn maar { $free } { $uom } { $product } op voorraad, { $asked } gevraagd.
store-out-of-stock-count = Er zijn maar { $free } { $product } op voorraad, { $asked } gevraagd.
store-no-more-in-stock = Er zijn nog maar { $free } { $uom } { $product } extra op voorraad.
store-visit = Showroombezoek met een adviseur
store-margin = De prijs van { $product } valt buiten wat de winkel in de chat toestaat; vraag de winkel ernaar.
store-over-credit-limit = Deze offerte ({ $total }) overschrijdt de kredietlimiet van { $customer } ({ $limit }).
store-over-credit-limit-with-due = Deze offerte ({ $total }) overschrijdt, met { $due } nog open, de kredietlimiet van { $customer } ({ $limit }).
store-change-over-credit-limit = Deze wijziging ({ $added }) zou { $customer } over de kredietlimiet van { $limit } brengen.
store-line-on-its-way = Die regel kan niet meer worden gewijzigd: de bestelling is onderweg.
store-not-a-time = Dat is geen tijdstip. Kies een van de getoonde tijden.
store-slot-taken = Dat tijdstip is niet meer vrij; kies een ander.
store-unknown-approval = Die goedkeuring hoort bij iemand anders, dus er is niets gedaan.
store-not-allowed = De winkel stond dit niet toe.
# Who a quote is for when nobody is signed in.
store-guest = Gast
store-accept-in-portal = De winkel vraagt een online handtekening of betaling: accepteer de offerte in het portaal.
store-quotation-closed = Die offerte is niet meer open (verlopen of geannuleerd).

## Orders (agent/src/present)

# An order's state (Odoo's draft/sent, sale, done, cancel) in words.
order-quotation = Offerte
order-sales-order = Verkooporder
order-locked = Vergrendeld
order-cancelled = Geannuleerd

## Errors the agent tells in words

# The language-model planner, when a question needs more tool steps than one answer may take.
error-too-many-steps = Dat vroeg meer stappen dan ik in één antwoord mag zetten. Kun je het in kleinere delen vragen?
error-too-many-tokens = Dat antwoord werd langer dan ik in één keer mag schrijven. Kun je het in kleinere stukken vragen?
error-too-long = Dat duurde langer dan een antwoord mag duren. Vraag het nog eens, misschien in kleinere stukken.

## The sign-in page (agent/src/routes/signin.rs)

signin-title = Je account
signin-login = Gebruikersnaam
signin-password = Wachtwoord
signin-sign-in = Aanmelden
signin-sign-out = Afmelden
signin-signed-in-as = Je bent aangemeld als
signin-refused = Deze gegevens zijn niet geaccepteerd. Controleer ze en probeer het opnieuw.
signin-too-fast = Te veel pogingen in korte tijd. Wacht even en probeer het opnieuw.
signin-unavailable = De winkel is niet bereikbaar. Probeer het zo meteen opnieuw.
signin-demo = Klanten van de demowinkel (geen wachtwoord nodig):
signin-back = Terug naar het gesprek

## The chat app (src/)

app-name = Showroom
app-language = Taal
app-theme-dark = Donker thema
app-theme-light = Licht thema
app-composer-label = Bericht
app-composer-placeholder = Vraag naar producten, prijzen, voorraad…
app-send = Verstuur
app-stop = Stop
app-stopped = Gestopt.
app-reconnecting = Verbinding verbroken, opnieuw verbinden…
app-conversation = Gesprek
app-you = Jij
app-assistant = Assistent
app-answering = De assistent antwoordt…
app-answered = Het antwoord is klaar.
app-empty-title = Waarmee kan ik je helpen?
app-retry = Opnieuw
app-copy-code = Code kopiëren
app-copy = Kopiëren
app-edit = Bewerken
app-edit-label = Bewerk je bericht
app-save-and-send = Versturen
app-cancel = Annuleren
app-save = Opslaan
app-offline = Je bent offline. Wat je schrijft blijft hier staan tot je weer online bent.
app-unreachable = De assistent is nu niet bereikbaar. We proberen het opnieuw…
app-earlier = Eerdere berichten tonen
app-chats = Gesprekken
app-new-chat = Nieuw gesprek
app-account = Account
app-no-chats = Nog geen gesprekken.
app-chats-unavailable = Gesprekken konden niet worden geladen. Controleer je verbinding.
app-rename = Hernoemen
app-rename-label = Nieuwe naam voor dit gesprek
app-delete = Verwijderen
app-delete-confirm = Dit gesprek verwijderen?
app-copied = Gekopieerd
app-task-done = klaar
app-task-not-done = te doen
app-protocol-errors = Een deel van het antwoord kon niet worden gelezen
# The suggestions on the empty chat (they must be questions the planner understands).
app-suggestions = Suggesties
app-suggest-compare = Vergelijk de bureaustoel en de kantoorlamp
app-suggest-desks = Toon de bureaus
app-suggest-compare-desks = Vergelijk hoekbureau rechts, bureaucombinatie en werkplek

## The app's error messages (src/i18n.rs)

# The app's words for the agent's error codes (src/i18n.rs error_message).
error-network = De verbinding met de assistent is mislukt. Controleer je netwerk en probeer het opnieuw.
error-busy = Wacht tot het antwoord klaar is en probeer het dan opnieuw.
error-quantity = Dat aantal kan niet worden gebruikt.
error-not-here = Dat kan hier niet.
error-server = De assistent kon niet antwoorden. Probeer het opnieuw.
error-store = De winkel is niet bereikbaar. Probeer het zo meteen opnieuw.
error-store-data = De winkel stuurde iets terug dat niet te lezen was, dus het wordt niet getoond. Probeer het later opnieuw of vraag het de winkel.
error-too-fast = Je stuurt sneller berichten dan de assistent kan beantwoorden. Wacht even en probeer het opnieuw.
error-too-long-message = Dat bericht is te lang: hoogstens 4.000 tekens. Maak het korter en stuur het opnieuw.
error-bad-input = Dit bericht kon niet zo worden verstuurd.

## The component catalogue page (src/catalogue_page.rs)

catalogue-title = Componentencatalogus
catalogue-intro = Elk component in elke toestand, uit de voorbeelden in components/samples.
catalogue-last-action = Laatste actie:
catalogue-no-action = nog geen
catalogue-read-only = alleen lezen

# The component catalogue (components/src): one group per component, named after it without
# underscores (ticket_card → ticketcard-), and kit- for the words the components share.

## ticket card (components/src/views/ticket_card.rs)
ticketcard-request = Supportverzoek
ticketcard-reference = Referentie
ticketcard-created = Aangemaakt
ticketcard-order = Bestelling
ticketcard-new = Nieuw
ticketcard-in-progress = In behandeling
ticketcard-waiting = Wacht op jou
ticketcard-solved = Opgelost

## quote card (components/src/views/quote_card.rs)
quotecard-quote = Offerte
quotecard-for = voor
quotecard-product = Product
quotecard-quantity = Aantal
quotecard-unit-price = Stukprijs
quotecard-discount = Korting
quotecard-subtotal = Subtotaal
quotecard-untaxed = Excl. btw
quotecard-taxes = Btw
quotecard-total = Totaal
quotecard-valid-until = Geldig tot
quotecard-quantity-of = Aantal van
quotecard-remove = Verwijderen
quotecard-flagged = Buiten de margeregels: zo niet goed te keuren
quotecard-no-lines = Nog geen regels: vraag om een product toe te voegen.
quotecard-submit = Goedkeuring aanvragen
quotecard-requote = Opnieuw offreren
quotecard-portal = Openen in portaal
quotecard-pdf = Pdf downloaden
quotecard-draft = Concept
quotecard-awaiting = Wacht op goedkeuring
quotecard-confirmed = Bevestigd
quotecard-expired = Verlopen
quotecard-cancelled = Geannuleerd
quotecard-sent = Verstuurd
quotecard-your-reference = Je eigen referentie (inkoopordernummer)
quotecard-accept = Accepteren
quotecard-sign-in-portal = Tekenen en accepteren in het portaal
quotecard-pay-in-portal = Betalen en accepteren in het portaal
quotecard-expected = Verwachte levering
quotecard-discount-requested = Korting gevraagd:
quotecard-discount-pending = in behandeling, de winkel beslist

## account summary (components/src/views/account_summary.rs)
accountsummary-account = Account
accountsummary-pricelist = Prijslijst
accountsummary-credit = Gebruikt krediet
accountsummary-of-limit = van
accountsummary-no-limit = geen kredietlimiet
accountsummary-recent = Recente bestellingen
accountsummary-top = Meest gekocht
accountsummary-reorder = Opnieuw bestellen
accountsummary-none = Nog geen.

## booking widget (components/src/views/booking_widget.rs)
bookingwidget-book = Boeken
bookingwidget-minutes = min
bookingwidget-choose = Kies een tijd (jouw tijdzone):
bookingwidget-no-slots = Deze week geen vrije tijden.
bookingwidget-when = Wanneer
bookingwidget-where = Waar
bookingwidget-reference = Referentie
bookingwidget-add-calendar = Toevoegen aan agenda (.ics)
bookingwidget-choosing = Kies een tijd
bookingwidget-awaiting = Wacht op goedkeuring
bookingwidget-confirmed = Bevestigd
bookingwidget-requested = Aangevraagd
bookingwidget-cancelled = Geannuleerd

## invoice list (components/src/views/invoice_list.rs)
invoicelist-invoices = Facturen
invoicelist-number = Nummer
invoicelist-date = Datum
invoicelist-due = Vervaldatum
invoicelist-amount = Bedrag
invoicelist-state = Betaling
invoicelist-links = Documenten
invoicelist-outstanding = Openstaand
invoicelist-none = Geen facturen.
invoicelist-not-paid = Niet betaald
invoicelist-partial = Deels betaald
invoicelist-in-payment = In betaling
invoicelist-paid = Betaald
invoicelist-reversed = Gecrediteerd
invoicelist-overdue = Te laat
invoicelist-pdf = PDF
invoicelist-portal = Portaal
invoicelist-invoices-and-credit-notes = Facturen en creditnota's
invoicelist-outstanding-net = Openstaand na creditnota's
invoicelist-credit-note = Creditnota
invoicelist-credit-open = Te verrekenen
invoicelist-credit-partial = Deels verrekend
invoicelist-credit-used = Verrekend

## product card (components/src/views/product_card.rs)
productcard-product = Product
productcard-list-price = Catalogusprijs
productcard-per = per
productcard-variants = Varianten
productcard-add = Aan offerte toevoegen

## product grid (components/src/views/product_grid.rs)
productgrid-products = Producten
productgrid-found-for = Gevonden voor
productgrid-none-found = Geen producten gevonden.
productgrid-showing = Getoond:
productgrid-of = van

## product comparator (components/src/views/product_comparator.rs)
productcomparator-caption = Productvergelijking
productcomparator-product = Product
productcomparator-price = Prijs
productcomparator-list-price = Catalogusprijs
productcomparator-stock = Voorraad
productcomparator-best = Laagste prijs
productcomparator-per = per
productcomparator-add = Aan offerte toevoegen
productcomparator-remove = Verwijderen

## order status (components/src/views/order_status.rs)
orderstatus-order = Bestelling
orderstatus-quotation = Offerte
orderstatus-confirmed = Bevestigd
orderstatus-picking = Wordt verzameld
orderstatus-delivered = Geleverd
orderstatus-invoiced = Gefactureerd
orderstatus-not-yet = nog niet
orderstatus-tracking = Track & trace
orderstatus-product = Product
orderstatus-ordered = Besteld
orderstatus-delivered-qty = Geleverd
orderstatus-subtotal = Subtotaal
orderstatus-total = Totaal
orderstatus-quantity-of = Aantal van
orderstatus-cancel-line = Regel annuleren

## approval card (components/src/views/approval_card.rs)
approvalcard-approve = Goedkeuren
approvalcard-reject = Afwijzen
approvalcard-amount = Bedrag
approvalcard-pending = Wacht op jouw goedkeuring
approvalcard-approved = Goedgekeurd
approvalcard-rejected = Afgewezen
approvalcard-failed = Mislukt
approvalcard-expired = Verlopen

## kit (components/src/kit.rs)
kit-as-of = Stand van
kit-stale = Prijzen en voorraad kunnen gewijzigd zijn sinds
kit-refresh = Vernieuwen
kit-loading = Laden…
kit-in-stock = Op voorraad
kit-low = Beperkte voorraad
kit-out = Niet op voorraad
kit-excl-tax = excl. btw
kit-incl-tax = incl. btw

## fallback (components/src/fallback.rs)
fallback-title = Dit deel van het antwoord kan niet worden getoond
fallback-hint = De rest van het gesprek blijft gewoon werken. Details:

## activity (components/src/activity.rs)
activity-other-activity = Activiteit
