# Every page's frame: header, navigation, notice, footer (templates/base.html).

site-name = SDG Commitments Registry
skip-link = Skip to main content
feed-link-title = Latest commitments and progress reports
search-meta-title = Commitments
search-meta-description = Search and browse partnerships, voluntary commitments and good practices toward the UN Sustainable Development Goals, by goal, region, country, organisation type and more.

nav-label = Main
nav-commitments = Commitments
nav-organisations = Organisations
nav-statistics = Statistics
nav-register = Register a commitment
nav-account = Your account
nav-moderation = Moderation
nav-users = Users
nav-site-notice = Site notice
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-sign-up = Create an account

language-switch-label = Language

notice-label = Site notice
notice-read-only-title = The registry is read-only for now.
notice-read-only-body = You can browse and search, but changes cannot be saved until it reopens.

footer-about = A public registry of partnerships, voluntary commitments and good practices toward the UN Sustainable Development Goals. Anyone may browse and search it.
footer-data = Open source. Data shown as entered by the organisations that lead each commitment.
footer-feed = Follow new commitments and progress reports (Atom feed)
footer-api = JSON API

# Between the items of a short inline list (quoted: the space after it counts).
list-separator = { ", " }
# Between the rows of a table written on one line (partners, deliverables).
rows-separator = { "; " }
