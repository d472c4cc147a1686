//! The official Agenda for Change pay tables of the four UK nations, written out here from
//! the fact sheet (pay-2026-27.md, checked December 2026) so that pay shown anywhere is
//! compared with these figures, never with what the code under test computes
//! (`pay_range`, `pounds`, `pay_label`).

/// (band, entry, intermediate step, top, years between the step points).
pub type Band = (&'static str, u32, Option<u32>, u32, &'static [u8]);

pub struct Table {
    pub nation: &'static str,
    pub region: &'static str,
    pub year: &'static str,
    pub hours: f32,
    /// The official page or circular the figures come from.
    pub url: &'static str,
    pub bands: &'static [Band],
}

/// England 2026/27: NHS Employers, "Pay scales for 2026/27", 12 February 2026.
pub const ENGLAND: Table = Table {
    nation: "england",
    region: "England",
    year: "2026/27",
    hours: 37.5,
    url: "https://www.nhsemployers.org/articles/pay-scales-202627",
    bands: &[
        ("2", 25_272, None, 25_272, &[]),
        ("3", 25_760, None, 27_476, &[2]),
        ("4", 28_392, None, 31_157, &[3]),
        ("5", 32_073, Some(34_592), 39_043, &[2, 2]),
        ("6", 39_959, Some(42_170), 48_117, &[2, 3]),
        ("7", 49_387, Some(51_932), 56_515, &[2, 3]),
        ("8a", 57_528, Some(60_417), 64_750, &[2, 3]),
        ("8b", 66_582, Some(70_896), 77_368, &[2, 3]),
        ("8c", 79_504, Some(84_346), 91_609, &[2, 3]),
        ("8d", 94_356, Some(100_140), 108_814, &[2, 3]),
        ("9", 112_782, Some(119_583), 129_783, &[2, 3]),
    ],
};

/// Scotland 2026/27: NHS Circular PCS(AFC)2026/1, Annexes B and C; a 36-hour week.
pub const SCOTLAND: Table = Table {
    nation: "scotland",
    region: "Scotland",
    year: "2026/27",
    hours: 36.0,
    url: "https://www.publications.scot.nhs.uk/files/pcs2026-afc-01.pdf",
    bands: &[
        ("1", 26_557, None, 26_557, &[]),
        ("2", 26_696, None, 28_988, &[2]),
        ("3", 29_103, None, 31_409, &[2]),
        ("4", 31_537, None, 34_303, &[3]),
        ("5", 34_544, Some(36_911), 43_039, &[2, 2]),
        ("6", 43_231, Some(45_135), 52_679, &[2, 3]),
        ("7", 52_845, Some(54_863), 61_466, &[2, 3]),
        ("8a", 65_125, None, 70_303, &[5]),
        ("8b", 76_888, None, 82_251, &[5]),
        ("8c", 90_808, None, 97_338, &[5]),
        ("8d", 107_810, None, 112_426, &[5]),
        ("9", 127_521, None, 133_044, &[5]),
    ],
};

/// Wales 2026/27: pay letter AfC(W) 02/2026, after the living-wage floor of AfC(W) 01/2026.
pub const WALES: Table = Table {
    nation: "wales",
    region: "Wales",
    year: "2026/27",
    hours: 37.5,
    url: "https://www.nhs.wales/files/pc-resources/afc-w-02-2026-pdf-pdf/",
    bands: &[
        ("1", 26_300, None, 26_300, &[]),
        ("2", 26_300, None, 26_300, &[]),
        ("3", 26_300, None, 27_890, &[2]),
        ("4", 28_819, None, 31_626, &[3]),
        ("5", 32_557, Some(35_114), 39_631, &[2, 2]),
        ("6", 40_559, Some(42_805), 48_841, &[2, 3]),
        ("7", 50_129, Some(52_712), 57_365, &[2, 3]),
        ("8a", 58_379, Some(61_317), 65_723, &[2, 3]),
        ("8b", 67_583, Some(71_952), 78_530, &[2, 3]),
        ("8c", 80_698, Some(85_611), 92_984, &[2, 3]),
        ("8d", 95_773, Some(101_643), 110_448, &[2, 3]),
        ("9", 114_475, Some(121_377), 131_732, &[2, 3]),
    ],
};

