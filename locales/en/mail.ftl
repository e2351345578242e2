# The mail the registry sends (src/mail/), in the language its recipient chose.

mail-greeting = Hello { $name },

## Accounts (src/mail/messages.rs).
mail-verify-subject = Confirm your email address for the SDG Commitments Registry
mail-verify-intro = Confirm your email address to finish creating your account:
mail-verify-works = The link works once, for 24 hours. Once your address is confirmed you can register commitments, and commitments that already list this address as their contact become yours to keep up to date.
mail-verify-ignore = If you did not create an account, ignore this mail: nothing more will happen.
mail-reset-subject = Reset your password for the SDG Commitments Registry
mail-reset-intro = Someone (we hope you) asked to reset the password of your account. To choose a new password, open this link:
mail-reset-works = The link works once, for 1 hour. Choosing a new password signs you out everywhere.
mail-reset-ignore = If you did not ask for this, ignore this mail: your password has not changed.
mail-registered-subject = You already have an account on the SDG Commitments Registry
mail-registered-intro = Someone (we hope you) tried to create an account with this email address, but it already has one.
mail-registered-sign-in = Sign in: { $link }
mail-registered-reset = Forgot your password? { $link }
mail-registered-ignore = If this was not you, ignore this mail: nothing has changed.

## Reminders to report (src/mail/messages.rs, src/commands/remind.rs).
mail-reminder-subject = Progress report needed: { $title }
mail-reminder-intro = You are the contact person of this commitment on the SDG Commitments Registry:
mail-reminder-status = Its reporting status is "{ $light }": { $why }. A progress report is due 12 months after the latest one, or after publication, and the public sees how long a commitment has been silent.
mail-reminder-why-latest = its latest progress report is dated { $date }
mail-reminder-why-published = it was published on { $date } and has no progress report yet
mail-reminder-file = File a progress report here (sign in as its owner or an editor):
mail-reminder-quiet = We send this reminder at most once every 30 days while a report is needed.

## Saved search alerts (src/mail/alert.rs).
mail-alert-subject = { $count ->
        [one] { $count } new commitment matches your search "{ $search }"
       *[other] { $count } new commitments match your search "{ $search }"
    }
mail-alert-intro = Newly published on the SDG Commitments Registry, matching your saved search “{ $search }”:
mail-alert-more = …and { $count } more.
mail-alert-action = The whole search
mail-alert-footer = We mail you at most once a day per saved search, only when something new matches. To stop, delete the search on your account page: { $link }

## A message through a commitment's contact form (src/mail/contact.rs).
mail-contact-subject = { $subject } (about { $title })
mail-contact-intro = { $sender } wrote to you through the SDG Commitments Registry about “{ $title }”, the commitment that names you as its contact person.
mail-contact-quote = Their message, “{ $subject }”:
mail-contact-action = The commitment on the registry
mail-contact-footer = To answer, reply to this mail: your answer goes to { $sender } at { $email }. The registry has not shown them your address; they will see it only if you reply. The registry checked that they confirmed their address, and lets each person send only a few messages a day.

## Review (src/mail/workflow.rs).
mail-review-new-subject = New commitment waiting for review: { $title }
mail-review-new-body = { $by } registered “{ $title }”. It is waiting for a moderator to publish it, return it for changes or archive it.
mail-review-again-subject = Changed and waiting for review again: { $title }
mail-review-again-body = { $by } changed “{ $title }” after it was returned, so it is waiting for review again.
mail-review-action = Review it
mail-review-footer = You get this mail because you are a moderator of the registry. To stop mail about commitments waiting for review, untick “Mail me when a commitment is waiting for review” on your account page: { $link }
mail-published-subject = Published: { $title }
mail-published-body = A moderator published “{ $title }”. Everyone can now find it on the registry.
mail-returned-subject = Changes needed: { $title }
mail-returned-body = A moderator returned “{ $title }” to you for changes. It stays private until it is changed: saving your changes sends it back for review.
mail-archived-subject = Archived: { $title }
mail-archived-body = A moderator archived “{ $title }”. Its page stays, marked as archived, but it no longer appears in searches.
mail-comment-intro = The moderator's comment:
mail-open-commitment = Open the commitment
mail-hidden-subject = Progress report hidden: { $title }
mail-hidden-body = A moderator hid the progress report of { $date } on “{ $title }”. The public no longer sees it; you and the moderators still do.
mail-hidden-reason = The reason given:
mail-hidden-action = See the report
mail-owner-footer = You get this mail because you own or edit this commitment on the registry.
