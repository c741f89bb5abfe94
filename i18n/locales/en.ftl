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
planner-added = Added { $lines } to your quote.
planner-name-a-product = Which product should go into your quote, and how many? For example "add 10 office chairs to my quote".
planner-found = Here is what I found:
planner-help = I can look up products, prices and stock, compare products side by side, build a quote and put it up for your approval, and (once you are signed in) tell you where your orders are, show your invoices and your account. Try "compare the office chair and the office lamp", "add 10 office chairs to my quote" or "where is my order?".
planner-which-line = Which line of your quote should change, and to how many? For example "change the office chairs to 5" or "remove the office lamp".
planner-not-in-quote = The { $name } is not in your quote.
planner-removed = Removed the { $name } from your quote.
planner-changed = Your quote now has { $quantity } × { $name }.
planner-attributes = The { $name }: { $listed }.
planner-greeting = Hello! Ask me what a product costs or whether it is in stock, for products of a kind ("desks under €300"), to compare two products, or to put a quote together.
planner-price = The { $name } costs { $price } per { $uom }.
planner-price-with-list = The { $name } costs you { $price } per { $uom } (list price { $list }).
planner-in-stock = The { $name } is in stock: { $available } { $uom } available now.
planner-low-stock = Only { $available } { $uom } of the { $name } are left.
planner-no-stock = The { $name } is out of stock right now.
planner-attribute = { $attribute } of the { $name }: { $value }.
planner-attribute-unknown = The shop does not list that for the { $name }. It lists: { $listed }.
planner-which-one = Which one do you mean: the { $first } or the { $second }?
planner-which-product = Which product do you mean? For example "how much is the office chair?".
planner-none-match = Nothing matches all of that. Here is what there is of that kind:
planner-most-expensive = The { $name } is the most expensive at { $price }.
planner-lightest = The { $name } is the lightest at { $weight }.
planner-heaviest = The { $name } is the heaviest at { $weight }.

## Booking a showroom visit (agent/src/approvals/booking.rs)

booking-choose = Here are the free times for a visit. Pick the one that suits you.
booking-none-free = There are no free times that week; try another date.
booking-title = Book this visit
booking-please-approve = { $when }: approve below to book it.
booking-booked = Your visit is booked ({ $reference }): { $when }. See you then!
booking-requested = We hold { $when } for you ({ $reference }); an advisor will confirm your visit.
booking-not-booked = Not booked. Pick another time whenever you like.
# A visit's start time in the shop's time zone: "Monday 30 November, 10:00 (Europe/Brussels)".
booking-when = { $weekday } { $day } { $month }, { $time } ({ $zone })
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

quote-title = Send me this quotation
quote-please-approve = Your quote comes to { $total }. Approve it below and the shop sends it to you as a quotation, which you then accept to order. Reject it to keep working on it.
quote-placed = Order { $reference } is confirmed. Thank you!
quote-not-placed = Nothing was sent. Your quote is a draft again: change it and ask for approval when it suits you.
quote-refused = The quotation could not be made: { $reason } Your quote is a draft again.
quote-cannot-submit = This quote cannot be put up for approval yet: { $reason }
quote-no-quote = There is no draft quote in this conversation yet. Add products first, for example "add 10 office chairs to my quote".
quote-already-waiting = Your quote is already waiting for your approval above.
quote-sent = Quotation { $reference } is ready: open it or download the PDF below. Accept it here when it suits you.
quote-sent-here = Quotation { $reference } is ready. Accept it here when it suits you.
quote-sent-sign = Quotation { $reference } is ready. The shop asks for your signature online to accept it: open it in the portal below.
quote-sent-pay = Quotation { $reference } is ready. The shop asks for an online payment to accept it: open it in the portal below.
quote-back-ordered = { $product }: { $available } in stock of the { $wanted } asked for; the rest follows when it comes in.
quote-accept-title = Accept quotation
quote-please-accept = Accept quotation { $reference } for { $total } in the name of { $name }? This confirms your order.
quote-not-accepted = Not accepted. Quotation { $reference } stays open: accept it when it suits you.
quote-accept-refused = Quotation { $reference } could not be accepted: { $reason }
quote-discount-no-quote = Discounts are the shop's to decide. Put the products in a quote first (for example "add 10 office chairs to my quote"), then ask again: your request goes to the shop with the quotation.
quote-discount-noted = Noted on your quote. When you send it, your request goes to the shop's salesperson with the quotation, and they decide; the prices shown are your pricelist's until then.

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

