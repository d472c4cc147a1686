#!/usr/bin/env bash
# The Windows build, checked on Linux (README "On Windows"; .ci/run calls it):
#
# 1. A cross toolchain from Debian bookworm's packages alone, unpacked (not installed) under
#    ${HI_TUI_WIN_CACHE:-/tmp/hi-tui-win}, so a second run finds it there: rustc-web and
#    cargo-web 1.96 with rust-web-src (std is built for the target with -Zbuild-std, which
#    needs RUSTC_BOOTSTRAP=1), the mingw-w64 linker, and Wine 8 with two gaps filled: its
#    wineserver wrapper names a fixed path, and it lacks bcryptprimitives.dll, which Rust's
#    std (1.78 on) imports ProcessPrng from, so a ten-line shim DLL is built.
# 2. `cargo check` for x86_64-pc-windows-gnu (all targets) and x86_64-pc-windows-msvc (library
#    and binary) with warnings as errors, then hi-tui.exe (release, gnu).
# 3. hi-tui.exe under Wine against the Linux build: --version, `check` on the shipped data and
#    on broken files, every export format (England and Scotland), byte for byte with the
#    same exit codes; `completions powershell`; a broken pipe; a data file at a Windows path
#    with spaces.
# 4. The full-screen app under Wine in tmux: the first frame's text, `q` exits 0, Ctrl+C does
#    nothing in kiosk mode.
#
# Any mismatch ends the script non-zero with a one-line reason. Needs network the first time
# (Debian's packages, crates.io), and root only if apt has no package lists or tmux is missing.
# `--compare-minimal` also runs dev/examples/minimal_tui.rs beside hi-tui under Wine and shows
# both screens (README "On Windows", on the garbled screen).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

cache=${HI_TUI_WIN_CACHE:-/tmp/hi-tui-win}
started=$SECONDS

fail() {
    echo "dev/windows.sh: $*" >&2
    exit 1
}

say() {
    echo "windows: $* ($((SECONDS - started)) s)"
}

compare_minimal=0
case "${1:-}" in
    "") ;;
    --compare-minimal) compare_minimal=1 ;;
    *) fail "usage: dev/windows.sh [--compare-minimal]" ;;
esac

# tmux drives the full-screen app, perl mends its output (both on this project's machines).
for tool in tmux perl; do
    if ! command -v $tool >/dev/null; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >/dev/null) ||
            fail "$tool is missing and could not be installed"
    fi
done

# ---------------------------------------------------------------------------------------
# 1. The toolchain. A stamp names what was unpacked; change the list and it is redone.
packages_rust="rustc-web cargo-web libstd-rust-web-1.96 libstd-rust-web-dev rust-web-src libllvm22
  libgit2-1.5 libmbedtls14 libmbedx509-1 libmbedcrypto7 libhttp-parser2.9"
packages_mingw="binutils-mingw-w64-x86-64 gcc-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix-runtime
  gcc-mingw-w64-base mingw-w64-x86-64-dev mingw-w64-common"
packages_wine="wine64 libwine wine libz-mingw-w64"
stamp="toolchain 1: $(echo $packages_rust $packages_mingw $packages_wine)"

