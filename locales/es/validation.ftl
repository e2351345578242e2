# Mensajes de validación: qué está mal en lo que se envió y cómo corregirlo.
# Los mensajes what-*, section-* y label-* son partes de frases: el nombre de un campo.

## Páginas con errores.
error-title-prefix = Error:
error-prefix = Error:
error-summary-title = Hay un problema

## Reglas comunes a todos los campos.
field-missing = Introduzca { $what }
field-not-one-line = Introduzca { $what } en una sola línea, sin caracteres de control
field-too-long = Acorte { $what } a { $max } caracteres como máximo
field-too-long-has = Acorte { $what } a { $max } caracteres como máximo (ahora tiene { $length })
field-control-chars = Elimine los caracteres de control de { $what }
choice-missing = Seleccione { $what }
choice-unknown = Seleccione { $what } de la lista («{ $value }» no es una de las opciones)
list-value-unknown = «{ $value }» no figura entre { $what }: elija de la lista
date-not-a-date = { $label } debe ser una fecha real con el formato AAAA-MM-DD, por ejemplo 2024-03-31
date-placeholder = { $label } no puede ser 1969-12-31 ni 1970-01-01: son fechas de relleno, introduzca la fecha real
date-out-of-range = { $label } debe estar entre 1945-01-01 y 2100-12-31

## El formulario de registro: título, categoría, entidad principal y secciones.
title-missing = Introduzca un título
title-not-one-line = El título debe ocupar una sola línea, sin caracteres de control
title-too-short = El título debe tener { $min } caracteres o más
title-too-long = El título debe tener { $max } caracteres como máximo (ahora tiene { $length })
what-category = una categoría
what-lead-entity = la entidad principal
what-entity-type = el tipo de la entidad principal
what-objective = el objetivo
what-implementation = cómo se lleva a cabo
section-objective = el objetivo
section-stakeholders = las partes interesadas
section-implementation = la implementación
section-results = los resultados
section-enabling-factors = los factores favorables
section-sustainability = la sostenibilidad
section-other-sources = las otras fuentes
section-geographical-coverage = la cobertura geográfica

## Objetivos, metas y medios de implementación.
sdg-unknown = El ODS «{ $value }» no existe: elija entre los objetivos 1 a 17
sdg-missing = Seleccione al menos un ODS
target-unknown = La meta «{ $value }» no existe: use un código como 6.1 o 14.a
target-goal-not-selected = La meta { $target } pertenece al Objetivo { $goal }, que no está seleccionado: seleccione el Objetivo { $goal } o quite la meta
what-list-methods = los medios de implementación
other-method-too-long = Cada otro medio de implementación debe ocupar una línea de { $max } caracteres como máximo

## Fechas.
label-start-date = La fecha de inicio
what-start-date = la fecha de inicio
label-completion-date = La fecha de finalización
completion-before-start = La fecha de finalización ({ $end }) debe ser igual o posterior a la fecha de inicio ({ $start })
ongoing-and-completion-date = Introduzca una fecha de finalización o marque «En curso», pero no ambas cosas
completion-date-or-ongoing = Introduzca una fecha de finalización, o marque «En curso» si el compromiso no tiene fecha de fin

## Lugar y contacto.
region-missing = Seleccione al menos una región
what-list-regions = las regiones
what-list-countries = los códigos de país ISO 3166
what-contact-name = el nombre de la persona de contacto
what-contact-position = el cargo de la persona de contacto
contact-email-missing = Introduzca la dirección de correo electrónico de la persona de contacto
email-invalid = Introduzca una dirección de correo electrónico con el formato correcto, por ejemplo nombre@example.org
phone-invalid = Introduzca un número de teléfono de 7 a 15 cifras, usando solo cifras, espacios, +, -, ( y )

## Socios, entregables y recursos: una fila cada uno; { $row } cuenta desde 1.
rows-too-many = Un compromiso puede incluir como máximo { $max } { $list ->
        [partners] socios
        [deliverables] entregables
       *[resources] recursos
    }: elimine la fila { $row } y las siguientes
what-partner-name = el nombre del socio { $row }
what-partner-type = el tipo del socio { $row }
what-deliverable-title = el título del entregable { $row }
label-deliverable-due-date = La fecha límite del entregable { $row }
what-deliverable-due-date = la fecha límite del entregable { $row }
what-deliverable-status = el estado del entregable { $row }
what-resource-kind = el tipo del recurso { $row }
what-resource-description = una descripción del recurso { $row }
resource-currency-missing = Introduzca la moneda del recurso { $row }, como un código ISO 4217 de tres letras, por ejemplo USD, EUR o MXN: un importe necesita su moneda
resource-amount-missing = Introduzca el importe del recurso { $row } como número entero, o borre su moneda: una moneda necesita un importe
resource-amount-not-whole = El importe del recurso { $row } debe ser un número entero igual o mayor que 0, solo con cifras, por ejemplo 25000
resource-amount-too-large = El importe del recurso { $row } es demasiado grande: introduzca como máximo 9223372036854775807
resource-currency-named = La moneda del recurso { $row } debe ser un código ISO 4217 de tres letras: para «{ $name }» use { $code }
resource-currency-unknown = La moneda del recurso { $row } debe ser un código ISO 4217 de tres letras, por ejemplo USD, EUR o MXN («{ $value }» no lo es)