## The customer's orders, invoices and account (agent/src/planner/account.rs)

account-reordered = Your quote now has what you ordered in { $reference }: { $lines }.
account-sign-in-first = Please sign in first, under **Account** beside your chats: orders are placed for your company's account.
account-no-orders = You have no orders yet.
account-order-not-found = I could not find an order { $reference } among your orders. Check the reference, for example S00021.
# Where an order stands, by the last step it reached; $reference is the order's reference.
account-quotation = { $reference } is a quotation; it is not confirmed yet.
account-confirmed = Order { $reference } is confirmed and waiting to be shipped.
account-picking = Order { $reference } has been shipped and is on its way.
account-delivered = Order { $reference } has been delivered.
account-invoiced = Order { $reference } has been delivered and invoiced.
account-no-invoices = You have no invoices yet.
account-invoices-paid = Here are your invoices; all of them are paid.
account-invoices-open = Here are your invoices: { $outstanding } is still to be paid.
account-invoices-open-net = Here are your invoices and credit notes: after your credit notes, { $outstanding } is still to be paid.
account-invoices-in-credit = Here are your invoices and credit notes: your credit notes more than cover them, and { $credit } is in your favour.
account-invoices-none-paid = None of your invoices is paid yet.
account-invoices-none-open = You have no open invoices: everything is paid.
account-invoices-none-overdue = None of your invoices is overdue.
account-invoices-shown-paid = Your paid invoices: { $count }.
account-invoices-shown-open = Your open invoices: { $count }.
account-invoices-shown-overdue = Your overdue invoices, past their due date: { $count }.
account-with-limit = You buy at the { $pricelist } prices; { $used } of your { $limit } credit is in use.
account-without-limit = You buy at the { $pricelist } prices; { $used } is committed on your account.

## What the store's rules say when they warn or refuse (agent/src/present)

store-out-of-stock = Only { $free } { $uom } of { $product } are in stock, { $asked } were asked for.
store-out-of-stock-count = Only { $free } of { $product } are in stock, { $asked } were asked for.
store-no-more-in-stock = Only { $free } more { $uom } of { $product } are in stock.
store-visit = Showroom visit with an advisor
store-margin = The price of { $product } is outside what the shop allows in chat; please ask the shop about it.
store-over-credit-limit = This quote ({ $total }) is over { $customer }'s credit limit of { $limit }.
store-over-credit-limit-with-due = This quote ({ $total }) with { $due } still due is over { $customer }'s credit limit of { $limit }.
store-change-over-credit-limit = This change ({ $added }) would take { $customer } over the credit limit of { $limit }.
store-line-on-its-way = That line can no longer be changed: the order is on its way.
store-not-a-time = That is not a time. Please choose one of the times shown.
store-slot-taken = That time is no longer free; please choose another.
store-unknown-approval = That approval belongs to someone else, so nothing was done.
store-not-allowed = The shop did not allow this.
# Who a quote is for when nobody is signed in.
store-guest = Guest
store-accept-in-portal = The shop asks for an online signature or payment: please accept it in the portal.
store-quotation-closed = That quotation is no longer open (it expired or was cancelled).

## Orders (agent/src/present)

# An order's state (Odoo's draft/sent, sale, done, cancel) in words.
order-quotation = Quotation
order-sales-order = Sales order
order-locked = Locked
order-cancelled = Cancelled

## Errors the agent tells in words

# The language-model planner, when a question needs more tool steps than one answer may take.
error-too-many-steps = That took more steps than I may take in one answer. Could you ask it in smaller parts?
error-too-many-tokens = That answer grew longer than I may write in one go. Could you ask it in smaller parts?
error-too-long = That took longer than an answer may take. Please ask again, perhaps in smaller parts.

## The sign-in page (agent/src/routes/signin.rs)

signin-title = Your account
signin-login = Login
signin-password = Password
signin-sign-in = Sign in
signin-sign-out = Sign out
signin-signed-in-as = You are signed in as
signin-refused = Those credentials were not accepted. Check them and try again.
signin-too-fast = Too many attempts in a short time. Wait a moment and try again.
signin-unavailable = The shop could not be reached. Please try again in a moment.
signin-demo = Demo store customers (no password needed):
signin-back = Back to the chat

