<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>The restored device&apos;s request</source>
        <translation>Cais y ddyfais a adferwyd</translation>
    </message>
    <message>
        <source>Concord request (*.json);;All files (*)</source>
        <translation>Cais Concord (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation>Heb ei derbyn</translation>
    </message>
    <message>
        <source>Save the admission</source>
        <translation>Cadw&apos;r derbyniad</translation>
    </message>
    <message>
        <source>Concord admission (*.json)</source>
        <translation>Derbyniad Concord (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Wedi&apos;i derbyn</translation>
    </message>
    <message>
        <source>The restored device is a member now, and the device it replaces is revoked. Give it the admission file; it joins with Sync › Join with an admission file.</source>
        <translation>Mae&apos;r ddyfais a adferwyd yn aelod erbyn hyn, ac mae&apos;r ddyfais y mae&apos;n cymryd ei lle wedi&apos;i dirymu. Rhowch y ffeil derbyniad iddi; bydd yn ymuno drwy Cysoni › Ymuno â ffeil derbyniad.</translation>
    </message>
    <message>
        <source>The chair&apos;s admission</source>
        <translation>Derbyniad y cadeirydd</translation>
    </message>
    <message>
        <source>Concord admission (*.json);;All files (*)</source>
        <translation>Derbyniad Concord (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Heb ymuno</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Agree an action for {case}</source>
        <translation>Cytuno ar gam gweithredu ar gyfer {case}</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Say specifically what will be done, by whom and by when.</source>
        <translation>Nodwch yn benodol beth fydd yn cael ei wneud, gan bwy ac erbyn pryd.</translation>
    </message>
    <message>
        <source>Language for contact: {languages}</source>
        <translation>Iaith ar gyfer cysylltu: {languages}</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Cam gweithredu:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owning a&amp;gency:</source>
        <translation>&amp;Asiantaeth gyfrifol:</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth gyfrifol</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Person who owns the action</source>
        <translation>Y person sy&apos;n gyfrifol am y cam gweithredu</translation>
    </message>
    <message>
        <source>A member of the agency, or type any name</source>
        <translation>Aelod o&apos;r asiantaeth, neu teipiwch unrhyw enw</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Dyddiad targed:</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>heb ei wneud</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>circumstances changed</source>
        <translation>amgylchiadau wedi newid</translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <source>Waiting: changes that arrived before the key to open them; they apply once a member passes the key on. Quarantined: what failed a check and was never applied.</source>
        <translation>Yn aros: newidiadau a gyrhaeddodd cyn yr allwedd i&apos;w hagor; cânt eu rhoi ar waith pan fydd aelod yn trosglwyddo&apos;r allwedd. Mewn cwarantin: yr hyn a fethodd wiriad ac na chafodd ei roi ar waith erioed.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Cynnydd cysoni</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Gweithgarwch cysoni</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>for example 192.168.1.20:{port}</source>
        <translation>er enghraifft 192.168.1.20:{port}</translation>
    </message>
    <message>
        <source>Other device&apos;s address</source>
        <translation>Cyfeiriad y ddyfais arall</translation>
    </message>
    <message>
        <source>Address of the other laptop:</source>
        <translation>Cyfeiriad y gliniadur arall:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Sync with the laptop at this address</source>
        <translation>Cysoni â&apos;r gliniadur yn y cyfeiriad hwn</translation>
    </message>
</context>
<context>
    <name>AdoptAgreement</name>
    <message>
        <source>Adopt a new agreement</source>
        <translation>Mabwysiadu cytundeb newydd</translation>
    </message>
    <message>
        <source>{role} will read: {fields}</source>
        <translation>Bydd {role} yn darllen: {fields}</translation>
    </message>
    <message>
        <source>{role} will no longer read: {fields}</source>
        <translation>Ni fydd {role} yn darllen mwyach: {fields}</translation>
    </message>
    <message>
        <source>{role} will read only while the {party} consents: {fields}</source>
        <translation>Bydd {role} yn darllen dim ond tra bo&apos;r {party} yn rhoi caniatâd: {fields}</translation>
    </message>
    <message>
        <source>{role} will read on the safeguarding basis: {fields}</source>
        <translation>Bydd {role} yn darllen ar sail diogelu: {fields}</translation>
    </message>
    <message>
        <source>Who reads what does not change.</source>
        <translation>Nid yw pwy sy&apos;n darllen beth yn newid.</translation>
    </message>
    <message>
        <source>Agreement (*.toml)</source>
        <translation>Cytundeb (*.toml)</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>Ni ellir darllen y ffeil honno.</translation>
    </message>
    <message>
        <source>Put version {version} of the agreement in force on the whole panel? Every device follows it once the change reaches it, and destroys what it no longer may hold.</source>
        <translation>Rhoi fersiwn {version} o&apos;r cytundeb mewn grym ar draws y panel cyfan? Bydd pob dyfais yn ei ddilyn unwaith y bydd y newid yn ei chyrraedd, ac yn dinistrio&apos;r hyn na chaiff ei gadw mwyach.</translation>
    </message>
    <message>
        <source>Agreement version {version} is now in force here.</source>
        <translation>Mae fersiwn {version} o&apos;r cytundeb mewn grym yma nawr.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Ychwanegu achos at yr agenda</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Ychwanegu at yr agenda</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Achos:</translation>
    </message>
    <message>
        <source>Case to add</source>
        <translation>Achos i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Reason it is on the agenda</source>
        <translation>Y rheswm y mae ar yr agenda</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Munudau:</translation>
    </message>
    <message>
        <source>Minutes allowed</source>
        <translation>Munudau a ganiateir</translation>
    </message>
    <message>
        <source> min</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>every case on this device is already on the agenda</source>
        <translation>mae pob achos ar y ddyfais hon ar yr agenda eisoes</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Place on the agenda; (now): the case under discussion</source>
        <translation>Safle ar yr agenda; (nawr): yr achos sy&apos;n cael ei drafod</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Pam mae ar yr agenda</translation>
    </message>
    <message>
        <source>The reasons the case comes to this meeting</source>
        <translation>Y rhesymau pam mae&apos;r achos yn dod i&apos;r cyfarfod hwn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Time allowed for the case</source>
        <translation>Yr amser a ganiateir ar gyfer yr achos</translation>
    </message>
    <message>
        <source>{n} (now)</source>
        <translation>{n} (nawr)</translation>
    </message>
    <message>
        <source>(not on this device yet)</source>
        <translation>(nid yw ar y ddyfais hon eto)</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} munud</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Build agenda from cases</source>
        <translation>&amp;Llunio agenda o&apos;r achosion</translation>
    </message>
    <message>
        <source>Add every case that should come to this meeting: new referrals, reviews due, repeats, sign-offs awaited, open actions; children first</source>
        <translation>Ychwanegu pob achos a ddylai ddod i&apos;r cyfarfod hwn: atgyfeiriadau newydd, adolygiadau sy&apos;n ddyledus, achosion mynych, cymeradwyaethau sy&apos;n aros, camau gweithredu agored; achosion plant yn gyntaf</translation>
    </message>
    <message>
        <source>Add cas&amp;e…</source>
        <translation>Yc&amp;hwanegu achos…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Sta&amp;rt meeting</source>
        <translation>&amp;Dechrau cyfarfod</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Acho&amp;s nesaf</translation>
    </message>
    <message>
        <source>Clo&amp;se meeting</source>
        <translation>&amp;Cau cyfarfod</translation>
    </message>
    <message>
        <source>Reopen meeting</source>
        <translation>Ailagor cyfarfod</translation>
    </message>
    <message>
        <source>A closed meeting refuses changes; reopen it to correct its record</source>
        <translation>Nid yw cyfarfod sydd wedi&apos;i gau yn derbyn newidiadau; ailagorwch ef i gywiro ei gofnod</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), {minutes} minutes in all</source>
        <translation>
            <numerusform>%n achos, {minutes} munud i gyd</numerusform>
            <numerusform>%n achos, {minutes} munud i gyd</numerusform>
            <numerusform>%n achos, {minutes} munud i gyd</numerusform>
            <numerusform>%n achos, {minutes} munud i gyd</numerusform>
            <numerusform>%n achos, {minutes} munud i gyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda</source>
        <translation>
            <numerusform>%n achos wedi&apos;u hychwanegu at yr agenda</numerusform>
            <numerusform>%n achos wedi&apos;i ychwanegu at yr agenda</numerusform>
            <numerusform>%n achos wedi&apos;u hychwanegu at yr agenda</numerusform>
            <numerusform>%n achos wedi&apos;u hychwanegu at yr agenda</numerusform>
            <numerusform>%n achos wedi&apos;u hychwanegu at yr agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No discussion or outcome is recorded on this device for %n of the cases on the agenda: {cases}.

Once closed, the meeting&apos;s record stands as minuted until you reopen it.</source>
        <translation>
            <numerusform>Nid oes trafodaeth na chanlyniad wedi&apos;u cofnodi ar y ddyfais hon ar gyfer %n o&apos;r achosion ar yr agenda: {cases}.

Ar ôl cau&apos;r cyfarfod, bydd ei gofnod yn aros fel y mae yn y cofnodion nes i chi ei ailagor.</numerusform>
            <numerusform>Nid oes trafodaeth na chanlyniad wedi&apos;u cofnodi ar y ddyfais hon ar gyfer %n o&apos;r achosion ar yr agenda: {cases}.

Ar ôl cau&apos;r cyfarfod, bydd ei gofnod yn aros fel y mae yn y cofnodion nes i chi ei ailagor.</numerusform>
            <numerusform>Nid oes trafodaeth na chanlyniad wedi&apos;u cofnodi ar y ddyfais hon ar gyfer %n o&apos;r achosion ar yr agenda: {cases}.

Ar ôl cau&apos;r cyfarfod, bydd ei gofnod yn aros fel y mae yn y cofnodion nes i chi ei ailagor.</numerusform>
            <numerusform>Nid oes trafodaeth na chanlyniad wedi&apos;u cofnodi ar y ddyfais hon ar gyfer %n o&apos;r achosion ar yr agenda: {cases}.

Ar ôl cau&apos;r cyfarfod, bydd ei gofnod yn aros fel y mae yn y cofnodion nes i chi ei ailagor.</numerusform>
            <numerusform>Nid oes trafodaeth na chanlyniad wedi&apos;u cofnodi ar y ddyfais hon ar gyfer %n o&apos;r achosion ar yr agenda: {cases}.

Ar ôl cau&apos;r cyfarfod, bydd ei gofnod yn aros fel y mae yn y cofnodion nes i chi ei ailagor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case to add: every case that should come is on the agenda</source>
        <translation>Dim achos i&apos;w ychwanegu: mae pob achos a ddylai ddod eisoes ar yr agenda</translation>
    </message>
    <message>
        <source>Case added to the agenda</source>
        <translation>Achos wedi&apos;i ychwanegu at yr agenda</translation>
    </message>
    <message>
        <source>Agenda reordered</source>
        <translation>Trefn yr agenda wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Meeting started</source>
        <translation>Cyfarfod wedi dechrau</translation>
    </message>
    <message>
        <source>The meeting moved on to {case}</source>
        <translation>Symudodd y cyfarfod ymlaen i {case}</translation>
    </message>
    <message>
        <source>a case not on this device yet</source>
        <translation>achos nad yw ar y ddyfais hon eto</translation>
    </message>
    <message>
        <source>Cases not discussed</source>
        <translation>Achosion heb eu trafod</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Cau beth bynnag</translation>
    </message>
    <message>
        <source>Meeting closed</source>
        <translation>Cyfarfod wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Meeting reopened: its record may be corrected, then closed again</source>
        <translation>Cyfarfod wedi&apos;i ailagor: gellir cywiro ei gofnod, ac yna ei gau eto</translation>
    </message>
</context>
<context>
    <name>AgendaReasons</name>
    <message>
        <source>new referral</source>
        <translation>atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>risk escalating</source>
        <translation>risg yn gwaethygu</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>repeat within 12 months</source>
        <translation>achos mynych o fewn 12 mis</translation>
    </message>
    <message>
        <source>awaiting sign-off decision</source>
        <translation>yn aros am benderfyniad cymeradwyaeth</translation>
    </message>
    <message>
        <source>open actions carried forward</source>
        <translation>camau gweithredu agored wedi&apos;u dwyn ymlaen</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>OVERDUE: the agreement&apos;s review has been due since {date}</source>
        <translation>YN HWYR: mae adolygiad y cytundeb wedi bod yn ddyledus ers {date}</translation>
    </message>
    <message>
        <source>REVIEW DUE: the agreement&apos;s review is due on {date}</source>
        <translation>ADOLYGIAD YN DDYLEDUS: mae adolygiad y cytundeb yn ddyledus ar {date}</translation>
    </message>
    <message numerus="yes">
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (ymhen %n diwrnod)</numerusform>
            <numerusform>{date} (ymhen %n diwrnod)</numerusform>
            <numerusform>{date} (ymhen %n diwrnod)</numerusform>
            <numerusform>{date} (ymhen %n diwrnod)</numerusform>
            <numerusform>{date} (ymhen %n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date} (heddiw)</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day(s) ago)</source>
        <translation>
            <numerusform>{date} (%n diwrnod yn ôl)</numerusform>
            <numerusform>{date} (%n diwrnod yn ôl)</numerusform>
            <numerusform>{date} (%n diwrnod yn ôl)</numerusform>
            <numerusform>{date} (%n diwrnod yn ôl)</numerusform>
            <numerusform>{date} (%n diwrnod yn ôl)</numerusform>
        </translation>
    </message>
    <message>
        <source>{section} (some fields)</source>
        <translation>{section} (rhai meysydd)</translation>
    </message>
    <message>
        <source>{section} (while the {party} consents)</source>
        <translation>{section} (tra bo&apos;r {party} yn rhoi caniatâd)</translation>
    </message>
    <message>
        <source>Information-sharing agreement</source>
        <translation>Cytundeb rhannu gwybodaeth</translation>
    </message>
    <message>
        <source>Agreement not named</source>
        <translation>Cytundeb heb ei enwi</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Fersiwn:</translation>
    </message>
    <message>
        <source>Agreed on:</source>
        <translation>Cytunwyd ar:</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Adolygu erbyn:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Sail gyfreithlon:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Llofnodwyr</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Llofnodwyd gan</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Llofnodwyd ar</translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation>Cyswllt diogelu data</translation>
    </message>
    <message>
        <source>Who reads what</source>
        <translation>Pwy sy&apos;n darllen beth</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Yn darllen</translation>
    </message>
    <message>
        <source>&amp;Adopt a new version…</source>
        <translation>&amp;Mabwysiadu fersiwn newydd…</translation>
    </message>
    <message>
        <source>Signed by each agency</source>
        <translation>Wedi&apos;i lofnodi gan bob asiantaeth</translation>
    </message>
    <message>
        <source>&amp;Information-sharing agreement…</source>
        <translation>Cytundeb rhannu gwybodae&amp;th…</translation>
    </message>
    <message>
        <source>The agreement in force: its version, review date, signatories and who reads what</source>
        <translation>Y cytundeb sydd mewn grym: ei fersiwn, ei ddyddiad adolygu, ei lofnodwyr a phwy sy&apos;n darllen beth</translation>
    </message>
</context>
<context>
    <name>AgreementProblems</name>
    <message>
        <source>cannot read the agreement {file}: {why}</source>
        <translation>ni ellir darllen y cytundeb {file}: {why}</translation>
    </message>
    <message>
        <source>the agreement&apos;s version {new} is not later than the version in force ({old})</source>
        <translation>nid yw fersiwn {new} y cytundeb yn ddiweddarach na&apos;r fersiwn sydd mewn grym ({old})</translation>
    </message>
    <message>
        <source>the agreement leaves out roles members of the panel hold: {roles}</source>
        <translation>mae&apos;r cytundeb yn hepgor rolau sydd gan aelodau&apos;r panel: {roles}</translation>
    </message>
    <message>
        <source>the agreement would move fields whose records prove who wrote them: {fields}; keep who reads and writes them as it is</source>
        <translation>byddai&apos;r cytundeb yn symud meysydd y mae eu cofnodion yn profi pwy a&apos;u hysgrifennodd: {fields}; cadwch pwy sy&apos;n eu darllen a&apos;u hysgrifennu fel y mae</translation>
    </message>
