//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::export::Format;

/// Seconds without input before kiosk mode resets and starts its attract loop.
pub const DEFAULT_IDLE_SECS: u64 = 90;

#[derive(Debug, PartialEq, Parser)]
#[command(
    name = "hi-tui",
    version,
    about = "Explore careers in NHS health informatics: specialisms, career ladders, bands and pay.",
    after_help = "Examples:\n  hi-tui                              browse the built-in content\n  hi-tui --data my-trust.ron          browse your own data file\n  hi-tui --kiosk --idle-secs 60       run unattended at a careers fair\n  hi-tui --theme high-contrast        bold colours for a projector\n  hi-tui --kiosk --nation scotland    a fair in Scotland: Scottish pay\n  hi-tui --kiosk --insights stand.jsonl\n                                      a stand that counts its visits (anonymously)\n  hi-tui export --format markdown     print everything as a readable document\n  hi-tui export --format json         print everything as JSON for other programs\n  hi-tui export --format html > careers.html\n                                      a web page to print (A4) or publish\n  hi-tui export --format html --only cyber-security > cyber.html\n                                      a printable hand-out for one specialism\n  hi-tui completions bash             print shell completions\n\nKiosk mode ignores q, Esc, Ctrl+C, Ctrl+Z and Ctrl+D. To leave it, type the\nletters exit-kiosk in one go (any other key in between starts over).\nNO_COLOR set in the environment turns colour off unless --theme is given."
)]
pub struct Cli {
    /// Show this RON data file instead of the built-in content.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// Careers-fair mode: quit keys do nothing, and after --idle-secs without input the
    /// app resets and tours the content on its own. Staff leave by typing exit-kiosk.
    #[arg(long)]
    pub kiosk: bool,

    /// With --kiosk: seconds without input before the reset and attract loop.
    // Negative numbers are taken as a value (and refused by the range), not as an option.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_IDLE_SECS, requires = "kiosk",
          allow_negative_numbers = true,
          value_parser = idle_secs)]
    pub idle_secs: u64,

    /// Colours: terminal (your terminal's palette, the default), dark, light,
    /// high-contrast (for projectors) or no-color. NO_COLOR in the environment selects
    /// no-color unless --theme is given.
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<crate::app::ThemeName>,

    /// Show pay for this UK nation: england, scotland, wales or northern-ireland (the
    /// ids of the data file's pay tables). The app starts there and a kiosk reset returns
    /// there; exports use it too. Without it, the first table (England).
    #[arg(long, value_name = "NATION", global = true)]
    pub nation: Option<String>,

    /// With --kiosk: keep anonymous counts of each visit in FILE (JSON Lines, created if
    /// need be, shared safely by several kiosks): when it began (the hour), how long it
    /// lasted, the nation and stage, what was viewed and pinned, the quiz's top result and
    /// whether a QR code was shown. Never keys or anything typed. `hi-tui insights FILE`
    /// sums it up.
    #[arg(long, value_name = "FILE", requires = "kiosk")]
    pub insights: Option<PathBuf>,

    /// Reload the --data file whenever it is saved.
    #[arg(long, requires = "data")]
    pub watch: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The arguments the program was started with. With none at all (the usual way to
    /// start it), skip building the parser: that is a tenth of start-up. A test checks
    /// this equals what clap makes of no arguments.
    pub fn from_env() -> Cli {
        if std::env::args_os().len() > 1 {
            return Cli::parse();
        }
        Cli::without_arguments()
    }

    /// What no arguments mean.
    pub fn without_arguments() -> Cli {
        Cli {
            data: None,
            watch: false,
            kiosk: false,
            idle_secs: DEFAULT_IDLE_SECS,
            theme: None,
            nation: None,
            insights: None,
            command: None,
        }
    }

    /// The theme to use: `--theme` if given, else no colour when `NO_COLOR` is set to
    /// anything non-empty (no-color.org), else the terminal's palette.
    pub fn theme(&self, no_color_env: Option<&std::ffi::OsStr>) -> crate::app::ThemeName {
        use crate::app::ThemeName;
        match (self.theme, no_color_env) {
            (Some(theme), _) => theme,
            (None, Some(value)) if !value.is_empty() => ThemeName::NoColor,
            (None, _) => ThemeName::Terminal,
        }
    }
}

/// The range of `--idle-secs`.
const IDLE_RANGE: std::ops::RangeInclusive<i64> = 5..=86_400;

/// Parses `--idle-secs`, naming the valid range for anything outside it (also a negative
/// number or one too large for any integer).
fn idle_secs(value: &str) -> Result<u64, String> {
    let range = format!("{}..={}", IDLE_RANGE.start(), IDLE_RANGE.end());
    let n: i64 = value
        .trim()
        .parse()
        .map_err(|_| format!("not a whole number of seconds; give one in {range}"))?;
    match u64::try_from(n) {
        Ok(secs) if IDLE_RANGE.contains(&n) => Ok(secs),
        _ => Err(format!("{n} is not in {range}")),
    }
}

#[derive(Debug, PartialEq, Subcommand)]
pub enum Command {
    /// Print all the content as text or a web page, for printing, publishing, screen
    /// readers or other programs.
    #[command(
        after_help = "Examples:\n  hi-tui export --format markdown > careers.md\n  hi-tui export --format json | jq '.specialisms[].name'\n  hi-tui export --format html > careers.html\n  hi-tui export --format html --only data-science > data-science.html\n  hi-tui --data my-trust.ron export --format html\n\nThe HTML page is one self-contained file (no scripts, nothing fetched from elsewhere).\nPrint it from a browser: A4, each specialism on a new page."
    )]
    Export {
        /// The format to write to standard output.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// With --format html: a hand-out for the one specialism with this id (its ladder,
        /// routes in, the Working in the NHS page, the pay table and its sources).
        #[arg(long, value_name = "ID")]
        only: Option<String>,
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
    /// Check data files for mistakes without opening the app.
    Check {
        /// The RON data files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Report on a stand's insights file: visits, how long, which specialisms, stages
    /// and quiz results, shortlists taken.
    #[command(
        after_help = "Examples:\n  hi-tui insights stand.jsonl                 a summary to read, with bars\n  hi-tui insights stand.jsonl --format json   every count, for other programs\n  hi-tui insights stand.jsonl --format html > stand.html\n                                              a web page with charts to print (A4)\n  hi-tui --data my-trust.ron insights stand.jsonl\n                                              names from your own data file\n\nA record cut short by a crash or power cut is skipped and counted. A file hi-tui\ndid not write, or one changed since, is refused with its line number (exit 2)."
    )]
    Insights {
        /// The insights file a kiosk wrote (--kiosk --insights FILE).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The format to write to standard output.
        #[arg(long, value_enum, default_value_t = crate::insights::report::Format::Text)]
        format: crate::insights::report::Format,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_secs_outside_the_range_names_the_range() {
        for bad in ["-1", "4", "86401", "-99999999999999999999", "x"] {
            let e = Cli::try_parse_from(["hi-tui", "--kiosk", "--idle-secs", bad])
                .expect_err(bad)
                .to_string();
            assert!(e.contains("5..=86400"), "{bad}: {e}");
        }
        let ok = Cli::try_parse_from(["hi-tui", "--kiosk", "--idle-secs", "5"]).expect("5");
        assert_eq!(ok.idle_secs, 5);
    }

    #[test]
    fn no_arguments_means_what_clap_says_it_means() {
        assert_eq!(Cli::without_arguments(), Cli::parse_from(["hi-tui"]));
    }
}
