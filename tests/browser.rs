//! The exported page in a real browser. Headless Chromium prints it to PDF, and
//! poppler's pdftotext and pdfinfo read the PDF back: every specialism starts a page with
//! its whole ladder on one page, in at most three pages. Chromium then lays the page out at
//! phone and desktop widths and measures that nothing but a table's own scroller is wider
//! than the window.
//!
//! When Chromium or poppler-utils is missing the tests say so loudly; with
//! `CI_REQUIRE_BROWSER=1` (as `.ci/run` sets) they fail instead. The README's picture of a
//! printed page is made here: `HI_TUI_WRITE_PRINTED_PAGE=1 cargo test --test browser`
//! rewrites it.

#[path = "common/browser.rs"]
mod browser;
mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use browser::{Tools, png_size};
use common::shipped;
use hi_tui::data::Catalogue;
use hi_tui::export::html::{hand_out, to_html};

const PRINTED_PAGE: &str = "screenshots/printed-page.png";

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `heading` is in the first few lines of a page's text.
fn starts_with(page: &str, heading: &str) -> bool {
    let top: Vec<String> = page
        .lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .take(3)
        .collect();
    top.iter().any(|line| line == &collapse(heading))
}

/// The index of the page that starts with `heading`: exactly one must.
fn page_starting(pages: &[String], heading: &str) -> usize {
    let found: Vec<usize> = (0..pages.len())
        .filter(|&i| starts_with(&pages[i], heading))
        .collect();
    assert_eq!(found.len(), 1, "pages starting with {heading:?}: {found:?}");
    found[0]
}

/// Every specialism in `catalogue` starts a page and takes at most three (the longest
/// ladder, with every 2026/27 step point, fills a page of its own), with its whole ladder,
/// most senior first, on one page. Returns the index of each start page and of
/// the page that follows the last specialism.
fn assert_specialisms(catalogue: &Catalogue, specialisms: &[&str], pages: &[String]) -> Vec<usize> {
    let mut starts: Vec<usize> = specialisms
        .iter()
        .map(|id| {
            let s = &catalogue.specialisms[catalogue.specialism_index(id).expect("an id")];
            page_starting(pages, &s.name)
        })
        .collect();
    starts.push(page_starting(pages, "Where are you now?"));
    assert!(starts.is_sorted(), "specialisms out of order: {starts:?}");
    for (n, id) in specialisms.iter().enumerate() {
        let s = &catalogue.specialisms[catalogue.specialism_index(id).expect("an id")];
        let span = starts[n + 1] - starts[n];
        assert!(span <= 3, "{} takes {span} pages", s.name);
        let heading = format!("Career ladder: {}", s.name);
        let (page, at) = (starts[n]..starts[n + 1])
            .find_map(|p| pages[p].find(&heading).map(|at| (p, at)))
            .unwrap_or_else(|| panic!("no {heading:?} on its pages"));
        // Each rung's band and pay, senior first, after the heading on that same page:
        // the table is all there and did not split.
        let mut rest = &pages[page][at..];
        for rung in s.ladder.iter().rev() {
            let typical = if rung.typical { "~" } else { "" };
            for cell in [
                format!("{typical}{}", rung.band_words()),
                common::afc::pay_text(&rung.bands),
            ] {
                let found = rest.find(&cell).unwrap_or_else(|| {
                    panic!(
                        "{}: {cell:?} not on page {} after the rung above",
                        rung.title,
                        page + 1
                    )
                });
                rest = &rest[found + cell.len()..];
            }
        }
    }
    starts
}

fn assert_footer_on_every_page(catalogue: &Catalogue, pages: &[String]) {
    let pay = format!(
        "Pay: Agenda for Change {}, {}",
        catalogue.pay_tables[0].year, catalogue.pay_tables[0].region
    );
    for (i, page) in pages.iter().enumerate() {
        let text = collapse(page);
        assert!(text.contains(&pay), "page {} has no pay footer", i + 1);
        assert!(
            text.contains(&format!("Page {} of {}", i + 1, pages.len())),
            "page {} has no page number",
            i + 1
        );
    }
}

/// The whole shipped page printed once, for every test that needs it.
fn printed(tools: &Tools) -> &'static (PathBuf, Vec<String>) {
    static PRINTED: OnceLock<(PathBuf, Vec<String>)> = OnceLock::new();
    PRINTED.get_or_init(|| {
        let dir = Tools::workdir("careers");
        let pdf = tools.print(&dir, "careers", &to_html(&shipped()));
        let pages = tools.pages(&pdf);
        (pdf, pages)
    })
}