</context>
<context>
    <name>AgreementReviewWarning</name>
    <message>
        <source>Open the agreement: who signed it, and each agency&apos;s data protection contact</source>
        <translation>Agor y cytundeb: pwy a&apos;i llofnododd, a chyswllt diogelu data pob asiantaeth</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Record apologies</source>
        <translation>Cofnodi ymddiheuriadau</translation>
    </message>
    <message>
        <source>&amp;Add apologies</source>
        <translation>&amp;Ychwanegu ymddiheuriadau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Name of the person sending apologies</source>
        <translation>Enw&apos;r person sy&apos;n anfon ymddiheuriadau</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;siantaeth:</translation>
    </message>
    <message>
        <source>Their agency</source>
        <translation>Eu hasiantaeth</translation>
    </message>
    <message>
        <source>&amp;Information was sent to the panel</source>
        <translation>Anfonwyd &amp;gwybodaeth at y panel</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Dyddiad a&amp;nfon:</translation>
    </message>
    <message>
        <source>Day the information was sent</source>
        <translation>Y diwrnod yr anfonwyd y wybodaeth</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Role on the panel</source>
        <translation>Rôl ar y panel</translation>
    </message>
    <message>
        <source>Acknowledged statement</source>
        <translation>Wedi cydnabod y datganiad</translation>
    </message>
    <message>
        <source>Whether they acknowledged the confidentiality statement on their device</source>
        <translation>A ydynt wedi cydnabod y datganiad cyfrinachedd ar eu dyfais</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Signed statement</source>
        <translation>Wedi llofnodi&apos;r datganiad</translation>
    </message>
    <message>
        <source>Whether they signed the confidentiality statement</source>
        <translation>A ydynt wedi llofnodi&apos;r datganiad cyfrinachedd</translation>
    </message>
    <message>
        <source>Information sent</source>
        <translation>Wedi anfon gwybodaeth</translation>
    </message>
    <message>
        <source>Whether they sent information to the panel</source>
        <translation>A ydynt wedi anfon gwybodaeth at y panel</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dyddiad anfon</translation>
    </message>
    <message>
        <source>The day the information was sent</source>
        <translation>Y diwrnod yr anfonwyd yr wybodaeth</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mynychwyr</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Sylwedyddion</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Add atte&amp;ndees…</source>
        <translation>Ychwanegu &amp;mynychwyr…</translation>
    </message>
    <message>
        <source>Add obse&amp;rver…</source>
        <translation>Ychwanegu &amp;sylwedydd…</translation>
    </message>
    <message>
        <source>Add apolo&amp;gies…</source>
        <translation>Ychwan&amp;egu ymddiheuriadau…</translation>
    </message>
    <message>
        <source>Attend&amp;ees</source>
        <translation>Myny&amp;chwyr</translation>
    </message>
    <message>
        <source>O&amp;bservers</source>
        <translation>Sylwe&amp;dyddion</translation>
    </message>
    <message>
        <source>Apologie&amp;s</source>
        <translation>Ymddi&amp;heuriadau</translation>
    </message>
    <message>
        <source>Not on a panel device</source>
        <translation>Nid ar ddyfais panel</translation>
    </message>
    <message>
        <source>Attendees recorded</source>
        <translation>Y rhai sy&apos;n bresennol wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Observer recorded</source>
        <translation>Sylwedydd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Apologies recorded</source>
        <translation>Ymddiheuriadau wedi&apos;u cofnodi</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Record attendees</source>
        <translation>Cofnodi&apos;r rhai sy&apos;n bresennol</translation>
    </message>
    <message>
        <source>&amp;Add attendees</source>
        <translation>&amp;Ychwanegu&apos;r rhai sy&apos;n bresennol</translation>
    </message>
    <message>
        <source>Tick each member of the panel who is here. For someone not on the panel, give their name and agency below.</source>
        <translation>Ticiwch bob aelod o&apos;r panel sydd yma. Ar gyfer rhywun nad yw ar y panel, rhowch eu henw a&apos;u hasiantaeth isod.</translation>
    </message>
    <message>
        <source>Panel members attending</source>
        <translation>Aelodau&apos;r panel sy&apos;n bresennol</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Aelodau:</translation>
    </message>
    <message>
        <source>Someone else&apos;s &amp;name:</source>
        <translation>&amp;Enw rhywun arall:</translation>
    </message>
    <message>
        <source>Name of someone not on the panel</source>
        <translation>Enw rhywun nad yw ar y panel</translation>
    </message>
    <message>
        <source>Their a&amp;gency:</source>
        <translation>Eu &amp;hasiantaeth:</translation>
    </message>
    <message>
        <source>Agency of someone not on the panel</source>
        <translation>Asiantaeth rhywun nad yw ar y panel</translation>
    </message>
    <message>
        <source>{member} (already recorded)</source>
        <translation>{member} (wedi&apos;i gofnodi eisoes)</translation>
    </message>
    <message>
        <source>tick the members who are here, or give the name and agency of someone not on the panel</source>
        <translation>ticiwch yr aelodau sydd yma, neu rhowch enw ac asiantaeth rhywun nad yw ar y panel</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Concord is working; this closes by itself when it is done.</source>
        <translation>Mae Concord wrthi&apos;n gweithio; bydd hwn yn cau ohono&apos;i hun pan fydd wedi gorffen.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up this device</source>
        <translation>Gwneud copi wrth gefn o&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Ffeil copi wrth gefn:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>One file will hold everything on this device: its cases, meetings and audit log, and its keys, sealed under a passphrase you choose (at least 12 characters; a few unrelated words are best). Without the passphrase nobody can open the file, you included: Concord cannot recover it. Keep the file away from this laptop, as your agency&apos;s policy for sensitive backups says.</source>
        <translation>Bydd un ffeil yn dal popeth sydd ar y ddyfais hon: ei hachosion, ei chyfarfodydd a&apos;i log archwilio, a&apos;i hallweddi, wedi&apos;u selio o dan gyfrinymadrodd a ddewiswch chi (o leiaf 12 nod; ychydig o eiriau digyswllt sydd orau). Heb y cyfrinymadrodd ni all neb agor y ffeil, gan gynnwys chi: ni all Concord ei adfer. Cadwch y ffeil ar wahân i&apos;r gliniadur hwn, fel y mae polisi eich asiantaeth ar gopïau wrth gefn sensitif yn ei nodi.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Gwneud copi wrth gefn i</translation>
    </message>
    <message>
        <source>Concord backup (*.backup)</source>
        <translation>Copi wrth gefn Concord (*.backup)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Dewiswch ble i ysgrifennu&apos;r copi wrth gefn.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backed up to {path}. Keep the file apart from this laptop, and the passphrase apart from both.</source>
        <translation>Copi wrth gefn wedi&apos;i wneud yn {path}. Cadwch y ffeil ar wahân i&apos;r gliniadur hwn, a&apos;r cyfrinymadrodd ar wahân i&apos;r ddau.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Not backed up: {reason}</source>
        <translation>Heb wneud copi wrth gefn: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Restored: give the chair your request…</source>
        <translation>Wedi&apos;i hadfer: rhowch eich cais i&apos;r cadeirydd…</translation>
    </message>
    <message>
        <source>Never backed up: back up now…</source>
        <translation>Dim copi wrth gefn erioed: gwnewch gopi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>Last backup {days} days ago: back up now…</source>
        <translation>Copi wrth gefn diwethaf {days} diwrnod yn ôl: gwnewch gopi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>Save the request for the chair</source>
        <translation>Cadw&apos;r cais i&apos;r cadeirydd</translation>
    </message>
    <message>
        <source>Concord request (*.json)</source>
        <translation>Cais Concord (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Saved. The chair takes this device in with it; then join with the admission they give you.</source>
        <translation>Wedi&apos;i gadw. Bydd y cadeirydd yn derbyn y ddyfais hon yn ôl gyda&apos;r cais; yna ymunwch gan ddefnyddio&apos;r ffeil dderbyn y bydd yn ei rhoi i chi.</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Working on the bundle</source>
        <translation>Yn gweithio ar y bwndel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>BundleWords</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>Bundle written for every {role} device ({names}): {changes}.</source>
        <translation>Bwndel wedi&apos;i ysgrifennu ar gyfer pob dyfais yn rôl {role} ({names}): {changes}.</translation>
    </message>
    <message>
        <source>Carry the file to each of those laptops and choose Import bundle there.</source>
        <translation>Ewch â&apos;r ffeil i bob un o&apos;r gliniaduron hynny a dewiswch Mewnforio bwndel yno.</translation>
    </message>
    <message>
        <source>Bundle written for {name}: {changes}.</source>
        <translation>Bwndel wedi&apos;i ysgrifennu ar gyfer {name}: {changes}.</translation>
    </message>
    <message>
        <source>Carry the file to that laptop and choose Import bundle there.</source>
        <translation>Ewch â&apos;r ffeil i&apos;r gliniadur hwnnw a dewiswch Mewnforio bwndel yno.</translation>
    </message>
    <message>
        <source>It is saved as {path}.</source>
        <translation>Mae wedi&apos;i gadw fel {path}.</translation>
    </message>
    <message>
        <source>Imported the bundle from {name}: {changes} applied.</source>
        <translation>Mewnforiwyd y bwndel oddi wrth {name}: rhoddwyd {changes} ar waith.</translation>
    </message>
    <message>
        <source>Nothing in it was new: this laptop already had it all.</source>
        <translation>Nid oedd dim byd newydd ynddo: roedd y cyfan ar y gliniadur hwn eisoes.</translation>
    </message>
    <message>
        <source>{changes} wait for a key to open them; they apply once a panel member passes the key on.</source>
        <translation>Mae {changes} yn aros am allwedd i&apos;w hagor; cânt eu rhoi ar waith pan fydd aelod o&apos;r panel yn trosglwyddo&apos;r allwedd.</translation>
    </message>
    <message>
        <source>{changes} wait for earlier changes they build on.</source>
        <translation>Mae {changes} yn aros am newidiadau cynharach sy&apos;n sail iddynt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed a check and were quarantined, not applied. Tell the chair.</source>
        <translation>
            <numerusform>Methodd %n eitem wiriad ac maent wedi&apos;u rhoi mewn cwarantin, heb eu rhoi ar waith. Rhowch wybod i&apos;r cadeirydd.</numerusform>
            <numerusform>Methodd %n eitem wiriad ac mae wedi&apos;i rhoi mewn cwarantin, heb ei rhoi ar waith. Rhowch wybod i&apos;r cadeirydd.</numerusform>
            <numerusform>Methodd %n eitem wiriad ac maent wedi&apos;u rhoi mewn cwarantin, heb eu rhoi ar waith. Rhowch wybod i&apos;r cadeirydd.</numerusform>
            <numerusform>Methodd %n eitem wiriad ac maent wedi&apos;u rhoi mewn cwarantin, heb eu rhoi ar waith. Rhowch wybod i&apos;r cadeirydd.</numerusform>
            <numerusform>Methodd %n eitem wiriad ac maent wedi&apos;u rhoi mewn cwarantin, heb eu rhoi ar waith. Rhowch wybod i&apos;r cadeirydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s list of members was updated.</source>
        <translation>Cafodd rhestr aelodau&apos;r panel ei diweddaru.</translation>
    </message>
    <message>
        <source>Some cases still lack changes; see below.</source>
        <translation>Mae newidiadau ar goll o hyd o rai achosion; gweler isod.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Date the case was created on this device</source>
        <translation>Y dyddiad y crëwyd yr achos ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Person harmed</source>
        <translation>Y person a niweidiwyd</translation>
    </message>
    <message>
        <source>Person harmed (pseudonym)</source>
        <translation>Y person a niweidiwyd (ffugenw)</translation>
    </message>
    <message>
        <source>Caused harm</source>
        <translation>Y person a achosodd niwed</translation>
    </message>
    <message>
        <source>Person who caused harm (pseudonym)</source>
        <translation>Y person a achosodd niwed (ffugenw)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Children involved: Yes, No, or empty if not recorded</source>
        <translation>Plant ynghlwm: Ie, Na, neu&apos;n wag os nad yw wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search by reference (Ctrl+F)</source>
        <translation>Chwilio yn ôl cyfeirnod (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases by reference</source>
        <translation>Chwilio achosion yn ôl cyfeirnod</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Ac&amp;hos newydd…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>Your role may not open new cases under this agreement.</source>
        <translation>Ni chaiff eich rôl agor achosion newydd o dan y cytundeb hwn.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Dim achosion eto</translation>
    </message>
    <message>
        <source>Cases: {total}</source>
        <translation>Achosion: {total}</translation>
    </message>
    <message>
        <source>Cases: {shown} of {total}</source>
        <translation>Achosion: {shown} o {total}</translation>
    </message>
    <message>
        <source>No case reference contains “{text}”.</source>
        <translation>Nid oes cyfeirnod achos yn cynnwys “{text}”.</translation>
    </message>
</context>
<context>
    <name>CaseMinutes</name>
    <message>
        <source>Survivor&apos;s views (through the advocate)</source>
        <translation>Barn y goroeswr (drwy&apos;r eiriolwr)</translation>
    </message>
    <message>
        <source>Survivor&apos;s views</source>
        <translation>Barn y goroeswr</translation>
    </message>
    <message>
        <source>Key risks: facts</source>
        <translation>Risgiau allweddol: ffeithiau</translation>
    </message>
    <message>
        <source>Professional opinion</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>&amp;Key risks: facts</source>
        <translation>Risgiau allweddol: ffeithiau</translation>
    </message>
    <message>
        <source>Pro&amp;fessional opinion</source>
        <translation>&amp;Barn broffesiynol</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>What is known, apart from opinion</source>
        <translation>Yr hyn sy&apos;n hysbys, ar wahân i farn</translation>
    </message>
    <message>
        <source>What the agencies think, said as opinion</source>
        <translation>Beth mae&apos;r asiantaethau&apos;n ei feddwl, wedi&apos;i nodi fel barn</translation>
    </message>
    <message>
        <source>What the panel decided</source>
        <translation>Yr hyn a benderfynodd y panel</translation>
    </message>
    <message>
        <source>Sa&amp;ve discussion</source>
        <translation>Cadw&apos;r drafoda&amp;eth</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth gyfrifol</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Person who owns the action</source>
        <translation>Y person sy&apos;n gyfrifol am y cam gweithredu</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Status last reported</source>
        <translation>Y statws a adroddwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>OVERDUE: still open after its target date</source>
        <translation>YN HWYR: yn dal ar agor ar ôl ei ddyddiad targed</translation>
    </message>
    <message>
        <source>Actions agreed at this meeting</source>
        <translation>Camau gweithredu a gytunwyd yn y cyfarfod hwn</translation>
    </message>
    <message>
        <source>Add actio&amp;n…</source>
        <translation>Ychwanegu ca&amp;m gweithredu…</translation>
    </message>
    <message>
        <source>What was to be done</source>
        <translation>Beth oedd i fod i gael ei wneud</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Y cyfarfod hwn</translation>
    </message>
    <message>
        <source>Done, circumstances changed or not done, as this meeting found</source>
        <translation>Wedi&apos;i wneud, amgylchiadau wedi newid neu heb ei wneud, yn ôl canfyddiad y cyfarfod hwn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>The meeting&apos;s note on the action</source>
        <translation>Nodyn y cyfarfod ar y cam gweithredu</translation>
    </message>
    <message>
        <source>Earlier actions to review</source>
        <translation>Camau gweithredu cynharach i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation>Nodyn ar yr adolygiad</translation>
    </message>
    <message>
        <source>Note for the minutes (optional)</source>
        <translation>Nodyn ar gyfer y cofnodion (dewisol)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Circumstances changed</source>
        <translation>Amgylchiadau wedi newid</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Heb ei wneud</translation>
    </message>
    <message>
        <source>Review the selected action: {outcome}</source>
        <translation>Adolygu&apos;r cam gweithredu a ddewiswyd: {outcome}</translation>
    </message>
    <message>
        <source>Referral and risk</source>
        <translation>Atgyfeiriad a risg</translation>
    </message>
    <message>
        <source>What each agency brings</source>
        <translation>Cyfraniad pob asiantaeth</translation>
    </message>
    <message>
        <source>Actions agreed for this case at this meeting</source>
        <translation>Camau gweithredu a gytunwyd ar gyfer yr achos hwn yn y cyfarfod hwn</translation>
    </message>
    <message>
        <source>Earlier actions to revie&amp;w</source>
        <translation>Camau gweithredu cynharach i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Meeting mode for the case</source>
        <translation>Modd cyfarfod ar gyfer yr achos</translation>
    </message>
    <message>
        <source>This case cannot be shown: {problem}</source>
        <translation>Ni ellir dangos yr achos hwn: {problem}</translation>
    </message>
    <message>
        <source>Case {reference}: {reasons} ({minutes} min)</source>
        <translation>Achos {reference}: {reasons} ({minutes} munud)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Language for contact:</source>
        <translation>Iaith ar gyfer cysylltu:</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(dim wedi&apos;i ysgrifennu)</translation>
    </message>
    <message>
        <source>Summary from {agency}</source>
        <translation>Crynodeb gan {agency}</translation>
    </message>
    <message>
        <source>{agency}:</source>
        <translation>{agency}:</translation>
    </message>
    <message>
        <source>Not saved yet: {parts}</source>
        <translation>Heb eu cadw eto: {parts}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Heb ei gadw: {problem}</translation>
    </message>
    <message>
        <source>Discussion saved in case {reference}</source>
        <translation>Trafodaeth wedi&apos;i chadw yn achos {reference}</translation>
    </message>
    <message>
        <source>Action added to case {reference}</source>
        <translation>Cam gweithredu wedi&apos;i ychwanegu at achos {reference}</translation>
    </message>
    <message>
        <source>Earlier action reviewed: {outcome}</source>
        <translation>Cam gweithredu cynharach wedi&apos;i adolygu: {outcome}</translation>
    </message>
</context>
<context>
    <name>CaseProblems</name>
    <message>
        <source>role &apos;{role}&apos; may not read compartment {id}</source>
        <translation>ni chaiff y rôl &apos;{role}&apos; ddarllen rhaniad {id}</translation>
    </message>
    <message>
        <source>role &apos;{role}&apos; may not write compartment {id}</source>
        <translation>ni chaiff y rôl &apos;{role}&apos; ysgrifennu i raniad {id}</translation>
    </message>
    <message>
        <source>not an Automerge change: {exc}</source>
        <translation>nid yw&apos;n newid Automerge: {exc}</translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not open new cases under this agreement</source>
        <translation>ni chaiff y rôl &apos;{role}&apos; agor achosion newydd o dan y cytundeb hwn</translation>
    </message>
    <message>
        <source>a case &apos;{reference}&apos; already exists</source>
        <translation>mae achos &apos;{reference}&apos; yn bodoli eisoes</translation>
    </message>
    <message>
        <source>there is no field &apos;{field_id}&apos; in a {kind}</source>
        <translation>nid oes maes &apos;{field_id}&apos; mewn {kind}</translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not read &apos;{field_id}&apos; under this agreement</source>
        <translation>ni chaiff y rôl &apos;{role}&apos; ddarllen &apos;{field_id}&apos; o dan y cytundeb hwn</translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may read but not change &apos;{field_id}&apos;</source>
        <translation>caiff y rôl &apos;{role}&apos; ddarllen &apos;{field_id}&apos; ond nid ei newid</translation>
    </message>
    <message>
        <source>{label} is changed only through its own form, which checks it</source>
        <translation>dim ond drwy ei ffurflen ei hun, sy&apos;n ei wirio, y caiff {label} ei newid</translation>
    </message>
    <message>
        <source>no section &apos;{section_id}&apos; visible to the role &apos;{role}&apos;</source>
        <translation>nid oes adran &apos;{section_id}&apos; y gall y rôl &apos;{role}&apos; ei gweld</translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not read section &apos;{section_id}&apos;</source>
        <translation>ni chaiff y rôl &apos;{role}&apos; ddarllen adran &apos;{section_id}&apos;</translation>
    </message>
    <message>
        <source>a case &apos;{value}&apos; already exists</source>
        <translation>mae achos &apos;{value}&apos; yn bodoli eisoes</translation>
    </message>
    <message>
        <source>no record &apos;{record_id}&apos; in &apos;{field_id}&apos;</source>
        <translation>nid oes cofnod &apos;{record_id}&apos; yn &apos;{field_id}&apos;</translation>
    </message>
    <message>
        <source>field &apos;{field_id}&apos; is not in compartment {id}</source>
        <translation>nid yw&apos;r maes &apos;{field_id}&apos; yn rhaniad {id}</translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; is not a list of records</source>
        <translation>nid yw &apos;{field_id}&apos; yn rhestr o gofnodion</translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; records have no field &apos;{sub_id}&apos;</source>
        <translation>nid oes gan gofnodion &apos;{field_id}&apos; faes &apos;{sub_id}&apos;</translation>
    </message>
    <message>
        <source>{label} merges edits from every device: there are no values to choose between</source>
        <translation>mae {label} yn cyfuno golygiadau o bob dyfais: nid oes gwerthoedd i ddewis rhyngddynt</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no record list in this document</source>
        <translation>nid oes rhestr gofnodion gan &apos;{id}&apos; yn y ddogfen hon</translation>
    </message>
    <message>
        <source>no record &apos;{record_id}&apos; in &apos;{id}&apos;</source>
        <translation>nid oes cofnod &apos;{record_id}&apos; yn &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>{label}: a record is never changed or removed; record a new one instead</source>
        <translation>{label}: ni chaiff cofnod byth ei newid na&apos;i ddileu; cofnodwch un newydd yn lle hynny</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; records have no field &apos;{key}&apos;</source>
        <translation>nid oes gan gofnodion &apos;{id}&apos; faes &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{label} has changed on another device since its values were shown: look again before choosing</source>
        <translation>mae {label} wedi newid ar ddyfais arall ers i&apos;w werthoedd gael eu dangos: edrychwch eto cyn dewis</translation>
    </message>
    <message>
        <source>no compartment or field called &apos;{name}&apos;</source>
        <translation>nid oes rhaniad na maes o&apos;r enw &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{label} is a list of records: add, change or remove records instead</source>
        <translation>mae {label} yn rhestr o gofnodion: ychwanegwch, newidiwch neu dilëwch gofnodion yn lle hynny</translation>
    </message>
    <message>
        <source>{label} takes text</source>
        <translation>rhaid i {label} fod yn destun</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>mae {label} yn hwy na {limit} nod</translation>
    </message>
    <message>
        <source>{label} takes a single line</source>
        <translation>rhaid i {label} fod ar un llinell</translation>
    </message>
    <message>
        <source>{label} must be one of: {options}</source>
        <translation>rhaid i {label} fod yn un o&apos;r canlynol: {options}</translation>
    </message>
    <message>
        <source>{label} takes yes or no</source>
        <translation>rhaid i {label} fod yn ie neu na</translation>
    </message>
    <message>
        <source>{label} has an unknown type</source>
        <translation>mae math {label} yn anhysbys</translation>
    </message>
    <message>
        <source>{label}: the text given is not UTF-8</source>
        <translation>{label}: nid yw&apos;r testun a roddwyd yn UTF-8</translation>
    </message>
    <message>
        <source>{label} takes a date as YYYY-MM-DD</source>
        <translation>rhaid i {label} fod yn ddyddiad ar ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{label} records what has happened: it cannot be after {isoformat} (got {isoformat2})</source>
        <translation>mae {label} yn cofnodi&apos;r hyn sydd wedi digwydd: ni all fod ar ôl {isoformat} (cafwyd {isoformat2})</translation>
    </message>
    <message>
        <source>{label} takes a number</source>
        <translation>rhaid i {label} fod yn rhif</translation>
    </message>
    <message>
        <source>{label} is out of range</source>
        <translation>mae {label} y tu allan i&apos;r amrediad a ganiateir</translation>
    </message>
    <message>
        <source>{label} takes a whole number (got {value})</source>
        <translation>rhaid i {label} fod yn rhif cyfan (cafwyd {value})</translation>
    </message>
    <message>
        <source>{label} must be {range_text} (got {value})</source>
        <translation>rhaid i {label} fod: {range_text} (cafwyd {value})</translation>
    </message>
    <message>
        <source>case {reference} is not closed: it is kept while it is open</source>
        <translation>nid yw achos {reference} wedi&apos;i gau: fe&apos;i cedwir tra bo ar agor</translation>
    </message>
    <message>
        <source>case {reference} is kept until {date}: it cannot be erased before</source>
        <translation>cedwir achos {reference} tan {date}: ni ellir ei ddileu cyn hynny</translation>
    </message>
    <message>
        <source>case {reference} is under a legal hold: release it first</source>
        <translation>mae achos {reference} o dan waharddiad cyfreithiol: codwch y gwaharddiad yn gyntaf</translation>
    </message>
    <message>
        <source>a legal hold needs its reason</source>
        <translation>mae angen rheswm ar waharddiad cyfreithiol</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case from the list, or start one with New case (Ctrl+N).</source>
        <translation>Dewiswch achos o&apos;r rhestr, neu dechreuwch un newydd â&apos;r gorchymyn Achos newydd (Ctrl+N).</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>Dewiswch achos o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Achos {reference}</translation>
    </message>
    <message>
        <source>This case changed on another device. Not updated while you edit: {fields}</source>
        <translation>Newidiodd yr achos hwn ar ddyfais arall. Heb ei ddiweddaru tra byddwch yn golygu: {fields}</translation>
    </message>
    <message>
        <source>Sign-off report written: {pdf}</source>
        <translation>Adroddiad cymeradwyaeth wedi&apos;i ysgrifennu: {pdf}</translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation>Problem: {message}</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Record a risk assessment</source>
        <translation>Cofnodi asesiad risg</translation>
    </message>
    <message>
        <source>Translation awaiting checking.</source>
        <translation>Cyfieithiad yn aros i gael ei wirio.</translation>
    </message>
    <message>
        <source>an assessment cannot be dated in the future</source>
        <translation>ni ellir rhoi dyddiad yn y dyfodol i asesiad</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Asesydd</translation>
    </message>
    <message>
        <source>Assessor&apos;s agency</source>
        <translation>Asiantaeth yr asesydd</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>A&amp;ssessor</source>
        <translation>&amp;Asesydd</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;siantaeth</translation>
    </message>
    <message>
        <source>Source, if not {who}</source>
        <translation>Ffynhonnell, os nad {who}</translation>
    </message>
    <message>
        <source>Source of information for question {n}</source>
        <translation>Ffynhonnell yr wybodaeth ar gyfer cwestiwn {n}</translation>
    </message>
    <message>
        <source>Score and level</source>
        <translation>Sgôr a lefel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Raise the level by professional judgement</source>
        <translation>Codi&apos;r lefel drwy farn broffesiynol</translation>
    </message>
    <message>
        <source>&amp;Professional judgement</source>
        <translation>Barn &amp;broffesiynol</translation>
    </message>
    <message>
        <source>Reason for the professional judgement</source>
        <translation>Rheswm dros y farn broffesiynol</translation>
    </message>
    <message>
        <source>Why the level is raised (required when it is)</source>
        <translation>Pam mae&apos;r lefel yn cael ei chodi (rhaid rhoi rheswm os felly)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>{score} of {total}: {level}{rest}</source>
        <translation>{score} o {total}: {level}{rest}</translation>
    </message>
    <message numerus="yes">
        <source> (%n question(s) still unanswered)</source>
        <translation>
            <numerusform> (%n cwestiwn heb eu hateb o hyd)</numerusform>
            <numerusform> (%n cwestiwn heb ei ateb o hyd)</numerusform>
            <numerusform> (%n cwestiwn heb eu hateb o hyd)</numerusform>
            <numerusform> (%n cwestiwn heb eu hateb o hyd)</numerusform>
            <numerusform> (%n cwestiwn heb eu hateb o hyd)</numerusform>
        </translation>
    </message>
    <message>
        <source>No: keep {level}</source>
        <translation>Na: cadw {level}</translation>
    </message>
    <message>
        <source>Raise to {level}</source>
        <translation>Codi i {level}</translation>
    </message>
    <message>
        <source>Date of the assessment: {summary}</source>
        <translation>Dyddiad yr asesiad: {summary}</translation>
    </message>
</context>
<context>
    <name>Concord</name>
    <message>
        <source>read only for your role</source>
        <translation>darllen yn unig ar gyfer eich rôl</translation>
    </message>
    <message>
        <source>Concord cannot open its data</source>
        <translation>Ni all Concord agor ei ddata</translation>
    </message>
</context>
<context>
    <name>ConfidentialityPanel</name>
    <message>
        <source>Confidentiality statement</source>
        <translation>Datganiad cyfrinachedd</translation>
    </message>
    <message>
        <source>I ack&amp;nowledge this statement</source>
        <translation>Rwy&apos;n &amp;cydnabod y datganiad hwn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Role on the panel</source>
        <translation>Rôl ar y panel</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Cydnabyddiaeth</translation>
    </message>
    <message>
        <source>Whether the acknowledgement holds for the statement as it now reads</source>
        <translation>A yw&apos;r gydnabyddiaeth yn ddilys ar gyfer geiriad presennol y datganiad</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Cydnabyddiaethau</translation>
    </message>
    <message>
        <source>Distribution of the minutes</source>
        <translation>Dosbarthiad y cofnodion</translation>
    </message>
    <message>
        <source>Choose &amp;who receives the minutes…</source>
        <translation>Dewiswch pwy sy&apos;n cae&amp;l y cofnodion…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged by</source>
        <translation>Cydnabuwyd &amp;gan</translation>
    </message>
    <message>
        <source>&amp;Distribution of the minutes</source>
        <translation>&amp;Dosbarthiad y cofnodion</translation>
    </message>
    <message>
        <source>(this meeting has no confidentiality statement)</source>
        <translation>(nid oes gan y cyfarfod hwn ddatganiad cyfrinachedd)</translation>
    </message>
    <message>
        <source>You, {name}, have acknowledged this statement.</source>
        <translation>Rydych chi, {name}, wedi cydnabod y datganiad hwn.</translation>
    </message>
    <message>
        <source>You, {name}, have not acknowledged this statement yet.</source>
        <translation>Nid ydych chi, {name}, wedi cydnabod y datganiad hwn eto.</translation>
    </message>
    <message>
        <source>NOT ACCEPTED: not made on the device it names</source>
        <translation>NI DDERBYNIWYD: ni chafodd ei gwneud ar y ddyfais y mae&apos;n ei henwi</translation>
    </message>
    <message>
        <source>For an earlier wording: needs acknowledging again</source>
        <translation>Ar gyfer geiriad cynharach: rhaid ei gydnabod eto</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>Your acknowledgement of the confidentiality statement is recorded</source>
        <translation>Mae eich cydnabyddiaeth o&apos;r datganiad cyfrinachedd wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <source>Distribution list saved</source>
        <translation>Rhestr ddosbarthu wedi&apos;i chadw</translation>
    </message>
</context>
<context>
    <name>ConfirmDecision</name>
    <message>
        <source>Confirm the decision</source>
        <translation>Cadarnhau&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message numerus="yes">
        <source>Warning: you are about to APPROVE case {ref} over %n red flag(s).</source>
        <translation>
            <numerusform>Rhybudd: rydych ar fin CYMERADWYO achos {ref} er gwaethaf %n baner goch.</numerusform>
            <numerusform>Rhybudd: rydych ar fin CYMERADWYO achos {ref} er gwaethaf %n baner goch.</numerusform>
            <numerusform>Rhybudd: rydych ar fin CYMERADWYO achos {ref} er gwaethaf %n baner goch.</numerusform>
            <numerusform>Rhybudd: rydych ar fin CYMERADWYO achos {ref} er gwaethaf %n baner goch.</numerusform>
            <numerusform>Rhybudd: rydych ar fin CYMERADWYO achos {ref} er gwaethaf %n baner goch.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are about to sign: {decision} for case {ref}.</source>
        <translation>Rydych ar fin llofnodi: {decision} ar gyfer achos {ref}.</translation>
    </message>
    <message>
        <source>What you are about to sign</source>
        <translation>Yr hyn rydych ar fin ei lofnodi</translation>
    </message>
    <message>
        <source>The decision, its red flags and what the pack holds</source>
        <translation>Y penderfyniad, ei faneri coch a chynnwys y pecyn</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Yn ôl i&apos;r ffurflen</translation>
    </message>
    <message>
        <source>Confirm and si&amp;gn</source>
        <translation>Cadarnhau a &amp;llofnodi</translation>
    </message>
    <message>
        <source>Confirm and sign</source>
        <translation>Cadarnhau a llofnodi</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Penderfyniad: {decision}</translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation>Amodau: {conditions}</translation>
    </message>
    <message>
        <source>Decided by: {name} ({rank}) on {day}</source>
        <translation>Penderfynwyd gan: {name} ({rank}) ar {day}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n RED FLAG(S)</source>
        <translation>
            <numerusform>Rhybudd: %n BANER GOCH</numerusform>
            <numerusform>Rhybudd: %n BANER GOCH</numerusform>
            <numerusform>Rhybudd: %n BANER GOCH</numerusform>
            <numerusform>Rhybudd: %n BANER GOCH</numerusform>
            <numerusform>Rhybudd: %n BANER GOCH</numerusform>
        </translation>
    </message>
    <message>
        <source>Your override statement: {text}</source>
        <translation>Eich datganiad diystyru: {text}</translation>
    </message>
    <message>
        <source>RED FLAGS: none raised on this device now.</source>
        <translation>BANERI COCH: dim un wedi&apos;i chodi ar y ddyfais hon ar hyn o bryd.</translation>
    </message>
    <message>
        <source>WHAT THE PACK HOLDS</source>
        <translation>CYNNWYS Y PECYN</translation>
    </message>
    <message>
        <source>RATIONALE, BY THE NATIONAL DECISION MODEL</source>
        <translation>Y RHESYMEG, YN ÔL Y MODEL PENDERFYNU CENEDLAETHOL</translation>
    </message>
</context>
<context>
    <name>ConflictStrip</name>
    <message>
        <source>(cleared)</source>
        <translation>(wedi&apos;i glirio)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>y ddyfais hon</translation>
    </message>
    <message>
        <source>another device ({short})</source>
        <translation>dyfais arall ({short})</translation>
    </message>
    <message>
        <source>Conflicting values for {label}</source>
        <translation>Gwerthoedd sy&apos;n gwrthdaro ar gyfer {label}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>{label} was changed on different devices at the same time. Choose the value to keep.</source>
        <translation>Cafodd {label} ei newid ar ddyfeisiau gwahanol ar yr un pryd. Dewiswch y gwerth i&apos;w gadw.</translation>
    </message>
    <message>
        <source>{label} was changed on different devices at the same time. Someone whose role may change it needs to choose the value to keep.</source>
        <translation>Cafodd {label} ei newid ar ddyfeisiau gwahanol ar yr un pryd. Mae angen i rywun sydd â rôl a all ei newid ddewis y gwerth i&apos;w gadw.</translation>
    </message>
    <message>
        <source>“{value}”, set on {devices}</source>
        <translation>“{value}”, wedi&apos;i osod ar {devices}</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Cadw hwn</translation>
    </message>
    <message>
        <source>Keep “{value}” for {label}</source>
        <translation>Cadw “{value}” ar gyfer {label}</translation>
    </message>
    <message>
        <source>Not resolved: {message}</source>
        <translation>Heb ei ddatrys: {message}</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>given</source>
        <translation>wedi&apos;i roi</translation>
    </message>
    <message>
        <source>time-limited</source>
        <translation>am gyfnod cyfyngedig</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>wedi&apos;i ddiystyru</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wedi dod i ben</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>anghyflawn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>person harmed</source>
        <translation>person a niweidiwyd</translation>
    </message>
    <message>
        <source>person who caused harm</source>
        <translation>person a achosodd niwed</translation>
    </message>
</context>
<context>
    <name>ConsentProblems</name>
    <message>
        <source>it replaces {status} on {on} (recorded after it, so it stands although its date is earlier)</source>
        <translation>mae&apos;n disodli {status} ar {on} (cofnodwyd ar ei ôl, felly mae&apos;n sefyll er bod ei ddyddiad yn gynharach)</translation>
    </message>
    <message>
        <source>it replaces {status} on {on} (recorded after it on the same date)</source>
        <translation>mae&apos;n disodli {status} ar {on} (cofnodwyd ar ei ôl ar yr un dyddiad)</translation>
    </message>
    <message>
        <source>it replaces {status} on {on}</source>
        <translation>mae&apos;n disodli {status} ar {on}</translation>
    </message>
    <message>
        <source>{status} on {on} was recorded at the same time on another device: the record that stops the process decides</source>
        <translation>cofnodwyd {status} ar {on} ar yr un pryd ar ddyfais arall: y cofnod sy&apos;n atal y broses sy&apos;n penderfynu</translation>
    </message>
    <message>
        <source>; {notes}</source>
        <translation>; {notes}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>dim caniatâd wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>the latest record ({since}) does not count: {problems}{why}</source>
        <translation>nid yw&apos;r cofnod diweddaraf ({since}) yn cyfrif: {problems}{why}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>heb ddyddiad</translation>
    </message>
    <message>
        <source>time-limited consent ran out on {until}{why}</source>
        <translation>daeth y caniatâd am gyfnod cyfyngedig i ben ar {until}{why}</translation>
    </message>
    <message>
        <source>given on {since}, until {until}{why}</source>
        <translation>wedi&apos;i roi ar {since}, tan {until}{why}</translation>
    </message>
    <message>
        <source>given on {since} ({method}){why}</source>
        <translation>wedi&apos;i roi ar {since} ({method}){why}</translation>
    </message>
    <message>
        <source>consent overridden on {since}: {reason} (lawful basis: {basis}); sharing may go on, the process may not{why}</source>
        <translation>diystyrwyd y caniatâd ar {since}: {reason} (sail gyfreithlon: {basis}); caiff rhannu barhau, ond ni chaiff y broses{why}</translation>
    </message>
    <message>
        <source>{status} on {since}{why}</source>
        <translation>{status} ar {since}{why}</translation>
    </message>
    <message>
        <source>{party}: {explanation}</source>
        <translation>{party}: {explanation}</translation>
    </message>
</context>
<context>
    <name>ContactLanguage</name>
    <message>
        <source>Person harmed</source>
        <translation>Y person a niweidiwyd</translation>
    </message>
    <message>
        <source>Person who caused harm</source>
        <translation>Y person a achosodd niwed</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>heb ofyn eto</translation>
    </message>
    <message>
        <source>another language, not named</source>
        <translation>iaith arall, heb ei henwi</translation>
    </message>
    <message>
        <source>{language}, interpreter needed</source>
        <translation>{language}, angen cyfieithydd</translation>
    </message>
    <message>
        <source>{party}: {language}</source>
        <translation>{party}: {language}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Not a date: “{text}”. Write it as dd/mm/yyyy, for example {example}.</source>
        <translation>Nid yw&apos;n ddyddiad: “{text}”. Ysgrifennwch y dyddiad ar ffurf dd/mm/bbbb, er enghraifft {example}.</translation>
    </message>
    <message>
        <source>Not a date: “{text}” is not a day of the calendar (the day comes first: dd/mm/yyyy).</source>
        <translation>Nid yw&apos;n ddyddiad: nid yw “{text}” yn ddiwrnod yn y calendr (y diwrnod sy&apos;n dod gyntaf: dd/mm/bbbb).</translation>
    </message>
    <message>
        <source>Not accepted: {day} is before {earliest}: check the year.</source>
        <translation>Heb ei dderbyn: mae {day} cyn {earliest}: gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <source>{day} is too early</source>
        <translation>Mae {day} yn rhy gynnar</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation>Nid yw “{text}” yn ddyddiad</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>No later than {latest}</source>
        <translation>Dim hwyrach na {latest}</translation>
    </message>
    <message>
        <source>A date is needed here: write it as dd/mm/yyyy.</source>
        <translation>Mae angen dyddiad yma: ysgrifennwch ef fel dd/mm/bbbb.</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>mae angen dyddiad</translation>
    </message>
    <message>
        <source>Not accepted: {day} is after {latest}, the latest date this takes.{why}</source>
        <translation>Heb ei dderbyn: mae {day} ar ôl {latest}, y dyddiad diweddaraf a dderbynnir yma.{why}</translation>
    </message>
    <message>
        <source>{day} is too late</source>
        <translation>mae {day} yn rhy hwyr</translation>
    </message>
    <message>
        <source>Calendar: {name}</source>
        <translation>Calendr: {name}</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, or press Alt+Down to pick it from a calendar.</source>
        <translation>Teipiwch y dyddiad fel dd/mm/bbbb, neu pwyswch Alt+Saeth i Lawr i&apos;w ddewis o galendr.</translation>
    </message>
    <message>
        <source>Open a calendar</source>
        <translation>Agor calendr</translation>
    </message>
    <message>
        <source>written dd/mm/yyyy; Alt+Down opens a calendar</source>
        <translation>ar ffurf dd/mm/bbbb; mae Alt+Saeth i Lawr yn agor calendr</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Sign-off decision</source>
        <translation>Penderfyniad cymeradwyaeth</translation>
    </message>
    <message>
        <source>Sign-off pack</source>
        <translation>Pecyn cymeradwyaeth</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>cymeradwyo</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>cymeradwyo gydag amodau</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>gwrthod</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>gohirio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Penderfyniad</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Amodau</translation>
    </message>
    <message>
        <source>Override statements: one for each red flag</source>
        <translation>Datganiadau diystyru: un ar gyfer pob baner goch</translation>
    </message>
    <message>
        <source>Override statements</source>
        <translation>Datganiadau diystyru</translation>
    </message>
    <message>
        <source>Characters in {part}</source>
        <translation>Nifer y nodau: {part}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rheng</translation>
    </message>
    <message>
        <source>Chief Inspector</source>
        <translation>Prif Arolygydd</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Rheng</translation>
    </message>
    <message>
        <source>Decision form</source>
        <translation>Ffurflen y penderfyniad</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Sign decision…</source>
        <translation>&amp;Llofnodi&apos;r penderfyniad…</translation>
    </message>
    <message>
        <source>Case {ref}: read the pack, then decide. The decision is signed with this device&apos;s key and covers the case as it is now; you confirm it before it is signed.</source>
        <translation>Achos {ref}: darllenwch y pecyn, yna penderfynwch. Caiff y penderfyniad ei lofnodi ag allwedd y ddyfais hon ac mae&apos;n cwmpasu&apos;r achos fel y mae nawr; byddwch yn ei gadarnhau cyn iddo gael ei lofnodi.</translation>
    </message>
    <message>
        <source>Red flag {id}</source>
        <translation>Baner goch {id}</translation>
    </message>
    <message>
        <source>Override statement for red flag {id}</source>
        <translation>Datganiad diystyru ar gyfer baner goch {id}</translation>
    </message>
    <message>
        <source>Characters in the override statement for {id}</source>
        <translation>Nifer y nodau yn y datganiad diystyru ar gyfer {id}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n red flag(s). An approval needs an override statement for each.</source>
        <translation>
            <numerusform>Rhybudd: %n baner goch. Rhaid i gymeradwyaeth gynnwys datganiad diystyru ar gyfer pob un.</numerusform>
            <numerusform>Rhybudd: %n baner goch. Rhaid i gymeradwyaeth gynnwys datganiad diystyru ar gyfer pob un.</numerusform>
            <numerusform>Rhybudd: %n baner goch. Rhaid i gymeradwyaeth gynnwys datganiad diystyru ar gyfer pob un.</numerusform>
            <numerusform>Rhybudd: %n baner goch. Rhaid i gymeradwyaeth gynnwys datganiad diystyru ar gyfer pob un.</numerusform>
            <numerusform>Rhybudd: %n baner goch. Rhaid i gymeradwyaeth gynnwys datganiad diystyru ar gyfer pob un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: write at least {m} characters</source>
        <translation>Gwag: ysgrifennwch o leiaf {m} nod</translation>
    </message>
    <message>
        <source>Too short: {n} of at least {m} characters</source>
        <translation>Rhy fyr: {n} nod (o leiaf {m})</translation>
    </message>
    <message>
        <source>{n} characters (at least {m}): enough</source>
        <translation>{n} nod (o leiaf {m}): digon</translation>
    </message>
    <message>
        <source>; Warning: the same text as {other}</source>
        <translation>; Rhybudd: yr un testun ag yn {other}</translation>
    </message>
    <message>
        <source>the statement for {id}</source>
        <translation>y datganiad ar gyfer {id}</translation>
    </message>
    <message>
        <source>Warning: the red flags changed while the decision was being written. Read them again above.</source>
        <translation>Rhybudd: newidiodd y baneri coch tra oedd y penderfyniad yn cael ei ysgrifennu. Darllenwch nhw eto uchod.</translation>
    </message>
    <message>
        <source>Warning: not signed. Put right:</source>
        <translation>Rhybudd: heb ei lofnodi. Cywirwch y canlynol:</translation>
    </message>
    <message>
        <source>Warning: not signed: {why}</source>
        <translation>Rhybudd: heb ei lofnodi: {why}</translation>
    </message>
</context>
<context>
    <name>DecisionFlags</name>
    <message>
        <source>person harmed</source>
        <translation>person a niweidiwyd</translation>
    </message>
    <message>
        <source>person who caused harm</source>
        <translation>person a achosodd niwed</translation>
    </message>
    <message>
        <source>The eligibility rule {rule} (risk policy {version}) is not met: {reasons}.</source>
        <translation>Nid yw rheol cymhwysedd {rule} (polisi risg {version}) wedi&apos;i bodloni: {reasons}.</translation>
    </message>
    <message>
        <source>The risk level is {level}, the highest level of {instrument} (score {score}, assessed on {day}).</source>
        <translation>Lefel y risg yw {level}, lefel uchaf {instrument} (sgôr {score}, aseswyd ar {day}).</translation>
    </message>
    <message>
        <source>Professional judgement raised the risk level from {computed} to {level}: {reason}</source>
        <translation>Cododd barn broffesiynol lefel y risg o {computed} i {level}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>The case is escalating: %n incident(s) in the last {days} days (the policy&apos;s threshold is {threshold}).</source>
        <translation>
            <numerusform>Mae&apos;r achos yn gwaethygu: %n digwyddiad yn y {days} diwrnod diwethaf (trothwy&apos;r polisi yw {threshold}).</numerusform>
            <numerusform>Mae&apos;r achos yn gwaethygu: %n digwyddiad yn y {days} diwrnod diwethaf (trothwy&apos;r polisi yw {threshold}).</numerusform>
            <numerusform>Mae&apos;r achos yn gwaethygu: %n digwyddiad yn y {days} diwrnod diwethaf (trothwy&apos;r polisi yw {threshold}).</numerusform>
            <numerusform>Mae&apos;r achos yn gwaethygu: %n digwyddiad yn y {days} diwrnod diwethaf (trothwy&apos;r polisi yw {threshold}).</numerusform>
            <numerusform>Mae&apos;r achos yn gwaethygu: %n digwyddiad yn y {days} diwrnod diwethaf (trothwy&apos;r polisi yw {threshold}).</numerusform>
        </translation>
    </message>
    <message>
        <source>A repeat: there has been a new incident since the last panel referral.</source>
        <translation>Achos mynych: bu digwyddiad newydd ers yr atgyfeiriad diwethaf i&apos;r panel.</translation>
    </message>
    <message>
        <source>The case is escalating (as published by the police).</source>
        <translation>Mae&apos;r achos yn gwaethygu (fel y&apos;i cyhoeddwyd gan yr heddlu).</translation>
    </message>
    <message>
        <source>A repeat: a new incident since the last panel referral (as published by the police).</source>
        <translation>Achos mynych: digwyddiad newydd ers yr atgyfeiriad diwethaf i&apos;r panel (fel y&apos;i cyhoeddwyd gan yr heddlu).</translation>
    </message>
    <message>
        <source>A risk review is due now: there has been a new incident since the last assessment (on {day}).</source>
        <translation>Mae adolygiad risg yn ddyledus nawr: bu digwyddiad newydd ers yr asesiad diwethaf (ar {day}).</translation>
    </message>
    <message>
        <source>The risk review was due today ({reason}) and has not been done.</source>
        <translation>Roedd yr adolygiad risg yn ddyledus heddiw ({reason}) ac nid yw wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>The risk review was due on {day} ({reason}) and has not been done.</source>
        <translation>Roedd yr adolygiad risg yn ddyledus ar {day} ({reason}) ac nid yw wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>A risk review is due now: something has happened since the last assessment (as published by the police).</source>
        <translation>Mae adolygiad risg yn ddyledus nawr: mae rhywbeth wedi digwydd ers yr asesiad diwethaf (fel y&apos;i cyhoeddwyd gan yr heddlu).</translation>
    </message>
    <message>
        <source>The risk review was due on {day} and has not been done (as published by the police).</source>
        <translation>Roedd yr adolygiad risg yn ddyledus ar {day} ac nid yw wedi&apos;i wneud (fel y&apos;i cyhoeddwyd gan yr heddlu).</translation>
    </message>
    <message>
        <source>No consent of the {party} is recorded.</source>
        <translation>Nid oes caniatâd wedi&apos;i gofnodi gan y {party}.</translation>
    </message>
    <message>
        <source>The parties&apos; consent cannot be read on this device.</source>
        <translation>Ni ellir darllen caniatâd y partïon ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>Consent of the {party} is time-limited, not given outright: {why}.</source>
        <translation>Mae caniatâd y {party} yn gyfyngedig o ran amser, heb ei roi&apos;n llwyr: {why}.</translation>
    </message>
    <message>
        <source>Consent of the {party} is {status}: {why}.</source>
        <translation>Caniatâd y {party}: {status}: {why}.</translation>
    </message>
    <message>
        <source>A pause trigger holds now: {trigger}: {why}.</source>
        <translation>Mae sbardun oedi mewn grym nawr: {trigger}: {why}.</translation>
    </message>
    <message>
        <source>The process was paused for {trigger} on {day} ({by}: {why}) and has not gone on since.</source>
        <translation>Cafodd y broses ei hoedi oherwydd {trigger} ar {day} ({by}: {why}) ac nid yw wedi ailddechrau ers hynny.</translation>
    </message>
    <message>
        <source>Safeguards for {kind} are missing: {missing}.</source>
        <translation>Mae mesurau diogelu ar goll ({kind}): {missing}.</translation>
    </message>
    <message>
        <source>The {kind} checks have not been attested by the {role}&apos;s device ({facts}).</source>
        <translation>Nid yw&apos;r gwiriadau ({kind}) wedi&apos;u hardystio gan ddyfais {role} ({facts}).</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <source>YES</source>
        <translation>IE</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>ELIGIBLE under {rule} (risk policy {version})</source>
        <translation>YN GYMWYS o dan {rule} (polisi risg {version})</translation>
    </message>
    <message>
        <source>NOT ELIGIBLE under {rule} (risk policy {version})</source>
        <translation>DDIM YN GYMWYS o dan {rule} (polisi risg {version})</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Cymhwysedd</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Lefel risg</translation>
    </message>
    <message>
        <source>no risk assessment recorded</source>
        <translation>dim asesiad risg wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>{level} (score {score}, {instrument}, assessed on {day} by {assessor})</source>
        <translation>{level} (sgôr {score}, {instrument}, aseswyd ar {day} gan {assessor})</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>raised from {computed} to {level}: {reason}</source>
        <translation>wedi&apos;i chodi o {computed} i {level}: {reason}</translation>
    </message>
    <message>
        <source>did not raise the level</source>
        <translation>ni chododd y lefel</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Gwaethygu</translation>
    </message>
    <message numerus="yes">
        <source>{flag}: %n incident(s) in {days} days (threshold {threshold})</source>
        <translation>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Achos mynych</translation>
    </message>
    <message>
        <source>(as published by the police)</source>
        <translation>(fel y&apos;i cyhoeddwyd gan yr heddlu)</translation>
    </message>
    <message>
        <source>Escalation and repeat</source>
        <translation>Gwaethygu ac achos mynych</translation>
    </message>
    <message>
        <source>not visible on this device, and none published by the police yet</source>
        <translation>ddim i&apos;w weld ar y ddyfais hon, a dim wedi&apos;i gyhoeddi gan yr heddlu eto</translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation>Adolygiad risg</translation>
    </message>
    <message>
        <source>Consent, {party}</source>
        <translation>Caniatâd, {party}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>not readable on this device</source>
        <translation>ni ellir ei ddarllen ar y ddyfais hon</translation>
    </message>
    <message>
        <source>paused for {trigger} on {day}</source>
        <translation>wedi oedi oherwydd {trigger} ar {day}</translation>
    </message>
    <message>
        <source>Pause triggers</source>
        <translation>Sbardunau oedi</translation>
    </message>
    <message>
        <source>none holding now</source>
        <translation>dim un mewn grym nawr</translation>
    </message>
    <message>
        <source>Pause triggers agreed for this case</source>
        <translation>Sbardunau oedi y cytunwyd arnynt ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>Facilitator checks</source>
        <translation>Gwiriadau&apos;r hwylusydd</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <source>not attested by the {role}&apos;s device</source>
        <translation>heb ei ardystio gan ddyfais {role}</translation>
    </message>
    <message>
        <source>MISSING: {missing} (attested by {by}, {day})</source>
        <translation>AR GOLL: {missing} (ardystiwyd gan {by}, {day})</translation>
    </message>
    <message>
        <source>in place: {facts} (attested by {by}, {day})</source>
        <translation>ar waith: {facts} (ardystiwyd gan {by}, {day})</translation>
    </message>
    <message>
        <source>none scheduled: no assessment recorded</source>
        <translation>dim wedi&apos;i drefnu: dim asesiad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>DUE NOW: something has happened since the last assessment (as published by the police)</source>
        <translation>YN DDYLEDUS NAWR: mae rhywbeth wedi digwydd ers yr asesiad diwethaf (fel y&apos;i cyhoeddwyd gan yr heddlu)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>heb ei gyhoeddi</translation>
    </message>
    <message>
        <source>OVERDUE: was due {day} (as published by the police)</source>
        <translation>YN HWYR: roedd yn ddyledus {day} (fel y&apos;i cyhoeddwyd gan yr heddlu)</translation>
    </message>
    <message>
        <source>due {day} (as published by the police)</source>
        <translation>yn ddyledus {day} (fel y&apos;i cyhoeddwyd gan yr heddlu)</translation>
    </message>
    <message>
        <source>due {day} ({reason})</source>
        <translation>yn ddyledus {day} ({reason})</translation>
    </message>
    <message>
        <source>DUE NOW: {reason}</source>
        <translation>YN DDYLEDUS NAWR: {reason}</translation>
    </message>
    <message>
        <source>OVERDUE: was due {day} ({reason})</source>
        <translation>YN HWYR: roedd yn ddyledus {day} ({reason})</translation>
    </message>
</context>
<context>
    <name>DeviceProblems</name>
    <message>
        <source>cannot write {path}: the folder {parent} does not exist</source>
        <translation>methu ysgrifennu {path}: nid yw&apos;r ffolder {parent} yn bodoli</translation>
    </message>
    <message>
        <source>{name} holds an unexpected entry: it was altered. Nothing was written.</source>
        <translation>mae {name} yn cynnwys eitem annisgwyl: cafodd ei newid. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} is damaged: its content cannot be read. Nothing was written.</source>
        <translation>mae {name} wedi&apos;i ddifrodi: nid oes modd darllen ei gynnwys. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} is not a whole device backup. Nothing was written.</source>
        <translation>nid yw {name} yn gopi wrth gefn cyfan o ddyfais. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Concord (content format {fmt}). Nothing was written.</source>
        <translation>cafodd {name} ei wneud gan fersiwn fwy diweddar o Concord (fformat cynnwys {fmt}). Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>the backup&apos;s {replace} is missing or damaged. Nothing was written.</source>
        <translation>mae&apos;r {replace} yn y copi wrth gefn ar goll neu wedi&apos;i ddifrodi. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{folder} is not empty; restore into a new folder. Nothing was written.</source>
        <translation>nid yw {folder} yn wag; adferwch i ffolder newydd. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>cannot restore into {folder}: the folder {parent} does not exist</source>
        <translation>methu adfer i {folder}: nid yw&apos;r ffolder {parent} yn bodoli</translation>
    </message>
    <message>
        <source>the restore could not write into {parent} ({strerror}). Nothing was kept.</source>
        <translation>nid oedd y broses adfer yn gallu ysgrifennu i {parent} ({strerror}). Ni chadwyd dim.</translation>
    </message>
    <message>
        <source>the backup&apos;s device key does not match its store: it was altered. Nothing was written.</source>
        <translation>nid yw allwedd y ddyfais yn y copi wrth gefn yn cyfateb i&apos;w storfa: cafodd ei newid. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>the audit log can be written only through the store that holds its key</source>
        <translation>dim ond drwy&apos;r storfa sy&apos;n dal ei allwedd y gellir ysgrifennu i&apos;r log archwilio</translation>
    </message>
    <message>
        <source>this is not a Concord join request</source>
        <translation>nid cais Concord i ymuno yw hwn</translation>
    </message>
    <message>
        <source>the join request&apos;s signature does not verify: it was altered or forged</source>
        <translation>nid yw llofnod y cais i ymuno yn dilysu: cafodd ei newid neu ei ffugio</translation>
    </message>
    <message>
        <source>this data folder already has a device key in the keyring; refusing to replace it</source>
        <translation>mae gan y ffolder data hwn allwedd dyfais yn y cylch allweddi (keyring) eisoes; gwrthodir ei disodli</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} {what}</source>
        <translation>methu ysgrifennu {path}: problem gyda&apos;r ffolder {folder} ({what})</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>methu ysgrifennu {path}: ffolder yw hwn</translation>
    </message>
    <message>
        <source>cannot write {path}: {why}</source>
        <translation>methu ysgrifennu {path}: {why}</translation>
    </message>
    <message>
        <source>choose a passphrase of at least {min_passphrase} characters (a few unrelated words are easier to remember and harder to guess than a short password)</source>
        <translation>dewiswch gyfrinymadrodd o {min_passphrase} nod o leiaf (mae ychydig o eiriau digyswllt yn haws eu cofio ac yn anoddach eu dyfalu na chyfrinair byr)</translation>
    </message>
    <message>
        <source>no backup at {path}</source>
        <translation>nid oes copi wrth gefn yn {path}</translation>
    </message>
    <message>
        <source>{name} is not a Concord backup</source>
        <translation>nid yw {name} yn gopi wrth gefn Concord</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Concord (backup format {version}; this version reads format {version2}). Nothing was written.</source>
        <translation>cafodd {name} ei wneud gan fersiwn fwy diweddar o Concord (fformat copi wrth gefn {version}; mae&apos;r fersiwn hon yn darllen fformat {version2}). Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read</source>
        <translation>mae {name} wedi&apos;i ddifrodi: nid oes modd darllen ei bennyn</translation>
    </message>
    <message>
        <source>{name} asks for key-stretching this version will not run</source>
        <translation>mae {name} yn gofyn am ymestyn allwedd (key-stretching) na fydd y fersiwn hon yn ei redeg</translation>
    </message>
    <message>
        <source>the passphrase is not the one this backup was made with. Nothing was written.</source>
        <translation>nid dyma&apos;r cyfrinymadrodd y gwnaed y copi wrth gefn hwn ag ef. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} is cut short (it ends before its last part). Nothing was written.</source>
        <translation>mae {name} yn anghyflawn (mae&apos;n gorffen cyn ei ran olaf). Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} is damaged or was altered. Nothing was written.</source>
        <translation>mae {name} wedi&apos;i ddifrodi neu cafodd ei newid. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{name} has data after its end: it was altered. Nothing was written.</source>
        <translation>mae data ar ôl diwedd {name}: cafodd ei newid. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <source>{how_to_fix} (found: {name})</source>
        <translation>{how_to_fix} (canfuwyd: {name})</translation>
    </message>
    <message>
        <source>the keyring refused to read a Concord secret ({exc}). {how_to_fix}</source>
        <translation>gwrthododd y cylch allweddi (keyring) ddarllen cyfrinach Concord ({exc}). {how_to_fix}</translation>
    </message>
    <message>
        <source>the keyring entry &apos;{user}&apos; is damaged</source>
        <translation>mae&apos;r eitem &apos;{user}&apos; yn y cylch allweddi (keyring) wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>the keyring refused to store a Concord secret ({exc}). {how_to_fix}</source>
        <translation>gwrthododd y cylch allweddi (keyring) storio cyfrinach Concord ({exc}). {how_to_fix}</translation>
    </message>
    <message>
        <source>the keyring did not keep a secret it was given; refusing to continue</source>
        <translation>ni chadwodd y cylch allweddi (keyring) gyfrinach a roddwyd iddo; gwrthodir parhau</translation>
    </message>
    <message>
        <source>the keyring refused to remove a Concord secret ({exc})</source>
        <translation>gwrthododd y cylch allweddi (keyring) ddileu cyfrinach Concord ({exc})</translation>
    </message>
    <message>
        <source>the {what} for this data folder is not in the keyring (entry &apos;{user}&apos; of service &apos;{service}&apos;). Without it the data cannot be opened: unlock the keyring that holds it, or rebuild the device from its backup (&apos;concord device restore&apos;).</source>
        <translation>nid yw&apos;r {what} ar gyfer y ffolder data hwn yn y cylch allweddi (keyring; eitem &apos;{user}&apos; y gwasanaeth &apos;{service}&apos;). Hebddo ni ellir agor y data: datglowch y cylch allweddi sy&apos;n ei ddal, neu ailadeiladwch y ddyfais o&apos;i chopi wrth gefn (&apos;concord device restore&apos;).</translation>
    </message>
    <message>
        <source>the database key must be 32 bytes</source>
        <translation>rhaid i allwedd y gronfa ddata fod yn 32 beit</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite it</source>
        <translation>mae {path} yn bodoli eisoes; gwrthodir ysgrifennu drosto</translation>
    </message>
    <message>
        <source>no Concord database at {path}</source>
        <translation>nid oes cronfa ddata Concord yn {path}</translation>
    </message>
    <message>
        <source>{path} cannot be opened with the key in the keyring (wrong key, or not a Concord database). Nothing was changed.</source>
        <translation>nid oes modd agor {path} gyda&apos;r allwedd yn y cylch allweddi (keyring): naill ai mae&apos;r allwedd yn anghywir, neu nid yw&apos;n gronfa ddata Concord. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Concord (store format {fmt}; this version reads formats {oldest} to {format}). Nothing was changed: open it with that newer Concord, or install it on this computer.</source>
        <translation>cafodd {path} ei ysgrifennu gan fersiwn fwy diweddar o Concord (fformat storfa {fmt}; mae&apos;r fersiwn hon yn darllen fformatau {oldest} i {format}). Ni chafodd dim ei newid: agorwch ef gyda&apos;r fersiwn fwy diweddar honno o Concord, neu gosodwch y fersiwn honno ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>{path} is not a Concord database of a format this version reads</source>
        <translation>nid yw {path} yn gronfa ddata Concord mewn fformat y mae&apos;r fersiwn hon yn ei ddarllen</translation>
    </message>
    <message>
        <source>no case &apos;{ref_or_id}&apos;</source>
        <translation>nid oes achos &apos;{ref_or_id}&apos;</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos;; the agreement knows: {roles}</source>
        <translation>rôl anhysbys &apos;{role}&apos;; mae&apos;r cytundeb yn cynnwys: {roles}</translation>
    </message>
    <message>
        <source>give the name of the person using this device (1-120 characters)</source>
        <translation>rhowch enw&apos;r person sy&apos;n defnyddio&apos;r ddyfais hon (1-120 nod)</translation>
    </message>
    <message>
        <source>give the agency (1-120 characters)</source>
        <translation>rhowch yr asiantaeth (1-120 nod)</translation>
    </message>
    <message>
        <source>{folder} is already a Concord data folder</source>
        <translation>mae {folder} eisoes yn ffolder data Concord</translation>
    </message>
    <message>
        <source>{file} exists without its folder file; refusing to touch it</source>
        <translation>mae {file} yn bodoli heb ffeil ei ffolder; gwrthodir cyffwrdd ag ef</translation>
    </message>
    <message>
        <source>{folder} is not a Concord data folder (run &apos;concord --data {folder} init&apos; first)</source>
        <translation>nid yw {folder} yn ffolder data Concord (rhedwch &apos;concord --data {folder} init&apos; yn gyntaf)</translation>
    </message>
    <message>
        <source>{file} is damaged</source>
        <translation>mae {file} wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>{folder} was set up by a newer version of Concord (folder format {folder_format}; this version reads format {folder_format2}). Nothing was changed.</source>
        <translation>cafodd {folder} ei osod gan fersiwn fwy diweddar o Concord (fformat ffolder {folder_format}; mae&apos;r fersiwn hon yn darllen fformat {folder_format2}). Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>{folder} has no device identity; the set-up did not finish</source>
        <translation>nid oes gan {folder} hunaniaeth dyfais; ni orffennodd y broses sefydlu</translation>
    </message>
    <message>
        <source>the device key in the keyring does not match this data folder</source>
        <translation>nid yw allwedd y ddyfais yn y cylch allweddi (keyring) yn cyfateb i&apos;r ffolder data hwn</translation>
    </message>
    <message>
        <source>this device&apos;s role &apos;{role}&apos; is not in the agreement</source>
        <translation>nid yw rôl y ddyfais hon, &apos;{role}&apos;, yn y cytundeb</translation>
    </message>
    <message>
        <source>&apos;{ref_or_id}&apos; is a panel meeting, not a case</source>
        <translation>cyfarfod panel yw &apos;{ref_or_id}&apos;, nid achos</translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not read compartment {id}</source>
        <translation>ni chaiff y rôl &apos;{role}&apos; ddarllen rhaniad {id}</translation>
    </message>
    <message>
        <source>compartment {id} holds never-export fields ({blocked}); it cannot be exported</source>
        <translation>mae rhaniad {id} yn dal meysydd na chânt byth eu hallforio ({blocked}); ni ellir ei allforio</translation>
    </message>
    <message>
        <source>case {reference} has nothing yet in compartment {id}</source>
        <translation>nid oes dim eto yn rhaniad {id} ar gyfer achos {reference}</translation>
    </message>
    <message>
        <source>no case &apos;{reference}&apos; on this device, and nothing of it in the log</source>
        <translation>nid oes achos &apos;{reference}&apos; ar y ddyfais hon, a dim ohono yn y log</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; names {count} devices of the panel: give more of its id</source>
        <translation>mae &apos;{given}&apos; yn enwi {count} o ddyfeisiau&apos;r panel: rhowch fwy o&apos;i ddynodydd</translation>
    </message>
    <message>
        <source>only an information governance officer&apos;s device holds the panel&apos;s audit: this is a {role}&apos;s</source>
        <translation>dim ond dyfais swyddog llywodraethu gwybodaeth sy&apos;n dal archwiliad y panel: dyfais {role} yw hon</translation>
    </message>
    <message>
        <source>--device needs --month YYYY-MM</source>
        <translation>mae angen --month BBBB-MM ar --device</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <source>not every recipient may read them under the agreement, or they are never to leave a device</source>
        <translation>ni chaiff pob derbynnydd eu darllen o dan y cytundeb, neu ni ddylent fyth adael dyfais</translation>
    </message>
    <message>
        <source>the consent this role&apos;s reading rests on does not count now</source>
        <translation>nid yw&apos;r caniatâd y mae darllen y rôl hon yn dibynnu arno yn cyfrif nawr</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>cysoni</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>cyfnewidfa</translation>
    </message>
    <message>
        <source>bundle file</source>
        <translation>ffeil bwndel</translation>
    </message>
    <message>
        <source>export</source>
        <translation>allforio</translation>
    </message>
    <message>
        <source>report</source>
        <translation>adroddiad</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>cofnodion</translation>
    </message>
    <message>
        <source>subject access pack</source>
        <translation>pecyn mynediad gwrthrych</translation>
    </message>
    <message>
        <source>&amp;Disclosures of this case…</source>
        <translation>Datgeliadau&apos;r achos hw&amp;n…</translation>
    </message>
    <message>
        <source>What of the open case left this device, to whom and on what basis, and what was not shared</source>
        <translation>Beth o&apos;r achos agored a adawodd y ddyfais hon, at bwy ac ar ba sail, a beth na chafodd ei rannu</translation>
    </message>
    <message>
        <source>Open a case first: its disclosures are listed case by case.</source>
        <translation>Agorwch achos yn gyntaf: rhestrir datgeliadau fesul achos.</translation>
    </message>
    <message>
        <source>this device&apos;s role may not read it</source>
        <translation>ni chaiff rôl y ddyfais hon ei ddarllen</translation>
    </message>
    <message>
        <source>it holds fields that are never to leave a device</source>
        <translation>mae&apos;n dal meysydd na ddylent fyth adael dyfais</translation>
    </message>
    <message>
        <source>data subject</source>
        <translation>gwrthrych y data</translation>
    </message>
    <message>
        <source>UK GDPR art. 15: the data subject&apos;s right of access</source>
        <translation>GDPR y DU, erthygl 15: hawl gwrthrych y data i gael mynediad</translation>
    </message>
