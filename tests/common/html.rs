//! A strict little HTML reader for the exported page: it accepts only well-formed markup
//! (every element closed in order, attribute values in double quotes, only the five
//! entities the exporter writes), so markup smuggled in through the data shows up either
//! as a parse error or as an element the page should not have.

#![allow(dead_code)]

/// Elements that never have a closing tag.
const VOID: &[&str] = &["meta"];
/// Elements that sit within a line of text.
const INLINE: &[&str] = &["a", "span", "strong", "em"];

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Child>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Child {
    Element(Node),
    Text(String),
}

/// The document's root element (`<html>`), after the doctype.
pub fn parse(html: &str) -> Result<Node, String> {
    let rest = html
        .strip_prefix("<!DOCTYPE html>")
        .ok_or("no <!DOCTYPE html> first")?;
    let mut root = Node {
        name: String::from("#document"),
        attrs: Vec::new(),
        children: Vec::new(),
    };
    let mut stack: Vec<Node> = Vec::new();
    let mut i = 0;
    let bytes = rest.as_bytes();
    while i < rest.len() {
        if bytes[i] != b'<' {
            let end = rest[i..].find('<').map_or(rest.len(), |n| i + n);
            let text = Child::Text(decode(&rest[i..end])?);
            stack.last_mut().unwrap_or(&mut root).children.push(text);
            i = end;
            continue;
        }
        if let Some(close) = rest[i..].strip_prefix("</") {
            let end = close.find('>').ok_or("unclosed end tag")?;
            let name = &close[..end];
            let node = stack
                .pop()
                .ok_or_else(|| format!("</{name}> closes nothing"))?;
            if node.name != name {
                return Err(format!("</{name}> closes <{}>", node.name));
            }
            stack
                .last_mut()
                .unwrap_or(&mut root)
                .children
                .push(Child::Element(node));
            i += 2 + end + 1;
            continue;
        }
        let (node, self_closed, len) = open_tag(&rest[i..])?;
        i += len;
        if node.name == "style" {
            let end = rest[i..].find("</style>").ok_or("unclosed <style>")?;
            let mut node = node;
            node.children.push(Child::Text(rest[i..i + end].to_owned()));
            i += end + "</style>".len();
            stack
                .last_mut()
                .unwrap_or(&mut root)
                .children
                .push(Child::Element(node));
        } else if self_closed || VOID.contains(&node.name.as_str()) {
            stack
                .last_mut()
                .unwrap_or(&mut root)
                .children
                .push(Child::Element(node));
        } else {
            stack.push(node);
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!("<{}> is never closed", open.name));
    }
    let mut elements = root.children.into_iter().filter_map(|c| match c {
        Child::Element(n) => Some(n),
        Child::Text(t) if t.trim().is_empty() => None,
        Child::Text(t) => Some(Node {
            name: format!("#stray text {t:?}"),
            attrs: Vec::new(),
            children: Vec::new(),
        }),
    });
    let html = elements.next().ok_or("empty document")?;
    match elements.next() {
        Some(extra) => Err(format!("<{}> after </html>", extra.name)),
        None => Ok(html),
    }
}

/// An opening tag at the start of `s`: the element, whether it ended with `/>`, and the
/// tag's length.
fn open_tag(s: &str) -> Result<(Node, bool, usize), String> {
    let name_len = s[1..]
        .find(|c: char| !c.is_ascii_alphanumeric())
        .ok_or("unended tag")?;
    let name = s[1..1 + name_len].to_owned();
    if name.is_empty() {
        return Err(format!("a raw < in text: {:?}", &s[..s.len().min(40)]));
    }
    let mut i = 1 + name_len;
    let mut attrs = Vec::new();
    loop {
        let rest = &s[i..];
        if let Some(after) = rest.strip_prefix("/>") {
            let _ = after;
            return Ok((node(name, attrs), true, i + 2));
        }
        if rest.starts_with('>') {
            return Ok((node(name, attrs), false, i + 1));
        }
        let rest = rest
            .strip_prefix(' ')
            .ok_or_else(|| format!("<{name}>: expected a space before an attribute"))?;
        let eq = rest
            .find("=\"")
            .ok_or_else(|| format!("<{name}>: bad attribute"))?;
        let attr = &rest[..eq];
        if attr.is_empty()
            || !attr
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_uppercase())
        {
            return Err(format!("<{name}>: bad attribute name {attr:?}"));
        }
        let value_start = eq + 2;
        let value_len = rest[value_start..]
            .find('"')
            .ok_or_else(|| format!("<{name}>: unclosed attribute"))?;
        let value = decode(&rest[value_start..value_start + value_len])?;
        attrs.push((attr.to_owned(), value));
        i += 1 + value_start + value_len + 1;
    }
}

fn node(name: String, attrs: Vec<(String, String)>) -> Node {
    Node {
        name,
        attrs,
        children: Vec::new(),
    }
}

/// Text with the exporter's five entities decoded; a raw `>` or any other `&` is an error.
fn decode(raw: &str) -> Result<String, String> {
    if raw.contains('>') {
        return Err(format!("a raw > in {raw:?}"));
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let (entity, c) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
        ]
        .into_iter()
        .find(|(e, _)| rest.starts_with(e))
        .ok_or_else(|| format!("unknown entity in {raw:?}"))?;
        out.push(c);
        rest = &rest[entity.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

impl Node {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }

    pub fn elements(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter_map(|c| match c {
            Child::Element(n) => Some(n),
            Child::Text(_) => None,
        })
    }

    /// Every element below this one, in document order.
    pub fn descendants(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        for child in self.elements() {
            out.push(child);
            out.extend(child.descendants());
        }
        out
    }

    pub fn all(&self, name: &str) -> Vec<&Node> {
        self.descendants()
            .into_iter()
            .filter(|n| n.name == name)
            .collect()
    }

    pub fn first(&self, name: &str) -> Option<&Node> {
        self.descendants().into_iter().find(|n| n.name == name)
    }

    pub fn by_id(&self, id: &str) -> Option<&Node> {
        self.descendants()
            .into_iter()
            .find(|n| n.attr("id") == Some(id))
    }

    /// The text inside, with runs of whitespace read as one space, as a browser shows it.
    pub fn text(&self) -> String {
        let mut raw = String::new();
        self.collect_text(&mut raw);
        raw.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The text children exactly as written (for `<style>`).
    pub fn raw_text(&self) -> String {
        self.children
            .iter()
            .filter_map(|c| match c {
                Child::Text(t) => Some(t.as_str()),
                Child::Element(_) => None,
            })
            .collect()
    }

    fn collect_text(&self, out: &mut String) {
        for child in &self.children {
            match child {
                Child::Text(t) => out.push_str(t),
                Child::Element(n) if INLINE.contains(&n.name.as_str()) => n.collect_text(out),
                Child::Element(n) => {
                    // The edges of a block are word breaks in what a reader sees.
                    out.push(' ');
                    n.collect_text(out);
                    out.push(' ');
                }
            }
        }
    }
}
