//! The `registry` binary: parse the command line, start logging, run the command.

use clap::Parser;

fn main() -> std::process::ExitCode {
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
