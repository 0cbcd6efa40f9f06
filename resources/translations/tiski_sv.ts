<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tiski</source>
        <translation>Om Tiski</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tiski %1&lt;/h2&gt;&lt;p&gt;The staff console of the shared customer-service desk.&lt;/p&gt;&lt;p&gt;Python %2, Qt for Python %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tiski %1&lt;/h2&gt;&lt;p&gt;Personalens kundtjänstprogram vid samservicepunkten.&lt;/p&gt;&lt;p&gt;Python %2, Qt for Python %3&lt;/p&gt;&lt;p&gt;Loggfil: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <source>No panel for this agency is installed on this computer yet. IT can install the agency&apos;s plugin; the queue and notes work without it.</source>
        <translation>Den här myndighetens panel har ännu inte installerats på den här datorn. IT-stödet kan installera myndighetens tillägg; kön och anteckningarna fungerar även utan det.</translation>
    </message>
</context>
<context>
    <name>AppointmentsDialog</name>
    <message>
        <source>Appointments</source>
        <translation>Tidsbokningar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Bokningskod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrera ankomst</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boka</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>T&amp;id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Boka en tid</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>bokad</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>ankommen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbokad</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>kom inte</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--set needs KEY=VALUE, for example --set ui.language=sv (got {item!r})</source>
        <translation>--set kräver formen KEY=VALUE, till exempel --set ui.language=sv (angivet: {item!r})</translation>
    </message>
    <message>
        <source>Settings files read: {files}</source>
        <translation>Lästa inställningsfiler: {files}</translation>
    </message>
    <message>
        <source>Settings are valid. Files read: {files}</source>
        <translation>Inställningarna är giltiga. Lästa filer: {files}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Databas: {url}</translation>
    </message>
    <message>
        <source>Schema created ({new}).</source>
        <translation>Schemat skapades ({new}).</translation>
    </message>
    <message>
        <source>Schema is already current ({head}).</source>
        <translation>Schemat är redan aktuellt ({head}).</translation>
    </message>
    <message>
        <source>Schema upgraded from {old} to {new}.</source>
        <translation>Schemat uppgraderades från {old} till {new}.</translation>
    </message>
    <message>
        <source>Schema {current}: current.</source>
        <translation>Schema {current}: aktuellt.</translation>
    </message>
    <message>
        <source>Schema: none yet. Run &apos;tiski db upgrade&apos; to create it ({head}).</source>
        <translation>Schema: finns inte ännu. Kör &apos;tiski db upgrade&apos; för att skapa det ({head}).</translation>
    </message>
    <message>
        <source>Schema {current}: needs upgrading to {head}. Run &apos;tiski db upgrade&apos;.</source>
        <translation>Schema {current}: behöver uppgraderas till {head}. Kör &apos;tiski db upgrade&apos;.</translation>
    </message>
    <message>
        <source>Schema {current}: newer than this Tiski (knows up to {head}). Install the Tiski version the other consoles use.</source>
        <translation>Schema {current}: nyare än denna Tiski känner till (högst {head}). Installera samma Tiski-version som de andra arbetsstationerna använder.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Lösenordet igen: </translation>
    </message>
    <message>
        <source>Demo desk written into the database.</source>
        <translation>Demoservicestället har skrivits in i databasen.</translation>
    </message>
    <message>
        <source>The database already has a desk; nothing was changed.</source>
        <translation>Databasen har redan ett serviceställe; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Only a PostgreSQL database has a password; set database.url to the office&apos;s PostgreSQL first.</source>
        <translation>Lösenord används bara med en PostgreSQL-databas; ställ först in database.url så att den pekar på serviceställets PostgreSQL-databas.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Lösenord för {user}: </translation>
    </message>
    <message>
        <source>The passwords differ; nothing was stored. Try again.</source>
        <translation>Lösenorden stämmer inte överens; ingenting sparades. Försök igen.</translation>
    </message>
    <message>
        <source>An empty password was not stored.</source>
        <translation>Ett tomt lösenord sparades inte.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL&apos;s pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</source>
        <translation>Den här datorn har ingen nyckelring att spara lösenord i (ett Linux utan skrivbordsmiljö har ingen). Spara i stället lösenordet i PostgreSQL:s pgpass-fil (~/.pgpass, behörighet 0600); se docs/deploy.md.</translation>
    </message>
    <message>
        <source>The keyring refused the password ({reason}).</source>
        <translation>Nyckelringen godtog inte lösenordet ({reason}).</translation>
    </message>
    <message>
        <source>Password for {user} stored in the keyring.</source>
        <translation>Lösenordet för {user} har sparats i nyckelringen.</translation>
    </message>
    <message>
        <source>--size must look like 1440x900 (200 to 8000 pixels each way), not {size!r}</source>
        <translation>--size ska ha formen 1440x900 (200–8000 pixlar i vardera riktningen), inte {size!r}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Sparat: {path}</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Read the queues again</source>
        <translation>Hämta köerna på nytt</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Close Tiski</source>
        <translation>Stäng Tiski</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Show Tiski&apos;s log files</source>
        <translation>Visa Tiskis loggfiler</translation>
    </message>
    <message>
        <source>About Tiski</source>
        <translation>Om Tiski</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Disk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Agency panels</source>
        <translation>Myndigheternas paneler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Desk actions</source>
        <translation>Åtgärder vid disken</translation>
    </message>
    <message>
        <source>The counter you are signed in at</source>
        <translation>Disken du är inloggad vid</translation>
    </message>
    <message>
        <source>Tiski – %1</source>
        <translation>Tiski – %1</translation>
    </message>
    <message>
        <source>%1: %2 min (target %3)</source>
        <translation>%1: %2 min (mål %3)</translation>
    </message>
    <message>
        <source>Waiting more than twice the target: %1</source>
        <translation>Väntetiden är över dubbla målet: %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Realtid</translation>
    </message>
    <message>
        <source>Changes from other counters appear at once.</source>
        <translation>Ändringar från andra diskar syns direkt.</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Uppdateringar pausade</translation>
    </message>
    <message>
        <source>Tiski is reconnecting; the queue is read again when it is back.</source>
        <translation>Tiski återansluter; kön hämtas på nytt när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Database: connected</source>
        <translation>Databas: ansluten</translation>
    </message>
    <message>
        <source>Database: reconnecting…</source>
        <translation>Databas: återansluter…</translation>
    </message>
    <message>
        <source>Database: connection lost</source>
        <translation>Databas: anslutningen bröts</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</source>
        <translation>Databasen har schemaversion {current}, som är nyare än den här versionen av Tiski känner till (högst {head}). En annan konsol har uppdaterats: installera samma version av Tiski på den här datorn.</translation>
    </message>
    <message>
        <source>The database has schema version {current} and this Tiski needs {head}. Ask IT to run &apos;tiski db upgrade&apos; once for the whole office.</source>
        <translation>Databasen har schemaversion {current} men den här versionen av Tiski behöver {head}. Be IT-stödet köra &apos;tiski db upgrade&apos; en gång för hela servicestället.</translation>
    </message>
    <message>
        <source>not a database URL; write it like postgresql+psycopg://user@host:5432/dbname or sqlite:////path/to/file.sqlite3</source>
        <translation>inte en databas-URL; skriv den i formen postgresql+psycopg://user@host:5432/dbname eller sqlite:////path/to/file.sqlite3</translation>
    </message>
    <message>
        <source>name the driver: write postgresql+psycopg:// instead of postgresql://</source>
        <translation>ange drivrutinen: skriv postgresql+psycopg:// i stället för postgresql://</translation>
    </message>
    <message>
        <source>database type {driver} is not supported; use one of {known}</source>
        <translation>databastypen {driver} stöds inte; använd någon av följande: {known}</translation>
    </message>
    <message>
        <source>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</source>
        <translation>Databasen {url} kan inte nås ({reason}). Kontrollera att databasservern är igång, att värd, port och databasnamn i database.url stämmer, samt lösenordet (tiski db set-password eller pgpass).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data {path} is not usable: {problem}</source>
        <translation>Demodata {path} kan inte användas: {problem}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This staff member is not active at the desk any more. Choose another name or ask a supervisor.</source>
        <translation>Den här personen är inte längre aktiv vid servicestället. Välj ett annat namn eller kontakta en förman.</translation>
    </message>
    <message>
        <source>This counter no longer exists. Choose another counter.</source>
        <translation>Den här disken finns inte längre. Välj en annan disk.</translation>
    </message>
    <message>
        <source>Unknown staff member {username}. Staff: {known}.</source>
        <translation>Okänd anställd {username}. Anställda: {known}.</translation>
    </message>
    <message>
        <source>Unknown counter {code}. Counters: {known}.</source>
        <translation>Okänd disk {code}. Diskar: {known}.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>Servicestället har ännu inga diskar. Be IT-stödet att lägga till dem.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Ticket</source>
        <translation>Kölapp</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Beräknad väntetid</translation>
    </message>
    <message>
        <source>Called tickets</source>
        <translation>Kallade nummer</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Nu i tur</translation>
    </message>
    <message>
        <source>Information is not up to date</source>
        <translation>Uppgifterna är inte aktuella</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Tiski: unexpected error</source>
        <translation>Tiski: oväntat fel</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Tiski carries on. If it happens again, tell IT and give them the log file:
%2</source>
        <translation>Något gick fel: %1

Tiski fortsätter att fungera. Om det händer igen, kontakta IT-stödet och ge dem loggfilen:
%2</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a ticket</source>
        <translation>Ge kölapp</translation>
    </message>
    <message>
        <source>&amp;Services, in this order:</source>
        <translation>&amp;Tjänster i denna ordning:</translation>
    </message>
    <message>
        <source>&amp;Life event:</source>
        <translation>&amp;Livssituation:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>Besökarens &amp;språk:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>Ge kölapp</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Välj språk</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>Vad gäller ditt ärende?</translation>
    </message>
    <message>
        <source>Choose the agency whose services you need.</source>
        <translation>Välj den myndighet vars tjänster du behöver.</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Ta en kölapp</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>Ditt nummer är</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Anmäl dig till din bokade tid</translation>
    </message>
    <message>
        <source>Type the six-character booking code from your appointment confirmation.</source>
        <translation>Skriv den sexteckniga bokningskoden från bekräftelsen på din tidsbokning.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera tecken</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Anmäl dig</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Livssituationer</translation>
    </message>
    <message>
        <source>One ticket for several services</source>
        <translation>En kölapp för flera tjänster</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Jag har en tidsbokning</translation>
    </message>
    <message>
        <source>Check in with your booking code</source>
        <translation>Anmäl dig med bokningskoden</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Ett ögonblick…</translation>
    </message>
    <message>
        <source>The ticket machine cannot reach the queue just now. Please ask the lobby guide.</source>
        <translation>Kölappsautomaten får inte kontakt med kön just nu. Be lobbyguiden om hjälp.</translation>
    </message>
    <message>
        <source>Choose one or more services, then take a ticket.</source>
        <translation>Välj en eller flera tjänster och ta sedan en kölapp.</translation>
    </message>
    <message>
        <source>Choose what is happening in your life. One ticket takes you through every service it needs, in order.</source>
        <translation>Välj din livssituation. Med en kölapp kommer du till alla tjänster som behövs, i tur och ordning.</translation>
    </message>
    <message>
        <source>No ticket could be issued just now. Please ask the lobby guide.</source>
        <translation>Det gick inte att få en kölapp just nu. Be lobbyguiden om hjälp.</translation>
    </message>
    <message>
        <source>Printing failed, please ask the lobby guide; your number is {ticket}.</source>
        <translation>Utskriften misslyckades. Be lobbyguiden om hjälp. Ditt nummer är {ticket}.</translation>
    </message>
    <message>
        <source>Watch the screen for your number. Touch to finish.</source>
        <translation>Håll utkik efter ditt nummer på skärmen. Tryck för att avsluta.</translation>
    </message>
    <message>
        <source>Take your ticket and watch the screen for your number. Touch to finish.</source>
        <translation>Ta din kölapp och håll utkik efter ditt nummer på skärmen. Tryck för att avsluta.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>Priorities</name>
    <message>
        <source>accessibility</source>
        <translation>tillgänglighet</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>brådskande</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Choose at least one service.</source>
        <translation>Välj minst en tjänst.</translation>
    </message>
    <message>
        <source>One visit can hold at most {limit} services.</source>
        <translation>Ett besök kan omfatta högst {limit} tjänster.</translation>
    </message>
    <message>
        <source>Unknown service {unknown}. Services: {known}.</source>
        <translation>Okänd tjänst {unknown}. Tjänster: {known}.</translation>
    </message>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Okänd livssituation {code}. Livssituationer: {known}.</translation>
    </message>
    <message>
        <source>Only advisors, specialists and supervisors call tickets.</source>
        <translation>Endast servicerådgivare, specialister och förmän kan kalla kölappar.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is still at your counter. Finish, transfer or park it before calling the next one.</source>
        <translation>Kölapp {ticket} finns fortfarande vid din disk. Avsluta, överför eller parkera den innan du kallar nästa.</translation>
    </message>
    <message>
        <source>That ticket no longer exists.</source>
        <translation>Kölappen finns inte längre.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is at another counter.</source>
        <translation>Kölapp {ticket} finns vid en annan disk.</translation>
    </message>
    <message>
        <source>Unknown counter {code}. Counters: {known}.</source>
        <translation>Okänd disk {code}. Diskar: {known}.</translation>
    </message>
    <message>
        <source>Unknown staff member {username}.</source>
        <translation>Okänd anställd {username}.</translation>
    </message>
    <message>
        <source>Choose a service, a counter or a person to transfer to.</source>
        <translation>Välj en tjänst, en disk eller en person att överföra till.</translation>
    </message>
    <message>
        <source>Only lobby guides, advisors, specialists and supervisors add services.</source>
        <translation>Endast lobbyguider, servicerådgivare, specialister och förmän kan lägga till tjänster.</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>Besöket finns inte längre.</translation>
    </message>
    <message>
        <source>Visit {ticket} has ended; issue a new ticket for the new service.</source>
        <translation>Besöket {ticket} har avslutats; ge en ny kölapp för den nya tjänsten.</translation>
    </message>
    <message>
        <source>No ticket {ticket} today.</source>
        <translation>Ingen kölapp {ticket} i dag.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Den tiden har redan passerat.</translation>
    </message>
    <message>
        <source>No appointment with booking code {code}. Check the code or ask at the lobby.</source>
        <translation>Det finns ingen tidsbokning med bokningskoden {code}. Kontrollera koden eller be lobbyguiden om hjälp.</translation>
    </message>
    <message>
        <source>The appointment {code} has already been checked in or cancelled.</source>
        <translation>Ankomsten till tidsbokningen {code} har redan anmälts, eller så har bokningen avbokats.</translation>
    </message>
    <message>
        <source>The appointment {code} is at {time}; check in at most two hours before.</source>
        <translation>Tiden för bokningen {code} är {time}. Du kan anmäla dig tidigast två timmar innan.</translation>
    </message>
    <message>
        <source>The appointment {code} was at {time}; please take a queue ticket instead.</source>
        <translation>Tiden för bokningen {code} var {time}. Ta en kölapp i stället.</translation>
    </message>
    <message>
        <source>Only lobby guides, advisors, specialists and supervisors change appointments.</source>
        <translation>Endast lobbyguider, servicerådgivare, specialister och förmän kan ändra tidsbokningar.</translation>
    </message>
    <message>
        <source>No appointment with booking code {code}.</source>
        <translation>Ingen tidsbokning med bokningskoden {code}.</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>The command failed unexpectedly ({reason}); the log file has the details.</source>
        <translation>Kommandot misslyckades oväntat ({reason}); detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Okänd livssituation {code}. Livssituationer: {known}.</translation>
    </message>
    <message>
        <source>Name at least one service or --life-event CODE. Services: {known}.</source>
        <translation>Ange minst en tjänst eller --life-event CODE. Tjänster: {known}.</translation>
    </message>
    <message>
        <source>{position}. {code}: {name}</source>
        <translation>{position}. {code}: {name}</translation>
    </message>
    <message>
        <source>Estimated wait: {minutes} min</source>
        <translation>Beräknad väntetid: {minutes} min</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Varför: {reason}</translation>
    </message>
    <message>
        <source>Nothing to call for {username} at {counter}: no waiting ticket in their services.</source>
        <translation>Inget att kalla för {username} vid {counter}: inga väntande kölappar i användarens tjänster.</translation>
    </message>
    <message>
        <source>{code}: {name}, to {counter} ({staff})</source>
        <translation>{code}: {name}, till {counter} ({staff})</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>Väntande: {count}</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>KÖLAPP</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>TJÄNST</translation>
    </message>
    <message>
        <source>WAITED (MIN)</source>
        <translation>VÄNTAT (MIN)</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITET</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEG</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>VÄNTANDE</translation>
    </message>
    <message>
        <source>LONGEST (MIN)</source>
        <translation>LÄNGST (MIN)</translation>
    </message>
    <message>
        <source>TARGET (MIN)</source>
        <translation>MÅL (MIN)</translation>
    </message>
    <message>
        <source>ESTIMATE (MIN)</source>
        <translation>BERÄKNAD (MIN)</translation>
    </message>
    <message>
        <source>{code} done ({staff} at {counter}).</source>
        <translation>{code} klar ({staff} vid {counter}).</translation>
    </message>
    <message>
        <source>Next for this visit: {code}, in the queue since {time}.</source>
        <translation>Nästa för besöket: {code}, i kön sedan kl. {time}.</translation>
    </message>
    <message>
        <source>Transferred from {old} to {new}; it keeps its place in the queue (since {time}).</source>
        <translation>Överförd från {old} till {new}; platsen i kön behålls (sedan kl. {time}).</translation>
    </message>
