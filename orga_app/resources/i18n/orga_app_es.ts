<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Uploads are paused: {why}</source>
        <translation>Subidas en pausa: {why}</translation>
    </message>
    <message>
        <source>They have not reached the server yet.</source>
        <translation>Aún no han llegado al servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) made on this computer are not on the server.</source>
        <translation>
            <numerusform>%n registro hecho en este equipo no está en el servidor.</numerusform>
            <numerusform>%n registros hechos en este equipo no están en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event “{key}” on this server.</source>
        <translation>No hay ningún evento «{key}» en este servidor.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Primero inicie sesión.</translation>
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
        <source>Last check-in</source>
        <translation>Último registro</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ dentro</translation>
    </message>
    <message>
        <source>— not in</source>
        <translation>— fuera</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n cambio pendiente de subir</numerusform>
            <numerusform>%n cambios pendientes de subir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused (see Problems)</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor (ver Problemas)</numerusform>
            <numerusform>%n cambios rechazados por el servidor (ver Problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> en {device}</translation>
    </message>
    <message>
        <source>in at {when}</source>
        <translation>entrada a las {when}</translation>
    </message>
    <message>
        <source>out at {when}</source>
        <translation>salida a las {when}</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aún no hay registros.</translation>
    </message>
    <message>
        <source>Search name, e-mail, order or code</source>
        <translation>Buscar nombre, correo, pedido o código</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Pendiente de subir</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Subida fallida</translation>
    </message>
    <message>
        <source>Attendee details</source>
        <translation>Detalles del asistente</translation>
    </message>
    <message>
        <source>Select an attendee to see the details.</source>
        <translation>Seleccione un asistente para ver los detalles.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Registrar salida…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Imprimir acreditación</translation>
    </message>
    <message>
        <source>Print this person&apos;s badge now (a reprint included)</source>
        <translation>Imprimir ahora la acreditación de esta persona (también una reimpresión)</translation>
    </message>
    <message>
        <source>more than {n} attendees</source>
        <translation>más de {n} asistentes</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer queue.</source>
        <translation>Acreditación de {name} enviada a la cola de impresión.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>¿Registrar la salida de {name}?</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Iniciar cámara</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Buscando cámaras…</translation>
    </message>
    <message>
        <source>Could not look for cameras: {detail}
Type the code below or use a USB scanner.</source>
        <translation>No se pudieron buscar cámaras: {detail}
Escriba el código abajo o use un lector USB.</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>Cámara {n}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <source>No camera found.
Type the code below, or use a USB barcode scanner: it works anywhere in this window.</source>
        <translation>No se encontró ninguna cámara.
Escriba el código abajo o use un lector de códigos USB: funciona en cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Cámara apagada</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>Iniciando cámara…</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Detener cámara</translation>
    </message>
    <message>
        <source>Camera unavailable — trying again…
{detail}
Meanwhile type the code below or use a USB scanner.</source>
        <translation>Cámara no disponible — reintentando…
{detail}
Mientras tanto, escriba el código abajo o use un lector USB.</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>El vídeo ha terminado.</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>registrados</translation>
    </message>
    <message>
        <source>of all attendees</source>
        <translation>de todos los asistentes</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>pendientes de subir</translation>
    </message>
    <message>
        <source>failed uploads</source>
        <translation>subidas fallidas</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>Llegadas cada 15 minutos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Once (if not printed before)</source>
        <translation>Una vez (si no se imprimió antes)</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>En cada registro</translation>
    </message>
    <message>
        <source>The server&apos;s layout for each ticket type</source>
        <translation>El diseño del servidor para cada tipo de entrada</translation>
    </message>
    <message>
        <source>Built-in: name, company, ticket type, QR</source>
        <translation>Integrado: nombre, empresa, tipo de entrada, QR</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Acreditaciones</translation>
    </message>
    <message>
        <source>(none: do not print)</source>
        <translation>(ninguna: no imprimir)</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (no conectada)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Tamaño de la acreditación</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Print at check-in</source>
        <translation>Imprimir al registrar</translation>
    </message>
    <message>
        <source>Per ticket type: name=never, once or always, separated by semicolons</source>
        <translation>Por tipo de entrada: nombre=never, once o always, separados por punto y coma</translation>
    </message>
    <message>
        <source>Per ticket type</source>
        <translation>Por tipo de entrada</translation>
    </message>
    <message>
        <source>Preview with a sample name</source>
        <translation>Vista previa con un nombre de ejemplo</translation>
    </message>
    <message>
        <source>Print this badge</source>
        <translation>Imprimir esta acreditación</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>Vista previa: {name}</translation>
    </message>
    <message>
        <source>Check-ins per door</source>
        <translation>Registros por puerta</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Door (device)</source>
        <translation>Puerta (dispositivo)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>(sin tipo de entrada)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Scans on this device: {parts}</source>
        <translation>Escaneos en este dispositivo: {parts}</translation>
    </message>
    <message>
        <source>No scans on this device yet.</source>
        <translation>Aún no hay escaneos en este dispositivo.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes (none yet)</source>
        <translation>Llegadas cada 15 minutos (aún ninguna)</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Llegadas por hora</translation>
    </message>
    <message>
        <source>Arrivals per {n} hours</source>
        <translation>Llegadas cada {n} horas</translation>
    </message>
    <message>
        <source>Arrivals per {n} minutes</source>
        <translation>Llegadas cada {n} minutos</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>Primera admisión</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>Admitido de nuevo</translation>
    </message>
    <message>
        <source>{when} at {door}</source>
        <translation>{when} en {door}</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>Admitido dos veces</translation>
    </message>
    <message>
        <source>A ticket was let in at two doors before they had synced, with no check-out between. Check whether it was copied.</source>
        <translation>Una entrada fue admitida en dos puertas antes de sincronizarse, sin salida entre medias. Compruebe si fue copiada.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a ticket was let in at two doors before they had synced, with no check-out between. Check whether those tickets were copied.</source>
        <translation>
            <numerusform>%n vez una entrada fue admitida en dos puertas antes de sincronizarse, sin salida entre medias. Compruebe si esas entradas fueron copiadas.</numerusform>
            <numerusform>%n veces una entrada fue admitida en dos puertas antes de sincronizarse, sin salida entre medias. Compruebe si esas entradas fueron copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was admitted at two doors.</source>
        <translation>Ninguna entrada fue admitida en dos puertas.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then scan again.</source>
        <translation>El disco está lleno: no se guardó nada. Libere espacio y vuelva a escanear.</translation>
    </message>
    <message>
        <source>The local database is busy (is Orga App open twice on this computer?). Nothing was saved; scan again.</source>
        <translation>La base de datos local está ocupada (¿Orga App está abierta dos veces en este equipo?). No se guardó nada; vuelva a escanear.</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>La carpeta de datos es de solo lectura: no se guardó nada.</translation>
    </message>
    <message>
        <source>The local database failed ({detail}): nothing was saved.</source>
        <translation>La base de datos local falló ({detail}): no se guardó nada.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the server address and this computer&apos;s date and time.</source>
        <translation>No se pudo verificar el certificado del servidor. Revise la dirección del servidor y la fecha y hora de este equipo.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address.</source>
        <translation>No se puede conectar con el servidor. Revise la red y la dirección del servidor.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Esta cuenta no tiene permiso para eso.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>El servidor tuvo un problema. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>El servidor lo rechazó: {reason}</translation>
    </message>
    <message>
        <source>Camera problem: {detail}</source>
        <translation>Problema de cámara: {detail}</translation>
    </message>
    <message>
        <source>Could not read or write a file: {detail}</source>
        <translation>No se pudo leer o escribir un archivo: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}</source>
        <translation>Error inesperado: {kind}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Details were saved to {path}.</source>
        <translation>Los detalles se guardaron en {path}.</translation>
    </message>
    <message>
        <source>The app hit a bug. Scanning keeps working; check-ins already made are saved.</source>
        <translation>La app encontró un error. El escaneo sigue funcionando; los registros ya hechos están guardados.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>administrador del servidor</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>coorganizador</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>registrador</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sin rol</translation>
    </message>
    <message>
        <source>This account is {role} for “{event}”: the server does not let it record check-ins, so scans here would never reach the server. Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>Esta cuenta es {role} de «{event}»: el servidor no le permite registrar entradas, así que los escaneos de aquí nunca llegarían al servidor. Pida al propietario del evento que haga a esta cuenta coorganizadora (u organizadora), o inicie sesión como administrador del servidor.</translation>
    </message>
    <message>
        <source>Check-ins go up through a registration station: the server records its own time of upload (the scan time stays on this computer) and cannot record check-outs (only a server admin can).</source>
        <translation>Los registros suben a través de una estación de registro: el servidor guarda su propia hora de subida (la hora del escaneo queda en este equipo) y no puede registrar salidas (solo un administrador del servidor puede).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>some products only</source>
        <translation>solo algunos productos</translation>
    </message>
    <message>
        <source>unpaid orders admitted</source>
        <translation>se admiten pedidos sin pagar</translation>
    </message>
    <message>
        <source>multiple entries</source>
        <translation>entradas múltiples</translation>
    </message>
    <message>
        <source>Check-in list: {name} (exit)</source>
        <translation>Lista de registro: {name} (salida)</translation>
    </message>
    <message>
        <source>Check-in list: {name}</source>
        <translation>Lista de registro: {name}</translation>
    </message>
    <message>
        <source>Choose the event at this door</source>
        <translation>Elija el evento de esta puerta</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>Lista de registro</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Event number or identifier</source>
        <translation>Número o identificador del evento</translation>
    </message>
    <message>
        <source>Find event on server</source>
        <translation>Buscar evento en el servidor</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Refresh list from server</source>
        <translation>Actualizar lista del servidor</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Comprobar preparación</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Abrir evento</translation>
    </message>
    <message>
        <source>  (local list)</source>
        <translation>  (lista local)</translation>
    </message>
    <message>
        <source>  · you: {role}</source>
        <translation>  · usted: {role}</translation>
    </message>
    <message>
        <source>No events yet. Sign in and refresh the list.</source>
        <translation>Aún no hay eventos. Inicie sesión y actualice la lista.</translation>
    </message>
    <message>
        <source>This event has no check-in list on the server: refresh the list.</source>
        <translation>Este evento no tiene lista de registro en el servidor: actualice la lista.</translation>
    </message>
    <message>
        <source>Looking for event {key}…</source>
        <translation>Buscando el evento {key}…</translation>
    </message>
    <message>
        <source>Attendee list (*.csv)</source>
        <translation>Lista de asistentes (*.csv)</translation>
    </message>
    <message>
        <source>Scan log (*.csv)</source>
        <translation>Registro de escaneos (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>asistentes</translation>
    </message>
    <message>
        <source>scan log</source>
        <translation>registro de escaneos</translation>
    </message>
    <message>
        <source>Exporting {what} to {name}…</source>
        <translation>Exportando {what} a {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Orga App — self check-in</source>
        <translation>Orga App — autorregistro</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>el vídeo terminó</translation>
    </message>
    <message>
        <source>Camera unavailable — you can still use the scanner at the desk</source>
        <translation>Cámara no disponible — puede usar el lector del mostrador</translation>
    </message>
    <message>
        <source>Paper or phone — both work. Staff at the desk are happy to help.</source>
        <translation>En papel o en el móvil, ambos sirven. El personal del mostrador le ayuda con gusto.</translation>
    </message>
    <message>
        <source>Welcome to {event}!</source>
        <translation>¡Bienvenido a {event}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>¡Bienvenido!</translation>
    </message>
    <message>
        <source>Self check-in is not set up yet — please see the desk</source>
        <translation>El autorregistro aún no está configurado — acuda al mostrador</translation>
    </message>
    <message>
        <source>Hold your ticket&apos;s QR code up to the camera</source>
        <translation>Acerque el código QR de su entrada a la cámara</translation>
    </message>
    <message>
        <source>Please scan your ticket</source>
        <translation>Escanee su entrada</translation>
    </message>
    <message>
        <source>Ticket not recognised — please see the desk</source>
        <translation>Entrada no reconocida — acuda al mostrador</translation>
    </message>
    <message>
        <source>Please see the desk</source>
        <translation>Acuda al mostrador</translation>
    </message>
    <message>
        <source>Sorry, that did not work — please see the desk</source>
        <translation>Lo sentimos, no funcionó — acuda al mostrador</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Set the operator PIN for this kiosk</source>
        <translation>Defina el PIN de operador de este quiosco</translation>
    </message>
    <message>
        <source>Choose a new operator PIN</source>
        <translation>Elija un nuevo PIN de operador</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to leave kiosk mode.</source>
        <translation>De 4 a 8 dígitos. Lo necesita para salir del modo quiosco.</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>PIN de operador</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits. Please try again.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Escriba el mismo PIN otra vez</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>Los dos PIN eran distintos. Empiece de nuevo.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>Volver al autorregistro</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Espere %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Espere %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Espere %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos. Espere %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in at {when}</source>
        <translation>Ya registrado a las {when}</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Full log: {path}</source>
        <translation>Registro completo: {path}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>{server} uses plain http: your password, the session and attendee data would cross the network unencrypted, readable by anyone on the same Wi-Fi.

Connect without encryption for this session only?</source>
        <translation>{server} usa http sin cifrar: su contraseña, la sesión y los datos de asistentes cruzarían la red sin cifrar, legibles por cualquiera en la misma wifi.

¿Conectar sin cifrado solo en esta sesión?</translation>
    </message>
    <message>
        <source>Sign in to your event server</source>
        <translation>Inicie sesión en el servidor del evento</translation>
    </message>
    <message>
        <source>Sign in once with internet; afterwards the door works offline on cached data.</source>
        <translation>Inicie sesión una vez con internet; después la puerta funciona sin conexión con los datos guardados.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Open Event (eventyay API v1)</source>
        <translation>Open Event (API v1 de eventyay)</translation>
    </message>
    <message>
        <source>pretix or eventyay-tickets</source>
        <translation>pretix o eventyay-tickets</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>Volver a los eventos</translation>
    </message>
    <message>
        <source>Keep working with the events already on this computer</source>
        <translation>Seguir con los eventos ya guardados en este equipo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Pair this computer as a door device</source>
        <translation>Vincular este equipo como dispositivo de puerta</translation>
    </message>
    <message>
        <source>Use an organizer team&apos;s API token</source>
        <translation>Usar el token de API de un equipo organizador</translation>
    </message>
    <message>
        <source>the one-time token the organizer shows</source>
        <translation>el token de un solo uso que muestra el organizador</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>Token de vinculación</translation>
    </message>
    <message>
        <source>organizer short name, e.g. demo</source>
        <translation>nombre corto del organizador, p. ej. demo</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Checking what kind of server this is…</source>
        <translation>Comprobando qué tipo de servidor es…</translation>
    </message>
    <message>
        <source>This is a pretix-type server (pretix or eventyay-tickets).</source>
        <translation>Es un servidor tipo pretix (pretix o eventyay-tickets).</translation>
    </message>
    <message>
        <source>Not a pretix server, or it did not answer: Open Event is assumed.</source>
        <translation>No es un servidor pretix o no respondió: se asume Open Event.</translation>
    </message>
    <message>
        <source>Please fill in the server, e-mail and password.</source>
        <translation>Complete el servidor, el correo y la contraseña.</translation>
    </message>
    <message>
        <source>Please fill in the server and the pairing token.</source>
        <translation>Complete el servidor y el token de vinculación.</translation>
    </message>
    <message>
        <source>Please fill in the server, the organizer and the API token.</source>
        <translation>Complete el servidor, el organizador y el token de API.</translation>
    </message>
    <message>
        <source>Not signed in: {server} is not encrypted. Use https:// if it has it.</source>
        <translation>Sesión no iniciada: {server} no está cifrado. Use https:// si lo admite.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Unencrypted server</source>
        <translation>Servidor sin cifrar</translation>
    </message>
    <message>
        <source>Orga App — check-in</source>
        <translation>Orga App — registro</translation>
    </message>
    <message>
        <source>Retry badges</source>
        <translation>Reintentar acreditaciones</translation>
    </message>
    <message>
        <source>Signed in as {email} on {server}</source>
        <translation>Sesión iniciada como {email} en {server}</translation>
    </message>
    <message>
        <source>Not signed in (local lists only)</source>
        <translation>Sin sesión (solo listas locales)</translation>
    </message>
    <message>
        <source>Asking the server for the events…</source>
        <translation>Pidiendo los eventos al servidor…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n event(s) available.</source>
        <translation>
            <numerusform>Sesión iniciada. %n evento disponible.</numerusform>
            <numerusform>Sesión iniciada. %n eventos disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay saved under this account and are uploaded only after signing in with it again. Another account does not see them and would admit the same people again. Sign out anyway?</source>
        <translation>Quedan guardados en esta cuenta y solo se suben al volver a iniciar sesión con ella. Otra cuenta no los ve y volvería a admitir a las mismas personas. ¿Cerrar sesión de todos modos?</translation>
    </message>
    <message>
        <source>A ticket ({code}) was scanned while a window was open: nobody was checked in. Close the window and scan again.</source>
        <translation>Se escaneó una entrada ({code}) con una ventana abierta: no se registró a nadie. Cierre la ventana y vuelva a escanear.</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>escaneos</translation>
    </message>
    <message>
        <source>Exported {n} {what} to {path}</source>
        <translation>Exportados {n} {what} a {path}</translation>
    </message>
    <message>
        <source>Retry badges ({n})</source>
        <translation>Reintentar acreditaciones ({n})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>They stay saved on this computer and are uploaded when the app runs again with this account and the server is reachable. Close anyway?</source>
        <translation>Quedan guardados en este equipo y se suben cuando la app vuelva a ejecutarse con esta cuenta y el servidor esté accesible. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>CHECK-OUT MODE — a scan lets the person leave</source>
        <translation>MODO SALIDA — un escaneo registra la salida</translation>
    </message>
    <message>
        <source>VALIDATE ONLY — nothing is recorded</source>
        <translation>SOLO VALIDAR — no se registra nada</translation>
    </message>
    <message>
        <source>CHECK-IN MODE — a scan admits the person</source>
        <translation>MODO ENTRADA — un escaneo admite a la persona</translation>
    </message>
    <message>
        <source>Ready to check out</source>
        <translation>Listo para registrar salidas</translation>
    </message>
    <message>
        <source>Ready to validate</source>
        <translation>Listo para validar</translation>
    </message>
    <message>
        <source>Ready to check in</source>
        <translation>Listo para registrar entradas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Escaneado</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <source>The server refused these check-ins. Retry sends them again (e.g. after the problem was fixed on the server); Discard keeps them here as discarded.</source>
        <translation>El servidor rechazó estos registros. Reintentar los envía de nuevo (p. ej. tras corregir el problema en el servidor); Descartar los guarda aquí como descartados.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <source>Uploads are paused: {why}
%n check-in(s) made here are not on the server. They stay saved on this computer. Sign in with an account that may check attendees in (Change event → Sign out), or ask the organizer to give this account that right; then Sync now.</source>
        <translation>
            <numerusform>Subidas en pausa: {why}
%n registro hecho aquí no está en el servidor. Sigue guardado en este equipo. Inicie sesión con una cuenta que pueda registrar asistentes (Cambiar evento → Cerrar sesión), o pida al organizador que dé ese permiso a esta cuenta; luego Sincronizar ahora.</numerusform>
            <numerusform>Subidas en pausa: {why}
%n registros hechos aquí no están en el servidor. Siguen guardados en este equipo. Inicie sesión con una cuenta que pueda registrar asistentes (Cambiar evento → Cerrar sesión), o pida al organizador que dé ese permiso a esta cuenta; luego Sincronizar ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>acreditación impresa</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) need a decision.</source>
        <translation>
            <numerusform>%n registro necesita una decisión.</numerusform>
            <numerusform>%n registros necesitan una decisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n check-in(s) of {names}? They will not be sent to the server.</source>
        <translation>
            <numerusform>¿Descartar %n registro de {names}? No se enviará al servidor.</numerusform>
            <numerusform>¿Descartar %n registros de {names}? No se enviarán al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>No single check-in was refused: uploads as a whole are paused.</source>
        <translation>No se rechazó ningún registro concreto: las subidas están en pausa en conjunto.</translation>
    </message>
    <message>
        <source>No problems: every check-in was accepted or is waiting to upload.</source>
        <translation>Sin problemas: cada registro fue aceptado o espera para subirse.</translation>
    </message>
    <message>
        <source>Validate only</source>
        <translation>Solo validar</translation>
    </message>
    <message>
        <source>Keyboard: {key}</source>
        <translation>Teclado: {key}</translation>
    </message>
    <message>
        <source>Type a ticket code, e-mail or order number</source>
        <translation>Escriba un código de entrada, correo o número de pedido</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NO GUARDADO</translation>
    </message>
    <message>
        <source>{n} of {total} checked in</source>
        <translation>{n} de {total} registrados</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>In the kiosk only</source>
        <translation>Solo en el quiosco</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>zxing-cpp (fast, default)</source>
        <translation>zxing-cpp (rápido, predeterminado)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sent to the server with each check-in, e.g. &apos;Door A&apos;.</source>
        <translation>Se envía al servidor con cada registro, p. ej. «Puerta A».</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Scan mode</source>
        <translation>Modo de escaneo</translation>
    </message>
    <message>
        <source>Play a sound for each verdict</source>
        <translation>Reproducir un sonido con cada resultado</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>Decodificador QR</translation>
    </message>
    <message>
        <source>Download other doors&apos; check-ins every</source>
        <translation>Descargar registros de otras puertas cada</translation>
    </message>
    <message>
        <source>Camera reads the same ticket again after</source>
        <translation>La cámara vuelve a leer la misma entrada tras</translation>
    </message>
    <message>
        <source>Kiosk shows a verdict for</source>
        <translation>El quiosco muestra un resultado durante</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Pseudo (finds cut-off text)</source>
        <translation>Pseudo (encuentra texto cortado)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Speak verdicts</source>
        <translation>Decir los resultados en voz alta</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>El nombre del dispositivo no puede estar vacío.</translation>
    </message>
    <message>
        <source>The device name must not contain a comma.</source>
        <translation>El nombre del dispositivo no puede contener comas.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: {host}</source>
        <translation>⚠ Sin cifrar: {host}</translation>
    </message>
    <message>
        <source>This session was allowed to use plain http to {host}: the password, the session and attendee data can be read by anyone on the network.</source>
        <translation>Esta sesión puede usar http sin cifrar con {host}: cualquiera en la red puede leer la contraseña, la sesión y los datos de asistentes.</translation>
    </message>
    <message>
        <source>Local only (no sync)</source>
        <translation>Solo local (sin sincronización)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Offline — no connection; scans are saved and sent later</source>
        <translation>Sin conexión — los escaneos se guardan y se envían después</translation>
    </message>
    <message>
        <source>Server error — scans are saved and sent later</source>
        <translation>Error del servidor — los escaneos se guardan y se envían después</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>{n} waiting to upload</source>
        <translation>{n} pendientes de subir</translation>
    </message>
    <message>
        <source>⚠ Uploads paused — review</source>
        <translation>⚠ Subidas en pausa — revisar</translation>
    </message>
    <message>
        <source>⚠ {n} failed — review</source>
        <translation>⚠ {n} fallidos — revisar</translation>
    </message>
    <message>
        <source>Uploads paused — nothing is sent to the server</source>
        <translation>Subidas en pausa — no se envía nada al servidor</translation>
    </message>
    <message>
        <source>Uploads paused: {why}</source>
        <translation>Subidas en pausa: {why}</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>Última sincronización {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>{stage} %v / %m</source>
        <translation>{stage} %v / %m</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>Problema de sincronización: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee record(s) from the server could not be read and were skipped.</source>
        <translation>
            <numerusform>%n registro de asistente del servidor no se pudo leer y se omitió.</numerusform>
            <numerusform>%n registros de asistentes del servidor no se pudieron leer y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer (no server)</source>
        <translation>guardado en este equipo (sin servidor)</translation>
    </message>
    <message>
        <source>● waiting to upload</source>
        <translation>● pendiente de subir</translation>
    </message>
    <message>
        <source>✓ on the server</source>
        <translation>✓ en el servidor</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code up to the camera</source>
        <translation>Acerque el código QR de la entrada a la cámara</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>REGISTRADO</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>YA REGISTRADO</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NO REGISTRADO</translation>
    </message>
    <message>
        <source>VALID TICKET</source>
        <translation>ENTRADA VÁLIDA</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>DESCONOCIDA</translation>
    </message>
    <message>
        <source>OTHER EVENT</source>
        <translation>OTRO EVENTO</translation>
    </message>
    <message>
        <source>ORDER NOT VALID</source>
        <translation>PEDIDO NO VÁLIDO</translation>
    </message>
    <message>
        <source>SEVERAL ATTENDEES</source>
        <translation>VARIAS PERSONAS</translation>
    </message>
    <message>
        <source>UNREADABLE CODE</source>
        <translation>ILEGIBLE</translation>
    </message>
    <message>
        <source>NOT VALID AT THIS DOOR</source>
        <translation>NO VÁLIDA AQUÍ</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>ya registrado</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>salida registrada</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>valid ticket</source>
        <translation>entrada válida</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>entrada desconocida</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>otro evento</translation>
    </message>
    <message>
        <source>order not valid</source>
        <translation>pedido no válido</translation>
    </message>
    <message>
        <source>several attendees</source>
        <translation>varias personas</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>código ilegible</translation>
    </message>
    <message>
        <source>not valid at this door</source>
        <translation>no válida en esta puerta</translation>
    </message>
    <message>
        <source>Checked in at {when} on {device}</source>
        <translation>Registrado a las {when} en {device}</translation>
    </message>
    <message>
        <source>Checked in at {when}</source>
        <translation>Registrado a las {when}</translation>
    </message>
    <message>
        <source>{words} The order is not paid yet.</source>
        <translation>{words} El pedido aún no está pagado.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>¡Bienvenido, {name}!</translation>
    </message>
    <message>
        <source>Leaving: scan again to check back in</source>
        <translation>Sale: escanee otra vez para volver a entrar</translation>
    </message>
    <message>
        <source>{when}. Validate only: nothing was recorded.</source>
        <translation>{when}. Solo validar: no se registró nada.</translation>
    </message>
    <message>
        <source>Not checked in yet. Validate only: nothing was recorded.</source>
        <translation>Aún no registrado. Solo validar: no se registró nada.</translation>
    </message>
    <message>
        <source>You are already in. If something is wrong, please see the desk.</source>
        <translation>Ya está dentro. Si algo no está bien, acuda al mostrador.</translation>
    </message>
    <message>
        <source>Nothing to check out</source>
        <translation>Nada que registrar como salida</translation>
    </message>
    <message>
        <source>No such ticket for this event</source>
        <translation>No existe esa entrada para este evento</translation>
    </message>
    <message>
        <source>Try again or type the code</source>
        <translation>Inténtelo de nuevo o escriba el código</translation>
    </message>
    <message>
        <source>Not a ticket code: a number or e-mail counts only when typed at the desk</source>
        <translation>No es un código de entrada: un número o correo solo vale si se escribe en el mostrador</translation>
    </message>
    <message>
        <source>This ticket is for another event: {event}</source>
        <translation>Esta entrada es de otro evento: {event}</translation>
    </message>
    <message>
        <source>This ticket is for another event</source>
        <translation>Esta entrada es de otro evento</translation>
    </message>
    <message>
        <source>This code is for several people. Please scan your own ticket.</source>
        <translation>Este código es para varias personas. Escanee su propia entrada.</translation>
    </message>
    <message numerus="yes">
        <source>Order with %n attendee(s): {names}. Scan each person&apos;s own ticket.</source>
        <translation>
            <numerusform>Pedido con %n persona: {names}. Cada persona escanea su propia entrada.</numerusform>
            <numerusform>Pedido con %n personas: {names}. Cada persona escanea su propia entrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event</source>
        <translation>Esta entrada fue cancelada o retirada del evento</translation>
    </message>
    <message>
        <source>The order is not paid yet: please see the staff at the desk</source>
        <translation>El pedido aún no está pagado: acuda al personal del mostrador</translation>
    </message>
    <message>
        <source>Not paid: admit anyway? Enter = admit, Esc = refuse</source>
        <translation>Sin pagar: ¿admitir de todos modos? Enter = admitir, Esc = rechazar</translation>
    </message>
    <message>
        <source>The order is not paid yet: this ticket is not valid</source>
        <translation>El pedido aún no está pagado: esta entrada no es válida</translation>
    </message>
    <message>
        <source>The order was cancelled: this ticket is not valid</source>
        <translation>El pedido fue cancelado: esta entrada no es válida</translation>
    </message>
    <message>
        <source>The order expired without payment: this ticket is not valid</source>
        <translation>El pedido caducó sin pago: esta entrada no es válida</translation>
    </message>
    <message>
        <source>The order was deleted on the server: this ticket is not valid</source>
        <translation>El pedido se borró en el servidor: esta entrada no es válida</translation>
    </message>
    <message>
        <source>An old code of a ticket that was issued again: ask for the new ticket</source>
        <translation>Código antiguo de una entrada reemitida: pida la entrada nueva</translation>
    </message>
    <message>
        <source>This code is blocked</source>
        <translation>Este código está bloqueado</translation>
    </message>
    <message>
        <source>This ticket type is not valid on the list {list}</source>
        <translation>Este tipo de entrada no es válido en la lista {list}</translation>
    </message>
    <message>
        <source>This ticket type is not valid on this door&apos;s list</source>
        <translation>Este tipo de entrada no es válido en la lista de esta puerta</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now: {why}</source>
        <translation>Las reglas de acceso de esta lista no admiten esta entrada ahora: {why}</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now</source>
        <translation>Las reglas de acceso de esta lista no admiten esta entrada ahora</translation>
    </message>
    <message>
        <source>This list has entry rules only the server can check, and the server cannot be reached now: scan again when it can</source>
        <translation>Esta lista tiene reglas que solo el servidor puede comprobar y ahora no se puede conectar con él: escanee de nuevo cuando se pueda</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first</source>
        <translation>Elija primero la lista de registro de esta puerta</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time</source>
        <translation>Esta entrada no es válida a esta hora</translation>
    </message>
    <message>
        <source>Some questions for this ticket must be answered at the desk first</source>
        <translation>Algunas preguntas de esta entrada deben responderse primero en el mostrador</translation>
    </message>
    <message>
        <source>The server refused this ticket: {why}</source>
        <translation>El servidor rechazó esta entrada: {why}</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket: nothing was recorded</source>
        <translation>El servidor falló al comprobar esta entrada: no se registró nada</translation>
    </message>
    <message>
        <source>Self check-in is closed at this door — please see the desk</source>
        <translation>El autorregistro está cerrado en esta puerta — acuda al mostrador</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list</source>
        <translation>La lista de registro de esta puerta se borró en el servidor: elija otra lista</translation>
    </message>
    <message>
        <source>Send the guest to the entrance of {event}, or search them by name.</source>
        <translation>Envíe al invitado a la entrada de {event}, o búsquelo por nombre.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search them by name.</source>
        <translation>Envíe al invitado a la entrada de ese evento, o búsquelo por nombre.</translation>
    </message>
    <message>
        <source>The ticket was issued again with a new code: ask for the newest ticket (e-mail), or search the guest by name.</source>
        <translation>La entrada se volvió a emitir con un código nuevo: pida la entrada más reciente (correo) o busque al invitado por nombre.</translation>
    </message>
    <message>
        <source>Ask the guest for another ticket, or search them by name: they may hold a new one.</source>
        <translation>Pida al invitado otra entrada o búsquelo por nombre: puede que tenga una nueva.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event that is not in the list yet (sold after the last download): look it up on the server, or search the guest by name.</source>
        <translation>Parece una entrada de este evento que aún no está en la lista (vendida tras la última descarga): consúltela en el servidor o busque al invitado por nombre.</translation>
    </message>
    <message>
        <source>This is a badge or a contact card, not a ticket: scan the ticket instead.</source>
        <translation>Es una acreditación o tarjeta de contacto, no una entrada: escanee la entrada.</translation>
    </message>
    <message>
        <source>This code is from a different ticketing system or a web link: ask for the ticket of this event, or search the guest by name.</source>
        <translation>Este código es de otro sistema de entradas o un enlace web: pida la entrada de este evento o busque al invitado por nombre.</translation>
    </message>
    <message>
        <source>This code is not on the imported list: search the guest by name.</source>
        <translation>Este código no está en la lista importada: busque al invitado por nombre.</translation>
    </message>
    <message>
        <source>Search the guest by name, or ask for the ticket&apos;s e-mail.</source>
        <translation>Busque al invitado por nombre o pida el correo de la entrada.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>Cambiar evento</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the attendee list or the scan log as CSV</source>
        <translation>Guardar la lista de asistentes o el registro de escaneos como CSV</translation>
    </message>
    <message>
        <source>Scanner set-up</source>
        <translation>Configurar lector</translation>
    </message>
    <message>
        <source>Test a USB barcode scanner once; the app corrects for it</source>
        <translation>Pruebe una vez un lector de códigos USB; la app lo corrige</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Is this computer ready for the doors? Every check, with the fix</source>
        <translation>¿Está este equipo listo para la puerta? Cada comprobación, con su solución</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>Acreditaciones…</translation>
    </message>
    <message>
        <source>Badge printer, size, and when a check-in prints a badge</source>
        <translation>Impresora de acreditaciones, tamaño y cuándo un registro imprime una acreditación</translation>
    </message>
    <message>
        <source>What the app did recently (for support)</source>
        <translation>Lo que la app hizo recientemente (para soporte)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation>El lector funciona.</translation>
    </message>
    <message>
        <source>These are corrected for every scan from now on.</source>
        <translation>Esto se corrige en cada escaneo a partir de ahora.</translation>
    </message>
    <message>
        <source>It ends each code with Enter.</source>
        <translation>Termina cada código con Enter.</translation>
    </message>
    <message>
        <source>It ends each code with Tab.</source>
        <translation>Termina cada código con Tab.</translation>
    </message>
    <message>
        <source>It sends no Enter after a code: codes still work (the app waits for a short pause), but setting the scanner to send Enter answers a little faster.</source>
        <translation>No envía Enter tras un código: los códigos funcionan igual (la app espera una breve pausa), pero con Enter responde algo más rápido.</translation>
    </message>
    <message>
        <source>It puts “{text}” in front of each code.</source>
        <translation>Pone «{text}» delante de cada código.</translation>
    </message>
    <message>
        <source>It adds “{text}” after each code.</source>
        <translation>Añade «{text}» detrás de cada código.</translation>
    </message>
    <message>
        <source>It sends each code twice.</source>
        <translation>Envía cada código dos veces.</translation>
    </message>
    <message>
        <source>It types with a US keyboard layout while this computer uses a German one (y and z swapped, symbols moved).</source>
        <translation>Escribe con distribución de teclado de EE. UU. mientras este equipo usa una alemana (y y z intercambiadas, símbolos movidos).</translation>
    </message>
    <message>
        <source>Its keyboard layout differs from this computer&apos;s: {pairs}.</source>
        <translation>Su distribución de teclado difiere de la de este equipo: {pairs}.</translation>
    </message>
    <message>
        <source>Nothing arrived from the scanner.</source>
        <translation>No llegó nada del lector.</translation>
    </message>
    <message>
        <source>Several different codes arrived. Scan only the test code, once.</source>
        <translation>Llegaron varios códigos distintos. Escanee solo el código de prueba, una vez.</translation>
    </message>
    <message>
        <source>What arrived is not the test code, and the app cannot tell how to correct it. Scan the test code (not a ticket), or reset the scanner to its factory settings.</source>
        <translation>Lo que llegó no es el código de prueba y la app no sabe cómo corregirlo. Escanee el código de prueba (no una entrada) o restablezca el lector de fábrica.</translation>
    </message>
    <message>
        <source>USB scanner set-up</source>
        <translation>Configurar lector USB</translation>
    </message>
    <message>
        <source>Scan this test code once with the USB scanner (from the screen, or from the printed test ticket). The app finds out what the scanner does to codes and corrects it from now on.</source>
        <translation>Escanee este código de prueba una vez con el lector USB (de la pantalla o de la entrada de prueba impresa). La app averigua qué hace el lector con los códigos y lo corrige a partir de ahora.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Esperando un escaneo…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Escanear de nuevo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Sin probar</translation>
    </message>
    <message>
        <source>paired device</source>
        <translation>dispositivo vinculado</translation>
    </message>
    <message>
        <source>team token</source>
        <translation>token de equipo</translation>
    </message>
    <message>
        <source>Ready for the doors?</source>
        <translation>¿Listo para la puerta?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Checking… (the server has a few seconds to answer)</source>
        <translation>Comprobando… (el servidor tiene unos segundos para responder)</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>La comprobación falló: {why}</translation>
    </message>
    <message>
        <source>Ready for the doors.</source>
        <translation>Listo para la puerta.</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the doors; look at the %n line(s) marked Look.</source>
        <translation>
            <numerusform>Listo para la puerta; revise la %n línea marcada Revisar.</numerusform>
            <numerusform>Listo para la puerta; revise las %n líneas marcadas Revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: fix the %n line(s) marked Fix first.</source>
        <translation>
            <numerusform>No está listo: corrija primero la %n línea marcada Corregir.</numerusform>
            <numerusform>No está listo: corrija primero las %n líneas marcadas Corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Corregir: {fix}</translation>
    </message>
    <message>
        <source>⚠ {n} check-ins have waited up to {minutes} min to upload although the server answers. Look at the status bar (paused uploads, sign-in) and at Problems.</source>
        <translation>⚠ {n} registros llevan hasta {minutes} min esperando para subir aunque el servidor responde. Revise la barra de estado (subidas en pausa, sesión) y Problemas.</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today</source>
        <translation>Registros por minuto y puerta, hoy</translation>
    </message>
    <message>
        <source>Verdict time p95: –</source>
        <translation>Tiempo de resultado p95: –</translation>
    </message>
    <message>
        <source>Verdict time p95: {ms} ms ({n} scans)</source>
        <translation>Tiempo de resultado p95: {ms} ms ({n} escaneos)</translation>
    </message>
    <message>
        <source>Offline today: {minutes} min</source>
        <translation>Sin conexión hoy: {minutes} min</translation>
    </message>
    <message>
        <source>Waiting to upload: {n} (oldest {minutes} min)</source>
        <translation>Pendientes de subir: {n} (el más antiguo {minutes} min)</translation>
    </message>
    <message>
        <source>Waiting to upload: 0</source>
        <translation>Pendientes de subir: 0</translation>
    </message>
    <message>
        <source>Busiest 15 min: {rate} check-ins/min; here {scans} scans/min</source>
        <translation>15 min de más actividad: {rate} registros/min; aquí {scans} escaneos/min</translation>
    </message>
    <message>
        <source>(unknown door)</source>
        <translation>(puerta desconocida)</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today (none yet)</source>
        <translation>Registros por minuto y puerta, hoy (aún ninguno)</translation>
    </message>
    <message>
        <source>check-ins/min</source>
        <translation>registros/min</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <source>The server does not know this ticket either: it is not a ticket of this event. Search the guest by name.</source>
        <translation>El servidor tampoco conoce esta entrada: no es una entrada de este evento. Busque al invitado por nombre.</translation>
    </message>
    <message>
        <source>This code cannot be looked up: search the guest by name.</source>
        <translation>Este código no se puede consultar: busque al invitado por nombre.</translation>
    </message>
    <message>
        <source>Found on the server.</source>
        <translation>Encontrada en el servidor.</translation>
    </message>
    <message>
        <source>Look up online</source>
        <translation>Consultar en línea</translation>
    </message>
    <message>
        <source>Ask the server now whether it knows this ticket</source>
        <translation>Preguntar ahora al servidor si conoce esta entrada</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Preguntando al servidor…</translation>
    </message>
    <message>
        <source>Checked out: {name}.</source>
        <translation>Salida registrada: {name}.</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Salida registrada.</translation>
    </message>
    <message>
        <source>Valid ticket (checked in at {when}).</source>
        <translation>Entrada válida (registrada a las {when}).</translation>
    </message>
    <message>
        <source>Valid ticket (not checked in).</source>
        <translation>Entrada válida (sin registrar).</translation>
    </message>
    <message>
        <source>Already checked in at {when} on {device}.</source>
        <translation>Ya registrado a las {when} en {device}.</translation>
    </message>
    <message>
        <source>Already checked in at {when}.</source>
        <translation>Ya registrado a las {when}.</translation>
    </message>
    <message>
        <source>Not checked in: nothing to check out.</source>
        <translation>No registrado: no hay salida que registrar.</translation>
    </message>
    <message>
        <source>No such ticket for this event.</source>
        <translation>No existe esa entrada para este evento.</translation>
    </message>
    <message>
        <source>Unreadable code: not a ticket.</source>
        <translation>Código ilegible: no es una entrada.</translation>
    </message>
    <message>
        <source>Not a ticket code: an attendee number or e-mail address is accepted only when typed at the desk.</source>
        <translation>No es un código de entrada: un número de asistente o correo solo vale si se escribe en el mostrador.</translation>
    </message>
    <message>
        <source>This ticket belongs to another event ({event}).</source>
        <translation>Esta entrada pertenece a otro evento ({event}).</translation>
    </message>
    <message>
        <source>This ticket belongs to another event.</source>
        <translation>Esta entrada pertenece a otro evento.</translation>
    </message>
    <message>
        <source>This code matches {n} attendees: {names}. Scan each attendee&apos;s own ticket.</source>
        <translation>Este código corresponde a {n} asistentes: {names}. Cada asistente escanea su propia entrada.</translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event.</source>
        <translation>Esta entrada fue cancelada o retirada del evento.</translation>
    </message>
    <message>
        <source>Order not paid: this list admits it only when a person confirms (checkin --admit-unpaid).</source>
        <translation>Pedido sin pagar: esta lista solo lo admite si una persona lo confirma (checkin --admit-unpaid).</translation>
    </message>
    <message>
        <source>Order not paid: this ticket is not valid.</source>
        <translation>Pedido sin pagar: esta entrada no es válida.</translation>
    </message>
    <message>
        <source>Order cancelled: this ticket is not valid.</source>
        <translation>Pedido cancelado: esta entrada no es válida.</translation>
    </message>
    <message>
        <source>Order expired (never paid): this ticket is not valid.</source>
        <translation>Pedido caducado (nunca pagado): esta entrada no es válida.</translation>
    </message>
    <message>
        <source>Order deleted on the server: this ticket is not valid.</source>
        <translation>Pedido borrado en el servidor: esta entrada no es válida.</translation>
    </message>
    <message>
        <source>This code was replaced by a new ticket: it is no longer valid.</source>
        <translation>Este código fue sustituido por una entrada nueva: ya no es válido.</translation>
    </message>
    <message>
        <source>This code is blocked on the server.</source>
        <translation>Este código está bloqueado en el servidor.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list ({list}).</source>
        <translation>El producto de esta entrada no es válido en la lista de registro ({list}).</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list.</source>
        <translation>El producto de esta entrada no es válido en la lista de registro.</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now ({why}).</source>
        <translation>Las reglas de esta lista de registro no admiten esta entrada ahora ({why}).</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now.</source>
        <translation>Las reglas de esta lista de registro no admiten esta entrada ahora.</translation>
    </message>
    <message>
        <source>The list has entry rules that only the server can check, and the server cannot be reached now; scan again when it can.</source>
        <translation>La lista tiene reglas de acceso que solo el servidor puede comprobar y ahora no se puede conectar con él; escanee de nuevo cuando se pueda.</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list.</source>
        <translation>La lista de registro de esta puerta se borró en el servidor: elija otra lista.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search by name: {search}.</source>
        <translation>Envíe al invitado a la entrada de ese evento o busque por nombre: {search}.</translation>
    </message>
    <message>
        <source>The ticket was issued again: ask for the newest ticket, or {search}.</source>
        <translation>La entrada se emitió de nuevo: pida la entrada más reciente, o {search}.</translation>
    </message>
    <message>
        <source>Ask for another ticket, or search by name: {search}.</source>
        <translation>Pida otra entrada o busque por nombre: {search}.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event sold after the last download: run {sync} and scan again, or {search}.</source>
        <translation>Parece una entrada de este evento vendida después de la última descarga: ejecute {sync} y escanee de nuevo, o {search}.</translation>
    </message>
    <message>
        <source>A badge or contact card, not a ticket: scan the ticket instead.</source>
        <translation>Una acreditación o tarjeta de contacto, no una entrada: escanee la entrada.</translation>
    </message>
    <message>
        <source>A code from a different ticketing system or a web link; or {search}.</source>
        <translation>Un código de otro sistema de entradas o un enlace web; o {search}.</translation>
    </message>
    <message>
        <source>Not on the imported list; search by name: {search}.</source>
        <translation>No está en la lista importada; busque por nombre: {search}.</translation>
    </message>
    <message>
        <source>Search by name: {search}.</source>
        <translation>Busque por nombre: {search}.</translation>
    </message>
    <message>
        <source> (oldest {minutes} min)</source>
        <translation> (el más antiguo {minutes} min)</translation>
    </message>
    <message numerus="yes">
        <source>Today: verdict time p95 {p95} over %n scan(s); offline {minutes} min; waiting to upload {waiting}{oldest}</source>
        <translation>
            <numerusform>Hoy: tiempo de veredicto p95 {p95} en %n escaneo; sin conexión {minutes} min; pendientes de subir {waiting}{oldest}</numerusform>
            <numerusform>Hoy: tiempo de veredicto p95 {p95} en %n escaneos; sin conexión {minutes} min; pendientes de subir {waiting}{oldest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{door}: %n check-in(s) today, busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>{door}: %n registro hoy, 15 min de más actividad {rate}/min</numerusform>
            <numerusform>{door}: %n registros hoy, 15 min de más actividad {rate}/min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scans here on {door}: %n today (every verdict), busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>escaneos aquí en {door}: %n hoy (todos los veredictos), 15 min de más actividad {rate}/min</numerusform>
            <numerusform>escaneos aquí en {door}: %n hoy (todos los veredictos), 15 min de más actividad {rate}/min</numerusform>
        </translation>
    </message>
    <message>
        <source>ALERT: check-ins have waited over 5 minutes to upload although the server answers: check `orga-app problems` and whether uploads are paused.</source>
        <translation>ALERTA: hay registros esperando más de 5 minutos para subirse aunque el servidor responde: revise `orga-app problems` y si las subidas están en pausa.</translation>
    </message>
    <message>
        <source>No badge printer chosen (--printer NAME, or the badge_printer setting).</source>
        <translation>No se eligió impresora de acreditaciones (--printer NOMBRE, o el ajuste badge_printer).</translation>
    </message>
    <message>
        <source>There is no printer {printer} on this computer.</source>
        <translation>No hay ninguna impresora {printer} en este equipo.</translation>
    </message>
    <message>
        <source>Printer {printer} is paused or in error (paper, cover, offline).</source>
        <translation>La impresora {printer} está en pausa o con error (papel, tapa, sin conexión).</translation>
    </message>
    <message>
        <source>Printer {printer} did not take the job.</source>
        <translation>La impresora {printer} no aceptó el trabajo.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first (sign-in, event).</source>
        <translation>Elija primero la lista de registro de esta puerta (inicio de sesión, evento).</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time.</source>
        <translation>Esta entrada no es válida a esta hora.</translation>
    </message>
    <message>
        <source>Questions for this ticket must be answered first.</source>
        <translation>Primero hay que responder las preguntas de esta entrada.</translation>
    </message>
    <message>
        <source>The server refused this ticket ({why}); nothing was recorded.</source>
        <translation>El servidor rechazó esta entrada ({why}); no se registró nada.</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket; nothing was recorded.</source>
        <translation>El servidor falló al comprobar esta entrada; no se registró nada.</translation>
    </message>
    <message>
        <source>no badge printer is chosen (Badges…)</source>
        <translation>no se eligió impresora de acreditaciones (Acreditaciones…)</translation>
    </message>
    <message>
        <source>printer “{printer}” is not connected</source>
        <translation>la impresora «{printer}» no está conectada</translation>
    </message>
    <message>
        <source>printer “{printer}” is paused or has a problem (paper, cover, offline)</source>
        <translation>la impresora «{printer}» está en pausa o tiene un problema (papel, tapa, sin conexión)</translation>
    </message>
    <message>
        <source>printer “{printer}” did not take the job</source>
        <translation>la impresora «{printer}» no aceptó el trabajo</translation>
    </message>
    <message>
        <source>Badge printed: {name}</source>
        <translation>Acreditación impresa: {name}</translation>
    </message>
    <message>
        <source>Badge of {name} not printed: {why}. It waits for Retry badges.</source>
        <translation>Acreditación de {name} no impresa: {why}. Espera a Reintentar acreditaciones.</translation>
    </message>
    <message>
        <source>Offline verdicts: the server did not answer in time; asking again soon</source>
        <translation>Resultados sin conexión: el servidor no respondió a tiempo; se reintentará pronto</translation>
    </message>
    <message>
        <source>Offline verdicts: the server refused this door&apos;s sign-in; sign in again</source>
        <translation>Resultados sin conexión: el servidor rechazó el inicio de sesión de esta puerta; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Admit anyway (Enter)</source>
        <translation>Admitir de todos modos (Enter)</translation>
    </message>
    <message>
        <source>Refuse (Esc)</source>
        <translation>Rechazar (Esc)</translation>
    </message>
    <message>
        <source>[pending upload]</source>
        <translation>[pendiente de subir]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>{event}: {checked_in}/%n attendee(s) checked in</source>
        <translation>
            <numerusform>{event}: {checked_in}/%n asistente registrado</numerusform>
            <numerusform>{event}: {checked_in}/%n asistentes registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending upload</source>
        <translation>
            <numerusform>%n pendiente de subir</numerusform>
            <numerusform>%n pendientes de subir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>last upload {upload}, last download {download}</source>
        <translation>última subida {upload}, última descarga {download}</translation>
    </message>
    <message>
        <source>no attendees match</source>
        <translation>ningún asistente coincide</translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to {file}</source>
        <translation>
            <numerusform>%n asistente exportado a {file}</numerusform>
            <numerusform>%n asistentes exportados a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>no existe el archivo: {path}</translation>
    </message>
    <message>
        <source>skipped line {line}: {why}</source>
        <translation>línea {line} omitida: {why}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n attendee(s) into local event {event} ({skipped} skipped)</source>
        <translation>
            <numerusform>%n asistente importado al evento local {event} ({skipped} omitidos)</numerusform>
            <numerusform>%n asistentes importados al evento local {event} ({skipped} omitidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use data dir {where}: {detail}</source>
        <translation>no se puede usar el directorio de datos {where}: {detail}</translation>
    </message>
    <message>
        <source>cannot use the per-user data dir: {detail}</source>
        <translation>no se puede usar el directorio de datos del usuario: {detail}</translation>
    </message>
    <message>
        <source>the local database failed, nothing was saved: {detail}</source>
        <translation>la base de datos local falló, no se guardó nada: {detail}</translation>
    </message>
    <message>
        <source>no attendee of this event has the code {code}</source>
        <translation>ningún asistente de este evento tiene el código {code}</translation>
    </message>
    <message>
        <source>several attendees share the code {code}</source>
        <translation>varios asistentes comparten el código {code}</translation>
    </message>
    <message>
        <source>badge of {name} written to {file}</source>
        <translation>acreditación de {name} guardada en {file}</translation>
    </message>
    <message>
        <source>the badge could not be printed (see the log)</source>
        <translation>no se pudo imprimir la acreditación (vea el registro)</translation>
    </message>
    <message>
        <source>not printed: {why}</source>
        <translation>no impreso: {why}</translation>
    </message>
    <message>
        <source>badge of {name} sent to {printer}</source>
        <translation>acreditación de {name} enviada a {printer}</translation>
    </message>
    <message>
        <source>no such event {event} in this data dir (run `orga-app events` or `orga-app sync` first)</source>
        <translation>no hay ningún evento {event} en este directorio de datos (ejecute antes `orga-app events` u `orga-app sync`)</translation>
    </message>
    <message>
        <source>camera or video stopped: {why}</source>
        <translation>la cámara o el vídeo se detuvo: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read, {accepted} accepted</source>
        <translation>
            <numerusform>%n entrada leída, {accepted} aceptadas</numerusform>
            <numerusform>%n entradas leídas, {accepted} aceptadas</numerusform>
        </translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>solución: {fix}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>NOT READY: fix the [FAIL] lines first</source>
        <translation>NO ESTÁ LISTO: corrija primero las líneas [FAIL]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of one line</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the groups of one line</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>--pretix-token-stdin needs --organizer</source>
        <translation>--pretix-token-stdin necesita --organizer</translation>
    </message>
    <message>
        <source>empty API token</source>
        <translation>token de API vacío</translation>
    </message>
    <message>
        <source>{why} (or pass --insecure to this command)</source>
        <translation>{why} (o añada --insecure a este comando)</translation>
    </message>
    <message>
        <source>sign-in failed: {why}</source>
        <translation>el inicio de sesión falló: {why}</translation>
    </message>
    <message>
        <source> as device {device}</source>
        <translation> como dispositivo {device}</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} ({kind}){device} as {account}; %n event(s)</source>
        <translation>
            <numerusform>sesión iniciada en {server} ({kind}){device} como {account}; %n evento</numerusform>
            <numerusform>sesión iniciada en {server} ({kind}){device} como {account}; %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>{why} (run `orga-app login`)</source>
        <translation>{why} (ejecute `orga-app login`)</translation>
    </message>
    <message>
        <source>no event {event} on this computer</source>
        <translation>no hay ningún evento {event} en este equipo</translation>
    </message>
    <message>
        <source>event {event} is not on a pretix-type server</source>
        <translation>el evento {event} no está en un servidor tipo pretix</translation>
    </message>
    <message>
        <source>[this door: {direction}]</source>
        <translation>[esta puerta: {direction}]</translation>
    </message>
    <message>
        <source>no check-in lists cached for this event: run `orga-app events`</source>
        <translation>no hay listas de registro guardadas para este evento: ejecute `orga-app events`</translation>
    </message>
    <message>
        <source>no list chosen: `orga-app lists --event ID --choose LIST_ID [--exit]`</source>
        <translation>no se eligió ninguna lista: `orga-app lists --event ID --choose LIST_ID [--exit]`</translation>
    </message>
    <message>
        <source>give --email (or --pair / --pretix-token-stdin for pretix)</source>
        <translation>indique --email (o --pair / --pretix-token-stdin para pretix)</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Contraseña de {email}: </translation>
    </message>
    <message>
        <source>give the password on stdin with --password-stdin</source>
        <translation>dé la contraseña por la entrada estándar con --password-stdin</translation>
    </message>
    <message>
        <source>empty password</source>
        <translation>contraseña vacía</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} as {email}; %n event(s)</source>
        <translation>
            <numerusform>sesión iniciada en {server} como {email}; %n evento</numerusform>
            <numerusform>sesión iniciada en {server} como {email}; %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out (local data kept)</source>
        <translation>sesión cerrada (se conservan los datos locales)</translation>
    </message>
    <message>
        <source>no event {event} on the server</source>
        <translation>no hay ningún evento {event} en el servidor</translation>
    </message>
    <message>
        <source>{why}; showing cached events</source>
        <translation>{why}; se muestran los eventos guardados</translation>
    </message>
    <message>
        <source>no events: sign in with `orga-app login` or import a CSV list</source>
        <translation>no hay eventos: inicie sesión con `orga-app login` o importe una lista CSV</translation>
    </message>
    <message>
        <source>no event {event}: run `orga-app events`</source>
        <translation>no hay ningún evento {event}: ejecute `orga-app events`</translation>
    </message>
    <message>
        <source>no such event {event} on the server</source>
        <translation>no existe el evento {event} en el servidor</translation>
    </message>
    <message numerus="yes">
        <source>uploaded %n</source>
        <translation>
            <numerusform>subidos %n</numerusform>
            <numerusform>subidos %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>fallidos %n</numerusform>
            <numerusform>fallidos %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pending %n</source>
        <translation>
            <numerusform>pendientes %n</numerusform>
            <numerusform>pendientes %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded %n attendee(s) in {seconds} s</source>
        <translation>
            <numerusform>descargado %n asistente en {seconds} s</numerusform>
            <numerusform>descargados %n asistentes en {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>error: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed upload(s)</source>
        <translation>
            <numerusform>%n subida fallida</numerusform>
            <numerusform>%n subidas fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>(retry queued)</source>
        <translation>(reintento en cola)</translation>
    </message>
    <message>
        <source>This account is a server admin without a role in any event: open an event by its number or identifier.</source>
        <translation>Esta cuenta es administrador del servidor sin función en ningún evento: abra un evento por su número o identificador.</translation>
    </message>
    <message>
        <source>Signed in, but the event list could not be read: {why}</source>
        <translation>Sesión iniciada, pero no se pudo leer la lista de eventos: {why}</translation>
    </message>
    <message>
        <source>No events for this organizer yet.</source>
        <translation>Este organizador aún no tiene eventos.</translation>
    </message>
    <message>
        <source>No camera chosen (USB scanner only).</source>
        <translation>No se eligió cámara (solo escáner USB).</translation>
    </message>
    <message>
        <source>Plug the camera in, close other programs that use it, or choose another camera in Settings; then check again.</source>
        <translation>Conecte la cámara, cierre otros programas que la usen o elija otra cámara en Ajustes; luego compruebe de nuevo.</translation>
    </message>
    <message>
        <source>The code reader {name} cannot start: {error}</source>
        <translation>El lector de códigos {name} no puede iniciarse: {error}</translation>
    </message>
    <message>
        <source>Choose another decoder in Settings.</source>
        <translation>Elija otro decodificador en Ajustes.</translation>
    </message>
    <message>
        <source>Does not open: {error}</source>
        <translation>No se abre: {error}</translation>
    </message>
    <message>
        <source>Stopped giving pictures: {error}</source>
        <translation>Dejó de dar imágenes: {error}</translation>
    </message>
    <message>
        <source>Opens and reads the printable test ticket.</source>
        <translation>Se abre y lee la entrada de prueba imprimible.</translation>
    </message>
    <message>
        <source>Opens and reads codes (read “{code}”).</source>
        <translation>Se abre y lee códigos (leyó «{code}»).</translation>
    </message>
    <message>
        <source>Opens and reads codes.</source>
        <translation>Se abre y lee códigos.</translation>
    </message>
    <message>
        <source>Opens but gives no picture.</source>
        <translation>Se abre pero no da imagen.</translation>
    </message>
    <message>
        <source>Gives pictures ({frames} frames) but saw no code.</source>
        <translation>Da imágenes ({frames} fotogramas) pero no vio ningún código.</translation>
    </message>
    <message>
        <source>Hold a ticket (or the printable test ticket) in front of the camera and check again.</source>
        <translation>Ponga una entrada (o la entrada de prueba imprimible) delante de la cámara y compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Lista de asistentes</translation>
    </message>
    <message>
        <source>A list imported from a file: nothing to download.</source>
        <translation>Una lista importada de un archivo: no hay nada que descargar.</translation>
    </message>
    <message>
        <source>Download the list again now (Sync now, or `orga-app sync --event {event}`).</source>
        <translation>Descargue la lista de nuevo ahora (Sincronizar ahora, o `orga-app sync --event {event}`).</translation>
    </message>
    <message>
        <source>Never downloaded: every ticket would be refused as unknown.</source>
        <translation>Nunca descargada: toda entrada se rechazaría como desconocida.</translation>
    </message>
    <message>
        <source>Downloaded later than this computer&apos;s clock says it is now.</source>
        <translation>Descargada después de la hora que marca ahora el reloj de este equipo.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago: tickets sold or changed since are not known here.</source>
        <translation>Última descarga completa hace {age}: las entradas vendidas o cambiadas desde entonces no se conocen aquí.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago.</source>
        <translation>Última descarga completa hace {age}.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Subidas</translation>
    </message>
    <message>
        <source>Do what the reason says (often: sign in again), then sync.</source>
        <translation>Haga lo que dice el motivo (a menudo: iniciar sesión de nuevo) y luego sincronice.</translation>
    </message>
    <message>
        <source>{failed} check-in(s) refused by the server, {pending} waiting to upload.</source>
        <translation>Registros rechazados por el servidor: {failed}; pendientes de subir: {pending}.</translation>
    </message>
    <message>
        <source>Open Problems and retry or discard each refused check-in.</source>
        <translation>Abra Problemas y reintente o descarte cada registro rechazado.</translation>
    </message>
    <message>
        <source>{pending} check-in(s) waiting to upload.</source>
        <translation>Registros pendientes de subir: {pending}.</translation>
    </message>
    <message>
        <source>Connect to the network and sync; they upload by themselves when online.</source>
        <translation>Conéctese a la red y sincronice; se suben solos cuando hay conexión.</translation>
    </message>
    <message>
        <source>Every check-in is on the server.</source>
        <translation>Todos los registros están en el servidor.</translation>
    </message>
    <message>
        <source>Kiosk exit PIN</source>
        <translation>PIN de salida del quiosco</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Definido.</translation>
    </message>
    <message>
        <source>No kiosk on this computer.</source>
        <translation>No hay quiosco en este equipo.</translation>
    </message>
    <message>
        <source>Not set: the kiosk would ask for one at its first start, in front of guests.</source>
        <translation>Sin definir: el quiosco lo pediría en su primer inicio, delante de los invitados.</translation>
    </message>
    <message>
        <source>Start the kiosk (`orga-app gui --kiosk`) now and set a PIN of 4 to 8 digits.</source>
        <translation>Inicie ahora el quiosco (`orga-app gui --kiosk`) y defina un PIN de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Espacio libre</translation>
    </message>
    <message>
        <source>{mb} MB left for the local data.</source>
        <translation>Quedan {mb} MB para los datos locales.</translation>
    </message>
    <message>
        <source>Free some disk space (delete or move large files), then check again.</source>
        <translation>Libere espacio en disco (borre o mueva archivos grandes) y compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Local data file</source>
        <translation>Archivo de datos local</translation>
    </message>
    <message>
        <source>Do not scan with this file. Keep a copy of the data folder for support, then sign in on a fresh data folder and download the event again.</source>
        <translation>No escanee con este archivo. Guarde una copia de la carpeta de datos para soporte; luego inicie sesión con una carpeta de datos nueva y descargue el evento otra vez.</translation>
    </message>
    <message>
        <source>Cannot be read: {error}</source>
        <translation>No se puede leer: {error}</translation>
    </message>
    <message>
        <source>Intact (quick check).</source>
        <translation>Íntegro (comprobación rápida).</translation>
    </message>
    <message>
        <source>Damaged: {first}</source>
        <translation>Dañado: {first}</translation>
    </message>
    <message>
        <source>Upload rights</source>
        <translation>Permisos de subida</translation>
    </message>
    <message>
        <source>The server refuses this {who}: {why}</source>
        <translation>El servidor rechaza este {who}: {why}</translation>
    </message>
    <message>
        <source>Pair this computer again with a new token from the organizer (Sign in).</source>
        <translation>Vuelva a vincular este equipo con un nuevo token del organizador (Iniciar sesión).</translation>
    </message>
    <message>
        <source>The door&apos;s check-in list is gone from the server.</source>
        <translation>La lista de registro de esta puerta ya no está en el servidor.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list again on the events page.</source>
        <translation>Vuelva a elegir la lista de registro de esta puerta en la página de eventos.</translation>
    </message>
    <message>
        <source>Server not reached ({why}).</source>
        <translation>No se alcanzó el servidor ({why}).</translation>
    </message>
    <message>
        <source>Connect and check again.</source>
        <translation>Conéctese y compruebe de nuevo.</translation>
    </message>
    <message>
        <source>May check people in on the list “{name}” as a {who}; the scan time goes up with each.</source>
        <translation>Puede registrar personas en la lista «{name}» ({who}); la hora del escaneo se sube con cada una.</translation>
    </message>
    <message>
        <source>No check-in list chosen for this door: every scan would be refused.</source>
        <translation>No se eligió lista de registro para esta puerta: se rechazaría todo escaneo.</translation>
    </message>
    <message>
        <source>Choose the door&apos;s check-in list on the events page (or `orga-app lists`).</source>
        <translation>Elija la lista de registro de la puerta en la página de eventos (o `orga-app lists`).</translation>
    </message>
    <message>
        <source>Not compared for this server type (the list counts only what it admits).</source>
        <translation>No se compara en este tipo de servidor (la lista cuenta solo lo que admite).</translation>
    </message>
    <message>
        <source>Attendees against the server</source>
        <translation>Asistentes comparados con el servidor</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Impresora de acreditaciones</translation>
    </message>
    <message>
        <source>“{name}” takes jobs.</source>
        <translation>«{name}» acepta trabajos.</translation>
    </message>
    <message>
        <source>Badges print at check-in, but no printer is chosen.</source>
        <translation>Las acreditaciones se imprimen al registrar, pero no hay impresora elegida.</translation>
    </message>
    <message>
        <source>Choose the badge printer in the Badges settings.</source>
        <translation>Elija la impresora en los ajustes de acreditaciones.</translation>
    </message>
    <message>
        <source>“{name}” is not there (unplugged, renamed or removed).</source>
        <translation>«{name}» no está (desconectada, renombrada o eliminada).</translation>
    </message>
    <message>
        <source>Plug it in and switch it on, or choose another printer in the Badges settings.</source>
        <translation>Conéctela y enciéndala, o elija otra impresora en los ajustes de acreditaciones.</translation>
    </message>
    <message>
        <source>“{name}” is stopped (paused, out of paper or offline).</source>
        <translation>«{name}» está detenida (en pausa, sin papel o sin conexión).</translation>
    </message>
    <message>
        <source>Fix the printer (paper, cable, power), then resume it in the system&apos;s printers.</source>
        <translation>Arregle la impresora (papel, cable, corriente) y reanúdela en las impresoras del sistema.</translation>
    </message>
    <message>
        <source>No server: a list imported from a file.</source>
        <translation>Sin servidor: una lista importada de un archivo.</translation>
    </message>
    <message>
        <source>Not signed in to this event&apos;s server.</source>
        <translation>No ha iniciado sesión en el servidor de este evento.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>La comprobación falló: {error}</translation>
    </message>
    <message>
        <source>Choose another camera in Settings; then check again.</source>
        <translation>Elija otra cámara en Ajustes; luego compruebe de nuevo.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: {why}</source>
        <translation>El servidor ya no acepta este inicio de sesión: {why}</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Connect to the network and check again.</source>
        <translation>Conéctese a la red y compruebe de nuevo.</translation>
    </message>
    <message>
        <source>The server does not tell this account&apos;s role; uploads will try and say so if the server refuses them.</source>
        <translation>El servidor no indica la función de esta cuenta; las subidas lo intentarán y avisarán si el servidor las rechaza.</translation>
    </message>
    <message>
        <source>Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>Pida al propietario del evento que haga a esta cuenta coorganizador (u organizador), o inicie sesión como administrador del servidor.</translation>
    </message>
    <message>
        <source>May check people in as {role}, through a registration station: the server records its own upload time and cannot record check-outs.</source>
        <translation>Puede registrar personas como {role}, mediante una estación de registro: el servidor guarda su propia hora de subida y no puede guardar salidas.</translation>
    </message>
    <message>
        <source>May check people in as {role}: scan time and door name go up with each check-in.</source>
        <translation>Puede registrar personas como {role}: la hora del escaneo y el nombre de la puerta se suben con cada registro.</translation>
    </message>
    <message>
        <source>Download the list again now.</source>
        <translation>Descargue la lista de nuevo ahora.</translation>
    </message>
    <message>
        <source>{local} here; could not compare ({why}).</source>
        <translation>{local} aquí; no se pudo comparar ({why}).</translation>
    </message>
    <message>
        <source>{local} here, as on the server.</source>
        <translation>{local} aquí, igual que en el servidor.</translation>
    </message>
    <message>
        <source>{missing} attendee(s) on the server are not on this computer ({local} of {server}): their tickets would be refused as unknown.</source>
        <translation>Asistentes del servidor que faltan en este equipo: {missing} ({local} de {server}); sus entradas se rechazarían como desconocidas.</translation>
    </message>
    <message>
        <source>{extra} attendee(s) here are no longer on the server ({local} here, {server} there).</source>
        <translation>Asistentes aquí que ya no están en el servidor: {extra} ({local} aquí, {server} allí).</translation>
    </message>
    <message>
        <source>Could not compare with the server&apos;s clock ({why}).</source>
        <translation>No se pudo comparar con el reloj del servidor ({why}).</translation>
    </message>
    <message>
        <source>Within {off} of the server&apos;s clock.</source>
        <translation>A menos de {off} del reloj del servidor.</translation>
    </message>
    <message>
        <source>Set date and time automatically (network time) in the system settings, or correct the clock and time zone by hand; then check again.</source>
        <translation>Active la fecha y hora automáticas (hora de red) en los ajustes del sistema, o corrija a mano el reloj y la zona horaria; luego compruebe de nuevo.</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>Escáner USB</translation>
    </message>
    <message>
        <source>Set up: {found}.</source>
        <translation>Configurado: {found}.</translation>
    </message>
    <message>
        <source>The last set-up failed: {why}.</source>
        <translation>La última configuración falló: {why}.</translation>
    </message>
    <message>
        <source>Run the scanner set-up again with the test code, or scan with the camera.</source>
        <translation>Vuelva a configurar el escáner con el código de prueba, o escanee con la cámara.</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>No comprobado.</translation>
    </message>
    <message>
        <source>If this door uses a USB barcode scanner, run the scanner set-up once.</source>
        <translation>Si esta puerta usa un escáner de códigos USB, ejecute una vez la configuración del escáner.</translation>
    </message>
</context>
</TS>
