# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = Erreur { $status }.
# Contains links: the template shows it as HTML.
error-next-html = Vous pouvez <a href="/commitments">parcourir tous les engagements</a> ou revenir à la <a href="/">page d’accueil</a>.
