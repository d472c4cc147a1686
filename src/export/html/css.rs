//! The page's one stylesheet. Colours are custom properties so the light, dark and print
//! schemes are three short lists; a test reads them back and checks every text colour
//! against its background for a contrast ratio of at least 4.5:1.

pub const STYLE: &str = r#":root {
  --bg: #ffffff; --text: #212b32; --muted: #4c6272; --link: #005eb8; --visited: #330072;
  --line: #768692; --head-bg: #f0f4f5; --focus-bg: #ffeb3b; --focus-text: #212b32;
  --focus-ring: #212b32;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #1d2125; --text: #eef1f3; --muted: #b8c2c8; --link: #8ec5ff; --visited: #d5b8ff;
    --line: #6b7c87; --head-bg: #2b3238; --focus-bg: #ffeb3b; --focus-text: #212b32;
    --focus-ring: #ffeb3b;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 56rem; padding: 1rem;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--text); background: var(--bg);
}
h1, h2, h3 { line-height: 1.25; margin: 1.5rem 0 0.5rem; }
h1 { font-size: 1.75rem; margin-top: 0.5rem; }
h2 { font-size: 1.4rem; padding-top: 0.5rem; border-top: 2px solid var(--line); }
h3 { font-size: 1.1rem; }
p, ul, ol, dl { margin: 0 0 0.75rem; }
ul { padding-left: 1.25rem; }
ol { padding-left: 2rem; }
li, dd, p, caption, td, th { overflow-wrap: break-word; }
a { color: var(--link); overflow-wrap: anywhere; }
a:visited { color: var(--visited); }
a:focus-visible {
  outline: 3px solid transparent; color: var(--focus-text); background: var(--focus-bg);
  box-shadow: 0 -2px var(--focus-bg), 0 4px var(--focus-text); text-decoration: none;
}
.table-wrap:focus-visible { outline: 3px solid var(--focus-ring); outline-offset: 2px; }
.summary { font-size: 1.1rem; }
.note, .cite, caption { color: var(--muted); }
.url { overflow-wrap: anywhere; }
dt { font-weight: 600; margin-top: 0.5rem; }
dd { margin: 0 0 0.25rem 1.25rem; }
.lists { columns: 17rem 2; column-gap: 2rem; }
.lists h3:first-child { margin-top: 0; }
.lists section, .topic { break-inside: avoid; }
.table-wrap { overflow-x: auto; margin: 0 0 0.5rem; }
table { border-collapse: collapse; width: 100%; min-width: 44rem; }
th.role { min-width: 10rem; }
table.pay-table { min-width: 30rem; }
caption { text-align: left; padding: 0 0 0.4rem; max-width: calc(100vw - 2.5rem); }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border: 1px solid var(--line); }
thead th { background: var(--head-bg); }
tbody th { font-weight: 600; }
.band, .pay { white-space: nowrap; }
table.pay-table td { text-align: right; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain li + li { margin-top: 0.25rem; }
.more { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin-top: 1rem; }
.more > div { flex: 1 1 16rem; min-width: 0; }
.more h3 { margin-top: 0; }
svg.qr { width: 8.5rem; height: 8.5rem; flex: none; }
.page-footer { margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media print {
  :root {
    --bg: #ffffff; --text: #000000; --muted: #000000; --link: #000000; --visited: #000000;
    --line: #000000; --head-bg: #ffffff;
  }
  @page { size: A4; margin: 14mm 14mm 18mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  h1 { font-size: 18pt; }
  h2 { font-size: 15pt; border-top: none; padding-top: 0; margin-top: 0; }
  h3 { font-size: 11pt; margin: 0.8rem 0 0.3rem; }
  h2, h3 { break-after: avoid; }
  /* Each specialism starts a page, and so do the reference parts after them, which then
     run on to save paper. */
  .specialism, .specialism + .part { break-before: page; }
  .part h2 { margin-top: 1rem; }
  .specialism + .part h2 { margin-top: 0; }
  .ladder, table, tr, dt, #pay_table { break-inside: avoid; }
  dt { break-after: avoid; }
  .table-wrap { overflow: visible; }
  table, table.pay-table, th.role { min-width: 0; }
  caption { max-width: none; }
  thead th { border-bottom-width: 2px; }
  a { text-decoration: none; }
  .lists { columns: 2; column-gap: 6mm; }
  .screen-only { display: none; }
  svg.qr { width: 30mm; height: 30mm; }
  table { font-size: 8pt; line-height: 1.25; }
  th, td { padding: 1mm 1.5mm; }
  th.role { width: 20%; } th.band { width: 11%; } th.pay { width: 14%; } th.steps { width: 27%; }
  .cite, .note, caption { font-size: 8pt; }
  li { line-height: 1.3; }
  /* The margin boxes below repeat it on every page. */
  .page-footer { display: none; }
}
"#;

/// The print footer on every page: `text` at the left (the pay year and its source) and
/// the page number at the right, in the page's bottom margin where it cannot cover text.
pub fn page_footer(text: &str) -> String {
    format!(
        "@page {{\n  @bottom-left {{ content: {}; {BOX} width: 80%; }}\n  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); {BOX} }}\n}}\n",
        css_string(text)
    )
}

const BOX: &str = "font: 7.5pt/1.3 system-ui, sans-serif; color: #000; vertical-align: top; padding-top: 2mm; border-top: 0.5pt solid #000;";

/// `text` as a CSS string: every character other than a plain letter, digit or space as a
/// hex escape, so no text can end the string, the rule or the `<style>` element.
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            // The space ends the escape and is consumed with it.
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_escape_all_but_letters_digits_and_spaces() {
        assert_eq!(css_string("Band 5"), "\"Band 5\"");
        assert_eq!(
            css_string("\"}</style><b>"),
            "\"\\22 \\7d \\3c \\2f style\\3e \\3c b\\3e \""
        );
        assert_eq!(css_string("£1: a"), "\"\\a3 1\\3a  a\"");
    }
}
