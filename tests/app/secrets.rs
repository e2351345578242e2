//! No clear-text password or mailed token ends up in the logs or in any table.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::helpers::*;

const FIRST_PASSWORD: &str = "first-Secret-kettle-931";
const WRONG_PASSWORD: &str = "wrong-Secret-kettle-932";
const NEW_PASSWORD: &str = "second-Secret-kettle-933";

/// The real binary serving on a free port with debug logging; its standard error collected.
struct Server {
    child: Child,
    log: Arc<Mutex<String>>,
    reader: Option<std::thread::JoinHandle<()>>,
    address: String,
}

impl Server {
    fn start(data_dir: &std::path::Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_registry"))
            .arg("--data-dir")
            .arg(data_dir)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .env("RUST_LOG", "debug")
            .env_remove("REGISTRY_PUBLIC_URL")
            .env_remove("REGISTRY_SMTP_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().unwrap();
        let sink = Arc::clone(&log);
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let line = line.unwrap_or_default();
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let started = Instant::now();
        let address = loop {
            let text = log.lock().unwrap().clone();
            if let Some(at) = text.find("serving on http://") {
                let rest = &text[at + "serving on ".len()..];
                break rest.split_whitespace().next().unwrap().to_string();
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the server started: {text}"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        Server {
            child,
            log,
            reader: Some(reader),
            address,
        }
    }

    /// Stops the server and returns everything it logged.
    fn stop(mut self) -> String {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        let log = self.log.lock().unwrap().clone();
        log
    }
}

#[derive(QueryableByName)]
struct DumpedRow {
    #[diesel(sql_type = Text)]
    row: String,
}

/// Every column of every row of every table, as text.
fn dump_every_table(data_dir: &std::path::Path) -> String {
    let pool = pool_of(data_dir);
    let mut conn = pool.get().unwrap();
    let tables: Vec<DumpedRow> =
        diesel::sql_query("SELECT name AS row FROM sqlite_master WHERE type = 'table'")
            .load(&mut conn)
            .unwrap();
    let mut dump = String::new();
    for table in tables {
        let columns: Vec<DumpedRow> = diesel::sql_query(format!(
            "SELECT name AS row FROM pragma_table_info('{}')",
            table.row
        ))
        .load(&mut conn)
        .unwrap();
        let joined: Vec<String> = columns
            .iter()
            .map(|c| format!("quote(\"{}\")", c.row))
            .collect();
        let select = format!(
            "SELECT {} AS row FROM \"{}\"",
            joined.join(" || '|' || "),
            table.row
        );
        for row in diesel::sql_query(select)
            .load::<DumpedRow>(&mut conn)
            .unwrap()
        {
            dump.push_str(&row.row);
            dump.push('\n');
        }
    }
    dump
}

/// Signs up, confirms, signs in (once wrongly), signs out, resets the password, signs in;
/// returns the tokens mailed.
async fn every_account_flow(browser: &Browser, outbox: &std::path::Path) -> Vec<String> {
    let fields = [
        ("name", "Sokha Chan"),
        ("email", "sokha@example.org"),
        ("password", FIRST_PASSWORD),
        ("password_confirm", FIRST_PASSWORD),
    ];
    let response = browser
        .submit("/account/signup", "/account/signup", &fields)
        .await;
    assert_eq!(response.status(), 303);
    let verify = read_outbox(outbox).pop().unwrap();
    assert_eq!(browser.get(&verify.link_path()).await.0, 200);
    // Confirming signs the person in: sign out to sign in with the password.
    assert_eq!(browser.logout().await.status(), 303);
    assert_eq!(
        browser
            .login("sokha@example.org", WRONG_PASSWORD)
            .await
            .status(),
        422
    );
    assert_eq!(
        browser
            .login("sokha@example.org", FIRST_PASSWORD)
            .await
            .status(),
        303
    );
    assert_eq!(browser.logout().await.status(), 303);
    browser.ask_for_password_reset("sokha@example.org").await;
    let reset = read_outbox(outbox).pop().unwrap();
    let link = reset.link_path();
    let fields = [
        ("password", NEW_PASSWORD),
        ("password_confirm", NEW_PASSWORD),
    ];
    assert_eq!(browser.submit(&link, &link, &fields).await.status(), 303);
    assert_eq!(
        browser
            .login("sokha@example.org", NEW_PASSWORD)
            .await
            .status(),
        303
    );
    vec![verify.token(), reset.token()]
}

#[actix_web::test]
async fn no_password_or_token_is_logged_or_stored_in_clear() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let browser = Browser::new(&server.address);
    let tokens = every_account_flow(&browser, &dir.path().join("outbox")).await;
    let log = server.stop();
    let dump = dump_every_table(dir.path());

    // The captures are real: the flows were logged and stored.
    assert!(log.contains("HTTP request"), "debug logs were captured");
    assert!(log.contains("/account/reset/[redacted]"));
    assert!(dump.contains("'sokha@example.org'"));
    assert!(dump.contains("$argon2id$"));
    for secret in [FIRST_PASSWORD, WRONG_PASSWORD, NEW_PASSWORD]
        .into_iter()
        .chain(tokens.iter().map(String::as_str))
    {
        assert!(secret.len() >= 20, "a real secret: {secret}");
        assert!(!log.contains(secret), "{secret} found in the logs");
        assert!(!dump.contains(secret), "{secret} found in the database");
    }
}
