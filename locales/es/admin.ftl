# Moderation and administration pages (templates/admin/, src/routes/admin/).

## The moderation queue (templates/admin/moderation.html).
admin-moderation-title = Moderación
admin-queue-empty = Ningún compromiso está pendiente de revisión.
admin-queue-count = { $count ->
        [one] { $count } compromiso pendiente de revisión, empezando por el que más tiempo lleva esperando.
       *[other] { $count } compromisos pendientes de revisión, empezando por los que más tiempo llevan esperando.
    }
admin-queue-caption = Compromisos pendientes de revisión
admin-col-commitment = Compromiso
admin-col-lead-entity = Entidad responsable
admin-col-submitted-by = Enviado por
admin-col-waiting = Espera
admin-col-action = Acción
admin-imported = Importado
admin-since = (desde el { $date })
admin-review = Revisar
admin-queue-showing = Se muestran los { $count } que más tiempo llevan esperando.
admin-waited-less-than-hour = menos de una hora
admin-waited-hours = { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
admin-waited-days = { $count ->
        [one] { $count } día
       *[other] { $count } días
    }

## The site notice (templates/admin/notice.html).
admin-notice-title = Aviso del sitio
admin-notice-lead = Un mensaje que aparece en la parte superior de cada página, y un interruptor que detiene todo cambio en el registro.
admin-notice-message-label = Mensaje
admin-notice-message-hint = Déjelo vacío para no mostrar ningún mensaje. Diga qué ocurre y hasta cuándo, por ejemplo: Mantenimiento el 3 de marzo de 09:00 a 11:00 UTC.
admin-notice-kind = Tipo de aviso
admin-notice-read-only-label = Poner el registro en modo de solo lectura
admin-notice-read-only-hint = Mientras esté activado, nadie puede crear una cuenta, registrar ni cambiar compromisos, y se rechazan las importaciones; la consulta y la búsqueda siguen funcionando. El inicio de sesión y este formulario siguen funcionando, para que pueda desactivarlo.
admin-notice-save = Guardar el aviso
admin-notice-saved = El aviso del sitio se ha guardado.
admin-notice-saved-read-only = El aviso del sitio se ha guardado. El registro está en modo de solo lectura: los cambios se rechazan hasta que lo desactive.

## Accounts (templates/admin/users.html).
admin-users-title = Usuarios
admin-users-title-page = Usuarios (página { $page } de { $pages })
admin-users-search-label = Buscar por nombre o dirección de correo electrónico
admin-users-search-button = Buscar
admin-users-none = Ninguna cuenta coincide.
admin-users-none-for = Ninguna cuenta coincide con «{ $q }».
admin-users-count = { $count ->
        [one] { $count } cuenta.
       *[other] { $count } cuentas.
    }
admin-users-count-for = { $count ->
        [one] { $count } cuenta coincide con «{ $q }».
       *[other] { $count } cuentas coinciden con «{ $q }».
    }
admin-users-suspended = Suspendida
admin-users-unconfirmed = Correo electrónico sin confirmar
admin-users-suspended-on = Suspendida el { $date }: { $reason }
admin-users-suspended-on-by = Suspendida el { $date } por { $by }: { $reason }
admin-users-role-label = Función
admin-users-of = de { $name }
admin-users-change-role = Cambiar la función
admin-users-reason-label = Motivo de la suspensión
admin-users-reason-hint = Obligatorio. La persona lo verá cuando intente iniciar sesión.
admin-users-suspend = Suspender
admin-users-unsuspend = Levantar la suspensión
admin-users-pages = Páginas
admin-users-previous = ← Anterior
admin-users-next = Siguiente
admin-users-next-arrow = →
admin-users-page-word = página
admin-users-page-of = Página { $page } de { $pages }
admin-users-log-heading = Registro de cuentas
admin-users-log-none = Todavía no se ha suspendido ninguna cuenta.
admin-users-log-suspended = { $by } suspendió la cuenta de { $name }
admin-users-log-unsuspended = { $by } levantó la suspensión de { $name }
admin-users-log-deleted = una cuenta ya eliminada
admin-users-log-reason = Motivo: { $reason }
admin-users-page-invalid = la página debe ser un número entero a partir de 1
admin-users-role-done = { $name } tiene ahora la función de { $role }. Sus sesiones se han cerrado: el cambio se aplica desde su próxima página.
admin-users-suspend-done = La cuenta de { $name } está suspendida y se ha cerrado su sesión. No podrá iniciar sesión hasta que se levante la suspensión, y verá su motivo cuando lo intente.
admin-users-unsuspend-done = Se ha levantado la suspensión de { $name }: puede volver a iniciar sesión.
