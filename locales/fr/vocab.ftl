# Noms des vocabulaires : les 17 objectifs et chaque vocabulaire fermé du registre.

## Les 17 objectifs de développement durable : noms courts officiels de l'ONU.
sdg-1 = Pas de pauvreté
sdg-2 = Faim « zéro »
sdg-3 = Bonne santé et bien-être
sdg-4 = Éducation de qualité
sdg-5 = Égalité entre les sexes
sdg-6 = Eau propre et assainissement
sdg-7 = Énergie propre et d'un coût abordable
sdg-8 = Travail décent et croissance économique
sdg-9 = Industrie, innovation et infrastructure
sdg-10 = Inégalités réduites
sdg-11 = Villes et communautés durables
sdg-12 = Consommation et production responsables
sdg-13 = Mesures relatives à la lutte contre les changements climatiques
sdg-14 = Vie aquatique
sdg-15 = Vie terrestre
sdg-16 = Paix, justice et institutions efficaces
sdg-17 = Partenariats pour la réalisation des objectifs

## Catégories : le type d'initiative.
category-partnership = Partenariat
category-voluntary-commitment = Engagement volontaire
category-good-practice = Bonne pratique

## Régions : les groupements régionaux de l'ONU.
region-africa = Afrique
region-asia-pacific = Asie et Pacifique
region-europe = Europe
region-latin-america-caribbean = Amérique latine et Caraïbes
region-north-america = Amérique du Nord
region-west-asia = Asie occidentale
region-global = Mondial

## Types d'entité : celui de l'entité principale ou d'un partenaire.
entity-type-government = Gouvernement
entity-type-local-government = Collectivité locale
entity-type-un-entity = Entité des Nations Unies
entity-type-intergovernmental-organization = Organisation intergouvernementale
entity-type-ngo = ONG
entity-type-civil-society = Société civile
entity-type-private-sector = Secteur privé
entity-type-academic = Établissement d'enseignement supérieur
entity-type-scientific-community = Communauté scientifique
entity-type-philanthropic = Organisation philanthropique
entity-type-partnership = Partenariat
entity-type-other = Autre

## Moyens de mise en œuvre.
method-financing = Financement
method-capacity-building = Renforcement des capacités
method-technology = Technologie
method-policy = Politiques
method-partnership = Partenariat
method-data-monitoring = Données et suivi
method-trade = Commerce

## Où en est un livrable.
deliverable-status-planned = Prévu
deliverable-status-in-progress = En cours
deliverable-status-completed = Terminé
deliverable-status-cancelled = Annulé

## Le type de ressource engagée.
resource-kind-financing = Financement
resource-kind-in-kind = Contribution en nature
resource-kind-staff = Personnel / expertise technique
resource-kind-other = Autre

## Comment un rapport d'avancement juge l'engagement.
report-status-on-track = En bonne voie
report-status-off-track = En retard
report-status-achieved = Atteint
report-status-discontinued = Abandonné

## Où en est l'examen d'un engagement.
workflow-submitted = En attente d'examen
workflow-published = Publié
workflow-returned = Renvoyé pour modification
workflow-archived = Archivé

## Ce que décide un modérateur.
decision-publish = Publier
decision-return = Renvoyer à son propriétaire pour modification
decision-archive = Archiver

## Statut, d'après la date d'achèvement.
status-ongoing = En cours
status-completed = Terminé

## Rapports, d'après le dernier rapport.
reporting-up-to-date = À jour
reporting-due = Rapport attendu
reporting-overdue = Rapport en retard
reporting-inactive = Inactif

## Rôles des comptes.
role-contributor = Contributeur
role-moderator = Modérateur
role-admin = Administrateur

## Importance de l'avis du site.
notice-level-info = Information
notice-level-warning = Avertissement
