//! Everything the main loop waits for, merged into one channel so the loop can block
//! on a single `recv` instead of polling.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use crossterm::event::Event as TermEvent;

use crate::platform::{Signal, Signals};

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
}

pub struct Events {
    pub rx: Receiver<Event>,
    tx: Sender<Event>,
    /// Registered at once; forwarded to the channel once `listen` starts.
    signals: Option<Signals>,
}

impl Events {
    /// Takes over the signals that would end or stop the program (on Unix; see
    /// [`Signals::catch`]). Nothing is read until [`Events::listen`]: signals and keys
    /// that arrive before then wait, none are lost, and the first frame is not delayed
    /// by starting threads.
    pub fn start() -> std::io::Result<Events> {
        let (tx, rx) = mpsc::channel();
        let signals = Signals::catch()?;
        Ok(Events {
            rx,
            tx,
            signals: Some(signals),
        })
    }

    /// Starts forwarding signals, and reading keys, mouse and resizes from the terminal.
    pub fn listen(&mut self) -> std::io::Result<()> {
        if let Some(signals) = self.signals.take() {
            let signal_tx = self.tx.clone();
            signals.forward(move |signal| {
                let event = match signal {
                    Signal::Stop => Event::Suspend,
                    Signal::Continue => Event::Continued,
                    Signal::End(number) => Event::Signal(number),
                };
                signal_tx.send(event).is_ok()
            })?;
        }
        let input_tx = self.tx.clone();
        thread::Builder::new()
            .name("input".into())
            .spawn(move || read_input(&input_tx))?;
        Ok(())
    }

    /// Another way into the channel, for event sources started later (the file watcher).
    pub fn sender(&self) -> Sender<Event> {
        self.tx.clone()
    }
}

fn read_input(tx: &Sender<Event>) {
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
