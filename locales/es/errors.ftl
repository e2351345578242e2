# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = Error { $status }.
# Contains links: the template shows it as HTML.
error-next-html = Puede <a href="/commitments">consultar todos los compromisos</a> o ir a la <a href="/">página de inicio</a>.
