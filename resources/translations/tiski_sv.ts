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
    <name>Accounts</name>
    <message>
        <source>The user name or the password is not right. Check them (is Caps Lock on?) and try again; if you have forgotten your password, ask IT.</source>
        <translation>Användarnamnet eller lösenordet är inte rätt. Kontrollera dem (är Caps Lock på?) och försök igen; om du har glömt ditt lösenord, fråga IT.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name. Try again in {minutes} min, or ask IT to check the account.</source>
        <translation>För många misslyckade inloggningar med det här användarnamnet. Försök igen om {minutes} min eller be IT kontrollera kontot.</translation>
    </message>
    <message>
        <source>The new password is too short: use at least {count} characters.</source>
        <translation>Det nya lösenordet är för kort: använd minst {count} tecken.</translation>
    </message>
    <message>
        <source>The new password contains your user name: choose another one.</source>
        <translation>Det nya lösenordet innehåller ditt användarnamn: välj ett annat.</translation>
    </message>
    <message>
        <source>This is a service account of the ticket kiosk or the lobby display; it cannot sign in to the staff console. Sign in with your own account.</source>
        <translation>Det här är ett tjänstekonto för biljettautomaten eller lobbyskärmen; det kan inte logga in i personalkonsolen. Logga in med ditt eget konto.</translation>
    </message>
    <message>
        <source>The current password is not right; the password was not changed.</source>
        <translation>Det nuvarande lösenordet är inte rätt; lösenordet ändrades inte.</translation>
    </message>
</context>
<context>
    <name>AdminForms</name>
    <message>
        <source>{stem} (Finnish)</source>
        <translation>{stem} (på finska)</translation>
    </message>
    <message>
        <source>{stem} (Swedish)</source>
        <translation>{stem} (på svenska)</translation>
    </message>
    <message>
        <source>{stem} (English)</source>
        <translation>{stem} (på engelska)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Den första administratören</translation>
    </message>
    <message>
        <source>Your own account as IT: you sign in with it, and add the other staff members in the admin window or with tiski staff add.</source>
        <translation>Ditt eget IT-konto: du loggar in med det och lägger till den övriga personalen i administrationsfönstret eller med tiski staff add.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>&amp;Fullständigt namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and must not contain the user name.</source>
        <translation>Lösenordet måste ha minst %1 tecken och får inte innehålla användarnamnet.</translation>
    </message>
    <message>
        <source>The passwords are not the same. Type them again.</source>
        <translation>Lösenorden är inte samma. Skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>AdminPlan</name>
    <message>
        <source>The desk</source>
        <translation>Servicestället</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Myndigheter</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Diskar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Livssituationer</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Anteckningsmallar</translation>
    </message>
    <message>
        <source>added</source>
        <translation>läggs till</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändras</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>tas ur bruk</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>tas i bruk igen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>tas bort</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {retired} retired, {restored} brought back</source>
        <translation>{added} läggs till, {changed} ändras, {retired} tas ur bruk, {restored} tas i bruk igen</translation>
    </message>
    <message>
        <source>Refused: nothing will be applied</source>
        <translation>Nekas: ingenting tillämpas</translation>
    </message>
    <message>
        <source>Nothing to change: the desk is already so.</source>
        <translation>Inget att ändra: servicestället är redan så.</translation>
    </message>
</context>
<context>
    <name>AdminTabs</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kort namn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>Lägg till myndighet</translation>
    </message>
    <message>
        <source>Retire the agency</source>
        <translation>Ta myndigheten ur bruk</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Målväntetid</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>I kiosken</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Lägg till tjänst</translation>
    </message>
    <message>
        <source>Retire the service</source>
        <translation>Ta tjänsten ur bruk</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distans</translation>
    </message>
    <message>
        <source>Add a counter</source>
        <translation>Lägg till disk</translation>
    </message>
    <message>
        <source>Retire the counter</source>
        <translation>Ta disken ur bruk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Lägg till anställd</translation>
    </message>
    <message>
        <source>Retire the staff member</source>
        <translation>Ta den anställda ur bruk</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Add a life event</source>
        <translation>Lägg till livssituation</translation>
    </message>
    <message>
        <source>Retire the life event</source>
        <translation>Ta livssituationen ur bruk</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Ny mall</translation>
    </message>
    <message>
        <source>Add a note template</source>
        <translation>Lägg till anteckningsmall</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Ta bort mallen</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Set up the desk – Tiski</source>
        <translation>Ställ in servicestället – Tiski</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Servicestället</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>&amp;Myndigheter</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Tjänster</translation>
    </message>
    <message>
        <source>C&amp;ounters</source>
        <translation>&amp;Diskar</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Life events</source>
        <translation>&amp;Livssituationer</translation>
    </message>
    <message>
        <source>&amp;Note templates</source>
        <translation>&amp;Anteckningsmallar</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Granska och tillämpa…</translation>
    </message>
    <message>
        <source>Show what would change, then apply it</source>
        <translation>Visa vad som skulle ändras och tillämpa det sedan</translation>
    </message>
    <message>
        <source>&amp;Undo last change…</source>
        <translation>Å&amp;ngra senaste ändringen…</translation>
    </message>
    <message>
        <source>Apply the desk as it was before this window's last apply</source>
        <translation>Återställ servicestället så som det var före detta fönsters senaste tillämpning</translation>
    </message>
    <message>
        <source>D&amp;iscard edits</source>
        <translation>&amp;Kassera ändringar</translation>
    </message>
    <message>
        <source>Read the desk again from the database</source>
        <translation>Läs servicestället på nytt från databasen</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Exportera till fil…</translation>
    </message>
    <message>
        <source>Write what is shown here as a desk file, e.g. for version control</source>
        <translation>Spara det som visas här som en servicestället-fil, t.ex. för versionshantering</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Signed in as {name}; changes are audited under your name.</source>
        <translation>Inloggad som {name}; ändringar loggas under ditt namn.</translation>
    </message>
    <message>
        <source>On PostgreSQL each staff member is a login role of the server, which only the database's owner makes: here you can change skills only. To add, retire or change staff accounts, export the desk to a file and run tiski desk apply FILE with the owner's database URL.</source>
        <translation>I PostgreSQL är varje anställd en inloggningsroll på servern, som bara databasens ägare skapar: här kan du bara ändra kompetenser. För att lägga till, ta ur bruk eller ändra personalkonton, exportera servicestället till en fil och kör tiski desk apply FILE med ägarens databas-URL.</translation>
    </message>
    <message>
        <source>Only IT adds, retires or changes staff members; you can change their skills.</source>
        <translation>Bara IT-stödet lägger till, tar ur bruk eller ändrar anställda; du kan ändra deras kompetenser.</translation>
    </message>
    <message>
        <source>Reading the desk…</source>
        <translation>Läser servicestället…</translation>
    </message>
    <message>
        <source>{code} also leaves the skills of {staff} staff members, {events} life events, and its {templates} note templates.</source>
        <translation>{code} tas också bort ur kompetensen hos {staff} anställda och ur {events} livssituationer, och dess {templates} anteckningsmallar tas bort.</translation>
    </message>
    <message>
        <source>Fix these before applying:</source>
        <translation>Rätta dessa innan du tillämpar:</translation>
    </message>
    <message>
        <source>Edits not applied yet: review them and apply.</source>
        <translation>Ändringarna är inte tillämpade ännu: granska och tillämpa dem.</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Granska och tillämpa</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Ångra den senaste ändringen</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Tar reda på vad som skulle ändras…</translation>
    </message>
    <message>
        <source>Applied: {counts}.</source>
        <translation>Tillämpat: {counts}.</translation>
    </message>
    <message>
        <source>Applying failed: {error}</source>
        <translation>Tillämpningen misslyckades: {error}</translation>
    </message>
    <message>
        <source>The desk could not be reached: {error}</source>
        <translation>Servicestället kunde inte nås: {error}</translation>
    </message>
    <message>
        <source>Set up the desk</source>
        <translation>Ställ in servicestället</translation>
    </message>
    <message>
        <source>Export the desk to a file</source>
        <translation>Exportera servicestället till en fil</translation>
    </message>
    <message>
        <source>Desk files (*.toml);;All files (*)</source>
        <translation>Servicestället-filer (*.toml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Fix the problems listed below the tabs before exporting.</source>
        <translation>Rätta problemen som listas under flikarna innan du exporterar.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Kunde inte skriva {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <source>The desk has edits that are not applied. Apply them before closing?</source>
        <translation>Servicestället har ändringar som inte är tillämpade. Tillämpa dem innan fönstret stängs?</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Tillämpa…</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>&amp;Kassera ändringar</translation>
    </message>
    <message>
        <source>Fix the problems listed below the tabs before applying.</source>
        <translation>Rätta problemen som listas under flikarna innan du tillämpar.</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kort namn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Consultation answered within</source>
        <translation>Konsultation besvaras inom</translation>
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
        <translation>Den här myndighetens panel har ännu inte installerats på den här datorn. IT-stödet kan installera myndighetens tillägg; kön och anteckningarna fungerar även utan det.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>● in service</source>
        <translation>● i drift</translation>
    </message>
    <message>
        <source>● slow</source>
        <translation>● långsam</translation>
    </message>
    <message>
        <source>● not reachable</source>
        <translation>● kan inte nås</translation>
    </message>
    <message>
        <source>● checking…</source>
        <translation>● kontrolleras…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>%1 (slow)</source>
        <translation>%1 (långsam)</translation>
    </message>
    <message>
        <source>%1 (not reachable)</source>
        <translation>%1 (kan inte nås)</translation>
    </message>
    <message>
        <source>The panel ran into an error: %1</source>
        <translation>Panelen stötte på ett fel: %1</translation>
    </message>
    <message>
        <source>This panel failed repeatedly and is switched off until Tiski starts again. The queue and the notes work without it. Last error: %1</source>
        <translation>Den här panelen misslyckades upprepade gånger och är avstängd tills Tiski startas på nytt. Kön och anteckningarna fungerar utan den. Senaste fel: %1</translation>
    </message>
    <message>
        <source>The panel stopped unexpectedly; it starts again in %1 s.</source>
        <translation>Panelen stannade oväntat; den startar igen om %1 s.</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <source>Ticket number {ticket}, {counter}</source>
        <translation>Nummer {ticket}, {counter}</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>booked</source>
        <translation>bokad</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>anmäld</translation>
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
</context>
<context>
    <name>AppointmentsPage</name>
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
        <translation>Kod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Today's appointments</source>
        <translation>Dagens bokningar</translation>
    </message>
    <message>
        <source>booking code</source>
        <translation>bokningskod</translation>
    </message>
    <message>
        <source>&amp;Booking code:</source>
        <translation>B&amp;okningskod:</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrera ankomst</translation>
    </message>
</context>
<context>
    <name>AskSpecialistDialog</name>
    <message>
        <source>Ask a specialist</source>
        <translation>Be om specialist</translation>
    </message>
    <message>
        <source>The agency's specialists who are available see your request; the first to accept joins the visit by video.</source>
        <translation>De av myndighetens specialister som är tillgängliga ser din begäran; den som först tar emot den ansluter till besöket via video.</translation>
    </message>
    <message>
        <source>optional, e.g. housing allowance</source>
        <translation>frivilligt, t.ex. bostadsbidrag</translation>
    </message>
    <message>
        <source>What should the specialist help with?</source>
        <translation>Vad ska specialisten hjälpa till med?</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Myndighet:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Vad som delas</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Skicka begäran</translation>
    </message>
    <message>
        <source>Specialists: %1</source>
        <translation>Specialister: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>%1 available, %2 busy, %3 away</source>
        <translation>tillgängliga: %1, upptagna: %2, borta: %3</translation>
    </message>
    <message>
        <source>No %1 specialist is available right now; the request waits until its time runs out.</source>
        <translation>Ingen specialist från %1 är tillgänglig just nu; begäran väntar tills dess tid går ut.</translation>
    </message>
    <message>
        <source>The specialist sees the visitor's name and birth date (the identity code masked), the desk's shared notes of this case and the agency's own notes.</source>
        <translation>Specialisten ser besökarens namn och födelsedatum (personbeteckningen delvis dold), serviceställets gemensamma anteckningar i det här ärendet och myndighetens egna anteckningar.</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with %1: the specialist sees only your question and the agency's own notes. Record the consent first if more is needed.</source>
        <translation>Besökaren har inte samtyckt till att ärendet delas med %1: specialisten ser endast din fråga och myndighetens egna anteckningar. Registrera först samtycket om mer behövs.</translation>
    </message>
    <message>
        <source>Shorten the question; put the details into a note of the case.</source>
        <translation>Förkorta frågan; skriv detaljerna i en anteckning i ärendet.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>case opened</source>
        <translation>ärende öppnat</translation>
    </message>
    <message>
        <source>visitor identified</source>
        <translation>besökare identifierad</translation>
    </message>
    <message>
        <source>identity code shown in full</source>
        <translation>personbeteckning visad i sin helhet</translation>
    </message>
    <message>
        <source>note written</source>
        <translation>anteckning skriven</translation>
    </message>
    <message>
        <source>note amended</source>
        <translation>anteckning rättad</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>samtycke registrerat</translation>
    </message>
    <message>
        <source>notes searched</source>
        <translation>sökning i anteckningar</translation>
    </message>
    <message>
        <source>audit trail exported</source>
        <translation>granskningslogg exporterad</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>ärende raderat</translation>
    </message>
    <message>
        <source>visitor's data exported</source>
        <translation>besökarens uppgifter exporterade</translation>
    </message>
    <message>
        <source>legal hold changed</source>
        <translation>rättsligt bevarande ändrat</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation>Granskningslogg för ärende %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), oldest first</source>
        <translation>
            <numerusform>%n händelse, äldsta först</numerusform>
            <numerusform>%n händelser, äldsta först</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Tiski (no person)</source>
        <translation>Tiski (ingen person)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparad i %1</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Åtgärdskod</translation>
    </message>
</context>
<context>
    <name>BlocksArea</name>
    <message>
        <source>%1 more rows are not shown: the panel sent more than the console draws.</source>
        <translation>%1 rader till visas inte: panelen skickade mer än konsolen ritar.</translation>
    </message>
</context>
<context>
    <name>BookingQuestion</name>
    <message>
        <source>Cancel booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 for %2 at %3?</source>
        <translation>Avboka %1s tid för %2 %3?</translation>
    </message>
    <message>
        <source>Cancel booking %1 for %2 at %3?</source>
        <translation>Avboka bokning %1 för %2 %3?</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Mark that %1 did not come to the appointment for %2 at %3?</source>
        <translation>Markera att %1 inte kom till den bokade tiden för %2 %3?</translation>
    </message>
    <message>
        <source>Mark that the visitor of booking %1 did not come to %2 at %3?</source>
        <translation>Markera att kunden med bokning %1 inte kom till %2 %3?</translation>
    </message>
    <message>
        <source>Booking code %1 can no longer be checked in. This cannot be undone.</source>
        <translation>Med bokningskod %1 går det inte längre att anmäla sig. Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Behåll bokningen</translation>
    </message>
</context>
<context>
    <name>Breaks</name>
    <message>
        <source>lunch</source>
        <translation>lunch</translation>
    </message>
    <message>
        <source>coffee break</source>
        <translation>kaffepaus</translation>
    </message>
    <message>
        <source>back-office work</source>
        <translation>bakgrundsarbete</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>away</source>
        <translation>borta</translation>
    </message>
</context>
<context>
    <name>Broker</name>
    <message>
        <source>This panel is not set up in the console.</source>
        <translation>Den här panelen är inte konfigurerad i konsolen.</translation>
    </message>
    <message>
        <source>The panel asked for an address outside its back office.</source>
        <translation>Panelen bad om en adress utanför sitt eget bakgrundssystem.</translation>
    </message>
    <message>
        <source>The back office at {host} sent an answer too large to hand to the panel.</source>
        <translation>Bakgrundssystemet ({host}) skickade ett svar som är för stort för att lämnas till panelen.</translation>
    </message>
    <message>
        <source>The panel asked for a call the console does not make.</source>
        <translation>Panelen bad om ett anrop som konsolen inte gör.</translation>
    </message>
    <message>
        <source>The visitor changed before the back office answered.</source>
        <translation>Kunden byttes innan bakgrundssystemet svarade.</translation>
    </message>
    <message>
        <source>The panel's call could not be made.</source>
        <translation>Panelens anrop kunde inte göras.</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>Wrote {count} audit events of case {case} to {file}.</source>
        <translation>{count} granskningshändelser för ärende {case} har skrivits till {file}.</translation>
    </message>
    <message>
        <source>Cutoff: {cutoff} ({days} days ago); cases inactive since before it.</source>
        <translation>Gränsdatum: {cutoff} (för {days} dagar sedan); ärenden som har varit inaktiva sedan före det.</translation>
    </message>
    <message>
        <source>Kept under legal hold: {held} cases.</source>
        <translation>Behölls på grund av rättsligt bevarande: {held} ärenden.</translation>
    </message>
    <message>
        <source>Case {case} is under legal hold: the retention run keeps it until the hold is released.</source>
        <translation>Ärende {case} omfattas av rättsligt bevarande: gallringen behåller det tills bevarandet hävs.</translation>
    </message>
    <message>
        <source>Legal hold released on case {case}: the retention run deletes it once it has been inactive long enough.</source>
        <translation>Det rättsliga bevarandet av ärende {case} har hävts: gallringen raderar ärendet när det har varit inaktivt tillräckligt länge.</translation>
    </message>
    <message>
        <source>Identity code (not shown): </source>
        <translation>Personbeteckning (visas inte): </translation>
    </message>
    <message>
        <source>No data is held about this visitor.</source>
        <translation>Inga uppgifter om den här besökaren finns sparade.</translation>
    </message>
    <message>
        <source>Nothing was written to {file}.</source>
        <translation>Ingenting skrevs till {file}.</translation>
    </message>
    <message>
        <source>Wrote {file} (readable by its owner only): {cases} cases, {notes} notes, {visits} visits.</source>
        <translation>{file} har skrivits (kan läsas endast av ägaren): {cases} ärenden, {notes} anteckningar, {visits} besök.</translation>
    </message>
    <message>
        <source>The desk's identity key (64 hexadecimal characters): </source>
        <translation>Serviceställets identitetsnyckel (64 hexadecimala tecken): </translation>
    </message>
    <message>
        <source>New identity key, shown only this once:</source>
        <translation>Ny identitetsnyckel, visas endast denna gång:</translation>
    </message>
    <message>
        <source>Every console of a shared desk database needs this same key, or returning visitors are not recognised: set it on each of them with tiski identity set-key, and keep a copy where IT keeps its secrets. Never generate a new key for a database already in use.</source>
        <translation>Alla konsoler som använder samma databas för servicestället behöver exakt denna nyckel, annars känns återkommande besökare inte igen: ställ in den på var och en av dem med tiski identity set-key och förvara en kopia där IT-stödet förvarar sina hemligheter. Skapa aldrig en ny nyckel för en databas som redan används.</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written. Choose another name, or add --force to replace it.</source>
        <translation>{file} finns redan; ingenting skrevs. Välj ett annat namn, eller lägg till --force för att ersätta den.</translation>
    </message>
    <message>
        <source>Dry run, nothing was deleted. Would delete: {cases} cases, {notes} notes; would forget the visitor of {visits} visits.</source>
        <translation>Provkörning, inget raderades. Skulle radera: {cases} ärenden, {notes} anteckningar; besökaren skulle glömmas för {visits} besök.</translation>
    </message>
    <message>
        <source>Deleted: {cases} cases, {notes} notes; forgot the visitor of {visits} visits.</source>
        <translation>Raderat: {cases} ärenden, {notes} anteckningar; besökaren glömd för {visits} besök.</translation>
    </message>
    <message>
        <source>--from-keyring moves a console's key into a PostgreSQL desk database; on the embedded database the keyring already holds the key.</source>
        <translation>--from-keyring flyttar en konsols nyckel till en PostgreSQL-databas; för den inbyggda databasen finns nyckeln redan i nyckelringen.</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}), so the key it may hold cannot be backed up before it is replaced. Unlock the keyring (sign out and in again) and try again.</source>
        <translation>Nyckelringen kunde inte läsas ({reason}), så nyckeln som den kanske innehåller kan inte säkerhetskopieras innan den ersätts. Lås upp nyckelringen (logga ut och in igen) och försök på nytt.</translation>
    </message>
    <message>
        <source>The key cannot be checked against the one the desk database was set up with, because the database cannot be read: {reason} Try again when it can; IT can add --force to set the key without the check.</source>
        <translation>Nyckeln kan inte jämföras med den som serviceställets databas togs i bruk med, eftersom databasen inte kan läsas: {reason} Försök igen när det går; IT-stödet kan ange nyckeln utan kontrollen genom att lägga till --force.</translation>
    </message>
    <message>
        <source>The database has no desk set up yet: the first identity code used there records this key's fingerprint.</source>
        <translation>Databasen har inget serviceställe ännu: den första personbeteckningen som används där sparar den här nyckelns fingeravtryck.</translation>
    </message>
    <message>
        <source>Set with --force without checking it against the desk database, which could not be read: run tiski identity status once it can.</source>
        <translation>Angiven med --force utan att kontrolleras mot serviceställets databas, som inte kunde läsas: kör tiski identity status när den går att läsa igen.</translation>
    </message>
    <message>
        <source>On PostgreSQL the desk's identity key is kept in the database, where only its owner may write it. Run tiski identity set-key with the owner's database URL (--database), as for tiski staff.</source>
        <translation>I PostgreSQL förvaras servicepunktens identitetsnyckel i databasen, där bara dess ägare får skriva den. Kör tiski identity set-key med ägarens databasadress (--database), som för tiski staff.</translation>
    </message>
    <message>
        <source>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the identity codes in the database were hashed with (fingerprint {stored}), so visitors identified so far would no longer be found. Give the desk's key: --from-keyring on a console that has it, or --from-file FILE. Only if you are sure (IT): --force replaces the database's key, backing the one replaced up first.</source>
        <translation>Inget ändrades: den här nyckeln (fingeravtryck {fingerprint}) är inte den som personbeteckningarna i databasen hashades med (fingeravtryck {stored}), så besökare som identifierats hittills skulle inte längre hittas. Ge servicepunktens nyckel: --from-keyring på en konsol som har den, eller --from-file FIL. Bara om du är säker (IT): --force ersätter databasens nyckel och säkerhetskopierar den ersatta först.</translation>
    </message>
    <message>
        <source>The key the database held before was saved to {file} (readable only by you). Keep the file where IT keeps its secrets, or delete it once it is not needed.</source>
        <translation>Databasens tidigare nyckel sparades i {file} (läsbar bara för dig). Förvara filen där IT förvarar sina hemligheter, eller radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Identity key stored in the desk database (fingerprint {fingerprint}), readable by its owner only. The database hashes identity codes itself: consoles need no key. Remove the key from the consoles' keyrings and key files (docs/security.md).</source>
        <translation>Identitetsnyckeln sparades i servicepunktens databas (fingeravtryck {fingerprint}), läsbar bara för dess ägare. Databasen hashar personbeteckningarna själv: konsolerna behöver ingen nyckel. Ta bort nyckeln ur konsolernas nyckelringar och nyckelfiler (docs/security.md).</translation>
    </message>
    <message>
        <source>Nothing was changed: the desk database was set up with an identity key (fingerprint {stored}), and a new key can never match it. Every visitor identified so far would no longer be found at this console. Give this console the desk's key instead: tiski identity set-key (it asks for the key) or --from-file FILE.</source>
        <translation>Ingenting ändrades: serviceställets databas togs i bruk med en identitetsnyckel (fingeravtryck {stored}), och en ny nyckel kan aldrig motsvara den. Ingen kund som hittills identifierats skulle längre hittas på den här konsolen. Ge i stället konsolen serviceställets nyckel: tiski identity set-key (frågar efter nyckeln) eller --from-file FIL.</translation>
    </message>
    <message>
        <source>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the desk database was set up with (fingerprint {stored}), so visitors identified so far would not be found at this console. Copy the key again from a console of the same desk, or from where IT keeps its secrets.</source>
        <translation>Ingenting ändrades: den här nyckeln (fingeravtryck {fingerprint}) är inte den som serviceställets databas togs i bruk med (fingeravtryck {stored}), så kunder som hittills identifierats skulle inte hittas på den här konsolen. Kopiera nyckeln på nytt från en konsol vid samma serviceställe, eller från där IT-stödet förvarar sina hemligheter.</translation>
    </message>
    <message>
        <source>Only if you are sure (IT): --force keeps the key on this console anyway; the database keeps its fingerprint.</source>
        <translation>Bara om du är säker (IT-stödet): --force sparar ändå nyckeln på den här konsolen; databasen behåller sitt fingeravtryck.</translation>
    </message>
    <message>
        <source>The key the keyring held before was saved to {file} (readable only by you). To go back to it: tiski identity set-key --from-file {file}. Keep the file where IT keeps its secrets, or delete it once it is not needed.</source>
        <translation>Nyckeln som nyckelringen innehöll tidigare sparades i {file} (bara du kan läsa den). För att gå tillbaka till den: tiski identity set-key --from-file {file}. Förvara filen där IT-stödet förvarar sina hemligheter, eller radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Identity key stored in this computer's keyring (fingerprint {fingerprint}). Check it against the database with tiski identity status.</source>
        <translation>Identitetsnyckeln har sparats i den här datorns nyckelring (fingeravtryck {fingerprint}). Kontrollera den mot databasen med tiski identity status.</translation>
    </message>
    <message>
        <source>The desk database holds this key's fingerprint: consoles with another key are refused.</source>
        <translation>Serviceställets databas innehåller den här nyckelns fingeravtryck: konsoler med en annan nyckel avvisas.</translation>
    </message>
    <message>
        <source>Set with --force: the desk database was set up with another key (fingerprint {stored}), so identity codes cannot be used at this console until it has that key again.</source>
        <translation>Angiven med --force: serviceställets databas togs i bruk med en annan nyckel (fingeravtryck {stored}), så personbeteckningar kan inte användas på den här konsolen förrän den har den nyckeln igen.</translation>
    </message>
    <message>
        <source>The keyring comes first, so the key file {file} (identity.key_file) is no longer used on this console.</source>
        <translation>Nyckelringen har företräde, så nyckelfilen {file} (identity.key_file) används inte längre på den här konsolen.</translation>
    </message>
    <message>
        <source>This computer's keyring holds no identity key{reason}. Run the command on a console that has the desk's key, or give it with --from-file.</source>
        <translation>Den här datorns nyckelring har ingen identitetsnyckel{reason}. Kör kommandot på en konsol som har servicepunktens nyckel, eller ge den med --from-file.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Cannot read {file} ({reason}).</source>
        <translation>{file} kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); it may be locked.</source>
        <translation>Nyckelringen kunde inte läsas ({reason}); den kan vara låst.</translation>
    </message>
    <message>
        <source>Identity key: in this computer's keyring.</source>
        <translation>Identitetsnyckel: i den här datorns nyckelring.</translation>
    </message>
    <message>
        <source>Identity key: in the key file {file} (identity.key_file).</source>
        <translation>Identitetsnyckel: i nyckelfilen {file} (identity.key_file).</translation>
    </message>
    <message>
        <source>Identity key: in the embedded database's key file {file}, made by this console.</source>
        <translation>Identitetsnyckel: i den inbyggda databasens nyckelfil {file}, skapad av den här konsolen.</translation>
    </message>
    <message>
        <source>Identity key: none on this console.</source>
        <translation>Identitetsnyckel: ingen på den här konsolen.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Databas: {url}</translation>
    </message>
    <message>
        <source>This computer's keyring still holds an identity key, which a PostgreSQL desk does not use: once the database holds the desk's key, remove it (python -m keyring del tiski/identity site-key).</source>
        <translation>Den här datorns nyckelring har fortfarande en identitetsnyckel, som en PostgreSQL-servicepunkt inte använder: när databasen har servicepunktens nyckel, ta bort den (python -m keyring del tiski/identity site-key).</translation>
    </message>
    <message>
        <source>Identity key: none in the database yet, so identity codes cannot be used. IT puts the desk's key there: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</source>
        <translation>Identitetsnyckel: ingen i databasen ännu, så personbeteckningar kan inte användas. IT för in servicepunktens nyckel där: tiski identity set-key --from-keyring (eller --from-file FIL) med ägarens databasadress.</translation>
    </message>
    <message>
        <source>Identity key: in the desk database (fingerprint {fingerprint}), readable by its owner only; the database hashes identity codes, so consoles need no key.</source>
        <translation>Identitetsnyckel: i servicepunktens databas (fingeravtryck {fingerprint}), läsbar bara för dess ägare; databasen hashar personbeteckningarna, så konsolerna behöver ingen nyckel.</translation>
    </message>
    <message>
        <source>The embedded database makes its own key when an identity code is first used.</source>
        <translation>Den inbyggda databasen skapar sin egen nyckel när en personbeteckning används första gången.</translation>
    </message>
    <message>
        <source>Set the desk's key with tiski identity set-key, or name a key file in identity.key_file.</source>
        <translation>Ställ in serviceställets nyckel med tiski identity set-key eller ange en nyckelfil i identity.key_file.</translation>
    </message>
    <message>
        <source>The database was set up with the key of fingerprint {stored}.</source>
        <translation>Databasen konfigurerades med nyckeln med fingeravtrycket {stored}.</translation>
    </message>
    <message>
        <source>Fingerprint of this console's key: {fingerprint}</source>
        <translation>Fingeravtryck för den här konsolens nyckel: {fingerprint}</translation>
    </message>
    <message>
        <source>The database has no key fingerprint yet: the first console to use an identity code sets it.</source>
        <translation>Databasen har ännu inget fingeravtryck för nyckeln: den första konsolen som använder en personbeteckning ställer in det.</translation>
    </message>
    <message>
        <source>The database was set up with this same key: they match.</source>
        <translation>Databasen konfigurerades med samma nyckel: de stämmer överens.</translation>
    </message>
    <message>
        <source>The database was set up with another key (fingerprint {stored}), so this console would not recognise returning visitors. Give it the desk's key with tiski identity set-key.</source>
        <translation>Databasen konfigurerades med en annan nyckel (fingeravtryck {stored}), så den här konsolen skulle inte känna igen återkommande besökare. Ge den serviceställets nyckel med tiski identity set-key.</translation>
    </message>
    <message>
        <source>The backup {file} holds the desk's key: tiski identity set-key --from-file {file}</source>
        <translation>Säkerhetskopian {file} innehåller serviceställets nyckel: tiski identity set-key --from-file {file}</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Identify…</source>
        <translation>Identifiera…</translation>
    </message>
    <message>
        <source>Enter the visitor's identity code or name</source>
        <translation>Ange besökarens personbeteckning eller namn</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Visa beteckning</translation>
    </message>
    <message>
        <source>Show the full identity code for 15 seconds (recorded in the audit trail)</source>
        <translation>Visa hela personbeteckningen i 15 sekunder (registreras i granskningsloggen)</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Samtycke…</translation>
    </message>
    <message>
        <source>Record which agencies the visitor shares with</source>
        <translation>Registrera vilka myndigheter besökaren delar uppgifter med</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Granskningslogg…</translation>
    </message>
    <message>
        <source>Continue this case</source>
        <translation>Fortsätt detta ärende</translation>
    </message>
    <message>
        <source>Write a new note instead</source>
        <translation>Skriv en ny anteckning i stället</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Who may read this note</source>
        <translation>Vem som får läsa anteckningen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Insert a checklist for this service</source>
        <translation>Infoga en checklista för den här tjänsten</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Spara anteckning</translation>
    </message>
    <message>
        <source>Save the note into the case (Ctrl+Enter)</source>
        <translation>Spara anteckningen i ärendet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Visible to:</source>
        <translation>Synlig för:</translation>
    </message>
    <message>
        <source>Visitor not identified</source>
        <translation>Besökaren inte identifierad</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Ärendets tidslinje</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Läser ärendet…</translation>
    </message>
    <message>
        <source>The unsaved note of ticket %1 is kept as a draft on this PC.</source>
        <translation>Den osparade anteckningen för kölapp %1 sparas som utkast på den här datorn.</translation>
    </message>
    <message>
        <source>No visitor at the counter</source>
        <translation>Ingen besökare vid disken</translation>
    </message>
    <message>
        <source>The visitor's case and its notes open here.</source>
        <translation>Besökarens ärende och anteckningarna i det öppnas här.</translation>
    </message>
    <message>
        <source>Notes can be written once a visit is open.</source>
        <translation>Anteckningar kan skrivas när ett besök är öppet.</translation>
    </message>
    <message>
        <source>Write what the visitor needs and what was agreed. Saved drafts survive a crash.</source>
        <translation>Skriv vad besökaren behöver och vad som avtalades. Sparade utkast finns kvar även om programmet kraschar.</translation>
    </message>
    <message>
        <source>%1 proposed a note, but no visit is open.</source>
        <translation>%1 föreslog en anteckning, men inget besök är öppet.</translation>
    </message>
    <message>
        <source>%1 proposed this note: check it and save it, or edit it first.</source>
        <translation>%1 föreslog den här anteckningen: kontrollera och spara den, eller redigera den först.</translation>
    </message>
    <message>
        <source>identified by identity code</source>
        <translation>identifierad med personbeteckning</translation>
    </message>
    <message>
        <source>No case yet: the first note saved opens one.</source>
        <translation>Inget ärende ännu: den första anteckningen som sparas öppnar ett.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>öppnat %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept for other agencies are not shown.</source>
        <translation>
            <numerusform>%n anteckning som förvaras för andra myndigheter visas inte.</numerusform>
            <numerusform>%n anteckningar som förvaras för andra myndigheter visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This visitor has earlier cases. Continue one, or write a note to start a new case.</source>
        <translation>Besökaren har tidigare ärenden. Fortsätt ett av dem eller skriv en anteckning för att inleda ett nytt ärende.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (%2, %n note(s))</source>
        <translation>
            <numerusform>Ärende %1 (%2, %n anteckning)</numerusform>
            <numerusform>Ärende %1 (%2, %n anteckningar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor identified.</source>
        <translation>Besökaren har identifierats.</translation>
    </message>
    <message>
        <source>This visit has no case yet.</source>
        <translation>Det här besöket har ännu inget ärende.</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Delad med servicestället</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Endast %1</translation>
    </message>
    <message>
        <source>Correcting the note of %1 by %2. The original stays in the case, marked as corrected.</source>
        <translation>Du rättar anteckningen från %1 av %2. Originalet finns kvar i ärendet, markerat som rättat.</translation>
    </message>
    <message>
        <source>The database refused this note: %1 Check it, then save it again.</source>
        <translation>Databasen tog inte emot den här anteckningen: %1 Kontrollera den och spara den igen.</translation>
    </message>
    <message>
        <source>Your unsaved note of this visit is back.</source>
        <translation>Din osparade anteckning från det här besöket har återställts.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Anteckningen har sparats.</translation>
    </message>
    <message>
        <source>The database cannot be reached. The note is kept on this PC and sent when the connection is back.</source>
        <translation>Databasen kan inte nås. Anteckningen förvaras i utkorgen på den här datorn och skickas när anslutningen fungerar igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept on this PC are now in the database.</source>
        <translation>
            <numerusform>%n anteckning som förvarades på den här datorn finns nu i databasen.</numerusform>
            <numerusform>%n anteckningar som förvarades på den här datorn finns nu i databasen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>%1 · Visit with ticket %2</source>
        <translation>%1 · Besök med kölapp %2</translation>
    </message>
    <message>
        <source>shared with the desk</source>
        <translation>delad med hela servicestället</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>corrects the note of %1</source>
        <translation>rättar anteckningen från %1</translation>
    </message>
    <message>
        <source>corrected by a later note</source>
        <translation>rättad med en senare anteckning</translation>
    </message>
    <message>
        <source>The visitor agreed to share this case with %1.</source>
        <translation>Besökaren samtyckte till att ärendet delas med %1.</translation>
    </message>
    <message>
        <source>The visitor does not share this case with %1.</source>
        <translation>Besökaren delar inte ärendet med %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · consent</source>
        <translation>%1 · %2 · samtycke</translation>
    </message>
    <message>
        <source>%1 · waiting to be sent: the database cannot be reached</source>
        <translation>%1 · väntar på att skickas: databasen kan inte nås</translation>
    </message>
</context>
<context>
    <name>CaseViewerDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept for other agencies are not shown.</source>
        <translation>
            <numerusform>%n anteckning som förvaras för andra myndigheter visas inte.</numerusform>
            <numerusform>%n anteckningar som förvaras för andra myndigheter visas inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>The note is empty. Write something before saving.</source>
        <translation>Anteckningen är tom. Skriv något innan du sparar.</translation>
    </message>
    <message>
        <source>The note is {length} characters long; the limit is {limit}. Shorten it or split it into two notes. Your text stays in the editor.</source>
        <translation>Anteckningen är {length} tecken lång; gränsen är {limit}. Förkorta den eller dela upp den i två anteckningar. Texten finns kvar i redigeraren.</translation>
    </message>
    <message>
        <source>This console has no identity key, so identity codes cannot be used. Ask IT to set the desk's key (tiski identity set-key).</source>
        <translation>Den här konsolen har ingen identitetsnyckel, så personbeteckningar kan inte användas. Be IT-stödet att ställa in serviceställets nyckel (tiski identity set-key).</translation>
    </message>
    <message>
        <source>This console's identity key differs from the one the desk database was set up with, so earlier visits could not be found. Ask IT to give this console the desk's key (tiski identity set-key).</source>
        <translation>Den här konsolens identitetsnyckel skiljer sig från den som serviceställets databas konfigurerades med, så tidigare besök kunde inte hittas. Be IT-stödet att ge den här konsolen serviceställets nyckel (tiski identity set-key).</translation>
    </message>
    <message>
        <source>The desk database has no identity key yet, so identity codes cannot be used. Ask IT to put the desk's key into the database (tiski identity set-key with the owner's database URL).</source>
        <translation>Servicepunktens databas har ännu ingen identitetsnyckel, så personbeteckningar kan inte användas. Be IT att föra in servicepunktens nyckel i databasen (tiski identity set-key med ägarens databasadress).</translation>
    </message>
    <message>
        <source>Case {case} does not exist (any more). It may have been deleted under the retention rules.</source>
        <translation>Ärende {case} finns inte (längre). Det kan ha raderats enligt gallringsreglerna.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Det här besöket finns inte längre.</translation>
    </message>
    <message>
        <source>This visitor is not at your counter, so their cases are not shown to you.</source>
        <translation>Kunden är inte vid din disk, så kundens ärenden visas inte för dig.</translation>
    </message>
    <message>
        <source>Case {case} belongs to another visitor; it was not opened.</source>
        <translation>Ärende {case} hör till en annan besökare; det öppnades inte.</translation>
    </message>
    <message>
        <source>The note to correct is not in this case or not yours to read.</source>
        <translation>Anteckningen som ska rättas finns inte i det här ärendet, eller så har du inte rätt att läsa den.</translation>
    </message>
    <message>
        <source>Another note in the database already has this note's id; it was not saved. Copy its text into a new note and save that.</source>
        <translation>Databasen har redan en annan anteckning med den här anteckningens id; den sparades inte. Kopiera texten till en ny anteckning och spara den.</translation>
    </message>
    <message>
        <source>The note has neither a case nor a visit to go with; it was not saved.</source>
        <translation>Anteckningen är inte kopplad till något ärende eller besök; den sparades inte.</translation>
    </message>
    <message>
        <source>Unknown agency for the note.</source>
        <translation>Okänd myndighet för anteckningen.</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with that agency. Ask the visitor and record the consent first, or keep the note for the service being served.</source>
        <translation>Besökaren har inte samtyckt till att ärendet delas med den myndigheten. Fråga besökaren och registrera samtycket först, eller spara anteckningen för den tjänst som besökaren betjänas i.</translation>
    </message>
    <message>
        <source>Unknown agency for the consent.</source>
        <translation>Okänd myndighet för samtycket.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Skriv minst ett ord att söka efter.</translation>
    </message>
    <message>
        <source>Case {case} has no audit trail: no such case.</source>
        <translation>Ärende {case} har ingen granskningslogg: ärendet finns inte.</translation>
    </message>
    <message>
        <source>retention.notes_days must be at least 1, not {days}.</source>
        <translation>retention.notes_days måste vara minst 1, inte {days}.</translation>
    </message>
    <message>
        <source>Your database login reads only part of the visitors' cases, so the export would be incomplete. Data requests need the records role: ask IT (tiski staff add USERNAME --retention).</source>
        <translation>Din databasinloggning läser bara en del av besökarnas ärenden, så exporten skulle bli ofullständig. Begäran om uppgifter kräver arkivrollen: be IT om den (tiski staff add ANVÄNDARNAMN --retention).</translation>
    </message>
    <message>
        <source>This visit is not part of your work: it is not at your counter and not in a consultation you accepted.</source>
        <translation>Besöket hör inte till ditt arbete: det är inte vid din disk och inte i en konsultation du har tagit emot.</translation>
    </message>
    <message>
        <source>Case {case} is not part of your work. You can open a case when its visitor is at your counter, in a consultation you accepted, when your agency has notes in it, or when the visitor shares it with your agency.</source>
        <translation>Ärende {case} hör inte till ditt arbete. Du kan öppna ett ärende när kunden är vid din disk, i en konsultation du har tagit emot, när din myndighet har anteckningar i det, eller när kunden delar det med din myndighet.</translation>
    </message>
    <message>
        <source>Consent can be recorded only with the visitor present: for the visit at your counter, or in a consultation you accepted while the visitor is at the advisor's counter. Nothing was recorded.</source>
        <translation>Samtycke kan registreras endast när kunden är på plats: för besöket vid din disk, eller i en konsultation du har tagit emot medan kunden är vid rådgivarens disk. Inget registrerades.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>N&amp;uvarande lösenord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Upprepa det nya lösenordet:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Type your current password and the new one.</source>
        <translation>Skriv ditt nuvarande och ditt nya lösenord.</translation>
    </message>
    <message>
        <source>The new passwords are not the same. Type them again.</source>
        <translation>De nya lösenorden är inte lika. Skriv dem igen.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Det nya lösenordet måste skilja sig från det nuvarande.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Lösenordet byts…</translation>
    </message>
    <message>
        <source>The password was not changed (%1). Try again, or tell IT.</source>
        <translation>Lösenordet byttes inte (%1). Försök igen eller meddela IT.</translation>
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
        <source>Schema: none yet. Run 'tiski db upgrade' to create it ({head}).</source>
        <translation>Schema: finns inte ännu. Kör 'tiski db upgrade' för att skapa det ({head}).</translation>
    </message>
    <message>
        <source>Schema {current}: needs upgrading to {head}. Run 'tiski db upgrade'.</source>
        <translation>Schema {current}: behöver uppgraderas till {head}. Kör 'tiski db upgrade'.</translation>
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
        <source>Only a PostgreSQL database has a password; set database.url to the office's PostgreSQL first.</source>
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
        <source>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL's pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</source>
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
    <message>
        <source>must be a whole number from {minimum} to {maximum}, not {value!r}</source>
        <translation>måste vara ett heltal från {minimum} till {maximum}, inte {value!r}</translation>
    </message>
    <message>
        <source>a case id is a whole number from 1 to {maximum}, not {value!r}</source>
        <translation>ett ärende-id är ett heltal från 1 till {maximum}, inte {value!r}</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535, or 0 for any free port, not {value!r}</source>
        <translation>måste vara ett portnummer från 1 till 65535, eller 0 för vilken ledig port som helst, inte {value!r}</translation>
    </message>
    <message>
        <source>tiski {command} needs a signed-in person: add --user USERNAME (one of the roles: {roles}); the password is asked, or read from {variable}.</source>
        <translation>tiski {command} kräver en inloggad person: lägg till --user ANVÄNDARNAMN (en av rollerna: {roles}); lösenordet frågas, eller läses från {variable}.</translation>
    </message>
    <message>
        <source>The command failed unexpectedly ({reason}); the log file has the details.</source>
        <translation>Kommandot misslyckades oväntat ({reason}); detaljerna finns i loggfilen.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The desk's database cannot be reached. Go on with the visitor at your counter: notes you save wait on this PC and are sent when it is back; tell the visitor their matter is recorded. Calling the next visitor waits for the connection. If it lasts more than a few minutes: %1</source>
        <translation>Servicepunktens databas kan inte nås. Fortsätt med kunden vid din disk: anteckningar du sparar väntar på den här datorn och skickas när anslutningen är tillbaka; säg till kunden att ärendet är antecknat. Att kalla nästa kund väntar på anslutningen. Om det varar längre än några minuter: %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Visitor's consent</source>
        <translation>Besökarens samtycke</translation>
    </message>
    <message>
        <source>With the visitor's consent an agency may read the desk's shared notes of this case and receive the notes shared with it. Notes kept in an agency's own partition are not affected. The visitor can withdraw consent at any time: untick the agency to record it.</source>
        <translation>Med besökarens samtycke får en myndighet läsa serviceställets gemensamma anteckningar i det här ärendet och ta emot de anteckningar som delas med den. Anteckningar som förvaras i en myndighets eget utrymme påverkas inte. Besökaren kan när som helst återkalla sitt samtycke: avmarkera myndigheten för att registrera det.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Myndigheter</translation>
    </message>
    <message>
        <source>May share with %1</source>
        <translation>Får dela med %1</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Spara samtycke</translation>
    </message>
    <message>
        <source>recorded by %1 at %2</source>
        <translation>registrerat av %1, %2</translation>
    </message>
    <message>
        <source>withdrawn, recorded by %1 at %2</source>
        <translation>återkallat, registrerat av %1, %2</translation>
    </message>
