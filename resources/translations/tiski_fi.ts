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
    <name>AppointmentsDialog</name>
    <message>
        <source>Appointments</source>
        <translation>Ajanvaraukset</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Varauskoodi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Ilmoita saapuneeksi</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Peru varaus</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Varaa</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Aika:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Tee ajanvaraus</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>varattu</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>ilmoittautunut</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>ei saapunut</translation>
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
        <source>%1: %2 min (target %3)</source>
        <translation>%1: %2 min (tavoite %3)</translation>
    </message>
    <message>
        <source>Waiting more than twice the target: %1</source>
        <translation>Odotus yli kaksinkertainen tavoitteeseen nähden: %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ajantasainen</translation>
    </message>
    <message>
        <source>Changes from other counters appear at once.</source>
        <translation>Muiden palvelupisteiden muutokset näkyvät heti.</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Päivitykset tauolla</translation>
    </message>
    <message>
        <source>Tiski is reconnecting; the queue is read again when it is back.</source>
        <translation>Tiski muodostaa yhteyttä uudelleen; jonon tiedot haetaan uudelleen, kun yhteys palaa.</translation>
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
        <source>Unknown staff member {username}. Staff: {known}.</source>
        <translation>Tuntematon työntekijä {username}. Työntekijät: {known}.</translation>
    </message>
    <message>
        <source>Unknown counter {code}. Counters: {known}.</source>
        <translation>Tuntematon palvelupiste {code}. Palvelupisteet: {known}.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>Toimipisteeseen ei ole vielä lisätty palvelupisteitä. Pyydä IT-tukea lisäämään ne.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Ticket</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Palvelupiste</translation>
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
        <source>Estimated wait</source>
        <translation>Arvioitu odotus</translation>
    </message>
    <message>
        <source>Called tickets</source>
        <translation>Kutsutut numerot</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Nyt vuorossa</translation>
    </message>
    <message>
        <source>Information is not up to date</source>
        <translation>Tiedot eivät ole ajan tasalla</translation>
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
    <name>IssueDialog</name>
    <message>
        <source>Issue a ticket</source>
        <translation>Anna vuoronumero</translation>
    </message>
    <message>
        <source>&amp;Services, in this order:</source>
        <translation>&amp;Palvelut tässä järjestyksessä:</translation>
    </message>
    <message>
        <source>&amp;Life event:</source>
        <translation>&amp;Elämäntilanne:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei etusijaa</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>vapaaehtoinen</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;language:</source>
        <translation>Asiakkaan &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Etu&amp;sija:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>Anna vuoronumero</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Valitse kieli</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>Mitä asiaa sinulla on?</translation>
    </message>
    <message>
        <source>Choose the agency whose services you need.</source>
        <translation>Valitse virasto, jonka palveluja tarvitset.</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Ota vuoronumero</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>Vuoronumerosi on</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Ilmoittaudu varatulle ajalle</translation>
    </message>
    <message>
        <source>Type the six-character booking code from your appointment confirmation.</source>
        <translation>Kirjoita varausvahvistuksessa oleva kuusimerkkinen varauskoodi.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista merkki</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Ilmoittaudu</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Elämäntilanteet</translation>
    </message>
    <message>
        <source>One ticket for several services</source>
        <translation>Yksi vuoronumero useaan palveluun</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Minulla on ajanvaraus</translation>
    </message>
    <message>
        <source>Check in with your booking code</source>
        <translation>Ilmoittaudu varauskoodilla</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Odota hetki…</translation>
    </message>
    <message>
        <source>The ticket machine cannot reach the queue just now. Please ask the lobby guide.</source>
        <translation>Vuoronumerolaite ei juuri nyt saa yhteyttä jonoon. Kysy apua aulaohjaajalta.</translation>
    </message>
    <message>
        <source>Choose one or more services, then take a ticket.</source>
        <translation>Valitse yksi tai useampi palvelu ja ota sitten vuoronumero.</translation>
    </message>
    <message>
        <source>Choose what is happening in your life. One ticket takes you through every service it needs, in order.</source>
        <translation>Valitse elämäntilanteesi. Yhdellä vuoronumerolla pääset kaikkiin tarvittaviin palveluihin järjestyksessä.</translation>
    </message>
    <message>
        <source>No ticket could be issued just now. Please ask the lobby guide.</source>
        <translation>Vuoronumeroa ei juuri nyt voitu antaa. Kysy apua aulaohjaajalta.</translation>
    </message>
    <message>
        <source>Printing failed, please ask the lobby guide; your number is {ticket}.</source>
        <translation>Tulostus ei onnistunut. Kysy apua aulaohjaajalta. Vuoronumerosi on {ticket}.</translation>
    </message>
    <message>
        <source>Watch the screen for your number. Touch to finish.</source>
        <translation>Seuraa numeroasi näytöltä. Lopeta koskettamalla.</translation>
    </message>
    <message>
        <source>Take your ticket and watch the screen for your number. Touch to finish.</source>
        <translation>Ota vuoronumerosi ja seuraa numeroasi näytöltä. Lopeta koskettamalla.</translation>
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
    <name>Queue</name>
    <message>
        <source>Choose at least one service.</source>
        <translation>Valitse vähintään yksi palvelu.</translation>
    </message>
    <message>
        <source>One visit can hold at most {limit} services.</source>
        <translation>Yhteen asiointiin voi kuulua enintään {limit} palvelua.</translation>
    </message>
    <message>
        <source>Unknown service {unknown}. Services: {known}.</source>
        <translation>Tuntematon palvelu {unknown}. Palvelut: {known}.</translation>
    </message>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Tuntematon elämäntilanne {code}. Elämäntilanteet: {known}.</translation>
    </message>
    <message>
        <source>Only advisors, specialists and supervisors call tickets.</source>
        <translation>Vain palveluneuvojat, asiantuntijat ja esihenkilöt voivat kutsua vuoronumeroita.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is still at your counter. Finish, transfer or park it before calling the next one.</source>
        <translation>Vuoronumero {ticket} on yhä palvelupisteessäsi. Merkitse se valmiiksi, siirrä se tai siirrä se sivuun ennen kuin kutsut seuraavan.</translation>
    </message>
    <message>
        <source>That ticket no longer exists.</source>
        <translation>Vuoronumeroa ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is at another counter.</source>
        <translation>Vuoronumero {ticket} on toisessa palvelupisteessä.</translation>
    </message>
    <message>
        <source>Unknown counter {code}. Counters: {known}.</source>
        <translation>Tuntematon palvelupiste {code}. Palvelupisteet: {known}.</translation>
    </message>
    <message>
        <source>Unknown staff member {username}.</source>
        <translation>Tuntematon työntekijä {username}.</translation>
    </message>
    <message>
        <source>Choose a service, a counter or a person to transfer to.</source>
        <translation>Valitse palvelu, palvelupiste tai henkilö, jolle siirretään.</translation>
    </message>
    <message>
        <source>Only lobby guides, advisors, specialists and supervisors add services.</source>
        <translation>Vain aulaohjaajat, palveluneuvojat, asiantuntijat ja esihenkilöt voivat lisätä palveluja.</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>Asiointia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Visit {ticket} has ended; issue a new ticket for the new service.</source>
        <translation>Asiointi {ticket} on päättynyt; anna uudelle palvelulle uusi vuoronumero.</translation>
    </message>
    <message>
        <source>No ticket {ticket} today.</source>
        <translation>Vuoronumeroa {ticket} ei ole tänään.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Aika on jo mennyt.</translation>
    </message>
    <message>
        <source>No appointment with booking code {code}. Check the code or ask at the lobby.</source>
        <translation>Varauskoodilla {code} ei löydy ajanvarausta. Tarkista koodi tai kysy apua aulaohjaajalta.</translation>
    </message>
    <message>
        <source>The appointment {code} has already been checked in or cancelled.</source>
        <translation>Ajanvaraukselle {code} on jo ilmoittauduttu, tai varaus on peruttu.</translation>
    </message>
    <message>
        <source>The appointment {code} is at {time}; check in at most two hours before.</source>
        <translation>Ajanvarauksen {code} aika on {time}. Ilmoittautua voi aikaisintaan kaksi tuntia ennen.</translation>
    </message>
    <message>
        <source>The appointment {code} was at {time}; please take a queue ticket instead.</source>
        <translation>Ajanvarauksen {code} aika oli {time}. Ota sen sijaan vuoronumero.</translation>
    </message>
    <message>
        <source>Only lobby guides, advisors, specialists and supervisors change appointments.</source>
        <translation>Vain aulaohjaajat, palveluneuvojat, asiantuntijat ja esihenkilöt voivat muuttaa ajanvarauksia.</translation>
    </message>
    <message>
        <source>No appointment with booking code {code}.</source>
        <translation>Varauskoodilla {code} ei löydy ajanvarausta.</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>The command failed unexpectedly ({reason}); the log file has the details.</source>
        <translation>Komento epäonnistui odottamatta ({reason}); lisätiedot ovat lokitiedostossa.</translation>
    </message>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Tuntematon elämäntilanne {code}. Elämäntilanteet: {known}.</translation>
    </message>
    <message>
        <source>Name at least one service or --life-event CODE. Services: {known}.</source>
        <translation>Anna vähintään yksi palvelu tai --life-event CODE. Palvelut: {known}.</translation>
    </message>
    <message>
        <source>{position}. {code}: {name}</source>
        <translation>{position}. {code}: {name}</translation>
    </message>
    <message>
        <source>Estimated wait: {minutes} min</source>
        <translation>Arvioitu odotus: {minutes} min</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Miksi: {reason}</translation>
    </message>
    <message>
        <source>Nothing to call for {username} at {counter}: no waiting ticket in their services.</source>
        <translation>Ei kutsuttavaa käyttäjälle {username} palvelupisteessä {counter}: käyttäjän palveluissa ei ole odottavia vuoronumeroita.</translation>
    </message>
    <message>
        <source>{code}: {name}, to {counter} ({staff})</source>
        <translation>{code}: {name}, palvelupisteeseen {counter} ({staff})</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>Odottavia: {count}</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>VUORONUMERO</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>PALVELU</translation>
    </message>
    <message>
        <source>WAITED (MIN)</source>
        <translation>ODOTTANUT (MIN)</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>KIELI</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>ETUSIJA</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>VAIHE</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>ODOTTAVIA</translation>
    </message>
    <message>
        <source>LONGEST (MIN)</source>
        <translation>PISIN (MIN)</translation>
    </message>
    <message>
        <source>TARGET (MIN)</source>
        <translation>TAVOITE (MIN)</translation>
    </message>
    <message>
        <source>ESTIMATE (MIN)</source>
        <translation>ARVIO (MIN)</translation>
    </message>
    <message>
        <source>{code} done ({staff} at {counter}).</source>
        <translation>{code} valmis ({staff}, palvelupiste {counter}).</translation>
    </message>
    <message>
        <source>Next for this visit: {code}, in the queue since {time}.</source>
        <translation>Asioinnin seuraava palvelu: {code}, jonossa klo {time} alkaen.</translation>
    </message>
    <message>
        <source>Transferred from {old} to {new}; it keeps its place in the queue (since {time}).</source>
        <translation>Siirretty palvelusta {old} palveluun {new}; jonopaikka säilyy (jonossa klo {time} alkaen).</translation>
    </message>