</context>
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>Disclosures of case {reference}</source>
        <translation>Datgeliadau achos {reference}</translation>
    </message>
    <message>
        <source>What of this case left this device, to whom, when, and on what basis; and what it decided not to share. Fields are named, never their values.</source>
        <translation>Beth o&apos;r achos hwn a adawodd y ddyfais hon, at bwy, pryd, ac ar ba sail; a beth y penderfynodd beidio â&apos;i rannu. Enwir meysydd, byth eu gwerthoedd.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed by an intact audit chain of %n entries.</source>
        <translation>
            <numerusform>Wedi&apos;i selio gan gadwyn archwilio gyfan o %n cofnod.</numerusform>
            <numerusform>Wedi&apos;i selio gan gadwyn archwilio gyfan o %n cofnod.</numerusform>
            <numerusform>Wedi&apos;i selio gan gadwyn archwilio gyfan o %n cofnod.</numerusform>
            <numerusform>Wedi&apos;i selio gan gadwyn archwilio gyfan o %n cofnod.</numerusform>
            <numerusform>Wedi&apos;i selio gan gadwyn archwilio gyfan o %n cofnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: the audit chain fails at entry {seq}: {problem}</source>
        <translation>WEDI TORRI: mae&apos;r gadwyn archwilio yn methu yng nghofnod {seq}: {problem}</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Only what was shared</source>
        <translation>Dim ond yr hyn a rannwyd</translation>
    </message>
    <message>
        <source>Only decisions not to share</source>
        <translation>Dim ond penderfyniadau i beidio â rhannu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>When it was logged (UTC)</source>
        <translation>Pryd y&apos;i cofnodwyd yn y log (UTC)</translation>
    </message>
    <message>
        <source>Shared?</source>
        <translation>Rhannwyd?</translation>
    </message>
    <message>
        <source>Shared, or a decision not to share</source>
        <translation>Wedi&apos;i rannu, neu benderfyniad i beidio â rhannu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>The way it left: sync, relay, bundle file, export, report, minutes or subject access pack</source>
        <translation>Y ffordd yr aeth: cysoni, cyfnewidfa, ffeil bwndel, allforio, adroddiad, cofnodion neu becyn mynediad gwrthrych</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Who it went to, or was kept from: person, role, agency, device</source>
        <translation>At bwy yr aeth, neu rhag pwy y&apos;i cadwyd: person, rôl, asiantaeth, dyfais</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Meysydd</translation>
    </message>
    <message>
        <source>The fields, by label; never their values</source>
        <translation>Y meysydd, yn ôl eu labeli; byth eu gwerthoedd</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>The agreement&apos;s rules it went under</source>
        <translation>Rheolau&apos;r cytundeb yr aeth oddi tanynt</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>The lawful basis, or the consent it rests on</source>
        <translation>Y sail gyfreithlon, neu&apos;r caniatâd y mae&apos;n dibynnu arno</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pam lai</translation>
    </message>
    <message>
        <source>Why it was not shared</source>
        <translation>Pam na chafodd ei rannu</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Datgeliadau</translation>
    </message>
    <message>
        <source>Nothing of this case has left this device.</source>
        <translation>Nid oes dim o&apos;r achos hwn wedi gadael y ddyfais hon.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>rhannwyd</translation>
    </message>
    <message>
        <source>NOT SHARED</source>
        <translation>HEB EI RANNU</translation>
    </message>
    <message>
        <source>exemption: {words} ({law})</source>
        <translation>esemptiad: {words} ({law})</translation>
    </message>
    <message>
        <source>{person} ({role}, {agency}), device {device}</source>
        <translation>{person} ({role}, {agency}), dyfais {device}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>a file for the {party} ({role})</source>
        <translation>ffeil ar gyfer {party} ({role})</translation>
    </message>
    <message>
        <source>a file for: {roles}</source>
        <translation>ffeil ar gyfer: {roles}</translation>
    </message>
    <message>
        <source>a file on this device</source>
        <translation>ffeil ar y ddyfais hon</translation>
    </message>
    <message>
        <source>consent of the {party}</source>
        <translation>caniatâd {party}</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <source>Distribution of the minutes</source>
        <translation>Dosbarthiad y cofnodion</translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation>&amp;Cadw&apos;r rhestr</translation>
    </message>
    <message>
        <source>The minutes go only to those entitled to them. Tick each member who receives them.</source>
        <translation>Dim ond y rhai sydd â hawl iddynt sy&apos;n cael y cofnodion. Ticiwch bob aelod sy&apos;n eu cael.</translation>
    </message>
    <message>
        <source>Members who receive the minutes</source>
        <translation>Aelodau sy&apos;n cael y cofnodion</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Aelodau:</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>eligible under {rule}</source>
        <translation>yn gymwys o dan {rule}</translation>
    </message>
    <message>
        <source>not eligible under {rule}: {reasons}</source>
        <translation>ddim yn gymwys o dan {rule}: {reasons}</translation>
    </message>
    <message>
        <source>no risk assessment is recorded</source>
        <translation>nid oes asesiad risg wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>the risk level is {level} (raised by professional judgement)</source>
        <translation>lefel y risg yw {level} (wedi&apos;i chodi gan farn broffesiynol)</translation>
    </message>
    <message>
        <source>the risk level is {level}</source>
        <translation>lefel y risg yw {level}</translation>
    </message>
    <message>
        <source>escalation cannot be confirmed on this device (incidents not visible)</source>
        <translation>ni ellir cadarnhau gwaethygu ar y ddyfais hon (nid yw&apos;r digwyddiadau i&apos;w gweld)</translation>
    </message>
    <message numerus="yes">
        <source>escalating: %n incident(s) in {days} days</source>
        <translation>
            <numerusform>yn gwaethygu: %n digwyddiad mewn {days} diwrnod</numerusform>
            <numerusform>yn gwaethygu: %n digwyddiad mewn {days} diwrnod</numerusform>
            <numerusform>yn gwaethygu: %n digwyddiad mewn {days} diwrnod</numerusform>
            <numerusform>yn gwaethygu: %n digwyddiad mewn {days} diwrnod</numerusform>
            <numerusform>yn gwaethygu: %n digwyddiad mewn {days} diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>a repeat cannot be ruled out on this device (incidents not visible)</source>
        <translation>ni ellir diystyru achos mynych ar y ddyfais hon (nid yw&apos;r digwyddiadau i&apos;w gweld)</translation>
    </message>
    <message>
        <source>a repeat referral: a new incident since the last referral</source>
        <translation>atgyfeiriad mynych: digwyddiad newydd ers yr atgyfeiriad diwethaf</translation>
    </message>
    <message>
        <source>consent to referral is not recorded as given</source>
        <translation>nid yw caniatâd i&apos;r atgyfeiriad wedi&apos;i gofnodi fel un a roddwyd</translation>
    </message>
