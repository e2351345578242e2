# The public pages: the search page, commitment cards, organisations, statistics, the Atom feed.

## The search page (templates/public/search.html).
search-heading = Compromisos
search-title-results = Resultados de la búsqueda «{ $q }»
# After a page's title, from its second page on.
search-title-page = (página { $page } de { $pages })
search-skip-to-results = Ir a los resultados
search-box-label = Buscar en títulos, descripciones, entidades principales y socios
search-button = Buscar
search-results-heading = Resultados
search-chips-heading = Filtros seleccionados
# Read by screen readers before a chip's label.
search-chip-remove = Quitar el filtro
search-clear-filters = Quitar todos los filtros
search-count-none = No se encontraron compromisos
search-count-empty-page = No hay resultados en la página { $page } de { $total ->
        [one] { $total } compromiso
       *[other] { $total } compromisos
    }
search-count-showing = Se muestran del { $first } al { $last } de { $total ->
        [one] { $total } compromiso
       *[other] { $total } compromisos
    }
search-filters-selected = Filtros ({ $count ->
        [one] { $count } seleccionado
       *[other] { $count } seleccionados
    })
search-sort-label = Ordenar por
search-sort-button = Ordenar
search-sort-relevance = Más pertinentes
search-sort-newest = Más recientes primero
search-sort-oldest = Más antiguos primero
search-sort-title = Título de la A a la Z
search-sort-start = Fecha de inicio más reciente
search-empty-registry = Todavía no se ha publicado ningún compromiso.
search-empty-no-match-html = Ningún compromiso publicado coincide. Pruebe con otras palabras o <a href="/commitments">vea todos los compromisos</a>.
search-empty-remove-one = Para volver a obtener resultados, quite un filtro:
# { $filter } is one of the search-without-… texts.
search-suggestion-remove = Quitar { $filter }
search-suggestion-count = { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
search-without-text = el texto de búsqueda «{ $q }»
search-without-target = el filtro de meta ({ $targets })
search-without-years = el filtro de año de inicio ({ $years })
search-without-organisation = la organización
# { $facet } is the filter's name in lower case (search-facet-…).
search-without-facet = el filtro «{ $facet }» ({ $values })
# Between two values of one filter: “Africa or Europe”.
search-or = o
search-pages-label = Páginas
# A link to the previous or next page of results; the hidden part is read by screen readers.
search-pages-previous-html = Página anterior
search-pages-next-html = Página siguiente
# Read by screen readers before a page's number.
search-pages-page = Página
# Read by screen readers after the last page's number.
search-pages-last = última
search-pages-status = Página { $page } de { $pages }
search-per-page = Resultados por página:
search-download = { $total ->
        [one] Descargar este compromiso
       *[other] Descargar los { $total } compromisos
    } como hoja de cálculo (CSV)
search-problems-intro = Los resultados de abajo no tienen en cuenta lo siguiente:
search-filters-heading = Filtrar
search-start-year = Año de inicio
search-start-year-hint = Años de 1945 a 2100
search-year-from = Desde
search-year-to = Hasta
search-apply-filters = Aplicar los filtros

## Filters: each facet's name, and a selected filter as a chip.
search-facet-sdg = Objetivo
search-facet-region = Región
search-facet-country = País
search-facet-entity-type = Tipo de entidad principal
search-facet-category = Categoría
search-facet-method = Medios de implementación
search-facet-status = Estado
search-facet-reporting = Informes
# The find box above a long list of filter values (countries); %n stands for a count.
search-find-label = Buscar { $facet }
search-find-none = Ninguno encontrado
search-find-shown = Mostrados: %n
search-chip-text = Búsqueda: «{ $q }»
search-chip-facet = { $facet }: { $value }
search-chip-target = Meta: { $targets }
search-years-between = Iniciado entre { $from } y { $to }
search-years-from = Iniciado en { $from } o después
search-years-to = Iniciado en { $to } o antes
# The name suggested for a saved search without filters.
search-all-commitments = Todos los compromisos

## Following a search (templates/partials/follow_search.html, follow_head.html).
follow-heading = Seguir esta búsqueda
follow-feed-search = Canal Atom de esta búsqueda
follow-feed-all = Canal Atom de todos los compromisos nuevos
# Follows the feed's link, including its colon.
follow-feed-after = : los compromisos nuevos y sus informes de avance, en su lector de canales.
follow-name-label = Ponga un nombre a esta búsqueda
follow-name-hint = Le enviaremos un correo cuando haya compromisos nuevos que coincidan, como máximo una vez al día. Sus búsquedas guardadas aparecen en la página de su cuenta.
follow-save = Guardar esta búsqueda
# A link to the sign-in page, followed by follow-sign-in-after.
follow-sign-in = Inicie sesión
follow-sign-in-after = para guardar esta búsqueda y recibir un correo cuando haya compromisos nuevos que coincidan.
follow-head-title = Esta búsqueda: { $name }

## A commitment's card in a list (templates/partials/card.html).
card-goals = Objetivos
# Before the year the commitment started: “Since 2015”.
card-since = Desde
# Between two regions of a card: “Africa, Europe”.
card-list-separator = { ", " }

## The organisations (templates/public/organisations.html, organisation.html).
org-list-title = Organizaciones
org-list-description = Todas las entidades principales y socios de los compromisos publicados en favor de los Objetivos de Desarrollo Sostenible de las Naciones Unidas, de la A a la Z.
org-list-lead = Cada entidad principal y cada socio mencionados en un compromiso publicado, con el número de compromisos que los mencionan.
org-find-label = Buscar una organización por su nombre
org-find-button = Buscar
org-letters-label = Organizaciones por primera letra
org-letters-all = Todas
org-letters-other = 0–9 y otros
org-count-none = No se encontró ninguna organización
org-count = { $count ->
        [one] { $count } organización
       *[other] { $count } organizaciones
    }
org-show-all = Ver todas
org-line-commitments = { $count ->
        [one] { $count } compromiso
       *[other] { $count } compromisos
    }
org-breadcrumb-label = Ruta de navegación
org-breadcrumb-home = Inicio
org-caption = Organización
org-also-written = También escrito como:
org-count-no-match = Ningún compromiso coincide con estos filtros
org-roles-none = Ningún compromiso publicado
org-roles-partner = Socio en { $partner ->
        [one] { $partner } compromiso publicado
       *[other] { $partner } compromisos publicados
    }
org-roles-lead = Entidad principal de { $lead ->
        [one] { $lead } compromiso publicado
       *[other] { $lead } compromisos publicados
    }
org-roles-both = Entidad principal de { $lead ->
        [one] { $lead } compromiso publicado
       *[other] { $lead } compromisos publicados
    } y socio en { $partner }
# { $roles } is one of the org-roles-… texts, its first letter in lower case.
org-description = { $name }: { $roles }, en el registro de compromisos en favor de los Objetivos de Desarrollo Sostenible de las Naciones Unidas.

# A bad value in the address of /organisations (shown on the 400 page).
org-bad-name-filter = q: el filtro por nombre es demasiado largo; use { $max } caracteres como máximo
org-bad-letter = letter: «{ $value }» no es una letra; use una de la A a la Z, u «other»
org-bad-page = page: «{ $value }» debe ser un número entero de 1 a { $max }

## Statistics (templates/public/stats.html).
stats-title = Estadísticas
stats-heading = El registro en cifras
stats-lead = { $total ->
        [one] { $total } compromiso publicado
       *[other] { $total } compromisos publicados
    }. Un compromiso se cuenta una vez por cada objetivo y cada región que menciona, por lo que esos gráficos suman más de { $total }. Seleccione la etiqueta de una barra para ver sus compromisos.
stats-contents-label = Gráficos de esta página
stats-by-goal = Por objetivo
stats-by-region = Por región
stats-by-entity-type = Por tipo de entidad principal
stats-by-category = Por categoría
stats-by-start-year = Por año de inicio
stats-by-reporting = Por estado de los informes
# The table behind a chart, for screen readers; { $chart } is the chart's title in lower case.
stats-caption = Compromisos publicados { $chart }
stats-column-value = Valor
stats-column-commitments = Compromisos
stats-column-bar = Barra

## The Atom feed's own titles (the entries' text stays as written).
feed-title-all = Registro de compromisos con los ODS: últimos compromisos e informes de avance
feed-title-search = Registro de compromisos con los ODS: { $search }
feed-report-title = Informe de avance del { $date }: { $title } ({ $status })
