# Nombres de los vocabularios: los 17 objetivos y cada vocabulario cerrado del registro.

## Los 17 Objetivos de Desarrollo Sostenible: nombres cortos oficiales de las Naciones Unidas.
sdg-1 = Fin de la pobreza
sdg-2 = Hambre cero
sdg-3 = Salud y bienestar
sdg-4 = Educación de calidad
sdg-5 = Igualdad de género
sdg-6 = Agua limpia y saneamiento
sdg-7 = Energía asequible y no contaminante
sdg-8 = Trabajo decente y crecimiento económico
sdg-9 = Industria, innovación e infraestructura
sdg-10 = Reducción de las desigualdades
sdg-11 = Ciudades y comunidades sostenibles
sdg-12 = Producción y consumo responsables
sdg-13 = Acción por el clima
sdg-14 = Vida submarina
sdg-15 = Vida de ecosistemas terrestres
sdg-16 = Paz, justicia e instituciones sólidas
sdg-17 = Alianzas para lograr los objetivos

## Categorías: el tipo de iniciativa.
category-partnership = Alianza
category-voluntary-commitment = Compromiso voluntario
category-good-practice = Buena práctica

## Regiones: las agrupaciones regionales de las Naciones Unidas.
region-africa = África
region-asia-pacific = Asia y el Pacífico
region-europe = Europa
region-latin-america-caribbean = América Latina y el Caribe
region-north-america = América del Norte
region-west-asia = Asia Occidental
region-global = Mundial

## Tipos de entidad: el de la entidad principal o el de un socio.
entity-type-government = Gobierno
entity-type-local-government = Gobierno local
entity-type-un-entity = Entidad de las Naciones Unidas
entity-type-intergovernmental-organization = Organización intergubernamental
entity-type-ngo = ONG
entity-type-civil-society = Sociedad civil
entity-type-private-sector = Sector privado
entity-type-academic = Institución académica
entity-type-scientific-community = Comunidad científica
entity-type-philanthropic = Organización filantrópica
entity-type-partnership = Alianza
entity-type-other = Otro

## Medios de implementación.
method-financing = Financiación
method-capacity-building = Creación de capacidad
method-technology = Tecnología
method-policy = Políticas
method-partnership = Alianzas
method-data-monitoring = Datos y seguimiento
method-trade = Comercio

## En qué punto está un entregable.
deliverable-status-planned = Previsto
deliverable-status-in-progress = En curso
deliverable-status-completed = Finalizado
deliverable-status-cancelled = Cancelado

## El tipo de recurso comprometido.
resource-kind-financing = Financiación
resource-kind-in-kind = Contribución en especie
resource-kind-staff = Personal / conocimientos técnicos
resource-kind-other = Otro

## Cómo valora un informe de progreso el compromiso.
report-status-on-track = Según lo previsto
report-status-off-track = Con retraso
report-status-achieved = Logrado
report-status-discontinued = Interrumpido

## En qué punto está la revisión de un compromiso.
workflow-submitted = Pendiente de revisión
workflow-published = Publicado
workflow-returned = Devuelto para cambios
workflow-archived = Archivado

## Lo que decide un moderador.
decision-publish = Publicar
decision-return = Devolver a su propietario para que haga cambios
decision-archive = Archivar

## Estado, según la fecha de finalización.
status-ongoing = En curso
status-completed = Finalizado

## Informes, según el último informe.
reporting-up-to-date = Al día
reporting-due = Informe pendiente
reporting-overdue = Informe atrasado
reporting-inactive = Inactivo

## Funciones de las cuentas.
role-contributor = Colaborador
role-moderator = Moderador
role-admin = Administrador

## Importancia del aviso del sitio.
notice-level-info = Información
notice-level-warning = Advertencia