setup() {
    rm -rf "$cache/debs" "$cache/deb-rust" "$cache/mingw" "$cache/wine" "$cache/shim" "$cache/wineprefix"
    mkdir -p "$cache/debs"
    # A fresh machine may have no package lists yet.
    if ! apt-cache show rustc-web >/dev/null 2>&1; then
        apt-get update -qq || fail "apt-get update failed (the Debian packages are needed once)"
    fi
    # shellcheck disable=SC2086 # word splitting is the point
    (cd "$cache/debs" && apt-get download -qq $packages_rust $packages_mingw $packages_wine 2>&1 |
        grep -v '^W: Download is performed unsandboxed' || true)
    local p f
    for p in $packages_rust $packages_mingw $packages_wine; do
        compgen -G "$cache/debs/${p}_*.deb" >/dev/null || fail "apt-get download did not fetch $p"
    done
    for p in $packages_rust; do for f in "$cache/debs/${p}"_*.deb; do dpkg-deb -x "$f" "$cache/deb-rust"; done; done
    for p in $packages_mingw; do for f in "$cache/debs/${p}"_*.deb; do dpkg-deb -x "$f" "$cache/mingw"; done; done
    for p in $packages_wine; do for f in "$cache/debs/${p}"_*.deb; do dpkg-deb -x "$f" "$cache/wine"; done; done
    rm -rf "$cache/debs"
    ln -sf x86_64-w64-mingw32-gcc-posix "$cache/mingw/usr/bin/x86_64-w64-mingw32-gcc"
    # Debian's wineserver wrapper hard-codes /usr/lib/wine/wineserver64.
    printf '#!/bin/sh -e\nexec %s/wine/usr/lib/wine/wineserver64 -p0 "$@"\n' "$cache" >"$cache/wine/usr/lib/wine/wineserver"
    chmod +x "$cache/wine/usr/lib/wine/wineserver"
    # Wine 8.0 has no bcryptprimitives.dll, whose ProcessPrng Rust's std imports: a shim.
    mkdir -p "$cache/shim"
    cat >"$cache/shim/bcryptprimitives.c" <<'EOC'
#include <windows.h>
#include <ntsecapi.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) { ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, n)) return FALSE; data += n; len -= n; }
    return TRUE;
}
EOC
    "$cache/mingw/usr/bin/x86_64-w64-mingw32-gcc" -shared -O2 -o "$cache/shim/bcryptprimitives.dll" \
        "$cache/shim/bcryptprimitives.c" -ladvapi32 || fail "could not build the bcryptprimitives.dll shim"
    wine_env
    # Creates the prefix (a warning about syswow64 is harmless).
    "$WINELOADER" wineboot -i >/dev/null 2>&1 || true
    wineserver_wait
    [ -d "$WINEPREFIX/drive_c/windows/system32" ] || fail "wineboot made no Wine prefix under $WINEPREFIX"
    cp "$cache/shim/bcryptprimitives.dll" "$cache/wine/usr/x86_64-w64-mingw32/lib/zlib1.dll" \
        "$WINEPREFIX/drive_c/windows/system32/"
    echo "$stamp" >"$cache/stamp"
}

wine_env() {
    export WINEPREFIX="$cache/wineprefix" WINELOADER="$cache/wine/usr/lib/wine/wine64"
    export WINEDLLPATH="$cache/wine/usr/x86_64-w64-mingw32/lib" WINESERVER="$cache/wine/usr/lib/wine/wineserver64"
    export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    unset DISPLAY
}

# Waits for the wineserver of this prefix to exit (it lingers a few seconds after the last
# program by default; -p0 in the wrapper makes it exit at once).
wineserver_wait() {
    "$WINESERVER" -w 2>/dev/null || true
}

if [ "$(cat "$cache/stamp" 2>/dev/null)" != "$stamp" ]; then
    say "setting up the toolchain under $cache"
    setup
    say "toolchain ready"
else
    say "toolchain cached under $cache"
fi
wine_env

# ---------------------------------------------------------------------------------------
# 2. Type-check both Windows targets, then build hi-tui.exe, with Debian's Rust (never the
# rustup one on PATH) and a target folder of its own under the cache. Warnings are errors;
# -D warnings reaches only this workspace's code, as cargo caps lints for std and crates.io.
# (Only here: in the Linux build below it would rebuild everything `cargo test` built.)
deb="$cache/deb-rust/usr"
wcargo() {
    env -u RUSTUP_TOOLCHAIN -u RUSTUP_HOME -u CARGO_BUILD_TARGET \
        PATH="$deb/bin:$cache/mingw/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        LD_LIBRARY_PATH="$deb/lib/x86_64-linux-gnu" RUSTC="$deb/bin/rustc" RUSTDOC="$deb/bin/rustdoc" \
        CARGO_HOME="$cache/cargo-home" CARGO_TARGET_DIR="$cache/target" RUSTC_BOOTSTRAP=1 \
        RUSTFLAGS="-D warnings" \
        "$deb/bin/cargo" "$@"
}

