//! Server-sent events, incrementally: bytes in any chunking → [`SseFrame`]s.
//!
//! Follows the WHATWG event-stream parsing rules: lines end in LF, CRLF or CR (a CR at the end
//! of one chunk and an LF at the start of the next are one line end), `:` starts a comment,
//! multi-line `data:` joins with `\n`, `id:` and `retry:` are kept. Bytes are only decoded as
//! UTF-8 once a whole line is in, so a character split across chunks is never mangled.

use std::fmt;

/// The default largest frame accepted: beyond it a stream is broken or hostile.
pub const DEFAULT_MAX_FRAME: usize = 1024 * 1024;

/// One dispatched event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SseFrame {
    /// The last event id seen so far in the stream (SSE ids persist across frames).
    pub id: Option<String>,
    pub event: Option<String>,
    pub data: String,
    pub retry: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SseError {
    /// A frame grew past the limit; it was dropped and decoding resumes at the next frame.
    FrameTooLarge { limit: usize },
}

impl fmt::Display for SseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SseError::FrameTooLarge { limit } => {
                write!(f, "an event of more than {limit} bytes was dropped")
            }
        }
    }
}

impl std::error::Error for SseError {}

/// Incremental decoder; feed it with [`SseDecoder::push`].
#[derive(Debug)]
pub struct SseDecoder {
    max_frame: usize,
    line: Vec<u8>,
    data: String,
    has_data: bool,
    event: Option<String>,
    last_id: Option<String>,
    retry: Option<u64>,
    after_cr: bool,
    at_start: bool,
    discarding: bool,
}

impl Default for SseDecoder {
    fn default() -> Self {
        SseDecoder::new(DEFAULT_MAX_FRAME)
    }
}

impl SseDecoder {
    pub fn new(max_frame: usize) -> SseDecoder {
        SseDecoder {
            max_frame,
            line: Vec::new(),
            data: String::new(),
            has_data: false,
            event: None,
            last_id: None,
            retry: None,
            after_cr: false,
            at_start: true,
            discarding: false,
        }
    }

    /// The id of the last event seen, for `Last-Event-ID` on reconnect.
    pub fn last_event_id(&self) -> Option<&str> {
        self.last_id.as_deref()
    }

    /// Feeds a chunk; returns the frames it completed, in order, and any errors among them.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<Result<SseFrame, SseError>> {
        let mut out = Vec::new();
        let mut bytes = chunk;
        if self.at_start && !bytes.is_empty() {
            // A stream may begin with a UTF-8 byte order mark, which is not content.
            if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
                bytes = rest;
            }
            self.at_start = false;
        }
        for &byte in bytes {
            if self.after_cr {
                self.after_cr = false;
                if byte == b'\n' {
                    continue;
                }
            }
            match byte {
                b'\r' => {
                    self.after_cr = true;
                    self.end_line(&mut out);
                }
                b'\n' => self.end_line(&mut out),
                _ => {
                    if self.discarding {
                        continue;
                    }
                    self.line.push(byte);
                    if self.line.len() + self.data.len() > self.max_frame {
                        self.overflow(&mut out);
                    }
                }
            }
        }
        out
    }

    fn overflow(&mut self, out: &mut Vec<Result<SseFrame, SseError>>) {
        out.push(Err(SseError::FrameTooLarge {
            limit: self.max_frame,
        }));
        self.line.clear();
        self.reset_frame();
        self.discarding = true;
    }

    fn reset_frame(&mut self) {
        self.data.clear();
        self.has_data = false;
        self.event = None;
        self.retry = None;
    }

    fn end_line(&mut self, out: &mut Vec<Result<SseFrame, SseError>>) {
        let line = std::mem::take(&mut self.line);
        if line.is_empty() {
            if self.discarding {
                self.discarding = false;
            } else {
                self.dispatch(out);
            }
            return;
        }
        if self.discarding {
            return;
        }
        let line = String::from_utf8_lossy(&line);
        if line.starts_with(':') {
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line.as_ref(), ""),
        };
        match field {
            "data" => {
                self.data.push_str(value);
                self.data.push('\n');
                self.has_data = true;
                if self.data.len() > self.max_frame {
                    self.overflow(out);
                }
            }
            "event" => self.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => self.last_id = Some(value.to_owned()),
            "retry" => {
                if let Ok(ms) = value.parse() {
                    self.retry = Some(ms);
                }
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, out: &mut Vec<Result<SseFrame, SseError>>) {
        if !self.has_data {
            // A frame with no data is not dispatched, but `retry:` still applies.
            self.event = None;
            return;
        }
        let mut data = std::mem::take(&mut self.data);
        data.pop(); // the `\n` after the last data line
        out.push(Ok(SseFrame {
            id: self.last_id.clone(),
            event: self.event.take(),
            data,
            retry: self.retry.take(),
        }));
        self.has_data = false;
    }
}

