<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tiski</source>
        <translation>About Tiski</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tiski %1&lt;/h2&gt;&lt;p&gt;The staff console of the shared customer-service desk.&lt;/p&gt;&lt;p&gt;Python %2, Qt for Python %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tiski %1&lt;/h2&gt;&lt;p&gt;The staff console of the shared customer-service desk.&lt;/p&gt;&lt;p&gt;Python %2, Qt for Python %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The user name or the password is not right. Check them (is Caps Lock on?) and try again; if you have forgotten your password, ask IT.</source>
        <translation>The user name or the password is not right. Check them (is Caps Lock on?) and try again; if you have forgotten your password, ask IT.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name. Try again in {minutes} min, or ask IT to check the account.</source>
        <translation>Too many failed sign-ins with this user name. Try again in {minutes} min, or ask IT to check the account.</translation>
    </message>
    <message>
        <source>The new password is too short: use at least {count} characters.</source>
        <translation>The new password is too short: use at least {count} characters.</translation>
    </message>
    <message>
        <source>The new password contains your user name: choose another one.</source>
        <translation>The new password contains your user name: choose another one.</translation>
    </message>
    <message>
        <source>This is a service account of the ticket kiosk or the lobby display; it cannot sign in to the staff console. Sign in with your own account.</source>
        <translation>This is a service account of the ticket kiosk or the lobby display; it cannot sign in to the staff console. Sign in with your own account.</translation>
    </message>
    <message>
        <source>The current password is not right; the password was not changed.</source>
        <translation>The current password is not right; the password was not changed.</translation>
    </message>
</context>
<context>
    <name>AdminForms</name>
    <message>
        <source>{stem} (Finnish)</source>
        <translation>{stem} (Finnish)</translation>
    </message>
    <message>
        <source>{stem} (Swedish)</source>
        <translation>{stem} (Swedish)</translation>
    </message>
    <message>
        <source>{stem} (English)</source>
        <translation>{stem} (English)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>Your own account as IT: you sign in with it, and add the other staff members in the admin window or with tiski staff add.</source>
        <translation>Your own account as IT: you sign in with it, and add the other staff members in the admin window or with tiski staff add.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>F&amp;ull name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and must not contain the user name.</source>
        <translation>The password needs at least %1 characters and must not contain the user name.</translation>
    </message>
    <message>
        <source>The passwords are not the same. Type them again.</source>
        <translation>The passwords are not the same. Type them again.</translation>
    </message>
</context>
<context>
    <name>AdminPlan</name>
    <message>
        <source>The desk</source>
        <translation>The desk</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Note templates</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>brought back</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {retired} retired, {restored} brought back</source>
        <translation>{added} added, {changed} changed, {retired} retired, {restored} brought back</translation>
    </message>
    <message>
        <source>Refused: nothing will be applied</source>
        <translation>Refused: nothing will be applied</translation>
    </message>
    <message>
        <source>Nothing to change: the desk is already so.</source>
        <translation>Nothing to change: the desk is already so.</translation>
    </message>
</context>
<context>
    <name>AdminTabs</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add an agency</source>
        <translation>Add an agency</translation>
    </message>
    <message>
        <source>Retire the agency</source>
        <translation>Retire the agency</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Target wait</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <source>Retire the service</source>
        <translation>Retire the service</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Add a counter</source>
        <translation>Add a counter</translation>
    </message>
    <message>
        <source>Retire the counter</source>
        <translation>Retire the counter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>Retire the staff member</source>
        <translation>Retire the staff member</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Add a life event</source>
        <translation>Add a life event</translation>
    </message>
    <message>
        <source>Retire the life event</source>
        <translation>Retire the life event</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Add a note template</source>
        <translation>Add a note template</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Remove the template</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Set up the desk – Tiski</source>
        <translation>Set up the desk – Tiski</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gencies</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>C&amp;ounters</source>
        <translation>C&amp;ounters</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <source>&amp;Life events</source>
        <translation>&amp;Life events</translation>
    </message>
    <message>
        <source>&amp;Note templates</source>
        <translation>&amp;Note templates</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Review and apply…</translation>
    </message>
    <message>
        <source>Show what would change, then apply it</source>
        <translation>Show what would change, then apply it</translation>
    </message>
    <message>
        <source>&amp;Undo last change…</source>
        <translation>&amp;Undo last change…</translation>
    </message>
    <message>
        <source>Apply the desk as it was before this window's last apply</source>
        <translation>Apply the desk as it was before this window's last apply</translation>
    </message>
    <message>
        <source>D&amp;iscard edits</source>
        <translation>D&amp;iscard edits</translation>
    </message>
    <message>
        <source>Read the desk again from the database</source>
        <translation>Read the desk again from the database</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Export to file…</translation>
    </message>
    <message>
        <source>Write what is shown here as a desk file, e.g. for version control</source>
        <translation>Write what is shown here as a desk file, e.g. for version control</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Signed in as {name}; changes are audited under your name.</source>
        <translation>Signed in as {name}; changes are audited under your name.</translation>
    </message>
    <message>
        <source>On PostgreSQL each staff member is a login role of the server, which only the database's owner makes: here you can change skills only. To add, retire or change staff accounts, export the desk to a file and run tiski desk apply FILE with the owner's database URL.</source>
        <translation>On PostgreSQL each staff member is a login role of the server, which only the database's owner makes: here you can change skills only. To add, retire or change staff accounts, export the desk to a file and run tiski desk apply FILE with the owner's database URL.</translation>
    </message>
    <message>
        <source>Only IT adds, retires or changes staff members; you can change their skills.</source>
        <translation>Only IT adds, retires or changes staff members; you can change their skills.</translation>
    </message>
    <message>
        <source>Reading the desk…</source>
        <translation>Reading the desk…</translation>
    </message>
    <message>
        <source>{code} also leaves the skills of {staff} staff members, {events} life events, and its {templates} note templates.</source>
        <translation>{code} also leaves the skills of {staff} staff members, {events} life events, and its {templates} note templates.</translation>
    </message>
    <message>
        <source>Fix these before applying:</source>
        <translation>Fix these before applying:</translation>
    </message>
    <message>
        <source>Edits not applied yet: review them and apply.</source>
        <translation>Edits not applied yet: review them and apply.</translation>
    </message>
    <message>
        <source>Review and apply</source>
        <translation>Review and apply</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Working out what would change…</translation>
    </message>
    <message>
        <source>Applied: {counts}.</source>
        <translation>Applied: {counts}.</translation>
    </message>
    <message>
        <source>Applying failed: {error}</source>
        <translation>Applying failed: {error}</translation>
    </message>
    <message>
        <source>The desk could not be reached: {error}</source>
        <translation>The desk could not be reached: {error}</translation>
    </message>
    <message>
        <source>Set up the desk</source>
        <translation>Set up the desk</translation>
    </message>
    <message>
        <source>Export the desk to a file</source>
        <translation>Export the desk to a file</translation>
    </message>
    <message>
        <source>Desk files (*.toml);;All files (*)</source>
        <translation>Desk files (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Fix the problems listed below the tabs before exporting.</source>
        <translation>Fix the problems listed below the tabs before exporting.</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>The desk has edits that are not applied. Apply them before closing?</source>
        <translation>The desk has edits that are not applied. Apply them before closing?</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Apply…</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>&amp;Discard edits</translation>
    </message>
    <message>
        <source>Fix the problems listed below the tabs before applying.</source>
        <translation>Fix the problems listed below the tabs before applying.</translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Consultation answered within</source>
        <translation>Consultation answered within</translation>
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
        <translation>No panel for this agency is installed on this computer yet. IT can install the agency's plugin; the queue and notes work without it.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>● in service</source>
        <translation>● in service</translation>
    </message>
    <message>
        <source>● slow</source>
        <translation>● slow</translation>
    </message>
    <message>
        <source>● not reachable</source>
        <translation>● not reachable</translation>
    </message>
    <message>
        <source>● checking…</source>
        <translation>● checking…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 (slow)</source>
        <translation>%1 (slow)</translation>
    </message>
    <message>
        <source>%1 (not reachable)</source>
        <translation>%1 (not reachable)</translation>
    </message>
    <message>
        <source>The panel ran into an error: %1</source>
        <translation>The panel ran into an error: %1</translation>
    </message>
    <message>
        <source>This panel failed repeatedly and is switched off until Tiski starts again. The queue and the notes work without it. Last error: %1</source>
        <translation>This panel failed repeatedly and is switched off until Tiski starts again. The queue and the notes work without it. Last error: %1</translation>
    </message>
    <message>
        <source>The panel stopped unexpectedly; it starts again in %1 s.</source>
        <translation>The panel stopped unexpectedly; it starts again in %1 s.</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <source>Ticket number {ticket}, {counter}</source>
        <translation>Ticket number {ticket}, {counter}</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
</context>
<context>
    <name>AppointmentsDialog</name>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Today's appointments</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <source>booking code</source>
        <translation>booking code</translation>
    </message>
    <message>
        <source>&amp;Booking code:</source>
        <translation>&amp;Booking code:</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Check in</translation>
    </message>
</context>
<context>
    <name>AskSpecialistDialog</name>
    <message>
        <source>Ask a specialist</source>
        <translation>Ask a specialist</translation>
    </message>
    <message>
        <source>The agency's specialists who are available see your request; the first to accept joins the visit by video.</source>
        <translation>The agency's specialists who are available see your request; the first to accept joins the visit by video.</translation>
    </message>
    <message>
        <source>optional, e.g. housing allowance</source>
        <translation>optional, e.g. housing allowance</translation>
    </message>
    <message>
        <source>What should the specialist help with?</source>
        <translation>What should the specialist help with?</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>What is shared</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Specialists: %1</source>
        <translation>Specialists: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>%1 available, %2 busy, %3 away</source>
        <translation>%1 available, %2 busy, %3 away</translation>
    </message>
    <message>
        <source>No %1 specialist is available right now; the request waits until its time runs out.</source>
        <translation>No %1 specialist is available right now; the request waits until its time runs out.</translation>
    </message>
    <message>
        <source>The specialist sees the visitor's name and birth date (the identity code masked), the desk's shared notes of this case and the agency's own notes.</source>
        <translation>The specialist sees the visitor's name and birth date (the identity code masked), the desk's shared notes of this case and the agency's own notes.</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with %1: the specialist sees only your question and the agency's own notes. Record the consent first if more is needed.</source>
        <translation>The visitor has not agreed to share this case with %1: the specialist sees only your question and the agency's own notes. Record the consent first if more is needed.</translation>
    </message>
    <message>
        <source>Shorten the question; put the details into a note of the case.</source>
        <translation>Shorten the question; put the details into a note of the case.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>case opened</source>
        <translation>case opened</translation>
    </message>
    <message>
        <source>visitor identified</source>
        <translation>visitor identified</translation>
    </message>
    <message>
        <source>identity code shown in full</source>
        <translation>identity code shown in full</translation>
    </message>
    <message>
        <source>note written</source>
        <translation>note written</translation>
    </message>
    <message>
        <source>note amended</source>
        <translation>note amended</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>consent recorded</translation>
    </message>
    <message>
        <source>notes searched</source>
        <translation>notes searched</translation>
    </message>
    <message>
        <source>audit trail exported</source>
        <translation>audit trail exported</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>case deleted</translation>
    </message>
    <message>
        <source>visitor's data exported</source>
        <translation>visitor's data exported</translation>
    </message>
    <message>
        <source>legal hold changed</source>
        <translation>legal hold changed</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail of case %1</source>
        <translation>Audit trail of case %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), oldest first</source>
        <translation>
            <numerusform>%n event, oldest first</numerusform>
            <numerusform>%n events, oldest first</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tiski (no person)</source>
        <translation>Tiski (no person)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Action code</translation>
    </message>
</context>
<context>
    <name>BlocksArea</name>
    <message>
        <source>%1 more rows are not shown: the panel sent more than the console draws.</source>
        <translation>%1 more rows are not shown: the panel sent more than the console draws.</translation>
    </message>
</context>
<context>
    <name>BookingQuestion</name>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 for %2 at %3?</source>
        <translation>Cancel the booking of %1 for %2 at %3?</translation>
    </message>
    <message>
        <source>Cancel booking %1 for %2 at %3?</source>
        <translation>Cancel booking %1 for %2 at %3?</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Mark that %1 did not come to the appointment for %2 at %3?</source>
        <translation>Mark that %1 did not come to the appointment for %2 at %3?</translation>
    </message>
    <message>
        <source>Mark that the visitor of booking %1 did not come to %2 at %3?</source>
        <translation>Mark that the visitor of booking %1 did not come to %2 at %3?</translation>
    </message>
    <message>
        <source>Booking code %1 can no longer be checked in. This cannot be undone.</source>
        <translation>Booking code %1 can no longer be checked in. This cannot be undone.</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Keep booking</translation>
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
        <translation>coffee break</translation>
    </message>
    <message>
        <source>back-office work</source>
        <translation>back-office work</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>away</source>
        <translation>away</translation>
    </message>
</context>
<context>
    <name>Broker</name>
    <message>
        <source>This panel is not set up in the console.</source>
        <translation>This panel is not set up in the console.</translation>
    </message>
    <message>
        <source>The panel asked for an address outside its back office.</source>
        <translation>The panel asked for an address outside its back office.</translation>
    </message>
    <message>
        <source>The back office at {host} sent an answer too large to hand to the panel.</source>
        <translation>The back office at {host} sent an answer too large to hand to the panel.</translation>
    </message>
    <message>
        <source>The panel asked for a call the console does not make.</source>
        <translation>The panel asked for a call the console does not make.</translation>
    </message>
    <message>
        <source>The visitor changed before the back office answered.</source>
        <translation>The visitor changed before the back office answered.</translation>
    </message>
    <message>
        <source>The panel's call could not be made.</source>
        <translation>The panel's call could not be made.</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <source>Wrote {count} audit events of case {case} to {file}.</source>
        <translation>Wrote {count} audit events of case {case} to {file}.</translation>
    </message>
    <message>
        <source>Cutoff: {cutoff} ({days} days ago); cases inactive since before it.</source>
        <translation>Cutoff: {cutoff} ({days} days ago); cases inactive since before it.</translation>
    </message>
    <message>
        <source>Kept under legal hold: {held} cases.</source>
        <translation>Kept under legal hold: {held} cases.</translation>
    </message>
    <message>
        <source>Case {case} is under legal hold: the retention run keeps it until the hold is released.</source>
        <translation>Case {case} is under legal hold: the retention run keeps it until the hold is released.</translation>
    </message>
    <message>
        <source>Legal hold released on case {case}: the retention run deletes it once it has been inactive long enough.</source>
        <translation>Legal hold released on case {case}: the retention run deletes it once it has been inactive long enough.</translation>
    </message>
    <message>
        <source>Identity code (not shown): </source>
        <translation>Identity code (not shown): </translation>
    </message>
    <message>
        <source>No data is held about this visitor.</source>
        <translation>No data is held about this visitor.</translation>
    </message>
    <message>
        <source>Nothing was written to {file}.</source>
        <translation>Nothing was written to {file}.</translation>
    </message>
    <message>
        <source>Wrote {file} (readable by its owner only): {cases} cases, {notes} notes, {visits} visits.</source>
        <translation>Wrote {file} (readable by its owner only): {cases} cases, {notes} notes, {visits} visits.</translation>
    </message>
    <message>
        <source>The desk's identity key (64 hexadecimal characters): </source>
        <translation>The desk's identity key (64 hexadecimal characters): </translation>
    </message>
    <message>
        <source>New identity key, shown only this once:</source>
        <translation>New identity key, shown only this once:</translation>
    </message>
    <message>
        <source>Every console of a shared desk database needs this same key, or returning visitors are not recognised: set it on each of them with tiski identity set-key, and keep a copy where IT keeps its secrets. Never generate a new key for a database already in use.</source>
        <translation>Every console of a shared desk database needs this same key, or returning visitors are not recognised: set it on each of them with tiski identity set-key, and keep a copy where IT keeps its secrets. Never generate a new key for a database already in use.</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written. Choose another name, or add --force to replace it.</source>
        <translation>{file} already exists; nothing was written. Choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>Dry run, nothing was deleted. Would delete: {cases} cases, {notes} notes; would forget the visitor of {visits} visits.</source>
        <translation>Dry run, nothing was deleted. Would delete: {cases} cases, {notes} notes; would forget the visitor of {visits} visits.</translation>
    </message>
    <message>
        <source>Deleted: {cases} cases, {notes} notes; forgot the visitor of {visits} visits.</source>
        <translation>Deleted: {cases} cases, {notes} notes; forgot the visitor of {visits} visits.</translation>
    </message>
    <message>
        <source>--from-keyring moves a console's key into a PostgreSQL desk database; on the embedded database the keyring already holds the key.</source>
        <translation>--from-keyring moves a console's key into a PostgreSQL desk database; on the embedded database the keyring already holds the key.</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}), so the key it may hold cannot be backed up before it is replaced. Unlock the keyring (sign out and in again) and try again.</source>
        <translation>The keyring could not be read ({reason}), so the key it may hold cannot be backed up before it is replaced. Unlock the keyring (sign out and in again) and try again.</translation>
    </message>
    <message>
        <source>The key cannot be checked against the one the desk database was set up with, because the database cannot be read: {reason} Try again when it can; IT can add --force to set the key without the check.</source>
        <translation>The key cannot be checked against the one the desk database was set up with, because the database cannot be read: {reason} Try again when it can; IT can add --force to set the key without the check.</translation>
    </message>
    <message>
        <source>The database has no desk set up yet: the first identity code used there records this key's fingerprint.</source>
        <translation>The database has no desk set up yet: the first identity code used there records this key's fingerprint.</translation>
    </message>
    <message>
        <source>Set with --force without checking it against the desk database, which could not be read: run tiski identity status once it can.</source>
        <translation>Set with --force without checking it against the desk database, which could not be read: run tiski identity status once it can.</translation>
    </message>
    <message>
        <source>On PostgreSQL the desk's identity key is kept in the database, where only its owner may write it. Run tiski identity set-key with the owner's database URL (--database), as for tiski staff.</source>
        <translation>On PostgreSQL the desk's identity key is kept in the database, where only its owner may write it. Run tiski identity set-key with the owner's database URL (--database), as for tiski staff.</translation>
    </message>
    <message>
        <source>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the identity codes in the database were hashed with (fingerprint {stored}), so visitors identified so far would no longer be found. Give the desk's key: --from-keyring on a console that has it, or --from-file FILE. Only if you are sure (IT): --force replaces the database's key, backing the one replaced up first.</source>
        <translation>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the identity codes in the database were hashed with (fingerprint {stored}), so visitors identified so far would no longer be found. Give the desk's key: --from-keyring on a console that has it, or --from-file FILE. Only if you are sure (IT): --force replaces the database's key, backing the one replaced up first.</translation>
    </message>
    <message>
        <source>The key the database held before was saved to {file} (readable only by you). Keep the file where IT keeps its secrets, or delete it once it is not needed.</source>
        <translation>The key the database held before was saved to {file} (readable only by you). Keep the file where IT keeps its secrets, or delete it once it is not needed.</translation>
    </message>
    <message>
        <source>Identity key stored in the desk database (fingerprint {fingerprint}), readable by its owner only. The database hashes identity codes itself: consoles need no key. Remove the key from the consoles' keyrings and key files (docs/security.md).</source>
        <translation>Identity key stored in the desk database (fingerprint {fingerprint}), readable by its owner only. The database hashes identity codes itself: consoles need no key. Remove the key from the consoles' keyrings and key files (docs/security.md).</translation>
    </message>
    <message>
        <source>Nothing was changed: the desk database was set up with an identity key (fingerprint {stored}), and a new key can never match it. Every visitor identified so far would no longer be found at this console. Give this console the desk's key instead: tiski identity set-key (it asks for the key) or --from-file FILE.</source>
        <translation>Nothing was changed: the desk database was set up with an identity key (fingerprint {stored}), and a new key can never match it. Every visitor identified so far would no longer be found at this console. Give this console the desk's key instead: tiski identity set-key (it asks for the key) or --from-file FILE.</translation>
    </message>
    <message>
        <source>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the desk database was set up with (fingerprint {stored}), so visitors identified so far would not be found at this console. Copy the key again from a console of the same desk, or from where IT keeps its secrets.</source>
        <translation>Nothing was changed: this key (fingerprint {fingerprint}) is not the one the desk database was set up with (fingerprint {stored}), so visitors identified so far would not be found at this console. Copy the key again from a console of the same desk, or from where IT keeps its secrets.</translation>
    </message>
    <message>
        <source>Only if you are sure (IT): --force keeps the key on this console anyway; the database keeps its fingerprint.</source>
        <translation>Only if you are sure (IT): --force keeps the key on this console anyway; the database keeps its fingerprint.</translation>
    </message>
    <message>
        <source>The key the keyring held before was saved to {file} (readable only by you). To go back to it: tiski identity set-key --from-file {file}. Keep the file where IT keeps its secrets, or delete it once it is not needed.</source>
        <translation>The key the keyring held before was saved to {file} (readable only by you). To go back to it: tiski identity set-key --from-file {file}. Keep the file where IT keeps its secrets, or delete it once it is not needed.</translation>
    </message>
    <message>
        <source>Identity key stored in this computer's keyring (fingerprint {fingerprint}). Check it against the database with tiski identity status.</source>
        <translation>Identity key stored in this computer's keyring (fingerprint {fingerprint}). Check it against the database with tiski identity status.</translation>
    </message>
    <message>
        <source>The desk database holds this key's fingerprint: consoles with another key are refused.</source>
        <translation>The desk database holds this key's fingerprint: consoles with another key are refused.</translation>
    </message>
    <message>
        <source>Set with --force: the desk database was set up with another key (fingerprint {stored}), so identity codes cannot be used at this console until it has that key again.</source>
        <translation>Set with --force: the desk database was set up with another key (fingerprint {stored}), so identity codes cannot be used at this console until it has that key again.</translation>
    </message>
    <message>
        <source>The keyring comes first, so the key file {file} (identity.key_file) is no longer used on this console.</source>
        <translation>The keyring comes first, so the key file {file} (identity.key_file) is no longer used on this console.</translation>
    </message>
    <message>
        <source>This computer's keyring holds no identity key{reason}. Run the command on a console that has the desk's key, or give it with --from-file.</source>
        <translation>This computer's keyring holds no identity key{reason}. Run the command on a console that has the desk's key, or give it with --from-file.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Cannot read {file} ({reason}).</source>
        <translation>Cannot read {file} ({reason}).</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); it may be locked.</source>
        <translation>The keyring could not be read ({reason}); it may be locked.</translation>
    </message>
    <message>
        <source>Identity key: in this computer's keyring.</source>
        <translation>Identity key: in this computer's keyring.</translation>
    </message>
    <message>
        <source>Identity key: in the key file {file} (identity.key_file).</source>
        <translation>Identity key: in the key file {file} (identity.key_file).</translation>
    </message>
    <message>
        <source>Identity key: in the embedded database's key file {file}, made by this console.</source>
        <translation>Identity key: in the embedded database's key file {file}, made by this console.</translation>
    </message>
    <message>
        <source>Identity key: none on this console.</source>
        <translation>Identity key: none on this console.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>This computer's keyring still holds an identity key, which a PostgreSQL desk does not use: once the database holds the desk's key, remove it (python -m keyring del tiski/identity site-key).</source>
        <translation>This computer's keyring still holds an identity key, which a PostgreSQL desk does not use: once the database holds the desk's key, remove it (python -m keyring del tiski/identity site-key).</translation>
    </message>
    <message>
        <source>Identity key: none in the database yet, so identity codes cannot be used. IT puts the desk's key there: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</source>
        <translation>Identity key: none in the database yet, so identity codes cannot be used. IT puts the desk's key there: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</translation>
    </message>
    <message>
        <source>Identity key: in the desk database (fingerprint {fingerprint}), readable by its owner only; the database hashes identity codes, so consoles need no key.</source>
        <translation>Identity key: in the desk database (fingerprint {fingerprint}), readable by its owner only; the database hashes identity codes, so consoles need no key.</translation>
    </message>
    <message>
        <source>The embedded database makes its own key when an identity code is first used.</source>
        <translation>The embedded database makes its own key when an identity code is first used.</translation>
    </message>
    <message>
        <source>Set the desk's key with tiski identity set-key, or name a key file in identity.key_file.</source>
        <translation>Set the desk's key with tiski identity set-key, or name a key file in identity.key_file.</translation>
    </message>
    <message>
        <source>The database was set up with the key of fingerprint {stored}.</source>
        <translation>The database was set up with the key of fingerprint {stored}.</translation>
    </message>
    <message>
        <source>Fingerprint of this console's key: {fingerprint}</source>
        <translation>Fingerprint of this console's key: {fingerprint}</translation>
    </message>
    <message>
        <source>The database has no key fingerprint yet: the first console to use an identity code sets it.</source>
        <translation>The database has no key fingerprint yet: the first console to use an identity code sets it.</translation>
    </message>
    <message>
        <source>The database was set up with this same key: they match.</source>
        <translation>The database was set up with this same key: they match.</translation>
    </message>
    <message>
        <source>The database was set up with another key (fingerprint {stored}), so this console would not recognise returning visitors. Give it the desk's key with tiski identity set-key.</source>
        <translation>The database was set up with another key (fingerprint {stored}), so this console would not recognise returning visitors. Give it the desk's key with tiski identity set-key.</translation>
    </message>
    <message>
        <source>The backup {file} holds the desk's key: tiski identity set-key --from-file {file}</source>
        <translation>The backup {file} holds the desk's key: tiski identity set-key --from-file {file}</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Identify…</source>
        <translation>Identify…</translation>
    </message>
    <message>
        <source>Enter the visitor's identity code or name</source>
        <translation>Enter the visitor's identity code or name</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Show code</translation>
    </message>
    <message>
        <source>Show the full identity code for 15 seconds (recorded in the audit trail)</source>
        <translation>Show the full identity code for 15 seconds (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <source>Record which agencies the visitor shares with</source>
        <translation>Record which agencies the visitor shares with</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Continue this case</source>
        <translation>Continue this case</translation>
    </message>
    <message>
        <source>Write a new note instead</source>
        <translation>Write a new note instead</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who may read this note</source>
        <translation>Who may read this note</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Insert a checklist for this service</source>
        <translation>Insert a checklist for this service</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Save the note into the case (Ctrl+Enter)</source>
        <translation>Save the note into the case (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Visible to:</source>
        <translation>Visible to:</translation>
    </message>
    <message>
        <source>Visitor not identified</source>
        <translation>Visitor not identified</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Reading the case…</translation>
    </message>
    <message>
        <source>The unsaved note of ticket %1 is kept as a draft on this PC.</source>
        <translation>The unsaved note of ticket %1 is kept as a draft on this PC.</translation>
    </message>
    <message>
        <source>No visitor at the counter</source>
        <translation>No visitor at the counter</translation>
    </message>
    <message>
        <source>The visitor's case and its notes open here.</source>
        <translation>The visitor's case and its notes open here.</translation>
    </message>
    <message>
        <source>Notes can be written once a visit is open.</source>
        <translation>Notes can be written once a visit is open.</translation>
    </message>
    <message>
        <source>Write what the visitor needs and what was agreed. Saved drafts survive a crash.</source>
        <translation>Write what the visitor needs and what was agreed. Saved drafts survive a crash.</translation>
    </message>
    <message>
        <source>%1 proposed a note, but no visit is open.</source>
        <translation>%1 proposed a note, but no visit is open.</translation>
    </message>
    <message>
        <source>%1 proposed this note: check it and save it, or edit it first.</source>
        <translation>%1 proposed this note: check it and save it, or edit it first.</translation>
    </message>
    <message>
        <source>identified by identity code</source>
        <translation>identified by identity code</translation>
    </message>
    <message>
        <source>No case yet: the first note saved opens one.</source>
        <translation>No case yet: the first note saved opens one.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>opened %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept for other agencies are not shown.</source>
        <translation>
            <numerusform>%n note kept for other agencies is not shown.</numerusform>
            <numerusform>%n notes kept for other agencies are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>This visitor has earlier cases. Continue one, or write a note to start a new case.</source>
        <translation>This visitor has earlier cases. Continue one, or write a note to start a new case.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 (%2, %n note(s))</source>
        <translation>
            <numerusform>Case %1 (%2, %n note)</numerusform>
            <numerusform>Case %1 (%2, %n notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor identified.</source>
        <translation>Visitor identified.</translation>
    </message>
    <message>
        <source>This visit has no case yet.</source>
        <translation>This visit has no case yet.</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Shared with the desk</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 only</translation>
    </message>
    <message>
        <source>Correcting the note of %1 by %2. The original stays in the case, marked as corrected.</source>
        <translation>Correcting the note of %1 by %2. The original stays in the case, marked as corrected.</translation>
    </message>
    <message>
        <source>The database refused this note: %1 Check it, then save it again.</source>
        <translation>The database refused this note: %1 Check it, then save it again.</translation>
    </message>
    <message>
        <source>Your unsaved note of this visit is back.</source>
        <translation>Your unsaved note of this visit is back.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>The database cannot be reached. The note is kept on this PC and sent when the connection is back.</source>
        <translation>The database cannot be reached. The note is kept on this PC and sent when the connection is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept on this PC are now in the database.</source>
        <translation>
            <numerusform>%n note kept on this PC is now in the database.</numerusform>
            <numerusform>%n notes kept on this PC are now in the database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>%1 · Visit with ticket %2</source>
        <translation>%1 · Visit with ticket %2</translation>
    </message>
    <message>
        <source>shared with the desk</source>
        <translation>shared with the desk</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>corrects the note of %1</source>
        <translation>corrects the note of %1</translation>
    </message>
    <message>
        <source>corrected by a later note</source>
        <translation>corrected by a later note</translation>
    </message>
    <message>
        <source>The visitor agreed to share this case with %1.</source>
        <translation>The visitor agreed to share this case with %1.</translation>
    </message>
    <message>
        <source>The visitor does not share this case with %1.</source>
        <translation>The visitor does not share this case with %1.</translation>
    </message>
    <message>
        <source>%1 · %2 · consent</source>
        <translation>%1 · %2 · consent</translation>
    </message>
    <message>
        <source>%1 · waiting to be sent: the database cannot be reached</source>
        <translation>%1 · waiting to be sent: the database cannot be reached</translation>
    </message>
</context>
<context>
    <name>CaseViewerDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) kept for other agencies are not shown.</source>
        <translation>
            <numerusform>%n note kept for other agencies is not shown.</numerusform>
            <numerusform>%n notes kept for other agencies are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>The note is empty. Write something before saving.</source>
        <translation>The note is empty. Write something before saving.</translation>
    </message>
    <message>
        <source>The note is {length} characters long; the limit is {limit}. Shorten it or split it into two notes. Your text stays in the editor.</source>
        <translation>The note is {length} characters long; the limit is {limit}. Shorten it or split it into two notes. Your text stays in the editor.</translation>
    </message>
    <message>
        <source>This console has no identity key, so identity codes cannot be used. Ask IT to set the desk's key (tiski identity set-key).</source>
        <translation>This console has no identity key, so identity codes cannot be used. Ask IT to set the desk's key (tiski identity set-key).</translation>
    </message>
    <message>
        <source>This console's identity key differs from the one the desk database was set up with, so earlier visits could not be found. Ask IT to give this console the desk's key (tiski identity set-key).</source>
        <translation>This console's identity key differs from the one the desk database was set up with, so earlier visits could not be found. Ask IT to give this console the desk's key (tiski identity set-key).</translation>
    </message>
    <message>
        <source>The desk database has no identity key yet, so identity codes cannot be used. Ask IT to put the desk's key into the database (tiski identity set-key with the owner's database URL).</source>
        <translation>The desk database has no identity key yet, so identity codes cannot be used. Ask IT to put the desk's key into the database (tiski identity set-key with the owner's database URL).</translation>
    </message>
    <message>
        <source>Case {case} does not exist (any more). It may have been deleted under the retention rules.</source>
        <translation>Case {case} does not exist (any more). It may have been deleted under the retention rules.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>This visit no longer exists.</translation>
    </message>
    <message>
        <source>This visitor is not at your counter, so their cases are not shown to you.</source>
        <translation>This visitor is not at your counter, so their cases are not shown to you.</translation>
    </message>
    <message>
        <source>Case {case} belongs to another visitor; it was not opened.</source>
        <translation>Case {case} belongs to another visitor; it was not opened.</translation>
    </message>
    <message>
        <source>The note to correct is not in this case or not yours to read.</source>
        <translation>The note to correct is not in this case or not yours to read.</translation>
    </message>
    <message>
        <source>Another note in the database already has this note's id; it was not saved. Copy its text into a new note and save that.</source>
        <translation>Another note in the database already has this note's id; it was not saved. Copy its text into a new note and save that.</translation>
    </message>
    <message>
        <source>The note has neither a case nor a visit to go with; it was not saved.</source>
        <translation>The note has neither a case nor a visit to go with; it was not saved.</translation>
    </message>
    <message>
        <source>Unknown agency for the note.</source>
        <translation>Unknown agency for the note.</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with that agency. Ask the visitor and record the consent first, or keep the note for the service being served.</source>
        <translation>The visitor has not agreed to share this case with that agency. Ask the visitor and record the consent first, or keep the note for the service being served.</translation>
    </message>
    <message>
        <source>Unknown agency for the consent.</source>
        <translation>Unknown agency for the consent.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Type at least one word to search for.</translation>
    </message>
    <message>
        <source>Case {case} has no audit trail: no such case.</source>
        <translation>Case {case} has no audit trail: no such case.</translation>
    </message>
    <message>
        <source>retention.notes_days must be at least 1, not {days}.</source>
        <translation>retention.notes_days must be at least 1, not {days}.</translation>
    </message>
    <message>
        <source>Your database login reads only part of the visitors' cases, so the export would be incomplete. Data requests need the records role: ask IT (tiski staff add USERNAME --retention).</source>
        <translation>Your database login reads only part of the visitors' cases, so the export would be incomplete. Data requests need the records role: ask IT (tiski staff add USERNAME --retention).</translation>
    </message>
    <message>
        <source>This visit is not part of your work: it is not at your counter and not in a consultation you accepted.</source>
        <translation>This visit is not part of your work: it is not at your counter and not in a consultation you accepted.</translation>
    </message>
    <message>
        <source>Case {case} is not part of your work. You can open a case when its visitor is at your counter, in a consultation you accepted, when your agency has notes in it, or when the visitor shares it with your agency.</source>
        <translation>Case {case} is not part of your work. You can open a case when its visitor is at your counter, in a consultation you accepted, when your agency has notes in it, or when the visitor shares it with your agency.</translation>
    </message>
    <message>
        <source>Consent can be recorded only with the visitor present: for the visit at your counter, or in a consultation you accepted while the visitor is at the advisor's counter. Nothing was recorded.</source>
        <translation>Consent can be recorded only with the visitor present: for the visit at your counter, or in a consultation you accepted while the visitor is at the advisor's counter. Nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type your current password and the new one.</source>
        <translation>Type your current password and the new one.</translation>
    </message>
    <message>
        <source>The new passwords are not the same. Type them again.</source>
        <translation>The new passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Changing your password…</translation>
    </message>
    <message>
        <source>The password was not changed (%1). Try again, or tell IT.</source>
        <translation>The password was not changed (%1). Try again, or tell IT.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--set needs KEY=VALUE, for example --set ui.language=sv (got {item!r})</source>
        <translation>--set needs KEY=VALUE, for example --set ui.language=sv (got {item!r})</translation>
    </message>
    <message>
        <source>Settings files read: {files}</source>
        <translation>Settings files read: {files}</translation>
    </message>
    <message>
        <source>Settings are valid. Files read: {files}</source>
        <translation>Settings are valid. Files read: {files}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>Schema created ({new}).</source>
        <translation>Schema created ({new}).</translation>
    </message>
    <message>
        <source>Schema is already current ({head}).</source>
        <translation>Schema is already current ({head}).</translation>
    </message>
    <message>
        <source>Schema upgraded from {old} to {new}.</source>
        <translation>Schema upgraded from {old} to {new}.</translation>
    </message>
    <message>
        <source>Schema {current}: current.</source>
        <translation>Schema {current}: current.</translation>
    </message>
    <message>
        <source>Schema: none yet. Run 'tiski db upgrade' to create it ({head}).</source>
        <translation>Schema: none yet. Run 'tiski db upgrade' to create it ({head}).</translation>
    </message>
    <message>
        <source>Schema {current}: needs upgrading to {head}. Run 'tiski db upgrade'.</source>
        <translation>Schema {current}: needs upgrading to {head}. Run 'tiski db upgrade'.</translation>
    </message>
    <message>
        <source>Schema {current}: newer than this Tiski (knows up to {head}). Install the Tiski version the other consoles use.</source>
        <translation>Schema {current}: newer than this Tiski (knows up to {head}). Install the Tiski version the other consoles use.</translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Password again: </translation>
    </message>
    <message>
        <source>Demo desk written into the database.</source>
        <translation>Demo desk written into the database.</translation>
    </message>
    <message>
        <source>The database already has a desk; nothing was changed.</source>
        <translation>The database already has a desk; nothing was changed.</translation>
    </message>
    <message>
        <source>Only a PostgreSQL database has a password; set database.url to the office's PostgreSQL first.</source>
        <translation>Only a PostgreSQL database has a password; set database.url to the office's PostgreSQL first.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>The passwords differ; nothing was stored. Try again.</source>
        <translation>The passwords differ; nothing was stored. Try again.</translation>
    </message>
    <message>
        <source>An empty password was not stored.</source>
        <translation>An empty password was not stored.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL's pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</source>
        <translation>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL's pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</translation>
    </message>
    <message>
        <source>The keyring refused the password ({reason}).</source>
        <translation>The keyring refused the password ({reason}).</translation>
    </message>
    <message>
        <source>Password for {user} stored in the keyring.</source>
        <translation>Password for {user} stored in the keyring.</translation>
    </message>
    <message>
        <source>--size must look like 1440x900 (200 to 8000 pixels each way), not {size!r}</source>
        <translation>--size must look like 1440x900 (200 to 8000 pixels each way), not {size!r}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>must be a whole number from {minimum} to {maximum}, not {value!r}</source>
        <translation>must be a whole number from {minimum} to {maximum}, not {value!r}</translation>
    </message>
    <message>
        <source>a case id is a whole number from 1 to {maximum}, not {value!r}</source>
        <translation>a case id is a whole number from 1 to {maximum}, not {value!r}</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535, or 0 for any free port, not {value!r}</source>
        <translation>must be a port number from 1 to 65535, or 0 for any free port, not {value!r}</translation>
    </message>
    <message>
        <source>tiski {command} needs a signed-in person: add --user USERNAME (one of the roles: {roles}); the password is asked, or read from {variable}.</source>
        <translation>tiski {command} needs a signed-in person: add --user USERNAME (one of the roles: {roles}); the password is asked, or read from {variable}.</translation>
    </message>
    <message>
        <source>The command failed unexpectedly ({reason}); the log file has the details.</source>
        <translation>The command failed unexpectedly ({reason}); the log file has the details.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The desk's database cannot be reached. Go on with the visitor at your counter: notes you save wait on this PC and are sent when it is back; tell the visitor their matter is recorded. Calling the next visitor waits for the connection. If it lasts more than a few minutes: %1</source>
        <translation>The desk's database cannot be reached. Go on with the visitor at your counter: notes you save wait on this PC and are sent when it is back; tell the visitor their matter is recorded. Calling the next visitor waits for the connection. If it lasts more than a few minutes: %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Visitor's consent</source>
        <translation>Visitor's consent</translation>
    </message>
    <message>
        <source>With the visitor's consent an agency may read the desk's shared notes of this case and receive the notes shared with it. Notes kept in an agency's own partition are not affected. The visitor can withdraw consent at any time: untick the agency to record it.</source>
        <translation>With the visitor's consent an agency may read the desk's shared notes of this case and receive the notes shared with it. Notes kept in an agency's own partition are not affected. The visitor can withdraw consent at any time: untick the agency to record it.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>May share with %1</source>
        <translation>May share with %1</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Save consent</translation>
    </message>
    <message>
        <source>recorded by %1 at %2</source>
        <translation>recorded by %1 at %2</translation>
    </message>
    <message>
        <source>withdrawn, recorded by %1 at %2</source>
        <translation>withdrawn, recorded by %1 at %2</translation>
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
        <translation>Dark text on light panels</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>White and yellow text on black, every control outlined</source>
        <translation>White and yellow text on black, every control outlined</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Make the text of Tiski's windows larger</source>
        <translation>Make the text of Tiski's windows larger</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>Make the text of Tiski's windows smaller</source>
        <translation>Make the text of Tiski's windows smaller</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;xt size</translation>
    </message>
    <message>
        <source>High contrast on</source>
        <translation>High contrast on</translation>
    </message>
    <message>
        <source>Standard theme on</source>
        <translation>Standard theme on</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
