# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = Error { $status }.
# Contains links: the template shows it as HTML.
error-next-html = You can <a href="/commitments">browse all commitments</a> or go to the <a href="/">home page</a>.

error-not-found-heading = Page not found
error-not-found-message = If you typed the web address, check it is correct. If you followed a link to a commitment, it may not be published yet.
error-bad-request-heading = There is a problem with the request
error-query-unreadable = The web address has a parameter that could not be read. Check the address.
error-forbidden-heading = You do not have permission to see this page
error-forbidden-message = Your account does not have the role this page needs. If you think it should, ask an admin of the registry.
error-csrf-heading = This form has expired
error-csrf-message = For your security, forms stop working after a while or when you sign in or out in another tab. Nothing was saved. Go back, reload the page and try again.
error-too-large-heading = The form or file is too large
error-too-large-message = Nothing was saved. Go back and send less text, or a smaller file (photos up to 5 MB).
error-unexpected-heading = Sorry, there is a problem with the service
error-unexpected-message = Try again later. The problem has been logged.
error-busy-heading = The registry is busy
error-busy-message = Nothing was lost: go back, and send the form again in a few seconds. What you typed is still in the form.
error-storage-heading = The registry cannot save or read data right now
error-storage-message = Nothing was saved. The problem has been logged for the administrators: try again in a little while.
error-too-many-heading = Please wait before trying again
error-too-many-message = This has been asked for too often. Wait { $wait }, then try again.
error-unrenderable = Sorry, this page could not be shown.

# A failure that passes, said on the form that was kept.
passing-busy = The registry is busy
passing-too-many = This has been sent too often
passing-storage = The registry cannot save right now (a storage problem, logged for the administrators)
passing-message = { $what }; your form is kept, try again in { $wait }.

# A wait in words, rounded up.
wait-seconds = { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
wait-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
wait-hours = { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }

# templates/errors/unverified.html
unverified-title = Confirm your email address first
unverified-lead = You need to confirm your email address before you can register commitments or write to their contact people.
unverified-body = We sent you an email with a link when you created your account. The link works for 24 hours.
unverified-send-again = Send the link again

# templates/errors/read_only.html
read-only-title = Changes are paused for now
read-only-lead = The registry is read-only while its administrators work on it, so what you sent has not been saved.
read-only-notice-intro = The administrators’ notice:
read-only-no-date = The administrators have not said when it will reopen: please try again later.
read-only-browse = You can still browse and search every commitment.
read-only-keep = To keep what you typed, use your browser's back button: the form should still hold it.
read-only-browse-link = Browse commitments

# templates/errors/form_kept.html
form-kept-expired-title = This form had expired
form-kept-lead = Nothing has been saved yet, but what you typed is kept.
form-kept-expired-body = For your security, a form stops working when you sign in or out in another tab. Continue, and the form comes back with everything you typed, ready to send.
form-kept-continue = Continue
form-kept-ended-title = Your sign-in has ended
form-kept-ended-body = Sign in again, and the form comes back with everything you typed, ready to send. It is kept for 24 hours, in this browser only.
form-kept-sign-in = Sign in to continue
