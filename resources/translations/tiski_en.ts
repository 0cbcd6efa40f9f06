<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../console/ui/about.py" line="18"/>
        <source>About Tiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/about.py" line="21"/>
        <source>&lt;h2&gt;Tiski %1&lt;/h2&gt;&lt;p&gt;The staff console of the shared customer-service desk.&lt;/p&gt;&lt;p&gt;Python %2, Qt for Python %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <location filename="../../console/ui/agency_docks.py" line="27"/>
        <source>No panel for this agency is installed on this computer yet. IT can install the agency&apos;s plugin; the queue and notes work without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../console/cli.py" line="83"/>
        <source>--set needs KEY=VALUE, for example --set ui.language=sv (got {item!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="125"/>
        <source>Settings files read: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="134"/>
        <source>Settings are valid. Files read: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="147"/>
        <source>Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="152"/>
        <source>Schema is already current ({head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="155"/>
        <source>Schema upgraded from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="161"/>
        <source>Schema {current}: current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="162"/>
        <source>Schema: none yet. Run &apos;tiski db upgrade&apos; to create it ({head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="164"/>
        <source>Schema {current}: needs upgrading to {head}. Run &apos;tiski db upgrade&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="166"/>
        <source>Schema {current}: newer than this Tiski (knows up to {head}). Install the newer Tiski.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="180"/>
        <source>Demo desk written into the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="182"/>
        <source>The database already has a desk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="198"/>
        <source>Only a PostgreSQL database has a password; set database.url to the office&apos;s PostgreSQL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="205"/>
        <source>Password for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="208"/>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="210"/>
        <source>The passwords differ; nothing was stored. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="213"/>
        <source>An empty password was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="221"/>
        <source>This computer has no keyring to keep passwords in (a headless Linux has none). Put the password in PostgreSQL&apos;s pgpass file (~/.pgpass, mode 0600) instead; see docs/deploy.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="226"/>
        <source>The keyring refused the password ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="228"/>
        <source>Password for {user} stored in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="241"/>
        <source>--size must look like 1440x900 (200 to 8000 pixels each way), not {size!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="246"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../console/ui/console_window.py" line="46"/>
        <source>Tiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="87"/>
        <source>Serving tickets arrives in the next version of Tiski.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="88"/>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="89"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="90"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="91"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="92"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="94"/>
        <source>Ask a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="107"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="107"/>
        <source>Read the queues again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="110"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="110"/>
        <source>Close Tiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="113"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="113"/>
        <source>Show Tiski&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="116"/>
        <source>About Tiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="121"/>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="125"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="128"/>
        <source>Agency panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="129"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="134"/>
        <source>Desk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="157"/>
        <source>Counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="188"/>
        <source>Tiski – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="230"/>
        <source>Database: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="231"/>
        <source>Database: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/console_window.py" line="232"/>
        <source>Database: connection lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../console/store/database.py" line="121"/>
        <source>Cannot reach the database at {url} ({reason}). Check that the database server is running, the host, port and database name in database.url, and the password (tiski db set-password or pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/store/schema.py" line="105"/>
        <source>The database has schema version {current}, which is newer than this Tiski knows (up to {head}). Another console has been updated: install the same Tiski version on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/store/schema.py" line="120"/>
        <source>The database has schema version {current} and this Tiski needs {head}. Ask IT to run &apos;tiski db upgrade&apos; once for the whole office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/store/urls.py" line="28"/>
        <source>not a database URL; write it like postgresql+psycopg://user@host:5432/dbname or sqlite:////path/to/file.sqlite3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/store/urls.py" line="38"/>
        <source>name the driver: write postgresql+psycopg:// instead of postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/store/urls.py" line="45"/>
        <source>database type {driver} is not supported; use one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../console/core/demo.py" line="85"/>
        <source>Demo data {path} is not usable: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../console/desk/desk.py" line="69"/>
        <source>This staff member is not active at the desk any more. Choose another name or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/desk/desk.py" line="73"/>
        <source>This counter no longer exists. Choose another counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/desk/desk.py" line="83"/>
        <source>No active staff member {username} at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/desk/desk.py" line="90"/>
        <source>The desk has no counters yet. Ask IT to add them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../console/ui/errors.py" line="26"/>
        <source>Tiski: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/errors.py" line="28"/>
        <source>Something went wrong: %1

Tiski carries on. If it happens again, tell IT and give them the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../console/ui/labels.py" line="23"/>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="24"/>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="25"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priorities</name>
    <message>
        <location filename="../../console/ui/labels.py" line="32"/>
        <source>accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="33"/>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueZone</name>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="42"/>
        <source>No ticket at your counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="45"/>
        <source>My ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="51"/>
        <location filename="../../console/ui/queue_zone.py" line="68"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="53"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="54"/>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="62"/>
        <source>Queues by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="67"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="69"/>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/queue_zone.py" line="69"/>
        <location filename="../../console/ui/queue_zone.py" line="133"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="71"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="72"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="83"/>
        <source>Filter by ticket, service or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="87"/>
        <source>Waiting tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/queue_zone.py" line="119"/>
        <source>Waiting tickets (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/queue_zone.py" line="136"/>
        <source>Target wait %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/queue_zone.py" line="147"/>
        <source>service %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../console/ui/labels.py" line="12"/>
        <source>lobby guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="13"/>
        <source>service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="14"/>
        <source>specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="15"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/labels.py" line="16"/>
        <source>IT support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../console/config.py" line="54"/>
        <source>one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="57"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="61"/>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="65"/>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="66"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="102"/>
        <source>{source}: {key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="165"/>
        <source>unknown setting; known settings are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="178"/>
        <source>{value!r} is not allowed; use {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="240"/>
        <source>not valid TOML ({reason}); fix the file or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="250"/>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="265"/>
        <source>must be a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="273"/>
        <source>this file is for a newer Tiski (version {found}, this one reads up to {known}); update Tiski or use an older file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="290"/>
        <source>settings belong in sections such as [database]; known settings are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/config.py" line="311"/>
        <source>a password must not be kept in a settings file; remove it from the URL and store it with &apos;tiski db set-password&apos; or in PostgreSQL&apos;s pgpass file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../console/ui/signin.py" line="36"/>
        <source>Sign in to Tiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="39"/>
        <source>Tiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="41"/>
        <source>Choose your name and the counter you are working at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="60"/>
        <source>IT has fixed this computer to this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="63"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="64"/>
        <source>&amp;Counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="70"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/signin.py" line="82"/>
        <source>This desk has no staff or counters yet. Ask IT to set up the desk, or try Tiski with demo data: tiski --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../console/app.py" line="80"/>
        <source>No screen found (DISPLAY is not set). Start Tiski from a desktop session, or render a picture without a screen: tiski screenshot console.png --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/app.py" line="90"/>
        <source>Qt&apos;s xcb platform needs system libraries that are missing: {missing}. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/app.py" line="243"/>
        <source>Could not write the picture to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitZone</name>
    <message>
        <location filename="../../console/ui/visit_zone.py" line="23"/>
        <source>No visitor at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/visit_zone.py" line="27"/>
        <source>Call the next ticket with Call next (F5). The visit&apos;s services, the visitor&apos;s case and its notes open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/visit_zone.py" line="37"/>
        <source>Services of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/visit_zone.py" line="43"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/visit_zone.py" line="48"/>
        <source>Notes can be written once a visit is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../console/ui/visit_zone.py" line="50"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