</context>
<context>
    <name>ConsoleCommands</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the queues again</source>
        <translation>Read the queues again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Close Tiski</source>
        <translation>Close Tiski</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>A short guide to this window</source>
        <translation>A short guide to this window</translation>
    </message>
    <message>
        <source>Tour of the console</source>
        <translation>Tour of the console</translation>
    </message>
    <message>
        <source>The console's zones, one at a time</source>
        <translation>The console's zones, one at a time</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Show Tiski's log files</source>
        <translation>Show Tiski's log files</translation>
    </message>
    <message>
        <source>Search notes…</source>
        <translation>Search notes…</translation>
    </message>
    <message>
        <source>Search the case notes you may read</source>
        <translation>Search the case notes you may read</translation>
    </message>
    <message>
        <source>About Tiski</source>
        <translation>About Tiski</translation>
    </message>
    <message>
        <source>Stranded visitors…</source>
        <translation>Stranded visitors…</translation>
    </message>
    <message>
        <source>Visitors held at counters whose console stopped; return one to the queue</source>
        <translation>Visitors held at counters whose console stopped; return one to the queue</translation>
    </message>
    <message>
        <source>Set up the desk…</source>
        <translation>Set up the desk…</translation>
    </message>
    <message>
        <source>The desk's agencies, services, counters, staff and texts (IT, supervisors)</source>
        <translation>The desk's agencies, services, counters, staff and texts (IT, supervisors)</translation>
    </message>
    <message>
        <source>Agency plugins…</source>
        <translation>Agency plugins…</translation>
    </message>
    <message>
        <source>Plugins found, their state and credentials</source>
        <translation>Plugins found, their state and credentials</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Agency panels</source>
        <translation>Agency panels</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Desk actions</source>
        <translation>Desk actions</translation>
    </message>
    <message>
        <source>More desk actions</source>
        <translation>More desk actions</translation>
    </message>
    <message>
        <source>Help – the console</source>
        <translation>Help – the console</translation>
    </message>
    <message>
        <source>Tiski's log folder</source>
        <translation>Tiski's log folder</translation>
    </message>
    <message>
        <source>This PC has no program to open folders with. Tiski's logs are in:</source>
        <translation>This PC has no program to open folders with. Tiski's logs are in:</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copy the path</translation>
    </message>
</context>
<context>
    <name>ConsoleHelp</name>
    <message>
        <source>IT help: %1</source>
        <translation>IT help: %1</translation>
    </message>
    <message>
        <source>Call your IT help desk. (IT can show its phone number here: the setting support.contact.)</source>
        <translation>Call your IT help desk. (IT can show its phone number here: the setting support.contact.)</translation>
    </message>
    <message>
        <source>Ctrl+Enter – Save the note being written</source>
        <translation>Ctrl+Enter – Save the note being written</translation>
    </message>
    <message>
        <source>The console</source>
        <translation>The console</translation>
    </message>
    <message>
        <source>Left: your ticket, the queues by service and the waiting tickets. Middle: the visitor at your counter, the services of their visit, their case and its notes. Right: a panel per agency, reaching that agency's own system for the visitor.</source>
        <translation>Left: your ticket, the queues by service and the waiting tickets. Middle: the visitor at your counter, the services of their visit, their case and its notes. Right: a panel per agency, reaching that agency's own system for the visitor.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Who call next calls</source>
        <translation>Who call next calls</translation>
    </message>
    <message>
        <source>Call next (%1) takes, in this order:</source>
        <translation>Call next (%1) takes, in this order:</translation>
    </message>
    <message>
        <source>Who calls them</source>
        <translation>Who calls them</translation>
    </message>
    <message>
        <source>The line under your ticket says why it was called to you.</source>
        <translation>The line under your ticket says why it was called to you.</translation>
    </message>
    <message>
        <source>Who reads a note</source>
        <translation>Who reads a note</translation>
    </message>
    <message>
        <source>Visible to decides it. A note shared with the desk is read by the desk's own staff, and by an agency's staff only when the visitor has consented to that agency. A note for one agency is read by that agency's staff only. You always read your own notes.</source>
        <translation>Visible to decides it. A note shared with the desk is read by the desk's own staff, and by an agency's staff only when the visitor has consented to that agency. A note for one agency is read by that agency's staff only. You always read your own notes.</translation>
    </message>
    <message>
        <source>Consent… records, with the visitor present, which agencies they share this case with. Withdrawing is recorded the same way. Ask the visitor before you write for an agency they have not consented to: the desk refuses such a note.</source>
        <translation>Consent… records, with the visitor present, which agencies they share this case with. Withdrawing is recorded the same way. Ask the visitor before you write for an agency they have not consented to: the desk refuses such a note.</translation>
    </message>
    <message>
        <source>Notes cannot be edited: double-click a note to correct it with a new one. Identity codes in a note are stored masked.</source>
        <translation>Notes cannot be edited: double-click a note to correct it with a new one. Identity codes in a note are stored masked.</translation>
    </message>
    <message>
        <source>Requests from the counters</source>
        <translation>Requests from the counters</translation>
    </message>
    <message>
        <source>The inbox above lists what advisors ask of your agency. Accept a request to join the visit: you see its case and write notes for your agency. Hand it back when you are done, or decline it with a reason the advisor reads.</source>
        <translation>The inbox above lists what advisors ask of your agency. Accept a request to join the visit: you see its case and write notes for your agency. Hand it back when you are done, or decline it with a reason the advisor reads.</translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation>For supervisors</translation>
    </message>
    <message>
        <source>The floor (tiski floor) shows every queue and counter live; Stranded visitors lists visitors left at a counter nobody is at.</source>
        <translation>The floor (tiski floor) shows every queue and counter live; Stranded visitors lists visitors left at a counter nobody is at.</translation>
    </message>
    <message>
        <source>When something is wrong</source>
        <translation>When something is wrong</translation>
    </message>
    <message>
        <source>A note being written is kept on this PC all the time: after a crash or a lost connection it is offered again. While the database cannot be reached, saved notes wait in the outbox and are sent when it comes back; tell the visitor their matter is recorded.</source>
        <translation>A note being written is kept on this PC all the time: after a crash or a lost connection it is offered again. While the database cannot be reached, saved notes wait in the outbox and are sent when it comes back; tell the visitor their matter is recorded.</translation>
    </message>
    <message>
        <source>The counter's actions</source>
        <translation>The counter's actions</translation>
    </message>
    <message>
        <source>Call next (%1) calls the next visitor to your counter. Then Start, Transfer, No-show and Done (%2) follow the visitor. Every action has a key: F1 lists them.</source>
        <translation>Call next (%1) calls the next visitor to your counter. Then Start, Transfer, No-show and Done (%2) follow the visitor. Every action has a key: F1 lists them.</translation>
    </message>
    <message>
        <source>Your ticket and the queues</source>
        <translation>Your ticket and the queues</translation>
    </message>
    <message>
        <source>Your ticket shows the visitor you called and why call next chose them. Below: how many wait for each service and how long, and every waiting ticket; type in the filter to find one.</source>
        <translation>Your ticket shows the visitor you called and why call next chose them. Below: how many wait for each service and how long, and every waiting ticket; type in the filter to find one.</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>The visit</translation>
    </message>
    <message>
        <source>The visitor at your counter: the services of their visit in order, their case and its notes. Identify the visitor only when the matter needs it.</source>
        <translation>The visitor at your counter: the services of their visit in order, their case and its notes. Identify the visitor only when the matter needs it.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Write what the visitor needs and what was agreed. Visible to decides who reads the note. Ctrl+Enter saves it. What you type is kept on this PC even if the console or the network fails.</source>
        <translation>Write what the visitor needs and what was agreed. Visible to decides who reads the note. Ctrl+Enter saves it. What you type is kept on this PC even if the console or the network fails.</translation>
    </message>
    <message>
        <source>The agencies</source>
        <translation>The agencies</translation>
    </message>
    <message>
        <source>A panel per agency reaches that agency's own system for the visitor at your counter. Ask a specialist (%1) brings one of them into the visit.</source>
        <translation>A panel per agency reaches that agency's own system for the visitor at your counter. Ask a specialist (%1) brings one of them into the visit.</translation>
    </message>
    <message>
        <source>Connection and you</source>
        <translation>Connection and you</translation>
    </message>
    <message>
        <source>The status bar says whether the database is reachable, your counter and who is signed in. %1 locks the console when you step away.</source>
        <translation>The status bar says whether the database is reachable, your counter and who is signed in. %1 locks the console when you step away.</translation>
    </message>
</context>
<context>
    <name>ConsoleLock</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Hide everything until you type your password</source>
        <translation>Hide everything until you type your password</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Lock this console and let a colleague sign in, without closing it</source>
        <translation>Lock this console and let a colleague sign in, without closing it</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Type your password, then press Unlock.</source>
        <translation>Type your password, then press Unlock.</translation>
    </message>
    <message>
        <source>This console cannot check a password. Use Switch user to sign in again.</source>
        <translation>This console cannot check a password. Use Switch user to sign in again.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>The password could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>The password is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>The password is not right. You can try again in %n second(s).</numerusform>
            <numerusform>The password is not right. You can try again in %n second(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is not right. Try again.</source>
        <translation>The password is not right. Try again.</translation>
    </message>
    <message>
        <source>Switching user needs Tiski started with sign-in; close Tiski instead.</source>
        <translation>Switching user needs Tiski started with sign-in; close Tiski instead.</translation>
    </message>
    <message>
        <source>This console cannot change passwords (it was not signed in with one).</source>
        <translation>This console cannot change passwords (it was not signed in with one).</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
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
        <translation>The counter you are signed in at</translation>
    </message>
    <message>
        <source>Ticket %1 is no longer at your counter: another counter took it, or it went back to the queue.</source>
        <translation>Ticket %1 is no longer at your counter: another counter took it, or it went back to the queue.</translation>
    </message>
    <message>
        <source>Tiski – %1</source>
        <translation>Tiski – %1</translation>
    </message>
    <message>
        <source>%1 – DEMO, not a real desk</source>
        <translation>%1 – DEMO, not a real desk</translation>
    </message>
    <message>
        <source>On a break (%1) since %2</source>
        <translation>On a break (%1) since %2</translation>
    </message>
    <message>
        <source>The floor shows you on a break. Call next or I'm back ends it.</source>
        <translation>The floor shows you on a break. Call next or I'm back ends it.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Changes from other counters appear at once.</source>
        <translation>Changes from other counters appear at once.</translation>
    </message>
    <message>
        <source>Live updates paused</source>
        <translation>Live updates paused</translation>
    </message>
    <message>
        <source>Tiski is reconnecting; the queue is read again when it is back.</source>
        <translation>Tiski is reconnecting; the queue is read again when it is back.</translation>
    </message>
    <message>
        <source>Database: connected</source>
        <translation>Database: connected</translation>
    </message>
    <message>
        <source>Database: reconnecting…</source>
        <translation>Database: reconnecting…</translation>
    </message>
    <message>
        <source>Database: connection lost</source>
        <translation>Database: connection lost</translation>
    </message>
</context>
<context>
    <name>ConsoleZones</name>
    <message>
        <source>Next zone</source>
        <translation>Next zone</translation>
    </message>
    <message>
        <source>Move to the next part of the window: queues, visit, agency panels</source>
        <translation>Move to the next part of the window: queues, visit, agency panels</translation>
    </message>
    <message>
        <source>Previous zone</source>
        <translation>Previous zone</translation>
    </message>
    <message>
        <source>Move to the previous part of the window</source>
        <translation>Move to the previous part of the window</translation>
    </message>
    <message>
        <source>Consultation requests</source>
        <translation>Consultation requests</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
</context>
<context>
    <name>ConsultBar</name>
    <message>
        <source>Join video</source>
        <translation>Join video</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Book remote appointment…</source>
        <translation>Book remote appointment…</translation>
    </message>
    <message>
        <source>No %1 specialist accepted in time. Book a remote appointment or transfer the visit.</source>
        <translation>No %1 specialist accepted in time. Book a remote appointment or transfer the visit.</translation>
    </message>
    <message>
        <source>Remote appointment booked: code %1.</source>
        <translation>Remote appointment booked: code %1.</translation>
    </message>
</context>
<context>
    <name>ConsultContextDialog</name>
    <message>
        <source>Ticket %1 – shared case</source>
        <translation>Ticket %1 – shared case</translation>
    </message>
    <message>
        <source>%1 at %2 asks: %3</source>
        <translation>%1 at %2 asks: %3</translation>
    </message>
    <message>
        <source>Visitor: %1</source>
        <translation>Visitor: %1</translation>
    </message>
    <message>
        <source>The visitor has not agreed to share this case with your agency: you see the question and your agency's own notes only.</source>
        <translation>The visitor has not agreed to share this case with your agency: you see the question and your agency's own notes only.</translation>
    </message>
    <message>
        <source>Join video</source>
        <translation>Join video</translation>
    </message>
    <message>
        <source>A note into the visit's case</source>
        <translation>A note into the visit's case</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 only</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Shared with the desk</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Visible to:</source>
        <translation>Visible to:</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of this case are not shared with you.</source>
        <translation>
            <numerusform>%n note of this case are not shared with you.</numerusform>
            <numerusform>%n notes of this case are not shared with you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
</context>
<context>
    <name>ConsultStatusLabel</name>
    <message>
        <source>agency %1</source>
        <translation>agency %1</translation>
    </message>
    <message>
        <source>The specialist</source>
        <translation>The specialist</translation>
    </message>
    <message>
        <source>Asked %1 just now – waiting</source>
        <translation>Asked %1 just now – waiting</translation>
    </message>
    <message>
        <source>Asked %1 %2 min ago – waiting</source>
        <translation>Asked %1 %2 min ago – waiting</translation>
    </message>
    <message>
        <source>%1 (%2) joined at %3</source>
        <translation>%1 (%2) joined at %3</translation>
    </message>
    <message>
        <source>No %1 specialist accepted in time</source>
        <translation>No %1 specialist accepted in time</translation>
    </message>
    <message>
        <source>%1 handed the visit back at %2</source>
        <translation>%1 handed the visit back at %2</translation>
    </message>
    <message>
        <source>%1 took the visit over at %2</source>
        <translation>%1 took the visit over at %2</translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation>Request to %1 cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n declined)</source>
        <translation>
            <numerusform>%1 (%n declined)</numerusform>
            <numerusform>%1 (%n declined)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declined: %2</source>
        <translation>%1 declined: %2</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>That request no longer exists.</source>
        <translation>That request no longer exists.</translation>
    </message>
    <message>
        <source>Only an agency's specialists answer its consultation requests.</source>
        <translation>Only an agency's specialists answer its consultation requests.</translation>
    </message>
    <message>
        <source>Write a short question so the specialist knows what it is about.</source>
        <translation>Write a short question so the specialist knows what it is about.</translation>
    </message>
    <message>
        <source>The question is {length} characters long; the limit is {limit}. Put the details into a note of the case instead.</source>
        <translation>The question is {length} characters long; the limit is {limit}. Put the details into a note of the case instead.</translation>
    </message>
    <message>
        <source>Unknown agency.</source>
        <translation>Unknown agency.</translation>
    </message>
    <message>
        <source>A specialist can be asked only for the visit at your counter.</source>
        <translation>A specialist can be asked only for the visit at your counter.</translation>
    </message>
    <message>
        <source>This visit already has a request to that agency.</source>
        <translation>This visit already has a request to that agency.</translation>
    </message>
    <message>
        <source>The request is no longer open.</source>
        <translation>The request is no longer open.</translation>
    </message>
    <message>
        <source>Choose a service of the agency that was asked.</source>
        <translation>Choose a service of the agency that was asked.</translation>
    </message>
    <message>
        <source>That request is for another agency.</source>
        <translation>That request is for another agency.</translation>
    </message>
    <message>
        <source>{name} already took this request.</source>
        <translation>{name} already took this request.</translation>
    </message>
    <message>
        <source>This request is no longer open (it was cancelled or its time ran out).</source>
        <translation>This request is no longer open (it was cancelled or its time ran out).</translation>
    </message>
    <message>
        <source>Say why you decline, so the advisor can plan what next.</source>
        <translation>Say why you decline, so the advisor can plan what next.</translation>
    </message>
    <message>
        <source>Only the specialist who accepted sees the visit's case.</source>
        <translation>Only the specialist who accepted sees the visit's case.</translation>
    </message>
    <message>
        <source>The visit is no longer at the advisor's counter; it cannot be taken over.</source>
        <translation>The visit is no longer at the advisor's counter; it cannot be taken over.</translation>
    </message>
    <message>
        <source>Only the person who asked, or a supervisor, can change this request.</source>
        <translation>Only the person who asked, or a supervisor, can change this request.</translation>
    </message>
    <message>
        <source>Only the specialist who accepted the request can do this.</source>
        <translation>Only the specialist who accepted the request can do this.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Call IT: %1.</source>
        <translation>Call IT: %1.</translation>
    </message>
    <message>
        <source>Call your IT help desk.</source>
        <translation>Call your IT help desk.</translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Serves by video, not in the lobby</source>
        <translation>Serves by video, not in the lobby</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>the desk's own office</source>
        <translation>the desk's own office</translation>
    </message>
