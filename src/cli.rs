//! The command line: `serve` (default), `import`, `export`, `demo-data`, `user add`, `backup`,
//! `remind`, `alerts`.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use diesel::r2d2::{ConnectionManager, PooledConnection};
use diesel::SqliteConnection;
use indicatif::{ProgressBar, ProgressStyle};

use crate::commands::import::{prepare, write_all, ImportOptions};
use crate::commands::{alerts, backup, export, remind, Mailing};
use crate::config::Settings;
use crate::domain::commitment::stored::{now, today};
use crate::domain::Role;
use crate::mail::Mailer;

/// The SDG Commitments Registry.
#[derive(Debug, Parser)]
#[command(name = "registry", version, about)]
pub struct Cli {
    /// Folder for the database, uploads and outgoing mail.
    #[arg(long, global = true, env = "REGISTRY_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to do; with none, serve.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the website.
    Serve(ServeArgs),
    /// Import commitments from a JSON Lines file.
    Import(ImportArgs),
    /// Export every commitment as JSON Lines.
    Export(ExportArgs),
    /// Print generated sample commitments as JSON Lines.
    DemoData(DemoDataArgs),
    /// Manage accounts.
    User(UserArgs),
    /// Copy the live database and uploads into a folder.
    Backup(BackupArgs),
    /// Mail the contacts of commitments whose progress report is due, overdue or missing.
    Remind,
    /// Mail each saved search's new published matches (at most once a day per search).
    Alerts,
}

/// Flags of `user`.
#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

/// What to do with accounts.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an active, verified account; its password is the first line of standard input.
    Add(UserAddArgs),
}

/// Flags of `user add`.
#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// The account's email address.
    #[arg(long)]
    pub email: String,
    /// The person's full name.
    #[arg(long)]
    pub name: String,
    /// What the account may do.
    #[arg(long, default_value = "contributor", value_parser = ["contributor", "moderator", "admin"])]
    pub role: String,
}

/// Flags of `serve`.
#[derive(Debug, Args, Default)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "REGISTRY_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Fill an empty database with sample commitments.
    #[arg(long)]
    pub demo: bool,
}

/// Flags of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The JSON Lines file.
    pub file: PathBuf,
    /// Publish records that carry no workflow (else they await review).
    #[arg(long)]
    pub publish: bool,
    /// Import the valid records even if some are invalid.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Keep the records' ids.
    #[arg(long)]
    pub keep_ids: bool,
}

/// Flags of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write here instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// Flags of `demo-data`.
#[derive(Debug, Args)]
pub struct DemoDataArgs {
    /// How many records.
    #[arg(long)]
    pub count: usize,
    /// Seed: the same seed gives the same records.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Flags of `backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Folder to write `registry.db` and `uploads/` into.
    pub dir: PathBuf,
}

