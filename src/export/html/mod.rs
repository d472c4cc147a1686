//! The catalogue as one self-contained web page to print or publish: inline CSS, no
//! scripts, no fonts, images or requests from elsewhere. Semantic HTML first, so it reads
//! with the stylesheet off and to a screen reader; the stylesheet adds a responsive screen
//! layout, light and dark colours, and an A4 print layout with one specialism per page.

pub(crate) mod css;
mod parts;
mod qr_svg;
mod scope;
mod specialism;
pub(crate) mod writer;

use crate::data::Catalogue;

pub use scope::UnknownSpecialism;
pub use specialism::TYPICAL_LEGEND;
pub use writer::escape;

use scope::Scope;
use writer::Html;

/// Every specialism, with the routes in, the Working in the NHS page, the pay table and
/// every source.
pub fn to_html(catalogue: &Catalogue) -> String {
    document(catalogue, &Scope::everything(catalogue))
}

/// A hand-out for the specialism with id `id`: the same page with just that specialism,
/// the routes and stages it names, and the sources it cites.
pub fn hand_out(catalogue: &Catalogue, id: &str) -> Result<String, UnknownSpecialism> {
    Ok(document(catalogue, &Scope::only(catalogue, id)?))
}

/// The start of every page hi-tui writes: the doctype, and the head's character set,
/// viewport and colour schemes (the title and styles follow).
pub(crate) fn head_start(html: &mut Html) {
    html.trusted("<!DOCTYPE html>\n");
    html.open("html", &[("lang", "en-GB")]);
    html.newline();
    html.open("head", &[]);
    html.newline();
    html.open("meta", &[("charset", "utf-8")]);
    html.newline();
    html.open(
        "meta",
        &[
            ("name", "viewport"),
            ("content", "width=device-width, initial-scale=1"),
        ],
    );
    html.newline();
    html.open(
        "meta",
        &[("name", "color-scheme"), ("content", "light dark")],
    );
    html.newline();
}

fn document(catalogue: &Catalogue, scope: &Scope) -> String {
    let mut html = Html::default();
    head_start(&mut html);
    let title = match scope.specialisms.as_slice() {
        [only] if scope.hand_out => format!("{}: {}", only.name, catalogue.title),
        _ => catalogue.title.clone(),
    };
    html.line("title", &[], &title);
    let footer = footer_text(catalogue);
    html.style(&[css::STYLE, &css::page_footer(&footer)]);
    html.close("head");
    html.newline();
    html.open("body", &[]);
    html.newline();
    html.open("header", &[]);
    html.newline();
    html.line("h1", &[], &catalogue.title);
    html.paragraphs(&[("class", "intro")], &catalogue.intro);
    html.close("header");
    html.newline();
    contents(&mut html, catalogue, scope);
    html.open("main", &[]);
    html.newline();
    for s in &scope.specialisms {
        specialism::write(&mut html, catalogue, s, scope.hand_out);
    }
    parts::write(&mut html, catalogue, scope);
    html.close("main");
    html.newline();
    html.line("footer", &[("class", "page-footer")], &footer);
    html.close("body");
    html.newline();
    html.close("html");
    html.newline();
    html.finish()
}

fn contents(html: &mut Html, catalogue: &Catalogue, scope: &Scope) {
    html.open(
        "nav",
        &[
            ("id", "contents_list"),
            ("aria-labelledby", "contents_heading"),
        ],
    );
    html.newline();
    html.line("h2", &[("id", "contents_heading")], "Contents");
    html.open("ol", &[]);
    html.newline();
    for s in &scope.specialisms {
        html.open("li", &[]);
        html.inline("a", &[("href", &format!("#{}", s.id))], &s.name);
        html.text(": ");
        html.text(&s.summary);
        html.close("li");
        html.newline();
    }
    for (id, heading) in parts::list(catalogue, scope) {
        html.open("li", &[]);
        html.inline("a", &[("href", &format!("#{id}"))], &heading);
        html.close("li");
        html.newline();
    }
    html.close("ol");
    html.newline();
    html.close("nav");
    html.newline();
}

/// The pay year and its source, at the foot of every printed page and of the page on
/// screen.
fn footer_text(catalogue: &Catalogue) -> String {
    let mut text = format!(
        "Pay: Agenda for Change {}, {}, full-time basic ({} hours a week).",
        catalogue.pay().year,
        catalogue.pay().region,
        catalogue.pay().hours
    );
    if let Some(source) = catalogue.source(&catalogue.pay().source) {
        text.push_str(&format!(" Source: {} ({}).", source.title, source.about()));
    }
    text
}
