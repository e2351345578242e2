# Las páginas de un compromiso: el compromiso, su historial, el formulario de registro y edición,
# el formulario de informe de progreso, el formulario de contacto, y lo que ven en ellas su
# propietario, sus editores y los moderadores.

## Ruta de navegación.
commitment-breadcrumb-label = Ruta de navegación
commitment-breadcrumb-home = Inicio
commitment-breadcrumb-commitments = Compromisos

## La página de un compromiso.
commitment-archived-banner-html = <strong>Archivado.</strong> Este compromiso ya no está activo en el registro. Se conserva aquí como constancia y no aparece en las búsquedas.
commitment-unpublished-banner-html = <strong>{ $state }.</strong> Solo su propietario, sus editores y los moderadores pueden ver este compromiso hasta que se publique.
commitment-edit-link = Editar este compromiso
commitment-history-link = Cambios e historial
commitment-json-link = Este registro en JSON
commitment-goals-label = Objetivos de Desarrollo Sostenible
commitment-goals-heading = Objetivos y metas
commitment-goal-name = Objetivo { $number }: { $name }
commitment-targets-word = { $count ->
        [one] meta
       *[other] metas
    }
commitment-target-title = Meta { $target } del Objetivo { $number }: { $name }, en el sitio de las Naciones Unidas
commitment-target-on-un-site = (Objetivo { $number } en el sitio de las Naciones Unidas)
commitment-methods-heading = Medios de implementación
commitment-partners-heading = Socios
commitment-column-partner = Socio
commitment-column-type = Tipo
commitment-deliverables-heading = Entregables
commitment-column-deliverable = Entregable
commitment-column-due = Fecha prevista
commitment-column-status = Estado
commitment-resources-heading = Recursos
commitment-column-kind = Tipo
commitment-column-description = Descripción
commitment-column-amount = Importe
commitment-amount-not-given = No indicado
commitment-reports-heading = Informes de progreso
commitment-file-report = Presentar un informe de progreso
commitment-no-reports = Todavía no se ha presentado ningún informe de progreso.
commitment-similar-heading = Compromisos similares
commitment-basic-info = Información básica
commitment-fact-start = Inicio
commitment-fact-completion = Finalización
commitment-fact-ongoing = En curso
commitment-fact-status = Estado
commitment-fact-regions = Regiones
commitment-fact-countries = Países
commitment-fact-coverage = Cobertura
commitment-fact-lead-entity = Entidad principal
commitment-fact-entity-type = Tipo de entidad
commitment-fact-published = Publicado
commitment-fact-updated = Última actualización
commitment-contact-heading = Contacto
commitment-contact-private-shown = No se muestran al público: usted los ve como propietario, editor o moderador.
commitment-contact-private = El correo electrónico y el teléfono de la persona de contacto no son públicos.
commitment-contact-link = Contactar con el equipo

## Las secciones del texto de un compromiso.
commitment-section-objective = Objetivo
commitment-section-stakeholders = Partes interesadas
commitment-section-implementation = Implementación
commitment-section-results = Resultados
commitment-section-enabling-factors = Factores favorables
commitment-section-sustainability = Sostenibilidad
commitment-section-other-sources = Otras fuentes

## El seguimiento de los informes de un compromiso publicado.
commitment-reporting-up-to-date = Con informe o publicación en los últimos 12 meses.
commitment-reporting-due = Sin informe desde hace 12 meses o más: corresponde presentar un informe de progreso.
commitment-reporting-overdue = Sin informe desde hace más de 24 meses.
commitment-reporting-inactive = Publicado hace más de 24 meses y sin ningún informe.

## Un informe de progreso en la cronología.
commitment-report-percent = { $percent } % completado
commitment-report-hidden-html = <strong>Ocultado al público por un moderador.</strong> Solo el propietario y los moderadores ven este informe. El motivo:
commitment-report-achievements = Logros
commitment-report-challenges = Dificultades
commitment-report-next-steps = Próximos pasos
commitment-report-hide = Ocultar este informe
commitment-report-hide-of = del { $date }
commitment-report-hide-reason = Motivo
commitment-report-hide-hint = El informe desaparece de la página pública, de la API y del canal. Su propietario lee este motivo.
commitment-report-hide-button = Ocultar el informe

