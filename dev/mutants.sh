#!/usr/bin/env bash
# Mutation testing (cargo-mutants), one group of source files at a time, each run against
# the test binaries that exercise that group. Building and running only those binaries
# (and no debug info) takes a mutant from about 20 s to 5-11 s on a 2-core machine. A
# mutant missed here may still be caught by a test outside the group: rerun it with the
# whole suite (`cargo mutants -F 'name'`) before writing a test for it.
#
#   dev/mutants.sh                  # every group
#   dev/mutants.sh locate app       # just these groups
#   dev/mutants.sh --list [GROUP…]  # the mutants each group would test; builds nothing
#   dev/mutants.sh --check          # only that every group's files and test binaries exist
#
# Reports go to mutants.out/<group>/ (ignored by git). INSTA_FORCE_PASS=1 and the
# screenshot filter in .cargo/mutants.toml keep golden files from counting as a catch.
#
# Exit status: 0 when every group ran to its summary, whatever it found (missed mutants
# and timeouts are results, read them in mutants.out/<group>/); 1 when a group names a
# file or test binary that does not exist, cargo-mutants is missing, or a run could not
# start or broke (cargo-mutants' own exit codes 1, 4-6, 70: bad arguments, failing
# baseline tests, internal error); 2 for an unknown group or option.
set -euo pipefail
cd "$(dirname "$0")/.."

# The version the README's figures were taken with (install it with
# `cargo install --locked cargo-mutants@27.1.0`). dev/check-dev-commands.sh checks that the
# README names this same version.
cargo_mutants_version=27.1.0

app_tests="lib browsing navigation pages mouse compare choices stages reload search_ranking only_update_changes_state pay snapshots stage_snapshots careers_fair"
declare -A files tests
files[app]="src/app/browse.rs src/app/pages.rs src/app/mouse.rs src/app/input.rs src/app/mod.rs src/app/reload.rs src/app/resize.rs src/app/search.rs"
tests[app]=$app_tests
files[app-views]="src/app/queries.rs src/app/quiz.rs src/app/compare.rs src/app/stage.rs"
tests[app-views]=$app_tests
files[kiosk]="src/app/kiosk.rs"
tests[kiosk]="lib kiosk careers_fair navigation stages browsing"
files[search]="src/search.rs"
tests[search]="lib search_ranking browsing stages"
files[keymap]="src/keymap/mod.rs src/keymap/browse.rs src/keymap/search.rs src/keymap/pages.rs src/keymap/choices.rs"
tests[keymap]="lib browsing navigation careers_fair snapshots"
files[locate]="src/data/locate.rs src/data/parse_messages.rs src/data/spans.rs src/data/literal.rs"
tests[locate]="lib error_positions broken data_format line_endings"
files[unstable]="src/data/unstable.rs src/data/forbidden.rs"
tests[unstable]="lib text_width broken data"
files[load]="src/data/load.rs"
tests[load]="lib data data_format loader_limits special_files check line_endings broken reload"
files[validate]="src/data/validate.rs $(echo src/data/validate/*.rs)"
tests[validate]="lib broken data content"
files[data]="src/data/mod.rs src/data/stages.rs src/data/model.rs"
tests[data]="lib data pay stages search_ranking export export_html content browsing"
files[export]="src/export.rs src/export/budget.rs src/stdout.rs"
tests[export]="lib export export_html html_safety"
files[layout]="src/layout.rs"
tests[layout]="lib navigation browsing mouse"
files[measure]="src/measure/mod.rs src/measure/reflow.rs"
tests[measure]="lib pages navigation mouse compare"
files[ui-wide]="src/ui/wide.rs"
tests[ui-wide]="lib text_width"
files[insights-report]="src/insights/report/mod.rs src/insights/report/chart.rs src/insights/report/text.rs src/insights/report/json.rs src/insights/report/html.rs src/insights/report/command.rs"
tests[insights-report]="lib insights_report"
files[insights-stand]="src/insights/log.rs src/insights/store.rs src/insights/recorder.rs src/insights/record.rs src/app/visits.rs src/app/share.rs src/shortlist.rs"
tests[insights-stand]="lib insights_visits shortlist"
order="app app-views kiosk search keymap layout measure ui-wide locate unstable load validate data export insights-report insights-stand"

