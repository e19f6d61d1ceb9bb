<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>AddSiteDialog</name>
        <message>
            <source>Add a site</source>
            <translation>Add a site</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
    </context>
    <context>
        <name>BadgeOnScreen</name>
        <message>
            <source>Badge for {name}</source>
            <translation>Badge for {name}</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Check-in desk</source>
            <translation>Check-in desk</translation>
        </message>
        <message>
            <source>Scan a badge or search (name, pinyin, initials, phone, staff id, serial):</source>
            <translation>Scan a badge or search (name, pinyin, initials, phone, staff id, serial):</translation>
        </message>
        <message>
            <source>Scan or type…</source>
            <translation>Scan or type…</translation>
        </message>
        <message>
            <source>Walk-in (F2)</source>
            <translation>Walk-in (F2)</translation>
        </message>
        <message>
            <source>Print badge (F4)</source>
            <translation>Print badge (F4)</translation>
        </message>
        <message>
            <source>Check in selected (Enter)</source>
            <translation>Check in selected (Enter)</translation>
        </message>
        <message>
            <source>{checked} checked in of {people} registered</source>
            <translation>{checked} checked in of {people} registered</translation>
        </message>
    </context>
    <context>
        <name>DeviceDialog</name>
        <message>
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <source>Desk name</source>
            <translation>Desk name</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No event database given: use --db PATH (or --demo).</source>
            <translation>No event database given: use --db PATH (or --demo).</translation>
        </message>
        <message>
            <source>This is not a CareKit badge code. Nothing was recorded.</source>
            <translation>This is not a CareKit badge code. Nothing was recorded.</translation>
        </message>
        <message>
            <source>The badge code is damaged or incomplete. Scan again or search by name.</source>
            <translation>The badge code is damaged or incomplete. Scan again or search by name.</translation>
        </message>
        <message>
            <source>This badge belongs to another event. Nothing was recorded.</source>
            <translation>This badge belongs to another event. Nothing was recorded.</translation>
        </message>
        <message>
            <source>This badge code is forged or altered. Nothing was recorded.</source>
            <translation>This badge code is forged or altered. Nothing was recorded.</translation>
        </message>
        <message>
            <source>The event needs a name.</source>
            <translation>The event needs a name.</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>'{value}' is not a date; write it as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The event ends ({end}) before it starts ({start}).</source>
            <translation>The event ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>'{zone}' is not a time zone; use a name such as Asia/Shanghai.</translation>
        </message>
        <message>
            <source>'{region}' is not a phone region; use a code such as CN or BR.</source>
            <translation>'{region}' is not a phone region; use a code such as CN or BR.</translation>
        </message>
        <message>
            <source>Every site needs a city.</source>
            <translation>Every site needs a city.</translation>
        </message>
        <message>
            <source>Say who is creating the event.</source>
            <translation>Say who is creating the event.</translation>
        </message>
        <message>
            <source>{file} already holds an event; use another file.</source>
            <translation>{file} already holds an event; use another file.</translation>
        </message>
        <message>
            <source>This file holds no event yet. Create one, or join one from a setup file.</source>
            <translation>This file holds no event yet. Create one, or join one from a setup file.</translation>
        </message>
        <message>
            <source>This laptop is not part of the event yet.</source>
            <translation>This laptop is not part of the event yet.</translation>
        </message>
        <message>
            <source>No operator called {name} in this event.</source>
            <translation>No operator called {name} in this event.</translation>
        </message>
        <message>
            <source>The operator needs a name.</source>
            <translation>The operator needs a name.</translation>
        </message>
        <message>
            <source>There is already an operator called {name}.</source>
            <translation>There is already an operator called {name}.</translation>
        </message>
        <message>
            <source>No such person.</source>
            <translation>No such person.</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>The name is missing.</translation>
        </message>
        <message>
            <source>Write the person's name.</source>
            <translation>Write the person's name.</translation>
        </message>
        <message>
            <source>Read the registration notice to the person and tick their consent first.</source>
            <translation>Read the registration notice to the person and tick their consent first.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Choose a category.</translation>
        </message>
        <message>
            <source>Choose a job.</source>
            <translation>Choose a job.</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number for region {region}.</source>
            <translation>Phone '{phone}' is not a valid number for region {region}.</translation>
        </message>
        <message>
            <source>{operator} may not do this: it needs the role {roles}.</source>
            <translation>{operator} may not do this: it needs the role {roles}.</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <source>Open event</source>
            <translation>Open event</translation>
        </message>
        <message>
            <source>CareKit events (*.carekit *.db);;All files (*)</source>
            <translation>CareKit events (*.carekit *.db);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Family member</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Rider</source>
            <translation>Rider</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>Customer service</source>
            <translation>Customer service</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Driver</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>CareKit</source>
            <translation>CareKit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>New event…</translation>
        </message>
        <message>
            <source>Open event…</source>
            <translation>Open event…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>Import roster…</translation>
        </message>
        <message>
            <source>Export sync bundle…</source>
            <translation>Export sync bundle…</translation>
        </message>
        <message>
            <source>Import sync bundles…</source>
            <translation>Import sync bundles…</translation>
        </message>
        <message>
            <source>Print badges…</source>
            <translation>Print badges…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>&amp;Event</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>Add site…</translation>
        </message>
        <message>
            <source>This laptop…</source>
            <translation>This laptop…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>{event} · {desk} · {file}</source>
            <translation>{event} · {desk} · {file}</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>Operator: {name}</translation>
        </message>
    </context>
    <context>
        <name>NewEventDialog</name>
        <message>
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>One site per line: City: venue</source>
            <translation>One site per line: City: venue</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Event name</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Phone region</source>
            <translation>Phone region</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Your name (coordinator)</source>
            <translation>Your name (coordinator)</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>This laptop's desk name</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} exists already; choose another name.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanised</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Staff ID</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Possible duplicate: same phone or staff id as someone already registered.</source>
            <translation>Possible duplicate: same phone or staff id as someone already registered.</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>Ready to scan</source>
            <translation>Ready to scan</translation>
        </message>
        <message>
            <source>Scan a badge, or type a name, pinyin, phone or staff id.</source>
            <translation>Scan a badge, or type a name, pinyin, phone or staff id.</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Already checked in at {time}, {desk}</source>
            <translation>Already checked in at {time}, {desk}</translation>
        </message>
        <message>
            <source>Checked in: pending record</source>
            <translation>Checked in: pending record</translation>
        </message>
        <message>
            <source>Registration not on this laptop yet</source>
            <translation>Registration not on this laptop yet</translation>
        </message>
        <message>
            <source>The check-in is recorded; the person's details arrive with the next sync bundle.</source>
            <translation>The check-in is recorded; the person's details arrive with the next sync bundle.</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Not checked in</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>No event is open on this laptop yet.</source>
            <translation>No event is open on this laptop yet.</translation>
        </message>
        <message>
            <source>Create a new event…</source>
            <translation>Create a new event…</translation>
        </message>
        <message>
            <source>Open an event file…</source>
            <translation>Open an event file…</translation>
        </message>
        <message>
            <source>Open the demo event</source>
            <translation>Open the demo event</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Register a walk-in</source>
            <translation>Register a walk-in</translation>
        </message>
        <message>
            <source>The person heard the registration notice and agrees</source>
            <translation>The person heard the registration notice and agrees</translation>
        </message>
        <message>
            <source>Name (as written)</source>
            <translation>Name (as written)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Staff ID</source>
            <translation>Staff ID</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>Register and check in</translation>
        </message>
    </context>
</TS>