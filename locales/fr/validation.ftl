# Messages de validation : ce qui ne va pas dans ce qui a été envoyé, et comment le corriger.
# Les messages what-*, section-* et label-* sont des parties de phrases : le nom d'un champ.

## Pages avec des erreurs.
error-title-prefix = Erreur :
error-prefix = Erreur :
error-summary-title = Il y a un problème

## Règles communes à tous les champs.
field-missing = Saisissez { $what }
field-not-one-line = Saisissez { $what } sur une seule ligne, sans caractères de contrôle
field-too-long = Raccourcissez { $what } à { $max } caractères au maximum
field-too-long-has = Raccourcissez { $what } à { $max } caractères au maximum (actuellement { $length })
field-control-chars = Supprimez les caractères de contrôle dans { $what }
choice-missing = Sélectionnez { $what }
choice-unknown = Sélectionnez { $what } dans la liste (« { $value } » n'en fait pas partie)
list-value-unknown = « { $value } » ne fait pas partie des { $what } : choisissez dans la liste
date-not-a-date = { $label } doit être une date réelle au format AAAA-MM-JJ, par exemple 2024-03-31
date-placeholder = { $label } ne peut pas être le 1969-12-31 ni le 1970-01-01 : ce sont des dates fictives, saisissez la vraie date
date-out-of-range = { $label } doit être comprise entre le 1945-01-01 et le 2100-12-31

## Le formulaire d'enregistrement : titre, catégorie, entité principale et sections.
title-missing = Saisissez un titre
title-not-one-line = Le titre doit tenir sur une seule ligne, sans caractères de contrôle
title-too-short = Le titre doit compter au moins { $min } caractères
title-too-long = Le titre doit compter { $max } caractères au maximum (actuellement { $length })
what-category = une catégorie
what-lead-entity = l'entité principale
what-entity-type = le type de l'entité principale
what-objective = l'objectif
what-implementation = la façon dont l'engagement est mis en œuvre
section-objective = l'objectif
section-stakeholders = les parties prenantes
section-implementation = la mise en œuvre
section-results = les résultats
section-enabling-factors = les facteurs favorables
section-sustainability = la durabilité
section-other-sources = les autres sources
section-geographical-coverage = la couverture géographique

## Objectifs, cibles et moyens de mise en œuvre.
sdg-unknown = L'ODD « { $value } » n'existe pas : choisissez parmi les objectifs 1 à 17
sdg-missing = Sélectionnez au moins un ODD
target-unknown = La cible « { $value } » n'existe pas : utilisez un code comme 6.1 ou 14.a
target-goal-not-selected = La cible { $target } relève de l'objectif { $goal }, qui n'est pas sélectionné : sélectionnez l'objectif { $goal } ou retirez la cible
what-list-methods = moyens de mise en œuvre
other-method-too-long = Chaque autre moyen de mise en œuvre doit tenir sur une ligne de { $max } caractères au maximum

## Dates.
label-start-date = La date de début
what-start-date = la date de début
label-completion-date = La date d'achèvement
completion-before-start = La date d'achèvement ({ $end }) doit être identique ou postérieure à la date de début ({ $start })
ongoing-and-completion-date = Saisissez une date d'achèvement ou cochez « En cours », mais pas les deux
completion-date-or-ongoing = Saisissez une date d'achèvement, ou cochez « En cours » si l'engagement n'a pas de date de fin

## Lieu et contact.
region-missing = Sélectionnez au moins une région
what-list-regions = régions
what-list-countries = codes de pays ISO 3166
what-contact-name = le nom de la personne à contacter
what-contact-position = la fonction de la personne à contacter
contact-email-missing = Saisissez l'adresse e-mail de la personne à contacter
email-invalid = Saisissez une adresse e-mail au bon format, par exemple nom@example.org
phone-invalid = Saisissez un numéro de téléphone de 7 à 15 chiffres, avec uniquement des chiffres, des espaces, +, -, ( et )

## Partenaires, livrables et ressources : une ligne chacun ; { $row } compte à partir de 1.
rows-too-many = Un engagement peut compter au maximum { $max } { $list ->
        [partners] partenaires
        [deliverables] livrables
       *[resources] ressources
    } : supprimez la ligne { $row } et les suivantes
what-partner-name = le nom du partenaire { $row }
what-partner-type = le type du partenaire { $row }
what-deliverable-title = le titre du livrable { $row }
label-deliverable-due-date = L'échéance du livrable { $row }
what-deliverable-due-date = l'échéance du livrable { $row }
what-deliverable-status = l'état du livrable { $row }
what-resource-kind = le type de la ressource { $row }
what-resource-description = une description de la ressource { $row }
resource-currency-missing = Saisissez la devise de la ressource { $row }, sous la forme d'un code ISO 4217 à trois lettres comme USD, EUR ou XOF : un montant doit avoir une devise
resource-amount-missing = Saisissez le montant de la ressource { $row } en nombre entier, ou effacez sa devise : une devise doit avoir un montant
resource-amount-not-whole = Le montant de la ressource { $row } doit être un nombre entier supérieur ou égal à 0, en chiffres uniquement, par exemple 25000
resource-amount-too-large = Le montant de la ressource { $row } est trop élevé : saisissez au maximum 9223372036854775807
resource-currency-named = La devise de la ressource { $row } doit être un code ISO 4217 à trois lettres : pour « { $name } », utilisez { $code }
resource-currency-unknown = La devise de la ressource { $row } doit être un code ISO 4217 à trois lettres comme USD, EUR ou XOF (« { $value } » n'en est pas un)

## Rapports d'avancement.
label-report-date = La date du rapport
what-report-date = la date du rapport
report-date-future = La date du rapport ({ $date }) ne peut pas être dans le futur : indiquez le { $today } ou une date antérieure
report-date-before-start = La date du rapport ({ $date }) ne peut pas être antérieure au début de l'engagement ({ $start })
report-status-missing = Indiquez si l'engagement est en bonne voie, en retard, atteint ou abandonné
report-percent-invalid = Le pourcentage d'avancement doit être un nombre entier de 0 à 100
report-achievements-missing = Saisissez les réalisations depuis le dernier rapport
report-achievements-too-short = Les réalisations doivent compter au moins { $min } caractères : dites ce qui a été fait
section-achievements = les réalisations
section-challenges = les difficultés
section-next-steps = les prochaines étapes
report-statuses-mismatch = Choisissez un état pour chaque livrable : rechargez le formulaire et réessayez
report-deliverable-unknown = Le livrable « { $value } » ne fait pas partie des livrables de cet engagement : choisissez un état uniquement pour les livrables de la liste
report-deliverable-twice = « { $title } » figure deux fois : choisissez son état une seule fois
report-deliverable-status = Choisissez l'état de « { $title } » : prévu, en cours, terminé ou annulé
hide-reason-missing = Saisissez la raison pour laquelle ce rapport est masqué : son propriétaire la lira
what-reason = la raison

## Examen par un modérateur. { $state } est l'état de l'engagement, { $decision } la décision tentée.
review-already = Cet engagement est déjà { $decision ->
        [publish] publié
        [return] renvoyé
       *[archive] archivé
    } : rien n'a été modifié
review-closed = Cet engagement est { $state ->
        [submitted] en attente d'examen
        [published] publié
        [returned] renvoyé pour modification
       *[archived] archivé
    } : aucune décision ne s'y applique plus
review-not-fitting = Cet engagement est { $state ->
        [submitted] en attente d'examen
        [published] publié
        [returned] renvoyé pour modification
       *[archived] archivé
    }, il ne peut donc pas être { $decision ->
        [publish] publié
        [return] renvoyé
       *[archive] archivé
    } : choisissez l'une des décisions ci-dessous
review-decision-missing = Choisissez une décision : publier, renvoyer à son propriétaire ou archiver
review-archive-reason-missing = Saisissez la raison de l'archivage : le propriétaire la lira
review-comment-missing = Saisissez un commentaire qui indique au propriétaire ce qu'il doit modifier
review-comment-too-long = Raccourcissez le commentaire à 10 000 caractères au maximum (actuellement { $length })
what-comment = le commentaire

## Photos.
photo-too-many = Un engagement peut avoir au maximum 3 photos : supprimez-en une d'abord
photo-too-large = Le fichier choisi doit faire moins de 5 Mo : enregistrez-en une copie plus petite et choisissez-la à nouveau
photo-not-an-image = Le fichier choisi doit être une image JPEG, PNG ou WebP : enregistrez-le dans l'un de ces formats et choisissez-le à nouveau
photo-too-many-pixels = La photo choisie doit faire au maximum 40 mégapixels et 12 000 pixels de côté : enregistrez-en une copie plus petite et choisissez-la à nouveau
photo-choose-again = Choisissez à nouveau la photo : elle n'a pas été envoyée à cause des problèmes de son texte
photo-missing = Sélectionnez une photo à envoyer
photo-alt-missing = Saisissez un texte alternatif : dites ce que montre la photo, pour les personnes qui ne peuvent pas la voir
photo-alt-not-one-line = Supprimez les retours à la ligne et les caractères de contrôle du texte alternatif
photo-alt-too-long = Le texte alternatif doit compter 250 caractères au maximum
photo-caption-control-chars = Supprimez les caractères de contrôle de la légende
photo-caption-too-long = La légende doit compter 500 caractères au maximum

## Fiches (API JSON et import).
record-timestamp-invalid = « { $value } » n'est pas un horodatage : utilisez la forme 2024-05-01T10:00:00Z
record-workflow-invalid = « { $value } » n'est pas un état de traitement : utilisez submitted, published, returned ou archived

## Attendre : un formulaire envoyé trop souvent, une connexion bloquée, une limite quotidienne atteinte.
form-wait = Vous avez envoyé ce formulaire trop de fois en peu de temps. Rien n'a été perdu : attendez { $wait }, puis envoyez-le à nouveau.
register-quota = Vous avez enregistré { $quota } engagements au cours des dernières 24 heures, le maximum qu'un compte peut enregistrer en une journée. Vous pourrez en enregistrer un autre à partir de { $time } UTC le { $date } (dans { $wait }).
register-quota-unsaved = { $quota } Rien n'a été enregistré : gardez cette page ouverte ou copiez ce que vous avez saisi.
contact-limit = Vous avez envoyé { $count } messages par les formulaires de contact au cours des dernières 24 heures, le maximum qu'un compte peut envoyer en une journée. Votre message n'a pas été envoyé et il figure toujours ci-dessous : vous pourrez l'envoyer à partir de { $time } UTC le { $date } (dans { $wait }).

## Connexion et création de compte.
login-refused = L'adresse e-mail ou le mot de passe est incorrect
login-suspended = Ce compte est suspendu. Si vous pensez qu'il s'agit d'une erreur, écrivez aux administrateurs du registre
login-suspended-reason = Ce compte est suspendu. Les administrateurs ont donné cette raison : « { $reason } ». Si vous pensez qu'il s'agit d'une erreur, écrivez aux administrateurs du registre
login-locked = Plusieurs tentatives de connexion à ce compte ont échoué. Pour sa sécurité, attendez { $wait }, puis reconnectez-vous, ou réinitialisez votre mot de passe
login-email-missing = Saisissez votre adresse e-mail
login-password-missing = Saisissez votre mot de passe
account-name-missing = Saisissez votre nom complet
account-name-too-long = Le nom doit compter 200 caractères au maximum, sur une seule ligne
password-missing = Saisissez un mot de passe
password-too-short = Le mot de passe doit compter au moins 10 caractères
password-too-long = Le mot de passe doit compter 256 caractères au maximum
password-is-email = Le mot de passe ne doit pas être votre adresse e-mail
password-too-common = Ce mot de passe est trop courant et facile à deviner : choisissez-en un autre
password-confirm-missing = Saisissez à nouveau votre mot de passe pour le confirmer
password-confirm-different = Les mots de passe ne correspondent pas : saisissez deux fois le même mot de passe

## Écrire à la personne à contacter d'un engagement.
contact-subject-missing = Saisissez un objet, pour que la personne à contacter sache de quoi il s'agit
contact-subject-too-long = L'objet compte { $length } caractères : raccourcissez-le à 150 au maximum
contact-subject-not-one-line = Écrivez l'objet sur une seule ligne
contact-message-missing = Saisissez votre message
contact-message-too-short = Votre message est très court : dites qui vous êtes et ce que vous souhaitez savoir (20 caractères au moins)
contact-message-too-long = Votre message compte { $length } caractères : raccourcissez-le à 5 000 au maximum
contact-message-control-chars = Supprimez les caractères de contrôle de votre message

## Administration : l'avis du site et les utilisateurs.
notice-message-too-long = Le message doit compter 1 000 caractères au maximum
notice-level-missing = Indiquez si l'avis est une information ou un avertissement
users-last-admin = C'est le dernier administrateur : nommez d'abord un autre compte administrateur, pour que quelqu'un puisse encore gérer le registre
users-role-missing = Choisissez contributeur, modérateur ou administrateur
users-suspend-reason-missing = Saisissez la raison de la suspension de ce compte : son titulaire la verra en essayant de se connecter

## Éditeurs et rapports masqués.
editor-email-missing = Saisissez l'adresse e-mail de la personne à ajouter comme éditeur
editor-no-account = Aucun compte confirmé et actif n'est enregistré avec cette adresse e-mail : demandez à la personne de créer un compte et de confirmer son adresse e-mail d'abord
editor-is-owner = Cette personne est propriétaire de l'engagement : elle peut déjà le modifier
editor-already = Cette personne est déjà éditrice de cet engagement
report-already-hidden = Ce rapport était déjà masqué : rien n'a été modifié.

## La page de recherche : une valeur incorrecte d'un paramètre. { $label } est le nom du paramètre sur la page.
search-param = { $param ->
        [start_from] Année de début « De »
        [start_to] Année de début « À »
        [q] Texte recherché
        [sort] Ordre de tri
        [target] Cible
        [page] Page
        [per_page] Résultats par page
       *[other] Recherche
    }
search-repeated = { $label } : indiquez-le une seule fois (il a été répété)
search-years-order = L'année de début « De » doit être identique ou antérieure à « À »
search-year-invalid = { $label } doit être une année de 1945 à 2100, par exemple 2015 (et non « { $value } »)
search-q-too-long = { $label } doit compter { $max } caractères au maximum
search-sort-invalid = Ordre de tri : choisissez-en un dans la liste
search-target-invalid = La cible « { $value } » n'est pas une cible des ODD : utilisez un code comme 6.1 ou 14.a
search-page-invalid = { $label } doit être un nombre entier à partir de 1 (et non « { $value } »)
search-per-page-invalid = { $label } doit être un nombre entier de 1 à 100 (et non « { $value } »)
search-facet-invalid = { $label } : « { $value } » ne fait pas partie des choix, il a donc été ignoré
