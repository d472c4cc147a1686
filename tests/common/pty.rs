//! Runs the real `hi-tui` binary in a pseudo-terminal and reads its screen the way a
//! terminal would: every byte it writes is kept (to check the raw escape sequences) and
//! fed to a `vt100` emulator (to check what a person would see).
//!
//! The master side is read continuously on a background thread, so the app never blocks
//! on a full pty buffer. Waits poll the emulated screen until a condition holds, with a
//! generous deadline: nothing here measures how fast the app is.

use std::io::{Read, Write};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long to wait for anything the app should do promptly. Far longer than it ever
/// takes, so a busy two-core machine does not make the tests flaky.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// Everything read from the master so far.
struct Output {
    bytes: Vec<u8>,
    parser: vt100::Parser,
    /// The master read failed or hit end of file: the child and its terminal are gone.
    closed: bool,
}

struct Shared {
    output: Mutex<Output>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Output> {
        self.output.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The writing end of the terminal: what a keyboard types into.
pub type Writer = Box<dyn Write + Send>;

/// One run of `hi-tui` in a pseudo-terminal.
pub struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Option<Writer>,
    child: Box<dyn Child + Send + Sync>,
    pid: i32,
    shared: Arc<Shared>,
    status: Option<ExitStatus>,
}

impl Session {
    /// Starts `hi-tui ARGS` in a `cols`×`rows` terminal.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::spawn_with_term(args, cols, rows, Some("xterm-256color"))
    }

    /// As [`Session::spawn`], with `TERM` set to `term` (or unset for `None`).
    pub fn spawn_with_term(args: &[&str], cols: u16, rows: u16, term: Option<&str>) -> Session {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_hi-tui"));
        command.args(args);
        match term {
            Some(term) => command.env("TERM", term),
            None => command.env_remove("TERM"),
        }
        Session::spawn_command(command, cols, rows)
    }

    /// Runs `script` with `sh -c`, in which `$HI_TUI` names the binary: to start it with
    /// limits a shell sets (`ulimit`, `trap`).
    pub fn spawn_shell(script: &str, cols: u16, rows: u16) -> Session {
        let mut command = CommandBuilder::new("sh");
        command.args(["-c", script]);
        command.env("HI_TUI", env!("CARGO_BIN_EXE_hi-tui"));
        command.env("TERM", "xterm-256color");
        Session::spawn_command(command, cols, rows)
    }

