//! The catalogue as one Markdown document, in reading order: the introduction, each
//! specialism with its ladder from entry level to the top, the pay table, then the sources.
//! Plain structure (headings, lists, one table) so it prints well and reads well aloud.

use crate::data::{Catalogue, Rung, Source, Specialism, pay_label, pounds};

/// The whole catalogue as a Markdown document, ending with a newline.
pub fn to_markdown(catalogue: &Catalogue) -> String {
    let mut doc = Doc::default();
    doc.heading(1, &catalogue.title);
    doc.paragraph(&catalogue.intro);
    contents(&mut doc, catalogue);
    for specialism in &catalogue.specialisms {
        self::specialism(&mut doc, catalogue, specialism);
    }
    routes(&mut doc, catalogue);
    working(&mut doc, catalogue);
    pay_table(&mut doc, catalogue);
    sources(&mut doc, catalogue);
    doc.text
}

fn contents(doc: &mut Doc, catalogue: &Catalogue) {
    doc.heading(2, "The specialisms");
    let names = catalogue.specialisms.iter();
    doc.raw_list(&named(names.map(|s| (&s.name, &s.summary))));
}

/// "**Name**: text" items, escaped.
fn named<'a>(pairs: impl Iterator<Item = (&'a String, &'a String)>) -> Vec<String> {
    pairs
        .map(|(name, text)| format!("**{}**: {}", inline(name), inline(text)))
        .collect()
}

fn specialism(doc: &mut Doc, catalogue: &Catalogue, s: &Specialism) {
    doc.heading(2, &s.name);
    doc.paragraph(&s.summary);
    doc.heading(3, "What the work is");
    doc.paragraph(&s.about);
    for (heading, items) in catalogue.sections(s) {
        doc.section(heading, &items);
    }
    let related = catalogue.related_names(s);
    doc.section("Related specialisms", &related);
    if let Some(link) = catalogue.source(&s.link) {
        doc.heading(3, "Find out more");
        doc.line(&cite(link));
    }
    let cited = catalogue.citations(&s.sources, inline);
    if !cited.is_empty() {
        doc.heading(3, "Sources for this specialism");
        doc.raw_list(&cited);
    }
    ladder(doc, catalogue, s);
}

fn ladder(doc: &mut Doc, catalogue: &Catalogue, s: &Specialism) {
    doc.heading(3, &format!("Career ladder: {}", s.name));
    let mut intro = format!(
        "From entry level (rung 1) to the most senior role (rung {}). Pay is Agenda for \
         Change {}, {}, full-time basic, a year.",
        s.ladder.len(),
        catalogue.pay().year,
        catalogue.pay().region
    );
    if s.ladder.iter().any(|r| r.typical) {
        intro.push_str(
            " \"Typically\" marks a band that no published profile fixes: it is the band \
             such roles are usually advertised at.",
        );
    }
    doc.paragraph(&intro);
    for (i, rung) in s.ladder.iter().enumerate() {
        let top = i + 1 == s.ladder.len();
        self::rung(doc, catalogue, rung, i + 1, s.ladder.len(), top);
    }
}

fn rung(doc: &mut Doc, catalogue: &Catalogue, rung: &Rung, n: usize, of: usize, top: bool) {
    doc.heading(4, &format!("Rung {n} of {of}: {}", rung.title));
    let mut items = vec![
        field(band_name(rung), &band_text(rung)),
        field("Pay", &pay_text(catalogue, rung)),
        field("Experience", &rung.experience),
        field("What the job involves", &rung.involves),
        field(
            if top {
                "Where it can lead"
            } else {
                "Reaching the next rung"
            },
            &rung.next_step,
        ),
    ];
    let routes = catalogue.route_labels(&rung.routes);
    if !routes.is_empty() {
        items.push(field("Routes in", &routes.join("; ")));
    }
    let open_to = catalogue.stage_labels(&rung.open_to);
    if !open_to.is_empty() {
        items.push(field("Open now to", &open_to.join("; ")));
    }
    if let Some(source) = catalogue.source(&rung.source) {
        items.push(format!("**Source:** {}", cite(source)));
    }
    if let Some(link) = rung.link.as_deref().and_then(|id| catalogue.source(id)) {
        items.push(format!("**Find out more:** {}", cite(link)));
    }
    doc.raw_list(&items);
}

/// "Band" or "Bands", as the rung has one band or a range.
fn band_name(rung: &Rung) -> &'static str {
    if rung.bands.len() > 1 {
        "Bands"
    } else {
        "Band"
    }
}

/// "8a–8b", or "typically 9" when no source fixes the band.
fn band_text(rung: &Rung) -> String {
    let typical = if rung.typical { "typically " } else { "" };
    format!("{typical}{}", rung.band_label())
}

fn pay_text(catalogue: &Catalogue, rung: &Rung) -> String {
    match catalogue.pay_range(rung) {
        Some((min, max)) => format!("{} a year", pay_label(min, max)),
        None => String::from("not in the pay table"),
    }
}

fn field(label: &str, value: &str) -> String {
    format!("**{label}:** {}", inline(value))
}

