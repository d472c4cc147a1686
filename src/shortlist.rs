//! The take-away shortlist: the pinned rungs as plain text a phone camera shows as it is,
//! with one official link to read more, and the QR codes it fits in. A code that fits the
//! window holds only so much: the whole list goes in one code where it fits with names
//! shortened a little at most; otherwise each rung gets its own code ("2 of 3"), its
//! longest names shortened (band and pay never are) until it fits.

use crate::data::{Catalogue, SourceKind, pounds};
use crate::measure::compare::Pin;
use crate::qr::{Grid, QUIET};

/// How far names are shortened, from not at all to the least that still says something:
/// the most characters of a rung's title, its specialism's name and its first route in.
const SHORTER: [(usize, usize, usize); 9] = [
    (usize::MAX, usize::MAX, usize::MAX),
    (usize::MAX, usize::MAX, 40),
    (60, 32, 32),
    (48, 24, 26),
    (40, 20, 22),
    (32, 16, 18),
    (26, 12, 14),
    (22, 10, 12),
    (18, 8, 10),
];

/// The most shortening allowed before the list is split into one code per rung.
const READABLE: usize = 3;

/// Room the text beside the code needs, in columns.
pub const TEXT_COLUMNS: u16 = 28;

/// The shortlist's text with names cut to at most (title, specialism, route) characters.
/// `part` is (this code, of how many) when the list is split; the rungs keep their numbers.
pub fn text_within(
    catalogue: &Catalogue,
    pins: &[(usize, Pin)],
    part: Option<(usize, usize)>,
    limits: (usize, usize, usize),
) -> String {
    let pay = catalogue.pay();
    let (title_max, name_max, route_max) = limits;
    let part = part.map_or(String::new(), |(n, of)| format!(", {n} of {of}"));
    let mut out = format!(
        "My NHS informatics shortlist{part} ({} pay, {})",
        pay.year, pay.region
    );
    for &(n, pin) in pins {
        let Some(specialism) = catalogue.specialisms.get(pin.specialism) else {
            continue;
        };
        let Some(rung) = specialism.ladder.get(pin.rung) else {
            continue;
        };
        out += &format!(
            "\n{}. {} ({})\n{}",
            n + 1,
            shorten(&rung.title, title_max),
            shorten(&specialism.name, name_max),
            rung.band_words().replace('–', "-")
        );
        match catalogue.pay_range(rung) {
            Some((low, high)) if low == high => out += &format!(" {}", pounds(low)),
            Some((low, high)) => out += &format!(" {}-{}", pounds(low), pounds(high)),
            None => {}
        }
        let routes = if rung.routes.is_empty() {
            &specialism.routes
        } else {
            &rung.routes
        };
        if let Some(route) = catalogue.routes_named(routes).next() {
            out += &format!("; in: {}", shorten(&route.name, route_max));
        }
    }
    let pins: Vec<Pin> = pins.iter().map(|&(_, pin)| pin).collect();
    if let Some(url) = read_more(catalogue, &pins) {
        out += &format!("\nMore: {url}");
    }
    out
}

/// The whole shortlist text, names uncut, in one piece.
pub fn text(catalogue: &Catalogue, pins: &[Pin]) -> String {
    text_within(catalogue, &numbered(pins), None, SHORTER[0])
}

fn numbered(pins: &[Pin]) -> Vec<(usize, Pin)> {
    pins.iter().copied().enumerate().collect()
}

/// One QR code of the shortlist and the text it holds.
#[derive(Debug, Clone)]
pub struct Code {
    pub text: String,
    pub grid: Grid,
}

/// The shortlist as QR codes no wider or taller than `max_modules` (quiet zone
/// included): one code if the list fits with little shortening, else one per rung.
/// `None` when even a single rung, shortened most, will not fit.
pub fn codes(catalogue: &Catalogue, pins: &[Pin], max_modules: usize) -> Option<Vec<Code>> {
    let all = numbered(pins);
    if let Some(code) = fit(catalogue, &all, None, &SHORTER[..=READABLE], max_modules) {
        return Some(vec![code]);
    }
    if pins.len() == 1 {
        return fit(catalogue, &all, None, &SHORTER, max_modules).map(|code| vec![code]);
    }
    all.iter()
        .map(|&pin| {
            let part = Some((pin.0 + 1, pins.len()));
            fit(catalogue, &[pin], part, &SHORTER, max_modules)
        })
        .collect()
}

/// The least shortened text (of `levels`) whose code fits in `max_modules`. A quiet zone
/// of one module is used only when two will not fit.
fn fit(
    catalogue: &Catalogue,
    pins: &[(usize, Pin)],
    part: Option<(usize, usize)>,
    levels: &[(usize, usize, usize)],
    max_modules: usize,
) -> Option<Code> {
    levels.iter().find_map(|&limits| {
        let text = text_within(catalogue, pins, part, limits);
        [QUIET, 1].into_iter().find_map(|quiet| {
            let grid = Grid::encode_with(&text, false, quiet)?;
            (grid.size <= max_modules).then(|| Code {
                text: text.clone(),
                grid,
            })
        })
    })
}

/// The largest code (in modules, quiet zone included) a `width` x `height` window holds:
/// the code takes every row with the text beside it, or all but two rows (a title above,
/// the keys below) when the window is too narrow for text beside it.
pub fn max_modules(width: u16, height: u16) -> usize {
    let beside = (2 * usize::from(height)).min(usize::from(width.saturating_sub(TEXT_COLUMNS)));
    let stacked = (2 * usize::from(height.saturating_sub(2))).min(usize::from(width));
    beside.max(stacked)
}