## Fotos.
commitment-photos-heading = Fotos
commitment-photos-none = Todavía no se ha añadido ninguna foto.
commitment-photo-delete = Eliminar
commitment-photo-delete-which = la foto: { $alt }
commitment-photo-add = Añadir una foto
commitment-photo-label = Foto
commitment-photo-hint = Una imagen JPEG, PNG o WebP de hasta 5 MB. Un compromiso puede tener hasta 3 fotos.
commitment-photo-alt-label = Texto alternativo
commitment-photo-alt-hint = Diga lo que muestra la foto, para las personas que no pueden verla (hasta 250 caracteres). Por ejemplo: Alumnos llenando botellas en un pozo nuevo en Takeo.
commitment-photo-caption-label = Pie de foto (opcional)
commitment-photo-caption-hint = Se muestra debajo de la foto, para todos (hasta 500 caracteres).
commitment-photo-upload = Subir la foto
commitment-photos-full = Este compromiso tiene 3 fotos, el máximo posible: elimine una para añadir otra.

## Revisión.
commitment-review-history-heading = Historial
commitment-review-history-intro = Quién hizo pasar este compromiso por la revisión, y por qué. Solo su propietario, sus editores y los moderadores ven esto.
commitment-review-history-none = Todavía no se ha registrado nada.
commitment-review-by = por { $who },
commitment-review-heading = Revisión
commitment-review-archived = Este compromiso está archivado: ya no se le aplica ninguna decisión.
commitment-review-decision = Decisión
commitment-decision-hint-publish = Pasa a ser público y aparece en las búsquedas.
commitment-decision-hint-return = Sigue siendo privado hasta que su propietario lo modifique y lo guarde de nuevo.
commitment-decision-hint-archive = Su página se mantiene, con un aviso, pero sale de las búsquedas para siempre.
commitment-review-comment = Comentario
commitment-review-comment-hint = Obligatorio para devolver o archivar: diga qué hay que cambiar, o por qué se archiva. El propietario lee este comentario.
commitment-review-save = Guardar la decisión
commitment-review-back = Volver a la cola de moderación
commitment-review-note = Comentario del moderador
commitment-review-note-byline = { $decision ->
        [returned] devuelto
       *[archived] archivado
    } por { $who } el { $date }
commitment-review-note-private = Solo su propietario y los moderadores ven este comentario.
commitment-review-done-publish = «{ $title }» está publicado: ahora aparece en las búsquedas.
commitment-review-done-return = «{ $title }» se devolvió a su propietario, que puede leer su comentario.
commitment-review-done-archive = «{ $title }» está archivado: su página se mantiene, pero ya no aparece en las búsquedas.
commitment-review-next = Este es el siguiente compromiso pendiente de revisión.
commitment-review-no-next = No hay ningún otro compromiso pendiente de revisión.

## Editores.
commitment-editors-heading = Editores
commitment-editors-intro = Los editores pueden editar este compromiso y presentar informes de progreso, como su propietario. Solo el propietario y los moderadores los añaden o los quitan.
commitment-editors-none = Este compromiso no tiene editores.
commitment-editors-caption = Personas que pueden editar este compromiso
commitment-editors-name = Nombre
commitment-editors-email = Correo electrónico
commitment-editors-actions = Acciones
commitment-editors-make-owner = Hacer propietario
commitment-editors-remove = Quitar
commitment-editors-add-label = Añadir un editor
commitment-editors-add-hint = La dirección de correo electrónico de su cuenta en este registro.
commitment-editors-add-button = Añadir editor
commitment-editors-added = { $name } ya puede editar este compromiso.
commitment-editors-removed = Se quitó al editor: ya no puede cambiar este compromiso.
commitment-editors-owner-moved = La propiedad se ha transferido: el editor es ahora el propietario de este compromiso, y el propietario anterior es editor.

