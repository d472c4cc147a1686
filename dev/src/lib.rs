//! Tools for developing hi-tui, kept out of the product's library: the screenshot
//! exporter with its scripted tour, a generator of large valid catalogues for benchmarks
//! and tests, and the key mash of a careers fair. Used by hi-tui's examples, tests and
//! benches only.

pub mod generate;
pub mod mash;
pub mod screenshot;