/// Northern Ireland: HSC (AfC) (6) 2025, the 2025/26 scales still in force (no 2026/27
/// award paid); the same figures as England's 2025/26.
pub const NORTHERN_IRELAND: Table = Table {
    nation: "northern-ireland",
    region: "Northern Ireland",
    year: "2025/26",
    hours: 37.5,
    url: "https://www.health-ni.gov.uk/sites/default/files/2025-12/HE1%2025%20379860%20%20HSC%20%28AfC%29%20%286%29%202025%20-%20Agenda%20for%20Change%20Pay%20Arrangements%202025-26.pdf",
    bands: &[
        ("2", 24_465, None, 24_465, &[]),
        ("3", 24_937, None, 26_598, &[]),
        ("4", 27_485, None, 30_162, &[]),
        ("5", 31_049, Some(33_487), 37_796, &[]),
        ("6", 38_682, Some(40_823), 46_580, &[]),
        ("7", 47_810, Some(50_273), 54_710, &[]),
        ("8a", 55_690, Some(58_487), 62_682, &[]),
        ("8b", 64_455, Some(68_631), 74_896, &[]),
        ("8c", 76_965, Some(81_652), 88_682, &[]),
        ("8d", 91_342, Some(96_941), 105_337, &[]),
        ("9", 109_179, Some(115_763), 125_637, &[]),
    ],
};

/// The shipped tables, in the order the data lists them (the first is the default).
pub const NATIONS: [&Table; 4] = [&ENGLAND, &SCOTLAND, &WALES, &NORTHERN_IRELAND];

impl Table {
    /// (entry, top) of one of this table's bands.
    pub fn band(&self, name: &str) -> (u32, u32) {
        self.bands
            .iter()
            .find(|b| b.0 == name)
            .map(|&(_, min, _, max, _)| (min, max))
            .unwrap_or_else(|| panic!("band {name:?} is not in {}'s table", self.region))
    }

    /// A rung's pay a year: the entry of its first band to the top of its last band.
    pub fn rung_pay(&self, bands: &[String]) -> (u32, u32) {
        let first = bands.first().expect("a rung has a band");
        let last = bands.last().expect("a rung has a band");
        (self.band(first).0, self.band(last).1)
    }

    /// "£55,690 – £74,896", or one figure for a band with one pay point.
    pub fn pay_text(&self, bands: &[String]) -> String {
        match self.rung_pay(bands) {
            (min, max) if min == max => money(min),
            (min, max) => format!("{} – {}", money(min), money(max)),
        }
    }
}

/// A band's row as the pay tables print it, spelt out here: entry, intermediate (or "–"),
/// top, and the years between steps ("2 then 3", or "–").
pub fn row_cells(&(_, min, mid, max, years): &Band) -> [String; 4] {
    let years: Vec<String> = years.iter().map(u8::to_string).collect();
    [
        money(min),
        mid.map_or(String::from("–"), money),
        money(max),
        if years.is_empty() {
            String::from("–")
        } else {
            years.join(" then ")
        },
    ]
}

/// (entry, top) of an official band in England's table, the default.
pub fn band(name: &str) -> (u32, u32) {
    ENGLAND.band(name)
}

/// A rung's pay a year in England's table.
pub fn rung_pay(bands: &[String]) -> (u32, u32) {
    ENGLAND.rung_pay(bands)
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

/// "£55,690 – £74,896" in England's table.
pub fn pay_text(bands: &[String]) -> String {
    ENGLAND.pay_text(bands)
}