</context>
<context>
    <name>ConsoleAppearance</name>
    <message>
        <source>&amp;Standard</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Dark text on light panels</source>
        <translation>Mörk text på ljus bakgrund</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <source>White and yellow text on black, every control outlined</source>
        <translation>Vit och gul text på svart, varje kontroll inramad</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <source>Make the text of Tiski's windows larger</source>
        <translation>Gör texten i Tiskis fönster större</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>Make the text of Tiski's windows smaller</source>
        <translation>Gör texten i Tiskis fönster mindre</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Text&amp;storlek</translation>
    </message>
    <message>
        <source>High contrast on</source>
        <translation>Hög kontrast på</translation>
    </message>
    <message>
        <source>Standard theme on</source>
        <translation>Standardtema på</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Textstorlek %1 %</translation>
    </message>
</context>
<context>
    <name>ConsoleCommands</name>
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
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>A short guide to this window</source>
        <translation>En kort guide till det här fönstret</translation>
    </message>
    <message>
        <source>Tour of the console</source>
        <translation>Rundtur i konsolen</translation>
    </message>
    <message>
        <source>The console's zones, one at a time</source>
        <translation>Konsolens delar, en i taget</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Show Tiski's log files</source>
        <translation>Visa Tiskis loggfiler</translation>
    </message>
    <message>
        <source>Search notes…</source>
        <translation>Sök anteckningar…</translation>
    </message>
    <message>
        <source>Search the case notes you may read</source>
        <translation>Sök i de ärendeanteckningar du får läsa</translation>
    </message>
    <message>
        <source>About Tiski</source>
        <translation>Om Tiski</translation>
    </message>
    <message>
        <source>Stranded visitors…</source>
        <translation>Kunder som blivit kvar…</translation>
    </message>
    <message>
        <source>Visitors held at counters whose console stopped; return one to the queue</source>
        <translation>Kunder vid diskar vars konsol har stannat; återför en kund till kön</translation>
    </message>
    <message>
        <source>Set up the desk…</source>
        <translation>Ställ in servicestället…</translation>
    </message>
    <message>
        <source>The desk's agencies, services, counters, staff and texts (IT, supervisors)</source>
        <translation>Serviceställets myndigheter, tjänster, diskar, personal och texter (IT-stöd, chefer)</translation>
    </message>
    <message>
        <source>Agency plugins…</source>
        <translation>Myndighetstillägg…</translation>
    </message>
    <message>
        <source>Plugins found, their state and credentials</source>
        <translation>Hittade tillägg, deras status och inloggningsuppgifter</translation>
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
        <source>More desk actions</source>
        <translation>Fler åtgärder vid disken</translation>
    </message>
    <message>
        <source>Help – the console</source>
        <translation>Hjälp – konsolen</translation>
    </message>
    <message>
        <source>Tiski's log folder</source>
        <translation>Tiskis loggmapp</translation>
    </message>
    <message>
        <source>This PC has no program to open folders with. Tiski's logs are in:</source>
        <translation>Den här datorn har inget program som öppnar mappar. Tiskis loggar finns i:</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Kopiera sökvägen</translation>
    </message>
</context>
<context>
    <name>ConsoleHelp</name>
    <message>
        <source>IT help: %1</source>
        <translation>IT-support: %1</translation>
    </message>
    <message>
        <source>Call your IT help desk. (IT can show its phone number here: the setting support.contact.)</source>
        <translation>Ring IT-supporten. (IT kan visa sitt telefonnummer här: inställningen support.contact.)</translation>
    </message>
    <message>
        <source>Ctrl+Enter – Save the note being written</source>
        <translation>Ctrl+Enter – Spara anteckningen du skriver</translation>
    </message>
    <message>
        <source>The console</source>
        <translation>Konsolen</translation>
    </message>
    <message>
        <source>Left: your ticket, the queues by service and the waiting tickets. Middle: the visitor at your counter, the services of their visit, their case and its notes. Right: a panel per agency, reaching that agency's own system for the visitor.</source>
        <translation>Till vänster: din kölapp, köerna per tjänst och de väntande kölapparna. I mitten: kunden vid din disk, besökets tjänster, ärendet och dess anteckningar. Till höger: en panel per myndighet som hämtar kundens uppgifter ur myndighetens eget system.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Who call next calls</source>
        <translation>Vem Kalla nästa kallar</translation>
    </message>
    <message>
        <source>Call next (%1) takes, in this order:</source>
        <translation>Kalla nästa (%1) tar i den här ordningen:</translation>
    </message>
    <message>
        <source>Who calls them</source>
        <translation>Vem som kallar</translation>
    </message>
    <message>
        <source>The line under your ticket says why it was called to you.</source>
        <translation>Raden under din kölapp säger varför den kallades till dig.</translation>
    </message>
    <message>
        <source>Who reads a note</source>
        <translation>Vem läser en anteckning</translation>
    </message>
    <message>
        <source>Visible to decides it. A note shared with the desk is read by the desk's own staff, and by an agency's staff only when the visitor has consented to that agency. A note for one agency is read by that agency's staff only. You always read your own notes.</source>
        <translation>Det avgör Synlig för. En anteckning som delas med servicepunkten läses av servicepunktens egen personal, och av en myndighets personal bara om kunden har samtyckt för den myndigheten. En anteckning för en myndighet läses bara av den myndighetens personal. Dina egna anteckningar läser du alltid.</translation>
    </message>
    <message>
        <source>Consent… records, with the visitor present, which agencies they share this case with. Withdrawing is recorded the same way. Ask the visitor before you write for an agency they have not consented to: the desk refuses such a note.</source>
        <translation>Samtycke… registrerar, när kunden är närvarande, vilka myndigheter kunden delar ärendet med. Ett återkallande registreras på samma sätt. Fråga kunden innan du skriver för en myndighet som kunden inte har samtyckt för: servicepunkten godtar inte en sådan anteckning.</translation>
    </message>
    <message>
        <source>Notes cannot be edited: double-click a note to correct it with a new one. Identity codes in a note are stored masked.</source>
        <translation>Anteckningar kan inte redigeras: dubbelklicka på en anteckning för att rätta den med en ny. Personbeteckningar i en anteckning sparas maskerade.</translation>
    </message>
    <message>
        <source>Requests from the counters</source>
        <translation>Förfrågningar från diskarna</translation>
    </message>
    <message>
        <source>The inbox above lists what advisors ask of your agency. Accept a request to join the visit: you see its case and write notes for your agency. Hand it back when you are done, or decline it with a reason the advisor reads.</source>
        <translation>Inkorgen ovan visar vad rådgivarna ber din myndighet om. Godta en förfrågan för att delta i besöket: du ser ärendet och skriver anteckningar för din myndighet. Lämna tillbaka den när du är klar, eller avböj den med ett skäl som rådgivaren läser.</translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation>För förmän</translation>
    </message>
    <message>
        <source>The floor (tiski floor) shows every queue and counter live; Stranded visitors lists visitors left at a counter nobody is at.</source>
        <translation>Lägesbilden (tiski floor) visar varje kö och disk i realtid; Kunder som blivit kvar visar kunder som lämnats vid en disk där ingen finns.</translation>
    </message>
    <message>
        <source>When something is wrong</source>
        <translation>När något är fel</translation>
    </message>
    <message>
        <source>A note being written is kept on this PC all the time: after a crash or a lost connection it is offered again. While the database cannot be reached, saved notes wait in the outbox and are sent when it comes back; tell the visitor their matter is recorded.</source>
        <translation>En anteckning du skriver sparas hela tiden på den här datorn: efter en krasch eller en bruten anslutning erbjuds den igen. Medan databasen inte kan nås väntar sparade anteckningar i utkorgen och skickas när den är tillbaka; säg till kunden att ärendet är antecknat.</translation>
    </message>
    <message>
        <source>The counter's actions</source>
        <translation>Diskens funktioner</translation>
    </message>
    <message>
        <source>Call next (%1) calls the next visitor to your counter. Then Start, Transfer, No-show and Done (%2) follow the visitor. Every action has a key: F1 lists them.</source>
        <translation>Kalla nästa (%1) kallar nästa kund till din disk. Sedan följer Börja, Överför, Kom inte och Klar (%2) kunden. Varje funktion har en tangent: F1 visar dem.</translation>
    </message>
    <message>
        <source>Your ticket and the queues</source>
        <translation>Din kölapp och köerna</translation>
    </message>
    <message>
        <source>Your ticket shows the visitor you called and why call next chose them. Below: how many wait for each service and how long, and every waiting ticket; type in the filter to find one.</source>
        <translation>Din kölapp visar kunden du kallade och varför Kalla nästa valde hen. Nedanför: hur många som väntar på varje tjänst och hur länge, och alla väntande kölappar; skriv i filtret för att hitta en.</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Besöket</translation>
    </message>
    <message>
        <source>The visitor at your counter: the services of their visit in order, their case and its notes. Identify the visitor only when the matter needs it.</source>
        <translation>Kunden vid din disk: besökets tjänster i ordning, ärendet och dess anteckningar. Identifiera kunden bara när ärendet kräver det.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Write what the visitor needs and what was agreed. Visible to decides who reads the note. Ctrl+Enter saves it. What you type is kept on this PC even if the console or the network fails.</source>
        <translation>Skriv vad kunden behöver och vad som avtalades. Synlig för avgör vem som läser anteckningen. Ctrl+Enter sparar den. Det du skriver sparas på den här datorn även om konsolen eller nätverket slutar fungera.</translation>
    </message>
    <message>
        <source>The agencies</source>
        <translation>Myndigheterna</translation>
    </message>
    <message>
        <source>A panel per agency reaches that agency's own system for the visitor at your counter. Ask a specialist (%1) brings one of them into the visit.</source>
        <translation>En panel per myndighet hämtar uppgifter om kunden vid din disk ur myndighetens eget system. Be om specialist (%1) tar med en av dem i besöket.</translation>
    </message>
    <message>
        <source>Connection and you</source>
        <translation>Anslutningen och du</translation>
    </message>
    <message>
        <source>The status bar says whether the database is reachable, your counter and who is signed in. %1 locks the console when you step away.</source>
        <translation>Statusraden visar om databasen kan nås, din disk och vem som är inloggad. %1 låser konsolen när du går från disken.</translation>
    </message>
</context>
<context>
    <name>ConsoleLock</name>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Hide everything until you type your password</source>
        <translation>Dölj allt tills du skriver ditt lösenord</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Byt användare…</translation>
    </message>
    <message>
        <source>Lock this console and let a colleague sign in, without closing it</source>
        <translation>Lås konsolen och låt en kollega logga in utan att stänga den</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Byt lösenord…</translation>
    </message>
    <message>
        <source>Type your password, then press Unlock.</source>
        <translation>Skriv ditt lösenord och tryck på Lås upp.</translation>
    </message>
    <message>
        <source>This console cannot check a password. Use Switch user to sign in again.</source>
        <translation>Den här konsolen kan inte kontrollera lösenord. Logga in på nytt via Byt användare.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Lösenordet kunde inte kontrolleras: %1</translation>
    </message>
    <message numerus="yes">
        <source>The password is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Lösenordet är inte rätt. Du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Lösenordet är inte rätt. Du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is not right. Try again.</source>
        <translation>Lösenordet är inte rätt. Försök igen.</translation>
    </message>
    <message>
        <source>Switching user needs Tiski started with sign-in; close Tiski instead.</source>
        <translation>Byte av användare kräver att Tiski startats med inloggning; stäng Tiski i stället.</translation>
    </message>
    <message>
        <source>This console cannot change passwords (it was not signed in with one).</source>
        <translation>Den här konsolen kan inte byta lösenord (inloggningen skedde inte med lösenord).</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ditt lösenord har bytts.</translation>
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
        <translation>Disken du är inloggad vid</translation>
    </message>
    <message>
        <source>Ticket %1 is no longer at your counter: another counter took it, or it went back to the queue.</source>
        <translation>Kölapp %1 är inte längre vid din disk: en annan disk tog den, eller så gick den tillbaka till kön.</translation>
    </message>
    <message>
        <source>Tiski – %1</source>
        <translation>Tiski – %1</translation>
    </message>
    <message>
        <source>%1 – DEMO, not a real desk</source>
        <translation>%1 – DEMO, inte ett riktigt serviceställe</translation>
    </message>
    <message>
        <source>On a break (%1) since %2</source>
        <translation>På paus (%1) sedan %2</translation>
    </message>
    <message>
        <source>The floor shows you on a break. Call next or I'm back ends it.</source>
        <translation>Salen visar dig på paus. Nästa kund eller Jag är tillbaka avslutar den.</translation>
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
    <name>ConsoleZones</name>
    <message>
        <source>Next zone</source>
        <translation>Nästa område</translation>
    </message>
    <message>
        <source>Move to the next part of the window: queues, visit, agency panels</source>
        <translation>Gå till nästa del av fönstret: köer, besök, myndigheternas paneler</translation>
    </message>
    <message>
        <source>Previous zone</source>
        <translation>Föregående område</translation>
    </message>
    <message>
        <source>Move to the previous part of the window</source>
        <translation>Gå till föregående del av fönstret</translation>
    </message>
    <message>
        <source>Consultation requests</source>
        <translation>Konsultationsbegäranden</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>Join video</source>
        <translation>Anslut till video</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Avbryt begäran</translation>
    </message>
    <message>
        <source>Book remote appointment…</source>
        <translation>Boka distanstid…</translation>
    </message>
    <message>
        <source>No %1 specialist accepted in time. Book a remote appointment or transfer the visit.</source>
        <translation>Ingen specialist från %1 tog emot begäran i tid. Boka en distanstid eller överför besöket.</translation>
    </message>
    <message>
        <source>Remote appointment booked: code %1.</source>
        <translation>Distanstid bokad: bokningskod %1.</translation>
    </message>
</context>
<context>
    <name>ConsultContextDialog</name>
    <message>
        <source>Ticket %1 – shared case</source>
        <translation>Kölapp %1 – delat ärende</translation>
    </message>
    <message>
        <source>%1 at %2 asks: %3</source>
        <translation>%1 vid %2 frågar: %3</translation>
    </message>
    <message>
        <source>Visitor: %1</source>
        <translation>Besökare: %1</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with your agency: you see the question and your agency's own notes only.</source>
        <translation>Besökaren har inte samtyckt till att ärendet delas med din myndighet: du ser endast frågan och din myndighets egna anteckningar.</translation>
    </message>
    <message>
        <source>Join video</source>
        <translation>Anslut till video</translation>
    </message>
    <message>
        <source>A note into the visit's case</source>
        <translation>En anteckning i besökets ärende</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Endast %1</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Delad med hela servicestället</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Spara anteckning</translation>
    </message>
    <message>
        <source>Visible to:</source>
        <translation>Synlig för:</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of this case are not shared with you.</source>
        <translation>
            <numerusform>%n anteckning i det här ärendet delas inte med dig.</numerusform>
            <numerusform>%n anteckningar i det här ärendet delas inte med dig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Anteckningen har sparats.</translation>
    </message>
