//! hi-tui: explore careers in NHS health informatics from the terminal.
//!
//! `data` loads and checks content and knows nothing of terminals; `keymap` is the one
//! table from keys to actions; `layout` and `measure` lay out panes and text from plain
//! values; `app` holds all state and changes it only in `update`, using `measure` but never
//! `ui`; `ui` draws `&App`; `platform` holds what only Unix has. The binary in `main.rs`
//! wires them to a real terminal.

pub mod action;
pub mod app;
pub mod check;
pub mod cli;
pub mod completions;
pub mod data;
pub mod events;
pub mod export;
pub mod insights;
pub mod keymap;
pub mod layout;
pub mod measure;
pub mod pacer;
pub mod platform;
pub mod qr;
pub mod search;
pub mod shortlist;
pub mod stdout;
pub mod terminal;
pub mod text;
pub mod ui;
pub mod watch;
