//! Loads the generated 10,000 × 8 catalogue a few times and prints how long each load
//! and each free takes: a quick look outside criterion, e.g. under `perf record`.
//!
//!     cargo run --release --example load_10k

use std::time::Instant;

use hi_tui::data::{self, generate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = data::embedded()?;
    let text = ron::to_string(&generate::catalogue(&base, 10_000, 8))?;
    println!("{} bytes of RON", text.len());
    for _ in 0..8 {
        let start = Instant::now();
        let catalogue = data::parse_and_validate(&text, "generated")?;
        let loaded = start.elapsed();
        let start = Instant::now();
        drop(catalogue);
        println!("load {loaded:.1?}, free {:.1?}", start.elapsed());
    }
    Ok(())
}