gnu=x86_64-pc-windows-gnu
t0=$SECONDS
wcargo check -q -p hi-tui --all-targets --target $gnu -Zbuild-std ||
    fail "cargo check --all-targets --target $gnu failed (warnings are errors)"
say "checked $gnu, all targets, in $((SECONDS - t0)) s"
# For msvc only what ships: the tests' dependencies compile C (criterion's alloca) with
# cc-rs, which wants MSVC's own lib.exe. The cfg(windows) code is the same on both.
t0=$SECONDS
wcargo check -q -p hi-tui --lib --bins --target x86_64-pc-windows-msvc -Zbuild-std ||
    fail "cargo check --target x86_64-pc-windows-msvc failed (warnings are errors)"
say "checked x86_64-pc-windows-msvc, library and binary, in $((SECONDS - t0)) s"
t0=$SECONDS
wcargo build -q --release -p hi-tui --bin hi-tui --target $gnu -Zbuild-std=std,panic_abort ||
    fail "cargo build --release --target $gnu failed"
exe="$cache/target/$gnu/release/hi-tui.exe"
[ -f "$exe" ] || fail "the build left no $exe"
say "built hi-tui.exe in $((SECONDS - t0)) s: $(stat -c %s "$exe") bytes"

# The Linux build to compare with, built as `cargo test` builds it for the tests that run it,
# so after `cargo test` (as in .ci/run) this builds nothing; `cargo build` would build it
# again with other features and leave `cargo test` to rebuild it once more.
cargo test -q --no-run --test check || fail "cargo test --no-run --test check (Linux) failed"
linux="${CARGO_TARGET_DIR:-$root/target}/debug/hi-tui"
[ -x "$linux" ] || fail "the Linux build left no $linux"

# ---------------------------------------------------------------------------------------
# 3. hi-tui.exe under Wine.
work=$(mktemp -d)
session="hi-tui-win-$$"
cleanup() {
    tmux -L "$session" kill-server 2>/dev/null || true
    rm -rf "$work" "$WINEPREFIX/drive_c/Some Folder"
}
trap cleanup EXIT

wine() {
    "$WINELOADER" "$exe" "$@"
}

# Runs the Linux build with the arguments before `--` and hi-tui.exe with those after it
# (the same if there is no `--`), and fails unless stdout, stderr and the exit code agree
# byte for byte. NAME says what was run, in the failure. With `linux_sed` set, that sed
# script first turns the Linux output into what Windows should print (a path written
# another way, when the path is part of the output).
same() {
    local name=$1 linux_args=() windows_args=() seen=0 a
    shift
    for a in "$@"; do
        if [ "$a" = -- ]; then seen=1; elif [ $seen = 0 ]; then linux_args+=("$a"); else windows_args+=("$a"); fi
    done
    [ $seen = 1 ] || windows_args=("${linux_args[@]}")
    local l="$work/linux" w="$work/windows" lc=0 wc=0
    "$linux" "${linux_args[@]}" >"$l.out" 2>"$l.err" </dev/null || lc=$?
    if [ -n "${linux_sed:-}" ]; then
        sed -i -e "$linux_sed" "$l.out" "$l.err"
    fi
    wine "${windows_args[@]}" >"$w.out" 2>"$w.err" </dev/null || wc=$?
    [ "$lc" = "$wc" ] || fail "$name: exit $wc under Wine, $lc on Linux"
    cmp -s "$l.out" "$w.out" || fail "$name: stdout differs from Linux ($(cmp "$l.out" "$w.out" 2>&1 | head -1))"
    cmp -s "$l.err" "$w.err" || fail "$name: stderr differs from Linux ($(cmp "$l.err" "$w.err" 2>&1 | head -1))"
    [ -s "$l.out" ] || [ -s "$l.err" ] || fail "$name: printed nothing at all"
    echo "  $name: same as Linux (exit $lc, $(stat -c %s "$l.out") bytes out, $(stat -c %s "$l.err") bytes err)"
}

