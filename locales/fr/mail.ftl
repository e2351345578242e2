# The mail the registry sends (src/mail/), in the language its recipient chose.

mail-greeting = Bonjour { $name },

## Accounts (src/mail/messages.rs).
mail-verify-subject = Confirmez votre adresse e-mail pour le Registre des engagements pour les ODD
mail-verify-intro = Confirmez votre adresse e-mail pour terminer la création de votre compte :
mail-verify-works = Le lien fonctionne une seule fois, pendant 24 heures. Une fois votre adresse confirmée, vous pourrez enregistrer des engagements, et les engagements qui indiquent déjà cette adresse comme contact seront à vous de tenir à jour.
mail-verify-ignore = Si vous n’avez pas créé de compte, ignorez cet e-mail : il ne se passera rien de plus.
mail-reset-subject = Réinitialisez votre mot de passe pour le Registre des engagements pour les ODD
mail-reset-intro = Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte. Pour choisir un nouveau mot de passe, ouvrez ce lien :
mail-reset-works = Le lien fonctionne une seule fois, pendant 1 heure. Choisir un nouveau mot de passe vous déconnecte partout.
mail-reset-ignore = Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe n’a pas changé.
mail-registered-subject = Vous avez déjà un compte sur le Registre des engagements pour les ODD
mail-registered-intro = Quelqu’un (vous, nous l’espérons) a essayé de créer un compte avec cette adresse e-mail, mais elle en a déjà un.
mail-registered-sign-in = Se connecter : { $link }
mail-registered-reset = Mot de passe oublié ? { $link }
mail-registered-ignore = Si ce n’était pas vous, ignorez cet e-mail : rien n’a changé.

## Reminders to report (src/mail/messages.rs, src/commands/remind.rs).
mail-reminder-subject = Rapport d’avancement attendu : { $title }
mail-reminder-intro = Vous êtes la personne de contact de cet engagement sur le Registre des engagements pour les ODD :
mail-reminder-status = Son état de suivi est « { $light } » : { $why }. Un rapport d’avancement est attendu 12 mois après le précédent, ou après la publication, et le public voit depuis combien de temps un engagement n’a rien publié.
mail-reminder-why-latest = son dernier rapport d’avancement est daté du { $date }
mail-reminder-why-published = il a été publié le { $date } et n’a encore aucun rapport d’avancement
mail-reminder-file = Déposez un rapport d’avancement ici (connectez-vous en tant que responsable ou éditeur) :
mail-reminder-quiet = Nous envoyons ce rappel au plus une fois tous les 30 jours tant qu’un rapport est attendu.

## Saved search alerts (src/mail/alert.rs).
mail-alert-subject = { $count ->
        [one] { $count } nouvel engagement correspond à votre recherche « { $search } »
       *[other] { $count } nouveaux engagements correspondent à votre recherche « { $search } »
    }
mail-alert-intro = Nouvellement publiés sur le Registre des engagements pour les ODD, et correspondant à votre recherche enregistrée « { $search } » :
mail-alert-more = … et { $count } de plus.
mail-alert-action = Toute la recherche
mail-alert-footer = Nous vous écrivons au plus une fois par jour et par recherche enregistrée, seulement quand quelque chose de nouveau correspond. Pour arrêter, supprimez la recherche sur la page de votre compte : { $link }

## A message through a commitment's contact form (src/mail/contact.rs).
mail-contact-subject = { $subject } (au sujet de { $title })
mail-contact-intro = { $sender } vous a écrit par le Registre des engagements pour les ODD au sujet de « { $title } », l’engagement qui vous désigne comme personne de contact.
mail-contact-quote = Son message, « { $subject } » :
mail-contact-action = L’engagement sur le registre
mail-contact-footer = Pour répondre, répondez à cet e-mail : votre réponse ira à { $sender }, à l’adresse { $email }. Le registre ne lui a pas montré votre adresse ; cette personne ne la verra que si vous répondez. Le registre a vérifié qu’elle a confirmé son adresse, et ne permet à chaque personne d’envoyer que quelques messages par jour.

## Review (src/mail/workflow.rs).
mail-review-new-subject = Nouvel engagement en attente d’examen : { $title }
mail-review-new-body = { $by } a enregistré « { $title } ». Il attend qu’un modérateur le publie, le renvoie pour modifications ou l’archive.
mail-review-again-subject = Modifié et de nouveau en attente d’examen : { $title }
mail-review-again-body = { $by } a modifié « { $title } » après son renvoi : il attend donc de nouveau d’être examiné.
mail-review-action = L’examiner
mail-review-footer = Vous recevez cet e-mail parce que vous êtes modérateur du registre. Pour ne plus recevoir d’e-mails sur les engagements en attente d’examen, décochez « M’écrire quand un engagement attend d’être examiné » sur la page de votre compte : { $link }
mail-published-subject = Publié : { $title }
mail-published-body = Un modérateur a publié « { $title } ». Tout le monde peut maintenant le trouver sur le registre.
mail-returned-subject = Modifications demandées : { $title }
mail-returned-body = Un modérateur vous a renvoyé « { $title } » pour modifications. Il reste privé jusqu’à ce qu’il soit modifié : enregistrer vos modifications le renvoie à l’examen.
mail-archived-subject = Archivé : { $title }
mail-archived-body = Un modérateur a archivé « { $title } ». Sa page reste en ligne, marquée comme archivée, mais il n’apparaît plus dans les recherches.
mail-comment-intro = Le commentaire du modérateur :
mail-open-commitment = Ouvrir l’engagement
mail-hidden-subject = Rapport d’avancement masqué : { $title }
mail-hidden-body = Un modérateur a masqué le rapport d’avancement du { $date } sur « { $title } ». Le public ne le voit plus ; vous et les modérateurs le voyez toujours.
mail-hidden-reason = Le motif donné :
mail-hidden-action = Voir le rapport
mail-owner-footer = Vous recevez cet e-mail parce que vous êtes responsable ou éditeur de cet engagement sur le registre.
