//! An event as it is sent: its sequence number in its thread and its JSON text, held as the
//! server-sent-events frame itself (`id: N\ndata: JSON\n\n`). Written once, then shared by
//! the log, every stream that sends it and the store: one allocation per event, no copies.

use axum::body::Bytes;
use showroom_protocol::Event;

#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    seq: u64,
    /// `id: {seq}\ndata: {json}\n\n`; serialised JSON never holds a raw newline, so `data:` is
    /// one line.
    bytes: Bytes,
}

const DATA: &[u8] = b"\ndata: ";
const END: &[u8] = b"\n\n";

impl Frame {
    /// The frame of `event`, numbered `seq`: serialised straight into it.
    pub fn of(seq: u64, event: &Event) -> Frame {
        let mut bytes = head(seq, 160);
        // An Event holds only strings, numbers and JSON values: serialising cannot fail.
        let _ = serde_json::to_writer(&mut bytes, event);
        Frame::finish(seq, bytes)
    }

    /// The frame of an event already in JSON (read back from the store).
    pub fn new(seq: u64, json: &str) -> Frame {
        let mut bytes = head(seq, json.len());
        bytes.extend_from_slice(json.as_bytes());
        Frame::finish(seq, bytes)
    }

    fn finish(seq: u64, mut bytes: Vec<u8>) -> Frame {
        bytes.extend_from_slice(END);
        Frame {
            seq,
            bytes: Bytes::from(bytes),
        }
    }

    /// The event's number in its thread.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// The event's JSON text.
    pub fn json(&self) -> &str {
        let start = self
            .bytes
            .windows(DATA.len())
            .position(|w| w == DATA)
            .map_or(0, |at| at + DATA.len());
        let end = self.bytes.len() - END.len();
        // Made from a `str` and serde_json's output, both UTF-8.
        std::str::from_utf8(&self.bytes[start..end]).unwrap_or_default()
    }

    /// The frame as sent on the wire (shared, not copied).
    pub fn bytes(&self) -> Bytes {
        self.bytes.clone()
    }
}

/// `id: {seq}\ndata: `, with room for `json` bytes after it.
fn head(seq: u64, json: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(json + 32);
    bytes.extend_from_slice(b"id: ");
    // serde_json writes the number with its integer writer (`write!` would go through the
    // formatting machinery, once per event); writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut bytes, &seq);
    bytes.extend_from_slice(DATA);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use showroom_protocol::events::RunStarted;

    #[test]
    fn a_frame_is_numbered_json_on_one_line() {
        let frame = Frame::new(7, r#"{"type":"RUN_STARTED"}"#);
        assert_eq!(
            &frame.bytes()[..],
            b"id: 7\ndata: {\"type\":\"RUN_STARTED\"}\n\n"
        );
        assert_eq!(frame.json(), r#"{"type":"RUN_STARTED"}"#);
        assert_eq!(frame.seq(), 7);
        for seq in [0, 10, 12345, u64::MAX] {
            assert!(Frame::new(seq, "{}")
                .bytes()
                .starts_with(format!("id: {seq}\n").as_bytes()));
        }
    }

    #[test]
    fn an_event_s_frame_holds_its_json() {
        let event: Event = RunStarted {
            thread_id: "t\nwith a newline".into(),
            run_id: "r".into(),
            ..Default::default()
        }
        .into();
        let frame = Frame::of(12, &event);
        assert_eq!(frame.json(), event.to_json());
        assert_eq!(frame, Frame::new(12, &event.to_json()));
        let bytes = frame.bytes();
        let text = std::str::from_utf8(&bytes).unwrap();
        assert_eq!(
            text.matches('\n').count(),
            3,
            "id and data, then a blank line"
        );
    }
}
