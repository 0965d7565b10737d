<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>The restored device&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord request (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord admission (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored device is a member now, and the device it replaces is revoked. Give it the admission file; it joins with Sync › Join with an admission file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord admission (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Agree an action for {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say specifically what will be done, by whom and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for contact: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who owns the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of the agency, or type any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circumstances changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <source>Waiting: changes that arrived before the key to open them; they apply once a member passes the key on. Quarantined: what failed a check and was never applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>for example 192.168.1.20:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other device&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the other laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the laptop at this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdoptAgreement</name>
    <message>
        <source>Adopt a new agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} will read: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} will no longer read: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} will read only while the {party} consents: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} will read on the safeguarding basis: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reads what does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put version {version} of the agreement in force on the whole panel? Every device follows it once the change reaches it, and destroys what it no longer may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement version {version} is now in force here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Add a case to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it is on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every case on this device is already on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the agenda; (now): the case under discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons the case comes to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time allowed for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this device yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build agenda from cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every case that should come to this meeting: new referrals, reviews due, repeats, sign-offs awaited, open actions; children first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cas&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed meeting refuses changes; reopen it to correct its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), {minutes} minutes in all</source>
        <translation>
            <numerusform>%n case, {minutes} minutes in all</numerusform>
            <numerusform>%n cases, {minutes} minutes in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda</source>
        <translation>
            <numerusform>%n case added to the agenda</numerusform>
            <numerusform>%n cases added to the agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No discussion or outcome is recorded on this device for %n of the cases on the agenda: {cases}.

Once closed, the meeting&apos;s record stands as minuted until you reopen it.</source>
        <translation>
            <numerusform>No discussion or outcome is recorded on this device for %n of the cases on the agenda: {cases}.

Once closed, the meeting&apos;s record stands as minuted until you reopen it.</numerusform>
            <numerusform>No discussion or outcome is recorded on this device for %n of the cases on the agenda: {cases}.

