# Accounts: sign-in, sign-up, confirming an address, password reset, and the account page
# (templates/account/, src/routes/account/).

## Shared by several forms.
account-email-label = Adresse e-mail
account-password-label = Mot de passe
account-password-hint = Au moins 10 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.

## Sign-in (templates/account/login.html).
account-sign-in-title = Se connecter
account-sign-in-button = Se connecter
account-forgot-password = Mot de passe oublié ?
account-no-account-html = Pas encore de compte ? <a href="{ $link }">Créer un compte</a>.
account-reason-register = Connectez-vous pour enregistrer un engagement
account-reason-edit = Connectez-vous pour modifier cet engagement
account-reason-report = Connectez-vous pour déposer un rapport d’avancement
account-reason-contact = Connectez-vous pour écrire à la personne de contact de cet engagement
account-reason-draft = Connectez-vous pour reprendre votre brouillon
account-reason-account = Connectez-vous pour voir votre compte
account-reason-moderation = Connectez-vous pour examiner les engagements
account-reason-admin = Connectez-vous pour administrer le registre

## Sign-up (templates/account/signup.html).
account-sign-up-title = Créer un compte
account-sign-up-lead = Avec un compte, vous pouvez enregistrer des engagements, les tenir à jour et rendre compte de leur avancement.
account-name-label = Nom complet
account-email-hint = Nous vous enverrons un lien pour la confirmer.
account-password-confirm-label = Confirmez le mot de passe
account-sign-up-button = Créer le compte
account-have-account-html = Vous avez déjà un compte ? <a href="/account/login">Connectez-vous</a>.

## After sign-up or a reset request (templates/account/check_email.html).
account-check-email-title = Consultez vos e-mails
account-check-email-lead = Ouvrez le lien reçu par e-mail pour continuer.
account-check-email-delay = L’e-mail peut mettre quelques minutes à arriver. S’il n’arrive pas, regardez dans vos courriers indésirables.
account-check-email-sign-in-html = Si vous venez de créer un compte, vous pouvez déjà <a href="/account/login">vous connecter</a> ; vous pourrez enregistrer des engagements une fois votre adresse confirmée.

## A confirmed address (templates/account/verified.html).
account-verified-title = Adresse e-mail confirmée
account-verified-lead = Vous pouvez maintenant enregistrer des engagements.
account-verified-claimed = { $count ->
        [one] { $count } engagement indiquait déjà votre adresse comme contact : c’est désormais à vous de le tenir à jour.
       *[other] { $count } engagements indiquaient déjà votre adresse comme contact : c’est désormais à vous de les tenir à jour.
    }
account-verified-go = Aller à votre compte

## A link that does not work (templates/account/link_problem.html).
account-link-expired-title = Ce lien a expiré
account-link-used-title = Ce lien a déjà été utilisé
account-link-invalid-title = Ce lien n’est pas valide
account-link-expired-lead = Les liens pour { $purpose } ne fonctionnent que pendant un temps limité, afin qu’un ancien e-mail ne puisse pas être utilisé à mauvais escient.
account-link-used-lead = Chaque lien pour { $purpose } ne fonctionne qu’une fois.
account-link-invalid-lead = Vérifiez que vous avez copié le lien entier depuis l’e-mail.
account-purpose-confirm = confirmer votre adresse e-mail
account-purpose-reset = réinitialiser votre mot de passe
account-link-new-reset = Demander un nouveau lien pour réinitialiser votre mot de passe
account-link-sign-in-html = Si votre adresse n’est pas encore confirmée, <a href="/account/login">connectez-vous</a> et demandez un nouveau lien sur la page de votre compte.

## Password reset (templates/account/reset_request.html, reset_form.html).
account-reset-title = Réinitialiser votre mot de passe
account-reset-lead = Saisissez l’adresse e-mail de votre compte. Nous y enverrons un lien pour choisir un nouveau mot de passe.
account-reset-send = Envoyer le lien
account-new-password-title = Choisissez un nouveau mot de passe
account-new-password-lead = Changer votre mot de passe vous déconnecte sur tous vos appareils.
account-new-password-label = Nouveau mot de passe
account-new-password-confirm-label = Confirmez le nouveau mot de passe
account-new-password-button = Changer le mot de passe

## The account page (templates/account/show.html).
account-title = Votre compte
account-confirm-heading = Confirmez votre adresse e-mail
account-confirm-body-html = Nous avons envoyé un lien à <strong>{ $email }</strong>. Ouvrez-le pour confirmer votre adresse : vous pourrez enregistrer des engagements une fois qu’elle sera confirmée.
account-name = Nom
account-confirmed = Confirmée
account-role = Rôle
account-commitments-heading = Vos engagements
account-commitments-none = Vous n’êtes encore responsable d’aucun engagement. Les engagements que vous enregistrez, et ceux qui indiquent votre adresse e-mail confirmée comme contact, apparaissent ici.
account-commitments-caption = Vos engagements et leur état
account-col-commitment = Engagement
account-col-state = État
account-col-changed = Dernière modification
account-col-owner = Responsable
account-owner-none = Aucun
account-note-returned = Renvoyé par { $who } le { $date }, avec ce commentaire :
account-note-archived = Archivé par { $who } le { $date }, avec ce commentaire :
account-read-comment = Lire le commentaire entier
account-on-title = sur { $title }
account-edited-heading = Engagements que vous modifiez
account-edited-lead = Leurs responsables vous ont désigné comme éditeur : vous pouvez les modifier et déposer leurs rapports d’avancement.
account-edited-caption = Engagements que vous modifiez et leur état
account-due-heading = Rapports attendus
account-due-none = Aucun de vos engagements publiés n’a besoin d’un rapport d’avancement pour le moment. Un rapport est attendu 12 mois après le précédent, ou après la publication.
account-due-lead = Déposer un rapport d’avancement garde au vert le voyant de suivi d’un engagement : le public voit depuis combien de temps il n’a rien publié.
account-file-report = Déposer un rapport d’avancement
account-sign-out-heading = Se déconnecter
account-sign-out-lead = Si vous avez utilisé un ordinateur partagé ou perdu un appareil, vous pouvez mettre fin à toutes les sessions de votre compte.
account-sign-out-everywhere = Se déconnecter sur tous les appareils

