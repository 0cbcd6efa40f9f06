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
    <name>Accounts</name>
    <message>
        <source>The user name or the password is not right. Check them (is Caps Lock on?) and try again; if you have forgotten your password, ask IT.</source>
        <translation>Käyttäjätunnus tai salasana ei ole oikein. Tarkista ne (onko Caps Lock päällä?) ja yritä uudelleen; jos olet unohtanut salasanasi, pyydä apua IT-tuelta.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name. Try again in {minutes} min, or ask IT to check the account.</source>
        <translation>Tällä käyttäjätunnuksella on liian monta epäonnistunutta kirjautumista. Yritä uudelleen {minutes} min kuluttua tai pyydä IT-tukea tarkistamaan tili.</translation>
    </message>
    <message>
        <source>The new password is too short: use at least {count} characters.</source>
        <translation>Uusi salasana on liian lyhyt: käytä vähintään {count} merkkiä.</translation>
    </message>
    <message>
        <source>The new password contains your user name: choose another one.</source>
        <translation>Uusi salasana sisältää käyttäjätunnuksesi: valitse toinen.</translation>
    </message>
    <message>
        <source>This is a service account of the ticket kiosk or the lobby display; it cannot sign in to the staff console. Sign in with your own account.</source>
        <translation>Tämä on lippuautomaatin tai aulanäytön palvelutili, eikä sillä voi kirjautua henkilökunnan konsoliin. Kirjaudu omalla tunnuksellasi.</translation>
    </message>
    <message>
        <source>The current password is not right; the password was not changed.</source>
        <translation>Nykyinen salasana ei ole oikein; salasanaa ei vaihdettu.</translation>
    </message>
</context>
<context>
    <name>AdminForms</name>
    <message>
        <source>{stem} (Finnish)</source>
        <translation>{stem} (suomeksi)</translation>
    </message>
    <message>
        <source>{stem} (Swedish)</source>
        <translation>{stem} (ruotsiksi)</translation>
    </message>
    <message>
        <source>{stem} (English)</source>
        <translation>{stem} (englanniksi)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Ensimmäinen ylläpitäjä</translation>
    </message>
    <message>
        <source>Your own account as IT: you sign in with it, and add the other staff members in the admin window or with tiski staff add.</source>
        <translation>Oma IT-tunnuksesi: kirjaudut sillä ja lisäät muun henkilökunnan ylläpitoikkunassa tai komennolla tiski staff add.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Koko &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Toista salasana:</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and must not contain the user name.</source>
        <translation>Salasanassa on oltava vähintään %1 merkkiä, eikä siinä saa olla käyttäjätunnusta.</translation>
    </message>
    <message>
        <source>The passwords are not the same. Type them again.</source>
        <translation>Salasanat eivät ole samat. Kirjoita ne uudelleen.</translation>
    </message>
</context>
<context>
    <name>AdminPlan</name>
    <message>
        <source>The desk</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Virastot</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Elämäntilanteet</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Muistiinpanopohjat</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lisätään</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutetaan</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>poistetaan käytöstä</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>palautetaan käyttöön</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>poistetaan</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {retired} retired, {restored} brought back</source>
        <translation>{added} lisätään, {changed} muutetaan, {retired} poistetaan käytöstä, {restored} palautetaan</translation>
    </message>
    <message>
        <source>Refused: nothing will be applied</source>
        <translation>Torjuttu: mitään ei oteta käyttöön</translation>
    </message>
    <message>
        <source>Nothing to change: the desk is already so.</source>
        <translation>Ei muutettavaa: toimipiste on jo tällainen.</translation>
    </message>
</context>
<context>
    <name>AdminTabs</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Lyhyt nimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>Lisää virasto</translation>
    </message>
    <message>
        <source>Retire the agency</source>
        <translation>Poista virasto käytöstä</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Virasto</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Etuliite</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Tavoiteodotus</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Laitteessa</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Lisää palvelu</translation>
    </message>
    <message>
        <source>Retire the service</source>
        <translation>Poista palvelu käytöstä</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etä</translation>
    </message>
    <message>
        <source>Add a counter</source>
        <translation>Lisää palvelupiste</translation>
    </message>
    <message>
        <source>Retire the counter</source>
        <translation>Poista palvelupiste käytöstä</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Osaaminen</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Lisää työntekijä</translation>
    </message>
    <message>
        <source>Retire the staff member</source>
        <translation>Poista työntekijä käytöstä</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Add a life event</source>
        <translation>Lisää elämäntilanne</translation>
    </message>
    <message>
        <source>Retire the life event</source>
        <translation>Poista elämäntilanne käytöstä</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Uusi pohja</translation>
    </message>
    <message>
        <source>Add a note template</source>
        <translation>Lisää muistiinpanopohja</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Poista pohja</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Set up the desk – Tiski</source>
        <translation>Toimipisteen asetukset – Tiski</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>T&amp;oimipiste</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>&amp;Virastot</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Palvelut</translation>
    </message>
    <message>
        <source>C&amp;ounters</source>
        <translation>Pa&amp;lvelupisteet</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Henkilöstö</translation>
    </message>
    <message>
        <source>&amp;Life events</source>
        <translation>&amp;Elämäntilanteet</translation>
    </message>
    <message>
        <source>&amp;Note templates</source>
        <translation>&amp;Muistiinpanopohjat</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Tarkista ja ota käyttöön…</translation>
    </message>
    <message>
        <source>Show what would change, then apply it</source>
        <translation>Näytä, mikä muuttuisi, ja ota muutokset sitten käyttöön</translation>
    </message>
    <message>
        <source>&amp;Undo last change…</source>
        <translation>&amp;Kumoa viimeisin muutos…</translation>
    </message>
    <message>
        <source>Apply the desk as it was before this window's last apply</source>
        <translation>Palauta toimipiste sellaiseksi kuin se oli ennen tämän ikkunan viimeisintä käyttöönottoa</translation>
    </message>
    <message>
        <source>D&amp;iscard edits</source>
        <translation>H&amp;ylkää muokkaukset</translation>
    </message>
    <message>
        <source>Read the desk again from the database</source>
        <translation>Lue toimipiste uudelleen tietokannasta</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>Vie tie&amp;dostoon…</translation>
    </message>
    <message>
        <source>Write what is shown here as a desk file, e.g. for version control</source>
        <translation>Tallenna tässä näkyvä toimipistetiedostoksi, esimerkiksi versionhallintaan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Signed in as {name}; changes are audited under your name.</source>
        <translation>Kirjautunut: {name}; muutokset kirjataan tarkastuslokiin nimelläsi.</translation>
    </message>
    <message>
        <source>On PostgreSQL each staff member is a login role of the server, which only the database's owner makes: here you can change skills only. To add, retire or change staff accounts, export the desk to a file and run tiski desk apply FILE with the owner's database URL.</source>
        <translation>PostgreSQL-tietokannassa jokainen työntekijä on palvelimen kirjautumisrooli, jonka vain tietokannan omistaja luo: täällä voit muuttaa vain osaamista. Jos haluat lisätä, poistaa käytöstä tai muuttaa käyttäjätilejä, vie toimipiste tiedostoon ja aja tiski desk apply FILE omistajan tietokanta-URL:llä.</translation>
    </message>
    <message>
        <source>Only IT adds, retires or changes staff members; you can change their skills.</source>
        <translation>Vain IT-tuki lisää, poistaa käytöstä tai muuttaa työntekijöitä; sinä voit muuttaa heidän osaamistaan.</translation>
    </message>
    <message>
        <source>Reading the desk…</source>
        <translation>Luetaan toimipistettä…</translation>
    </message>
    <message>
        <source>{code} also leaves the skills of {staff} staff members, {events} life events, and its {templates} note templates.</source>
        <translation>{code} poistuu myös {staff} työntekijän osaamisesta ja {events} elämäntilanteesta, ja sen {templates} muistiinpanopohjaa poistetaan.</translation>
    </message>
    <message>
        <source>Fix these before applying:</source>
        <translation>Korjaa nämä ennen käyttöönottoa:</translation>
    </message>
    <message>
        <source>Edits not applied yet: review them and apply.</source>
        <translation>Muokkauksia ei ole vielä otettu käyttöön: tarkista ne ja ota käyttöön.</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Tarkista ja ota käyttöön</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Kumoa viimeisin muutos</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Selvitetään, mikä muuttuisi…</translation>
    </message>
    <message>
        <source>Applied: {counts}.</source>
        <translation>Otettu käyttöön: {counts}.</translation>
    </message>
    <message>
        <source>Applying failed: {error}</source>
        <translation>Käyttöönotto epäonnistui: {error}</translation>
    </message>
    <message>
        <source>The desk could not be reached: {error}</source>
        <translation>Toimipisteen tietokantaan ei saatu yhteyttä: {error}</translation>
    </message>
    <message>
        <source>Set up the desk</source>
        <translation>Toimipisteen asetukset</translation>
    </message>
    <message>
        <source>Export the desk to a file</source>
        <translation>Vie toimipiste tiedostoon</translation>
    </message>
    <message>
        <source>Desk files (*.toml);;All files (*)</source>
        <translation>Toimipistetiedostot (*.toml);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Fix the problems listed below the tabs before exporting.</source>
        <translation>Korjaa välilehtien alla luetellut ongelmat ennen vientiä.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tallennettu: {path}</translation>
    </message>
    <message>
        <source>The desk has edits that are not applied. Apply them before closing?</source>
        <translation>Toimipisteessä on muokkauksia, joita ei ole otettu käyttöön. Otetaanko ne käyttöön ennen sulkemista?</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Ota käyttöön…</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>&amp;Hylkää muokkaukset</translation>
    </message>
    <message>
        <source>Fix the problems listed below the tabs before applying.</source>
        <translation>Korjaa välilehtien alla luetellut ongelmat ennen käyttöönottoa.</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Lyhyt nimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Consultation answered within</source>
        <translation>Konsultaatioon vastataan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <source>No panel for this agency is installed on this computer yet. IT can install the agency's plugin; the queue and notes work without it.</source>
        <translation>Tämän viraston paneelia ei ole vielä asennettu tähän tietokoneeseen. IT-tuki voi asentaa viraston laajennuksen; jono ja muistiinpanot toimivat ilman sitäkin.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>● in service</source>
        <translation>● toiminnassa</translation>
    </message>
    <message>
        <source>● slow</source>
        <translation>● hidas</translation>
    </message>
    <message>
        <source>● not reachable</source>
        <translation>● ei tavoitettavissa</translation>
    </message>
    <message>
        <source>● checking…</source>
        <translation>● tarkistetaan…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>%1 (slow)</source>
        <translation>%1 (hidas)</translation>
    </message>
    <message>
        <source>%1 (not reachable)</source>
        <translation>%1 (ei yhteyttä)</translation>
    </message>
    <message>
        <source>The panel ran into an error: %1</source>
        <translation>Paneelissa tapahtui virhe: %1</translation>
    </message>
    <message>
        <source>This panel failed repeatedly and is switched off until Tiski starts again. The queue and the notes work without it. Last error: %1</source>
        <translation>Tämä paneeli on kaatunut toistuvasti, ja se on poissa käytöstä, kunnes Tiski käynnistetään uudelleen. Jono ja muistiinpanot toimivat ilman sitä. Viimeisin virhe: %1</translation>
    </message>
    <message>
        <source>The panel stopped unexpectedly; it starts again in %1 s.</source>
        <translation>Paneeli pysähtyi odottamatta; se käynnistyy uudelleen %1 sekunnin kuluttua.</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <source>Ticket number {ticket}, {counter}</source>
        <translation>Vuoronumero {ticket}, {counter}</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>booked</source>
        <translation>varattu</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>saapunut</translation>
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
</context>
<context>
    <name>AppointmentsPage</name>
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
        <translation>Koodi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Today's appointments</source>
        <translation>Tämän päivän ajanvaraukset</translation>
    </message>
    <message>
        <source>booking code</source>
        <translation>varauskoodi</translation>
    </message>
    <message>
        <source>&amp;Booking code:</source>
        <translation>&amp;Varauskoodi:</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Ilmoita saapuneeksi</translation>
    </message>
</context>
<context>
    <name>AskSpecialistDialog</name>
    <message>
        <source>Ask a specialist</source>
        <translation>Pyydä asiantuntija avuksi</translation>
    </message>
    <message>
        <source>The agency's specialists who are available see your request; the first to accept joins the visit by video.</source>
        <translation>Viraston tavoitettavissa olevat asiantuntijat näkevät pyyntösi; ensimmäinen pyynnön vastaanottava asiantuntija liittyy asiointiin videon välityksellä.</translation>
    </message>
    <message>
        <source>optional, e.g. housing allowance</source>
        <translation>vapaaehtoinen, esim. asumistuki</translation>
    </message>
    <message>
        <source>What should the specialist help with?</source>
        <translation>Missä asiantuntijan pitäisi auttaa?</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Virasto:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Kysymys:</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Mitä jaetaan</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Lähetä pyyntö</translation>
    </message>
    <message>
        <source>Specialists: %1</source>
        <translation>Asiantuntijat: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>%1 available, %2 busy, %3 away</source>
        <translation>%1 tavoitettavissa, %2 varattuna, %3 poissa</translation>
    </message>
    <message>
        <source>No %1 specialist is available right now; the request waits until its time runs out.</source>
        <translation>Yksikään asiantuntija (%1) ei ole juuri nyt tavoitettavissa; pyyntö odottaa, kunnes sen voimassaoloaika päättyy.</translation>
    </message>
    <message>
        <source>The specialist sees the visitor's name and birth date (the identity code masked), the desk's shared notes of this case and the agency's own notes.</source>
        <translation>Asiantuntija näkee asiakkaan nimen ja syntymäajan (henkilötunnus peitettynä), tämän asian koko toimipisteelle jaetut muistiinpanot sekä viraston omat muistiinpanot.</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with %1: the specialist sees only your question and the agency's own notes. Record the consent first if more is needed.</source>
        <translation>Asiakas ei ole suostunut jakamaan tätä asiaa tälle virastolle (%1): asiantuntija näkee vain kysymyksesi ja viraston omat muistiinpanot. Jos tietoja tarvitaan enemmän, kirjaa ensin suostumus.</translation>
    </message>
    <message>
        <source>Shorten the question; put the details into a note of the case.</source>
        <translation>Lyhennä kysymystä; kirjaa yksityiskohdat asian muistiinpanoon.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>case opened</source>
        <translation>asia avattu</translation>
    </message>
    <message>
        <source>visitor identified</source>
        <translation>asiakas tunnistettu</translation>
    </message>
    <message>
        <source>identity code shown in full</source>
        <translation>henkilötunnus näytetty kokonaan</translation>
    </message>
    <message>
        <source>note written</source>
        <translation>muistiinpano kirjoitettu</translation>
    </message>
    <message>
        <source>note amended</source>
        <translation>muistiinpano korjattu</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>suostumus kirjattu</translation>
    </message>
    <message>
        <source>notes searched</source>
        <translation>muistiinpanoja haettu</translation>
    </message>
    <message>
        <source>audit trail exported</source>
        <translation>tarkastusloki viety</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>asia poistettu</translation>
    </message>
    <message>
        <source>visitor's data exported</source>
        <translation>asiakkaan tiedot viety</translation>
    </message>
    <message>
        <source>legal hold changed</source>
        <translation>säilytysmääräystä muutettu</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation>Asian %1 tarkastusloki</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), oldest first</source>
        <translation>
            <numerusform>%n tapahtuma, vanhimmat ensin</numerusform>
            <numerusform>%n tapahtumaa, vanhimmat ensin</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Tiski (no person)</source>
        <translation>Tiski (ei henkilöä)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Vie tarkastusloki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Toimintokoodi</translation>
    </message>
</context>
<context>
    <name>BlocksArea</name>
    <message>
        <source>%1 more rows are not shown: the panel sent more than the console draws.</source>
        <translation>%1 riviä lisää jää näyttämättä: paneeli lähetti enemmän kuin konsoli piirtää.</translation>
    </message>
</context>
<context>
    <name>BookingQuestion</name>
    <message>
        <source>Cancel booking</source>
        <translation>Peru varaus</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 for %2 at %3?</source>
        <translation>Perutaanko asiakkaan %1 varaus palveluun %2 ajalle %3?</translation>
    </message>
    <message>
        <source>Cancel booking %1 for %2 at %3?</source>
        <translation>Perutaanko varaus %1 palveluun %2 ajalle %3?</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>Mark that %1 did not come to the appointment for %2 at %3?</source>
        <translation>Merkitäänkö, ettei %1 saapunut varattuun aikaan palveluun %2 (%3)?</translation>
    </message>
    <message>
        <source>Mark that the visitor of booking %1 did not come to %2 at %3?</source>
        <translation>Merkitäänkö, ettei varauksen %1 asiakas saapunut palveluun %2 (%3)?</translation>
    </message>
    <message>
        <source>Booking code %1 can no longer be checked in. This cannot be undone.</source>
        <translation>Varauskoodilla %1 ei voi enää ilmoittautua. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Pidä varaus</translation>
    </message>
</context>
<context>
    <name>Breaks</name>
    <message>
        <source>lunch</source>
        <translation>lounas</translation>
    </message>
    <message>
        <source>coffee break</source>
        <translation>kahvitauko</translation>
    </message>
    <message>
        <source>back-office work</source>
        <translation>taustatyö</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>palaveri</translation>
    </message>
    <message>
        <source>away</source>
        <translation>poissa</translation>
    </message>
</context>
<context>
    <name>Broker</name>
    <message>
        <source>This panel is not set up in the console.</source>
        <translation>Tätä paneelia ei ole otettu käyttöön konsolissa.</translation>
    </message>
    <message>
        <source>The panel asked for an address outside its back office.</source>
        <translation>Paneeli pyysi osoitetta oman taustajärjestelmänsä ulkopuolelta.</translation>
    </message>
    <message>
        <source>The back office at {host} sent an answer too large to hand to the panel.</source>
        <translation>Taustajärjestelmä ({host}) lähetti vastauksen, joka on liian suuri välitettäväksi paneelille.</translation>
    </message>
    <message>
        <source>The panel asked for a call the console does not make.</source>
        <translation>Paneeli pyysi kutsua, jota konsoli ei tee.</translation>
    </message>
    <message>
        <source>The visitor changed before the back office answered.</source>
        <translation>Asiakas vaihtui ennen kuin taustajärjestelmä vastasi.</translation>
    </message>
    <message>
        <source>The panel's call could not be made.</source>
        <translation>Paneelin kutsua ei voitu tehdä.</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>Wrote {count} audit events of case {case} to {file}.</source>
        <translation>Asian {case} tarkastuslokin tapahtumat ({count} kpl) kirjoitettiin tiedostoon {file}.</translation>
    </message>
    <message>
        <source>Cutoff: {cutoff} ({days} days ago); cases inactive since before it.</source>
        <translation>Raja-aika: {cutoff} ({days} päivää sitten); koskee asioita, joissa ei ole ollut tapahtumia sen jälkeen.</translation>
    </message>
    <message>
        <source>Kept under legal hold: {held} cases.</source>
        <translation>Säilytysmääräyksen vuoksi jätetty poistamatta: asioita {held}.</translation>
    </message>
    <message>
        <source>Case {case} is under legal hold: the retention run keeps it until the hold is released.</source>
        <translation>Asialla {case} on säilytysmääräys: poistoajo säilyttää asian, kunnes säilytysmääräys puretaan.</translation>
    </message>
    <message>
        <source>Legal hold released on case {case}: the retention run deletes it once it has been inactive long enough.</source>
        <translation>Asian {case} säilytysmääräys purettiin: poistoajo poistaa asian, kun siinä ei ole ollut tapahtumia riittävän pitkään aikaan.</translation>
    </message>
    <message>
        <source>Identity code (not shown): </source>
        <translation>Henkilötunnus (ei näytetä): </translation>
    </message>
    <message>
        <source>No data is held about this visitor.</source>
        <translation>Tästä asiakkaasta ei ole tallennettu tietoja.</translation>
    </message>
    <message>
        <source>Nothing was written to {file}.</source>
        <translation>Tiedostoon {file} ei kirjoitettu mitään.</translation>
    </message>
    <message>
        <source>Wrote {file} (readable by its owner only): {cases} cases, {notes} notes, {visits} visits.</source>
        <translation>Kirjoitettiin tiedosto {file} (vain omistajan luettavissa): asioita {cases}, muistiinpanoja {notes}, asiointeja {visits}.</translation>
    </message>
    <message>
        <source>The desk's identity key (64 hexadecimal characters): </source>
        <translation>Toimipisteen tunnisteavain (64 heksadesimaalimerkkiä): </translation>
    </message>
    <message>
        <source>New identity key, shown only this once:</source>
        <translation>Uusi tunnisteavain, näytetään vain tämän kerran:</translation>
    </message>
    <message>
        <source>Every console of a shared desk database needs this same key, or returning visitors are not recognised: set it on each of them with tiski identity set-key, and keep a copy where IT keeps its secrets. Never generate a new key for a database already in use.</source>
        <translation>Yhteisen toimipistetietokannan jokaisella työasemalla on oltava tämä sama avain, muuten palaavia asiakkaita ei tunnisteta: aseta avain jokaiselle työasemalle komennolla tiski identity set-key ja säilytä kopio siellä, missä IT-tuki säilyttää salaiset tietonsa. Älä koskaan luo uutta avainta tietokannalle, joka on jo käytössä.</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written. Choose another name, or add --force to replace it.</source>
        <translation>{file} on jo olemassa; mitään ei kirjoitettu. Valitse toinen nimi tai korvaa tiedosto lisäämällä --force.</translation>
    </message>
    <message>
        <source>Dry run, nothing was deleted. Would delete: {cases} cases, {notes} notes; would forget the visitor of {visits} visits.</source>
        <translation>Koeajo, mitään ei poistettu. Poistettaisiin: {cases} asiaa, {notes} merkintää; {visits} käynnin asiakastiedot unohdettaisiin.</translation>
    </message>
    <message>
        <source>Deleted: {cases} cases, {notes} notes; forgot the visitor of {visits} visits.</source>
        <translation>Poistettu: {cases} asiaa, {notes} merkintää; {visits} käynnin asiakastiedot unohdettu.</translation>
    </message>
    <message>
        <source>--from-keyring moves a console's key into a PostgreSQL desk database; on the embedded database the keyring already holds the key.</source>
        <translation>--from-keyring siirtää konsolin avaimen PostgreSQL-tietokantaan; sulautetun tietokannan avain on jo avainnipussa.</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}), so the key it may hold cannot be backed up before it is replaced. Unlock the keyring (sign out and in again) and try again.</source>
        <translation>Avainrengasta ei voitu lukea ({reason}), joten siinä mahdollisesti olevaa avainta ei voi varmuuskopioida ennen sen korvaamista. Avaa avainrenkaan lukitus (kirjaudu ulos ja uudelleen sisään) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The key cannot be checked against the one the desk database was set up with, because the database cannot be read: {reason} Try again when it can; IT can add --force to set the key without the check.</source>
        <translation>Avainta ei voi verrata siihen, jolla toimipisteen tietokanta on otettu käyttöön, koska tietokantaa ei voi lukea: {reason} Yritä uudelleen, kun se onnistuu; IT-tuki voi asettaa avaimen ilman tarkistusta lisäämällä --force.</translation>
    </message>
    <message>
        <source>The database has no desk set up yet: the first identity code used there records this key's fingerprint.</source>
        <translation>Tietokantaan ei ole vielä perustettu toimipistettä: ensimmäinen siellä käytetty henkilötunnus tallentaa tämän avaimen sormenjäljen.</translation>
    </message>
    <message>
        <source>Set with --force without checking it against the desk database, which could not be read: run tiski identity status once it can.</source>
        <translation>Asetettu valitsimella --force tarkistamatta sitä toimipisteen tietokantaa vasten, jota ei voitu lukea: aja tiski identity status, kun tietokanta on taas luettavissa.</translation>
    </message>
    <message>
        <source>On PostgreSQL the desk's identity key is kept in the database, where only its owner may write it. Run tiski identity set-key with the owner's database URL (--database), as for tiski staff.</source>
        <translation>PostgreSQL:ssä palvelupisteen tunnistusavain säilytetään tietokannassa, johon vain sen omistaja voi kirjoittaa sen. Aja tiski identity set-key omistajan tietokantaosoitteella (--database), kuten tiski staff.</translation>
    </message>
    <message>
        <source>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the identity codes in the database were hashed with (fingerprint {stored}), so visitors identified so far would no longer be found. Give the desk's key: --from-keyring on a console that has it, or --from-file FILE. Only if you are sure (IT): --force replaces the database's key, backing the one replaced up first.</source>
        <translation>Mitään ei muutettu: tämä avain (sormenjälki {fingerprint}) ei ole se, jolla tietokannan henkilötunnukset on tiivistetty (sormenjälki {stored}), joten tähän asti tunnistettuja asiakkaita ei enää löytyisi. Anna palvelupisteen avain: --from-keyring konsolilla, jolla se on, tai --from-file TIEDOSTO. Vain jos olet varma (IT): --force korvaa tietokannan avaimen ja varmuuskopioi korvattavan ensin.</translation>
    </message>
    <message>
        <source>The key the database held before was saved to {file} (readable only by you). Keep the file where IT keeps its secrets, or delete it once it is not needed.</source>
        <translation>Tietokannan aiempi avain tallennettiin tiedostoon {file} (vain sinun luettavissasi). Säilytä tiedosto siellä, missä IT säilyttää salaisuutensa, tai poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>Identity key stored in the desk database (fingerprint {fingerprint}), readable by its owner only. The database hashes identity codes itself: consoles need no key. Remove the key from the consoles' keyrings and key files (docs/security.md).</source>
        <translation>Tunnistusavain tallennettiin palvelupisteen tietokantaan (sormenjälki {fingerprint}), vain sen omistajan luettavaksi. Tietokanta tiivistää henkilötunnukset itse: konsolit eivät tarvitse avainta. Poista avain konsolien avainnipuista ja avaintiedostoista (docs/security.md).</translation>
    </message>
    <message>
        <source>Nothing was changed: the desk database was set up with an identity key (fingerprint {stored}), and a new key can never match it. Every visitor identified so far would no longer be found at this console. Give this console the desk's key instead: tiski identity set-key (it asks for the key) or --from-file FILE.</source>
        <translation>Mitään ei muutettu: toimipisteen tietokanta on otettu käyttöön tunnisteavaimella (sormenjälki {stored}), eikä uusi avain voi koskaan vastata sitä. Yhtäkään tähän mennessä tunnistettua asiakasta ei enää löytyisi tällä työasemalla. Anna työasemalle sen sijaan toimipisteen avain: tiski identity set-key (kysyy avainta) tai --from-file TIEDOSTO.</translation>
    </message>
    <message>
        <source>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the desk database was set up with (fingerprint {stored}), so visitors identified so far would not be found at this console. Copy the key again from a console of the same desk, or from where IT keeps its secrets.</source>
        <translation>Mitään ei muutettu: tämä avain (sormenjälki {fingerprint}) ei ole se, jolla toimipisteen tietokanta on otettu käyttöön (sormenjälki {stored}), joten tähän mennessä tunnistettuja asiakkaita ei löytyisi tällä työasemalla. Kopioi avain uudelleen saman toimipisteen työasemalta tai sieltä, missä IT-tuki säilyttää salaisuutensa.</translation>
    </message>
    <message>
        <source>Only if you are sure (IT): --force keeps the key on this console anyway; the database keeps its fingerprint.</source>
        <translation>Vain jos olet varma (IT-tuki): --force tallentaa avaimen tälle työasemalle silti; tietokanta säilyttää oman sormenjälkensä.</translation>
    </message>
    <message>
        <source>The key the keyring held before was saved to {file} (readable only by you). To go back to it: tiski identity set-key --from-file {file}. Keep the file where IT keeps its secrets, or delete it once it is not needed.</source>
        <translation>Avainrenkaassa aiemmin ollut avain tallennettiin tiedostoon {file} (vain sinä voit lukea sen). Palataksesi siihen: tiski identity set-key --from-file {file}. Säilytä tiedosto siellä, missä IT-tuki säilyttää salaisuutensa, tai poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>Identity key stored in this computer's keyring (fingerprint {fingerprint}). Check it against the database with tiski identity status.</source>
        <translation>Tunnisteavain tallennettiin tämän tietokoneen avainrenkaaseen (sormenjälki {fingerprint}). Vertaa sitä tietokantaan komennolla tiski identity status.</translation>
    </message>
    <message>
        <source>The desk database holds this key's fingerprint: consoles with another key are refused.</source>
        <translation>Toimipisteen tietokannassa on tämän avaimen sormenjälki: työasemat, joilla on toinen avain, torjutaan.</translation>
    </message>
    <message>
        <source>Set with --force: the desk database was set up with another key (fingerprint {stored}), so identity codes cannot be used at this console until it has that key again.</source>
        <translation>Asetettu valitsimella --force: toimipisteen tietokanta on otettu käyttöön toisella avaimella (sormenjälki {stored}), joten henkilötunnuksia ei voi käyttää tällä työasemalla, ennen kuin sillä on taas se avain.</translation>
    </message>
    <message>
        <source>The keyring comes first, so the key file {file} (identity.key_file) is no longer used on this console.</source>
        <translation>Avainrengas on ensisijainen, joten avaintiedostoa {file} (identity.key_file) ei enää käytetä tällä työasemalla.</translation>
    </message>
    <message>
        <source>This computer's keyring holds no identity key{reason}. Run the command on a console that has the desk's key, or give it with --from-file.</source>
        <translation>Tämän tietokoneen avainnipussa ei ole tunnistusavainta{reason}. Aja komento konsolilla, jolla on palvelupisteen avain, tai anna avain valitsimella --from-file.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Cannot read {file} ({reason}).</source>
        <translation>Tiedostoa {file} ei voi lukea ({reason}).</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); it may be locked.</source>
        <translation>Avainrengasta ei voitu lukea ({reason}); se voi olla lukittu.</translation>
    </message>
    <message>
        <source>Identity key: in this computer's keyring.</source>
        <translation>Tunnisteavain: tämän tietokoneen avainrenkaassa.</translation>
    </message>
    <message>
        <source>Identity key: in the key file {file} (identity.key_file).</source>
        <translation>Tunnisteavain: avaintiedostossa {file} (identity.key_file).</translation>
    </message>
    <message>
        <source>Identity key: in the embedded database's key file {file}, made by this console.</source>
        <translation>Tunnisteavain: sulautetun tietokannan avaintiedostossa {file}, jonka tämä työasema on luonut.</translation>
    </message>
    <message>
        <source>Identity key: none on this console.</source>
        <translation>Tunnisteavain: tällä työasemalla ei ole avainta.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Tietokanta: {url}</translation>
    </message>
    <message>
        <source>This computer's keyring still holds an identity key, which a PostgreSQL desk does not use: once the database holds the desk's key, remove it (python -m keyring del tiski/identity site-key).</source>
        <translation>Tämän tietokoneen avainnipussa on yhä tunnistusavain, jota PostgreSQL-palvelupiste ei käytä: kun palvelupisteen avain on tietokannassa, poista se (python -m keyring del tiski/identity site-key).</translation>
    </message>
    <message>
        <source>Identity key: none in the database yet, so identity codes cannot be used. IT puts the desk's key there: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</source>
        <translation>Tunnistusavain: tietokannassa ei ole vielä avainta, joten henkilötunnuksia ei voi käyttää. IT vie palvelupisteen avaimen sinne: tiski identity set-key --from-keyring (tai --from-file TIEDOSTO) omistajan tietokantaosoitteella.</translation>
    </message>
    <message>
        <source>Identity key: in the desk database (fingerprint {fingerprint}), readable by its owner only; the database hashes identity codes, so consoles need no key.</source>
        <translation>Tunnistusavain: palvelupisteen tietokannassa (sormenjälki {fingerprint}), vain sen omistajan luettavissa; tietokanta tiivistää henkilötunnukset, joten konsolit eivät tarvitse avainta.</translation>
    </message>
    <message>
        <source>The embedded database makes its own key when an identity code is first used.</source>
        <translation>Sulautettu tietokanta luo oman avaimensa, kun henkilötunnusta käytetään ensimmäisen kerran.</translation>
    </message>
    <message>
        <source>Set the desk's key with tiski identity set-key, or name a key file in identity.key_file.</source>
        <translation>Aseta toimipisteen avain komennolla tiski identity set-key tai määritä avaintiedosto asetuksessa identity.key_file.</translation>
    </message>
    <message>
        <source>The database was set up with the key of fingerprint {stored}.</source>
        <translation>Tietokanta on otettu käyttöön avaimella, jonka sormenjälki on {stored}.</translation>
    </message>
    <message>
        <source>Fingerprint of this console's key: {fingerprint}</source>
        <translation>Tämän työaseman avaimen sormenjälki: {fingerprint}</translation>
    </message>
    <message>
        <source>The database has no key fingerprint yet: the first console to use an identity code sets it.</source>
        <translation>Tietokannassa ei ole vielä avaimen sormenjälkeä: se asetetaan, kun jokin työasema käyttää ensimmäisen kerran henkilötunnusta.</translation>
    </message>
    <message>
        <source>The database was set up with this same key: they match.</source>
        <translation>Tietokanta on otettu käyttöön tällä samalla avaimella: avaimet täsmäävät.</translation>
    </message>
    <message>
        <source>The database was set up with another key (fingerprint {stored}), so this console would not recognise returning visitors. Give it the desk's key with tiski identity set-key.</source>
        <translation>Tietokanta on otettu käyttöön toisella avaimella (sormenjälki {stored}), joten tämä työasema ei tunnistaisi palaavia asiakkaita. Anna työasemalle toimipisteen avain komennolla tiski identity set-key.</translation>
    </message>
    <message>
        <source>The backup {file} holds the desk's key: tiski identity set-key --from-file {file}</source>
        <translation>Varmuuskopiossa {file} on toimipisteen avain: tiski identity set-key --from-file {file}</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Identify…</source>
        <translation>Tunnista…</translation>
    </message>
    <message>
        <source>Enter the visitor's identity code or name</source>
        <translation>Anna asiakkaan henkilötunnus tai nimi</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Näytä tunnus</translation>
    </message>
    <message>
        <source>Show the full identity code for 15 seconds (recorded in the audit trail)</source>
        <translation>Näytä koko henkilötunnus 15 sekunnin ajan (kirjataan tarkastuslokiin)</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Suostumus…</translation>
    </message>
    <message>
        <source>Record which agencies the visitor shares with</source>
        <translation>Kirjaa, minkä virastojen kanssa asiakas jakaa tietojaan</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Tarkastusloki…</translation>
    </message>
    <message>
        <source>Continue this case</source>
        <translation>Jatka tätä asiaa</translation>
    </message>
    <message>
        <source>Write a new note instead</source>
        <translation>Kirjoita sen sijaan uusi muistiinpano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Who may read this note</source>
        <translation>Kuka saa lukea tämän muistiinpanon</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Pohja</translation>
    </message>
    <message>
        <source>Insert a checklist for this service</source>
        <translation>Lisää tämän palvelun tarkistuslista</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Tallenna muistiinpano</translation>
    </message>
    <message>
        <source>Save the note into the case (Ctrl+Enter)</source>
        <translation>Tallenna muistiinpano asiaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Visible to:</source>
        <translation>Näkyvyys:</translation>
    </message>
    <message>
        <source>Visitor not identified</source>
        <translation>Asiakasta ei ole tunnistettu</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Asian aikajana</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Haetaan asian tietoja…</translation>
    </message>
    <message>
        <source>The unsaved note of ticket %1 is kept as a draft on this PC.</source>
        <translation>Vuoronumeron %1 tallentamaton muistiinpano säilytetään luonnoksena tällä tietokoneella.</translation>
    </message>
    <message>
        <source>No visitor at the counter</source>
        <translation>Ei asiakasta</translation>
    </message>
    <message>
        <source>The visitor's case and its notes open here.</source>
        <translation>Asiakkaan asia ja sen muistiinpanot avautuvat tähän.</translation>
    </message>
    <message>
        <source>Notes can be written once a visit is open.</source>
        <translation>Muistiinpanoja voi kirjoittaa, kun asiointi on avoinna.</translation>
    </message>
    <message>
        <source>Write what the visitor needs and what was agreed. Saved drafts survive a crash.</source>
        <translation>Kirjoita, mitä asiakas tarvitsee ja mitä sovittiin. Tallennetut luonnokset säilyvät, vaikka sovellus kaatuisi.</translation>
    </message>
    <message>
        <source>%1 proposed a note, but no visit is open.</source>
        <translation>%1 ehdotti muistiinpanoa, mutta yhtään asiointia ei ole avoinna.</translation>
    </message>
    <message>
        <source>%1 proposed this note: check it and save it, or edit it first.</source>
        <translation>%1 ehdotti tätä muistiinpanoa: tarkista ja tallenna se tai muokkaa sitä ensin.</translation>
    </message>
    <message>
        <source>identified by identity code</source>
        <translation>tunnistettu henkilötunnuksella</translation>
    </message>
    <message>
        <source>No case yet: the first note saved opens one.</source>
        <translation>Asiaa ei ole vielä avattu: se avataan, kun ensimmäinen muistiinpano tallennetaan.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Asia %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>avattu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept for other agencies are not shown.</source>
        <translation>
            <numerusform>%n muille virastoille rajattu muistiinpano ei näy.</numerusform>
            <numerusform>%n muille virastoille rajattua muistiinpanoa ei näy.</numerusform>
        </translation>
    </message>
    <message>
        <source>This visitor has earlier cases. Continue one, or write a note to start a new case.</source>
        <translation>Asiakkaalla on aiempia asioita. Jatka jotakin niistä tai aloita uusi asia kirjoittamalla muistiinpano.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (%2, %n note(s))</source>
        <translation>
            <numerusform>Asia %1 (%2, %n muistiinpano)</numerusform>
            <numerusform>Asia %1 (%2, %n muistiinpanoa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor identified.</source>
        <translation>Asiakas tunnistettu.</translation>
    </message>
    <message>
        <source>This visit has no case yet.</source>
        <translation>Tähän asiointiin ei vielä liity asiaa.</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Jaettu koko toimipisteelle</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Vain %1</translation>
    </message>
    <message>
        <source>Correcting the note of %1 by %2. The original stays in the case, marked as corrected.</source>
        <translation>Korjataan muistiinpanoa %1 (kirjoittanut %2). Alkuperäinen säilyy asiassa korjatuksi merkittynä.</translation>
    </message>
    <message>
        <source>The database refused this note: %1 Check it, then save it again.</source>
        <translation>Tietokanta ei ottanut tätä muistiinpanoa vastaan: %1 Tarkista se ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>Your unsaved note of this visit is back.</source>
        <translation>Tämän asioinnin tallentamaton muistiinpanosi on palautettu.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Muistiinpano tallennettu.</translation>
    </message>
    <message>
        <source>The database cannot be reached. The note is kept on this PC and sent when the connection is back.</source>
        <translation>Tietokantaan ei saada yhteyttä. Muistiinpano säilytetään tällä tietokoneella ja lähetetään, kun yhteys palaa.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept on this PC are now in the database.</source>
        <translation>
            <numerusform>%n tällä tietokoneella säilytetty muistiinpano on nyt tallennettu tietokantaan.</numerusform>
            <numerusform>%n tällä tietokoneella säilytettyä muistiinpanoa on nyt tallennettu tietokantaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>%1 · Visit with ticket %2</source>
        <translation>%1 · Asiointi vuoronumerolla %2</translation>
    </message>
    <message>
        <source>shared with the desk</source>
        <translation>jaettu koko toimipisteelle</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>corrects the note of %1</source>
        <translation>korjaa muistiinpanoa %1</translation>
    </message>
    <message>
        <source>corrected by a later note</source>
        <translation>korjattu myöhemmällä muistiinpanolla</translation>
    </message>
    <message>
        <source>The visitor agreed to share this case with %1.</source>
        <translation>Asiakas suostui jakamaan tämän asian: %1.</translation>
    </message>
    <message>
        <source>The visitor does not share this case with %1.</source>
        <translation>Asiakas ei jaa tätä asiaa: %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · consent</source>
        <translation>%1 · %2 · suostumus</translation>
    </message>
    <message>
        <source>%1 · waiting to be sent: the database cannot be reached</source>
        <translation>%1 · odottaa lähetystä: tietokantaan ei saada yhteyttä</translation>
    </message>
</context>
<context>
    <name>CaseViewerDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Asia %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept for other agencies are not shown.</source>
        <translation>
            <numerusform>%n muille virastoille rajattu muistiinpano ei näy.</numerusform>
            <numerusform>%n muille virastoille rajattua muistiinpanoa ei näy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>The note is empty. Write something before saving.</source>
        <translation>Muistiinpano on tyhjä. Kirjoita jotakin ennen tallentamista.</translation>
    </message>
    <message>
        <source>The note is {length} characters long; the limit is {limit}. Shorten it or split it into two notes. Your text stays in the editor.</source>
        <translation>Muistiinpanossa on {length} merkkiä; enimmäispituus on {limit}. Lyhennä muistiinpanoa tai jaa se kahdeksi muistiinpanoksi. Tekstisi säilyy muokkauskentässä.</translation>
    </message>
    <message>
        <source>This console has no identity key, so identity codes cannot be used. Ask IT to set the desk's key (tiski identity set-key).</source>
        <translation>Tällä työasemalla ei ole tunnisteavainta, joten henkilötunnuksia ei voi käyttää. Pyydä IT-tukea asettamaan toimipisteen avain (tiski identity set-key).</translation>
    </message>
    <message>
        <source>This console's identity key differs from the one the desk database was set up with, so earlier visits could not be found. Ask IT to give this console the desk's key (tiski identity set-key).</source>
        <translation>Tämän työaseman tunnisteavain on eri kuin avain, jolla toimipisteen tietokanta on otettu käyttöön, joten aiempia asiointeja ei löytynyt. Pyydä IT-tukea antamaan tälle työasemalle toimipisteen avain (tiski identity set-key).</translation>
    </message>
    <message>
        <source>The desk database has no identity key yet, so identity codes cannot be used. Ask IT to put the desk's key into the database (tiski identity set-key with the owner's database URL).</source>
        <translation>Palvelupisteen tietokannassa ei ole vielä tunnistusavainta, joten henkilötunnuksia ei voi käyttää. Pyydä IT:tä viemään palvelupisteen avain tietokantaan (tiski identity set-key omistajan tietokantaosoitteella).</translation>
    </message>
    <message>
        <source>Case {case} does not exist (any more). It may have been deleted under the retention rules.</source>
        <translation>Asiaa {case} ei ole (enää) olemassa. Se on voitu poistaa säilytysaikoja koskevien sääntöjen mukaisesti.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Tätä asiointia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>This visitor is not at your counter, so their cases are not shown to you.</source>
        <translation>Asiakas ei ole tiskilläsi, joten hänen asioitaan ei näytetä sinulle.</translation>
    </message>
    <message>
        <source>Case {case} belongs to another visitor; it was not opened.</source>
        <translation>Asia {case} kuuluu toiselle asiakkaalle; sitä ei avattu.</translation>
    </message>
    <message>
        <source>The note to correct is not in this case or not yours to read.</source>
        <translation>Korjattava muistiinpano ei kuulu tähän asiaan, tai sinulla ei ole oikeutta lukea sitä.</translation>
    </message>
    <message>
        <source>Another note in the database already has this note's id; it was not saved. Copy its text into a new note and save that.</source>
        <translation>Tietokannassa on jo toinen muistiinpano, jolla on tämän muistiinpanon tunniste; tätä ei tallennettu. Kopioi teksti uuteen muistiinpanoon ja tallenna se.</translation>
    </message>
    <message>
        <source>The note has neither a case nor a visit to go with; it was not saved.</source>
        <translation>Muistiinpanoa ei voitu liittää asiaan eikä asiointiin; sitä ei tallennettu.</translation>
    </message>
    <message>
        <source>Unknown agency for the note.</source>
        <translation>Muistiinpanon virasto on tuntematon.</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with that agency. Ask the visitor and record the consent first, or keep the note for the service being served.</source>
        <translation>Asiakas ei ole antanut suostumusta tämän asian jakamiseen kyseiselle virastolle. Kysy asiakkaalta ja kirjaa suostumus ensin, tai rajaa muistiinpano nykyiselle palvelulle.</translation>
    </message>
    <message>
        <source>Unknown agency for the consent.</source>
        <translation>Suostumuksen virasto on tuntematon.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Kirjoita vähintään yksi hakusana.</translation>
    </message>
    <message>
        <source>Case {case} has no audit trail: no such case.</source>
        <translation>Asialla {case} ei ole tarkastuslokia: asiaa ei ole olemassa.</translation>
    </message>
    <message>
        <source>retention.notes_days must be at least 1, not {days}.</source>
        <translation>Asetuksen retention.notes_days arvon on oltava vähintään 1, ei {days}.</translation>
    </message>
    <message>
        <source>Your database login reads only part of the visitors' cases, so the export would be incomplete. Data requests need the records role: ask IT (tiski staff add USERNAME --retention).</source>
        <translation>Tietokantatunnuksesi lukee vain osan asiakkaiden asioista, joten vienti jäisi vajaaksi. Tietopyyntöihin tarvitaan arkistorooli: pyydä sitä IT:ltä (tiski staff add KÄYTTÄJÄTUNNUS --retention).</translation>
    </message>
    <message>
        <source>This visit is not part of your work: it is not at your counter and not in a consultation you accepted.</source>
        <translation>Tämä käynti ei kuulu työhösi: se ei ole tiskilläsi eikä hyväksymässäsi konsultaatiossa.</translation>
    </message>
    <message>
        <source>Case {case} is not part of your work. You can open a case when its visitor is at your counter, in a consultation you accepted, when your agency has notes in it, or when the visitor shares it with your agency.</source>
        <translation>Asia {case} ei kuulu työhösi. Voit avata asian, kun sen asiakas on tiskilläsi, hyväksymässäsi konsultaatiossa, kun virastollasi on asiassa muistiinpanoja tai kun asiakas on antanut asian virastollesi.</translation>
    </message>
    <message>
        <source>Consent can be recorded only with the visitor present: for the visit at your counter, or in a consultation you accepted while the visitor is at the advisor's counter. Nothing was recorded.</source>
        <translation>Suostumuksen voi kirjata vain asiakkaan ollessa paikalla: tiskilläsi olevalle käynnille tai hyväksymässäsi konsultaatiossa, kun asiakas on neuvojan tiskillä. Mitään ei kirjattu.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Vaihda salasana</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>N&amp;ykyinen salasana:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Uusi salasana:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Toista uusi salasana:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Type your current password and the new one.</source>
        <translation>Kirjoita nykyinen ja uusi salasanasi.</translation>
    </message>
    <message>
        <source>The new passwords are not the same. Type them again.</source>
        <translation>Uudet salasanat eivät ole samat. Kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Uuden salasanan on oltava eri kuin nykyinen.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Vaihdetaan salasanaa…</translation>
    </message>
    <message>
        <source>The password was not changed (%1). Try again, or tell IT.</source>
        <translation>Salasanaa ei vaihdettu (%1). Yritä uudelleen tai ilmoita IT-tuelle.</translation>
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
        <source>Schema: none yet. Run 'tiski db upgrade' to create it ({head}).</source>
        <translation>Skeema: ei vielä luotu. Luo se ({head}) komennolla 'tiski db upgrade'.</translation>
    </message>
    <message>
        <source>Schema {current}: needs upgrading to {head}. Run 'tiski db upgrade'.</source>
        <translation>Skeema {current}: päivitettävä versioon {head}. Suorita 'tiski db upgrade'.</translation>
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
        <source>Only a PostgreSQL database has a password; set database.url to the office's PostgreSQL first.</source>
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
        <source>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL's pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</source>
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
    <message>
        <source>must be a whole number from {minimum} to {maximum}, not {value!r}</source>
        <translation>pitää olla kokonaisluku väliltä {minimum}–{maximum}, ei {value!r}</translation>
    </message>
    <message>
        <source>a case id is a whole number from 1 to {maximum}, not {value!r}</source>
        <translation>asian tunnus on kokonaisluku väliltä 1–{maximum}, ei {value!r}</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535, or 0 for any free port, not {value!r}</source>
        <translation>pitää olla porttinumero väliltä 1–65535 tai 0 mille tahansa vapaalle portille, ei {value!r}</translation>
    </message>
    <message>
        <source>tiski {command} needs a signed-in person: add --user USERNAME (one of the roles: {roles}); the password is asked, or read from {variable}.</source>
        <translation>tiski {command} vaatii kirjautuneen käyttäjän: lisää --user KÄYTTÄJÄTUNNUS (jokin rooleista: {roles}); salasana kysytään tai luetaan muuttujasta {variable}.</translation>
    </message>
    <message>
        <source>The command failed unexpectedly ({reason}); the log file has the details.</source>
        <translation>Komento epäonnistui odottamatta ({reason}); lisätiedot ovat lokitiedostossa.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The desk's database cannot be reached. Go on with the visitor at your counter: notes you save wait on this PC and are sent when it is back; tell the visitor their matter is recorded. Calling the next visitor waits for the connection. If it lasts more than a few minutes: %1</source>
        <translation>Palvelupisteen tietokantaan ei saada yhteyttä. Jatka tiskilläsi olevan asiakkaan kanssa: tallentamasi muistiinpanot odottavat tällä koneella ja lähtevät, kun yhteys palaa; kerro asiakkaalle, että hänen asiansa on kirjattu. Seuraavan asiakkaan kutsuminen odottaa yhteyttä. Jos tilanne kestää kauemmin kuin muutaman minuutin: %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Visitor's consent</source>
        <translation>Asiakkaan suostumus</translation>
    </message>
    <message>
        <source>With the visitor's consent an agency may read the desk's shared notes of this case and receive the notes shared with it. Notes kept in an agency's own partition are not affected. The visitor can withdraw consent at any time: untick the agency to record it.</source>
        <translation>Asiakkaan suostumuksella virasto voi lukea tämän asian toimipisteen yhteisiä muistiinpanoja ja saada sille jaetut muistiinpanot. Suostumus ei vaikuta viraston omaan osioon tallennettuihin muistiinpanoihin. Asiakas voi peruuttaa suostumuksensa milloin tahansa: kirjaa peruutus poistamalla viraston valinta.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Virastot</translation>
    </message>
    <message>
        <source>May share with %1</source>
        <translation>Saa jakaa virastolle %1</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Tallenna suostumus</translation>
    </message>
    <message>
        <source>recorded by %1 at %2</source>
        <translation>kirjannut %1, %2</translation>
    </message>
    <message>
        <source>withdrawn, recorded by %1 at %2</source>
        <translation>peruttu; kirjannut %1, %2</translation>
    </message>
