//! QR codes for the take-away overlay: the module grid only, so drawing and tests can
//! both use it.

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code; scanners need a light border to find it.
pub const QUIET: usize = 2;

/// A QR code as a square grid of modules, quiet zone included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub size: usize,
    dark: Vec<bool>,
}

impl Grid {
    /// Encodes `text` with medium error correction, falling back to low for long text.
    pub fn encode(text: &str) -> Option<Grid> {
        Grid::encode_robust(text, true)
    }

    /// Encodes `text` with medium error correction when `robust`, else with low error
    /// correction, which makes a smaller code for a small window.
    pub fn encode_robust(text: &str, robust: bool) -> Option<Grid> {
        Grid::encode_with(text, robust, QUIET)
    }

    /// As [`Grid::encode_robust`], with a quiet zone of `quiet` modules on every side.
    pub fn encode_with(text: &str, robust: bool, quiet: usize) -> Option<Grid> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M)
            .ok()
            .filter(|_| robust)
            .or_else(|| QrCode::with_error_correction_level(text, EcLevel::L).ok())?;
        let inner = code.width();
        let size = inner + 2 * quiet;
        let colors = code.to_colors();
        let mut dark = vec![false; size * size];
        for y in 0..inner {
            for x in 0..inner {
                dark[(y + quiet) * size + x + quiet] = colors[y * inner + x] == Color::Dark;
            }
        }
        Some(Grid { size, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// Terminal cells needed with two modules stacked per cell: (columns, rows).
    pub fn cells(&self) -> (u16, u16) {
        let cols = u16::try_from(self.size).unwrap_or(u16::MAX);
        (cols, cols.div_ceil(2))
    }

    /// One line of half-block characters per pair of module rows: `█` both dark,
    /// `▀` top dark, `▄` bottom dark, space both light (or the other way round when
    /// `inverted`, for drawing light modules in the terminal's text colour).
    pub fn half_block_rows(&self, inverted: bool) -> Vec<String> {
        (0..self.size)
            .step_by(2)
            .map(|y| {
                (0..self.size)
                    .map(|x| {
                        match (
                            self.is_dark(x, y) != inverted,
                            self.is_dark(x, y + 1) != inverted,
                        ) {
                            (true, true) => '█',
                            (true, false) => '▀',
                            (false, true) => '▄',
                            (false, false) => ' ',
                        }
                    })
                    .collect()
            })
            .collect()
    }
}