## Historial.
commitment-history-title = Historial: { $title }
commitment-history-lead-review = Cómo llegó, cada cambio guardado y cada decisión de revisión: quién, cuándo, qué campos, y sus valores anteriores y nuevos. Primero lo más reciente.
commitment-history-lead-public = Cómo llegó, cada cambio guardado, y cuándo se publicó: quién, cuándo, qué campos, y sus valores anteriores y nuevos. Primero lo más reciente.
commitment-history-none = Este compromiso no ha cambiado desde que se registró.
commitment-history-fields-changed = Campos cambiados
commitment-history-field = Campo
commitment-history-before = Antes
commitment-history-after = Después
commitment-history-restore = Restaurar esta versión
commitment-back = Volver al compromiso
commitment-version-original = Versión { $version }: tal como estaba antes de la primera edición
commitment-version-restored = Versión { $version }: se restauró la versión { $from }
commitment-version-reported = Versión { $version }: estados fijados por un informe de progreso
commitment-version-edited = Versión { $version }: editada
commitment-history-by = por { $name },
commitment-history-as-it-stood = tal como estaba el
commitment-history-imported-on = Importado el
commitment-history-by-registry = por el registro el
commitment-history-not-public = (no público)
commitment-review-a-moderator = Un moderador
commitment-value-yes = sí
commitment-value-no = no
commitment-event-imported = Importado ({ $state })
commitment-event-submitted = Enviado para revisión
commitment-event-reported = Presentó un informe de progreso
commitment-event-report-hidden = Ocultó un informe de progreso
commitment-event-returned = Devuelto a su propietario para cambios
commitment-event-published = Publicado
commitment-event-archived = Archivado
commitment-event-registry = el registro
commitment-moment = { $date } a las { $time } UTC
commitment-restored = Restaurado: el compromiso está ahora en la versión { $version }.
commitment-restore-same = Esa versión es igual a la actual: no se ha cambiado nada.
commitment-field-label = { $key ->
        [title] Título
        [category] Categoría
        [objective] Objetivo
        [stakeholders] Partes interesadas
        [partners] Socios
        [implementation] Implementación
        [results] Resultados
        [enabling_factors] Factores favorables
        [sustainability] Sostenibilidad
        [other_sources] Otras fuentes de información
        [sdgs] Objetivos de Desarrollo Sostenible
        [targets] Metas
        [methods] Medios de implementación
        [other_methods] Otros medios de implementación
        [start_date] Fecha de inicio
        [completion_date] Fecha de finalización
        [ongoing] En curso
        [regions] Regiones
        [countries] Países
        [geographical_coverage] Cobertura geográfica
        [lead_entity] Entidad principal
        [entity_type] Tipo de entidad principal
        [contact] Persona de contacto
        [contact-name] Nombre de la persona de contacto
        [contact-position] Cargo de la persona de contacto
        [contact-email] Correo electrónico de la persona de contacto
        [contact-phone] Teléfono de la persona de contacto
        [contact-public] Datos de contacto públicos
        [deliverables] Entregables
        [resources] Recursos
        [language] Idioma
       *[other] { $label }
    }