## Informes de progreso.
label-report-date = La fecha del informe
what-report-date = la fecha del informe
report-date-future = La fecha del informe ({ $date }) no puede ser futura: use { $today } o una fecha anterior
report-date-before-start = La fecha del informe ({ $date }) no puede ser anterior al inicio del compromiso ({ $start })
report-status-missing = Seleccione si el compromiso va según lo previsto, con retraso, se ha logrado o se ha interrumpido
report-percent-invalid = El porcentaje completado debe ser un número entero de 0 a 100
report-achievements-missing = Introduzca los logros desde el último informe
report-achievements-too-short = Los logros deben tener { $min } caracteres o más: diga lo que se ha hecho
section-achievements = los logros
section-challenges = las dificultades
section-next-steps = los próximos pasos
report-statuses-mismatch = Elija un estado para cada entregable: vuelva a cargar el formulario e inténtelo de nuevo
report-deliverable-unknown = El entregable «{ $value }» no es uno de los entregables de este compromiso: elija estados solo para los entregables de la lista
report-deliverable-twice = «{ $title }» aparece dos veces: elija su estado una sola vez
report-deliverable-status = Elija el estado de «{ $title }»: previsto, en curso, finalizado o cancelado
hide-reason-missing = Introduzca el motivo para ocultar este informe: su propietario lo leerá
what-reason = el motivo

## Revisión por un moderador. { $state } es el estado del compromiso; { $decision }, la decisión intentada.
review-already = Este compromiso ya está { $decision ->
        [publish] publicado
        [return] devuelto
       *[archive] archivado
    }: no se ha cambiado nada
review-closed = Este compromiso está { $state ->
        [submitted] pendiente de revisión
        [published] publicado
        [returned] devuelto para cambios
       *[archived] archivado
    }: ya no se le aplica ninguna decisión
review-not-fitting = Este compromiso está { $state ->
        [submitted] pendiente de revisión
        [published] publicado
        [returned] devuelto para cambios
       *[archived] archivado
    }, así que no puede ser { $decision ->
        [publish] publicado
        [return] devuelto
       *[archive] archivado
    }: elija una de las decisiones de abajo
review-decision-missing = Elija una decisión: publicar, devolver a su propietario o archivar
review-archive-reason-missing = Introduzca el motivo del archivo: el propietario lo leerá
review-comment-missing = Introduzca un comentario que diga al propietario qué debe cambiar
review-comment-too-long = Acorte el comentario a 10.000 caracteres como máximo (ahora tiene { $length })
what-comment = el comentario

## Fotos.
photo-too-many = Un compromiso puede tener como máximo 3 fotos: elimine una primero
photo-too-large = El archivo seleccionado debe ocupar menos de 5 MB: guarde una copia más pequeña y vuelva a elegirla
photo-not-an-image = El archivo seleccionado debe ser una imagen JPEG, PNG o WebP: guárdelo en uno de esos formatos y vuelva a elegirlo
photo-too-many-pixels = La foto seleccionada debe tener como máximo 40 megapíxeles y 12.000 píxeles por lado: guarde una copia más pequeña y vuelva a elegirla
photo-choose-again = Vuelva a elegir la foto: no se ha subido por los problemas de su texto
photo-missing = Seleccione una foto para subir
photo-alt-missing = Introduzca un texto alternativo: diga lo que muestra la foto, para las personas que no pueden verla
photo-alt-not-one-line = Elimine los saltos de línea y los caracteres de control del texto alternativo
photo-alt-too-long = El texto alternativo debe tener 250 caracteres como máximo
photo-caption-control-chars = Elimine los caracteres de control del pie de foto
photo-caption-too-long = El pie de foto debe tener 500 caracteres como máximo

## Registros (API JSON e importación).
record-timestamp-invalid = «{ $value }» no es una marca de tiempo: use la forma 2024-05-01T10:00:00Z
record-workflow-invalid = «{ $value }» no es un estado de tramitación: use submitted, published, returned o archived

