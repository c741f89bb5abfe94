//! The live actions a component's controls ask for: one list, shared by the components that
//! offer them (`data-action`), the app that sends them and the agent that takes them, so renaming
//! or dropping one fails to compile everywhere it is used.

/// An action a control in a component asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Adds a product (`productId`, `quantity`) to the thread's draft quote.
    QuoteAdd,
    /// Sets a draft quote line (`lineId`) to the quantity typed (`value`).
    QuoteSetQuantity,
    /// Removes a draft quote line (`lineId`).
    QuoteRemoveLine,
    /// Asks for approval to have the draft quote sent as a quotation.
    QuoteSubmit,
    /// Sets the buyer's own reference (`value`) on the draft quote.
    QuoteSetReference,
    /// Asks for approval to accept a sent quotation, which confirms it as an order.
    QuoteAccept,
    /// Prices an expired quote again.
    QuoteRequote,
    /// Takes a product (`productId`) out of a comparison.
    ComparatorRemove,
    /// Reads a component's data again (a stale comparison or quote).
    Refresh,
    /// Chooses a free time (`start`) in the booking widget.
    BookingChoose,
    /// Changes a line (`lineId`) of a confirmed order to the quantity typed (`value`).
    OrderSetQuantity,
    /// Cancels a line (`lineId`) of a confirmed order.
    OrderCancelLine,
    /// Approves what an approval card asks (`interruptId`).
    ApprovalApprove,
    /// Rejects what an approval card asks (`interruptId`).
    ApprovalReject,
}

impl Action {
    pub const ALL: [Action; 14] = [
        Action::QuoteAdd,
        Action::QuoteSetQuantity,
        Action::QuoteRemoveLine,
        Action::QuoteSubmit,
        Action::QuoteSetReference,
        Action::QuoteAccept,
        Action::QuoteRequote,
        Action::ComparatorRemove,
        Action::Refresh,
        Action::BookingChoose,
        Action::OrderSetQuantity,
        Action::OrderCancelLine,
        Action::ApprovalApprove,
        Action::ApprovalReject,
    ];

    /// The name on the wire: `data-action`, `/api/actions/<name>`,
    /// `forwardedProps.showroom.action.name`.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::QuoteAdd => "quote.add",
            Action::QuoteSetQuantity => "quote.set_quantity",
            Action::QuoteRemoveLine => "quote.remove_line",
            Action::QuoteSubmit => "quote.submit",
            Action::QuoteSetReference => "quote.set_reference",
            Action::QuoteAccept => "quote.accept",
            Action::QuoteRequote => "quote.requote",
            Action::ComparatorRemove => "comparator.remove",
            Action::Refresh => "refresh",
            Action::BookingChoose => "booking.choose",
            Action::OrderSetQuantity => "order.set_quantity",
            Action::OrderCancelLine => "order.cancel_line",
            Action::ApprovalApprove => "approval.approve",
            Action::ApprovalReject => "approval.reject",
        }
    }

    /// The action a wire name names, if any.
    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == name)
    }

    /// How the app carries it to the agent.
    pub fn route(self) -> Route {
        match self {
            Action::QuoteSubmit
            | Action::QuoteAccept
            | Action::BookingChoose
            | Action::OrderSetQuantity
            | Action::OrderCancelLine => Route::Run,
            Action::ApprovalApprove | Action::ApprovalReject => Route::Resume,
            Action::QuoteAdd
            | Action::QuoteSetQuantity
            | Action::QuoteRemoveLine
            | Action::QuoteSetReference
            | Action::QuoteRequote
            | Action::ComparatorRemove
            | Action::Refresh => Route::Live,
        }
    }
}

/// How an action reaches the agent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `POST /api/actions/<name>`: answered at once with the component's new content.
    Live,
    /// A run carrying it (`forwardedProps.showroom.action`): it leads to an approval.
    Run,
    /// The next run's `resume` answer to the interrupt the approval card shows.
    Resume,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_name() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        assert_eq!(Action::parse("quote.delete_everything"), None);
        assert_eq!(Action::parse(""), None);
    }

    #[test]
    fn what_leads_to_an_approval_goes_through_a_run() {
        let runs: Vec<&str> = Action::ALL
            .into_iter()
            .filter(|a| a.route() == Route::Run)
            .map(Action::as_str)
            .collect();
        assert_eq!(
            runs,
            [
                "quote.submit",
                "quote.accept",
                "booking.choose",
                "order.set_quantity",
                "order.cancel_line"
            ]
        );
    }
}
