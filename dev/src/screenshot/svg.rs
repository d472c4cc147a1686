//! A ratatui [`Buffer`] as an SVG picture of a terminal: one fixed-size cell per column,
//! backgrounds as rectangles, box-drawing and block characters as shapes, and text placed
//! character by character so columns line up whatever font the viewer falls back to.

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

use super::glyphs::{self, CellBox, Ink};
use super::palette::{Palette, Rgb};

/// One terminal cell, in SVG user units (a 15px font is 9px wide in most monospace faces).
const CELL_W: f32 = 9.0;
const CELL_H: f32 = 18.0;
const FONT_SIZE: f32 = 15.0;
/// From the top of a cell to the text baseline.
const BASELINE: f32 = 13.0;
/// Space between the screen and the edge of the picture.
const PADDING: f32 = 12.0;
const FONTS: &str = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Cascadia Mono', \
                     'DejaVu Sans Mono', 'Liberation Mono', monospace";

/// The buffer as a standalone SVG document, in the default dark palette.
pub fn to_svg(buffer: &Buffer) -> String {
    to_svg_with(buffer, &Palette::DARK)
}

/// How one cell looks once colours are resolved and reversing applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Look {
    fg: Rgb,
    bg: Rgb,
    bold: bool,
    italic: bool,
    underline: bool,
    strike: bool,
    hidden: bool,
}

impl Look {
    fn of(cell: &ratatui::buffer::Cell, palette: &Palette) -> Look {
        let m = cell.modifier;
        let mut fg = palette.rgb(cell.fg).unwrap_or(palette.foreground);
        let mut bg = palette.rgb(cell.bg).unwrap_or(palette.background);
        if m.contains(Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        if m.contains(Modifier::DIM) {
            fg = fg.mix(bg, 100);
        }
        Look {
            fg,
            bg,
            bold: m.contains(Modifier::BOLD),
            italic: m.contains(Modifier::ITALIC),
            underline: m.contains(Modifier::UNDERLINED),
            strike: m.contains(Modifier::CROSSED_OUT),
            hidden: m.contains(Modifier::HIDDEN),
        }
    }

    /// What a run of text must share to be written as one element.
    fn font(&self) -> (Rgb, bool, bool) {
        (self.fg, self.bold, self.italic)
    }
}

/// A symbol placed on the grid: a wide character takes two columns and the cell after
/// it is skipped, as a terminal does.
struct Placed<'a> {
    col: u16,
    width: u16,
    symbol: &'a str,
    look: Look,
}

impl Placed<'_> {
    fn is_blank(&self) -> bool {
        self.look.hidden || self.symbol.trim().is_empty()
    }

    /// The one character if the symbol is a single character drawn as shapes.
    fn drawn(&self) -> Option<char> {
        let mut chars = self.symbol.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if glyphs::is_drawn(c) => Some(c),
            _ => None,
        }
    }

    /// Whether the symbol can share a `<text>` element with per-character positions:
    /// one character that is one UTF-16 unit, which is how SVG counts positions.
    fn is_simple(&self) -> bool {
        let mut chars = self.symbol.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.len_utf16() == 1)
    }
}

fn row<'b>(buffer: &'b Buffer, y: u16, palette: &Palette) -> Vec<Placed<'b>> {
    let area = buffer.area;
    let mut placed = Vec::new();
    let mut col = 0;
    while col < area.width {
        let cell = &buffer[(area.x + col, area.y + y)];
        let symbol = cell.symbol();
        let width = u16::try_from(symbol.width()).unwrap_or(1).clamp(1, 2);
        let width = width.min(area.width - col);
        placed.push(Placed {
            col,
            width,
            symbol,
            look: Look::of(cell, palette),
        });
        col += width;
    }
    placed
}

/// Paths collected by colour so each colour is one element.
#[derive(Default)]
struct Layers {
    backgrounds: BTreeMap<Rgb, String>,
    blocks: BTreeMap<Rgb, String>,
    shades: BTreeMap<(Rgb, u8), String>,
    lines: BTreeMap<Rgb, String>,
    strokes: BTreeMap<Rgb, String>,
    text: String,
}

