//! A `text/event-stream` response: the frames of events ([`crate::frame`]), and a comment every
//! [`KEEP_ALIVE`] so proxies keep a silent stream open.

use std::convert::Infallible;
use std::time::Duration;

use axum::body::Body;
use axum::body::Bytes;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::stream::{Stream, StreamExt};
use tokio::time::{interval_at, Instant, Interval, MissedTickBehavior};

/// How long a stream may stay silent before a comment is sent on it.
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// A `text/event-stream` response sending `frames`; it ends when they end.
pub fn response(frames: impl Stream<Item = Bytes> + Send + Unpin + 'static) -> Response {
    let mut ticks = interval_at(Instant::now() + KEEP_ALIVE, KEEP_ALIVE);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let body = KeepAlive { frames, ticks }.map(Ok::<_, Infallible>);
    (
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        Body::from_stream(body),
    )
        .into_response()
}

/// `frames`, with a comment whenever a tick finds nothing to send. One timer per stream, not
/// one reset per event: under load, events are what there is most of.
struct KeepAlive<S> {
    frames: S,
    ticks: Interval,
}

impl<S: Stream<Item = Bytes> + Unpin> Stream for KeepAlive<S> {
    type Item = Bytes;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Bytes>> {
        if let Poll::Ready(frame) = self.frames.poll_next_unpin(cx) {
            return Poll::Ready(frame);
        }
        match self.ticks.poll_tick(cx) {
            Poll::Ready(_) => Poll::Ready(Some(Bytes::from_static(b":\n\n"))),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::Frame;

    #[tokio::test(start_paused = true)]
    async fn a_silent_stream_gets_comments_and_ends_with_its_frames() {
        let (send, receive) = tokio::sync::mpsc::channel::<Bytes>(1);
        let body = response(tokio_stream::wrappers::ReceiverStream::new(receive)).into_body();
        let mut data = body.into_data_stream();
        assert_eq!(&data.next().await.unwrap().unwrap()[..], b":\n\n");
        send.send(Frame::new(1, "{}").bytes()).await.unwrap();
        assert_eq!(
            &data.next().await.unwrap().unwrap()[..],
            b"id: 1\ndata: {}\n\n"
        );
        drop(send);
        assert!(
            data.next().await.is_none(),
            "the stream ends with its frames"
        );
    }
}