</context>
<context>
    <name>Exemptions</name>
    <message>
        <source>prevention or detection of crime, or the apprehension or prosecution of offenders</source>
        <translation>atal neu ganfod troseddau, neu ddal neu erlyn troseddwyr</translation>
    </message>
    <message>
        <source>DPA 2018 sch. 2 para 2</source>
        <translation>Deddf Diogelu Data 2018, atodlen 2, paragraff 2</translation>
    </message>
    <message>
        <source>serious harm to the physical or mental health of any individual</source>
        <translation>niwed difrifol i iechyd corfforol neu feddyliol unrhyw unigolyn</translation>
    </message>
    <message>
        <source>DPA 2018 sch. 3 para 5 (health data)</source>
        <translation>Deddf Diogelu Data 2018, atodlen 3, paragraff 5 (data iechyd)</translation>
    </message>
    <message>
        <source>information about another individual (third-party information)</source>
        <translation>gwybodaeth am unigolyn arall (gwybodaeth trydydd parti)</translation>
    </message>
    <message>
        <source>DPA 2018 sch. 2 paras 16 and 17</source>
        <translation>Deddf Diogelu Data 2018, atodlen 2, paragraffau 16 a 17</translation>
    </message>
    <message>
        <source>legal professional privilege</source>
        <translation>braint broffesiynol gyfreithiol</translation>
    </message>
    <message>
        <source>DPA 2018 sch. 2 para 19</source>
        <translation>Deddf Diogelu Data 2018, atodlen 2, paragraff 19</translation>
    </message>
    <message>
        <source>safe contact details, which never leave the device that holds them</source>
        <translation>manylion cyswllt diogel, nad ydynt byth yn gadael y ddyfais sy&apos;n eu dal</translation>
    </message>
    <message>
        <source>the information-sharing agreement: never exported; confirmed with the data subject directly (UK GDPR art. 12(1))</source>
        <translation>y cytundeb rhannu gwybodaeth: ni chânt byth eu hallforio; fe&apos;u cadarnheir yn uniongyrchol gyda gwrthrych y data (GDPR y DU, erthygl 12(1))</translation>
    </message>
    <message>
        <source>A file can reach the person who caused harm, whoever it is made for.</source>
        <translation>Gall ffeil gyrraedd y person a achosodd niwed, pwy bynnag y&apos;i gwnaed ar ei gyfer.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Allforio bwndel</translation>
    </message>
    <message>
        <source>A bundle carries this laptop&apos;s changes to other panel laptops on a USB stick, where there is no network. It is encrypted: only the devices it is made for can open it, and each gets only what its role may read.</source>
        <translation>Mae bwndel yn cludo newidiadau&apos;r gliniadur hwn i liniaduron eraill y panel ar ffon USB, lle nad oes rhwydwaith. Mae wedi&apos;i amgryptio: dim ond y dyfeisiau y cafodd ei wneud ar eu cyfer sy&apos;n gallu ei agor, a dim ond yr hyn y caiff ei rôl ei ddarllen y mae pob un yn ei gael.</translation>
    </message>
    <message>
        <source>Device the bundle is for</source>
        <translation>Y ddyfais y mae&apos;r bwndel ar ei chyfer</translation>
    </message>
    <message>
        <source>{name} ({agency}) · {role} · {fingerprint}</source>
        <translation>{name} ({agency}) · {role} · {fingerprint}</translation>
    </message>
    <message>
        <source>Role the bundle is for</source>
        <translation>Y rôl y mae&apos;r bwndel ar ei chyfer</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dyfais</numerusform>
            <numerusform>%n dyfais</numerusform>
            <numerusform>%n dyfais</numerusform>
            <numerusform>%n dyfais</numerusform>
            <numerusform>%n dyfais</numerusform>
        </translation>
    </message>
    <message>
        <source>{role} ({count})</source>
        <translation>{role} ({count})</translation>
    </message>
    <message>
        <source>For &amp;one device:</source>
        <translation>Ar gyfer &amp;un ddyfais:</translation>
    </message>
    <message>
        <source>For every device of a &amp;role:</source>
        <translation>Ar gyfer pob dyfais sydd â &amp;rôl:</translation>
    </message>
    <message>
        <source>Carries everything that role may read, for each of its devices.</source>
        <translation>Mae&apos;n cludo popeth y caiff y rôl honno ei ddarllen, i bob un o&apos;i dyfeisiau.</translation>
    </message>
    <message>
        <source>Where to save the bundle</source>
        <translation>Ble i gadw&apos;r bwndel</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Cadw yn:</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>&amp;Ysgrifennu&apos;r bwndel</translation>
    </message>
    <message>
        <source>There is no other device in the panel yet to make a bundle for.</source>
        <translation>Nid oes dyfais arall yn y panel eto i wneud bwndel ar ei chyfer.</translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation>{name} ({agency})</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Cadw&apos;r bwndel fel</translation>
    </message>
    <message>
        <source>Concord bundles (*.bundle);;All files (*)</source>
        <translation>Bwndeli Concord (*.bundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Concord is busy with an exchange; try again when it ends.</source>
        <translation>Mae Concord yn brysur gyda chyfnewid; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Yn ysgrifennu&apos;r bwndel…</translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>The other laptop did not answer. Check that Concord is open on it with “Let panel devices connect to this one” ticked, and that both laptops are on the same network, then try again.</source>
        <translation>Ni atebodd y gliniadur arall. Gwiriwch fod Concord ar agor arno a bod “Gadael i ddyfeisiau&apos;r panel gysylltu â&apos;r ddyfais hon” wedi&apos;i dicio, a bod y ddau liniadur ar yr un rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>dim ateb</translation>
    </message>
    <message>
        <source>The other laptop took too long to answer. Check that it is switched on and awake, and that both laptops are on the same network, then try again.</source>
        <translation>Cymerodd y gliniadur arall ormod o amser i ateb. Gwiriwch ei fod wedi&apos;i droi ymlaen ac yn effro, a bod y ddau liniadur ar yr un rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>dim ateb mewn pryd</translation>
    </message>
    <message>
        <source>Concord could not find a laptop at that address. Check the address with the person at the other laptop, or choose their name from the list of devices instead, then try again.</source>
        <translation>Nid oedd Concord yn gallu dod o hyd i liniadur yn y cyfeiriad hwnnw. Gwiriwch y cyfeiriad gyda&apos;r person wrth y gliniadur arall, neu dewiswch eu henw o&apos;r rhestr dyfeisiau yn lle hynny, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>cyfeiriad heb ei ganfod</translation>
    </message>
    <message>
        <source>This laptop could not reach the other one. Check that both laptops are connected to the same network (the same Wi-Fi, or a cable), then try again.</source>
        <translation>Nid oedd y gliniadur hwn yn gallu cyrraedd yr un arall. Gwiriwch fod y ddau liniadur wedi&apos;u cysylltu â&apos;r un rhwydwaith (yr un Wi-Fi, neu gebl), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>dim modd ei gyrraedd</translation>
    </message>
    <message>
        <source>This laptop could not connect to the other one. Check that Concord is open on it and that both laptops are on the same network, then try again.</source>
        <translation>Nid oedd y gliniadur hwn yn gallu cysylltu â&apos;r un arall. Gwiriwch fod Concord ar agor arno a bod y ddau liniadur ar yr un rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>methu cysylltu</translation>
    </message>
    <message>
        <source>The other laptop stopped answering part-way through. What had already arrived is kept. Check that it is still awake and on the network, then try again.</source>
        <translation>Rhoddodd y gliniadur arall y gorau i ateb ar ganol y cyfnewid. Mae&apos;r hyn a oedd wedi cyrraedd eisoes wedi&apos;i gadw. Gwiriwch ei fod yn dal yn effro ac ar y rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>stopped answering</source>
        <translation>wedi peidio ag ateb</translation>
    </message>
    <message>
        <source>The connection dropped part-way through. What had already arrived is kept. Try again; if it keeps happening, move closer to the Wi-Fi or connect the laptops by cable.</source>
        <translation>Collwyd y cysylltiad ar ganol y cyfnewid. Mae&apos;r hyn a oedd wedi cyrraedd eisoes wedi&apos;i gadw. Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, symudwch yn nes at y Wi-Fi neu cysylltwch y gliniaduron â chebl.</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>cysylltiad wedi&apos;i golli</translation>
    </message>
    <message>
        <source>The other laptop is busy exchanging with other devices. Wait a minute, then try again.</source>
        <translation>Mae&apos;r gliniadur arall yn brysur yn cyfnewid â dyfeisiau eraill. Arhoswch funud, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>other laptop busy</source>
        <translation>gliniadur arall yn brysur</translation>
    </message>
    <message>
        <source>The two devices did not accept each other as members of the same panel, so nothing was exchanged. Check that you chose the right laptop. If either joined the panel recently, sync it with the chair&apos;s laptop first, then try again.</source>
        <translation>Ni wnaeth y ddwy ddyfais dderbyn ei gilydd fel aelodau o&apos;r un panel, felly ni chafodd dim ei gyfnewid. Gwiriwch eich bod wedi dewis y gliniadur cywir. Os ymunodd y naill neu&apos;r llall â&apos;r panel yn ddiweddar, cysonwch hi â gliniadur y cadeirydd yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>heb eu derbyn</translation>
    </message>
    <message>
        <source>That device is not on this laptop&apos;s list of panel members, so nothing was exchanged. If it joined recently, sync with the chair&apos;s laptop first so this laptop learns of it, then try again.</source>
        <translation>Nid yw&apos;r ddyfais honno ar restr y gliniadur hwn o aelodau&apos;r panel, felly ni chafodd dim ei gyfnewid. Os ymunodd yn ddiweddar, cysonwch â gliniadur y cadeirydd yn gyntaf fel bod y gliniadur hwn yn dod i wybod amdani, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>nid yw&apos;n aelod</translation>
    </message>
    <message>
        <source>That device has been removed from the panel, so this laptop no longer exchanges with it. Speak to the chair if you think this is wrong.</source>
        <translation>Mae&apos;r ddyfais honno wedi&apos;i thynnu o&apos;r panel, felly nid yw&apos;r gliniadur hwn yn cyfnewid â hi mwyach. Siaradwch â&apos;r cadeirydd os ydych chi&apos;n credu bod hyn yn anghywir.</translation>
    </message>
    <message>
        <source>removed from the panel</source>
        <translation>wedi&apos;i thynnu o&apos;r panel</translation>
    </message>
    <message>
        <source>The other laptop does not yet list this one as a panel member, so it refused the exchange. Ask its user to sync with the chair&apos;s laptop first, then try again.</source>
        <translation>Nid yw&apos;r gliniadur arall yn rhestru&apos;r un hwn fel aelod o&apos;r panel eto, felly gwrthododd y cyfnewid. Gofynnwch i&apos;w ddefnyddiwr gysoni â gliniadur y cadeirydd yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>refused by the other laptop</source>
        <translation>gwrthodwyd gan y gliniadur arall</translation>
    </message>
    <message>
        <source>That device belongs to a different panel, so nothing was exchanged. Check that you chose the right laptop.</source>
        <translation>Mae&apos;r ddyfais honno&apos;n perthyn i banel gwahanol, felly ni chafodd dim ei gyfnewid. Gwiriwch eich bod wedi dewis y gliniadur cywir.</translation>
    </message>
    <message>
        <source>another panel</source>
        <translation>panel arall</translation>
    </message>
    <message>
        <source>That device did not prove it is the device this panel knows, so nothing was exchanged. Compare its fingerprint with what its user&apos;s screen shows, and tell the chair if they differ.</source>
        <translation>Ni wnaeth y ddyfais honno brofi mai hi yw&apos;r ddyfais y mae&apos;r panel hwn yn ei hadnabod, felly ni chafodd dim ei gyfnewid. Cymharwch ei hôl bys â&apos;r hyn a ddangosir ar sgrin ei defnyddiwr, a rhowch wybod i&apos;r cadeirydd os ydynt yn wahanol.</translation>
    </message>
    <message>
        <source>identity not proved</source>
        <translation>hunaniaeth heb ei phrofi</translation>
    </message>
    <message>
        <source>This device is not a member of the panel as far as this laptop knows, so Concord does not sync with it. If it joined recently, sync with the chair&apos;s laptop first.</source>
        <translation>Nid yw&apos;r ddyfais hon yn aelod o&apos;r panel hyd y gŵyr y gliniadur hwn, felly nid yw Concord yn cysoni â hi. Os ymunodd yn ddiweddar, cysonwch â gliniadur y cadeirydd yn gyntaf.</translation>
    </message>
    <message>
        <source>This laptop does not know where that device is on the network right now. Ask its user to tick “Let panel devices connect to this one” and “Announce it on this network”, or choose Connect by address and type the address their sync panel shows.</source>
        <translation>Nid yw&apos;r gliniadur hwn yn gwybod ble mae&apos;r ddyfais honno ar y rhwydwaith ar hyn o bryd. Gofynnwch i&apos;w defnyddiwr dicio “Gadael i ddyfeisiau&apos;r panel gysylltu â&apos;r ddyfais hon” a “Cyhoeddi&apos;r ddyfais hon ar y rhwydwaith hwn”, neu dewiswch Cysylltu drwy gyfeiriad a theipiwch y cyfeiriad sydd i&apos;w weld ar eu panel cysoni.</translation>
    </message>
    <message>
        <source>not on this network</source>
        <translation>nid yw ar y rhwydwaith hwn</translation>
    </message>
    <message>
        <source>The other laptop&apos;s date is more than a week ahead of this laptop&apos;s, so they do not sync. Set the right date and time on the laptop that is wrong, then try again.</source>
        <translation>Mae dyddiad y gliniadur arall dros wythnos o flaen dyddiad y gliniadur hwn, felly nid ydynt yn cysoni. Gosodwch y dyddiad a&apos;r amser cywir ar y gliniadur sy&apos;n anghywir, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>dates differ</source>
        <translation>dyddiadau&apos;n wahanol</translation>
    </message>
    <message>
        <source>The other laptop&apos;s date is more than a week behind this laptop&apos;s, so they do not sync. Set the right date and time on the laptop that is wrong, then try again.</source>
        <translation>Mae dyddiad y gliniadur arall dros wythnos y tu ôl i ddyddiad y gliniadur hwn, felly nid ydynt yn cysoni. Gosodwch y dyddiad a&apos;r amser cywir ar y gliniadur sy&apos;n anghywir, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The dates on the two laptops differ by more than a week, so they do not sync. Set the right date and time on the laptop that is wrong, then try again.</source>
        <translation>Mae&apos;r dyddiadau ar y ddau liniadur yn wahanol o fwy nag wythnos, felly nid ydynt yn cysoni. Gosodwch y dyddiad a&apos;r amser cywir ar y gliniadur sy&apos;n anghywir, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This laptop is not in a panel yet, so it has nothing to exchange. Ask the chair for an invitation, then choose Join a panel.</source>
        <translation>Nid yw&apos;r gliniadur hwn mewn panel eto, felly nid oes ganddo ddim i&apos;w gyfnewid. Gofynnwch i&apos;r cadeirydd am wahoddiad, yna dewiswch Ymuno â phanel.</translation>
    </message>
    <message>
        <source>not in a panel</source>
        <translation>nid yw mewn panel</translation>
    </message>
    <message>
        <source>This laptop has been removed from the panel, so it can no longer sync. Speak to the chair.</source>
        <translation>Mae&apos;r gliniadur hwn wedi&apos;i dynnu o&apos;r panel, felly ni all gysoni mwyach. Siaradwch â&apos;r cadeirydd.</translation>
    </message>
    <message>
        <source>The other device sent something that failed Concord&apos;s checks, so the exchange stopped. What had passed the checks is kept. Check that both laptops run the same version of Concord, and tell the chair if it happens again.</source>
        <translation>Anfonodd y ddyfais arall rywbeth a fethodd wiriadau Concord, felly daeth y cyfnewid i ben. Mae&apos;r hyn a oedd wedi pasio&apos;r gwiriadau wedi&apos;i gadw. Gwiriwch fod y ddau liniadur yn rhedeg yr un fersiwn o Concord, a rhowch wybod i&apos;r cadeirydd os bydd yn digwydd eto.</translation>
    </message>
    <message>
        <source>stopped by a check</source>
        <translation>wedi&apos;i atal gan wiriad</translation>
    </message>
    <message>
        <source>Concord could not open this laptop&apos;s keys. Unlock the laptop&apos;s keyring (log out and in again if you are not sure how), then try again.</source>
        <translation>Nid oedd Concord yn gallu agor allweddi&apos;r gliniadur hwn. Datglowch gylch allweddi&apos;r gliniadur (allgofnodwch a mewngofnodwch eto os nad ydych yn siŵr sut), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>keys locked</source>
        <translation>allweddi wedi&apos;u cloi</translation>
    </message>
    <message>
        <source>Another program on this laptop is already using that port. Choose another port number, then tick the box again.</source>
        <translation>Mae rhaglen arall ar y gliniadur hwn eisoes yn defnyddio&apos;r porth hwnnw. Dewiswch rif porth arall, yna ticiwch y blwch eto.</translation>
    </message>
    <message>
        <source>port in use</source>
        <translation>porth yn cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>This laptop could not start listening for other devices on that port. Choose another port number (above 1024), then tick the box again.</source>
        <translation>Nid oedd y gliniadur hwn yn gallu dechrau gwrando am ddyfeisiau eraill ar y porth hwnnw. Dewiswch rif porth arall (uwch na 1024), yna ticiwch y blwch eto.</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>nid yw&apos;n gwrando</translation>
    </message>
    <message>
        <source>This laptop stopped accepting connections from other devices because something went wrong inside Concord. Tick the box again; if it happens again, tell whoever supports Concord for your panel (the laptop&apos;s log holds the details).</source>
        <translation>Peidiodd y gliniadur hwn â derbyn cysylltiadau gan ddyfeisiau eraill oherwydd bod rhywbeth wedi mynd o&apos;i le yn Concord. Ticiwch y blwch eto; os bydd yn digwydd eto, rhowch wybod i bwy bynnag sy&apos;n cefnogi Concord ar gyfer eich panel (mae&apos;r manylion yn log y gliniadur).</translation>
    </message>
    <message>
        <source>stopped listening</source>
        <translation>wedi peidio â gwrando</translation>
    </message>
    <message>
        <source>The exchange was stopped because Concord is closing. It will pick up where it left off next time.</source>
        <translation>Cafodd y cyfnewid ei atal oherwydd bod Concord yn cau. Bydd yn ailddechrau o&apos;r man lle gadawodd y tro nesaf.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Something went wrong inside Concord on this laptop, so it stopped. Try again; if it happens again, tell whoever supports Concord for your panel (the laptop&apos;s log holds the details).</source>
        <translation>Aeth rhywbeth o&apos;i le yn Concord ar y gliniadur hwn, felly daeth i ben. Rhowch gynnig arall arni; os bydd yn digwydd eto, rhowch wybod i bwy bynnag sy&apos;n cefnogi Concord ar gyfer eich panel (mae&apos;r manylion yn log y gliniadur).</translation>
    </message>
    <message>
        <source>went wrong</source>
        <translation>aeth o&apos;i le</translation>
    </message>
    <message>
        <source>The exchange did not complete. Try again; if it happens again, tell whoever supports Concord for your panel.</source>
        <translation>Ni chafodd y cyfnewid ei gwblhau. Rhowch gynnig arall arni; os bydd yn digwydd eto, rhowch wybod i bwy bynnag sy&apos;n cefnogi Concord ar gyfer eich panel.</translation>
    </message>
    <message>
        <source>did not complete</source>
        <translation>heb ei gwblhau</translation>
    </message>
    <message>
        <source>This bundle was made for another device, so nothing was imported. Ask the person who made it to export a bundle for this laptop.</source>
        <translation>Cafodd y bwndel hwn ei wneud ar gyfer dyfais arall, felly ni chafodd dim ei fewnforio. Gofynnwch i&apos;r person a&apos;i gwnaeth allforio bwndel ar gyfer y gliniadur hwn.</translation>
    </message>
    <message>
        <source>bundle for another device</source>
        <translation>bwndel ar gyfer dyfais arall</translation>
    </message>
    <message>
        <source>This bundle comes from a different panel, so nothing was imported. Check that you chose the right file.</source>
        <translation>Mae&apos;r bwndel hwn yn dod o banel gwahanol, felly ni chafodd dim ei fewnforio. Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <source>bundle of another panel</source>
        <translation>bwndel panel arall</translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after it was made, so nothing was imported. Ask the person who made it to export it again, and copy the new file across.</source>
        <translation>Mae&apos;r bwndel hwn wedi&apos;i ddifrodi neu cafodd ei newid ar ôl iddo gael ei wneud, felly ni chafodd dim ei fewnforio. Gofynnwch i&apos;r person a&apos;i gwnaeth ei allforio eto, a chopïwch y ffeil newydd drosodd.</translation>
    </message>
    <message>
        <source>bundle damaged</source>
        <translation>bwndel wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>This file is not a Concord bundle, so nothing was imported. Check that you chose the right file: a bundle&apos;s name usually ends in .bundle.</source>
        <translation>Nid yw&apos;r ffeil hon yn fwndel Concord, felly ni chafodd dim ei fewnforio. Gwiriwch eich bod wedi dewis y ffeil gywir: mae enw bwndel fel arfer yn gorffen gyda .bundle.</translation>
    </message>
    <message>
        <source>not a bundle</source>
        <translation>nid yw&apos;n fwndel</translation>
    </message>
    <message>
        <source>This bundle was made by an older version of Concord that this one no longer reads, so nothing was imported. Ask the person who made it to update Concord and export it again.</source>
        <translation>Cafodd y bwndel hwn ei wneud gan fersiwn hŷn o Concord nad yw&apos;r fersiwn hon yn ei darllen mwyach, felly ni chafodd dim ei fewnforio. Gofynnwch i&apos;r person a&apos;i gwnaeth ddiweddaru Concord a&apos;i allforio eto.</translation>
    </message>
    <message>
        <source>old bundle format</source>
        <translation>hen fformat bwndel</translation>
    </message>
    <message>
        <source>This bundle was imported on this laptop before; importing it again changes nothing. Ask for a new bundle if you expected more.</source>
        <translation>Cafodd y bwndel hwn ei fewnforio ar y gliniadur hwn o&apos;r blaen; ni fydd ei fewnforio eto yn newid dim. Gofynnwch am fwndel newydd os oeddech yn disgwyl mwy.</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <source>The device that made this bundle is not a panel member as far as this laptop knows, so nothing was imported. Sync with the chair&apos;s laptop first, then import the bundle again.</source>
        <translation>Nid yw&apos;r ddyfais a wnaeth y bwndel hwn yn aelod o&apos;r panel hyd y gŵyr y gliniadur hwn, felly ni chafodd dim ei fewnforio. Cysonwch â gliniadur y cadeirydd yn gyntaf, yna mewnforiwch y bwndel eto.</translation>
    </message>
    <message>
        <source>sender not a member</source>
        <translation>nid yw&apos;r anfonwr yn aelod</translation>
    </message>
    <message>
        <source>A device the bundle was to be made for is no longer an active member of the panel, so no bundle was written. Choose another device or role.</source>
        <translation>Nid yw un o&apos;r dyfeisiau yr oedd y bwndel i&apos;w wneud ar eu cyfer yn aelod gweithredol o&apos;r panel mwyach, felly ni chafodd bwndel ei ysgrifennu. Dewiswch ddyfais neu rôl arall.</translation>
    </message>
    <message>
        <source>recipient not a member</source>
        <translation>nid yw&apos;r derbynnydd yn aelod</translation>
    </message>
    <message>
        <source>There is no active device to make the bundle for. Choose a device, or a role that has devices in the panel.</source>
        <translation>Nid oes dyfais weithredol i wneud y bwndel ar ei chyfer. Dewiswch ddyfais, neu rôl sydd â dyfeisiau yn y panel.</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>dim derbynnydd</translation>
    </message>
    <message>
        <source>The bundle would be too large for the other laptop to import. Make one for fewer devices, or sync over the network.</source>
        <translation>Byddai&apos;r bwndel yn rhy fawr i&apos;r gliniadur arall ei fewnforio. Gwnewch un ar gyfer llai o ddyfeisiau, neu cysonwch dros y rhwydwaith.</translation>
    </message>
    <message>
        <source>bundle too large</source>
        <translation>bwndel yn rhy fawr</translation>
    </message>
    <message>
        <source>The file could not be opened. Check that the USB stick is still plugged in and that the file is there, then try again.</source>
        <translation>Nid oedd modd agor y ffeil. Gwiriwch fod y cof bach USB wedi&apos;i gysylltu o hyd a bod y ffeil yno, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>file not opened</source>
        <translation>ffeil heb ei hagor</translation>
    </message>
    <message>
        <source>The bundle could not be saved there. Choose another folder you can save to, such as Documents or the USB stick, then try again.</source>
        <translation>Nid oedd modd cadw&apos;r bwndel yno. Dewiswch ffolder arall y gallwch gadw ynddo, fel Dogfennau neu&apos;r cof bach USB, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>heb ei gadw</translation>
    </message>
    <message>
        <source>There is not enough room to save the bundle there. Free some space or choose another USB stick, then try again.</source>
        <translation>Nid oes digon o le i gadw&apos;r bwndel yno. Rhyddhewch rywfaint o le neu dewiswch gof bach USB arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>not enough room</source>
        <translation>dim digon o le</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>it records what has happened</source>
        <translation>mae&apos;n cofnodi&apos;r hyn sydd wedi digwydd</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(heb ei osod)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>FieldSaver</name>
    <message>
        <source>Not saved: {message}</source>
        <translation>Heb ei gadw: {message}</translation>
    </message>
</context>
<context>
    <name>FingerprintBox</name>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>{title}: {fingerprint}</source>
        <translation>{title}: {fingerprint}</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>Ôl bys {fingerprint}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Concord on this device</source>
        <translation>Sefydlu Concord ar y ddyfais hon</translation>
    </message>
    <message>
        <source>This device has no Concord data yet. Say who will use it and in which role of the information sharing agreement. The role decides which parts of a case this device may hold and show; the panel chair confirms it when the device joins the panel.</source>
        <translation>Does dim data Concord ar y ddyfais hon eto. Nodwch pwy fydd yn ei defnyddio ac ym mha rôl yn y cytundeb rhannu gwybodaeth. Mae&apos;r rôl yn penderfynu pa rannau o achos y caiff y ddyfais hon eu dal a&apos;u dangos; bydd cadeirydd y panel yn ei chadarnhau pan fydd y ddyfais yn ymuno â&apos;r panel.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Ffolder data: {folder}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Sefydlu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>A&amp;dfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Could not set up: {message}</source>
        <translation>Methu sefydlu: {message}</translation>
    </message>
</context>
<context>
    <name>IdentityBadge</name>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Device {fingerprint}</source>
        <translation>Dyfais {fingerprint}</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. Read it aloud to the chair to confirm it is this device.</source>
        <translation>Ôl bys y ddyfais hon. Darllenwch ef yn uchel i&apos;r cadeirydd i gadarnhau mai&apos;r ddyfais hon yw hi.</translation>
    </message>
    <message>
        <source>This device: {name}, {role}, {agency}. Fingerprint {fingerprint}.</source>
        <translation>Y ddyfais hon: {name}, {role}, {agency}. Ôl bys {fingerprint}.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>Choose the bundle file another panel laptop wrote for this one. It is checked whole first: if anything in it is wrong, nothing of it is imported.</source>
        <translation>Dewiswch y ffeil bwndel a ysgrifennodd gliniadur arall y panel ar gyfer yr un hwn. Caiff ei gwirio&apos;n gyfan yn gyntaf: os oes unrhyw beth o&apos;i le ynddi, ni chaiff dim ohoni ei fewnforio.</translation>
    </message>
    <message>
        <source>Bundle file to import</source>
        <translation>Ffeil bwndel i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>&amp;Ffeil bwndel:</translation>
    </message>
    <message>
        <source>What this laptop still lacks</source>
        <translation>Beth sydd ar goll o&apos;r gliniadur hwn o hyd</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>Dewiswch y bwndel i&apos;w fewnforio</translation>
    </message>
    <message>
        <source>Concord bundles (*.bundle);;All files (*)</source>
        <translation>Bwndeli Concord (*.bundle);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Concord is busy with an exchange; try again when it ends.</source>
        <translation>Mae Concord yn brysur gyda chyfnewid; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Wrthi&apos;n gwirio ac yn mewnforio&apos;r bwndel…</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Dilys tan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Defnyddiwyd gan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Wedi&apos;i ddefnyddio</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a device to the panel</source>
        <translation>Gwahodd dyfais i&apos;r panel</translation>
    </message>
    <message>
        <source>Make a one-time code for the device that will join, and give it to its user in person or read it out. It works once, until it expires.</source>
        <translation>Crëwch god untro ar gyfer y ddyfais a fydd yn ymuno, a&apos;i roi i ddefnyddiwr y ddyfais wyneb yn wyneb neu ei ddarllen yn uchel. Mae&apos;n gweithio unwaith, nes iddo ddod i ben.</translation>
    </message>
    <message>
        <source>This device (the chair&apos;s)</source>
        <translation>Y ddyfais hon (un y cadeirydd)</translation>
    </message>
    <message>
        <source>The joining device shows this fingerprint before it joins: check with its user that it matches.</source>
        <translation>Mae&apos;r ddyfais sy&apos;n ymuno yn dangos yr ôl bys hwn cyn iddi ymuno: gwiriwch gyda&apos;i defnyddiwr ei fod yn cyfateb.</translation>
    </message>
    <message>
        <source>Role of the joining device</source>
        <translation>Rôl y ddyfais sy&apos;n ymuno</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation>Nifer yr oriau y mae&apos;r cod yn ddilys</translation>
    </message>
    <message>
        <source>&amp;Make invitation</source>
        <translation>&amp;Creu gwahoddiad</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Dilys am:</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Cod gwahoddiad</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>C&amp;opïo&apos;r cod</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Cadw fel &amp;ffeil…</translation>
    </message>
    <message>
        <source>This device listens on port {port}: give the joining person this device&apos;s address and that port.</source>
        <translation>Mae&apos;r ddyfais hon yn gwrando ar borth {port}: rhowch gyfeiriad y ddyfais hon a&apos;r porth hwnnw i&apos;r person sy&apos;n ymuno.</translation>
    </message>
    <message>
        <source>The joining device connects to this one: turn on “Let panel devices connect” in the sync panel before they join.</source>
        <translation>Mae&apos;r ddyfais sy&apos;n ymuno yn cysylltu â hon: trowch “Gadael i ddyfeisiau&apos;r panel gysylltu” ymlaen yn y panel cysoni cyn iddynt ymuno.</translation>
    </message>
    <message>
        <source>Invitations made</source>
        <translation>Gwahoddiadau a grëwyd</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation</source>
        <translation>Tynnu&apos;r gwahoddiad a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <source>Invitations made:</source>
        <translation>Gwahoddiadau a grëwyd:</translation>
    </message>
    <message>
        <source>No code yet: choose the role and make an invitation.</source>
        <translation>Dim cod eto: dewiswch y rôl a chrëwch wahoddiad.</translation>
    </message>
    <message>
        <source>For a {role}, valid until {when}. It can be used once.</source>
        <translation>Ar gyfer {role}, yn ddilys tan {when}. Gellir ei ddefnyddio unwaith.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Wedi&apos;i gopïo.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Cadw&apos;r gwahoddiad</translation>
    </message>
    <message>
        <source>Concord invitations (*.invite);;All files (*)</source>
        <translation>Gwahoddiadau Concord (*.invite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil: {reason}</translation>
    </message>
    <message>
        <source>Saved as {name}. Give the file to the joining person; it works once.</source>
        <translation>Wedi&apos;i chadw fel {name}. Rhowch y ffeil i&apos;r person sy&apos;n ymuno; dim ond unwaith y mae&apos;n gweithio.</translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation>Problem: {message}</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a panel</source>
        <translation>Ymuno â phanel</translation>
    </message>
    <message>
        <source>Paste the invitation code the chair gave you, or load the invitation file. Before you join, compare the chair&apos;s fingerprint below with the one the chair&apos;s screen shows for their device.</source>
        <translation>Gludwch y cod gwahoddiad a roddodd y cadeirydd i chi, neu llwythwch y ffeil gwahoddiad. Cyn i chi ymuno, cymharwch ôl bys dyfais y cadeirydd isod â&apos;r un a ddangosir ar sgrin y cadeirydd.</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Cod gwahoddiad</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>&amp;Llwytho o ffeil…</translation>
    </message>
    <message>
        <source>Invitation &amp;code:</source>
        <translation>&amp;Cod gwahoddiad:</translation>
    </message>
    <message>
        <source>The chair&apos;s device</source>
        <translation>Dyfais y cadeirydd</translation>
    </message>
    <message>
        <source>This must match what the chair&apos;s screen shows for their own device.</source>
        <translation>Rhaid i hwn gyfateb i&apos;r hyn a ddangosir ar sgrin y cadeirydd ar gyfer ei ddyfais ei hun.</translation>
    </message>
    <message>
        <source>The chair&apos;s screen shows this &amp;fingerprint</source>
        <translation>Mae sgrin y cadeirydd yn dangos yr ôl &amp;bys hwn</translation>
    </message>
    <message>
        <source>Chair&apos;s device address</source>
        <translation>Cyfeiriad dyfais y cadeirydd</translation>
    </message>
    <message>
        <source>host:port, as the chair&apos;s sync panel shows it</source>
        <translation>gwesteiwr:porth, fel y mae panel cysoni&apos;r cadeirydd yn ei ddangos</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint is {fingerprint}; the chair sees it when you join.</source>
        <translation>Ôl bys y ddyfais hon yw {fingerprint}; bydd y cadeirydd yn ei weld pan fyddwch yn ymuno.</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Yn ymuno</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;address:</source>
        <translation>Cyf&amp;eiriad y cadeirydd:</translation>
    </message>
    <message>
        <source>This device is already in a panel.</source>
        <translation>Mae&apos;r ddyfais hon eisoes mewn panel.</translation>
    </message>
    <message>
        <source>This is not a valid invitation code: {reason}</source>
        <translation>Nid yw hwn yn god gwahoddiad dilys: {reason}</translation>
    </message>
    <message>
        <source>Open an invitation file</source>
        <translation>Agor ffeil gwahoddiad</translation>
    </message>
    <message>
        <source>Concord invitations (*.invite);;All files (*)</source>
        <translation>Gwahoddiadau Concord (*.invite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>the file is far too large to be an invitation</source>
        <translation>mae&apos;r ffeil yn llawer rhy fawr i fod yn wahoddiad</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Nid oedd modd darllen y ffeil: {reason}</translation>
    </message>
    <message>
        <source>This file is not a valid invitation: {reason}</source>
        <translation>Nid yw&apos;r ffeil hon yn wahoddiad dilys: {reason}</translation>
    </message>
    <message>
        <source>An invitation for a {role}, valid until {when}.</source>
        <translation>Gwahoddiad ar gyfer rôl {role}, yn ddilys tan {when}.</translation>
    </message>
    <message>
        <source>An invitation valid until {when}.</source>
        <translation>Gwahoddiad sy&apos;n ddilys tan {when}.</translation>
    </message>
    <message>
        <source>This invitation is for a {role}, but this device was set up as a {own}. Ask the chair for an invitation for your role.</source>
        <translation>Mae&apos;r gwahoddiad hwn ar gyfer rôl {role}, ond cafodd y ddyfais hon ei gosod ar gyfer rôl {own}. Gofynnwch i&apos;r cadeirydd am wahoddiad ar gyfer eich rôl chi.</translation>
    </message>
    <message>
        <source>This invitation expired on {when}. Ask the chair for a new one.</source>
        <translation>Daeth y gwahoddiad hwn i ben ar {when}. Gofynnwch i&apos;r cadeirydd am un newydd.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the chair&apos;s screen, then tick the box and join.</source>
        <translation>Cymharwch yr ôl bys â sgrin y cadeirydd, yna ticiwch y blwch ac ymunwch.</translation>
    </message>
    <message>
        <source>An exchange is running; try again when it ends.</source>
        <translation>Mae cyfnewid ar waith; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>Connecting to the chair&apos;s device at {address}…</source>
        <translation>Yn cysylltu â dyfais y cadeirydd yn {address}…</translation>
    </message>
    <message>
        <source>Joined the panel of {chair} as a {role}. The chair&apos;s device fingerprint is {fingerprint}: it should match what the chair&apos;s screen shows.</source>
        <translation>Wedi ymuno â phanel {chair} fel {role}. Ôl bys dyfais y cadeirydd yw {fingerprint}: dylai gyfateb i&apos;r hyn a ddangosir ar sgrin y cadeirydd.</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>y cadeirydd</translation>
    </message>
    <message>
        <source>Could not join: {problem}</source>
        <translation>Nid oedd modd ymuno: {problem}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language / Iaith</source>
        <translation>Iaith / Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Concord changes its language once the work in hand is finished. Try again in a moment.</source>
        <translation>Bydd Concord yn newid ei iaith unwaith y bydd y gwaith sydd ar y gweill wedi gorffen. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Some fields hold values that could not be saved (the status bar says why). Put them right, then change the language.</source>
        <translation>Mae rhai meysydd yn dal gwerthoedd na ellid eu cadw (mae&apos;r bar statws yn dweud pam). Cywirwch nhw, yna newidiwch yr iaith.</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Panel review</source>
        <translation>Adolygiad y panel</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Gohiriwyd</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Paratoi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Wedi&apos;i derfynu</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Ôl-ofal</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Caniatâd wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Consent refused, lapsed or incomplete</source>
        <translation>Caniatâd wedi&apos;i wrthod, wedi dod i ben neu&apos;n anghyflawn</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Digwyddiad newydd</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Gwaethygu</translation>
    </message>
    <message>
        <source>Signs of coercion, manipulation, surveillance or threats</source>
        <translation>Arwyddion o orfodaeth, ystrywio, gwyliadwriaeth neu fygythiadau</translation>
    </message>
    <message>
        <source>Conflict with a court order or investigation</source>
        <translation>Gwrthdaro â gorchymyn llys neu ymchwiliad</translation>
    </message>
    <message>
        <source>The sign-off no longer covers the case as it is</source>
        <translation>Nid yw&apos;r gymeradwyaeth bellach yn cwmpasu&apos;r achos fel y mae</translation>
    </message>
    <message>
        <source>A safeguard (facilitator, training, supervisor or safety plan) is no longer in place</source>
        <translation>Nid yw mesur diogelu (hwylusydd, hyfforddiant, goruchwyliwr neu gynllun diogelwch) ar waith mwyach</translation>
    </message>
    <message>
        <source>signed decision: {decision}</source>
        <translation>penderfyniad wedi&apos;i lofnodi: {decision}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Cyflwr cysoni</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Ac&amp;hos newydd…</translation>
    </message>
    <message>
        <source>Open a new case with a pseudonymous reference</source>
        <translation>Agor achos newydd gyda chyfeirnod ffugenwol</translation>
    </message>
    <message>
        <source>Your role may not open new cases under this agreement.</source>
        <translation>Ni chaiff eich rôl agor achosion newydd o dan y cytundeb hwn.</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Canfod achos</translation>
    </message>
    <message>
        <source>Search the case list by reference</source>
        <translation>Chwilio&apos;r rhestr achosion yn ôl cyfeirnod</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>What waits for you: requests, overdue actions, reviews due</source>
        <translation>Beth sy&apos;n aros amdanoch: ceisiadau, camau gweithredu hwyr, adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Rhestr achosion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show the cases</source>
        <translation>Dangos yr achosion</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Cyfarfodydd</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show the panel&apos;s meetings, their agendas and meeting mode</source>
        <translation>Dangos cyfarfodydd y panel, agenda pob un a&apos;r modd cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Achos</translation>
    </message>
    <message>
        <source>&amp;Back up this device…</source>
        <translation>Gwneud copi wrth gefn o&apos;r &amp;ddyfais hon…</translation>
    </message>
    <message>
        <source>Write one file holding this device, sealed under a passphrase</source>
        <translation>Ysgrifennu un ffeil sy&apos;n dal y ddyfais hon, wedi&apos;i selio â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation>C&amp;yfarfodydd</translation>
    </message>
    <message>
        <source>Sync &amp;panel</source>
        <translation>&amp;Panel cysoni</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Show the panel&apos;s devices, this device&apos;s fingerprint, and sync now</source>
        <translation>Dangos dyfeisiau&apos;r panel, ôl bys y ddyfais hon, a chysoni nawr</translation>
    </message>
    <message>
        <source>&amp;Invite a device…</source>
        <translation>G&amp;wahodd dyfais…</translation>
    </message>
    <message>
        <source>&amp;Join a panel…</source>
        <translation>&amp;Ymuno â phanel…</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Allforio bwndel…</translation>
    </message>
    <message>
        <source>Write what another device lacks to a file you carry to it</source>
        <translation>Ysgrifennu&apos;r hyn sydd ar goll o ddyfais arall i ffeil y byddwch yn ei chario ati</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>&amp;Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>Take in a bundle file another device wrote for this one</source>
        <translation>Derbyn ffeil bwndel a ysgrifennodd dyfais arall ar gyfer yr un hon</translation>
    </message>
    <message>
        <source>&amp;Take in a restored device…</source>
        <translation>&amp;Derbyn dyfais a adferwyd…</translation>
    </message>
    <message>
        <source>Join with an &amp;admission file…</source>
        <translation>Ymuno drwy &amp;ffeil dderbyn…</translation>
    </message>
    <message>
        <source>Save the &amp;request for the chair…</source>
        <translation>Cadw&apos;r &amp;cais i&apos;r cadeirydd…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Cyso&amp;ni</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>Could not list the cases: {message}</source>
        <translation>Methu rhestru&apos;r achosion: {message}</translation>
    </message>
    <message>
        <source>Case {reference} is no longer on this device: it was erased.</source>
        <translation>Nid yw achos {reference} ar y ddyfais hon mwyach: cafodd ei ddileu.</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off request(s) waiting</source>
        <translation>
            <numerusform>%n cais am gymeradwyaeth yn aros</numerusform>
            <numerusform>%n cais am gymeradwyaeth yn aros</numerusform>
            <numerusform>%n cais am gymeradwyaeth yn aros</numerusform>
            <numerusform>%n cais am gymeradwyaeth yn aros</numerusform>
            <numerusform>%n cais am gymeradwyaeth yn aros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting</source>
        <translation>
            <numerusform>%n eitem yn aros</numerusform>
            <numerusform>%n eitem yn aros</numerusform>
            <numerusform>%n eitem yn aros</numerusform>
            <numerusform>%n eitem yn aros</numerusform>
            <numerusform>%n eitem yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the case: {message}</source>
        <translation>Methu agor yr achos: {message}</translation>
    </message>
    <message>
        <source>Some changes in the case you left could not be saved: {problem}</source>
        <translation>Nid oedd modd cadw rhai newidiadau yn yr achos y gwnaethoch ei adael: {problem}</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Achos wedi&apos;i greu</translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation>{name} ({agency})</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Wedi cysoni {when}</translation>
    </message>
    <message>
        <source>Last sync ended early</source>
        <translation>Daeth y cysoni diwethaf i ben yn gynnar</translation>
    </message>
    <message>
        <source>Last sync failed (see the sync panel)</source>
        <translation>Methodd y cysoni diwethaf (gweler y panel cysoni)</translation>
    </message>
    <message>
        <source>Concord closes once the file being written is finished.</source>
        <translation>Bydd Concord yn cau pan fydd y ffeil sy&apos;n cael ei hysgrifennu wedi&apos;i gorffen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Some fields hold values that could not be saved (the status bar says why). Close Concord and discard them?</source>
        <translation>Mae rhai meysydd yn cynnwys gwerthoedd nad oedd modd eu cadw (mae&apos;r bar statws yn esbonio pam). Cau Concord a&apos;u taflu?</translation>
    </message>
</context>
<context>
    <name>MeetingFacts</name>
    <message>
        <source>Withheld: not every recipient of these minutes may read this.</source>
        <translation>Wedi&apos;i atal: ni chaiff pob derbynnydd y cofnodion hyn ddarllen yr wybodaeth hon.</translation>
    </message>
    <message>
        <source>Key risks (facts)</source>
        <translation>Risgiau allweddol (ffeithiau)</translation>
    </message>
    <message>
        <source>Professional opinion</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>yes, on their device</source>
        <translation>ie, ar eu dyfais</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>yes, on a device</source>
        <translation>ie, ar ddyfais</translation>
    </message>
    <message>
        <source>no device: not recorded</source>
        <translation>dim dyfais: heb ei gofnodi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Ffynhonnell yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Sgôr risg</translation>
    </message>
    <message>
        <source>Referral criterion</source>
        <translation>Maen prawf atgyfeirio</translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation>Plant ynghlwm</translation>
    </message>
    <message>
        <source>Consent to referral</source>
        <translation>Caniatâd i&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>None shared.</source>
        <translation>Ni rannwyd dim.</translation>
    </message>
    <message>
        <source>None given.</source>
        <translation>Ni roddwyd dim.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Baneri risg</translation>
    </message>
    <message>
        <source>no assessment recorded</source>
        <translation>dim asesiad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>visible high risk (score {min} or more)</source>
        <translation>risg uchel amlwg (sgôr o {min} neu fwy)</translation>
    </message>
    <message>
        <source>professional judgement (raised to {level})</source>
        <translation>barn broffesiynol (wedi&apos;i chodi i {level})</translation>
    </message>
    <message>
        <source>potential escalation</source>
        <translation>posibilrwydd o waethygu</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>achos mynych</translation>
    </message>
    <message>
        <source>{level} risk by score</source>
        <translation>risg {level} yn ôl y sgôr</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Scheduled</source>
        <translation>Wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Yn mynd rhagddo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Meeting reference</source>
        <translation>Cyfeirnod y cyfarfod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Scheduled, in progress or closed</source>
        <translation>Wedi&apos;i drefnu, yn mynd rhagddo neu wedi&apos;i gau</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Min&amp;utes PDF…</source>
        <translation>PDF y c&amp;ofnodion…</translation>
    </message>
    <message>
        <source>Write the minutes as a PDF, with accessible HTML and text beside it</source>
        <translation>Ysgrifennu&apos;r cofnodion fel PDF, gyda HTML hygyrch a thestun wrth ei ochr</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Iaith y cofnodion</translation>
    </message>
    <message>
        <source>Meeting parts</source>
        <translation>Rhannau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>Choose a case in the agenda to see it in meeting mode.</source>
        <translation>Dewiswch achos yn yr agenda i&apos;w weld yn y modd cyfarfod.</translation>
    </message>
    <message>
        <source>Agenda and meeting mode</source>
        <translation>Agenda a modd cyfarfod</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Confidentiality and distribution</source>
        <translation>Cyfrinachedd a dosbarthu</translation>
    </message>
    <message>
        <source>This meeting cannot be shown: {problem}</source>
        <translation>Ni ellir dangos y cyfarfod hwn: {problem}</translation>
    </message>
    <message>
        <source>Panel meeting {reference}: {panel}</source>
        <translation>Cyfarfod panel {reference}: {panel}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Date: {when}    Time: {time}    Venue: {venue}
Chair: {chair}    Status: {status}    Cases: {n} ({minutes} minutes)</source>
        <translation>Dyddiad: {when}    Amser: {time}    Lleoliad: {venue}
Cadeirydd: {chair}    Statws: {status}    Achosion: {n} ({minutes} munud)</translation>
    </message>
    <message>
        <source>The meeting has moved on to case {case}. This device follows when you leave the box you are typing in.</source>
        <translation>Mae&apos;r cyfarfod wedi symud ymlaen i achos {case}. Bydd y ddyfais hon yn dilyn pan fyddwch yn gadael y blwch rydych yn teipio ynddo.</translation>
    </message>
    <message>
        <source>Case not on this device yet: it comes with the next sync.</source>
        <translation>Nid yw&apos;r achos ar y ddyfais hon eto: bydd yn cyrraedd gyda&apos;r cysoni nesaf.</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Cadw&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>Minutes written to {folder}: {pdf}, with {html} and {text} beside it</source>
        <translation>Cofnodion wedi&apos;u hysgrifennu i {folder}: {pdf}, gyda {html} a {text} wrth ei ochr</translation>
    </message>
    <message>
        <source>an unexpected error (see the log)</source>
        <translation>gwall annisgwyl (gweler y log)</translation>
    </message>
    <message>
        <source>Minutes not written</source>
        <translation>Cofnodion heb eu hysgrifennu</translation>
    </message>
    <message>
        <source>The minutes could not be written: {problem}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r cofnodion: {problem}</translation>
    </message>
</context>
<context>
    <name>MeetingProblems</name>
    <message>
        <source>{path}: not a usable meeting policy ({exc})</source>
        <translation>{path}: nid yw&apos;n bolisi cyfarfodydd y gellir ei ddefnyddio ({exc})</translation>
    </message>
    <message>
        <source>{path}: minutes per case must be at least 1</source>
        <translation>{path}: rhaid i&apos;r munudau ar gyfer pob achos fod yn 1 o leiaf</translation>
    </message>
    <message>
        <source>{path}: the confidentiality statement is empty</source>
        <translation>{path}: mae&apos;r datganiad cyfrinachedd yn wag</translation>
    </message>
    <message>
        <source>{path}: [minutes]: {problem}</source>
        <translation>{path}: [minutes] (cofnodion): {problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}: [outputs] language: {exc}</source>
        <translation>{path}: [outputs] language (iaith yr allbynnau): {exc}</translation>
    </message>
    <message>
        <source>{path}: the meeting policy has no &apos;agencies&apos; list: name the agencies that own actions, e.g. agencies = [&quot;police&quot;, &quot;health&quot;]</source>
        <translation>{path}: nid oes rhestr &apos;agencies&apos; yn y polisi cyfarfodydd: enwch yr asiantaethau sy&apos;n gyfrifol am gamau gweithredu, e.e. agencies = [&quot;police&quot;, &quot;health&quot;] (yr heddlu ac iechyd)</translation>
    </message>
    <message>
        <source>{path}: &apos;agencies&apos; must be a list of agency names in quotes</source>
        <translation>{path}: rhaid i &apos;agencies&apos; fod yn rhestr o enwau asiantaethau mewn dyfynodau</translation>
    </message>
    <message>
        <source>{path}: the &apos;agencies&apos; list is empty: name at least one agency that owns actions</source>
        <translation>{path}: mae&apos;r rhestr &apos;agencies&apos; yn wag: enwch o leiaf un asiantaeth sy&apos;n gyfrifol am gamau gweithredu</translation>
    </message>
    <message>
        <source>{path}: an agency in the &apos;agencies&apos; list has no name</source>
        <translation>{path}: nid oes enw gan un o&apos;r asiantaethau yn y rhestr &apos;agencies&apos;</translation>
    </message>
    <message>
        <source>{path}: the agency &apos;{name}&apos; is named twice in the &apos;agencies&apos; list</source>
        <translation>{path}: mae&apos;r asiantaeth &apos;{name}&apos; wedi&apos;i henwi ddwywaith yn y rhestr &apos;agencies&apos;</translation>
    </message>
    <message>
        <source>meeting {reference} has no distribution list: the chair names who receives the minutes first</source>
        <translation>nid oes rhestr ddosbarthu gan gyfarfod {reference}: rhaid i&apos;r cadeirydd enwi&apos;n gyntaf pwy sy&apos;n cael y cofnodion</translation>
    </message>
    <message>
        <source>{value} on the distribution list is not (or no longer) a member of this panel: take them off the list before the minutes are made</source>
        <translation>nid yw {value} ar y rhestr ddosbarthu yn aelod o&apos;r panel hwn (neu nid yw&apos;n aelod mwyach): tynnwch nhw oddi ar y rhestr cyn llunio&apos;r cofnodion</translation>
    </message>
    <message>
        <source>{name}&apos;s role &apos;{role}&apos; is not in the agreement</source>
        <translation>nid yw rôl {name}, &apos;{role}&apos;, yn y cytundeb</translation>
    </message>
    <message>
        <source>meeting {reference} has no attendees recorded: minutes need who was there</source>
        <translation>nid oes neb wedi&apos;i gofnodi&apos;n bresennol yng nghyfarfod {reference}: rhaid i&apos;r cofnodion ddangos pwy oedd yno</translation>
    </message>
    <message>
        <source>the agenda lists a case this device does not hold ({value}); sync with the panel before making the minutes</source>
        <translation>mae&apos;r agenda yn rhestru achos nad yw ar y ddyfais hon ({value}); rhaid i chi gysoni â&apos;r panel cyn llunio&apos;r cofnodion</translation>
    </message>
    <message>
        <source>no case &apos;{case_ref}&apos; on this device</source>
        <translation>nid oes achos &apos;{case_ref}&apos; ar y ddyfais hon</translation>
    </message>
    <message>
        <source>a discussion has the parts {discussion_parts}, not &apos;{part}&apos;</source>
        <translation>rhannau trafodaeth yw {discussion_parts}, nid &apos;{part}&apos;</translation>
    </message>
    <message>
        <source>case {reference} is not on the agenda of {meeting}</source>
        <translation>nid yw achos {reference} ar agenda {meeting}</translation>
    </message>
    <message>
        <source>the owning agency is one of: {agencies}</source>
        <translation>rhaid i&apos;r asiantaeth gyfrifol fod yn un o&apos;r canlynol: {agencies}</translation>
    </message>
    <message>
        <source>the meetings policy names &apos;{agency}&apos;, but the case schema on this device does not take it as an owning agency (it takes {options})</source>
        <translation>mae polisi&apos;r cyfarfodydd yn enwi &apos;{agency}&apos;, ond nid yw sgema&apos;r achos ar y ddyfais hon yn ei derbyn fel asiantaeth gyfrifol (mae&apos;n derbyn {options})</translation>
    </message>
    <message>
        <source>the target date is before the meeting</source>
        <translation>mae&apos;r dyddiad targed cyn y cyfarfod</translation>
    </message>
    <message>
        <source>a review finds an action {outcomes}; not &apos;{outcome}&apos;</source>
        <translation>rhaid i adolygiad o gam gweithredu ganfod un o&apos;r canlynol: {outcomes}; nid &apos;{outcome}&apos;</translation>
    </message>
    <message>
        <source>no action &apos;{action_id}&apos; in case {reference}</source>
        <translation>nid oes cam gweithredu &apos;{action_id}&apos; yn achos {reference}</translation>
    </message>
    <message>
        <source>an action&apos;s status is one of: open, {outcomes}</source>
        <translation>rhaid i statws cam gweithredu fod yn un o&apos;r canlynol: open, {outcomes}</translation>
    </message>
    <message>
        <source>{what} must be a date written YYYY-MM-DD, not {value}</source>
        <translation>rhaid i {what} fod yn ddyddiad ar y ffurf YYYY-MM-DD, nid {value}</translation>
    </message>
    <message>
        <source>give the {what}</source>
        <translation>nodwch {what}</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters</source>
        <translation>mae {what} yn hwy na {limit} nod</translation>
    </message>
    <message>
        <source>only the panel chair may {what}</source>
        <translation>dim ond cadeirydd y panel a gaiff {what}</translation>
    </message>
    <message>
        <source>the meeting time must be written HH:MM (24-hour), not {time}</source>
        <translation>rhaid ysgrifennu amser y cyfarfod ar y ffurf HH:MM (cloc 24 awr), nid {time}</translation>
    </message>
    <message>
        <source>no meeting &apos;{ref_or_id}&apos;</source>
        <translation>nid oes cyfarfod &apos;{ref_or_id}&apos;</translation>
    </message>
    <message>
        <source>&apos;{ref_or_id}&apos; is a case, not a meeting</source>
        <translation>mae &apos;{ref_or_id}&apos; yn achos, nid yn gyfarfod</translation>
    </message>
    <message>
        <source>meeting {reference} is closed; the chair reopens it before anything in it is changed</source>
        <translation>mae cyfarfod {reference} wedi&apos;i gau; rhaid i&apos;r cadeirydd ei ailagor cyn newid dim ynddo</translation>
    </message>
    <message>
        <source>device {device_id} is not a member of this panel</source>
        <translation>nid yw dyfais {device_id} yn aelod o&apos;r panel hwn</translation>
    </message>
    <message>
        <source>{name} ({agency}) is already recorded as attending</source>
        <translation>mae {name} ({agency}) eisoes wedi&apos;i gofnodi&apos;n bresennol</translation>
    </message>
    <message>
        <source>say when the information was sent</source>
        <translation>nodwch pryd yr anfonwyd yr wybodaeth</translation>
    </message>
    <message>
        <source>information not sent cannot have a day it was sent</source>
        <translation>ni all gwybodaeth nas anfonwyd fod â dyddiad anfon</translation>
    </message>
    <message>
        <source>not a member of this panel, so cannot receive the minutes: {unknown}</source>
        <translation>nid ydynt yn aelodau o&apos;r panel hwn, felly ni allant gael y cofnodion: {unknown}</translation>
    </message>
    <message>
        <source>the distribution list needs at least one member</source>
        <translation>mae angen o leiaf un aelod ar y rhestr ddosbarthu</translation>
    </message>
    <message>
        <source>{names} read no case, so cannot receive the minutes: take them off the list</source>
        <translation>nid yw {names} yn darllen unrhyw achos, felly ni allant dderbyn y cofnodion: tynnwch nhw oddi ar y rhestr</translation>
    </message>
    <message>
        <source>this meeting has no confidentiality statement to acknowledge</source>
        <translation>nid oes gan y cyfarfod hwn ddatganiad cyfrinachedd i&apos;w gydnabod</translation>
    </message>
    <message>
        <source>you have already acknowledged this statement</source>
        <translation>rydych chi eisoes wedi cydnabod y datganiad hwn</translation>
    </message>
    <message>
        <source>no case &apos;{case_ref}&apos; on this device to add to the agenda</source>
        <translation>nid oes achos &apos;{case_ref}&apos; ar y ddyfais hon i&apos;w ychwanegu at yr agenda</translation>
    </message>
    <message>
        <source>case {reference} is already on the agenda</source>
        <translation>mae achos {reference} ar yr agenda eisoes</translation>
    </message>
    <message>
        <source>the time for a case is 1 to 120 minutes</source>
        <translation>rhaid i&apos;r amser ar gyfer achos fod rhwng 1 a 120 munud</translation>
    </message>
    <message>
        <source>case {case_ref} is not on this meeting&apos;s agenda</source>
        <translation>nid yw achos {case_ref} ar agenda&apos;r cyfarfod hwn</translation>
    </message>
    <message>
        <source>a place on this agenda is 1 to {count}</source>
        <translation>rhaid i safle ar yr agenda fod rhwng 1 a {count}</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings and actions</source>
        <translation>Cyfarfodydd a chamau gweithredu</translation>
    </message>
    <message>
        <source>Panel meetings</source>
        <translation>Cyfarfodydd y panel</translation>
    </message>
    <message>
        <source>Sc&amp;hedule meeting…</source>
        <translation>&amp;Trefnu cyfarfod…</translation>
    </message>
    <message>
        <source>Panel &amp;meetings</source>
        <translation>Cyfarfodydd y &amp;panel</translation>
    </message>
    <message>
        <source>Choose a meeting from the list.</source>
        <translation>Dewiswch gyfarfod o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>Traciwr camau gweithredu</translation>
    </message>
    <message>
        <source>Action &amp;tracker</source>
        <translation>T&amp;raciwr camau gweithredu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Every action across cases: open, overdue, by agency and owner</source>
        <translation>Pob cam gweithredu ar draws achosion: agored, hwyr, yn ôl asiantaeth a pherchennog</translation>
    </message>
    <message>
        <source>The meetings cannot be listed: {problem}</source>
        <translation>Nid oes modd rhestru&apos;r cyfarfodydd: {problem}</translation>
    </message>
    <message>
        <source>No meetings yet. The chair schedules them; they arrive here by sync.</source>
        <translation>Dim cyfarfodydd eto. Y cadeirydd sy&apos;n eu trefnu; maen nhw&apos;n cyrraedd yma drwy gysoni.</translation>
    </message>
    <message>
        <source>Meeting {reference} scheduled</source>
        <translation>Trefnwyd cyfarfod {reference}</translation>
    </message>
</context>
<context>
    <name>MinutesReport</name>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth gyfrifol</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Dyddiad adrodd</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <source>Minutes to be sent by</source>
        <translation>Cofnodion i&apos;w hanfon erbyn</translation>
    </message>
    <message>
        <source>{day} (to those on the distribution list only)</source>
        <translation>{day} (i&apos;r rhai ar y rhestr ddosbarthu yn unig)</translation>
    </message>
    <message>
        <source>These minutes are for the people on the distribution list alone. They must never reach the person who caused harm, who is not told of the referral.</source>
        <translation>Mae&apos;r cofnodion hyn ar gyfer y bobl ar y rhestr ddosbarthu yn unig. Rhaid iddynt beidio byth â chyrraedd y person a achosodd niwed, nad yw&apos;n cael gwybod am yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Acknowledged the confidentiality statement</source>
        <translation>Wedi cydnabod y datganiad cyfrinachedd</translation>
    </message>
    <message>
        <source>No attendees recorded.</source>
        <translation>Ni chofnodwyd neb yn bresennol.</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Sylwedyddion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Signed the confidentiality statement</source>
        <translation>Wedi llofnodi&apos;r datganiad cyfrinachedd</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NA</translation>
    </message>
    <message>
        <source>No observers.</source>
        <translation>Dim sylwedyddion.</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Information sent</source>
        <translation>Wedi anfon gwybodaeth</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Dyddiad anfon</translation>
    </message>
    <message>
        <source>No apologies.</source>
        <translation>Dim ymddiheuriadau.</translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation>Datganiad cyfrinachedd</translation>
    </message>
    <message>
        <source>No statement recorded.</source>
        <translation>Ni chofnodwyd datganiad.</translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation>Adolygu camau gweithredu cynharach</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Outcome at this meeting</source>
        <translation>Canlyniad yn y cyfarfod hwn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>not reviewed: still {status}</source>
        <translation>heb ei adolygu: {status} o hyd</translation>
    </message>
    <message>
        <source>No earlier actions to review.</source>
        <translation>Dim camau gweithredu cynharach i&apos;w hadolygu.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Why it came to the panel</source>
        <translation>Pam y daeth i&apos;r panel</translation>
    </message>
    <message>
        <source>Minutes allowed</source>
        <translation>Munudau a ganiateir</translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation>Dim byd ar yr agenda.</translation>
    </message>
    <message>
        <source>{n}. Case {reference}</source>
        <translation>{n}. Achos {reference}</translation>
    </message>
    <message>
        <source>The survivor&apos;s views, through the advocate</source>
        <translation>Barn y goroeswr, drwy&apos;r eiriolwr</translation>
    </message>
    <message>
        <source>Agency summaries</source>
        <translation>Crynodebau&apos;r asiantaethau</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Trafodaeth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>No actions agreed.</source>
        <translation>Ni chytunwyd ar unrhyw gamau gweithredu.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Rhestr ddosbarthu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Dynodydd y ddyfais</translation>
    </message>
    <message>
        <source>No one.</source>
        <translation>Neb.</translation>
    </message>
    <message>
        <source>Panel minutes: {panel}</source>
        <translation>Cofnodion y panel: {panel}</translation>
    </message>
    <message>
        <source>Recipients&apos; roles</source>
        <translation>Rolau&apos;r derbynwyr</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
</context>
<context>
    <name>NDM</name>
    <message>
        <source>Information and intelligence</source>
        <translation>Gwybodaeth a chudd-wybodaeth</translation>
    </message>
    <message>
        <source>Assessment of threat and risk</source>
        <translation>Asesu bygythiad a risg</translation>
    </message>
    <message>
        <source>Powers and policy</source>
        <translation>Pwerau a pholisi</translation>
    </message>
    <message>
        <source>Options and contingencies</source>
        <translation>Opsiynau a chynlluniau wrth gefn</translation>
    </message>
    <message>
        <source>Action and review</source>
        <translation>Gweithredu ac adolygu</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>Use pseudonyms only. Real names must never be used for the people in a case: the reference and labels are seen by every agency on the panel.</source>
        <translation>Defnyddiwch ffugenwau yn unig. Rhaid peidio byth â defnyddio enwau go iawn ar gyfer y bobl mewn achos: mae pob asiantaeth ar y panel yn gweld y cyfeirnod a&apos;r labeli.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Leave empty to use the next reference, {ref}.</source>
        <translation>Gadewch yn wag i ddefnyddio&apos;r cyfeirnod nesaf, {ref}.</translation>
    </message>
    <message>
        <source>Person harmed (pseudonym)</source>
        <translation>Y person a niweidiwyd (ffugenw)</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <source>Person who caused harm (pseudonym)</source>
        <translation>Y person a achosodd niwed (ffugenw)</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Cyfeirnod:</translation>
    </message>
    <message>
        <source>Person &amp;harmed (pseudonym):</source>
        <translation>Y person a &amp;niweidiwyd (ffugenw):</translation>
    </message>
    <message>
        <source>Person &amp;who caused harm (pseudonym):</source>
        <translation>Y person a &amp;achosodd niwed (ffugenw):</translation>
    </message>
    <message>
        <source>Empty fields take the suggestion shown in grey.</source>
        <translation>Mae meysydd gwag yn cymryd yr awgrym a ddangosir mewn llwyd.</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>Cr&amp;eu achos</translation>
    </message>
    <message>
        <source>Your role may not open new cases under this agreement.</source>
        <translation>Ni chaiff eich rôl agor achosion newydd o dan y cytundeb hwn.</translation>
    </message>
    <message>
        <source>The case was not created: {message}</source>
        <translation>Ni chafodd yr achos ei greu: {message}</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <source>Record an observer</source>
        <translation>Cofnodi sylwedydd</translation>
    </message>
    <message>
        <source>&amp;Add observer</source>
        <translation>&amp;Ychwanegu sylwedydd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Observer&apos;s name</source>
        <translation>Enw&apos;r sylwedydd</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Observer&apos;s organisation</source>
        <translation>Sefydliad y sylwedydd</translation>
    </message>
    <message>
        <source>Has &amp;signed the confidentiality statement</source>
        <translation>Wedi &amp;llofnodi&apos;r datganiad cyfrinachedd</translation>
    </message>
</context>
<context>
    <name>OutputLanguageBox</name>
    <message>
        <source>Language of the document</source>
        <translation>Iaith y ddogfen</translation>
    </message>
    <message>
        <source>Welsh and English (Welsh first)</source>
        <translation>Cymraeg a Saesneg (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
</context>
<context>
    <name>PanelAudit</name>
    <message>
        <source>opened</source>
        <translation>agorodd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>newidiodd</translation>
    </message>
    <message>
        <source>added a record</source>
        <translation>ychwanegodd gofnod</translation>
    </message>
    <message>
        <source>changed a record</source>
        <translation>newidiodd gofnod</translation>
    </message>
    <message>
        <source>removed a record</source>
        <translation>tynnodd gofnod</translation>
    </message>
    <message>
        <source>was refused a read</source>
        <translation>gwrthodwyd darlleniad</translation>
    </message>
    <message>
        <source>was refused a change</source>
        <translation>gwrthodwyd newid</translation>
    </message>
    <message>
        <source>&amp;Panel audit…</source>
        <translation>Arch&amp;wiliad y panel…</translation>
    </message>
    <message>
        <source>Who read which part of which case, across every device of the panel</source>
        <translation>Pwy a ddarllenodd ba ran o ba achos, ar draws pob dyfais yn y panel</translation>
    </message>
</context>
<context>
    <name>PanelAuditDialog</name>
    <message>
        <source>Panel audit</source>
        <translation>Archwiliad y panel</translation>
    </message>
    <message>
        <source>Every device seals its audit for this device: who opened or changed which part of which case, and when. Nothing a case holds is here.</source>
        <translation>Mae pob dyfais yn selio ei harchwiliad ar gyfer y ddyfais hon: pwy a agorodd neu a newidiodd ba ran o ba achos, a phryd. Nid oes dim y mae achos yn ei ddal yma.</translation>
    </message>
    <message>
        <source>Any part of the case</source>
        <translation>Unrhyw ran o&apos;r achos</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Achos:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>Adr&amp;an:</translation>
    </message>
    <message>
        <source>Who read a case</source>
        <translation>Pwy a ddarllenodd achos</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>BBBB-MM</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dyfais:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mis:</translation>
    </message>
    <message>
        <source>What a device read</source>
        <translation>Beth a ddarllenodd dyfais</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>When it happened (UTC), by the clock of the device that did it</source>
        <translation>Pryd y digwyddodd (UTC), yn ôl cloc y ddyfais a&apos;i gwnaeth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>The person, role and device</source>
        <translation>Y person, y rôl a&apos;r ddyfais</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Gwnaeth</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Beth a wnaethant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>The case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Rhan</translation>
    </message>
    <message>
        <source>The section or field</source>
        <translation>Yr adran neu&apos;r maes</translation>
    </message>
    <message>
        <source>CHAIN: {who}: {problem}</source>
        <translation>CADWYN: {who}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Every device&apos;s audit has arrived whole: %n device(s), {entries} entries.</source>
        <translation>
            <numerusform>Mae archwiliad pob dyfais wedi cyrraedd yn gyfan: %n dyfais, {entries} cofnod.</numerusform>
            <numerusform>Mae archwiliad pob dyfais wedi cyrraedd yn gyfan: %n dyfais, {entries} cofnod.</numerusform>
            <numerusform>Mae archwiliad pob dyfais wedi cyrraedd yn gyfan: %n dyfais, {entries} cofnod.</numerusform>
            <numerusform>Mae archwiliad pob dyfais wedi cyrraedd yn gyfan: %n dyfais, {entries} cofnod.</numerusform>
            <numerusform>Mae archwiliad pob dyfais wedi cyrraedd yn gyfan: %n dyfais, {entries} cofnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} ({role}), device {device}</source>
        <translation>{person} ({role}), dyfais {device}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Person (agency)</source>
        <translation>Person (asiantaeth)</translation>
    </message>
    <message>
        <source>The person using the device, and their agency</source>
        <translation>Y person sy&apos;n defnyddio&apos;r ddyfais, a&apos;u hasiantaeth</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>The device&apos;s role in the panel as in force, and a change of it that waits for approval</source>
        <translation>Rôl y ddyfais yn y panel fel y mae mewn grym, ac unrhyw newid iddi sy&apos;n aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Compare with the fingerprint the other device shows for itself</source>
        <translation>Cymharwch â&apos;r ôl bys y mae&apos;r ddyfais arall yn ei ddangos ar ei sgrin ei hun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Whether the device is on this network now, removed from the panel, or not a member</source>
        <translation>A yw&apos;r ddyfais ar y rhwydwaith hwn nawr, wedi&apos;i thynnu o&apos;r panel, neu heb fod yn aelod</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Cysoni diwethaf</translation>
    </message>
    <message>
        <source>When this device last exchanged with it, and how it went</source>
        <translation>Pryd y gwnaeth y ddyfais hon gyfnewid â hi ddiwethaf, a sut yr aeth</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Wedi&apos;u dal yn ôl</translation>
    </message>
    <message>
        <source>Changes from this device waiting for the key to open them, and items from it that failed a check and were quarantined (never applied)</source>
        <translation>Newidiadau o&apos;r ddyfais hon sy&apos;n aros am yr allwedd i&apos;w hagor, ac eitemau ohoni a fethodd wiriad ac sydd wedi&apos;u rhoi mewn cwarantin (heb eu rhoi ar waith erioed)</translation>
    </message>
    <message>
        <source>Sync with the device now</source>
        <translation>Cysoni â&apos;r ddyfais nawr</translation>
    </message>
    <message>
        <source>Unknown device {id}</source>
        <translation>Dyfais anhysbys {id}</translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation>{name} ({agency})</translation>
    </message>
    <message>
        <source>{role} (to {new}: waits for approval)</source>
        <translation>{role} (i {new}: yn aros am gymeradwyaeth)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Erioed</translation>
    </message>
    <message>
        <source>{when}, did not finish: {problem}</source>
        <translation>{when}, heb orffen: {problem}</translation>
    </message>
    <message>
        <source>{when}, did not finish ({problem})</source>
        <translation>{when}, heb orffen ({problem})</translation>
    </message>
    <message>
        <source>{when}, {received} in, {sent} out</source>
        <translation>{when}, {received} i mewn, {sent} allan</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Nid yw&apos;n aelod</translation>
    </message>
    <message>
        <source>Removed from the panel</source>
        <translation>Wedi&apos;i thynnu o&apos;r panel</translation>
    </message>
    <message>
        <source>On this network</source>
        <translation>Ar y rhwydwaith hwn</translation>
    </message>
    <message>
        <source>Not on this network</source>
        <translation>Nid yw ar y rhwydwaith hwn</translation>
    </message>
    <message>
        <source>{status}, at {address}</source>
        <translation>{status}, yn {address}</translation>
    </message>
    <message>
        <source>{status}; last reached at {address}</source>
        <translation>{status}; fe&apos;i cyrhaeddwyd ddiwethaf yn {address}</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n mewn cwarantin</numerusform>
            <numerusform>%n mewn cwarantin</numerusform>
            <numerusform>%n mewn cwarantin</numerusform>
            <numerusform>%n mewn cwarantin</numerusform>
            <numerusform>%n mewn cwarantin</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a member of this panel: Concord does not sync with it.</source>
        <translation>Nid yw&apos;n aelod o&apos;r panel hwn: nid yw Concord yn cysoni â hi.</translation>
    </message>
    <message>
        <source>Removed from the panel: Concord no longer syncs with it.</source>
        <translation>Wedi&apos;i thynnu o&apos;r panel: nid yw Concord yn cysoni â hi mwyach.</translation>
    </message>
    <message>
        <source>Not on this network now: ask its user to let panel devices connect and announce it, or connect by address.</source>
        <translation>Nid yw ar y rhwydwaith hwn nawr: gofynnwch i&apos;w defnyddiwr adael i ddyfeisiau&apos;r panel gysylltu a&apos;i chyhoeddi, neu cysylltwch drwy gyfeiriad.</translation>
    </message>
    <message>
        <source>Sync with {name} now</source>
        <translation>Cysoni â {name} nawr</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Nothing held back</source>
        <translation>Dim wedi&apos;i ddal yn ôl</translation>
    </message>
</context>
<context>
    <name>ProcessPanel</name>
    <message>
        <source>Restorative process</source>
        <translation>Proses adferol</translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation>Cofnodwyd am (UTC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Symud i</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>By the clock of the device that recorded the step. Steps are listed in the order they were made, not by this time.</source>
        <translation>Yn ôl cloc y ddyfais a gofnododd y cam. Mae&apos;r camau wedi&apos;u rhestru yn y drefn y cawsant eu gwneud, nid yn ôl yr amser hwn.</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Camau&apos;r broses</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Dyddiad cynnal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Safety plan adjusted</source>
        <translation>Cynllun diogelwch wedi&apos;i addasu</translation>
    </message>
    <message>
        <source>Briefings, sessions and debriefs</source>
        <translation>Briffiau, sesiynau ac ôl-drafodaethau</translation>
    </message>
    <message>
        <source>Why (recorded with the step)</source>
        <translation>Pam (wedi&apos;i gofnodi gyda&apos;r cam)</translation>
    </message>
    <message>
        <source>Reason for the step</source>
        <translation>Rheswm dros y cam</translation>
    </message>
    <message>
        <source>Next state</source>
        <translation>Cyflwr nesaf</translation>
    </message>
    <message>
        <source>&amp;Move on</source>
        <translation>&amp;Symud ymlaen</translation>
    </message>
    <message>
        <source>Pause trigger</source>
        <translation>Sbardun oedi</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Oedi</translation>
    </message>
    <message>
        <source>Record a &amp;breach</source>
        <translation>Cofnodi &amp;toriad</translation>
    </message>
    <message>
        <source>Re&amp;quest sign-off</source>
        <translation>&amp;Gofyn am gymeradwyaeth</translation>
    </message>
    <message>
        <source>&amp;Decide and sign…</source>
        <translation>&amp;Penderfynu a llofnodi…</translation>
    </message>
    <message>
        <source>Sign-off &amp;report…</source>
        <translation>A&amp;droddiad cymeradwyaeth…</translation>
    </message>
    <message>
        <source>Kind of session record</source>
        <translation>Math o gofnod sesiwn</translation>
    </message>
    <message>
        <source>What happened (briefing, session or debrief)</source>
        <translation>Beth ddigwyddodd (briff, sesiwn neu ôl-drafodaeth)</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Cofnod sesiwn</translation>
    </message>
    <message>
        <source>Record s&amp;ession</source>
        <translation>Cofnodi sesi&amp;wn</translation>
    </message>
    <message>
        <source>Safeguard, {kind}: not yet attested by the {role}&apos;s device</source>
        <translation>Mesur diogelu, {kind}: heb ei ardystio eto gan ddyfais y {role}</translation>
    </message>
    <message>
        <source>Safeguard, {kind}: {missing} (attested by {by})</source>
        <translation>Mesur diogelu, {kind}: {missing} (ardystiwyd gan {by})</translation>
    </message>
    <message>
        <source>Safeguard, {kind}: in place (attested by {by})</source>
        <translation>Mesur diogelu, {kind}: ar waith (ardystiwyd gan {by})</translation>
    </message>
    <message>
        <source>The process cannot be shown: {problem}</source>
        <translation>Ni ellir dangos y broses: {problem}</translation>
    </message>
    <message>
        <source>Process: {state}</source>
        <translation>Proses: {state}</translation>
    </message>
    <message>
        <source> (held; last step: {recorded})</source>
        <translation> (wedi&apos;i dal yn ôl; y cam diwethaf: {recorded})</translation>
    </message>
    <message>
        <source>PAUSED by {trigger}: {why}</source>
        <translation>WEDI&apos;I OEDI gan {trigger}: {why}</translation>
    </message>
    <message>
        <source>STALE sign-off: it no longer covers the case as it is</source>
        <translation>Cymeradwyaeth WEDI DYDDIO: nid yw&apos;n cwmpasu&apos;r achos fel y mae bellach</translation>
    </message>
    <message>
        <source>Consent, {party}: {status} ({why})</source>
        <translation>Caniatâd, {party}: {status} ({why})</translation>
    </message>
    <message>
        <source>Sign-off: {words}</source>
        <translation>Cymeradwyaeth: {words}</translation>
    </message>
    <message>
        <source>Signature verified on this device: {name}, key {fp}</source>
        <translation>Llofnod wedi&apos;i wirio ar y ddyfais hon: {name}, allwedd {fp}</translation>
    </message>
    <message>
        <source>REFUSED sign-off: {problem}</source>
        <translation>Cymeradwyaeth WEDI&apos;I GWRTHOD: {problem}</translation>
    </message>
    <message>
        <source>Sign-off requested by {who}, waiting for the Chief Inspector</source>
        <translation>Gofynnwyd am gymeradwyaeth gan {who}, yn aros am y Prif Arolygydd</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>wedi&apos;i roi ar waith</translation>
    </message>
    <message>
        <source>REFUSED: {p}</source>
        <translation>WEDI&apos;I WRTHOD: {p}</translation>
    </message>
    <message>
        <source>Language for contact: {languages}</source>
        <translation>Iaith ar gyfer cysylltu: {languages}</translation>
    </message>
    <message>
        <source>Process moved to {state}</source>
        <translation>Symudodd y broses i {state}</translation>
    </message>
    <message>
        <source>Process paused</source>
        <translation>Proses wedi&apos;i hoedi</translation>
    </message>
    <message>
        <source>Breach recorded: the process has ended</source>
        <translation>Toriad wedi&apos;i gofnodi: mae&apos;r broses wedi dod i ben</translation>
    </message>
    <message>
        <source>Sign-off requested</source>
        <translation>Gofynnwyd am gymeradwyaeth</translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation>Cofnodwyd: {kind}</translation>
    </message>
    <message>
        <source>Decision signed</source>
        <translation>Penderfyniad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>Writing the sign-off report…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r adroddiad cymeradwyaeth…</translation>
    </message>
    <message>
        <source>Sign-off report for {reader} written to {folder}: {pdf}, with {html} and {text} beside it</source>
        <translation>Adroddiad cymeradwyaeth ar gyfer {reader} wedi&apos;i ysgrifennu i {folder}: {pdf}, gyda {html} a {text} wrth ei ochr</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation>y panel</translation>
    </message>
    <message>
        <source>your own record</source>
        <translation>eich cofnod eich hun</translation>
    </message>
    <message>
        <source>an unexpected error (see the log)</source>
        <translation>gwall annisgwyl (gweler y log)</translation>
    </message>
    <message>
        <source>The sign-off report could not be written: {problem}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r adroddiad cymeradwyaeth: {problem}</translation>
    </message>
</context>
<context>
    <name>ProcessProblems</name>
    <message>
        <source>{name}: the aftercare schedule is missing or unreadable ({exc})</source>
        <translation>{name}: mae&apos;r amserlen ôl-ofal ar goll neu ni ellir ei darllen ({exc})</translation>
    </message>
    <message>
        <source>{name}: checkin_weeks must be rising whole numbers of weeks</source>
        <translation>{name}: rhaid i checkin_weeks fod yn rhifau cyfan o wythnosau mewn trefn esgynnol</translation>
    </message>
    <message>
        <source>{name}: the process policy is missing or unreadable ({exc})</source>
        <translation>{name}: mae polisi&apos;r broses ar goll neu ni ellir ei ddarllen ({exc})</translation>
    </message>
    <message>
        <source>{name}: [signoff] must be a table</source>
        <translation>{name}: rhaid i [signoff] fod yn dabl</translation>
    </message>
    <message>
        <source>{name}: [signoff] ndm_minimum_chars must be a whole number from 1 to 2000</source>
        <translation>{name}: rhaid i [signoff] ndm_minimum_chars fod yn rhif cyfan rhwng 1 a 2000</translation>
    </message>
    <message>
        <source>{field} changed since the sign-off</source>
        <translation>mae {field} wedi newid ers y gymeradwyaeth</translation>
    </message>
    <message>
        <source>{field} changed on {day} ({by})</source>
        <translation>newidiwyd {field} ar {day} ({by})</translation>
    </message>
    <message>
        <source>say why: every step of the process records its reason</source>
        <translation>nodwch pam: mae pob cam yn y broses yn cofnodi ei reswm</translation>
    </message>
    <message>
        <source>only the Chief Inspector&apos;s signed decision approves, declines or defers</source>
        <translation>dim ond penderfyniad wedi&apos;i lofnodi gan y Prif Arolygydd sy&apos;n cymeradwyo, yn gwrthod neu&apos;n gohirio</translation>
    </message>
    <message>
        <source>pause through &apos;pause&apos;, naming the trigger</source>
        <translation>defnyddiwch &apos;pause&apos; i oedi, gan enwi&apos;r sbardun</translation>
    </message>
    <message>
        <source>ask for a sign-off through &apos;request sign-off&apos;</source>
        <translation>defnyddiwch &apos;request sign-off&apos; i ofyn am gymeradwyaeth</translation>
    </message>
    <message>
        <source>the case is {lower}: it cannot go to {lower2} (it can go to: {value})</source>
        <translation>cyflwr yr achos yw {lower}: ni all symud i {lower2} (gall symud i: {value})</translation>
    </message>
    <message>
        <source>the process cannot go on: {problems}</source>
        <translation>ni all y broses fynd rhagddi: {problems}</translation>
    </message>
    <message>
        <source>this device has not yet received all the case data the sign-off covered</source>
        <translation>nid yw&apos;r ddyfais hon wedi cael holl ddata&apos;r achos yr oedd y gymeradwyaeth yn ei gwmpasu eto</translation>
    </message>
    <message>
        <source>only the {role}&apos;s device attests {kind}</source>
        <translation>dim ond dyfais y {role} a all ardystio {kind}</translation>
    </message>
    <message>
        <source>name the trigger: one of {triggers}</source>
        <translation>enwch y sbardun: un o {triggers}</translation>
    </message>
    <message>
        <source>the case is {lower}: only preparation or sessions pause</source>
        <translation>cyflwr yr achos yw {lower}: dim ond yn ystod y paratoi neu&apos;r sesiynau y gellir oedi</translation>
    </message>
    <message>
        <source>the case is {lower}: there is no process to end</source>
        <translation>cyflwr yr achos yw {lower}: nid oes proses i&apos;w therfynu</translation>
    </message>
    <message>
        <source>the consent record does not count: {problems}</source>
        <translation>nid yw&apos;r cofnod caniatâd yn ddilys: {problems}</translation>
    </message>
    <message>
        <source>the police lead asks for the sign-off</source>
        <translation>arweinydd yr heddlu sy&apos;n gofyn am y gymeradwyaeth</translation>
    </message>
    <message>
        <source>the case is {lower}: a sign-off is asked for after the panel review</source>
        <translation>cyflwr yr achos yw {lower}: gofynnir am gymeradwyaeth ar ôl adolygiad y panel</translation>
    </message>
    <message>
        <source>only the Chief Inspector decides a sign-off</source>
        <translation>dim ond y Prif Arolygydd sy&apos;n penderfynu ar gymeradwyaeth</translation>
    </message>
    <message>
        <source>a decision cannot be dated {isoformat}: that day has not come yet</source>
        <translation>ni ellir rhoi&apos;r dyddiad {isoformat} i benderfyniad: nid yw&apos;r diwrnod hwnnw wedi dod eto</translation>
    </message>
    <message>
        <source>there is no open sign-off request for this case</source>
        <translation>nid oes cais agored am gymeradwyaeth ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>the kind must be one of: {session_kinds}</source>
        <translation>rhaid i&apos;r math fod yn un o&apos;r canlynol: {session_kinds}</translation>
    </message>
    <message>
        <source>no {kind} while the case is {state}: {why}</source>
        <translation>dim {kind} tra bo&apos;r achos yn y cam {state}: {why}</translation>
    </message>
    <message>
        <source>no {kind} while the case is {state}</source>
        <translation>dim {kind} tra bo&apos;r achos yn y cam {state}</translation>
    </message>
    <message>
        <source>no session without a current, approving sign-off</source>
        <translation>ni ellir cynnal sesiwn heb gymeradwyaeth gyfredol sy&apos;n cymeradwyo</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>mae&apos;r cofnod yn wag</translation>
    </message>
    <message>
        <source>the decision cannot be signed: {problems}</source>
        <translation>ni ellir llofnodi&apos;r penderfyniad: {problems}</translation>
    </message>
    <message>
        <source>choose the decision: {decisions}</source>
        <translation>dewiswch y penderfyniad: {decisions}</translation>
    </message>
    <message>
        <source>the rationale must answer every part of the National Decision Model; missing: {parts}</source>
        <translation>rhaid i&apos;r rhesymeg ateb pob rhan o&apos;r Model Penderfynu Cenedlaethol; ar goll: {parts}</translation>
    </message>
    <message>
        <source>{part} is too short: {n} of at least {minimum} characters</source>
        <translation>mae {part} yn rhy fyr: {n} o leiaf {minimum} nod</translation>
    </message>
    <message>
        <source>unknown rationale part(s): {parts}</source>
        <translation>rhan(nau) anhysbys o&apos;r rhesymeg: {parts}</translation>
    </message>
    <message>
        <source>an approval with conditions must state the conditions</source>
        <translation>rhaid i gymeradwyaeth gydag amodau nodi&apos;r amodau</translation>
    </message>
    <message>
        <source>conditions belong to an approval with conditions only</source>
        <translation>mae amodau&apos;n perthyn i gymeradwyaeth gydag amodau yn unig</translation>
    </message>
    <message>
        <source>the decision needs the decision-maker&apos;s name and rank</source>
        <translation>mae angen enw a rheng y sawl sy&apos;n gwneud y penderfyniad</translation>
    </message>
    <message>
        <source>an override statement is needed for the red flag &apos;{flag}&apos; ({words})</source>
        <translation>mae angen datganiad diystyru ar gyfer y faner goch &apos;{flag}&apos; ({words})</translation>
    </message>
    <message>
        <source>the override statement for the red flag &apos;{flag}&apos; is too short: {n} of at least {minimum} characters</source>
        <translation>mae&apos;r datganiad diystyru ar gyfer y faner goch &apos;{flag}&apos; yn rhy fyr: {n} o leiaf {minimum} nod</translation>
    </message>
    <message>
        <source>there is no red flag &apos;{flag}&apos; now (the case may have changed): look at the flags again</source>
        <translation>nid oes baner goch &apos;{flag}&apos; bellach (efallai bod yr achos wedi newid): edrychwch ar y baneri eto</translation>
    </message>
    <message>
        <source>the override statement for &apos;{flag}&apos;</source>
        <translation>y datganiad diystyru ar gyfer &apos;{flag}&apos;</translation>
    </message>
    <message>
        <source>override statements belong to an approval only</source>
        <translation>mae datganiadau diystyru&apos;n perthyn i gymeradwyaeth yn unig</translation>
    </message>
    <message>
        <source>{parts} and {last} hold the same text: each answers its own question</source>
        <translation>mae {parts} a {last} yn dal yr un testun: mae pob un yn ateb ei gwestiwn ei hun</translation>
    </message>
    <message>
        <source>a part of the decision is longer than {limit} characters</source>
        <translation>mae rhan o&apos;r penderfyniad yn hwy na {limit} nod</translation>
    </message>
    <message>
        <source>the sign-off&apos;s field digests are not those it was signed with</source>
        <translation>nid yw crynodebau meysydd y gymeradwyaeth yr un fath â&apos;r rhai y cafodd ei llofnodi â nhw</translation>
    </message>
    <message>
        <source>the sign-off&apos;s signed content is not readable</source>
        <translation>ni ellir darllen cynnwys llofnodedig y gymeradwyaeth</translation>
    </message>
    <message>
        <source>the sign-off names no known decision</source>
        <translation>nid yw&apos;r gymeradwyaeth yn enwi unrhyw benderfyniad hysbys</translation>
    </message>
    <message>
        <source>the device that signed it has since been revoked from the panel</source>
        <translation>mae&apos;r ddyfais a&apos;i llofnododd wedi&apos;i dirymu o&apos;r panel ers hynny</translation>
    </message>
    <message>
        <source>a facilitator is named</source>
        <translation>mae hwylusydd wedi&apos;i enwi</translation>
    </message>
    <message>
        <source>no facilitator is named</source>
        <translation>nid oes hwylusydd wedi&apos;i enwi</translation>
    </message>
    <message>
        <source>the facilitator has completed domestic-abuse training</source>
        <translation>mae&apos;r hwylusydd wedi cwblhau hyfforddiant cam-drin domestig</translation>
    </message>
    <message>
        <source>the facilitator has not completed domestic-abuse training</source>
        <translation>nid yw&apos;r hwylusydd wedi cwblhau hyfforddiant cam-drin domestig</translation>
    </message>
    <message>
        <source>a case supervisor is named</source>
        <translation>mae goruchwyliwr achos wedi&apos;i enwi</translation>
    </message>
    <message>
        <source>no case supervisor is named</source>
        <translation>nid oes goruchwyliwr achos wedi&apos;i enwi</translation>
    </message>
    <message>
        <source>a safety plan is in place</source>
        <translation>mae cynllun diogelwch ar waith</translation>
    </message>
    <message>
        <source>no safety plan is in place</source>
        <translation>nid oes cynllun diogelwch ar waith</translation>
    </message>
    <message>
        <source>no {kind} attestation from the {role}&apos;s device</source>
        <translation>dim ardystiad {kind} gan ddyfais y {role}</translation>
    </message>
    <message>
        <source>the {kind} attestation does not verify: {problem}</source>
        <translation>nid yw&apos;r ardystiad {kind} yn dilysu: {problem}</translation>
    </message>
    <message>
        <source>the {role}&apos;s device attests that {missing}</source>
        <translation>mae dyfais y {role} yn ardystio bod {missing}</translation>
    </message>
    <message>
        <source>it names no party</source>
        <translation>nid yw&apos;n enwi unrhyw barti</translation>
    </message>
    <message>
        <source>it has no date</source>
        <translation>nid oes dyddiad arno</translation>
    </message>
    <message>
        <source>it is dated {date}, a day that has not come yet</source>
        <translation>mae wedi&apos;i ddyddio {date}, diwrnod nad yw wedi dod eto</translation>
    </message>
    <message>
        <source>it does not say how consent was given</source>
        <translation>nid yw&apos;n dweud sut y rhoddwyd caniatâd</translation>
    </message>
    <message>
        <source>it does not say what was explained</source>
        <translation>nid yw&apos;n dweud beth a eglurwyd</translation>
    </message>
    <message>
        <source>time-limited consent needs the date it runs until</source>
        <translation>mae angen y dyddiad y mae caniatâd â therfyn amser yn para tan</translation>
    </message>
    <message>
        <source>an override needs its reason</source>
        <translation>mae angen rheswm dros ddiystyru</translation>
    </message>
    <message>
        <source>an override needs its lawful basis</source>
        <translation>mae angen sail gyfreithlon dros ddiystyru</translation>
    </message>
    <message>
        <source>it has no status</source>
        <translation>nid oes statws iddo</translation>
    </message>
    <message>
        <source>there is no current approving sign-off</source>
        <translation>nid oes cymeradwyaeth gyfredol sy&apos;n cymeradwyo</translation>
    </message>
    <message>
        <source>the sign-off of {day} is stale: {reasons}</source>
        <translation>mae cymeradwyaeth {day} wedi dyddio: {reasons}</translation>
    </message>
    <message>
        <source>No sign-off yet</source>
        <translation>Dim cymeradwyaeth eto</translation>
    </message>
    <message>
        <source>{decision} by {by} ({rank}) on {day}</source>
        <translation>{decision} gan {by} ({rank}) ar {day}</translation>
    </message>
    <message>
        <source>STALE - {words}; it no longer covers the case: {reasons}</source>
        <translation>WEDI DYDDIO - {words}; nid yw&apos;n cwmpasu&apos;r achos mwyach: {reasons}</translation>
    </message>
    <message>
        <source>{name}: [retention] must give months for each of: {outcomes}</source>
        <translation>{name}: rhaid i [retention] roi misoedd ar gyfer pob un o: {outcomes}</translation>
    </message>
    <message>
        <source>{name}: [retention] {outcome} must be 1 to 1200 months</source>
        <translation>{name}: rhaid i [retention] {outcome} fod rhwng 1 a 1200 mis</translation>
    </message>
</context>
<context>
    <name>ProcessWords</name>
    <message>
        <source>Approve</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Cymeradwyo gydag amodau</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Gohirio</translation>
    </message>
    <message>
        <source>facilitation</source>
        <translation>hwyluso</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>cynllun diogelwch</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y Cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Camu i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Camu i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o&apos;r math:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw Fel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Cyfeiriadur Rhiant</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r cyfeiriadur rhiant</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg Rhestr</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i olwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg Manylion</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i olwg manylion</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder Newydd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;Newydd</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob Ffeil (*)</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Cyfeiriadur:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy Nghyfrifiadur</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd Diweddar</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei ddisodli?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ydych chi&apos;n siŵr eich bod am ddileu &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Methu dileu&apos;r cyfeiriadur.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Ffolder Ffeiliau</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad Newid</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 beit</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb Gadw</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;Cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio Eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Sgrolio yma</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Ymyl chwith</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Brig</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Ymyl dde</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Gwaelod</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Tudalen i&apos;r chwith</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Tudalen i fyny</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Tudalen i&apos;r dde</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Tudalen i lawr</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Sgrolio i fyny</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Sgrolio i&apos;r dde</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Sgrolio i lawr</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;Lleoliad y Ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>View record: {field}</source>
        <translation>Gweld cofnod: {field}</translation>
    </message>
    <message>
        <source>Add record: {field}</source>
        <translation>Ychwanegu cofnod: {field}</translation>
    </message>
    <message>
        <source>Change record: {field}</source>
        <translation>Newid cofnod: {field}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Heb ei gadw: {message}</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>RecordsWidget</name>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Gweld…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Add a record to {field}</source>
        <translation>Ychwanegu cofnod at {field}</translation>
    </message>
    <message>
        <source>Open the selected record of {field}</source>
        <translation>Agor y cofnod a ddewiswyd yn {field}</translation>
    </message>
    <message>
        <source>Remove the selected record of {field}</source>
        <translation>Tynnu&apos;r cofnod a ddewiswyd o {field}</translation>
    </message>
    <message>
        <source>a meeting not held on this device</source>
        <translation>cyfarfod nad yw&apos;n cael ei gadw ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Record added to {field}</source>
        <translation>Cofnod wedi&apos;i ychwanegu at {field}</translation>
    </message>
    <message>
        <source>Record changed in {field}</source>
        <translation>Cofnod wedi&apos;i newid yn {field}</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Tynnu cofnod</translation>
    </message>
    <message>
        <source>Remove the selected record from {field}? This cannot be undone here.</source>
        <translation>Tynnu&apos;r cofnod a ddewiswyd o {field}? Does dim modd dadwneud hyn yma.</translation>
    </message>
    <message>
        <source>Record removed from {field}</source>
        <translation>Cofnod wedi&apos;i dynnu o {field}</translation>
    </message>
</context>
<context>
    <name>RelayControls</name>
    <message>
        <source>Keep syncing through the panel&apos;s &amp;relay</source>
        <translation>Parhau i gysoni drwy &amp;gyfnewidfa&apos;r panel</translation>
    </message>
    <message>
        <source>Keep syncing through the panel&apos;s relay</source>
        <translation>Parhau i gysoni drwy gyfnewidfa&apos;r panel</translation>
    </message>
    <message>
        <source>The relay holds sealed letters for panel devices on other networks until they collect them. It cannot read them.</source>
        <translation>Mae&apos;r gyfnewidfa yn cadw llythyrau wedi&apos;u selio ar gyfer dyfeisiau&apos;r panel ar rwydweithiau eraill nes iddynt eu casglu. Ni all eu darllen.</translation>
    </message>
    <message>
        <source>No relay is set up on this device.</source>
        <translation>Nid oes cyfnewidfa wedi&apos;i gosod ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>Not connected to the relay</source>
        <translation>Heb gysylltu â&apos;r gyfnewidfa</translation>
    </message>
    <message>
        <source>Connecting to the relay…</source>
        <translation>Yn cysylltu â&apos;r gyfnewidfa…</translation>
    </message>
    <message>
        <source>this device has no relay settings</source>
        <translation>nid oes gan y ddyfais hon osodiadau cyfnewidfa</translation>
    </message>
    <message>
        <source>Relay: not connected. {reason}. Concord tries again by itself.</source>
        <translation>Cyfnewidfa: heb gysylltu. {reason}. Bydd Concord yn rhoi cynnig arall arni ohono&apos;i hun.</translation>
    </message>
    <message>
        <source>Relay: connected.</source>
        <translation>Cyfnewidfa: wedi cysylltu.</translation>
    </message>
    <message>
        <source>Last letter: {when}.</source>
        <translation>Llythyr olaf: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent and not yet confirmed by their devices.</source>
        <translation>
            <numerusform>%n newid wedi&apos;u hanfon ond heb eu cadarnhau eto gan y dyfeisiau sy&apos;n eu derbyn.</numerusform>
            <numerusform>%n newid wedi&apos;i anfon ond heb ei gadarnhau eto gan y dyfeisiau sy&apos;n ei dderbyn.</numerusform>
            <numerusform>%n newid wedi&apos;u hanfon ond heb eu cadarnhau eto gan y dyfeisiau sy&apos;n eu derbyn.</numerusform>
            <numerusform>%n newid wedi&apos;u hanfon ond heb eu cadarnhau eto gan y dyfeisiau sy&apos;n eu derbyn.</numerusform>
            <numerusform>%n newid wedi&apos;u hanfon ond heb eu cadarnhau eto gan y dyfeisiau sy&apos;n eu derbyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report kind</source>
        <translation>Math o adroddiad</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 y cynnwys</translation>
    </message>
    <message>
        <source>the whole panel</source>
        <translation>y panel cyfan</translation>
    </message>
    <message>
        <source>those on the distribution list ({roles})</source>
        <translation>y rhai ar y rhestr ddosbarthu ({roles})</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation>SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Tudalen {number} o {total}</translation>
    </message>
    <message>
        <source>Issued on {day}</source>
        <translation>Cyhoeddwyd ar {day}</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Gwirio</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Sign-off report</source>
        <translation>Adroddiad cymeradwyaeth</translation>
    </message>
    <message>
        <source>&amp;My record: everything this device may read ({role})</source>
        <translation>&amp;Fy nghofnod i: popeth y caiff y ddyfais hon ei ddarllen ({role})</translation>
    </message>
    <message>
        <source>Report for my own record</source>
        <translation>Adroddiad ar gyfer fy nghofnod fy hun</translation>
    </message>
    <message>
        <source>The &amp;panel: only what every panel member may read</source>
        <translation>Y &amp;panel: dim ond yr hyn y caiff pob aelod o&apos;r panel ei ddarllen</translation>
    </message>
    <message>
        <source>Report for the panel</source>
        <translation>Adroddiad ar gyfer y panel</translation>
    </message>
    <message>
        <source>A report for the panel leaves out every field some panel member may not read, and says where it did. Forward only the panel&apos;s version.</source>
        <translation>Mae adroddiad ar gyfer y panel yn hepgor pob maes na chaiff rhyw aelod o&apos;r panel ei ddarllen, ac yn nodi ble y gwnaeth hynny. Anfonwch fersiwn y panel yn unig ymlaen.</translation>
    </message>
    <message>
        <source>Where to save the report</source>
        <translation>Ble i gadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Po&amp;ri…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Cadw fel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Ysgrifennu adroddiad</translation>
    </message>
    <message>
        <source>Case {ref}: who is this report for?</source>
        <translation>Achos {ref}: ar gyfer pwy mae&apos;r adroddiad hwn?</translation>
    </message>
    <message>
        <source>Save the sign-off report</source>
        <translation>Cadw&apos;r adroddiad cymeradwyaeth</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation>Nodwch ble i gadw&apos;r adroddiad.</translation>
    </message>
</context>
<context>
    <name>ReportProblems</name>
    <message>
        <source>unknown audience role(s): {value}; use &apos;panel&apos; or roles from: {roles}</source>
        <translation>rôl neu rolau cynulleidfa anhysbys: {value}; defnyddiwch &apos;panel&apos; neu rolau o blith: {roles}</translation>
    </message>
    <message>
        <source>case {reference} has no verified sign-off decision to report</source>
        <translation>nid oes gan achos {reference} benderfyniad cymeradwyaeth wedi&apos;i wirio i&apos;w gynnwys mewn adroddiad</translation>
    </message>
</context>
<context>
    <name>ReportSignature</name>
    <message>
        <source>Signature of this report</source>
        <translation>Llofnod yr adroddiad hwn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Llofnodwyd gan</translation>
    </message>
    <message>
        <source>Signer&apos;s role when signed</source>
        <translation>Rôl y llofnodwr wrth lofnodi</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>Y ddyfais a lofnododd</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Signed text (SHA-256)</source>
        <translation>Testun a lofnodwyd (SHA-256)</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Ôl bys allwedd y llofnod</translation>
    </message>
    <message>
        <source>Signature (Ed25519)</source>
        <translation>Llofnod (Ed25519)</translation>
    </message>
    <message>
        <source>Signing device&apos;s public key</source>
        <translation>Allwedd gyhoeddus y ddyfais a lofnododd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Made and signed on the device of {name}, {role}. The signature covers every line of text this report shows above this section, with its case reference, its audience, its protective marking and the details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a device of the panel also names the signer from its own membership record and says whether what the report shows still holds.</source>
        <translation>Wedi&apos;i wneud a&apos;i lofnodi ar ddyfais {name}, {role}. Mae&apos;r llofnod yn cwmpasu pob llinell o destun y mae&apos;r adroddiad hwn yn ei dangos uwchben yr adran hon, ynghyd â&apos;i gyfeirnod achos, ei gynulleidfa, ei farc diogelu a&apos;r manylion a restrir o dan y pennawd Gwirio. Gall unrhyw un ei wirio gyda&apos;r PDF yn unig (concord verify FILE); mae dyfais sy&apos;n perthyn i&apos;r panel hefyd yn enwi&apos;r llofnodwr o&apos;i chofnod aelodaeth ei hun ac yn dweud a yw&apos;r hyn y mae&apos;r adroddiad yn ei ddangos yn dal yn ddilys.</translation>
    </message>
    <message>
        <source>Made and signed on the device of {name}, {role}. The signature covers every line of text this report shows above this section, with its meeting reference, its audience, its protective marking and the details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a device of the panel also names the signer from its own membership record and says whether what the report shows still holds.</source>
        <translation>Wedi&apos;i wneud a&apos;i lofnodi ar ddyfais {name}, {role}. Mae&apos;r llofnod yn cwmpasu pob llinell o destun y mae&apos;r adroddiad hwn yn ei dangos uwchben yr adran hon, ynghyd â&apos;i gyfeirnod cyfarfod, ei gynulleidfa, ei farc diogelu a&apos;r manylion a restrir o dan y pennawd Gwirio. Gall unrhyw un ei wirio gyda&apos;r PDF yn unig (concord verify FILE); mae dyfais sy&apos;n perthyn i&apos;r panel hefyd yn enwi&apos;r llofnodwr o&apos;i chofnod aelodaeth ei hun ac yn dweud a yw&apos;r hyn y mae&apos;r adroddiad yn ei ddangos yn dal yn ddilys.</translation>
    </message>
    <message>
        <source>Made and signed on the device of {name}, {role}. The signature covers every line of text this pack shows above this section, with its case reference, the data subject it is for, its protective marking and the details listed under Verification. Anyone can check it with the PDF alone (concord verify FILE); a device of the panel also names the signer from its own membership record.</source>
        <translation>Wedi&apos;i wneud a&apos;i lofnodi ar ddyfais {name}, {role}. Mae&apos;r llofnod yn cwmpasu pob llinell o destun y mae&apos;r pecyn hwn yn ei dangos uwchben yr adran hon, ynghyd â&apos;i gyfeirnod achos, gwrthrych y data y mae ar ei gyfer, ei farc diogelu a&apos;r manylion a restrir o dan y pennawd Gwirio. Gall unrhyw un ei wirio gyda&apos;r PDF yn unig (concord verify FILE); mae dyfais sy&apos;n perthyn i&apos;r panel hefyd yn enwi&apos;r llofnodwr o&apos;i chofnod aelodaeth ei hun.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a device from its backup</source>
        <translation>Adfer dyfais o&apos;i chopi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Ffeil copi wrth gefn:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase it was made with. The device is rebuilt in {folder} with its own new key; if it was in a panel, the chair takes it back in and the laptop it came from stops syncing.</source>
        <translation>Dewiswch y ffeil copi wrth gefn a theipiwch y cyfrinymadrodd a ddefnyddiwyd i&apos;w gwneud. Caiff y ddyfais ei hailadeiladu yn {folder} gyda&apos;i hallwedd newydd ei hun; os oedd mewn panel, bydd y cadeirydd yn ei derbyn yn ôl a bydd y gliniadur y daeth ohono yn peidio â chysoni.</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Adfer o</translation>
    </message>
    <message>
        <source>Concord backup (*.backup);;All files (*)</source>
        <translation>Copi wrth gefn Concord (*.backup);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Dewiswch y ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>Checking and restoring…</source>
        <translation>Yn gwirio ac yn adfer…</translation>
    </message>
    <message>
        <source>Restored, but the device did not open: {reason}</source>
        <translation>Wedi&apos;i hadfer, ond ni agorodd y ddyfais: {reason}</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Heb ei hadfer: {reason}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>closed after sessions</source>
        <translation>caewyd ar ôl sesiynau</translation>
    </message>
    <message>
        <source>closed after sessions were stopped</source>
        <translation>caewyd ar ôl i&apos;r sesiynau gael eu hatal</translation>
    </message>
    <message>
        <source>closed after sign-off was declined</source>
        <translation>caewyd ar ôl i&apos;r gymeradwyaeth gael ei gwrthod</translation>
    </message>
    <message>
        <source>closed before it was taken forward</source>
        <translation>caewyd cyn iddo gael ei ddatblygu</translation>
    </message>
    <message>
        <source>Re&amp;tention and erasure…</source>
        <translation>Cadw a di&amp;leu…</translation>
    </message>
    <message>
        <source>How long each closed case is kept, legal holds, and erasure</source>
        <translation>Am ba hyd y cedwir pob achos caeedig, gwaharddiadau cyfreithiol, a dileu</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention and erasure</source>
        <translation>Cadw a dileu</translation>
    </message>
    <message>
        <source>A closed case is kept for the period the panel&apos;s policy sets for how it ended, from the day it closed. Then the chair erases it: every device destroys it as it syncs, keeping only that it existed. A legal hold keeps it until the hold is released.</source>
        <translation>Cedwir achos caeedig am y cyfnod y mae polisi&apos;r panel yn ei osod ar gyfer y ffordd y daeth i ben, o&apos;r diwrnod y cafodd ei gau. Yna mae&apos;r cadeirydd yn ei ddileu: mae pob dyfais yn ei ddinistrio wrth gysoni, gan gadw dim ond y ffaith ei fod wedi bodoli. Mae gwaharddiad cyfreithiol yn ei gadw nes i&apos;r gwaharddiad gael ei godi.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>The case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Sut y daeth i ben</translation>
    </message>
    <message>
        <source>How the case ended, which sets how long it is kept</source>
        <translation>Sut y daeth yr achos i ben, sy&apos;n pennu am ba hyd y caiff ei gadw</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Caewyd</translation>
    </message>
    <message>
        <source>The day the case closed</source>
        <translation>Y diwrnod y caewyd yr achos</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Cedwir tan</translation>
    </message>
    <message>
        <source>The last day the case is kept</source>
        <translation>Y diwrnod olaf y cedwir yr achos</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Gwaharddiad cyfreithiol</translation>
    </message>
    <message>
        <source>A legal hold and its reason: the case is kept while it stands</source>
        <translation>Gwaharddiad cyfreithiol a&apos;i reswm: cedwir yr achos tra bo&apos;n sefyll</translation>
    </message>
    <message>
        <source>Cases and their retention</source>
        <translation>Achosion a&apos;u cyfnod cadw</translation>
    </message>
    <message>
        <source>&amp;Erase the cases past their period…</source>
        <translation>&amp;Dileu&apos;r achosion sydd y tu hwnt i&apos;w cyfnod…</translation>
    </message>
    <message>
        <source>Place a legal &amp;hold…</source>
        <translation>Gosod gwaharddiad cyfreithi&amp;ol…</translation>
    </message>
    <message>
        <source>&amp;Release the hold</source>
        <translation>&amp;Codi&apos;r gwaharddiad</translation>
    </message>
    <message>
        <source>Only the chair erases cases and places legal holds.</source>
        <translation>Dim ond y cadeirydd sy&apos;n dileu achosion ac yn gosod gwaharddiadau cyfreithiol.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>while it is open</source>
        <translation>tra bo ar agor</translation>
    </message>
    <message>
        <source>{date}: PAST its period</source>
        <translation>{date}: Y TU HWNT i&apos;w gyfnod</translation>
    </message>
    <message>
        <source>Erase cases</source>
        <translation>Dileu achosion</translation>
    </message>
    <message>
        <source>Erase {cases} on every device of the panel? What they hold is destroyed as each device syncs, and cannot be brought back.</source>
        <translation>Dileu {cases} ar bob dyfais yn y panel? Caiff yr hyn y maent yn ei ddal ei ddinistrio wrth i bob dyfais gysoni, ac ni ellir dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Why must case {reference} be kept? Every device of the panel sees this reason.</source>
        <translation>Pam mae&apos;n rhaid cadw achos {reference}? Mae pob dyfais yn y panel yn gweld y rheswm hwn.</translation>
    </message>
</context>
<context>
    <name>RetentionReminder</name>
    <message>
        <source>Open Retention and erasure: the cases past their period, and any legal hold</source>
        <translation>Agor Cadw a dileu: yr achosion sydd y tu hwnt i&apos;w cyfnod, ac unrhyw waharddiad cyfreithiol</translation>
    </message>
    <message numerus="yes">
        <source>ERASURE DUE: %n case(s) past their retention period</source>
        <translation>
            <numerusform>DILEU&apos;N DDYLEDUS: %n achos y tu hwnt i&apos;w cyfnod cadw</numerusform>
            <numerusform>DILEU&apos;N DDYLEDUS: %n achos y tu hwnt i&apos;w cyfnod cadw</numerusform>
            <numerusform>DILEU&apos;N DDYLEDUS: %n achos y tu hwnt i&apos;w cyfnod cadw</numerusform>
            <numerusform>DILEU&apos;N DDYLEDUS: %n achos y tu hwnt i&apos;w cyfnod cadw</numerusform>
            <numerusform>DILEU&apos;N DDYLEDUS: %n achos y tu hwnt i&apos;w cyfnod cadw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskFlags</name>
    <message>
        <source>no assessment recorded</source>
        <translation>dim asesiad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>ESCALATING</source>
        <translation>YN GWAETHYGU</translation>
    </message>
    <message>
        <source>REPEAT</source>
        <translation>ACHOS MYNYCH</translation>
    </message>
    <message>
        <source>REVIEW OVERDUE</source>
        <translation>ADOLYGIAD YN HWYR</translation>
    </message>
    <message>
        <source>REVIEW DUE NOW (new incident since the last assessment)</source>
        <translation>ADOLYGIAD YN DDYLEDUS NAWR (digwyddiad newydd ers yr asesiad diwethaf)</translation>
    </message>
    <message>
        <source>none published by the police yet</source>
        <translation>dim wedi&apos;u cyhoeddi gan yr heddlu eto</translation>
    </message>
    <message>
        <source>no escalation, no repeat</source>
        <translation>dim gwaethygu, dim achos mynych</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>lefel {level}</translation>
    </message>
    <message>
        <source>review due {day}</source>
        <translation>adolygiad yn ddyledus {day}</translation>
    </message>
    <message>
        <source>(as published by the police)</source>
        <translation>(fel y&apos;u cyhoeddwyd gan yr heddlu)</translation>
    </message>
    <message>
        <source>nothing flagged</source>
        <translation>dim wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>(the panel was last told: {told})</source>
        <translation>(yr hyn a ddywedwyd wrth y panel ddiwethaf: {told})</translation>
    </message>
</context>
<context>
    <name>RiskHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Asesydd</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>{level} (raised from {computed})</source>
        <translation>{level} (wedi&apos;i chodi o {computed})</translation>
    </message>
    <message>
        <source>Professional judgement: {reason}</source>
        <translation>Barn broffesiynol: {reason}</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Risk picture</source>
        <translation>Darlun risg</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>Hanes risg</translation>
    </message>
    <message>
        <source>&amp;Record an assessment…</source>
        <translation>Cofno&amp;di asesiad…</translation>
    </message>
    <message>
        <source>The risk picture cannot be shown: {problem}</source>
        <translation>Ni ellir dangos y darlun risg: {problem}</translation>
    </message>
    <message>
        <source>Current risk: no assessment recorded yet.</source>
        <translation>Risg ar hyn o bryd: dim asesiad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Current risk: {level}, score {score} of {total} ({instrument}, {date}, {assessor}).</source>
        <translation>Risg ar hyn o bryd: {level}, sgôr {score} o {total} ({instrument}, {date}, {assessor}).</translation>
    </message>
    <message>
        <source>Raised from {computed} by professional judgement: {reason}</source>
        <translation>Codwyd o {computed} ar sail barn broffesiynol: {reason}</translation>
    </message>
    <message>
        <source>Escalation: not visible to your role.</source>
        <translation>Gwaethygu: nid yw&apos;n weladwy i&apos;ch rôl chi.</translation>
    </message>
    <message numerus="yes">
        <source>Escalation: %n incident(s) in the last {days} days (threshold {t}){flag}.</source>
        <translation>
            <numerusform>Gwaethygu: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}){flag}.</numerusform>
            <numerusform>Gwaethygu: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}){flag}.</numerusform>
            <numerusform>Gwaethygu: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}){flag}.</numerusform>
            <numerusform>Gwaethygu: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}){flag}.</numerusform>
            <numerusform>Gwaethygu: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}){flag}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ESCALATING: %n incident(s) in the last {days} days (threshold {t}).</source>
        <translation>
            <numerusform>YN GWAETHYGU: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}).</numerusform>
            <numerusform>YN GWAETHYGU: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}).</numerusform>
            <numerusform>YN GWAETHYGU: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}).</numerusform>
            <numerusform>YN GWAETHYGU: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}).</numerusform>
            <numerusform>YN GWAETHYGU: %n digwyddiad yn ystod y {days} diwrnod diwethaf (trothwy {t}).</numerusform>
        </translation>
    </message>
    <message>
        <source> - ESCALATING</source>
        <translation> - YN GWAETHYGU</translation>
    </message>
    <message>
        <source>Repeat: not visible to your role.</source>
        <translation>Achos mynych: nid yw&apos;n weladwy i&apos;ch rôl chi.</translation>
    </message>
    <message>
        <source>Repeat: YES, a new incident within 12 months of the last referral.</source>
        <translation>Achos mynych: IE, digwyddiad newydd o fewn 12 mis i&apos;r atgyfeiriad diwethaf.</translation>
    </message>
    <message>
        <source>Repeat: no.</source>
        <translation>Achos mynych: na.</translation>
    </message>
    <message>
        <source>Review OVERDUE since {due} ({reason}).</source>
        <translation>Adolygiad YN HWYR ers {due} ({reason}).</translation>
    </message>
    <message>
        <source>Review due {due} ({reason}).</source>
        <translation>Adolygiad i&apos;w gynnal erbyn {due} ({reason}).</translation>
    </message>
    <message>
        <source>An assessment cannot be scored on this device: {problem}</source>
        <translation>Ni ellir sgorio asesiad ar y ddyfais hon: {problem}</translation>
    </message>
    <message>
        <source>REPEAT: a new incident within 12 months of the last referral.</source>
        <translation>ACHOS MYNYCH: digwyddiad newydd o fewn 12 mis i&apos;r atgyfeiriad diwethaf.</translation>
    </message>
    <message>
        <source>OVERDUE: the risk review was due on {due}.</source>
        <translation>YN HWYR: roedd yr adolygiad risg i fod i&apos;w gynnal ar {due}.</translation>
    </message>
    <message>
        <source>RAISED: professional judgement put the risk at {level}.</source>
        <translation>CODWYD: gosododd barn broffesiynol y risg ar lefel {level}.</translation>
    </message>
    <message>
        <source>NOT ELIGIBLE under {rule}: only an explicit Chief Inspector sign-off may let it proceed.</source>
        <translation>NID YW&apos;N GYMWYS o dan {rule}: dim ond cymeradwyaeth benodol gan y Prif Arolygydd a all ganiatáu iddo fynd rhagddo.</translation>
    </message>
    <message>
        <source>Restorative option: may be proposed ({rule}, policy {version}).</source>
        <translation>Opsiwn adferol: gellir ei gynnig ({rule}, polisi {version}).</translation>
    </message>
    <message>
        <source>Restorative option: NOT eligible under {rule} (policy {version}): {reasons}. It may proceed only through explicit Chief Inspector sign-off.</source>
        <translation>Opsiwn adferol: NID YW&apos;N GYMWYS o dan {rule} (polisi {version}): {reasons}. Dim ond drwy gymeradwyaeth benodol gan y Prif Arolygydd y caiff fynd rhagddo.</translation>
    </message>
    <message>
        <source>Risk assessment recorded.</source>
        <translation>Asesiad risg wedi&apos;i gofnodi.</translation>
    </message>
