# Validation messages: what is wrong with what someone sent, and how to fix it.
# Keys are returned by the rules in src/domain (and a few checks at the edge); the words are here.
# Messages named what-*, section-* and label-* are parts of sentences: a field's name.

## Pages with errors.
# Put before a page's title when the form on it has errors.
error-title-prefix = Error:
# Read before each message beside a field, by screen readers only.
error-prefix = Error:
error-summary-title = There is a problem

## Rules shared by every field.
field-missing = Enter { $what }
field-not-one-line = Enter { $what } on one line, without control characters
field-too-long = Shorten { $what } to { $max } characters or fewer
field-too-long-has = Shorten { $what } to { $max } characters or fewer (it has { $length })
field-control-chars = Remove the control characters from { $what }
choice-missing = Select { $what }
choice-unknown = Select { $what } from the list ("{ $value }" is not one of them)
list-value-unknown = "{ $value }" is not one of the { $what }: choose from the list
date-not-a-date = { $label } must be a real date in the format YYYY-MM-DD, like 2024-03-31
date-placeholder = { $label } cannot be 1969-12-31 or 1970-01-01: these are placeholder dates, enter the real date
date-out-of-range = { $label } must be between 1945-01-01 and 2100-12-31

## The registration form: title, category, lead entity and sections.
title-missing = Enter a title
title-not-one-line = Title must be one line, without control characters
title-too-short = Title must be { $min } characters or more
title-too-long = Title must be { $max } characters or fewer (it has { $length })
what-category = a category
what-lead-entity = the lead entity
what-entity-type = the lead entity's type
what-objective = the objective
what-implementation = how it is implemented
section-objective = objective
section-stakeholders = stakeholders
section-implementation = implementation
section-results = results
section-enabling-factors = enabling factors
section-sustainability = sustainability
section-other-sources = other sources
section-geographical-coverage = geographical coverage

## Goals, targets and means of implementation.
sdg-unknown = SDG "{ $value }" does not exist: choose goals 1 to 17
sdg-missing = Select at least one SDG
target-unknown = Target "{ $value }" does not exist: use a code like 6.1 or 14.a
target-goal-not-selected = Target { $target } belongs to Goal { $goal }, which is not selected: select Goal { $goal } or remove the target
what-list-methods = means of implementation
other-method-too-long = Each other means of implementation must be one line of { $max } characters or fewer

## Dates.
label-start-date = Start date
what-start-date = the start date
label-completion-date = Completion date
completion-before-start = Completion date ({ $end }) must be the same as or after the start date ({ $start })
ongoing-and-completion-date = Either enter a completion date or tick Ongoing, not both
completion-date-or-ongoing = Enter a completion date, or tick Ongoing if the commitment has no end date

## Place and contact.
region-missing = Select at least one region
what-list-regions = regions
what-list-countries = ISO 3166 country codes
what-contact-name = the contact person's name
what-contact-position = the contact person's position
contact-email-missing = Enter the contact person's email address
email-invalid = Enter an email address in the correct format, like name@example.org
phone-invalid = Enter a phone number with 7 to 15 digits, using only digits, spaces, +, -, ( and )

## Partners, deliverables and resources: one row each; { $row } counts from 1.
rows-too-many = A commitment can list at most { $max } { $list ->
        [partners] partners
        [deliverables] deliverables
       *[resources] resources
    }: remove row { $row } and those after it
