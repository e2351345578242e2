# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = Erreur { $status }.
# Contains links: the template shows it as HTML.
error-next-html = Vous pouvez <a href="/commitments">parcourir tous les engagements</a> ou revenir à la <a href="/">page d’accueil</a>.

error-not-found-heading = Page introuvable
error-not-found-message = Si vous avez saisi l’adresse vous-même, vérifiez qu’elle est exacte. Si vous avez suivi un lien vers un engagement, il n’est peut-être pas encore publié.
error-bad-request-heading = La demande pose un problème
error-query-unreadable = Un paramètre de l'adresse web n'a pas pu être lu. Vérifiez l'adresse.
error-forbidden-heading = Vous n’avez pas l’autorisation de voir cette page
error-forbidden-message = Votre compte n’a pas le rôle nécessaire pour cette page. Si vous pensez qu’il devrait l’avoir, adressez-vous à un administrateur du registre.
error-csrf-heading = Ce formulaire a expiré
error-csrf-message = Pour votre sécurité, les formulaires cessent de fonctionner au bout d’un certain temps ou lorsque vous vous connectez ou vous déconnectez dans un autre onglet. Rien n’a été enregistré. Revenez en arrière, rechargez la page et réessayez.
error-too-large-heading = Le formulaire ou le fichier est trop volumineux
error-too-large-message = Rien n’a été enregistré. Revenez en arrière et envoyez moins de texte ou un fichier plus petit (photos de 5 Mo au maximum).
error-unexpected-heading = Désolé, le service rencontre un problème
error-unexpected-message = Réessayez plus tard. Le problème a été enregistré.
error-busy-heading = Le registre est très sollicité
error-busy-message = Rien n’a été perdu : revenez en arrière et renvoyez le formulaire dans quelques secondes. Ce que vous avez saisi se trouve toujours dans le formulaire.
error-storage-heading = Le registre ne peut ni enregistrer ni lire de données pour le moment
error-storage-message = Rien n’a été enregistré. Le problème a été signalé aux administrateurs : réessayez un peu plus tard.
error-too-many-heading = Veuillez patienter avant de réessayer
error-too-many-message = Cette demande a été faite trop souvent. Attendez { $wait }, puis réessayez.
error-unrenderable = Désolé, cette page n’a pas pu être affichée.

# A failure that passes, said on the form that was kept.
passing-busy = Le registre est très sollicité
passing-too-many = Ce formulaire a été envoyé trop souvent
passing-storage = Le registre ne peut rien enregistrer pour le moment (problème de stockage, signalé aux administrateurs)
passing-message = { $what } ; votre formulaire est conservé, réessayez dans { $wait }.

# A wait in words, rounded up.
wait-seconds = { $count ->
        [one] { $count } seconde
       *[other] { $count } secondes
    }
wait-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
wait-hours = { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }

# templates/errors/unverified.html
unverified-title = Confirmez d’abord votre adresse e-mail
unverified-lead = Vous devez confirmer votre adresse e-mail avant de pouvoir enregistrer des engagements ou écrire à leurs personnes de contact.
unverified-body = Nous vous avons envoyé un e-mail contenant un lien lors de la création de votre compte. Ce lien est valable 24 heures.
unverified-send-again = Renvoyer le lien

# templates/errors/read_only.html
read-only-title = Les modifications sont suspendues pour le moment
read-only-lead = Le registre est en lecture seule pendant que ses administrateurs interviennent : ce que vous avez envoyé n’a donc pas été enregistré.
read-only-notice-intro = L’avis des administrateurs :
read-only-no-date = Les administrateurs n’ont pas indiqué quand il rouvrira : veuillez réessayer plus tard.
read-only-browse = Vous pouvez toujours parcourir et rechercher tous les engagements.
read-only-keep = Pour conserver ce que vous avez saisi, utilisez le bouton « Retour » de votre navigateur : le formulaire devrait encore le contenir.
read-only-browse-link = Parcourir les engagements

# templates/errors/form_kept.html
form-kept-expired-title = Ce formulaire avait expiré
form-kept-lead = Rien n’a encore été enregistré, mais ce que vous avez saisi est conservé.
form-kept-expired-body = Pour votre sécurité, un formulaire cesse de fonctionner lorsque vous vous connectez ou vous déconnectez dans un autre onglet. Continuez : le formulaire réapparaîtra avec tout ce que vous avez saisi, prêt à être envoyé.
form-kept-continue = Continuer
form-kept-ended-title = Votre session a pris fin
form-kept-ended-body = Reconnectez-vous : le formulaire réapparaîtra avec tout ce que vous avez saisi, prêt à être envoyé. Il est conservé 24 heures, dans ce navigateur uniquement.
form-kept-sign-in = Se connecter pour continuer
