# Moderation and administration pages (templates/admin/, src/routes/admin/).

## The moderation queue (templates/admin/moderation.html).
admin-moderation-title = Modération
admin-queue-empty = Aucun engagement n’attend d’être examiné.
admin-queue-count = { $count ->
        [one] { $count } engagement attend d’être examiné, le plus ancien en premier.
       *[other] { $count } engagements attendent d’être examinés, les plus anciens en premier.
    }
admin-queue-caption = Engagements en attente d’examen
admin-col-commitment = Engagement
admin-col-lead-entity = Entité responsable
admin-col-submitted-by = Soumis par
admin-col-waiting = Attente
admin-col-action = Action
admin-imported = Importé
admin-since = (depuis le { $date })
admin-review = Examiner
admin-queue-showing = Seuls les { $count } qui attendent depuis le plus longtemps sont affichés.
admin-waited-less-than-hour = moins d’une heure
admin-waited-hours = { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }
admin-waited-days = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }

## The site notice (templates/admin/notice.html).
admin-notice-title = Avis du site
admin-notice-lead = Un message affiché en haut de chaque page, et un interrupteur qui suspend toute modification du registre.
admin-notice-message-label = Message
admin-notice-message-hint = Laissez vide pour n’afficher aucun message. Dites ce qui se passe et jusqu’à quand, par exemple : Maintenance le 3 mars de 9 h à 11 h UTC.
admin-notice-kind = Type d’avis
admin-notice-read-only-label = Passer le registre en lecture seule
admin-notice-read-only-hint = Tant qu’il est activé, personne ne peut créer de compte, enregistrer ou modifier des engagements, et les importations sont refusées ; la consultation et la recherche continuent de fonctionner. La connexion et ce formulaire continuent de fonctionner, pour que vous puissiez le désactiver.
admin-notice-save = Enregistrer l’avis
admin-notice-saved = L’avis du site a été enregistré.
admin-notice-saved-read-only = L’avis du site a été enregistré. Le registre est en lecture seule : les modifications sont refusées jusqu’à ce que vous le désactiviez.

## Accounts (templates/admin/users.html).
admin-users-title = Utilisateurs
admin-users-title-page = Utilisateurs (page { $page } sur { $pages })
admin-users-search-label = Rechercher par nom ou adresse e-mail
admin-users-search-button = Rechercher
admin-users-none = Aucun compte ne correspond.
admin-users-none-for = Aucun compte ne correspond à « { $q } ».
admin-users-count = { $count ->
        [one] { $count } compte.
       *[other] { $count } comptes.
    }
admin-users-count-for = { $count ->
        [one] { $count } compte correspond à « { $q } ».
       *[other] { $count } comptes correspondent à « { $q } ».
    }
admin-users-suspended = Suspendu
admin-users-unconfirmed = Adresse e-mail non confirmée
admin-users-suspended-on = Suspendu le { $date } : { $reason }
admin-users-suspended-on-by = Suspendu le { $date } par { $by } : { $reason }
admin-users-role-label = Rôle
admin-users-of = de { $name }
admin-users-change-role = Changer le rôle
admin-users-reason-label = Motif de la suspension
admin-users-reason-hint = Obligatoire. La personne le voit quand elle essaie de se connecter.
admin-users-suspend = Suspendre
admin-users-unsuspend = Lever la suspension
admin-users-pages = Pages
admin-users-previous = ← Précédente
admin-users-next = Suivante
admin-users-next-arrow = →
admin-users-page-word = page
admin-users-page-of = Page { $page } sur { $pages }
admin-users-log-heading = Journal des comptes
admin-users-log-none = Aucun compte n’a encore été suspendu.
admin-users-log-suspended = { $name } suspendu par { $by }
admin-users-log-unsuspended = suspension de { $name } levée par { $by }
admin-users-log-deleted = un compte supprimé depuis
admin-users-log-reason = Motif : { $reason }
admin-users-page-invalid = la page doit être un nombre entier à partir de 1
admin-users-role-done = { $name } est désormais { $role }. Ses sessions ont pris fin : le changement s’applique dès sa prochaine page.
admin-users-suspend-done = { $name } est suspendu et a été déconnecté. Cette personne ne peut plus se connecter jusqu’à la levée de la suspension, et voit votre motif quand elle essaie.
admin-users-unsuspend-done = La suspension de { $name } est levée : cette personne peut de nouveau se connecter.
