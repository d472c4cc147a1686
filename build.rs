//! Turns the built-in content into a compact binary copy at build time, so start-up
//! decodes it in microseconds instead of parsing RON text. The RON file stays the source
//! of truth: it is parsed here with the app's own model, and the test suite checks the
//! binary copy matches it and that it obeys every content rule.

use std::path::PathBuf;

#[path = "src/data/model.rs"]
#[allow(dead_code)]
mod model;

const SOURCE: &str = "data/health_informatics.ron";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    println!("cargo::rerun-if-changed=src/data/model.rs");
    let text = std::fs::read_to_string(SOURCE)
        .unwrap_or_else(|e| panic!("{SOURCE}: cannot read the built-in content: {e}"));
    let catalogue: model::Catalogue = ron::from_str(&text)
        .unwrap_or_else(|e| panic!("{SOURCE}:{e} (run `hi-tui check {SOURCE}` for details)"));
    let bytes = postcard::to_allocvec(&catalogue)
        .unwrap_or_else(|e| panic!("{SOURCE}: cannot encode the built-in content: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("embedded.postcard"), bytes)
        .unwrap_or_else(|e| panic!("cannot write the encoded content: {e}"));
}