## The chat app (src/)

app-name = Showroom
app-language = Language
app-theme-dark = Dark theme
app-theme-light = Light theme
app-composer-label = Message
app-composer-placeholder = Ask about products, prices, stock…
app-send = Send
app-stop = Stop
app-stopped = Stopped.
app-reconnecting = Connection lost, reconnecting…
app-conversation = Conversation
app-you = You
app-assistant = Assistant
app-answering = The assistant is answering…
app-answered = The answer is complete.
app-empty-title = What can I help you find?
app-retry = Retry
app-copy-code = Copy code
app-copy = Copy
app-edit = Edit
app-edit-label = Edit your message
app-save-and-send = Send
app-cancel = Cancel
app-save = Save
app-offline = You are offline. What you write stays here until you are back online.
app-unreachable = The assistant cannot be reached right now. Trying again…
app-earlier = Show earlier messages
app-chats = Chats
app-new-chat = New chat
app-account = Account
app-no-chats = No chats yet.
app-chats-unavailable = Chats could not be loaded. Check your connection.
app-rename = Rename
app-rename-label = New name for this chat
app-delete = Delete
app-delete-confirm = Delete this chat?
app-copied = Copied
app-task-done = done
app-task-not-done = to do
app-protocol-errors = Some of the answer could not be read
# The suggestions on the empty chat (they must be questions the planner understands).
app-suggestions = Suggestions
app-suggest-compare = Compare the office chair and the office lamp
app-suggest-desks = Show me desks
app-suggest-compare-desks = Compare the large desk, the corner desk and the desk combination

## The app's error messages (src/i18n.rs)

# The app's words for the agent's error codes (src/i18n.rs error_message).
error-network = The connection to the assistant failed. Check your network and try again.
error-busy = Wait for the answer to finish, then try again.
error-quantity = That quantity cannot be used.
error-not-here = That cannot be done here.
error-server = The assistant could not answer. Please try again.
error-store = The shop could not be reached. Please try again in a moment.
error-store-data = The shop sent back something that could not be read, so it is not shown. Please try again later or ask the shop.
error-too-fast = You are sending messages faster than the assistant can answer. Please wait a moment and try again.
error-too-long-message = That message is too long: at most 4,000 characters. Please shorten it and send it again.
error-bad-input = That message could not be sent as it is.

## The component catalogue page (src/catalogue_page.rs)

catalogue-title = Component catalogue
catalogue-intro = Every component in every state, from the samples in components/samples.
catalogue-last-action = Last action:
catalogue-no-action = none yet
catalogue-read-only = read-only

# The component catalogue (components/src): one group per component, named after it without
# underscores (ticket_card → ticketcard-), and kit- for the words the components share.

## ticket card (components/src/views/ticket_card.rs)
ticketcard-request = Support request
ticketcard-reference = Reference
ticketcard-created = Created
ticketcard-order = Order
ticketcard-new = New
ticketcard-in-progress = In progress
ticketcard-waiting = Waiting for you
ticketcard-solved = Solved

## quote card (components/src/views/quote_card.rs)
quotecard-quote = Quotation
quotecard-for = for
quotecard-product = Product
quotecard-quantity = Quantity
quotecard-unit-price = Unit price
quotecard-discount = Discount
quotecard-subtotal = Subtotal
quotecard-untaxed = Untaxed
quotecard-taxes = Taxes
quotecard-total = Total
quotecard-valid-until = Valid until
quotecard-quantity-of = Quantity of
quotecard-remove = Remove
quotecard-flagged = Outside the margin rules: cannot be approved like this
quotecard-no-lines = No lines yet: ask to add a product.
quotecard-submit = Request approval
quotecard-requote = Quote again
quotecard-portal = Open in portal
quotecard-pdf = Download PDF
quotecard-draft = Draft
quotecard-awaiting = Awaiting approval
quotecard-confirmed = Confirmed
quotecard-expired = Expired
quotecard-cancelled = Cancelled
quotecard-sent = Sent
quotecard-your-reference = Your reference (PO number)
quotecard-accept = Accept
quotecard-sign-in-portal = Sign and accept in the portal
quotecard-pay-in-portal = Pay and accept in the portal
quotecard-expected = Expected delivery
quotecard-discount-requested = Discount requested:
quotecard-discount-pending = pending, the shop decides