</context>
<context>
    <name>ConsoleAppearance</name>
    <message>
        <source>&amp;Standard</source>
        <translation>&amp;Tavallinen</translation>
    </message>
    <message>
        <source>Dark text on light panels</source>
        <translation>Tumma teksti vaalealla pohjalla</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Suuri kontrasti</translation>
    </message>
    <message>
        <source>White and yellow text on black, every control outlined</source>
        <translation>Valkoinen ja keltainen teksti mustalla pohjalla, jokainen säädin rajattu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>S&amp;uurempi teksti</translation>
    </message>
    <message>
        <source>Make the text of Tiski's windows larger</source>
        <translation>Suurenna Tiskin ikkunoiden tekstiä</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Pienempi teksti</translation>
    </message>
    <message>
        <source>Make the text of Tiski's windows smaller</source>
        <translation>Pienennä Tiskin ikkunoiden tekstiä</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tekstin &amp;koko</translation>
    </message>
    <message>
        <source>High contrast on</source>
        <translation>Suuri kontrasti käytössä</translation>
    </message>
    <message>
        <source>Standard theme on</source>
        <translation>Tavallinen teema käytössä</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Tekstin koko %1 %</translation>
    </message>
</context>
<context>
    <name>ConsoleCommands</name>
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
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>A short guide to this window</source>
        <translation>Lyhyt opas tähän ikkunaan</translation>
    </message>
    <message>
        <source>Tour of the console</source>
        <translation>Esittelykierros</translation>
    </message>
    <message>
        <source>The console's zones, one at a time</source>
        <translation>Konsolin osat yksi kerrallaan</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
    <message>
        <source>Show Tiski's log files</source>
        <translation>Näytä Tiskin lokitiedostot</translation>
    </message>
    <message>
        <source>Search notes…</source>
        <translation>Hae muistiinpanoja…</translation>
    </message>
    <message>
        <source>Search the case notes you may read</source>
        <translation>Hae muistiinpanoista, joita sinulla on oikeus lukea</translation>
    </message>
    <message>
        <source>About Tiski</source>
        <translation>Tietoja Tiskistä</translation>
    </message>
    <message>
        <source>Stranded visitors…</source>
        <translation>Jumiin jääneet asiakkaat…</translation>
    </message>
    <message>
        <source>Visitors held at counters whose console stopped; return one to the queue</source>
        <translation>Asiakkaat, jotka odottavat palvelupisteellä, jonka konsoli on pysähtynyt; palauta asiakas jonoon</translation>
    </message>
    <message>
        <source>Set up the desk…</source>
        <translation>Toimipisteen asetukset…</translation>
    </message>
    <message>
        <source>The desk's agencies, services, counters, staff and texts (IT, supervisors)</source>
        <translation>Toimipisteen virastot, palvelut, palvelupisteet, henkilöstö ja tekstit (IT-tuki, esihenkilöt)</translation>
    </message>
    <message>
        <source>Agency plugins…</source>
        <translation>Virastojen laajennukset…</translation>
    </message>
    <message>
        <source>Plugins found, their state and credentials</source>
        <translation>Löydetyt laajennukset, niiden tila ja tunnistetiedot</translation>
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
        <source>More desk actions</source>
        <translation>Lisää tiskin toimintoja</translation>
    </message>
    <message>
        <source>Help – the console</source>
        <translation>Ohje – konsoli</translation>
    </message>
    <message>
        <source>Tiski's log folder</source>
        <translation>Tiskin lokikansio</translation>
    </message>
    <message>
        <source>This PC has no program to open folders with. Tiski's logs are in:</source>
        <translation>Tällä koneella ei ole ohjelmaa kansioiden avaamiseen. Tiskin lokit ovat kansiossa:</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Kopioi polku</translation>
    </message>
</context>
<context>
    <name>ConsoleHelp</name>
    <message>
        <source>IT help: %1</source>
        <translation>IT-tuki: %1</translation>
    </message>
    <message>
        <source>Call your IT help desk. (IT can show its phone number here: the setting support.contact.)</source>
        <translation>Soita IT-tukeen. (IT voi näyttää puhelinnumeronsa tässä: asetus support.contact.)</translation>
    </message>
    <message>
        <source>Ctrl+Enter – Save the note being written</source>
        <translation>Ctrl+Enter – Tallenna kirjoitettava muistiinpano</translation>
    </message>
    <message>
        <source>The console</source>
        <translation>Konsoli</translation>
    </message>
    <message>
        <source>Left: your ticket, the queues by service and the waiting tickets. Middle: the visitor at your counter, the services of their visit, their case and its notes. Right: a panel per agency, reaching that agency's own system for the visitor.</source>
        <translation>Vasemmalla: oma vuoronumerosi, jonot palveluittain ja odottavat vuoronumerot. Keskellä: tiskilläsi oleva asiakas, hänen asiointinsa palvelut, asia ja sen muistiinpanot. Oikealla: paneeli kullekin virastolle; se hakee asiakkaan tiedot viraston omasta järjestelmästä.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>Who call next calls</source>
        <translation>Kenet Kutsu seuraava kutsuu</translation>
    </message>
    <message>
        <source>Call next (%1) takes, in this order:</source>
        <translation>Kutsu seuraava (%1) ottaa tässä järjestyksessä:</translation>
    </message>
    <message>
        <source>Who calls them</source>
        <translation>Kuka kutsuu</translation>
    </message>
    <message>
        <source>The line under your ticket says why it was called to you.</source>
        <translation>Vuoronumerosi alla oleva rivi kertoo, miksi juuri se kutsuttiin sinulle.</translation>
    </message>
    <message>
        <source>Who reads a note</source>
        <translation>Kuka lukee muistiinpanon</translation>
    </message>
    <message>
        <source>Visible to decides it. A note shared with the desk is read by the desk's own staff, and by an agency's staff only when the visitor has consented to that agency. A note for one agency is read by that agency's staff only. You always read your own notes.</source>
        <translation>Sen ratkaisee Näkyvyys. Koko toimipisteelle jaetun muistiinpanon lukee palvelupisteen oma henkilöstö, ja viraston henkilöstö vain, jos asiakas on antanut suostumuksen sille virastolle. Yhdelle virastolle tarkoitetun muistiinpanon lukee vain sen viraston henkilöstö. Omat muistiinpanosi luet aina.</translation>
    </message>
    <message>
        <source>Consent… records, with the visitor present, which agencies they share this case with. Withdrawing is recorded the same way. Ask the visitor before you write for an agency they have not consented to: the desk refuses such a note.</source>
        <translation>Suostumus… kirjaa asiakkaan läsnä ollessa, minkä virastojen kanssa hän jakaa tämän asian. Peruutus kirjataan samalla tavalla. Kysy asiakkaalta ennen kuin kirjoitat virastolle, jolle hän ei ole antanut suostumusta: palvelupiste ei hyväksy sellaista muistiinpanoa.</translation>
    </message>
    <message>
        <source>Notes cannot be edited: double-click a note to correct it with a new one. Identity codes in a note are stored masked.</source>
        <translation>Muistiinpanoja ei voi muokata: korjaa muistiinpano uudella kaksoisnapsauttamalla sitä. Muistiinpanon henkilötunnukset tallennetaan peitettyinä.</translation>
    </message>
    <message>
        <source>Requests from the counters</source>
        <translation>Pyynnöt tiskeiltä</translation>
    </message>
    <message>
        <source>The inbox above lists what advisors ask of your agency. Accept a request to join the visit: you see its case and write notes for your agency. Hand it back when you are done, or decline it with a reason the advisor reads.</source>
        <translation>Yllä oleva saapuneet-lista näyttää, mitä palveluneuvojat pyytävät virastoltasi. Hyväksy pyyntö liittyäksesi asiointiin: näet asian ja kirjoitat muistiinpanoja virastollesi. Palauta se, kun olet valmis, tai hylkää se perustellen; palveluneuvoja näkee perustelun.</translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation>Esihenkilöille</translation>
    </message>
    <message>
        <source>The floor (tiski floor) shows every queue and counter live; Stranded visitors lists visitors left at a counter nobody is at.</source>
        <translation>Tilannekuva (tiski floor) näyttää jokaisen jonon ja tiskin reaaliajassa; Jumiin jääneet asiakkaat luettelee asiakkaat, jotka ovat jääneet tiskille, jolla ei ole ketään.</translation>
    </message>
    <message>
        <source>When something is wrong</source>
        <translation>Kun jokin on vialla</translation>
    </message>
    <message>
        <source>A note being written is kept on this PC all the time: after a crash or a lost connection it is offered again. While the database cannot be reached, saved notes wait in the outbox and are sent when it comes back; tell the visitor their matter is recorded.</source>
        <translation>Kirjoitettava muistiinpano säilyy tällä koneella koko ajan: kaatumisen tai katkenneen yhteyden jälkeen se tarjotaan uudelleen. Kun tietokantaan ei saada yhteyttä, tallennetut muistiinpanot odottavat lähtevissä ja lähtevät, kun yhteys palaa; kerro asiakkaalle, että hänen asiansa on kirjattu.</translation>
    </message>
    <message>
        <source>The counter's actions</source>
        <translation>Tiskin toiminnot</translation>
    </message>
    <message>
        <source>Call next (%1) calls the next visitor to your counter. Then Start, Transfer, No-show and Done (%2) follow the visitor. Every action has a key: F1 lists them.</source>
        <translation>Kutsu seuraava (%1) kutsuu seuraavan asiakkaan tiskillesi. Sen jälkeen Aloita, Siirrä, Ei saapunut ja Valmis (%2) seuraavat asiakasta. Jokaisella toiminnolla on näppäin: F1 luettelee ne.</translation>
    </message>
    <message>
        <source>Your ticket and the queues</source>
        <translation>Oma vuoronumero ja jonot</translation>
    </message>
    <message>
        <source>Your ticket shows the visitor you called and why call next chose them. Below: how many wait for each service and how long, and every waiting ticket; type in the filter to find one.</source>
        <translation>Oma vuoronumero näyttää kutsumasi asiakkaan ja sen, miksi Kutsu seuraava valitsi hänet. Alla: montako odottaa kutakin palvelua ja kuinka kauan, sekä kaikki odottavat vuoronumerot; löydät yhden kirjoittamalla suodattimeen.</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Asiointi</translation>
    </message>
    <message>
        <source>The visitor at your counter: the services of their visit in order, their case and its notes. Identify the visitor only when the matter needs it.</source>
        <translation>Tiskilläsi oleva asiakas: hänen asiointinsa palvelut järjestyksessä, asia ja sen muistiinpanot. Tunnista asiakas vain, kun asia sitä vaatii.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Write what the visitor needs and what was agreed. Visible to decides who reads the note. Ctrl+Enter saves it. What you type is kept on this PC even if the console or the network fails.</source>
        <translation>Kirjoita, mitä asiakas tarvitsee ja mitä sovittiin. Näkyvyys ratkaisee, kuka muistiinpanon lukee. Ctrl+Enter tallentaa sen. Kirjoittamasi säilyy tällä koneella, vaikka konsoli tai verkko pettäisi.</translation>
    </message>
    <message>
        <source>The agencies</source>
        <translation>Virastot</translation>
    </message>
    <message>
        <source>A panel per agency reaches that agency's own system for the visitor at your counter. Ask a specialist (%1) brings one of them into the visit.</source>
        <translation>Kunkin viraston paneeli hakee tiskilläsi olevan asiakkaan tiedot viraston omasta järjestelmästä. Pyydä asiantuntija (%1) tuo viraston asiantuntijan mukaan asiointiin.</translation>
    </message>
    <message>
        <source>Connection and you</source>
        <translation>Yhteys ja sinä</translation>
    </message>
    <message>
        <source>The status bar says whether the database is reachable, your counter and who is signed in. %1 locks the console when you step away.</source>
        <translation>Tilarivi kertoo, onko tietokantayhteys kunnossa, tiskisi ja kuka on kirjautuneena. %1 lukitsee konsolin, kun poistut tiskiltä.</translation>
    </message>
</context>
<context>
    <name>ConsoleLock</name>
    <message>
        <source>Lock</source>
        <translation>Lukitse</translation>
    </message>
    <message>
        <source>Hide everything until you type your password</source>
        <translation>Piilota kaikki, kunnes kirjoitat salasanasi</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Vaihda käyttäjää…</translation>
    </message>
    <message>
        <source>Lock this console and let a colleague sign in, without closing it</source>
        <translation>Lukitse tämä konsoli ja anna työtoverin kirjautua sulkematta sitä</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Vaihda salasana…</translation>
    </message>
    <message>
        <source>Type your password, then press Unlock.</source>
        <translation>Kirjoita salasanasi ja paina Avaa.</translation>
    </message>
    <message>
        <source>This console cannot check a password. Use Switch user to sign in again.</source>
        <translation>Tämä konsoli ei voi tarkistaa salasanaa. Kirjaudu uudelleen kohdasta Vaihda käyttäjää.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Salasanaa ei voitu tarkistaa: %1</translation>
    </message>
    <message numerus="yes">
        <source>The password is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Salasana ei ole oikein. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Salasana ei ole oikein. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is not right. Try again.</source>
        <translation>Salasana ei ole oikein. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Switching user needs Tiski started with sign-in; close Tiski instead.</source>
        <translation>Käyttäjän vaihto edellyttää, että Tiski on käynnistetty kirjautumalla; sulje Tiski sen sijaan.</translation>
    </message>
    <message>
        <source>This console cannot change passwords (it was not signed in with one).</source>
        <translation>Tämä konsoli ei voi vaihtaa salasanaa (siihen ei kirjauduttu salasanalla).</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Salasanasi vaihdettiin.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>The counter you are signed in at</source>
        <translation>Palvelupiste, jolle olet kirjautunut</translation>
    </message>
    <message>
        <source>Ticket %1 is no longer at your counter: another counter took it, or it went back to the queue.</source>
        <translation>Vuoronumero %1 ei ole enää tiskilläsi: toinen tiski otti sen, tai se palasi jonoon.</translation>
    </message>
    <message>
        <source>Tiski – %1</source>
        <translation>Tiski – %1</translation>
    </message>
    <message>
        <source>%1 – DEMO, not a real desk</source>
        <translation>%1 – DEMO, ei oikea toimipiste</translation>
    </message>
    <message>
        <source>On a break (%1) since %2</source>
        <translation>Tauolla (%1) klo %2 alkaen</translation>
    </message>
    <message>
        <source>The floor shows you on a break. Call next or I'm back ends it.</source>
        <translation>Salinäkymä näyttää sinut tauolla. Seuraava asiakas tai Palasin päättää tauon.</translation>
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
    <name>ConsoleZones</name>
    <message>
        <source>Next zone</source>
        <translation>Seuraava alue</translation>
    </message>
    <message>
        <source>Move to the next part of the window: queues, visit, agency panels</source>
        <translation>Siirry ikkunan seuraavaan osaan: jonot, asiointi, virastojen paneelit</translation>
    </message>
    <message>
        <source>Previous zone</source>
        <translation>Edellinen alue</translation>
    </message>
    <message>
        <source>Move to the previous part of the window</source>
        <translation>Siirry ikkunan edelliseen osaan</translation>
    </message>
    <message>
        <source>Consultation requests</source>
        <translation>Konsultaatiopyynnöt</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Asiointi</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>Join video</source>
        <translation>Liity videoon</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Peruuta pyyntö</translation>
    </message>
    <message>
        <source>Book remote appointment…</source>
        <translation>Varaa etäaika…</translation>
    </message>
    <message>
        <source>No %1 specialist accepted in time. Book a remote appointment or transfer the visit.</source>
        <translation>Yksikään asiantuntija (%1) ei ottanut pyyntöä vastaan ajoissa. Varaa etäaika tai siirrä asiointi.</translation>
    </message>
    <message>
        <source>Remote appointment booked: code %1.</source>
        <translation>Etäaika varattu: koodi %1.</translation>
    </message>
</context>
<context>
    <name>ConsultContextDialog</name>
    <message>
        <source>Ticket %1 – shared case</source>
        <translation>Vuoronumero %1 – jaettu asia</translation>
    </message>
    <message>
        <source>%1 at %2 asks: %3</source>
        <translation>%1 (%2) kysyy: %3</translation>
    </message>
    <message>
        <source>Visitor: %1</source>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with your agency: you see the question and your agency's own notes only.</source>
        <translation>Asiakas ei ole suostunut jakamaan tätä asiaa virastollesi: näet vain kysymyksen ja virastosi omat muistiinpanot.</translation>
    </message>
    <message>
        <source>Join video</source>
        <translation>Liity videoon</translation>
    </message>
    <message>
        <source>A note into the visit's case</source>
        <translation>Muistiinpano asioinnin asiaan</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Vain %1</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Jaettu koko toimipisteelle</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Tallenna muistiinpano</translation>
    </message>
    <message>
        <source>Visible to:</source>
        <translation>Näkyvyys:</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of this case are not shared with you.</source>
        <translation>
            <numerusform>%n tämän asian muistiinpano ei ole jaettu kanssasi.</numerusform>
            <numerusform>%n tämän asian muistiinpanoa ei ole jaettu kanssasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Kirjoita ensin muistiinpano.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Muistiinpano tallennettu.</translation>
    </message>
