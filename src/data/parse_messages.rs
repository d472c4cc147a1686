//! ron's parse errors in words a content editor understands: what was expected there,
//! with an example, rather than the parser's terms.

use ron::error::Error;

pub fn parse_message(code: &Error) -> String {
    match code {
        Error::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{outer}` is missing its `{field}` field"),
            None => format!("missing the `{field}` field"),
        },
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a field of `{}` (check the spelling); its fields are: {}",
            outer.as_deref().unwrap_or("this item"),
            expected.join(", ")
        ),
        Error::DuplicateStructField { field, outer } => format!(
            "`{field}` is given twice in `{}`",
            outer.as_deref().unwrap_or("this item")
        ),
        Error::ExpectedDifferentStructName { expected, found } => {
            format!("expected `{expected}(` here, not `{found}(`")
        }
        Error::ExpectedNamedStructLike(name) => format!("expected `{name}(` here"),
        Error::ExpectedStructLike => "expected `(` here".into(),
        Error::ExpectedStructLikeEnd => {
            "expected `)` here: is a comma missing, or a bracket not closed?".into()
        }
        Error::ExceededRecursionLimit => "nested too deeply to be hi-tui content".into(),
        Error::Eof => "the file ends too early: a closing bracket or quote is missing".into(),
        Error::ExpectedComma => {
            "expected a comma here: is one missing after the previous item?".into()
        }
        Error::ExpectedString => {
            "expected text in double quotes here, like \"some text\" (if this line is right, is a `]` missing before it?)".into()
        }
        Error::ExpectedStringEnd => "a quoted text is not closed with `\"`".into(),
        Error::ExpectedInteger => {
            "expected a whole number here, like 31049 (no quotes, commas or £)".into()
        }
        Error::IntegerOutOfBounds => {
            "this number is out of range: it must not be negative or far too large".into()
        }
        Error::InvalidIntegerDigit { .. }
        | Error::UnderscoreAtBeginning
        | Error::FloatUnderscore
        | Error::ExpectedFloat => "this is not a valid number".into(),
        Error::ExpectedBoolean => "expected `true` or `false` here".into(),
        Error::ExpectedArray => "expected a list in square brackets here, like [\"a\", \"b\"]".into(),
        Error::ExpectedArrayEnd => {
            "expected `]` to close the list here: is a comma missing between items?".into()
        }
        Error::ExpectedMap => {
            "expected `{` here: points are written like {\"health-records\": 3}".into()
        }
        Error::ExpectedMapColon => {
            "expected `:` between a specialism id and its points, like \"health-records\": 3"
                .into()
        }
        Error::ExpectedMapEnd => "expected `}` to close the points here".into(),
        Error::ExpectedOption => "expected `Some(\"...\")` or `None` here".into(),
        Error::ExpectedOptionEnd => "expected `)` to close `Some(`".into(),
        Error::ExpectedIdentifier | Error::SuggestRawIdentifier(_) | Error::InvalidIdentifier(_) => {
            "expected a field name here, like `title:` (numbers have no commas, and text goes in double quotes)".into()
        }
        Error::UnexpectedChar(c) => format!("unexpected {c:?} here"),
        Error::InvalidEscape(_) => {
            "a backslash in quoted text starts an escape that is not valid here; write \\\\ for a backslash".into()
        }
        Error::UnclosedBlockComment => "a `/*` comment is never closed with `*/`".into(),
        Error::TrailingCharacters => "unexpected text after the end of the content".into(),
        Error::Utf8Error(_) => "this is not UTF-8 text".into(),
        other => other.to_string(),
    }
}