</context>
<context>
    <name>RiskProblems</name>
    <message>
        <source>the assessment date must be YYYY-MM-DD</source>
        <translation>rhaid i ddyddiad yr asesiad fod ar y ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>an assessment cannot be dated in the future</source>
        <translation>ni ellir rhoi dyddiad yn y dyfodol i asesiad</translation>
    </message>
    <message>
        <source>name the assessor</source>
        <translation>enwch yr asesydd</translation>
    </message>
    <message>
        <source>name the assessor&apos;s agency</source>
        <translation>enwch asiantaeth yr asesydd</translation>
    </message>
    <message>
        <source>{name} has no question(s) {unknown}</source>
        <translation>nid oes gan {name} y cwestiwn neu&apos;r cwestiynau {unknown}</translation>
    </message>
    <message>
        <source>{count} question(s) unanswered: {missing} (answer each {answer_labels})</source>
        <translation>{count} cwestiwn heb eu hateb: {missing} (atebwch bob un: {answer_labels})</translation>
    </message>
    <message>
        <source>question &apos;{id}&apos;: &apos;{value}&apos; is not one of {answers}</source>
        <translation>cwestiwn &apos;{id}&apos;: nid yw &apos;{value}&apos; yn un o {answers}</translation>
    </message>
    <message>
        <source>the score already gives &apos;{label}&apos;: professional judgement can only raise it to a higher level</source>
        <translation>mae&apos;r sgôr eisoes yn rhoi &apos;{label}&apos;: dim ond i lefel uwch y gall barn broffesiynol ei chodi</translation>
    </message>
    <message>
        <source>a reason for professional judgement goes with a raised level: name the level it raises to</source>
        <translation>mae rheswm dros farn broffesiynol yn mynd gyda lefel wedi&apos;i chodi: enwch y lefel y mae&apos;n ei chodi iddi</translation>
    </message>
    <message>
        <source>an assessment with &apos;{instrument}&apos; scored as &apos;{id}&apos;</source>
        <translation>asesiad a wnaed gyda &apos;{instrument}&apos; wedi&apos;i sgorio fel &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>professional judgement can raise the level, never lower it (the score gives &apos;{label}&apos;)</source>
        <translation>gall barn broffesiynol godi&apos;r lefel, ond byth ei gostwng (mae&apos;r sgôr yn rhoi &apos;{label}&apos;)</translation>
    </message>
    <message>
        <source>write down the reason for raising the level</source>
        <translation>ysgrifennwch y rheswm dros godi&apos;r lefel</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a non-empty text</source>
        <translation>{where}: rhaid i &apos;{key}&apos; fod yn destun nad yw&apos;n wag</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a text</source>
        <translation>{where}: rhaid i &apos;{key}&apos; fod yn destun</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}: [translation] must be a table</source>
        <translation>{where}: rhaid i [translation] fod yn dabl</translation>
    </message>
    <message>
        <source>{where}: [translation] has unknown key(s) {value}</source>
        <translation>{where}: mae gan [translation] allwedd neu allweddi anhysbys {value}</translation>
    </message>
    <message>
        <source>{twhere}: must be a table</source>
        <translation>{twhere}: rhaid iddo fod yn dabl</translation>
    </message>
    <message>
        <source>{twhere}: unknown key(s) {unknown}</source>
        <translation>{twhere}: allwedd neu allweddi anhysbys {unknown}</translation>
    </message>
    <message>
        <source>{twhere}: status must be &quot;{welsh_awaiting_check}&quot; or &quot;{welsh_checked}&quot;, not {status}</source>
        <translation>{twhere}: rhaid i status fod yn &quot;{welsh_awaiting_check}&quot; neu&apos;n &quot;{welsh_checked}&quot;, nid {status}</translation>
    </message>
    <message>
        <source>{twhere}: status &quot;checked&quot; needs checked_by: the name and role of the Welsh-speaking practitioner who checked the translation</source>
        <translation>{twhere}: mae status &quot;checked&quot; yn gofyn am checked_by: enw a rôl yr ymarferydd sy&apos;n siarad Cymraeg a wiriodd y cyfieithiad</translation>
    </message>
    <message>
        <source>{twhere}: status &quot;checked&quot; needs checked_on: the date of the check, as YYYY-MM-DD</source>
        <translation>{twhere}: mae status &quot;checked&quot; yn gofyn am checked_on: dyddiad y gwiriad, ar y ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{where}: checked_on {value} is not a date: write it as YYYY-MM-DD</source>
        <translation>{where}: nid yw checked_on {value} yn ddyddiad: ysgrifennwch ef ar y ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{where}: checked_on {isoformat} is in the future: give the date of the check</source>
        <translation>{where}: mae checked_on {isoformat} yn y dyfodol: nodwch ddyddiad y gwiriad</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {unknown}</source>
        <translation>{where}: allwedd neu allweddi anhysbys {unknown}</translation>
    </message>
    <message>
        <source>{where}: id &apos;{iid}&apos; must be lower-case letters, digits and _</source>
        <translation>{where}: rhaid i&apos;r id &apos;{iid}&apos; gynnwys llythrennau bach, digidau a _ yn unig</translation>
    </message>
    <message>
        <source>{where}: &apos;answers&apos; must list at least two answer ids</source>
        <translation>{where}: rhaid i &apos;answers&apos; restru o leiaf ddau id ateb</translation>
    </message>
    <message>
        <source>{where}: an answer is listed twice</source>
        <translation>{where}: mae ateb wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <source>{where}: &apos;answer_labels&apos; must give one label per answer</source>
        <translation>{where}: rhaid i &apos;answer_labels&apos; roi un label ar gyfer pob ateb</translation>
    </message>
    <message>
        <source>{iwhere}: {problem}</source>
        <translation>{iwhere}: {problem}</translation>
    </message>
    <message>
        <source>{where}: &apos;scoring&apos; must be one of {scorings}</source>
        <translation>{where}: rhaid i &apos;scoring&apos; fod yn un o {scorings}</translation>
    </message>
    <message>
        <source>{where}: an instrument needs at least one [[questions]] entry</source>
        <translation>{where}: mae angen o leiaf un eitem [[questions]] ar offeryn</translation>
    </message>
    <message>
        <source>{qwhere}: must be a table</source>
        <translation>{qwhere}: rhaid iddo fod yn dabl</translation>
    </message>
    <message>
        <source>{qwhere}: unknown key(s) {extra}</source>
        <translation>{qwhere}: allwedd neu allweddi anhysbys {extra}</translation>
    </message>
    <message>
        <source>{qwhere}: id &apos;{qid}&apos; must be lower-case letters, digits and _</source>
        <translation>{qwhere}: rhaid i&apos;r id &apos;{qid}&apos; gynnwys llythrennau bach, digidau a _ yn unig</translation>
    </message>
    <message>
        <source>{qwhere}: id &apos;{qid}&apos; is used twice</source>
        <translation>{qwhere}: mae&apos;r id &apos;{qid}&apos; wedi&apos;i ddefnyddio ddwywaith</translation>
    </message>
    <message>
        <source>{name}: instrument id &apos;{id}&apos; is already used by another file</source>
        <translation>{name}: mae id yr offeryn &apos;{id}&apos; eisoes yn cael ei ddefnyddio gan ffeil arall</translation>
    </message>
    <message>
        <source>no risk instrument found in {name}/</source>
        <translation>ni chafwyd hyd i offeryn risg yn {name}/</translation>
    </message>
    <message>
        <source>the risk policy sets no levels for the instrument &apos;{instrument_id}&apos;</source>
        <translation>nid yw&apos;r polisi risg yn gosod lefelau ar gyfer yr offeryn &apos;{instrument_id}&apos;</translation>
    </message>
    <message>
        <source>&apos;{level_id}&apos; is not a level of the instrument &apos;{instrument_id}&apos; ({ids})</source>
        <translation>nid yw &apos;{level_id}&apos; yn un o lefelau&apos;r offeryn &apos;{instrument_id}&apos; ({ids})</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a whole number from {low} to {high}</source>
        <translation>{where}: rhaid i &apos;{key}&apos; fod yn rhif cyfan rhwng {low} a {high}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be true or false</source>
        <translation>{where}: rhaid i &apos;{key}&apos; fod yn true neu false</translation>
    </message>
    <message>
        <source>{where}: levels for an unknown instrument &apos;{iid}&apos;</source>
        <translation>{where}: lefelau ar gyfer offeryn anhysbys &apos;{iid}&apos;</translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos; needs at least two levels</source>
        <translation>{where}: mae angen o leiaf ddwy lefel ar yr offeryn &apos;{iid}&apos;</translation>
    </message>
    <message>
        <source>{lwhere}: must be a table</source>
        <translation>{lwhere}: rhaid iddo fod yn dabl</translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos;: the lowest level must start at 0, so every score has a level</source>
        <translation>{where}: offeryn &apos;{iid}&apos;: rhaid i&apos;r lefel isaf ddechrau ar 0, fel bod lefel ar gyfer pob sgôr</translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos;: levels must be listed lowest first, each starting higher</source>
        <translation>{where}: offeryn &apos;{iid}&apos;: rhaid rhestru&apos;r lefelau gyda&apos;r isaf yn gyntaf, a phob un yn dechrau&apos;n uwch na&apos;r un o&apos;i blaen</translation>
    </message>
    <message>
        <source>{where}: instrument &apos;{iid}&apos;: a level id is used twice</source>
        <translation>{where}: offeryn &apos;{iid}&apos;: mae id lefel wedi&apos;i ddefnyddio ddwywaith</translation>
    </message>
    <message>
        <source>{where}: no levels for the instrument(s) {missing}</source>
        <translation>{where}: dim lefelau ar gyfer yr offeryn neu&apos;r offerynnau {missing}</translation>
    </message>
    <message>
        <source>{where}: [eligibility] &apos;eligible_levels&apos; must list at least one level</source>
        <translation>{where}: rhaid i &apos;eligible_levels&apos; yn [eligibility] restru o leiaf un lefel</translation>
    </message>
    <message>
        <source>{where}: [eligibility] names unknown level(s) {value}</source>
        <translation>{where}: mae [eligibility] yn enwi lefel neu lefelau anhysbys {value}</translation>
    </message>
    <message>
        <source>{where}: [eligibility] may not make &apos;{id}&apos;, the highest level of &apos;{iid}&apos;, eligible: such a case proceeds only through explicit Chief Inspector sign-off</source>
        <translation>{where}: ni chaiff [eligibility] wneud &apos;{id}&apos;, lefel uchaf &apos;{iid}&apos;, yn gymwys: dim ond drwy gymeradwyaeth benodol gan y Prif Arolygydd y caiff achos o&apos;r fath fynd rhagddo</translation>
    </message>
    <message>
        <source>the answers do not match the questions of {name} {version} on this device</source>
        <translation>nid yw&apos;r atebion yn cyfateb i gwestiynau {name} {version} ar y ddyfais hon</translation>
    </message>
    <message>
        <source>the assessment&apos;s answers are unreadable</source>
        <translation>ni ellir darllen atebion yr asesiad</translation>
    </message>
    <message>
        <source>the instrument &apos;{get}&apos; is not installed on this device</source>
        <translation>nid yw&apos;r offeryn &apos;{get}&apos; wedi&apos;i osod ar y ddyfais hon</translation>
    </message>
    <message>
        <source>the assessment has no valid date</source>
        <translation>nid oes gan yr asesiad ddyddiad dilys</translation>
    </message>
    <message>
        <source>no risk instrument &apos;{instrument_id}&apos; (installed: {instruments})</source>
        <translation>dim offeryn risg &apos;{instrument_id}&apos; (wedi&apos;u gosod: {instruments})</translation>
    </message>
