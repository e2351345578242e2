# Les pages d'un engagement : l'engagement, son historique, le formulaire d'enregistrement et de
# modification, le formulaire de rapport d'avancement, le formulaire de contact, et ce qu'y voient
# son propriétaire, ses éditeurs et les modérateurs.

## Fil d'Ariane.
commitment-breadcrumb-label = Fil d'Ariane
commitment-breadcrumb-home = Accueil
commitment-breadcrumb-commitments = Engagements

## La page d'un engagement.
commitment-archived-banner-html = <strong>Archivé.</strong> Cet engagement n'est plus actif dans le registre. Il est conservé ici pour mémoire et n'apparaît pas dans les recherches.
commitment-unpublished-banner-html = <strong>{ $state }.</strong> Seuls son propriétaire, ses éditeurs et les modérateurs peuvent voir cet engagement tant qu'il n'est pas publié.
commitment-edit-link = Modifier cet engagement
commitment-history-link = Modifications et historique
commitment-json-link = Cette fiche au format JSON
commitment-goals-label = Objectifs de développement durable
commitment-goals-heading = Objectifs et cibles
commitment-goal-name = Objectif { $number } : { $name }
commitment-targets-word = { $count ->
        [one] cible
       *[other] cibles
    }
commitment-target-title = Cible { $target } de l'objectif { $number } : { $name }, sur le site de l'ONU
commitment-target-on-un-site = (objectif { $number } sur le site de l'ONU)
commitment-methods-heading = Moyens de mise en œuvre
commitment-partners-heading = Partenaires
commitment-column-partner = Partenaire
commitment-column-type = Type
commitment-deliverables-heading = Livrables
commitment-column-deliverable = Livrable
commitment-column-due = Échéance
commitment-column-status = État
commitment-resources-heading = Ressources
commitment-column-kind = Type
commitment-column-description = Description
commitment-column-amount = Montant
commitment-amount-not-given = Non indiqué
commitment-reports-heading = Rapports d'avancement
commitment-file-report = Déposer un rapport d'avancement
commitment-no-reports = Aucun rapport d'avancement n'a encore été déposé.
commitment-similar-heading = Engagements similaires
commitment-basic-info = Informations principales
commitment-fact-start = Début
commitment-fact-completion = Achèvement
commitment-fact-ongoing = En cours
commitment-fact-status = État
commitment-fact-regions = Régions
commitment-fact-countries = Pays
commitment-fact-coverage = Couverture
commitment-fact-lead-entity = Entité principale
commitment-fact-entity-type = Type d'entité
commitment-fact-published = Publié le
commitment-fact-updated = Dernière mise à jour
commitment-contact-heading = Contact
commitment-contact-private-shown = Non affichés au public : vous les voyez en tant que propriétaire, éditeur ou modérateur.
commitment-contact-private = L'adresse e-mail et le téléphone de la personne à contacter ne sont pas publics.
commitment-contact-link = Contacter l'équipe

## Les sections du texte d'un engagement.
commitment-section-objective = Objectif
commitment-section-stakeholders = Parties prenantes
commitment-section-implementation = Mise en œuvre
commitment-section-results = Résultats
commitment-section-enabling-factors = Facteurs favorables
commitment-section-sustainability = Durabilité
commitment-section-other-sources = Autres sources

## Le suivi des rapports d'un engagement publié.
commitment-reporting-up-to-date = Rapport déposé ou publication au cours des 12 derniers mois.
commitment-reporting-due = Aucun rapport depuis 12 mois ou plus : un rapport d'avancement est attendu.
commitment-reporting-overdue = Aucun rapport depuis plus de 24 mois.
commitment-reporting-inactive = Publié il y a plus de 24 mois, sans aucun rapport depuis.

## Un rapport d'avancement dans la chronologie.
commitment-report-percent = { $percent } % réalisé
commitment-report-hidden-html = <strong>Masqué au public par un modérateur.</strong> Seuls le propriétaire et les modérateurs voient ce rapport. La raison :
commitment-report-achievements = Réalisations
commitment-report-challenges = Difficultés
commitment-report-next-steps = Prochaines étapes
commitment-report-hide = Masquer ce rapport
commitment-report-hide-of = du { $date }
commitment-report-hide-reason = Raison
commitment-report-hide-hint = Le rapport disparaît de la page publique, de l'API et du flux. Son propriétaire lit cette raison.
commitment-report-hide-button = Masquer le rapport

## Photos.
commitment-photos-heading = Photos
commitment-photos-none = Aucune photo n'a encore été ajoutée.
commitment-photo-delete = Supprimer
commitment-photo-delete-which = la photo : { $alt }
commitment-photo-add = Ajouter une photo
commitment-photo-label = Photo
commitment-photo-hint = Une image JPEG, PNG ou WebP, de 5 Mo au maximum. Un engagement peut avoir jusqu'à 3 photos.
commitment-photo-alt-label = Texte alternatif
commitment-photo-alt-hint = Dites ce que montre la photo, pour les personnes qui ne peuvent pas la voir (250 caractères au maximum). Par exemple : Des élèves remplissent des bouteilles à un nouveau puits à Takeo.
commitment-photo-caption-label = Légende (facultatif)
commitment-photo-caption-hint = Affichée sous la photo, pour tout le monde (500 caractères au maximum).
commitment-photo-upload = Envoyer la photo
commitment-photos-full = Cet engagement a 3 photos, le maximum possible : supprimez-en une pour en ajouter une autre.

## Examen.
commitment-review-history-heading = Historique
commitment-review-history-intro = Qui a fait passer cet engagement par l'examen, et pourquoi. Seuls son propriétaire, ses éditeurs et les modérateurs voient ceci.
commitment-review-history-none = Rien n'a encore été enregistré.
commitment-review-by = par { $who },
commitment-review-heading = Examen
commitment-review-archived = Cet engagement est archivé : plus aucune décision ne s'y applique.
commitment-review-decision = Décision
commitment-decision-hint-publish = Il devient public et apparaît dans les recherches.
commitment-decision-hint-return = Il reste privé jusqu'à ce que son propriétaire le modifie et l'enregistre à nouveau.
commitment-decision-hint-archive = Sa page reste, avec un bandeau, mais il quitte définitivement les recherches.
commitment-review-comment = Commentaire
commitment-review-comment-hint = Obligatoire pour renvoyer ou archiver : dites ce qu'il faut modifier, ou pourquoi il est archivé. Le propriétaire lit ce commentaire.
commitment-review-save = Enregistrer la décision
commitment-review-back = Retour à la file de modération
commitment-review-note = Commentaire du modérateur
commitment-review-note-byline = { $decision ->
        [returned] renvoyé
       *[archived] archivé
    } par { $who } le { $date }
commitment-review-note-private = Seuls son propriétaire et les modérateurs voient ce commentaire.
commitment-review-done-publish = « { $title } » est publié : il apparaît désormais dans les recherches.
commitment-review-done-return = « { $title } » a été renvoyé à son propriétaire, qui peut lire votre commentaire.
commitment-review-done-archive = « { $title } » est archivé : sa page reste, mais il n'apparaît plus dans les recherches.
commitment-review-next = Voici le prochain engagement en attente d'examen.
commitment-review-no-next = Aucun autre engagement n'attend d'examen.

## Éditeurs.
commitment-editors-heading = Éditeurs
commitment-editors-intro = Les éditeurs peuvent modifier cet engagement et déposer des rapports d'avancement, comme son propriétaire. Seuls le propriétaire et les modérateurs les ajoutent ou les retirent.
commitment-editors-none = Cet engagement n'a pas d'éditeur.
commitment-editors-caption = Personnes qui peuvent modifier cet engagement
commitment-editors-name = Nom
commitment-editors-email = Adresse e-mail
commitment-editors-actions = Actions
commitment-editors-make-owner = Rendre propriétaire
commitment-editors-remove = Retirer
commitment-editors-add-label = Ajouter un éditeur
commitment-editors-add-hint = L'adresse e-mail de son compte sur ce registre.
commitment-editors-add-button = Ajouter l'éditeur
commitment-editors-added = { $name } peut désormais modifier cet engagement.
commitment-editors-removed = L'éditeur a été retiré : il ne peut plus modifier cet engagement.
commitment-editors-owner-moved = La propriété a été transférée : l'éditeur est désormais propriétaire de cet engagement, et l'ancien propriétaire est éditeur.

## Historique.
commitment-history-title = Historique : { $title }
commitment-history-lead-review = Comment il est arrivé, chaque modification enregistrée et chaque décision d'examen : qui, quand, quels champs, et leurs anciennes et nouvelles valeurs. Du plus récent au plus ancien.
commitment-history-lead-public = Comment il est arrivé, chaque modification enregistrée, et quand il a été publié : qui, quand, quels champs, et leurs anciennes et nouvelles valeurs. Du plus récent au plus ancien.
commitment-history-none = Cet engagement n'a pas été modifié depuis son enregistrement.
commitment-history-fields-changed = Champs modifiés
commitment-history-field = Champ
commitment-history-before = Avant
commitment-history-after = Après
commitment-history-restore = Rétablir cette version
commitment-back = Retour à l'engagement
commitment-version-original = Version { $version } : telle qu'elle était avant la première modification
commitment-version-restored = Version { $version } : rétablissement de la version { $from }
commitment-version-reported = Version { $version } : états fixés par un rapport d'avancement
commitment-version-edited = Version { $version } : modifiée
commitment-history-by = par { $name },
commitment-history-as-it-stood = telle qu'elle était le
commitment-history-imported-on = Importé le
commitment-history-by-registry = par le registre le
commitment-history-not-public = (non public)
commitment-review-a-moderator = Un modérateur
commitment-value-yes = oui
commitment-value-no = non
commitment-event-imported = Importé ({ $state })
commitment-event-submitted = Soumis pour examen
commitment-event-reported = A déposé un rapport d'avancement
commitment-event-report-hidden = A masqué un rapport d'avancement
commitment-event-returned = Renvoyé à son propriétaire pour modification
commitment-event-published = Publié
commitment-event-archived = Archivé
commitment-event-registry = le registre
commitment-moment = { $date } à { $time } UTC
commitment-restored = Rétabli : l'engagement est maintenant à la version { $version }.
commitment-restore-same = Cette version est identique à la version actuelle : rien n'a été modifié.
commitment-field-label = { $key ->
        [title] Titre
        [category] Catégorie
        [objective] Objectif
        [stakeholders] Parties prenantes
        [partners] Partenaires
        [implementation] Mise en œuvre
        [results] Résultats
        [enabling_factors] Facteurs favorables
        [sustainability] Durabilité
        [other_sources] Autres sources d'information
        [sdgs] Objectifs de développement durable
        [targets] Cibles
        [methods] Moyens de mise en œuvre
        [other_methods] Autres moyens de mise en œuvre
        [start_date] Date de début
        [completion_date] Date d'achèvement
        [ongoing] En cours
        [regions] Régions
        [countries] Pays
        [geographical_coverage] Couverture géographique
        [lead_entity] Entité principale
        [entity_type] Type d'entité principale
        [contact] Personne à contacter
        [contact-name] Nom de la personne à contacter
        [contact-position] Fonction de la personne à contacter
        [contact-email] Adresse e-mail de la personne à contacter
        [contact-phone] Téléphone de la personne à contacter
        [contact-public] Coordonnées publiques
        [deliverables] Livrables
        [resources] Ressources
        [language] Langue
       *[other] { $label }
    }

## Le formulaire d'enregistrement et de modification.
commitment-form-edit-title = Modifier : { $title }
commitment-form-register-title = Enregistrer un engagement
commitment-form-edit-caption = Modifier l'engagement nº { $id }
commitment-form-register-caption = Enregistrer un engagement
commitment-form-heading = Présentez-nous votre engagement
commitment-form-restored = Nous avons conservé ce que vous aviez saisi pendant que vous vous reconnectiez. Vérifiez-le et envoyez-le quand vous êtes prêt.
commitment-form-needed = Les champs sans la mention « (facultatif) » sont obligatoires.
commitment-form-on-register = Un modérateur examine chaque engagement avant sa publication.
commitment-form-on-edit-published = Les modifications d'un engagement publié sont en ligne dès l'enregistrement et conservées dans son historique.
commitment-form-on-edit-submitted = Il est en attente d'examen : vos modifications sont enregistrées immédiatement, et un modérateur les examine avec lui avant sa publication.
commitment-form-on-edit-returned = Il a été renvoyé pour modification : enregistrer vos modifications le soumet de nouveau à l'examen.
commitment-form-on-edit-archived = Il est archivé : vos modifications sont enregistrées et conservées dans son historique, et il reste archivé.
commitment-form-about = À propos de l'engagement
commitment-form-title = Titre
commitment-form-title-hint = Entre 10 et 250 caractères, par exemple : Eau potable pour 200 écoles rurales au Cambodge
commitment-form-category = Catégorie
commitment-form-objective = Objectif
commitment-form-objective-hint = Ce que l'engagement veut accomplir, et à quelle échéance.
commitment-form-stakeholders-section = Parties prenantes et partenaires
commitment-form-stakeholders = Parties prenantes (facultatif)
commitment-form-stakeholders-hint = Qui y participe ou en bénéficie.
commitment-form-partners = Partenaires (facultatif)
commitment-form-partners-hint = Les organisations qui travaillent avec l'entité principale. Laissez une ligne vide pour l'ignorer.
commitment-form-partner = Partenaire { $number }
commitment-form-name = Nom
commitment-form-type = Type
commitment-form-choose-type = Choisissez un type
commitment-form-add-partner = Ajouter un autre partenaire
commitment-form-implementation-section = Mise en œuvre et résultats
commitment-form-implementation = Mise en œuvre
commitment-form-implementation-hint = Comment l'engagement est mené : activités, qui fait quoi.
commitment-form-results = Résultats (facultatif)
commitment-form-results-hint = Ce qui a changé jusqu'ici, avec des chiffres si vous en avez.
commitment-form-enabling-factors = Facteurs favorables (facultatif)
commitment-form-sustainability = Durabilité (facultatif)
commitment-form-sustainability-hint = Comment le travail se poursuivra après la fin du financement.
commitment-form-other-sources = Autres sources d'information (facultatif)
commitment-form-other-sources-hint = Rapports, sites web, évaluations.
commitment-form-save = Enregistrer les modifications
commitment-form-submit-anyway = Soumettre pour examen : ce n'est aucun de ceux-ci
commitment-form-submit = Soumettre pour examen
commitment-form-save-draft = Enregistrer comme brouillon
commitment-form-nothing-published = Rien n'est publié avant l'examen par un modérateur.
commitment-form-draft-hint = « Enregistrer comme brouillon » conserve ce que vous avez saisi tel quel, sans vérification, pour vous seul : vous le retrouverez sur la page de votre compte.
commitment-form-goals-section = Objectifs et cibles
commitment-form-sdgs = Objectifs de développement durable
commitment-form-sdgs-hint = Sélectionnez chaque objectif auquel l'engagement contribue.
commitment-form-targets = Cibles (facultatif)
commitment-form-targets-hint = Chaque objectif a des cibles, comme la 6.1 « eau potable, à un coût abordable ». Ouvrez un objectif pour choisir ses cibles ; elles doivent appartenir à un objectif sélectionné ci-dessus.
commitment-form-targets-of = Cibles de l'objectif { $number }
commitment-form-methods = Moyens de mise en œuvre (facultatif)
commitment-form-other-methods = Autres moyens de mise en œuvre (facultatif)
commitment-form-other-methods-hint = Séparez-les par des virgules, par exemple : Coopération Sud-Sud, Campagnes radio
commitment-form-dates = Dates
commitment-form-start-date = Date de début
commitment-form-completion-date = Date d'achèvement
commitment-form-completion-before = La date de fin de l'engagement.
commitment-form-completion-after = Laissez-la vide et cochez « En cours » s'il n'a pas de date de fin.
commitment-form-ongoing = En cours : l'engagement n'a pas de date d'achèvement
commitment-form-where = Où
commitment-form-regions = Régions
commitment-form-countries = Pays (facultatif)
commitment-form-countries-hint = Cochez chaque pays où l'engagement intervient, sous sa région.
commitment-form-countries-filter = Pays
commitment-form-elsewhere = Ailleurs
commitment-form-countries-find = Rechercher un pays
commitment-form-countries-none = Aucun résultat
commitment-form-countries-shown = %n affiché(s)
commitment-form-coverage = Couverture géographique (facultatif)
commitment-form-coverage-hint = Provinces, villes ou zones, si l'engagement ne couvre qu'une partie d'un pays.
commitment-form-lead-section = Entité principale
commitment-form-lead-entity = Nom de l'entité principale
commitment-form-lead-entity-hint = L'organisation qui dirige l'engagement.
commitment-form-entity-type = Type d'entité principale
commitment-form-contact-section = Personne à contacter
commitment-form-contact-name = Nom complet
commitment-form-contact-position = Fonction (facultatif)
commitment-form-contact-email = Adresse e-mail
commitment-form-contact-phone = Téléphone (facultatif)
commitment-form-contact-phone-hint = Avec l'indicatif du pays, par exemple +41 22 917 12 34
commitment-form-contact-public = Afficher l'adresse e-mail et le numéro de téléphone au public
commitment-form-contact-public-hint = Si vous ne cochez pas cette case, seuls le nom et la fonction sont affichés.
commitment-form-deliverables = Livrables (facultatif)
commitment-form-deliverables-hint = Ce que l'engagement produira, et à quelle échéance. Laissez une ligne vide pour l'ignorer.
commitment-form-deliverable = Livrable { $number }
commitment-form-deliverable-title = Titre
commitment-form-due-date = Échéance
commitment-form-status = État
commitment-form-choose-status = Choisissez un état
commitment-form-add-deliverable = Ajouter un autre livrable
commitment-form-resources = Ressources (facultatif)
commitment-form-resources-hint = Fonds, contributions en nature ou personnel engagés. Un montant est un nombre entier accompagné du code ISO 4217 à trois lettres de sa devise, comme USD, EUR ou NGN ; laissez les deux vides s'il n'y a pas de montant (souvent le cas pour les contributions en nature et le personnel).
commitment-form-resource = Ressource { $number }
commitment-form-kind = Type
commitment-form-choose-kind = Choisissez un type
commitment-form-description = Description
commitment-form-amount = Montant (facultatif)
commitment-form-currency = Devise
commitment-form-currency-hint = Obligatoire avec un montant : un code comme USD, EUR ou NGN
commitment-form-add-resource = Ajouter une autre ressource
commitment-date-hint-html = <span class="nowrap">Année-mois-jour</span>, par exemple <span class="nowrap">{ $example }</span>
commitment-form-unreadable = Le formulaire n'a pas pu être lu. Revenez en arrière et réessayez.
commitment-form-no-version = Il manque au formulaire la version à laquelle il a été chargé. Rechargez la page de modification et réessayez.

## « Est-il déjà enregistré ? »
commitment-similar-check = Est-il déjà enregistré ?
commitment-similar-found = { $count ->
        [one] Cet engagement a la même entité principale ou un titre très proche. Rien n'a encore été enregistré.
       *[other] Ces engagements ont la même entité principale ou un titre très proche. Rien n'a encore été enregistré.
    }
commitment-similar-new-tab = (s'ouvre dans un nouvel onglet)
commitment-similar-same-lead = (même entité principale)
commitment-similar-advice = Si le vôtre en fait partie, inutile de l'enregistrer à nouveau. S'il s'agit d'un autre engagement, vérifiez le formulaire ci-dessous et envoyez-le : tout ce que vous avez saisi s'y trouve encore.
commitment-draft-banner = Ceci est votre brouillon : vous seul pouvez le voir. Envoyez-le quand il est prêt, ou enregistrez-le de nouveau comme brouillon.

## Quelqu'un d'autre a enregistré pendant votre modification.
commitment-merge-heading = Quelqu'un d'autre a enregistré cet engagement pendant que vous le modifiiez
commitment-merge-saved = { $who } a enregistré des modifications à { $when }. Ses modifications des champs que vous n'avez pas modifiés figurent déjà dans le formulaire ci-dessous, et vos autres modifications sont conservées. Rien n'est encore enregistré.
commitment-merge-both-changed = Vous avez tous deux modifié { $count ->
        [one] ce champ
       *[other] ces { $count } champs
    } : choisissez la valeur à garder, puis enregistrez.
commitment-merge-original = Avant que l'un de vous ne le modifie
commitment-merge-theirs = La sienne
commitment-merge-yours = La vôtre
commitment-merge-keep-mine = Garder la mienne
commitment-merge-keep-mine-hint-html = Enregistre la valeur du formulaire ci-dessous, <a href="#{ $anchor }">{ $label }</a>, où vous pouvez encore la modifier.
commitment-merge-take-theirs = Prendre la sienne
commitment-merge-empty = (vide)
commitment-merge-not-known = (inconnue)
commitment-merge-someone-else = quelqu'un d'autre
commitment-merge-names = { $names } et { $last }
commitment-merged = Vos modifications ont été fusionnées avec celles de { $who }, enregistrées à { $when }.

## Messages après l'enregistrement.
commitment-registered = Votre engagement a été soumis. Un modérateur l'examinera avant sa publication.
commitment-unchanged = Rien n'avait changé : rien n'a donc été enregistré.
commitment-saved = Vos modifications sont enregistrées.
commitment-saved-resubmitted = Vos modifications sont enregistrées, et l'engagement est de nouveau en attente d'examen.
commitment-draft-saved = Votre brouillon est enregistré. Vous seul pouvez le voir : il figure sur la page de votre compte.
commitment-drafts-full = Vous avez déjà { $count } brouillons, le maximum pour un compte. Rien n'a été enregistré : revenez en arrière, et supprimez les brouillons dont vous n'avez plus besoin sur la page de votre compte, ou envoyez le formulaire.
commitment-report-filed = Votre rapport d'avancement figure dans la chronologie ci-dessous.
commitment-report-now-hidden = Le rapport est masqué : seuls le propriétaire et les modérateurs le voient désormais.
commitment-photo-added = La photo a été ajoutée.
commitment-photo-deleted = La photo a été supprimée.
commitment-contact-sent = Votre message a été envoyé à la personne à contacter pour cet engagement. Sa réponse arrivera à { $email }.

## Le formulaire de rapport d'avancement.
commitment-report-form-title = Déposer un rapport d'avancement – { $title }
commitment-report-form-caption = Déposer un rapport d'avancement
commitment-report-form-heading = Où en est « { $title } » ?
commitment-report-form-restored = Nous avons conservé ce que vous aviez saisi pendant que vous vous reconnectiez. Vérifiez-le et envoyez le rapport quand vous êtes prêt.
commitment-report-form-lead = Votre rapport est publié immédiatement sur la page de l'engagement et met à jour son indicateur de suivi. Les rapports ne peuvent plus être modifiés ensuite. Les champs sans la mention « (facultatif) » sont obligatoires.
commitment-report-form-section = Le rapport
commitment-report-form-date = Date du rapport
commitment-report-form-date-hint = Le jour que décrit le rapport, demain au plus tard ; pas avant le début de l'engagement.
commitment-report-form-status = Où en est l'engagement
commitment-report-form-percent = Pourcentage réalisé (facultatif)
commitment-report-form-percent-hint = Un nombre entier de 0 à 100.
commitment-report-form-achievements = Réalisations
commitment-report-form-achievements-hint = Ce qui a été fait depuis le dernier rapport, avec des chiffres si vous en avez : au moins 20 caractères.
commitment-report-form-challenges = Difficultés (facultatif)
commitment-report-form-challenges-hint = Ce qui a ralenti le travail, et comment vous y faites face.
commitment-report-form-next-steps = Prochaines étapes (facultatif)
commitment-report-form-deliverables = Livrables
commitment-report-form-deliverables-hint = Mettez à jour l'état de chaque livrable. Ceux qui ne changent pas restent tels quels.
commitment-report-form-due = Échéance : { $date }
commitment-report-form-send = Déposer le rapport
commitment-report-form-cancel = Annuler et revenir à l'engagement
commitment-report-wait-title = Les rapports attendent la publication – { $title }
commitment-report-wait-heading = Les rapports d'avancement peuvent être déposés une fois l'engagement publié
commitment-report-wait-is = « { $title } » est
commitment-report-wait-why = Les rapports font partie du dossier public : ils ne sont donc déposés que pour les engagements publiés. Rien n'a été enregistré.
commitment-report-wait-submitted = Un modérateur l'examine avant sa publication. Une fois publié, revenez ici pour déposer un rapport.
commitment-report-wait-returned = Un modérateur l'a renvoyé à son propriétaire pour modification. Enregistrez-le de nouveau pour le soumettre à l'examen ; une fois publié, vous pourrez déposer un rapport.
commitment-report-wait-archived = Il a été archivé par un modérateur : il est conservé pour mémoire et ne reçoit plus de rapports.

## Écrire à la personne à contacter.
commitment-contact-title = Contacter l'équipe : { $title }
commitment-contact-heading-page = Contacter l'équipe
commitment-contact-lead = Votre message est envoyé par e-mail à { $name }, la personne à contacter pour cet engagement.
commitment-contact-address-before = Nous l'envoyons avec votre adresse,
commitment-contact-address-after = , pour que cette personne puisse vous répondre directement. Nous ne vous montrons pas son adresse.
commitment-contact-subject = Objet
commitment-contact-subject-hint = Par exemple : Partenariat pour les puits des écoles
commitment-contact-message = Message
commitment-contact-message-hint = Dites qui vous êtes et ce que vous souhaitez savoir. 5 000 caractères au maximum.
commitment-contact-send = Envoyer le message
commitment-contact-limit = Chaque compte peut envoyer 5 messages par jour au moyen de ces formulaires.