what-partner-name = the name of partner { $row }
what-partner-type = the type of partner { $row }
what-deliverable-title = the title of deliverable { $row }
label-deliverable-due-date = Due date of deliverable { $row }
what-deliverable-due-date = the due date of deliverable { $row }
what-deliverable-status = the status of deliverable { $row }
what-resource-kind = the kind of resource { $row }
what-resource-description = a description of resource { $row }
resource-currency-missing = Enter the currency of resource { $row }, as a three-letter ISO 4217 code like USD, EUR or NGN: an amount needs its currency
resource-amount-missing = Enter the amount of resource { $row } as a whole number, or clear its currency: a currency needs an amount
resource-amount-not-whole = The amount of resource { $row } must be a whole number of 0 or more, digits only, like 25000
resource-amount-too-large = The amount of resource { $row } is too large: enter at most 9223372036854775807
# { $name } is the currency's English name ("Nigerian naira"), { $code } its code.
resource-currency-named = The currency of resource { $row } must be a three-letter ISO 4217 code: for the { $name } use { $code }
resource-currency-unknown = The currency of resource { $row } must be a three-letter ISO 4217 code like USD, EUR or NGN ("{ $value }" is not one)

## Progress reports.
label-report-date = Report date
what-report-date = the report date
report-date-future = Report date ({ $date }) cannot be in the future: use { $today } or earlier
report-date-before-start = Report date ({ $date }) cannot be before the commitment started ({ $start })
report-status-missing = Select whether the commitment is on track, off track, achieved or discontinued
report-percent-invalid = Percent complete must be a whole number from 0 to 100
report-achievements-missing = Enter the achievements since the last report
report-achievements-too-short = Achievements must be { $min } characters or more: say what was done
section-achievements = achievements
section-challenges = challenges
section-next-steps = next steps
report-statuses-mismatch = Choose one status for each deliverable: reload the form and try again
report-deliverable-unknown = Deliverable “{ $value }” is not one of this commitment's deliverables: choose statuses only for the deliverables listed
report-deliverable-twice = “{ $title }” is listed twice: choose its status once
report-deliverable-status = Choose the status of “{ $title }”: planned, in progress, completed or cancelled
hide-reason-missing = Enter the reason for hiding this report: the owner reads it
what-reason = the reason

## Review by a moderator. { $state } is the commitment's state, { $decision } the decision tried.
review-already = This commitment is already { $decision ->
        [publish] published
        [return] returned
       *[archive] archived
    }: nothing was changed
review-closed = This commitment is { $state ->
        [submitted] awaiting review
        [published] published
        [returned] returned for changes
       *[archived] archived
    }: no decision applies to it any more
review-not-fitting = This commitment is { $state ->
        [submitted] awaiting review
        [published] published
        [returned] returned for changes
       *[archived] archived
    }, so it cannot be { $decision ->
        [publish] published
        [return] returned
       *[archive] archived
    }: choose one of the decisions below
review-decision-missing = Choose a decision: publish, return to its owner, or archive
review-archive-reason-missing = Enter the reason for archiving: the owner will read it
review-comment-missing = Enter a comment that tells the owner what to change
review-comment-too-long = Shorten the comment to 10,000 characters or fewer (it has { $length })
what-comment = the comment

## Photos.
photo-too-many = A commitment can have at most 3 photos: delete one first
photo-too-large = The selected file must be smaller than 5 MB: save a smaller copy and choose it again
photo-not-an-image = The selected file must be a JPEG, PNG or WebP image: save it as one and choose it again
photo-too-many-pixels = The selected photo must be at most 40 megapixels and at most 12,000 pixels on a side: save a smaller copy and choose it again
photo-choose-again = Choose the photo again: it was not uploaded because of the problems with its text
photo-missing = Select a photo to upload
photo-alt-missing = Enter alt text: say what the photo shows, for people who cannot see it
photo-alt-not-one-line = Remove the line breaks and control characters from the alt text
photo-alt-too-long = Alt text must be 250 characters or fewer
photo-caption-control-chars = Remove the control characters from the caption
photo-caption-too-long = Caption must be 500 characters or fewer

## Records (the JSON API and the import).
record-timestamp-invalid = "{ $value }" is not a timestamp: use the form 2024-05-01T10:00:00Z
record-workflow-invalid = "{ $value }" is not a workflow state: use submitted, published, returned or archived

