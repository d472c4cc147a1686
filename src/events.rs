//! Everything the main loop waits for, merged into one channel so the loop can block
//! on a single `recv` instead of polling.
//!
//! The channel is bounded: the input thread waits while the loop works through keys it
//! already has, so a flood of keys stays in the terminal's own buffer rather than piling
//! up here. Signals skip the queue: they go into a list of their own that the loop checks
//! before every event, so one to end or stop acts at once even behind a backlog of keys.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Instant;

use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};

use crate::platform::{Signal, Signals};

/// Events that may wait in the channel: enough to draw from a paste in one slice, few
/// enough that a key flood costs no memory and nothing waits long behind it.
pub const CAPACITY: usize = 64;

#[derive(Debug)]
pub enum Event {
    Terminal(TermEvent),
    /// A termination signal arrived; the loop should restore the terminal and exit.
    Signal(i32),
    /// A stop was asked for from outside (`kill -TSTP`): suspend as Ctrl+Z does.
    Suspend,
    /// The process was continued (`fg`, `kill -CONT`), perhaps after a stop that could
    /// not be caught (SIGSTOP): take the terminal back and redraw everything.
    Continued,
    /// Reading the terminal failed (e.g. it went away).
    InputFailed(String),
    /// The watched data file was saved (see `watch`).
    DataChanged,
    /// Nothing but a wake-up: a signal is waiting in the priority list.
    Wake,
}

/// Signals that arrived and have not been acted on yet, in order.
#[derive(Default)]
struct Priority {
    waiting: AtomicBool,
    signals: Mutex<VecDeque<Event>>,
}

impl Priority {
    fn push(&self, event: Event) {
        self.signals
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back(event);
        self.waiting.store(true, Ordering::Release);
    }

    fn pop(&self) -> Option<Event> {
        // One load per event in the common case of no signal at all.
        if !self.waiting.load(Ordering::Acquire) {
            return None;
        }
        let mut signals = self.signals.lock().unwrap_or_else(|e| e.into_inner());
        let next = signals.pop_front();
        self.waiting.store(!signals.is_empty(), Ordering::Release);
        next
    }
}

pub struct Events {
    rx: Receiver<Event>,
    tx: SyncSender<Event>,
    priority: Arc<Priority>,
    /// Registered at once; forwarded once `listen` starts.
    signals: Option<Signals>,
}

impl Events {
    /// Takes over the signals that would end or stop the program (on Unix; see
    /// [`Signals::catch`]). Nothing is read until [`Events::listen`]: signals and keys
    /// that arrive before then wait, none are lost, and the first frame is not delayed
    /// by starting threads.
    pub fn start() -> std::io::Result<Events> {
        let mut events = Events::unlistened();
        events.signals = Some(Signals::catch()?);
        Ok(events)
    }

    /// A channel with nothing feeding it yet.
    fn unlistened() -> Events {
        let (tx, rx) = mpsc::sync_channel(CAPACITY);
        Events {
            rx,
            tx,
            priority: Arc::default(),
            signals: None,
        }
    }

    /// Starts forwarding signals, and reading keys, mouse and resizes from the terminal.
    pub fn listen(&mut self) -> std::io::Result<()> {
        if let Some(signals) = self.signals.take() {
            let priority = Arc::clone(&self.priority);
            let wake = self.tx.clone();
            signals.forward(move |signal| {
                priority.push(from_signal(signal));
                send_wake(&wake)
            })?;
        }
        let input_tx = self.tx.clone();
        thread::Builder::new()
            .name("input".into())
            .spawn(move || read_input(&input_tx))?;
        Ok(())
    }

    /// Another way into the channel, for event sources started later (the file watcher).
    pub fn sender(&self) -> SyncSender<Event> {
        self.tx.clone()
    }

    /// The next event without waiting, a waiting signal first; `None` if there is none.
    pub fn try_next(&self) -> Option<Event> {
        if let Some(signal) = self.priority.pop() {
            return Some(signal);
        }
        match self.rx.try_recv() {
            Ok(Event::Wake) => self.priority.pop(),
            Ok(event) => Some(event),
            Err(_) => None,
        }
    }

