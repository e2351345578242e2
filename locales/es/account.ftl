# Accounts: sign-in, sign-up, confirming an address, password reset, and the account page
# (templates/account/, src/routes/account/).

## Shared by several forms.
account-email-label = Dirección de correo electrónico
account-password-label = Contraseña
account-password-hint = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.

## Sign-in (templates/account/login.html).
account-sign-in-title = Iniciar sesión
account-sign-in-button = Iniciar sesión
account-forgot-password = ¿Ha olvidado su contraseña?
account-no-account-html = ¿Todavía no tiene cuenta? <a href="{ $link }">Cree una cuenta</a>.
account-reason-register = Inicie sesión para registrar un compromiso
account-reason-edit = Inicie sesión para editar este compromiso
account-reason-report = Inicie sesión para presentar un informe de progreso
account-reason-contact = Inicie sesión para escribir a la persona de contacto de este compromiso
account-reason-draft = Inicie sesión para continuar con su borrador
account-reason-account = Inicie sesión para ver su cuenta
account-reason-moderation = Inicie sesión para revisar compromisos
account-reason-admin = Inicie sesión para administrar el registro

## Sign-up (templates/account/signup.html).
account-sign-up-title = Crear una cuenta
account-sign-up-lead = Con una cuenta puede registrar compromisos, mantenerlos al día e informar de su progreso.
account-name-label = Nombre completo
account-email-hint = Le enviaremos un enlace para confirmarla.
account-password-confirm-label = Confirme la contraseña
account-sign-up-button = Crear la cuenta
account-have-account-html = ¿Ya tiene una cuenta? <a href="/account/login">Inicie sesión</a>.

## After sign-up or a reset request (templates/account/check_email.html).
account-check-email-title = Revise su correo electrónico
account-check-email-lead = Abra el enlace del mensaje para continuar.
account-check-email-delay = El mensaje puede tardar unos minutos en llegar. Si no llega, revise su carpeta de correo no deseado.
account-check-email-sign-in-html = Si acaba de crear una cuenta, ya puede <a href="/account/login">iniciar sesión</a>; podrá registrar compromisos cuando su dirección esté confirmada.

## A confirmed address (templates/account/verified.html).
account-verified-title = Dirección de correo electrónico confirmada
account-verified-lead = Ya puede registrar compromisos.
account-verified-claimed = { $count ->
        [one] { $count } compromiso ya indicaba su dirección como contacto: ahora le corresponde a usted mantenerlo al día.
       *[other] { $count } compromisos ya indicaban su dirección como contacto: ahora le corresponde a usted mantenerlos al día.
    }
account-verified-go = Ir a su cuenta

## A link that does not work (templates/account/link_problem.html).
account-link-expired-title = Este enlace ha caducado
account-link-used-title = Este enlace ya se ha utilizado
account-link-invalid-title = Este enlace no es válido
account-link-expired-lead = Los enlaces para { $purpose } funcionan durante un tiempo limitado, para que un mensaje antiguo no pueda usarse indebidamente.
account-link-used-lead = Cada enlace para { $purpose } funciona una sola vez.
account-link-invalid-lead = Compruebe que ha copiado el enlace completo del mensaje.
account-purpose-confirm = confirmar su dirección de correo electrónico
account-purpose-reset = restablecer su contraseña
account-link-new-reset = Pedir un nuevo enlace para restablecer su contraseña
account-link-sign-in-html = Si su dirección aún no está confirmada, <a href="/account/login">inicie sesión</a> y pida un nuevo enlace en la página de su cuenta.

## Password reset (templates/account/reset_request.html, reset_form.html).
account-reset-title = Restablecer su contraseña
account-reset-lead = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
account-reset-send = Enviar el enlace
account-new-password-title = Elija una nueva contraseña
account-new-password-lead = Cambiar su contraseña cierra su sesión en todos los dispositivos.
account-new-password-label = Nueva contraseña
account-new-password-confirm-label = Confirme la nueva contraseña
account-new-password-button = Cambiar la contraseña

## The account page (templates/account/show.html).
account-title = Su cuenta
account-confirm-heading = Confirme su dirección de correo electrónico
account-confirm-body-html = Hemos enviado un enlace a <strong>{ $email }</strong>. Ábralo para confirmar su dirección: podrá registrar compromisos cuando esté confirmada.
account-name = Nombre
account-confirmed = Confirmada
account-role = Función
account-commitments-heading = Sus compromisos
account-commitments-none = Todavía no es responsable de ningún compromiso. Aquí aparecen los compromisos que registre y los que indiquen su dirección de correo electrónico confirmada como contacto.
account-commitments-caption = Sus compromisos y su situación
account-col-commitment = Compromiso
account-col-state = Situación
account-col-changed = Último cambio
account-col-owner = Responsable
account-owner-none = Ninguno
account-note-returned = Devuelto por { $who } el { $date }, con este comentario:
account-note-archived = Archivado por { $who } el { $date }, con este comentario:
account-read-comment = Leer el comentario completo
account-on-title = sobre { $title }
account-edited-heading = Compromisos que usted edita
account-edited-lead = Sus responsables le han nombrado editor: puede editarlos y presentar sus informes de progreso.
account-edited-caption = Compromisos que usted edita y su situación
account-due-heading = Informes pendientes
account-due-none = Ninguno de sus compromisos publicados necesita un informe de progreso ahora. Un informe se debe presentar 12 meses después del anterior, o después de la publicación.
account-due-lead = Presentar un informe de progreso mantiene en verde el indicador de seguimiento de un compromiso: el público ve cuánto tiempo lleva sin informar.
account-file-report = Presentar un informe de progreso
account-sign-out-heading = Cerrar sesión
account-sign-out-lead = Si ha usado un ordenador compartido o ha perdido un dispositivo, puede cerrar todas las sesiones de su cuenta.
account-sign-out-everywhere = Cerrar sesión en todos los dispositivos