</context>
<context>
    <name>ConsultStatusLabel</name>
    <message>
        <source>agency %1</source>
        <translation>myndighet %1</translation>
    </message>
    <message>
        <source>The specialist</source>
        <translation>Specialisten</translation>
    </message>
    <message>
        <source>Asked %1 just now – waiting</source>
        <translation>Begäran till %1 skickades nyss – väntar</translation>
    </message>
    <message>
        <source>Asked %1 %2 min ago – waiting</source>
        <translation>Begäran till %1 skickades för %2 min sedan – väntar</translation>
    </message>
    <message>
        <source>%1 (%2) joined at %3</source>
        <translation>%1 (%2) anslöt kl. %3</translation>
    </message>
    <message>
        <source>No %1 specialist accepted in time</source>
        <translation>Ingen specialist från %1 tog emot begäran i tid</translation>
    </message>
    <message>
        <source>%1 handed the visit back at %2</source>
        <translation>%1 lämnade tillbaka besöket kl. %2</translation>
    </message>
    <message>
        <source>%1 took the visit over at %2</source>
        <translation>%1 tog över besöket kl. %2</translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation>Begäran till %1 avbröts</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n declined)</source>
        <translation>
            <numerusform>%1 (%n har avböjt)</numerusform>
            <numerusform>%1 (%n har avböjt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declined: %2</source>
        <translation>%1 avböjde: %2</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>That request no longer exists.</source>
        <translation>Begäran finns inte längre.</translation>
    </message>
    <message>
        <source>Only an agency's specialists answer its consultation requests.</source>
        <translation>Endast en myndighets specialister besvarar myndighetens konsultationsbegäranden.</translation>
    </message>
    <message>
        <source>Write a short question so the specialist knows what it is about.</source>
        <translation>Skriv en kort fråga så att specialisten vet vad det gäller.</translation>
    </message>
    <message>
        <source>The question is {length} characters long; the limit is {limit}. Put the details into a note of the case instead.</source>
        <translation>Frågan är {length} tecken lång; gränsen är {limit}. Skriv i stället detaljerna i en anteckning i ärendet.</translation>
    </message>
    <message>
        <source>Unknown agency.</source>
        <translation>Okänd myndighet.</translation>
    </message>
    <message>
        <source>A specialist can be asked only for the visit at your counter.</source>
        <translation>Du kan be om en specialist endast för besöket vid din disk.</translation>
    </message>
    <message>
        <source>This visit already has a request to that agency.</source>
        <translation>Det här besöket har redan en begäran till den myndigheten.</translation>
    </message>
    <message>
        <source>The request is no longer open.</source>
        <translation>Begäran är inte längre öppen.</translation>
    </message>
    <message>
        <source>Choose a service of the agency that was asked.</source>
        <translation>Välj en tjänst hos den tillfrågade myndigheten.</translation>
    </message>
    <message>
        <source>That request is for another agency.</source>
        <translation>Begäran gäller en annan myndighet.</translation>
    </message>
    <message>
        <source>{name} already took this request.</source>
        <translation>{name} har redan tagit emot begäran.</translation>
    </message>
    <message>
        <source>This request is no longer open (it was cancelled or its time ran out).</source>
        <translation>Begäran är inte längre öppen (den avbröts eller tiden gick ut).</translation>
    </message>
    <message>
        <source>Say why you decline, so the advisor can plan what next.</source>
        <translation>Ange varför du avböjer, så att rådgivaren kan planera nästa steg.</translation>
    </message>
    <message>
        <source>Only the specialist who accepted sees the visit's case.</source>
        <translation>Endast den specialist som tog emot begäran ser besökets ärende.</translation>
    </message>
    <message>
        <source>The visit is no longer at the advisor's counter; it cannot be taken over.</source>
        <translation>Besöket är inte längre vid rådgivarens disk; det kan inte tas över.</translation>
    </message>
    <message>
        <source>Only the person who asked, or a supervisor, can change this request.</source>
        <translation>Endast den som frågade, eller en förman, kan ändra denna begäran.</translation>
    </message>
    <message>
        <source>Only the specialist who accepted the request can do this.</source>
        <translation>Endast den specialist som tog emot begäran kan göra detta.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Call IT: %1.</source>
        <translation>Ring IT: %1.</translation>
    </message>
    <message>
        <source>Call your IT help desk.</source>
        <translation>Ring IT-supporten.</translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Distans</translation>
    </message>
    <message>
        <source>Serves by video, not in the lobby</source>
        <translation>Betjänar via video, inte i lobbyn</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>the desk's own office</source>
        <translation>diskens eget kontor</translation>
    </message>
</context>
<context>
    <name>CounterLeaving</name>
    <message>
        <source>Visitors at your counter</source>
        <translation>Kunder vid din disk</translation>
    </message>
    <message>
        <source>Your choice could not be saved (%1). Quit anyway? The visitors at your counter then go back to the front of their queue %2 minutes after this console stops.</source>
        <translation>Ditt val kunde inte sparas (%1). Avsluta ändå? Kunderna vid din disk går då tillbaka först i sin kö %2 minuter efter att den här konsolen har stannat.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</source>
        <translation>Databasen har schemaversion {current}, som är nyare än den här versionen av Tiski känner till (högst {head}). En annan konsol har uppdaterats: installera samma version av Tiski på den här datorn.</translation>
    </message>
    <message>
        <source>The database has schema version {current} and this Tiski needs {head}. Ask IT to run 'tiski db upgrade' once for the whole office.</source>
        <translation>Databasen har schemaversion {current} men den här versionen av Tiski behöver {head}. Be IT-stödet köra 'tiski db upgrade' en gång för hela servicestället.</translation>
    </message>
    <message>
        <source>several servers are listed with commas, which Tiski cannot connect with; repeat host= for each server instead, like postgresql+psycopg://user@/dbname?host=db1:5432&amp;host=db2:5432&amp;target_session_attrs=read-write</source>
        <translation>servrarna är uppräknade med kommatecken, vilket Tiski inte kan ansluta med; upprepa i stället host= för varje server, till exempel postgresql+psycopg://user@/dbname?host=db1:5432&amp;host=db2:5432&amp;target_session_attrs=read-write</translation>
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
        <source>with several host= servers, write each server's port after its name (host=db1:5432&amp;host=db2:5433) and remove port=</source>
        <translation>med flera host=-servrar, skriv varje servers port efter dess namn (host=db1:5432&amp;host=db2:5433) och ta bort port=</translation>
    </message>
    <message>
        <source>with several host= servers, add target_session_attrs=read-write so that consoles connect only to the server that takes writes (the primary), never to a standby</source>
        <translation>med flera host=-servrar, lägg till target_session_attrs=read-write så att arbetsstationerna bara ansluter till den server som tar emot ändringar (primärservern), aldrig till en standbyserver</translation>
    </message>
    <message>
        <source>The database at {url} did not answer in time ({reason}). Try again in a moment; if this keeps happening, tell IT: the database server or the network to it is stalled.</source>
        <translation>Databasen ({url}) svarade inte i tid ({reason}). Försök igen om en stund. Om det upprepas, meddela IT: databasservern eller nätverket till den har fastnat.</translation>
    </message>
    <message>
        <source>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</source>
        <translation>Databasen {url} kan inte nås ({reason}). Kontrollera att databasservern är igång, att värd, port och databasnamn i database.url stämmer, samt lösenordet (tiski db set-password eller pgpass).</translation>
    </message>
    <message>
        <source>The database file {file} stayed locked by another program for {seconds} s, so nothing was saved. Try again; if it keeps happening, look for a program that keeps the file open for writing (a copy or backup, a stuck Tiski).</source>
        <translation>Databasfilen {file} var låst av ett annat program i {seconds} s, så ingenting sparades. Försök igen; om det händer igen, leta efter ett program som håller filen öppen för skrivning (en kopiering eller säkerhetskopia, en Tiski som hängt sig).</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <source>These roles are missing: {roles}. Run tiski staff roles with the owner's database.url to make them.</source>
        <translation>De här rollerna saknas: {roles}. Skapa dem med tiski staff roles med ägarens database.url.</translation>
    </message>
    <message>
        <source>{roles} should be members of tiski_staff and are not; run tiski staff roles.</source>
        <translation>{roles} borde vara medlemmar i tiski_staff men är det inte; kör tiski staff roles.</translation>
    </message>
    <message>
        <source>Row-level security is off on {tables}: every console reads every row there. Run tiski db upgrade; if it is current, someone switched it off (ALTER TABLE ... DISABLE ROW LEVEL SECURITY): tell the data protection officer.</source>
        <translation>Radnivåskyddet är avstängt för {tables}: varje konsol läser varje rad där. Kör tiski db upgrade; om databasen redan är aktuell har någon stängt av skyddet (ALTER TABLE ... DISABLE ROW LEVEL SECURITY): meddela dataskyddsombudet.</translation>
    </message>
    <message>
        <source>{tables} have no row security policies: no console can use them. Run tiski db upgrade.</source>
        <translation>{tables} har inga regler för radnivåskydd: ingen konsol kan använda dem. Kör tiski db upgrade.</translation>
    </message>
    <message>
        <source>Roles the consoles use may change or empty append-only tables: {grants}. Revoke those privileges (REVOKE UPDATE, DELETE, TRUNCATE ON ... FROM ...).</source>
        <translation>Roller som konsolerna använder kan ändra eller tömma tabeller som bara får utökas: {grants}. Återkalla de rättigheterna (REVOKE UPDATE, DELETE, TRUNCATE ON ... FROM ...).</translation>
    </message>
    <message>
        <source>{roles} may create objects in the desk's schema. Revoke it: REVOKE CREATE ON SCHEMA ... FROM PUBLIC (and from those roles).</source>
        <translation>{roles} kan skapa objekt i servicepunktens schema. Återkalla det: REVOKE CREATE ON SCHEMA ... FROM PUBLIC (och från de rollerna).</translation>
    </message>
    <message>
        <source>Roles that may not see visitors' names read them at the database: {grants}. Run tiski db upgrade; if it is current, revoke those grants (docs/security.md, Isolation in PostgreSQL).</source>
        <translation>Roller som inte får se besökarnas namn läser dem i databasen: {grants}. Kör tiski db upgrade; om databasen redan är aktuell, återkalla de rättigheterna (docs/security.md, Isolation in PostgreSQL).</translation>
    </message>
    <message>
        <source>database.url connects as {user}, a superuser or a role that bypasses row security: a console connected so reads every agency's notes. In an office, connect as the person signing in (docs/deploy.md).</source>
        <translation>database.url ansluter som {user}, en superanvändare eller en roll som kringgår radnivåskyddet: en konsol som ansluter så läser varje myndighets anteckningar. På ett kontor ansluter man som den person som loggar in (docs/deploy.md).</translation>
    </message>
    <message>
        <source>database.url connects as {user}, which owns the desk's tables: it can switch the audit trail's protection off and bypasses row security. Use the owner only for tiski db upgrade and tiski staff; consoles connect as the person signing in (docs/deploy.md).</source>
        <translation>database.url ansluter som {user}, som äger servicepunktens tabeller: den kan stänga av granskningsloggens skydd och kringgår radnivåskyddet. Använd ägaren bara för tiski db upgrade och tiski staff; konsolerna ansluter som den person som loggar in (docs/deploy.md).</translation>
    </message>
    <message>
        <source>Active staff without a login role that can log in: {names}. Create them with tiski staff add, or from the directory (docs/deploy.md).</source>
        <translation>Aktiv personal utan en inloggningsroll som kan logga in: {names}. Skapa dem med tiski staff add eller från katalogen (docs/deploy.md).</translation>
    </message>
    <message>
        <source>Login roles whose groups do not match their staff row (they see less until fixed): {names}. Run tiski staff add again for them, or fix the directory groups.</source>
        <translation>Inloggningsroller vars grupper inte stämmer med personaluppgifterna (de ser mindre tills det rättas): {names}. Kör tiski staff add igen för dem eller rätta grupperna i katalogen.</translation>
    </message>
</context>
<context>
    <name>DaySkillsDialog</name>
    <message>
        <source>Skills for today</source>
        <translation>Dagens kompetenser</translation>
    </message>
    <message>
        <source>Who serves what today. The plan holds until midnight; tomorrow the person serves their usual skills again. Their console calls by it from the next call.</source>
        <translation>Vem betjänar vad i dag. Planen gäller till midnatt; i morgon betjänar personen igen med sina vanliga kompetenser. Hens konsol ropar upp enligt den från nästa uppropning.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Services today</source>
        <translation>Tjänster i dag</translation>
    </message>
    <message>
        <source>Reading who works today…</source>
        <translation>Läser vem som arbetar i dag…</translation>
    </message>
    <message>
        <source>Back to &amp;usual skills</source>
        <translation>Tillbaka till &amp;vanliga kompetenser</translation>
    </message>
    <message>
        <source>&amp;Set for today</source>
        <translation>&amp;Ange för i dag</translation>
    </message>
    <message>
        <source>planned for today</source>
        <translation>planerad för i dag</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>inte inloggad</translation>
    </message>
    <message>
        <source>Nobody serves at a counter here.</source>
        <translation>Här betjänar ingen vid en disk.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Usual skills: %1.</source>
        <translation>Vanliga kompetenser: %1.</translation>
    </message>
    <message>
        <source>Planned for today by %1 at %2.</source>
        <translation>Planerad för i dag av %1 kl. %2.</translation>
    </message>
    <message>
        <source>%1 serves their usual skills again.</source>
        <translation>%1 betjänar igen med sina vanliga kompetenser.</translation>
    </message>
    <message>
        <source>%1 serves today: %2.</source>
        <translation>%1 betjänar i dag: %2.</translation>
    </message>
    <message>
        <source>%1 serves no service today.</source>
        <translation>%1 betjänar ingen tjänst i dag.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the request of %1</source>
        <translation>Avböj begäran från %1</translation>
    </message>
    <message>
        <source>required; the advisor sees it</source>
        <translation>obligatoriskt; rådgivaren ser det</translation>
    </message>
    <message>
        <source>In another meeting</source>
        <translation>I ett annat möte</translation>
    </message>
    <message>
        <source>Not my area</source>
        <translation>Hör inte till mitt område</translation>
    </message>
    <message>
        <source>Ending my shift</source>
        <translation>Mitt arbetspass tar slut</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avböj</translation>
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
    <message>
        <source>There is no office {code}. Offices: {known}.</source>
        <translation>Kontoret {code} finns inte. Kontor: {known}.</translation>
    </message>
    <message>
        <source>The database has no office {code}. Offices: {known}. Check the desk.site setting with IT.</source>
        <translation>Databasen har inget kontor {code}. Kontor: {known}. Kontrollera inställningen desk.site med IT.</translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <source>desk</source>
        <translation>servicepunkt</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kontor</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>myndighet</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>disk</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>anställd</translation>
    </message>
    <message>
        <source>life event</source>
        <translation>livssituation</translation>
    </message>
    <message>
        <source>note template</source>
        <translation>anteckningsmall</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: added</source>
        <translation>{sign} {kind} {key}: läggs till</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: changes {fields}</source>
        <translation>{sign} {kind} {key}: ändras {fields}</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: retired</source>
        <translation>{sign} {kind} {key}: tas ur bruk</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: brought back</source>
        <translation>{sign} {kind} {key}: tas i bruk igen</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: removed</source>
        <translation>{sign} {kind} {key}: tas bort</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {retired} retired, {restored} back.</source>
        <translation>{added} tillagda, {changed} ändrade, {retired} ur bruk, {restored} åter i bruk.</translation>
    </message>
    <message>
        <source>{file}: the desk is already as the file says.</source>
        <translation>{file}: servicepunkten är redan som filen säger.</translation>
    </message>
    <message>
        <source>Applying {file} would change the desk:</source>
        <translation>Att ta {file} i bruk skulle ändra servicepunkten så här:</translation>
    </message>
    <message>
        <source>Nothing can be applied until what is marked with ! is settled.</source>
        <translation>Ingenting tas i bruk förrän det som är märkt med ! är löst.</translation>
    </message>
    <message>
        <source>tiski desk apply {file} does it.</source>
        <translation>tiski desk apply {file} gör det.</translation>
    </message>
    <message>
        <source>{file} was not applied; nothing changed:</source>
        <translation>{file} togs inte i bruk; ingenting ändrades:</translation>
    </message>
    <message>
        <source>Applied {file}:</source>
        <translation>Tog i bruk {file}:</translation>
    </message>
    <message>
        <source>No password yet (they cannot sign in until IT sets one with tiski staff password USER, or their directory account signs them in): {who}</source>
        <translation>Inget lösenord ännu (de kan inte logga in förrän IT ger ett med tiski staff password ANVÄNDARE, eller deras katalogkonto loggar in dem): {who}</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name or add --force.</source>
        <translation>{file} finns redan: välj ett annat namn eller lägg till --force.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <translation>Kan inte skriva {file}: {reason}.</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Skrev {file}.</translation>
    </message>
</context>
<context>
    <name>DeskFile</name>
    <message>
        <source>{first} (and {more} more problems)</source>
        <translation>{first} (och {more} problem till)</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, rad {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>format must be a whole number; this Tiski writes format = {current}</source>
        <translation>format måste vara ett heltal; denna Tiski skriver format = {current}</translation>
    </message>
    <message>
        <source>the file is of format {version}, made by a newer Tiski; this one reads formats up to {current}: install the newer Tiski here too</source>
        <translation>filen har format {version} och är gjord av en nyare Tiski; denna läser format upp till {current}: installera den nyare Tiski här också</translation>
    </message>
    <message>
        <source>[{table}] has no {key}; add {key} = "..."</source>
        <translation>[{table}] saknar {key}; lägg till {key} = "..."</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} måste vara text inom citattecken</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} är tom</translation>
    </message>
    <message>
        <source>{key} is {length} characters long; at most {limit} fit</source>
        <translation>{key} är {length} tecken lång; högst {limit} ryms</translation>
    </message>
    <message>
        <source>{key} '{value}' is not usable: use letters a-z, digits and - . _ without spaces, such as '{example}'</source>
        <translation>{key} '{value}' kan inte användas: använd bokstäverna a-z, siffror och - . _ utan mellanslag, till exempel '{example}'</translation>
    </message>
    <message>
        <source>[{table}] has no {key}; add {key} = &lt;minutes&gt;</source>
        <translation>[{table}] saknar {key}; lägg till {key} = &lt;minuter&gt;</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}, not {value}</source>
        <translation>{key} måste vara ett heltal från {low} till {high}, inte {value}</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} måste vara true eller false</translation>
    </message>
    <message>
        <source>{key} must be a list of texts, such as ["a", "b"]</source>
        <translation>{key} måste vara en lista med texter, till exempel ["a", "b"]</translation>
    </message>
    <message>
        <source>[{table}] has no setting {key}; the known ones are: {known}</source>
        <translation>[{table}] har ingen inställning {key}; kända inställningar: {known}</translation>
    </message>
    <message>
        <source>{table} must be written as [[{table}]] tables, one per entry</source>
        <translation>{table} skrivs som [[{table}]]-tabeller, en per post</translation>
    </message>
    <message>
        <source>{table} must be written as a [{table}] table</source>
        <translation>{table} skrivs som en [{table}]-tabell</translation>
    </message>
    <message>
        <source>{what} {value} is given twice; each needs its own</source>
        <translation>{what} {value} anges två gånger; var och en behöver sin egen</translation>
    </message>
    <message>
        <source>{what} {value} is given twice (also at line {line}); each needs its own</source>
        <translation>{what} {value} anges två gånger (också på rad {line}); var och en behöver sin egen</translation>
    </message>
    <message>
        <source>service {code} names agency {agency}, which the file does not have; add an [[agency]] with code = "{agency}" or correct the name</source>
        <translation>tjänsten {code} nämner myndigheten {agency}, som filen inte har; lägg till en [[agency]] med code = "{agency}" eller rätta namnet</translation>
    </message>
    <message>
        <source>prefix '{prefix}' is not usable: one to three capital letters A-Z, such as "K" or "KP"</source>
        <translation>prefixet '{prefix}' kan inte användas: en till tre versaler A-Z, till exempel "K" eller "KP"</translation>
    </message>
    <message>
        <source>office {code} is the desk's own office ([desk] code); give the other office a code of its own</source>
        <translation>kontoret {code} är diskens eget kontor ([desk] code); ge det andra kontoret en egen kod</translation>
    </message>
    <message>
        <source>counter {code} stands in office {office}, which the file does not have; add an [[office]] with code = "{office}" or correct the name</source>
        <translation>disken {code} står i kontoret {office}, som filen inte har; lägg till ett [[office]] med code = "{office}" eller rätta namnet</translation>
    </message>
    <message>
        <source>{owner} names service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</source>
        <translation>{owner} nämner tjänsten {code}, som filen inte har; lägg till en [[service]] med code = "{code}" eller rätta namnet</translation>
    </message>
    <message>
        <source>skills_at must list services per office, such as { ulvila = ["kela-general"] }</source>
        <translation>skills_at ska räkna upp tjänster per kontor, till exempel { ulvila = ["kela-general"] }</translation>
    </message>
    <message>
        <source>staff member {username} has skills at office {office}, which the file does not have; add the [[office]] or correct the name</source>
        <translation>medarbetaren {username} har kompetenser på kontoret {office}, som filen inte har; lägg till [[office]] eller rätta namnet</translation>
    </message>
    <message>
        <source>role '{role}' is not one of the desk's roles: {roles}</source>
        <translation>rollen '{role}' är inte en av servicepunktens roller: {roles}</translation>
    </message>
    <message>
        <source>staff member {username} works for agency {agency}, which the file does not have; add the [[agency]] or correct the name</source>
        <translation>den anställda {username} arbetar för myndigheten {agency}, som filen inte har; lägg till [[agency]] eller rätta namnet</translation>
    </message>
    <message>
        <source>specialist {username} needs the agency they answer for: add agency = "&lt;code&gt;"</source>
        <translation>specialisten {username} behöver den myndighet hen svarar för: lägg till agency = "&lt;kod&gt;"</translation>
    </message>
    <message>
        <source>life event {code} has no steps: list its services in order</source>
        <translation>livssituationen {code} har inga steg: räkna upp dess tjänster i ordning</translation>
    </message>
    <message>
        <source>life event {code} has no services = [...]; list its steps</source>
        <translation>livssituationen {code} saknar services = [...]; räkna upp dess steg</translation>
    </message>
    <message>
        <source>language '{language}' is not fi, sv or en</source>
        <translation>språket '{language}' är inte fi, sv eller en</translation>
    </message>
    <message>
        <source>note template {title} has no body text</source>
        <translation>anteckningsmallen {title} har ingen text</translation>
    </message>
    <message>
        <source>note template {title} is longer than {limit} characters</source>
        <translation>anteckningsmallen {title} är längre än {limit} tecken</translation>
    </message>
    <message>
        <source>note template {title} of service {service} in {language} is given twice</source>
        <translation>anteckningsmallen {title} för tjänsten {service} på {language} anges två gånger</translation>
    </message>
    <message>
        <source>note template {title} of service {service} in {language} is given twice (also at line {line})</source>
        <translation>anteckningsmallen {title} för tjänsten {service} på {language} anges två gånger (också på rad {line})</translation>
    </message>
    <message>
        <source>a desk file has no [{table}]; the known tables are: {known}</source>
        <translation>en servicepunktsfil har ingen [{table}]; kända tabeller: {known}</translation>
    </message>
    <message>
        <source>the file has no [desk] table: start it with [desk], format = {format} and the desk's names name_fi, name_sv, name_en</source>
        <translation>filen har ingen [desk]-tabell: börja den med [desk], format = {format} och servicepunktens namn name_fi, name_sv, name_en</translation>
    </message>
    <message>
        <source>the desk offers service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</source>
        <translation>disken erbjuder tjänsten {code}, som filen inte har; lägg till en [[service]] med code = "{code}" eller rätta namnet</translation>
    </message>
</context>
<context>
    <name>DeskForm</name>
    <message>
        <source>Desk name</source>
        <translation>Serviceställets namn</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:00-16:00; sat 10:00-14:00</source>
        <translation>t.ex. mon-fri 08:00-16:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Entries separated by semicolons: days (mon-fri, or mon,wed) and times (08:00-16:00); empty: always open</source>
        <translation>Poster åtskilda med semikolon: dagar med engelska förkortningar (mon-fri eller mon,wed) och tider (08:00-16:00); tomt: alltid öppet</translation>
    </message>
    <message>
        <source>Kiosk welcome</source>
        <translation>Kioskens välkomsttext</translation>
    </message>
    <message>
        <source>Display message</source>
        <translation>Skärmens meddelande</translation>
    </message>
    <message>
        <source>Leave all three of a text empty to use the kiosk's and display's own words.</source>
        <translation>Lämna alla tre språkversioner av en text tomma för att använda kioskens och skärmens egna ord.</translation>
    </message>
</context>
<context>
    <name>DeskPlan</name>
    <message>
        <source>the file has no IT staff member, so {who} would be switched off and nobody could keep the desk: add them to the file (tiski desk export writes everyone, the first administrator included)</source>
        <translation>filen har ingen anställd inom IT, så {who} skulle stängas av och ingen kunde sköta servicepunkten: lägg till dem i filen (tiski desk export skriver alla, också den första administratören)</translation>
    </message>
    <message>
        <source>service {code} cannot be retired while {count} visitors wait for it ({tickets}): serve them or move them to another service first, or keep the service in the file with kiosk = false until they are served</source>
        <translation>tjänsten {code} kan inte tas ur bruk medan {count} kunder väntar på den ({tickets}): betjäna dem eller flytta dem till en annan tjänst först, eller behåll tjänsten i filen med kiosk = false tills de har betjänats</translation>
    </message>
    <message>
        <source>counter {code} cannot be retired while a visitor is called to it ({tickets}): finish or return them first</source>
        <translation>disken {code} kan inte tas ur bruk medan en kund är kallad till den ({tickets}): avsluta eller återför kunden först</translation>
    </message>
    <message>
        <source>{username} is you: you cannot remove your own account while signed in with it; another administrator can</source>
        <translation>{username} är du: du kan inte ta bort ditt eget konto medan du är inloggad med det; en annan administratör kan</translation>
    </message>
    <message>
        <source>service {code} wants ticket prefix {prefix}, which retired service {holder} still holds (its old tickets carry it): bring {holder} back under its own code, or give {code} another prefix</source>
        <translation>tjänsten {code} vill ha köprefixet {prefix}, som tjänsten {holder} som tagits ur bruk fortfarande har (dess gamla könummer bär det): ta {holder} i bruk igen under sin egen kod, eller ge {code} ett annat prefix</translation>
    </message>
