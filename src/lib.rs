//! hi-tui: explore careers in NHS health informatics from the terminal.
//!
//! `data` loads and checks content and knows nothing of terminals; `app` holds all state
//! and changes it only in `update`; `keymap` is the one table from keys to actions; `ui`
//! draws `&App`. The binary in `main.rs` wires them to a real terminal.

pub mod action;
pub mod app;
pub mod check;
pub mod cli;
pub mod completions;
pub mod data;
pub mod events;
pub mod export;
pub mod keymap;
pub mod layout;
pub mod measure;
pub mod platform;
pub mod qr;
pub mod search;
pub mod stdout;
pub mod terminal;
pub mod text;
pub mod ui;
pub mod watch;
