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
planner-added = { $quantity } × { $name } toegevoegd aan je offerte.
planner-name-a-product = Welk product moet in je offerte, en hoeveel? Bijvoorbeeld "voeg 10 bureaustoelen toe aan mijn offerte".
planner-found = Dit heb ik gevonden:
planner-help = Ik kan producten, prijzen en voorraad opzoeken, producten naast elkaar vergelijken, een offerte maken en ter goedkeuring voorleggen, en (als je bent aangemeld) zeggen waar je bestellingen zijn en je facturen en account tonen. Probeer "vergelijk de bureaustoel en de kantoorlamp", "voeg 10 bureaustoelen toe aan mijn offerte" of "waar is mijn bestelling?".
