<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
    <context>
        <name>AddSiteDialog</name>
        <message>
            <source>Add a site</source>
            <translation>Agregar una sede</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Recinto</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Nobody signed in, so CareKit closes: event data is shown only to a signed-in operator. Start CareKit again to sign in.</source>
            <translation>Nadie inició sesión, así que CareKit se cierra: los datos del evento solo se muestran a un operador con sesión iniciada. Abre CareKit de nuevo para iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>ApplySetupDialog</name>
        <message>
            <source>Apply a newer setup file</source>
            <translation>Aplicar un archivo de configuración más reciente</translation>
        </message>
        <message>
            <source>A coordinator gives a newer setup file when the event's keys were rotated or operators were added: this laptop takes the new key, the operators and their PINs from it, and keeps its own data.</source>
            <translation>Un coordinador entrega un archivo de configuración más reciente cuando se renovaron las claves del evento o se añadieron operadores: este portátil toma de él la clave nueva, los operadores y sus PIN, y conserva sus propios datos.</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>Archivo de configuración</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>Primero elige el archivo de configuración.</translation>
        </message>
    </context>
    <context>
        <name>ArrivalScan</name>
        <message>
            <source>At the pick-up point</source>
            <translation>En el punto de recogida</translation>
        </message>
        <message>
            <source>At the hotel</source>
            <translation>En el hotel</translation>
        </message>
        <message>
            <source>Scan a traveller's badge on arrival</source>
            <translation>Escanee la credencial del viajero a su llegada</translation>
        </message>
        <message>
            <source>{name}: already met at {time}, {desk} (this scan was recorded too)</source>
            <translation>{name}: ya recibido a las {time}, {desk} (este escaneo también se registró)</translation>
        </message>
        <message>
            <source>{name}: arrived at {time}</source>
            <translation>{name}: llegó a las {time}</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsBoard</name>
        <message>
            <source>Arrivals board</source>
            <translation>Tablero de llegadas</translation>
        </message>
        <message>
            <source>Family arrivals</source>
            <translation>Llegadas de familiares</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Llega</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>Tren / vuelo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Vehículo</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>a tiempo</translation>
        </message>
        <message>
            <source>landed</source>
            <translation>aterrizó</translation>
        </message>
        <message>
            <source>picked up</source>
            <translation>recogido</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>sin recoger</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>Aún sin recoger</translation>
        </message>
        <message>
            <source>Nobody missing</source>
            <translation>No falta nadie</translation>
        </message>
    </context>
    <context>
        <name>BadgeActions</name>
        <message>
            <source>Badge</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>The badge is ready.</source>
            <translation>El gafete está listo.</translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>Algunos caracteres no tienen fuente y se imprimen como �:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
    </context>
    <context>
        <name>BadgeLayouts</name>
        <message>
            <source>4 × 3 in badge (badge printers)</source>
            <translation>Credencial de 4 × 3 in (impresoras de credenciales)</translation>
        </message>
        <message>
            <source>A4 label sheet, 2 × 4 (99.1 × 67.7 mm, e.g. L7165)</source>
            <translation>Hoja de etiquetas A4, 2 × 4 (99,1 × 67,7 mm, p. ej. L7165)</translation>
        </message>
        <message>
            <source>A4 label sheet, 3 × 8 (63.5 × 33.9 mm, e.g. L7159)</source>
            <translation>Hoja de etiquetas A4, 3 × 8 (63,5 × 33,9 mm, p. ej. L7159)</translation>
        </message>
        <message>
            <source>CR80 card, 85.6 × 54 mm (card printers)</source>
            <translation>Tarjeta CR80, 85,6 × 54 mm (impresoras de tarjetas)</translation>
        </message>
    </context>
    <context>
        <name>BadgeOnScreen</name>
        <message>
            <source>Badge for {name}</source>
            <translation>Gafete de {name}</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>WORKER</source>
            <translation>TRABAJADOR</translation>
        </message>
        <message>
            <source>FAMILY</source>
            <translation>FAMILIAR</translation>
        </message>
        <message>
            <source>GUEST</source>
            <translation>INVITADO</translation>
        </message>
        <message>
            <source>STAFF</source>
            <translation>PERSONAL</translation>
        </message>
    </context>
    <context>
        <name>BatchBadgeDialog</name>
        <message>
            <source>Print badges</source>
            <translation>Imprimir gafetes</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Todas las sedes</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Trabajadores</translation>
        </message>
        <message>
            <source>Family members</source>
            <translation>Familiares</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Invitados</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Only badges not printed yet</source>
            <translation>Solo gafetes aún no impresos</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>Guardar gafetes</translation>
        </message>
        <message>
            <source>Preparing badges…</source>
            <translation>Preparando gafetes…</translation>
        </message>
        <message>
            <source>{done} of {total} badges</source>
            <translation>{done} de {total} gafetes</translation>
        </message>
        <message>
            <source>{badges} on {pages} saved to {path}.</source>
            <translation>Guardado en {path}: {badges} en {pages}.</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s)</source>
            <translation>
                <numerusform>%n gafete</numerusform>
                <numerusform>%n gafetes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>Algunos caracteres no tienen fuente y se imprimen como �:</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked printed.</source>
            <translation>Cancelado: ningún gafete se marcó como impreso.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>(sealed health value)</source>
            <translation>(dato de salud sellado)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>Escrito el</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Mostrado ahora</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Conservar este valor</translation>
        </message>
        <message>
            <source>Only a coordinator resolves conflicts.</source>
            <translation>Solo un coordinador resuelve conflictos.</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Sin resolver</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>urgent</source>
            <translation>urgente</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rutina</translation>
        </message>
        <message>
            <source>sealed here</source>
            <translation>sellado en esta laptop</translation>
        </message>
        <message>
            <source>record not here yet</source>
            <translation>el registro aún no llega</translation>
        </message>
        <message>
            <source>no site</source>
            <translation>sin sede</translation>
        </message>
        <message>
            <source>Arrivals</source>
            <translation>Llegadas</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Con entrada</translation>
        </message>
        <message>
            <source>Not yet arrived</source>
            <translation>Aún no llegan</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Sin inscripción previa</translation>
        </message>
        <message>
            <source>Badges whose record is not here yet</source>
            <translation>Gafetes cuyo registro aún no llega</translation>
        </message>
        <message>
            <source>Registered and checked in</source>
            <translation>Inscritos y con entrada</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Check-ins per 15 minutes</source>
            <translation>Entradas cada 15 minutos</translation>
        </message>
        <message>
            <source>Busiest desks</source>
            <translation>Mesas con más movimiento</translation>
        </message>
        <message>
            <source>Scans per desk</source>
            <translation>Escaneos por mesa</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Mesa</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>Escaneos</translation>
        </message>
        <message>
            <source>First check-ins</source>
            <translation>Primeras entradas</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Tamizaje</translation>
        </message>
        <message>
            <source>People screened</source>
            <translation>Personas tamizadas</translation>
        </message>
        <message>
            <source>Screenings per hour are for every site.</source>
            <translation>Los tamizajes por hora son de todas las sedes.</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>Personas tamizadas por estación y por hora</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>Alertas por tipo</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Some records' flags are sealed on this laptop: unlock the health key to count them.</source>
            <translation>Las alertas de algunos registros están selladas en esta laptop: desbloquea la clave de salud para contarlas.</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Canalizaciones abiertas</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgentes</translation>
        </message>
        <message>
            <source>Open referrals by priority</source>
            <translation>Canalizaciones abiertas por prioridad</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>Laptops</translation>
        </message>
        <message>
            <source>Last bundle from each laptop</source>
            <translation>Último paquete de cada laptop</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Newest data</source>
            <translation>Datos más recientes</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Paquete importado</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>esta laptop</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>Visitas familiares</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperados</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegaron</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Faltan</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>Viajeros por estado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>Viajeros</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formación</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistieron</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>Tasa de aprobación</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>Certificados emitidos</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobados</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Reprobados</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>Sin terminar</translation>
        </message>
        <message>
            <source>Results of the day's sessions</source>
            <translation>Resultados de las sesiones del día</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Sede:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>The day the figures are for; today where the event is, until you pick another.</source>
            <translation>El día al que corresponden las cifras; hoy donde se celebra el evento, hasta que elija otro.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Every site</source>
            <translation>Todas las sedes</translation>
        </message>
        <message>
            <source>Figures of {date} · updated {time}</source>
            <translation>Cifras del {date} · actualizado a las {time}</translation>
        </message>
        <message>
            <source>computed in {ms} ms</source>
            <translation>calculado en {ms} ms</translation>
        </message>
        <message>
            <source>this laptop up to {time}</source>
            <translation>esta laptop hasta las {time}</translation>
        </message>
        <message>
            <source>{laptop} up to {time} (bundle imported {imported})</source>
            <translation>{laptop} hasta las {time} (paquete importado {imported})</translation>
        </message>
        <message>
            <source>Data: {parts}</source>
            <translation>Datos: {parts}</translation>
        </message>
        <message>
            <source>No data yet.</source>
            <translation>Aún no hay datos.</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Check-in desk</source>
            <translation>Recepción</translation>
        </message>
        <message>
            <source>Scan a badge or search (name, pinyin, initials, phone, staff id, serial):</source>
            <translation>Escanea un gafete o busca (nombre, pinyin, iniciales, teléfono, número de empleado, folio):</translation>
        </message>
        <message>
            <source>Scan or type…</source>
            <translation>Escanea o escribe…</translation>
        </message>
        <message>
            <source>Walk-in (F2)</source>
            <translation>Sin inscripción (F2)</translation>
        </message>
        <message>
            <source>Print badge (F4)</source>
            <translation>Imprimir gafete (F4)</translation>
        </message>
        <message>
            <source>Check in selected (Enter)</source>
            <translation>Registrar entrada del seleccionado (Enter)</translation>
        </message>
        <message>
            <source>Open person (Ctrl+E)</source>
            <translation>Abrir persona (Ctrl+E)</translation>
        </message>
        <message>
            <source>Enrol in a session (F6)</source>
            <translation>Inscribir en una sesión (F6)</translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>%n inscrito</numerusform>
                <numerusform>%n inscritos</numerusform>
            </translation>
        </message>
        <message>
            <source>{checked} checked in of {registered}</source>
            <translation>{checked} con entrada de {registered}</translation>
        </message>
        <message>
            <source>Nobody found for “{text}”. Check the spelling, try the phone or staff id, or press F2 to register a walk-in.</source>
            <translation>No se encontró a nadie con “{text}”. Revisa cómo se escribe, prueba con el teléfono o el número de empleado, o pulsa F2 para inscribir a alguien sin registro previo.</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field).</source>
            <translation>Primero selecciona a una persona en la lista (↓ desde el campo de búsqueda).</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field), then press F6 to enrol them in a session.</source>
            <translation>Primero seleccione a una persona en la lista (↓ desde el campo de búsqueda) y pulse F6 para inscribirla en una sesión.</translation>
        </message>
        <message>
            <source>There is no training session still to come to enrol into.</source>
            <translation>No queda ninguna sesión de formación por celebrarse en la que inscribir.</translation>
        </message>
        <message>
            <source>Already enrolled in this session</source>
            <translation>Ya está inscrito en esta sesión</translation>
        </message>
        <message>
            <source>Already on this session's waiting list (#{n})</source>
            <translation>Ya está en la lista de espera de esta sesión (n.º {n})</translation>
        </message>
        <message>
            <source>Enrolled in the session</source>
            <translation>Inscrito en la sesión</translation>
        </message>
        <message>
            <source>Session full: on the waiting list (#{n})</source>
            <translation>Sesión completa: en la lista de espera (n.º {n})</translation>
        </message>
        <message>
            <source>Nobody to print a badge for: scan a badge or select a person in the list, then press F4.</source>
            <translation>No hay a quién imprimir un gafete: escanea un gafete o selecciona a una persona en la lista y pulsa F4.</translation>
        </message>
    </context>
    <context>
        <name>DeviceDialog</name>
        <message>
            <source>This laptop</source>
            <translation>Esta laptop</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>Nombre de la mesa</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
    </context>
    <context>
        <name>DuplicateChoice</name>
        <message>
            <source>Already registered?</source>
            <translation>¿Ya está inscrito?</translation>
        </message>
        <message>
            <source>These people already have this phone or staff id. Is the walk-in one of them?</source>
            <translation>Estas personas ya tienen este teléfono o número de empleado. ¿La persona sin registro previo es una de ellas?</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>con entrada</translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation>sin entrada</translation>
        </message>
        <message>
            <source>Yes: check this person in</source>
            <translation>Sí: registrar la entrada de esta persona</translation>
        </message>
        <message>
            <source>No: register as new (flagged as possible duplicate)</source>
            <translation>No: inscribir como nueva (marcada como posible duplicado)</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Volver al formulario</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Maybe the same as</source>
            <translation>Quizá es la misma que</translation>
        </message>
        <message>
            <source>Because</source>
            <translation>Porque</translation>
        </message>
        <message>
            <source>Same person: merge into the first…</source>
            <translation>Misma persona: fusionar con la primera…</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Personas distintas</translation>
        </message>
        <message>
            <source>same phone {value}</source>
            <translation>mismo teléfono {value}</translation>
        </message>
        <message>
            <source>same staff id {value}</source>
            <translation>mismo número de empleado {value}</translation>
        </message>
        <message>
            <source>Undo the last merge ({absorbed} into {kept})</source>
            <translation>Deshacer la última fusión ({absorbed} en {kept})</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>No se hizo</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>Deshacer fusión</translation>
        </message>
        <message>
            <source>Give {absorbed} back their own record, badges, consents and check-ins, apart from {kept}?</source>
            <translation>¿Devolver a {absorbed} su propio registro, credenciales, consentimientos y entradas, separado de {kept}?</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in a training session</source>
            <translation>Inscribir en una sesión de formación</translation>
        </message>
        <message>
            <source>Enrol {name} in which session? (↑↓ to choose, Enter to enrol)</source>
            <translation>¿En qué sesión inscribir a {name}? (↑↓ para elegir, Intro para inscribir)</translation>
        </message>
        <message>
            <source>Enrol in this session</source>
            <translation>Inscribir en esta sesión</translation>
        </message>
        <message>
            <source>{enrolled}/{capacity} enrolled</source>
            <translation>{enrolled}/{capacity} inscritos</translation>
        </message>
        <message>
            <source>full ({capacity}): joins the waiting list</source>
            <translation>completa ({capacity}): pasa a la lista de espera</translation>
        </message>
        <message>
            <source>already enrolled here</source>
            <translation>ya inscrito aquí</translation>
        </message>
        <message>
            <source>already on the waiting list here</source>
            <translation>ya en la lista de espera aquí</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase a person</source>
            <translation>Borrar a una persona</translation>
        </message>
        <message>
            <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The person's name, phone, staff id, employer, city, health records and notes are cleared on this laptop now and on every laptop that receives this laptop's next bundle. Their check-ins stay only as anonymous counts and their badge stops working.</source>
            <translation>&lt;b&gt;No se puede deshacer.&lt;/b&gt; El nombre, teléfono, número de empleado, empresa, ciudad, registros de salud y notas de la persona se borran ahora en esta laptop y en cada laptop que reciba el próximo paquete de esta. Sus registros de entrada quedan solo como conteos anónimos y su gafete deja de funcionar.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>N.º de empleado</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>for example: asked at the desk on 5 December</source>
            <translation>por ejemplo: lo pidió en la recepción el 5 de diciembre</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Borrar definitivamente</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No event database given: use --db PATH (or --demo).</source>
            <translation>No se indicó la base de datos del evento: usa --db RUTA (o --demo).</translation>
        </message>
        <message>
            <source>Sign in first: name the operator with --operator NAME (or $CAREKIT_OPERATOR) and give the PIN in $CAREKIT_PIN.</source>
            <translation>Inicie sesión primero: indique el operador con --operator NOMBRE (o $CAREKIT_OPERATOR) y el PIN en $CAREKIT_PIN.</translation>
        </message>
        <message>
            <source>'{part}' is not FIELD=HEADER (for example name=姓名).</source>
            <translation>'{part}' no tiene la forma CAMPO=ENCABEZADO (por ejemplo name=Nombre).</translation>
        </message>
        <message>
            <source>Give the new PIN with --pin.</source>
            <translation>Indica el nuevo PIN con --pin.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
        <message>
            <source>Give the health passphrase in CAREKIT_HEALTH_PASSPHRASE.</source>
            <translation>Indique la frase de paso de salud en CAREKIT_HEALTH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Give the event file's passphrase in CAREKIT_DB_PASSPHRASE.</source>
            <translation>Indique la frase de paso del archivo del evento en CAREKIT_DB_PASSPHRASE.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de paso no coinciden.</translation>
        </message>
        <message>
            <source>This event file is already encrypted.</source>
            <translation>Este archivo de evento ya está cifrado.</translation>
        </message>
        <message>
            <source>{file} already exists; name a new file.</source>
            <translation>{file} ya existe; elija un archivo nuevo.</translation>
        </message>
        <message>
            <source>Give the new file's passphrase in CAREKIT_NEW_DB_PASSPHRASE.</source>
            <translation>Indique la frase de paso del archivo nuevo en CAREKIT_NEW_DB_PASSPHRASE.</translation>
        </message>
        <message>
            <source>An event passphrase has at least {n} characters.</source>
            <translation>Una frase de paso del evento tiene al menos {n} caracteres.</translation>
        </message>
        <message>
            <source>Give the coordinator's PIN with --pin or $CAREKIT_PIN (6 digits or more).</source>
            <translation>Indique el PIN del coordinador con --pin o $CAREKIT_PIN (6 dígitos o más).</translation>
        </message>
        <message>
            <source>Give the new health passphrase in CAREKIT_NEW_HEALTH_PASSPHRASE.</source>
            <translation>Indique la nueva frase de paso de salud en CAREKIT_NEW_HEALTH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>There is no site '{site}'.</source>
            <translation>No existe la sede '{site}'.</translation>
        </message>
        <message>
            <source>'{layout}' is not a badge layout; choose from {choices}.</source>
            <translation>'{layout}' no es un formato de gafete; elige entre {choices}.</translation>
        </message>
        <message>
            <source>No registrations match: no badges to print.</source>
            <translation>Ninguna inscripción coincide: no hay gafetes que imprimir.</translation>
        </message>
        <message>
            <source>Give the organisation's name for its key.</source>
            <translation>Indica el nombre de la organización para su clave.</translation>
        </message>
        <message>
            <source>No issuing key {key}.</source>
            <translation>No hay ninguna clave emisora {key}.</translation>
        </message>
        <message>
            <source>Say who or which laptop the key is for.</source>
            <translation>Indique para quién o para qué laptop es la clave.</translation>
        </message>
        <message>
            <source>An issuing key is delegated for 1 to {most} days (got {days}).</source>
            <translation>Una clave emisora se delega de 1 a {most} días (se recibió {days}).</translation>
        </message>
        <message>
            <source>The organisation's root key is not on this laptop: delegate from the laptop that holds it (or restore its backup there).</source>
            <translation>La clave raíz de la organización no está en esta laptop: delegue desde la laptop que la guarda (o restaure allí su copia de seguridad).</translation>
        </message>
        <message>
            <source>Issuing key {key} was revoked; make a new one.</source>
            <translation>La clave emisora {key} fue revocada; cree una nueva.</translation>
        </message>
        <message>
            <source>Say why the issuing key is revoked.</source>
            <translation>Indique por qué se revoca la clave emisora.</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} expired on {until}: ask a coordinator to delegate a new one.</source>
            <translation>La clave emisora {key} de esta laptop caducó el {until}: pida a un coordinador que delegue una nueva.</translation>
        </message>
        <message>
            <source>This laptop's issuing key was revoked: ask a coordinator for a new one.</source>
            <translation>La clave emisora de esta laptop fue revocada: pida una nueva a un coordinador.</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} has no delegation for {day} yet: a coordinator signs it on the root key's laptop, and it arrives with the next bundle.</source>
            <translation>La clave emisora {key} de esta laptop aún no tiene delegación para el {day}: un coordinador la firma en la laptop de la clave raíz y llega con el siguiente paquete de sincronización.</translation>
        </message>
        <message>
            <source>This laptop has no issuing key: request one (keys request) and have a coordinator delegate it.</source>
            <translation>Esta laptop no tiene clave emisora: solicite una (keys request) y pida a un coordinador que la delegue.</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>{file} está dañado.</translation>
        </message>
        <message>
            <source>This event has no signing key yet: generate one first.</source>
            <translation>Este evento aún no tiene clave de firma: genera una primero.</translation>
        </message>
        <message>
            <source>This is not a CareKit public key file.</source>
            <translation>Este no es un archivo de clave pública de CareKit.</translation>
        </message>
        <message>
            <source>A certificate is valid for at least one month.</source>
            <translation>Un certificado es válido al menos un mes.</translation>
        </message>
        <message>
            <source>Course code, course name and trainer are needed and may not contain '|'.</source>
            <translation>Se necesitan clave del curso, nombre del curso e instructor, y no pueden contener '|'.</translation>
        </message>
        <message>
            <source>No person with id {id}.</source>
            <translation>No hay ninguna persona con id {id}.</translation>
        </message>
        <message>
            <source>A name may not contain '|'.</source>
            <translation>Un nombre no puede contener '|'.</translation>
        </message>
        <message>
            <source>No certificate with serial {serial}.</source>
            <translation>No hay ningún certificado con folio {serial}.</translation>
        </message>
        <message>
            <source>Say why the certificate is revoked.</source>
            <translation>Indica por qué se revoca el certificado.</translation>
        </message>
        <message>
            <source>This is not a CareKit badge code. Nothing was recorded.</source>
            <translation>Este no es un código de gafete de CareKit. No se registró nada.</translation>
        </message>
        <message>
            <source>The badge code is damaged or incomplete. Scan again or search by name.</source>
            <translation>El código del gafete está dañado o incompleto. Escanea de nuevo o busca por nombre.</translation>
        </message>
        <message>
            <source>This badge belongs to another event. Nothing was recorded.</source>
            <translation>Este gafete es de otro evento. No se registró nada.</translation>
        </message>
        <message>
            <source>This badge code is forged or altered. Nothing was recorded.</source>
            <translation>Este código de gafete es falso o fue alterado. No se registró nada.</translation>
        </message>
        <message>
            <source>This badge was made with a badge key retired after a laptop was lost, and no such badge was printed here. Nothing was recorded; print the person a new badge.</source>
            <translation>Este gafete se hizo con una clave de gafetes retirada tras perderse una laptop, y aquí no se imprimió ningún gafete así. No se registró nada; imprime un gafete nuevo para la persona.</translation>
        </message>
        <message>
            <source>This registration was cancelled or the person erased. Nothing was recorded.</source>
            <translation>Esta inscripción se canceló o la persona fue borrada. No se registró nada.</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; the badge is no longer valid. Nothing was recorded.</source>
            <translation>Los datos de esta persona se borraron a petición suya; el gafete ya no es válido. No se registró nada.</translation>
        </message>
        <message>
            <source>This conflict was already resolved (perhaps on another laptop).</source>
            <translation>Este conflicto ya se resolvió (quizá en otra laptop).</translation>
        </message>
        <message>
            <source>Pick one of the values shown.</source>
            <translation>Elige uno de los valores mostrados.</translation>
        </message>
        <message>
            <source>The record itself has not arrived yet; import the bundle that created it first.</source>
            <translation>El registro aún no ha llegado; importa primero el paquete que lo creó.</translation>
        </message>
        <message>
            <source>This conflict changed meanwhile; look at its values again.</source>
            <translation>Este conflicto cambió mientras tanto; vuelva a mirar sus valores.</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>Inicia sesión primero.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of consent.</source>
            <translation>'{kind}' no es un tipo de consentimiento.</translation>
        </message>
        <message>
            <source>Say which version of the notice the person was shown.</source>
            <translation>Indica qué versión del aviso se le mostró a la persona.</translation>
        </message>
        <message>
            <source>{name} has already given this consent.</source>
            <translation>{name} ya dio este consentimiento.</translation>
        </message>
        <message>
            <source>There is no such consent to withdraw.</source>
            <translation>No existe ese consentimiento para retirar.</translation>
        </message>
        <message>
            <source>Sign in to see the dashboard.</source>
            <translation>Inicia sesión para ver el tablero.</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>'{value}' no es una fecha; escríbela como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>The day report is a .pdf file, not {name}.</source>
            <translation>El informe del día es un archivo .pdf, no {name}.</translation>
        </message>
        <message>
            <source>The event needs a name.</source>
            <translation>El evento necesita un nombre.</translation>
        </message>
        <message>
            <source>The event ends ({end}) before it starts ({start}).</source>
            <translation>El evento termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>'{zone}' no es una zona horaria; usa un nombre como America/Mexico_City.</translation>
        </message>
        <message>
            <source>'{region}' is not a phone region; use a code such as CN or BR.</source>
            <translation>'{region}' no es una región telefónica; usa un código como MX o BR.</translation>
        </message>
        <message>
            <source>Every site needs a city.</source>
            <translation>Cada sede necesita una ciudad.</translation>
        </message>
        <message>
            <source>Say who is creating the event.</source>
            <translation>Indica quién crea el evento.</translation>
        </message>
        <message>
            <source>A PIN is at least {low} digits (letters may be added), at most {high} characters.</source>
            <translation>Un PIN tiene al menos {low} dígitos (se pueden añadir letras) y como máximo {high} caracteres.</translation>
        </message>
        <message>
            <source>{file} already holds an event; use another file.</source>
            <translation>{file} ya contiene un evento; usa otro archivo.</translation>
        </message>
        <message>
            <source>This file holds no event yet. Create one, or join one from a setup file.</source>
            <translation>Este archivo aún no contiene ningún evento. Crea uno o únete a uno con un archivo de configuración.</translation>
        </message>
        <message>
            <source>This laptop is not part of the event yet.</source>
            <translation>Esta laptop aún no forma parte del evento.</translation>
        </message>
        <message>
            <source>No site called {site} in this event.</source>
            <translation>No hay ninguna sede llamada {site} en este evento.</translation>
        </message>
        <message>
            <source>Export to a .csv or .xlsx file, not {name}.</source>
            <translation>Exporta a un archivo .csv o .xlsx, no {name}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a list; choose people, checkins, no-shows or walk-ins.</source>
            <translation>'{kind}' no es una lista; elige people, checkins, no-shows o walk-ins.</translation>
        </message>
        <message>
            <source>Export to a .csv, .xlsx or .pdf file, not {name}.</source>
            <translation>Exporta a un archivo .csv, .xlsx o .pdf, no {name}.</translation>
        </message>
        <message>
            <source>No operator called {name} in this event.</source>
            <translation>No hay ningún operador llamado {name} en este evento.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
            <translation>Demasiados PIN incorrectos para {name}. Intenta de nuevo en {seconds} s.</translation>
        </message>
        <message>
            <source>{name} has no PIN on this laptop yet. A coordinator sets it here (Operators, or carekit operator set-pin), or apply a new setup file that carries it.</source>
            <translation>{name} todavía no tiene PIN en este portátil. Un coordinador lo configura aquí (Operadores, o carekit operator set-pin), o aplique un archivo de configuración nuevo que lo lleve.</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in.</source>
            <translation>{name} necesita un PIN para iniciar sesión.</translation>
        </message>
        <message>
            <source>Wrong PIN. Too many wrong PINs for {name}: try again in {seconds} s.</source>
            <translation>PIN incorrecto. Demasiados PIN incorrectos para {name}: intenta de nuevo en {seconds} s.</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>PIN incorrecto para {name}.</translation>
        </message>
        <message>
            <source>{name} must choose a new PIN of at least {low} digits before signing in.</source>
            <translation>{name} debe elegir un PIN nuevo de al menos {low} dígitos antes de iniciar sesión.</translation>
        </message>
        <message>
            <source>'{role}' is not a role; use desk, medic, trainer or coordinator.</source>
            <translation>'{role}' no es un rol; usa desk (recepción), medic (personal médico), trainer (instructor) o coordinator (coordinador).</translation>
        </message>
        <message>
            <source>Give the operator at least one role.</source>
            <translation>Asigna al operador al menos un rol.</translation>
        </message>
        <message>
            <source>The operator needs a name.</source>
            <translation>El operador necesita un nombre.</translation>
        </message>
        <message>
            <source>There is already an operator called {name}.</source>
            <translation>Ya hay un operador llamado {name}.</translation>
        </message>
        <message>
            <source>You cannot retire yourself; ask another coordinator.</source>
            <translation>No puedes darte de baja a ti mismo; pídeselo a otro coordinador.</translation>
        </message>
        <message>
            <source>{name} is the event's only coordinator; name another one first.</source>
            <translation>{name} es el único coordinador del evento; nombra primero a otro.</translation>
        </message>
        <message>
            <source>No such person.</source>
            <translation>No existe esa persona.</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>Falta el nombre.</translation>
        </message>
        <message>
            <source>No person with the id, badge serial or badge code '{ref}'.</source>
            <translation>No hay ninguna persona con el id, folio o código de gafete '{ref}'.</translation>
        </message>
        <message>
            <source>withheld: health records are shown only to medics and coordinators</source>
            <translation>reservado: los registros de salud solo se muestran al personal médico y a coordinadores</translation>
        </message>
        <message>
            <source>sealed: unlock the health data on this laptop to include health values and referrals in the clear</source>
            <translation>sellado: desbloquea los datos de salud en esta laptop para incluir en claro los valores de salud y las derivaciones</translation>
        </message>
        <message>
            <source>Say why the person is erased (for example: 'asked at the desk'); nothing was erased.</source>
            <translation>Indica por qué se borra a la persona (por ejemplo: 'lo pidió en la recepción'); no se borró nada.</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters; nothing was erased.</source>
            <translation>El motivo tiene más de {limit} caracteres; no se borró nada.</translation>
        </message>
        <message>
            <source>This person was already erased.</source>
            <translation>Esta persona ya fue borrada.</translation>
        </message>
        <message>
            <source>'{value}' is not a referral destination.</source>
            <translation>'{value}' no es un destino de canalización.</translation>
        </message>
        <message>
            <source>No such referral.</source>
            <translation>No existe esa canalización.</translation>
        </message>
        <message>
            <source>A referral that is {old} cannot become {new}.</source>
            <translation>Una canalización que está {old} no puede pasar a {new}.</translation>
        </message>
        <message>
            <source>line {line}: the row has {cells} cells but the header has {columns}; is a separator or quote missing?</source>
            <translation>línea {line}: la fila tiene {cells} celdas pero el encabezado tiene {columns}; ¿falta un separador o unas comillas?</translation>
        </message>
        <message>
            <source>line {line}: the {field} is {length} characters long; at most {limit} fit.</source>
            <translation>línea {line}: el campo {field} tiene {length} caracteres; caben como máximo {limit}.</translation>
        </message>
        <message>
            <source>line {line}: the {field} holds a control character ({code}); it was not imported.</source>
            <translation>línea {line}: el campo {field} contiene un carácter de control ({code}); no se importó.</translation>
        </message>
        <message>
            <source>line {line}: the name is missing.</source>
            <translation>línea {line}: falta el nombre.</translation>
        </message>
        <message>
            <source>line {line}: the name '{name}' is a date, not a name; is the name column right?</source>
            <translation>línea {line}: el nombre '{name}' es una fecha, no un nombre; ¿es correcta la columna del nombre?</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' lost its digits to Excel's scientific notation; format the column as text and export again.</source>
            <translation>línea {line}: el teléfono '{phone}' perdió dígitos por la notación científica de Excel; da formato de texto a la columna y exporta de nuevo.</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number</source>
            <translation>línea {line}: el teléfono '{phone}' no es un número válido</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number for region {region}</source>
            <translation>línea {line}: el teléfono '{phone}' no es un número válido para la región {region}</translation>
        </message>
        <message>
            <source>line {line}: staff id '{staff}' lost its digits to Excel's scientific notation.</source>
            <translation>línea {line}: el número de empleado '{staff}' perdió dígitos por la notación científica de Excel.</translation>
        </message>
        <message>
            <source>line {line}: category '{category}' is not one of worker, family, guest, staff.</source>
            <translation>línea {line}: la categoría '{category}' no es worker, family, guest ni staff.</translation>
        </message>
        <message>
            <source>The event has no site in '{city}'; its sites are: {sites}.</source>
            <translation>El evento no tiene sede en '{city}'; sus sedes son: {sites}.</translation>
        </message>
        <message>
            <source>line {line}: phone {phone} has a mobile's length for {region} but is in no known number range; imported as it is, please check it.</source>
            <translation>línea {line}: el teléfono {phone} tiene la longitud de un celular de {region} pero no está en ningún rango conocido; se importó tal cual, revísalo.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>La importación se canceló; no se escribió nada.</translation>
        </message>
        <message>
            <source>{file} starts as UTF-16 text but cannot be read as it; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} empieza como texto UTF-16 pero no se puede leer así; guárdalo de nuevo como CSV UTF-8 o como XLSX.</translation>
        </message>
        <message>
            <source>{file} is neither UTF-8 nor GBK nor Big5 text; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} no es texto UTF-8, GBK ni Big5; guárdalo de nuevo como CSV UTF-8 o como XLSX.</translation>
        </message>
        <message>
            <source>line {line}: this line is not {encoding} like the rest of the file (was it pasted from another file?); it was not imported. Type it again or save the whole file as CSV UTF-8.</source>
            <translation>línea {line}: esta línea no está en {encoding} como el resto del archivo (¿se pegó de otro archivo?); no se importó. Escríbela de nuevo o guarda todo el archivo como CSV UTF-8.</translation>
        </message>
        <message>
            <source>line {line}: the line holds a NUL byte (binary data); it was not imported.</source>
            <translation>línea {line}: la línea contiene un byte NUL (datos binarios); no se importó.</translation>
        </message>
        <message>
            <source>line {line}: the line is {length} characters long, more than a roster line can be ({limit}); it was not imported.</source>
            <translation>línea {line}: la línea tiene {length} caracteres, más de lo que puede tener una línea de la lista ({limit}); no se importó.</translation>
        </message>
        <message>
            <source>line {line}: the file cannot be read as CSV ({detail}).</source>
            <translation>línea {line}: el archivo no se puede leer como CSV ({detail}).</translation>
        </message>
        <message>
            <source>{file} cannot be opened as an Excel workbook ({detail}).</source>
            <translation>{file} no se puede abrir como libro de Excel ({detail}).</translation>
        </message>
        <message>
            <source>line {line}: the row holds binary data or is {length} characters long (at most {limit}); it was not imported.</source>
            <translation>línea {line}: la fila contiene datos binarios o tiene {length} caracteres (máximo {limit}); no se importó.</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97 file; save it as XLSX or CSV UTF-8 first.</source>
            <translation>{file} es un archivo antiguo de Excel 97; guárdalo primero como XLSX o CSV UTF-8.</translation>
        </message>
        <message>
            <source>{file} is not a text file; save the roster as CSV or XLSX.</source>
            <translation>{file} no es un archivo de texto; guarda la lista como CSV o XLSX.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {detail}</source>
            <translation>{file} no se puede leer: {detail}</translation>
        </message>
        <message>
            <source>{file} is empty: the first line should name the columns.</source>
            <translation>{file} está vacío: la primera línea debe nombrar las columnas.</translation>
        </message>
        <message>
            <source>'{field}' is not a roster field; use one of {fields}.</source>
            <translation>'{field}' no es un campo de la lista; usa uno de {fields}.</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>El archivo no tiene la columna {column}.</translation>
        </message>
        <message>
            <source>{file}: no column holds the names. The first line should name the columns (for example 姓名, Name, Nombre or Nome); found: {headers}.</source>
            <translation>{file}: ninguna columna contiene los nombres. La primera línea debe nombrar las columnas (por ejemplo 姓名, Name, Nombre o Nome); se encontró: {headers}.</translation>
        </message>
        <message>
            <source>The file has no column '{column}'; its columns are: {headers}.</source>
            <translation>El archivo no tiene la columna '{column}'; sus columnas son: {headers}.</translation>
        </message>
        <message>
            <source>{label} is missing.</source>
            <translation>Falta {label}.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a number.</source>
            <translation>{label}: '{text}' no es un número.</translation>
        </message>
        <message>
            <source>{label}: {text} is outside the plausible range {low}–{high} {unit}.</source>
            <translation>{label}: {text} está fuera del rango plausible {low}–{high} {unit}.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a Snellen fraction such as 6/6 or 20/40.</source>
            <translation>{label}: '{text}' no es una fracción de Snellen como 6/6 o 20/40.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not one of the choices.</source>
            <translation>{label}: '{text}' no es una de las opciones.</translation>
        </message>
        <message>
            <source>{label}: give both systolic and diastolic.</source>
            <translation>{label}: indica la sistólica y la diastólica.</translation>
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation>El bloqueo por inactividad es de 1 a 240 minutos.</translation>
        </message>
        <message>
            <source>'{value}' is not a BMI standard; use who or china.</source>
            <translation>'{value}' no es un estándar de IMC; usa who o china.</translation>
        </message>
        <message>
            <source>This is not a valid badge of this event.</source>
            <translation>Este no es un gafete válido de este evento.</translation>
        </message>
        <message>
            <source>This badge is valid but its person has not reached this laptop yet. Sync first.</source>
            <translation>Este gafete es válido, pero su persona aún no llega a esta laptop. Sincroniza primero.</translation>
        </message>
        <message>
            <source>'{station}' is not a station.</source>
            <translation>'{station}' no es una estación.</translation>
        </message>
        <message>
            <source>{name} has not given health consent: nothing was saved.</source>
            <translation>{name} no ha dado su consentimiento de salud: no se guardó nada.</translation>
        </message>
        <message>
            <source>The record to correct is not this person's {station} record.</source>
            <translation>El registro a corregir no es el registro de {station} de esta persona.</translation>
        </message>
        <message>
            <source>No such screening record.</source>
            <translation>No existe ese registro de tamizaje.</translation>
        </message>
        <message>
            <source>Use a passphrase of at least {n} characters.</source>
            <translation>Usa una frase de contraseña de al menos {n} caracteres.</translation>
        </message>
        <message>
            <source>Capabilities are desk, station, training and coordinator.</source>
            <translation>Las capacidades son desk (mostrador), station (estación), training (formación) y coordinator (coordinación).</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability hands out setup files.</source>
            <translation>Solo un portátil con la capacidad de coordinación entrega archivos de configuración.</translation>
        </message>
        <message>
            <source>{file} already holds an event; join from a new file.</source>
            <translation>{file} ya contiene un evento; únete desde un archivo nuevo.</translation>
        </message>
        <message>
            <source>{file} was made by an older CareKit and grants this laptop nothing; ask the coordinator for a new setup file.</source>
            <translation>{file} se hizo con un CareKit anterior y no concede nada a este portátil; pida al coordinador un archivo de configuración nuevo.</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>La exportación se canceló.</translation>
        </message>
        <message>
            <source>{file} carries only changes made after what this laptop lacks: from {laptop} it assumes everything up to {needed}, and this laptop has {held}. Import a full bundle (or the earlier ones) from that laptop first; nothing was imported.</source>
            <translation>{file} solo lleva cambios posteriores a lo que falta en este portátil: de {laptop} supone todo hasta {needed}, y este portátil tiene {held}. Importe primero un paquete completo (o los anteriores) de ese portátil; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} is encrypted with event keys this laptop does not have: a coordinator rotated them. Apply the new setup file here (carekit event rekey --setup FILE); nothing was imported.</source>
            <translation>{file} está cifrado con claves del evento que este portátil no tiene: un coordinador las renovó. Aplique aquí el nuevo archivo de configuración (carekit event rekey --setup ARCHIVO); no se importó nada.</translation>
        </message>
        <message>
            <source>The event file stayed busy with another import or a long write for {minutes} minutes; {file} was not imported. Try again when that has finished.</source>
            <translation>El archivo del evento estuvo ocupado {minutes} minutos por otra importación o una escritura larga; {file} no se importó. Inténtalo de nuevo cuando haya terminado.</translation>
        </message>
        <message>
            <source>{file} comes from {laptop}, which this laptop does not know yet, under the event keys from before they were rotated. Apply the new setup file on {laptop} first; nothing was imported.</source>
            <translation>{file} viene de {laptop}, que este portátil aún no conoce, con las claves del evento anteriores a su renovación. Aplique primero el nuevo archivo de configuración en {laptop}; no se importó nada.</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability rotates the event's keys.</source>
            <translation>Solo un portátil con la capacidad de coordinador renueva las claves del evento.</translation>
        </message>
        <message>
            <source>{file} belongs to another event ({other}); nothing was imported.</source>
            <translation>{file} es de otro evento ({other}); no se importó nada.</translation>
        </message>
        <message>
            <source>{file} was not made from this event's coordinator laptops (another root key); nothing was imported.</source>
            <translation>{file} no se hizo en los portátiles de coordinación de este evento (otra clave raíz); no se importó nada.</translation>
        </message>
        <message>
            <source>The merge could not start its own process ({error}); nothing was imported.</source>
            <translation>La unión no pudo iniciar su propio proceso ({error}); no se importó nada.</translation>
        </message>
        <message>
            <source>{file} could not be merged: {error}. Nothing of it was imported.</source>
            <translation>No se pudo unir {file}: {error}. No se importó nada de él.</translation>
        </message>
        <message>
            <source>The import of {file} was cancelled; nothing was imported.</source>
            <translation>La importación de {file} se canceló; no se importó nada.</translation>
        </message>
        <message>
            <source>The merge of {file} stopped before it finished: its process ended unexpectedly (exit code {code}). Nothing of {file} was imported; import it again.</source>
            <translation>La unión de {file} se detuvo antes de terminar: su proceso terminó de forma inesperada (código de salida {code}). No se importó nada de {file}; impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation>Escribe el nombre de la persona.</translation>
        </message>
        <message>
            <source>Read the registration notice to the person and tick their consent first.</source>
            <translation>Primero lee el aviso de inscripción a la persona y marca su consentimiento.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>staff id</source>
            <translation>número de empleado</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>empresa</translation>
        </message>
        <message>
            <source>job</source>
            <translation>puesto</translation>
        </message>
        <message>
            <source>city</source>
            <translation>ciudad</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>The {field} is {length} characters long; at most {limit} fit.</source>
            <translation>El campo {field} tiene {length} caracteres; caben como máximo {limit}.</translation>
        </message>
        <message>
            <source>The {field} holds a control character ({code}); remove it and save again.</source>
            <translation>El campo {field} contiene un carácter de control ({code}); quítalo y guarda de nuevo.</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number.</source>
            <translation>El teléfono '{phone}' no es un número válido.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Elige una categoría.</translation>
        </message>
        <message>
            <source>Choose a job.</source>
            <translation>Elige un puesto.</translation>
        </message>
        <message>
            <source>'{field}' cannot be edited here.</source>
            <translation>'{field}' no se puede editar aquí.</translation>
        </message>
        <message>
            <source>{name} was merged into another record; edit that one.</source>
            <translation>{name} se unió a otro registro; edita ese.</translation>
        </message>
        <message>
            <source>Say why the check-in is annulled.</source>
            <translation>Indica por qué se anula la entrada.</translation>
        </message>
        <message>
            <source>No such check-in.</source>
            <translation>No existe esa entrada.</translation>
        </message>
        <message>
            <source>This check-in was annulled already.</source>
            <translation>Esta entrada ya se anuló.</translation>
        </message>
        <message>
            <source>No worker '{worker}' is registered.</source>
            <translation>No hay ningún trabajador '{worker}' inscrito.</translation>
        </message>
        <message>
            <source>{name} is not a worker ({category}); a traveller visits a registered worker.</source>
            <translation>{name} no es trabajador ({category}); un viajero visita a un trabajador inscrito.</translation>
        </message>
        <message>
            <source>'{person}' is not a traveller of this event.</source>
            <translation>'{person}' no es viajero de este evento.</translation>
        </message>
        <message>
            <source>Write the traveller's name.</source>
            <translation>Escribe el nombre del viajero.</translation>
        </message>
        <message>
            <source>'{value}' is not a relationship; use one of {choices}.</source>
            <translation>'{value}' no es un parentesco; usa uno de {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not an age band; use one of {choices}.</source>
            <translation>'{value}' no es un rango de edad; usa uno de {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not a need; use {choices}.</source>
            <translation>'{value}' no es una necesidad; usa {choices}.</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number for region {region}.</source>
            <translation>El teléfono '{phone}' no es un número válido para la región {region}.</translation>
        </message>
        <message>
            <source>{name} cannot travel without an adult: add an adult of {worker}'s family first.</source>
            <translation>{name} no puede viajar sin un adulto: agrega primero a un adulto de la familia de {worker}.</translation>
        </message>
        <message>
            <source>'{value}' is not a traveller status; use one of {choices}.</source>
            <translation>'{value}' no es un estado de viajero; usa uno de {choices}.</translation>
        </message>
        <message>
            <source>{operator} may only mark travellers arrived; other changes need a coordinator.</source>
            <translation>{operator} solo puede marcar la llegada de viajeros; otros cambios requieren a un coordinador.</translation>
        </message>
        <message>
            <source>{person} is already {current}; a status does not go back to {status}.</source>
            <translation>{person} ya está {current}; un estado no regresa a {status}.</translation>
        </message>
        <message>
            <source>{operator} may not do this: it needs the role {roles}.</source>
            <translation>{operator} no puede hacer esto: necesita el rol {roles}.</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; it cannot be edited.</source>
            <translation>Los datos de esta persona se borraron a petición suya; no se pueden editar.</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} no existe.</translation>
        </message>
        <message>
            <source>{file} is not a complete CareKit bundle (truncated or damaged); nothing was imported. Copy it again from the laptop that made it.</source>
            <translation>{file} no es un paquete completo de CareKit (truncado o dañado); no se importó nada. Cópialo de nuevo desde la laptop que lo hizo.</translation>
        </message>
        <message>
            <source>{file} has an unreadable manifest; nothing was imported.</source>
            <translation>{file} tiene un manifiesto ilegible; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit (bundle format {format}, this app reads {known}). Update CareKit on this laptop; nothing was imported.</source>
            <translation>{file} lo hizo un CareKit más nuevo (formato de paquete {format}, esta app lee {known}). Actualiza CareKit en esta laptop; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} was signed by a laptop the event does not know; nothing was imported.</source>
            <translation>{file} lo firmó una laptop que el evento no conoce; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} claims to come from {device}, but with another key than that laptop's; nothing was imported.</source>
            <translation>{file} dice venir de {device}, pero con otra clave que la de esa laptop; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (its signature does not match); nothing was imported.</source>
            <translation>{file} se modificó después de crearse (su firma no coincide); no se importó nada.</translation>
        </message>
        <message>
            <source>{file} holds {member}, which a CareKit bundle never holds (or holds twice); nothing was imported.</source>
            <translation>{file} contiene {member}, que un paquete de CareKit nunca contiene (o contiene dos veces); no se importó nada.</translation>
        </message>
        <message>
            <source>{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); nothing was imported.</source>
            <translation>{file} es mayor de lo que puede ser un paquete de CareKit ({member} se descomprime en {size} MB); no se importó nada.</translation>
        </message>
        <message>
            <source>{file} unpacks to more than a CareKit bundle may hold ({size} MB at least); nothing was imported.</source>
            <translation>{file} se descomprime en más de lo que puede contener un paquete de CareKit (al menos {size} MB); no se importó nada.</translation>
        </message>
        <message>
            <source>{file} could not be decrypted and checked with this event's key; nothing was imported.</source>
            <translation>{file} no se pudo descifrar ni verificar con la clave de este evento; no se importó nada.</translation>
        </message>
        <message>
            <source>The bundle holds data this CareKit does not know ({what}); update CareKit on this laptop. Nothing was imported.</source>
            <translation>El paquete contiene datos que este CareKit no conoce ({what}); actualiza CareKit en esta laptop. No se importó nada.</translation>
        </message>
        <message>
            <source>{file} holds changes made by {laptop}, which a coordinator has removed from the event; nothing was imported.</source>
            <translation>{file} contiene cambios hechos por {laptop}, que un coordinador retiró del evento; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} holds a change to {change} said to come from {laptop}, without that laptop's valid signature; nothing was imported.</source>
            <translation>{file} contiene un cambio de {change} que dice venir de {laptop}, sin la firma válida de ese portátil; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} was refused: {laptop} changed {change}, which its capabilities ({capabilities}) do not allow; nothing was imported.</source>
            <translation>{file} fue rechazado: {laptop} cambió {change}, lo que sus capacidades ({capabilities}) no permiten; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} was refused: on {laptop}, {change} was changed by an operator who did not hold a role allowed to change it at that time; nothing was imported.</source>
            <translation>{file} fue rechazado: en {laptop}, {change} lo cambió un operador que en ese momento no tenía un rol que lo permitiera; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} was made by {laptop}, which holds no capabilities granted by this event's coordinator; nothing was imported.</source>
            <translation>{file} lo hizo {laptop}, que no tiene capacidades concedidas por el coordinador de este evento; no se importó nada.</translation>
        </message>
        <message>
            <source>The bundle holds a revision that cannot be read.</source>
            <translation>El paquete contiene una revisión que no se puede leer.</translation>
        </message>
        <message>
            <source>{file} was refused: it holds an assessment (person {person}, written score {score}) from {laptop} that does not match the trainer's signature, so it was changed after it was recorded; nothing was imported.</source>
            <translation>{file} fue rechazado: contiene una evaluación (persona {person}, nota escrita {score}) de {laptop} que no coincide con la firma del instructor, por lo que se modificó después de registrarse; no se importó nada.</translation>
        </message>
        <message>
            <source>{file} is not a CareKit event-setup file (or it is damaged).</source>
            <translation>{file} no es un archivo de configuración de evento de CareKit (o está dañado).</translation>
        </message>
        <message>
            <source>A backup passphrase has at least {count} characters.</source>
            <translation>La frase de contraseña de la copia tiene al menos {count} caracteres.</translation>
        </message>
        <message>
            <source>{file} is not a CareKit root key backup (or it is damaged).</source>
            <translation>{file} no es una copia de seguridad de clave raíz de CareKit (o está dañada).</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit; update CareKit on this laptop.</source>
            <translation>{file} lo hizo un CareKit más nuevo; actualiza CareKit en esta laptop.</translation>
        </message>
        <message>
            <source>The passphrase does not open {file} (or the file was changed).</source>
            <translation>La frase de contraseña no abre {file} (o el archivo se modificó).</translation>
        </message>
        <message>
            <source>Arrivals are scanned at the pick-up point or the hotel, not at '{point}'.</source>
            <translation>Las llegadas se escanean en el punto de recogida o en el hotel, no en '{point}'.</translation>
        </message>
        <message>
            <source>{name} is not an expected traveller (no journey to the event). Nothing was recorded.</source>
            <translation>{name} no es un viajero esperado (no tiene viaje al evento). No se registró nada.</translation>
        </message>
        <message>
            <source>No vehicle '{vehicle}'.</source>
            <translation>No existe el vehículo '{vehicle}'.</translation>
        </message>
        <message>
            <source>Worker '{worker}' has no travelling family.</source>
            <translation>El trabajador '{worker}' no tiene familiares que viajen.</translation>
        </message>
        <message>
            <source>A pick-up window is 5 to 1440 minutes, not {minutes}.</source>
            <translation>Una ventana de recogida es de 5 a 1440 minutos, no {minutes}.</translation>
        </message>
        <message>
            <source>A vehicle seats 1 to 80 travellers, not {capacity}.</source>
            <translation>Un vehículo lleva de 1 a 80 viajeros, no {capacity}.</translation>
        </message>
        <message>
            <source>{vehicle} has {seated} travellers; it cannot seat only {capacity}.</source>
            <translation>{vehicle} tiene {seated} viajeros; no puede tener solo {capacity} asientos.</translation>
        </message>
        <message>
            <source>{vehicle} is full ({capacity} seats).</source>
            <translation>{vehicle} está lleno ({capacity} asientos).</translation>
        </message>
        <message>
            <source>Give both the hotel and the room.</source>
            <translation>Indica el hotel y la habitación.</translation>
        </message>
        <message>
            <source>'{value}' is not a room type; use one of {choices}.</source>
            <translation>'{value}' no es un tipo de habitación; usa uno de {choices}.</translation>
        </message>
        <message>
            <source>A stay is 1 to 60 nights, not {nights}.</source>
            <translation>Una estancia es de 1 a 60 noches, no {nights}.</translation>
        </message>
        <message>
            <source>Room {room} at {hotel} is a {type} room for {capacity}; it already holds {count}.</source>
            <translation>La habitación {room} del {hotel} es {type} para {capacity}; ya tiene {count}.</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai.</source>
            <translation>{what}: '{value}' no es una hora; escríbela como 2026-12-04 16:30 America/Mexico_City.</translation>
        </message>
        <message>
            <source>{what}: '{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>{what}: '{zone}' no es una zona horaria; usa un nombre como America/Mexico_City.</translation>
        </message>
        <message>
            <source>{what}: the place is missing.</source>
            <translation>{what}: falta el lugar.</translation>
        </message>
        <message>
            <source>{what}: '{place}' is not a known station or airport; check the spelling or use its code.</source>
            <translation>{what}: '{place}' no es una estación ni un aeropuerto conocido; revisa cómo se escribe o usa su código.</translation>
        </message>
        <message>
            <source>{what}: {place} keeps {zone} time, not {given}.</source>
            <translation>{what}: {place} usa la hora de {zone}, no {given}.</translation>
        </message>
        <message>
            <source>'{value}' is not a way to travel; use one of {choices}.</source>
            <translation>'{value}' no es un medio de transporte; usa uno de {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is neither outbound nor return.</source>
            <translation>'{value}' no es ida ni regreso.</translation>
        </message>
        <message>
            <source>A {mode} needs its number, such as G1234 or MU5101.</source>
            <translation>Un {mode} necesita su número, como G1234 o MU5101.</translation>
        </message>
        <message>
            <source>{number} arrives ({arrives}) before it departs ({departs}), once time zones are counted.</source>
            <translation>{number} llega ({arrives}) antes de salir ({departs}), contando las zonas horarias.</translation>
        </message>
        <message>
            <source>A leg needs at least one traveller.</source>
            <translation>Un tramo necesita al menos un viajero.</translation>
        </message>
        <message>
            <source>No travel leg '{leg}'.</source>
            <translation>No existe el tramo de viaje '{leg}'.</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>línea {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}: no traveller '{value}'.</source>
            <translation>línea {line}: no hay ningún viajero '{value}'.</translation>
        </message>
        <message>
            <source>line {line}: no single traveller named '{name}' in the family of worker '{worker}'.</source>
            <translation>línea {line}: en la familia del trabajador '{worker}' no hay un único viajero llamado '{name}'.</translation>
        </message>
        <message>
            <source>{file}: the columns {missing} are missing; found: {headers}.</source>
            <translation>{file}: faltan las columnas {missing}; se encontró: {headers}.</translation>
        </message>
        <message>
            <source>Write the notice's text.</source>
            <translation>Escribe el texto del aviso.</translation>
        </message>
        <message>
            <source>The notice is {length} characters long; at most {limit} fit.</source>
            <translation>El aviso tiene {length} caracteres; caben como máximo {limit}.</translation>
        </message>
        <message>
            <source>Give --session, or all of --person, --course-code, --course-name, --months and --trainer (missing: {missing}).</source>
            <translation>Indica --session, o todos estos: --person, --course-code, --course-name, --months y --trainer (faltan: {missing}).</translation>
        </message>
        <message>
            <source>Say which session: --session ID.</source>
            <translation>Indica qué sesión: --session ID.</translation>
        </message>
        <message>
            <source>'{skill}' is not a skill of course {code} (its skills: {skills}). Nothing was recorded.</source>
            <translation>'{skill}' no es una habilidad del curso {code} (sus habilidades: {skills}). No se registró nada.</translation>
        </message>
        <message>
            <source>A written score is from 0 to 100 (got {score}). Nothing was recorded.</source>
            <translation>Una calificación escrita va de 0 a 100 (se recibió {score}). No se registró nada.</translation>
        </message>
        <message>
            <source>'{skill}' is given as both passed and not passed. Nothing was recorded.</source>
            <translation>'{skill}' aparece como aprobada y como no aprobada. No se registró nada.</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session, so cannot be assessed.</source>
            <translation>{person} no está inscrito en esta sesión, así que no se puede evaluar.</translation>
        </message>
        <message>
            <source>The assessment of {person} (attempt {attempt}, written score {score}) does not match the trainer's signature: it was changed after it was recorded, or never signed. Nothing was issued; the trainer records the assessment again.</source>
            <translation>La evaluación de {person} (intento {attempt}, nota escrita {score}) no coincide con la firma del instructor: se modificó después de registrarse o nunca se firmó. No se emitió nada; el instructor debe registrar la evaluación de nuevo.</translation>
        </message>
        <message>
            <source>This badge is genuine but its registration has not reached this laptop yet: sync, then scan again. Nothing was recorded.</source>
            <translation>Este gafete es auténtico, pero su inscripción aún no llega a esta laptop: sincroniza y escanea de nuevo. No se registró nada.</translation>
        </message>
        <message>
            <source>{name} has no scan in for this session: scan in first. Nothing was recorded.</source>
            <translation>{name} no tiene escaneo de entrada en esta sesión: escanea la entrada primero. No se registró nada.</translation>
        </message>
        <message>
            <source>{name} has no scan in before {time}: scan in first. Nothing was recorded.</source>
            <translation>{name} no tiene escaneo de entrada antes de las {time}: escanea la entrada primero. No se registró nada.</translation>
        </message>
        <message>
            <source>{name} is enrolled in {course} at {time} (session {session}), not in this one. Nothing was recorded.</source>
            <translation>{name} está inscrito en {course} a las {time} (sesión {session}), no en esta. No se registró nada.</translation>
        </message>
        <message>
            <source>{name} is on the waiting list of this session, not enrolled. Nothing was recorded.</source>
            <translation>{name} está en la lista de espera de esta sesión, no inscrito. No se registró nada.</translation>
        </message>
        <message>
            <source>{name} is not enrolled in this session. Enrol them as a walk-in if there is room. Nothing was recorded.</source>
            <translation>{name} no está inscrito en esta sesión. Inscríbelo en el sitio si hay lugar. No se registró nada.</translation>
        </message>
        <message>
            <source>{name} is not enrolled and the session is full ({capacity}). Nothing was recorded.</source>
            <translation>{name} no está inscrito y la sesión está llena ({capacity}). No se registró nada.</translation>
        </message>
        <message>
            <source>{time} is not during this session ({start} to {end}). Nothing was recorded.</source>
            <translation>{time} no está dentro de esta sesión ({start} a {end}). No se registró nada.</translation>
        </message>
        <message>
            <source>Say why the attendance is corrected.</source>
            <translation>Indica por qué se corrige la asistencia.</translation>
        </message>
        <message>
            <source>Give the right time, or say the scan did not happen.</source>
            <translation>Indica la hora correcta o di que el escaneo no ocurrió.</translation>
        </message>
        <message>
            <source>No attendance scan with id {id}.</source>
            <translation>No hay ningún escaneo de asistencia con id {id}.</translation>
        </message>
        <message>
            <source>{file} has no course or session column; add one, or give the session.</source>
            <translation>{file} no tiene columna de curso ni de sesión; agrega una o indica la sesión.</translation>
        </message>
        <message>
            <source>{file} has no staff id, phone or person id column to find each person by.</source>
            <translation>{file} no tiene columna de número de empleado, teléfono o id de persona para encontrar a cada quien.</translation>
        </message>
        <message>
            <source>line {line}: no training session {session}.</source>
            <translation>línea {line}: no existe la sesión de capacitación {session}.</translation>
        </message>
        <message>
            <source>line {line}: nobody registered with staff id '{staff}' or phone '{phone}'. Nobody was enrolled.</source>
            <translation>línea {line}: nadie inscrito con número de empleado '{staff}' o teléfono '{phone}'. No se inscribió a nadie.</translation>
        </message>
        <message>
            <source>line {line}: the course is empty. Nobody was enrolled.</source>
            <translation>línea {line}: el curso está vacío. No se inscribió a nadie.</translation>
        </message>
        <message>
            <source>line {line}: no course with code {code}. Nobody was enrolled.</source>
            <translation>línea {line}: no hay ningún curso con clave {code}. No se inscribió a nadie.</translation>
        </message>
        <message>
            <source>line {line}: course {code} has {count} sessions; give the session id instead. Nobody was enrolled.</source>
            <translation>línea {line}: el curso {code} tiene {count} sesiones; indica mejor el id de la sesión. No se inscribió a nadie.</translation>
        </message>
        <message>
            <source>The window is a number of days from 0 up (got {days}).</source>
            <translation>El periodo es un número de días desde 0 (se recibió {days}).</translation>
        </message>
        <message>
            <source>A course needs a code and a name.</source>
            <translation>Un curso necesita una clave y un nombre.</translation>
        </message>
        <message>
            <source>A course's code and name may not contain '|'.</source>
            <translation>La clave y el nombre de un curso no pueden contener '|'.</translation>
        </message>
        <message>
            <source>Course hours must be more than 0 and at most 200 (got {hours}).</source>
            <translation>Las horas del curso deben ser más de 0 y como máximo 200 (se recibió {hours}).</translation>
        </message>
        <message>
            <source>The pass mark is a score from 0 to 100 (got {mark}).</source>
            <translation>La calificación aprobatoria va de 0 a 100 (se recibió {mark}).</translation>
        </message>
        <message>
            <source>Minimum attendance is a percentage from 0 to 100 (got {value}).</source>
            <translation>La asistencia mínima es un porcentaje de 0 a 100 (se recibió {value}).</translation>
        </message>
        <message>
            <source>A course is either 'full' or 'renewal' (got '{kind}').</source>
            <translation>Un curso es 'full' (completo) o 'renewal' (renovación) (se recibió '{kind}').</translation>
        </message>
        <message>
            <source>A renewal course says how many months after expiry a certificate may still be renewed.</source>
            <translation>Un curso de renovación indica cuántos meses después del vencimiento se puede renovar aún un certificado.</translation>
        </message>
        <message>
            <source>Each practical skill needs a name, and each is listed once.</source>
            <translation>Cada habilidad práctica necesita un nombre y aparece una sola vez.</translation>
        </message>
        <message>
            <source>There is already a course {code}.</source>
            <translation>Ya existe un curso {code}.</translation>
        </message>
        <message>
            <source>No course with code {code}.</source>
            <translation>No hay ningún curso con clave {code}.</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM.</source>
            <translation>{what}: '{value}' no es una hora; escríbela como AAAA-MM-DD HH:MM.</translation>
        </message>
        <message>
            <source>{name} does not have the trainer role, so cannot lead a session.</source>
            <translation>{name} no tiene el rol de instructor, así que no puede dirigir una sesión.</translation>
        </message>
        <message>
            <source>No site '{site}' in this event.</source>
            <translation>No existe la sede '{site}' en este evento.</translation>
        </message>
        <message>
            <source>A session's capacity is at least 1 (got {capacity}).</source>
            <translation>El cupo de una sesión es de al menos 1 (se recibió {capacity}).</translation>
        </message>
        <message>
            <source>The session ends ({end}) before it starts ({start}).</source>
            <translation>La sesión termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <source>No training session with id {id}.</source>
            <translation>No hay ninguna sesión de capacitación con id {id}.</translation>
        </message>
        <message>
            <source>{operator} may not do this: only the session's trainer or a coordinator may.</source>
            <translation>{operator} no puede hacer esto: solo el instructor de la sesión o un coordinador.</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session.</source>
            <translation>{person} no está inscrito en esta sesión.</translation>
        </message>
        <message>
            <source>These two are already one person.</source>
            <translation>Estas dos ya son una sola persona.</translation>
        </message>
        <message>
            <source>No such merge.</source>
            <translation>No existe esa fusión.</translation>
        </message>
        <message>
            <source>This merge was already undone (perhaps on another laptop).</source>
            <translation>Esta fusión ya se deshizo (quizá en otro portátil).</translation>
        </message>
        <message>
            <source>The health passphrase needs at least {n} characters.</source>
            <translation>La frase de paso de salud necesita al menos {n} caracteres.</translation>
        </message>
        <message>
            <source>This event has no health passphrase yet: a coordinator sets one first (carekit health set-passphrase).</source>
            <translation>Este evento aún no tiene frase de paso de salud: un coordinador debe definirla primero (carekit health set-passphrase).</translation>
        </message>
        <message>
            <source>This event already has a health passphrase; change it instead.</source>
            <translation>Este evento ya tiene una frase de paso de salud; cámbiela en su lugar.</translation>
        </message>
        <message>
            <source>That is not the health passphrase of this event.</source>
            <translation>Esa no es la frase de paso de salud de este evento.</translation>
        </message>
        <message>
            <source>The event's health key is damaged; ask the coordinator to sync again.</source>
            <translation>La clave de salud del evento está dañada; pida al coordinador que sincronice de nuevo.</translation>
        </message>
        <message>
            <source>Unlock the health data on this laptop first: it needs the health passphrase.</source>
            <translation>Primero desbloquea los datos de salud en esta laptop: hace falta la frase de paso de salud.</translation>
        </message>
        <message>
            <source>A sealed value of {table} {row} does not open: it was changed or damaged.</source>
            <translation>Un valor sellado de {table} {row} no se abre: fue modificado o está dañado.</translation>
        </message>
        <message>
            <source>Certificate {serial} was issued before the key chain; issue it again to export it.</source>
            <translation>El certificado {serial} se emitió antes de la cadena de claves; emítalo de nuevo para exportarlo.</translation>
        </message>
        <message>
            <source>Certificate {serial} was signed on another laptop; export its credential there.</source>
            <translation>El certificado {serial} se firmó en otra laptop; exporte allí su credencial.</translation>
        </message>
        <message>
            <source>{file} cannot be read as a credential JSON file.</source>
            <translation>{file} no se puede leer como archivo JSON de credencial.</translation>
        </message>
        <message>
            <source>No laptop called {name} in this event.</source>
            <translation>No hay ningún portátil llamado {name} en este evento.</translation>
        </message>
        <message>
            <source>Several laptops are called {name}; rename one first.</source>
            <translation>Varios portátiles se llaman {name}; cambie primero el nombre de uno.</translation>
        </message>
        <message>
            <source>A laptop cannot remove itself; remove it from another coordinator laptop.</source>
            <translation>Un portátil no puede retirarse a sí mismo; hágalo desde otro portátil de coordinación.</translation>
        </message>
        <message>
            <source>A merge is writing to the event file and this scan cannot be kept meanwhile: the file {file} beside it is damaged. Nothing was recorded; scan again when the merge has finished, and ask for support.</source>
            <translation>Una unión está escribiendo en el archivo del evento y este escaneo no se puede conservar mientras tanto: el archivo {file} que está a su lado está dañado. No se registró nada; escanee de nuevo cuando termine la unión y pida ayuda al soporte.</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <source>Open event</source>
            <translation>Abrir evento</translation>
        </message>
        <message>
            <source>CareKit events (*.carekit *.db);;All files (*)</source>
            <translation>Eventos de CareKit (*.carekit *.db);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ExportSetupDialog</name>
        <message>
            <source>Export the setup file</source>
            <translation>Exportar el archivo de configuración</translation>
        </message>
        <message>
            <source>Other laptops join this event from this file. Give the file and the passphrase separately (the passphrase never on the same stick).</source>
            <translation>Las demás laptops se unen a este evento con este archivo. Entrega el archivo y la frase de contraseña por separado (nunca la frase en la misma memoria USB).</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Passphrase (8+ characters)</source>
            <translation>Frase de contraseña (8+ caracteres)</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Repite la frase de contraseña</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup)</source>
            <translation>Archivos de configuración de CareKit (*.cksetup)</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de paso no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>Family</name>
        <message>
            <source>♿ Wheelchair</source>
            <translation>♿ Silla de ruedas</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>Adulto mayor</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Bebé</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>Embarazada</translation>
        </message>
        <message>
            <source>Halal</source>
            <translation>Halal</translation>
        </message>
        <message>
            <source>Vegetarian</source>
            <translation>Vegetariano</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>Médica</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>madre o padre</translation>
        </message>
        <message>
            <source>spouse</source>
            <translation>cónyuge</translation>
        </message>
        <message>
            <source>child</source>
            <translation>hijo o hija</translation>
        </message>
        <message>
            <source>sibling</source>
            <translation>hermano o hermana</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>otro familiar</translation>
        </message>
        <message>
            <source>infant (under 2)</source>
            <translation>bebé (menos de 2 años)</translation>
        </message>
        <message>
            <source>child (2-17)</source>
            <translation>niño (2-17 años)</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adulto</translation>
        </message>
        <message>
            <source>elderly (65 and over)</source>
            <translation>mayor (65 años o más)</translation>
        </message>
        <message>
            <source>flight</source>
            <translation>avión</translation>
        </message>
        <message>
            <source>train</source>
            <translation>tren</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>autobús</translation>
        </message>
        <message>
            <source>car</source>
            <translation>coche</translation>
        </message>
        <message>
            <source>to the event</source>
            <translation>ida al evento</translation>
        </message>
        <message>
            <source>home again</source>
            <translation>vuelta a casa</translation>
        </message>
        <message>
            <source>single room (1)</source>
            <translation>habitación individual (1)</translation>
        </message>
        <message>
            <source>double room (2)</source>
            <translation>habitación doble (2)</translation>
        </message>
        <message>
            <source>twin room (2)</source>
            <translation>habitación con dos camas (2)</translation>
        </message>
        <message>
            <source>triple room (3)</source>
            <translation>habitación triple (3)</translation>
        </message>
        <message>
            <source>family room (4)</source>
            <translation>habitación familiar (4)</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>invitado</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <source>ticketed</source>
            <translation>con boleto</translation>
        </message>
        <message>
            <source>travelling</source>
            <translation>en camino</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>llegó</translation>
        </message>
        <message>
            <source>departed</source>
            <translation>salió</translation>
        </message>
        <message>
            <source>home</source>
            <translation>en casa</translation>
        </message>
        <message>
            <source>Meet at {place}; leaves at {leaves}</source>
            <translation>Punto de encuentro: {place}; sale a las {leaves}</translation>
        </message>
        <message>
            <source>Driver: {driver} {phone}</source>
            <translation>Conductor: {driver} {phone}</translation>
        </message>
        <message>
            <source>♿ Wheelchair accessible vehicle</source>
            <translation>♿ Vehículo accesible para silla de ruedas</translation>
        </message>
        <message>
            <source>visiting {worker} · {phone}</source>
            <translation>visita a {worker} · {phone}</translation>
        </message>
        <message>
            <source>{number} arrives {time} at {place}</source>
            <translation>{number} llega a las {time} a {place}</translation>
        </message>
        <message>
            <source>Headcount: {count}</source>
            <translation>Personas: {count}</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>página {page} de {pages}</translation>
        </message>
        <message>
            <source>Driver manifests</source>
            <translation>Listas para conductores</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>Hotel</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Habitación</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>First night</source>
            <translation>Primera noche</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noches</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanizado</translation>
        </message>
        <message>
            <source>Rooming list</source>
            <translation>Lista de habitaciones</translation>
        </message>
        <message>
            <source>No room: {name}</source>
            <translation>Sin habitación: {name}</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>Viajeros por estado</translation>
        </message>
        <message>
            <source>Meals for the caterer</source>
            <translation>Comidas para el servicio de alimentos</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>Wheelchairs per vehicle</source>
            <translation>Sillas de ruedas por vehículo</translation>
        </message>
        <message>
            <source>Rooms used</source>
            <translation>Habitaciones ocupadas</translation>
        </message>
        <message>
            <source>{rooms} rooms, {guests} guests in {beds} beds</source>
            <translation>{rooms} habitaciones, {guests} huéspedes en {beds} camas</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Concepto</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Family visit: the day's summary</source>
            <translation>Visita familiar: resumen del día</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>Family visits</source>
            <translation>Visitas familiares</translation>
        </message>
        <message>
            <source>Arrivals board (full screen)</source>
            <translation>Tablero de llegadas (pantalla completa)</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>Viajeros</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Vehículos</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <source>&amp;Add a traveller…</source>
            <translation>&amp;Añadir un viajero…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Travel &amp;legs…</source>
            <translation>&amp;Trayectos…</translation>
        </message>
        <message>
            <source>&amp;Room…</source>
            <translation>&amp;Habitación…</translation>
        </message>
        <message>
            <source>&amp;Import the travel agent's file…</source>
            <translation>&amp;Importar el archivo de la agencia…</translation>
        </message>
        <message>
            <source>Enter or double-click edits the traveller</source>
            <translation>Intro o doble clic edita al viajero</translation>
        </message>
        <message>
            <source>Family of</source>
            <translation>Familia de</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Parentesco</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Documento de identidad</translation>
        </message>
        <message>
            <source>{expected} expected · {arrived} arrived · {missing} missing</source>
            <translation>{expected} esperados · {arrived} llegaron · {missing} faltan</translation>
        </message>
        <message>
            <source>Only coordinators change the family-visit plan.</source>
            <translation>Solo los coordinadores cambian el plan de visitas familiares.</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>bloqueado: desbloquéelo con la frase de salud</translation>
        </message>
        <message>
            <source>Select a traveller first.</source>
            <translation>Primero selecciona a un viajero.</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <source>The user guide is not included in this copy of CareKit.</source>
            <translation>Esta copia de CareKit no incluye la guía de uso.</translation>
        </message>
        <message>
            <source>This page is not part of the user guide shipped with CareKit. Press Alt+Left to go back.</source>
            <translation>Esta página no forma parte de la guía de uso que trae CareKit. Pulse Alt+Izquierda para volver.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>CareKit user guide</source>
            <translation>Guía de uso de CareKit</translation>
        </message>
    </context>
    <context>
        <name>ImportRosterDialog</name>
        <message>
            <source>Import roster</source>
            <translation>Importar lista</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>A CSV (UTF-8 or GBK) or XLSX file exported by HR</source>
            <translation>Un archivo CSV (UTF-8 o GBK) o XLSX exportado por Recursos Humanos</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Qué columna contiene qué</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(no está en el archivo)</translation>
        </message>
        <message>
            <source>Registered at site</source>
            <translation>Inscritos en la sede</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose a roster</source>
            <translation>Elige una lista</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Listas (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>column {0}</source>
            <translation>columna {0}</translation>
        </message>
        <message>
            <source>No column is recognised as the name: choose it above.</source>
            <translation>Ninguna columna se reconoce como el nombre: elígela arriba.</translation>
        </message>
        <message>
            <source>Excel workbook, first sheet: {0} rows</source>
            <translation>Libro de Excel, primera hoja: {0} filas</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>coma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>punto y coma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulador</translation>
        </message>
        <message>
            <source>{0} text, separated by {1}: {2} rows</source>
            <translation>Texto {0}, separado por {1}: {2} filas</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Imported {0} people ({1} flagged as possible duplicates), {2} unchanged, {3} rejected.</source>
            <translation>Se importaron {0} personas ({1} marcadas como posibles duplicados), {2} sin cambios, {3} rechazadas.</translation>
        </message>
        <message>
            <source>Imported, but worth checking:</source>
            <translation>Importadas, pero conviene revisar:</translation>
        </message>
        <message>
            <source>No line was rejected.</source>
            <translation>No se rechazó ninguna línea.</translation>
        </message>
    </context>
    <context>
        <name>JoinEventDialog</name>
        <message>
            <source>Join an event</source>
            <translation>Unirse a un evento</translation>
        </message>
        <message>
            <source>Choose the setup file the coordinator exported and type its passphrase.</source>
            <translation>Elige el archivo de configuración que exportó el coordinador y escribe su frase de contraseña.</translation>
        </message>
        <message>
            <source>for example: desk 3</source>
            <translation>por ejemplo: mesa 3</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>Archivo de configuración</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>Nombre de la mesa de esta laptop</translation>
        </message>
        <message>
            <source>Save the event as</source>
            <translation>Guardar el evento como</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>Primero elige el archivo de configuración.</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} ya existe; elige otro nombre.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>Claves de firma</translation>
        </message>
        <message>
            <source>Generate this organisation's key…</source>
            <translation>Generar la clave de esta organización…</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Exportar clave pública…</translation>
        </message>
        <message>
            <source>Trust another organisation's key…</source>
            <translation>Confiar en la clave de otra organización…</translation>
        </message>
        <message>
            <source>Certificates are signed with the organisation's key; employers verify them with the exported public key.</source>
            <translation>Los certificados se firman con la clave de la organización; los empleadores los verifican con la clave pública exportada.</translation>
        </message>
        <message>
            <source>signing</source>
            <translation>firma</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>de confianza</translation>
        </message>
        <message>
            <source>Organisation name</source>
            <translation>Nombre de la organización</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Exportar clave pública</translation>
        </message>
        <message>
            <source>Trust a public key</source>
            <translation>Confiar en una clave pública</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Worker</source>
            <translation>Trabajador</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Familiar</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Rider</source>
            <translation>Repartidor</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Mensajero</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Almacén</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>Atención a clientes</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Conductor</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>desk volunteer</source>
            <translation>voluntario de recepción</translation>
        </message>
        <message>
            <source>medic</source>
            <translation>personal médico</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>instructor</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinador</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <source>Health screening</source>
            <translation>Tamizaje de salud</translation>
        </message>
        <message>
            <source>Sharing with the employer</source>
            <translation>Compartir con el empleador</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <source>Add a leg for {name}</source>
            <translation>Añadir un trayecto para {name}</translation>
        </message>
        <message>
            <source>Correct the leg {number}</source>
            <translation>Corregir el trayecto {number}</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <source>&amp;Travels by:</source>
            <translation>&amp;Viaja en:</translation>
        </message>
        <message>
            <source>Train or flight &amp;number:</source>
            <translation>&amp;Número de tren o vuelo:</translation>
        </message>
        <message>
            <source>&amp;From (station or airport):</source>
            <translation>&amp;Desde (estación o aeropuerto):</translation>
        </message>
        <message>
            <source>D&amp;eparts (local time):</source>
            <translation>&amp;Sale (hora local):</translation>
        </message>
        <message>
            <source>T&amp;o (station or airport):</source>
            <translation>&amp;Hasta (estación o aeropuerto):</translation>
        </message>
        <message>
            <source>&amp;Arrives (local time):</source>
            <translation>&amp;Llega (hora local):</translation>
        </message>
        <message>
            <source>&amp;Booking reference:</source>
            <translation>&amp;Localizador de la reserva:</translation>
        </message>
        <message>
            <source>2026-12-04 08:00 (the zone of the place unless written)</source>
            <translation>2026-12-04 08:00 (la zona del lugar si no se escribe)</translation>
        </message>
        <message>
            <source>2026-12-04 16:30</source>
            <translation>2026-12-04 16:30</translation>
        </message>
        <message>
            <source>The whole &amp;family travels on this leg</source>
            <translation>Toda la &amp;familia viaja en este trayecto</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>local time at {place}: {zone}</source>
            <translation>hora local en {place}: {zone}</translation>
        </message>
    </context>
    <context>
        <name>LegsDialog</name>
        <message>
            <source>Travel legs of {name}</source>
            <translation>Trayectos de {name}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Train or flight</source>
            <translation>Tren o vuelo</translation>
        </message>
        <message>
            <source>Departs</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Llega</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Reserva</translation>
        </message>
        <message>
            <source>&amp;Add a leg…</source>
            <translation>&amp;Añadir un trayecto…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Corregir…</translation>
        </message>
        <message>
            <source>Ca&amp;ncel this leg…</source>
            <translation>A&amp;nular este trayecto…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Select a leg first.</source>
            <translation>Seleccione primero un trayecto.</translation>
        </message>
        <message numerus="yes">
            <source>Cancel {number} from {place} for %n traveller(s)? Their pick-up may need planning again.</source>
            <translation>
                <numerusform>¿Anular el {number} desde {place} para %n viajero? Puede que haya que planificar de nuevo su recogida.</numerusform>
                <numerusform>¿Anular el {number} desde {place} para %n viajeros? Puede que haya que planificar de nuevo su recogida.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel a leg</source>
            <translation>Anular un trayecto</translation>
        </message>
        <message>
            <source>Cancel the leg</source>
            <translation>Anular el trayecto</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarla</translation>
        </message>
        <message>
            <source>{number} was cancelled.</source>
            <translation>{number} se ha anulado.</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>Badge</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanizado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>N.º de empleado</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Registered from</source>
            <translation>Inscrito desde</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Con entrada</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Mesa</translation>
        </message>
        <message>
            <source>Stations visited</source>
            <translation>Estaciones visitadas</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Canalizaciones abiertas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Punto</translation>
        </message>
        <message>
            <source>Repeat scan</source>
            <translation>Escaneo repetido</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <source>Registered people</source>
            <translation>Personas inscritas</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Registros de entrada</translation>
        </message>
        <message>
            <source>Registered but not checked in</source>
            <translation>Inscritos que no han llegado</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Sin inscripción previa</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>todas las sedes</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CareKit</source>
            <translation>CareKit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>Nuevo evento…</translation>
        </message>
        <message>
            <source>Open event…</source>
            <translation>Abrir evento…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>Unirse a un evento desde un archivo de configuración…</translation>
        </message>
        <message>
            <source>Export the setup file for other laptops…</source>
            <translation>Exportar el archivo de configuración para otras laptops…</translation>
        </message>
        <message>
            <source>Apply a newer setup file (new keys, operators' PINs)…</source>
            <translation>Aplicar un archivo de configuración más reciente (claves nuevas, PIN de operadores)…</translation>
        </message>
        <message>
            <source>Switch operator / sign out…</source>
            <translation>Cambiar de operador / cerrar sesión…</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>Operadores y ajustes…</translation>
        </message>
        <message>
            <source>Consent notices…</source>
            <translation>Avisos de consentimiento…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>Importar lista…</translation>
        </message>
        <message>
            <source>Export sync bundle…</source>
            <translation>Exportar paquete de sincronización…</translation>
        </message>
        <message>
            <source>Import sync bundles…</source>
            <translation>Importar paquetes de sincronización…</translation>
        </message>
        <message>
            <source>Print badges…</source>
            <translation>Imprimir gafetes…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Evento</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>Agregar sede…</translation>
        </message>
        <message>
            <source>This laptop…</source>
            <translation>Esta laptop…</translation>
        </message>
        <message>
            <source>Export the selected person's data…</source>
            <translation>Exportar los datos de la persona seleccionada…</translation>
        </message>
        <message>
            <source>Erase the selected person…</source>
            <translation>Borrar a la persona seleccionada…</translation>
        </message>
        <message>
            <source>Only a coordinator may do this.</source>
            <translation>Solo un coordinador puede hacer esto.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía de uso</translation>
        </message>
        <message>
            <source>{event} · {desk} · {file}</source>
            <translation>{event} · {desk} · {file}</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>Operador: {name}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two people</source>
            <translation>Fusionar dos personas</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Se conserva</translation>
        </message>
        <message>
            <source>Merged into the one kept</source>
            <translation>Se fusiona con la conservada</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>N.º de empleado</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Registros de entrada</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>{right} becomes {left}: their badges, consents and check-ins move to {left}. The last merge can be undone from the Sync page.</source>
            <translation>{right} pasa a ser {left}: sus credenciales, consentimientos y registros de entrada pasan a {left}. La última fusión se puede deshacer desde la página Sincronizar.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
    </context>
    <context>
        <name>NewEventDialog</name>
        <message>
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <source>One site per line: City: venue</source>
            <translation>Una sede por línea: Ciudad: recinto</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Nombre del evento</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Phone region</source>
            <translation>Región telefónica</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sedes</translation>
        </message>
        <message>
            <source>Your name (coordinator)</source>
            <translation>Tu nombre (coordinador)</translation>
        </message>
        <message>
            <source>Your PIN ({low}–{high} digits)</source>
            <translation>Tu PIN ({low}–{high} dígitos)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN otra vez</translation>
        </message>
        <message>
            <source>Health passphrase (10+ characters, for medics)</source>
            <translation>Frase de paso de salud (10+ caracteres, para el personal médico)</translation>
        </message>
        <message>
            <source>Encrypt the file with passphrase (optional)</source>
            <translation>Cifrar el archivo con frase de paso (opcional)</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>Nombre de la mesa de esta laptop</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Choose a PIN for yourself: the event's coordinator needs one.</source>
            <translation>Elige un PIN para ti: el coordinador del evento necesita uno.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} ya existe; elige otro nombre.</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Consent: {kind}</source>
            <translation>Consentimiento: {kind}</translation>
        </message>
        <message>
            <source>Read or hand this notice to {name} before asking for consent.</source>
            <translation>Lee o entrega este aviso a {name} antes de pedir su consentimiento.</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>Versión del aviso {version}</translation>
        </message>
        <message>
            <source>The person agrees: record consent</source>
            <translation>La persona está de acuerdo: registrar consentimiento</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>Imprimir aviso</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Notice version {version} · {language}</source>
            <translation>Aviso versión {version} · {language}</translation>
        </message>
    </context>
    <context>
        <name>NoticesDialog</name>
        <message>
            <source>Consent notices</source>
            <translation>Avisos de consentimiento</translation>
        </message>
        <message>
            <source>Publish as a new version</source>
            <translation>Publicar como versión nueva</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalidad</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>version {version} (built in)</source>
            <translation>versión {version} (incluida)</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>versión {version}</translation>
        </message>
        <message>
            <source>Published as version {version}; new consents name it.</source>
            <translation>Publicado como versión {version}; los nuevos consentimientos la registran.</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators and settings</source>
            <translation>Operadores y ajustes</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>Agregar un operador</translation>
        </message>
        <message>
            <source>Screening settings</source>
            <translation>Ajustes de tamizaje</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>PIN ({low}–{high} digits)</source>
            <translation>PIN ({low}–{high} dígitos)</translation>
        </message>
        <message>
            <source>Selected operator</source>
            <translation>Operador seleccionado</translation>
        </message>
        <message>
            <source>New PIN ({low}–{high} digits)</source>
            <translation>PIN nuevo ({low}–{high} dígitos)</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Repite el PIN nuevo</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Fijar PIN</translation>
        </message>
        <message>
            <source>Change roles</source>
            <translation>Cambiar roles</translation>
        </message>
        <message>
            <source>Retire operator…</source>
            <translation>Dar de baja al operador…</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN otra vez</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>Agregar operador</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Bloquear tras minutos de inactividad</translation>
        </message>
        <message>
            <source>BMI standard</source>
            <translation>Estándar de IMC</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar ajustes</translation>
        </message>
        <message>
            <source>no PIN on this laptop: set one</source>
            <translation>sin PIN en este portátil: asigne uno</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>Se fijó un PIN nuevo para {name}.</translation>
        </message>
        <message>
            <source>Roles of {name} changed.</source>
            <translation>Se cambiaron los roles de {name}.</translation>
        </message>
        <message>
            <source>Retire operator</source>
            <translation>Dar de baja al operador</translation>
        </message>
        <message>
            <source>Retire {name}? They can no longer sign in on any laptop once this travels; what they did stays in the journal under their name.</source>
            <translation>¿Dar de baja a {name}? Cuando esto se sincronice ya no podrá iniciar sesión en ninguna laptop; lo que hizo queda en la bitácora con su nombre.</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>{name} retired.</source>
            <translation>{name} fue dado de baja.</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>Se agregó a {name}.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Ajustes guardados.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Station overview</source>
            <translation>Resumen de estaciones</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>Operadores y ajustes…</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>Personas tamizadas por estación y por hora</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>Alertas por tipo</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Canalizaciones abiertas</translation>
        </message>
        <message>
            <source>Flagged people</source>
            <translation>Personas con alertas</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Aún abiertas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>Counts only: individual results need the medic role.</source>
            <translation>Solo conteos: los resultados individuales requieren el rol de personal médico.</translation>
        </message>
        <message>
            <source>Fewer than 5 people screened</source>
            <translation>Menos de 5 personas examinadas</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) screened</source>
            <translation>
                <numerusform>%n persona tamizada</numerusform>
                <numerusform>%n personas tamizadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Check-in desk</source>
            <translation>Recepción</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>Screening station</source>
            <translation>Estación de tamizaje</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Canalizaciones</translation>
        </message>
        <message>
            <source>Station overview</source>
            <translation>Resumen de estaciones</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>Visitas familiares</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formación</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>Verificar certificado</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
    </context>
    <context>
        <name>PapersBar</name>
        <message>
            <source>Driver manifests…</source>
            <translation>Listas para conductores…</translation>
        </message>
        <message>
            <source>Rooming list…</source>
            <translation>Lista de habitaciones…</translation>
        </message>
        <message>
            <source>Itinerary…</source>
            <translation>Itinerario…</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>Copiar mensaje</translation>
        </message>
        <message>
            <source>Day summary…</source>
            <translation>Resumen del día…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>PDF or Excel (*.pdf *.xlsx)</source>
            <translation>PDF o Excel (*.pdf *.xlsx)</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Guardado {file}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Imprimiendo…</translation>
        </message>
        <message>
            <source>Select a traveller of the family first.</source>
            <translation>Seleccione primero a un viajero de la familia.</translation>
        </message>
        <message>
            <source>The itinerary is on the clipboard: paste it into the family's chat.</source>
            <translation>El itinerario está en el portapapeles: péguelo en el chat de la familia.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanizado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>N.º de empleado</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Con entrada</translation>
        </message>
        <message>
            <source>Possible duplicate: same phone or staff id as someone already registered.</source>
            <translation>Posible duplicado: mismo teléfono o número de empleado que alguien ya inscrito.</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>Nombre (como se escribe)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>N.º de empleado</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Registros de entrada</translation>
        </message>
        <message>
            <source>Annul check-in…</source>
            <translation>Anular entrada…</translation>
        </message>
        <message>
            <source>Undo: check in again</source>
            <translation>Deshacer: registrar la entrada de nuevo</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <source>Withdraw consent…</source>
            <translation>Retirar consentimiento…</translation>
        </message>
        <message>
            <source>Reprint badge</source>
            <translation>Reimprimir gafete</translation>
        </message>
        <message>
            <source>Person: {name}</source>
            <translation>Persona: {name}</translation>
        </message>
        <message>
            <source>{time} · {desk}</source>
            <translation>{time} · {desk}</translation>
        </message>
        <message>
            <source>annulled: {reason}</source>
            <translation>anulada: {reason}</translation>
        </message>
        <message>
            <source>Not checked in yet.</source>
            <translation>Aún no registra su entrada.</translation>
        </message>
        <message>
            <source>withdrawn {time}</source>
            <translation>retirado {time}</translation>
        </message>
        <message>
            <source>given {time}</source>
            <translation>otorgado {time}</translation>
        </message>
        <message>
            <source>{kind} (notice {version}): {state}</source>
            <translation>{kind} (aviso {version}): {state}</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>No cambió nada.</translation>
        </message>
        <message>
            <source>Saved. The change is journalled with your name.</source>
            <translation>Guardado. El cambio queda en la bitácora con tu nombre.</translation>
        </message>
        <message>
            <source>Select the check-in to annul.</source>
            <translation>Selecciona la entrada que quieres anular.</translation>
        </message>
        <message>
            <source>Annul check-in</source>
            <translation>Anular entrada</translation>
        </message>
        <message>
            <source>Why is this check-in annulled? (for example: wrong person selected)</source>
            <translation>¿Por qué se anula esta entrada? (por ejemplo: se eligió a la persona equivocada)</translation>
        </message>
        <message>
            <source>Annul this check-in of {name}? It no longer counts as an arrival; the record of it and your reason are kept.</source>
            <translation>¿Anular esta entrada de {name}? Ya no cuenta como llegada; su registro y tu motivo se conservan.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarla</translation>
        </message>
        <message>
            <source>Check-in annulled.</source>
            <translation>Entrada anulada.</translation>
        </message>
        <message>
            <source>Checked in again.</source>
            <translation>Entrada registrada de nuevo.</translation>
        </message>
        <message>
            <source>Select a consent in force to withdraw.</source>
            <translation>Selecciona un consentimiento vigente para retirarlo.</translation>
        </message>
        <message>
            <source>Withdraw the consent to {kind} of {name}? From now on nothing of this kind can be recorded for them without a new consent.</source>
            <translation>¿Retirar el consentimiento de {name} para {kind}? A partir de ahora no se puede registrar nada de este tipo sin un consentimiento nuevo.</translation>
        </message>
        <message>
            <source>Their health records become hidden from everyone; this cannot be undone.</source>
            <translation>Sus registros de salud quedan ocultos para todos; no se puede deshacer.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Retirar consentimiento</translation>
        </message>
        <message>
            <source>Consent withdrawn.</source>
            <translation>Consentimiento retirado.</translation>
        </message>
    </context>
    <context>
        <name>PersonRights</name>
        <message>
            <source>CareKit</source>
            <translation>CareKit</translation>
        </message>
        <message>
            <source>Select the person on the check-in desk first (search, then pick their row).</source>
            <translation>Primero selecciona a la persona en la recepción (busca y elige su fila).</translation>
        </message>
        <message>
            <source>Save everything held about this person</source>
            <translation>Guardar todo lo que se tiene de esta persona</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Saved everything held about {name} to {file}. Hand it to them, then delete it from this laptop.</source>
            <translation>Se guardó todo lo que se tiene de {name} en {file}. Entrégaselo y luego bórralo de esta laptop.</translation>
        </message>
        <message>
            <source>{name} was erased here. Export a bundle so the other laptops erase them too.</source>
            <translation>{name} se borró aquí. Exporta un paquete para que las demás laptops también lo borren.</translation>
        </message>
    </context>
    <context>
        <name>PinCountdown</name>
        <message>
            <source>You can try your PIN again now.</source>
            <translation>Ya puedes intentar tu PIN de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>No printer is set up on this laptop.</source>
            <translation>Esta laptop no tiene impresora configurada.</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this laptop.</source>
            <translation>No se pudo abrir ningún visor de PDF en esta laptop.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Sin imprimir</translation>
        </message>
        <message>
            <source>The file is saved as {file} in the folder:
{folder}
Copy it to a laptop with a printer, or open it from there. It is removed when CareKit closes.</source>
            <translation>El archivo se guardó como {file} en la carpeta:
{folder}
Cópialo a una laptop con impresora o ábrelo desde ahí. Se borra cuando CareKit se cierra.</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Mostrar la carpeta</translation>
        </message>
    </context>
    <context>
        <name>ReferralQueuePage</name>
        <message>
            <source>Referrals</source>
            <translation>Canalizaciones</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Abierta el</translation>
        </message>
        <message>
            <source>Mark seen</source>
            <translation>Marcar como atendida</translation>
        </message>
        <message>
            <source>Close referral</source>
            <translation>Cerrar canalización</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENTE</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>rutina</translation>
        </message>
        <message>
            <source>Select a referral first.</source>
            <translation>Primero selecciona una canalización.</translation>
        </message>
        <message>
            <source>Close the referral of {name} ({flag})? A closed referral cannot be reopened; a new flag opens a new one.</source>
            <translation>¿Cerrar la canalización de {name} ({flag})? Una canalización cerrada no se puede reabrir; una nueva alerta abre otra.</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Mantenerla abierta</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>Ready to scan</source>
            <translation>Listo para escanear</translation>
        </message>
        <message>
            <source>Scan a badge, or type a name, pinyin, phone or staff id.</source>
            <translation>Escanea un gafete o escribe un nombre, pinyin, teléfono o número de empleado.</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Con entrada</translation>
        </message>
        <message>
            <source>Already checked in at {time}, {desk}</source>
            <translation>Ya registró su entrada a las {time}, {desk}</translation>
        </message>
        <message>
            <source>Checked in: pending record</source>
            <translation>Entrada registrada: registro pendiente</translation>
        </message>
        <message>
            <source>Registration not on this laptop yet</source>
            <translation>La inscripción aún no está en esta laptop</translation>
        </message>
        <message>
            <source>The check-in is recorded; the person's details arrive with the next sync bundle.</source>
            <translation>La entrada quedó registrada; los datos de la persona llegan con el próximo paquete de sincronización.</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Sin entrada</translation>
        </message>
        <message>
            <source>Nothing done</source>
            <translation>No se hizo nada</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Needs the role {roles}; {name} is signed in without it.</source>
            <translation>Se necesita el rol {roles}; {name} inició sesión sin él.</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Checking rows…</source>
            <translation>Revisando filas…</translation>
        </message>
        <message>
            <source>Registering people…</source>
            <translation>Inscribiendo personas…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>N.º de empleado</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Height</source>
            <translation>Estatura</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Systolic, 1st reading</source>
            <translation>Sistólica, 1.ª lectura</translation>
        </message>
        <message>
            <source>Diastolic, 1st reading</source>
            <translation>Diastólica, 1.ª lectura</translation>
        </message>
        <message>
            <source>Systolic, 2nd reading</source>
            <translation>Sistólica, 2.ª lectura</translation>
        </message>
        <message>
            <source>Diastolic, 2nd reading</source>
            <translation>Diastólica, 2.ª lectura</translation>
        </message>
        <message>
            <source>Systolic, 3rd reading</source>
            <translation>Sistólica, 3.ª lectura</translation>
        </message>
        <message>
            <source>Diastolic, 3rd reading</source>
            <translation>Diastólica, 3.ª lectura</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Frecuencia cardiaca</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>Glucosa</translation>
        </message>
        <message>
            <source>Glucose unit</source>
            <translation>Unidad de glucosa</translation>
        </message>
        <message>
            <source>Fasting</source>
            <translation>En ayunas</translation>
        </message>
        <message>
            <source>Vision, left eye</source>
            <translation>Visión, ojo izquierdo</translation>
        </message>
        <message>
            <source>Vision, right eye</source>
            <translation>Visión, ojo derecho</translation>
        </message>
        <message>
            <source>PHQ-2 score</source>
            <translation>Puntaje PHQ-2</translation>
        </message>
        <message>
            <source>GAD-2 score</source>
            <translation>Puntaje GAD-2</translation>
        </message>
        <message>
            <source>Heat stress at work</source>
            <translation>Estrés por calor en el trabajo</translation>
        </message>
        <message>
            <source>Lower-back pain</source>
            <translation>Dolor lumbar</translation>
        </message>
        <message>
            <source>Injuries in the last year</source>
            <translation>Lesiones en el último año</translation>
        </message>
        <message>
            <source>Height and weight</source>
            <translation>Estatura y peso</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Presión arterial</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visión</translation>
        </message>
        <message>
            <source>Mood (PHQ-2, GAD-2)</source>
            <translation>Estado de ánimo (PHQ-2, GAD-2)</translation>
        </message>
        <message>
            <source>Work questions</source>
            <translation>Preguntas sobre el trabajo</translation>
        </message>
        <message>
            <source>Doctor on site</source>
            <translation>Médico en el sitio</translation>
        </message>
        <message>
            <source>Counselling / calm room</source>
            <translation>Orientación psicológica / sala de calma</translation>
        </message>
        <message>
            <source>Eye clinic</source>
            <translation>Clínica oftalmológica</translation>
        </message>
        <message>
            <source>Underweight</source>
            <translation>Bajo peso</translation>
        </message>
        <message>
            <source>Overweight</source>
            <translation>Sobrepeso</translation>
        </message>
        <message>
            <source>Obesity</source>
            <translation>Obesidad</translation>
        </message>
        <message>
            <source>Raised blood pressure</source>
            <translation>Presión arterial elevada</translation>
        </message>
        <message>
            <source>Urgent blood pressure</source>
            <translation>Presión arterial urgente</translation>
        </message>
        <message>
            <source>Raised fasting glucose</source>
            <translation>Glucosa en ayunas elevada</translation>
        </message>
        <message>
            <source>Raised non-fasting glucose</source>
            <translation>Glucosa sin ayuno elevada</translation>
        </message>
        <message>
            <source>Low vision</source>
            <translation>Baja visión</translation>
        </message>
        <message>
            <source>PHQ-2 positive</source>
            <translation>PHQ-2 positivo</translation>
        </message>
        <message>
            <source>GAD-2 positive</source>
            <translation>GAD-2 positivo</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>atendida</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrada</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Roster</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Scan in / out</source>
            <translation>Escanear entrada / salida</translation>
        </message>
        <message>
            <source>Skills grid</source>
            <translation>Cuadro de habilidades</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Enrol: name, phone, staff id or badge serial, then Enter</source>
            <translation>Inscribir: nombre, teléfono, número de empleado o número de gafete, y Enter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>In now</source>
            <translation>Dentro</translation>
        </message>
        <message>
            <source>Scan a badge</source>
            <translation>Escanee un gafete</translation>
        </message>
        <message>
            <source>Scanning out (leaving the room)</source>
            <translation>Registrando salidas (dejan la sala)</translation>
        </message>
        <message>
            <source>Type the written score; Space marks a skill passed ✓, not passed ✗ or blank. Ctrl+S saves.</source>
            <translation>Escriba la nota escrita; Espacio marca una habilidad aprobada ✓, no aprobada ✗ o en blanco. Ctrl+S guarda.</translation>
        </message>
        <message>
            <source>Save assessments</source>
            <translation>Guardar evaluaciones</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>Emitir certificados</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Escrito</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Pick a session</source>
            <translation>Elija una sesión</translation>
        </message>
        <message>
            <source>{course} {name} · {site} {room} · {day} {start}–{end} · trainer {trainer} · {enrolled}/{capacity}</source>
            <translation>{course} {name} · {site} {room} · {day} {start}–{end} · instructor {trainer} · {enrolled}/{capacity}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>inscrito</translation>
        </message>
        <message>
            <source>waiting #{n}</source>
            <translation>en espera n.º {n}</translation>
        </message>
        <message>
            <source>in</source>
            <translation>dentro</translation>
        </message>
        <message>
            <source>In the room now ({count}): {names}</source>
            <translation>En la sala ahora ({count}): {names}</translation>
        </message>
        <message>
            <source>{count} people match '{text}': type more.</source>
            <translation>{count} personas coinciden con «{text}»: escriba más.</translation>
        </message>
        <message>
            <source>{name}: already on this session</source>
            <translation>{name}: ya está en esta sesión</translation>
        </message>
        <message>
            <source>{name}: enrolled</source>
            <translation>{name}: inscrito</translation>
        </message>
        <message>
            <source>{name}: waiting list #{n}</source>
            <translation>{name}: lista de espera n.º {n}</translation>
        </message>
        <message>
            <source>{name}: in at {time}</source>
            <translation>{name}: entrada a las {time}</translation>
        </message>
        <message>
            <source>{name}: out at {time}, {hours} h</source>
            <translation>{name}: salida a las {time}, {hours} h</translation>
        </message>
        <message>
            <source>{name}: already in (recorded again) at {time}</source>
            <translation>{name}: ya estaba dentro (registrado de nuevo) a las {time}</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sin inscripción previa</translation>
        </message>
        <message>
            <source>{message}