/// Encodes one frame: `id: N` (when given), then the data, one `data:` line per line.
pub fn encode(id: Option<u64>, data: &str) -> String {
    let mut out = String::with_capacity(data.len() + 24);
    if let Some(id) = id {
        out.push_str("id: ");
        out.push_str(&id.to_string());
        out.push('\n');
    }
    for line in data.split('\n') {
        out.push_str("data: ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(chunks: &[&[u8]]) -> Vec<Result<SseFrame, SseError>> {
        let mut decoder = SseDecoder::default();
        chunks
            .iter()
            .flat_map(|chunk| decoder.push(chunk))
            .collect()
    }

    fn frame(id: Option<&str>, data: &str) -> Result<SseFrame, SseError> {
        Ok(SseFrame {
            id: id.map(str::to_owned),
            data: data.to_owned(),
            ..SseFrame::default()
        })
    }

    #[test]
    fn any_chunking_gives_the_same_frames() {
        let stream = "id: 1\ndata: {\"a\":\"é€😀\"}\n\n: keep-alive\r\nid: 2\r\ndata: x\r\ndata: y\r\n\r\ndata: z\r\r"
            .as_bytes();
        let whole = decode_all(&[stream]);
        assert_eq!(
            whole,
            vec![
                frame(Some("1"), "{\"a\":\"é€😀\"}"),
                frame(Some("2"), "x\ny"),
                frame(Some("2"), "z")
            ]
        );
        for split in 0..=stream.len() {
            assert_eq!(
                decode_all(&[&stream[..split], &stream[split..]]),
                whole,
                "split at {split}"
            );
        }
        let bytes: Vec<&[u8]> = stream.chunks(1).collect();
        assert_eq!(decode_all(&bytes), whole);
    }

    #[test]
    fn crlf_split_between_chunks_is_one_line_end() {
        assert_eq!(
            decode_all(&[b"data: a\r", b"\n\r", b"\n"]),
            vec![frame(None, "a")]
        );
    }

    #[test]
    fn event_and_retry_fields_are_kept() {
        let frames = decode_all(&[b"event: ping\nretry: 3000\ndata:no-space\n\n"]);
        assert_eq!(
            frames,
            vec![Ok(SseFrame {
                id: None,
                event: Some("ping".into()),
                data: "no-space".into(),
                retry: Some(3000)
            })]
        );
    }

    #[test]
    fn frame_without_data_is_not_dispatched() {
        assert_eq!(
            decode_all(&[b"id: 7\n\ndata: b\n\n"]),
            vec![frame(Some("7"), "b")]
        );
    }

    #[test]
    fn leading_bom_is_skipped() {
        assert_eq!(
            decode_all(&[b"\xEF\xBB\xBFdata: a\n\n"]),
            vec![frame(None, "a")]
        );
    }

    #[test]
    fn oversized_frame_is_rejected_and_decoding_resumes() {
        let mut decoder = SseDecoder::new(16);
        let mut out = decoder.push(b"data: 0123456789abcdefghij\n\n");
        out.extend(decoder.push(b"data: ok\n\n"));
        assert_eq!(
            out,
            vec![
                Err(SseError::FrameTooLarge { limit: 16 }),
                frame(None, "ok")
            ]
        );
    }

    #[test]
    fn encode_then_decode_round_trips() {
        let text = encode(Some(42), "line1\nline2");
        assert_eq!(text, "id: 42\ndata: line1\ndata: line2\n\n");
        assert_eq!(
            decode_all(&[text.as_bytes()]),
            vec![frame(Some("42"), "line1\nline2")]
        );
    }
}
