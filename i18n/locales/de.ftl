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
