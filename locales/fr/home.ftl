# The home page (templates/public/home.html).

home-title = Engagements en faveur des objectifs de développement durable
home-description = Un registre public de { $commitments } partenariats, engagements volontaires et bonnes pratiques, portés par { $organisations } organisations dans { $countries } pays, en faveur des objectifs de développement durable des Nations Unies, avec leurs rapports d’avancement.
home-heading = Qui fait quoi pour les objectifs de développement durable
home-lead = Partenariats, engagements volontaires et bonnes pratiques de gouvernements, villes, ONG, entreprises, entités des Nations Unies et universités, tenus à jour par les personnes qui les mènent.
home-register = Enregistrer votre engagement
home-search-label = Rechercher des engagements
home-search-placeholder = Par exemple : eau potable Kenya
home-search-button = Rechercher
home-figures-heading = Le registre en chiffres
# The figures are in a span of their own (HTML), styled large.
home-figure-commitments-html = <span class="totals__figure">{ $count }</span> { $count ->
        [one] engagement publié
       *[other] engagements publiés
    }
home-figure-organisations-html = <span class="totals__figure">{ $count }</span> { $count ->
        [one] organisation chef de file
       *[other] organisations chefs de file
    }
home-figure-countries-html = <span class="totals__figure">{ $count }</span> pays
home-figure-reports-html = <span class="totals__figure">{ $count }</span> { $count ->
        [one] rapport d’avancement
       *[other] rapports d’avancement
    }
home-goals-heading = Les 17 objectifs
home-latest-heading = Derniers engagements publiés
home-latest-none = Aucun engagement n’a encore été publié.
home-browse-all = { $count ->
        [one] Voir l’engagement
       *[other] Parcourir les { $count } engagements
    }