</context>
<context>
    <name>QueueZone</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Beräknad</translation>
    </message>
    <message>
        <source>Estimated wait for a new ticket</source>
        <translation>Beräknad väntetid för en ny kölapp</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längsta väntan</translation>
    </message>
    <message>
        <source>Queues by service</source>
        <translation>Köer per tjänst</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Kölapp</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Filter by ticket, service or name</source>
        <translation>Filtrera på kölapp, tjänst eller namn</translation>
    </message>
    <message>
        <source>Waiting tickets</source>
        <translation>Väntande kölappar</translation>
    </message>
    <message numerus="yes">
        <source>Waiting tickets (%n)</source>
        <translation>
            <numerusform>Väntande kölappar (%n)</numerusform>
            <numerusform>Väntande kölappar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~%n min</source>
        <translation>
            <numerusform>~%n min</numerusform>
            <numerusform>~%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target wait %n min</source>
        <translation>
            <numerusform>Målväntetid %n min</numerusform>
            <numerusform>Målväntetid %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>service %1 of %2</source>
        <translation>tjänst %1 av %2</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>appointment at {time}</source>
        <translation>tidsbokning kl. {time}</translation>
    </message>
    <message>
        <source>priority ({priority})</source>
        <translation>förtur ({priority})</translation>
    </message>
    <message>
        <source>waited {waited} min, target {target} min</source>
        <translation>väntat {waited} min, mål {target} min</translation>
    </message>
    <message>
        <source>transferred to you or your counter</source>
        <translation>överförd till dig eller din disk</translation>
    </message>
    <message>
        <source>longest waiting in {service} ({waited} min)</source>
        <translation>längst väntande: {service} ({waited} min)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>lobby guide</source>
        <translation>lobbyguide</translation>
    </message>
    <message>
        <source>service advisor</source>
        <translation>servicerådgivare</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>förman</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-stöd</translation>
    </message>