/// One official link to read more: the shortest official page among the pinned rungs'
/// own links, their specialisms' and the pay table's source (a short link makes a
/// smaller code).
pub fn read_more<'a>(catalogue: &'a Catalogue, pins: &[Pin]) -> Option<&'a str> {
    let official = pins
        .iter()
        .filter_map(|pin| {
            catalogue
                .specialisms
                .get(pin.specialism)
                .map(|s| (s, pin.rung))
        })
        .flat_map(|(s, rung)| {
            let own = s.ladder.get(rung).and_then(|r| r.link.as_deref());
            own.into_iter().chain([s.link.as_str()])
        })
        .filter_map(|id| catalogue.source(id))
        .filter(|source| source.kind == SourceKind::Official)
        .chain(catalogue.source(&catalogue.pay().source))
        .min_by_key(|source| source.url.len());
    official.map(|source| source.url.as_str())
}

/// `name` cut to at most `max` characters at a word boundary, ending in "…".
fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    let cut: String = name.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rsplit_once(' ') {
        Some((head, _)) if head.chars().count() >= max / 2 => head.to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([' ', ',', '(', '-']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cut_at_a_word_and_marked() {
        assert_eq!(shorten("Data analyst", 40), "Data analyst");
        assert_eq!(shorten("Data analyst apprenticeship", 16), "Data analyst…");
        assert_eq!(shorten("Supercalifragilistic", 10), "Supercali…");
        // A space too near the start is not worth cutting at: the word is cut instead.
        assert_eq!(shorten("Ab cdefghijklmnop", 10), "Ab cdefgh…");
        assert_eq!(shorten("Abcdef ghijklmnop", 10), "Abcdef…");
        assert!(crate::text::width(&shorten("Head of information governance", 12)) <= 12);
    }

    fn shipped() -> Catalogue {
        crate::data::embedded().expect("shipped data")
    }

    fn every_rung(catalogue: &Catalogue) -> Vec<Pin> {
        catalogue
            .specialisms
            .iter()
            .enumerate()
            .flat_map(|(s, sp)| {
                (0..sp.ladder.len()).map(move |rung| Pin {
                    specialism: s,
                    rung,
                })
            })
            .collect()
    }

    #[test]
    fn the_largest_code_a_window_holds() {
        // Text beside: every row, two modules a row, if the width allows.
        assert_eq!(max_modules(100, 30), 60);
        assert_eq!(max_modules(200, 20), 40);
        // Too narrow for text beside: all rows but two, as wide as the window.
        assert_eq!(max_modules(60, 40), 60);
        assert_eq!(max_modules(50, 40), 50);
        assert_eq!(max_modules(20, 2), 0);
    }

    #[test]
    fn a_band_with_one_pay_point_says_it_once() {
        let catalogue = shipped();
        let single = every_rung(&catalogue).into_iter().find(|p| {
            let rung = &catalogue.specialisms[p.specialism].ladder[p.rung];
            matches!(catalogue.pay_range(rung), Some((low, high)) if low == high)
        });
        let pin = single.expect("a rung paid one figure (Band 2)");
        let rung = &catalogue.specialisms[pin.specialism].ladder[pin.rung];
        let (low, _) = catalogue.pay_range(rung).expect("pay");
        let text = text(&catalogue, &[pin]);
        assert!(text.contains(&format!(" {}", pounds(low))), "{text}");
        assert!(!text.contains(&format!("{0}-{0}", pounds(low))), "{text}");
    }

    #[test]
    fn the_link_to_read_more_is_always_an_official_page() {
        let catalogue = shipped();
        for pin in every_rung(&catalogue) {
            let url = read_more(&catalogue, &[pin]).expect("a link");
            let source = catalogue
                .sources
                .iter()
                .find(|s| s.url == url)
                .expect("a source");
            assert_eq!(source.kind, SourceKind::Official, "{url}");
        }
    }

    #[test]
    fn a_short_official_page_of_the_rungs_own_is_preferred_to_the_pay_source() {
        let catalogue = shipped();
        let pay = catalogue
            .source(&catalogue.pay().source)
            .expect("pay source");
        let mut checked = 0;
        for pin in every_rung(&catalogue) {
            let specialism = &catalogue.specialisms[pin.specialism];
            let link = catalogue.source(&specialism.link).expect("a source");
            if specialism.ladder[pin.rung].link.is_none()
                && link.kind == SourceKind::Official
                && link.url.len() < pay.url.len()
            {
                assert_eq!(read_more(&catalogue, &[pin]), Some(link.url.as_str()));
                checked += 1;
            }
        }
        assert!(checked > 0, "no rung to check");
    }

    #[test]
    fn split_codes_are_numbered_in_order() {
        let catalogue = shipped();
        let pins: Vec<Pin> = every_rung(&catalogue).into_iter().take(3).collect();
        let codes = codes(&catalogue, &pins, max_modules(100, 30)).expect("fits 100x30");
        assert_eq!(codes.len(), 3, "three rungs at 100x30 take a code each");
        for (n, code) in codes.iter().enumerate() {
            let part = format!("shortlist, {} of 3 (", n + 1);
            assert!(code.text.contains(&part), "{}", code.text);
            assert!(
                code.text.contains(&format!("\n{}. ", n + 1)),
                "{}",
                code.text
            );
        }
    }
}