## account summary (components/src/views/account_summary.rs)
accountsummary-account = Account
accountsummary-pricelist = Pricelist
accountsummary-credit = Credit used
accountsummary-of-limit = of
accountsummary-no-limit = no credit limit
accountsummary-recent = Recent orders
accountsummary-top = Bought most
accountsummary-reorder = Reorder
accountsummary-none = None yet.

## booking widget (components/src/views/booking_widget.rs)
bookingwidget-book = Book
bookingwidget-minutes = min
bookingwidget-choose = Choose a time (your time zone):
bookingwidget-no-slots = No free times this week.
bookingwidget-when = When
bookingwidget-where = Where
bookingwidget-reference = Reference
bookingwidget-add-calendar = Add to calendar (.ics)
bookingwidget-choosing = Choose a time
bookingwidget-awaiting = Awaiting approval
bookingwidget-confirmed = Confirmed
bookingwidget-requested = Requested
bookingwidget-cancelled = Cancelled

## invoice list (components/src/views/invoice_list.rs)
invoicelist-invoices = Invoices
invoicelist-number = Number
invoicelist-date = Date
invoicelist-due = Due
invoicelist-amount = Amount
invoicelist-state = Payment
invoicelist-links = Documents
invoicelist-outstanding = Outstanding
invoicelist-none = No invoices.
invoicelist-not-paid = Not paid
invoicelist-partial = Partly paid
invoicelist-in-payment = In payment
invoicelist-paid = Paid
invoicelist-reversed = Reversed
invoicelist-overdue = Overdue
invoicelist-pdf = PDF
invoicelist-portal = Portal
invoicelist-invoices-and-credit-notes = Invoices and credit notes
invoicelist-outstanding-net = Outstanding after credit notes
invoicelist-credit-note = Credit note
invoicelist-credit-open = Credit to use
invoicelist-credit-partial = Partly used
invoicelist-credit-used = Used

## product card (components/src/views/product_card.rs)
productcard-product = Product
productcard-list-price = List price
productcard-per = per
productcard-variants = Variants
productcard-add = Add to quote

## product grid (components/src/views/product_grid.rs)
productgrid-products = Products
productgrid-found-for = Found for
productgrid-none-found = No products found.
productgrid-showing = Showing
productgrid-of = of

## product comparator (components/src/views/product_comparator.rs)
productcomparator-caption = Product comparison
productcomparator-product = Product
productcomparator-price = Price
productcomparator-list-price = List price
productcomparator-stock = Stock
productcomparator-best = Lowest price
productcomparator-per = per
productcomparator-add = Add to quote
productcomparator-remove = Remove

## order status (components/src/views/order_status.rs)
orderstatus-order = Order
orderstatus-quotation = Quotation
orderstatus-confirmed = Confirmed
orderstatus-picking = Being picked
orderstatus-delivered = Delivered
orderstatus-invoiced = Invoiced
orderstatus-not-yet = not yet
orderstatus-tracking = Tracking
orderstatus-product = Product
orderstatus-ordered = Ordered
orderstatus-delivered-qty = Delivered
orderstatus-subtotal = Subtotal
orderstatus-total = Total
orderstatus-quantity-of = Quantity of
orderstatus-cancel-line = Cancel line

## approval card (components/src/views/approval_card.rs)
approvalcard-approve = Approve
approvalcard-reject = Reject
approvalcard-amount = Amount
approvalcard-pending = Needs your approval
approvalcard-approved = Approved
approvalcard-rejected = Rejected
approvalcard-failed = Failed
approvalcard-expired = Expired

## kit (components/src/kit.rs)
kit-as-of = As of
kit-stale = Prices and stock may have changed since
kit-refresh = Refresh
kit-loading = Loading…
kit-in-stock = In stock
kit-low = Low stock
kit-out = Out of stock
kit-excl-tax = excl. tax
kit-incl-tax = incl. tax

## fallback (components/src/fallback.rs)
fallback-title = This part of the answer cannot be shown
fallback-hint = The rest of the conversation is not affected. Details:

## activity (components/src/activity.rs)
activity-other-activity = Activity
