# Every page's frame: header, navigation, notice, footer (templates/base.html).

site-name = Registro de compromisos con los ODS
skip-link = Ir al contenido principal
feed-link-title = Últimos compromisos e informes de avance
search-meta-title = Compromisos
search-meta-description = Busque y consulte alianzas, compromisos voluntarios y buenas prácticas en favor de los Objetivos de Desarrollo Sostenible de las Naciones Unidas, por objetivo, región, país, tipo de organización y más.

nav-label = Menú principal
nav-commitments = Compromisos
nav-organisations = Organizaciones
nav-statistics = Estadísticas
nav-register = Registrar un compromiso
nav-account = Su cuenta
nav-moderation = Moderación
nav-users = Usuarios
nav-site-notice = Aviso del sitio
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
nav-sign-up = Crear una cuenta

language-switch-label = Idioma

notice-label = Aviso del sitio
notice-read-only-title = Por ahora, el registro es solo de lectura.
notice-read-only-body = Puede consultarlo y hacer búsquedas, pero no se pueden guardar cambios hasta que vuelva a abrirse.

footer-about = Un registro público de alianzas, compromisos voluntarios y buenas prácticas en favor de los Objetivos de Desarrollo Sostenible de las Naciones Unidas. Cualquier persona puede consultarlo y hacer búsquedas en él.
footer-data = Código abierto. Los datos se muestran tal como los introdujeron las organizaciones que dirigen cada compromiso.
footer-feed = Seguir los nuevos compromisos e informes de avance (canal Atom)
footer-api = API JSON

# Between the items of a short inline list (quoted: the space after it counts).
list-separator = { ", " }
# Between the rows of a table written on one line (partners, deliverables).
rows-separator = { "; " }
