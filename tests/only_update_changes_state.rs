//! The app's state changes only in `App::update`: every other public method that takes
//! `&mut self` is a thin way into it. Checked on the source, so a new method that changes
//! state directly (as mouse input and reloads once did) fails here.

use std::path::Path;

/// Each `pub fn` taking `&mut self` in an `impl App` block in `src/app`, with its body.
fn mutating_public_methods() -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    for entry in std::fs::read_dir(&dir).expect("src/app") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("source");
        let file = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        // Only `impl App` blocks: the modes' own state types (the exit phrase, say) are
        // changed by update through them.
        let blocks = text
            .split("\nimpl App {")
            .skip(1)
            .map(|block| block.split("\n}\n").next().unwrap_or_default());
        for block in blocks {
            scan(block, &file, &mut found);
        }
    }
    found
}

fn scan(block: &str, file: &str, found: &mut Vec<(String, String, String)>) {
    {
        let mut rest = block;
        while let Some(at) = rest.find("    pub fn ") {
            rest = &rest[at + "    pub fn ".len()..];
            let signature_end = rest.find('{').unwrap_or(rest.len());
            let signature = &rest[..signature_end];
            if !signature.contains("&mut self") {
                continue;
            }
            let name = signature.split('(').next().unwrap_or_default().to_string();
            // The body runs to the next line that closes a method at this indent.
            let body_end = rest[signature_end..]
                .find("\n    }\n")
                .map_or(rest.len(), |end| signature_end + end);
            found.push((
                file.to_string(),
                name,
                rest[signature_end..body_end].to_string(),
            ));
        }
    }
}

#[test]
fn every_public_mutating_method_goes_through_update() {
    let methods = mutating_public_methods();
    assert!(
        methods.iter().any(|(_, name, _)| name == "update"),
        "update itself was found: {methods:?}"
    );
    assert!(
        methods.len() > 3,
        "the wrappers were found too: {methods:?}"
    );
    for (file, name, body) in methods {
        if name == "update" {
            continue;
        }
        assert!(
            body.contains("self.update("),
            "src/app/{file}: `{name}` changes state without going through update"
        );
        for direct in [
            "self.view",
            "self.status",
            "self.lifecycle",
            "self.catalogue =",
        ] {
            assert!(
                !body.contains(direct),
                "src/app/{file}: `{name}` touches `{direct}` itself instead of through update"
            );
        }
    }
}
