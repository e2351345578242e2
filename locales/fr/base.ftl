# Every page's frame: header, navigation, notice, footer (templates/base.html).

site-name = Registre des engagements pour les ODD
skip-link = Aller au contenu principal
feed-link-title = Derniers engagements et rapports d’avancement
search-meta-title = Engagements
search-meta-description = Recherchez et parcourez les partenariats, engagements volontaires et bonnes pratiques en faveur des objectifs de développement durable des Nations Unies, par objectif, région, pays, type d’organisation et plus encore.

nav-label = Menu principal
nav-commitments = Engagements
nav-organisations = Organisations
nav-statistics = Statistiques
nav-register = Enregistrer un engagement
nav-account = Votre compte
nav-moderation = Modération
nav-users = Utilisateurs
nav-site-notice = Avis du site
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
nav-sign-up = Créer un compte

language-switch-label = Langue

notice-label = Avis du site
notice-read-only-title = Le registre est pour l’instant en lecture seule.
notice-read-only-body = Vous pouvez le parcourir et y faire des recherches, mais aucune modification ne peut être enregistrée avant sa réouverture.

footer-about = Un registre public des partenariats, engagements volontaires et bonnes pratiques en faveur des objectifs de développement durable des Nations Unies. Chacun peut le consulter et y faire des recherches.
footer-data = Logiciel libre. Les données sont présentées telles que saisies par les organisations qui mènent chaque engagement.
footer-feed = Suivre les nouveaux engagements et rapports d’avancement (flux Atom)
footer-api = API JSON

# Between the items of a short inline list (quoted: the space after it counts).
list-separator = { ", " }
# Between the rows of a table written on one line (partners, deliverables).
rows-separator = { "\u202F; " }
