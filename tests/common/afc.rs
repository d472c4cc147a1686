//! The official Agenda for Change pay bands for 2025/26 in England (NHS Employers), written
//! out here so that pay shown anywhere is compared with these figures, never with what the
//! code under test computes (`pay_range`, `pounds`, `pay_label`).

/// (band, entry, intermediate step, top).
pub const BANDS_2025_26: [(&str, u32, Option<u32>, u32); 11] = [
    ("2", 24_465, None, 24_465),
    ("3", 24_937, None, 26_598),
    ("4", 27_485, None, 30_162),
    ("5", 31_049, Some(33_487), 37_796),
    ("6", 38_682, Some(40_823), 46_580),
    ("7", 47_810, Some(50_273), 54_710),
    ("8a", 55_690, Some(58_487), 62_682),
    ("8b", 64_455, Some(68_631), 74_896),
    ("8c", 76_965, Some(81_652), 88_682),
    ("8d", 91_342, Some(96_941), 105_337),
    ("9", 109_179, Some(115_763), 125_637),
];

/// (entry, top) of an official band.
pub fn band(name: &str) -> (u32, u32) {
    BANDS_2025_26
        .iter()
        .find(|b| b.0 == name)
        .map(|&(_, min, _, max)| (min, max))
        .unwrap_or_else(|| panic!("band {name:?} is not an official 2025/26 band"))
}

/// A rung's pay a year: the entry of its first band to the top of its last band.
pub fn rung_pay(bands: &[String]) -> (u32, u32) {
    let first = bands.first().expect("a rung has a band");
    let last = bands.last().expect("a rung has a band");
    (band(first).0, band(last).1)
}

/// Whole pounds as the UI and exports print them, done here by hand: 55690 → "£55,690".
pub fn money(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::from("£");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "£55,690 – £74,896", or one figure for a band with one pay point.
pub fn pay_text(bands: &[String]) -> String {
    match rung_pay(bands) {
        (min, max) if min == max => money(min),
        (min, max) => format!("{} – {}", money(min), money(max)),
    }
}
