# The 4xx and 5xx pages (templates/errors/, src/error/).

error-status = Error { $status }.
# Contains links: the template shows it as HTML.
error-next-html = Puede <a href="/commitments">consultar todos los compromisos</a> o ir a la <a href="/">página de inicio</a>.

error-not-found-heading = No se encuentra la página
error-not-found-message = Si escribió la dirección, compruebe que sea correcta. Si siguió un enlace a un compromiso, es posible que todavía no se haya publicado.
error-bad-request-heading = Hay un problema con la solicitud
error-query-unreadable = Un parámetro de la dirección web no se ha podido leer. Compruebe la dirección.
error-forbidden-heading = No tiene permiso para ver esta página
error-forbidden-message = Su cuenta no tiene la función que requiere esta página. Si cree que debería tenerla, consulte a un administrador del registro.
error-csrf-heading = Este formulario ha caducado
error-csrf-message = Por su seguridad, los formularios dejan de funcionar después de un tiempo o cuando inicia o cierra sesión en otra pestaña. No se ha guardado nada. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-too-large-heading = El formulario o el archivo es demasiado grande
error-too-large-message = No se ha guardado nada. Vuelva atrás y envíe menos texto o un archivo más pequeño (fotos de hasta 5 MB).
error-unexpected-heading = Lo sentimos, hay un problema con el servicio
error-unexpected-message = Inténtelo de nuevo más tarde. El problema ha quedado registrado.
error-busy-heading = El registro está ocupado
error-busy-message = No se ha perdido nada: vuelva atrás y envíe de nuevo el formulario dentro de unos segundos. Lo que escribió sigue en el formulario.
error-storage-heading = En este momento, el registro no puede guardar ni leer datos
error-storage-message = No se ha guardado nada. El problema se ha comunicado a los administradores: inténtelo de nuevo dentro de un rato.
error-too-many-heading = Espere antes de volver a intentarlo
error-too-many-message = Esto se ha solicitado demasiadas veces. Espere { $wait } y vuelva a intentarlo.
error-unrenderable = Lo sentimos, no se ha podido mostrar esta página.

# A failure that passes, said on the form that was kept.
passing-busy = El registro está ocupado
passing-too-many = Esto se ha enviado demasiadas veces
passing-storage = En este momento, el registro no puede guardar (un problema de almacenamiento, comunicado a los administradores)
passing-message = { $what }; su formulario se ha conservado, vuelva a intentarlo dentro de { $wait }.

# A wait in words, rounded up.
wait-seconds = { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
wait-minutes = { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
wait-hours = { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }

# templates/errors/unverified.html
unverified-title = Primero confirme su dirección de correo electrónico
unverified-lead = Debe confirmar su dirección de correo electrónico para poder registrar compromisos o escribir a sus personas de contacto.
unverified-body = Cuando creó su cuenta, le enviamos un correo electrónico con un enlace. El enlace es válido durante 24 horas.
unverified-send-again = Enviar el enlace de nuevo

# templates/errors/read_only.html
read-only-title = Los cambios están en pausa por ahora
read-only-lead = El registro es solo de lectura mientras sus administradores trabajan en él, por lo que lo que envió no se ha guardado.
read-only-notice-intro = El aviso de los administradores:
read-only-no-date = Los administradores no han indicado cuándo volverá a abrirse: inténtelo de nuevo más tarde.
read-only-browse = Todavía puede consultar y buscar todos los compromisos.
read-only-keep = Para conservar lo que escribió, use el botón «Atrás» de su navegador: el formulario debería conservarlo.
read-only-browse-link = Consultar los compromisos

# templates/errors/form_kept.html
form-kept-expired-title = Este formulario había caducado
form-kept-lead = Todavía no se ha guardado nada, pero lo que escribió se conserva.
form-kept-expired-body = Por su seguridad, un formulario deja de funcionar cuando inicia o cierra sesión en otra pestaña. Continúe y el formulario volverá con todo lo que escribió, listo para enviarse.
form-kept-continue = Continuar
form-kept-ended-title = Su sesión ha terminado
form-kept-ended-body = Inicie sesión de nuevo y el formulario volverá con todo lo que escribió, listo para enviarse. Se conserva durante 24 horas, solo en este navegador.
form-kept-sign-in = Iniciar sesión para continuar