</context>
<context>
    <name>RiskReview</name>
    <message>
        <source>no risk assessment recorded yet</source>
        <translation>dim asesiad risg wedi&apos;i gofnodi eto</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after the last assessment</source>
        <translation>
            <numerusform>%n wythnos ar ôl yr asesiad diwethaf</numerusform>
            <numerusform>%n wythnos ar ôl yr asesiad diwethaf</numerusform>
            <numerusform>%n wythnos ar ôl yr asesiad diwethaf</numerusform>
            <numerusform>%n wythnos ar ôl yr asesiad diwethaf</numerusform>
            <numerusform>%n wythnos ar ôl yr asesiad diwethaf</numerusform>
        </translation>
    </message>
    <message>
        <source>a new incident since the last assessment</source>
        <translation>digwyddiad newydd ers yr asesiad diwethaf</translation>
    </message>
</context>
<context>
    <name>RoleChangesView</name>
    <message>
        <source>Role changes</source>
        <translation>Newidiadau rôl</translation>
    </message>
    <message>
        <source>Role changes and admissions</source>
        <translation>Newidiadau rôl a derbyniadau</translation>
    </message>
    <message>
        <source>Those waiting for approval come first.</source>
        <translation>Mae&apos;r rhai sy&apos;n aros am gymeradwyaeth yn dod gyntaf.</translation>
    </message>
    <message>
        <source>A&amp;pprove for this device&apos;s agency</source>
        <translation>Cymeradwyo ar ran as&amp;iantaeth y ddyfais hon</translation>
    </message>
    <message>
        <source>In this panel, {policy}.</source>
        <translation>Yn y panel hwn, {policy}.</translation>
    </message>
    <message>
        <source>Role changes ({waiting} waiting for approval)</source>
        <translation>Newidiadau rôl ({waiting} yn aros am gymeradwyaeth)</translation>
    </message>
