//! The real `registry` binary run on a data dir, and data dirs filled through it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

/// A data dir holding the given JSON records, imported with `registry import --publish`.
pub fn data_dir_with(records: &[Value]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    import(dir.path(), records);
    dir
}

/// Imports `records` into the data dir with `registry import --publish` (records without a
/// `workflow` are published); panics if the import fails.
pub fn import(data_dir: &Path, records: &[Value]) {
    let input = tempfile::tempdir().unwrap();
    let file = input.path().join("records.jsonl");
    write_jsonl(&file, records);
    let output = registry(data_dir, &["import", file.to_str().unwrap(), "--publish"]);
    assert!(
        output.status.success(),
        "import failed: {}",
        stderr(&output)
    );
}

/// A data dir holding `count` generated commitments (`registry demo-data`), imported as
/// published.
pub fn demo_data_dir(count: usize) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let generated = registry(dir.path(), &["demo-data", "--count", &count.to_string()]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let file = dir.path().join("demo.jsonl");
    std::fs::write(&file, &generated.stdout).unwrap();
    let imported = registry(dir.path(), &["import", file.to_str().unwrap(), "--publish"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    dir
}

/// Writes records as JSON Lines.
pub fn write_jsonl(path: &Path, records: &[Value]) {
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(path, text).unwrap();
}

/// Runs the `registry` binary with `--data-dir dir`.
pub fn registry(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_registry"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("REGISTRY_PUBLIC_URL")
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

/// Runs the `registry` binary with `--data-dir dir`, writing `input` to its standard input.
pub fn registry_with_stdin(data_dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_registry"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("REGISTRY_PUBLIC_URL")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Standard error of a finished command, as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A path inside a temp dir.
pub fn path_in(dir: &TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

/// Runs the `registry` binary with `--data-dir dir`, the public URL `public_url` and no mail
/// server (so mail goes to the outbox), as a mailing job (`remind`, `alerts`) runs.
pub fn registry_mailing(data_dir: &Path, args: &[&str], public_url: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_registry"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env("REGISTRY_PUBLIC_URL", public_url)
        .env_remove("REGISTRY_SMTP_URL")
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}