say "running hi-tui.exe under Wine"
same "--version" --version
same "check data/health_informatics.ron" check data/health_informatics.ron
linux_sed='s|^data/|data\\|' same "check data\\health_informatics.ron" \
    check data/health_informatics.ron -- check 'data\health_informatics.ron'
broken=(tests/broken/*.ron)
same "check on ${#broken[@]} broken files" check "${broken[@]}"
same "check tests/broken/bad_id.ron" check tests/broken/bad_id.ron
same "check on a missing file" check data/no-such-file.ron
for nation in "" scotland; do
    for format in markdown json html; do
        args=(export --format $format)
        [ -z "$nation" ] || args=(--nation $nation "${args[@]}")
        same "${args[*]}" "${args[@]}"
    done
done
same "export --format html --only cyber-security" export --format html --only cyber-security
same "completions powershell" completions powershell

# A data file at a Windows path with a space in the folder and in the name.
mkdir -p "$WINEPREFIX/drive_c/Some Folder"
cp data/health_informatics.ron "$WINEPREFIX/drive_c/Some Folder/my data.ron"
cp tests/broken/bad_id.ron "$WINEPREFIX/drive_c/Some Folder/bad id.ron"
same "--data 'C:\\Some Folder\\my data.ron' export --format json" \
    --data data/health_informatics.ron export --format json -- \
    --data 'C:\Some Folder\my data.ron' export --format json
linux_sed='s|data/health_informatics.ron|C:\\Some Folder\\my data.ron|' \
    same "check 'C:\\Some Folder\\my data.ron'" \
    check data/health_informatics.ron -- check 'C:\Some Folder\my data.ron'
linux_sed='s|tests/broken/bad_id.ron|C:\\Some Folder\\bad id.ron|' \
    same "check 'C:\\Some Folder\\bad id.ron'" \
    check tests/broken/bad_id.ron -- check 'C:\Some Folder\bad id.ron'

# A reader that stops early: no message, success, as on Unix (Windows reports the closed
# pipe as error 109, 232 or 233).
for reader in "head -n 1" true; do
    set +o pipefail
    wine export --format html 2>"$work/err" | $reader >/dev/null
    code=${PIPESTATUS[0]}
    set -o pipefail
    [ "$code" = 0 ] && [ ! -s "$work/err" ] ||
        fail "export | $reader: exit $code under Wine, saying: $(head -1 "$work/err")"
    echo "  export --format html | $reader: exit 0, nothing on stderr"
done

# ---------------------------------------------------------------------------------------
# 4. The full-screen app in tmux, 100x30, with TERM unset as on Windows.
#
# Wine 8's console takes ENABLE_VIRTUAL_TERMINAL_PROCESSING but does not carry out escape
# sequences: it puts them in its screen buffer as text, 100 characters a row, and copies the
# rows to the terminal with a line break (and, for blanks at a row's end, an erase) after
# each. The sequences reach tmux cut every 100 characters, so what tmux shows is garbled, for
# a minimal ratatui program just as for hi-tui (README "On Windows"). What hi-tui drew is
# read back by taking those breaks out of what reached the terminal and replaying it in a
# second pane.
tmux_() {
    tmux -L "$session" "$@"
}

# Starts hi-tui.exe with these arguments in pane NAME, its output also saved to NAME.raw.
start() {
    local name=$1 args="" a
    shift
    for a in "$@"; do args+=" $(printf %q "$a")"; done
    rm -f "$work/$name.exit" "$work/$name.go"
    tmux_ new -d -x 100 -y 30 -s "$name" \
        "cd $(printf %q "$root"); while [ ! -e $work/$name.go ]; do sleep 0.1; done;
         env -u TERM $(printf %q "$WINELOADER") $(printf %q "$exe")$args; echo \$? >$work/$name.exit; sleep 600"
    tmux_ pipe-pane -o -t "$name" "cat >$work/$name.raw"
    touch "$work/$name.go"
}

# The screen as hi-tui drew it in pane NAME so far, replayed without Wine's line breaks.
replay() {
    local name=$1
    perl -0777 -pe 's/(\e\[K)?\r\r\n//g' "$work/$name.raw" >"$work/$name.fixed"
    tmux_ new -d -x 100 -y 30 -s "$name-replay" "cat $work/$name.fixed; sleep 600"
    sleep 0.3
    tmux_ capture-pane -p -t "$name-replay" >"$work/$name.screen"
    tmux_ kill-session -t "$name-replay"
}

# Waits (up to 60 s: Wine starts slowly on a busy machine) until the first frame in pane
# NAME shows every one of the texts given.
first_frame() {
    local name=$1 text missing
    shift
    for _ in $(seq 120); do
        sleep 0.5
        [ ! -e "$work/$name.exit" ] || fail "$name: hi-tui.exe exited $(cat "$work/$name.exit") before its first frame"
        replay "$name"
        missing=0
        for text in "$@"; do grep -qF -- "$text" "$work/$name.screen" || missing=1; done
        [ $missing = 1 ] || return 0
    done
    echo "--- tmux shows:" >&2
    tmux_ capture-pane -p -t "$name" >&2
    echo "--- replayed without Wine's line breaks:" >&2
    cat "$work/$name.screen" >&2
    fail "$name: the first frame never showed: $*"
}

# Waits up to 20 s for pane NAME's hi-tui.exe to exit, and fails unless with CODE.
exits() {
    local name=$1 code=$2
    for _ in $(seq 40); do
        [ -e "$work/$name.exit" ] && [ -s "$work/$name.exit" ] && break
        sleep 0.5
    done
    [ -s "$work/$name.exit" ] || fail "$name: hi-tui.exe did not exit"
    [ "$(cat "$work/$name.exit")" = "$code" ] || fail "$name: hi-tui.exe exited $(cat "$work/$name.exit"), not $code"
}

still_running() {
    local name=$1 why=$2
    sleep 2
    [ ! -e "$work/$name.exit" ] || fail "$name: $why ended hi-tui.exe (exit $(cat "$work/$name.exit"))"
}

title="Careers in NHS health informatics"
start app
first_frame app "$title" "Press any key to explore"
tmux_ send-keys -t app q
exits app 0
echo "  the app: first frame shows \"$title\" and \"Press any key to explore\"; q exits 0"

start kiosk --kiosk --nation england
first_frame kiosk "$title" "Press any key to explore"
tmux_ send-keys -t kiosk C-c
still_running kiosk "Ctrl+C in kiosk mode"
tmux_ send-keys -t kiosk q Escape
still_running kiosk "q or Esc in kiosk mode"
tmux_ send-keys -t kiosk -l exit-kiosk
exits kiosk 0
echo "  --kiosk: Ctrl+C, q and Esc do nothing; typing exit-kiosk exits 0"

start data --data 'C:\Some Folder\my data.ron'
first_frame data "$title" "Press any key to explore"
tmux_ send-keys -t data C-c
exits data 0
echo "  --data 'C:\\Some Folder\\my data.ron': first frame shown; Ctrl+C exits 0"

# With --compare-minimal: the same Wine and pane for dev/examples/minimal_tui.rs, a bordered
# paragraph drawn by ratatui and nothing of hi-tui's. Shows what tmux shows for both, and how
# long the pieces of each one's output are between Wine's line breaks.
if [ $compare_minimal = 1 ]; then
    wcargo build -q --release -p hi-tui-dev --example minimal_tui --target $gnu -Zbuild-std=std,panic_abort ||
        fail "cargo build --example minimal_tui failed"
    for program in minimal hi-tui; do
        if [ $program = minimal ]; then
            exe="$cache/target/$gnu/release/examples/minimal_tui.exe"
            start $program
        else
            exe="$cache/target/$gnu/release/hi-tui.exe"
            start $program
        fi
        sleep 8
        echo "--- $program: tmux shows"
        tmux_ capture-pane -p -t $program
        echo "--- $program: characters between Wine's line breaks"
        perl -CSD -0777 -ne 'print join(" ", map { length } split /\r\r\n/), "\n"' "$work/$program.raw"
        tmux_ send-keys -t $program q
        exits $program 0
    done
fi

say "all done: hi-tui.exe is $(stat -c %s "$exe") bytes"