    /// The next event, a waiting signal first, waiting for one until `deadline` (for
    /// ever without one). `Ok(None)` when the deadline passed first.
    pub fn next(&self, deadline: Option<Instant>) -> std::io::Result<Option<Event>> {
        loop {
            if let Some(signal) = self.priority.pop() {
                return Ok(Some(signal));
            }
            let event = match deadline {
                None => self.rx.recv().map_err(std::io::Error::other)?,
                Some(deadline) => {
                    let wait = deadline.saturating_duration_since(Instant::now());
                    match self.rx.recv_timeout(wait) {
                        Ok(event) => event,
                        Err(RecvTimeoutError::Timeout) => return Ok(None),
                        Err(e) => return Err(std::io::Error::other(e)),
                    }
                }
            };
            // A wake-up only says to look at the signals again.
            if !matches!(event, Event::Wake) {
                return Ok(Some(event));
            }
        }
    }
}

/// Wakes the loop if it is waiting. A full channel means it is busy with events, and it
/// checks the signals before each: no wake-up is needed then. False once the loop is gone.
fn send_wake(tx: &SyncSender<Event>) -> bool {
    !matches!(tx.try_send(Event::Wake), Err(TrySendError::Disconnected(_)))
}

/// What a signal means to the loop.
fn from_signal(signal: Signal) -> Event {
    match signal {
        Signal::Stop => Event::Suspend,
        Signal::Continue => Event::Continued,
        Signal::End(number) => Event::Signal(number),
        Signal::Interrupt => Event::Terminal(TermEvent::Key(KeyEvent::new(
            KeyCode::Char('c'),
            KeyModifiers::CONTROL,
        ))),
    }
}

fn read_input(tx: &SyncSender<Event>) {
    loop {
        let event = match crossterm::event::read() {
            Ok(event) => Event::Terminal(event),
            Err(e) => {
                let _ = tx.send(Event::InputFailed(e.to_string()));
                return;
            }
        };
        if tx.send(event).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> Event {
        Event::Terminal(TermEvent::Key(crossterm::event::KeyEvent::from(
            crossterm::event::KeyCode::Char(c),
        )))
    }

    /// A full channel of keys, then a signal: the signal comes out first.
    #[test]
    fn a_signal_overtakes_every_waiting_key() {
        let events = Events::unlistened();
        for _ in 0..CAPACITY {
            events.tx.try_send(key('j')).expect("room for a key");
        }
        assert!(
            matches!(events.tx.try_send(key('j')), Err(TrySendError::Full(_))),
            "the channel is bounded"
        );
        events.priority.push(Event::Signal(15));
        assert!(
            send_wake(&events.tx),
            "a full channel still counts as listening"
        );
        assert!(matches!(events.try_next(), Some(Event::Signal(15))));
        assert!(matches!(events.try_next(), Some(Event::Terminal(_))));
    }

    /// Signals keep their order, and a wake-up is never handed out as an event.
    #[test]
    fn signals_come_in_order_and_wake_ups_are_swallowed() {
        let events = Events::unlistened();
        events.priority.push(Event::Suspend);
        events.priority.push(Event::Continued);
        assert!(send_wake(&events.tx));
        assert!(send_wake(&events.tx));
        events.tx.try_send(key('k')).expect("room");
        assert!(matches!(events.next(None), Ok(Some(Event::Suspend))));
        assert!(matches!(events.next(None), Ok(Some(Event::Continued))));
        assert!(matches!(events.next(None), Ok(Some(Event::Terminal(_)))));
        assert!(events.try_next().is_none());
        let past = Instant::now();
        assert!(
            matches!(events.next(Some(past)), Ok(None)),
            "deadline passed"
        );
    }

    /// Ctrl+C or Ctrl+Break as a Windows console event is the Ctrl+C key: it quits, and
    /// kiosk mode ignores it as it ignores the key.
    #[test]
    fn a_console_interrupt_is_the_ctrl_c_key() {
        use crate::action::Action;
        use crate::keymap::{self, Mode};
        let Event::Terminal(TermEvent::Key(key)) = from_signal(Signal::Interrupt) else {
            panic!("not a key");
        };
        assert_eq!(
            key,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
        );
        assert_eq!(keymap::action_for(Mode::Browse, &key), Some(Action::Quit));
        assert!(
            keymap::leaves_app(&Action::Quit),
            "so kiosk mode ignores it"
        );
        assert!(matches!(from_signal(Signal::End(15)), Event::Signal(15)));
    }

    /// A wake-up with no signal behind it (the loop already took it) is not an event.
    #[test]
    fn a_late_wake_up_yields_nothing() {
        let events = Events::unlistened();
        assert!(send_wake(&events.tx));
        assert!(events.try_next().is_none());
    }

    #[test]
    fn waking_a_loop_that_is_gone_says_so() {
        let Events { rx, tx, .. } = Events::unlistened();
        drop(rx);
        assert!(!send_wake(&tx));
    }
}
