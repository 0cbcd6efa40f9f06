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
        <source>Serving tickets will be available in the next version of Tiski.</source>
        <translation>Betjäning av kölappar blir tillgänglig i nästa version av Tiski.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Kalla nästa</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Kalla igen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Överför</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Ask a specialist</source>
        <translation>Be om specialist</translation>
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
        <source>No active staff member {username} at this desk.</source>
        <translation>Det finns ingen aktiv anställd med användarnamnet {username} vid servicestället.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>Servicestället har ännu inga diskar. Be IT-stödet att lägga till dem.</translation>
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
    <name>QueueZone</name>
    <message>
        <source>No ticket at your counter</source>
        <translation>Ingen kölapp vid din disk</translation>
    </message>
    <message>
        <source>My ticket</source>
        <translation>Min kölapp</translation>
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
        <translation>Anmärkningar</translation>
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
</context>
</TS>
