//! The `registry` binary: bound the allocator, parse the command line, start logging, run the command.

use clap::Parser;

fn main() -> std::process::ExitCode {
    return_freed_memory_to_the_system();
    let cli = sdg_registry::cli::Cli::parse();
    sdg_registry::telemetry::init();
    match sdg_registry::cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The blocks at or above this size get their own mapping, unmapped when freed; fixed, where
/// glibc otherwise raises it to the largest block freed. 4 MiB: a password hash's 19 MiB and a
/// photo's buffers are above it; a search's working vectors (a few hundred KiB for a word
/// held by 30,000 commitments) are below it, so that 32 concurrent searches do not map and
/// unmap fresh pages on every request (at 128 KiB, text search answered about 10 % fewer
/// requests a second under wrk).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const OWN_MAPPING_FROM: libc::c_int = 4 * 1024 * 1024;

/// Keeps memory bounded under floods on glibc. By default glibc raises its mmap threshold to
/// the largest block freed (up to 32 MiB), so each password hash's 19 MiB and each decoded
/// photo's buffers stay in one of up to 8 arenas per core once freed: measured 678 MB held
/// after a login flood. With a fixed threshold they are returned to the system when freed,
/// and one arena per core (at least two) keeps the rest from spreading over many arenas.
/// Called first thing in `main`, before any thread exists.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn return_freed_memory_to_the_system() {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get().max(2));
    let arenas = libc::c_int::try_from(cores).unwrap_or(2);
    // SAFETY: mallopt only sets parameters of glibc's allocator, which it reads under its own
    // lock; no thread of ours exists yet. A refused setting (return 0) leaves glibc's default.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, arenas);
        libc::mallopt(libc::M_MMAP_THRESHOLD, OWN_MAPPING_FROM);
    }
}

/// Other allocators keep their own settings.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_freed_memory_to_the_system() {}
