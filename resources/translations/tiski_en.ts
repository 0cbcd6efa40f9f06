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
    <name>AgencyPanel</name>
    <message>
        <source>No panel for this agency is installed on this computer yet. IT can install the agency&apos;s plugin; the queue and notes work without it.</source>
        <translation>No panel for this agency is installed on this computer yet. IT can install the agency&apos;s plugin; the queue and notes work without it.</translation>
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
        <source>Schema: none yet. Run &apos;tiski db upgrade&apos; to create it ({head}).</source>
        <translation>Schema: none yet. Run &apos;tiski db upgrade&apos; to create it ({head}).</translation>
    </message>
    <message>
        <source>Schema {current}: needs upgrading to {head}. Run &apos;tiski db upgrade&apos;.</source>
        <translation>Schema {current}: needs upgrading to {head}. Run &apos;tiski db upgrade&apos;.</translation>
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
        <source>Only a PostgreSQL database has a password; set database.url to the office&apos;s PostgreSQL first.</source>
        <translation>Only a PostgreSQL database has a password; set database.url to the office&apos;s PostgreSQL first.</translation>
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
        <source>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL&apos;s pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</source>
        <translation>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL&apos;s pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</translation>
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
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>Serving tickets will be available in the next version of Tiski.</source>
        <translation>Serving tickets will be available in the next version of Tiski.</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ask a specialist</source>
        <translation>Ask a specialist</translation>
    </message>
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
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Show Tiski&apos;s log files</source>
        <translation>Show Tiski&apos;s log files</translation>
    </message>
    <message>
        <source>About Tiski</source>
        <translation>About Tiski</translation>
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
        <source>The counter you are signed in at</source>
        <translation>The counter you are signed in at</translation>
    </message>
    <message>
        <source>Tiski – %1</source>
        <translation>Tiski – %1</translation>
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
    <name>Database</name>
    <message>
        <source>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</source>
        <translation>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</translation>
    </message>
    <message>
        <source>The database has schema version {current} and this Tiski needs {head}. Ask IT to run &apos;tiski db upgrade&apos; once for the whole office.</source>
        <translation>The database has schema version {current} and this Tiski needs {head}. Ask IT to run &apos;tiski db upgrade&apos; once for the whole office.</translation>
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
        <source>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</source>
        <translation>Cannot reach the database at {url} ({reason}). Check that the database server is running, that the host, port and database name in database.url are right, and the password (tiski db set-password or pgpass).</translation>
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
        <source>No active staff member {username} at this desk.</source>
        <translation>No active staff member {username} at this desk.</translation>
    </message>
    <message>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation>The desk has no counters yet. Ask IT to add them.</translation>
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

Tiski carries on. If it happens again, tell IT and give them the log file:
%2</source>
        <translation>Something went wrong: %1

Tiski carries on. If it happens again, tell IT and give them the log file:
%2</translation>
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
    <name>QueueZone</name>
    <message>
        <source>No ticket at your counter</source>
        <translation>No ticket at your counter</translation>
    </message>
    <message>
        <source>My ticket</source>
        <translation>My ticket</translation>
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
    <message numerus="yes">
        <source>Waiting tickets (%n)</source>
        <translation>
            <numerusform>Waiting tickets (%n)</numerusform>
            <numerusform>Waiting tickets (%n)</numerusform>
        </translation>
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
        <source>{source}: {key}: {problem}</source>
        <translation>{source}: {key}: {problem}</translation>
    </message>
    <message>
        <source>unknown setting; known settings are: {known}</source>
        <translation>unknown setting; known settings are: {known}</translation>
    </message>
    <message>
        <source>{value!r} is not allowed; use {allowed}</source>
        <translation>{value!r} is not allowed; use {allowed}</translation>
    </message>
    <message>
        <source>not valid TOML ({reason}); fix the file or remove it</source>
        <translation>not valid TOML ({reason}); fix the file or remove it</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>cannot be read ({reason})</translation>
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
        <source>a password must not be kept in a settings file; remove it from the URL and store it with &apos;tiski db set-password&apos; or in PostgreSQL&apos;s pgpass file</source>
        <translation>a password must not be kept in a settings file; remove it from the URL and store it with &apos;tiski db set-password&apos; or in PostgreSQL&apos;s pgpass file</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Tiski</source>
        <translation>Sign in to Tiski</translation>
    </message>
    <message>
        <source>Tiski</source>
        <translation>Tiski</translation>
    </message>
    <message>
        <source>Choose your name and the counter you are working at.</source>
        <translation>Choose your name and the counter you are working at.</translation>
    </message>
    <message>
        <source>IT has set this computer to always use this counter.</source>
        <translation>IT has set this computer to always use this counter.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
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
    <message>
        <source>This desk has no staff or counters yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</source>
        <translation>This desk has no staff or counters yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</source>
        <translation>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</translation>
    </message>
    <message>
        <source>Qt&apos;s xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>Qt&apos;s xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Could not write the picture to {path}.</source>
        <translation>Could not write the picture to {path}.</translation>
    </message>
</context>
<context>
    <name>VisitZone</name>
    <message>
        <source>No visitor at the counter</source>
        <translation>No visitor at the counter</translation>
    </message>
    <message>
        <source>Call the next ticket with Call next (F5). The visit&apos;s services, the visitor&apos;s case and its notes open here.</source>
        <translation>Call the next ticket with Call next (F5). The visit&apos;s services, the visitor&apos;s case and its notes open here.</translation>
    </message>
    <message>
        <source>Services of this visit</source>
        <translation>Services of this visit</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Case notes</translation>
    </message>
    <message>
        <source>Notes can be written once a visit is open.</source>
        <translation>Notes can be written once a visit is open.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
</context>
</TS>