fn pay_table(doc: &mut Doc, catalogue: &Catalogue) {
    let pay = catalogue.pay();
    doc.heading(
        2,
        &format!("Pay: Agenda for Change {}, {}", pay.year, pay.region),
    );
    let mut intro = format!(
        "Full-time basic pay a year for each band, lowest first; full time is {} hours a week.",
        pay.hours
    );
    if let Some(source) = catalogue.source(&pay.source) {
        intro.push_str(&format!(" Source: {}", cite(source)));
    }
    doc.line(&intro);
    if let Some(note) = &pay.note {
        doc.paragraph(&format!("Note: {note}"));
    }
    doc.blank();
    doc.text.push_str(
        "| Band | Entry | Intermediate | Top | Years between steps |\n|---|--:|--:|--:|---|\n",
    );
    for band in &pay.bands {
        let years: Vec<String> = band.years.iter().map(u8::to_string).collect();
        doc.text.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            inline(&band.name),
            pounds(band.min),
            band.mid.map(pounds).unwrap_or_else(|| String::from("–")),
            pounds(band.max),
            if years.is_empty() {
                String::from("–")
            } else {
                years.join(" then ")
            }
        ));
    }
    let notes: Vec<String> = pay
        .bands
        .iter()
        .filter_map(|b| {
            Some(format!(
                "Band {}: {}",
                inline(&b.name),
                inline(b.note.as_ref()?)
            ))
        })
        .collect();
    if !notes.is_empty() {
        doc.blank();
        doc.raw_list(&notes);
    }
    if let Some(source) = pay
        .steps_source
        .as_deref()
        .and_then(|id| catalogue.source(id))
    {
        doc.blank();
        doc.line(&format!("Years between steps: {}", cite(source)));
    }
}

fn routes(doc: &mut Doc, catalogue: &Catalogue) {
    if !catalogue.stages.is_empty() {
        doc.heading(2, "Where are you now?");
        let stages = catalogue.stages.iter();
        doc.raw_list(&named(stages.map(|s| (&s.label, &s.about))));
    }
    if catalogue.routes.is_empty() {
        return;
    }
    doc.heading(2, "Routes in");
    let mut items = Vec::new();
    for route in &catalogue.routes {
        let mut text = format!("**{}**", inline(&route.label()));
        text.push_str(&format!(": {}", inline(&route.about)));
        let stages = catalogue.stage_labels(&route.stages);
        if !stages.is_empty() {
            text.push_str(&format!(" Start from: {}.", inline(&stages.join("; "))));
        }
        if let Some(source) = catalogue.source(&route.source) {
            text.push_str(&format!(" Source: {}", cite(source)));
        }
        items.push(text);
    }
    doc.raw_list(&items);
}

fn working(doc: &mut Doc, catalogue: &Catalogue) {
    if catalogue.working.is_empty() {
        return;
    }
    doc.heading(2, "Working in the NHS");
    for topic in &catalogue.working {
        doc.section(&topic.heading, &topic.points);
        let cited = catalogue.citations(&topic.sources, inline);
        if !cited.is_empty() {
            doc.line(&format!("Sources: {}", cited.join("; ")));
            doc.blank();
        }
    }
}

fn sources(doc: &mut Doc, catalogue: &Catalogue) {
    doc.heading(2, "Sources");
    let items: Vec<String> = catalogue.sources.iter().map(cite).collect();
    doc.raw_list(&items);
}

/// "Title (official page, 2025): <https://…>", already escaped.
fn cite(source: &Source) -> String {
    format!(
        "{} ({}): {}",
        inline(&source.title),
        source.about(),
        url(&source.url)
    )
}

/// A URL as an autolink, which shows the address itself (it must survive printing).
fn url(url: &str) -> String {
    if url.is_empty()
        || url
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>')
    {
        inline(url)
    } else {
        format!("<{url}>")
    }
}

/// Text made safe to sit inside a Markdown line: whitespace (newlines included) folded to
/// single spaces and the characters Markdown would act on escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A paragraph of prose: like [`inline`], and also escapes what would start a list.
fn block(text: &str) -> String {
    let text = inline(text);
    if text.starts_with(['-', '+', '=']) {
        return format!("\\{text}");
    }
    // "1. " or "1) " would start a numbered list: escape the punctuation after the number.
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    text
}

/// A document under construction: blocks separated by one blank line.
#[derive(Default)]
struct Doc {
    text: String,
}

impl Doc {
    fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.blank();
        self.line(&format!("{} {}", "#".repeat(level), inline(text)));
        self.blank();
    }

    /// Prose, kept as paragraphs where the text has blank lines.
    fn paragraph(&mut self, text: &str) {
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            self.blank();
            self.line(&block(para));
        }
        self.blank();
    }

    /// A bulleted list of items already escaped (they may carry emphasis).
    fn raw_list(&mut self, items: &[String]) {
        self.blank();
        for item in items {
            self.line(&format!("- {item}"));
        }
        self.blank();
    }

    /// A heading and a bulleted list of plain items; nothing at all when there are none.
    fn section(&mut self, heading: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.heading(3, heading);
        let items: Vec<String> = items.iter().map(|i| inline(i)).collect();
        self.raw_list(&items);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_markdown_and_folds_whitespace() {
        assert_eq!(inline("a *b*\n  c_d [e]"), r"a \*b\* c\_d \[e\]");
        assert_eq!(inline("<script> | #1"), r"\<script\> \| \#1");
    }

    #[test]
    fn block_escapes_what_would_start_a_list() {
        assert_eq!(block("- not a list"), r"\- not a list");
        assert_eq!(block("1. not a list"), r"1\. not a list");
        assert_eq!(block("12) nor this"), r"12\) nor this");
        assert_eq!(block("2025 was a year. Fine."), "2025 was a year. Fine.");
        assert_eq!(block("Plain."), "Plain.");
    }

    #[test]
    fn urls_become_autolinks_unless_they_would_break_one() {
        assert_eq!(url("https://example.org/a"), "<https://example.org/a>");
        assert_eq!(url("not a <url>"), r"not a \<url\>");
    }
}
