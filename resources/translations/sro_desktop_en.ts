<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>keine Datei geöffnet</source>
            <translation>no file open</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Lizenz</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Geöffnete Datei</source>
            <translation>Open file</translation>
        </message>
        <message>
            <source>Sicherungen</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Betriebssystem</source>
            <translation>Operating system</translation>
        </message>
        <message>
            <source>Über SRO Desktop</source>
            <translation>About SRO Desktop</translation>
        </message>
        <message>
            <source>Symbol von SRO Desktop</source>
            <translation>SRO Desktop icon</translation>
        </message>
        <message>
            <source>Sitzungen, Beschlüsse und Aufgaben der Steuerungsgruppe Sozialraumorientierung.</source>
            <translation>Meetings, decisions and tasks of the social area orientation steering group.</translation>
        </message>
        <message>
            <source>&amp;Kopieren</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Kopieren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Diese Angaben als Text in die Zwischenablage kopieren, etwa für eine Anfrage an den Support</source>
            <translation>Copy this information to the clipboard as text, for example for a support request</translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Auf die Tagesordnung setzen</source>
            <translation>Put on the agenda</translation>
        </message>
        <message>
            <source>Empfehlung %1 „%2“ in dieser Sitzung beraten:</source>
            <translation>Discuss recommendation %1 ‘%2’ in this meeting:</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source> Min.</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Dauer in Minuten</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <source>&amp;Sitzung:</source>
            <translation>&amp;Meeting:</translation>
        </message>
        <message>
            <source>&amp;Dauer:</source>
            <translation>&amp;Duration:</translation>
        </message>
        <message>
            <source>Auf &amp;Tagesordnung setzen</source>
            <translation>Put on the &amp;agenda</translation>
        </message>
    </context>
    <context>
        <name>AgendaKind</name>
        <message>
            <source>Information</source>
            <translation>information</translation>
        </message>
        <message>
            <source>Beratung</source>
            <translation>discussion</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>decision</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>TOP</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Vortrag</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <source>Dauer</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>öff.</source>
            <translation>pub.</translation>
        </message>
        <message>
            <source>öffentlich</source>
            <translation>public</translation>
        </message>
        <message>
            <source>%1 (vertagt)</source>
            <translation>%1 (postponed)</translation>
        </message>
        <message>
            <source>vertagt</source>
            <translation>postponed</translation>
        </message>
        <message>
            <source>Die Dauer bitte in Minuten angeben.</source>
            <translation>Please give the duration in minutes.</translation>
        </message>
        <message>
            <source>TOP ändern</source>
            <translation>Change item</translation>
        </message>
        <message>
            <source>TOP verschieben</source>
            <translation>Move item</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Tagesordnung</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Neuen Tagesordnungspunkt anlegen (Strg+N)</source>
            <translation>Add a new agenda item (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Standard-TOPs einfügen</source>
            <translation>Insert standard items</translation>
        </message>
        <message>
            <source>▲</source>
            <translation>▲</translation>
        </message>
        <message>
            <source>TOP nach oben (Alt+↑)</source>
            <translation>Move item up (Alt+↑)</translation>
        </message>
        <message>
            <source>TOP nach oben</source>
            <translation>Move item up</translation>
        </message>
        <message>
            <source>▼</source>
            <translation>▼</translation>
        </message>
        <message>
            <source>TOP nach unten (Alt+↓)</source>
            <translation>Move item down (Alt+↓)</translation>
        </message>
        <message>
            <source>TOP nach unten</source>
            <translation>Move item down</translation>
        </message>
        <message>
            <source>+ TO&amp;P</source>
            <translation>+ &amp;Item</translation>
        </message>
        <message>
            <source>O&amp;ffene Punkte übernehmen</source>
            <translation>Carr&amp;y over open points</translation>
        </message>
        <message>
            <source>TOP l&amp;öschen</source>
            <translation>Delete item</translation>
        </message>
        <message>
            <source>vertagt</source>
            <translation>postponed</translation>
        </message>
        <message>
            <source>TOP vertagt</source>
            <translation>Item postponed</translation>
        </message>
        <message>
            <source>Der TOP wird vertagt; „Offene Punkte übernehmen“ bringt ihn in eine spätere Sitzung.</source>
            <translation>The item is postponed; ‘Carry over open points’ brings it into a later meeting.</translation>
        </message>
        <message>
            <source>TOP anlegen</source>
            <translation>Add item</translation>
        </message>
        <message>
            <source>Neuer Tagesordnungspunkt</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <source>Standard-TOPs einfügen</source>
            <translation>Insert standard items</translation>
        </message>
        <message>
            <source>Alle Standard-TOPs sind schon da.</source>
            <translation>All standard items are already there.</translation>
        </message>
        <message>
            <source>Offene Punkte übernehmen</source>
            <translation>Carry over open points</translation>
        </message>
        <message>
            <source>Offene Punkte übernommen</source>
            <translation>Open points carried over</translation>
        </message>
        <message>
            <source>Übernommen: %1 vertagte TOPs, %2 Aufgaben zur Wiedervorlage, %3 Empfehlungen des Beirats.</source>
            <translation>Carried over: %1 postponed items, %2 tasks for follow-up, %3 recommendations of the advisory board.</translation>
        </message>
        <message>
            <source>TOP vertagen</source>
            <translation>Postpone item</translation>
        </message>
        <message>
            <source>TOP nicht mehr vertagt</source>
            <translation>Item no longer postponed</translation>
        </message>
        <message>
            <source>TOP verschieben</source>
            <translation>Move item</translation>
        </message>
        <message>
            <source>TOP löschen</source>
            <translation>Delete item</translation>
        </message>
    </context>
    <context>
        <name>AllowanceExport</name>
        <message>
            <source>Sit&amp;zungsgeld …</source>
            <translation>Attendance &amp;allowance …</translation>
        </message>
        <message>
            <source>Sitzungsgeld</source>
            <translation>Attendance allowance</translation>
        </message>
        <message>
            <source>Jahr</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>&amp;Jahr</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>Kein Gremium</source>
            <translation>No body</translation>
        </message>
        <message>
            <source>Zuerst ein Gremium anlegen.</source>
            <translation>Create a body first.</translation>
        </message>
    </context>
    <context>
        <name>AllowancesTab</name>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Sitzungsgeld</source>
            <translation>Attendance allowance</translation>
        </message>
        <message>
            <source>Fahrtkosten</source>
            <translation>Travel costs</translation>
        </message>
        <message>
            <source>gültig ab</source>
            <translation>valid from</translation>
        </message>
        <message>
            <source>gültig bis</source>
            <translation>valid to</translation>
        </message>
        <message>
            <source>auch Verwaltung</source>
            <translation>public office too</translation>
        </message>
        <message>
            <source>Sitzungsgeldsätze</source>
            <translation>Attendance allowance rates</translation>
        </message>
        <message>
            <source>Seiten ohne Satz erhalten kein Sitzungsgeld; Gäste und die Protokollführung nie. Export › Sitzungsgeld … schreibt die Abrechnung eines Jahres.</source>
            <translation>Sides without a rate receive no attendance allowance; guests and the minute-taker never do. Export › Attendance allowance … writes the statement for a year.</translation>
        </message>
        <message>
            <source>Satz hinzu&amp;fügen …</source>
            <translation>&amp;Add rate …</translation>
        </message>
        <message>
            <source>Satz ä&amp;ndern …</source>
            <translation>Chan&amp;ge rate …</translation>
        </message>
        <message>
            <source>Satz en&amp;tfernen</source>
            <translation>&amp;Remove rate</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Sitzungsgeld festlegen</source>
            <translation>Set attendance allowance</translation>
        </message>
        <message>
            <source>Sitzungsgeld ändern</source>
            <translation>Change attendance allowance</translation>
        </message>
        <message>
            <source>Sitzungsgeld entfernen</source>
            <translation>Remove attendance allowance</translation>
        </message>
        <message>
            <source>Diesen Sitzungsgeldsatz entfernen? Die Abrechnung zählt ihn dann nicht mehr.</source>
            <translation>Remove this attendance allowance rate? The statement will then no longer count it.</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>Die Änderung wurde nicht gespeichert: %1</source>
            <translation>The change was not saved: %1</translation>
        </message>
        <message>
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Rückgängig nicht möglich</source>
            <translation>Undo not possible</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Protokoll genehmigen</source>
            <translation>Approve minutes</translation>
        </message>
        <message>
            <source>Genehmigt in der Sitzung</source>
            <translation>Approved in the meeting</translation>
        </message>
        <message>
            <source>Zu TOP</source>
            <translation>Under item</translation>
        </message>
        <message>
            <source>Genehmigt in der &amp;Sitzung</source>
            <translation>Approved in the &amp;meeting</translation>
        </message>
        <message>
            <source>zu &amp;TOP</source>
            <translation>under &amp;item</translation>
        </message>
        <message>
            <source>– ohne TOP –</source>
            <translation>– no item –</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>Mitglied</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Seite, Rolle</source>
            <translation>Side, role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Vertreten durch</source>
            <translation>Represented by</translation>
        </message>
        <message>
            <source>ab TOP</source>
            <translation>from item</translation>
        </message>
        <message>
            <source>bis vor TOP</source>
            <translation>until before item</translation>
        </message>
        <message>
            <source>Wechsel ab TOP</source>
            <translation>Handover from item</translation>
        </message>
        <message>
            <source>TOP %1 %2</source>
            <translation>Item %1 %2</translation>
        </message>
        <message>
            <source>– nicht erfasst –</source>
            <translation>– not recorded –</translation>
        </message>
        <message>
            <source>von Beginn</source>
            <translation>from the start</translation>
        </message>
        <message>
            <source>bis Ende</source>
            <translation>until the end</translation>
        </message>
        <message>
            <source>Status von %1</source>
            <translation>Status of %1</translation>
        </message>
        <message>
            <source> (ohne Stimmrecht)</source>
            <translation> (non-voting)</translation>
        </message>
        <message>
            <source>Stellvertretung: %1</source>
            <translation>Deputy: %1</translation>
        </message>
        <message>
            <source>Ab diesem TOP übernimmt %1 den Sitz selbst von der Stellvertretung</source>
            <translation>From this item, %1 takes over the seat from the deputy</translation>
        </message>
        <message>
            <source>Ab diesem TOP übernimmt die Stellvertretung den Sitz von %1</source>
            <translation>From this item, the deputy takes over the seat from %1</translation>
        </message>
        <message>
            <source>Anwesenheit ändern</source>
            <translation>Change attendance</translation>
        </message>
    </context>
    <context>
        <name>AttendanceStatus</name>
        <message>
            <source>anwesend</source>
            <translation>present</translation>
        </message>
        <message>
            <source>entschuldigt</source>
            <translation>excused</translation>
        </message>
        <message>
            <source>abwesend</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>vertreten</source>
            <translation>represented</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Anwesenheitsliste</source>
            <translation>Attendance list</translation>
        </message>
        <message>
            <source>Alle anwesend</source>
            <translation>All present</translation>
        </message>
        <message>
            <source>Alle Mitglieder ohne eingetragenen Status als anwesend eintragen; „entschuldigt“, „vertreten“ usw. bleiben</source>
            <translation>Mark all members without a recorded status as present; ‘excused’, ‘represented’ etc. stay</translation>
        </message>
        <message>
            <source>Gäste</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Name des Gastes</source>
            <translation>Name of the guest</translation>
        </message>
        <message>
            <source>Organisation des Gastes</source>
            <translation>Organisation of the guest</translation>
        </message>
        <message>
            <source>&amp;Gast hinzufügen</source>
            <translation>Add guest</translation>
        </message>
        <message>
            <source>G&amp;äste:</source>
            <translation>Guests:</translation>
        </message>
        <message>
            <source>&amp;Verlauf …</source>
            <translation>&amp;History …</translation>
        </message>
        <message>
            <source>Anwesenheit von %1</source>
            <translation>Attendance of %1</translation>
        </message>
        <message>
            <source>Gast hinzufügen</source>
            <translation>Add guest</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>Keine automatische Sicherung: %1</source>
            <translation>No automatic backup: %1</translation>
        </message>
        <message>
            <source>Automatische Sicherung angelegt (%1).</source>
            <translation>Automatic backup made (%1).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Sicherungen nicht lesbar</source>
            <translation>Backups not readable</translation>
        </message>
        <message>
            <source>Nicht wiederhergestellt</source>
            <translation>Not restored</translation>
        </message>
        <message>
            <source>Sicherung vom %1 wiederhergestellt.</source>
            <translation>Backup of %1 restored.</translation>
        </message>
        <message>
            <source>Der vorherige Stand ist gesichert (%1).</source>
            <translation>The previous state has been backed up (%1).</translation>
        </message>
    </context>
    <context>
        <name>BodiesView</name>
        <message>
            <source>Gremien &amp; Mitglieder</source>
            <translation>Bodies &amp; Members</translation>
        </message>
        <message>
            <source>Noch kein Gremium in dieser Datei</source>
            <translation>No body in this file yet</translation>
        </message>
        <message>
            <source>Legen Sie zuerst das Gremium an, dessen Sitzungen Sie vorbereiten und protokollieren – zum Beispiel die Steuerungsgruppe. Eine Steuerungsgruppe bekommt gleich die Seiten Verwaltung und Freie Träger (paritätisch) sowie Wissenschaft und Projektberatung; danach tragen Sie die Mitglieder ein.</source>
            <translation>First create the body whose meetings you prepare and minute – for example the steering group. A steering group straight away gets the sides Administration and Independent providers (parity) as well as Science and Project consultancy; after that you enter the members.</translation>
        </message>
        <message>
            <source>&amp;Gremium anlegen …</source>
            <translation>&amp;Create body …</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kürzel</source>
            <translation>Abbreviation</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>berät</source>
            <translation>advises</translation>
        </message>
        <message>
            <source>Gremien</source>
            <translation>Bodies</translation>
        </message>
        <message>
            <source>Gr&amp;emien</source>
            <translation>&amp;Bodies</translation>
        </message>
        <message>
            <source>Parität</source>
            <translation>Parity</translation>
        </message>
        <message>
            <source>Stimmberechtigte Mitglieder der paritätischen Seiten am heutigen Tag</source>
            <translation>Voting members of the parity sides as of today</translation>
        </message>
        <message>
            <source>Gremium, Personen und Organisationen</source>
            <translation>Body, people and organisations</translation>
        </message>
        <message>
            <source>&amp;Mitglieder</source>
            <translation>&amp;Members</translation>
        </message>
        <message>
            <source>&amp;Seiten und Regeln</source>
            <translation>&amp;Sides and rules</translation>
        </message>
        <message>
            <source>&amp;Personen</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <source>&amp;Organisationen</source>
            <translation>&amp;Organisations</translation>
        </message>
        <message>
            <source>Textba&amp;usteine</source>
            <translation>Text mod&amp;ules</translation>
        </message>
        <message>
            <source>Sit&amp;zungsgeld</source>
            <translation>Attendance allo&amp;wance</translation>
        </message>
        <message>
            <source>noch keine Mitglieder</source>
            <translation>no members yet</translation>
        </message>
        <message>
            <source>Gremium anlegen</source>
            <translation>Create body</translation>
        </message>
    </context>
    <context>
        <name>BodyDialog</name>
        <message>
            <source>Gremium anlegen</source>
            <translation>Create body</translation>
        </message>
        <message>
            <source>z. B. Steuerungsgruppe Sozialraumorientierung</source>
            <translation>e.g. Social Area Orientation Steering Group</translation>
        </message>
        <message>
            <source>z. B. SG</source>
            <translation>e.g. SG</translation>
        </message>
        <message>
            <source>– kein anderes Gremium –</source>
            <translation>– no other body –</translation>
        </message>
        <message>
            <source>Seiten des neuen Gremiums</source>
            <translation>Sides of the new body</translation>
        </message>
        <message>
            <source>Regeln des neuen Gremiums</source>
            <translation>Rules of the new body</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>A&amp;bbreviation:</translation>
        </message>
        <message>
            <source>&amp;Art:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>A&amp;rtikel:</source>
            <translation>A&amp;rticle:</translation>
        </message>
        <message>
            <source>&amp;berät:</source>
            <translation>ad&amp;vises:</translation>
        </message>
        <message>
            <source>Seiten:</source>
            <translation>Sides:</translation>
        </message>
        <message>
            <source>Regeln:</source>
            <translation>Rules:</translation>
        </message>
        <message>
            <source>%1 (paritätisch)</source>
            <translation>%1 (parity)</translation>
        </message>
        <message>
            <source>%1 (ohne Stimmrecht)</source>
            <translation>%1 (non-voting)</translation>
        </message>
        <message>
            <source>%1 Sitz</source>
            <translation>%1 seat</translation>
        </message>
        <message>
            <source>%1 Sitze</source>
            <translation>%1 seats</translation>
        </message>
        <message>
            <source>%1 (%2 laut GO)</source>
            <translation>%1 (%2 under the rules of procedure)</translation>
        </message>
        <message>
            <source> – später unter „Seiten und Regeln“ änderbar.</source>
            <translation> – can be changed later under ‘Sides and rules’.</translation>
        </message>
        <message>
            <source>nach der Vorlage „%1“: %2</source>
            <translation>from the template ‘%1’: %2</translation>
        </message>
    </context>
    <context>
        <name>BodyKind</name>
        <message>
            <source>Steuerungsgruppe</source>
            <translation>steering group</translation>
        </message>
        <message>
            <source>Beirat</source>
            <translation>advisory board</translation>
        </message>
        <message>
            <source>Ausschuss</source>
            <translation>committee</translation>
        </message>
        <message>
            <source>Unterausschuss</source>
            <translation>subcommittee</translation>
        </message>
    </context>
    <context>
        <name>BudgetArea</name>
        <message>
            <source>Hilfen zur Erziehung</source>
            <translation>educational support</translation>
        </message>
        <message>
            <source>Jugend- und Jugendsozialarbeit</source>
            <translation>youth work and youth social work</translation>
        </message>
        <message>
            <source>Eltern- und Familienbildung</source>
            <translation>parent and family education</translation>
        </message>
        <message>
            <source>Personalstellen</source>
            <translation>staff posts</translation>
        </message>
        <message>
            <source>Fortbildung und Hospitation</source>
            <translation>training and shadowing visits</translation>
        </message>
        <message>
            <source>Sonstiges</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>BudgetChart</name>
        <message>
            <source>%1: Soll %2, Ist %3, Rest %4</source>
            <translation>%1: planned %2, actual %3, remaining %4</translation>
        </message>
        <message>
            <source>Keine Beträge</source>
            <translation>No amounts</translation>
        </message>
        <message>
            <source>Rest %1</source>
            <translation>Remaining %1</translation>
        </message>
        <message>
            <source>Soll</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Ist</source>
            <translation>Actual</translation>
        </message>
    </context>
    <context>
        <name>BudgetExport</name>
        <message>
            <source>&amp;Haushaltsübersicht …</source>
            <translation>&amp;Budget overview …</translation>
        </message>
        <message>
            <source>Haushaltsübersicht</source>
            <translation>Budget overview</translation>
        </message>
        <message>
            <source>Jahr</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>alle Jahre</source>
            <translation>all years</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>PDF (.pdf)</source>
            <translation>PDF (.pdf)</translation>
        </message>
        <message>
            <source>CSV für Excel (.csv)</source>
            <translation>CSV for Excel (.csv)</translation>
        </message>
        <message>
            <source>&amp;Jahr</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <source>Kein Haushalt</source>
            <translation>No budget</translation>
        </message>
        <message>
            <source>Es sind keine Haushaltszeilen erfasst.</source>
            <translation>No budget lines have been entered.</translation>
        </message>
    </context>
    <context>
        <name>BudgetView</name>
        <message>
            <source>Haushalt und Stellen</source>
            <translation>Budget and posts</translation>
        </message>
        <message>
            <source>Ha&amp;ushalt</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>Ste&amp;llen</source>
            <translation>&amp;Posts</translation>
        </message>
        <message>
            <source>Haushalt &amp; Stellen</source>
            <translation>Budget &amp; Posts</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Keine Sitzung gewählt</source>
            <translation>No meeting chosen</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Sitzung wählen.</source>
            <translation>Please choose a meeting first.</translation>
        </message>
        <message>
            <source>Einladung als Kalendereintrag</source>
            <translation>Invitation as calendar entry</translation>
        </message>
        <message>
            <source>Ohne E-Mail-Adresse nicht eingeladen: %1. Die Adressen stehen bei den Personen (Gremien › Mitglieder).</source>
            <translation>Not invited, no e-mail address: %1. The addresses are kept with the people (Bodies › Members).</translation>
        </message>
        <message>
            <source>Gremium: %1</source>
            <translation>Body: %1</translation>
        </message>
        <message>
            <source>Verantwortlich: %1</source>
            <translation>Responsible: %1</translation>
        </message>
        <message>
            <source>Kein Gremium</source>
            <translation>No body</translation>
        </message>
        <message>
            <source>Zuerst ein Gremium anlegen.</source>
            <translation>Create a body first.</translation>
        </message>
        <message>
            <source>Termine der Aufgaben</source>
            <translation>Task due dates</translation>
        </message>
    </context>
    <context>
        <name>Choice</name>
        <message>
            <source>Ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>abstention</translation>
        </message>
        <message>
            <source>befangen</source>
            <translation>conflict of interest</translation>
        </message>
        <message>
            <source>keine Stimme</source>
            <translation>no vote</translation>
        </message>
        <message>
            <source>widerspricht dem Verfahren</source>
            <translation>objects to the procedure</translation>
        </message>
    </context>
    <context>
        <name>CirculationDialog</name>
        <message>
            <source>Protokoll versenden</source>
            <translation>Send minutes</translation>
        </message>
        <message>
            <source>Per &amp;E-Mail: Entwurf mit dem Protokoll im E-Mail-Programm öffnen</source>
            <translation>By &amp;email: open a draft with the minutes in the email program</translation>
        </message>
        <message>
            <source>Empfänger</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Versandt am</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Anmerkung</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>z. B. per Post</source>
            <translation>e.g. by post</translation>
        </message>
        <message>
            <source>Em&amp;pfänger</source>
            <translation>Reci&amp;pients</translation>
        </message>
        <message>
            <source>Versandt a&amp;m</source>
            <translation>Sent o&amp;n</translation>
        </message>
        <message>
            <source>Entwurf ö&amp;ffnen</source>
            <translation>&amp;Open draft</translation>
        </message>
        <message>
            <source>per E-Mail</source>
            <translation>by email</translation>
        </message>
        <message>
            <source>A&amp;nmerkung</source>
            <translation>No&amp;te</translation>
        </message>
        <message>
            <source>Heute: der Entwurf geht jetzt hinaus</source>
            <translation>Today: the draft goes out now</translation>
        </message>
        <message>
            <source>z. B. per E-Mail</source>
            <translation>e.g. by email</translation>
        </message>
        <message>
            <source>&amp;Versenden</source>
            <translation>&amp;Send</translation>
        </message>
    </context>
    <context>
        <name>CirculationPanel</name>
        <message>
            <source>Protokoll ver&amp;senden …</source>
            <translation>Send m&amp;inutes …</translation>
        </message>
        <message>
            <source>Öffnet einen E-Mail-Entwurf mit dem Protokoll an die Mitglieder und hält den Versand fest; der Entwurf ist dann versandt</source>
            <translation>Opens an email draft with the minutes to the members and records the sending; the draft is then marked as sent</translation>
        </message>
        <message>
            <source>Versandt am</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Empfänger</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Anmerkung</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Versand des Protokolls</source>
            <translation>Sending of the minutes</translation>
        </message>
        <message>
            <source>Wann das Protokoll an wen versandt wurde</source>
            <translation>When the minutes were sent to whom</translation>
        </message>
        <message>
            <source>Einwendung er&amp;fassen …</source>
            <translation>Re&amp;cord objection …</translation>
        </message>
        <message>
            <source>Bearbeiten …</source>
            <translation>Edit …</translation>
        </message>
        <message>
            <source>Einwendung bearbeiten …</source>
            <translation>Edit objection …</translation>
        </message>
        <message>
            <source>Auch: eintragen, wie sie erledigt wurde</source>
            <translation>Also: record how it was dealt with</translation>
        </message>
        <message>
            <source>Eingang</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Einwendung</source>
            <translation>Objection</translation>
        </message>
        <message>
            <source>Erledigung</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Einwendungen</source>
            <translation>Objections</translation>
        </message>
        <message>
            <source>Einwendungen gegen das Protokoll und wie sie erledigt wurden</source>
            <translation>Objections to the minutes and how they were dealt with</translation>
        </message>
        <message>
            <source>Genehmigung</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>In dieser Sitzung genehmigt</source>
            <translation>Approved in this meeting</translation>
        </message>
        <message>
            <source>Protokoll &amp;genehmigen …</source>
            <translation>&amp;Approve minutes …</translation>
        </message>
        <message>
            <source>In welcher späteren Sitzung und zu welchem TOP das Protokoll genehmigt wurde</source>
            <translation>In which later meeting and under which item the minutes were approved</translation>
        </message>
        <message>
            <source>Versand</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Zustand: %1</source>
            <translation>State: %1</translation>
        </message>
        <message>
            <source>gesperrt, %1</source>
            <translation>locked, %1</translation>
        </message>
        <message>
            <source>noch nicht genehmigt</source>
            <translation>not yet approved</translation>
        </message>
        <message>
            <source>TOP %1: %2</source>
            <translation>Item %1: %2</translation>
        </message>
        <message>
            <source>In dieser Sitzung: %1</source>
            <translation>In this meeting: %1</translation>
        </message>
        <message>
            <source>Der Entwurf wurde im E-Mail-Programm verworfen; kein Versand festgehalten.</source>
            <translation>The draft was discarded in the email program; no sending recorded.</translation>
        </message>
        <message>
            <source>Protokoll versenden</source>
            <translation>Send minutes</translation>
        </message>
        <message>
            <source>Einwendung erfassen</source>
            <translation>Record objection</translation>
        </message>
        <message>
            <source>Einwendung ändern</source>
            <translation>Change objection</translation>
        </message>
        <message>
            <source>%1. Sitzung am %2</source>
            <translation>Meeting %1 on %2</translation>
        </message>
        <message>
            <source>Es gibt noch keine spätere Sitzung, die stattgefunden hat; dort wird das Protokoll genehmigt.</source>
            <translation>There is no later meeting yet that has taken place; the minutes are approved there.</translation>
        </message>
        <message>
            <source>Protokoll genehmigen</source>
            <translation>Approve minutes</translation>
        </message>
    </context>
    <context>
        <name>CloneDialog</name>
        <message>
            <source>Kopie für einen anderen Laptop</source>
            <translation>Copy for another laptop</translation>
        </message>
        <message>
            <source>Die Kopie bekommt eine eigene Kennung. Änderungen auf beiden Laptops lassen sich danach mit „Änderungen weitergeben“ und „Änderungen übernehmen“ zusammenführen.</source>
            <translation>The copy gets an identifier of its own. Changes on both laptops can then be brought together with “Pass on changes” and “Take in changes”.</translation>
        </message>
        <message>
            <source>z. B. Laptop Geschäftsstelle</source>
            <translation>e.g. office laptop</translation>
        </message>
        <message>
            <source>Name dieses Laptops</source>
            <translation>Name of this laptop</translation>
        </message>
        <message>
            <source>Name &amp;dieses Laptops:</source>
            <translation>Name of &amp;this laptop:</translation>
        </message>
        <message>
            <source>z. B. Laptop Beirat</source>
            <translation>e.g. advisory board laptop</translation>
        </message>
        <message>
            <source>Name des anderen Laptops</source>
            <translation>Name of the other laptop</translation>
        </message>
        <message>
            <source>Name des &amp;anderen Laptops:</source>
            <translation>Name of the &amp;other laptop:</translation>
        </message>
        <message>
            <source>Weiter …</source>
            <translation>Next …</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Konflikte entscheiden</source>
            <translation>Decide conflicts</translation>
        </message>
        <message>
            <source>Offene Konflikte</source>
            <translation>Open conflicts</translation>
        </message>
        <message>
            <source>Unterschiede</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>Je Feld den Wert ankreuzen, der gelten soll, dann „Auswahl übernehmen“ – oder alles von einer Seite.</source>
            <translation>Tick the value that should apply for each field, then “Apply selection” – or take everything from one side.</translation>
        </message>
        <message>
            <source>&amp;Meine behalten</source>
            <translation>&amp;Keep mine</translation>
        </message>
        <message>
            <source>&amp;Ihre übernehmen</source>
            <translation>&amp;Take theirs</translation>
        </message>
        <message>
            <source>&amp;Auswahl übernehmen</source>
            <translation>&amp;Apply selection</translation>
        </message>
        <message>
            <source>Keine offenen Konflikte: alles ist entschieden.</source>
            <translation>No open conflicts: everything is decided.</translation>
        </message>
        <message>
            <source>%1
von „%2“ – %3</source>
            <translation>%1
from “%2” – %3</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Auf diesem Laptop</source>
            <translation>On this laptop</translation>
        </message>
        <message>
            <source>Von dem anderen</source>
            <translation>From the other one</translation>
        </message>
        <message>
            <source>Von „%1“, eingetroffen am %2: %3.</source>
            <translation>From “%1”, arrived on %2: %3.</translation>
        </message>
        <message>
            <source>Von „%1“</source>
            <translation>From “%1”</translation>
        </message>
        <message>
            <source>Nicht entschieden</source>
            <translation>Not decided</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Berichtigung erfassen</source>
            <translation>Record correction</translation>
        </message>
        <message>
            <source>z. B. Name falsch geschrieben</source>
            <translation>e.g. name misspelt</translation>
        </message>
        <message>
            <source>Was richtig lautet, z. B. „Statt … muss es … heißen.“</source>
            <translation>What it should say, e.g. ‘Instead of … it should read …’</translation>
        </message>
        <message>
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Grund:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsPanel</name>
        <message>
            <source>Berichtigung erfassen …</source>
            <translation>Record correction …</translation>
        </message>
        <message>
            <source>Berichtigung erfassen</source>
            <translation>Record correction</translation>
        </message>
        <message>
            <source>Genehmigte Protokolle ändern sich nur durch eine Berichtigung</source>
            <translation>Approved minutes change only through a correction</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Berichtigung</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Berichtigungen</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>Die Berichtigungen des genehmigten Protokolls</source>
            <translation>The corrections of the approved minutes</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Unerwarteter Fehler</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Ein Bericht für die Fehlersuche liegt hier:</source>
            <translation>A report for troubleshooting is here:</translation>
        </message>
        <message>
            <source>Ein Bericht konnte nicht geschrieben werden.</source>
            <translation>A report could not be written.</translation>
        </message>
        <message>
            <source>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Einträge sind erhalten: jedes Feld wird beim Verlassen sofort in der Datei gespeichert.

Das Programm läuft weiter; wenn etwas nicht wie erwartet aussieht, schließen Sie es bitte und starten es neu.</source>
            <translation>An unexpected error has occurred. Your saved entries are preserved: every field is saved to the file as soon as you leave it.

The program keeps running; if something does not look as expected, please close it and start it again.</translation>
        </message>
        <message>
            <source>Ein Bericht wurde nicht geschrieben (das Programm wurde von außen beendet).</source>
            <translation>No report was written (the program was ended from outside).</translation>
        </message>
        <message>
            <source>SRO Desktop wurde beim letzten Mal unerwartet beendet.

Alle gespeicherten Einträge sind erhalten: jedes Feld wird beim Verlassen sofort in der Datei gespeichert. Nur ein Feld, in dem in diesem Moment noch geschrieben wurde, fehlt vielleicht.</source>
            <translation>SRO Desktop ended unexpectedly last time.

All saved entries are preserved: every field is saved to the file as soon as you leave it. Only a field that was being typed in at that moment may be missing.</translation>
        </message>
        <message>
            <source>Unerwartet beendet</source>
            <translation>Ended unexpectedly</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>„%1“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.03.2027.</source>
            <translation>‘%1’ is not a date. Please enter it as DD.MM.YYYY, e.g. 31.03.2027.</translation>
        </message>
    </context>
    <context>
        <name>DecisionDetails</name>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Ergebnis &amp;feststellen</source>
            <translation>Determine &amp;result</translation>
        </message>
        <message>
            <source>Die Frist ist abgelaufen: das Ergebnis aus den Antworten bis zur Frist</source>
            <translation>The deadline has passed: the result from the responses up to the deadline</translation>
        </message>
        <message>
            <source>Antworten bis</source>
            <translation>Responses by</translation>
        </message>
        <message>
            <source>Mit Frist</source>
            <translation>With deadline</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Zur &amp;Sitzung</source>
            <translation>Go to &amp;meeting</translation>
        </message>
        <message>
            <source>Die Sitzung öffnen, in der beschlossen wurde</source>
            <translation>Open the meeting in which the decision was taken</translation>
        </message>
        <message>
            <source>Titel:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Datum:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Gremium:</source>
            <translation>Body:</translation>
        </message>
        <message>
            <source>Sitzung:</source>
            <translation>Meeting:</translation>
        </message>
        <message>
            <source>Frist:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <source>Abstimmungsregel:</source>
            <translation>Voting rule:</translation>
        </message>
        <message>
            <source>Ergebnis:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>Wortlaut</source>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Nicht gespeichert: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Befangen</source>
            <translation>Conflict of interest</translation>
        </message>
        <message>
            <source>Abstimmung nach Seiten</source>
            <translation>Vote by side</translation>
        </message>
        <message>
            <source>Befangen (nicht mitgestimmt)</source>
            <translation>Conflict of interest (did not vote)</translation>
        </message>
        <message>
            <source>Aufgaben aus diesem Beschluss</source>
            <translation>Tasks from this decision</translation>
        </message>
        <message>
            <source>Aus diesem Beschluss folgen keine Aufgaben.</source>
            <translation>No tasks follow from this decision.</translation>
        </message>
        <message>
            <source>Einen Beschluss in der Liste auswählen.</source>
            <translation>Select a decision in the list.</translation>
        </message>
        <message>
            <source>Das Datum eines Beschlusses ist das Datum seiner Sitzung.</source>
            <translation>The date of a decision is the date of its meeting.</translation>
        </message>
        <message>
            <source>Umlaufverfahren (schriftlich)</source>
            <translation>Written procedure</translation>
        </message>
        <message>
            <source>noch nicht abgestimmt</source>
            <translation>not yet voted on</translation>
        </message>
        <message>
            <source>Antworten der befragten Mitglieder</source>
            <translation>Responses of the members consulted</translation>
        </message>
        <message>
            <source>Antworten nach Seiten</source>
            <translation>Responses by side</translation>
        </message>
        <message>
            <source>Ergebnis feststellen</source>
            <translation>Determine result</translation>
        </message>
        <message>
            <source>Frist ändern</source>
            <translation>Change deadline</translation>
        </message>
        <message>
            <source>Titel des Beschlusses ändern</source>
            <translation>Change title of the decision</translation>
        </message>
        <message>
            <source>Wortlaut des Beschlusses ändern</source>
            <translation>Change wording of the decision</translation>
        </message>
        <message>
            <source>Datum des Beschlusses ändern</source>
            <translation>Change date of the decision</translation>
        </message>
        <message>
            <source>Abstimmungsregel ändern</source>
            <translation>Change voting rule</translation>
        </message>
        <message>
            <source>(kein Wortlaut erfasst)</source>
            <translation>(no wording recorded)</translation>
        </message>
        <message>
            <source>Titel des Beschlusses</source>
            <translation>Title of the decision</translation>
        </message>
        <message>
            <source>Datum des Beschlusses</source>
            <translation>Date of the decision</translation>
        </message>
        <message>
            <source>Abstimmungsregel</source>
            <translation>Voting rule</translation>
        </message>
        <message>
            <source>Keine Stimmen erfasst.</source>
            <translation>No votes recorded.</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <source>niemand</source>
            <translation>nobody</translation>
        </message>
    </context>
    <context>
        <name>DecisionEditor</name>
        <message>
            <source>Titel des Beschlusses</source>
            <translation>Title of the decision</translation>
        </message>
        <message>
            <source>Wortlaut des Beschlusses</source>
            <translation>Wording of the decision</translation>
        </message>
        <message>
            <source>Mehrheitsregel</source>
            <translation>Majority rule</translation>
        </message>
        <message>
            <source>Verfahren</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Alle anwesenden Stimmberechtigten stimmen mit Ja</source>
            <translation>All voting members present vote yes</translation>
        </message>
        <message>
            <source>Befangen</source>
            <translation>Conflict of interest</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Stimme des Vorsitzes:</source>
            <translation>Chair's vote:</translation>
        </message>
        <message>
            <source>Regel von Beschluss %1</source>
            <translation>Rule of decision %1</translation>
        </message>
        <message>
            <source>Abstimmung über %1: %2</source>
            <translation>Vote on %1: %2</translation>
        </message>
        <message>
            <source>Beschluss %1 ändern</source>
            <translation>Change decision %1</translation>
        </message>
        <message>
            <source>Verlauf …</source>
            <translation>History …</translation>
        </message>
        <message>
            <source>Abstimmung</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>offen: Zahlen je Seite · namentlich: die Stimme jedes Mitglieds · geheim: nur Zahlen</source>
            <translation>open: numbers per side · roll-call: each member's vote · secret: numbers only</translation>
        </message>
        <message>
            <source>Alle daf&amp;ür</source>
            <translation>A&amp;ll in favour</translation>
        </message>
        <message>
            <source>– nicht erfasst –</source>
            <translation>– not recorded –</translation>
        </message>
        <message>
            <source>Stimme des Vorsitzes</source>
            <translation>Chair's vote</translation>
        </message>
        <message>
            <source>Bei Stimmengleichheit entscheidet nach der Geschäftsordnung die Stimme des Vorsitzes.</source>
            <translation>In the event of a tie, the chair's vote decides under the rules of procedure.</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit bei diesem Beschluss</source>
            <translation>Quorum for this decision</translation>
        </message>
        <message>
            <source>Votum der beratenden Mitglieder</source>
            <translation>Opinion of the advisory members</translation>
        </message>
        <message>
            <source>Wer hat den Beschluss, seine Abstimmung und Befangenheiten wann geändert?</source>
            <translation>Who changed the decision, its vote and conflicts of interest, and when?</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Wortlaut</source>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Stimmen</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Stimmberechtigt anwesend: %1</source>
            <translation>Voting members present: %1</translation>
        </message>
        <message>
            <source>keine Stimme erfasst</source>
            <translation>no vote recorded</translation>
        </message>
        <message>
            <source>Beschluss %1</source>
            <translation>Decision %1</translation>
        </message>
    </context>
    <context>
        <name>DecisionRule</name>
        <message>
            <source>einfache Mehrheit</source>
            <translation>simple majority</translation>
        </message>
        <message>
            <source>Zweidrittelmehrheit</source>
            <translation>two-thirds majority</translation>
        </message>
        <message>
            <source>Dreiviertelmehrheit</source>
            <translation>three-quarters majority</translation>
        </message>
        <message>
            <source>absolute Mehrheit (der Mitglieder)</source>
            <translation>absolute majority (of members)</translation>
        </message>
        <message>
            <source>doppelte Mehrheit</source>
            <translation>double majority</translation>
        </message>
        <message>
            <source>Konsens</source>
            <translation>consensus</translation>
        </message>
    </context>
    <context>
        <name>DecisionsView</name>
        <message>
            <source>Gremium filtern</source>
            <translation>Filter by body</translation>
        </message>
        <message>
            <source>Jahr filtern</source>
            <translation>Filter by year</translation>
        </message>
        <message>
            <source>Anzahl der Beschlüsse</source>
            <translation>Number of decisions</translation>
        </message>
        <message>
            <source>&amp;Gremium:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <source>&amp;Jahr:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Umlaufbeschluss …</source>
            <translation>&amp;Written decision …</translation>
        </message>
        <message>
            <source>Umlaufbeschluss</source>
            <translation>Written decision</translation>
        </message>
        <message>
            <source>Einen Beschluss im schriftlichen Verfahren (Umlaufverfahren) erfassen</source>
            <translation>Record a decision taken in writing (written procedure)</translation>
        </message>
        <message>
            <source>Beschluss &amp;entfernen</source>
            <translation>&amp;Remove decision</translation>
        </message>
        <message>
            <source>Beschluss entfernen</source>
            <translation>Remove decision</translation>
        </message>
        <message>
            <source>Nur der letzte Beschluss eines Jahres kann entfernt werden (Strg+Z holt ihn zurück); das Register bleibt lückenlos.</source>
            <translation>Only the last decision of a year can be removed (Ctrl+Z brings it back); the register stays without gaps.</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Beschlussregister</source>
            <translation>Register of decisions</translation>
        </message>
        <message>
            <source>Alle Beschlüsse, die neuesten zuerst; Einzelheiten unter der Liste.</source>
            <translation>All decisions, newest first; details below the list.</translation>
        </message>
        <message>
            <source>Beschlüsse</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>noch nicht abgestimmt</source>
            <translation>not yet voted on</translation>
        </message>
        <message>
            <source>Umlaufverfahren</source>
            <translation>Written procedure</translation>
        </message>
        <message>
            <source>%1. Sitzung</source>
            <translation>Meeting %1</translation>
        </message>
        <message>
            <source>Alle Gremien</source>
            <translation>All bodies</translation>
        </message>
        <message>
            <source>Alle Jahre</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>%1 Beschluss</source>
            <translation>%1 decision</translation>
        </message>
        <message>
            <source>Beschluss %1 „%2“ entfernen?

Strg+Z holt ihn zurück.</source>
            <translation>Remove decision %1 ‘%2’?

Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Beschluss %1 entfernen</source>
            <translation>Remove decision %1</translation>
        </message>
        <message>
            <source>%1 Beschlüsse</source>
            <translation>%1 decisions</translation>
        </message>
    </context>
    <context>
        <name>DeputyDialog</name>
        <message>
            <source>Vertretung</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <source>Vertreten durch</source>
            <translation>Represented by</translation>
        </message>
        <message>
            <source>– neue Person –</source>
            <translation>– new person –</translation>
        </message>
        <message>
            <source>Name der neuen Person</source>
            <translation>Name of the new person</translation>
        </message>
        <message>
            <source>Vorname Nachname</source>
            <translation>First name Surname</translation>
        </message>
        <message>
            <source>Für %1 ist keine Stellvertretung eingetragen. Wer vertritt in dieser Sitzung?</source>
            <translation>No deputy is recorded for %1. Who is standing in at this meeting?</translation>
        </message>
        <message>
            <source>&amp;Vertreten durch:</source>
            <translation>&amp;Represented by:</translation>
        </message>
        <message>
            <source>oder &amp;neue Person:</source>
            <translation>or &amp;new person:</translation>
        </message>
    </context>
    <context>
        <name>EndMembershipDialog</name>
        <message>
            <source>Mitgliedschaft beenden</source>
            <translation>End membership</translation>
        </message>
        <message>
            <source>Ab dem Tag danach zählt %1 nicht mehr zu den Mitgliedern. Die Mitgliedschaft bleibt für frühere Sitzungen und Protokolle erhalten.</source>
            <translation>From the following day, %1 no longer counts as a member. The membership is kept for earlier meetings and minutes.</translation>
        </message>
        <message>
            <source>&amp;Letzter Tag:</source>
            <translation>&amp;Last day:</translation>
        </message>
        <message>
            <source>Beenden</source>
            <translation>End</translation>
        </message>
    </context>
    <context>
        <name>ErrorLabel</name>
        <message>
            <source>Fehlermeldung</source>
            <translation>Error message</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Kopie für einen anderen &amp;Laptop …</source>
            <translation>Copy for another &amp;laptop …</translation>
        </message>
        <message>
            <source>Änderungen wei&amp;tergeben …</source>
            <translation>P&amp;ass on changes …</translation>
        </message>
        <message>
            <source>Änderungen &amp;übernehmen …</source>
            <translation>Take &amp;in changes …</translation>
        </message>
        <message>
            <source>Konflikte &amp;entscheiden …</source>
            <translation>Decide con&amp;flicts …</translation>
        </message>
        <message>
            <source>&amp;Austausch einrichten …</source>
            <translation>Set up exc&amp;hange …</translation>
        </message>
        <message>
            <source>Austauschpakete und SRO-Dateien (*.sroex *.sro);;Austauschpakete (*.sroex);;SRO-Dateien (*.sro);;Alle Dateien (*)</source>
            <translation>Exchange packages and SRO files (*.sroex *.sro);;Exchange packages (*.sroex);;SRO files (*.sro);;All files (*)</translation>
        </message>
        <message>
            <source>Austauschordner wählen</source>
            <translation>Choose exchange folder</translation>
        </message>
        <message>
            <source>Konflikte &amp;entscheiden (%1) …</source>
            <translation>&amp;Decide conflicts (%1) …</translation>
        </message>
        <message>
            <source>Konflikte aus dem Austausch</source>
            <translation>Conflicts from the exchange</translation>
        </message>
        <message>
            <source>1 Konflikt aus dem Austausch offen</source>
            <translation>1 conflict from the exchange open</translation>
        </message>
        <message>
            <source>%1 Konflikte aus dem Austausch offen</source>
            <translation>%1 conflicts from the exchange open</translation>
        </message>
        <message>
            <source>Zum Entscheiden klicken (Datei › Konflikte entscheiden …)</source>
            <translation>Click to decide (File › Decide conflicts …)</translation>
        </message>
        <message>
            <source>Die Datei meldet einen Fehler: %1</source>
            <translation>The file reports an error: %1</translation>
        </message>
        <message>
            <source>Name dieses Laptops</source>
            <translation>Name of this laptop</translation>
        </message>
        <message>
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Kopie für „%1“ speichern unter</source>
            <translation>Save copy for “%1” as</translation>
        </message>
        <message>
            <source>SRO-Dateien (*.sro);;Alle Dateien (*)</source>
            <translation>SRO files (*.sro);;All files (*)</translation>
        </message>
        <message>
            <source>Kopie nicht angelegt</source>
            <translation>Copy not created</translation>
        </message>
        <message>
            <source>Kopie für „%1“ gespeichert: %2</source>
            <translation>Copy for “%1” saved: %2</translation>
        </message>
        <message>
            <source>Kopie</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Nicht weitergegeben</source>
            <translation>Not passed on</translation>
        </message>
        <message>
            <source>Änderungen speichern unter</source>
            <translation>Save changes as</translation>
        </message>
        <message>
            <source>SRO-Austauschpakete (*.sroex);;Alle Dateien (*)</source>
            <translation>SRO exchange packages (*.sroex);;All files (*)</translation>
        </message>
        <message>
            <source>Paket %2 mit %1 Einträgen gespeichert.</source>
            <translation>Package %2 with %1 entries saved.</translation>
        </message>
        <message>
            <source>Paket %2 mit 1 Eintrag gespeichert.</source>
            <translation>Package %2 with 1 entry saved.</translation>
        </message>
        <message>
            <source>Paket gespeichert</source>
            <translation>Package saved</translation>
        </message>
        <message>
            <source>Die Datei bitte auf den anderen Laptop bringen und dort mit Datei › Änderungen übernehmen … einlesen.</source>
            <translation>Please take the file to the other laptop and read it in there with File › Take in changes ….</translation>
        </message>
        <message>
            <source>Änderungen übernehmen aus</source>
            <translation>Take in changes from</translation>
        </message>
        <message>
            <source>Nichts Neues</source>
            <translation>Nothing new</translation>
        </message>
        <message>
            <source>In %1 von „%2“ ist nichts Neues: alle Änderungen sind schon übernommen.</source>
            <translation>There is nothing new in %1 from “%2”: all changes have already been taken in.</translation>
        </message>
        <message>
            <source>Übernommen von „%1“: %2</source>
            <translation>Taken in from “%1”: %2</translation>
        </message>
        <message>
            <source>Nicht übernommen</source>
            <translation>Not taken in</translation>
        </message>
        <message>
            <source>Austauschordner nicht beschrieben: %1</source>
            <translation>Exchange folder not written: %1</translation>
        </message>
        <message>
            <source>Austauschordner nicht erreichbar</source>
            <translation>Exchange folder not reachable</translation>
        </message>
        <message>
            <source>Die Änderungen konnten nicht im Austauschordner abgelegt werden: %1

Verloren ist nichts: sie stehen in der Datei. Bitte den Ordner unter Datei › Austausch einrichten … prüfen oder die Änderungen mit Datei › Änderungen weitergeben … weitergeben.</source>
            <translation>The changes could not be placed in the exchange folder: %1

Nothing is lost: they are in the file. Please check the folder under File › Set up exchange … or pass the changes on with File › Pass on changes ….</translation>
        </message>
        <message>
            <source>Änderungen im Austauschordner abgelegt: %1</source>
            <translation>Changes placed in the exchange folder: %1</translation>
        </message>
        <message>
            <source>Der Austauschordner %1 ist nicht erreichbar (Datei › Austausch einrichten …).</source>
            <translation>The exchange folder %1 cannot be reached (File › Set up exchange …).</translation>
        </message>
        <message>
            <source>Änderungen im Austauschordner</source>
            <translation>Changes in the exchange folder</translation>
        </message>
        <message>
            <source>Im Austauschordner liegen Änderungen von %1. Jetzt ansehen und übernehmen?</source>
            <translation>The exchange folder holds changes from %1. View and take them in now?</translation>
        </message>
        <message>
            <source>gelöscht</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>nicht gelöscht</source>
            <translation>not deleted</translation>
        </message>
        <message>
            <source>(leer)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>noch nie</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ExportChoice</name>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>PDF (.pdf)</source>
            <translation>PDF (.pdf)</translation>
        </message>
        <message>
            <source>CSV für Excel (.csv)</source>
            <translation>CSV for Excel (.csv)</translation>
        </message>
        <message>
            <source>&amp;Gremium</source>
            <translation>&amp;Body</translation>
        </message>
        <message>
            <source>&amp;von</source>
            <translation>&amp;from</translation>
        </message>
        <message>
            <source>&amp;bis</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>Fo&amp;rmat</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Niederschrift (Protokoll)</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Einladung</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Beschlusskontrolle (Aufgabenliste)</source>
            <translation>Decision follow-up (task list)</translation>
        </message>
        <message>
            <source>Beschlussregister</source>
            <translation>Decision register</translation>
        </message>
        <message>
            <source>Sachstandsbericht</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <source>Unterschriftenliste</source>
            <translation>Signature list</translation>
        </message>
        <message>
            <source>Word-Dokument (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV für Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>E-Mail zum Protokoll</source>
            <translation>E-mail with the minutes</translation>
        </message>
        <message>
            <source>E-Mail zur Einladung</source>
            <translation>E-mail with the invitation</translation>
        </message>
        <message>
            <source>Textvorlage (*.txt)</source>
            <translation>Text template (*.txt)</translation>
        </message>
        <message>
            <source>Exportiert nach %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <source>Exportiert</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Export nicht möglich</source>
            <translation>Export not possible</translation>
        </message>
        <message>
            <source>Kein Gremium</source>
            <translation>No body</translation>
        </message>
        <message>
            <source>Zuerst ein Gremium anlegen.</source>
            <translation>Create a body first.</translation>
        </message>
        <message>
            <source>Keine Sitzung gewählt</source>
            <translation>No meeting chosen</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Sitzung wählen.</source>
            <translation>Please choose a meeting first.</translation>
        </message>
        <message>
            <source>Unterschriftenliste exportieren</source>
            <translation>Export signature list</translation>
        </message>
    </context>
    <context>
        <name>FileInUse</name>
        <message>
            <source>Datei wird benutzt</source>
            <translation>File in use</translation>
        </message>
        <message>
            <source>Schreibgeschützt öffnen?</source>
            <translation>Open read-only?</translation>
        </message>
        <message>
            <source>&amp;Schreibgeschützt öffnen</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>Sperre &amp;aufheben und bearbeiten</source>
            <translation>Remove the &amp;lock and edit</translation>
        </message>
        <message>
            <source>Die Sperre nur aufheben, wenn SRO Desktop auf %1 sicher nicht mehr läuft, etwa nach einem Absturz.</source>
            <translation>Only remove the lock if SRO Desktop is certainly no longer running on %1, for example after a crash.</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Sperre aufheben?</source>
            <translation>Remove the lock?</translation>
        </message>
        <message>
            <source>Sperre von %1 wirklich aufheben? Ist die Datei dort noch geöffnet, bearbeiten zwei Rechner sie zugleich: Änderungen gehen verloren, und die Datei kann beschädigt werden. Nur aufheben, wenn SRO Desktop auf %2 geschlossen oder abgestürzt ist.</source>
            <translation>Really remove the lock held by %1? If the file is still open there, two computers edit it at once: changes are lost and the file can be damaged. Only remove it if SRO Desktop on %2 has been closed or has crashed.</translation>
        </message>
        <message>
            <source>Unsicherer Speicherort</source>
            <translation>Unsafe location</translation>
        </message>
        <message>
            <source>(schreibgeschützt)</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>älteres Datenformat: Stand beim Öffnen</source>
            <translation>older data format: state when opened</translation>
        </message>
    </context>
    <context>
        <name>FundingSource</name>
        <message>
            <source>Hansestadt Rostock</source>
            <translation>Hanseatic City of Rostock</translation>
        </message>
        <message>
            <source>Landesmodellprojekt</source>
            <translation>state pilot project</translation>
        </message>
        <message>
            <source>Eigenanteil der Träger</source>
            <translation>providers' own contribution</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Hilfe – SRO Desktop</source>
            <translation>Help – SRO Desktop</translation>
        </message>
        <message>
            <source>Inhalt</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Hilfetext</source>
            <translation>Help text</translation>
        </message>
        <message>
            <source>In der Hilfe suchen</source>
            <translation>Search the help</translation>
        </message>
        <message>
            <source>In der Hilfe suchen … (Strg+F)</source>
            <translation>Search the help … (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Weitersuchen</source>
            <translation>Find &amp;next</translation>
        </message>
        <message>
            <source>Treffer</source>
            <translation>Matches</translation>
        </message>
        <message>
            <source># Hilfe nicht gefunden

Die Hilfedateien fehlen in dieser Installation.</source>
            <translation># Help not found

The help files are missing from this installation.</translation>
        </message>
        <message numerus="yes">
            <source>%n Treffer</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message>
            <source>nicht gefunden</source>
            <translation>not found</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Verlauf</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Änderungen, neueste zuerst</source>
            <translation>Changes, newest first</translation>
        </message>
        <message>
            <source>Noch keine Änderungen aufgezeichnet.</source>
            <translation>No changes recorded yet.</translation>
        </message>
        <message>
            <source>Frühere Änderungen sind nicht bekannt: der Verlauf wird erst seit der Aktualisierung der Datei geführt.</source>
            <translation>Earlier changes are not known: the history has only been kept since the file was updated.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Mitgliederliste wählen</source>
            <translation>Choose member list</translation>
        </message>
        <message>
            <source>Listen (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Mitglieder importieren – %1</source>
            <translation>Import members – %1</translation>
        </message>
        <message>
            <source>Spalten der Liste</source>
            <translation>Columns of the list</translation>
        </message>
        <message>
            <source>– nicht vorhanden –</source>
            <translation>– not present –</translation>
        </message>
        <message>
            <source>Spalte %1</source>
            <translation>Column %1</translation>
        </message>
        <message>
            <source>Spalte für %1</source>
            <translation>Column for %1</translation>
        </message>
        <message>
            <source>Zeile</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Stellvertretung</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Vorschau</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Die Zeilen der Liste und was der Import mit ihnen macht</source>
            <translation>The lines of the list and what the import does with them</translation>
        </message>
        <message>
            <source>Zusammenfassung</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>&amp;Importieren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Importieren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Aus %1 werden Mitglieder für %2 gelesen. Personen und Organisationen, die es schon gibt, werden wiedererkannt; wer schon Mitglied ist, wird nicht noch einmal eingetragen. Zeilen mit Fehlern werden übersprungen.</source>
            <translation>Members for %2 are read from %1. People and organisations that already exist are recognised; anyone who is already a member is not entered again. Lines with errors are skipped.</translation>
        </message>
        <message>
            <source>Bitte die Spalte mit dem Nachnamen wählen.</source>
            <translation>Please choose the column with the surname.</translation>
        </message>
        <message>
            <source>Mitglieder importieren</source>
            <translation>Import members</translation>
        </message>
    </context>
    <context>
        <name>Integrity</name>
        <message>
            <source>Achtung: Die genehmigte Sitzung %1 wurde an SRO Desktop vorbei gelöscht.</source>
            <translation>Warning: the approved meeting %1 was deleted bypassing SRO Desktop.</translation>
        </message>
        <message>
            <source>Achtung: Das Protokoll %1 wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht).</source>
            <translation>Warning: the minutes %1 were changed after approval (the checksum does not match).</translation>
        </message>
        <message>
            <source>Achtung: %1 genehmigte Protokolle wurden nach der Genehmigung verändert oder gelöscht: %2.</source>
            <translation>Warning: %1 approved minutes were changed or deleted after approval: %2.</translation>
        </message>
        <message>
            <source>Prüfung genehmigter Protokolle</source>
            <translation>Check of approved minutes</translation>
        </message>
        <message>
            <source>

Einzelheiten: sro-desktop check --db DATEI</source>
            <translation>

Details: sro-desktop check --db FILE</translation>
        </message>
        <message>
            <source>Ungültige Werte</source>
            <translation>Invalid values</translation>
        </message>
        <message>
            <source>Die Datei enthält %n ungültige(n) Wert(e).</source>
            <translation>The file contains %n invalid value(s).</translation>
        </message>
        <message>
            <source>Ein anderes Programm hat Werte geschrieben, die SRO Desktop nicht lesen kann; die Listen zeigen sie rot als „ungültig: …“.

Einzelheiten: sro-desktop check --db DATEI</source>
            <translation>Another program has written values that SRO Desktop cannot read; the lists show them in red as “invalid: …”.

Details: sro-desktop check --db FILE</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>Beschlussfähigkeit bei diesem TOP</source>
            <translation>Quorum for this item</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notizen zum Verlauf – Absätze; Aufzählungen mit „- “ am Zeilenanfang</source>
            <translation>Notes on the discussion – paragraphs; bullet points with ‘- ’ at the start of the line</translation>
        </message>
        <message>
            <source>Noti&amp;zen</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>+ Bes&amp;chluss</source>
            <translation>+ New de&amp;cision</translation>
        </message>
        <message>
            <source>Aufgaben aus diesem TOP</source>
            <translation>Tasks from this item</translation>
        </message>
        <message>
            <source>&lt;b&gt;Beschlüsse&lt;/b&gt;</source>
            <translation>&lt;b&gt;Decisions&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Aufgaben&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tasks&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Kein TOP gewählt</source>
            <translation>No item selected</translation>
        </message>
        <message>
            <source>TOP %1 · %2</source>
            <translation>Item %1 · %2</translation>
        </message>
        <message>
            <source> (vertagt)</source>
            <translation> (postponed)</translation>
        </message>
        <message>
            <source> · Tandem</source>
            <translation> · tandem</translation>
        </message>
        <message>
            <source>Beschluss %1: %2</source>
            <translation>Decision %1: %2</translation>
        </message>
        <message>
            <source>Notizen zu TOP %1</source>
            <translation>Notes on item %1</translation>
        </message>
        <message>
            <source>Beschluss anlegen</source>
            <translation>Add decision</translation>
        </message>
    </context>
    <context>
        <name>LearningDialog</name>
        <message>
            <source>Veranstaltung bearbeiten</source>
            <translation>Edit event</translation>
        </message>
        <message>
            <source>Neue Fortbildung oder Hospitation</source>
            <translation>New training or shadowing visit</translation>
        </message>
        <message>
            <source>mehrtägig bis</source>
            <translation>several days, until</translation>
        </message>
        <message>
            <source>(kein Meilenstein)</source>
            <translation>(no milestone)</translation>
        </message>
        <message>
            <source>&amp;Art:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Vom:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Bis:</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <source>&amp;Ort / Gastgeber:</source>
            <translation>&amp;Place / host:</translation>
        </message>
        <message>
            <source>&amp;Ebene:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>Mei&amp;lenstein:</source>
            <translation>&amp;Milestone:</translation>
        </message>
        <message>
            <source>Be&amp;merkung:</source>
            <translation>Rema&amp;rk:</translation>
        </message>
        <message>
            <source>Teil&amp;nehmende:</source>
            <translation>Partic&amp;ipants:</translation>
        </message>
        <message>
            <source>Veranstaltung ändern</source>
            <translation>Change event</translation>
        </message>
        <message>
            <source>Veranstaltung anlegen</source>
            <translation>Add event</translation>
        </message>
    </context>
    <context>
        <name>LearningKind</name>
        <message>
            <source>Fortbildung</source>
            <translation>training</translation>
        </message>
        <message>
            <source>Hospitation</source>
            <translation>shadowing visit</translation>
        </message>
        <message>
            <source>Praktikum</source>
            <translation>internship</translation>
        </message>
        <message>
            <source>Fachtag</source>
            <translation>specialist conference</translation>
        </message>
    </context>
    <context>
        <name>LearningPanel</name>
        <message>
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Ort / Gastgeber</source>
            <translation>Place / host</translation>
        </message>
        <message>
            <source>Ebene</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Parität</source>
            <translation>Parity</translation>
        </message>
        <message>
            <source>Fortbildungen und Hospitationen</source>
            <translation>Training and shadowing visits</translation>
        </message>
        <message>
            <source>Neue &amp;Veranstaltung …</source>
            <translation>&amp;New event …</translation>
        </message>
        <message>
            <source>Neue Veranstaltung</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>Veranstaltung bearbeiten …</source>
            <translation>Edit event …</translation>
        </message>
        <message>
            <source>Veranstaltung bearbeiten</source>
            <translation>Edit event</translation>
        </message>
        <message>
            <source>Veranstaltung entfernen</source>
            <translation>Remove event</translation>
        </message>
        <message>
            <source>&amp;Teilnahmebescheinigung …</source>
            <translation>Certificate of &amp;attendance …</translation>
        </message>
        <message>
            <source>Teilnahmebescheinigung</source>
            <translation>Certificate of attendance</translation>
        </message>
        <message>
            <source>Bescheinigt einer teilnehmenden Person die Teilnahme (Word oder PDF).</source>
            <translation>Certifies a participant's attendance (Word or PDF).</translation>
        </message>
        <message>
            <source>Teilnahme je Jahr</source>
            <translation>Attendance per year</translation>
        </message>
        <message>
            <source>Teilnahme nach Organisation</source>
            <translation>Attendance by organisation</translation>
        </message>
        <message>
            <source>Meilenstein: %1</source>
            <translation>Milestone: %1</translation>
        </message>
        <message>
            <source>Teilnahme insgesamt: %1</source>
            <translation>Total attendance: %1</translation>
        </message>
        <message>
            <source>Nach Organisation %1: %2</source>
            <translation>By organisation %1: %2</translation>
        </message>
        <message>
            <source>niemand</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Veranstaltung wählen.</source>
            <translation>Please choose an event first.</translation>
        </message>
        <message>
            <source>Die Veranstaltung „%1“ mit ihren Teilnehmenden entfernen?

Strg+Z holt sie zurück.</source>
            <translation>Remove the event ‘%1’ with its participants?

Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Die Veranstaltung hat keine Teilnehmenden; bitte zuerst welche eintragen.</source>
            <translation>The event has no participants; please enter some first.</translation>
        </message>
        <message>
            <source>Teilnahmebescheinigung exportieren</source>
            <translation>Export certificate of attendance</translation>
        </message>
        <message>
            <source>Teilnahmebescheinigung %1.docx</source>
            <translation>Certificate of attendance %1.docx</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>heute</source>
            <translation>today</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>Bereich</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Bezeichnung</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Finanzierung</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Soll Q%1</source>
            <translation>Planned Q%1</translation>
        </message>
        <message>
            <source>Ist Q%1</source>
            <translation>Actual Q%1</translation>
        </message>
        <message>
            <source>Soll gesamt</source>
            <translation>Planned total</translation>
        </message>
        <message>
            <source>Ist gesamt</source>
            <translation>Actual total</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Remaining</translation>
        </message>
    </context>
    <context>
        <name>LinesPanel</name>
        <message>
            <source>Neues Haushaltsjahr</source>
            <translation>New budget year</translation>
        </message>
        <message>
            <source>Haushaltsjahr:</source>
            <translation>Budget year:</translation>
        </message>
        <message>
            <source>Summe %1: Soll %2 · Ist %3 · Rest %4</source>
            <translation>Total %1: planned %2 · actual %3 · remaining %4</translation>
        </message>
        <message>
            <source>Haushaltsjahr</source>
            <translation>Budget year</translation>
        </message>
        <message>
            <source>Neues Jahr</source>
            <translation>New year</translation>
        </message>
        <message>
            <source>&amp;Neue Zeile</source>
            <translation>&amp;New line</translation>
        </message>
        <message>
            <source>Zeile &amp;entfernen</source>
            <translation>&amp;Remove line</translation>
        </message>
        <message>
            <source>&amp;Quartale zeigen</source>
            <translation>Show &amp;quarters</translation>
        </message>
        <message>
            <source>Aus: nur Soll gesamt, Ist gesamt und Rest je Zeile (passt auf kleine Bildschirme).</source>
            <translation>Off: only planned total, actual total and remaining per line (fits small screens).</translation>
        </message>
        <message>
            <source>Meldung zum Haushalt</source>
            <translation>Budget message</translation>
        </message>
        <message>
            <source>Haushaltszeilen</source>
            <translation>Budget lines</translation>
        </message>
        <message>
            <source>Beträge in Euro, z. B. 1.234,56; F2 oder Doppelklick ändert eine Zelle, sie wird beim Verlassen gespeichert.</source>
            <translation>Amounts in euros, e.g. 1,234.56; F2 or double-click changes a cell, it is saved on leaving.</translation>
        </message>
        <message>
            <source>Summe des Jahres</source>
            <translation>Total for the year</translation>
        </message>
        <message>
            <source>&amp;Meilenstein:</source>
            <translation>&amp;Milestone:</translation>
        </message>
        <message>
            <source>Neue&amp;s Jahr …</source>
            <translation>New &amp;year …</translation>
        </message>
        <message>
            <source>&amp;Genehmigt durch Beschluss:</source>
            <translation>Approved by &amp;decision:</translation>
        </message>
        <message>
            <source>Beme&amp;rkung:</source>
            <translation>Rem&amp;ark:</translation>
        </message>
        <message>
            <source>Diagramm Soll und Ist je Zeile</source>
            <translation>Chart of planned and actual per line</translation>
        </message>
        <message>
            <source>Diagramm Soll und Ist je Jahr</source>
            <translation>Chart of planned and actual per year</translation>
        </message>
        <message>
            <source>Haushalts&amp;jahr:</source>
            <translation>B&amp;udget year:</translation>
        </message>
        <message>
            <source>Soll und Ist je Zeile</source>
            <translation>Planned and actual per line</translation>
        </message>
        <message>
            <source>Soll und Ist je Jahr</source>
            <translation>Planned and actual per year</translation>
        </message>
        <message>
            <source>Alle Jahre: %1</source>
            <translation>All years: %1</translation>
        </message>
        <message>
            <source>Zeile: %1</source>
            <translation>Line: %1</translation>
        </message>
        <message>
            <source>Keine Zeile gewählt</source>
            <translation>No line selected</translation>
        </message>
        <message>
            <source>Nicht gespeichert: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Haushaltszeile ändern</source>
            <translation>Change budget line</translation>
        </message>
        <message>
            <source>Bemerkung ändern</source>
            <translation>Change remark</translation>
        </message>
        <message>
            <source>Haushaltszeile anlegen</source>
            <translation>Add budget line</translation>
        </message>
        <message>
            <source>Neue Zeile</source>
            <translation>New line</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Zeile wählen.</source>
            <translation>Please choose a line first.</translation>
        </message>
        <message>
            <source>Die Haushaltszeile „%1“ entfernen?</source>
            <translation>Remove the budget line ‘%1’?</translation>
        </message>
        <message>
            <source>Eine Stelle wird aus ihr finanziert; sie bleibt, aber ohne Haushaltszeile.</source>
            <translation>One post is funded from it; it stays, but without a budget line.</translation>
        </message>
        <message>
            <source>%1 Stellen werden aus ihr finanziert; sie bleiben, aber ohne Haushaltszeile.</source>
            <translation>%1 posts are funded from it; they stay, but without a budget line.</translation>
        </message>
        <message>
            <source>Strg+Z holt sie zurück.</source>
            <translation>Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Zeile entfernen</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Haushaltszeile entfernen</source>
            <translation>Remove budget line</translation>
        </message>
    </context>
    <context>
        <name>LinkTaskDialog</name>
        <message>
            <source>Aufgabe verknüpfen</source>
            <translation>Link task</translation>
        </message>
        <message>
            <source>&amp;Aufgabe:</source>
            <translation>&amp;Task:</translation>
        </message>
        <message>
            <source>Aufgabe mit Meilenstein verknüpfen</source>
            <translation>Link task to milestone</translation>
        </message>
    </context>
    <context>
        <name>MailDialog</name>
        <message>
            <source>Entwurf ö&amp;ffnen</source>
            <translation>&amp;Open draft</translation>
        </message>
    </context>
    <context>
        <name>MailDrafts</name>
        <message>
            <source>Einladung versenden</source>
            <translation>Send invitation</translation>
        </message>
        <message>
            <source>E-Mail-Entwurf nicht möglich</source>
            <translation>E-mail draft not possible</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Suchen … (Strg+F)</source>
            <translation>Search … (Ctrl+F)</translation>
        </message>
        <message>
            <source>Suche</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>%1 wird geöffnet …</source>
            <translation>Opening %1 …</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo-Daten&lt;/b&gt; – alle Namen sind erfunden. Zum Ausprobieren frei ändern; für die echte Arbeit eine leere Datei beginnen.</source>
            <translation>&lt;b&gt;Demo data&lt;/b&gt; – all names are made up. Change them freely to try things out; for real work start an empty file.</translation>
        </message>
        <message>
            <source>&amp;Leere Datei beginnen …</source>
            <translation>&amp;Start an empty file …</translation>
        </message>
        <message>
            <source>Keine Datei geöffnet.</source>
            <translation>No file open.</translation>
        </message>
        <message>
            <source>&amp;Neue Datei …</source>
            <translation>&amp;New file …</translation>
        </message>
        <message>
            <source>Datei ö&amp;ffnen …</source>
            <translation>&amp;Open file …</translation>
        </message>
        <message>
            <source>&amp;Demo öffnen</source>
            <translation>Open &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Datei</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Neu …</source>
            <translation>&amp;New …</translation>
        </message>
        <message>
            <source>Ö&amp;ffnen …</source>
            <translation>&amp;Open …</translation>
        </message>
        <message>
            <source>&amp;Zuletzt geöffnet</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Kopie speichern unter …</source>
            <translation>Save a cop&amp;y as …</translation>
        </message>
        <message>
            <source>Sicherung &amp;wiederherstellen …</source>
            <translation>Restore &amp;backup …</translation>
        </message>
        <message>
            <source>&amp;Schließen</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>De&amp;mo öffnen</source>
            <translation>Open &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Große Demo-Datei erzeugen …</source>
            <translation>&amp;Generate large demo file …</translation>
        </message>
        <message>
            <source>&amp;Beenden</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;Bearbeiten</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Rückgängig</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Wiederholen</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Unterschriftenliste der Sitzung …</source>
            <translation>&amp;Signature list of the meeting …</translation>
        </message>
        <message>
            <source>&amp;Drucken …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <source>Einladung als Kalen&amp;dereintrag (.ics) …</source>
            <translation>Invitation as cal&amp;endar entry (.ics) …</translation>
        </message>
        <message>
            <source>&amp;Termine der Aufgaben (.ics) …</source>
            <translation>Task &amp;due dates (.ics) …</translation>
        </message>
        <message>
            <source>&amp;OParl …</source>
            <translation>&amp;OParl …</translation>
        </message>
        <message>
            <source>&amp;Suchen …</source>
            <translation>&amp;Find …</translation>
        </message>
        <message>
            <source>&amp;Einstellungen …</source>
            <translation>Se&amp;ttings …</translation>
        </message>
        <message>
            <source>&amp;Anleitung</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Was ist neu</source>
            <translation>&amp;What's new</translation>
        </message>
        <message>
            <source>&amp;Regeln (Beschlussfähigkeit, Mehrheiten) …</source>
            <translation>&amp;Rules (quorum, majorities) …</translation>
        </message>
        <message>
            <source>Große Demo-Datei speichern unter</source>
            <translation>Save large demo file as</translation>
        </message>
        <message>
            <source>Große Demo-Datei wird erzeugt …</source>
            <translation>Creating large demo file …</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Demo-Datei</source>
            <translation>Demo file</translation>
        </message>
        <message>
            <source>Abgebrochen; keine Datei angelegt.</source>
            <translation>Cancelled; no file created.</translation>
        </message>
        <message>
            <source>Demo-Datei nicht erzeugt</source>
            <translation>Demo file not created</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>SRO-Dateien (*.sro);;Alle Dateien (*)</source>
            <translation>SRO files (*.sro);;All files (*)</translation>
        </message>
        <message>
            <source>SRO-Datei öffnen</source>
            <translation>Open SRO file</translation>
        </message>
        <message>
            <source>&amp;Protokoll der Sitzung …</source>
            <translation>&amp;Minutes of the meeting …</translation>
        </message>
        <message>
            <source>&amp;Einladung zur Sitzung …</source>
            <translation>&amp;Invitation to the meeting …</translation>
        </message>
        <message>
            <source>Beschluss&amp;kontrolle (Aufgaben) …</source>
            <translation>Decision trac&amp;king (tasks) …</translation>
        </message>
        <message>
            <source>Beschluss&amp;register …</source>
            <translation>Decision &amp;register …</translation>
        </message>
        <message>
            <source>&amp;Sachstandsbericht …</source>
            <translation>&amp;Progress report …</translation>
        </message>
        <message>
            <source>&amp;Vorlagen …</source>
            <translation>&amp;Templates …</translation>
        </message>
        <message>
            <source>&amp;Ansicht</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Hilfe</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Ü&amp;ber SRO Desktop</source>
            <translation>&amp;About SRO Desktop</translation>
        </message>
        <message>
            <source>Datei nicht geöffnet</source>
            <translation>File not opened</translation>
        </message>
        <message>
            <source>Neue SRO-Datei</source>
            <translation>New SRO file</translation>
        </message>
        <message>
            <source>Datei nicht angelegt</source>
            <translation>File not created</translation>
        </message>
        <message>
            <source>%1 gibt es schon. Bitte einen neuen Namen wählen oder die Datei öffnen.</source>
            <translation>%1 already exists. Please choose a new name or open the file.</translation>
        </message>
        <message>
            <source>Kopie speichern unter</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <source>Kopie nicht gespeichert</source>
            <translation>Copy not saved</translation>
        </message>
        <message>
            <source>Kopie gespeichert: %1</source>
            <translation>Copy saved: %1</translation>
        </message>
        <message>
            <source>(keine)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Nichts gefunden.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <source>%1 hat keinen Sitz in einem Gremium.</source>
            <translation>%1 has no seat on any body.</translation>
        </message>
    </context>
    <context>
        <name>MajorityBase</name>
        <message>
            <source>Ja- gegen Nein-Stimmen (Enthaltungen zählen nicht)</source>
            <translation>yes against no votes (abstentions do not count)</translation>
        </message>
        <message>
            <source>abgegebene Stimmen einschließlich Enthaltungen</source>
            <translation>votes cast including abstentions</translation>
        </message>
        <message>
            <source>anwesende Stimmberechtigte</source>
            <translation>voting members present</translation>
        </message>
        <message>
            <source>gesetzliche Mitgliederzahl</source>
            <translation>statutory number of members</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanel</name>
        <message>
            <source>Einladung versandt</source>
            <translation>Invitation sent</translation>
        </message>
        <message>
            <source>Sitzung durchgeführt</source>
            <translation>Meeting held</translation>
        </message>
        <message>
            <source>Protokoll-Entwurf erstellt</source>
            <translation>Draft minutes written</translation>
        </message>
        <message>
            <source>Protokoll versandt</source>
            <translation>Minutes sent</translation>
        </message>
        <message>
            <source>Protokoll genehmigt …</source>
            <translation>Minutes approved …</translation>
        </message>
        <message>
            <source>Sitzung absagen …</source>
            <translation>Cancel meeting …</translation>
        </message>
        <message>
            <source>zurück: geplant</source>
            <translation>back: planned</translation>
        </message>
        <message>
            <source>zurück: durchgeführt</source>
            <translation>back: held</translation>
        </message>
        <message>
            <source>zurück: Entwurf</source>
            <translation>back: draft</translation>
        </message>
        <message>
            <source>wieder planen</source>
            <translation>plan again</translation>
        </message>
        <message>
            <source>Sitzung absagen</source>
            <translation>Cancel meeting</translation>
        </message>
        <message>
            <source>Grund der Absage:</source>
            <translation>Reason for cancellation:</translation>
        </message>
        <message>
            <source>Sitzung in der Zukunft</source>
            <translation>Meeting in the future</translation>
        </message>
        <message>
            <source>Die Sitzung liegt in der Zukunft (%1). Trotzdem als durchgeführt markieren?</source>
            <translation>The meeting is in the future (%1). Mark it as held anyway?</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Dat&amp;um</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Beg&amp;inn</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Proto&amp;koll</source>
            <translation>&amp;Minute-taker</translation>
        </message>
        <message>
            <source>An&amp;wesenheit</source>
            <translation>&amp;Attendance</translation>
        </message>
        <message>
            <source>&amp;Ende</source>
            <translation>E&amp;nd</translation>
        </message>
        <message>
            <source>&amp;Vorsitz</source>
            <translation>Chai&amp;r</translation>
        </message>
        <message>
            <source>O&amp;rt</source>
            <translation>Ven&amp;ue</translation>
        </message>
        <message>
            <source>Ein&amp;ladung versenden …</source>
            <translation>Send invitation …</translation>
        </message>
        <message>
            <source>Öffnet einen E-Mail-Entwurf mit der Einladung an die Mitglieder</source>
            <translation>Opens an email draft with the invitation to the members</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>&amp;Tagesordnung</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>Pr&amp;otokoll</source>
            <translation>Minu&amp;tes</translation>
        </message>
        <message>
            <source>Keine Sitzung gewählt</source>
            <translation>No meeting selected</translation>
        </message>
        <message>
            <source>Zustand: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>State: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>– gesperrt, %1</source>
            <translation>– locked, %1</translation>
        </message>
        <message>
            <source>Änderungen nur noch als Berichtigung: im Tab „Protokoll“ mit „Berichtigung erfassen …“.</source>
            <translation>Changes now only as a correction: in the ‘Minutes’ tab with ‘Record correction …’.</translation>
        </message>
        <message>
            <source>Abgesagt: %1</source>
            <translation>Cancelled: %1</translation>
        </message>
        <message>
            <source>Sitzung ändern</source>
            <translation>Change meeting</translation>
        </message>
        <message>
            <source>Zustand: %1</source>
            <translation>State: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingState</name>
        <message>
            <source>geplant</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>eingeladen</source>
            <translation>invited</translation>
        </message>
        <message>
            <source>durchgeführt</source>
            <translation>held</translation>
        </message>
        <message>
            <source>Protokoll-Entwurf</source>
            <translation>draft minutes</translation>
        </message>
        <message>
            <source>Protokoll versandt</source>
            <translation>minutes sent</translation>
        </message>
        <message>
            <source>Protokoll genehmigt</source>
            <translation>minutes approved</translation>
        </message>
        <message>
            <source>abgesagt</source>
            <translation>cancelled</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>&amp;Neue Sitzung …</source>
            <translation>Ne&amp;w meeting …</translation>
        </message>
        <message>
            <source>Sitzung entfernen …</source>
            <translation>Remove meeting …</translation>
        </message>
        <message>
            <source>Sitzung entfernen</source>
            <translation>Remove meeting</translation>
        </message>
        <message>
            <source>Eine Sitzung ohne Beschlüsse entfernen, etwa eine doppelt angelegte (Strg+Z holt sie zurück); eine Sitzung, die nicht stattfindet, wird abgesagt.</source>
            <translation>Remove a meeting without decisions, such as one created twice (Ctrl+Z brings it back); a meeting that does not take place is cancelled.</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Zustand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Sitzungen</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Gre&amp;mium</source>
            <translation>&amp;Body</translation>
        </message>
        <message>
            <source>Alle Gremien</source>
            <translation>All bodies</translation>
        </message>
        <message>
            <source>Keine Sitzung gewählt</source>
            <translation>No meeting selected</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Sitzung wählen.</source>
            <translation>Please choose a meeting first.</translation>
        </message>
        <message>
            <source>Zuerst ein Gremium unter „Gremien &amp; Mitglieder“ anlegen.</source>
            <translation>First create a body under ‘Bodies &amp; Members’.</translation>
        </message>
        <message>
            <source>Sitzung anlegen</source>
            <translation>Add meeting</translation>
        </message>
        <message>
            <source>„%1“ mit Tagesordnung, Anwesenheit und Unterlagen entfernen?

Strg+Z holt sie zurück.</source>
            <translation>Remove ‘%1’ with its agenda, attendance and documents?

Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Nicht entfernt</source>
            <translation>Not removed</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Mitglied bearbeiten</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>Mitglied hinzufügen</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Neue Person …</source>
            <translation>New person …</translation>
        </message>
        <message>
            <source>z. B. Dr.</source>
            <translation>e.g. Dr</translation>
        </message>
        <message>
            <source>– keine –</source>
            <translation>– none –</translation>
        </message>
        <message>
            <source>stimmberechtigt</source>
            <translation>voting</translation>
        </message>
        <message>
            <source>gültig v&amp;on</source>
            <translation>valid fr&amp;om</translation>
        </message>
        <message>
            <source>gültig &amp;bis</source>
            <translation>valid &amp;until</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Vorname:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>&amp;Nachname:</source>
            <translation>&amp;Surname:</translation>
        </message>
        <message>
            <source>&amp;E-Mail:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>Tele&amp;fon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>Or&amp;ganisation:</source>
            <translation>Or&amp;ganisation:</translation>
        </message>
        <message>
            <source>Mitgliedschaft</source>
            <translation>Membership</translation>
        </message>
        <message>
            <source>vertritt Organisat&amp;ion:</source>
            <translation>Represents organ&amp;isation:</translation>
        </message>
        <message>
            <source>&amp;Seite:</source>
            <translation>Si&amp;de:</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Stimmrec&amp;ht:</source>
            <translation>&amp;Voting right:</translation>
        </message>
        <message>
            <source>Neue Person als Stellvertretung</source>
            <translation>New person as deputy</translation>
        </message>
        <message>
            <source>Stellvertret&amp;ung:</source>
            <translation>Dep&amp;uty:</translation>
        </message>
        <message>
            <source>Zeitraum:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Die Person wird mit diesen Angaben neu angelegt.</source>
            <translation>The person will be created with these details.</translation>
        </message>
        <message>
            <source>Änderungen an den Angaben gelten für diese Person in allen Gremien.</source>
            <translation>Changes to the details apply to this person in all bodies.</translation>
        </message>
    </context>
    <context>
        <name>MembersTab</name>
        <message>
            <source>ab %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>ausgeschieden nach dem %1</source>
            <translation>left after %1</translation>
        </message>
        <message>
            <source>Mitglied ab %1</source>
            <translation>Member from %1</translation>
        </message>
        <message>
            <source>Liste nicht lesbar</source>
            <translation>List not readable</translation>
        </message>
        <message>
            <source>Mitgliederliste %1 %2.docx</source>
            <translation>Member list %1 %2.docx</translation>
        </message>
        <message>
            <source>Mitgliederliste exportieren</source>
            <translation>Export member list</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Stimmrecht</source>
            <translation>Voting right</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Stellvertretung</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Mitglieder</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Mitglied hinzu&amp;fügen …</source>
            <translation>&amp;Add member …</translation>
        </message>
        <message>
            <source>Mitgliederliste export&amp;ieren …</source>
            <translation>Export member &amp;list …</translation>
        </message>
        <message>
            <source>ehema&amp;lige zeigen</source>
            <translation>show fo&amp;rmer</translation>
        </message>
        <message>
            <source>Bearbei&amp;ten …</source>
            <translation>Edi&amp;t …</translation>
        </message>
        <message>
            <source>Mitglied beende&amp;n …</source>
            <translation>E&amp;nd membership …</translation>
        </message>
        <message>
            <source>Mitglieder impo&amp;rtieren …</source>
            <translation>&amp;Import members …</translation>
        </message>
        <message>
            <source>Mitglieder importieren</source>
            <translation>Import members</translation>
        </message>
        <message>
            <source>Ehemalige Mitglieder zeigen</source>
            <translation>Show former members</translation>
        </message>
        <message>
            <source>Mitglied hinzufügen</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Mitglied bearbeiten</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>Mitgliedschaft beenden</source>
            <translation>End membership</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Organisationen zusammenführen</source>
            <translation>Merge organisations</translation>
        </message>
        <message>
            <source>Alle Personen, Mitgliedschaften und Aufgaben der doppelten Organisation gehen auf die behaltene über; die doppelte wird entfernt. Strg+Z macht es rückgängig.</source>
            <translation>All people, memberships and tasks of the duplicate organisation pass to the one kept; the duplicate is removed. Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <source>&amp;Doppelt:</source>
            <translation>&amp;Duplicate:</translation>
        </message>
        <message>
            <source>&amp;Behalten:</source>
            <translation>&amp;Keep:</translation>
        </message>
        <message>
            <source>Zusammenführen</source>
            <translation>Merge</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>Meilenstein bearbeiten</source>
            <translation>Edit milestone</translation>
        </message>
        <message>
            <source>Neuer Meilenstein</source>
            <translation>New milestone</translation>
        </message>
        <message>
            <source>%1. Quartal</source>
            <translation>Quarter %1</translation>
        </message>
        <message>
            <source>(kein Gremium)</source>
            <translation>(no body)</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Beschreibung:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Zieljahr:</source>
            <translation>Target &amp;year:</translation>
        </message>
        <message>
            <source>&amp;Quartal:</source>
            <translation>&amp;Quarter:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Ebene:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>Qualitäts&amp;dimension:</source>
            <translation>Quality di&amp;mension:</translation>
        </message>
        <message>
            <source>&amp;Handlungsfeld:</source>
            <translation>&amp;Field of action:</translation>
        </message>
        <message>
            <source>&amp;Gremium:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <source>Meilenstein anlegen</source>
            <translation>Create milestone</translation>
        </message>
        <message>
            <source>Meilenstein ändern</source>
            <translation>Change milestone</translation>
        </message>
    </context>
    <context>
        <name>MilestoneLevel</name>
        <message>
            <source>strategisch</source>
            <translation>strategic</translation>
        </message>
        <message>
            <source>operativ</source>
            <translation>operational</translation>
        </message>
    </context>
    <context>
        <name>MilestoneState</name>
        <message>
            <source>geplant</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>in Arbeit</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>erreicht</source>
            <translation>reached</translation>
        </message>
        <message>
            <source>verzögert</source>
            <translation>delayed</translation>
        </message>
    </context>
    <context>
        <name>MilestonesView</name>
        <message>
            <source>Zeitleiste</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Zu h&amp;eute</source>
            <translation>T&amp;oday</translation>
        </message>
        <message>
            <source>Die Zeitleiste zum heutigen Quartal rollen</source>
            <translation>Scroll the timeline to the current quarter</translation>
        </message>
        <message>
            <source>Zum nächsten Meilenstein links außerhalb</source>
            <translation>To the next milestone off-screen to the left</translation>
        </message>
        <message>
            <source>Zum nächsten Meilenstein rechts außerhalb</source>
            <translation>To the next milestone off-screen to the right</translation>
        </message>
        <message>
            <source>&amp;Neuer Meilenstein …</source>
            <translation>&amp;New milestone …</translation>
        </message>
        <message>
            <source>Neuer Meilenstein</source>
            <translation>New milestone</translation>
        </message>
        <message>
            <source>Bearbe&amp;iten …</source>
            <translation>E&amp;dit …</translation>
        </message>
        <message>
            <source>Meilenstein bearbeiten</source>
            <translation>Edit milestone</translation>
        </message>
        <message>
            <source>Entfe&amp;rnen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Meilenstein entfernen</source>
            <translation>Remove milestone</translation>
        </message>
        <message>
            <source>Den Meilenstein entfernen; verknüpfte Aufgaben bleiben und verlieren die Verknüpfung (Strg+Z holt beides zurück).</source>
            <translation>Remove the milestone; linked tasks remain and lose the link (Ctrl+Z brings both back).</translation>
        </message>
        <message>
            <source>Status des Meilensteins</source>
            <translation>Milestone status</translation>
        </message>
        <message>
            <source>Ziel:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Ebene:</source>
            <translation>Level:</translation>
        </message>
        <message>
            <source>Qualitätsdimension:</source>
            <translation>Quality dimension:</translation>
        </message>
        <message>
            <source>Handlungsfeld:</source>
            <translation>Field of action:</translation>
        </message>
        <message>
            <source>Gremium:</source>
            <translation>Body:</translation>
        </message>
        <message>
            <source>Fortschritt:</source>
            <translation>Progress:</translation>
        </message>
        <message>
            <source>Beschreibung:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Aufgabe &amp;verknüpfen …</source>
            <translation>Link &amp;task …</translation>
        </message>
        <message>
            <source>Aufgabe verknüpfen</source>
            <translation>Link task</translation>
        </message>
        <message>
            <source>Eine unerledigte Aufgabe mit diesem Meilenstein verknüpfen</source>
            <translation>Link an unfinished task to this milestone</translation>
        </message>
        <message>
            <source>Aufgaben zu diesem Meilenstein</source>
            <translation>Tasks for this milestone</translation>
        </message>
        <message>
            <source>Mit diesem Meilenstein sind keine Aufgaben verknüpft.</source>
            <translation>No tasks are linked to this milestone.</translation>
        </message>
        <message>
            <source>Einen Meilenstein in der Zeitleiste anklicken oder mit den Pfeiltasten wählen.</source>
            <translation>Click a milestone in the timeline or select one with the arrow keys.</translation>
        </message>
        <message>
            <source>Fortbildungen &amp;&amp; Hospitationen</source>
            <translation>Training &amp;&amp; shadowing visits</translation>
        </message>
        <message>
            <source>Meilensteine</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>%2 von %1 Meilenstein erreicht</source>
            <translation>%2 of %1 milestone achieved</translation>
        </message>
        <message>
            <source>%2 von %1 Meilensteinen erreicht</source>
            <translation>%2 of %1 milestones achieved</translation>
        </message>
        <message>
            <source>%1 Aufgabe</source>
            <translation>%1 task</translation>
        </message>
        <message>
            <source>%1 Veranstaltung</source>
            <translation>%1 event</translation>
        </message>
        <message>
            <source>%1 Haushaltszeile</source>
            <translation>%1 budget line</translation>
        </message>
        <message>
            <source>%1 Aufgaben</source>
            <translation>%1 tasks</translation>
        </message>
        <message>
            <source>%1 Veranstaltungen</source>
            <translation>%1 events</translation>
        </message>
        <message>
            <source>%1 Haushaltszeilen</source>
            <translation>%1 budget lines</translation>
        </message>
        <message>
            <source>Den Meilenstein „%1“ entfernen?</source>
            <translation>Remove the milestone “%1”?</translation>
        </message>
        <message>
            <source>Verknüpft sind %1; sie bleiben und verlieren die Verknüpfung.</source>
            <translation>Linked: %1; they remain and lose the link.</translation>
        </message>
        <message>
            <source>Strg+Z holt ihn zurück.</source>
            <translation>Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Es gibt keine unerledigte Aufgabe, die noch nicht mit diesem Meilenstein verknüpft ist.</source>
            <translation>There is no unfinished task that is not already linked to this milestone.</translation>
        </message>
        <message>
            <source>◀ %1 &amp;frühere</source>
            <translation>◀ %1 earl&amp;ier</translation>
        </message>
        <message>
            <source>%1 spä&amp;tere ▶</source>
            <translation>%1 &amp;later ▶</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Status des Meilensteins ändern</source>
            <translation>Change milestone status</translation>
        </message>
    </context>
    <context>
        <name>MinutesCheckList</name>
        <message>
            <source>Protokoll pr&amp;üfen</source>
            <translation>Chec&amp;k minutes</translation>
        </message>
        <message>
            <source>Sucht, was vor dem Versand fehlt: Abstimmungen, Verantwortliche, Fälligkeiten, Anwesenheit, Ergebnisse der TOPs</source>
            <translation>Looks for what is missing before sending: votes, people responsible, due dates, attendance, results of the items</translation>
        </message>
        <message>
            <source>Befunde der Protokollprüfung</source>
            <translation>Findings of the minutes check</translation>
        </message>
        <message>
            <source>Doppelklick oder Eingabetaste führt zur Stelle</source>
            <translation>Double-click or Enter goes to the place</translation>
        </message>
        <message>
            <source>Noch nicht geprüft.</source>
            <translation>Not checked yet.</translation>
        </message>
        <message>
            <source>Keine Befunde: das Protokoll ist vollständig.</source>
            <translation>No findings: the minutes are complete.</translation>
        </message>
        <message>
            <source>%1 Befund</source>
            <translation>%1 finding</translation>
        </message>
        <message>
            <source>%1 Befunde</source>
            <translation>%1 findings</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>Einladung exportiert</source>
            <translation>Invitation exported</translation>
        </message>
        <message>
            <source>Die Sitzung ist noch „geplant“. Jetzt als „eingeladen“ markieren?</source>
            <translation>The meeting is still “planned”. Mark it as “invited” now?</translation>
        </message>
        <message>
            <source>Ohne nichtöffentliche Tagesordnungspunkte</source>
            <translation>Without non-public agenda items</translation>
        </message>
        <message>
            <source>&amp;Öffentliche Fassung</source>
            <translation>&amp;Public version</translation>
        </message>
        <message>
            <source>Ergebnisprotokoll (ohne Verlauf)</source>
            <translation>Results-only minutes (no discussion)</translation>
        </message>
        <message>
            <source>&amp;Protokoll exportieren …</source>
            <translation>Export minutes …</translation>
        </message>
        <message>
            <source>Einladun&amp;g exportieren …</source>
            <translation>Export invitation …</translation>
        </message>
        <message>
            <source>na&amp;ch dem Export öffnen</source>
            <translation>&amp;Open after export</translation>
        </message>
        <message>
            <source>Vorschau des Protokolls</source>
            <translation>Minutes preview</translation>
        </message>
        <message>
            <source>Niederschrift</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source> öffentlich</source>
            <translation> public</translation>
        </message>
        <message>
            <source>Protokoll exportieren</source>
            <translation>Export minutes</translation>
        </message>
        <message>
            <source>Einladung exportieren</source>
            <translation>Export invitation</translation>
        </message>
        <message>
            <source>Einladung</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Ladungsfrist</source>
            <translation>Notice period</translation>
        </message>
        <message>
            <source>Zustand: eingeladen</source>
            <translation>State: invited</translation>
        </message>
        <message>
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>ModuleInserter</name>
        <message>
            <source>Textbaustein einfügen</source>
            <translation>Insert text module</translation>
        </message>
        <message>
            <source>Textbaustein einfügen	Strg+Leertaste</source>
            <translation>Insert text module	Ctrl+Space</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>%1. Sitzung · %2</source>
            <translation>Meeting %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>Neue Sitzung</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>&amp;Gremium</source>
            <translation>&amp;Body</translation>
        </message>
        <message>
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Beginn</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;Ende</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <source>&amp;Ort</source>
            <translation>&amp;Venue</translation>
        </message>
    </context>
    <context>
        <name>ObjectionDialog</name>
        <message>
            <source>Einwendung</source>
            <translation>Objection</translation>
        </message>
        <message>
            <source>Von (Mitglied)</source>
            <translation>From (member)</translation>
        </message>
        <message>
            <source>– andere Person, bitte Namen angeben –</source>
            <translation>– another person, please give the name –</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Eingegangen am</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>Erledigung</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Wie die Einwendung erledigt wurde, z. B. „im Entwurf berichtigt“</source>
            <translation>How the objection was dealt with, e.g. “corrected in the draft”</translation>
        </message>
        <message>
            <source>&amp;Von</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>oder &amp;Name</source>
            <translation>or &amp;name</translation>
        </message>
        <message>
            <source>Eingegangen &amp;am</source>
            <translation>Received &amp;on</translation>
        </message>
        <message>
            <source>Ein&amp;wendung</source>
            <translation>Ob&amp;jection</translation>
        </message>
        <message>
            <source>E&amp;rledigung</source>
            <translation>&amp;Resolution</translation>
        </message>
    </context>
    <context>
        <name>OparlExport</name>
        <message>
            <source>Ordner für den OParl-Export</source>
            <translation>Folder for the OParl export</translation>
        </message>
    </context>
    <context>
        <name>OparlExportDialog</name>
        <message>
            <source>OParl-Export</source>
            <translation>OParl export</translation>
        </message>
        <message>
            <source>Auswählen …</source>
            <translation>Choose …</translation>
        </message>
        <message>
            <source>Schreibt den öffentlichen Teil der Datei als OParl-1.1-Ordner (JSON) für das Ratsinformationssystem: Sitzungen mit öffentlichen Tagesordnungspunkten, Ergebnisse und genehmigte Niederschriften (öffentliche Fassung: sie nennt die Mitglieder, Gäste nur als Zahl), Empfehlungen, Mitglieder nur mit Namen. Nichtöffentliches und Kontaktdaten bleiben draußen.</source>
            <translation>Writes the public part of the file as an OParl 1.1 folder (JSON) for the council information system: meetings with public agenda items, results and approved minutes (public version: it names the members, guests only as a number), recommendations, members by name only. Non-public content and contact details are left out.</translation>
        </message>
        <message>
            <source>&amp;Basis-Adresse</source>
            <translation>&amp;Base address</translation>
        </message>
        <message>
            <source>&amp;Ordner</source>
            <translation>&amp;Folder</translation>
        </message>
        <message>
            <source>Genehmigte Niederschriften auch als &amp;PDF/A</source>
            <translation>Approved minutes also as &amp;PDF/A</translation>
        </message>
        <message>
            <source>Genehmigte Niederschriften auch als PDF/A</source>
            <translation>Approved minutes also as PDF/A</translation>
        </message>
        <message>
            <source>Für das Archiv, neben der Word-Datei; LibreOffice braucht dafür einige Sekunden je genehmigter Niederschrift</source>
            <translation>For the archive, alongside the Word file; LibreOffice needs a few seconds per approved set of minutes</translation>
        </message>
        <message>
            <source>Dafür wird LibreOffice benötigt; es ist nicht installiert.</source>
            <translation>This needs LibreOffice, which is not installed.</translation>
        </message>
        <message>
            <source>Bitte einen Ordner wählen.</source>
            <translation>Please choose a folder.</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>Organisation bearbeiten</source>
            <translation>Edit organisation</translation>
        </message>
        <message>
            <source>Neue Organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <source>z. B. Kinder- und Jugendhilfe e. V.</source>
            <translation>e.g. Kinder- und Jugendhilfe e. V.</translation>
        </message>
        <message>
            <source>z. B. KJH</source>
            <translation>e.g. KJH</translation>
        </message>
        <message>
            <source>– keine Angabe –</source>
            <translation>– not specified –</translation>
        </message>
        <message>
            <source>Straße, PLZ Ort</source>
            <translation>Street, postcode town</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kurzname:</source>
            <translation>&amp;Short name:</translation>
        </message>
        <message>
            <source>&amp;Art:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>An&amp;schrift:</source>
            <translation>A&amp;ddress:</translation>
        </message>
    </context>
    <context>
        <name>OrganizationKind</name>
        <message>
            <source>Amt/Verwaltung</source>
            <translation>public office</translation>
        </message>
        <message>
            <source>freier Träger</source>
            <translation>independent provider</translation>
        </message>
        <message>
            <source>Hochschule</source>
            <translation>university</translation>
        </message>
        <message>
            <source>Beratung</source>
            <translation>consultancy</translation>
        </message>
        <message>
            <source>Ministerium</source>
            <translation>ministry</translation>
        </message>
        <message>
            <source>sonstige</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>OrganizationsTab</name>
        <message>
            <source>Organisation anlegen</source>
            <translation>Create organisation</translation>
        </message>
        <message>
            <source>Organisation bearbeiten</source>
            <translation>Edit organisation</translation>
        </message>
        <message>
            <source>Jetzt mit einer anderen Organisation zusammenführen?</source>
            <translation>Merge it with another organisation now?</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kurzname</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>eingetragen bei</source>
            <translation>recorded with</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>&amp;Neue Organisation …</source>
            <translation>&amp;New organisation …</translation>
        </message>
        <message>
            <source>Bearbei&amp;ten …</source>
            <translation>Edi&amp;t …</translation>
        </message>
        <message>
            <source>Zusammenfüh&amp;ren …</source>
            <translation>Mer&amp;ge …</translation>
        </message>
        <message>
            <source>Ent&amp;fernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Neue Organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <source>Organisationen zusammenführen</source>
            <translation>Merge organisations</translation>
        </message>
        <message>
            <source>Organisation entfernen</source>
            <translation>Remove organisation</translation>
        </message>
        <message>
            <source>Organisation nicht entfernt</source>
            <translation>Organisation not removed</translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <source>angenommen</source>
            <translation>adopted</translation>
        </message>
        <message>
            <source>abgelehnt</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>vertagt</source>
            <translation>postponed</translation>
        </message>
        <message>
            <source>zurückgezogen</source>
            <translation>withdrawn</translation>
        </message>
    </context>
    <context>
        <name>OwnersEditor</name>
        <message>
            <source>Verantwortliche</source>
            <translation>People responsible</translation>
        </message>
        <message>
            <source>Verantwortliche wählen</source>
            <translation>Choose people responsible</translation>
        </message>
        <message>
            <source>Seite der Verantwortlichen</source>
            <translation>Side of the people responsible</translation>
        </message>
        <message>
            <source>Gilt nur für Verantwortliche ohne Sitz im Gremium; sonst zählt die Seite ihrer Mitgliedschaft.</source>
            <translation>Applies only to people responsible without a seat in the body; otherwise the side of their membership counts.</translation>
        </message>
        <message>
            <source>Hinzu&amp;fügen</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Verantwortliche hinzufügen</source>
            <translation>Add person responsible</translation>
        </message>
        <message>
            <source>Wegnehmen</source>
            <translation>Take away</translation>
        </message>
        <message>
            <source>Verantwortliche entfernen</source>
            <translation>Remove person responsible</translation>
        </message>
        <message>
            <source>(Seite aus der Mitgliedschaft)</source>
            <translation>(side from the membership)</translation>
        </message>
    </context>
    <context>
        <name>PapersBox</name>
        <message>
            <source>Unterlagen</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Unterlagen des TOP</source>
            <translation>Documents for the item</translation>
        </message>
        <message>
            <source>Dateien zu diesem TOP, in der SRO-Datei gespeichert. Doppelklick öffnet, F2 benennt um, Entf entfernt.</source>
            <translation>Files for this item, stored in the SRO file. Double-click opens, F2 renames, Del removes.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Größe</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Datei anhängen</source>
            <translation>Attach file</translation>
        </message>
        <message>
            <source>Unterlage öffnen</source>
            <translation>Open document</translation>
        </message>
        <message>
            <source>Öffnet eine Kopie mit dem Programm des Systems; Änderungen an der Kopie kommen nicht in die SRO-Datei.</source>
            <translation>Opens a copy with the system's program; changes to the copy do not go into the SRO file.</translation>
        </message>
        <message>
            <source>Unterlage speichern unter</source>
            <translation>Save document as</translation>
        </message>
        <message>
            <source>Alle Dateien (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Datei anh&amp;ängen …</source>
            <translation>Attach file …</translation>
        </message>
        <message>
            <source>Öffnen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Speichern unter …</source>
            <translation>Save as …</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Unterlage entfernen</source>
            <translation>Remove document</translation>
        </message>
        <message>
            <source>Strg+Z holt sie zurück.</source>
            <translation>Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>%1 Bytes · SHA-256 %2</source>
            <translation>%1 bytes · SHA-256 %2</translation>
        </message>
        <message>
            <source>Das Protokoll ist genehmigt; die Unterlagen bleiben, wie sie sind.</source>
            <translation>The minutes are approved; the documents stay as they are.</translation>
        </message>
        <message>
            <source>Die Datei ist schreibgeschützt geöffnet.</source>
            <translation>The file is open read-only.</translation>
        </message>
        <message>
            <source>Dateien bis %1 MB; sie werden in der SRO-Datei gespeichert. Dateien lassen sich auch hierher ziehen.</source>
            <translation>Files up to %1 MB; they are stored in the SRO file. Files can also be dragged here.</translation>
        </message>
        <message>
            <source>Unterlage „%1“ anhängen</source>
            <translation>Attach document “%1”</translation>
        </message>
        <message>
            <source>Unterlage umbenennen</source>
            <translation>Rename document</translation>
        </message>
        <message>
            <source>Unterlage „%1“ entfernen</source>
            <translation>Remove document “%1”</translation>
        </message>
        <message>
            <source>Die Kopie zum Öffnen ließ sich nicht schreiben: %1</source>
            <translation>The copy for opening could not be written: %1</translation>
        </message>
        <message>
            <source>Für „%1“ ist kein Programm eingerichtet. Bitte mit „Speichern unter …“ speichern und von dort öffnen.</source>
            <translation>No program is set up for “%1”. Please save it with “Save as …” and open it from there.</translation>
        </message>
        <message>
            <source>„%1“ ließ sich nicht speichern: %2</source>
            <translation>“%1” could not be saved: %2</translation>
        </message>
    </context>
    <context>
        <name>ParitySide</name>
        <message>
            <source>Verwaltung</source>
            <translation>public office</translation>
        </message>
        <message>
            <source>Freie Träger</source>
            <translation>independent providers</translation>
        </message>
    </context>
    <context>
        <name>ParticipantChoice</name>
        <message>
            <source>Teilnahmebescheinigung für</source>
            <translation>Certificate of attendance for</translation>
        </message>
        <message>
            <source>Teilnehmende Person</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Teilnehmende &amp;Person:</source>
            <translation>&amp;Participant:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTable</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Seite von %1</source>
            <translation>Side of %1</translation>
        </message>
        <message>
            <source>ohne Organisation</source>
            <translation>no organisation</translation>
        </message>
    </context>
    <context>
        <name>PeerDialog</name>
        <message>
            <source>Änderungen weitergeben</source>
            <translation>Pass on changes</translation>
        </message>
        <message>
            <source>Für</source>
            <translation>For</translation>
        </message>
        <message>
            <source>an „%1“ (was „%1“ noch nicht hat)</source>
            <translation>to “%1” (what “%1” does not have yet)</translation>
        </message>
        <message>
            <source>alle Änderungen (für jede Kopie)</source>
            <translation>all changes (for every copy)</translation>
        </message>
        <message>
            <source>&amp;Für:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>Weiter …</source>
            <translation>Next …</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>%1 (Stellv.)</source>
            <translation>%1 (deputy)</translation>
        </message>
        <message>
            <source>Person bearbeiten</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>Person anlegen</source>
            <translation>Create person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Gremien</source>
            <translation>Bodies</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <source>&amp;Neue Person …</source>
            <translation>&amp;New person …</translation>
        </message>
        <message>
            <source>Bearbei&amp;ten …</source>
            <translation>Edi&amp;t …</translation>
        </message>
        <message>
            <source>Ent&amp;fernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Neue Person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Person entfernen</source>
            <translation>Remove person</translation>
        </message>
        <message>
            <source>Person nicht entfernt</source>
            <translation>Person not removed</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Person bearbeiten</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>Neue Person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>z. B. Dr.</source>
            <translation>e.g. Dr</translation>
        </message>
        <message>
            <source>– keine –</source>
            <translation>– none –</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Vorname:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>&amp;Nachname:</source>
            <translation>&amp;Last name:</translation>
        </message>
        <message>
            <source>&amp;E-Mail:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>Tele&amp;fon:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>Or&amp;ganisation:</source>
            <translation>Or&amp;ganisation:</translation>
        </message>
    </context>
    <context>
        <name>PostDialog</name>
        <message>
            <source>Stelle bearbeiten</source>
            <translation>Edit post</translation>
        </message>
        <message>
            <source>Neue Stelle</source>
            <translation>New post</translation>
        </message>
        <message>
            <source>unbesetzt</source>
            <translation>vacant</translation>
        </message>
        <message>
            <source>befristet bis</source>
            <translation>fixed-term until</translation>
        </message>
        <message>
            <source>z. B. 0,75</source>
            <translation>e.g. 0.75</translation>
        </message>
        <message>
            <source>Hinweis zur neuen Besetzung</source>
            <translation>Note on the new appointment</translation>
        </message>
        <message>
            <source>&amp;Bezeichnung:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Inhaber/in:</source>
            <translation>&amp;Holder:</translation>
        </message>
        <message>
            <source>&amp;Arbeitgeber:</source>
            <translation>&amp;Employer:</translation>
        </message>
        <message>
            <source>&amp;Seite:</source>
            <translation>&amp;Side:</translation>
        </message>
        <message>
            <source>besetzt a&amp;b:</source>
            <translation>Filled &amp;from:</translation>
        </message>
        <message>
            <source>besetzt bis:</source>
            <translation>Filled until:</translation>
        </message>
        <message>
            <source>A&amp;nteil (Stelle):</source>
            <translation>Sha&amp;re (of post):</translation>
        </message>
        <message>
            <source>&amp;finanziert aus:</source>
            <translation>F&amp;unded from:</translation>
        </message>
        <message>
            <source>Be&amp;merkung:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>Neue Besetzung ab diesem Tag; die bisherige (seit %1) endet am Tag davor.
Nur berichtigen: %1 eintragen.</source>
            <translation>New appointment from this day; the previous one (since %1) ends the day before.
Only correcting: enter %1.</translation>
        </message>
        <message>
            <source>Stelle ändern</source>
            <translation>Change post</translation>
        </message>
        <message>
            <source>Stelle anlegen</source>
            <translation>Create post</translation>
        </message>
    </context>
    <context>
        <name>PostsPanel</name>
        <message>
            <source>Bezeichnung</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Inhaber/in</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Arbeitgeber</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Anteil</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>finanziert aus</source>
            <translation>funded from</translation>
        </message>
        <message>
            <source>Stellen</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>Wer welche Stelle wann innehatte; Doppelklick bearbeitet.</source>
            <translation>Who held which post when; double-click edits.</translation>
        </message>
        <message>
            <source>Neue &amp;Stelle …</source>
            <translation>&amp;New post …</translation>
        </message>
        <message>
            <source>Neue Stelle</source>
            <translation>New post</translation>
        </message>
        <message>
            <source>S&amp;telle bearbeiten …</source>
            <translation>E&amp;dit post …</translation>
        </message>
        <message>
            <source>Stelle bearbeiten</source>
            <translation>Edit post</translation>
        </message>
        <message>
            <source>Stelle &amp;entfernen</source>
            <translation>&amp;Remove post</translation>
        </message>
        <message>
            <source>Stelle entfernen</source>
            <translation>Remove post</translation>
        </message>
        <message>
            <source>unbesetzt</source>
            <translation>vacant</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Stelle wählen.</source>
            <translation>Please choose a post first.</translation>
        </message>
        <message>
            <source>Die Stelle „%1“ entfernen?

Strg+Z holt sie zurück.</source>
            <translation>Remove the post “%1”?

Ctrl+Z brings it back.</translation>
        </message>
    </context>
    <context>
        <name>PresetDialog</name>
        <message>
            <source>Anteil für die Beschlussfähigkeit</source>
            <translation>Share for the quorum</translation>
        </message>
        <message>
            <source>Beschlussfähig bei</source>
            <translation>Quorate with</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit bezogen auf</source>
            <translation>Quorum based on</translation>
        </message>
        <message>
            <source>jede paritätische Seite muss vertreten sein</source>
            <translation>every parity side must be represented</translation>
        </message>
        <message>
            <source>Beschlussregel</source>
            <translation>Decision rule</translation>
        </message>
        <message>
            <source>Mehrheit gemessen an</source>
            <translation>Majority measured against</translation>
        </message>
        <message>
            <source>Stichentscheid des Vorsitzes</source>
            <translation>Casting vote of the chair</translation>
        </message>
        <message>
            <source>mehr als eine Stimme je Person</source>
            <translation>more than one vote per person</translation>
        </message>
        <message>
            <source>Widerspruch stoppt das Umlaufverfahren</source>
            <translation>An objection stops the written procedure</translation>
        </message>
        <message>
            <source>Namen namentlicher Abstimmungen im Protokoll</source>
            <translation>Names of roll-call votes in the minutes</translation>
        </message>
        <message>
            <source>Ladungsfrist</source>
            <translation>Notice period</translation>
        </message>
        <message>
            <source>mehr als</source>
            <translation>more than</translation>
        </message>
        <message>
            <source>mindestens</source>
            <translation>at least</translation>
        </message>
        <message>
            <source>1 Tag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>%1 Tage</source>
            <translation>%1 days</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Vorlage anwenden – %1</source>
            <translation>Apply preset – %1</translation>
        </message>
        <message>
            <source>Erläuterung der Vorlage</source>
            <translation>Explanation of the preset</translation>
        </message>
        <message>
            <source>Was sich ändert</source>
            <translation>What changes</translation>
        </message>
        <message>
            <source>Seiten, Sitze laut GO und Mitglieder bleiben, wie sie sind. Strg+Z nimmt die Vorlage wieder zurück.</source>
            <translation>Sides, statutory seats and members stay as they are. Ctrl+Z undoes the preset.</translation>
        </message>
        <message>
            <source>&amp;Vorlage:</source>
            <translation>&amp;Preset:</translation>
        </message>
        <message>
            <source>Bedeutet:</source>
            <translation>Means:</translation>
        </message>
        <message>
            <source>Ändert:</source>
            <translation>Changes:</translation>
        </message>
        <message>
            <source>Vorlage &amp;anwenden</source>
            <translation>&amp;Apply preset</translation>
        </message>
        <message>
            <source>nichts – die Regeln entsprechen schon dieser Vorlage</source>
            <translation>nothing – the rules already match this preset</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Änderungen übernehmen – Vorschau</source>
            <translation>Take in changes – preview</translation>
        </message>
        <message>
            <source>Aus &lt;b&gt;%1&lt;/b&gt; von „%2“ würde Folgendes übernommen. Noch ist nichts geändert.</source>
            <translation>The following would be taken in from &lt;b&gt;%1&lt;/b&gt; from “%2”. Nothing has been changed yet.</translation>
        </message>
        <message>
            <source>Vorschau</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Was auf beiden Laptops geändert wurde, wird nicht überschrieben: es wird als Konflikt zum Entscheiden angezeigt.</source>
            <translation>What was changed on both laptops is not overwritten: it is shown as a conflict to decide.</translation>
        </message>
        <message>
            <source>Übernehmen</source>
            <translation>Take in</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Drucken</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Welches Dokument drucken?</source>
            <translation>Which document should be printed?</translation>
        </message>
        <message>
            <source>Drucken über Word</source>
            <translation>Print via Word</translation>
        </message>
        <message>
            <source>Zum Drucken direkt aus SRO Desktop wird LibreOffice benötigt (kostenlos, www.libreoffice.org). Das Dokument kann stattdessen als Word-Datei im Textprogramm geöffnet und dort gedruckt werden.</source>
            <translation>Printing directly from SRO Desktop needs LibreOffice (free, www.libreoffice.org). Instead, the document can be opened as a Word file in the word processor and printed there.</translation>
        </message>
        <message>
            <source>In Word öffnen</source>
            <translation>Open in Word</translation>
        </message>
        <message>
            <source>Für PDF wird LibreOffice benötigt, es wurde aber nicht gefunden. Bitte LibreOffice installieren (kostenlos, www.libreoffice.org) oder die Umgebungsvariable SRO_SOFFICE auf das Programm soffice setzen.</source>
            <translation>PDF needs LibreOffice, which was not found. Please install LibreOffice (free, www.libreoffice.org) or set the environment variable SRO_SOFFICE to the soffice program.</translation>
        </message>
        <message>
            <source>Drucken nicht möglich</source>
            <translation>Printing not possible</translation>
        </message>
        <message>
            <source>Das PDF ließ sich nicht lesen.</source>
            <translation>The PDF could not be read.</translation>
        </message>
        <message>
            <source>Der Drucker hat den Auftrag nicht angenommen. Bitte den Drucker prüfen.</source>
            <translation>The printer did not accept the job. Please check the printer.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyButton</name>
        <message>
            <source>Datens&amp;chutz</source>
            <translation>&amp;Data protection</translation>
        </message>
        <message>
            <source>Auskunft über die gespeicherten Daten der Person; ehemalige Mitglieder anonymisieren</source>
            <translation>Information on the person's stored data; anonymise former members</translation>
        </message>
        <message>
            <source>&amp;Auskunft exportieren …</source>
            <translation>&amp;Export subject access information …</translation>
        </message>
        <message>
            <source>A&amp;nonymisieren …</source>
            <translation>A&amp;nonymise …</translation>
        </message>
        <message>
            <source>Name, Vorname, Titel, E-Mail und Telefon durch „%1 …“ ersetzen; Beschlüsse, Anwesenheit und Protokolle bleiben vollständig.</source>
            <translation>Replace surname, first name, title, email and phone with “%1 …”; decisions, attendance and minutes remain complete.</translation>
        </message>
        <message>
            <source>Die Datei ist schreibgeschützt geöffnet.</source>
            <translation>The file is open read-only.</translation>
        </message>
        <message>
            <source>Nicht anonymisiert</source>
            <translation>Not anonymised</translation>
        </message>
        <message>
            <source>Anonymisieren</source>
            <translation>Anonymise</translation>
        </message>
        <message>
            <source>Auskunft %1.json</source>
            <translation>Personal data %1.json</translation>
        </message>
        <message>
            <source>Auskunft exportieren</source>
            <translation>Export personal data</translation>
        </message>
        <message>
            <source>JSON-Datei (*.json)</source>
            <translation>JSON file (*.json)</translation>
        </message>
        <message>
            <source>%1 anonymisieren?

Name, Vorname, Titel, E-Mail und Telefon werden durch „%2 …“ ersetzt; die bisherigen Angaben werden aus der Datei gelöscht. Beschlüsse, Anwesenheit, Aufgaben und Protokolle bleiben vollständig und zeigen künftig den neuen Namen. Frei geschriebene Texte (z. B. Notizen) und ältere Sicherungen bleiben unverändert.

Solange die Datei geöffnet ist, nimmt „Rückgängig“ das zurück.</source>
            <translation>Anonymise %1?

Surname, first name, title, email and phone are replaced by “%2 …”; the previous details are deleted from the file. Decisions, attendance, tasks and minutes stay complete and show the new name from now on. Freely written texts (e.g. notes) and older backups stay unchanged.

As long as the file is open, “Undo” reverses this.</translation>
        </message>
        <message>
            <source>Anonymisiert</source>
            <translation>Anonymised</translation>
        </message>
    </context>
    <context>
        <name>Procedure</name>
        <message>
            <source>Abstimmung</source>
            <translation>vote</translation>
        </message>
        <message>
            <source>vertagt</source>
            <translation>postponed</translation>
        </message>
        <message>
            <source>zurückgezogen</source>
            <translation>withdrawn</translation>
        </message>
    </context>
    <context>
        <name>ProcedureForm</name>
        <message>
            <source>mehr als</source>
            <translation>more than</translation>
        </message>
        <message>
            <source>mindestens</source>
            <translation>at least</translation>
        </message>
        <message>
            <source>Anteil der Stimmberechtigten als Bruch, z. B. 1/2 oder 2/3</source>
            <translation>Share of the voting members as a fraction, e.g. 1/2 or 2/3</translation>
        </message>
        <message>
            <source>&amp;jede paritätische Seite muss vertreten sein</source>
            <translation>ever&amp;y parity side must be represented</translation>
        </message>
        <message>
            <source>Bei Stimmengleichheit entscheidet die Stimme des Vorsitzes</source>
            <translation>In a tie, the chair's vote decides</translation>
        </message>
        <message>
            <source>Eine Person darf mehr als eine Stimme führen (Stimmrechtsübertragung)</source>
            <translation>A person may cast more than one vote (transfer of voting rights)</translation>
        </message>
        <message>
            <source>Ein Widerspruch gegen das Umlaufverfahren stoppt es</source>
            <translation>An objection to the written procedure stops it</translation>
        </message>
        <message>
            <source>Namentliche Abstimmungen mit Namen ins Protokoll</source>
            <translation>Roll-call votes with names in the minutes</translation>
        </message>
        <message>
            <source>Stichentscheid: sonst ist ein Antrag bei Stimmengleichheit abgelehnt.</source>
            <translation>Casting vote: otherwise a motion is rejected in a tie.</translation>
        </message>
        <message>
            <source>Sonst zählt eine Person, die zugleich eigenes Mitglied und Stellvertretung ist, nur einmal.</source>
            <translation>Otherwise a person who is both a member and a deputy counts only once.</translation>
        </message>
        <message>
            <source>Sonst entscheiden im Umlaufverfahren allein die Antworten nach der Beschlussregel.</source>
            <translation>Otherwise only the responses decide in the written procedure, by the decision rule.</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>der Stimmberechtigten anwesend</source>
            <translation>of the voting members present</translation>
        </message>
        <message>
            <source>Besch&amp;lussfähig:</source>
            <translation>&amp;Quorate:</translation>
        </message>
        <message>
            <source>mehr als oder mindestens</source>
            <translation>more than or at least</translation>
        </message>
        <message>
            <source>Anteil für die Beschlussfähigkeit</source>
            <translation>Share for the quorum</translation>
        </message>
        <message>
            <source>Bezogen auf:</source>
            <translation>Based on:</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit bezogen auf</source>
            <translation>Quorum based on</translation>
        </message>
        <message>
            <source>Sitze laut GO:</source>
            <translation>Seats under the rules of procedure:</translation>
        </message>
        <message>
            <source>Beschlüsse</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Beschluss&amp;regel:</source>
            <translation>Decision &amp;rule:</translation>
        </message>
        <message>
            <source>Mehrheit gemessen an:</source>
            <translation>Majority measured against:</translation>
        </message>
        <message>
            <source>Mehrheit gemessen an</source>
            <translation>Majority measured against</translation>
        </message>
    </context>
    <context>
        <name>ProjectorSwitch</name>
        <message>
            <source>Projektoransicht</source>
            <translation>Projector view</translation>
        </message>
        <message>
            <source>Bildschirm für die Projektoransicht:</source>
            <translation>Screen for the projector view:</translation>
        </message>
        <message>
            <source>Zeigt Gremium, Sitzung, den gewählten TOP und den Beschluss mit dem Ergebnis groß auf dem zweiten Bildschirm (Beamer); Esc schließt sie (F5)</source>
            <translation>Shows the body, meeting, selected item and the decision with its result in large print on the second screen (projector); Esc closes it (F5)</translation>
        </message>
        <message>
            <source>%1. Sitzung · %2</source>
            <translation>Meeting %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Projektoransicht</source>
            <translation>Projector view</translation>
        </message>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>TOP</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Titel des TOP</source>
            <translation>Item title</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Wortlaut</source>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Votum der beratenden Mitglieder</source>
            <translation>Vote of the advisory members</translation>
        </message>
        <message>
            <source>TOP %1</source>
            <translation>Item %1</translation>
        </message>
        <message>
            <source> (vertagt)</source>
            <translation> (postponed)</translation>
        </message>
        <message>
            <source>Beschluss %1</source>
            <translation>Decision %1</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>Abstention</translation>
        </message>
    </context>
    <context>
        <name>QualityDimension</name>
        <message>
            <source>Strukturqualität</source>
            <translation>structural quality</translation>
        </message>
        <message>
            <source>Prozessqualität</source>
            <translation>process quality</translation>
        </message>
        <message>
            <source>Ergebnisqualität</source>
            <translation>outcome quality</translation>
        </message>
    </context>
    <context>
        <name>QuorumBase</name>
        <message>
            <source>gesetzliche Mitgliederzahl (Sollzahl)</source>
            <translation>statutory number of members</translation>
        </message>
        <message>
            <source>besetzte Sitze</source>
            <translation>filled seats</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <source>Sitzungsgeld ändern</source>
            <translation>Change attendance allowance</translation>
        </message>
        <message>
            <source>Sitzungsgeld festlegen</source>
            <translation>Set attendance allowance</translation>
        </message>
        <message>
            <source>gültig &amp;ab</source>
            <translation>valid &amp;from</translation>
        </message>
        <message>
            <source>gültig b&amp;is</source>
            <translation>valid &amp;until</translation>
        </message>
        <message>
            <source>auch für Beschäftigte der &amp;Verwaltung</source>
            <translation>also for a&amp;dministration staff</translation>
        </message>
        <message>
            <source>auch für Beschäftigte der Verwaltung</source>
            <translation>also for administration staff</translation>
        </message>
        <message>
            <source>Das Sitzungsgeld erhalten die Mitglieder dieser Seite (oder ihre Vertretung) je Sitzung, an der sie teilgenommen haben; Beträge in Euro.</source>
            <translation>Members of this side (or their deputies) receive the attendance allowance for each meeting they attended; amounts in euros.</translation>
        </message>
        <message>
            <source>&amp;Seite</source>
            <translation>&amp;Side</translation>
        </message>
        <message>
            <source>Sitzungs&amp;geld je Sitzung</source>
            <translation>Attendance &amp;allowance per meeting</translation>
        </message>
        <message>
            <source>&amp;Fahrtkosten je Sitzung</source>
            <translation>&amp;Travel costs per meeting</translation>
        </message>
        <message>
            <source>Gültig ab</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Gültig bis</source>
            <translation>Valid until</translation>
        </message>
    </context>
    <context>
        <name>RecipientsBox</name>
        <message>
            <source>Stellvertretungen in &amp;Cc</source>
            <translation>Deputies in &amp;Cc</translation>
        </message>
        <message>
            <source>Die Stellvertretungen der Mitglieder erhalten den Entwurf in Kopie</source>
            <translation>The members' deputies receive a copy of the draft</translation>
        </message>
        <message>
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Cc</source>
            <translation>Cc</translation>
        </message>
        <message>
            <source>Hinweis zu fehlenden Adressen</source>
            <translation>Note on missing addresses</translation>
        </message>
        <message>
            <source>&amp;An</source>
            <translation>&amp;To</translation>
        </message>
    </context>
    <context>
        <name>RecommendationAnswer</name>
        <message>
            <source>Empfehlung des Beirats</source>
            <translation>Recommendation of the advisory board</translation>
        </message>
        <message>
            <source>– noch keine –</source>
            <translation>– none yet –</translation>
        </message>
        <message>
            <source>Antwort</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Begründung der Antwort</source>
            <translation>Reasons for the response</translation>
        </message>
        <message>
            <source>Beschluss zur Antwort</source>
            <translation>Decision on the response</translation>
        </message>
        <message>
            <source>Begründung</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Stand: %1</source>
            <translation>State: %1</translation>
        </message>
        <message>
            <source> · Antwort fällig: %1</source>
            <translation> · Response due: %1</translation>
        </message>
        <message>
            <source>– keiner –</source>
            <translation>– none –</translation>
        </message>
        <message>
            <source>Antwort vorbereiten</source>
            <translation>Prepare response</translation>
        </message>
        <message>
            <source>Empfehlung beantworten</source>
            <translation>Respond to recommendation</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <source>Neue Empfehlung erfassen</source>
            <translation>Record new recommendation</translation>
        </message>
        <message>
            <source>Worum es geht, in einer Zeile</source>
            <translation>What it is about, in one line</translation>
        </message>
        <message>
            <source>Der Wortlaut der Empfehlung</source>
            <translation>The wording of the recommendation</translation>
        </message>
        <message>
            <source>Antwort &amp;fällig bis:</source>
            <translation>Response &amp;due by:</translation>
        </message>
        <message>
            <source>Von Gremium</source>
            <translation>From body</translation>
        </message>
        <message>
            <source>An Gremium</source>
            <translation>To body</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Beschlossen am</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Sitzung des Beirats</source>
            <translation>Meeting of the advisory board</translation>
        </message>
        <message>
            <source>Wortlaut</source>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Antwort fällig bis</source>
            <translation>Response due by</translation>
        </message>
        <message>
            <source>&amp;Von:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;An:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>Beschlossen a&amp;m:</source>
            <translation>Decided &amp;on:</translation>
        </message>
        <message>
            <source>in der &amp;Sitzung:</source>
            <translation>at the &amp;meeting:</translation>
        </message>
        <message>
            <source>&amp;Wortlaut:</source>
            <translation>&amp;Wording:</translation>
        </message>
        <message>
            <source>Empfehlung &amp;erfassen</source>
            <translation>&amp;Record recommendation</translation>
        </message>
        <message>
            <source>(ohne Sitzung)</source>
            <translation>(no meeting)</translation>
        </message>
    </context>
    <context>
        <name>RecommendationEditor</name>
        <message>
            <source>Antwort fällig</source>
            <translation>Response due</translation>
        </message>
        <message>
            <source>Tagesordnung</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Auf &amp;Tagesordnung setzen …</source>
            <translation>Put on the &amp;agenda …</translation>
        </message>
        <message>
            <source>Die Empfehlung als TOP in eine kommende Sitzung des angesprochenen Gremiums aufnehmen</source>
            <translation>Add the recommendation as an item to an upcoming meeting of the body addressed</translation>
        </message>
        <message>
            <source>&amp;Zur Sitzung</source>
            <translation>Go to &amp;meeting</translation>
        </message>
        <message>
            <source>Wortlaut der Empfehlung</source>
            <translation>Wording of the recommendation</translation>
        </message>
        <message>
            <source>Von:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>An:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Beschlossen am:</source>
            <translation>Decided on:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Antwort fällig:</source>
            <translation>Response due:</translation>
        </message>
        <message>
            <source>Tagesordnung:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Antwort: Status</source>
            <translation>Response: status</translation>
        </message>
        <message>
            <source>– bitte wählen –</source>
            <translation>– please choose –</translation>
        </message>
        <message>
            <source>Antwort mit Begründung</source>
            <translation>Response with reasons</translation>
        </message>
        <message>
            <source>Die Antwort mit Begründung, wie sie der Planungsgruppe mitgeteilt wird</source>
            <translation>The response with reasons, as communicated to the planning group</translation>
        </message>
        <message>
            <source>Fehler</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Beschluss zur Antwort</source>
            <translation>Decision on the response</translation>
        </message>
        <message>
            <source>Beantwortet am</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Ant&amp;wort:</source>
            <translation>Res&amp;ponse:</translation>
        </message>
        <message>
            <source>Besch&amp;luss:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>Beantwortet a&amp;m:</source>
            <translation>Answered &amp;on:</translation>
        </message>
        <message>
            <source>Verlauf …</source>
            <translation>History …</translation>
        </message>
        <message>
            <source>Wer hat die Empfehlung wann geändert?</source>
            <translation>Who changed the recommendation, and when?</translation>
        </message>
        <message>
            <source>Antwort</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Eine Empfehlung in der Liste auswählen.</source>
            <translation>Select a recommendation in the list.</translation>
        </message>
        <message>
            <source>%1 (%2. Sitzung)</source>
            <translation>%1 (meeting %2)</translation>
        </message>
        <message>
            <source>ohne Frist</source>
            <translation>no due date</translation>
        </message>
        <message>
            <source>(kein Wortlaut erfasst)</source>
            <translation>(no wording recorded)</translation>
        </message>
        <message>
            <source>Antwort %1</source>
            <translation>Response %1</translation>
        </message>
        <message>
            <source>TOP %1 der %2</source>
            <translation>Item %1 of %2</translation>
        </message>
        <message>
            <source>noch nicht</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>(kein Beschluss)</source>
            <translation>(no decision)</translation>
        </message>
        <message>
            <source>Empfehlung beantworten</source>
            <translation>Respond to recommendation</translation>
        </message>
        <message>
            <source>Empfehlung %1</source>
            <translation>Recommendation %1</translation>
        </message>
    </context>
    <context>
        <name>RecommendationState</name>
        <message>
            <source>eingegangen</source>
            <translation>received</translation>
        </message>
        <message>
            <source>auf Tagesordnung</source>
            <translation>on the agenda</translation>
        </message>
        <message>
            <source>angenommen</source>
            <translation>adopted</translation>
        </message>
        <message>
            <source>teilweise angenommen</source>
            <translation>partly adopted</translation>
        </message>
        <message>
            <source>abgelehnt</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>zurückgestellt</source>
            <translation>deferred</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsView</name>
        <message>
            <source>Angesprochenes Gremium filtern</source>
            <translation>Filter by body addressed</translation>
        </message>
        <message>
            <source>Nur unbeantw&amp;ortete</source>
            <translation>Only unans&amp;wered</translation>
        </message>
        <message>
            <source>Nur Empfehlungen, die eingegangen, auf der Tagesordnung oder zurückgestellt sind</source>
            <translation>Only recommendations that are received, on the agenda or deferred</translation>
        </message>
        <message>
            <source>Anzahl der Empfehlungen</source>
            <translation>Number of recommendations</translation>
        </message>
        <message>
            <source>&amp;Neue Empfehlung …</source>
            <translation>&amp;New recommendation …</translation>
        </message>
        <message>
            <source>Eine eingegangene Empfehlung des Beirats erfassen</source>
            <translation>Record a recommendation received from the advisory board</translation>
        </message>
        <message>
            <source>Empfehlung entfe&amp;rnen</source>
            <translation>&amp;Remove recommendation</translation>
        </message>
        <message>
            <source>Empfehlung entfernen</source>
            <translation>Remove recommendation</translation>
        </message>
        <message>
            <source>Die zuletzt erfasste Empfehlung eines Jahres entfernen, etwa eine doppelt erfasste (Strg+Z holt sie zurück).</source>
            <translation>Remove the last recommendation recorded in a year, e.g. one recorded twice (Ctrl+Z brings it back).</translation>
        </message>
        <message>
            <source>An &amp;Gremium:</source>
            <translation>To &amp;body:</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Beschlossen am</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>From</translation>
        </message>
        <message>
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Antwort fällig</source>
            <translation>Response due</translation>
        </message>
        <message>
            <source>Beantwortet am</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <source>Empfehlungen</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Empfehlungen des Beirats, die neuesten zuerst; überfällige Antworten rot. Die Antwort wird unter der Liste erfasst.</source>
            <translation>Recommendations of the advisory board, newest first; overdue responses in red. The response is recorded below the list.</translation>
        </message>
        <message>
            <source>%1 – überfällig</source>
            <translation>%1 – overdue</translation>
        </message>
        <message>
            <source>von %1 an %2</source>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <source>Die Antwort ist seit dem %1 überfällig.</source>
            <translation>The response has been overdue since %1.</translation>
        </message>
        <message>
            <source>Alle Gremien</source>
            <translation>All bodies</translation>
        </message>
        <message>
            <source>%1 Empfehlung, %2 unbeantwortet</source>
            <translation>%1 recommendation, %2 unanswered</translation>
        </message>
        <message>
            <source>%1 Empfehlungen, %2 unbeantwortet</source>
            <translation>%1 recommendations, %2 unanswered</translation>
        </message>
        <message>
            <source>Empfehlung %1 entfernen?

Strg+Z holt sie zurück.</source>
            <translation>Remove recommendation %1?

Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Empfehlung %1 entfernen</source>
            <translation>Remove recommendation %1</translation>
        </message>
        <message>
            <source>Nicht entfernt</source>
            <translation>Not removed</translation>
        </message>
        <message>
            <source>Empfehlung erfassen</source>
            <translation>Record recommendation</translation>
        </message>
        <message>
            <source>Keine Sitzung geplant</source>
            <translation>No meeting planned</translation>
        </message>
        <message>
            <source>Für %1 ist keine kommende Sitzung angelegt. Legen Sie die Sitzung unter „Sitzungen“ an und setzen Sie die Empfehlung dann auf die Tagesordnung.</source>
            <translation>No upcoming meeting has been created for %1. Create the meeting under “Meetings” and then put the recommendation on the agenda.</translation>
        </message>
        <message>
            <source>Empfehlung auf die Tagesordnung setzen</source>
            <translation>Put recommendation on the agenda</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>ungültig: %1</source>
            <translation>invalid: %1</translation>
        </message>
        <message>
            <source>Die Datei enthält hier einen Wert, den das Programm nicht lesen kann (von einem anderen Programm geschrieben): %1. Einzelheiten: sro-desktop check --db DATEI</source>
            <translation>The file contains a value here that the program cannot read (written by another program): %1. Details: sro-desktop check --db FILE</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Sicherung wiederherstellen</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Sicherungen</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Anlass</source>
            <translation>Occasion</translation>
        </message>
        <message>
            <source>Größe</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>&amp;Wiederherstellen …</source>
            <translation>&amp;Restore …</translation>
        </message>
        <message>
            <source>Sicherungen von %1, die neueste zuerst. Der jetzige Stand wird vor dem Wiederherstellen gesichert und bleibt so erhalten.</source>
            <translation>Backups of %1, newest first. The current state is backed up before restoring and so is kept.</translation>
        </message>
        <message>
            <source>Von %1 gibt es noch keine Sicherung. Sie wird beim Öffnen der Datei angelegt.</source>
            <translation>There is no backup of %1 yet. It is made when the file is opened.</translation>
        </message>
        <message>
            <source>%1 durch die Sicherung vom %2 ersetzen?

Änderungen seit dieser Sicherung sind danach nur noch in der Sicherung des jetzigen Stands, die vorher angelegt wird.</source>
            <translation>Replace %1 with the backup of %2?

Changes since that backup will then only be in the backup of the current state, which is made beforehand.</translation>
        </message>
    </context>
    <context>
        <name>ResultBox</name>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Ergebnis des TOP</source>
            <translation>Result of the item</translation>
        </message>
        <message>
            <source>Vorschlag übernehmen</source>
            <translation>Use suggestion</translation>
        </message>
        <message>
            <source>Den Vorschlag aus dem Textbaustein in das Feld übernehmen, um ihn zu ändern</source>
            <translation>Copy the suggestion from the text module into the field in order to change it</translation>
        </message>
        <message>
            <source>Ergebnis des TOP, wie es ins Protokoll kommt</source>
            <translation>Result of the item as it goes into the minutes</translation>
        </message>
        <message>
            <source>Leer: ins Protokoll kommt der Vorschlag (grau)</source>
            <translation>Empty: the suggestion (grey) goes into the minutes</translation>
        </message>
        <message>
            <source>Ergebnis zu TOP %1</source>
            <translation>Result for item %1</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Vorsitz</source>
            <translation>chair</translation>
        </message>
        <message>
            <source>stellv. Vorsitz</source>
            <translation>vice-chair</translation>
        </message>
        <message>
            <source>Mitglied</source>
            <translation>member</translation>
        </message>
        <message>
            <source>beratendes Mitglied</source>
            <translation>advisory member</translation>
        </message>
        <message>
            <source>Gast</source>
            <translation>guest</translation>
        </message>
        <message>
            <source>Protokoll</source>
            <translation>minutes</translation>
        </message>
    </context>
    <context>
        <name>RollCall</name>
        <message>
            <source>Namentliche Abstimmung</source>
            <translation>Roll-call vote</translation>
        </message>
        <message>
            <source>Je Mitglied eine Stimme: Klick in die Spalte oder Taste J (Ja), N (Nein), E (Enthaltung), B (befangen), K (keine Stimme); danach ist das nächste Mitglied dran.</source>
            <translation>One vote per member: click in the column or press Y (yes), N (no), E (abstention), B (conflict of interest), K (no vote); then it is the next member's turn.</translation>
        </message>
        <message>
            <source>Mitglied</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enth.</source>
            <translation>Abst.</translation>
        </message>
        <message>
            <source>bef.</source>
            <translation>Confl.</translation>
        </message>
        <message>
            <source>keine</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Wer die Stimme hält (ein Vertreter mit „i. V.“)</source>
            <translation>Who holds the vote (a deputy is marked “i. V.”)</translation>
        </message>
        <message>
            <source>Ja (Taste J)</source>
            <translation>Yes (key Y)</translation>
        </message>
        <message>
            <source>Nein (Taste N)</source>
            <translation>No (key N)</translation>
        </message>
        <message>
            <source>Enthaltung (Taste E)</source>
            <translation>Abstention (key E)</translation>
        </message>
        <message>
            <source>befangen (Taste B)</source>
            <translation>Conflict of interest (key B)</translation>
        </message>
        <message>
            <source>keine Stimme (Taste K)</source>
            <translation>No vote (key K)</translation>
        </message>
        <message>
            <source>Übrige mit Ja</source>
            <translation>Remaining vote yes</translation>
        </message>
        <message>
            <source>Alle, die noch keine Stimme haben, stimmen mit Ja</source>
            <translation>Everyone who has no vote yet votes yes</translation>
        </message>
        <message>
            <source>Tasten: J Ja · N Nein · E Enth. · B befangen · K keine</source>
            <translation>Keys: Y yes · N no · E abst. · B conflict of interest · K none</translation>
        </message>
        <message>
            <source>Stimmen je Seite</source>
            <translation>Votes per side</translation>
        </message>
        <message>
            <source>%1 (nicht anwesend)</source>
            <translation>%1 (not present)</translation>
        </message>
        <message>
            <source>Stimme von %1</source>
            <translation>Vote of %1</translation>
        </message>
        <message>
            <source>Beschluss %1: %2</source>
            <translation>Decision %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RuleTips</name>
        <message>
            <source>Einfache Mehrheit: mehr als die Hälfte der Bezugsgröße des Gremiums stimmt mit Ja (Voreinstellung: Ja gegen Nein, Enthaltungen zählen nicht). Bei Gleichstand abgelehnt, außer die Stimme des Vorsitzes entscheidet.</source>
            <translation>Simple majority: more than half of the body's reference base votes yes (default: yes against no, abstentions do not count). A tie means rejected, unless the chair's vote decides.</translation>
        </message>
        <message>
            <source>Zweidrittelmehrheit: mindestens zwei Drittel der Bezugsgröße des Gremiums stimmen mit Ja (Ja und Nein, die abgegebenen Stimmen, die Anwesenden oder die Mitglieder laut Geschäftsordnung).</source>
            <translation>Two-thirds majority: at least two thirds of the body's reference base vote yes (yes and no, the votes cast, those present or the members under the rules of procedure).</translation>
        </message>
        <message>
            <source>Dreiviertelmehrheit: mindestens drei Viertel der Bezugsgröße des Gremiums stimmen mit Ja (Ja und Nein, die abgegebenen Stimmen, die Anwesenden oder die Mitglieder laut Geschäftsordnung).</source>
            <translation>Three-quarters majority: at least three quarters of the body's reference base vote yes (yes and no, the votes cast, those present or the members under the rules of procedure).</translation>
        </message>
        <message>
            <source>Absolute Mehrheit: mehr als die Hälfte der Mitglieder laut Geschäftsordnung stimmt mit Ja, gleich wie viele anwesend sind.</source>
            <translation>Absolute majority: more than half of the members under the rules of procedure vote yes, however many are present.</translation>
        </message>
        <message>
            <source>Doppelte Mehrheit: eine Mehrheit insgesamt und zugleich auf jeder paritätischen Seite (z. B. Verwaltung und freie Träger). Nur für Gremien mit zwei paritätischen Seiten.</source>
            <translation>Double majority: a majority overall and at the same time on each parity side (e.g. administration and independent providers). Only for bodies with two parity sides.</translation>
        </message>
        <message>
            <source>Konsens: angenommen, wenn niemand mit Nein stimmt und mindestens eine Ja-Stimme da ist; Enthaltungen sind möglich.</source>
            <translation>Consensus: carried if nobody votes no and there is at least one yes vote; abstentions are possible.</translation>
        </message>
        <message>
            <source>Welche Mehrheit ein Beschluss braucht. Die Erklärung jeder Regel zeigt ihr Eintrag in der Liste; alles unter Hilfe › Regeln.</source>
            <translation>Which majority a decision needs. Each rule's entry in the list shows its explanation; everything is under Help › Rules.</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit: das Gremium kann beschließen, wenn dieser Anteil der Stimmberechtigten anwesend ist (üblich: mehr als die Hälfte). Befangene zählen beim jeweiligen TOP nicht mit.</source>
            <translation>Quorum: the body can take decisions when this share of those entitled to vote is present (usually: more than half). Members with a conflict of interest are not counted for the item concerned.</translation>
        </message>
        <message>
            <source>Gezählt auf die Sollzahl der Sitze laut Geschäftsordnung: ein unbesetzter Sitz senkt die Hürde nicht.</source>
            <translation>Counted against the statutory number of seats under the rules of procedure: a vacant seat does not lower the threshold.</translation>
        </message>
        <message>
            <source>Gezählt auf die heute besetzten Sitze: unbesetzte Sitze zählen nicht.</source>
            <translation>Counted against the seats filled today: vacant seats do not count.</translation>
        </message>
        <message>
            <source>Umlaufverfahren (schriftliche Beschlussfassung): alle stimmberechtigten Mitglieder werden mit einer Frist gefragt; Antworten nach der Frist zählen nicht. Ein Widerspruch gegen das Verfahren stoppt es, wenn die Geschäftsordnung das vorsieht.</source>
            <translation>Written procedure (decision in writing): all members entitled to vote are asked, with a deadline; responses after the deadline do not count. An objection to the procedure stops it if the rules of procedure provide for this.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Regeln</source>
            <translation>Rules</translation>
        </message>
    </context>
    <context>
        <name>RulesTab</name>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Kürzel</source>
            <translation>Abbreviation</translation>
        </message>
        <message>
            <source>paritätisch</source>
            <translation>parity</translation>
        </message>
        <message>
            <source>stimmberechtigt</source>
            <translation>voting</translation>
        </message>
        <message>
            <source>Seiten</source>
            <translation>Sides</translation>
        </message>
        <message>
            <source>Name der neuen Seite</source>
            <translation>Name of the new side</translation>
        </message>
        <message>
            <source>Kürzel der neuen Seite</source>
            <translation>Abbreviation of the new side</translation>
        </message>
        <message>
            <source>Umbenennen mit Doppelklick oder F2. Für die Parität zählen die stimmberechtigten Mitglieder der paritätischen Seiten.</source>
            <translation>Rename with a double click or F2. For parity, the voting members of the parity sides count.</translation>
        </message>
        <message>
            <source>Wie der Name nach „Sitzung“ lautet, z. B. „des Beirats“ – für Einladungen und Protokolle.</source>
            <translation>How the name reads after “Sitzung” (German genitive), e.g. “des Beirats” – for invitations and minutes.</translation>
        </message>
        <message>
            <source>z. B. Rostock</source>
            <translation>e.g. Rostock</translation>
        </message>
        <message>
            <source>Der Ort im Unterschriftenblock des Protokolls: „Rostock, den …“.</source>
            <translation>The place in the signature block of the minutes: “Rostock, den …”.</translation>
        </message>
        <message>
            <source>Seite hinzuf&amp;ügen</source>
            <translation>Add si&amp;de</translation>
        </message>
        <message>
            <source>Vorlage an&amp;wenden …</source>
            <translation>Apply preset …</translation>
        </message>
        <message>
            <source>Die Regeln einer Geschäftsordnungs-Vorlage übernehmen; Seiten und Mitglieder bleiben.</source>
            <translation>Take over the rules of a rules-of-procedure preset; sides and members stay.</translation>
        </message>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Abbreviation:</translation>
        </message>
        <message>
            <source>Art&amp;ikel:</source>
            <translation>Artic&amp;le:</translation>
        </message>
        <message>
            <source>Geniti&amp;v:</source>
            <translation>Genitive:</translation>
        </message>
        <message>
            <source>Ar&amp;t:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>ber&amp;ät:</source>
            <translation>adv&amp;ises:</translation>
        </message>
        <message>
            <source>vor der Sitzung</source>
            <translation>before the meeting</translation>
        </message>
        <message>
            <source>Ladungs&amp;frist:</source>
            <translation>No&amp;tice period:</translation>
        </message>
        <message>
            <source>Ort der Unters&amp;chrift:</source>
            <translation>Place of si&amp;gnature:</translation>
        </message>
        <message>
            <source>Regeln der Geschäftsordnung</source>
            <translation>Rules of procedure</translation>
        </message>
        <message>
            <source> Tag</source>
            <translation> day</translation>
        </message>
        <message>
            <source> Tage</source>
            <translation> days</translation>
        </message>
        <message>
            <source>– kein anderes Gremium –</source>
            <translation>– no other body –</translation>
        </message>
        <message>
            <source>Gremium ändern</source>
            <translation>Change body</translation>
        </message>
        <message>
            <source>Vorlage anwenden</source>
            <translation>Apply preset</translation>
        </message>
        <message>
            <source>Seite ändern</source>
            <translation>Change side</translation>
        </message>
        <message>
            <source>Seite hinzufügen</source>
            <translation>Add side</translation>
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <source>Suchergebnisse</source>
            <translation>Search results</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Sprache</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Die Sprache gilt ab dem nächsten Start des Programms.</source>
            <translation>The language applies from the next start of the program.</translation>
        </message>
        <message>
            <source>Hinweis zur Sprache</source>
            <translation>Note on the language</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Language:</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Austausch einrichten</source>
            <translation>Set up exchange</translation>
        </message>
        <message>
            <source>z. B. Laptop Geschäftsstelle</source>
            <translation>e.g. office laptop</translation>
        </message>
        <message>
            <source>Name dieses Laptops</source>
            <translation>Name of this laptop</translation>
        </message>
        <message>
            <source>kein Ordner: Pakete von Hand weitergeben</source>
            <translation>no folder: pass packages on by hand</translation>
        </message>
        <message>
            <source>Austauschordner</source>
            <translation>Exchange folder</translation>
        </message>
        <message>
            <source>Ordner &amp;wählen …</source>
            <translation>&amp;Choose folder …</translation>
        </message>
        <message>
            <source>&amp;Name dieses Laptops:</source>
            <translation>&amp;Name of this laptop:</translation>
        </message>
        <message>
            <source>Austausch&amp;ordner:</source>
            <translation>Exchange &amp;folder:</translation>
        </message>
        <message>
            <source>Im Austauschordner (z. B. ein mit der Cloud der Stadt abgeglichener Ordner) legt das Programm beim Schließen die Änderungen dieser Datei ab und bietet beim Öffnen die Änderungen der anderen Laptops an.</source>
            <translation>In the exchange folder (e.g. a folder synchronised with the city's cloud) the program places this file's changes on closing and offers the other laptops' changes on opening.</translation>
        </message>
        <message>
            <source>Bekannte Laptops</source>
            <translation>Known laptops</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Zuletzt übernommen</source>
            <translation>Last taken in</translation>
        </message>
        <message>
            <source>Zuletzt weitergegeben</source>
            <translation>Last passed on</translation>
        </message>
        <message>
            <source>Laptops, mit denen diese Datei Änderungen getauscht hat:</source>
            <translation>Laptops this file has exchanged changes with:</translation>
        </message>
        <message>
            <source>Ordner nicht gespeichert</source>
            <translation>Folder not saved</translation>
        </message>
        <message>
            <source>Den Ordner %1 gibt es nicht. Bitte einen vorhandenen Ordner wählen.</source>
            <translation>The folder %1 does not exist. Please choose an existing folder.</translation>
        </message>
        <message>
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>SidesModel</name>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>StatutorySeats</name>
        <message>
            <source>Sitze laut GO zusammen</source>
            <translation>Statutory seats in total</translation>
        </message>
        <message>
            <source>keine Seite mit Stimmrecht</source>
            <translation>no side with voting rights</translation>
        </message>
        <message>
            <source>Zusammen: %1</source>
            <translation>Total: %1</translation>
        </message>
        <message>
            <source>%1 Sitz besetzt</source>
            <translation>%1 seat filled</translation>
        </message>
        <message>
            <source>%1 Sitze besetzt</source>
            <translation>%1 seats filled</translation>
        </message>
        <message>
            <source>%1 Sitz laut GO</source>
            <translation>%1 statutory seat</translation>
        </message>
        <message>
            <source>%1 Sitze laut GO</source>
            <translation>%1 statutory seats</translation>
        </message>
        <message>
            <source>, alle besetzt</source>
            <translation>, all filled</translation>
        </message>
        <message>
            <source>, %1 besetzt</source>
            <translation>, %1 filled</translation>
        </message>
        <message>
            <source> – %1 unbesetzt</source>
            <translation> – %1 vacant</translation>
        </message>
        <message>
            <source> – %1 mehr als vorgesehen</source>
            <translation> – %1 more than provided for</translation>
        </message>
        <message>
            <source>wie besetzt</source>
            <translation>as filled</translation>
        </message>
        <message>
            <source>Sitze laut GO: %1</source>
            <translation>Statutory seats: %1</translation>
        </message>
        <message>
            <source>Gesetzliche Zahl der stimmberechtigten Sitze dieser Seite (Sollzahl); „wie besetzt“: so viele, wie heute besetzt sind.</source>
            <translation>Statutory number of voting seats of this side (target number); “as filled”: as many as are filled today.</translation>
        </message>
        <message>
            <source>Besetzung: %1</source>
            <translation>Seats filled: %1</translation>
        </message>
        <message>
            <source>Sitze laut GO ändern</source>
            <translation>Change statutory seats</translation>
        </message>
    </context>
    <context>
        <name>TaskFilterBar</name>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Filter Gremium</source>
            <translation>Filter body</translation>
        </message>
        <message>
            <source>Filter Status</source>
            <translation>Filter status</translation>
        </message>
        <message>
            <source>Filter Seite</source>
            <translation>Filter side</translation>
        </message>
        <message>
            <source>Filter Organisation</source>
            <translation>Filter organisation</translation>
        </message>
        <message>
            <source>Filter Person</source>
            <translation>Filter person</translation>
        </message>
        <message>
            <source>Filter Meilenstein</source>
            <translation>Filter milestone</translation>
        </message>
        <message>
            <source>nur &amp;überfällige</source>
            <translation>o&amp;nly overdue</translation>
        </message>
        <message>
            <source>Nur überfällige Aufgaben</source>
            <translation>Only overdue tasks</translation>
        </message>
        <message>
            <source>Filter &amp;zurücksetzen</source>
            <translation>&amp;Reset filters</translation>
        </message>
        <message>
            <source>Filter zurücksetzen</source>
            <translation>Reset filters</translation>
        </message>
        <message>
            <source>Anzahl der Aufgaben</source>
            <translation>Number of tasks</translation>
        </message>
        <message>
            <source>unerledigt (offen, in Arbeit)</source>
            <translation>unfinished (open, in progress)</translation>
        </message>
        <message>
            <source>alle</source>
            <translation>all</translation>
        </message>
        <message>
            <source>&amp;Gremium</source>
            <translation>&amp;Body</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>S&amp;eite</source>
            <translation>Si&amp;de</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>&amp;Meilenstein</source>
            <translation>&amp;Milestone</translation>
        </message>
        <message>
            <source>%1 Aufgaben</source>
            <translation>%1 tasks</translation>
        </message>
        <message>
            <source>%1 Aufgabe</source>
            <translation>%1 task</translation>
        </message>
        <message>
            <source>alle Gremien</source>
            <translation>all bodies</translation>
        </message>
        <message>
            <source>alle Organisationen</source>
            <translation>all organisations</translation>
        </message>
        <message>
            <source>alle Personen</source>
            <translation>all people</translation>
        </message>
        <message>
            <source>alle Meilensteine</source>
            <translation>all milestones</translation>
        </message>
        <message>
            <source>alle Seiten</source>
            <translation>all sides</translation>
        </message>
    </context>
    <context>
        <name>TaskForm</name>
        <message>
            <source>Neue Aufgabe</source>
            <translation>New task</translation>
        </message>
        <message>
            <source>Titel der Aufgabe</source>
            <translation>Task title</translation>
        </message>
        <message>
            <source>Verantwortlich %1</source>
            <translation>Responsible %1</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Aus Beschluss</source>
            <translation>From decision</translation>
        </message>
        <message>
            <source>Tandem (&amp;je eine Seite)</source>
            <translation>Tandem (one &amp;per side)</translation>
        </message>
        <message>
            <source>Auf&amp;gabe</source>
            <translation>Tas&amp;k</translation>
        </message>
        <message>
            <source>Verantwortlich</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>und</source>
            <translation>and</translation>
        </message>
        <message>
            <source>– niemand –</source>
            <translation>– nobody –</translation>
        </message>
        <message>
            <source>– keiner –</source>
            <translation>– none –</translation>
        </message>
        <message>
            <source>Aufgabe anlegen</source>
            <translation>Create task</translation>
        </message>
    </context>
    <context>
        <name>TaskPanel</name>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Titel der Aufgabe</source>
            <translation>Task title</translation>
        </message>
        <message>
            <source>Beschreibung</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Mit Frist</source>
            <translation>With due date</translation>
        </message>
        <message>
            <source>Status der Aufgabe</source>
            <translation>Task status</translation>
        </message>
        <message>
            <source>Tandem aus beiden Seiten</source>
            <translation>Tandem from both sides</translation>
        </message>
        <message>
            <source>Tandem</source>
            <translation>Tandem</translation>
        </message>
        <message>
            <source>Wiedervorlage</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Meilenstein</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Aufgabe entfe&amp;rnen</source>
            <translation>&amp;Remove task</translation>
        </message>
        <message>
            <source>Aufgabe entfernen</source>
            <translation>Remove task</translation>
        </message>
        <message>
            <source>Die Aufgabe entfernen (Strg+Z holt sie zurück)</source>
            <translation>Remove the task (Ctrl+Z brings it back)</translation>
        </message>
        <message>
            <source>Eine Aufgabe in der Liste auswählen.</source>
            <translation>Select a task in the list.</translation>
        </message>
        <message>
            <source>Tite&amp;l:</source>
            <translation>Tit&amp;le:</translation>
        </message>
        <message>
            <source>Beschre&amp;ibung:</source>
            <translation>Descr&amp;iption:</translation>
        </message>
        <message>
            <source>Frist:</source>
            <translation>Due date:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>&amp;Wiedervorlage:</source>
            <translation>&amp;Follow-up:</translation>
        </message>
        <message>
            <source>Meile&amp;nstein:</source>
            <translation>Mile&amp;stone:</translation>
        </message>
        <message>
            <source>Verantwortli&amp;che:</source>
            <translation>Res&amp;ponsible:</translation>
        </message>
        <message>
            <source>Aufgabe: %1</source>
            <translation>Task: %1</translation>
        </message>
        <message>
            <source>(keine Wiedervorlage)</source>
            <translation>(no follow-up)</translation>
        </message>
        <message>
            <source>(kein Meilenstein)</source>
            <translation>(no milestone)</translation>
        </message>
        <message>
            <source>Nicht gespeichert: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Titel der Aufgabe ändern</source>
            <translation>Change task title</translation>
        </message>
        <message>
            <source>Beschreibung der Aufgabe ändern</source>
            <translation>Change task description</translation>
        </message>
        <message>
            <source>Fälligkeit der Aufgabe ändern</source>
            <translation>Change task due date</translation>
        </message>
        <message>
            <source>Status „%1“ setzen</source>
            <translation>Set status “%1”</translation>
        </message>
        <message>
            <source>Tandem der Aufgabe ändern</source>
            <translation>Change task tandem</translation>
        </message>
        <message>
            <source>Wiedervorlage der Aufgabe ändern</source>
            <translation>Change task follow-up</translation>
        </message>
        <message>
            <source>Meilenstein der Aufgabe ändern</source>
            <translation>Change task milestone</translation>
        </message>
        <message>
            <source>Verantwortliche der Aufgabe ändern</source>
            <translation>Change people responsible for the task</translation>
        </message>
        <message>
            <source>Die Aufgabe „%1“ entfernen?

Strg+Z holt sie zurück.</source>
            <translation>Remove the task “%1”?

Ctrl+Z brings it back.</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>in Arbeit</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>erledigt</source>
            <translation>done</translation>
        </message>
        <message>
            <source>entfallen</source>
            <translation>dropped</translation>
        </message>
    </context>
    <context>
        <name>TaskTable</name>
        <message>
            <source>Doppelklick öffnet die Aufgabe</source>
            <translation>Double-click opens the task</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Verantwortlich</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Fällig</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>überfällig seit %1</source>
            <translation>overdue since %1</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <source>Fällig</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Verantwortliche</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Seite(n)</source>
            <translation>Side(s)</translation>
        </message>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Wiedervorlage</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Meilenstein</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Tandem: %1</source>
            <translation>Tandem: %1</translation>
        </message>
        <message>
            <source>Tandem aus beiden Seiten:</source>
            <translation>Tandem from both sides:</translation>
        </message>
        <message>
            <source>Überfällig seit %1</source>
            <translation>Overdue since %1</translation>
        </message>
        <message>
            <source>Fällig in dieser Woche</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>(keine Wiedervorlage)</source>
            <translation>(no follow-up)</translation>
        </message>
    </context>
    <context>
        <name>TaskTableView</name>
        <message>
            <source>Aufgabenliste</source>
            <translation>Task list</translation>
        </message>
        <message>
            <source>Nach Fälligkeit geordnet. F2 oder Doppelklick ändert Titel, Fälligkeit, Status und Wiedervorlage.</source>
            <translation>Sorted by due date. F2 or double-click changes title, due date, status and follow-up.</translation>
        </message>
        <message>
            <source>Titel der Aufgabe</source>
            <translation>Task title</translation>
        </message>
        <message>
            <source>Titel (darf nicht leer sein)</source>
            <translation>Title (must not be empty)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>ohne Frist</source>
            <translation>no due date</translation>
        </message>
        <message>
            <source>Wiedervorlage in Sitzung</source>
            <translation>Follow-up at meeting</translation>
        </message>
    </context>
    <context>
        <name>TasksCalendarChoice</name>
        <message>
            <source>Termine der Aufgaben</source>
            <translation>Task due dates</translation>
        </message>
        <message>
            <source>Aufgaben von</source>
            <translation>Tasks of</translation>
        </message>
        <message>
            <source>&amp;Aufgaben von</source>
            <translation>&amp;Tasks of</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <source>Hinweis</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Aufgaben</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>&amp;Verteilung der offenen Aufgaben · %1</source>
            <translation>&amp;Distribution of open tasks · %1</translation>
        </message>
        <message>
            <source>alle Gremien</source>
            <translation>all bodies</translation>
        </message>
        <message>
            <source>&amp;Verlauf …</source>
            <translation>&amp;History …</translation>
        </message>
        <message>
            <source>Aufgabe „%1“</source>
            <translation>Task “%1”</translation>
        </message>
        <message>
            <source>Die Aufgabe braucht einen Titel; ohne Titel wird nichts gespeichert.</source>
            <translation>The task needs a title; without a title nothing is saved.</translation>
        </message>
        <message>
            <source>Titel der Aufgabe ändern</source>
            <translation>Change task title</translation>
        </message>
        <message>
            <source>Status „%1“ setzen</source>
            <translation>Set status “%1”</translation>
        </message>
        <message>
            <source>Fälligkeit der Aufgabe ändern</source>
            <translation>Change task due date</translation>
        </message>
        <message>
            <source>Wiedervorlage der Aufgabe ändern</source>
            <translation>Change task follow-up</translation>
        </message>
        <message>
            <source>Nicht gespeichert: %1</source>
            <translation>Not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Vorlagen</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Eigene Vorlagen: eine mitgelieferte Vorlage kopieren, in Word Briefkopf, Logo, Schriften und Texte ändern und hier auswählen. Leer heißt: mitgelieferte Vorlage. Die E-Mail-Texte sind Textdateien (UTF-8); ihre erste Zeile „Betreff: …“ ist der Betreff.</source>
            <translation>Your own templates: copy a supplied template, change the letterhead, logo, fonts and texts in Word, and choose it here. Empty means: supplied template. The email texts are text files (UTF-8); their first line “Betreff: …” is the subject.</translation>
        </message>
        <message>
            <source>Vorlage für %1</source>
            <translation>Template for %1</translation>
        </message>
        <message>
            <source>mitgelieferte Vorlage</source>
            <translation>supplied template</translation>
        </message>
        <message>
            <source>Auswählen …</source>
            <translation>Choose …</translation>
        </message>
        <message>
            <source>Kopie zum Bearbeiten …</source>
            <translation>Copy for editing …</translation>
        </message>
        <message>
            <source>Vorlage wählen</source>
            <translation>Choose template</translation>
        </message>
        <message>
            <source>Vorlage kopieren nach</source>
            <translation>Copy template to</translation>
        </message>
        <message>
            <source>Nicht kopiert</source>
            <translation>Not copied</translation>
        </message>
    </context>
    <context>
        <name>TextModulesTab</name>
        <message>
            <source>Textbausteine</source>
            <translation>Text modules</translation>
        </message>
        <message>
            <source>Baustein ent&amp;fernen</source>
            <translation>&amp;Remove module</translation>
        </message>
        <message>
            <source>Name des Bausteins</source>
            <translation>Module name</translation>
        </message>
        <message>
            <source>Text des Bausteins</source>
            <translation>Module text</translation>
        </message>
        <message>
            <source>Standardtext &amp;wiederherstellen</source>
            <translation>Restore &amp;default text</translation>
        </message>
        <message>
            <source>Platzhalter</source>
            <translation>Placeholders</translation>
        </message>
        <message>
            <source>Doppelklick fügt den Platzhalter in den Text ein</source>
            <translation>Double-click inserts the placeholder into the text</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <source>Eigenen Baustein an&amp;legen</source>
            <translation>Cre&amp;ate own module</translation>
        </message>
        <message>
            <source>Textbauste&amp;ine des Gremiums</source>
            <translation>Text modules of the bod&amp;y</translation>
        </message>
        <message>
            <source>Platzhalte&amp;r (Doppelklick fügt ein)</source>
            <translation>P&amp;laceholders (double-click inserts)</translation>
        </message>
        <message>
            <source> (geändert)</source>
            <translation> (changed)</translation>
        </message>
        <message>
            <source>Eigener Baustein: in den Notizen eines TOP mit Strg+Leertaste einfügen.</source>
            <translation>Own module: insert it in the notes of an item with Ctrl+Space.</translation>
        </message>
        <message>
            <source>Ergebnis des TOP „%1“; bei der Sitzung überschreibbar.</source>
            <translation>Result of the item “%1”; can be overwritten at the meeting.</translation>
        </message>
        <message>
            <source>Textbaustein „%1“ ändern</source>
            <translation>Change text module “%1”</translation>
        </message>
        <message>
            <source>Textbaustein umbenennen</source>
            <translation>Rename text module</translation>
        </message>
        <message>
            <source>Eigener Baustein %1</source>
            <translation>Own module %1</translation>
        </message>
        <message>
            <source>Textbaustein anlegen</source>
            <translation>Create text module</translation>
        </message>
        <message>
            <source>Textbaustein entfernen</source>
            <translation>Remove text module</translation>
        </message>
        <message>
            <source>Den Textbaustein „%1“ entfernen?</source>
            <translation>Remove the text module “%1”?</translation>
        </message>
        <message>
            <source>Standardtext wiederherstellen</source>
            <translation>Restore default text</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Zeitleiste der Meilensteine</source>
            <translation>Milestone timeline</translation>
        </message>
        <message>
            <source>keine Aufgaben verknüpft</source>
            <translation>no tasks linked</translation>
        </message>
        <message>
            <source>%1/%2 Aufgaben erledigt</source>
            <translation>%1/%2 tasks done</translation>
        </message>
        <message>
            <source>keine Meilensteine</source>
            <translation>no milestones</translation>
        </message>
        <message>
            <source>Ausgewählt: %1. </source>
            <translation>Selected: %1. </translation>
        </message>
        <message>
            <source>Heute ist der %1. </source>
            <translation>Today is %1. </translation>
        </message>
        <message>
            <source>Meilensteine: </source>
            <translation>Milestones: </translation>
        </message>
        <message>
            <source>. Pfeiltasten links und rechts wählen den vorigen oder nächsten.</source>
            <translation>. The left and right arrow keys select the previous or next one.</translation>
        </message>
        <message>
            <source>Heute, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>heute %1</source>
            <translation>today %1</translation>
        </message>
    </context>
    <context>
        <name>VoteCounts</name>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enth.</source>
            <translation>Abst.</translation>
        </message>
        <message>
            <source>Votum der beratenden Mitglieder (nicht bindend)</source>
            <translation>Vote of the advisory members (not binding)</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <source>%1 (%2 anwesend)</source>
            <translation>%1 (%2 present)</translation>
        </message>
    </context>
    <context>
        <name>VotingMethod</name>
        <message>
            <source>offen (Zahlen je Seite)</source>
            <translation>open (numbers per side)</translation>
        </message>
        <message>
            <source>namentlich</source>
            <translation>roll-call</translation>
        </message>
        <message>
            <source>geheim</source>
            <translation>secret</translation>
        </message>
        <message>
            <source>Umlaufverfahren</source>
            <translation>written procedure</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>%1. Sitzung am %2</source>
            <translation>Meeting %1 on %2</translation>
        </message>
        <message>
            <source>Nicht gespeichert</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Diese Eingaben verletzen eine Regel und wurden nicht gespeichert:</source>
            <translation>These entries break a rule and were not saved:</translation>
        </message>
    </context>
    <context>
        <name>WorkloadChart</name>
        <message>
            <source>Offene Aufgaben je Seite und Organisation</source>
            <translation>Open tasks per side and organisation</translation>
        </message>
        <message>
            <source>nach Seite</source>
            <translation>by side</translation>
        </message>
        <message>
            <source>nach Organisation</source>
            <translation>by organisation</translation>
        </message>
        <message>
            <source>%1 %2 offen, davon %3 überfällig</source>
            <translation>%1: %2 open, %3 of them overdue</translation>
        </message>
        <message>
            <source>Offene Aufgaben %1: %2</source>
            <translation>Open tasks %1: %2</translation>
        </message>
        <message>
            <source>keine</source>
            <translation>none</translation>
        </message>
        <message>
            <source>%1 · %2 überfällig</source>
            <translation>%1 · %2 overdue</translation>
        </message>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>davon überfällig</source>
            <translation>of which overdue</translation>
        </message>
        <message>
            <source>Offene Aufgaben %1</source>
            <translation>Open tasks %1</translation>
        </message>
        <message>
            <source>keine offenen Aufgaben</source>
            <translation>no open tasks</translation>
        </message>
    </context>
    <context>
        <name>WrittenBallots</name>
        <message>
            <source>keine Antwort</source>
            <translation>no response</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <source>widerspricht dem Verfahren</source>
            <translation>objects to the procedure</translation>
        </message>
        <message>
            <source>befangen</source>
            <translation>conflict of interest</translation>
        </message>
        <message>
            <source>Mitglied</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Antwort</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>am</source>
            <translation>on</translation>
        </message>
        <message>
            <source>Antwort von %1</source>
            <translation>Response from %1</translation>
        </message>
        <message>
            <source>Datum der Antwort von %1</source>
            <translation>Date of the response from %1</translation>
        </message>
        <message>
            <source>nach der Frist</source>
            <translation>after the deadline</translation>
        </message>
        <message>
            <source>Eine Antwort nach der Frist zählt nicht.</source>
            <translation>A response after the deadline does not count.</translation>
        </message>
        <message>
            <source>Antwort von %1 erfassen</source>
            <translation>Record response from %1</translation>
        </message>
        <message>
            <source>Datum der Antwort von %1 ändern</source>
            <translation>Change date of the response from %1</translation>
        </message>
    </context>
    <context>
        <name>WrittenDecisionDialog</name>
        <message>
            <source>Umlaufbeschluss</source>
            <translation>Written decision</translation>
        </message>
        <message>
            <source>Der Tag, an dem der Vorschlag versandt wird</source>
            <translation>The day on which the proposal is sent</translation>
        </message>
        <message>
            <source>Bis zu diesem Tag zählen die Antworten</source>
            <translation>Responses count up to this day</translation>
        </message>
        <message>
            <source>Befragte Mitglieder</source>
            <translation>Members asked</translation>
        </message>
        <message>
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Das Gremium hat an diesem Tag keine stimmberechtigten Mitglieder.</source>
            <translation>The body has no members entitled to vote on this day.</translation>
        </message>
        <message>
            <source>Gefragt wird das eine stimmberechtigte Mitglied des Gremiums; seine Antwort wird danach beim Beschluss im Register erfasst.</source>
            <translation>The one member of the body entitled to vote is asked; their response is then recorded with the decision in the register.</translation>
        </message>
        <message>
            <source>Gefragt werden die %1 stimmberechtigten Mitglieder des Gremiums; ihre Antworten werden danach beim Beschluss im Register erfasst.</source>
            <translation>The %1 members of the body entitled to vote are asked; their responses are then recorded with the decision in the register.</translation>
        </message>
        <message>
            <source>&amp;Gremium:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Wortlaut:</source>
            <translation>&amp;Wording:</translation>
        </message>
        <message>
            <source>&amp;Frist:</source>
            <translation>Dead&amp;line:</translation>
        </message>
        <message>
            <source>&amp;Regel:</source>
            <translation>&amp;Rule:</translation>
        </message>
        <message>
            <source>Bitte zuerst ein Gremium anlegen.</source>
            <translation>Please create a body first.</translation>
        </message>
        <message>
            <source>Umlaufbeschluss fassen</source>
            <translation>Take written decision</translation>
        </message>
    </context>
    <context>
        <name>WrittenVotes</name>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Antworten im Umlaufverfahren ändern</source>
            <translation>Change responses in the written procedure</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>SRO Desktop: Sitzungen, Beschlüsse und Aufgaben der Steuerungsgruppe SRO. Ohne Befehl öffnet sich das Fenster.</source>
            <translation>SRO Desktop: meetings, decisions and tasks of the SRO steering group. Without a command the window opens.</translation>
        </message>
        <message>
            <source>die Versionsnummer zeigen und beenden</source>
            <translation>show the version number and exit</translation>
        </message>
        <message>
            <source>diese Datei im Fenster öffnen</source>
            <translation>open this file in the window</translation>
        </message>
        <message>
            <source>BEFEHL</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <source>die Demo-Datenbank schreiben</source>
            <translation>write the demo database</translation>
        </message>
        <message>
            <source>die Datei, die geschrieben wird (.sro)</source>
            <translation>file to write (.sro)</translation>
        </message>
        <message>
            <source>large fügt zehn Jahre erfundener Daten hinzu</source>
            <translation>large adds ten years of synthetic data</translation>
        </message>
        <message>
            <source>Unversehrtheit und Sperren einer Datei prüfen</source>
            <translation>check a file's integrity and locks</translation>
        </message>
        <message>
            <source>das auf einem genehmigten Protokoll gedruckte Siegel gegen die Datei prüfen (Exit-Code 0: es stimmt, 1: es stimmt nicht)</source>
            <translation>check the seal printed on approved minutes against the file (exit code 0: it holds, 1: it does not)</translation>
        </message>
        <message>
            <source>das Siegel wie gedruckt: XXXX-XXXX-XXXX-XXXX</source>
            <translation>the seal as printed: XXXX-XXXX-XXXX-XXXX</translation>
        </message>
        <message>
            <source>das Protokoll einer Sitzung vor dem Versand prüfen (Protokoll prüfen)</source>
            <translation>check a meeting's minutes before sending them (Check minutes)</translation>
        </message>
        <message>
            <source>Einträge auflisten</source>
            <translation>list records</translation>
        </message>
        <message>
            <source>Sitzungen auflisten</source>
            <translation>list meetings</translation>
        </message>
        <message>
            <source>nur dieses Gremium (ID oder Kurzname)</source>
            <translation>only this body (id or short name)</translation>
        </message>
        <message>
            <source>JSON statt einer Tabelle</source>
            <translation>JSON instead of a table</translation>
        </message>
        <message>
            <source>die Sitzung: ihre ID, oder Kurzname des Gremiums und Nummer (SG 7)</source>
            <translation>the meeting: its id, or the body's short name and number (SG 7)</translation>
        </message>
        <message>
            <source>das Gremium: ID oder Kurzname (SG)</source>
            <translation>the body: id or short name (SG)</translation>
        </message>
        <message>
            <source>die Datei, die geschrieben wird (ihre Endung bestimmt das Format)</source>
            <translation>file to write (its suffix decides the format)</translation>
        </message>
        <message>
            <source>eine Word-Vorlage statt der mitgelieferten</source>
            <translation>a Word template to use instead of the shipped one</translation>
        </message>
        <message>
            <source>eine vorhandene Datei ersetzen</source>
            <translation>replace an existing file</translation>
        </message>
        <message>
            <source>WAS</source>
            <translation>WHAT</translation>
        </message>
        <message>
            <source>DATEI</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Geschrieben: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>{path} gibt es nicht</source>
            <translation>{path} does not exist</translation>
        </message>
        <message>
            <source>Warnung: {message}</source>
            <translation>warning: {message}</translation>
        </message>
        <message>
            <source>unerwarteter Fehler ({kind}: {message})</source>
            <translation>unexpected error ({kind}: {message})</translation>
        </message>
        <message>
            <source>abgebrochen</source>
            <translation>interrupted</translation>
        </message>
        <message>
            <source>Fehler: {message}</source>
            <translation>error: {message}</translation>
        </message>
        <message>
            <source>das Fenster kann nicht starten: {reason}</source>
            <translation>the window cannot start: {reason}</translation>
        </message>
        <message>
            <source>Demo geschrieben: {path}</source>
            <translation>Demo written: {path}</translation>
        </message>
        <message>
            <source>Hinweis: {path} hat noch das ältere Datenformat {version}; geprüft wurde eine im Speicher aktualisierte Kopie. Die Datei wird beim nächsten Öffnen zum Bearbeiten aktualisiert.</source>
            <translation>Note: {path} still has the older data format {version}; a copy updated in memory was checked. The file is updated the next time it is opened for editing.</translation>
        </message>
        <message>
            <source>{count} Befund(e) in {path}</source>
            <translation>{count} finding(s) in {path}</translation>
        </message>
        <message>
            <source>{path}: in Ordnung</source>
            <translation>{path}: ok</translation>
        </message>
        <message>
            <source>{meeting} am {date}</source>
            <translation>{meeting} on {date}</translation>
        </message>
        <message>
            <source>{count} Befund(e)</source>
            <translation>{count} finding(s)</translation>
        </message>
        <message>
            <source>{title}: in Ordnung</source>
            <translation>{title}: ok</translation>
        </message>
        <message>
            <source>ungültig: {value}</source>
            <translation>invalid: {value}</translation>
        </message>
        <message>
            <source>ungültiges Datum {text}: bitte JJJJ-MM-TT oder TT.MM.JJJJ</source>
            <translation>invalid date {text}: use YYYY-MM-DD or DD.MM.YYYY</translation>
        </message>
        <message>
            <source>ein Word-, PDF- oder CSV-Dokument schreiben (die Endung von --out entscheidet)</source>
            <translation>write a Word, PDF or CSV document (the suffix of --out decides)</translation>
        </message>
        <message>
            <source>das Protokoll einer Sitzung (.docx oder .pdf; genehmigte Protokolle als PDF/A-2b)</source>
            <translation>the minutes of a meeting (.docx or .pdf; approved minutes as PDF/A-2b)</translation>
        </message>
        <message>
            <source>die Einladung zu einer Sitzung (.docx oder .pdf)</source>
            <translation>the invitation to a meeting (.docx or .pdf)</translation>
        </message>
        <message>
            <source>die offenen Aufgaben eines Gremiums (.docx, .pdf oder .csv)</source>
            <translation>the open tasks of a body (.docx, .pdf or .csv)</translation>
        </message>
        <message>
            <source>die Beschlusssammlung (.docx, .pdf oder .csv)</source>
            <translation>the register of decisions (.docx, .pdf or .csv)</translation>
        </message>
        <message>
            <source>der Sachstandsbericht an den Ausschuss (.docx oder .pdf)</source>
            <translation>the progress report to the committee (.docx or .pdf)</translation>
        </message>
        <message>
            <source>die Mitgliederliste eines Gremiums als Verteiler (.docx, .pdf oder .csv)</source>
            <translation>the member list of a body as a distribution list (.docx, .pdf or .csv)</translation>
        </message>
        <message>
            <source>DATUM</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>das Gremium, über das berichtet wird (sonst die Steuerungsgruppe)</source>
            <translation>the body reported on (default: the steering group)</translation>
        </message>
        <message>
            <source>erster Tag (JJJJ-MM-TT oder TT.MM.JJJJ)</source>
            <translation>first day (YYYY-MM-DD or DD.MM.YYYY)</translation>
        </message>
        <message>
            <source>letzter Tag (JJJJ-MM-TT oder TT.MM.JJJJ)</source>
            <translation>last day (YYYY-MM-DD or DD.MM.YYYY)</translation>
        </message>
        <message>
            <source>nichtöffentliche TOPs weglassen</source>
            <translation>leave out non-public items</translation>
        </message>
        <message>
            <source>nur die Ergebnisse (Ergebnisprotokoll)</source>
            <translation>results only (minutes of results)</translation>
        </message>
        <message>
            <source>--template gilt nur für Word-Dateien (.docx, .pdf)</source>
            <translation>--template applies to Word files (.docx, .pdf) only</translation>
        </message>
        <message>
            <source>Einträge aus einer Liste einlesen</source>
            <translation>read records from a list</translation>
        </message>
        <message>
            <source>die Mitglieder eines Gremiums aus einer .csv- oder .xlsx-Liste (deutsche Spaltenüberschriften)</source>
            <translation>the members of a body from a .csv or .xlsx list (German column headers)</translation>
        </message>
        <message>
            <source>die Liste (.csv oder .xlsx)</source>
            <translation>the list (.csv or .xlsx)</translation>
        </message>
        <message>
            <source>nur sagen, was eingelesen würde; nichts schreiben</source>
            <translation>only say what would be imported; write nothing</translation>
        </message>
        <message>
            <source>Zeile {line}: {reason} – übersprungen</source>
            <translation>Line {line}: {reason} – skipped</translation>
        </message>
        <message>
            <source>würde hinzugefügt: {name} (Zeile {line})</source>
            <translation>would add: {name} (line {line})</translation>
        </message>
        <message>
            <source>hinzugefügt: {name} (Zeile {line})</source>
            <translation>added: {name} (line {line})</translation>
        </message>
        <message>
            <source>Eingelesen in {body}: {members} Mitglied(er), {people} neue Person(en), {organizations} neue Organisation(en)</source>
            <translation>Imported into {body}: {members} member(s), {people} new person(s), {organizations} new organisation(s)</translation>
        </message>
        <message>
            <source>{count} Zeile(n) übersprungen</source>
            <translation>{count} row(s) skipped</translation>
        </message>
        <message>
            <source>eine Sicherung einer Datei schreiben (Online-Sicherung von SQLite; geht auch, während die Datei offen ist)</source>
            <translation>write a backup of a file (SQLite's online backup; works while the file is open)</translation>
        </message>
        <message>
            <source>die Sicherungsdatei, die geschrieben wird (.sro)</source>
            <translation>backup file to write (.sro)</translation>
        </message>
        <message>
            <source>eine Datei durch eine Sicherung ersetzen; ihr jetziger Stand wird vorher gesichert</source>
            <translation>replace a file by a backup; its current state is backed up first</translation>
        </message>
        <message>
            <source>die Datei, die ersetzt wird</source>
            <translation>the file to replace</translation>
        </message>
        <message>
            <source>die Sicherung, die wiederhergestellt wird</source>
            <translation>the backup to restore</translation>
        </message>
        <message>
            <source>{path} ist ein Ordner; --out nennt die Sicherungsdatei</source>
            <translation>{path} is a folder; --out names the backup file</translation>
        </message>
        <message>
            <source>{path} gibt es schon; --force ersetzt die Datei</source>
            <translation>{path} already exists; --force replaces it</translation>
        </message>
        <message>
            <source>Sicherung geschrieben: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>{path} aus {source} wiederherstellen? Der jetzige Stand wird vorher gesichert.</source>
            <translation>Restore {path} from {source}? Its current state is backed up first.</translation>
        </message>
        <message>
            <source>Wiederhergestellt: {path} aus {source}</source>
            <translation>Restored: {path} from {source}</translation>
        </message>
        <message>
            <source>Vorheriger Stand gesichert: {path}</source>
            <translation>Previous state backed up: {path}</translation>
        </message>
        <message>
            <source>personenbezogene Daten (DSGVO): was die Datei über eine Person enthält, Anonymisierung</source>
            <translation>personal data (GDPR): what the file holds about a person, anonymisation</translation>
        </message>
        <message>
            <source>alles über eine Person Gespeicherte (Auskunft) als JSON-Datei</source>
            <translation>everything stored about one person (subject access) as a JSON file</translation>
        </message>
        <message>
            <source>die Datei, die geschrieben wird (.json)</source>
            <translation>file to write (.json)</translation>
        </message>
        <message>
            <source>ein früheres Mitglied anonymisieren; Beschlüsse und Protokolle bleiben lesbar</source>
            <translation>anonymise a former member; decisions and minutes stay readable</translation>
        </message>
        <message>
            <source>die Person: ID, oder „Nachname, Vorname“</source>
            <translation>the person: id, or "Last name, First name"</translation>
        </message>
        <message>
            <source>nicht nachfragen</source>
            <translation>do not ask</translation>
        </message>
        <message>
            <source>{name} ({id}) anonymisieren? Name, Vorname, Titel, E-Mail und Telefon werden endgültig durch „{anonymous} …“ ersetzt; Beschlüsse und Protokolle bleiben, wie sie sind.</source>
            <translation>Anonymise {name} ({id})? Last name, first name, title, e-mail and phone are replaced for good by "{anonymous} …"; decisions and minutes stay as they are.</translation>
        </message>
        <message>
            <source>Anonymisiert: {former} → {now}</source>
            <translation>Anonymised: {former} → {now}</translation>
        </message>
        <message>
            <source>nicht bestätigt: kein Terminal zum Nachfragen (mit --yes geht es ohne Nachfrage weiter)</source>
            <translation>not confirmed: no terminal to ask on (use --yes to go ahead without asking)</translation>
        </message>
        <message>
            <source>{question} [j/N] </source>
            <translation>{question} [y/N] </translation>
        </message>
        <message>
            <source>nicht bestätigt; nichts geändert</source>
            <translation>not confirmed; nothing changed</translation>
        </message>
        <message>
            <source>das Sitzungsgeld eines Gremiums in einem Jahr: CSV für die Abrechnung, oder die Abrechnungen je Person (.docx, .pdf)</source>
            <translation>the attendance allowances of a body's year: CSV for payroll, or the statements per person (.docx, .pdf)</translation>
        </message>
        <message>
            <source>nur diese Person: ID oder „Nachname, Vorname“</source>
            <translation>only this person: id or "Last name, First name"</translation>
        </message>
        <message>
            <source>die Datei, die geschrieben wird (.csv, .docx oder .pdf)</source>
            <translation>file to write (.csv, .docx or .pdf)</translation>
        </message>
        <message>
            <source>der Haushalt der Modellregion und die Stellen: CSV für Excel, oder die Haushaltsübersicht (.docx, .pdf)</source>
            <translation>the budget of the model region and the posts: CSV for Excel, or the budget overview (.docx, .pdf)</translation>
        </message>
        <message>
            <source>nur dieses Jahr (sonst alle Jahre)</source>
            <translation>only this year (default: every year)</translation>
        </message>
        <message>
            <source>die Einladung zu einer Sitzung (oder ihre Absage), oder die Fälligkeiten offener Aufgaben, als Kalenderdatei (.ics)</source>
            <translation>a meeting's invitation (or cancellation), or the due dates of open tasks, as a calendar file (.ics)</translation>
        </message>
        <message>
            <source>die Sitzung: ID, oder Gremium und Nummer („SG 3“)</source>
            <translation>the meeting: id, or body and number ("SG 3")</translation>
        </message>
        <message>
            <source>die Fälligkeiten offener Aufgaben (mit --body und/oder --owner)</source>
            <translation>the due dates of open tasks (with --body and/or --owner)</translation>
        </message>
        <message>
            <source>die Aufgaben dieses Gremiums (ID oder Kurzname)</source>
            <translation>the tasks of this body (id or short name)</translation>
        </message>
        <message>
            <source>die Aufgaben dieser Zuständigen: eine Person („Nachname, Vorname“) oder eine Organisation (Kurzname oder Name)</source>
            <translation>the tasks of this owner: a person ("Last name, First name") or an organisation (short name or name)</translation>
        </message>
        <message>
            <source>die Datei, die geschrieben wird (.ics)</source>
            <translation>file to write (.ics)</translation>
        </message>
        <message>
            <source>entweder --meeting ID oder --tasks (mit --body und/oder --owner) angeben</source>
            <translation>give either --meeting ID or --tasks (with --body and/or --owner)</translation>
        </message>
        <message>
            <source>--tasks braucht --body oder --owner</source>
            <translation>--tasks needs --body or --owner</translation>
        </message>
        <message>
            <source>--body und --owner gehören zu --tasks, nicht zu --meeting</source>
            <translation>--body and --owner go with --tasks, not with --meeting</translation>
        </message>
        <message>
            <source>--out muss eine .ics-Datei nennen, nicht {name}</source>
            <translation>--out must name a .ics file, not {name}</translation>
        </message>
        <message>
            <source>ohne E-Mail-Adresse, nicht eingeladen: {names}</source>
            <translation>without an e-mail address, not invited: {names}</translation>
        </message>
        <message>
            <source>mehr als eine Organisation heißt {name}; bitte ihre ID angeben</source>
            <translation>more than one organisation is called {name}; give its id</translation>
        </message>
        <message>
            <source>keine Person und keine Organisation {name} in dieser Datei</source>
            <translation>no person or organisation {name} in this file</translation>
        </message>
        <message>
            <source>Änderungen zwischen Kopien einer Datei auf mehreren Laptops austauschen</source>
            <translation>exchange changes between copies of a file on several laptops</translation>
        </message>
        <message>
            <source>eine Kopie der Datei für einen anderen Laptop, mit eigener Kennung</source>
            <translation>a copy of the file for another laptop, with an identity of its own</translation>
        </message>
        <message>
            <source>die Kopie, die geschrieben wird (.sro)</source>
            <translation>the copy to write (.sro)</translation>
        </message>
        <message>
            <source>der andere Laptop, z. B. „Laptop Beirat“</source>
            <translation>the other laptop, e.g. "Advisory board laptop"</translation>
        </message>
        <message>
            <source>die Änderungen schreiben, die ein anderer Laptop noch nicht kennt</source>
            <translation>write the changes another laptop has not seen yet</translation>
        </message>
        <message>
            <source>der andere Laptop (Name oder ID)</source>
            <translation>the other laptop (name or id)</translation>
        </message>
        <message>
            <source>alle Einträge, für jede Kopie</source>
            <translation>every record, for any copy</translation>
        </message>
        <message>
            <source>das Paket (.sroex)</source>
            <translation>the package (.sroex)</translation>
        </message>
        <message>
            <source>zeigen, was sich ändern würde</source>
            <translation>show what would change</translation>
        </message>
        <message>
            <source>ein Paket einer anderen Kopie übernehmen</source>
            <translation>take in a package of another copy</translation>
        </message>
        <message>
            <source>Name und ID dieser Kopie, die anderen Laptops, die offenen Konflikte</source>
            <translation>this copy's name and id, the other laptops, the open conflicts</translation>
        </message>
        <message>
            <source>diese Kopie (den Laptop) benennen</source>
            <translation>name this copy (the laptop)</translation>
        </message>
        <message>
            <source>einen offenen Konflikt entscheiden</source>
            <translation>decide an open conflict</translation>
        </message>
        <message>
            <source>seine ID (oder ihr Anfang)</source>
            <translation>its id (or the id's start)</translation>
        </message>
        <message>
            <source>mine: die Fassung dieses Laptops, theirs: die des anderen</source>
            <translation>mine: this laptop's version, theirs: the other one's</translation>
        </message>
        <message>
            <source>eine ganze zweite Kopie der Datei übernehmen</source>
            <translation>take in a whole second copy of the file</translation>
        </message>
        <message>
            <source>Kopie geschrieben: {path} ({name})</source>
            <translation>Copy written: {path} ({name})</translation>
        </message>
        <message>
            <source>{path} ist ein Ordner; --out nennt die Paketdatei</source>
            <translation>{path} is a folder; --out names the package file</translation>
        </message>
        <message>
            <source>Paket geschrieben: {path} ({records} Eintrag/Einträge, {files} Anlage(n))</source>
            <translation>Package written: {path} ({records} record(s), {files} attachment(s))</translation>
        </message>
        <message>
            <source>Probelauf, nichts geändert. Von „{sender}“:</source>
            <translation>Dry run, nothing changed. From "{sender}":</translation>
        </message>
        <message>
            <source>Von „{sender}“:</source>
            <translation>From "{sender}":</translation>
        </message>
        <message>
            <source>Konflikt {id}: {title} ({reason})</source>
            <translation>Conflict {id}: {title} ({reason})</translation>
        </message>
        <message>
            <source>{field}: meine „{mine}“ | ihre „{theirs}“</source>
            <translation>{field}: mine "{mine}" | theirs "{theirs}"</translation>
        </message>
        <message>
            <source>Diese Kopie: {name} ({id}), {count} Änderung(en)</source>
            <translation>This copy: {name} ({id}), {count} change(s)</translation>
        </message>
        <message>
            <source>Anderer Laptop: {name} ({id}), zuletzt übernommen {imported}, zuletzt weitergegeben {exported}</source>
            <translation>Other laptop: {name} ({id}), last import {imported}, last export {exported}</translation>
        </message>
        <message>
            <source>Offener Konflikt {id}: {title} ({reason}, von {name})</source>
            <translation>Open conflict {id}: {title} ({reason}, from {name})</translation>
        </message>
        <message>
            <source>der Name ist leer</source>
            <translation>the name is empty</translation>
        </message>
        <message>
            <source>Diese Kopie heißt jetzt „{name}“</source>
            <translation>This copy is now called "{name}"</translation>
        </message>
        <message>
            <source>kein eindeutiger offener Konflikt {id}</source>
            <translation>no single open conflict {id}</translation>
        </message>
        <message>
            <source>Entschieden: {title}, die Fassung dieses Laptops bleibt</source>
            <translation>Decided: {title}, this laptop's version kept</translation>
        </message>
        <message>
            <source>Entschieden: {title}, die Fassung des anderen Laptops gilt</source>
            <translation>Decided: {title}, the other laptop's version kept</translation>
        </message>
        <message>
            <source>eine Teilnahmebescheinigung einer Fortbildung oder Hospitation</source>
            <translation>a certificate of attendance of a training or shadowing visit</translation>
        </message>
        <message>
            <source>die Veranstaltung: ihre ID oder ihr Titel</source>
            <translation>the event: its id or title</translation>
        </message>
        <message>
            <source>die Datei, die geschrieben wird (.docx oder .pdf)</source>
            <translation>file to write (.docx or .pdf)</translation>
        </message>
        <message>
            <source>ein E-Mail-Entwurf (.eml, von Outlook als nicht gesendet geöffnet) mit dem Protokoll oder der Einladung als Anhang</source>
            <translation>an e-mail draft (.eml, opened by Outlook as unsent) with the minutes or invitation attached</translation>
        </message>
        <message>
            <source>Einen E-Mail-Entwurf an die Mitglieder des Gremiums der Sitzung mit dem Dokument (Word) als Anhang schreiben. Es wird nur die Datei geschrieben: die Kommandozeile vermerkt keinen Versand des Protokolls, „Protokoll versenden“ im Fenster schon.</source>
            <translation>Write an e-mail draft to the members of the meeting's body with the document attached (Word). Only the file is written: the command line does not record a circulation of the minutes; the window's "Send minutes" does.</translation>
        </message>
        <message>
            <source>das angehängte Dokument (sonst das Protokoll: minutes)</source>
            <translation>the document attached (default: minutes)</translation>
        </message>
        <message>
            <source>die Stellvertretungen der Mitglieder in Cc</source>
            <translation>the members' deputies as Cc</translation>
        </message>
        <message>
            <source>eine Textvorlage für Betreff und Text statt der mitgelieferten</source>
            <translation>a text template for subject and text instead of the shipped one</translation>
        </message>
        <message>
            <source>die Datei, die geschrieben wird (.eml)</source>
            <translation>file to write (.eml)</translation>
        </message>
        <message>
            <source>{name}: der Entwurf wird als .eml geschrieben</source>
            <translation>{name}: the draft is written as .eml</translation>
        </message>
        <message>
            <source>Geschrieben: {path} (an {to}, Cc {cc})</source>
            <translation>Written: {path} (to {to}, cc {cc})</translation>
        </message>
        <message>
            <source>der öffentliche Teil der Datei als statischer OParl-1.1-Baum (ein Ordner mit JSON-Dateien)</source>
            <translation>the public part of the file as a static OParl 1.1 tree (a folder of JSON files)</translation>
        </message>
        <message>
            <source>die Adresse, unter der der Ordner bereitgestellt wird (http oder https), z. B. https://ris.example.org/oparl</source>
            <translation>the address the folder will be served under (http or https), e.g. https://ris.example.org/oparl</translation>
        </message>
        <message>
            <source>die genehmigten Protokolle auch als PDF/A-2b (braucht LibreOffice; eine Umwandlung je genehmigter Sitzung)</source>
            <translation>the approved minutes also as PDF/A-2b (needs LibreOffice; one conversion per approved meeting)</translation>
        </message>
        <message>
            <source>der Ordner, der geschrieben wird (leer, oder ein früherer OParl-Export)</source>
            <translation>the folder to write (empty, or an earlier OParl export)</translation>
        </message>
        <message>
            <source>Geschrieben: {folder} (OParl 1.1, Basisadresse {base})</source>
            <translation>Written: {folder} (OParl 1.1, base {base})</translation>
        </message>
        <message>
            <source>die Unterschriftenliste einer Sitzung (.docx oder .pdf)</source>
            <translation>the attendance list of a meeting to sign (.docx or .pdf)</translation>
        </message>
    </context>
    <context>
        <name>documents.allowances</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Sitzungen</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Anzahl</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Sitzungsgeld (€)</source>
            <translation>Attendance allowance (€)</translation>
        </message>
        <message>
            <source>Fahrtkosten (€)</source>
            <translation>Travel costs (€)</translation>
        </message>
        <message>
            <source>Summe (€)</source>
            <translation>Total (€)</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Sitzungsgeld</source>
            <translation>Attendance allowance</translation>
        </message>
        <message>
            <source>Fahrtkosten</source>
            <translation>Travel costs</translation>
        </message>
        <message>
            <source>Summe</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Im Jahr {year} ist kein Sitzungsgeld angefallen; es gibt keine Abrechnung zu schreiben.</source>
            <translation>No attendance allowance was due in {year}; there is no statement to write.</translation>
        </message>
        <message>
            <source>Sitzungsgeld {year} – {body}</source>
            <translation>Attendance allowance {year} – {body}</translation>
        </message>
        <message>
            <source>Sitzungsgeld {year}</source>
            <translation>Attendance allowance {year}</translation>
        </message>
        <message>
            <source>Für die Teilnahme an 1 Sitzung {body} im Jahr {year} ({side}) steht Ihnen folgendes Sitzungsgeld zu:</source>
            <translation>For attending 1 meeting of {body} in {year} ({side}) you are entitled to the following attendance allowance:</translation>
        </message>
        <message>
            <source>Für die Teilnahme an {count} Sitzungen {body} im Jahr {year} ({side}) steht Ihnen folgendes Sitzungsgeld zu:</source>
            <translation>For attending {count} meetings of {body} in {year} ({side}) you are entitled to the following attendance allowance:</translation>
        </message>
        <message>
            <source>Stand: {date}</source>
            <translation>As of {date}</translation>
        </message>
    </context>
    <context>
        <name>documents.budget</name>
        <message>
            <source>Haushaltsübersicht</source>
            <translation>Budget overview</translation>
        </message>
        <message>
            <source>unbesetzt</source>
            <translation>vacant</translation>
        </message>
        <message>
            <source>Soll</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Ist</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Summe</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Soll Q{quarter} (€)</source>
            <translation>Planned Q{quarter} (€)</translation>
        </message>
        <message>
            <source>Ist Q{quarter} (€)</source>
            <translation>Actual Q{quarter} (€)</translation>
        </message>
        <message>
            <source>Jahr</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Bereich</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Bezeichnung</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Finanzierung</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Soll (€)</source>
            <translation>Planned (€)</translation>
        </message>
        <message>
            <source>Ist (€)</source>
            <translation>Actual (€)</translation>
        </message>
        <message>
            <source>Rest (€)</source>
            <translation>Remaining (€)</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Meilenstein</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Haushaltszeile</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Stelle</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Inhaber/in</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Anteil</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Es sind keine Haushaltszeilen erfasst; es gibt keine Haushaltsübersicht zu schreiben.</source>
            <translation>No budget lines have been entered; there is no budget overview to write.</translation>
        </message>
        <message>
            <source>Für {year} sind keine Haushaltszeilen erfasst; es gibt keine Haushaltsübersicht zu schreiben.</source>
            <translation>No budget lines have been entered for {year}; there is no budget overview to write.</translation>
        </message>
        <message>
            <source>Haushaltsübersicht {years} – Modellregion</source>
            <translation>Budget overview {years} – model region</translation>
        </message>
        <message>
            <source>Steuerungsgruppe SRO</source>
            <translation>Steering group SRO</translation>
        </message>
        <message>
            <source>Haushaltsübersicht · Stand {date}</source>
            <translation>Budget overview · as of {date}</translation>
        </message>
        <message>
            <source>Budget der Modellregion und Stellen des Programms Sozialraumorientierung. Alle Beträge in Euro; Rest = Soll − Ist.</source>
            <translation>Budget of the model region and posts of the social-area orientation programme. All amounts in euros; remaining = planned − actual.</translation>
        </message>
        <message>
            <source>Zusammenfassung</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Haushaltsjahr</source>
            <translation>Budget year</translation>
        </message>
        <message>
            <source>Nach Finanzierung</source>
            <translation>By funding</translation>
        </message>
        <message>
            <source>Haushaltsjahr {years}</source>
            <translation>Budget year {years}</translation>
        </message>
        <message>
            <source>Stellen</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>Es sind keine Stellen erfasst.</source>
            <translation>No posts have been entered.</translation>
        </message>
        <message>
            <source> · Beschluss {number}</source>
            <translation> · decision {number}</translation>
        </message>
        <message>
            <source>Haushaltsjahre {years}</source>
            <translation>Budget years {years}</translation>
        </message>
    </context>
    <context>
        <name>documents.calendar</name>
        <message>
            <source>Für die Einladung zur {title} fehlt eine E-Mail-Adresse des Absenders: bitte beim Protokoll oder beim Vorsitz der Sitzung eine eintragen.</source>
            <translation>The invitation to {title} lacks the sender's e-mail address: please enter one for the minute taker or the chair of the meeting.</translation>
        </message>
        <message>
            <source>Ein Kalender wird als .ics-Datei gespeichert, nicht als „{suffix}“.</source>
            <translation>A calendar is saved as an .ics file, not as “{suffix}”.</translation>
        </message>
        <message>
            <source>Die Sitzung ist abgesagt.</source>
            <translation>The meeting is cancelled.</translation>
        </message>
        <message>
            <source> Grund: {reason}</source>
            <translation> Reason: {reason}</translation>
        </message>
        <message>
            <source>TOP {number} {title}</source>
            <translation>Item {number} {title}</translation>
        </message>
        <message>
            <source> (nichtöffentlich)</source>
            <translation> (not public)</translation>
        </message>
        <message>
            <source>Tagesordnung:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Aufgaben – {whose}</source>
            <translation>Tasks – {whose}</translation>
        </message>
        <message>
            <source>alle Gremien</source>
            <translation>all bodies</translation>
        </message>
        <message>
            <source>Fälligkeiten offener Aufgaben aus SRO Desktop</source>
            <translation>Due dates of open tasks from SRO Desktop</translation>
        </message>
        <message>
            <source>Fällig: {title}</source>
            <translation>Due: {title}</translation>
        </message>
        <message>
            <source>Verantwortlich: {owners}</source>
            <translation>Responsible: {owners}</translation>
        </message>
        <message>
            <source>Fällig am {date}</source>
            <translation>Due on {date}</translation>
        </message>
        <message>
            <source>Stand: {state}</source>
            <translation>State: {state}</translation>
        </message>
        <message>
            <source>Beschluss: {number}</source>
            <translation>Decision: {number}</translation>
        </message>
    </context>
    <context>
        <name>documents.csv_files</name>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>documents.files</name>
        <message>
            <source>{some} oder {last}</source>
            <translation>{some} or {last}</translation>
        </message>
        <message>
            <source>{name}: bitte als {formats} speichern.</source>
            <translation>{name}: please save as {formats}.</translation>
        </message>
        <message>
            <source>{folder} ist kein Ordner, sondern eine Datei; bitte einen Ordner wählen.</source>
            <translation>{folder} is a file, not a folder; please choose a folder.</translation>
        </message>
        <message>
            <source>Den Ordner {folder} gibt es nicht.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>keine Schreibrechte, oder die Datei ist in einem anderen Programm (z. B. Word) geöffnet. Bitte dort schließen oder einen anderen Ort wählen.</source>
            <translation>no permission to write, or the file is open in another program (e.g. Word). Please close it there or choose another place.</translation>
        </message>
        <message>
            <source>die Datei ist gerade in Benutzung (z. B. in Word geöffnet). Bitte dort schließen und noch einmal exportieren.</source>
            <translation>the file is in use (e.g. open in Word). Please close it there and export again.</translation>
        </message>
        <message>
            <source>die Datei ist gerade in Benutzung. Bitte das Programm schließen, das sie geöffnet hat, und noch einmal exportieren.</source>
            <translation>the file is in use. Please close the program that has it open and export again.</translation>
        </message>
        <message>
            <source>der Datenträger ist schreibgeschützt (nur zum Lesen eingebunden). Bitte einen anderen Ort wählen.</source>
            <translation>the drive is write-protected (mounted read-only). Please choose another place.</translation>
        </message>
        <message>
            <source>unter diesem Namen gibt es schon einen Ordner. Bitte einen anderen Dateinamen wählen.</source>
            <translation>there is already a folder with this name. Please choose another file name.</translation>
        </message>
        <message>
            <source>der Datenträger ist voll. Bitte Platz schaffen oder einen anderen Ort wählen.</source>
            <translation>the drive is full. Please free some space or choose another place.</translation>
        </message>
        <message>
            <source>der Speicherplatz (Kontingent) auf diesem Laufwerk ist aufgebraucht. Bitte Platz schaffen oder einen anderen Ort wählen.</source>
            <translation>the storage quota on this drive is used up. Please free some space or choose another place.</translation>
        </message>
        <message>
            <source>die Datei wird zu groß für diesen Datenträger, oder er ist voll. Bitte Platz schaffen oder einen anderen Ort wählen.</source>
            <translation>the file is too large for this drive, or the drive is full. Please free some space or choose another place.</translation>
        </message>
        <message>
            <source>den Ordner gibt es nicht (mehr). Bitte einen anderen Ort wählen.</source>
            <translation>the folder does not exist (any more). Please choose another place.</translation>
        </message>
        <message>
            <source>ein Teil des Pfads ist kein Ordner. Bitte einen anderen Ort wählen.</source>
            <translation>part of the path is not a folder. Please choose another place.</translation>
        </message>
        <message>
            <source>der Name oder der Pfad ist zu lang. Bitte einen kürzeren wählen.</source>
            <translation>the name or the path is too long. Please choose a shorter one.</translation>
        </message>
        <message>
            <source>der Dateiname ist hier nicht erlaubt (z. B. wegen Zeichen wie : oder ?). Bitte einen anderen Namen wählen.</source>
            <translation>the file name is not allowed here (e.g. because of characters such as : or ?). Please choose another name.</translation>
        </message>
        <message>
            <source>Lesefehler oder Schreibfehler des Datenträgers (ist er noch verbunden?). Bitte einen anderen Ort wählen.</source>
            <translation>read or write error on the drive (is it still connected?). Please choose another place.</translation>
        </message>
        <message>
            <source>{path} kann nicht geschrieben werden: {reason}</source>
            <translation>{path} cannot be written: {reason}</translation>
        </message>
    </context>
    <context>
        <name>documents.invitation</name>
        <message>
            <source>Die {number}. Sitzung am {date} ist abgesagt; dazu gibt es keine Einladung.</source>
            <translation>Meeting no. {number} on {date} is cancelled; there is no invitation to it.</translation>
        </message>
        <message>
            <source>{time} Uhr</source>
            <translation>{time}</translation>
        </message>
        <message>
            <source> (Ende voraussichtlich {time} Uhr)</source>
            <translation> (expected to end at {time})</translation>
        </message>
        <message>
            <source>Einladung</source>
            <translation>Invitation</translation>
        </message>
    </context>
    <context>
        <name>documents.learning</name>
        <message>
            <source>an der {kind}</source>
            <translation>in the {kind}</translation>
        </message>
        <message>
            <source>an dem {kind}</source>
            <translation>in the {kind}</translation>
        </message>
        <message>
            <source>am {date}</source>
            <translation>on {date}</translation>
        </message>
        <message>
            <source>vom {start} bis {end}</source>
            <translation>from {start} to {end}</translation>
        </message>
        <message>
            <source>Diese Person steht nicht in der Teilnehmerliste der Veranstaltung; eine Bescheinigung gibt es nur für Teilnehmende.</source>
            <translation>This person is not on the event's list of participants; certificates are only for participants.</translation>
        </message>
        <message>
            <source>Teilnahmebescheinigung – {title}</source>
            <translation>Certificate of attendance – {title}</translation>
        </message>
        <message>
            <source>Steuerungsgruppe SRO</source>
            <translation>Steering group SRO</translation>
        </message>
        <message>
            <source>Teilnahmebescheinigung</source>
            <translation>Certificate of attendance</translation>
        </message>
        <message>
            <source>an der Veranstaltung</source>
            <translation>in the event</translation>
        </message>
        <message>
            <source>{name} hat {period} {kind} „{title}“{where} teilgenommen.</source>
            <translation>{name} took part {kind} “{title}”{where} {period}.</translation>
        </message>
        <message>
            <source>Die Veranstaltung gehört zum gemeinsamen Fortbildungs- und Hospitationsprogramm von Verwaltung und freien Trägern im Prozess der Sozialraumorientierung.</source>
            <translation>The event is part of the joint training and shadowing-visit programme of the administration and the independent providers in the social-area orientation process.</translation>
        </message>
        <message>
            <source>Rostock, {date}</source>
            <translation>Rostock, {date}</translation>
        </message>
        <message>
            <source>

______________________________
Geschäftsstelle der Steuerungsgruppe SRO</source>
            <translation>

______________________________
Office of the steering group SRO</translation>
        </message>
    </context>
    <context>
        <name>documents.mail</name>
        <message>
            <source> und {count} weitere</source>
            <translation> and {count} more</translation>
        </message>
        <message>
            <source>Ohne gültige E-Mail-Adresse: {names}. Diese Person erhält den Entwurf nicht per E-Mail; bitte auf anderem Weg zusenden oder die Adresse unter „Gremien &amp; Mitglieder“ nachtragen.</source>
            <translation>Without a valid e-mail address: {names}. This person will not receive the draft by e-mail; please send it another way or add the address under “Bodies &amp; members”.</translation>
        </message>
        <message>
            <source>Ohne gültige E-Mail-Adresse ({count}): {names}. Sie erhalten den Entwurf nicht per E-Mail; bitte auf anderem Weg zusenden oder die Adressen unter „Gremien &amp; Mitglieder“ nachtragen.</source>
            <translation>Without a valid e-mail address ({count}): {names}. They will not receive the draft by e-mail; please send it another way or add the addresses under “Bodies &amp; members”.</translation>
        </message>
        <message>
            <source>Die Textvorlage {name} lässt sich nicht lesen.</source>
            <translation>The text template {name} cannot be read.</translation>
        </message>
        <message>
            <source>Die Textvorlage {name} enthält einen fehlerhaften Platzhalter (Zeile {line}): {problem}</source>
            <translation>The text template {name} contains a faulty placeholder (line {line}): {problem}</translation>
        </message>
        <message>
            <source>Die Textvorlage {name} verwendet ein unbekanntes Feld: {problem}</source>
            <translation>The text template {name} uses an unknown field: {problem}</translation>
        </message>
        <message>
            <source>Die Textvorlage {name} ist fehlerhaft: {problem}</source>
            <translation>The text template {name} is faulty: {problem}</translation>
        </message>
        <message>
            <source>Die Textvorlage {name} muss mit einer Zeile „Betreff: …“ beginnen.</source>
            <translation>The text template {name} must begin with a line “Subject: …”.</translation>
        </message>
        <message>
            <source>Termin {body} {number} {date}</source>
            <translation>Appointment {body} {number} {date}</translation>
        </message>
        <message>
            <source>Die Datei {name} lässt sich nicht lesen.</source>
            <translation>The file {name} cannot be read.</translation>
        </message>
        <message>
            <source>Unbekanntes Dokument: {document}</source>
            <translation>Unknown document: {document}</translation>
        </message>
        <message>
            <source>Das Dokument {name} lässt sich nicht lesen.</source>
            <translation>The document {name} cannot be read.</translation>
        </message>
    </context>
    <context>
        <name>documents.mail_programs</name>
        <message>
            <source>Der E-Mail-Entwurf wurde im E-Mail-Programm verworfen.</source>
            <translation>The e-mail draft was discarded in the mail program.</translation>
        </message>
        <message>
            <source>Entwurf im E-Mail-Programm geöffnet</source>
            <translation>Draft opened in the mail program</translation>
        </message>
        <message>
            <source>Entwurf in Thunderbird geöffnet</source>
            <translation>Draft opened in Thunderbird</translation>
        </message>
        <message>
            <source>Entwurf gespeichert unter {path} und geöffnet</source>
            <translation>Draft saved as {path} and opened</translation>
        </message>
        <message>
            <source>Thunderbird ließ sich nicht starten ({reason}).</source>
            <translation>Thunderbird could not be started ({reason}).</translation>
        </message>
        <message>
            <source>Es ist kein E-Mail-Programm für Windows (MAPI) eingerichtet.</source>
            <translation>No mail program for Windows (MAPI) is set up.</translation>
        </message>
        <message>
            <source>Das E-Mail-Programm hat den Entwurf nicht angenommen (MAPI-Fehler {code}).</source>
            <translation>The mail program did not accept the draft (MAPI error {code}).</translation>
        </message>
    </context>
    <context>
        <name>documents.member_list</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Seite / Rolle</source>
            <translation>Side / role</translation>
        </message>
        <message>
            <source>Stellvertretung</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Mitgliederliste – {body}</source>
            <translation>Member list – {body}</translation>
        </message>
        <message>
            <source>Mitgliederliste {body}</source>
            <translation>Member list {body}</translation>
        </message>
        <message>
            <source>1 Mitglied</source>
            <translation>1 member</translation>
        </message>
        <message>
            <source>{count} Mitglieder</source>
            <translation>{count} members</translation>
        </message>
        <message>
            <source>Stand: {date} · {count}</source>
            <translation>As of {date} · {count}</translation>
        </message>
        <message>
            <source>Das Gremium hat noch keine Mitglieder.</source>
            <translation>The body has no members yet.</translation>
        </message>
        <message>
            <source>, ohne Stimmrecht</source>
            <translation>, without a vote</translation>
        </message>
    </context>
    <context>
        <name>documents.minutes</name>
        <message>
            <source>{times} Uhr</source>
            <translation>{times}</translation>
        </message>
        <message>
            <source>vertreten durch {deputy}</source>
            <translation>represented by {deputy}</translation>
        </message>
        <message>
            <source>bis TOP {number}; </source>
            <translation>until item {number}; </translation>
        </message>
        <message>
            <source> ({until}ab TOP {number} selbst)</source>
            <translation> ({until}in person from item {number})</translation>
        </message>
        <message>
            <source>ab TOP {number} vertreten durch {deputy}</source>
            <translation>represented by {deputy} from item {number}</translation>
        </message>
        <message>
            <source>ab TOP {number}</source>
            <translation>from item {number}</translation>
        </message>
        <message>
            <source>bis vor TOP {number}</source>
            <translation>until before item {number}</translation>
        </message>
        <message>
            <source>{side}: Ja {yes}, Nein {no}, Enthaltung {abstain}</source>
            <translation>{side}: yes {yes}, no {no}, abstentions {abstain}</translation>
        </message>
        <message>
            <source>Namentliche Abstimmung</source>
            <translation>Roll-call vote</translation>
        </message>
        <message>
            <source>Geheime Abstimmung</source>
            <translation>Secret ballot</translation>
        </message>
        <message>
            <source> für {name}</source>
            <translation> for {name}</translation>
        </message>
        <message>
            <source>(Anlage {number})</source>
            <translation>(attachment {number})</translation>
        </message>
        <message>
            <source>(Anlagen {first}–{last})</source>
            <translation>(attachments {first}–{last})</translation>
        </message>
        <message>
            <source>{place}, den {date}</source>
            <translation>{place}, {date}</translation>
        </message>
        <message>
            <source>Öffentliche Fassung: 1 nichtöffentlicher Tagesordnungspunkt ist nicht enthalten.</source>
            <translation>Public version: 1 item not open to the public is left out.</translation>
        </message>
        <message>
            <source>Öffentliche Fassung: {count} nichtöffentliche Tagesordnungspunkte sind nicht enthalten.</source>
            <translation>Public version: {count} items not open to the public are left out.</translation>
        </message>
        <message>
            <source>Öffentliche Fassung.</source>
            <translation>Public version.</translation>
        </message>
        <message>
            <source>Tagesordnung und Protokollvorlage</source>
            <translation>Agenda and template for the minutes</translation>
        </message>
        <message>
            <source>Niederschrift</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Ergebnisprotokoll</source>
            <translation>Minutes of results</translation>
        </message>
        <message>
            <source>Verlaufsprotokoll</source>
            <translation>Minutes of proceedings</translation>
        </message>
        <message>
            <source>1 Gast</source>
            <translation>1 guest</translation>
        </message>
        <message>
            <source>{count} Gäste</source>
            <translation>{count} guests</translation>
        </message>
        <message>
            <source>Die Anlagen zu nichtöffentlichen Tagesordnungspunkten sind nicht beigefügt.</source>
            <translation>The attachments to items not open to the public are not enclosed.</translation>
        </message>
        <message>
            <source>Die Anlage zu einem nichtöffentlichen Tagesordnungspunkt ist nicht beigefügt.</source>
            <translation>The attachment to an item not open to the public is not enclosed.</translation>
        </message>
        <message>
            <source>ENTWURF – noch nicht genehmigt</source>
            <translation>DRAFT – not yet approved</translation>
        </message>
        <message>
            <source>Vorlage zur Sitzung – noch nicht durchgeführt</source>
            <translation>Template for the meeting – not yet held</translation>
        </message>
        <message>
            <source>Abstimmung</source>
            <translation>Vote</translation>
        </message>
    </context>
    <context>
        <name>documents.oparl</name>
        <message>
            <source>Die Basis-Adresse muss mit http:// oder https:// beginnen und einen Servernamen enthalten, z. B. https://ris.rostock.de/oparl.</source>
            <translation>The base address must begin with http:// or https:// and contain a server name, e.g. https://ris.rostock.de/oparl.</translation>
        </message>
        <message>
            <source>Den Ordner {folder} gibt es nicht.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>{folder} ist eine Datei, kein Ordner; bitte einen Ordner wählen.</source>
            <translation>{folder} is a file, not a folder; please choose a folder.</translation>
        </message>
        <message>
            <source>Der Ordner {folder} lässt sich nicht lesen: {reason}.</source>
            <translation>The folder {folder} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>Der Ordner {folder} ist nicht leer und enthält keinen früheren OParl-Export. Bitte einen leeren Ordner wählen; nichts wurde geschrieben.</source>
            <translation>The folder {folder} is not empty and holds no earlier OParl export. Please choose an empty folder; nothing was written.</translation>
        </message>
        <message>
            <source>{folder} kann nicht beschrieben werden: {reason}.</source>
            <translation>{folder} cannot be written to: {reason}.</translation>
        </message>
        <message>
            <source>{folder} kann nicht geschrieben werden: {reason}.</source>
            <translation>{folder} cannot be written: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>documents.pdf</name>
        <message>
            <source>Für PDF wird LibreOffice benötigt, es wurde aber nicht gefunden. Bitte LibreOffice installieren (kostenlos, www.libreoffice.org) oder die Umgebungsvariable SRO_SOFFICE auf das Programm soffice setzen. DOCX geht weiterhin: als .docx speichern und in Word oder LibreOffice als PDF sichern.</source>
            <translation>PDF needs LibreOffice, but it was not found. Please install LibreOffice (free, www.libreoffice.org) or set the environment variable SRO_SOFFICE to the program soffice. DOCX still works: save as .docx and save it as PDF in Word or LibreOffice.</translation>
        </message>
        <message>
            <source>LibreOffice hat das PDF nicht in {seconds} Sekunden erzeugt und wurde abgebrochen. Bitte noch einmal versuchen oder als .docx speichern.</source>
            <translation>LibreOffice did not produce the PDF within {seconds} seconds and was stopped. Please try again or save as .docx.</translation>
        </message>
        <message>
            <source>LibreOffice ({program}) lässt sich nicht starten: {reason}. Als .docx geht es weiterhin.</source>
            <translation>LibreOffice ({program}) cannot be started: {reason}. Saving as .docx still works.</translation>
        </message>
        <message>
            <source> (LibreOffice meldet: {said})</source>
            <translation> (LibreOffice says: {said})</translation>
        </message>
        <message>
            <source>LibreOffice konnte kein PDF erzeugen{detail}. Als .docx geht es weiterhin.</source>
            <translation>LibreOffice could not produce a PDF{detail}. Saving as .docx still works.</translation>
        </message>
    </context>
    <context>
        <name>documents.personal_data</name>
        <message>
            <source>{name}: die Auskunft bitte als .json speichern.</source>
            <translation>{name}: please save the access report as .json.</translation>
        </message>
    </context>
    <context>
        <name>documents.register</name>
        <message>
            <source>Umlaufverfahren</source>
            <translation>Written procedure</translation>
        </message>
        <message>
            <source>noch kein Ergebnis</source>
            <translation>no result yet</translation>
        </message>
        <message>
            <source>Sitzung fehlt (gelöscht)</source>
            <translation>Meeting missing (deleted)</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>TOP</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>nichtöffentlich</source>
            <translation>not public</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Wortlaut</source>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Abstimmung</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Mehrheitsregel</source>
            <translation>Majority rule</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Siegel der Genehmigung</source>
            <translation>Seal of approval</translation>
        </message>
        <message>
            <source>{start} bis {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>ab {start}</source>
            <translation>from {start}</translation>
        </message>
        <message>
            <source>bis {end}</source>
            <translation>until {end}</translation>
        </message>
        <message>
            <source>Der Zeitraum endet ({end}) vor seinem Beginn ({start}).</source>
            <translation>The period ends ({end}) before it begins ({start}).</translation>
        </message>
        <message>
            <source>{side}: Ja {yes}, Nein {no}, Enthaltung {abstain}</source>
            <translation>{side}: yes {yes}, no {no}, abstentions {abstain}</translation>
        </message>
        <message>
            <source>{number}. Sitzung</source>
            <translation>Meeting no. {number}</translation>
        </message>
        <message>
            <source>TOP {number}</source>
            <translation>Item {number}</translation>
        </message>
        <message>
            <source>Zeitraum: {period}</source>
            <translation>Period: {period}</translation>
        </message>
        <message>
            <source>Alle Beschlüsse</source>
            <translation>All decisions</translation>
        </message>
        <message>
            <source>Beschlussregister – {body}</source>
            <translation>Register of decisions – {body}</translation>
        </message>
    </context>
    <context>
        <name>documents.render</name>
        <message>
            <source>Die Vorlage {path} gibt es nicht.</source>
            <translation>The template {path} does not exist.</translation>
        </message>
        <message>
            <source>Die Vorlage {name} ist keine Word-Datei (.docx).</source>
            <translation>The template {name} is not a Word file (.docx).</translation>
        </message>
        <message>
            <source>Die Vorlage {name} enthält einen fehlerhaften Platzhalter (Zeile {line}): {problem}</source>
            <translation>The template {name} contains a faulty placeholder (line {line}): {problem}</translation>
        </message>
        <message>
            <source>Die Vorlage {name} verwendet ein unbekanntes Feld: {problem}</source>
            <translation>The template {name} uses an unknown field: {problem}</translation>
        </message>
        <message>
            <source>Die Vorlage {name} ist fehlerhaft: {problem}</source>
            <translation>The template {name} is faulty: {problem}</translation>
        </message>
        <message>
            <source>Die Vorlage {name} lässt sich nicht lesen: {problem}</source>
            <translation>The template {name} cannot be read: {problem}</translation>
        </message>
    </context>
    <context>
        <name>documents.report</name>
        <message>
            <source>Sachstandsbericht</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <source>Kenntnisnahme</source>
            <translation>For information</translation>
        </message>
        <message>
            <source>Jugendhilfeausschuss</source>
            <translation>Youth welfare committee</translation>
        </message>
        <message>
            <source>Gegenstand nichtöffentlich</source>
            <translation>Subject not public</translation>
        </message>
        <message>
            <source>keines</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Bitte das Gremium des Berichts angeben (Steuerungsgremien: {names}).</source>
            <translation>Please name the body of the report (steering bodies: {names}).</translation>
        </message>
        <message>
            <source>{done} von {counted} erledigt</source>
            <translation>{done} of {counted} done</translation>
        </message>
        <message>
            <source>1 Beschluss zur Genehmigung von Tagesordnung und Protokoll ist nicht einzeln aufgeführt.</source>
            <translation>1 decision approving the agenda or minutes is not listed separately.</translation>
        </message>
        <message>
            <source>{count} Beschlüsse zur Genehmigung von Tagesordnung und Protokoll sind nicht einzeln aufgeführt.</source>
            <translation>{count} decisions approving the agenda or minutes are not listed separately.</translation>
        </message>
        <message>
            <source>1 Beschluss zu nichtöffentlichen Tagesordnungspunkten ist ohne Gegenstand aufgeführt.</source>
            <translation>1 decision on items not open to the public is listed without its subject.</translation>
        </message>
        <message>
            <source>{count} Beschlüsse zu nichtöffentlichen Tagesordnungspunkten sind ohne Gegenstand aufgeführt.</source>
            <translation>{count} decisions on items not open to the public are listed without their subject.</translation>
        </message>
        <message>
            <source>1 Sitzung</source>
            <translation>1 meeting</translation>
        </message>
        <message>
            <source>{count} Sitzungen</source>
            <translation>{count} meetings</translation>
        </message>
        <message>
            <source>1 Beschluss</source>
            <translation>1 decision</translation>
        </message>
        <message>
            <source>{count} Beschlüsse</source>
            <translation>{count} decisions</translation>
        </message>
        <message>
            <source>{subject} hat im Berichtszeitraum ({period}) {meetings} durchgeführt und {decisions} gefasst.</source>
            <translation>In the reporting period ({period}), {subject} held {meetings} and took {decisions}.</translation>
        </message>
        <message>
            <source>davon {count} überfällig</source>
            <translation>{count} of them overdue</translation>
        </message>
        <message>
            <source>keine davon überfällig</source>
            <translation>none of them overdue</translation>
        </message>
        <message>
            <source>Offen ist 1 Aufgabe, {late}.</source>
            <translation>1 task is open, {late}.</translation>
        </message>
        <message>
            <source>Offen sind {count} Aufgaben, {late}.</source>
            <translation>{count} tasks are open, {late}.</translation>
        </message>
        <message>
            <source>Offene Aufgaben gibt es nicht.</source>
            <translation>There are no open tasks.</translation>
        </message>
        <message>
            <source>1 aufgeführten Empfehlung</source>
            <translation>1 listed recommendation</translation>
        </message>
        <message>
            <source>{count} aufgeführten Empfehlungen</source>
            <translation>{count} listed recommendations</translation>
        </message>
        <message>
            <source>Von {listed} des Beirats ist 1 beantwortet</source>
            <translation>Of {listed} of the advisory board, 1 has been answered</translation>
        </message>
        <message>
            <source>Von {listed} des Beirats sind {count} beantwortet</source>
            <translation>Of {listed} of the advisory board, {count} have been answered</translation>
        </message>
        <message>
            <source>; 1 steht noch aus</source>
            <translation>; 1 is still awaited</translation>
        </message>
        <message>
            <source>; {count} stehen noch aus</source>
            <translation>; {count} are still awaited</translation>
        </message>
    </context>
    <context>
        <name>documents.rules_page</name>
        <message>
            <source>Regeln</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Wie SRO Desktop Beschlussfähigkeit, Stellvertretung, Mehrheiten und Umlaufverfahren
berechnet, und welchen Satz es dafür ins Protokoll schreibt. Welche Regel gilt, legt
jedes Gremium in seiner Geschäftsordnung fest (Ansicht *Gremien &amp; Mitglieder*,
Bereich *Regeln*). Die Beispiele unten sind dieselben Fälle, gegen die das Programm
bei jeder Änderung geprüft wird: Seite und Programm können sich nicht widersprechen.</source>
            <translation>How SRO Desktop works out quorum, deputies, majorities and the written procedure,
and which sentence it writes into the minutes for them. Which rule applies is set by
each body in its rules of procedure (view *Bodies &amp; Members*,
section *Rules*). The examples below are the very cases the program is checked against
after every change: the page and the program cannot contradict each other.</translation>
        </message>
        <message>
            <source>Ein Gremium ist beschlussfähig, wenn der in der Geschäftsordnung bestimmte Anteil der Stimmberechtigten anwesend ist (Voreinstellung: mehr als die Hälfte). Gezählt wird auf die Sollzahl der Sitze (gesetzliche Mitgliederzahl), nicht auf die heute besetzten Sitze: ein unbesetzter Sitz senkt die Hürde nicht. Wo die Geschäftsordnung es verlangt, muss jede paritätische Seite vertreten sein. Wer bei einem TOP befangen ist, stimmt nicht mit und zählt für diesen TOP auch nicht zur Beschlussfähigkeit. Ein Beschluss, der trotzdem gefasst wurde, wird erfasst; Protokoll und „Protokoll prüfen“ weisen darauf hin.</source>
            <translation>A body is quorate when the share of voting members set in its rules of procedure is present (default: more than half). The count is based on the statutory number of seats, not on the seats filled today: a vacant seat does not lower the bar. Where the rules of procedure require it, every equal-membership side must be represented. Anyone with a conflict of interest on an item does not vote and does not count towards the quorum for that item. A decision taken nonetheless is recorded; the minutes and ‘Check minutes’ point it out.</translation>
        </message>
        <message>
            <source>Eine Stellvertretung stimmt nur, solange das Mitglied fehlt. Kommt das Mitglied später, übernimmt es seinen Sitz ab dem TOP des Wechsels; geht es früher, übergibt es ab diesem TOP an die Stellvertretung. Jede Person führt höchstens eine Stimme, außer die Geschäftsordnung erlaubt die Übertragung des Stimmrechts; ein Mitglied, das zugleich ein anderes vertritt, zählt dann nicht doppelt.</source>
            <translation>A deputy votes only while the member is absent. If the member arrives later, they take over their seat from the item of the handover; if they leave early, they hand over to the deputy from that item. Each person carries at most one vote, unless the rules of procedure allow voting rights to be transferred; a member who also stands in for another then does not count twice.</translation>
        </message>
        <message>
            <source>Eine Mehrheit wird auf eine benannte Bezugsgröße gerechnet, exakt als Bruch: die Ja- gegen die Nein-Stimmen (Voreinstellung; Enthaltungen zählen nicht), die abgegebenen Stimmen einschließlich Enthaltungen, die anwesenden Stimmberechtigten oder die Mitglieder laut Geschäftsordnung. Einfache Mehrheit heißt mehr als die Hälfte, Zwei-Drittel- und Dreiviertelmehrheit mindestens dieser Anteil; die absolute Mehrheit verlangt mehr als die Hälfte der Mitglieder laut Geschäftsordnung. Die doppelte Mehrheit verlangt eine Mehrheit insgesamt und auf jeder paritätischen Seite, auf derselben Bezugsgröße.</source>
            <translation>A majority is calculated on a named basis, exactly as a fraction: the yes votes against the no votes (default; abstentions do not count), the votes cast including abstentions, the voting members present, or the members according to the rules of procedure. A simple majority means more than half, a two-thirds or three-quarters majority at least that share; an absolute majority requires more than half of the members according to the rules of procedure. A double majority requires a majority overall and on each equal-membership side, on the same basis.</translation>
        </message>
        <message>
            <source>Bei Stimmengleichheit ist ein Antrag abgelehnt, außer die Geschäftsordnung gibt der Stimme des Vorsitzes den Ausschlag (Stichentscheid).</source>
            <translation>If the votes are tied, a motion is rejected, unless the rules of procedure give the chair the casting vote.</translation>
        </message>
        <message>
            <source>Offen werden die Stimmen je Seite gezählt. Bei namentlicher Abstimmung wird jede Stimme mit Namen erfasst (Ja, Nein, Enthaltung, befangen, keine Stimme); Zahlen und Seiten ergeben sich daraus, und das Protokoll nennt die Namen, wenn das Gremium es so will. Geheim werden nur Zahlen erfasst. Die beratenden Mitglieder können ein nicht bindendes Votum abgeben; es steht neben dem Ergebnis („Votum der beratenden Mitglieder: …“) und zählt nicht mit.</source>
            <translation>In an open vote the votes are counted per side. In a roll-call vote each vote is recorded by name (yes, no, abstention, conflict of interest, no vote); numbers and sides follow from it, and the minutes give the names if the body wishes. In a secret ballot only numbers are recorded. The advisory members may give a non-binding opinion; it stands next to the result (‘Opinion of the advisory members: …’) and does not count.</translation>
        </message>
        <message>
            <source>Im Umlaufverfahren (schriftliche Beschlussfassung) werden alle stimmberechtigten Mitglieder mit einer Frist gefragt; jede Antwort wird mit Datum erfasst (Ja, Nein, Enthaltung, Widerspruch gegen das Verfahren, keine Antwort). Antworten nach der Frist zählen nicht. Vor Ablauf der Frist steht ein Ergebnis erst fest, wenn die fehlenden Antworten es nicht mehr ändern können. Ein Widerspruch gegen das Verfahren stoppt es, wenn die Geschäftsordnung das vorsieht (Voreinstellung). Der Text sagt nie „anwesend“ und „einstimmig“ nur, wenn alle Gefragten mit Ja geantwortet haben.</source>
            <translation>In the written procedure (decision in writing) all voting members are asked, with a due date; each response is recorded with its date (yes, no, abstention, objection to the procedure, no response). Responses after the due date do not count. Before the due date a result is final only when the missing responses can no longer change it. An objection to the procedure stops it if the rules of procedure say so (default). The text never says ‘present’, and says ‘unanimously’ only if everyone asked answered yes.</translation>
        </message>
        <message>
            <source>Was die Geschäftsordnung festlegt</source>
            <translation>What the rules of procedure set</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit gezählt auf: {list}</source>
            <translation>Quorum counted on: {list}</translation>
        </message>
        <message>
            <source>Beschlussregeln: {list}</source>
            <translation>Decision rules: {list}</translation>
        </message>
        <message>
            <source>Bezugsgröße der Mehrheit: {list}</source>
            <translation>Basis of the majority: {list}</translation>
        </message>
        <message>
            <source>Stichentscheid des Vorsitzes; Übertragung des Stimmrechts; Widerspruch gegen das Umlaufverfahren; Namen bei namentlicher Abstimmung im Protokoll; Ladungsfrist</source>
            <translation>Casting vote of the chair; transfer of voting rights; objection to the written procedure; names in the minutes for roll-call votes; notice period</translation>
        </message>
        <message>
            <source>Vorlagen für den Anfang:</source>
            <translation>Presets to start with:</translation>
        </message>
        <message>
            <source>„{sentence}“</source>
            <translation>“{sentence}”</translation>
        </message>
    </context>
    <context>
        <name>documents.signature_list</name>
        <message>
            <source>Unterschriftenliste</source>
            <translation>Signature list</translation>
        </message>
    </context>
    <context>
        <name>documents.task_list</name>
        <message>
            <source>ohne Seite</source>
            <translation>no side</translation>
        </message>
        <message>
            <source>ohne Verantwortliche</source>
            <translation>no one responsible</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Verantwortlich</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Beschreibung</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Herkunft</source>
            <translation>Origin</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Fällig</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Überfällig</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Tandem</source>
            <translation>Tandem</translation>
        </message>
        <message>
            <source>Gemeinsam mit</source>
            <translation>Together with</translation>
        </message>
        <message>
            <source>Wiedervorlage</source>
            <translation>Report back</translation>
        </message>
        <message>
            <source>{number}. Sitzung am {date}</source>
            <translation>Meeting no. {number} on {date}</translation>
        </message>
        <message>
            <source>, TOP {number}</source>
            <translation>, item {number}</translation>
        </message>
        <message>
            <source>seit 1 Tag überfällig</source>
            <translation>overdue by 1 day</translation>
        </message>
        <message>
            <source>seit {days} Tagen überfällig</source>
            <translation>overdue by {days} days</translation>
        </message>
        <message>
            <source>Es gibt keine offenen Aufgaben.</source>
            <translation>There are no open tasks.</translation>
        </message>
        <message>
            <source>1 offene Aufgabe</source>
            <translation>1 open task</translation>
        </message>
        <message>
            <source>{count} offene Aufgaben</source>
            <translation>{count} open tasks</translation>
        </message>
        <message>
            <source>{tasks}, davon {overdue} überfällig.</source>
            <translation>{tasks}, {overdue} of them overdue.</translation>
        </message>
        <message>
            <source>{tasks}, keine überfällig.</source>
            <translation>{tasks}, none overdue.</translation>
        </message>
        <message>
            <source>Beschlusskontrolle – {body}</source>
            <translation>Decision follow-up – {body}</translation>
        </message>
    </context>
    <context>
        <name>domain.agenda</name>
        <message>
            <source>Eröffnung und Feststellung der Beschlussfähigkeit</source>
            <translation>Opening and establishment of the quorum</translation>
        </message>
        <message>
            <source>Genehmigung der Tagesordnung</source>
            <translation>Approval of the agenda</translation>
        </message>
        <message>
            <source>Genehmigung des Protokolls der letzten Sitzung</source>
            <translation>Approval of the minutes of the last meeting</translation>
        </message>
        <message>
            <source>Bericht zu offenen Aufgaben</source>
            <translation>Report on open tasks</translation>
        </message>
        <message>
            <source>Empfehlungen des Beirats</source>
            <translation>Recommendations of the advisory board</translation>
        </message>
        <message>
            <source>Verschiedenes</source>
            <translation>Any other business</translation>
        </message>
        <message>
            <source>TOP {position} „{title}“ neu aufgenommen</source>
            <translation>Item {position} “{title}” added</translation>
        </message>
        <message>
            <source>„{title}“ (TOP {invited_position} der Einladung) abgesetzt</source>
            <translation>“{title}” (item {invited_position} of the invitation) withdrawn</translation>
        </message>
        <message>
            <source>„{title}“ von TOP {invited_position} auf TOP {position} verlegt</source>
            <translation>“{title}” moved from item {invited_position} to item {position}</translation>
        </message>
    </context>
    <context>
        <name>domain.allowances</name>
        <message>
            <source>Sitzungsgeld und Fahrtkosten sind Beträge ab 0,00 €.</source>
            <translation>Attendance allowance and travel costs are amounts of €0.00 or more.</translation>
        </message>
        <message>
            <source>„gültig bis“ liegt vor „gültig ab“.</source>
            <translation>“valid until” is before “valid from”.</translation>
        </message>
        <message>
            <source>Für diese Seite gilt in diesem Zeitraum schon ein Sitzungsgeld; bitte den Zeitraum des anderen Satzes zuerst begrenzen.</source>
            <translation>An attendance allowance already applies to this side in this period; please limit the period of the other rate first.</translation>
        </message>
    </context>
    <context>
        <name>domain.attachments</name>
        <message>
            <source>Die Unterlage braucht einen Dateinamen.</source>
            <translation>The attachment needs a file name.</translation>
        </message>
        <message>
            <source>Die Datei „{name}“ ist leer und wird nicht angehängt.</source>
            <translation>The file “{name}” is empty and will not be attached.</translation>
        </message>
        <message>
            <source>Die Datei „{name}“ ist {size_label} groß; angehängt werden Dateien bis {MAX_SIZE_MB} MB. Bitte eine kleinere Fassung (z. B. ein komprimiertes PDF) anhängen oder die Datei außerhalb der SRO-Datei ablegen.</source>
            <translation>The file “{name}” is {size_label}; files up to {MAX_SIZE_MB} MB can be attached. Please attach a smaller version (e.g. a compressed PDF) or keep the file outside the SRO file.</translation>
        </message>
        <message>
            <source> (als „{name}“)</source>
            <translation> (as “{name}”)</translation>
        </message>
        <message>
            <source>Die Datei „{name}“ hängt schon an diesem TOP{same}.</source>
            <translation>The file “{name}” is already attached to this item{same}.</translation>
        </message>
    </context>
    <context>
        <name>domain.bodies</name>
        <message>
            <source>Verwaltung</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>V</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Freie Träger</source>
            <translation>Independent providers</translation>
        </message>
        <message>
            <source>T</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Wissenschaft</source>
            <translation>Science</translation>
        </message>
        <message>
            <source>W</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Projektberatung</source>
            <translation>Project consultancy</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>Mitglieder</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Die Seite {name} gehört nicht zu diesem Gremium.</source>
            <translation>The side {name} does not belong to this body.</translation>
        </message>
        <message>
            <source>Als {label} auf der Seite {name} gibt es kein Stimmrecht.</source>
            <translation>As {label} on the side {name} there is no vote.</translation>
        </message>
        <message>
            <source>Die Mitgliedschaft kann nicht enden, bevor sie beginnt.</source>
            <translation>The membership cannot end before it begins.</translation>
        </message>
        <message>
            <source>Niemand kann sich selbst vertreten.</source>
            <translation>Nobody can be their own deputy.</translation>
        </message>
        <message>
            <source>Diese Person ist in diesem Gremium im selben Zeitraum schon Mitglied. Bitte die bestehende Mitgliedschaft bearbeiten oder zuerst beenden.</source>
            <translation>This person is already a member of this body in the same period. Please edit the existing membership or end it first.</translation>
        </message>
        <message>
            <source>Eine Seite braucht einen Namen.</source>
            <translation>A side needs a name.</translation>
        </message>
        <message>
            <source>Die Seite {name} ist paritätisch besetzt und braucht deshalb Stimmrecht.</source>
            <translation>The side {name} is filled on a parity basis and therefore needs a vote.</translation>
        </message>
        <message>
            <source>„{text}“ ist kein Anteil für die Beschlussfähigkeit: bitte einen Bruch zwischen 0 und 1 angeben, z. B. 1/2 oder 2/3.</source>
            <translation>“{text}” is not a share for the quorum: please give a fraction between 0 and 1, e.g. 1/2 or 2/3.</translation>
        </message>
        <message>
            <source>Ein Gremium braucht einen Namen.</source>
            <translation>A body needs a name.</translation>
        </message>
        <message>
            <source>Ein Gremium braucht ein Kürzel.</source>
            <translation>A body needs a short name.</translation>
        </message>
        <message>
            <source>Der Artikel muss „die“, „der“ oder „das“ sein, nicht „{article}“.</source>
            <translation>The article must be “die”, “der” or “das”, not “{article}”.</translation>
        </message>
        <message>
            <source>Ein Gremium kann nicht sich selbst beraten.</source>
            <translation>A body cannot advise itself.</translation>
        </message>
        <message>
            <source>„Mehr als alle“ Stimmberechtigten können nie anwesend sein: bei 1/1 bitte „mindestens“ wählen.</source>
            <translation>“More than all” voting members can never be present: for 1/1 please choose “at least”.</translation>
        </message>
        <message>
            <source>Die Ladungsfrist ist eine Zahl von Tagen, 0 oder mehr.</source>
            <translation>The notice period is a number of days, 0 or more.</translation>
        </message>
        <message>
            <source>keine paritätische Besetzung vorgesehen</source>
            <translation>no parity membership intended</translation>
        </message>
        <message>
            <source>Sollzahlen nicht paritätisch ({listing})</source>
            <translation>Statutory seats not equal ({listing})</translation>
        </message>
        <message>
            <source>paritätisch {counts}</source>
            <translation>parity {counts}</translation>
        </message>
        <message>
            <source>{name} 1 Sitz weniger</source>
            <translation>{name} 1 seat fewer</translation>
        </message>
        <message>
            <source>{name} {fewer} Sitze weniger</source>
            <translation>{name} {fewer} seats fewer</translation>
        </message>
        <message>
            <source>nicht paritätisch ({listing}): {list}</source>
            <translation>no parity ({listing}): {list}</translation>
        </message>
        <message>
            <source>Mitglieder der Vertretungskörperschaft</source>
            <translation>Members of the representative body</translation>
        </message>
        <message>
            <source>VK</source>
            <translation>RB</translation>
        </message>
        <message>
            <source>Vorgeschlagen von den freien Trägern</source>
            <translation>Proposed by the independent providers</translation>
        </message>
        <message>
            <source>FT</source>
            <translation>IP</translation>
        </message>
        <message>
            <source>Beratende Mitglieder</source>
            <translation>Advisory members</translation>
        </message>
        <message>
            <source>B</source>
            <translation>AM</translation>
        </message>
    </context>
    <context>
        <name>domain.budget</name>
        <message>
            <source>Eine Haushaltszeile braucht eine Bezeichnung.</source>
            <translation>A budget line needs a description.</translation>
        </message>
        <message>
            <source>Das Haushaltsjahr muss zwischen {FIRST_YEAR} und {LAST_YEAR} liegen.</source>
            <translation>The budget year must be between {FIRST_YEAR} and {LAST_YEAR}.</translation>
        </message>
        <message>
            <source>Soll und Ist sind Beträge ab 0,00 €.</source>
            <translation>Planned and actual are amounts of €0.00 or more.</translation>
        </message>
        <message>
            <source>{whole},{digits} Stelle</source>
            <translation>{whole}.{digits} post</translation>
        </message>
        <message>
            <source>Eine Stelle braucht eine Bezeichnung.</source>
            <translation>A post needs a description.</translation>
        </message>
        <message>
            <source>„besetzt bis“ liegt vor „besetzt ab“.</source>
            <translation>“filled until” is before “filled from”.</translation>
        </message>
        <message>
            <source>Der Stellenanteil liegt zwischen 0,001 und 1,0 Stelle.</source>
            <translation>The share of a post is between 0.001 and 1.0.</translation>
        </message>
        <message>
            <source>„{value}“ ist kein Stellenanteil; bitte so schreiben: 0,5</source>
            <translation>“{value}” is not a share of a post; please write it like this: 0.5</translation>
        </message>
        <message>
            <source>Ein Stellenanteil hat höchstens drei Nachkommastellen.</source>
            <translation>A share of a post has at most three decimal places.</translation>
        </message>
    </context>
    <context>
        <name>domain.calendar</name>
        <message>
            <source>Quartal {quarter} gibt es nicht (1–4)</source>
            <translation>Quarter {quarter} does not exist (1–4)</translation>
        </message>
        <message>
            <source>I. Quartal {year}</source>
            <translation>Q1 {year}</translation>
        </message>
        <message>
            <source>II. Quartal {year}</source>
            <translation>Q2 {year}</translation>
        </message>
        <message>
            <source>III. Quartal {year}</source>
            <translation>Q3 {year}</translation>
        </message>
        <message>
            <source>IV. Quartal {year}</source>
            <translation>Q4 {year}</translation>
        </message>
        <message>
            <source>I/{year}</source>
            <translation>Q1/{year}</translation>
        </message>
        <message>
            <source>II/{year}</source>
            <translation>Q2/{year}</translation>
        </message>
        <message>
            <source>III/{year}</source>
            <translation>Q3/{year}</translation>
        </message>
        <message>
            <source>IV/{year}</source>
            <translation>Q4/{year}</translation>
        </message>
        <message>
            <source>Montag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Dienstag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Mittwoch</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Donnerstag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Freitag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Samstag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sonntag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Die Uhrzeit „{time}“ bitte als HH:MM angeben.</source>
            <translation>Please give the time “{time}” as HH:MM.</translation>
        </message>
        <message>
            <source>Die Uhrzeit „{time}“ gibt es nicht.</source>
            <translation>The time “{time}” does not exist.</translation>
        </message>
    </context>
    <context>
        <name>domain.history</name>
        <message>
            <source>gelöscht am</source>
            <translation>deleted on</translation>
        </message>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Jahr</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>laufende Nummer</source>
            <translation>serial number</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Wortlaut</source>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>TOP</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Umlaufverfahren</source>
            <translation>Written procedure</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Verfahren</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Ergebnistext</source>
            <translation>Result text</translation>
        </message>
        <message>
            <source>Abstimmungsart</source>
            <translation>Voting method</translation>
        </message>
        <message>
            <source>Stimme des Vorsitzes</source>
            <translation>Chair's vote</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Mitglied</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Stimme</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>beantwortet am</source>
            <translation>answered on</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>Abstentions</translation>
        </message>
        <message>
            <source>Beschreibung</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>aus Sitzung</source>
            <translation>from meeting</translation>
        </message>
        <message>
            <source>aus TOP</source>
            <translation>from item</translation>
        </message>
        <message>
            <source>aus Beschluss</source>
            <translation>from decision</translation>
        </message>
        <message>
            <source>aus Empfehlung</source>
            <translation>from recommendation</translation>
        </message>
        <message>
            <source>Tandem</source>
            <translation>Tandem</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Begonnen am</source>
            <translation>Started on</translation>
        </message>
        <message>
            <source>Erledigt am</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Wiedervorlage</source>
            <translation>Report back</translation>
        </message>
        <message>
            <source>Meilenstein</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>From</translation>
        </message>
        <message>
            <source>An</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Beschlossen am</source>
            <translation>Adopted on</translation>
        </message>
        <message>
            <source>Sitzung des Beirats</source>
            <translation>Advisory board meeting</translation>
        </message>
        <message>
            <source>Antwort</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Beschluss zur Antwort</source>
            <translation>Decision on the response</translation>
        </message>
        <message>
            <source>Antwort fällig</source>
            <translation>Response due</translation>
        </message>
        <message>
            <source>Beantwortet am</source>
            <translation>Responded on</translation>
        </message>
        <message>
            <source>Vertreten durch</source>
            <translation>Represented by</translation>
        </message>
        <message>
            <source>Gast</source>
            <translation>Guest</translation>
        </message>
        <message>
            <source>ab TOP</source>
            <translation>from item</translation>
        </message>
        <message>
            <source>bis vor TOP</source>
            <translation>until before item</translation>
        </message>
        <message>
            <source>Bemerkung</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Wechsel ab TOP</source>
            <translation>Handover from item</translation>
        </message>
        <message>
            <source>den Beschluss</source>
            <translation>the decision</translation>
        </message>
        <message>
            <source>den Beschluss {subject}</source>
            <translation>decision {subject}</translation>
        </message>
        <message>
            <source>die Abstimmung</source>
            <translation>the vote</translation>
        </message>
        <message>
            <source>die Abstimmung {subject}</source>
            <translation>the vote of {subject}</translation>
        </message>
        <message>
            <source>die Befangenheit</source>
            <translation>the conflict of interest</translation>
        </message>
        <message>
            <source>die Befangenheit von {subject}</source>
            <translation>the conflict of interest of {subject}</translation>
        </message>
        <message>
            <source>die Aufgabe</source>
            <translation>the task</translation>
        </message>
        <message>
            <source>die Aufgabe {subject}</source>
            <translation>the task {subject}</translation>
        </message>
        <message>
            <source>die Zuständigkeit</source>
            <translation>the responsibility</translation>
        </message>
        <message>
            <source>die Zuständigkeit von {subject}</source>
            <translation>the responsibility of {subject}</translation>
        </message>
        <message>
            <source>die Empfehlung</source>
            <translation>the recommendation</translation>
        </message>
        <message>
            <source>die Empfehlung {subject}</source>
            <translation>recommendation {subject}</translation>
        </message>
        <message>
            <source>die Anwesenheit</source>
            <translation>the attendance</translation>
        </message>
        <message>
            <source>die Anwesenheit von {subject}</source>
            <translation>the attendance of {subject}</translation>
        </message>
        <message>
            <source>die Stimme</source>
            <translation>the vote</translation>
        </message>
        <message>
            <source>die Stimme von {subject}</source>
            <translation>the vote of {subject}</translation>
        </message>
        <message>
            <source>den Eintrag</source>
            <translation>the entry</translation>
        </message>
        <message>
            <source>den Eintrag {subject}</source>
            <translation>the entry {subject}</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>(unbekannt)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>{label}: {old} → {new}</source>
            <translation>{label}: {old} → {new}</translation>
        </message>
        <message>
            <source>Unbekannt</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>{who} legte am {when} {record} an: {details}</source>
            <translation>{who} created {record} on {when}: {details}</translation>
        </message>
        <message>
            <source>{who} legte am {when} {record} an</source>
            <translation>{who} created {record} on {when}</translation>
        </message>
        <message>
            <source>{who} löschte am {when} {record}</source>
            <translation>{who} deleted {record} on {when}</translation>
        </message>
        <message>
            <source>{who} stellte am {when} {record} wieder her: {details}</source>
            <translation>{who} restored {record} on {when}: {details}</translation>
        </message>
        <message>
            <source>{who} stellte am {when} {record} wieder her</source>
            <translation>{who} restored {record} on {when}</translation>
        </message>
        <message>
            <source>{who} änderte am {when} {details}</source>
            <translation>{who} changed on {when}: {details}</translation>
        </message>
        <message>
            <source>{who} änderte am {when} {record}: {details}</source>
            <translation>{who} changed {record} on {when}: {details}</translation>
        </message>
    </context>
    <context>
        <name>domain.learning</name>
        <message>
            <source>keine Teilnehmenden</source>
            <translation>no participants</translation>
        </message>
        <message>
            <source>ausgewogen {office} : {providers}</source>
            <translation>balanced {office} : {providers}</translation>
        </message>
        <message>
            <source>ohne Organisation</source>
            <translation>without organisation</translation>
        </message>
        <message>
            <source>Eine Veranstaltung braucht einen Titel.</source>
            <translation>An event needs a title.</translation>
        </message>
        <message>
            <source>Das Ende liegt vor dem Beginn.</source>
            <translation>The end is before the start.</translation>
        </message>
    </context>
    <context>
        <name>domain.meetings</name>
        <message>
            <source>Das Protokoll ist genehmigt; die Sitzung kann nicht mehr geändert werden. Änderungen sind nur als Berichtigung möglich ({CORRECTION_HINT}).</source>
            <translation>The minutes are approved; the meeting can no longer be changed. Changes are only possible as a correction ({CORRECTION_HINT}).</translation>
        </message>
        <message>
            <source>Eine Sitzung im Zustand „{label}“ kann nicht auf „{label2}“ gesetzt werden; möglich ist: {options}.</source>
            <translation>A meeting in the state “{label}” cannot be set to “{label2}”; possible: {options}.</translation>
        </message>
        <message>
            <source>Bitte die Sitzung angeben, in der das Protokoll genehmigt wurde.</source>
            <translation>Please give the meeting at which the minutes were approved.</translation>
        </message>
        <message>
            <source>Das Protokoll muss in einer späteren Sitzung desselben Gremiums genehmigt werden.</source>
            <translation>The minutes must be approved at a later meeting of the same body.</translation>
        </message>
        <message>
            <source>Die genehmigende Sitzung muss nach der protokollierten Sitzung stattfinden.</source>
            <translation>The approving meeting must take place after the recorded meeting.</translation>
        </message>
        <message>
            <source>Die genehmigende Sitzung ist im Zustand „{label}“ und hat noch nicht stattgefunden.</source>
            <translation>The approving meeting is in the state “{label}” and has not yet taken place.</translation>
        </message>
        <message>
            <source>Das Ende der Sitzung muss nach dem Beginn liegen.</source>
            <translation>The end of the meeting must be after its start.</translation>
        </message>
        <message>
            <source>genehmigt in der {number}. Sitzung am {german_date}</source>
            <translation>approved at meeting no. {number} on {german_date}</translation>
        </message>
        <message>
            <source>Das Protokoll der {number}. Sitzung vom {german_date} wurde genehmigt.</source>
            <translation>The minutes of meeting no. {number} on {german_date} were approved.</translation>
        </message>
        <message>
            <source>TOP {position} „{title}“ gehört nicht zur genehmigenden Sitzung ({number}. Sitzung am {german_date}).</source>
            <translation>Item {position} “{title}” does not belong to the approving meeting (meeting no. {number} on {german_date}).</translation>
        </message>
        <message>
            <source>Das Protokoll ist schon genehmigt; es wird nicht mehr als Entwurf versandt.</source>
            <translation>The minutes are already approved; they are no longer sent as a draft.</translation>
        </message>
        <message>
            <source>Versandt wird ein Protokoll-Entwurf; die Sitzung ist im Zustand „{label}“. Zuerst „Protokoll-Entwurf erstellt“ wählen.</source>
            <translation>What is sent is draft minutes; the meeting is in the state “{label}”. First choose “Draft minutes written”.</translation>
        </message>
        <message>
            <source>Eingeladen wird zu einer Sitzung, die noch bevorsteht; die Sitzung ist im Zustand „{label}“.</source>
            <translation>Invitations are for a meeting still to come; the meeting is in the state “{label}”.</translation>
        </message>
        <message>
            <source>Bitte angeben, an wen das Protokoll ging.</source>
            <translation>Please give the recipients of the minutes.</translation>
        </message>
        <message>
            <source>Das Protokoll kann nicht vor der Sitzung ({german_date}) versandt worden sein.</source>
            <translation>The minutes cannot have been sent before the meeting ({german_date}).</translation>
        </message>
        <message>
            <source>Bitte den Inhalt der Einwendung angeben.</source>
            <translation>Please give the content of the objection.</translation>
        </message>
        <message>
            <source>Bitte angeben, von wem die Einwendung kommt.</source>
            <translation>Please give who raised the objection.</translation>
        </message>
        <message>
            <source>Eine Einwendung kann nicht vor der Sitzung ({german_date}) eingegangen sein.</source>
            <translation>An objection cannot have been received before the meeting ({german_date}).</translation>
        </message>
        <message>
            <source>Das Protokoll ist genehmigt; Einwendungen sind nur gegen den Entwurf oder das versandte Protokoll möglich. Änderungen gehen nur noch als Berichtigung ({CORRECTION_HINT}).</source>
            <translation>The minutes are approved; objections are only possible against the draft or the minutes sent. Changes are now only possible as a correction ({CORRECTION_HINT}).</translation>
        </message>
        <message>
            <source>Einwendungen gibt es gegen den Protokoll-Entwurf oder das versandte Protokoll; die Sitzung ist im Zustand „{label}“.</source>
            <translation>Objections are raised against the draft minutes or the minutes sent; the meeting is in the state “{label}”.</translation>
        </message>
        <message>
            <source>Die Sitzung hat schon nummerierte Beschlüsse dieses Jahres; sie kann nicht in ein anderes Jahr verlegt werden.</source>
            <translation>The meeting already has numbered decisions of this year; it cannot be moved to another year.</translation>
        </message>
        <message>
            <source>Diese Person gehörte am Sitzungstag nicht zum Gremium.</source>
            <translation>This person did not belong to the body on the day of the meeting.</translation>
        </message>
        <message>
            <source>Für {member_name} ist keine Stellvertretung eingetragen.</source>
            <translation>No deputy is entered for {member_name}.</translation>
        </message>
        <message>
            <source>Dieser TOP gehört nicht zu dieser Sitzung.</source>
            <translation>This item does not belong to this meeting.</translation>
        </message>
        <message>
            <source>Wer geht, muss vorher gekommen sein: Abgang nach dem Eintreffen.</source>
            <translation>Whoever leaves must have arrived first: departure after arrival.</translation>
        </message>
        <message>
            <source>Der Wechsel zwischen Mitglied und Stellvertretung liegt zwischen Eintreffen und Abgang.</source>
            <translation>The handover between member and deputy lies between arrival and departure.</translation>
        </message>
        <message>
            <source>Ein Wechsel beim ersten TOP ist keiner: bitte „anwesend“ oder „vertreten“ wählen.</source>
            <translation>A handover at the first item is none: please choose “present” or “represented”.</translation>
        </message>
    </context>
    <context>
        <name>domain.milestones</name>
        <message>
            <source>Der Meilenstein braucht einen Titel.</source>
            <translation>The milestone needs a title.</translation>
        </message>
        <message>
            <source>Das Quartal ist 1, 2, 3 oder 4.</source>
            <translation>The quarter is 1, 2, 3 or 4.</translation>
        </message>
        <message>
            <source>Das Jahr {target_year} gibt es im Kalender nicht ({EARLIEST_YEAR}–{LATEST_YEAR}).</source>
            <translation>The year {target_year} is not in the calendar ({EARLIEST_YEAR}–{LATEST_YEAR}).</translation>
        </message>
    </context>
    <context>
        <name>domain.minutes_check</name>
        <message>
            <source>Die Sitzung wurde abgesagt; es gibt kein Protokoll zu prüfen.</source>
            <translation>The meeting was cancelled; there are no minutes to check.</translation>
        </message>
        <message>
            <source>Die Sitzung ist im Zustand „{label}“ und hat noch nicht stattgefunden; es gibt noch kein Protokoll zu prüfen.</source>
            <translation>The meeting is in the state “{label}” and has not yet taken place; there are no minutes to check yet.</translation>
        </message>
        <message>
            <source>Die Sitzungsleitung (Vorsitz) ist nicht angegeben.</source>
            <translation>The chair of the meeting is not given.</translation>
        </message>
        <message>
            <source>Die Protokollführung ist nicht angegeben.</source>
            <translation>The minute-taker is not given.</translation>
        </message>
        <message>
            <source>Beginn und Ende der Sitzung fehlen.</source>
            <translation>Start and end of the meeting are missing.</translation>
        </message>
        <message>
            <source>Der Beginn der Sitzung fehlt.</source>
            <translation>The start of the meeting is missing.</translation>
        </message>
        <message>
            <source>Das Ende der Sitzung fehlt.</source>
            <translation>The end of the meeting is missing.</translation>
        </message>
        <message>
            <source>Für {get} ist keine Anwesenheit erfasst.</source>
            <translation>No attendance is recorded for {get}.</translation>
        </message>
        <message>
            <source>ein Mitglied</source>
            <translation>a member</translation>
        </message>
        <message>
            <source>{name} hält schon eine Stimme und vertritt zugleich {name2}; nach der Geschäftsordnung zählt nur eine Stimme, dieser Sitz zählt nicht.</source>
            <translation>{name} already holds a vote and also represents {name2}; under the rules of procedure only one vote counts, this seat does not count.</translation>
        </message>
        <message>
            <source>{name} hält ab TOP {position} schon eine Stimme und vertritt zugleich {name2}; nach der Geschäftsordnung zählt nur eine Stimme, dieser Sitz zählt nicht.</source>
            <translation>{name} already holds a vote from item {position} and also represents {name2}; under the rules of procedure only one vote counts, this seat does not count.</translation>
        </message>
        <message>
            <source>Eine Person</source>
            <translation>A person</translation>
        </message>
        <message>
            <source>TOP {position}: Beschluss {number} hat noch kein Ergebnis: {result_text}.</source>
            <translation>Item {position}: decision {number} has no result yet: {result_text}.</translation>
        </message>
        <message>
            <source>TOP {position}: Beschluss {number} hat keine Abstimmung und kein Ergebnis.</source>
            <translation>Item {position}: decision {number} has no vote and no result.</translation>
        </message>
        <message>
            <source>TOP {position}: Beschluss {number} hat keinen Wortlaut.</source>
            <translation>Item {position}: decision {number} has no wording.</translation>
        </message>
        <message>
            <source>TOP {position}: Beschluss {number} hat bei {names} {cast} Stimmen, aber nur {allowed} stimmberechtigte Mitglieder waren anwesend und nicht befangen. Bitte Anwesenheit oder Abstimmung prüfen.</source>
            <translation>Item {position}: decision {number} has {cast} votes for {names}, but only {allowed} voting members were present and without a conflict of interest. Please check attendance or the vote.</translation>
        </message>
        <message>
            <source>TOP {position}: Beschluss {number} wurde gefasst, obwohl {nominative} nicht beschlussfähig war: {reason}.</source>
            <translation>Item {position}: decision {number} was taken although {nominative} was not quorate: {reason}.</translation>
        </message>
        <message>
            <source>TOP {position}: Aufgabe „{title}“ hat keine Verantwortlichen.</source>
            <translation>Item {position}: task “{title}” has no one responsible.</translation>
        </message>
        <message>
            <source>Aufgabe „{title}“ hat keine Verantwortlichen.</source>
            <translation>Task “{title}” has no one responsible.</translation>
        </message>
        <message>
            <source>TOP {position}: Aufgabe „{title}“ hat kein Fälligkeitsdatum.</source>
            <translation>Item {position}: task “{title}” has no due date.</translation>
        </message>
        <message>
            <source>Aufgabe „{title}“ hat kein Fälligkeitsdatum.</source>
            <translation>Task “{title}” has no due date.</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>TOP {position} hat kein Ergebnis: keine Notizen, keinen Beschluss, keine Aufgabe.</source>
            <translation>Item {position} has no result: no notes, no decision, no task.</translation>
        </message>
        <message>
            <source>Die Einwendung von {who} vom {german_date} ist noch nicht erledigt.</source>
            <translation>The objection by {who} of {german_date} is not yet settled.</translation>
        </message>
    </context>
    <context>
        <name>domain.money</name>
        <message>
            <source>„{value}“: Beträge sind nicht negativ.</source>
            <translation>“{value}”: amounts are not negative.</translation>
        </message>
        <message>
            <source>„{value}“ ist wie im Deutschen geschrieben (Komma vor den Cent); bitte so schreiben: 1,234.56</source>
            <translation>“{value}” is written the German way (comma before the cents); please write it like this: 1,234.56</translation>
        </message>
        <message>
            <source>„{value}“ ist kein Betrag; bitte so schreiben: 25,00</source>
            <translation>“{value}” is not an amount; please write it like this: 25.00</translation>
        </message>
        <message>
            <source>Beträge sind ganze Cent ab 0,00 €.</source>
            <translation>Amounts are whole cents from €0.00.</translation>
        </message>
        <message>
            <source>Beträge gehen bis {euro}.</source>
            <translation>Amounts go up to {euro}.</translation>
        </message>
    </context>
    <context>
        <name>domain.names</name>
        <message>
            <source>{number}. Sitzung {body_genitive}</source>
            <translation>Meeting no. {number} of {body_genitive}</translation>
        </message>
        <message>
            <source> vom {date}</source>
            <translation> on {date}</translation>
        </message>
    </context>
    <context>
        <name>domain.notice</name>
        <message>
            <source>Die Sitzung am {meeting} liegt vor dem Versand am {german_date}; die Einladungsfrist von {days} ist nicht einzuhalten.</source>
            <translation>The meeting on {meeting} is before the sending on {german_date}; the notice period of {days} cannot be kept.</translation>
        </message>
        <message>
            <source>die Sitzung ist am selben Tag</source>
            <translation>the meeting is on the same day</translation>
        </message>
        <message>
            <source>bis zur Sitzung bleiben {days}</source>
            <translation>{days} remain until the meeting</translation>
        </message>
        <message>
            <source>Die Einladungsfrist von {days} ist nicht eingehalten: Versand am {german_date}, Sitzung am {meeting} – {until} ({days2} zu kurz).</source>
            <translation>The notice period of {days} has not been kept: sent on {german_date}, meeting on {meeting} – {until} ({days2} too short).</translation>
        </message>
        <message>
            <source>Diese Einladung erfolgt mit verkürzter Frist; die reguläre Einladungsfrist beträgt {days}.</source>
            <translation>This invitation is sent at short notice; the regular notice period is {days}.</translation>
        </message>
    </context>
    <context>
        <name>domain.numbering</name>
        <message>
            <source>Beschluss {number} kann nicht gelöscht werden, sonst entstünde eine Lücke im Beschlussregister. Setzen Sie ihn stattdessen auf „zurückgezogen“.</source>
            <translation>Decision {number} cannot be deleted, as that would leave a gap in the register of decisions. Set it to “withdrawn” instead.</translation>
        </message>
    </context>
    <context>
        <name>domain.procedure</name>
        <message>
            <source>Paritätische Steuerungsgruppe</source>
            <translation>Equal-membership steering group</translation>
        </message>
        <message>
            <source>Verwaltung und freie Träger mit gleich vielen Stimmen, Wissenschaft und Projektberatung beratend. Beschlussfähig bei mehr als der Hälfte der Mitglieder, wenn beide Seiten vertreten sind; Beschlüsse mit doppelter Mehrheit (auf jeder Seite mehr Ja- als Nein-Stimmen).</source>
            <translation>Administration and independent providers with the same number of votes, science and project consultancy in an advisory capacity. Quorate when more than half of the members are present and both sides are represented; decisions by double majority (more yes than no votes on each side).</translation>
        </message>
        <message>
            <source>Beirat</source>
            <translation>Advisory board</translation>
        </message>
        <message>
            <source>Empfehlungen mit einfacher Mehrheit der anwesenden Mitglieder; beschlussfähig bei mehr als der Hälfte der Mitglieder.</source>
            <translation>Recommendations by simple majority of the members present; quorate when more than half of the members are present.</translation>
        </message>
        <message>
            <source>Jugendhilfeausschuss (§ 71 SGB VIII)</source>
            <translation>Youth welfare committee (§ 71 SGB VIII)</translation>
        </message>
        <message>
            <source>Stimmberechtigt sind zu drei Fünfteln Mitglieder der Vertretungskörperschaft und zu zwei Fünfteln auf Vorschlag der freien Träger gewählte Personen; dazu beratende Mitglieder. Keine Parität; beschlussfähig bei mehr als der Hälfte der gesetzlichen Mitgliederzahl; einfache Mehrheit, Stimmengleichheit heißt abgelehnt.</source>
            <translation>Three fifths of the voting members are members of the representative body and two fifths are persons elected on the proposal of the independent providers; in addition, advisory members. No parity; quorate when more than half of the statutory number of members are present; simple majority, a tie means rejected.</translation>
        </message>
        <message>
            <source>Unterausschuss</source>
            <translation>Subcommittee</translation>
        </message>
        <message>
            <source>Beschlussfähig bei mehr als der Hälfte der Mitglieder; einfache Mehrheit der Ja- gegen die Nein-Stimmen.</source>
            <translation>Quorate when more than half of the members are present; simple majority of yes over no votes.</translation>
        </message>
    </context>
    <context>
        <name>domain.quorum</name>
        <message>
            <source>das Gremium hat keine stimmberechtigten Mitglieder</source>
            <translation>the body has no voting members</translation>
        </message>
        <message>
            <source>1 Mitglied befangen</source>
            <translation>1 member with a conflict of interest</translation>
        </message>
        <message>
            <source>{conflicted} Mitglieder befangen</source>
            <translation>{conflicted} members with a conflict of interest</translation>
        </message>
        <message>
            <source>{present} von {base} Stimmberechtigten anwesend</source>
            <translation>{present} of {base} voting members present</translation>
        </message>
        <message>
            <source>{sides} nicht vertreten</source>
            <translation>{sides} not represented</translation>
        </message>
        <message>
            <source>erforderlich sind mehr als die Hälfte der Stimmberechtigten</source>
            <translation>more than half of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mehr als zwei Drittel der Stimmberechtigten</source>
            <translation>more than two thirds of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mehr als ein Drittel der Stimmberechtigten</source>
            <translation>more than one third of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mehr als drei Viertel der Stimmberechtigten</source>
            <translation>more than three quarters of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mehr als {share} der Stimmberechtigten</source>
            <translation>more than {share} of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mindestens die Hälfte der Stimmberechtigten</source>
            <translation>at least half of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mindestens zwei Drittel der Stimmberechtigten</source>
            <translation>at least two thirds of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mindestens ein Drittel der Stimmberechtigten</source>
            <translation>at least one third of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mindestens drei Viertel der Stimmberechtigten</source>
            <translation>at least three quarters of the voting members required</translation>
        </message>
        <message>
            <source>erforderlich sind mindestens {share} der Stimmberechtigten</source>
            <translation>at least {share} of the voting members required</translation>
        </message>
        <message>
            <source>{present} von {base} Stimmberechtigten anwesend und nicht befangen</source>
            <translation>{present} of {base} voting members present and without a conflict of interest</translation>
        </message>
        <message>
            <source>1 Sitz ist unbesetzt</source>
            <translation>1 seat is vacant</translation>
        </message>
        <message>
            <source>{vacant} Sitze sind unbesetzt</source>
            <translation>{vacant} seats are vacant</translation>
        </message>
        <message>
            <source>{subject} ist beschlussfähig: {counts}.</source>
            <translation>{subject} is quorate: {counts}.</translation>
        </message>
        <message>
            <source>{subject} ist nicht beschlussfähig: {counts}; {list}.</source>
            <translation>{subject} is not quorate: {counts}; {list}.</translation>
        </message>
        <message>
            <source> ({present} von {seats} anwesend)</source>
            <translation> ({present} of {seats} present)</translation>
        </message>
        <message>
            <source>nicht beschlussfähig: {list}{counts}</source>
            <translation>not quorate: {list}{counts}</translation>
        </message>
        <message>
            <source>nicht beschlussfähig bei TOP {position}: {list}{counts}</source>
            <translation>not quorate at item {position}: {list}{counts}</translation>
        </message>
    </context>
    <context>
        <name>domain.recommendations</name>
        <message>
            <source>Die Empfehlung braucht einen Titel.</source>
            <translation>The recommendation needs a title.</translation>
        </message>
        <message>
            <source>Eine Empfehlung im Zustand „{label}“ braucht eine Antwort mit Begründung.</source>
            <translation>A recommendation in the state “{label}” needs a response with reasons.</translation>
        </message>
        <message>
            <source>Eine Empfehlung richtet sich an ein anderes Gremium.</source>
            <translation>A recommendation is addressed to another body.</translation>
        </message>
    </context>
    <context>
        <name>domain.rule_cases</name>
        <message>
            <source>Steuerungsgruppe</source>
            <translation>Steering group</translation>
        </message>
        <message>
            <source>Beirat</source>
            <translation>Advisory board</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Steuerungsgruppe mit 12 Sitzen (6 : 6), 8 anwesend, bei TOP 5 ist ein Mitglied der freien Träger befangen: es zählt für TOP 5 nicht mit, 7 bleiben.</source>
            <translation>Steering group with 12 seats (6 : 6), 8 present, one member of the independent providers has a conflict of interest on item 5: they do not count for item 5, 7 remain.</translation>
        </message>
        <message>
            <source>7 anwesend, einer befangen: nur 6 von 12 zählen, die Befangenheit bricht die Beschlussfähigkeit.</source>
            <translation>7 present, one with a conflict of interest: only 6 of 12 count, the conflict of interest breaks the quorum.</translation>
        </message>
        <message>
            <source>8 anwesend, zwei befangen: 6 von 12.</source>
            <translation>8 present, two with a conflict of interest: 6 of 12.</translation>
        </message>
        <message>
            <source>Der Hinweis unter einem Beschluss, der so gefasst wurde (Protokoll und „Protokoll prüfen“).</source>
            <translation>The note under a decision taken like this (minutes and ‘Check minutes’).</translation>
        </message>
        <message>
            <source>Derselbe Hinweis, wenn schon zu wenige da sind (5 von 12).</source>
            <translation>The same note when too few are present anyway (5 of 12).</translation>
        </message>
        <message>
            <source>Sollzahl 12 (6 : 6), ein Sitz der freien Träger ist unbesetzt, 6 anwesend: gezählt wird die Sollzahl (Voreinstellung).</source>
            <translation>Statutory number 12 (6 : 6), one seat of the independent providers is vacant, 6 present: the statutory number counts (default).</translation>
        </message>
        <message>
            <source>Dasselbe, wenn die Geschäftsordnung die besetzten Sitze zählt.</source>
            <translation>The same when the rules of procedure count the filled seats.</translation>
        </message>
        <message>
            <source>Alle Verwaltungsmitglieder sind da, von den freien Trägern niemand: jede paritätische Seite muss vertreten sein.</source>
            <translation>All administration members are present, none of the independent providers: every equal-membership side must be represented.</translation>
        </message>
        <message>
            <source>Beirat mit 9 Mitgliedern, Anteil „mindestens zwei Drittel“, 6 anwesend.</source>
            <translation>Advisory board with 9 members, share ‘at least two thirds’, 6 present.</translation>
        </message>
        <message>
            <source>Derselbe Beirat mit 5 Anwesenden.</source>
            <translation>The same advisory board with 5 present.</translation>
        </message>
        <message>
            <source>Stellvertretung</source>
            <translation>Deputies</translation>
        </message>
        <message>
            <source>Steuerungsgruppe 2 : 2. Ein Mitglied der freien Träger kommt erst zu TOP 4; bis dahin vertritt es das andere Mitglied seiner Seite, das so nur eine Stimme führt: bei TOP 2 zählen 3 …</source>
            <translation>Steering group 2 : 2. A member of the independent providers arrives only at item 4; until then the other member of their side stands in for them, and so carries only one vote: at item 2, 3 count …</translation>
        </message>
        <message>
            <source>… ab TOP 4 (Wechsel ab TOP 4) sitzt das Mitglied selbst: 4. Ein Gast zählt nie.</source>
            <translation>… from item 4 (handover from item 4) the member takes the seat: 4. A guest never counts.</translation>
        </message>
        <message>
            <source>Ein Mitglied der freien Träger ist zugleich Stellvertreterin eines abwesenden Mitglieds derselben Seite: sie führt nur eine Stimme (Voreinstellung).</source>
            <translation>A member of the independent providers is also the deputy of an absent member of the same side: she carries only one vote (default).</translation>
        </message>
        <message>
            <source>Dasselbe, wenn die Geschäftsordnung die Übertragung des Stimmrechts erlaubt: zwei Stimmen.</source>
            <translation>The same when the rules of procedure allow voting rights to be transferred: two votes.</translation>
        </message>
        <message>
            <source>zulässig</source>
            <translation>permitted</translation>
        </message>
        <message>
            <source>Mehrheiten</source>
            <translation>Majorities</translation>
        </message>
        <message>
            <source>Einfache Mehrheit (Voreinstellung): mehr Ja- als Nein-Stimmen, Enthaltungen zählen nicht.</source>
            <translation>Simple majority (default): more yes than no votes, abstentions do not count.</translation>
        </message>
        <message>
            <source>Einfache Mehrheit der abgegebenen Stimmen einschließlich Enthaltungen: 5 Ja von 12 Stimmen reichen nicht.</source>
            <translation>Simple majority of the votes cast including abstentions: 5 yes of 12 votes are not enough.</translation>
        </message>
        <message>
            <source>Mehrheit der anwesenden Stimmberechtigten: 13 anwesend, 6 Ja.</source>
            <translation>Majority of the voting members present: 13 present, 6 yes.</translation>
        </message>
        <message>
            <source>Absolute Mehrheit: mehr als die Hälfte der 12 Mitglieder laut Geschäftsordnung, gleich wie viele anwesend sind.</source>
            <translation>Absolute majority: more than half of the 12 members according to the rules of procedure, however many are present.</translation>
        </message>
        <message>
            <source>Absolute Mehrheit mit 6 Ja-Stimmen bei 12 Mitgliedern.</source>
            <translation>Absolute majority with 6 yes votes and 12 members.</translation>
        </message>
        <message>
            <source>Zweidrittelmehrheit (mindestens zwei Drittel der Ja- und Nein-Stimmen).</source>
            <translation>Two-thirds majority (at least two thirds of the yes and no votes).</translation>
        </message>
        <message>
            <source>Zweidrittelmehrheit knapp verfehlt: 7 von 11.</source>
            <translation>Two-thirds majority narrowly missed: 7 of 11.</translation>
        </message>
        <message>
            <source>Genau zwei Drittel (8 von 12) genügen.</source>
            <translation>Exactly two thirds (8 of 12) are enough.</translation>
        </message>
        <message>
            <source>Dreiviertelmehrheit mit 9 Ja, 3 Nein: genau drei Viertel.</source>
            <translation>Three-quarters majority with 9 yes, 3 no: exactly three quarters.</translation>
        </message>
        <message>
            <source>Doppelte Mehrheit: eine Mehrheit insgesamt und auf jeder paritätischen Seite.</source>
            <translation>Double majority: a majority overall and on each equal-membership side.</translation>
        </message>
        <message>
            <source>Doppelte Mehrheit, die an den freien Trägern scheitert.</source>
            <translation>Double majority that fails on the independent providers' side.</translation>
        </message>
        <message>
            <source>Doppelte Mehrheit in einem Gremium ohne zwei paritätische Seiten: die Regel wird schon bei der Wahl abgelehnt.</source>
            <translation>Double majority in a body without two equal-membership sides: the rule is refused as soon as it is chosen.</translation>
        </message>
        <message>
            <source>Konsens: niemand stimmt dagegen.</source>
            <translation>Consensus: nobody votes against.</translation>
        </message>
        <message>
            <source>Konsens mit einer Gegenstimme.</source>
            <translation>Consensus with one vote against.</translation>
        </message>
        <message>
            <source>Alle stimmen mit Ja.</source>
            <translation>Everyone votes yes.</translation>
        </message>
        <message>
            <source>Stimmengleichheit</source>
            <translation>Tied vote</translation>
        </message>
        <message>
            <source>5 : 5 ohne Stichentscheid (Voreinstellung): abgelehnt.</source>
            <translation>5 : 5 without a casting vote (default): rejected.</translation>
        </message>
        <message>
            <source>5 : 5, die Stimme des Vorsitzes entscheidet, der Vorsitz stimmte mit Ja.</source>
            <translation>5 : 5, the chair has the casting vote and voted yes.</translation>
        </message>
        <message>
            <source>Dasselbe, der Vorsitz stimmte mit Nein.</source>
            <translation>The same, the chair voted no.</translation>
        </message>
        <message>
            <source>Dasselbe, aber noch nicht erfasst, wie der Vorsitz gestimmt hat: kein Ergebnis.</source>
            <translation>The same, but how the chair voted is not yet recorded: no result.</translation>
        </message>
        <message>
            <source>Abstimmungsarten</source>
            <translation>Ways of voting</translation>
        </message>
        <message>
            <source>Namentliche Abstimmung: jede Stimme wird mit Namen erfasst, das Ergebnis nennt die Art.</source>
            <translation>Roll-call vote: each vote is recorded by name, the result names the method.</translation>
        </message>
        <message>
            <source>Geheime Abstimmung: nur Zahlen, keine Namen.</source>
            <translation>Secret ballot: numbers only, no names.</translation>
        </message>
        <message>
            <source>Umlaufverfahren</source>
            <translation>Written procedure</translation>
        </message>
        <message>
            <source>12 Mitglieder gefragt, alle antworten mit Ja.</source>
            <translation>12 members asked, all answer yes.</translation>
        </message>
        <message>
            <source>11 Ja, ein Mitglied antwortet nicht: angenommen, aber nicht „einstimmig“.</source>
            <translation>11 yes, one member does not respond: adopted, but not ‘unanimously’.</translation>
        </message>
        <message>
            <source>Ein Mitglied widerspricht dem Umlaufverfahren selbst (Voreinstellung: ein Widerspruch genügt).</source>
            <translation>A member objects to the written procedure itself (default: one objection is enough).</translation>
        </message>
        <message>
            <source>Vor Ablauf der Frist stehen noch Antworten aus, die das Ergebnis ändern könnten.</source>
            <translation>Before the due date, responses are still outstanding that could change the result.</translation>
        </message>
        <message>
            <source>Vor Ablauf der Frist, aber die fehlenden Antworten können nichts mehr ändern: das Ergebnis steht fest.</source>
            <translation>Before the due date, but the missing responses can no longer change anything: the result is final.</translation>
        </message>
    </context>
    <context>
        <name>domain.tasks</name>
        <message>
            <source>Die Aufgabe braucht einen Titel.</source>
            <translation>The task needs a title.</translation>
        </message>
        <message>
            <source>Jede Verantwortliche ist eine Person oder eine Organisation.</source>
            <translation>Each person responsible is a person or an organisation.</translation>
        </message>
        <message>
            <source>Ein Tandem braucht je eine Verantwortliche von jeder Seite; es fehlt: {sides}.</source>
            <translation>A tandem needs one person responsible from each side; missing: {sides}.</translation>
        </message>
        <message>
            <source>Die Aufgabe kann nicht vor ihrem Beginn erledigt sein.</source>
            <translation>The task cannot be done before it starts.</translation>
        </message>
    </context>
    <context>
        <name>domain.text_modules</name>
        <message>
            <source>Eröffnung und Beschlussfähigkeit</source>
            <translation>Opening and quorum</translation>
        </message>
        <message>
            <source>{Vorsitz} eröffnet die Sitzung um {Beginn} Uhr und stellt die ordnungsgemäße Einladung und die Beschlussfähigkeit fest ({Anwesenheit}).</source>
            <translation>{Vorsitz} opens the meeting at {Beginn}, establishes that it was duly convened and that it is quorate ({Anwesenheit}).</translation>
        </message>
        <message>
            <source>Genehmigung der Tagesordnung</source>
            <translation>Approval of the agenda</translation>
        </message>
        <message>
            <source>Die Tagesordnung wird {Änderungen der Tagesordnung} genehmigt{Änderungsliste}.</source>
            <translation>The agenda is approved {Änderungen der Tagesordnung}{Änderungsliste}.</translation>
        </message>
        <message>
            <source>Genehmigung des Protokolls</source>
            <translation>Approval of the minutes</translation>
        </message>
        <message>
            <source>Die Niederschrift {Niederschrift} wird {Einwendungen} genehmigt{Einwendungsliste}.</source>
            <translation>The minutes {Niederschrift} are approved {Einwendungen}{Einwendungsliste}.</translation>
        </message>
        <message>
            <source>Bericht zu offenen Aufgaben</source>
            <translation>Report on open tasks</translation>
        </message>
        <message>
            <source>Die Geschäftsstelle berichtet zum Stand der offenen Aufgaben (offen: {offene Aufgaben}, davon überfällig: {überfällige Aufgaben}).</source>
            <translation>The secretariat reports on the state of the open tasks (open: {offene Aufgaben}, of which overdue: {überfällige Aufgaben}).</translation>
        </message>
        <message>
            <source>Empfehlungen des Beirats</source>
            <translation>Recommendations of the advisory board</translation>
        </message>
        <message>
            <source>Beraten werden die Empfehlungen des Beirats: {Empfehlungen}.</source>
            <translation>The recommendations of the advisory board are discussed: {Empfehlungen}.</translation>
        </message>
        <message>
            <source>Verschiedenes und Schluss</source>
            <translation>Any other business and close</translation>
        </message>
        <message>
            <source>Es gibt keine weiteren Wortmeldungen. {Vorsitz} schließt die Sitzung um {Ende} Uhr.</source>
            <translation>There are no further requests to speak. {Vorsitz} closes the meeting at {Ende}.</translation>
        </message>
        <message>
            <source>{Vorsitz} eröffnet die Sitzung um {Beginn} Uhr und stellt die ordnungsgemäße Einladung fest. {Beschlussfähigkeit}</source>
            <translation>{Vorsitz} opens the meeting at {Beginn} and establishes that it was duly convened. {Beschlussfähigkeit}</translation>
        </message>
        <message>
            <source>das Gremium mit Artikel („die Steuerungsgruppe“)</source>
            <translation>the body with its article (“the steering group”)</translation>
        </message>
        <message>
            <source>die Sitzung („6. Sitzung“)</source>
            <translation>the meeting (“meeting no. 6”)</translation>
        </message>
        <message>
            <source>der Tag der Sitzung („16.09.2026“)</source>
            <translation>the day of the meeting (“16/09/2026”)</translation>
        </message>
        <message>
            <source>der Ort der Sitzung</source>
            <translation>the place of the meeting</translation>
        </message>
        <message>
            <source>die Uhrzeit des Beginns („09:05“)</source>
            <translation>the time of the start (“09:05”)</translation>
        </message>
        <message>
            <source>die Uhrzeit des Endes („11:30“)</source>
            <translation>the time of the end (“11:30”)</translation>
        </message>
        <message>
            <source>wer die Sitzung leitet (Name; sonst „Die Sitzungsleitung“)</source>
            <translation>who chairs the meeting (name; otherwise “The chair of the meeting”)</translation>
        </message>
        <message>
            <source>wer das Protokoll führt (Name)</source>
            <translation>who takes the minutes (name)</translation>
        </message>
        <message>
            <source>„11 von 12 Stimmberechtigten anwesend: Verwaltung 6, Freie Träger 5“</source>
            <translation>“11 of 12 voting members present: Administration 6, Independent providers 5”</translation>
        </message>
        <message>
            <source>der ganze Satz zur Beschlussfähigkeit bei Eröffnung</source>
            <translation>the whole sentence on the quorum at the opening</translation>
        </message>
        <message>
            <source>welche Niederschrift genehmigt wird („der 6. Sitzung vom 16.09.2026“)</source>
            <translation>which minutes are approved (“of meeting no. 6 on 16/09/2026”)</translation>
        </message>
        <message>
            <source>„ohne Einwendungen“ oder „mit folgenden Einwendungen“</source>
            <translation>“without objections” or “with the following objections”</translation>
        </message>
        <message>
            <source>die Einwendungen und wie sie erledigt wurden, nach einem Doppelpunkt (leer ohne Einwendungen)</source>
            <translation>the objections and how they were settled, after a colon (empty without objections)</translation>
        </message>
        <message>
            <source>die Zahl der offenen Aufgaben des Gremiums</source>
            <translation>the number of the body's open tasks</translation>
        </message>
        <message>
            <source>die Zahl der überfälligen unter ihnen</source>
            <translation>the number of overdue ones among them</translation>
        </message>
        <message>
            <source>die Empfehlungen, die auf der Tagesordnung stehen (Nummer und Titel)</source>
            <translation>the recommendations on the agenda (number and title)</translation>
        </message>
        <message>
            <source>„ohne Änderungen“ oder „mit folgenden Änderungen“ (seit der Einladung)</source>
            <translation>“without changes” or “with the following changes” (since the invitation)</translation>
        </message>
        <message>
            <source>die Änderungen der Tagesordnung nach einem Doppelpunkt („: TOP 6 „…“ neu aufgenommen; …“; leer ohne Änderungen)</source>
            <translation>the changes to the agenda after a colon (“: Item 6 “…” added; …”; empty without changes)</translation>
        </message>
        <message>
            <source>Den Platzhalter {{{name}}} gibt es nicht; möglich sind: {known}.</source>
            <translation>There is no placeholder {{{name}}}; possible are: {known}.</translation>
        </message>
        <message>
            <source>{number}. Sitzung</source>
            <translation>meeting no. {number}</translation>
        </message>
        <message>
            <source>Die Sitzungsleitung</source>
            <translation>The chair of the meeting</translation>
        </message>
        <message>
            <source>keine</source>
            <translation>none</translation>
        </message>
        <message>
            <source>mit folgenden Änderungen</source>
            <translation>with the following changes</translation>
        </message>
        <message>
            <source>ohne Änderungen</source>
            <translation>without changes</translation>
        </message>
        <message>
            <source>mit folgenden Einwendungen</source>
            <translation>with the following objections</translation>
        </message>
        <message>
            <source>ohne Einwendungen</source>
            <translation>without objections</translation>
        </message>
        <message>
            <source>{present} von {seats} Stimmberechtigten anwesend</source>
            <translation>{present} of {seats} voting members present</translation>
        </message>
        <message>
            <source>1 Sitz ist unbesetzt</source>
            <translation>1 seat is vacant</translation>
        </message>
        <message>
            <source>{vacant} Sitze sind unbesetzt</source>
            <translation>{vacant} seats are vacant</translation>
        </message>
        <message>
            <source>der {number}. Sitzung vom {german_date}</source>
            <translation>of meeting no. {number} on {german_date}</translation>
        </message>
        <message>
            <source> (erledigt: {resolution})</source>
            <translation> (settled: {resolution})</translation>
        </message>
    </context>
    <context>
        <name>domain.votes</name>
        <message>
            <source>Die doppelte Mehrheit verlangt eine Mehrheit auf jeder paritätischen Seite; dieses Gremium hat keine zwei paritätisch besetzten Seiten mit Stimmrecht. Bitte eine andere Regel wählen oder die Seiten in den Regeln des Gremiums als paritätisch kennzeichnen.</source>
            <translation>A double majority requires a majority on each parity side; this body does not have two parity sides with a vote. Please choose another rule or mark the sides as parity sides in the body's rules.</translation>
        </message>
        <message>
            <source>Die Stimmen gehören zu keiner Seite dieses Gremiums.</source>
            <translation>The votes belong to no side of this body.</translation>
        </message>
        <message>
            <source>{name}: die Stimmen dieser Seite sind doppelt angegeben.</source>
            <translation>{name}: the votes of this side are given twice.</translation>
        </message>
        <message>
            <source>{name}: Stimmenzahlen können nicht negativ sein.</source>
            <translation>{name}: numbers of votes cannot be negative.</translation>
        </message>
        <message>
            <source>1 Stimme</source>
            <translation>1 vote</translation>
        </message>
        <message>
            <source>{cast} Stimmen</source>
            <translation>{cast} votes</translation>
        </message>
        <message>
            <source>1 stimmberechtigtes Mitglied</source>
            <translation>1 voting member</translation>
        </message>
        <message>
            <source>{allowed} stimmberechtigte Mitglieder</source>
            <translation>{allowed} voting members</translation>
        </message>
        <message>
            <source>1 beratendes Mitglied</source>
            <translation>1 advisory member</translation>
        </message>
        <message>
            <source>{allowed} beratende Mitglieder</source>
            <translation>{allowed} advisory members</translation>
        </message>
        <message>
            <source>{name}: {cast} abgegeben, aber die Seite hat nur {present}.</source>
            <translation>{name}: {cast} cast, but the side has only {present}.</translation>
        </message>
        <message>
            <source>{name}: {cast} abgegeben, aber nur {present} anwesend.</source>
            <translation>{name}: {cast} cast, but only {present} present.</translation>
        </message>
        <message>
            <source>Die Frist kann nicht vor dem Datum des Umlaufbeschlusses liegen.</source>
            <translation>The due date cannot be before the date of the written decision.</translation>
        </message>
        <message>
            <source>Ja {yes}, Nein {no}, Enthaltung {abstain}</source>
            <translation>yes {yes}, no {no}, abstentions {abstain}</translation>
        </message>
        <message>
            <source>; keine Antwort {unanswered}</source>
            <translation>; no response {unanswered}</translation>
        </message>
        <message>
            <source>keine Zweidrittelmehrheit</source>
            <translation>no two-thirds majority</translation>
        </message>
        <message>
            <source>keine Dreiviertelmehrheit</source>
            <translation>no three-quarters majority</translation>
        </message>
        <message>
            <source>keine absolute Mehrheit</source>
            <translation>no absolute majority</translation>
        </message>
        <message>
            <source>keine Mehrheit der abgegebenen Stimmen</source>
            <translation>no majority of the votes cast</translation>
        </message>
        <message>
            <source>keine Mehrheit der befragten Stimmberechtigten</source>
            <translation>no majority of the voting members asked</translation>
        </message>
        <message>
            <source>keine Mehrheit der anwesenden Stimmberechtigten</source>
            <translation>no majority of the voting members present</translation>
        </message>
        <message>
            <source>keine Mehrheit der Mitglieder</source>
            <translation>no majority of the members</translation>
        </message>
        <message>
            <source>vertagt</source>
            <translation>deferred</translation>
        </message>
        <message>
            <source>zurückgezogen</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>nicht zustande gekommen: Widerspruch gegen das Umlaufverfahren ({list})</source>
            <translation>not reached: objection to the written procedure ({list})</translation>
        </message>
        <message>
            <source>nicht zustande gekommen: bis zum Ablauf der Frist keine Antwort (0 von {asked})</source>
            <translation>not reached: no response by the due date (0 of {asked})</translation>
        </message>
        <message>
            <source>Umlaufverfahren: noch keine Antwort (0 von {asked})</source>
            <translation>Written procedure: no response yet (0 of {asked})</translation>
        </message>
        <message>
            <source>noch keine Abstimmung erfasst</source>
            <translation>no vote recorded yet</translation>
        </message>
        <message>
            <source>Umlaufverfahren läuft bis {german_date}: {answered} von {asked} Antworten</source>
            <translation>Written procedure running until {german_date}: {answered} of {asked} responses</translation>
        </message>
        <message>
            <source>in namentlicher Abstimmung </source>
            <translation> in a roll-call vote</translation>
        </message>
        <message>
            <source>in geheimer Abstimmung </source>
            <translation> in a secret ballot</translation>
        </message>
        <message>
            <source>im Umlaufverfahren </source>
            <translation> in the written procedure</translation>
        </message>
        <message>
            <source>{how}abgelehnt: {why} ({counts})</source>
            <translation>rejected{how}: {why} ({counts})</translation>
        </message>
        <message>
            <source>{how}abgelehnt ({counts})</source>
            <translation>rejected{how} ({counts})</translation>
        </message>
        <message>
            <source>{how}abgelehnt: keine Mehrheit bei {list} ({by_side})</source>
            <translation>rejected{how}: no majority among {list} ({by_side})</translation>
        </message>
        <message>
            <source>{how}einstimmig angenommen (Ja {yes})</source>
            <translation>adopted unanimously{how} (yes {yes})</translation>
        </message>
        <message>
            <source>{how}einstimmig angenommen</source>
            <translation>adopted unanimously{how}</translation>
        </message>
        <message>
            <source>{how}im Konsens angenommen ({counts})</source>
            <translation>adopted by consensus{how} ({counts})</translation>
        </message>
        <message>
            <source>{how}mit Zweidrittelmehrheit angenommen ({counts})</source>
            <translation>adopted by a two-thirds majority{how} ({counts})</translation>
        </message>
        <message>
            <source>{how}mit Dreiviertelmehrheit angenommen ({counts})</source>
            <translation>adopted by a three-quarters majority{how} ({counts})</translation>
        </message>
        <message>
            <source>{how}mit absoluter Mehrheit angenommen ({counts})</source>
            <translation>adopted by an absolute majority{how} ({counts})</translation>
        </message>
        <message>
            <source>{how}mit doppelter Mehrheit angenommen ({by_side})</source>
            <translation>adopted by a double majority{how} ({by_side})</translation>
        </message>
        <message>
            <source>{how}ohne Gegenstimmen angenommen ({counts})</source>
            <translation>adopted without votes against{how} ({counts})</translation>
        </message>
        <message>
            <source>{how}mehrheitlich angenommen ({counts})</source>
            <translation>adopted by majority{how} ({counts})</translation>
        </message>
        <message>
            <source>{how}abgelehnt: Stimmengleichheit; der Vorsitz hat keine Stichentscheidung ({counts})</source>
            <translation>rejected{how}: tie; the chair has no casting vote ({counts})</translation>
        </message>
        <message>
            <source>{how}abgelehnt: Stimmengleichheit; geheim abgestimmt, daher kein Stichentscheid ({counts})</source>
            <translation>rejected{how}: tie; secret ballot, so no casting vote ({counts})</translation>
        </message>
        <message>
            <source>{how}angenommen durch Stichentscheid des Vorsitzes ({counts})</source>
            <translation>adopted{how} by the chair's casting vote ({counts})</translation>
        </message>
        <message>
            <source>{how}abgelehnt durch Stichentscheid des Vorsitzes ({counts})</source>
            <translation>rejected{how} by the chair's casting vote ({counts})</translation>
        </message>
        <message>
            <source>{how}abgelehnt: Stimmengleichheit; der Vorsitz hat nicht mit Ja oder Nein gestimmt ({counts})</source>
            <translation>rejected{how}: tie; the chair did not vote yes or no ({counts})</translation>
        </message>
        <message>
            <source>; erforderlich {needed} Ja-Stimmen von {base} abgegebenen Stimmen</source>
            <translation>; {needed} yes votes of {base} votes cast required</translation>
        </message>
        <message>
            <source>; erforderlich {needed} Ja-Stimmen von {base} befragten Stimmberechtigten</source>
            <translation>; {needed} yes votes of {base} voting members asked required</translation>
        </message>
        <message>
            <source>; erforderlich {needed} Ja-Stimmen von {base} anwesenden Stimmberechtigten</source>
            <translation>; {needed} yes votes of {base} voting members present required</translation>
        </message>
        <message>
            <source>; erforderlich {needed} Ja-Stimmen von {base} Mitgliedern</source>
            <translation>; {needed} yes votes of {base} members required</translation>
        </message>
        <message>
            <source>Enthaltung {abstain}</source>
            <translation>abstentions {abstain}</translation>
        </message>
        <message>
            <source>Votum der beratenden Mitglieder: {counts}</source>
            <translation>Opinion of the advisory members: {counts}</translation>
        </message>
        <message>
            <source>kein Konsens</source>
            <translation>no consensus</translation>
        </message>
        <message>
            <source>Stimmengleichheit</source>
            <translation>tie</translation>
        </message>
        <message>
            <source>nur Enthaltungen</source>
            <translation>abstentions only</translation>
        </message>
        <message>
            <source>Stimmengleichheit: es fehlt, wie der Vorsitz gestimmt hat; seine Stimme entscheidet ({counts})</source>
            <translation>Tie: how the chair voted is missing; the chair's vote decides ({counts})</translation>
        </message>
    </context>
    <context>
        <name>domain.words</name>
        <message>
            <source>{first} und {second}</source>
            <translation>{first} and {second}</translation>
        </message>
    </context>
    <context>
        <name>store.allowances</name>
        <message>
            <source>Die Seite gehört nicht zu diesem Gremium.</source>
            <translation>The side does not belong to this body.</translation>
        </message>
        <message>
            <source>Ein Sitzungsgeldsatz bleibt bei seinem Gremium.</source>
            <translation>An attendance allowance rate stays with its body.</translation>
        </message>
    </context>
    <context>
        <name>store.approvals</name>
        <message>
            <source>fehlt in der Datei (gelöscht)</source>
            <translation>is missing from the file (deleted)</translation>
        </message>
        <message>
            <source>ist als gelöscht markiert</source>
            <translation>is marked as deleted</translation>
        </message>
        <message>
            <source>{meeting_label}: Beschluss {decision_number} des genehmigten Protokolls {how}.</source>
            <translation>{meeting_label}: decision {decision_number} of the approved minutes {how}.</translation>
        </message>
        <message>
            <source>Das ist kein Siegel: erwartet sind 16 Hex-Ziffern in Vierergruppen (z. B. 3F2A-9C1B-0D4E-7A55).</source>
            <translation>That is not a seal: 16 hex digits in groups of four are expected (e.g. 3F2A-9C1B-0D4E-7A55).</translation>
        </message>
        <message>
            <source>Diese Sitzung gibt es in der Datei nicht.</source>
            <translation>This meeting does not exist in the file.</translation>
        </message>
        <message>
            <source>{label}: Die genehmigte Sitzung fehlt in der Datei (gelöscht); das Siegel lässt sich nicht prüfen.</source>
            <translation>{label}: the approved meeting is missing from the file (deleted); the seal cannot be checked.</translation>
        </message>
        <message>
            <source>{label}: Die Sitzung ist als gelöscht markiert; das Siegel lässt sich nicht prüfen.</source>
            <translation>{label}: the meeting is marked as deleted; the seal cannot be checked.</translation>
        </message>
        <message>
            <source>{label}: Das Protokoll ist nicht genehmigt und trägt daher kein Siegel.</source>
            <translation>{label}: the minutes are not approved and therefore carry no seal.</translation>
        </message>
        <message>
            <source>Siegel stimmt: Das Protokoll {label} ist unverändert, wie mit dem Siegel {current} genehmigt.</source>
            <translation>Seal matches: the minutes {label} are unchanged, as approved with the seal {current}.</translation>
        </message>
        <message>
            <source>Siegel stimmt nicht: Das Protokoll {label} wurde nach der Genehmigung verändert (oder das Siegel gehört zu einem anderen Protokoll); die Datei ergibt heute {current}.</source>
            <translation>Seal does not match: the minutes {label} were changed after approval (or the seal belongs to other minutes); the file now gives {current}.</translation>
        </message>
    </context>
    <context>
        <name>store.attachments</name>
        <message>
            <source>Das Protokoll dieser Sitzung ist genehmigt; die Unterlagen ihrer Tagesordnungspunkte bleiben, wie sie sind.</source>
            <translation>The minutes of this meeting are approved; the attachments of its agenda items stay as they are.</translation>
        </message>
        <message>
            <source>{noun} {attachment_id} gibt es nicht (mehr).</source>
            <translation>{noun} {attachment_id} does not exist (any more).</translation>
        </message>
        <message>
            <source>An einer Unterlage lassen sich nur Name und Art ändern.</source>
            <translation>Only the name and kind of an attachment can be changed.</translation>
        </message>
        <message>
            <source>Die Datei „{name}“ ließ sich nicht lesen: {os_reason}.</source>
            <translation>The file “{name}” could not be read: {os_reason}.</translation>
        </message>
    </context>
    <context>
        <name>store.backup</name>
        <message>
            <source>Die Sicherungen in {folder} lassen sich nicht lesen: {why}.</source>
            <translation>The backups in {folder} cannot be read: {why}.</translation>
        </message>
        <message>
            <source>Die Sicherung {target} ließ sich nicht schreiben: {why}.</source>
            <translation>The backup {target} could not be written: {why}.</translation>
        </message>
        <message>
            <source>Die Sicherung braucht einen anderen Namen als die Datei selbst.</source>
            <translation>The backup needs a different name from the file itself.</translation>
        </message>
        <message>
            <source>{db_path} ließ sich nicht wiederherstellen: {why}.</source>
            <translation>{db_path} could not be restored: {why}.</translation>
        </message>
        <message>
            <source>Die Datei {path} gibt es nicht.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <source>{path} ist beschädigt oder keine SRO-Datei ({problems}).</source>
            <translation>{path} is damaged or not an SRO file ({problems}).</translation>
        </message>
        <message>
            <source>Die Sicherung von {name} in {folder} ließ sich nicht schreiben: {why}.</source>
            <translation>The backup of {name} in {folder} could not be written: {why}.</translation>
        </message>
        <message>
            <source>Die Sicherung {source} gibt es nicht.</source>
            <translation>The backup {source} does not exist.</translation>
        </message>
        <message>
            <source>{db_path} lässt sich nicht aus sich selbst wiederherstellen.</source>
            <translation>{db_path} cannot be restored from itself.</translation>
        </message>
        <message>
            <source>Den Ordner {parent} gibt es nicht.</source>
            <translation>The folder {parent} does not exist.</translation>
        </message>
        <message>
            <source>{db_path} ist noch geöffnet (in SRO Desktop oder einem anderen Programm). Bitte dort schließen und noch einmal versuchen; die Datei bleibt unverändert.</source>
            <translation>{db_path} is still open (in SRO Desktop or another program). Please close it there and try again; the file stays unchanged.</translation>
        </message>
        <message>
            <source>Sicherungen von {resolve}
</source>
            <translation>Backups of {resolve}
</translation>
        </message>
    </context>
    <context>
        <name>store.bodies</name>
        <message>
            <source>Ein Gremium braucht einen Namen und ein Kürzel.</source>
            <translation>A body needs a name and a short name.</translation>
        </message>
        <message>
            <source>Das Kürzel {short} ist schon vergeben.</source>
            <translation>The short name {short} is already taken.</translation>
        </message>
        <message>
            <source>Ein Gremium „{name}“ gibt es schon.</source>
            <translation>A body “{name}” already exists.</translation>
        </message>
        <message>
            <source>Ein Gremium „{ref}“ gibt es nicht.</source>
            <translation>There is no body “{ref}”.</translation>
        </message>
        <message>
            <source>Die Sollzahl der Sitze ist eine Zahl, 0 oder mehr.</source>
            <translation>The statutory number of seats is a number, 0 or more.</translation>
        </message>
        <message>
            <source>Eine Seite {name} gibt es in diesem Gremium schon.</source>
            <translation>A side {name} already exists in this body.</translation>
        </message>
        <message>
            <source>Das Kürzel {short} hat schon eine andere Seite dieses Gremiums.</source>
            <translation>Another side of this body already has the short name {short}.</translation>
        </message>
        <message>
            <source>Eine Seite bleibt in ihrem Gremium und an ihrem Platz.</source>
            <translation>A side stays in its body and in its place.</translation>
        </message>
        <message>
            <source>{upper}{value} beschließt mit doppelter Mehrheit; dafür braucht es zwei paritätische Seiten. Bitte zuerst die Beschlussregel des Gremiums ändern.</source>
            <translation>{upper}{value} decides by double majority; that needs two parity sides. Please change the body's decision rule first.</translation>
        </message>
        <message>
            <source>Auf der Seite {name} haben noch {holding} Mitglieder Stimmrecht. Bitte zuerst deren Stimmrecht ändern oder die Mitgliedschaften beenden.</source>
            <translation>{holding} members on the side {name} still have a vote. Please change their vote or end the memberships first.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>person</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>people</translation>
        </message>
        <message>
            <source>Mitgliedschaft</source>
            <translation>membership</translation>
        </message>
        <message>
            <source>Mitgliedschaften</source>
            <translation>memberships</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>task</translation>
        </message>
        <message>
            <source>Aufgaben</source>
            <translation>tasks</translation>
        </message>
        <message>
            <source>Stelle</source>
            <translation>post</translation>
        </message>
        <message>
            <source>Stellen</source>
            <translation>posts</translation>
        </message>
        <message>
            <source>Teilnahme an einer Fortbildung</source>
            <translation>participation in training</translation>
        </message>
        <message>
            <source>Teilnahmen an Fortbildungen</source>
            <translation>participations in training</translation>
        </message>
        <message>
            <source>Eine Organisation braucht einen Namen.</source>
            <translation>An organisation needs a name.</translation>
        </message>
        <message>
            <source>„{name}“ ist noch eingetragen bei: {named}. Bitte die Organisation mit einer anderen zusammenführen oder die Einträge zuerst ändern.</source>
            <translation>“{name}” is still entered for: {named}. Please merge the organisation with another one or change the entries first.</translation>
        </message>
        <message>
            <source>Bitte zwei verschiedene Organisationen wählen.</source>
            <translation>Please choose two different organisations.</translation>
        </message>
        <message>
            <source>Eine Person braucht einen Nachnamen.</source>
            <translation>A person needs a last name.</translation>
        </message>
        <message>
            <source>Stellvertretung</source>
            <translation>deputyship</translation>
        </message>
        <message>
            <source>Stellvertretungen</source>
            <translation>deputyships</translation>
        </message>
        <message>
            <source>Sitzungsleitung</source>
            <translation>meeting chaired</translation>
        </message>
        <message>
            <source>Sitzungsleitungen</source>
            <translation>meetings chaired</translation>
        </message>
        <message>
            <source>Protokollführung</source>
            <translation>minutes taken</translation>
        </message>
        <message>
            <source>Protokollführungen</source>
            <translation>minutes taken</translation>
        </message>
        <message>
            <source>Vertretung in einer Sitzung</source>
            <translation>stand-in at a meeting</translation>
        </message>
        <message>
            <source>Vertretungen in Sitzungen</source>
            <translation>stand-ins at meetings</translation>
        </message>
        <message>
            <source>Einwendung</source>
            <translation>objection</translation>
        </message>
        <message>
            <source>Einwendungen</source>
            <translation>objections</translation>
        </message>
        <message>
            <source>{full_name} ist noch eingetragen bei: {named}. Eine Person, die in Gremien, Sitzungen, Aufgaben, Stellen oder Fortbildungen vorkommt, bleibt in der Datei; ausgeschiedene Mitglieder lassen sich anonymisieren.</source>
            <translation>{full_name} is still entered for: {named}. A person who appears in bodies, meetings, tasks, posts or training stays in the file; former members can be anonymised.</translation>
        </message>
        <message>
            <source>Eine Mitgliedschaft bleibt in ihrem Gremium; für ein anderes Gremium bitte eine neue anlegen.</source>
            <translation>A membership stays in its body; for another body please create a new one.</translation>
        </message>
    </context>
    <context>
        <name>store.budget</name>
        <message>
            <source>Der Wechsel muss nach dem Beginn der bisherigen Besetzung ({german_date}) und vor ihrem Ende liegen.</source>
            <translation>The change must be after the start of the current filling of the post ({german_date}) and before its end.</translation>
        </message>
    </context>
    <context>
        <name>store.check</name>
        <message>
            <source>Datenformat {version}, erwartet {schema_version}.</source>
            <translation>Data format {version}, expected {schema_version}.</translation>
        </message>
        <message>
            <source>Nicht angewandte Schemaänderungen: {list}</source>
            <translation>Schema changes not applied: {list}</translation>
        </message>
        <message>
            <source>Tabellen fehlen: {list}</source>
            <translation>Tables missing: {list}</translation>
        </message>
        <message>
            <source>Sperre genehmigter Protokolle fehlt: {list}</source>
            <translation>Lock of approved minutes missing: {list}</translation>
        </message>
        <message>
            <source>Verlauf wird nicht aufgezeichnet, Trigger fehlen: {list}</source>
            <translation>History is not recorded, triggers missing: {list}</translation>
        </message>
        <message>
            <source>Die Suche folgt nicht allen Änderungen, Trigger fehlen: {list}</source>
            <translation>The search does not follow all changes, triggers missing: {list}</translation>
        </message>
        <message>
            <source>Die Liste genehmigter Protokolle ist nicht geschützt, Trigger fehlen: {list}</source>
            <translation>The list of approved minutes is not protected, triggers missing: {list}</translation>
        </message>
        <message>
            <source>Geänderte Sitzungstermine werden nicht als neue Fassung der Kalendereinladung gezählt, Trigger fehlen: {list}</source>
            <translation>Changed meeting dates are not counted as a new version of the calendar invitation, triggers missing: {list}</translation>
        </message>
        <message>
            <source>Der Austausch zwischen Laptops bemerkt nicht alle Änderungen, Trigger fehlen: {list}</source>
            <translation>Synchronisation between laptops does not notice all changes, triggers missing: {list}</translation>
        </message>
        <message>
            <source>Die Kennung dieser Kopie für den Austausch fehlt.</source>
            <translation>The identifier of this copy for synchronisation is missing.</translation>
        </message>
        <message>
            <source>Der Austausch zählt keine Änderungen: eine Übernahme ist nicht abgeschlossen (replica.applying).</source>
            <translation>Synchronisation counts no changes: an import is not finished (replica.applying).</translation>
        </message>
        <message>
            <source>{label}: genehmigt, aber ohne genehmigende Sitzung.</source>
            <translation>{label}: approved, but without an approving meeting.</translation>
        </message>
        <message>
            <source>{label}: {table} {id} wurde nach der Genehmigung des Protokolls geändert.</source>
            <translation>{label}: {table} {id} was changed after the minutes were approved.</translation>
        </message>
        <message>
            <source>Unterlage „{name}“ ({attachment_id}): Inhalt passt nicht zu Größe und Prüfsumme beim Anhängen.</source>
            <translation>Attachment “{name}” ({attachment_id}): content does not match the size and checksum at attaching.</translation>
        </message>
        <message>
            <source>Beschlussregister {short} {year}: {n} Beschlüsse, aber Nummern bis {top} – Lücke.</source>
            <translation>Register of decisions {short} {year}: {n} decisions, but numbers up to {top} – gap.</translation>
        </message>
    </context>
    <context>
        <name>store.core</name>
        <message>
            <source>Die Kopie braucht einen anderen Namen als die geöffnete Datei.</source>
            <translation>The copy needs a different name from the open file.</translation>
        </message>
        <message>
            <source>Die Kopie {target} ließ sich nicht schreiben: {os_reason}.</source>
            <translation>The copy {target} could not be written: {os_reason}.</translation>
        </message>
        <message>
            <source>Die Änderung passt nicht zu den gespeicherten Daten ({message}).</source>
            <translation>The change does not fit the stored data ({message}).</translation>
        </message>
        <message>
            <source>{path} hat ein älteres Datenformat und wird vor der Aktualisierung gesichert; das ging nicht: {exc} Die Datei bleibt unverändert.</source>
            <translation>{path} has an older data format and is backed up before the update; that failed: {exc} The file stays unchanged.</translation>
        </message>
    </context>
    <context>
        <name>store.cut</name>
        <message>
            <source>&lt;{count} Bytes&gt;</source>
            <translation>&lt;{count} bytes&gt;</translation>
        </message>
    </context>
    <context>
        <name>store.database</name>
        <message>
            <source>Das Datenformat von {path} ließ sich nicht aktualisieren: {why}. Die Datei bleibt, wie sie war; eine Sicherung liegt in {backup}.</source>
            <translation>The data format of {path} could not be updated: {why}. The file stays as it was; a backup is in {backup}.</translation>
        </message>
        <message>
            <source>{path} lässt sich nicht schreibgeschützt lesen ({os_reason}).</source>
            <translation>{path} cannot be read read-only ({os_reason}).</translation>
        </message>
        <message>
            <source>lässt sich nicht schreibgeschützt lesen</source>
            <translation>cannot be read read-only</translation>
        </message>
    </context>
    <context>
        <name>store.decisions</name>
        <message>
            <source>Der Beschluss braucht einen Titel.</source>
            <translation>The decision needs a title.</translation>
        </message>
        <message>
            <source>Ein Beschluss gehört zu einem TOP oder wird im Umlaufverfahren mit Gremium und Datum gefasst.</source>
            <translation>A decision belongs to an item or is taken in the written procedure with body and date.</translation>
        </message>
        <message>
            <source>Als befangen kann nur ein Mitglied des Gremiums gelten.</source>
            <translation>Only a member of the body can have a conflict of interest.</translation>
        </message>
        <message>
            <source>Befangen sein kann nur, wer bei diesem TOP eine Stimme führt: ein anwesendes oder vertretenes Mitglied.</source>
            <translation>Only someone holding a vote at this item can have a conflict of interest: a present or represented member.</translation>
        </message>
        <message>
            <source>Einzelne Stimmen gibt es nur bei namentlicher Abstimmung und im Umlaufverfahren.</source>
            <translation>Individual votes exist only in a roll-call vote and in the written procedure.</translation>
        </message>
        <message>
            <source>Abstimmen kann nur ein stimmberechtigtes Mitglied des Gremiums.</source>
            <translation>Only a voting member of the body can vote.</translation>
        </message>
        <message>
            <source>Dem Verfahren widersprechen kann man nur im Umlaufverfahren.</source>
            <translation>Objecting to the procedure is only possible in the written procedure.</translation>
        </message>
        <message>
            <source>Eine Antwort kann nicht nach dem heutigen Tag datiert sein.</source>
            <translation>A response cannot be dated after today.</translation>
        </message>
        <message>
            <source>Eine Antwort kann nicht vor dem Vorschlag vom {german_date} datiert sein.</source>
            <translation>A response cannot be dated before the proposal of {german_date}.</translation>
        </message>
        <message>
            <source>Ein Umlaufbeschluss wird schriftlich gefasst; ein Beschluss in der Sitzung nicht.</source>
            <translation>A written decision is taken in writing; a decision at the meeting is not.</translation>
        </message>
        <message>
            <source>Nummer, Sitzung und Ergebnis eines Beschlusses folgen aus Register und Abstimmung und werden nicht von Hand gesetzt.</source>
            <translation>The number, meeting and result of a decision follow from the register and the vote and are not set by hand.</translation>
        </message>
        <message>
            <source>Eine Frist hat nur ein Beschluss im Umlaufverfahren.</source>
            <translation>Only a decision in the written procedure has a due date.</translation>
        </message>
        <message>
            <source>Das Datum eines Beschlusses ist das Datum seiner Sitzung.</source>
            <translation>The date of a decision is the date of its meeting.</translation>
        </message>
        <message>
            <source>Beschluss {number} bleibt im Register {year}; er kann nicht in ein anderes Jahr verlegt werden.</source>
            <translation>Decision {number} stays in the register {year}; it cannot be moved to another year.</translation>
        </message>
        <message>
            <source>Beschluss {number} kann nicht entfernt werden: aus ihm folgt die Aufgabe „{title}“. Entfernen Sie zuerst diese Aufgaben.</source>
            <translation>Decision {number} cannot be removed: the task “{title}” follows from it. Please remove that task first.</translation>
        </message>
        <message>
            <source>Beschluss {number} kann nicht entfernt werden: aus ihm folgt {count} Aufgaben. Entfernen Sie zuerst diese Aufgaben.</source>
            <translation>Decision {number} cannot be removed: {count} tasks follow from it. Please remove these tasks first.</translation>
        </message>
        <message>
            <source>Beschluss {number} kann nicht entfernt werden: die Antwort auf Empfehlung {number2} beruft sich auf ihn.</source>
            <translation>Decision {number} cannot be removed: the response to recommendation {number2} refers to it.</translation>
        </message>
        <message>
            <source>Beschluss {number} kann nicht entfernt werden: er bewilligt {approving} Haushaltszeile(n). Lösen Sie zuerst dort den Beschluss.</source>
            <translation>Decision {number} cannot be removed: it approves {approving} budget line(s). Detach the decision there first.</translation>
        </message>
    </context>
    <context>
        <name>store.errors</name>
        <message>
            <source>Die Datei ist schreibgeschützt geöffnet; die Änderung wurde nicht gespeichert. Zum Bearbeiten die Datei neu öffnen, sobald sie frei ist.</source>
            <translation>The file is open read-only; the change was not saved. To edit, open the file again as soon as it is free.</translation>
        </message>
    </context>
    <context>
        <name>store.exchange</name>
        <message>
            <source>Einen Laptop „{ref}“ kennt diese Datei nicht (bekannt: {names}).</source>
            <translation>This file does not know a laptop “{ref}” (known: {names}).</translation>
        </message>
        <message>
            <source>Das Paket {out} ließ sich nicht schreiben: {os_reason}.</source>
            <translation>The package {out} could not be written: {os_reason}.</translation>
        </message>
        <message>
            <source>Eine Datei lässt sich nicht mit sich selbst zusammenführen.</source>
            <translation>A file cannot be merged with itself.</translation>
        </message>
        <message>
            <source>{name} hat ein älteres Datenformat; bitte einmal mit dieser Version öffnen und dann zusammenführen.</source>
            <translation>{name} has an older data format; please open it once with this version and then merge.</translation>
        </message>
        <message>
            <source>{name} stammt aus einer neueren Version von SRO Desktop ({get}); bitte diese Version aktualisieren. Nichts wurde übernommen.</source>
            <translation>{name} comes from a newer version of SRO Desktop ({get}); please update this version. Nothing was imported.</translation>
        </message>
        <message>
            <source>{name} stammt aus einem anderen Datenbestand (nicht aus einer Kopie dieser Datei). Nichts wurde übernommen.</source>
            <translation>{name} comes from another data set (not from a copy of this file). Nothing was imported.</translation>
        </message>
        <message>
            <source>{name} stammt aus dieser Datei selbst. Nichts wurde übernommen.</source>
            <translation>{name} comes from this file itself. Nothing was imported.</translation>
        </message>
        <message>
            <source>{name} ist für „{value}“ bestimmt, nicht für „{label}“. Nichts wurde übernommen.</source>
            <translation>{name} is meant for “{value}”, not for “{label}”. Nothing was imported.</translation>
        </message>
        <message>
            <source>{name} ist beschädigt: unbekannte Tabelle „{value}“. Nichts wurde übernommen.</source>
            <translation>{name} is damaged: unknown table “{value}”. Nothing was imported.</translation>
        </message>
        <message>
            <source>Bitte einen Namen für den anderen Laptop angeben (z. B. „Laptop Beirat“).</source>
            <translation>Please give a name for the other laptop (e.g. “Laptop advisory board”).</translation>
        </message>
        <message>
            <source>{out} gibt es schon; bitte einen anderen Namen wählen.</source>
            <translation>{out} already exists; please choose another name.</translation>
        </message>
        <message>
            <source>Einen Laptop „{name}“ gibt es schon.</source>
            <translation>A laptop “{name}” already exists.</translation>
        </message>
        <message>
            <source>Die Kopie {out} ließ sich nicht einrichten: {exc}.</source>
            <translation>The copy {out} could not be set up: {exc}.</translation>
        </message>
        <message>
            <source>Den Austauschordner {parent} gibt es nicht (mehr).</source>
            <translation>The synchronisation folder {parent} does not exist (any more).</translation>
        </message>
    </context>
    <context>
        <name>store.exchange_conflicts</name>
        <message>
            <source>gelöscht</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>laufende Nummer</source>
            <translation>serial number</translation>
        </message>
        <message>
            <source>Anwesenheit</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Reihenfolge</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>fällig am</source>
            <translation>due on</translation>
        </message>
        <message>
            <source>beschlossen am</source>
            <translation>decided on</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Ergebnistext</source>
            <translation>Result text</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enthaltung</source>
            <translation>Abstentions</translation>
        </message>
        <message>
            <source>Kurzname</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Vorname</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Nachname</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Ende</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Stimme</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>gültig ab</source>
            <translation>valid from</translation>
        </message>
        <message>
            <source>gültig bis</source>
            <translation>valid until</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Dauer (Minuten)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <source>Den Konflikt {conflict_id} gibt es nicht.</source>
            <translation>The conflict {conflict_id} does not exist.</translation>
        </message>
        <message>
            <source>Dieser Konflikt ist schon entschieden.</source>
            <translation>This conflict is already decided.</translation>
        </message>
        <message>
            <source>Ihre Fassung lässt sich hier nicht übernehmen: ihre Nummer (oder derselbe Eintrag) ist auf diesem Laptop schon vergeben. Bitte „Meine behalten“ wählen.</source>
            <translation>Their version cannot be taken here: its number (or the same entry) is already taken on this laptop. Please choose “Keep mine”.</translation>
        </message>
        <message>
            <source>Das Protokoll wurde auf dem anderen Laptop mit anderem Inhalt genehmigt; bitte zuerst die Unterschiede bei Tagesordnung, Anwesenheit, Beschlüssen und Unterlagen entscheiden.</source>
            <translation>The minutes were approved on the other laptop with different content; please first decide the differences in agenda, attendance, decisions and attachments.</translation>
        </message>
    </context>
    <context>
        <name>store.exchange_merge</name>
        <message>
            <source>auf beiden Laptops geändert</source>
            <translation>changed on both laptops</translation>
        </message>
        <message>
            <source>gehört zu einem genehmigten Protokoll</source>
            <translation>belongs to approved minutes</translation>
        </message>
        <message>
            <source>auf beiden Laptops getrennt angelegt</source>
            <translation>created separately on both laptops</translation>
        </message>
        <message>
            <source>auf beiden Laptops verschieden (ohne gemeinsamen früheren Stand)</source>
            <translation>different on both laptops (no common earlier version)</translation>
        </message>
        <message>
            <source>dort zusammen mit dem zugehörigen Eintrag gelöscht</source>
            <translation>deleted there together with the entry it belongs to</translation>
        </message>
        <message>
            <source>gehört zu einem Eintrag, der als Konflikt wartet</source>
            <translation>belongs to an entry that is waiting as a conflict</translation>
        </message>
        <message>
            <source>Neu: {counted}</source>
            <translation>New: {counted}</translation>
        </message>
        <message>
            <source>Geändert: {counted}</source>
            <translation>Changed: {counted}</translation>
        </message>
        <message>
            <source>Gelöscht: {counted}</source>
            <translation>Deleted: {counted}</translation>
        </message>
        <message>
            <source>Neu nummeriert: {r}</source>
            <translation>Renumbered: {r}</translation>
        </message>
        <message>
            <source>Konflikte zum Entscheiden: {count}</source>
            <translation>Conflicts to decide: {count}</translation>
        </message>
        <message>
            <source>Auf dem anderen Laptop entschiedene Konflikte: {decided_elsewhere}</source>
            <translation>Conflicts decided on the other laptop: {decided_elsewhere}</translation>
        </message>
        <message>
            <source>Nichts Neues: alle Änderungen sind schon übernommen.</source>
            <translation>Nothing new: all changes have already been imported.</translation>
        </message>
        <message>
            <source>Der Eintrag {value} ({table}) passt nicht in diese Datei ({exc}). Nichts wurde übernommen.</source>
            <translation>The entry {value} ({table}) does not fit this file ({exc}). Nothing was imported.</translation>
        </message>
        <message>
            <source>Doppelte Nummern ließen sich nicht auflösen. Nichts wurde übernommen.</source>
            <translation>Duplicate numbers could not be resolved. Nothing was imported.</translation>
        </message>
        <message>
            <source>Sitzung {value} {n}</source>
            <translation>Meeting {value} {n}</translation>
        </message>
        <message>
            <source>Das Paket verweist auf Einträge, die es in dieser Datei nicht gibt ({get} {value}…). Nichts wurde übernommen.</source>
            <translation>The package refers to entries that do not exist in this file ({get} {value}…). Nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>store.exchange_package</name>
        <message>
            <source>Das Paket {name} gibt es nicht.</source>
            <translation>The package {name} does not exist.</translation>
        </message>
        <message>
            <source>{name} ist kein Austauschpaket von SRO Desktop oder ist unvollständig (abgeschnitten).</source>
            <translation>{name} is not an SRO Desktop synchronisation package or is incomplete (truncated).</translation>
        </message>
        <message>
            <source>{name} wird nicht übernommen: es enthält einen unzulässigen Eintrag ({entry}).</source>
            <translation>{name} is not imported: it contains an invalid entry ({entry}).</translation>
        </message>
        <message>
            <source>{name} ist kein Austauschpaket von SRO Desktop.</source>
            <translation>{name} is not an SRO Desktop synchronisation package.</translation>
        </message>
        <message>
            <source>{name} wird nicht übernommen: es ist unplausibel groß.</source>
            <translation>{name} is not imported: it is implausibly large.</translation>
        </message>
        <message>
            <source>{name} ist beschädigt oder unvollständig (abgeschnitten); nichts wurde übernommen.</source>
            <translation>{name} is damaged or incomplete (truncated); nothing was imported.</translation>
        </message>
        <message>
            <source>{name} hat ein Paketformat, das diese Version nicht kennt (Version {get}); bitte SRO Desktop aktualisieren.</source>
            <translation>{name} has a package format this version does not know (version {get}); please update SRO Desktop.</translation>
        </message>
        <message>
            <source>{name} ist verändert oder beschädigt (die Prüfsumme stimmt nicht); nichts wurde übernommen.</source>
            <translation>{name} has been altered or damaged (the checksum does not match); nothing was imported.</translation>
        </message>
        <message>
            <source>{name} ist beschädigt: ein Eintrag ist unlesbar.</source>
            <translation>{name} is damaged: an entry is unreadable.</translation>
        </message>
        <message>
            <source>{name} ist unvollständig: die Zahl der Einträge stimmt nicht.</source>
            <translation>{name} is incomplete: the number of entries does not match.</translation>
        </message>
    </context>
    <context>
        <name>store.history</name>
        <message>
            <source>{number}. Sitzung am {date}</source>
            <translation>meeting {number} on {date}</translation>
        </message>
        <message>
            <source>{number}. Sitzung</source>
            <translation>meeting {number}</translation>
        </message>
        <message>
            <source>TOP {position}</source>
            <translation>item {position}</translation>
        </message>
        <message>
            <source>Für {table} wird kein Verlauf geführt.</source>
            <translation>No history is kept for {table}.</translation>
        </message>
    </context>
    <context>
        <name>store.identity</name>
        <message>
            <source>Die Datei {path} gibt es nicht.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <source>Den Ordner {parent} gibt es nicht.</source>
            <translation>The folder {parent} does not exist.</translation>
        </message>
        <message>
            <source> Die Datei bleibt unverändert.</source>
            <translation> The file stays unchanged.</translation>
        </message>
        <message>
            <source>{path} lässt sich nicht lesen: {os_reason}.{untouched}</source>
            <translation>{path} cannot be read: {os_reason}.{untouched}</translation>
        </message>
        <message>
            <source>{path} ist leer und keine SRO-Datei.</source>
            <translation>{path} is empty and not an SRO file.</translation>
        </message>
        <message>
            <source>{path} ist keine SRO-Datei (keine SQLite-Datenbank).</source>
            <translation>{path} is not an SRO file (not an SQLite database).</translation>
        </message>
        <message>
            <source>{path} ist beschädigt oder keine SRO-Datei (abgeschnitten).</source>
            <translation>{path} is damaged or not an SRO file (truncated).</translation>
        </message>
        <message>
            <source>{path} ist eine SQLite-Datenbank, aber keine SRO-Datei; sie bleibt unverändert.</source>
            <translation>{path} is an SQLite database but not an SRO file; it stays unchanged.</translation>
        </message>
        <message>
            <source>{path} hat das Datenformat {version} (geschrieben von SRO Desktop {written_by}); diese Version {program_version} kennt nur bis Format {schema_version}. Bitte SRO Desktop aktualisieren; die Datei bleibt unverändert.</source>
            <translation>{path} has data format {version} (written by SRO Desktop {written_by}); this version {program_version} only knows formats up to {schema_version}. Please update SRO Desktop; the file stays unchanged.</translation>
        </message>
        <message>
            <source>{path} ist beschädigt oder keine SRO-Datei ({os_reason}).</source>
            <translation>{path} is damaged or not an SRO file ({os_reason}).</translation>
        </message>
        <message>
            <source>{path} {doing}: {os_reason}. Die Datei bleibt unverändert.</source>
            <translation>{path} {doing}: {os_reason}. The file stays unchanged.</translation>
        </message>
    </context>
    <context>
        <name>store.learning</name>
        <message>
            <source>Eine Veranstaltung „{text}“ gibt es nicht (eindeutig).</source>
            <translation>There is no (unambiguous) event “{text}”.</translation>
        </message>
        <message>
            <source>Diese Person nimmt schon teil.</source>
            <translation>This person is already taking part.</translation>
        </message>
        <message>
            <source>Eine Teilnahme bleibt bei ihrer Person und Veranstaltung.</source>
            <translation>A participation stays with its person and event.</translation>
        </message>
    </context>
    <context>
        <name>store.lock</name>
        <message>
            <source>{sentence} Zum Bearbeiten muss sie dort erst geschlossen werden; lesen geht schon jetzt (schreibgeschützt).</source>
            <translation>{sentence} To edit it, it must first be closed there; reading is possible now (read-only).</translation>
        </message>
        <message>
            <source>Die Datei wird gerade von einem anderen Programm benutzt (die Sperrdatei {name} ist unlesbar).</source>
            <translation>The file is in use by another program (the lock file {name} is unreadable).</translation>
        </message>
        <message>
            <source>Die Datei wird gerade auf {machine} von {user} benutzt (seit {since_text}).</source>
            <translation>The file is in use on {machine} by {user} (since {since_text}).</translation>
        </message>
        <message>
            <source>Die Datei ist geschlossen.</source>
            <translation>The file is closed.</translation>
        </message>
        <message>
            <source>jetzt auf {machine} von {user} (seit {since_text})</source>
            <translation>now on {machine} by {user} (since {since_text})</translation>
        </message>
        <message>
            <source>von jemand anderem</source>
            <translation>by someone else</translation>
        </message>
        <message>
            <source>Die Sperre dieser Datei wurde {who} übernommen; die Änderung wurde nicht gespeichert. Bitte die Datei schließen und neu öffnen.</source>
            <translation>The lock of this file was taken over {who}; the change was not saved. Please close the file and open it again.</translation>
        </message>
        <message>
            <source>Neben der Datei lässt sich keine Sperrdatei {name} anlegen: {os_reason}. Die Datei bleibt unverändert; ist der Ordner schreibgeschützt, lässt sie sich nur schreibgeschützt öffnen.</source>
            <translation>No lock file {name} can be created next to the file: {os_reason}. The file stays unchanged; if the folder is read-only, the file can only be opened read-only.</translation>
        </message>
        <message>
            <source>Die Sperrdatei {name} ließ sich nicht schreiben: {os_reason}. Die Datei bleibt unverändert.</source>
            <translation>The lock file {name} could not be written: {os_reason}. The file stays unchanged.</translation>
        </message>
        <message>
            <source>Die alte Sperrdatei {name} lässt sich nicht entfernen: {os_reason}.</source>
            <translation>The old lock file {name} cannot be removed: {os_reason}.</translation>
        </message>
    </context>
    <context>
        <name>store.meetings</name>
        <message>
            <source>Die {number}. Sitzung gibt es schon.</source>
            <translation>Meeting no. {number} already exists.</translation>
        </message>
        <message>
            <source>Den Zustand einer Sitzung ändert nur ein Schritt im Ablauf.</source>
            <translation>Only a step in the process changes the state of a meeting.</translation>
        </message>
        <message>
            <source>Sitzung {meeting_id} gibt es nicht (mehr).</source>
            <translation>Meeting {meeting_id} does not exist (any more).</translation>
        </message>
        <message>
            <source>Die {number}. Sitzung hat Beschlüsse im Register und kann nicht gelöscht werden; sagen Sie sie stattdessen ab.</source>
            <translation>Meeting no. {number} has decisions in the register and cannot be deleted; cancel it instead.</translation>
        </message>
        <message>
            <source>Bitte eine Sitzung angeben: ihre Id oder Gremium und Nummer (z. B. „SG 7“).</source>
            <translation>Please give a meeting: its id or body and number (e.g. “SG 7”).</translation>
        </message>
        <message>
            <source>Eine Sitzung „{ref}“ gibt es nicht; bitte die Id oder Gremium und Nummer angeben (z. B. „SG 7“).</source>
            <translation>There is no meeting “{ref}”; please give the id or body and number (e.g. “SG 7”).</translation>
        </message>
        <message>
            <source>Eine Sitzung „{ref}“ gibt es nicht.</source>
            <translation>There is no meeting “{ref}”.</translation>
        </message>
        <message>
            <source>„{ref}“ ist nicht eindeutig: {which}. Bitte das Gremium angeben.</source>
            <translation>“{ref}” is ambiguous: {which}. Please give the body.</translation>
        </message>
        <message>
            <source>Bitte den Namen des Gastes angeben.</source>
            <translation>Please give the guest's name.</translation>
        </message>
        <message>
            <source>Der Tagesordnungspunkt braucht einen Titel.</source>
            <translation>The agenda item needs a title.</translation>
        </message>
        <message>
            <source>Die Dauer kann nicht negativ sein.</source>
            <translation>The duration cannot be negative.</translation>
        </message>
        <message>
            <source>Tagesordnungspunkte werden mit „Verschieben“ umgeordnet.</source>
            <translation>Agenda items are reordered with “Move”.</translation>
        </message>
        <message>
            <source>TOP {position} hat Beschlüsse; bitte zuerst diese entfernen.</source>
            <translation>Item {position} has decisions; please remove them first.</translation>
        </message>
        <message>
            <source>Unter TOP {position} wurde das Protokoll der {number}. Sitzung genehmigt; der TOP bleibt.</source>
            <translation>The minutes of meeting no. {number} were approved under item {position}; the item stays.</translation>
        </message>
        <message>
            <source>Eine Berichtigung braucht einen Grund und einen Text.</source>
            <translation>A correction needs a reason and a text.</translation>
        </message>
        <message>
            <source>Berichtigungen gibt es nur für genehmigte Protokolle; ein Entwurf wird direkt geändert.</source>
            <translation>Corrections exist only for approved minutes; a draft is changed directly.</translation>
        </message>
        <message>
            <source>Ein Versand bleibt bei seiner Sitzung.</source>
            <translation>A dispatch stays with its meeting.</translation>
        </message>
        <message>
            <source>Eine Einwendung bleibt bei ihrer Sitzung.</source>
            <translation>An objection stays with its meeting.</translation>
        </message>
        <message>
            <source>Das Protokoll ist genehmigt; seine Einwendungen bleiben, wie sie sind.</source>
            <translation>The minutes are approved; their objections stay as they are.</translation>
        </message>
    </context>
    <context>
        <name>store.member_import</name>
        <message>
            <source>Nachname</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Vorname</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Stimmrecht</source>
            <translation>Voting right</translation>
        </message>
        <message>
            <source>Stellvertretung</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>until</translation>
        </message>
        <message>
            <source>neu</source>
            <translation>new</translation>
        </message>
        <message>
            <source>schon vorhanden</source>
            <translation>already there</translation>
        </message>
        <message>
            <source>Fehler</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Fehler: {reason}</source>
            <translation>Error: {reason}</translation>
        </message>
        <message>
            <source>{new} neu, {existing} schon vorhanden</source>
            <translation>{new} new, {existing} already there</translation>
        </message>
        <message>
            <source>, {bad} fehlerhaft (wird übersprungen)</source>
            <translation>, {bad} faulty (will be skipped)</translation>
        </message>
        <message>
            <source>{name}: bitte eine Liste als .csv oder .xlsx (Excel) wählen.</source>
            <translation>{name}: please choose a list as .csv or .xlsx (Excel).</translation>
        </message>
        <message>
            <source>{path} lässt sich nicht lesen: {value}</source>
            <translation>{path} cannot be read: {value}</translation>
        </message>
        <message>
            <source>Die Liste ist in Zeile {value} nicht lesbar: {exc}</source>
            <translation>The list cannot be read in row {value}: {exc}</translation>
        </message>
        <message>
            <source>Die Liste ist leer.</source>
            <translation>The list is empty.</translation>
        </message>
        <message>
            <source>Excel-Dateien lassen sich hier nicht lesen (openpyxl fehlt); bitte als CSV speichern.</source>
            <translation>Excel files cannot be read here (openpyxl is missing); please save as CSV.</translation>
        </message>
        <message>
            <source>{name} ist keine lesbare Excel-Datei (.xlsx).</source>
            <translation>{name} is not a readable Excel file (.xlsx).</translation>
        </message>
        <message>
            <source>„{text}“ ist kein Datum (bitte TT.MM.JJJJ)</source>
            <translation>“{text}” is not a date (please DD.MM.YYYY)</translation>
        </message>
        <message>
            <source>unbekannte Rolle „{text}“ (erlaubt: {list})</source>
            <translation>unknown role “{text}” (allowed: {list})</translation>
        </message>
        <message>
            <source>Stimmrecht „{text}“: bitte ja oder nein</source>
            <translation>vote “{text}”: please yes or no</translation>
        </message>
        <message>
            <source>Nachname fehlt</source>
            <translation>last name missing</translation>
        </message>
        <message>
            <source>unbekannte Seite „{side_text}“ (Seiten: {known})</source>
            <translation>unknown side “{side_text}” (sides: {known})</translation>
        </message>
        <message>
            <source>Seite fehlt (Seiten: {known})</source>
            <translation>side missing (sides: {known})</translation>
        </message>
        <message>
            <source>mehrere Personen heißen {name}; bitte die E-Mail-Adresse angeben</source>
            <translation>several people are called {name}; please give the e-mail address</translation>
        </message>
        <message>
            <source>steht schon in Zeile {seen}</source>
            <translation>already in row {seen}</translation>
        </message>
        <message>
            <source>mehrere Personen heißen {deputy}; Stellvertretung bitte im Programm wählen</source>
            <translation>several people are called {deputy}; please choose the deputy in the program</translation>
        </message>
        <message>
            <source>Stellvertretung „{deputy}“ ist kein Name</source>
            <translation>deputy “{deputy}” is not a name</translation>
        </message>
        <message>
            <source>ein Mitglied kann nicht seine eigene Stellvertretung sein</source>
            <translation>a member cannot be their own deputy</translation>
        </message>
        <message>
            <source>schon Mitglied</source>
            <translation>already a member</translation>
        </message>
        <message>
            <source>Person vorhanden</source>
            <translation>person exists</translation>
        </message>
        <message>
            <source>neue Person</source>
            <translation>new person</translation>
        </message>
        <message>
            <source>neue Organisation</source>
            <translation>new organisation</translation>
        </message>
        <message>
            <source>neue Person als Stellvertretung</source>
            <translation>new person as deputy</translation>
        </message>
        <message>
            <source>{name}: keine Spalte „Nachname“ oder „Name“ gefunden (Spalten: {list}).</source>
            <translation>{name}: no column “Nachname” or “Name” found (columns: {list}).</translation>
        </message>
    </context>
    <context>
        <name>store.minutes_hash</name>
        <message>
            <source>Das Protokoll wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht).</source>
            <translation>The minutes were changed after their approval (the checksum does not match).</translation>
        </message>
        <message>
            <source>Das Protokoll ist genehmigt, hat aber keine Prüfsumme.</source>
            <translation>The minutes are approved but have no checksum.</translation>
        </message>
        <message>
            <source>Die Sitzung trägt die Prüfsumme einer Genehmigung, ist aber nicht mehr genehmigt.</source>
            <translation>The meeting carries the checksum of an approval but is no longer approved.</translation>
        </message>
        <message>
            <source>Die Sitzung ist genehmigt, fehlt aber in der Datei (gelöscht).</source>
            <translation>The meeting is approved but missing from the file (deleted).</translation>
        </message>
        <message>
            <source>Die Sitzung ist genehmigt, aber als gelöscht markiert.</source>
            <translation>The meeting is approved but marked as deleted.</translation>
        </message>
        <message>
            <source>Die gespeicherte Prüfsumme wurde verändert; sie weicht von der Liste der Genehmigungen ab.</source>
            <translation>The stored checksum was changed; it differs from the list of approvals.</translation>
        </message>
        <message>
            <source>{number}. Sitzung</source>
            <translation>meeting no. {number}</translation>
        </message>
    </context>
    <context>
        <name>store.os_words</name>
        <message>
            <source>nicht (mehr) vorhanden</source>
            <translation>not (or no longer) there</translation>
        </message>
        <message>
            <source>keine Lese- oder Schreibrechte, der Zugriff wurde verweigert</source>
            <translation>no permission to read or write, access was denied</translation>
        </message>
        <message>
            <source>nicht erlaubt – keine Schreibrechte, oder die Datei oder der Ordner ist gesperrt</source>
            <translation>not permitted – no permission to write, or the file or folder is locked</translation>
        </message>
        <message>
            <source>das ist ein Ordner, keine Datei</source>
            <translation>that is a folder, not a file</translation>
        </message>
        <message>
            <source>ein Teil des Pfads ist kein Ordner</source>
            <translation>part of the path is not a folder</translation>
        </message>
        <message>
            <source>kein Platz mehr auf dem Datenträger</source>
            <translation>no space left on the drive</translation>
        </message>
        <message>
            <source>die Datei würde zu groß für die erlaubte Dateigröße</source>
            <translation>the file would exceed the permitted file size</translation>
        </message>
        <message>
            <source>der Datenträger ist schreibgeschützt (nur zum Lesen eingebunden)</source>
            <translation>the drive is write-protected (mounted read-only)</translation>
        </message>
        <message>
            <source>Lesefehler oder Schreibfehler des Datenträgers (ist er noch verbunden?)</source>
            <translation>read or write error on the drive (is it still connected?)</translation>
        </message>
        <message>
            <source>gerade in Benutzung (in einem anderen Programm geöffnet)</source>
            <translation>in use at the moment (open in another program)</translation>
        </message>
        <message>
            <source>unter diesem Namen gibt es schon eine Datei</source>
            <translation>a file with this name already exists</translation>
        </message>
        <message>
            <source>der Name oder der Pfad ist zu lang</source>
            <translation>the name or the path is too long</translation>
        </message>
        <message>
            <source>das Programm hat zu viele Dateien gleichzeitig geöffnet</source>
            <translation>the program has too many files open at once</translation>
        </message>
        <message>
            <source>das System hat zu viele Dateien gleichzeitig geöffnet</source>
            <translation>the system has too many files open at once</translation>
        </message>
        <message>
            <source>Quelle und Ziel liegen auf verschiedenen Datenträgern</source>
            <translation>source and destination are on different drives</translation>
        </message>
        <message>
            <source>der Ordner ist nicht leer</source>
            <translation>the folder is not empty</translation>
        </message>
        <message>
            <source>der Name oder der Vorgang ist hier nicht erlaubt</source>
            <translation>the name or the operation is not permitted here</translation>
        </message>
        <message>
            <source>zu viele Verknüpfungen hintereinander (Verweis auf sich selbst?)</source>
            <translation>too many links in a row (a link to itself?)</translation>
        </message>
        <message>
            <source>nicht genug Arbeitsspeicher</source>
            <translation>not enough memory</translation>
        </message>
        <message>
            <source>der Datenträger ist gerade nicht bereit; bitte noch einmal versuchen</source>
            <translation>the drive is not ready at the moment; please try again</translation>
        </message>
        <message>
            <source>das Gerät ist nicht erreichbar (ist der Datenträger noch verbunden?)</source>
            <translation>the device cannot be reached (is the drive still connected?)</translation>
        </message>
        <message>
            <source>die Netzwerkfreigabe ist nicht mehr erreichbar</source>
            <translation>the network share can no longer be reached</translation>
        </message>
        <message>
            <source>der Datenträger antwortet nicht (Zeitüberschreitung)</source>
            <translation>the drive does not respond (timeout)</translation>
        </message>
        <message>
            <source>das Speicherkontingent auf diesem Laufwerk ist aufgebraucht</source>
            <translation>the storage quota on this drive is used up</translation>
        </message>
        <message>
            <source>keine Berechtigung</source>
            <translation>no permission</translation>
        </message>
        <message>
            <source>gerade von einem anderen Programm gesperrt</source>
            <translation>locked by another program at the moment</translation>
        </message>
        <message>
            <source>schreibgeschützt (die Datei oder ihr Ordner)</source>
            <translation>write-protected (the file or its folder)</translation>
        </message>
        <message>
            <source>die Datei ist beschädigt</source>
            <translation>the file is damaged</translation>
        </message>
        <message>
            <source>die Datei ist beschädigt oder keine Datenbank</source>
            <translation>the file is damaged or not a database</translation>
        </message>
        <message>
            <source>kein Zugriff (fehlen Rechte, oder ist der Ordner schreibgeschützt?)</source>
            <translation>no access (missing permissions, or is the folder write-protected?)</translation>
        </message>
        <message>
            <source>ein Wert ist zu groß</source>
            <translation>a value is too large</translation>
        </message>
        <message>
            <source>Lesefehler des Datenträgers (ist er noch verbunden? Ist die Datei beschädigt?)</source>
            <translation>read error on the drive (is it still connected? Is the file damaged?)</translation>
        </message>
        <message>
            <source>Fehler des Betriebssystems ({name})</source>
            <translation>operating system error ({name})</translation>
        </message>
        <message>
            <source>Fehler der Datenbank: {said}</source>
            <translation>database error: {said}</translation>
        </message>
        <message>
            <source>Der Ordner „{path}“</source>
            <translation>The folder “{path}”</translation>
        </message>
        <message>
            <source>der Ordner „{path}“</source>
            <translation>the folder “{path}”</translation>
        </message>
        <message>
            <source>Die Datei „{path}“</source>
            <translation>The file “{path}”</translation>
        </message>
        <message>
            <source>die Datei „{path}“</source>
            <translation>the file “{path}”</translation>
        </message>
    </context>
    <context>
        <name>store.privacy</name>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Mitgliedschaft</source>
            <translation>Membership</translation>
        </message>
        <message>
            <source>Meilenstein</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Tagesordnungspunkt</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Anwesenheit</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Abstimmung</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Befangenheit</source>
            <translation>Conflict of interest</translation>
        </message>
        <message>
            <source>Empfehlung</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Verantwortung</source>
            <translation>Responsibility</translation>
        </message>
        <message>
            <source>Berichtigung</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Protokollversand</source>
            <translation>Minutes circulation</translation>
        </message>
        <message>
            <source>Einwendung</source>
            <translation>Objection</translation>
        </message>
        <message>
            <source>Unterlage</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Einzelstimme</source>
            <translation>Single vote</translation>
        </message>
        <message>
            <source>Textbaustein</source>
            <translation>Text module</translation>
        </message>
        <message>
            <source>Sitzungsgeldsatz</source>
            <translation>Attendance allowance rate</translation>
        </message>
        <message>
            <source>Fortbildung/Hospitation</source>
            <translation>Training/shadowing visit</translation>
        </message>
        <message>
            <source>Teilnahme</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Haushaltszeile</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Stelle</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Gremien</source>
            <translation>bodies</translation>
        </message>
        <message>
            <source>Seiten</source>
            <translation>sides</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>organisations</translation>
        </message>
        <message>
            <source>Personen</source>
            <translation>people</translation>
        </message>
        <message>
            <source>Mitgliedschaften</source>
            <translation>memberships</translation>
        </message>
        <message>
            <source>Meilensteine</source>
            <translation>milestones</translation>
        </message>
        <message>
            <source>Sitzungen</source>
            <translation>meetings</translation>
        </message>
        <message>
            <source>Tagesordnungspunkte</source>
            <translation>agenda items</translation>
        </message>
        <message>
            <source>Anwesenheiten</source>
            <translation>attendance records</translation>
        </message>
        <message>
            <source>Beschlüsse</source>
            <translation>decisions</translation>
        </message>
        <message>
            <source>Abstimmungen</source>
            <translation>votes</translation>
        </message>
        <message>
            <source>Befangenheiten</source>
            <translation>conflicts of interest</translation>
        </message>
        <message>
            <source>Empfehlungen</source>
            <translation>recommendations</translation>
        </message>
        <message>
            <source>Aufgaben</source>
            <translation>tasks</translation>
        </message>
        <message>
            <source>Verantwortliche</source>
            <translation>people responsible</translation>
        </message>
        <message>
            <source>Berichtigungen</source>
            <translation>corrections</translation>
        </message>
        <message>
            <source>Protokollversände</source>
            <translation>minutes circulations</translation>
        </message>
        <message>
            <source>Einwendungen</source>
            <translation>objections</translation>
        </message>
        <message>
            <source>Unterlagen</source>
            <translation>attachments</translation>
        </message>
        <message>
            <source>Einzelstimmen</source>
            <translation>single votes</translation>
        </message>
        <message>
            <source>Textbausteine</source>
            <translation>text modules</translation>
        </message>
        <message>
            <source>Sitzungsgeldsätze</source>
            <translation>attendance allowance rates</translation>
        </message>
        <message>
            <source>Fortbildungen/Hospitationen</source>
            <translation>training events/shadowing visits</translation>
        </message>
        <message>
            <source>Teilnahmen</source>
            <translation>participations</translation>
        </message>
        <message>
            <source>Haushaltszeilen</source>
            <translation>budget lines</translation>
        </message>
        <message>
            <source>Stellen</source>
            <translation>posts</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Absagegrund</source>
            <translation>Reason for cancellation</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Berichterstattung</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Name (Gast)</source>
            <translation>Name (guest)</translation>
        </message>
        <message>
            <source>Organisation (Gast)</source>
            <translation>Organisation (guest)</translation>
        </message>
        <message>
            <source>Bemerkung</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Wortlaut</source>
            <translation>Wording</translation>
        </message>
        <message>
            <source>Beschreibung</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Antwort</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Empfänger</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>erhoben von</source>
            <translation>raised by</translation>
        </message>
        <message>
            <source>Erledigung</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Bitte eine Person angeben: ihre Id oder „Nachname, Vorname“.</source>
            <translation>Please give a person: their id or “Last name, First name”.</translation>
        </message>
        <message>
            <source>Eine Person „{ref}“ gibt es nicht.</source>
            <translation>There is no person “{ref}”.</translation>
        </message>
        <message>
            <source>„{ref}“ ist nicht eindeutig: {which}. Bitte die Id angeben.</source>
            <translation>“{ref}” is ambiguous: {which}. Please give the id.</translation>
        </message>
        <message>
            <source>angelegt</source>
            <translation>created</translation>
        </message>
        <message>
            <source>geändert</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>geändert von</source>
            <translation>changed by</translation>
        </message>
        <message>
            <source>gelöscht</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>Person {person_id} gibt es nicht.</source>
            <translation>Person {person_id} does not exist.</translation>
        </message>
        <message>
            <source>{number}. Sitzung {get} am {day}</source>
            <translation>Meeting no. {number} {get} on {day}</translation>
        </message>
        <message>
            <source>Auskunft</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>erstellt</source>
            <translation>produced</translation>
        </message>
        <message>
            <source>Datei</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Programm</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Hinweis</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Alle Angaben, die diese Datei über die Person enthält, auch gelöschte Einträge, die noch in der Datei stehen. „Erwähnungen in Texten“ sind Fundstellen des Namens in frei geschriebenem Text (Notizen, Berichterstattung, Gäste, Empfänger …) und von Hand zu prüfen. Sicherungskopien der Datei (Ordner „Sicherungen“) enthalten frühere Stände.</source>
            <translation>All data this file holds about the person, including deleted entries still in the file. “Mentions in texts” are places where the name occurs in freely written text (notes, reporting, guests, recipients …) and must be checked by hand. Backup copies of the file (folder “Sicherungen”) contain earlier states.</translation>
        </message>
        <message>
            <source>Nachname</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Vorname</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Kürzel</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>stimmberechtigt</source>
            <translation>voting</translation>
        </message>
        <message>
            <source>vertritt Organisation</source>
            <translation>represents organisation</translation>
        </message>
        <message>
            <source>Stellvertretung</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <source>von</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>heute gültig</source>
            <translation>valid today</translation>
        </message>
        <message>
            <source>Stellvertretung für</source>
            <translation>deputy for</translation>
        </message>
        <message>
            <source>Mitglied</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>als</source>
            <translation>as</translation>
        </message>
        <message>
            <source>vertreten durch</source>
            <translation>represented by</translation>
        </message>
        <message>
            <source>Sitzungsleitung und Protokoll</source>
            <translation>Chair and minutes</translation>
        </message>
        <message>
            <source>Zustand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Funktion</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Vorsitz</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Protokoll</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <source>fällig</source>
            <translation>due</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>eingegangen</source>
            <translation>received</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Arbeitgeber</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Anteil</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Fortbildungen und Hospitationen</source>
            <translation>Training and shadowing visits</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>vom</source>
            <translation>from</translation>
        </message>
        <message>
            <source>für Organisation</source>
            <translation>for organisation</translation>
        </message>
        <message>
            <source>Von dieser Person geändert</source>
            <translation>Changed by this person</translation>
        </message>
        <message>
            <source>Verlauf</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Erwähnungen in Texten</source>
            <translation>Mentions in texts</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Auszug</source>
            <translation>Excerpt</translation>
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Aktion</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Änderungen</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>{full_name} ist bereits anonymisiert.</source>
            <translation>{full_name} is already anonymised.</translation>
        </message>
        <message>
            <source>{full_name} ist noch Mitglied ({seats}). Anonymisiert werden nur ehemalige Mitglieder; bitte zuerst die Mitgliedschaft beenden.</source>
            <translation>{full_name} is still a member ({seats}). Only former members are anonymised; please end the membership first.</translation>
        </message>
        <message>
            <source>{full_name} ist noch Stellvertretung für {whom}. Bitte zuerst die Stellvertretung ändern.</source>
            <translation>{full_name} is still the deputy for {whom}. Please change the deputy first.</translation>
        </message>
        <message>
            <source>einem Text</source>
            <translation>a text</translation>
        </message>
        <message>
            <source>Der bisherige Name steht noch in {where}: {places}. Diese frei geschriebenen Texte bleiben unverändert, die genehmigter Protokolle ohnehin; bei Bedarf bitte von Hand ändern.</source>
            <translation>The previous name still appears in {where}: {places}. These freely written texts stay unchanged, those of approved minutes anyway; please change them by hand if needed.</translation>
        </message>
    </context>
    <context>
        <name>store.replica</name>
        <message>
            <source>Diese Datei ist eine Kopie von „{label}“ und bekommt vor dem Austausch eine eigene Kennung.</source>
            <translation>This file is a copy of “{label}” and gets its own identifier before synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>store.repository</name>
        <message>
            <source>Eintrag</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>{noun} {record_id} gibt es nicht (mehr).</source>
            <translation>{noun} {record_id} does not exist (any more).</translation>
        </message>
        <message>
            <source>Sitzungsgeldsatz</source>
            <translation>Attendance allowance rate</translation>
        </message>
        <message>
            <source>Unterlage</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Gremium</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Mitgliedschaft</source>
            <translation>Membership</translation>
        </message>
        <message>
            <source>Haushaltszeile</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Stelle</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Beschluss</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Veranstaltung</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Teilnahme</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Anwesenheit</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Tagesordnungspunkt</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Berichtigung</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Protokollversand</source>
            <translation>Minutes circulation</translation>
        </message>
        <message>
            <source>Einwendung</source>
            <translation>Objection</translation>
        </message>
        <message>
            <source>Textbaustein</source>
            <translation>Text module</translation>
        </message>
        <message>
            <source>Aufgabe</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Empfehlung</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Meilenstein</source>
            <translation>Milestone</translation>
        </message>
    </context>
    <context>
        <name>store.soundness</name>
        <message>
            <source>Integritätsprüfung: {r}</source>
            <translation>Integrity check: {r}</translation>
        </message>
        <message>
            <source>Verweis ins Leere: {table} Zeile {rowid} → {parent}</source>
            <translation>Dangling reference: {table} row {rowid} → {parent}</translation>
        </message>
    </context>
    <context>
        <name>store.storage</name>
        <message>
            <source>Bitte die Datei auf diesen Rechner kopieren, dort bearbeiten und ins Netz oder in die Cloud nur Kopien legen (Datei › Kopie speichern unter …).</source>
            <translation>Please copy the file to this computer, edit it there and put only copies on the network or in the cloud (File › Save a copy as …).</translation>
        </message>
        <message>
            <source>Die Datei liegt auf einem Netzlaufwerk ({where}).</source>
            <translation>The file is on a network drive ({where}).</translation>
        </message>
        <message>
            <source>SQLite-Dateien sind dort nicht sicher: Reißt die Verbindung ab oder bearbeiten zwei Rechner die Datei zugleich, kann sie beschädigt werden.</source>
            <translation>SQLite files are not safe there: if the connection drops or two computers edit the file at once, it can be damaged.</translation>
        </message>
        <message>
            <source>Die Datei liegt in einem synchronisierten Cloud-Ordner ({service}).</source>
            <translation>The file is in a synced cloud folder ({service}).</translation>
        </message>
        <message>
            <source>SQLite-Dateien sind dort nicht sicher: Die Synchronisation kann eine geöffnete Datei beschädigen oder Konfliktkopien anlegen, und die Sperre gegen gleichzeitiges Bearbeiten wirkt über die Cloud nicht.</source>
            <translation>SQLite files are not safe there: syncing can damage an open file or create conflict copies, and the lock against simultaneous editing does not work across the cloud.</translation>
        </message>
    </context>
    <context>
        <name>store.text_modules</name>
        <message>
            <source>Den Textbaustein „{key}“ gibt es nicht (mehr).</source>
            <translation>The text module “{key}” does not exist (any more).</translation>
        </message>
        <message>
            <source>Ein Standardbaustein behält seinen Namen.</source>
            <translation>A standard text module keeps its name.</translation>
        </message>
        <message>
            <source>Der Textbaustein braucht einen Namen.</source>
            <translation>The text module needs a name.</translation>
        </message>
        <message>
            <source>Einen Textbaustein „{title}“ gibt es schon.</source>
            <translation>A text module “{title}” already exists.</translation>
        </message>
        <message>
            <source>Ein Standardbaustein wird nicht entfernt; „Standardtext wiederherstellen“ setzt ihn zurück.</source>
            <translation>A standard text module is not removed; “Restore standard text” resets it.</translation>
        </message>
        <message>
            <source>Nur ein Standardbaustein hat einen Standardtext.</source>
            <translation>Only a standard text module has a standard text.</translation>
        </message>
    </context>
    <context>
        <name>store.typed_columns</name>
        <message>
            <source>ist kein Datum (JJJJ-MM-TT)</source>
            <translation>is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>ist keine Uhrzeit (SS:MM)</source>
            <translation>is not a time (HH:MM)</translation>
        </message>
        <message>
            <source>ist weder 0 (nein) noch 1 (ja)</source>
            <translation>is neither 0 (no) nor 1 (yes)</translation>
        </message>
        <message>
            <source>ist keine ganze Zahl ab 0</source>
            <translation>is not a whole number from 0</translation>
        </message>
        <message>
            <source>ist kein Zeitpunkt (JJJJ-MM-TT oder JJJJ-MM-TTTSS:MM:SS…)</source>
            <translation>is not a point in time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS…)</translation>
        </message>
        <message>
            <source>ist keiner der zulässigen Werte ({codes})</source>
            <translation>is none of the permitted values ({codes})</translation>
        </message>
        <message>
            <source>Soll Q1 (Cent)</source>
            <translation>Planned Q1 (cents)</translation>
        </message>
        <message>
            <source>Soll Q2 (Cent)</source>
            <translation>Planned Q2 (cents)</translation>
        </message>
        <message>
            <source>Soll Q3 (Cent)</source>
            <translation>Planned Q3 (cents)</translation>
        </message>
        <message>
            <source>Soll Q4 (Cent)</source>
            <translation>Planned Q4 (cents)</translation>
        </message>
        <message>
            <source>Ist Q1 (Cent)</source>
            <translation>Actual Q1 (cents)</translation>
        </message>
        <message>
            <source>Ist Q2 (Cent)</source>
            <translation>Actual Q2 (cents)</translation>
        </message>
        <message>
            <source>Ist Q3 (Cent)</source>
            <translation>Actual Q3 (cents)</translation>
        </message>
        <message>
            <source>Ist Q4 (Cent)</source>
            <translation>Actual Q4 (cents)</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Artikel</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Beschlussfähig bei mehr als</source>
            <translation>Quorate with more than</translation>
        </message>
        <message>
            <source>Beschlussfähigkeit je Seite</source>
            <translation>Quorum per side</translation>
        </message>
        <message>
            <source>Mehrheit</source>
            <translation>Majority</translation>
        </message>
        <message>
            <source>Ladungsfrist (Tage)</source>
            <translation>Notice period (days)</translation>
        </message>
        <message>
            <source>Grundlage der Beschlussfähigkeit</source>
            <translation>Basis of the quorum</translation>
        </message>
        <message>
            <source>Grundlage der Mehrheit</source>
            <translation>Basis of the majority</translation>
        </message>
        <message>
            <source>Stichentscheid</source>
            <translation>Casting vote</translation>
        </message>
        <message>
            <source>mehrere Stimmen je Person</source>
            <translation>several votes per person</translation>
        </message>
        <message>
            <source>Umlaufverfahren nur einstimmig</source>
            <translation>written procedure only unanimous</translation>
        </message>
        <message>
            <source>Namen bei namentlicher Abstimmung</source>
            <translation>names in a roll-call vote</translation>
        </message>
        <message>
            <source>paritätisch</source>
            <translation>parity</translation>
        </message>
        <message>
            <source>stimmberechtigt</source>
            <translation>voting</translation>
        </message>
        <message>
            <source>Reihenfolge</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Sollzahl</source>
            <translation>Statutory seats</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>gültig ab</source>
            <translation>valid from</translation>
        </message>
        <message>
            <source>gültig bis</source>
            <translation>valid until</translation>
        </message>
        <message>
            <source>Zieljahr</source>
            <translation>Target year</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Ebene</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Qualitätsdimension</source>
            <translation>Quality dimension</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Ende</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Zustand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>genehmigt am</source>
            <translation>approved on</translation>
        </message>
        <message>
            <source>Dauer (Minuten)</source>
            <translation>Duration (minutes)</translation>
        </message>
        <message>
            <source>öffentlich</source>
            <translation>public</translation>
        </message>
        <message>
            <source>vertagt</source>
            <translation>deferred</translation>
        </message>
        <message>
            <source>Nummer in der Einladung</source>
            <translation>Number in the invitation</translation>
        </message>
        <message>
            <source>Anwesenheit</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Jahr</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>laufende Nummer</source>
            <translation>serial number</translation>
        </message>
        <message>
            <source>beschlossen am</source>
            <translation>decided on</translation>
        </message>
        <message>
            <source>Umlaufverfahren</source>
            <translation>Written procedure</translation>
        </message>
        <message>
            <source>Erledigung</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Abstimmungsart</source>
            <translation>Voting method</translation>
        </message>
        <message>
            <source>Stimme des Vorsitzes</source>
            <translation>Chair's vote</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nein</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Enthaltungen</source>
            <translation>Abstentions</translation>
        </message>
        <message>
            <source>Antwort fällig am</source>
            <translation>response due on</translation>
        </message>
        <message>
            <source>beantwortet am</source>
            <translation>answered on</translation>
        </message>
        <message>
            <source>Tandem</source>
            <translation>Tandem</translation>
        </message>
        <message>
            <source>fällig am</source>
            <translation>due on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>begonnen am</source>
            <translation>started on</translation>
        </message>
        <message>
            <source>erledigt am</source>
            <translation>done on</translation>
        </message>
        <message>
            <source>berichtigt am</source>
            <translation>corrected on</translation>
        </message>
        <message>
            <source>versandt am</source>
            <translation>sent on</translation>
        </message>
        <message>
            <source>eingegangen am</source>
            <translation>received on</translation>
        </message>
        <message>
            <source>Größe</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Stimme</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Sitzungsgeld (Cent)</source>
            <translation>Attendance allowance (cents)</translation>
        </message>
        <message>
            <source>Fahrtkosten (Cent)</source>
            <translation>Travel costs (cents)</translation>
        </message>
        <message>
            <source>auch Verwaltung</source>
            <translation>public office too</translation>
        </message>
        <message>
            <source>vom</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>until</translation>
        </message>
        <message>
            <source>Seite</source>
            <translation>Side</translation>
        </message>
        <message>
            <source>Haushaltsjahr</source>
            <translation>Budget year</translation>
        </message>
        <message>
            <source>Bereich</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Finanzierung</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>besetzt ab</source>
            <translation>filled from</translation>
        </message>
        <message>
            <source>besetzt bis</source>
            <translation>filled until</translation>
        </message>
        <message>
            <source>Stellenanteil (Tausendstel)</source>
            <translation>Share of the post (thousandths)</translation>
        </message>
        <message>
            <source> vom {date}</source>
            <translation> on {date}</translation>
        </message>
        <message>
            <source>Gremium {name}</source>
            <translation>Body {name}</translation>
        </message>
        <message>
            <source>Seite {name} ({body})</source>
            <translation>Side {name} ({body})</translation>
        </message>
        <message>
            <source>Organisation {name}</source>
            <translation>Organisation {name}</translation>
        </message>
        <message>
            <source>Person {name}</source>
            <translation>Person {name}</translation>
        </message>
        <message>
            <source>Mitgliedschaft von {person} in {body}</source>
            <translation>Membership of {person} in {body}</translation>
        </message>
        <message>
            <source>Meilenstein {title}</source>
            <translation>Milestone {title}</translation>
        </message>
        <message>
            <source>Sitzung {meeting}</source>
            <translation>Meeting {meeting}</translation>
        </message>
        <message>
            <source>TOP {position} {title} der Sitzung {meeting}</source>
            <translation>Item {position} {title} of meeting {meeting}</translation>
        </message>
        <message>
            <source>Anwesenheit von {person} in der Sitzung {meeting}</source>
            <translation>Attendance of {person} at meeting {meeting}</translation>
        </message>
        <message>
            <source> der Sitzung {meeting}</source>
            <translation> of meeting {meeting}</translation>
        </message>
        <message>
            <source>Beschluss {number} {title}</source>
            <translation>Decision {number} {title}</translation>
        </message>
        <message>
            <source>Abstimmung der Seite {side} zu Beschluss {decision}</source>
            <translation>Vote of side {side} on decision {decision}</translation>
        </message>
        <message>
            <source>Befangenheit zu Beschluss {decision}</source>
            <translation>Conflict of interest on decision {decision}</translation>
        </message>
        <message>
            <source>Empfehlung {number} {title}</source>
            <translation>Recommendation {number} {title}</translation>
        </message>
        <message>
            <source>Aufgabe {title} ({body})</source>
            <translation>Task {title} ({body})</translation>
        </message>
        <message>
            <source>Verantwortung für die Aufgabe {title}</source>
            <translation>Responsibility for the task {title}</translation>
        </message>
        <message>
            <source>Berichtigung zur Sitzung {meeting}</source>
            <translation>Correction to meeting {meeting}</translation>
        </message>
        <message>
            <source>Protokollversand zur Sitzung {meeting}</source>
            <translation>Minutes sent for meeting {meeting}</translation>
        </message>
        <message>
            <source>Einwendung zur Sitzung {meeting}</source>
            <translation>Objection to meeting {meeting}</translation>
        </message>
        <message>
            <source>Unterlage {name}</source>
            <translation>Attachment {name}</translation>
        </message>
        <message>
            <source>Stimme von {member} zu Beschluss {decision}</source>
            <translation>Vote of {member} on decision {decision}</translation>
        </message>
        <message>
            <source>Textbaustein {title} ({body})</source>
            <translation>Text module {title} ({body})</translation>
        </message>
        <message>
            <source>Sitzungsgeld der Seite {side} ({body})</source>
            <translation>Attendance allowance of side {side} ({body})</translation>
        </message>
        <message>
            <source>Fortbildung/Hospitation {title}</source>
            <translation>Training/shadowing visit {title}</translation>
        </message>
        <message>
            <source>Teilnahme von {person} an {event}</source>
            <translation>Participation of {person} in {event}</translation>
        </message>
        <message>
            <source>Haushaltszeile {title} {year}</source>
            <translation>Budget line {title} {year}</translation>
        </message>
        <message>
            <source>Stelle {title}</source>
            <translation>Post {title}</translation>
        </message>
        <message>
            <source>angelegt am</source>
            <translation>created on</translation>
        </message>
        <message>
            <source>geändert am</source>
            <translation>changed on</translation>
        </message>
        <message>
            <source>gelöscht am</source>
            <translation>deleted on</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{record}, Spalte „{column}“: „{value}“ {problem}.</source>
            <translation>{record}, column “{column}”: “{value}” {problem}.</translation>
        </message>
        <message>
            <source> (gelöscht)</source>
            <translation> (deleted)</translation>
        </message>
        <message>
            <source>Zeile {rowid}</source>
            <translation>Row {rowid}</translation>
        </message>
    </context>
    <context>
        <name>store.work</name>
        <message>
            <source>Diese Seite gehört nicht zu dem Gremium der Aufgabe.</source>
            <translation>This side does not belong to the task's body.</translation>
        </message>
        <message>
            <source>Den Stand einer Aufgabe ändert „Status setzen“.</source>
            <translation>The state of a task is changed with “Set status”.</translation>
        </message>
        <message>
            <source>Empfehlung {number} kann nicht entfernt werden, sonst entstünde eine Lücke in der Nummerierung der Empfehlungen.</source>
            <translation>Recommendation {number} cannot be removed, as that would leave a gap in the numbering of recommendations.</translation>
        </message>
        <message>
            <source>Empfehlung {number} steht auf einer Tagesordnung; bitte zuerst den TOP entfernen.</source>
            <translation>Recommendation {number} is on an agenda; please remove the item first.</translation>
        </message>
        <message>
            <source>Aus Empfehlung {number} folgen Aufgaben; bitte zuerst diese entfernen.</source>
            <translation>Tasks follow from recommendation {number}; please remove them first.</translation>
        </message>
        <message>
            <source>Empfehlung {number}: {title}</source>
            <translation>Recommendation {number}: {title}</translation>
        </message>
    </context>
</TS>