</context>
<context>
    <name>SaveTracker</name>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Heb ei gadw: {message}</translation>
    </message>
    <message>
        <source>Not saved: {label}: {message}</source>
        <translation>Heb ei gadw: {label}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) need attention</source>
        <translation>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
            <numerusform>Heb ei gadw: mae angen sylw ar %n maes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule a panel meeting</source>
        <translation>Trefnu cyfarfod panel</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Trefnu</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Amser:</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Amser y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Where the panel meets</source>
        <translation>Lle mae&apos;r panel yn cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Panel:</source>
        <translation>&amp;Panel:</translation>
    </message>
    <message>
        <source>Panel name</source>
        <translation>Enw&apos;r panel</translation>
    </message>
    <message>
        <source>Restorative practice panel</source>
        <translation>Panel ymarfer adferol</translation>
    </message>
</context>
<context>
    <name>SchemaProblems</name>
    <message>
        <source>unknown field &apos;{field_id}&apos;</source>
        <translation>maes anhysbys &apos;{field_id}&apos;</translation>
    </message>
    <message>
        <source>unknown section &apos;{section_id}&apos;</source>
        <translation>adran anhysbys &apos;{section_id}&apos;</translation>
    </message>
    <message>
        <source>{name}: {why} ({problem})</source>
        <translation>{name}: {why} ({problem})</translation>
    </message>
    <message>
        <source>{path}: {where}: {problem}</source>
        <translation>{path}: {where}: {problem}</translation>
    </message>
    <message>
        <source>the agreement is larger than Concord accepts</source>
        <translation>mae&apos;r cytundeb yn fwy nag y mae Concord yn ei dderbyn</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Case sections</source>
        <translation>Adrannau&apos;r achos</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Read only: your role may read this section but not change it.</source>
        <translation>Darllen yn unig: caiff eich rôl ddarllen yr adran hon ond nid ei newid.</translation>
    </message>
    <message>
        <source>{label} (read only)</source>
        <translation>{label} (darllen yn unig)</translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation>Problem gyda {label}</translation>
    </message>
    <message>
        <source>Kept the chosen value</source>
        <translation>Cadwyd y gwerth a ddewiswyd</translation>
    </message>
    <message>
        <source>changed on different devices at the same time: {values}</source>
        <translation>newidiwyd ar ddyfeisiau gwahanol ar yr un pryd: {values}</translation>
    </message>
    <message>
        <source>{records}, record {row}: {field}</source>
        <translation>{records}, cofnod {row}: {field}</translation>
    </message>
</context>
<context>
    <name>ServeControls</name>
    <message>
        <source>&amp;Let panel devices connect to this one</source>
        <translation>Gadael i ddyfeisia&amp;u&apos;r panel gysylltu â hon</translation>
    </message>
    <message>
        <source>Let panel devices connect to this device</source>
        <translation>Gadael i ddyfeisiau&apos;r panel gysylltu â&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Porth i wrando arno</translation>
    </message>
    <message>
        <source>&amp;Announce it on this network</source>
        <translation>Cyhoeddi&apos;&amp;r ddyfais ar y rhwydwaith hwn</translation>
    </message>
    <message>
        <source>Panel devices nearby then find this one without typing its address. Others nearby see that a Concord device is here, not whose; the announcement changes every day.</source>
        <translation>Yna bydd dyfeisiau&apos;r panel sydd gerllaw yn dod o hyd i&apos;r ddyfais hon heb deipio ei chyfeiriad. Mae eraill gerllaw yn gweld bod dyfais Concord yma, ond nid pwy sydd biau hi; mae&apos;r cyhoeddiad yn newid bob dydd.</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Ddim yn gwrando</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porth:</translation>
    </message>
    <message>
        <source>Starting to listen…</source>
        <translation>Yn dechrau gwrando…</translation>
    </message>
    <message>
        <source>Listening on port {port}.</source>
        <translation>Yn gwrando ar borth {port}.</translation>
    </message>
    <message>
        <source>Not listening: {problem}</source>
        <translation>Ddim yn gwrando: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionKinds</name>
    <message>
        <source>pre-session briefing</source>
        <translation>sesiwn friffio cyn y sesiwn</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesiwn</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>ôl-drafodaeth</translation>
    </message>
</context>
<context>
    <name>SignoffPack</name>
    <message>
        <source>withheld from this audience</source>
        <translation>wedi&apos;i atal rhag y gynulleidfa hon</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>IE</translation>
    </message>
    <message>
        <source>(OVERDUE)</source>
        <translation>(YN HWYR)</translation>
    </message>
    <message>
        <source>Parties and relationship</source>
        <translation>Y partïon a&apos;u perthynas</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Y cais</translation>
    </message>
    <message>
        <source>Consent to the process</source>
        <translation>Caniatâd i&apos;r broses</translation>
    </message>
    <message>
        <source>Each agency&apos;s view</source>
        <translation>Barn pob asiantaeth</translation>
    </message>
    <message>
        <source>The survivor&apos;s boundaries</source>
        <translation>Ffiniau&apos;r goroeswr</translation>
    </message>
    <message>
        <source>Facilitator and form of process</source>
        <translation>Yr hwylusydd a ffurf y broses</translation>
    </message>
    <message>
        <source>Safety plan and conditions</source>
        <translation>Cynllun diogelwch ac amodau</translation>
    </message>
    <message>
        <source>Lawful basis for sharing</source>
        <translation>Sail gyfreithlon dros rannu</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>heb ei enwi</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Risg ar hyn o bryd</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Dyddiad asesu</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Asesydd</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Barn broffesiynol</translation>
    </message>
    <message>
        <source>raised to {level}: {reason}</source>
        <translation>wedi&apos;i chodi i {level}: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Gwaethygu</translation>
    </message>
    <message numerus="yes">
        <source>{flag}: %n incident(s) in {days} days (threshold {threshold})</source>
        <translation>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
            <numerusform>{flag}: %n digwyddiad mewn {days} diwrnod (trothwy {threshold})</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Achos mynych</translation>
    </message>
    <message>
        <source>(as published by the police)</source>
        <translation>(fel y&apos;u cyhoeddwyd gan yr heddlu)</translation>
    </message>
    <message>
        <source>Escalation and repeat</source>
        <translation>Gwaethygu ac achos mynych</translation>
    </message>
    <message>
        <source>not visible to this device, and none published by the police yet</source>
        <translation>nid yw&apos;n weladwy i&apos;r ddyfais hon, ac nid yw&apos;r heddlu wedi cyhoeddi dim eto</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Cymhwysedd</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>Hanes risg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>no assessments recorded</source>
        <translation>dim asesiadau wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <source>a breach ends the process</source>
        <translation>mae toriad yn dod â&apos;r broses i ben</translation>
    </message>
    <message>
        <source>Holding now</source>
        <translation>Oedi mewn grym nawr</translation>
    </message>
    <message>
        <source>Pause and stop triggers</source>
        <translation>Sbardunau oedi a therfynu</translation>
    </message>
    <message>
        <source>Risk review due</source>
        <translation>Adolygiad risg yn ddyledus</translation>
    </message>
    <message>
        <source>NOW: something has happened since the last assessment (scheduled {day})</source>
        <translation>NAWR: mae rhywbeth wedi digwydd ers yr asesiad diwethaf (wedi&apos;i drefnu ar gyfer {day})</translation>
    </message>
    <message>
        <source>after the last assessment</source>
        <translation>ar ôl yr asesiad diwethaf</translation>
    </message>
    <message>
        <source>held</source>
        <translation>wedi&apos;i chynnal</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <source>due</source>
        <translation>yn ddyledus</translation>
    </message>
    <message>
        <source>Aftercare check-in</source>
        <translation>Sgwrs ddilynol ôl-ofal</translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation>Dyddiadau adolygu</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>dim wedi&apos;u trefnu</translation>
    </message>
    <message>
        <source>[trigger: {trigger}]</source>
        <translation>[sbardun: {trigger}]</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>wedi&apos;i roi ar waith</translation>
    </message>
    <message>
        <source>REFUSED: {problem}</source>
        <translation>WEDI&apos;I WRTHOD: {problem}</translation>
    </message>
    <message>
        <source>Process: {state}</source>
        <translation>Proses: {state}</translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation>Cofnodwyd am (UTC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Symud i</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Steps in the order they were made; each time is by the clock of the device that recorded it.</source>
        <translation>Y camau yn y drefn y cawsant eu gwneud; mae pob amser yn ôl cloc y ddyfais a&apos;i cofnododd.</translation>
    </message>
    <message>
        <source>no steps recorded</source>
        <translation>dim camau wedi&apos;u cofnodi</translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation>Cymeradwyaeth</translation>
    </message>
    <message>
        <source>Sign-off in force</source>
        <translation>Cymeradwyaeth mewn grym</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Dyddiad penderfynu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>Signature on this device</source>
        <translation>Llofnod ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Sign-off decisions</source>
        <translation>Penderfyniadau cymeradwyaeth</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Dyddiad y cais</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Cais gan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Sign-off requests</source>
        <translation>Ceisiadau am gymeradwyaeth</translation>
    </message>
    <message>
        <source>&amp;Decide and sign…</source>
        <translation>&amp;Penderfynu a llofnodi…</translation>
    </message>
    <message>
        <source>Sign-off &amp;report…</source>
        <translation>A&amp;droddiad cymeradwyaeth…</translation>
    </message>
    <message>
        <source>Decisions, in the order made</source>
        <translation>Penderfyniadau, yn y drefn y&apos;u gwnaed</translation>
    </message>
    <message>
        <source>Requests, in the order made</source>
        <translation>Ceisiadau, yn y drefn y&apos;u gwnaed</translation>
    </message>
    <message>
        <source>The sign-off cannot be shown: {problem}</source>
        <translation>Ni ellir dangos y gymeradwyaeth: {problem}</translation>
    </message>
    <message>
        <source>No verified sign-off decision yet.</source>
        <translation>Dim penderfyniad cymeradwyaeth wedi&apos;i wirio eto.</translation>
    </message>
    <message>
        <source>In force: {decision} by {who} ({rank}) on {day}; signature verified on this device (key {fp}).</source>
        <translation>Mewn grym: {decision} gan {who} ({rank}) ar {day}; llofnod wedi&apos;i wirio ar y ddyfais hon (allwedd {fp}).</translation>
    </message>
    <message>
        <source>Requested by {who} on {day}: waiting for the Chief Inspector&apos;s decision.</source>
        <translation>Cais gan {who} ar {day}: yn aros am benderfyniad y Prif Arolygydd.</translation>
    </message>
    <message>
        <source>STALE: this sign-off no longer covers the case as it is: {why}</source>
        <translation>WEDI DYDDIO: nid yw&apos;r gymeradwyaeth hon yn cwmpasu&apos;r achos fel y mae bellach: {why}</translation>
    </message>
    <message>
        <source>REFUSED: a stored decision does not verify: {why}</source>
        <translation>WEDI&apos;I WRTHOD: mae penderfyniad sydd wedi&apos;i gadw yn methu&apos;r gwiriad: {why}</translation>
    </message>
    <message>
        <source>REFUSED: {why}</source>
        <translation>WEDI&apos;I WRTHOD: {why}</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>WEDI DYDDIO</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>mewn grym</translation>
    </message>
    <message>
        <source>replaced by a later decision</source>
        <translation>wedi&apos;i ddisodli gan benderfyniad diweddarach</translation>
    </message>
    <message>
        <source>verified: {name}, key {fp}</source>
        <translation>wedi&apos;i wirio: {name}, allwedd {fp}</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>yn methu&apos;r gwiriad</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>wedi&apos;i benderfynu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>wedi&apos;i ddisodli</translation>
    </message>
    <message>
        <source>Decision signed</source>
        <translation>Penderfyniad wedi&apos;i lofnodi</translation>
    </message>
</context>
<context>
    <name>SignoffReport</name>
    <message>
        <source>Signed decision, for verification</source>
        <translation>Penderfyniad wedi&apos;i lofnodi, i&apos;w wirio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Rationale, by the National Decision Model</source>
        <translation>Y rhesymeg, yn ôl y Model Penderfynu Cenedlaethol</translation>
    </message>
    <message>
        <source>Red flags when decided, and the override statements</source>
        <translation>Baneri coch adeg y penderfyniad, a&apos;r datganiadau diystyru</translation>
    </message>
    <message>
        <source>Decision signature fingerprint</source>
        <translation>Ôl bys llofnod y penderfyniad</translation>
    </message>
    <message>
        <source>Signed content SHA-256</source>
        <translation>SHA-256 y cynnwys a lofnodwyd</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Signer public key</source>
        <translation>Allwedd gyhoeddus y llofnodwr</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rheng</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>Dyddiad y penderfyniad</translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation>Llofnodwyd am (UTC)</translation>
    </message>
    <message>
        <source>Rule relied on</source>
        <translation>Y rheol y dibynnwyd arni</translation>
    </message>
    <message>
        <source>Eligibility when decided</source>
        <translation>Cymhwysedd adeg y penderfyniad</translation>
    </message>
    <message>
        <source>Not recorded: this decision was signed before Concord recorded red flags with a decision.</source>
        <translation>Heb ei gofnodi: llofnodwyd y penderfyniad hwn cyn i Concord ddechrau cofnodi baneri coch gyda phenderfyniad.</translation>
    </message>
    <message>
        <source>None: no red flag was raised on the Chief Inspector&apos;s device when the decision was made.</source>
        <translation>Dim: ni chodwyd unrhyw faner goch ar ddyfais y Prif Arolygydd pan wnaed y penderfyniad.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: approved over %n red flag(s) raised when the decision was made. The Chief Inspector&apos;s override statement for each is signed with the decision.</source>
        <translation>
            <numerusform>Rhybudd: cymeradwywyd er gwaethaf %n baner goch a godwyd pan wnaed y penderfyniad. Mae datganiad diystyru&apos;r Prif Arolygydd ar gyfer pob un wedi&apos;i lofnodi gyda&apos;r penderfyniad.</numerusform>
            <numerusform>Rhybudd: cymeradwywyd er gwaethaf %n baner goch a godwyd pan wnaed y penderfyniad. Mae datganiad diystyru&apos;r Prif Arolygydd ar ei chyfer wedi&apos;i lofnodi gyda&apos;r penderfyniad.</numerusform>
            <numerusform>Rhybudd: cymeradwywyd er gwaethaf %n baner goch a godwyd pan wnaed y penderfyniad. Mae datganiad diystyru&apos;r Prif Arolygydd ar gyfer pob un wedi&apos;i lofnodi gyda&apos;r penderfyniad.</numerusform>
            <numerusform>Rhybudd: cymeradwywyd er gwaethaf %n baner goch a godwyd pan wnaed y penderfyniad. Mae datganiad diystyru&apos;r Prif Arolygydd ar gyfer pob un wedi&apos;i lofnodi gyda&apos;r penderfyniad.</numerusform>
            <numerusform>Rhybudd: cymeradwywyd er gwaethaf %n baner goch a godwyd pan wnaed y penderfyniad. Mae datganiad diystyru&apos;r Prif Arolygydd ar gyfer pob un wedi&apos;i lofnodi gyda&apos;r penderfyniad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s) were raised when the decision was made; a {decision} overrides none.</source>
        <translation>
            <numerusform>Codwyd %n baner goch pan wnaed y penderfyniad; nid yw penderfyniad “{decision}” yn diystyru&apos;r un ohonynt.</numerusform>
            <numerusform>Codwyd %n baner goch pan wnaed y penderfyniad; nid yw penderfyniad “{decision}” yn ei diystyru.</numerusform>
            <numerusform>Codwyd %n baner goch pan wnaed y penderfyniad; nid yw penderfyniad “{decision}” yn diystyru&apos;r un ohonynt.</numerusform>
            <numerusform>Codwyd %n baner goch pan wnaed y penderfyniad; nid yw penderfyniad “{decision}” yn diystyru&apos;r un ohonynt.</numerusform>
            <numerusform>Codwyd %n baner goch pan wnaed y penderfyniad; nid yw penderfyniad “{decision}” yn diystyru&apos;r un ohonynt.</numerusform>
        </translation>
    </message>
    <message>
        <source>none needed: not an approval</source>
        <translation>dim angen: nid yw&apos;n gymeradwyaeth</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Baner goch</translation>
    </message>
    <message>
        <source>What it said when decided</source>
        <translation>Yr hyn a ddywedai adeg y penderfyniad</translation>
    </message>
    <message>
        <source>Override statement</source>
        <translation>Datganiad diystyru</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>cymeradwyo</translation>
    </message>
    <message>
        <source>approve with conditions</source>
        <translation>cymeradwyo gydag amodau</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>gwrthod</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>gohirio</translation>
    </message>
    <message>
        <source>STALE: this sign-off no longer covers the case as it is now; a fresh decision is needed before any session.</source>
        <translation>WEDI DYDDIO: nid yw&apos;r gymeradwyaeth hon yn cwmpasu&apos;r achos fel y mae bellach; mae angen penderfyniad newydd cyn unrhyw sesiwn.</translation>
    </message>
    <message>
        <source>Process now: {state}. Prepared for: {audience}. Parts the audience may not read are marked as withheld; safe contact details never appear.</source>
        <translation>Y broses nawr: {state}. Paratowyd ar gyfer: {audience}. Mae&apos;r rhannau na chaiff y gynulleidfa eu darllen wedi&apos;u marcio fel rhai wedi&apos;u hatal; nid yw manylion cyswllt diogel byth yn ymddangos.</translation>
    </message>
    <message>
        <source>The Chief Inspector&apos;s signature</source>
        <translation>Llofnod y Prif Arolygydd</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Llofnodwyd gan</translation>
    </message>
    <message>
        <source>{name}, Chief Inspector&apos;s device</source>
        <translation>{name}, dyfais y Prif Arolygydd</translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation>Ôl bys y llofnod</translation>
    </message>
    <message>
        <source>Checked on the device that made this report</source>
        <translation>Gwiriwyd ar y ddyfais a wnaeth yr adroddiad hwn</translation>
    </message>
    <message>
        <source>signature verified; STALE</source>
        <translation>llofnod wedi&apos;i wirio; WEDI DYDDIO</translation>
    </message>
    <message>
        <source>signature verified; current</source>
        <translation>llofnod wedi&apos;i wirio; cyfredol</translation>
    </message>
    <message>
        <source>Restorative intervention: Chief Inspector sign-off</source>
        <translation>Ymyriad adferol: cymeradwyaeth y Prif Arolygydd</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Achos {reference}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
</context>
<context>
    <name>StatusWarning</name>
    <message>
        <source>Warning: {text}</source>
        <translation>Rhybudd: {text}</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>the data subject: the {party}</source>
        <translation>gwrthrych y data: {party}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>WITHHELD. Exemption: {exemption} ({reference}). Reason: {reason}</source>
        <translation>ATALIWYD. Esemptiad: {exemption} ({reference}). Rheswm: {reason}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} o {total}</translation>
    </message>
    <message>
        <source>Withheld, and why</source>
        <translation>Yr hyn a ataliwyd, a pham</translation>
    </message>
    <message>
        <source>Nothing this device holds about the data subject is withheld.</source>
        <translation>Nid oes dim y mae&apos;r ddyfais hon yn ei ddal am wrthrych y data wedi&apos;i atal.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Esemptiad</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Y gyfraith</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>What the device of the {role} ({agency}) holds about the {party} in case {reference}, for the data subject&apos;s right of access (UK GDPR art. 15). Only what that role reads under the information-sharing agreement is here. An item withheld is named with the exemption relied on and the reason; what it holds is not shown.</source>
        <translation>Yr hyn y mae dyfais {role} ({agency}) yn ei ddal am {party} yn achos {reference}, ar gyfer hawl gwrthrych y data i gael mynediad (GDPR y DU, erthygl 15). Dim ond yr hyn y mae&apos;r rôl honno yn ei ddarllen o dan y cytundeb rhannu gwybodaeth sydd yma. Caiff eitem a ataliwyd ei henwi gyda&apos;r esemptiad y dibynnwyd arno a&apos;r rheswm; ni ddangosir yr hyn y mae&apos;n ei ddal.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Gwrthrych y data</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Yn cael ei ddal gan</translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation>Cyswllt diogelu data</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>Eitemau a ddangosir</translation>
    </message>
    <message>
        <source>Items withheld</source>
        <translation>Eitemau a ataliwyd</translation>
    </message>
    <message>
        <source>This device holds nothing about the data subject in this case.</source>
        <translation>Nid yw&apos;r ddyfais hon yn dal dim am wrthrych y data yn yr achos hwn.</translation>
    </message>
    <message>
        <source>Questions and complaints</source>
        <translation>Cwestiynau a chwynion</translation>
    </message>
    <message>
        <source>Questions about this pack, or about how the request was answered, go to the data protection contact of {agency}: {contact}. The data subject may also complain to the Information Commissioner&apos;s Office.</source>
        <translation>Dylid anfon cwestiynau am y pecyn hwn, neu am y ffordd yr atebwyd y cais, at gyswllt diogelu data {agency}: {contact}. Gall gwrthrych y data hefyd gwyno i Swyddfa&apos;r Comisiynydd Gwybodaeth.</translation>
    </message>
    <message>
        <source>Subject access pack</source>
        <translation>Pecyn mynediad gwrthrych</translation>
    </message>
    <message>
        <source>Case {reference}: what this device holds about the {party}</source>
        <translation>Achos {reference}: yr hyn y mae&apos;r ddyfais hon yn ei ddal am {party}</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Subject access pack of case {reference}</source>
        <translation>Pecyn mynediad gwrthrych achos {reference}</translation>
    </message>
    <message>
        <source>What this device holds about one party of the case, for their right of access. Tick an item to withhold it, then choose the exemption and say why: the pack names the exemption and gives the reason, never what the item holds. Safe contact details are always withheld.</source>
        <translation>Yr hyn y mae&apos;r ddyfais hon yn ei ddal am un parti i&apos;r achos, ar gyfer ei hawl mynediad. Ticiwch eitem i&apos;w hatal, yna dewiswch yr esemptiad a dywedwch pam: mae&apos;r pecyn yn enwi&apos;r esemptiad ac yn rhoi&apos;r rheswm, byth yr hyn y mae&apos;r eitem yn ei ddal. Caiff manylion cyswllt diogel eu hatal bob amser.</translation>
    </message>
    <message>
        <source>&amp;Data subject:</source>
        <translation>&amp;Gwrthrych y data:</translation>
    </message>
    <message>
        <source>Withhold: item</source>
        <translation>Atal: eitem</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Esemptiad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>What this device holds about the data subject</source>
        <translation>Yr hyn y mae&apos;r ddyfais hon yn ei ddal am wrthrych y data</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Ble i gadw&apos;r pecyn</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Cadw fel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Po&amp;ri…</translation>
    </message>
    <message>
        <source>&amp;Write pack</source>
        <translation>&amp;Ysgrifennu&apos;r pecyn</translation>
    </message>
    <message>
        <source>This device holds nothing about the {party} in this case.</source>
        <translation>Nid yw&apos;r ddyfais hon yn dal dim am {party} yn yr achos hwn.</translation>
    </message>
    <message>
        <source>Exemption for {item}</source>
        <translation>Esemptiad ar gyfer {item}</translation>
    </message>
    <message>
        <source>Why {item} is withheld</source>
        <translation>Pam mae {item} wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Choose an exemption…</source>
        <translation>Dewiswch esemptiad…</translation>
    </message>
    <message>
        <source>Why, in words the data subject will read</source>
        <translation>Pam, mewn geiriau y bydd gwrthrych y data yn eu darllen</translation>
    </message>
    <message>
        <source>Choose the exemption {item} is withheld under.</source>
        <translation>Dewiswch yr esemptiad y mae {item} wedi&apos;i atal oddi tano.</translation>
    </message>
    <message>
        <source>Say why {item} is withheld: the pack gives the reason.</source>
        <translation>Dywedwch pam mae {item} wedi&apos;i atal: mae&apos;r pecyn yn rhoi&apos;r rheswm.</translation>
    </message>
    <message>
        <source>Save the subject access pack</source>
        <translation>Cadw&apos;r pecyn mynediad gwrthrych</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the pack.</source>
        <translation>Dywedwch ble i gadw&apos;r pecyn.</translation>
    </message>
    <message>
        <source>Writing the subject access pack…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r pecyn mynediad gwrthrych…</translation>
    </message>
    <message>
        <source>an unexpected error (see the log)</source>
        <translation>gwall annisgwyl (gweler y log)</translation>
    </message>
    <message>
        <source>The pack could not be written: {problem}</source>
        <translation>Nid oedd modd ysgrifennu&apos;r pecyn: {problem}</translation>
    </message>
    <message>
        <source>&amp;Subject access pack…</source>
        <translation>&amp;Pecyn mynediad gwrthrych…</translation>
    </message>
    <message>
        <source>What this device holds about one party of the open case, for their right of access, with what is withheld</source>
        <translation>Yr hyn y mae&apos;r ddyfais hon yn ei ddal am un parti i&apos;r achos agored, ar gyfer ei hawl mynediad, gyda&apos;r hyn a ataliwyd</translation>
    </message>
    <message>
        <source>Open a case first: a subject access pack is of one case.</source>
        <translation>Agorwch achos yn gyntaf: pecyn am un achos yw pecyn mynediad gwrthrych.</translation>
    </message>
    <message>
        <source>The agreement does not give your role subject access packs.</source>
        <translation>Nid yw&apos;r cytundeb yn rhoi pecynnau mynediad gwrthrych i&apos;ch rôl.</translation>
    </message>
    <message>
        <source>Subject access pack written to {folder}: {pdf}, with {html} and {text} beside it</source>
        <translation>Ysgrifennwyd y pecyn mynediad gwrthrych i {folder}: {pdf}, gyda {html} a {text} wrth ei ymyl</translation>
    </message>
</context>
<context>
    <name>SubjectAccessProblems</name>
    <message>
        <source>--withhold &apos;{value}&apos; is not FIELD=CODE:REASON</source>
        <translation>nid yw --withhold &apos;{value}&apos; ar y ffurf FIELD=CODE:REASON</translation>
    </message>
    <message>
        <source>unknown exemption &apos;{code}&apos;; the exemptions are: {codes}</source>
        <translation>esemptiad anhysbys &apos;{code}&apos;; yr esemptiadau yw: {codes}</translation>
    </message>
    <message>
        <source>this agreement names no role that may make a subject access pack</source>
        <translation>nid yw&apos;r cytundeb hwn yn enwi unrhyw rôl a gaiff wneud pecyn mynediad gwrthrych</translation>
    </message>
    <message>
        <source>the role &apos;{role}&apos; may not make a subject access pack under this agreement; the roles that may: {roles}</source>
        <translation>ni chaiff y rôl &apos;{role}&apos; wneud pecyn mynediad gwrthrych o dan y cytundeb hwn; y rolau a gaiff: {roles}</translation>
    </message>
    <message>
        <source>unknown party &apos;{party}&apos;; the parties are: {parties}</source>
        <translation>parti anhysbys &apos;{party}&apos;; y partïon yw: {parties}</translation>
    </message>
    <message>
        <source>there is no field &apos;{field_id}&apos; in a case</source>
        <translation>nid oes maes &apos;{field_id}&apos; mewn achos</translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; is not about the {party} under the agreement</source>
        <translation>nid yw &apos;{field_id}&apos; yn ymwneud â {party} o dan y cytundeb</translation>
    </message>
    <message>
        <source>this device&apos;s role does not read &apos;{field_id}&apos;: it is not in the pack</source>
        <translation>nid yw rôl y ddyfais hon yn darllen &apos;{field_id}&apos;: nid yw yn y pecyn</translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; holds nothing about the {party} on this device: there is nothing to withhold</source>
        <translation>nid yw &apos;{field_id}&apos; yn dal dim am {party} ar y ddyfais hon: nid oes dim i&apos;w atal</translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; never leaves this device: the pack withholds it already</source>
        <translation>nid yw &apos;{field_id}&apos; byth yn gadael y ddyfais hon: mae&apos;r pecyn yn ei atal eisoes</translation>
    </message>
    <message>
        <source>&apos;{field_id}&apos; is withheld twice</source>
        <translation>mae &apos;{field_id}&apos; wedi&apos;i atal ddwywaith</translation>
    </message>
    <message>
        <source>say why &apos;{field_id}&apos; is withheld: the pack gives the reason</source>
        <translation>dywedwch pam mae &apos;{field_id}&apos; wedi&apos;i atal: mae&apos;r pecyn yn rhoi&apos;r rheswm</translation>
    </message>
