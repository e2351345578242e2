# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = Error { $status }.
# Contains links: the template shows it as HTML.
error-next-html = You can <a href="/commitments">browse all commitments</a> or go to the <a href="/">home page</a>.
