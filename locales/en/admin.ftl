# Moderation and administration pages (templates/admin/, src/routes/admin/).

## The moderation queue (templates/admin/moderation.html).
admin-moderation-title = Moderation
admin-queue-empty = No commitment is awaiting review.
admin-queue-count = { $count ->
        [one] { $count } commitment awaiting review, the longest-waiting first.
       *[other] { $count } commitments awaiting review, the longest-waiting first.
    }
admin-queue-caption = Commitments awaiting review
admin-col-commitment = Commitment
admin-col-lead-entity = Lead entity
admin-col-submitted-by = Submitted by
admin-col-waiting = Waiting
admin-col-action = Action
admin-imported = Imported
admin-since = (since { $date })
admin-review = Review
admin-queue-showing = Showing the { $count } that have waited longest.
# How long a commitment has waited.
admin-waited-less-than-hour = less than an hour
admin-waited-hours = { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
admin-waited-days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }

## The site notice (templates/admin/notice.html).
admin-notice-title = Site notice
admin-notice-lead = A message shown at the top of every page, and a switch that pauses every change to the registry.
admin-notice-message-label = Message
admin-notice-message-hint = Leave empty to show no message. Say what is happening and until when, for example: Maintenance on 3 March from 09:00 to 11:00 UTC.
admin-notice-kind = Kind of notice
admin-notice-read-only-label = Make the registry read-only
admin-notice-read-only-hint = While it is on, nobody can sign up, register or change commitments, and imports are refused; browsing and searching keep working. Signing in and this form keep working, so you can switch it off.
admin-notice-save = Save the notice
admin-notice-saved = The site notice has been saved.
admin-notice-saved-read-only = The site notice has been saved. The registry is read-only: changes are refused until you switch it off.

## Accounts (templates/admin/users.html).
admin-users-title = Users
admin-users-title-page = Users (page { $page } of { $pages })
admin-users-search-label = Search by name or email address
admin-users-search-button = Search
admin-users-none = No account matches.
admin-users-none-for = No account matches “{ $q }”.
admin-users-count = { $count ->
        [one] { $count } account.
       *[other] { $count } accounts.
    }
admin-users-count-for = { $count ->
        [one] { $count } account matching “{ $q }”.
       *[other] { $count } accounts matching “{ $q }”.
    }
admin-users-suspended = Suspended
admin-users-unconfirmed = Email not confirmed
admin-users-suspended-on = Suspended on { $date }: { $reason }
admin-users-suspended-on-by = Suspended on { $date } by { $by }: { $reason }
admin-users-role-label = Role
# Read by screen readers only, after "Role" and "Change role".
admin-users-of = of { $name }
admin-users-change-role = Change role
admin-users-reason-label = Reason for suspending
admin-users-reason-hint = Required. They see it when they try to sign in.
admin-users-suspend = Suspend
admin-users-unsuspend = Unsuspend
admin-users-pages = Pages
admin-users-previous = ← Previous
admin-users-next = Next
# After "Next": points the way the page reads.
admin-users-next-arrow = →
# Read by screen readers only, after "Previous" and "Next".
admin-users-page-word = page
admin-users-page-of = Page { $page } of { $pages }
admin-users-log-heading = Account log
admin-users-log-none = No account has been suspended yet.
admin-users-log-suspended = { $name } suspended by { $by }
admin-users-log-unsuspended = { $name } unsuspended by { $by }
admin-users-log-deleted = an account since deleted
admin-users-log-reason = Reason: { $reason }
admin-users-page-invalid = page must be a whole number from 1
# Shown on the next page, after a change.
admin-users-role-done = { $name } is now { $role }. Their sessions have ended: the change applies from their next page.
admin-users-suspend-done = { $name } is suspended and has been signed out. They cannot sign in until unsuspended, and see your reason when they try.
admin-users-unsuspend-done = { $name } is no longer suspended and can sign in again.
