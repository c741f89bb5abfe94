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

## Booking a showroom visit (agent/src/approvals/booking.rs)

booking-choose = Here are the free times for a visit. Pick the one that suits you.
booking-none-free = There are no free times that week; try another date.
booking-title = Book this visit
booking-please-approve = { $when }: approve below to book it.
booking-booked = Your visit is booked ({ $reference }): { $when }. See you then!
booking-requested = We hold { $when } for you ({ $reference }); an advisor will confirm your visit.
booking-not-booked = Not booked. Pick another time whenever you like.
# A visit's start time: "Monday 30 November, 09:00 UTC".
booking-when = { $weekday } { $day } { $month }, { $time } UTC
booking-monday = Monday
booking-tuesday = Tuesday
booking-wednesday = Wednesday
booking-thursday = Thursday
booking-friday = Friday
booking-saturday = Saturday
booking-sunday = Sunday
booking-january = January
booking-february = February
booking-march = March
booking-april = April
booking-may = May
booking-june = June
booking-july = July
booking-august = August
booking-september = September
booking-october = October
booking-november = November
booking-december = December

## Quotes and their approval (agent/src/approvals/quote.rs)

quote-title = Confirm this quote as an order
quote-please-approve = Your quote comes to { $total }. Approve it below to place the order, or reject it to keep working on it.
quote-placed = Order { $reference } is confirmed. Thank you!
quote-not-placed = Not ordered. Your quote is a draft again: change it and ask for approval when it suits you.
quote-refused = The order could not be placed: { $reason } Your quote is a draft again.
quote-cannot-submit = This quote cannot be put up for approval yet: { $reason }
quote-no-quote = There is no draft quote in this conversation yet. Add products first, for example "add 10 office chairs to my quote".
quote-already-waiting = Your quote is already waiting for your approval above.

## Support tickets (agent/src/approvals/ticket.rs)

ticket-title = Open a support ticket
ticket-subject = Subject
ticket-order = Order
ticket-please-approve = I can open a support ticket for this. Approve it below and our team will take it up.
ticket-opened = Ticket { $reference } is open; we will get back to you.
ticket-not-opened = No ticket was opened.

## Changing an order (agent/src/approvals/order_change.rs)

order-change-title = Change this order
order-change-cancelled = cancelled
order-change-please-approve = Approve below to change order { $reference }.
order-change-changed = Order { $reference } is changed.
order-change-unchanged = The order stays as it was.
