//! Large made-up catalogues for benchmarks and tests: valid content of any size, built
//! from the shipped data's pay table and sources so every reference resolves.

use hi_tui::data::{Answer, Catalogue, Question, Rung, Specialism};

const WORDS: [&str; 24] = [
    "clinical",
    "data",
    "records",
    "network",
    "analyst",
    "coding",
    "library",
    "project",
    "service",
    "digital",
    "systems",
    "quality",
    "research",
    "training",
    "support",
    "safety",
    "integration",
    "reporting",
    "security",
    "knowledge",
    "patient",
    "programme",
    "design",
    "insight",
];
const TOOLS: [&str; 8] = [
    "SQL",
    "Power BI",
    "Python",
    "Excel",
    "SNOMED CT",
    "HL7 FHIR",
    "PRINCE2",
    "ITIL",
];

/// `specialisms` specialisms of `rungs` rungs each, with short text in every field (about
/// 2 KB of RON a specialism), based on `base` (which must be valid
/// and have at least as many pay bands as `rungs`, or rungs share the top band).
pub fn catalogue(base: &Catalogue, specialisms: usize, rungs: usize) -> Catalogue {
    let template = &base.specialisms[0];
    let bands: Vec<String> = base.pay().bands.iter().map(|b| b.name.clone()).collect();
    let word = |i: usize| WORDS[i % WORDS.len()];
    let generated: Vec<Specialism> = (0..specialisms)
        .map(|i| {
            let name = format!("{} {} {i}", capitalise(word(i)), word(i / 7 + 3));
            let ladder = (0..rungs)
                .map(|r| Rung {
                    title: format!(
                        "{} {} officer {i}-{r}",
                        capitalise(word(i + r)),
                        word(i * 3 + r)
                    ),
                    bands: vec![
                        bands[(r * bands.len() / rungs.max(1)).min(bands.len() - 1)].clone(),
                    ],
                    typical: r % 2 == 0,
                    experience: format!(
                        "Experience with {} and {} work ({i}-{r}).",
                        TOOLS[(i + r) % 8],
                        word(r)
                    ),
                    involves: format!(
                        "You look after {} {} for team {i}-{r}.",
                        word(i + 2 * r),
                        word(r + 5)
                    ),
                    next_step: format!("Build {} skills to move up from {i}-{r}.", word(i + r + 1)),
                    source: template.ladder[0].source.clone(),
                    link: None,
                    routes: Vec::new(),
                    open_to: Vec::new(),
                })
                .collect();
            Specialism {
                id: format!("s{i}"),
                name,
                summary: format!("Work on {} {}.", word(i), word(i + 1)),
                about: format!(
                    "Specialism {i} looks after {} {} across the NHS.",
                    word(i),
                    word(i + 2)
                ),
                tasks: vec![format!("Run {} checks", word(i + 5))],
                workplaces: vec!["Acute hospitals".to_string()],
                routes: base.routes.iter().take(2).map(|r| r.id.clone()).collect(),
                bodies: vec!["BCS".to_string()],
                choose_if: vec![format!("You enjoy {} work.", word(i + 6))],
                tools: vec![TOOLS[i % 8].to_string(), TOOLS[(i + 3) % 8].to_string()],
                skills: vec![
                    format!("{} analysis", capitalise(word(i + 2))),
                    format!("{} design", word(i + 4)),
                ],
                ladder,
                ..template.clone()
            }
        })
        .collect();
    let first = generated.first().map(|s| s.id.clone());
    Catalogue {
        specialisms: generated
            .into_iter()
            .map(|mut s| {
                s.related = Vec::new();
                s
            })
            .collect(),
        quiz: match first {
            Some(id) => base
                .quiz
                .iter()
                .map(|q| Question {
                    answers: q
                        .answers
                        .iter()
                        .map(|a| Answer {
                            weights: [(id.clone(), 1)].into(),
                            ..a.clone()
                        })
                        .collect(),
                    ..q.clone()
                })
                .collect(),
            None => Vec::new(),
        },
        ..base.clone()
    }
}

/// The largest generated catalogue a user can load: as many specialisms of `rungs` rungs
/// as fit in one RON file under the data file size cap, with that file's text.
pub fn largest_loadable(base: &Catalogue, rungs: usize) -> (Catalogue, String) {
    let cap = usize::try_from(hi_tui::data::MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let text_of = |n| {
        let catalogue = catalogue(base, n, rungs);
        let text = ron::to_string(&catalogue).unwrap_or_default();
        (catalogue, text)
    };
    // Size grows a little faster than the count (ids get longer): estimate from a small
    // sample, then binary-search the count between half and twice the estimate.
    let (_, sample) = text_of(100);
    let estimate = cap * 100 / sample.len().max(1);
    let (mut fits, mut too_big) = (estimate / 2, estimate * 2);
    while too_big - fits > 1 {
        let middle = (fits + too_big) / 2;
        if text_of(middle).1.len() <= cap {
            fits = middle;
        } else {
            too_big = middle;
        }
    }
    text_of(fits.max(1))
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_largest_loadable_catalogue_is_just_under_the_cap() {
        let base = hi_tui::data::embedded().expect("shipped data");
        let (big, text) = super::largest_loadable(&base, 8);
        let cap = hi_tui::data::MAX_FILE_BYTES as usize;
        assert!(text.len() <= cap, "{} bytes", text.len());
        assert!(text.len() > cap * 97 / 100, "only {} bytes", text.len());
        assert!(big.specialisms.len() > 1000);
    }

    #[test]
    fn generated_catalogues_are_valid() {
        use hi_tui::data;
        let base = data::embedded().expect("shipped data");
        let big = super::catalogue(&base, 50, 8);
        assert_eq!(big.specialisms.len(), 50);
        assert!(big.specialisms.iter().all(|s| s.ladder.len() == 8));
        assert_eq!(data::validate(&big), Vec::new());
        let text = ron::to_string(&big).expect("serialises");
        assert_eq!(data::load_str(&text, "big.ron").expect("loads"), big);
    }
}