    fn spawn_command(mut command: CommandBuilder, cols: u16, rows: u16) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        command.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(command).expect("spawn hi-tui");
        // Only the child may hold the slave open, so reads see end of file once it exits.
        drop(pair.slave);
        let pid = child
            .process_id()
            .and_then(|p| i32::try_from(p).ok())
            .expect("child pid");
        let shared = Arc::new(Shared {
            output: Mutex::new(Output {
                bytes: Vec::new(),
                parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
                closed: false,
            }),
            changed: Condvar::new(),
        });
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let for_reader = Arc::clone(&shared);
        thread::Builder::new()
            .name("pty-reader".into())
            .spawn(move || {
                let mut buf = vec![0u8; 1 << 16];
                loop {
                    let n = reader.read(&mut buf).unwrap_or(0);
                    let mut out = for_reader.lock();
                    if n == 0 {
                        out.closed = true;
                        for_reader.changed.notify_all();
                        return;
                    }
                    out.bytes.extend_from_slice(&buf[..n]);
                    out.parser.process(&buf[..n]);
                    for_reader.changed.notify_all();
                }
            })
            .expect("start the reader thread");
        let writer = pair.master.take_writer().expect("pty writer");
        Session {
            master: pair.master,
            writer: Some(writer),
            child,
            pid,
            shared,
            status: None,
        }
    }

    /// The app's process id.
    pub fn pid(&self) -> i32 {
        self.pid
    }

    /// The pty's slave device, e.g. `/dev/pts/3`.
    pub fn tty_name(&self) -> std::path::PathBuf {
        self.master.tty_name().expect("the pty's name")
    }

    /// Types `bytes` into the terminal, as a keyboard (or a paste) would.
    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        let writer = self.writer.as_mut().expect("writer is here");
        writer.write_all(bytes.as_ref()).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// Starts writing `bytes` from another thread, in `chunk`-sized writes, as fast as
    /// the app takes them (writes block while it is not reading). The thread hands the
    /// writer back through the returned channel when it is done; nothing waits for it.
    pub fn send_in_background(&mut self, bytes: Vec<u8>, chunk: usize) -> mpsc::Receiver<Writer> {
        let mut writer = self.writer.take().expect("writer is here");
        let (done_tx, done_rx) = mpsc::channel();
        thread::spawn(move || {
            let written = bytes
                .chunks(chunk)
                .try_for_each(|c| writer.write_all(c).and_then(|()| writer.flush()));
            if written.is_ok() {
                let _ = done_tx.send(writer);
            }
        });
        done_rx
    }

    /// Writes `bytes` as a flood (`chunk` bytes a write) and waits until the app has read
    /// all of it, for as long as it takes while the app keeps reading or drawing. Only a
    /// stall fails: neither for [`PATIENCE`].
    #[cfg(target_os = "linux")]
    pub fn send_flood(&mut self, bytes: Vec<u8>, chunk: usize) {
        let total = bytes.len() as u64;
        let before = self.bytes_read();
        let done = self.send_in_background(bytes, chunk);
        self.wait_while_progressing("the app to read the whole flood", |session| {
            session.bytes_read() >= before + total
        });
        self.writer = Some(done.recv().expect("the writer finished"));
    }

    /// What shows the app is working: bytes read (its input) and written (its frames).
    #[cfg(target_os = "linux")]
    pub fn progress(&self) -> (u64, usize) {
        (self.bytes_read(), self.bytes_written())
    }

    /// Waits until `done` holds, however long that takes while the app makes progress
    /// (reads input or draws); panics if it makes none for [`PATIENCE`]. This waits on
    /// work, not time, so a slow machine or a debug build passes and a stall still fails.
    #[cfg(target_os = "linux")]
    pub fn wait_while_progressing(
        &mut self,
        what: &str,
        mut done: impl FnMut(&mut Session) -> bool,
    ) {
        let mut last = self.progress();
        let mut last_change = Instant::now();
        while !done(self) {
            let now = self.progress();
            if now != last {
                last = now;
                last_change = Instant::now();
            }
            assert!(
                last_change.elapsed() < PATIENCE,
                "gave up waiting for {what}: no input read and nothing drawn for {PATIENCE:?} \
                 ({} bytes read)\n{}",
                last.0,
                self.describe()
            );
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// How many bytes the app has written to the terminal so far.
    pub fn bytes_written(&self) -> usize {
        self.shared.lock().bytes.len()
    }

    /// How many bytes the app has read so far, from any file: after start-up that is
    /// its terminal input (Linux's `rchar` in `/proc/PID/io`).
    #[cfg(target_os = "linux")]
    pub fn bytes_read(&self) -> u64 {
        let io =
            std::fs::read_to_string(format!("/proc/{}/io", self.pid)).expect("read /proc/PID/io");
        io.lines()
            .find_map(|line| line.strip_prefix("rchar: "))
            .and_then(|n| n.trim().parse().ok())
            .expect("rchar in /proc/PID/io")
    }

    /// Types `bytes` and waits until the app has read them, so whatever is typed next
    /// arrives in a read of its own. A lone Esc needs this: read together with the next
    /// key, the two mean Alt plus that key, as they do in any terminal.
    #[cfg(target_os = "linux")]
    pub fn send_alone(&mut self, bytes: impl AsRef<[u8]>) {
        let bytes = bytes.as_ref();
        let before = self.bytes_read();
        self.send(bytes);
        let deadline = Instant::now() + PATIENCE;
        while self.bytes_read() < before + bytes.len() as u64 {
            assert!(
                Instant::now() < deadline,
                "the app did not read {bytes:?} within {PATIENCE:?}\n{}",
                self.describe()
            );
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// Resizes the terminal (the app gets SIGWINCH), and the emulated screen with it.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.shared
            .lock()
            .parser
            .screen_mut()
            .set_size(nonzero(rows), nonzero(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// Sends the app a signal, as `kill -SIG pid` would.
    pub fn signal(&self, signal: libc::c_int) {
        // SAFETY: kill has no memory-safety preconditions.
        let rc = unsafe { libc::kill(self.pid, signal) };
        assert_eq!(rc, 0, "kill({}, {signal})", self.pid);
    }

    /// Runs `check` on the emulated screen.
    pub fn with_screen<T>(&self, check: impl FnOnce(&vt100::Screen) -> T) -> T {
        check(self.shared.lock().parser.screen())
    }

    /// Every byte the app has written so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.shared.lock().bytes.clone()
    }

    /// Waits until `done` holds for the screen; panics with the screen after [`PATIENCE`].
    pub fn wait_for(&self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        let mut out = self.shared.lock();
        loop {
            if done(out.parser.screen()) {
                return;
            }
            let now = Instant::now();
            if now >= deadline || out.closed {
                let screen = out.parser.screen().contents();
                drop(out);
                panic!(
                    "gave up waiting for {what} (terminal {}):\n{screen}",
                    if now >= deadline {
                        "still open"
                    } else {
                        "closed"
                    }
                );
            }
            out = self
                .shared
                .changed
                .wait_timeout(out, deadline - now)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Waits until `text` is on the screen.
    pub fn wait_for_text(&self, text: &str) {
        self.wait_for(&format!("{text:?} on screen"), |s| {
            s.contents().contains(text)
        });
    }

    /// Waits until row `row` contains `text`.
    pub fn wait_for_row(&self, row: u16, text: &str) {
        self.wait_for(&format!("{text:?} on row {row}"), |s| {
            let (_, cols) = s.size();
            s.rows(0, cols.get())
                .nth(usize::from(row))
                .is_some_and(|line| line.contains(text))
        });
    }

    /// Whether the app is still running (it has not exited).
    pub fn is_running(&mut self) -> bool {
        if self.status.is_some() {
            return false;
        }
        match self.child.try_wait().expect("try_wait") {
            Some(status) => {
                self.status = Some(status);
                false
            }
            None => true,
        }
    }

    /// Waits (up to `limit`) for the app to exit, then for the last of its output.
    pub fn wait_exit_within(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        while self.is_running() {
            if Instant::now() >= deadline {
                panic!("hi-tui did not exit within {limit:?}\n{}", self.describe());
            }
            thread::sleep(Duration::from_millis(10));
        }
        // Everything it wrote is still in the pty buffer: read it all.
        let mut out = self.shared.lock();
        while !out.closed {
            let left = deadline.saturating_duration_since(Instant::now()) + PATIENCE;
            let (next, timeout) = self
                .shared
                .changed
                .wait_timeout(out, left)
                .unwrap_or_else(|e| e.into_inner());
            out = next;
            assert!(
                out.closed || !timeout.timed_out(),
                "the pty stayed open after hi-tui exited"
            );
        }
        self.status.clone().expect("exited")
    }

    /// [`Session::wait_exit_within`] with the usual patience.
    pub fn wait_exit(&mut self) -> ExitStatus {
        self.wait_exit_within(PATIENCE)
    }

    /// The terminal's local modes (`c_lflag`), e.g. to see whether raw mode is on.
    pub fn local_modes(&self) -> libc::tcflag_t {
        let fd = self.master.as_raw_fd().expect("master fd");
        // SAFETY: termios is plain data; tcgetattr fills it in.
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: `fd` is the open master and `termios` a valid out pointer.
        let rc = unsafe { libc::tcgetattr(fd, &mut termios) };
        assert_eq!(rc, 0, "tcgetattr on the pty");
        termios.c_lflag
    }

    /// How much the app wrote and what is on screen, for failure messages.
    fn describe(&self) -> String {
        let out = self.shared.lock();
        format!(
            "{} bytes written by the app; screen:\n{}",
            out.bytes.len(),
            out.parser.screen().contents()
        )
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // A failed test must not leave hi-tui running.
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A terminal dimension for the emulator, which has no zero-sized screens.
fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal at least one cell in size")
}

/// Where `needle` last occurs in `haystack`.
pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Whether `needle` occurs in `haystack` at or after `from`.
pub fn occurs_after(haystack: &[u8], needle: &[u8], from: usize) -> bool {
    haystack
        .get(from..)
        .is_some_and(|rest| rest.windows(needle.len()).any(|w| w == needle))
}

/// Checks the raw output of a finished run: the alternate screen was entered and left
/// again, the cursor hidden and shown again, and every mouse mode turned on was turned
/// off again, each after the last time it was turned on.
pub fn assert_restored(bytes: &[u8]) {
    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(400)..]);
    let enter = rfind(bytes, b"\x1b[?1049h").expect("the app entered the alternate screen");
    assert!(
        occurs_after(bytes, b"\x1b[?1049l", enter),
        "the alternate screen was not left after it was last entered; output ends {tail:?}"
    );
    let hide = rfind(bytes, b"\x1b[?25l").expect("the app hid the cursor");
    assert!(
        occurs_after(bytes, b"\x1b[?25h", hide),
        "the cursor was not shown after it was last hidden; output ends {tail:?}"
    );
    let mut mouse_on = 0;
    for mode in ["1000", "1002", "1003", "1006"] {
        let on = format!("\x1b[?{mode}h");
        let off = format!("\x1b[?{mode}l");
        if let Some(at) = rfind(bytes, on.as_bytes()) {
            mouse_on += 1;
            assert!(
                occurs_after(bytes, off.as_bytes(), at),
                "mouse mode {mode} was left on; output ends {tail:?}"
            );
        }
    }
    assert!(mouse_on > 0, "the app never turned mouse reporting on");
}
