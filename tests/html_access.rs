//! The exported page is accessible and self-contained: English, one h1 and headings in
//! order, tables with captions and scoped header cells, named QR images, visible focus,
//! colours of at least 4.5:1 in light and dark, a black-and-white print scheme, and
//! nothing fetched from elsewhere or run.

mod common;
#[path = "common/html.rs"]
mod html;

use common::*;
use hi_tui::export::html::{hand_out, to_html};
use html::Node;

fn documents() -> Vec<(String, String)> {
    let catalogue = shipped();
    let mut docs = vec![(String::from("everything"), to_html(&catalogue))];
    for s in &catalogue.specialisms {
        docs.push((s.id.clone(), hand_out(&catalogue, &s.id).expect("valid id")));
    }
    docs.push((String::from("small"), to_html(&small())));
    docs
}

fn page(document: &str) -> Node {
    html::parse(document).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

fn style(page: &Node) -> String {
    page.first("style").map(Node::raw_text).expect("a <style>")
}

#[test]
fn english_with_one_h1_and_headings_that_never_skip_a_level() {
    for (name, document) in documents() {
        let page = page(&document);
        assert_eq!(page.name, "html");
        assert_eq!(page.attr("lang"), Some("en-GB"));
        let levels: Vec<u8> = page
            .descendants()
            .iter()
            .filter_map(|n| match n.name.as_bytes() {
                [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
                _ => None,
            })
            .collect();
        assert_eq!(levels.first(), Some(&1), "{name}");
        assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1, "{name}");
        for pair in levels.windows(2) {
            assert!(
                pair[1] <= pair[0] + 1,
                "{name}: h{} after h{}",
                pair[1],
                pair[0]
            );
        }
        assert!(levels.len() > 10, "{name}");
    }
}

#[test]
fn tables_have_captions_scoped_headers_and_a_named_scrolling_region() {
    for (name, document) in documents() {
        let page = page(&document);
        let tables = page.all("table");
        assert!(!tables.is_empty(), "{name}");
        for table in tables {
            let first = table.elements().next().expect("a child");
            assert_eq!(first.name, "caption", "{name}: caption first");
            assert!(!first.text().is_empty());
            for th in table.all("th") {
                assert!(
                    matches!(th.attr("scope"), Some("col" | "row")),
                    "{name}: {th:?}"
                );
            }
            for row in table.first("tbody").expect("tbody").all("tr") {
                let head = row.elements().next().expect("cells");
                assert_eq!(
                    (head.name.as_str(), head.attr("scope")),
                    ("th", Some("row"))
                );
            }
        }
        // Each table scrolls in its own region, which keyboard users can focus and
        // screen readers can name.
        for region in page
            .descendants()
            .into_iter()
            .filter(|n| n.has_class("table-wrap"))
        {
            assert_eq!(region.attr("role"), Some("region"));
            assert_eq!(region.attr("tabindex"), Some("0"));
            let label = region.attr("aria-labelledby").expect("labelled");
            let label = page.by_id(label).expect("the label exists");
            assert!(!label.text().is_empty());
            assert_eq!(
                region.elements().next().map(|t| t.name.as_str()),
                Some("table")
            );
        }
    }
}

#[test]
fn qr_codes_are_images_named_by_their_link() {
    let catalogue = shipped();
    let page = page(&to_html(&catalogue));
    let svgs = page.all("svg");
    assert_eq!(svgs.len(), catalogue.specialisms.len());
    for (svg, s) in svgs.iter().zip(&catalogue.specialisms) {
        assert_eq!(svg.attr("role"), Some("img"));
        let title = page
            .by_id(svg.attr("aria-labelledby").expect("named"))
            .expect("title");
        assert_eq!(title.name, "title");
        let url = &catalogue.source(&s.link).expect("valid").url;
        assert_eq!(title.text(), format!("QR code for {url}"));
    }
}

/// `--name: #rrggbb;` declarations in the first `:root` block after `start`.
fn palette(css: &str, start: &str) -> Vec<(String, [u8; 3])> {
    let at = css.find(start).unwrap_or_else(|| panic!("no {start}"));
    let rest = &css[at..];
    let block = &rest[rest.find(":root {").expect(":root {") + ":root {".len()..];
    let block = &block[..block.find('}').expect("}")];
    block
        .split(';')
        .filter_map(|decl| {
            let (name, value) = decl.split_once(':')?;
            let name = name.trim().strip_prefix("--")?;
            let hex = value.trim().strip_prefix('#')?;
            let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
            Some((name.to_owned(), [channel(0)?, channel(2)?, channel(4)?]))
        })
        .collect()
}

/// WCAG 2 contrast ratio of two sRGB colours.
fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (l1, l2) = (luminance(a), luminance(b));
    (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
}

#[test]
fn contrast_is_at_least_4_5_to_1_in_light_and_dark() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
    let css = style(&page(&to_html(&small())));
    for scheme in [":root", "prefers-color-scheme: dark"] {
        let colours = palette(&css, scheme);
        let colour = |name: &str| {
            colours
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, c)| *c)
                .unwrap_or_else(|| panic!("{scheme}: no --{name}"))
        };
        // Text on the backgrounds it is drawn on; the focus ring and table rules are not
        // text, so 3:1 (WCAG non-text contrast).
        for (fg, bg, least) in [
            ("text", "bg", 4.5),
            ("muted", "bg", 4.5),
            ("link", "bg", 4.5),
            ("visited", "bg", 4.5),
            ("text", "head-bg", 4.5),
            ("focus-text", "focus-bg", 4.5),
            ("focus-ring", "bg", 3.0),
            ("line", "bg", 3.0),
        ] {
            let ratio = contrast(colour(fg), colour(bg));
            assert!(ratio >= least, "{scheme}: --{fg} on --{bg} is {ratio:.2}:1");
        }
    }
}

