#!/usr/bin/env bash
# Checks that the development commands still work, in a few seconds and without building
# the project (.ci/run calls it):
#
# 1. dev/mutants.sh: every group's files and test binaries exist (--check); with a stand-in
#    `cargo`, a run from a fresh copy and from another working directory makes its output
#    folder, finishes on cargo-mutants' result codes (0 all caught, 2 missed, 3 timeouts)
#    and fails on the others; with the real cargo-mutants, `--list` for every group (no build).
# 2. Every command in a ```sh block of README's Development section, run or dry-run in a
#    scratch copy of the tracked files (no target/, no mutants.out/): cargo-mutants with
#    --list, dev/mutants.sh with --list, `cargo test` by checking that each --test it names
#    exists, `cargo install` by checking it pins the version dev/mutants.sh names,
#    dev/windows.sh by checking that it parses and that .ci/run runs it. A command
#    this script does not know how to check fails it, so a new one cannot slip past.
#
# Without cargo-mutants the --list runs are left out, with a line saying so, even under
# CI_REQUIRE_ALL=1: installing it (`cargo install --locked`) took 7 min 20 s on this 2-core
# machine, for a check meant to take seconds, and what the stand-in run and --check test
# (a fresh copy, exit codes, misspelt files and tests) needs no cargo-mutants.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

fail() {
    echo "check-dev-commands: $*" >&2
    exit 1
}

version=$(sed -n 's/^cargo_mutants_version=//p' dev/mutants.sh)
[ -n "$version" ] || fail "dev/mutants.sh does not say which cargo-mutants version it expects"

# A scratch copy of the files git knows about, as a fresh clone would have them (with any
# uncommitted edits, so the check can be run before committing).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
copy="$scratch/repo"
mkdir "$copy"
# (--ignore-failed-read: a tracked file deleted in the work tree is left out.)
git ls-files -z --cached --others --exclude-standard |
    tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$copy"
[ ! -e "$copy/mutants.out" ] || fail "the scratch copy has a mutants.out/"

# 1a. Every group names files and test binaries that exist.
"$copy/dev/mutants.sh" --check || fail "dev/mutants.sh --check: a group names something that does not exist"

# 1b. The run itself, against a stand-in cargo that behaves as cargo-mutants 27.1 does for
# what the script relies on: it refuses an --output whose parent folder is missing, and
# exits with STUB_EXIT otherwise.
stub="$scratch/stub"
mkdir "$stub"
cat >"$stub/cargo" <<EOF
#!/usr/bin/env bash
[ "\$1" = mutants ] || exit 101
shift
if [ "\$1" = --version ]; then echo "cargo-mutants $version"; exit 0; fi
while [ \$# -gt 0 ]; do
    if [ "\$1" = --output ]; then
        parent=\$(dirname "\$2")
        [ -d "\$parent" ] || { echo "Error: create output parent directory \"\$2\"" >&2; exit 1; }
        mkdir -p "\$2/mutants.out"
    fi
    shift
done
exit "\${STUB_EXIT:-0}"
EOF
chmod +x "$stub/cargo"
for code in 0 2 3; do
    rm -rf "$copy/mutants.out"
    (cd / && PATH="$stub:$PATH" STUB_EXIT=$code "$copy/dev/mutants.sh" search kiosk >/dev/null) ||
        fail "dev/mutants.sh failed when cargo-mutants finished with exit $code (a result, not a failure)"
    [ -d "$copy/mutants.out/search/mutants.out" ] && [ -d "$copy/mutants.out/kiosk/mutants.out" ] ||
        fail "dev/mutants.sh left no mutants.out/<group>/ in a fresh copy"
done
for code in 1 4 70; do
    if (cd / && PATH="$stub:$PATH" STUB_EXIT=$code "$copy/dev/mutants.sh" search >/dev/null 2>&1); then
        fail "dev/mutants.sh exited 0 when cargo-mutants could not run (exit $code)"
    fi
done
rm -rf "$copy/mutants.out"

# With the real cargo-mutants: does this version accept the arguments, and does it find
# every file of every group in the crate?
have_mutants=0
if installed=$(cargo mutants --version 2>/dev/null); then
    have_mutants=1
    [ "$installed" = "cargo-mutants $version" ] ||
        echo "check-dev-commands: note: $installed installed, dev/mutants.sh expects $version" >&2
else
    echo "check-dev-commands: cargo-mutants is not installed, so the --list runs are left out" \
        "(cargo install --locked cargo-mutants@$version to include them)" >&2
fi
if [ "$have_mutants" = 1 ]; then
    (cd / && "$copy/dev/mutants.sh" --list) || fail "dev/mutants.sh --list failed"
fi

# 2. README's Development section.
commands=$(awk '
    /^## / { dev = ($0 == "## Development") }
    dev && /^```/ { block = !block && ($0 == "```sh"); next }
    dev && block { print }
' README.md | sed -E -e 's/[[:space:]]+#.*$//' -e 's/[[:space:]]+$//' -e '/^$/d')
[ -n "$commands" ] || fail "found no commands in README's Development section"

checked=0
while IFS= read -r line; do
    read -r -a words <<<"$line"
    env=()
    while [ ${#words[@]} -gt 0 ] && [[ ${words[0]} =~ ^[A-Z_][A-Z0-9_]*= ]]; do
        env+=("${words[0]}")
        words=("${words[@]:1}")
    done
    case "${words[0]:-} ${words[1]:-}" in
        "cargo install")
            [[ " ${words[*]} " == *" --locked "* ]] || fail "README: '$line' installs without --locked"
            [[ " ${words[*]} " == *" cargo-mutants@$version "* ]] ||
                fail "README: '$line' does not install cargo-mutants@$version, the version dev/mutants.sh names"
            ;;
        "cargo test")
            for ((i = 2; i < ${#words[@]}; i++)); do
                if [ "${words[i]}" = --test ]; then
                    t=${words[i + 1]:-}
                    [ -f "$copy/tests/$t.rs" ] || [ -f "$copy/tests/$t/main.rs" ] ||
                        fail "README: '$line' names test binary '$t', which does not exist"
                fi
            done
            ;;
        "cargo mutants")
            if [ "$have_mutants" = 1 ]; then
                listed=$(cd "$copy" && env "${env[@]}" "${words[@]}" --list) ||
                    fail "README: '$line' fails with --list"
                [ -n "$listed" ] || fail "README: '$line' finds no mutants"
            fi
            ;;
        "dev/mutants.sh "*)
            (cd / && env "${env[@]}" "$copy/dev/mutants.sh" --check "${words[@]:1}") ||
                fail "README: '$line' fails"
            if [ "$have_mutants" = 1 ]; then
                (cd / && env "${env[@]}" "$copy/dev/mutants.sh" --list "${words[@]:1}" >/dev/null) ||
                    fail "README: '$line' fails with --list"
            fi
            ;;
        "dev/windows.sh "*)
            # Minutes of building: here only that it parses, runs as written and is in CI.
            [ -x "$copy/dev/windows.sh" ] || fail "README: '$line': dev/windows.sh is missing or not executable"
            bash -n "$copy/dev/windows.sh" || fail "README: '$line': dev/windows.sh does not parse"
            grep -q '^bash dev/windows.sh' "$copy/.ci/run" || fail "README: '$line': .ci/run does not run it"
            ;;
        *) fail "README's Development section shows '$line', which this script cannot check: teach it" ;;
    esac
    checked=$((checked + 1))
done <<<"$commands"
echo "check-dev-commands: dev/mutants.sh and $checked README commands checked"