</context>
<context>
    <name>ConsultStatusLabel</name>
    <message>
        <source>agency %1</source>
        <translation>virasto %1</translation>
    </message>
    <message>
        <source>The specialist</source>
        <translation>Asiantuntija</translation>
    </message>
    <message>
        <source>Asked %1 just now – waiting</source>
        <translation>Pyyntö lähetetty juuri nyt (%1) – odottaa vastausta</translation>
    </message>
    <message>
        <source>Asked %1 %2 min ago – waiting</source>
        <translation>Pyyntö lähetetty %2 min sitten (%1) – odottaa vastausta</translation>
    </message>
    <message>
        <source>%1 (%2) joined at %3</source>
        <translation>%1 (%2) liittyi klo %3</translation>
    </message>
    <message>
        <source>No %1 specialist accepted in time</source>
        <translation>Yksikään asiantuntija (%1) ei ottanut pyyntöä vastaan ajoissa</translation>
    </message>
    <message>
        <source>%1 handed the visit back at %2</source>
        <translation>%1 palautti asiakkaan palveluneuvojalle klo %2</translation>
    </message>
    <message>
        <source>%1 took the visit over at %2</source>
        <translation>%1 otti asioinnin hoitaakseen klo %2</translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation>Pyyntö peruttu (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n declined)</source>
        <translation>
            <numerusform>%1 (%n kieltäytyi)</numerusform>
            <numerusform>%1 (%n kieltäytyi)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declined: %2</source>
        <translation>%1 kieltäytyi: %2</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>That request no longer exists.</source>
        <translation>Pyyntöä ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Only an agency's specialists answer its consultation requests.</source>
        <translation>Viraston konsultaatiopyyntöihin vastaavat vain viraston omat asiantuntijat.</translation>
    </message>
    <message>
        <source>Write a short question so the specialist knows what it is about.</source>
        <translation>Kirjoita lyhyt kysymys, jotta asiantuntija tietää, mistä on kyse.</translation>
    </message>
    <message>
        <source>The question is {length} characters long; the limit is {limit}. Put the details into a note of the case instead.</source>
        <translation>Kysymyksessä on {length} merkkiä; enimmäispituus on {limit} merkkiä. Kirjaa yksityiskohdat sen sijaan asian muistiinpanoon.</translation>
    </message>
    <message>
        <source>Unknown agency.</source>
        <translation>Tuntematon virasto.</translation>
    </message>
    <message>
        <source>A specialist can be asked only for the visit at your counter.</source>
        <translation>Asiantuntijaa voi pyytää avuksi vain omassa palvelupisteessäsi olevaan asiointiin.</translation>
    </message>
    <message>
        <source>This visit already has a request to that agency.</source>
        <translation>Tähän asiointiin on jo lähetetty pyyntö kyseiselle virastolle.</translation>
    </message>
    <message>
        <source>The request is no longer open.</source>
        <translation>Pyyntö ei ole enää avoinna.</translation>
    </message>
    <message>
        <source>Choose a service of the agency that was asked.</source>
        <translation>Valitse pyynnön saaneen viraston palvelu.</translation>
    </message>
    <message>
        <source>That request is for another agency.</source>
        <translation>Pyyntö on osoitettu toiselle virastolle.</translation>
    </message>
    <message>
        <source>{name} already took this request.</source>
        <translation>{name} on jo ottanut tämän pyynnön vastaan.</translation>
    </message>
    <message>
        <source>This request is no longer open (it was cancelled or its time ran out).</source>
        <translation>Tämä pyyntö ei ole enää avoinna (se peruttiin tai sen voimassaoloaika päättyi).</translation>
    </message>
    <message>
        <source>Say why you decline, so the advisor can plan what next.</source>
        <translation>Kerro, miksi kieltäydyt, jotta palveluneuvoja voi suunnitella jatkon.</translation>
    </message>
    <message>
        <source>Only the specialist who accepted sees the visit's case.</source>
        <translation>Vain pyynnön vastaanottanut asiantuntija näkee asioinnin asian.</translation>
    </message>
    <message>
        <source>The visit is no longer at the advisor's counter; it cannot be taken over.</source>
        <translation>Asiointi ei ole enää palveluneuvojan palvelupisteessä, joten sitä ei voi ottaa hoitaaksesi.</translation>
    </message>
    <message>
        <source>Only the person who asked, or a supervisor, can change this request.</source>
        <translation>Vain pyynnön tehnyt tai esihenkilö voi muuttaa tätä pyyntöä.</translation>
    </message>
    <message>
        <source>Only the specialist who accepted the request can do this.</source>
        <translation>Vain pyynnön vastaanottanut asiantuntija voi tehdä tämän.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Call IT: %1.</source>
        <translation>Soita IT-tukeen: %1.</translation>
    </message>
    <message>
        <source>Call your IT help desk.</source>
        <translation>Soita IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Etä</translation>
    </message>
    <message>
        <source>Serves by video, not in the lobby</source>
        <translation>Palvelee videon välityksellä, ei aulassa</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>the desk's own office</source>
        <translation>tiskin oma toimipiste</translation>
    </message>
</context>
<context>
    <name>CounterLeaving</name>
    <message>
        <source>Visitors at your counter</source>
        <translation>Asiakkaat palvelupisteelläsi</translation>
    </message>
    <message>
        <source>Your choice could not be saved (%1). Quit anyway? The visitors at your counter then go back to the front of their queue %2 minutes after this console stops.</source>
        <translation>Valintaasi ei voitu tallentaa (%1). Lopetetaanko silti? Palvelupisteesi asiakkaat palaavat silloin jononsa kärkeen %2 minuuttia sen jälkeen, kun tämä konsoli on pysähtynyt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</source>
        <translation>Tietokannan skeemaversio {current} on uudempi kuin tämän Tiskin tukema uusin versio ({head}). Tiski on päivitetty jollakin toisella työasemalla: asenna tähän tietokoneeseen sama Tiski-versio.</translation>
    </message>
    <message>
        <source>The database has schema version {current} and this Tiski needs {head}. Ask IT to run 'tiski db upgrade' once for the whole office.</source>
        <translation>Tietokannan skeemaversio on {current}, mutta tämä Tiski tarvitsee version {head}. Pyydä IT-tukea suorittamaan 'tiski db upgrade' kerran koko toimipistettä varten.</translation>
    </message>
    <message>
        <source>several servers are listed with commas, which Tiski cannot connect with; repeat host= for each server instead, like postgresql+psycopg://user@/dbname?host=db1:5432&amp;host=db2:5432&amp;target_session_attrs=read-write</source>
        <translation>palvelimet on lueteltu pilkuin erotettuina, eikä Tiski saa niillä yhteyttä; toista sen sijaan host= jokaiselle palvelimelle, esimerkiksi postgresql+psycopg://user@/dbname?host=db1:5432&amp;host=db2:5432&amp;target_session_attrs=read-write</translation>
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
        <source>with several host= servers, write each server's port after its name (host=db1:5432&amp;host=db2:5433) and remove port=</source>
        <translation>kun host=-palvelimia on useita, kirjoita kunkin palvelimen portti sen nimen perään (host=db1:5432&amp;host=db2:5433) ja poista port=</translation>
    </message>
    <message>
        <source>with several host= servers, add target_session_attrs=read-write so that consoles connect only to the server that takes writes (the primary), never to a standby</source>
        <translation>kun host=-palvelimia on useita, lisää target_session_attrs=read-write, jotta työasemat ottavat yhteyden vain palvelimeen, joka ottaa vastaan muutokset (ensisijainen palvelin), eivätkä koskaan varapalvelimeen</translation>
    </message>
    <message>
        <source>The database at {url} did not answer in time ({reason}). Try again in a moment; if this keeps happening, tell IT: the database server or the network to it is stalled.</source>
        <translation>Tietokanta ({url}) ei vastannut ajoissa ({reason}). Yritä hetken kuluttua uudelleen. Jos tämä toistuu, kerro IT-tuelle: tietokantapalvelin tai verkkoyhteys siihen on jumissa.</translation>
    </message>
    <message>
        <source>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</source>
        <translation>Tietokantaan {url} ei saada yhteyttä ({reason}). Tarkista, että tietokantapalvelin on käynnissä, että asetuksen database.url palvelin, portti ja tietokannan nimi ovat oikein, sekä salasana (tiski db set-password tai pgpass).</translation>
    </message>
    <message>
        <source>The database file {file} stayed locked by another program for {seconds} s, so nothing was saved. Try again; if it keeps happening, look for a program that keeps the file open for writing (a copy or backup, a stuck Tiski).</source>
        <translation>Toinen ohjelma piti tietokantatiedostoa {file} lukittuna {seconds} s, joten mitään ei tallennettu. Yritä uudelleen; jos tämä toistuu, etsi ohjelma, joka pitää tiedostoa auki kirjoittamista varten (kopiointi tai varmuuskopio, jumiin jäänyt Tiski).</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <source>These roles are missing: {roles}. Run tiski staff roles with the owner's database.url to make them.</source>
        <translation>Nämä roolit puuttuvat: {roles}. Luo ne komennolla tiski staff roles omistajan database.url-osoitteella.</translation>
    </message>
    <message>
        <source>{roles} should be members of tiski_staff and are not; run tiski staff roles.</source>
        <translation>Roolien {roles} pitäisi kuulua rooliin tiski_staff, mutta ne eivät kuulu; suorita tiski staff roles.</translation>
    </message>
    <message>
        <source>Row-level security is off on {tables}: every console reads every row there. Run tiski db upgrade; if it is current, someone switched it off (ALTER TABLE ... DISABLE ROW LEVEL SECURITY): tell the data protection officer.</source>
        <translation>Rivitason suojaus on pois päältä tauluissa {tables}: jokainen konsoli lukee niistä jokaisen rivin. Suorita tiski db upgrade; jos kanta on jo ajan tasalla, joku on kytkenyt suojauksen pois (ALTER TABLE ... DISABLE ROW LEVEL SECURITY): ilmoita tietosuojavastaavalle.</translation>
    </message>
    <message>
        <source>{tables} have no row security policies: no console can use them. Run tiski db upgrade.</source>
        <translation>Tauluilla {tables} ei ole rivitason suojauksen sääntöjä: mikään konsoli ei voi käyttää niitä. Suorita tiski db upgrade.</translation>
    </message>
    <message>
        <source>Roles the consoles use may change or empty append-only tables: {grants}. Revoke those privileges (REVOKE UPDATE, DELETE, TRUNCATE ON ... FROM ...).</source>
        <translation>Konsolien käyttämät roolit voivat muuttaa tai tyhjentää tauluja, joihin saa vain lisätä: {grants}. Peru nämä oikeudet (REVOKE UPDATE, DELETE, TRUNCATE ON ... FROM ...).</translation>
    </message>
    <message>
        <source>{roles} may create objects in the desk's schema. Revoke it: REVOKE CREATE ON SCHEMA ... FROM PUBLIC (and from those roles).</source>
        <translation>Roolit {roles} voivat luoda objekteja palvelupisteen skeemaan. Peru oikeus: REVOKE CREATE ON SCHEMA ... FROM PUBLIC (ja näiltä rooleilta).</translation>
    </message>
    <message>
        <source>Roles that may not see visitors' names read them at the database: {grants}. Run tiski db upgrade; if it is current, revoke those grants (docs/security.md, Isolation in PostgreSQL).</source>
        <translation>Roolit, jotka eivät saa nähdä asiakkaiden nimiä, lukevat niitä tietokannasta: {grants}. Aja tiski db upgrade; jos tietokanta on jo ajan tasalla, peru nämä oikeudet (docs/security.md, Isolation in PostgreSQL).</translation>
    </message>
    <message>
        <source>database.url connects as {user}, a superuser or a role that bypasses row security: a console connected so reads every agency's notes. In an office, connect as the person signing in (docs/deploy.md).</source>
        <translation>database.url yhdistää roolina {user}, joka on pääkäyttäjä tai ohittaa rivitason suojauksen: näin yhdistetty konsoli lukee jokaisen viraston muistiinpanot. Toimipisteessä yhdistetään kirjautuvana henkilönä (docs/deploy.md).</translation>
    </message>
    <message>
        <source>database.url connects as {user}, which owns the desk's tables: it can switch the audit trail's protection off and bypasses row security. Use the owner only for tiski db upgrade and tiski staff; consoles connect as the person signing in (docs/deploy.md).</source>
        <translation>database.url yhdistää roolina {user}, joka omistaa palvelupisteen taulut: se voi kytkeä lokitiedon suojauksen pois ja ohittaa rivitason suojauksen. Käytä omistajaa vain komentoihin tiski db upgrade ja tiski staff; konsolit yhdistävät kirjautuvana henkilönä (docs/deploy.md).</translation>
    </message>
    <message>
        <source>Active staff without a login role that can log in: {names}. Create them with tiski staff add, or from the directory (docs/deploy.md).</source>
        <translation>Aktiivisia työntekijöitä ilman kirjautumiskelpoista roolia: {names}. Luo roolit komennolla tiski staff add tai hakemistosta (docs/deploy.md).</translation>
    </message>
    <message>
        <source>Login roles whose groups do not match their staff row (they see less until fixed): {names}. Run tiski staff add again for them, or fix the directory groups.</source>
        <translation>Kirjautumisroolit, joiden ryhmät eivät vastaa työntekijän tietoja (he näkevät vähemmän, kunnes asia korjataan): {names}. Suorita heille tiski staff add uudelleen tai korjaa hakemiston ryhmät.</translation>
    </message>
</context>
<context>
    <name>DaySkillsDialog</name>
    <message>
        <source>Skills for today</source>
        <translation>Päivän osaamiset</translation>
    </message>
    <message>
        <source>Who serves what today. The plan holds until midnight; tomorrow the person serves their usual skills again. Their console calls by it from the next call.</source>
        <translation>Kuka palvelee mitä tänään. Suunnitelma on voimassa keskiyöhön; huomenna henkilö palvelee taas tavallisilla osaamisillaan. Hänen konsolinsa kutsuu sen mukaan seuraavasta kutsusta alkaen.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <source>Services today</source>
        <translation>Palvelut tänään</translation>
    </message>
    <message>
        <source>Reading who works today…</source>
        <translation>Luetaan, kuka on tänään töissä…</translation>
    </message>
    <message>
        <source>Back to &amp;usual skills</source>
        <translation>Takaisin &amp;tavallisiin osaamisiin</translation>
    </message>
    <message>
        <source>&amp;Set for today</source>
        <translation>&amp;Aseta tälle päivälle</translation>
    </message>
    <message>
        <source>planned for today</source>
        <translation>suunniteltu tälle päivälle</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>ei kirjautunut</translation>
    </message>
    <message>
        <source>Nobody serves at a counter here.</source>
        <translation>Täällä kukaan ei palvele tiskillä.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Usual skills: %1.</source>
        <translation>Tavalliset osaamiset: %1.</translation>
    </message>
    <message>
        <source>Planned for today by %1 at %2.</source>
        <translation>Tälle päivälle suunnitellut %1 klo %2.</translation>
    </message>
    <message>
        <source>%1 serves their usual skills again.</source>
        <translation>%1 palvelee taas tavallisilla osaamisillaan.</translation>
    </message>
    <message>
        <source>%1 serves today: %2.</source>
        <translation>%1 palvelee tänään: %2.</translation>
    </message>
    <message>
        <source>%1 serves no service today.</source>
        <translation>%1 ei palvele tänään mitään palvelua.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the request of %1</source>
        <translation>Kieltäydy pyynnöstä: %1</translation>
    </message>
    <message>
        <source>required; the advisor sees it</source>
        <translation>pakollinen; palveluneuvoja näkee tämän</translation>
    </message>
    <message>
        <source>In another meeting</source>
        <translation>Toisessa tapaamisessa</translation>
    </message>
    <message>
        <source>Not my area</source>
        <translation>Ei kuulu osaamisalueelleni</translation>
    </message>
    <message>
        <source>Ending my shift</source>
        <translation>Työvuoroni on päättymässä</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Kieltäydy</translation>
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
    <message>
        <source>There is no office {code}. Offices: {known}.</source>
        <translation>Toimipistettä {code} ei ole. Toimipisteet: {known}.</translation>
    </message>
    <message>
        <source>The database has no office {code}. Offices: {known}. Check the desk.site setting with IT.</source>
        <translation>Tietokannassa ei ole toimipistettä {code}. Toimipisteet: {known}. Tarkista desk.site-asetus IT-tuen kanssa.</translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <source>desk</source>
        <translation>palvelupiste</translation>
    </message>
    <message>
        <source>office</source>
        <translation>toimipiste</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>virasto</translation>
    </message>
    <message>
        <source>service</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>tiski</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>työntekijä</translation>
    </message>
    <message>
        <source>life event</source>
        <translation>elämäntilanne</translation>
    </message>
    <message>
        <source>note template</source>
        <translation>muistiinpanopohja</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: added</source>
        <translation>{sign} {kind} {key}: lisätään</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: changes {fields}</source>
        <translation>{sign} {kind} {key}: muuttuu {fields}</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: retired</source>
        <translation>{sign} {kind} {key}: poistetaan käytöstä</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: brought back</source>
        <translation>{sign} {kind} {key}: palautetaan käyttöön</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: removed</source>
        <translation>{sign} {kind} {key}: poistetaan</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {retired} retired, {restored} back.</source>
        <translation>{added} lisätty, {changed} muutettu, {retired} pois käytöstä, {restored} palautettu.</translation>
    </message>
    <message>
        <source>{file}: the desk is already as the file says.</source>
        <translation>{file}: palvelupiste on jo tiedoston mukainen.</translation>
    </message>
    <message>
        <source>Applying {file} would change the desk:</source>
        <translation>Tiedoston {file} käyttöönotto muuttaisi palvelupistettä näin:</translation>
    </message>
    <message>
        <source>Nothing can be applied until what is marked with ! is settled.</source>
        <translation>Mitään ei oteta käyttöön, ennen kuin !-merkityt asiat on ratkaistu.</translation>
    </message>
    <message>
        <source>tiski desk apply {file} does it.</source>
        <translation>tiski desk apply {file} tekee sen.</translation>
    </message>
    <message>
        <source>{file} was not applied; nothing changed:</source>
        <translation>Tiedostoa {file} ei otettu käyttöön; mikään ei muuttunut:</translation>
    </message>
    <message>
        <source>Applied {file}:</source>
        <translation>Otettiin käyttöön {file}:</translation>
    </message>
    <message>
        <source>No password yet (they cannot sign in until IT sets one with tiski staff password USER, or their directory account signs them in): {who}</source>
        <translation>Ei vielä salasanaa (eivät voi kirjautua, ennen kuin IT asettaa sen komennolla tiski staff password KÄYTTÄJÄ tai hakemistotili kirjaa heidät sisään): {who}</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name or add --force.</source>
        <translation>{file} on jo olemassa: valitse toinen nimi tai lisää --force.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <translation>Tiedostoa {file} ei voi kirjoittaa: {reason}.</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Kirjoitettiin {file}.</translation>
    </message>
</context>
<context>
    <name>DeskFile</name>
    <message>
        <source>{first} (and {more} more problems)</source>
        <translation>{first} (ja {more} muuta ongelmaa)</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, rivi {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>format must be a whole number; this Tiski writes format = {current}</source>
        <translation>format-arvon on oltava kokonaisluku; tämä Tiski kirjoittaa format = {current}</translation>
    </message>
    <message>
        <source>the file is of format {version}, made by a newer Tiski; this one reads formats up to {current}: install the newer Tiski here too</source>
        <translation>tiedosto on muotoa {version}, ja sen on tehnyt uudempi Tiski; tämä lukee muotoja {current} asti: asenna uudempi Tiski myös tähän</translation>
    </message>
    <message>
        <source>[{table}] has no {key}; add {key} = "..."</source>
        <translation>[{table}]-taulusta puuttuu {key}; lisää {key} = "..."</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} on annettava tekstinä lainausmerkeissä</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} on tyhjä</translation>
    </message>
    <message>
        <source>{key} is {length} characters long; at most {limit} fit</source>
        <translation>{key} on {length} merkkiä pitkä; enintään {limit} mahtuu</translation>
    </message>
    <message>
        <source>{key} '{value}' is not usable: use letters a-z, digits and - . _ without spaces, such as '{example}'</source>
        <translation>{key} '{value}' ei kelpaa: käytä kirjaimia a-z, numeroita ja merkkejä - . _ ilman välilyöntejä, esimerkiksi '{example}'</translation>
    </message>
    <message>
        <source>[{table}] has no {key}; add {key} = &lt;minutes&gt;</source>
        <translation>[{table}]-taulusta puuttuu {key}; lisää {key} = &lt;minuutit&gt;</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}, not {value}</source>
        <translation>{key} on oltava kokonaisluku {low}–{high}, ei {value}</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} on oltava true tai false</translation>
    </message>
    <message>
        <source>{key} must be a list of texts, such as ["a", "b"]</source>
        <translation>{key} on oltava luettelo tekstejä, esimerkiksi ["a", "b"]</translation>
    </message>
    <message>
        <source>[{table}] has no setting {key}; the known ones are: {known}</source>
        <translation>[{table}]-taulussa ei ole asetusta {key}; tunnetut asetukset: {known}</translation>
    </message>
    <message>
        <source>{table} must be written as [[{table}]] tables, one per entry</source>
        <translation>{table} kirjoitetaan [[{table}]]-tauluina, yksi kutakin kohtaa kohden</translation>
    </message>
    <message>
        <source>{table} must be written as a [{table}] table</source>
        <translation>{table} kirjoitetaan [{table}]-tauluna</translation>
    </message>
    <message>
        <source>{what} {value} is given twice; each needs its own</source>
        <translation>{what} {value} on annettu kahdesti; kullakin on oltava omansa</translation>
    </message>
    <message>
        <source>{what} {value} is given twice (also at line {line}); each needs its own</source>
        <translation>{what} {value} on annettu kahdesti (myös rivillä {line}); kullakin on oltava omansa</translation>
    </message>
    <message>
        <source>service {code} names agency {agency}, which the file does not have; add an [[agency]] with code = "{agency}" or correct the name</source>
        <translation>palvelu {code} mainitsee viraston {agency}, jota tiedostossa ei ole; lisää [[agency]], jonka code = "{agency}", tai korjaa nimi</translation>
    </message>
    <message>
        <source>prefix '{prefix}' is not usable: one to three capital letters A-Z, such as "K" or "KP"</source>
        <translation>etuliite '{prefix}' ei kelpaa: yhdestä kolmeen isoa kirjainta A-Z, esimerkiksi "K" tai "KP"</translation>
    </message>
    <message>
        <source>office {code} is the desk's own office ([desk] code); give the other office a code of its own</source>
        <translation>toimipiste {code} on tiskin oma toimipiste ([desk] code); anna toiselle toimipisteelle oma tunnus</translation>
    </message>
    <message>
        <source>counter {code} stands in office {office}, which the file does not have; add an [[office]] with code = "{office}" or correct the name</source>
        <translation>tiski {code} on toimipisteessä {office}, jota tiedostossa ei ole; lisää [[office]], jossa code = "{office}", tai korjaa nimi</translation>
    </message>
    <message>
        <source>{owner} names service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</source>
        <translation>{owner} mainitsee palvelun {code}, jota tiedostossa ei ole; lisää [[service]], jonka code = "{code}", tai korjaa nimi</translation>
    </message>
    <message>
        <source>skills_at must list services per office, such as { ulvila = ["kela-general"] }</source>
        <translation>skills_at-kohdassa on lueteltava palvelut toimipisteittäin, esimerkiksi { ulvila = ["kela-general"] }</translation>
    </message>
    <message>
        <source>staff member {username} has skills at office {office}, which the file does not have; add the [[office]] or correct the name</source>
        <translation>työntekijällä {username} on osaamista toimipisteessä {office}, jota tiedostossa ei ole; lisää [[office]] tai korjaa nimi</translation>
    </message>
    <message>
        <source>role '{role}' is not one of the desk's roles: {roles}</source>
        <translation>rooli '{role}' ei ole palvelupisteen rooli: {roles}</translation>
    </message>
    <message>
        <source>staff member {username} works for agency {agency}, which the file does not have; add the [[agency]] or correct the name</source>
        <translation>työntekijä {username} työskentelee virastossa {agency}, jota tiedostossa ei ole; lisää [[agency]] tai korjaa nimi</translation>
    </message>
    <message>
        <source>specialist {username} needs the agency they answer for: add agency = "&lt;code&gt;"</source>
        <translation>asiantuntijalle {username} on annettava virasto, jonka asioita hän hoitaa: lisää agency = "&lt;koodi&gt;"</translation>
    </message>
    <message>
        <source>life event {code} has no steps: list its services in order</source>
        <translation>elämäntilanteella {code} ei ole vaiheita: luettele sen palvelut järjestyksessä</translation>
    </message>
    <message>
        <source>life event {code} has no services = [...]; list its steps</source>
        <translation>elämäntilanteelta {code} puuttuu services = [...]; luettele sen vaiheet</translation>
    </message>
    <message>
        <source>language '{language}' is not fi, sv or en</source>
        <translation>kieli '{language}' ei ole fi, sv eikä en</translation>
    </message>
    <message>
        <source>note template {title} has no body text</source>
        <translation>muistiinpanopohjalla {title} ei ole tekstiä</translation>
    </message>
    <message>
        <source>note template {title} is longer than {limit} characters</source>
        <translation>muistiinpanopohja {title} on pidempi kuin {limit} merkkiä</translation>
    </message>
    <message>
        <source>note template {title} of service {service} in {language} is given twice</source>
        <translation>palvelun {service} muistiinpanopohja {title} kielellä {language} on annettu kahdesti</translation>
    </message>
    <message>
        <source>note template {title} of service {service} in {language} is given twice (also at line {line})</source>
        <translation>palvelun {service} muistiinpanopohja {title} kielellä {language} on annettu kahdesti (myös rivillä {line})</translation>
    </message>
    <message>
        <source>a desk file has no [{table}]; the known tables are: {known}</source>
        <translation>palvelupistetiedostossa ei ole taulua [{table}]; tunnetut taulut: {known}</translation>
    </message>
    <message>
        <source>the file has no [desk] table: start it with [desk], format = {format} and the desk's names name_fi, name_sv, name_en</source>
        <translation>tiedostosta puuttuu [desk]-taulu: aloita se rivillä [desk], format = {format} ja palvelupisteen nimillä name_fi, name_sv, name_en</translation>
    </message>
    <message>
        <source>the desk offers service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</source>
        <translation>tiski tarjoaa palvelua {code}, jota tiedostossa ei ole; lisää [[service]], jossa code = "{code}", tai korjaa nimi</translation>
    </message>
</context>
<context>
    <name>DeskForm</name>
    <message>
        <source>Desk name</source>
        <translation>Toimipisteen nimi</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:00-16:00; sat 10:00-14:00</source>
        <translation>esim. mon-fri 08:00-16:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Entries separated by semicolons: days (mon-fri, or mon,wed) and times (08:00-16:00); empty: always open</source>
        <translation>Puolipisteellä erotetut rivit: päivät englanninkielisin lyhentein (mon-fri tai mon,wed) ja kellonajat (08:00-16:00); tyhjä: aina auki</translation>
    </message>
    <message>
        <source>Kiosk welcome</source>
        <translation>Vuoronumerolaitteen tervehdys</translation>
    </message>
    <message>
        <source>Display message</source>
        <translation>Näytön viesti</translation>
    </message>
    <message>
        <source>Leave all three of a text empty to use the kiosk's and display's own words.</source>
        <translation>Jätä tekstin kaikki kolme kieliversiota tyhjiksi, niin vuoronumerolaite ja näyttö käyttävät omia tekstejään.</translation>
    </message>
</context>
<context>
    <name>DeskPlan</name>
    <message>
        <source>the file has no IT staff member, so {who} would be switched off and nobody could keep the desk: add them to the file (tiski desk export writes everyone, the first administrator included)</source>
        <translation>tiedostossa ei ole IT-tuen työntekijää, joten {who} poistettaisiin käytöstä eikä kukaan voisi ylläpitää palvelupistettä: lisää heidät tiedostoon (tiski desk export kirjoittaa kaikki, myös ensimmäisen ylläpitäjän)</translation>
    </message>
    <message>
        <source>service {code} cannot be retired while {count} visitors wait for it ({tickets}): serve them or move them to another service first, or keep the service in the file with kiosk = false until they are served</source>
        <translation>palvelua {code} ei voi poistaa käytöstä, kun {count} asiakasta odottaa sitä ({tickets}): palvele heidät tai siirrä toiseen palveluun ensin, tai pidä palvelu tiedostossa asetuksella kiosk = false, kunnes heidät on palveltu</translation>
    </message>
    <message>
        <source>counter {code} cannot be retired while a visitor is called to it ({tickets}): finish or return them first</source>
        <translation>tiskiä {code} ei voi poistaa käytöstä, kun sille on kutsuttu asiakas ({tickets}): päätä asiointi tai palauta asiakas jonoon ensin</translation>
    </message>
    <message>
        <source>{username} is you: you cannot remove your own account while signed in with it; another administrator can</source>
        <translation>{username} olet sinä: et voi poistaa omaa tiliäsi ollessasi kirjautuneena sillä; toinen ylläpitäjä voi</translation>
    </message>
    <message>
        <source>service {code} wants ticket prefix {prefix}, which retired service {holder} still holds (its old tickets carry it): bring {holder} back under its own code, or give {code} another prefix</source>
        <translation>palvelu {code} haluaa vuoronumeron etuliitteen {prefix}, joka on yhä käytöstä poistetulla palvelulla {holder} (sen vanhoissa vuoronumeroissa): palauta {holder} käyttöön omalla koodillaan tai anna palvelulle {code} toinen etuliite</translation>
    </message>