## El formulario de registro y edición.
commitment-form-edit-title = Editar: { $title }
commitment-form-register-title = Registrar un compromiso
commitment-form-edit-caption = Editar el compromiso n.º { $id }
commitment-form-register-caption = Registrar un compromiso
commitment-form-heading = Háblenos de su compromiso
commitment-form-restored = Conservamos lo que escribió mientras volvía a iniciar sesión. Revíselo y envíelo cuando esté listo.
commitment-form-needed = Los campos sin «(opcional)» son obligatorios.
commitment-form-on-register = Un moderador revisa cada compromiso antes de publicarlo.
commitment-form-on-edit-published = Los cambios en un compromiso publicado se publican al guardarlos y se conservan en su historial.
commitment-form-on-edit-submitted = Está pendiente de revisión: sus cambios se guardan de inmediato, y un moderador los revisa con él antes de publicarlo.
commitment-form-on-edit-returned = Se devolvió para cambios: al guardar sus cambios, vuelve a enviarse para revisión.
commitment-form-on-edit-archived = Está archivado: sus cambios se guardan y se conservan en su historial, y sigue archivado.
commitment-form-about = Sobre el compromiso
commitment-form-title = Título
commitment-form-title-hint = Entre 10 y 250 caracteres, por ejemplo: Agua potable para 200 escuelas rurales de Camboya
commitment-form-category = Categoría
commitment-form-objective = Objetivo
commitment-form-objective-hint = Lo que el compromiso se propone lograr, y para cuándo.
commitment-form-stakeholders-section = Partes interesadas y socios
commitment-form-stakeholders = Partes interesadas (opcional)
commitment-form-stakeholders-hint = Quién participa o se beneficia.
commitment-form-partners = Socios (opcional)
commitment-form-partners-hint = Las organizaciones que trabajan con la entidad principal. Deje una fila vacía para omitirla.
commitment-form-partner = Socio { $number }
commitment-form-name = Nombre
commitment-form-type = Tipo
commitment-form-choose-type = Elija un tipo
commitment-form-add-partner = Añadir otro socio
commitment-form-implementation-section = Implementación y resultados
commitment-form-implementation = Implementación
commitment-form-implementation-hint = Cómo se lleva a cabo el compromiso: actividades, quién hace qué.
commitment-form-results = Resultados (opcional)
commitment-form-results-hint = Lo que ha cambiado hasta ahora, con cifras si las tiene.
commitment-form-enabling-factors = Factores favorables (opcional)
commitment-form-sustainability = Sostenibilidad (opcional)
commitment-form-sustainability-hint = Cómo continuará el trabajo cuando termine la financiación.
commitment-form-other-sources = Otras fuentes de información (opcional)
commitment-form-other-sources-hint = Informes, sitios web, evaluaciones.
commitment-form-save = Guardar los cambios
commitment-form-submit-anyway = Enviar para revisión: no es ninguno de estos
commitment-form-submit = Enviar para revisión
commitment-form-save-draft = Guardar como borrador
commitment-form-nothing-published = No se publica nada hasta que lo revisa un moderador.
commitment-form-draft-hint = «Guardar como borrador» conserva lo que escribió tal cual, sin comprobar, solo para usted: lo encontrará en la página de su cuenta.
commitment-form-goals-section = Objetivos y metas
commitment-form-sdgs = Objetivos de Desarrollo Sostenible
commitment-form-sdgs-hint = Seleccione cada objetivo al que contribuye el compromiso.
commitment-form-targets = Metas (opcional)
commitment-form-targets-hint = Cada objetivo tiene metas, como la 6.1 «agua potable segura y asequible». Abra un objetivo para elegir sus metas; deben pertenecer a un objetivo seleccionado arriba.
commitment-form-targets-of = Metas del objetivo { $number }
commitment-form-methods = Medios de implementación (opcional)
commitment-form-other-methods = Otros medios de implementación (opcional)
commitment-form-other-methods-hint = Sepárelos con comas, por ejemplo: Cooperación Sur-Sur, Campañas de radio
commitment-form-dates = Fechas
commitment-form-start-date = Fecha de inicio
commitment-form-completion-date = Fecha de finalización
commitment-form-completion-before = Cuándo termina el compromiso.
commitment-form-completion-after = Déjela vacía y marque «En curso» si no tiene fecha de finalización.
commitment-form-ongoing = En curso: el compromiso no tiene fecha de finalización
commitment-form-where = Dónde
commitment-form-regions = Regiones
commitment-form-countries = Países (opcional)
commitment-form-countries-hint = Marque cada país en el que actúa el compromiso, bajo su región.
commitment-form-countries-filter = Países
commitment-form-elsewhere = Otros lugares
commitment-form-countries-find = Buscar países
commitment-form-countries-none = No se ha encontrado ninguno
commitment-form-countries-shown = %n mostrados
commitment-form-coverage = Cobertura geográfica (opcional)
commitment-form-coverage-hint = Provincias, ciudades o zonas, si el compromiso abarca solo una parte de un país.
commitment-form-lead-section = Entidad principal
commitment-form-lead-entity = Nombre de la entidad principal
commitment-form-lead-entity-hint = La organización que dirige el compromiso.
commitment-form-entity-type = Tipo de entidad principal
commitment-form-contact-section = Persona de contacto
commitment-form-contact-name = Nombre completo
commitment-form-contact-position = Cargo (opcional)
commitment-form-contact-email = Correo electrónico
commitment-form-contact-phone = Teléfono (opcional)
commitment-form-contact-phone-hint = Con el prefijo del país, por ejemplo +41 22 917 12 34
commitment-form-contact-public = Mostrar al público el correo electrónico y el número de teléfono
commitment-form-contact-public-hint = Si no marca esta casilla, solo se muestran el nombre y el cargo.
commitment-form-deliverables = Entregables (opcional)
commitment-form-deliverables-hint = Lo que entregará el compromiso, y para cuándo. Deje una fila vacía para omitirla.
commitment-form-deliverable = Entregable { $number }
commitment-form-deliverable-title = Título
commitment-form-due-date = Fecha prevista
commitment-form-status = Estado
commitment-form-choose-status = Elija un estado
commitment-form-add-deliverable = Añadir otro entregable
commitment-form-resources = Recursos (opcional)
commitment-form-resources-hint = Fondos, contribuciones en especie o personal comprometidos. Un importe es un número entero con el código ISO 4217 de tres letras de su moneda, como USD, EUR o NGN; deje ambos vacíos si no hay importe (lo habitual en contribuciones en especie y de personal).
commitment-form-resource = Recurso { $number }
commitment-form-kind = Tipo
commitment-form-choose-kind = Elija un tipo
commitment-form-description = Descripción
commitment-form-amount = Importe (opcional)
commitment-form-currency = Moneda
commitment-form-currency-hint = Obligatoria con un importe: un código como USD, EUR o NGN
commitment-form-add-resource = Añadir otro recurso
commitment-date-hint-html = <span class="nowrap">Año-mes-día</span>, por ejemplo <span class="nowrap">{ $example }</span>
commitment-form-unreadable = No se pudo leer el formulario. Vuelva atrás e inténtelo de nuevo.
commitment-form-no-version = Al formulario le falta la versión con la que se cargó. Vuelva a cargar la página de edición e inténtelo de nuevo.

