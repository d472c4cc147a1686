//! Characters drawn as shapes instead of text: box-drawing lines, block elements and the
//! triangles the app uses as markers. Terminals draw these themselves so that lines meet
//! across cells; fonts (and the fallback fonts a browser picks) rarely fill the cell
//! exactly, so drawing them keeps borders joined in any viewer.

use super::box_table::{ARMS, NONE};

/// A cell's box in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CellBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// How a piece of a glyph is painted, in the cell's foreground colour.
#[derive(Debug, Clone, PartialEq)]
pub enum Ink {
    /// Filled path: thin lines drawn as rectangles, and triangles.
    Line(String),
    /// Filled path snapped to pixels, so neighbouring blocks meet without seams.
    Block(String),
    /// Like `Block`, at this opacity in percent (the shade characters).
    Shade(u8, String),
    /// A stroked path one unit wide (arcs and diagonals).
    Stroke(String),
}

/// The shapes for `c` in `cell`, or `None` if `c` is ordinary text.
pub fn draw(c: char, cell: CellBox) -> Option<Vec<Ink>> {
    match u32::from(c) {
        0x2500..=0x257F => box_drawing(c, cell),
        0x2580..=0x259F => Some(block(c, cell)),
        _ => triangle(c, cell).map(|d| vec![Ink::Line(d)]),
    }
}

/// Whether `c` is drawn as shapes rather than with the font.
pub fn is_drawn(c: char) -> bool {
    draw(
        c,
        CellBox {
            x: 0.0,
            y: 0.0,
            w: 1.0,
            h: 1.0,
        },
    )
    .is_some()
}

fn rect(out: &mut String, x0: f32, y0: f32, x1: f32, y1: f32) {
    let (x0, x1) = (x0.min(x1), x0.max(x1));
    let (y0, y1) = (y0.min(y1), y0.max(y1));
    if x1 > x0 && y1 > y0 {
        out.push_str(&format!("M{x0} {y0}h{}v{}h{}z", x1 - x0, y1 - y0, x0 - x1));
    }
}

/// The centre lines of a cell: a light line is one unit wide, centred on a half unit so
/// that it covers whole pixels at the natural size.
fn centre(cell: CellBox) -> (f32, f32) {
    (
        cell.x + (cell.w / 2.0).floor() + 0.5,
        cell.y + (cell.h / 2.0).floor() - 0.5,
    )
}

/// Half the width of a line of the given weight (1 light, 2 heavy, 3 one of a double).
fn half(weight: u16) -> f32 {
    match weight {
        0 => 0.0,
        2 => 1.5,
        _ => 0.5,
    }
}

/// Gap from the centre to each line of a double pair.
const DOUBLE_GAP: f32 = 2.0;

fn box_drawing(c: char, cell: CellBox) -> Option<Vec<Ink>> {
    let index = usize::try_from(u32::from(c) - 0x2500).ok()?;
    let arms = *ARMS.get(index)?;
    if arms == NONE {
        return special(c, cell);
    }
    let [up, right, down, left] = [12, 8, 4, 0].map(|shift| (arms >> shift) & 0xF);
    let mut d = String::new();
    if [up, right, down, left].contains(&3) {
        doubles(&mut d, cell, [up, right, down, left]);
    } else {
        singles(&mut d, cell, [up, right, down, left]);
    }
    Some(vec![Ink::Line(d)])
}