</context>
<context>
    <name>CounterLeaving</name>
    <message>
        <source>Visitors at your counter</source>
        <translation>Visitors at your counter</translation>
    </message>
    <message>
        <source>Your choice could not be saved (%1). Quit anyway? The visitors at your counter then go back to the front of their queue %2 minutes after this console stops.</source>
        <translation>Your choice could not be saved (%1). Quit anyway? The visitors at your counter then go back to the front of their queue %2 minutes after this console stops.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</source>
        <translation>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</translation>
    </message>
    <message>
        <source>The database has schema version {current} and this Tiski needs {head}. Ask IT to run 'tiski db upgrade' once for the whole office.</source>
        <translation>The database has schema version {current} and this Tiski needs {head}. Ask IT to run 'tiski db upgrade' once for the whole office.</translation>
    </message>
    <message>
        <source>several servers are listed with commas, which Tiski cannot connect with; repeat host= for each server instead, like postgresql+psycopg://user@/dbname?host=db1:5432&amp;host=db2:5432&amp;target_session_attrs=read-write</source>
        <translation>several servers are listed with commas, which Tiski cannot connect with; repeat host= for each server instead, like postgresql+psycopg://user@/dbname?host=db1:5432&amp;host=db2:5432&amp;target_session_attrs=read-write</translation>
    </message>
    <message>
        <source>not a database URL; write it like postgresql+psycopg://user@host:5432/dbname or sqlite:////path/to/file.sqlite3</source>
        <translation>not a database URL; write it like postgresql+psycopg://user@host:5432/dbname or sqlite:////path/to/file.sqlite3</translation>
    </message>
    <message>
        <source>name the driver: write postgresql+psycopg:// instead of postgresql://</source>
        <translation>name the driver: write postgresql+psycopg:// instead of postgresql://</translation>
    </message>
    <message>
        <source>database type {driver} is not supported; use one of {known}</source>
        <translation>database type {driver} is not supported; use one of {known}</translation>
    </message>
    <message>
        <source>with several host= servers, write each server's port after its name (host=db1:5432&amp;host=db2:5433) and remove port=</source>
        <translation>with several host= servers, write each server's port after its name (host=db1:5432&amp;host=db2:5433) and remove port=</translation>
    </message>
    <message>
        <source>with several host= servers, add target_session_attrs=read-write so that consoles connect only to the server that takes writes (the primary), never to a standby</source>
        <translation>with several host= servers, add target_session_attrs=read-write so that consoles connect only to the server that takes writes (the primary), never to a standby</translation>
    </message>
    <message>
        <source>The database at {url} did not answer in time ({reason}). Try again in a moment; if this keeps happening, tell IT: the database server or the network to it is stalled.</source>
        <translation>The database at {url} did not answer in time ({reason}). Try again in a moment; if this keeps happening, tell IT: the database server or the network to it is stalled.</translation>
    </message>
    <message>
        <source>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</source>
        <translation>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</translation>
    </message>
    <message>
        <source>The database file {file} stayed locked by another program for {seconds} s, so nothing was saved. Try again; if it keeps happening, look for a program that keeps the file open for writing (a copy or backup, a stuck Tiski).</source>
        <translation>The database file {file} stayed locked by another program for {seconds} s, so nothing was saved. Try again; if it keeps happening, look for a program that keeps the file open for writing (a copy or backup, a stuck Tiski).</translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <source>These roles are missing: {roles}. Run tiski staff roles with the owner's database.url to make them.</source>
        <translation>These roles are missing: {roles}. Run tiski staff roles with the owner's database.url to make them.</translation>
    </message>
    <message>
        <source>{roles} should be members of tiski_staff and are not; run tiski staff roles.</source>
        <translation>{roles} should be members of tiski_staff and are not; run tiski staff roles.</translation>
    </message>
    <message>
        <source>Row-level security is off on {tables}: every console reads every row there. Run tiski db upgrade; if it is current, someone switched it off (ALTER TABLE ... DISABLE ROW LEVEL SECURITY): tell the data protection officer.</source>
        <translation>Row-level security is off on {tables}: every console reads every row there. Run tiski db upgrade; if it is current, someone switched it off (ALTER TABLE ... DISABLE ROW LEVEL SECURITY): tell the data protection officer.</translation>
    </message>
    <message>
        <source>{tables} have no row security policies: no console can use them. Run tiski db upgrade.</source>
        <translation>{tables} have no row security policies: no console can use them. Run tiski db upgrade.</translation>
    </message>
    <message>
        <source>Roles the consoles use may change or empty append-only tables: {grants}. Revoke those privileges (REVOKE UPDATE, DELETE, TRUNCATE ON ... FROM ...).</source>
        <translation>Roles the consoles use may change or empty append-only tables: {grants}. Revoke those privileges (REVOKE UPDATE, DELETE, TRUNCATE ON ... FROM ...).</translation>
    </message>
    <message>
        <source>{roles} may create objects in the desk's schema. Revoke it: REVOKE CREATE ON SCHEMA ... FROM PUBLIC (and from those roles).</source>
        <translation>{roles} may create objects in the desk's schema. Revoke it: REVOKE CREATE ON SCHEMA ... FROM PUBLIC (and from those roles).</translation>
    </message>
    <message>
        <source>Roles that may not see visitors' names read them at the database: {grants}. Run tiski db upgrade; if it is current, revoke those grants (docs/security.md, Isolation in PostgreSQL).</source>
        <translation>Roles that may not see visitors' names read them at the database: {grants}. Run tiski db upgrade; if it is current, revoke those grants (docs/security.md, Isolation in PostgreSQL).</translation>
    </message>
    <message>
        <source>database.url connects as {user}, a superuser or a role that bypasses row security: a console connected so reads every agency's notes. In an office, connect as the person signing in (docs/deploy.md).</source>
        <translation>database.url connects as {user}, a superuser or a role that bypasses row security: a console connected so reads every agency's notes. In an office, connect as the person signing in (docs/deploy.md).</translation>
    </message>
    <message>
        <source>database.url connects as {user}, which owns the desk's tables: it can switch the audit trail's protection off and bypasses row security. Use the owner only for tiski db upgrade and tiski staff; consoles connect as the person signing in (docs/deploy.md).</source>
        <translation>database.url connects as {user}, which owns the desk's tables: it can switch the audit trail's protection off and bypasses row security. Use the owner only for tiski db upgrade and tiski staff; consoles connect as the person signing in (docs/deploy.md).</translation>
    </message>
    <message>
        <source>Active staff without a login role that can log in: {names}. Create them with tiski staff add, or from the directory (docs/deploy.md).</source>
        <translation>Active staff without a login role that can log in: {names}. Create them with tiski staff add, or from the directory (docs/deploy.md).</translation>
    </message>
    <message>
        <source>Login roles whose groups do not match their staff row (they see less until fixed): {names}. Run tiski staff add again for them, or fix the directory groups.</source>
        <translation>Login roles whose groups do not match their staff row (they see less until fixed): {names}. Run tiski staff add again for them, or fix the directory groups.</translation>
    </message>
</context>
<context>
    <name>DaySkillsDialog</name>
    <message>
        <source>Skills for today</source>
        <translation>Skills for today</translation>
    </message>
    <message>
        <source>Who serves what today. The plan holds until midnight; tomorrow the person serves their usual skills again. Their console calls by it from the next call.</source>
        <translation>Who serves what today. The plan holds until midnight; tomorrow the person serves their usual skills again. Their console calls by it from the next call.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Services today</source>
        <translation>Services today</translation>
    </message>
    <message>
        <source>Reading who works today…</source>
        <translation>Reading who works today…</translation>
    </message>
    <message>
        <source>Back to &amp;usual skills</source>
        <translation>Back to &amp;usual skills</translation>
    </message>
    <message>
        <source>&amp;Set for today</source>
        <translation>&amp;Set for today</translation>
    </message>
    <message>
        <source>planned for today</source>
        <translation>planned for today</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>Nobody serves at a counter here.</source>
        <translation>Nobody serves at a counter here.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Usual skills: %1.</source>
        <translation>Usual skills: %1.</translation>
    </message>
    <message>
        <source>Planned for today by %1 at %2.</source>
        <translation>Planned for today by %1 at %2.</translation>
    </message>
    <message>
        <source>%1 serves their usual skills again.</source>
        <translation>%1 serves their usual skills again.</translation>
    </message>
    <message>
        <source>%1 serves today: %2.</source>
        <translation>%1 serves today: %2.</translation>
    </message>
    <message>
        <source>%1 serves no service today.</source>
        <translation>%1 serves no service today.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the request of %1</source>
        <translation>Decline the request of %1</translation>
    </message>
    <message>
        <source>required; the advisor sees it</source>
        <translation>required; the advisor sees it</translation>
    </message>
    <message>
        <source>In another meeting</source>
        <translation>In another meeting</translation>
    </message>
    <message>
        <source>Not my area</source>
        <translation>Not my area</translation>
    </message>
    <message>
        <source>Ending my shift</source>
        <translation>Ending my shift</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data {path} is not usable: {problem}</source>
        <translation>Demo data {path} is not usable: {problem}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>This staff member is not active at the desk any more. Choose another name or ask a supervisor.</source>
        <translation>This staff member is not active at the desk any more. Choose another name or ask a supervisor.</translation>
    </message>
    <message>
        <source>This counter no longer exists. Choose another counter.</source>
        <translation>This counter no longer exists. Choose another counter.</translation>
    </message>
    <message>
        <source>Unknown staff member {username}. Staff: {known}.</source>
        <translation>Unknown staff member {username}. Staff: {known}.</translation>
    </message>
    <message>
        <source>Unknown counter {code}. Counters: {known}.</source>
        <translation>Unknown counter {code}. Counters: {known}.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>The desk has no counters yet. Ask IT to add them.</translation>
    </message>
    <message>
        <source>There is no office {code}. Offices: {known}.</source>
        <translation>There is no office {code}. Offices: {known}.</translation>
    </message>
    <message>
        <source>The database has no office {code}. Offices: {known}. Check the desk.site setting with IT.</source>
        <translation>The database has no office {code}. Offices: {known}. Check the desk.site setting with IT.</translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>life event</source>
        <translation>life event</translation>
    </message>
    <message>
        <source>note template</source>
        <translation>note template</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: added</source>
        <translation>{sign} {kind} {key}: added</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: changes {fields}</source>
        <translation>{sign} {kind} {key}: changes {fields}</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: retired</source>
        <translation>{sign} {kind} {key}: retired</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: brought back</source>
        <translation>{sign} {kind} {key}: brought back</translation>
    </message>
    <message>
        <source>{sign} {kind} {key}: removed</source>
        <translation>{sign} {kind} {key}: removed</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {retired} retired, {restored} back.</source>
        <translation>{added} added, {changed} changed, {retired} retired, {restored} back.</translation>
    </message>
    <message>
        <source>{file}: the desk is already as the file says.</source>
        <translation>{file}: the desk is already as the file says.</translation>
    </message>
    <message>
        <source>Applying {file} would change the desk:</source>
        <translation>Applying {file} would change the desk:</translation>
    </message>
    <message>
        <source>Nothing can be applied until what is marked with ! is settled.</source>
        <translation>Nothing can be applied until what is marked with ! is settled.</translation>
    </message>
    <message>
        <source>tiski desk apply {file} does it.</source>
        <translation>tiski desk apply {file} does it.</translation>
    </message>
    <message>
        <source>{file} was not applied; nothing changed:</source>
        <translation>{file} was not applied; nothing changed:</translation>
    </message>
    <message>
        <source>Applied {file}:</source>
        <translation>Applied {file}:</translation>
    </message>
    <message>
        <source>No password yet (they cannot sign in until IT sets one with tiski staff password USER, or their directory account signs them in): {who}</source>
        <translation>No password yet (they cannot sign in until IT sets one with tiski staff password USER, or their directory account signs them in): {who}</translation>
    </message>
    <message>
        <source>{file} exists already: choose another name or add --force.</source>
        <translation>{file} exists already: choose another name or add --force.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <translation>Cannot write {file}: {reason}.</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Wrote {file}.</translation>
    </message>
</context>
<context>
    <name>DeskFile</name>
    <message>
        <source>{first} (and {more} more problems)</source>
        <translation>{first} (and {more} more problems)</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, line {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>format must be a whole number; this Tiski writes format = {current}</source>
        <translation>format must be a whole number; this Tiski writes format = {current}</translation>
    </message>
    <message>
        <source>the file is of format {version}, made by a newer Tiski; this one reads formats up to {current}: install the newer Tiski here too</source>
        <translation>the file is of format {version}, made by a newer Tiski; this one reads formats up to {current}: install the newer Tiski here too</translation>
    </message>
    <message>
        <source>[{table}] has no {key}; add {key} = "..."</source>
        <translation>[{table}] has no {key}; add {key} = "..."</translation>
    </message>
    <message>
        <source>{key} must be text in quotes</source>
        <translation>{key} must be text in quotes</translation>
    </message>
    <message>
        <source>{key} is empty</source>
        <translation>{key} is empty</translation>
    </message>
    <message>
        <source>{key} is {length} characters long; at most {limit} fit</source>
        <translation>{key} is {length} characters long; at most {limit} fit</translation>
    </message>
    <message>
        <source>{key} '{value}' is not usable: use letters a-z, digits and - . _ without spaces, such as '{example}'</source>
        <translation>{key} '{value}' is not usable: use letters a-z, digits and - . _ without spaces, such as '{example}'</translation>
    </message>
    <message>
        <source>[{table}] has no {key}; add {key} = &lt;minutes&gt;</source>
        <translation>[{table}] has no {key}; add {key} = &lt;minutes&gt;</translation>
    </message>
    <message>
        <source>{key} must be a whole number from {low} to {high}, not {value}</source>
        <translation>{key} must be a whole number from {low} to {high}, not {value}</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} must be true or false</translation>
    </message>
    <message>
        <source>{key} must be a list of texts, such as ["a", "b"]</source>
        <translation>{key} must be a list of texts, such as ["a", "b"]</translation>
    </message>
    <message>
        <source>[{table}] has no setting {key}; the known ones are: {known}</source>
        <translation>[{table}] has no setting {key}; the known ones are: {known}</translation>
    </message>
    <message>
        <source>{table} must be written as [[{table}]] tables, one per entry</source>
        <translation>{table} must be written as [[{table}]] tables, one per entry</translation>
    </message>
    <message>
        <source>{table} must be written as a [{table}] table</source>
        <translation>{table} must be written as a [{table}] table</translation>
    </message>
    <message>
        <source>{what} {value} is given twice; each needs its own</source>
        <translation>{what} {value} is given twice; each needs its own</translation>
    </message>
    <message>
        <source>{what} {value} is given twice (also at line {line}); each needs its own</source>
        <translation>{what} {value} is given twice (also at line {line}); each needs its own</translation>
    </message>
    <message>
        <source>service {code} names agency {agency}, which the file does not have; add an [[agency]] with code = "{agency}" or correct the name</source>
        <translation>service {code} names agency {agency}, which the file does not have; add an [[agency]] with code = "{agency}" or correct the name</translation>
    </message>
    <message>
        <source>prefix '{prefix}' is not usable: one to three capital letters A-Z, such as "K" or "KP"</source>
        <translation>prefix '{prefix}' is not usable: one to three capital letters A-Z, such as "K" or "KP"</translation>
    </message>
    <message>
        <source>office {code} is the desk's own office ([desk] code); give the other office a code of its own</source>
        <translation>office {code} is the desk's own office ([desk] code); give the other office a code of its own</translation>
    </message>
    <message>
        <source>counter {code} stands in office {office}, which the file does not have; add an [[office]] with code = "{office}" or correct the name</source>
        <translation>counter {code} stands in office {office}, which the file does not have; add an [[office]] with code = "{office}" or correct the name</translation>
    </message>
    <message>
        <source>{owner} names service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</source>
        <translation>{owner} names service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</translation>
    </message>
    <message>
        <source>skills_at must list services per office, such as { ulvila = ["kela-general"] }</source>
        <translation>skills_at must list services per office, such as { ulvila = ["kela-general"] }</translation>
    </message>
    <message>
        <source>staff member {username} has skills at office {office}, which the file does not have; add the [[office]] or correct the name</source>
        <translation>staff member {username} has skills at office {office}, which the file does not have; add the [[office]] or correct the name</translation>
    </message>
    <message>
        <source>role '{role}' is not one of the desk's roles: {roles}</source>
        <translation>role '{role}' is not one of the desk's roles: {roles}</translation>
    </message>
    <message>
        <source>staff member {username} works for agency {agency}, which the file does not have; add the [[agency]] or correct the name</source>
        <translation>staff member {username} works for agency {agency}, which the file does not have; add the [[agency]] or correct the name</translation>
    </message>
    <message>
        <source>specialist {username} needs the agency they answer for: add agency = "&lt;code&gt;"</source>
        <translation>specialist {username} needs the agency they answer for: add agency = "&lt;code&gt;"</translation>
    </message>
    <message>
        <source>life event {code} has no steps: list its services in order</source>
        <translation>life event {code} has no steps: list its services in order</translation>
    </message>
    <message>
        <source>life event {code} has no services = [...]; list its steps</source>
        <translation>life event {code} has no services = [...]; list its steps</translation>
    </message>
    <message>
        <source>language '{language}' is not fi, sv or en</source>
        <translation>language '{language}' is not fi, sv or en</translation>
    </message>
    <message>
        <source>note template {title} has no body text</source>
        <translation>note template {title} has no body text</translation>
    </message>
    <message>
        <source>note template {title} is longer than {limit} characters</source>
        <translation>note template {title} is longer than {limit} characters</translation>
    </message>
    <message>
        <source>note template {title} of service {service} in {language} is given twice</source>
        <translation>note template {title} of service {service} in {language} is given twice</translation>
    </message>
    <message>
        <source>note template {title} of service {service} in {language} is given twice (also at line {line})</source>
        <translation>note template {title} of service {service} in {language} is given twice (also at line {line})</translation>
    </message>
    <message>
        <source>a desk file has no [{table}]; the known tables are: {known}</source>
        <translation>a desk file has no [{table}]; the known tables are: {known}</translation>
    </message>
    <message>
        <source>the file has no [desk] table: start it with [desk], format = {format} and the desk's names name_fi, name_sv, name_en</source>
        <translation>the file has no [desk] table: start it with [desk], format = {format} and the desk's names name_fi, name_sv, name_en</translation>
    </message>
    <message>
        <source>the desk offers service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</source>
        <translation>the desk offers service {code}, which the file does not have; add a [[service]] with code = "{code}" or correct the name</translation>
    </message>
</context>
<context>
    <name>DeskForm</name>
    <message>
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:00-16:00; sat 10:00-14:00</source>
        <translation>e.g. mon-fri 08:00-16:00; sat 10:00-14:00</translation>
    </message>
    <message>
        <source>Entries separated by semicolons: days (mon-fri, or mon,wed) and times (08:00-16:00); empty: always open</source>
        <translation>Entries separated by semicolons: days (mon-fri, or mon,wed) and times (08:00-16:00); empty: always open</translation>
    </message>
    <message>
        <source>Kiosk welcome</source>
        <translation>Kiosk welcome</translation>
    </message>
    <message>
        <source>Display message</source>
        <translation>Display message</translation>
    </message>
    <message>
        <source>Leave all three of a text empty to use the kiosk's and display's own words.</source>
        <translation>Leave all three of a text empty to use the kiosk's and display's own words.</translation>
    </message>
</context>
<context>
    <name>DeskPlan</name>
    <message>
        <source>the file has no IT staff member, so {who} would be switched off and nobody could keep the desk: add them to the file (tiski desk export writes everyone, the first administrator included)</source>
        <translation>the file has no IT staff member, so {who} would be switched off and nobody could keep the desk: add them to the file (tiski desk export writes everyone, the first administrator included)</translation>
    </message>
    <message>
        <source>service {code} cannot be retired while {count} visitors wait for it ({tickets}): serve them or move them to another service first, or keep the service in the file with kiosk = false until they are served</source>
        <translation>service {code} cannot be retired while {count} visitors wait for it ({tickets}): serve them or move them to another service first, or keep the service in the file with kiosk = false until they are served</translation>
    </message>
    <message>
        <source>counter {code} cannot be retired while a visitor is called to it ({tickets}): finish or return them first</source>
        <translation>counter {code} cannot be retired while a visitor is called to it ({tickets}): finish or return them first</translation>
    </message>
    <message>
        <source>{username} is you: you cannot remove your own account while signed in with it; another administrator can</source>
        <translation>{username} is you: you cannot remove your own account while signed in with it; another administrator can</translation>
    </message>
    <message>
        <source>service {code} wants ticket prefix {prefix}, which retired service {holder} still holds (its old tickets carry it): bring {holder} back under its own code, or give {code} another prefix</source>
        <translation>service {code} wants ticket prefix {prefix}, which retired service {holder} still holds (its old tickets carry it): bring {holder} back under its own code, or give {code} another prefix</translation>
    </message>
