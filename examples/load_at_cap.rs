//! Loads the largest catalogue a user can load (generated, 8 rungs a specialism, just
//! under the 4 MiB cap on data files) a few times and prints how long each load takes:
//! a quick look outside criterion, e.g. under `perf record`.
//!
//!     cargo run --release --example load_at_cap

use std::time::Instant;

use hi_tui::data;
use hi_tui_dev::generate;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = data::embedded()?;
    let (big, text) = generate::largest_loadable(&base, 8);
    println!(
        "{} specialisms, {} bytes of RON",
        big.specialisms.len(),
        text.len()
    );
    for _ in 0..8 {
        let start = Instant::now();
        let catalogue = data::load_str(&text, "generated")?;
        let loaded = start.elapsed();
        let start = Instant::now();
        drop(catalogue);
        println!("load {loaded:.1?}, free {:.1?}", start.elapsed());
    }
    Ok(())
}
