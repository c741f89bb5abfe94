use super::*;
use showroom_protocol::reducer::apply;

fn card(id: &str, state: ApprovalState) -> Event {
    let card = ApprovalCard {
        interrupt_id: id.to_owned(),
        title: "Confirm".into(),
        changes: vec![ChangeLine {
            label: "1 × Chair".into(),
            before: None,
            after: "€1.00".into(),
        }],
        amount: None,
        state,
        outcome: None,
    };
    ActivitySnapshot {
        message_id: format!("ui-{id}"),
        activity_type: ApprovalCard::ACTIVITY_TYPE.to_owned(),
        content: Envelope::complete("2026-11-27T10:00:00Z", card).to_value(),
        ..Default::default()
    }
    .into()
}

use showroom_protocol::Event;

fn thread() -> Thread {
    let mut thread = Thread::default();
    apply(&mut thread, &card("a", ApprovalState::Approved));
    apply(&mut thread, &card("b", ApprovalState::Pending));
    thread
}

fn resume(id: &str, status: ResumeStatus) -> Resume {
    Resume {
        interrupt_id: id.to_owned(),
        status,
        payload: None,
    }
}

#[test]
fn only_a_pending_approval_can_be_answered() {
    let thread = thread();
    assert_eq!(
        pending(&thread).map(|(id, _)| id).collect::<Vec<_>>(),
        ["ui-b"]
    );
    let answered = answers(&thread, &[resume("b", ResumeStatus::Resolved)], false).unwrap();
    assert_eq!(answered, [resume("b", ResumeStatus::Resolved)]);
    // Decided already, or never asked: 409.
    for id in ["a", "zzz"] {
        assert!(matches!(
            answers(&thread, &[resume(id, ResumeStatus::Resolved)], false),
            Err(NotPending)
        ));
    }
    // The same answer twice counts once.
    let twice = [
        resume("b", ResumeStatus::Resolved),
        resume("b", ResumeStatus::Resolved),
    ];
    assert_eq!(answers(&thread, &twice, false).unwrap().len(), 1);
}

#[test]
fn a_new_message_cancels_what_it_does_not_answer() {
    let thread = thread();
    assert_eq!(
        answers(&thread, &[], true).unwrap(),
        [resume("b", ResumeStatus::Cancelled)]
    );
    assert!(answers(&thread, &[], false).unwrap().is_empty());
    assert_eq!(
        answers(&thread, &[resume("b", ResumeStatus::Resolved)], true).unwrap(),
        [resume("b", ResumeStatus::Resolved)]
    );
}