/// Light and heavy lines: each arm runs from the cell's edge into the centre, far enough
/// to cover the lines it meets so that corners are square.
fn singles(d: &mut String, cell: CellBox, [up, right, down, left]: [u16; 4]) {
    let (vc, hc) = centre(cell);
    let (bottom, right_edge) = (cell.y + cell.h, cell.x + cell.w);
    let across_v = half(up).max(half(down));
    let across_h = half(left).max(half(right));
    let reach = |across: f32, own: f32| if across > 0.0 { across } else { own };
    if up > 0 {
        let w = half(up);
        rect(d, vc - w, cell.y, vc + w, hc + reach(across_h, 0.5));
    }
    if down > 0 {
        let w = half(down);
        rect(d, vc - w, hc - reach(across_h, 0.5), vc + w, bottom);
    }
    if left > 0 {
        let w = half(left);
        rect(d, cell.x, hc - w, vc + reach(across_v, 0.5), hc + w);
    }
    if right > 0 {
        let w = half(right);
        rect(d, vc - reach(across_v, 0.5), hc - w, right_edge, hc + w);
    }
}

/// Lines where at least one arm is double. A double arm is two light lines either side
/// of the centre; where two double arms meet, the inner lines turn the corner inside and
/// the outer lines outside, as in `╔`. A single arm stops at the nearer line of a double
/// pair it crosses into (`╟`), or runs to the far one at a corner (`╓`).
fn doubles(d: &mut String, cell: CellBox, [up, right, down, left]: [u16; 4]) {
    let (vc, hc) = centre(cell);
    let (top, bottom) = (cell.y, cell.y + cell.h);
    let (left_edge, right_edge) = (cell.x, cell.x + cell.w);
    let g = DOUBLE_GAP;
    let vline = |d: &mut String, x: f32, y0: f32, y1: f32| {
        rect(d, x - 0.5, y0.min(y1) - 0.5, x + 0.5, y0.max(y1) + 0.5);
    };
    let hline = |d: &mut String, y: f32, x0: f32, x1: f32| {
        rect(d, x0.min(x1) - 0.5, y - 0.5, x0.max(x1) + 0.5, y + 0.5);
    };
    // Where a double arm's line on one side ends: `side` is the arm beside that line,
    // `other` the arm on the opposite side, `through` the arm straight ahead.
    let stop = |side: u16, other: u16, through: u16| -> f32 {
        if side == 3 {
            -g
        } else if other == 3 && through == 0 {
            g
        } else {
            0.0
        }
    };
    // Where a single arm ends when it meets a double pair.
    let single_reach = |both_sides: bool| if both_sides { g } else { -g };

    let vertical_double = up == 3 || down == 3;
    let horizontal_double = left == 3 || right == 3;
    if up == 3 {
        vline(d, vc - g, top + 0.5, hc + stop(left, right, down));
        vline(d, vc + g, top + 0.5, hc + stop(right, left, down));
    } else if up > 0 {
        let end = if horizontal_double {
            hc - single_reach(left > 0 && right > 0)
        } else {
            hc
        };
        rect(d, vc - half(up), top, vc + half(up), end + 0.5);
    }
    if down == 3 {
        vline(d, vc - g, bottom - 0.5, hc - stop(left, right, up));
        vline(d, vc + g, bottom - 0.5, hc - stop(right, left, up));
    } else if down > 0 {
        let start = if horizontal_double {
            hc + single_reach(left > 0 && right > 0)
        } else {
            hc
        };
        rect(d, vc - half(down), start - 0.5, vc + half(down), bottom);
    }
    if left == 3 {
        hline(d, hc - g, left_edge + 0.5, vc + stop(up, down, right));
        hline(d, hc + g, left_edge + 0.5, vc + stop(down, up, right));
    } else if left > 0 {
        let end = if vertical_double {
            vc - single_reach(up > 0 && down > 0)
        } else {
            vc
        };
        rect(d, left_edge, hc - half(left), end + 0.5, hc + half(left));
    }
    if right == 3 {
        hline(d, hc - g, right_edge - 0.5, vc - stop(up, down, left));
        hline(d, hc + g, right_edge - 0.5, vc - stop(down, up, left));
    } else if right > 0 {
        let start = if vertical_double {
            vc + single_reach(up > 0 && down > 0)
        } else {
            vc
        };
        rect(
            d,
            start - 0.5,
            hc - half(right),
            right_edge,
            hc + half(right),
        );
    }
}