</context>
<context>
    <name>DeskSetup</name>
    <message>
        <source>{first} (and {more} more reasons)</source>
        <translation>{first} (och {more} skäl till)</translation>
    </message>
    <message>
        <source>The database has no desk yet, so there is nothing to export. Apply a desk file first: tiski desk apply FILE.</source>
        <translation>Databasen har ingen servicepunkt ännu, så det finns inget att exportera. Ta först en servicepunktsfil i bruk: tiski desk apply FIL.</translation>
    </message>
    <message>
        <source>Staff accounts change ({who}): only IT adds, removes or changes staff members; a supervisor may change their skills.</source>
        <translation>Personalkonton ändras ({who}): bara IT lägger till, tar bort eller ändrar anställda; en förman får ändra deras kompetenser.</translation>
    </message>
    <message>
        <source>Staff accounts change ({who}): on PostgreSQL each is a login role of the server, which only the database's owner makes. Export the desk to a file and run tiski desk apply FILE with the owner's database URL.</source>
        <translation>Personalkonton ändras ({who}): i PostgreSQL är var och en en inloggningsroll på servern, som bara databasens ägare skapar. Exportera servicepunkten till en fil och kör tiski desk apply FIL med ägarens databas-URL.</translation>
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
    <name>Doctor</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>Settings are valid. Files read: {files}</source>
        <translation>Inställningarna är giltiga. Lästa filer: {files}</translation>
    </message>
    <message>
        <source>Correct {key} in {source} (tiski config check says what is allowed), then run tiski doctor again; the checks that need the settings were skipped.</source>
        <translation>Rätta {key} i {source} (tiski config check visar vad som är tillåtet) och kör sedan tiski doctor på nytt; de kontroller som behöver inställningarna hoppades över.</translation>
    </message>
    <message>
        <source>{folder} cannot be written ({reason}).</source>
        <translation>Det går inte att skriva i {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Make the folder belong to the user who runs Tiski: note drafts, the window layout and the embedded database live there.</source>
        <translation>Låt mappen ägas av den användare som kör Tiski: där finns anteckningsutkasten, fönsterlayouten och den inbyggda databasen.</translation>
    </message>
    <message>
        <source>{folder} is writable, but only {free} MB are free on its disk.</source>
        <translation>Det går att skriva i {folder}, men bara {free} MB är ledigt på disken.</translation>
    </message>
    <message>
        <source>Free some disk space: the embedded database and note drafts grow there.</source>
        <translation>Frigör diskutrymme: den inbyggda databasen och anteckningsutkasten växer där.</translation>
    </message>
    <message>
        <source>{folder} is writable ({free} MB free).</source>
        <translation>Det går att skriva i {folder} ({free} MB ledigt).</translation>
    </message>
    <message>
        <source>Make the folder belong to the user who runs Tiski; until then a problem leaves no trace in a log.</source>
        <translation>Låt mappen ägas av den användare som kör Tiski; till dess lämnar ett problem inga spår i någon logg.</translation>
    </message>
    <message>
        <source>{folder} is writable; log files: {count}, {size} MB.</source>
        <translation>Det går att skriva i {folder}; loggfiler: {count}, {size} MB.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s.</source>
        <translation>Nyckelringen (keyring) svarade inte inom {seconds} s.</translation>
    </message>
    <message>
        <source>Unlock the keyring (sign out and in again).</source>
        <translation>Lås upp nyckelringen (keyring) genom att logga ut och in igen.</translation>
    </message>
    <message>
        <source>The keyring could not be used ({reason}).</source>
        <translation>Nyckelringen (keyring) kunde inte användas ({reason}).</translation>
    </message>
    <message>
        <source>Check the keyring settings of this user.</source>
        <translation>Kontrollera den här användarens inställningar för nyckelringen (keyring).</translation>
    </message>
    <message>
        <source>Backend: {name}.</source>
        <translation>Backend: {name}.</translation>
    </message>
    <message>
        <source>This computer has no keyring backend ({name}); a headless Linux has none. Tiski carries on without one.</source>
        <translation>Den här datorn saknar backend för nyckelring (keyring): {name}. Ett Linux utan skrivbordsmiljö har ingen. Tiski fortsätter utan.</translation>
    </message>
    <message>
        <source>Keep the database password in ~/.pgpass (mode 0600) and the identity key in a file named by identity.key_file; agency plugins' credentials need a keyring (on a desktop: Secret Service, such as GNOME Keyring).</source>
        <translation>Förvara databaslösenordet i ~/.pgpass (läge 0600) och identitetsnyckeln i en fil som anges i identity.key_file; myndighetstilläggens inloggningsuppgifter kräver en nyckelring (keyring), på en skrivbordsdator Secret Service, till exempel GNOME Keyring.</translation>
    </message>
    <message>
        <source>No keyring backend was found ({name}).</source>
        <translation>Ingen backend hittades för nyckelringen (keyring): {name}.</translation>
    </message>
    <message>
        <source>Tiski keeps passwords, the identity key and plugin credentials in the system keyring (Windows Credential Manager, macOS Keychain): check that this user can use it.</source>
        <translation>Tiski förvarar lösenord, identitetsnyckeln och tilläggens inloggningsuppgifter i systemets nyckelring (keyring: Windows Credential Manager, macOS Keychain): kontrollera att den här användaren kan använda den.</translation>
    </message>
    <message>
        <source>Check that the database server is running and that host, port and database name in database.url are right; the password belongs in the keyring (tiski db set-password) or in pgpass.</source>
        <translation>Kontrollera att databasservern är igång och att värd, port och databasnamn i database.url är rätt; lösenordet hör hemma i nyckelringen (keyring; tiski db set-password) eller i pgpass.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s.</source>
        <translation>{url} svarade inte inom {seconds} s.</translation>
    </message>
    <message>
        <source>database.url {url} cannot be used ({reason}).</source>
        <translation>database.url {url} går inte att använda ({reason}).</translation>
    </message>
    <message>
        <source>Correct database.url (tiski config check).</source>
        <translation>Rätta database.url (tiski config check).</translation>
    </message>
    <message>
        <source>embedded SQLite</source>
        <translation>inbyggd SQLite</translation>
    </message>
    <message>
        <source>SQLite from database.url</source>
        <translation>SQLite från database.url</translation>
    </message>
    <message>
        <source>shared PostgreSQL</source>
        <translation>delad PostgreSQL</translation>
    </message>
    <message>
        <source>{kind} {url}: not made yet; Tiski makes it (schema {head}) at its start.</source>
        <translation>{kind} {url}: har inte skapats ännu; Tiski skapar den (schema {head}) när programmet startar.</translation>
    </message>
    <message>
        <source>{kind} {url}: the file does not exist.</source>
        <translation>{kind} {url}: filen finns inte.</translation>
    </message>
    <message>
        <source>Correct database.url, or make the database with tiski db upgrade.</source>
        <translation>Rätta database.url eller skapa databasen med tiski db upgrade.</translation>
    </message>
    <message>
        <source>Cannot reach {kind} {url} ({reason}).</source>
        <translation>Det går inte att nå {kind} {url} ({reason}).</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}, current.</source>
        <translation>{kind} {url}: schema {current}, aktuellt.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current} is newer than this Tiski knows (up to {head}); the console will not start.</source>
        <translation>{kind} {url}: schema {current} är nyare än vad den här Tiski-versionen känner till (högst {head}); konsolen startar inte.</translation>
    </message>
    <message>
        <source>Install the Tiski version the other consoles use.</source>
        <translation>Installera samma Tiski-version som de andra konsolerna använder.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}; Tiski upgrades it to {head} at its start.</source>
        <translation>{kind} {url}: schema {current}; Tiski uppgraderar det till {head} när programmet startar.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}, this Tiski needs {head}; the console will not start.</source>
        <translation>{kind} {url}: schema {current}, den här Tiski-versionen behöver {head}; konsolen startar inte.</translation>
    </message>
    <message>
        <source>Run tiski db upgrade once for the whole office, when every console has the new Tiski.</source>
        <translation>Kör tiski db upgrade en gång för hela kontoret, när alla konsoler har fått den nya Tiski-versionen.</translation>
    </message>
    <message>
        <source>The roles could not be read within {seconds} s.</source>
        <translation>Rollerna kunde inte läsas inom {seconds} s.</translation>
    </message>
    <message>
        <source>The roles could not be checked ({reason}).</source>
        <translation>Rollerna kunde inte kontrolleras ({reason}).</translation>
    </message>
    <message>
        <source>Roles, grants and row-level security are in place; this console connects as a person, not as the owner.</source>
        <translation>Roller, rättigheter och radnivåskydd är på plats; den här konsolen ansluter som en person, inte som ägaren.</translation>
    </message>
    <message>
        <source>The server's autovacuum setting could not be read ({reason}).</source>
        <translation>Serverns inställning för autovacuum kunde inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>Autovacuum is on: the planner's statistics follow the queue.</source>
        <translation>Autovacuum är på: frågeplanerarens statistik följer kön.</translation>
    </message>
    <message>
        <source>Autovacuum is off on the database server (autovacuum {autovacuum}, track_counts {track_counts}): its statistics go stale as the day's tickets come in, and the queue's reads slow down.</source>
        <translation>Autovacuum är av på databasservern (autovacuum {autovacuum}, track_counts {track_counts}): dess statistik blir inaktuell när dagens könummer kommer in, och läsningen av kön blir långsammare.</translation>
    </message>
    <message>
        <source>Set autovacuum = on and track_counts = on in postgresql.conf and reload the server; until then run ANALYZE after large loads (tiski db upgrade and tiski db seed-demo do).</source>
        <translation>Ställ in autovacuum = on och track_counts = on i postgresql.conf och läs om serverns inställningar; kör tills vidare ANALYZE efter stora inläsningar (tiski db upgrade och tiski db seed-demo gör det).</translation>
    </message>
    <message>
        <source>See docs/deploy.md (staff accounts) and docs/security.md (isolation).</source>
        <translation>Se docs/deploy.md (personalens konton) och docs/security.md (isolering).</translation>
    </message>
    <message>
        <source>The desk's set-up could not be read ({reason}).</source>
        <translation>Servicepunktens uppsättning kunde inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>Start tiski: its first start sets the desk up (a desk file, a small office or the demo); or run tiski desk apply FILE.</source>
        <translation>Starta tiski: första starten sätter upp servicepunkten (en servicepunktsfil, ett litet kontor eller demon); eller kör tiski desk apply FIL.</translation>
    </message>
    <message>
        <source>Write the desk file (tiski desk template FILE gives a start) and run tiski desk apply FILE with the owner's database URL (docs/deploy.md).</source>
        <translation>Skriv servicepunktsfilen (tiski desk template FIL ger en början) och kör tiski desk apply FIL med ägarens databas-URL (docs/deploy.md).</translation>
    </message>
    <message>
        <source>No desk is set up in this database yet.</source>
        <translation>Ingen servicepunkt är ännu uppsatt i denna databas.</translation>
    </message>
    <message>
        <source>{name}: {services} services, {counters} counters, {staff} staff; nobody has the skill to serve {orphans}.</source>
        <translation>{name}: {services} tjänster, {counters} diskar, {staff} anställda; ingen har kompetens att betjäna {orphans}.</translation>
    </message>
    <message>
        <source>Give someone the skill in the desk file (skills = [...]) or in the admin window, or set kiosk = false until someone does.</source>
        <translation>Ge någon kompetensen i servicepunktsfilen (skills = [...]) eller i administrationsfönstret, eller sätt kiosk = false tills någon har den.</translation>
    </message>
    <message>
        <source>{name}: {services} services, {counters} counters, {staff} staff.</source>
        <translation>{name}: {services} tjänster, {counters} diskar, {staff} anställda.</translation>
    </message>
    <message>
        <source>Run tiski privacy check (on PostgreSQL with the owner's URL) for every row; docs/security.md says how to mask what it finds.</source>
        <translation>Kör tiski privacy check (i PostgreSQL med ägarens URL) för att gå igenom alla rader; docs/security.md berättar hur det som hittas maskeras.</translation>
    </message>
    <message>
        <source>The look for identity codes in clear did not finish within {seconds} s.</source>
        <translation>Sökningen efter omaskerade personbeteckningar blev inte klar inom {seconds} s.</translation>
    </message>
    <message>
        <source>The look for identity codes in clear failed ({reason}).</source>
        <translation>Sökningen efter omaskerade personbeteckningar misslyckades ({reason}).</translation>
    </message>
    <message>
        <source>No identity code in clear in the newest {rows} rows of each table nor in this PC's journal.</source>
        <translation>Inga omaskerade personbeteckningar bland de {rows} nyaste raderna i någon tabell eller i den här datorns utkast.</translation>
    </message>
    <message>
        <source>Identity codes in clear in {places}.</source>
        <translation>Omaskerade personbeteckningar i {places}.</translation>
    </message>
    <message>
        <source>Give this console the desk's key with tiski identity set-key, or name a key file in identity.key_file.</source>
        <translation>Ge den här konsolen serviceställets nyckel med tiski identity set-key eller ange en nyckelfil i identity.key_file.</translation>
    </message>
    <message>
        <source>The identity key could not be checked ({reason}).</source>
        <translation>Identitetsnyckeln kunde inte kontrolleras ({reason}).</translation>
    </message>
    <message>
        <source>IT puts the desk's key into the database: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</source>
        <translation>IT för in servicepunktens nyckel i databasen: tiski identity set-key --from-keyring (eller --from-file FIL) med ägarens databasadress.</translation>
    </message>
    <message>
        <source>Remove it from this computer: python -m keyring del tiski/identity site-key, and delete the file identity.key_file names.</source>
        <translation>Ta bort den från den här datorn: python -m keyring del tiski/identity site-key, och radera filen som identity.key_file anger.</translation>
    </message>
    <message>
        <source>Kept in the desk database, which hashes identity codes itself; not checked, the database could not be read.</source>
        <translation>I servicepunktens databas, som hashar personbeteckningarna själv; inte kontrollerad, databasen kunde inte läsas.</translation>
    </message>
    <message>
        <source>The desk database holds no identity key yet, so identity codes cannot be used (the queue works).</source>
        <translation>Servicepunktens databas har ännu ingen identitetsnyckel, så personbeteckningar kan inte användas (kön fungerar).</translation>
    </message>
    <message>
        <source>In the desk database (fingerprint {fingerprint}), but this computer still keeps an identity key, which a PostgreSQL desk does not use: whoever can run code as this user could read it.</source>
        <translation>I servicepunktens databas (fingeravtryck {fingerprint}), men den här datorn har fortfarande en identitetsnyckel, som en PostgreSQL-servicepunkt inte använder: den som kan köra program som den här användaren kan läsa den.</translation>
    </message>
    <message>
        <source>In the desk database (fingerprint {fingerprint}), readable by its owner only; this console holds none.</source>
        <translation>I servicepunktens databas (fingeravtryck {fingerprint}), läsbar bara för dess ägare; den här konsolen har ingen.</translation>
    </message>
    <message>
        <source>the key file {file}</source>
        <translation>nyckelfilen {file}</translation>
    </message>
    <message>
        <source>this computer's keyring</source>
        <translation>den här datorns nyckelring (keyring)</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); it may be locked.</source>
        <translation>Nyckelringen (keyring) kunde inte läsas ({reason}); den kan vara låst.</translation>
    </message>
    <message>
        <source>None yet: the embedded database makes its own key when an identity code is first used.</source>
        <translation>Ingen ännu: den inbyggda databasen skapar sin egen nyckel när en personbeteckning används första gången.</translation>
    </message>
    <message>
        <source>This console has no identity key, so identity codes cannot be used at it (the queue works).</source>
        <translation>Den här konsolen har ingen identitetsnyckel, så personbeteckningar kan inte användas vid den (kön fungerar).</translation>
    </message>
    <message>
        <source>In {source} (fingerprint {fingerprint}); not compared with the database, which could not be read.</source>
        <translation>Finns i {source}, fingeravtryck {fingerprint}; har inte jämförts med databasen, som inte kunde läsas.</translation>
    </message>
    <message>
        <source>In {source} (fingerprint {fingerprint}); the database has none yet: the first identity code used sets it.</source>
        <translation>Finns i {source}, fingeravtryck {fingerprint}; databasen har ännu inget: den första personbeteckning som används ställer in det.</translation>
    </message>
    <message>
        <source>In {source}; matches the database (fingerprint {fingerprint}).</source>
        <translation>Finns i {source}; stämmer överens med databasen (fingeravtryck {fingerprint}).</translation>
    </message>
    <message>
        <source>The key in {source} (fingerprint {fingerprint}) is not the one the database was set up with ({stored}): visitors identified with the desk's key would not be found, so identity codes cannot be used at this console.</source>
        <translation>Nyckeln i {source} (fingeravtryck {fingerprint}) är inte den som databasen togs i bruk med ({stored}): kunder som identifierats med serviceställets nyckel skulle inte hittas, så personbeteckningar kan inte användas på den här konsolen.</translation>
    </message>
    <message>
        <source>The backup {backup} holds the database's key: tiski identity set-key --from-file {backup}</source>
        <translation>Säkerhetskopian {backup} innehåller databasens nyckel: tiski identity set-key --from-file {backup}</translation>
    </message>
    <message>
        <source>See tiski plugins list and the log file.</source>
        <translation>Se tiski plugins list och loggfilen.</translation>
    </message>
    <message>
        <source>The plugins could not be listed ({reason}).</source>
        <translation>Tilläggen kunde inte listas ({reason}).</translation>
    </message>
    <message>
        <source>No agency plugins were found.</source>
        <translation>Inga myndighetstillägg hittades.</translation>
    </message>
    <message>
        <source>The console works without them; the first-party ones come with Tiski (reinstall it if they are missing).</source>
        <translation>Konsolen fungerar utan dem; Tiskis egna tillägg ingår i installationen (installera om Tiski om de saknas).</translation>
    </message>
    <message>
        <source>{plugin}: no answer within {seconds} s (keyring or back office).</source>
        <translation>{plugin}: inget svar inom {seconds} s (nyckelring/keyring eller bakgrundssystem).</translation>
    </message>
    <message>
        <source>Check the network to the back office and that the keyring is open.</source>
        <translation>Kontrollera nätverket till bakgrundssystemet och att nyckelringen (keyring) är upplåst.</translation>
    </message>
    <message>
        <source>{plugin}: could not be checked ({reason}).</source>
        <translation>{plugin}: kunde inte kontrolleras ({reason}).</translation>
    </message>
    <message>
        <source>{plugin}: off. {reason}</source>
        <translation>{plugin}: avstängt. {reason}</translation>
    </message>
    <message>
        <source>{plugin}: {reason}</source>
        <translation>{plugin}: {reason}</translation>
    </message>
    <message>
        <source>Remove one of the two copies.</source>
        <translation>Ta bort den ena av de två kopiorna.</translation>
    </message>
    <message>
        <source>{plugin}: refused, not loaded. {reason}</source>
        <translation>{plugin}: avvisat, laddades inte. {reason}</translation>
    </message>
    <message>
        <source>Give the plugin an id of its own, trust a folder IT changed again (tiski plugins trust {path}), or remove it.</source>
        <translation>Ge tillägget ett eget id, godkänn en mapp som IT-stödet ändrat på nytt (tiski plugins trust {path}) eller ta bort tillägget.</translation>
    </message>
    <message>
        <source>{plugin}: invalid, not loaded. {reason}</source>
        <translation>{plugin}: ogiltigt, laddades inte. {reason}</translation>
    </message>
    <message>
        <source>Fix it (tiski plugins check {path}) or remove it.</source>
        <translation>Rätta det (tiski plugins check {path}) eller ta bort det.</translation>
    </message>
    <message>
        <source>{plugin}: its panel shows an error. {reason}</source>
        <translation>{plugin}: panelen visar ett fel. {reason}</translation>
    </message>
    <message>
        <source>Correct {key} in the site settings.</source>
        <translation>Rätta {key} i serviceställets inställningar.</translation>
    </message>
    <message>
        <source>its credential {name} is not in the keyring</source>
        <translation>dess inloggningsuppgift {name} finns inte i nyckelringen (keyring)</translation>
    </message>
    <message>
        <source>Keep it in the keyring: tiski plugins set-credential {id} {name}.</source>
        <translation>Förvara den i nyckelringen (keyring): tiski plugins set-credential {id} {name}.</translation>
    </message>
    <message>
        <source>it declares no health check</source>
        <translation>det deklarerar ingen hälsokontroll</translation>
    </message>
    <message>
        <source>{url} answered in {seconds} s</source>
        <translation>{url} svarade på {seconds} s</translation>
    </message>
    <message>
        <source>its back office is slow: {url} took {seconds} s</source>
        <translation>dess bakgrundssystem är långsamt: {url} tog {seconds} s</translation>
    </message>
    <message>
        <source>Tell the agency's contact if it stays slow; the panel waits longer.</source>
        <translation>Meddela myndighetens kontaktperson om det fortsätter att vara långsamt; panelen väntar längre.</translation>
    </message>
    <message>
        <source>its back office is down: {url}</source>
        <translation>dess bakgrundssystem är ur funktion: {url}</translation>
    </message>
    <message>
        <source>Check plugins.{id}.base_url in the site settings and the network to the back office (the demo's sandbox: tiski sandbox serve).</source>
        <translation>Kontrollera plugins.{id}.base_url i serviceställets inställningar och nätverket till bakgrundssystemet (demots testmiljö: tiski sandbox serve).</translation>
    </message>
    <message>
        <source>{plugin}: ready; {answered}.</source>
        <translation>{plugin}: redo; {answered}.</translation>
    </message>
    <message>
        <source>{plugin}: ready, but {problems}.</source>
        <translation>{plugin}: redo, men {problems}.</translation>
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
        <translation>Kioskens kölappar skrivs till PDF-filen {file}.</translation>
    </message>
    <message>
        <source>Kiosk tickets go into {file}, but {folder} is not writable.</source>
        <translation>Kioskens kölappar skrivs till {file}, men det går inte att skriva i {folder}.</translation>
    </message>
    <message>
        <source>Correct kiosk.print_to_pdf, or the folder's owner.</source>
        <translation>Rätta kiosk.print_to_pdf eller mappens ägare.</translation>
    </message>
    <message>
        <source>The kiosk printer {name} is there.</source>
        <translation>Kioskskrivaren {name} finns.</translation>
    </message>
    <message>
        <source>There is no printer {name} (kiosk.printer); printers here: {names}.</source>
        <translation>Skrivaren {name} (kiosk.printer) finns inte; skrivare på den här datorn: {names}.</translation>
    </message>
    <message>
        <source>Connect that printer, or name one of these in kiosk.printer.</source>
        <translation>Anslut den skrivaren eller ange en av dessa i kiosk.printer.</translation>
    </message>
    <message>
        <source>Kiosk tickets go to the default printer {name}.</source>
        <translation>Kioskens kölappar skrivs ut på standardskrivaren {name}.</translation>
    </message>
    <message>
        <source>No printer: a kiosk here could not print tickets.</source>
        <translation>Ingen skrivare: en kiosk här skulle inte kunna skriva ut kölappar.</translation>
    </message>
    <message>
        <source>Only a kiosk prints: there, connect the ticket printer and make it the default or name it in kiosk.printer. A counter PC needs none.</source>
        <translation>Endast en kiosk skriver ut: anslut där kölappsskrivaren och gör den till standardskrivare eller ange den i kiosk.printer. En arbetsstation vid en disk behöver ingen skrivare.</translation>
    </message>
    <message>
        <source>Tiski can open windows here.</source>
        <translation>Tiski kan öppna fönster här.</translation>
    </message>
    <message>
        <source>Nothing to do in a remote session: the desk's own screen is what counts.</source>
        <translation>Inget att göra i en fjärrsession: det är serviceställets egen skärm som räknas.</translation>
    </message>
    <message>
        <source>Plugin processes are locked down: {protections}.</source>
        <translation>Tilläggens processer är låsta: {protections}.</translation>
    </message>
    <message>
        <source>Plugin processes run with fewer protections here: {protections}. Each plugin still runs in a process of its own without credentials, database or keyring, but with the reach of this OS account.</source>
        <translation>Tilläggens processer har färre skydd här: {protections}. Varje tillägg körs ändå i en egen process utan inloggningsuppgifter, databas eller nyckelring, men med detta OS-kontos räckvidd.</translation>
    </message>
    <message>
        <source>Use Linux 6.12 or later for every protection (docs/plugins.md).</source>
        <translation>Använd Linux 6.12 eller senare för alla skydd (docs/plugins.md).</translation>
    </message>
    <message>
        <source>The Qt libraries are a safe release.</source>
        <translation>Qt-biblioteken är en säker version.</translation>
    </message>
    <message>
        <source>PySide6 {version} on this Python crashes the console after some thousands of background jobs.</source>
        <translation>PySide6 {version} får konsolen att krascha med denna Python efter några tusen bakgrundsjobb.</translation>
    </message>
    <message>
        <source>Install the versions Tiski is tested with: pip install -c constraints.txt tiski, or use the packaged installer.</source>
        <translation>Installera de versioner som Tiski testats med: pip install -c constraints.txt tiski, eller använd det färdiga installationspaketet.</translation>
    </message>
    <message>
        <source>Broken: {names}. The desk cannot work until that is fixed.</source>
        <translation>Ur funktion: {names}. Servicestället kan inte arbeta förrän felet är åtgärdat.</translation>
    </message>
    <message>
        <source>Warnings: {count}. The desk can work; see what to do above.</source>
        <translation>Varningar: {count}. Servicestället kan arbeta; se ovan vad som ska göras.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Allt är i ordning.</translation>
    </message>
    <message>
        <source>The lobby display does not read calls out (display.voice is off).</source>
        <translation>Lobbyskärmen läser inte upp uppropen (display.voice är av).</translation>
    </message>
    <message>
        <source>A lobby display here reads calls out with {engine} ({program}).</source>
        <translation>En lobbyskärm här läser upp uppropen med {engine} ({program}).</translation>
    </message>
    <message>
        <source>No speech engine: a lobby display here would only chime, not read calls out.</source>
        <translation>Ingen talmotor: en lobbyskärm här skulle bara plinga, inte läsa upp uppropen.</translation>
    </message>
    <message>
        <source>Only the lobby display speaks: on its PC install espeak-ng (Linux) or turn on Windows' speech voices. A counter PC needs none.</source>
        <translation>Bara lobbyskärmen talar: installera espeak-ng (Linux) på dess dator eller slå på Windows talröster. En diskdator behöver ingen.</translation>
    </message>
</context>
<context>
    <name>DvvPanel</name>
    <message>
        <source>Digital and Population Data Services Agency</source>
        <translation>Myndigheten för digitalisering och befolkningsdata</translation>
    </message>
    <message>
        <source>Identify the visitor to see their address, moves and Suomi.fi mandates.</source>
        <translation>Identifiera besökaren för att se besökarens adress, flyttningar och Suomi.fi-fullmakter.</translation>
    </message>
    <message>
        <source>Not shown here</source>
        <translation>Visas inte här</translation>
    </message>
    <message>
        <source>DVV's back office sent an answer the panel does not understand.</source>
        <translation>MDB:s bakgrundssystem skickade ett svar som panelen inte förstår.</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Stadigvarande adress</translation>
    </message>
    <message>
        <source>No address in the Population Information System.</source>
        <translation>Ingen adress i befolkningsdatasystemet.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <source>Moves on {date}</source>
        <translation>Flyttar {date}</translation>
    </message>
    <message>
        <source>Moved on {date}</source>
        <translation>Flyttade {date}</translation>
    </message>
    <message>
        <source>new municipality</source>
        <translation>ny kommun</translation>
    </message>
    <message>
        <source>notified on {date}</source>
        <translation>anmäld {date}</translation>
    </message>
    <message>
        <source>No recorded moves.</source>
        <translation>Inga registrerade flyttningar.</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Flyttningar</translation>
    </message>
    <message>
        <source>Given to {party}</source>
        <translation>Har gett fullmakt till {party}</translation>
    </message>
    <message>
        <source>Held for {party}</source>
        <translation>Har fullmakt för {party}</translation>
    </message>
    <message>
        <source>valid {start}–{end}</source>
        <translation>giltig {start}–{end}</translation>
    </message>
    <message>
        <source>valid from {start}</source>
        <translation>giltig från {start}</translation>
    </message>
    <message>
        <source>No Suomi.fi mandates.</source>
        <translation>Inga Suomi.fi-fullmakter.</translation>
    </message>
    <message>
        <source>Suomi.fi</source>
        <translation>Suomi.fi</translation>
    </message>
    <message>
        <source>Give or check mandates</source>
        <translation>Ge eller kontrollera fullmakter</translation>
    </message>
    <message>
        <source>Suomi.fi mandates</source>
        <translation>Suomi.fi-fullmakter</translation>
    </message>
    <message>
        <source>address {address} from {date}</source>
        <translation>adress {address} från {date}</translation>
    </message>
    <message>
        <source>moved on {date} from {origin}</source>
        <translation>flyttade {date} från {origin}</translation>
    </message>
    <message>
        <source>DVV: {facts}</source>
        <translation>MDB: {facts}</translation>
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

Tiski carries on. If it happens again: %3 Give them the log file:
%2</source>
        <translation>Något gick fel: %1

Tiski fortsätter. Om det händer igen: %3 Ge dem loggfilen:
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
        <translation>är större än {limit}, mycket större än en sådan fil borde vara; kontrollera att det är rätt fil</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); check that it belongs to the user running Tiski</source>
        <translation>filen kan inte läsas ({reason}); kontrollera att den ägs av användaren som kör Tiski</translation>
    </message>
    <message>
        <source>is a folder, not a file; name the file itself</source>
        <translation>är en mapp, inte en fil; ange själva filen</translation>
    </message>
    <message>
        <source>is a device, a pipe or a socket, not an ordinary file; name a file</source>
        <translation>är en enhet, en rörledning eller en socket, inte en vanlig fil; ange en fil</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>is saved as UTF-16 text; save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>är sparad som UTF-16-text; spara den igen som UTF-8 (i Anteckningar: Spara som, Kodning: UTF-8)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte} at line {line}, column {column}); save it as UTF-8 or remove that character</source>
        <translation>är inte UTF-8-text (byte 0x{byte} på rad {line}, kolumn {column}); spara den som UTF-8 eller ta bort tecknet</translation>
    </message>
    <message>
        <source>has tables or lists nested inside each other too deeply to read; such a file needs only a few levels</source>
        <translation>den har tabeller eller listor kapslade för djupt i varandra för att kunna läsas; en sådan fil behöver bara några nivåer</translation>
    </message>
    <message>
        <source>line {line}: not valid TOML ({reason})</source>
        <translation>rad {line}: inte giltig TOML ({reason})</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({reason})</source>
        <translation>rad {line}: inte giltig JSON ({reason})</translation>
    </message>
    <message>
        <source>already exists; nothing was written. Choose another name</source>
        <translation>finns redan; ingenting skrevs. Välj ett annat namn</translation>
    </message>
    <message>
        <source>is a symbolic link; nothing was written, and Tiski does not write through links. Name a file in a folder of your own</source>
        <translation>är en symbolisk länk; ingenting skrevs, och Tiski skriver inte via länkar. Ange en fil i en egen mapp</translation>
    </message>
    <message>
        <source>cannot be written ({reason}); check that the folder exists and belongs to the user running Tiski</source>
        <translation>kan inte skrivas ({reason}); kontrollera att mappen finns och tillhör användaren som kör Tiski</translation>
    </message>
    <message>
        <source>belongs to another user; nothing was written. Choose another name</source>
        <translation>tillhör en annan användare; ingenting skrevs. Välj ett annat namn</translation>
    </message>
    <message>
        <source>can be read by other users of this computer, and so could what Tiski would write into it; nothing was written. Delete it first or choose another name</source>
        <translation>andra användare på den här datorn kan läsa den, och därmed det som Tiski skulle skriva i den; ingenting skrevs. Ta bort den först eller välj ett annat namn</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Give the administrator's user name.</source>
        <translation>Ange administratörens användarnamn.</translation>
    </message>
    <message>
        <source>Give the administrator's full name.</source>
        <translation>Ange administratörens fullständiga namn.</translation>
    </message>
    <message>
        <source>The database {place} has no tables yet, so no one can sign in. IT sets it up once for the whole office, with the database owner's URL:
{commands}
Then start Tiski again and sign in.</source>
        <translation>Databasen {place} har ännu inga tabeller, så ingen kan logga in. IT tar den i bruk en gång för hela kontoret, med databasägarens URL:
{commands}
Starta sedan Tiski igen och logga in.</translation>
    </message>
    <message>
        <source>The database {place} has no staff accounts yet, so no one can sign in. IT adds the desk and its people with the database owner's URL:
{commands}
Then start Tiski again and sign in.</source>
        <translation>Databasen {place} har ännu inga personalkonton, så ingen kan logga in. IT lägger till servicestället och dess personal med databasägarens URL:
{commands}
Starta sedan Tiski igen och logga in.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Tiski: first start</source>
        <translation>Tiski: första start</translation>
    </message>
    <message>
        <source>The desk is set up, but nobody can sign in to it yet. Create your own account as IT; add the other staff members later.</source>
        <translation>Servicestället är inställt, men ingen kan logga in ännu. Skapa ditt eget IT-konto; lägg till den övriga personalen senare.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Create the desk</source>
        <translation>&amp;Skapa servicestället</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Öppna demon</translation>
    </message>
    <message>
        <source>Opening the demo desk…</source>
        <translation>Öppnar demoservicestället…</translation>
    </message>
    <message>
        <source>Setting up the desk…</source>
        <translation>Tar servicestället i bruk…</translation>
    </message>
    <message>
        <source>The desk could not be set up (%1). Try again, or see the log file.</source>
        <translation>Servicestället kunde inte tas i bruk (%1). Försök igen eller se loggfilen.</translation>
    </message>
    <message>
        <source>Leave the first start? What you typed is lost and the desk stays empty; Tiski asks again at the next start.</source>
        <translation>Avbryta den första starten? Det du har skrivit går förlorat och servicestället förblir tomt; Tiski frågar igen vid nästa start.</translation>
    </message>
