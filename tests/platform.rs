//! CI runs on Linux, where every test in the suite compiles and runs. Some tests exist only
//! on Unix or only on Linux (the pseudo-terminal, signal and special-file tests); on any
//! other system they are compiled out, which this test makes visible, and a failure when
//! CI requires every test (`CI_REQUIRE_ALL=1`).

mod common;

#[test]
fn no_platform_test_is_compiled_out() {
    if !cfg!(target_os = "linux") {
        common::skipped(
            "the Unix and Linux tests (e2e, special_files, signals)",
            "they are compiled only on Linux; this is another system",
        );
    }
}