/// Dashed lines, rounded corners and diagonals.
fn special(c: char, cell: CellBox) -> Option<Vec<Ink>> {
    let (vc, hc) = centre(cell);
    let (right_edge, bottom) = (cell.x + cell.w, cell.y + cell.h);
    // (dashes, heavy, vertical)
    let dashed = match c {
        '┄' => Some((3, false, false)),
        '┅' => Some((3, true, false)),
        '┆' => Some((3, false, true)),
        '┇' => Some((3, true, true)),
        '┈' => Some((4, false, false)),
        '┉' => Some((4, true, false)),
        '┊' => Some((4, false, true)),
        '┋' => Some((4, true, true)),
        '╌' => Some((2, false, false)),
        '╍' => Some((2, true, false)),
        '╎' => Some((2, false, true)),
        '╏' => Some((2, true, true)),
        _ => None,
    };
    if let Some((n, heavy, vertical)) = dashed {
        let w = half(if heavy { 2 } else { 1 });
        let length = if vertical { cell.h } else { cell.w };
        let slot = length / n as f32;
        let mut d = String::new();
        for i in 0..n {
            let a = i as f32 * slot + slot * 0.2;
            let b = a + slot * 0.6;
            if vertical {
                rect(&mut d, vc - w, cell.y + a, vc + w, cell.y + b);
            } else {
                rect(&mut d, cell.x + a, hc - w, cell.x + b, hc + w);
            }
        }
        return Some(vec![Ink::Line(d)]);
    }
    // Rounded corners: which way the horizontal and vertical arms go (+1 right/down).
    let arc = match c {
        '╭' => Some((1.0, 1.0)),
        '╮' => Some((-1.0, 1.0)),
        '╯' => Some((-1.0, -1.0)),
        '╰' => Some((1.0, -1.0)),
        _ => None,
    };
    if let Some((sx, sy)) = arc {
        let r = (cell.w / 2.0).floor();
        let edge_x = if sx > 0.0 { right_edge } else { cell.x };
        let edge_y = if sy > 0.0 { bottom } else { cell.y };
        let sweep = u8::from(sx * sy < 0.0);
        let d = format!(
            "M{edge_x} {hc}H{}A{r} {r} 0 0 {sweep} {vc} {}V{edge_y}",
            vc + sx * r,
            hc + sy * r
        );
        return Some(vec![Ink::Stroke(d)]);
    }
    let rising = format!("M{right_edge} {}L{} {bottom}", cell.y, cell.x);
    let falling = format!("M{} {}L{right_edge} {bottom}", cell.x, cell.y);
    match c {
        '╱' => Some(vec![Ink::Stroke(rising)]),
        '╲' => Some(vec![Ink::Stroke(falling)]),
        '╳' => Some(vec![Ink::Stroke(rising + &falling)]),
        _ => None,
    }
}