mode=run
case "${1:-}" in
    --list) mode=list; shift ;;
    --check) mode=check; shift ;;
    -*) echo "dev/mutants.sh: unknown option '$1' (options: --list, --check)" >&2; exit 2 ;;
esac

groups=("$@")
[ ${#groups[@]} -eq 0 ] && read -r -a groups <<<"$order"

# Every group is checked before any run starts, so a misspelt name fails in a second, not
# after an hour of other groups.
broken=0
for group in "${groups[@]}"; do
    if [ -z "${files[$group]:-}" ]; then
        echo "dev/mutants.sh: no group '$group' (groups: $order)" >&2
        exit 2
    fi
    for f in ${files[$group]}; do
        if [ ! -f "$f" ]; then
            echo "dev/mutants.sh: group '$group' names $f, which does not exist" >&2
            broken=1
        fi
    done
    for t in ${tests[$group]}; do
        if [ "$t" = lib ]; then
            [ -f src/lib.rs ] && continue
        elif [ -f "tests/$t.rs" ] || [ -f "tests/$t/main.rs" ]; then
            continue
        fi
        echo "dev/mutants.sh: group '$group' names test binary '$t', which does not exist (no tests/$t.rs)" >&2
        broken=1
    done
done
[ "$broken" = 0 ] || exit 1
[ "$mode" = check ] && exit 0

if ! cargo mutants --version >/dev/null 2>&1; then
    echo "dev/mutants.sh: cargo-mutants is not installed: cargo install --locked cargo-mutants@$cargo_mutants_version" >&2
    exit 1
fi
installed=$(cargo mutants --version | awk '{print $2}')
if [ "$installed" != "$cargo_mutants_version" ]; then
    echo "dev/mutants.sh: note: cargo-mutants $installed, the README's figures are from $cargo_mutants_version" >&2
fi

# cargo-mutants 27.1 does not create the parent of --output.
[ "$mode" = run ] && mkdir -p mutants.out

failed=()
for group in "${groups[@]}"; do
    args=()
    for f in ${files[$group]}; do args+=(-f "$f"); done
    for t in ${tests[$group]}; do
        if [ "$t" = lib ]; then args+=(--cargo-arg=--lib); else args+=("--cargo-arg=--test=$t"); fi
    done
    if [ "$mode" = list ]; then
        # Every file must be one cargo-mutants reaches from the crate root: a file that is
        # not a module of the crate would otherwise be skipped without a word.
        listed=$(cargo mutants --list-files "${args[@]}") || { failed+=("$group"); continue; }
        for f in ${files[$group]}; do
            if ! grep -qxF "$f" <<<"$listed"; then
                echo "dev/mutants.sh: group '$group': cargo-mutants finds no $f in the crate" >&2
                failed+=("$group")
            fi
        done
        count=$(cargo mutants --list "${args[@]}" | wc -l) || { failed+=("$group"); continue; }
        echo "== $group: $count mutants in ${files[$group]}"
        continue
    fi
    echo "== $group: ${files[$group]}"
    status=0
    INSTA_FORCE_PASS=1 CARGO_PROFILE_DEV_DEBUG=0 cargo mutants --jobs "${JOBS:-1}" \
        --timeout 60 --output "mutants.out/$group" "${args[@]}" || status=$?
    case $status in
        0 | 2 | 3) ;; # all caught; some missed; some timed out: a finished run either way
        *)
            echo "dev/mutants.sh: group '$group' did not run (cargo-mutants exit $status)" >&2
            failed+=("$group")
            ;;
    esac
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "dev/mutants.sh: failed: ${failed[*]}" >&2
    exit 1
fi
