//! Reading a QR code back off a rendered screen, as a phone camera would.

use ratatui::buffer::Buffer;
use ratatui::style::Color;

/// Decodes the QR code drawn in black on white on `buffer`: white-background cells hold
/// two modules each (top and bottom half). Around the code, the image is `surround`
/// (255 light, 0 dark: a dark terminal leaves the code only its own quiet zone).
pub fn decode(buffer: &Buffer, surround: u8) -> Option<String> {
    let cells: Vec<(u16, u16)> = (0..buffer.area.height)
        .flat_map(|y| (0..buffer.area.width).map(move |x| (x, y)))
        .filter(|&(x, y)| buffer[(x, y)].bg == Color::White)
        .collect();
    let left = cells.iter().map(|c| c.0).min()?;
    let right = cells.iter().map(|c| c.0).max()?;
    let top = cells.iter().map(|c| c.1).min()?;
    let bottom = cells.iter().map(|c| c.1).max()?;
    let (cols, rows) = (
        usize::from(right - left + 1),
        usize::from(bottom - top + 1) * 2,
    );
    let mut dark = vec![false; cols * rows];
    for y in top..=bottom {
        for x in left..=right {
            let (upper, lower) = match buffer[(x, y)].symbol() {
                "█" => (true, true),
                "▀" => (true, false),
                "▄" => (false, true),
                _ => (false, false),
            };
            let (cx, cy) = (usize::from(x - left), usize::from(y - top) * 2);
            dark[cy * cols + cx] = upper;
            dark[(cy + 1) * cols + cx] = lower;
        }
    }
    const SCALE: usize = 6;
    const PAD: usize = 4;
    let (w, h) = ((cols + 2 * PAD) * SCALE, (rows + 2 * PAD) * SCALE);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let inside = (PAD..PAD + cols).contains(&mx) && (PAD..PAD + rows).contains(&my);
        match inside {
            true if dark[(my - PAD) * cols + (mx - PAD)] => 0,
            true => 255,
            false => surround,
        }
    });
    let grids = image.detect_grids();
    let (_, content) = grids.first()?.decode().ok()?;
    Some(content)
}
