# The home page (templates/public/home.html).

home-title = Compromisos con los Objetivos de Desarrollo Sostenible
home-description = Un registro público de { $commitments } alianzas, compromisos voluntarios y buenas prácticas de { $organisations } organizaciones en { $countries } países en favor de los Objetivos de Desarrollo Sostenible de las Naciones Unidas, con sus informes de avance.
home-heading = Quién hace qué por los Objetivos de Desarrollo Sostenible
home-lead = Alianzas, compromisos voluntarios y buenas prácticas de gobiernos, ciudades, ONG, empresas, entidades de las Naciones Unidas y universidades, que las personas que los dirigen mantienen al día.
home-register = Registre su compromiso
home-search-label = Buscar compromisos
home-search-placeholder = Por ejemplo: agua potable Kenia
home-search-button = Buscar
home-figures-heading = El registro en cifras
# The figures are in a span of their own (HTML), styled large.
home-figure-commitments-html = <span class="totals__figure">{ $count }</span> { $count ->
        [one] compromiso publicado
       *[other] compromisos publicados
    }
home-figure-organisations-html = <span class="totals__figure">{ $count }</span> { $count ->
        [one] organización líder
       *[other] organizaciones líderes
    }
home-figure-countries-html = <span class="totals__figure">{ $count }</span> { $count ->
        [one] país
       *[other] países
    }
home-figure-reports-html = <span class="totals__figure">{ $count }</span> { $count ->
        [one] informe de avance
       *[other] informes de avance
    }
home-goals-heading = Los 17 objetivos
home-latest-heading = Últimos compromisos publicados
home-latest-none = Todavía no se ha publicado ningún compromiso.
home-browse-all = { $count ->
        [one] Ver el compromiso
       *[other] Ver los { $count } compromisos
    }
