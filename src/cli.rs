//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "hi-tui",
    version,
    about = "Explore careers in NHS health informatics: specialisms, career ladders, bands and pay.",
    after_help = "Examples:\n  hi-tui                        browse the built-in content\n  hi-tui --data my-trust.ron    browse your own data file"
)]
pub struct Cli {
    /// Show this RON data file instead of the built-in content.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// Reload the --data file whenever it is saved.
    #[arg(long, requires = "data")]
    pub watch: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check data files for mistakes without opening the app.
    Check {
        /// The RON data files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}
