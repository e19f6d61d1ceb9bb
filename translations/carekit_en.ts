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
        <name>App</name>
        <message>
            <source>Nobody signed in, so CareKit closes: event data is shown only to a signed-in operator. Start CareKit again to sign in.</source>
            <translation>Nobody signed in, so CareKit closes: event data is shown only to a signed-in operator. Start CareKit again to sign in.</translation>
        </message>
    </context>
    <context>
        <name>ApplySetupDialog</name>
        <message>
            <source>Apply a newer setup file</source>
            <translation>Apply a newer setup file</translation>
        </message>
        <message>
            <source>A coordinator gives a newer setup file when the event's keys were rotated or operators were added: this laptop takes the new key, the operators and their PINs from it, and keeps its own data.</source>
            <translation>A coordinator gives a newer setup file when the event's keys were rotated or operators were added: this laptop takes the new key, the operators and their PINs from it, and keeps its own data.</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>Setup file</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>Choose the setup file first.</translation>
        </message>
    </context>
    <context>
        <name>ArrivalScan</name>
        <message>
            <source>At the pick-up point</source>
            <translation>At the pick-up point</translation>
        </message>
        <message>
            <source>At the hotel</source>
            <translation>At the hotel</translation>
        </message>
        <message>
            <source>Scan a traveller's badge on arrival</source>
            <translation>Scan a traveller's badge on arrival</translation>
        </message>
        <message>
            <source>{name}: already met at {time}, {desk} (this scan was recorded too)</source>
            <translation>{name}: already met at {time}, {desk} (this scan was recorded too)</translation>
        </message>
        <message>
            <source>{name}: arrived at {time}</source>
            <translation>{name}: arrived at {time}</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsBoard</name>
        <message>
            <source>Arrivals board</source>
            <translation>Arrivals board</translation>
        </message>
        <message>
            <source>Family arrivals</source>
            <translation>Family arrivals</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Arrives</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>Train / flight</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>on time</translation>
        </message>
        <message>
            <source>landed</source>
            <translation>landed</translation>
        </message>
        <message>
            <source>picked up</source>
            <translation>picked up</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>Still missing</translation>
        </message>
        <message>
            <source>Nobody missing</source>
            <translation>Nobody missing</translation>
        </message>
    </context>
    <context>
        <name>BadgeActions</name>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>The badge is ready.</source>
            <translation>The badge is ready.</translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>Some characters have no font and print as �:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
    </context>
    <context>
        <name>BadgeLayouts</name>
        <message>
            <source>4 × 3 in badge (badge printers)</source>
            <translation>4 × 3 in badge (badge printers)</translation>
        </message>
        <message>
            <source>A4 label sheet, 2 × 4 (99.1 × 67.7 mm, e.g. L7165)</source>
            <translation>A4 label sheet, 2 × 4 (99.1 × 67.7 mm, e.g. L7165)</translation>
        </message>
        <message>
            <source>A4 label sheet, 3 × 8 (63.5 × 33.9 mm, e.g. L7159)</source>
            <translation>A4 label sheet, 3 × 8 (63.5 × 33.9 mm, e.g. L7159)</translation>
        </message>
        <message>
            <source>CR80 card, 85.6 × 54 mm (card printers)</source>
            <translation>CR80 card, 85.6 × 54 mm (card printers)</translation>
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
        <name>Badges</name>
        <message>
            <source>WORKER</source>
            <translation>WORKER</translation>
        </message>
        <message>
            <source>FAMILY</source>
            <translation>FAMILY</translation>
        </message>
        <message>
            <source>GUEST</source>
            <translation>GUEST</translation>
        </message>
        <message>
            <source>STAFF</source>
            <translation>STAFF</translation>
        </message>
    </context>
    <context>
        <name>BatchBadgeDialog</name>
        <message>
            <source>Print badges</source>
            <translation>Print badges</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <source>Family members</source>
            <translation>Family members</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Only badges not printed yet</source>
            <translation>Only badges not printed yet</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>Save badges</translation>
        </message>
        <message>
            <source>Preparing badges…</source>
            <translation>Preparing badges…</translation>
        </message>
        <message>
            <source>{done} of {total} badges</source>
            <translation>{done} of {total} badges</translation>
        </message>
        <message>
            <source>{badges} on {pages} saved to {path}.</source>
            <translation>{badges} on {pages} saved to {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s)</source>
            <translation>
                <numerusform>%n badge</numerusform>
                <numerusform>%n badges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Some characters have no font and print as �:</source>
            <translation>Some characters have no font and print as �:</translation>
        </message>
        <message>
            <source>Cancelled: nothing was marked printed.</source>
            <translation>Cancelled: nothing was marked printed.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>(sealed health value)</source>
            <translation>(sealed health value)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Written at</source>
            <translation>Written at</translation>
        </message>
        <message>
            <source>Shown now</source>
            <translation>Shown now</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Keep this value</translation>
        </message>
        <message>
            <source>Only a coordinator resolves conflicts.</source>
            <translation>Only a coordinator resolves conflicts.</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Not resolved</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>routine</translation>
        </message>
        <message>
            <source>sealed here</source>
            <translation>sealed here</translation>
        </message>
        <message>
            <source>record not here yet</source>
            <translation>record not here yet</translation>
        </message>
        <message>
            <source>no site</source>
            <translation>no site</translation>
        </message>
        <message>
            <source>Arrivals</source>
            <translation>Arrivals</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Not yet arrived</source>
            <translation>Not yet arrived</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Walk-ins</translation>
        </message>
        <message>
            <source>Badges whose record is not here yet</source>
            <translation>Badges whose record is not here yet</translation>
        </message>
        <message>
            <source>Registered and checked in</source>
            <translation>Registered and checked in</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Check-ins per 15 minutes</source>
            <translation>Check-ins per 15 minutes</translation>
        </message>
        <message>
            <source>Busiest desks</source>
            <translation>Busiest desks</translation>
        </message>
        <message>
            <source>Scans per desk</source>
            <translation>Scans per desk</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <source>First check-ins</source>
            <translation>First check-ins</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Screening</translation>
        </message>
        <message>
            <source>People screened</source>
            <translation>People screened</translation>
        </message>
        <message>
            <source>Screenings per hour are for every site.</source>
            <translation>Screenings per hour are for every site.</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>People screened per station per hour</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Hour</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>Flags by kind</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Some records' flags are sealed on this laptop: unlock the health key to count them.</source>
            <translation>Some records' flags are sealed on this laptop: unlock the health key to count them.</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Open referrals</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Open referrals by priority</source>
            <translation>Open referrals by priority</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>Laptops</translation>
        </message>
        <message>
            <source>Last bundle from each laptop</source>
            <translation>Last bundle from each laptop</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Newest data</source>
            <translation>Newest data</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Bundle imported</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>this laptop</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>Family visits</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>Travellers by status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>Travellers</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>Pass rate</source>
            <translation>Pass rate</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>Certificates issued</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>Not finished</translation>
        </message>
        <message>
            <source>Results of the day's sessions</source>
            <translation>Results of the day's sessions</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Site:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>The day the figures are for; today where the event is, until you pick another.</source>
            <translation>The day the figures are for; today where the event is, until you pick another.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Every site</source>
            <translation>Every site</translation>
        </message>
        <message>
            <source>Figures of {date} · updated {time}</source>
            <translation>Figures of {date} · updated {time}</translation>
        </message>
        <message>
            <source>computed in {ms} ms</source>
            <translation>computed in {ms} ms</translation>
        </message>
        <message>
            <source>this laptop up to {time}</source>
            <translation>this laptop up to {time}</translation>
        </message>
        <message>
            <source>{laptop} up to {time} (bundle imported {imported})</source>
            <translation>{laptop} up to {time} (bundle imported {imported})</translation>
        </message>
        <message>
            <source>Data: {parts}</source>
            <translation>Data: {parts}</translation>
        </message>
        <message>
            <source>No data yet.</source>
            <translation>No data yet.</translation>
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
            <source>Open person (Ctrl+E)</source>
            <translation>Open person (Ctrl+E)</translation>
        </message>
        <message>
            <source>Enrol in a session (F6)</source>
            <translation>Enrol in a session (F6)</translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>%n registered</numerusform>
                <numerusform>%n registered</numerusform>
            </translation>
        </message>
        <message>
            <source>{checked} checked in of {registered}</source>
            <translation>{checked} checked in of {registered}</translation>
        </message>
        <message>
            <source>Nobody found for “{text}”. Check the spelling, try the phone or staff id, or press F2 to register a walk-in.</source>
            <translation>Nobody found for “{text}”. Check the spelling, try the phone or staff id, or press F2 to register a walk-in.</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field).</source>
            <translation>Select a person in the list first (↓ from the search field).</translation>
        </message>
        <message>
            <source>Select a person in the list first (↓ from the search field), then press F6 to enrol them in a session.</source>
            <translation>Select a person in the list first (↓ from the search field), then press F6 to enrol them in a session.</translation>
        </message>
        <message>
            <source>There is no training session still to come to enrol into.</source>
            <translation>There is no training session still to come to enrol into.</translation>
        </message>
        <message>
            <source>Already enrolled in this session</source>
            <translation>Already enrolled in this session</translation>
        </message>
        <message>
            <source>Already on this session's waiting list (#{n})</source>
            <translation>Already on this session's waiting list (#{n})</translation>
        </message>
        <message>
            <source>Enrolled in the session</source>
            <translation>Enrolled in the session</translation>
        </message>
        <message>
            <source>Session full: on the waiting list (#{n})</source>
            <translation>Session full: on the waiting list (#{n})</translation>
        </message>
        <message>
            <source>Nobody to print a badge for: scan a badge or select a person in the list, then press F4.</source>
            <translation>Nobody to print a badge for: scan a badge or select a person in the list, then press F4.</translation>
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
        <name>DuplicateChoice</name>
        <message>
            <source>Already registered?</source>
            <translation>Already registered?</translation>
        </message>
        <message>
            <source>These people already have this phone or staff id. Is the walk-in one of them?</source>
            <translation>These people already have this phone or staff id. Is the walk-in one of them?</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>checked in</translation>
        </message>
        <message>
            <source>not checked in</source>
            <translation>not checked in</translation>
        </message>
        <message>
            <source>Yes: check this person in</source>
            <translation>Yes: check this person in</translation>
        </message>
        <message>
            <source>No: register as new (flagged as possible duplicate)</source>
            <translation>No: register as new (flagged as possible duplicate)</translation>
        </message>
        <message>
            <source>Back to the form</source>
            <translation>Back to the form</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Maybe the same as</source>
            <translation>Maybe the same as</translation>
        </message>
        <message>
            <source>Because</source>
            <translation>Because</translation>
        </message>
        <message>
            <source>Same person: merge into the first…</source>
            <translation>Same person: merge into the first…</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Different people</translation>
        </message>
        <message>
            <source>same phone {value}</source>
            <translation>same phone {value}</translation>
        </message>
        <message>
            <source>same staff id {value}</source>
            <translation>same staff id {value}</translation>
        </message>
        <message>
            <source>Undo the last merge ({absorbed} into {kept})</source>
            <translation>Undo the last merge ({absorbed} into {kept})</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>Undo merge</translation>
        </message>
        <message>
            <source>Give {absorbed} back their own record, badges, consents and check-ins, apart from {kept}?</source>
            <translation>Give {absorbed} back their own record, badges, consents and check-ins, apart from {kept}?</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in a training session</source>
            <translation>Enrol in a training session</translation>
        </message>
        <message>
            <source>Enrol {name} in which session? (↑↓ to choose, Enter to enrol)</source>
            <translation>Enrol {name} in which session? (↑↓ to choose, Enter to enrol)</translation>
        </message>
        <message>
            <source>Enrol in this session</source>
            <translation>Enrol in this session</translation>
        </message>
        <message>
            <source>{enrolled}/{capacity} enrolled</source>
            <translation>{enrolled}/{capacity} enrolled</translation>
        </message>
        <message>
            <source>full ({capacity}): joins the waiting list</source>
            <translation>full ({capacity}): joins the waiting list</translation>
        </message>
        <message>
            <source>already enrolled here</source>
            <translation>already enrolled here</translation>
        </message>
        <message>
            <source>already on the waiting list here</source>
            <translation>already on the waiting list here</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase a person</source>
            <translation>Erase a person</translation>
        </message>
        <message>
            <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The person's name, phone, staff id, employer, city, health records and notes are cleared on this laptop now and on every laptop that receives this laptop's next bundle. Their check-ins stay only as anonymous counts and their badge stops working.</source>
            <translation>&lt;b&gt;This cannot be undone.&lt;/b&gt; The person's name, phone, staff id, employer, city, health records and notes are cleared on this laptop now and on every laptop that receives this laptop's next bundle. Their check-ins stay only as anonymous counts and their badge stops working.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>Staff id</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>for example: asked at the desk on 5 December</source>
            <translation>for example: asked at the desk on 5 December</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Erase for good</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No event database given: use --db PATH (or --demo).</source>
            <translation>No event database given: use --db PATH (or --demo).</translation>
        </message>
        <message>
            <source>Sign in first: name the operator with --operator NAME (or $CAREKIT_OPERATOR) and give the PIN in $CAREKIT_PIN.</source>
            <translation>Sign in first: name the operator with --operator NAME (or $CAREKIT_OPERATOR) and give the PIN in $CAREKIT_PIN.</translation>
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
            <source>This badge was made with a badge key retired after a laptop was lost, and no such badge was printed here. Nothing was recorded; print the person a new badge.</source>
            <translation>This badge was made with a badge key retired after a laptop was lost, and no such badge was printed here. Nothing was recorded; print the person a new badge.</translation>
        </message>
        <message>
            <source>This registration was cancelled or the person erased. Nothing was recorded.</source>
            <translation>This registration was cancelled or the person erased. Nothing was recorded.</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; the badge is no longer valid. Nothing was recorded.</source>
            <translation>This person's data was erased at their request; the badge is no longer valid. Nothing was recorded.</translation>
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
            <source>The day report is a .pdf file, not {name}.</source>
            <translation>The day report is a .pdf file, not {name}.</translation>
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
            <source>A PIN is at least {low} digits (letters may be added), at most {high} characters.</source>
            <translation>A PIN is at least {low} digits (letters may be added), at most {high} characters.</translation>
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
            <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
            <translation>Too many wrong PINs for {name}. Try again in {seconds} s.</translation>
        </message>
        <message>
            <source>{name} has no PIN on this laptop yet. A coordinator sets it here (Operators, or carekit operator set-pin), or apply a new setup file that carries it.</source>
            <translation>{name} has no PIN on this laptop yet. A coordinator sets it here (Operators, or carekit operator set-pin), or apply a new setup file that carries it.</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in.</source>
            <translation>{name} needs a PIN to sign in.</translation>
        </message>
        <message>
            <source>Wrong PIN. Too many wrong PINs for {name}: try again in {seconds} s.</source>
            <translation>Wrong PIN. Too many wrong PINs for {name}: try again in {seconds} s.</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>Wrong PIN for {name}.</translation>
        </message>
        <message>
            <source>{name} must choose a new PIN of at least {low} digits before signing in.</source>
            <translation>{name} must choose a new PIN of at least {low} digits before signing in.</translation>
        </message>
        <message>
            <source>'{role}' is not a role; use desk, medic, trainer or coordinator.</source>
            <translation>'{role}' is not a role; use desk, medic, trainer or coordinator.</translation>
        </message>
        <message>
            <source>Give the operator at least one role.</source>
            <translation>Give the operator at least one role.</translation>
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
            <source>You cannot retire yourself; ask another coordinator.</source>
            <translation>You cannot retire yourself; ask another coordinator.</translation>
        </message>
        <message>
            <source>{name} is the event's only coordinator; name another one first.</source>
            <translation>{name} is the event's only coordinator; name another one first.</translation>
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
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>staff id</source>
            <translation>staff id</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>employer</translation>
        </message>
        <message>
            <source>job</source>
            <translation>job</translation>
        </message>
        <message>
            <source>city</source>
            <translation>city</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>The {field} is {length} characters long; at most {limit} fit.</source>
            <translation>The {field} is {length} characters long; at most {limit} fit.</translation>
        </message>
        <message>
            <source>The {field} holds a control character ({code}); remove it and save again.</source>
            <translation>The {field} holds a control character ({code}); remove it and save again.</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number.</source>
            <translation>Phone '{phone}' is not a valid number.</translation>
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
            <source>'{field}' cannot be edited here.</source>
            <translation>'{field}' cannot be edited here.</translation>
        </message>
        <message>
            <source>{name} was merged into another record; edit that one.</source>
            <translation>{name} was merged into another record; edit that one.</translation>
        </message>
        <message>
            <source>Say why the check-in is annulled.</source>
            <translation>Say why the check-in is annulled.</translation>
        </message>
        <message>
            <source>No such check-in.</source>
            <translation>No such check-in.</translation>
        </message>
        <message>
            <source>This check-in was annulled already.</source>
            <translation>This check-in was annulled already.</translation>
        </message>
        <message>
            <source>No worker '{worker}' is registered.</source>
            <translation>No worker '{worker}' is registered.</translation>
        </message>
        <message>
            <source>{name} is not a worker ({category}); a traveller visits a registered worker.</source>
            <translation>{name} is not a worker ({category}); a traveller visits a registered worker.</translation>
        </message>
        <message>
            <source>'{person}' is not a traveller of this event.</source>
            <translation>'{person}' is not a traveller of this event.</translation>
        </message>
        <message>
            <source>Write the traveller's name.</source>
            <translation>Write the traveller's name.</translation>
        </message>
        <message>
            <source>'{value}' is not a relationship; use one of {choices}.</source>
            <translation>'{value}' is not a relationship; use one of {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not an age band; use one of {choices}.</source>
            <translation>'{value}' is not an age band; use one of {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not a need; use {choices}.</source>
            <translation>'{value}' is not a need; use {choices}.</translation>
        </message>
        <message>
            <source>Phone '{phone}' is not a valid number for region {region}.</source>
            <translation>Phone '{phone}' is not a valid number for region {region}.</translation>
        </message>
        <message>
            <source>{name} cannot travel without an adult: add an adult of {worker}'s family first.</source>
            <translation>{name} cannot travel without an adult: add an adult of {worker}'s family first.</translation>
        </message>
        <message>
            <source>'{value}' is not a traveller status; use one of {choices}.</source>
            <translation>'{value}' is not a traveller status; use one of {choices}.</translation>
        </message>
        <message>
            <source>{operator} may only mark travellers arrived; other changes need a coordinator.</source>
            <translation>{operator} may only mark travellers arrived; other changes need a coordinator.</translation>
        </message>
        <message>
            <source>{person} is already {current}; a status does not go back to {status}.</source>
            <translation>{person} is already {current}; a status does not go back to {status}.</translation>
        </message>
        <message>
            <source>{operator} may not do this: it needs the role {roles}.</source>
            <translation>{operator} may not do this: it needs the role {roles}.</translation>
        </message>
        <message>
            <source>'{part}' is not FIELD=HEADER (for example name=姓名).</source>
            <translation>'{part}' is not FIELD=HEADER (for example name=姓名).</translation>
        </message>
        <message>
            <source>Give the new PIN with --pin.</source>
            <translation>Give the new PIN with --pin.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>Give the health passphrase in CAREKIT_HEALTH_PASSPHRASE.</source>
            <translation>Give the health passphrase in CAREKIT_HEALTH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>Give the event file's passphrase in CAREKIT_DB_PASSPHRASE.</source>
            <translation>Give the event file's passphrase in CAREKIT_DB_PASSPHRASE.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>This event file is already encrypted.</source>
            <translation>This event file is already encrypted.</translation>
        </message>
        <message>
            <source>{file} already exists; name a new file.</source>
            <translation>{file} already exists; name a new file.</translation>
        </message>
        <message>
            <source>Give the new file's passphrase in CAREKIT_NEW_DB_PASSPHRASE.</source>
            <translation>Give the new file's passphrase in CAREKIT_NEW_DB_PASSPHRASE.</translation>
        </message>
        <message>
            <source>An event passphrase has at least {n} characters.</source>
            <translation>An event passphrase has at least {n} characters.</translation>
        </message>
        <message>
            <source>Give the new health passphrase in CAREKIT_NEW_HEALTH_PASSPHRASE.</source>
            <translation>Give the new health passphrase in CAREKIT_NEW_HEALTH_PASSPHRASE.</translation>
        </message>
        <message>
            <source>There is no site '{site}'.</source>
            <translation>There is no site '{site}'.</translation>
        </message>
        <message>
            <source>'{layout}' is not a badge layout; choose from {choices}.</source>
            <translation>'{layout}' is not a badge layout; choose from {choices}.</translation>
        </message>
        <message>
            <source>No registrations match: no badges to print.</source>
            <translation>No registrations match: no badges to print.</translation>
        </message>
        <message>
            <source>Give the organisation's name for its key.</source>
            <translation>Give the organisation's name for its key.</translation>
        </message>
        <message>
            <source>No issuing key {key}.</source>
            <translation>No issuing key {key}.</translation>
        </message>
        <message>
            <source>Say who or which laptop the key is for.</source>
            <translation>Say who or which laptop the key is for.</translation>
        </message>
        <message>
            <source>An issuing key is delegated for 1 to {most} days (got {days}).</source>
            <translation>An issuing key is delegated for 1 to {most} days (got {days}).</translation>
        </message>
        <message>
            <source>The organisation's root key is not on this laptop: delegate from the laptop that holds it (or restore its backup there).</source>
            <translation>The organisation's root key is not on this laptop: delegate from the laptop that holds it (or restore its backup there).</translation>
        </message>
        <message>
            <source>Issuing key {key} was revoked; make a new one.</source>
            <translation>Issuing key {key} was revoked; make a new one.</translation>
        </message>
        <message>
            <source>Say why the issuing key is revoked.</source>
            <translation>Say why the issuing key is revoked.</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} expired on {until}: ask a coordinator to delegate a new one.</source>
            <translation>This laptop's issuing key {key} expired on {until}: ask a coordinator to delegate a new one.</translation>
        </message>
        <message>
            <source>This laptop's issuing key was revoked: ask a coordinator for a new one.</source>
            <translation>This laptop's issuing key was revoked: ask a coordinator for a new one.</translation>
        </message>
        <message>
            <source>This laptop's issuing key {key} has no delegation for {day} yet: a coordinator signs it on the root key's laptop, and it arrives with the next bundle.</source>
            <translation>This laptop's issuing key {key} has no delegation for {day} yet: a coordinator signs it on the root key's laptop, and it arrives with the next bundle.</translation>
        </message>
        <message>
            <source>This laptop has no issuing key: request one (keys request) and have a coordinator delegate it.</source>
            <translation>This laptop has no issuing key: request one (keys request) and have a coordinator delegate it.</translation>
        </message>
        <message>
            <source>{file} is damaged.</source>
            <translation>{file} is damaged.</translation>
        </message>
        <message>
            <source>This event has no signing key yet: generate one first.</source>
            <translation>This event has no signing key yet: generate one first.</translation>
        </message>
        <message>
            <source>This is not a CareKit public key file.</source>
            <translation>This is not a CareKit public key file.</translation>
        </message>
        <message>
            <source>A certificate is valid for at least one month.</source>
            <translation>A certificate is valid for at least one month.</translation>
        </message>
        <message>
            <source>Course code, course name and trainer are needed and may not contain '|'.</source>
            <translation>Course code, course name and trainer are needed and may not contain '|'.</translation>
        </message>
        <message>
            <source>No person with id {id}.</source>
            <translation>No person with id {id}.</translation>
        </message>
        <message>
            <source>A name may not contain '|'.</source>
            <translation>A name may not contain '|'.</translation>
        </message>
        <message>
            <source>No certificate with serial {serial}.</source>
            <translation>No certificate with serial {serial}.</translation>
        </message>
        <message>
            <source>Say why the certificate is revoked.</source>
            <translation>Say why the certificate is revoked.</translation>
        </message>
        <message>
            <source>This conflict was already resolved (perhaps on another laptop).</source>
            <translation>This conflict was already resolved (perhaps on another laptop).</translation>
        </message>
        <message>
            <source>Pick one of the values shown.</source>
            <translation>Pick one of the values shown.</translation>
        </message>
        <message>
            <source>The record itself has not arrived yet; import the bundle that created it first.</source>
            <translation>The record itself has not arrived yet; import the bundle that created it first.</translation>
        </message>
        <message>
            <source>This conflict changed meanwhile; look at its values again.</source>
            <translation>This conflict changed meanwhile; look at its values again.</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>Sign in first.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of consent.</source>
            <translation>'{kind}' is not a kind of consent.</translation>
        </message>
        <message>
            <source>Say which version of the notice the person was shown.</source>
            <translation>Say which version of the notice the person was shown.</translation>
        </message>
        <message>
            <source>{name} has already given this consent.</source>
            <translation>{name} has already given this consent.</translation>
        </message>
        <message>
            <source>There is no such consent to withdraw.</source>
            <translation>There is no such consent to withdraw.</translation>
        </message>
        <message>
            <source>No site called {site} in this event.</source>
            <translation>No site called {site} in this event.</translation>
        </message>
        <message>
            <source>Export to a .csv or .xlsx file, not {name}.</source>
            <translation>Export to a .csv or .xlsx file, not {name}.</translation>
        </message>
        <message>
            <source>'{value}' is not a referral destination.</source>
            <translation>'{value}' is not a referral destination.</translation>
        </message>
        <message>
            <source>No such referral.</source>
            <translation>No such referral.</translation>
        </message>
        <message>
            <source>A referral that is {old} cannot become {new}.</source>
            <translation>A referral that is {old} cannot become {new}.</translation>
        </message>
        <message>
            <source>line {line}: the row has {cells} cells but the header has {columns}; is a separator or quote missing?</source>
            <translation>line {line}: the row has {cells} cells but the header has {columns}; is a separator or quote missing?</translation>
        </message>
        <message>
            <source>line {line}: the {field} is {length} characters long; at most {limit} fit.</source>
            <translation>line {line}: the {field} is {length} characters long; at most {limit} fit.</translation>
        </message>
        <message>
            <source>line {line}: the {field} holds a control character ({code}); it was not imported.</source>
            <translation>line {line}: the {field} holds a control character ({code}); it was not imported.</translation>
        </message>
        <message>
            <source>line {line}: the name is missing.</source>
            <translation>line {line}: the name is missing.</translation>
        </message>
        <message>
            <source>line {line}: the name '{name}' is a date, not a name; is the name column right?</source>
            <translation>line {line}: the name '{name}' is a date, not a name; is the name column right?</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' lost its digits to Excel's scientific notation; format the column as text and export again.</source>
            <translation>line {line}: phone '{phone}' lost its digits to Excel's scientific notation; format the column as text and export again.</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number</source>
            <translation>line {line}: phone '{phone}' is not a valid number</translation>
        </message>
        <message>
            <source>line {line}: phone '{phone}' is not a valid number for region {region}</source>
            <translation>line {line}: phone '{phone}' is not a valid number for region {region}</translation>
        </message>
        <message>
            <source>line {line}: staff id '{staff}' lost its digits to Excel's scientific notation.</source>
            <translation>line {line}: staff id '{staff}' lost its digits to Excel's scientific notation.</translation>
        </message>
        <message>
            <source>line {line}: category '{category}' is not one of worker, family, guest, staff.</source>
            <translation>line {line}: category '{category}' is not one of worker, family, guest, staff.</translation>
        </message>
        <message>
            <source>The event has no site in '{city}'; its sites are: {sites}.</source>
            <translation>The event has no site in '{city}'; its sites are: {sites}.</translation>
        </message>
        <message>
            <source>line {line}: phone {phone} has a mobile's length for {region} but is in no known number range; imported as it is, please check it.</source>
            <translation>line {line}: phone {phone} has a mobile's length for {region} but is in no known number range; imported as it is, please check it.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>The import was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>{file} starts as UTF-16 text but cannot be read as it; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} starts as UTF-16 text but cannot be read as it; save it again as CSV UTF-8 or as XLSX.</translation>
        </message>
        <message>
            <source>{file} is neither UTF-8 nor GBK nor Big5 text; save it again as CSV UTF-8 or as XLSX.</source>
            <translation>{file} is neither UTF-8 nor GBK nor Big5 text; save it again as CSV UTF-8 or as XLSX.</translation>
        </message>
        <message>
            <source>line {line}: this line is not {encoding} like the rest of the file (was it pasted from another file?); it was not imported. Type it again or save the whole file as CSV UTF-8.</source>
            <translation>line {line}: this line is not {encoding} like the rest of the file (was it pasted from another file?); it was not imported. Type it again or save the whole file as CSV UTF-8.</translation>
        </message>
        <message>
            <source>line {line}: the line holds a NUL byte (binary data); it was not imported.</source>
            <translation>line {line}: the line holds a NUL byte (binary data); it was not imported.</translation>
        </message>
        <message>
            <source>line {line}: the line is {length} characters long, more than a roster line can be ({limit}); it was not imported.</source>
            <translation>line {line}: the line is {length} characters long, more than a roster line can be ({limit}); it was not imported.</translation>
        </message>
        <message>
            <source>line {line}: the file cannot be read as CSV ({detail}).</source>
            <translation>line {line}: the file cannot be read as CSV ({detail}).</translation>
        </message>
        <message>
            <source>{file} cannot be opened as an Excel workbook ({detail}).</source>
            <translation>{file} cannot be opened as an Excel workbook ({detail}).</translation>
        </message>
        <message>
            <source>line {line}: the row holds binary data or is {length} characters long (at most {limit}); it was not imported.</source>
            <translation>line {line}: the row holds binary data or is {length} characters long (at most {limit}); it was not imported.</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97 file; save it as XLSX or CSV UTF-8 first.</source>
            <translation>{file} is an old Excel 97 file; save it as XLSX or CSV UTF-8 first.</translation>
        </message>
        <message>
            <source>{file} is not a text file; save the roster as CSV or XLSX.</source>
            <translation>{file} is not a text file; save the roster as CSV or XLSX.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {detail}</source>
            <translation>{file} cannot be read: {detail}</translation>
        </message>
        <message>
            <source>{file} is empty: the first line should name the columns.</source>
            <translation>{file} is empty: the first line should name the columns.</translation>
        </message>
        <message>
            <source>'{field}' is not a roster field; use one of {fields}.</source>
            <translation>'{field}' is not a roster field; use one of {fields}.</translation>
        </message>
        <message>
            <source>The file has no column {column}.</source>
            <translation>The file has no column {column}.</translation>
        </message>
        <message>
            <source>{file}: no column holds the names. The first line should name the columns (for example 姓名, Name, Nombre or Nome); found: {headers}.</source>
            <translation>{file}: no column holds the names. The first line should name the columns (for example 姓名, Name, Nombre or Nome); found: {headers}.</translation>
        </message>
        <message>
            <source>The file has no column '{column}'; its columns are: {headers}.</source>
            <translation>The file has no column '{column}'; its columns are: {headers}.</translation>
        </message>
        <message>
            <source>{label} is missing.</source>
            <translation>{label} is missing.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a number.</source>
            <translation>{label}: '{text}' is not a number.</translation>
        </message>
        <message>
            <source>{label}: {text} is outside the plausible range {low}–{high} {unit}.</source>
            <translation>{label}: {text} is outside the plausible range {low}–{high} {unit}.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a Snellen fraction such as 6/6 or 20/40.</source>
            <translation>{label}: '{text}' is not a Snellen fraction such as 6/6 or 20/40.</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not one of the choices.</source>
            <translation>{label}: '{text}' is not one of the choices.</translation>
        </message>
        <message>
            <source>{label}: give both systolic and diastolic.</source>
            <translation>{label}: give both systolic and diastolic.</translation>
        </message>
        <message>
            <source>The idle lock is 1 to 240 minutes.</source>
            <translation>The idle lock is 1 to 240 minutes.</translation>
        </message>
        <message>
            <source>'{value}' is not a BMI standard; use who or china.</source>
            <translation>'{value}' is not a BMI standard; use who or china.</translation>
        </message>
        <message>
            <source>This is not a valid badge of this event.</source>
            <translation>This is not a valid badge of this event.</translation>
        </message>
        <message>
            <source>This badge is valid but its person has not reached this laptop yet. Sync first.</source>
            <translation>This badge is valid but its person has not reached this laptop yet. Sync first.</translation>
        </message>
        <message>
            <source>'{station}' is not a station.</source>
            <translation>'{station}' is not a station.</translation>
        </message>
        <message>
            <source>{name} has not given health consent: nothing was saved.</source>
            <translation>{name} has not given health consent: nothing was saved.</translation>
        </message>
        <message>
            <source>The record to correct is not this person's {station} record.</source>
            <translation>The record to correct is not this person's {station} record.</translation>
        </message>
        <message>
            <source>No such screening record.</source>
            <translation>No such screening record.</translation>
        </message>
        <message>
            <source>Use a passphrase of at least {n} characters.</source>
            <translation>Use a passphrase of at least {n} characters.</translation>
        </message>
        <message>
            <source>Capabilities are desk, station, training and coordinator.</source>
            <translation>Capabilities are desk, station, training and coordinator.</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability hands out setup files.</source>
            <translation>Only a laptop with the coordinator capability hands out setup files.</translation>
        </message>
        <message>
            <source>{file} already holds an event; join from a new file.</source>
            <translation>{file} already holds an event; join from a new file.</translation>
        </message>
        <message>
            <source>{file} was made by an older CareKit and grants this laptop nothing; ask the coordinator for a new setup file.</source>
            <translation>{file} was made by an older CareKit and grants this laptop nothing; ask the coordinator for a new setup file.</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>The export was cancelled.</translation>
        </message>
        <message>
            <source>{file} carries only changes made after what this laptop lacks: from {laptop} it assumes everything up to {needed}, and this laptop has {held}. Import a full bundle (or the earlier ones) from that laptop first; nothing was imported.</source>
            <translation>{file} carries only changes made after what this laptop lacks: from {laptop} it assumes everything up to {needed}, and this laptop has {held}. Import a full bundle (or the earlier ones) from that laptop first; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} is encrypted with event keys this laptop does not have: a coordinator rotated them. Apply the new setup file here (carekit event rekey --setup FILE); nothing was imported.</source>
            <translation>{file} is encrypted with event keys this laptop does not have: a coordinator rotated them. Apply the new setup file here (carekit event rekey --setup FILE); nothing was imported.</translation>
        </message>
        <message>
            <source>The event file stayed busy with another import or a long write for {minutes} minutes; {file} was not imported. Try again when that has finished.</source>
            <translation>The event file stayed busy with another import or a long write for {minutes} minutes; {file} was not imported. Try again when that has finished.</translation>
        </message>
        <message>
            <source>{file} comes from {laptop}, which this laptop does not know yet, under the event keys from before they were rotated. Apply the new setup file on {laptop} first; nothing was imported.</source>
            <translation>{file} comes from {laptop}, which this laptop does not know yet, under the event keys from before they were rotated. Apply the new setup file on {laptop} first; nothing was imported.</translation>
        </message>
        <message>
            <source>Only a laptop with the coordinator capability rotates the event's keys.</source>
            <translation>Only a laptop with the coordinator capability rotates the event's keys.</translation>
        </message>
        <message>
            <source>{file} belongs to another event ({other}); nothing was imported.</source>
            <translation>{file} belongs to another event ({other}); nothing was imported.</translation>
        </message>
        <message>
            <source>{file} was not made from this event's coordinator laptops (another root key); nothing was imported.</source>
            <translation>{file} was not made from this event's coordinator laptops (another root key); nothing was imported.</translation>
        </message>
        <message>
            <source>The merge could not start its own process ({error}); nothing was imported.</source>
            <translation>The merge could not start its own process ({error}); nothing was imported.</translation>
        </message>
        <message>
            <source>{file} could not be merged: {error}. Nothing of it was imported.</source>
            <translation>{file} could not be merged: {error}. Nothing of it was imported.</translation>
        </message>
        <message>
            <source>The import of {file} was cancelled; nothing was imported.</source>
            <translation>The import of {file} was cancelled; nothing was imported.</translation>
        </message>
        <message>
            <source>The merge of {file} stopped before it finished: its process ended unexpectedly (exit code {code}). Nothing of {file} was imported; import it again.</source>
            <translation>The merge of {file} stopped before it finished: its process ended unexpectedly (exit code {code}). Nothing of {file} was imported; import it again.</translation>
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation>{file} does not exist.</translation>
        </message>
        <message>
            <source>{file} is not a complete CareKit bundle (truncated or damaged); nothing was imported. Copy it again from the laptop that made it.</source>
            <translation>{file} is not a complete CareKit bundle (truncated or damaged); nothing was imported. Copy it again from the laptop that made it.</translation>
        </message>
        <message>
            <source>{file} has an unreadable manifest; nothing was imported.</source>
            <translation>{file} has an unreadable manifest; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit (bundle format {format}, this app reads {known}). Update CareKit on this laptop; nothing was imported.</source>
            <translation>{file} was made by a newer CareKit (bundle format {format}, this app reads {known}). Update CareKit on this laptop; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} was signed by a laptop the event does not know; nothing was imported.</source>
            <translation>{file} was signed by a laptop the event does not know; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} claims to come from {device}, but with another key than that laptop's; nothing was imported.</source>
            <translation>{file} claims to come from {device}, but with another key than that laptop's; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} was changed after it was made (its signature does not match); nothing was imported.</source>
            <translation>{file} was changed after it was made (its signature does not match); nothing was imported.</translation>
        </message>
        <message>
            <source>{file} holds {member}, which a CareKit bundle never holds (or holds twice); nothing was imported.</source>
            <translation>{file} holds {member}, which a CareKit bundle never holds (or holds twice); nothing was imported.</translation>
        </message>
        <message>
            <source>{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); nothing was imported.</source>
            <translation>{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); nothing was imported.</translation>
        </message>
        <message>
            <source>{file} unpacks to more than a CareKit bundle may hold ({size} MB at least); nothing was imported.</source>
            <translation>{file} unpacks to more than a CareKit bundle may hold ({size} MB at least); nothing was imported.</translation>
        </message>
        <message>
            <source>{file} could not be decrypted and checked with this event's key; nothing was imported.</source>
            <translation>{file} could not be decrypted and checked with this event's key; nothing was imported.</translation>
        </message>
        <message>
            <source>The bundle holds data this CareKit does not know ({what}); update CareKit on this laptop. Nothing was imported.</source>
            <translation>The bundle holds data this CareKit does not know ({what}); update CareKit on this laptop. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file} holds changes made by {laptop}, which a coordinator has removed from the event; nothing was imported.</source>
            <translation>{file} holds changes made by {laptop}, which a coordinator has removed from the event; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} holds a change to {change} said to come from {laptop}, without that laptop's valid signature; nothing was imported.</source>
            <translation>{file} holds a change to {change} said to come from {laptop}, without that laptop's valid signature; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} was refused: {laptop} changed {change}, which its capabilities ({capabilities}) do not allow; nothing was imported.</source>
            <translation>{file} was refused: {laptop} changed {change}, which its capabilities ({capabilities}) do not allow; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} was refused: on {laptop}, {change} was changed by an operator who did not hold a role allowed to change it at that time; nothing was imported.</source>
            <translation>{file} was refused: on {laptop}, {change} was changed by an operator who did not hold a role allowed to change it at that time; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} was made by {laptop}, which holds no capabilities granted by this event's coordinator; nothing was imported.</source>
            <translation>{file} was made by {laptop}, which holds no capabilities granted by this event's coordinator; nothing was imported.</translation>
        </message>
        <message>
            <source>The bundle holds a revision that cannot be read.</source>
            <translation>The bundle holds a revision that cannot be read.</translation>
        </message>
        <message>
            <source>{file} was refused: it holds an assessment (person {person}, written score {score}) from {laptop} that does not match the trainer's signature, so it was changed after it was recorded; nothing was imported.</source>
            <translation>{file} was refused: it holds an assessment (person {person}, written score {score}) from {laptop} that does not match the trainer's signature, so it was changed after it was recorded; nothing was imported.</translation>
        </message>
        <message>
            <source>{file} is not a CareKit event-setup file (or it is damaged).</source>
            <translation>{file} is not a CareKit event-setup file (or it is damaged).</translation>
        </message>
        <message>
            <source>A backup passphrase has at least {count} characters.</source>
            <translation>A backup passphrase has at least {count} characters.</translation>
        </message>
        <message>
            <source>{file} is not a CareKit root key backup (or it is damaged).</source>
            <translation>{file} is not a CareKit root key backup (or it is damaged).</translation>
        </message>
        <message>
            <source>{file} was made by a newer CareKit; update CareKit on this laptop.</source>
            <translation>{file} was made by a newer CareKit; update CareKit on this laptop.</translation>
        </message>
        <message>
            <source>The passphrase does not open {file} (or the file was changed).</source>
            <translation>The passphrase does not open {file} (or the file was changed).</translation>
        </message>
        <message>
            <source>Sign in to see the dashboard.</source>
            <translation>Sign in to see the dashboard.</translation>
        </message>
        <message>
            <source>'{kind}' is not a list; choose people, checkins, no-shows or walk-ins.</source>
            <translation>'{kind}' is not a list; choose people, checkins, no-shows or walk-ins.</translation>
        </message>
        <message>
            <source>Export to a .csv, .xlsx or .pdf file, not {name}.</source>
            <translation>Export to a .csv, .xlsx or .pdf file, not {name}.</translation>
        </message>
        <message>
            <source>No person with the id, badge serial or badge code '{ref}'.</source>
            <translation>No person with the id, badge serial or badge code '{ref}'.</translation>
        </message>
        <message>
            <source>withheld: health records are shown only to medics and coordinators</source>
            <translation>withheld: health records are shown only to medics and coordinators</translation>
        </message>
        <message>
            <source>sealed: unlock the health data on this laptop to include health values and referrals in the clear</source>
            <translation>sealed: unlock the health data on this laptop to include health values and referrals in the clear</translation>
        </message>
        <message>
            <source>Say why the person is erased (for example: 'asked at the desk'); nothing was erased.</source>
            <translation>Say why the person is erased (for example: 'asked at the desk'); nothing was erased.</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters; nothing was erased.</source>
            <translation>The reason is longer than {limit} characters; nothing was erased.</translation>
        </message>
        <message>
            <source>This person was already erased.</source>
            <translation>This person was already erased.</translation>
        </message>
        <message>
            <source>This person's data was erased at their request; it cannot be edited.</source>
            <translation>This person's data was erased at their request; it cannot be edited.</translation>
        </message>
        <message>
            <source>Arrivals are scanned at the pick-up point or the hotel, not at '{point}'.</source>
            <translation>Arrivals are scanned at the pick-up point or the hotel, not at '{point}'.</translation>
        </message>
        <message>
            <source>{name} is not an expected traveller (no journey to the event). Nothing was recorded.</source>
            <translation>{name} is not an expected traveller (no journey to the event). Nothing was recorded.</translation>
        </message>
        <message>
            <source>No vehicle '{vehicle}'.</source>
            <translation>No vehicle '{vehicle}'.</translation>
        </message>
        <message>
            <source>Worker '{worker}' has no travelling family.</source>
            <translation>Worker '{worker}' has no travelling family.</translation>
        </message>
        <message>
            <source>A pick-up window is 5 to 1440 minutes, not {minutes}.</source>
            <translation>A pick-up window is 5 to 1440 minutes, not {minutes}.</translation>
        </message>
        <message>
            <source>A vehicle seats 1 to 80 travellers, not {capacity}.</source>
            <translation>A vehicle seats 1 to 80 travellers, not {capacity}.</translation>
        </message>
        <message>
            <source>{vehicle} has {seated} travellers; it cannot seat only {capacity}.</source>
            <translation>{vehicle} has {seated} travellers; it cannot seat only {capacity}.</translation>
        </message>
        <message>
            <source>{vehicle} is full ({capacity} seats).</source>
            <translation>{vehicle} is full ({capacity} seats).</translation>
        </message>
        <message>
            <source>Give both the hotel and the room.</source>
            <translation>Give both the hotel and the room.</translation>
        </message>
        <message>
            <source>'{value}' is not a room type; use one of {choices}.</source>
            <translation>'{value}' is not a room type; use one of {choices}.</translation>
        </message>
        <message>
            <source>A stay is 1 to 60 nights, not {nights}.</source>
            <translation>A stay is 1 to 60 nights, not {nights}.</translation>
        </message>
        <message>
            <source>Room {room} at {hotel} is a {type} room for {capacity}; it already holds {count}.</source>
            <translation>Room {room} at {hotel} is a {type} room for {capacity}; it already holds {count}.</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai.</source>
            <translation>{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai.</translation>
        </message>
        <message>
            <source>{what}: '{zone}' is not a time zone; use a name such as Asia/Shanghai.</source>
            <translation>{what}: '{zone}' is not a time zone; use a name such as Asia/Shanghai.</translation>
        </message>
        <message>
            <source>{what}: the place is missing.</source>
            <translation>{what}: the place is missing.</translation>
        </message>
        <message>
            <source>{what}: '{place}' is not a known station or airport; check the spelling or use its code.</source>
            <translation>{what}: '{place}' is not a known station or airport; check the spelling or use its code.</translation>
        </message>
        <message>
            <source>{what}: {place} keeps {zone} time, not {given}.</source>
            <translation>{what}: {place} keeps {zone} time, not {given}.</translation>
        </message>
        <message>
            <source>'{value}' is not a way to travel; use one of {choices}.</source>
            <translation>'{value}' is not a way to travel; use one of {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is neither outbound nor return.</source>
            <translation>'{value}' is neither outbound nor return.</translation>
        </message>
        <message>
            <source>A {mode} needs its number, such as G1234 or MU5101.</source>
            <translation>A {mode} needs its number, such as G1234 or MU5101.</translation>
        </message>
        <message>
            <source>{number} arrives ({arrives}) before it departs ({departs}), once time zones are counted.</source>
            <translation>{number} arrives ({arrives}) before it departs ({departs}), once time zones are counted.</translation>
        </message>
        <message>
            <source>A leg needs at least one traveller.</source>
            <translation>A leg needs at least one traveller.</translation>
        </message>
        <message>
            <source>No travel leg '{leg}'.</source>
            <translation>No travel leg '{leg}'.</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>line {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}: no traveller '{value}'.</source>
            <translation>line {line}: no traveller '{value}'.</translation>
        </message>
        <message>
            <source>line {line}: no single traveller named '{name}' in the family of worker '{worker}'.</source>
            <translation>line {line}: no single traveller named '{name}' in the family of worker '{worker}'.</translation>
        </message>
        <message>
            <source>{file}: the columns {missing} are missing; found: {headers}.</source>
            <translation>{file}: the columns {missing} are missing; found: {headers}.</translation>
        </message>
        <message>
            <source>Write the notice's text.</source>
            <translation>Write the notice's text.</translation>
        </message>
        <message>
            <source>The notice is {length} characters long; at most {limit} fit.</source>
            <translation>The notice is {length} characters long; at most {limit} fit.</translation>
        </message>
        <message>
            <source>Give --session, or all of --person, --course-code, --course-name, --months and --trainer (missing: {missing}).</source>
            <translation>Give --session, or all of --person, --course-code, --course-name, --months and --trainer (missing: {missing}).</translation>
        </message>
        <message>
            <source>Say which session: --session ID.</source>
            <translation>Say which session: --session ID.</translation>
        </message>
        <message>
            <source>'{skill}' is not a skill of course {code} (its skills: {skills}). Nothing was recorded.</source>
            <translation>'{skill}' is not a skill of course {code} (its skills: {skills}). Nothing was recorded.</translation>
        </message>
        <message>
            <source>A written score is from 0 to 100 (got {score}). Nothing was recorded.</source>
            <translation>A written score is from 0 to 100 (got {score}). Nothing was recorded.</translation>
        </message>
        <message>
            <source>'{skill}' is given as both passed and not passed. Nothing was recorded.</source>
            <translation>'{skill}' is given as both passed and not passed. Nothing was recorded.</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session, so cannot be assessed.</source>
            <translation>{person} is not enrolled in this session, so cannot be assessed.</translation>
        </message>
        <message>
            <source>The assessment of {person} (attempt {attempt}, written score {score}) does not match the trainer's signature: it was changed after it was recorded, or never signed. Nothing was issued; the trainer records the assessment again.</source>
            <translation>The assessment of {person} (attempt {attempt}, written score {score}) does not match the trainer's signature: it was changed after it was recorded, or never signed. Nothing was issued; the trainer records the assessment again.</translation>
        </message>
        <message>
            <source>This badge is genuine but its registration has not reached this laptop yet: sync, then scan again. Nothing was recorded.</source>
            <translation>This badge is genuine but its registration has not reached this laptop yet: sync, then scan again. Nothing was recorded.</translation>
        </message>
        <message>
            <source>{name} has no scan in for this session: scan in first. Nothing was recorded.</source>
            <translation>{name} has no scan in for this session: scan in first. Nothing was recorded.</translation>
        </message>
        <message>
            <source>{name} has no scan in before {time}: scan in first. Nothing was recorded.</source>
            <translation>{name} has no scan in before {time}: scan in first. Nothing was recorded.</translation>
        </message>
        <message>
            <source>{name} is enrolled in {course} at {time} (session {session}), not in this one. Nothing was recorded.</source>
            <translation>{name} is enrolled in {course} at {time} (session {session}), not in this one. Nothing was recorded.</translation>
        </message>
        <message>
            <source>{name} is on the waiting list of this session, not enrolled. Nothing was recorded.</source>
            <translation>{name} is on the waiting list of this session, not enrolled. Nothing was recorded.</translation>
        </message>
        <message>
            <source>{name} is not enrolled in this session. Enrol them as a walk-in if there is room. Nothing was recorded.</source>
            <translation>{name} is not enrolled in this session. Enrol them as a walk-in if there is room. Nothing was recorded.</translation>
        </message>
        <message>
            <source>{name} is not enrolled and the session is full ({capacity}). Nothing was recorded.</source>
            <translation>{name} is not enrolled and the session is full ({capacity}). Nothing was recorded.</translation>
        </message>
        <message>
            <source>{time} is not during this session ({start} to {end}). Nothing was recorded.</source>
            <translation>{time} is not during this session ({start} to {end}). Nothing was recorded.</translation>
        </message>
        <message>
            <source>Say why the attendance is corrected.</source>
            <translation>Say why the attendance is corrected.</translation>
        </message>
        <message>
            <source>Give the right time, or say the scan did not happen.</source>
            <translation>Give the right time, or say the scan did not happen.</translation>
        </message>
        <message>
            <source>No attendance scan with id {id}.</source>
            <translation>No attendance scan with id {id}.</translation>
        </message>
        <message>
            <source>{file} has no course or session column; add one, or give the session.</source>
            <translation>{file} has no course or session column; add one, or give the session.</translation>
        </message>
        <message>
            <source>{file} has no staff id, phone or person id column to find each person by.</source>
            <translation>{file} has no staff id, phone or person id column to find each person by.</translation>
        </message>
        <message>
            <source>line {line}: no training session {session}.</source>
            <translation>line {line}: no training session {session}.</translation>
        </message>
        <message>
            <source>line {line}: nobody registered with staff id '{staff}' or phone '{phone}'. Nobody was enrolled.</source>
            <translation>line {line}: nobody registered with staff id '{staff}' or phone '{phone}'. Nobody was enrolled.</translation>
        </message>
        <message>
            <source>line {line}: the course is empty. Nobody was enrolled.</source>
            <translation>line {line}: the course is empty. Nobody was enrolled.</translation>
        </message>
        <message>
            <source>line {line}: no course with code {code}. Nobody was enrolled.</source>
            <translation>line {line}: no course with code {code}. Nobody was enrolled.</translation>
        </message>
        <message>
            <source>line {line}: course {code} has {count} sessions; give the session id instead. Nobody was enrolled.</source>
            <translation>line {line}: course {code} has {count} sessions; give the session id instead. Nobody was enrolled.</translation>
        </message>
        <message>
            <source>The window is a number of days from 0 up (got {days}).</source>
            <translation>The window is a number of days from 0 up (got {days}).</translation>
        </message>
        <message>
            <source>A course needs a code and a name.</source>
            <translation>A course needs a code and a name.</translation>
        </message>
        <message>
            <source>A course's code and name may not contain '|'.</source>
            <translation>A course's code and name may not contain '|'.</translation>
        </message>
        <message>
            <source>Course hours must be more than 0 and at most 200 (got {hours}).</source>
            <translation>Course hours must be more than 0 and at most 200 (got {hours}).</translation>
        </message>
        <message>
            <source>The pass mark is a score from 0 to 100 (got {mark}).</source>
            <translation>The pass mark is a score from 0 to 100 (got {mark}).</translation>
        </message>
        <message>
            <source>Minimum attendance is a percentage from 0 to 100 (got {value}).</source>
            <translation>Minimum attendance is a percentage from 0 to 100 (got {value}).</translation>
        </message>
        <message>
            <source>A course is either 'full' or 'renewal' (got '{kind}').</source>
            <translation>A course is either 'full' or 'renewal' (got '{kind}').</translation>
        </message>
        <message>
            <source>A renewal course says how many months after expiry a certificate may still be renewed.</source>
            <translation>A renewal course says how many months after expiry a certificate may still be renewed.</translation>
        </message>
        <message>
            <source>Each practical skill needs a name, and each is listed once.</source>
            <translation>Each practical skill needs a name, and each is listed once.</translation>
        </message>
        <message>
            <source>There is already a course {code}.</source>
            <translation>There is already a course {code}.</translation>
        </message>
        <message>
            <source>No course with code {code}.</source>
            <translation>No course with code {code}.</translation>
        </message>
        <message>
            <source>{what}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM.</source>
            <translation>{what}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM.</translation>
        </message>
        <message>
            <source>{name} does not have the trainer role, so cannot lead a session.</source>
            <translation>{name} does not have the trainer role, so cannot lead a session.</translation>
        </message>
        <message>
            <source>No site '{site}' in this event.</source>
            <translation>No site '{site}' in this event.</translation>
        </message>
        <message>
            <source>A session's capacity is at least 1 (got {capacity}).</source>
            <translation>A session's capacity is at least 1 (got {capacity}).</translation>
        </message>
        <message>
            <source>The session ends ({end}) before it starts ({start}).</source>
            <translation>The session ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>No training session with id {id}.</source>
            <translation>No training session with id {id}.</translation>
        </message>
        <message>
            <source>{operator} may not do this: only the session's trainer or a coordinator may.</source>
            <translation>{operator} may not do this: only the session's trainer or a coordinator may.</translation>
        </message>
        <message>
            <source>{person} is not enrolled in this session.</source>
            <translation>{person} is not enrolled in this session.</translation>
        </message>
        <message>
            <source>These two are already one person.</source>
            <translation>These two are already one person.</translation>
        </message>
        <message>
            <source>No such merge.</source>
            <translation>No such merge.</translation>
        </message>
        <message>
            <source>This merge was already undone (perhaps on another laptop).</source>
            <translation>This merge was already undone (perhaps on another laptop).</translation>
        </message>
        <message>
            <source>The health passphrase needs at least {n} characters.</source>
            <translation>The health passphrase needs at least {n} characters.</translation>
        </message>
        <message>
            <source>This event has no health passphrase yet: a coordinator sets one first (carekit health set-passphrase).</source>
            <translation>This event has no health passphrase yet: a coordinator sets one first (carekit health set-passphrase).</translation>
        </message>
        <message>
            <source>This event already has a health passphrase; change it instead.</source>
            <translation>This event already has a health passphrase; change it instead.</translation>
        </message>
        <message>
            <source>That is not the health passphrase of this event.</source>
            <translation>That is not the health passphrase of this event.</translation>
        </message>
        <message>
            <source>The event's health key is damaged; ask the coordinator to sync again.</source>
            <translation>The event's health key is damaged; ask the coordinator to sync again.</translation>
        </message>
        <message>
            <source>Unlock the health data on this laptop first: it needs the health passphrase.</source>
            <translation>Unlock the health data on this laptop first: it needs the health passphrase.</translation>
        </message>
        <message>
            <source>A sealed value of {table} {row} does not open: it was changed or damaged.</source>
            <translation>A sealed value of {table} {row} does not open: it was changed or damaged.</translation>
        </message>
        <message>
            <source>Certificate {serial} was issued before the key chain; issue it again to export it.</source>
            <translation>Certificate {serial} was issued before the key chain; issue it again to export it.</translation>
        </message>
        <message>
            <source>Certificate {serial} was signed on another laptop; export its credential there.</source>
            <translation>Certificate {serial} was signed on another laptop; export its credential there.</translation>
        </message>
        <message>
            <source>{file} cannot be read as a credential JSON file.</source>
            <translation>{file} cannot be read as a credential JSON file.</translation>
        </message>
        <message>
            <source>Give the coordinator's PIN with --pin or $CAREKIT_PIN (6 digits or more).</source>
            <translation>Give the coordinator's PIN with --pin or $CAREKIT_PIN (6 digits or more).</translation>
        </message>
        <message>
            <source>No laptop called {name} in this event.</source>
            <translation>No laptop called {name} in this event.</translation>
        </message>
        <message>
            <source>Several laptops are called {name}; rename one first.</source>
            <translation>Several laptops are called {name}; rename one first.</translation>
        </message>
        <message>
            <source>A laptop cannot remove itself; remove it from another coordinator laptop.</source>
            <translation>A laptop cannot remove itself; remove it from another coordinator laptop.</translation>
        </message>
        <message>
            <source>A merge is writing to the event file and this scan cannot be kept meanwhile: the file {file} beside it is damaged. Nothing was recorded; scan again when the merge has finished, and ask for support.</source>
            <translation>A merge is writing to the event file and this scan cannot be kept meanwhile: the file {file} beside it is damaged. Nothing was recorded; scan again when the merge has finished, and ask for support.</translation>
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
        <name>ExportSetupDialog</name>
        <message>
            <source>Export the setup file</source>
            <translation>Export the setup file</translation>
        </message>
        <message>
            <source>Other laptops join this event from this file. Give the file and the passphrase separately (the passphrase never on the same stick).</source>
            <translation>Other laptops join this event from this file. Give the file and the passphrase separately (the passphrase never on the same stick).</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Passphrase (8+ characters)</source>
            <translation>Passphrase (8+ characters)</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Passphrase again</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup)</source>
            <translation>CareKit setup files (*.cksetup)</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
    </context>
    <context>
        <name>Family</name>
        <message>
            <source>♿ Wheelchair</source>
            <translation>♿ Wheelchair</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>Elderly</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Infant</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>Pregnant</translation>
        </message>
        <message>
            <source>Halal</source>
            <translation>Halal</translation>
        </message>
        <message>
            <source>Vegetarian</source>
            <translation>Vegetarian</translation>
        </message>
        <message>
            <source>Medical</source>
            <translation>Medical</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>spouse</source>
            <translation>spouse</translation>
        </message>
        <message>
            <source>child</source>
            <translation>child</translation>
        </message>
        <message>
            <source>sibling</source>
            <translation>sibling</translation>
        </message>
        <message>
            <source>other relative</source>
            <translation>other relative</translation>
        </message>
        <message>
            <source>infant (under 2)</source>
            <translation>infant (under 2)</translation>
        </message>
        <message>
            <source>child (2-17)</source>
            <translation>child (2-17)</translation>
        </message>
        <message>
            <source>adult</source>
            <translation>adult</translation>
        </message>
        <message>
            <source>elderly (65 and over)</source>
            <translation>elderly (65 and over)</translation>
        </message>
        <message>
            <source>flight</source>
            <translation>flight</translation>
        </message>
        <message>
            <source>train</source>
            <translation>train</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>coach</translation>
        </message>
        <message>
            <source>car</source>
            <translation>car</translation>
        </message>
        <message>
            <source>to the event</source>
            <translation>to the event</translation>
        </message>
        <message>
            <source>home again</source>
            <translation>home again</translation>
        </message>
        <message>
            <source>single room (1)</source>
            <translation>single room (1)</translation>
        </message>
        <message>
            <source>double room (2)</source>
            <translation>double room (2)</translation>
        </message>
        <message>
            <source>twin room (2)</source>
            <translation>twin room (2)</translation>
        </message>
        <message>
            <source>triple room (3)</source>
            <translation>triple room (3)</translation>
        </message>
        <message>
            <source>family room (4)</source>
            <translation>family room (4)</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>invited</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>ticketed</source>
            <translation>ticketed</translation>
        </message>
        <message>
            <source>travelling</source>
            <translation>travelling</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>arrived</translation>
        </message>
        <message>
            <source>departed</source>
            <translation>departed</translation>
        </message>
        <message>
            <source>home</source>
            <translation>home</translation>
        </message>
        <message>
            <source>Meet at {place}; leaves at {leaves}</source>
            <translation>Meet at {place}; leaves at {leaves}</translation>
        </message>
        <message>
            <source>Driver: {driver} {phone}</source>
            <translation>Driver: {driver} {phone}</translation>
        </message>
        <message>
            <source>♿ Wheelchair accessible vehicle</source>
            <translation>♿ Wheelchair accessible vehicle</translation>
        </message>
        <message>
            <source>visiting {worker} · {phone}</source>
            <translation>visiting {worker} · {phone}</translation>
        </message>
        <message>
            <source>{number} arrives {time} at {place}</source>
            <translation>{number} arrives {time} at {place}</translation>
        </message>
        <message>
            <source>Headcount: {count}</source>
            <translation>Headcount: {count}</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>page {page} of {pages}</translation>
        </message>
        <message>
            <source>Driver manifests</source>
            <translation>Driver manifests</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>Hotel</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>First night</source>
            <translation>First night</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nights</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Romanised</source>
            <translation>Romanised</translation>
        </message>
        <message>
            <source>Rooming list</source>
            <translation>Rooming list</translation>
        </message>
        <message>
            <source>No room: {name}</source>
            <translation>No room: {name}</translation>
        </message>
        <message>
            <source>Travellers by status</source>
            <translation>Travellers by status</translation>
        </message>
        <message>
            <source>Meals for the caterer</source>
            <translation>Meals for the caterer</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Wheelchairs per vehicle</source>
            <translation>Wheelchairs per vehicle</translation>
        </message>
        <message>
            <source>Rooms used</source>
            <translation>Rooms used</translation>
        </message>
        <message>
            <source>{rooms} rooms, {guests} guests in {beds} beds</source>
            <translation>{rooms} rooms, {guests} guests in {beds} beds</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Family visit: the day's summary</source>
            <translation>Family visit: the day's summary</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>Family visits</source>
            <translation>Family visits</translation>
        </message>
        <message>
            <source>Arrivals board (full screen)</source>
            <translation>Arrivals board (full screen)</translation>
        </message>
        <message>
            <source>Travellers</source>
            <translation>Travellers</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>&amp;Add a traveller…</source>
            <translation>&amp;Add a traveller…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Travel &amp;legs…</source>
            <translation>Travel &amp;legs…</translation>
        </message>
        <message>
            <source>&amp;Room…</source>
            <translation>&amp;Room…</translation>
        </message>
        <message>
            <source>&amp;Import the travel agent's file…</source>
            <translation>&amp;Import the travel agent's file…</translation>
        </message>
        <message>
            <source>Enter or double-click edits the traveller</source>
            <translation>Enter or double-click edits the traveller</translation>
        </message>
        <message>
            <source>Family of</source>
            <translation>Family of</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <source>{expected} expected · {arrived} arrived · {missing} missing</source>
            <translation>{expected} expected · {arrived} arrived · {missing} missing</translation>
        </message>
        <message>
            <source>Only coordinators change the family-visit plan.</source>
            <translation>Only coordinators change the family-visit plan.</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>locked — unlock with the health passphrase</translation>
        </message>
        <message>
            <source>Select a traveller first.</source>
            <translation>Select a traveller first.</translation>
        </message>
    </context>
    <context>
        <name>GuideBrowser</name>
        <message>
            <source>The user guide is not included in this copy of CareKit.</source>
            <translation>The user guide is not included in this copy of CareKit.</translation>
        </message>
        <message>
            <source>This page is not part of the user guide shipped with CareKit. Press Alt+Left to go back.</source>
            <translation>This page is not part of the user guide shipped with CareKit. Press Alt+Left to go back.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>CareKit user guide</source>
            <translation>CareKit user guide</translation>
        </message>
    </context>
    <context>
        <name>ImportRosterDialog</name>
        <message>
            <source>Import roster</source>
            <translation>Import roster</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>A CSV (UTF-8 or GBK) or XLSX file exported by HR</source>
            <translation>A CSV (UTF-8 or GBK) or XLSX file exported by HR</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Which column holds what</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <source>Registered at site</source>
            <translation>Registered at site</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose a roster</source>
            <translation>Choose a roster</translation>
        </message>
        <message>
            <source>Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
            <translation>Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>column {0}</source>
            <translation>column {0}</translation>
        </message>
        <message>
            <source>No column is recognised as the name: choose it above.</source>
            <translation>No column is recognised as the name: choose it above.</translation>
        </message>
        <message>
            <source>Excel workbook, first sheet: {0} rows</source>
            <translation>Excel workbook, first sheet: {0} rows</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>comma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>{0} text, separated by {1}: {2} rows</source>
            <translation>{0} text, separated by {1}: {2} rows</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Imported {0} people ({1} flagged as possible duplicates), {2} unchanged, {3} rejected.</source>
            <translation>Imported {0} people ({1} flagged as possible duplicates), {2} unchanged, {3} rejected.</translation>
        </message>
        <message>
            <source>Imported, but worth checking:</source>
            <translation>Imported, but worth checking:</translation>
        </message>
        <message>
            <source>No line was rejected.</source>
            <translation>No line was rejected.</translation>
        </message>
    </context>
    <context>
        <name>JoinEventDialog</name>
        <message>
            <source>Join an event</source>
            <translation>Join an event</translation>
        </message>
        <message>
            <source>Choose the setup file the coordinator exported and type its passphrase.</source>
            <translation>Choose the setup file the coordinator exported and type its passphrase.</translation>
        </message>
        <message>
            <source>for example: desk 3</source>
            <translation>for example: desk 3</translation>
        </message>
        <message>
            <source>Setup file</source>
            <translation>Setup file</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>This laptop's desk name</source>
            <translation>This laptop's desk name</translation>
        </message>
        <message>
            <source>Save the event as</source>
            <translation>Save the event as</translation>
        </message>
        <message>
            <source>Choose the setup file first.</source>
            <translation>Choose the setup file first.</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} exists already; choose another name.</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>Signing keys</translation>
        </message>
        <message>
            <source>Generate this organisation's key…</source>
            <translation>Generate this organisation's key…</translation>
        </message>
        <message>
            <source>Export public key…</source>
            <translation>Export public key…</translation>
        </message>
        <message>
            <source>Trust another organisation's key…</source>
            <translation>Trust another organisation's key…</translation>
        </message>
        <message>
            <source>Certificates are signed with the organisation's key; employers verify them with the exported public key.</source>
            <translation>Certificates are signed with the organisation's key; employers verify them with the exported public key.</translation>
        </message>
        <message>
            <source>signing</source>
            <translation>signing</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>trusted</translation>
        </message>
        <message>
            <source>Organisation name</source>
            <translation>Organisation name</translation>
        </message>
        <message>
            <source>Export public key</source>
            <translation>Export public key</translation>
        </message>
        <message>
            <source>Trust a public key</source>
            <translation>Trust a public key</translation>
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
        <message>
            <source>desk volunteer</source>
            <translation>desk volunteer</translation>
        </message>
        <message>
            <source>medic</source>
            <translation>medic</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>trainer</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinator</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Health screening</source>
            <translation>Health screening</translation>
        </message>
        <message>
            <source>Sharing with the employer</source>
            <translation>Sharing with the employer</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <source>Add a leg for {name}</source>
            <translation>Add a leg for {name}</translation>
        </message>
        <message>
            <source>Correct the leg {number}</source>
            <translation>Correct the leg {number}</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Direction:</translation>
        </message>
        <message>
            <source>&amp;Travels by:</source>
            <translation>&amp;Travels by:</translation>
        </message>
        <message>
            <source>Train or flight &amp;number:</source>
            <translation>Train or flight &amp;number:</translation>
        </message>
        <message>
            <source>&amp;From (station or airport):</source>
            <translation>&amp;From (station or airport):</translation>
        </message>
        <message>
            <source>D&amp;eparts (local time):</source>
            <translation>D&amp;eparts (local time):</translation>
        </message>
        <message>
            <source>T&amp;o (station or airport):</source>
            <translation>T&amp;o (station or airport):</translation>
        </message>
        <message>
            <source>&amp;Arrives (local time):</source>
            <translation>&amp;Arrives (local time):</translation>
        </message>
        <message>
            <source>&amp;Booking reference:</source>
            <translation>&amp;Booking reference:</translation>
        </message>
        <message>
            <source>2026-12-04 08:00 (the zone of the place unless written)</source>
            <translation>2026-12-04 08:00 (the zone of the place unless written)</translation>
        </message>
        <message>
            <source>2026-12-04 16:30</source>
            <translation>2026-12-04 16:30</translation>
        </message>
        <message>
            <source>The whole &amp;family travels on this leg</source>
            <translation>The whole &amp;family travels on this leg</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>local time at {place}: {zone}</source>
            <translation>local time at {place}: {zone}</translation>
        </message>
    </context>
    <context>
        <name>LegsDialog</name>
        <message>
            <source>Travel legs of {name}</source>
            <translation>Travel legs of {name}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Train or flight</source>
            <translation>Train or flight</translation>
        </message>
        <message>
            <source>Departs</source>
            <translation>Departs</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Arrives</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>&amp;Add a leg…</source>
            <translation>&amp;Add a leg…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Correct…</translation>
        </message>
        <message>
            <source>Ca&amp;ncel this leg…</source>
            <translation>Ca&amp;ncel this leg…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Select a leg first.</source>
            <translation>Select a leg first.</translation>
        </message>
        <message numerus="yes">
            <source>Cancel {number} from {place} for %n traveller(s)? Their pick-up may need planning again.</source>
            <translation>
                <numerusform>Cancel {number} from {place} for %n traveller? Their pick-up may need planning again.</numerusform>
                <numerusform>Cancel {number} from {place} for %n travellers? Their pick-up may need planning again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel a leg</source>
            <translation>Cancel a leg</translation>
        </message>
        <message>
            <source>Cancel the leg</source>
            <translation>Cancel the leg</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <source>{number} was cancelled.</source>
            <translation>{number} was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
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
            <source>Staff id</source>
            <translation>Staff id</translation>
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
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Registered from</source>
            <translation>Registered from</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Stations visited</source>
            <translation>Stations visited</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Open referrals</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Repeat scan</source>
            <translation>Repeat scan</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Registered people</source>
            <translation>Registered people</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Registered but not checked in</source>
            <translation>Registered but not checked in</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>Walk-ins</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>every site</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>page {page} of {pages}</translation>
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
            <source>Join an event from a setup file…</source>
            <translation>Join an event from a setup file…</translation>
        </message>
        <message>
            <source>Export the setup file for other laptops…</source>
            <translation>Export the setup file for other laptops…</translation>
        </message>
        <message>
            <source>Apply a newer setup file (new keys, operators' PINs)…</source>
            <translation>Apply a newer setup file (new keys, operators' PINs)…</translation>
        </message>
        <message>
            <source>Switch operator / sign out…</source>
            <translation>Switch operator / sign out…</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>Operators and settings…</translation>
        </message>
        <message>
            <source>Consent notices…</source>
            <translation>Consent notices…</translation>
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
            <source>Export the selected person's data…</source>
            <translation>Export the selected person's data…</translation>
        </message>
        <message>
            <source>Erase the selected person…</source>
            <translation>Erase the selected person…</translation>
        </message>
        <message>
            <source>Only a coordinator may do this.</source>
            <translation>Only a coordinator may do this.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
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
        <name>MergeDialog</name>
        <message>
            <source>Merge two people</source>
            <translation>Merge two people</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Merged into the one kept</source>
            <translation>Merged into the one kept</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Staff id</source>
            <translation>Staff id</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>{right} becomes {left}: their badges, consents and check-ins move to {left}. The last merge can be undone from the Sync page.</source>
            <translation>{right} becomes {left}: their badges, consents and check-ins move to {left}. The last merge can be undone from the Sync page.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
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
            <source>Your PIN ({low}–{high} digits)</source>
            <translation>Your PIN ({low}–{high} digits)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <source>Health passphrase (10+ characters, for medics)</source>
            <translation>Health passphrase (10+ characters, for medics)</translation>
        </message>
        <message>
            <source>Encrypt the file with passphrase (optional)</source>
            <translation>Encrypt the file with passphrase (optional)</translation>
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
            <source>Choose a PIN for yourself: the event's coordinator needs one.</source>
            <translation>Choose a PIN for yourself: the event's coordinator needs one.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>{file} exists already; choose another name.</source>
            <translation>{file} exists already; choose another name.</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Consent: {kind}</source>
            <translation>Consent: {kind}</translation>
        </message>
        <message>
            <source>Read or hand this notice to {name} before asking for consent.</source>
            <translation>Read or hand this notice to {name} before asking for consent.</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>Notice version {version}</translation>
        </message>
        <message>
            <source>The person agrees: record consent</source>
            <translation>The person agrees: record consent</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>Print notice</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Notice version {version} · {language}</source>
            <translation>Notice version {version} · {language}</translation>
        </message>
    </context>
    <context>
        <name>NoticesDialog</name>
        <message>
            <source>Consent notices</source>
            <translation>Consent notices</translation>
        </message>
        <message>
            <source>Publish as a new version</source>
            <translation>Publish as a new version</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>version {version} (built in)</source>
            <translation>version {version} (built in)</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>version {version}</translation>
        </message>
        <message>
            <source>Published as version {version}; new consents name it.</source>
            <translation>Published as version {version}; new consents name it.</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators and settings</source>
            <translation>Operators and settings</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>Add an operator</translation>
        </message>
        <message>
            <source>Screening settings</source>
            <translation>Screening settings</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>PIN ({low}–{high} digits)</source>
            <translation>PIN ({low}–{high} digits)</translation>
        </message>
        <message>
            <source>Selected operator</source>
            <translation>Selected operator</translation>
        </message>
        <message>
            <source>New PIN ({low}–{high} digits)</source>
            <translation>New PIN ({low}–{high} digits)</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>New PIN again</translation>
        </message>
        <message>
            <source>Set PIN</source>
            <translation>Set PIN</translation>
        </message>
        <message>
            <source>Change roles</source>
            <translation>Change roles</translation>
        </message>
        <message>
            <source>Retire operator…</source>
            <translation>Retire operator…</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>Add operator</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Lock after idle minutes</translation>
        </message>
        <message>
            <source>BMI standard</source>
            <translation>BMI standard</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>no PIN on this laptop: set one</source>
            <translation>no PIN on this laptop: set one</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>New PIN set for {name}.</translation>
        </message>
        <message>
            <source>Roles of {name} changed.</source>
            <translation>Roles of {name} changed.</translation>
        </message>
        <message>
            <source>Retire operator</source>
            <translation>Retire operator</translation>
        </message>
        <message>
            <source>Retire {name}? They can no longer sign in on any laptop once this travels; what they did stays in the journal under their name.</source>
            <translation>Retire {name}? They can no longer sign in on any laptop once this travels; what they did stays in the journal under their name.</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Keep them</translation>
        </message>
        <message>
            <source>{name} retired.</source>
            <translation>{name} retired.</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>Added {name}.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Station overview</source>
            <translation>Station overview</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Operators and settings…</source>
            <translation>Operators and settings…</translation>
        </message>
        <message>
            <source>People screened per station per hour</source>
            <translation>People screened per station per hour</translation>
        </message>
        <message>
            <source>Flags by kind</source>
            <translation>Flags by kind</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Open referrals</translation>
        </message>
        <message>
            <source>Flagged people</source>
            <translation>Flagged people</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Hour</source>
            <translation>Hour</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Still open</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <source>Counts only: individual results need the medic role.</source>
            <translation>Counts only: individual results need the medic role.</translation>
        </message>
        <message>
            <source>Fewer than 5 people screened</source>
            <translation>Fewer than 5 people screened</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) screened</source>
            <translation>
                <numerusform>%n person screened</numerusform>
                <numerusform>%n people screened</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Check-in desk</source>
            <translation>Check-in desk</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Screening station</source>
            <translation>Screening station</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Station overview</source>
            <translation>Station overview</translation>
        </message>
        <message>
            <source>Family visits</source>
            <translation>Family visits</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Verify certificate</source>
            <translation>Verify certificate</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
    </context>
    <context>
        <name>PapersBar</name>
        <message>
            <source>Driver manifests…</source>
            <translation>Driver manifests…</translation>
        </message>
        <message>
            <source>Rooming list…</source>
            <translation>Rooming list…</translation>
        </message>
        <message>
            <source>Itinerary…</source>
            <translation>Itinerary…</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>Copy message</translation>
        </message>
        <message>
            <source>Day summary…</source>
            <translation>Day summary…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>PDF or Excel (*.pdf *.xlsx)</source>
            <translation>PDF or Excel (*.pdf *.xlsx)</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Saved {file}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Select a traveller of the family first.</source>
            <translation>Select a traveller of the family first.</translation>
        </message>
        <message>
            <source>The itinerary is on the clipboard: paste it into the family's chat.</source>
            <translation>The itinerary is on the clipboard: paste it into the family's chat.</translation>
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
        <name>PersonDialog</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
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
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Annul check-in…</source>
            <translation>Annul check-in…</translation>
        </message>
        <message>
            <source>Undo: check in again</source>
            <translation>Undo: check in again</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Withdraw consent…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <source>Reprint badge</source>
            <translation>Reprint badge</translation>
        </message>
        <message>
            <source>Person: {name}</source>
            <translation>Person: {name}</translation>
        </message>
        <message>
            <source>{time} · {desk}</source>
            <translation>{time} · {desk}</translation>
        </message>
        <message>
            <source>annulled: {reason}</source>
            <translation>annulled: {reason}</translation>
        </message>
        <message>
            <source>Not checked in yet.</source>
            <translation>Not checked in yet.</translation>
        </message>
        <message>
            <source>withdrawn {time}</source>
            <translation>withdrawn {time}</translation>
        </message>
        <message>
            <source>given {time}</source>
            <translation>given {time}</translation>
        </message>
        <message>
            <source>{kind} (notice {version}): {state}</source>
            <translation>{kind} (notice {version}): {state}</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>Saved. The change is journalled with your name.</source>
            <translation>Saved. The change is journalled with your name.</translation>
        </message>
        <message>
            <source>Select the check-in to annul.</source>
            <translation>Select the check-in to annul.</translation>
        </message>
        <message>
            <source>Annul check-in</source>
            <translation>Annul check-in</translation>
        </message>
        <message>
            <source>Why is this check-in annulled? (for example: wrong person selected)</source>
            <translation>Why is this check-in annulled? (for example: wrong person selected)</translation>
        </message>
        <message>
            <source>Annul this check-in of {name}? It no longer counts as an arrival; the record of it and your reason are kept.</source>
            <translation>Annul this check-in of {name}? It no longer counts as an arrival; the record of it and your reason are kept.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <source>Check-in annulled.</source>
            <translation>Check-in annulled.</translation>
        </message>
        <message>
            <source>Checked in again.</source>
            <translation>Checked in again.</translation>
        </message>
        <message>
            <source>Select a consent in force to withdraw.</source>
            <translation>Select a consent in force to withdraw.</translation>
        </message>
        <message>
            <source>Withdraw the consent to {kind} of {name}? From now on nothing of this kind can be recorded for them without a new consent.</source>
            <translation>Withdraw the consent to {kind} of {name}? From now on nothing of this kind can be recorded for them without a new consent.</translation>
        </message>
        <message>
            <source>Their health records become hidden from everyone; this cannot be undone.</source>
            <translation>Their health records become hidden from everyone; this cannot be undone.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Consent withdrawn.</source>
            <translation>Consent withdrawn.</translation>
        </message>
    </context>
    <context>
        <name>PersonRights</name>
        <message>
            <source>CareKit</source>
            <translation>CareKit</translation>
        </message>
        <message>
            <source>Select the person on the check-in desk first (search, then pick their row).</source>
            <translation>Select the person on the check-in desk first (search, then pick their row).</translation>
        </message>
        <message>
            <source>Save everything held about this person</source>
            <translation>Save everything held about this person</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Saved everything held about {name} to {file}. Hand it to them, then delete it from this laptop.</source>
            <translation>Saved everything held about {name} to {file}. Hand it to them, then delete it from this laptop.</translation>
        </message>
        <message>
            <source>{name} was erased here. Export a bundle so the other laptops erase them too.</source>
            <translation>{name} was erased here. Export a bundle so the other laptops erase them too.</translation>
        </message>
    </context>
    <context>
        <name>PinCountdown</name>
        <message>
            <source>You can try your PIN again now.</source>
            <translation>You can try your PIN again now.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>No printer is set up on this laptop.</source>
            <translation>No printer is set up on this laptop.</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this laptop.</source>
            <translation>No PDF viewer could be opened on this laptop.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>The file is saved as {file} in the folder:
{folder}
Copy it to a laptop with a printer, or open it from there. It is removed when CareKit closes.</source>
            <translation>The file is saved as {file} in the folder:
{folder}
Copy it to a laptop with a printer, or open it from there. It is removed when CareKit closes.</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Show the folder</translation>
        </message>
    </context>
    <context>
        <name>ReferralQueuePage</name>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Flag</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <source>Mark seen</source>
            <translation>Mark seen</translation>
        </message>
        <message>
            <source>Close referral</source>
            <translation>Close referral</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENT</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>routine</translation>
        </message>
        <message>
            <source>Select a referral first.</source>
            <translation>Select a referral first.</translation>
        </message>
        <message>
            <source>Close the referral of {name} ({flag})? A closed referral cannot be reopened; a new flag opens a new one.</source>
            <translation>Close the referral of {name} ({flag})? A closed referral cannot be reopened; a new flag opens a new one.</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Keep it open</translation>
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
        <message>
            <source>Nothing done</source>
            <translation>Nothing done</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Needs the role {roles}; {name} is signed in without it.</source>
            <translation>Needs the role {roles}; {name} is signed in without it.</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Checking rows…</source>
            <translation>Checking rows…</translation>
        </message>
        <message>
            <source>Registering people…</source>
            <translation>Registering people…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
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
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>Height</source>
            <translation>Height</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Systolic, 1st reading</source>
            <translation>Systolic, 1st reading</translation>
        </message>
        <message>
            <source>Diastolic, 1st reading</source>
            <translation>Diastolic, 1st reading</translation>
        </message>
        <message>
            <source>Systolic, 2nd reading</source>
            <translation>Systolic, 2nd reading</translation>
        </message>
        <message>
            <source>Diastolic, 2nd reading</source>
            <translation>Diastolic, 2nd reading</translation>
        </message>
        <message>
            <source>Systolic, 3rd reading</source>
            <translation>Systolic, 3rd reading</translation>
        </message>
        <message>
            <source>Diastolic, 3rd reading</source>
            <translation>Diastolic, 3rd reading</translation>
        </message>
        <message>
            <source>Heart rate</source>
            <translation>Heart rate</translation>
        </message>
        <message>
            <source>Glucose</source>
            <translation>Glucose</translation>
        </message>
        <message>
            <source>Glucose unit</source>
            <translation>Glucose unit</translation>
        </message>
        <message>
            <source>Fasting</source>
            <translation>Fasting</translation>
        </message>
        <message>
            <source>Vision, left eye</source>
            <translation>Vision, left eye</translation>
        </message>
        <message>
            <source>Vision, right eye</source>
            <translation>Vision, right eye</translation>
        </message>
        <message>
            <source>PHQ-2 score</source>
            <translation>PHQ-2 score</translation>
        </message>
        <message>
            <source>GAD-2 score</source>
            <translation>GAD-2 score</translation>
        </message>
        <message>
            <source>Heat stress at work</source>
            <translation>Heat stress at work</translation>
        </message>
        <message>
            <source>Lower-back pain</source>
            <translation>Lower-back pain</translation>
        </message>
        <message>
            <source>Injuries in the last year</source>
            <translation>Injuries in the last year</translation>
        </message>
        <message>
            <source>Height and weight</source>
            <translation>Height and weight</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Blood pressure</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Mood (PHQ-2, GAD-2)</source>
            <translation>Mood (PHQ-2, GAD-2)</translation>
        </message>
        <message>
            <source>Work questions</source>
            <translation>Work questions</translation>
        </message>
        <message>
            <source>Doctor on site</source>
            <translation>Doctor on site</translation>
        </message>
        <message>
            <source>Counselling / calm room</source>
            <translation>Counselling / calm room</translation>
        </message>
        <message>
            <source>Eye clinic</source>
            <translation>Eye clinic</translation>
        </message>
        <message>
            <source>Underweight</source>
            <translation>Underweight</translation>
        </message>
        <message>
            <source>Overweight</source>
            <translation>Overweight</translation>
        </message>
        <message>
            <source>Obesity</source>
            <translation>Obesity</translation>
        </message>
        <message>
            <source>Raised blood pressure</source>
            <translation>Raised blood pressure</translation>
        </message>
        <message>
            <source>Urgent blood pressure</source>
            <translation>Urgent blood pressure</translation>
        </message>
        <message>
            <source>Raised fasting glucose</source>
            <translation>Raised fasting glucose</translation>
        </message>
        <message>
            <source>Raised non-fasting glucose</source>
            <translation>Raised non-fasting glucose</translation>
        </message>
        <message>
            <source>Low vision</source>
            <translation>Low vision</translation>
        </message>
        <message>
            <source>PHQ-2 positive</source>
            <translation>PHQ-2 positive</translation>
        </message>
        <message>
            <source>GAD-2 positive</source>
            <translation>GAD-2 positive</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>seen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <source>Scan in / out</source>
            <translation>Scan in / out</translation>
        </message>
        <message>
            <source>Skills grid</source>
            <translation>Skills grid</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Enrol: name, phone, staff id or badge serial, then Enter</source>
            <translation>Enrol: name, phone, staff id or badge serial, then Enter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>In now</source>
            <translation>In now</translation>
        </message>
        <message>
            <source>Scan a badge</source>
            <translation>Scan a badge</translation>
        </message>
        <message>
            <source>Scanning out (leaving the room)</source>
            <translation>Scanning out (leaving the room)</translation>
        </message>
        <message>
            <source>Type the written score; Space marks a skill passed ✓, not passed ✗ or blank. Ctrl+S saves.</source>
            <translation>Type the written score; Space marks a skill passed ✓, not passed ✗ or blank. Ctrl+S saves.</translation>
        </message>
        <message>
            <source>Save assessments</source>
            <translation>Save assessments</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>Issue certificates</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Pick a session</source>
            <translation>Pick a session</translation>
        </message>
        <message>
            <source>{course} {name} · {site} {room} · {day} {start}–{end} · trainer {trainer} · {enrolled}/{capacity}</source>
            <translation>{course} {name} · {site} {room} · {day} {start}–{end} · trainer {trainer} · {enrolled}/{capacity}</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>enrolled</translation>
        </message>
        <message>
            <source>waiting #{n}</source>
            <translation>waiting #{n}</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>In the room now ({count}): {names}</source>
            <translation>In the room now ({count}): {names}</translation>
        </message>
        <message>
            <source>{count} people match '{text}': type more.</source>
            <translation>{count} people match '{text}': type more.</translation>
        </message>
        <message>
            <source>{name}: already on this session</source>
            <translation>{name}: already on this session</translation>
        </message>
        <message>
            <source>{name}: enrolled</source>
            <translation>{name}: enrolled</translation>
        </message>
        <message>
            <source>{name}: waiting list #{n}</source>
            <translation>{name}: waiting list #{n}</translation>
        </message>
        <message>
            <source>{name}: in at {time}</source>
            <translation>{name}: in at {time}</translation>
        </message>
        <message>
            <source>{name}: out at {time}, {hours} h</source>
            <translation>{name}: out at {time}, {hours} h</translation>
        </message>
        <message>
            <source>{name}: already in (recorded again) at {time}</source>
            <translation>{name}: already in (recorded again) at {time}</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>{message}

Enrol them now?</source>
            <translation>{message}

Enrol them now?</translation>
        </message>
        <message>
            <source>Row {row}: '{score}' is not a score.</source>
            <translation>Row {row}: '{score}' is not a score.</translation>
        </message>
        <message>
            <source>{count} assessments saved.</source>
            <translation>{count} assessments saved.</translation>
        </message>
        <message>
            <source>Issued {issued}, already issued {already}, not eligible {refused}.</source>
            <translation>Issued {issued}, already issued {already}, not eligible {refused}.</translation>
        </message>
        <message>
            <source>PDF: {path}</source>
            <translation>PDF: {path}</translation>
        </message>
    </context>
    <context>
        <name>SetupFilePicker</name>
        <message>
            <source>Setup file</source>
            <translation>Setup file</translation>
        </message>
        <message>
            <source>CareKit setup files (*.cksetup);;All files (*)</source>
            <translation>CareKit setup files (*.cksetup);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>This is the demo event: sign in as {name} with the PIN {pin}.</source>
            <translation>This is the demo event: sign in as {name} with the PIN {pin}.</translation>
        </message>
        <message>
            <source>Sign out and close CareKit</source>
            <translation>Sign out and close CareKit</translation>
        </message>
        <message>
            <source>Choose or type your operator name.</source>
            <translation>Choose or type your operator name.</translation>
        </message>
        <message>
            <source>Preparing search for {count} people…</source>
            <translation>Preparing search for {count} people…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>Checking your PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Type your PIN, then press Enter.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>The same PIN again:</source>
            <translation>The same PIN again:</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
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
            <source>Join an event from a setup file…</source>
            <translation>Join an event from a setup file…</translation>
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
        <name>Startup</name>
        <message>
            <source>{file} is encrypted. Event passphrase:</source>
            <translation>{file} is encrypted. Event passphrase:</translation>
        </message>
        <message>
            <source>That passphrase does not open {file}. Event passphrase:</source>
            <translation>That passphrase does not open {file}. Event passphrase:</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Screening station</source>
            <translation>Screening station</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Scan the badge</source>
            <translation>Scan the badge</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Record health consent (F3)</source>
            <translation>Record health consent (F3)</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Save (Enter)</translation>
        </message>
        <message>
            <source>Correct last record (Alt+C)</source>
            <translation>Correct last record (Alt+C)</translation>
        </message>
        <message>
            <source>Health data locked</source>
            <translation>Health data locked</translation>
        </message>
        <message>
            <source>Type the event's health passphrase once to open health values on this laptop until tomorrow.</source>
            <translation>Type the event's health passphrase once to open health values on this laptop until tomorrow.</translation>
        </message>
        <message>
            <source>Health passphrase</source>
            <translation>Health passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Health data unlocked on this laptop for today.</source>
            <translation>Health data unlocked on this laptop for today.</translation>
        </message>
        <message>
            <source>, optional</source>
            <translation>, optional</translation>
        </message>
        <message>
            <source>The work questions are for riders, couriers and warehouse staff.</source>
            <translation>The work questions are for riders, couriers and warehouse staff.</translation>
        </message>
        <message>
            <source>Scan a badge to begin.</source>
            <translation>Scan a badge to begin.</translation>
        </message>
        <message>
            <source>Badge {serial}</source>
            <translation>Badge {serial}</translation>
        </message>
        <message>
            <source>age {band}</source>
            <translation>age {band}</translation>
        </message>
        <message>
            <source>Health consent given (notice {version}).</source>
            <translation>Health consent given (notice {version}).</translation>
        </message>
        <message>
            <source>Health consent withdrawn: nothing can be recorded.</source>
            <translation>Health consent withdrawn: nothing can be recorded.</translation>
        </message>
        <message>
            <source>No health consent yet: ask first.</source>
            <translation>No health consent yet: ask first.</translation>
        </message>
        <message>
            <source>Saved for {name}.</source>
            <translation>Saved for {name}.</translation>
        </message>
        <message>
            <source>BMI {bmi}</source>
            <translation>BMI {bmi}</translation>
        </message>
        <message>
            <source>Blood pressure used: {s}/{d} mmHg</source>
            <translation>Blood pressure used: {s}/{d} mmHg</translation>
        </message>
        <message>
            <source>Glucose {value} mmol/L</source>
            <translation>Glucose {value} mmol/L</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>URGENT</translation>
        </message>
        <message>
            <source>No flags.</source>
            <translation>No flags.</translation>
        </message>
        <message>
            <source>Correcting the last record: change the values and press Enter.</source>
            <translation>Correcting the last record: change the values and press Enter.</translation>
        </message>
    </context>
    <context>
        <name>StayDialog</name>
        <message>
            <source>Room for {name}</source>
            <translation>Room for {name}</translation>
        </message>
        <message>
            <source>&amp;Hotel:</source>
            <translation>&amp;Hotel:</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Room:</translation>
        </message>
        <message>
            <source>Room &amp;type:</source>
            <translation>Room &amp;type:</translation>
        </message>
        <message>
            <source>&amp;First night:</source>
            <translation>&amp;First night:</translation>
        </message>
        <message>
            <source>&amp;Nights:</source>
            <translation>&amp;Nights:</translation>
        </message>
        <message>
            <source>2026-12-04</source>
            <translation>2026-12-04</translation>
        </message>
        <message>
            <source>&amp;Give the room back…</source>
            <translation>&amp;Give the room back…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Room {room} already holds {count} of {capacity}: it is full.</source>
            <translation>Room {room} already holds {count} of {capacity}: it is full.</translation>
        </message>
        <message numerus="yes">
            <source>Shares room {room} with %n other(s).</source>
            <translation>
                <numerusform>Shares room {room} with %n other.</numerusform>
                <numerusform>Shares room {room} with %n others.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} gives back room {room} at {hotel} and has no room until given another.</source>
            <translation>{name} gives back room {room} at {hotel} and has no room until given another.</translation>
        </message>
        <message>
            <source>Give the room back</source>
            <translation>Give the room back</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>Give it back</translation>
        </message>
        <message>
            <source>Keep the room</source>
            <translation>Keep the room</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>The clock of {laptop} runs ahead of this laptop's by more than {minutes} minutes (its newest change is stamped {when}). Its changes were kept, but this laptop's clock did not follow; set the date and time on {laptop}.</source>
            <translation>The clock of {laptop} runs ahead of this laptop's by more than {minutes} minutes (its newest change is stamped {when}). Its changes were kept, but this laptop's clock did not follow; set the date and time on {laptop}.</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{file} from {desk}: {new} new, {updated} updated, {unchanged} unchanged, {facts} new check-ins and log lines, {conflicts} conflicts, {duplicates} possible duplicates</source>
            <translation>{file} from {desk}: {new} new, {updated} updated, {unchanged} unchanged, {facts} new check-ins and log lines, {conflicts} conflicts, {duplicates} possible duplicates</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Export a bundle</translation>
        </message>
        <message>
            <source>CareKit bundles (*.ckbundle)</source>
            <translation>CareKit bundles (*.ckbundle)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Writing {file}…</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Bundle written</translation>
        </message>
        <message>
            <source>{file} is ready ({size} KB). Copy it to the other laptops and import it there.</source>
            <translation>{file} is ready ({size} KB). Copy it to the other laptops and import it there.</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Import bundles</translation>
        </message>
        <message numerus="yes">
            <source>Merging %n bundle(s)…</source>
            <translation>
                <numerusform>Merging %n bundle…</numerusform>
                <numerusform>Merging %n bundles…</numerusform>
            </translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>Bundles imported</translation>
        </message>
        <message>
            <source>Imported before this one:</source>
            <translation>Imported before this one:</translation>
        </message>
        <message>
            <source>A bundle was not imported</source>
            <translation>A bundle was not imported</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>Merging {file}…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Export a bundle…</source>
            <translation>Export a bundle…</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>Import bundles…</translation>
        </message>
        <message>
            <source>What this laptop has</source>
            <translation>What this laptop has</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>Conflicts waiting</translation>
        </message>
        <message>
            <source>Possible duplicates waiting</source>
            <translation>Possible duplicates waiting</translation>
        </message>
        <message>
            <source>Recent exports and imports</source>
            <translation>Recent exports and imports</translation>
        </message>
        <message>
            <source>Scans kept aside</source>
            <translation>Scans kept aside</translation>
        </message>
        <message>
            <source>Try recording them again</source>
            <translation>Try recording them again</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>This laptop, {name}{where}: its own work up to {when}</source>
            <translation>This laptop, {name}{where}: its own work up to {when}</translation>
        </message>
        <message>
            <source>From {name}{where}: everything up to {when}</source>
            <translation>From {name}{where}: everything up to {when}</translation>
        </message>
        <message>
            <source>Nothing yet.</source>
            <translation>Nothing yet.</translation>
        </message>
        <message>
            <source>exported {file}</source>
            <translation>exported {file}</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>imported {file} from {desk}</source>
            <translation>imported {file} from {desk}</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {conflicts} conflicts, {duplicates} duplicates</source>
            <translation>{new} new, {updated} updated, {conflicts} conflicts, {duplicates} duplicates</translation>
        </message>
        <message>
            <source>Conflicts waiting ({n})</source>
            <translation>Conflicts waiting ({n})</translation>
        </message>
        <message>
            <source>Possible duplicates waiting ({n})</source>
            <translation>Possible duplicates waiting ({n})</translation>
        </message>
        <message>
            <source>The file {file} beside the event file, which keeps the scans answered during a merge, cannot be opened: it is damaged. Scans are recorded as usual while no merge runs; keep the file and ask for support.</source>
            <translation>The file {file} beside the event file, which keeps the scans answered during a merge, cannot be opened: it is damaged. Scans are recorded as usual while no merge runs; keep the file and ask for support.</translation>
        </message>
        <message>
            <source>Scans answered during a merge but not recorded: {n}. Recording them failed, so they are set aside and kept; every other scan goes on being recorded. Try again below; if they still fail, keep the file {file} beside the event file and ask for support.</source>
            <translation>Scans answered during a merge but not recorded: {n}. Recording them failed, so they are set aside and kept; every other scan goes on being recorded. Try again below; if they still fail, keep the file {file} beside the event file and ask for support.</translation>
        </message>
        <message>
            <source>Waiting scans that cannot be read: {n}. They were written under another event key or are damaged, and are kept in {file} beside the event file: do not delete it; ask for support.</source>
            <translation>Waiting scans that cannot be read: {n}. They were written under another event key or are damaged, and are kept in {file} beside the event file: do not delete it; ask for support.</translation>
        </message>
        <message>
            <source>Next: export a bundle and import it on the other laptops, then bring their bundles back here and import them.</source>
            <translation>Next: export a bundle and import it on the other laptops, then bring their bundles back here and import them.</translation>
        </message>
        <message>
            <source>Next: a coordinator picks the right value for each conflict on the right. Until then the newest value is shown.</source>
            <translation>Next: a coordinator picks the right value for each conflict on the right. Until then the newest value is shown.</translation>
        </message>
        <message>
            <source>Next: a coordinator decides for each possible duplicate: the same person (merge) or different people.</source>
            <translation>Next: a coordinator decides for each possible duplicate: the same person (merge) or different people.</translation>
        </message>
        <message>
            <source>Next: export a bundle so the other laptops get what this laptop has now.</source>
            <translation>Next: export a bundle so the other laptops get what this laptop has now.</translation>
        </message>
        <message>
            <source>All settled. Exchange bundles again after the next busy hour, or before laptops leave the venue.</source>
            <translation>All settled. Exchange bundles again after the next busy hour, or before laptops leave the venue.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>attended {attended} h of {hours} h</source>
            <translation>attended {attended} h of {hours} h</translation>
        </message>
        <message>
            <source>no written score yet</source>
            <translation>no written score yet</translation>
        </message>
        <message>
            <source>written {score} &lt; {mark}</source>
            <translation>written {score} &lt; {mark}</translation>
        </message>
        <message>
            <source>{skill} not assessed</source>
            <translation>{skill} not assessed</translation>
        </message>
        <message>
            <source>{skill} not passed</source>
            <translation>{skill} not passed</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incomplete</translation>
        </message>
        <message>
            <source>no certificate of {code} valid or expired less than {months} months ago</source>
            <translation>no certificate of {code} valid or expired less than {months} months ago</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Renewals</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Course · serial</source>
            <translation>Course · serial</translation>
        </message>
        <message>
            <source>Certificates running out within {days} days and not yet renewed: whom to invite to a renewal course.</source>
            <translation>Certificates running out within {days} days and not yet renewed: whom to invite to a renewal course.</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
    </context>
    <context>
        <name>TravelImportDialog</name>
        <message>
            <source>Import the travel agent's file</source>
            <translation>Import the travel agent's file</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Choose a file…</translation>
        </message>
        <message>
            <source>CSV or Excel file from the travel agent</source>
            <translation>CSV or Excel file from the travel agent</translation>
        </message>
        <message>
            <source>&amp;Lines left out:</source>
            <translation>&amp;Lines left out:</translation>
        </message>
        <message>
            <source>&amp;Import the good rows</source>
            <translation>&amp;Import the good rows</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose the travel agent's file</source>
            <translation>Choose the travel agent's file</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
            <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>Choose the file; it is checked and shown before anything is stored.</source>
            <translation>Choose the file; it is checked and shown before anything is stored.</translation>
        </message>
        <message numerus="yes">
            <source>%n leg(s)</source>
            <translation>
                <numerusform>%n leg</numerusform>
                <numerusform>%n legs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passenger seat(s)</source>
            <translation>
                <numerusform>%n passenger seat</numerusform>
                <numerusform>%n passenger seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) left out</source>
            <translation>
                <numerusform>%n line left out</numerusform>
                <numerusform>%n lines left out</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {legs} with {passengers}; {left_out}.</source>
            <translation>Imported {legs} with {passengers}; {left_out}.</translation>
        </message>
        <message>
            <source>The file would add {legs} with {passengers}; {left_out}.</source>
            <translation>The file would add {legs} with {passengers}; {left_out}.</translation>
        </message>
    </context>
    <context>
        <name>TravellerDialog</name>
        <message>
            <source>Add a traveller</source>
            <translation>Add a traveller</translation>
        </message>
        <message>
            <source>Edit the traveller</source>
            <translation>Edit the traveller</translation>
        </message>
        <message>
            <source>&amp;Worker visited (staff id):</source>
            <translation>&amp;Worker visited (staff id):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Phone (empty: the worker's):</source>
            <translation>&amp;Phone (empty: the worker's):</translation>
        </message>
        <message>
            <source>&amp;Relationship:</source>
            <translation>&amp;Relationship:</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Age:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Nee&amp;ds:</source>
            <translation>Nee&amp;ds:</translation>
        </message>
        <message>
            <source>Identity &amp;document:</source>
            <translation>Identity &amp;document:</translation>
        </message>
        <message>
            <source>Document n&amp;umber:</source>
            <translation>Document n&amp;umber:</translation>
        </message>
        <message>
            <source>&amp;Medical note:</source>
            <translation>&amp;Medical note:</translation>
        </message>
        <message>
            <source>the worker's language</source>
            <translation>the worker's language</translation>
        </message>
        <message>
            <source>resident id card, passport…</source>
            <translation>resident id card, passport…</translation>
        </message>
        <message>
            <source>locked — unlock with the health passphrase</source>
            <translation>locked — unlock with the health passphrase</translation>
        </message>
        <message>
            <source>only coordinators see and change this</source>
            <translation>only coordinators see and change this</translation>
        </message>
        <message>
            <source>for ticketing; sealed when saved</source>
            <translation>for ticketing; sealed when saved</translation>
        </message>
        <message>
            <source>sealed when saved</source>
            <translation>sealed when saved</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Locked after idle time. {name} has no PIN yet: choose one ({low}–{high} digits), type it twice, and it unlocks from now on.</source>
            <translation>Locked after idle time. {name} has no PIN yet: choose one ({low}–{high} digits), type it twice, and it unlocks from now on.</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <source>Locked after idle time. {name}, enter your PIN.</source>
            <translation>Locked after idle time. {name}, enter your PIN.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Another operator…</source>
            <translation>Another operator…</translation>
        </message>
        <message>
            <source>Checking your PIN…</source>
            <translation>Checking your PIN…</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Type your PIN, then press Enter.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
    </context>
    <context>
        <name>UrgentFlagDialog</name>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>URGENT: send {name} to {destination} now</source>
            <translation>URGENT: send {name} to {destination} now</translation>
        </message>
        <message>
            <source>An urgent referral is at the top of the referral queue.</source>
            <translation>An urgent referral is at the top of the referral queue.</translation>
        </message>
        <message>
            <source>I have seen this and am sending them on</source>
            <translation>I have seen this and am sending them on</translation>
        </message>
    </context>
    <context>
        <name>VehiclePlan</name>
        <message>
            <source>Window (minutes)</source>
            <translation>Window (minutes)</translation>
        </message>
        <message>
            <source>Seats per vehicle</source>
            <translation>Seats per vehicle</translation>
        </message>
        <message>
            <source>Plan pick-ups</source>
            <translation>Plan pick-ups</translation>
        </message>
        <message>
            <source>Move to this vehicle</source>
            <translation>Move to this vehicle</translation>
        </message>
        <message>
            <source>Save driver</source>
            <translation>Save driver</translation>
        </message>
        <message>
            <source>Driver</source>
            <translation>Driver</translation>
        </message>
        <message>
            <source>Driver's phone</source>
            <translation>Driver's phone</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Train / flight</source>
            <translation>Train / flight</translation>
        </message>
        <message>
            <source>Arrives</source>
            <translation>Arrives</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>{vehicle} is over capacity ({detail})</source>
            <translation>{vehicle} is over capacity ({detail})</translation>
        </message>
        <message>
            <source>{vehicle} leaves before {detail} arrives</source>
            <translation>{vehicle} leaves before {detail} arrives</translation>
        </message>
        <message>
            <source>A traveller on {detail} has no pick-up</source>
            <translation>A traveller on {detail} has no pick-up</translation>
        </message>
        <message>
            <source>A train or flight in {vehicle} changed after planning ({detail})</source>
            <translation>A train or flight in {vehicle} changed after planning ({detail})</translation>
        </message>
        <message>
            <source>{vehicle} takes a wheelchair user but is not accessible</source>
            <translation>{vehicle} takes a wheelchair user but is not accessible</translation>
        </message>
        <message>
            <source>Planned {vehicles} vehicles for {seated} travellers.</source>
            <translation>Planned {vehicles} vehicles for {seated} travellers.</translation>
        </message>
        <message>
            <source>Select a traveller and the vehicle to move them to.</source>
            <translation>Select a traveller and the vehicle to move them to.</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>This is not a CareKit certificate code.</source>
            <translation>This is not a CareKit certificate code.</translation>
        </message>
        <message>
            <source>The code is damaged or incomplete.</source>
            <translation>The code is damaged or incomplete.</translation>
        </message>
        <message>
            <source>Signed by a key this laptop does not know: it cannot be trusted (import the issuer's public key).</source>
            <translation>Signed by a key this laptop does not know: it cannot be trusted (import the issuer's public key).</translation>
        </message>
        <message>
            <source>The signature does not match: the code is forged or altered.</source>
            <translation>The signature does not match: the code is forged or altered.</translation>
        </message>
        <message>
            <source>The issuing key is not vouched for by the organisation's key: the code is forged.</source>
            <translation>The issuing key is not vouched for by the organisation's key: the code is forged.</translation>
        </message>
        <message>
            <source>Issued on a day the issuing key was not delegated for: the code is forged or the key expired.</source>
            <translation>Issued on a day the issuing key was not delegated for: the code is forged or the key expired.</translation>
        </message>
        <message>
            <source>Revoked: signed by issuing key {detail} on or after its revocation.</source>
            <translation>Revoked: signed by issuing key {detail} on or after its revocation.</translation>
        </message>
        <message>
            <source>Revoked: {detail}</source>
            <translation>Revoked: {detail}</translation>
        </message>
        <message>
            <source>Genuine, but expired on {expires}.</source>
            <translation>Genuine, but expired on {expires}.</translation>
        </message>
        <message>
            <source>Valid until {expires}.</source>
            <translation>Valid until {expires}.</translation>
        </message>
        <message>
            <source>This file is not a signed credential.</source>
            <translation>This file is not a signed credential.</translation>
        </message>
        <message>
            <source>The credential's proof is of a kind CareKit does not check.</source>
            <translation>The credential's proof is of a kind CareKit does not check.</translation>
        </message>
        <message>
            <source>The credential's proof is not made for asserting a credential.</source>
            <translation>The credential's proof is not made for asserting a credential.</translation>
        </message>
        <message>
            <source>The credential is signed by a key CareKit cannot read.</source>
            <translation>The credential is signed by a key CareKit cannot read.</translation>
        </message>
        <message>
            <source>The credential is damaged or incomplete.</source>
            <translation>The credential is damaged or incomplete.</translation>
        </message>
        <message>
            <source>The signature does not match: the credential is forged or altered.</source>
            <translation>The signature does not match: the credential is forged or altered.</translation>
        </message>
        <message>
            <source>The credential is signed by a key the organisation did not delegate: it is forged.</source>
            <translation>The credential is signed by a key the organisation did not delegate: it is forged.</translation>
        </message>
        <message>
            <source>The credential and the certificate code it carries disagree: it is forged or altered.</source>
            <translation>The credential and the certificate code it carries disagree: it is forged or altered.</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify certificate</source>
            <translation>Verify certificate</translation>
        </message>
        <message>
            <source>Scan the certificate's QR code, or paste its code, then press Enter.</source>
            <translation>Scan the certificate's QR code, or paste its code, then press Enter.</translation>
        </message>
        <message>
            <source>CKC2.… or the credential's JSON {…}</source>
            <translation>CKC2.… or the credential's JSON {…}</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Signing keys…</source>
            <translation>Signing keys…</translation>
        </message>
        <message>
            <source>Revoke this certificate…</source>
            <translation>Revoke this certificate…</translation>
        </message>
        <message>
            <source>VALID</source>
            <translation>VALID</translation>
        </message>
        <message>
            <source>EXPIRED</source>
            <translation>EXPIRED</translation>
        </message>
        <message>
            <source>REVOKED</source>
            <translation>REVOKED</translation>
        </message>
        <message>
            <source>FORGED</source>
            <translation>FORGED</translation>
        </message>
        <message>
            <source>{holder} · course {course} · issued {issued} · valid until {expires}
serial {serial} · issuer {issuer} · key {fingerprint}</source>
            <translation>{holder} · course {course} · issued {issued} · valid until {expires}
serial {serial} · issuer {issuer} · key {fingerprint}</translation>
        </message>
        <message>
            <source>Revoke certificate</source>
            <translation>Revoke certificate</translation>
        </message>
        <message>
            <source>Why is certificate {serial} revoked?</source>
            <translation>Why is certificate {serial} revoked?</translation>
        </message>
        <message>
            <source>Revoke certificate {serial} of {holder}? Every laptop will show it as revoked once this travels; it cannot be made valid again (issue a new one instead).</source>
            <translation>Revoke certificate {serial} of {holder}? Every laptop will show it as revoked once this travels; it cannot be made valid again (issue a new one instead).</translation>
        </message>
        <message>
            <source>Keep it valid</source>
            <translation>Keep it valid</translation>
        </message>
    </context>
    <context>
        <name>WaitingNote</name>
        <message>
            <source>Recorded as soon as the merge finishes.</source>
            <translation>Recorded as soon as the merge finishes.</translation>
        </message>
        <message>
            <source>Not recorded yet: this scan is kept but set aside. A coordinator can try again on the Sync page.</source>
            <translation>Not recorded yet: this scan is kept but set aside. A coordinator can try again on the Sync page.</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Register a walk-in</source>
            <translation>Register a walk-in</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>Print notice</translation>
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
            <source>Registration notice</source>
            <translation>Registration notice</translation>
        </message>
        <message>
            <source>Register and check in</source>
            <translation>Register and check in</translation>
        </message>
        <message>
            <source>Notice version {version}</source>
            <translation>Notice version {version}</translation>
        </message>
    </context>
</TS>