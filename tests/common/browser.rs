//! Headless Chromium and poppler-utils, run as a person would from a shell, each with a
//! time limit. Work files go under the target folder, so a failed run can be looked at.

#![allow(dead_code)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest any one program may take before the test gives up on it.
const LIMIT: Duration = Duration::from_secs(60);

pub struct Tools {
    chromium: PathBuf,
    pdftotext: PathBuf,
    pdfinfo: PathBuf,
    pdftoppm: PathBuf,
}

/// One page's layout measured in the browser at one window width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub file: String,
    pub width: u32,
    pub scroll_width: u32,
    pub client_width: u32,
}

fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

impl Tools {
    /// The programs, or `None` after a loud message when any is missing (a failure
    /// instead when `CI_REQUIRE_BROWSER=1`).
    pub fn find() -> Option<Tools> {
        let chromium = std::env::var_os("CHROMIUM")
            .map(PathBuf::from)
            .or_else(|| on_path(&["chromium", "chromium-browser", "google-chrome"]));
        let tools = (
            chromium,
            on_path(&["pdftotext"]),
            on_path(&["pdfinfo"]),
            on_path(&["pdftoppm"]),
        );
        if let (Some(chromium), Some(pdftotext), Some(pdfinfo), Some(pdftoppm)) = tools {
            return Some(Tools {
                chromium,
                pdftotext,
                pdfinfo,
                pdftoppm,
            });
        }
        let message = "\n\
            ************************************************************************\n\
            * NOT TESTED IN A BROWSER: chromium or poppler-utils is not installed. *\n\
            * To run the browser tests: apt-get install -y chromium poppler-utils  *\n\
            ************************************************************************\n\n";
        // Once, straight to stderr: the test harness hides eprintln! of a passing test.
        static WARNED: std::sync::Once = std::sync::Once::new();
        WARNED.call_once(|| {
            let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
        });
        for var in ["CI_REQUIRE_BROWSER", "CI_REQUIRE_ALL"] {
            if std::env::var_os(var).is_some_and(|v| v == "1") {
                panic!("{var}=1 and the browser tools are missing");
            }
        }
        None
    }

    /// A folder for this test's files, emptied first.
    pub fn workdir(name: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("browser")
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("make the work folder");
        dir
    }

    fn chromium(&self, dir: &Path, run: &str, args: &[OsString]) -> Vec<u8> {
        let profile = dir.join(format!("profile-{run}"));
        let mut all: Vec<OsString> = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        let mut data_dir = OsString::from("--user-data-dir=");
        data_dir.push(&profile);
        all.push(data_dir);
        all.extend(args.iter().cloned());
        run_program(&self.chromium, &all, dir, run)
    }

    /// `document` printed to PDF by Chromium, as `name.pdf` in `dir`.
    pub fn print(&self, dir: &Path, name: &str, document: &str) -> PathBuf {
        let html = dir.join(format!("{name}.html"));
        std::fs::write(&html, document).expect("write the page");
        let pdf = dir.join(format!("{name}.pdf"));
        let mut to = OsString::from("--print-to-pdf=");
        to.push(&pdf);
        self.chromium(
            dir,
            &format!("print-{name}"),
            &[
                OsString::from("--no-pdf-header-footer"),
                to,
                file_url(&html),
            ],
        );
        assert!(pdf.is_file(), "Chromium made no PDF of {name}");
        pdf
    }