## «¿Ya está registrado?»
commitment-similar-check = ¿Ya está registrado?
commitment-similar-found = { $count ->
        [one] Este compromiso tiene la misma entidad principal o un título muy parecido. Todavía no se ha guardado nada.
       *[other] Estos compromisos tienen la misma entidad principal o un título muy parecido. Todavía no se ha guardado nada.
    }
commitment-similar-new-tab = (se abre en una pestaña nueva)
commitment-similar-same-lead = (misma entidad principal)
commitment-similar-advice = Si el suyo es uno de ellos, no hace falta registrarlo de nuevo. Si es un compromiso distinto, revise el formulario de abajo y envíelo: todo lo que escribió sigue ahí.
commitment-draft-banner = Este es su borrador: solo usted puede verlo. Envíelo cuando esté listo, o guárdelo de nuevo como borrador.

## Otra persona guardó mientras usted editaba.
commitment-merge-heading = Otra persona guardó este compromiso mientras usted lo editaba
commitment-merge-saved = { $who } guardó cambios a las { $when }. Sus cambios en campos que usted no cambió ya están en el formulario de abajo, y sus otros cambios se conservan. Todavía no se ha guardado nada.
commitment-merge-both-changed = Ambos cambiaron { $count ->
        [one] este campo
       *[other] estos { $count } campos
    }: elija qué valor conservar y luego guarde.
commitment-merge-original = Antes de que ninguno de los dos lo cambiara
commitment-merge-theirs = El de la otra persona
commitment-merge-yours = El suyo
commitment-merge-keep-mine = Conservar el mío
commitment-merge-keep-mine-hint-html = Guarda el valor del formulario de abajo, <a href="#{ $anchor }">{ $label }</a>, donde todavía puede cambiarlo.
commitment-merge-take-theirs = Tomar el de la otra persona
commitment-merge-empty = (vacío)
commitment-merge-not-known = (desconocido)
commitment-merge-someone-else = otra persona
commitment-merge-names = { $names } y { $last }
commitment-merged = Sus cambios se combinaron con los cambios de { $who } guardados a las { $when }.