</context>
<context>
    <name>Floor</name>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>called</source>
        <translation>uppropad</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>betjänar</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>på paus</translation>
    </message>
    <message>
        <source>not heard from</source>
        <translation>inget livstecken</translation>
    </message>
    <message>
        <source>{service}: a visitor has waited {minutes} min, over twice the target of {target} min.</source>
        <translation>{service}: en besökare har väntat {minutes} min, över dubbla målet på {target} min.</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, and nobody signed in can serve it.</source>
        <translation>{service}: {waiting} väntar, och ingen inloggad kan betjäna den.</translation>
    </message>
    <message>
        <source>Counter {counter} has served {ticket} for {minutes} min, over {factor} times the usual {usual} min.</source>
        <translation>Servicepunkt {counter} har betjänat {ticket} i {minutes} min, över {factor} gånger de vanliga {usual} min.</translation>
    </message>
    <message>
        <source>Counter {counter}'s console is not heard from, with {ticket} at it: return the visitor to the queue if nobody is there.</source>
        <translation>Servicepunkt {counter}s konsol ger inget livstecken, med {ticket} där: för tillbaka besökaren till kön om ingen finns där.</translation>
    </message>
    <message>
        <source>{agency}'s back office does not answer at {counters} (since {time}): its panels show what they last knew. Call the agency's support.</source>
        <translation>{agency}: det bakomliggande systemet svarar inte vid {counters} (sedan {time}): dess paneler visar det de senast visste. Ring myndighetens support.</translation>
    </message>
    <message>
        <source>There is no service {code} at the desk.</source>
        <translation>Disken har ingen tjänst {code}.</translation>
    </message>
    <message>
        <source>{username} does not serve at a counter: only advisors' and specialists' skills are planned for the day.</source>
        <translation>{username} betjänar inte vid en disk: dagens kompetenser planeras bara för servicerådgivare och specialister.</translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <source>Tiski – floor</source>
        <translation>Tiski – salen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längsta väntan</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Uppskattning</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Betjänade i dag</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Waiting for a specialist</source>
        <translation>Väntar på specialist</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Closed: the kiosk issues no new tickets. Nobody to serve: nobody signed in has the skill.</source>
        <translation>Stängd: automaten ger inga nya kölappar. Ingen betjänar: ingen inloggad kan tjänsten.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>System</translation>
    </message>
    <message>
        <source>As the consoles' agency panels find it: not reachable, slow, or fine.</source>
        <translation>Som konsolernas myndighetspaneler ser det: nås inte, långsamt eller i ordning.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Kölapp</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Larm</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Close for new &amp;tickets…</source>
        <translation>Stäng för nya &amp;kölappar…</translation>
    </message>
    <message>
        <source>The kiosk stops issuing tickets for the chosen service and says so; the lobby guide still can. Those already waiting are served.</source>
        <translation>Biljettautomaten slutar ge kölappar för den valda tjänsten och säger det; lobbyguiden kan fortfarande. De som redan väntar betjänas.</translation>
    </message>
    <message>
        <source>&amp;Move a waiting visitor…</source>
        <translation>&amp;Flytta en väntande kund…</translation>
    </message>
    <message>
        <source>Move one of the chosen service's waiting visitors to another service or to one counter; they keep their place in time.</source>
        <translation>Flytta en av den valda tjänstens väntande kunder till en annan tjänst eller till en viss disk; kunden behåller sin plats i kön.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Myndigheter</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Servicepunkter</translation>
    </message>
    <message>
        <source>Return the visitor to the &amp;queue…</source>
        <translation>För tillbaka besökaren till &amp;kön…</translation>
    </message>
    <message>
        <source>For a counter whose console is not heard from: the visitor goes back to the front of their queue, at their original place in time.</source>
        <translation>För en servicepunkt vars konsol inte ger livstecken: besökaren går tillbaka först i sin kö, på sin ursprungliga plats.</translation>
    </message>
    <message>
        <source>Skills for to&amp;day…</source>
        <translation>&amp;Dagens kompetenser…</translation>
    </message>
    <message>
        <source>Let a person serve other services today, e.g. another agency's long queue; tomorrow they serve their usual skills again.</source>
        <translation>Låt en person betjäna andra tjänster i dag, t.ex. en annan myndighets långa kö; i morgon betjänar hen igen med sina vanliga kompetenser.</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Salen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>R&amp;eports…</source>
        <translation>&amp;Rapporter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>closed for tickets</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>nobody to serve</source>
        <translation>ingen betjänar</translation>
    </message>
    <message>
        <source>Target %1 min</source>
        <translation>Mål %1 min</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nås inte</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>långsamt</translation>
    </message>
    <message>
        <source>Open for new &amp;tickets</source>
        <translation>Öppna för nya &amp;kölappar</translation>
    </message>
    <message>
        <source>Close for new tickets</source>
        <translation>Stäng för nya kölappar</translation>
    </message>
    <message>
        <source>Stop issuing tickets for %1 at the kiosk? The kiosk says it takes no more tickets today; the %2 already waiting are served, and the lobby guide can still issue tickets.</source>
        <translation>Sluta ge kölappar för %1 i automaten? Automaten säger att inga fler kölappar ges i dag; de %2 som redan väntar betjänas, och lobbyguiden kan fortfarande ge kölappar.</translation>
    </message>
    <message>
        <source>%1 was moved; they keep their place.</source>
        <translation>%1 flyttades; platsen i kön behålls.</translation>
    </message>
    <message>
        <source>%1 takes no more tickets at the kiosk.</source>
        <translation>%1: automaten ger inga fler kölappar.</translation>
    </message>
    <message>
        <source>%1 takes tickets again.</source>
        <translation>%1: kölappar ges igen.</translation>
    </message>
    <message>
        <source>Return the visitor to the queue</source>
        <translation>För tillbaka besökaren till kön</translation>
    </message>
    <message>
        <source>Return %1 from counter %2 to the front of their queue? The next free counter calls them; the return is recorded in the audit trail.</source>
        <translation>För tillbaka %1 från servicepunkt %2 först i kön? Nästa lediga servicepunkt ropar upp besökaren; återföringen loggas.</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 står i kö igen.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte gjort</translation>
    </message>
    <message>
        <source>The floor could not be read; trying again shortly.</source>
        <translation>Läget i salen kunde inte läsas; försöker snart igen.</translation>
    </message>
    <message>
        <source>Nothing needs a hand right now.</source>
        <translation>Inget behöver hjälp just nu.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Larm (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · served today %2 · staff present %3</source>
        <translation>Väntar %1 · betjänade i dag %2 · personal på plats %3</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Uppdaterad %1</translation>
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
        <translation>Tiski – lobbyguide</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>Ingen kölapp har getts ännu.</translation>
    </message>
    <message>
        <source>Print &amp;slip</source>
        <translation>Skriv &amp;ut lapp</translation>
    </message>
    <message>
        <source>Print the last ticket in the visitor's language (Ctrl+P)</source>
        <translation>Skriv ut den senaste kölappen på besökarens språk (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Köer</translation>
    </message>
    <message>
        <source>&amp;Over target</source>
        <translation>Över &amp;målet</translation>
    </message>
    <message>
        <source>&amp;Appointments today</source>
        <translation>&amp;Bokningar i dag</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>Lobb&amp;yguide</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>&amp;Sök tjänst</translation>
    </message>
    <message>
        <source>&amp;Next visitor</source>
        <translation>&amp;Nästa besökare</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>The queues could not be read; trying again shortly.</source>
        <translation>Köerna kunde inte läsas; ett nytt försök görs snart.</translation>
    </message>
    <message>
        <source>&amp;Over target (%1)</source>
        <translation>Över &amp;målet (%1)</translation>
    </message>
    <message>
        <source>&amp;Appointments today (%1)</source>
        <translation>&amp;Bokningar i dag (%1)</translation>
    </message>
    <message>
        <source>next in line</source>
        <translation>näst i tur</translation>
    </message>
    <message>
        <source>wait about %1 min</source>
        <translation>väntetid cirka %1 min</translation>
    </message>
    <message>
        <source>to counter %1</source>
        <translation>till disk %1</translation>
    </message>
    <message>
        <source>to any counter</source>
        <translation>till vilken disk som helst</translation>
    </message>
    <message>
        <source>Ticket &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>Kölapp &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 issued: tell the visitor their number and wait.</source>
        <translation>Kölapp %1 har getts: berätta numret och väntetiden för besökaren.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte gjort</translation>
    </message>
    <message>
        <source>The slip was not printed. Tell the visitor their number, %1, and that it will show on the lobby screen. Check that the ticket printer is on and has paper; if it still does not print: %2</source>
        <translation>Lappen skrevs inte ut. Säg kundens nummer, %1, till kunden och att det visas på lobbyskärmen. Kontrollera att skrivaren är på och har papper; om den ändå inte skriver ut: %2</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1 utskriven.</translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <source>Hand back %1</source>
        <translation>Lämna tillbaka %1</translation>
    </message>
    <message>
        <source>Write what you found out or agreed with the visitor. The summary is saved as a note in your agency's own notes of this case, and the visit goes back to %1 at counter %2.</source>
        <translation>Skriv vad du har tagit reda på eller kommit överens om med besökaren. Sammanfattningen sparas som en anteckning bland din myndighets egna anteckningar i det här ärendet, och besöket återgår till %1 vid disk %2.</translation>
    </message>
    <message>
        <source>Summary (required)</source>
        <translation>Sammanfattning (obligatorisk)</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Lämna tillbaka</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>{entry}: {hour}:{minute} is not a time of day; write it as 08:30</source>
        <translation>{entry}: {hour}:{minute} är inte ett klockslag; skriv det som 08:30</translation>
    </message>
    <message>
        <source>{entry}: '{days}' is not a day; use mon, tue, wed, thu, fri, sat, sun, a run such as mon-fri or a list such as mon,wed</source>
        <translation>{entry}: '{days}' är inte en dag; använd mon, tue, wed, thu, fri, sat, sun, en följd som mon-fri eller en lista som mon,wed</translation>
    </message>
    <message>
        <source>{entry}: the run {days} goes backwards; write the earlier day first</source>
        <translation>{entry}: följden {days} går baklänges; skriv den tidigare dagen först</translation>
    </message>
    <message>
        <source>{entry}: write the days, a space and the hours, such as "mon-fri 08:00-16:00"</source>
        <translation>{entry}: skriv dagarna, ett mellanslag och tiderna, till exempel "mon-fri 08:00-16:00"</translation>
    </message>
    <message>
        <source>{entry}: '{hours}' is not a time range; write it as 08:00-16:00</source>
        <translation>{entry}: '{hours}' är inte ett tidsintervall; skriv det som 08:00-16:00</translation>
    </message>
    <message>
        <source>{entry}: {hours} closes before it opens; a span ends after it starts</source>
        <translation>{entry}: {hours} stänger innan det öppnar; ett intervall slutar efter att det börjar</translation>
    </message>
    <message>
        <source>{entry}: {hours} on {day} overlaps {other}; give each day's hours once</source>
        <translation>{entry}: {hours} på {day} överlappar {other}; ange varje dags tider en gång</translation>
    </message>
    <message>
        <source>the hours {hours} are longer than {limit} characters; give fewer spans</source>
        <translation>öppettiderna {hours} är längre än {limit} tecken; ange färre intervall</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The back office at %1 sent an answer that could not be read.</source>
        <translation>Bakgrundssystemet (%1) skickade ett svar som inte kunde läsas.</translation>
    </message>
    <message>
        <source>The back office at %1 did not accept the console's credentials (%2). Please tell IT.</source>
        <translation>Bakgrundssystemet (%1) godkände inte arbetsstationens inloggningsuppgifter (%2). Meddela IT-stödet.</translation>
    </message>
    <message>
        <source>The back office at %1 did not find what was asked for (404).</source>
        <translation>Bakgrundssystemet (%1) hittade inte det som efterfrågades (404).</translation>
    </message>
    <message>
        <source>The back office at %1 is busy (429). Try again in a moment.</source>
        <translation>Bakgrundssystemet (%1) är överbelastat (429). Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The back office at %1 ran into a problem (%2). Try again in a moment.</source>
        <translation>Ett fel uppstod i bakgrundssystemet (%1) (%2). Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The back office at %1 answered with an error (%2).</source>
        <translation>Bakgrundssystemet (%1) svarade med ett fel (%2).</translation>
    </message>
    <message>
        <source>The back office at %1 could not be trusted: its certificate could not be verified. Please tell IT.</source>
        <translation>Bakgrundssystemet (%1) kunde inte betros: dess certifikat kunde inte verifieras. Meddela IT-stödet.</translation>
    </message>
    <message>
        <source>The back office at %1 did not answer in time. Try again in a moment.</source>
        <translation>Bakgrundssystemet (%1) svarade inte i tid. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The back office at %1 sent an answer too large to read (over %2 MB).</source>
        <translation>Bakgrundssystemet (%1) skickade ett för stort svar för att läsas (över %2 MB).</translation>
    </message>
    <message>
        <source>The back office at %1 sent the call on to another address (%2); the console does not follow it there. Please tell IT.</source>
        <translation>Bakgrundssystemet (%1) skickade anropet vidare till en annan adress (%2); konsolen följer inte med dit. Meddela IT.</translation>
    </message>
    <message>
        <source>The back office at %1 could not be reached. Try again in a moment.</source>
        <translation>Bakgrundssystemet (%1) kunde inte nås. Försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identify the visitor</source>
        <translation>Identifiera besökaren</translation>
    </message>
    <message>
        <source>Type the identity code from the visitor's ID card. Tiski then shows only its birth date part (e.g. 131052-****); showing the full code is recorded in the audit trail.</source>
        <translation>Skriv personbeteckningen från besökarens identitetskort. Tiski visar sedan bara födelsedatumdelen (t.ex. 131052-****); om hela beteckningen visas registreras det i granskningsloggen.</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>t.ex. 131052-308T</translation>
    </message>
    <message>
        <source>Finnish identity code</source>
        <translation>Finsk personbeteckning</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>&amp;Personbeteckning:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Födelsedatum:</translation>
    </message>
    <message>
        <source>Tick when the birth date is known</source>
        <translation>Markera när födelsedatumet är känt</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Give both the name and the birth date. With an identity code the name is optional and the birth date comes from the code.</source>
        <translation>Ange både namn och födelsedatum. Med en personbeteckning är namnet frivilligt och födelsedatumet hämtas från beteckningen.</translation>
    </message>
    <message>
        <source>Visitor without a Finnish identity code</source>
        <translation>Besökare utan finsk personbeteckning</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifiera</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The identity code is empty. Type it as on the ID card, e.g. 131052-308T.</source>
        <translation>Personbeteckningen är tom. Skriv den så som den står på identitetskortet, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <source>This is not shaped like an identity code. Expected DDMMYYCZZZQ, e.g. 131052-308T: the birth date, a century sign (one of + - Y X W V U A B C D E F), three digits and a check character.</source>
        <translation>Det här har inte formen av en personbeteckning. Formen ska vara DDMMYYCZZZQ, t.ex. 131052-308T: födelsedatumet, ett sekeltecken (något av + - Y X W V U A B C D E F), tre siffror och ett kontrolltecken.</translation>
    </message>
    <message>
        <source>{date} is not a date: the first six digits of the identity code (the birth date) or its century sign are mistyped. Check them from the ID card.</source>
        <translation>{date} är inget datum: personbeteckningens sex första siffror (födelsedatumet) eller sekeltecknet är felskrivna. Kontrollera dem på identitetskortet.</translation>
    </message>
    <message>
        <source>No identity code has {serial} as its three digits after the century sign; check them from the ID card.</source>
        <translation>Ingen personbeteckning har {serial} som de tre siffrorna efter sekeltecknet; kontrollera dem på identitetskortet.</translation>
    </message>
    <message>
        <source>This is a temporary identity code (its three digits after the century sign are 900-999), and temporary codes are not accepted. Ask for the permanent identity code, or give the visitor's name and birth date instead.</source>
        <translation>Det här är en tillfällig personbeteckning (de tre siffrorna efter sekeltecknet är 900-999), och tillfälliga beteckningar godtas inte. Be om den permanenta personbeteckningen eller ange i stället besökarens namn och födelsedatum.</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the rest of the identity code. Verify the check character from the ID card; if it is right, one of the digits is mistyped.</source>
        <translation>Kontrolltecknet (det sista tecknet) stämmer inte med resten av personbeteckningen. Kontrollera kontrolltecknet på identitetskortet; om det är rätt är någon av siffrorna felskriven.</translation>
    </message>
    <message>
        <source>This is not a valid identity code.</source>
        <translation>Det här är inte en giltig personbeteckning.</translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {maximum} fit.</source>
        <translation>Namnet är {length} tecken långt; högst {maximum} ryms.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future ({date}); check the date and the century sign from the ID card.</source>
        <translation>Personbeteckningen ger ett födelsedatum i framtiden ({date}); kontrollera datumet och sekeltecknet på identitetskortet.</translation>
    </message>
    <message>
        <source>The birth date {given} does not match the identity code, which gives {date}. Check both from the ID card, or leave the birth date out.</source>
        <translation>Födelsedatumet {given} stämmer inte med personbeteckningen, som ger {date}. Kontrollera båda på identitetskortet eller utelämna födelsedatumet.</translation>
    </message>
    <message>
        <source>Give the identity code, or the name and birth date of a visitor without one.</source>
        <translation>Ange personbeteckningen, eller namn och födelsedatum för en besökare som saknar personbeteckning.</translation>
    </message>
    <message>
        <source>A visitor without an identity code needs a name as well as the birth date.</source>
        <translation>För en besökare utan personbeteckning behövs namnet utöver födelsedatumet.</translation>
    </message>
    <message>
        <source>A visitor without an identity code needs a birth date as well as the name.</source>
        <translation>För en besökare utan personbeteckning behövs födelsedatumet utöver namnet.</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>Födelsedatumet {date} ligger i framtiden.</translation>
    </message>
    <message>
        <source>The birth date {date} is before 1900; check the year.</source>
        <translation>Födelsedatumet {date} är före 1900; kontrollera året.</translation>
    </message>
    <message>
        <source>An identity key is 64 hexadecimal characters (0-9, a-f). Copy it again from a console of the same desk.</source>
        <translation>En identitetsnyckel består av 64 hexadecimala tecken (0-9, a-f). Kopiera den på nytt från en konsol vid samma serviceställe.</translation>
    </message>
    <message>
        <source>The identity key could not be backed up: the data folder {folder} already holds many backups made this second.</source>
        <translation>Identitetsnyckeln kunde inte säkerhetskopieras: datamappen {folder} innehåller redan många säkerhetskopior gjorda den här sekunden.</translation>
    </message>
    <message>
        <source>This console has no identity key. Identity codes cannot be checked against earlier visits until IT sets the desk's key: run `tiski identity set-key` on this console, or set identity.key_file in the site settings.</source>
        <translation>Den här konsolen har ingen identitetsnyckel. Personbeteckningar kan inte jämföras med tidigare besök förrän IT-stödet ställer in serviceställets nyckel: kör `tiski identity set-key` på den här konsolen eller ställ in identity.key_file i serviceställets inställningar.</translation>
    </message>
    <message>
        <source>The keyring refused the identity key ({reason}).</source>
        <translation>Nyckelringen godtog inte identitetsnyckeln ({reason}).</translation>
    </message>
    <message>
        <source>There is no keyring backend on this machine to keep the identity key in (a headless Linux has none). Put the key in a file readable only by the user running Tiski and name it in identity.key_file in the site settings instead.</source>
        <translation>Den här datorn har ingen nyckelring där identitetsnyckeln kan förvaras (ett Linux utan skrivbordsmiljö har ingen). Spara i stället nyckeln i en fil som endast kan läsas av den användare som kör Tiski och ange filen i identity.key_file i serviceställets inställningar.</translation>
    </message>
    <message>
        <source>The identity key in this computer's keyring ({service}) is damaged. Ask IT to set the desk's key again with `tiski identity set-key`.</source>
        <translation>Identitetsnyckeln i den här datorns nyckelring ({service}) är skadad. Be IT-stödet att ställa in serviceställets nyckel på nytt med `tiski identity set-key`.</translation>
    </message>
    <message>
        <source>The keyring did not answer, so this console's identity key is out of reach. Unlock the keyring (sign out and in again) and start Tiski again.</source>
        <translation>Nyckelringen svarade inte, så den här konsolens identitetsnyckel kan inte nås. Lås upp nyckelringen (logga ut och in igen) och starta Tiski på nytt.</translation>
    </message>
    <message>
        <source>The identity key file {file} cannot be written ({reason}). Check that the folder exists and belongs to the user running Tiski.</source>
        <translation>Identitetsnyckelfilen {file} kan inte skrivas ({reason}). Kontrollera att mappen finns och tillhör den användare som kör Tiski.</translation>
    </message>
    <message>
        <source>The identity key file {file} does not exist. Put the desk's identity key there (readable only by the user running Tiski), or correct identity.key_file in the site settings.</source>
        <translation>Identitetsnyckelfilen {file} finns inte. Lägg serviceställets identitetsnyckel där (läsbar endast för den användare som kör Tiski) eller rätta identity.key_file i serviceställets inställningar.</translation>
    </message>
    <message>
        <source>The identity key file {file} cannot be used ({problem}). Correct identity.key_file in the site settings.</source>
        <translation>Identitetsnyckelfilen {file} kan inte användas ({problem}). Rätta identity.key_file i platsinställningarna.</translation>
    </message>
    <message>
        <source>The identity key file {file} is open to other users of this computer, so it is not used. Make it readable by its owner only: chmod 600 {file}</source>
        <translation>Identitetsnyckelfilen {file} är öppen för andra användare av den här datorn, så den används inte. Gör den läsbar endast för ägaren: chmod 600 {file}</translation>
    </message>
    <message>
        <source>The identity key file {file} does not hold an identity key: it should hold 64 hexadecimal characters (32 bytes), such as `openssl rand -hex 32` makes.</source>
        <translation>Identitetsnyckelfilen {file} innehåller ingen identitetsnyckel: den ska innehålla 64 hexadecimala tecken (32 byte), så som `openssl rand -hex 32` skapar.</translation>
    </message>
</context>
<context>
    <name>InboxZone</name>
    <message>
        <source>Consultation requests</source>
        <translation>Konsultationsbegäranden</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <source>What advisors see before they ask your agency</source>
        <translation>Vad rådgivarna ser innan de vänder sig till din myndighet</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Jag är:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Kölapp</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No requests waiting for your agency.</source>
        <translation>Inga begäranden väntar på din myndighet.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Ta emot</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Avböj…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>Join video</source>
        <translation>Anslut till video</translation>
    </message>
    <message>
        <source>Hand back…</source>
        <translation>Lämna tillbaka…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ta över besöket</translation>
    </message>
    <message>
        <source>Consultation requests for %1</source>
        <translation>Konsultationsbegäranden till %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>joined by you</source>
        <translation>du har anslutit</translation>
    </message>
    <message>
        <source>waiting, %1 declined</source>
        <translation>väntar, %1 har avböjt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>New consultation request: ticket %1</source>
        <translation>Ny konsultationsbegäran: kölapp %1</translation>
    </message>
    <message>
        <source>You joined ticket %1.</source>
        <translation>Du anslöt till besöket med kölapp %1.</translation>
    </message>
    <message>
        <source>Visit handed back with your summary.</source>
        <translation>Besöket har lämnats tillbaka med din sammanfattning.</translation>
    </message>
    <message>
        <source>Take the visit over</source>
        <translation>Ta över besöket</translation>
    </message>
    <message>
        <source>Serve ticket %1 from your remote counter? It leaves the advisor's counter, and the lobby display shows it as remote service.</source>
        <translation>Vill du betjäna kölapp %1 från din distansdisk? Den lämnar rådgivarens disk, och skärmen i lobbyn visar den som betjäning på distans.</translation>
    </message>
    <message>
        <source>Ticket %1 is now at your counter.</source>
        <translation>Kölapp %1 finns nu vid din disk.</translation>
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
        <source>Visitor's &amp;language:</source>
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
    <name>IssuePanel</name>
    <message>
        <source>A few letters of a service or life event, in Finnish, Swedish or English</source>
        <translation>Några bokstäver av en tjänst eller livssituation, på finska, svenska eller engelska</translation>
    </message>
    <message>
        <source>Find a service or life event</source>
        <translation>Sök en tjänst eller livssituation</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Services and life events found</source>
        <translation>Hittade tjänster och livssituationer</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add the service, or take the life event's services</source>
        <translation>Lägg till tjänsten eller ta livssituationens tjänster</translation>
    </message>
    <message>
        <source>Services of the ticket, in order</source>
        <translation>Kölappens tjänster i ordning</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>optional; shown to the counter only</source>
        <translation>frivilligt; syns bara vid disken</translation>
    </message>
    <message>
        <source>Hand the visitor to one counter: only it calls them for the first service.</source>
        <translation>Hänvisa besökaren till en disk: bara den ropar upp hen till den första tjänsten.</translation>
    </message>
    <message>
        <source>Visitor's &amp;language:</source>
        <translation>Besökarens spr&amp;åk:</translation>
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
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>&amp;Issue ticket</source>
        <translation>&amp;Ge kölapp</translation>
    </message>
    <message>
        <source>Issue the ticket (Ctrl+Enter)</source>
        <translation>Ge kölappen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>any counter that serves it</source>
        <translation>vilken disk som helst som betjänar</translation>
    </message>
    <message>
        <source>Life event: %1 (%2)</source>
        <translation>Livssituation: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 väntar</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>cirka %1 min</translation>
    </message>
    <message>
        <source>closed at the kiosk</source>
        <translation>stängd i automaten</translation>
    </message>
    <message>
        <source>The ticket, for the life event %1:</source>
        <translation>Kölappen, för livssituationen %1:</translation>
    </message>
    <message>
        <source>The ticket, services in this order:</source>
        <translation>Kölappen, tjänsterna i denna ordning:</translation>
    </message>
    <message>
        <source>The ticket: nothing yet. Find a service above and press Enter.</source>
        <translation>Kölappen: inget ännu. Sök en tjänst ovan och tryck på Enter.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the file for unsaved notes {path} ({reason}). Free disk space or check the folder's permissions, then restart Tiski; until then, notes are kept only in this window.</source>
        <translation>Filen för osparade anteckningar {path} kan inte öppnas ({reason}). Frigör diskutrymme eller kontrollera mappens behörigheter och starta sedan om Tiski; till dess finns anteckningarna bara i det här fönstret.</translation>
    </message>
    <message>
        <source>Cannot write unsaved notes to {path} ({reason}). Free disk space or check the folder's permissions; until then, notes are kept only in this window.</source>
        <translation>Osparade anteckningar kan inte skrivas till {path} ({reason}). Frigör diskutrymme eller kontrollera mappens behörigheter; till dess finns anteckningarna bara i det här fönstret.</translation>
    </message>
    <message>
        <source>Cannot read unsaved notes from {path} ({reason}). Check the file's permissions, or move it away and restart Tiski to start with an empty one.</source>
        <translation>Osparade anteckningar kan inte läsas från {path} ({reason}). Kontrollera filens behörigheter, eller flytta bort den och starta om Tiski för att börja med en tom fil.</translation>
    </message>
    <message>
        <source>The file for unsaved notes {path} was written by a newer Tiski (journal version {reason}). Use that Tiski to send its notes, or move the file away to start afresh.</source>
        <translation>Filen för osparade anteckningar {path} har skrivits av en nyare version av Tiski (journalversion {reason}). Använd den versionen av Tiski för att skicka anteckningarna, eller flytta bort filen för att börja om från början.</translation>
    </message>
</context>
<context>
    <name>KelaPanel</name>
    <message>
        <source>Kela</source>
        <translation>FPA</translation>
    </message>
    <message>
        <source>Identify the visitor to see their Kela applications.</source>
        <translation>Identifiera besökaren för att se besökarens ansökningar hos FPA.</translation>
    </message>
    <message>
        <source>Kela's back office sent an answer the panel does not understand.</source>
        <translation>FPA:s bakgrundssystem skickade ett svar som panelen inte förstår.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Beslut väntas</translation>
    </message>
    <message>
        <source>Missing attachments</source>
        <translation>Bilagor som saknas</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <source>No applications in Kela's system.</source>
        <translation>Inga ansökningar i FPA:s system.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Förmån</translation>
    </message>
    <message>
        <source>Kela: {benefit}, {state}</source>
        <translation>FPA: {benefit}, {state}</translation>
    </message>
    <message>
        <source>missing: {attachments}</source>
        <translation>saknas: {attachments}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Monday</source>
        <translation>på måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>på tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>på onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>på torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>på fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>på lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>på söndag</translation>
    </message>
    <message>
        <source>No more tickets today. Please ask the lobby guide.</source>
        <translation>Inga fler kölappar i dag. Fråga lobbyguiden.</translation>
    </message>
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
        <source>Closed now</source>
        <translation>Stängt nu</translation>
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
        <source>Closed now. Opens today at {time}.</source>
        <translation>Stängt nu. Öppnar i dag kl. {time}.</translation>
    </message>
    <message>
        <source>Closed now. Opens tomorrow at {time}.</source>
        <translation>Stängt nu. Öppnar i morgon kl. {time}.</translation>
    </message>
    <message>
        <source>Closed now. Opens on {day} at {time}.</source>
        <translation>Stängt nu. Öppnar {day} kl. {time}.</translation>
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
        <source>closed now</source>
        <translation>stängt nu</translation>
    </message>
    <message>
        <source>Thank you for your answer!</source>
        <translation>Tack för ditt svar!</translation>
    </message>
    <message>
        <source>Your answer could not be saved just now. Please try later.</source>
        <translation>Ditt svar kunde inte sparas just nu. Försök igen senare.</translation>
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
    <message>
        <source>Poorly</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Sådär</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <source>The waiting time</source>
        <translation>Väntetiden</translation>
    </message>
    <message>
        <source>The service I got</source>
        <translation>Betjäningen jag fick</translation>
    </message>
    <message>
        <source>Finding my way and information</source>
        <translation>Vägvisning och information</translation>
    </message>
    <message>
        <source>The premises</source>
        <translation>Lokalerna</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Hur lyckades vi?</translation>
    </message>
    <message>
        <source>Your answer is anonymous. Touch the face that fits.</source>
        <translation>Ditt svar är anonymt. Rör vid det ansikte som passar.</translation>
    </message>
    <message>
        <source>What is it mostly about? (You may skip this.)</source>
        <translation>Vad gäller det mest? (Du kan hoppa över detta.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Your ticket number (optional)</source>
        <translation>Ditt könummer (frivilligt)</translation>
    </message>
    <message>
        <source>It tells us which services your answer is about. The number itself is not kept.</source>
        <translation>Det berättar vilka tjänster ditt svar gäller. Själva numret sparas inte.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Buttons lower</source>
        <translation>Knapparna längre ner</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Vald</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Inte vald</translation>
    </message>
    <message>
        <source>Your number is {number}.</source>
        <translation>Ditt nummer är {number}.</translation>
    </message>
    <message>
        <source>Estimated wait about one minute.</source>
        <translation>Beräknad väntetid cirka en minut.</translation>
    </message>
    <message>
        <source>Estimated wait about {minutes} minutes.</source>
        <translation>Beräknad väntetid cirka {minutes} minuter.</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Kod: {code}</translation>
    </message>
    <message>
        <source>No code typed</source>
        <translation>Ingen kod inskriven</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>The kiosk starts over in {seconds} s.</source>
        <translation>Biljettautomaten börjar om om {seconds} s.</translation>
    </message>
    <message>
        <source>The kiosk starts over in {seconds} seconds.</source>
        <translation>Biljettautomaten börjar om om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mer tid</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Keys for staff</source>
        <translation>Tangenter för personalen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q – Close the kiosk</source>
        <translation>Ctrl+Shift+Q – Stäng biljettautomaten</translation>
    </message>
    <message>
        <source>F1 – Show or hide this card</source>
        <translation>F1 – Visa eller dölj det här kortet</translation>
    </message>
    <message>
        <source>Keys for visitors (keyboard or tactile keypad)</source>
        <translation>Tangenter för besökare (tangentbord eller taktil knappsats)</translation>
    </message>
    <message>
        <source>Arrows, Tab and Shift+Tab – Move between the choices</source>
        <translation>Pilar, Tab och Shift+Tab – Flytta mellan valen</translation>
    </message>
    <message>
        <source>Enter or Space – Choose; Esc – Back</source>
        <translation>Enter eller mellanslag – Välj; Esc – Tillbaka</translation>
    </message>
    <message>
        <source>* or F12 – Read aloud on or off</source>
        <translation>* eller F12 – Uppläsning på eller av</translation>
    </message>
    <message>
        <source>+ or F10 – Larger text; # or F11 – High contrast</source>
        <translation>+ eller F10 – Större text; # eller F11 – Hög kontrast</translation>
    </message>
    <message>
        <source>F9 – Buttons lower, for a seated visitor</source>
        <translation>F9 – Knapparna längre ner, för en sittande besökare</translation>
    </message>
    <message>
        <source>While reading aloud: / or F7 – Say it again; F8 or Volume up – Louder; - or Volume down – Softer</source>
        <translation>Under uppläsning: / eller F7 – Säg det igen; F8 eller volym upp – Högre; - eller volym ner – Lägre</translation>
    </message>
    <message>
        <source>What the kiosk does by itself</source>
        <translation>Vad automaten gör själv</translation>
    </message>
    <message>
        <source>After %1 seconds without a touch it goes back to its first page, and a printed ticket's page does so on its own. Services that are closed or take no more tickets today are not offered. When the database cannot be reached, the kiosk says so and tries again.</source>
        <translation>Efter %1 sekunder utan beröring går automaten tillbaka till sin första sida, och sidan för en utskriven kölapp gör det av sig själv. Tjänster som är stängda eller inte tar fler kölappar i dag erbjuds inte. När databasen inte kan nås säger automaten det och försöker igen.</translation>
    </message>
    <message>
        <source>Before it starts over it asks the visitor for %1 seconds whether they need more time. Read aloud, larger text and the other modes of the bar are turned off for the next visitor.</source>
        <translation>Innan biljettautomaten börjar om frågar den besökaren i %1 sekunder om hen behöver mer tid. Uppläsning, större text och fältets andra lägen stängs av inför nästa besökare.</translation>
    </message>
    <message>
        <source>When a ticket does not print</source>
        <translation>När en kölapp inte skrivs ut</translation>
    </message>
    <message>
        <source>The kiosk shows the visitor their number instead. Check that the printer is on and has paper. If it still does not print: %1</source>
        <translation>Automaten visar i stället kunden numret. Kontrollera att skrivaren är på och har papper. Om den ändå inte skriver ut: %1</translation>
    </message>
    <message>
        <source>Help – the kiosk</source>
        <translation>Hjälp – biljettautomaten</translation>
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
    <name>LeaveCounterDialog</name>
    <message>
        <source>Visitors at your counter</source>
        <translation>Kunder vid din disk</translation>
    </message>
    <message>
        <source>You are quitting with a visitor at your counter: %1. What happens to the visit?</source>
        <translation>Du håller på att avsluta med en kund vid din disk: %1. Vad händer med besöket?</translation>
    </message>
    <message>
        <source>Done: this service ends and the visit's next service waits for its turn.
Back to the queue: the visitor goes first in line again, at their original place in time.
Keep for me: the visitor stays yours, set aside, until you sign in again.</source>
        <translation>Klar: den här tjänsten avslutas och besökets nästa tjänst väntar på sin tur.
Tillbaka till kön: kunden går först i kön igen, på sin ursprungliga plats.
Behåll åt mig: kunden förblir din, åsidosatt, tills du loggar in igen.</translation>
    </message>
    <message>
        <source>Your unsaved note stays on this PC as a draft: Tiski offers it again the next time you sign in here.</source>
        <translation>Din osparade anteckning finns kvar på den här datorn som utkast: Tiski erbjuder den igen nästa gång du loggar in här.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Tillbaka till kön</translation>
    </message>
    <message>
        <source>Keep for me</source>
        <translation>Behåll åt mig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parkerad</translation>
    </message>
</context>
<context>
    <name>LifeEventForm</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>Tjänster i ordning</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Takes it off the desk when you apply; its history is kept and it can be brought back under the same code</source>
        <translation>Tar bort den från servicestället när du tillämpar; dess historik sparas och den kan tas i bruk igen med samma kod</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Tiski is locked</source>
        <translation>Tiski är låst</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Byt användare…</translation>
    </message>
    <message>
        <source>Type your password to go on working:</source>
        <translation>Skriv ditt lösenord för att fortsätta arbeta:</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Inloggad: %1 (%2)</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Disk: %1</translation>
    </message>
</context>
<context>
    <name>MoveWaitingDialog</name>
    <message>
        <source>Move a waiting visitor</source>
        <translation>Flytta en väntande kund</translation>
    </message>
    <message>
        <source>Waiting for %1. The visitor keeps their place in time.</source>
        <translation>Väntar på %1. Kunden behåller sin plats i kön.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Könummer</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation>Väntande kunder</translation>
    </message>
    <message>
        <source>To &amp;service:</source>
        <translation>Till &amp;tjänst:</translation>
    </message>
    <message>
        <source>To &amp;counter:</source>
        <translation>Till &amp;disk:</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Läser kön…</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <source>(the same service)</source>
        <translation>(samma tjänst)</translation>
    </message>
    <message>
        <source>(any counter)</source>
        <translation>(vilken disk som helst)</translation>
    </message>
    <message>
        <source>Choose the visitor, then where they wait.</source>
        <translation>Välj kunden och sedan var kunden väntar.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this service any more.</source>
        <translation>Ingen väntar längre på den här tjänsten.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Inte gjort: %1</translation>
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
        <translation>Flyttar %1…</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttad</translation>
    </message>
</context>
<context>
    <name>NoShowQuestion</name>
    <message>
        <source>The ticket is closed.</source>
        <translation>Kölappen stängs.</translation>
    </message>
    <message>
        <source>Their next service, %1, is back in the queue at the visitor's original place.</source>
        <translation>Kundens nästa tjänst, %1, är tillbaka i kön på kundens ursprungliga plats.</translation>
    </message>
    <message>
        <source>Their other services (%1) are back in the queue, one after another, at the visitor's original place.</source>
        <translation>Kundens övriga tjänster (%1) är tillbaka i kön, en i taget, på kundens ursprungliga plats.</translation>
    </message>
    <message>
        <source>%1 marked as a no-show.</source>
        <translation>%1 markerad som uteblivet besök.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Mark %1 as a no-show?</source>
        <translation>Markera %1 som uteblivet besök?</translation>
    </message>
    <message>
        <source>It is the visit's only open service: the ticket is closed.</source>
        <translation>Det är besökets enda öppna tjänst: kölappen stängs.</translation>
    </message>
    <message>
        <source>Their next service, %1, goes back to the queue at the visitor's original place.</source>
        <translation>Kundens nästa tjänst, %1, går tillbaka till kön på kundens ursprungliga plats.</translation>
    </message>
    <message>
        <source>Their other services (%1) go back to the queue, one after another, at the visitor's original place.</source>
        <translation>Kundens övriga tjänster (%1) går tillbaka till kön, en i taget, på kundens ursprungliga plats.</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Markera som uteblivet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OverTargetPage</name>
    <message>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Over target</source>
        <translation>Över målet</translation>
    </message>
    <message>
        <source>Nobody has waited past their service's target.</source>
        <translation>Ingen har väntat längre än tjänstens mål.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock är på.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>issuing tickets</source>
        <translation>att ge ut kölappar</translation>
    </message>
    <message>
        <source>checking in appointments</source>
        <translation>att anmäla ankomst till tidsbokningar</translation>
    </message>
    <message>
        <source>reading the lobby display's queues</source>
        <translation>att läsa lobbyskärmens köer</translation>
    </message>
    <message>
        <source>reading the queue with visitors' names and appointments</source>
        <translation>att läsa kön med kundernas namn och tidsbokningar</translation>
    </message>
    <message>
        <source>changing waiting tickets and appointments (add a service, transfer, cancel, book)</source>
        <translation>att ändra väntande kölappar och tidsbokningar (lägga till tjänst, överföra, avboka, boka)</translation>
    </message>
    <message>
        <source>working at a counter</source>
        <translation>att arbeta vid en disk</translation>
    </message>
    <message>
        <source>serving visitors (call next, recall, finish, transfer)</source>
        <translation>att betjäna kunder (kalla nästa, kalla igen, klar, överför)</translation>
    </message>
    <message>
        <source>listing and releasing stranded visitors</source>
        <translation>att lista och släppa kunder som blivit kvar</translation>
    </message>
    <message>
        <source>identifying visitors</source>
        <translation>att identifiera kunder</translation>
    </message>
    <message>
        <source>reading visitors' cases</source>
        <translation>att läsa kundernas ärenden</translation>
    </message>
    <message>
        <source>writing case notes</source>
        <translation>att skriva anteckningar</translation>
    </message>
    <message>
        <source>recording a visitor's consent</source>
        <translation>att registrera en kunds samtycke</translation>
    </message>
    <message>
        <source>searching case notes</source>
        <translation>att söka i anteckningar</translation>
    </message>
    <message>
        <source>asking a specialist to join a visit</source>
        <translation>att be en specialist delta i ett besök</translation>
    </message>
    <message>
        <source>answering an agency's consultation requests</source>
        <translation>att svara på en myndighets konsultationsbegäranden</translation>
    </message>
    <message>
        <source>reading a case's audit trail</source>
        <translation>att läsa ett ärendes granskningslogg</translation>
    </message>
    <message>
        <source>exporting audit trails</source>
        <translation>att exportera granskningsloggar</translation>
    </message>
    <message>
        <source>exporting a visitor's data for their access request</source>
        <translation>att exportera en kunds uppgifter för en begäran om registerutdrag</translation>
    </message>
    <message>
        <source>putting cases under legal hold</source>
        <translation>att belägga ärenden med rättsligt bevarande</translation>
    </message>
    <message>
        <source>deleting cases under the retention rules</source>
        <translation>att radera ärenden enligt gallringsreglerna</translation>
    </message>
    <message>
        <source>reading the desk's reports and the cost-sharing report</source>
        <translation>att läsa diskens rapporter och kostnadsfördelningsrapporten</translation>
    </message>
    <message>
        <source>watching the whole floor (every counter, who is at it, the alerts), closing a service for new tickets and planning staff's skills for the day</source>
        <translation>att följa hela salen (varje disk, vem som är där, larmen), att stänga en tjänst för nya kölappar och att planera personalens kompetenser för dagen</translation>
    </message>
    <message>
        <source>managing staff accounts</source>
        <translation>att hantera personalens användarkonton</translation>
    </message>
    <message>
        <source>managing services, counters and opening hours</source>
        <translation>att hantera tjänster, diskar och öppettider</translation>
    </message>
    <message>
        <source>setting the desk's identity key</source>
        <translation>att ställa in servicepunktens identitetsnyckel</translation>
    </message>
    <message>
        <source>managing agency plugins' credentials</source>
        <translation>att hantera myndighetstilläggens inloggningsuppgifter</translation>
    </message>
    <message>
        <source>writing the demo desk into a database in use</source>
        <translation>att skriva demodesken i en databas som används</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow {doing}.</source>
        <translation>Din roll ({role}) tillåter inte {doing}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Tillämpa</translation>
    </message>
    <message>
        <source>The desk refused to apply it and nothing was changed: see why above.</source>
        <translation>Servicestället nekade tillämpningen och ingenting ändrades: se orsaken ovan.</translation>
    </message>
    <message>
        <source>Change what is refused in the window, then review again.</source>
        <translation>Ändra det som nekades i fönstret och granska sedan på nytt.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Tillämpar…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Desk &amp;file:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>The file's details</source>
        <translation>Filens uppgifter</translation>
    </message>
    <message>
        <source>Staff members are not in the template: you add yourself on the next page, and the others later in the admin window or with tiski staff add.</source>
        <translation>Mallen innehåller ingen personal: du lägger till dig själv på nästa sida och de andra senare i administrationsfönstret eller med tiski staff add.</translation>
    </message>
    <message>
        <source>Import a desk file</source>
        <translation>Importera en fil för servicestället</translation>
    </message>
    <message>
        <source>Choose the file; Tiski checks it and shows what it would set up.</source>
        <translation>Välj filen; Tiski kontrollerar den och visar vad den skulle ta i bruk.</translation>
    </message>
    <message>
        <source>Choose the desk file to import.</source>
        <translation>Välj filen för servicestället som ska importeras.</translation>
    </message>
    <message>
        <source>The small office's template</source>
        <translation>Mallen för ett litet kontor</translation>
    </message>
    <message>
        <source>This is what the template sets up. You can change all of it later in the admin window, or with tiski desk export and tiski desk apply.</source>
        <translation>Det här tar mallen i bruk. Du kan ändra allt senare i administrationsfönstret eller med tiski desk export och tiski desk apply.</translation>
    </message>
    <message>
        <source>Desk files (*.toml);;All files (*)</source>
        <translation>Filer för serviceställen (*.toml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>What stops the file from being applied:</source>
        <translation>Det här hindrar att filen tas i bruk:</translation>
    </message>
    <message>
        <source>The file cannot be applied as it is; correct what is marked with !.</source>
        <translation>Filen kan inte tas i bruk som den är; rätta det som är märkt med !.</translation>
    </message>
    <message>
        <source>What applying the file sets up:</source>
        <translation>Filen tar i bruk det här:</translation>
    </message>
    <message>
        <source>Nothing is written before you finish on the last page.</source>
        <translation>Ingenting sparas innan du slutför på sista sidan.</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Filen kunde inte läsas (%1).</translation>
    </message>
    <message>
        <source>Problems in the file:</source>
        <translation>Fel i filen:</translation>
    </message>
    <message>
        <source>The file has problems, so nothing was applied. Correct them and choose the file again.</source>
        <translation>Filen har fel, så ingenting togs i bruk. Rätta dem och välj filen igen.</translation>
    </message>
</context>
<context>
    <name>PluginCommands</name>
    <message>
        <source>ready</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>off by IT</source>
        <translation>avstängt av IT</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ogiltigt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisat</translation>
    </message>
    <message>
        <source>No plugins found.</source>
        <translation>Inga tillägg hittades.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>KÄLLA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>MYNDIGHET</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
    <message>
        <source>{trust}; in plugins.allow: {pin}</source>
        <translation>{trust}; i plugins.allow: {pin}</translation>
    </message>
    <message>
        <source>{id} is the id of a plugin bundled with the console; a site plugin may not take it. Nothing was recorded.</source>
        <translation>{id} är id för ett tillägg som medföljer Tiski; ett tillägg från serviceställets mapp får inte använda det. Ingenting antecknades.</translation>
    </message>
    <message>
        <source>Trusted: the plugin {id} {version} in {folder} (SHA-256 {sha256}), recorded in the site settings file {file}. If its files change it is refused until trusted again.</source>
        <translation>Godkänt: tillägget {id} {version} i {folder} (SHA-256 {sha256}), antecknat i serviceställets inställningsfil {file}. Om dess filer ändras avvisas det tills det godkänns på nytt.</translation>
    </message>
    <message>
        <source>The site setting plugins.folders does not name {folder} or a folder above it yet.</source>
        <translation>Serviceställets inställning plugins.folders innehåller ännu inte {folder} eller en mapp ovanför den.</translation>
    </message>
    <message>
        <source>To load it, IT also adds site:{id} to the site setting plugins.allow.</source>
        <translation>För att tillägget ska laddas lägger IT-stödet också till site:{id} i serviceställets inställning plugins.allow.</translation>
    </message>
    <message>
        <source>The site settings file {file} trusts no plugin {id}.</source>
        <translation>Serviceställets inställningsfil {file} godkänner inget tillägg {id}.</translation>
    </message>
    <message>
        <source>The plugin {id} is no longer trusted: its record is gone from {file}; it does not load from its site folder any more.</source>
        <translation>Tillägget {id} är inte längre godkänt: dess post har tagits bort ur {file}, och det laddas inte längre från serviceställets mapp.</translation>
    </message>
    <message>
        <source>The plugin {id} is not valid: {reason}</source>
        <translation>Tillägget {id} är inte giltigt: {reason}</translation>
    </message>
    <message>
        <source>No plugin {id} was found. Plugins found: {known}.</source>
        <translation>Tillägget {id} hittades inte. Hittade tillägg: {known}.</translation>
    </message>
    <message>
        <source>{name} for the plugin {id}: </source>
        <translation>{name} för tillägget {id}: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>En gång till: </translation>
    </message>
    <message>
        <source>The two differ; nothing was stored. Try again.</source>
        <translation>De två skiljer sig åt; ingenting sparades. Försök igen.</translation>
    </message>
    <message>
        <source>Credential {name} of the plugin {id} stored in the keyring (service {service}).</source>
        <translation>Inloggningsuppgiften {name} för tillägget {id} har sparats i nyckelringen (keyring, tjänst {service}).</translation>
    </message>
    <message>
        <source>Plugin skeleton {id} written to {folder}:</source>
        <translation>Stommen för tillägget {id} har skrivits i {folder}:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nästa steg:</translation>
    </message>
    <message>
        <source>In the site settings, add {folder} to plugins.folders and site:{id} to plugins.allow (docs/plugins.md, "Writing a plugin"); then IT trusts the folder as it is:</source>
        <translation>Lägg i serviceställets inställningar till {folder} i plugins.folders och site:{id} i plugins.allow (docs/plugins.md, "Writing a plugin"). Sedan godkänner IT-stödet mappen som den är:</translation>
    </message>
    <message>
        <source>{name!r} cannot be a plugin id: use 2 to 40 lower-case letters, digits and '-', starting with a letter (for example demo-panel). Nothing was written.</source>
        <translation>{name!r} kan inte vara ett tilläggs-id: använd 2–40 gemener, siffror och '-' och börja med en bokstav (till exempel demo-panel). Ingenting skrevs.</translation>
    </message>
    <message>
        <source>{agency!r} is not an agency code: use up to 40 lower-case letters, digits and '-' (for example pori or kela). Nothing was written.</source>
        <translation>{agency!r} är inte en myndighetskod: använd högst 40 gemener, siffror och '-' (till exempel pori eller kela). Ingenting skrevs.</translation>
    </message>
    <message>
        <source>{folder} already exists; nothing was written. Choose another name or --into.</source>
        <translation>{folder} finns redan; ingenting skrevs. Välj ett annat namn eller en annan mapp med --into.</translation>
    </message>
    <message>
        <source>{folder} could not be written ({reason}); nothing was left.</source>
        <translation>{folder} kunde inte skrivas ({reason}); ingenting lämnades kvar.</translation>
    </message>
</context>
<context>
    <name>PluginHost</name>
    <message>
        <source>{name} is not a credential name.</source>
        <translation>{name} är inte namnet på en inloggningsuppgift.</translation>
    </message>
    <message>
        <source>The plugin {id} declares no credential {name}; its credentials are: {declared}.</source>
        <translation>Tillägget {id} deklarerar ingen inloggningsuppgift {name}; dess inloggningsuppgifter är: {declared}.</translation>
    </message>
    <message>
        <source>An empty credential was not stored.</source>
        <translation>En tom inloggningsuppgift sparades inte.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the credential in (a headless Linux has none); the plugin {id} cannot use {name} here.</source>
        <translation>Den här datorn har ingen nyckelring (keyring) där inloggningsuppgiften kan förvaras (ett Linux utan skrivbordsmiljö har ingen); tillägget {id} kan inte använda {name} här.</translation>
    </message>
    <message>
        <source>The keyring refused the credential ({reason}).</source>
        <translation>Nyckelringen (keyring) godtog inte inloggningsuppgiften ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} in the site setting plugins.folders does not exist.</source>
        <translation>Mappen {folder} i serviceställets inställning plugins.folders finns inte.</translation>
    </message>
    <message>
        <source>Switched off by IT: the site setting plugins.deny lists {id}.</source>
        <translation>Avstängt av IT-stödet: serviceställets inställning plugins.deny innehåller {id}.</translation>
    </message>
    <message>
        <source>Not allowed by IT: with the site setting plugins.allow empty only the bundled plugins load; IT adds {pin} to plugins.allow to use it.</source>
        <translation>Inte tillåtet av IT-stödet: när serviceställets inställning plugins.allow är tom laddas endast de medföljande tilläggen; IT-stödet lägger till {pin} i plugins.allow för att tillägget ska kunna användas.</translation>
    </message>
    <message>
        <source>Not allowed by IT: an installed plugin is allowed by its distribution too; the site setting plugins.allow lists {id} but not {pin}.</source>
        <translation>Inte tillåtet av IT-stödet: ett installerat tillägg tillåts också med sitt distributionspaket; serviceställets inställning plugins.allow innehåller {id} men inte {pin}.</translation>
    </message>
    <message>
        <source>Not allowed by IT: the site setting plugins.allow does not list {pin}.</source>
        <translation>Inte tillåtet av IT-stödet: serviceställets inställning plugins.allow innehåller inte {pin}.</translation>
    </message>
    <message>
        <source>Not loaded: {id} is an API 1 plugin, which runs inside the console's own process with everything the console can reach. It loads only when IT lists it in the site setting plugins.trusted_widgets; otherwise its author makes an API 2 version, which runs in a process of its own.</source>
        <translation>Laddades inte: {id} är ett API 1-tillägg, som körs i konsolens egen process och når allt som konsolen når. Det laddas endast om IT-stödet har lagt till det i serviceställets inställning plugins.trusted_widgets; annars gör dess upphovsperson en API 2-version, som körs i en egen process.</translation>
    </message>
    <message>
        <source>ships with Tiski</source>
        <translation>medföljer Tiski</translation>
    </message>
    <message>
        <source>the distribution {distribution}</source>
        <translation>distributionspaketet {distribution}</translation>
    </message>
    <message>
        <source>folder hash {short}… as IT recorded</source>
        <translation>mappens hash {short}… enligt IT-stödets post</translation>
    </message>
    <message>
        <source>folder not as IT trusted it</source>
        <translation>mappen är inte som när IT-stödet godkände den</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>inte kontrollerat</translation>
    </message>
    <message>
        <source>The installed entry point {entry} (group tiski.plugins) does not give a plugin folder: {reason}</source>
        <translation>Den installerade ingångspunkten {entry} (gruppen tiski.plugins) anger ingen tilläggsmapp: {reason}</translation>
    </message>
    <message>
        <source>Refused: {id} is the id of a plugin bundled with the console ({path}); no installed or site plugin may take it, so it never receives the bundled plugin's credentials. Its author gives it an id of its own.</source>
        <translation>Avvisat: {id} är id för ett tillägg som medföljer Tiski ({path}). Inget installerat tillägg och inget tillägg från serviceställets mapp får använda det, så det får aldrig det medföljande tilläggets inloggningsuppgifter. Upphovspersonen ger tillägget ett eget id.</translation>
    </message>
    <message>
        <source>Ignored: the plugin {id} was already found in {path} ({source}).</source>
        <translation>Ignorerat: tillägget {id} hittades redan i {path} ({source}).</translation>
    </message>
    <message>
        <source>the plugin {id} has no folder to load it from</source>
        <translation>tillägget {id} har ingen mapp att laddas från</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: {entry}.{method} does not take the arguments the console passes ({arguments}).</source>
        <translation>Tillägget {id} kunde inte laddas: {entry}.{method} tar inte emot de argument som konsolen ger ({arguments}).</translation>
    </message>
    <message>
        <source>The plugin {id} was not loaded: the files in its folder changed since the console checked them against IT's record.</source>
        <translation>Tillägget {id} laddades inte: filerna i dess mapp har ändrats sedan konsolen kontrollerade dem mot IT-stödets post.</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: {reason}</source>
        <translation>Tillägget {id} kunde inte laddas: {reason}</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: its class {entry} has no describe method (plugin API 2's DescribingPlugin protocol).</source>
        <translation>Tillägget {id} kunde inte laddas: dess klass {entry} har ingen describe-metod (protokollet DescribingPlugin i tilläggs-API 2).</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: its class {entry} has no create_panel method (the plugin API's Plugin protocol).</source>
        <translation>Tillägget {id} kunde inte laddas: dess klass {entry} har ingen create_panel-metod (protokollet Plugin i tilläggs-API:t).</translation>
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
        <translation>måste vara en tabell, inte {value}</translation>
    </message>
    <message>
        <source>is not a known key (known: {known})</source>
        <translation>är inte en känd nyckel (kända: {known})</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be a non-empty string, not {value}</source>
        <translation>måste vara en sträng som inte är tom, inte {value}</translation>
    </message>
    <message>
        <source>must be a list of strings, not {value}</source>
        <translation>måste vara en lista med strängar, inte {value}</translation>
    </message>
    <message>
        <source>{value} is not a visitor field (known: {known})</source>
        <translation>{value} är inte ett besökarfält (kända: {known})</translation>
    </message>
    <message>
        <source>{value} is not a host name; give the name alone, such as asiointi.kela.fi, without https://, port or path</source>
        <translation>{value} är inte ett värdnamn; ange enbart namnet, till exempel asiointi.kela.fi, utan https://, port eller sökväg</translation>
    </message>
    <message>
        <source>{value} is not a credential name (letters, digits, '.', '_' and '-', up to 64 characters)</source>
        <translation>{value} är inte namnet på en inloggningsuppgift (bokstäver, siffror, '.', '_' och '-', högst 64 tecken)</translation>
    </message>
    <message>
        <source>must be 2 to 40 lower-case letters, digits and '-', not {value}</source>
        <translation>måste bestå av 2–40 gemener, siffror och '-', inte {value}</translation>
    </message>
    <message>
        <source>must be a version string such as "1.0.0" (PEP 440), not {value}</source>
        <translation>måste vara en versionssträng som "1.0.0" (PEP 440), inte {value}</translation>
    </message>
    <message>
        <source>must be a whole number, the plugin API's major version (this console supports {supported}), not {value}</source>
        <translation>måste vara ett heltal, huvudversionen av tilläggs-API:t (den här konsolen stöder {supported}), inte {value}</translation>
    </message>
    <message>
        <source>the plugin was written for plugin API {declared}; this console supports plugin API {supported} only</source>
        <translation>tillägget skrevs för tilläggs-API {declared}; den här konsolen stöder endast tilläggs-API {supported}</translation>
    </message>
    <message>
        <source>must be an agency code (lower-case letters, digits and '-'), such as "kela", not {value}</source>
        <translation>måste vara en myndighetskod (gemener, siffror och '-'), till exempel "kela", inte {value}</translation>
    </message>
    <message>
        <source>must be module:Class with Python names, such as "kela_panel:KelaPlugin", not {value}</source>
        <translation>måste ha formen module:Class med Python-namn, till exempel "kela_panel:KelaPlugin", inte {value}</translation>
    </message>
    <message>
        <source>the module file {file} is not in {folder}</source>
        <translation>modulfilen {file} finns inte i {folder}</translation>
    </message>
    <message>
        <source>must be a path under base_url starting with '/', such as "/health", not {value}</source>
        <translation>måste vara en sökväg under base_url som börjar med '/', till exempel "/health", inte {value}</translation>
    </message>
    <message>
        <source>needs a [settings.base_url] for the path to be under</source>
        <translation>kräver en [settings.base_url] som sökvägen kan ligga under</translation>
    </message>
    <message>
        <source>a setting name must be lower-case letters, digits and '_', starting with a letter</source>
        <translation>ett inställningsnamn måste bestå av gemener, siffror och '_' och börja med en bokstav</translation>
    </message>
    <message>
        <source>{value} is not a setting type (known: {known})</source>
        <translation>{value} är inte en inställningstyp (kända: {known})</translation>
    </message>
    <message>
        <source>base_url must be of type "url", not {value}</source>
        <translation>base_url måste vara av typen "url", inte {value}</translation>
    </message>
    <message>
        <source>must be a string, not {value}</source>
        <translation>måste vara en sträng, inte {value}</translation>
    </message>
    <message>
        <source>{minimum} is greater than the maximum {maximum}</source>
        <translation>{minimum} är större än maximivärdet {maximum}</translation>
    </message>
    <message>
        <source>must be {kind}, not {value}</source>
        <translation>måste vara {kind}, inte {value}</translation>
    </message>
    <message>
        <source>only an int or float setting has a {which}</source>
        <translation>endast en inställning av typen int eller float kan ha {which}</translation>
    </message>
    <message>
        <source>an http or https URL</source>
        <translation>en http- eller https-adress</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>must be at least {minimum}, not {value}</source>
        <translation>måste vara minst {minimum}, inte {value}</translation>
    </message>
    <message>
        <source>must be at most {maximum}, not {value}</source>
        <translation>måste vara högst {maximum}, inte {value}</translation>
    </message>
    <message>
        <source>Site setting {key}: {problem}</source>
        <translation>Serviceställets inställning {key}: {problem}</translation>
    </message>
    <message>
        <source>the plugin {plugin} has no such setting (it has: {known})</source>
        <translation>tillägget {plugin} har ingen sådan inställning (det har: {known})</translation>
    </message>
    <message>
        <source>is needed and has no default; give it in the site settings under [{table}]</source>
        <translation>behövs och har inget standardvärde; ange det i serviceställets inställningar under [{table}]</translation>
    </message>
</context>
<context>
    <name>PluginProcess</name>
    <message>
        <source>The panel sent something the console cannot show.</source>
        <translation>Panelen skickade något som konsolen inte kan visa.</translation>
    </message>
    <message>
        <source>The panel's process sent something that is not allowed and was ended.</source>
        <translation>Panelens process skickade något som inte är tillåtet och avslutades.</translation>
    </message>
    <message>
        <source>The panel's process could not be started.</source>
        <translation>Panelens process kunde inte startas.</translation>
    </message>
    <message>
        <source>This panel stopped unexpectedly %1 times in 10 minutes and is not restarted again. The queue and the notes work without it.</source>
        <translation>Den här panelen stannade oväntat %1 gånger på 10 minuter och startas inte om igen. Kön och anteckningarna fungerar utan den.</translation>
    </message>
</context>
<context>
    <name>PluginRuntime</name>
    <message>
        <source>The back office did not answer in time.</source>
        <translation>Bakomliggande systemet svarade inte i tid.</translation>
    </message>
    <message>
        <source>The panel ran into an error: %1</source>
        <translation>Panelen stötte på ett fel: %1</translation>
    </message>
    <message>
        <source>The plugin could not be loaded: %1</source>
        <translation>Tillägget kunde inte laddas: %1</translation>
    </message>
</context>
<context>
    <name>PluginTrust</name>
    <message>
        <source>The plugin folder holds a symbolic link, {path}; what it points at could change without the folder changing. Copy the files themselves into the folder.</source>
        <translation>Tilläggets mapp innehåller en symbolisk länk, {path}; det den pekar på kan ändras utan att mappen ändras. Kopiera själva filerna till mappen.</translation>
    </message>
    <message>
        <source>The plugin folder holds {path}, which is not a regular file.</source>
        <translation>Tilläggets mapp innehåller {path}, som inte är en vanlig fil.</translation>
    </message>
    <message>
        <source>The folder {path} is too big to be a plugin (more than {files} files or {megabytes} MB).</source>
        <translation>Mappen {path} är för stor för att vara ett tillägg (mer än {files} filer eller {megabytes} MB).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{source}: trusted plugin record {number} must be a [[trusted_plugins]] table with exactly id, path (absolute) and sha256 (64 hex digits); write it with tiski plugins trust PATH</source>
        <translation>{source}: post {number} för godkända tillägg måste vara en [[trusted_plugins]]-tabell med exakt id, path (absolut) och sha256 (64 hexadecimala siffror); skriv den med tiski plugins trust PATH</translation>
    </message>
    <message>
        <source>Not trusted by IT: a site-folder plugin loads only after IT records its folder's hash with: tiski plugins trust {path}</source>
        <translation>Inte godkänt av IT-stödet: ett tillägg i serviceställets mapp laddas först när IT-stödet har antecknat mappens hash med: tiski plugins trust {path}</translation>
    </message>
    <message>
        <source>Not trusted by IT here: IT trusted the plugin {id} in {trusted}, not in {path}.</source>
        <translation>Inte godkänt av IT-stödet här: IT-stödet godkände tillägget {id} i {trusted}, inte i {path}.</translation>
    </message>
    <message>
        <source>Refused: {problem}</source>
        <translation>Avvisat: {problem}</translation>
    </message>
    <message>
        <source>Refused: the files in {path} changed since IT trusted them. If IT made the change, IT trusts the folder again with: tiski plugins trust {path}</source>
        <translation>Avvisat: filerna i {path} har ändrats sedan IT-stödet godkände dem. Om IT-stödet gjorde ändringen godkänner IT-stödet mappen på nytt med: tiski plugins trust {path}</translation>
    </message>
    <message>
        <source>{file} holds a [[trusted_plugins]] record this command cannot edit safely; IT edits the file by hand. Nothing was changed.</source>
        <translation>{file} innehåller en [[trusted_plugins]]-post som kommandot inte kan ändra säkert; IT-stödet redigerar filen för hand. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The site settings file {file} cannot be written: {reason}. Run the command as the account that keeps it (IT, an administrator).</source>
        <translation>Serviceställets inställningsfil {file} kan inte skrivas: {reason}. Kör kommandot som det konto som sköter filen (IT-stödet, en administratör).</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Agency plugins</source>
        <translation>Myndighetstillägg</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>In plugins.allow: %1</source>
        <translation>I plugins.allow: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Godkännande</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Set credential…</source>
        <translation>Ange inloggningsuppgift…</translation>
    </message>
    <message>
        <source>Credentials are kept in this computer's keyring, never in a settings file. IT can also set them with: tiski plugins set-credential PLUGIN NAME</source>
        <translation>Inloggningsuppgifterna förvaras i den här datorns nyckelring (keyring), aldrig i en inställningsfil. IT-stödet kan också ange dem med: tiski plugins set-credential PLUGIN NAME</translation>
    </message>
    <message>
        <source>Credentials of the chosen plugin:</source>
        <translation>Inloggningsuppgifter för det valda tillägget:</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installerat</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>medföljande</translation>
    </message>
    <message>
        <source>site folder</source>
        <translation>serviceställets mapp</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>off</source>
        <translation>avstängt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ogiltigt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisat</translation>
    </message>
    <message>
        <source>(this plugin needs no credentials)</source>
        <translation>(det här tillägget behöver inga inloggningsuppgifter)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>angiven</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Credential saved.</source>
        <translation>Inloggningsuppgiften har sparats.</translation>
    </message>
    <message>
        <source>Set credential</source>
        <translation>Ange inloggningsuppgift</translation>
    </message>
    <message>
        <source>%1 for %2:</source>
        <translation>%1 för %2:</translation>
    </message>
</context>
<context>
    <name>PoliisiPanel</name>
    <message>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Identify the visitor to see their passport and identity card applications.</source>
        <translation>Identifiera besökaren för att se besökarens ansökningar om pass och identitetskort.</translation>
    </message>
    <message>
        <source>The Police's back office sent an answer the panel does not understand.</source>
        <translation>Polisens bakgrundssystem skickade ett svar som panelen inte förstår.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready for pick-up at</source>
        <translation>Kan avhämtas på</translation>
    </message>
    <message>
        <source>Ask the Police</source>
        <translation>Fråga polisen</translation>
    </message>
    <message>
        <source>To be collected at</source>
        <translation>Avhämtningsställe</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Ansökningsnummer</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <source>Pick-up and opening hours at poliisi.fi</source>
        <translation>Avhämtning och öppettider på poliisi.fi</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <source>No passport or identity card applications in the Police's system.</source>
        <translation>Inga ansökningar om pass eller identitetskort i polisens system.</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Ansöka</translation>
    </message>
    <message>
        <source>The Police's e-service</source>
        <translation>Polisens e-tjänst</translation>
    </message>
    <message>
        <source>Police: {summary}</source>
        <translation>Polisen: {summary}</translation>
    </message>
</context>
<context>
    <name>PoriPanel</name>
    <message>
        <source>City of Pori</source>
        <translation>Björneborgs stad</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>Ingen besökare vid disken.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <source>The City of Pori finds applications by name and date of birth. Missing for this visitor: %1.</source>
        <translation>Björneborgs stad söker ansökningar med namn och födelsedatum. Saknas för den här besökaren: %1.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <source>No applications with the City of Pori.</source>
        <translation>Inga ansökningar hos Björneborgs stad.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Beslut väntas senast</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensnummer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Serviceområde</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Early childhood education</source>
        <translation>Småbarnspedagogik</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialservice</translation>
    </message>
    <message>
        <source>The City of Pori sent an answer the panel cannot read.</source>
        <translation>Björneborgs stad skickade ett svar som panelen inte kan läsa.</translation>
    </message>
</context>
<context>
    <name>PrhPanel</name>
    <message>
        <source>Type a business ID, for example 1234567-8.</source>
        <translation>Skriv ett FO-nummer, till exempel 1234567-8.</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: a digit may have been mistyped.</source>
        <translation>Kontrollsiffran i %1 är fel: någon siffra kan ha skrivits fel.</translation>
    </message>
    <message>
        <source>%1 is not in the format of a business ID: seven digits, a hyphen and a check digit (1234567-8).</source>
        <translation>%1 har inte formen av ett FO-nummer: sju siffror, ett bindestreck och en kontrollsiffra (1234567-8).</translation>
    </message>
    <message>
        <source>Company information (PRH)</source>
        <translation>Företagsuppgifter (PRS)</translation>
    </message>
    <message>
        <source>Business ID (Y-tunnus)</source>
        <translation>FO-nummer (Y-tunnus)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>No company with business ID %1 in the register.</source>
        <translation>Inget företag med FO-nummer %1 i registret.</translation>
    </message>
    <message>
        <source>Type a business ID and press Search to see the company's register data.</source>
        <translation>Skriv ett FO-nummer och tryck på Sök för att se företagets registeruppgifter.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Company form</source>
        <translation>Bolagsform</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Company search</source>
        <translation>Företagssökning</translation>
    </message>
    <message>
        <source>Open in YTJ</source>
        <translation>Öppna i FODS</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>PRH sent an answer the panel cannot read.</source>
        <translation>PRS skickade ett svar som panelen inte kan läsa.</translation>
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
    <name>PrivacyCommands</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Det finns ingen databas i {path}.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly ({reason}); the log has the details.</source>
        <translation>Kontrollen misslyckades oväntat ({reason}); loggen har detaljerna.</translation>
    </message>
    <message>
        <source>Read {values} texts in {columns} columns of {database}, this PC's journal and its logs.</source>
        <translation>Läste {values} texter i {columns} kolumner: {database}, den här datorns utkast och loggar.</translation>
    </message>
    <message>
        <source>Not allowed to read {places}: run the check with the owner's database URL (--database).</source>
        <translation>Ingen läsrätt till {places}: kör kontrollen med ägarens databasadress (--database).</translation>
    </message>
    <message>
        <source>Row-level security hides some rows from this account: run the check with the owner's database URL (--database) to read them all.</source>
        <translation>Radsäkerheten döljer en del rader för det här kontot: kör kontrollen med ägarens databasadress (--database) för att läsa alla.</translation>
    </message>
    <message>
        <source>No identity code in clear.</source>
        <translation>Inga omaskerade personbeteckningar.</translation>
    </message>
    <message>
        <source>Identity codes in clear: {codes}, in {rows} places. Mask them (docs/security.md, 'Finding codes in clear'); this report never shows the codes.</source>
        <translation>Omaskerade personbeteckningar: {codes}, på {rows} ställen. Maskera dem (docs/security.md, 'Finding codes in clear'); rapporten visar aldrig själva beteckningarna.</translation>
    </message>
    <message>
        <source>{place} {row}: {codes} in clear</source>
        <translation>{place} {row}: {codes} omaskerade</translation>
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
        <source>{unknown} is not offered at this office. Services here: {known}.</source>
        <translation>Tjänsten {unknown} erbjuds inte på det här kontoret. Tjänster här: {known}.</translation>
    </message>
    <message>
        <source>Unknown service {unknown}. Services: {known}.</source>
        <translation>Okänd tjänst {unknown}. Tjänster: {known}.</translation>
    </message>
    <message>
        <source>{service} is not issued at the ticket machine. Please ask the lobby guide.</source>
        <translation>{service}: till den här tjänsten ger lobbyguiden numret. Be lobbyguiden om hjälp.</translation>
    </message>
    <message>
        <source>{service} takes no more tickets today. Please ask the lobby guide.</source>
        <translation>{service}: inga fler kölappar ges i dag. Fråga lobbyguiden.</translation>
    </message>
    <message>
        <source>{service} is closed now. Please ask the lobby guide.</source>
        <translation>{service}: stängt nu. Be lobbyguiden om hjälp.</translation>
    </message>
    <message>
        <source>The desk is not set up yet. Ask IT to set it up.</source>
        <translation>Disken har inte ställts in ännu. Be IT att ställa in den.</translation>
    </message>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Okänd livssituation {code}. Livssituationer: {known}.</translation>
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
        <source>This needs a counter: sign in to the console at a counter first.</source>
        <translation>Detta kräver en disk: logga först in i konsolen vid en disk.</translation>
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
        <source>The appointment {code} is booked at {office}. Please check in there, or ask at the lobby.</source>
        <translation>Tidsbokningen {code} gäller {office}. Anmäl dig där eller be lobbyguiden om hjälp.</translation>
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
        <source>No appointment with booking code {code}.</source>
        <translation>Ingen tidsbokning med bokningskoden {code}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is no longer held at a counter: nothing to do.</source>
        <translation>Köbiljett {ticket} finns inte längre vid någon disk: inget att göra.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is at a counter whose console is running. Ask there, or transfer the ticket.</source>
        <translation>Köbiljett {ticket} finns vid en disk vars konsol är igång. Fråga där eller överför köbiljetten.</translation>
    </message>
    <message>
        <source>That desk session is not yours; sign in again at this counter.</source>
        <translation>Den här disksessionen är inte din; logga in igen vid den här disken.</translation>
    </message>
    <message>
        <source>{ticket} is at your counter: finish, transfer or park them before the break.</source>
        <translation>{ticket} är vid din servicepunkt: avsluta, överför eller parkera ärendet före pausen.</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
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
        <source>Back in the queue because their counter's console stopped: {tickets}</source>
        <translation>Tillbaka i kön eftersom diskens konsol stannade: {tickets}</translation>
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
    <message>
        <source>kept for its holder</source>
        <translation>behållen åt sin handläggare</translation>
    </message>
    <message>
        <source>not on its own (no console held it)</source>
        <translation>inte av sig själv (ingen konsol höll den)</translation>
    </message>
    <message>
        <source>Visitors held where no console runs: {count} (they go back to the queue {minutes} min after the console stopped)</source>
        <translation>Kunder vid diskar där ingen konsol är igång: {count} (de går tillbaka till kön {minutes} min efter att konsolen stannade)</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>DISK</translation>
    </message>
    <message>
        <source>HELD BY</source>
        <translation>HOS</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>SENAST SEDD</translation>
    </message>
    <message>
        <source>BACK IN QUEUE</source>
        <translation>TILLBAKA I KÖN</translation>
    </message>
    <message>
        <source>Back in the {code} queue at its original place (since {time}); audited as returned by {staff}.</source>
        <translation>Tillbaka i kön {code} på sin ursprungliga plats (sedan {time}); loggat som återförd av {staff}.</translation>
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
    <message>
        <source>Waiting tickets (longest %1 of %2)</source>
        <translation>Väntande kölappar (de %1 som väntat längst av %2)</translation>
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
    <message>
        <source>%1 – a new ticket waits %2</source>
        <translation>%1 – en ny kölapp väntar %2</translation>
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
    <name>QueuesPage</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längst</translation>
    </message>
    <message>
        <source>Target %1 min</source>
        <translation>Mål %1 min</translation>
    </message>
    <message>
        <source>New ticket waits</source>
        <translation>Ny kölapp väntar</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>cirka %1 min</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Automat</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>Closed for new tickets at the kiosk; you can still issue them.</source>
        <translation>Automaten ger inga nya kölappar; du kan fortfarande ge dem själv.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a visitor with an appointment due now (from 10 minutes before)</source>
        <translation>en kund med en bokad tid nu (från 10 minuter före)</translation>
    </message>
    <message>
        <source>a visitor who has waited more than twice their service's target wait, even before priority visitors (oldest first)</source>
        <translation>en kund som har väntat mer än dubbelt så länge som tjänstens målväntetid, även före kunder med förtur (den som väntat längst först)</translation>
    </message>
    <message>
        <source>a priority visitor (accessibility, urgency)</source>
        <translation>en kund med förtur (tillgänglighet, brådska)</translation>
    </message>
    <message>
        <source>a visitor who has waited past their service's target wait</source>
        <translation>en kund som har väntat längre än tjänstens målväntetid</translation>
    </message>
    <message>
        <source>the visitor who has waited longest</source>
        <translation>den kund som har väntat längst</translation>
    </message>
    <message>
        <source>Only the services you serve today are called to you. A visitor handed to your counter or to you (a transfer, the lobby guide's To) is called by you alone.</source>
        <translation>Bara tjänster du betjänar i dag kallas till dig. En kund som har hänvisats till din disk eller till dig (en överföring, lobbyguidens Till) kallas bara av dig.</translation>
    </message>
    <message>
        <source>appointment at {time}</source>
        <translation>tidsbokning kl. {time}</translation>
    </message>
    <message>
        <source>priority ({priority})</source>
        <translation>förtur ({priority})</translation>
    </message>
    <message>
        <source>waited {waited} min, over twice the target of {target}: called before priority visitors</source>
        <translation>väntat {waited} min, mer än dubbla målet {target} min: kallad före kunder med förtur</translation>
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
    <name>RecordPanel</name>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Inget att visa.</translation>
    </message>
    <message>
        <source>Shown as of %1 – the back office is not reachable right now</source>
        <translation>Visas enligt läget %1 – bakgrundssystemet kan inte nås just nu</translation>
    </message>
</context>
<context>
    <name>RemoteAppointmentDialog</name>
    <message>
        <source>Book a remote appointment</source>
        <translation>Boka en distanstid</translation>
    </message>
    <message>
        <source>No specialist of %1 accepted in time.</source>
        <translation>Ingen specialist från %1 tog emot begäran i tid.</translation>
    </message>
    <message>
        <source>Book ticket %1 a remote appointment with %2 instead.</source>
        <translation>Boka i stället en distanstid med %2 för kölapp %1.</translation>
    </message>
    <message>
        <source>Finnish time</source>
        <translation>Finsk tid</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>The appointment gets its own video link; the specialist and the visitor meet through it at the booked time.</source>
        <translation>Tidsbokningen får en egen videolänk; specialisten och besökaren möts via den vid den bokade tiden.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boka</translation>
    </message>
    <message>
        <source>%1 has no services to book at this desk.</source>
        <translation>%1 har inga tjänster som kan bokas vid det här servicestället.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>Nothing to show for the period.</source>
        <translation>Inget att visa för perioden.</translation>
    </message>
    <message>
        <source>Busiest: %1 at %2, %3 arrivals on average</source>
        <translation>Mest besökt: %1 kl. %2, i genomsnitt %3 ankomster</translation>
    </message>
    <message>
        <source>%1 days; the longest 90th percentile %2 min on %3</source>
        <translation>%1 dagar; längsta 90:e percentilen %2 min den %3</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90:e percentilen</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>medel</translation>
    </message>
    <message>
        <source>%1 hours need more staff than served such hours before</source>
        <translation>%1 timmar behöver mer personal än som betjänat sådana timmar förut</translation>
    </message>
    <message>
        <source>Each hour: staff needed / staff who served such hours before; red where fewer served than needed, green where more.</source>
        <translation>Varje timme: personal som behövs / som betjänat sådana timmar förut; rött där färre betjänat än behövs, grönt där fler.</translation>
    </message>
    <message>
        <source>Arrivals per hour, mean per weekday</source>
        <translation>Ankomster per timme, medel per veckodag</translation>
    </message>
    <message>
        <source>Waiting time per day against the target (min)</source>
        <translation>Väntetid per dag jämfört med målet (min)</translation>
    </message>
    <message>
        <source>Services served per agency</source>
        <translation>Betjänade ärenden per myndighet</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>{option} {value} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{option} {value} är inget datum: skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The cost-sharing report needs the cost to share: add --cost EUR (for example --cost 12500,00).</source>
        <translation>Kostnadsfördelningsrapporten behöver kostnaden som ska fördelas: lägg till --cost EUR (till exempel --cost 12500,00).</translation>
    </message>
    <message>
        <source>{option} {value} is not a sum of euros: write it as 12500,00 or 12500.</source>
        <translation>{option} {value} är inget eurobelopp: skriv det som 12500,00 eller 12500.</translation>
    </message>
    <message>
        <source>A PDF needs a file to go to: add --output FILE.pdf.</source>
        <translation>En PDF behöver en fil: lägg till --output FIL.pdf.</translation>
    </message>
    <message>
        <source>Wrote {title} ({start} to {end}) to {file}.</source>
        <translation>Skrev {title} ({start}–{end}) till {file}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The desk's figures</source>
        <translation>Diskens siffror</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Betjänade</translation>
    </message>
    <message>
        <source>Service minutes</source>
        <translation>Betjäningsminuter</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Part of the cost (EUR)</source>
        <translation>Andel av kostnaden (EUR)</translation>
    </message>
    <message>
        <source>Cost to share: {cost} EUR, split by {method}.</source>
        <translation>Kostnad att fördela: {cost} EUR, fördelad efter {method}.</translation>
    </message>
    <message>
        <source>Fixed part of each agency: {base} EUR.</source>
        <translation>Varje myndighets fasta del: {base} EUR.</translation>
    </message>
    <message>
        <source>Cost-sharing report</source>
        <translation>Kostnadsfördelningsrapport</translation>
    </message>
    <message>
        <source>Checked and approved by:</source>
        <translation>Granskad och godkänd av:</translation>
    </message>
    <message>
        <source>Agency and title:</source>
        <translation>Myndighet och befattning:</translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation>Datum och underskrift:</translation>
    </message>
    <message>
        <source>services served</source>
        <translation>betjänade ärenden</translation>
    </message>
    <message>
        <source>service minutes</source>
        <translation>betjäningsminuter</translation>
    </message>
    <message>
        <source>a fixed part plus services served</source>
        <translation>en fast del plus betjänade ärenden</translation>
    </message>
    <message>
        <source>From {start} to {end}, office {office}</source>
        <translation>{start}–{end}, kontor {office}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Timme</translation>
    </message>
    <message>
        <source>Arrivals expected</source>
        <translation>Väntade ankomster</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>Personal som behövs</translation>
    </message>
    <message>
        <source>Staff needed if all serve all</source>
        <translation>Behov om alla betjänar allt</translation>
    </message>
    <message>
        <source>Staff who served, mean</source>
        <translation>Betjänade, medel</translation>
    </message>
    <message>
        <source>Staff needed: the fewest who call {share} % of visitors within the target wait (Erlang C), per agency from one queue, added up; from the arrivals and service times of the last {weeks} weeks.</source>
        <translation>Personal som behövs: det minsta antal som ropar upp {share} % av besökarna inom målet (Erlang C), per myndighet ur en kö, summerat; ur ankomsterna och betjäningstiderna de senaste {weeks} veckorna.</translation>
    </message>
    <message>
        <source>The same forecast for last week was off by {error} arrivals an hour on average ({percent} of all arrivals), over {slots} hours.</source>
        <translation>Samma prognos för förra veckan avvek i genomsnitt med {error} ankomster i timmen ({percent} av alla ankomster), under {slots} timmar.</translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation>Personalprognos</translation>
    </message>
    <message>
        <source>The week from Monday {day}, office {office}</source>
        <translation>Veckan från måndagen {day}, kontor {office}</translation>
    </message>
    <message>
        <source>The week from Monday {day}</source>
        <translation>Veckan från måndagen {day}</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Services asked</source>
        <translation>Begärda tjänster</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Kom inte</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokade</translation>
    </message>
    <message>
        <source>Wait, mean (min)</source>
        <translation>Väntetid, medel (min)</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <translation>Väntetid, median (min)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <translation>Väntetid, 90:e percentilen (min)</translation>
    </message>
    <message>
        <source>Called within target (%)</source>
        <translation>Uppropade inom målet (%)</translation>
    </message>
    <message>
        <source>Service time, mean (min)</source>
        <translation>Betjäningstid, medel (min)</translation>
    </message>
    <message>
        <source>Service time, median (min)</source>
        <translation>Betjäningstid, median (min)</translation>
    </message>
    <message>
        <source>Visits with several services</source>
        <translation>Besök med flera tjänster</translation>
    </message>
    <message>
        <source>Agencies per visit, mean</source>
        <translation>Myndigheter per besök, medel</translation>
    </message>
    <message>
        <source>Life-event visits</source>
        <translation>Livssituationsbesök</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Responssvar</translation>
    </message>
    <message>
        <source>Feedback, mean (1-4)</source>
        <translation>Respons, medel (1–4)</translation>
    </message>
    <message>
        <source>Breaks (min)</source>
        <translation>Pauser (min)</translation>
    </message>
    <message>
        <source>Appointments booked</source>
        <translation>Bokade tider</translation>
    </message>
    <message>
        <source>Appointments kept</source>
        <translation>Använda tider</translation>
    </message>
    <message>
        <source>Appointments not kept</source>
        <translation>Oanvända tider</translation>
    </message>
    <message>
        <source>Specialists asked</source>
        <translation>Förfrågningar till specialister</translation>
    </message>
    <message>
        <source>Specialists joined</source>
        <translation>Specialisten anslöt</translation>
    </message>
    <message>
        <source>Time until a specialist joined, mean (min)</source>
        <translation>Tid tills specialisten anslöt, medel (min)</translation>
    </message>
    <message>
        <source>Breaks, {reason} (min)</source>
        <translation>Pauser, {reason} (min)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Nothing was served in the period: the cost is split into equal parts, in whole cents; the cents left over go to the agencies first in alphabetical order.</source>
        <translation>Ingen betjänades under perioden: kostnaden delas i lika delar, i hela cent; cent som blir över går till myndigheterna först i alfabetisk ordning.</translation>
    </message>
    <message>
        <source>Agency's part = cost x the agency's service minutes / all service minutes, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Myndighetens del = kostnad x myndighetens betjäningsminuter / alla betjäningsminuter, i hela cent; cent som blir över går till de största resterna.</translation>
    </message>
    <message>
        <source>Agency's part = fixed part + (cost - all fixed parts) x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Myndighetens del = fast del + (kostnad - alla fasta delar) x myndighetens betjänade ärenden / alla betjänade ärenden, i hela cent; cent som blir över går till de största resterna.</translation>
    </message>
    <message>
        <source>Agency's part = cost x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Myndighetens del = kostnad x myndighetens betjänade ärenden / alla betjänade ärenden, i hela cent; cent som blir över går till de största resterna.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <source>A report covers at most {days} days; make one per year.</source>
        <translation>En rapport omfattar högst {days} dagar; gör en per år.</translation>
    </message>
    <message>
        <source>The cost to share ({cost} cents) must be at least the fixed part ({base} cents) times the {agencies} agencies; enter a larger cost or a smaller fixed part.</source>
        <translation>Kostnaden som ska fördelas ({cost} cent) måste vara minst den fasta delen ({base} cent) gånger {agencies} myndigheter; ange en större kostnad eller en mindre fast del.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Tiski – reports</source>
        <translation>Tiski – rapporter</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>Hela perioden</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>Per weekday</source>
        <translation>Per veckodag</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per timme</translation>
    </message>
    <message>
        <source>Per agency</source>
        <translation>Per myndighet</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per tjänst</translation>
    </message>
    <message>
        <source>Per counter</source>
        <translation>Per servicepunkt</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>Per anställd</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>Hela disken</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Alla kontor</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation>till exempel 12 500,00</translation>
    </message>
    <message>
        <source>By services served</source>
        <translation>Efter betjänade ärenden</translation>
    </message>
    <message>
        <source>By service minutes</source>
        <translation>Efter betjäningsminuter</translation>
    </message>
    <message>
        <source>A fixed part, the rest by services served</source>
        <translation>En fast del, resten efter betjänade ärenden</translation>
    </message>
    <message>
        <source>Spl&amp;it the cost</source>
        <translation>&amp;Fördela kostnaden</translation>
    </message>
    <message>
        <source>Cost to share (EUR)</source>
        <translation>Kostnad att fördela (EUR)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Fixed part of each agency (EUR)</source>
        <translation>Varje myndighets fasta del (EUR)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Cost sharing</source>
        <translation>Kostnadsfördelning</translation>
    </message>
    <message>
        <source>Staff needed next week, per weekday and hour (Erlang C)</source>
        <translation>Personalbehov nästa vecka per veckodag och timme (Erlang C)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognos</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Reading the period…</source>
        <translation>Läser perioden…</translation>
    </message>
    <message>
        <source>Write the sums in euros, for example 12 500,00 or 12500.</source>
        <translation>Skriv beloppen i euro, till exempel 12 500,00 eller 12500.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Rapporten kunde inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparad i %1</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 at counter %3 · asked at %4</source>
        <translation>Kölapp %1 · %2 vid disk %3 · begärd kl. %4</translation>
    </message>
</context>
<context>
    <name>RestPanel</name>
    <message>
        <source>The "fields" setting has "%1", which is not Label=json.path.</source>
        <translation>Inställningen "fields" innehåller "%1", som inte har formen Label=json.path.</translation>
    </message>
    <message>
        <source>The "fields" setting is empty: it names nothing to show.</source>
        <translation>Inställningen "fields" är tom: den anger inget som ska visas.</translation>
    </message>
    <message>
        <source>The "endpoint" setting is empty: the panel has nothing to ask.</source>
        <translation>Inställningen "endpoint" är tom: panelen har inget att fråga.</translation>
    </message>
    <message>
        <source>The "endpoint" setting uses {%1}; it may use only {name}, {identity_code} and {birth_date}.</source>
        <translation>Inställningen "endpoint" använder {%1}; den får endast använda {name}, {identity_code} och {birth_date}.</translation>
    </message>
    <message>
        <source>The "link_template" setting is not a web address (https://…).</source>
        <translation>Inställningen "link_template" är inte en webbadress (https://…).</translation>
    </message>
    <message>
        <source>This panel is not set up correctly: %1 Please tell IT.</source>
        <translation>Den här panelen är inte korrekt konfigurerad: %1 Kontakta IT-stödet.</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>Ingen besökare vid disken.</translation>
    </message>
    <message>
        <source>This panel needs the visitor's %1, which its manifest does not permit it to read. Please tell IT.</source>
        <translation>Den här panelen behöver besökarens %1, men enligt sitt manifest får panelen inte läsa den uppgiften. Kontakta IT-stödet.</translation>
    </message>
    <message>
        <source>This panel needs the visitor's %1, which is not known for this visit.</source>
        <translation>Den här panelen behöver besökarens %1, men uppgiften är inte känd för det här besöket.</translation>
    </message>
    <message>
        <source>The back office sent an answer the panel cannot show.</source>
        <translation>Bakgrundssystemet skickade ett svar som panelen inte kan visa.</translation>
    </message>
    <message>
        <source>Nothing found for this visitor.</source>
        <translation>Inget hittades för den här besökaren.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Öppna i %1</translation>
    </message>
    <message>
        <source>Result %1 of %2</source>
        <translation>Resultat %1 av %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>REST panel</source>
        <translation>REST-panel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>födelsedatum</translation>
    </message>
</context>
<context>
    <name>RestoreDraftsDialog</name>
    <message>
        <source>Unsaved notes</source>
        <translation>Osparade anteckningar</translation>
    </message>
    <message>
        <source>Tiski closed before these notes were saved. Restore them to continue, or discard them.</source>
        <translation>Tiski stängdes innan de här anteckningarna sparades. Återställ dem för att fortsätta eller kassera dem.</translation>
    </message>
    <message>
        <source>Restore all: the note of a visit still at your counter goes back into the editor; the notes of other visits are saved into their cases.</source>
        <translation>Återställ alla: anteckningen för ett besök som fortfarande är vid din disk kommer tillbaka till redigeraren; anteckningarna för andra besök sparas i deras ärenden.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Kölapp</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Senast redigerad</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Synlig för</translation>
    </message>
    <message>
        <source>Beginning of the note</source>
        <translation>Början av anteckningen</translation>
    </message>
    <message>
        <source>&amp;Restore all</source>
        <translation>&amp;Återställ alla</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Kassera…</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Delad med servicestället</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>Endast %1</translation>
    </message>
    <message>
        <source>Discard unsaved notes?</source>
        <translation>Kassera osparade anteckningar?</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s) will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n osparad anteckning raderas permanent. Detta kan inte ångras.</numerusform>
            <numerusform>%n osparade anteckningar raderas permanent. Detta kan inte ångras.</numerusform>
        </translation>
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
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>lobbyskärm</translation>
    </message>
    <message>
        <source>no signed-in account</source>
        <translation>inget inloggat konto</translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>This Tiski has no bundled plugins; name a plugins folder with --plugins.</source>
        <translation>Den här Tiski-installationen har inga medföljande tillägg; ange en tilläggsmapp med --plugins.</translation>
    </message>
    <message>
        <source>Recorded answers cannot be served: {reason}</source>
        <translation>De inspelade svaren kan inte levereras: {reason}</translation>
    </message>
    <message>
        <source>No plugin in {folder} has recorded answers (sandbox/answers.json); name the plugins folder with --plugins.</source>
        <translation>Inget tillägg i {folder} har inspelade svar (sandbox/answers.json); ange tilläggsmappen med --plugins.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}). Another sandbox may be running: stop it or choose another port with --port.</source>
        <translation>Kan inte lyssna på {host}:{port} ({reason}). En annan testmiljö (sandbox) kan vara igång: stoppa den eller välj en annan port med --port.</translation>
    </message>
    <message>
        <source>Sandbox back offices of {plugins} at {base_url}/&lt;plugin id&gt;/. Stop with Ctrl+C.</source>
        <translation>Bakgrundssystem i testmiljön (sandbox) för {plugins} på {base_url}/&lt;plugin id&gt;/. Stoppa med Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Testmiljön har stoppats.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Sök anteckningar</translation>
    </message>
    <message>
        <source>Words in the note, e.g. asumistuki</source>
        <translation>Ord i anteckningen, t.ex. bostadsbidrag</translation>
    </message>
    <message>
        <source>&amp;Find notes with:</source>
        <translation>&amp;Hitta anteckningar med:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Anteckningar som hittades</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Double-click a note or press Enter on it to open its case.</source>
        <translation>Dubbelklicka på en anteckning eller tryck på Enter för att öppna dess ärende.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Skriv minst ett ord att söka efter.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Inga anteckningar matchar.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) (newest first)</source>
        <translation>
            <numerusform>%n anteckning (nyaste först)</numerusform>
            <numerusform>%n anteckningar (nyaste först)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed unexpectedly. Try again; if it keeps failing, tell IT.</source>
        <translation>Sökningen misslyckades oväntat. Försök igen; kontakta IT-stödet om felet kvarstår.</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>Case %1: double-click or press Enter to open it</source>
        <translation>Ärende %1: dubbelklicka eller tryck på Enter för att öppna det</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>delad</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>myndighet %1</translation>
    </message>
</context>
<context>
    <name>SecondBookingQuestion</name>
    <message>
        <source>Already booked</source>
        <translation>Redan bokad</translation>
    </message>
    <message>
        <source>%1 already has a booking for %2 on %3 at %4 (code %5). Book another one?</source>
        <translation>%1 har redan en bokning för %2 den %3 kl. %4 (kod %5). Boka en till?</translation>
    </message>
    <message>
        <source>Book another</source>
        <translation>Boka en till</translation>
    </message>
    <message>
        <source>Don't book</source>
        <translation>Boka inte</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>files read: {files}</source>
        <translation>lästa filer: {files}</translation>
    </message>
    <message>
        <source>Self-test failed: {names}.</source>
        <translation>Självtestet misslyckades: {names}.</translation>
    </message>
    <message>
        <source>Self-test passed in {seconds} s.</source>
        <translation>Självtestet lyckades på {seconds} s.</translation>
    </message>
    <message>
        <source>{url}: schema {current}, this Tiski needs {head} (tiski doctor says what to do)</source>
        <translation>{url}: schema {current}, den här Tiski-versionen behöver {head} (tiski doctor visar vad som ska göras)</translation>
    </message>
    <message>
        <source>{url}, schema {current}</source>
        <translation>{url}, schema {current}</translation>
    </message>
    <message>
        <source>{file}, schema {current}, demo desk with {staff} staff</source>
        <translation>{file}, schema {current}, demoserviceställe med {staff} medarbetare</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{count} loaded ({ids}); {others} not loaded (off or invalid)</source>
        <translation>{count} laddade ({ids}); {others} inte laddade (avstängda eller ogiltiga)</translation>
    </message>
    <message>
        <source>{count} loaded ({ids})</source>
        <translation>{count} laddade ({ids})</translation>
    </message>
    <message>
        <source>the picture {file} is empty or too small</source>
        <translation>bilden {file} är tom eller för liten</translation>
    </message>
    <message>
        <source>rendered {width}x{height}</source>
        <translation>renderad {width}x{height}</translation>
    </message>
</context>
<context>
    <name>ServiceChecklist</name>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Move the chosen service earlier</source>
        <translation>Flytta den valda tjänsten tidigare</translation>
    </message>
    <message>
        <source>Move the chosen service later</source>
        <translation>Flytta den valda tjänsten senare</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Könummerprefix</translation>
    </message>
    <message>
        <source>One to three capital letters, e.g. K for K012</source>
        <translation>En till tre versaler, t.ex. K för K012</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Målväntetid</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Visitors can take a ticket at the kiosk</source>
        <translation>Besökare kan ta en kölapp i kiosken</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>whenever the desk is open</source>
        <translation>alltid när servicestället är öppet</translation>
    </message>
    <message>
        <source>Entries separated by semicolons, e.g. mon-fri 08:00-16:00; sat 10:00-14:00</source>
        <translation>Poster åtskilda med semikolon, t.ex. mon-fri 08:00-16:00; sat 10:00-14:00</translation>
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
        <source>This service is done; the visit's next service waits for its turn</source>
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
        <source>Ask an agency's specialist to join this visit</source>
        <translation>Be en myndighets specialist att ansluta till besöket</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Lägg till tjänst…</translation>
    </message>
    <message>
        <source>Add another service to this visit; it keeps the visit's place</source>
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
        <source>Today's appointments, booking and check-in</source>
        <translation>Dagens tidsbokningar, bokning och ankomstregistrering</translation>
    </message>
    <message>
        <source>Break…</source>
        <translation>Paus…</translation>
    </message>
    <message>
        <source>Step away from the counter, with a reason; the floor shows it</source>
        <translation>Lämna servicepunkten med en orsak; salen visar det</translation>
    </message>
    <message>
        <source>I'm back</source>
        <translation>Jag är tillbaka</translation>
    </message>
    <message>
        <source>End the break; calling the next ticket ends it too</source>
        <translation>Avsluta pausen; att ropa upp nästa kölapp avslutar den också</translation>
    </message>
    <message>
        <source>The desk's database did not answer, so this was not done. Tell the visitor it takes a moment and try again; if it keeps failing: %1</source>
        <translation>Servicepunktens databas svarade inte, så det här gjordes inte. Säg till kunden att det tar en stund och försök igen; om det ändå inte lyckas: %1</translation>
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
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>What is the break for?</source>
        <translation>Vad gäller pausen?</translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Välkommen tillbaka.</translation>
    </message>
    <message>
        <source>%1 did not come after the recalls: marked as a no-show.</source>
        <translation>%1 kom inte trots att den kallades igen: markerad som utebliven.</translation>
    </message>
    <message>
        <source>The note was not saved, so %1 stays at your counter. Check the note, then try again.</source>
        <translation>Anteckningen sparades inte, så %1 stannar vid din disk. Kontrollera anteckningen och försök igen.</translation>
    </message>
    <message>
        <source>%1 is no longer at your counter; nothing was done.</source>
        <translation>%1 är inte längre vid din disk; ingenting gjordes.</translation>
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
    <message>
        <source>Booking %1 cancelled.</source>
        <translation>Bokning %1 avbokad.</translation>
    </message>
    <message>
        <source>Booking %1 closed: the visitor did not come.</source>
        <translation>Bokning %1 stängd: kunden kom inte.</translation>
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
        <source>an https:// address containing {marker}, e.g. {example}</source>
        <translation>en https://-adress som innehåller {marker}, t.ex. {example}</translation>
    </message>
    <message>
        <source>a list of one or more of {choices}</source>
        <translation>en lista med ett eller flera av {choices}</translation>
    </message>
    <message>
        <source>two times of day like {example}, or empty</source>
        <translation>två klockslag som {example}, eller tomt</translation>
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
        <translation>okänd inställning; kända inställningar är: {known}</translation>
    </message>
    <message>
        <source>only IT's site settings file may set this (it says which plugins run inside the console); remove it here</source>
        <translation>endast IT-stödets inställningsfil för servicestället får ange detta (den anger vilka tillägg som körs i konsolen); ta bort det här</translation>
    </message>
    <message>
        <source>{value!r} is not allowed; use {allowed}</source>
        <translation>värdet {value!r} är inte tillåtet; värdet ska vara {allowed}</translation>
    </message>
    <message>
        <source>a list is not allowed here; use {allowed}</source>
        <translation>en lista är inte tillåten här; värdet ska vara {allowed}</translation>
    </message>
    <message>
        <source>the list holds something other than texts; use {allowed}</source>
        <translation>listan innehåller annat än texter; värdet ska vara {allowed}</translation>
    </message>
    <message>
        <source>a table is not allowed here; use {allowed}</source>
        <translation>en tabell är inte tillåten här; värdet ska vara {allowed}</translation>
    </message>
    <message>
        <source>this kind of value is not allowed here; use {allowed}</source>
        <translation>ett sådant värde är inte tillåtet här; värdet ska vara {allowed}</translation>
    </message>
    <message>
        <source>a password must not be given on the command line or in an environment variable, where other programs and users of this computer can read it (ps, /proc); remove it from the URL and store it with 'tiski db set-password', in PostgreSQL's pgpass file or in a PostgreSQL service file (pg_service.conf)</source>
        <translation>ett lösenord får inte anges på kommandoraden eller i en miljövariabel, där andra program och användare på den här datorn kan läsa det (ps, /proc); ta bort det från URL:en och spara det med 'tiski db set-password', i PostgreSQL:s pgpass-fil eller i en PostgreSQL-tjänstefil (pg_service.conf)</translation>
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
        <source>only IT's site settings file may record trusted plugins; remove it here</source>
        <translation>endast IT-stödets inställningsfil för servicestället får anteckna godkända tillägg; ta bort det här</translation>
    </message>
    <message>
        <source>a password must not be kept in a settings file; remove it from the URL and store it with 'tiski db set-password' or in PostgreSQL's pgpass file</source>
        <translation>ett lösenord får inte sparas i en inställningsfil; ta bort det från URL:en och spara det med 'tiski db set-password' eller i PostgreSQL:s pgpass-fil</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Demo desk: every demo account's password is “%1”, e.g. aino.virtanen (advisor), paivi.lehtonen (Kela specialist), kaisa.mattila (supervisor).</source>
        <translation>Demoserviceställe: alla demokontons lösenord är ”%1”, t.ex. aino.virtanen (servicerådgivare), paivi.lehtonen (FPA-specialist), kaisa.mattila (förman).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Tiski</source>
        <translation>Logga in i Tiski</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Byt användare</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>No one can sign in to this desk: every staff account is switched off or has no password. IT gives one a password with tiski staff password USER, or adds a person with tiski staff add USER --name NAME --role it.</source>
        <translation>Ingen kan logga in på det här servicestället: alla personalkonton är avstängda eller saknar lösenord. IT ger ett konto ett lösenord med tiski staff password USER eller lägger till en person med tiski staff add USER --name NAME --role it.</translation>
    </message>
    <message>
        <source>This desk has no staff accounts yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</source>
        <translation>Servicestället har ännu inga användarkonton för personalen. Be IT att ställa in servicestället, eller prova Tiski med demodata: tiski --demo</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Kom ihåg mitt lösenord på den här datorn</translation>
    </message>
    <message>
        <source>Kept in this computer's keyring. IT allows this on personal PCs only.</source>
        <translation>Sparas i datorns nyckelring. IT tillåter detta endast på personliga datorer.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Logga in med ditt eget användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>Choose the counter you are working at.</source>
        <translation>Välj den disk där du arbetar.</translation>
    </message>
    <message>
        <source>Type your user name and your password.</source>
        <translation>Skriv ditt användarnamn och ditt lösenord.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Lösenordet kontrolleras…</translation>
    </message>
    <message>
        <source>This computer is set to counter %1, which the desk does not have. Ask IT to correct desk.counter.</source>
        <translation>Den här datorn är inställd på disk %1, som servicestället inte har. Be IT rätta inställningen desk.counter.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>Servicestället har ännu inga diskar. Be IT lägga till dem.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Välkommen, %1.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation>Servicestället öppnas…</translation>
    </message>
    <message>
        <source>Signing in failed (%1). Try again, or tell IT.</source>
        <translation>Inloggningen misslyckades (%1). Försök igen eller meddela IT.</translation>
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
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Give the person's user name.</source>
        <translation>Ange personens användarnamn.</translation>
    </message>
    <message>
        <source>Unknown role {role}. Roles: {known}.</source>
        <translation>Okänd roll {role}. Roller: {known}.</translation>
    </message>
    <message>
        <source>--retention gives a PostgreSQL role; the embedded database has no roles.</source>
        <translation>--retention ger en PostgreSQL-roll; den inbyggda databasen har inga roller.</translation>
    </message>
    <message>
        <source>'{name}' cannot be a login name: it must be 1 to 63 bytes long.</source>
        <translation>'{name}' duger inte som inloggningsnamn: det måste vara 1–63 byte långt.</translation>
    </message>
    <message>
        <source>{name} cannot be a person's login name: names starting with pg_ or tiski_ belong to PostgreSQL and to Tiski's own roles.</source>
        <translation>{name} duger inte som en persons inloggningsnamn: namn som börjar med pg_ eller tiski_ hör till PostgreSQL och till Tiskis egna roller.</translation>
    </message>
    <message>
        <source>Unknown agency {code}. Agencies: {known}.</source>
        <translation>Okänd myndighet {code}. Myndigheter: {known}.</translation>
    </message>
    <message>
        <source>Unknown services: {codes}. tiski queue list shows them.</source>
        <translation>Okända tjänster: {codes}. tiski queue list visar tjänsterna.</translation>
    </message>
    <message>
        <source>No staff member {username}. tiski staff list shows who there is.</source>
        <translation>Ingen anställd {username}. tiski staff list visar vilka som finns.</translation>
    </message>
    <message>
        <source>The database refused: {reason}. Run {command} with the owner's database URL (--database), the role that ran tiski db upgrade and may create roles (CREATEROLE).</source>
        <translation>Databasen vägrade: {reason}. Kör {command} med ägarens databasadress (--database): den roll som körde tiski db upgrade och får skapa roller (CREATEROLE).</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}.</source>
        <translation>Databasen godtog inte ändringen: {reason}.</translation>
    </message>
    <message>
        <source>{username} is new: give --name and --role as well.</source>
        <translation>{username} är ny: ange också --name och --role.</translation>
    </message>
    <message>
        <source>{username} has no login role {login} yet: make it with tiski staff add {username}.</source>
        <translation>{username} har ännu ingen inloggningsroll {login}: skapa den med tiski staff add {username}.</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>New password for {username}: </source>
        <translation>Nytt lösenord för {username}: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Samma igen: </translation>
    </message>
    <message>
        <source>The passwords differ; nothing was changed. Try again.</source>
        <translation>Lösenorden skiljer sig åt; inget ändrades. Försök igen.</translation>
    </message>
    <message>
        <source>An empty password was not set; nothing changed.</source>
        <translation>Ett tomt lösenord sattes inte; inget ändrades.</translation>
    </message>
    <message>
        <source>--no-password is for PostgreSQL's Kerberos or certificate sign-in; a local account needs a password.</source>
        <translation>--no-password är för PostgreSQL:s inloggning med Kerberos eller certifikat; ett lokalt konto behöver ett lösenord.</translation>
    </message>
    <message>
        <source>Added {username}.</source>
        <translation>{username} har lagts till.</translation>
    </message>
    <message>
        <source>Changed {username}.</source>
        <translation>{username} har ändrats.</translation>
    </message>
    <message>
        <source>No staff yet: add them with tiski staff add.</source>
        <translation>Ingen personal ännu: lägg till dem med tiski staff add.</translation>
    </message>
    <message>
        <source>{username} can no longer sign in. Their notes and audit rows stay; tiski staff add {username} lets them in again.</source>
        <translation>{username} kan inte längre logga in. Anteckningarna och loggraderna finns kvar; tiski staff add {username} släpper in personen igen.</translation>
    </message>
    <message>
        <source>No staff member {username}. tiski staff list shows who there is.</source>
        <translation>Ingen anställd {username}. tiski staff list visar vilka som finns.</translation>
    </message>
    <message>
        <source>New password set for {username}.</source>
        <translation>Nytt lösenord satt för {username}.</translation>
    </message>
    <message>
        <source>The embedded database has no roles; nothing to do.</source>
        <translation>Den inbyggda databasen har inga roller; inget att göra.</translation>
    </message>
    <message>
        <source>Roles made: {roles}.</source>
        <translation>Skapade roller: {roles}.</translation>
    </message>
    <message>
        <source>Every role is there already.</source>
        <translation>Alla roller finns redan.</translation>
    </message>
    <message>
        <source>signs in as {login} ({groups})</source>
        <translation>loggar in som {login} ({groups})</translation>
    </message>
    <message>
        <source>cannot sign in (login role {login})</source>
        <translation>kan inte logga in (inloggningsroll {login})</translation>
    </message>
    <message>
        <source>local account with a password</source>
        <translation>lokalt konto med lösenord</translation>
    </message>
    <message>
        <source>local account without a password</source>
        <translation>lokalt konto utan lösenord</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>avstängt</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(ingen myndighet)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Set up this desk</source>
        <translation>Ta i bruk det här servicestället</translation>
    </message>
    <message>
        <source>This computer's database has no desk yet. Choose how to start; everything can be changed later.</source>
        <translation>Datorns databas har ännu inget serviceställe. Välj hur du börjar; allt kan ändras senare.</translation>
    </message>
    <message>
        <source>&amp;Start from a small office's template</source>
        <translation>&amp;Börja från mallen för ett litet kontor</translation>
    </message>
    <message>
        <source>Three agencies, their services, two counters and opening hours, ready to use. Change them later in the admin window or with tiski desk export and tiski desk apply.</source>
        <translation>Tre myndigheter med sina tjänster, två diskar och öppettider, färdiga att användas. Ändra dem senare i administrationsfönstret eller med tiski desk export och tiski desk apply.</translation>
    </message>
    <message>
        <source>&amp;Import a desk file</source>
        <translation>&amp;Importera en fil för servicestället</translation>
    </message>
    <message>
        <source>A desk file (.toml) IT has prepared, for example written with tiski desk template or exported from another desk.</source>
        <translation>En fil för servicestället (.toml) som IT har förberett, till exempel skriven med tiski desk template eller exporterad från ett annat serviceställe.</translation>
    </message>
    <message>
        <source>&amp;Try the demo desk</source>
        <translation>&amp;Prova demoservicestället</translation>
    </message>
    <message>
        <source>Made-up agencies, staff and visitors in a separate demo database; this desk stays empty (the same as tiski --demo).</source>
        <translation>Påhittade myndigheter, personal och kunder i en separat demodatabas; det här servicestället förblir tomt (samma som tiski --demo).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</source>
        <translation>Ingen skärm hittades (DISPLAY har inte angetts). Starta Tiski från en skrivbordssession eller rendera en bild utan skärm: tiski screenshot console.png --demo</translation>
    </message>
    <message>
        <source>DISPLAY={display} is not an X display name such as :0 or host:0. Start Tiski from a desktop session, or correct DISPLAY.</source>
        <translation>DISPLAY={display} är inte ett namn på en X-skärm, som :0 eller värd:0. Starta Tiski från en skrivbordssession eller rätta DISPLAY.</translation>
    </message>
    <message>
        <source>No X server answers at DISPLAY={display} ({reason}). Check that the desktop session is running and that DISPLAY names it: echo $DISPLAY in a terminal of that session (over SSH, connect with ssh -X). Without a screen: {command}</source>
        <translation>Ingen X-server svarar på DISPLAY={display} ({reason}). Kontrollera att skrivbordssessionen körs och att DISPLAY anger den: echo $DISPLAY i en terminal i den sessionen (över SSH, anslut med ssh -X). Utan skärm: {command}</translation>
    </message>
    <message>
        <source>The X display {display} is there but refused the connection (libxcb error {code}). Start Tiski as the user signed in to that desktop session, or check XAUTHORITY; over SSH, connect with ssh -X.</source>
        <translation>X-skärmen {display} finns men vägrade anslutningen (libxcb-fel {code}). Starta Tiski som den användare som är inloggad i skrivbordssessionen eller kontrollera XAUTHORITY; över SSH, anslut med ssh -X.</translation>
    </message>
    <message>
        <source>Qt's xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>Qt:s xcb-plattform behöver systembibliotek som saknas: {missing}. Installera dem i Debian eller Ubuntu med: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Qt could not open a window here ({reason}). Check the screen: DISPLAY={display}, QT_QPA_PLATFORM={platform}; tiski doctor checks the rest. Without a screen: {command}</source>
        <translation>Qt kunde inte öppna ett fönster här ({reason}). Kontrollera skärmen: DISPLAY={display}, QT_QPA_PLATFORM={platform}; tiski doctor kontrollerar resten. Utan skärm: {command}</translation>
    </message>
    <message>
        <source>{username} may not set up the desk: IT and supervisors can. Sign in as one of them.</source>
        <translation>{username} får inte ställa in servicestället: det får IT-stödet och cheferna. Logga in som en av dem.</translation>
    </message>
    <message>
        <source>{username} may not watch the whole floor: supervisors can. Sign in as one.</source>
        <translation>{username} får inte följa hela salen: förmän kan. Logga in som en.</translation>
    </message>
    <message>
        <source>{username} may not work as the lobby guide: guides, advisors, specialists and supervisors can. Sign in as one of them.</source>
        <translation>{username} får inte arbeta som lobbyguide: lobbyguider, servicerådgivare, specialister och förmän får. Logga in som en av dem.</translation>
    </message>
    <message>
        <source>Could not write the picture to {path}.</source>
        <translation>Bilden kunde inte skrivas till {path}.</translation>
    </message>
    <message>
        <source>The desk has nobody in IT or supervising who could set it up.</source>
        <translation>Servicestället har ingen i IT-stödet eller bland cheferna som kunde ställa in det.</translation>
    </message>
    <message>
        <source>The desk has no supervisor to watch the floor.</source>
        <translation>Disken har ingen förman som kan följa salen.</translation>
    </message>
    <message>
        <source>The desk has no lobby guide.</source>
        <translation>Servicepunkten har ingen lobbyguide.</translation>
    </message>
</context>
<context>
    <name>StarvationAlarm</name>
    <message>
        <source>%1: %2 min (target %3)</source>
        <translation>%1: %2 min (mål %3)</translation>
    </message>
    <message>
        <source>Waiting more than twice the target: %1</source>
        <translation>Väntetiden är över dubbla målet: %1</translation>
    </message>
</context>
<context>
    <name>StepStates</name>
    <message>
        <source>later in the visit</source>
        <translation>senare under besöket</translation>
    </message>
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
        <source>later in the visit</source>
        <translation>senare under besöket</translation>
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
    <name>StrandedDialog</name>
    <message>
        <source>Stranded visitors</source>
        <translation>Kunder som blivit kvar</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Köbiljett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Hos</translation>
    </message>
    <message>
        <source>Console last seen</source>
        <translation>Konsolen senast sedd</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>Tillbaka i kön</translation>
    </message>
    <message>
        <source>Return to the queue now</source>
        <translation>Återför till kön nu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Visitors called or served at a counter where no console has been running for a few minutes. They go back to the front of their queue on their own %1 minutes after the console stopped, unless kept for the person who quit.</source>
        <translation>Kunder som kallats eller betjänas vid en disk där ingen konsol har varit igång på några minuter. De går själva tillbaka först i sin kö %1 minuter efter att konsolen stannade, om de inte behållits åt den som avslutade.</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parkerad</translation>
    </message>
    <message>
        <source>kept for %1</source>
        <translation>behållen åt %1</translation>
    </message>
    <message>
        <source>not on its own (no console held it)</source>
        <translation>inte av sig själv (ingen konsol höll den)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <source>No visitor is stranded.</source>
        <translation>Ingen kund har blivit kvar.</translation>
    </message>
    <message>
        <source>%1 is back in the queue at its original place.</source>
        <translation>%1 är tillbaka i kön på sin ursprungliga plats.</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <source>First %1 of %2 shown</source>
        <translation>De första %1 av %2 visas</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Inga poster.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
    <name>TourOverlay</name>
    <message>
        <source>Skip the tour</source>
        <translation>Hoppa över rundturen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
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
    <name>TyollisyysPanel</name>
    <message>
        <source>Pori region employment services</source>
        <translation>Sysselsättningstjänsterna i Björneborgsregionen</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>Ingen besökare vid disken.</translation>
    </message>
    <message>
        <source>No identity code for this visitor: the employment services find a job seeker by identity code.</source>
        <translation>Besökaren har ingen personbeteckning: sysselsättningstjänsterna hittar en arbetssökande med hjälp av personbeteckningen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Registrerad sedan</translation>
    </message>
    <message>
        <source>Job search obligation</source>
        <translation>Skyldighet att söka arbete</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Inte fastställd ännu</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Employment services: job-seeker status %1</source>
        <translation>Sysselsättningstjänsterna: status som arbetssökande %1</translation>
    </message>
    <message>
        <source>Registered since %1</source>
        <translation>Registrerad sedan %1</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>Handläggare: %1</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Ingen bokad</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Nästa möte: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Not registered as a job seeker with the employment services.</source>
        <translation>Inte registrerad som arbetssökande hos sysselsättningstjänsterna.</translation>
    </message>
    <message>
        <source>Employment services: %1</source>
        <translation>Sysselsättningstjänsterna: %1</translation>
    </message>
    <message>
        <source>Job Market Finland</source>
        <translation>Jobbmarknaden</translation>
    </message>
    <message>
        <source>Open in Työmarkkinatori</source>
        <translation>Öppna i Jobbmarknaden</translation>
    </message>
    <message>
        <source>The employment services sent an answer the panel cannot read.</source>
        <translation>Sysselsättningstjänsterna skickade ett svar som panelen inte kan läsa.</translation>
    </message>
</context>
<context>
    <name>UnsavedNoteQuestion</name>
    <message>
        <source>Unsaved note</source>
        <translation>Osparad anteckning</translation>
    </message>
    <message>
        <source>Save note puts it into the visit's case now. Keep as draft leaves it on this PC: it comes back when this visit is at your counter again, or the next time you sign in here. Discard deletes it.</source>
        <translation>Spara anteckning lägger den i besökets ärende nu. Behåll som utkast lämnar den på den här datorn: den kommer tillbaka när besöket är vid din disk igen, eller nästa gång du loggar in här. Släng tar bort den.</translation>
    </message>
    <message>
        <source>Save note puts it into the visit's case now. Discard deletes it: this PC cannot keep drafts at the moment.</source>
        <translation>Spara anteckning lägger den i besökets ärende nu. Släng tar bort den: den här datorn kan inte spara utkast just nu.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Spara anteckning</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Behåll som utkast</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before the transfer?</source>
        <translation>Anteckningen för %1 är inte sparad. Spara den före överföringen?</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before marking the no-show?</source>
        <translation>Anteckningen för %1 är inte sparad. Spara den innan besöket markeras som uteblivet?</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before finishing?</source>
        <translation>Anteckningen för %1 är inte sparad. Spara den innan du avslutar?</translation>
    </message>
</context>
<context>
    <name>UnsentNotes</name>
    <message>
        <source>Unsaved notes are not protected</source>
        <translation>Osparade anteckningar är inte skyddade</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) waiting to be sent</source>
        <translation>
            <numerusform>%n anteckning väntar på att skickas</numerusform>
            <numerusform>%n anteckningar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not yet sent</source>
        <translation>Anteckningar som inte har skickats</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be sent to the database yet. They stay on this PC and are sent the next time you sign in here. Close Tiski anyway?</source>
        <translation>
            <numerusform>%n anteckning kunde ännu inte skickas till databasen. Den finns kvar på den här datorn och skickas nästa gång du loggar in här. Vill du stänga Tiski ändå?</numerusform>
            <numerusform>%n anteckningar kunde ännu inte skickas till databasen. De finns kvar på den här datorn och skickas nästa gång du loggar in här. Vill du stänga Tiski ändå?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VeroPanel</name>
    <message>
        <source>Tax Administration</source>
        <translation>Skatteförvaltningen</translation>
    </message>
    <message>
        <source>Identify the visitor to see their tax card, tax decisions and tax account.</source>
        <translation>Identifiera besökaren för att se besökarens skattekort, beskattningsbeslut och skattekonto.</translation>
    </message>
    <message>
        <source>The Tax Administration's back office sent an answer the panel does not understand.</source>
        <translation>Skatteförvaltningens bakgrundssystem skickade ett svar som panelen inte förstår.</translation>
    </message>
    <message>
        <source>OmaVero</source>
        <translation>MinSkatt</translation>
    </message>
    <message>
        <source>Order or change a tax card</source>
        <translation>Beställ eller ändra skattekort</translation>
    </message>
    <message>
        <source>Tax card</source>
        <translation>Skattekort</translation>
    </message>
    <message>
        <source>No tax card in the Tax Administration's system.</source>
        <translation>Inget skattekort i Skatteförvaltningens system.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Withholding rate</source>
        <translation>Förskottsinnehållningsprocent</translation>
    </message>
    <message>
        <source>Additional rate</source>
        <translation>Tilläggsprocent</translation>
    </message>
    <message>
        <source>Income limit</source>
        <translation>Inkomstgräns</translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation>{amount} per år</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Tax card {year}</source>
        <translation>Skattekort {year}</translation>
    </message>
    <message>
        <source>payment date {date}</source>
        <translation>betalningsdag {date}</translation>
    </message>
    <message>
        <source>No tax decisions.</source>
        <translation>Inga beskattningsbeslut.</translation>
    </message>
    <message>
        <source>Tax decisions</source>
        <translation>Beskattningsbeslut</translation>
    </message>
    <message>
        <source>Not shown here</source>
        <translation>Visas inte här</translation>
    </message>
    <message>
        <source>Tax account</source>
        <translation>Skattekonto</translation>
    </message>
    <message>
        <source>No tax account.</source>
        <translation>Inget skattekonto.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>{amount}, due {date}</source>
        <translation>{amount}, förfallodag {date}</translation>
    </message>
    <message>
        <source>tax card {year}, withholding rate {percent}</source>
        <translation>skattekort {year}, förskottsinnehållningsprocent {percent}</translation>
    </message>
    <message>
        <source>tax account balance {amount}</source>
        <translation>skattekontots saldo {amount}</translation>
    </message>
    <message>
        <source>{item} {amount} due {date}</source>
        <translation>{item} {amount}, förfallodag {date}</translation>
    </message>
    <message>
        <source>Tax: {facts}</source>
        <translation>Skatt: {facts}</translation>
    </message>
</context>
<context>
    <name>ViewPanel</name>
    <message>
        <source>Propose a note</source>
        <translation>Föreslå en anteckning</translation>
    </message>
</context>
<context>
    <name>VisitZone</name>
    <message>
        <source>No visitor at the counter</source>
        <translation>Ingen besökare vid disken</translation>
    </message>
    <message>
        <source>Call the next ticket with Call next (F5). The visit's services, the visitor's case and its notes open here.</source>
        <translation>Kalla in nästa kölapp med knappen Kalla nästa (F5). Besökets tjänster, besökarens ärende och anteckningarna om det öppnas här.</translation>
    </message>
    <message>
        <source>Services of this visit</source>
        <translation>Besökets tjänster</translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation>Ärende och anteckningar</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>anonym besökare</translation>
    </message>
</context>
</TS>
