# English: the source catalogue. Every message is here first; nl.ftl and de.ftl follow it.
# Ids are <group>-<message>; { $name } is a variable; {" "} keeps a leading space.

## The built-in planner's answers (agent/src/planner)

planner-and = and
planner-comparing = Here is how the { $names } compare, side by side with price and stock.
planner-cheapest = The { $name } is the least expensive at { $price }.
planner-out-of-stock = {" "}The { $name } is out of stock right now.
planner-without-tax = {" "}Prices are without tax.
planner-with-tax = {" "}Prices include tax.
planner-name-two = Which products would you like to compare? Name two or more, for example "compare the office chair and the office lamp".
planner-found-only = I found only the { $found }. Which other product should I compare it with?
planner-added = Added { $quantity } × { $name } to your quote.
planner-name-a-product = Which product should go into your quote, and how many? For example "add 10 office chairs to my quote".
planner-found = Here is what I found:
planner-help = I can look up products, prices and stock, compare products side by side, build a quote and put it up for your approval, and (once you are signed in) tell you where your orders are, show your invoices and your account. Try "compare the office chair and the office lamp", "add 10 office chairs to my quote" or "where is my order?".