## The preferred language (templates/account/language.html).
account-language-heading = Langue
account-language-label = Langue des e-mails que nous vous envoyons
account-language-hint = Les liens de confirmation, les réinitialisations de mot de passe, les alertes et les nouvelles de vos engagements vous parviennent dans cette langue.
account-language-save = Enregistrer la langue
account-language-saved = C’est enregistré : le registre vous écrit désormais dans cette langue.
account-language-unknown = Choisissez l’anglais, le français, l’espagnol ou l’arabe dans la liste.

## Drafts (templates/account/drafts.html).
account-drafts-heading = Vos brouillons
account-drafts-none = Vous n’avez aucun brouillon. Sur les formulaires d’enregistrement et de modification, « Enregistrer comme brouillon » garde ce que vous avez saisi tel quel, pour vous seul, à terminer plus tard.
account-drafts-lead = Vous seul voyez vos brouillons. Ouvrez-en un pour le terminer et l’envoyer : il est alors retiré de cette liste.
account-draft-changes = Modifications de
account-draft-new = Un nouvel engagement
account-draft-saved = enregistré le { $when }
account-draft-untitled = Brouillon sans titre
account-delete = Supprimer
account-draft-delete-which = le brouillon « { $title } »
account-draft-deleted = Le brouillon a été supprimé.

## Saved searches (templates/account/saved_searches.html).
account-searches-heading = Recherches enregistrées
account-searches-none-html = Vous n’avez encore aucune recherche enregistrée. Sur la <a href="/commitments">page des engagements</a>, choisissez des filtres ou des mots à rechercher, puis utilisez « Enregistrer cette recherche » sous les résultats : nous vous écrivons quand de nouveaux engagements correspondent, au plus une fois par jour.
account-searches-lead = Quand de nouveaux engagements correspondent à l’une de ces recherches, nous vous écrivons, au plus une fois par jour et par recherche. Vous pouvez en garder jusqu’à 20.
account-searches-feed = Flux Atom
account-searches-feed-of = de { $name }
account-searches-delete-which = la recherche enregistrée { $name }
account-search-name-too-long = Non enregistrée : le nom d’une recherche enregistrée compte au plus { $max } caractères, et celui-ci en compte { $typed }. Raccourcissez-le et enregistrez à nouveau.
account-search-saved = Recherche enregistrée. Quand de nouveaux engagements y correspondent, nous vous écrivons, au plus une fois par jour.
account-search-too-many = Non enregistrée : un compte garde au plus { $max } recherches. Supprimez-en une ci-dessous, puis enregistrez à nouveau.
account-search-deleted = La recherche enregistrée a été supprimée : vous ne recevrez plus d’e-mails à son sujet.
account-search-unreadable = Cette recherche n’a pas pu être enregistrée : sa requête est illisible. Revenez en arrière et réessayez.
account-search-invalid = Cette recherche n’a pas pu être enregistrée : { $problem }. Corrigez la recherche, puis enregistrez-la à nouveau.

## Mail choice of moderators (templates/account/mail_preferences.html).
account-mail-heading = E-mails
account-mail-review-label = M’écrire quand un engagement attend d’être examiné
account-mail-review-hint = Un e-mail pour chaque nouvel engagement, et pour chaque engagement modifié après avoir été renvoyé, avec un lien pour l’examiner. Les e-mails sur vos propres engagements continuent d’arriver dans tous les cas.
account-mail-save = Enregistrer le choix
account-mail-on = C’est enregistré : nous vous écrirons quand un engagement attend d’être examiné.
account-mail-off = C’est enregistré : nous ne vous écrirons plus quand un engagement attend d’être examiné.

## Messages shown on the next page (src/routes/account/).
account-signed-out-everywhere = Vous êtes déconnecté sur tous vos appareils.
account-signed-out = Vous êtes déconnecté.
account-mail-sent = Nous avons envoyé un e-mail à { $email }.
account-confirmed-carry-on = Votre adresse e-mail est confirmée et vous êtes connecté. Reprenez là où vous en étiez.
account-already-confirmed = Votre adresse e-mail est déjà confirmée.
account-link-too-soon = Nous vous avons envoyé un lien il y a moins d’une minute. Regardez dans votre boîte de réception et dans vos courriers indésirables.
account-link-sent = Nous avons envoyé un nouveau lien à { $email }. Il fonctionne pendant 24 heures.
account-reset-sent = Si { $email } correspond à un compte, nous y avons envoyé un lien pour réinitialiser le mot de passe. Le lien fonctionne pendant 1 heure.
account-password-changed = Votre mot de passe a été changé et vous avez été déconnecté partout. Connectez-vous avec votre nouveau mot de passe.
