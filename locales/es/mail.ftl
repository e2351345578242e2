# The mail the registry sends (src/mail/), in the language its recipient chose.

mail-greeting = Hola, { $name }:

## Accounts (src/mail/messages.rs).
mail-verify-subject = Confirme su dirección de correo electrónico para el Registro de compromisos con los ODS
mail-verify-intro = Confirme su dirección de correo electrónico para terminar de crear su cuenta:
mail-verify-works = El enlace funciona una sola vez, durante 24 horas. Cuando su dirección esté confirmada podrá registrar compromisos, y los compromisos que ya indiquen esta dirección como contacto pasarán a estar a su cargo.
mail-verify-ignore = Si usted no ha creado una cuenta, ignore este mensaje: no ocurrirá nada más.
mail-reset-subject = Restablezca su contraseña del Registro de compromisos con los ODS
mail-reset-intro = Alguien (esperamos que usted) ha pedido restablecer la contraseña de su cuenta. Para elegir una nueva contraseña, abra este enlace:
mail-reset-works = El enlace funciona una sola vez, durante 1 hora. Elegir una nueva contraseña cierra su sesión en todas partes.
mail-reset-ignore = Si usted no lo ha pedido, ignore este mensaje: su contraseña no ha cambiado.
mail-registered-subject = Ya tiene una cuenta en el Registro de compromisos con los ODS
mail-registered-intro = Alguien (esperamos que usted) ha intentado crear una cuenta con esta dirección de correo electrónico, pero ya tiene una.
mail-registered-sign-in = Iniciar sesión: { $link }
mail-registered-reset = ¿Ha olvidado su contraseña? { $link }
mail-registered-ignore = Si no ha sido usted, ignore este mensaje: nada ha cambiado.

## Reminders to report (src/mail/messages.rs, src/commands/remind.rs).
mail-reminder-subject = Se necesita un informe de progreso: { $title }
mail-reminder-intro = Usted es la persona de contacto de este compromiso en el Registro de compromisos con los ODS:
mail-reminder-status = Su estado de seguimiento es «{ $light }»: { $why }. Un informe de progreso se debe presentar 12 meses después del anterior, o después de la publicación, y el público ve cuánto tiempo lleva un compromiso sin informar.
mail-reminder-why-latest = su último informe de progreso tiene fecha del { $date }
mail-reminder-why-published = se publicó el { $date } y todavía no tiene ningún informe de progreso
mail-reminder-file = Presente un informe de progreso aquí (inicie sesión como responsable o editor):
mail-reminder-quiet = Enviamos este recordatorio como máximo una vez cada 30 días mientras se necesite un informe.

## Saved search alerts (src/mail/alert.rs).
mail-alert-subject = { $count ->
        [one] { $count } compromiso nuevo coincide con su búsqueda «{ $search }»
       *[other] { $count } compromisos nuevos coinciden con su búsqueda «{ $search }»
    }
mail-alert-intro = Recién publicados en el Registro de compromisos con los ODS, y que coinciden con su búsqueda guardada «{ $search }»:
mail-alert-more = …y { $count } más.
mail-alert-action = La búsqueda completa
mail-alert-footer = Le escribimos como máximo una vez al día por búsqueda guardada, solo cuando hay algo nuevo que coincide. Para dejar de recibir estos mensajes, elimine la búsqueda en la página de su cuenta: { $link }

## A message through a commitment's contact form (src/mail/contact.rs).
mail-contact-subject = { $subject } (sobre { $title })
mail-contact-intro = { $sender } le ha escrito a través del Registro de compromisos con los ODS sobre «{ $title }», el compromiso que le nombra como persona de contacto.
mail-contact-quote = Su mensaje, «{ $subject }»:
mail-contact-action = El compromiso en el registro
mail-contact-footer = Para contestar, responda a este mensaje: su respuesta irá a { $sender }, a la dirección { $email }. El registro no le ha mostrado su dirección; solo la verá si usted responde. El registro ha comprobado que esta persona confirmó su dirección, y solo permite a cada persona enviar unos pocos mensajes al día.

## Review (src/mail/workflow.rs).
mail-review-new-subject = Compromiso nuevo pendiente de revisión: { $title }
mail-review-new-body = { $by } ha registrado «{ $title }». Está esperando a que un moderador lo publique, lo devuelva para cambios o lo archive.
mail-review-again-subject = Modificado y de nuevo pendiente de revisión: { $title }
mail-review-again-body = { $by } ha modificado «{ $title }» después de que se devolviera, así que está de nuevo pendiente de revisión.
mail-review-action = Revisarlo
mail-review-footer = Recibe este mensaje porque es moderador del registro. Para dejar de recibir mensajes sobre compromisos pendientes de revisión, desmarque «Escribirme cuando un compromiso esté pendiente de revisión» en la página de su cuenta: { $link }
mail-published-subject = Publicado: { $title }
mail-published-body = Un moderador ha publicado «{ $title }». Ahora cualquiera puede encontrarlo en el registro.
mail-returned-subject = Se necesitan cambios: { $title }
mail-returned-body = Un moderador le ha devuelto «{ $title }» para que haga cambios. Seguirá siendo privado hasta que se modifique: al guardar sus cambios se vuelve a enviar a revisión.
mail-archived-subject = Archivado: { $title }
mail-archived-body = Un moderador ha archivado «{ $title }». Su página se mantiene, marcada como archivada, pero ya no aparece en las búsquedas.
mail-comment-intro = El comentario del moderador:
mail-open-commitment = Abrir el compromiso
mail-hidden-subject = Informe de progreso ocultado: { $title }
mail-hidden-body = Un moderador ha ocultado el informe de progreso del { $date } sobre «{ $title }». El público ya no lo ve; usted y los moderadores siguen viéndolo.
mail-hidden-reason = El motivo indicado:
mail-hidden-action = Ver el informe
mail-owner-footer = Recibe este mensaje porque es responsable o editor de este compromiso en el registro.