#[test]
fn print_is_black_on_white_whatever_the_screen_scheme() {
    let css = style(&page(&to_html(&small())));
    let print = palette(&css, "@media print");
    assert!(print.len() >= 6, "{print:?}");
    for (name, colour) in print {
        assert!(
            colour == [0, 0, 0] || colour == [255, 255, 255],
            "--{name} is {colour:?}"
        );
    }
    // The print block follows the dark one, so it wins when a dark-mode reader prints.
    assert!(css.find("@media print") > css.find("prefers-color-scheme: dark"));
}

#[test]
fn focus_is_visible_on_links_and_scrolling_tables() {
    let css = style(&page(&to_html(&small())));
    for selector in ["a:focus-visible", ".table-wrap:focus-visible"] {
        let at = css
            .find(selector)
            .unwrap_or_else(|| panic!("no {selector} rule"));
        let rule = &css[at..at + css[at..].find('}').expect("}")];
        assert!(
            rule.contains("outline") || rule.contains("box-shadow"),
            "{rule}"
        );
        assert!(!rule.contains("outline: none"), "{rule}");
    }
}

#[test]
fn nothing_is_fetched_or_run() {
    for (name, document) in documents() {
        let page = page(&document);
        for node in page.descendants() {
            assert!(
                !matches!(
                    node.name.as_str(),
                    "script"
                        | "img"
                        | "link"
                        | "iframe"
                        | "object"
                        | "embed"
                        | "image"
                        | "use"
                        | "audio"
                        | "video"
                ),
                "{name}: <{}>",
                node.name
            );
            for (attr, _) in &node.attrs {
                assert!(
                    !attr.starts_with("on") && !matches!(attr.as_str(), "src" | "srcset" | "style"),
                    "{name}: {attr} on <{}>",
                    node.name
                );
            }
        }
        let css = style(&page);
        for banned in ["url(", "@import", "@font-face", "image-set("] {
            assert!(!css.contains(banned), "{name}: {banned}");
        }
    }
}

/// What the print footer says in the page margin (from CSS) is also in the document, so
/// nothing is lost with the stylesheet off or in a browser without margin boxes.
#[test]
fn the_print_footer_says_what_the_page_footer_says() {
    let page = page(&to_html(&shipped()));
    let css = style(&page);
    let at = css.find("@bottom-left").expect("a footer margin box");
    let content = &css[at..];
    let start = content.find("content: \"").expect("content") + "content: \"".len();
    let end = start + content[start..].find('"').expect("end quote");
    let mut footer = String::new();
    let mut rest = &content[start..end];
    while let Some(slash) = rest.find('\\') {
        footer.push_str(&rest[..slash]);
        let hex_end = rest[slash + 1..]
            .find(' ')
            .expect("escape ends with a space");
        let code = u32::from_str_radix(&rest[slash + 1..slash + 1 + hex_end], 16).expect("hex");
        footer.push(char::from_u32(code).expect("a char"));
        rest = &rest[slash + 1 + hex_end + 1..];
    }
    footer.push_str(rest);
    assert!(
        footer.starts_with(
            "Pay: Agenda for Change 2026/27, England, full-time basic (37.5 hours a week)."
        ),
        "{footer}"
    );
    let shown = page.first("footer").map(Node::text).expect("a <footer>");
    assert_eq!(shown, footer);
}