</context>
<context>
    <name>SyncAddress</name>
    <message>
        <source>Type the other device&apos;s address, for example 192.168.1.20:47470.</source>
        <translation>Teipiwch gyfeiriad y ddyfais arall, er enghraifft 192.168.1.20:47470.</translation>
    </message>
    <message>
        <source>“{text}” is not an address. Type it as host:port.</source>
        <translation>Nid yw “{text}” yn gyfeiriad. Teipiwch ef ar ffurf gwesteiwr:porth.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (got “{port}”).</source>
        <translation>Rhaid i&apos;r porth fod yn rhif o 1 i 65535 (cafwyd “{port}”).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>This device</source>
        <translation>Y ddyfais hon</translation>
    </message>
    <message>
        <source>Read this to the person at the other device. Their sync panel shows it beside your name; yours shows theirs.</source>
        <translation>Darllenwch hwn i&apos;r person wrth y ddyfais arall. Mae eu panel cysoni nhw yn ei ddangos wrth ymyl eich enw chi; mae eich un chi yn dangos eu hun nhw.</translation>
    </message>
    <message>
        <source>&amp;Invite a device…</source>
        <translation>G&amp;wahodd dyfais…</translation>
    </message>
    <message>
        <source>&amp;Join a panel…</source>
        <translation>&amp;Ymuno â phanel…</translation>
    </message>
    <message>
        <source>Found the &amp;panel</source>
        <translation>Sefydlu&apos;r &amp;panel</translation>
    </message>
    <message>
        <source>Start the panel with this (the chair&apos;s) device as its founder</source>
        <translation>Dechrau&apos;r panel gyda&apos;r ddyfais hon (un y cadeirydd) yn sylfaenydd iddo</translation>
    </message>
    <message>
        <source>Panel devices</source>
        <translation>Dyfeisiau&apos;r panel</translation>
    </message>
    <message>
        <source>C&amp;onnect by address…</source>
        <translation>Cysylltu drwy gy&amp;feiriad…</translation>
    </message>
    <message>
        <source>Type the other laptop&apos;s address, for a device not listed as on this network</source>
        <translation>Teipiwch gyfeiriad y gliniadur arall, ar gyfer dyfais nad yw wedi&apos;i rhestru ar y rhwydwaith hwn</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Allforio bwndel…</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to a file for another panel laptop, to carry where there is no network</source>
        <translation>Ysgrifennu newidiadau&apos;r gliniadur hwn i ffeil ar gyfer gliniadur arall y panel, i&apos;w chario lle nad oes rhwydwaith</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>Read a bundle file another panel laptop wrote for this one</source>
        <translation>Darllen ffeil bwndel a ysgrifennodd gliniadur arall y panel ar gyfer yr un hwn</translation>
    </message>
    <message>
        <source>Chair&apos;s fingerprint: </source>
        <translation>Ôl bys y cadeirydd: </translation>
    </message>
    <message>
        <source>The panel&apos;s membership cannot be read: {message}</source>
        <translation>Ni ellir darllen aelodaeth y panel: {message}</translation>
    </message>
    <message>
        <source>Waiting: {waiting} · Quarantined: {quarantined}</source>
        <translation>Yn aros: {waiting} · Mewn cwarantîn: {quarantined}</translation>
    </message>
    <message>
        <source>The panel&apos;s role changes cannot be read: {message}</source>
        <translation>Ni ellir darllen newidiadau rôl y panel: {message}</translation>
    </message>
    <message>
        <source>No panel laptop is on this network right now. Laptops show here when their users tick “Let panel devices connect to this one” and “Announce it on this network”. You can also connect by address, or carry the changes in a bundle.</source>
        <translation>Nid oes gliniadur panel ar y rhwydwaith hwn ar hyn o bryd. Bydd gliniaduron yn ymddangos yma pan fydd eu defnyddwyr yn ticio “Gadael i ddyfeisiau&apos;r panel gysylltu â hon” ac “Ei chyhoeddi ar y rhwydwaith hwn”. Gallwch hefyd gysylltu drwy gyfeiriad, neu gario&apos;r newidiadau mewn bwndel.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Sync with {name}</source>
        <translation>Cysoni â {name}</translation>
    </message>
    <message>
        <source>{name} ({agency})</source>
        <translation>{name} ({agency})</translation>
    </message>
    <message>
        <source>a device this laptop does not know</source>
        <translation>dyfais nad yw&apos;r gliniadur hwn yn ei hadnabod</translation>
    </message>
    <message>
        <source>Cannot sync with {name} yet. {problem}</source>
        <translation>Ni ellir cysoni â {name} eto. {problem}</translation>
    </message>
    <message>
        <source>An exchange is already running; wait for it to end.</source>
        <translation>Mae cyfnewid eisoes ar waith; arhoswch iddo orffen.</translation>
    </message>
    <message>
        <source>The panel is founded. Invite the other devices with Invite a device.</source>
        <translation>Mae&apos;r panel wedi&apos;i sefydlu. Gwahoddwch y dyfeisiau eraill â&apos;r botwm Gwahodd dyfais.</translation>
    </message>
    <message>
        <source>Approved the change of {name}. It reaches the other devices at the next sync.</source>
        <translation>Cymeradwywyd y newid ar gyfer {name}. Bydd yn cyrraedd y dyfeisiau eraill yn y cysoni nesaf.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wrthi&apos;n cysylltu…</translation>
    </message>
    <message>
        <source>Working on the bundle…</source>
        <translation>Wrthi&apos;n prosesu&apos;r bwndel…</translation>
    </message>
    <message>
        <source>Exchanging with {name}…</source>
        <translation>Wrthi&apos;n cyfnewid â {name}…</translation>
    </message>
    <message>
        <source>Exchanging with {address}…</source>
        <translation>Wrthi&apos;n cyfnewid â {address}…</translation>
    </message>
    <message>
        <source>Receiving: {size}, {applied} changes applied so far</source>
        <translation>Yn derbyn: {size}, wedi cymhwyso {applied} newid hyd yma</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Cysoni wedi gorffen</translation>
    </message>
    <message>
        <source>Sync ended early</source>
        <translation>Daeth y cysoni i ben yn gynnar</translation>
    </message>
    <message>
        <source>Did not sync with {name}. {problem}</source>
        <translation>Heb gysoni â {name}. {problem}</translation>
    </message>
    <message>
        <source>Sync did not happen. {problem}</source>
        <translation>Ni ddigwyddodd y cysoni. {problem}</translation>
    </message>
    <message>
        <source>Sync did not happen</source>
        <translation>Ni ddigwyddodd y cysoni</translation>
    </message>
    <message>
        <source>{name} joined the panel. Their device&apos;s fingerprint is {fingerprint}: check it with them.</source>
        <translation>Mae {name} wedi ymuno â&apos;r panel. Ôl bys y ddyfais yw {fingerprint}: gwiriwch ef gyda&apos;r person.</translation>
    </message>
    <message>
        <source>{name} synced with this device: {received} changes in, {sent} out</source>
        <translation>Cysonodd {name} â&apos;r ddyfais hon: {received} newid i mewn, {sent} allan</translation>
    </message>
    <message>
        <source>A device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <source>An exchange with a device that connected did not finish</source>
        <translation>Ni orffennodd cyfnewid gyda dyfais a gysylltodd</translation>
    </message>
    <message>
        <source>Could not join: {problem}</source>
        <translation>Methu ymuno: {problem}</translation>
    </message>
    <message>
        <source>This device joined the panel.</source>
        <translation>Ymunodd y ddyfais hon â&apos;r panel.</translation>
    </message>
    <message>
        <source>The exchange with {name} did not finish. {problem}</source>
        <translation>Ni orffennodd y cyfnewid gyda {name}. {problem}</translation>
    </message>
    <message>
        <source>Exchanged with {name}, fingerprint {fingerprint}: {received} changes in, {sent} out.</source>
        <translation>Wedi cyfnewid gyda {name}, ôl bys {fingerprint}: {received} newid i mewn, {sent} allan.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>anhysbys</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for a key.</source>
        <translation>
            <numerusform>Mae %n newid yn aros am allwedd.</numerusform>
            <numerusform>Mae %n newid yn aros am allwedd.</numerusform>
            <numerusform>Mae %n newid yn aros am allwedd.</numerusform>
            <numerusform>Mae %n newid yn aros am allwedd.</numerusform>
            <numerusform>Mae %n newid yn aros am allwedd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed a check and were quarantined.</source>
        <translation>
            <numerusform>Methodd %n newid wiriad ac maent wedi&apos;u rhoi mewn cwarantin.</numerusform>
            <numerusform>Methodd %n newid wiriad ac mae wedi&apos;i roi mewn cwarantin.</numerusform>
            <numerusform>Methodd %n newid wiriad ac maent wedi&apos;u rhoi mewn cwarantin.</numerusform>
            <numerusform>Methodd %n newid wiriad ac maent wedi&apos;u rhoi mewn cwarantin.</numerusform>
            <numerusform>Methodd %n newid wiriad ac maent wedi&apos;u rhoi mewn cwarantin.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} connected, but the exchange did not finish. {problem}</source>
        <translation>Cysylltodd {name}, ond ni orffennodd y cyfnewid. {problem}</translation>
    </message>
    <message>
        <source>A device connected, but the exchange did not finish. {problem}</source>
        <translation>Cysylltodd dyfais, ond ni orffennodd y cyfnewid. {problem}</translation>
    </message>
    <message>
        <source>This device is not in a panel yet. Ask the chair for an invitation, then choose Join a panel.</source>
        <translation>Nid yw&apos;r ddyfais hon mewn panel eto. Gofynnwch i&apos;r cadeirydd am wahoddiad, yna dewiswch Ymuno â phanel.</translation>
    </message>
    <message>
        <source>This device founded the panel and chairs it.</source>
        <translation>Y ddyfais hon a sefydlodd y panel, a hi yw dyfais y cadeirydd.</translation>
    </message>
    <message>
        <source>Panel chaired by {name}.
Chair&apos;s fingerprint: {fingerprint}</source>
        <translation>Cadeirydd y panel: {name}.
Ôl bys y cadeirydd: {fingerprint}</translation>
    </message>
    <message>
        <source>This device has been revoked from the panel: it can no longer sync.</source>
        <translation>Mae&apos;r ddyfais hon wedi&apos;i thynnu o&apos;r panel: ni all gysoni mwyach.</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>only the chair may {what}</source>
        <translation>dim ond y cadeirydd a gaiff {what}</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; (roles: {roles})</source>
        <translation>rôl anhysbys &apos;{role}&apos; (rolau: {roles})</translation>
    </message>
    <message>
        <source>no invitation {invite_id} was issued on this device</source>
        <translation>ni chrëwyd gwahoddiad {invite_id} ar y ddyfais hon</translation>
    </message>
    <message>
        <source>invitation {invite_id} is already {current_state}</source>
        <translation>mae gwahoddiad {invite_id} eisoes yn y cyflwr {current_state}</translation>
    </message>
    <message>
        <source>this device issued no such invitation</source>
        <translation>ni chreodd y ddyfais hon wahoddiad o&apos;r fath</translation>
    </message>
    <message>
        <source>the invitation code does not match: check it was typed exactly</source>
        <translation>nid yw&apos;r cod gwahoddiad yn cyfateb: gwiriwch ei fod wedi&apos;i deipio&apos;n union</translation>
    </message>
    <message>
        <source>this invitation was {state}; ask the chair for a new one</source>
        <translation>cyflwr y gwahoddiad hwn yw {state}; gofynnwch i&apos;r cadeirydd am un newydd</translation>
    </message>
    <message>
        <source>this invitation is for the role &apos;{role}&apos;, but the device was set up as &apos;{role2}&apos;</source>
        <translation>mae&apos;r gwahoddiad hwn ar gyfer y rôl &apos;{role}&apos;, ond cafodd y ddyfais ei gosod yn y rôl &apos;{role2}&apos;</translation>
    </message>
    <message>
        <source>this invitation is taken by another device&apos;s admission; ask the chair for a new one</source>
        <translation>mae derbyniad dyfais arall eisoes wedi defnyddio&apos;r gwahoddiad hwn; gofynnwch i&apos;r cadeirydd am un newydd</translation>
    </message>
    <message>
        <source>this device is already known to the panel</source>
        <translation>mae&apos;r panel eisoes yn adnabod y ddyfais hon</translation>
    </message>
    <message>
        <source>{device_id} is not an active member of the panel</source>
        <translation>nid yw {device_id} yn aelod gweithredol o&apos;r panel</translation>
    </message>
    <message>
        <source>name at least one recipient device</source>
        <translation>nodwch o leiaf un ddyfais sy&apos;n derbyn</translation>
    </message>
    <message>
        <source>a bundle is for at most {max_recipients} devices</source>
        <translation>mae bwndel ar gyfer {max_recipients} dyfais ar y mwyaf</translation>
    </message>
    <message>
        <source>the bundle would be too large for a device to import: make one for fewer devices, or sync over the network</source>
        <translation>byddai&apos;r bwndel yn rhy fawr i ddyfais ei fewnforio: gwnewch un ar gyfer llai o ddyfeisiau, neu defnyddiwch y rhwydwaith i gysoni</translation>
    </message>
    <message>
        <source>the file is too large to be a Concord bundle</source>
        <translation>mae&apos;r ffeil yn rhy fawr i fod yn fwndel Concord</translation>
    </message>
    <message>
        <source>this bundle is in an older format ({decode}) that this version of Concord no longer reads: ask the sender to update Concord and export it again; nothing was imported</source>
        <translation>mae&apos;r bwndel hwn mewn fformat hŷn ({decode}) nad yw&apos;r fersiwn hwn o Concord yn ei ddarllen mwyach: gofynnwch i&apos;r anfonwr ddiweddaru Concord a&apos;i allforio eto; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>not a Concord bundle</source>
        <translation>nid yw&apos;n fwndel Concord</translation>
    </message>
    <message>
        <source>the bundle is damaged or truncated ({exc}); nothing was imported</source>
        <translation>mae&apos;r bwndel wedi&apos;i ddifrodi neu&apos;n anghyflawn ({exc}); ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the bundle belongs to another panel; nothing was imported</source>
        <translation>mae&apos;r bwndel yn perthyn i banel arall; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the bundle was not made for this device; nothing was imported</source>
        <translation>ni chafodd y bwndel ei wneud ar gyfer y ddyfais hon; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the bundle does not decrypt: it was altered; nothing was imported</source>
        <translation>nid oes modd dadgryptio&apos;r bwndel: cafodd ei newid; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the bundle&apos;s contents are malformed ({exc}); nothing was imported</source>
        <translation>mae cynnwys y bwndel yn annilys ({exc}); ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the bundle&apos;s sender is not an active member of the panel; nothing was imported</source>
        <translation>nid yw anfonwr y bwndel yn aelod gweithredol o&apos;r panel; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not verify; nothing was imported</source>
        <translation>mae llofnod y bwndel yn methu&apos;r gwiriad; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>this bundle was already imported on {value}; a replay changes nothing</source>
        <translation>cafodd y bwndel hwn ei fewnforio eisoes ar {value}; nid yw ei fewnforio eto yn newid dim</translation>
    </message>
    <message>
        <source>this is not a Concord invitation code (it has characters a code never has)</source>
        <translation>nid yw hwn yn god gwahoddiad Concord (mae ynddo nodau nad ydynt byth mewn cod)</translation>
    </message>
    <message>
        <source>this invitation code is the wrong length: check that it was copied whole</source>
        <translation>mae&apos;r cod gwahoddiad hwn o&apos;r hyd anghywir: gwiriwch ei fod wedi&apos;i gopïo&apos;n gyfan</translation>
    </message>
    <message>
        <source>this invitation code has a typing mistake in it (its check does not match)</source>
        <translation>mae camgymeriad teipio yn y cod gwahoddiad hwn (nid yw ei wiriad yn cyfateb)</translation>
    </message>
    <message>
        <source>this invitation code is of version {version}, which this Concord does not read</source>
        <translation>mae&apos;r cod gwahoddiad hwn o fersiwn {version}, nad yw&apos;r Concord hwn yn ei ddarllen</translation>
    </message>
    <message>
        <source>this file is not a Concord invitation</source>
        <translation>nid yw&apos;r ffeil hon yn wahoddiad Concord</translation>
    </message>
    <message>
        <source>an invitation is valid for more than 0 and at most {max_hours:.0f} hours (got {hours})</source>
        <translation>mae gwahoddiad yn ddilys am fwy na 0 awr a {max_hours:.0f} awr ar y mwyaf (cafwyd {hours})</translation>
    </message>
    <message>
        <source>the peer sent more than {held_limit} envelopes this device holds no key for</source>
        <translation>anfonodd y ddyfais arall fwy na {held_limit} o amlenni nad oes gan y ddyfais hon allwedd ar eu cyfer</translation>
    </message>
    <message>
        <source>the peer sent more than {junk_limit} items that failed a check</source>
        <translation>anfonodd y ddyfais arall fwy na {junk_limit} o eitemau a fethodd wiriad</translation>
    </message>
    <message>
        <source>only a chair&apos;s device can write the relay&apos;s configuration</source>
        <translation>dim ond dyfais cadeirydd a all ysgrifennu ffurfweddiad y gyfnewidfa</translation>
    </message>
    <message>
        <source>the relay&apos;s address is tls://host:port (a cluster: several, with commas)</source>
        <translation>cyfeiriad y gyfnewidfa yw tls://host:port (clwstwr: sawl un, wedi&apos;u gwahanu gan atalnodau)</translation>
    </message>
    <message>
        <source>the relay&apos;s certificate fingerprint is 64 hexadecimal digits (SHA-256)</source>
        <translation>mae ôl bys tystysgrif y gyfnewidfa yn 64 digid hecsadegol (SHA-256)</translation>
    </message>
    <message>
        <source>the relay&apos;s certificate does not match the fingerprint given for it</source>
        <translation>nid yw tystysgrif y gyfnewidfa yn cyfateb i&apos;r ôl bys a roddwyd ar ei chyfer</translation>
    </message>
    <message>
        <source>the relay&apos;s configuration must come from an active chair&apos;s device</source>
        <translation>rhaid i ffurfweddiad y gyfnewidfa ddod o ddyfais cadeirydd gweithredol</translation>
    </message>
    <message>
        <source>the relay&apos;s certificate is not a PEM certificate</source>
        <translation>nid yw tystysgrif y gyfnewidfa yn dystysgrif PEM</translation>
    </message>
    <message>
        <source>this is not a Concord replacement request</source>
        <translation>nid yw hwn yn gais amnewid Concord</translation>
    </message>
    <message>
        <source>this replacement request is for another panel</source>
        <translation>mae&apos;r cais amnewid hwn ar gyfer panel arall</translation>
    </message>
    <message>
        <source>device {old_device} was never a member of this panel</source>
        <translation>ni fu dyfais {old_device} erioed yn aelod o&apos;r panel hwn</translation>
    </message>
    <message>
        <source>the replacement request is not signed by the device it says it replaces</source>
        <translation>nid yw&apos;r cais amnewid wedi&apos;i lofnodi gan y ddyfais y mae&apos;n honni ei disodli</translation>
    </message>
    <message>
        <source>device {old_device} ({name}) is no longer a member: a copy restored from its backup was already taken in, or the device was revoked. This copy is refused; if its person should be a member, set it up afresh and ask for an invitation.</source>
        <translation>nid yw dyfais {old_device} ({name}) yn aelod mwyach: mae copi a adferwyd o&apos;i chopi wrth gefn eisoes wedi&apos;i dderbyn, neu cafodd y ddyfais ei dirymu. Gwrthodir y copi hwn; os dylai&apos;r person sy&apos;n ei defnyddio fod yn aelod, sefydlwch y ddyfais o&apos;r newydd a gofynnwch am wahoddiad.</translation>
    </message>
    <message>
        <source>the restored device names another person, agency or role than the device it replaces</source>
        <translation>mae&apos;r ddyfais a adferwyd yn enwi person, asiantaeth neu rôl sy&apos;n wahanol i rai&apos;r ddyfais y mae&apos;n cymryd ei lle</translation>
    </message>
    <message>
        <source>this device is not in a panel yet</source>
        <translation>nid yw&apos;r ddyfais hon mewn panel eto</translation>
    </message>
    <message>
        <source>this device&apos;s membership log cannot be read: {exc}</source>
        <translation>ni ellir darllen log aelodaeth y ddyfais hon: {exc}</translation>
    </message>
    <message>
        <source>this device is already in a panel</source>
        <translation>mae&apos;r ddyfais hon eisoes mewn panel</translation>
    </message>
    <message>
        <source>only the chair&apos;s device founds a panel</source>
        <translation>dim ond dyfais y cadeirydd a all sefydlu panel</translation>
    </message>
    <message>
        <source>the admission of {name} as {role} waits for approval by {missing}: once a device of each has approved it (concord panel approve {device_id}), admit the same request again</source>
        <translation>mae derbyn {name} yn rôl {role} yn aros am gymeradwyaeth gan {missing}: unwaith y bydd dyfais o bob un wedi&apos;i gymeradwyo (concord panel approve {device_id}), derbyniwch yr un cais eto</translation>
    </message>
    <message>
        <source>this is not a Concord admission</source>
        <translation>nid yw hwn yn dderbyniad Concord</translation>
    </message>
    <message>
        <source>the membership log does not admit this device</source>
        <translation>nid yw&apos;r log aelodaeth yn derbyn y ddyfais hon</translation>
    </message>
    <message>
        <source>the panel admitted this device as &apos;{role}&apos;, but it was set up as &apos;{role2}&apos;</source>
        <translation>derbyniodd y panel y ddyfais hon yn y rôl &apos;{role}&apos;, ond cafodd ei gosod yn y rôl &apos;{role2}&apos;</translation>
    </message>
    <message>
        <source>this device was restored from a member of another panel; it may rejoin only that panel</source>
        <translation>cafodd y ddyfais hon ei hadfer o aelod o banel arall; dim ond i&apos;r panel hwnnw y caiff ailymuno</translation>
    </message>
    <message>
        <source>the admission is for a panel founded by another device than the one that sent it</source>
        <translation>mae&apos;r derbyniad ar gyfer panel a sefydlwyd gan ddyfais wahanol i&apos;r un a&apos;i anfonodd</translation>
    </message>
    <message>
        <source>the admission&apos;s certificates do not match the panel&apos;s founding key and this device</source>
        <translation>nid yw tystysgrifau&apos;r derbyniad yn cyfateb i allwedd sefydlu&apos;r panel a&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>only the chair may change the panel&apos;s membership</source>
        <translation>dim ond y cadeirydd a gaiff newid aelodaeth y panel</translation>
    </message>
    <message>
        <source>only the chair may hold, release or erase a case</source>
        <translation>dim ond y cadeirydd a gaiff wahardd, rhyddhau neu ddileu achos</translation>
    </message>
    <message>
        <source>only the chair may adopt a new agreement</source>
        <translation>dim ond y cadeirydd all fabwysiadu cytundeb newydd</translation>
    </message>
    <message>
        <source>the panel refused the change: {get}</source>
        <translation>gwrthododd y panel y newid: {get}</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos;</source>
        <translation>rôl anhysbys &apos;{role}&apos;</translation>
    </message>
    <message>
        <source>no active member {device_id}</source>
        <translation>dim aelod gweithredol {device_id}</translation>
    </message>
    <message>
        <source>{name} already has the role {role}</source>
        <translation>mae gan {name} y rôl {role} eisoes</translation>
    </message>
    <message>
        <source>no role change or admission of {device_id} waits for approval</source>
        <translation>nid oes newid rôl na derbyniad ar gyfer {device_id} yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>this device is not an active member of its panel</source>
        <translation>nid yw&apos;r ddyfais hon yn aelod gweithredol o&apos;i phanel</translation>
    </message>
    <message>
        <source>this approval would not count: {get}</source>
        <translation>ni fyddai&apos;r gymeradwyaeth hon yn cyfrif: {get}</translation>
    </message>
    <message>
        <source>this device is not in a panel yet, so there are no panel peers to find</source>
        <translation>nid yw&apos;r ddyfais hon mewn panel eto, felly nid oes dyfeisiau panel i ddod o hyd iddynt</translation>
    </message>
    <message>
        <source>a device id is 32 lowercase hex characters; refusing to advertise anything else</source>
        <translation>mae dynodydd dyfais yn 32 nod hecs mewn llythrennau bach; ni chaiff dim arall ei gyhoeddi</translation>
    </message>
    <message>
        <source>local network discovery is not available ({exc}); {fallback_hint}</source>
        <translation>nid yw darganfod ar y rhwydwaith lleol ar gael ({exc}); {fallback_hint}</translation>
    </message>
    <message>
        <source>no network interface here can carry local network discovery; {fallback_hint}</source>
        <translation>nid oes rhyngwyneb rhwydwaith yma a all gynnal darganfod ar y rhwydwaith lleol; {fallback_hint}</translation>
    </message>
    <message>
        <source>{text} is not an IP address</source>
        <translation>nid yw {text} yn gyfeiriad IP</translation>
    </message>
    <message>
        <source>cannot advertise port {port}</source>
        <translation>ni ellir cyhoeddi porth {port}</translation>
    </message>
    <message>
        <source>this device has no IPv4 address to advertise; {fallback_hint}</source>
        <translation>nid oes gan y ddyfais hon gyfeiriad IPv4 i&apos;w gyhoeddi; {fallback_hint}</translation>
    </message>
    <message>
        <source>could not advertise on the local network ({exc}); {fallback_hint}</source>
        <translation>methu cyhoeddi ar y rhwydwaith lleol ({exc}); {fallback_hint}</translation>
    </message>
    <message>
        <source>could not re-announce on the local network ({exc})</source>
        <translation>methu ailgyhoeddi ar y rhwydwaith lleol ({exc})</translation>
    </message>
    <message>
        <source>could not look for peers on the local network ({exc}); {fallback_hint}</source>
        <translation>methu chwilio am ddyfeisiau&apos;r panel ar y rhwydwaith lleol ({exc}); {fallback_hint}</translation>
    </message>
    <message>
        <source>the other device closed the connection</source>
        <translation>caeodd y ddyfais arall y cysylltiad</translation>
    </message>
    <message>
        <source>the other device sent a frame of {length} bytes, outside the limits of joining</source>
        <translation>anfonodd y ddyfais arall ffrâm o {length} beit, y tu hwnt i&apos;r terfynau ar gyfer ymuno</translation>
    </message>
    <message>
        <source>the other device did not follow the joining exchange</source>
        <translation>ni ddilynodd y ddyfais arall y cyfnewid ymuno</translation>
    </message>
    <message>
        <source>a malformed join request: {exc}</source>
        <translation>cais annilys i ymuno: {exc}</translation>
    </message>
    <message>
        <source>refused a join: {exc}</source>
        <translation>gwrthodwyd cais i ymuno: {exc}</translation>
    </message>
    <message>
        <source>this invitation has expired (check this computer&apos;s clock if that seems wrong); ask the chair for a new one</source>
        <translation>mae&apos;r gwahoddiad hwn wedi dod i ben (gwiriwch gloc y cyfrifiadur hwn os yw hynny&apos;n ymddangos yn anghywir); gofynnwch i&apos;r cadeirydd am un newydd</translation>
    </message>
    <message>
        <source>cannot reach {host}:{port} ({why})</source>
        <translation>ni ellir cyrraedd {host}:{port} ({why})</translation>
    </message>
    <message>
        <source>the device at {host}:{port} is not the chair who issued this invitation: its fingerprint is {fingerprint_of}, the invitation names {chair_fingerprint}</source>
        <translation>nid yw&apos;r ddyfais yn {host}:{port} yn perthyn i&apos;r cadeirydd a greodd y gwahoddiad hwn: ei hôl bys yw {fingerprint_of}, ond mae&apos;r gwahoddiad yn enwi {chair_fingerprint}</translation>
    </message>
    <message>
        <source>the device at {host}:{port} showed the chair&apos;s key but not a certificate made with it</source>
        <translation>dangosodd y ddyfais yn {host}:{port} allwedd y cadeirydd ond nid tystysgrif a wnaed â hi</translation>
    </message>
    <message>
        <source>the chair&apos;s device sent a malformed reply ({exc})</source>
        <translation>anfonodd dyfais y cadeirydd ateb annilys ({exc})</translation>
    </message>
    <message>
        <source>the join with {host}:{port} broke off ({exc})</source>
        <translation>daeth y broses ymuno â {host}:{port} i ben ar ei hanner ({exc})</translation>
    </message>
    <message>
        <source>the chair&apos;s device refused: {decode}</source>
        <translation>gwrthododd dyfais y cadeirydd: {decode}</translation>
    </message>
    <message>
        <source>the relay certificate on this device does not match its pinned fingerprint</source>
        <translation>nid yw tystysgrif y gyfnewidfa ar y ddyfais hon yn cyfateb i&apos;r ôl bys a bennwyd ar ei chyfer</translation>
    </message>
    <message>
        <source>the chair&apos;s device that set up the relay is not in this panel&apos;s membership log</source>
        <translation>nid yw dyfais y cadeirydd a sefydlodd y gyfnewidfa yn log aelodaeth y panel hwn</translation>
    </message>
    <message>
        <source>cannot reach the relay at {url}: {why}</source>
        <translation>ni ellir cyrraedd y gyfnewidfa yn {url}: {why}</translation>
    </message>
    <message>
        <source>the relay did not answer in time; nothing is lost, sync again shortly</source>
        <translation>ni atebodd y gyfnewidfa mewn pryd; does dim wedi&apos;i golli, ceisiwch gysoni eto cyn bo hir</translation>
    </message>
    <message>
        <source>the relay connection broke off ({why})</source>
        <translation>daeth y cysylltiad â&apos;r gyfnewidfa i ben ar ei hanner ({why})</translation>
    </message>
    <message>
        <source>the relay refused a letter ({why})</source>
        <translation>gwrthododd y gyfnewidfa lythyr ({why})</translation>
    </message>
    <message>
        <source>the relay has no mailboxes for this panel yet: the chair&apos;s device must sync through it once</source>
        <translation>nid oes gan y gyfnewidfa flychau post ar gyfer y panel hwn eto: rhaid i ddyfais y cadeirydd gysoni drwyddi unwaith</translation>
    </message>
    <message>
        <source>the relay did not acknowledge a letter; it will be sent again</source>
        <translation>ni chadarnhaodd y gyfnewidfa iddi dderbyn llythyr; caiff ei anfon eto</translation>
    </message>
    <message>
        <source>the connection to the relay was lost</source>
        <translation>collwyd y cysylltiad â&apos;r gyfnewidfa</translation>
    </message>
    <message>
        <source>{host}:{port} is not a member of this panel ({why})</source>
        <translation>nid yw {host}:{port} yn aelod o&apos;r panel hwn ({why})</translation>
    </message>
    <message>
        <source>the exchange with {host}:{port} broke off ({exc})</source>
        <translation>daeth y cyfnewid â {host}:{port} i ben ar ei hanner ({exc})</translation>
    </message>
    <message>
        <source>this device is serving as many sessions as it may; try again shortly</source>
        <translation>mae&apos;r ddyfais hon eisoes yn gwasanaethu&apos;r nifer mwyaf o sesiynau a ganiateir; rhowch gynnig arall arni cyn bo hir</translation>
    </message>
    <message>
        <source>the device already has {per_device} sessions open here</source>
        <translation>mae gan y ddyfais {per_device} sesiwn ar agor yma eisoes</translation>
    </message>
    <message>
        <source>audit heads from a device that is not a member</source>
        <translation>pennau log archwilio gan ddyfais nad yw&apos;n aelod</translation>
    </message>
    <message>
        <source>the peer sent a malformed audit head: {exc}</source>
        <translation>anfonodd y ddyfais arall ben log archwilio annilys: {exc}</translation>
    </message>
    <message>
        <source>the peer sent the audit head of a third device</source>
        <translation>anfonodd y ddyfais arall ben log archwilio trydedd ddyfais</translation>
    </message>
    <message>
        <source>the peer sent an audit head whose signature does not verify</source>
        <translation>anfonodd y ddyfais arall ben log archwilio y mae ei lofnod yn methu&apos;r gwiriad</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The time of this exchange could not be recorded.</source>
        <translation>Nid oedd modd cofnodi amser y cyfnewid hwn.</translation>
    </message>
    <message>
        <source>Other devices will not find this one on the network by themselves; give them its address.</source>
        <translation>Ni fydd dyfeisiau eraill yn dod o hyd i&apos;r ddyfais hon ar y rhwydwaith ar eu pen eu hunain; rhowch ei chyfeiriad iddynt.</translation>
    </message>
    <message>
        <source>Devices on this network cannot be listed here; choose Connect by address and type the other laptop&apos;s address instead.</source>
        <translation>Nid oes modd rhestru dyfeisiau&apos;r rhwydwaith hwn yma; dewiswch Cysylltu drwy gyfeiriad a theipiwch gyfeiriad y gliniadur arall yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth gyfrifol</translation>
    </message>
    <message>
        <source>The agency that owns the action</source>
        <translation>Yr asiantaeth sy&apos;n gyfrifol am y cam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>The person who owns the action</source>
        <translation>Y person sy&apos;n gyfrifol am y cam gweithredu</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>When the action should be done</source>
        <translation>Pryd y dylid cyflawni&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>The status last reported</source>
        <translation>Y statws a adroddwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Dyddiad adrodd</translation>
    </message>
    <message>
        <source>The day the status was reported</source>
        <translation>Y diwrnod yr adroddwyd y statws</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Dyddiad codi</translation>
    </message>
    <message>
        <source>The day the action was agreed</source>
        <translation>Y diwrnod y cytunwyd ar y cam gweithredu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>OVERDUE: still open after its target date</source>
        <translation>YN HWYR: yn dal ar agor ar ôl ei ddyddiad targed</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
</context>
<context>
    <name>TrackerView</name>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Asiantaeth gyfrifol</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Any part of the owner&apos;s name</source>
        <translation>Unrhyw ran o enw&apos;r perchennog</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Ope&amp;n only</source>
        <translation>A&amp;gored yn unig</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>&amp;Hwyr yn unig</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Allforio &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the actions shown as a CSV file</source>
        <translation>Cadw&apos;r camau gweithredu a ddangosir fel ffeil CSV</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;siantaeth:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>The actions cannot be shown: {problem}</source>
        <translation>Nid oes modd dangos y camau gweithredu: {problem}</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Pob asiantaeth</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} actions; {overdue} of those shown OVERDUE</source>
        <translation>Yn dangos {shown} o {total} cam gweithredu; mae {overdue} o&apos;r rhain yn HWYR</translation>
    </message>
    <message>
        <source>Export the actions shown</source>
        <translation>Allforio&apos;r camau gweithredu a ddangosir</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Heb eu hallforio</translation>
    </message>
    <message>
        <source>The actions could not be saved: {problem}</source>
        <translation>Nid oedd modd cadw&apos;r camau gweithredu: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) exported to {path}</source>
        <translation>
            <numerusform>%n cam gweithredu wedi&apos;u hallforio i {path}</numerusform>
            <numerusform>%n cam gweithredu wedi&apos;i allforio i {path}</numerusform>
            <numerusform>%n cam gweithredu wedi&apos;u hallforio i {path}</numerusform>
            <numerusform>%n cam gweithredu wedi&apos;u hallforio i {path}</numerusform>
            <numerusform>%n cam gweithredu wedi&apos;u hallforio i {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <source>Sign-off inbox</source>
        <translation>Mewnflwch cymeradwyaeth</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Yn aros amdanoch chi</translation>
    </message>
    <message>
        <source>What waits, in words</source>
        <translation>Beth sy&apos;n aros, mewn geiriau</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Since or due</source>
        <translation>Ers neu erbyn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Work waiting for you</source>
        <translation>Gwaith sy&apos;n aros amdanoch chi</translation>
    </message>
    <message>
        <source>Op&amp;en the case</source>
        <translation>Agor yr ac&amp;hos</translation>
    </message>
    <message>
        <source>Decide and si&amp;gn…</source>
        <translation>Penderfynu a &amp;llofnodi…</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Gwirio eto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Rhybudd: {text}</translation>
    </message>
    <message>
        <source>No sign-off request waits for your decision.</source>
        <translation>Nid oes cais am gymeradwyaeth yn aros am eich penderfyniad.</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off request(s) wait for your decision, oldest first.</source>
        <translation>
            <numerusform>Mae %n cais am gymeradwyaeth yn aros am eich penderfyniad, yr hynaf yn gyntaf.</numerusform>
            <numerusform>Mae %n cais am gymeradwyaeth yn aros am eich penderfyniad, yr hynaf yn gyntaf.</numerusform>
            <numerusform>Mae %n cais am gymeradwyaeth yn aros am eich penderfyniad, yr hynaf yn gyntaf.</numerusform>
            <numerusform>Mae %n cais am gymeradwyaeth yn aros am eich penderfyniad, yr hynaf yn gyntaf.</numerusform>
            <numerusform>Mae %n cais am gymeradwyaeth yn aros am eich penderfyniad, yr hynaf yn gyntaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) need attention on your cases.</source>
        <translation>
            <numerusform>Mae angen sylw ar %n eitem arall yn eich achosion.</numerusform>
            <numerusform>Mae angen sylw ar %n eitem arall yn eich achosion.</numerusform>
            <numerusform>Mae angen sylw ar %n eitem arall yn eich achosion.</numerusform>
            <numerusform>Mae angen sylw ar %n eitem arall yn eich achosion.</numerusform>
            <numerusform>Mae angen sylw ar %n eitem arall yn eich achosion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for you, most urgent first.</source>
        <translation>
            <numerusform>Mae %n eitem yn aros amdanoch, y mwyaf brys yn gyntaf.</numerusform>
            <numerusform>Mae %n eitem yn aros amdanoch, y mwyaf brys yn gyntaf.</numerusform>
            <numerusform>Mae %n eitem yn aros amdanoch, y mwyaf brys yn gyntaf.</numerusform>
            <numerusform>Mae %n eitem yn aros amdanoch, y mwyaf brys yn gyntaf.</numerusform>
            <numerusform>Mae %n eitem yn aros amdanoch, y mwyaf brys yn gyntaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you on this device&apos;s cases.</source>
        <translation>Nid oes dim yn aros amdanoch chi yn achosion y ddyfais hon.</translation>
    </message>
    <message>
        <source>Some cases could not be checked ({n}); open them to see why.</source>
        <translation>Nid oedd modd gwirio rhai achosion ({n}); agorwch nhw i weld pam.</translation>
    </message>
    <message>
        <source>waiting {days}</source>
        <translation>yn aros ers {days}</translation>
    </message>
    <message>
        <source>{days} late</source>
        <translation>{days} yn hwyr</translation>
    </message>
    <message>
        <source>due in {days}</source>
        <translation>yn ddyledus ymhen {days}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>yn ddyledus heddiw</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <source>Warning: {text}</source>
        <translation>Rhybudd: {text}</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>something has happened since the last assessment</source>
        <translation>mae rhywbeth wedi digwydd ers yr asesiad diwethaf</translation>
    </message>
    <message>
        <source>after the last assessment</source>
        <translation>ar ôl yr asesiad diwethaf</translation>
    </message>
    <message>
        <source>Risk review overdue (due {why})</source>
        <translation>Adolygiad risg yn hwyr (yn ddyledus {why})</translation>
    </message>
    <message>
        <source>OVERDUE: the risk review is late</source>
        <translation>YN HWYR: mae&apos;r adolygiad risg yn hwyr</translation>
    </message>
    <message>
        <source>Risk review due soon (due {why})</source>
        <translation>Adolygiad risg yn ddyledus cyn bo hir (yn ddyledus {why})</translation>
    </message>
    <message>
        <source>Sign-off requested by {who}</source>
        <translation>Gofynnwyd am gymeradwyaeth gan {who}</translation>
    </message>
    <message>
        <source>the police lead</source>
        <translation>arweinydd yr heddlu</translation>
    </message>
    <message>
        <source>The sign-off no longer covers the case as it is: {why}</source>
        <translation>Nid yw&apos;r gymeradwyaeth bellach yn cwmpasu&apos;r achos fel y mae: {why}</translation>
    </message>
    <message>
        <source>STALE: the approval was given on data that has since changed</source>
        <translation>WEDI DYDDIO: rhoddwyd y gymeradwyaeth ar sail data sydd wedi newid ers hynny</translation>
    </message>
    <message>
        <source>Aftercare check-in with the survivor</source>
        <translation>Sgwrs ddilynol ôl-ofal gyda&apos;r goroeswr</translation>
    </message>
    <message>
        <source>(in {language})</source>
        <translation>(iaith: {language})</translation>
    </message>
    <message>
        <source>OVERDUE: the check-in is late</source>
        <translation>YN HWYR: mae&apos;r sgwrs ddilynol yn hwyr</translation>
    </message>
    <message>
        <source>Action for {owner}: {action}</source>
        <translation>Cam gweithredu i {owner}: {action}</translation>
    </message>
    <message>
        <source>OVERDUE: past its target date</source>
        <translation>YN HWYR: wedi mynd heibio i&apos;w ddyddiad targed</translation>
    </message>
</context>
<context>
    <name>_Part</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>_SealedFileDialog</name>
    <message>
        <source>Backup file</source>
        <translation>Ffeil copi wrth gefn</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>{name}, {role} ({agency})</source>
        <translation>{name}, {role} ({agency})</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Panel devices</source>
        <translation>Dyfeisiau&apos;r panel</translation>
    </message>
    <message>
        <source>Each device by the person using it and their agency. Press Enter on a device on this network to sync with it.</source>
        <translation>Pob dyfais yn ôl y person sy&apos;n ei defnyddio a&apos;i asiantaeth. Pwyswch Enter ar ddyfais ar y rhwydwaith hwn i gysoni â hi.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
</context>
</TS>
