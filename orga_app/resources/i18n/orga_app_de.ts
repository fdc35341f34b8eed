<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Uploads are paused: {why}</source>
        <translation>Uploads angehalten: {why}</translation>
    </message>
    <message>
        <source>They have not reached the server yet.</source>
        <translation>Sie sind noch nicht auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) made on this computer are not on the server.</source>
        <translation>
            <numerusform>%n Check-in auf diesem Computer ist nicht auf dem Server.</numerusform>
            <numerusform>%n Check-ins auf diesem Computer sind nicht auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>No event “{key}” on this server.</source>
        <translation>Keine Veranstaltung „{key}“ auf diesem Server.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ drin</translation>
    </message>
    <message>
        <source>— not in</source>
        <translation>— nicht drin</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload</source>
        <translation>
            <numerusform>%n Änderung wartet auf Upload</numerusform>
            <numerusform>%n Änderungen warten auf Upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused (see Problems)</source>
        <translation>
            <numerusform>%n Änderung vom Server abgelehnt (siehe Probleme)</numerusform>
            <numerusform>%n Änderungen vom Server abgelehnt (siehe Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source> on {device}</source>
        <translation> auf {device}</translation>
    </message>
    <message>
        <source>in at {when}</source>
        <translation>rein um {when}</translation>
    </message>
    <message>
        <source>out at {when}</source>
        <translation>raus um {when}</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
    <message>
        <source>Search name, e-mail, order or code</source>
        <translation>Name, E-Mail, Bestellung oder Code suchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Upload fehlgeschlagen</translation>
    </message>
    <message>
        <source>Attendee details</source>
        <translation>Details zur Person</translation>
    </message>
    <message>
        <source>Select an attendee to see the details.</source>
        <translation>Person auswählen, um Details zu sehen.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Auschecken…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Badge drucken</translation>
    </message>
    <message>
        <source>Print this person&apos;s badge now (a reprint included)</source>
        <translation>Badge dieser Person jetzt drucken (auch Nachdruck)</translation>
    </message>
    <message>
        <source>more than {n} attendees</source>
        <translation>mehr als {n} Teilnehmende</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge of {name} sent to the printer queue.</source>
        <translation>Badge von {name} an die Druckwarteschlange gesendet.</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>{name} auschecken?</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>Suche Kameras…</translation>
    </message>
    <message>
        <source>Could not look for cameras: {detail}
Type the code below or use a USB scanner.</source>
        <translation>Kamerasuche fehlgeschlagen: {detail}
Code unten eingeben oder USB-Scanner nutzen.</translation>
    </message>
    <message>
        <source>Camera {n}</source>
        <translation>Kamera {n}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Datei: {name}</translation>
    </message>
    <message>
        <source>No camera found.
Type the code below, or use a USB barcode scanner: it works anywhere in this window.</source>
        <translation>Keine Kamera gefunden.
Code unten eingeben oder USB-Barcodescanner nutzen: er funktioniert überall in diesem Fenster.</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Starting camera…</source>
        <translation>Kamera startet…</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Kamera stoppen</translation>
    </message>
    <message>
        <source>Camera unavailable — trying again…
{detail}
Meanwhile type the code below or use a USB scanner.</source>
        <translation>Kamera nicht verfügbar — neuer Versuch…
{detail}
Bis dahin Code unten eingeben oder USB-Scanner nutzen.</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>of all attendees</source>
        <translation>aller Teilnehmenden</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>warten auf Upload</translation>
    </message>
    <message>
        <source>failed uploads</source>
        <translation>fehlgeschlagene Uploads</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>Ankünfte pro 15 Minuten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Once (if not printed before)</source>
        <translation>Einmal (falls noch nicht gedruckt)</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>Bei jedem Check-in</translation>
    </message>
    <message>
        <source>The server&apos;s layout for each ticket type</source>
        <translation>Das Layout des Servers je Ticketart</translation>
    </message>
    <message>
        <source>Built-in: name, company, ticket type, QR</source>
        <translation>Eingebaut: Name, Firma, Ticketart, QR</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>(none: do not print)</source>
        <translation>(keiner: nicht drucken)</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (nicht verbunden)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Badge-Größe</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Print at check-in</source>
        <translation>Beim Check-in drucken</translation>
    </message>
    <message>
        <source>Per ticket type: name=never, once or always, separated by semicolons</source>
        <translation>Pro Ticketart: Name=never, once oder always, durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>Per ticket type</source>
        <translation>Pro Ticketart</translation>
    </message>
    <message>
        <source>Preview with a sample name</source>
        <translation>Vorschau mit Beispielnamen</translation>
    </message>
    <message>
        <source>Print this badge</source>
        <translation>Dieses Badge drucken</translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>Vorschau: {name}</translation>
    </message>
    <message>
        <source>Check-ins per door</source>
        <translation>Check-ins pro Eingang</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Door (device)</source>
        <translation>Eingang (Gerät)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>(keine Ticketart)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Scans on this device: {parts}</source>
        <translation>Scans auf diesem Gerät: {parts}</translation>
    </message>
    <message>
        <source>No scans on this device yet.</source>
        <translation>Noch keine Scans auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes (none yet)</source>
        <translation>Ankünfte pro 15 Minuten (noch keine)</translation>
    </message>
    <message>
        <source>Arrivals per hour</source>
        <translation>Ankünfte pro Stunde</translation>
    </message>
    <message>
        <source>Arrivals per {n} hours</source>
        <translation>Ankünfte pro {n} Stunden</translation>
    </message>
    <message>
        <source>Arrivals per {n} minutes</source>
        <translation>Ankünfte pro {n} Minuten</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>First admitted</source>
        <translation>Zuerst eingelassen</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>Erneut eingelassen</translation>
    </message>
    <message>
        <source>{when} at {door}</source>
        <translation>{when} an {door}</translation>
    </message>
    <message>
        <source>Admitted twice</source>
        <translation>Doppelt eingelassen</translation>
    </message>
    <message>
        <source>A ticket was let in at two doors before they had synced, with no check-out between. Check whether it was copied.</source>
        <translation>Ein Ticket wurde an zwei Eingängen eingelassen, bevor diese synchronisiert waren, ohne Check-out dazwischen. Prüfen, ob es kopiert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a ticket was let in at two doors before they had synced, with no check-out between. Check whether those tickets were copied.</source>
        <translation>
            <numerusform>%n-mal wurde ein Ticket an zwei Eingängen eingelassen, bevor diese synchronisiert waren, ohne Check-out dazwischen. Prüfen, ob diese Tickets kopiert wurden.</numerusform>
            <numerusform>%n-mal wurde ein Ticket an zwei Eingängen eingelassen, bevor diese synchronisiert waren, ohne Check-out dazwischen. Prüfen, ob diese Tickets kopiert wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was admitted at two doors.</source>
        <translation>Kein Ticket wurde an zwei Eingängen eingelassen.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then scan again.</source>
        <translation>Die Festplatte ist voll: nichts wurde gespeichert. Platz schaffen, dann erneut scannen.</translation>
    </message>
    <message>
        <source>The local database is busy (is Orga App open twice on this computer?). Nothing was saved; scan again.</source>
        <translation>Die lokale Datenbank ist belegt (läuft Orga App zweimal auf diesem Computer?). Nichts wurde gespeichert; erneut scannen.</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>Der Datenordner ist schreibgeschützt: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The local database failed ({detail}): nothing was saved.</source>
        <translation>Die lokale Datenbank hat einen Fehler ({detail}): nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the server address and this computer&apos;s date and time.</source>
        <translation>Das Zertifikat des Servers ließ sich nicht prüfen. Serveradresse sowie Datum und Uhrzeit dieses Computers prüfen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address.</source>
        <translation>Der Server ist nicht erreichbar. Netzwerk und Serveradresse prüfen.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Dieses Konto darf das nicht.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Der Server hatte ein Problem. Gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>Der Server lehnte ab: {reason}</translation>
    </message>
    <message>
        <source>Camera problem: {detail}</source>
        <translation>Kameraproblem: {detail}</translation>
    </message>
    <message>
        <source>Could not read or write a file: {detail}</source>
        <translation>Datei konnte nicht gelesen oder geschrieben werden: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}</source>
        <translation>Unerwarteter Fehler: {kind}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Details were saved to {path}.</source>
        <translation>Details wurden in {path} gespeichert.</translation>
    </message>
    <message>
        <source>The app hit a bug. Scanning keeps working; check-ins already made are saved.</source>
        <translation>Die App hat einen Fehler. Scannen geht weiter; bisherige Check-ins sind gespeichert.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>server admin</source>
        <translation>Server-Admin</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>co-organizer</source>
        <translation>Mitveranstalter</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>This account is {role} for “{event}”: the server does not let it record check-ins, so scans here would never reach the server. Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>Dieses Konto ist {role} für „{event}“: der Server lässt es keine Check-ins speichern, Scans hier kämen also nie auf dem Server an. Den Eigentümer der Veranstaltung bitten, dieses Konto zum Mitveranstalter (oder Veranstalter) zu machen, oder als Server-Admin anmelden.</translation>
    </message>
    <message>
        <source>Check-ins go up through a registration station: the server records its own time of upload (the scan time stays on this computer) and cannot record check-outs (only a server admin can).</source>
        <translation>Check-ins gehen über eine Registrierungsstation hoch: der Server speichert seine eigene Upload-Zeit (die Scan-Zeit bleibt auf diesem Computer) und kann keine Check-outs speichern (nur ein Server-Admin kann das).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>some products only</source>
        <translation>nur einige Produkte</translation>
    </message>
    <message>
        <source>unpaid orders admitted</source>
        <translation>unbezahlte Bestellungen zugelassen</translation>
    </message>
    <message>
        <source>multiple entries</source>
        <translation>Mehrfacheinlass</translation>
    </message>
    <message>
        <source>Check-in list: {name} (exit)</source>
        <translation>Check-in-Liste: {name} (Ausgang)</translation>
    </message>
    <message>
        <source>Check-in list: {name}</source>
        <translation>Check-in-Liste: {name}</translation>
    </message>
    <message>
        <source>Choose the event at this door</source>
        <translation>Veranstaltung für diesen Eingang wählen</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>Check-in-Liste</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Event number or identifier</source>
        <translation>Veranstaltungsnummer oder Kennung</translation>
    </message>
    <message>
        <source>Find event on server</source>
        <translation>Veranstaltung auf dem Server suchen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Refresh list from server</source>
        <translation>Liste vom Server aktualisieren</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Bereitschaft prüfen</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>  (local list)</source>
        <translation>  (lokale Liste)</translation>
    </message>
    <message>
        <source>  · you: {role}</source>
        <translation>  · Sie: {role}</translation>
    </message>
    <message>
        <source>No events yet. Sign in and refresh the list.</source>
        <translation>Noch keine Veranstaltungen. Anmelden und Liste aktualisieren.</translation>
    </message>
    <message>
        <source>This event has no check-in list on the server: refresh the list.</source>
        <translation>Diese Veranstaltung hat keine Check-in-Liste auf dem Server: Liste aktualisieren.</translation>
    </message>
    <message>
        <source>Looking for event {key}…</source>
        <translation>Suche Veranstaltung {key}…</translation>
    </message>
    <message>
        <source>Attendee list (*.csv)</source>
        <translation>Teilnehmerliste (*.csv)</translation>
    </message>
    <message>
        <source>Scan log (*.csv)</source>
        <translation>Scan-Protokoll (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>scan log</source>
        <translation>Scan-Protokoll</translation>
    </message>
    <message>
        <source>Exporting {what} to {name}…</source>
        <translation>Exportiere {what} nach {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Orga App — self check-in</source>
        <translation>Orga App — Selbst-Check-in</translation>
    </message>
    <message>
        <source>the video ended</source>
        <translation>das Video ist zu Ende</translation>
    </message>
    <message>
        <source>Camera unavailable — you can still use the scanner at the desk</source>
        <translation>Kamera nicht verfügbar — der Scanner am Schalter funktioniert weiterhin</translation>
    </message>
    <message>
        <source>Paper or phone — both work. Staff at the desk are happy to help.</source>
        <translation>Papier oder Handy — beides geht. Das Team am Schalter hilft gern.</translation>
    </message>
    <message>
        <source>Welcome to {event}!</source>
        <translation>Willkommen zu {event}!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <source>Self check-in is not set up yet — please see the desk</source>
        <translation>Selbst-Check-in ist noch nicht eingerichtet — bitte zum Schalter</translation>
    </message>
    <message>
        <source>Hold your ticket&apos;s QR code up to the camera</source>
        <translation>QR-Code des Tickets vor die Kamera halten</translation>
    </message>
    <message>
        <source>Please scan your ticket</source>
        <translation>Bitte Ticket scannen</translation>
    </message>
    <message>
        <source>Ticket not recognised — please see the desk</source>
        <translation>Ticket nicht erkannt — bitte zum Schalter</translation>
    </message>
    <message>
        <source>Please see the desk</source>
        <translation>Bitte zum Schalter</translation>
    </message>
    <message>
        <source>Sorry, that did not work — please see the desk</source>
        <translation>Das hat leider nicht geklappt — bitte zum Schalter</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Set the operator PIN for this kiosk</source>
        <translation>Bediener-PIN für diesen Kiosk festlegen</translation>
    </message>
    <message>
        <source>Choose a new operator PIN</source>
        <translation>Neue Bediener-PIN wählen</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to leave kiosk mode.</source>
        <translation>4 bis 8 Ziffern. Nötig, um den Kiosk-Modus zu verlassen.</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>Bediener-PIN</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Diese PIN stimmt nicht. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits. Please try again.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Dieselbe PIN noch einmal eingeben</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>Die beiden PINs waren verschieden. Bitte neu beginnen.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>Zurück zum Selbst-Check-in</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>Kiosk-Modus verlassen</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Bitte %n Sekunde warten.</numerusform>
            <numerusform>Zu viele Fehlversuche. Bitte %n Sekunden warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Please wait %n minute(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Bitte %n Minute warten.</numerusform>
            <numerusform>Zu viele Fehlversuche. Bitte %n Minuten warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in at {when}</source>
        <translation>Bereits eingecheckt um {when}</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Full log: {path}</source>
        <translation>Vollständiges Protokoll: {path}</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <source>{server} uses plain http: your password, the session and attendee data would cross the network unencrypted, readable by anyone on the same Wi-Fi.

Connect without encryption for this session only?</source>
        <translation>{server} nutzt unverschlüsseltes http: Passwort, Sitzung und Teilnehmerdaten gingen unverschlüsselt durchs Netz, lesbar für alle im selben WLAN.

Nur für diese Sitzung ohne Verschlüsselung verbinden?</translation>
    </message>
    <message>
        <source>Sign in to your event server</source>
        <translation>Beim Veranstaltungsserver anmelden</translation>
    </message>
    <message>
        <source>Sign in once with internet; afterwards the door works offline on cached data.</source>
        <translation>Einmal mit Internet anmelden; danach arbeitet der Eingang offline mit gespeicherten Daten.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Open Event (eventyay API v1)</source>
        <translation>Open Event (eventyay API v1)</translation>
    </message>
    <message>
        <source>pretix or eventyay-tickets</source>
        <translation>pretix oder eventyay-tickets</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <source>Back to the events</source>
        <translation>Zurück zu den Veranstaltungen</translation>
    </message>
    <message>
        <source>Keep working with the events already on this computer</source>
        <translation>Mit den Veranstaltungen auf diesem Computer weiterarbeiten</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>du@example.org</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Pair this computer as a door device</source>
        <translation>Diesen Computer als Eingangsgerät koppeln</translation>
    </message>
    <message>
        <source>Use an organizer team&apos;s API token</source>
        <translation>API-Token eines Veranstalter-Teams verwenden</translation>
    </message>
    <message>
        <source>the one-time token the organizer shows</source>
        <translation>das Einmal-Token, das der Veranstalter zeigt</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>Kopplungs-Token</translation>
    </message>
    <message>
        <source>organizer short name, e.g. demo</source>
        <translation>Kurzname des Veranstalters, z. B. demo</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Checking what kind of server this is…</source>
        <translation>Prüfe, welche Art Server das ist…</translation>
    </message>
    <message>
        <source>This is a pretix-type server (pretix or eventyay-tickets).</source>
        <translation>Das ist ein pretix-Server (pretix oder eventyay-tickets).</translation>
    </message>
    <message>
        <source>Not a pretix server, or it did not answer: Open Event is assumed.</source>
        <translation>Kein pretix-Server oder keine Antwort: Open Event wird angenommen.</translation>
    </message>
    <message>
        <source>Please fill in the server, e-mail and password.</source>
        <translation>Bitte Server, E-Mail und Passwort ausfüllen.</translation>
    </message>
    <message>
        <source>Please fill in the server and the pairing token.</source>
        <translation>Bitte Server und Kopplungs-Token ausfüllen.</translation>
    </message>
    <message>
        <source>Please fill in the server, the organizer and the API token.</source>
        <translation>Bitte Server, Veranstalter und API-Token ausfüllen.</translation>
    </message>
    <message>
        <source>Not signed in: {server} is not encrypted. Use https:// if it has it.</source>
        <translation>Nicht angemeldet: {server} ist nicht verschlüsselt. https:// verwenden, wenn verfügbar.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Unencrypted server</source>
        <translation>Unverschlüsselter Server</translation>
    </message>
    <message>
        <source>Orga App — check-in</source>
        <translation>Orga App — Check-in</translation>
    </message>
    <message>
        <source>Retry badges</source>
        <translation>Badges erneut drucken</translation>
    </message>
    <message>
        <source>Signed in as {email} on {server}</source>
        <translation>Angemeldet als {email} auf {server}</translation>
    </message>
    <message>
        <source>Not signed in (local lists only)</source>
        <translation>Nicht angemeldet (nur lokale Listen)</translation>
    </message>
    <message>
        <source>Asking the server for the events…</source>
        <translation>Frage den Server nach Veranstaltungen…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n event(s) available.</source>
        <translation>
            <numerusform>Angemeldet. %n Veranstaltung verfügbar.</numerusform>
            <numerusform>Angemeldet. %n Veranstaltungen verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay saved under this account and are uploaded only after signing in with it again. Another account does not see them and would admit the same people again. Sign out anyway?</source>
        <translation>Sie bleiben unter diesem Konto gespeichert und werden erst nach erneuter Anmeldung mit ihm hochgeladen. Ein anderes Konto sieht sie nicht und würde dieselben Personen noch einmal einlassen. Trotzdem abmelden?</translation>
    </message>
    <message>
        <source>A ticket ({code}) was scanned while a window was open: nobody was checked in. Close the window and scan again.</source>
        <translation>Ein Ticket ({code}) wurde gescannt, während ein Fenster offen war: niemand wurde eingecheckt. Fenster schließen und erneut scannen.</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Exported {n} {what} to {path}</source>
        <translation>{n} {what} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Retry badges ({n})</source>
        <translation>Badges erneut drucken ({n})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>They stay saved on this computer and are uploaded when the app runs again with this account and the server is reachable. Close anyway?</source>
        <translation>Sie bleiben auf diesem Computer gespeichert und werden hochgeladen, sobald die App wieder mit diesem Konto läuft und der Server erreichbar ist. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>CHECK-OUT MODE — a scan lets the person leave</source>
        <translation>CHECK-OUT — ein Scan lässt die Person gehen</translation>
    </message>
    <message>
        <source>VALIDATE ONLY — nothing is recorded</source>
        <translation>NUR PRÜFEN — nichts wird gespeichert</translation>
    </message>
    <message>
        <source>CHECK-IN MODE — a scan admits the person</source>
        <translation>CHECK-IN — ein Scan lässt die Person ein</translation>
    </message>
    <message>
        <source>Ready to check out</source>
        <translation>Bereit zum Auschecken</translation>
    </message>
    <message>
        <source>Ready to validate</source>
        <translation>Bereit zum Prüfen</translation>
    </message>
    <message>
        <source>Ready to check in</source>
        <translation>Bereit zum Einchecken</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Grund des Servers</translation>
    </message>
    <message>
        <source>The server refused these check-ins. Retry sends them again (e.g. after the problem was fixed on the server); Discard keeps them here as discarded.</source>
        <translation>Der Server hat diese Check-ins abgelehnt. „Erneut senden“ schickt sie noch einmal (z. B. nachdem das Problem auf dem Server behoben wurde); „Verwerfen“ behält sie hier als verworfen.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Uploads are paused: {why}
%n check-in(s) made here are not on the server. They stay saved on this computer. Sign in with an account that may check attendees in (Change event → Sign out), or ask the organizer to give this account that right; then Sync now.</source>
        <translation>
            <numerusform>Uploads angehalten: {why}
%n Check-in von hier ist nicht auf dem Server. Er bleibt auf diesem Computer gespeichert. Mit einem Konto anmelden, das Personen einchecken darf (Veranstaltung wechseln → Abmelden), oder den Veranstalter bitten, diesem Konto das Recht zu geben; dann „Jetzt synchronisieren“.</numerusform>
            <numerusform>Uploads angehalten: {why}
%n Check-ins von hier sind nicht auf dem Server. Sie bleiben auf diesem Computer gespeichert. Mit einem Konto anmelden, das Personen einchecken darf (Veranstaltung wechseln → Abmelden), oder den Veranstalter bitten, diesem Konto das Recht zu geben; dann „Jetzt synchronisieren“.</numerusform>
        </translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>Badge gedruckt</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) need a decision.</source>
        <translation>
            <numerusform>%n Check-in braucht eine Entscheidung.</numerusform>
            <numerusform>%n Check-ins brauchen eine Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n check-in(s) of {names}? They will not be sent to the server.</source>
        <translation>
            <numerusform>%n Check-in von {names} verwerfen? Er wird nicht an den Server gesendet.</numerusform>
            <numerusform>%n Check-ins von {names} verwerfen? Sie werden nicht an den Server gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>No single check-in was refused: uploads as a whole are paused.</source>
        <translation>Kein einzelner Check-in wurde abgelehnt: Uploads sind insgesamt angehalten.</translation>
    </message>
    <message>
        <source>No problems: every check-in was accepted or is waiting to upload.</source>
        <translation>Keine Probleme: jeder Check-in wurde angenommen oder wartet auf Upload.</translation>
    </message>
    <message>
        <source>Validate only</source>
        <translation>Nur prüfen</translation>
    </message>
    <message>
        <source>Keyboard: {key}</source>
        <translation>Tastatur: {key}</translation>
    </message>
    <message>
        <source>Type a ticket code, e-mail or order number</source>
        <translation>Ticketcode, E-Mail oder Bestellnummer eingeben</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NICHT GESPEICHERT</translation>
    </message>
    <message>
        <source>{n} of {total} checked in</source>
        <translation>{n} von {total} eingecheckt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>In the kiosk only</source>
        <translation>Nur im Kiosk</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>zxing-cpp (fast, default)</source>
        <translation>zxing-cpp (schnell, Standard)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sent to the server with each check-in, e.g. &apos;Door A&apos;.</source>
        <translation>Wird mit jedem Check-in an den Server gesendet, z. B. „Eingang A“.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Scan mode</source>
        <translation>Scan-Modus</translation>
    </message>
    <message>
        <source>Play a sound for each verdict</source>
        <translation>Bei jedem Ergebnis einen Ton abspielen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>QR decoder</source>
        <translation>QR-Decoder</translation>
    </message>
    <message>
        <source>Download other doors&apos; check-ins every</source>
        <translation>Check-ins anderer Eingänge laden alle</translation>
    </message>
    <message>
        <source>Camera reads the same ticket again after</source>
        <translation>Kamera liest dasselbe Ticket erneut nach</translation>
    </message>
    <message>
        <source>Kiosk shows a verdict for</source>
        <translation>Kiosk zeigt ein Ergebnis für</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Pseudo (finds cut-off text)</source>
        <translation>Pseudo (findet abgeschnittenen Text)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Speak verdicts</source>
        <translation>Ergebnisse ansagen</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>Der Gerätename darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The device name must not contain a comma.</source>
        <translation>Der Gerätename darf kein Komma enthalten.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: {host}</source>
        <translation>⚠ Unverschlüsselt: {host}</translation>
    </message>
    <message>
        <source>This session was allowed to use plain http to {host}: the password, the session and attendee data can be read by anyone on the network.</source>
        <translation>Diese Sitzung darf unverschlüsseltes http zu {host} nutzen: Passwort, Sitzung und Teilnehmerdaten kann jeder im Netzwerk lesen.</translation>
    </message>
    <message>
        <source>Local only (no sync)</source>
        <translation>Nur lokal (keine Synchronisation)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Offline — no connection; scans are saved and sent later</source>
        <translation>Offline — keine Verbindung; Scans werden gespeichert und später gesendet</translation>
    </message>
    <message>
        <source>Server error — scans are saved and sent later</source>
        <translation>Serverfehler — Scans werden gespeichert und später gesendet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>{n} waiting to upload</source>
        <translation>{n} warten auf Upload</translation>
    </message>
    <message>
        <source>⚠ Uploads paused — review</source>
        <translation>⚠ Uploads angehalten — prüfen</translation>
    </message>
    <message>
        <source>⚠ {n} failed — review</source>
        <translation>⚠ {n} fehlgeschlagen — prüfen</translation>
    </message>
    <message>
        <source>Uploads paused — nothing is sent to the server</source>
        <translation>Uploads angehalten — nichts wird an den Server gesendet</translation>
    </message>
    <message>
        <source>Uploads paused: {why}</source>
        <translation>Uploads angehalten: {why}</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>Letzte Synchronisation {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>{stage} %v / %m</source>
        <translation>{stage} %v / %m</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>Synchronisationsproblem: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee record(s) from the server could not be read and were skipped.</source>
        <translation>
            <numerusform>%n Teilnehmerdatensatz vom Server war unlesbar und wurde übersprungen.</numerusform>
            <numerusform>%n Teilnehmerdatensätze vom Server waren unlesbar und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>saved on this computer (no server)</source>
        <translation>auf diesem Computer gespeichert (kein Server)</translation>
    </message>
    <message>
        <source>● waiting to upload</source>
        <translation>● wartet auf Upload</translation>
    </message>
    <message>
        <source>✓ on the server</source>
        <translation>✓ auf dem Server</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code up to the camera</source>
        <translation>QR-Code des Tickets vor die Kamera halten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>EINGECHECKT</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>SCHON DRIN</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>AUSGECHECKT</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NICHT EINGECHECKT</translation>
    </message>
    <message>
        <source>VALID TICKET</source>
        <translation>TICKET GÜLTIG</translation>
    </message>
    <message>
        <source>UNKNOWN TICKET</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>OTHER EVENT</source>
        <translation>ANDERES EVENT</translation>
    </message>
    <message>
        <source>ORDER NOT VALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>SEVERAL ATTENDEES</source>
        <translation>MEHRERE PERSONEN</translation>
    </message>
    <message>
        <source>UNREADABLE CODE</source>
        <translation>UNLESBAR</translation>
    </message>
    <message>
        <source>NOT VALID AT THIS DOOR</source>
        <translation>NICHT HIER GÜLTIG</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>schon eingecheckt</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>ausgecheckt</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
    <message>
        <source>valid ticket</source>
        <translation>gültiges Ticket</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>unbekanntes Ticket</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>andere Veranstaltung</translation>
    </message>
    <message>
        <source>order not valid</source>
        <translation>Bestellung ungültig</translation>
    </message>
    <message>
        <source>several attendees</source>
        <translation>mehrere Personen</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>unlesbarer Code</translation>
    </message>
    <message>
        <source>not valid at this door</source>
        <translation>an diesem Eingang ungültig</translation>
    </message>
    <message>
        <source>Checked in at {when} on {device}</source>
        <translation>Eingecheckt um {when} an {device}</translation>
    </message>
    <message>
        <source>Checked in at {when}</source>
        <translation>Eingecheckt um {when}</translation>
    </message>
    <message>
        <source>{words} The order is not paid yet.</source>
        <translation>{words} Die Bestellung ist noch nicht bezahlt.</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>Willkommen, {name}!</translation>
    </message>
    <message>
        <source>Leaving: scan again to check back in</source>
        <translation>Verlässt das Gelände: erneut scannen zum Wiedereinlass</translation>
    </message>
    <message>
        <source>{when}. Validate only: nothing was recorded.</source>
        <translation>{when}. Nur prüfen: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Not checked in yet. Validate only: nothing was recorded.</source>
        <translation>Noch nicht eingecheckt. Nur prüfen: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>You are already in. If something is wrong, please see the desk.</source>
        <translation>Sie sind schon drin. Wenn etwas nicht stimmt, bitte zum Schalter.</translation>
    </message>
    <message>
        <source>Nothing to check out</source>
        <translation>Nichts zum Auschecken</translation>
    </message>
    <message>
        <source>No such ticket for this event</source>
        <translation>Kein solches Ticket für diese Veranstaltung</translation>
    </message>
    <message>
        <source>Try again or type the code</source>
        <translation>Noch einmal versuchen oder Code eingeben</translation>
    </message>
    <message>
        <source>Not a ticket code: a number or e-mail counts only when typed at the desk</source>
        <translation>Kein Ticketcode: Nummer oder E-Mail gilt nur, wenn am Schalter eingegeben</translation>
    </message>
    <message>
        <source>This ticket is for another event: {event}</source>
        <translation>Dieses Ticket gehört zu einer anderen Veranstaltung: {event}</translation>
    </message>
    <message>
        <source>This ticket is for another event</source>
        <translation>Dieses Ticket gehört zu einer anderen Veranstaltung</translation>
    </message>
    <message>
        <source>This code is for several people. Please scan your own ticket.</source>
        <translation>Dieser Code gilt für mehrere Personen. Bitte das eigene Ticket scannen.</translation>
    </message>
    <message numerus="yes">
        <source>Order with %n attendee(s): {names}. Scan each person&apos;s own ticket.</source>
        <translation>
            <numerusform>Bestellung mit %n Person: {names}. Jede Person scannt ihr eigenes Ticket.</numerusform>
            <numerusform>Bestellung mit %n Personen: {names}. Jede Person scannt ihr eigenes Ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event</source>
        <translation>Dieses Ticket wurde storniert oder aus der Veranstaltung entfernt</translation>
    </message>
    <message>
        <source>The order is not paid yet: please see the staff at the desk</source>
        <translation>Die Bestellung ist noch nicht bezahlt: bitte zum Team am Schalter</translation>
    </message>
    <message>
        <source>Not paid: admit anyway? Enter = admit, Esc = refuse</source>
        <translation>Nicht bezahlt: trotzdem einlassen? Enter = einlassen, Esc = ablehnen</translation>
    </message>
    <message>
        <source>The order is not paid yet: this ticket is not valid</source>
        <translation>Die Bestellung ist noch nicht bezahlt: dieses Ticket ist ungültig</translation>
    </message>
    <message>
        <source>The order was cancelled: this ticket is not valid</source>
        <translation>Die Bestellung wurde storniert: dieses Ticket ist ungültig</translation>
    </message>
    <message>
        <source>The order expired without payment: this ticket is not valid</source>
        <translation>Die Bestellung ist ohne Zahlung abgelaufen: dieses Ticket ist ungültig</translation>
    </message>
    <message>
        <source>The order was deleted on the server: this ticket is not valid</source>
        <translation>Die Bestellung wurde auf dem Server gelöscht: dieses Ticket ist ungültig</translation>
    </message>
    <message>
        <source>An old code of a ticket that was issued again: ask for the new ticket</source>
        <translation>Alter Code eines neu ausgestellten Tickets: nach dem neuen Ticket fragen</translation>
    </message>
    <message>
        <source>This code is blocked</source>
        <translation>Dieser Code ist gesperrt</translation>
    </message>
    <message>
        <source>This ticket type is not valid on the list {list}</source>
        <translation>Diese Ticketart gilt nicht auf der Liste {list}</translation>
    </message>
    <message>
        <source>This ticket type is not valid on this door&apos;s list</source>
        <translation>Diese Ticketart gilt nicht auf der Liste dieses Eingangs</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now: {why}</source>
        <translation>Die Einlassregeln dieser Liste lassen dieses Ticket jetzt nicht zu: {why}</translation>
    </message>
    <message>
        <source>The entry rules of this list do not admit this ticket now</source>
        <translation>Die Einlassregeln dieser Liste lassen dieses Ticket jetzt nicht zu</translation>
    </message>
    <message>
        <source>This list has entry rules only the server can check, and the server cannot be reached now: scan again when it can</source>
        <translation>Diese Liste hat Einlassregeln, die nur der Server prüfen kann, und der Server ist gerade nicht erreichbar: erneut scannen, wenn er es ist</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first</source>
        <translation>Zuerst die Check-in-Liste dieses Eingangs wählen</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time</source>
        <translation>Dieses Ticket ist zu dieser Zeit nicht gültig</translation>
    </message>
    <message>
        <source>Some questions for this ticket must be answered at the desk first</source>
        <translation>Einige Fragen zu diesem Ticket müssen erst am Schalter beantwortet werden</translation>
    </message>
    <message>
        <source>The server refused this ticket: {why}</source>
        <translation>Der Server hat dieses Ticket abgelehnt: {why}</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket: nothing was recorded</source>
        <translation>Der Server ist beim Prüfen dieses Tickets gescheitert: nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Self check-in is closed at this door — please see the desk</source>
        <translation>Selbst-Check-in ist an diesem Eingang geschlossen — bitte zum Schalter</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list</source>
        <translation>Die Check-in-Liste dieses Eingangs wurde auf dem Server gelöscht: eine andere Liste wählen</translation>
    </message>
    <message>
        <source>Send the guest to the entrance of {event}, or search them by name.</source>
        <translation>Gast zum Eingang von {event} schicken oder nach Namen suchen.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search them by name.</source>
        <translation>Gast zum Eingang jener Veranstaltung schicken oder nach Namen suchen.</translation>
    </message>
    <message>
        <source>The ticket was issued again with a new code: ask for the newest ticket (e-mail), or search the guest by name.</source>
        <translation>Das Ticket wurde mit neuem Code neu ausgestellt: nach dem neuesten Ticket fragen (E-Mail) oder Gast nach Namen suchen.</translation>
    </message>
    <message>
        <source>Ask the guest for another ticket, or search them by name: they may hold a new one.</source>
        <translation>Gast nach einem anderen Ticket fragen oder nach Namen suchen: vielleicht hat er ein neues.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event that is not in the list yet (sold after the last download): look it up on the server, or search the guest by name.</source>
        <translation>Sieht aus wie ein Ticket dieser Veranstaltung, das noch nicht in der Liste ist (nach dem letzten Download verkauft): auf dem Server nachsehen oder Gast nach Namen suchen.</translation>
    </message>
    <message>
        <source>This is a badge or a contact card, not a ticket: scan the ticket instead.</source>
        <translation>Das ist ein Badge oder eine Visitenkarte, kein Ticket: bitte das Ticket scannen.</translation>
    </message>
    <message>
        <source>This code is from a different ticketing system or a web link: ask for the ticket of this event, or search the guest by name.</source>
        <translation>Dieser Code stammt aus einem anderen Ticketsystem oder ist ein Web-Link: nach dem Ticket dieser Veranstaltung fragen oder Gast nach Namen suchen.</translation>
    </message>
    <message>
        <source>This code is not on the imported list: search the guest by name.</source>
        <translation>Dieser Code steht nicht auf der importierten Liste: Gast nach Namen suchen.</translation>
    </message>
    <message>
        <source>Search the guest by name, or ask for the ticket&apos;s e-mail.</source>
        <translation>Gast nach Namen suchen oder nach der E-Mail des Tickets fragen.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>Veranstaltung wechseln</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the attendee list or the scan log as CSV</source>
        <translation>Teilnehmerliste oder Scan-Protokoll als CSV speichern</translation>
    </message>
    <message>
        <source>Scanner set-up</source>
        <translation>Scanner einrichten</translation>
    </message>
    <message>
        <source>Test a USB barcode scanner once; the app corrects for it</source>
        <translation>USB-Barcodescanner einmal testen; die App gleicht ihn aus</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Is this computer ready for the doors? Every check, with the fix</source>
        <translation>Ist dieser Computer bereit für den Einlass? Jede Prüfung, mit Lösung</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>Badges…</translation>
    </message>
    <message>
        <source>Badge printer, size, and when a check-in prints a badge</source>
        <translation>Badge-Drucker, Größe und wann ein Check-in ein Badge druckt</translation>
    </message>
    <message>
        <source>What the app did recently (for support)</source>
        <translation>Was die App zuletzt getan hat (für den Support)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>The scanner works.</source>
        <translation>Der Scanner funktioniert.</translation>
    </message>
    <message>
        <source>These are corrected for every scan from now on.</source>
        <translation>Das wird ab jetzt bei jedem Scan korrigiert.</translation>
    </message>
    <message>
        <source>It ends each code with Enter.</source>
        <translation>Er beendet jeden Code mit Enter.</translation>
    </message>
    <message>
        <source>It ends each code with Tab.</source>
        <translation>Er beendet jeden Code mit Tab.</translation>
    </message>
    <message>
        <source>It sends no Enter after a code: codes still work (the app waits for a short pause), but setting the scanner to send Enter answers a little faster.</source>
        <translation>Er sendet kein Enter nach einem Code: Codes funktionieren trotzdem (die App wartet eine kurze Pause), aber mit Enter antwortet sie etwas schneller.</translation>
    </message>
    <message>
        <source>It puts “{text}” in front of each code.</source>
        <translation>Er setzt „{text}“ vor jeden Code.</translation>
    </message>
    <message>
        <source>It adds “{text}” after each code.</source>
        <translation>Er hängt „{text}“ an jeden Code an.</translation>
    </message>
    <message>
        <source>It sends each code twice.</source>
        <translation>Er sendet jeden Code doppelt.</translation>
    </message>
    <message>
        <source>It types with a US keyboard layout while this computer uses a German one (y and z swapped, symbols moved).</source>
        <translation>Er tippt mit US-Tastaturbelegung, während dieser Computer eine deutsche nutzt (y und z vertauscht, Zeichen verschoben).</translation>
    </message>
    <message>
        <source>Its keyboard layout differs from this computer&apos;s: {pairs}.</source>
        <translation>Seine Tastaturbelegung weicht von der dieses Computers ab: {pairs}.</translation>
    </message>
    <message>
        <source>Nothing arrived from the scanner.</source>
        <translation>Vom Scanner kam nichts an.</translation>
    </message>
    <message>
        <source>Several different codes arrived. Scan only the test code, once.</source>
        <translation>Mehrere verschiedene Codes kamen an. Nur den Testcode scannen, einmal.</translation>
    </message>
    <message>
        <source>What arrived is not the test code, and the app cannot tell how to correct it. Scan the test code (not a ticket), or reset the scanner to its factory settings.</source>
        <translation>Was ankam, ist nicht der Testcode, und die App kann nicht erkennen, wie es zu korrigieren ist. Den Testcode scannen (kein Ticket) oder den Scanner auf Werkseinstellungen zurücksetzen.</translation>
    </message>
    <message>
        <source>USB scanner set-up</source>
        <translation>USB-Scanner einrichten</translation>
    </message>
    <message>
        <source>Scan this test code once with the USB scanner (from the screen, or from the printed test ticket). The app finds out what the scanner does to codes and corrects it from now on.</source>
        <translation>Diesen Testcode einmal mit dem USB-Scanner scannen (vom Bildschirm oder vom gedruckten Testticket). Die App erkennt, was der Scanner mit Codes macht, und korrigiert es ab jetzt.</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Warte auf einen Scan…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>paired device</source>
        <translation>gekoppelte Gerät</translation>
    </message>
    <message>
        <source>team token</source>
        <translation>Team-Token</translation>
    </message>
    <message>
        <source>Ready for the doors?</source>
        <translation>Bereit für den Einlass?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking… (the server has a few seconds to answer)</source>
        <translation>Prüfe… (der Server hat einige Sekunden zum Antworten)</translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>Ready for the doors.</source>
        <translation>Bereit für den Einlass.</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the doors; look at the %n line(s) marked Look.</source>
        <translation>
            <numerusform>Bereit für den Einlass; %n Zeile mit „Ansehen“ prüfen.</numerusform>
            <numerusform>Bereit für den Einlass; %n Zeilen mit „Ansehen“ prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: fix the %n line(s) marked Fix first.</source>
        <translation>
            <numerusform>Nicht bereit: zuerst %n Zeile mit „Beheben“ lösen.</numerusform>
            <numerusform>Nicht bereit: zuerst %n Zeilen mit „Beheben“ lösen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Beheben: {fix}</translation>
    </message>
    <message>
        <source>⚠ {n} check-ins have waited up to {minutes} min to upload although the server answers. Look at the status bar (paused uploads, sign-in) and at Problems.</source>
        <translation>⚠ {n} Check-ins warten seit bis zu {minutes} Min. auf Upload, obwohl der Server antwortet. Statusleiste (angehaltene Uploads, Anmeldung) und Probleme ansehen.</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today</source>
        <translation>Check-ins pro Minute und Eingang, heute</translation>
    </message>
    <message>
        <source>Verdict time p95: –</source>
        <translation>Ergebniszeit p95: –</translation>
    </message>
    <message>
        <source>Verdict time p95: {ms} ms ({n} scans)</source>
        <translation>Ergebniszeit p95: {ms} ms ({n} Scans)</translation>
    </message>
    <message>
        <source>Offline today: {minutes} min</source>
        <translation>Heute offline: {minutes} Min.</translation>
    </message>
    <message>
        <source>Waiting to upload: {n} (oldest {minutes} min)</source>
        <translation>Warten auf Upload: {n} (älteste {minutes} Min.)</translation>
    </message>
    <message>
        <source>Waiting to upload: 0</source>
        <translation>Warten auf Upload: 0</translation>
    </message>
    <message>
        <source>Busiest 15 min: {rate} check-ins/min; here {scans} scans/min</source>
        <translation>Stärkste 15 Min.: {rate} Check-ins/Min.; hier {scans} Scans/Min.</translation>
    </message>
    <message>
        <source>(unknown door)</source>
        <translation>(unbekannter Eingang)</translation>
    </message>
    <message>
        <source>Check-ins per minute per door, today (none yet)</source>
        <translation>Check-ins pro Minute und Eingang, heute (noch keine)</translation>
    </message>
    <message>
        <source>check-ins/min</source>
        <translation>Check-ins/Min.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>The server does not know this ticket either: it is not a ticket of this event. Search the guest by name.</source>
        <translation>Auch der Server kennt dieses Ticket nicht: es ist kein Ticket dieser Veranstaltung. Gast nach Namen suchen.</translation>
    </message>
    <message>
        <source>This code cannot be looked up: search the guest by name.</source>
        <translation>Dieser Code lässt sich nicht nachschlagen: Gast nach Namen suchen.</translation>
    </message>
    <message>
        <source>Found on the server.</source>
        <translation>Auf dem Server gefunden.</translation>
    </message>
    <message>
        <source>Look up online</source>
        <translation>Online nachsehen</translation>
    </message>
    <message>
        <source>Ask the server now whether it knows this ticket</source>
        <translation>Jetzt den Server fragen, ob er dieses Ticket kennt</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message>
        <source>Checked out: {name}.</source>
        <translation>Ausgecheckt: {name}.</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Ausgecheckt.</translation>
    </message>
    <message>
        <source>Valid ticket (checked in at {when}).</source>
        <translation>Gültiges Ticket (eingecheckt um {when}).</translation>
    </message>
    <message>
        <source>Valid ticket (not checked in).</source>
        <translation>Gültiges Ticket (nicht eingecheckt).</translation>
    </message>
    <message>
        <source>Already checked in at {when} on {device}.</source>
        <translation>Bereits eingecheckt um {when} an {device}.</translation>
    </message>
    <message>
        <source>Already checked in at {when}.</source>
        <translation>Bereits eingecheckt um {when}.</translation>
    </message>
    <message>
        <source>Not checked in: nothing to check out.</source>
        <translation>Nicht eingecheckt: nichts zum Auschecken.</translation>
    </message>
    <message>
        <source>No such ticket for this event.</source>
        <translation>Kein solches Ticket für diese Veranstaltung.</translation>
    </message>
    <message>
        <source>Unreadable code: not a ticket.</source>
        <translation>Unlesbarer Code: kein Ticket.</translation>
    </message>
    <message>
        <source>Not a ticket code: an attendee number or e-mail address is accepted only when typed at the desk.</source>
        <translation>Kein Ticketcode: eine Teilnehmernummer oder E-Mail-Adresse gilt nur, wenn am Schalter eingegeben.</translation>
    </message>
    <message>
        <source>This ticket belongs to another event ({event}).</source>
        <translation>Dieses Ticket gehört zu einer anderen Veranstaltung ({event}).</translation>
    </message>
    <message>
        <source>This ticket belongs to another event.</source>
        <translation>Dieses Ticket gehört zu einer anderen Veranstaltung.</translation>
    </message>
    <message>
        <source>This code matches {n} attendees: {names}. Scan each attendee&apos;s own ticket.</source>
        <translation>Dieser Code passt zu {n} Personen: {names}. Jede Person scannt ihr eigenes Ticket.</translation>
    </message>
    <message>
        <source>This ticket was cancelled or removed from the event.</source>
        <translation>Dieses Ticket wurde storniert oder aus der Veranstaltung entfernt.</translation>
    </message>
    <message>
        <source>Order not paid: this list admits it only when a person confirms (checkin --admit-unpaid).</source>
        <translation>Bestellung nicht bezahlt: diese Liste lässt sie nur zu, wenn eine Person bestätigt (checkin --admit-unpaid).</translation>
    </message>
    <message>
        <source>Order not paid: this ticket is not valid.</source>
        <translation>Bestellung nicht bezahlt: dieses Ticket ist ungültig.</translation>
    </message>
    <message>
        <source>Order cancelled: this ticket is not valid.</source>
        <translation>Bestellung storniert: dieses Ticket ist ungültig.</translation>
    </message>
    <message>
        <source>Order expired (never paid): this ticket is not valid.</source>
        <translation>Bestellung abgelaufen (nie bezahlt): dieses Ticket ist ungültig.</translation>
    </message>
    <message>
        <source>Order deleted on the server: this ticket is not valid.</source>
        <translation>Bestellung auf dem Server gelöscht: dieses Ticket ist ungültig.</translation>
    </message>
    <message>
        <source>This code was replaced by a new ticket: it is no longer valid.</source>
        <translation>Dieser Code wurde durch ein neues Ticket ersetzt: er gilt nicht mehr.</translation>
    </message>
    <message>
        <source>This code is blocked on the server.</source>
        <translation>Dieser Code ist auf dem Server gesperrt.</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list ({list}).</source>
        <translation>Das Produkt dieses Tickets gilt nicht auf der Check-in-Liste ({list}).</translation>
    </message>
    <message>
        <source>This ticket&apos;s product is not valid on the check-in list.</source>
        <translation>Das Produkt dieses Tickets gilt nicht auf der Check-in-Liste.</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now ({why}).</source>
        <translation>Die Regeln dieser Check-in-Liste lassen dieses Ticket jetzt nicht zu ({why}).</translation>
    </message>
    <message>
        <source>The rules of this check-in list do not admit this ticket now.</source>
        <translation>Die Regeln dieser Check-in-Liste lassen dieses Ticket jetzt nicht zu.</translation>
    </message>
    <message>
        <source>The list has entry rules that only the server can check, and the server cannot be reached now; scan again when it can.</source>
        <translation>Die Liste hat Einlassregeln, die nur der Server prüfen kann, und der Server ist gerade nicht erreichbar; erneut scannen, wenn er es ist.</translation>
    </message>
    <message>
        <source>This door&apos;s check-in list was deleted on the server: choose another list.</source>
        <translation>Die Check-in-Liste dieses Eingangs wurde auf dem Server gelöscht: eine andere Liste wählen.</translation>
    </message>
    <message>
        <source>Send the guest to that event&apos;s entrance, or search by name: {search}.</source>
        <translation>Schicken Sie den Gast zum Eingang dieser Veranstaltung oder suchen Sie nach Namen: {search}.</translation>
    </message>
    <message>
        <source>The ticket was issued again: ask for the newest ticket, or {search}.</source>
        <translation>Das Ticket wurde neu ausgestellt: Fragen Sie nach dem neuesten Ticket, oder {search}.</translation>
    </message>
    <message>
        <source>Ask for another ticket, or search by name: {search}.</source>
        <translation>Fragen Sie nach einem anderen Ticket oder suchen Sie nach Namen: {search}.</translation>
    </message>
    <message>
        <source>Looks like a ticket of this event sold after the last download: run {sync} and scan again, or {search}.</source>
        <translation>Sieht aus wie ein Ticket dieser Veranstaltung, das nach dem letzten Download verkauft wurde: Führen Sie {sync} aus und scannen Sie erneut, oder {search}.</translation>
    </message>
    <message>
        <source>A badge or contact card, not a ticket: scan the ticket instead.</source>
        <translation>Ein Badge oder eine Visitenkarte, kein Ticket: Scannen Sie stattdessen das Ticket.</translation>
    </message>
    <message>
        <source>A code from a different ticketing system or a web link; or {search}.</source>
        <translation>Ein Code eines anderen Ticketsystems oder ein Weblink; oder {search}.</translation>
    </message>
    <message>
        <source>Not on the imported list; search by name: {search}.</source>
        <translation>Nicht auf der importierten Liste; nach Namen suchen: {search}.</translation>
    </message>
    <message>
        <source>Search by name: {search}.</source>
        <translation>Nach Namen suchen: {search}.</translation>
    </message>
    <message>
        <source> (oldest {minutes} min)</source>
        <translation> (älteste {minutes} Min.)</translation>
    </message>
    <message numerus="yes">
        <source>Today: verdict time p95 {p95} over %n scan(s); offline {minutes} min; waiting to upload {waiting}{oldest}</source>
        <translation>
            <numerusform>Heute: Antwortzeit p95 {p95} bei %n Scan; offline {minutes} Min.; warten auf Upload {waiting}{oldest}</numerusform>
            <numerusform>Heute: Antwortzeit p95 {p95} bei %n Scans; offline {minutes} Min.; warten auf Upload {waiting}{oldest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{door}: %n check-in(s) today, busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>{door}: heute %n Check-in, stärkste 15 Min. {rate}/Min.</numerusform>
            <numerusform>{door}: heute %n Check-ins, stärkste 15 Min. {rate}/Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scans here on {door}: %n today (every verdict), busiest 15 min {rate}/min</source>
        <translation>
            <numerusform>Scans hier an {door}: heute %n (jedes Ergebnis), stärkste 15 Min. {rate}/Min.</numerusform>
            <numerusform>Scans hier an {door}: heute %n (jedes Ergebnis), stärkste 15 Min. {rate}/Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>ALERT: check-ins have waited over 5 minutes to upload although the server answers: check `orga-app problems` and whether uploads are paused.</source>
        <translation>ALARM: Check-ins warten seit über 5 Minuten auf den Upload, obwohl der Server antwortet: Prüfen Sie `orga-app problems` und ob Uploads pausiert sind.</translation>
    </message>
    <message>
        <source>No badge printer chosen (--printer NAME, or the badge_printer setting).</source>
        <translation>Kein Drucker für Badges gewählt (--printer NAME oder die Einstellung badge_printer).</translation>
    </message>
    <message>
        <source>There is no printer {printer} on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen Drucker {printer}.</translation>
    </message>
    <message>
        <source>Printer {printer} is paused or in error (paper, cover, offline).</source>
        <translation>Drucker {printer} ist angehalten oder meldet einen Fehler (Papier, Klappe, offline).</translation>
    </message>
    <message>
        <source>Printer {printer} did not take the job.</source>
        <translation>Drucker {printer} hat den Auftrag nicht angenommen.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list first (sign-in, event).</source>
        <translation>Zuerst die Check-in-Liste dieses Eingangs wählen (Anmeldung, Veranstaltung).</translation>
    </message>
    <message>
        <source>This ticket is not valid at this time.</source>
        <translation>Dieses Ticket ist zu dieser Zeit nicht gültig.</translation>
    </message>
    <message>
        <source>Questions for this ticket must be answered first.</source>
        <translation>Fragen zu diesem Ticket müssen zuerst beantwortet werden.</translation>
    </message>
    <message>
        <source>The server refused this ticket ({why}); nothing was recorded.</source>
        <translation>Der Server hat dieses Ticket abgelehnt ({why}); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server failed while checking this ticket; nothing was recorded.</source>
        <translation>Der Server ist beim Prüfen dieses Tickets gescheitert; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>no badge printer is chosen (Badges…)</source>
        <translation>kein Badge-Drucker gewählt (Badges…)</translation>
    </message>
    <message>
        <source>printer “{printer}” is not connected</source>
        <translation>Drucker „{printer}“ ist nicht verbunden</translation>
    </message>
    <message>
        <source>printer “{printer}” is paused or has a problem (paper, cover, offline)</source>
        <translation>Drucker „{printer}“ ist angehalten oder hat ein Problem (Papier, Abdeckung, offline)</translation>
    </message>
    <message>
        <source>printer “{printer}” did not take the job</source>
        <translation>Drucker „{printer}“ hat den Auftrag nicht angenommen</translation>
    </message>
    <message>
        <source>Badge printed: {name}</source>
        <translation>Badge gedruckt: {name}</translation>
    </message>
    <message>
        <source>Badge of {name} not printed: {why}. It waits for Retry badges.</source>
        <translation>Badge von {name} nicht gedruckt: {why}. Es wartet auf „Badges erneut drucken“.</translation>
    </message>
    <message>
        <source>Offline verdicts: the server did not answer in time; asking again soon</source>
        <translation>Offline-Ergebnisse: der Server hat nicht rechtzeitig geantwortet; gleich neuer Versuch</translation>
    </message>
    <message>
        <source>Offline verdicts: the server refused this door&apos;s sign-in; sign in again</source>
        <translation>Offline-Ergebnisse: der Server hat die Anmeldung dieses Eingangs abgelehnt; neu anmelden</translation>
    </message>
    <message>
        <source>Admit anyway (Enter)</source>
        <translation>Trotzdem einlassen (Enter)</translation>
    </message>
    <message>
        <source>Refuse (Esc)</source>
        <translation>Ablehnen (Esc)</translation>
    </message>
    <message>
        <source>[pending upload]</source>
        <translation>[Upload ausstehend]</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>{event}: {checked_in}/%n attendee(s) checked in</source>
        <translation>
            <numerusform>{event}: {checked_in}/%n Teilnehmende eingecheckt</numerusform>
            <numerusform>{event}: {checked_in}/%n Teilnehmende eingecheckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending upload</source>
        <translation>
            <numerusform>%n wartet auf Upload</numerusform>
            <numerusform>%n warten auf Upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>last upload {upload}, last download {download}</source>
        <translation>letzter Upload {upload}, letzter Download {download}</translation>
    </message>
    <message>
        <source>no attendees match</source>
        <translation>keine passenden Teilnehmenden</translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to {file}</source>
        <translation>
            <numerusform>%n Teilnehmende nach {file} exportiert</numerusform>
            <numerusform>%n Teilnehmende nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>skipped line {line}: {why}</source>
        <translation>Zeile {line} übersprungen: {why}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message numerus="yes">
        <source>imported %n attendee(s) into local event {event} ({skipped} skipped)</source>
        <translation>
            <numerusform>%n Teilnehmende in die lokale Veranstaltung {event} importiert ({skipped} übersprungen)</numerusform>
            <numerusform>%n Teilnehmende in die lokale Veranstaltung {event} importiert ({skipped} übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot use data dir {where}: {detail}</source>
        <translation>Datenverzeichnis {where} nicht nutzbar: {detail}</translation>
    </message>
    <message>
        <source>cannot use the per-user data dir: {detail}</source>
        <translation>Das Datenverzeichnis des Benutzers ist nicht nutzbar: {detail}</translation>
    </message>
    <message>
        <source>the local database failed, nothing was saved: {detail}</source>
        <translation>Die lokale Datenbank ist fehlgeschlagen, nichts wurde gespeichert: {detail}</translation>
    </message>
    <message>
        <source>no attendee of this event has the code {code}</source>
        <translation>keine teilnehmende Person dieser Veranstaltung hat den Code {code}</translation>
    </message>
    <message>
        <source>several attendees share the code {code}</source>
        <translation>mehrere Teilnehmende haben den Code {code}</translation>
    </message>
    <message>
        <source>badge of {name} written to {file}</source>
        <translation>Badge von {name} in {file} geschrieben</translation>
    </message>
    <message>
        <source>the badge could not be printed (see the log)</source>
        <translation>das Badge konnte nicht gedruckt werden (siehe Protokoll)</translation>
    </message>
    <message>
        <source>not printed: {why}</source>
        <translation>nicht gedruckt: {why}</translation>
    </message>
    <message>
        <source>badge of {name} sent to {printer}</source>
        <translation>Badge von {name} an {printer} gesendet</translation>
    </message>
    <message>
        <source>no such event {event} in this data dir (run `orga-app events` or `orga-app sync` first)</source>
        <translation>keine Veranstaltung {event} in diesem Datenverzeichnis (zuerst `orga-app events` oder `orga-app sync` ausführen)</translation>
    </message>
    <message>
        <source>camera or video stopped: {why}</source>
        <translation>Kamera oder Video angehalten: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read, {accepted} accepted</source>
        <translation>
            <numerusform>%n Ticket gelesen, {accepted} angenommen</numerusform>
            <numerusform>%n Tickets gelesen, {accepted} angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>Lösung: {fix}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>NOT READY: fix the [FAIL] lines first</source>
        <translation>NICHT BEREIT: zuerst die [FAIL]-Zeilen beheben</translation>
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
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert erwartet</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt auf %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: Fehler: %(message)s</translation>
    </message>
    <message>
        <source>--pretix-token-stdin needs --organizer</source>
        <translation>--pretix-token-stdin braucht --organizer</translation>
    </message>
    <message>
        <source>empty API token</source>
        <translation>leeres API-Token</translation>
    </message>
    <message>
        <source>{why} (or pass --insecure to this command)</source>
        <translation>{why} (oder diesem Befehl --insecure mitgeben)</translation>
    </message>
    <message>
        <source>sign-in failed: {why}</source>
        <translation>Anmeldung fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source> as device {device}</source>
        <translation> als Gerät {device}</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} ({kind}){device} as {account}; %n event(s)</source>
        <translation>
            <numerusform>bei {server} ({kind}){device} angemeldet als {account}; %n Veranstaltung</numerusform>
            <numerusform>bei {server} ({kind}){device} angemeldet als {account}; %n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{why} (run `orga-app login`)</source>
        <translation>{why} (`orga-app login` ausführen)</translation>
    </message>
    <message>
        <source>no event {event} on this computer</source>
        <translation>keine Veranstaltung {event} auf diesem Computer</translation>
    </message>
    <message>
        <source>event {event} is not on a pretix-type server</source>
        <translation>Veranstaltung {event} liegt nicht auf einem Server vom Typ pretix</translation>
    </message>
    <message>
        <source>[this door: {direction}]</source>
        <translation>[dieser Eingang: {direction}]</translation>
    </message>
    <message>
        <source>no check-in lists cached for this event: run `orga-app events`</source>
        <translation>keine Check-in-Listen für diese Veranstaltung gespeichert: `orga-app events` ausführen</translation>
    </message>
    <message>
        <source>no list chosen: `orga-app lists --event ID --choose LIST_ID [--exit]`</source>
        <translation>keine Liste gewählt: `orga-app lists --event ID --choose LIST_ID [--exit]`</translation>
    </message>
    <message>
        <source>give --email (or --pair / --pretix-token-stdin for pretix)</source>
        <translation>--email angeben (oder --pair / --pretix-token-stdin für pretix)</translation>
    </message>
    <message>
        <source>Password for {email}: </source>
        <translation>Passwort für {email}: </translation>
    </message>
    <message>
        <source>give the password on stdin with --password-stdin</source>
        <translation>Passwort mit --password-stdin über die Standardeingabe geben</translation>
    </message>
    <message>
        <source>empty password</source>
        <translation>leeres Passwort</translation>
    </message>
    <message numerus="yes">
        <source>signed in to {server} as {email}; %n event(s)</source>
        <translation>
            <numerusform>bei {server} angemeldet als {email}; %n Veranstaltung</numerusform>
            <numerusform>bei {server} angemeldet als {email}; %n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>signed out (local data kept)</source>
        <translation>abgemeldet (lokale Daten bleiben)</translation>
    </message>
    <message>
        <source>no event {event} on the server</source>
        <translation>keine Veranstaltung {event} auf dem Server</translation>
    </message>
    <message>
        <source>{why}; showing cached events</source>
        <translation>{why}; zeige gespeicherte Veranstaltungen</translation>
    </message>
    <message>
        <source>no events: sign in with `orga-app login` or import a CSV list</source>
        <translation>keine Veranstaltungen: mit `orga-app login` anmelden oder eine CSV-Liste importieren</translation>
    </message>
    <message>
        <source>no event {event}: run `orga-app events`</source>
        <translation>keine Veranstaltung {event}: `orga-app events` ausführen</translation>
    </message>
    <message>
        <source>no such event {event} on the server</source>
        <translation>keine Veranstaltung {event} auf dem Server</translation>
    </message>
    <message numerus="yes">
        <source>uploaded %n</source>
        <translation>
            <numerusform>hochgeladen %n</numerusform>
            <numerusform>hochgeladen %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed %n</source>
        <translation>
            <numerusform>fehlgeschlagen %n</numerusform>
            <numerusform>fehlgeschlagen %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pending %n</source>
        <translation>
            <numerusform>ausstehend %n</numerusform>
            <numerusform>ausstehend %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded %n attendee(s) in {seconds} s</source>
        <translation>
            <numerusform>%n Teilnehmende in {seconds} s heruntergeladen</numerusform>
            <numerusform>%n Teilnehmende in {seconds} s heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed upload(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagener Upload</numerusform>
            <numerusform>%n fehlgeschlagene Uploads</numerusform>
        </translation>
    </message>
    <message>
        <source>(retry queued)</source>
        <translation>(neuer Versuch eingeplant)</translation>
    </message>
    <message>
        <source>This account is a server admin without a role in any event: open an event by its number or identifier.</source>
        <translation>Dieses Konto ist Server-Admin ohne Rolle in einer Veranstaltung: Öffnen Sie eine Veranstaltung über ihre Nummer oder Kennung.</translation>
    </message>
    <message>
        <source>Signed in, but the event list could not be read: {why}</source>
        <translation>Angemeldet, aber die Veranstaltungsliste konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>No events for this organizer yet.</source>
        <translation>Noch keine Veranstaltungen für diesen Veranstalter.</translation>
    </message>
    <message>
        <source>No camera chosen (USB scanner only).</source>
        <translation>Keine Kamera gewählt (nur USB-Scanner).</translation>
    </message>
    <message>
        <source>Plug the camera in, close other programs that use it, or choose another camera in Settings; then check again.</source>
        <translation>Kamera anschließen, andere Programme schließen, die sie nutzen, oder in den Einstellungen eine andere Kamera wählen; dann erneut prüfen.</translation>
    </message>
    <message>
        <source>The code reader {name} cannot start: {error}</source>
        <translation>Der Code-Leser {name} startet nicht: {error}</translation>
    </message>
    <message>
        <source>Choose another decoder in Settings.</source>
        <translation>In den Einstellungen einen anderen Decoder wählen.</translation>
    </message>
    <message>
        <source>Does not open: {error}</source>
        <translation>Öffnet nicht: {error}</translation>
    </message>
    <message>
        <source>Stopped giving pictures: {error}</source>
        <translation>Liefert keine Bilder mehr: {error}</translation>
    </message>
    <message>
        <source>Opens and reads the printable test ticket.</source>
        <translation>Öffnet und liest das druckbare Testticket.</translation>
    </message>
    <message>
        <source>Opens and reads codes (read “{code}”).</source>
        <translation>Öffnet und liest Codes („{code}“ gelesen).</translation>
    </message>
    <message>
        <source>Opens and reads codes.</source>
        <translation>Öffnet und liest Codes.</translation>
    </message>
    <message>
        <source>Opens but gives no picture.</source>
        <translation>Öffnet, liefert aber kein Bild.</translation>
    </message>
    <message>
        <source>Gives pictures ({frames} frames) but saw no code.</source>
        <translation>Liefert Bilder ({frames} Bilder), hat aber keinen Code gesehen.</translation>
    </message>
    <message>
        <source>Hold a ticket (or the printable test ticket) in front of the camera and check again.</source>
        <translation>Ein Ticket (oder das druckbare Testticket) vor die Kamera halten und erneut prüfen.</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>A list imported from a file: nothing to download.</source>
        <translation>Eine aus einer Datei importierte Liste: nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>Download the list again now (Sync now, or `orga-app sync --event {event}`).</source>
        <translation>Die Liste jetzt neu herunterladen (Jetzt synchronisieren oder `orga-app sync --event {event}`).</translation>
    </message>
    <message>
        <source>Never downloaded: every ticket would be refused as unknown.</source>
        <translation>Nie heruntergeladen: jedes Ticket würde als unbekannt abgelehnt.</translation>
    </message>
    <message>
        <source>Downloaded later than this computer&apos;s clock says it is now.</source>
        <translation>Später heruntergeladen, als die Uhr dieses Computers jetzt anzeigt.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago: tickets sold or changed since are not known here.</source>
        <translation>Letzter vollständiger Download vor {age}: seitdem verkaufte oder geänderte Tickets sind hier unbekannt.</translation>
    </message>
    <message>
        <source>Last complete download {age} ago.</source>
        <translation>Letzter vollständiger Download vor {age}.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Do what the reason says (often: sign in again), then sync.</source>
        <translation>Tun, was der Grund sagt (oft: neu anmelden), dann synchronisieren.</translation>
    </message>
    <message>
        <source>{failed} check-in(s) refused by the server, {pending} waiting to upload.</source>
        <translation>Check-ins vom Server abgelehnt: {failed}, warten auf Upload: {pending}.</translation>
    </message>
    <message>
        <source>Open Problems and retry or discard each refused check-in.</source>
        <translation>Probleme öffnen und jeden abgelehnten Check-in erneut versuchen oder verwerfen.</translation>
    </message>
    <message>
        <source>{pending} check-in(s) waiting to upload.</source>
        <translation>Check-ins warten auf Upload: {pending}.</translation>
    </message>
    <message>
        <source>Connect to the network and sync; they upload by themselves when online.</source>
        <translation>Mit dem Netz verbinden und synchronisieren; online laden sie sich selbst hoch.</translation>
    </message>
    <message>
        <source>Every check-in is on the server.</source>
        <translation>Alle Check-ins sind auf dem Server.</translation>
    </message>
    <message>
        <source>Kiosk exit PIN</source>
        <translation>Kiosk-Exit-PIN</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Gesetzt.</translation>
    </message>
    <message>
        <source>No kiosk on this computer.</source>
        <translation>Kein Kiosk auf diesem Computer.</translation>
    </message>
    <message>
        <source>Not set: the kiosk would ask for one at its first start, in front of guests.</source>
        <translation>Nicht gesetzt: Der Kiosk würde beim ersten Start danach fragen, vor den Gästen.</translation>
    </message>
    <message>
        <source>Start the kiosk (`orga-app gui --kiosk`) now and set a PIN of 4 to 8 digits.</source>
        <translation>Den Kiosk jetzt starten (`orga-app gui --kiosk`) und eine PIN mit 4 bis 8 Ziffern setzen.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>{mb} MB left for the local data.</source>
        <translation>{mb} MB frei für die lokalen Daten.</translation>
    </message>
    <message>
        <source>Free some disk space (delete or move large files), then check again.</source>
        <translation>Speicherplatz freigeben (große Dateien löschen oder verschieben), dann erneut prüfen.</translation>
    </message>
    <message>
        <source>Local data file</source>
        <translation>Lokale Datendatei</translation>
    </message>
    <message>
        <source>Do not scan with this file. Keep a copy of the data folder for support, then sign in on a fresh data folder and download the event again.</source>
        <translation>Mit dieser Datei nicht scannen. Eine Kopie des Datenordners für den Support aufheben, dann mit einem neuen Datenordner anmelden und die Veranstaltung neu herunterladen.</translation>
    </message>
    <message>
        <source>Cannot be read: {error}</source>
        <translation>Nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>Intact (quick check).</source>
        <translation>Intakt (Schnellprüfung).</translation>
    </message>
    <message>
        <source>Damaged: {first}</source>
        <translation>Beschädigt: {first}</translation>
    </message>
    <message>
        <source>Upload rights</source>
        <translation>Upload-Rechte</translation>
    </message>
    <message>
        <source>The server refuses this {who}: {why}</source>
        <translation>Der Server lehnt dieses {who} ab: {why}</translation>
    </message>
    <message>
        <source>Pair this computer again with a new token from the organizer (Sign in).</source>
        <translation>Diesen Computer mit einem neuen Token vom Veranstalter erneut koppeln (Anmelden).</translation>
    </message>
    <message>
        <source>The door&apos;s check-in list is gone from the server.</source>
        <translation>Die Check-in-Liste dieses Eingangs ist vom Server verschwunden.</translation>
    </message>
    <message>
        <source>Choose this door&apos;s check-in list again on the events page.</source>
        <translation>Die Check-in-Liste dieses Eingangs auf der Veranstaltungsseite neu wählen.</translation>
    </message>
    <message>
        <source>Server not reached ({why}).</source>
        <translation>Server nicht erreicht ({why}).</translation>
    </message>
    <message>
        <source>Connect and check again.</source>
        <translation>Verbinden und erneut prüfen.</translation>
    </message>
    <message>
        <source>May check people in on the list “{name}” as a {who}; the scan time goes up with each.</source>
        <translation>Darf auf der Liste „{name}“ einchecken ({who}); die Scanzeit wird jeweils mit hochgeladen.</translation>
    </message>
    <message>
        <source>No check-in list chosen for this door: every scan would be refused.</source>
        <translation>Keine Check-in-Liste für diesen Eingang gewählt: jeder Scan würde abgelehnt.</translation>
    </message>
    <message>
        <source>Choose the door&apos;s check-in list on the events page (or `orga-app lists`).</source>
        <translation>Die Check-in-Liste des Eingangs auf der Veranstaltungsseite wählen (oder `orga-app lists`).</translation>
    </message>
    <message>
        <source>Not compared for this server type (the list counts only what it admits).</source>
        <translation>Bei diesem Servertyp nicht verglichen (die Liste zählt nur, was sie einlässt).</translation>
    </message>
    <message>
        <source>Attendees against the server</source>
        <translation>Teilnehmende im Vergleich zum Server</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>Badge-Drucker</translation>
    </message>
    <message>
        <source>“{name}” takes jobs.</source>
        <translation>„{name}“ nimmt Aufträge an.</translation>
    </message>
    <message>
        <source>Badges print at check-in, but no printer is chosen.</source>
        <translation>Badges werden beim Check-in gedruckt, aber kein Drucker ist gewählt.</translation>
    </message>
    <message>
        <source>Choose the badge printer in the Badges settings.</source>
        <translation>Den Badge-Drucker in den Badge-Einstellungen wählen.</translation>
    </message>
    <message>
        <source>“{name}” is not there (unplugged, renamed or removed).</source>
        <translation>„{name}“ ist nicht da (ausgesteckt, umbenannt oder entfernt).</translation>
    </message>
    <message>
        <source>Plug it in and switch it on, or choose another printer in the Badges settings.</source>
        <translation>Anschließen und einschalten oder in den Badge-Einstellungen einen anderen Drucker wählen.</translation>
    </message>
    <message>
        <source>“{name}” is stopped (paused, out of paper or offline).</source>
        <translation>„{name}“ ist angehalten (pausiert, kein Papier oder offline).</translation>
    </message>
    <message>
        <source>Fix the printer (paper, cable, power), then resume it in the system&apos;s printers.</source>
        <translation>Drucker in Ordnung bringen (Papier, Kabel, Strom), dann in den Druckern des Systems fortsetzen.</translation>
    </message>
    <message>
        <source>No server: a list imported from a file.</source>
        <translation>Kein Server: eine aus einer Datei importierte Liste.</translation>
    </message>
    <message>
        <source>Not signed in to this event&apos;s server.</source>
        <translation>Nicht beim Server dieser Veranstaltung angemeldet.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Choose another camera in Settings; then check again.</source>
        <translation>In den Einstellungen eine andere Kamera wählen; dann erneut prüfen.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in: {why}</source>
        <translation>Der Server akzeptiert diese Anmeldung nicht mehr: {why}</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Erneut anmelden.</translation>
    </message>
    <message>
        <source>Connect to the network and check again.</source>
        <translation>Mit dem Netz verbinden und erneut prüfen.</translation>
    </message>
    <message>
        <source>The server does not tell this account&apos;s role; uploads will try and say so if the server refuses them.</source>
        <translation>Der Server nennt die Rolle dieses Kontos nicht; Uploads werden es versuchen und melden, wenn der Server sie ablehnt.</translation>
    </message>
    <message>
        <source>Ask the event&apos;s owner to make this account co-organizer (or organizer), or sign in as a server admin.</source>
        <translation>Den Eigentümer der Veranstaltung bitten, dieses Konto zum Mitveranstalter (oder Veranstalter) zu machen, oder als Server-Admin anmelden.</translation>
    </message>
    <message>
        <source>May check people in as {role}, through a registration station: the server records its own upload time and cannot record check-outs.</source>
        <translation>Darf als {role} über eine Registrierungsstation einchecken: Der Server speichert seine eigene Upload-Zeit und kann keine Check-outs speichern.</translation>
    </message>
    <message>
        <source>May check people in as {role}: scan time and door name go up with each check-in.</source>
        <translation>Darf als {role} einchecken: Scanzeit und Eingangsname werden mit jedem Check-in hochgeladen.</translation>
    </message>
    <message>
        <source>Download the list again now.</source>
        <translation>Die Liste jetzt neu herunterladen.</translation>
    </message>
    <message>
        <source>{local} here; could not compare ({why}).</source>
        <translation>{local} hier; Vergleich nicht möglich ({why}).</translation>
    </message>
    <message>
        <source>{local} here, as on the server.</source>
        <translation>{local} hier, wie auf dem Server.</translation>
    </message>
    <message>
        <source>{missing} attendee(s) on the server are not on this computer ({local} of {server}): their tickets would be refused as unknown.</source>
        <translation>Teilnehmende auf dem Server, die auf diesem Computer fehlen: {missing} ({local} von {server}); ihre Tickets würden als unbekannt abgelehnt.</translation>
    </message>
    <message>
        <source>{extra} attendee(s) here are no longer on the server ({local} here, {server} there).</source>
        <translation>Teilnehmende hier, die nicht mehr auf dem Server sind: {extra} ({local} hier, {server} dort).</translation>
    </message>
    <message>
        <source>Could not compare with the server&apos;s clock ({why}).</source>
        <translation>Vergleich mit der Uhr des Servers nicht möglich ({why}).</translation>
    </message>
    <message>
        <source>Within {off} of the server&apos;s clock.</source>
        <translation>Höchstens {off} Abweichung von der Uhr des Servers.</translation>
    </message>
    <message>
        <source>Set date and time automatically (network time) in the system settings, or correct the clock and time zone by hand; then check again.</source>
        <translation>Datum und Uhrzeit in den Systemeinstellungen automatisch setzen (Netzwerkzeit) oder Uhr und Zeitzone von Hand korrigieren; dann erneut prüfen.</translation>
    </message>
    <message>
        <source>USB scanner</source>
        <translation>USB-Scanner</translation>
    </message>
    <message>
        <source>Set up: {found}.</source>
        <translation>Eingerichtet: {found}.</translation>
    </message>
    <message>
        <source>The last set-up failed: {why}.</source>
        <translation>Die letzte Einrichtung ist fehlgeschlagen: {why}.</translation>
    </message>
    <message>
        <source>Run the scanner set-up again with the test code, or scan with the camera.</source>
        <translation>Die Scanner-Einrichtung mit dem Testcode erneut ausführen oder mit der Kamera scannen.</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>If this door uses a USB barcode scanner, run the scanner set-up once.</source>
        <translation>Wenn dieser Eingang einen USB-Barcodescanner nutzt, die Scanner-Einrichtung einmal ausführen.</translation>
    </message>
</context>
</TS>
