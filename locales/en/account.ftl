# Accounts: sign-in, sign-up, confirming an address, password reset, and the account page
# (templates/account/, src/routes/account/).

## Shared by several forms.
account-email-label = Email address
account-password-label = Password
account-password-hint = At least 10 characters. A few unrelated words make a strong password that is easy to remember.

## Sign-in (templates/account/login.html).
account-sign-in-title = Sign in
account-sign-in-button = Sign in
account-forgot-password = Forgotten your password?
# $link is the sign-up page's address.
account-no-account-html = No account yet? <a href="{ $link }">Create an account</a>.
# Why someone is asked to sign in, from where they were going: the page's title.
account-reason-register = Sign in to register a commitment
account-reason-edit = Sign in to edit this commitment
account-reason-report = Sign in to file a progress report
account-reason-contact = Sign in to write to this commitment's contact
account-reason-draft = Sign in to continue your draft
account-reason-account = Sign in to see your account
account-reason-moderation = Sign in to review commitments
account-reason-admin = Sign in to manage the registry

## Sign-up (templates/account/signup.html).
account-sign-up-title = Create an account
account-sign-up-lead = With an account you can register commitments, keep them up to date and report on their progress.
account-name-label = Full name
account-email-hint = We will send you a link to confirm it.
account-password-confirm-label = Confirm password
account-sign-up-button = Create account
account-have-account-html = Already have an account? <a href="/account/login">Sign in</a>.

## After sign-up or a reset request (templates/account/check_email.html).
account-check-email-title = Check your email
account-check-email-lead = Open the link in the email to continue.
account-check-email-delay = The email can take a few minutes to arrive. If it does not, check your spam or junk folder.
account-check-email-sign-in-html = If you just created an account, you can already <a href="/account/login">sign in</a>; you can register commitments once your address is confirmed.

## A confirmed address (templates/account/verified.html).
account-verified-title = Email address confirmed
account-verified-lead = You can now register commitments.
account-verified-claimed = { $count ->
        [one] { $count } commitment already listed your address as the contact: it is now yours to keep up to date.
       *[other] { $count } commitments already listed your address as the contact: they are now yours to keep up to date.
    }
account-verified-go = Go to your account

## A link that does not work (templates/account/link_problem.html).
account-link-expired-title = This link has expired
account-link-used-title = This link has already been used
account-link-invalid-title = This link is not valid
# $purpose is account-purpose-confirm or account-purpose-reset.
account-link-expired-lead = Links to { $purpose } work for a limited time, so that an old email cannot be misused.
account-link-used-lead = Each link to { $purpose } works only once.
account-link-invalid-lead = Check that you copied the whole link from the email.
account-purpose-confirm = confirm your email address
account-purpose-reset = reset your password
account-link-new-reset = Ask for a new link to reset your password
account-link-sign-in-html = If your address is not confirmed yet, <a href="/account/login">sign in</a> and ask for a new link on your account page.

## Password reset (templates/account/reset_request.html, reset_form.html).
account-reset-title = Reset your password
account-reset-lead = Enter the email address of your account. We will send it a link to choose a new password.
account-reset-send = Send the link
account-new-password-title = Choose a new password
account-new-password-lead = Changing your password signs you out on every device.
account-new-password-label = New password
account-new-password-confirm-label = Confirm new password
account-new-password-button = Change password

## The account page (templates/account/show.html).
account-title = Your account
account-confirm-heading = Confirm your email address
# $email is already escaped for HTML.
account-confirm-body-html = We sent a link to <strong>{ $email }</strong>. Open it to confirm your address: you can register commitments once it is confirmed.
account-name = Name
account-confirmed = Confirmed
account-role = Role
account-commitments-heading = Your commitments
account-commitments-none = You do not own any commitment yet. Commitments you register, and those that list your confirmed email address as their contact, appear here.
account-commitments-caption = Your commitments and where each stands
account-col-commitment = Commitment
account-col-state = State
account-col-changed = Last changed
account-col-owner = Owner
account-owner-none = None
account-note-returned = Returned by { $who } on { $date }, with this comment:
account-note-archived = Archived by { $who } on { $date }, with this comment:
account-read-comment = Read the whole comment
# Read by screen readers only, after a link's text: which commitment it is about.
account-on-title = on { $title }
account-edited-heading = Commitments you edit
account-edited-lead = Their owners made you an editor: you may edit them and file their progress reports.
account-edited-caption = Commitments you edit and where each stands
account-due-heading = Reports due
account-due-none = None of your published commitments needs a progress report now. A report is due 12 months after the latest one, or after publication.
account-due-lead = Filing a progress report keeps a commitment's reporting light green: the public sees how long it has been silent.
account-file-report = File a progress report
account-sign-out-heading = Sign out
account-sign-out-lead = If you used a shared computer, or lost a device, you can end every session of your account.
account-sign-out-everywhere = Sign out on every device

