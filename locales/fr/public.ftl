# The public pages: the search page, commitment cards, organisations, statistics, the Atom feed.

## The search page (templates/public/search.html).
search-heading = Engagements
search-title-results = Résultats de la recherche « { $q } »
# After a page's title, from its second page on.
search-title-page = (page { $page } sur { $pages })
search-skip-to-results = Aller aux résultats
search-box-label = Rechercher dans les titres, les descriptions, les entités chefs de file et les partenaires
search-button = Rechercher
search-results-heading = Résultats
search-chips-heading = Filtres sélectionnés
# Read by screen readers before a chip's label.
search-chip-remove = Retirer le filtre
search-clear-filters = Effacer tous les filtres
search-count-none = Aucun engagement trouvé
search-count-empty-page = Aucun résultat à la page { $page } sur { $total ->
        [one] { $total } engagement
       *[other] { $total } engagements
    }
search-count-showing = { $first } à { $last } sur { $total ->
        [one] { $total } engagement
       *[other] { $total } engagements
    }
search-filters-selected = Filtres ({ $count ->
        [one] { $count } sélectionné
       *[other] { $count } sélectionnés
    })
search-sort-label = Trier par
search-sort-button = Trier
search-sort-relevance = Pertinence
search-sort-newest = Plus récents d’abord
search-sort-oldest = Plus anciens d’abord
search-sort-title = Titre de A à Z
search-sort-start = Date de début la plus récente
search-empty-registry = Aucun engagement n’a encore été publié.
search-empty-no-match-html = Aucun engagement publié ne correspond. Essayez d’autres mots, ou <a href="/commitments">parcourez tous les engagements</a>.
search-empty-remove-one = Pour retrouver des résultats, retirez un filtre :
# { $filter } is one of the search-without-… texts.
search-suggestion-remove = Retirer { $filter }
search-suggestion-count = { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-without-text = le texte recherché « { $q } »
search-without-target = le filtre par cible ({ $targets })
search-without-years = le filtre par année de début ({ $years })
search-without-organisation = l’organisation
# { $facet } is the filter's name in lower case (search-facet-…).
search-without-facet = le filtre « { $facet } » ({ $values })
# Between two values of one filter: “Africa or Europe”.
search-or = ou
search-pages-label = Pages
# A link to the previous or next page of results; the hidden part is read by screen readers.
search-pages-previous-html = Page précédente
search-pages-next-html = Page suivante
# Read by screen readers before a page's number.
search-pages-page = Page
# Read by screen readers after the last page's number.
search-pages-last = dernière
search-pages-status = Page { $page } sur { $pages }
search-per-page = Résultats par page :
search-download = { $total ->
        [one] Télécharger cet engagement
       *[other] Télécharger les { $total } engagements
    } sous forme de tableur (CSV)
search-problems-intro = Les résultats ci-dessous ne tiennent pas compte de ce qui suit :
search-filters-heading = Filtrer
search-start-year = Année de début
search-start-year-hint = Années de 1945 à 2100
search-year-from = De
search-year-to = À
search-apply-filters = Appliquer les filtres

## Filters: each facet's name, and a selected filter as a chip.
search-facet-sdg = Objectif
search-facet-region = Région
search-facet-country = Pays
search-facet-entity-type = Type d’entité chef de file
search-facet-category = Catégorie
search-facet-method = Moyens de mise en œuvre
search-facet-status = Statut
search-facet-reporting = Rapports
# The find box above a long list of filter values (countries); %n stands for a count.
search-find-label = Trouver un { $facet }
search-find-none = Aucun résultat
search-find-shown = Affichés : %n
search-chip-text = Recherche : « { $q } »
search-chip-facet = { $facet } : { $value }
search-chip-target = Cible : { $targets }
search-years-between = Commencé entre { $from } et { $to }
search-years-from = Commencé en { $from } ou après
search-years-to = Commencé en { $to } ou avant
# The name suggested for a saved search without filters.
search-all-commitments = Tous les engagements

## Following a search (templates/partials/follow_search.html, follow_head.html).
follow-heading = Suivre cette recherche
follow-feed-search = Flux Atom de cette recherche
follow-feed-all = Flux Atom de tous les nouveaux engagements
# Follows the feed's link, including its colon.
follow-feed-after = { " " }: les nouveaux engagements et leurs rapports d’avancement, dans votre lecteur de flux.
follow-name-label = Nommer cette recherche
follow-name-hint = Nous vous écrivons quand de nouveaux engagements y correspondent, au plus une fois par jour. Vos recherches enregistrées figurent sur la page de votre compte.
follow-save = Enregistrer cette recherche
# A link to the sign-in page, followed by follow-sign-in-after.
follow-sign-in = Connectez-vous
follow-sign-in-after = pour enregistrer cette recherche et recevoir un courriel quand de nouveaux engagements y correspondent.
follow-head-title = Cette recherche : { $name }

## A commitment's card in a list (templates/partials/card.html).
card-goals = Objectifs
# Before the year the commitment started: “Since 2015”.
card-since = Depuis
# Between two regions of a card: “Africa, Europe”.
card-list-separator = { ", " }

## The organisations (templates/public/organisations.html, organisation.html).
org-list-title = Organisations
org-list-description = Toutes les entités chefs de file et tous les partenaires des engagements publiés en faveur des objectifs de développement durable des Nations Unies, de A à Z.
org-list-lead = Chaque entité chef de file et chaque partenaire cité par un engagement publié, avec le nombre d’engagements qui le citent.
org-find-label = Trouver une organisation par son nom
org-find-button = Trouver
org-letters-label = Organisations par première lettre
org-letters-all = Toutes
org-letters-other = 0–9 et autres
org-count-none = Aucune organisation trouvée
org-count = { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
org-show-all = Tout afficher
org-line-commitments = { $count ->
        [one] { $count } engagement
       *[other] { $count } engagements
    }
org-breadcrumb-label = Fil d’Ariane
org-breadcrumb-home = Accueil
org-caption = Organisation
org-also-written = Également écrit :
org-count-no-match = Aucun engagement ne correspond à ces filtres
org-roles-none = Aucun engagement publié
org-roles-partner = Partenaire { $partner ->
        [one] d’un engagement publié
       *[other] de { $partner } engagements publiés
    }
org-roles-lead = Entité chef de file { $lead ->
        [one] d’un engagement publié
       *[other] de { $lead } engagements publiés
    }
org-roles-both = Entité chef de file { $lead ->
        [one] d’un engagement publié
       *[other] de { $lead } engagements publiés
    } et partenaire { $partner ->
        [one] d’un
       *[other] de { $partner }
    }
# { $roles } is one of the org-roles-… texts, its first letter in lower case.
org-description = { $name } : { $roles }, dans le registre des engagements en faveur des objectifs de développement durable des Nations Unies.

# A bad value in the address of /organisations (shown on the 400 page).
org-bad-name-filter = q : le filtre par nom est trop long ; utilisez { $max } caractères au maximum
org-bad-letter = letter : « { $value } » n’est pas une lettre ; utilisez une lettre de A à Z, ou « other »
org-bad-page = page : « { $value } » doit être un nombre entier de 1 à { $max }

## Statistics (templates/public/stats.html).
stats-title = Statistiques
stats-heading = Le registre en chiffres
stats-lead = { $total ->
        [one] { $total } engagement publié
       *[other] { $total } engagements publiés
    }. Un engagement est compté une fois pour chaque objectif et chaque région qu’il cite : le total de ces graphiques dépasse donc { $total }. Sélectionnez le libellé d’une barre pour voir ses engagements.
stats-contents-label = Graphiques de cette page
stats-by-goal = Par objectif
stats-by-region = Par région
stats-by-entity-type = Par type d’entité chef de file
stats-by-category = Par catégorie
stats-by-start-year = Par année de début
stats-by-reporting = Par état des rapports
# The table behind a chart, for screen readers; { $chart } is the chart's title in lower case.
stats-caption = Engagements publiés { $chart }
stats-column-value = Valeur
stats-column-commitments = Engagements
stats-column-bar = Barre

## The Atom feed's own titles (the entries' text stays as written).
feed-title-all = Registre des engagements pour les ODD : derniers engagements et rapports d’avancement
feed-title-search = Registre des engagements pour les ODD : { $search }
feed-report-title = Rapport d’avancement du { $date } : { $title } ({ $status })