## Esperar: un formulario enviado demasiadas veces, un acceso bloqueado, un límite diario alcanzado.
form-wait = Ha enviado este formulario demasiadas veces en poco tiempo. No se ha perdido nada: espere { $wait } y vuelva a enviarlo.
register-quota = Ha registrado { $quota } compromisos en las últimas 24 horas, el máximo que una cuenta puede registrar en un día. Podrá registrar otro a partir de las { $time } UTC del { $date } (dentro de { $wait }).
register-quota-unsaved = { $quota } No se ha guardado nada: mantenga esta página abierta o copie lo que ha escrito.
contact-limit = Ha enviado { $count } mensajes mediante formularios de contacto en las últimas 24 horas, el máximo que una cuenta puede enviar en un día. Su mensaje no se ha enviado y sigue abajo: podrá enviarlo a partir de las { $time } UTC del { $date } (dentro de { $wait }).

## Iniciar sesión y crear una cuenta.
login-refused = La dirección de correo electrónico o la contraseña no son correctas
login-suspended = Esta cuenta está suspendida. Si cree que se trata de un error, escriba a los administradores del registro
login-suspended-reason = Esta cuenta está suspendida. Los administradores dieron este motivo: «{ $reason }». Si cree que se trata de un error, escriba a los administradores del registro
login-locked = Ha habido varios intentos fallidos de iniciar sesión en esta cuenta. Por su seguridad, espere { $wait } y vuelva a iniciar sesión, o restablezca su contraseña
login-email-missing = Introduzca su dirección de correo electrónico
login-password-missing = Introduzca su contraseña
account-name-missing = Introduzca su nombre completo
account-name-too-long = El nombre debe tener 200 caracteres como máximo, en una sola línea
password-missing = Introduzca una contraseña
password-too-short = La contraseña debe tener 10 caracteres o más
password-too-long = La contraseña debe tener 256 caracteres como máximo
password-is-email = La contraseña no puede ser su dirección de correo electrónico
password-too-common = Esta contraseña es demasiado común y fácil de adivinar: elija otra
password-confirm-missing = Vuelva a introducir su contraseña para confirmarla
password-confirm-different = Las contraseñas no coinciden: introduzca la misma contraseña dos veces

## Escribir a la persona de contacto de un compromiso.
contact-subject-missing = Introduzca un asunto, para que la persona de contacto sepa de qué se trata
contact-subject-too-long = El asunto tiene { $length } caracteres: acórtelo a 150 como máximo
contact-subject-not-one-line = Escriba el asunto en una sola línea
contact-message-missing = Introduzca su mensaje
contact-message-too-short = Su mensaje es muy corto: diga quién es y qué le gustaría saber (20 caracteres o más)
contact-message-too-long = Su mensaje tiene { $length } caracteres: acórtelo a 5.000 como máximo
contact-message-control-chars = Elimine los caracteres de control de su mensaje

## Administración: el aviso del sitio y los usuarios.
notice-message-too-long = El mensaje debe tener 1000 caracteres como máximo
notice-level-missing = Elija si el aviso es una información o una advertencia
users-last-admin = Esta es la última cuenta de administración: haga administradora a otra cuenta primero, para que alguien pueda seguir gestionando el registro
users-role-missing = Elija colaborador, moderador o administrador
users-suspend-reason-missing = Introduzca el motivo para suspender esta cuenta: su titular lo verá cuando intente iniciar sesión

## Editores e informes ocultos.
editor-email-missing = Introduzca la dirección de correo electrónico de la persona que quiere añadir como editora
editor-no-account = No hay ninguna cuenta registrada, confirmada y activa con esta dirección de correo electrónico: pida a la persona que se registre y confirme su correo primero
editor-is-owner = Esta persona es la propietaria del compromiso: ya puede editarlo
editor-already = Esta persona ya es editora de este compromiso
report-already-hidden = Este informe ya estaba oculto: no se ha cambiado nada.

## La página de búsqueda: un valor incorrecto de un parámetro. { $label } es el nombre del parámetro en la página.
search-param = { $param ->
        [start_from] Año de inicio «Desde»
        [start_to] Año de inicio «Hasta»
        [q] Texto de búsqueda
        [sort] Orden
        [target] Meta
        [page] Página
        [per_page] Resultados por página
       *[other] Búsqueda
    }
search-repeated = { $label }: indíquelo una sola vez (estaba repetido)
search-years-order = El año de inicio «Desde» debe ser igual o anterior a «Hasta»
search-year-invalid = { $label } debe ser un año de 1945 a 2100, por ejemplo 2015 (no «{ $value }»)
search-q-too-long = { $label } debe tener { $max } caracteres como máximo
search-sort-invalid = Orden: elija uno de la lista
search-target-invalid = La meta «{ $value }» no es una meta de los ODS: use un código como 6.1 o 14.a
search-page-invalid = { $label } debe ser un número entero a partir de 1 (no «{ $value }»)
search-per-page-invalid = { $label } debe ser un número entero de 1 a 100 (no «{ $value }»)
search-facet-invalid = { $label }: «{ $value }» no es una de las opciones, así que no se ha tenido en cuenta