</context>
<context>
    <name>DeskSetup</name>
    <message>
        <source>{first} (and {more} more reasons)</source>
        <translation>{first} (ja {more} muuta syytä)</translation>
    </message>
    <message>
        <source>The database has no desk yet, so there is nothing to export. Apply a desk file first: tiski desk apply FILE.</source>
        <translation>Tietokannassa ei ole vielä palvelupistettä, joten vietävää ei ole. Ota ensin palvelupistetiedosto käyttöön: tiski desk apply TIEDOSTO.</translation>
    </message>
    <message>
        <source>Staff accounts change ({who}): only IT adds, removes or changes staff members; a supervisor may change their skills.</source>
        <translation>Henkilöstön tilit muuttuvat ({who}): vain IT lisää, poistaa tai muuttaa työntekijöitä; esihenkilö voi muuttaa heidän osaamisiaan.</translation>
    </message>
    <message>
        <source>Staff accounts change ({who}): on PostgreSQL each is a login role of the server, which only the database's owner makes. Export the desk to a file and run tiski desk apply FILE with the owner's database URL.</source>
        <translation>Henkilöstön tilit muuttuvat ({who}): PostgreSQL:ssä jokainen on palvelimen kirjautumisrooli, jonka vain tietokannan omistaja tekee. Vie palvelupiste tiedostoon ja aja tiski desk apply TIEDOSTO omistajan tietokanta-URL:llä.</translation>
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
    <name>Doctor</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>Settings are valid. Files read: {files}</source>
        <translation>Asetukset ovat kelvolliset. Luetut tiedostot: {files}</translation>
    </message>
    <message>
        <source>Correct {key} in {source} (tiski config check says what is allowed), then run tiski doctor again; the checks that need the settings were skipped.</source>
        <translation>Korjaa asetus {key} ({source}) (tiski config check kertoo sallitut arvot) ja suorita sitten tiski doctor uudelleen; asetuksia tarvitsevat tarkistukset ohitettiin.</translation>
    </message>
    <message>
        <source>{folder} cannot be written ({reason}).</source>
        <translation>Kansioon {folder} ei voi kirjoittaa ({reason}).</translation>
    </message>
    <message>
        <source>Make the folder belong to the user who runs Tiski: note drafts, the window layout and the embedded database live there.</source>
        <translation>Anna kansion omistajuus Tiskiä suorittavalle käyttäjälle: kansiossa ovat muistiinpanojen luonnokset, ikkunoiden asettelu ja sulautettu tietokanta.</translation>
    </message>
    <message>
        <source>{folder} is writable, but only {free} MB are free on its disk.</source>
        <translation>Kansioon {folder} voi kirjoittaa, mutta sen levyllä on vapaata tilaa vain {free} Mt.</translation>
    </message>
    <message>
        <source>Free some disk space: the embedded database and note drafts grow there.</source>
        <translation>Vapauta levytilaa: sulautettu tietokanta ja muistiinpanojen luonnokset kasvavat tällä levyllä.</translation>
    </message>
    <message>
        <source>{folder} is writable ({free} MB free).</source>
        <translation>Kansioon {folder} voi kirjoittaa (vapaata tilaa {free} Mt).</translation>
    </message>
    <message>
        <source>Make the folder belong to the user who runs Tiski; until then a problem leaves no trace in a log.</source>
        <translation>Anna kansion omistajuus Tiskiä suorittavalle käyttäjälle; siihen asti ongelmista ei jää jälkeä lokiin.</translation>
    </message>
    <message>
        <source>{folder} is writable; log files: {count}, {size} MB.</source>
        <translation>Kansioon {folder} voi kirjoittaa; lokitiedostoja: {count}, {size} Mt.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s.</source>
        <translation>Avainrengas (keyring) ei vastannut {seconds} sekunnin kuluessa.</translation>
    </message>
    <message>
        <source>Unlock the keyring (sign out and in again).</source>
        <translation>Avaa avainrenkaan lukitus (kirjaudu ulos ja uudelleen sisään).</translation>
    </message>
    <message>
        <source>The keyring could not be used ({reason}).</source>
        <translation>Avainrengasta (keyring) ei voitu käyttää ({reason}).</translation>
    </message>
    <message>
        <source>Check the keyring settings of this user.</source>
        <translation>Tarkista tämän käyttäjän avainrengasasetukset.</translation>
    </message>
    <message>
        <source>Backend: {name}.</source>
        <translation>Avainrengaspalvelu: {name}.</translation>
    </message>
    <message>
        <source>This computer has no keyring backend ({name}); a headless Linux has none. Tiski carries on without one.</source>
        <translation>Tässä tietokoneessa ei ole avainrengaspalvelua ({name}); Linuxissa ilman työpöytäympäristöä sitä ei ole. Tiski toimii ilman sitä.</translation>
    </message>
    <message>
        <source>Keep the database password in ~/.pgpass (mode 0600) and the identity key in a file named by identity.key_file; agency plugins' credentials need a keyring (on a desktop: Secret Service, such as GNOME Keyring).</source>
        <translation>Säilytä tietokannan salasana tiedostossa ~/.pgpass (oikeudet 0600) ja tunnisteavain tiedostossa, joka on määritetty asetuksessa identity.key_file; virastojen laajennusten tunnistetiedot vaativat avainrenkaan (työpöytäympäristössä Secret Service, esimerkiksi GNOME Keyring).</translation>
    </message>
    <message>
        <source>No keyring backend was found ({name}).</source>
        <translation>Avainrengaspalvelua ei löytynyt ({name}).</translation>
    </message>
    <message>
        <source>Tiski keeps passwords, the identity key and plugin credentials in the system keyring (Windows Credential Manager, macOS Keychain): check that this user can use it.</source>
        <translation>Tiski säilyttää salasanat, tunnisteavaimen ja laajennusten tunnistetiedot järjestelmän avainrenkaassa (Windowsin Credential Manager, macOSin Keychain): tarkista, että tämä käyttäjä voi käyttää sitä.</translation>
    </message>
    <message>
        <source>Check that the database server is running and that host, port and database name in database.url are right; the password belongs in the keyring (tiski db set-password) or in pgpass.</source>
        <translation>Tarkista, että tietokantapalvelin on käynnissä ja että database.url-asetuksen palvelinnimi, portti ja tietokannan nimi ovat oikein; salasana kuuluu avainrenkaaseen (tiski db set-password) tai pgpass-tiedostoon.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s.</source>
        <translation>{url} ei vastannut {seconds} sekunnin kuluessa.</translation>
    </message>
    <message>
        <source>database.url {url} cannot be used ({reason}).</source>
        <translation>Asetuksen database.url arvoa {url} ei voi käyttää ({reason}).</translation>
    </message>
    <message>
        <source>Correct database.url (tiski config check).</source>
        <translation>Korjaa database.url (tiski config check).</translation>
    </message>
    <message>
        <source>embedded SQLite</source>
        <translation>sulautettu SQLite</translation>
    </message>
    <message>
        <source>SQLite from database.url</source>
        <translation>SQLite asetuksesta database.url</translation>
    </message>
    <message>
        <source>shared PostgreSQL</source>
        <translation>jaettu PostgreSQL</translation>
    </message>
    <message>
        <source>{kind} {url}: not made yet; Tiski makes it (schema {head}) at its start.</source>
        <translation>{kind} {url}: ei vielä luotu; Tiski luo sen (skeema {head}) käynnistyessään.</translation>
    </message>
    <message>
        <source>{kind} {url}: the file does not exist.</source>
        <translation>{kind} {url}: tiedostoa ei ole olemassa.</translation>
    </message>
    <message>
        <source>Correct database.url, or make the database with tiski db upgrade.</source>
        <translation>Korjaa database.url tai luo tietokanta komennolla tiski db upgrade.</translation>
    </message>
    <message>
        <source>Cannot reach {kind} {url} ({reason}).</source>
        <translation>{kind} {url} ei ole tavoitettavissa ({reason}).</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}, current.</source>
        <translation>{kind} {url}: skeema {current}, ajan tasalla.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current} is newer than this Tiski knows (up to {head}); the console will not start.</source>
        <translation>{kind} {url}: skeema {current} on uudempi kuin tämä Tiski tuntee (enintään {head}); Tiski ei käynnisty.</translation>
    </message>
    <message>
        <source>Install the Tiski version the other consoles use.</source>
        <translation>Asenna sama Tiskin versio kuin muissa työasemissa.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}; Tiski upgrades it to {head} at its start.</source>
        <translation>{kind} {url}: skeema {current}; Tiski päivittää sen versioon {head} käynnistyessään.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}, this Tiski needs {head}; the console will not start.</source>
        <translation>{kind} {url}: skeema {current}, mutta tämä Tiski tarvitsee version {head}; Tiski ei käynnisty.</translation>
    </message>
    <message>
        <source>Run tiski db upgrade once for the whole office, when every console has the new Tiski.</source>
        <translation>Suorita tiski db upgrade kerran koko toimipistettä varten, kun kaikissa työasemissa on uusi Tiski.</translation>
    </message>
    <message>
        <source>The roles could not be read within {seconds} s.</source>
        <translation>Rooleja ei saatu luettua {seconds} sekunnissa.</translation>
    </message>
    <message>
        <source>The roles could not be checked ({reason}).</source>
        <translation>Rooleja ei voitu tarkistaa ({reason}).</translation>
    </message>
    <message>
        <source>Roles, grants and row-level security are in place; this console connects as a person, not as the owner.</source>
        <translation>Roolit, oikeudet ja rivitason suojaus ovat kunnossa; tämä konsoli yhdistää henkilönä, ei omistajana.</translation>
    </message>
    <message>
        <source>The server's autovacuum setting could not be read ({reason}).</source>
        <translation>Palvelimen autovacuum-asetusta ei voitu lukea ({reason}).</translation>
    </message>
    <message>
        <source>Autovacuum is on: the planner's statistics follow the queue.</source>
        <translation>Autovacuum on päällä: kyselysuunnittelijan tilastot pysyvät jonon tahdissa.</translation>
    </message>
    <message>
        <source>Autovacuum is off on the database server (autovacuum {autovacuum}, track_counts {track_counts}): its statistics go stale as the day's tickets come in, and the queue's reads slow down.</source>
        <translation>Autovacuum on tietokantapalvelimella pois päältä (autovacuum {autovacuum}, track_counts {track_counts}): sen tilastot vanhenevat päivän vuoronumeroiden kertyessä, ja jonon lukeminen hidastuu.</translation>
    </message>
    <message>
        <source>Set autovacuum = on and track_counts = on in postgresql.conf and reload the server; until then run ANALYZE after large loads (tiski db upgrade and tiski db seed-demo do).</source>
        <translation>Aseta postgresql.conf-tiedostoon autovacuum = on ja track_counts = on ja lataa palvelimen asetukset uudelleen; siihen asti aja ANALYZE suurten latausten jälkeen (tiski db upgrade ja tiski db seed-demo tekevät sen).</translation>
    </message>
    <message>
        <source>See docs/deploy.md (staff accounts) and docs/security.md (isolation).</source>
        <translation>Katso docs/deploy.md (työntekijöiden tunnukset) ja docs/security.md (eristys).</translation>
    </message>
    <message>
        <source>The desk's set-up could not be read ({reason}).</source>
        <translation>Palvelupisteen asetuksia ei voitu lukea ({reason}).</translation>
    </message>
    <message>
        <source>Start tiski: its first start sets the desk up (a desk file, a small office or the demo); or run tiski desk apply FILE.</source>
        <translation>Käynnistä tiski: ensimmäinen käynnistys ohjaa palvelupisteen perustamisen (palvelupistetiedosto, pieni toimipiste tai esittely); tai aja tiski desk apply TIEDOSTO.</translation>
    </message>
    <message>
        <source>Write the desk file (tiski desk template FILE gives a start) and run tiski desk apply FILE with the owner's database URL (docs/deploy.md).</source>
        <translation>Kirjoita palvelupistetiedosto (tiski desk template TIEDOSTO antaa pohjan) ja aja tiski desk apply TIEDOSTO omistajan tietokanta-URL:llä (docs/deploy.md).</translation>
    </message>
    <message>
        <source>No desk is set up in this database yet.</source>
        <translation>Tähän tietokantaan ei ole vielä perustettu palvelupistettä.</translation>
    </message>
    <message>
        <source>{name}: {services} services, {counters} counters, {staff} staff; nobody has the skill to serve {orphans}.</source>
        <translation>{name}: {services} palvelua, {counters} tiskiä, {staff} työntekijää; kenelläkään ei ole osaamista palvella: {orphans}.</translation>
    </message>
    <message>
        <source>Give someone the skill in the desk file (skills = [...]) or in the admin window, or set kiosk = false until someone does.</source>
        <translation>Anna jollekulle osaaminen palvelupistetiedostossa (skills = [...]) tai ylläpitoikkunassa, tai aseta kiosk = false siihen asti.</translation>
    </message>
    <message>
        <source>{name}: {services} services, {counters} counters, {staff} staff.</source>
        <translation>{name}: {services} palvelua, {counters} tiskiä, {staff} työntekijää.</translation>
    </message>
    <message>
        <source>Run tiski privacy check (on PostgreSQL with the owner's URL) for every row; docs/security.md says how to mask what it finds.</source>
        <translation>Aja tiski privacy check (PostgreSQLissä omistajan URL-osoitteella), niin se käy läpi kaikki rivit; docs/security.md kertoo, miten löydetyt peitetään.</translation>
    </message>
    <message>
        <source>The look for identity codes in clear did not finish within {seconds} s.</source>
        <translation>Peittämättömien henkilötunnusten etsintä ei valmistunut {seconds} sekunnissa.</translation>
    </message>
    <message>
        <source>The look for identity codes in clear failed ({reason}).</source>
        <translation>Peittämättömien henkilötunnusten etsintä epäonnistui ({reason}).</translation>
    </message>
    <message>
        <source>No identity code in clear in the newest {rows} rows of each table nor in this PC's journal.</source>
        <translation>Ei peittämättömiä henkilötunnuksia minkään taulun {rows} uusimmalla rivillä eikä tämän koneen luonnoksissa.</translation>
    </message>
    <message>
        <source>Identity codes in clear in {places}.</source>
        <translation>Peittämättömiä henkilötunnuksia: {places}.</translation>
    </message>
    <message>
        <source>Give this console the desk's key with tiski identity set-key, or name a key file in identity.key_file.</source>
        <translation>Anna tälle työasemalle toimipisteen avain komennolla tiski identity set-key tai määritä avaintiedosto asetuksessa identity.key_file.</translation>
    </message>
    <message>
        <source>The identity key could not be checked ({reason}).</source>
        <translation>Tunnisteavainta ei voitu tarkistaa ({reason}).</translation>
    </message>
    <message>
        <source>IT puts the desk's key into the database: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</source>
        <translation>IT vie palvelupisteen avaimen tietokantaan: tiski identity set-key --from-keyring (tai --from-file TIEDOSTO) omistajan tietokantaosoitteella.</translation>
    </message>
    <message>
        <source>Remove it from this computer: python -m keyring del tiski/identity site-key, and delete the file identity.key_file names.</source>
        <translation>Poista se tältä tietokoneelta: python -m keyring del tiski/identity site-key, ja poista tiedosto, jonka identity.key_file nimeää.</translation>
    </message>
    <message>
        <source>Kept in the desk database, which hashes identity codes itself; not checked, the database could not be read.</source>
        <translation>Palvelupisteen tietokannassa, joka tiivistää henkilötunnukset itse; ei tarkistettu, koska tietokantaa ei voitu lukea.</translation>
    </message>
    <message>
        <source>The desk database holds no identity key yet, so identity codes cannot be used (the queue works).</source>
        <translation>Palvelupisteen tietokannassa ei ole vielä tunnistusavainta, joten henkilötunnuksia ei voi käyttää (jono toimii).</translation>
    </message>
    <message>
        <source>In the desk database (fingerprint {fingerprint}), but this computer still keeps an identity key, which a PostgreSQL desk does not use: whoever can run code as this user could read it.</source>
        <translation>Palvelupisteen tietokannassa (sormenjälki {fingerprint}), mutta tällä tietokoneella on yhä tunnistusavain, jota PostgreSQL-palvelupiste ei käytä: kuka tahansa, joka voi ajaa ohjelmia tämän käyttäjän nimissä, voisi lukea sen.</translation>
    </message>
    <message>
        <source>In the desk database (fingerprint {fingerprint}), readable by its owner only; this console holds none.</source>
        <translation>Palvelupisteen tietokannassa (sormenjälki {fingerprint}), vain sen omistajan luettavissa; tällä konsolilla ei ole avainta.</translation>
    </message>
    <message>
        <source>the key file {file}</source>
        <translation>avaintiedostossa {file}</translation>
    </message>
    <message>
        <source>this computer's keyring</source>
        <translation>tämän tietokoneen avainrenkaassa</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); it may be locked.</source>
        <translation>Avainrengasta ei voitu lukea ({reason}); se voi olla lukittu.</translation>
    </message>
    <message>
        <source>None yet: the embedded database makes its own key when an identity code is first used.</source>
        <translation>Ei vielä: sulautettu tietokanta luo oman avaimensa, kun henkilötunnusta käytetään ensimmäisen kerran.</translation>
    </message>
    <message>
        <source>This console has no identity key, so identity codes cannot be used at it (the queue works).</source>
        <translation>Tälle työasemalle ei ole määritetty tunnisteavainta, joten henkilötunnuksia ei voi käyttää siinä (jono toimii kuitenkin).</translation>
    </message>
    <message>
        <source>In {source} (fingerprint {fingerprint}); not compared with the database, which could not be read.</source>
        <translation>Avain on {source} (sormenjälki {fingerprint}); sitä ei verrattu tietokantaan, koska tietokantaa ei voitu lukea.</translation>
    </message>
    <message>
        <source>In {source} (fingerprint {fingerprint}); the database has none yet: the first identity code used sets it.</source>
        <translation>Avain on {source} (sormenjälki {fingerprint}); tietokannassa ei ole vielä sormenjälkeä: se asetetaan, kun henkilötunnusta käytetään ensimmäisen kerran.</translation>
    </message>
    <message>
        <source>In {source}; matches the database (fingerprint {fingerprint}).</source>
        <translation>Avain on {source}; se vastaa tietokantaa (sormenjälki {fingerprint}).</translation>
    </message>
    <message>
        <source>The key in {source} (fingerprint {fingerprint}) is not the one the database was set up with ({stored}): visitors identified with the desk's key would not be found, so identity codes cannot be used at this console.</source>
        <translation>Avain sijainnissa {source} (sormenjälki {fingerprint}) ei ole se, jolla tietokanta on otettu käyttöön ({stored}): toimipisteen avaimella tunnistettuja asiakkaita ei löytyisi, joten henkilötunnuksia ei voi käyttää tällä työasemalla.</translation>
    </message>
    <message>
        <source>The backup {backup} holds the database's key: tiski identity set-key --from-file {backup}</source>
        <translation>Varmuuskopiossa {backup} on tietokannan avain: tiski identity set-key --from-file {backup}</translation>
    </message>
    <message>
        <source>See tiski plugins list and the log file.</source>
        <translation>Katso komennon tiski plugins list tuloste ja lokitiedosto.</translation>
    </message>
    <message>
        <source>The plugins could not be listed ({reason}).</source>
        <translation>Laajennuksia ei voitu luetella ({reason}).</translation>
    </message>
    <message>
        <source>No agency plugins were found.</source>
        <translation>Virastojen laajennuksia ei löytynyt.</translation>
    </message>
    <message>
        <source>The console works without them; the first-party ones come with Tiski (reinstall it if they are missing).</source>
        <translation>Tiski toimii ilman niitä; Tiskin omat laajennukset asennetaan Tiskin mukana (asenna Tiski uudelleen, jos ne puuttuvat).</translation>
    </message>
    <message>
        <source>{plugin}: no answer within {seconds} s (keyring or back office).</source>
        <translation>{plugin}: ei vastausta {seconds} sekunnin kuluessa (avainrengas tai taustajärjestelmä).</translation>
    </message>
    <message>
        <source>Check the network to the back office and that the keyring is open.</source>
        <translation>Tarkista verkkoyhteys taustajärjestelmään ja varmista, että avainrenkaan lukitus on avattu.</translation>
    </message>
    <message>
        <source>{plugin}: could not be checked ({reason}).</source>
        <translation>{plugin}: ei voitu tarkistaa ({reason}).</translation>
    </message>
    <message>
        <source>{plugin}: off. {reason}</source>
        <translation>{plugin}: pois käytöstä. {reason}</translation>
    </message>
    <message>
        <source>{plugin}: {reason}</source>
        <translation>{plugin}: {reason}</translation>
    </message>
    <message>
        <source>Remove one of the two copies.</source>
        <translation>Poista toinen kahdesta kopiosta.</translation>
    </message>
    <message>
        <source>{plugin}: refused, not loaded. {reason}</source>
        <translation>{plugin}: torjuttu, ei ladattu. {reason}</translation>
    </message>
    <message>
        <source>Give the plugin an id of its own, trust a folder IT changed again (tiski plugins trust {path}), or remove it.</source>
        <translation>Anna laajennukselle oma tunnus, hyväksy IT-tuen muuttama kansio uudelleen (tiski plugins trust {path}) tai poista laajennus.</translation>
    </message>
    <message>
        <source>{plugin}: invalid, not loaded. {reason}</source>
        <translation>{plugin}: virheellinen, ei ladattu. {reason}</translation>
    </message>
    <message>
        <source>Fix it (tiski plugins check {path}) or remove it.</source>
        <translation>Korjaa se (tiski plugins check {path}) tai poista se.</translation>
    </message>
    <message>
        <source>{plugin}: its panel shows an error. {reason}</source>
        <translation>{plugin}: sen paneeli näyttää virheen. {reason}</translation>
    </message>
    <message>
        <source>Correct {key} in the site settings.</source>
        <translation>Korjaa asetus {key} toimipistekohtaisissa asetuksissa.</translation>
    </message>
    <message>
        <source>its credential {name} is not in the keyring</source>
        <translation>sen tunnistetieto {name} puuttuu avainrenkaasta</translation>
    </message>
    <message>
        <source>Keep it in the keyring: tiski plugins set-credential {id} {name}.</source>
        <translation>Tallenna se avainrenkaaseen: tiski plugins set-credential {id} {name}.</translation>
    </message>
    <message>
        <source>it declares no health check</source>
        <translation>sille ei ole määritetty tilatarkistusta</translation>
    </message>
    <message>
        <source>{url} answered in {seconds} s</source>
        <translation>{url} vastasi ajassa {seconds} s</translation>
    </message>
    <message>
        <source>its back office is slow: {url} took {seconds} s</source>
        <translation>sen taustajärjestelmä on hidas: {url} vastasi vasta ajassa {seconds} s</translation>
    </message>
    <message>
        <source>Tell the agency's contact if it stays slow; the panel waits longer.</source>
        <translation>Ilmoita viraston yhteyshenkilölle, jos hitaus jatkuu; paneeli odottaa vastausta tavallista pidempään.</translation>
    </message>
    <message>
        <source>its back office is down: {url}</source>
        <translation>sen taustajärjestelmä ei vastaa: {url}</translation>
    </message>
    <message>
        <source>Check plugins.{id}.base_url in the site settings and the network to the back office (the demo's sandbox: tiski sandbox serve).</source>
        <translation>Tarkista plugins.{id}.base_url toimipistekohtaisissa asetuksissa sekä verkkoyhteys taustajärjestelmään (demon testiympäristö: tiski sandbox serve).</translation>
    </message>
    <message>
        <source>{plugin}: ready; {answered}.</source>
        <translation>{plugin}: valmis; {answered}.</translation>
    </message>
    <message>
        <source>{plugin}: ready, but {problems}.</source>
        <translation>{plugin}: valmis, mutta {problems}.</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>Kiosk tickets go into the PDF file {file}.</source>
        <translation>Vuoronumerolaitteen vuoronumerot tulostetaan PDF-tiedostoon {file}.</translation>
    </message>
    <message>
        <source>Kiosk tickets go into {file}, but {folder} is not writable.</source>
        <translation>Vuoronumerolaitteen vuoronumerot tulostetaan tiedostoon {file}, mutta kansioon {folder} ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Correct kiosk.print_to_pdf, or the folder's owner.</source>
        <translation>Korjaa kiosk.print_to_pdf tai kansion omistaja.</translation>
    </message>
    <message>
        <source>The kiosk printer {name} is there.</source>
        <translation>Vuoronumerolaitteen tulostin {name} on käytettävissä.</translation>
    </message>
    <message>
        <source>There is no printer {name} (kiosk.printer); printers here: {names}.</source>
        <translation>Tulostinta {name} (kiosk.printer) ei ole; tämän tietokoneen tulostimet: {names}.</translation>
    </message>
    <message>
        <source>Connect that printer, or name one of these in kiosk.printer.</source>
        <translation>Liitä kyseinen tulostin tai määritä jokin näistä asetukseen kiosk.printer.</translation>
    </message>
    <message>
        <source>Kiosk tickets go to the default printer {name}.</source>
        <translation>Vuoronumerolaitteen vuoronumerot tulostetaan oletustulostimelle {name}.</translation>
    </message>
    <message>
        <source>No printer: a kiosk here could not print tickets.</source>
        <translation>Ei tulostinta: vuoronumerolaite ei voisi tulostaa vuoronumeroita tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Only a kiosk prints: there, connect the ticket printer and make it the default or name it in kiosk.printer. A counter PC needs none.</source>
        <translation>Vain vuoronumerolaite tulostaa: liitä siihen vuoronumerotulostin ja aseta se oletustulostimeksi tai määritä se asetukseen kiosk.printer. Palvelupisteen tietokone ei tarvitse tulostinta.</translation>
    </message>
    <message>
        <source>Tiski can open windows here.</source>
        <translation>Tiski voi avata ikkunoita tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Nothing to do in a remote session: the desk's own screen is what counts.</source>
        <translation>Etäyhteydessä ei tarvitse tehdä mitään: ratkaisevaa on palvelupisteen oman näytön toimivuus.</translation>
    </message>
    <message>
        <source>Plugin processes are locked down: {protections}.</source>
        <translation>Laajennusten prosessit on suljettu: {protections}.</translation>
    </message>
    <message>
        <source>Plugin processes run with fewer protections here: {protections}. Each plugin still runs in a process of its own without credentials, database or keyring, but with the reach of this OS account.</source>
        <translation>Laajennusten prosesseilla on tässä vähemmän suojauksia: {protections}. Jokainen laajennus toimii silti omassa prosessissaan ilman tunnuksia, tietokantaa tai avainnippua, mutta tämän käyttöjärjestelmätilin oikeuksin.</translation>
    </message>
    <message>
        <source>Use Linux 6.12 or later for every protection (docs/plugins.md).</source>
        <translation>Kaikki suojaukset saa Linuxin versiolla 6.12 tai uudemmalla (docs/plugins.md).</translation>
    </message>
    <message>
        <source>The Qt libraries are a safe release.</source>
        <translation>Qt-kirjastot ovat turvallista versiota.</translation>
    </message>
    <message>
        <source>PySide6 {version} on this Python crashes the console after some thousands of background jobs.</source>
        <translation>PySide6 {version} kaataa tällä Pythonilla konsolin muutaman tuhannen taustatehtävän jälkeen.</translation>
    </message>
    <message>
        <source>Install the versions Tiski is tested with: pip install -c constraints.txt tiski, or use the packaged installer.</source>
        <translation>Asenna versiot, joilla Tiski on testattu: pip install -c constraints.txt tiski, tai käytä valmista asennuspakettia.</translation>
    </message>
    <message>
        <source>Broken: {names}. The desk cannot work until that is fixed.</source>
        <translation>Viat: {names}. Tiski ei ole käyttökunnossa, ennen kuin ne on korjattu.</translation>
    </message>
    <message>
        <source>Warnings: {count}. The desk can work; see what to do above.</source>
        <translation>Varoituksia: {count}. Tiski on käyttökunnossa; toimenpiteet on kuvattu yllä.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Kaikki on kunnossa.</translation>
    </message>
    <message>
        <source>The lobby display does not read calls out (display.voice is off).</source>
        <translation>Aulanäyttö ei lue kutsuja ääneen (display.voice on pois päältä).</translation>
    </message>
    <message>
        <source>A lobby display here reads calls out with {engine} ({program}).</source>
        <translation>Tämän koneen aulanäyttö lukee kutsut ääneen puhemoottorilla {engine} ({program}).</translation>
    </message>
    <message>
        <source>No speech engine: a lobby display here would only chime, not read calls out.</source>
        <translation>Puhemoottoria ei ole: tämän koneen aulanäyttö vain soittaisi merkkiäänen eikä lukisi kutsuja ääneen.</translation>
    </message>
    <message>
        <source>Only the lobby display speaks: on its PC install espeak-ng (Linux) or turn on Windows' speech voices. A counter PC needs none.</source>
        <translation>Vain aulanäyttö puhuu: asenna sen koneeseen espeak-ng (Linux) tai ota käyttöön Windowsin puheäänet. Tiskin kone ei tarvitse puhetta.</translation>
    </message>
</context>
<context>
    <name>DvvPanel</name>
    <message>
        <source>Digital and Population Data Services Agency</source>
        <translation>Digi- ja väestötietovirasto</translation>
    </message>
    <message>
        <source>Identify the visitor to see their address, moves and Suomi.fi mandates.</source>
        <translation>Tunnista asiakas, niin näet hänen osoitteensa, muuttonsa ja Suomi.fi-valtuutensa.</translation>
    </message>
    <message>
        <source>Not shown here</source>
        <translation>Ei näytetä tässä</translation>
    </message>
    <message>
        <source>DVV's back office sent an answer the panel does not understand.</source>
        <translation>DVV:n taustajärjestelmä lähetti vastauksen, jota paneeli ei ymmärrä.</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Vakinainen osoite</translation>
    </message>
    <message>
        <source>No address in the Population Information System.</source>
        <translation>Väestötietojärjestelmässä ei ole osoitetta.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Moves on {date}</source>
        <translation>Muuttaa {date}</translation>
    </message>
    <message>
        <source>Moved on {date}</source>
        <translation>Muutti {date}</translation>
    </message>
    <message>
        <source>new municipality</source>
        <translation>uusi kunta</translation>
    </message>
    <message>
        <source>notified on {date}</source>
        <translation>ilmoitettu {date}</translation>
    </message>
    <message>
        <source>No recorded moves.</source>
        <translation>Ei kirjattuja muuttoja.</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Muutot</translation>
    </message>
    <message>
        <source>Given to {party}</source>
        <translation>Annettu valtuus: {party}</translation>
    </message>
    <message>
        <source>Held for {party}</source>
        <translation>Saatu valtuus: {party}</translation>
    </message>
    <message>
        <source>valid {start}–{end}</source>
        <translation>voimassa {start}–{end}</translation>
    </message>
    <message>
        <source>valid from {start}</source>
        <translation>voimassa {start} alkaen</translation>
    </message>
    <message>
        <source>No Suomi.fi mandates.</source>
        <translation>Ei Suomi.fi-valtuuksia.</translation>
    </message>
    <message>
        <source>Suomi.fi</source>
        <translation>Suomi.fi</translation>
    </message>
    <message>
        <source>Give or check mandates</source>
        <translation>Anna tai tarkista valtuudet</translation>
    </message>
    <message>
        <source>Suomi.fi mandates</source>
        <translation>Suomi.fi-valtuudet</translation>
    </message>
    <message>
        <source>address {address} from {date}</source>
        <translation>osoite {address} {date} alkaen</translation>
    </message>
    <message>
        <source>moved on {date} from {origin}</source>
        <translation>muutti {date} osoitteesta {origin}</translation>
    </message>
    <message>
        <source>DVV: {facts}</source>
        <translation>DVV: {facts}</translation>
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

Tiski carries on. If it happens again: %3 Give them the log file:
%2</source>
        <translation>Jokin meni vikaan: %1

Tiski jatkaa toimintaansa. Jos tämä toistuu: %3 Anna heille lokitiedosto:
%2</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>is larger than {limit}, far larger than such a file should be; check that this is the right file</source>
        <translation>on suurempi kuin {limit}, paljon suurempi kuin tällaisen tiedoston kuuluu olla; tarkista, että tiedosto on oikea</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); check that it belongs to the user running Tiski</source>
        <translation>tiedostoa ei voi lukea ({reason}); tarkista, että sen omistaa Tiskiä suorittava käyttäjä</translation>
    </message>
    <message>
        <source>is a folder, not a file; name the file itself</source>
        <translation>on kansio eikä tiedosto; anna itse tiedoston nimi</translation>
    </message>
    <message>
        <source>is a device, a pipe or a socket, not an ordinary file; name a file</source>
        <translation>on laite, putki tai pistoke eikä tavallinen tiedosto; anna tiedoston nimi</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole olemassa</translation>
    </message>
    <message>
        <source>is saved as UTF-16 text; save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>on tallennettu UTF-16-tekstinä; tallenna se uudelleen UTF-8-muodossa (Muistiossa: Tallenna nimellä, Koodaus: UTF-8)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte} at line {line}, column {column}); save it as UTF-8 or remove that character</source>
        <translation>ei ole UTF-8-tekstiä (tavu 0x{byte} rivillä {line}, sarakkeessa {column}); tallenna se UTF-8-muodossa tai poista se merkki</translation>
    </message>
    <message>
        <source>has tables or lists nested inside each other too deeply to read; such a file needs only a few levels</source>
        <translation>siinä on taulukoita tai listoja liian monta tasoa sisäkkäin luettavaksi; tällainen tiedosto tarvitsee vain muutaman tason</translation>
    </message>
    <message>
        <source>line {line}: not valid TOML ({reason})</source>
        <translation>rivi {line}: ei ole kelvollista TOML-muotoa ({reason})</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({reason})</source>
        <translation>rivi {line}: ei ole kelvollista JSON-muotoa ({reason})</translation>
    </message>
    <message>
        <source>already exists; nothing was written. Choose another name</source>
        <translation>on jo olemassa; mitään ei kirjoitettu. Valitse toinen nimi</translation>
    </message>
    <message>
        <source>is a symbolic link; nothing was written, and Tiski does not write through links. Name a file in a folder of your own</source>
        <translation>on symbolinen linkki; mitään ei kirjoitettu, eikä Tiski kirjoita linkkien kautta. Anna tiedosto omassa kansiossasi</translation>
    </message>
    <message>
        <source>cannot be written ({reason}); check that the folder exists and belongs to the user running Tiski</source>
        <translation>ei voi kirjoittaa ({reason}); tarkista, että kansio on olemassa ja kuuluu käyttäjälle, joka käyttää Tiskiä</translation>
    </message>
    <message>
        <source>belongs to another user; nothing was written. Choose another name</source>
        <translation>kuuluu toiselle käyttäjälle; mitään ei kirjoitettu. Valitse toinen nimi</translation>
    </message>
    <message>
        <source>can be read by other users of this computer, and so could what Tiski would write into it; nothing was written. Delete it first or choose another name</source>
        <translation>tämän tietokoneen muut käyttäjät voivat lukea sen, ja niin myös sen, mitä Tiski kirjoittaisi siihen; mitään ei kirjoitettu. Poista se ensin tai valitse toinen nimi</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Give the administrator's user name.</source>
        <translation>Anna ylläpitäjän käyttäjätunnus.</translation>
    </message>
    <message>
        <source>Give the administrator's full name.</source>
        <translation>Anna ylläpitäjän koko nimi.</translation>
    </message>
    <message>
        <source>The database {place} has no tables yet, so no one can sign in. IT sets it up once for the whole office, with the database owner's URL:
{commands}
Then start Tiski again and sign in.</source>
        <translation>Tietokannassa {place} ei ole vielä tauluja, joten kukaan ei voi kirjautua. IT ottaa sen käyttöön kerran koko toimipisteelle tietokannan omistajan URL-osoitteella:
{commands}
Käynnistä sitten Tiski uudelleen ja kirjaudu.</translation>
    </message>
    <message>
        <source>The database {place} has no staff accounts yet, so no one can sign in. IT adds the desk and its people with the database owner's URL:
{commands}
Then start Tiski again and sign in.</source>
        <translation>Tietokannassa {place} ei ole vielä henkilökunnan tunnuksia, joten kukaan ei voi kirjautua. IT lisää toimipisteen ja sen henkilökunnan tietokannan omistajan URL-osoitteella:
{commands}
Käynnistä sitten Tiski uudelleen ja kirjaudu.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Tiski: first start</source>
        <translation>Tiski: ensimmäinen käynnistys</translation>
    </message>
    <message>
        <source>The desk is set up, but nobody can sign in to it yet. Create your own account as IT; add the other staff members later.</source>
        <translation>Asiointipiste on määritetty, mutta kukaan ei voi vielä kirjautua. Luo oma IT-tunnuksesi; lisää muu henkilökunta myöhemmin.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Create the desk</source>
        <translation>&amp;Luo toimipiste</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Avaa esittely</translation>
    </message>
    <message>
        <source>Opening the demo desk…</source>
        <translation>Avataan esittelytoimipistettä…</translation>
    </message>
    <message>
        <source>Setting up the desk…</source>
        <translation>Otetaan toimipistettä käyttöön…</translation>
    </message>
    <message>
        <source>The desk could not be set up (%1). Try again, or see the log file.</source>
        <translation>Asiointipistettä ei voitu ottaa käyttöön (%1). Yritä uudelleen tai katso lokitiedosto.</translation>
    </message>
    <message>
        <source>Leave the first start? What you typed is lost and the desk stays empty; Tiski asks again at the next start.</source>
        <translation>Keskeytetäänkö ensimmäinen käynnistys? Kirjoittamasi katoaa ja toimipiste jää tyhjäksi; Tiski kysyy uudelleen seuraavalla käynnistyskerralla.</translation>
    </message>