Enrol them now?</source>
            <translation>{message}

¿Inscribirlo ahora?</translation>
        </message>
        <message>
            <source>Row {row}: '{score}' is not a score.</source>
            <translation>Fila {row}: «{score}» no es una nota.</translation>
        </message>
        <message>
            <source>{count} assessments saved.</source>
            <translation>{count} evaluaciones guardadas.</translation>
        </message>
        <message>
            <source>Issued {issued}, already issued {already}, not eligible {refused}.</source>
            <translation>Emitidos {issued}, ya emitidos {already}, no elegibles {refused}.</translation>
        </message>
        <message>
            <source>PDF: {path}</source>
            <translation>PDF: {path}</translation>
        </message>
    </context>
    <context>
        <name>SetupFilePicker</name>
        <message>
            <source>Setup file</source>
            <translation>Archivo de configuración</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup);;All files (*)</source>
            <translation>Archivos de configuración de CareKit (*.cksetup);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>This is the demo event: sign in as {name} with the PIN {pin}.</source>
            <translation>Este es el evento de demostración: inicia sesión como {name} con el PIN {pin}.</translation>
        </message>
        <message>
            <source>Sign out and close CareKit</source>
            <translation>Cerrar sesión y salir de CareKit</translation>
        </message>
        <message>
            <source>Choose or type your operator name.</source>
            <translation>Elige o escribe tu nombre de operador.</translation>
        </message>
        <message>
            <source>Preparing search for {count} people…</source>
            <translation>Preparando la búsqueda de {count} personas…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>Comprobando tu PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Escribe tu PIN y pulsa Enter.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN nuevo</translation>
        </message>
        <message>
            <source>The same PIN again:</source>
            <translation>El mismo PIN otra vez:</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>No event is open on this laptop yet.</source>
            <translation>Aún no hay ningún evento abierto en esta laptop.</translation>
        </message>
        <message>
            <source>Create a new event…</source>
            <translation>Crear un evento nuevo…</translation>
        </message>
        <message>
            <source>Join an event from a setup file…</source>
            <translation>Unirse a un evento desde un archivo de configuración…</translation>
        </message>
        <message>
            <source>Open an event file…</source>
            <translation>Abrir un archivo de evento…</translation>
        </message>
        <message>
            <source>Open the demo event</source>
            <translation>Abrir el evento de demostración</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>{file} is encrypted. Event passphrase:</source>
            <translation>{file} está cifrado. Frase de paso del evento:</translation>
        </message>
        <message>
            <source>That passphrase does not open {file}. Event passphrase:</source>
            <translation>Esa frase de paso no abre {file}. Frase de paso del evento:</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Screening station</source>
            <translation>Estación de tamizaje</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Estación</translation>
        </message>
        <message>
            <source>Scan the badge</source>
            <translation>Escanea el gafete</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Record health consent (F3)</source>
            <translation>Registrar consentimiento de salud (F3)</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Guardar (Enter)</translation>
        </message>
        <message>
            <source>Correct last record (Alt+C)</source>
            <translation>Corregir el último registro (Alt+C)</translation>
        </message>
        <message>
            <source>Health data locked</source>
            <translation>Datos de salud bloqueados</translation>
        </message>
        <message>
            <source>Type the event's health passphrase once to open health values on this laptop until tomorrow.</source>
            <translation>Escriba una vez la frase de paso de salud del evento para ver los datos de salud en este portátil hasta mañana.</translation>
        </message>
        <message>
            <source>Health passphrase</source>
            <translation>Frase de paso de salud</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Health data unlocked on this laptop for today.</source>
            <translation>Datos de salud desbloqueados en este portátil por hoy.</translation>
        </message>
        <message>
            <source>, optional</source>
            <translation>, opcional</translation>
        </message>
        <message>
            <source>The work questions are for riders, couriers and warehouse staff.</source>
            <translation>Las preguntas sobre el trabajo son para repartidores, mensajeros y personal de almacén.</translation>
        </message>
        <message>
            <source>Scan a badge to begin.</source>
            <translation>Escanea un gafete para empezar.</translation>
        </message>
        <message>
            <source>Badge {serial}</source>
            <translation>Gafete {serial}</translation>
        </message>
        <message>
            <source>age {band}</source>
            <translation>edad {band}</translation>
        </message>
        <message>
            <source>Health consent given (notice {version}).</source>
            <translation>Consentimiento de salud otorgado (aviso {version}).</translation>
        </message>
        <message>
            <source>Health consent withdrawn: nothing can be recorded.</source>
            <translation>Consentimiento de salud retirado: no se puede registrar nada.</translation>
        </message>
        <message>
            <source>No health consent yet: ask first.</source>
            <translation>Aún no hay consentimiento de salud: pregunta primero.</translation>
        </message>
        <message>
            <source>Saved for {name}.</source>
            <translation>Guardado para {name}.</translation>
        </message>
        <message>
            <source>BMI {bmi}</source>
            <translation>IMC {bmi}</translation>
        </message>
        <message>
            <source>Blood pressure used: {s}/{d} mmHg</source>
            <translation>Presión arterial usada: {s}/{d} mmHg</translation>
        </message>
        <message>
            <source>Glucose {value} mmol/L</source>
            <translation>Glucosa {value} mmol/L</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENTE</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>Sin alertas.</translation>
        </message>
        <message>
            <source>Correcting the last record: change the values and press Enter.</source>
            <translation>Corrigiendo el último registro: cambia los valores y pulsa Enter.</translation>
        </message>
    </context>
    <context>
        <name>StayDialog</name>
        <message>
            <source>Room for {name}</source>
            <translation>Habitación de {name}</translation>
        </message>
        <message>
            <source>&amp;Hotel:</source>
            <translation>H&amp;otel:</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Habitación:</translation>
        </message>
        <message>
            <source>Room &amp;type:</source>
            <translation>&amp;Tipo de habitación:</translation>
        </message>
        <message>
            <source>&amp;First night:</source>
            <translation>&amp;Primera noche:</translation>
        </message>
        <message>
            <source>&amp;Nights:</source>
            <translation>&amp;Noches:</translation>
        </message>
        <message>
            <source>2026-12-04</source>
            <translation>2026-12-04</translation>
        </message>
        <message>
            <source>&amp;Give the room back…</source>
            <translation>&amp;Dejar la habitación…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Room {room} already holds {count} of {capacity}: it is full.</source>
            <translation>La habitación {room} ya tiene {count} de {capacity}: está completa.</translation>
        </message>
        <message numerus="yes">
            <source>Shares room {room} with %n other(s).</source>
            <translation>
                <numerusform>Comparte la habitación {room} con %n persona más.</numerusform>
                <numerusform>Comparte la habitación {room} con %n personas más.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} gives back room {room} at {hotel} and has no room until given another.</source>
            <translation>{name} deja la habitación {room} del {hotel} y no tendrá habitación hasta que se le asigne otra.</translation>
        </message>
        <message>
            <source>Give the room back</source>
            <translation>Dejar la habitación</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>Dejarla</translation>
        </message>
        <message>
            <source>Keep the room</source>
            <translation>Conservar la habitación</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>The clock of {laptop} runs ahead of this laptop's by more than {minutes} minutes (its newest change is stamped {when}). Its changes were kept, but this laptop's clock did not follow; set the date and time on {laptop}.</source>
            <translation>El reloj de {laptop} va adelantado respecto al de este portátil en más de {minutes} minutos (su cambio más reciente lleva la hora {when}). Sus cambios se conservaron, pero el reloj de este portátil no lo siguió; ajuste la fecha y la hora en {laptop}.</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{file} from {desk}: {new} new, {updated} updated, {unchanged} unchanged, {facts} new check-ins and log lines, {conflicts} conflicts, {duplicates} possible duplicates</source>
            <translation>{file} de {desk}: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {facts} entradas y líneas de bitácora nuevas, {conflicts} conflictos, {duplicates} posibles duplicados</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exportar un paquete</translation>
        </message>
        <message>
            <source>CareKit bundles (*.ckbundle)</source>
            <translation>Paquetes de CareKit (*.ckbundle)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Escribiendo {file}…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Paquete escrito</translation>
        </message>
        <message>
            <source>{file} is ready ({size} KB). Copy it to the other laptops and import it there.</source>
            <translation>{file} está listo ({size} KB). Cópialo a las demás laptops e impórtalo allí.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Falló la exportación</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Importar paquetes</translation>
        </message>
        <message numerus="yes">
            <source>Merging %n bundle(s)…</source>
            <translation>
                <numerusform>Uniendo %n paquete…</numerusform>
                <numerusform>Uniendo %n paquetes…</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>Paquetes importados</translation>
        </message>
        <message>
            <source>Imported before this one:</source>
            <translation>Importados antes de este:</translation>
        </message>
        <message>
            <source>A bundle was not imported</source>
            <translation>No se importó un paquete</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>Uniendo {file}…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Export a bundle…</source>
            <translation>Exportar un paquete…</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>Importar paquetes…</translation>
        </message>
        <message>
            <source>What this laptop has</source>
            <translation>Lo que tiene esta laptop</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>Conflictos pendientes</translation>
        </message>
        <message>
            <source>Possible duplicates waiting</source>
            <translation>Posibles duplicados pendientes</translation>
        </message>
        <message>
            <source>Recent exports and imports</source>
            <translation>Exportaciones e importaciones recientes</translation>
        </message>
        <message>
            <source>Scans kept aside</source>
            <translation>Escaneos apartados</translation>
        </message>
        <message>
            <source>Try recording them again</source>
            <translation>Intentar registrarlos de nuevo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>This laptop, {name}{where}: its own work up to {when}</source>
            <translation>Esta laptop, {name}{where}: su propio trabajo hasta {when}</translation>
        </message>
        <message>
            <source>From {name}{where}: everything up to {when}</source>
            <translation>De {name}{where}: todo hasta {when}</translation>
        </message>
        <message>
            <source>Nothing yet.</source>
            <translation>Nada todavía.</translation>
        </message>
        <message>
            <source>exported {file}</source>
            <translation>exportó {file}</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>imported {file} from {desk}</source>
            <translation>importó {file} de {desk}</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {conflicts} conflicts, {duplicates} duplicates</source>
            <translation>{new} nuevos, {updated} actualizados, {conflicts} conflictos, {duplicates} duplicados</translation>
        </message>
        <message>
            <source>Conflicts waiting ({n})</source>
            <translation>Conflictos pendientes ({n})</translation>
        </message>
        <message>
            <source>Possible duplicates waiting ({n})</source>
            <translation>Posibles duplicados pendientes ({n})</translation>
        </message>
        <message>
            <source>The file {file} beside the event file, which keeps the scans answered during a merge, cannot be opened: it is damaged. Scans are recorded as usual while no merge runs; keep the file and ask for support.</source>
            <translation>El archivo {file} junto al archivo del evento, que conserva los escaneos respondidos durante una unión, no se puede abrir: está dañado. Los escaneos se registran como siempre mientras no haya una unión en curso; conserve el archivo y pida ayuda al soporte.</translation>
        </message>
        <message>
            <source>Scans answered during a merge but not recorded: {n}. Recording them failed, so they are set aside and kept; every other scan goes on being recorded. Try again below; if they still fail, keep the file {file} beside the event file and ask for support.</source>
            <translation>Escaneos respondidos durante una unión pero no registrados: {n}. No se pudieron registrar, así que quedan apartados y se conservan; todos los demás escaneos se siguen registrando. Vuelva a intentarlo abajo; si siguen fallando, conserve el archivo {file} junto al archivo del evento y pida ayuda al soporte.</translation>
        </message>
        <message>
            <source>Waiting scans that cannot be read: {n}. They were written under another event key or are damaged, and are kept in {file} beside the event file: do not delete it; ask for support.</source>
            <translation>Escaneos en espera que no se pueden leer: {n}. Se escribieron con otra clave del evento o están dañados, y se conservan en {file} junto al archivo del evento: no lo borre; pida ayuda al soporte.</translation>
        </message>
        <message>
            <source>Next: export a bundle and import it on the other laptops, then bring their bundles back here and import them.</source>
            <translation>Siguiente: exporta un paquete e impórtalo en las demás laptops; luego trae aquí sus paquetes e impórtalos.</translation>
        </message>
        <message>
            <source>Next: a coordinator picks the right value for each conflict on the right. Until then the newest value is shown.</source>
            <translation>Siguiente: un coordinador elige el valor correcto de cada conflicto a la derecha. Mientras tanto se muestra el valor más reciente.</translation>
        </message>
        <message>
            <source>Next: a coordinator decides for each possible duplicate: the same person (merge) or different people.</source>
            <translation>Siguiente: un coordinador decide en cada posible duplicado si es la misma persona (unir) o personas distintas.</translation>
        </message>
        <message>
            <source>Next: export a bundle so the other laptops get what this laptop has now.</source>
            <translation>Siguiente: exporta un paquete para que las demás laptops reciban lo que esta tiene ahora.</translation>
        </message>
        <message>
            <source>All settled. Exchange bundles again after the next busy hour, or before laptops leave the venue.</source>
            <translation>Todo en orden. Intercambien paquetes de nuevo después de la próxima hora pico o antes de que las laptops salgan del recinto.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>attended {attended} h of {hours} h</source>
            <translation>asistió {attended} h de {hours} h</translation>
        </message>
        <message>
            <source>no written score yet</source>
            <translation>aún sin calificación escrita</translation>
        </message>
        <message>
            <source>written {score} &lt; {mark}</source>
            <translation>escrito {score} &lt; {mark}</translation>
        </message>
        <message>
            <source>{skill} not assessed</source>
            <translation>{skill} sin evaluar</translation>
        </message>
        <message>
            <source>{skill} not passed</source>
            <translation>{skill} no aprobada</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>aprobado</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>reprobado</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incompleto</translation>
        </message>
        <message>
            <source>no certificate of {code} valid or expired less than {months} months ago</source>
            <translation>no hay certificado de {code} vigente o vencido hace menos de {months} meses</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>Formación</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Renovaciones</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Caduca</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Días restantes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Course · serial</source>
            <translation>Curso · número</translation>
        </message>
        <message>
            <source>Certificates running out within {days} days and not yet renewed: whom to invite to a renewal course.</source>
            <translation>Certificados que caducan en {days} días y aún no renovados: a quién invitar a un curso de renovación.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>todos</translation>
        </message>
    </context>
    <context>
        <name>TravelImportDialog</name>
        <message>
            <source>Import the travel agent's file</source>
            <translation>Importar el archivo de la agencia de viajes</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Elegir un archivo…</translation>
        </message>
        <message>
            <source>CSV or Excel file from the travel agent</source>
            <translation>Archivo CSV o Excel de la agencia de viajes</translation>
        </message>
        <message>
            <source>&amp;Lines left out:</source>
            <translation>&amp;Líneas descartadas:</translation>
        </message>
        <message>
            <source>&amp;Import the good rows</source>
            <translation>&amp;Importar las filas correctas</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose the travel agent's file</source>
            <translation>Elegir el archivo de la agencia de viajes</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
            <translation>Hojas de cálculo (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>Choose the file; it is checked and shown before anything is stored.</source>
            <translation>Elija el archivo; se comprueba y se muestra antes de guardar nada.</translation>
        </message>
        <message numerus="yes">
            <source>%n leg(s)</source>
            <translation>
                <numerusform>%n trayecto</numerusform>
                <numerusform>%n trayectos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passenger seat(s)</source>
            <translation>
                <numerusform>%n plaza de pasajero</numerusform>
                <numerusform>%n plazas de pasajero</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) left out</source>
            <translation>
                <numerusform>%n línea descartada</numerusform>
                <numerusform>%n líneas descartadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {legs} with {passengers}; {left_out}.</source>
            <translation>Importados {legs} con {passengers}; {left_out}.</translation>
        </message>
        <message>
            <source>The file would add {legs} with {passengers}; {left_out}.</source>
            <translation>El archivo añadiría {legs} con {passengers}; {left_out}.</translation>
        </message>
    </context>
    <context>
        <name>TravellerDialog</name>
        <message>
            <source>Add a traveller</source>
            <translation>Añadir un viajero</translation>
        </message>
        <message>
            <source>Edit the traveller</source>
            <translation>Editar el viajero</translation>
        </message>
        <message>
            <source>&amp;Worker visited (staff id):</source>
            <translation>&amp;Trabajador al que visita (n.º de empleado):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Phone (empty: the worker's):</source>
            <translation>Telé&amp;fono (vacío: el del trabajador):</translation>
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation>&amp;Parentesco:</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Edad:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Nee&amp;ds:</source>
            <translation>Necesi&amp;dades:</translation>
        </message>
        <message>
            <source>Identity &amp;document:</source>
            <translation>&amp;Documento de identidad:</translation>
        </message>
        <message>
            <source>Document n&amp;umber:</source>
            <translation>N&amp;úmero del documento:</translation>
        </message>
        <message>
            <source>&amp;Medical note:</source>
            <translation>Nota &amp;médica:</translation>
        </message>
        <message>
            <source>the worker's language</source>
            <translation>el idioma del trabajador</translation>
        </message>
        <message>
            <source>resident id card, passport…</source>
            <translation>documento de identidad, pasaporte…</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>bloqueado: desbloquéelo con la frase de salud</translation>
        </message>
        <message>
            <source>only coordinators see and change this</source>
            <translation>solo los coordinadores lo ven y lo cambian</translation>
        </message>
        <message>
            <source>for ticketing; sealed when saved</source>
            <translation>para los billetes; se sella al guardar</translation>
        </message>
        <message>
            <source>sealed when saved</source>
            <translation>se sella al guardar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Locked after idle time. {name} has no PIN yet: choose one ({low}–{high} digits), type it twice, and it unlocks from now on.</source>
            <translation>Bloqueado por inactividad. {name} aún no tiene PIN: elija uno ({low}–{high} dígitos), escríbalo dos veces y desde ahora desbloqueará con él.</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN otra vez</translation>
        </message>
        <message>
            <source>Locked after idle time. {name}, enter your PIN.</source>
            <translation>Bloqueado por inactividad. {name}, escribe tu PIN.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Another operator…</source>
            <translation>Otro operador…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>Comprobando tu PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Escribe tu PIN y pulsa Enter.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>UrgentFlagDialog</name>
        <message>
            <source>Urgent</source>
            <translation>Urgentes</translation>
        </message>
        <message>
            <source>URGENT: send {name} to {destination} now</source>
            <translation>URGENTE: envía a {name} a {destination} ahora</translation>
        </message>
        <message>
            <source>An urgent referral is at the top of the referral queue.</source>
            <translation>Una canalización urgente está al principio de la lista de canalizaciones.</translation>
        </message>
        <message>
            <source>I have seen this and am sending them on</source>
            <translation>Lo vi y la estoy enviando</translation>
        </message>
    </context>
    <context>
        <name>VehiclePlan</name>
        <message>
            <source>Window (minutes)</source>
            <translation>Ventana (minutos)</translation>
        </message>
        <message>
            <source>Seats per vehicle</source>
            <translation>Asientos por vehículo</translation>
        </message>
        <message>
            <source>Plan pick-ups</source>
            <translation>Planear recogidas</translation>
        </message>
        <message>
            <source>Move to this vehicle</source>
            <translation>Mover a este vehículo</translation>
        </message>
        <message>
            <source>Save driver</source>
            <translation>Guardar conductor</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Conductor</translation>
        </message>
        <message>
            <source>Driver's phone</source>
            <translation>Teléfono del conductor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>Tren / vuelo</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Llega</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>{vehicle} is over capacity ({detail})</source>
            <translation>{vehicle} excede su capacidad ({detail})</translation>
        </message>
        <message>
            <source>{vehicle} leaves before {detail} arrives</source>
            <translation>{vehicle} sale antes de que llegue {detail}</translation>
        </message>
        <message>
            <source>A traveller on {detail} has no pick-up</source>
            <translation>Un viajero de {detail} no tiene recogida</translation>
        </message>
        <message>
            <source>A train or flight in {vehicle} changed after planning ({detail})</source>
            <translation>Un tren o vuelo de {vehicle} cambió después de planear ({detail})</translation>
        </message>
        <message>
            <source>{vehicle} takes a wheelchair user but is not accessible</source>
            <translation>{vehicle} lleva a un usuario de silla de ruedas pero no es accesible</translation>
        </message>
        <message>
            <source>Planned {vehicles} vehicles for {seated} travellers.</source>
            <translation>Se planearon {vehicles} vehículos para {seated} viajeros.</translation>
        </message>
        <message>
            <source>Select a traveller and the vehicle to move them to.</source>
            <translation>Selecciona a un viajero y el vehículo al que moverlo.</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>This is not a CareKit certificate code.</source>
            <translation>Este no es un código de certificado de CareKit.</translation>
        </message>
        <message>
            <source>The code is damaged or incomplete.</source>
            <translation>El código está dañado o incompleto.</translation>
        </message>
        <message>
            <source>Signed by a key this laptop does not know: it cannot be trusted (import the issuer's public key).</source>
            <translation>Lo firmó una clave que esta laptop no conoce: no es confiable (importa la clave pública del emisor).</translation>
        </message>
        <message>
            <source>The signature does not match: the code is forged or altered.</source>
            <translation>La firma no coincide: el código es falso o fue alterado.</translation>
        </message>
        <message>
            <source>The issuing key is not vouched for by the organisation's key: the code is forged.</source>
            <translation>La clave emisora no está avalada por la clave de la organización: el código es falso.</translation>
        </message>
        <message>
            <source>Issued on a day the issuing key was not delegated for: the code is forged or the key expired.</source>
            <translation>Emitido un día para el que la clave emisora no estaba delegada: el código es falso o la clave caducó.</translation>
        </message>
        <message>
            <source>Revoked: signed by issuing key {detail} on or after its revocation.</source>
            <translation>Revocado: firmado por la clave emisora {detail} el día de su revocación o después.</translation>
        </message>
        <message>
            <source>Revoked: {detail}</source>
            <translation>Revocado: {detail}</translation>
        </message>
        <message>
            <source>Genuine, but expired on {expires}.</source>
            <translation>Auténtico, pero venció el {expires}.</translation>
        </message>
        <message>
            <source>Valid until {expires}.</source>
            <translation>Válido hasta el {expires}.</translation>
        </message>
        <message>
            <source>This file is not a signed credential.</source>
            <translation>Este archivo no es una credencial firmada.</translation>
        </message>
        <message>
            <source>The credential's proof is of a kind CareKit does not check.</source>
            <translation>La prueba de la credencial es de un tipo que CareKit no comprueba.</translation>
        </message>
        <message>
            <source>The credential's proof is not made for asserting a credential.</source>
            <translation>La prueba de la credencial no está hecha para afirmar una credencial.</translation>
        </message>
        <message>
            <source>The credential is signed by a key CareKit cannot read.</source>
            <translation>La credencial está firmada con una clave que CareKit no puede leer.</translation>
        </message>
        <message>
            <source>The credential is damaged or incomplete.</source>
            <translation>La credencial está dañada o incompleta.</translation>
        </message>
        <message>
            <source>The signature does not match: the credential is forged or altered.</source>
            <translation>La firma no coincide: la credencial es falsa o fue alterada.</translation>
        </message>
        <message>
            <source>The credential is signed by a key the organisation did not delegate: it is forged.</source>
            <translation>La credencial está firmada con una clave que la organización no delegó: es falsa.</translation>
        </message>
        <message>
            <source>The credential and the certificate code it carries disagree: it is forged or altered.</source>
            <translation>La credencial y el código de certificado que lleva no coinciden: es falsa o fue alterada.</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify certificate</source>
            <translation>Verificar certificado</translation>
        </message>
        <message>
            <source>Scan the certificate's QR code, or paste its code, then press Enter.</source>
            <translation>Escanea el código QR del certificado o pega su código y pulsa Enter.</translation>
        </message>
        <message>
            <source>CKC2.… or the credential's JSON {…}</source>
            <translation>CKC2.… o el JSON de la credencial {…}</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Signing keys…</source>
            <translation>Claves de firma…</translation>
        </message>
        <message>
            <source>Revoke this certificate…</source>
            <translation>Revocar este certificado…</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>VÁLIDO</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>VENCIDO</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>REVOCADO</translation>
        </message>
        <message>
            <source>FORGED</source>
            <translation>FALSO</translation>
        </message>
        <message>
            <source>{holder} · course {course} · issued {issued} · valid until {expires}
serial {serial} · issuer {issuer} · key {fingerprint}</source>
            <translation>{holder} · curso {course} · emitido {issued} · válido hasta {expires}
folio {serial} · emisor {issuer} · clave {fingerprint}</translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>Revocar certificado</translation>
        </message>
        <message>
            <source>Why is certificate {serial} revoked?</source>
            <translation>¿Por qué se revoca el certificado {serial}?</translation>
        </message>
        <message>
            <source>Revoke certificate {serial} of {holder}? Every laptop will show it as revoked once this travels; it cannot be made valid again (issue a new one instead).</source>
            <translation>¿Revocar el certificado {serial} de {holder}? Cuando esto se sincronice, todas las computadoras lo mostrarán revocado; no podrá volver a ser válido (emita uno nuevo en su lugar).</translation>
        </message>
        <message>
            <source>Keep it valid</source>
            <translation>Mantenerlo válido</translation>
        </message>
    </context>
    <context>
        <name>WaitingNote</name>
        <message>
            <source>Recorded as soon as the merge finishes.</source>
            <translation>Se registrará en cuanto termine la unión.</translation>
        </message>
        <message>
            <source>Not recorded yet: this scan is kept but set aside. A coordinator can try again on the Sync page.</source>
            <translation>Aún no registrado: este escaneo se conserva, pero apartado. Un coordinador puede volver a intentarlo en la página Sincronizar.</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Register a walk-in</source>
            <translation>Inscribir a alguien sin registro previo</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>Imprimir aviso</translation>
        </message>
        <message>
            <source>The person heard the registration notice and agrees</source>
            <translation>La persona escuchó el aviso de inscripción y está de acuerdo</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>Nombre (como se escribe)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>N.º de empleado</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Empleador</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Registration notice</source>
            <translation>Aviso de inscripción</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>Inscribir y registrar entrada</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>Versión del aviso {version}</translation>
        </message>
    </context>
</TS>