/// Block elements: halves, eighths, quadrants and shades.
fn block(c: char, cell: CellBox) -> Vec<Ink> {
    let CellBox { x, y, w, h } = cell;
    let mut d = String::new();
    let mut fill = |fx0: f32, fy0: f32, fx1: f32, fy1: f32| {
        rect(&mut d, x + fx0 * w, y + fy0 * h, x + fx1 * w, y + fy1 * h);
    };
    let eighth = |n: u32| n as f32 / 8.0;
    let code = u32::from(c);
    match c {
        '▀' => fill(0.0, 0.0, 1.0, 0.5),
        '▁'..='█' => fill(0.0, 1.0 - eighth(code - 0x2580), 1.0, 1.0),
        '▉'..='▏' => fill(0.0, 0.0, eighth(0x2590 - code), 1.0),
        '▐' => fill(0.5, 0.0, 1.0, 1.0),
        '░' | '▒' | '▓' => {
            fill(0.0, 0.0, 1.0, 1.0);
            let percent = match c {
                '░' => 25,
                '▒' => 50,
                _ => 75,
            };
            return vec![Ink::Shade(percent, d)];
        }
        '▔' => fill(0.0, 0.0, 1.0, eighth(1)),
        '▕' => fill(1.0 - eighth(1), 0.0, 1.0, 1.0),
        _ => {
            // Quadrants: upper left, upper right, lower left, lower right.
            let [ul, ur, ll, lr] = match c {
                '▖' => [false, false, true, false],
                '▗' => [false, false, false, true],
                '▘' => [true, false, false, false],
                '▙' => [true, false, true, true],
                '▚' => [true, false, false, true],
                '▛' => [true, true, true, false],
                '▜' => [true, true, false, true],
                '▝' => [false, true, false, false],
                '▞' => [false, true, true, false],
                _ => [false, true, true, true],
            };
            for (on, (fx, fy)) in
                [ul, ur, ll, lr]
                    .into_iter()
                    .zip([(0.0, 0.0), (0.5, 0.0), (0.0, 0.5), (0.5, 0.5)])
            {
                if on {
                    fill(fx, fy, fx + 0.5, fy + 0.5);
                }
            }
        }
    }
    vec![Ink::Block(d)]
}

