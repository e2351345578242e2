//! Photo files in `<data dir>/uploads/`, named by the server (random, never the person's file
//! name), written so that a failure leaves no half-written photo behind: the bytes go to a
//! temporary name first and take their final name only as the last step of the row's
//! transaction.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rand::RngCore;

/// A fresh file name for a photo: 128 random bits in hex, and the extension of its encoding.
pub fn new_name(extension: &str) -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}.{extension}")
}

/// True for a name [`new_name`] could have made (so a stored name never leaves the folder).
pub fn is_valid_name(name: &str) -> bool {
    let Some((stem, extension)) = name.split_once('.') else {
        return false;
    };
    stem.len() == 32
        && stem.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(extension, "jpg" | "png")
}

/// A file being written: removed again unless [`PendingFile::commit`] gave it its name.
pub struct PendingFile {
    temporary: PathBuf,
    final_path: PathBuf,
    committed: bool,
}

impl PendingFile {
    /// Writes `bytes` under a temporary name in `dir`, flushed to disk.
    pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<Self> {
        let pending = PendingFile {
            temporary: dir.join(format!(".{name}.part")),
            final_path: dir.join(name),
            committed: false,
        };
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&pending.temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        Ok(pending)
    }

    /// Gives the file its final name (the last step before the row's transaction commits).
    pub fn rename(&self) -> io::Result<()> {
        fs::rename(&self.temporary, &self.final_path)
    }

    /// Keeps the file: the row that names it is committed.
    pub fn commit(mut self) {
        self.committed = true;
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if !self.committed {
            for path in [&self.temporary, &self.final_path] {
                remove_quietly(path);
            }
        }
    }
}

/// Removes the photo file `name` from `dir`; a file already gone is not a problem.
pub fn remove(dir: &Path, name: &str) {
    if is_valid_name(name) {
        remove_quietly(&dir.join(name));
    }
}

fn remove_quietly(path: &Path) {
    match fs::remove_file(path) {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => {
            tracing::warn!(path = %path.display(), %error, "could not remove a photo file")
        }
    }
}

/// Reads the photo file `name` from `dir`; `None` when it is missing or the name is not one
/// of ours.
pub fn read(dir: &Path, name: &str) -> io::Result<Option<Vec<u8>>> {
    if !is_valid_name(name) {
        return Ok(None);
    }
    match fs::read(dir.join(name)) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_random_and_stay_in_the_folder() {
        let (a, b) = (new_name("jpg"), new_name("jpg"));
        assert_ne!(a, b);
        assert!(is_valid_name(&a) && a.ends_with(".jpg"));
        assert!(!is_valid_name("../registry.db"));
        assert!(!is_valid_name("0123456789abcdef0123456789abcdef.html"));
        assert!(!is_valid_name(&format!("../{}", &a[3..])));
    }

    #[test]
    fn an_uncommitted_file_is_removed_and_a_committed_one_kept() {
        let dir = tempfile::tempdir().unwrap();
        let name = new_name("png");
        let pending = PendingFile::write(dir.path(), &name, b"pixels").unwrap();
        pending.rename().unwrap();
        drop(pending);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "nothing left");

        let pending = PendingFile::write(dir.path(), &name, b"pixels").unwrap();
        pending.rename().unwrap();
        pending.commit();
        assert_eq!(read(dir.path(), &name).unwrap().unwrap(), b"pixels");
        remove(dir.path(), &name);
        assert_eq!(read(dir.path(), &name).unwrap(), None);
    }
}
