# The public pages: the search page, commitment cards, organisations, statistics, the Atom feed.

## The search page (templates/public/search.html).
search-heading = Commitments
search-title-results = Search results for “{ $q }”
# After a page's title, from its second page on.
search-title-page = (page { $page } of { $pages })
search-skip-to-results = Skip to results
search-box-label = Search titles, descriptions, lead entities and partners
search-button = Search
search-results-heading = Results
search-chips-heading = Selected filters
# Read by screen readers before a chip's label.
search-chip-remove = Remove filter
search-clear-filters = Clear all filters
search-count-none = No commitments found
search-count-empty-page = No results on page { $page } of { $total ->
        [one] { $total } commitment
       *[other] { $total } commitments
    }
search-count-showing = Showing { $first } to { $last } of { $total ->
        [one] { $total } commitment
       *[other] { $total } commitments
    }
search-filters-selected = Filters ({ $count } selected)
search-sort-label = Sort by
search-sort-button = Sort
search-sort-relevance = Best match
search-sort-newest = Newest first
search-sort-oldest = Oldest first
search-sort-title = Title A–Z
search-sort-start = Latest start date
search-empty-registry = No commitment has been published yet.
search-empty-no-match-html = No published commitment matches. Try other words, or <a href="/commitments">browse all commitments</a>.
search-empty-remove-one = To get results back, remove one filter:
# { $filter } is one of the search-without-… texts.
search-suggestion-remove = Remove { $filter }
search-suggestion-count = { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-without-text = the search text “{ $q }”
search-without-target = the target filter ({ $targets })
search-without-years = the start year filter ({ $years })
search-without-organisation = the organisation
# { $facet } is the filter's name in lower case (search-facet-…).
search-without-facet = the { $facet } filter ({ $values })
# Between two values of one filter: “Africa or Europe”.
search-or = or
search-pages-label = Pages
# A link to the previous or next page of results; the hidden part is read by screen readers.
search-pages-previous-html = Previous<span class="visually-hidden"> page</span>
search-pages-next-html = Next<span class="visually-hidden"> page</span>
# Read by screen readers before a page's number.
search-pages-page = Page
# Read by screen readers after the last page's number.
search-pages-last = last
search-pages-status = Page { $page } of { $pages }
search-per-page = Results per page:
search-download = Download { $total ->
        [one] this commitment
       *[other] all { $total } commitments
    } as a spreadsheet (CSV)
search-problems-intro = The results below leave these out of the search:
search-filters-heading = Filter
search-start-year = Start year
search-start-year-hint = Years from 1945 to 2100
search-year-from = From
search-year-to = To
search-apply-filters = Apply filters

## Filters: each facet's name, and a selected filter as a chip.
search-facet-sdg = Goal
search-facet-region = Region
search-facet-country = Country
search-facet-entity-type = Lead entity type
search-facet-category = Category
search-facet-method = Means of implementation
search-facet-status = Status
search-facet-reporting = Reporting
# The find box above a long list of filter values (countries); %n stands for a count.
search-find-label = Find { $facet }
search-find-none = None found
search-find-shown = %n shown
search-chip-text = Search: “{ $q }”
search-chip-facet = { $facet }: { $value }
search-chip-target = Target: { $targets }
search-years-between = Started { $from }–{ $to }
search-years-from = Started in { $from } or later
search-years-to = Started in { $to } or earlier
# The name suggested for a saved search without filters.
search-all-commitments = All commitments

## Following a search (templates/partials/follow_search.html, follow_head.html).
follow-heading = Follow this search
follow-feed-search = Atom feed of this search
follow-feed-all = Atom feed of all new commitments
# Follows the feed's link, including its colon.
follow-feed-after = : new commitments and their progress reports, in your feed reader.
follow-name-label = Name this search
follow-name-hint = We mail you when new commitments match it, at most once a day. Your saved searches are on your account page.
follow-save = Save this search
# A link to the sign-in page, followed by follow-sign-in-after.
follow-sign-in = Sign in
follow-sign-in-after = to save this search and get an email when new commitments match it.
follow-head-title = This search: { $name }

## A commitment's card in a list (templates/partials/card.html).
card-goals = Goals
# Before the year the commitment started: “Since 2015”.
card-since = Since
# Between two regions of a card: “Africa, Europe”.
card-list-separator = { ", " }

## The organisations (templates/public/organisations.html, organisation.html).
org-list-title = Organisations
org-list-description = Every lead entity and partner of the published commitments toward the UN Sustainable Development Goals, A to Z.
org-list-lead = Every lead entity and partner named by a published commitment, with how many commitments name it.
org-find-label = Find an organisation by name
org-find-button = Find
org-letters-label = Organisations by first letter
org-letters-all = All
org-letters-other = 0–9 and others
org-count-none = No organisation found
org-count = { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
org-show-all = Show all
org-line-commitments = { $count ->
        [one] { $count } commitment
       *[other] { $count } commitments
    }
org-breadcrumb-label = Breadcrumb
org-breadcrumb-home = Home
org-caption = Organisation
org-also-written = Also written as:
org-count-no-match = No commitments match these filters
org-roles-none = No published commitments
org-roles-partner = Partner in { $partner ->
        [one] { $partner } published commitment
       *[other] { $partner } published commitments
    }
org-roles-lead = Lead entity of { $lead ->
        [one] { $lead } published commitment
       *[other] { $lead } published commitments
    }
org-roles-both = Lead entity of { $lead ->
        [one] { $lead } published commitment
       *[other] { $lead } published commitments
    } and partner in { $partner }
# { $roles } is one of the org-roles-… texts, its first letter in lower case.
org-description = { $name }: { $roles }, in the registry of commitments toward the UN Sustainable Development Goals.

# A bad value in the address of /organisations (shown on the 400 page).
org-bad-name-filter = q: the name filter is too long; use { $max } characters or fewer
org-bad-letter = letter: "{ $value }" is not a letter; use one of A to Z, or "other"
org-bad-page = page: "{ $value }" must be a whole number from 1 to { $max }

## Statistics (templates/public/stats.html).
stats-title = Statistics
stats-heading = The registry in figures
stats-lead = { $total } published commitments. A commitment counts once under each goal and region it names, so those charts add up to more than { $total }. Select a bar's label to see its commitments.
stats-contents-label = Charts on this page
stats-by-goal = By goal
stats-by-region = By region
stats-by-entity-type = By type of lead entity
stats-by-category = By category
stats-by-start-year = By start year
stats-by-reporting = By reporting
# The table behind a chart, for screen readers; { $chart } is the chart's title in lower case.
stats-caption = Published commitments { $chart }
stats-column-value = Value
stats-column-commitments = Commitments
stats-column-bar = Bar

## The Atom feed's own titles (the entries' text stays as written).
feed-title-all = SDG Commitments Registry: latest commitments and progress reports
feed-title-search = SDG Commitments Registry: { $search }
feed-report-title = Progress report of { $date }: { $title } ({ $status })
