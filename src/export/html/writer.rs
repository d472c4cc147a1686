//! Writing HTML safely. Tag and attribute names are `&'static str`, so only this
//! program's own code can name them; every piece of text and every attribute value goes
//! through [`escape`], so nothing from a data file can open a tag or leave an attribute.

/// `text` with the five characters HTML gives meaning to replaced by entities, safe both
/// as element text and inside a double- or single-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// An HTML document under construction.
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn finish(self) -> String {
        self.out
    }

    /// Markup written by this program itself (the doctype, the stylesheet, SVG paths
    /// made of numbers): never data.
    pub fn trusted(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Like [`Html::trusted`] for markup built from numbers at run time.
    pub fn trusted_numbers(&mut self, markup: &str) {
        debug_assert!(
            markup
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || " .-".contains(c)),
            "not numbers: {markup}"
        );
        self.out.push_str(markup);
    }

    /// A `<style>` element. `<` is dropped, so nothing in it can end the element early
    /// (data reaches it only through [`super::css::css_string`], which has none anyway).
    pub fn style(&mut self, css: &[&str]) {
        self.out.push_str("<style>\n");
        for part in css {
            self.out.push_str(&part.replace('<', ""));
        }
        self.out.push_str("</style>\n");
    }

    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
    }

    pub fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// Ends a line of the source, so the file reads well in an editor too.
    /// Closes a table's rows, the table and the scroll region around it.
    pub fn end_table(&mut self) {
        self.close("tbody");
        self.close("table");
        self.close("div");
        self.newline();
    }

    pub fn newline(&mut self) {
        self.out.push('\n');
    }

    /// Text, escaped; runs of whitespace (new lines included) read as one space anyway.
    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// An element holding only text, on a line of its own.
    pub fn line(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.inline(tag, attrs, text);
        self.newline();
    }

    /// An element holding only text, within a line.
    pub fn inline(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// A link to `url` showing the address itself (it must survive printing). Only web
    /// addresses become links: anything else (`javascript:`, say) is shown as text.
    pub fn url(&mut self, url: &str) {
        if is_web_address(url) {
            self.inline("a", &[("href", url)], url);
        } else {
            self.text(url);
        }
    }

    /// Paragraphs of prose, split where the text has a blank line.
    pub fn paragraphs(&mut self, attrs: &[(&'static str, &str)], text: &str) {
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            self.line("p", attrs, para.trim());
        }
    }

    /// A bulleted list of plain items.
    pub fn list(&mut self, items: &[String]) {
        self.open("ul", &[]);
        self.newline();
        for item in items {
            self.line("li", &[], item);
        }
        self.close("ul");
        self.newline();
    }
}

/// Whether `url` is an http(s) address, the only kind worth a link in a hand-out.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_replaces_every_character_html_gives_meaning_to() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("£24,465 – café"), "£24,465 – café");
    }

    #[test]
    fn attribute_values_cannot_break_out() {
        let mut html = Html::default();
        html.open("a", &[("href", "https://x\" onclick=\"alert(1)")]);
        assert_eq!(
            html.finish(),
            "<a href=\"https://x&quot; onclick=&quot;alert(1)\">"
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        for (url, linked) in [
            ("https://example.org/a?b=1&c=2", true),
            ("HTTP://example.org", true),
            ("javascript:alert(1)", false),
            ("data:text/html,<b>", false),
            ("", false),
        ] {
            let mut html = Html::default();
            html.url(url);
            assert_eq!(html.finish().starts_with("<a href="), linked, "{url}");
        }
    }
}