## The preferred language (templates/account/language.html).
account-language-heading = Language
account-language-label = Language of the mail we send you
account-language-hint = Confirmation links, password resets, alerts and news about your commitments come in this language.
account-language-save = Save language
account-language-saved = Saved: the registry now writes to you in this language.
account-language-unknown = Choose English, French, Spanish or Arabic from the list.

## Drafts (templates/account/drafts.html).
account-drafts-heading = Your drafts
account-drafts-none = You have no drafts. On the registration and edit forms, “Save as draft” keeps what you typed as it is, for you only, to finish later.
account-drafts-lead = Only you can see your drafts. Open one to finish it and send it: it is then removed from this list.
# Before a link to the commitment: "Changes to #12".
account-draft-changes = Changes to
account-draft-new = A new commitment
account-draft-saved = saved { $when }
account-draft-untitled = Untitled draft
account-delete = Delete
# Read by screen readers only, after "Delete".
account-draft-delete-which = the draft “{ $title }”
account-draft-deleted = The draft has been deleted.

## Saved searches (templates/account/saved_searches.html).
account-searches-heading = Saved searches
account-searches-none-html = You have no saved search yet. On the <a href="/commitments">commitments page</a>, choose filters or search words, then use “Save this search” below the results: we mail you when new commitments match, at most once a day.
account-searches-lead = When new commitments match one of these searches, we mail you, at most once a day per search. You can keep up to 20.
account-searches-feed = Atom feed
# Read by screen readers only, after "Atom feed".
account-searches-feed-of = of { $name }
# Read by screen readers only, after "Delete".
account-searches-delete-which = saved search { $name }
account-search-name-too-long = Not saved: a saved search's name has at most { $max } characters, and this one has { $typed }. Shorten it and save again.
account-search-saved = Search saved. When new commitments match it, we mail you, at most once a day.
account-search-too-many = Not saved: an account keeps at most { $max } searches. Delete one below, then save again.
account-search-deleted = The saved search was deleted: it mails you no more.
account-search-unreadable = This search could not be saved: its query could not be read. Go back and try again.
account-search-invalid = This search could not be saved: { $problem }. Correct the search, then save it again.

## Mail choice of moderators (templates/account/mail_preferences.html).
account-mail-heading = Mail
account-mail-review-label = Mail me when a commitment is waiting for review
account-mail-review-hint = A mail for each new commitment, and for each one changed after it was returned, with a link to review it. Mail about your own commitments keeps coming either way.
account-mail-save = Save mail choice
account-mail-on = Saved: we will mail you when a commitment is waiting for review.
account-mail-off = Saved: we will no longer mail you when a commitment is waiting for review.

## Messages shown on the next page (src/routes/account/).
account-signed-out-everywhere = You have signed out on every device.
account-signed-out = You have signed out.
account-mail-sent = We have sent an email to { $email }.
account-confirmed-carry-on = Your email address is confirmed and you are signed in. Carry on where you left off.
account-already-confirmed = Your email address is already confirmed.
account-link-too-soon = We sent you a link less than a minute ago. Check your inbox, and your spam folder.
account-link-sent = We have sent a new link to { $email }. It works for 24 hours.
account-reset-sent = If { $email } has an account, we have sent it a link to reset the password. The link works for 1 hour.
account-password-changed = Your password has been changed and you have been signed out everywhere. Sign in with your new password.