/// The buffer as a standalone SVG document in the given palette.
pub fn to_svg_with(buffer: &Buffer, palette: &Palette) -> String {
    let area = buffer.area;
    let width = f32::from(area.width) * CELL_W + 2.0 * PADDING;
    let height = f32::from(area.height) * CELL_H + 2.0 * PADDING;
    let mut layers = Layers::default();
    for y in 0..area.height {
        let cells = row(buffer, y, palette);
        let top = PADDING + f32::from(y) * CELL_H;
        backgrounds(&mut layers, &cells, top, palette);
        shapes(&mut layers, &cells, top);
        text(&mut layers, &cells, top);
    }

    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"{FONTS}\" font-size=\"{FONT_SIZE}\" \
         xml:space=\"preserve\">\n\
         <style>text{{white-space:pre;font-variant-ligatures:none;font-kerning:none}}</style>\n\
         <rect width=\"{width}\" height=\"{height}\" rx=\"6\" fill=\"{}\"/>\n",
        palette.background.hex()
    );
    let group = |svg: &mut String, attrs: &str, paths: &BTreeMap<Rgb, String>| {
        for (colour, d) in paths {
            svg.push_str(&format!("<path {attrs}=\"{}\" d=\"{d}\"/>\n", colour.hex()));
        }
    };
    svg.push_str("<g shape-rendering=\"crispEdges\">\n");
    group(&mut svg, "fill", &layers.backgrounds);
    group(&mut svg, "fill", &layers.blocks);
    for ((colour, percent), d) in &layers.shades {
        svg.push_str(&format!(
            "<path fill=\"{}\" fill-opacity=\"{}\" d=\"{d}\"/>\n",
            colour.hex(),
            f32::from(*percent) / 100.0
        ));
    }
    svg.push_str("</g>\n");
    group(&mut svg, "fill", &layers.lines);
    if !layers.strokes.is_empty() {
        svg.push_str("<g fill=\"none\" stroke-width=\"1\">\n");
        group(&mut svg, "stroke", &layers.strokes);
        svg.push_str("</g>\n");
    }
    svg.push_str(&layers.text);
    svg.push_str("</svg>\n");
    svg
}

fn x_of(col: u16) -> f32 {
    PADDING + f32::from(col) * CELL_W
}

fn rect(d: &mut String, x: f32, y: f32, w: f32, h: f32) {
    d.push_str(&format!("M{x} {y}h{w}v{h}h{}z", -w));
}

/// Runs of cells sharing a background other than the default, as rectangles.
fn backgrounds(layers: &mut Layers, cells: &[Placed], top: f32, palette: &Palette) {
    let mut i = 0;
    while i < cells.len() {
        let bg = cells[i].look.bg;
        let mut j = i;
        while j < cells.len() && cells[j].look.bg == bg {
            j += 1;
        }
        if bg != palette.background {
            let columns = cells[i..j].iter().map(|c| c.width).sum::<u16>();
            let d = layers.backgrounds.entry(bg).or_default();
            rect(
                d,
                x_of(cells[i].col),
                top,
                f32::from(columns) * CELL_W,
                CELL_H,
            );
        }
        i = j;
    }
}

/// Box-drawing and block characters, underlines and strike-throughs.
fn shapes(layers: &mut Layers, cells: &[Placed], top: f32) {
    for cell in cells {
        let x = x_of(cell.col);
        let w = f32::from(cell.width) * CELL_W;
        let fg = cell.look.fg;
        if !cell.look.hidden
            && let Some(c) = cell.drawn()
        {
            let cell_box = CellBox {
                x,
                y: top,
                w,
                h: CELL_H,
            };
            for ink in glyphs::draw(c, cell_box).unwrap_or_default() {
                match ink {
                    Ink::Line(d) => layers.lines.entry(fg).or_default().push_str(&d),
                    Ink::Block(d) => layers.blocks.entry(fg).or_default().push_str(&d),
                    Ink::Shade(p, d) => layers.shades.entry((fg, p)).or_default().push_str(&d),
                    Ink::Stroke(d) => layers.strokes.entry(fg).or_default().push_str(&d),
                }
            }
        }
        if cell.look.underline {
            rect(
                layers.lines.entry(fg).or_default(),
                x,
                top + BASELINE + 2.0,
                w,
                1.0,
            );
        }
        if cell.look.strike {
            let y = top + (CELL_H / 2.0).floor();
            rect(layers.lines.entry(fg).or_default(), x, y, w, 1.0);
        }
    }
}