## The preferred language (templates/account/language.html).
account-language-heading = Idioma
account-language-label = Idioma de los mensajes que le enviamos
account-language-hint = Los enlaces de confirmación, el restablecimiento de contraseña, las alertas y las novedades sobre sus compromisos le llegan en este idioma.
account-language-save = Guardar el idioma
account-language-saved = Guardado: el registro le escribe ahora en este idioma.
account-language-unknown = Elija inglés, francés, español o árabe de la lista.

## Drafts (templates/account/drafts.html).
account-drafts-heading = Sus borradores
account-drafts-none = No tiene borradores. En los formularios de registro y de edición, «Guardar como borrador» conserva lo que ha escrito tal cual, solo para usted, para terminarlo más tarde.
account-drafts-lead = Solo usted puede ver sus borradores. Abra uno para terminarlo y enviarlo: entonces desaparece de esta lista.
account-draft-changes = Cambios en
account-draft-new = Un compromiso nuevo
account-draft-saved = guardado el { $when }
account-draft-untitled = Borrador sin título
account-delete = Eliminar
account-draft-delete-which = el borrador «{ $title }»
account-draft-deleted = El borrador se ha eliminado.

## Saved searches (templates/account/saved_searches.html).
account-searches-heading = Búsquedas guardadas
account-searches-none-html = Todavía no tiene ninguna búsqueda guardada. En la <a href="/commitments">página de compromisos</a>, elija filtros o palabras de búsqueda y luego use «Guardar esta búsqueda» debajo de los resultados: le escribimos cuando haya compromisos nuevos que coincidan, como máximo una vez al día.
account-searches-lead = Cuando haya compromisos nuevos que coincidan con alguna de estas búsquedas, le escribimos, como máximo una vez al día por búsqueda. Puede guardar hasta 20.
account-searches-feed = Canal Atom
account-searches-feed-of = de { $name }
account-searches-delete-which = la búsqueda guardada { $name }
account-search-name-too-long = No se ha guardado: el nombre de una búsqueda guardada tiene como máximo { $max } caracteres, y este tiene { $typed }. Acórtelo y vuelva a guardarla.
account-search-saved = Búsqueda guardada. Cuando haya compromisos nuevos que coincidan, le escribimos, como máximo una vez al día.
account-search-too-many = No se ha guardado: una cuenta guarda como máximo { $max } búsquedas. Elimine una más abajo y vuelva a guardarla.
account-search-deleted = La búsqueda guardada se ha eliminado: ya no recibirá mensajes sobre ella.
account-search-unreadable = No se ha podido guardar esta búsqueda: no se ha podido leer su consulta. Vuelva atrás e inténtelo de nuevo.
account-search-invalid = No se ha podido guardar esta búsqueda: { $problem }. Corrija la búsqueda y vuelva a guardarla.

## Mail choice of moderators (templates/account/mail_preferences.html).
account-mail-heading = Correo
account-mail-review-label = Escribirme cuando un compromiso esté pendiente de revisión
account-mail-review-hint = Un mensaje por cada compromiso nuevo, y por cada uno modificado después de ser devuelto, con un enlace para revisarlo. Los mensajes sobre sus propios compromisos seguirán llegando en cualquier caso.
account-mail-save = Guardar la elección
account-mail-on = Guardado: le escribiremos cuando un compromiso esté pendiente de revisión.
account-mail-off = Guardado: ya no le escribiremos cuando un compromiso esté pendiente de revisión.

## Messages shown on the next page (src/routes/account/).
account-signed-out-everywhere = Ha cerrado la sesión en todos los dispositivos.
account-signed-out = Ha cerrado la sesión.
account-mail-sent = Hemos enviado un mensaje a { $email }.
account-confirmed-carry-on = Su dirección de correo electrónico está confirmada y ha iniciado sesión. Continúe donde lo dejó.
account-already-confirmed = Su dirección de correo electrónico ya está confirmada.
account-link-too-soon = Le enviamos un enlace hace menos de un minuto. Revise su bandeja de entrada y su carpeta de correo no deseado.
account-link-sent = Hemos enviado un nuevo enlace a { $email }. Funciona durante 24 horas.
account-reset-sent = Si { $email } tiene una cuenta, le hemos enviado un enlace para restablecer la contraseña. El enlace funciona durante 1 hora.
account-password-changed = Su contraseña se ha cambiado y se ha cerrado su sesión en todas partes. Inicie sesión con su nueva contraseña.
