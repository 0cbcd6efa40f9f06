<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tiski</source>
        <translation>Tietoja Tiskistä</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tiski %1&lt;/h2&gt;&lt;p&gt;The staff console of the shared customer-service desk.&lt;/p&gt;&lt;p&gt;Python %2, Qt for Python %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tiski %1&lt;/h2&gt;&lt;p&gt;Yhteispalvelupisteen henkilöstön asiakaspalvelusovellus.&lt;/p&gt;&lt;p&gt;Python %2, Qt for Python %3&lt;/p&gt;&lt;p&gt;Lokitiedosto: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <source>No panel for this agency is installed on this computer yet. IT can install the agency&apos;s plugin; the queue and notes work without it.</source>
        <translation>Tämän viraston paneelia ei ole vielä asennettu tähän tietokoneeseen. IT-tuki voi asentaa viraston laajennuksen; jono ja muistiinpanot toimivat ilman sitäkin.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--set needs KEY=VALUE, for example --set ui.language=sv (got {item!r})</source>
        <translation>--set-valitsin vaatii muodon KEY=VALUE, esimerkiksi --set ui.language=sv (annettu: {item!r})</translation>
    </message>
    <message>
        <source>Settings files read: {files}</source>
        <translation>Luetut asetustiedostot: {files}</translation>
    </message>
    <message>
        <source>Settings are valid. Files read: {files}</source>
        <translation>Asetukset ovat kunnossa. Luetut tiedostot: {files}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Tietokanta: {url}</translation>
    </message>
    <message>
        <source>Schema created ({new}).</source>
        <translation>Skeema luotiin ({new}).</translation>
    </message>
    <message>
        <source>Schema is already current ({head}).</source>
        <translation>Skeema on jo ajan tasalla ({head}).</translation>
    </message>
    <message>
        <source>Schema upgraded from {old} to {new}.</source>
        <translation>Skeema päivitettiin versiosta {old} versioon {new}.</translation>
    </message>
    <message>
        <source>Schema {current}: current.</source>
        <translation>Skeema {current}: ajan tasalla.</translation>
    </message>
    <message>
        <source>Schema: none yet. Run &apos;tiski db upgrade&apos; to create it ({head}).</source>
        <translation>Skeema: ei vielä luotu. Luo se ({head}) komennolla &apos;tiski db upgrade&apos;.</translation>
    </message>
    <message>
        <source>Schema {current}: needs upgrading to {head}. Run &apos;tiski db upgrade&apos;.</source>
        <translation>Skeema {current}: päivitettävä versioon {head}. Suorita &apos;tiski db upgrade&apos;.</translation>
    </message>
    <message>
        <source>Schema {current}: newer than this Tiski (knows up to {head}). Install the Tiski version the other consoles use.</source>
        <translation>Skeema {current}: uudempi kuin tämä Tiski tuntee (enintään {head}). Asenna sama Tiskin versio kuin muissa työasemissa.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Salasana uudelleen: </translation>
    </message>
    <message>
        <source>Demo desk written into the database.</source>
        <translation>Esittelytoimipiste tallennettiin tietokantaan.</translation>
    </message>
    <message>
        <source>The database already has a desk; nothing was changed.</source>
        <translation>Tietokannassa on jo toimipiste; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Only a PostgreSQL database has a password; set database.url to the office&apos;s PostgreSQL first.</source>
        <translation>Salasana koskee vain PostgreSQL-tietokantaa; määritä ensin database.url osoittamaan toimipisteen PostgreSQL-tietokantaan.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Käyttäjän {user} salasana: </translation>
    </message>
    <message>
        <source>The passwords differ; nothing was stored. Try again.</source>
        <translation>Salasanat eivät täsmää; mitään ei tallennettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>An empty password was not stored.</source>
        <translation>Tyhjää salasanaa ei tallennettu.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL&apos;s pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</source>
        <translation>Tässä tietokoneessa ei ole avainrengasta salasanojen säilyttämiseen (Linuxissa ilman työpöytäympäristöä sitä ei ole). Tallenna salasana sen sijaan PostgreSQL:n pgpass-tiedostoon (~/.pgpass, oikeudet 0600); ks. docs/deploy.md.</translation>
    </message>
    <message>
        <source>The keyring refused the password ({reason}).</source>
        <translation>Avainrengas ei hyväksynyt salasanaa ({reason}).</translation>
    </message>
    <message>
        <source>Password for {user} stored in the keyring.</source>
        <translation>Käyttäjän {user} salasana tallennettiin avainrenkaaseen.</translation>
    </message>
    <message>
        <source>--size must look like 1440x900 (200 to 8000 pixels each way), not {size!r}</source>
        <translation>--size-arvon pitää olla muotoa 1440x900 (kumpikin mitta 200–8000 pikseliä), ei {size!r}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tallennettu: {path}</translation>
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
        <translation>Vuoronumeroiden palvelu tulee käyttöön Tiskin seuraavassa versiossa.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Kutsu seuraava</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Kutsu uudelleen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Ask a specialist</source>
        <translation>Pyydä asiantuntija</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Read the queues again</source>
        <translation>Hae jonojen tiedot uudelleen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Close Tiski</source>
        <translation>Sulje Tiski</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
    <message>
        <source>Show Tiski&apos;s log files</source>
        <translation>Näytä Tiskin lokitiedostot</translation>
    </message>
    <message>
        <source>About Tiski</source>
        <translation>Tietoja Tiskistä</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Tiski</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Agency panels</source>
        <translation>Virastojen paneelit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Desk actions</source>
        <translation>Tiskin toiminnot</translation>
    </message>
    <message>
        <source>The counter you are signed in at</source>
        <translation>Palvelupiste, jolle olet kirjautunut</translation>
    </message>
    <message>
        <source>Tiski – %1</source>
        <translation>Tiski – %1</translation>
    </message>
    <message>
        <source>Database: connected</source>
        <translation>Tietokanta: yhdistetty</translation>
    </message>
    <message>
        <source>Database: reconnecting…</source>
        <translation>Tietokanta: yhdistetään uudelleen…</translation>
    </message>
    <message>
        <source>Database: connection lost</source>
        <translation>Tietokanta: yhteys katkennut</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</source>
        <translation>Tietokannan skeemaversio {current} on uudempi kuin tämän Tiskin tukema uusin versio ({head}). Tiski on päivitetty jollakin toisella työasemalla: asenna tähän tietokoneeseen sama Tiski-versio.</translation>
    </message>
    <message>
        <source>The database has schema version {current} and this Tiski needs {head}. Ask IT to run &apos;tiski db upgrade&apos; once for the whole office.</source>
        <translation>Tietokannan skeemaversio on {current}, mutta tämä Tiski tarvitsee version {head}. Pyydä IT-tukea suorittamaan &apos;tiski db upgrade&apos; kerran koko toimipistettä varten.</translation>
    </message>
    <message>
        <source>not a database URL; write it like postgresql+psycopg://user@host:5432/dbname or sqlite:////path/to/file.sqlite3</source>
        <translation>ei ole tietokannan URL-osoite; kirjoita se muodossa postgresql+psycopg://user@host:5432/dbname tai sqlite:////path/to/file.sqlite3</translation>
    </message>
    <message>
        <source>name the driver: write postgresql+psycopg:// instead of postgresql://</source>
        <translation>ajuri puuttuu: kirjoita postgresql+psycopg:// pelkän postgresql:// sijaan</translation>
    </message>
    <message>
        <source>database type {driver} is not supported; use one of {known}</source>
        <translation>tietokantatyyppiä {driver} ei tueta; käytä jotakin seuraavista: {known}</translation>
    </message>
    <message>
        <source>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</source>
        <translation>Tietokantaan {url} ei saada yhteyttä ({reason}). Tarkista, että tietokantapalvelin on käynnissä, että asetuksen database.url palvelin, portti ja tietokannan nimi ovat oikein, sekä salasana (tiski db set-password tai pgpass).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data {path} is not usable: {problem}</source>
        <translation>Esittelyaineistoa {path} ei voi käyttää: {problem}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This staff member is not active at the desk any more. Choose another name or ask a supervisor.</source>
        <translation>Tämä työntekijä ei ole enää aktiivinen tässä toimipisteessä. Valitse toinen nimi tai käänny esihenkilön puoleen.</translation>
    </message>
    <message>
        <source>This counter no longer exists. Choose another counter.</source>
        <translation>Tätä palvelupistettä ei ole enää. Valitse toinen palvelupiste.</translation>
    </message>
    <message>
        <source>No active staff member {username} at this desk.</source>
        <translation>Toimipisteessä ei ole aktiivista työntekijää käyttäjätunnuksella {username}.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>Toimipisteeseen ei ole vielä lisätty palvelupisteitä. Pyydä IT-tukea lisäämään ne.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Tiski: unexpected error</source>
        <translation>Tiski: odottamaton virhe</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Tiski carries on. If it happens again, tell IT and give them the log file:
%2</source>
        <translation>Tapahtui virhe: %1

Tiski jatkaa toimintaansa. Jos virhe toistuu, ilmoita siitä IT-tuelle ja toimita heille lokitiedosto:
%2</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
<context>
    <name>Priorities</name>
    <message>
        <source>accessibility</source>
        <translation>esteettömyys</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>kiireellinen</translation>
    </message>
</context>
<context>
    <name>QueueZone</name>
    <message>
        <source>No ticket at your counter</source>
        <translation>Ei vuoronumeroa palvelupisteessäsi</translation>
    </message>
    <message>
        <source>My ticket</source>
        <translation>Oma vuoronumero</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottavia</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Pisin odotus</translation>
    </message>
    <message>
        <source>Queues by service</source>
        <translation>Jonot palveluittain</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Vuoronumero</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Odottanut</translation>
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
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Filter by ticket, service or name</source>
        <translation>Suodata vuoronumeron, palvelun tai nimen mukaan</translation>
    </message>
    <message>
        <source>Waiting tickets</source>
        <translation>Odottavat vuoronumerot</translation>
    </message>
    <message numerus="yes">
        <source>Waiting tickets (%n)</source>
        <translation>
            <numerusform>Odottavat vuoronumerot (%n)</numerusform>
            <numerusform>Odottavat vuoronumerot (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target wait %n min</source>
        <translation>
            <numerusform>Tavoiteodotusaika %n min</numerusform>
            <numerusform>Tavoiteodotusaika %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>service %1 of %2</source>
        <translation>palvelu %1/%2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>lobby guide</source>
        <translation>aulaohjaaja</translation>
    </message>
    <message>
        <source>service advisor</source>
        <translation>palveluneuvoja</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>asiantuntija</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>esihenkilö</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-tuki</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>one of {choices}</source>
        <translation>jokin seuraavista: {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true tai false</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>kokonaisluku väliltä {minimum}–{maximum}</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>tekstiluettelo</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>{source}: {key}: {problem}</source>
        <translation>{source}: {key}: {problem}</translation>
    </message>
    <message>
        <source>unknown setting; known settings are: {known}</source>
        <translation>tuntematon asetus; tunnetut asetukset: {known}</translation>
    </message>
    <message>
        <source>{value!r} is not allowed; use {allowed}</source>
        <translation>arvo {value!r} ei kelpaa; arvon pitää olla {allowed}</translation>
    </message>
    <message>
        <source>not valid TOML ({reason}); fix the file or remove it</source>
        <translation>ei kelvollista TOML-muotoa ({reason}); korjaa tiedosto tai poista se</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>tiedostoa ei voi lukea ({reason})</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>arvon pitää olla kokonaisluku, joka on vähintään 1</translation>
    </message>
    <message>
        <source>this file is for a newer Tiski (version {found}, this one reads up to {known}); update Tiski or use an older file</source>
        <translation>tiedosto on tarkoitettu uudemmalle Tiskille (versio {found}, tämä Tiski lukee enintään version {known}); päivitä Tiski tai käytä vanhempaa tiedostoa</translation>
    </message>
    <message>
        <source>settings belong in sections such as [database]; known settings are: {known}</source>
        <translation>asetusten pitää olla osioissa, kuten [database]; tunnetut asetukset: {known}</translation>
    </message>
    <message>
        <source>a password must not be kept in a settings file; remove it from the URL and store it with &apos;tiski db set-password&apos; or in PostgreSQL&apos;s pgpass file</source>
        <translation>salasanaa ei saa säilyttää asetustiedostossa; poista se URL-osoitteesta ja tallenna se komennolla &apos;tiski db set-password&apos; tai PostgreSQL:n pgpass-tiedostoon</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Tiski</source>
        <translation>Kirjaudu Tiskiin</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>Choose your name and the counter you are working at.</source>
        <translation>Valitse nimesi ja palvelupiste, jossa työskentelet.</translation>
    </message>
    <message>
        <source>IT has set this computer to always use this counter.</source>
        <translation>IT-tuki on määrittänyt tämän tietokoneen käyttämään aina tätä palvelupistettä.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Palvelupiste:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>This desk has no staff or counters yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</source>
        <translation>Toimipisteeseen ei ole vielä lisätty henkilöstöä eikä palvelupisteitä. Pyydä IT-tukea määrittämään toimipiste tai kokeile Tiskiä esittelyaineistolla: tiski --demo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</source>
        <translation>Näyttöä ei löytynyt (DISPLAY-muuttujaa ei ole asetettu). Käynnistä Tiski työpöytäistunnosta tai tallenna kuva ilman näyttöä: tiski screenshot console.png --demo</translation>
    </message>
    <message>
        <source>Qt&apos;s xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>Qt:n xcb-alusta tarvitsee järjestelmäkirjastoja, jotka puuttuvat: {missing}. Asenna ne Debianissa tai Ubuntussa komennolla: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Could not write the picture to {path}.</source>
        <translation>Kuvaa ei voitu tallentaa tiedostoon {path}.</translation>
    </message>
</context>
<context>
    <name>VisitZone</name>
    <message>
        <source>No visitor at the counter</source>
        <translation>Ei asiakasta</translation>
    </message>
    <message>
        <source>Call the next ticket with Call next (F5). The visit&apos;s services, the visitor&apos;s case and its notes open here.</source>
        <translation>Kutsu seuraava vuoronumero Kutsu seuraava -painikkeella (F5). Asioinnin palvelut, asiakkaan asia ja sen muistiinpanot avautuvat tähän.</translation>
    </message>
    <message>
        <source>Services of this visit</source>
        <translation>Asioinnin palvelut</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Asian muistiinpanot</translation>
    </message>
    <message>
        <source>Notes can be written once a visit is open.</source>
        <translation>Muistiinpanoja voi kirjoittaa, kun asiointi on avattu.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
</context>
</TS>