## Waiting: a form sent too often, a sign-in locked, a daily limit reached ({ $wait } is a wait-* message of errors.ftl).
form-wait = You have sent this form too many times in a short while. Nothing has been lost: wait { $wait }, then send it again.
# { $time } is like 14:05, { $date } like 8 December 2026, { $wait } like 3 hours.
register-quota = You have registered { $quota } commitments in the last 24 hours, the most an account may register in a day. You can register another from { $time } UTC on { $date } (in { $wait }).
register-quota-unsaved = { $quota } Nothing has been saved: keep this page open or copy what you typed.
contact-limit = You have sent { $count } messages through contact forms in the last 24 hours, the most an account may send in a day. Your message has not been sent, and it is still below: you can send it from { $time } UTC on { $date } (in { $wait }).

## Signing in and creating an account.
login-refused = The email address or password is not correct
login-suspended = This account is suspended. If you think this is a mistake, write to the registry's administrators
login-suspended-reason = This account is suspended. The administrators gave this reason: “{ $reason }”. If you think this is a mistake, write to the registry's administrators
login-locked = There have been several failed attempts to sign in to this account. For its security, wait { $wait }, then sign in again, or reset your password
login-email-missing = Enter your email address
login-password-missing = Enter your password
account-name-missing = Enter your full name
account-name-too-long = Name must be 200 characters or fewer, on one line
password-missing = Enter a password
password-too-short = Password must be 10 characters or more
password-too-long = Password must be 256 characters or fewer
password-is-email = Password must not be your email address
password-too-common = This password is too common and easy to guess: choose another one
password-confirm-missing = Enter your password again to confirm it
password-confirm-different = The passwords do not match: enter the same password twice

## Writing to a commitment's contact person.
contact-subject-missing = Enter a subject, so the contact person knows what it is about
contact-subject-too-long = The subject is { $length } characters long: shorten it to 150 or fewer
contact-subject-not-one-line = Write the subject on one line
contact-message-missing = Enter your message
contact-message-too-short = Your message is very short: say who you are and what you would like to know (20 characters or more)
contact-message-too-long = Your message is { $length } characters long: shorten it to 5,000 or fewer
contact-message-control-chars = Remove the control characters from your message

## Administration: the site notice and the users.
notice-message-too-long = Message must be 1,000 characters or fewer
notice-level-missing = Choose whether the notice is information or a warning
users-last-admin = This is the last admin: make another account admin first, so someone can still manage the registry
users-role-missing = Choose contributor, moderator or admin
users-suspend-reason-missing = Enter the reason for suspending this account: its owner sees it when they try to sign in

## Editors and hidden reports.
editor-email-missing = Enter the email address of the person to add as an editor
editor-no-account = There is no registered account with this email address that is confirmed and active: ask the person to sign up and confirm their email first
editor-is-owner = This person owns the commitment: they can edit it already
editor-already = This person is already an editor of this commitment
report-already-hidden = This report was hidden already: nothing was changed.

## The search page: a bad value of a parameter. { $label } is the parameter's name on the page
## (a filter is named by its panel's heading, search-facet-*).
search-param = { $param ->
        [start_from] Start year “From”
        [start_to] Start year “To”
        [q] Search text
        [sort] Sort order
        [target] Target
        [page] Page
        [per_page] Results per page
       *[other] Search
    }
search-repeated = { $label }: give it once (it was repeated)
search-years-order = Start year “From” must be the same as or before “To”
search-year-invalid = { $label } must be a year from 1945 to 2100, like 2015 (not “{ $value }”)
search-q-too-long = { $label } must be { $max } characters or fewer
search-sort-invalid = Sort order: choose one from the list
search-target-invalid = Target “{ $value }” is not an SDG target: use a code like 6.1 or 14.a
search-page-invalid = { $label } must be a whole number from 1 (not “{ $value }”)
search-per-page-invalid = { $label } must be a whole number from 1 to 100 (not “{ $value }”)
search-facet-invalid = { $label }: “{ $value }” is not one of the choices, so it was left out