</context>
<context>
    <name>DeskSetup</name>
    <message>
        <source>{first} (and {more} more reasons)</source>
        <translation>{first} (and {more} more reasons)</translation>
    </message>
    <message>
        <source>The database has no desk yet, so there is nothing to export. Apply a desk file first: tiski desk apply FILE.</source>
        <translation>The database has no desk yet, so there is nothing to export. Apply a desk file first: tiski desk apply FILE.</translation>
    </message>
    <message>
        <source>Staff accounts change ({who}): only IT adds, removes or changes staff members; a supervisor may change their skills.</source>
        <translation>Staff accounts change ({who}): only IT adds, removes or changes staff members; a supervisor may change their skills.</translation>
    </message>
    <message>
        <source>Staff accounts change ({who}): on PostgreSQL each is a login role of the server, which only the database's owner makes. Export the desk to a file and run tiski desk apply FILE with the owner's database URL.</source>
        <translation>Staff accounts change ({who}): on PostgreSQL each is a login role of the server, which only the database's owner makes. Export the desk to a file and run tiski desk apply FILE with the owner's database URL.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>Called tickets</source>
        <translation>Called tickets</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Information is not up to date</source>
        <translation>Information is not up to date</translation>
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
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Settings are valid. Files read: {files}</source>
        <translation>Settings are valid. Files read: {files}</translation>
    </message>
    <message>
        <source>Correct {key} in {source} (tiski config check says what is allowed), then run tiski doctor again; the checks that need the settings were skipped.</source>
        <translation>Correct {key} in {source} (tiski config check says what is allowed), then run tiski doctor again; the checks that need the settings were skipped.</translation>
    </message>
    <message>
        <source>{folder} cannot be written ({reason}).</source>
        <translation>{folder} cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>Make the folder belong to the user who runs Tiski: note drafts, the window layout and the embedded database live there.</source>
        <translation>Make the folder belong to the user who runs Tiski: note drafts, the window layout and the embedded database live there.</translation>
    </message>
    <message>
        <source>{folder} is writable, but only {free} MB are free on its disk.</source>
        <translation>{folder} is writable, but only {free} MB are free on its disk.</translation>
    </message>
    <message>
        <source>Free some disk space: the embedded database and note drafts grow there.</source>
        <translation>Free some disk space: the embedded database and note drafts grow there.</translation>
    </message>
    <message>
        <source>{folder} is writable ({free} MB free).</source>
        <translation>{folder} is writable ({free} MB free).</translation>
    </message>
    <message>
        <source>Make the folder belong to the user who runs Tiski; until then a problem leaves no trace in a log.</source>
        <translation>Make the folder belong to the user who runs Tiski; until then a problem leaves no trace in a log.</translation>
    </message>
    <message>
        <source>{folder} is writable; log files: {count}, {size} MB.</source>
        <translation>{folder} is writable; log files: {count}, {size} MB.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} s.</source>
        <translation>The keyring did not answer within {seconds} s.</translation>
    </message>
    <message>
        <source>Unlock the keyring (sign out and in again).</source>
        <translation>Unlock the keyring (sign out and in again).</translation>
    </message>
    <message>
        <source>The keyring could not be used ({reason}).</source>
        <translation>The keyring could not be used ({reason}).</translation>
    </message>
    <message>
        <source>Check the keyring settings of this user.</source>
        <translation>Check the keyring settings of this user.</translation>
    </message>
    <message>
        <source>Backend: {name}.</source>
        <translation>Backend: {name}.</translation>
    </message>
    <message>
        <source>This computer has no keyring backend ({name}); a headless Linux has none. Tiski carries on without one.</source>
        <translation>This computer has no keyring backend ({name}); a headless Linux has none. Tiski carries on without one.</translation>
    </message>
    <message>
        <source>Keep the database password in ~/.pgpass (mode 0600) and the identity key in a file named by identity.key_file; agency plugins' credentials need a keyring (on a desktop: Secret Service, such as GNOME Keyring).</source>
        <translation>Keep the database password in ~/.pgpass (mode 0600) and the identity key in a file named by identity.key_file; agency plugins' credentials need a keyring (on a desktop: Secret Service, such as GNOME Keyring).</translation>
    </message>
    <message>
        <source>No keyring backend was found ({name}).</source>
        <translation>No keyring backend was found ({name}).</translation>
    </message>
    <message>
        <source>Tiski keeps passwords, the identity key and plugin credentials in the system keyring (Windows Credential Manager, macOS Keychain): check that this user can use it.</source>
        <translation>Tiski keeps passwords, the identity key and plugin credentials in the system keyring (Windows Credential Manager, macOS Keychain): check that this user can use it.</translation>
    </message>
    <message>
        <source>Check that the database server is running and that host, port and database name in database.url are right; the password belongs in the keyring (tiski db set-password) or in pgpass.</source>
        <translation>Check that the database server is running and that host, port and database name in database.url are right; the password belongs in the keyring (tiski db set-password) or in pgpass.</translation>
    </message>
    <message>
        <source>{url} did not answer within {seconds} s.</source>
        <translation>{url} did not answer within {seconds} s.</translation>
    </message>
    <message>
        <source>database.url {url} cannot be used ({reason}).</source>
        <translation>database.url {url} cannot be used ({reason}).</translation>
    </message>
    <message>
        <source>Correct database.url (tiski config check).</source>
        <translation>Correct database.url (tiski config check).</translation>
    </message>
    <message>
        <source>embedded SQLite</source>
        <translation>embedded SQLite</translation>
    </message>
    <message>
        <source>SQLite from database.url</source>
        <translation>SQLite from database.url</translation>
    </message>
    <message>
        <source>shared PostgreSQL</source>
        <translation>shared PostgreSQL</translation>
    </message>
    <message>
        <source>{kind} {url}: not made yet; Tiski makes it (schema {head}) at its start.</source>
        <translation>{kind} {url}: not made yet; Tiski makes it (schema {head}) at its start.</translation>
    </message>
    <message>
        <source>{kind} {url}: the file does not exist.</source>
        <translation>{kind} {url}: the file does not exist.</translation>
    </message>
    <message>
        <source>Correct database.url, or make the database with tiski db upgrade.</source>
        <translation>Correct database.url, or make the database with tiski db upgrade.</translation>
    </message>
    <message>
        <source>Cannot reach {kind} {url} ({reason}).</source>
        <translation>Cannot reach {kind} {url} ({reason}).</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}, current.</source>
        <translation>{kind} {url}: schema {current}, current.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current} is newer than this Tiski knows (up to {head}); the console will not start.</source>
        <translation>{kind} {url}: schema {current} is newer than this Tiski knows (up to {head}); the console will not start.</translation>
    </message>
    <message>
        <source>Install the Tiski version the other consoles use.</source>
        <translation>Install the Tiski version the other consoles use.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}; Tiski upgrades it to {head} at its start.</source>
        <translation>{kind} {url}: schema {current}; Tiski upgrades it to {head} at its start.</translation>
    </message>
    <message>
        <source>{kind} {url}: schema {current}, this Tiski needs {head}; the console will not start.</source>
        <translation>{kind} {url}: schema {current}, this Tiski needs {head}; the console will not start.</translation>
    </message>
    <message>
        <source>Run tiski db upgrade once for the whole office, when every console has the new Tiski.</source>
        <translation>Run tiski db upgrade once for the whole office, when every console has the new Tiski.</translation>
    </message>
    <message>
        <source>The roles could not be read within {seconds} s.</source>
        <translation>The roles could not be read within {seconds} s.</translation>
    </message>
    <message>
        <source>The roles could not be checked ({reason}).</source>
        <translation>The roles could not be checked ({reason}).</translation>
    </message>
    <message>
        <source>Roles, grants and row-level security are in place; this console connects as a person, not as the owner.</source>
        <translation>Roles, grants and row-level security are in place; this console connects as a person, not as the owner.</translation>
    </message>
    <message>
        <source>The server's autovacuum setting could not be read ({reason}).</source>
        <translation>The server's autovacuum setting could not be read ({reason}).</translation>
    </message>
    <message>
        <source>Autovacuum is on: the planner's statistics follow the queue.</source>
        <translation>Autovacuum is on: the planner's statistics follow the queue.</translation>
    </message>
    <message>
        <source>Autovacuum is off on the database server (autovacuum {autovacuum}, track_counts {track_counts}): its statistics go stale as the day's tickets come in, and the queue's reads slow down.</source>
        <translation>Autovacuum is off on the database server (autovacuum {autovacuum}, track_counts {track_counts}): its statistics go stale as the day's tickets come in, and the queue's reads slow down.</translation>
    </message>
    <message>
        <source>Set autovacuum = on and track_counts = on in postgresql.conf and reload the server; until then run ANALYZE after large loads (tiski db upgrade and tiski db seed-demo do).</source>
        <translation>Set autovacuum = on and track_counts = on in postgresql.conf and reload the server; until then run ANALYZE after large loads (tiski db upgrade and tiski db seed-demo do).</translation>
    </message>
    <message>
        <source>See docs/deploy.md (staff accounts) and docs/security.md (isolation).</source>
        <translation>See docs/deploy.md (staff accounts) and docs/security.md (isolation).</translation>
    </message>
    <message>
        <source>The desk's set-up could not be read ({reason}).</source>
        <translation>The desk's set-up could not be read ({reason}).</translation>
    </message>
    <message>
        <source>Start tiski: its first start sets the desk up (a desk file, a small office or the demo); or run tiski desk apply FILE.</source>
        <translation>Start tiski: its first start sets the desk up (a desk file, a small office or the demo); or run tiski desk apply FILE.</translation>
    </message>
    <message>
        <source>Write the desk file (tiski desk template FILE gives a start) and run tiski desk apply FILE with the owner's database URL (docs/deploy.md).</source>
        <translation>Write the desk file (tiski desk template FILE gives a start) and run tiski desk apply FILE with the owner's database URL (docs/deploy.md).</translation>
    </message>
    <message>
        <source>No desk is set up in this database yet.</source>
        <translation>No desk is set up in this database yet.</translation>
    </message>
    <message>
        <source>{name}: {services} services, {counters} counters, {staff} staff; nobody has the skill to serve {orphans}.</source>
        <translation>{name}: {services} services, {counters} counters, {staff} staff; nobody has the skill to serve {orphans}.</translation>
    </message>
    <message>
        <source>Give someone the skill in the desk file (skills = [...]) or in the admin window, or set kiosk = false until someone does.</source>
        <translation>Give someone the skill in the desk file (skills = [...]) or in the admin window, or set kiosk = false until someone does.</translation>
    </message>
    <message>
        <source>{name}: {services} services, {counters} counters, {staff} staff.</source>
        <translation>{name}: {services} services, {counters} counters, {staff} staff.</translation>
    </message>
    <message>
        <source>Run tiski privacy check (on PostgreSQL with the owner's URL) for every row; docs/security.md says how to mask what it finds.</source>
        <translation>Run tiski privacy check (on PostgreSQL with the owner's URL) for every row; docs/security.md says how to mask what it finds.</translation>
    </message>
    <message>
        <source>The look for identity codes in clear did not finish within {seconds} s.</source>
        <translation>The look for identity codes in clear did not finish within {seconds} s.</translation>
    </message>
    <message>
        <source>The look for identity codes in clear failed ({reason}).</source>
        <translation>The look for identity codes in clear failed ({reason}).</translation>
    </message>
    <message>
        <source>No identity code in clear in the newest {rows} rows of each table nor in this PC's journal.</source>
        <translation>No identity code in clear in the newest {rows} rows of each table nor in this PC's journal.</translation>
    </message>
    <message>
        <source>Identity codes in clear in {places}.</source>
        <translation>Identity codes in clear in {places}.</translation>
    </message>
    <message>
        <source>Give this console the desk's key with tiski identity set-key, or name a key file in identity.key_file.</source>
        <translation>Give this console the desk's key with tiski identity set-key, or name a key file in identity.key_file.</translation>
    </message>
    <message>
        <source>The identity key could not be checked ({reason}).</source>
        <translation>The identity key could not be checked ({reason}).</translation>
    </message>
    <message>
        <source>IT puts the desk's key into the database: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</source>
        <translation>IT puts the desk's key into the database: tiski identity set-key --from-keyring (or --from-file FILE) with the owner's database URL.</translation>
    </message>
    <message>
        <source>Remove it from this computer: python -m keyring del tiski/identity site-key, and delete the file identity.key_file names.</source>
        <translation>Remove it from this computer: python -m keyring del tiski/identity site-key, and delete the file identity.key_file names.</translation>
    </message>
    <message>
        <source>Kept in the desk database, which hashes identity codes itself; not checked, the database could not be read.</source>
        <translation>Kept in the desk database, which hashes identity codes itself; not checked, the database could not be read.</translation>
    </message>
    <message>
        <source>The desk database holds no identity key yet, so identity codes cannot be used (the queue works).</source>
        <translation>The desk database holds no identity key yet, so identity codes cannot be used (the queue works).</translation>
    </message>
    <message>
        <source>In the desk database (fingerprint {fingerprint}), but this computer still keeps an identity key, which a PostgreSQL desk does not use: whoever can run code as this user could read it.</source>
        <translation>In the desk database (fingerprint {fingerprint}), but this computer still keeps an identity key, which a PostgreSQL desk does not use: whoever can run code as this user could read it.</translation>
    </message>
    <message>
        <source>In the desk database (fingerprint {fingerprint}), readable by its owner only; this console holds none.</source>
        <translation>In the desk database (fingerprint {fingerprint}), readable by its owner only; this console holds none.</translation>
    </message>
    <message>
        <source>the key file {file}</source>
        <translation>the key file {file}</translation>
    </message>
    <message>
        <source>this computer's keyring</source>
        <translation>this computer's keyring</translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); it may be locked.</source>
        <translation>The keyring could not be read ({reason}); it may be locked.</translation>
    </message>
    <message>
        <source>None yet: the embedded database makes its own key when an identity code is first used.</source>
        <translation>None yet: the embedded database makes its own key when an identity code is first used.</translation>
    </message>
    <message>
        <source>This console has no identity key, so identity codes cannot be used at it (the queue works).</source>
        <translation>This console has no identity key, so identity codes cannot be used at it (the queue works).</translation>
    </message>
    <message>
        <source>In {source} (fingerprint {fingerprint}); not compared with the database, which could not be read.</source>
        <translation>In {source} (fingerprint {fingerprint}); not compared with the database, which could not be read.</translation>
    </message>
    <message>
        <source>In {source} (fingerprint {fingerprint}); the database has none yet: the first identity code used sets it.</source>
        <translation>In {source} (fingerprint {fingerprint}); the database has none yet: the first identity code used sets it.</translation>
    </message>
    <message>
        <source>In {source}; matches the database (fingerprint {fingerprint}).</source>
        <translation>In {source}; matches the database (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>The key in {source} (fingerprint {fingerprint}) is not the one the database was set up with ({stored}): visitors identified with the desk's key would not be found, so identity codes cannot be used at this console.</source>
        <translation>The key in {source} (fingerprint {fingerprint}) is not the one the database was set up with ({stored}): visitors identified with the desk's key would not be found, so identity codes cannot be used at this console.</translation>
    </message>
    <message>
        <source>The backup {backup} holds the database's key: tiski identity set-key --from-file {backup}</source>
        <translation>The backup {backup} holds the database's key: tiski identity set-key --from-file {backup}</translation>
    </message>
    <message>
        <source>See tiski plugins list and the log file.</source>
        <translation>See tiski plugins list and the log file.</translation>
    </message>
    <message>
        <source>The plugins could not be listed ({reason}).</source>
        <translation>The plugins could not be listed ({reason}).</translation>
    </message>
    <message>
        <source>No agency plugins were found.</source>
        <translation>No agency plugins were found.</translation>
    </message>
    <message>
        <source>The console works without them; the first-party ones come with Tiski (reinstall it if they are missing).</source>
        <translation>The console works without them; the first-party ones come with Tiski (reinstall it if they are missing).</translation>
    </message>
    <message>
        <source>{plugin}: no answer within {seconds} s (keyring or back office).</source>
        <translation>{plugin}: no answer within {seconds} s (keyring or back office).</translation>
    </message>
    <message>
        <source>Check the network to the back office and that the keyring is open.</source>
        <translation>Check the network to the back office and that the keyring is open.</translation>
    </message>
    <message>
        <source>{plugin}: could not be checked ({reason}).</source>
        <translation>{plugin}: could not be checked ({reason}).</translation>
    </message>
    <message>
        <source>{plugin}: off. {reason}</source>
        <translation>{plugin}: off. {reason}</translation>
    </message>
    <message>
        <source>{plugin}: {reason}</source>
        <translation>{plugin}: {reason}</translation>
    </message>
    <message>
        <source>Remove one of the two copies.</source>
        <translation>Remove one of the two copies.</translation>
    </message>
    <message>
        <source>{plugin}: refused, not loaded. {reason}</source>
        <translation>{plugin}: refused, not loaded. {reason}</translation>
    </message>
    <message>
        <source>Give the plugin an id of its own, trust a folder IT changed again (tiski plugins trust {path}), or remove it.</source>
        <translation>Give the plugin an id of its own, trust a folder IT changed again (tiski plugins trust {path}), or remove it.</translation>
    </message>
    <message>
        <source>{plugin}: invalid, not loaded. {reason}</source>
        <translation>{plugin}: invalid, not loaded. {reason}</translation>
    </message>
    <message>
        <source>Fix it (tiski plugins check {path}) or remove it.</source>
        <translation>Fix it (tiski plugins check {path}) or remove it.</translation>
    </message>
    <message>
        <source>{plugin}: its panel shows an error. {reason}</source>
        <translation>{plugin}: its panel shows an error. {reason}</translation>
    </message>
    <message>
        <source>Correct {key} in the site settings.</source>
        <translation>Correct {key} in the site settings.</translation>
    </message>
    <message>
        <source>its credential {name} is not in the keyring</source>
        <translation>its credential {name} is not in the keyring</translation>
    </message>
    <message>
        <source>Keep it in the keyring: tiski plugins set-credential {id} {name}.</source>
        <translation>Keep it in the keyring: tiski plugins set-credential {id} {name}.</translation>
    </message>
    <message>
        <source>it declares no health check</source>
        <translation>it declares no health check</translation>
    </message>
    <message>
        <source>{url} answered in {seconds} s</source>
        <translation>{url} answered in {seconds} s</translation>
    </message>
    <message>
        <source>its back office is slow: {url} took {seconds} s</source>
        <translation>its back office is slow: {url} took {seconds} s</translation>
    </message>
    <message>
        <source>Tell the agency's contact if it stays slow; the panel waits longer.</source>
        <translation>Tell the agency's contact if it stays slow; the panel waits longer.</translation>
    </message>
    <message>
        <source>its back office is down: {url}</source>
        <translation>its back office is down: {url}</translation>
    </message>
    <message>
        <source>Check plugins.{id}.base_url in the site settings and the network to the back office (the demo's sandbox: tiski sandbox serve).</source>
        <translation>Check plugins.{id}.base_url in the site settings and the network to the back office (the demo's sandbox: tiski sandbox serve).</translation>
    </message>
    <message>
        <source>{plugin}: ready; {answered}.</source>
        <translation>{plugin}: ready; {answered}.</translation>
    </message>
    <message>
        <source>{plugin}: ready, but {problems}.</source>
        <translation>{plugin}: ready, but {problems}.</translation>
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
        <translation>Kiosk tickets go into the PDF file {file}.</translation>
    </message>
    <message>
        <source>Kiosk tickets go into {file}, but {folder} is not writable.</source>
        <translation>Kiosk tickets go into {file}, but {folder} is not writable.</translation>
    </message>
    <message>
        <source>Correct kiosk.print_to_pdf, or the folder's owner.</source>
        <translation>Correct kiosk.print_to_pdf, or the folder's owner.</translation>
    </message>
    <message>
        <source>The kiosk printer {name} is there.</source>
        <translation>The kiosk printer {name} is there.</translation>
    </message>
    <message>
        <source>There is no printer {name} (kiosk.printer); printers here: {names}.</source>
        <translation>There is no printer {name} (kiosk.printer); printers here: {names}.</translation>
    </message>
    <message>
        <source>Connect that printer, or name one of these in kiosk.printer.</source>
        <translation>Connect that printer, or name one of these in kiosk.printer.</translation>
    </message>
    <message>
        <source>Kiosk tickets go to the default printer {name}.</source>
        <translation>Kiosk tickets go to the default printer {name}.</translation>
    </message>
    <message>
        <source>No printer: a kiosk here could not print tickets.</source>
        <translation>No printer: a kiosk here could not print tickets.</translation>
    </message>
    <message>
        <source>Only a kiosk prints: there, connect the ticket printer and make it the default or name it in kiosk.printer. A counter PC needs none.</source>
        <translation>Only a kiosk prints: there, connect the ticket printer and make it the default or name it in kiosk.printer. A counter PC needs none.</translation>
    </message>
    <message>
        <source>Tiski can open windows here.</source>
        <translation>Tiski can open windows here.</translation>
    </message>
    <message>
        <source>Nothing to do in a remote session: the desk's own screen is what counts.</source>
        <translation>Nothing to do in a remote session: the desk's own screen is what counts.</translation>
    </message>
    <message>
        <source>Plugin processes are locked down: {protections}.</source>
        <translation>Plugin processes are locked down: {protections}.</translation>
    </message>
    <message>
        <source>Plugin processes run with fewer protections here: {protections}. Each plugin still runs in a process of its own without credentials, database or keyring, but with the reach of this OS account.</source>
        <translation>Plugin processes run with fewer protections here: {protections}. Each plugin still runs in a process of its own without credentials, database or keyring, but with the reach of this OS account.</translation>
    </message>
    <message>
        <source>Use Linux 6.12 or later for every protection (docs/plugins.md).</source>
        <translation>Use Linux 6.12 or later for every protection (docs/plugins.md).</translation>
    </message>
    <message>
        <source>The Qt libraries are a safe release.</source>
        <translation>The Qt libraries are a safe release.</translation>
    </message>
    <message>
        <source>PySide6 {version} on this Python crashes the console after some thousands of background jobs.</source>
        <translation>PySide6 {version} on this Python crashes the console after some thousands of background jobs.</translation>
    </message>
    <message>
        <source>Install the versions Tiski is tested with: pip install -c constraints.txt tiski, or use the packaged installer.</source>
        <translation>Install the versions Tiski is tested with: pip install -c constraints.txt tiski, or use the packaged installer.</translation>
    </message>
    <message>
        <source>Broken: {names}. The desk cannot work until that is fixed.</source>
        <translation>Broken: {names}. The desk cannot work until that is fixed.</translation>
    </message>
    <message>
        <source>Warnings: {count}. The desk can work; see what to do above.</source>
        <translation>Warnings: {count}. The desk can work; see what to do above.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>Everything is in order.</translation>
    </message>
    <message>
        <source>The lobby display does not read calls out (display.voice is off).</source>
        <translation>The lobby display does not read calls out (display.voice is off).</translation>
    </message>
    <message>
        <source>A lobby display here reads calls out with {engine} ({program}).</source>
        <translation>A lobby display here reads calls out with {engine} ({program}).</translation>
    </message>
    <message>
        <source>No speech engine: a lobby display here would only chime, not read calls out.</source>
        <translation>No speech engine: a lobby display here would only chime, not read calls out.</translation>
    </message>
    <message>
        <source>Only the lobby display speaks: on its PC install espeak-ng (Linux) or turn on Windows' speech voices. A counter PC needs none.</source>
        <translation>Only the lobby display speaks: on its PC install espeak-ng (Linux) or turn on Windows' speech voices. A counter PC needs none.</translation>
    </message>
</context>
<context>
    <name>DvvPanel</name>
    <message>
        <source>Digital and Population Data Services Agency</source>
        <translation>Digital and Population Data Services Agency</translation>
    </message>
    <message>
        <source>Identify the visitor to see their address, moves and Suomi.fi mandates.</source>
        <translation>Identify the visitor to see their address, moves and Suomi.fi mandates.</translation>
    </message>
    <message>
        <source>Not shown here</source>
        <translation>Not shown here</translation>
    </message>
    <message>
        <source>DVV's back office sent an answer the panel does not understand.</source>
        <translation>DVV's back office sent an answer the panel does not understand.</translation>
    </message>
    <message>
        <source>Permanent address</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <source>No address in the Population Information System.</source>
        <translation>No address in the Population Information System.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Moves on {date}</source>
        <translation>Moves on {date}</translation>
    </message>
    <message>
        <source>Moved on {date}</source>
        <translation>Moved on {date}</translation>
    </message>
    <message>
        <source>new municipality</source>
        <translation>new municipality</translation>
    </message>
    <message>
        <source>notified on {date}</source>
        <translation>notified on {date}</translation>
    </message>
    <message>
        <source>No recorded moves.</source>
        <translation>No recorded moves.</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Moves</translation>
    </message>
    <message>
        <source>Given to {party}</source>
        <translation>Given to {party}</translation>
    </message>
    <message>
        <source>Held for {party}</source>
        <translation>Held for {party}</translation>
    </message>
    <message>
        <source>valid {start}–{end}</source>
        <translation>valid {start}–{end}</translation>
    </message>
    <message>
        <source>valid from {start}</source>
        <translation>valid from {start}</translation>
    </message>
    <message>
        <source>No Suomi.fi mandates.</source>
        <translation>No Suomi.fi mandates.</translation>
    </message>
    <message>
        <source>Suomi.fi</source>
        <translation>Suomi.fi</translation>
    </message>
    <message>
        <source>Give or check mandates</source>
        <translation>Give or check mandates</translation>
    </message>
    <message>
        <source>Suomi.fi mandates</source>
        <translation>Suomi.fi mandates</translation>
    </message>
    <message>
        <source>address {address} from {date}</source>
        <translation>address {address} from {date}</translation>
    </message>
    <message>
        <source>moved on {date} from {origin}</source>
        <translation>moved on {date} from {origin}</translation>
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
        <translation>Tiski: unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Tiski carries on. If it happens again: %3 Give them the log file:
%2</source>
        <translation>Something went wrong: %1

Tiski carries on. If it happens again: %3 Give them the log file:
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
        <translation>is larger than {limit}, far larger than such a file should be; check that this is the right file</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); check that it belongs to the user running Tiski</source>
        <translation>cannot be read ({reason}); check that it belongs to the user running Tiski</translation>
    </message>
    <message>
        <source>is a folder, not a file; name the file itself</source>
        <translation>is a folder, not a file; name the file itself</translation>
    </message>
    <message>
        <source>is a device, a pipe or a socket, not an ordinary file; name a file</source>
        <translation>is a device, a pipe or a socket, not an ordinary file; name a file</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is saved as UTF-16 text; save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>is saved as UTF-16 text; save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte} at line {line}, column {column}); save it as UTF-8 or remove that character</source>
        <translation>is not UTF-8 text (byte 0x{byte} at line {line}, column {column}); save it as UTF-8 or remove that character</translation>
    </message>
    <message>
        <source>has tables or lists nested inside each other too deeply to read; such a file needs only a few levels</source>
        <translation>has tables or lists nested inside each other too deeply to read; such a file needs only a few levels</translation>
    </message>
    <message>
        <source>line {line}: not valid TOML ({reason})</source>
        <translation>line {line}: not valid TOML ({reason})</translation>
    </message>
    <message>
        <source>line {line}: not valid JSON ({reason})</source>
        <translation>line {line}: not valid JSON ({reason})</translation>
    </message>
    <message>
        <source>already exists; nothing was written. Choose another name</source>
        <translation>already exists; nothing was written. Choose another name</translation>
    </message>
    <message>
        <source>is a symbolic link; nothing was written, and Tiski does not write through links. Name a file in a folder of your own</source>
        <translation>is a symbolic link; nothing was written, and Tiski does not write through links. Name a file in a folder of your own</translation>
    </message>
    <message>
        <source>cannot be written ({reason}); check that the folder exists and belongs to the user running Tiski</source>
        <translation>cannot be written ({reason}); check that the folder exists and belongs to the user running Tiski</translation>
    </message>
    <message>
        <source>belongs to another user; nothing was written. Choose another name</source>
        <translation>belongs to another user; nothing was written. Choose another name</translation>
    </message>
    <message>
        <source>can be read by other users of this computer, and so could what Tiski would write into it; nothing was written. Delete it first or choose another name</source>
        <translation>can be read by other users of this computer, and so could what Tiski would write into it; nothing was written. Delete it first or choose another name</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Give the administrator's user name.</source>
        <translation>Give the administrator's user name.</translation>
    </message>
    <message>
        <source>Give the administrator's full name.</source>
        <translation>Give the administrator's full name.</translation>
    </message>
    <message>
        <source>The database {place} has no tables yet, so no one can sign in. IT sets it up once for the whole office, with the database owner's URL:
{commands}
Then start Tiski again and sign in.</source>
        <translation>The database {place} has no tables yet, so no one can sign in. IT sets it up once for the whole office, with the database owner's URL:
{commands}
Then start Tiski again and sign in.</translation>
    </message>
    <message>
        <source>The database {place} has no staff accounts yet, so no one can sign in. IT adds the desk and its people with the database owner's URL:
{commands}
Then start Tiski again and sign in.</source>
        <translation>The database {place} has no staff accounts yet, so no one can sign in. IT adds the desk and its people with the database owner's URL:
{commands}
Then start Tiski again and sign in.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Tiski: first start</source>
        <translation>Tiski: first start</translation>
    </message>
    <message>
        <source>The desk is set up, but nobody can sign in to it yet. Create your own account as IT; add the other staff members later.</source>
        <translation>The desk is set up, but nobody can sign in to it yet. Create your own account as IT; add the other staff members later.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Create the desk</source>
        <translation>&amp;Create the desk</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Open the demo</translation>
    </message>
    <message>
        <source>Opening the demo desk…</source>
        <translation>Opening the demo desk…</translation>
    </message>
    <message>
        <source>Setting up the desk…</source>
        <translation>Setting up the desk…</translation>
    </message>
    <message>
        <source>The desk could not be set up (%1). Try again, or see the log file.</source>
        <translation>The desk could not be set up (%1). Try again, or see the log file.</translation>
    </message>
    <message>
        <source>Leave the first start? What you typed is lost and the desk stays empty; Tiski asks again at the next start.</source>
        <translation>Leave the first start? What you typed is lost and the desk stays empty; Tiski asks again at the next start.</translation>
    </message>
</context>
<context>
    <name>Floor</name>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>on a break</translation>
    </message>
    <message>
        <source>not heard from</source>
        <translation>not heard from</translation>
    </message>
    <message>
        <source>{service}: a visitor has waited {minutes} min, over twice the target of {target} min.</source>
        <translation>{service}: a visitor has waited {minutes} min, over twice the target of {target} min.</translation>
    </message>
    <message>
        <source>{service}: {waiting} waiting, and nobody signed in can serve it.</source>
        <translation>{service}: {waiting} waiting, and nobody signed in can serve it.</translation>
    </message>
    <message>
        <source>Counter {counter} has served {ticket} for {minutes} min, over {factor} times the usual {usual} min.</source>
        <translation>Counter {counter} has served {ticket} for {minutes} min, over {factor} times the usual {usual} min.</translation>
    </message>
    <message>
        <source>Counter {counter}'s console is not heard from, with {ticket} at it: return the visitor to the queue if nobody is there.</source>
        <translation>Counter {counter}'s console is not heard from, with {ticket} at it: return the visitor to the queue if nobody is there.</translation>
    </message>
    <message>
        <source>{agency}'s back office does not answer at {counters} (since {time}): its panels show what they last knew. Call the agency's support.</source>
        <translation>{agency}'s back office does not answer at {counters} (since {time}): its panels show what they last knew. Call the agency's support.</translation>
    </message>
    <message>
        <source>There is no service {code} at the desk.</source>
        <translation>There is no service {code} at the desk.</translation>
    </message>
    <message>
        <source>{username} does not serve at a counter: only advisors' and specialists' skills are planned for the day.</source>
        <translation>{username} does not serve at a counter: only advisors' and specialists' skills are planned for the day.</translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <source>Tiski – floor</source>
        <translation>Tiski – floor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Waiting for a specialist</source>
        <translation>Waiting for a specialist</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Closed: the kiosk issues no new tickets. Nobody to serve: nobody signed in has the skill.</source>
        <translation>Closed: the kiosk issues no new tickets. Nobody to serve: nobody signed in has the skill.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>As the consoles' agency panels find it: not reachable, slow, or fine.</source>
        <translation>As the consoles' agency panels find it: not reachable, slow, or fine.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Close for new &amp;tickets…</source>
        <translation>Close for new &amp;tickets…</translation>
    </message>
    <message>
        <source>The kiosk stops issuing tickets for the chosen service and says so; the lobby guide still can. Those already waiting are served.</source>
        <translation>The kiosk stops issuing tickets for the chosen service and says so; the lobby guide still can. Those already waiting are served.</translation>
    </message>
    <message>
        <source>&amp;Move a waiting visitor…</source>
        <translation>&amp;Move a waiting visitor…</translation>
    </message>
    <message>
        <source>Move one of the chosen service's waiting visitors to another service or to one counter; they keep their place in time.</source>
        <translation>Move one of the chosen service's waiting visitors to another service or to one counter; they keep their place in time.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Return the visitor to the &amp;queue…</source>
        <translation>Return the visitor to the &amp;queue…</translation>
    </message>
    <message>
        <source>For a counter whose console is not heard from: the visitor goes back to the front of their queue, at their original place in time.</source>
        <translation>For a counter whose console is not heard from: the visitor goes back to the front of their queue, at their original place in time.</translation>
    </message>
    <message>
        <source>Skills for to&amp;day…</source>
        <translation>Skills for to&amp;day…</translation>
    </message>
    <message>
        <source>Let a person serve other services today, e.g. another agency's long queue; tomorrow they serve their usual skills again.</source>
        <translation>Let a person serve other services today, e.g. another agency's long queue; tomorrow they serve their usual skills again.</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>R&amp;eports…</source>
        <translation>R&amp;eports…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>closed for tickets</source>
        <translation>closed for tickets</translation>
    </message>
    <message>
        <source>nobody to serve</source>
        <translation>nobody to serve</translation>
    </message>
    <message>
        <source>Target %1 min</source>
        <translation>Target %1 min</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>slow</translation>
    </message>
    <message>
        <source>Open for new &amp;tickets</source>
        <translation>Open for new &amp;tickets</translation>
    </message>
    <message>
        <source>Close for new tickets</source>
        <translation>Close for new tickets</translation>
    </message>
    <message>
        <source>Stop issuing tickets for %1 at the kiosk? The kiosk says it takes no more tickets today; the %2 already waiting are served, and the lobby guide can still issue tickets.</source>
        <translation>Stop issuing tickets for %1 at the kiosk? The kiosk says it takes no more tickets today; the %2 already waiting are served, and the lobby guide can still issue tickets.</translation>
    </message>
    <message>
        <source>%1 was moved; they keep their place.</source>
        <translation>%1 was moved; they keep their place.</translation>
    </message>
    <message>
        <source>%1 takes no more tickets at the kiosk.</source>
        <translation>%1 takes no more tickets at the kiosk.</translation>
    </message>
    <message>
        <source>%1 takes tickets again.</source>
        <translation>%1 takes tickets again.</translation>
    </message>
    <message>
        <source>Return the visitor to the queue</source>
        <translation>Return the visitor to the queue</translation>
    </message>
    <message>
        <source>Return %1 from counter %2 to the front of their queue? The next free counter calls them; the return is recorded in the audit trail.</source>
        <translation>Return %1 from counter %2 to the front of their queue? The next free counter calls them; the return is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 is back in the queue.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>The floor could not be read; trying again shortly.</source>
        <translation>The floor could not be read; trying again shortly.</translation>
    </message>
    <message>
        <source>Nothing needs a hand right now.</source>
        <translation>Nothing needs a hand right now.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <source>Waiting %1 · served today %2 · staff present %3</source>
        <translation>Waiting %1 · served today %2 · staff present %3</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
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
        <translation>Tiski – lobby guide</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>No ticket issued yet.</translation>
    </message>
    <message>
        <source>Print &amp;slip</source>
        <translation>Print &amp;slip</translation>
    </message>
    <message>
        <source>Print the last ticket in the visitor's language (Ctrl+P)</source>
        <translation>Print the last ticket in the visitor's language (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Queues</translation>
    </message>
    <message>
        <source>&amp;Over target</source>
        <translation>&amp;Over target</translation>
    </message>
    <message>
        <source>&amp;Appointments today</source>
        <translation>&amp;Appointments today</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>&amp;Find a service</translation>
    </message>
    <message>
        <source>&amp;Next visitor</source>
        <translation>&amp;Next visitor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The queues could not be read; trying again shortly.</source>
        <translation>The queues could not be read; trying again shortly.</translation>
    </message>
    <message>
        <source>&amp;Over target (%1)</source>
        <translation>&amp;Over target (%1)</translation>
    </message>
    <message>
        <source>&amp;Appointments today (%1)</source>
        <translation>&amp;Appointments today (%1)</translation>
    </message>
    <message>
        <source>next in line</source>
        <translation>next in line</translation>
    </message>
    <message>
        <source>wait about %1 min</source>
        <translation>wait about %1 min</translation>
    </message>
    <message>
        <source>to counter %1</source>
        <translation>to counter %1</translation>
    </message>
    <message>
        <source>to any counter</source>
        <translation>to any counter</translation>
    </message>
    <message>
        <source>Ticket &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>Ticket &lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 issued: tell the visitor their number and wait.</source>
        <translation>%1 issued: tell the visitor their number and wait.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>The slip was not printed. Tell the visitor their number, %1, and that it will show on the lobby screen. Check that the ticket printer is on and has paper; if it still does not print: %2</source>
        <translation>The slip was not printed. Tell the visitor their number, %1, and that it will show on the lobby screen. Check that the ticket printer is on and has paper; if it still does not print: %2</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1 printed.</translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <source>Hand back %1</source>
        <translation>Hand back %1</translation>
    </message>
    <message>
        <source>Write what you found out or agreed with the visitor. The summary is saved as a note in your agency's own notes of this case, and the visit goes back to %1 at counter %2.</source>
        <translation>Write what you found out or agreed with the visitor. The summary is saved as a note in your agency's own notes of this case, and the visit goes back to %1 at counter %2.</translation>
    </message>
    <message>
        <source>Summary (required)</source>
        <translation>Summary (required)</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Hand back</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>{entry}: {hour}:{minute} is not a time of day; write it as 08:30</source>
        <translation>{entry}: {hour}:{minute} is not a time of day; write it as 08:30</translation>
    </message>
    <message>
        <source>{entry}: '{days}' is not a day; use mon, tue, wed, thu, fri, sat, sun, a run such as mon-fri or a list such as mon,wed</source>
        <translation>{entry}: '{days}' is not a day; use mon, tue, wed, thu, fri, sat, sun, a run such as mon-fri or a list such as mon,wed</translation>
    </message>
    <message>
        <source>{entry}: the run {days} goes backwards; write the earlier day first</source>
        <translation>{entry}: the run {days} goes backwards; write the earlier day first</translation>
    </message>
    <message>
        <source>{entry}: write the days, a space and the hours, such as "mon-fri 08:00-16:00"</source>
        <translation>{entry}: write the days, a space and the hours, such as "mon-fri 08:00-16:00"</translation>
    </message>
    <message>
        <source>{entry}: '{hours}' is not a time range; write it as 08:00-16:00</source>
        <translation>{entry}: '{hours}' is not a time range; write it as 08:00-16:00</translation>
    </message>
    <message>
        <source>{entry}: {hours} closes before it opens; a span ends after it starts</source>
        <translation>{entry}: {hours} closes before it opens; a span ends after it starts</translation>
    </message>
    <message>
        <source>{entry}: {hours} on {day} overlaps {other}; give each day's hours once</source>
        <translation>{entry}: {hours} on {day} overlaps {other}; give each day's hours once</translation>
    </message>
    <message>
        <source>the hours {hours} are longer than {limit} characters; give fewer spans</source>
        <translation>the hours {hours} are longer than {limit} characters; give fewer spans</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The back office at %1 sent an answer that could not be read.</source>
        <translation>The back office at %1 sent an answer that could not be read.</translation>
    </message>
    <message>
        <source>The back office at %1 did not accept the console's credentials (%2). Please tell IT.</source>
        <translation>The back office at %1 did not accept the console's credentials (%2). Please tell IT.</translation>
    </message>
    <message>
        <source>The back office at %1 did not find what was asked for (404).</source>
        <translation>The back office at %1 did not find what was asked for (404).</translation>
    </message>
    <message>
        <source>The back office at %1 is busy (429). Try again in a moment.</source>
        <translation>The back office at %1 is busy (429). Try again in a moment.</translation>
    </message>
    <message>
        <source>The back office at %1 ran into a problem (%2). Try again in a moment.</source>
        <translation>The back office at %1 ran into a problem (%2). Try again in a moment.</translation>
    </message>
    <message>
        <source>The back office at %1 answered with an error (%2).</source>
        <translation>The back office at %1 answered with an error (%2).</translation>
    </message>
    <message>
        <source>The back office at %1 could not be trusted: its certificate could not be verified. Please tell IT.</source>
        <translation>The back office at %1 could not be trusted: its certificate could not be verified. Please tell IT.</translation>
    </message>
    <message>
        <source>The back office at %1 did not answer in time. Try again in a moment.</source>
        <translation>The back office at %1 did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <source>The back office at %1 sent an answer too large to read (over %2 MB).</source>
        <translation>The back office at %1 sent an answer too large to read (over %2 MB).</translation>
    </message>
    <message>
        <source>The back office at %1 sent the call on to another address (%2); the console does not follow it there. Please tell IT.</source>
        <translation>The back office at %1 sent the call on to another address (%2); the console does not follow it there. Please tell IT.</translation>
    </message>
    <message>
        <source>The back office at %1 could not be reached. Try again in a moment.</source>
        <translation>The back office at %1 could not be reached. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identify the visitor</source>
        <translation>Identify the visitor</translation>
    </message>
    <message>
        <source>Type the identity code from the visitor's ID card. Tiski then shows only its birth date part (e.g. 131052-****); showing the full code is recorded in the audit trail.</source>
        <translation>Type the identity code from the visitor's ID card. Tiski then shows only its birth date part (e.g. 131052-****); showing the full code is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>e.g. 131052-308T</translation>
    </message>
    <message>
        <source>Finnish identity code</source>
        <translation>Finnish identity code</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>&amp;Identity code:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Tick when the birth date is known</source>
        <translation>Tick when the birth date is known</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Give both the name and the birth date. With an identity code the name is optional and the birth date comes from the code.</source>
        <translation>Give both the name and the birth date. With an identity code the name is optional and the birth date comes from the code.</translation>
    </message>
    <message>
        <source>Visitor without a Finnish identity code</source>
        <translation>Visitor without a Finnish identity code</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The identity code is empty. Type it as on the ID card, e.g. 131052-308T.</source>
        <translation>The identity code is empty. Type it as on the ID card, e.g. 131052-308T.</translation>
    </message>
    <message>
        <source>This is not shaped like an identity code. Expected DDMMYYCZZZQ, e.g. 131052-308T: the birth date, a century sign (one of + - Y X W V U A B C D E F), three digits and a check character.</source>
        <translation>This is not shaped like an identity code. Expected DDMMYYCZZZQ, e.g. 131052-308T: the birth date, a century sign (one of + - Y X W V U A B C D E F), three digits and a check character.</translation>
    </message>
    <message>
        <source>{date} is not a date: the first six digits of the identity code (the birth date) or its century sign are mistyped. Check them from the ID card.</source>
        <translation>{date} is not a date: the first six digits of the identity code (the birth date) or its century sign are mistyped. Check them from the ID card.</translation>
    </message>
    <message>
        <source>No identity code has {serial} as its three digits after the century sign; check them from the ID card.</source>
        <translation>No identity code has {serial} as its three digits after the century sign; check them from the ID card.</translation>
    </message>
    <message>
        <source>This is a temporary identity code (its three digits after the century sign are 900-999), and temporary codes are not accepted. Ask for the permanent identity code, or give the visitor's name and birth date instead.</source>
        <translation>This is a temporary identity code (its three digits after the century sign are 900-999), and temporary codes are not accepted. Ask for the permanent identity code, or give the visitor's name and birth date instead.</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the rest of the identity code. Verify the check character from the ID card; if it is right, one of the digits is mistyped.</source>
        <translation>The check character (the last one) does not match the rest of the identity code. Verify the check character from the ID card; if it is right, one of the digits is mistyped.</translation>
    </message>
    <message>
        <source>This is not a valid identity code.</source>
        <translation>This is not a valid identity code.</translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {maximum} fit.</source>
        <translation>The name is {length} characters long; at most {maximum} fit.</translation>
    </message>
    <message>
        <source>The identity code gives a birth date in the future ({date}); check the date and the century sign from the ID card.</source>
        <translation>The identity code gives a birth date in the future ({date}); check the date and the century sign from the ID card.</translation>
    </message>
    <message>
        <source>The birth date {given} does not match the identity code, which gives {date}. Check both from the ID card, or leave the birth date out.</source>
        <translation>The birth date {given} does not match the identity code, which gives {date}. Check both from the ID card, or leave the birth date out.</translation>
    </message>
    <message>
        <source>Give the identity code, or the name and birth date of a visitor without one.</source>
        <translation>Give the identity code, or the name and birth date of a visitor without one.</translation>
    </message>
    <message>
        <source>A visitor without an identity code needs a name as well as the birth date.</source>
        <translation>A visitor without an identity code needs a name as well as the birth date.</translation>
    </message>
    <message>
        <source>A visitor without an identity code needs a birth date as well as the name.</source>
        <translation>A visitor without an identity code needs a birth date as well as the name.</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>The birth date {date} is in the future.</translation>
    </message>
    <message>
        <source>The birth date {date} is before 1900; check the year.</source>
        <translation>The birth date {date} is before 1900; check the year.</translation>
    </message>
    <message>
        <source>An identity key is 64 hexadecimal characters (0-9, a-f). Copy it again from a console of the same desk.</source>
        <translation>An identity key is 64 hexadecimal characters (0-9, a-f). Copy it again from a console of the same desk.</translation>
    </message>
    <message>
        <source>The identity key could not be backed up: the data folder {folder} already holds many backups made this second.</source>
        <translation>The identity key could not be backed up: the data folder {folder} already holds many backups made this second.</translation>
    </message>
    <message>
        <source>This console has no identity key. Identity codes cannot be checked against earlier visits until IT sets the desk's key: run `tiski identity set-key` on this console, or set identity.key_file in the site settings.</source>
        <translation>This console has no identity key. Identity codes cannot be checked against earlier visits until IT sets the desk's key: run `tiski identity set-key` on this console, or set identity.key_file in the site settings.</translation>
    </message>
    <message>
        <source>The keyring refused the identity key ({reason}).</source>
        <translation>The keyring refused the identity key ({reason}).</translation>
    </message>
    <message>
        <source>There is no keyring backend on this machine to keep the identity key in (a headless Linux has none). Put the key in a file readable only by the user running Tiski and name it in identity.key_file in the site settings instead.</source>
        <translation>There is no keyring backend on this machine to keep the identity key in (a headless Linux has none). Put the key in a file readable only by the user running Tiski and name it in identity.key_file in the site settings instead.</translation>
    </message>
    <message>
        <source>The identity key in this computer's keyring ({service}) is damaged. Ask IT to set the desk's key again with `tiski identity set-key`.</source>
        <translation>The identity key in this computer's keyring ({service}) is damaged. Ask IT to set the desk's key again with `tiski identity set-key`.</translation>
    </message>
    <message>
        <source>The keyring did not answer, so this console's identity key is out of reach. Unlock the keyring (sign out and in again) and start Tiski again.</source>
        <translation>The keyring did not answer, so this console's identity key is out of reach. Unlock the keyring (sign out and in again) and start Tiski again.</translation>
    </message>
    <message>
        <source>The identity key file {file} cannot be written ({reason}). Check that the folder exists and belongs to the user running Tiski.</source>
        <translation>The identity key file {file} cannot be written ({reason}). Check that the folder exists and belongs to the user running Tiski.</translation>
    </message>
    <message>
        <source>The identity key file {file} does not exist. Put the desk's identity key there (readable only by the user running Tiski), or correct identity.key_file in the site settings.</source>
        <translation>The identity key file {file} does not exist. Put the desk's identity key there (readable only by the user running Tiski), or correct identity.key_file in the site settings.</translation>
    </message>
    <message>
        <source>The identity key file {file} cannot be used ({problem}). Correct identity.key_file in the site settings.</source>
        <translation>The identity key file {file} cannot be used ({problem}). Correct identity.key_file in the site settings.</translation>
    </message>
    <message>
        <source>The identity key file {file} is open to other users of this computer, so it is not used. Make it readable by its owner only: chmod 600 {file}</source>
        <translation>The identity key file {file} is open to other users of this computer, so it is not used. Make it readable by its owner only: chmod 600 {file}</translation>
    </message>
    <message>
        <source>The identity key file {file} does not hold an identity key: it should hold 64 hexadecimal characters (32 bytes), such as `openssl rand -hex 32` makes.</source>
        <translation>The identity key file {file} does not hold an identity key: it should hold 64 hexadecimal characters (32 bytes), such as `openssl rand -hex 32` makes.</translation>
    </message>
</context>
<context>
    <name>InboxZone</name>
    <message>
        <source>Consultation requests</source>
        <translation>Consultation requests</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>What advisors see before they ask your agency</source>
        <translation>What advisors see before they ask your agency</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>I am:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No requests waiting for your agency.</source>
        <translation>No requests waiting for your agency.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Join video</source>
        <translation>Join video</translation>
    </message>
    <message>
        <source>Hand back…</source>
        <translation>Hand back…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Consultation requests for %1</source>
        <translation>Consultation requests for %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>joined by you</source>
        <translation>joined by you</translation>
    </message>
    <message>
        <source>waiting, %1 declined</source>
        <translation>waiting, %1 declined</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>New consultation request: ticket %1</source>
        <translation>New consultation request: ticket %1</translation>
    </message>
    <message>
        <source>You joined ticket %1.</source>
        <translation>You joined ticket %1.</translation>
    </message>
    <message>
        <source>Visit handed back with your summary.</source>
        <translation>Visit handed back with your summary.</translation>
    </message>
    <message>
        <source>Take the visit over</source>
        <translation>Take the visit over</translation>
    </message>
    <message>
        <source>Serve ticket %1 from your remote counter? It leaves the advisor's counter, and the lobby display shows it as remote service.</source>
        <translation>Serve ticket %1 from your remote counter? It leaves the advisor's counter, and the lobby display shows it as remote service.</translation>
    </message>
    <message>
        <source>Ticket %1 is now at your counter.</source>
        <translation>Ticket %1 is now at your counter.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a ticket</source>
        <translation>Issue a ticket</translation>
    </message>
    <message>
        <source>&amp;Services, in this order:</source>
        <translation>&amp;Services, in this order:</translation>
    </message>
    <message>
        <source>&amp;Life event:</source>
        <translation>&amp;Life event:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Visitor's &amp;language:</source>
        <translation>Visitor's &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>Issue ticket</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>A few letters of a service or life event, in Finnish, Swedish or English</source>
        <translation>A few letters of a service or life event, in Finnish, Swedish or English</translation>
    </message>
    <message>
        <source>Find a service or life event</source>
        <translation>Find a service or life event</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Services and life events found</source>
        <translation>Services and life events found</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add the service, or take the life event's services</source>
        <translation>Add the service, or take the life event's services</translation>
    </message>
    <message>
        <source>Services of the ticket, in order</source>
        <translation>Services of the ticket, in order</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>optional; shown to the counter only</source>
        <translation>optional; shown to the counter only</translation>
    </message>
    <message>
        <source>Hand the visitor to one counter: only it calls them for the first service.</source>
        <translation>Hand the visitor to one counter: only it calls them for the first service.</translation>
    </message>
    <message>
        <source>Visitor's &amp;language:</source>
        <translation>Visitor's &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Issue ticket</source>
        <translation>&amp;Issue ticket</translation>
    </message>
    <message>
        <source>Issue the ticket (Ctrl+Enter)</source>
        <translation>Issue the ticket (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>any counter that serves it</source>
        <translation>any counter that serves it</translation>
    </message>
    <message>
        <source>Life event: %1 (%2)</source>
        <translation>Life event: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <source>closed at the kiosk</source>
        <translation>closed at the kiosk</translation>
    </message>
    <message>
        <source>The ticket, for the life event %1:</source>
        <translation>The ticket, for the life event %1:</translation>
    </message>
    <message>
        <source>The ticket, services in this order:</source>
        <translation>The ticket, services in this order:</translation>
    </message>
    <message>
        <source>The ticket: nothing yet. Find a service above and press Enter.</source>
        <translation>The ticket: nothing yet. Find a service above and press Enter.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot open the file for unsaved notes {path} ({reason}). Free disk space or check the folder's permissions, then restart Tiski; until then, notes are kept only in this window.</source>
        <translation>Cannot open the file for unsaved notes {path} ({reason}). Free disk space or check the folder's permissions, then restart Tiski; until then, notes are kept only in this window.</translation>
    </message>
    <message>
        <source>Cannot write unsaved notes to {path} ({reason}). Free disk space or check the folder's permissions; until then, notes are kept only in this window.</source>
        <translation>Cannot write unsaved notes to {path} ({reason}). Free disk space or check the folder's permissions; until then, notes are kept only in this window.</translation>
    </message>
    <message>
        <source>Cannot read unsaved notes from {path} ({reason}). Check the file's permissions, or move it away and restart Tiski to start with an empty one.</source>
        <translation>Cannot read unsaved notes from {path} ({reason}). Check the file's permissions, or move it away and restart Tiski to start with an empty one.</translation>
    </message>
    <message>
        <source>The file for unsaved notes {path} was written by a newer Tiski (journal version {reason}). Use that Tiski to send its notes, or move the file away to start afresh.</source>
        <translation>The file for unsaved notes {path} was written by a newer Tiski (journal version {reason}). Use that Tiski to send its notes, or move the file away to start afresh.</translation>
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
        <translation>Identify the visitor to see their Kela applications.</translation>
    </message>
    <message>
        <source>Kela's back office sent an answer the panel does not understand.</source>
        <translation>Kela's back office sent an answer the panel does not understand.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Decision expected</translation>
    </message>
    <message>
        <source>Missing attachments</source>
        <translation>Missing attachments</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>No applications in Kela's system.</source>
        <translation>No applications in Kela's system.</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Kela: {benefit}, {state}</source>
        <translation>Kela: {benefit}, {state}</translation>
    </message>
    <message>
        <source>missing: {attachments}</source>
        <translation>missing: {attachments}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>No more tickets today. Please ask the lobby guide.</source>
        <translation>No more tickets today. Please ask the lobby guide.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>What do you need?</translation>
    </message>
    <message>
        <source>Choose the agency whose services you need.</source>
        <translation>Choose the agency whose services you need.</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>Your number is</translation>
    </message>
    <message>
        <source>Check in for your appointment</source>
        <translation>Check in for your appointment</translation>
    </message>
    <message>
        <source>Type the six-character booking code from your appointment confirmation.</source>
        <translation>Type the six-character booking code from your appointment confirmation.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>One ticket for several services</source>
        <translation>One ticket for several services</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
    <message>
        <source>Check in with your booking code</source>
        <translation>Check in with your booking code</translation>
    </message>
    <message>
        <source>Closed now. Opens today at {time}.</source>
        <translation>Closed now. Opens today at {time}.</translation>
    </message>
    <message>
        <source>Closed now. Opens tomorrow at {time}.</source>
        <translation>Closed now. Opens tomorrow at {time}.</translation>
    </message>
    <message>
        <source>Closed now. Opens on {day} at {time}.</source>
        <translation>Closed now. Opens on {day} at {time}.</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>One moment, please…</translation>
    </message>
    <message>
        <source>The ticket machine cannot reach the queue just now. Please ask the lobby guide.</source>
        <translation>The ticket machine cannot reach the queue just now. Please ask the lobby guide.</translation>
    </message>
    <message>
        <source>Choose one or more services, then take a ticket.</source>
        <translation>Choose one or more services, then take a ticket.</translation>
    </message>
    <message>
        <source>Choose what is happening in your life. One ticket takes you through every service it needs, in order.</source>
        <translation>Choose what is happening in your life. One ticket takes you through every service it needs, in order.</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>closed now</translation>
    </message>
    <message>
        <source>Thank you for your answer!</source>
        <translation>Thank you for your answer!</translation>
    </message>
    <message>
        <source>Your answer could not be saved just now. Please try later.</source>
        <translation>Your answer could not be saved just now. Please try later.</translation>
    </message>
    <message>
        <source>No ticket could be issued just now. Please ask the lobby guide.</source>
        <translation>No ticket could be issued just now. Please ask the lobby guide.</translation>
    </message>
    <message>
        <source>Printing failed, please ask the lobby guide; your number is {ticket}.</source>
        <translation>Printing failed, please ask the lobby guide; your number is {ticket}.</translation>
    </message>
    <message>
        <source>Watch the screen for your number. Touch to finish.</source>
        <translation>Watch the screen for your number. Touch to finish.</translation>
    </message>
    <message>
        <source>Take your ticket and watch the screen for your number. Touch to finish.</source>
        <translation>Take your ticket and watch the screen for your number. Touch to finish.</translation>
    </message>
    <message>
        <source>Poorly</source>
        <translation>Poorly</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>So-so</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Well</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Very well</translation>
    </message>
    <message>
        <source>The waiting time</source>
        <translation>The waiting time</translation>
    </message>
    <message>
        <source>The service I got</source>
        <translation>The service I got</translation>
    </message>
    <message>
        <source>Finding my way and information</source>
        <translation>Finding my way and information</translation>
    </message>
    <message>
        <source>The premises</source>
        <translation>The premises</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>How did we do?</translation>
    </message>
    <message>
        <source>Your answer is anonymous. Touch the face that fits.</source>
        <translation>Your answer is anonymous. Touch the face that fits.</translation>
    </message>
    <message>
        <source>What is it mostly about? (You may skip this.)</source>
        <translation>What is it mostly about? (You may skip this.)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Your ticket number (optional)</source>
        <translation>Your ticket number (optional)</translation>
    </message>
    <message>
        <source>It tells us which services your answer is about. The number itself is not kept.</source>
        <translation>It tells us which services your answer is about. The number itself is not kept.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Buttons lower</source>
        <translation>Buttons lower</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Your number is {number}.</source>
        <translation>Your number is {number}.</translation>
    </message>
    <message>
        <source>Estimated wait about one minute.</source>
        <translation>Estimated wait about one minute.</translation>
    </message>
    <message>
        <source>Estimated wait about {minutes} minutes.</source>
        <translation>Estimated wait about {minutes} minutes.</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>No code typed</source>
        <translation>No code typed</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>The kiosk starts over in {seconds} s.</source>
        <translation>The kiosk starts over in {seconds} s.</translation>
    </message>
    <message>
        <source>The kiosk starts over in {seconds} seconds.</source>
        <translation>The kiosk starts over in {seconds} seconds.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Keys for staff</source>
        <translation>Keys for staff</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q – Close the kiosk</source>
        <translation>Ctrl+Shift+Q – Close the kiosk</translation>
    </message>
    <message>
        <source>F1 – Show or hide this card</source>
        <translation>F1 – Show or hide this card</translation>
    </message>
    <message>
        <source>Keys for visitors (keyboard or tactile keypad)</source>
        <translation>Keys for visitors (keyboard or tactile keypad)</translation>
    </message>
    <message>
        <source>Arrows, Tab and Shift+Tab – Move between the choices</source>
        <translation>Arrows, Tab and Shift+Tab – Move between the choices</translation>
    </message>
    <message>
        <source>Enter or Space – Choose; Esc – Back</source>
        <translation>Enter or Space – Choose; Esc – Back</translation>
    </message>
    <message>
        <source>* or F12 – Read aloud on or off</source>
        <translation>* or F12 – Read aloud on or off</translation>
    </message>
    <message>
        <source>+ or F10 – Larger text; # or F11 – High contrast</source>
        <translation>+ or F10 – Larger text; # or F11 – High contrast</translation>
    </message>
    <message>
        <source>F9 – Buttons lower, for a seated visitor</source>
        <translation>F9 – Buttons lower, for a seated visitor</translation>
    </message>
    <message>
        <source>While reading aloud: / or F7 – Say it again; F8 or Volume up – Louder; - or Volume down – Softer</source>
        <translation>While reading aloud: / or F7 – Say it again; F8 or Volume up – Louder; - or Volume down – Softer</translation>
    </message>
    <message>
        <source>What the kiosk does by itself</source>
        <translation>What the kiosk does by itself</translation>
    </message>
    <message>
        <source>After %1 seconds without a touch it goes back to its first page, and a printed ticket's page does so on its own. Services that are closed or take no more tickets today are not offered. When the database cannot be reached, the kiosk says so and tries again.</source>
        <translation>After %1 seconds without a touch it goes back to its first page, and a printed ticket's page does so on its own. Services that are closed or take no more tickets today are not offered. When the database cannot be reached, the kiosk says so and tries again.</translation>
    </message>
    <message>
        <source>Before it starts over it asks the visitor for %1 seconds whether they need more time. Read aloud, larger text and the other modes of the bar are turned off for the next visitor.</source>
        <translation>Before it starts over it asks the visitor for %1 seconds whether they need more time. Read aloud, larger text and the other modes of the bar are turned off for the next visitor.</translation>
    </message>
    <message>
        <source>When a ticket does not print</source>
        <translation>When a ticket does not print</translation>
    </message>
    <message>
        <source>The kiosk shows the visitor their number instead. Check that the printer is on and has paper. If it still does not print: %1</source>
        <translation>The kiosk shows the visitor their number instead. Check that the printer is on and has paper. If it still does not print: %1</translation>
    </message>
    <message>
        <source>Help – the kiosk</source>
        <translation>Help – the kiosk</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LeaveCounterDialog</name>
    <message>
        <source>Visitors at your counter</source>
        <translation>Visitors at your counter</translation>
    </message>
    <message>
        <source>You are quitting with a visitor at your counter: %1. What happens to the visit?</source>
        <translation>You are quitting with a visitor at your counter: %1. What happens to the visit?</translation>
    </message>
    <message>
        <source>Done: this service ends and the visit's next service waits for its turn.
Back to the queue: the visitor goes first in line again, at their original place in time.
Keep for me: the visitor stays yours, set aside, until you sign in again.</source>
        <translation>Done: this service ends and the visit's next service waits for its turn.
Back to the queue: the visitor goes first in line again, at their original place in time.
Keep for me: the visitor stays yours, set aside, until you sign in again.</translation>
    </message>
    <message>
        <source>Your unsaved note stays on this PC as a draft: Tiski offers it again the next time you sign in here.</source>
        <translation>Your unsaved note stays on this PC as a draft: Tiski offers it again the next time you sign in here.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>Keep for me</source>
        <translation>Keep for me</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parked</translation>
    </message>
</context>
<context>
    <name>LifeEventForm</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>Services, in order</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Takes it off the desk when you apply; its history is kept and it can be brought back under the same code</source>
        <translation>Takes it off the desk when you apply; its history is kept and it can be brought back under the same code</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Tiski is locked</source>
        <translation>Tiski is locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Type your password to go on working:</source>
        <translation>Type your password to go on working:</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Counter: %1</translation>
    </message>
</context>
<context>
    <name>MoveWaitingDialog</name>
    <message>
        <source>Move a waiting visitor</source>
        <translation>Move a waiting visitor</translation>
    </message>
    <message>
        <source>Waiting for %1. The visitor keeps their place in time.</source>
        <translation>Waiting for %1. The visitor keeps their place in time.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Waiting visitors</source>
        <translation>Waiting visitors</translation>
    </message>
    <message>
        <source>To &amp;service:</source>
        <translation>To &amp;service:</translation>
    </message>
    <message>
        <source>To &amp;counter:</source>
        <translation>To &amp;counter:</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Reading the queue…</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>(the same service)</source>
        <translation>(the same service)</translation>
    </message>
    <message>
        <source>(any counter)</source>
        <translation>(any counter)</translation>
    </message>
    <message>
        <source>Choose the visitor, then where they wait.</source>
        <translation>Choose the visitor, then where they wait.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this service any more.</source>
        <translation>Nobody is waiting for this service any more.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
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
        <translation>Moving %1…</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Not moved</translation>
    </message>
</context>
<context>
    <name>NoShowQuestion</name>
    <message>
        <source>The ticket is closed.</source>
        <translation>The ticket is closed.</translation>
    </message>
    <message>
        <source>Their next service, %1, is back in the queue at the visitor's original place.</source>
        <translation>Their next service, %1, is back in the queue at the visitor's original place.</translation>
    </message>
    <message>
        <source>Their other services (%1) are back in the queue, one after another, at the visitor's original place.</source>
        <translation>Their other services (%1) are back in the queue, one after another, at the visitor's original place.</translation>
    </message>
    <message>
        <source>%1 marked as a no-show.</source>
        <translation>%1 marked as a no-show.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Mark %1 as a no-show?</source>
        <translation>Mark %1 as a no-show?</translation>
    </message>
    <message>
        <source>It is the visit's only open service: the ticket is closed.</source>
        <translation>It is the visit's only open service: the ticket is closed.</translation>
    </message>
    <message>
        <source>Their next service, %1, goes back to the queue at the visitor's original place.</source>
        <translation>Their next service, %1, goes back to the queue at the visitor's original place.</translation>
    </message>
    <message>
        <source>Their other services (%1) go back to the queue, one after another, at the visitor's original place.</source>
        <translation>Their other services (%1) go back to the queue, one after another, at the visitor's original place.</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Mark as no-show</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverTargetPage</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Over target</source>
        <translation>Over target</translation>
    </message>
    <message>
        <source>Nobody has waited past their service's target.</source>
        <translation>Nobody has waited past their service's target.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock is on.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>issuing tickets</source>
        <translation>issuing tickets</translation>
    </message>
    <message>
        <source>checking in appointments</source>
        <translation>checking in appointments</translation>
    </message>
    <message>
        <source>reading the lobby display's queues</source>
        <translation>reading the lobby display's queues</translation>
    </message>
    <message>
        <source>reading the queue with visitors' names and appointments</source>
        <translation>reading the queue with visitors' names and appointments</translation>
    </message>
    <message>
        <source>changing waiting tickets and appointments (add a service, transfer, cancel, book)</source>
        <translation>changing waiting tickets and appointments (add a service, transfer, cancel, book)</translation>
    </message>
    <message>
        <source>working at a counter</source>
        <translation>working at a counter</translation>
    </message>
    <message>
        <source>serving visitors (call next, recall, finish, transfer)</source>
        <translation>serving visitors (call next, recall, finish, transfer)</translation>
    </message>
    <message>
        <source>listing and releasing stranded visitors</source>
        <translation>listing and releasing stranded visitors</translation>
    </message>
    <message>
        <source>identifying visitors</source>
        <translation>identifying visitors</translation>
    </message>
    <message>
        <source>reading visitors' cases</source>
        <translation>reading visitors' cases</translation>
    </message>
    <message>
        <source>writing case notes</source>
        <translation>writing case notes</translation>
    </message>
    <message>
        <source>recording a visitor's consent</source>
        <translation>recording a visitor's consent</translation>
    </message>
    <message>
        <source>searching case notes</source>
        <translation>searching case notes</translation>
    </message>
    <message>
        <source>asking a specialist to join a visit</source>
        <translation>asking a specialist to join a visit</translation>
    </message>
    <message>
        <source>answering an agency's consultation requests</source>
        <translation>answering an agency's consultation requests</translation>
    </message>
    <message>
        <source>reading a case's audit trail</source>
        <translation>reading a case's audit trail</translation>
    </message>
    <message>
        <source>exporting audit trails</source>
        <translation>exporting audit trails</translation>
    </message>
    <message>
        <source>exporting a visitor's data for their access request</source>
        <translation>exporting a visitor's data for their access request</translation>
    </message>
    <message>
        <source>putting cases under legal hold</source>
        <translation>putting cases under legal hold</translation>
    </message>
    <message>
        <source>deleting cases under the retention rules</source>
        <translation>deleting cases under the retention rules</translation>
    </message>
    <message>
        <source>reading the desk's reports and the cost-sharing report</source>
        <translation>reading the desk's reports and the cost-sharing report</translation>
    </message>
    <message>
        <source>watching the whole floor (every counter, who is at it, the alerts), closing a service for new tickets and planning staff's skills for the day</source>
        <translation>watching the whole floor (every counter, who is at it, the alerts), closing a service for new tickets and planning staff's skills for the day</translation>
    </message>
    <message>
        <source>managing staff accounts</source>
        <translation>managing staff accounts</translation>
    </message>
    <message>
        <source>managing services, counters and opening hours</source>
        <translation>managing services, counters and opening hours</translation>
    </message>
    <message>
        <source>setting the desk's identity key</source>
        <translation>setting the desk's identity key</translation>
    </message>
    <message>
        <source>managing agency plugins' credentials</source>
        <translation>managing agency plugins' credentials</translation>
    </message>
    <message>
        <source>writing the demo desk into a database in use</source>
        <translation>writing the demo desk into a database in use</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow {doing}.</source>
        <translation>Your role ({role}) does not allow {doing}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>The desk refused to apply it and nothing was changed: see why above.</source>
        <translation>The desk refused to apply it and nothing was changed: see why above.</translation>
    </message>
    <message>
        <source>Change what is refused in the window, then review again.</source>
        <translation>Change what is refused in the window, then review again.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Desk &amp;file:</source>
        <translation>Desk &amp;file:</translation>
    </message>
    <message>
        <source>The file's details</source>
        <translation>The file's details</translation>
    </message>
    <message>
        <source>Staff members are not in the template: you add yourself on the next page, and the others later in the admin window or with tiski staff add.</source>
        <translation>Staff members are not in the template: you add yourself on the next page, and the others later in the admin window or with tiski staff add.</translation>
    </message>
    <message>
        <source>Import a desk file</source>
        <translation>Import a desk file</translation>
    </message>
    <message>
        <source>Choose the file; Tiski checks it and shows what it would set up.</source>
        <translation>Choose the file; Tiski checks it and shows what it would set up.</translation>
    </message>
    <message>
        <source>Choose the desk file to import.</source>
        <translation>Choose the desk file to import.</translation>
    </message>
    <message>
        <source>The small office's template</source>
        <translation>The small office's template</translation>
    </message>
    <message>
        <source>This is what the template sets up. You can change all of it later in the admin window, or with tiski desk export and tiski desk apply.</source>
        <translation>This is what the template sets up. You can change all of it later in the admin window, or with tiski desk export and tiski desk apply.</translation>
    </message>
    <message>
        <source>Desk files (*.toml);;All files (*)</source>
        <translation>Desk files (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>What stops the file from being applied:</source>
        <translation>What stops the file from being applied:</translation>
    </message>
    <message>
        <source>The file cannot be applied as it is; correct what is marked with !.</source>
        <translation>The file cannot be applied as it is; correct what is marked with !.</translation>
    </message>
    <message>
        <source>What applying the file sets up:</source>
        <translation>What applying the file sets up:</translation>
    </message>
    <message>
        <source>Nothing is written before you finish on the last page.</source>
        <translation>Nothing is written before you finish on the last page.</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>The file could not be read (%1).</translation>
    </message>
    <message>
        <source>Problems in the file:</source>
        <translation>Problems in the file:</translation>
    </message>
    <message>
        <source>The file has problems, so nothing was applied. Correct them and choose the file again.</source>
        <translation>The file has problems, so nothing was applied. Correct them and choose the file again.</translation>
    </message>
</context>
<context>
    <name>PluginCommands</name>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>off by IT</source>
        <translation>off by IT</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>No plugins found.</source>
        <translation>No plugins found.</translation>
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
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>AGENCY</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>{trust}; in plugins.allow: {pin}</source>
        <translation>{trust}; in plugins.allow: {pin}</translation>
    </message>
    <message>
        <source>{id} is the id of a plugin bundled with the console; a site plugin may not take it. Nothing was recorded.</source>
        <translation>{id} is the id of a plugin bundled with the console; a site plugin may not take it. Nothing was recorded.</translation>
    </message>
    <message>
        <source>Trusted: the plugin {id} {version} in {folder} (SHA-256 {sha256}), recorded in the site settings file {file}. If its files change it is refused until trusted again.</source>
        <translation>Trusted: the plugin {id} {version} in {folder} (SHA-256 {sha256}), recorded in the site settings file {file}. If its files change it is refused until trusted again.</translation>
    </message>
    <message>
        <source>The site setting plugins.folders does not name {folder} or a folder above it yet.</source>
        <translation>The site setting plugins.folders does not name {folder} or a folder above it yet.</translation>
    </message>
    <message>
        <source>To load it, IT also adds site:{id} to the site setting plugins.allow.</source>
        <translation>To load it, IT also adds site:{id} to the site setting plugins.allow.</translation>
    </message>
    <message>
        <source>The site settings file {file} trusts no plugin {id}.</source>
        <translation>The site settings file {file} trusts no plugin {id}.</translation>
    </message>
    <message>
        <source>The plugin {id} is no longer trusted: its record is gone from {file}; it does not load from its site folder any more.</source>
        <translation>The plugin {id} is no longer trusted: its record is gone from {file}; it does not load from its site folder any more.</translation>
    </message>
    <message>
        <source>The plugin {id} is not valid: {reason}</source>
        <translation>The plugin {id} is not valid: {reason}</translation>
    </message>
    <message>
        <source>No plugin {id} was found. Plugins found: {known}.</source>
        <translation>No plugin {id} was found. Plugins found: {known}.</translation>
    </message>
    <message>
        <source>{name} for the plugin {id}: </source>
        <translation>{name} for the plugin {id}: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>The two differ; nothing was stored. Try again.</source>
        <translation>The two differ; nothing was stored. Try again.</translation>
    </message>
    <message>
        <source>Credential {name} of the plugin {id} stored in the keyring (service {service}).</source>
        <translation>Credential {name} of the plugin {id} stored in the keyring (service {service}).</translation>
    </message>
    <message>
        <source>Plugin skeleton {id} written to {folder}:</source>
        <translation>Plugin skeleton {id} written to {folder}:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <source>In the site settings, add {folder} to plugins.folders and site:{id} to plugins.allow (docs/plugins.md, "Writing a plugin"); then IT trusts the folder as it is:</source>
        <translation>In the site settings, add {folder} to plugins.folders and site:{id} to plugins.allow (docs/plugins.md, "Writing a plugin"); then IT trusts the folder as it is:</translation>
    </message>
    <message>
        <source>{name!r} cannot be a plugin id: use 2 to 40 lower-case letters, digits and '-', starting with a letter (for example demo-panel). Nothing was written.</source>
        <translation>{name!r} cannot be a plugin id: use 2 to 40 lower-case letters, digits and '-', starting with a letter (for example demo-panel). Nothing was written.</translation>
    </message>
    <message>
        <source>{agency!r} is not an agency code: use up to 40 lower-case letters, digits and '-' (for example pori or kela). Nothing was written.</source>
        <translation>{agency!r} is not an agency code: use up to 40 lower-case letters, digits and '-' (for example pori or kela). Nothing was written.</translation>
    </message>
    <message>
        <source>{folder} already exists; nothing was written. Choose another name or --into.</source>
        <translation>{folder} already exists; nothing was written. Choose another name or --into.</translation>
    </message>
    <message>
        <source>{folder} could not be written ({reason}); nothing was left.</source>
        <translation>{folder} could not be written ({reason}); nothing was left.</translation>
    </message>
</context>
<context>
    <name>PluginHost</name>
    <message>
        <source>{name} is not a credential name.</source>
        <translation>{name} is not a credential name.</translation>
    </message>
    <message>
        <source>The plugin {id} declares no credential {name}; its credentials are: {declared}.</source>
        <translation>The plugin {id} declares no credential {name}; its credentials are: {declared}.</translation>
    </message>
    <message>
        <source>An empty credential was not stored.</source>
        <translation>An empty credential was not stored.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the credential in (a headless Linux has none); the plugin {id} cannot use {name} here.</source>
        <translation>This computer has no keyring to keep the credential in (a headless Linux has none); the plugin {id} cannot use {name} here.</translation>
    </message>
    <message>
        <source>The keyring refused the credential ({reason}).</source>
        <translation>The keyring refused the credential ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} in the site setting plugins.folders does not exist.</source>
        <translation>The folder {folder} in the site setting plugins.folders does not exist.</translation>
    </message>
    <message>
        <source>Switched off by IT: the site setting plugins.deny lists {id}.</source>
        <translation>Switched off by IT: the site setting plugins.deny lists {id}.</translation>
    </message>
    <message>
        <source>Not allowed by IT: with the site setting plugins.allow empty only the bundled plugins load; IT adds {pin} to plugins.allow to use it.</source>
        <translation>Not allowed by IT: with the site setting plugins.allow empty only the bundled plugins load; IT adds {pin} to plugins.allow to use it.</translation>
    </message>
    <message>
        <source>Not allowed by IT: an installed plugin is allowed by its distribution too; the site setting plugins.allow lists {id} but not {pin}.</source>
        <translation>Not allowed by IT: an installed plugin is allowed by its distribution too; the site setting plugins.allow lists {id} but not {pin}.</translation>
    </message>
    <message>
        <source>Not allowed by IT: the site setting plugins.allow does not list {pin}.</source>
        <translation>Not allowed by IT: the site setting plugins.allow does not list {pin}.</translation>
    </message>
    <message>
        <source>Not loaded: {id} is an API 1 plugin, which runs inside the console's own process with everything the console can reach. It loads only when IT lists it in the site setting plugins.trusted_widgets; otherwise its author makes an API 2 version, which runs in a process of its own.</source>
        <translation>Not loaded: {id} is an API 1 plugin, which runs inside the console's own process with everything the console can reach. It loads only when IT lists it in the site setting plugins.trusted_widgets; otherwise its author makes an API 2 version, which runs in a process of its own.</translation>
    </message>
    <message>
        <source>ships with Tiski</source>
        <translation>ships with Tiski</translation>
    </message>
    <message>
        <source>the distribution {distribution}</source>
        <translation>the distribution {distribution}</translation>
    </message>
    <message>
        <source>folder hash {short}… as IT recorded</source>
        <translation>folder hash {short}… as IT recorded</translation>
    </message>
    <message>
        <source>folder not as IT trusted it</source>
        <translation>folder not as IT trusted it</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>The installed entry point {entry} (group tiski.plugins) does not give a plugin folder: {reason}</source>
        <translation>The installed entry point {entry} (group tiski.plugins) does not give a plugin folder: {reason}</translation>
    </message>
    <message>
        <source>Refused: {id} is the id of a plugin bundled with the console ({path}); no installed or site plugin may take it, so it never receives the bundled plugin's credentials. Its author gives it an id of its own.</source>
        <translation>Refused: {id} is the id of a plugin bundled with the console ({path}); no installed or site plugin may take it, so it never receives the bundled plugin's credentials. Its author gives it an id of its own.</translation>
    </message>
    <message>
        <source>Ignored: the plugin {id} was already found in {path} ({source}).</source>
        <translation>Ignored: the plugin {id} was already found in {path} ({source}).</translation>
    </message>
    <message>
        <source>the plugin {id} has no folder to load it from</source>
        <translation>the plugin {id} has no folder to load it from</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: {entry}.{method} does not take the arguments the console passes ({arguments}).</source>
        <translation>The plugin {id} could not be loaded: {entry}.{method} does not take the arguments the console passes ({arguments}).</translation>
    </message>
    <message>
        <source>The plugin {id} was not loaded: the files in its folder changed since the console checked them against IT's record.</source>
        <translation>The plugin {id} was not loaded: the files in its folder changed since the console checked them against IT's record.</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: {reason}</source>
        <translation>The plugin {id} could not be loaded: {reason}</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: its class {entry} has no describe method (plugin API 2's DescribingPlugin protocol).</source>
        <translation>The plugin {id} could not be loaded: its class {entry} has no describe method (plugin API 2's DescribingPlugin protocol).</translation>
    </message>
    <message>
        <source>The plugin {id} could not be loaded: its class {entry} has no create_panel method (the plugin API's Plugin protocol).</source>
        <translation>The plugin {id} could not be loaded: its class {entry} has no create_panel method (the plugin API's Plugin protocol).</translation>
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
        <translation>must be a table, not {value}</translation>
    </message>
    <message>
        <source>is not a known key (known: {known})</source>
        <translation>is not a known key (known: {known})</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a non-empty string, not {value}</source>
        <translation>must be a non-empty string, not {value}</translation>
    </message>
    <message>
        <source>must be a list of strings, not {value}</source>
        <translation>must be a list of strings, not {value}</translation>
    </message>
    <message>
        <source>{value} is not a visitor field (known: {known})</source>
        <translation>{value} is not a visitor field (known: {known})</translation>
    </message>
    <message>
        <source>{value} is not a host name; give the name alone, such as asiointi.kela.fi, without https://, port or path</source>
        <translation>{value} is not a host name; give the name alone, such as asiointi.kela.fi, without https://, port or path</translation>
    </message>
    <message>
        <source>{value} is not a credential name (letters, digits, '.', '_' and '-', up to 64 characters)</source>
        <translation>{value} is not a credential name (letters, digits, '.', '_' and '-', up to 64 characters)</translation>
    </message>
    <message>
        <source>must be 2 to 40 lower-case letters, digits and '-', not {value}</source>
        <translation>must be 2 to 40 lower-case letters, digits and '-', not {value}</translation>
    </message>
    <message>
        <source>must be a version string such as "1.0.0" (PEP 440), not {value}</source>
        <translation>must be a version string such as "1.0.0" (PEP 440), not {value}</translation>
    </message>
    <message>
        <source>must be a whole number, the plugin API's major version (this console supports {supported}), not {value}</source>
        <translation>must be a whole number, the plugin API's major version (this console supports {supported}), not {value}</translation>
    </message>
    <message>
        <source>the plugin was written for plugin API {declared}; this console supports plugin API {supported} only</source>
        <translation>the plugin was written for plugin API {declared}; this console supports plugin API {supported} only</translation>
    </message>
    <message>
        <source>must be an agency code (lower-case letters, digits and '-'), such as "kela", not {value}</source>
        <translation>must be an agency code (lower-case letters, digits and '-'), such as "kela", not {value}</translation>
    </message>
    <message>
        <source>must be module:Class with Python names, such as "kela_panel:KelaPlugin", not {value}</source>
        <translation>must be module:Class with Python names, such as "kela_panel:KelaPlugin", not {value}</translation>
    </message>
    <message>
        <source>the module file {file} is not in {folder}</source>
        <translation>the module file {file} is not in {folder}</translation>
    </message>
    <message>
        <source>must be a path under base_url starting with '/', such as "/health", not {value}</source>
        <translation>must be a path under base_url starting with '/', such as "/health", not {value}</translation>
    </message>
    <message>
        <source>needs a [settings.base_url] for the path to be under</source>
        <translation>needs a [settings.base_url] for the path to be under</translation>
    </message>
    <message>
        <source>a setting name must be lower-case letters, digits and '_', starting with a letter</source>
        <translation>a setting name must be lower-case letters, digits and '_', starting with a letter</translation>
    </message>
    <message>
        <source>{value} is not a setting type (known: {known})</source>
        <translation>{value} is not a setting type (known: {known})</translation>
    </message>
    <message>
        <source>base_url must be of type "url", not {value}</source>
        <translation>base_url must be of type "url", not {value}</translation>
    </message>
    <message>
        <source>must be a string, not {value}</source>
        <translation>must be a string, not {value}</translation>
    </message>
    <message>
        <source>{minimum} is greater than the maximum {maximum}</source>
        <translation>{minimum} is greater than the maximum {maximum}</translation>
    </message>
    <message>
        <source>must be {kind}, not {value}</source>
        <translation>must be {kind}, not {value}</translation>
    </message>
    <message>
        <source>only an int or float setting has a {which}</source>
        <translation>only an int or float setting has a {which}</translation>
    </message>
    <message>
        <source>an http or https URL</source>
        <translation>an http or https URL</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>must be at least {minimum}, not {value}</source>
        <translation>must be at least {minimum}, not {value}</translation>
    </message>
    <message>
        <source>must be at most {maximum}, not {value}</source>
        <translation>must be at most {maximum}, not {value}</translation>
    </message>
    <message>
        <source>Site setting {key}: {problem}</source>
        <translation>Site setting {key}: {problem}</translation>
    </message>
    <message>
        <source>the plugin {plugin} has no such setting (it has: {known})</source>
        <translation>the plugin {plugin} has no such setting (it has: {known})</translation>
    </message>
    <message>
        <source>is needed and has no default; give it in the site settings under [{table}]</source>
        <translation>is needed and has no default; give it in the site settings under [{table}]</translation>
    </message>
</context>
<context>
    <name>PluginProcess</name>
    <message>
        <source>The panel sent something the console cannot show.</source>
        <translation>The panel sent something the console cannot show.</translation>
    </message>
    <message>
        <source>The panel's process sent something that is not allowed and was ended.</source>
        <translation>The panel's process sent something that is not allowed and was ended.</translation>
    </message>
    <message>
        <source>The panel's process could not be started.</source>
        <translation>The panel's process could not be started.</translation>
    </message>
    <message>
        <source>This panel stopped unexpectedly %1 times in 10 minutes and is not restarted again. The queue and the notes work without it.</source>
        <translation>This panel stopped unexpectedly %1 times in 10 minutes and is not restarted again. The queue and the notes work without it.</translation>
    </message>
</context>
<context>
    <name>PluginRuntime</name>
    <message>
        <source>The back office did not answer in time.</source>
        <translation>The back office did not answer in time.</translation>
    </message>
    <message>
        <source>The panel ran into an error: %1</source>
        <translation>The panel ran into an error: %1</translation>
    </message>
    <message>
        <source>The plugin could not be loaded: %1</source>
        <translation>The plugin could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>PluginTrust</name>
    <message>
        <source>The plugin folder holds a symbolic link, {path}; what it points at could change without the folder changing. Copy the files themselves into the folder.</source>
        <translation>The plugin folder holds a symbolic link, {path}; what it points at could change without the folder changing. Copy the files themselves into the folder.</translation>
    </message>
    <message>
        <source>The plugin folder holds {path}, which is not a regular file.</source>
        <translation>The plugin folder holds {path}, which is not a regular file.</translation>
    </message>
    <message>
        <source>The folder {path} is too big to be a plugin (more than {files} files or {megabytes} MB).</source>
        <translation>The folder {path} is too big to be a plugin (more than {files} files or {megabytes} MB).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{source}: trusted plugin record {number} must be a [[trusted_plugins]] table with exactly id, path (absolute) and sha256 (64 hex digits); write it with tiski plugins trust PATH</source>
        <translation>{source}: trusted plugin record {number} must be a [[trusted_plugins]] table with exactly id, path (absolute) and sha256 (64 hex digits); write it with tiski plugins trust PATH</translation>
    </message>
    <message>
        <source>Not trusted by IT: a site-folder plugin loads only after IT records its folder's hash with: tiski plugins trust {path}</source>
        <translation>Not trusted by IT: a site-folder plugin loads only after IT records its folder's hash with: tiski plugins trust {path}</translation>
    </message>
    <message>
        <source>Not trusted by IT here: IT trusted the plugin {id} in {trusted}, not in {path}.</source>
        <translation>Not trusted by IT here: IT trusted the plugin {id} in {trusted}, not in {path}.</translation>
    </message>
    <message>
        <source>Refused: {problem}</source>
        <translation>Refused: {problem}</translation>
    </message>
    <message>
        <source>Refused: the files in {path} changed since IT trusted them. If IT made the change, IT trusts the folder again with: tiski plugins trust {path}</source>
        <translation>Refused: the files in {path} changed since IT trusted them. If IT made the change, IT trusts the folder again with: tiski plugins trust {path}</translation>
    </message>
    <message>
        <source>{file} holds a [[trusted_plugins]] record this command cannot edit safely; IT edits the file by hand. Nothing was changed.</source>
        <translation>{file} holds a [[trusted_plugins]] record this command cannot edit safely; IT edits the file by hand. Nothing was changed.</translation>
    </message>
    <message>
        <source>The site settings file {file} cannot be written: {reason}. Run the command as the account that keeps it (IT, an administrator).</source>
        <translation>The site settings file {file} cannot be written: {reason}. Run the command as the account that keeps it (IT, an administrator).</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Agency plugins</source>
        <translation>Agency plugins</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>In plugins.allow: %1</source>
        <translation>In plugins.allow: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Set credential…</source>
        <translation>Set credential…</translation>
    </message>
    <message>
        <source>Credentials are kept in this computer's keyring, never in a settings file. IT can also set them with: tiski plugins set-credential PLUGIN NAME</source>
        <translation>Credentials are kept in this computer's keyring, never in a settings file. IT can also set them with: tiski plugins set-credential PLUGIN NAME</translation>
    </message>
    <message>
        <source>Credentials of the chosen plugin:</source>
        <translation>Credentials of the chosen plugin:</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>site folder</source>
        <translation>site folder</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>(this plugin needs no credentials)</source>
        <translation>(this plugin needs no credentials)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Credential saved.</source>
        <translation>Credential saved.</translation>
    </message>
    <message>
        <source>Set credential</source>
        <translation>Set credential</translation>
    </message>
    <message>
        <source>%1 for %2:</source>
        <translation>%1 for %2:</translation>
    </message>
</context>
<context>
    <name>PoliisiPanel</name>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Identify the visitor to see their passport and identity card applications.</source>
        <translation>Identify the visitor to see their passport and identity card applications.</translation>
    </message>
    <message>
        <source>The Police's back office sent an answer the panel does not understand.</source>
        <translation>The Police's back office sent an answer the panel does not understand.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ready for pick-up at</source>
        <translation>Ready for pick-up at</translation>
    </message>
    <message>
        <source>Ask the Police</source>
        <translation>Ask the Police</translation>
    </message>
    <message>
        <source>To be collected at</source>
        <translation>To be collected at</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Pick-up and opening hours at poliisi.fi</source>
        <translation>Pick-up and opening hours at poliisi.fi</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>No passport or identity card applications in the Police's system.</source>
        <translation>No passport or identity card applications in the Police's system.</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Applying</translation>
    </message>
    <message>
        <source>The Police's e-service</source>
        <translation>The Police's e-service</translation>
    </message>
    <message>
        <source>Police: {summary}</source>
        <translation>Police: {summary}</translation>
    </message>
</context>
<context>
    <name>PoriPanel</name>
    <message>
        <source>City of Pori</source>
        <translation>City of Pori</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>No visitor at the counter.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>The City of Pori finds applications by name and date of birth. Missing for this visitor: %1.</source>
        <translation>The City of Pori finds applications by name and date of birth. Missing for this visitor: %1.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>No applications with the City of Pori.</source>
        <translation>No applications with the City of Pori.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Decision due</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Early childhood education</source>
        <translation>Early childhood education</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>The City of Pori sent an answer the panel cannot read.</source>
        <translation>The City of Pori sent an answer the panel cannot read.</translation>
    </message>
</context>
<context>
    <name>PrhPanel</name>
    <message>
        <source>Type a business ID, for example 1234567-8.</source>
        <translation>Type a business ID, for example 1234567-8.</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: a digit may have been mistyped.</source>
        <translation>The check digit of %1 is wrong: a digit may have been mistyped.</translation>
    </message>
    <message>
        <source>%1 is not in the format of a business ID: seven digits, a hyphen and a check digit (1234567-8).</source>
        <translation>%1 is not in the format of a business ID: seven digits, a hyphen and a check digit (1234567-8).</translation>
    </message>
    <message>
        <source>Company information (PRH)</source>
        <translation>Company information (PRH)</translation>
    </message>
    <message>
        <source>Business ID (Y-tunnus)</source>
        <translation>Business ID (Y-tunnus)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>No company with business ID %1 in the register.</source>
        <translation>No company with business ID %1 in the register.</translation>
    </message>
    <message>
        <source>Type a business ID and press Search to see the company's register data.</source>
        <translation>Type a business ID and press Search to see the company's register data.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business ID</translation>
    </message>
    <message>
        <source>Company form</source>
        <translation>Company form</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Company search</source>
        <translation>Company search</translation>
    </message>
    <message>
        <source>Open in YTJ</source>
        <translation>Open in YTJ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>PRH sent an answer the panel cannot read.</source>
        <translation>PRH sent an answer the panel cannot read.</translation>
    </message>
</context>
<context>
    <name>Priorities</name>
    <message>
        <source>accessibility</source>
        <translation>accessibility</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
</context>
<context>
    <name>PrivacyCommands</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly ({reason}); the log has the details.</source>
        <translation>The check failed unexpectedly ({reason}); the log has the details.</translation>
    </message>
    <message>
        <source>Read {values} texts in {columns} columns of {database}, this PC's journal and its logs.</source>
        <translation>Read {values} texts in {columns} columns of {database}, this PC's journal and its logs.</translation>
    </message>
    <message>
        <source>Not allowed to read {places}: run the check with the owner's database URL (--database).</source>
        <translation>Not allowed to read {places}: run the check with the owner's database URL (--database).</translation>
    </message>
    <message>
        <source>Row-level security hides some rows from this account: run the check with the owner's database URL (--database) to read them all.</source>
        <translation>Row-level security hides some rows from this account: run the check with the owner's database URL (--database) to read them all.</translation>
    </message>
    <message>
        <source>No identity code in clear.</source>
        <translation>No identity code in clear.</translation>
    </message>
    <message>
        <source>Identity codes in clear: {codes}, in {rows} places. Mask them (docs/security.md, 'Finding codes in clear'); this report never shows the codes.</source>
        <translation>Identity codes in clear: {codes}, in {rows} places. Mask them (docs/security.md, 'Finding codes in clear'); this report never shows the codes.</translation>
    </message>
    <message>
        <source>{place} {row}: {codes} in clear</source>
        <translation>{place} {row}: {codes} in clear</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Choose at least one service.</source>
        <translation>Choose at least one service.</translation>
    </message>
    <message>
        <source>One visit can hold at most {limit} services.</source>
        <translation>One visit can hold at most {limit} services.</translation>
    </message>
    <message>
        <source>{unknown} is not offered at this office. Services here: {known}.</source>
        <translation>{unknown} is not offered at this office. Services here: {known}.</translation>
    </message>
    <message>
        <source>Unknown service {unknown}. Services: {known}.</source>
        <translation>Unknown service {unknown}. Services: {known}.</translation>
    </message>
    <message>
        <source>{service} is not issued at the ticket machine. Please ask the lobby guide.</source>
        <translation>{service} is not issued at the ticket machine. Please ask the lobby guide.</translation>
    </message>
    <message>
        <source>{service} takes no more tickets today. Please ask the lobby guide.</source>
        <translation>{service} takes no more tickets today. Please ask the lobby guide.</translation>
    </message>
    <message>
        <source>{service} is closed now. Please ask the lobby guide.</source>
        <translation>{service} is closed now. Please ask the lobby guide.</translation>
    </message>
    <message>
        <source>The desk is not set up yet. Ask IT to set it up.</source>
        <translation>The desk is not set up yet. Ask IT to set it up.</translation>
    </message>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Unknown life event {code}. Life events: {known}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is still at your counter. Finish, transfer or park it before calling the next one.</source>
        <translation>Ticket {ticket} is still at your counter. Finish, transfer or park it before calling the next one.</translation>
    </message>
    <message>
        <source>That ticket no longer exists.</source>
        <translation>That ticket no longer exists.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is at another counter.</source>
        <translation>Ticket {ticket} is at another counter.</translation>
    </message>
    <message>
        <source>Unknown counter {code}. Counters: {known}.</source>
        <translation>Unknown counter {code}. Counters: {known}.</translation>
    </message>
    <message>
        <source>Unknown staff member {username}.</source>
        <translation>Unknown staff member {username}.</translation>
    </message>
    <message>
        <source>Choose a service, a counter or a person to transfer to.</source>
        <translation>Choose a service, a counter or a person to transfer to.</translation>
    </message>
    <message>
        <source>This needs a counter: sign in to the console at a counter first.</source>
        <translation>This needs a counter: sign in to the console at a counter first.</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>That visit no longer exists.</translation>
    </message>
    <message>
        <source>Visit {ticket} has ended; issue a new ticket for the new service.</source>
        <translation>Visit {ticket} has ended; issue a new ticket for the new service.</translation>
    </message>
    <message>
        <source>No ticket {ticket} today.</source>
        <translation>No ticket {ticket} today.</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>That time has already passed.</translation>
    </message>
    <message>
        <source>No appointment with booking code {code}. Check the code or ask at the lobby.</source>
        <translation>No appointment with booking code {code}. Check the code or ask at the lobby.</translation>
    </message>
    <message>
        <source>The appointment {code} has already been checked in or cancelled.</source>
        <translation>The appointment {code} has already been checked in or cancelled.</translation>
    </message>
    <message>
        <source>The appointment {code} is booked at {office}. Please check in there, or ask at the lobby.</source>
        <translation>The appointment {code} is booked at {office}. Please check in there, or ask at the lobby.</translation>
    </message>
    <message>
        <source>The appointment {code} is at {time}; check in at most two hours before.</source>
        <translation>The appointment {code} is at {time}; check in at most two hours before.</translation>
    </message>
    <message>
        <source>The appointment {code} was at {time}; please take a queue ticket instead.</source>
        <translation>The appointment {code} was at {time}; please take a queue ticket instead.</translation>
    </message>
    <message>
        <source>No appointment with booking code {code}.</source>
        <translation>No appointment with booking code {code}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is no longer held at a counter: nothing to do.</source>
        <translation>Ticket {ticket} is no longer held at a counter: nothing to do.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is at a counter whose console is running. Ask there, or transfer the ticket.</source>
        <translation>Ticket {ticket} is at a counter whose console is running. Ask there, or transfer the ticket.</translation>
    </message>
    <message>
        <source>That desk session is not yours; sign in again at this counter.</source>
        <translation>That desk session is not yours; sign in again at this counter.</translation>
    </message>
    <message>
        <source>{ticket} is at your counter: finish, transfer or park them before the break.</source>
        <translation>{ticket} is at your counter: finish, transfer or park them before the break.</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Unknown life event {code}. Life events: {known}.</source>
        <translation>Unknown life event {code}. Life events: {known}.</translation>
    </message>
    <message>
        <source>Name at least one service or --life-event CODE. Services: {known}.</source>
        <translation>Name at least one service or --life-event CODE. Services: {known}.</translation>
    </message>
    <message>
        <source>{position}. {code}: {name}</source>
        <translation>{position}. {code}: {name}</translation>
    </message>
    <message>
        <source>Estimated wait: {minutes} min</source>
        <translation>Estimated wait: {minutes} min</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Why: {reason}</translation>
    </message>
    <message>
        <source>Nothing to call for {username} at {counter}: no waiting ticket in their services.</source>
        <translation>Nothing to call for {username} at {counter}: no waiting ticket in their services.</translation>
    </message>
    <message>
        <source>{code}: {name}, to {counter} ({staff})</source>
        <translation>{code}: {name}, to {counter} ({staff})</translation>
    </message>
    <message>
        <source>Back in the queue because their counter's console stopped: {tickets}</source>
        <translation>Back in the queue because their counter's console stopped: {tickets}</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>Waiting: {count}</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>WAITED (MIN)</source>
        <translation>WAITED (MIN)</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WAITING</translation>
    </message>
    <message>
        <source>LONGEST (MIN)</source>
        <translation>LONGEST (MIN)</translation>
    </message>
    <message>
        <source>TARGET (MIN)</source>
        <translation>TARGET (MIN)</translation>
    </message>
    <message>
        <source>ESTIMATE (MIN)</source>
        <translation>ESTIMATE (MIN)</translation>
    </message>
    <message>
        <source>{code} done ({staff} at {counter}).</source>
        <translation>{code} done ({staff} at {counter}).</translation>
    </message>
    <message>
        <source>Next for this visit: {code}, in the queue since {time}.</source>
        <translation>Next for this visit: {code}, in the queue since {time}.</translation>
    </message>
    <message>
        <source>Transferred from {old} to {new}; it keeps its place in the queue (since {time}).</source>
        <translation>Transferred from {old} to {new}; it keeps its place in the queue (since {time}).</translation>
    </message>
    <message>
        <source>kept for its holder</source>
        <translation>kept for its holder</translation>
    </message>
    <message>
        <source>not on its own (no console held it)</source>
        <translation>not on its own (no console held it)</translation>
    </message>
    <message>
        <source>Visitors held where no console runs: {count} (they go back to the queue {minutes} min after the console stopped)</source>
        <translation>Visitors held where no console runs: {count} (they go back to the queue {minutes} min after the console stopped)</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>COUNTER</translation>
    </message>
    <message>
        <source>HELD BY</source>
        <translation>HELD BY</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>LAST SEEN</translation>
    </message>
    <message>
        <source>BACK IN QUEUE</source>
        <translation>BACK IN QUEUE</translation>
    </message>
    <message>
        <source>Back in the {code} queue at its original place (since {time}); audited as returned by {staff}.</source>
        <translation>Back in the {code} queue at its original place (since {time}); audited as returned by {staff}.</translation>
    </message>
</context>
<context>
    <name>QueueZone</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Estimated wait for a new ticket</source>
        <translation>Estimated wait for a new ticket</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Queues by service</source>
        <translation>Queues by service</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Filter by ticket, service or name</source>
        <translation>Filter by ticket, service or name</translation>
    </message>
    <message>
        <source>Waiting tickets</source>
        <translation>Waiting tickets</translation>
    </message>
    <message>
        <source>Waiting tickets (longest %1 of %2)</source>
        <translation>Waiting tickets (longest %1 of %2)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting tickets (%n)</source>
        <translation>
            <numerusform>Waiting tickets (%n)</numerusform>
            <numerusform>Waiting tickets (%n)</numerusform>
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
        <translation>%1 – a new ticket waits %2</translation>
    </message>
    <message numerus="yes">
        <source>Target wait %n min</source>
        <translation>
            <numerusform>Target wait %n min</numerusform>
            <numerusform>Target wait %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>service %1 of %2</source>
        <translation>service %1 of %2</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Longest</translation>
    </message>
    <message>
        <source>Target %1 min</source>
        <translation>Target %1 min</translation>
    </message>
    <message>
        <source>New ticket waits</source>
        <translation>New ticket waits</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Closed for new tickets at the kiosk; you can still issue them.</source>
        <translation>Closed for new tickets at the kiosk; you can still issue them.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>a visitor with an appointment due now (from 10 minutes before)</source>
        <translation>a visitor with an appointment due now (from 10 minutes before)</translation>
    </message>
    <message>
        <source>a visitor who has waited more than twice their service's target wait, even before priority visitors (oldest first)</source>
        <translation>a visitor who has waited more than twice their service's target wait, even before priority visitors (oldest first)</translation>
    </message>
    <message>
        <source>a priority visitor (accessibility, urgency)</source>
        <translation>a priority visitor (accessibility, urgency)</translation>
    </message>
    <message>
        <source>a visitor who has waited past their service's target wait</source>
        <translation>a visitor who has waited past their service's target wait</translation>
    </message>
    <message>
        <source>the visitor who has waited longest</source>
        <translation>the visitor who has waited longest</translation>
    </message>
    <message>
        <source>Only the services you serve today are called to you. A visitor handed to your counter or to you (a transfer, the lobby guide's To) is called by you alone.</source>
        <translation>Only the services you serve today are called to you. A visitor handed to your counter or to you (a transfer, the lobby guide's To) is called by you alone.</translation>
    </message>
    <message>
        <source>appointment at {time}</source>
        <translation>appointment at {time}</translation>
    </message>
    <message>
        <source>priority ({priority})</source>
        <translation>priority ({priority})</translation>
    </message>
    <message>
        <source>waited {waited} min, over twice the target of {target}: called before priority visitors</source>
        <translation>waited {waited} min, over twice the target of {target}: called before priority visitors</translation>
    </message>
    <message>
        <source>waited {waited} min, target {target} min</source>
        <translation>waited {waited} min, target {target} min</translation>
    </message>
    <message>
        <source>transferred to you or your counter</source>
        <translation>transferred to you or your counter</translation>
    </message>
    <message>
        <source>longest waiting in {service} ({waited} min)</source>
        <translation>longest waiting in {service} ({waited} min)</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <source>Shown as of %1 – the back office is not reachable right now</source>
        <translation>Shown as of %1 – the back office is not reachable right now</translation>
    </message>
</context>
<context>
    <name>RemoteAppointmentDialog</name>
    <message>
        <source>Book a remote appointment</source>
        <translation>Book a remote appointment</translation>
    </message>
    <message>
        <source>No specialist of %1 accepted in time.</source>
        <translation>No specialist of %1 accepted in time.</translation>
    </message>
    <message>
        <source>Book ticket %1 a remote appointment with %2 instead.</source>
        <translation>Book ticket %1 a remote appointment with %2 instead.</translation>
    </message>
    <message>
        <source>Finnish time</source>
        <translation>Finnish time</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>The appointment gets its own video link; the specialist and the visitor meet through it at the booked time.</source>
        <translation>The appointment gets its own video link; the specialist and the visitor meet through it at the booked time.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>%1 has no services to book at this desk.</source>
        <translation>%1 has no services to book at this desk.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Nothing to show for the period.</source>
        <translation>Nothing to show for the period.</translation>
    </message>
    <message>
        <source>Busiest: %1 at %2, %3 arrivals on average</source>
        <translation>Busiest: %1 at %2, %3 arrivals on average</translation>
    </message>
    <message>
        <source>%1 days; the longest 90th percentile %2 min on %3</source>
        <translation>%1 days; the longest 90th percentile %2 min on %3</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>%1 hours need more staff than served such hours before</source>
        <translation>%1 hours need more staff than served such hours before</translation>
    </message>
    <message>
        <source>Each hour: staff needed / staff who served such hours before; red where fewer served than needed, green where more.</source>
        <translation>Each hour: staff needed / staff who served such hours before; red where fewer served than needed, green where more.</translation>
    </message>
    <message>
        <source>Arrivals per hour, mean per weekday</source>
        <translation>Arrivals per hour, mean per weekday</translation>
    </message>
    <message>
        <source>Waiting time per day against the target (min)</source>
        <translation>Waiting time per day against the target (min)</translation>
    </message>
    <message>
        <source>Services served per agency</source>
        <translation>Services served per agency</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>{option} {value} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{option} {value} is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The cost-sharing report needs the cost to share: add --cost EUR (for example --cost 12500,00).</source>
        <translation>The cost-sharing report needs the cost to share: add --cost EUR (for example --cost 12500,00).</translation>
    </message>
    <message>
        <source>{option} {value} is not a sum of euros: write it as 12500,00 or 12500.</source>
        <translation>{option} {value} is not a sum of euros: write it as 12500,00 or 12500.</translation>
    </message>
    <message>
        <source>A PDF needs a file to go to: add --output FILE.pdf.</source>
        <translation>A PDF needs a file to go to: add --output FILE.pdf.</translation>
    </message>
    <message>
        <source>Wrote {title} ({start} to {end}) to {file}.</source>
        <translation>Wrote {title} ({start} to {end}) to {file}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The desk's figures</source>
        <translation>The desk's figures</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Service minutes</source>
        <translation>Service minutes</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Part of the cost (EUR)</source>
        <translation>Part of the cost (EUR)</translation>
    </message>
    <message>
        <source>Cost to share: {cost} EUR, split by {method}.</source>
        <translation>Cost to share: {cost} EUR, split by {method}.</translation>
    </message>
    <message>
        <source>Fixed part of each agency: {base} EUR.</source>
        <translation>Fixed part of each agency: {base} EUR.</translation>
    </message>
    <message>
        <source>Cost-sharing report</source>
        <translation>Cost-sharing report</translation>
    </message>
    <message>
        <source>Checked and approved by:</source>
        <translation>Checked and approved by:</translation>
    </message>
    <message>
        <source>Agency and title:</source>
        <translation>Agency and title:</translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation>Date and signature:</translation>
    </message>
    <message>
        <source>services served</source>
        <translation>services served</translation>
    </message>
    <message>
        <source>service minutes</source>
        <translation>service minutes</translation>
    </message>
    <message>
        <source>a fixed part plus services served</source>
        <translation>a fixed part plus services served</translation>
    </message>
    <message>
        <source>From {start} to {end}, office {office}</source>
        <translation>From {start} to {end}, office {office}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Arrivals expected</source>
        <translation>Arrivals expected</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>Staff needed</translation>
    </message>
    <message>
        <source>Staff needed if all serve all</source>
        <translation>Staff needed if all serve all</translation>
    </message>
    <message>
        <source>Staff who served, mean</source>
        <translation>Staff who served, mean</translation>
    </message>
    <message>
        <source>Staff needed: the fewest who call {share} % of visitors within the target wait (Erlang C), per agency from one queue, added up; from the arrivals and service times of the last {weeks} weeks.</source>
        <translation>Staff needed: the fewest who call {share} % of visitors within the target wait (Erlang C), per agency from one queue, added up; from the arrivals and service times of the last {weeks} weeks.</translation>
    </message>
    <message>
        <source>The same forecast for last week was off by {error} arrivals an hour on average ({percent} of all arrivals), over {slots} hours.</source>
        <translation>The same forecast for last week was off by {error} arrivals an hour on average ({percent} of all arrivals), over {slots} hours.</translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation>Staffing forecast</translation>
    </message>
    <message>
        <source>The week from Monday {day}, office {office}</source>
        <translation>The week from Monday {day}, office {office}</translation>
    </message>
    <message>
        <source>The week from Monday {day}</source>
        <translation>The week from Monday {day}</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Services asked</source>
        <translation>Services asked</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Wait, mean (min)</source>
        <translation>Wait, mean (min)</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <translation>Wait, median (min)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <translation>Wait, 90th percentile (min)</translation>
    </message>
    <message>
        <source>Called within target (%)</source>
        <translation>Called within target (%)</translation>
    </message>
    <message>
        <source>Service time, mean (min)</source>
        <translation>Service time, mean (min)</translation>
    </message>
    <message>
        <source>Service time, median (min)</source>
        <translation>Service time, median (min)</translation>
    </message>
    <message>
        <source>Visits with several services</source>
        <translation>Visits with several services</translation>
    </message>
    <message>
        <source>Agencies per visit, mean</source>
        <translation>Agencies per visit, mean</translation>
    </message>
    <message>
        <source>Life-event visits</source>
        <translation>Life-event visits</translation>
    </message>
    <message>
        <source>Feedback answers</source>
        <translation>Feedback answers</translation>
    </message>
    <message>
        <source>Feedback, mean (1-4)</source>
        <translation>Feedback, mean (1-4)</translation>
    </message>
    <message>
        <source>Breaks (min)</source>
        <translation>Breaks (min)</translation>
    </message>
    <message>
        <source>Appointments booked</source>
        <translation>Appointments booked</translation>
    </message>
    <message>
        <source>Appointments kept</source>
        <translation>Appointments kept</translation>
    </message>
    <message>
        <source>Appointments not kept</source>
        <translation>Appointments not kept</translation>
    </message>
    <message>
        <source>Specialists asked</source>
        <translation>Specialists asked</translation>
    </message>
    <message>
        <source>Specialists joined</source>
        <translation>Specialists joined</translation>
    </message>
    <message>
        <source>Time until a specialist joined, mean (min)</source>
        <translation>Time until a specialist joined, mean (min)</translation>
    </message>
    <message>
        <source>Breaks, {reason} (min)</source>
        <translation>Breaks, {reason} (min)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nothing was served in the period: the cost is split into equal parts, in whole cents; the cents left over go to the agencies first in alphabetical order.</source>
        <translation>Nothing was served in the period: the cost is split into equal parts, in whole cents; the cents left over go to the agencies first in alphabetical order.</translation>
    </message>
    <message>
        <source>Agency's part = cost x the agency's service minutes / all service minutes, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Agency's part = cost x the agency's service minutes / all service minutes, in whole cents; the cents left over go to the largest remainders.</translation>
    </message>
    <message>
        <source>Agency's part = fixed part + (cost - all fixed parts) x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Agency's part = fixed part + (cost - all fixed parts) x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</translation>
    </message>
    <message>
        <source>Agency's part = cost x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</source>
        <translation>Agency's part = cost x the agency's services served / all services served, in whole cents; the cents left over go to the largest remainders.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>A report covers at most {days} days; make one per year.</source>
        <translation>A report covers at most {days} days; make one per year.</translation>
    </message>
    <message>
        <source>The cost to share ({cost} cents) must be at least the fixed part ({base} cents) times the {agencies} agencies; enter a larger cost or a smaller fixed part.</source>
        <translation>The cost to share ({cost} cents) must be at least the fixed part ({base} cents) times the {agencies} agencies; enter a larger cost or a smaller fixed part.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Tiski – reports</source>
        <translation>Tiski – reports</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>The whole period</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Per weekday</source>
        <translation>Per weekday</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Per agency</source>
        <translation>Per agency</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Per counter</source>
        <translation>Per counter</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>Per staff member</translation>
    </message>
    <message>
        <source>The whole desk</source>
        <translation>The whole desk</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Every office</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>for example 12 500,00</source>
        <translation>for example 12 500,00</translation>
    </message>
    <message>
        <source>By services served</source>
        <translation>By services served</translation>
    </message>
    <message>
        <source>By service minutes</source>
        <translation>By service minutes</translation>
    </message>
    <message>
        <source>A fixed part, the rest by services served</source>
        <translation>A fixed part, the rest by services served</translation>
    </message>
    <message>
        <source>Spl&amp;it the cost</source>
        <translation>S&amp;plit the cost</translation>
    </message>
    <message>
        <source>Cost to share (EUR)</source>
        <translation>Cost to share (EUR)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Fixed part of each agency (EUR)</source>
        <translation>Fixed part of each agency (EUR)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Cost sharing</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <source>Staff needed next week, per weekday and hour (Erlang C)</source>
        <translation>Staff needed next week, per weekday and hour (Erlang C)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Reading the period…</source>
        <translation>Reading the period…</translation>
    </message>
    <message>
        <source>Write the sums in euros, for example 12 500,00 or 12500.</source>
        <translation>Write the sums in euros, for example 12 500,00 or 12500.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 at counter %3 · asked at %4</source>
        <translation>Ticket %1 · %2 at counter %3 · asked at %4</translation>
    </message>
</context>
<context>
    <name>RestPanel</name>
    <message>
        <source>The "fields" setting has "%1", which is not Label=json.path.</source>
        <translation>The "fields" setting has "%1", which is not Label=json.path.</translation>
    </message>
    <message>
        <source>The "fields" setting is empty: it names nothing to show.</source>
        <translation>The "fields" setting is empty: it names nothing to show.</translation>
    </message>
    <message>
        <source>The "endpoint" setting is empty: the panel has nothing to ask.</source>
        <translation>The "endpoint" setting is empty: the panel has nothing to ask.</translation>
    </message>
    <message>
        <source>The "endpoint" setting uses {%1}; it may use only {name}, {identity_code} and {birth_date}.</source>
        <translation>The "endpoint" setting uses {%1}; it may use only {name}, {identity_code} and {birth_date}.</translation>
    </message>
    <message>
        <source>The "link_template" setting is not a web address (https://…).</source>
        <translation>The "link_template" setting is not a web address (https://…).</translation>
    </message>
    <message>
        <source>This panel is not set up correctly: %1 Please tell IT.</source>
        <translation>This panel is not set up correctly: %1 Please tell IT.</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>No visitor at the counter.</translation>
    </message>
    <message>
        <source>This panel needs the visitor's %1, which its manifest does not permit it to read. Please tell IT.</source>
        <translation>This panel needs the visitor's %1, which its manifest does not permit it to read. Please tell IT.</translation>
    </message>
    <message>
        <source>This panel needs the visitor's %1, which is not known for this visit.</source>
        <translation>This panel needs the visitor's %1, which is not known for this visit.</translation>
    </message>
    <message>
        <source>The back office sent an answer the panel cannot show.</source>
        <translation>The back office sent an answer the panel cannot show.</translation>
    </message>
    <message>
        <source>Nothing found for this visitor.</source>
        <translation>Nothing found for this visitor.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Open in %1</translation>
    </message>
    <message>
        <source>Result %1 of %2</source>
        <translation>Result %1 of %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>REST panel</source>
        <translation>REST panel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>identity code</source>
        <translation>identity code</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
</context>
<context>
    <name>RestoreDraftsDialog</name>
    <message>
        <source>Unsaved notes</source>
        <translation>Unsaved notes</translation>
    </message>
    <message>
        <source>Tiski closed before these notes were saved. Restore them to continue, or discard them.</source>
        <translation>Tiski closed before these notes were saved. Restore them to continue, or discard them.</translation>
    </message>
    <message>
        <source>Restore all: the note of a visit still at your counter goes back into the editor; the notes of other visits are saved into their cases.</source>
        <translation>Restore all: the note of a visit still at your counter goes back into the editor; the notes of other visits are saved into their cases.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <source>Beginning of the note</source>
        <translation>Beginning of the note</translation>
    </message>
    <message>
        <source>&amp;Restore all</source>
        <translation>&amp;Restore all</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Shared with the desk</source>
        <translation>Shared with the desk</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 only</translation>
    </message>
    <message>
        <source>Discard unsaved notes?</source>
        <translation>Discard unsaved notes?</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved note(s) will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n unsaved note will be deleted for good. This cannot be undone.</numerusform>
            <numerusform>%n unsaved notes will be deleted for good. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>lobby guide</source>
        <translation>lobby guide</translation>
    </message>
    <message>
        <source>service advisor</source>
        <translation>service advisor</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT support</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>lobby display</translation>
    </message>
    <message>
        <source>no signed-in account</source>
        <translation>no signed-in account</translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>This Tiski has no bundled plugins; name a plugins folder with --plugins.</source>
        <translation>This Tiski has no bundled plugins; name a plugins folder with --plugins.</translation>
    </message>
    <message>
        <source>Recorded answers cannot be served: {reason}</source>
        <translation>Recorded answers cannot be served: {reason}</translation>
    </message>
    <message>
        <source>No plugin in {folder} has recorded answers (sandbox/answers.json); name the plugins folder with --plugins.</source>
        <translation>No plugin in {folder} has recorded answers (sandbox/answers.json); name the plugins folder with --plugins.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}). Another sandbox may be running: stop it or choose another port with --port.</source>
        <translation>Cannot listen on {host}:{port} ({reason}). Another sandbox may be running: stop it or choose another port with --port.</translation>
    </message>
    <message>
        <source>Sandbox back offices of {plugins} at {base_url}/&lt;plugin id&gt;/. Stop with Ctrl+C.</source>
        <translation>Sandbox back offices of {plugins} at {base_url}/&lt;plugin id&gt;/. Stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox stopped.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <source>Words in the note, e.g. asumistuki</source>
        <translation>Words in the note, e.g. asumistuki</translation>
    </message>
    <message>
        <source>&amp;Find notes with:</source>
        <translation>&amp;Find notes with:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notes found</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Double-click a note or press Enter on it to open its case.</source>
        <translation>Double-click a note or press Enter on it to open its case.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Type at least one word to search for.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>No notes match.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) (newest first)</source>
        <translation>
            <numerusform>%n note (newest first)</numerusform>
            <numerusform>%n notes (newest first)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed unexpectedly. Try again; if it keeps failing, tell IT.</source>
        <translation>The search failed unexpectedly. Try again; if it keeps failing, tell IT.</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>Case %1: double-click or press Enter to open it</source>
        <translation>Case %1: double-click or press Enter to open it</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>agency %1</source>
        <translation>agency %1</translation>
    </message>
</context>
<context>
    <name>SecondBookingQuestion</name>
    <message>
        <source>Already booked</source>
        <translation>Already booked</translation>
    </message>
    <message>
        <source>%1 already has a booking for %2 on %3 at %4 (code %5). Book another one?</source>
        <translation>%1 already has a booking for %2 on %3 at %4 (code %5). Book another one?</translation>
    </message>
    <message>
        <source>Book another</source>
        <translation>Book another</translation>
    </message>
    <message>
        <source>Don't book</source>
        <translation>Don't book</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>files read: {files}</source>
        <translation>files read: {files}</translation>
    </message>
    <message>
        <source>Self-test failed: {names}.</source>
        <translation>Self-test failed: {names}.</translation>
    </message>
    <message>
        <source>Self-test passed in {seconds} s.</source>
        <translation>Self-test passed in {seconds} s.</translation>
    </message>
    <message>
        <source>{url}: schema {current}, this Tiski needs {head} (tiski doctor says what to do)</source>
        <translation>{url}: schema {current}, this Tiski needs {head} (tiski doctor says what to do)</translation>
    </message>
    <message>
        <source>{url}, schema {current}</source>
        <translation>{url}, schema {current}</translation>
    </message>
    <message>
        <source>{file}, schema {current}, demo desk with {staff} staff</source>
        <translation>{file}, schema {current}, demo desk with {staff} staff</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{count} loaded ({ids}); {others} not loaded (off or invalid)</source>
        <translation>{count} loaded ({ids}); {others} not loaded (off or invalid)</translation>
    </message>
    <message>
        <source>{count} loaded ({ids})</source>
        <translation>{count} loaded ({ids})</translation>
    </message>
    <message>
        <source>the picture {file} is empty or too small</source>
        <translation>the picture {file} is empty or too small</translation>
    </message>
    <message>
        <source>rendered {width}x{height}</source>
        <translation>rendered {width}x{height}</translation>
    </message>
</context>
<context>
    <name>ServiceChecklist</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move the chosen service earlier</source>
        <translation>Move the chosen service earlier</translation>
    </message>
    <message>
        <source>Move the chosen service later</source>
        <translation>Move the chosen service later</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Ticket prefix</translation>
    </message>
    <message>
        <source>One to three capital letters, e.g. K for K012</source>
        <translation>One to three capital letters, e.g. K for K012</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Target wait</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Visitors can take a ticket at the kiosk</source>
        <translation>Visitors can take a ticket at the kiosk</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>whenever the desk is open</source>
        <translation>whenever the desk is open</translation>
    </message>
    <message>
        <source>Entries separated by semicolons, e.g. mon-fri 08:00-16:00; sat 10:00-14:00</source>
        <translation>Entries separated by semicolons, e.g. mon-fri 08:00-16:00; sat 10:00-14:00</translation>
    </message>
</context>
<context>
    <name>Serving</name>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Call the next ticket to your counter</source>
        <translation>Call the next ticket to your counter</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Call the same ticket again on the lobby display</source>
        <translation>Call the same ticket again on the lobby display</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The visitor has arrived at your counter</source>
        <translation>The visitor has arrived at your counter</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>The visitor did not come</source>
        <translation>The visitor did not come</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Hand the visitor to another service, counter or person; they keep their place</source>
        <translation>Hand the visitor to another service, counter or person; they keep their place</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>This service is done; the visit's next service waits for its turn</source>
        <translation>This service is done; the visit's next service waits for its turn</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Set this ticket aside and call the next one</source>
        <translation>Set this ticket aside and call the next one</translation>
    </message>
    <message>
        <source>Ask a specialist</source>
        <translation>Ask a specialist</translation>
    </message>
    <message>
        <source>Ask an agency's specialist to join this visit</source>
        <translation>Ask an agency's specialist to join this visit</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Add service…</translation>
    </message>
    <message>
        <source>Add another service to this visit; it keeps the visit's place</source>
        <translation>Add another service to this visit; it keeps the visit's place</translation>
    </message>
    <message>
        <source>Issue ticket…</source>
        <translation>Issue ticket…</translation>
    </message>
    <message>
        <source>Issue a ticket for a visitor</source>
        <translation>Issue a ticket for a visitor</translation>
    </message>
    <message>
        <source>Appointments…</source>
        <translation>Appointments…</translation>
    </message>
    <message>
        <source>Today's appointments, booking and check-in</source>
        <translation>Today's appointments, booking and check-in</translation>
    </message>
    <message>
        <source>Break…</source>
        <translation>Break…</translation>
    </message>
    <message>
        <source>Step away from the counter, with a reason; the floor shows it</source>
        <translation>Step away from the counter, with a reason; the floor shows it</translation>
    </message>
    <message>
        <source>I'm back</source>
        <translation>I'm back</translation>
    </message>
    <message>
        <source>End the break; calling the next ticket ends it too</source>
        <translation>End the break; calling the next ticket ends it too</translation>
    </message>
    <message>
        <source>The desk's database did not answer, so this was not done. Tell the visitor it takes a moment and try again; if it keeps failing: %1</source>
        <translation>The desk's database did not answer, so this was not done. Tell the visitor it takes a moment and try again; if it keeps failing: %1</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>No one is waiting for your services.</source>
        <translation>No one is waiting for your services.</translation>
    </message>
    <message>
        <source>Called %1: %2</source>
        <translation>Called %1: %2</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>What is the break for?</source>
        <translation>What is the break for?</translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Welcome back.</translation>
    </message>
    <message>
        <source>%1 did not come after the recalls: marked as a no-show.</source>
        <translation>%1 did not come after the recalls: marked as a no-show.</translation>
    </message>
    <message>
        <source>The note was not saved, so %1 stays at your counter. Check the note, then try again.</source>
        <translation>The note was not saved, so %1 stays at your counter. Check the note, then try again.</translation>
    </message>
    <message>
        <source>%1 is no longer at your counter; nothing was done.</source>
        <translation>%1 is no longer at your counter; nothing was done.</translation>
    </message>
    <message>
        <source>Finish, transfer or park the current ticket first.</source>
        <translation>Finish, transfer or park the current ticket first.</translation>
    </message>
    <message>
        <source>%1 transferred.</source>
        <translation>%1 transferred.</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Service to add to visit %1:</source>
        <translation>Service to add to visit %1:</translation>
    </message>
    <message>
        <source>%1: service added.</source>
        <translation>%1: service added.</translation>
    </message>
    <message>
        <source>Ticket %1 issued, estimated wait about %2 min.</source>
        <translation>Ticket %1 issued, estimated wait about %2 min.</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>Ticket issued</translation>
    </message>
    <message>
        <source>Booked: code %1</source>
        <translation>Booked: code %1</translation>
    </message>
    <message>
        <source>Checked in: ticket %1</source>
        <translation>Checked in: ticket %1</translation>
    </message>
    <message>
        <source>Booking %1 cancelled.</source>
        <translation>Booking %1 cancelled.</translation>
    </message>
    <message>
        <source>Booking %1 closed: the visitor did not come.</source>
        <translation>Booking %1 closed: the visitor did not come.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>one of {choices}</source>
        <translation>one of {choices}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>a whole number from {minimum} to {maximum}</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>an https:// address containing {marker}, e.g. {example}</source>
        <translation>an https:// address containing {marker}, e.g. {example}</translation>
    </message>
    <message>
        <source>a list of one or more of {choices}</source>
        <translation>a list of one or more of {choices}</translation>
    </message>
    <message>
        <source>two times of day like {example}, or empty</source>
        <translation>two times of day like {example}, or empty</translation>
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
        <translation>unknown setting; known settings are: {known}</translation>
    </message>
    <message>
        <source>only IT's site settings file may set this (it says which plugins run inside the console); remove it here</source>
        <translation>only IT's site settings file may set this (it says which plugins run inside the console); remove it here</translation>
    </message>
    <message>
        <source>{value!r} is not allowed; use {allowed}</source>
        <translation>{value!r} is not allowed; use {allowed}</translation>
    </message>
    <message>
        <source>a list is not allowed here; use {allowed}</source>
        <translation>a list is not allowed here; use {allowed}</translation>
    </message>
    <message>
        <source>the list holds something other than texts; use {allowed}</source>
        <translation>the list holds something other than texts; use {allowed}</translation>
    </message>
    <message>
        <source>a table is not allowed here; use {allowed}</source>
        <translation>a table is not allowed here; use {allowed}</translation>
    </message>
    <message>
        <source>this kind of value is not allowed here; use {allowed}</source>
        <translation>this kind of value is not allowed here; use {allowed}</translation>
    </message>
    <message>
        <source>a password must not be given on the command line or in an environment variable, where other programs and users of this computer can read it (ps, /proc); remove it from the URL and store it with 'tiski db set-password', in PostgreSQL's pgpass file or in a PostgreSQL service file (pg_service.conf)</source>
        <translation>a password must not be given on the command line or in an environment variable, where other programs and users of this computer can read it (ps, /proc); remove it from the URL and store it with 'tiski db set-password', in PostgreSQL's pgpass file or in a PostgreSQL service file (pg_service.conf)</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>must be a whole number of 1 or more</translation>
    </message>
    <message>
        <source>this file is for a newer Tiski (version {found}, this one reads up to {known}); update Tiski or use an older file</source>
        <translation>this file is for a newer Tiski (version {found}, this one reads up to {known}); update Tiski or use an older file</translation>
    </message>
    <message>
        <source>settings belong in sections such as [database]; known settings are: {known}</source>
        <translation>settings belong in sections such as [database]; known settings are: {known}</translation>
    </message>
    <message>
        <source>only IT's site settings file may record trusted plugins; remove it here</source>
        <translation>only IT's site settings file may record trusted plugins; remove it here</translation>
    </message>
    <message>
        <source>a password must not be kept in a settings file; remove it from the URL and store it with 'tiski db set-password' or in PostgreSQL's pgpass file</source>
        <translation>a password must not be kept in a settings file; remove it from the URL and store it with 'tiski db set-password' or in PostgreSQL's pgpass file</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Demo desk: every demo account's password is “%1”, e.g. aino.virtanen (advisor), paivi.lehtonen (Kela specialist), kaisa.mattila (supervisor).</source>
        <translation>Demo desk: every demo account's password is “%1”, e.g. aino.virtanen (advisor), paivi.lehtonen (Kela specialist), kaisa.mattila (supervisor).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Tiski</source>
        <translation>Sign in to Tiski</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>No one can sign in to this desk: every staff account is switched off or has no password. IT gives one a password with tiski staff password USER, or adds a person with tiski staff add USER --name NAME --role it.</source>
        <translation>No one can sign in to this desk: every staff account is switched off or has no password. IT gives one a password with tiski staff password USER, or adds a person with tiski staff add USER --name NAME --role it.</translation>
    </message>
    <message>
        <source>This desk has no staff accounts yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</source>
        <translation>This desk has no staff accounts yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Remember my password on this computer</translation>
    </message>
    <message>
        <source>Kept in this computer's keyring. IT allows this on personal PCs only.</source>
        <translation>Kept in this computer's keyring. IT allows this on personal PCs only.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Sign in with your own user name and password.</translation>
    </message>
    <message>
        <source>Choose the counter you are working at.</source>
        <translation>Choose the counter you are working at.</translation>
    </message>
    <message>
        <source>Type your user name and your password.</source>
        <translation>Type your user name and your password.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Checking your password…</translation>
    </message>
    <message>
        <source>This computer is set to counter %1, which the desk does not have. Ask IT to correct desk.counter.</source>
        <translation>This computer is set to counter %1, which the desk does not have. Ask IT to correct desk.counter.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>The desk has no counters yet. Ask IT to add them.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Welcome, %1.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation>Opening the desk…</translation>
    </message>
    <message>
        <source>Signing in failed (%1). Try again, or tell IT.</source>
        <translation>Signing in failed (%1). Try again, or tell IT.</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Give the person's user name.</source>
        <translation>Give the person's user name.</translation>
    </message>
    <message>
        <source>Unknown role {role}. Roles: {known}.</source>
        <translation>Unknown role {role}. Roles: {known}.</translation>
    </message>
    <message>
        <source>--retention gives a PostgreSQL role; the embedded database has no roles.</source>
        <translation>--retention gives a PostgreSQL role; the embedded database has no roles.</translation>
    </message>
    <message>
        <source>'{name}' cannot be a login name: it must be 1 to 63 bytes long.</source>
        <translation>'{name}' cannot be a login name: it must be 1 to 63 bytes long.</translation>
    </message>
    <message>
        <source>{name} cannot be a person's login name: names starting with pg_ or tiski_ belong to PostgreSQL and to Tiski's own roles.</source>
        <translation>{name} cannot be a person's login name: names starting with pg_ or tiski_ belong to PostgreSQL and to Tiski's own roles.</translation>
    </message>
    <message>
        <source>Unknown agency {code}. Agencies: {known}.</source>
        <translation>Unknown agency {code}. Agencies: {known}.</translation>
    </message>
    <message>
        <source>Unknown services: {codes}. tiski queue list shows them.</source>
        <translation>Unknown services: {codes}. tiski queue list shows them.</translation>
    </message>
    <message>
        <source>No staff member {username}. tiski staff list shows who there is.</source>
        <translation>No staff member {username}. tiski staff list shows who there is.</translation>
    </message>
    <message>
        <source>The database refused: {reason}. Run {command} with the owner's database URL (--database), the role that ran tiski db upgrade and may create roles (CREATEROLE).</source>
        <translation>The database refused: {reason}. Run {command} with the owner's database URL (--database), the role that ran tiski db upgrade and may create roles (CREATEROLE).</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}.</source>
        <translation>The database refused the change: {reason}.</translation>
    </message>
    <message>
        <source>{username} is new: give --name and --role as well.</source>
        <translation>{username} is new: give --name and --role as well.</translation>
    </message>
    <message>
        <source>{username} has no login role {login} yet: make it with tiski staff add {username}.</source>
        <translation>{username} has no login role {login} yet: make it with tiski staff add {username}.</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>New password for {username}: </source>
        <translation>New password for {username}: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>The same again: </translation>
    </message>
    <message>
        <source>The passwords differ; nothing was changed. Try again.</source>
        <translation>The passwords differ; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>An empty password was not set; nothing changed.</source>
        <translation>An empty password was not set; nothing changed.</translation>
    </message>
    <message>
        <source>--no-password is for PostgreSQL's Kerberos or certificate sign-in; a local account needs a password.</source>
        <translation>--no-password is for PostgreSQL's Kerberos or certificate sign-in; a local account needs a password.</translation>
    </message>
    <message>
        <source>Added {username}.</source>
        <translation>Added {username}.</translation>
    </message>
    <message>
        <source>Changed {username}.</source>
        <translation>Changed {username}.</translation>
    </message>
    <message>
        <source>No staff yet: add them with tiski staff add.</source>
        <translation>No staff yet: add them with tiski staff add.</translation>
    </message>
    <message>
        <source>{username} can no longer sign in. Their notes and audit rows stay; tiski staff add {username} lets them in again.</source>
        <translation>{username} can no longer sign in. Their notes and audit rows stay; tiski staff add {username} lets them in again.</translation>
    </message>
    <message>
        <source>No staff member {username}. tiski staff list shows who there is.</source>
        <translation>No staff member {username}. tiski staff list shows who there is.</translation>
    </message>
    <message>
        <source>New password set for {username}.</source>
        <translation>New password set for {username}.</translation>
    </message>
    <message>
        <source>The embedded database has no roles; nothing to do.</source>
        <translation>The embedded database has no roles; nothing to do.</translation>
    </message>
    <message>
        <source>Roles made: {roles}.</source>
        <translation>Roles made: {roles}.</translation>
    </message>
    <message>
        <source>Every role is there already.</source>
        <translation>Every role is there already.</translation>
    </message>
    <message>
        <source>signs in as {login} ({groups})</source>
        <translation>signs in as {login} ({groups})</translation>
    </message>
    <message>
        <source>cannot sign in (login role {login})</source>
        <translation>cannot sign in (login role {login})</translation>
    </message>
    <message>
        <source>local account with a password</source>
        <translation>local account with a password</translation>
    </message>
    <message>
        <source>local account without a password</source>
        <translation>local account without a password</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(no agency)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Set up this desk</source>
        <translation>Set up this desk</translation>
    </message>
    <message>
        <source>This computer's database has no desk yet. Choose how to start; everything can be changed later.</source>
        <translation>This computer's database has no desk yet. Choose how to start; everything can be changed later.</translation>
    </message>
    <message>
        <source>&amp;Start from a small office's template</source>
        <translation>&amp;Start from a small office's template</translation>
    </message>
    <message>
        <source>Three agencies, their services, two counters and opening hours, ready to use. Change them later in the admin window or with tiski desk export and tiski desk apply.</source>
        <translation>Three agencies, their services, two counters and opening hours, ready to use. Change them later in the admin window or with tiski desk export and tiski desk apply.</translation>
    </message>
    <message>
        <source>&amp;Import a desk file</source>
        <translation>&amp;Import a desk file</translation>
    </message>
    <message>
        <source>A desk file (.toml) IT has prepared, for example written with tiski desk template or exported from another desk.</source>
        <translation>A desk file (.toml) IT has prepared, for example written with tiski desk template or exported from another desk.</translation>
    </message>
    <message>
        <source>&amp;Try the demo desk</source>
        <translation>&amp;Try the demo desk</translation>
    </message>
    <message>
        <source>Made-up agencies, staff and visitors in a separate demo database; this desk stays empty (the same as tiski --demo).</source>
        <translation>Made-up agencies, staff and visitors in a separate demo database; this desk stays empty (the same as tiski --demo).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</source>
        <translation>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</translation>
    </message>
    <message>
        <source>DISPLAY={display} is not an X display name such as :0 or host:0. Start Tiski from a desktop session, or correct DISPLAY.</source>
        <translation>DISPLAY={display} is not an X display name such as :0 or host:0. Start Tiski from a desktop session, or correct DISPLAY.</translation>
    </message>
    <message>
        <source>No X server answers at DISPLAY={display} ({reason}). Check that the desktop session is running and that DISPLAY names it: echo $DISPLAY in a terminal of that session (over SSH, connect with ssh -X). Without a screen: {command}</source>
        <translation>No X server answers at DISPLAY={display} ({reason}). Check that the desktop session is running and that DISPLAY names it: echo $DISPLAY in a terminal of that session (over SSH, connect with ssh -X). Without a screen: {command}</translation>
    </message>
    <message>
        <source>The X display {display} is there but refused the connection (libxcb error {code}). Start Tiski as the user signed in to that desktop session, or check XAUTHORITY; over SSH, connect with ssh -X.</source>
        <translation>The X display {display} is there but refused the connection (libxcb error {code}). Start Tiski as the user signed in to that desktop session, or check XAUTHORITY; over SSH, connect with ssh -X.</translation>
    </message>
    <message>
        <source>Qt's xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>Qt's xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Qt could not open a window here ({reason}). Check the screen: DISPLAY={display}, QT_QPA_PLATFORM={platform}; tiski doctor checks the rest. Without a screen: {command}</source>
        <translation>Qt could not open a window here ({reason}). Check the screen: DISPLAY={display}, QT_QPA_PLATFORM={platform}; tiski doctor checks the rest. Without a screen: {command}</translation>
    </message>
    <message>
        <source>{username} may not set up the desk: IT and supervisors can. Sign in as one of them.</source>
        <translation>{username} may not set up the desk: IT and supervisors can. Sign in as one of them.</translation>
    </message>
    <message>
        <source>{username} may not watch the whole floor: supervisors can. Sign in as one.</source>
        <translation>{username} may not watch the whole floor: supervisors can. Sign in as one.</translation>
    </message>
    <message>
        <source>{username} may not work as the lobby guide: guides, advisors, specialists and supervisors can. Sign in as one of them.</source>
        <translation>{username} may not work as the lobby guide: guides, advisors, specialists and supervisors can. Sign in as one of them.</translation>
    </message>
    <message>
        <source>Could not write the picture to {path}.</source>
        <translation>Could not write the picture to {path}.</translation>
    </message>
    <message>
        <source>The desk has nobody in IT or supervising who could set it up.</source>
        <translation>The desk has nobody in IT or supervising who could set it up.</translation>
    </message>
    <message>
        <source>The desk has no supervisor to watch the floor.</source>
        <translation>The desk has no supervisor to watch the floor.</translation>
    </message>
    <message>
        <source>The desk has no lobby guide.</source>
        <translation>The desk has no lobby guide.</translation>
    </message>
</context>
<context>
    <name>StarvationAlarm</name>
    <message>
        <source>%1: %2 min (target %3)</source>
        <translation>%1: %2 min (target %3)</translation>
    </message>
    <message>
        <source>Waiting more than twice the target: %1</source>
        <translation>Waiting more than twice the target: %1</translation>
    </message>
</context>
<context>
    <name>StepStates</name>
    <message>
        <source>later in the visit</source>
        <translation>later in the visit</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>marked as a no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parked</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>taken back</translation>
    </message>
    <message>
        <source>later in the visit</source>
        <translation>later in the visit</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>a no-show</translation>
    </message>
    <message>
        <source>Ticket {ticket} cannot be {action}: it is {state} (last changed by {who} at {when}).</source>
        <translation>Ticket {ticket} cannot be {action}: it is {state} (last changed by {who} at {when}).</translation>
    </message>
    <message>
        <source>Ticket {ticket} cannot be {action}: it is {state}.</source>
        <translation>Ticket {ticket} cannot be {action}: it is {state}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is already parked.</source>
        <translation>Ticket {ticket} is already parked.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is not parked.</source>
        <translation>Ticket {ticket} is not parked.</translation>
    </message>
</context>
<context>
    <name>StrandedDialog</name>
    <message>
        <source>Stranded visitors</source>
        <translation>Stranded visitors</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Console last seen</source>
        <translation>Console last seen</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>Back in the queue</translation>
    </message>
    <message>
        <source>Return to the queue now</source>
        <translation>Return to the queue now</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Visitors called or served at a counter where no console has been running for a few minutes. They go back to the front of their queue on their own %1 minutes after the console stopped, unless kept for the person who quit.</source>
        <translation>Visitors called or served at a counter where no console has been running for a few minutes. They go back to the front of their queue on their own %1 minutes after the console stopped, unless kept for the person who quit.</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parked</translation>
    </message>
    <message>
        <source>kept for %1</source>
        <translation>kept for %1</translation>
    </message>
    <message>
        <source>not on its own (no console held it)</source>
        <translation>not on its own (no console held it)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>No visitor is stranded.</source>
        <translation>No visitor is stranded.</translation>
    </message>
    <message>
        <source>%1 is back in the queue at its original place.</source>
        <translation>%1 is back in the queue at its original place.</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <source>First %1 of %2 shown</source>
        <translation>First %1 of %2 shown</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>No records.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>You are next in line</translation>
    </message>
    <message>
        <source>Estimated wait about {minutes} min</source>
        <translation>Estimated wait about {minutes} min</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Watch the screen for your number.</source>
        <translation>Watch the screen for your number.</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>My ticket</source>
        <translation>My ticket</translation>
    </message>
    <message>
        <source>No ticket at your counter</source>
        <translation>No ticket at your counter</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Parked:</source>
        <translation>Parked:</translation>
    </message>
    <message numerus="yes">
        <source>recalled %n times</source>
        <translation>
            <numerusform>recalled %n times</numerusform>
            <numerusform>recalled %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this ticket: %1</source>
        <translation>Why this ticket: %1</translation>
    </message>
</context>
<context>
    <name>TourOverlay</name>
    <message>
        <source>Skip the tour</source>
        <translation>Skip the tour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>same service</source>
        <translation>same service</translation>
    </message>
    <message>
        <source>any counter</source>
        <translation>any counter</translation>
    </message>
    <message>
        <source>anyone with the skill</source>
        <translation>anyone with the skill</translation>
    </message>
    <message>
        <source>The visitor keeps their place in the queue.</source>
        <translation>The visitor keeps their place in the queue.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>TyollisyysPanel</name>
    <message>
        <source>Pori region employment services</source>
        <translation>Pori region employment services</translation>
    </message>
    <message>
        <source>No visitor at the counter.</source>
        <translation>No visitor at the counter.</translation>
    </message>
    <message>
        <source>No identity code for this visitor: the employment services find a job seeker by identity code.</source>
        <translation>No identity code for this visitor: the employment services find a job seeker by identity code.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Registered since</translation>
    </message>
    <message>
        <source>Job search obligation</source>
        <translation>Job search obligation</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Job search</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Employment services: job-seeker status %1</source>
        <translation>Employment services: job-seeker status %1</translation>
    </message>
    <message>
        <source>Registered since %1</source>
        <translation>Registered since %1</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>Counsellor: %1</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>None booked</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Next appointment: %1</source>
        <translation>Next appointment: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Not registered as a job seeker with the employment services.</source>
        <translation>Not registered as a job seeker with the employment services.</translation>
    </message>
    <message>
        <source>Employment services: %1</source>
        <translation>Employment services: %1</translation>
    </message>
    <message>
        <source>Job Market Finland</source>
        <translation>Job Market Finland</translation>
    </message>
    <message>
        <source>Open in Työmarkkinatori</source>
        <translation>Open in Työmarkkinatori</translation>
    </message>
    <message>
        <source>The employment services sent an answer the panel cannot read.</source>
        <translation>The employment services sent an answer the panel cannot read.</translation>
    </message>
</context>
<context>
    <name>UnsavedNoteQuestion</name>
    <message>
        <source>Unsaved note</source>
        <translation>Unsaved note</translation>
    </message>
    <message>
        <source>Save note puts it into the visit's case now. Keep as draft leaves it on this PC: it comes back when this visit is at your counter again, or the next time you sign in here. Discard deletes it.</source>
        <translation>Save note puts it into the visit's case now. Keep as draft leaves it on this PC: it comes back when this visit is at your counter again, or the next time you sign in here. Discard deletes it.</translation>
    </message>
    <message>
        <source>Save note puts it into the visit's case now. Discard deletes it: this PC cannot keep drafts at the moment.</source>
        <translation>Save note puts it into the visit's case now. Discard deletes it: this PC cannot keep drafts at the moment.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before the transfer?</source>
        <translation>The note for %1 is not saved. Save it before the transfer?</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before marking the no-show?</source>
        <translation>The note for %1 is not saved. Save it before marking the no-show?</translation>
    </message>
    <message>
        <source>The note for %1 is not saved. Save it before finishing?</source>
        <translation>The note for %1 is not saved. Save it before finishing?</translation>
    </message>
</context>
<context>
    <name>UnsentNotes</name>
    <message>
        <source>Unsaved notes are not protected</source>
        <translation>Unsaved notes are not protected</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) waiting to be sent</source>
        <translation>
            <numerusform>%n note(s) waiting to be sent</numerusform>
            <numerusform>%n note(s) waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not yet sent</source>
        <translation>Notes not yet sent</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be sent to the database yet. They stay on this PC and are sent the next time you sign in here. Close Tiski anyway?</source>
        <translation>
            <numerusform>%n note(s) could not be sent to the database yet. They stay on this PC and are sent the next time you sign in here. Close Tiski anyway?</numerusform>
            <numerusform>%n note(s) could not be sent to the database yet. They stay on this PC and are sent the next time you sign in here. Close Tiski anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VeroPanel</name>
    <message>
        <source>Tax Administration</source>
        <translation>Tax Administration</translation>
    </message>
    <message>
        <source>Identify the visitor to see their tax card, tax decisions and tax account.</source>
        <translation>Identify the visitor to see their tax card, tax decisions and tax account.</translation>
    </message>
    <message>
        <source>The Tax Administration's back office sent an answer the panel does not understand.</source>
        <translation>The Tax Administration's back office sent an answer the panel does not understand.</translation>
    </message>
    <message>
        <source>OmaVero</source>
        <translation>OmaVero</translation>
    </message>
    <message>
        <source>Order or change a tax card</source>
        <translation>Order or change a tax card</translation>
    </message>
    <message>
        <source>Tax card</source>
        <translation>Tax card</translation>
    </message>
    <message>
        <source>No tax card in the Tax Administration's system.</source>
        <translation>No tax card in the Tax Administration's system.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Withholding rate</source>
        <translation>Withholding rate</translation>
    </message>
    <message>
        <source>Additional rate</source>
        <translation>Additional rate</translation>
    </message>
    <message>
        <source>Income limit</source>
        <translation>Income limit</translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation>{amount} a year</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Tax card {year}</source>
        <translation>Tax card {year}</translation>
    </message>
    <message>
        <source>payment date {date}</source>
        <translation>payment date {date}</translation>
    </message>
    <message>
        <source>No tax decisions.</source>
        <translation>No tax decisions.</translation>
    </message>
    <message>
        <source>Tax decisions</source>
        <translation>Tax decisions</translation>
    </message>
    <message>
        <source>Not shown here</source>
        <translation>Not shown here</translation>
    </message>
    <message>
        <source>Tax account</source>
        <translation>Tax account</translation>
    </message>
    <message>
        <source>No tax account.</source>
        <translation>No tax account.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>{amount}, due {date}</source>
        <translation>{amount}, due {date}</translation>
    </message>
    <message>
        <source>tax card {year}, withholding rate {percent}</source>
        <translation>tax card {year}, withholding rate {percent}</translation>
    </message>
    <message>
        <source>tax account balance {amount}</source>
        <translation>tax account balance {amount}</translation>
    </message>
    <message>
        <source>{item} {amount} due {date}</source>
        <translation>{item} {amount} due {date}</translation>
    </message>
    <message>
        <source>Tax: {facts}</source>
        <translation>Tax: {facts}</translation>
    </message>
</context>
<context>
    <name>ViewPanel</name>
    <message>
        <source>Propose a note</source>
        <translation>Propose a note</translation>
    </message>
</context>
<context>
    <name>VisitZone</name>
    <message>
        <source>No visitor at the counter</source>
        <translation>No visitor at the counter</translation>
    </message>
    <message>
        <source>Call the next ticket with Call next (F5). The visit's services, the visitor's case and its notes open here.</source>
        <translation>Call the next ticket with Call next (F5). The visit's services, the visitor's case and its notes open here.</translation>
    </message>
    <message>
        <source>Services of this visit</source>
        <translation>Services of this visit</translation>
    </message>
    <message>
        <source>Case and notes</source>
        <translation>Case and notes</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>anonymous visitor</translation>
    </message>
</context>
</TS>
