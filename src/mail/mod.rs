//! Outgoing mail: through SMTP when `REGISTRY_SMTP_URL` is set, else one `.eml` file per message
//! in `<data dir>/outbox/`.

pub mod alert;
pub mod contact;
pub mod letter;
pub mod messages;
pub mod workflow;

use std::path::{Path, PathBuf};

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::{Body, Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use rand::RngCore;

use crate::config::Settings;

/// A person a mail is written to or on behalf of: their name and address.
#[derive(Debug, Clone, Copy)]
pub struct Correspondent<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

/// One message to one person: plain text, and an HTML part when `html` is set.
#[derive(Clone, Default)]
pub struct Mail {
    pub to_name: String,
    pub to_email: String,
    pub subject: String,
    /// The text; it may hold a secret link, so `Mail` never prints it in `Debug`.
    pub body: String,
    /// The same message as HTML (sent as `multipart/alternative` with the text).
    pub html: Option<String>,
    /// Where answers go, as (name, address), when not to the registry.
    pub reply_to: Option<(String, String)>,
}

impl std::fmt::Debug for Mail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mail")
            .field("subject", &self.subject)
            .finish_non_exhaustive()
    }
}

/// Where mail goes.
#[derive(Clone)]
enum Delivery {
    Outbox(PathBuf),
    Smtp(Box<SmtpTransport>),
}

/// Sends mail; cheap to clone. Sending blocks: call it from a blocking task.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    delivery: Delivery,
}

impl Mailer {
    /// The mailer the settings ask for: SMTP if a server is configured, else the outbox folder.
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        let delivery = match settings.smtp_url.as_ref() {
            Some(url) => Delivery::Smtp(Box::new(smtp(url.expose())?)),
            None => Delivery::Outbox(settings.outbox_dir()),
        };
        Ok(Mailer {
            from: sender(settings)?,
            delivery,
        })
    }

    /// Sends one message.
    pub fn send(&self, mail: &Mail) -> anyhow::Result<()> {
        let message = self.compose(mail)?;
        match &self.delivery {
            Delivery::Outbox(dir) => write_to_outbox(dir, &message.formatted()),
            // The error of a failed delivery is kept generic: lettre's may quote the server.
            Delivery::Smtp(transport) => transport.send(&message).map(drop).map_err(|e| {
                anyhow::anyhow!(
                    "the mail server refused or failed: {}",
                    e.status().map(|s| s.to_string()).unwrap_or_default()
                )
            }),
        }
    }

    fn compose(&self, mail: &Mail) -> anyhow::Result<Message> {
        let to = Mailbox::new(
            Some(mail.to_name.clone()),
            mail.to_email
                .parse()
                .context("the recipient's address is not valid")?,
        );
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject);
        if let Some((name, address)) = &mail.reply_to {
            let address = address
                .parse()
                .context("the reply-to address is not valid")?;
            builder = builder.reply_to(Mailbox::new(Some(name.clone()), address));
        }
        // lettre picks the encoding: quoted-printable as soon as a line (a link) is long.
        let composed = match &mail.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                mail.body.clone(),
                html.clone(),
            )),
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(Body::new(mail.body.clone())),
        };
        composed.context("composing a mail")
    }
}

/// A plain SMTP transport for `smtp://[user:password@]host[:port]` (port 25 by default).
/// Neither the URL (it may hold a password) nor the parser's message is ever shown.
fn smtp(url: &str) -> anyhow::Result<SmtpTransport> {
    let unusable = || {
        anyhow::anyhow!(
            "REGISTRY_SMTP_URL is not usable: write it as smtp://[user:password@]host[:port] \
             (plain SMTP to a relay on a trusted network; this build has no TLS)"
        )
    };
    let parsed = url::Url::parse(url).map_err(|_| unusable())?;
    let host = parsed
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(unusable)?;
    if parsed.scheme() != "smtp" {
        return Err(unusable());
    }
    let mut builder = SmtpTransport::builder_dangerous(host).port(parsed.port().unwrap_or(25));
    if !parsed.username().is_empty() {
        let decode = |text: &str| {
            percent_encoding::percent_decode_str(text)
                .decode_utf8_lossy()
                .into_owned()
        };
        let password = decode(parsed.password().unwrap_or_default());
        builder = builder.credentials(Credentials::new(decode(parsed.username()), password));
    }
    Ok(builder.build())
}

/// `REGISTRY_MAIL_FROM`, else "SDG Commitments Registry <no-reply@host of the public URL>".
fn sender(settings: &Settings) -> anyhow::Result<Mailbox> {
    if let Some(from) = &settings.mail_from {
        return from.parse().context(
            "REGISTRY_MAIL_FROM is not a valid address, like Registry <no-reply@example.org>",
        );
    }
    let host = settings
        .public_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .unwrap_or("localhost");
    let address = format!("no-reply@{host}")
        .parse()
        .or_else(|_| "no-reply@localhost".parse())
        .context("building the sender address")?;
    Ok(Mailbox::new(
        Some("SDG Commitments Registry".into()),
        address,
    ))
}

/// Writes a message as `<time>-<random>.eml`, whole or not at all (temp file, then rename).
fn write_to_outbox(dir: &Path, message: &[u8]) -> anyhow::Result<()> {
    let mut random = [0u8; 4];
    rand::rng().fill_bytes(&mut random);
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.9fZ");
    let name = format!("{stamp}-{suffix}.eml");
    let temp = dir.join(format!(".{name}.tmp"));
    std::fs::write(&temp, message).with_context(|| format!("writing {}", temp.display()))?;
    std::fs::rename(&temp, dir.join(&name)).with_context(|| format!("saving mail {name}"))
}