    /// (page count, page size) from pdfinfo.
    pub fn pdf_info(&self, pdf: &Path) -> (usize, String) {
        let out = run_program(&self.pdfinfo, &[pdf.into()], dir_of(pdf), "pdfinfo");
        let text = String::from_utf8_lossy(&out).into_owned();
        let field = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name))
                .map(str::trim)
                .unwrap_or_else(|| panic!("pdfinfo gave no {name} in {text}"))
                .to_owned()
        };
        let pages = field("Pages:").parse().expect("a page count");
        (pages, field("Page size:"))
    }

    /// Each page's text as pdftotext lays it out (it ends each page with a form feed).
    pub fn pages(&self, pdf: &Path) -> Vec<String> {
        let args = [OsString::from("-layout"), pdf.into(), OsString::from("-")];
        let out = run_program(&self.pdftotext, &args, dir_of(pdf), "pdftotext");
        let text = String::from_utf8(out).expect("UTF-8 text");
        let mut pages: Vec<String> = text.split('\u{c}').map(String::from).collect();
        if pages.last().is_some_and(|p| p.trim().is_empty()) {
            pages.pop();
        }
        pages
    }

    /// Page `page` of `pdf` as a 50 dpi PNG in `out`.
    pub fn page_png(&self, pdf: &Path, page: usize, out: &Path) -> PathBuf {
        let stem = out.join("printed-page");
        let n = OsString::from(page.to_string());
        let args = [
            "-png".into(),
            "-r".into(),
            "50".into(),
            "-f".into(),
            n.clone(),
            "-l".into(),
            n,
            "-singlefile".into(),
            pdf.into(),
            stem.clone().into(),
        ];
        run_program(&self.pdftoppm, &args, out, "pdftoppm");
        stem.with_extension("png")
    }

    /// A screenshot of `page` in a `width` × `height` window, saved in `out`.
    pub fn screenshot(
        &self,
        dir: &Path,
        page: &Path,
        width: u32,
        height: u32,
        out: &Path,
    ) -> PathBuf {
        let png = out.join(format!("screen-{width}x{height}.png"));
        let mut to = OsString::from("--screenshot=");
        to.push(&png);
        self.chromium(
            dir,
            &format!("screenshot-{width}"),
            &[
                to,
                format!("--window-size={width},{height}").into(),
                file_url(page),
            ],
        );
        png
    }

    /// Each page laid out at each width, in frames of that width on one test-only page
    /// whose script writes what it measures into the DOM (the pages themselves have no
    /// script). Headless windows are at least 500 pixels wide; frames can be narrower.
    pub fn measure(&self, dir: &Path, pages: &[&Path], widths: &[u32]) -> Vec<Measure> {
        let mut probe = String::from("<!DOCTYPE html><body>\n");
        for page in pages {
            let name = page
                .file_name()
                .and_then(|n| n.to_str())
                .expect("a file name");
            for width in widths {
                probe.push_str(&format!(
                    "<iframe src=\"{name}\" data-width=\"{width}\" style=\"width:{width}px;height:600px;border:0\"></iframe>\n"
                ));
            }
        }
        probe.push_str(
            "<script>\n\
             addEventListener('load', () => {\n\
               for (const frame of document.querySelectorAll('iframe')) {\n\
                 const root = frame.contentDocument.documentElement;\n\
                 const out = document.createElement('output');\n\
                 out.textContent = [frame.getAttribute('src'), frame.dataset.width,\n\
                   root.scrollWidth, root.clientWidth].join(' ');\n\
                 document.body.append(out);\n\
               }\n\
             });\n\
             </script>\n",
        );
        let probe_path = dir.join("probe.html");
        std::fs::write(&probe_path, probe).expect("write the probe");
        let dom = self.chromium(
            dir,
            "measure",
            &[
                "--allow-file-access-from-files".into(),
                "--window-size=1400,900".into(),
                "--dump-dom".into(),
                file_url(&probe_path),
            ],
        );
        let dom = String::from_utf8_lossy(&dom);
        dom.split("<output>")
            .skip(1)
            .filter_map(|rest| {
                let fields: Vec<&str> = rest.split('<').next()?.split(' ').collect();
                match fields.as_slice() {
                    [file, width, scroll, client] => Some(Measure {
                        file: (*file).to_owned(),
                        width: width.parse().ok()?,
                        scroll_width: scroll.parse().ok()?,
                        client_width: client.parse().ok()?,
                    }),
                    _ => None,
                }
            })
            .collect()
    }
}

fn dir_of(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new("."))
}

fn file_url(path: &Path) -> OsString {
    let mut url = OsString::from("file://");
    url.push(path);
    url
}

/// Runs `program` to the end (killing it after [`LIMIT`]) and returns its stdout; a
/// failure shows its stderr.
fn run_program(program: &Path, args: &[OsString], dir: &Path, run: &str) -> Vec<u8> {
    let stdout = dir.join(format!("{run}.out"));
    let stderr = dir.join(format!("{run}.err"));
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout).expect("stdout file"))
        .stderr(std::fs::File::create(&stderr).expect("stderr file"))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", program.display()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{} took over {LIMIT:?}", program.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let errors = std::fs::read_to_string(&stderr).unwrap_or_default();
    assert!(
        status.success(),
        "{} failed ({status}): {errors}",
        program.display()
    );
    std::fs::read(&stdout).expect("read stdout")
}

/// A PNG's (width, height), from its header.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(..8)? != b"\x89PNG\r\n\x1a\n" || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let word = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    Some((word(16)?, word(20)?))
}