/// The solid triangles, as used for markers and pointers.
fn triangle(c: char, cell: CellBox) -> Option<String> {
    let (vc, hc) = centre(cell);
    let CellBox { x, w, .. } = cell;
    // Half the height and the width of the triangle, in units of the cell width.
    let (size, pointing) = match c {
        '▶' => (0.75, 'r'),
        '▸' => (0.5, 'r'),
        '◀' => (0.75, 'l'),
        '◂' => (0.5, 'l'),
        '▲' => (0.75, 'u'),
        '▴' => (0.5, 'u'),
        '▼' => (0.75, 'd'),
        '▾' => (0.5, 'd'),
        _ => return None,
    };
    let s = size * w;
    let (l, r) = (x + (w - s) / 2.0, x + (w + s) / 2.0);
    let points = match pointing {
        'r' => [(l, hc - s / 1.6), (r, hc), (l, hc + s / 1.6)],
        'l' => [(r, hc - s / 1.6), (l, hc), (r, hc + s / 1.6)],
        'u' => [
            (vc - s / 2.0, hc + s / 2.5),
            (vc, hc - s / 2.0),
            (vc + s / 2.0, hc + s / 2.5),
        ],
        _ => [
            (vc - s / 2.0, hc - s / 2.5),
            (vc, hc + s / 2.0),
            (vc + s / 2.0, hc - s / 2.5),
        ],
    };
    let [(x0, y0), (x1, y1), (x2, y2)] = points;
    Some(format!("M{x0} {y0}L{x1} {y1}L{x2} {y2}z"))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    const CELL: CellBox = CellBox {
        x: 0.0,
        y: 0.0,
        w: 9.0,
        h: 18.0,
    };

    /// The whole pixels covered by a path of `M x y h w v h h -w z` rectangles.
    fn pixels(d: &str) -> BTreeSet<(i32, i32)> {
        let mut covered = BTreeSet::new();
        for part in d.split('M').filter(|p| !p.is_empty()) {
            let nums: Vec<f32> = part
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().expect("number"))
                .collect();
            let [x, y, w, h, ..] = nums[..] else {
                panic!("not a rectangle: {part}")
            };
            for px in (x.ceil() as i32)..((x + w).floor() as i32) {
                for py in (y.ceil() as i32)..((y + h).floor() as i32) {
                    covered.insert((px, py));
                }
            }
        }
        covered
    }

    fn line_pixels(c: char) -> BTreeSet<(i32, i32)> {
        match draw(c, CELL).as_deref() {
            Some([Ink::Line(d)]) => pixels(d),
            other => panic!("{c}: {other:?}"),
        }
    }

    /// Pixels reachable from `start` through covered neighbours.
    fn reachable(covered: &BTreeSet<(i32, i32)>, start: (i32, i32)) -> BTreeSet<(i32, i32)> {
        let mut seen = BTreeSet::from([start]);
        let mut todo = vec![start];
        while let Some((x, y)) = todo.pop() {
            for next in [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)] {
                if covered.contains(&next) && seen.insert(next) {
                    todo.push(next);
                }
            }
        }
        seen
    }

    #[test]
    fn every_arm_reaches_its_edge_and_only_those_edges_are_touched() {
        for (i, &arms) in ARMS.iter().enumerate() {
            if arms == NONE {
                continue;
            }
            let c = char::from_u32(0x2500 + i as u32).expect("box-drawing char");
            let covered = line_pixels(c);
            let [up, right, down, left] = [12, 8, 4, 0].map(|s| (arms >> s) & 0xF);
            // Where each arm crosses its edge: the centre column 4 or row 8, or for a
            // double arm the two lines either side of it.
            let across = |weight: u16, centre: i32| match weight {
                0 => vec![],
                3 => vec![centre - 2, centre + 2],
                _ => vec![centre],
            };
            for (weight, edge) in [(up, 0), (down, 17)] {
                let touched: Vec<i32> = (0..9).filter(|&x| covered.contains(&(x, edge))).collect();
                if weight == 0 {
                    assert!(touched.is_empty(), "{c} touches row {edge}: {touched:?}");
                }
                for x in across(weight, 4) {
                    assert!(touched.contains(&x), "{c} misses ({x}, {edge})");
                }
            }
            for (weight, edge) in [(left, 0), (right, 8)] {
                let touched: Vec<i32> = (0..18).filter(|&y| covered.contains(&(edge, y))).collect();
                if weight == 0 {
                    assert!(touched.is_empty(), "{c} touches column {edge}: {touched:?}");
                }
                for y in across(weight, 8) {
                    assert!(touched.contains(&y), "{c} misses ({edge}, {y})");
                }
            }
            // Without double lines a glyph is one connected stroke, corners included.
            if ![up, right, down, left].contains(&3) {
                let first = *covered.iter().next().expect("inked");
                assert_eq!(reachable(&covered, first), covered, "{c} is broken");
            }
        }
    }

    #[test]
    fn double_corners_turn_inside_and_outside() {
        // ╔: the outer lines meet at the top left, the inner ones at the bottom right, and
        // the two lines never touch each other.
        let covered = line_pixels('╔');
        let outer = reachable(&covered, (2, 17));
        assert!(
            outer.contains(&(8, 6)),
            "outer line turns to the right edge"
        );
        let inner = reachable(&covered, (6, 17));
        assert!(
            inner.contains(&(8, 10)),
            "inner line turns to the right edge"
        );
        assert!(outer.is_disjoint(&inner));
    }

    #[test]
    fn text_characters_are_left_to_the_font() {
        for c in ['a', '£', '•', '…', '↑', ' ', '~'] {
            assert!(!is_drawn(c), "{c}");
        }
        for c in ['─', '╭', '█', '▀', '▶', '░', '╔', '┄'] {
            assert!(is_drawn(c), "{c}");
        }
    }

    #[test]
    fn blocks_fill_their_fraction_of_the_cell() {
        let area = |c: char| match draw(c, CELL).as_deref() {
            Some([Ink::Block(d)]) => pixels(d).len(),
            other => panic!("{c}: {other:?}"),
        };
        assert_eq!(area('█'), 9 * 18);
        assert_eq!(area('▀'), 9 * 9);
        assert_eq!(area('▄'), 9 * 9);
        assert_eq!(area('▖'), area('▝'));
        assert!(area('▁') < area('▂'));
        // Upper and lower halves together cover the cell exactly once.
        let halves = |c| match draw(c, CELL).as_deref() {
            Some([Ink::Block(d)]) => pixels(d),
            _ => BTreeSet::new(),
        };
        assert!(halves('▀').is_disjoint(&halves('▄')));
    }
}
