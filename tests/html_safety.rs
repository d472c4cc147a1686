//! Nothing a data file says can become markup in the exported page, and the page's QR
//! codes are the terminal's codes, module for module, and scan to the right address.

mod common;
#[path = "common/html.rs"]
mod html;

use std::collections::BTreeSet;

use common::*;
use hi_tui::data::Catalogue;
use hi_tui::export::html::{escape, hand_out, to_html};
use hi_tui::qr::Grid;
use html::Node;
use proptest::prelude::*;
use serde_json::Value;

const MINIMAL: &str = include_str!("../data/examples/minimal.ron");

/// Text that would be markup if it reached the page unescaped.
const ATTACK: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>' onmouseover='alert(3)' &amp; & </title></svg></style><!--";

fn minimal() -> Catalogue {
    hi_tui::data::load_str(MINIMAL, "minimal.ron").expect("the example is valid")
}

/// Every string in the catalogue (ids and references too, so they still resolve, and the
/// quiz's specialism keys) rewritten by `f`; every string but a route's kind.
fn mutate(catalogue: &Catalogue, f: &dyn Fn(&str) -> String) -> Catalogue {
    fn walk(value: &mut Value, f: &dyn Fn(&str) -> String, map_keys: bool) {
        match value {
            Value::String(s) => *s = f(s),
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, f, false)),
            Value::Object(fields) => {
                let old = std::mem::take(fields);
                for (key, mut v) in old {
                    // A route's kind is one of a fixed set of names, not free text.
                    if key != "kind" {
                        walk(&mut v, f, key == "weights");
                    }
                    fields.insert(if map_keys { f(&key) } else { key }, v);
                }
            }
            _ => {}
        }
    }
    let mut value = serde_json::to_value(catalogue).expect("serialises");
    walk(&mut value, f, false);
    serde_json::from_value(value).expect("same shape")
}

/// How many strings the catalogue holds.
fn string_count(catalogue: &Catalogue) -> usize {
    fn count(value: &Value) -> usize {
        match value {
            Value::String(_) => 1,
            Value::Array(items) => items.iter().map(count).sum(),
            Value::Object(fields) => fields.values().map(count).sum(),
            _ => 0,
        }
    }
    count(&serde_json::to_value(catalogue).expect("serialises"))
}

fn tags(page: &Node) -> BTreeSet<(String, Vec<String>)> {
    page.descendants()
        .into_iter()
        .map(|n| {
            (
                n.name.clone(),
                n.attrs.iter().map(|(a, _)| a.clone()).collect(),
            )
        })
        .collect()
}