</context>
<context>
    <name>Floor</name>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>free</source>
        <translation>vapaa</translation>
    </message>
    <message>
        <source>called</source>
        <translation>kutsuttu</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>palvelee</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>tauolla</translation>
    </message>
    <message>
        <source>not heard from</source>
        <translation>ei yhteyttä</translation>
    </message>
    <message>
        <source>{service}: a visitor has waited {minutes} min, over twice the target of {target} min.</source>
        <translation>{service}: asiakas on odottanut {minutes} min, yli kaksi kertaa tavoitteen {target} min.</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, and nobody signed in can serve it.</source>
        <translation>{service}: {waiting} odottaa, eikä kukaan kirjautuneista voi palvella sitä.</translation>
    </message>
    <message>
        <source>Counter {counter} has served {ticket} for {minutes} min, over {factor} times the usual {usual} min.</source>
        <translation>Palvelupiste {counter} on palvellut vuoronumeroa {ticket} {minutes} min, yli {factor} kertaa tavallisen {usual} min.</translation>
    </message>
    <message>
        <source>Counter {counter}'s console is not heard from, with {ticket} at it: return the visitor to the queue if nobody is there.</source>
        <translation>Palvelupisteen {counter} konsolista ei kuulu mitään, ja siellä on {ticket}: palauta asiakas jonoon, jos siellä ei ole ketään.</translation>
    </message>
    <message>
        <source>{agency}'s back office does not answer at {counters} (since {time}): its panels show what they last knew. Call the agency's support.</source>
        <translation>{agency}: taustajärjestelmä ei vastaa tiskeillä {counters} (klo {time} alkaen): sen paneelit näyttävät viimeksi saadut tiedot. Soita viraston tukeen.</translation>
    </message>
    <message>
        <source>There is no service {code} at the desk.</source>
        <translation>Tiskillä ei ole palvelua {code}.</translation>
    </message>
    <message>
        <source>{username} does not serve at a counter: only advisors' and specialists' skills are planned for the day.</source>
        <translation>{username} ei palvele tiskillä: päivän osaamiset suunnitellaan vain palveluneuvojille ja asiantuntijoille.</translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <source>Tiski – floor</source>
        <translation>Tiski – sali</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Virasto</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Pisin odotus</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Palveltu tänään</translation>
    </message>
    <message>
        <source>open</source>
        <translation>auki</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Waiting for a specialist</source>
        <translation>Odottaa asiantuntijaa</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Closed: the kiosk issues no new tickets. Nobody to serve: nobody signed in has the skill.</source>
        <translation>Suljettu: lippuautomaatti ei anna uusia vuoronumeroita. Ei palvelijaa: kenelläkään kirjautuneista ei ole osaamista.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>As the consoles' agency panels find it: not reachable, slow, or fine.</source>
        <translation>Kuten konsolien virastopaneelit sen näkevät: ei tavoitettavissa, hidas tai kunnossa.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Vuoronumero</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <source>Close for new &amp;tickets…</source>
        <translation>Sulje uusilta &amp;vuoronumeroilta…</translation>
    </message>
    <message>
        <source>The kiosk stops issuing tickets for the chosen service and says so; the lobby guide still can. Those already waiting are served.</source>
        <translation>Lippuautomaatti lakkaa antamasta vuoronumeroita valitulle palvelulle ja kertoo sen; aulaopas voi yhä antaa niitä. Jo jonossa olevat palvellaan.</translation>
    </message>
    <message>
        <source>&amp;Move a waiting visitor…</source>
        <translation>&amp;Siirrä odottava asiakas…</translation>
    </message>
    <message>
        <source>Move one of the chosen service's waiting visitors to another service or to one counter; they keep their place in time.</source>
        <translation>Siirrä valitun palvelun odottava asiakas toiseen palveluun tai tietylle tiskille; hän säilyttää paikkansa jonossa.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Virastot</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Palvelupisteet</translation>
    </message>
    <message>
        <source>Return the visitor to the &amp;queue…</source>
        <translation>Palauta asiakas &amp;jonoon…</translation>
    </message>
    <message>
        <source>For a counter whose console is not heard from: the visitor goes back to the front of their queue, at their original place in time.</source>
        <translation>Palvelupisteelle, jonka konsolista ei kuulu mitään: asiakas palaa jonon kärkeen alkuperäiselle paikalleen.</translation>
    </message>
    <message>
        <source>Skills for to&amp;day…</source>
        <translation>Päivän &amp;osaamiset…</translation>
    </message>
    <message>
        <source>Let a person serve other services today, e.g. another agency's long queue; tomorrow they serve their usual skills again.</source>
        <translation>Anna henkilön palvella tänään muita palveluita, esim. toisen viraston pitkää jonoa; huomenna hän palvelee taas tavallisilla osaamisillaan.</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Sali</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>R&amp;eports…</source>
        <translation>&amp;Raportit…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>closed for tickets</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>nobody to serve</source>
        <translation>ei palvelijaa</translation>
    </message>
    <message>
        <source>Target %1 min</source>
        <translation>Tavoite %1 min</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>ei tavoitettavissa</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>hidas</translation>
    </message>
    <message>
        <source>Open for new &amp;tickets</source>
        <translation>Avaa uusille &amp;vuoronumeroille</translation>
    </message>
    <message>
        <source>Close for new tickets</source>
        <translation>Sulje uusilta vuoronumeroilta</translation>
    </message>
    <message>
        <source>Stop issuing tickets for %1 at the kiosk? The kiosk says it takes no more tickets today; the %2 already waiting are served, and the lobby guide can still issue tickets.</source>
        <translation>Lopetetaanko palvelun %1 vuoronumerot lippuautomaatissa? Automaatti kertoo, ettei vuoronumeroita enää anneta tänään; jo jonossa olevat %2 palvellaan, ja aulaopas voi yhä antaa vuoronumeroita.</translation>
    </message>
    <message>
        <source>%1 was moved; they keep their place.</source>
        <translation>%1 siirrettiin; paikka jonossa säilyy.</translation>
    </message>
    <message>
        <source>%1 takes no more tickets at the kiosk.</source>
        <translation>%1: lippuautomaatti ei enää anna vuoronumeroita.</translation>
    </message>
    <message>
        <source>%1 takes tickets again.</source>
        <translation>%1: vuoronumeroita annetaan taas.</translation>
    </message>
    <message>
        <source>Return the visitor to the queue</source>
        <translation>Palauta asiakas jonoon</translation>
    </message>
    <message>
        <source>Return %1 from counter %2 to the front of their queue? The next free counter calls them; the return is recorded in the audit trail.</source>
        <translation>Palautetaanko %1 palvelupisteeltä %2 jonon kärkeen? Seuraava vapaa palvelupiste kutsuu asiakkaan; palautus kirjataan lokiin.</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 on taas jonossa.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ei tehty</translation>
    </message>
    <message>
        <source>The floor could not be read; trying again shortly.</source>
        <translation>Salin tilannetta ei voitu lukea; yritetään pian uudelleen.</translation>
    </message>
    <message>
        <source>Nothing needs a hand right now.</source>
        <translation>Mikään ei kaipaa apua juuri nyt.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Hälytykset (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · served today %2 · staff present %3</source>
        <translation>Odottaa %1 · palveltu tänään %2 · palvelijoita paikalla %3</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Päivitetty %1</translation>
    </message>
</context>
<context>
    <name>GuidePages</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tiski – lobby guide</source>
        <translation>Tiski – aulaohjaaja</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>Vuoronumeroa ei ole vielä annettu.</translation>
    </message>
    <message>
        <source>Print &amp;slip</source>
        <translation>&amp;Tulosta lappu</translation>
    </message>
    <message>
        <source>Print the last ticket in the visitor's language (Ctrl+P)</source>
        <translation>Tulosta viimeisin vuoronumero asiakkaan kielellä (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Jonot</translation>
    </message>
    <message>
        <source>&amp;Over target</source>
        <translation>&amp;Yli tavoitteen</translation>
    </message>
    <message>
        <source>&amp;Appointments today</source>
        <translation>Ajanva&amp;raukset tänään</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>Aula&amp;ohjaus</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>&amp;Etsi palvelu</translation>
    </message>
    <message>
        <source>&amp;Next visitor</source>
        <translation>&amp;Seuraava asiakas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;ulje</translation>
    </message>
    <message>
        <source>The queues could not be read; trying again shortly.</source>
        <translation>Jonoja ei voitu lukea; yritetään pian uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Over target (%1)</source>
        <translation>&amp;Yli tavoitteen (%1)</translation>
    </message>
    <message>
        <source>&amp;Appointments today (%1)</source>
        <translation>Ajanva&amp;raukset tänään (%1)</translation>
    </message>
    <message>
        <source>next in line</source>
        <translation>seuraavana vuorossa</translation>
    </message>
    <message>
        <source>wait about %1 min</source>
        <translation>odotus noin %1 min</translation>
    </message>
    <message>
        <source>to counter %1</source>
        <translation>tiskille %1</translation>
    </message>
    <message>
        <source>to any counter</source>
        <translation>mille tahansa tiskille</translation>
    </message>
    <message>
        <source>Ticket &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>Vuoronumero &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 issued: tell the visitor their number and wait.</source>
        <translation>%1 annettu: kerro asiakkaalle numero ja odotusaika.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ei tehty</translation>
    </message>
    <message>
        <source>The slip was not printed. Tell the visitor their number, %1, and that it will show on the lobby screen. Check that the ticket printer is on and has paper; if it still does not print: %2</source>
        <translation>Lappua ei tulostettu. Kerro asiakkaalle hänen numeronsa, %1, ja että se näkyy aulan näytöllä. Tarkista, että vuoronumerotulostin on päällä ja siinä on paperia; jos se ei vieläkään tulosta: %2</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1 tulostettu.</translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <source>Hand back %1</source>
        <translation>Palauta asiakas %1</translation>
    </message>
    <message>
        <source>Write what you found out or agreed with the visitor. The summary is saved as a note in your agency's own notes of this case, and the visit goes back to %1 at counter %2.</source>
        <translation>Kirjoita, mitä selvitit tai sovit asiakkaan kanssa. Yhteenveto tallennetaan muistiinpanona tämän asian virastokohtaisiin muistiinpanoihin, ja asiointi palaa palveluneuvojalle %1 (palvelupiste %2).</translation>
    </message>
    <message>
        <source>Summary (required)</source>
        <translation>Yhteenveto (pakollinen)</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Palauta asiakas</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>{entry}: {hour}:{minute} is not a time of day; write it as 08:30</source>
        <translation>{entry}: {hour}:{minute} ei ole kellonaika; kirjoita muodossa 08:30</translation>
    </message>
    <message>
        <source>{entry}: '{days}' is not a day; use mon, tue, wed, thu, fri, sat, sun, a run such as mon-fri or a list such as mon,wed</source>
        <translation>{entry}: '{days}' ei ole päivä; käytä lyhenteitä mon, tue, wed, thu, fri, sat, sun, jaksoa kuten mon-fri tai luetteloa kuten mon,wed</translation>
    </message>
    <message>
        <source>{entry}: the run {days} goes backwards; write the earlier day first</source>
        <translation>{entry}: jakso {days} kulkee taaksepäin; kirjoita aiempi päivä ensin</translation>
    </message>
    <message>
        <source>{entry}: write the days, a space and the hours, such as "mon-fri 08:00-16:00"</source>
        <translation>{entry}: kirjoita päivät, välilyönti ja kellonajat, esimerkiksi "mon-fri 08:00-16:00"</translation>
    </message>
    <message>
        <source>{entry}: '{hours}' is not a time range; write it as 08:00-16:00</source>
        <translation>{entry}: '{hours}' ei ole aikaväli; kirjoita muodossa 08:00-16:00</translation>
    </message>
    <message>
        <source>{entry}: {hours} closes before it opens; a span ends after it starts</source>
        <translation>{entry}: {hours} sulkeutuu ennen kuin aukeaa; aikavälin on päätyttävä alkunsa jälkeen</translation>
    </message>
    <message>
        <source>{entry}: {hours} on {day} overlaps {other}; give each day's hours once</source>
        <translation>{entry}: {hours} päivänä {day} menee päällekkäin ajan {other} kanssa; anna kunkin päivän ajat kerran</translation>
    </message>
    <message>
        <source>the hours {hours} are longer than {limit} characters; give fewer spans</source>
        <translation>aukioloajat {hours} ovat pidemmät kuin {limit} merkkiä; anna vähemmän aikavälejä</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The back office at %1 sent an answer that could not be read.</source>
        <translation>Taustajärjestelmä (%1) lähetti vastauksen, jota ei voitu lukea.</translation>
    </message>
    <message>
        <source>The back office at %1 did not accept the console's credentials (%2). Please tell IT.</source>
        <translation>Taustajärjestelmä (%1) ei hyväksynyt työaseman tunnistetietoja (%2). Ilmoita IT-tuelle.</translation>
    </message>
    <message>
        <source>The back office at %1 did not find what was asked for (404).</source>
        <translation>Taustajärjestelmä (%1) ei löytänyt pyydettyä tietoa (404).</translation>
    </message>
    <message>
        <source>The back office at %1 is busy (429). Try again in a moment.</source>
        <translation>Taustajärjestelmä (%1) on ruuhkautunut (429). Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The back office at %1 ran into a problem (%2). Try again in a moment.</source>
        <translation>Taustajärjestelmässä (%1) tapahtui virhe (%2). Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The back office at %1 answered with an error (%2).</source>
        <translation>Taustajärjestelmä (%1) vastasi virheellä (%2).</translation>
    </message>
    <message>
        <source>The back office at %1 could not be trusted: its certificate could not be verified. Please tell IT.</source>
        <translation>Taustajärjestelmään (%1) ei voitu luottaa: sen varmennetta ei voitu tarkistaa. Ilmoita IT-tuelle.</translation>
    </message>
    <message>
        <source>The back office at %1 did not answer in time. Try again in a moment.</source>
        <translation>Taustajärjestelmä (%1) ei vastannut ajoissa. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The back office at %1 sent an answer too large to read (over %2 MB).</source>
        <translation>Taustajärjestelmä (%1) lähetti liian suuren vastauksen luettavaksi (yli %2 Mt).</translation>
    </message>
    <message>
        <source>The back office at %1 sent the call on to another address (%2); the console does not follow it there. Please tell IT.</source>
        <translation>Taustajärjestelmä (%1) ohjasi kutsun toiseen osoitteeseen (%2); konsoli ei seuraa sitä sinne. Ilmoita asiasta IT-tuelle.</translation>
    </message>
    <message>
        <source>The back office at %1 could not be reached. Try again in a moment.</source>
        <translation>Taustajärjestelmään (%1) ei saatu yhteyttä. Yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identify the visitor</source>
        <translation>Tunnista asiakas</translation>
    </message>
    <message>
        <source>Type the identity code from the visitor's ID card. Tiski then shows only its birth date part (e.g. 131052-****); showing the full code is recorded in the audit trail.</source>
        <translation>Kirjoita henkilötunnus asiakkaan henkilöllisyystodistuksesta. Tiski näyttää sen jälkeen vain tunnuksen syntymäaikaosan (esim. 131052-****); koko tunnuksen näyttäminen kirjataan tarkastuslokiin.</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <source>Finnish identity code</source>
        <translation>Suomalainen henkilötunnus</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>&amp;Henkilötunnus:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Syntymäaika:</translation>
    </message>
    <message>
        <source>Tick when the birth date is known</source>
        <translation>Valitse, jos syntymäaika tiedetään</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>Give both the name and the birth date. With an identity code the name is optional and the birth date comes from the code.</source>
        <translation>Anna sekä nimi että syntymäaika. Jos henkilötunnus annetaan, nimi on vapaaehtoinen ja syntymäaika saadaan tunnuksesta.</translation>
    </message>
    <message>
        <source>Visitor without a Finnish identity code</source>
        <translation>Asiakas, jolla ei ole suomalaista henkilötunnusta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Tunnista</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The identity code is empty. Type it as on the ID card, e.g. 131052-308T.</source>
        <translation>Henkilötunnus puuttuu. Kirjoita se henkilöllisyystodistuksen mukaisesti, esim. 131052-308T.</translation>
    </message>
    <message>
        <source>This is not shaped like an identity code. Expected DDMMYYCZZZQ, e.g. 131052-308T: the birth date, a century sign (one of + - Y X W V U A B C D E F), three digits and a check character.</source>
        <translation>Tämä ei ole henkilötunnuksen muotoinen. Odotettu muoto on DDMMYYCZZZQ, esim. 131052-308T: syntymäaika, välimerkki (jokin merkeistä + - Y X W V U A B C D E F), kolme numeroa ja tarkistusmerkki.</translation>
    </message>
    <message>
        <source>{date} is not a date: the first six digits of the identity code (the birth date) or its century sign are mistyped. Check them from the ID card.</source>
        <translation>{date} ei ole päivämäärä: henkilötunnuksen kuusi ensimmäistä numeroa (syntymäaika) tai välimerkki on kirjoitettu väärin. Tarkista ne henkilöllisyystodistuksesta.</translation>
    </message>
    <message>
        <source>No identity code has {serial} as its three digits after the century sign; check them from the ID card.</source>
        <translation>Henkilötunnuksessa ei voi olla välimerkin jälkeisinä kolmena numerona {serial}; tarkista ne henkilöllisyystodistuksesta.</translation>
    </message>
    <message>
        <source>This is a temporary identity code (its three digits after the century sign are 900-999), and temporary codes are not accepted. Ask for the permanent identity code, or give the visitor's name and birth date instead.</source>
        <translation>Tämä on väliaikainen henkilötunnus (välimerkin jälkeiset kolme numeroa ovat 900-999), eikä väliaikaisia tunnuksia hyväksytä. Pyydä pysyvää henkilötunnusta tai anna sen sijaan asiakkaan nimi ja syntymäaika.</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the rest of the identity code. Verify the check character from the ID card; if it is right, one of the digits is mistyped.</source>
        <translation>Tarkistusmerkki (viimeinen merkki) ei täsmää henkilötunnuksen muihin merkkeihin. Tarkista tarkistusmerkki henkilöllisyystodistuksesta; jos se on oikein, jokin numeroista on kirjoitettu väärin.</translation>
    </message>
    <message>
        <source>This is not a valid identity code.</source>
        <translation>Tämä ei ole kelvollinen henkilötunnus.</translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {maximum} fit.</source>
        <translation>Nimessä on {length} merkkiä; enimmäispituus on {maximum} merkkiä.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future ({date}); check the date and the century sign from the ID card.</source>
        <translation>Henkilötunnuksen mukainen syntymäaika on tulevaisuudessa ({date}); tarkista päivämäärä ja välimerkki henkilöllisyystodistuksesta.</translation>
    </message>
    <message>
        <source>The birth date {given} does not match the identity code, which gives {date}. Check both from the ID card, or leave the birth date out.</source>
        <translation>Syntymäaika {given} ei täsmää henkilötunnukseen, jonka mukaan syntymäaika on {date}. Tarkista molemmat henkilöllisyystodistuksesta tai jätä syntymäaika tyhjäksi.</translation>
    </message>
    <message>
        <source>Give the identity code, or the name and birth date of a visitor without one.</source>
        <translation>Anna henkilötunnus tai, jos asiakkaalla ei ole henkilötunnusta, hänen nimensä ja syntymäaikansa.</translation>
    </message>
    <message>
        <source>A visitor without an identity code needs a name as well as the birth date.</source>
        <translation>Jos asiakkaalla ei ole henkilötunnusta, tarvitaan syntymäajan lisäksi nimi.</translation>
    </message>
    <message>
        <source>A visitor without an identity code needs a birth date as well as the name.</source>
        <translation>Jos asiakkaalla ei ole henkilötunnusta, tarvitaan nimen lisäksi syntymäaika.</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>Syntymäaika {date} on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The birth date {date} is before 1900; check the year.</source>
        <translation>Syntymäaika {date} on ennen vuotta 1900; tarkista vuosi.</translation>
    </message>
    <message>
        <source>An identity key is 64 hexadecimal characters (0-9, a-f). Copy it again from a console of the same desk.</source>
        <translation>Tunnisteavain on 64 heksadesimaalimerkkiä (0-9, a-f). Kopioi se uudelleen saman toimipisteen työasemalta.</translation>
    </message>
    <message>
        <source>The identity key could not be backed up: the data folder {folder} already holds many backups made this second.</source>
        <translation>Tunnisteavainta ei voitu varmuuskopioida: datakansiossa {folder} on jo monta tällä sekunnilla tehtyä varmuuskopiota.</translation>
    </message>
    <message>
        <source>This console has no identity key. Identity codes cannot be checked against earlier visits until IT sets the desk's key: run `tiski identity set-key` on this console, or set identity.key_file in the site settings.</source>
        <translation>Tällä työasemalla ei ole tunnisteavainta. Henkilötunnuksia ei voi verrata aiempiin asiointeihin ennen kuin IT-tuki asettaa toimipisteen avaimen: suorita tällä työasemalla `tiski identity set-key` tai määritä identity.key_file toimipistekohtaisissa asetuksissa.</translation>
    </message>
    <message>
        <source>The keyring refused the identity key ({reason}).</source>
        <translation>Avainrengas ei hyväksynyt tunnisteavainta ({reason}).</translation>
    </message>
    <message>
        <source>There is no keyring backend on this machine to keep the identity key in (a headless Linux has none). Put the key in a file readable only by the user running Tiski and name it in identity.key_file in the site settings instead.</source>
        <translation>Tässä tietokoneessa ei ole avainrengaspalvelua, johon tunnisteavaimen voisi tallentaa (Linuxissa ilman työpöytäympäristöä sitä ei ole). Tallenna avain sen sijaan tiedostoon, jota vain Tiskiä suorittava käyttäjä voi lukea, ja määritä tiedosto asetukseen identity.key_file toimipistekohtaisissa asetuksissa.</translation>
    </message>
    <message>
        <source>The identity key in this computer's keyring ({service}) is damaged. Ask IT to set the desk's key again with `tiski identity set-key`.</source>
        <translation>Tämän tietokoneen avainrenkaassa ({service}) oleva tunnisteavain on vioittunut. Pyydä IT-tukea asettamaan toimipisteen avain uudelleen komennolla `tiski identity set-key`.</translation>
    </message>
    <message>
        <source>The keyring did not answer, so this console's identity key is out of reach. Unlock the keyring (sign out and in again) and start Tiski again.</source>
        <translation>Avainrengas ei vastannut, joten tämän työaseman tunnisteavainta ei saada käyttöön. Avaa avainrenkaan lukitus (kirjaudu ulos ja uudelleen sisään) ja käynnistä Tiski uudelleen.</translation>
    </message>
    <message>
        <source>The identity key file {file} cannot be written ({reason}). Check that the folder exists and belongs to the user running Tiski.</source>
        <translation>Tunnisteavaintiedostoon {file} ei voi kirjoittaa ({reason}). Tarkista, että kansio on olemassa ja että sen omistaa Tiskiä suorittava käyttäjä.</translation>
    </message>
    <message>
        <source>The identity key file {file} does not exist. Put the desk's identity key there (readable only by the user running Tiski), or correct identity.key_file in the site settings.</source>
        <translation>Tunnisteavaintiedostoa {file} ei ole olemassa. Tallenna toimipisteen tunnisteavain siihen (vain Tiskiä suorittavan käyttäjän luettavaksi) tai korjaa identity.key_file toimipistekohtaisissa asetuksissa.</translation>
    </message>
    <message>
        <source>The identity key file {file} cannot be used ({problem}). Correct identity.key_file in the site settings.</source>
        <translation>Tunnisteavaintiedostoa {file} ei voi käyttää ({problem}). Korjaa identity.key_file toimipaikan asetuksissa.</translation>
    </message>
    <message>
        <source>The identity key file {file} is open to other users of this computer, so it is not used. Make it readable by its owner only: chmod 600 {file}</source>
        <translation>Tunnisteavaintiedosto {file} on tämän tietokoneen muiden käyttäjien käytettävissä, joten sitä ei käytetä. Rajaa lukuoikeus vain tiedoston omistajalle: chmod 600 {file}</translation>
    </message>
    <message>
        <source>The identity key file {file} does not hold an identity key: it should hold 64 hexadecimal characters (32 bytes), such as `openssl rand -hex 32` makes.</source>
        <translation>Tunnisteavaintiedostossa {file} ei ole tunnisteavainta: siinä pitäisi olla 64 heksadesimaalimerkkiä (32 tavua), jollaisen esimerkiksi komento `openssl rand -hex 32` tuottaa.</translation>
    </message>
</context>
<context>
    <name>InboxZone</name>
    <message>
        <source>Consultation requests</source>
        <translation>Konsultaatiopyynnöt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tavoitettavissa</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>What advisors see before they ask your agency</source>
        <translation>Mitä palveluneuvojat näkevät ennen kuin lähettävät pyynnön virastollesi</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Tilani:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odotusaika</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Vuoronumero</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Kysyjä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>No requests waiting for your agency.</source>
        <translation>Virastollesi ei ole odottavia pyyntöjä.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Ota vastaan</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Kieltäydy…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Avaa asia</translation>
    </message>
    <message>
        <source>Join video</source>
        <translation>Liity videoon</translation>
    </message>
    <message>
        <source>Hand back…</source>
        <translation>Palauta asiakas…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ota hoitaaksesi</translation>
    </message>
    <message>
        <source>Consultation requests for %1</source>
        <translation>Konsultaatiopyynnöt: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>joined by you</source>
        <translation>olet liittynyt</translation>
    </message>
    <message>
        <source>waiting, %1 declined</source>
        <translation>odottaa, kieltäytyneitä %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>New consultation request: ticket %1</source>
        <translation>Uusi konsultaatiopyyntö: vuoronumero %1</translation>
    </message>
    <message>
        <source>You joined ticket %1.</source>
        <translation>Liityit asiointiin vuoronumerolla %1.</translation>
    </message>
    <message>
        <source>Visit handed back with your summary.</source>
        <translation>Asiakas palautettiin palveluneuvojalle, ja yhteenvetosi tallennettiin.</translation>
    </message>
    <message>
        <source>Take the visit over</source>
        <translation>Ota asiointi hoitaaksesi</translation>
    </message>
    <message>
        <source>Serve ticket %1 from your remote counter? It leaves the advisor's counter, and the lobby display shows it as remote service.</source>
        <translation>Palveletko vuoronumeroa %1 etäpalvelupisteestäsi? Asiointi siirtyy pois palveluneuvojan palvelupisteestä, ja aulanäytöllä se näkyy etäpalveluna.</translation>
    </message>
    <message>
        <source>Ticket %1 is now at your counter.</source>
        <translation>Vuoronumero %1 on nyt palvelupisteessäsi.</translation>
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
        <source>Visitor's &amp;language:</source>
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
    <name>IssuePanel</name>
    <message>
        <source>A few letters of a service or life event, in Finnish, Swedish or English</source>
        <translation>Muutama kirjain palvelusta tai elämäntilanteesta suomeksi, ruotsiksi tai englanniksi</translation>
    </message>
    <message>
        <source>Find a service or life event</source>
        <translation>Etsi palvelu tai elämäntilanne</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Etsi:</translation>
    </message>
    <message>
        <source>Services and life events found</source>
        <translation>Löydetyt palvelut ja elämäntilanteet</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Add the service, or take the life event's services</source>
        <translation>Lisää palvelu tai ota elämäntilanteen palvelut</translation>
    </message>
    <message>
        <source>Services of the ticket, in order</source>
        <translation>Vuoronumeron palvelut järjestyksessä</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ylös</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>optional; shown to the counter only</source>
        <translation>vapaaehtoinen; näkyy vain tiskillä</translation>
    </message>
    <message>
        <source>Hand the visitor to one counter: only it calls them for the first service.</source>
        <translation>Ohjaa asiakas yhdelle tiskille: vain se kutsuu hänet ensimmäiseen palveluun.</translation>
    </message>
    <message>
        <source>Visitor's &amp;language:</source>
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
        <source>&amp;To:</source>
        <translation>&amp;Minne:</translation>
    </message>
    <message>
        <source>&amp;Issue ticket</source>
        <translation>&amp;Anna vuoronumero</translation>
    </message>
    <message>
        <source>Issue the ticket (Ctrl+Enter)</source>
        <translation>Anna vuoronumero (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>any counter that serves it</source>
        <translation>mikä tahansa tiski, joka palvelee</translation>
    </message>
    <message>
        <source>Life event: %1 (%2)</source>
        <translation>Elämäntilanne: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 odottaa</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>noin %1 min</translation>
    </message>
    <message>
        <source>closed at the kiosk</source>
        <translation>suljettu automaatilla</translation>
    </message>
    <message>
        <source>The ticket, for the life event %1:</source>
        <translation>Vuoronumero elämäntilanteeseen %1:</translation>
    </message>
    <message>
        <source>The ticket, services in this order:</source>
        <translation>Vuoronumero, palvelut tässä järjestyksessä:</translation>
    </message>
    <message>
        <source>The ticket: nothing yet. Find a service above and press Enter.</source>
        <translation>Vuoronumero: ei vielä palveluita. Etsi palvelu yllä ja paina Enter.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the file for unsaved notes {path} ({reason}). Free disk space or check the folder's permissions, then restart Tiski; until then, notes are kept only in this window.</source>
        <translation>Tallentamattomien muistiinpanojen tiedostoa {path} ei voi avata ({reason}). Vapauta levytilaa tai tarkista kansion käyttöoikeudet ja käynnistä Tiski sitten uudelleen; siihen asti muistiinpanot säilyvät vain tässä ikkunassa.</translation>
    </message>
    <message>
        <source>Cannot write unsaved notes to {path} ({reason}). Free disk space or check the folder's permissions; until then, notes are kept only in this window.</source>
        <translation>Tallentamattomia muistiinpanoja ei voi kirjoittaa tiedostoon {path} ({reason}). Vapauta levytilaa tai tarkista kansion käyttöoikeudet; siihen asti muistiinpanot säilyvät vain tässä ikkunassa.</translation>
    </message>
    <message>
        <source>Cannot read unsaved notes from {path} ({reason}). Check the file's permissions, or move it away and restart Tiski to start with an empty one.</source>
        <translation>Tallentamattomia muistiinpanoja ei voi lukea tiedostosta {path} ({reason}). Tarkista tiedoston käyttöoikeudet tai siirrä tiedosto muualle ja käynnistä Tiski uudelleen, jolloin aloitetaan tyhjällä tiedostolla.</translation>
    </message>
    <message>
        <source>The file for unsaved notes {path} was written by a newer Tiski (journal version {reason}). Use that Tiski to send its notes, or move the file away to start afresh.</source>
        <translation>Tallentamattomien muistiinpanojen tiedoston {path} on kirjoittanut uudempi Tiski (tiedoston versio {reason}). Lähetä tiedoston muistiinpanot kyseisellä Tiskin versiolla tai siirrä tiedosto muualle ja aloita alusta.</translation>
    </message>
</context>
<context>
    <name>KelaPanel</name>
    <message>
        <source>Kela</source>
        <translation>Kela</translation>
    </message>
    <message>
        <source>Identify the visitor to see their Kela applications.</source>
        <translation>Tunnista asiakas, niin näet hänen Kela-hakemuksensa.</translation>
    </message>
    <message>
        <source>Kela's back office sent an answer the panel does not understand.</source>
        <translation>Kelan taustajärjestelmä lähetti vastauksen, jota paneeli ei ymmärrä.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Päätös odotettavissa</translation>
    </message>
    <message>
        <source>Missing attachments</source>
        <translation>Puuttuvat liitteet</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Hakemukset</translation>
    </message>
    <message>
        <source>No applications in Kela's system.</source>
        <translation>Kelan järjestelmässä ei ole hakemuksia.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Etuus</translation>
    </message>
    <message>
        <source>Kela: {benefit}, {state}</source>
        <translation>Kela: {benefit}, {state}</translation>
    </message>
    <message>
        <source>missing: {attachments}</source>
        <translation>puuttuu: {attachments}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Monday</source>
        <translation>maanantaina</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistaina</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikkona</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstaina</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantaina</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantaina</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntaina</translation>
    </message>
    <message>
        <source>No more tickets today. Please ask the lobby guide.</source>
        <translation>Ei enää vuoronumeroita tänään. Kysy aulaoppaalta.</translation>
    </message>
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
        <source>Closed now</source>
        <translation>Suljettu nyt</translation>
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
        <source>Closed now. Opens today at {time}.</source>
        <translation>Suljettu nyt. Avautuu tänään klo {time}.</translation>
    </message>
    <message>
        <source>Closed now. Opens tomorrow at {time}.</source>
        <translation>Suljettu nyt. Avautuu huomenna klo {time}.</translation>
    </message>
    <message>
        <source>Closed now. Opens on {day} at {time}.</source>
        <translation>Suljettu nyt. Avautuu {day} klo {time}.</translation>
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
        <source>closed now</source>
        <translation>suljettu nyt</translation>
    </message>
    <message>
        <source>Thank you for your answer!</source>
        <translation>Kiitos vastauksestasi!</translation>
    </message>
    <message>
        <source>Your answer could not be saved just now. Please try later.</source>
        <translation>Vastaustasi ei voitu tallentaa juuri nyt. Yritä myöhemmin uudelleen.</translation>
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
    <message>
        <source>Poorly</source>
        <translation>Huonosti</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Kohtalaisesti</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Hyvin</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Erinomaisesti</translation>
    </message>
    <message>
        <source>The waiting time</source>
        <translation>Odotusaika</translation>
    </message>
    <message>
        <source>The service I got</source>
        <translation>Saamani palvelu</translation>
    </message>
    <message>
        <source>Finding my way and information</source>
        <translation>Opastus ja tiedot</translation>
    </message>
    <message>
        <source>The premises</source>
        <translation>Tilat</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Jokin muu</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Miten onnistuimme?</translation>
    </message>
    <message>
        <source>Your answer is anonymous. Touch the face that fits.</source>
        <translation>Vastauksesi on nimetön. Kosketa sopivaa kasvoa.</translation>
    </message>
    <message>
        <source>What is it mostly about? (You may skip this.)</source>
        <translation>Mitä se koskee eniten? (Voit ohittaa tämän.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Your ticket number (optional)</source>
        <translation>Vuoronumerosi (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>It tells us which services your answer is about. The number itself is not kept.</source>
        <translation>Sen avulla tiedämme, mitä palveluja vastauksesi koskee. Itse numeroa ei tallenneta.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lue ääneen</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>Buttons lower</source>
        <translation>Painikkeet alemmas</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Valittu</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Ei valittu</translation>
    </message>
    <message>
        <source>Your number is {number}.</source>
        <translation>Vuoronumerosi on {number}.</translation>
    </message>
    <message>
        <source>Estimated wait about one minute.</source>
        <translation>Arvioitu odotus noin yksi minuutti.</translation>
    </message>
    <message>
        <source>Estimated wait about {minutes} minutes.</source>
        <translation>Arvioitu odotus noin {minutes} minuuttia.</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Koodi: {code}</translation>
    </message>
    <message>
        <source>No code typed</source>
        <translation>Koodia ei ole näppäilty</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Oletko vielä paikalla?</translation>
    </message>
    <message>
        <source>The kiosk starts over in {seconds} s.</source>
        <translation>Lippuautomaatti aloittaa alusta {seconds} s kuluttua.</translation>
    </message>
    <message>
        <source>The kiosk starts over in {seconds} seconds.</source>
        <translation>Lippuautomaatti aloittaa alusta {seconds} sekunnin kuluttua.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Lisää aikaa</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Keys for staff</source>
        <translation>Henkilöstön näppäimet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q – Close the kiosk</source>
        <translation>Ctrl+Shift+Q – Sulje lippuautomaatti</translation>
    </message>
    <message>
        <source>F1 – Show or hide this card</source>
        <translation>F1 – Näytä tai piilota tämä kortti</translation>
    </message>
    <message>
        <source>Keys for visitors (keyboard or tactile keypad)</source>
        <translation>Asiakkaan näppäimet (näppäimistö tai kohokuvioinen näppäimistö)</translation>
    </message>
    <message>
        <source>Arrows, Tab and Shift+Tab – Move between the choices</source>
        <translation>Nuolet, Tab ja Shift+Tab – Siirry valinnasta toiseen</translation>
    </message>
    <message>
        <source>Enter or Space – Choose; Esc – Back</source>
        <translation>Enter tai välilyönti – Valitse; Esc – Takaisin</translation>
    </message>
    <message>
        <source>* or F12 – Read aloud on or off</source>
        <translation>* tai F12 – Ääneen luku päälle tai pois</translation>
    </message>
    <message>
        <source>+ or F10 – Larger text; # or F11 – High contrast</source>
        <translation>+ tai F10 – Suurempi teksti; # tai F11 – Suuri kontrasti</translation>
    </message>
    <message>
        <source>F9 – Buttons lower, for a seated visitor</source>
        <translation>F9 – Painikkeet alemmas istuvalle asiakkaalle</translation>
    </message>
    <message>
        <source>While reading aloud: / or F7 – Say it again; F8 or Volume up – Louder; - or Volume down – Softer</source>
        <translation>Ääneen luvun aikana: / tai F7 – Toista; F8 tai äänenvoimakkuus ylös – Kovempaa; - tai äänenvoimakkuus alas – Hiljempaa</translation>
    </message>
    <message>
        <source>What the kiosk does by itself</source>
        <translation>Mitä automaatti tekee itse</translation>
    </message>
    <message>
        <source>After %1 seconds without a touch it goes back to its first page, and a printed ticket's page does so on its own. Services that are closed or take no more tickets today are not offered. When the database cannot be reached, the kiosk says so and tries again.</source>
        <translation>Kun automaattia ei ole kosketettu %1 sekuntiin, se palaa ensimmäiselle sivulleen, ja tulostetun vuoronumeron sivu palaa sinne itsestään. Suljettuja palveluja ja palveluja, jotka eivät tänään ota enää vuoronumeroita, ei tarjota. Kun tietokantaan ei saada yhteyttä, automaatti kertoo sen ja yrittää uudelleen.</translation>
    </message>
    <message>
        <source>Before it starts over it asks the visitor for %1 seconds whether they need more time. Read aloud, larger text and the other modes of the bar are turned off for the next visitor.</source>
        <translation>Ennen kuin lippuautomaatti aloittaa alusta, se kysyy asiakkaalta %1 sekunnin ajan, tarvitseeko hän lisää aikaa. Ääneen luku, suurempi teksti ja palkin muut tilat kytkeytyvät pois seuraavaa asiakasta varten.</translation>
    </message>
    <message>
        <source>When a ticket does not print</source>
        <translation>Kun vuoronumero ei tulostu</translation>
    </message>
    <message>
        <source>The kiosk shows the visitor their number instead. Check that the printer is on and has paper. If it still does not print: %1</source>
        <translation>Automaatti näyttää asiakkaalle hänen numeronsa tulostamisen sijaan. Tarkista, että tulostin on päällä ja siinä on paperia. Jos se ei vieläkään tulosta: %1</translation>
    </message>
    <message>
        <source>Help – the kiosk</source>
        <translation>Ohje – lippuautomaatti</translation>
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
    <name>LeaveCounterDialog</name>
    <message>
        <source>Visitors at your counter</source>
        <translation>Asiakkaat palvelupisteelläsi</translation>
    </message>
    <message>
        <source>You are quitting with a visitor at your counter: %1. What happens to the visit?</source>
        <translation>Olet lopettamassa, ja palvelupisteelläsi on asiakas: %1. Mitä käynnille tapahtuu?</translation>
    </message>
    <message>
        <source>Done: this service ends and the visit's next service waits for its turn.
Back to the queue: the visitor goes first in line again, at their original place in time.
Keep for me: the visitor stays yours, set aside, until you sign in again.</source>
        <translation>Valmis: tämä palvelu päättyy, ja käynnin seuraava palvelu odottaa vuoroaan.
Takaisin jonoon: asiakas palaa jonoon alkuperäiselle paikalleen, jonon kärkeen.
Pidä minulla: asiakas pysyy sinun asiakkaanasi sivuun siirrettynä, kunnes kirjaudut uudelleen.</translation>
    </message>
    <message>
        <source>Your unsaved note stays on this PC as a draft: Tiski offers it again the next time you sign in here.</source>
        <translation>Tallentamaton muistiinpanosi säilyy tällä koneella luonnoksena: Tiski tarjoaa sitä uudelleen, kun seuraavan kerran kirjaudut tällä koneella.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Takaisin jonoon</translation>
    </message>
    <message>
        <source>Keep for me</source>
        <translation>Pidä minulla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>sivussa</translation>
    </message>
</context>
<context>
    <name>LifeEventForm</name>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>Palvelut järjestyksessä</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Ets&amp;i:</translation>
    </message>
    <message>
        <source>Takes it off the desk when you apply; its history is kept and it can be brought back under the same code</source>
        <translation>Poistaa sen toimipisteestä, kun muutokset otetaan käyttöön; sen historia säilyy, ja sen voi palauttaa samalla tunnuksella</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Tiski is locked</source>
        <translation>Tiski on lukittu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Vaihda käyttäjää…</translation>
    </message>
    <message>
        <source>Type your password to go on working:</source>
        <translation>Jatka työtä kirjoittamalla salasanasi:</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Kirjautuneena: %1 (%2)</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Palvelupiste: %1</translation>
    </message>
</context>
<context>
    <name>MoveWaitingDialog</name>
    <message>
        <source>Move a waiting visitor</source>
        <translation>Siirrä odottava asiakas</translation>
    </message>
    <message>
        <source>Waiting for %1. The visitor keeps their place in time.</source>
        <translation>Odottaa palvelua %1. Asiakas säilyttää paikkansa jonossa.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Vuoronumero</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Odottanut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation>Odottavat asiakkaat</translation>
    </message>
    <message>
        <source>To &amp;service:</source>
        <translation>&amp;Palveluun:</translation>
    </message>
    <message>
        <source>To &amp;counter:</source>
        <translation>&amp;Tiskille:</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Luetaan jonoa…</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Siirrä</translation>
    </message>
    <message>
        <source>(the same service)</source>
        <translation>(sama palvelu)</translation>
    </message>
    <message>
        <source>(any counter)</source>
        <translation>(mikä tahansa tiski)</translation>
    </message>
    <message>
        <source>Choose the visitor, then where they wait.</source>
        <translation>Valitse asiakas ja sitten, missä hän odottaa.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this service any more.</source>
        <translation>Tähän palveluun ei enää odota kukaan.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ei tehty: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>Siirretään %1…</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ei siirretty</translation>
    </message>
</context>
<context>
    <name>NoShowQuestion</name>
    <message>
        <source>The ticket is closed.</source>
        <translation>Vuoronumero suljetaan.</translation>
    </message>
    <message>
        <source>Their next service, %1, is back in the queue at the visitor's original place.</source>
        <translation>Asiakkaan seuraava palvelu, %1, on taas jonossa asiakkaan alkuperäisellä paikalla.</translation>
    </message>
    <message>
        <source>Their other services (%1) are back in the queue, one after another, at the visitor's original place.</source>
        <translation>Asiakkaan muut palvelut (%1) ovat taas jonossa yksi kerrallaan asiakkaan alkuperäisellä paikalla.</translation>
    </message>
    <message>
        <source>%1 marked as a no-show.</source>
        <translation>%1 merkitty saapumatta jääneeksi.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>Mark %1 as a no-show?</source>
        <translation>Merkitäänkö %1 saapumatta jääneeksi?</translation>
    </message>
    <message>
        <source>It is the visit's only open service: the ticket is closed.</source>
        <translation>Se on asioinnin ainoa avoin palvelu: vuoronumero suljetaan.</translation>
    </message>
    <message>
        <source>Their next service, %1, goes back to the queue at the visitor's original place.</source>
        <translation>Asiakkaan seuraava palvelu, %1, palaa jonoon asiakkaan alkuperäiselle paikalle.</translation>
    </message>
    <message>
        <source>Their other services (%1) go back to the queue, one after another, at the visitor's original place.</source>
        <translation>Asiakkaan muut palvelut (%1) palaavat jonoon yksi kerrallaan asiakkaan alkuperäiselle paikalle.</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Merkitse saapumatta jääneeksi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>OverTargetPage</name>
    <message>
        <source>Ticket</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Odottanut</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Over target</source>
        <translation>Yli tavoitteen</translation>
    </message>
    <message>
        <source>Nobody has waited past their service's target.</source>
        <translation>Kukaan ei ole odottanut yli palvelunsa tavoiteajan.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock on päällä.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>issuing tickets</source>
        <translation>vuoronumeroiden antamista</translation>
    </message>
    <message>
        <source>checking in appointments</source>
        <translation>ajanvarausten vastaanottoon ilmoittamista</translation>
    </message>
    <message>
        <source>reading the lobby display's queues</source>
        <translation>aulanäytön jonojen lukemista</translation>
    </message>
    <message>
        <source>reading the queue with visitors' names and appointments</source>
        <translation>jonon lukemista asiakkaiden nimineen ja ajanvarauksineen</translation>
    </message>
    <message>
        <source>changing waiting tickets and appointments (add a service, transfer, cancel, book)</source>
        <translation>odottavien vuoronumeroiden ja ajanvarausten muuttamista (palvelun lisäys, siirto, peruutus, varaus)</translation>
    </message>
    <message>
        <source>working at a counter</source>
        <translation>tiskillä työskentelyä</translation>
    </message>
    <message>
        <source>serving visitors (call next, recall, finish, transfer)</source>
        <translation>asiakkaiden palvelemista (kutsu seuraava, kutsu uudelleen, valmis, siirto)</translation>
    </message>
    <message>
        <source>listing and releasing stranded visitors</source>
        <translation>jumiin jääneiden asiakkaiden listaamista ja vapauttamista</translation>
    </message>
    <message>
        <source>identifying visitors</source>
        <translation>asiakkaiden tunnistamista</translation>
    </message>
    <message>
        <source>reading visitors' cases</source>
        <translation>asiakkaiden asioiden lukemista</translation>
    </message>
    <message>
        <source>writing case notes</source>
        <translation>muistiinpanojen kirjoittamista</translation>
    </message>
    <message>
        <source>recording a visitor's consent</source>
        <translation>asiakkaan suostumuksen kirjaamista</translation>
    </message>
    <message>
        <source>searching case notes</source>
        <translation>muistiinpanojen hakemista</translation>
    </message>
    <message>
        <source>asking a specialist to join a visit</source>
        <translation>asiantuntijan pyytämistä käynnille</translation>
    </message>
    <message>
        <source>answering an agency's consultation requests</source>
        <translation>viraston konsultaatiopyyntöihin vastaamista</translation>
    </message>
    <message>
        <source>reading a case's audit trail</source>
        <translation>asian tarkastuslokin lukemista</translation>
    </message>
    <message>
        <source>exporting audit trails</source>
        <translation>tarkastuslokien viemistä</translation>
    </message>
    <message>
        <source>exporting a visitor's data for their access request</source>
        <translation>asiakkaan tietojen viemistä tietopyyntöä varten</translation>
    </message>
    <message>
        <source>putting cases under legal hold</source>
        <translation>asioiden asettamista säilytysmääräyksen alaisiksi</translation>
    </message>
    <message>
        <source>deleting cases under the retention rules</source>
        <translation>asioiden poistamista säilytyssääntöjen mukaan</translation>
    </message>
    <message>
        <source>reading the desk's reports and the cost-sharing report</source>
        <translation>tiskin raporttien ja kustannustenjakoraportin lukemista</translation>
    </message>
    <message>
        <source>watching the whole floor (every counter, who is at it, the alerts), closing a service for new tickets and planning staff's skills for the day</source>
        <translation>koko salin seuraaminen (jokainen tiski, kuka siellä on, hälytykset), palvelun sulkeminen uusilta vuoronumeroilta ja henkilöstön päivän osaamisten suunnittelu</translation>
    </message>
    <message>
        <source>managing staff accounts</source>
        <translation>henkilöstön käyttäjätilien hallintaa</translation>
    </message>
    <message>
        <source>managing services, counters and opening hours</source>
        <translation>palvelujen, tiskien ja aukioloaikojen hallintaa</translation>
    </message>
    <message>
        <source>setting the desk's identity key</source>
        <translation>palvelupisteen tunnisteavaimen asettamista</translation>
    </message>
    <message>
        <source>managing agency plugins' credentials</source>
        <translation>virastolaajennusten tunnusten hallintaa</translation>
    </message>
    <message>
        <source>writing the demo desk into a database in use</source>
        <translation>esittelypalvelupisteen kirjoittamista käytössä olevaan tietokantaan</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow {doing}.</source>
        <translation>Roolisi ({role}) ei salli {doing}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
    <message>
        <source>The desk refused to apply it and nothing was changed: see why above.</source>
        <translation>Toimipiste torjui käyttöönoton, eikä mitään muutettu: syyt näkyvät yllä.</translation>
    </message>
    <message>
        <source>Change what is refused in the window, then review again.</source>
        <translation>Muuta torjuttu kohta ikkunassa ja tarkista sitten uudelleen.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Otetaan käyttöön…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Desk &amp;file:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>The file's details</source>
        <translation>Tiedoston tiedot</translation>
    </message>
    <message>
        <source>Staff members are not in the template: you add yourself on the next page, and the others later in the admin window or with tiski staff add.</source>
        <translation>Mallissa ei ole henkilökuntaa: lisäät itsesi seuraavalla sivulla ja muut myöhemmin ylläpitoikkunassa tai komennolla tiski staff add.</translation>
    </message>
    <message>
        <source>Import a desk file</source>
        <translation>Tuo toimipistetiedosto</translation>
    </message>
    <message>
        <source>Choose the file; Tiski checks it and shows what it would set up.</source>
        <translation>Valitse tiedosto; Tiski tarkistaa sen ja näyttää, mitä se ottaisi käyttöön.</translation>
    </message>
    <message>
        <source>Choose the desk file to import.</source>
        <translation>Valitse tuotava toimipistetiedosto.</translation>
    </message>
    <message>
        <source>The small office's template</source>
        <translation>Pienen toimipisteen malli</translation>
    </message>
    <message>
        <source>This is what the template sets up. You can change all of it later in the admin window, or with tiski desk export and tiski desk apply.</source>
        <translation>Malli ottaa käyttöön nämä. Voit muuttaa kaikkea myöhemmin ylläpitoikkunassa tai komennoilla tiski desk export ja tiski desk apply.</translation>
    </message>
    <message>
        <source>Desk files (*.toml);;All files (*)</source>
        <translation>Asiointipistetiedostot (*.toml);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Luetaan %1…</translation>
    </message>
    <message>
        <source>What stops the file from being applied:</source>
        <translation>Nämä estävät tiedoston käyttöönoton:</translation>
    </message>
    <message>
        <source>The file cannot be applied as it is; correct what is marked with !.</source>
        <translation>Tiedostoa ei voi ottaa käyttöön sellaisenaan; korjaa !-merkityt kohdat.</translation>
    </message>
    <message>
        <source>What applying the file sets up:</source>
        <translation>Tiedosto ottaa käyttöön nämä:</translation>
    </message>
    <message>
        <source>Nothing is written before you finish on the last page.</source>
        <translation>Mitään ei tallenneta ennen kuin viimeistelet viimeisellä sivulla.</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Tiedostoa ei voitu lukea (%1).</translation>
    </message>
    <message>
        <source>Problems in the file:</source>
        <translation>Tiedoston virheet:</translation>
    </message>
    <message>
        <source>The file has problems, so nothing was applied. Correct them and choose the file again.</source>
        <translation>Tiedostossa on virheitä, joten mitään ei otettu käyttöön. Korjaa ne ja valitse tiedosto uudelleen.</translation>
    </message>
</context>
<context>
    <name>PluginCommands</name>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>off by IT</source>
        <translation>IT-tuki poistanut käytöstä</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>virheellinen</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>kaksoiskappale</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>torjuttu</translation>
    </message>
    <message>
        <source>No plugins found.</source>
        <translation>Laajennuksia ei löytynyt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>TUNNUS</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>LÄHDE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TILA</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>VIRASTO</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>POLKU</translation>
    </message>
    <message>
        <source>{trust}; in plugins.allow: {pin}</source>
        <translation>{trust}; asetuksessa plugins.allow: {pin}</translation>
    </message>
    <message>
        <source>{id} is the id of a plugin bundled with the console; a site plugin may not take it. Nothing was recorded.</source>
        <translation>{id} on Tiskin mukana toimitetun laajennuksen tunnus, eikä toimipisteen laajennus saa käyttää sitä. Mitään ei kirjattu.</translation>
    </message>
    <message>
        <source>Trusted: the plugin {id} {version} in {folder} (SHA-256 {sha256}), recorded in the site settings file {file}. If its files change it is refused until trusted again.</source>
        <translation>Hyväksytty: laajennus {id} {version} kansiossa {folder} (SHA-256 {sha256}), kirjattu toimipistekohtaiseen asetustiedostoon {file}. Jos sen tiedostot muuttuvat, se torjutaan, kunnes se hyväksytään uudelleen.</translation>
    </message>
    <message>
        <source>The site setting plugins.folders does not name {folder} or a folder above it yet.</source>
        <translation>Toimipistekohtaisessa asetuksessa plugins.folders ei vielä ole kansiota {folder} eikä sen yläkansiota.</translation>
    </message>
    <message>
        <source>To load it, IT also adds site:{id} to the site setting plugins.allow.</source>
        <translation>Jotta laajennus ladataan, IT-tuki lisää myös site:{id} toimipistekohtaiseen asetukseen plugins.allow.</translation>
    </message>
    <message>
        <source>The site settings file {file} trusts no plugin {id}.</source>
        <translation>Toimipistekohtaisessa asetustiedostossa {file} ei ole hyväksytty laajennusta {id}.</translation>
    </message>
    <message>
        <source>The plugin {id} is no longer trusted: its record is gone from {file}; it does not load from its site folder any more.</source>
        <translation>Laajennus {id} ei ole enää hyväksytty: sen merkintä on poistettu tiedostosta {file}, eikä sitä enää ladata toimipisteen kansiosta.</translation>
    </message>
    <message>
        <source>The plugin {id} is not valid: {reason}</source>
        <translation>Laajennus {id} ei ole kelvollinen: {reason}</translation>
    </message>
    <message>
        <source>No plugin {id} was found. Plugins found: {known}.</source>
        <translation>Laajennusta {id} ei löytynyt. Löydetyt laajennukset: {known}.</translation>
    </message>
    <message>
        <source>{name} for the plugin {id}: </source>
        <translation>Laajennuksen {id} tunnistetieto {name}: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Anna uudelleen: </translation>
    </message>
    <message>
        <source>The two differ; nothing was stored. Try again.</source>
        <translation>Syötteet eroavat toisistaan; mitään ei tallennettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Credential {name} of the plugin {id} stored in the keyring (service {service}).</source>
        <translation>Laajennuksen {id} tunnistetieto {name} tallennettiin avainrenkaaseen (keyring, palvelu {service}).</translation>
    </message>
    <message>
        <source>Plugin skeleton {id} written to {folder}:</source>
        <translation>Laajennuksen {id} runko kirjoitettiin kansioon {folder}:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Seuraavat vaiheet:</translation>
    </message>
    <message>
        <source>In the site settings, add {folder} to plugins.folders and site:{id} to plugins.allow (docs/plugins.md, "Writing a plugin"); then IT trusts the folder as it is:</source>
        <translation>Lisää toimipistekohtaisiin asetuksiin {folder} asetukseen plugins.folders ja site:{id} asetukseen plugins.allow (docs/plugins.md, "Writing a plugin"). Sen jälkeen IT-tuki hyväksyy kansion sellaisenaan:</translation>
    </message>
    <message>
        <source>{name!r} cannot be a plugin id: use 2 to 40 lower-case letters, digits and '-', starting with a letter (for example demo-panel). Nothing was written.</source>
        <translation>{name!r} ei kelpaa laajennuksen tunnukseksi: käytä 2–40 merkkiä, jotka ovat pieniä kirjaimia, numeroita tai merkkejä '-', ja aloita kirjaimella (esimerkiksi demo-panel). Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{agency!r} is not an agency code: use up to 40 lower-case letters, digits and '-' (for example pori or kela). Nothing was written.</source>
        <translation>{agency!r} ei ole viraston koodi: käytä enintään 40 merkkiä, jotka ovat pieniä kirjaimia, numeroita tai merkkejä '-' (esimerkiksi pori tai kela). Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{folder} already exists; nothing was written. Choose another name or --into.</source>
        <translation>{folder} on jo olemassa; mitään ei kirjoitettu. Valitse toinen nimi tai anna toinen kansio valitsimella --into.</translation>
    </message>
    <message>
        <source>{folder} could not be written ({reason}); nothing was left.</source>
        <translation>Kansioon {folder} ei voitu kirjoittaa ({reason}); mitään ei jäänyt jäljelle.</translation>
    </message>
</context>
<context>
    <name>PluginHost</name>
    <message>
        <source>{name} is not a credential name.</source>
        <translation>{name} ei ole tunnistetiedon nimi.</translation>
    </message>
    <message>
        <source>The plugin {id} declares no credential {name}; its credentials are: {declared}.</source>
        <translation>Laajennus {id} ei määrittele tunnistetietoa {name}; sen tunnistetiedot ovat: {declared}.</translation>
    </message>
    <message>
        <source>An empty credential was not stored.</source>
        <translation>Tyhjää tunnistetietoa ei tallennettu.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the credential in (a headless Linux has none); the plugin {id} cannot use {name} here.</source>
        <translation>Tässä tietokoneessa ei ole avainrengasta (keyring), johon tunnistetiedon voisi tallentaa (Linuxissa ilman työpöytäympäristöä sitä ei ole); laajennus {id} ei voi käyttää tunnistetietoa {name} tässä tietokoneessa.</translation>
    </message>
    <message>
        <source>The keyring refused the credential ({reason}).</source>
        <translation>Avainrengas (keyring) ei hyväksynyt tunnistetietoa ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} in the site setting plugins.folders does not exist.</source>
        <translation>Toimipistekohtaisessa asetuksessa plugins.folders mainittua kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>Switched off by IT: the site setting plugins.deny lists {id}.</source>
        <translation>IT-tuki on poistanut laajennuksen käytöstä: toimipistekohtaisessa asetuksessa plugins.deny on mainittu {id}.</translation>
    </message>
    <message>
        <source>Not allowed by IT: with the site setting plugins.allow empty only the bundled plugins load; IT adds {pin} to plugins.allow to use it.</source>
        <translation>IT-tuki ei ole sallinut laajennusta: kun toimipistekohtainen asetus plugins.allow on tyhjä, vain Tiskin mukana toimitetut laajennukset ladataan. IT-tuki voi ottaa laajennuksen käyttöön lisäämällä {pin} asetukseen plugins.allow.</translation>
    </message>
    <message>
        <source>Not allowed by IT: an installed plugin is allowed by its distribution too; the site setting plugins.allow lists {id} but not {pin}.</source>
        <translation>IT-tuki ei ole sallinut laajennusta: asennettu laajennus sallitaan myös jakelupaketin nimellä. Toimipistekohtaisessa asetuksessa plugins.allow on {id} mutta ei {pin}.</translation>
    </message>
    <message>
        <source>Not allowed by IT: the site setting plugins.allow does not list {pin}.</source>
        <translation>IT-tuki ei ole sallinut laajennusta: toimipistekohtaisessa asetuksessa plugins.allow ei ole mainittu {pin}.</translation>
    </message>
    <message>
        <source>Not loaded: {id} is an API 1 plugin, which runs inside the console's own process with everything the console can reach. It loads only when IT lists it in the site setting plugins.trusted_widgets; otherwise its author makes an API 2 version, which runs in a process of its own.</source>
        <translation>Ei ladattu: {id} on API 1 -laajennus, joka toimii konsolin omassa prosessissa ja ulottuu kaikkeen, mihin konsolikin. Se ladataan vain, jos IT-tuki on lisännyt sen toimipistekohtaiseen asetukseen plugins.trusted_widgets; muuten sen tekijä tekee siitä API 2 -version, joka toimii omassa prosessissaan.</translation>
    </message>
    <message>
        <source>ships with Tiski</source>
        <translation>toimitetaan Tiskin mukana</translation>
    </message>
    <message>
        <source>the distribution {distribution}</source>
        <translation>jakelupaketti {distribution}</translation>
    </message>
    <message>
        <source>folder hash {short}… as IT recorded</source>
        <translation>kansion tiiviste {short}… IT-tuen kirjauksen mukainen</translation>
    </message>
    <message>
        <source>folder not as IT trusted it</source>
        <translation>kansio ei ole sellainen kuin IT-tuki sen hyväksyi</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ei tarkistettu</translation>
    </message>
    <message>
        <source>The installed entry point {entry} (group tiski.plugins) does not give a plugin folder: {reason}</source>
        <translation>Asennettu sisääntulokohta {entry} (ryhmä tiski.plugins) ei osoita laajennuskansioon: {reason}</translation>
    </message>
    <message>
        <source>Refused: {id} is the id of a plugin bundled with the console ({path}); no installed or site plugin may take it, so it never receives the bundled plugin's credentials. Its author gives it an id of its own.</source>
        <translation>Torjuttu: {id} on Tiskin mukana toimitetun laajennuksen tunnus ({path}). Asennettu tai toimipisteen laajennus ei saa käyttää sitä, joten se ei koskaan saa mukana toimitetun laajennuksen tunnistetietoja. Laajennuksen tekijä antaa sille oman tunnuksen.</translation>
    </message>
    <message>
        <source>Ignored: the plugin {id} was already found in {path} ({source}).</source>
        <translation>Ohitettu: laajennus {id} löytyi jo sijainnista {path} ({source}).</translation>
    </message>
    <message>
        <source>the plugin {id} has no folder to load it from</source>
        <translation>laajennuksella {id} ei ole kansiota, josta se voitaisiin ladata</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: {entry}.{method} does not take the arguments the console passes ({arguments}).</source>
        <translation>Laajennusta {id} ei voitu ladata: {entry}.{method} ei ota vastaan argumentteja, jotka konsoli sille antaa ({arguments}).</translation>
    </message>
    <message>
        <source>The plugin {id} was not loaded: the files in its folder changed since the console checked them against IT's record.</source>
        <translation>Laajennusta {id} ei ladattu: sen kansion tiedostot ovat muuttuneet sen jälkeen, kun konsoli tarkisti ne IT-tuen kirjausta vasten.</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: {reason}</source>
        <translation>Laajennusta {id} ei voitu ladata: {reason}</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: its class {entry} has no describe method (plugin API 2's DescribingPlugin protocol).</source>
        <translation>Laajennusta {id} ei voitu ladata: sen luokalla {entry} ei ole describe-metodia (laajennusrajapinnan 2 DescribingPlugin-protokolla).</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: its class {entry} has no create_panel method (the plugin API's Plugin protocol).</source>
        <translation>Laajennusta {id} ei voitu ladata: sen luokalla {entry} ei ole create_panel-metodia (laajennusrajapinnan Plugin-protokolla).</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}</source>
        <translation>{file}: {key}: {problem}</translation>
    </message>
    <message>
        <source>must be a table, not {value}</source>
        <translation>on oltava taulukko, ei {value}</translation>
    </message>
    <message>
        <source>is not a known key (known: {known})</source>
        <translation>ei ole tunnettu avain (tunnetut: {known})</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must be a non-empty string, not {value}</source>
        <translation>on oltava merkkijono, joka ei ole tyhjä, ei {value}</translation>
    </message>
    <message>
        <source>must be a list of strings, not {value}</source>
        <translation>on oltava merkkijonojen luettelo, ei {value}</translation>
    </message>
    <message>
        <source>{value} is not a visitor field (known: {known})</source>
        <translation>{value} ei ole asiakkaan tietokenttä (tunnetut: {known})</translation>
    </message>
    <message>
        <source>{value} is not a host name; give the name alone, such as asiointi.kela.fi, without https://, port or path</source>
        <translation>{value} ei ole palvelimen nimi; anna pelkkä nimi, kuten asiointi.kela.fi, ilman https://-alkua, porttia tai polkua</translation>
    </message>
    <message>
        <source>{value} is not a credential name (letters, digits, '.', '_' and '-', up to 64 characters)</source>
        <translation>{value} ei ole tunnistetiedon nimi (kirjaimia, numeroita sekä merkkejä '.', '_' ja '-', enintään 64 merkkiä)</translation>
    </message>
    <message>
        <source>must be 2 to 40 lower-case letters, digits and '-', not {value}</source>
        <translation>on oltava 2–40 merkkiä, jotka ovat pieniä kirjaimia, numeroita tai merkkejä '-', ei {value}</translation>
    </message>
    <message>
        <source>must be a version string such as "1.0.0" (PEP 440), not {value}</source>
        <translation>on oltava versiomerkkijono, kuten "1.0.0" (PEP 440), ei {value}</translation>
    </message>
    <message>
        <source>must be a whole number, the plugin API's major version (this console supports {supported}), not {value}</source>
        <translation>on oltava kokonaisluku, laajennusrajapinnan pääversio (tämä Tiskin versio tukee versiota {supported}), ei {value}</translation>
    </message>
    <message>
        <source>the plugin was written for plugin API {declared}; this console supports plugin API {supported} only</source>
        <translation>laajennus on kirjoitettu laajennusrajapinnan versiolle {declared}; tämä Tiskin versio tukee vain laajennusrajapinnan versiota {supported}</translation>
    </message>
    <message>
        <source>must be an agency code (lower-case letters, digits and '-'), such as "kela", not {value}</source>
        <translation>on oltava viraston koodi (pieniä kirjaimia, numeroita ja merkkejä '-'), kuten "kela", ei {value}</translation>
    </message>
    <message>
        <source>must be module:Class with Python names, such as "kela_panel:KelaPlugin", not {value}</source>
        <translation>on oltava muotoa moduuli:Luokka Pythonin nimillä, kuten "kela_panel:KelaPlugin", ei {value}</translation>
    </message>
    <message>
        <source>the module file {file} is not in {folder}</source>
        <translation>moduulitiedosto {file} ei ole kansiossa {folder}</translation>
    </message>
    <message>
        <source>must be a path under base_url starting with '/', such as "/health", not {value}</source>
        <translation>on oltava base_url-osoitteen alainen polku, joka alkaa merkillä '/', kuten "/health", ei {value}</translation>
    </message>
    <message>
        <source>needs a [settings.base_url] for the path to be under</source>
        <translation>tarvitsee asetuksen [settings.base_url], jonka alle polku sijoittuu</translation>
    </message>
    <message>
        <source>a setting name must be lower-case letters, digits and '_', starting with a letter</source>
        <translation>asetuksen nimessä saa olla vain pieniä kirjaimia, numeroita ja merkkejä '_', ja sen on alettava kirjaimella</translation>
    </message>
    <message>
        <source>{value} is not a setting type (known: {known})</source>
        <translation>{value} ei ole asetuksen tyyppi (tunnetut: {known})</translation>
    </message>
    <message>
        <source>base_url must be of type "url", not {value}</source>
        <translation>base_url-asetuksen tyypin on oltava "url", ei {value}</translation>
    </message>
    <message>
        <source>must be a string, not {value}</source>
        <translation>on oltava merkkijono, ei {value}</translation>
    </message>
    <message>
        <source>{minimum} is greater than the maximum {maximum}</source>
        <translation>{minimum} on suurempi kuin enimmäisarvo {maximum}</translation>
    </message>
    <message>
        <source>must be {kind}, not {value}</source>
        <translation>on oltava {kind}, ei {value}</translation>
    </message>
    <message>
        <source>only an int or float setting has a {which}</source>
        <translation>vain int- tai float-tyyppisellä asetuksella voi olla avain {which}</translation>
    </message>
    <message>
        <source>an http or https URL</source>
        <translation>http- tai https-URL-osoite</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>merkkijono</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true tai false</translation>
    </message>
    <message>
        <source>must be at least {minimum}, not {value}</source>
        <translation>on oltava vähintään {minimum}, ei {value}</translation>
    </message>
    <message>
        <source>must be at most {maximum}, not {value}</source>
        <translation>on oltava enintään {maximum}, ei {value}</translation>
    </message>
    <message>
        <source>Site setting {key}: {problem}</source>
        <translation>Toimipistekohtainen asetus {key}: {problem}</translation>
    </message>
    <message>
        <source>the plugin {plugin} has no such setting (it has: {known})</source>
        <translation>laajennuksella {plugin} ei ole tällaista asetusta (sen asetukset: {known})</translation>
    </message>
    <message>
        <source>is needed and has no default; give it in the site settings under [{table}]</source>
        <translation>on pakollinen, eikä sillä ole oletusarvoa; anna se toimipistekohtaisissa asetuksissa kohdassa [{table}]</translation>
    </message>
</context>
<context>
    <name>PluginProcess</name>
    <message>
        <source>The panel sent something the console cannot show.</source>
        <translation>Paneeli lähetti jotain, mitä konsoli ei voi näyttää.</translation>
    </message>
    <message>
        <source>The panel's process sent something that is not allowed and was ended.</source>
        <translation>Paneelin prosessi lähetti jotain, mikä ei ole sallittua, ja se lopetettiin.</translation>
    </message>
    <message>
        <source>The panel's process could not be started.</source>
        <translation>Paneelin prosessia ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>This panel stopped unexpectedly %1 times in 10 minutes and is not restarted again. The queue and the notes work without it.</source>
        <translation>Tämä paneeli pysähtyi odottamatta %1 kertaa 10 minuutissa, eikä sitä käynnistetä enää uudelleen. Jono ja muistiinpanot toimivat ilman sitä.</translation>
    </message>
</context>
<context>
    <name>PluginRuntime</name>
    <message>
        <source>The back office did not answer in time.</source>
        <translation>Taustajärjestelmä ei vastannut ajoissa.</translation>
    </message>
    <message>
        <source>The panel ran into an error: %1</source>
        <translation>Paneelissa tapahtui virhe: %1</translation>
    </message>
    <message>
        <source>The plugin could not be loaded: %1</source>
        <translation>Laajennusta ei voitu ladata: %1</translation>
    </message>
</context>
<context>
    <name>PluginTrust</name>
    <message>
        <source>The plugin folder holds a symbolic link, {path}; what it points at could change without the folder changing. Copy the files themselves into the folder.</source>
        <translation>Laajennuksen kansiossa on symbolinen linkki {path}; sen kohde voisi muuttua ilman että kansio muuttuu. Kopioi itse tiedostot kansioon.</translation>
    </message>
    <message>
        <source>The plugin folder holds {path}, which is not a regular file.</source>
        <translation>Laajennuksen kansiossa on {path}, joka ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <source>The folder {path} is too big to be a plugin (more than {files} files or {megabytes} MB).</source>
        <translation>Kansio {path} on liian suuri ollakseen laajennus (yli {files} tiedostoa tai {megabytes} Mt).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ei ole luettavissa: {reason}</translation>
    </message>
    <message>
        <source>{source}: trusted plugin record {number} must be a [[trusted_plugins]] table with exactly id, path (absolute) and sha256 (64 hex digits); write it with tiski plugins trust PATH</source>
        <translation>{source}: hyväksytyn laajennuksen merkinnän {number} on oltava [[trusted_plugins]]-taulukko, jossa on täsmälleen id, path (absoluuttinen) ja sha256 (64 heksadesimaalinumeroa); kirjoita se komennolla tiski plugins trust PATH</translation>
    </message>
    <message>
        <source>Not trusted by IT: a site-folder plugin loads only after IT records its folder's hash with: tiski plugins trust {path}</source>
        <translation>IT-tuki ei ole hyväksynyt laajennusta: toimipisteen kansiossa oleva laajennus ladataan vasta, kun IT-tuki on kirjannut kansion tiivisteen komennolla: tiski plugins trust {path}</translation>
    </message>
    <message>
        <source>Not trusted by IT here: IT trusted the plugin {id} in {trusted}, not in {path}.</source>
        <translation>IT-tuki ei ole hyväksynyt laajennusta tässä sijainnissa: IT-tuki hyväksyi laajennuksen {id} sijainnissa {trusted}, ei sijainnissa {path}.</translation>
    </message>
    <message>
        <source>Refused: {problem}</source>
        <translation>Torjuttu: {problem}</translation>
    </message>
    <message>
        <source>Refused: the files in {path} changed since IT trusted them. If IT made the change, IT trusts the folder again with: tiski plugins trust {path}</source>
        <translation>Torjuttu: kansion {path} tiedostot ovat muuttuneet IT-tuen hyväksynnän jälkeen. Jos muutos on IT-tuen tekemä, IT-tuki hyväksyy kansion uudelleen komennolla: tiski plugins trust {path}</translation>
    </message>
    <message>
        <source>{file} holds a [[trusted_plugins]] record this command cannot edit safely; IT edits the file by hand. Nothing was changed.</source>
        <translation>Tiedostossa {file} on [[trusted_plugins]]-merkintä, jota tämä komento ei voi muokata turvallisesti; IT-tuki muokkaa tiedostoa käsin. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The site settings file {file} cannot be written: {reason}. Run the command as the account that keeps it (IT, an administrator).</source>
        <translation>Toimipistekohtaiseen asetustiedostoon {file} ei voi kirjoittaa: {reason}. Suorita komento tiedostoa ylläpitävällä tunnuksella (IT-tuki, ylläpitäjä).</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Agency plugins</source>
        <translation>Virastojen laajennukset</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Laajennus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>In plugins.allow: %1</source>
        <translation>Asetuksessa plugins.allow: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Hyväksyntä</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Set credential…</source>
        <translation>Aseta tunnistetieto…</translation>
    </message>
    <message>
        <source>Credentials are kept in this computer's keyring, never in a settings file. IT can also set them with: tiski plugins set-credential PLUGIN NAME</source>
        <translation>Tunnistetiedot säilytetään tämän tietokoneen avainrenkaassa (keyring), ei koskaan asetustiedostossa. IT-tuki voi asettaa ne myös komennolla: tiski plugins set-credential PLUGIN NAME</translation>
    </message>
    <message>
        <source>Credentials of the chosen plugin:</source>
        <translation>Valitun laajennuksen tunnistetiedot:</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>asennettu</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mukana toimitettu</translation>
    </message>
    <message>
        <source>site folder</source>
        <translation>toimipisteen kansio</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>off</source>
        <translation>pois käytöstä</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>virheellinen</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>kaksoiskappale</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>torjuttu</translation>
    </message>
    <message>
        <source>(this plugin needs no credentials)</source>
        <translation>(tämä laajennus ei tarvitse tunnistetietoja)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>asetettu</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>Credential saved.</source>
        <translation>Tunnistetieto tallennettu.</translation>
    </message>
    <message>
        <source>Set credential</source>
        <translation>Aseta tunnistetieto</translation>
    </message>
    <message>
        <source>%1 for %2:</source>
        <translation>%1 laajennukselle %2:</translation>
    </message>
</context>
<context>
    <name>PoliisiPanel</name>
    <message>
        <source>Police</source>
        <translation>Poliisi</translation>
    </message>
    <message>
        <source>Identify the visitor to see their passport and identity card applications.</source>
        <translation>Tunnista asiakas, niin näet hänen passi- ja henkilökorttihakemuksensa.</translation>
    </message>
    <message>
        <source>The Police's back office sent an answer the panel does not understand.</source>
        <translation>Poliisin taustajärjestelmä lähetti vastauksen, jota paneeli ei ymmärrä.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Ready for pick-up at</source>
        <translation>Noudettavissa paikasta</translation>
    </message>
    <message>
        <source>Ask the Police</source>
        <translation>Kysy poliisilta</translation>
    </message>
    <message>
        <source>To be collected at</source>
        <translation>Noutopaikka</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Hakemusnumero</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>Pick-up and opening hours at poliisi.fi</source>
        <translation>Nouto ja aukioloajat poliisi.fi-sivustolla</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Hakemukset</translation>
    </message>
    <message>
        <source>No passport or identity card applications in the Police's system.</source>
        <translation>Poliisin järjestelmässä ei ole passi- tai henkilökorttihakemuksia.</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Hakeminen</translation>
    </message>
    <message>
        <source>The Police's e-service</source>
        <translation>Poliisin sähköinen asiointi</translation>
    </message>
    <message>
        <source>Police: {summary}</source>
        <translation>Poliisi: {summary}</translation>
    </message>
</context>
<context>
    <name>PoriPanel</name>
    <message>
        <source>City of Pori</source>
        <translation>Porin kaupunki</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>Palvelupisteessä ei ole asiakasta.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <source>The City of Pori finds applications by name and date of birth. Missing for this visitor: %1.</source>
        <translation>Porin kaupunki hakee hakemukset nimen ja syntymäajan perusteella. Tältä asiakkaalta puuttuu: %1.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Hakemukset</translation>
    </message>
    <message>
        <source>No applications with the City of Pori.</source>
        <translation>Porin kaupungilla ei ole tämän asiakkaan hakemuksia.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Päätös viimeistään</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viitetunnus</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Palvelualue</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <source>Early childhood education</source>
        <translation>Varhaiskasvatus</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>The City of Pori sent an answer the panel cannot read.</source>
        <translation>Porin kaupunki lähetti vastauksen, jota paneeli ei pysty lukemaan.</translation>
    </message>
</context>
<context>
    <name>PrhPanel</name>
    <message>
        <source>Type a business ID, for example 1234567-8.</source>
        <translation>Kirjoita Y-tunnus, esimerkiksi 1234567-8.</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: a digit may have been mistyped.</source>
        <translation>Y-tunnuksen %1 tarkistusnumero on väärä: jokin numero on ehkä kirjoitettu väärin.</translation>
    </message>
    <message>
        <source>%1 is not in the format of a business ID: seven digits, a hyphen and a check digit (1234567-8).</source>
        <translation>%1 ei ole Y-tunnuksen muotoinen: Y-tunnuksessa on seitsemän numeroa, yhdysmerkki ja tarkistusnumero (1234567-8).</translation>
    </message>
    <message>
        <source>Company information (PRH)</source>
        <translation>Yritystiedot (PRH)</translation>
    </message>
    <message>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>No company with business ID %1 in the register.</source>
        <translation>Rekisterissä ei ole yritystä, jonka Y-tunnus on %1.</translation>
    </message>
    <message>
        <source>Type a business ID and press Search to see the company's register data.</source>
        <translation>Kirjoita Y-tunnus ja valitse Hae, niin näet yrityksen rekisteritiedot.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Company form</source>
        <translation>Yritysmuoto</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Rekisterit</translation>
    </message>
    <message>
        <source>Company search</source>
        <translation>Yrityshaku</translation>
    </message>
    <message>
        <source>Open in YTJ</source>
        <translation>Avaa YTJ:ssä</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>PRH sent an answer the panel cannot read.</source>
        <translation>PRH lähetti vastauksen, jota paneeli ei pysty lukemaan.</translation>
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
    <name>PrivacyCommands</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Tietokantaa ei ole polussa {path}.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly ({reason}); the log has the details.</source>
        <translation>Tarkistus epäonnistui odottamatta ({reason}); lokissa on yksityiskohdat.</translation>
    </message>
    <message>
        <source>Read {values} texts in {columns} columns of {database}, this PC's journal and its logs.</source>
        <translation>Luettiin {values} tekstiä {columns} sarakkeesta: {database}, tämän koneen luonnokset ja lokit.</translation>
    </message>
    <message>
        <source>Not allowed to read {places}: run the check with the owner's database URL (--database).</source>
        <translation>Ei lukuoikeutta: {places}. Aja tarkistus omistajan tietokantaosoitteella (--database).</translation>
    </message>
    <message>
        <source>Row-level security hides some rows from this account: run the check with the owner's database URL (--database) to read them all.</source>
        <translation>Rivitason suojaus piilottaa tältä tunnukselta osan riveistä: aja tarkistus omistajan tietokantaosoitteella (--database), niin kaikki luetaan.</translation>
    </message>
    <message>
        <source>No identity code in clear.</source>
        <translation>Ei peittämättömiä henkilötunnuksia.</translation>
    </message>
    <message>
        <source>Identity codes in clear: {codes}, in {rows} places. Mask them (docs/security.md, 'Finding codes in clear'); this report never shows the codes.</source>
        <translation>Peittämättömiä henkilötunnuksia: {codes}, {rows} kohdassa. Peitä ne (docs/security.md, 'Finding codes in clear'); tämä raportti ei koskaan näytä tunnuksia.</translation>
    </message>
    <message>
        <source>{place} {row}: {codes} in clear</source>
        <translation>{place} {row}: {codes} peittämättä</translation>
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
        <source>{unknown} is not offered at this office. Services here: {known}.</source>
        <translation>Palvelua {unknown} ei tarjota tässä toimipisteessä. Täällä tarjotaan: {known}.</translation>
    </message>
    <message>
        <source>Unknown service {unknown}. Services: {known}.</source>
        <translation>Tuntematon palvelu {unknown}. Palvelut: {known}.</translation>
    </message>
    <message>
        <source>{service} is not issued at the ticket machine. Please ask the lobby guide.</source>
        <translation>{service}: tähän palveluun vuoronumeron antaa aulaohjaaja. Kysy apua aulaohjaajalta.</translation>
    </message>
    <message>
        <source>{service} takes no more tickets today. Please ask the lobby guide.</source>
        <translation>{service}: vuoronumeroita ei enää anneta tänään. Kysy aulaoppaalta.</translation>
    </message>
    <message>
        <source>{service} is closed now. Please ask the lobby guide.</source>
        <translation>{service}: suljettu nyt. Kysy apua aulaohjaajalta.</translation>
    </message>
    <message>
        <source>The desk is not set up yet. Ask IT to set it up.</source>
        <translation>Tiskiä ei ole vielä otettu käyttöön. Pyydä IT-tukea tekemään asetukset.</translation>
    </message>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Tuntematon elämäntilanne {code}. Elämäntilanteet: {known}.</translation>
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
        <source>This needs a counter: sign in to the console at a counter first.</source>
        <translation>Tähän tarvitaan tiski: kirjaudu ensin konsoliin jollakin tiskillä.</translation>
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
        <source>The appointment {code} is booked at {office}. Please check in there, or ask at the lobby.</source>
        <translation>Ajanvaraus {code} on toimipisteeseen {office}. Ilmoittaudu siellä tai kysy apua aulaohjaajalta.</translation>
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
        <source>No appointment with booking code {code}.</source>
        <translation>Varauskoodilla {code} ei löydy ajanvarausta.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is no longer held at a counter: nothing to do.</source>
        <translation>Vuoronumero {ticket} ei ole enää millään palvelupisteellä: ei tehtävää.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is at a counter whose console is running. Ask there, or transfer the ticket.</source>
        <translation>Vuoronumero {ticket} on palvelupisteellä, jonka konsoli on käynnissä. Kysy siellä tai siirrä vuoronumero.</translation>
    </message>
    <message>
        <source>That desk session is not yours; sign in again at this counter.</source>
        <translation>Tämä tiskin istunto ei ole sinun; kirjaudu uudelleen tälle tiskille.</translation>
    </message>
    <message>
        <source>{ticket} is at your counter: finish, transfer or park them before the break.</source>
        <translation>{ticket} on palvelupisteelläsi: lopeta, siirrä tai pysäköi asiointi ennen taukoa.</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
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
        <source>Back in the queue because their counter's console stopped: {tickets}</source>
        <translation>Palasivat jonoon, koska palvelupisteen konsoli pysähtyi: {tickets}</translation>
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
    <message>
        <source>kept for its holder</source>
        <translation>pidetty palvelijalleen</translation>
    </message>
    <message>
        <source>not on its own (no console held it)</source>
        <translation>ei itsestään (mikään konsoli ei pitänyt sitä)</translation>
    </message>
    <message>
        <source>Visitors held where no console runs: {count} (they go back to the queue {minutes} min after the console stopped)</source>
        <translation>Asiakkaita palvelupisteillä, joilla ei ole konsolia käynnissä: {count} (he palaavat jonoon {minutes} min konsolin pysähtymisen jälkeen)</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>PALVELUPISTE</translation>
    </message>
    <message>
        <source>HELD BY</source>
        <translation>KENELLÄ</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>VIIMEKSI NÄHTY</translation>
    </message>
    <message>
        <source>BACK IN QUEUE</source>
        <translation>JONOON</translation>
    </message>
    <message>
        <source>Back in the {code} queue at its original place (since {time}); audited as returned by {staff}.</source>
        <translation>Takaisin jonossa {code} alkuperäisellä paikallaan (klo {time} alkaen); lokiin palauttajaksi kirjattu {staff}.</translation>
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
    <message>
        <source>Waiting tickets (longest %1 of %2)</source>
        <translation>Odottavat vuoronumerot (pisimpään odottaneet %1/%2)</translation>
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
    <message>
        <source>%1 – a new ticket waits %2</source>
        <translation>%1 – uusi vuoronumero odottaa %2</translation>
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
    <name>QueuesPage</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Pisin</translation>
    </message>
    <message>
        <source>Target %1 min</source>
        <translation>Tavoite %1 min</translation>
    </message>
    <message>
        <source>New ticket waits</source>
        <translation>Uusi numero odottaa</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>noin %1 min</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Automaatti</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>auki</translation>
    </message>
    <message>
        <source>Closed for new tickets at the kiosk; you can still issue them.</source>
        <translation>Automaatti ei anna uusia numeroita; voit silti antaa niitä itse.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a visitor with an appointment due now (from 10 minutes before)</source>
        <translation>asiakas, jonka ajanvaraus on nyt (10 minuuttia ennen alkaen)</translation>
    </message>
    <message>
        <source>a visitor who has waited more than twice their service's target wait, even before priority visitors (oldest first)</source>
        <translation>asiakas, joka on odottanut yli kaksi kertaa palvelunsa tavoiteajan, jopa ennen etusijalla olevia (pisimpään odottanut ensin)</translation>
    </message>
    <message>
        <source>a priority visitor (accessibility, urgency)</source>
        <translation>etusijalla oleva asiakas (esteettömyys, kiireellisyys)</translation>
    </message>
    <message>
        <source>a visitor who has waited past their service's target wait</source>
        <translation>asiakas, joka on odottanut palvelunsa tavoiteajan yli</translation>
    </message>
    <message>
        <source>the visitor who has waited longest</source>
        <translation>pisimpään odottanut asiakas</translation>
    </message>
    <message>
        <source>Only the services you serve today are called to you. A visitor handed to your counter or to you (a transfer, the lobby guide's To) is called by you alone.</source>
        <translation>Sinulle kutsutaan vain palveluja, joita palvelet tänään. Tiskillesi tai sinulle ohjatun asiakkaan (siirto, aulaohjaajan Minne-valinta) kutsut vain sinä.</translation>
    </message>
    <message>
        <source>appointment at {time}</source>
        <translation>ajanvaraus klo {time}</translation>
    </message>
    <message>
        <source>priority ({priority})</source>
        <translation>etusija ({priority})</translation>
    </message>
    <message>
        <source>waited {waited} min, over twice the target of {target}: called before priority visitors</source>
        <translation>odottanut {waited} min, yli kaksi kertaa tavoite {target} min: kutsuttu ennen etusijalla olevia</translation>
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
    <name>RecordPanel</name>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Ei näytettävää.</translation>
    </message>
    <message>
        <source>Shown as of %1 – the back office is not reachable right now</source>
        <translation>Tiedot tilanteesta %1 – taustajärjestelmä ei ole juuri nyt tavoitettavissa</translation>
    </message>
</context>
<context>
    <name>RemoteAppointmentDialog</name>
    <message>
        <source>Book a remote appointment</source>
        <translation>Varaa etäaika</translation>
    </message>
    <message>
        <source>No specialist of %1 accepted in time.</source>
        <translation>Yksikään asiantuntija (%1) ei ottanut pyyntöä vastaan ajoissa.</translation>
    </message>
    <message>
        <source>Book ticket %1 a remote appointment with %2 instead.</source>
        <translation>Varaa sen sijaan vuoronumeron %1 asiakkaalle etäaika (%2).</translation>
    </message>
    <message>
        <source>Finnish time</source>
        <translation>Suomen aikaa</translation>
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
        <source>The appointment gets its own video link; the specialist and the visitor meet through it at the booked time.</source>
        <translation>Etäajalle luodaan oma videolinkki; asiantuntija ja asiakas tapaavat sen kautta varattuna aikana.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Varaa</translation>
    </message>
    <message>
        <source>%1 has no services to book at this desk.</source>
        <translation>%1: tässä toimipisteessä ei ole varattavia palveluja.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>Nothing to show for the period.</source>
        <translation>Jaksolta ei ole näytettävää.</translation>
    </message>
    <message>
        <source>Busiest: %1 at %2, %3 arrivals on average</source>
        <translation>Vilkkain: %1 klo %2, keskimäärin %3 saapujaa</translation>
    </message>
    <message>
        <source>%1 days; the longest 90th percentile %2 min on %3</source>
        <translation>%1 päivää; pisin 90. persentiili %2 min päivänä %3</translation>
    </message>
    <message>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. persentiili</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>keskiarvo</translation>
    </message>
    <message>
        <source>%1 hours need more staff than served such hours before</source>
        <translation>%1 tuntia tarvitsee enemmän henkilöstöä kuin vastaavina tunteina on palvellut</translation>
    </message>
    <message>
        <source>Each hour: staff needed / staff who served such hours before; red where fewer served than needed, green where more.</source>
        <translation>Kukin tunti: tarvittava henkilöstö / vastaavina tunteina palvelleet; punainen, jos palvelleita oli tarvetta vähemmän, vihreä, jos enemmän.</translation>
    </message>
    <message>
        <source>Arrivals per hour, mean per weekday</source>
        <translation>Saapujat tunneittain, keskiarvo viikonpäivittäin</translation>
    </message>
    <message>
        <source>Waiting time per day against the target (min)</source>
        <translation>Odotusaika päivittäin tavoitteeseen verrattuna (min)</translation>
    </message>
    <message>
        <source>Services served per agency</source>
        <translation>Palvellut asioinnit virastoittain</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>{option} {value} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{option} {value} ei ole päivämäärä: kirjoita se muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <source>The cost-sharing report needs the cost to share: add --cost EUR (for example --cost 12500,00).</source>
        <translation>Kustannustenjakoraportti tarvitsee jaettavan kustannuksen: lisää --cost EUR (esimerkiksi --cost 12500,00).</translation>
    </message>
    <message>
        <source>{option} {value} is not a sum of euros: write it as 12500,00 or 12500.</source>
        <translation>{option} {value} ei ole euromäärä: kirjoita se muodossa 12500,00 tai 12500.</translation>
    </message>
    <message>
        <source>A PDF needs a file to go to: add --output FILE.pdf.</source>
        <translation>PDF tarvitsee tiedoston: lisää --output TIEDOSTO.pdf.</translation>
    </message>
    <message>
        <source>Wrote {title} ({start} to {end}) to {file}.</source>
        <translation>Kirjoitettiin {title} ({start}–{end}) tiedostoon {file}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The desk's figures</source>
        <translation>Tiskin luvut</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Palveltu</translation>
    </message>
    <message>
        <source>Service minutes</source>
        <translation>Palveluminuutit</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Osuus (%)</translation>
    </message>
    <message>
        <source>Part of the cost (EUR)</source>
        <translation>Osuus kustannuksesta (EUR)</translation>
    </message>
    <message>
        <source>Cost to share: {cost} EUR, split by {method}.</source>
        <translation>Jaettava kustannus: {cost} EUR, jaettu perusteena {method}.</translation>
    </message>
    <message>
        <source>Fixed part of each agency: {base} EUR.</source>
        <translation>Kunkin viraston kiinteä osa: {base} EUR.</translation>
    </message>
    <message>
        <source>Cost-sharing report</source>
        <translation>Kustannustenjakoraportti</translation>
    </message>
    <message>
        <source>Checked and approved by:</source>
        <translation>Tarkastanut ja hyväksynyt:</translation>
    </message>
    <message>
        <source>Agency and title:</source>
        <translation>Virasto ja asema:</translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation>Päiväys ja allekirjoitus:</translation>
    </message>
    <message>
        <source>services served</source>
        <translation>palvellut asioinnit</translation>
    </message>
    <message>
        <source>service minutes</source>
        <translation>palveluminuutit</translation>
    </message>
    <message>
        <source>a fixed part plus services served</source>
        <translation>kiinteä osa ja palvellut asioinnit</translation>
    </message>
    <message>
        <source>From {start} to {end}, office {office}</source>
        <translation>{start}–{end}, toimipiste {office}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Viikonpäivä</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Tunti</translation>
    </message>
    <message>
        <source>Arrivals expected</source>
        <translation>Odotetut saapujat</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>Tarvittava henkilöstö</translation>
    </message>
    <message>
        <source>Staff needed if all serve all</source>
        <translation>Tarve, jos kaikki palvelevat kaikkea</translation>
    </message>
    <message>
        <source>Staff who served, mean</source>
        <translation>Palvelleet, keskiarvo</translation>
    </message>
    <message>
        <source>Staff needed: the fewest who call {share} % of visitors within the target wait (Erlang C), per agency from one queue, added up; from the arrivals and service times of the last {weeks} weeks.</source>
        <translation>Tarvittava henkilöstö: pienin määrä, joka kutsuu {share} % asiakkaista tavoiteajassa (Erlang C), virastoittain yhdestä jonosta laskettuna ja yhteen laskettuna; viimeisten {weeks} viikon saapumisista ja palveluajoista.</translation>
    </message>
    <message>
        <source>The same forecast for last week was off by {error} arrivals an hour on average ({percent} of all arrivals), over {slots} hours.</source>
        <translation>Sama ennuste viime viikolle poikkesi keskimäärin {error} saapujaa tunnissa ({percent} kaikista saapujista) {slots} tunnin aikana.</translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation>Henkilöstöennuste</translation>
    </message>
    <message>
        <source>The week from Monday {day}, office {office}</source>
        <translation>Viikko maanantaista {day}, toimipiste {office}</translation>
    </message>
    <message>
        <source>The week from Monday {day}</source>
        <translation>Viikko maanantaista {day}</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>Services asked</source>
        <translation>Pyydetyt palvelut</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ei saapunut</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Wait, mean (min)</source>
        <translation>Odotus, keskiarvo (min)</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <translation>Odotus, mediaani (min)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <translation>Odotus, 90. persentiili (min)</translation>
    </message>
    <message>
        <source>Called within target (%)</source>
        <translation>Kutsuttu tavoiteajassa (%)</translation>
    </message>
    <message>
        <source>Service time, mean (min)</source>
        <translation>Palveluaika, keskiarvo (min)</translation>
    </message>
    <message>
        <source>Service time, median (min)</source>
        <translation>Palveluaika, mediaani (min)</translation>
    </message>
    <message>
        <source>Visits with several services</source>
        <translation>Käynnit, joilla useita palveluja</translation>
    </message>
    <message>
        <source>Agencies per visit, mean</source>
        <translation>Virastoja käyntiä kohden, keskiarvo</translation>
    </message>
    <message>
        <source>Life-event visits</source>
        <translation>Elämäntilannekäynnit</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Palautevastaukset</translation>
    </message>
    <message>
        <source>Feedback, mean (1-4)</source>
        <translation>Palaute, keskiarvo (1–4)</translation>
    </message>
    <message>
        <source>Breaks (min)</source>
        <translation>Tauot (min)</translation>
    </message>
    <message>
        <source>Appointments booked</source>
        <translation>Varatut ajat</translation>
    </message>
    <message>
        <source>Appointments kept</source>
        <translation>Toteutuneet ajanvaraukset</translation>
    </message>
    <message>
        <source>Appointments not kept</source>
        <translation>Käyttämättä jääneet ajat</translation>
    </message>
    <message>
        <source>Specialists asked</source>
        <translation>Asiantuntijapyynnöt</translation>
    </message>
    <message>
        <source>Specialists joined</source>
        <translation>Asiantuntija liittyi</translation>
    </message>
    <message>
        <source>Time until a specialist joined, mean (min)</source>
        <translation>Aika asiantuntijan liittymiseen, keskiarvo (min)</translation>
    </message>
    <message>
        <source>Breaks, {reason} (min)</source>
        <translation>Tauot, {reason} (min)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Virasto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Nothing was served in the period: the cost is split into equal parts, in whole cents; the cents left over go to the agencies first in alphabetical order.</source>
        <translation>Jaksolla ei palveltu ketään: kustannus jaetaan tasan, kokonaisina sentteinä; yli jäävät sentit menevät aakkosjärjestyksessä ensimmäisille virastoille.</translation>
    </message>
    <message>
        <source>Agency's part = cost x the agency's service minutes / all service minutes, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Viraston osuus = kustannus x viraston palveluminuutit / kaikki palveluminuutit, kokonaisina sentteinä; yli jäävät sentit menevät suurimmille jakojäännöksille.</translation>
    </message>
    <message>
        <source>Agency's part = fixed part + (cost - all fixed parts) x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Viraston osuus = kiinteä osa + (kustannus - kaikki kiinteät osat) x viraston palvellut asioinnit / kaikki palvellut asioinnit, kokonaisina sentteinä; yli jäävät sentit menevät suurimmille jakojäännöksille.</translation>
    </message>
    <message>
        <source>Agency's part = cost x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Viraston osuus = kustannus x viraston palvellut asioinnit / kaikki palvellut asioinnit, kokonaisina sentteinä; yli jäävät sentit menevät suurimmille jakojäännöksille.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Jakso päättyy ({end}) ennen kuin se alkaa ({start}).</translation>
    </message>
    <message>
        <source>A report covers at most {days} days; make one per year.</source>
        <translation>Raportti kattaa enintään {days} päivää; tee yksi raportti vuotta kohden.</translation>
    </message>
    <message>
        <source>The cost to share ({cost} cents) must be at least the fixed part ({base} cents) times the {agencies} agencies; enter a larger cost or a smaller fixed part.</source>
        <translation>Jaettavan kustannuksen ({cost} senttiä) on oltava vähintään kiinteä osa ({base} senttiä) kertaa {agencies} virastoa; anna suurempi kustannus tai pienempi kiinteä osa.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Tiski – reports</source>
        <translation>Tiski – raportit</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>Koko jakso</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Per weekday</source>
        <translation>Viikonpäivittäin</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Tunneittain</translation>
    </message>
    <message>
        <source>Per agency</source>
        <translation>Virastoittain</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Palveluittain</translation>
    </message>
    <message>
        <source>Per counter</source>
        <translation>Palvelupisteittäin</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>Työntekijöittäin</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Koko tiski</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV:nä…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>P&amp;äättyen</translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation>esimerkiksi 12 500,00</translation>
    </message>
    <message>
        <source>By services served</source>
        <translation>Palveltujen asiointien mukaan</translation>
    </message>
    <message>
        <source>By service minutes</source>
        <translation>Palveluminuuttien mukaan</translation>
    </message>
    <message>
        <source>A fixed part, the rest by services served</source>
        <translation>Kiinteä osa, loput palveltujen asiointien mukaan</translation>
    </message>
    <message>
        <source>Spl&amp;it the cost</source>
        <translation>&amp;Jaa kustannus</translation>
    </message>
    <message>
        <source>Cost to share (EUR)</source>
        <translation>Jaettava kustannus (EUR)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Jakoperuste</translation>
    </message>
    <message>
        <source>Fixed part of each agency (EUR)</source>
        <translation>Kunkin viraston kiinteä osa (EUR)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Luvut</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Kaaviot</translation>
    </message>
    <message>
        <source>Cost sharing</source>
        <translation>Kustannustenjako</translation>
    </message>
    <message>
        <source>Staff needed next week, per weekday and hour (Erlang C)</source>
        <translation>Henkilöstötarve ensi viikolla viikonpäivittäin ja tunneittain (Erlang C)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Ennuste</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raportit</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Reading the period…</source>
        <translation>Luetaan jaksoa…</translation>
    </message>
    <message>
        <source>Write the sums in euros, for example 12 500,00 or 12500.</source>
        <translation>Kirjoita summat euroina, esimerkiksi 12 500,00 tai 12500.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Raporttia ei voitu tallentaa tiedostoon %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 at counter %3 · asked at %4</source>
        <translation>Vuoronumero %1 · %2, palvelupiste %3 · kysytty klo %4</translation>
    </message>
</context>
<context>
    <name>RestPanel</name>
    <message>
        <source>The "fields" setting has "%1", which is not Label=json.path.</source>
        <translation>Asetuksessa "fields" on kohta "%1", joka ei ole muotoa Label=json.path.</translation>
    </message>
    <message>
        <source>The "fields" setting is empty: it names nothing to show.</source>
        <translation>Asetus "fields" on tyhjä: siinä ei ole määritetty mitään näytettävää.</translation>
    </message>
    <message>
        <source>The "endpoint" setting is empty: the panel has nothing to ask.</source>
        <translation>Asetus "endpoint" on tyhjä: paneelilla ei ole mitään kysyttävää.</translation>
    </message>
    <message>
        <source>The "endpoint" setting uses {%1}; it may use only {name}, {identity_code} and {birth_date}.</source>
        <translation>Asetus "endpoint" käyttää kohtaa {%1}; siinä saa käyttää vain kohtia {name}, {identity_code} ja {birth_date}.</translation>
    </message>
    <message>
        <source>The "link_template" setting is not a web address (https://…).</source>
        <translation>Asetus "link_template" ei ole verkko-osoite (https://…).</translation>
    </message>
    <message>
        <source>This panel is not set up correctly: %1 Please tell IT.</source>
        <translation>Tätä paneelia ei ole määritetty oikein: %1 Ilmoita asiasta IT-tuelle.</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>Palvelupisteessä ei ole asiakasta.</translation>
    </message>
    <message>
        <source>This panel needs the visitor's %1, which its manifest does not permit it to read. Please tell IT.</source>
        <translation>Tämä paneeli tarvitsee asiakkaasta tiedon (%1), jonka lukemista laajennuksen manifesti ei salli. Ilmoita asiasta IT-tuelle.</translation>
    </message>
    <message>
        <source>This panel needs the visitor's %1, which is not known for this visit.</source>
        <translation>Tämä paneeli tarvitsee asiakkaasta tiedon (%1), joka ei ole tiedossa tässä asioinnissa.</translation>
    </message>
    <message>
        <source>The back office sent an answer the panel cannot show.</source>
        <translation>Taustajärjestelmä lähetti vastauksen, jota paneeli ei pysty näyttämään.</translation>
    </message>
    <message>
        <source>Nothing found for this visitor.</source>
        <translation>Tälle asiakkaalle ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Linkki</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Avaa sivustolla %1</translation>
    </message>
    <message>
        <source>Result %1 of %2</source>
        <translation>Tulos %1/%2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>REST panel</source>
        <translation>REST-paneeli</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>syntymäaika</translation>
    </message>
</context>
<context>
    <name>RestoreDraftsDialog</name>
    <message>
        <source>Unsaved notes</source>
        <translation>Tallentamattomat muistiinpanot</translation>
    </message>
    <message>
        <source>Tiski closed before these notes were saved. Restore them to continue, or discard them.</source>
        <translation>Tiski sulkeutui ennen kuin näitä muistiinpanoja tallennettiin. Palauta ne, jos haluat jatkaa niitä, tai hylkää ne.</translation>
    </message>
    <message>
        <source>Restore all: the note of a visit still at your counter goes back into the editor; the notes of other visits are saved into their cases.</source>
        <translation>Palauta kaikki: palvelupisteessäsi yhä olevan asioinnin muistiinpano palaa muokkaimeen; muiden asiointien muistiinpanot tallennetaan niiden asioihin.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Vuoronumero</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Muokattu viimeksi</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Näkyvyys</translation>
    </message>
    <message>
        <source>Beginning of the note</source>
        <translation>Muistiinpanon alku</translation>
    </message>
    <message>
        <source>&amp;Restore all</source>
        <translation>&amp;Palauta kaikki</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Hylkää…</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Jaettu koko toimipisteelle</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Vain %1</translation>
    </message>
    <message>
        <source>Discard unsaved notes?</source>
        <translation>Hylätäänkö tallentamattomat muistiinpanot?</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s) will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n tallentamaton muistiinpano poistetaan pysyvästi. Toimintoa ei voi kumota.</numerusform>
            <numerusform>%n tallentamatonta muistiinpanoa poistetaan pysyvästi. Toimintoa ei voi kumota.</numerusform>
        </translation>
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
    <message>
        <source>kiosk</source>
        <translation>kioski</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>aulanäyttö</translation>
    </message>
    <message>
        <source>no signed-in account</source>
        <translation>ei kirjautunutta tiliä</translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>This Tiski has no bundled plugins; name a plugins folder with --plugins.</source>
        <translation>Tässä Tiskissä ei ole mukana toimitettuja laajennuksia; anna laajennuskansio valitsimella --plugins.</translation>
    </message>
    <message>
        <source>Recorded answers cannot be served: {reason}</source>
        <translation>Tallennettuja vastauksia ei voi tarjota: {reason}</translation>
    </message>
    <message>
        <source>No plugin in {folder} has recorded answers (sandbox/answers.json); name the plugins folder with --plugins.</source>
        <translation>Yhdelläkään kansion {folder} laajennuksella ei ole tallennettuja vastauksia (sandbox/answers.json); anna laajennuskansio valitsimella --plugins.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}). Another sandbox may be running: stop it or choose another port with --port.</source>
        <translation>Osoitteessa {host}:{port} ei voi kuunnella ({reason}). Toinen testiympäristö voi olla jo käynnissä: pysäytä se tai valitse toinen portti valitsimella --port.</translation>
    </message>
    <message>
        <source>Sandbox back offices of {plugins} at {base_url}/&lt;plugin id&gt;/. Stop with Ctrl+C.</source>
        <translation>Laajennusten {plugins} testiympäristön (sandbox) taustajärjestelmät osoitteessa {base_url}/&lt;plugin id&gt;/. Pysäytä painamalla Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Testiympäristö pysäytetty.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Hae muistiinpanoja</translation>
    </message>
    <message>
        <source>Words in the note, e.g. asumistuki</source>
        <translation>Muistiinpanon sanoja, esim. asumistuki</translation>
    </message>
    <message>
        <source>&amp;Find notes with:</source>
        <translation>Hae &amp;muistiinpanoja sanoilla:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Löydetyt muistiinpanot</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Double-click a note or press Enter on it to open its case.</source>
        <translation>Avaa muistiinpanon asia kaksoisnapsauttamalla muistiinpanoa tai valitsemalla se ja painamalla Enter.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Kirjoita vähintään yksi hakusana.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Hakua vastaavia muistiinpanoja ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) (newest first)</source>
        <translation>
            <numerusform>%n muistiinpano (uusimmat ensin)</numerusform>
            <numerusform>%n muistiinpanoa (uusimmat ensin)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed unexpectedly. Try again; if it keeps failing, tell IT.</source>
        <translation>Haku epäonnistui odottamatta. Yritä uudelleen; jos ongelma toistuu, ilmoita siitä IT-tuelle.</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>Case %1: double-click or press Enter to open it</source>
        <translation>Asia %1: avaa kaksoisnapsauttamalla tai painamalla Enter</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>jaettu</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>virasto %1</translation>
    </message>
</context>
<context>
    <name>SecondBookingQuestion</name>
    <message>
        <source>Already booked</source>
        <translation>Jo varattu</translation>
    </message>
    <message>
        <source>%1 already has a booking for %2 on %3 at %4 (code %5). Book another one?</source>
        <translation>Asiakkaalla %1 on jo varaus palveluun %2 %3 klo %4 (koodi %5). Varataanko toinen?</translation>
    </message>
    <message>
        <source>Book another</source>
        <translation>Varaa toinen</translation>
    </message>
    <message>
        <source>Don't book</source>
        <translation>Älä varaa</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>files read: {files}</source>
        <translation>luetut tiedostot: {files}</translation>
    </message>
    <message>
        <source>Self-test failed: {names}.</source>
        <translation>Itsetestaus epäonnistui: {names}.</translation>
    </message>
    <message>
        <source>Self-test passed in {seconds} s.</source>
        <translation>Itsetestaus onnistui ({seconds} s).</translation>
    </message>
    <message>
        <source>{url}: schema {current}, this Tiski needs {head} (tiski doctor says what to do)</source>
        <translation>{url}: skeema {current}, tämä Tiski tarvitsee version {head} (tiski doctor kertoo, mitä tehdä)</translation>
    </message>
    <message>
        <source>{url}, schema {current}</source>
        <translation>{url}, skeema {current}</translation>
    </message>
    <message>
        <source>{file}, schema {current}, demo desk with {staff} staff</source>
        <translation>{file}, skeema {current}, demotoimipiste, työntekijöitä {staff}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{count} loaded ({ids}); {others} not loaded (off or invalid)</source>
        <translation>ladattu {count} ({ids}); lataamatta {others} (pois käytöstä tai virheellinen)</translation>
    </message>
    <message>
        <source>{count} loaded ({ids})</source>
        <translation>ladattu {count} ({ids})</translation>
    </message>
    <message>
        <source>the picture {file} is empty or too small</source>
        <translation>kuva {file} on tyhjä tai liian pieni</translation>
    </message>
    <message>
        <source>rendered {width}x{height}</source>
        <translation>piirretty {width}x{height}</translation>
    </message>
</context>
<context>
    <name>ServiceChecklist</name>
    <message>
        <source>Up</source>
        <translation>Ylös</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alas</translation>
    </message>
    <message>
        <source>Move the chosen service earlier</source>
        <translation>Siirrä valittu palvelu aiemmaksi</translation>
    </message>
    <message>
        <source>Move the chosen service later</source>
        <translation>Siirrä valittu palvelu myöhemmäksi</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Virasto</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Vuoronumeron etuliite</translation>
    </message>
    <message>
        <source>One to three capital letters, e.g. K for K012</source>
        <translation>Yhdestä kolmeen isoa kirjainta, esim. K numerolle K012</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Tavoiteodotus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Vuoronumerolaite</translation>
    </message>
    <message>
        <source>Visitors can take a ticket at the kiosk</source>
        <translation>Asiakkaat voivat ottaa vuoronumeron laitteesta</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>whenever the desk is open</source>
        <translation>aina kun toimipiste on auki</translation>
    </message>
    <message>
        <source>Entries separated by semicolons, e.g. mon-fri 08:00-16:00; sat 10:00-14:00</source>
        <translation>Puolipisteellä erotetut rivit, esim. mon-fri 08:00-16:00; sat 10:00-14:00</translation>
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
        <source>This service is done; the visit's next service waits for its turn</source>
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
        <source>Ask an agency's specialist to join this visit</source>
        <translation>Pyydä viraston asiantuntija mukaan tähän asiointiin</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Lisää palvelu…</translation>
    </message>
    <message>
        <source>Add another service to this visit; it keeps the visit's place</source>
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
        <source>Today's appointments, booking and check-in</source>
        <translation>Päivän ajanvaraukset, varaaminen ja ilmoittautuminen</translation>
    </message>
    <message>
        <source>Break…</source>
        <translation>Tauko…</translation>
    </message>
    <message>
        <source>Step away from the counter, with a reason; the floor shows it</source>
        <translation>Poistu palvelupisteeltä syyn kanssa; salinäkymä näyttää sen</translation>
    </message>
    <message>
        <source>I'm back</source>
        <translation>Palasin</translation>
    </message>
    <message>
        <source>End the break; calling the next ticket ends it too</source>
        <translation>Päätä tauko; myös seuraavan asiakkaan kutsuminen päättää sen</translation>
    </message>
    <message>
        <source>The desk's database did not answer, so this was not done. Tell the visitor it takes a moment and try again; if it keeps failing: %1</source>
        <translation>Palvelupisteen tietokanta ei vastannut, joten tätä ei tehty. Kerro asiakkaalle, että tämä vie hetken, ja yritä uudelleen; jos se ei vieläkään onnistu: %1</translation>
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
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>What is the break for?</source>
        <translation>Mikä tauko on kyseessä?</translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Tervetuloa takaisin.</translation>
    </message>
    <message>
        <source>%1 did not come after the recalls: marked as a no-show.</source>
        <translation>%1 ei saapunut uusintakutsuista huolimatta: merkitty tilaan ”ei saapunut”.</translation>
    </message>
    <message>
        <source>The note was not saved, so %1 stays at your counter. Check the note, then try again.</source>
        <translation>Muistiinpanoa ei tallennettu, joten %1 jää tiskillesi. Tarkista muistiinpano ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1 is no longer at your counter; nothing was done.</source>
        <translation>%1 ei ole enää tiskilläsi; mitään ei tehty.</translation>
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
    <message>
        <source>Booking %1 cancelled.</source>
        <translation>Varaus %1 peruttu.</translation>
    </message>
    <message>
        <source>Booking %1 closed: the visitor did not come.</source>
        <translation>Varaus %1 suljettu: asiakas ei saapunut.</translation>
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
        <source>an https:// address containing {marker}, e.g. {example}</source>
        <translation>https://-osoite, joka sisältää merkkijonon {marker}, esim. {example}</translation>
    </message>
    <message>
        <source>a list of one or more of {choices}</source>
        <translation>luettelo, jossa on yksi tai useampi näistä: {choices}</translation>
    </message>
    <message>
        <source>two times of day like {example}, or empty</source>
        <translation>kaksi kellonaikaa, esimerkiksi {example}, tai tyhjä</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
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
        <source>only IT's site settings file may set this (it says which plugins run inside the console); remove it here</source>
        <translation>tämän voi asettaa vain IT-tuen toimipistekohtainen asetustiedosto (se kertoo, mitkä laajennukset toimivat konsolin sisällä); poista se tästä</translation>
    </message>
    <message>
        <source>{value!r} is not allowed; use {allowed}</source>
        <translation>arvo {value!r} ei kelpaa; arvon pitää olla {allowed}</translation>
    </message>
    <message>
        <source>a list is not allowed here; use {allowed}</source>
        <translation>luettelo ei kelpaa tähän; arvon pitää olla {allowed}</translation>
    </message>
    <message>
        <source>the list holds something other than texts; use {allowed}</source>
        <translation>luettelossa on muutakin kuin tekstejä; arvon pitää olla {allowed}</translation>
    </message>
    <message>
        <source>a table is not allowed here; use {allowed}</source>
        <translation>taulukko ei kelpaa tähän; arvon pitää olla {allowed}</translation>
    </message>
    <message>
        <source>this kind of value is not allowed here; use {allowed}</source>
        <translation>tämänlainen arvo ei kelpaa tähän; arvon pitää olla {allowed}</translation>
    </message>
    <message>
        <source>a password must not be given on the command line or in an environment variable, where other programs and users of this computer can read it (ps, /proc); remove it from the URL and store it with 'tiski db set-password', in PostgreSQL's pgpass file or in a PostgreSQL service file (pg_service.conf)</source>
        <translation>salasanaa ei saa antaa komentorivillä eikä ympäristömuuttujassa, joista tämän tietokoneen muut ohjelmat ja käyttäjät voivat lukea sen (ps, /proc); poista se URL-osoitteesta ja tallenna se komennolla 'tiski db set-password', PostgreSQL:n pgpass-tiedostoon tai PostgreSQL:n palvelutiedostoon (pg_service.conf)</translation>
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
        <source>only IT's site settings file may record trusted plugins; remove it here</source>
        <translation>vain IT-tuen toimipistekohtainen asetustiedosto voi kirjata hyväksyttyjä laajennuksia; poista se tästä</translation>
    </message>
    <message>
        <source>a password must not be kept in a settings file; remove it from the URL and store it with 'tiski db set-password' or in PostgreSQL's pgpass file</source>
        <translation>salasanaa ei saa säilyttää asetustiedostossa; poista se URL-osoitteesta ja tallenna se komennolla 'tiski db set-password' tai PostgreSQL:n pgpass-tiedostoon</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Demo desk: every demo account's password is “%1”, e.g. aino.virtanen (advisor), paivi.lehtonen (Kela specialist), kaisa.mattila (supervisor).</source>
        <translation>Esittelytoimipiste: kaikkien esittelytunnusten salasana on ”%1”, esim. aino.virtanen (palveluneuvoja), paivi.lehtonen (Kelan asiantuntija), kaisa.mattila (esihenkilö).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Tiski</source>
        <translation>Kirjaudu Tiskiin</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Vaihda käyttäjää</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>No one can sign in to this desk: every staff account is switched off or has no password. IT gives one a password with tiski staff password USER, or adds a person with tiski staff add USER --name NAME --role it.</source>
        <translation>Tähän toimipisteeseen ei voi kirjautua kukaan: jokainen henkilökunnan tunnus on poistettu käytöstä tai siltä puuttuu salasana. IT antaa tunnukselle salasanan komennolla tiski staff password USER tai lisää henkilön komennolla tiski staff add USER --name NAME --role it.</translation>
    </message>
    <message>
        <source>This desk has no staff accounts yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</source>
        <translation>Toimipisteellä ei ole vielä henkilöstön käyttäjätunnuksia. Pyydä IT-tukea määrittämään toimipiste tai kokeile Tiskiä esittelyaineistolla: tiski --demo</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Muista salasanani tällä tietokoneella</translation>
    </message>
    <message>
        <source>Kept in this computer's keyring. IT allows this on personal PCs only.</source>
        <translation>Tallennetaan tämän tietokoneen avainnippuun. IT-tuki sallii tämän vain henkilökohtaisilla tietokoneilla.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Kirjaudu omalla käyttäjätunnuksellasi ja salasanallasi.</translation>
    </message>
    <message>
        <source>Choose the counter you are working at.</source>
        <translation>Valitse palvelupiste, jossa työskentelet.</translation>
    </message>
    <message>
        <source>Type your user name and your password.</source>
        <translation>Kirjoita käyttäjätunnuksesi ja salasanasi.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Tarkistetaan salasanaa…</translation>
    </message>
    <message>
        <source>This computer is set to counter %1, which the desk does not have. Ask IT to correct desk.counter.</source>
        <translation>Tämä tietokone on määritetty palvelupisteeseen %1, jota toimipisteellä ei ole. Pyydä IT-tukea korjaamaan asetus desk.counter.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>Toimipisteellä ei ole vielä palvelupisteitä. Pyydä IT-tukea lisäämään ne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Tervetuloa, %1.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation>Avataan toimipistettä…</translation>
    </message>
    <message>
        <source>Signing in failed (%1). Try again, or tell IT.</source>
        <translation>Kirjautuminen epäonnistui (%1). Yritä uudelleen tai ilmoita IT-tuelle.</translation>
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
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Give the person's user name.</source>
        <translation>Anna henkilön käyttäjätunnus.</translation>
    </message>
    <message>
        <source>Unknown role {role}. Roles: {known}.</source>
        <translation>Tuntematon rooli {role}. Roolit: {known}.</translation>
    </message>
    <message>
        <source>--retention gives a PostgreSQL role; the embedded database has no roles.</source>
        <translation>--retention antaa PostgreSQL-roolin; sulautetussa tietokannassa ei ole rooleja.</translation>
    </message>
    <message>
        <source>'{name}' cannot be a login name: it must be 1 to 63 bytes long.</source>
        <translation>'{name}' ei kelpaa kirjautumisnimeksi: sen on oltava 1–63 tavua pitkä.</translation>
    </message>
    <message>
        <source>{name} cannot be a person's login name: names starting with pg_ or tiski_ belong to PostgreSQL and to Tiski's own roles.</source>
        <translation>{name} ei kelpaa henkilön kirjautumisnimeksi: pg_- ja tiski_-alkuiset nimet kuuluvat PostgreSQL:lle ja Tiskin omille rooleille.</translation>
    </message>
    <message>
        <source>Unknown agency {code}. Agencies: {known}.</source>
        <translation>Tuntematon virasto {code}. Virastot: {known}.</translation>
    </message>
    <message>
        <source>Unknown services: {codes}. tiski queue list shows them.</source>
        <translation>Tuntemattomat palvelut: {codes}. tiski queue list näyttää palvelut.</translation>
    </message>
    <message>
        <source>No staff member {username}. tiski staff list shows who there is.</source>
        <translation>Työntekijää {username} ei ole. tiski staff list näyttää, keitä on.</translation>
    </message>
    <message>
        <source>The database refused: {reason}. Run {command} with the owner's database URL (--database), the role that ran tiski db upgrade and may create roles (CREATEROLE).</source>
        <translation>Tietokanta kieltäytyi: {reason}. Suorita {command} omistajan tietokantaosoitteella (--database): sillä roolilla, joka suoritti tiski db upgraden ja saa luoda rooleja (CREATEROLE).</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}.</source>
        <translation>Tietokanta ei hyväksynyt muutosta: {reason}.</translation>
    </message>
    <message>
        <source>{username} is new: give --name and --role as well.</source>
        <translation>{username} on uusi: anna myös --name ja --role.</translation>
    </message>
    <message>
        <source>{username} has no login role {login} yet: make it with tiski staff add {username}.</source>
        <translation>Henkilöllä {username} ei ole vielä kirjautumisroolia {login}: luo se komennolla tiski staff add {username}.</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>New password for {username}: </source>
        <translation>Uusi salasana käyttäjälle {username}: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Sama uudelleen: </translation>
    </message>
    <message>
        <source>The passwords differ; nothing was changed. Try again.</source>
        <translation>Salasanat eroavat; mitään ei muutettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>An empty password was not set; nothing changed.</source>
        <translation>Tyhjää salasanaa ei asetettu; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>--no-password is for PostgreSQL's Kerberos or certificate sign-in; a local account needs a password.</source>
        <translation>--no-password on PostgreSQL:n Kerberos- tai varmennekirjautumista varten; paikallinen tunnus tarvitsee salasanan.</translation>
    </message>
    <message>
        <source>Added {username}.</source>
        <translation>Lisätty {username}.</translation>
    </message>
    <message>
        <source>Changed {username}.</source>
        <translation>Muutettu {username}.</translation>
    </message>
    <message>
        <source>No staff yet: add them with tiski staff add.</source>
        <translation>Työntekijöitä ei vielä ole: lisää heidät komennolla tiski staff add.</translation>
    </message>
    <message>
        <source>{username} can no longer sign in. Their notes and audit rows stay; tiski staff add {username} lets them in again.</source>
        <translation>{username} ei voi enää kirjautua. Hänen muistiinpanonsa ja lokirivinsä säilyvät; tiski staff add {username} päästää hänet taas sisään.</translation>
    </message>
    <message>
        <source>No staff member {username}. tiski staff list shows who there is.</source>
        <translation>Työntekijää {username} ei ole. tiski staff list näyttää, keitä on.</translation>
    </message>
    <message>
        <source>New password set for {username}.</source>
        <translation>Uusi salasana asetettu käyttäjälle {username}.</translation>
    </message>
    <message>
        <source>The embedded database has no roles; nothing to do.</source>
        <translation>Sulautetussa tietokannassa ei ole rooleja; ei tehtävää.</translation>
    </message>
    <message>
        <source>Roles made: {roles}.</source>
        <translation>Luodut roolit: {roles}.</translation>
    </message>
    <message>
        <source>Every role is there already.</source>
        <translation>Kaikki roolit ovat jo olemassa.</translation>
    </message>
    <message>
        <source>signs in as {login} ({groups})</source>
        <translation>kirjautuu roolina {login} ({groups})</translation>
    </message>
    <message>
        <source>cannot sign in (login role {login})</source>
        <translation>ei voi kirjautua (kirjautumisrooli {login})</translation>
    </message>
    <message>
        <source>local account with a password</source>
        <translation>paikallinen tunnus, jolla on salasana</translation>
    </message>
    <message>
        <source>local account without a password</source>
        <translation>paikallinen tunnus ilman salasanaa</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>poistettu käytöstä</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Koko nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Virasto</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Osaaminen</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(ei virastoa)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Set up this desk</source>
        <translation>Ota tämä toimipiste käyttöön</translation>
    </message>
    <message>
        <source>This computer's database has no desk yet. Choose how to start; everything can be changed later.</source>
        <translation>Tämän tietokoneen tietokannassa ei ole vielä toimipistettä. Valitse, miten aloitat; kaikkea voi muuttaa myöhemmin.</translation>
    </message>
    <message>
        <source>&amp;Start from a small office's template</source>
        <translation>&amp;Aloita pienen toimipisteen mallista</translation>
    </message>
    <message>
        <source>Three agencies, their services, two counters and opening hours, ready to use. Change them later in the admin window or with tiski desk export and tiski desk apply.</source>
        <translation>Kolme virastoa palveluineen, kaksi tiskiä ja aukioloajat valmiina. Muuta niitä myöhemmin ylläpitoikkunassa tai komennoilla tiski desk export ja tiski desk apply.</translation>
    </message>
    <message>
        <source>&amp;Import a desk file</source>
        <translation>&amp;Tuo toimipistetiedosto</translation>
    </message>
    <message>
        <source>A desk file (.toml) IT has prepared, for example written with tiski desk template or exported from another desk.</source>
        <translation>IT:n valmistelema toimipistetiedosto (.toml), esimerkiksi komennolla tiski desk template tehty tai toisesta toimipisteestä viety.</translation>
    </message>
    <message>
        <source>&amp;Try the demo desk</source>
        <translation>&amp;Kokeile esittelytoimipistettä</translation>
    </message>
    <message>
        <source>Made-up agencies, staff and visitors in a separate demo database; this desk stays empty (the same as tiski --demo).</source>
        <translation>Keksityt virastot, henkilökunta ja asiakkaat erillisessä esittelytietokannassa; tämä toimipiste pysyy tyhjänä (sama kuin tiski --demo).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</source>
        <translation>Näyttöä ei löytynyt (DISPLAY-muuttujaa ei ole asetettu). Käynnistä Tiski työpöytäistunnosta tai tallenna kuva ilman näyttöä: tiski screenshot console.png --demo</translation>
    </message>
    <message>
        <source>DISPLAY={display} is not an X display name such as :0 or host:0. Start Tiski from a desktop session, or correct DISPLAY.</source>
        <translation>DISPLAY={display} ei ole X-näytön nimi, kuten :0 tai kone:0. Käynnistä Tiski työpöytäistunnosta tai korjaa DISPLAY.</translation>
    </message>
    <message>
        <source>No X server answers at DISPLAY={display} ({reason}). Check that the desktop session is running and that DISPLAY names it: echo $DISPLAY in a terminal of that session (over SSH, connect with ssh -X). Without a screen: {command}</source>
        <translation>Mikään X-palvelin ei vastaa osoitteessa DISPLAY={display} ({reason}). Tarkista, että työpöytäistunto on käynnissä ja että DISPLAY nimeää sen: echo $DISPLAY kyseisen istunnon päätteessä (SSH:n yli yhdistä komennolla ssh -X). Ilman näyttöä: {command}</translation>
    </message>
    <message>
        <source>The X display {display} is there but refused the connection (libxcb error {code}). Start Tiski as the user signed in to that desktop session, or check XAUTHORITY; over SSH, connect with ssh -X.</source>
        <translation>X-näyttö {display} on olemassa, mutta se torjui yhteyden (libxcb-virhe {code}). Käynnistä Tiski sen työpöytäistuntoon kirjautuneena käyttäjänä tai tarkista XAUTHORITY; SSH:n yli yhdistä komennolla ssh -X.</translation>
    </message>
    <message>
        <source>Qt's xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>Qt:n xcb-alusta tarvitsee järjestelmäkirjastoja, jotka puuttuvat: {missing}. Asenna ne Debianissa tai Ubuntussa komennolla: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Qt could not open a window here ({reason}). Check the screen: DISPLAY={display}, QT_QPA_PLATFORM={platform}; tiski doctor checks the rest. Without a screen: {command}</source>
        <translation>Qt ei voinut avata ikkunaa tässä ({reason}). Tarkista näyttö: DISPLAY={display}, QT_QPA_PLATFORM={platform}; tiski doctor tarkistaa loput. Ilman näyttöä: {command}</translation>
    </message>
    <message>
        <source>{username} may not set up the desk: IT and supervisors can. Sign in as one of them.</source>
        <translation>{username} ei voi muuttaa toimipisteen asetuksia: IT-tuki ja esihenkilöt voivat. Kirjaudu jonakuna heistä.</translation>
    </message>
    <message>
        <source>{username} may not watch the whole floor: supervisors can. Sign in as one.</source>
        <translation>{username} ei voi seurata koko salia: esihenkilöt voivat. Kirjaudu esihenkilönä.</translation>
    </message>
    <message>
        <source>{username} may not work as the lobby guide: guides, advisors, specialists and supervisors can. Sign in as one of them.</source>
        <translation>{username} ei voi toimia aulaohjaajana: aulaohjaajat, palveluneuvojat, asiantuntijat ja esihenkilöt voivat. Kirjaudu jonain heistä.</translation>
    </message>
    <message>
        <source>Could not write the picture to {path}.</source>
        <translation>Kuvaa ei voitu tallentaa tiedostoon {path}.</translation>
    </message>
    <message>
        <source>The desk has nobody in IT or supervising who could set it up.</source>
        <translation>Toimipisteessä ei ole IT-tukea eikä esihenkilöä, joka voisi muuttaa sen asetuksia.</translation>
    </message>
    <message>
        <source>The desk has no supervisor to watch the floor.</source>
        <translation>Tiskillä ei ole esihenkilöä, joka seuraisi salia.</translation>
    </message>
    <message>
        <source>The desk has no lobby guide.</source>
        <translation>Palvelupisteessä ei ole aulaohjaajaa.</translation>
    </message>
</context>
<context>
    <name>StarvationAlarm</name>
    <message>
        <source>%1: %2 min (target %3)</source>
        <translation>%1: %2 min (tavoite %3)</translation>
    </message>
    <message>
        <source>Waiting more than twice the target: %1</source>
        <translation>Odotus yli kaksinkertainen tavoitteeseen nähden: %1</translation>
    </message>
</context>
<context>
    <name>StepStates</name>
    <message>
        <source>later in the visit</source>
        <translation>myöhemmin käynnillä</translation>
    </message>
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
        <source>later in the visit</source>
        <translation>myöhemmin käynnillä</translation>
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
    <name>StrandedDialog</name>
    <message>
        <source>Stranded visitors</source>
        <translation>Jumiin jääneet asiakkaat</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Vuoronumero</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Kenellä</translation>
    </message>
    <message>
        <source>Console last seen</source>
        <translation>Konsoli viimeksi nähty</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>Jonoon</translation>
    </message>
    <message>
        <source>Return to the queue now</source>
        <translation>Palauta jonoon nyt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Visitors called or served at a counter where no console has been running for a few minutes. They go back to the front of their queue on their own %1 minutes after the console stopped, unless kept for the person who quit.</source>
        <translation>Asiakkaat, jotka on kutsuttu tai joita palvellaan palvelupisteellä, jolla ei ole ollut konsolia käynnissä muutamaan minuuttiin. He palaavat itsestään jononsa kärkeen %1 minuuttia konsolin pysähtymisen jälkeen, ellei heitä ole pidetty lopettaneelle työntekijälle.</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>sivussa</translation>
    </message>
    <message>
        <source>kept for %1</source>
        <translation>pidetty: %1</translation>
    </message>
    <message>
        <source>not on its own (no console held it)</source>
        <translation>ei itsestään (mikään konsoli ei pitänyt sitä)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>klo %1</translation>
    </message>
    <message>
        <source>No visitor is stranded.</source>
        <translation>Yksikään asiakas ei ole jäänyt jumiin.</translation>
    </message>
    <message>
        <source>%1 is back in the queue at its original place.</source>
        <translation>%1 on taas jonossa alkuperäisellä paikallaan.</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <source>First %1 of %2 shown</source>
        <translation>Näytetään %1 ensimmäistä (yhteensä %2)</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Ei tietueita.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
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
    <name>TourOverlay</name>
    <message>
        <source>Skip the tour</source>
        <translation>Ohita esittely</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
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
    <name>TyollisyysPanel</name>
    <message>
        <source>Pori region employment services</source>
        <translation>Porin seudun työllisyysalue</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>Palvelupisteessä ei ole asiakasta.</translation>
    </message>
    <message>
        <source>No identity code for this visitor: the employment services find a job seeker by identity code.</source>
        <translation>Asiakkaan henkilötunnus ei ole tiedossa: työllisyyspalvelut hakevat työnhakijan henkilötunnuksen perusteella.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Työnhakijana alkaen</translation>
    </message>
    <message>
        <source>Job search obligation</source>
        <translation>Työnhakuvelvollisuus</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Ei vielä nimetty</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Työnhaku</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Asiantuntija</translation>
    </message>
    <message>
        <source>Employment services: job-seeker status %1</source>
        <translation>Työllisyyspalvelut: työnhakijan tila %1</translation>
    </message>
    <message>
        <source>Registered since %1</source>
        <translation>Työnhakijana %1 alkaen</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>Asiantuntija: %1</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Ei varattu</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Seuraava tapaaminen: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Not registered as a job seeker with the employment services.</source>
        <translation>Ei rekisteröitynyt työllisyyspalveluihin työnhakijaksi.</translation>
    </message>
    <message>
        <source>Employment services: %1</source>
        <translation>Työllisyyspalvelut: %1</translation>
    </message>
    <message>
        <source>Job Market Finland</source>
        <translation>Työmarkkinatori</translation>
    </message>
    <message>
        <source>Open in Työmarkkinatori</source>
        <translation>Avaa Työmarkkinatorilla</translation>
    </message>
    <message>
        <source>The employment services sent an answer the panel cannot read.</source>
        <translation>Työllisyyspalvelut lähettivät vastauksen, jota paneeli ei pysty lukemaan.</translation>
    </message>
</context>
<context>
    <name>UnsavedNoteQuestion</name>
    <message>
        <source>Unsaved note</source>
        <translation>Tallentamaton muistiinpano</translation>
    </message>
    <message>
        <source>Save note puts it into the visit's case now. Keep as draft leaves it on this PC: it comes back when this visit is at your counter again, or the next time you sign in here. Discard deletes it.</source>
        <translation>Tallenna muistiinpano vie sen nyt asioinnin asiaan. Säilytä luonnoksena jättää sen tälle koneelle: se palaa, kun asiointi on taas tiskilläsi tai kun seuraavan kerran kirjaudut tällä koneella. Hylkää poistaa sen.</translation>
    </message>
    <message>
        <source>Save note puts it into the visit's case now. Discard deletes it: this PC cannot keep drafts at the moment.</source>
        <translation>Tallenna muistiinpano vie sen nyt asioinnin asiaan. Hylkää poistaa sen: tämä kone ei juuri nyt voi säilyttää luonnoksia.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Tallenna muistiinpano</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Säilytä luonnoksena</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before the transfer?</source>
        <translation>Vuoronumeron %1 muistiinpanoa ei ole tallennettu. Tallennetaanko se ennen siirtoa?</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before marking the no-show?</source>
        <translation>Vuoronumeron %1 muistiinpanoa ei ole tallennettu. Tallennetaanko se ennen saapumatta jääneeksi merkitsemistä?</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before finishing?</source>
        <translation>Vuoronumeron %1 muistiinpanoa ei ole tallennettu. Tallennetaanko se ennen lopettamista?</translation>
    </message>
</context>
<context>
    <name>UnsentNotes</name>
    <message>
        <source>Unsaved notes are not protected</source>
        <translation>Tallentamattomia muistiinpanoja ei ole suojattu</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) waiting to be sent</source>
        <translation>
            <numerusform>%n muistiinpano odottaa lähetystä</numerusform>
            <numerusform>%n muistiinpanoa odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not yet sent</source>
        <translation>Lähettämättömiä muistiinpanoja</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be sent to the database yet. They stay on this PC and are sent the next time you sign in here. Close Tiski anyway?</source>
        <translation>
            <numerusform>%n muistiinpano on vielä lähettämättä tietokantaan. Se säilyy tällä tietokoneella ja lähetetään, kun kirjaudut seuraavan kerran tällä tietokoneella. Suljetaanko Tiski silti?</numerusform>
            <numerusform>%n muistiinpanoa on vielä lähettämättä tietokantaan. Ne säilyvät tällä tietokoneella ja lähetetään, kun kirjaudut seuraavan kerran tällä tietokoneella. Suljetaanko Tiski silti?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VeroPanel</name>
    <message>
        <source>Tax Administration</source>
        <translation>Verohallinto</translation>
    </message>
    <message>
        <source>Identify the visitor to see their tax card, tax decisions and tax account.</source>
        <translation>Tunnista asiakas, niin näet hänen verokorttinsa, verotuspäätöksensä ja verotilinsä.</translation>
    </message>
    <message>
        <source>The Tax Administration's back office sent an answer the panel does not understand.</source>
        <translation>Verohallinnon taustajärjestelmä lähetti vastauksen, jota paneeli ei ymmärrä.</translation>
    </message>
    <message>
        <source>OmaVero</source>
        <translation>OmaVero</translation>
    </message>
    <message>
        <source>Order or change a tax card</source>
        <translation>Tilaa tai muuta verokortti</translation>
    </message>
    <message>
        <source>Tax card</source>
        <translation>Verokortti</translation>
    </message>
    <message>
        <source>No tax card in the Tax Administration's system.</source>
        <translation>Verohallinnon järjestelmässä ei ole verokorttia.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Withholding rate</source>
        <translation>Ennakonpidätysprosentti</translation>
    </message>
    <message>
        <source>Additional rate</source>
        <translation>Lisäprosentti</translation>
    </message>
    <message>
        <source>Income limit</source>
        <translation>Tuloraja</translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation>{amount} vuodessa</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Tax card {year}</source>
        <translation>Verokortti {year}</translation>
    </message>
    <message>
        <source>payment date {date}</source>
        <translation>maksupäivä {date}</translation>
    </message>
    <message>
        <source>No tax decisions.</source>
        <translation>Ei verotuspäätöksiä.</translation>
    </message>
    <message>
        <source>Tax decisions</source>
        <translation>Verotuspäätökset</translation>
    </message>
    <message>
        <source>Not shown here</source>
        <translation>Ei näytetä tässä</translation>
    </message>
    <message>
        <source>Tax account</source>
        <translation>Verotili</translation>
    </message>
    <message>
        <source>No tax account.</source>
        <translation>Ei verotiliä.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>{amount}, due {date}</source>
        <translation>{amount}, eräpäivä {date}</translation>
    </message>
    <message>
        <source>tax card {year}, withholding rate {percent}</source>
        <translation>verokortti {year}, ennakonpidätysprosentti {percent}</translation>
    </message>
    <message>
        <source>tax account balance {amount}</source>
        <translation>verotilin saldo {amount}</translation>
    </message>
    <message>
        <source>{item} {amount} due {date}</source>
        <translation>{item} {amount}, eräpäivä {date}</translation>
    </message>
    <message>
        <source>Tax: {facts}</source>
        <translation>Verohallinto: {facts}</translation>
    </message>
</context>
<context>
    <name>ViewPanel</name>
    <message>
        <source>Propose a note</source>
        <translation>Ehdota muistiinpanoa</translation>
    </message>
</context>
<context>
    <name>VisitZone</name>
    <message>
        <source>No visitor at the counter</source>
        <translation>Ei asiakasta</translation>
    </message>
    <message>
        <source>Call the next ticket with Call next (F5). The visit's services, the visitor's case and its notes open here.</source>
        <translation>Kutsu seuraava vuoronumero Kutsu seuraava -painikkeella (F5). Asioinnin palvelut, asiakkaan asia ja sen muistiinpanot avautuvat tähän.</translation>
    </message>
    <message>
        <source>Services of this visit</source>
        <translation>Asioinnin palvelut</translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation>Asia ja muistiinpanot</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>nimetön asiakas</translation>
    </message>
</context>
</TS>
