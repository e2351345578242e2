//! The texts of the mails the registry sends about accounts.

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
    }
}
