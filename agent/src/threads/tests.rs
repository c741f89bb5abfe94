//! The thread log: numbering, ownership, titles, rewinds, followers.

mod numbering {
    use super::super::*;

    pub fn tokio_test_block<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }
    use showroom_protocol::events::TextMessageEnd;

    #[test]
    fn sequence_numbers_are_per_thread_and_gapless() {
        let log = ThreadLog::default();
        let end = |id: &str| -> Event {
            TextMessageEnd {
                message_id: id.into(),
                ..Default::default()
            }
            .into()
        };
        assert_eq!(log.append("a", end("1")).seq(), 1);
        assert_eq!(log.append("b", end("1")).seq(), 1);
        assert_eq!(log.append("a", end("2")).seq(), 2);
        assert_eq!(tokio_test_block(log.events_after("a", 1)).len(), 1);
        assert!(log.state("a").is_some());
        assert!(log.state("c").is_none());
    }
}

mod life_cycle {
    use super::super::*;

    fn session(name: &str) -> SessionId {
        SessionId::new(name)
    }

    #[test]
    fn a_thread_is_listed_by_its_first_message_renamed_and_deleted() {
        let log = ThreadLog::default();
        let (me, other) = (session("me"), session("other"));
        assert!(log.claim("t1", &me));
        assert!(log.claim("t2", &me));
        assert!(log.list(&me).is_empty(), "no message yet: not listed");
        log.add_user_message("t1", "u1", &"chairs ".repeat(20));
        log.add_user_message("t2", "u2", "desks");
        let list = log.list(&me);
        assert_eq!(list.len(), 2);
        let t1 = list.iter().find(|t| t.id == "t1").unwrap();
        assert_eq!(t1.title.chars().count(), TITLE_CHARS + 1, "{}", t1.title);
        assert!(t1.title.ends_with('…'));
        assert!(log.list(&other).is_empty());

        assert!(log.rename("t1", &other, "mine now").is_none());
        assert_eq!(
            log.rename("t1", &me, "  Office chairs ").unwrap().title,
            "Office chairs"
        );
        assert!(!log.delete("t2", &other));
        assert!(log.delete("t2", &me));
        assert_eq!(log.list(&me).len(), 1);
        assert!(log.state("t2").is_none());
    }

    #[test]
    fn a_run_on_a_deleted_thread_does_not_bring_it_back() {
        let log = ThreadLog::default();
        let me = session("me");
        assert!(log.claim("t", &me));
        log.add_user_message("t", "u1", "chairs");
        let running = log.open("t");
        assert!(log.delete("t", &me));
        let text = TextMessageStart {
            message_id: "a1".into(),
            role: Some("assistant".into()),
            ..Default::default()
        };
        log.append_to(&running, text.into());
        assert!(log.state("t").is_none());
        assert!(log.list(&me).is_empty());
        assert!(log.claim("t", &session("other")), "the id is free again");
    }

    #[test]
    fn rewinding_keeps_what_came_before_for_every_follower() {
        let log = ThreadLog::default();
        log.add_user_message("t", "u1", "first");
        log.append(
            "t",
            TextMessageStart {
                message_id: "a1".into(),
                ..Default::default()
            }
            .into(),
        );
        log.append(
            "t",
            TextMessageEnd {
                message_id: "a1".into(),
                ..Default::default()
            }
            .into(),
        );
        log.add_user_message("t", "u2", "second");
        let (_, mut follower) = super::numbering::tokio_test_block(log.follow("t", 0));
        let seq = log.rewind("t", "u2").unwrap();
        let ids: Vec<String> = log
            .state("t")
            .unwrap()
            .messages
            .iter()
            .map(|m| m.id.clone())
            .collect();
        assert_eq!(ids, ["u1", "a1"]);
        let seen = follower.try_recv().unwrap();
        assert_eq!(seen.seq(), seq);
        assert!(matches!(
            Event::from_json(seen.json()),
            Ok(Event::MessagesSnapshot(_))
        ));
        assert!(log.rewind("t", "nope").is_none());
        assert!(log.rewind("missing", "u1").is_none());
    }
}