Once closed, the meeting&apos;s record stands as minuted until you reopen it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case to add: every case that should come is on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case added to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting moved on to {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case not on this device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting reopened: its record may be corrected, then closed again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaReasons</name>
    <message>
        <source>new referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat within 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting sign-off decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open actions carried forward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>OVERDUE: the agreement&apos;s review has been due since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW DUE: the agreement&apos;s review is due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (in %n day)</numerusform>
            <numerusform>{date} (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{date} (%n day ago)</numerusform>
            <numerusform>{date} (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>{section} (some fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} (while the {party} consents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information-sharing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reads what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by each agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information-sharing agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement in force: its version, review date, signatories and who reads what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementProblems</name>
    <message>
        <source>cannot read the agreement {file}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement&apos;s version {new} is not later than the version in force ({old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement leaves out roles members of the panel hold: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement would move fields whose records prove who wrote them: {fields}; keep who reads and writes them as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementReviewWarning</name>
    <message>
        <source>Open the agreement: who signed it, and each agency&apos;s data protection contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Record apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person sending apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information was sent to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the information was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether they acknowledged the confidentiality statement on their device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether they signed the confidentiality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether they sent information to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the information was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add atte&amp;ndees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add obse&amp;rver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add apolo&amp;gies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend&amp;ees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologie&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a panel device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Record attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each member of the panel who is here. For someone not on the panel, give their name and agency below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel members attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of someone not on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency of someone not on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} (already recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick the members who are here, or give the name and agency of someone not on the panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Concord is working; this closes by itself when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file will hold everything on this device: its cases, meetings and audit log, and its keys, sealed under a passphrase you choose (at least 12 characters; a few unrelated words are best). Without the passphrase nobody can open the file, you included: Concord cannot recover it. Keep the file away from this laptop, as your agency&apos;s policy for sensitive backups says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord backup (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}. Keep the file apart from this laptop, and the passphrase apart from both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Restored: give the chair your request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never backed up: back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup {days} days ago: back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request for the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord request (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The chair takes this device in with it; then join with the admission they give you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWords</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written for every {role} device ({names}): {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the file to each of those laptops and choose Import bundle there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written for {name}: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the file to that laptop and choose Import bundle there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the bundle from {name}: {changes} applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it was new: this laptop already had it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changes} wait for a key to open them; they apply once a panel member passes the key on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changes} wait for earlier changes they build on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed a check and were quarantined, not applied. Tell the chair.</source>
        <translation>
            <numerusform>%n item failed a check and was quarantined, not applied. Tell the chair.</numerusform>
            <numerusform>%n items failed a check and were quarantined, not applied. Tell the chair.</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s list of members was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cases still lack changes; see below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the case was created on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person harmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person harmed (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who caused harm (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children involved: Yes, No, or empty if not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search by reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases by reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not open new cases under this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case reference contains “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseMinutes</name>
    <message>
        <source>Survivor&apos;s views (through the advocate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key risks: facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key risks: facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;fessional opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is known, apart from opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agencies think, said as opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the panel decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who owns the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status last reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: still open after its target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actio&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, circumstances changed or not done, as this meeting found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s note on the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier actions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the minutes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected action: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each agency brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed for this case at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier actions to revie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case cannot be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}: {reasons} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary from {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion saved in case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added to case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier action reviewed: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseProblems</name>
    <message>
        <source>role &apos;{role}&apos; may not read compartment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &apos;{role}&apos; may not write compartment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Automerge change: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not open new cases under this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case &apos;{reference}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no field &apos;{field_id}&apos; in a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not read &apos;{field_id}&apos; under this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may read but not change &apos;{field_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is changed only through its own form, which checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section &apos;{section_id}&apos; visible to the role &apos;{role}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not read section &apos;{section_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case &apos;{value}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record &apos;{record_id}&apos; in &apos;{field_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{field_id}&apos; is not in compartment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; is not a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; records have no field &apos;{sub_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} merges edits from every device: there are no values to choose between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no record list in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record &apos;{record_id}&apos; in &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a record is never changed or removed; record a new one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; records have no field &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has changed on another device since its values were shown: look again before choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no compartment or field called &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is a list of records: add, change or remove records instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be one of: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the text given is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} records what has happened: it cannot be after {isoformat} (got {isoformat2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} takes a whole number (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be {range_text} (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference} is not closed: it is kept while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference} is kept until {date}: it cannot be erased before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference} is under a legal hold: release it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal hold needs its reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case from the list, or start one with New case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case changed on another device. Not updated while you edit: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off report written: {pdf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Record a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation awaiting checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment cannot be dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source, if not {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of information for question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the level by professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the level is raised (required when it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} of {total}: {level}{rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n question(s) still unanswered)</source>
        <translation>
            <numerusform> (%n question still unanswered)</numerusform>
            <numerusform> (%n questions still unanswered)</numerusform>
        </translation>
    </message>
    <message>
        <source>No: keep {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise to {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Concord</name>
    <message>
        <source>read only for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidentialityPanel</name>
    <message>
        <source>Confidentiality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I ack&amp;nowledge this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the acknowledgement holds for the statement as it now reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;who receives the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this meeting has no confidentiality statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, {name}, have acknowledged this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, {name}, have not acknowledged this statement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ACCEPTED: not made on the device it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an earlier wording: needs acknowledging again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your acknowledgement of the confidentiality statement is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDecision</name>
    <message>
        <source>Confirm the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: you are about to APPROVE case {ref} over %n red flag(s).</source>
        <translation>
            <numerusform>Warning: you are about to APPROVE case {ref} over %n red flag.</numerusform>
            <numerusform>Warning: you are about to APPROVE case {ref} over %n red flags.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are about to sign: {decision} for case {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are about to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision, its red flags and what the pack holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and si&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: {name} ({rank}) on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n RED FLAG(S)</source>
        <translation>
            <numerusform>Warning: %n RED FLAG</numerusform>
            <numerusform>Warning: %n RED FLAGS</numerusform>
        </translation>
    </message>
    <message>
        <source>Your override statement: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RED FLAGS: none raised on this device now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT THE PACK HOLDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATIONALE, BY THE NATIONAL DECISION MODEL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictStrip</name>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device ({short})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting values for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was changed on different devices at the same time. Choose the value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was changed on different devices at the same time. Someone whose role may change it needs to choose the value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”, set on {devices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “{value}” for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person harmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person who caused harm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentProblems</name>
    <message>
        <source>it replaces {status} on {on} (recorded after it, so it stands although its date is earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it replaces {status} on {on} (recorded after it on the same date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it replaces {status} on {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} on {on} was recorded at the same time on another device: the record that stops the process decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest record ({since}) does not count: {problems}{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-limited consent ran out on {until}{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on {since}, until {until}{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on {since} ({method}){why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent overridden on {since}: {reason} (lawful basis: {basis}); sharing may go on, the process may not{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} on {since}{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLanguage</name>
    <message>
        <source>Person harmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who caused harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another language, not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}, interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Not a date: “{text}”. Write it as dd/mm/yyyy, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: “{text}” is not a day of the calendar (the day comes first: dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: {day} is before {earliest}: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later than {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed here: write it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: {day} is after {latest}, the latest date this takes.{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, or press Alt+Down to pick it from a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written dd/mm/yyyy; Alt+Down opens a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Sign-off decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override statements: one for each red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters in {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref}: read the pack, then decide. The decision is signed with this device&apos;s key and covers the case as it is now; you confirm it before it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override statement for red flag {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters in the override statement for {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n red flag(s). An approval needs an override statement for each.</source>
        <translation>
            <numerusform>Warning: %n red flag. An approval needs an override statement for it.</numerusform>
            <numerusform>Warning: %n red flags. An approval needs an override statement for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: write at least {m} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: {n} of at least {m} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters (at least {m}): enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Warning: the same text as {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement for {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the red flags changed while the decision was being written. Read them again above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: not signed. Put right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: not signed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionFlags</name>
    <message>
        <source>person harmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person who caused harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligibility rule {rule} (risk policy {version}) is not met: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk level is {level}, the highest level of {instrument} (score {score}, assessed on {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional judgement raised the risk level from {computed} to {level}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case is escalating: %n incident(s) in the last {days} days (the policy&apos;s threshold is {threshold}).</source>
        <translation>
            <numerusform>The case is escalating: %n incident in the last {days} days (the policy&apos;s threshold is {threshold}).</numerusform>
            <numerusform>The case is escalating: %n incidents in the last {days} days (the policy&apos;s threshold is {threshold}).</numerusform>
        </translation>
    </message>
    <message>
        <source>A repeat: there has been a new incident since the last panel referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is escalating (as published by the police).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeat: a new incident since the last panel referral (as published by the police).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk review is due now: there has been a new incident since the last assessment (on {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk review was due today ({reason}) and has not been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk review was due on {day} ({reason}) and has not been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk review is due now: something has happened since the last assessment (as published by the police).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk review was due on {day} and has not been done (as published by the police).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent of the {party} is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties&apos; consent cannot be read on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of the {party} is time-limited, not given outright: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of the {party} is {status}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause trigger holds now: {trigger}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process was paused for {trigger} on {day} ({by}: {why}) and has not gone on since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards for {kind} are missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} checks have not been attested by the {role}&apos;s device ({facts}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <source>YES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELIGIBLE under {rule} (risk policy {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ELIGIBLE under {rule} (risk policy {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no risk assessment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} (score {score}, {instrument}, assessed on {day} by {assessor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised from {computed} to {level}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not raise the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{flag}: %n incident(s) in {days} days (threshold {threshold})</source>
        <translation>
            <numerusform>{flag}: %n incident in {days} days (threshold {threshold})</numerusform>
            <numerusform>{flag}: %n incidents in {days} days (threshold {threshold})</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as published by the police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation and repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visible on this device, and none published by the police yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent, {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused for {trigger} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none holding now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause triggers agreed for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attested by the {role}&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING: {missing} (attested by {by}, {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place: {facts} (attested by {by}, {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none scheduled: no assessment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE NOW: something has happened since the last assessment (as published by the police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: was due {day} (as published by the police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day} (as published by the police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE NOW: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: was due {day} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceProblems</name>
    <message>
        <source>cannot write {path}: the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds an unexpected entry: it was altered. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its content cannot be read. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a whole device backup. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Concord (content format {fmt}). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s {replace} is missing or damaged. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty; restore into a new folder. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore into {folder}: the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore could not write into {parent} ({strerror}). Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s device key does not match its store: it was altered. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log can be written only through the store that holds its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Concord join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the join request&apos;s signature does not verify: it was altered or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this data folder already has a device key in the keyring; refusing to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a passphrase of at least {min_passphrase} characters (a few unrelated words are easier to remember and harder to guess than a short password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Concord backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Concord (backup format {version}; this version reads format {version2}). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} asks for key-stretching this version will not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is not the one this backup was made with. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is cut short (it ends before its last part). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or was altered. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has data after its end: it was altered. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how_to_fix} (found: {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring refused to read a Concord secret ({exc}). {how_to_fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring entry &apos;{user}&apos; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring refused to store a Concord secret ({exc}). {how_to_fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring did not keep a secret it was given; refusing to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring refused to remove a Concord secret ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} for this data folder is not in the keyring (entry &apos;{user}&apos; of service &apos;{service}&apos;). Without it the data cannot be opened: unlock the keyring that holds it, or rebuild the device from its backup (&apos;concord device restore&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database key must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Concord database at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened with the key in the keyring (wrong key, or not a Concord database). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Concord (store format {fmt}; this version reads formats {oldest} to {format}). Nothing was changed: open it with that newer Concord, or install it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Concord database of a format this version reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case &apos;{ref_or_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos;; the agreement knows: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name of the person using this device (1-120 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the agency (1-120 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is already a Concord data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists without its folder file; refusing to touch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a Concord data folder (run &apos;concord --data {folder} init&apos; first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} was set up by a newer version of Concord (folder format {folder_format}; this version reads format {folder_format2}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} has no device identity; the set-up did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device key in the keyring does not match this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s role &apos;{role}&apos; is not in the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{ref_or_id}&apos; is a panel meeting, not a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not read compartment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compartment {id} holds never-export fields ({blocked}); it cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference} has nothing yet in compartment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case &apos;{reference}&apos; on this device, and nothing of it in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{given}&apos; names {count} devices of the panel: give more of its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an information governance officer&apos;s device holds the panel&apos;s audit: this is a {role}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device needs --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <source>not every recipient may read them under the agreement, or they are never to leave a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent this role&apos;s reading rests on does not count now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject access pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosures of this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What of the open case left this device, to whom and on what basis, and what was not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first: its disclosures are listed case by case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s role may not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds fields that are never to leave a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR art. 15: the data subject&apos;s right of access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>Disclosures of case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What of this case left this device, to whom, when, and on what basis; and what it decided not to share. Fields are named, never their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sealed by an intact audit chain of %n entries.</source>
        <translation>
            <numerusform>Sealed by an intact audit chain of %n entry.</numerusform>
            <numerusform>Sealed by an intact audit chain of %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry {seq}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions not to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was logged (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared, or a decision not to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way it left: sync, relay, bundle file, export, report, minutes or subject access pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it went to, or was kept from: person, role, agency, device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields, by label; never their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement&apos;s rules it went under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lawful basis, or the consent it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this case has left this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SHARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exemption: {words} ({law})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} ({role}, {agency}), device {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file for the {party} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file for: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent of the {party}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <source>Distribution of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes go only to those entitled to them. Tick each member who receives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who receive the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>eligible under {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible under {rule}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no risk assessment is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk level is {level} (raised by professional judgement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk level is {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation cannot be confirmed on this device (incidents not visible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>escalating: %n incident(s) in {days} days</source>
        <translation>
            <numerusform>escalating: %n incident in {days} days</numerusform>
            <numerusform>escalating: %n incidents in {days} days</numerusform>
        </translation>
    </message>
    <message>
        <source>a repeat cannot be ruled out on this device (incidents not visible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repeat referral: a new incident since the last referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to referral is not recorded as given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exemptions</name>
    <message>
        <source>prevention or detection of crime, or the apprehension or prosecution of offenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 sch. 2 para 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious harm to the physical or mental health of any individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 sch. 3 para 5 (health data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information about another individual (third-party information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 sch. 2 paras 16 and 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal professional privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA 2018 sch. 2 para 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe contact details, which never leave the device that holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the information-sharing agreement: never exported; confirmed with the data subject directly (UK GDPR art. 12(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file can reach the person who caused harm, whoever it is made for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle carries this laptop&apos;s changes to other panel laptops on a USB stick, where there is no network. It is encrypted: only the devices it is made for can open it, and each gets only what its role may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device the bundle is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({agency}) · {role} · {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role the bundle is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>{role} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;one device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every device of a &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries everything that role may read, for each of its devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other device in the panel yet to make a bundle for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord bundles (*.bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord is busy with an exchange; try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>The other laptop did not answer. Check that Concord is open on it with “Let panel devices connect to this one” ticked, and that both laptops are on the same network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptop took too long to answer. Check that it is switched on and awake, and that both laptops are on the same network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord could not find a laptop at that address. Check the address with the person at the other laptop, or choose their name from the list of devices instead, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop could not reach the other one. Check that both laptops are connected to the same network (the same Wi-Fi, or a cable), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop could not connect to the other one. Check that Concord is open on it and that both laptops are on the same network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptop stopped answering part-way through. What had already arrived is kept. Check that it is still awake and on the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped part-way through. What had already arrived is kept. Try again; if it keeps happening, move closer to the Wi-Fi or connect the laptops by cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptop is busy exchanging with other devices. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other laptop busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two devices did not accept each other as members of the same panel, so nothing was exchanged. Check that you chose the right laptop. If either joined the panel recently, sync it with the chair&apos;s laptop first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device is not on this laptop&apos;s list of panel members, so nothing was exchanged. If it joined recently, sync with the chair&apos;s laptop first so this laptop learns of it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device has been removed from the panel, so this laptop no longer exchanges with it. Speak to the chair if you think this is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptop does not yet list this one as a panel member, so it refused the exchange. Ask its user to sync with the chair&apos;s laptop first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the other laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device belongs to a different panel, so nothing was exchanged. Check that you chose the right laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device did not prove it is the device this panel knows, so nothing was exchanged. Compare its fingerprint with what its user&apos;s screen shows, and tell the chair if they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity not proved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not a member of the panel as far as this laptop knows, so Concord does not sync with it. If it joined recently, sync with the chair&apos;s laptop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop does not know where that device is on the network right now. Ask its user to tick “Let panel devices connect to this one” and “Announce it on this network”, or choose Connect by address and type the address their sync panel shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptop&apos;s date is more than a week ahead of this laptop&apos;s, so they do not sync. Set the right date and time on the laptop that is wrong, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other laptop&apos;s date is more than a week behind this laptop&apos;s, so they do not sync. Set the right date and time on the laptop that is wrong, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates on the two laptops differ by more than a week, so they do not sync. Set the right date and time on the laptop that is wrong, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not in a panel yet, so it has nothing to exchange. Ask the chair for an invitation, then choose Join a panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has been removed from the panel, so it can no longer sync. Speak to the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other device sent something that failed Concord&apos;s checks, so the exchange stopped. What had passed the checks is kept. Check that both laptops run the same version of Concord, and tell the chair if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord could not open this laptop&apos;s keys. Unlock the laptop&apos;s keyring (log out and in again if you are not sure how), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this laptop is already using that port. Choose another port number, then tick the box again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop could not start listening for other devices on that port. Choose another port number (above 1024), then tick the box again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop stopped accepting connections from other devices because something went wrong inside Concord. Tick the box again; if it happens again, tell whoever supports Concord for your panel (the laptop&apos;s log holds the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange was stopped because Concord is closing. It will pick up where it left off next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Concord on this laptop, so it stopped. Try again; if it happens again, tell whoever supports Concord for your panel (the laptop&apos;s log holds the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange did not complete. Try again; if it happens again, tell whoever supports Concord for your panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made for another device, so nothing was imported. Ask the person who made it to export a bundle for this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle for another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from a different panel, so nothing was imported. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle of another panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after it was made, so nothing was imported. Ask the person who made it to export it again, and copy the new file across.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Concord bundle, so nothing was imported. Check that you chose the right file: a bundle&apos;s name usually ends in .bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by an older version of Concord that this one no longer reads, so nothing was imported. Ask the person who made it to update Concord and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old bundle format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was imported on this laptop before; importing it again changes nothing. Ask for a new bundle if you expected more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device that made this bundle is not a panel member as far as this laptop knows, so nothing was imported. Sync with the chair&apos;s laptop first, then import the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device the bundle was to be made for is no longer an active member of the panel, so no bundle was written. Choose another device or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active device to make the bundle for. Choose a device, or a role that has devices in the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle would be too large for the other laptop to import. Make one for fewer devices, or sync over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened. Check that the USB stick is still plugged in and that the file is there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be saved there. Choose another folder you can save to, such as Documents or the USB stick, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough room to save the bundle there. Free some space or choose another USB stick, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it records what has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSaver</name>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintBox</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Concord on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no Concord data yet. Say who will use it and in which role of the information sharing agreement. The role decides which parts of a case this device may hold and show; the panel chair confirms it when the device joins the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityBadge</name>
    <message>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. Read it aloud to the chair to confirm it is this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device: {name}, {role}, {agency}. Fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle file another panel laptop wrote for this one. It is checked whole first: if anything in it is wrong, nothing of it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this laptop still lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord bundles (*.bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord is busy with an exchange; try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a device to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a one-time code for the device that will join, and give it to its user in person or read it out. It works once, until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device (the chair&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joining device shows this fingerprint before it joins: check with its user that it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the joining device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device listens on port {port}: give the joining person this device&apos;s address and that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joining device connects to this one: turn on “Let panel devices connect” in the sync panel before they join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code yet: choose the role and make an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a {role}, valid until {when}. It can be used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord invitations (*.invite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}. Give the file to the joining person; it works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the invitation code the chair gave you, or load the invitation file. Before you join, compare the chair&apos;s fingerprint below with the one the chair&apos;s screen shows for their device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must match what the chair&apos;s screen shows for their own device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s screen shows this &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s device address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, as the chair&apos;s sync panel shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint is {fingerprint}; the chair sees it when you join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already in a panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid invitation code: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord invitations (*.invite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is far too large to be an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a valid invitation: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation for a {role}, valid until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation valid until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation is for a {role}, but this device was set up as a {own}. Ask the chair for an invitation for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation expired on {when}. Ask the chair for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the chair&apos;s screen, then tick the box and join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange is running; try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the chair&apos;s device at {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the panel of {chair} as a {role}. The chair&apos;s device fingerprint is {fingerprint}: it should match what the chair&apos;s screen shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not join: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language / Iaith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord changes its language once the work in hand is finished. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields hold values that could not be saved (the status bar says why). Put them right, then change the language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent refused, lapsed or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of coercion, manipulation, surveillance or threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with a court order or investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off no longer covers the case as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguard (facilitator, training, supervisor or safety plan) is no longer in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case with a pseudonymous reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not open new cases under this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the case list by reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits for you: requests, overdue actions, reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the panel&apos;s meetings, their agendas and meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one file holding this device, sealed under a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the panel&apos;s devices, this device&apos;s fingerprint, and sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what another device lacks to a file you carry to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in a bundle file another device wrote for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take in a restored device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join with an &amp;admission file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;request for the chair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the cases: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference} is no longer on this device: it was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off request(s) waiting</source>
        <translation>
            <numerusform>%n sign-off request waiting</numerusform>
            <numerusform>%n sign-off requests waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n item waiting</numerusform>
            <numerusform>%n items waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the case: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes in the case you left could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed (see the sync panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord closes once the file being written is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields hold values that could not be saved (the status bar says why). Close Concord and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFacts</name>
    <message>
        <source>Withheld: not every recipient of these minutes may read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key risks (facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, on their device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, on a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible high risk (score {min} or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional judgement (raised to {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>potential escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} risk by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled, in progress or closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Min&amp;utes PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minutes as a PDF, with accessible HTML and text beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the agenda to see it in meeting mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality and distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting cannot be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel meeting {reference}: {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {when}    Time: {time}    Venue: {venue}
Chair: {chair}    Status: {status}    Cases: {n} ({minutes} minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has moved on to case {case}. This device follows when you leave the box you are typing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not on this device yet: it comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes written to {folder}: {pdf}, with {html} and {text} beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingProblems</name>
    <message>
        <source>{path}: not a usable meeting policy ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: minutes per case must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the confidentiality statement is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: [minutes]: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: [outputs] language: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the meeting policy has no &apos;agencies&apos; list: name the agencies that own actions, e.g. agencies = [&quot;police&quot;, &quot;health&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &apos;agencies&apos; must be a list of agency names in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the &apos;agencies&apos; list is empty: name at least one agency that owns actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: an agency in the &apos;agencies&apos; list has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the agency &apos;{name}&apos; is named twice in the &apos;agencies&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting {reference} has no distribution list: the chair names who receives the minutes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} on the distribution list is not (or no longer) a member of this panel: take them off the list before the minutes are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s role &apos;{role}&apos; is not in the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting {reference} has no attendees recorded: minutes need who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda lists a case this device does not hold ({value}); sync with the panel before making the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case &apos;{case_ref}&apos; on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discussion has the parts {discussion_parts}, not &apos;{part}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference} is not on the agenda of {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owning agency is one of: {agencies}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meetings policy names &apos;{agency}&apos;, but the case schema on this device does not take it as an owning agency (it takes {options})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target date is before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review finds an action {outcomes}; not &apos;{outcome}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action &apos;{action_id}&apos; in case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action&apos;s status is one of: open, {outcomes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a date written YYYY-MM-DD, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the panel chair may {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting time must be written HH:MM (24-hour), not {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting &apos;{ref_or_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{ref_or_id}&apos; is a case, not a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting {reference} is closed; the chair reopens it before anything in it is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device {device_id} is not a member of this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({agency}) is already recorded as attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say when the information was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information not sent cannot have a day it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member of this panel, so cannot receive the minutes: {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distribution list needs at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} read no case, so cannot receive the minutes: take them off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting has no confidentiality statement to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have already acknowledged this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case &apos;{case_ref}&apos; on this device to add to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference} is already on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time for a case is 1 to 120 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {case_ref} is not on this meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place on this agenda is 1 to {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel &amp;meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action across cases: open, overdue, by agency and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings cannot be listed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet. The chair schedules them; they arrive here by sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {reference} scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesReport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to be sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (to those on the distribution list only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes are for the people on the distribution list alone. They must never reach the person who caused harm, who is not told of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged the confidentiality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendees recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the confidentiality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apologies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed: still {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier actions to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it came to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor&apos;s views, through the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel minutes: {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients&apos; roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NDM</name>
    <message>
        <source>Information and intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of threat and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powers and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options and contingencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action and review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pseudonyms only. Real names must never be used for the people in a case: the reference and labels are seen by every agency on the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the next reference, {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person harmed (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who caused harm (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person &amp;harmed (pseudonym):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person &amp;who caused harm (pseudonym):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields take the suggestion shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not open new cases under this agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not created: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <source>Record an observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has &amp;signed the confidentiality statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputLanguageBox</name>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh and English (Welsh first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelAudit</name>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was refused a read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was refused a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panel audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who read which part of which case, across every device of the panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelAuditDialog</name>
    <message>
        <source>Panel audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device seals its audit for this device: who opened or changed which part of which case, and when. Nothing a case holds is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any part of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who read a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a device read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (UTC), by the clock of the device that did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, role and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAIN: {who}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every device&apos;s audit has arrived whole: %n device(s), {entries} entries.</source>
        <translation>
            <numerusform>Every device&apos;s audit has arrived whole: %n device, {entries} entries.</numerusform>
            <numerusform>Every device&apos;s audit has arrived whole: %n devices, {entries} entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} ({role}), device {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Person (agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person using the device, and their agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s role in the panel as in force, and a change of it that waits for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the fingerprint the other device shows for itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the device is on this network now, removed from the panel, or not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this device last exchanged with it, and how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from this device waiting for the key to open them, and items from it that failed a check and were quarantined (never applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the device now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} (to {new}: waits for approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, did not finish: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, did not finish ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {received} in, {sent} out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}; last reached at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a member of this panel: Concord does not sync with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the panel: Concord no longer syncs with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this network now: ask its user to let panel devices connect and announce it, or connect by address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with {name} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing held back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessPanel</name>
    <message>
        <source>Restorative process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the clock of the device that recorded the step. Steps are listed in the order they were made, not by this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefings, sessions and debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded with the step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (briefing, session or debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record s&amp;ession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard, {kind}: not yet attested by the {role}&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard, {kind}: {missing} (attested by {by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard, {kind}: in place (attested by {by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process cannot be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (held; last step: {recorded})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED by {trigger}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE sign-off: it no longer covers the case as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent, {party}: {status} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified on this device: {name}, key {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED sign-off: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off requested by {who}, waiting for the Chief Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for contact: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process moved to {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach recorded: the process has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sign-off report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off report for {reader} written to {folder}: {pdf}, with {html} and {text} beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off report could not be written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessProblems</name>
    <message>
        <source>{name}: the aftercare schedule is missing or unreadable ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: checkin_weeks must be rising whole numbers of weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the process policy is missing or unreadable ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [signoff] must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [signoff] ndm_minimum_chars must be a whole number from 1 to 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} changed since the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} changed on {day} ({by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why: every step of the process records its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the Chief Inspector&apos;s signed decision approves, declines or defers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause through &apos;pause&apos;, naming the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for a sign-off through &apos;request sign-off&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is {lower}: it cannot go to {lower2} (it can go to: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process cannot go on: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device has not yet received all the case data the sign-off covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the {role}&apos;s device attests {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the trigger: one of {triggers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is {lower}: only preparation or sessions pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is {lower}: there is no process to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent record does not count: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the police lead asks for the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is {lower}: a sign-off is asked for after the panel review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the Chief Inspector decides a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision cannot be dated {isoformat}: that day has not come yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no open sign-off request for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be one of: {session_kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {kind} while the case is {state}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {kind} while the case is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session without a current, approving sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision cannot be signed: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the decision: {decisions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rationale must answer every part of the National Decision Model; missing: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} is too short: {n} of at least {minimum} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rationale part(s): {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approval with conditions must state the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions belong to an approval with conditions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision needs the decision-maker&apos;s name and rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override statement is needed for the red flag &apos;{flag}&apos; ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the override statement for the red flag &apos;{flag}&apos; is too short: {n} of at least {minimum} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no red flag &apos;{flag}&apos; now (the case may have changed): look at the flags again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the override statement for &apos;{flag}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override statements belong to an approval only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts} and {last} hold the same text: each answers its own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the decision is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off&apos;s field digests are not those it was signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off&apos;s signed content is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off names no known decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device that signed it has since been revoked from the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a facilitator is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no facilitator is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facilitator has completed domestic-abuse training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facilitator has not completed domestic-abuse training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case supervisor is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case supervisor is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a safety plan is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no safety plan is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {kind} attestation from the {role}&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} attestation does not verify: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {role}&apos;s device attests that {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is dated {date}, a day that has not come yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say how consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say what was explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-limited consent needs the date it runs until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override needs its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override needs its lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no current approving sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off of {day} is stale: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-off yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} by {by} ({rank}) on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE - {words}; it no longer covers the case: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [retention] must give months for each of: {outcomes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: [retention] {outcome} must be 1 to 1200 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessWords</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>View record: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add record: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change record: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsWidget</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record to {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record of {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected record of {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting not held on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record added to {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed in {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected record from {field}? This cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record removed from {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayControls</name>
    <message>
        <source>Keep syncing through the panel&apos;s &amp;relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing through the panel&apos;s relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay holds sealed letters for panel devices on other networks until they collect them. It cannot read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay is set up on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device has no relay settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay: not connected. {reason}. Concord tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay: connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last letter: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent and not yet confirmed by their devices.</source>
        <translation>
            <numerusform>%n change sent and not yet confirmed by its devices.</numerusform>
            <numerusform>%n changes sent and not yet confirmed by their devices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those on the distribution list ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Sign-off report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My record: everything this device may read ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for my own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;panel: only what every panel member may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for the panel leaves out every field some panel member may not read, and says where it did. Forward only the panel&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref}: who is this report for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sign-off report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <source>unknown audience role(s): {value}; use &apos;panel&apos; or roles from: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {reference} has no verified sign-off decision to report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSignature</name>
    <message>
        <source>Signature of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s role when signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed text (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing device&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made and signed on the device of {name}, {role}. The signature covers every line of text this report shows above this section, with its case reference, its audience, its protective marking and the details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a device of the panel also names the signer from its own membership record and says whether what the report shows still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made and signed on the device of {name}, {role}. The signature covers every line of text this report shows above this section, with its meeting reference, its audience, its protective marking and the details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a device of the panel also names the signer from its own membership record and says whether what the report shows still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made and signed on the device of {name}, {role}. The signature covers every line of text this pack shows above this section, with its case reference, the data subject it is for, its protective marking and the details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a device of the panel also names the signer from its own membership record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a device from its backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase it was made with. The device is rebuilt in {folder} with its own new key; if it was in a panel, the chair takes it back in and the laptop it came from stops syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concord backup (*.backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored, but the device did not open: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>closed after sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed after sessions were stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed after sign-off was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed before it was taken forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention and erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each closed case is kept, legal holds, and erasure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention and erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed case is kept for the period the panel&apos;s policy sets for how it ended, from the day it closed. Then the chair erases it: every device destroys it as it syncs, keeping only that it existed. A legal hold keeps it until the hold is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case ended, which sets how long it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the case is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold and its reason: the case is kept while it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and their retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the cases past their period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a legal &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair erases cases and places legal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: PAST its period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {cases} on every device of the panel? What they hold is destroyed as each device syncs, and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must case {reference} be kept? Every device of the panel sees this reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReminder</name>
    <message>
        <source>Open Retention and erasure: the cases past their period, and any legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ERASURE DUE: %n case(s) past their retention period</source>
        <translation>
            <numerusform>ERASURE DUE: %n case past its retention period</numerusform>
            <numerusform>ERASURE DUE: %n cases past their retention period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskFlags</name>
    <message>
        <source>no assessment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCALATING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPEAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEW DUE NOW (new incident since the last assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none published by the police yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no escalation, no repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as published by the police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the panel was last told: {told})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} (raised from {computed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional judgement: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Risk picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record an assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk picture cannot be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk: no assessment recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk: {level}, score {score} of {total} ({instrument}, {date}, {assessor}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised from {computed} by professional judgement: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: not visible to your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Escalation: %n incident(s) in the last {days} days (threshold {t}){flag}.</source>
        <translation>
            <numerusform>Escalation: %n incident in the last {days} days (threshold {t}){flag}.</numerusform>
            <numerusform>Escalation: %n incidents in the last {days} days (threshold {t}){flag}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ESCALATING: %n incident(s) in the last {days} days (threshold {t}).</source>
        <translation>
            <numerusform>ESCALATING: %n incident in the last {days} days (threshold {t}).</numerusform>
            <numerusform>ESCALATING: %n incidents in the last {days} days (threshold {t}).</numerusform>
        </translation>
    </message>
    <message>
        <source> - ESCALATING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: not visible to your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: YES, a new incident within 12 months of the last referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review OVERDUE since {due} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due {due} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment cannot be scored on this device: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPEAT: a new incident within 12 months of the last referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: the risk review was due on {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAISED: professional judgement put the risk at {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ELIGIBLE under {rule}: only an explicit Chief Inspector sign-off may let it proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative option: may be proposed ({rule}, policy {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative option: NOT eligible under {rule} (policy {version}): {reasons}. It may proceed only through explicit Chief Inspector sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskProblems</name>
    <message>
        <source>the assessment date must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment cannot be dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the assessor&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no question(s) {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} question(s) unanswered: {missing} (answer each {answer_labels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: &apos;{value}&apos; is not one of {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score already gives &apos;{label}&apos;: professional judgement can only raise it to a higher level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason for professional judgement goes with a raised level: name the level it raises to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment with &apos;{instrument}&apos; scored as &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional judgement can raise the level, never lower it (the score gives &apos;{label}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write down the reason for raising the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: [translation] must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: [translation] has unknown key(s) {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{twhere}: must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{twhere}: unknown key(s) {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{twhere}: status must be &quot;{welsh_awaiting_check}&quot; or &quot;{welsh_checked}&quot;, not {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{twhere}: status &quot;checked&quot; needs checked_by: the name and role of the Welsh-speaking practitioner who checked the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{twhere}: status &quot;checked&quot; needs checked_on: the date of the check, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: checked_on {value} is not a date: write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: checked_on {isoformat} is in the future: give the date of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: id &apos;{iid}&apos; must be lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;answers&apos; must list at least two answer ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: an answer is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;answer_labels&apos; must give one label per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{iwhere}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;scoring&apos; must be one of {scorings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: an instrument needs at least one [[questions]] entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qwhere}: must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qwhere}: unknown key(s) {extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qwhere}: id &apos;{qid}&apos; must be lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qwhere}: id &apos;{qid}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: instrument id &apos;{id}&apos; is already used by another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no risk instrument found in {name}/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk policy sets no levels for the instrument &apos;{instrument_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{level_id}&apos; is not a level of the instrument &apos;{instrument_id}&apos; ({ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: levels for an unknown instrument &apos;{iid}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos; needs at least two levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lwhere}: must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos;: the lowest level must start at 0, so every score has a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos;: levels must be listed lowest first, each starting higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos;: a level id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no levels for the instrument(s) {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: [eligibility] &apos;eligible_levels&apos; must list at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: [eligibility] names unknown level(s) {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: [eligibility] may not make &apos;{id}&apos;, the highest level of &apos;{iid}&apos;, eligible: such a case proceeds only through explicit Chief Inspector sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers do not match the questions of {name} {version} on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment&apos;s answers are unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument &apos;{get}&apos; is not installed on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment has no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no risk instrument &apos;{instrument_id}&apos; (installed: {instruments})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReview</name>
    <message>
        <source>no risk assessment recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after the last assessment</source>
        <translation>
            <numerusform>%n week after the last assessment</numerusform>
            <numerusform>%n weeks after the last assessment</numerusform>
        </translation>
    </message>
    <message>
        <source>a new incident since the last assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleChangesView</name>
    <message>
        <source>Role changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changes and admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those waiting for approval come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove for this device&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this panel, {policy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changes ({waiting} waiting for approval)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTracker</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {label}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention</source>
        <translation>
            <numerusform>Not saved: %n field needs attention</numerusform>
            <numerusform>Not saved: %n fields need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule a panel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the panel meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative practice panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaProblems</name>
    <message>
        <source>unknown field &apos;{field_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section &apos;{section_id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {why} ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreement is larger than Concord accepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Case sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Read only: your role may read this section but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the chosen value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on different devices at the same time: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records}, record {row}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeControls</name>
    <message>
        <source>&amp;Let panel devices connect to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let panel devices connect to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announce it on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel devices nearby then find this one without typing its address. Others nearby see that a Concord device is here, not whose; the announcement changes every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting to listen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionKinds</name>
    <message>
        <source>pre-session briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffPack</name>
    <message>
        <source>withheld from this audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(OVERDUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agency&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor&apos;s boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator and form of process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised to {level}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{flag}: %n incident(s) in {days} days (threshold {threshold})</source>
        <translation>
            <numerusform>{flag}: %n incident in {days} days (threshold {threshold})</numerusform>
            <numerusform>{flag}: %n incidents in {days} days (threshold {threshold})</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as published by the police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation and repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visible to this device, and none published by the police yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessments recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breach ends the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and stop triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW: something has happened since the last assessment (scheduled {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the last assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[trigger: {trigger}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in the order they were made; each time is by the clock of the device that recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no steps recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions, in the order made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, in the order made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off cannot be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified sign-off decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: {decision} by {who} ({rank}) on {day}; signature verified on this device (key {fp}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by {who} on {day}: waiting for the Chief Inspector&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: this sign-off no longer covers the case as it is: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: a stored decision does not verify: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a later decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: {name}, key {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffReport</name>
    <message>
        <source>Signed decision, for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale, by the National Decision Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags when decided, and the override statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision signature fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility when decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: this decision was signed before Concord recorded red flags with a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no red flag was raised on the Chief Inspector&apos;s device when the decision was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: approved over %n red flag(s) raised when the decision was made. The Chief Inspector&apos;s override statement for each is signed with the decision.</source>
        <translation>
            <numerusform>Warning: approved over %n red flag raised when the decision was made. The Chief Inspector&apos;s override statement for it is signed with the decision.</numerusform>
            <numerusform>Warning: approved over %n red flags raised when the decision was made. The Chief Inspector&apos;s override statement for each is signed with the decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) were raised when the decision was made; a {decision} overrides none.</source>
        <translation>
            <numerusform>%n red flag was raised when the decision was made; a {decision} overrides none.</numerusform>
            <numerusform>%n red flags were raised when the decision was made; a {decision} overrides none.</numerusform>
        </translation>
    </message>
    <message>
        <source>none needed: not an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it said when decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: this sign-off no longer covers the case as it is now; a fresh decision is needed before any session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process now: {state}. Prepared for: {audience}. Parts the audience may not read are marked as withheld; safe contact details never appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chief Inspector&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, Chief Inspector&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on the device that made this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature verified; STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature verified; current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative intervention: Chief Inspector sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWarning</name>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>the data subject: the {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHHELD. Exemption: {exemption} ({reference}). Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing this device holds about the data subject is withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the device of the {role} ({agency}) holds about the {party} in case {reference}, for the data subject&apos;s right of access (UK GDPR art. 15). Only what that role reads under the information-sharing agreement is here. An item withheld is named with the exemption relied on and the reason; what it holds is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device holds nothing about the data subject in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about this pack, or about how the request was answered, go to the data protection contact of {agency}: {contact}. The data subject may also complain to the Information Commissioner&apos;s Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {reference}: what this device holds about the {party}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject access pack of case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this device holds about one party of the case, for their right of access. Tick an item to withhold it, then choose the exemption and say why: the pack names the exemption and gives the reason, never what the item holds. Safe contact details are always withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold: item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this device holds about the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device holds nothing about the {party} in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption for {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why {item} is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exemption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in words the data subject will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exemption {item} is withheld under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why {item} is withheld: the pack gives the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the subject access pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the subject access pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject access pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this device holds about one party of the open case, for their right of access, with what is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first: a subject access pack is of one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement does not give your role subject access packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access pack written to {folder}: {pdf}, with {html} and {text} beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessProblems</name>
    <message>
        <source>--withhold &apos;{value}&apos; is not FIELD=CODE:REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exemption &apos;{code}&apos;; the exemptions are: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this agreement names no role that may make a subject access pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not make a subject access pack under this agreement; the roles that may: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown party &apos;{party}&apos;; the parties are: {parties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no field &apos;{field_id}&apos; in a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; is not about the {party} under the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s role does not read &apos;{field_id}&apos;: it is not in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; holds nothing about the {party} on this device: there is nothing to withhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; never leaves this device: the pack withholds it already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; is withheld twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why &apos;{field_id}&apos; is withheld: the pack gives the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncAddress</name>
    <message>
        <source>Type the other device&apos;s address, for example 192.168.1.20:47470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an address. Type it as host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (got “{port}”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>The exchange with {name} did not finish. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged with {name}, fingerprint {fingerprint}: {received} changes in, {sent} out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for a key.</source>
        <translation>
            <numerusform>%n waits for a key.</numerusform>
            <numerusform>%n wait for a key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed a check and were quarantined.</source>
        <translation>
            <numerusform>%n failed a check and was quarantined.</numerusform>
            <numerusform>%n failed a check and were quarantined.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} connected, but the exchange did not finish. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device connected, but the exchange did not finish. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not in a panel yet. Ask the chair for an invitation, then choose Join a panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device founded the panel and chairs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel chaired by {name}.
Chair&apos;s fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has been revoked from the panel: it can no longer sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this to the person at the other device. Their sync panel shows it beside your name; yours shows theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the panel with this (the chair&apos;s) device as its founder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect by address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the other laptop&apos;s address, for a device not listed as on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to a file for another panel laptop, to carry where there is no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a bundle file another panel laptop wrote for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s fingerprint: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel&apos;s membership cannot be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: {waiting} · Quarantined: {quarantined}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel&apos;s role changes cannot be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No panel laptop is on this network right now. Laptops show here when their users tick “Let panel devices connect to this one” and “Announce it on this network”. You can also connect by address, or carry the changes in a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device this laptop does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync with {name} yet. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange is already running; wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel is founded. Invite the other devices with Invite a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the change of {name}. It reaches the other devices at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging with {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging with {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving: {size}, {applied} changes applied so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not sync with {name}. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not happen. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} joined the panel. Their device&apos;s fingerprint is {fingerprint}: check it with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} synced with this device: {received} changes in, {sent} out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange with a device that connected did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not join: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device joined the panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>only the chair may {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; (roles: {roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invitation {invite_id} was issued on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitation {invite_id} is already {current_state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device issued no such invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitation code does not match: check it was typed exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this invitation was {state}; ask the chair for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this invitation is for the role &apos;{role}&apos;, but the device was set up as &apos;{role2}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this invitation is taken by another device&apos;s admission; ask the chair for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device is already known to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device_id} is not an active member of the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one recipient device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle is for at most {max_recipients} devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle would be too large for a device to import: make one for fewer devices, or sync over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a Concord bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this bundle is in an older format ({decode}) that this version of Concord no longer reads: ask the sender to update Concord and export it again; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Concord bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is damaged or truncated ({exc}); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle belongs to another panel; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was not made for this device; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle does not decrypt: it was altered; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s contents are malformed ({exc}); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s sender is not an active member of the panel; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not verify; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this bundle was already imported on {value}; a replay changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Concord invitation code (it has characters a code never has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this invitation code is the wrong length: check that it was copied whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this invitation code has a typing mistake in it (its check does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this invitation code is of version {version}, which this Concord does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a Concord invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invitation is valid for more than 0 and at most {max_hours:.0f} hours (got {hours})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent more than {held_limit} envelopes this device holds no key for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent more than {junk_limit} items that failed a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a chair&apos;s device can write the relay&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay&apos;s address is tls://host:port (a cluster: several, with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay&apos;s certificate fingerprint is 64 hexadecimal digits (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay&apos;s certificate does not match the fingerprint given for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay&apos;s configuration must come from an active chair&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay&apos;s certificate is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Concord replacement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this replacement request is for another panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device {old_device} was never a member of this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replacement request is not signed by the device it says it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device {old_device} ({name}) is no longer a member: a copy restored from its backup was already taken in, or the device was revoked. This copy is refused; if its person should be a member, set it up afresh and ask for an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored device names another person, agency or role than the device it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device is not in a panel yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s membership log cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device is already in a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the chair&apos;s device founds a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admission of {name} as {role} waits for approval by {missing}: once a device of each has approved it (concord panel approve {device_id}), admit the same request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Concord admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the membership log does not admit this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel admitted this device as &apos;{role}&apos;, but it was set up as &apos;{role2}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device was restored from a member of another panel; it may rejoin only that panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admission is for a panel founded by another device than the one that sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admission&apos;s certificates do not match the panel&apos;s founding key and this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the chair may change the panel&apos;s membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the chair may hold, release or erase a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the chair may adopt a new agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel refused the change: {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active member {device_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has the role {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role change or admission of {device_id} waits for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device is not an active member of its panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this approval would not count: {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device is not in a panel yet, so there are no panel peers to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device id is 32 lowercase hex characters; refusing to advertise anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local network discovery is not available ({exc}); {fallback_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network interface here can carry local network discovery; {fallback_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot advertise port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device has no IPv4 address to advertise; {fallback_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not advertise on the local network ({exc}); {fallback_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not re-announce on the local network ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look for peers on the local network ({exc}); {fallback_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other device closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other device sent a frame of {length} bytes, outside the limits of joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other device did not follow the joining exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed join request: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a join: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this invitation has expired (check this computer&apos;s clock if that seems wrong); ask the chair for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach {host}:{port} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device at {host}:{port} is not the chair who issued this invitation: its fingerprint is {fingerprint_of}, the invitation names {chair_fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device at {host}:{port} showed the chair&apos;s key but not a certificate made with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair&apos;s device sent a malformed reply ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the join with {host}:{port} broke off ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair&apos;s device refused: {decode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay certificate on this device does not match its pinned fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair&apos;s device that set up the relay is not in this panel&apos;s membership log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the relay at {url}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay did not answer in time; nothing is lost, sync again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay connection broke off ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay refused a letter ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay has no mailboxes for this panel yet: the chair&apos;s device must sync through it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay did not acknowledge a letter; it will be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the relay was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}:{port} is not a member of this panel ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange with {host}:{port} broke off ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device is serving as many sessions as it may; try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device already has {per_device} sessions open here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit heads from a device that is not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent a malformed audit head: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent the audit head of a third device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer sent an audit head whose signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The time of this exchange could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other devices will not find this one on the network by themselves; give them its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on this network cannot be listed here; choose Connect by address and type the other laptop&apos;s address instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency that owns the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who owns the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the action should be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status last reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the status was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the action was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: still open after its target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerView</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any part of the owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ope&amp;n only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the actions shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions cannot be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} actions; {overdue} of those shown OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) exported to {path}</source>
        <translation>
            <numerusform>%n action exported to {path}</numerusform>
            <numerusform>%n actions exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <source>Sign-off inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since or due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide and si&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-off request waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off request(s) wait for your decision, oldest first.</source>
        <translation>
            <numerusform>%n sign-off request waits for your decision.</numerusform>
            <numerusform>%n sign-off requests wait for your decision, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) need attention on your cases.</source>
        <translation>
            <numerusform>%n other item needs attention on your cases.</numerusform>
            <numerusform>%n other items need attention on your cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for you, most urgent first.</source>
        <translation>
            <numerusform>%n item waits for you.</numerusform>
            <numerusform>%n items wait for you, most urgent first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you on this device&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cases could not be checked ({n}); open them to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>something has happened since the last assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the last assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review overdue (due {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: the risk review is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review due soon (due {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off requested by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the police lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off no longer covers the case as it is: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: the approval was given on data that has since changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare check-in with the survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in {language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: the check-in is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for {owner}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: past its target date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Part</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SealedFileDialog</name>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>{name}, {role} ({agency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each device by the person using it and their agency. Press Enter on a device on this network to sync with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