/// Text, as few elements as possible: cells in a row with the same colour and weight
/// (spaces join any run) become one `<text>` with an x position for every character.
fn text(layers: &mut Layers, cells: &[Placed], top: f32) {
    let is_text = |c: &Placed| !c.is_blank() && c.drawn().is_none();
    let y = top + BASELINE;
    let mut i = 0;
    while i < cells.len() {
        if !is_text(&cells[i]) {
            i += 1;
            continue;
        }
        let first = &cells[i];
        let mut end = i + 1;
        if first.is_simple() {
            let mut j = i + 1;
            while j < cells.len() && cells[j].is_simple() && cells[j].drawn().is_none() {
                if !cells[j].is_blank() {
                    if cells[j].look.font() != first.look.font() {
                        break;
                    }
                    end = j + 1;
                }
                j += 1;
            }
        }
        let run = &cells[i..end];
        let xs: Vec<String> = run.iter().map(|c| x_of(c.col).to_string()).collect();
        let content: String = run
            .iter()
            .map(|c| if c.is_blank() { " " } else { c.symbol })
            .collect();
        let (fg, bold, italic) = first.look.font();
        layers.text.push_str(&format!(
            "<text x=\"{}\" y=\"{y}\" fill=\"{}\"{}{}>{}</text>\n",
            xs.join(" "),
            fg.hex(),
            if bold { " font-weight=\"bold\"" } else { "" },
            if italic { " font-style=\"italic\"" } else { "" },
            escape(&content)
        ));
        i = end;
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    use super::*;

    fn buffer(lines: &[&str]) -> Buffer {
        let width = lines.iter().map(|l| l.width()).max().unwrap_or(0);
        let mut buffer = Buffer::empty(Rect::new(0, 0, width as u16, lines.len() as u16));
        for (y, line) in lines.iter().enumerate() {
            buffer.set_string(0, y as u16, line, Style::new());
        }
        buffer
    }

    fn texts(svg: &str) -> Vec<&str> {
        svg.lines().filter(|l| l.starts_with("<text")).collect()
    }

    #[test]
    fn picture_is_sized_to_the_grid() {
        let svg = to_svg(&buffer(&["abc", "def"]));
        let (w, h) = (3.0 * CELL_W + 2.0 * PADDING, 2.0 * CELL_H + 2.0 * PADDING);
        assert!(svg.starts_with(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\""
        )));
        assert!(svg.ends_with("</svg>\n"));
    }

    #[test]
    fn every_character_is_placed_in_its_own_column() {
        let svg = to_svg(&buffer(&["ab d"]));
        let x = |col: u16| x_of(col).to_string();
        let expected = format!("x=\"{} {} {} {}\"", x(0), x(1), x(2), x(3));
        let line = texts(&svg)[0];
        assert!(line.contains(&expected), "{line}");
        assert!(line.ends_with(">ab d</text>"), "{line}");
    }

    #[test]
    fn a_wide_character_takes_two_columns() {
        let svg = to_svg(&buffer(&["中x"]));
        let line = texts(&svg)[0];
        assert!(
            line.contains(&format!("x=\"{} {}\"", x_of(0), x_of(2))),
            "{line}"
        );
        assert!(line.contains(">中x<"), "{line}");
    }

    #[test]
    fn reversed_swaps_foreground_and_background() {
        let mut buf = buffer(&["hi"]);
        buf.set_style(
            Rect::new(0, 0, 2, 1),
            Style::new()
                .fg(Color::Cyan)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD),
        );
        let svg = to_svg(&buf);
        let p = Palette::DARK;
        let cyan = p.ansi[6].hex();
        assert!(
            svg.contains(&format!(
                "<path fill=\"{cyan}\" d=\"M{} {}h{}v{CELL_H}",
                x_of(0),
                PADDING,
                2.0 * CELL_W
            )),
            "cyan background behind both cells: {svg}"
        );
        let line = texts(&svg)[0];
        assert!(
            line.contains(&format!("fill=\"{}\"", p.background.hex())),
            "{line}"
        );
        assert!(line.contains("font-weight=\"bold\""), "{line}");
    }

    #[test]
    fn colours_split_runs_and_default_cells_use_the_palette() {
        let mut buf = buffer(&["ab"]);
        buf.set_style(Rect::new(1, 0, 1, 1), Style::new().fg(Color::Green));
        let svg = to_svg(&buf);
        let lines = texts(&svg);
        assert_eq!(lines.len(), 2, "{svg}");
        assert!(lines[0].contains(&Palette::DARK.foreground.hex()));
        assert!(lines[1].contains(&Palette::DARK.ansi[2].hex()));
    }

    #[test]
    fn borders_are_drawn_not_written() {
        let svg = to_svg(&buffer(&["┌─┐", "│x│", "└─┘"]));
        let lines = texts(&svg);
        assert_eq!(lines.len(), 1, "only the x is text: {svg}");
        assert!(lines[0].ends_with(">x</text>"));
        assert!(svg.contains("<path fill="), "{svg}");
    }

    #[test]
    fn markup_in_text_is_escaped() {
        let svg = to_svg(&buffer(&["<a&b>"]));
        assert!(svg.contains(">&lt;a&amp;b&gt;</text>"), "{svg}");
    }
}