fn parse(document: &str) -> Node {
    html::parse(document).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

#[test]
fn markup_in_every_field_stays_text() {
    let first = minimal();
    assert!(!first.stages.is_empty() && !first.routes.is_empty() && !first.working.is_empty());
    assert!(
        first.pay_tables.iter().any(|t| t.note.is_some()),
        "the example fills every field"
    );
    // Each nation's page: the pay notes and band notes are only on their own nation's.
    for nation in 0..first.pay_tables.len() {
        let mut clean = first.clone();
        clean.set_nation(nation);
        markup_stays_text(&clean);
    }
}

fn markup_stays_text(clean: &hi_tui::data::Catalogue) {
    let expected = tags(&parse(&to_html(clean)));
    let id = clean.specialisms[0].id.clone();
    // After: the links keep their https:// and stay links. Before: they do not.
    let after = |s: &str| format!("{s}{ATTACK}");
    let before = |s: &str| format!("{ATTACK}javascript:alert(4) {s}");
    for rewrite in [&after as &dyn Fn(&str) -> String, &before] {
        let mut hostile = mutate(clean, rewrite);
        hostile.set_nation(clean.nation());
        let documents = [
            to_html(&hostile),
            hand_out(&hostile, &rewrite(&id)).expect("the rewritten id is there"),
        ];
        for document in documents {
            let page = parse(&document);
            // Element names and attribute names are exactly the clean page's: nothing
            // was added, such as <script>, <img> or an onerror attribute.
            assert_eq!(tags(&page), expected);
            let text = page.text();
            assert!(
                text.matches("<script>alert(1)</script>").count() >= string_count(clean) / 2,
                "the data is shown as text, not dropped"
            );
            for a in page.all("a") {
                let href = a.attr("href").expect("href");
                assert!(
                    href.starts_with("https://") || href.starts_with('#'),
                    "{href}"
                );
            }
            for node in page.descendants() {
                for (attr, value) in &node.attrs {
                    if attr == "class" || attr == "role" || attr == "scope" {
                        assert!(!value.contains('<'), "{attr}={value}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_raw_page_never_holds_the_attack_unescaped() {
    let hostile = mutate(&minimal(), &|s| format!("{s}{ATTACK}"));
    let document = to_html(&hostile);
    // (The words onerror= and onmouseover= do reach the page, as harmless text after
    // an escaped <.)
    for raw in ["<script", "<img", "<!--", "</style><", "'alert"] {
        assert!(!document.contains(raw), "{raw} reached the page");
    }
    assert!(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img"));
    assert!(document.contains("&#39; onmouseover=&#39;alert(3)&#39; &amp;amp; &amp; "));
}

/// Escaped text holds no markup character, and unescaping gives back the text.
fn check_escape(text: &str) -> Result<(), TestCaseError> {
    let escaped = escape(text);
    prop_assert!(
        !escaped.contains(['<', '>', '"', '\'']),
        "{text:?} escaped to {escaped:?}"
    );
    let back = escaped
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    prop_assert_eq!(back, text);
    Ok(())
}

proptest! {
    #![proptest_config(replay::config(256, "tests/proptest-regressions/html_safety.txt"))]

    #[test]
    fn escaped_text_has_no_markup_characters_and_reads_back_the_same(text in any::<String>()) {
        check_escape(&text)?;
    }
}

/// The failures proptest shrank and saved in `tests/proptest-regressions/html_safety.txt`,
/// checked by name on every run, with the exact escaping written out.
#[test]
fn saved_failures_a_lone_less_than_and_a_lone_double_quote_are_escaped() {
    for text in ["<", "\""] {
        check_escape(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
    assert_eq!(escape("<"), "&lt;");
    assert_eq!(escape("\""), "&quot;");
    assert_eq!(escape("'>&"), "&#39;&gt;&amp;");
}

/// The dark modules an SVG draws, from its `M{x} {y}h{run}v1h-{run}z` path, as a grid
/// of `size` × `size`.
fn modules(svg: &Node) -> (usize, Vec<bool>) {
    let view_box = svg.attr("viewBox").expect("viewBox");
    let size: usize = view_box
        .split(' ')
        .nth(2)
        .and_then(|w| w.parse().ok())
        .expect("size");
    let path = svg
        .all("path")
        .into_iter()
        .find(|p| p.attr("fill") == Some("#000"))
        .expect("a dark path");
    let mut dark = vec![false; size * size];
    for run in path
        .attr("d")
        .expect("d")
        .split('M')
        .filter(|r| !r.is_empty())
    {
        let (x, rest) = run.split_once(' ').expect("x y");
        let (y, rest) = rest.split_once('h').expect("h");
        let (len, tail) = rest.split_once('v').expect("v");
        assert_eq!(tail, format!("1h-{len}z"), "one module high");
        let (x, y, len): (usize, usize, usize) = (
            x.parse().expect("x"),
            y.parse().expect("y"),
            len.parse().expect("len"),
        );
        for cell in &mut dark[y * size + x..y * size + x + len] {
            *cell = true;
        }
    }
    (size, dark)
}

fn scan(size: usize, dark: &[bool]) -> Option<String> {
    const SCALE: usize = 4;
    let px = size * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
        if dark[(y / SCALE) * size + x / SCALE] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    let (_, content) = grids.first()?.decode().ok()?;
    Some(content)
}

#[test]
fn each_qr_code_is_the_terminal_code_and_scans_to_its_link() {
    let catalogue = shipped();
    let page = parse(&to_html(&catalogue));
    for s in &catalogue.specialisms {
        let url = &catalogue.source(&s.link).expect("valid").url;
        let svg = page
            .all("svg")
            .into_iter()
            .find(|svg| svg.attr("aria-labelledby") == Some(&format!("qr_{}", s.id)))
            .unwrap_or_else(|| panic!("{}: no QR code", s.id));
        let (size, dark) = modules(svg);
        let grid = Grid::encode(url).expect("encodes");
        assert_eq!(size, grid.size, "{}", s.id);
        for y in 0..size {
            for x in 0..size {
                assert_eq!(
                    dark[y * size + x],
                    grid.is_dark(x, y),
                    "{} at ({x}, {y})",
                    s.id
                );
            }
        }
        assert_eq!(scan(size, &dark).as_deref(), Some(url.as_str()), "{}", s.id);
    }
}
