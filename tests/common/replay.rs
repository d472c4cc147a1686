//! Property tests that can be replayed: failures are saved to a committed file under
//! `tests/proptest-regressions/` (and tried first on every run), and the random cases
//! come from `PROPTEST_RNG_SEED` when it is set, as `.ci/run` does.

use proptest::test_runner::{Config, FileFailurePersistence};

/// `cases` random cases (or `PROPTEST_CASES`, for a longer run), failures saved to `file`.
pub fn config(cases: u32, file: &'static str) -> Config {
    let defaults = Config::default();
    let from_env = std::env::var("PROPTEST_CASES").is_ok_and(|v| !v.is_empty());
    Config {
        cases: if from_env { defaults.cases } else { cases },
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(file))),
        ..defaults
    }
}
