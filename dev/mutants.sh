#!/usr/bin/env bash
# Mutation testing (cargo-mutants), one group of source files at a time, each run against
# the test binaries that exercise that group. Building and running only those binaries
# (and no debug info) takes a mutant from about 20 s to 5-11 s on a 2-core machine. A
# mutant missed here may still be caught by a test outside the group: rerun it with the
# whole suite (`cargo mutants -F 'name'`) before writing a test for it.
#
#   dev/mutants.sh            # every group
#   dev/mutants.sh locate app # just these groups
#
# Reports go to mutants.out/<group>/ (ignored by git). INSTA_FORCE_PASS=1 and the
# screenshot filter in .cargo/mutants.toml keep golden files from counting as a catch.
set -euo pipefail
cd "$(dirname "$0")/.."

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
files[locate]="src/data/locate.rs src/data/parse_messages.rs"
tests[locate]="lib error_positions broken data_format line_endings"
files[unstable]="src/data/unstable.rs src/data/forbidden.rs"
tests[unstable]="lib text_width broken data"
files[load]="src/data/load.rs"
tests[load]="lib data data_format loader_limits special_files check line_endings broken reload"
files[validate]="src/data/validate.rs $(echo src/data/validate/*.rs)"
tests[validate]="lib broken data content"
files[data]="src/data/mod.rs src/data/stages.rs"
tests[data]="lib data pay stages search_ranking export export_html content browsing"
files[layout]="src/layout.rs"
tests[layout]="lib navigation browsing mouse"
files[measure]="src/measure/mod.rs src/measure/reflow.rs"
tests[measure]="lib pages navigation mouse compare"
files[ui-wide]="src/ui/wide.rs"
tests[ui-wide]="lib text_width"
order="app app-views kiosk search keymap layout measure ui-wide locate unstable load validate data"

mkdir -p mutants.out
groups=("$@")
[ ${#groups[@]} -eq 0 ] && read -r -a groups <<<"$order"
for group in "${groups[@]}"; do
    if [ -z "${files[$group]:-}" ]; then
        echo "dev/mutants.sh: no group '$group' (groups: $order)" >&2
        exit 2
    fi
    args=()
    for f in ${files[$group]}; do args+=(-f "$f"); done
    for t in ${tests[$group]}; do
        if [ "$t" = lib ]; then args+=(--cargo-arg=--lib); else args+=("--cargo-arg=--test=$t"); fi
    done
    echo "== $group: ${files[$group]}"
    INSTA_FORCE_PASS=1 CARGO_PROFILE_DEV_DEBUG=0 cargo mutants --jobs "${JOBS:-1}" \
        --timeout 60 --output "mutants.out/$group" "${args[@]}" || true
done
