//! Tools for developing hi-tui, kept out of the product's library: the screenshot
//! exporter with its scripted tour, and a generator of large valid catalogues for
//! benchmarks and tests. Used by hi-tui's examples, tests and benches only.

pub mod generate;
pub mod screenshot;
