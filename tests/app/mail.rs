//! Mail goes to an SMTP server when one is configured (here a tiny fake one), else the outbox.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::mpsc;

use crate::helpers::internals::Secret;
use crate::helpers::*;

/// A one-message SMTP server on a free port; sends what it received (envelope and data).
fn fake_smtp_server() -> (u16, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (sender, received) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut writer = stream;
        let mut transcript = String::new();
        writer.write_all(b"220 fake.example ESMTP\r\n").unwrap();
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap() > 0 {
            transcript.push_str(&line);
            let reply: &[u8] = match line
                .get(..4)
                .unwrap_or_default()
                .to_ascii_uppercase()
                .as_str()
            {
                "DATA" => b"354 go ahead\r\n",
                "QUIT" => b"221 bye\r\n",
                _ if line == ".\r\n" => b"250 queued\r\n",
                _ if transcript.contains("DATA\r\n") => b"",
                _ => b"250 ok\r\n",
            };
            writer.write_all(reply).unwrap();
            if line.starts_with("QUIT") {
                break;
            }
            line.clear();
        }
        sender.send(transcript).unwrap();
    });
    (port, received)
}

#[actix_web::test]
async fn with_an_smtp_server_configured_mail_goes_there_not_to_the_outbox() {
    let (port, received) = fake_smtp_server();
    let url = format!("smtp://127.0.0.1:{port}");
    let app = spawn_app_with(|mut settings| {
        settings.smtp_url = Some(Secret::new(url));
        settings
    })
    .await;
    app.create_user("ana@example.org", Role::Contributor);
    let response = app.ask_for_password_reset("ana@example.org").await;
    assert_redirects_to(&response, "/account/check-email");
    let transcript = received
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("the server got a mail");
    assert!(
        transcript.contains("RCPT TO:<ana@example.org>"),
        "{transcript}"
    );
    assert!(
        transcript.contains("Subject: Reset your password"),
        "{transcript}"
    );
    assert!(app.outbox().is_empty());
}

#[actix_web::test]
async fn an_smtp_url_with_tls_is_refused_at_start_without_repeating_it() {
    let message = start_error(|mut settings| {
        let url = "smtps://user:hunter2secret@mail.example.org";
        settings.smtp_url = Some(Secret::new(url.into()));
        settings
    });
    assert!(message.contains("REGISTRY_SMTP_URL"));
    assert!(!message.contains("hunter2secret"));
}