</context>
<context>
    <name>QueueZone</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottavia</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <source>Estimated wait for a new ticket</source>
        <translation>Arvioitu odotus uudelle vuoronumerolle</translation>
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
        <source>~%n min</source>
        <translation>
            <numerusform>~%n min</numerusform>
            <numerusform>~%n min</numerusform>
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
    <name>Reasons</name>
    <message>
        <source>appointment at {time}</source>
        <translation>ajanvaraus klo {time}</translation>
    </message>
    <message>
        <source>priority ({priority})</source>
        <translation>etusija ({priority})</translation>
    </message>
    <message>
        <source>waited {waited} min, target {target} min</source>
        <translation>odottanut {waited} min, tavoite {target} min</translation>
    </message>
    <message>
        <source>transferred to you or your counter</source>
        <translation>siirretty sinulle tai palvelupisteellesi</translation>
    </message>
    <message>
        <source>longest waiting in {service} ({waited} min)</source>
        <translation>pisimpään odottanut: {service} ({waited} min)</translation>
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
    <name>Serving</name>
    <message>
        <source>Call next</source>
        <translation>Kutsu seuraava</translation>
    </message>
    <message>
        <source>Call the next ticket to your counter</source>
        <translation>Kutsu seuraava vuoronumero palvelupisteeseesi</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Kutsu uudelleen</translation>
    </message>
    <message>
        <source>Call the same ticket again on the lobby display</source>
        <translation>Kutsu sama vuoronumero uudelleen aulan näytölle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>The visitor has arrived at your counter</source>
        <translation>Asiakas on saapunut palvelupisteeseesi</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>The visitor did not come</source>
        <translation>Asiakas ei saapunut</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>Hand the visitor to another service, counter or person; they keep their place</source>
        <translation>Siirrä asiakas toiseen palveluun, palvelupisteeseen tai henkilölle; jonopaikka säilyy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>This service is done; the visit&apos;s next service waits for its turn</source>
        <translation>Tämä palvelu on valmis; asioinnin seuraava palvelu odottaa vuoroaan</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Siirrä sivuun</translation>
    </message>
    <message>
        <source>Set this ticket aside and call the next one</source>
        <translation>Siirrä tämä vuoronumero sivuun ja kutsu seuraava</translation>
    </message>
    <message>
        <source>Ask a specialist</source>
        <translation>Pyydä asiantuntija</translation>
    </message>
    <message>
        <source>Asking a remote specialist arrives in a later version of Tiski.</source>
        <translation>Etäasiantuntijan pyytäminen tulee käyttöön Tiskin myöhemmässä versiossa.</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Lisää palvelu…</translation>
    </message>
    <message>
        <source>Add another service to this visit; it keeps the visit&apos;s place</source>
        <translation>Lisää käynnille toinen palvelu; käynti säilyttää paikkansa jonossa</translation>
    </message>
    <message>
        <source>Issue ticket…</source>
        <translation>Anna vuoronumero…</translation>
    </message>
    <message>
        <source>Issue a ticket for a visitor</source>
        <translation>Anna asiakkaalle vuoronumero</translation>
    </message>
    <message>
        <source>Appointments…</source>
        <translation>Ajanvaraukset…</translation>
    </message>
    <message>
        <source>Today&apos;s appointments, booking and check-in</source>
        <translation>Päivän ajanvaraukset, varaaminen ja ilmoittautuminen</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>No one is waiting for your services.</source>
        <translation>Palveluihisi ei odota ketään.</translation>
    </message>
    <message>
        <source>Called %1: %2</source>
        <translation>Kutsuttu %1: %2</translation>
    </message>
    <message>
        <source>%1 did not come after the recalls: marked as a no-show.</source>
        <translation>%1 ei saapunut uusintakutsuista huolimatta: merkitty tilaan ”ei saapunut”.</translation>
    </message>
    <message>
        <source>Finish, transfer or park the current ticket first.</source>
        <translation>Merkitse ensin nykyinen vuoronumero valmiiksi, siirrä se tai siirrä se sivuun.</translation>
    </message>
    <message>
        <source>%1 transferred.</source>
        <translation>%1 siirretty.</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lisää palvelu</translation>
    </message>
    <message>
        <source>Service to add to visit %1:</source>
        <translation>Käynnille %1 lisättävä palvelu:</translation>
    </message>
    <message>
        <source>%1: service added.</source>
        <translation>%1: palvelu lisätty.</translation>
    </message>
    <message>
        <source>Ticket %1 issued, estimated wait about %2 min.</source>
        <translation>Vuoronumero %1 annettu, arvioitu odotus noin %2 min.</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>Vuoronumero annettu</translation>
    </message>
    <message>
        <source>Booked: code %1</source>
        <translation>Varattu: varauskoodi %1</translation>
    </message>
    <message>
        <source>Checked in: ticket %1</source>
        <translation>Ilmoittautunut: vuoronumero %1</translation>
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
    <name>StepStates</name>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>called</source>
        <translation>kutsuttu</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>palveltavana</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>ei saapunut</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>siirretty</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>called</source>
        <translation>kutsuttu</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>kutsuttu uudelleen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>aloitettu</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>ei saapunut</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>siirretty</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>siirretty sivuun</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>otettu takaisin</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>palveltavana</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>ei saapunut</translation>
    </message>
    <message>
        <source>Ticket {ticket} cannot be {action}: it is {state} (last changed by {who} at {when}).</source>
        <translation>Vuoronumeroa {ticket} ei voi merkitä: ”{action}”. Nykyinen tila: ”{state}” (viimeksi muuttanut {who} klo {when}).</translation>
    </message>
    <message>
        <source>Ticket {ticket} cannot be {action}: it is {state}.</source>
        <translation>Vuoronumeroa {ticket} ei voi merkitä: ”{action}”. Nykyinen tila: ”{state}”.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is already parked.</source>
        <translation>Vuoronumero {ticket} on jo siirretty sivuun.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is not parked.</source>
        <translation>Vuoronumeroa {ticket} ei ole siirretty sivuun.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>You are next in line</source>
        <translation>Olet seuraavana vuorossa</translation>
    </message>
    <message>
        <source>Estimated wait about {minutes} min</source>
        <translation>Arvioitu odotus noin {minutes} min</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Vuoronumerosi</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Watch the screen for your number.</source>
        <translation>Seuraa numeroasi näytöltä.</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>My ticket</source>
        <translation>Oma vuoronumero</translation>
    </message>
    <message>
        <source>No ticket at your counter</source>
        <translation>Ei vuoronumeroa palvelupisteessäsi</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Ota takaisin</translation>
    </message>
    <message>
        <source>Parked:</source>
        <translation>Sivussa:</translation>
    </message>
    <message numerus="yes">
        <source>recalled %n times</source>
        <translation>
            <numerusform>kutsuttu uudelleen %n kerran</numerusform>
            <numerusform>kutsuttu uudelleen %n kertaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this ticket: %1</source>
        <translation>Miksi tämä vuoronumero: %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Siirrä %1</translation>
    </message>
    <message>
        <source>same service</source>
        <translation>sama palvelu</translation>
    </message>
    <message>
        <source>any counter</source>
        <translation>mikä tahansa palvelupiste</translation>
    </message>
    <message>
        <source>anyone with the skill</source>
        <translation>kuka tahansa, jolla on osaaminen</translation>
    </message>
    <message>
        <source>The visitor keeps their place in the queue.</source>
        <translation>Asiakkaan jonopaikka säilyy.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Pal&amp;velu:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Palvelupiste:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Henkilö:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Siirrä</translation>
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
    <message>
        <source>anonymous visitor</source>
        <translation>nimetön asiakas</translation>
    </message>
</context>
</TS>
