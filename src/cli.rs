//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::export::Format;

#[derive(Debug, Parser)]
#[command(
    name = "hi-tui",
    version,
    about = "Explore careers in NHS health informatics: specialisms, career ladders, bands and pay.",
    after_help = "Examples:\n  hi-tui                              browse the built-in content\n  hi-tui --data my-trust.ron          browse your own data file\n  hi-tui export --format markdown     print everything as a readable document\n  hi-tui export --format json         print everything as JSON for other programs\n  hi-tui completions bash             print shell completions"
)]
pub struct Cli {
    /// Show this RON data file instead of the built-in content.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print all the content as text, for printing, screen readers or other programs.
    #[command(
        after_help = "Examples:\n  hi-tui export --format markdown > careers.md\n  hi-tui export --format json | jq '.specialisms[].name'\n  hi-tui --data my-trust.ron export --format markdown"
    )]
    Export {
        /// The text format to write to standard output.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  hi-tui completions bash > ~/.local/share/bash-completion/completions/hi-tui\n  hi-tui completions zsh > ~/.zfunc/_hi-tui\n  hi-tui completions fish > ~/.config/fish/completions/hi-tui.fish"
    )]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}
