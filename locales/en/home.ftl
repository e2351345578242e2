# The home page (templates/public/home.html).

home-title = Commitments toward the Sustainable Development Goals
home-description = A public registry of { $commitments } partnerships, voluntary commitments and good practices by { $organisations } organisations in { $countries } countries toward the UN Sustainable Development Goals, with their progress reports.
home-heading = Who is doing what for the Sustainable Development Goals
home-lead = Partnerships, voluntary commitments and good practices from governments, cities, NGOs, companies, UN entities and universities, kept up to date by the people who lead them.
home-register = Register your commitment
home-search-label = Search commitments
home-search-placeholder = For example: clean water Kenya
home-search-button = Search
home-figures-heading = The registry in figures
# The figures are in a span of their own (HTML), styled large.
home-figure-commitments-html = <span class="totals__figure">{ $count }</span> published commitments
home-figure-organisations-html = <span class="totals__figure">{ $count }</span> lead organisations
home-figure-countries-html = <span class="totals__figure">{ $count }</span> countries
home-figure-reports-html = <span class="totals__figure">{ $count }</span> progress reports
home-goals-heading = The 17 goals
home-latest-heading = Latest published commitments
home-latest-none = No commitment has been published yet.
home-browse-all = Browse all { $count } commitments