</context>
<context>
    <name>Serving</name>
    <message>
        <source>Call next</source>
        <translation>Kalla nästa</translation>
    </message>
    <message>
        <source>Call the next ticket to your counter</source>
        <translation>Kalla nästa kölapp till din disk</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Kalla igen</translation>
    </message>
    <message>
        <source>Call the same ticket again on the lobby display</source>
        <translation>Kalla samma kölapp igen på skärmen i lobbyn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>The visitor has arrived at your counter</source>
        <translation>Besökaren har kommit till din disk</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>The visitor did not come</source>
        <translation>Besökaren kom inte</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överför</translation>
    </message>
    <message>
        <source>Hand the visitor to another service, counter or person; they keep their place</source>
        <translation>Överför besökaren till en annan tjänst, disk eller person; platsen i kön behålls</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>This service is done; the visit&apos;s next service waits for its turn</source>
        <translation>Den här tjänsten är klar; besökets nästa tjänst väntar på sin tur</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parkera</translation>
    </message>
    <message>
        <source>Set this ticket aside and call the next one</source>
        <translation>Lägg kölappen åt sidan och kalla nästa</translation>
    </message>
    <message>
        <source>Ask a specialist</source>
        <translation>Be om specialist</translation>
    </message>
    <message>
        <source>Asking a remote specialist arrives in a later version of Tiski.</source>
        <translation>Att be om en specialist på distans blir möjligt i en senare version av Tiski.</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Lägg till tjänst…</translation>
    </message>
    <message>
        <source>Add another service to this visit; it keeps the visit&apos;s place</source>
        <translation>Lägg till en tjänst till besöket; besöket behåller sin plats i kön</translation>
    </message>
    <message>
        <source>Issue ticket…</source>
        <translation>Ge kölapp…</translation>
    </message>
    <message>
        <source>Issue a ticket for a visitor</source>
        <translation>Ge en besökare en kölapp</translation>
    </message>
    <message>
        <source>Appointments…</source>
        <translation>Tidsbokningar…</translation>
    </message>
    <message>
        <source>Today&apos;s appointments, booking and check-in</source>
        <translation>Dagens tidsbokningar, bokning och ankomstregistrering</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>No one is waiting for your services.</source>
        <translation>Ingen väntar på dina tjänster.</translation>
    </message>
    <message>
        <source>Called %1: %2</source>
        <translation>Kallad %1: %2</translation>
    </message>
    <message>
        <source>%1 did not come after the recalls: marked as a no-show.</source>
        <translation>%1 kom inte trots att den kallades igen: markerad som utebliven.</translation>
    </message>
    <message>
        <source>Finish, transfer or park the current ticket first.</source>
        <translation>Avsluta, överför eller parkera den aktuella kölappen först.</translation>
    </message>
    <message>
        <source>%1 transferred.</source>
        <translation>%1 överförd.</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lägg till tjänst</translation>
    </message>
    <message>
        <source>Service to add to visit %1:</source>
        <translation>Tjänst att lägga till besök %1:</translation>
    </message>
    <message>
        <source>%1: service added.</source>
        <translation>%1: tjänsten har lagts till.</translation>
    </message>
    <message>
        <source>Ticket %1 issued, estimated wait about %2 min.</source>
        <translation>Kölapp %1 utfärdad, beräknad väntetid cirka %2 min.</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>Kölapp utfärdad</translation>
    </message>
    <message>
        <source>Booked: code %1</source>
        <translation>Bokad: bokningskod %1</translation>
    </message>
    <message>
        <source>Checked in: ticket %1</source>
        <translation>Ankomst registrerad: kölapp %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>one of {choices}</source>
        <translation>ett av följande: {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>ett heltal från {minimum} till {maximum}</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>en lista med texter</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>{source}: {key}: {problem}</source>
        <translation>{source}: {key}: {problem}</translation>
    </message>
    <message>
        <source>unknown setting; known settings are: {known}</source>
        <translation>okänd inställning; kända inställningar är: {known}</translation>
    </message>
    <message>
        <source>{value!r} is not allowed; use {allowed}</source>
        <translation>värdet {value!r} är inte tillåtet; värdet ska vara {allowed}</translation>
    </message>
    <message>
        <source>not valid TOML ({reason}); fix the file or remove it</source>
        <translation>inte giltig TOML ({reason}); rätta filen eller ta bort den</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>filen kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>värdet måste vara ett heltal som är 1 eller större</translation>
    </message>
    <message>
        <source>this file is for a newer Tiski (version {found}, this one reads up to {known}); update Tiski or use an older file</source>
        <translation>filen är avsedd för en nyare version av Tiski (version {found}, den här versionen läser högst version {known}); uppdatera Tiski eller använd en äldre fil</translation>
    </message>
    <message>
        <source>settings belong in sections such as [database]; known settings are: {known}</source>
        <translation>inställningarna ska stå i sektioner som [database]; kända inställningar är: {known}</translation>
    </message>
    <message>
        <source>a password must not be kept in a settings file; remove it from the URL and store it with &apos;tiski db set-password&apos; or in PostgreSQL&apos;s pgpass file</source>
        <translation>ett lösenord får inte sparas i en inställningsfil; ta bort det från URL:en och spara det med &apos;tiski db set-password&apos; eller i PostgreSQL:s pgpass-fil</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Tiski</source>
        <translation>Logga in i Tiski</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>Choose your name and the counter you are working at.</source>
        <translation>Välj ditt namn och den disk där du arbetar.</translation>
    </message>
    <message>
        <source>IT has set this computer to always use this counter.</source>
        <translation>IT-stödet har ställt in den här datorn att alltid använda denna disk.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Disk:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>This desk has no staff or counters yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</source>
        <translation>Servicestället har ännu ingen personal och inga diskar. Be IT-stödet att konfigurera servicestället eller prova Tiski med demodata: tiski --demo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</source>
        <translation>Ingen skärm hittades (DISPLAY har inte angetts). Starta Tiski från en skrivbordssession eller rendera en bild utan skärm: tiski screenshot console.png --demo</translation>
    </message>
    <message>
        <source>Qt&apos;s xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>Qt:s xcb-plattform behöver systembibliotek som saknas: {missing}. Installera dem i Debian eller Ubuntu med: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Could not write the picture to {path}.</source>
        <translation>Bilden kunde inte skrivas till {path}.</translation>
    </message>
</context>
<context>
    <name>StepStates</name>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>called</source>
        <translation>kallad</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>betjänas</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>kom inte</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbokad</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>överförd</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>called</source>
        <translation>kallad</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>kallad igen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>utebliven</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbokad</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>överförd</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parkerad</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>tagen tillbaka</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntande</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>under betjäning</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>utebliven</translation>
    </message>
    <message>
        <source>Ticket {ticket} cannot be {action}: it is {state} (last changed by {who} at {when}).</source>
        <translation>Kölapp {ticket} kan inte markeras som ”{action}”: den är ”{state}” (senast ändrad av {who} kl. {when}).</translation>
    </message>
    <message>
        <source>Ticket {ticket} cannot be {action}: it is {state}.</source>
        <translation>Kölapp {ticket} kan inte markeras som ”{action}”: den är ”{state}”.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is already parked.</source>
        <translation>Kölapp {ticket} är redan parkerad.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is not parked.</source>
        <translation>Kölapp {ticket} är inte parkerad.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>You are next in line</source>
        <translation>Du är näst på tur</translation>
    </message>
    <message>
        <source>Estimated wait about {minutes} min</source>
        <translation>Beräknad väntetid cirka {minutes} min</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ditt nummer</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Watch the screen for your number.</source>
        <translation>Håll utkik efter ditt nummer på skärmen.</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>My ticket</source>
        <translation>Min kölapp</translation>
    </message>
    <message>
        <source>No ticket at your counter</source>
        <translation>Ingen kölapp vid din disk</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Ta tillbaka</translation>
    </message>
    <message>
        <source>Parked:</source>
        <translation>Parkerade:</translation>
    </message>
    <message numerus="yes">
        <source>recalled %n times</source>
        <translation>
            <numerusform>kallad igen %n gång</numerusform>
            <numerusform>kallad igen %n gånger</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this ticket: %1</source>
        <translation>Varför den här kölappen: %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Överför %1</translation>
    </message>
    <message>
        <source>same service</source>
        <translation>samma tjänst</translation>
    </message>
    <message>
        <source>any counter</source>
        <translation>vilken disk som helst</translation>
    </message>
    <message>
        <source>anyone with the skill</source>
        <translation>vem som helst med rätt kompetens</translation>
    </message>
    <message>
        <source>The visitor keeps their place in the queue.</source>
        <translation>Besökaren behåller sin plats i kön.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Disk:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överför</translation>
    </message>
</context>
<context>
    <name>VisitZone</name>
    <message>
        <source>No visitor at the counter</source>
        <translation>Ingen besökare vid disken</translation>
    </message>
    <message>
        <source>Call the next ticket with Call next (F5). The visit&apos;s services, the visitor&apos;s case and its notes open here.</source>
        <translation>Kalla in nästa kölapp med knappen Kalla nästa (F5). Besökets tjänster, besökarens ärende och anteckningarna om det öppnas här.</translation>
    </message>
    <message>
        <source>Services of this visit</source>
        <translation>Besökets tjänster</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Anteckningar om ärendet</translation>
    </message>
    <message>
        <source>Notes can be written once a visit is open.</source>
        <translation>Anteckningar kan skrivas när ett besök har öppnats.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>anonym besökare</translation>
    </message>
</context>
</TS>