/// Runs the parsed command; the exit code says whether it worked.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let data_dir = cli.data_dir;
    match cli.command.unwrap_or(Command::Serve(ServeArgs {
        bind: std::env::var("REGISTRY_BIND").unwrap_or_else(|_| "127.0.0.1:8080".into()),
        demo: false,
    })) {
        Command::Serve(args) => {
            crate::startup::serve_blocking(Settings::new(data_dir, args.bind), args.demo)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Import(args) => import(&settings_for(data_dir), &args),
        Command::Export(args) => export(&settings_for(data_dir), &args),
        Command::DemoData(args) => demo_data(&args),
        Command::User(UserArgs {
            command: UserCommand::Add(args),
        }) => {
            let role = Role::from_slug(&args.role).unwrap_or(Role::Contributor);
            let pool = open_pool(&settings_for(data_dir))?;
            let stdin = std::io::stdin().lock();
            crate::commands::user::add(&pool, &args.email, &args.name, role, stdin)
        }
        Command::Backup(args) => {
            let settings = settings_for(data_dir);
            let pool = open_pool(&settings)?;
            backup::backup(&mut *pool.get()?, &settings.uploads_dir(), &args.dir)?;
            eprintln!("Backup written to {}", args.dir.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Remind => remind(&settings_for(data_dir)),
        Command::Alerts => alerts(&settings_for(data_dir)),
    }
}

fn settings_for(data_dir: PathBuf) -> Settings {
    let bind = std::env::var("REGISTRY_BIND").unwrap_or_else(|_| "127.0.0.1:8080".into());
    Settings::new(data_dir, bind)
}

fn open_pool(settings: &Settings) -> anyhow::Result<crate::db::DbPool> {
    settings.ensure_dirs()?;
    crate::db::open(&settings.database_path(), 2)
}

/// A connection for a command that writes; `None`, after saying on standard error that
/// `nothing_done` ("Nothing imported") and why, while an admin has made the registry read-only.
fn writable_connection(
    settings: &Settings,
    nothing_done: &str,
) -> anyhow::Result<Option<PooledConnection<ConnectionManager<SqliteConnection>>>> {
    let mut conn = open_pool(settings)?.get()?;
    if crate::db::notice::load(&mut conn)?.read_only {
        eprintln!(
            "{nothing_done}: the registry is read-only (an admin switched it on at /admin/notice). \
             Try again once it is switched off."
        );
        return Ok(None);
    }
    Ok(Some(conn))
}

fn import(settings: &Settings, args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("reading {}", args.file.display()))?;
    let options = ImportOptions {
        publish: args.publish,
        skip_invalid: args.skip_invalid,
        keep_ids: args.keep_ids,
    };
    let Some(mut conn) = writable_connection(settings, "Nothing imported")? else {
        return Ok(ExitCode::FAILURE);
    };
    let (good, problems) = prepare(&mut conn, &text, options, today())?;
    for problem in &problems {
        eprintln!("{problem}");
    }
    if !problems.is_empty() && !args.skip_invalid {
        eprintln!(
            "Nothing imported: {} problem(s). Fix them, or use --skip-invalid.",
            problems.len()
        );
        return Ok(ExitCode::FAILURE);
    }
    let written = write_all(&mut conn, &good, options, &progress_bar(good.len()))?;
    let skipped: std::collections::HashSet<usize> = problems.iter().map(|p| p.line).collect();
    eprintln!(
        "Imported {written} commitment(s); skipped {} invalid line(s).",
        skipped.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn remind(settings: &Settings) -> anyhow::Result<ExitCode> {
    mailing_command(settings, "reminder", |conn, run| {
        let summary = remind::remind(conn, run)?;
        println!(
            "Sent {} reminders; {} skipped (reminded in the last {} days)",
            summary.sent,
            summary.skipped,
            remind::QUIET_DAYS
        );
        Ok(summary.failed)
    })
}

fn alerts(settings: &Settings) -> anyhow::Result<ExitCode> {
    mailing_command(settings, "alert", |conn, run| {
        let summary = alerts::alerts(conn, run)?;
        println!(
            "Sent {} alerts; {} saved searches with nothing new, {} already mailed today",
            summary.sent, summary.quiet, summary.mailed_today
        );
        if summary.unreadable > 0 {
            eprintln!(
                "{} saved search(es) could not be read (the vocabulary changed?): they were skipped.",
                summary.unreadable
            );
        }
        Ok(summary.failed)
    })
}

/// Runs a command that mails (`what`: "reminder", "alert"): refused while the registry is
/// read-only; a failure when `send` answers that some mails could not be sent.
fn mailing_command(
    settings: &Settings,
    what: &str,
    send: impl FnOnce(&mut SqliteConnection, &Mailing) -> anyhow::Result<usize>,
) -> anyhow::Result<ExitCode> {
    let Some(mut conn) = writable_connection(settings, &format!("No {what}s sent"))? else {
        return Ok(ExitCode::FAILURE);
    };
    let run = Mailing {
        mailer: Mailer::from_settings(settings)?,
        public_url: &settings.public_url,
        now: now(),
        progress: progress_bar(0),
    };
    let failed = send(&mut conn, &run)?;
    if failed > 0 {
        eprintln!("{failed} {what}(s) could not be sent: they are tried again next run.");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn export(settings: &Settings, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let pool = open_pool(settings)?;
    let mut conn = pool.get()?;
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let count = export::export_all(
        &mut conn,
        &mut out,
        &settings.public_url,
        today(),
        &progress_bar(0),
    )?;
    eprintln!("Exported {count} commitment(s).");
    Ok(ExitCode::SUCCESS)
}

fn demo_data(args: &DemoDataArgs) -> anyhow::Result<ExitCode> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    let progress = progress_bar(args.count);
    for record in crate::demo::generate(args.seed, args.count) {
        serde_json::to_writer(&mut out, &record).context("writing a record")?;
        out.write_all(b"\n").context("writing a record")?;
        progress.inc(1);
    }
    out.flush().context("writing records")?;
    progress.finish_and_clear();
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on standard error; it draws nothing when standard error is not a terminal.
fn progress_bar(length: usize) -> ProgressBar {
    let bar = ProgressBar::new(length as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}") {
        bar.set_style(style);
    }
    bar
}
