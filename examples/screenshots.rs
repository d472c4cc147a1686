//! Regenerates every screenshot in `screenshots/` from the real rendering code:
//!
//! ```sh
//! cargo run --example screenshots
//! ```
//!
//! The tour (which screens, sizes and keys) is `hi_tui_dev::screenshot::TOUR`; the picture of
//! the insights report is `hi_tui_dev::screenshot::report`. SVG files in the
//! folder that the tour no longer makes are removed, so renaming a shot leaves no orphan.

use std::path::Path;
use std::process::ExitCode;

use hi_tui::data;
use hi_tui_dev::screenshot::{self, TOUR, report, tour};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("screenshots: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(screenshot::DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let catalogue = data::embedded().map_err(|e| e.to_string())?;
    for shot in TOUR {
        save(&dir, shot.file, &tour::render(shot, catalogue.clone())?)?;
    }
    save(&dir, report::FILE, &report::render(&catalogue)?)?;
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".svg") && !screenshot::files().contains(&name.as_str()) {
            std::fs::remove_file(entry.path()).map_err(|e| format!("{name}: {e}"))?;
            println!("{:>9}  {}/{name}", "removed", screenshot::DIR);
        }
    }
    Ok(())
}

/// Writes `svg` as `file` in `dir` unless it is already there as it is.
fn save(dir: &Path, file: &str, svg: &str) -> Result<(), String> {
    let path = dir.join(file);
    let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == svg);
    if !unchanged {
        std::fs::write(&path, svg).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let status = if unchanged { "unchanged" } else { "written" };
    println!("{status:>9}  {}/{file}", screenshot::DIR);
    Ok(())
}