#[test]
fn printed_each_specialism_starts_a_page_with_its_whole_ladder() {
    let Some(tools) = Tools::find() else { return };
    let catalogue = shipped();
    let (pdf, pages) = printed(&tools);
    let (count, size) = tools.pdf_info(pdf);
    assert!(size.contains("(A4)"), "{size}");
    assert_eq!(pages.len(), count);
    let pages = pages.as_slice();

    let ids: Vec<&str> = catalogue
        .specialisms
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let starts = assert_specialisms(&catalogue, &ids, pages);
    let front = starts[0];
    let back = count - starts[ids.len()];
    assert_eq!(front, 1, "the title and contents take one page");
    // Two pages a specialism, and one more for the longest (software development: eleven
    // routes in, and a ladder whose 2026/27 step points fill a page).
    assert!(
        count <= 2 * ids.len() + 1 + front + back,
        "{count} pages for {} specialisms",
        ids.len()
    );
    assert!(starts_with(&pages[0], &catalogue.title));
    assert_footer_on_every_page(&catalogue, pages);
    let pdf_bytes = std::fs::metadata(pdf).map(|m| m.len()).unwrap_or(0);
    eprintln!("printed: {count} pages, {pdf_bytes} bytes of PDF, {front} front and {back} back");

    // The README's picture of a printed page: the first specialism's first page.
    let fresh = tools.page_png(pdf, 2, dir_of(pdf));
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join(PRINTED_PAGE);
    if std::env::var_os("HI_TUI_WRITE_PRINTED_PAGE").is_some() {
        std::fs::copy(&fresh, &committed).expect("write the README's picture");
    }
    let bytes = std::fs::read(&committed).unwrap_or_else(|e| {
        panic!("{PRINTED_PAGE}: {e}; make it with HI_TUI_WRITE_PRINTED_PAGE=1 cargo test --test browser")
    });
    assert!(
        bytes.len() < 200_000,
        "{PRINTED_PAGE} is {} bytes",
        bytes.len()
    );
    assert_eq!(
        png_size(&bytes),
        png_size(&std::fs::read(&fresh).expect("fresh picture")),
        "{PRINTED_PAGE} is not a 50 dpi A4 page as printed today; HI_TUI_WRITE_PRINTED_PAGE=1 cargo test --test browser"
    );
}

#[test]
fn a_printed_hand_out_is_its_specialism_and_the_reference_pages() {
    let Some(tools) = Tools::find() else { return };
    let catalogue = shipped();
    // The longest ladder: the hardest to fit on a page.
    let longest = catalogue
        .specialisms
        .iter()
        .max_by_key(|s| s.ladder.len())
        .expect("specialisms");
    let dir = Tools::workdir("hand-out");
    let document = hand_out(&catalogue, &longest.id).expect("valid id");
    let pdf = tools.print(&dir, "hand-out", &document);
    let pages = tools.pages(&pdf);
    let starts = assert_specialisms(&catalogue, &[longest.id.as_str()], &pages);
    assert_eq!(starts[0], 1, "the specialism starts on page 2");
    assert_footer_on_every_page(&catalogue, &pages);
    // The reference pages hold only what this specialism needs, so they are far fewer
    // than the whole document's.
    let (_, full) = printed(&tools);
    let full_back = full.len() - page_starting(full, "Where are you now?");
    assert!(
        pages.len() - starts[1] < full_back,
        "{} reference pages in the hand-out, {full_back} in the whole document",
        pages.len() - starts[1]
    );
}

#[test]
fn on_screen_nothing_is_wider_than_a_phone_or_a_desktop() {
    let Some(tools) = Tools::find() else { return };
    let dir = Tools::workdir("screen");
    let page = dir.join("careers.html");
    std::fs::write(&page, to_html(&shipped())).expect("write the page");
    // A control page that does scroll sideways, so a broken measurement cannot pass.
    let control = dir.join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><p style=\"width:2000px\">wide</p>",
    )
    .expect("write");
    let widths = [320, 390, 1280];
    let measured = tools.measure(&dir, &[&page, &control], &widths);
    for width in widths {
        let row = |file: &str| {
            measured
                .iter()
                .find(|m| m.file == file && m.width == width)
                .unwrap_or_else(|| panic!("no measurement of {file} at {width}: {measured:?}"))
        };
        let control = row("control.html");
        assert!(control.scroll_width > control.client_width, "{control:?}");
        let page = row("careers.html");
        assert!(
            page.client_width > width - 20 && page.client_width <= width,
            "{page:?}"
        );
        assert!(
            page.scroll_width <= page.client_width,
            "at {width}px the page scrolls sideways: {page:?}"
        );
    }
    for (w, h) in [(390, 844), (1280, 800)] {
        let png = tools.screenshot(&dir, &page, w, h, &dir);
        let bytes = std::fs::read(&png).expect("screenshot");
        assert_eq!(png_size(&bytes), Some((w, h)));
        // A blank page compresses to almost nothing; text does not.
        assert!(bytes.len() > 10_000, "{} looks blank", png.display());
    }
}

fn dir_of(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new("."))
}