## Mensajes después de guardar.
commitment-registered = Su compromiso se ha enviado. Un moderador lo revisará antes de publicarlo.
commitment-unchanged = No había cambiado nada, así que no se guardó nada.
commitment-saved = Sus cambios se han guardado.
commitment-saved-resubmitted = Sus cambios se han guardado, y el compromiso vuelve a estar pendiente de revisión.
commitment-draft-saved = Su borrador se ha guardado. Solo usted puede verlo: aparece en la página de su cuenta.
commitment-drafts-full = Ya tiene { $count } borradores, el máximo que puede guardar una cuenta. No se ha guardado nada: vuelva atrás y elimine los borradores que ya no necesite en la página de su cuenta, o envíe el formulario.
commitment-report-filed = Su informe de progreso está en la cronología de abajo.
commitment-report-now-hidden = El informe está oculto: ahora solo lo ven el propietario y los moderadores.
commitment-photo-added = Se añadió la foto.
commitment-photo-deleted = Se eliminó la foto.
commitment-contact-sent = Su mensaje se ha enviado a la persona de contacto de este compromiso. Su respuesta llegará a { $email }.

## El formulario de informe de progreso.
commitment-report-form-title = Presentar un informe de progreso – { $title }
commitment-report-form-caption = Presentar un informe de progreso
commitment-report-form-heading = ¿Cómo va «{ $title }»?
commitment-report-form-restored = Conservamos lo que escribió mientras volvía a iniciar sesión. Revíselo y envíe el informe cuando esté listo.
commitment-report-form-lead = Su informe se publica de inmediato en la página del compromiso y mantiene al día su indicador de informes. Los informes no se pueden cambiar después. Los campos sin «(opcional)» son obligatorios.
commitment-report-form-section = El informe
commitment-report-form-date = Fecha del informe
commitment-report-form-date-hint = El día que describe el informe, como muy tarde mañana; no antes de que empezara el compromiso.
commitment-report-form-status = Situación del compromiso
commitment-report-form-percent = Porcentaje completado (opcional)
commitment-report-form-percent-hint = Un número entero de 0 a 100.
commitment-report-form-achievements = Logros
commitment-report-form-achievements-hint = Lo que se hizo desde el último informe, con cifras si las tiene: al menos 20 caracteres.
commitment-report-form-challenges = Dificultades (opcional)
commitment-report-form-challenges-hint = Qué frenó el trabajo, y cómo lo está afrontando.
commitment-report-form-next-steps = Próximos pasos (opcional)
commitment-report-form-deliverables = Entregables
commitment-report-form-deliverables-hint = Actualice el estado de cada entregable. Los que no cambien se quedan como están.
commitment-report-form-due = Fecha prevista: { $date }
commitment-report-form-send = Presentar el informe
commitment-report-form-cancel = Cancelar y volver al compromiso
commitment-report-wait-title = Los informes esperan a la publicación – { $title }
commitment-report-wait-heading = Los informes de progreso pueden presentarse cuando el compromiso esté publicado
commitment-report-wait-is = «{ $title }» está
commitment-report-wait-why = Los informes forman parte del registro público, así que solo se presentan sobre compromisos publicados. No se ha guardado nada.
commitment-report-wait-submitted = Un moderador lo revisa antes de publicarlo. Cuando esté publicado, vuelva aquí para informar sobre él.
commitment-report-wait-returned = Un moderador lo devolvió a su propietario para cambios. Guárdelo de nuevo para volver a enviarlo a revisión; cuando esté publicado, podrá informar sobre él.
commitment-report-wait-archived = Un moderador lo archivó: se conserva como constancia y ya no admite informes.

## Escribir a la persona de contacto.
commitment-contact-title = Contactar con el equipo: { $title }
commitment-contact-heading-page = Contactar con el equipo
commitment-contact-lead = Su mensaje se envía por correo electrónico a { $name }, la persona de contacto de este compromiso.
commitment-contact-address-before = Lo enviamos con su dirección,
commitment-contact-address-after = , para que pueda responderle directamente. No le mostramos su dirección.
commitment-contact-subject = Asunto
commitment-contact-subject-hint = Por ejemplo: Colaborar en los pozos de las escuelas
commitment-contact-message = Mensaje
commitment-contact-message-hint = Diga quién es y qué le gustaría saber. Hasta 5000 caracteres.
commitment-contact-send = Enviar el mensaje
commitment-contact-limit = Cada cuenta puede enviar 5 mensajes al día a través de estos formularios.
