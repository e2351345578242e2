//! The texts of the mails the registry sends: about accounts, and reminders to report.

use super::Mail;

/// The mail with the link that confirms a new account's address.
pub fn verify_address(name: &str, email: &str, link: &str) -> Mail {
    Mail {
        to_name: name.to_string(),
        to_email: email.to_string(),
        subject: "Confirm your email address for the SDG Commitments Registry".into(),
        body: format!(
            "Hello {name},\n\n\
             Confirm your email address to finish creating your account:\n\n\
             {link}\n\n\
             The link works once, for 24 hours. Once your address is confirmed you can register \
             commitments, and commitments that already list this address as their contact \
             become yours to keep up to date.\n\n\
             If you did not create an account, ignore this mail: nothing more will happen.\n\n\
             SDG Commitments Registry\n"
        ),
        ..Mail::default()
    }
}

/// The mail with the link that lets the account holder choose a new password.
pub fn reset_password(name: &str, email: &str, link: &str) -> Mail {
    Mail {
        to_name: name.to_string(),
        to_email: email.to_string(),
        subject: "Reset your password for the SDG Commitments Registry".into(),
        body: format!(
            "Hello {name},\n\n\
             Someone (we hope you) asked to reset the password of your account. To choose a \
             new password, open this link:\n\n\
             {link}\n\n\
             The link works once, for 1 hour. Choosing a new password signs you out everywhere.\n\n\
             If you did not ask for this, ignore this mail: your password has not changed.\n\n\
             SDG Commitments Registry\n"
        ),
        ..Mail::default()
    }
}

/// The mail sent when someone signs up with an address that already has an account.
pub fn already_registered(name: &str, email: &str, base_url: &str) -> Mail {
    Mail {
        to_name: name.to_string(),
        to_email: email.to_string(),
        subject: "You already have an account on the SDG Commitments Registry".into(),
        body: format!(
            "Hello {name},\n\n\
             Someone (we hope you) tried to create an account with this email address, but it \
             already has one.\n\n\
             Sign in: {base_url}/account/login\n\
             Forgot your password? {base_url}/account/reset\n\n\
             If this was not you, ignore this mail: nothing has changed.\n\n\
             SDG Commitments Registry\n"
        ),
        ..Mail::default()
    }
}

/// What a reminder to file a progress report says.
#[derive(Debug, Clone, Copy)]
pub struct Reminder<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub title: &'a str,
    /// The reporting light's label ("Report due", "Report overdue", "Inactive").
    pub light: &'a str,
    /// Since when, in words ("its latest progress report is dated 1 March 2024").
    pub why: &'a str,
    pub report_link: &'a str,
    pub page_link: &'a str,
}

/// The mail to a commitment's contact when its progress report is due, overdue or missing.
pub fn report_reminder(r: Reminder) -> Mail {
    Mail {
        to_name: r.name.to_string(),
        to_email: r.email.to_string(),
        subject: format!("Progress report needed: {}", r.title),
        body: format!(
            "Hello {name},\n\n\
             You are the contact person of this commitment on the SDG Commitments Registry:\n\n\
             {title}\n{page}\n\n\
             Its reporting status is \"{light}\": {why}. A progress report is due 12 months \
             after the latest one, or after publication, and the public sees how long a \
             commitment has been silent.\n\n\
             File a progress report here (sign in as its owner or an editor):\n\n\
             {report}\n\n\
             We send this reminder at most once every 30 days while a report is needed.\n\n\
             SDG Commitments Registry\n",
            name = r.name,
            title = r.title,
            page = r.page_link,
            light = r.light,
            why = r.why,
            report = r.report_link,
        ),
        ..Mail::default()
    }
}
